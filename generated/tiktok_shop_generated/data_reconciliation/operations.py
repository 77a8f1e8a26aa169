"""Operation descriptors of the `data_reconciliation` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    DataReconciliationOrdersImportPost202310Request,
    DataReconciliationOrdersImportPost202310Response,
    DataReconciliationOrdersImportPostRequest,
    DataReconciliationOrdersImportPostResponse,
    DataReconciliationOrdersSyncPostQuery,
    DataReconciliationOrdersSyncPostRequest,
    DataReconciliationOrdersSyncPostResponse,
)

IMPORT_ORDERS_202310: Operation[DataReconciliationOrdersImportPost202310Response] = Operation(
    id="DataReconciliationOrdersImportPost202310",
    module="data_reconciliation",
    name="import_orders",
    method="POST",
    path="/data_reconciliation/202310/orders/import",
    version="202310",
    summary="Import DTC order data (202310)",
    response_model=DataReconciliationOrdersImportPost202310Response,
    shop_scoped=True,
    retry_safe=False,
    body_model=DataReconciliationOrdersImportPost202310Request,
    body_fields=("orders",),
    latest=False,
)

IMPORT_ORDERS: Operation[DataReconciliationOrdersImportPostResponse] = Operation(
    id="DataReconciliationOrdersImportPost",
    module="data_reconciliation",
    name="import_orders",
    method="POST",
    path="/data_reconciliation/202401/orders/import",
    version="202401",
    summary="Import DTC order data",
    response_model=DataReconciliationOrdersImportPostResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=DataReconciliationOrdersImportPostRequest,
    body_fields=("orders",),
)

SYNC_ORDERS: Operation[DataReconciliationOrdersSyncPostResponse] = Operation(
    id="DataReconciliationOrdersSyncPost",
    module="data_reconciliation",
    name="sync_orders",
    method="POST",
    path="/data_reconciliation/202309/orders/sync",
    version="202309",
    summary="Exchange order status data",
    response_model=DataReconciliationOrdersSyncPostResponse,
    shop_scoped=False,
    retry_safe=False,
    query_model=DataReconciliationOrdersSyncPostQuery,
    body_model=DataReconciliationOrdersSyncPostRequest,
    query_params=("shop_id",),
    body_fields=("orders",),
)

"""Operation descriptors of the `data_reconciliation` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    ImportOrders202310Request,
    ImportOrdersRequest,
    ImportOrdersResponse,
    SyncOrdersQuery,
    SyncOrdersRequest,
    SyncOrdersResponse,
)

IMPORT_ORDERS_202310: Operation[ImportOrdersResponse] = Operation(
    id="DataReconciliationOrdersImportPost202310",
    module="data_reconciliation",
    name="import_orders",
    method="POST",
    path="/data_reconciliation/202310/orders/import",
    version="202310",
    summary="Import DTC order data (202310)",
    response_model=ImportOrdersResponse,
    shop_cipher="required",
    retry_safe=False,
    body_model=ImportOrders202310Request,
    body_fields=("orders",),
    latest=False,
)

IMPORT_ORDERS: Operation[ImportOrdersResponse] = Operation(
    id="DataReconciliationOrdersImportPost",
    module="data_reconciliation",
    name="import_orders",
    method="POST",
    path="/data_reconciliation/202401/orders/import",
    version="202401",
    summary="Import DTC order data",
    response_model=ImportOrdersResponse,
    shop_cipher="required",
    retry_safe=False,
    body_model=ImportOrdersRequest,
    body_fields=("orders",),
)

SYNC_ORDERS: Operation[SyncOrdersResponse] = Operation(
    id="DataReconciliationOrdersSyncPost",
    module="data_reconciliation",
    name="sync_orders",
    method="POST",
    path="/data_reconciliation/202309/orders/sync",
    version="202309",
    summary="Exchange order status data",
    response_model=SyncOrdersResponse,
    shop_cipher="forbidden",
    retry_safe=False,
    query_model=SyncOrdersQuery,
    body_model=SyncOrdersRequest,
    query_params=("shop_id",),
    body_fields=("orders",),
)

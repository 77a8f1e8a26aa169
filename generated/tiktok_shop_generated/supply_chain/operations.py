"""Operation descriptors of the `supply_chain` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    ConfirmPackageShipmentRequest,
    ConfirmPackageShipmentResponse,
)

CONFIRM_PACKAGE_SHIPMENT: Operation[ConfirmPackageShipmentResponse] = Operation(
    id="SupplyChainSyncPackages",
    module="supply_chain",
    name="confirm_package_shipment",
    method="POST",
    path="/supply_chain/202309/packages/sync",
    version="202309",
    summary="Confirm package shipment",
    response_model=ConfirmPackageShipmentResponse,
    shop_cipher="forbidden",
    retry_safe=False,
    scopes=("seller.fulfillment.basic",),
    body_model=ConfirmPackageShipmentRequest,
    body_fields=(
        "warehouse_provider_id",
        "packages",
    ),
)

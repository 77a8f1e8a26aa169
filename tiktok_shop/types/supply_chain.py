"""Models of the `supply_chain` module.

Warehouse service providers reporting the shipment of the packages they fulfill.

Generated from `spec/` by `python -m generator`; do not edit. Field tables:
`docs/api/supply_chain.md`."""

from tiktok_shop_generated.supply_chain.models import (
    ConfirmPackageShipmentRequest,
    ConfirmPackageShipmentResponse,
    Detail,
    Dimension,
    Error,
    Package,
    Sku,
    Weight,
)

__all__ = [
    "ConfirmPackageShipmentRequest",
    "ConfirmPackageShipmentResponse",
    "Detail",
    "Dimension",
    "Error",
    "Package",
    "Sku",
    "Weight",
]

"""The `supply_chain` resources: sync and async twins, raw-response and version views.

Warehouse service providers reporting the shipment of the packages they fulfill."""

from __future__ import annotations

from tiktok_shop._contract import (
    AsyncRequester,
    SyncRequester,
    async_raw,
    raw,
)

from . import operations as ops
from .models import (
    ConfirmPackageShipmentResponse,
    Package,
)


class SupplyChainResource:
    """Warehouse service providers reporting the shipment of the packages they fulfill."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def confirm_package_shipment(
        self,
        *,
        warehouse_provider_id: str,
        packages: list[Package],
    ) -> ConfirmPackageShipmentResponse:
        """Confirm package shipment.

        For warehouse service providers certified by TikTok Shop: reports that packages left the warehouse,
        with carrier, tracking number, times and contents. Packages are handled one by one, so check both
        `success_packages` and `errors`.

        `POST /supply_chain/202309/packages/sync`

        Args:
            warehouse_provider_id: Warehouse provider id assigned by TikTok Shop (a positive integer as a
                string).
            packages: Packages to confirm, at least one."""
        return self._client.request(
            ops.CONFIRM_PACKAGE_SHIPMENT,
            {
                "warehouse_provider_id": warehouse_provider_id,
                "packages": packages,
            },
        )


class SupplyChainResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: SupplyChainResource) -> None:
        self.confirm_package_shipment = raw(resource.confirm_package_shipment)


class SupplyChainAt202309:
    """`supply_chain` operations pinned to version 202309."""

    def __init__(self, resource: SupplyChainResource) -> None:
        self.confirm_package_shipment = resource.confirm_package_shipment


class AsyncSupplyChainResource:
    """Warehouse service providers reporting the shipment of the packages they fulfill. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def confirm_package_shipment(
        self,
        *,
        warehouse_provider_id: str,
        packages: list[Package],
    ) -> ConfirmPackageShipmentResponse:
        """Confirm package shipment.

        For warehouse service providers certified by TikTok Shop: reports that packages left the warehouse,
        with carrier, tracking number, times and contents. Packages are handled one by one, so check both
        `success_packages` and `errors`.

        `POST /supply_chain/202309/packages/sync`

        Args:
            warehouse_provider_id: Warehouse provider id assigned by TikTok Shop (a positive integer as a
                string).
            packages: Packages to confirm, at least one."""
        return await self._client.request(
            ops.CONFIRM_PACKAGE_SHIPMENT,
            {
                "warehouse_provider_id": warehouse_provider_id,
                "packages": packages,
            },
        )


class AsyncSupplyChainResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncSupplyChainResource) -> None:
        self.confirm_package_shipment = async_raw(resource.confirm_package_shipment)


class AsyncSupplyChainAt202309:
    """`supply_chain` operations pinned to version 202309."""

    def __init__(self, resource: AsyncSupplyChainResource) -> None:
        self.confirm_package_shipment = resource.confirm_package_shipment

"""Index of every operation: (method, path) -> (module, descriptor name). Cheap to import."""

from __future__ import annotations

MODULES: tuple[str, ...] = ("seller",)

OPERATIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("GET", "/seller/202309/permissions"): ("seller", "GET_PERMISSIONS"),
    ("GET", "/seller/202309/shops"): ("seller", "GET_SHOPS"),
}

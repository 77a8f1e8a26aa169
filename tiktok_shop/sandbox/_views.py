"""The sandbox's state as plain JSON values: what the control API answers and the console renders.

One function per thing shown, so the JSON API and the HTML console can never disagree. Tokens
are masked here, once (``TTP_…`` plus their last four characters); the app secret is never read.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._delivery import Delivery
from ._faults import Fault
from ._state import Grant, LogEntry, SandboxState, Shop

if TYPE_CHECKING:
    from ._app import SandboxApp

__all__ = [
    "delivery_json",
    "fault_json",
    "grants_json",
    "mask_token",
    "records_json",
    "request_json",
    "requests_json",
]

RECENT = 5  # orders and products listed per shop


def mask_token(token: str) -> str:
    """``TTP_…wxyz``: enough to tell tokens apart, never enough to use one."""
    prefix = token[:4] if token.startswith("TTP_") else ""
    return f"{prefix}…{token[-4:]}" if len(token) > 12 else "…"


def request_json(entry: LogEntry) -> dict[str, Any]:
    return {
        "at": entry.at,
        "method": entry.method,
        "path": entry.path,
        "operation": entry.operation,
        "status": entry.status,
        "code": entry.code,
        "duration_ms": None if entry.duration_ms is None else round(entry.duration_ms, 3),
        "signature": entry.signature,
        "explanation": entry.explanation.as_json() if entry.explanation is not None else None,
    }


def requests_json(state: SandboxState, limit: int | None = None) -> list[dict[str, Any]]:
    """The request log, newest first (``limit`` entries at most)."""
    with state.lock:
        start = max(len(state.log) - limit, 0) if limit else 0
        entries = state.log[start:]
    # ``seq`` is the entry's place in the whole log: it names a row across refreshes.
    return [{"seq": start + i, **request_json(entry)} for i, entry in reversed(list(enumerate(entries)))]


def delivery_json(delivery: Delivery) -> dict[str, Any]:
    payload = json.loads(delivery.body)
    return {
        "id": payload.get("tts_notification_id"),
        "event_type": delivery.event_type,
        "shop_id": payload.get("shop_id"),
        "address": delivery.address,
        "attempts": delivery.attempts,
        "status": delivery.status,
        "delivered": delivery.delivered,
        "pending": delivery.pending,
        "errors": list(delivery.errors),
        "payload": payload,
    }


def fault_json(index: int, fault: Fault) -> dict[str, Any]:
    return {
        "index": index,
        "kind": fault.kind,
        "route": fault.route,
        "times": fault.times,
        "probability": fault.probability,
        "delay": fault.delay,
        "after": fault.after,
        "retry_after": fault.retry_after,
    }


def faults_json(app: SandboxApp) -> list[dict[str, Any]]:
    return [fault_json(index, fault) for index, fault in enumerate(app.faults.active())]


def _grant_status(grant: Grant, now: float) -> str:
    if grant.revoked:
        return "replaced"
    if grant.refresh_revoked:
        return "consent withdrawn"
    return "expired" if grant.access_expires <= now else "active"


def grants_json(state: SandboxState) -> list[dict[str, Any]]:
    """Every grant issued, newest first, tokens masked; times are the sandbox clock's."""
    now = state.clock.now()
    with state.lock:
        grants = list(state.grants_by_access.values())
        names = {open_id: seller.name for open_id, seller in state.sellers.items()}
    return [
        {
            "open_id": grant.open_id,
            "seller": names.get(grant.open_id, grant.open_id),
            "access_token": mask_token(grant.access_token),
            "access_expires": grant.access_expires,
            "access_expires_in": grant.access_expires - now,
            "refresh_token": mask_token(grant.refresh_token),
            "refresh_expires": grant.refresh_expires,
            "status": _grant_status(grant, now),
        }
        for grant in reversed(grants)
    ]


def _shop_json(shop: Shop) -> dict[str, Any]:
    return {"id": shop.id, "cipher": shop.cipher, "name": shop.name, "region": shop.region}


def sellers_json(state: SandboxState) -> list[dict[str, Any]]:
    with state.lock:
        return [
            {
                "open_id": seller.open_id,
                "name": seller.name,
                "region": seller.region,
                "shops": [_shop_json(shop) for shop in seller.shops],
            }
            for seller in state.sellers.values()
        ]


def _recent(records: Iterable[dict[str, Any]], keys: tuple[str, ...]) -> list[dict[str, Any]]:
    newest = sorted(records, key=lambda r: (r.get("update_time", 0), r["id"]), reverse=True)[:RECENT]
    return [{key: record.get(key) for key in keys} for record in newest]


def records_json(state: SandboxState) -> list[dict[str, Any]]:
    """Per authorized shop: orders and products counted by status, and the most recently updated."""
    shops: list[dict[str, Any]] = []
    with state.lock:
        for seller in state.sellers.values():
            for shop in seller.shops:
                orders = state.orders.get(shop.cipher, {}).values()
                products = state.products.get(shop.cipher, {}).values()
                shops.append(
                    {
                        **_shop_json(shop),
                        "seller": seller.name,
                        "order_statuses": dict(Counter(o["status"] for o in orders).most_common()),
                        "orders": _recent(orders, ("id", "status", "update_time")),
                        "product_statuses": dict(Counter(p["status"] for p in products).most_common()),
                        "products": _recent(products, ("id", "title", "status", "update_time")),
                    }
                )
    return shops

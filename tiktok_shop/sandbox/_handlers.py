"""Stateful operations of the sandbox, keyed by method and version-less path.

A handler gets the verified request and returns the envelope's ``data`` (what it knows; the
operation's shape fills the other documented fields). This module holds the registry and the
handlers for tokens, shops and webhook subscriptions; ``_orders``, ``_fulfillment``,
``_products``, ``_catalog``, ``_promotions`` and ``_aftersales`` add theirs. Operations without
a handler answer with TikTok's documented sample fitted to the request (``_echo``), or
schema-shaped data, so every spec operation is callable.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._errors import INVALID_AUTH_CODE, INVALID_PARAMETER, INVALID_REFRESH_TOKEN, SEARCH_TOO_BROAD, SandboxError
from ._state import Grant, SandboxState, Seller, Shop

__all__ = ["HANDLERS", "Request", "route_key"]


@dataclass
class Request:
    """A verified request as handlers see it."""

    state: SandboxState
    method: str
    path_params: dict[str, str]
    query: dict[str, str]
    body: dict[str, Any]
    seller: Seller | None = None
    shop: Shop | None = None
    files: dict[str, int] = field(default_factory=dict)
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def of_shop(self, per_shop: dict[str, dict[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
        """This request's shop's records in one of the state's per-shop tables."""
        assert self.shop is not None
        return per_shop.setdefault(self.shop.cipher, {})

    def orders(self) -> dict[str, dict[str, Any]]:
        return self.of_shop(self.state.orders)

    def products(self) -> dict[str, dict[str, Any]]:
        return self.of_shop(self.state.products)

    def packages(self) -> dict[str, dict[str, Any]]:
        return self.of_shop(self.state.packages)

    def activities(self) -> dict[str, dict[str, Any]]:
        return self.of_shop(self.state.activities)

    def page(self) -> tuple[int, int]:
        """The offset and size of the page asked for; a ``page_token`` must come from the same search."""
        source = self.query if "page_size" in self.query else self.body
        try:
            size = int(source.get("page_size", 20))
        except (TypeError, ValueError):
            raise SandboxError(INVALID_PARAMETER, "page_size must be an integer") from None
        if not 1 <= size <= 100:
            raise SandboxError(INVALID_PARAMETER, "page_size must be between 1 and 100")
        token = source.get("page_token") or ""
        if not token:
            return 0, size
        try:
            offset_text, _, bound_to = base64.urlsafe_b64decode(token.encode()).decode().partition(";")
            offset = int(offset_text.removeprefix("offset="))
        except ValueError:
            raise SandboxError(INVALID_PARAMETER, "page_token is not valid") from None
        if bound_to != self.search_digest():
            raise SandboxError(
                INVALID_PARAMETER, "param page_token belongs to a search with other filters than this request's"
            )
        return offset, size

    def search_digest(self) -> str:
        """What a page token is bound to: the search's parameters and filters, paging aside."""
        paging = {"page_token", "page_size"}
        query = sorted((k, v) for k, v in self.query.items() if k not in paging)
        body = {k: v for k, v in self.body.items() if k not in paging}
        text = json.dumps([query, body], sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def next_page_token(self, offset: int, size: int, total: int) -> str:
        """The token of the page after ``offset``, bound to this search's filters; empty on the last page.

        Every search's handler calls it, so it also refuses a search matching more than the state's
        ``search_limit`` (12052180), as TikTok does rather than page through it.
        """
        if total > self.state.search_limit:
            raise SandboxError(
                SEARCH_TOO_BROAD,
                f"the search matches {total} results, more than {self.state.search_limit}: narrow the filter "
                "(a shorter time window)",
            )
        end = offset + size
        if end >= total:
            return ""
        return base64.urlsafe_b64encode(f"offset={end};{self.search_digest()}".encode()).decode()


Handler = Callable[[Request], dict[str, Any]]
HANDLERS: dict[str, Handler] = {}


def route_key(method: str, path: str) -> str:
    """``POST /product/*/products/search``: the path with its version replaced by ``*``."""
    parts = path.split("/")
    if len(parts) > 2 and parts[2].isdigit():
        parts[2] = "*"
    return f"{method} {'/'.join(parts)}"


def handles(*keys: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for key in keys:
            HANDLERS[key] = handler
        return handler

    return register


# -- tokens ---------------------------------------------------------------------------------------
AUTH_CODE_TTL = 30 * 60  # seconds an auth code works (once)


def _token_data(grant: Grant, seller: Seller) -> dict[str, Any]:
    return {
        "access_token": grant.access_token,
        "access_token_expire_in": grant.access_expires,
        "refresh_token": grant.refresh_token,
        "refresh_token_expire_in": grant.refresh_expires,
        "open_id": seller.open_id,
        "seller_name": seller.name,
        "seller_base_region": seller.region,
        "user_type": 0,
        "granted_scopes": list(grant.scopes),
    }


def _grant_type(req: Request, *accepted: str) -> None:
    if req.query.get("grant_type") not in accepted:
        raise SandboxError(INVALID_PARAMETER, f"param grant_type must be {' or '.join(accepted)}")


@handles("GET /token/get")
def get_token(req: Request) -> dict[str, Any]:
    _grant_type(req, "authorized_code")
    issued = req.state.auth_codes.pop(req.query.get("auth_code", ""), None)  # single use
    if issued is None or issued[1] + AUTH_CODE_TTL <= req.state.now():
        raise SandboxError(INVALID_AUTH_CODE, "auth_code is invalid, expired or already used")
    open_id = issued[0]
    req.state.counters["token.get"] += 1
    return _token_data(req.state.new_grant(open_id), req.state.sellers[open_id])


@handles("GET /token/refresh")
def refresh_token(req: Request) -> dict[str, Any]:
    # TikTok's docs send refresh_token; TikTok's own SDK sends authorized_code here: both work.
    _grant_type(req, "refresh_token", "authorized_code")
    grant = req.state.grants_by_refresh.get(req.query.get("refresh_token", ""))
    if grant is None or grant.revoked or grant.refresh_revoked or grant.refresh_expires < req.state.now():
        raise SandboxError(INVALID_REFRESH_TOKEN, "refresh_token is invalid, revoked or expired")
    # Rotation with a grace: the refresh token used here keeps working until the new grant is first
    # used, so a client that dies before persisting the new tokens can still refresh. A client that
    # uses the new access token before persisting it loses its only valid refresh token.
    grant.confirm()
    req.state.counters["token.refresh"] += 1
    return _token_data(req.state.new_grant(grant.open_id, previous=grant), req.state.sellers[grant.open_id])


@handles("GET /authorization/*/shops")
def authorized_shops(req: Request) -> dict[str, Any]:
    assert req.seller is not None
    return {
        "shops": [
            {
                "id": s.id,
                "cipher": s.cipher,
                "name": s.name,
                "region": s.region,
                "code": s.code,
                "seller_type": s.seller_type,
            }
            for s in req.seller.shops
        ]
    }


# -- webhooks -------------------------------------------------------------------------------------
@handles("GET /event/*/webhooks")
def get_webhooks(req: Request) -> dict[str, Any]:
    assert req.shop is not None
    hooks = req.state.webhooks.get(req.shop.id, {})
    webhooks = [{"event_type": event} | hook for event, hook in sorted(hooks.items())]
    return {"webhooks": webhooks, "total_count": len(webhooks)}


@handles("PUT /event/*/webhooks")
def put_webhook(req: Request) -> dict[str, Any]:
    assert req.shop is not None
    for name in ("address", "event_type"):
        if not req.body.get(name):  # TikTok names the missing parameter: "param body.address is missing"
            raise SandboxError(INVALID_PARAMETER, f"param body.{name} is missing")
    address, event = str(req.body["address"]), str(req.body["event_type"])
    hooks, now = req.state.webhooks.setdefault(req.shop.id, {}), req.state.now()
    created = hooks.get(event, {}).get("create_time", now)
    hooks[event] = {"address": address, "create_time": created, "update_time": now}
    return {}


@handles("DELETE /event/*/webhooks")
def delete_webhook(req: Request) -> dict[str, Any]:
    assert req.shop is not None
    req.state.webhooks.get(req.shop.id, {}).pop(req.body.get("event_type", ""), None)
    return {}

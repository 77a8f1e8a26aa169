"""Stateful promotion activities: create, read, update, deactivate, search, products.

An activity's status follows the sandbox clock as TikTok's does: ``NOT_START`` before
``begin_time``, ``ONGOING`` until ``end_time``, ``EXPIRED`` after, ``DEACTIVATED`` once the seller
deactivates it. Times of creation and change come from the sandbox clock.
"""

from __future__ import annotations

import secrets
from typing import Any

from ._errors import INVALID_PARAMETER, NOT_FOUND, SandboxError
from ._handlers import Request, handles

_SETTINGS = ("title", "activity_type", "product_level", "begin_time", "end_time", "discount", "duration_type",
             "participation_limit", "target_user_info", "auction_support_type")  # fmt: skip
_PRODUCT_LISTS = ("benefit_product_ids", "exclude_product_ids")


def status(activity: dict[str, Any], now: int) -> str:
    """What TikTok reports for ``activity`` at ``now``."""
    if activity["deactivated"]:
        return "DEACTIVATED"
    if now < activity["begin_time"]:
        return "NOT_START"
    return "ONGOING" if now < activity["end_time"] else "EXPIRED"


def _detail(activity: dict[str, Any], now: int) -> dict[str, Any]:
    view = {key: value for key, value in activity.items() if key not in ("deactivated", *_PRODUCT_LISTS)}
    view["status"] = status(activity, now)
    view["benefit_products"] = [{"id": i} for i in activity.get("benefit_product_ids", [])]
    return view


def _check_period(body: dict[str, Any]) -> None:
    if int(body["end_time"]) <= int(body["begin_time"]):
        raise SandboxError(INVALID_PARAMETER, "param end_time must be later than begin_time")


def _activity(req: Request, *, editable: bool = False) -> dict[str, Any]:
    activity = req.activities().get(req.path_params.get("activity_id", ""))
    if activity is None:
        raise SandboxError(NOT_FOUND, "activity not found")
    current = status(activity, req.state.now())
    if editable and current in ("DEACTIVATED", "EXPIRED"):
        raise SandboxError(INVALID_PARAMETER, f"the activity is {current}: it can no longer change")
    return activity


@handles("POST /promotion/*/activities")
def create_activity(req: Request) -> dict[str, Any]:
    _check_period(req.body)
    now = req.state.now()
    activity_id = str(7_136_104_329_000_000_000 + secrets.randbelow(10**9))
    activity = {key: req.body[key] for key in _SETTINGS if key in req.body}
    activity.update(activity_id=activity_id, create_time=now, update_time=now, products=[], deactivated=False)
    req.activities()[activity_id] = activity
    req.state.counters["promotion.create"] += 1
    return {"activity_id": activity_id, "status": status(activity, now), "create_time": now, "update_time": now}


@handles("GET /promotion/*/activities/{activity_id}")
def get_activity(req: Request) -> dict[str, Any]:
    return _detail(_activity(req), req.state.now())


@handles("PUT /promotion/*/activities/{activity_id}")
def update_activity(req: Request) -> dict[str, Any]:
    activity = _activity(req, editable=True)
    _check_period(req.body)
    activity.update({key: req.body[key] for key in _SETTINGS if key in req.body}, update_time=req.state.now())
    return {"activity_id": activity["activity_id"], "title": activity["title"], "update_time": activity["update_time"]}


@handles("POST /promotion/*/activities/{activity_id}/deactivate")
def deactivate_activity(req: Request) -> dict[str, Any]:
    activity = _activity(req, editable=True)
    activity.update(deactivated=True, update_time=req.state.now())
    return {key: activity[key] for key in ("activity_id", "title", "update_time")} | {"status": "DEACTIVATED"}


@handles("PUT /promotion/*/activities/{activity_id}/products")
def update_activity_products(req: Request) -> dict[str, Any]:
    activity = _activity(req, editable=True)
    by_id = {p["id"]: p for p in activity["products"]}
    for product in req.body.get("products") or []:
        by_id[str(product.get("id", ""))] = product
    activity["products"] = list(by_id.values())
    for key in _PRODUCT_LISTS:
        if key in req.body:
            activity[key] = [str(i) for i in req.body[key]]
    now = req.state.now()
    activity["update_time"] = now
    return {"activity_id": activity["activity_id"], "title": activity["title"], "status": status(activity, now),
            "total_count": len(activity["products"]), "update_time": now}  # fmt: skip


@handles("DELETE /promotion/*/activities/{activity_id}/products")
def remove_activity_products(req: Request) -> dict[str, Any]:
    activity = _activity(req, editable=True)
    products = {str(i) for i in req.body.get("product_ids") or []}
    skus = {str(i) for i in req.body.get("sku_ids") or []}
    kept = []
    for product in activity["products"]:
        if product.get("id") in products:
            continue
        if product.get("skus"):
            product["skus"] = [s for s in product["skus"] if s.get("id") not in skus]
        kept.append(product)
    activity["products"] = kept
    for key in _PRODUCT_LISTS:
        gone = {str(i) for i in req.body.get(key) or []}
        activity[key] = [i for i in activity.get(key, []) if i not in gone]
    now = req.state.now()
    activity["update_time"] = now
    return {"activity_id": activity["activity_id"], "status": status(activity, now), "update_time": now}


@handles("POST /promotion/*/activities/search")
def search_activities(req: Request) -> dict[str, Any]:
    offset, size = req.page()
    now, body = req.state.now(), req.body
    found = [_detail(a, now) for a in req.activities().values()]
    if body.get("status"):
        found = [a for a in found if a["status"] == body["status"]]
    if body.get("activity_type"):
        found = [a for a in found if a.get("activity_type") == body["activity_type"]]
    if body.get("activity_title"):
        found = [a for a in found if str(body["activity_title"]).lower() in a.get("title", "").lower()]
    found.sort(key=lambda a: (a["create_time"], a["activity_id"]), reverse=True)
    page = [a | {"id": a["activity_id"]} for a in found[offset : offset + size]]
    return {
        "activities": page,
        "total_count": len(found),
        "next_page_token": req.next_page_token(offset, size, len(found)),
    }

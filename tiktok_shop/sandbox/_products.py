"""Stateful products: create, read, edit, search, status changes, inventory, prices, images.

Every change updates ``update_time`` and emits the ``PRODUCT_STATUS_CHANGE`` webhook TikTok sends.
"""

from __future__ import annotations

import random
import secrets
from decimal import Decimal, InvalidOperation
from typing import Any

from ._errors import INVALID_PARAMETER, INVALID_VALUE, NOT_FOUND, SandboxError
from ._handlers import Request, handles
from ._records import make_product


# -- products -------------------------------------------------------------------------------------
def _product(req: Request) -> dict[str, Any]:
    product = req.products().get(req.path_params.get("product_id", ""))
    if product is None:
        raise SandboxError(NOT_FOUND, "product not found")
    return product


def _product_event(req: Request, product: dict[str, Any]) -> None:
    req.events.append(
        (
            "PRODUCT_STATUS_CHANGE",
            {"product_id": product["id"], "status": product["status"], "update_time": product["update_time"]},
        )
    )


def _apply_listing(product: dict[str, Any], body: dict[str, Any], now: int) -> None:
    for key in ("title", "description", "is_cod_allowed", "brand_id", "category_id"):
        if key in body:
            product[key] = body[key]
    if body.get("main_images"):
        product["main_images"] = [{"uri": i.get("uri", ""), "height": 600, "width": 600} for i in body["main_images"]]
    if body.get("skus"):
        product["skus"] = [
            {
                "id": sku.get("id") or str(1_729_592_969_000_000_000 + secrets.randbelow(10**9)),
                "seller_sku": sku.get("seller_sku", ""),
                "price": {
                    "currency": sku.get("price", {}).get("currency", "USD"),
                    "sale_price": sku.get("price", {}).get("amount", "0"),
                    "tax_exclusive_price": sku.get("price", {}).get("amount", "0"),
                },
                "inventory": [
                    {"warehouse_id": i.get("warehouse_id", ""), "quantity": int(i.get("quantity", 0))}
                    for i in sku.get("inventory", [])
                ],
            }
            for sku in body["skus"]
        ]
    product["update_time"] = now


def _listing_result(product: dict[str, Any]) -> dict[str, Any]:
    return {
        "product_id": product["id"],
        "skus": [{"id": s["id"], "seller_sku": s["seller_sku"]} for s in product["skus"]],
    }


@handles("POST /product/*/products")
def create_product(req: Request) -> dict[str, Any]:
    if not req.body.get("title"):
        raise SandboxError(INVALID_PARAMETER, "title is required")
    products = req.products()
    product = make_product(random.Random(len(products)), len(products) + 10_000, req.state.now())
    product["id"] = str(1_729_592_969_800_000_000 + secrets.randbelow(10**9))
    product["status"] = "PENDING" if req.body.get("save_mode", "LISTING") == "LISTING" else "DRAFT"
    _apply_listing(product, req.body, req.state.now())
    products[product["id"]] = product
    req.state.counters["product.create"] += 1
    _product_event(req, product)
    return _listing_result(product)


@handles("GET /product/*/products/{product_id}")
def product_detail(req: Request) -> dict[str, Any]:
    return _product(req)


@handles("PUT /product/*/products/{product_id}", "POST /product/*/products/{product_id}/partial_edit")
def edit_product(req: Request) -> dict[str, Any]:
    product = _product(req)
    _apply_listing(product, req.body, req.state.now())
    req.state.counters["product.edit"] += 1
    return _listing_result(product)


@handles("POST /product/*/products/search")
def search_products(req: Request) -> dict[str, Any]:
    offset, size = req.page()
    status = req.body.get("status")
    matching = [p for p in req.products().values() if not status or status == "ALL" or p["status"] == status]
    summaries = [
        {k: p[k] for k in ("id", "title", "status", "create_time", "update_time", "skus", "sales_regions")}
        for p in matching[offset : offset + size]
    ]
    return {
        "products": summaries,
        "total_count": len(matching),
        "next_page_token": req.next_page_token(offset, size, len(matching)),
    }


def _bulk_status(req: Request, new_status: str, allowed: set[str], counter: str) -> dict[str, Any]:
    errors = []
    for product_id in req.body.get("product_ids") or []:
        product = req.products().get(product_id)
        if product is None or product["status"] not in allowed:
            errors.append(
                {
                    "code": 12052003,
                    "message": "The current product status does not allow this change",
                    "detail": {"product_id": product_id},
                }
            )
            continue
        product["status"] = new_status
        product["update_time"] = req.state.now()
        req.state.counters[counter] += 1
        _product_event(req, product)
    return {"errors": errors}


@handles("POST /product/*/products/activate")
def activate_products(req: Request) -> dict[str, Any]:
    return _bulk_status(req, "ACTIVATE", {"SELLER_DEACTIVATED", "DRAFT", "PENDING"}, "product.activate")


@handles("POST /product/*/products/deactivate")
def deactivate_products(req: Request) -> dict[str, Any]:
    return _bulk_status(req, "SELLER_DEACTIVATED", {"ACTIVATE", "PENDING"}, "product.deactivate")


@handles("DELETE /product/*/products")
def delete_products(req: Request) -> dict[str, Any]:
    return _bulk_status(req, "DELETED", {"ACTIVATE", "SELLER_DEACTIVATED", "DRAFT", "PENDING"}, "product.delete")


@handles("POST /product/*/products/recover")
def recover_products(req: Request) -> dict[str, Any]:
    return _bulk_status(req, "SELLER_DEACTIVATED", {"DELETED"}, "product.recover")


@handles("POST /product/*/products/{product_id}/inventory/update")
def update_inventory(req: Request) -> dict[str, Any]:
    product = _product(req)
    by_id = {s["id"]: s for s in product["skus"]}
    for sku in req.body.get("skus") or []:
        if sku.get("id") not in by_id:
            raise SandboxError(NOT_FOUND, f"sku {sku.get('id')} not found")
        by_id[sku["id"]]["inventory"] = [
            {"warehouse_id": i.get("warehouse_id", ""), "quantity": int(i.get("quantity", 0))}
            for i in sku.get("inventory", [])
        ]
    req.state.counters["product.inventory"] += 1
    return {}


@handles("POST /product/*/products/{product_id}/prices/update")
def update_price(req: Request) -> dict[str, Any]:
    product = _product(req)
    by_id = {s["id"]: s for s in product["skus"]}
    for index, sku in enumerate(req.body.get("skus") or []):
        if sku.get("id") not in by_id:
            raise SandboxError(NOT_FOUND, f"sku {sku.get('id')} not found")
        amount = (sku.get("price") or {}).get("amount")
        if amount is not None:
            by_id[sku["id"]]["price"]["sale_price"] = _positive_amount(amount, f"skus[{index}].price.amount")
    req.state.counters["product.price"] += 1
    return {}


def _positive_amount(amount: Any, where: str) -> str:
    """A price as TikTok takes it, a decimal string above zero; else its rule-by-rule refusal (98001004)."""
    try:
        valid = Decimal(str(amount)) > 0
    except InvalidOperation:
        valid = False
    if not valid:
        raise SandboxError(
            INVALID_VALUE,
            f"Parameter {where} is invalid. Reason: {amount!r} is not a positive amount. "
            "Expected: a decimal string greater than 0, such as 19.99",
        )
    return str(amount)


@handles("POST /product/*/images/upload")
def upload_image(req: Request) -> dict[str, Any]:
    size = req.files.get("data")
    if not size:
        raise SandboxError(INVALID_PARAMETER, "multipart field 'data' with the image bytes is required")
    req.state.counters["product.image_upload"] += 1
    uri = f"tos-sandbox/{secrets.token_hex(8)}"
    return {
        "uri": uri,
        "url": f"https://sandbox.invalid/{uri}",
        "width": 600,
        "height": 600,
        "use_case": req.body.get("use_case", "MAIN_IMAGE"),
    }

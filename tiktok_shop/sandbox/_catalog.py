"""The sandbox's product catalog: categories, their attributes and brands, filtered as asked.

A small fixed tree of categories and a list of brands, so that a keyword search finds the
categories it names, a title is recommended the category it matches, and ``is_authorized=true``
lists authorized brands only. (TikTok's spelling ``UNAUTHORIEZD`` is its own; so is
``is_requried``, which the answer's shape sends next to ``is_required``.)
"""

from __future__ import annotations

import re
from typing import Any

from ._errors import NOT_FOUND, SandboxError
from ._handlers import Request, handles

# (id, parent id, name, is leaf)
CATEGORIES = (
    ("600001", "0", "Home Supplies", False),
    ("600024", "600001", "Home Organizers", False),
    ("600154", "600024", "Storage Boxes & Bins", True),
    ("600942", "600001", "Kitchenware", False),
    ("601739", "600942", "Cookware", True),
    ("601152", "0", "Phones & Electronics", False),
    ("601755", "601152", "Phone Accessories", False),
    ("601762", "601755", "Phone Cases", True),
    ("601764", "601755", "Screen Protectors", True),
    ("601766", "601152", "Chargers & Cables", True),
    ("601450", "0", "Womenswear & Underwear", False),
    ("601263", "601450", "Women's Tops", False),
    ("601302", "601263", "T-shirts", True),
    ("605196", "0", "Beauty & Personal Care", False),
    ("601438", "605196", "Makeup", False),
    ("601443", "601438", "Lipstick", True),
)
# (id, name, authorized, TikTok's top-brand flag)
BRANDS = (
    ("7082427311584347905", "Teas", False, True),
    ("7082427311584347906", "Sandbox Home", True, False),
    ("7082427311584347907", "Loopback Audio", True, False),
    ("7082427311584347908", "Pacific Cases", True, False),
    ("7082427311584347909", "Northwind", False, False),
    ("7082427311584347910", "Coleman Kitchen", False, True),
)


# Attributes every leaf category has here: one required product property, one sales property.
ATTRIBUTES = (
    {"id": "100198", "name": "Warranty Type", "type": "PRODUCT_PROPERTY", "is_required": True,
     "is_customizable": False, "is_multiple_selection": False, "requirement_conditions": [], "metric_standards": [],
     "values": [{"id": "1000059", "name": "No Warranty"}, {"id": "1000060", "name": "Manufacturer Warranty"}]},
    {"id": "100000", "name": "Color", "type": "SALES_PROPERTY", "is_required": False, "is_customizable": True,
     "is_multiple_selection": False, "requirement_conditions": [], "metric_standards": [],
     "values": [{"id": "1000001", "name": "Black"}, {"id": "1000002", "name": "Clear"}]},
)  # fmt: skip


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", text.lower())}


def _category(row: tuple[str, str, str, bool]) -> dict[str, Any]:
    category_id, parent_id, name, leaf = row
    return {"id": category_id, "parent_id": parent_id, "local_name": name, "is_leaf": leaf, "permission_statuses": []}


@handles("GET /product/*/categories")
def get_categories(req: Request) -> dict[str, Any]:
    """Every category, or those whose name holds each word of ``keyword`` (plural or not)."""
    wanted = _words(req.query.get("keyword", ""))
    return {"categories": [_category(row) for row in CATEGORIES if wanted <= _words(row[2])]}


@handles("GET /product/*/categories/{category_id}/attributes")
def get_category_attributes(req: Request) -> dict[str, Any]:
    category_id = req.path_params.get("category_id", "")
    if category_id not in {row[0] for row in CATEGORIES}:
        raise SandboxError(NOT_FOUND, f"category {category_id} not found")
    return {"attributes": list(ATTRIBUTES)}


@handles("POST /product/*/categories/recommend")
def recommend_categories(req: Request) -> dict[str, Any]:
    """The leaf category sharing most words with the product title, with the path down to it."""
    title = _words(str(req.body.get("product_title", "")))
    leaves = [row for row in CATEGORIES if row[3]]
    best = max(leaves, key=lambda row: len(title & _words(row[2])))
    by_id = {row[0]: row for row in CATEGORIES}
    path = [best]
    while path[0][1] in by_id:
        path.insert(0, by_id[path[0][1]])
    return {
        "leaf_category_id": best[0],
        "categories": [
            {"id": row[0], "name": row[2], "level": level, "is_leaf": row[3], "permission_statuses": []}
            for level, row in enumerate(path, start=1)
        ],
    }


@handles("GET /product/*/brands")
def get_brands(req: Request) -> dict[str, Any]:
    """Brands, filtered by ``is_authorized=true`` and a ``brand_name`` substring, in pages."""
    offset, size = req.page()
    authorized_only = req.query.get("is_authorized", "").lower() == "true"
    name = req.query.get("brand_name", "").lower()
    found = [
        {
            "id": brand_id,
            "name": brand,
            "authorized_status": "AUTHORIZED" if authorized else "UNAUTHORIEZD",
            "brand_status": "AVAILABLE",
            "is_t1_brand": top,
        }
        for brand_id, brand, authorized, top in BRANDS
        if (authorized or not authorized_only) and name in brand.lower()
    ]
    return {
        "brands": found[offset : offset + size],
        "total_count": len(found),
        "next_page_token": req.next_page_token(offset, size, len(found)),
    }

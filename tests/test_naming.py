"""The class-name rules of spec/README.md ("Class names"), on small made-up schemas and on the real spec."""

from __future__ import annotations

import pytest

from generator.naming import NamingError, Place, assign, singular
from tiktok_shop.types import order, product


@pytest.mark.parametrize(
    ("plural", "one"),
    [
        ("packages", "package"),
        ("line_items", "line_item"),
        ("addresses", "address"),
        ("warehouses", "warehouse"),
        ("statuses", "status"),
        ("skus", "sku"),
        ("categories", "category"),
        ("unboxing_case_list", "unboxing_case"),
        ("status", "status"),
        ("batches", "batch"),
    ],
)
def test_singular(plural: str, one: str) -> None:
    assert singular(plural) == one


def test_inline_objects_take_their_field_then_parent_and_field_then_the_long_name() -> None:
    places = {
        "OrderOrder": Place("order", 0, "order", fixed="Order"),
        "Search": Place("order", 0, "search", fixed="SearchOrdersResponse"),
        # two `packages` objects of one shape share `Package`
        "OrderOrderPackages": Place("order", 1, "p", parent="OrderOrder", field="package", long="OrderPackages"),
        "SearchPackages": Place("order", 1, "p", parent="Search", field="package", long="SearchPackages"),
        # two `payment` objects of different shapes fall back to parent + field
        "OrderOrderPayment": Place("order", 1, "x", parent="OrderOrder", field="payment", long="OrderPayment1"),
        "SearchPayment": Place("order", 1, "y", parent="Search", field="payment", long="SearchPayment1"),
        # a field named like a component, twice at the same parent name: the long name
        "A": Place("order", 1, "a", parent="OrderOrder", field="order", long="LongA"),
        "B": Place("order", 2, "b", parent="OrderOrderPackages", field="warning", long="LongB"),
        # another module may reuse a name
        "ProductPackage": Place("product", 0, "other", fixed="Package"),
    }
    names = assign(places)
    assert names["OrderOrderPackages"] == names["SearchPackages"] == "Package"
    assert (names["OrderOrderPayment"], names["SearchPayment"]) == ("OrderPayment", "SearchOrdersPayment")
    assert names["A"] == "OrderOrder"  # `Order` is a component: parent + field
    assert names["B"] == "PackageWarning"  # `Warning` is a builtin: parent + field
    assert names["ProductPackage"] == "Package"


def test_a_name_nobody_can_take_is_an_error() -> None:
    places = {
        "X": Place("m", 0, "x", fixed="Thing"),
        "Y": Place("m", 1, "y", parent="X", field="part", long="Thing"),
        "Z": Place("m", 1, "z", parent="X", field="part", long="Thing2"),
    }
    places["Y2"] = Place("m", 1, "w", parent="X", field="part", long="Thing")
    with pytest.raises(NamingError, match="no free name"):
        assign(places)


def test_the_real_modules_use_the_natural_names() -> None:
    assert {"Order", "LineItem", "Package", "SearchOrdersRequest", "SearchOrdersResponse"} <= set(order.__all__)
    assert not [name for name in order.__all__ if name.startswith("OrderOrder")]
    # 202309 of get_order_detail answers like 202507: one class; update_product's 202309 request differs.
    assert "GetOrderDetail202309Response" not in order.__all__
    assert {"UpdateProductRequest", "UpdateProduct202309Request", "SkuInput", "Sku"} <= set(product.__all__)

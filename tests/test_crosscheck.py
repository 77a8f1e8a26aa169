"""generator.crosscheck reads TikTok's SDK layout and compares it with a spec, on a hand-written fixture.

The fixture (tests/data/crosscheck_sdk) imitates the SDK's files: an ``api/*Api.ts`` with three
functions and ``model/widget/V202309/*.ts`` classes with ``attributeTypeMap``. If the SDK's layout
and the parser drift apart, the real tool silently finds nothing; these tests pin what it reads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.crosscheck import compare_request, compare_response, report, shop_cipher_table, spec_operations
from generator.nodesdk import Shape, read_models, read_operations

FIXTURE = Path(__file__).resolve().parent / "data" / "crosscheck_sdk"


def _by_function() -> dict[str, Any]:
    return {op.function: op for op in read_operations(FIXTURE)}


def test_models_are_read_by_wire_name() -> None:
    models = read_models(FIXTURE)
    assert models["Widget202309GetWidgetsResponseData"] == [
        ("widgets", "Array<Widget202309GetWidgetsResponseDataWidgets>"),
        ("next_page_token", "string"),
        ("total_count", "number"),
    ]


def test_operations_are_read_with_method_path_parameters_and_shop_cipher() -> None:
    ops = _by_function()
    assert sorted(ops) == ["PicturesUploadPost", "WidgetsGet", "WidgetsShelvesShelfIdSearchPost"]

    get = ops["WidgetsGet"]
    assert (get.method, get.path, get.shop_cipher, get.body) == ("GET", "/widget/202309/widgets", "optional", None)
    assert [(p.wire, p.shape.kind, p.shape.items, p.required) for p in get.query] == [
        ("ids", "array", Shape("string"), True)
    ]
    widgets = get.response.fields["widgets"] if get.response.fields else None
    assert widgets is not None and widgets.items is not None and widgets.items.fields is not None
    assert widgets.items.fields["size"] == Shape("object", fields={"height": Shape("string"), "width": Shape("string")})
    assert widgets.items.fields["extra"] == Shape("object")
    assert widgets.items.fields["weight_grams"] == Shape("number")

    search = ops["WidgetsShelvesShelfIdSearchPost"]
    assert (search.method, search.path, search.shop_cipher) == (
        "POST",
        "/widget/202309/shelves/{shelf_id}/widgets/search",
        "required",
    )
    assert [(p.wire, p.shape.kind, p.required) for p in search.query] == [
        ("page_size", "number", True),
        ("page_token", "string", False),
    ]
    assert search.body is not None and search.body.fields is not None
    assert sorted(search.body.fields) == ["create_time_ge", "name_keyword", "statuses"]

    upload = ops["PicturesUploadPost"]
    assert upload.shop_cipher == "absent"
    assert [(p.wire, p.shape.kind) for p in upload.form] == [("data", "string"), ("use_case", "string")]


def _returns(schema: str) -> dict[str, Any]:
    return {"200": {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}}}}


def _spec() -> dict[str, Any]:
    """A tiny spec of the fixture's GET: one field missing, one mistyped, one reshaped, one extra."""
    widget = {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "weight_grams": {"type": "string"},  # the SDK says number
            "is_active": {"type": "boolean"},
            "tags": {"type": "string"},  # the SDK says an array of strings
            "size": {"$ref": "#/components/schemas/Size"},
            "extra": {"type": "object", "properties": {"anything": {"type": "string"}}},
            "colour": {"type": "string"},  # not in the SDK
        },
    }
    data = {
        "type": "object",
        "properties": {"widgets": {"type": "array", "items": widget}, "next_page_token": {"type": "string"}},
    }
    return {
        "paths": {
            "/widget/202309/widgets": {
                "get": {
                    "operationId": "WidgetGetWidgets",
                    "x-tts-shop-cipher": "required",
                    "parameters": [
                        {"name": "ids", "in": "query", "required": False, "schema": {"type": "array", "items": {}}}
                    ],
                    "responses": {
                        "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Data"}}}}
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Data": data,
                "Size": {"type": "object", "properties": {"height": {"type": "string"}, "width": {"type": "string"}}},
            }
        },
    }


def test_comparison_counts_fields_and_names_each_difference() -> None:
    sdk = _by_function()["WidgetsGet"]
    ours = spec_operations(_spec())[("GET", "/widget/202309/widgets")]

    response = compare_response(sdk, ours)
    # widgets, its 6 fields, size's 2, next_page_token, total_count
    assert (response.total, response.declared) == (11, 10)
    assert response.missing == ["data.total_count (number)"]
    assert response.types == ["data.widgets[].weight_grams: SDK number, spec string"]
    assert response.shapes == ["data.widgets[].tags: SDK array of string, spec string"]
    assert response.extra == ["data.widgets[].colour"]

    request = compare_request(sdk, ours)
    assert (request.total, request.declared) == (1, 1)
    assert request.required == ["query.ids: SDK required, spec optional"]


def test_report_totals_and_unmatched_operations() -> None:
    lines = list(report(read_operations(FIXTURE), spec_operations(_spec()), brief=True))
    assert lines[0].startswith("GET /widget/202309/widgets  WidgetGetWidgets <- widgetV202309Api.WidgetsGet")
    assert "response 90.9% (10/11)" in lines[0]
    assert sum(line.startswith("NOT IN THE SPEC: POST") for line in lines) == 2
    assert "operations: 3 in the SDK, 1 matched" in lines
    assert any(
        line.startswith("response fields: 90.9% declared (10/11), 1 type mismatches, 1 wrong shapes") for line in lines
    )


def test_shop_cipher_table_has_one_row_per_operation() -> None:
    rows = list(shop_cipher_table(read_operations(FIXTURE)))
    assert rows[0] == "method\tpath\tshop_cipher\tsdk_function"
    assert sorted(rows[1:]) == [
        "GET\t/widget/202309/widgets\toptional\twidgetV202309Api.WidgetsGet",
        "POST\t/widget/202309/pictures/upload\tabsent\twidgetV202309Api.PicturesUploadPost",
        "POST\t/widget/202309/shelves/{shelf_id}/widgets/search\trequired\twidgetV202309Api.WidgetsShelvesShelfIdSearchPost",
    ]


def test_a_missing_parent_counts_its_nested_fields_and_renamed_fields_are_a_wrong_shape() -> None:
    sdk = _by_function()["WidgetsGet"]
    spec = _spec()
    spec["components"]["schemas"]["Size"] = {"type": "object", "properties": {"h": {"type": "string"}}}
    renamed = compare_response(sdk, spec_operations(spec)[("GET", "/widget/202309/widgets")])
    assert "data.widgets[].size: no field in common (SDK height, width; spec h)" in renamed.shapes

    del spec["components"]["schemas"]["Data"]["properties"]["widgets"]
    missing = compare_response(sdk, spec_operations(spec)[("GET", "/widget/202309/widgets")])
    assert (missing.total, missing.declared) == (11, 1)
    assert missing.missing == ["data.widgets (array of object)", "data.total_count (number)"]


def test_report_names_a_shop_cipher_disagreement() -> None:
    spec = _spec()
    agreeing = list(report(read_operations(FIXTURE), spec_operations(spec), brief=False))
    assert not any("shop_cipher:" in line for line in agreeing)
    spec["paths"]["/widget/202309/widgets"]["get"]["x-tts-shop-cipher"] = "forbidden"
    lines = list(report(read_operations(FIXTURE), spec_operations(spec), brief=False))
    assert "    shop_cipher: SDK optional, spec x-tts-shop-cipher forbidden" in lines

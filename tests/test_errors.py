"""Errors carry the response; malformed bodies are retried on reads only; odd error bodies still map.

The sandbox answers over real HTTP; bodies the sandbox never sends (huge, HTML, token-bearing)
come from a plain ``http.server`` on a loopback socket.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest

from tiktok_shop import (
    APIConnectionError,
    APIError,
    APIStatusError,
    AsyncTikTokShop,
    AuthenticationError,
    InvalidParameterError,
    InvalidSignatureError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RefreshTokenError,
    SearchTooBroadError,
    ServerError,
    TikTokShop,
    TokenExpiredError,
)
from tiktok_shop._exceptions import BODY_LIMIT
from tiktok_shop.sandbox import Sandbox

SEARCH = "OrderSearchOrders"


def test_the_classified_errors_are_status_errors_as_in_openai_python() -> None:
    for kind in (AuthenticationError, PermissionDeniedError, InvalidParameterError, NotFoundError, RateLimitError):
        assert issubclass(kind, APIStatusError)
    assert issubclass(ServerError, APIStatusError) and issubclass(InvalidSignatureError, AuthenticationError)
    assert issubclass(TokenExpiredError, APIStatusError) and issubclass(RefreshTokenError, APIStatusError)
    assert issubclass(APIStatusError, APIError) and issubclass(MalformedResponseError, APIError)
    assert not issubclass(MalformedResponseError, APIStatusError)


@pytest.mark.parametrize(("form", "status"), [("tiktok", 200), ("http", 404)])
def test_an_error_keeps_status_headers_body_and_request_id(
    client: TikTokShop, sandbox: Sandbox, form: str, status: int
) -> None:
    sandbox.error_status = form  # TikTok sends "not found" at HTTP 200; a REST-style gateway at 404
    try:
        with pytest.raises(NotFoundError) as info:
            client.product.get_product_detail(product_id="1")
    finally:
        sandbox.error_status = "tiktok"
    error = info.value
    answer = json.loads(error.body)  # the bytes TikTok sent
    assert error.status_code == status and answer["code"] == error.code
    assert error.request_id == answer["request_id"] and len(error.request_id) == 32
    assert error.headers["content-type"] == "application/json"
    assert error.message == answer["message"] and error.request_id in str(error)


def test_a_cut_short_page_is_retried_and_pagination_goes_on(client: TikTokShop, sandbox: Sandbox) -> None:
    mark = len(sandbox.requests)
    pages = client.with_options(backoff_base=0.01).order.iter_search_orders(page_size=50).pages()
    first = next(pages)
    sandbox.faults.add("malformed", SEARCH, times=1)
    rest = list(pages)
    assert sum(len(p.orders or []) for p in [first, *rest]) == 120
    searches = [r for r in sandbox.requests[mark:] if r.operation == SEARCH]
    assert len(searches) == 4  # three pages and one retry of the cut-short one


async def test_async_for_survives_a_cut_short_page(aclient: AsyncTikTokShop, sandbox: Sandbox) -> None:
    fast = aclient.with_options(backoff_base=0.01)
    ids = []
    async for order in fast.order.iter_search_orders(page_size=40):
        ids.append(order.id)
        if len(ids) == 40:
            sandbox.faults.add("malformed", SEARCH, times=2)
    assert len(ids) == len(set(ids)) == 120


def test_malformed_after_retries_names_the_request(client: TikTokShop, sandbox: Sandbox) -> None:
    sandbox.faults.add("malformed", SEARCH, times=10)
    mark = len(sandbox.requests)
    with pytest.raises(MalformedResponseError) as info:
        client.with_options(max_retries=2, backoff_base=0.01).order.search_orders(page_size=5)
    error = info.value
    assert "malformed response" in str(error)
    assert error.request_id == error.headers["x-tts-logid"] and f"request_id={error.request_id}" in str(error)
    assert error.body == b'{"code": 0, "data": {'
    assert len(sandbox.requests) - mark == 3


def test_a_malformed_answer_to_an_unsafe_write_is_not_retried(client: TikTokShop, sandbox: Sandbox) -> None:
    product = next(iter(client.product.iter_search_products(page_size=5)))
    sku = (product.skus or [])[0]
    sandbox.faults.add("malformed", "ProductUpdateProductPrice", times=5, after=True)
    before = sandbox.counters["product.price"]
    with pytest.raises(MalformedResponseError):
        client.with_options(backoff_base=0.01).product.update_product_price(
            product_id=product.id,
            skus=[{"id": sku.id, "price": {"amount": "7.77", "currency": "USD"}}],  # type: ignore[list-item]
        )
    assert sandbox.counters["product.price"] == before + 1


# -- bodies the sandbox never sends -----------------------------------------------------------------
class _Canned(BaseHTTPRequestHandler):
    answers: ClassVar[list[tuple[int, dict[str, str], bytes]]] = []

    def _answer(self) -> None:
        status, headers, body = self.answers.pop(0) if self.answers else (500, {}, b"")
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: Any) -> None:
        del format, args


@pytest.fixture
def canned() -> Iterator[tuple[str, list[tuple[int, dict[str, str], bytes]]]]:
    answers: ClassVar[list[tuple[int, dict[str, str], bytes]]] = []
    handler = type("Handler", (_Canned,), {"answers": answers})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", answers
    finally:
        server.shutdown()


def _canned_client(url: str) -> TikTokShop:
    return TikTokShop(app_key="k", app_secret="s", access_token="t", base_url=url, max_retries=0)


def test_a_huge_html_error_body_is_kept_capped(canned: tuple[str, list[Any]]) -> None:
    url, answers = canned
    page = b"<html>" + b"x" * (3 * BODY_LIMIT) + b"</html>"
    answers.append((503, {"content-type": "text/html", "x-tts-logid": "LOG123"}, page))
    with pytest.raises(ServerError) as info:
        _canned_client(url).authorization.get_shops()
    assert info.value.body == page[:BODY_LIMIT] and info.value.request_id == "LOG123"
    assert info.value.status_code == 503 and info.value.headers["content-type"] == "text/html"


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (502, b"<html>502 Bad Gateway</html>", ServerError),
        (429, b"slow down", RateLimitError),
        (401, b"", AuthenticationError),
        (409, b"[1, 2]", APIStatusError),
        (200, b"[1, 2]", MalformedResponseError),
        (200, b"", MalformedResponseError),
        (200, b'{"code": 12052180, "message": "too many results", "request_id": "R1"}', SearchTooBroadError),
        (200, b'{"code": 99000001, "message": "a code nobody knows", "request_id": "R1"}', APIError),
        (200, b'{"code": 0, "data": "not an object"}', MalformedResponseError),
        (200, b'{"code": 105002, "message": "expired", "data": 5}', TokenExpiredError),
        (400, b'{"code": 0, "message": "bad request"}', InvalidParameterError),
    ],
)
def test_non_json_and_odd_bodies_map_to_their_class(
    canned: tuple[str, list[Any]], status: int, body: bytes, kind: type[APIError]
) -> None:
    url, answers = canned
    answers.append((status, {"content-type": "text/plain"}, body))
    with pytest.raises(APIError) as info:
        _canned_client(url).authorization.get_shops()
    assert type(info.value) is kind and info.value.status_code == status and info.value.body == body


def test_token_values_in_an_error_body_are_masked(canned: tuple[str, list[Any]]) -> None:
    url, answers = canned
    leaked = json.dumps({"code": 1, "message": "x", "data": {"access_token": "TTP_leak", "refresh_token": "TTP_r"}})
    answers.append((500, {"content-type": "application/json"}, leaked.encode()))
    with pytest.raises(ServerError) as info:
        _canned_client(url).authorization.get_shops()
    assert b"TTP_leak" not in info.value.body and b"TTP_r" not in info.value.body
    assert json.loads(info.value.body)["data"] == {"access_token": "***", "refresh_token": "***"}


async def test_async_raw_response_exposes_http(aclient: AsyncTikTokShop) -> None:
    raw = await aclient.with_raw_response.order.search_orders(page_size=3)
    assert raw.status_code == 200 and raw.request_id and len(raw.request_id) == 32
    assert raw.parsed.total_count == 120 and len(raw.parsed.orders or []) == 3
    assert json.loads(raw.http_response.content)["request_id"] == raw.request_id


def test_a_body_that_fails_to_decode_is_a_connection_error(canned: tuple[str, list[Any]]) -> None:
    url, answers = canned
    answers.append((200, {"content-encoding": "gzip", "content-type": "application/json"}, b"not gzip at all"))
    with pytest.raises(APIConnectionError, match="DecodingError"):
        _canned_client(url).authorization.get_shops()


def test_an_envelope_without_code_is_a_success(canned: tuple[str, list[Any]]) -> None:
    url, answers = canned
    answers.append((200, {"content-type": "application/json"}, b'{"message": "ok", "data": {"shops": []}}'))
    assert _canned_client(url).authorization.get_shops().shops == []


def test_a_cut_short_body_keeps_the_request_id_it_had(canned: tuple[str, list[Any]]) -> None:
    url, answers = canned
    answers.append((200, {}, b'{"code":0,"request_id":"RID42","data":{"shops":[{"id":"1"'))
    with pytest.raises(MalformedResponseError) as info:
        _canned_client(url).authorization.get_shops()
    assert info.value.request_id == "RID42" and "not JSON" in str(info.value)


@pytest.mark.parametrize(("header", "expected"), [("1.5", 1.5), ("0", 0.0), ("-3", 0.0), ("soon", None)])
def test_retry_after_is_read_from_the_header(
    canned: tuple[str, list[Any]], header: str, expected: float | None
) -> None:
    url, answers = canned
    answers.append((429, {"retry-after": header}, b'{"code": 36009002, "message": "slow down"}'))
    with pytest.raises(RateLimitError) as info:
        _canned_client(url).authorization.get_shops()
    assert info.value.retry_after == expected

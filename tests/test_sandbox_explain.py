"""The signature explainer names each common mistake, sent over real HTTP and signed here, not by the library.

Every request below is built by hand (path, query in wire order, body bytes) and signed with
``hmac`` over a string the test writes out itself, with exactly one mistake (or two) in it. The
sandbox must refuse it with 106001 and its request log must name that mistake, reproduce the
signature received from the string it claims was signed, and show the string it expected.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, replace
from urllib.parse import quote

import httpx
import pytest

from tiktok_shop.auth import OAuth
from tiktok_shop.sandbox import Sandbox

SECRET = "e7c1b2a9d4f0sandboxsecret5b8e3a1c6d2f9"
SEARCH = "/order/202309/orders/search"


def hmac_hex(secret: str, string: bytes) -> str:
    """TikTok's rule, written out: HMAC-SHA256 keyed by the secret over secret + string + secret."""
    return hmac.new(secret.encode(), secret.encode() + string + secret.encode(), hashlib.sha256).hexdigest()


def sorted_string(path: str, params: list[tuple[str, str]], body: bytes) -> bytes:
    """Path, then every given parameter sorted by key, then the body: the string, whatever is in it."""
    return (path + "".join(k + v for k, v in sorted(params))).encode() + body


def correct_string(path: str, params: list[tuple[str, str]], body: bytes) -> bytes:
    return sorted_string(path, [(k, v) for k, v in params if k not in ("sign", "access_token")], body)


def test_hmac_hex_matches_tiktoks_worked_example() -> None:
    string = correct_string("/authorization/202309/shops", [("app_key", "29a39d"), ("timestamp", "1623812664")], b"")
    assert hmac_hex("e59af819cc", string) == "b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8"


@pytest.fixture(scope="module")
def explaining() -> Iterator[Sandbox]:
    with Sandbox(orders=10, products=5, seed=3, app_secret=SECRET, explain_header=True) as server:
        yield server


@dataclass(frozen=True)
class Call:
    """A request as it goes on the wire, and the string its (mistaken) client signed."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]  # wire order, sign excluded
    body: bytes
    signed: bytes
    headers: tuple[tuple[str, str], ...] = (("content-type", "application/json"),)
    uppercase: bool = False
    secret: str = SECRET

    def send(self, sandbox: Sandbox) -> httpx.Response:
        signature = hmac_hex(self.secret, self.signed)
        if self.uppercase:
            signature = signature.upper()
        pairs = [*self.query, ("sign", signature)]
        query = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs)
        return httpx.request(
            self.method, f"{sandbox.base_url}{self.path}?{query}", content=self.body, headers=dict(self.headers)
        )


@dataclass(frozen=True)
class Ctx:
    app_key: str
    token: str
    cipher: str
    timestamp: str


def _search(ctx: Ctx, **changes: object) -> Call:
    """A correctly signed order search; each case changes one thing."""
    query = (("app_key", ctx.app_key), ("shop_cipher", ctx.cipher), ("timestamp", ctx.timestamp), ("page_size", "5"))
    body = b'{"order_status":"UNPAID"}'
    headers = (("content-type", "application/json"), ("x-tts-access-token", ctx.token))
    call = Call("POST", SEARCH, query, body, correct_string(SEARCH, list(query), body), headers)
    return replace(call, **changes)  # type: ignore[arg-type]


def _get_product(ctx: Ctx, wire_path: str, signed_path: str) -> Call:
    query = (("app_key", ctx.app_key), ("shop_cipher", ctx.cipher), ("timestamp", ctx.timestamp))
    headers = (("content-type", "application/json"), ("x-tts-access-token", ctx.token))
    return Call("GET", wire_path, query, b"", correct_string(signed_path, list(query), b""), headers)


def _signed_with(ctx: Ctx, extra: list[tuple[str, str]], **changes: object) -> Call:
    call = _search(ctx, **changes)
    return replace(call, signed=sorted_string(SEARCH, [*call.query, *extra], call.body))


def _unsorted(ctx: Ctx) -> Call:
    call = _search(ctx)
    return replace(call, signed=(SEARCH + "".join(k + v for k, v in call.query)).encode() + call.body)


def _empty_sent_not_signed(ctx: Ctx) -> Call:
    call = _search(ctx)
    return replace(call, query=(*call.query, ("page_token", "")))  # the signed string still lacks it


def _multipart(ctx: Ctx) -> Call:
    boundary = "sandboxboundary"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="data"; filename="a.png"\r\n'
        f"Content-Type: image/png\r\n\r\n\x89PNG fake image\r\n--{boundary}\r\n"
        f'Content-Disposition: form-data; name="use_case"\r\n\r\nMAIN_IMAGE\r\n--{boundary}--\r\n'
    ).encode("latin-1")
    path = "/product/202309/images/upload"
    query = (("app_key", ctx.app_key), ("timestamp", ctx.timestamp))
    headers = (("content-type", f"multipart/form-data; boundary={boundary}"), ("x-tts-access-token", ctx.token))
    return Call("POST", path, query, body, correct_string(path, list(query), body), headers)


def _no_body_signed_braces(ctx: Ctx) -> Call:
    path = "/product/202309/products/1729592969712200001"
    call = _get_product(ctx, path, path)
    return replace(call, signed=call.signed + b"{}")


def _float_timestamp(ctx: Ctx) -> Call:
    call = _search(ctx)
    signed = [(k, v + ".0" if k == "timestamp" else v) for k, v in call.query]
    return replace(call, signed=correct_string(SEARCH, signed, call.body))


def _reserialized(ctx: Ctx, sent: bytes, signed_body: bytes, extra: list[tuple[str, str]] | None = None) -> Call:
    call = _search(ctx, body=sent)
    return replace(call, signed=sorted_string(SEARCH, [*call.query, *(extra or [])], signed_body))


def _spaced(ctx: Ctx) -> Call:
    body = {"order_status": "UNPAID", "shipping_type": "TIKTOK"}
    return _reserialized(ctx, json.dumps(body, separators=(",", ":")).encode(), json.dumps(body).encode())


def _key_order(ctx: Ctx) -> Call:
    sent = b'{"shipping_type":"TIKTOK","order_status":"UNPAID"}'
    return _reserialized(ctx, sent, b'{"order_status":"UNPAID","shipping_type":"TIKTOK"}')


def _body_left_out(ctx: Ctx) -> Call:
    call = _search(ctx)
    return replace(call, signed=correct_string(SEARCH, list(call.query), b""))


def _token_in_query(ctx: Ctx) -> Call:
    call = _search(ctx)
    query = (*call.query, ("access_token", ctx.token))
    return replace(call, query=query, signed=sorted_string(SEARCH, list(query), call.body))


def _token_and_spaces(ctx: Ctx) -> Call:
    token = [("access_token", ctx.token)]
    return _reserialized(ctx, b'{"order_status":"UNPAID"}', b'{"order_status": "UNPAID"}', token)


CASES: dict[str, tuple[Callable[[Ctx], Call], tuple[str, ...]]] = {
    "access_token in the header, signed": (
        lambda c: _signed_with(c, [("access_token", c.token)]),
        ("access_token_signed",),
    ),
    "access_token in the query, signed": (_token_in_query, ("access_token_signed",)),
    "sign placeholder signed": (lambda c: _signed_with(c, [("sign", "")]), ("sign_signed",)),
    "parameters unsorted": (_unsorted, ("params_unsorted",)),
    "empty parameter sent, not signed": (_empty_sent_not_signed, ("empty_params",)),
    "empty parameter signed, not sent": (lambda c: _signed_with(c, [("page_token", "")]), ("empty_params",)),
    "body re-serialized with spaces": (_spaced, ("body_reserialized",)),
    "body re-serialized with sorted keys": (_key_order, ("body_reserialized",)),
    "body not signed": (_body_left_out, ("body_not_signed",)),
    "empty body signed as {}": (_no_body_signed_braces, ("empty_body_signed",)),
    "multipart body signed": (_multipart, ("multipart_body_signed",)),
    "timestamp signed as a decimal": (_float_timestamp, ("timestamp_not_integer",)),
    "path sent encoded, signed decoded": (
        lambda c: _get_product(c, "/product/202309/products/sku%3A17", "/product/202309/products/sku:17"),
        ("path_encoding",),
    ),
    "path sent plain, signed encoded": (
        lambda c: _get_product(c, "/product/202309/products/sku:17", "/product/202309/products/sku%3A17"),
        ("path_encoding",),
    ),
    "upper-case hex": (lambda c: _search(c, uppercase=True), ("uppercase_hex",)),
    "another app secret": (lambda c: _search(c, secret="not-this-apps-secret"), ("wrong_secret",)),
    "unsorted and upper-case": (lambda c: replace(_unsorted(c), uppercase=True), ("params_unsorted", "uppercase_hex")),
    "access_token signed and body re-serialized": (_token_and_spaces, ("access_token_signed", "body_reserialized")),
}


@pytest.fixture
def ctx(explaining: Sandbox) -> Ctx:
    credentials = explaining.credentials()
    return Ctx(explaining.app_key, credentials["access_token"], credentials["shop_cipher"], str(int(time.time())))


def test_a_correct_hand_signed_request_passes(explaining: Sandbox, ctx: Ctx) -> None:
    response = _search(ctx).send(explaining)
    assert response.status_code == 200, response.text
    assert response.json()["code"] == 0
    assert "x-sandbox-explain" not in response.headers
    assert explaining.requests[-1].signature == "valid"
    assert explaining.requests[-1].explanation is None


@pytest.mark.parametrize("case", list(CASES))
def test_each_mistake_is_named(explaining: Sandbox, ctx: Ctx, case: str) -> None:
    build, causes = CASES[case]
    call = build(ctx)
    response = call.send(explaining)
    assert (response.status_code, response.json()["code"]) == (401, 106001), response.text

    entry = explaining.requests[-1]
    assert entry.signature == "refused" and entry.code == 106001
    explanation = entry.explanation
    assert explanation is not None
    assert explanation.causes == causes
    assert response.headers["x-sandbox-explain"].startswith("+".join(causes) + ": ")

    # What the sandbox expected is TikTok's rule applied to the request as sent.
    sent = [*call.query]
    multipart = dict(call.headers)["content-type"].startswith("multipart/")
    expected = correct_string(call.path, sent, b"" if multipart else call.body)
    assert explanation.expected == hmac_hex(SECRET, expected)
    unmask = {"{app_secret}": "", "{access_token}": ctx.token}
    shown = explanation.canonical
    assert shown.startswith("{app_secret}") and shown.endswith("{app_secret}")
    assert shown.replace("{app_secret}", "").replace("{access_token}", ctx.token).encode() == expected

    # A named mistake reproduces the received signature from the string it says was signed.
    if causes != ("wrong_secret",):
        assert explanation.signed is not None
        signed = explanation.signed
        for mask, value in unmask.items():
            signed = signed.replace(mask, value)
        if multipart:  # shown by its size only; put the bytes back
            assert f"{{multipart body, {len(call.body)} bytes}}" in signed
            signed = signed.replace(f"{{multipart body, {len(call.body)} bytes}}", call.body.decode("latin-1"))
        signed_bytes = signed.encode("latin-1" if multipart else "utf-8")
        assert hmac_hex(SECRET, signed_bytes) == response.request.url.params["sign"].lower()
    else:
        assert explanation.signed is None


def test_a_request_without_sign_is_explained(explaining: Sandbox, ctx: Ctx) -> None:
    call = _search(ctx)
    query = "&".join(f"{k}={quote(v, safe='')}" for k, v in call.query)
    response = httpx.post(f"{explaining.base_url}{SEARCH}?{query}", content=call.body, headers=dict(call.headers))
    assert response.json()["code"] == 106001
    explanation = explaining.requests[-1].explanation
    assert explanation is not None and explanation.causes == ("sign_missing",)


def test_the_header_is_off_by_default(sandbox: Sandbox) -> None:
    credentials = sandbox.credentials()
    ctx = Ctx(sandbox.app_key, credentials["access_token"], credentials["shop_cipher"], str(int(time.time())))
    call = _search(ctx, secret=sandbox.app_secret, uppercase=True)
    response = call.send(sandbox)
    assert response.json()["code"] == 106001
    assert "x-sandbox-explain" not in response.headers
    explanation = sandbox.requests[-1].explanation
    assert explanation is not None and explanation.causes == ("uppercase_hex",)  # the log has it all the same


def test_no_secret_reaches_the_log_the_header_or_the_console(explaining: Sandbox, ctx: Ctx) -> None:
    # A seller authorizes through the token host (app secret and auth code in its query) ...
    oauth = OAuth(
        app_key=explaining.app_key,
        app_secret=SECRET,
        base_url=explaining.base_url,
        auth_base_url=explaining.auth_base_url,
    )
    with closing(oauth):
        token = oauth.exchange_code(explaining.issue_auth_code())
    # ... then calls that carry the secret and the tokens where they do not belong, all refused.
    leaky = [
        _token_in_query(ctx),
        replace(_search(ctx), query=(*_search(ctx).query, ("app_secret", SECRET))),
        replace(_search(ctx, body=json.dumps({"note": SECRET, "t": token.refresh_token}).encode()), uppercase=True),
        _search(ctx, secret="wrong"),
    ]
    headers = []
    for call in leaky:
        response = call.send(explaining)
        assert response.json()["code"] == 106001
        headers.append(str(response.headers))
    pages = [
        httpx.get(f"{explaining.base_url}/_sandbox/{path}").text
        for path in ("", "live", "api/requests", "api/tokens", "api/records", "api/shops", "api/deliveries")
    ]
    log = [repr(entry) for entry in explaining.requests]
    for where in (headers, pages, log):
        text = "\n".join(where)
        for secret in (SECRET, ctx.token, token.access_token, token.refresh_token):
            assert secret not in text
    assert "{app_secret}" in "\n".join(pages)  # the explanations are there, masked

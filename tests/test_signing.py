"""The signature must match TikTok's algorithm byte for byte."""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiktok_shop import sign, sign_url
from tiktok_shop.signing import canonical_string

keys = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12).filter(
    lambda k: k not in ("sign", "access_token")
)
values = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=20)
param_maps = st.dictionaries(keys, values, max_size=8)
paths = st.from_regex(r"/[a-z_]{1,10}/20[0-9]{4}/[a-z_/]{1,20}", fullmatch=True)


def reference_sign(secret: str, path: str, params: dict[str, str], body: bytes = b"") -> str:
    """An independent reading of the documented algorithm, written the plain way."""
    canonical = path + "".join(k + params[k] for k in sorted(params) if k not in ("sign", "access_token"))
    message = secret.encode() + canonical.encode() + body + secret.encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def test_docs_worked_example() -> None:
    params = {"app_key": "29a39d", "timestamp": "1623812664"}
    assert (
        sign("e59af819cc", "/authorization/202309/shops", params)
        == "b596b73e0cc6de07ac26f036364178ab16b0a907af13d43f0a0cd2345f582dc8"
    )


def test_second_reference_example_ignores_access_token() -> None:
    params = {
        "app_key": "6a6xxx",
        "ids": "5779xxx",
        "shop_cipher": "ROW_Y-vWxxx",
        "timestamp": 1697708762,
        "version": "202309",
        "access_token": "TTP_secret_token",
    }
    assert (
        sign("4ebxxx", "/order/202309/orders", params)
        == "580529917ad2606da1ae227f3faf71cf64e8b295055df6fd24f3bb5204d4f0b2"
    )


@pytest.mark.parametrize(
    ("secret", "path", "params", "body"),
    [
        ("s3cr3t", "/order/202309/orders/search", {"app_key": "k", "timestamp": "1", "page_size": "10"}, b'{"a":1}'),
        ("x", "/product/202309/products", {"shop_cipher": "ROW_abc", "app_key": "a", "timestamp": "9"}, b""),
        ("ünï", "/event/202309/webhooks", {"b": "é", "a": "日本", "A": "Z", "timestamp": "5"}, b"\x00\xff"),
        ("k", "/x/202401/y", {}, b'{"nested":{"list":[1,2,3]}}'),
    ],
)
def test_own_vectors_match_plain_hmac(secret: str, path: str, params: dict[str, str], body: bytes) -> None:
    assert sign(secret, path, params, body or None) == reference_sign(secret, path, params, body)


def test_byte_order_sort_puts_uppercase_first() -> None:
    params = {"b": "1", "B": "2", "a": "3", "_": "4"}
    canonical = "/p/202309/q" + "B2_4a3b1"
    expected = hmac.new(b"k", b"k" + canonical.encode() + b"k", hashlib.sha256).hexdigest()
    assert sign("k", "/p/202309/q", params) == expected


def test_integer_values_sign_as_decimal_text() -> None:
    assert sign("k", "/a/202309/b", {"timestamp": 42}) == sign("k", "/a/202309/b", {"timestamp": "42"})


def test_rejects_relative_path() -> None:
    with pytest.raises(ValueError, match="path"):
        sign("k", "order/202309/orders", {})


@given(params=param_maps, path=paths, data=st.data())
def test_parameter_order_never_matters(params: dict[str, str], path: str, data: st.DataObject) -> None:
    shuffled = dict(data.draw(st.permutations(list(params.items()))))
    assert sign("secret", path, params) == sign("secret", path, shuffled)


@given(params=param_maps, path=paths, sig=values, token=values)
def test_sign_and_access_token_are_ignored(params: dict[str, str], path: str, sig: str, token: str) -> None:
    assert sign("secret", path, params) == sign("secret", path, {**params, "sign": sig, "access_token": token})


@given(params=param_maps, path=paths, body=st.binary(min_size=1, max_size=64), data=st.data())
def test_any_change_changes_the_signature(params: dict[str, str], path: str, body: bytes, data: st.DataObject) -> None:
    base = sign("secret", path, params, body)
    index = data.draw(st.integers(0, len(body) - 1))
    flipped = body[:index] + bytes([body[index] ^ data.draw(st.integers(1, 255))]) + body[index + 1 :]
    assert sign("secret", path, params, flipped) != base
    assert sign("secret", path + "x", params, body) != base
    if params:
        key = data.draw(st.sampled_from(sorted(params)))
        assert sign("secret", path, {**params, key: params[key] + "x"}, body) != base
    assert sign("secret2", path, params, body) != base


@given(params=param_maps, path=paths, body=st.one_of(st.none(), st.binary(min_size=1, max_size=32)))
def test_sign_url_agrees_with_sign(params: dict[str, str], path: str, body: bytes | None) -> None:
    url = f"https://open-api.tiktokglobalshop.com{path}?{urlencode(params)}"
    signed = sign_url(url, "secret", body, timestamp=1700000000)
    expected_params = {**params, "timestamp": "1700000000"}
    assert signed.signature == sign("secret", path, expected_params, body)
    sent = {k: v[0] for k, v in parse_qs(urlsplit(signed.url).query, keep_blank_values=True).items()}
    assert sent["sign"] == signed.signature
    assert sign("secret", path, sent, body) == signed.signature


def test_sign_url_adds_timestamp_decodes_and_joins_repeats() -> None:
    signed = sign_url("https://h/order/202309/orders?ids=a&ids=b&name=caf%C3%A9&flag", "k")
    assert signed.timestamp > 1_700_000_000
    query = parse_qs(urlsplit(signed.url).query, keep_blank_values=True)
    assert query["timestamp"] == [str(signed.timestamp)]
    params = {"ids": "a,b", "name": "café", "flag": "", "timestamp": str(signed.timestamp)}
    assert signed.signature == reference_sign("k", "/order/202309/orders", params)


def test_sign_url_replaces_an_old_sign() -> None:
    first = sign_url("https://h/a/202309/b?timestamp=5", "k")
    again = sign_url(first.url, "k")
    assert again.signature == first.signature
    assert again.url.count("sign=") == 1


@pytest.mark.parametrize("url", ["https://open-api.tiktokglobalshop.com", "https://h/?a=1", "nothing"])
def test_sign_url_rejects_urls_without_a_path(url: str) -> None:
    with pytest.raises(ValueError, match="no API path"):
        sign_url(url, "k")


@given(params=param_maps, path=paths, body=st.one_of(st.none(), st.binary(max_size=32)), token=values)
def test_canonical_string_is_what_sign_signs(params: dict[str, str], path: str, body: bytes | None, token: str) -> None:
    with_extras = {**params, "access_token": token, "sign": "old"}
    canonical = canonical_string(path, with_extras, body)
    expected = path + "".join(k + params[k] for k in sorted(params))
    assert canonical == expected.encode() + (body or b"")
    message = b"secret" + canonical + b"secret"
    assert hmac.new(b"secret", message, hashlib.sha256).hexdigest() == sign("secret", path, with_extras, body)
    assert canonical_string(path, list(with_extras.items())[::-1], body) == canonical  # pairs, any order


# Computed outside the code, with openssl over the documented string (secret + path + sorted
# key/value pairs + body + secret):
#   printf '%s' "${S}/order/202309/orders/searchapp_keyabctimestamp1700000000{\"order_status\":\"UNPAID\"}${S}" \
#     | openssl dgst -sha256 -hmac "$S"
# Secrets longer than SHA-256's 64-byte block are hashed first by HMAC: the hand-written pads must do the same.
@pytest.mark.parametrize(
    ("secret", "path", "params", "body", "expected"),
    [
        (
            "0123456789abcdef" * 5 + "é-long-secret",  # 94 bytes, non-ASCII
            "/order/202309/orders/search",
            {"app_key": "abc", "timestamp": "1700000000"},
            b'{"order_status":"UNPAID"}',
            "6683f7a548bfa880c192149a18124c9251720e0b2bca22fbe5e5bb2ce0baf992",
        ),
        ("k" * 64, "/a/202309/b", {"x": "1"}, None, "6b84f6cf21555d5a092fb917f2dd1f0a29c6dafee7600efa30692f4bcbd7876a"),
        ("k" * 65, "/a/202309/b", {"x": "1"}, None, "778fe1f3957ca4f242efab2026a89ac94e9df9679c0a5b55e83393fc8344eae1"),
    ],
    ids=["94-byte-secret", "64-byte-secret", "65-byte-secret"],
)
def test_openssl_vectors_at_and_over_the_block_size(
    secret: str, path: str, params: dict[str, str], body: bytes | None, expected: str
) -> None:
    assert sign(secret, path, params, body) == expected

"""Client options: typed, checked the same way in the constructor and in ``with_options``."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tiktok_shop import APITimeoutError, AsyncTikTokShop, TikTokShop
from tiktok_shop._config import Secret
from tiktok_shop.sandbox import Sandbox
from tiktok_shop.signing import Signer

BAD = [
    {"max_retries": -1},
    {"max_retries": 1.5},
    {"max_retries": True},
    {"timeout": "x"},
    {"timeout": -1},
    {"timeout": 0},
    {"timeout": float("nan")},
    {"deadline": 0},
    {"deadline": "soon"},
    {"shop_cipher": ""},
    {"base_url": "ftp://example.com"},
    {"extra_headers": {"x-tts-access-token": "stolen"}},
    {"extra_headers": {"X-Custom": 1}},
    {"extra_query": {"sign": "0" * 64}},
    {"extra_query": {"app_key": "other"}},
]


@pytest.mark.parametrize("options", BAD, ids=lambda o: f"{next(iter(o))}={next(iter(o.values()))!r}")
def test_bad_options_raise_value_error_naming_the_option(sandbox: Sandbox, options: dict[str, Any]) -> None:
    name = next(iter(options))
    credentials = {k: v for k, v in sandbox.credentials().items() if k not in options}
    with pytest.raises(ValueError, match=name):
        TikTokShop(**credentials, **options)
    with TikTokShop(**credentials) as client, pytest.raises(ValueError, match=name):
        client.with_options(**options)


async def test_async_with_options_checks_the_same(sandbox: Sandbox) -> None:
    async with AsyncTikTokShop(**sandbox.credentials()) as client:
        for options in BAD:
            with pytest.raises(ValueError, match=next(iter(options))):
                client.with_options(**options)


def test_timeout_none_means_no_limit_in_both_places(sandbox: Sandbox) -> None:
    sandbox.faults.add("delay", "AuthorizationGetShops", times=2, delay=0.6)
    with TikTokShop(**sandbox.credentials(), timeout=None, max_retries=0) as unlimited:
        assert unlimited.config.timeout == httpx.Timeout(None)
        assert unlimited.authorization.get_shops().shops  # waited out the delay
        hurried = unlimited.with_options(timeout=0.2)
        with pytest.raises(APITimeoutError):
            hurried.authorization.get_shops()
        assert hurried.with_options(timeout=None).config.timeout == unlimited.config.timeout
    with TikTokShop(**sandbox.credentials()) as default:
        assert default.config.timeout == httpx.Timeout(30.0, connect=10.0)


def test_with_options_keeps_what_is_not_given(client: TikTokShop) -> None:
    changed = client.with_options(max_retries=5, deadline=None)
    assert changed.config.max_retries == 5 and changed.config.deadline is None
    assert changed.config.timeout == client.config.timeout and changed.shop_cipher == client.shop_cipher
    assert changed.with_options(shop_cipher=None).shop_cipher is None


def test_extra_query_is_sent_and_signed_and_extra_headers_are_sent(sandbox: Sandbox) -> None:
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    with TikTokShop(**sandbox.credentials(), http_client=http, extra_headers={"X-Trace": "a"}) as client:
        traced = client.with_options(extra_query={"sort_order": "ASC"}, extra_headers={"X-Team": "b"})
        page = traced.order.search_orders(page_size=3)  # the sandbox checks the signature over the query
    assert len(page.orders or []) == 3
    request = sent[-1]
    assert request.url.params["sort_order"] == "ASC"
    assert request.headers["x-trace"] == "a" and request.headers["x-team"] == "b"
    params = [(k, v) for k, v in request.url.params.multi_items() if k != "sign"]
    assert (
        Signer(sandbox.app_secret).sign(request.url.path, params, request.content or None) == request.url.params["sign"]
    )


def test_defaults_and_edges(client: TikTokShop) -> None:
    with TikTokShop(app_key="k", app_secret="s") as plain:  # README: 2 retries, 120 s deadline
        assert (plain.config.max_retries, plain.config.deadline) == (2, 120.0)
        assert (plain.config.backoff_base, plain.config.backoff_max) == (0.5, 8.0)
    with pytest.raises(ValueError, match="backoff_base"):
        client.with_options(backoff_base=-0.1)
    with pytest.raises(ValueError, match="backoff_max"):
        client.with_options(backoff_max="long")  # type: ignore[arg-type]
    no_wait = client.with_options(backoff_base=0, backoff_max=0)  # zero backoff is allowed
    assert (no_wait.config.backoff_base, no_wait.config.backoff_max) == (0.0, 0.0)
    assert repr(Secret("s3cr3t")) == str(Secret("s3cr3t")) == "Secret('***')"

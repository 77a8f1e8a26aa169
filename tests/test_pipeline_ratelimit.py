"""The call flow's limiter actions, without I/O: which bucket a request waits in, what is reported back."""

from __future__ import annotations

from typing import Any

import httpx

import tiktok_shop
from tiktok_shop._config import ClientConfig
from tiktok_shop._pipeline import AcquireSlot, GetToken, ReportAnswer, Send, Sleep, call_flow, prepare
from tiktok_shop._server_clock import ServerClock
from tiktok_shop.ratelimit import Bucket, Ticket
from tiktok_shop.signing import Signer

CONFIG = ClientConfig.create("key", "secret", shop_cipher="ROW_cipher", base_url="http://api.test", max_retries=1)
SEARCH = tiktok_shop.operation("POST", "/order/202309/orders/search")
SHOPS = tiktok_shop.operation("GET", "/authorization/202309/shops")
OK = b'{"code":0,"message":"Success","request_id":"r","data":{}}'
LIMITED = b'{"code":36009002,"message":"Too many requests","request_id":"r","data":null}'


def _drive(op: tiktok_shop.Operation[Any], answers: list[httpx.Response], rate_limited: bool = True) -> list[Any]:
    """Run the flow, answering each Send with the next response; the actions it yielded, in order."""
    call = prepare(op, {"page_size": 5} if op is SEARCH else {}, CONFIG)
    flow = call_flow(
        call, CONFIG, Signer("secret"), uses_token_source=False, clock=ServerClock(), rate_limited=rate_limited
    )
    actions: list[Any] = []
    reply: Any = None
    try:
        while True:
            action = flow.send(reply)
            actions.append(action)
            if isinstance(action, GetToken):
                reply = "token"
            elif isinstance(action, AcquireSlot):
                reply = Ticket(action.bucket, len(actions))
            elif isinstance(action, Send):
                reply = answers.pop(0)
            else:
                reply = None
    except StopIteration:
        return actions
    except tiktok_shop.TikTokShopError:
        return actions


def test_each_attempt_waits_for_its_slot_and_reports_its_answer() -> None:
    retry_after = httpx.Response(429, content=LIMITED, headers={"retry-after": "500"})
    actions = _drive(SEARCH, [retry_after, httpx.Response(200, content=OK)])
    kinds = [type(a).__name__ for a in actions]
    assert kinds == ["GetToken", "AcquireSlot", "Send", "ReportAnswer", "Sleep", "GetToken", "AcquireSlot", "Send",
                     "ReportAnswer"]  # fmt: skip
    bucket = Bucket("key", "ROW_cipher", SEARCH.id)
    assert actions[1] == AcquireSlot(bucket)
    # the Retry-After is capped as the retry's own wait is (4 x backoff_max)
    assert actions[3] == ReportAnswer(Ticket(bucket, 2), limited=True, retry_after=4 * CONFIG.backoff_max)
    assert isinstance(actions[4], Sleep) and actions[4].seconds == 4 * CONFIG.backoff_max
    assert actions[8] == ReportAnswer(Ticket(bucket, 7), limited=False)


def test_any_other_error_counts_as_an_answer_that_got_through() -> None:
    not_found = b'{"code":36009009,"message":"no such path","request_id":"r","data":null}'
    actions = _drive(SEARCH, [httpx.Response(200, content=not_found)])
    assert actions[-1] == ReportAnswer(Ticket(Bucket("key", "ROW_cipher", SEARCH.id), 2), limited=False)


def test_app_level_operations_wait_in_the_apps_bucket() -> None:
    actions = _drive(SHOPS, [httpx.Response(200, content=OK)])
    assert actions[1] == AcquireSlot(Bucket("key", None, SHOPS.id))


def test_without_a_limiter_no_limiter_action_is_yielded() -> None:
    actions = _drive(SEARCH, [httpx.Response(200, content=OK)], rate_limited=False)
    assert not any(isinstance(a, AcquireSlot | ReportAnswer) for a in actions)

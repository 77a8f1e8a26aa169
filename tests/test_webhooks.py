"""Webhooks: signature, typed events, freshness, duplicates, and delivery from the sandbox."""

from __future__ import annotations

import csv
import json
import logging
import multiprocessing
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiktok_shop import TikTokShop, WebhookVerificationError
from tiktok_shop.sandbox import Sandbox
from tiktok_shop.webhooks import (
    EVENT_NAMES,
    MAX_BODY_BYTES,
    MAX_DEPTH,
    MemoryDedupeStore,
    OrderStatusChangeEvent,
    SQLiteDedupeStore,
    UnknownEvent,
    WebhookEvent,
    WebhookReceiver,
    construct_event,
    parse_event,
    sign_webhook,
    verify,
)

from .conftest import REFERENCE

KEY, SECRET = "app-key", "app-secret"
EVENT_SAMPLES = sorted((REFERENCE / "samples" / "events").glob("*.json"))


def _body(**overrides: Any) -> bytes:
    payload = {
        "type": 1,
        "tts_notification_id": "n-1",
        "shop_id": "7494049642642441621",
        "timestamp": int(time.time()),
        "data": {"order_id": "576486316948490001", "order_status": "AWAITING_SHIPMENT", "update_time": 1},
    }
    payload.update(overrides)
    return json.dumps(payload).encode()


def _headers(body: bytes) -> dict[str, str]:
    return {"Authorization": sign_webhook(body, app_key=KEY, app_secret=SECRET)}


@pytest.mark.parametrize("path", EVENT_SAMPLES, ids=[p.stem for p in EVENT_SAMPLES])
def test_every_sample_event_parses_to_its_typed_class(path: Path) -> None:
    event = parse_event(json.loads(path.read_text(encoding="utf-8")))
    assert type(event).__name__ == path.stem
    assert event.event_name is not None and event.event_name.replace("_", "").lower() == path.stem.lower().removesuffix(
        "event"
    )
    assert not isinstance(event.data, dict) and event.data.model_extra == {}


def test_unknown_types_parse_as_generic_events_with_raw_data(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="tiktok_shop"):
        event = parse_event({"type": 999, "shop_id": "1", "data": {"anything": [1, 2]}})
        assert isinstance(parse_event({"type": 1, "data": "not an object"}), UnknownEvent)
    assert isinstance(event, UnknownEvent) and event.data == {"anything": [1, 2]} and event.event_name is None
    assert caplog.records == []  # a type TikTok added later is expected: no warning


def test_every_documented_event_type_has_a_typed_class() -> None:
    with (REFERENCE / "webhook-types.tsv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t") if row.get("type")]
    assert len(rows) == 44
    for row in rows:
        event = parse_event({"type": int(row["type"]), "shop_id": "1", "data": {}})
        assert type(event).__name__ == row["schema"].removesuffix("Webhook") + "Event"
        assert event.event_name == (row["event_name"] or None)
        if row["event_name"]:
            assert EVENT_NAMES[int(row["type"])] == row["event_name"]


def test_ids_sent_as_numbers_become_strings() -> None:
    event = parse_event({"type": 5, "data": {"product_id": 576486316948490000, "status": "X"}})
    assert event.data.product_id == "576486316948490000"


@given(body=st.binary(max_size=2048), flip=st.integers(min_value=0, max_value=2047))
def test_signature_verifies_exact_bytes_only(body: bytes, flip: int) -> None:
    signature = sign_webhook(body, app_key=KEY, app_secret=SECRET)
    verify(body, signature, app_key=KEY, app_secret=SECRET)
    verify(body, signature.upper(), app_key=KEY, app_secret=SECRET)
    if body:
        index = flip % len(body)
        tampered = body[:index] + bytes([body[index] ^ 1]) + body[index + 1 :]
        with pytest.raises(WebhookVerificationError):
            verify(tampered, signature, app_key=KEY, app_secret=SECRET)
    with pytest.raises(WebhookVerificationError):
        verify(body, signature, app_key=KEY, app_secret=SECRET + "x")


@given(body=st.binary(max_size=256), header=st.one_of(st.none(), st.text(max_size=80), st.from_regex(r"[0-9a-f]{64}")))
def test_verify_raises_only_the_documented_error(body: bytes, header: str | None) -> None:
    try:
        verify(body, header, app_key=KEY, app_secret=SECRET)
    except WebhookVerificationError:
        pass
    else:
        assert header is not None and header.strip().lower() == sign_webhook(body, app_key=KEY, app_secret=SECRET)


def test_parse_event_takes_raw_bytes() -> None:
    event = parse_event(_body())
    assert isinstance(event, OrderStatusChangeEvent) and event.tts_notification_id == "n-1"


def test_tampered_header_is_rejected() -> None:
    body = _body()
    good = sign_webhook(body, app_key=KEY, app_secret=SECRET)
    for bad in (good[:-1] + ("0" if good[-1] != "0" else "1"), good[:32], "", " ", good + "00"):
        with pytest.raises(WebhookVerificationError):
            construct_event(body, {"Authorization": bad}, app_key=KEY, app_secret=SECRET)
    with pytest.raises(WebhookVerificationError):
        construct_event(body, {"Authorization": good}, app_key=KEY + "x", app_secret=SECRET)


def test_construct_event_checks_signature_json_and_age() -> None:
    body = _body()
    event = construct_event(body, _headers(body), app_key=KEY, app_secret=SECRET, tolerance=60)
    assert isinstance(event, OrderStatusChangeEvent) and event.data.order_status == "AWAITING_SHIPMENT"
    with pytest.raises(WebhookVerificationError, match="no Authorization"):
        construct_event(body, {}, app_key=KEY, app_secret=SECRET)
    old = _body(timestamp=int(time.time()) - 3600)
    with pytest.raises(WebhookVerificationError, match="timestamp") as info:
        construct_event(old, _headers(old), app_key=KEY, app_secret=SECRET, tolerance=300)
    assert SECRET not in str(info.value)
    assert construct_event(old, _headers(old), app_key=KEY, app_secret=SECRET).timestamp is not None
    not_json = b"{nope"
    with pytest.raises(WebhookVerificationError, match="not a JSON object"):
        construct_event(not_json, _headers(not_json), app_key=KEY, app_secret=SECRET)


def test_receiver_answers_401_200_and_suppresses_duplicates() -> None:
    receiver = WebhookReceiver(KEY, SECRET)
    body = _body()
    assert receiver.handle(body, {"authorization": "0" * 64}) == (401, None)
    status, event = receiver.handle(body, _headers(body))
    assert status == 200 and isinstance(event, WebhookEvent)
    assert receiver.handle(body, _headers(body)) == (200, None)
    assert SECRET not in repr(receiver)


def test_receiver_handles_a_redelivery_when_the_handler_failed() -> None:
    receiver = WebhookReceiver(KEY, SECRET)
    body = _body(tts_notification_id="n-fail")
    calls: list[WebhookEvent] = []

    def flaky(event: WebhookEvent) -> None:
        calls.append(event)
        if len(calls) == 1:
            raise RuntimeError("database down")

    assert receiver.handle(body, _headers(body), flaky) == (500, None)
    status, event = receiver.handle(body, _headers(body), flaky)
    assert status == 200 and event is not None and len(calls) == 2
    assert receiver.handle(body, _headers(body), flaky) == (200, None) and len(calls) == 2


def test_events_without_notification_id_dedupe_on_the_body() -> None:
    receiver = WebhookReceiver(KEY, SECRET, tolerance=None)
    first, second = _body(tts_notification_id=None), _body(tts_notification_id=None, shop_id="other")
    assert receiver.handle(first, _headers(first))[1] is not None
    assert receiver.handle(second, _headers(second))[1] is not None
    assert receiver.handle(first, _headers(first)) == (200, None)


def test_memory_store_is_bounded() -> None:
    store = MemoryDedupeStore(max_keys=3)
    assert all(store.claim(k) for k in "abcd")
    assert store.claim("a")  # evicted as the oldest
    assert not store.claim("d")


def _claim_all(path: str, keys: list[str], out: Any) -> None:
    store = SQLiteDedupeStore(path)
    out.put(sum(store.claim(k) for k in keys))


def claims_by_four_processes(claim_all: Any, where: str, keys: list[str]) -> int:
    """How many of ``keys`` four processes running ``claim_all(where, keys, out)`` claimed in all."""
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    procs = [ctx.Process(target=claim_all, args=(where, keys, out)) for _ in range(4)]
    for proc in procs:
        proc.start()
    claimed = sum(out.get(timeout=60) for _ in procs)
    for proc in procs:
        proc.join(timeout=60)
    return int(claimed)


def test_sqlite_store_claims_each_key_once_across_processes(tmp_path: Path) -> None:
    path = str(tmp_path / "seen.sqlite3")
    SQLiteDedupeStore(path)
    keys = [f"n-{i}" for i in range(200)]
    assert claims_by_four_processes(_claim_all, path, keys) == len(keys)
    store = SQLiteDedupeStore(path)
    store.release("n-7")
    assert store.claim("n-7") and not store.claim("n-8")


@pytest.fixture
def receiver_url(sandbox: Sandbox) -> Iterator[tuple[str, list[tuple[int, WebhookEvent | None]]]]:
    receiver = WebhookReceiver(sandbox.app_key, sandbox.app_secret)
    results: list[tuple[int, WebhookEvent | None]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            results.append(receiver.handle(body, dict(self.headers.items())))
            self.send_response(results[-1][0])
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            del format, args

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hooks", results
    finally:
        server.shutdown()


def test_sandbox_delivers_signed_events_that_verify(
    client: TikTokShop, sandbox: Sandbox, receiver_url: tuple[str, list[tuple[int, WebhookEvent | None]]]
) -> None:
    address, results = receiver_url
    client.event.update_webhook(address=address, event_type="ORDER_STATUS_CHANGE")
    try:
        order = next(iter(client.order.iter_search_orders(page_size=20, order_status="AWAITING_SHIPMENT")))
        package_id = (order.packages or [])[0].id or ""
        client.fulfillment.ship_package(package_id=package_id)
        assert sandbox.wait_for_webhooks(timeout=10)
        events = [e for status, e in results if status == 200 and isinstance(e, OrderStatusChangeEvent)]
        assert [e.data.order_id for e in events] == [order.id]
        assert events[0].data.order_status == "AWAITING_COLLECTION"
    finally:
        client.event.delete_webhook(event_type="ORDER_STATUS_CHANGE")


# -- vectors computed outside the code: `openssl dgst -sha256 -hmac KEY` over app_key + body ------------
OPENSSL_BODY = (
    b'{"type":1,"tts_notification_id":"7327112393057371910","shop_id":"7494049642642441621",'
    b'"timestamp":1644412885,"data":{"order_id":"576486316948490001","order_status":"UNPAID",'
    b'"update_time":1644412882}}'
)
# printf '%s' 'my-app-key<body>' | openssl dgst -sha256 -hmac 'my-app-secret'
OPENSSL_SIGNATURE = "6c542e846c7c332d1748d419b6e8c1e75a988709154e3aa66552601fb89ef76e"
# A 94-byte secret (over SHA-256's 64-byte block, so HMAC hashes the key first), non-ASCII included:
LONG_SECRET = "0123456789abcdef" * 5 + "é-long-secret"
# printf '%s' 'my-app-key{"type":1}' | openssl dgst -sha256 -hmac "$LONG_SECRET"
LONG_SECRET_SIGNATURE = "2211c53ed74e54abe3e57fc7a8de266e1e4da446088d320ecb9bae9e3205201f"


def test_signature_matches_openssl() -> None:
    assert sign_webhook(OPENSSL_BODY, app_key="my-app-key", app_secret="my-app-secret") == OPENSSL_SIGNATURE
    event = construct_event(
        OPENSSL_BODY, {"Authorization": OPENSSL_SIGNATURE}, app_key="my-app-key", app_secret="my-app-secret"
    )
    assert isinstance(event, OrderStatusChangeEvent) and event.data.order_status == "UNPAID"
    assert len(LONG_SECRET.encode()) == 94
    verify(b'{"type":1}', LONG_SECRET_SIGNATURE, app_key="my-app-key", app_secret=LONG_SECRET)


def _signed(body: bytes) -> dict[str, str]:
    return {"authorization": sign_webhook(body, app_key=KEY, app_secret=SECRET)}


def test_a_signed_event_whose_data_changed_shape_is_kept_raw(caplog: pytest.LogCaptureFixture) -> None:
    changed = {"order_id": {"id": 5}, "order_status": ["NEW", "SHAPE"], "update_time": "soon"}
    body = _body(tts_notification_id="n-shape", data=changed)
    receiver = WebhookReceiver(KEY, SECRET)
    with caplog.at_level(logging.WARNING, logger="tiktok_shop"):
        status, event = receiver.handle(body, _signed(body))
    assert status == 200 and isinstance(event, UnknownEvent)
    assert event.type == 1 and event.data == changed and event.tts_notification_id == "n-shape"
    assert any("kept raw as UnknownEvent" in r.getMessage() and "n-shape" in r.getMessage() for r in caplog.records)


def test_deep_nesting_and_oversized_bodies_get_clear_answers() -> None:
    receiver = WebhookReceiver(KEY, SECRET, tolerance=None)
    deep = b'{"type": 1, "data": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert receiver.handle(deep, _signed(deep)) == (400, None)
    with pytest.raises(WebhookVerificationError, match=f"deeper than {MAX_DEPTH}") as info:
        construct_event(deep, _signed(deep), app_key=KEY, app_secret=SECRET)
    assert info.value.status == 400
    nested = b'{"type": 999, "data": ' + b"[" * (MAX_DEPTH - 1) + b"]" * (MAX_DEPTH - 1) + b"}"
    assert receiver.handle(nested, _signed(nested))[0] == 200  # exactly at the limit is read
    brackets_in_text = _body(data={"note": "[" * 500})
    assert receiver.handle(brackets_in_text, _signed(brackets_in_text))[0] == 200
    huge = _body(data={"note": "x" * MAX_BODY_BYTES})
    assert receiver.handle(huge, _signed(huge)) == (413, None)
    assert receiver.handle(b"{nope", _signed(b"{nope")) == (400, None)
    assert receiver.handle(b"{nope", {"authorization": "0" * 64}) == (401, None)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@given(
    event_type=st.one_of(st.integers(-5, 2**40), st.sampled_from(sorted(EVENT_NAMES)), json_values),
    data=json_values,
    extra=st.dictionaries(st.sampled_from(["shop_id", "timestamp", "tts_notification_id", "x"]), json_values),
)
def test_a_valid_signature_is_never_answered_401(event_type: Any, data: Any, extra: dict[str, Any]) -> None:
    body = json.dumps({**extra, "type": event_type, "data": data}).encode()
    status, event = WebhookReceiver(KEY, SECRET, tolerance=None).handle(body, _signed(body))
    assert status in (200, 400)
    if isinstance(event_type, int) and not isinstance(event_type, bool) and status == 200:
        assert event is not None and event.type == event_type


@given(body=st.binary(max_size=512))
def test_any_signed_bytes_get_200_or_400_never_an_exception(body: bytes) -> None:
    status, _ = WebhookReceiver(KEY, SECRET, tolerance=None).handle(body, _signed(body))
    assert status in (200, 400)


def test_the_documented_limits_hold_to_the_byte_and_the_level() -> None:
    assert (MAX_BODY_BYTES, MAX_DEPTH) == (1024 * 1024, 64)  # README: 1 MiB, 64 levels
    receiver = WebhookReceiver(KEY, SECRET, tolerance=None)
    head, tail = b'{"type": 999, "data": "', b'"}'
    exact = head + b"x" * (MAX_BODY_BYTES - len(head) - len(tail)) + tail
    assert len(exact) == MAX_BODY_BYTES and receiver.handle(exact, _signed(exact))[0] == 200
    over = exact[:-2] + b'x"}'
    assert receiver.handle(over, _signed(over)) == (413, None)
    siblings = b"[]" * 10 + b"[" * (MAX_DEPTH - 1) + b"]" * (MAX_DEPTH - 1)  # 64 deep after ten closed arrays
    deep = b'{"type": 999, "data": [' + siblings + b"]}"
    assert receiver.handle(deep, _signed(deep)) == (400, None)


def test_the_tolerance_is_inclusive_and_a_quarter_hour_by_default() -> None:
    sent_at = 1_700_000_000
    body = _body(timestamp=sent_at)
    assert construct_event(body, _signed(body), app_key=KEY, app_secret=SECRET, tolerance=300, now=sent_at + 300)
    with pytest.raises(WebhookVerificationError):
        construct_event(body, _signed(body), app_key=KEY, app_secret=SECRET, tolerance=300, now=sent_at + 301)
    receiver = WebhookReceiver(KEY, SECRET)
    recent, stale = _body(timestamp=int(time.time()) - 898), _body(timestamp=int(time.time()) - 902)
    assert receiver.handle(recent, _signed(recent))[0] == 200
    assert receiver.handle(stale, _signed(stale)) == (400, None)

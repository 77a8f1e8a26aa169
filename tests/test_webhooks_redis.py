"""RedisDedupeStore on a real redis-server: each notification claimed once by a fleet, every key with a TTL."""

from __future__ import annotations

from typing import Any

import pytest
import redis

from tiktok_shop.webhooks import RedisDedupeStore, WebhookReceiver

from .test_webhooks import KEY, SECRET, _body, _headers, claims_by_four_processes


def _claim_all(url: str, keys: list[str], out: Any) -> None:
    store = RedisDedupeStore(url)
    out.put(sum(store.claim(k) for k in keys))


def test_four_processes_claim_each_notification_once(redis_url: str) -> None:
    keys = [f"n-{i}" for i in range(300)]
    assert claims_by_four_processes(_claim_all, redis_url, keys) == len(keys)
    store = RedisDedupeStore(redis_url)
    store.release("n-7")
    assert store.claim("n-7") and not store.claim("n-8")


def test_keys_expire_after_the_retention(redis_url: str) -> None:
    store = RedisDedupeStore(redis_url, prefix="hooks:", retention=3600)
    assert store.claim("abc")
    raw = redis.Redis.from_url(redis_url)
    assert list(raw.scan_iter("*")) == [b"hooks:webhook:abc"]
    assert 3_590_000 < raw.pttl("hooks:webhook:abc") <= 3_600_000


def test_a_receiver_with_the_redis_store_handles_a_redelivery_once(redis_url: str) -> None:
    first = WebhookReceiver(KEY, SECRET, tolerance=None, dedupe=RedisDedupeStore(redis_url))
    second = WebhookReceiver(KEY, SECRET, tolerance=None, dedupe=RedisDedupeStore(redis_url))  # another machine
    body = _body()
    status, event = first.handle(body, _headers(body))
    assert status == 200 and event is not None
    assert second.handle(body, _headers(body)) == (200, None)


@pytest.mark.parametrize("retention", [0, -1.0])
def test_a_bad_retention_is_refused(redis_url: str, retention: float) -> None:
    with pytest.raises(ValueError, match="retention"):
        RedisDedupeStore(redis_url, retention=retention)

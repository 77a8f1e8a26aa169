"""Client settings, kept in one frozen object so ``with_options`` is a checked copy.

Every option goes through one checker whether it is given to the constructor or to
``with_options``, so both accept the same values and mean the same by them: ``timeout=None``
waits without limit (as in httpx), in both places.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

import httpx

__all__ = ["API_BASE_URL", "AUTH_BASE_URL", "DEFAULT_TIMEOUT", "NOT_GIVEN", "ClientConfig", "NotGiven", "Secret"]

API_BASE_URL = "https://open-api.tiktokglobalshop.com"
AUTH_BASE_URL = "https://auth.tiktok-shops.com/api/v2"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# Query parameters and headers the runtime sets and signs; extra_query/extra_headers may not replace them.
RESERVED_QUERY = frozenset({"app_key", "app_secret", "timestamp", "sign", "shop_cipher", "access_token"})
RESERVED_HEADERS = frozenset({"x-tts-access-token", "content-type"})


class NotGiven:
    """The default of ``with_options`` arguments: "keep the current value" (``None`` is a value)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> bool:
        return False


NOT_GIVEN: Final = NotGiven()


class Secret:
    """A string that never shows itself in ``repr``/``str``: app secrets and tokens."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)


def _number(name: str, value: object, *, minimum: float, inclusive: bool) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
        raise ValueError(f"{name} must be a number of seconds, got {value!r}")
    if value < minimum or (value == minimum and not inclusive):
        raise ValueError(f"{name} must be {'>=' if inclusive else '>'} {minimum:g}, got {value!r}")
    return float(value)


def _timeout(value: object) -> httpx.Timeout:
    if value is None or isinstance(value, httpx.Timeout):
        return httpx.Timeout(value)
    return httpx.Timeout(_number("timeout", value, minimum=0, inclusive=False))


def _max_retries(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be an integer >= 0, got {value!r}")
    return value


def _deadline(value: object) -> float | None:
    return None if value is None else _number("deadline", value, minimum=0, inclusive=False)


def _backoff(name: str) -> Callable[[object], float]:
    return lambda value: _number(name, value, minimum=0, inclusive=True)


def _url(name: str) -> Callable[[object], str]:
    def check(value: object) -> str:
        if not isinstance(value, str) or not value.startswith(("https://", "http://")):
            raise ValueError(f"{name} must be an http(s) URL, got {value!r}")
        return value.rstrip("/")

    return check


def _shop_cipher(value: object) -> str | None:
    if value is not None and (not isinstance(value, str) or not value):
        raise ValueError(f"shop_cipher must be a non-empty string or None, got {value!r}")
    return value


def _pairs(name: str, reserved: frozenset[str]) -> Callable[[object], tuple[tuple[str, str], ...]]:
    def check(value: object) -> tuple[tuple[str, str], ...]:
        if not isinstance(value, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise ValueError(f"{name} must map strings to strings, got {value!r}")
        clashes = sorted(k for k in value if k.lower() in reserved)
        if clashes:
            raise ValueError(f"{name} may not set {', '.join(clashes)}: the client sets (and signs) them")
        return tuple(value.items())

    return check


_CHECKS: dict[str, Callable[[object], Any]] = {
    "timeout": _timeout,
    "max_retries": _max_retries,
    "deadline": _deadline,
    "backoff_base": _backoff("backoff_base"),
    "backoff_max": _backoff("backoff_max"),
    "shop_cipher": _shop_cipher,
    "base_url": _url("base_url"),
    "auth_base_url": _url("auth_base_url"),
    "extra_headers": _pairs("extra_headers", RESERVED_HEADERS),
    "extra_query": _pairs("extra_query", RESERVED_QUERY),
}


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """Everything a request needs besides its arguments."""

    app_key: str
    app_secret: Secret
    shop_cipher: str | None = None
    base_url: str = API_BASE_URL
    auth_base_url: str = AUTH_BASE_URL
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = 2
    deadline: float | None = 120.0
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    extra_headers: tuple[tuple[str, str], ...] = field(default=())
    extra_query: tuple[tuple[str, str], ...] = field(default=())

    @classmethod
    def create(cls, app_key: str, app_secret: str, **options: Any) -> ClientConfig:
        """A checked configuration: ``ValueError`` names the first option that is not acceptable."""
        if not isinstance(app_key, str) or not app_key:
            raise ValueError("app_key is required")
        if not isinstance(app_secret, str) or not app_secret:
            raise ValueError("app_secret is required")
        return cls(app_key, Secret(app_secret)).changed(**options)

    def changed(self, **options: Any) -> ClientConfig:
        """A copy with ``options`` checked and applied; :data:`NOT_GIVEN` (or ``base_url=None``) keeps a value.

        ``extra_headers`` and ``extra_query`` add to (and override) the current ones.
        """
        changes: dict[str, Any] = {}
        for name, value in options.items():
            if name not in _CHECKS:
                raise TypeError(f"unknown option {name!r}")
            if value is NOT_GIVEN or (value is None and name.endswith("base_url")):
                continue
            changes[name] = _CHECKS[name](value)
        for name in ("extra_headers", "extra_query"):
            if name in changes:
                changes[name] = tuple({**dict(getattr(self, name)), **dict(changes[name])}.items())
        return dataclasses.replace(self, **changes)

    def __repr__(self) -> str:
        return (
            f"ClientConfig(app_key={self.app_key!r}, app_secret='***', shop_cipher={self.shop_cipher!r}, "
            f"base_url={self.base_url!r}, max_retries={self.max_retries})"
        )

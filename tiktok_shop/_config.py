"""Client settings, kept in one frozen object so ``with_options`` is a plain copy."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

import httpx

__all__ = ["API_BASE_URL", "AUTH_BASE_URL", "ClientConfig", "Secret"]

API_BASE_URL = "https://open-api.tiktokglobalshop.com"
AUTH_BASE_URL = "https://auth.tiktok-shops.com/api/v2"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


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

    def replace(self, **changes: Any) -> ClientConfig:
        return dataclasses.replace(self, **changes)

    def __repr__(self) -> str:
        return (
            f"ClientConfig(app_key={self.app_key!r}, app_secret='***', shop_cipher={self.shop_cipher!r}, "
            f"base_url={self.base_url!r}, max_retries={self.max_retries})"
        )

"""The token a seller's authorization yields, and the shops it grants."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

__all__ = ["AuthorizedShop", "Token"]


@dataclass(frozen=True, slots=True)
class Token:
    """An access token and its refresh token for one seller (``open_id``).

    Expiry fields are absolute unix timestamps, as TikTok sends them; ``*_expires_at`` give them
    as aware datetimes. The tokens never show in ``repr``.
    """

    open_id: str
    access_token: str = field(repr=False)
    access_token_expire_in: int
    refresh_token: str = field(repr=False)
    refresh_token_expire_in: int
    seller_name: str | None = None
    seller_base_region: str | None = None
    user_type: int | None = None
    granted_scopes: tuple[str, ...] = ()

    @property
    def access_token_expires_at(self) -> datetime:
        return datetime.fromtimestamp(self.access_token_expire_in, UTC)

    @property
    def refresh_token_expires_at(self) -> datetime:
        return datetime.fromtimestamp(self.refresh_token_expire_in, UTC)

    def expires_within(self, seconds: float, *, now: float | None = None) -> bool:
        """True when the access token expires within ``seconds`` from ``now``."""
        return self.access_token_expire_in - (time.time() if now is None else now) <= seconds

    def to_json(self) -> str:
        return json.dumps(
            {
                "open_id": self.open_id,
                "access_token": self.access_token,
                "access_token_expire_in": self.access_token_expire_in,
                "refresh_token": self.refresh_token,
                "refresh_token_expire_in": self.refresh_token_expire_in,
                "seller_name": self.seller_name,
                "seller_base_region": self.seller_base_region,
                "user_type": self.user_type,
                "granted_scopes": list(self.granted_scopes),
            },
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> Token:
        raw = json.loads(text)
        return cls.from_data(raw)

    @classmethod
    def from_data(cls, raw: Any) -> Token:
        """From the token endpoints' ``data`` (a dict or a response model)."""

        def get(key: str) -> Any:
            return raw.get(key) if isinstance(raw, dict) else getattr(raw, key, None)

        missing = [k for k in ("open_id", "access_token", "refresh_token") if not get(k)]
        if missing:
            raise ValueError(f"token response lacks {', '.join(missing)}")
        return cls(
            open_id=str(get("open_id")),
            access_token=str(get("access_token")),
            access_token_expire_in=int(get("access_token_expire_in") or 0),
            refresh_token=str(get("refresh_token")),
            refresh_token_expire_in=int(get("refresh_token_expire_in") or 0),
            seller_name=get("seller_name"),
            seller_base_region=get("seller_base_region"),
            user_type=get("user_type"),
            granted_scopes=tuple(get("granted_scopes") or ()),
        )


@dataclass(frozen=True, slots=True)
class AuthorizedShop:
    """A shop the seller authorized, with the ``cipher`` shop-scoped calls need."""

    id: str
    cipher: str
    name: str | None = None
    region: str | None = None
    code: str | None = None
    seller_type: str | None = None

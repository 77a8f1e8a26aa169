"""Request signing: TikTok Shop's HMAC-SHA256 over path, sorted query and raw body.

The string signed is ``secret + path + k1 + v1 + k2 + v2 ... + body + secret`` with the query
keys sorted in byte order, ``sign`` and ``access_token`` left out, and the body appended only
when it is not multipart. The result is the lowercase hex digest keyed by the app secret.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from hashlib import sha256
from urllib.parse import parse_qsl, quote, urlsplit, urlunsplit

__all__ = ["SECRET_MASK", "SignedURL", "Signer", "canonical_string", "sign", "sign_url"]

EXCLUDED_PARAMS = frozenset({"sign", "access_token"})
SECRET_MASK = "{app_secret}"
"""How explanations show the app secret that wraps the canonical string (it is never printed)."""


def _text(value: str | int) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


_BLOCK = 64  # SHA-256 block size in bytes


class Signer:
    """Signs requests for one app secret, keeping pre-keyed SHA-256 states to copy per call.

    HMAC (RFC 2104) is ``H(key ^ opad || H(key ^ ipad || msg))``. The two keyed states are
    hashed once here; a call copies them, which skips deriving the pads every time and keeps
    the whole computation in C (``hmac.HMAC.copy`` would add Python-level object set-up).
    """

    __slots__ = ("_inner", "_outer", "_secret")

    def __init__(self, app_secret: str) -> None:
        if not app_secret:
            raise ValueError("app_secret must not be empty")
        self._secret = app_secret.encode()
        key = self._secret if len(self._secret) <= _BLOCK else sha256(self._secret).digest()
        key = key.ljust(_BLOCK, b"\0")
        self._inner = sha256(bytes(b ^ 0x36 for b in key))
        self._outer = sha256(bytes(b ^ 0x5C for b in key))

    def __repr__(self) -> str:
        return "Signer(app_secret='***')"

    def sign(
        self,
        path: str,
        params: Mapping[str, str | int] | Iterable[tuple[str, str | int]],
        body: bytes | None = None,
    ) -> str:
        """Sign ``path`` with ``params`` (a mapping or pairs, any order) and the raw ``body`` bytes."""
        parts = [path]
        if type(params) is dict or isinstance(params, Mapping):
            for key in sorted(params):
                if key not in EXCLUDED_PARAMS:
                    value = params[key]
                    parts.append(key)
                    parts.append(value if value.__class__ is str else _text(value))
        else:
            for key, value in sorted(params):
                if key not in EXCLUDED_PARAMS:
                    parts.append(key)
                    parts.append(value if value.__class__ is str else _text(value))
        secret = self._secret
        inner = self._inner.copy()
        inner.update(b"".join((secret, "".join(parts).encode(), body or b"", secret)))
        outer = self._outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest()


_SIGNERS: dict[str, Signer] = {}


def _signer(app_secret: str) -> Signer:
    signer = _SIGNERS.get(app_secret)
    if signer is None:
        if len(_SIGNERS) >= 16:
            _SIGNERS.clear()
        signer = _SIGNERS[app_secret] = Signer(app_secret)
    return signer


def sign(
    app_secret: str,
    path: str,
    params: Mapping[str, str | int],
    body: bytes | None = None,
) -> str:
    """Return the ``sign`` query value for a request.

    ``body`` is the exact bytes sent on the wire; pass ``None`` for multipart uploads and for
    requests without a body. ``sign`` and ``access_token`` in ``params`` are ignored.
    """
    if path[:1] != "/":
        raise ValueError("path must start with '/', e.g. '/order/202309/orders/search'")
    return _signer(app_secret).sign(path, params, body)


def canonical_string(
    path: str,
    params: Mapping[str, str | int] | Iterable[tuple[str, str | int]],
    body: bytes | None = None,
) -> bytes:
    """The bytes the signature covers before the secret wraps them: path, sorted ``key + value`` pairs, body.

    ``sign(secret, path, params, body)`` is ``hex(HMAC_SHA256(secret, secret + this + secret))``.
    :class:`Signer` builds the same bytes inline (it is on every call's path); this spelled-out
    twin is for explaining a signature to a person comparing it with another implementation.
    """
    pairs = params.items() if isinstance(params, Mapping) else params
    kept = sorted((key, _text(value)) for key, value in pairs if key not in EXCLUDED_PARAMS)
    return (path + "".join(key + value for key, value in kept)).encode() + (body or b"")


@dataclass(frozen=True, slots=True)
class SignedURL:
    """The result of :func:`sign_url`: the signature, the timestamp signed and the final URL.

    ``canonical`` is what was signed, without the secret that wraps it (see :func:`canonical_string`).
    """

    signature: str
    timestamp: int
    url: str
    canonical: bytes = b""


def sign_url(
    url: str,
    app_secret: str,
    body: bytes | None = None,
    *,
    timestamp: int | None = None,
) -> SignedURL:
    """Sign a full request URL, adding ``timestamp`` when it is missing and setting ``sign``.

    Query values are percent-decoded before signing. A key given several times is signed once
    with its values joined by ``,`` (how TikTok expects lists); a key without a value signs as
    an empty string. ``timestamp`` overrides the URL's own.
    """
    parts = urlsplit(url)
    if not parts.path.startswith("/") or parts.path == "/":
        raise ValueError(f"URL has no API path to sign: {url.split('?', 1)[0]!r}")
    values: dict[str, list[str]] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key != "sign":
            values.setdefault(key, []).append(value)
    if timestamp is not None:
        values["timestamp"] = [str(timestamp)]
    elif "timestamp" not in values:
        values["timestamp"] = [str(int(time.time()))]
    try:
        signed_at = int(values["timestamp"][-1])
    except ValueError:
        raise ValueError("timestamp in the URL is not an integer") from None
    params = {key: ",".join(vals) for key, vals in values.items()}
    signature = sign(app_secret, parts.path, params, body)
    query = "&".join(
        f"{quote(key, safe='')}={quote(value, safe='')}" for key, value in [*params.items(), ("sign", signature)]
    )
    canonical = canonical_string(parts.path, params, body)
    return SignedURL(signature, signed_at, urlunsplit(parts._replace(query=query)), canonical)

"""TikTok's error codes, each mapped to a typed exception users can act on.

Every code TikTok is publicly reported to send (the reference table in README "Errors and
retries") has a class: a family of :mod:`._exceptions` where the family says it all, else a
subclass naming the situation. Each class says whether the client retries it (``retry_when``) and
what to do (``HINT``). TikTok's docs advise reading the message, not only the code: 36009004
(invalid or missing parameter) names the parameter, which becomes ``.field`` and, for a few
parameters, a class of its own (an invalid ``access_token`` is an authentication problem).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar

from ._exceptions import (
    APIError,
    APIStatusError,
    AuthenticationError,
    ClockSkewError,
    ConfigurationError,
    InvalidParameterError,
    InvalidSignatureError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RefreshTokenError,
    RetryWhen,
    ServerError,
    TokenExpiredError,
)

__all__ = [
    "BY_CODE",
    "BY_PARAMETER",
    "HOURLY_QUOTA_WAIT",
    "GatewayTimeoutError",
    "HourlyQuotaExceededError",
    "IPNotAllowedError",
    "InvalidAccessTokenError",
    "InvalidAppKeyError",
    "InvalidAuthCodeError",
    "InvalidParameterValueError",
    "InvalidShopCipherError",
    "MethodNotAllowedError",
    "MissingScopeError",
    "NotAvailableInRegionError",
    "SearchTooBroadError",
    "SellerDeactivatedError",
    "ShopCipherNotAllowedError",
    "ShopDeactivatedError",
    "UnknownPathError",
    "UnknownVersionError",
    "WrongSellerError",
    "error_for",
    "parameter_named",
]

HOURLY_QUOTA_WAIT = 3600.0
"""``retry_after`` of an hourly quota refusal that sent no ``Retry-After``: the quota's whole hour."""


# -- authentication ---------------------------------------------------------------------------------
class InvalidAccessTokenError(AuthenticationError):
    """The access token is not valid (TikTok's 36009004 naming ``access_token``): revoked, replaced
    by a refresh, or another app's."""

    HINT = "The access token is not valid: refresh it, or have the seller authorize again."


class InvalidAppKeyError(AuthenticationError, ConfigurationError):
    """TikTok does not know the app key (36009004 naming ``app_key``)."""

    HINT = "Check the app key (Partner Center > App & Service) and that it matches the app secret."


class InvalidAuthCodeError(AuthenticationError):
    """The authorization code is invalid, expired (after 30 minutes) or already used (code 36004004)."""

    HINT = "Auth codes work once and for 30 minutes: send the seller through authorization again."


class ShopDeactivatedError(AuthenticationError):
    """The shop's account is deactivated (code 36009043); never retried."""

    HINT = "The shop is deactivated: stop calling for it (retrying does not help) until the seller restores it."


class SellerDeactivatedError(ShopDeactivatedError):
    """The seller's account is deactivated (code 36009044): every shop of the seller is; never retried."""

    HINT = "The seller's account is deactivated: stop calling for its shops until the seller restores it."


# -- permission -------------------------------------------------------------------------------------
class MissingScopeError(PermissionDeniedError):
    """The token lacks the API scope (TikTok's "API package") of the operation (code 105005).

    ``required_scopes`` names them where the spec knows them (any one of them grants the call).
    """

    required_scopes: tuple[str, ...] = ()

    @property
    def hint(self) -> str:
        needed = " or ".join(self.required_scopes) or "the operation's scope"
        return (
            f"Enable {needed} for the app in Partner Center, then have the seller authorize again "
            "(a refreshed token keeps its old scopes)."
        )


class WrongSellerError(PermissionDeniedError):
    """The ``shop_cipher`` belongs to another seller, or the token is not a seller's (code 101000)."""

    HINT = "Use a shop_cipher from this token's own Get Authorized Shops, and a seller's (not a creator's) token."


class IPNotAllowedError(PermissionDeniedError, ConfigurationError):
    """The caller's IP address is not in the app's IP allow-list (code 36009033); never retried."""

    HINT = "Add this server's public IP address to the app's IP allow-list in Partner Center."


class NotAvailableInRegionError(PermissionDeniedError):
    """The operation is not offered in the shop's region or business type (code 21008106)."""

    HINT = "This operation is not offered for this shop's market or business type: use the region's alternative."


# -- parameters -------------------------------------------------------------------------------------
class InvalidShopCipherError(InvalidParameterError):
    """The ``shop_cipher`` is missing or not a shop of this app (code 106013)."""

    HINT = "Send the cipher from Get Authorized Shops: client.shop(cipher), or shop_cipher= on the client."


class ShopCipherNotAllowedError(InvalidShopCipherError):
    """TikTok refused the ``shop_cipher`` itself (36009004 naming it): the operation takes none."""

    HINT = "This operation takes no shop_cipher: this client never sends one to it; check what sent it."


_REASON = re.compile(r"\bReason:\s*(.*?)\s*(?:\bExpected:\s*(.*?)\s*)?$", re.DOTALL)


class InvalidParameterValueError(InvalidParameterError):
    """A parameter's value broke a business rule (code 98001004: ``Parameter X is invalid. Reason:
    ... Expected: ...``); ``field``, ``reason`` and ``expected`` are read from the message."""

    HINT = "Fix the value of .field as .reason and .expected say."

    @property
    def reason(self) -> str | None:
        found = _REASON.search(self.message)
        return found.group(1).rstrip(".") or None if found else None

    @property
    def expected(self) -> str | None:
        found = _REASON.search(self.message)
        return (found.group(2) or "").rstrip(".") or None if found else None


class SearchTooBroadError(InvalidParameterError):
    """The search matches more than 10,000 results (code 12052180)."""

    HINT = "Narrow the filter (split the time window in two) until each search matches at most 10,000."


# -- not found --------------------------------------------------------------------------------------
class UnknownPathError(NotFoundError):
    """No API at this path (code 36009009)."""

    HINT = "No API at this path: update the SDK, or check a hand-made path."


class MethodNotAllowedError(NotFoundError):
    """The path is served with another HTTP method (code 36009010)."""

    HINT = "This path takes another HTTP method: update the SDK, or check a hand-made request."


class UnknownVersionError(NotFoundError):
    """The path's version is not served (code 36009014)."""

    HINT = "This version of the API is not served (retired or not yet out): call the current version."


# -- rate limits and TikTok's failures --------------------------------------------------------------
class HourlyQuotaExceededError(RateLimitError):
    """A development shop's hourly call quota is used up (code 36009037, HTTP 429).

    Not retried: the quota comes back within the hour, past any call's deadline. ``retry_after``
    is the server's ``Retry-After``, else :data:`HOURLY_QUOTA_WAIT`.
    """

    retry_when: ClassVar[RetryWhen] = "never"
    HINT = "A development shop's hourly quota is used up: wait .retry_after seconds (not retried) or use the sandbox."


class GatewayTimeoutError(ServerError):
    """TikTok timed out internally (code 36009007); retried like a timeout."""

    HINT = "TikTok timed out: retried on reads and idempotent writes; check a write's effect before repeating it."


BY_CODE: Mapping[int, type[APIError]] = {
    36009002: RateLimitError,
    36009003: ServerError,
    36009004: InvalidParameterError,
    36009007: GatewayTimeoutError,
    36009009: UnknownPathError,
    36009010: MethodNotAllowedError,
    36009014: UnknownVersionError,
    36009033: IPNotAllowedError,
    36009037: HourlyQuotaExceededError,
    36009043: ShopDeactivatedError,
    36009044: SellerDeactivatedError,
    36004004: InvalidAuthCodeError,
    105002: TokenExpiredError,
    105005: MissingScopeError,
    101000: WrongSellerError,
    106001: InvalidSignatureError,
    106013: InvalidShopCipherError,
    98001004: InvalidParameterValueError,
    21008106: NotAvailableInRegionError,
    12052180: SearchTooBroadError,
    # Codes the public table leaves out; the sandbox uses them for these families.
    105001: InvalidAccessTokenError,
    105003: RefreshTokenError,
    36009005: NotFoundError,
}
"""TikTok's ``code`` -> the exception raised for it, whatever the HTTP status."""

BY_PARAMETER: dict[tuple[int, str], type[APIError]] = {
    (36009004, "access_token"): InvalidAccessTokenError,
    (36009004, "app_key"): InvalidAppKeyError,
    (36009004, "shop_cipher"): ShopCipherNotAllowedError,
    (36009004, "timestamp"): ClockSkewError,
}
"""(code, the parameter its message names) -> a more precise class than :data:`BY_CODE`'s."""

_BY_STATUS: Mapping[int, type[APIError]] = {
    400: InvalidParameterError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}

# "param body.address is missing", "Parameter skus[0].price.amount is invalid. Reason: ..."
_NAMED = re.compile(r"\bparam(?:eter)?\s+[`'\"]?([A-Za-z_][\w.\[\]]*)", re.IGNORECASE)
# Else one of the keywords TikTok's messages use for the common parameters.
_KEYWORD = re.compile(r"\b(timestamp|app_key|access_token|version|shop_cipher|cipher)\b", re.IGNORECASE)


def parameter_named(message: str) -> str | None:
    """The request parameter an error message names: ``body.address`` from ``param body.address is
    missing``, else a common parameter it mentions (``timestamp``, ``app_key``, ``access_token``,
    ``version``, ``shop_cipher``; a bare ``cipher`` is the ``shop_cipher``)."""
    found = _NAMED.search(message) or _KEYWORD.search(message)
    if found is None:
        return None
    name = found.group(1)
    if _KEYWORD.fullmatch(name):  # "Invalid TIMESTAMP" names the timestamp all the same
        name = name.lower()
    return "shop_cipher" if name == "cipher" else name


def error_for(code: int | None, status_code: int, message: str = "") -> type[APIError]:
    """The exception class for TikTok's ``code`` (and the parameter ``message`` names), else the HTTP status."""
    if code is not None and code in BY_CODE:
        named = parameter_named(message)
        return BY_PARAMETER.get((code, named), BY_CODE[code]) if named else BY_CODE[code]
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if status_code >= 500:
        return ServerError
    return APIStatusError if status_code >= 400 else APIError

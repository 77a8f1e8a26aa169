"""Request checks, in TikTok's order and with its codes: query, app key, clock, signature, token, shop.

The signature covers every query parameter as sent, known to the operation or not; the
operation's own validation then looks only at the parameters it declares, because TikTok
ignores the others (its own examples send ``version=202309``). A key sent twice is refused
naming the key: arrays travel once, comma-joined, and a repeated key leaves the signed value
ambiguous.
"""

from __future__ import annotations

import hmac
import json
from collections import Counter
from typing import Any

from pydantic import ValidationError
from starlette.requests import Request as HTTPRequest

from .._contract import Operation
from ..signing import Signer
from . import _errors as E
from ._access import admit, check_caller
from ._errors import SandboxError
from ._explain import explain_refusal
from ._handlers import Request
from ._state import SandboxState
from ._trace import signature_refused, signature_valid

__all__ = ["COMMON_PARAMS", "Verifier"]

COMMON_PARAMS = frozenset({"app_key", "timestamp", "sign", "shop_cipher", "access_token"})
FUTURE_SKEW = 30  # seconds a timestamp may run ahead of the server's clock


def single_valued_query(request: HTTPRequest) -> dict[str, str]:
    """The query as a dict, refusing a repeated key (``ids=a&ids=b``)."""
    pairs = request.query_params.multi_items()
    query = dict(pairs)
    if len(query) != len(pairs):
        repeated = min(key for key, count in Counter(key for key, _ in pairs).items() if count > 1)
        raise SandboxError(
            E.INVALID_PARAMETER,
            f"param {repeated} is repeated in the query; send it once, with array values comma-joined",
        )
    return query


class Verifier:
    """Verifies requests for one sandbox state; ``validate_requests`` adds the operation's schema."""

    def __init__(self, state: SandboxState, *, validate_requests: bool = True) -> None:
        self.state = state
        self.signer = Signer(state.app_secret)
        self.validate_requests = validate_requests

    async def verify(
        self, request: HTTPRequest, op: Operation[Any], path_params: dict[str, str], raw: bytes
    ) -> Request:
        query = single_valued_query(request)
        state = self.state
        if op.host == "auth":
            if query.get("app_key") != state.app_key or not hmac.compare_digest(
                query.get("app_secret", "").encode(), state.app_secret.encode()
            ):
                raise SandboxError(E.INVALID_PARAMETER, "app_key or app_secret is not valid")
            return Request(state, request.method, path_params, query, {})
        if query.get("app_key") != state.app_key:
            raise SandboxError(E.INVALID_PARAMETER, "app_key is not a registered app")
        check_caller(state, request.client.host if request.client else None)
        self._check_clock(query.get("timestamp", ""))
        multipart = request.headers.get("content-type", "").startswith("multipart/form-data")
        # TikTok signs the path as sent on the wire, percent-escapes included.
        wire_path = request.scope.get("raw_path", b"").decode("latin-1") or request.url.path
        expected = self.signer.sign(wire_path, query.items(), None if multipart else raw)
        if not hmac.compare_digest(query.get("sign", "").encode(), expected.encode()):
            signature_refused(explain_refusal(state, request, raw, op.query_model))
            raise SandboxError(E.INVALID_SIGNATURE, "sign is not valid for this request")
        signature_valid()
        req = Request(
            state, request.method, path_params, {k: v for k, v in query.items() if k not in COMMON_PARAMS}, {}
        )
        self._authorize(req, request.headers.get("x-tts-access-token", ""), op, query.get("shop_cipher"))
        if multipart:
            form = await request.form()
            for key, value in form.multi_items():
                if isinstance(value, str):
                    req.body[key] = value
                else:
                    req.files[key] = len(await value.read())
        elif raw:
            try:
                body = json.loads(raw)
            except ValueError:
                raise SandboxError(E.INVALID_PARAMETER, "body is not valid JSON") from None
            if not isinstance(body, dict):
                raise SandboxError(E.INVALID_PARAMETER, "body must be a JSON object")
            req.body = body
        if self.validate_requests:
            validate(op, req)
        return req

    def _check_clock(self, timestamp: str) -> None:
        try:
            sent = int(timestamp)
        except ValueError:
            raise SandboxError(E.INVALID_PARAMETER, "timestamp is missing or not an integer") from None
        now = self.state.clock.now()
        if sent < now - self.state.timestamp_window or sent > now + FUTURE_SKEW:
            raise SandboxError(E.INVALID_PARAMETER, "timestamp is outside the allowed window")

    def _authorize(self, req: Request, token: str, op: Operation[Any], cipher: str | None) -> None:
        state = self.state
        with state.lock:
            grant = state.grants_by_access.get(token)
            if grant is None:
                raise SandboxError(E.INVALID_TOKEN, "param access_token is missing or not valid")
            # An expired token is reported as expired even when a refresh already replaced it:
            # the client's answer (refresh or pick up the stored new token) is the same.
            if grant.access_expires <= state.clock.now():
                raise SandboxError(E.EXPIRED_TOKEN, "access token has expired")
            if grant.revoked:
                raise SandboxError(E.INVALID_TOKEN, "param access_token is missing or not valid")
            grant.confirm()
            req.seller = state.sellers[grant.open_id]
            admit(state, req, op, grant, cipher)


def validate(op: Operation[Any], req: Request) -> None:
    """Check the parameters the operation declares and its body; other query parameters are ignored."""
    part = ""
    try:
        if op.query_model is not None:
            params: dict[str, Any] = {}
            for name, info in op.query_model.model_fields.items():
                key = info.alias or name
                value = req.path_params.get(key, req.query.get(key))
                if value is not None:
                    params[key] = value.split(",") if "list[" in str(info.annotation) else value
            op.query_model.model_validate(params, strict=False)  # wire text: "10" is a page size
        if op.body_model is not None and not op.multipart:
            part = "body."  # TikTok names body fields so: "param body.address is missing"
            op.body_model.model_validate(req.body)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = part + ".".join(str(p) for p in first["loc"])
        if first["type"] == "missing":
            raise SandboxError(E.INVALID_PARAMETER, f"param {where} is missing") from None
        raise SandboxError(E.INVALID_PARAMETER, f"param {where} is invalid: {first['msg']}") from None

"""From an HTTP response to the operation's typed ``data``, or to the error it reports.

The envelope and its ``data`` are parsed straight from bytes into the operation's model. An
error keeps the response (status, headers, the body's first bytes with any token masked, the
request id) and is classified by TikTok's ``code``, else the HTTP status. A body that is not the
envelope at all is a :class:`MalformedResponseError`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

import httpx
from pydantic import BaseModel, ConfigDict, ValidationError

from ._exceptions import BODY_LIMIT, APIError, MalformedResponseError, error_for
from ._redaction import redact
from ._request import PreparedCall

__all__ = ["parse_response"]

T = TypeVar("T", bound=BaseModel)


class _EnvelopeBase(BaseModel):
    model_config = ConfigDict(extra="ignore")
    code: int = 0
    message: str = ""
    request_id: str | None = None


@cache
def _envelope(model: type[BaseModel]) -> type[_EnvelopeBase]:
    class Envelope(_EnvelopeBase):
        data: model | None = None  # type: ignore[valid-type]

    Envelope.__name__ = f"Envelope[{model.__name__}]"
    return Envelope


@dataclass(slots=True)
class _Loose:
    """What could be read of a body that is not the typed envelope (an HTML 502, a cut-short page)."""

    code: int
    message: str
    request_id: str | None
    problem: str = "the body is not the operation's schema"


_REQUEST_ID = re.compile(rb'"request_id"\s*:\s*"([^"\\]{1,128})"')


def _loose_envelope(content: bytes) -> _Loose:
    try:
        raw = json.loads(content)
    except ValueError:
        found = _REQUEST_ID.search(content)
        request_id = found.group(1).decode("ascii", "replace") if found else None
        return _Loose(0, "", request_id, "the body is not JSON (cut short?)")
    if not isinstance(raw, dict):
        return _Loose(0, "", None, "the body is not a JSON object")
    code, request_id = raw.get("code"), raw.get("request_id")
    return _Loose(
        code if isinstance(code, int) else 0,
        str(raw.get("message") or ""),
        request_id if isinstance(request_id, str) else None,
    )


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _kept_body(content: bytes) -> bytes:
    """The body an error keeps: its first bytes, any token value masked."""
    kept = content[:BODY_LIMIT]
    text = kept.decode("utf-8", "replace")
    masked = redact(text)
    return kept if masked == text else masked.encode()


def parse_response(call: PreparedCall[T], response: httpx.Response) -> T:
    """The operation's typed ``data``, or the :class:`APIError` family member for the failure."""
    op = call.operation
    content = response.content
    try:
        envelope: _EnvelopeBase | _Loose = _envelope(op.response_model).model_validate_json(content)
    except ValidationError:
        envelope = _loose_envelope(content)
    status = response.status_code
    request_id = envelope.request_id or response.headers.get("x-tts-logid")
    response.extensions["tiktok_request_id"] = request_id
    if envelope.code == 0 and status < 400:
        if isinstance(envelope, _EnvelopeBase):
            data = getattr(envelope, "data", None)
            return data if data is not None else op.response_model()
        error: type[APIError] = MalformedResponseError
        message = f"malformed response: {envelope.problem}"
    else:
        message = envelope.message or response.reason_phrase or "error"
        error = error_for(envelope.code or None, status, envelope.message)
    raise error(
        message,
        code=envelope.code or None,
        request_id=request_id,
        status_code=status,
        operation=op.id,
        retry_after=_retry_after(response),
        headers=response.headers,
        body=_kept_body(content),
    )

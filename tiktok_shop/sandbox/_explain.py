"""Why a signature was refused: the string the sandbox expected, and the mistake that reproduces yours.

TikTok answers a bad signature with ``106001 invalid sign`` and nothing more. The sandbox knows the
app secret, so it can do better: it rebuilds the string it expected (path, sorted parameters, body
bytes as received), then re-signs the request the ways integrations commonly get it wrong (signing
``access_token``, unsorted parameters, a re-serialized body, ...) and names a mistake only when it
reproduces the received signature exactly. When nothing does, the likeliest cause is another
secret. Every string shown has the app secret and the access token masked.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import quote, unquote

from pydantic import BaseModel
from starlette.requests import Request as HTTPRequest

from ..signing import EXCLUDED_PARAMS, SECRET_MASK, canonical_string
from ._state import SandboxState

__all__ = ["CAUSES", "Explanation", "Received", "explain", "explain_refusal"]

TOKEN_MASK = "{access_token}"  # the request's own access token
ISSUED_MASK = "{token}"  # any other token or auth code the sandbox issued
Pairs = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Received:
    """The request as it reached the sandbox: what any explanation is computed from."""

    path: str  # as on the wire, percent-escapes included
    query: Pairs  # in wire order, ``sign`` included
    body: bytes
    multipart: bool
    access_token: str = ""  # the x-tts-access-token header
    declared: tuple[str, ...] = ()  # the operation's own query parameters, sent or not

    @classmethod
    def of(cls, request: HTTPRequest, raw: bytes, query_model: type[BaseModel] | None = None) -> Received:
        """What ``request`` (whose body was ``raw``) brought; ``query_model`` declares the operation's query."""
        fields = query_model.model_fields if query_model is not None else {}
        return cls(
            path=request.scope.get("raw_path", b"").decode("latin-1") or request.url.path,
            query=tuple(request.query_params.multi_items()),
            body=raw,
            multipart=request.headers.get("content-type", "").startswith("multipart/form-data"),
            access_token=request.headers.get("x-tts-access-token", ""),
            declared=tuple(info.alias or name for name, info in fields.items()),
        )

    @property
    def sign(self) -> str:
        return dict(self.query).get("sign", "")

    @property
    def token(self) -> str:
        """The access token the client holds, from the header or (wrongly) the query."""
        return self.access_token or dict(self.query).get("access_token", "")


@dataclass(frozen=True)
class Attempt:
    """One way a client may have built its string to sign: path, parameters in signing order, body."""

    path: str
    params: Pairs
    body: bytes

    def message(self) -> bytes:
        return (self.path + "".join(key + value for key, value in self.params)).encode() + self.body


@dataclass(frozen=True)
class Cause:
    key: str
    title: str  # what went wrong, as a clause: "access_token was signed"
    fix: str
    variants: Callable[[Attempt, Received], Iterable[Attempt]] = field(repr=False)


@dataclass(frozen=True)
class Explanation:
    """What the request log records for a refused signature; nothing in it carries a secret."""

    expected: str  # the signature the sandbox expected, lower-case hex
    received: str
    path: str
    params: Pairs  # sorted, sign and access_token left out
    body: str  # the body bytes as received (or "" when multipart: TikTok does not sign it)
    canonical: str  # the whole string to sign, secret masked
    causes: tuple[str, ...]  # keys of CAUSES; ("wrong_secret",) when no mistake reproduces it
    summary: str
    signed: str | None = None  # the string the client signed, when a mistake reproduced it (masked)

    def short(self) -> str:
        """One ASCII line for the ``x-sandbox-explain`` response header."""
        line = f"{'+'.join(self.causes)}: {self.summary} (expected sign {self.expected})"
        return line.encode("ascii", "backslashreplace").decode("ascii")

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _sorted(params: Iterable[tuple[str, str]]) -> Pairs:
    return tuple(sorted(params))


def _with(attempt: Attempt, key: str, value: str) -> Attempt:
    return Attempt(attempt.path, _sorted([*attempt.params, (key, value)]), attempt.body)


# -- the mistakes, each as the strings a client making it would have signed --------------------------
def _access_token(attempt: Attempt, got: Received) -> Iterator[Attempt]:
    if got.token:
        yield _with(attempt, "access_token", got.token)


def _sign_param(attempt: Attempt, got: Received) -> Iterator[Attempt]:
    yield _with(attempt, "sign", "")


def _unsorted(attempt: Attempt, got: Received) -> Iterator[Attempt]:
    order = [key for key, _ in got.query]
    wire = [pair for pair in attempt.params if pair[0] in order]
    wire.sort(key=lambda pair: order.index(pair[0]))
    extra = [pair for pair in attempt.params if pair[0] not in order]  # signed but sent elsewhere
    for params in (wire + extra, extra + wire):
        if tuple(params) != attempt.params:
            yield Attempt(attempt.path, tuple(params), attempt.body)


def _empty_params(attempt: Attempt, got: Received) -> Iterator[Attempt]:
    kept = tuple(pair for pair in attempt.params if pair[1] != "")
    if kept != attempt.params:  # sent empty, left out of the signature
        yield Attempt(attempt.path, kept, attempt.body)
    sent = {key for key, _ in got.query}
    unsent = [key for key in got.declared if key not in sent]
    for key in unsent:  # signed empty, left out of the URL
        yield _with(attempt, key, "")
    if len(unsent) > 1:
        yield Attempt(attempt.path, _sorted([*attempt.params, *((key, "") for key in unsent)]), attempt.body)


def _reserialized(attempt: Attempt, got: Received) -> Iterator[Attempt]:
    if got.multipart or not got.body:
        return
    try:
        value = json.loads(got.body)
    except ValueError:
        return
    for separators in ((", ", ": "), (",", ":")):
        for sort_keys in (False, True):
            for ensure_ascii in (True, False):
                text = json.dumps(value, separators=separators, sort_keys=sort_keys, ensure_ascii=ensure_ascii)
                if text.encode() != got.body:
                    yield Attempt(attempt.path, attempt.params, text.encode())
    yield Attempt(attempt.path, attempt.params, json.dumps(value, indent=2).encode())


def _body_left_out(attempt: Attempt, got: Received) -> Iterator[Attempt]:
    if got.body and not got.multipart:
        yield Attempt(attempt.path, attempt.params, b"")


def _empty_body_signed(attempt: Attempt, got: Received) -> Iterator[Attempt]:
    if not got.body:
        yield Attempt(attempt.path, attempt.params, b"{}")


def _multipart_signed(attempt: Attempt, got: Received) -> Iterator[Attempt]:
    if got.multipart and got.body:
        yield Attempt(attempt.path, attempt.params, got.body)


def _float_timestamp(attempt: Attempt, got: Received) -> Iterator[Attempt]:
    stamp = dict(attempt.params).get("timestamp", "")
    if stamp.isdigit():
        for decimals in (".0", ".00", ".000", ".000000"):
            swapped = [(k, v + decimals if k == "timestamp" else v) for k, v in attempt.params]
            yield Attempt(attempt.path, tuple(swapped), attempt.body)


def _path_encoding(attempt: Attempt, got: Received) -> Iterator[Attempt]:
    decoded = unquote(attempt.path)
    forms = [
        decoded,
        quote(decoded, safe="/"),
        re.sub(r"%[0-9a-fA-F]{2}", lambda m: m.group().lower(), attempt.path),
        re.sub(r"%[0-9a-fA-F]{2}", lambda m: m.group().upper(), attempt.path),
    ]
    for form in dict.fromkeys(forms):
        if form != attempt.path:
            yield Attempt(form, attempt.params, attempt.body)


CAUSES: dict[str, Cause] = {
    cause.key: cause
    for cause in (
        Cause(
            "access_token_signed",
            "access_token was signed",
            "leave access_token (and sign) out of the string to sign; the token travels in the "
            "x-tts-access-token header",
            _access_token,
        ),
        Cause("sign_signed", "sign was signed", "leave sign out of the parameters you sign", _sign_param),
        Cause(
            "params_unsorted",
            "the parameters were signed in the order sent, not sorted",
            "sort the parameters by key (plain byte order) before concatenating",
            _unsorted,
        ),
        Cause(
            "empty_params",
            "an empty-valued parameter was signed differently from how it was sent",
            "sign exactly the parameters in the URL; better, never send a parameter whose value is empty",
            _empty_params,
        ),
        Cause(
            "body_reserialized",
            "the body signed is another serialization of the JSON sent (spacing or key order)",
            "serialize the body once and sign and send those same bytes",
            _reserialized,
        ),
        Cause(
            "body_not_signed",
            "the body was left out of the signature",
            "append the raw body bytes after the parameters (every JSON request of the 202309+ API)",
            _body_left_out,
        ),
        Cause(
            "empty_body_signed",
            "a body ({}) was signed but none was sent",
            "sign no body when none is sent (and send none rather than {})",
            _empty_body_signed,
        ),
        Cause(
            "multipart_body_signed",
            "the multipart body was signed",
            "sign path and parameters only for multipart/form-data uploads",
            _multipart_signed,
        ),
        Cause(
            "timestamp_not_integer",
            "the timestamp was signed as a decimal number",
            "sign and send the timestamp as whole unix seconds (int(time.time()))",
            _float_timestamp,
        ),
        Cause(
            "path_encoding",
            "the path signed is percent-encoded differently from the path sent",
            "sign the path exactly as it goes on the wire, percent-escapes included",
            _path_encoding,
        ),
    )
}
UPPERCASE = Cause(
    "uppercase_hex",
    "the signature is upper-case hex",
    "send the hex digest in lower case",
    lambda attempt, got: (),
)
WRONG_SECRET = Cause(
    "wrong_secret",
    "no common mistake reproduces this signature, so it was most likely made with another app secret",
    "check the app secret; if it is right, compare your string to sign with the expected one "
    "(tiktok-shop sign --explain prints the client's)",
    lambda attempt, got: (),
)
MISSING = Cause("sign_missing", "the request has no sign parameter", "add sign to the query", lambda a, g: ())


def _candidates(base: Attempt, got: Received) -> Iterator[tuple[tuple[Cause, ...], Attempt]]:
    """Each mistake alone, then each pair of them (in CAUSES order), as the strings they sign."""
    causes = list(CAUSES.values())
    singles = [(cause, attempt) for cause in causes for attempt in cause.variants(base, got)]
    for cause, attempt in singles:
        yield (cause,), attempt
    for first, attempt in singles:
        for second in causes[causes.index(first) + 1 :]:
            for both in second.variants(attempt, got):
                yield (first, second), both


def _digest(secret: bytes, message: bytes) -> str:
    return hmac.new(secret, secret + message + secret, hashlib.sha256).hexdigest()


def explain_refusal(
    state: SandboxState, request: HTTPRequest, raw: bytes, query_model: type[BaseModel] | None
) -> Explanation:
    """What the signature check records when it refuses ``request``: every secret the sandbox knows is masked."""
    with state.lock:
        issued = [*state.grants_by_access, *state.grants_by_refresh, *state.auth_codes]
    return explain(state.app_secret, Received.of(request, raw, query_model), hidden=issued)


def explain(app_secret: str, got: Received, hidden: Iterable[str] = ()) -> Explanation:
    """The explanation of a refused signature on request ``got``, for the app with ``app_secret``.

    The app secret, the request's access token and each of ``hidden`` are masked wherever they occur.
    """
    secret = app_secret.encode()
    effective = dict(got.query)  # one value per key, as the signature check reads the query
    body = b"" if got.multipart else got.body
    base = Attempt(got.path, _sorted((k, v) for k, v in effective.items() if k not in EXCLUDED_PARAMS), body)
    expected_message = canonical_string(got.path, effective, body)
    expected = _digest(secret, expected_message)
    received = got.sign
    matched: tuple[Cause, ...] = ()
    signed: Attempt | None = None
    if not received:
        matched = (MISSING,)
    elif received.lower() == expected:
        matched, signed = (UPPERCASE,), base
    else:
        for causes, attempt in _candidates(base, got):
            if hmac.compare_digest(_digest(secret, attempt.message()), received.lower()):
                matched, signed = causes, attempt
                if received != received.lower():
                    matched = (*matched, UPPERCASE)
                break
        else:
            matched = (WRONG_SECRET,)
    mask = _masker(app_secret, got.token, hidden)
    summary = "; ".join(f"{cause.title}: {cause.fix}" for cause in matched)
    return Explanation(
        expected=expected,
        received=received,
        path=mask(got.path),
        params=tuple((key, mask(value)) for key, value in base.params),
        body=mask(body.decode("utf-8", "backslashreplace")),
        canonical=f"{SECRET_MASK}{mask(_text(expected_message))}{SECRET_MASK}",
        causes=tuple(cause.key for cause in matched),
        summary=summary,
        signed=None if signed is None else f"{SECRET_MASK}{mask(_shown(signed, got))}{SECRET_MASK}",
    )


def _text(message: bytes) -> str:
    return message.decode("utf-8", "backslashreplace")


def _shown(attempt: Attempt, got: Received) -> str:
    """A reproduced string to sign as text; a multipart body (binary, often large) by its size only."""
    if got.multipart and attempt.body:
        return _text(Attempt(attempt.path, attempt.params, b"").message()) + multipart_placeholder(attempt.body)
    return _text(attempt.message())


def multipart_placeholder(body: bytes) -> str:
    return f"{{multipart body, {len(body)} bytes}}"


def _masker(app_secret: str, token: str, hidden: Iterable[str]) -> Callable[[str], str]:
    """Replace the secret and the tokens wherever they occur (a query or a body can carry them)."""
    masks = [(app_secret, SECRET_MASK), *([(token, TOKEN_MASK)] if token else []), *((h, ISSUED_MASK) for h in hidden)]

    def mask(text: str) -> str:
        for secret, shown in masks:
            if secret and secret in text:
                text = text.replace(secret, shown)
        return text

    return mask

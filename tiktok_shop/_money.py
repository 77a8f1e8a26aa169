"""Money as TikTok sends it: amounts are decimal strings on the wire (``"12.50"``), ``Decimal`` in models.

A float would turn ``"0.10"`` into ``0.1000000000000000055...``; a ``Decimal`` keeps the digits TikTok
sent, and dumps back to the same string. Requests take a ``Decimal`` or a decimal string and send
exactly that string (a float is refused: it has already lost digits). Spec fields marked
``format: decimal`` get these types from the generator.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, PlainSerializer

__all__ = ["DecimalAmount", "DecimalAmountInput"]


def _received(value: Any) -> Any:
    """What is not a decimal may still be no amount: TikTok's empty string."""
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _sent(value: Any) -> Any:
    """An amount for a request, checked: a finite ``Decimal``, or a string that reads as one."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError("an amount must be a finite number")
        return value
    if isinstance(value, str):
        try:
            parsed = Decimal(value)
        except InvalidOperation:
            raise ValueError(f"not a decimal amount: {value!r}") from None
        if not parsed.is_finite():
            raise ValueError("an amount must be a finite number")
        return value  # sent exactly as given
    raise ValueError("an amount is a Decimal or a decimal string (a float has already lost digits)")


DecimalAmount = Annotated[
    Decimal | Annotated[None, BeforeValidator(_received)],
    Field(union_mode="left_to_right"),  # Decimal first: the blank check runs only when that fails
    PlainSerializer(str, return_type=str, when_used="json-unless-none"),
]
"""An amount in a response: ``Decimal`` (``None`` when TikTok sends an empty string); dumps to JSON as a string."""

DecimalAmountInput = Annotated[Decimal | str, BeforeValidator(_sent), PlainSerializer(str, return_type=str)]
"""An amount in a request: a ``Decimal`` or a decimal string, sent as that exact string."""

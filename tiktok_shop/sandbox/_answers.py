"""Answers as full as TikTok's: every documented field present, no undeclared one, from the schema.

Handlers and canned samples give what they know (ids, states, times); a :class:`Shape`, built
from the operation's response schema in the bundled spec, completes it: each documented field
left out gets the value of TikTok's documented sample at the same place, or a realistic value
made from the schema (:func:`example`); a field the schema does not declare is dropped, so the
sandbox never teaches one. A field set to ``None`` is one TikTok leaves out in that state (a
``cancel_reason`` on an order nobody cancelled): it is omitted, not filled. New fields in the
spec flow into every answer without code.

Where TikTok's wire spellings differ between its sources, the spec names the others on the
property (``x-tts-wire-names``: category attributes' ``is_requried``) and the shape sends every
spelling with one value, read from whichever the handler or sample gave.
"""

from __future__ import annotations

from typing import Any

from ._examples import example, resolve

__all__ = ["Shape"]

_MISSING: Any = object()


class Shape:
    """What TikTok sends for one schema: its declared fields, and a value for each one left out."""

    __slots__ = (
        "_default", "_item", "_name", "_plan", "_sample", "_schema", "_seen", "_spec", "_spellings", "deep", "kind"
    )  # fmt: skip

    def __init__(
        self,
        spec: dict[str, Any],
        schema: dict[str, Any],
        sample: Any = None,
        name: str = "",
        seen: tuple[str, ...] = (),
    ) -> None:
        self._spec, self._schema, self._sample, self._name, self._seen = spec, schema, sample, name, seen
        resolved, _ = resolve(spec, schema, seen)
        self.kind: str = resolved.get("type", "object")
        free = self.kind == "object" and not resolved.get("properties")
        self.deep = self.kind == "array" or (self.kind == "object" and not free)
        self._item: Shape | None = None
        self._default: Any = _MISSING
        self._plan: tuple[dict[str, Any], dict[str, Shape]] | None = None
        self._spellings: dict[str, tuple[str, ...]] = {}

    def _items(self) -> Shape:
        if self._item is None:
            resolved, seen = resolve(self._spec, self._schema, self._seen)
            sample = self._sample[0] if isinstance(self._sample, list) and self._sample else None
            self._item = Shape(self._spec, resolved.get("items") or {"type": "string"}, sample, self._name, seen)
        return self._item

    @property
    def default(self) -> Any:
        """The value sent when nothing else is known: the sample's, else one made from the schema.

        Shared between answers: callers that change an answer copy it first.
        """
        if self._default is _MISSING:
            if self._sample is not None:
                self._default = self.complete(self._sample)
            else:
                self._default = self.complete(example(self._spec, self._schema, self._name, seen=self._seen))
        return self._default

    def complete(self, value: Any) -> Any:
        """``value`` with every declared field present (``None`` ones omitted) and no other."""
        if not self.deep:
            return value
        if self.kind == "array":
            if not isinstance(value, list):
                return value
            item = self._items()
            return [item.complete(v) for v in value] if item.deep else value
        if not isinstance(value, dict):
            return value
        defaults, by_key = self._object_plan()
        out = defaults.copy()  # every declared field, in the schema's order; given ones replace theirs
        for spelled, given in value.items():
            key = self._spellings.get(spelled, (spelled,))[0]
            shape = by_key.get(key)
            if shape is None:
                continue  # not declared: never sent
            if given is None:
                del out[key]
            else:
                out[key] = shape.complete(given) if shape.deep else given
        for key, spellings in self._spellings.items():
            if key == spellings[0] and key in out:
                for wire in spellings[1:]:
                    out[wire] = out[key]
        return out

    def _object_plan(self) -> tuple[dict[str, Any], dict[str, Shape]]:
        """The defaults of every declared field, and the fields' shapes by name (built once)."""
        if self._plan is None:
            resolved, seen = resolve(self._spec, self._schema, self._seen)
            sample = self._sample if isinstance(self._sample, dict) else {}
            properties = resolved.get("properties") or {}
            for key, sub in properties.items():
                spellings = (key, *sub.get("x-tts-wire-names", ()))
                if len(spellings) > 1:  # every spelling maps to the declared name first
                    self._spellings.update(dict.fromkeys(spellings, spellings))
            fields = {
                key: Shape(self._spec, sub, _spelled(sample, self._spellings.get(key, (key,))), key, seen)
                for key, sub in properties.items()
            }
            self._plan = ({key: shape.default for key, shape in fields.items()}, fields)
        return self._plan


def _spelled(sample: dict[str, Any], spellings: tuple[str, ...]) -> Any:
    """The sample's value of a field under whichever of its spellings the sample uses."""
    return next((sample[name] for name in spellings if name in sample), None)

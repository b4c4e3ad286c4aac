"""How records are told apart across pages: the id field, integer ids compared by value.

Both the stream and the export drop records they delivered already, and the export checks
that consecutive pages overlap; both compare ids as :class:`RecordIds` reads them.
"""

from __future__ import annotations

import re
import typing
from typing import Any

import attrs

from .. import _wire
from ._page import ModelSource, ResumePoint, model_of

__all__ = ["RecordIds", "int_key"]

# An id the spec types as an integer may arrive as a number or as its decimal text; both
# compare by value. The bound keeps int() off absurd strings (Python refuses > 4300 digits).
_DECIMAL = re.compile(r"[+-]?[0-9]{1,40}")


class RecordIds:
    """Reads a record's id from its wire JSON (a dict), as pages are compared by it.

    Attributes:
        field: The wire key that holds the id, or None when records have no id.
    """

    __slots__ = ("_integer", "_model", "field")

    def __init__(
        self, model: ModelSource[Any], field: str | None, integer: bool | None = None
    ) -> None:
        self.field: str | None = field
        self._model = model
        # Known from the spec when given; otherwise read from the model when first needed.
        self._integer = integer if field is not None else False

    @property
    def integer(self) -> bool:
        """Whether the id field is an integer in the spec (its ids are then compared by
        value: ``42``, ``"42"`` and ``42.0`` are one id)."""
        if self._integer is None:
            self._integer = _integer_field_cached(model_of(self._model), self.field)
        return self._integer

    def to_id(self, value: object) -> object:
        """The id that ``value`` (a record's id field, as received) stands for."""
        return _int_id(value) if self.integer else _plain_id(value)

    def of(self, record: Any) -> object:
        """The record's id; None when the record has none."""
        field = self.field
        if field is None or not isinstance(record, dict):
            return None
        value = record.get(field)
        # An integer is its own id under both rules: no need to know which one applies.
        return value if type(value) is int else self.to_id(value)

    def seen(self, start: ResumePoint | None) -> set[object]:
        """The ids that ``start`` says were delivered last (empty without a point)."""
        ids = {self.to_id(i) for i in start.seen_ids} if start else set()
        ids.discard(None)
        return ids


def _int_id(value: object) -> object:
    """An integer id's value (``42``, ``"42"`` and ``42.0`` alike); other text as it is."""
    if type(value) is int:
        return value
    if isinstance(value, str):
        text = value.strip()
        return int(text) if _DECIMAL.fullmatch(text) else value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    return None


def _plain_id(value: object) -> object:
    return value if isinstance(value, str | int) and not isinstance(value, bool) else None


def int_key(value: object) -> int | None:
    """``value`` as an integer id, or None when it is not one."""
    key = _int_id(value)
    return key if type(key) is int else None


def _integer_field(model: type, wire_name: str | None) -> bool:
    """Whether ``model`` types the field sent as ``wire_name`` as an integer (the models
    are generated from the spec, so this is what the spec says)."""
    if wire_name is None or not attrs.has(model):
        return False
    try:
        hints = typing.get_type_hints(model)
    except (NameError, TypeError):
        return False
    for field in attrs.fields(model):
        if field.metadata.get(_wire.WIRE_NAME, field.name) == wire_name:
            hint = hints.get(field.name)
            return hint is int or int in typing.get_args(hint)
    return False


_INTEGER_FIELDS: dict[tuple[type, str | None], bool] = {}


def _integer_field_cached(model: type, wire_name: str | None) -> bool:
    key = (model, wire_name)
    known = _INTEGER_FIELDS.get(key)
    if known is None:
        known = _INTEGER_FIELDS[key] = _integer_field(model, wire_name)
    return known

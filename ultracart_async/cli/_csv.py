"""CSV rows from wire JSON records: a stable header derived from the models.

Columns, in this order:

1. every scalar field of the record's model (strings, numbers, booleans, timestamps), by
   its wire name, in the model's (alphabetical) order;
2. for customers, the first billing and the first shipping address flattened into
   ``billing_<field>`` and ``shipping_<field>`` columns;
3. every list or object field (all addresses, cards, tags, properties, ...) as JSON text,
   in a column of its own;
4. ``extra_fields``: the keys the SDK does not know yet, as one JSON object, so nothing the
   API sent is dropped.

Values are written as received: booleans as ``true``/``false``, absent fields empty, and a
value of an unexpected type (a list where a string belongs) as JSON text.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping, Sequence
from datetime import datetime
from types import UnionType
from typing import Any

import attrs
import orjson

__all__ = ["CsvLayout"]

_SCALARS = (str, int, float, bool, datetime)


def _is_scalar(hint: Any) -> bool:
    if isinstance(hint, UnionType) or typing.get_origin(hint) is typing.Union:
        return all(a is type(None) or _is_scalar(a) for a in typing.get_args(hint))
    return hint in _SCALARS


def _wire_fields(model: type) -> list[tuple[str, bool]]:
    """(wire name, is scalar) for every field of an attrs model, in declaration order."""
    hints = typing.get_type_hints(model)
    out = []
    for field in attrs.fields(model):
        if not field.init or field.name == "extra_fields" or field.name.startswith("_"):
            continue
        wire = field.metadata.get("wire_name", field.name)
        out.append((wire, _is_scalar(hints[field.name])))
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    return orjson.dumps(value).decode()


class CsvLayout:
    """The header and row builder for one model (plus flattened sub-objects)."""

    def __init__(self, model: type, flatten: Sequence[tuple[str, type]] = ()) -> None:
        fields = _wire_fields(model)
        self._scalars = [name for name, scalar in fields if scalar]
        self._objects = [name for name, scalar in fields if not scalar]
        self._known = {name for name, _ in fields}
        self._flatten = [
            (key, [name for name, scalar in _wire_fields(sub) if scalar]) for key, sub in flatten
        ]
        header = list(self._scalars)
        for key, names in self._flatten:
            header.extend(f"{key}_{name}" for name in names)
        header.extend(self._objects)
        header.append("extra_fields")
        if len(set(header)) != len(header):
            raise RuntimeError(f"CSV columns of {model.__name__} collide")  # pragma: no cover
        self.header = header

    def row(self, record: Mapping[str, Any]) -> list[str]:
        """One CSV row for a wire JSON record."""
        row = [_cell(record.get(name)) for name in self._scalars]
        for key, names in self._flatten:
            first = record.get(key)
            item = first[0] if isinstance(first, list) and first else None
            if not isinstance(item, Mapping):
                item = {}
            row.extend(_cell(item.get(name)) for name in names)
        row.extend(_cell(record.get(name)) for name in self._objects)
        extra = {k: v for k, v in record.items() if k not in self._known}
        row.append(orjson.dumps(extra).decode() if extra else "")
        return row

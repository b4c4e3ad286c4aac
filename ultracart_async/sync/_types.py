"""Column types that mean the same in both databases: instants, and the wire JSON.

* :class:`Instant` stores a point in time that compares as an instant. UltraCart sends
  ``2016-04-07T14:07:36-04:00``; compared as text, ``10:00-04:00`` would sort before
  ``13:00+00:00`` although it is an hour later. PostgreSQL stores ``timestamptz``; SQLite
  stores UTC as fixed-width text (``2016-04-07 18:07:36.000000``), whose text order is
  time order.
* :class:`WireJSON` stores the record's JSON, serialised once by the sync: ``JSONB`` in
  PostgreSQL, JSON text in SQLite.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine, UserDefinedType

__all__ = ["Instant", "WireJSON", "parse_instant"]


def parse_instant(value: object) -> datetime | None:
    """An ISO 8601 timestamp from the API as an aware UTC datetime; None when absent or
    unreadable (a timestamp without an offset is read as UTC)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


class Instant(TypeDecorator[datetime]):
    """An aware datetime, stored so that the database compares instants (see module doc)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"an instant needs a UTC offset, got {value.isoformat()}")
        value = value.astimezone(UTC)
        # SQLite has no time zones: store naive UTC, the same fixed-width text for all rows.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class _JSONB(UserDefinedType[str]):
    """PostgreSQL's ``JSONB``, bound from text the sync already serialised (no second pass)."""

    cache_ok = True

    def get_col_spec(self, **kw: Any) -> str:
        return "JSONB"


class WireJSON(TypeDecorator[str]):
    """The record's JSON text: ``JSONB`` in PostgreSQL, ``TEXT`` in SQLite."""

    impl = sa.Text
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(_JSONB())
        return dialect.type_descriptor(sa.Text())

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        # asyncpg may hand JSONB back decoded, depending on the codecs SQLAlchemy set up.
        if value is None or isinstance(value, str):
            return value
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()

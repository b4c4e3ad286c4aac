"""Writing one page of customers: newer-or-equal wins, and every row is counted.

For each record of a page the stored row (if any) is read first, in the same transaction:

* no stored row: **inserted**;
* the incoming ``last_modified_dts`` is older than the stored one: **skipped** (a later
  version is already stored);
* the same content as stored (by hash) and not marked deleted: **unchanged**, not written;
* otherwise **updated**, which includes an equal ``last_modified_dts`` with other content:
  UltraCart stamps whole seconds, so two changes in one second carry the same stamp, and the
  version fetched later is the later one. A row marked deleted that comes back is live again.

The upsert's own ``WHERE`` repeats the rule, so no write can ever replace a newer version.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import attrs
import orjson
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection

from .._text import printable
from ._schema import CUSTOMERS
from ._types import parse_instant

__all__ = ["PageCounts", "Row", "prepare_ids", "prepare_rows", "write_rows"]

logger = logging.getLogger("ultracart_async.sync")

_OID = "customer_profile_oid"


@attrs.define
class PageCounts:
    """What writing some records did."""

    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped_older: int = 0

    def add(self, other: PageCounts) -> None:
        """Add ``other``'s counts to these."""
        self.inserted += other.inserted
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.skipped_older += other.skipped_older


def _oid(value: object) -> int | None:
    # The spec types the oid as an integer; some servers send digits as a string.
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None


@attrs.frozen
class Row:
    """One customer ready to write: the keyed columns, and its JSON as UTF-8 bytes (bound
    as bytes and made text by the database, so the ~4 KB body is never decoded in Python)."""

    oid: int
    email: str | None
    merchant_id: str | None
    signup_dts: datetime | None
    last_modified_dts: datetime | None
    data: bytes
    data_hash: str


def prepare_rows(records: Iterable[Any]) -> dict[int, Row]:
    """The rows to write for ``records``, by oid (the last of duplicates wins).

    A record without a usable ``customer_profile_oid`` cannot be keyed: it is logged and
    left out.
    """
    rows: dict[int, Row] = {}
    for record in records:
        oid = _oid(record.get(_OID)) if isinstance(record, dict) else None
        if oid is None:
            shown = record.get(_OID) if isinstance(record, dict) else type(record).__name__
            logger.warning(
                "skipping a record without a customer_profile_oid: %s", printable(repr(shown), 80)
            )
            continue
        body = orjson.dumps(record, option=orjson.OPT_SORT_KEYS)
        email = record.get("email")
        merchant = record.get("merchant_id")
        rows[oid] = Row(
            oid=oid,
            email=email if isinstance(email, str) else None,
            merchant_id=merchant if isinstance(merchant, str) else None,
            signup_dts=parse_instant(record.get("signup_dts")),
            last_modified_dts=parse_instant(record.get("last_modified_dts")),
            data=body,
            # SHA-256 (hardware-assisted on current CPUs, faster than blake2b here), 128 bits.
            data_hash=hashlib.sha256(body).hexdigest()[:32],
        )
    return rows


def prepare_ids(records: Iterable[Any]) -> list[int]:
    """The distinct ``customer_profile_oid`` values of ``records``."""
    ids = {_oid(r.get(_OID)) for r in records if isinstance(r, dict)}
    ids.discard(None)
    return sorted(i for i in ids if i is not None)


def _upsert_statement(dialect: str) -> Any:
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    # `data` arrives as UTF-8 bytes: the database makes it text (and PostgreSQL, JSONB).
    data: Any = sa.bindparam("data", type_=sa.LargeBinary)
    if dialect == "postgresql":
        utf8 = sa.literal_column("'UTF8'", sa.Text)
        data = sa.cast(sa.func.convert_from(data, utf8), postgresql.JSONB)
    else:
        data = sa.cast(data, sa.Text)
    values = {c.name: sa.bindparam(c.name, type_=c.type) for c in CUSTOMERS.columns}
    stmt = insert(CUSTOMERS).values({**values, "data": data})
    excluded = stmt.excluded
    keep = {_OID, "first_seen_run"}
    table_lm, new_lm = CUSTOMERS.c.last_modified_dts, excluded.last_modified_dts
    return stmt.on_conflict_do_update(
        index_elements=[CUSTOMERS.c.customer_profile_oid],
        set_={c.name: excluded[c.name] for c in CUSTOMERS.columns if c.name not in keep},
        where=sa.or_(table_lm.is_(None), new_lm.is_(None), new_lm >= table_lm),
    )


#: The upsert's SQL, compiled once per dialect.
_UPSERTS: dict[str, str] = {}
#: The order of its parameters, which :func:`_upsert` builds as plain tuples.
_ORDER = (
    *(_OID, "email", "merchant_id", "signup_dts", "last_modified_dts", "data", "data_hash"),
    *("first_seen_run", "synced_at", "deleted_at"),
)


def _compiled(dialect: Dialect) -> str:
    found = _UPSERTS.get(dialect.name)
    if found is None:
        compiled = _upsert_statement(dialect.name).compile(dialect=dialect)
        order = tuple(compiled.positiontup or ())
        if order != _ORDER:  # the compiler keeps the table's column order
            raise RuntimeError(f"the upsert's parameters came out as {order}, not {_ORDER}")
        found = _UPSERTS[dialect.name] = str(compiled)
    return found


def _driver_instant(value: datetime | None, dialect: str) -> Any:
    """What the driver takes for an instant: ``Instant``'s own form, made here because the
    upsert bypasses SQLAlchemy's per-value processing (a bulk sync writes millions). For
    SQLite that is SQLAlchemy's fixed-width UTC text, ``2016-04-07 18:07:36.000000``."""
    if value is None or dialect != "sqlite":
        return value
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


async def _upsert(conn: AsyncConnection, writes: list[Row], run_id: int, now: datetime) -> None:
    dialect = conn.dialect
    sql = _compiled(dialect)
    name = dialect.name
    # Equal for every row of the page: made once.
    page = (run_id, _driver_instant(now, name), None)
    params = [
        (
            w.oid,
            w.email,
            w.merchant_id,
            _driver_instant(w.signup_dts, name),
            _driver_instant(w.last_modified_dts, name),
            w.data,
            w.data_hash,
            *page,
        )
        for w in writes
    ]
    await conn.exec_driver_sql(sql, params)


async def write_rows(
    conn: AsyncConnection,
    rows: dict[int, Row],
    *,
    run_id: int,
    now: datetime,
) -> PageCounts:
    """Upsert ``rows`` inside the caller's transaction; return what happened to each."""
    counts = PageCounts()
    if not rows:
        return counts
    c = CUSTOMERS.c
    query = sa.select(c.customer_profile_oid, c.last_modified_dts, c.data_hash, c.deleted_at).where(
        c.customer_profile_oid.in_(list(rows))
    )
    stored = {oid: (lm, digest, deleted) for oid, lm, digest, deleted in await conn.execute(query)}
    writes = []
    for oid, row in rows.items():
        old = stored.get(oid)
        if old is None:
            counts.inserted += 1
        else:
            old_lm, old_hash, deleted = old
            new_lm = row.last_modified_dts
            if old_lm is not None and new_lm is not None and new_lm < old_lm:
                counts.skipped_older += 1
                continue
            if old_hash == row.data_hash and deleted is None:
                counts.unchanged += 1
                continue
            counts.updated += 1
        writes.append(row)
    if writes:
        await _upsert(conn, writes, run_id, now)
    return counts

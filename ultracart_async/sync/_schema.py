"""The sync's tables, its schema version, and the checks made before anything is written.

* ``ultracart_customers``: one row per customer, keyed by ``customer_profile_oid``.
* ``ultracart_sync_runs``: one row per run (mode, expansion set, counts, requests, marks).
* ``ultracart_sync_meta``: the schema version and the store's identity.
* ``ultracart_sync_seen``: the ids a reconcile walk met, until the walk completes.

The tables are created on first use, in the same transaction as the first page. A database
whose schema is newer than this code, or which holds a table of one of these names with
other columns, is refused before anything is touched.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs
import orjson
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from ._errors import SchemaMismatchError
from ._types import Instant, WireJSON

__all__ = [
    "CUSTOMERS",
    "META",
    "RUNS",
    "SCHEMA_VERSION",
    "SEEN",
    "SchemaState",
    "create_schema",
    "read_schema",
]

#: The version of the tables below; a database with a higher one is refused.
SCHEMA_VERSION = 1

metadata = sa.MetaData()

CUSTOMERS = sa.Table(
    "ultracart_customers",
    metadata,
    sa.Column("customer_profile_oid", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("email", sa.Text, index=True),
    sa.Column("merchant_id", sa.Text),
    sa.Column("signup_dts", Instant),
    sa.Column("last_modified_dts", Instant),
    # The wire JSON, keys sorted, with the expansions of the run that wrote it.
    sa.Column("data", WireJSON, nullable=False),
    # SHA-256 of `data`, first 128 bits: tells "unchanged" from "updated" without reading it.
    sa.Column("data_hash", sa.String(32), nullable=False),
    # The run that inserted the row: a reconcile walk never marks rows first seen after it.
    sa.Column("first_seen_run", sa.Integer, nullable=False),
    sa.Column("synced_at", Instant, nullable=False),
    sa.Column("deleted_at", Instant),
)

RUNS = sa.Table(
    "ultracart_sync_runs",
    metadata,
    sa.Column("run_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("mode", sa.String(16), nullable=False),
    sa.Column("outcome", sa.String(16), nullable=False),
    sa.Column("expand", sa.Text, nullable=False),
    sa.Column("started_at", Instant, nullable=False),
    sa.Column("finished_at", Instant),
    sa.Column("since", sa.Text),
    sa.Column("server_date", Instant),
    sa.Column("safety_margin_seconds", sa.Integer, nullable=False),
    sa.Column("high_water_mark", Instant),
    sa.Column("page_size", sa.Integer, nullable=False),
    sa.Column("resume_point", sa.Text),
    sa.Column("records", sa.Integer, nullable=False, default=0),
    sa.Column("inserted", sa.Integer, nullable=False, default=0),
    sa.Column("updated", sa.Integer, nullable=False, default=0),
    sa.Column("unchanged", sa.Integer, nullable=False, default=0),
    sa.Column("skipped_older", sa.Integer, nullable=False, default=0),
    sa.Column("marked_deleted", sa.Integer, nullable=False, default=0),
    sa.Column("pages", sa.Integer, nullable=False, default=0),
    sa.Column("requests", sa.Integer, nullable=False, default=0),
    sa.Column("host", sa.Text),
    sa.Column("pid", sa.Integer),
    sa.Column("error", sa.Text),
)

META = sa.Table(
    "ultracart_sync_meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

SEEN = sa.Table(
    "ultracart_sync_seen",
    metadata,
    sa.Column("run_id", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("customer_profile_oid", sa.BigInteger, primary_key=True, autoincrement=False),
)

_TABLES = (META, CUSTOMERS, RUNS, SEEN)


@attrs.frozen(kw_only=True)
class SchemaState:
    """What the database holds before a run.

    Attributes:
        exists: Whether the sync's tables exist (a fresh database: False).
        base_url: The store's base URL recorded by the first run.
        merchant_id: The store's merchant id recorded by the first page with a record.
        expand: The expansion set of the data (that of the last completed full run).
    """

    exists: bool = False
    base_url: str | None = None
    merchant_id: str | None = None
    expand: tuple[str, ...] | None = None


def table_columns(sync_conn: sa.Connection, tables: Sequence[sa.Table]) -> dict[str, set[str]]:
    """The column names of each of ``tables`` that exists (for ``conn.run_sync``)."""
    inspector = sa.inspect(sync_conn)
    names = set(inspector.get_table_names())
    return {
        table.name: {c["name"] for c in inspector.get_columns(table.name)}
        for table in tables
        if table.name in names
    }


def other_shape(found: dict[str, set[str]], tables: Sequence[sa.Table]) -> str | None:
    """The first of ``tables`` found with other columns than its own, said in a sentence
    for an error message, or None if every one found has its own shape."""
    for table in tables:
        have = found.get(table.name)
        want = {c.name for c in table.columns}
        if have is not None and have != want:
            extra, missing = sorted(have - want), sorted(want - have)
            return (
                f"the table {table.name} exists with another shape (extra columns: "
                f"{', '.join(extra) or 'none'}; missing: {', '.join(missing) or 'none'})"
            )
    return None


async def read_schema(conn: AsyncConnection) -> SchemaState:
    """Check the tables' shapes and version, and read the store's identity (no writes).

    Raises :class:`SchemaMismatchError` for a newer schema or a table of another shape.
    """
    found = await conn.run_sync(table_columns, _TABLES)
    if not found:
        return SchemaState()
    mismatch = other_shape(found, _TABLES)
    if mismatch is not None:
        raise SchemaMismatchError(
            f"{mismatch}; it was not made by this sync, so it is left untouched: "
            "use another database"
        )
    if META.name not in found:
        raise SchemaMismatchError(
            f"the table(s) {', '.join(sorted(found))} exist without {META.name}: they were "
            "not made by this sync, so they are left untouched; use another database"
        )
    result = await conn.execute(sa.select(META.c.key, META.c.value))
    rows = {str(key): str(value) for key, value in result}
    return _state(rows)


def _state(rows: dict[str, str]) -> SchemaState:
    raw_version = rows.get("schema_version", "")
    if not raw_version.isdigit():
        raise SchemaMismatchError(
            f"{META.name} has no readable schema_version ({raw_version[:40]!r}); refusing to "
            "touch a database whose version is unknown"
        )
    version = int(raw_version)
    if version > SCHEMA_VERSION:
        raise SchemaMismatchError(
            f"the database holds sync schema version {version}, newer than this version of "
            f"ultracart-async knows ({SCHEMA_VERSION}); upgrade ultracart-async"
        )
    expand = rows.get("expand")
    return SchemaState(
        exists=True,
        base_url=rows.get("base_url"),
        merchant_id=rows.get("merchant_id"),
        expand=tuple(orjson.loads(expand)) if expand is not None else None,
    )


async def create_schema(conn: AsyncConnection) -> None:
    """Create the missing tables and record the schema version (inside the caller's
    transaction: both databases roll DDL back with it)."""
    await conn.run_sync(metadata.create_all)
    if conn.dialect.name == "postgresql":
        await _pg_compress_lz4(conn)
    await set_meta(conn, schema_version=str(SCHEMA_VERSION))


async def _pg_compress_lz4(conn: AsyncConnection) -> None:
    # STORAGE MAIN: a customer's JSONB compresses to about 2.6 KB, just over the 2 KB at
    # which PostgreSQL would move it out of line into the TOAST table (an extra row and
    # index entry there per customer); MAIN keeps it compressed in the row, and still
    # moves it out of line when a row would not fit a page. Measured: 10-30% less server
    # CPU per customer written.
    table = CUSTOMERS.name
    await conn.execute(sa.text(f"ALTER TABLE {table} ALTER COLUMN data SET STORAGE MAIN"))
    # lz4 compresses the JSON several times faster than PostgreSQL's default pglz; use it
    # where the server was built with it (PostgreSQL 14 and later).
    supported = await conn.scalar(
        sa.text(
            "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
        )
    )
    if supported:
        await conn.execute(sa.text(f"ALTER TABLE {table} ALTER COLUMN data SET COMPRESSION lz4"))


async def set_meta(conn: AsyncConnection, **values: Any) -> None:
    """Write ``key = value`` rows of ``ultracart_sync_meta`` (inside the caller's transaction)."""
    for key, value in values.items():
        updated = await conn.execute(
            sa.update(META).where(META.c.key == key).values(value=str(value))
        )
        if updated.rowcount == 0:
            await conn.execute(sa.insert(META).values(key=key, value=str(value)))

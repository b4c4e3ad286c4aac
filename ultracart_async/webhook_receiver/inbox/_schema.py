"""The inbox's tables, its schema version, and their creation on first use.

* ``ultracart_inbox_deliveries``: one row per delivery committed: the raw body as received,
  when it arrived, and the headers that matter (never ``Authorization`` or ``Cookie``).
* ``ultracart_inbox_events``: one row per event, keyed by its dedupe key, with its state
  (``pending``, ``running``, ``done``, ``dead``), attempts, lease and last error.
* ``ultracart_inbox_meta``: the schema version.

``due_at`` is the one column the workers search: for a pending event, the time it may run
(its arrival, or the end of its retry backoff); for a running one, the end of its lease; for
a finished one, NULL. An event is due when ``due_at <= now``, so a claim reads one index in
order, and a finished event leaves it.
"""

from __future__ import annotations

from typing import Final

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from ultracart_async.sync._schema import other_shape, table_columns
from ultracart_async.sync._types import Instant

from ._errors import InboxSchemaError

__all__ = [
    "DELIVERIES",
    "EVENTS",
    "META",
    "SCHEMA_VERSION",
    "STATES",
    "ensure_schema",
]

#: The version of the tables below; a database with a higher one is refused.
SCHEMA_VERSION: Final = 1

#: An event's states, in the order of its life.
STATES: Final = ("pending", "running", "done", "dead")

# Why the variant: SQLite makes a column an alias of its rowid (an auto-increment key) only
# when it is declared exactly INTEGER PRIMARY KEY.
_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

metadata = sa.MetaData()

DELIVERIES = sa.Table(
    "ultracart_inbox_deliveries",
    metadata,
    sa.Column("delivery_id", _ID, primary_key=True, autoincrement=True),
    sa.Column("received_at", Instant, nullable=False),
    # The body exactly as received (gzip or base64 included): the workers parse it again.
    sa.Column("body", sa.LargeBinary, nullable=False),
    # A JSON object of the headers kept (see _accept.KEPT_HEADERS), names in lower case.
    sa.Column("headers", sa.Text, nullable=False),
    sa.Column("events", sa.Integer, nullable=False),
)

EVENTS = sa.Table(
    "ultracart_inbox_events",
    metadata,
    sa.Column("event_id", _ID, primary_key=True, autoincrement=True),
    sa.Column(
        "delivery_id", _ID, sa.ForeignKey(DELIVERIES.c.delivery_id), nullable=False, index=True
    ),
    sa.Column("event_index", sa.Integer, nullable=False),
    # For people and the CLI (cut to 200 characters); handlers get the event from the body.
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("object_id", sa.Text),
    sa.Column("dedupe_key", sa.LargeBinary(32), nullable=False, unique=True),
    sa.Column("state", sa.String(8), nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("due_at", Instant),
    # The claim's owner token: "done" and "failed" are written only by the token's holder.
    sa.Column("owner", sa.String(32)),
    # Who holds or last held the claim: host:pid, for people.
    sa.Column("worker", sa.Text),
    sa.Column("received_at", Instant, nullable=False),
    sa.Column("finished_at", Instant, index=True),
    sa.Column("last_error", sa.Text),
    sa.Index("ix_ultracart_inbox_events_due", "due_at", "event_id"),
)

META = sa.Table(
    "ultracart_inbox_meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

_TABLES: Final = (DELIVERIES, EVENTS, META)
# "UCAS" and "inbx" in ASCII: the lock that serialises creating the tables in PostgreSQL.
_PG_SCHEMA_LOCK: Final = (0x55434153, 0x696E6278)


def _check_shapes(found: dict[str, set[str]]) -> None:
    mismatch = other_shape(found, _TABLES)
    if mismatch is not None:
        raise InboxSchemaError(
            f"{mismatch}; it was not made by this inbox, so it is left untouched: "
            "use another database"
        )


async def _check_version(conn: AsyncConnection) -> bool:
    """Whether the recorded version is this one; raises if it is newer or unreadable."""
    raw = await conn.scalar(sa.select(META.c.value).where(META.c.key == "schema_version"))
    if raw is None:
        return False
    if not str(raw).isdigit():
        raise InboxSchemaError(
            f"{META.name} has no readable schema_version ({str(raw)[:40]!r}); refusing to "
            "touch a database whose version is unknown"
        )
    if int(raw) > SCHEMA_VERSION:
        raise InboxSchemaError(
            f"the database holds inbox schema version {raw}, newer than this version of "
            f"ultracart-async knows ({SCHEMA_VERSION}); upgrade ultracart-async"
        )
    return True


async def ensure_schema(conn: AsyncConnection) -> None:
    """Check the inbox's tables and create the missing ones, inside the caller's
    transaction (both databases roll DDL back with it).

    Raises :class:`InboxSchemaError` for a newer schema or a table of another shape.
    """
    if conn.dialect.name == "postgresql":
        # Two replicas starting together would both try CREATE TABLE; one waits here.
        await conn.execute(
            sa.text("SELECT pg_advisory_xact_lock(:a, :b)"),
            {"a": _PG_SCHEMA_LOCK[0], "b": _PG_SCHEMA_LOCK[1]},
        )
    found = await conn.run_sync(table_columns, _TABLES)
    _check_shapes(found)
    if len(found) == len(_TABLES) and await _check_version(conn):
        return
    await conn.run_sync(metadata.create_all)
    if not await _check_version(conn):
        await conn.execute(sa.insert(META).values(key="schema_version", value=str(SCHEMA_VERSION)))

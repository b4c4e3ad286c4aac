"""A ready handler: ``customer_*`` events applied to the tables of ``sync customers``.

Rules, the same as the sync's and never weaker:

* **Newer or equal wins**, compared on ``last_modified_dts`` as instants: an event older
  than the stored row (a late event) changes nothing.
* **Merge by key, never replace.** A webhook object carries the webhook's own expansion, not
  the sync's: the stored record's keys are kept and the event's keys laid over them, so a
  full record is never replaced by a partial one. A customer not stored yet is stored as the
  event has it, and the next incremental sync completes it.
* **Deletes leave a tombstone**: the row stays, with ``deleted_at`` set and its
  ``last_modified_dts`` one microsecond after the newest version seen. The sync's own rule
  then refuses every copy fetched before the delete (a late page, a late event): no copy
  can be newer than the delete, and none can be equal to the tombstone.

The handler is idempotent, as every inbox handler must be: running an event twice leaves the
row as running it once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, Final

import orjson
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from ultracart_async._closing import AsyncClosing
from ultracart_async._text import printable
from ultracart_async.sync import StoreMismatchError
from ultracart_async.sync._runs import utc_now
from ultracart_async.sync._schema import CUSTOMERS, META, RUNS, create_schema, read_schema
from ultracart_async.sync._types import parse_instant
from ultracart_async.sync._upsert import Row, prepare_rows, write_rows
from ultracart_async.sync._url import DatabaseURL, create_engine, parse_url

from .._events import WebhookEvent, shown_name
from .._router import WebhookRouter

__all__ = ["CustomerSyncHandler"]

logger: Final = logging.getLogger("ultracart_async.webhooks.inbox")

_TICK: Final = timedelta(microseconds=1)
_Stored = tuple[dict[str, Any], datetime | None, datetime | None]


class CustomerSyncHandler(AsyncClosing):
    """Applies ``customer_create``, ``customer_update`` and ``customer_delete`` events to
    the ``ultracart_customers`` table of ``sync customers`` (created if missing).

    Example::

        customers = CustomerSyncHandler("sqlite:///ultracart.db")
        customers.register(router)            # the three customer events
        ...
        await customers.aclose()              # at shutdown (or: async with customers:)
    """

    #: The events this handler applies.
    EVENTS: Final = ("customer_create", "customer_update", "customer_delete")

    def __init__(self, db: str, *, wall_clock: Callable[[], datetime] = utc_now) -> None:
        self.target: DatabaseURL = parse_url(db)
        self._now = wall_clock
        self._engine: AsyncEngine | None = None
        self._checked = False
        # The merchant the database mirrors, once known: it is recorded once and never
        # changes (a sync of another store is refused), so it need not be read per event.
        self._merchant: str | None = None
        self._lock = asyncio.Lock()

    def register(self, router: WebhookRouter) -> None:
        """Route the customer events of ``router`` to this handler."""
        router.add(self.EVENTS, self)

    async def __call__(self, event: WebhookEvent) -> None:
        """Apply one event (a router handler)."""
        raw = event.raw if isinstance(event.raw, dict) else None
        oid = event.object_id if isinstance(event.object_id, int) else None
        if raw is None or oid is None:
            logger.warning(
                "webhook event #%d %s carries no customer_profile_oid: nothing to apply",
                event.index,
                shown_name(event.name),
            )
            return
        await self._ready()
        async with self._engine_().begin() as conn:
            await self._check_store(conn, raw)
            stored = await self._stored(conn, oid)
            if event.name == "customer_delete":
                await self._tombstone(conn, oid, raw, stored)
            else:
                await self._merge(conn, oid, raw, stored)

    # ------------------------------------------------------------------ storage

    def _engine_(self) -> AsyncEngine:
        if self._engine is None:
            self._engine = create_engine(self.target)
        return self._engine

    async def _ready(self) -> None:
        """Check the sync's schema once (and create the tables in a fresh database)."""
        async with self._lock:
            if self._checked:
                return
            async with self._engine_().begin() as conn:
                state = await read_schema(conn)
                if not state.exists:
                    await create_schema(conn)
            self._checked = True

    async def _check_store(self, conn: AsyncConnection, raw: dict[str, Any]) -> None:
        """Refuse an event of another store than the one the database mirrors."""
        incoming = raw.get("merchant_id")
        if not isinstance(incoming, str):
            return
        mirrored = self._merchant
        if mirrored is None:
            found = await conn.scalar(sa.select(META.c.value).where(META.c.key == "merchant_id"))
            mirrored = self._merchant = str(found) if found else None
        if mirrored and incoming != mirrored:
            raise StoreMismatchError(
                f"the event is for merchant {printable(incoming, 40)!r}, but "
                f"{self.target.display} mirrors merchant {printable(str(mirrored), 40)!r}"
            )

    async def _stored(self, conn: AsyncConnection, oid: int) -> _Stored | None:
        c = CUSTOMERS.c
        query = (
            sa.select(c.data, c.last_modified_dts, c.deleted_at)
            .where(c.customer_profile_oid == oid)
            .with_for_update()
        )
        row = (await conn.execute(query)).first()
        if row is None:
            return None
        data, modified, deleted = row
        record = orjson.loads(data) if isinstance(data, str | bytes) else dict(data)
        return record, modified, deleted

    @staticmethod
    async def _first_seen(conn: AsyncConnection, stored: _Stored | None) -> int:
        if stored is not None:
            # The upsert keeps a stored row's first_seen_run: the value is never written.
            return 0
        # After every run so far: a reconcile walk under way never marks this row (it may
        # have passed its place before the row existed); the next walk covers it.
        latest = await conn.scalar(sa.select(sa.func.max(RUNS.c.run_id)))
        return int(latest or 0) + 1

    # ------------------------------------------------------------------ the rules

    async def _merge(
        self, conn: AsyncConnection, oid: int, raw: dict[str, Any], stored: _Stored | None
    ) -> None:
        incoming = parse_instant(raw.get("last_modified_dts"))
        record = raw
        if stored is not None:
            data, modified, _ = stored
            if modified is not None and (incoming is None or incoming < modified):
                logger.debug("customer %d: the stored row is newer than the event", oid)
                return
            record = {**data, **raw}
        rows = prepare_rows([record])
        first_seen = await self._first_seen(conn, stored)
        await write_rows(conn, rows, run_id=first_seen, now=self._now())

    async def _tombstone(
        self, conn: AsyncConnection, oid: int, raw: dict[str, Any], stored: _Stored | None
    ) -> None:
        incoming = parse_instant(raw.get("last_modified_dts"))
        record = raw
        modified: datetime | None = None
        if stored is not None:
            data, modified, deleted = stored
            if deleted is not None and (
                incoming is None or (modified is not None and modified > incoming)
            ):
                return  # already a tombstone at or after this delete
            record = {**data, **raw}
        seen = [t for t in (incoming, modified) if t is not None]
        stamp = (max(seen) if seen else self._now()) + _TICK
        row = prepare_rows([record])[oid]
        first_seen = await self._first_seen(conn, stored)
        await conn.execute(_tombstone_statement(conn, row, stamp, self._now(), first_seen))

    # ------------------------------------------------------------------ lifecycle

    async def aclose(self) -> None:
        """Close the database connections (the next event opens them again)."""
        engine, self._engine = self._engine, None
        self._checked = False
        self._merchant = None
        if engine is not None:
            await engine.dispose()

    def __repr__(self) -> str:
        return f"CustomerSyncHandler({self.target.display!r})"


def _tombstone_statement(
    conn: AsyncConnection, row: Row, stamp: datetime, now: datetime, first_seen: int
) -> Any:
    """The upsert of a tombstone, applied only over an older row."""
    insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    values = {
        "customer_profile_oid": row.oid,
        "email": row.email,
        "merchant_id": row.merchant_id,
        "signup_dts": row.signup_dts,
        "last_modified_dts": stamp,
        "data": row.data.decode(),
        "data_hash": row.data_hash,
        "first_seen_run": first_seen,
        "synced_at": now,
        "deleted_at": now,
    }
    statement = insert(CUSTOMERS).values(values)
    kept = {"customer_profile_oid", "first_seen_run"}
    lm = CUSTOMERS.c.last_modified_dts
    statement = statement.on_conflict_do_update(
        index_elements=[CUSTOMERS.c.customer_profile_oid],
        set_={name: statement.excluded[name] for name in values if name not in kept},
        where=sa.or_(lm.is_(None), lm < statement.excluded.last_modified_dts),
    )
    return statement

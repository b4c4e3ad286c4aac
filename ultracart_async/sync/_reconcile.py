"""The reconcile walk: find the customers UltraCart deleted, and mark them.

UltraCart publishes no feed of deleted customers, so the walk lists every id (no expansions,
200 a page: about N/195 requests with the export's overlap, as much as a full export without
expansions) with the same consistent export as a sync, and records each id it meets in
``ultracart_sync_seen``, page by page with the walk's progress.

Only a complete walk marks anything: in one transaction, every live row that the walk did
not meet gets ``deleted_at`` (rows are never removed). A row first seen after the walk began
(inserted by a later run while an interrupted walk waited) is exempt: the walk may have
passed its place before it existed. An interrupted walk marks nothing; the next
``reconcile=True`` run continues it from its resume point.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from ..pagination import Page, Pager
from ..resources.customers import CUSTOMERS_MAX_PAGE_SIZE
from ._phase import Phase
from ._runs import RunRow, utc_now
from ._schema import CUSTOMERS, SEEN
from ._upsert import PageCounts, prepare_ids

__all__ = ["WALK_PAGE_SIZE", "ReconcileWalk", "mark_unseen"]

#: Records per request of the walk: the most UltraCart allows.
WALK_PAGE_SIZE = CUSTOMERS_MAX_PAGE_SIZE


class ReconcileWalk(Phase):
    """The walk over every id, then the marking of what it did not meet."""

    marked: int = 0

    def pager(self) -> Pager[Any]:
        return self.uc.customers.list(page_size=WALK_PAGE_SIZE)

    def prepare(self, page: Page[Any]) -> list[int]:
        return prepare_ids(page.raw)

    async def write(self, conn: AsyncConnection, prepared: list[int], run: RunRow) -> PageCounts:
        if prepared:
            insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
            statement = insert(SEEN).on_conflict_do_nothing()
            await conn.execute(
                statement,
                [{"run_id": run.run_id, "customer_profile_oid": oid} for oid in prepared],
            )
        return PageCounts()

    async def complete(self, conn: AsyncConnection, run: RunRow) -> dict[str, Any]:
        assert run.run_id is not None
        self.marked = await mark_unseen(conn, run.run_id, utc_now())
        return {"marked_deleted": self.marked}


async def mark_unseen(conn: AsyncConnection, walk_id: int, now: datetime) -> int:
    """Mark deleted every live row first seen before walk ``walk_id`` that it did not
    meet; forget the walk's ids. Returns how many rows were marked."""
    c = CUSTOMERS.c
    met = sa.exists().where(
        SEEN.c.run_id == walk_id, SEEN.c.customer_profile_oid == c.customer_profile_oid
    )
    result = await conn.execute(
        sa.update(CUSTOMERS)
        .where(c.deleted_at.is_(None), c.first_seen_run < walk_id, ~met)
        .values(deleted_at=now)
    )
    await conn.execute(sa.delete(SEEN).where(SEEN.c.run_id == walk_id))
    return int(result.rowcount)

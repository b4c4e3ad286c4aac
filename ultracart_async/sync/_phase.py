"""One phase of a sync: an export whose every page is committed with the run's progress.

The sync run (full or incremental) and the reconcile walk both page with the consistent
export of :meth:`~ultracart_async.Pager.export` (overlap and verify), so rows shifting
under them are seen. Each page is written in one transaction together with the run's row
(counts, requests, and the export's resume point after that page). A crash at any moment
leaves the database at a page boundary that the run's row describes exactly; the next run
continues from that resume point, and the upserts make the one page fetched again harmless.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from datetime import datetime
from typing import Any

import attrs
from sqlalchemy.ext.asyncio import AsyncConnection

from .._text import printable
from ..client import UltraCartClient
from ..pagination import Export, Page, Pager, ResumePoint
from ._database import Database
from ._errors import StoreMismatchError
from ._result import SyncProgress
from ._runs import (
    RunRow,
    finish_run,
    insert_run,
    interrupt_run,
    save_progress,
    server_date,
    utc_now,
)
from ._schema import SchemaState, create_schema, set_meta
from ._upsert import PageCounts

__all__ = ["Phase"]


@attrs.frozen(kw_only=True)
class _Job:
    """One page to commit, with the export's state right after it."""

    page: Page[Any]
    prepared: Any
    resume_point: str | None
    requests: int


class Phase:
    """Drive one export into the database, page by page (subclasses say what a page writes).

    Attributes:
        run: The run, as committed so far.
        state: The schema state, as committed so far.
        counts: What this process's pages did.
        spent: Requests this process spent in this phase.
    """

    def __init__(
        self,
        *,
        db: Database,
        uc: UltraCartClient,
        state: SchemaState,
        run: RunRow,
        store_url: str,
        concurrency: int | None,
        on_progress: Callable[[SyncProgress], object] | None,
    ) -> None:
        self.db = db
        self.uc = uc
        self.state = state
        self.run = run
        self.store_url = store_url
        self.concurrency = concurrency
        self.on_progress = on_progress
        self.counts = PageCounts()
        self.records = 0
        self.pages = 0
        self.spent = 0
        self._base_requests = run.requests

    # -- what subclasses provide --------------------------------------------------------------

    def pager(self) -> Pager[Any]:
        """The listing this phase exports."""
        raise NotImplementedError

    def prepare(self, page: Page[Any]) -> Any:
        """What :meth:`write` needs from ``page``, computed before the transaction begins."""
        return page.raw

    async def write(self, conn: AsyncConnection, prepared: Any, run: RunRow) -> PageCounts:
        """Write a prepared page (inside the page's transaction); ``run`` is the pending
        progress, its ``run_id`` set."""
        raise NotImplementedError

    async def complete(self, conn: AsyncConnection, run: RunRow) -> dict[str, Any]:
        """Work of the final transaction; returns extra columns for the run's row."""
        return {}

    async def on_first_write(self, conn: AsyncConnection, now: datetime) -> None:
        """Writes that only the run's first transaction makes (before its row exists)."""

    # -- the loop -----------------------------------------------------------------------------

    async def execute(self) -> None:
        """Run the export to its end, committing every page; record an interruption.

        The commit of one page overlaps with the wait for the next (a pipeline one page
        deep): commits stay in page order, each with the progress up to its own page.
        """
        pager = self.pager()
        if self.run.resume_point is not None:
            pager = pager.resume_from(ResumePoint.from_json(self.run.resume_point))
        export = pager.export(concurrency=self.concurrency)
        writing: asyncio.Future[None] | None = None
        try:
            async with contextlib.aclosing(export.pages()) as pages:
                async for page in pages:
                    job = self._job(page, export)
                    if writing is not None:
                        await writing
                    writing = asyncio.ensure_future(self._commit(job))
            if writing is not None:
                await writing
            self._count_requests(export)
            await self._finish()
        except BaseException as exc:
            if writing is not None and not writing.done():
                # Let the commit in flight end (it is short); what it commits is consistent.
                with contextlib.suppress(BaseException):
                    await writing
            self._count_requests(export)
            await self._interrupted(exc)
            raise

    def _count_requests(self, export: Export[Any]) -> None:
        self.spent = export.stats.pages + export.stats.retries

    def _job(self, page: Page[Any], export: Export[Any]) -> _Job:
        """What committing ``page`` needs, taken now (the export moves on meanwhile)."""
        if self.run.server_date is None:
            self.run.server_date = server_date(page.response)  # before anything is written
        self._count_requests(export)
        point = export.resume_point
        return _Job(
            page=page,
            prepared=self.prepare(page),
            resume_point=point.to_json() if point is not None else None,
            requests=self._base_requests + self.spent,
        )

    async def _commit(self, job: _Job) -> None:
        run, page = self.run, job.page
        pending = attrs.evolve(
            run,
            counts=attrs.evolve(run.counts),
            records=run.records + len(page.raw),
            pages=run.pages + 1,
            requests=job.requests,
            resume_point=job.resume_point,
        )
        conn = await self.db.connection()
        with self.db.failures():
            async with conn.begin():
                if conn.dialect.name == "postgresql":
                    # Like SQLite's synchronous=NORMAL: the commit does not wait for the WAL
                    # flush. A server crash may undo the last commits, each together with
                    # the run's progress, so a rerun fetches those pages again.
                    await conn.exec_driver_sql("SET LOCAL synchronous_commit TO OFF")
                now = utc_now()
                state = await self._ensure_store(conn, page)
                if pending.run_id is None:
                    await self.on_first_write(conn, now)
                    await insert_run(conn, pending, now)
                counts = await self.write(conn, job.prepared, pending)
                pending.counts.add(counts)
                await save_progress(conn, pending)
        self.state = state
        self.run = pending
        self.counts.add(counts)
        self.records += len(page.raw)
        self.pages += 1
        self._report(page.total_records)

    async def _ensure_store(self, conn: AsyncConnection, page: Page[Any]) -> SchemaState:
        """Create the schema on first use and check the store's identity."""
        state = self.state
        if not state.exists:
            await create_schema(conn)
            await set_meta(conn, base_url=self.store_url)
            state = attrs.evolve(state, exists=True)
            state = attrs.evolve(state, base_url=self.store_url)
        merchants = {r.get("merchant_id") for r in page.raw if isinstance(r, dict)}
        merchants.discard(None)
        known = state.merchant_id
        if known is not None and merchants - {known}:
            other = sorted(str(m) for m in merchants - {known})[0]
            raise StoreMismatchError(
                f"{self.db.target.display} mirrors merchant {known}, and this store answers "
                f"with merchant {printable(other, 40)}: a sync against another store is refused"
            )
        if known is None and merchants:
            merchant = str(sorted(str(m) for m in merchants)[0])
            await set_meta(conn, merchant_id=merchant)
            state = attrs.evolve(state, merchant_id=merchant)
        return state

    def _report(self, total: int | None) -> None:
        if self.on_progress is None:
            return
        self.on_progress(
            SyncProgress(
                phase=self.run.mode,
                records=self.records,
                total=total,
                pages=self.pages,
                requests=self.spent,
            )
        )

    async def _finish(self) -> None:
        run = attrs.evolve(self.run, requests=self._base_requests + self.spent)
        conn = await self.db.connection()
        with self.db.failures():
            async with conn.begin():
                extra = await self.complete(conn, run)
                await finish_run(conn, run, now=utc_now(), **extra)
        self.run = run

    async def _interrupted(self, exc: BaseException) -> None:
        """Say in the run's row that it stopped. A crash leaves ``running`` instead, which
        the next run treats the same."""
        if self.run.run_id is None or not self.db.opened:
            return
        text = printable(f"{type(exc).__name__}: {exc}", 300)
        run = attrs.evolve(self.run, requests=self._base_requests + self.spent)
        # Best effort: the database itself may be what failed.
        with contextlib.suppress(Exception):
            conn = await self.db.connection()
            if conn.in_transaction():
                await conn.rollback()
            async with conn.begin():
                await interrupt_run(conn, run, text)

"""The export engine: the chain of pages the paging rule walks, with pages requested ahead.

:class:`ExportRun` is one run of an export. It is handed its collaborators (the walk: the
operation, how records are told apart, where to start; the export's settings; a function that
fetches and counts the page at an offset; the stats to keep) and knows nothing of the pager
or of the export in front of it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Any, Generic, TypeVar

from ._delivered import Delivered
from ._export_types import ExportSettings, ExportStats
from ._page import Page, ResumePoint
from ._rule import ProgressGuard, Stall, next_offset
from ._tasks import cancel_and_wait
from ._walk import Walk

__all__ = ["ExportRun"]

T = TypeVar("T")
logger = logging.getLogger("ultracart_async")


class ExportRun(Generic[T]):
    """One run of an export: the chain of pages the paging rule walks, the pages requested
    ahead of it, the overlap check with its refetches, and dedupe.

    The chain is what makes the export agree with the plain stream: each page's successor
    is the offset :func:`~ultracart_async.pagination._rule.next_offset` gives (less the
    overlap). Requesting ahead only guesses that the server's next pages take the same
    stride; a guess that misses is dropped (and after a few misses the export stops
    guessing), so the records delivered never depend on it.

    Attributes:
        point: Where to continue if the export stops; None before the first page is taken.
        started_at: When the export began (a resumed one: the interrupted one), for its
            follow-up ``since`` pass.
    """

    #: Refetches allowed since the last page that moved the export forward with a new
    #: record, before it gives up: rows shifting faster than the export can follow. Probing
    #: back doubles its distance each time, so one gap takes a handful.
    MAX_REFETCHES_WITHOUT_PROGRESS = 64

    #: Times the pages requested ahead missed the chain's next offset (the server's pages
    #: took another stride) after which the export stops requesting ahead.
    MAX_MISSED_GUESSES = 3

    def __init__(
        self,
        walk: Walk,
        settings: ExportSettings,
        fetch: Callable[[int], Awaitable[Page[T]]],
        stats: ExportStats,
        *,
        sort: str | None,
    ) -> None:
        self.walk = walk
        self.spec = walk.spec
        self.fetch = fetch
        self.stats = stats
        self.overlap = overlap = settings.overlap
        self.concurrency = settings.concurrency
        # Unordered delivery happens only with the overlap check off (see _deliver_early).
        self.in_order = settings.ordered or overlap > 0
        monotonic = _sorted_by_id(walk, sort)
        self.delivered: Delivered[T] = Delivered(
            walk.ids, overlap=overlap, monotonic=monotonic, in_order=self.in_order
        )
        self.delivered.start_from(walk.start_seen())
        # A resumed export keeps the start of the interrupted one, so its since pass also
        # covers what changed before the interruption.
        start = walk.start
        self.started_at = (start.started_at if start else None) or _now_iso()
        self.point: ResumePoint | None = None
        self.tasks: dict[int, asyncio.Task[Page[T]]] = {}
        self.dropped: list[asyncio.Task[Page[T]]] = []
        self.guard = ProgressGuard()
        self.refetch_budget = self.MAX_REFETCHES_WITHOUT_PROGRESS
        # The last page that shared nothing (offset, records), until the chain moves on
        # with a new record: the same page failing again means its ids never match.
        self.last_gap: tuple[int, list[Any]] | None = None
        self.guessing = self.concurrency > 1
        self.missed_guesses = 0
        #: The chain's next offset after the last page taken (None: the export ends).
        self.next: int | None = None
        #: Unordered mode: pages delivered as they arrived, ahead of the chain.
        self.early: dict[int, Page[T]] = {}
        self.current: Page[T] | None = None
        self.current_early = False

    def start_point(self) -> ResumePoint:
        """The resume point of the export before its first page."""
        return self._point_at(self.walk.start_offset)

    def _point_at(self, offset: int) -> ResumePoint:
        return self.walk.point(
            offset, self.delivered.seen(), export=True, started_at=self.started_at
        )

    # -- requests ------------------------------------------------------------------------------

    def _drop(self, offset: int) -> None:
        task = self.tasks.pop(offset, None)
        if task is not None:
            task.cancel()
            self.dropped.append(task)  # awaited at the end, so nothing is left pending

    def _drop_all(self) -> None:
        for offset in list(self.tasks):
            self._drop(offset)
        self.early.clear()

    def _schedule(self, offset: int) -> bool:
        if offset in self.tasks:
            return False
        self.tasks[offset] = asyncio.ensure_future(self.fetch(offset))
        return True

    async def _take(self, offset: int) -> Page[T]:
        self._schedule(offset)
        task = self.tasks[offset]
        try:
            return await task
        finally:
            if task.done():
                # A task interrupted mid-await stays listed, for pages() to cancel and wait.
                self.tasks.pop(offset, None)

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """The export's pages of the main pass, what was delivered already dropped."""
        try:
            # aclosing (here and around each inner generator below): closed from a
            # consumer's aclosing(), the inner generators must close now too; left to the
            # garbage collector, each one's aclose() is a task scheduled after the
            # documented cleanup point (a pending task the consumer did not create).
            async with contextlib.aclosing(self._run()) as run:
                async for page in run:
                    yield page
        finally:
            tasks = [*self.tasks.values(), *self.dropped]
            self.tasks.clear()
            self.dropped.clear()
            await cancel_and_wait(tasks)

    # -- the chain -----------------------------------------------------------------------------

    async def _run(self) -> AsyncGenerator[Page[T], None]:
        page = await self._take(self.walk.start_offset)
        self.stats.total_at_start = page.total_records
        early = False
        while True:
            async with contextlib.aclosing(self._accept(page, early=early)) as accepted:
                async for out in accepted:
                    yield out
            if self.next is None:
                return
            async with contextlib.aclosing(self._advance(self.next)) as ahead:
                async for out in ahead:
                    yield out
            assert self.current is not None
            page, early = self.current, self.current_early

    async def _accept(self, page: Page[T], *, early: bool) -> AsyncGenerator[Page[T], None]:
        """Take the chain's next page: deliver it, after dedupe, when it shares records with
        what was delivered; otherwise (rows shifted past the overlap) refetch from earlier
        until a page does, and continue the chain from there."""
        if early:
            # Delivered already, as it arrived (unordered mode): only the chain moves on.
            await self._link(page, page.raw, forward=True)
            return
        forward = self.delivered.shares(page)
        if not forward:
            page = await self._realign(page)
        received = page.raw
        dropped = self.delivered.drop_seen(page)
        await self._link(page, received, forward=forward)
        self._count(page, dropped)
        yield page

    def _count(self, page: Page[T], dropped: int) -> None:
        stats = self.stats
        stats.duplicates_dropped += dropped
        stats.items += len(page.raw)

    async def _link(self, page: Page[T], received: list[Any], *, forward: bool) -> None:
        """Make ``page`` the chain's latest: the rule gives its successor, the progress guard
        checks it, the resume point moves past it, and the pages after it are requested."""
        n = next_offset(page, asked=self.spec.page_size, overlap=self.overlap)
        if forward:
            if n is not None:
                self.guard.observe(page.offset, received, len(page.raw))
            if page.raw:
                self.refetch_budget = self.MAX_REFETCHES_WITHOUT_PROGRESS
                self.last_gap = None
        else:
            self.guard.restart()
        self.delivered.prev = page
        self.next = n
        if n is None:
            self._drop_all()
            # Past the end: a resumed export asks once more there, drops the overlap, ends.
            resume_at = (
                page.offset + max(1, page.fetched - self.overlap) if page.fetched else page.offset
            )
        else:
            resume_at = n
        self.point = self._point_at(resume_at)
        if n is not None and self._request_ahead(page, n, after_refetch=not forward):
            await asyncio.sleep(0)  # let the requests go out before the caller works

    def _request_ahead(self, page: Page[T], n: int, *, after_refetch: bool) -> bool:
        """Request the chain's next page, and while the total says there is more, the pages
        after it at the same stride, up to ``concurrency`` in flight; drop the rest."""
        wanted = self._wanted(page, n)
        guessed = bool(self.tasks or self.early)
        if guessed and not after_refetch and n not in self.tasks and n not in self.early:
            self.missed_guesses += 1
            if self.missed_guesses >= self.MAX_MISSED_GUESSES:
                logger.info(
                    "%s: the server's pages do not keep one stride; requesting one page at a time",
                    self.spec.operation,
                )
                self.guessing = False
                wanted = [n]
        for offset in [o for o in self.tasks if o not in wanted]:
            self._drop(offset)
        for offset in [o for o in self.early if o not in wanted]:
            del self.early[offset]
        sent = False
        for offset in wanted:
            if offset not in self.early:
                sent = self._schedule(offset) or sent
        return sent

    def _wanted(self, page: Page[T], n: int) -> list[int]:
        """The offsets to have in flight after ``page``: ``n``, and while guessing and the
        total says there is more, the next ones at the same stride."""
        wanted = [n]
        total = page.total_records
        if total is None:
            total = self.stats.total_at_end
        if self.guessing and total is not None:
            stride = n - page.offset
            ahead = n + stride
            while len(wanted) < self.concurrency and ahead < total:
                wanted.append(ahead)
                ahead += stride
        return wanted

    async def _advance(self, n: int) -> AsyncGenerator[Page[T], None]:
        """Wait for the chain's page at ``n`` (left in ``self.current``). Unordered, deliver
        meanwhile the pages requested ahead that arrive first."""
        self.current_early = n in self.early
        if self.current_early:
            self.current = self.early.pop(n)
            return
        if not self.in_order:
            async with contextlib.aclosing(self._deliver_early(n)) as early:
                async for out in early:
                    yield out
        self.current = await self._take(n)

    async def _deliver_early(self, n: int) -> AsyncGenerator[Page[T], None]:
        while True:
            self._schedule(n)
            if self.tasks[n].done():
                return
            await asyncio.wait(list(self.tasks.values()), return_when=asyncio.FIRST_COMPLETED)
            for offset in sorted(o for o, t in self.tasks.items() if o != n and t.done()):
                page = await self._take(offset)
                self._count(page, 0)
                self.early[offset] = page
                yield page

    async def _realign(self, stale: Page[T]) -> Page[T]:
        """Rows shifted past the overlap before ``stale`` was answered: probe earlier
        offsets, doubling the distance, until a page shares records with what was delivered
        (or offset 0 is reached). The pages requested ahead are stale too: dropped."""
        self._drop_all()
        if self.last_gap == (stale.offset, stale.raw):
            # Nothing moved since this very page failed to share last time: no refetch will
            # make it share (ids sent in another form, say, for a field typed as text).
            raise Stall(
                f"the page at offset {stale.offset} shares no record with those delivered "
                "before it, again, though nothing changed: their ids do not match"
            )
        self.last_gap = (stale.offset, stale.raw)
        back = max(1, self.overlap)
        while True:
            probe = max(0, stale.offset - back)
            logger.info(
                "%s: rows shifted past the overlap near offset %d; refetching at %d",
                self.spec.operation,
                stale.offset,
                probe,
            )
            fresh = await self._refetch(probe)
            if self.delivered.shares(fresh) or probe == 0:
                return fresh
            back *= 2

    async def _refetch(self, offset: int) -> Page[T]:
        if self.refetch_budget <= 0:
            raise Stall(
                "rows are shifting faster than the export can follow (more than "
                f"{self.MAX_REFETCHES_WITHOUT_PROGRESS} refetches without a new record)"
            )
        self.refetch_budget -= 1
        self.stats.refetches += 1
        self._drop(offset)  # a fresh answer, not one requested before the shift
        return await self._take(offset)


def _sorted_by_id(walk: Walk, sort: str | None) -> bool:
    """Whether the pages come sorted by the record id itself, an integer. The id is then a
    cursor: everything at or below the highest id delivered was seen, whatever was deleted
    since. Otherwise the export compares id sets with the previous page."""
    spec = walk.spec
    order: object = sort or spec.params.get("_sort")
    return (
        spec.id_field is not None
        and order in (spec.id_field, f"+{spec.id_field}")
        and walk.ids.integer
    )


def _now_iso() -> str:
    from datetime import UTC, datetime, timedelta

    # A minute of margin covers clock skew between this machine and UltraCart.
    return (datetime.now(UTC) - timedelta(minutes=1)).replace(microsecond=0).isoformat()

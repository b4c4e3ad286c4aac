"""The concurrent bulk export, as the caller sees it: :class:`Export`.

It is handed its collaborators by the pager (the walk: the operation, how records are told
apart, where to start; the page fetcher, the limiter, the follow-up ``since`` stream) and
runs the engine of :mod:`._chain` on them: it counts what happened in :class:`ExportStats`, tells
``on_page`` how far it got, and reports whatever stops it as a resumable
:class:`~ultracart_async.PaginationError`.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from typing import Generic, TypeVar

from .. import _wire
from .._errors import ConfigurationError, PaginationError
from .._ratelimit import Limiter
from ._chain import ExportRun
from ._export_types import ExportProgress, ExportSettings, ExportStats
from ._page import FetchPage, Page, ResumePoint
from ._rule import ending, reported
from ._tasks import items_of
from ._walk import Walk

__all__ = ["Export"]

T = TypeVar("T")


class Export(Generic[T]):
    """A concurrent bulk export; iterate it once. Made by ``Pager.export()``.

    ``async for item in export`` yields records; ``async for page in export.pages()``
    yields :class:`Page` objects (``page.raw`` holds the wire JSON, for writers that need
    no models). ``export.stats`` is updated as it runs. Memory stays bounded: about
    ``concurrency`` pages are buffered, and duplicate detection keeps only the ids of the
    pages next to the one being checked.

    Anything that stops the export after its first request (a request that failed past its
    retries, a deadline, a shared limiter that became unreachable, a server whose paging
    metadata would make the export run for ever) is a
    :class:`~ultracart_async.PaginationError` whose ``.resume`` continues it
    (``pager.resume_from(exc.resume).export()``) and whose ``__cause__`` says why.
    Cancellation stays a ``CancelledError``; a ``ConfigurationError`` found before the
    first request stays itself; an exception from ``on_page`` propagates as it is.
    """

    def __init__(
        self,
        walk: Walk,
        settings: ExportSettings,
        fetch: FetchPage[T],
        *,
        limiter: Limiter,
        since: Callable[[str], AsyncGenerator[Page[T], None]],
    ) -> None:
        self._walk = walk
        self._settings = settings
        self._fetch_page = fetch
        self._limiter = limiter
        self._since = since
        # The export's order: the caller's sort, else one that is stable on a unique key.
        spec = walk.spec
        self._sort = None if "_sort" in spec.params else spec.stable_sort
        self._run: ExportRun[T] | None = None
        self.stats: ExportStats = ExportStats()
        """The running :class:`ExportStats`."""

    @property
    def resume_point(self) -> ResumePoint | None:
        """Where to continue if the export stops; updated before each page is delivered."""
        return self._run.point if self._run is not None else None

    def __aiter__(self) -> AsyncIterator[T]:
        return items_of(self.pages())

    async def _fetch(self, offset: int) -> Page[T]:
        page = await self._fetch_page(offset, sort=self._sort)
        self._count_page(page)
        if page.total_records is not None:
            self.stats.total_at_end = page.total_records
        return page

    def _count_page(self, page: Page[T]) -> None:
        stats = self.stats
        stats.pages += 1
        if page.response is not None:
            stats.retries += page.response.attempts - 1
            stats.throttled += page.response.throttled

    def _start_run(self) -> ExportRun[T]:
        if self._run is not None:
            raise ConfigurationError("an export can be iterated only once; call export() again")
        self._run = ExportRun(self._walk, self._settings, self._fetch, self.stats, sort=self._sort)
        return self._run

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """The export's pages, duplicates already dropped from ``page.raw``.

        Raises:
            PaginationError: The export stopped after its first request; ``.resume``
                continues it, ``__cause__`` says why.
        """
        run = self._start_run()
        began = time.monotonic()
        operation = self._walk.spec.operation
        try:
            stopped = functools.partial(self._stopped, run, f"{operation} export stopped", True)
            async with contextlib.aclosing(reported(run.pages(), stopped)) as pages:
                async for page in pages:
                    self.stats.elapsed = time.monotonic() - began
                    page.on_issue = self._count_bad_value
                    self._progress()
                    yield page
            if self._settings.since_pass:
                what = f"{operation} export stopped in its since pass"
                stopped = functools.partial(self._stopped, run, what, False)
                since = reported(self._since_pages(run.started_at), stopped)
                async with contextlib.aclosing(since) as pages:
                    async for page in pages:
                        page.on_issue = self._count_bad_value
                        yield page
        finally:
            self.stats.elapsed = time.monotonic() - began

    def _stopped(
        self, run: ExportRun[T], what: str, at: bool, exc: Exception
    ) -> PaginationError | None:
        """The error that reports ``exc`` stopping the export (see :func:`._rule.ending` for
        what stays itself), saying ``what`` happened (``at`` the resume point's offset)."""
        point = run.point or run.start_point()
        where = f"{what} at offset {point.offset}" if at else what
        error = ending(exc, started=self.stats.pages > 0, what=where, resume=point)
        if error is not None:
            run.point = point
        return error

    def _count_bad_value(self, issue: _wire.FieldIssue) -> None:
        self.stats.bad_values += 1

    async def _since_pages(self, started_at: str) -> AsyncGenerator[Page[T], None]:
        async with contextlib.aclosing(self._since(started_at)) as pages:
            async for page in pages:
                self.stats.since_pass_items += page.count
                self._count_page(page)
                yield page

    def _progress(self) -> None:
        on_page = self._settings.on_page
        if on_page is None:
            return
        on_page(
            ExportProgress(
                items=self.stats.items,
                total=self.stats.total_at_end,
                pages=self.stats.pages,
                limiter=self._limiter.state(),
                stats=self.stats,
            )
        )

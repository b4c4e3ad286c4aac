"""The pager: a paged operation's whole result set, streamed or exported.

:class:`Pager` is the front. It sends the page requests (``fetch_page``) and hands its
collaborators to the two engines: the plain stream (:mod:`._stream`) and the export
(:mod:`._export`), neither of which knows the pager.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from .._errors import PaginationError
from ._export import Export
from ._export_types import ExportProgress, ExportSettings
from ._ids import RecordIds
from ._page import ModelSource, Page, PageSpec, ResumePoint, check_resume, read_page
from ._rule import ending, reported
from ._stream import StreamRun, StreamStats
from ._tasks import items_of
from ._walk import Walk

if TYPE_CHECKING:
    from .._transport import Transport

__all__ = ["Pager"]

T = TypeVar("T")


class Pager(Generic[T]):
    """A paged operation's whole result set, streamed.

    * ``async for item in pager``: every record, page after page (the next page is already
      requested while the caller handles the current one, and the one after it is queued at
      its predicted offset so that it leaves as soon as the next page's body is read;
      ``pager.stats`` counts such requests, and the one discarded if the data changed).
    * ``async for page in pager.pages()``: :class:`Page` objects (records plus ``offset``,
      ``limit``, ``count``, ``total_records``, ``more``).
    * ``await pager``: the first page alone, in one call.
    * ``pager.export(concurrency=N)``: the concurrent bulk export (:class:`Export`).
    * ``pager.resume_from(point)``: continue from a :class:`ResumePoint`.

    The stream follows the one paging rule of :mod:`ultracart_async.pagination`
    (``more`` first, then ``next_offset``, then ``total_records`` of the latest page; a
    short page ends it only when the metadata says nothing) and never runs without end.
    Anything that stops it after its first request is a
    :class:`~ultracart_async.PaginationError` with ``.resume`` and the cause chained;
    cancellation stays a ``CancelledError``.

    ``break``, an exception in the loop, or cancelling the task stops every request of the
    pager; use ``contextlib.aclosing(pager.pages())`` to have that happen before the
    loop's next statement rather than on the next turn of the event loop.
    """

    def __init__(
        self,
        transport: Transport,
        spec: PageSpec,
        model: ModelSource[T],
        *,
        start: ResumePoint | None = None,
    ) -> None:
        self._transport = transport
        self._spec = spec
        self._model = model
        ids = RecordIds(model, spec.id_field, spec.id_integer)
        self._walk = Walk(spec=spec, ids=ids, start=start)
        self.stats: StreamStats = StreamStats()
        """The figures of this pager's latest stream (``async for`` or :meth:`pages`)."""

    @property
    def spec(self) -> PageSpec:
        """The operation this pager streams."""
        return self._spec

    async def fetch_page(
        self,
        offset: int,
        *,
        sort: str | None = None,
        on_read: Callable[[], object] | None = None,
    ) -> Page[T]:
        """Fetch one page at ``offset`` (one request).

        ``on_read`` is called once the answer's body has been read, before it is decoded.
        """
        spec = self._spec
        params: dict[str, object] = dict(spec.params)
        if sort is not None:
            params["_sort"] = sort
        params["_limit"] = spec.page_size
        params["_offset"] = offset
        response = await self._transport.request(
            spec.method,
            spec.path,
            path_params=spec.path_params,
            params=params,
            json=spec.body,
            idempotent=spec.idempotent,
            options=spec.options,
            on_read=on_read,
        )
        return read_page(spec, self._model, offset, response)

    async def first_page(self) -> Page[T]:
        """The first page (or the page at the resume point), in one call."""
        return await self.fetch_page(self._walk.start_offset)

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.first_page().__await__()

    def resume_from(self, point: ResumePoint) -> Pager[T]:
        """A pager that continues from ``point``, which must come from the same operation
        with the same filters."""
        point = check_resume(self._spec, point)
        resumed_spec = attrs.evolve(self._spec, page_size=point.page_size)
        return Pager(self._transport, resumed_spec, self._model, start=point)

    def __aiter__(self) -> AsyncIterator[T]:
        return items_of(self.pages())

    def _stream(self) -> StreamRun[T]:
        return StreamRun(self._walk, self.fetch_page)

    def pages(self) -> AsyncGenerator[Page[T], None]:
        """Every page in order, the next one requested while the caller handles this one.

        Raises:
            PaginationError: The stream stopped after its first request (a failed request,
                an unreachable shared limiter, a server whose paging metadata would make it
                run for ever); ``.resume`` continues it, ``__cause__`` says why.
            ConfigurationError: Raised before the first request (bad arguments).
        """
        run = self._stream()
        self.stats = run.stats

        def stopped(exc: Exception) -> PaginationError | None:
            point = run.point
            what = f"{self._spec.operation} stopped at offset {point.offset}"
            return ending(exc, started=run.answered > 0, what=what, resume=point)

        return reported(run.pages(), stopped)

    def _since(self, started_at: str) -> AsyncGenerator[Page[T], None]:
        """The pages of the records modified since ``started_at`` (an export's since pass)."""
        spec = self._spec
        assert spec.since_param is not None
        params = {**spec.params, spec.since_param: started_at}
        follow = Pager(self._transport, attrs.evolve(spec, params=params), self._model)
        return follow._stream().pages()

    def export(
        self,
        *,
        concurrency: int | None = None,
        ordered: bool = True,
        overlap: int | None = None,
        on_page: Callable[[ExportProgress], object] | None = None,
        since_pass: bool = False,
    ) -> Export[T]:
        """The concurrent bulk export of this result set.

        Args:
            concurrency: Page requests in flight at most. Defaults to the limiter's
                configured in-flight cap (``max_in_flight``). Every request goes through the
                limiter, so a larger value could not be honoured and is refused.
            ordered: Deliver records in offset order (default) or as pages arrive.
            overlap: Records by which consecutive pages overlap, to detect rows shifting
                while the export runs: 5 by default (less for pages of under 11 records);
                0 turns the check off.
            on_page: Called with an :class:`ExportProgress` after each page of the main
                pass. An exception it raises ends the export and propagates as it is.
            since_pass: After the export, stream the records modified since it started
                (newer versions of records already delivered, and records inserted during
                the export), on endpoints that support ``_since``.

        Raises:
            ConfigurationError: An argument is out of range, or ``concurrency`` is above the
                limiter's ``max_in_flight``.

        Example::

            limiter = TokenBucketLimiter([RateWindow(20, 1)], max_in_flight=4)
            async with UltraCartClient(simple_key=key, limiter=limiter) as uc:
                export = uc.customers.export(concurrency=4)
                async for customer in export:
                    ...
        """
        limiter = self._transport.limiter
        settings = ExportSettings.checked(
            self._spec,
            limiter,
            concurrency=concurrency,
            ordered=ordered,
            overlap=overlap,
            on_page=on_page,
            since_pass=since_pass,
        )
        return Export(self._walk, settings, self.fetch_page, limiter=limiter, since=self._since)

"""The plain stream: one page after another, the next one in flight while the caller works.

:class:`StreamRun` is one run of it. It knows nothing of the pager: it is handed the walk
(the operation, how records are told apart, where to start) and a function that fetches the
page at an offset.

Why a request is sent ahead of the page that names its offset: the next offset is known only
once a page is decoded (its metadata), and decoding a page of fully expanded customers takes
2 to 4 ms, all of it on the critical path of a stream with one request in flight. So while
page k+1 is in flight, the request for page k+2 waits at the predicted offset (page k+1's
offset plus the stride the last page took), when the latest ``total_records`` says page k+1
is not the last; it leaves the moment page k+1's body has been read, before that body is
decoded. A stream still has one request at the server at a time. If page k+1 then disagrees
(another next offset, or the end: the data changed), the request is discarded, counted in
:attr:`StreamStats.requests_discarded`, and the stream predicts no more: at most one request
per stream is wasted, and only when the data changed under it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator
from typing import Generic, TypeVar

import attrs

from .._errors import ConfigurationError
from ._page import FetchPage, Page
from ._rule import ProgressGuard, next_offset
from ._tasks import cancel_and_wait
from ._walk import Walk

__all__ = ["StreamRun", "StreamStats"]

T = TypeVar("T")


@attrs.define(kw_only=True)
class StreamStats:
    """What a plain stream (``async for`` over a pager, or ``pager.pages()``) did so far.

    Read ``pager.stats`` during or after the stream: it holds the figures of the pager's
    latest stream.

    Attributes:
        pages: Page requests that got an answer and were delivered.
        requests_ahead: Requests sent at a predicted offset before the page that names the
            offset was decoded.
        requests_discarded: Requests sent ahead and then discarded because the page before
            them disagreed with the prediction (the data changed while streaming). At most
            one per stream: after one, the stream stops predicting.
    """

    pages: int = 0
    requests_ahead: int = 0
    requests_discarded: int = 0


class _Request(Generic[T]):
    """A page request of the stream, and the moment its body has been read."""

    __slots__ = ("offset", "read", "task")

    def __init__(self, offset: int, task: asyncio.Task[Page[T]], read: asyncio.Event) -> None:
        self.offset = offset
        self.task = task
        self.read = read


class StreamRun(Generic[T]):
    """One run of a plain stream: prefetch, dedupe against the previous page, the rule.

    Attributes:
        answered: Pages answered so far.
        point: Where to continue if the stream stops now.
        stats: What the run did (:class:`StreamStats`).
    """

    def __init__(self, walk: Walk, fetch: FetchPage[T]) -> None:
        self.walk = walk
        self.fetch = fetch
        self.seen = walk.start_seen()
        self.answered = 0
        self.stats = StreamStats()
        self.guard = ProgressGuard()
        self.point = walk.point(walk.start_offset, tuple(self.seen), export=False)
        self._predicting = True

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """Every page in order, records repeated from the previous page dropped.

        Raises:
            ConfigurationError: The start point came from an export (before any request).
        """
        walk = self.walk
        if walk.start is not None and walk.start.export:
            raise ConfigurationError(
                "this resume point came from an export; continue it with "
                ".resume_from(point).export(), which checks the page overlap it relies on"
            )
        asked = walk.spec.page_size
        record_id = walk.ids.of
        pending: _Request[T] | None = None
        ahead: _Request[T] | None = None
        try:
            pending = self._request(self.point.offset, after=None)
            while pending is not None:
                page = await pending.task
                previous, pending = pending, None
                self.answered += 1
                self.stats.pages += 1
                received = page.raw
                seen = self.seen
                kept = [r for r in received if record_id(r) not in seen] if seen else received
                nxt = next_offset(page, asked=asked)
                if ahead is not None:
                    if ahead.offset == nxt:
                        pending = ahead  # the prediction held
                    else:
                        await self._discard(ahead)
                    ahead = None
                if nxt is not None:
                    self.guard.observe(page.offset, received, len(kept))
                    if pending is None:
                        pending = self._request(nxt, after=previous)
                    ahead = self._ahead_of(page, pending)
                    # One turn of the loop lets the next request reach the network before
                    # the caller, parsing this page, holds the loop.
                    await asyncio.sleep(0)
                page.raw = kept
                # The ids as received: the next page may repeat any of them (a next_offset
                # behind offset + count), the ones dropped here included.
                self.seen = {record_id(r) for r in received}
                self.seen.discard(None)
                if nxt is not None:
                    self.point = walk.point(nxt, tuple(self.seen), export=False)
                yield page
        finally:
            await cancel_and_wait([r.task for r in (pending, ahead) if r is not None])

    def _request(self, offset: int, *, after: _Request[T] | None) -> _Request[T]:
        """Fetch the page at ``offset`` once the body of ``after`` (if any) has been read."""
        read = asyncio.Event()

        async def fetch() -> Page[T]:
            if after is not None:
                await after.read.wait()
            return await self.fetch(offset, on_read=read.set)

        return _Request(offset, asyncio.ensure_future(fetch()), read)

    def _ahead_of(self, page: Page[T], pending: _Request[T]) -> _Request[T] | None:
        """The request for the page after ``pending``, when ``page`` predicts one.

        The prediction: the page ``pending`` asks for takes the stride ``page`` took, and is
        not the last one while ``page``'s ``total_records`` says records remain after it.
        Without ``total_records`` nothing is predicted (the end could not be seen coming).
        """
        total = page.total_records
        if not self._predicting or total is None:
            return None
        offset = pending.offset + (pending.offset - page.offset)
        if offset >= total:
            return None
        self.stats.requests_ahead += 1
        return self._request(offset, after=pending)

    async def _discard(self, ahead: _Request[T]) -> None:
        """Drop a request whose prediction failed, and predict no more in this run."""
        self.stats.requests_discarded += 1
        self._predicting = False
        await cancel_and_wait([ahead.task])

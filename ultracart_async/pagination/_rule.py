"""The paging rule: where a ``_limit/_offset`` stream goes after a page, and when it ends.

Written once, and used alike by the plain stream (``Pager.pages()``) and the concurrent
export. It reads ``metadata.result_set`` in this order of trust:

1. ``more: false`` ends the stream.
2. ``more: true`` continues it, even after a short page.
3. The next offset is ``next_offset`` when the server sends one, otherwise the page's offset
   plus its count; an export subtracts its overlap from it.
4. ``total_records`` is read from the page at hand (the latest), never only from the first.
5. A short page (fewer records than asked for, or than the ``limit`` the server reports)
   ends the stream only when the metadata says nothing (no ``more``, no ``next_offset``,
   no ``total_records``).

A stream never runs without end: a next offset that does not advance, a page identical to
the previous one at another offset, or three pages in a row that add nothing while the
offsets advance each raise :class:`Stall`. Whatever stops a stream after its first request,
a :class:`Stall` or a failed request, reaches the caller the same way from both: as a
:class:`~ultracart_async.PaginationError` carrying the resume point (:func:`reported`).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator, Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .._errors import ClientClosedError, ConfigurationError, PaginationError
from .._text import printable

if TYPE_CHECKING:
    from ._page import ResumePoint

__all__ = [
    "MAX_IDLE_PAGES",
    "PageFacts",
    "ProgressGuard",
    "Stall",
    "ending",
    "next_offset",
    "reported",
]

P = TypeVar("P")

#: Consecutive pages that add nothing (while the offsets advance) after which a stream stops.
MAX_IDLE_PAGES = 3


class Stall(Exception):
    """The stream cannot continue without running for ever; the message says why."""


class PageFacts(Protocol):
    """What the rule reads from a page (:class:`~ultracart_async.Page` has all of it)."""

    @property
    def offset(self) -> int:
        """The offset the page was asked for."""
        ...

    @property
    def limit(self) -> int:
        """The ``limit`` the server reported, else the one asked for."""
        ...

    @property
    def fetched(self) -> int:
        """How many records the page held as received (before any dedupe)."""
        ...

    @property
    def more(self) -> bool | None:
        """``result_set.more``, None when not sent."""
        ...

    @property
    def next_offset(self) -> int | None:
        """``result_set.next_offset``, None when not sent."""
        ...

    @property
    def total_records(self) -> int | None:
        """``result_set.total_records``, None when not sent."""
        ...


def next_offset(page: PageFacts, *, asked: int, overlap: int = 0) -> int | None:
    """Where the stream continues after ``page``, or None when ``page`` is the last.

    Args:
        page: The page just received.
        asked: The ``_limit`` that was asked for.
        overlap: Records by which the next page should overlap this one (exports). It never
            takes more than half of the advance, so every page moves the stream forward.

    Raises:
        Stall: The stream would not advance (an empty page claiming more with no
            ``next_offset``, or a ``next_offset`` at or before this page's offset).
    """
    if page.more is False:
        return None
    if page.more is None and _ends_without_more(page, asked):
        return None
    base = page.next_offset if page.next_offset is not None else page.offset + page.fetched
    advance = base - page.offset
    if advance <= 0:
        if page.fetched == 0 and page.next_offset is None:
            raise Stall(
                f"the page at offset {page.offset} claims more results but holds none; "
                "stopping rather than looping for ever"
            )
        raise Stall(
            f"next_offset {base} does not advance past offset {page.offset}; "
            "stopping rather than looping for ever"
        )
    return base - min(overlap, advance // 2)


def _ends_without_more(page: PageFacts, asked: int) -> bool:
    """The end test when the server did not say ``more``."""
    if page.fetched == 0:
        return True
    if page.total_records is not None:
        reached = page.next_offset if page.next_offset is not None else page.offset + page.fetched
        return reached >= page.total_records
    if page.next_offset is not None:
        return False
    # Only here, with no metadata at all, does a short page mean the end. A reported limit
    # smaller than the one asked for (a server-side cap) is the measure of a full page.
    capacity = min(asked, page.limit) if page.limit >= 1 else asked
    return page.fetched < capacity


class ProgressGuard:
    """Stops a stream that goes on without delivering anything new.

    Feed it every page the stream moves forward with (not refetches), after dedupe; it raises
    :class:`Stall` on a page identical to the previous one at another offset (a server that
    ignores ``_offset``), or on the :data:`MAX_IDLE_PAGES`-th page in a row that added
    nothing. Under legitimate churn neither happens: a page shares at most the planned
    overlap and the rows shifted into it with its predecessor, and still adds the rest.
    """

    __slots__ = ("_idle", "_last_offset", "_last_raw")

    def __init__(self) -> None:
        self._idle = 0
        self._last_offset: int | None = None
        self._last_raw: list[Any] | None = None

    def observe(self, offset: int, raw: list[Any], added: int) -> None:
        """Record a page: its offset, its records as received, and how many were new.

        Raises:
            Stall: The stream is not making progress.
        """
        if (
            raw
            and self._last_raw is not None
            and offset != self._last_offset
            and len(raw) == len(self._last_raw)
            and raw == self._last_raw
        ):
            raise Stall(
                f"the page at offset {offset} is identical to the one at offset "
                f"{self._last_offset}: the server seems to ignore _offset"
            )
        self._idle = 0 if added else self._idle + 1
        if self._idle >= MAX_IDLE_PAGES:
            raise Stall(
                f"{self._idle} pages in a row, up to offset {offset}, added no new record "
                "while the offsets advanced; stopping rather than looping for ever"
            )
        self._last_offset = offset
        self._last_raw = raw

    def restart(self) -> None:
        """Forget the previous page (after a refetch went back to an earlier offset)."""
        self._idle = 0
        self._last_offset = None
        self._last_raw = None


def ending(
    exc: Exception, *, started: bool, what: str, resume: ResumePoint
) -> PaginationError | None:
    """The error that reports ``exc`` ending a stream, or None when ``exc`` stays itself:
    a misuse (bad configuration, a closed client) found before any page was answered, or
    a PaginationError already."""
    if isinstance(exc, PaginationError):
        return None
    if not started and isinstance(exc, ConfigurationError | ClientClosedError):
        return None
    detail = printable(str(exc) or type(exc).__name__)
    return PaginationError(f"{what}: {detail}", resume=resume)


async def reported(
    source: AsyncGenerator[P, None], stopped: Callable[[Exception], PaginationError | None]
) -> AsyncGenerator[P, None]:
    """``source``'s pages; an exception that stops it is raised as ``stopped(exc)`` says
    (the PaginationError it returns, the cause chained unless it was a :class:`Stall`), or
    as it is when that is None. Closing this generator closes ``source`` at once."""
    async with contextlib.aclosing(source) as stream:
        while True:
            try:
                page = await anext(stream)
            except StopAsyncIteration:
                return
            except Exception as exc:
                error = stopped(exc)
                if error is None:
                    raise
                raise error from (None if isinstance(exc, Stall) else exc)
            yield page

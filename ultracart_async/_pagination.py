"""Streaming over ``_limit/_offset`` endpoints: pagers, prefetch, resume, concurrent export.

This module knows no resource. A resource describes one paged operation with a
:class:`PageSpec` (method, path, filters in wire names, the envelope key of the items,
the page size, the field that identifies a record) and gets back a :class:`Pager`.

Two ways to stream:

* ``async for item in pager`` / ``pager.pages()``: one page after another, following
  ``metadata.result_set`` (``more``, ``next_offset``), with the next page already in flight
  while the caller handles the current one.
* ``pager.export(concurrency=N)``: fetch page 0, read ``total_records``, then fetch the
  remaining offsets with at most N requests in flight. Pages overlap by a few records so a
  shift of the underlying rows (inserts and deletes while paging) is seen: duplicates in
  the overlap are dropped, and a page that shares nothing with its predecessor makes the
  export refetch from earlier until it does. Every record that exists for the whole export
  is delivered exactly once.

Both stop on error with a :class:`~ultracart_async.PaginationError` that carries a
:class:`ResumePoint`; ``pager.resume_from(point)`` continues where the stream stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import time
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
import orjson

from . import _wire
from ._config import RequestOptions
from ._errors import APIError, ConfigurationError, PaginationError
from ._ratelimit import LimiterState
from ._response import APIResponse

if TYPE_CHECKING:
    from ._transport import Transport

__all__ = [
    "Export",
    "ExportProgress",
    "ExportStats",
    "Page",
    "PageSpec",
    "Pager",
    "ResumePoint",
]

T = TypeVar("T")
#: Records by which consecutive export pages overlap unless the caller says otherwise.
DEFAULT_OVERLAP = 5
logger = logging.getLogger("ultracart_async")


@attrs.frozen(kw_only=True)
class PageSpec:
    """One paged operation, as pagination needs it (built by the resource clients).

    Attributes:
        operation: A stable name such as ``"customers.list"`` (recorded in resume points).
        method: The HTTP method.
        path: The path template.
        items_key: The envelope key that holds the page's records (``"customers"``).
        page_size: The ``_limit`` to ask for.
        path_params: Values for the path template.
        params: Query parameters in wire names, without ``_limit``/``_offset``.
        body: The JSON body in wire form (POST searches), or None.
        safe: Whether a page request may be repeated after an ambiguous failure.
        options: Per-call options applied to every page request.
        id_field: The wire key that identifies a record, used to drop duplicates and to
            check page overlaps in exports; None when records have no id.
        stable_sort: A ``_sort`` value that pages in a stable order on a unique key, used
            by exports when the caller chose no sort; None when the default order is
            already stable or the endpoint cannot sort.
        since_param: The query parameter that filters on modification time (``_since``),
            for the export's optional follow-up pass; None when the endpoint has none.
    """

    operation: str
    method: str
    path: str
    items_key: str
    page_size: int
    path_params: Mapping[str, object] = attrs.field(factory=dict)
    params: Mapping[str, object] = attrs.field(factory=dict)
    body: Any = None
    safe: bool = True
    options: RequestOptions | None = None
    id_field: str | None = None
    stable_sort: str | None = None
    since_param: str | None = None


class Page(Generic[T]):
    """One page of results.

    Attributes:
        offset: The offset this page was asked for.
        limit: The page size the server applied (``result_set.limit``, else the one asked).
        raw: The records as the API sent them (wire JSON dicts), duplicates already dropped
            in exports.
        bad_values: Values of the wrong type set aside while structuring :attr:`items`.
        total_records: ``result_set.total_records``, when the server knows it.
        more: ``result_set.more``, when sent.
        next_offset: ``result_set.next_offset``, when sent.
        response: The :class:`~ultracart_async.APIResponse` that carried the page.
    """

    __slots__ = (
        "_items",
        "_model",
        "bad_values",
        "fetched",
        "limit",
        "more",
        "next_offset",
        "offset",
        "on_issue",
        "raw",
        "response",
        "total_records",
    )

    def __init__(
        self,
        *,
        model: type[T],
        offset: int,
        limit: int,
        raw: list[Any],
        fetched: int,
        total_records: int | None,
        more: bool | None,
        next_offset: int | None,
        response: APIResponse | None,
    ) -> None:
        self._model = model
        self._items: list[T] | None = None
        self.bad_values = 0
        self.on_issue: Callable[[_wire.FieldIssue], object] | None = None
        self.offset = offset
        self.limit = limit
        self.raw = raw
        self.fetched = fetched
        self.total_records = total_records
        self.more = more
        self.next_offset = next_offset
        self.response = response

    @property
    def items(self) -> list[T]:
        """The records as models (structured on first access, so raw consumers pay nothing).

        A value of the wrong type never fails the page: its field is None, the value is kept
        in the record's ``extra_fields``, the problem is logged and counted in
        :attr:`bad_values` (and in an export's ``stats.bad_values``).
        """
        if self._items is None:
            self._items = _wire.structure_list(self.raw, self._model, on_issue=self._issue)
        return self._items

    def _issue(self, issue: _wire.FieldIssue) -> None:
        self.bad_values += 1
        if self.on_issue is not None:
            self.on_issue(issue)

    @property
    def count(self) -> int:
        """How many records this page holds."""
        return len(self.raw)

    def __len__(self) -> int:
        return len(self.raw)

    def __repr__(self) -> str:
        return (
            f"Page(offset={self.offset}, limit={self.limit}, count={self.count}, "
            f"total_records={self.total_records}, more={self.more})"
        )


@attrs.frozen(kw_only=True)
class ResumePoint:
    """Where a stopped stream continues: small, and serialisable as JSON.

    Attributes:
        operation: The operation the point belongs to (``"customers.list"``).
        params: The query filters (wire names), so a resume with other filters is refused.
        path_params: The path parameters.
        body: The search body, if any.
        offset: The offset to fetch next.
        page_size: The page size in use.
        seen_ids: Ids of the last records delivered, so the overlap is deduplicated.
        export: Whether it came from an export (overlap checking) or a plain stream.
        started_at: When the interrupted export began, for its follow-up ``since`` pass.
    """

    operation: str
    params: dict[str, Any]
    path_params: dict[str, Any]
    body: Any
    offset: int
    page_size: int
    seen_ids: tuple[Any, ...] = ()
    export: bool = False
    started_at: str | None = None

    def to_json(self) -> str:
        """The point as a JSON string (for a checkpoint file)."""
        return orjson.dumps(attrs.asdict(self)).decode()

    @classmethod
    def from_json(cls, text: str | bytes) -> ResumePoint:
        """Read a point written by :meth:`to_json`."""
        try:
            data = orjson.loads(text)
            data["seen_ids"] = tuple(data.get("seen_ids", ()))
            return cls(**data)
        except (orjson.JSONDecodeError, TypeError, KeyError, AttributeError) as exc:
            raise ConfigurationError(f"not a resume point: {exc}") from exc


@attrs.define(kw_only=True)
class ExportStats:
    """What an export did. Read ``export.stats`` during or after the export.

    Attributes:
        pages: Page requests answered (refetches included).
        items: Records delivered.
        duplicates_dropped: Records seen twice in page overlaps and dropped.
        refetches: Pages fetched again because rows shifted past the overlap.
        total_at_start: ``total_records`` of the first page.
        total_at_end: ``total_records`` of the last page.
        retries: Extra attempts the transport made (429s included).
        throttled: 429 answers met.
        since_pass_items: Records delivered by the follow-up ``since`` pass.
        bad_values: Values of the wrong type set aside (their records still delivered).
        elapsed: Seconds from the first request to the end.
    """

    pages: int = 0
    items: int = 0
    duplicates_dropped: int = 0
    refetches: int = 0
    total_at_start: int | None = None
    total_at_end: int | None = None
    retries: int = 0
    throttled: int = 0
    since_pass_items: int = 0
    bad_values: int = 0
    elapsed: float = 0.0


@attrs.frozen(kw_only=True)
class ExportProgress:
    """Handed to an export's ``on_page`` hook after each page is delivered.

    Attributes:
        items: Records delivered so far.
        total: The total the server announced (``None`` when unknown).
        pages: Pages answered so far.
        limiter: The rate limiter's state (waiters, tokens, in flight, 429s).
        stats: The running :class:`ExportStats`.
    """

    items: int
    total: int | None
    pages: int
    limiter: LimiterState
    stats: ExportStats


def _result_set(response: APIResponse) -> Mapping[str, Any]:
    data = response.data
    if isinstance(data, dict):
        metadata = data.get("metadata")
        if isinstance(metadata, dict):
            result_set = metadata.get("result_set")
            if isinstance(result_set, dict):
                return result_set
    return {}


def _int_or_none(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class Pager(Generic[T]):
    """A paged operation's whole result set, streamed.

    * ``async for item in pager``: every record, page after page (the next page is already
      requested while the caller handles the current one).
    * ``async for page in pager.pages()``: :class:`Page` objects (records plus ``offset``,
      ``limit``, ``count``, ``total_records``, ``more``).
    * ``await pager``: the first page alone, in one call.
    * ``pager.export(concurrency=N)``: the concurrent bulk export (:class:`Export`).
    * ``pager.resume_from(point)``: continue from a :class:`ResumePoint`.

    ``break``, an exception in the loop, or cancelling the task stops every request of the
    pager; use ``contextlib.aclosing(pager.pages())`` to have that happen before the
    loop's next statement rather than on the next turn of the event loop.
    """

    def __init__(
        self,
        transport: Transport,
        spec: PageSpec,
        model: type[T],
        *,
        start: ResumePoint | None = None,
    ) -> None:
        self._transport = transport
        self._spec = spec
        self._model = model
        self._start = start

    @property
    def spec(self) -> PageSpec:
        """The operation this pager streams."""
        return self._spec

    def _record_id(self, record: Any) -> object:
        field = self._spec.id_field
        if field is None or not isinstance(record, dict):
            return None
        value = record.get(field)
        return value if isinstance(value, str | int) and not isinstance(value, bool) else None

    async def fetch_page(self, offset: int, *, sort: str | None = None) -> Page[T]:
        """Fetch one page at ``offset`` (one request)."""
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
            safe=spec.safe,
            options=spec.options,
        )
        data = response.data
        raw = data.get(spec.items_key) if isinstance(data, dict) else None
        if raw is None:
            raw = []
        elif not isinstance(raw, list):
            raise APIError(
                f"{spec.operation}: {spec.items_key!r} in the answer is not a list",
                method=spec.method,
                url=response.url,
                attempts=response.attempts,
            )
        result_set = _result_set(response)
        limit = _int_or_none(result_set.get("limit")) or spec.page_size
        return Page(
            model=self._model,
            offset=offset,
            limit=limit,
            raw=raw,
            fetched=len(raw),
            total_records=_int_or_none(result_set.get("total_records")),
            more=result_set.get("more") if isinstance(result_set.get("more"), bool) else None,
            next_offset=_int_or_none(result_set.get("next_offset")),
            response=response,
        )

    async def first_page(self) -> Page[T]:
        """The first page (or the page at the resume point), in one call."""
        return await self.fetch_page(self._start.offset if self._start else 0)

    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.first_page().__await__()

    def _resume_point(
        self,
        offset: int,
        seen: tuple[Any, ...],
        *,
        export: bool,
        started_at: str | None = None,
    ) -> ResumePoint:
        spec = self._spec
        return ResumePoint(
            operation=spec.operation,
            params=dict(spec.params),
            path_params=dict(spec.path_params),
            body=spec.body,
            offset=offset,
            page_size=spec.page_size,
            seen_ids=seen,
            export=export,
            started_at=started_at,
        )

    def resume_from(self, point: ResumePoint) -> Pager[T]:
        """A pager that continues from ``point``, which must come from the same operation
        with the same filters."""
        if not isinstance(point, ResumePoint):
            raise ConfigurationError(f"point must be a ResumePoint, got {type(point).__name__}")
        spec = self._spec
        mismatch = [
            name
            for name, mine, theirs in (
                ("operation", spec.operation, point.operation),
                ("filters", _jsonable(spec.params), _jsonable(point.params)),
                ("path parameters", _jsonable(spec.path_params), _jsonable(point.path_params)),
                ("body", _jsonable(spec.body), _jsonable(point.body)),
            )
            if mine != theirs
        ]
        if mismatch:
            raise ConfigurationError(
                f"this resume point was made for {point.operation} with other "
                f"{', '.join(mismatch)}; call the same operation with the same arguments"
            )
        resumed_spec = attrs.evolve(spec, page_size=point.page_size)
        return Pager(self._transport, resumed_spec, self._model, start=point)

    def __aiter__(self) -> AsyncIterator[T]:
        return _items_of(self.pages())

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """Every page in order, the next one requested while the caller handles this one."""
        if self._start is not None and self._start.export:
            raise ConfigurationError(
                "this resume point came from an export; continue it with "
                ".resume_from(point).export(), which checks the page overlap it relies on"
            )
        offset = self._start.offset if self._start else 0
        seen: set[object] = set(self._start.seen_ids) if self._start else set()
        pending: asyncio.Task[Page[T]] | None = None
        fetched_once = False
        try:
            pending = asyncio.ensure_future(self.fetch_page(offset))
            while pending is not None:
                try:
                    page = await pending
                except APIError as exc:
                    raise PaginationError(
                        f"{self._spec.operation} stopped at offset {offset}: {exc}",
                        resume=self._resume_point(offset, tuple(seen), export=False),
                    ) from exc
                pending = None
                next_offset = self._next_offset(page, fetched_once)
                fetched_once = True
                if next_offset is not None:
                    # Prefetch: the next request is in flight while the caller works. One
                    # turn of the loop lets the task send it before the caller, parsing this
                    # page, holds the loop.
                    pending = asyncio.ensure_future(self.fetch_page(next_offset))
                    await asyncio.sleep(0)
                if seen:
                    kept = [r for r in page.raw if self._record_id(r) not in seen]
                    if len(kept) != len(page.raw):
                        page.raw = kept
                ids = {self._record_id(r) for r in page.raw}
                ids.discard(None)
                seen = ids
                yield page
                if next_offset is not None:
                    offset = next_offset
        finally:
            if pending is not None:
                await _cancel_and_wait([pending])

    def _next_offset(self, page: Page[T], fetched_once: bool) -> int | None:
        """Where the next page starts, or None at the end; never loops for ever."""
        if page.more is False:
            return None
        if page.fetched == 0:
            if page.more is True:
                raise PaginationError(
                    f"{self._spec.operation}: the page at offset {page.offset} claims more "
                    "results but holds none; stopping rather than looping for ever",
                    resume=self._resume_point(page.offset, (), export=False),
                )
            return None
        if page.more is None and page.fetched < page.limit:
            return None  # no metadata: a short page is the last
        total = page.total_records
        if total is not None and page.offset + page.fetched >= total and page.more is not True:
            return None
        nxt = page.next_offset if page.next_offset is not None else page.offset + page.fetched
        if nxt <= page.offset:
            raise PaginationError(
                f"{self._spec.operation}: next_offset {nxt} does not advance past "
                f"offset {page.offset}; stopping rather than looping for ever",
                resume=self._resume_point(page.offset, (), export=False),
            )
        return nxt

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
                in-flight cap; the limiter bounds it in any case.
            ordered: Deliver records in offset order (default) or as pages arrive.
            overlap: Records by which consecutive pages overlap, to detect rows shifting
                while the export runs: 5 by default (less for pages of under 11 records);
                0 turns the check off.
            on_page: Called with an :class:`ExportProgress` after each page.
            since_pass: After the export, stream the records modified since it started
                (newer versions of records already delivered, and records inserted during
                the export), on endpoints that support ``_since``.
        """
        if concurrency is None:
            concurrency = self._transport.limiter.state().max_in_flight
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise ConfigurationError(f"concurrency must be a positive integer, got {concurrency!r}")
        if overlap is None:
            overlap = min(DEFAULT_OVERLAP, (self._spec.page_size - 1) // 2)
        if isinstance(overlap, bool) or not isinstance(overlap, int) or overlap < 0:
            raise ConfigurationError(f"overlap must be a non-negative integer, got {overlap!r}")
        if overlap >= self._spec.page_size:
            raise ConfigurationError(
                f"overlap ({overlap}) must be smaller than the page size ({self._spec.page_size})"
            )
        if overlap and self._spec.id_field is None:
            overlap = 0  # records without ids cannot be matched across pages
        if since_pass and self._spec.since_param is None:
            raise ConfigurationError(f"{self._spec.operation} has no since filter for since_pass")
        return Export(
            self,
            concurrency=concurrency,
            ordered=ordered,
            overlap=overlap,
            on_page=on_page,
            since_pass=since_pass,
        )


def _jsonable(value: Any) -> Any:
    return orjson.loads(orjson.dumps(value, default=str)) if value is not None else None


class Export(Generic[T]):
    """A concurrent bulk export; iterate it once.

    ``async for item in export`` yields records; ``async for page in export.pages()``
    yields :class:`Page` objects (``page.raw`` holds the wire JSON, for writers that need
    no models). ``export.stats`` is updated as it runs. Memory stays bounded: about
    ``concurrency`` pages are buffered, and duplicate detection keeps only the ids of the
    pages next to the one being checked.
    """

    def __init__(
        self,
        pager: Pager[T],
        *,
        concurrency: int,
        ordered: bool,
        overlap: int,
        on_page: Callable[[ExportProgress], object] | None,
        since_pass: bool,
    ) -> None:
        self._pager = pager
        self._concurrency = concurrency
        self._ordered = ordered
        self._overlap = overlap
        self._on_page = on_page
        self._since_pass = since_pass
        self._started = False
        self.stats = ExportStats()
        """The running :class:`ExportStats`."""
        self.resume_point: ResumePoint | None = None
        """Where to continue if the export stops; updated after each page."""

    def __aiter__(self) -> AsyncIterator[T]:
        return _items_of(self.pages())

    def _sort(self) -> str | None:
        spec = self._pager.spec
        if "_sort" in spec.params:
            return None  # the caller chose an order
        return spec.stable_sort

    async def _fetch(self, offset: int) -> Page[T]:
        page = await self._pager.fetch_page(offset, sort=self._sort())
        stats = self.stats
        stats.pages += 1
        if page.response is not None:
            stats.retries += page.response.attempts - 1
            stats.throttled += page.response.throttled
        if page.total_records is not None:
            stats.total_at_end = page.total_records
        return page

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        """The export's pages, duplicates already dropped from ``page.raw``."""
        if self._started:
            raise ConfigurationError("an export can be iterated only once; call export() again")
        self._started = True
        began = time.monotonic()
        run = _ExportRun(self)
        try:
            async with contextlib.aclosing(run.pages()) as pages:
                async for page in pages:
                    self.stats.elapsed = time.monotonic() - began
                    page.on_issue = self._count_bad_value
                    yield page
            if self._since_pass:
                async with contextlib.aclosing(self._since_pages(run.started_at)) as pages:
                    async for page in pages:
                        page.on_issue = self._count_bad_value
                        yield page
        finally:
            self.stats.elapsed = time.monotonic() - began

    def _count_bad_value(self, issue: _wire.FieldIssue) -> None:
        self.stats.bad_values += 1

    async def _since_pages(self, started_at: str) -> AsyncGenerator[Page[T], None]:
        pager = self._pager
        spec = pager.spec
        assert spec.since_param is not None
        params = {**spec.params, spec.since_param: started_at}
        follow = Pager(pager._transport, attrs.evolve(spec, params=params), pager._model)
        async with contextlib.aclosing(follow.pages()) as pages:
            async for page in pages:
                self.stats.since_pass_items += page.count
                self.stats.pages += 1
                yield page

    def _progress(self, total: int | None) -> None:
        if self._on_page is None:
            return
        self._on_page(
            ExportProgress(
                items=self.stats.items,
                total=total,
                pages=self.stats.pages,
                limiter=self._pager._transport.limiter.state(),
                stats=self.stats,
            )
        )


class _ExportRun(Generic[T]):
    """One run of an export: scheduling, reorder buffer, overlap checks and refetches."""

    def __init__(self, export: Export[T]) -> None:
        self.export = export
        self.pager = export._pager
        self.overlap = export._overlap
        self.concurrency = export._concurrency
        start = self.pager._start
        self.start_offset = start.offset if start else 0
        spec = self.pager.spec
        sort = export._sort() or spec.params.get("_sort")
        # When pages are sorted by the record id itself, the id is a cursor: everything at
        # or below the highest id delivered was seen, whatever was deleted since. Otherwise
        # the export compares id sets with the previous page.
        self.monotonic = spec.id_field is not None and sort in (
            spec.id_field,
            f"+{spec.id_field}",
        )
        seen = start.seen_ids if start else ()
        # Unordered delivery happens only with the overlap check off (see _take_first_done).
        self.in_order = export._ordered or self.overlap > 0
        self.last_key: int | None = (
            max((k for k in seen if isinstance(k, int)), default=None) if self.monotonic else None
        )
        # Membership mode: the ids of the last delivered page, what the next page must share
        # (overlap check) and must not repeat (dedupe). Bounded by one page.
        self.prev_ids: set[object] = set(seen)
        self.prev: Page[T] | None = None
        # A resumed export keeps the start of the interrupted one, so its since pass also
        # covers what changed before the interruption.
        self.started_at = (start.started_at if start else None) or _now_iso()
        self.tasks: dict[int, asyncio.Task[Page[T]]] = {}
        self.dropped: list[asyncio.Task[Page[T]]] = []

    def _int_key(self, record: Any) -> int | None:
        key = self.pager._record_id(record)
        return key if isinstance(key, int) else None

    def _ids(self, page: Page[T]) -> set[object]:
        ids = {self.pager._record_id(r) for r in page.raw}
        ids.discard(None)
        return ids

    def _seen(self) -> tuple[Any, ...]:
        if self.monotonic:
            return () if self.last_key is None else (self.last_key,)
        return tuple(self.prev_ids)

    def _shares(self, page: Page[T]) -> bool:
        """Whether ``page`` starts at or before what was delivered last (no rows skipped)."""
        if not self.overlap:
            return True
        if self.monotonic:
            if self.last_key is None:
                return True
            first = next((k for k in map(self._int_key, page.raw) if k is not None), None)
            return first is not None and first <= self.last_key
        if not self.prev_ids:
            return True
        return not self.prev_ids.isdisjoint(self.pager._record_id(r) for r in page.raw)

    def _drop_seen(self, page: Page[T]) -> int:
        """Remove from ``page.raw`` what was delivered already; return how many."""
        raw = page.raw
        if not self.in_order:
            return 0  # pages arrive in any order (overlap off): nothing to compare against
        if self.monotonic:
            # One pass over plain ints (this runs for every record of a bulk export).
            field = self.pager.spec.id_field
            keys = [
                k if type(k) is int else None
                for k in (r.get(field) if type(r) is dict else None for r in raw)
            ]
            last = self.last_key
            if last is None:
                kept = raw
                fresh = [k for k in keys if k is not None]
            else:
                kept = [r for r, k in zip(raw, keys, strict=True) if k is None or k > last]
                fresh = [k for k in keys if k is not None and k > last]
            if fresh:
                self.last_key = max(fresh) if last is None else max(last, max(fresh))
        else:
            kept = raw
            if self.prev_ids:
                seen = self.prev_ids
                record_id = self.pager._record_id
                last_shared = -1
                for index, record in enumerate(raw):
                    if record_id(record) in seen:
                        last_shared = index
                # Pages come in a stable order: everything up to the last record shared
                # with the previous page was delivered already (or was inserted behind the
                # cursor after the export passed, which it need not deliver).
                kept = raw[last_shared + 1 :]
            ids_now = self._ids(page)
            if ids_now:
                self.prev_ids = ids_now
        page.raw = kept
        return len(raw) - len(kept)

    def _release(self, page: Page[T], *, refetch: bool = False) -> Page[T]:
        """Drop records already delivered, advance the frontier, count."""
        stats = self.export.stats
        dropped = self._drop_seen(page)
        # The planned overlap repeats `overlap` records by design; only repeats beyond it
        # (rows shifted right, or a refetch) count as duplicates.
        stats.duplicates_dropped += max(0, dropped - (0 if refetch else self.overlap))
        self.prev = page
        stats.items += len(page.raw)
        next_offset = page.offset + max(1, page.fetched - self.overlap)
        self.export.resume_point = self.pager._resume_point(
            next_offset if page.fetched else page.offset, self._seen(), export=True
        )
        self.export._progress(page.total_records)
        return page

    def _fail(self, offset: int, exc: BaseException) -> PaginationError:
        point = self.export.resume_point or self.pager._resume_point(
            offset, self._seen(), export=True
        )
        self.export.resume_point = point
        return PaginationError(
            f"{self.pager.spec.operation} export stopped at offset {offset}: {exc}", resume=point
        )

    def _drop(self, offset: int) -> None:
        task = self.tasks.pop(offset, None)
        if task is not None:
            task.cancel()
            self.dropped.append(task)  # awaited at the end, so nothing is left pending

    def _schedule(self, offset: int) -> None:
        if offset not in self.tasks:
            self.tasks[offset] = asyncio.ensure_future(self.export._fetch(offset))

    async def _take(self, offset: int) -> Page[T]:
        self._schedule(offset)
        task = self.tasks[offset]
        try:
            return await task
        except APIError as exc:
            raise self._fail(offset, exc) from exc
        finally:
            if task.done():
                # A task interrupted mid-await stays listed, for pages() to cancel and wait.
                self.tasks.pop(offset, None)

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        try:
            # aclosing (here and around each _accept below): closed from a consumer's
            # aclosing(), the inner generators must close now too; left to the garbage
            # collector, each one's aclose() is a task scheduled after the documented
            # cleanup point (a pending task the consumer did not create).
            async with contextlib.aclosing(self._run()) as run:
                async for page in run:
                    yield page
        finally:
            tasks = [*self.tasks.values(), *self.dropped]
            self.tasks.clear()
            self.dropped.clear()
            await _cancel_and_wait(tasks)

    async def _run(self) -> AsyncGenerator[Page[T], None]:
        first = await self._take(self.start_offset)
        self.export.stats.total_at_start = first.total_records
        step = max(1, first.limit - self.overlap)
        async with contextlib.aclosing(self._accept(first, step)) as accepted:
            async for out in accepted:
                yield out
        assert self.prev is not None
        if self._is_last(self.prev):
            return
        total = first.total_records
        offset = self.prev.offset + step
        if total is not None and self.concurrency > 1:
            # Capped: total_records comes from the server, and an absurd one (10**12) must
            # not be materialised as offsets (it exhausted memory). Past the plan the export
            # goes on page by page, as when the table grows during the export.
            end = min(total, offset + step * self.MAX_PLANNED_PAGES)
            planned = deque(range(offset, end, step))
            # The delivered page with the highest offset (pages may arrive out of order).
            tail: Page[T] | None = self.prev
            while planned:
                for ahead in itertools.islice(planned, self.concurrency):
                    self._schedule(ahead)
                current = planned.popleft()
                if self.export._ordered:
                    page = await self._take(current)
                else:
                    page = await self._take_first_done(current, planned)
                    current = page.offset
                async with contextlib.aclosing(self._accept(page, step)) as accepted:
                    async for out in accepted:
                        yield out
                assert self.prev is not None
                if tail is None or self.prev.offset > tail.offset:
                    tail = self.prev
                if (self.export._ordered or not planned) and self._is_last(tail):
                    return
                if self.prev.offset != current:
                    # A refetch moved the frontier past planned offsets: drop them.
                    frontier = self.prev.offset
                    for stale in [o for o in planned if o <= frontier]:
                        planned.remove(stale)
                        self._drop(stale)
            assert tail is not None
            if self._is_last(tail):
                return
            # The table may have grown past the total announced at the start.
            offset = tail.offset + step
        while True:
            # Sequential, with the next page in flight while this one is checked.
            page = await self._take(offset)
            nxt = offset + step
            if len(page.raw) >= page.limit:
                self._schedule(nxt)
                await asyncio.sleep(0)  # let the prefetch go out before the caller works
            async with contextlib.aclosing(self._accept(page, step)) as accepted:
                async for out in accepted:
                    yield out
            assert self.prev is not None
            if self._is_last(self.prev):
                return
            offset = self.prev.offset + step
            if offset != nxt:
                self._drop(nxt)

    async def _take_first_done(self, current: int, planned: deque[int]) -> Page[T]:
        """Unordered mode: the next page in offset order if it is done, else any done page
        whose predecessor was already delivered; otherwise wait for ``current``."""
        # Overlap checks need neighbours in order; unordered mode only lets the order of
        # *delivery* float within the window when no check depends on it (overlap off).
        if self.overlap:
            return await self._take(current)
        done = [o for o, t in self.tasks.items() if t.done()]
        if current in done or not done:
            return await self._take(current)
        pick = min(done)
        planned.appendleft(current)
        planned.remove(pick)
        return await self._take(pick)

    def _is_last(self, page: Page[T]) -> bool:
        if page.more is False:
            return True
        if page.fetched == 0:
            if page.more is True:
                raise PaginationError(
                    f"{self.pager.spec.operation}: the page at offset {page.offset} claims "
                    "more results but holds none; stopping rather than looping for ever",
                    resume=self.export.resume_point,
                )
            return True
        return page.fetched < page.limit

    #: Refetches one gap may take before the export gives up: rows shifting faster than
    #: the export can follow them.
    MAX_REFETCHES_PER_GAP = 1000

    #: Page offsets planned ahead from the first page's ``total_records`` at most.
    MAX_PLANNED_PAGES = 100_000

    async def _accept(self, page: Page[T], step: int) -> AsyncGenerator[Page[T], None]:
        """Deliver ``page`` after the previous one; when rows shifted past the overlap
        (the page shares nothing with what was delivered), refetch from earlier and walk
        forward with fresh pages instead, until the walk has passed ``page``'s offset."""
        if self._shares(page):
            yield self._release(page)
            return
        target = page.offset
        stale = page
        walk_step = step
        budget = self.MAX_REFETCHES_PER_GAP
        while True:
            back = max(1, self.overlap)
            while True:
                probe = max(0, stale.offset - back)
                logger.info(
                    "%s: rows shifted past the overlap near offset %d; refetching at %d",
                    self.pager.spec.operation,
                    stale.offset,
                    probe,
                )
                fresh = await self._refetch(probe, budget=budget)
                budget -= 1
                if self._shares(fresh) or probe == 0:
                    break
                back *= 2
            yield self._release(fresh, refetch=True)
            while not self._is_last(fresh) and fresh.offset < target:
                fresh = await self._refetch(fresh.offset + walk_step, budget=budget)
                budget -= 1
                if not self._shares(fresh):
                    # Shifted again between two requests: the rows move faster than the
                    # overlap covers, so overlap more while walking, and look back.
                    walk_step = max(1, (walk_step + 1) // 2)
                    stale = fresh
                    break
                walk_step = min(step, walk_step * 2)
                yield self._release(fresh, refetch=True)
            else:
                return

    async def _refetch(self, offset: int, *, budget: int) -> Page[T]:
        if budget <= 0:
            raise PaginationError(
                f"{self.pager.spec.operation}: rows are shifting faster than the export can "
                f"follow (more than {self.MAX_REFETCHES_PER_GAP} refetches for one gap)",
                resume=self.export.resume_point,
            )
        self.export.stats.refetches += 1
        return await self._take(offset)


async def _items_of(pages: AsyncGenerator[Page[T], None]) -> AsyncGenerator[T, None]:
    """The records of a page stream, closing the stream as soon as this generator closes."""
    async with contextlib.aclosing(pages) as stream:
        async for page in stream:
            for item in page.items:
                yield item


async def _cancel_and_wait(tasks: list[asyncio.Task[Page[T]]]) -> None:
    """Cancel ``tasks`` and wait for them to finish, without swallowing a cancellation of
    the caller, and retrieve their exceptions so none is reported as never retrieved."""
    for task in tasks:
        task.cancel()
    if tasks:
        await asyncio.wait(tasks)
    for task in tasks:
        if not task.cancelled():
            task.exception()


def _now_iso() -> str:
    from datetime import UTC, datetime, timedelta

    # A minute of margin covers clock skew between this machine and UltraCart.
    return (datetime.now(UTC) - timedelta(minutes=1)).replace(microsecond=0).isoformat()

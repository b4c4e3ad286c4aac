"""Streaming over ``_limit/_offset`` endpoints: pagers, prefetch, resume, concurrent export.

This module knows no resource. A resource describes one paged operation with a
:class:`PageSpec` (method, path, filters in wire names, the envelope key of the items,
the page size, the field that identifies a record) and gets back a :class:`Pager`.

Two ways to stream, one paging rule (:mod:`._paging_rule`: ``more``, then ``next_offset``,
then ``total_records`` of the latest page, and a short page only when the metadata says
nothing):

* ``async for item in pager`` / ``pager.pages()``: one page after another, with the next
  page already in flight while the caller handles the current one.
* ``pager.export(concurrency=N)``: the same walk, with up to N pages requested ahead along
  the stride the server's pages show (while ``total_records`` says there is more). Pages
  overlap by a few records so a shift of the underlying rows (inserts and deletes while
  paging) is seen: duplicates in the overlap are dropped, and a page that shares nothing
  with its predecessor makes the export refetch from earlier until it does. Every record
  that exists for the whole export is delivered exactly once.

Anything that stops either one after its first request is a
:class:`~ultracart_async.PaginationError` carrying a :class:`ResumePoint`, with the cause
chained; ``pager.resume_from(point)`` continues where the stream stopped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import time
import typing
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
import orjson

from . import _wire
from ._config import RequestOptions
from ._errors import (
    APIResponseValidationError,
    ClientClosedError,
    ConfigurationError,
    PaginationError,
)
from ._paging_rule import ProgressGuard, Stall, next_offset
from ._ratelimit import Limiter, LimiterState
from ._response import APIResponse
from ._text import printable

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
        idempotent: Whether a page request may be repeated after an ambiguous failure.
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
    idempotent: bool = True
    options: RequestOptions | None = None
    id_field: str | None = None
    stable_sort: str | None = None
    since_param: str | None = None


class Page(Generic[T]):
    """One page of results.

    Attributes:
        offset: The offset this page was asked for.
        limit: The page size the server reports (``result_set.limit`` when it is a positive
            integer), else the one asked for.
        raw: The records as the API sent them (wire JSON dicts), records already delivered
            dropped (the previous page's in a stream; everything delivered in an export).
        fetched: How many records the page held as received, before that dedupe: the
            paging rule counts these (``fetched - count`` were dropped as repeats).
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
        self.bad_values: int = 0
        self.on_issue: Callable[[_wire.FieldIssue], object] | None = None
        self.offset: int = offset
        self.limit: int = limit
        self.raw: list[Any] = raw
        self.fetched: int = fetched
        self.total_records: int | None = total_records
        self.more: bool | None = more
        self.next_offset: int | None = next_offset
        self.response: APIResponse | None = response

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
    """What an export did, each figure counted as its line says. Read ``export.stats``
    during or after the export.

    Attributes:
        pages: Page requests that got an answer: the main pass, refetches, pages requested
            ahead and then discarded because the server's pages took another stride, and
            the since pass. Requests that failed or were cancelled before their answer do
            not count.
        items: Records delivered by the main pass (each record once; the since pass is
            counted apart in ``since_pass_items``).
        duplicates_dropped: Records received again and dropped because they had been
            delivered already: the planned overlap (up to ``overlap`` records on each page
            after the first), rows that shifted towards later offsets while the export ran,
            repeats a server's ``next_offset`` asked for, and the already delivered part of
            refetched pages. For every delivered page, ``page.fetched - page.count`` of its
            records were dropped this way.
        refetches: Requests sent again at an earlier offset because a page shared nothing
            with what was delivered before it (rows shifted past the overlap).
        total_at_start: ``total_records`` of the first page, or None when it sent none.
        total_at_end: ``total_records`` of the latest answered page that sent one.
        retries: Extra attempts the transport made for the answered page requests (429s
            included).
        throttled: 429 answers met by the answered page requests.
        since_pass_items: Records delivered by the follow-up ``since`` pass.
        bad_values: Values of the wrong type set aside while records were structured into
            models (their records still delivered). Counted when ``page.items`` (or the
            export's item iterator) structures a page; raw consumers of ``page.raw`` count 0.
        elapsed: Seconds from the start of the iteration to the latest page, or to the end.
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
    """Handed to an export's ``on_page`` hook after each page of the main pass is delivered.

    Attributes:
        items: Records delivered so far.
        total: ``total_records`` of the latest page that sent one (``None`` when unknown).
        pages: Page requests answered so far (as :attr:`ExportStats.pages`).
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


# An id the spec types as an integer may arrive as a number or as its decimal text; both
# compare by value. The bound keeps int() off absurd strings (Python refuses > 4300 digits).
_DECIMAL = re.compile(r"[+-]?[0-9]{1,40}")


def _int_id(value: object) -> object:
    """An integer id's value (``42``, ``"42"`` and ``42.0`` alike); other text as it is."""
    if type(value) is int:
        return value
    if isinstance(value, str):
        text = value.strip()
        return int(text) if _DECIMAL.fullmatch(text) else value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    return None


def _plain_id(value: object) -> object:
    return value if isinstance(value, str | int) and not isinstance(value, bool) else None


def _integer_field(model: type, wire_name: str | None) -> bool:
    """Whether ``model`` types the field sent as ``wire_name`` as an integer (the models
    are generated from the spec, so this is what the spec says)."""
    if wire_name is None or not attrs.has(model):
        return False
    try:
        hints = typing.get_type_hints(model)
    except (NameError, TypeError):
        return False
    for field in attrs.fields(model):
        if field.metadata.get(_wire.WIRE_NAME, field.name) == wire_name:
            hint = hints.get(field.name)
            return hint is int or int in typing.get_args(hint)
    return False


def _configured_in_flight(limiter: Limiter) -> int:
    """The in-flight cap the limiter was configured with (not one lowered after 429s).

    A limiter that exposes a ``max_in_flight`` integer attribute is read there; otherwise
    (the :class:`~ultracart_async.Limiter` protocol) from ``state().max_in_flight``, which the
    protocol documents as the configured cap (``in_flight_cap`` is the one in force).
    """
    value = getattr(limiter, "max_in_flight", None)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value
    return limiter.state().max_in_flight


def _export_concurrency(limiter: Limiter, concurrency: int | None) -> int:
    """``concurrency`` checked against the limiter's configured in-flight cap (its default)."""
    cap = _configured_in_flight(limiter)
    if concurrency is None:
        return cap
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ConfigurationError(f"concurrency must be a positive integer, got {concurrency!r}")
    if concurrency > cap:
        # Every request waits for the limiter: a higher concurrency would silently run at the
        # cap. The CLI refuses --concurrency above --max-in-flight likewise.
        raise ConfigurationError(
            f"concurrency {concurrency} is above the limiter's max_in_flight {cap}: every "
            f"request waits for the limiter, so the export would run {cap} at a time. "
            "UltraCart allows one request in flight unless it raised your limits; if it "
            f"did, raise max_in_flight too (TokenBucketLimiter(..., max_in_flight="
            f"{concurrency}))"
        )
    return concurrency


def _ending(
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


class Pager(Generic[T]):
    """A paged operation's whole result set, streamed.

    * ``async for item in pager``: every record, page after page (the next page is already
      requested while the caller handles the current one).
    * ``async for page in pager.pages()``: :class:`Page` objects (records plus ``offset``,
      ``limit``, ``count``, ``total_records``, ``more``).
    * ``await pager``: the first page alone, in one call.
    * ``pager.export(concurrency=N)``: the concurrent bulk export (:class:`Export`).
    * ``pager.resume_from(point)``: continue from a :class:`ResumePoint`.

    The stream follows the paging rule of :mod:`ultracart_async._paging_rule` (``more``
    first, then ``next_offset``, then ``total_records`` of the latest page; a short page
    ends it only when the metadata says nothing) and never runs without end. Anything that
    stops it after its first request is a :class:`~ultracart_async.PaginationError` with
    ``.resume`` and the cause chained; cancellation stays a ``CancelledError``.

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
        self._to_id: Callable[[object], object] = (
            _int_id if _integer_field_cached(model, spec.id_field) else _plain_id
        )

    @property
    def spec(self) -> PageSpec:
        """The operation this pager streams."""
        return self._spec

    def _record_id(self, record: Any) -> object:
        """The record's id, integer ids by value (``42`` and ``"42"`` are one id); None
        when the record has none."""
        field = self._spec.id_field
        if field is None or not isinstance(record, dict):
            return None
        return self._to_id(record.get(field))

    def _start_seen(self) -> set[object]:
        ids = {self._to_id(i) for i in self._start.seen_ids} if self._start else set()
        ids.discard(None)
        return ids

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
            idempotent=spec.idempotent,
            options=spec.options,
        )
        data = response.data
        raw = data.get(spec.items_key) if isinstance(data, dict) else None
        if raw is None:
            raw = []
        elif not isinstance(raw, list):
            raise APIResponseValidationError(
                f"{spec.operation}: {spec.items_key!r} in the answer is not a list",
                method=spec.method,
                url=response.url,
                status=response.status,
                body_excerpt=printable(repr(raw), 200),
                attempts=response.attempts,
            )
        result_set = _result_set(response)
        reported = _int_or_none(result_set.get("limit"))
        more = result_set.get("more")
        return Page(
            model=self._model,
            offset=offset,
            limit=reported if reported is not None and reported >= 1 else spec.page_size,
            raw=raw,
            fetched=len(raw),
            total_records=_int_or_none(result_set.get("total_records")),
            more=more if isinstance(more, bool) else None,
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
        """Every page in order, the next one requested while the caller handles this one.

        Raises:
            PaginationError: The stream stopped after its first request (a failed request,
                an unreachable shared limiter, a server whose paging metadata would make it
                run for ever); ``.resume`` continues it, ``__cause__`` says why.
            ConfigurationError: Raised before the first request (bad arguments).
        """
        if self._start is not None and self._start.export:
            raise ConfigurationError(
                "this resume point came from an export; continue it with "
                ".resume_from(point).export(), which checks the page overlap it relies on"
            )
        run = _StreamRun(self)
        async with contextlib.aclosing(run.pages()) as stream:
            while True:
                try:
                    page = await anext(stream)
                except StopAsyncIteration:
                    return
                except Exception as exc:
                    error = _ending(
                        exc,
                        started=run.answered > 0,
                        what=f"{self._spec.operation} stopped at offset {run.point.offset}",
                        resume=run.point,
                    )
                    if error is None:
                        raise
                    raise error from (None if isinstance(exc, Stall) else exc)
                yield page

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
        concurrency = _export_concurrency(self._transport.limiter, concurrency)
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


_INTEGER_FIELDS: dict[tuple[type, str | None], bool] = {}


def _integer_field_cached(model: type, wire_name: str | None) -> bool:
    key = (model, wire_name)
    known = _INTEGER_FIELDS.get(key)
    if known is None:
        known = _INTEGER_FIELDS[key] = _integer_field(model, wire_name)
    return known


def _jsonable(value: Any) -> Any:
    return orjson.loads(orjson.dumps(value, default=str)) if value is not None else None


class _StreamRun(Generic[T]):
    """One walk of a plain stream: prefetch, dedupe against the previous page, the rule."""

    def __init__(self, pager: Pager[T]) -> None:
        self.pager = pager
        start = pager._start
        offset = start.offset if start else 0
        self.seen = pager._start_seen()
        self.answered = 0
        self.guard = ProgressGuard()
        #: Where to continue if the stream stops now.
        self.point = pager._resume_point(offset, tuple(self.seen), export=False)

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        pager = self.pager
        record_id = pager._record_id
        pending: asyncio.Task[Page[T]] | None = None
        try:
            pending = asyncio.ensure_future(pager.fetch_page(self.point.offset))
            while pending is not None:
                page = await pending
                pending = None
                self.answered += 1
                received = page.raw
                seen = self.seen
                kept = [r for r in received if record_id(r) not in seen] if seen else received
                nxt = next_offset(page, asked=pager.spec.page_size)
                if nxt is not None:
                    self.guard.observe(page.offset, received, len(kept))
                    # Prefetch: the next request is in flight while the caller works. One
                    # turn of the loop lets the task send it before the caller, parsing this
                    # page, holds the loop.
                    pending = asyncio.ensure_future(pager.fetch_page(nxt))
                    await asyncio.sleep(0)
                page.raw = kept
                # The ids as received: the next page may repeat any of them (a next_offset
                # behind offset + count), the ones dropped here included.
                self.seen = {record_id(r) for r in received}
                self.seen.discard(None)
                if nxt is not None:
                    self.point = pager._resume_point(nxt, tuple(self.seen), export=False)
                yield page
        finally:
            if pending is not None:
                await _cancel_and_wait([pending])


class Export(Generic[T]):
    """A concurrent bulk export; iterate it once.

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
        self.stats: ExportStats = ExportStats()
        """The running :class:`ExportStats`."""
        self.resume_point: ResumePoint | None = None
        """Where to continue if the export stops; updated before each page is delivered."""

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
        """The export's pages, duplicates already dropped from ``page.raw``.

        Raises:
            PaginationError: The export stopped after its first request; ``.resume``
                continues it, ``__cause__`` says why.
        """
        if self._started:
            raise ConfigurationError("an export can be iterated only once; call export() again")
        self._started = True
        began = time.monotonic()
        run = _ExportRun(self)
        operation = self._pager.spec.operation
        try:
            main = self._reported(run.pages(), run, f"{operation} export stopped", at=True)
            async with contextlib.aclosing(main) as pages:
                async for page in pages:
                    self.stats.elapsed = time.monotonic() - began
                    page.on_issue = self._count_bad_value
                    self._progress()
                    yield page
            if self._since_pass:
                since = self._reported(
                    self._since_pages(run.started_at),
                    run,
                    f"{operation} export stopped in its since pass",
                    at=False,
                )
                async with contextlib.aclosing(since) as pages:
                    async for page in pages:
                        page.on_issue = self._count_bad_value
                        yield page
        finally:
            self.stats.elapsed = time.monotonic() - began

    async def _reported(
        self, source: AsyncGenerator[Page[T], None], run: _ExportRun[T], what: str, *, at: bool
    ) -> AsyncGenerator[Page[T], None]:
        """``source``'s pages; whatever stops it is reported as a PaginationError with the
        resume point (see :func:`_ending` for what stays itself), its message saying
        ``what`` happened (``at`` the resume point's offset)."""
        async with contextlib.aclosing(source) as stream:
            while True:
                try:
                    page = await anext(stream)
                except StopAsyncIteration:
                    return
                except Exception as exc:
                    point = self.resume_point or run.start_point()
                    where = f"{what} at offset {point.offset}" if at else what
                    error = _ending(exc, started=self.stats.pages > 0, what=where, resume=point)
                    if error is None:
                        raise
                    self.resume_point = point
                    raise error from (None if isinstance(exc, Stall) else exc)
                yield page

    def _count_bad_value(self, issue: _wire.FieldIssue) -> None:
        self.stats.bad_values += 1

    async def _since_pages(self, started_at: str) -> AsyncGenerator[Page[T], None]:
        pager = self._pager
        spec = pager.spec
        assert spec.since_param is not None
        params = {**spec.params, spec.since_param: started_at}
        follow = Pager(pager._transport, attrs.evolve(spec, params=params), pager._model)
        async with contextlib.aclosing(_StreamRun(follow).pages()) as pages:
            async for page in pages:
                stats = self.stats
                stats.since_pass_items += page.count
                stats.pages += 1
                if page.response is not None:
                    stats.retries += page.response.attempts - 1
                    stats.throttled += page.response.throttled
                yield page

    def _progress(self) -> None:
        if self._on_page is None:
            return
        self._on_page(
            ExportProgress(
                items=self.stats.items,
                total=self.stats.total_at_end,
                pages=self.stats.pages,
                limiter=self._pager._transport.limiter.state(),
                stats=self.stats,
            )
        )


class _ExportRun(Generic[T]):
    """One run of an export: the chain of pages the paging rule walks, the pages requested
    ahead of it, the overlap check with its refetches, and dedupe.

    The chain is what makes the export agree with the plain stream: each page's successor
    is the offset :func:`~ultracart_async._paging_rule.next_offset` gives (less the
    overlap). Requesting ahead only guesses that the server's next pages take the same
    stride; a guess that misses is dropped (and after a few misses the export stops
    guessing), so the records delivered never depend on it.
    """

    #: Refetches allowed since the last page that moved the export forward with a new
    #: record, before it gives up: rows shifting faster than the export can follow. Probing
    #: back doubles its distance each time, so one gap takes a handful.
    MAX_REFETCHES_WITHOUT_PROGRESS = 64

    #: Times the pages requested ahead missed the chain's next offset (the server's pages
    #: took another stride) after which the export stops requesting ahead.
    MAX_MISSED_GUESSES = 3

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
        self.monotonic = (
            spec.id_field is not None
            and sort in (spec.id_field, f"+{spec.id_field}")
            and self.pager._to_id is _int_id
        )
        seen = self.pager._start_seen()
        # Unordered delivery happens only with the overlap check off (see _deliver_early).
        self.in_order = export._ordered or self.overlap > 0
        self.last_key: int | None = (
            max((k for k in seen if type(k) is int), default=None) if self.monotonic else None
        )
        # Membership mode: the ids of the last delivered page, what the next page must share
        # (overlap check) and must not repeat (dedupe). Bounded by one page.
        self.prev_ids: set[object] = seen
        self.prev: Page[T] | None = None
        # A resumed export keeps the start of the interrupted one, so its since pass also
        # covers what changed before the interruption.
        self.started_at = (start.started_at if start else None) or _now_iso()
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
        return self.pager._resume_point(
            self.start_offset, self._seen(), export=True, started_at=self.started_at
        )

    # -- ids, overlap and dedupe -------------------------------------------------------------

    def _int_key(self, record: Any) -> int | None:
        key = self.pager._record_id(record)
        return key if type(key) is int else None

    def _seen(self) -> tuple[Any, ...]:
        if self.monotonic:
            return () if self.last_key is None else (self.last_key,)
        return tuple(self.prev_ids)

    def _shares(self, page: Page[T]) -> bool:
        """Whether ``page`` starts at or before what was delivered last (no rows skipped)."""
        if not self.overlap:
            return True
        prev = self.prev
        if prev is not None and page.offset >= prev.offset + prev.fetched:
            # No overlap was asked for (a next_offset beyond this page's records, or a page
            # of one record): there is nothing to compare.
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
            # One pass, plain ints first (this runs for every record of a bulk export).
            field = self.pager.spec.id_field
            keys = [
                k if type(k) is int else _int_key_of(k)
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
            ids_now = {self.pager._record_id(r) for r in raw}
            ids_now.discard(None)
            if ids_now:
                self.prev_ids = ids_now
        page.raw = kept
        return len(raw) - len(kept)

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
        self.tasks[offset] = asyncio.ensure_future(self.export._fetch(offset))
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
            await _cancel_and_wait(tasks)

    # -- the chain -----------------------------------------------------------------------------

    async def _run(self) -> AsyncGenerator[Page[T], None]:
        page = await self._take(self.start_offset)
        self.export.stats.total_at_start = page.total_records
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
        forward = self._shares(page)
        if not forward:
            page = await self._realign(page)
        received = page.raw
        dropped = self._drop_seen(page)
        await self._link(page, received, forward=forward)
        self._count(page, dropped)
        yield page

    def _count(self, page: Page[T], dropped: int) -> None:
        stats = self.export.stats
        stats.duplicates_dropped += dropped
        stats.items += len(page.raw)

    async def _link(self, page: Page[T], received: list[Any], *, forward: bool) -> None:
        """Make ``page`` the chain's latest: the rule gives its successor, the progress guard
        checks it, the resume point moves past it, and the pages after it are requested."""
        n = next_offset(page, asked=self.pager.spec.page_size, overlap=self.overlap)
        if forward:
            if n is not None:
                self.guard.observe(page.offset, received, len(page.raw))
            if page.raw:
                self.refetch_budget = self.MAX_REFETCHES_WITHOUT_PROGRESS
                self.last_gap = None
        else:
            self.guard.restart()
        self.prev = page
        self.next = n
        if n is None:
            self._drop_all()
            # Past the end: a resumed export asks once more there, drops the overlap, ends.
            resume_at = (
                page.offset + max(1, page.fetched - self.overlap) if page.fetched else page.offset
            )
        else:
            resume_at = n
        self.export.resume_point = self.pager._resume_point(
            resume_at, self._seen(), export=True, started_at=self.started_at
        )
        if n is not None and self._request_ahead(page, n, after_refetch=not forward):
            await asyncio.sleep(0)  # let the requests go out before the caller works

    def _request_ahead(self, page: Page[T], n: int, *, after_refetch: bool) -> bool:
        """Request the chain's next page, and while the total says there is more, the pages
        after it at the same stride, up to ``concurrency`` in flight; drop the rest."""
        wanted = [n]
        total = page.total_records
        if total is None:
            total = self.export.stats.total_at_end
        if self.guessing and total is not None:
            stride = n - page.offset
            ahead = n + stride
            while len(wanted) < self.concurrency and ahead < total:
                wanted.append(ahead)
                ahead += stride
        guessed = bool(self.tasks or self.early)
        if guessed and not after_refetch and n not in self.tasks and n not in self.early:
            self.missed_guesses += 1
            if self.missed_guesses >= self.MAX_MISSED_GUESSES:
                logger.info(
                    "%s: the server's pages do not keep one stride; requesting one page at a time",
                    self.pager.spec.operation,
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
                self.pager.spec.operation,
                stale.offset,
                probe,
            )
            fresh = await self._refetch(probe)
            if self._shares(fresh) or probe == 0:
                return fresh
            back *= 2

    async def _refetch(self, offset: int) -> Page[T]:
        if self.refetch_budget <= 0:
            raise Stall(
                "rows are shifting faster than the export can follow (more than "
                f"{self.MAX_REFETCHES_WITHOUT_PROGRESS} refetches without a new record)"
            )
        self.refetch_budget -= 1
        self.export.stats.refetches += 1
        self._drop(offset)  # a fresh answer, not one requested before the shift
        return await self._take(offset)


def _int_key_of(value: object) -> int | None:
    key = _int_id(value)
    return key if type(key) is int else None


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

"""The one paging rule, against servers whose paging metadata is unusual or wrong.

Each kind of metadata is served by a small local aiohttp server and read by the plain
stream and by the export at concurrency 1 and 4: short pages that say ``more: true``, a
reported ``limit`` other than the one asked for, ``next_offset`` ahead of and behind
offset + count, ``total_records`` growing and shrinking, ``_offset`` ignored, ids sent as
strings. Then what ends a stream: a shared limiter whose Redis goes away, a deadline, a 5xx
past the retries, a misuse before the first request.
"""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp import web

from ultracart_async import (
    APIResponseValidationError,
    APITimeoutError,
    ConfigurationError,
    LimiterUnavailableError,
    Page,
    PaginationError,
    RetryPolicy,
    ServerError,
    Timeouts,
    TokenBucketLimiter,
    UltraCartClient,
    UltraCartError,
)
from ultracart_async.models import Customer
from ultracart_async.pagination import Pager, PageSpec, ResumePoint
from ultracart_async.pagination._rule import MAX_IDLE_PAGES, ProgressGuard, Stall, next_offset

from .._redis import MISSING_REASON, REDIS_SERVER, RedisServer, redis_server
from ..conftest import ScriptedServer
from ._helpers import customers_pager

N = 1000  # records behind every scenario
ASKED = 200  # the page size asked for
OID = "customer_profile_oid"
MODES = ["pager", "export-1", "export-4"]
#: A server answers at most this many requests, then says ``more: false``: code that would
#: loop for ever ends instead, and the test reads how many requests it sent.
REQUEST_CAP = 60


# -- the rule alone ----------------------------------------------------------------------------


@dataclass
class Facts:
    offset: int = 0
    limit: int = ASKED
    fetched: int = ASKED
    more: bool | None = None
    next_offset: int | None = None
    total_records: int | None = None


@pytest.mark.parametrize(
    ("facts", "overlap", "expected"),
    [
        # more: false ends, whatever else the page says.
        (Facts(more=False, next_offset=200, total_records=5000), 0, None),
        # more: true continues, even after a short page, and even past total_records.
        (Facts(fetched=150, more=True), 0, 150),
        (Facts(offset=800, fetched=150, more=True, total_records=900), 0, 950),
        # next_offset wins over offset + count, ahead or behind, less the export's overlap.
        (Facts(more=True, next_offset=230), 0, 230),
        (Facts(more=True, next_offset=197), 0, 197),
        (Facts(more=True, next_offset=230), 5, 225),
        (Facts(more=True), 5, 195),
        # The overlap never takes more than half of the advance.
        (Facts(fetched=4, more=True), 5, 2),
        (Facts(fetched=1, more=True), 5, 1),
        # No more: total_records of this page decides.
        (Facts(fetched=150, total_records=1000), 0, 150),
        (Facts(offset=850, fetched=150, total_records=1000), 0, None),
        (Facts(fetched=200, next_offset=200, total_records=200), 0, None),
        # No more and no total: a next_offset says there is more.
        (Facts(fetched=150, next_offset=150), 0, 150),
        # Nothing at all: a short page ends; a full one continues.
        (Facts(fetched=150), 0, None),
        (Facts(fetched=200), 0, 200),
        # ... where full is measured by the smaller of the asked and the reported limit.
        (Facts(limit=100, fetched=100), 0, 100),
        (Facts(limit=250, fetched=200), 0, 200),
        (Facts(limit=100, fetched=99), 0, None),
        # An empty page that claims nothing is the end.
        (Facts(fetched=0), 0, None),
        (Facts(fetched=0, total_records=1000, offset=400), 0, None),
    ],
)
def test_the_rule_reads_the_metadata_in_its_order(
    facts: Facts, overlap: int, expected: int | None
) -> None:
    assert next_offset(facts, asked=ASKED, overlap=overlap) == expected


@pytest.mark.parametrize(
    ("facts", "message"),
    [
        (Facts(fetched=0, more=True), "claims more results but holds none"),
        (Facts(offset=400, more=True, next_offset=400), "does not advance"),
        (Facts(offset=400, more=True, next_offset=12), "does not advance"),
    ],
)
def test_the_rule_refuses_to_stand_still(facts: Facts, message: str) -> None:
    with pytest.raises(Stall, match=message):
        next_offset(facts, asked=ASKED)


def test_the_guard_stops_an_identical_page_at_another_offset() -> None:
    guard = ProgressGuard()
    records = [{"id": i} for i in range(5)]
    guard.observe(0, records, 5)
    guard.observe(0, [dict(r) for r in records], 0)  # the same offset asked again: allowed
    with pytest.raises(Stall, match="identical to the one at offset 0"):
        guard.observe(5, [dict(r) for r in records], 0)


def test_the_guard_stops_pages_that_add_nothing_and_forgets_after_a_restart() -> None:
    guard = ProgressGuard()
    for offset in range(MAX_IDLE_PAGES - 1):
        guard.observe(offset, [{"id": offset}], 0)
    guard.restart()
    for offset in range(MAX_IDLE_PAGES - 1):
        guard.observe(10 + offset, [{"id": 10 + offset}], 0)
    guard.observe(20, [{"id": 20}], 1)  # a new record resets the count
    for offset in range(MAX_IDLE_PAGES - 1):
        guard.observe(30 + offset, [{"id": 30 + offset}], 0)
    with pytest.raises(Stall, match=f"{MAX_IDLE_PAGES} pages in a row"):
        guard.observe(40, [{"id": 40}], 0)


# -- scenario servers --------------------------------------------------------------------------

Answer = tuple[list[dict[str, Any]], dict[str, Any]]


@dataclass
class Scenario:
    """A server's paging behaviour: ``answer(offset, limit, request_number)`` gives the
    records and the result_set; ``expected()`` the ids a correct reader delivers."""

    answer: Callable[[int, int, int], Answer]
    expected: Callable[[], set[int]]
    #: Extra requests allowed beyond one per page delivered (requests ahead that a changed
    #: stride made useless, the prefetch past a short last page, ...).
    slack: int = 4
    state: dict[str, Any] = field(default_factory=dict)


def records(ids: list[int], *, as_text: bool = False) -> list[dict[str, Any]]:
    return [{OID: str(i) if as_text else i, "email": f"c{i}@example.com"} for i in ids]


def honest(
    table: list[int],
    offset: int,
    limit: int,
    *,
    cap: int | None = None,
    report: tuple[str, ...] = ("more", "next_offset", "total_records", "limit"),
    reported_limit: int | None = None,
) -> tuple[list[int], dict[str, Any]]:
    """Rows ``offset .. offset + min(limit, cap)`` of ``table``, with the metadata named in
    ``report`` computed truthfully (UltraCart's shape: no next_offset at the end)."""
    chunk = table[offset : offset + min(limit, cap or limit)]
    more = offset + len(chunk) < len(table)
    result_set: dict[str, Any] = {"count": len(chunk), "offset": offset}
    if "limit" in report:
        result_set["limit"] = reported_limit if reported_limit is not None else limit
    if "more" in report:
        result_set["more"] = more
    if "next_offset" in report and more:
        result_set["next_offset"] = offset + len(chunk)
    if "total_records" in report:
        result_set["total_records"] = len(table)
    return chunk, result_set


def _static(**kwargs: Any) -> Scenario:
    table = list(range(1, N + 1))

    def answer(offset: int, limit: int, _n: int) -> Answer:
        chunk, result_set = honest(table, offset, limit, **kwargs)
        return records(chunk), result_set

    return Scenario(answer, lambda: set(table))


def short_pages_more_true() -> Scenario:
    # 150 records a page although 200 were asked (and the server reports limit 200).
    return _static(cap=150, report=("more", "limit"))


def short_pages_varying_with_a_total() -> Scenario:
    # Page sizes vary (120 to 199): the export's requests ahead miss the stride, and it
    # must stop guessing rather than waste requests.
    table = list(range(1, N + 1))

    def answer(offset: int, limit: int, _n: int) -> Answer:
        chunk, result_set = honest(
            table, offset, limit, cap=120 + (offset * 37) % 80, report=("more", "total_records")
        )
        return records(chunk), result_set

    return Scenario(answer, lambda: set(table), slack=4 * 3)


def short_pages_with_only_a_total() -> Scenario:
    # No more, no next_offset: total_records is what says a short page is not the last.
    return _static(cap=150, report=("total_records",))


def limit_reported_above_the_page() -> Scenario:
    return _static(reported_limit=250)


def limit_reported_below_the_ask() -> Scenario:
    # The server caps pages at 100 and says so.
    return _static(cap=100, reported_limit=100)


def limit_reported_below_the_ask_and_nothing_else() -> Scenario:
    return _static(cap=100, reported_limit=100, report=("limit",))


def next_offset_ahead() -> Scenario:
    # Offsets count rows the server hides (one in six): next_offset runs ahead of
    # offset + count, every page is short, and more stays true until the end. The server's
    # total counts the visible records, which is less than the last offsets.
    rows = list(range(1, 1201))
    visible = [r for r in rows if r % 6]

    def answer(offset: int, limit: int, _n: int) -> Answer:
        window = rows[offset : offset + limit]
        chunk = [r for r in window if r % 6]
        more = offset + limit < len(rows)
        result_set: dict[str, Any] = {"more": more, "total_records": len(visible)}
        if more:
            result_set["next_offset"] = offset + limit
        return records(chunk), result_set

    return Scenario(answer, lambda: set(visible))


def next_offset_behind(*, ids_as_text: bool = False) -> Scenario:
    # The server asks for its own overlap of 3 records.
    table = list(range(1, N + 1))

    def answer(offset: int, limit: int, _n: int) -> Answer:
        chunk, result_set = honest(table, offset, limit)
        if "next_offset" in result_set:
            result_set["next_offset"] -= 3
        as_text = ids_as_text and (offset // 100) % 2 == 1
        return records(chunk, as_text=as_text), result_set

    return Scenario(answer, lambda: set(table), slack=5)


def total_growing() -> Scenario:
    # 40 records are appended before each answer after the first; no more, no next_offset:
    # the latest total_records says where the end is.
    state: dict[str, Any] = {"table": list(range(1, N + 1))}

    def answer(offset: int, limit: int, n: int) -> Answer:
        table = state["table"]
        if n > 0:
            table.extend(range(table[-1] + 1, table[-1] + 41))
        chunk, result_set = honest(table, offset, limit, report=("total_records",))
        return records(chunk), result_set

    def expected() -> set[int]:
        return set(state["table"])  # checked against what was delivered: see the test

    return Scenario(answer, expected, state=state)


def total_shrinking() -> Scenario:
    # 40 records are deleted from the end before each answer after the first.
    state: dict[str, Any] = {"table": list(range(1, N + 1))}

    def answer(offset: int, limit: int, n: int) -> Answer:
        table = state["table"]
        if n > 0:
            del table[-40:]
        chunk, result_set = honest(table, offset, limit, report=("more", "total_records"))
        return records(chunk), result_set

    return Scenario(answer, lambda: set(state["table"]), state=state)


def offset_ignored() -> Scenario:
    # The same answer whatever the offset, metadata included.
    table = list(range(1, N + 1))

    def answer(offset: int, limit: int, _n: int) -> Answer:
        chunk, result_set = honest(table, 0, limit)
        return records(chunk), result_set

    return Scenario(answer, lambda: set(table))


def offset_ignored_next_offset_following() -> Scenario:
    # The same records whatever the offset, but next_offset follows the offset asked for.
    table = list(range(1, N + 1))

    def answer(offset: int, limit: int, _n: int) -> Answer:
        chunk, _ = honest(table, 0, limit)
        return records(chunk), {"more": True, "next_offset": offset + limit, "total_records": N}

    return Scenario(answer, lambda: set(table))


def offset_ignored_without_metadata() -> Scenario:
    table = list(range(1, N + 1))

    def answer(offset: int, limit: int, _n: int) -> Answer:
        return records(table[:limit]), {}

    return Scenario(answer, lambda: set(table))


def ids_as_strings() -> Scenario:
    # customer_profile_oid as text on every other block of 100 offsets, as numbers
    # otherwise, and a next_offset 3 behind: the repeated records change form.
    return next_offset_behind(ids_as_text=True)


def serve(server: ScriptedServer, scenario: Scenario) -> list[int]:
    """Answer with ``scenario``; returns the list the offsets asked for are appended to."""
    offsets: list[int] = []

    async def handler(request: web.Request) -> web.StreamResponse:
        offset = int(request.query["_offset"])
        limit = int(request.query["_limit"])
        offsets.append(offset)
        if len(offsets) > REQUEST_CAP:
            return web.json_response({"customers": [], "metadata": {"result_set": {"more": False}}})
        found, result_set = scenario.answer(offset, limit, len(offsets) - 1)
        body = {"customers": found, "success": True, "metadata": {"result_set": result_set}}
        return web.json_response(body)

    server.handler = handler
    return offsets


def client(server: ScriptedServer, **kwargs: Any) -> UltraCartClient:
    kwargs.setdefault("limiter", TokenBucketLimiter((), max_in_flight=4))
    return UltraCartClient(simple_key="k", base_url=server.base_url, **kwargs)


async def read(pager: Pager[Customer], mode: str) -> list[Page[Customer]]:
    """Every page, as the plain stream or as the export at the mode's concurrency."""
    async with asyncio.timeout(30):
        if mode == "pager":
            return [page async for page in pager.pages()]
        export = pager.export(concurrency=int(mode.removeprefix("export-")))
        return [page async for page in export.pages()]


def ids_of(pages: list[Page[Customer]]) -> list[int]:
    return [int(r[OID]) for page in pages for r in page.raw]


async def read_scenario(
    server: ScriptedServer, scenario: Scenario, mode: str
) -> tuple[list[int], list[Page[Customer]]]:
    """Serve ``scenario`` and read all of it in ``mode``: the offsets asked for, the pages.

    Whatever the metadata, the reader finds the end, delivers no record twice, and sends one
    request per page delivered plus at most ``scenario.slack``.
    """
    offsets = serve(server, scenario)
    async with client(server) as uc:
        pages = await read(customers_pager(uc), mode)
    assert len(offsets) <= REQUEST_CAP, "the reader did not find the end"
    duplicates = [i for i, n in Counter(ids_of(pages)).items() if n > 1]
    assert not duplicates, f"delivered twice: {duplicates[:10]}"
    assert len(offsets) <= len(pages) + scenario.slack
    return offsets, pages


SCENARIOS: dict[str, Callable[[], Scenario]] = {
    "short pages, more true": short_pages_more_true,
    "short pages of varying size, a total": short_pages_varying_with_a_total,
    "short pages, only a total": short_pages_with_only_a_total,
    "limit reported above the page": limit_reported_above_the_page,
    "limit reported below the ask": limit_reported_below_the_ask,
    "limit reported below the ask, no other metadata": (
        limit_reported_below_the_ask_and_nothing_else
    ),
    "next_offset ahead": next_offset_ahead,
    "next_offset behind": next_offset_behind,
    "ids as strings": ids_as_strings,
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", list(SCENARIOS))
async def test_every_record_once_whatever_the_metadata(
    server: ScriptedServer, name: str, mode: str
) -> None:
    scenario = SCENARIOS[name]()
    _, pages = await read_scenario(server, scenario, mode)
    ids = ids_of(pages)
    assert set(ids) == scenario.expected()
    assert ids == sorted(ids)


@pytest.mark.parametrize("mode", MODES)
async def test_a_growing_total_is_followed_to_the_latest_end(
    server: ScriptedServer, mode: str
) -> None:
    _, pages = await read_scenario(server, total_growing(), mode)
    # Everything that was there at the start, and what was appended up to the latest page's
    # total: far more than the first page's total announced.
    last_total = pages[-1].total_records
    assert last_total is not None and last_total > N + 100
    assert ids_of(pages) == list(range(1, last_total + 1))


@pytest.mark.parametrize("mode", MODES)
async def test_a_shrinking_total_ends_the_stream_where_the_latest_page_says(
    server: ScriptedServer, mode: str
) -> None:
    scenario = total_shrinking()
    _, pages = await read_scenario(server, scenario, mode)
    survivors = scenario.expected()  # the table as it is now: never deleted
    assert survivors <= set(ids_of(pages))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "make",
    [offset_ignored, offset_ignored_next_offset_following, offset_ignored_without_metadata],
    ids=["same answer", "next_offset following", "no metadata"],
)
async def test_a_server_that_ignores_offset_ends_in_a_pagination_error(
    server: ScriptedServer, make: Callable[[], Scenario], mode: str
) -> None:
    offsets = serve(server, make())
    async with client(server) as uc:
        pager = customers_pager(uc)
        delivered: list[int] = []
        with pytest.raises(PaginationError) as info:
            async with asyncio.timeout(30):
                if mode == "pager":
                    async for page in pager.pages():
                        delivered.extend(int(r[OID]) for r in page.raw)
                else:
                    export = pager.export(concurrency=int(mode.removeprefix("export-")))
                    async for page in export.pages():
                        delivered.extend(int(r[OID]) for r in page.raw)
    assert "ignore _offset" in str(info.value) or "does not advance" in str(info.value)
    assert isinstance(info.value.resume, ResumePoint)
    # The first page once, and at most the requests already in flight besides.
    assert delivered == list(range(1, ASKED + 1))
    assert len(offsets) <= 1 + 4


async def test_export_that_cannot_keep_one_stride_stops_requesting_ahead(
    server: ScriptedServer,
) -> None:
    scenario = short_pages_varying_with_a_total()
    offsets, pages = await read_scenario(server, scenario, "export-4")
    assert set(ids_of(pages)) == scenario.expected()
    # After a few missed guesses the export asks for one page at a time: the tail of the
    # requests is exactly the chain of pages delivered.
    tail = len(pages) // 2
    assert offsets[-tail:] == [page.offset for page in pages[-tail:]]


# -- what ends a stream ------------------------------------------------------------------------


@dataclass
class Gated:
    """An honest server whose answers after the first page wait at ``gate``, so a test can
    change the world (fail, slow down, kill Redis, close the client) at a known point:
    after the first page was delivered and before anything later was answered."""

    offsets: list[int] = field(default_factory=list)
    gate: asyncio.Event = field(default_factory=asyncio.Event)
    status: int = 200
    delay: float = 0.0


def gated_server(server: ScriptedServer) -> Gated:
    table = list(range(1, N + 1))
    gated = Gated()

    async def handler(request: web.Request) -> web.StreamResponse:
        offset = int(request.query["_offset"])
        gated.offsets.append(offset)
        if offset > 0:
            await gated.gate.wait()
        if gated.delay:
            await asyncio.sleep(gated.delay)
        if gated.status != 200:
            body = {"success": False, "error": {"developer_message": "down for maintenance"}}
            return web.json_response(body, status=gated.status)
        chunk, result_set = honest(table, offset, int(request.query["_limit"]))
        body = {"customers": records(chunk), "metadata": {"result_set": result_set}}
        return web.json_response(body)

    server.handler = handler
    return gated


async def stop_after_first_page(
    pager: Pager[Customer], mode: str, gated: Gated, change: Callable[[], Any]
) -> tuple[PaginationError, list[int]]:
    """Read in ``mode``; after the first page, ``change()`` the world and open the gate.
    Returns the PaginationError the stream must end with, and the ids delivered before."""
    delivered: list[int] = []
    with pytest.raises(PaginationError) as info:
        async with asyncio.timeout(30):
            if mode == "pager":
                source = pager.pages()
            else:
                source = pager.export(concurrency=int(mode.removeprefix("export-"))).pages()
            async for page in source:
                delivered.extend(int(r[OID]) for r in page.raw)
                if page.offset == 0:
                    result = change()
                    if asyncio.iscoroutine(result):
                        await result
                    gated.gate.set()
    gated.gate.set()
    return info.value, delivered


async def resume_rest(pager: Pager[Customer], point: ResumePoint, mode: str) -> list[int]:
    """The ids a resumed stream delivers, from ``point`` after a trip through JSON."""
    resumed = pager.resume_from(ResumePoint.from_json(point.to_json()))
    async with asyncio.timeout(30):
        if mode == "pager":
            return ids_of([page async for page in resumed.pages()])
        export = resumed.export(concurrency=int(mode.removeprefix("export-")))
        return ids_of([page async for page in export.pages()])


async def check_resumed_to_the_end(
    pager: Pager[Customer], error: PaginationError, mode: str, delivered: list[int]
) -> None:
    """``error`` can be resumed right after the first page, and ``pager`` resumed from it
    delivers the rest: with ``delivered``, every record once, in order."""
    point = error.resume
    assert isinstance(point, ResumePoint)
    assert point.export == (mode != "pager")
    # Right after the first page: 200 for the stream, 195 (the overlap) for the export.
    assert point.offset == (ASKED if mode == "pager" else ASKED - 5)
    rest = await resume_rest(pager, point, mode)
    assert delivered + rest == list(range(1, N + 1))


@dataclass(frozen=True)
class Outage:
    """What the gated server does after the first page (answer ``status``, after ``delay``
    seconds), the client's options, and the error that must end the stream."""

    options: dict[str, Any]
    cause: type[UltraCartError]
    status: int = 200
    delay: float = 0.0


OUTAGES = {
    "a 5xx past the retries": Outage(
        {"retry": RetryPolicy(max_attempts=2, initial_backoff=0.001, max_backoff=0.002)},
        ServerError,
        status=503,
    ),
    "a deadline": Outage(
        {"retry": RetryPolicy(max_attempts=1), "timeouts": Timeouts(total=0.3)},
        APITimeoutError,
        delay=1.0,
    ),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", list(OUTAGES))
async def test_an_outage_ends_in_a_resumable_pagination_error(
    server: ScriptedServer, name: str, mode: str
) -> None:
    outage = OUTAGES[name]
    gated = gated_server(server)
    async with client(server, **outage.options) as uc:

        def fail() -> None:
            gated.status, gated.delay = outage.status, outage.delay

        error, delivered = await stop_after_first_page(customers_pager(uc), mode, gated, fail)
        assert isinstance(error.__cause__, outage.cause)
        if isinstance(error.__cause__, ServerError):
            assert error.__cause__.status == outage.status
        gated.status, gated.delay = 200, 0.0
        await check_resumed_to_the_end(customers_pager(uc), error, mode, delivered)


@pytest.mark.parametrize("mode", MODES)
async def test_a_client_closed_mid_stream_ends_in_a_resumable_pagination_error(
    server: ScriptedServer, mode: str
) -> None:
    gated = gated_server(server)
    uc = client(server)
    async with uc:
        error, delivered = await stop_after_first_page(customers_pager(uc), mode, gated, uc.aclose)
    assert delivered == list(range(1, ASKED + 1))
    assert error.__cause__ is not None
    async with client(server) as again:
        await check_resumed_to_the_end(customers_pager(again), error, mode, delivered)


@pytest.mark.parametrize("mode", MODES)
async def test_a_configuration_error_before_the_first_request_stays_itself(
    server: ScriptedServer, mode: str
) -> None:
    gated_server(server)
    async with client(server) as uc:
        spec = PageSpec(
            operation="webhooks.list_log_summaries",
            method="GET",
            path="/webhook/webhooks/{webhookOid}/logs",
            items_key="logs",
            page_size=10,
            id_field="request_id",
        )
        pager: Pager[Any] = Pager(uc._transport, spec, dict)  # the path parameter is missing
        with pytest.raises(ConfigurationError, match="webhookOid") as info:
            if mode == "pager":
                async for _ in pager.pages():
                    pass
            else:
                async for _ in pager.export(concurrency=int(mode[-1])).pages():
                    pass
        assert not isinstance(info.value, PaginationError)
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
async def test_cancelling_the_consumer_raises_cancelled_error_not_pagination_error(
    server: ScriptedServer, mode: str
) -> None:
    gated = gated_server(server)
    async with client(server) as uc:
        first = asyncio.Event()

        async def consume() -> None:
            pager = customers_pager(uc)
            source = pager.pages() if mode == "pager" else pager.export(concurrency=int(mode[-1]))
            async for _ in source:
                first.set()

        task = asyncio.create_task(consume())
        await first.wait()
        task.cancel()  # while the next page waits at the gate
        with pytest.raises(asyncio.CancelledError):
            await task
    gated.gate.set()


# -- Redis down in the middle of an export -------------------------------------------------------


@pytest.fixture
def redis_process() -> Iterator[RedisServer]:
    if REDIS_SERVER is None:
        pytest.skip(MISSING_REASON)
    pytest.importorskip("redis")
    with redis_server() as server:
        yield server


@pytest.mark.parametrize("mode", MODES)
async def test_redis_down_mid_export_ends_in_a_resumable_pagination_error(
    server: ScriptedServer, redis_process: RedisServer, mode: str
) -> None:
    from ultracart_async.redis_limiter import RedisLimiter

    gated = gated_server(server)
    limiter = RedisLimiter(
        redis_process.url,
        f"paging-{mode}-{os.getpid()}",
        windows=(),
        max_in_flight=4,
        unavailable_grace=0.2,
        command_timeout=0.5,
    )
    async with limiter, client(server, limiter=limiter) as uc:
        error, delivered = await stop_after_first_page(
            customers_pager(uc), mode, gated, redis_process.stop
        )
        assert isinstance(error.__cause__, LimiterUnavailableError)
        point = error.resume
        assert isinstance(point, ResumePoint)
        assert point.export == (mode != "pager")
        # The pages already on their way when Redis went were delivered; the point is after
        # the last of them.
        assert point.offset >= len(delivered) - 5
        redis_process.start()  # back, on the same port (empty): resume
        rest = await resume_rest(customers_pager(uc), point, mode)
    assert sorted(delivered + rest) == list(range(1, N + 1))
    assert len(delivered + rest) == N


@pytest.mark.parametrize("mode", MODES)
async def test_a_page_whose_items_are_not_a_list_is_a_validation_error(
    server: ScriptedServer, mode: str
) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.json_response({"success": True, "customers": {"customer_profile_oid": 1}})

    server.handler = handler
    async with client(server) as uc:
        with pytest.raises(UltraCartError) as caught:
            await read(customers_pager(uc), mode)
    error: BaseException | None = caught.value
    chain = []
    while error is not None:
        chain.append(error)
        error = error.__cause__
    validation = [e for e in chain if isinstance(e, APIResponseValidationError)]
    assert validation, f"no APIResponseValidationError in {chain!r}"
    assert validation[0].status == 200
    assert "'customers' in the answer is not a list" in str(validation[0])

"""Pagination and the bulk export, on the sandbox: totals at page boundaries, prefetch,
release on break and cancellation, resume, concurrent output equal to sequential output, and
exactly-once delivery while customers are inserted and deleted."""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web

from ultracart_async import (
    ConfigurationError,
    Page,
    PaginationError,
    ResumePoint,
    RetryPolicy,
    TokenBucketLimiter,
    UltraCartClient,
)
from ultracart_async.models import Customer
from ultracart_async.sandbox import Sandbox

from .._client import client_of
from ..conftest import ScriptedServer
from ._helpers import customers_pager


@contextlib.asynccontextmanager
async def sandbox_client(
    customers: int, *, in_flight: int = 8, retry: RetryPolicy | None = None, **knobs: Any
) -> AsyncIterator[tuple[Sandbox, UltraCartClient]]:
    async with (
        Sandbox(customers=customers, seed=7, **knobs) as sb,
        client_of(sb, in_flight=in_flight, retry=retry) as uc,
    ):
        yield sb, uc


def customers_point(offset: int, params: dict[str, Any] | None = None, **rest: Any) -> ResumePoint:
    """A resume point of a customers stream at ``offset``, in pages of 200."""
    return ResumePoint(
        operation="customers.list",
        params=params or {},
        path_params={},
        body=None,
        offset=offset,
        page_size=200,
        **rest,
    )


def assert_released(uc: UltraCartClient) -> None:
    session = uc._transport._session
    assert session is not None
    connector = session.connector
    assert connector is not None
    assert not connector._acquired, "a connection is still acquired"  # type: ignore[attr-defined]
    # The sandbox runs in this loop too: only the client's tasks count here.
    pending = [
        t
        for t in asyncio.all_tasks()
        if t is not asyncio.current_task()
        and not getattr(t.get_coro(), "__qualname__", "").startswith(
            ("Sandbox.", "RequestHandler.")
        )
    ]
    assert pending == [], pending


@pytest.mark.parametrize(
    ("total", "page_size", "requests"),
    [
        (0, 200, 1),
        (1, 200, 1),
        (199, 200, 1),
        (200, 200, 1),
        (201, 200, 2),
        (400, 200, 2),
        (7, 3, 3),
    ],
)
async def test_streams_every_record_once_with_no_extra_page(
    total: int, page_size: int, requests: int
) -> None:
    async with sandbox_client(total) as (sb, uc):
        ids = [c.customer_profile_oid async for c in customers_pager(uc, page_size)]
        assert ids == sorted(sb.snapshot_ids())
        assert len(ids) == total
        assert sb.stats.count("getCustomers") == requests


async def test_pages_carry_their_metadata_and_await_is_one_call() -> None:
    async with sandbox_client(450) as (sb, uc):
        first = await customers_pager(uc)
        assert isinstance(first, Page)
        assert (first.offset, first.limit, first.count, first.total_records, first.more) == (
            0,
            200,
            200,
            450,
            True,
        )
        assert sb.stats.count("getCustomers") == 1
        pages = [p async for p in customers_pager(uc).pages()]
        assert [(p.offset, p.count, p.more) for p in pages] == [
            (0, 200, True),
            (200, 200, True),
            (400, 50, False),
        ]
        assert all(isinstance(c, Customer) for c in pages[2].items)
        assert pages[2].raw[0]["customer_profile_oid"] == pages[2].items[0].customer_profile_oid


async def test_next_page_is_in_flight_while_the_caller_works() -> None:
    # The margins are wide for a loaded machine: 0.1 s for the next request to reach the
    # server, and a latency far longer than the caller's work to keep it there.
    async with sandbox_client(600, latency=1.0) as (sb, uc):
        seen_first = False
        async with contextlib.aclosing(customers_pager(uc).pages()) as pages:
            async for page in pages:
                seen_first = page.offset == 0
                if page.offset == 0:
                    await asyncio.sleep(0.1)  # the caller's own work on page 0
                    # The request for the next page is already at the server (inside its
                    # 1 s latency) while the caller works on page 0.
                    assert sb.stats.count("getCustomers") == 1
                    assert sb.stats.in_flight == 1
                    break
        assert seen_first
        assert_released(uc)


async def test_break_releases_every_request_at_once() -> None:
    async with sandbox_client(1000, latency=0.05) as (sb, uc):
        async with contextlib.aclosing(customers_pager(uc).pages()) as pages:
            async for _page in pages:
                break
        assert_released(uc)
        assert sb.stats.in_flight == 0 or await sb.wait_idle()


async def test_exception_in_the_loop_releases_the_pager() -> None:
    async with sandbox_client(1000, latency=0.02) as (_sb, uc):
        with pytest.raises(RuntimeError, match="caller failed"):
            async with contextlib.aclosing(customers_pager(uc).pages()) as pages:
                async for _page in pages:
                    raise RuntimeError("caller failed")
        assert_released(uc)


async def test_cancelling_the_consumer_releases_the_pager() -> None:
    async with sandbox_client(2000, latency=0.02) as (_sb, uc):
        got: list[int] = []
        midway = asyncio.Event()

        async def consume() -> None:
            async for customer in customers_pager(uc).export(concurrency=4):
                got.append(customer.customer_profile_oid or 0)
                if len(got) == 300:
                    midway.set()

        task = asyncio.create_task(consume())
        await midway.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await asyncio.sleep(0)
        assert_released(uc)
    assert uc.closed


async def test_after_aclose_the_sandbox_sees_no_open_connection() -> None:
    async with Sandbox(customers=500, seed=1) as sb:
        async with client_of(sb) as uc:
            async for _ in customers_pager(uc).export(concurrency=4):
                pass
            assert sb.stats.open_connections >= 1
        for _ in range(50):
            if sb.stats.open_connections == 0:
                break
            await asyncio.sleep(0.01)
        assert sb.stats.open_connections == 0


@pytest.mark.parametrize("total", [0, 1, 199, 200, 201, 1000])
@pytest.mark.parametrize("concurrency", [1, 4])
async def test_export_equals_sequential_stream(total: int, concurrency: int) -> None:
    async with sandbox_client(total) as (sb, uc):
        sequential = [c.customer_profile_oid async for c in customers_pager(uc)]
        before = sb.stats.count("getCustomers")
        export = customers_pager(uc).export(concurrency=concurrency)
        pages = [page async for page in export.pages()]
        exported = [c.customer_profile_oid for page in pages for c in page.items]
        assert exported == sequential == sorted(sb.snapshot_ids())
        assert export.stats.items == total
        # Each page after the first repeats the planned overlap of 5, and each repeat is
        # counted where it was dropped.
        assert [p.fetched - p.count for p in pages] == [0] + [5] * (len(pages) - 1)
        assert export.stats.duplicates_dropped == 5 * (len(pages) - 1)
        assert export.stats.refetches == 0
        assert export.stats.total_at_start == total
        # No request beyond the pages delivered: the metadata is honest, nothing is wasted.
        assert export.stats.pages == len(pages) == sb.stats.count("getCustomers") - before


async def test_export_keeps_at_most_concurrency_requests_in_flight() -> None:
    async with sandbox_client(3000, in_flight=8, latency=0.01) as (sb, uc):
        async for _ in customers_pager(uc).export(concurrency=3):
            pass
        assert 2 <= sb.stats.max_in_flight <= 3


async def test_export_unordered_delivers_everything_once() -> None:
    async with sandbox_client(1500, latency=0.005, latency_jitter=0.004) as (sb, uc):
        export = customers_pager(uc).export(concurrency=4, ordered=False, overlap=0)
        ids = [c.customer_profile_oid async for c in export]
        assert sorted(ids) == sorted(sb.snapshot_ids())


async def test_progress_hook_sees_every_page() -> None:
    seen: list[tuple[int, int | None]] = []
    async with sandbox_client(450) as (_sb, uc):
        export = customers_pager(uc).export(
            concurrency=2, on_page=lambda p: seen.append((p.items, p.total))
        )
        async for _ in export:
            pass
    assert seen[-1] == (450, 450)
    assert [s[0] for s in seen] == sorted(s[0] for s in seen)


async def test_resume_after_an_injected_failure_misses_nothing() -> None:
    async with sandbox_client(
        2000, retry=RetryPolicy(max_attempts=1), fault_rate=0.3, fault_kinds=["500"]
    ) as (sb, uc):
        delivered: list[int] = []
        pager = customers_pager(uc)
        point: ResumePoint | None = None
        with pytest.raises(PaginationError) as info:
            async for c in pager.export(concurrency=4):
                delivered.append(c.customer_profile_oid or 0)
        point = info.value.resume
        assert isinstance(point, ResumePoint)
        # The point survives a checkpoint file.
        point = ResumePoint.from_json(point.to_json())
        sb.configure(fault_rate=0.0)
        async for c in pager.resume_from(point).export(concurrency=4):
            delivered.append(c.customer_profile_oid or 0)
        assert sorted(delivered) == sorted(sb.snapshot_ids())
        assert len(delivered) == len(set(delivered))


async def test_resume_of_a_plain_stream() -> None:
    async with sandbox_client(1000, retry=RetryPolicy(max_attempts=1)) as (sb, uc):
        pager = customers_pager(uc)
        delivered: list[int] = []
        with pytest.raises(PaginationError) as info:
            async with contextlib.aclosing(pager.pages()) as pages:
                async for page in pages:
                    delivered.extend(c.customer_profile_oid or 0 for c in page.items)
                    if page.offset == 200:
                        sb.configure(fault_rate=1.0, fault_kinds=["503"])
        assert len(delivered) < 1000
        sb.configure(fault_rate=0.0)
        point = info.value.resume
        async for customer in pager.resume_from(point):
            delivered.append(customer.customer_profile_oid or 0)
        assert delivered == sorted(sb.snapshot_ids())


async def test_resume_point_from_other_filters_is_refused() -> None:
    async with sandbox_client(10) as (_sb, uc):
        point = customers_point(5, params={"billing_state": "CA"})
        with pytest.raises(Exception, match="other filters"):
            customers_pager(uc, billing_state="NY").resume_from(point)


USER_SORTS = [None, "email", "-customer_profile_oid"]


@pytest.mark.parametrize("sort", USER_SORTS, ids=["stable sort", "by email", "newest first"])
@pytest.mark.parametrize("concurrency", [1, 4])
async def test_export_under_churn_delivers_every_survivor_exactly_once(
    concurrency: int, sort: str | None
) -> None:
    # Deterministic churn, driven between pages: after every second page, 20 customers
    # delivered on earlier pages are deleted (rows shift by more than the overlap), 5 not
    # yet delivered too, and 5 are inserted (anywhere, in a user's order). Whatever the
    # timing of the requests ahead, some page is answered before such a change and its
    # successor after it, so the export must notice a gap and refetch.
    async with sandbox_client(3000, latency=0.002) as (sb, uc):
        world = sb.world
        assert world is not None
        rng = random.Random(5)
        before = sb.snapshot_ids()
        params = {"_sort": sort} if sort else {}
        export = customers_pager(uc, **params).export(concurrency=concurrency, overlap=5)
        counts: Counter[int] = Counter()
        earlier: list[int] = []  # delivered on the pages before the current one
        dropped: list[int] = []
        async with contextlib.aclosing(export.pages()) as pages:
            index = 0
            async for page in pages:
                ids = [record["customer_profile_oid"] for record in page.raw]
                counts.update(ids)
                dropped.append(page.fetched - page.count)
                if index % 2 == 1:
                    for oid in rng.sample([o for o in earlier if o in world.customers], 20):
                        world.delete_customer(oid)
                    ahead = sorted(sb.live_ids() - set(counts))
                    for oid in rng.sample(ahead, min(5, len(ahead))):
                        world.delete_customer(oid)
                    for _ in range(5):
                        world.churn_insert(rng)
                earlier.extend(ids)
                index += 1
        after = sb.snapshot_ids()
    survivors = before & after
    assert len(survivors) < len(before) - 100  # the churn did happen
    missing = survivors - set(counts)
    assert not missing, f"{len(missing)} survivors missed"
    assert max(counts.values()) == 1, "a record was delivered twice"
    assert export.stats.refetches >= 1, "rows shifted past the overlap and nothing noticed"
    # Each stat counts what it says.
    assert export.stats.duplicates_dropped == sum(dropped) > 0
    assert export.stats.items == sum(counts.values())


@pytest.mark.parametrize("sort", USER_SORTS, ids=["stable sort", "by email", "newest first"])
async def test_export_under_background_churn_delivers_every_survivor_exactly_once(
    sort: str | None,
) -> None:
    # The sandbox's own churn, timed: what it hits varies from run to run, so only what
    # must hold whatever it hits is checked (no stop, no survivor missed, none twice).
    async with sandbox_client(
        3000, latency=0.01, churn_inserts_per_sec=300, churn_deletes_per_sec=300
    ) as (sb, uc):
        before = sb.snapshot_ids()
        params = {"_sort": sort} if sort else {}
        export = customers_pager(uc, **params).export(concurrency=4, overlap=5)
        counts = Counter([c.customer_profile_oid async for c in export])
        after = sb.snapshot_ids()
        sb.configure(churn_inserts_per_sec=0, churn_deletes_per_sec=0)
    survivors = before & after
    missing = survivors - set(counts)
    assert not missing, f"{len(missing)} survivors missed"
    assert max(counts.values()) == 1, "a record was delivered twice"


async def test_page_claiming_more_but_empty_stops_with_a_clear_error(
    server: ScriptedServer,
) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        return web.json_response(
            {"customers": [], "metadata": {"result_set": {"more": True, "count": 0}}}
        )

    server.handler = handler
    async with UltraCartClient(
        simple_key="k", base_url=server.base_url, limiter=TokenBucketLimiter(())
    ) as uc:
        with pytest.raises(PaginationError, match="claims more results but holds none"):
            async for _ in customers_pager(uc):
                pass
    assert len(server.requests) == 1


async def test_without_metadata_a_short_page_is_the_last(server: ScriptedServer) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        offset = int(request.query["_offset"])
        n = 3 if offset < 6 else 1
        return web.json_response(
            {"customers": [{"customer_profile_oid": offset + i} for i in range(n)]}
        )

    server.handler = handler
    async with UltraCartClient(
        simple_key="k", base_url=server.base_url, limiter=TokenBucketLimiter(())
    ) as uc:
        ids = [c.customer_profile_oid async for c in customers_pager(uc, page_size=3)]
    assert ids == [0, 1, 2, 3, 4, 5, 6]
    assert [r["query"]["_offset"] for r in server.requests] == ["0", "3", "6"]


async def test_a_resumed_export_keeps_the_original_start_for_its_since_pass(
    server: ScriptedServer,
) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        if "_since" in request.query:
            return web.json_response({"customers": [], "metadata": {"result_set": {"more": False}}})
        # The page after the interruption: it overlaps the last record delivered.
        records = [{"customer_profile_oid": 1000399}, {"customer_profile_oid": 1000400}]
        return web.json_response(
            {"customers": records, "metadata": {"result_set": {"more": False}}}
        )

    server.handler = handler
    point = customers_point(
        400, seen_ids=(1000399,), export=True, started_at="2026-01-02T03:04:05+00:00"
    )
    async with UltraCartClient(
        simple_key="k", base_url=server.base_url, limiter=TokenBucketLimiter(())
    ) as uc:
        export = customers_pager(uc).resume_from(point).export(since_pass=True)
        assert [c.customer_profile_oid async for c in export] == [1000400]
    since = [r["query"].get("_since") for r in server.requests]
    assert since == [None, "2026-01-02T03:04:05+00:00"]
    assert server.requests[0]["query"]["_offset"] == "400"


async def test_an_export_resume_point_is_refused_by_a_plain_stream() -> None:
    async with sandbox_client(10) as (_sb, uc):
        point = customers_point(5, export=True)
        with pytest.raises(ConfigurationError, match=r"continue it with"):
            async for _ in customers_pager(uc).resume_from(point):
                pass


# -- concurrency and the limiter's configured in-flight cap --------------------------------------


async def test_concurrency_above_the_limiters_max_in_flight_is_refused(
    server: ScriptedServer,
) -> None:
    # The default limiter allows one request in flight (UltraCart's rule): concurrency=8
    # would silently run one page at a time. It is refused, naming max_in_flight, as the
    # CLI refuses --concurrency above --max-in-flight.
    async with UltraCartClient(simple_key="k", base_url=server.base_url) as uc:
        with pytest.raises(ConfigurationError, match=r"above the limiter's max_in_flight 1"):
            customers_pager(uc).export(concurrency=8)
        assert customers_pager(uc).export()._settings.concurrency == 1
    assert server.requests == []


async def test_the_configured_cap_counts_not_one_lowered_after_429s(
    server: ScriptedServer,
) -> None:
    limiter = TokenBucketLimiter((), max_in_flight=4)
    limiter.record_throttle(retry_after=0.0, error_text=None)  # "too many at once": cap cut
    assert limiter.state().in_flight_cap == 2
    async with UltraCartClient(simple_key="k", base_url=server.base_url, limiter=limiter) as uc:
        assert customers_pager(uc).export(concurrency=4)._settings.concurrency == 4
        assert customers_pager(uc).export()._settings.concurrency == 4
        with pytest.raises(ConfigurationError, match="max_in_flight 4"):
            customers_pager(uc).export(concurrency=5)


class _ProtocolOnlyLimiter:
    """A third-party limiter that implements the Limiter protocol and nothing more."""

    def __init__(self, cap: int) -> None:
        self._inner = TokenBucketLimiter((), max_in_flight=cap)

    @property
    def clock(self) -> Any:
        return self._inner.clock

    async def acquire(self, *, deadline: float | None = None) -> None:
        await self._inner.acquire(deadline=deadline)

    async def release(self) -> None:
        await self._inner.release()

    def record_success(self) -> None:
        self._inner.record_success()

    def record_throttle(self, *, retry_after: float | None, error_text: str | None) -> None:
        self._inner.record_throttle(retry_after=retry_after, error_text=error_text)

    def state(self) -> Any:
        return self._inner.state()


class _AttributeLimiter(_ProtocolOnlyLimiter):
    """One that also says its configured cap as ``max_in_flight`` (read first)."""

    max_in_flight = 3


@pytest.mark.parametrize(
    ("limiter", "cap"), [(_ProtocolOnlyLimiter(2), 2), (_AttributeLimiter(1), 3)]
)
async def test_third_party_limiters_say_their_cap_through_the_protocol(
    server: ScriptedServer, limiter: Any, cap: int
) -> None:
    async with UltraCartClient(simple_key="k", base_url=server.base_url, limiter=limiter) as uc:
        assert customers_pager(uc).export()._settings.concurrency == cap
        assert customers_pager(uc).export(concurrency=cap)._settings.concurrency == cap
        with pytest.raises(ConfigurationError, match=f"max_in_flight {cap}"):
            customers_pager(uc).export(concurrency=cap + 1)


# -- resume points of exports ---------------------------------------------------------------------


async def test_a_failed_since_pass_resumes_with_the_same_operation_and_the_original_start(
    server: ScriptedServer,
) -> None:
    # The since pass used to fail with the resume point of its own stream (with _since among
    # its filters), which the same operation refused; and the main pass's points carried no
    # start, so a resumed export's since pass began at the resume.
    since_fails = {"on": True}

    async def handler(request: web.Request) -> web.StreamResponse:
        if "_since" in request.query:
            if since_fails["on"]:
                return web.json_response({"success": False}, status=503)
            return web.json_response({"customers": [], "metadata": {"result_set": {"more": False}}})
        offset = int(request.query["_offset"])
        chunk = [{"customer_profile_oid": i} for i in range(offset + 1, min(offset + 3, 7) + 1)]
        more = offset + len(chunk) < 7
        result_set = {"more": more, "total_records": 7}
        return web.json_response({"customers": chunk, "metadata": {"result_set": result_set}})

    server.handler = handler
    async with UltraCartClient(
        simple_key="k",
        base_url=server.base_url,
        limiter=TokenBucketLimiter(()),
        retry=RetryPolicy(max_attempts=1),
    ) as uc:
        pager = customers_pager(uc, page_size=3)
        export = pager.export(since_pass=True, overlap=1)
        delivered: list[int] = []
        with pytest.raises(PaginationError, match="since pass") as info:
            async for customer in export:
                delivered.append(customer.customer_profile_oid or 0)
        assert delivered == [1, 2, 3, 4, 5, 6, 7]
        point = info.value.resume
        assert point.export and point.started_at is not None
        assert "_since" not in point.params
        first_since = [r["query"]["_since"] for r in server.requests if "_since" in r["query"]]
        since_fails["on"] = False
        resumed = pager.resume_from(ResumePoint.from_json(point.to_json()))
        again = [c.customer_profile_oid async for c in resumed.export(since_pass=True, overlap=1)]
    assert again == []  # the end of the main pass again, deduplicated: nothing new
    since = [r["query"]["_since"] for r in server.requests if "_since" in r["query"]]
    assert since == [first_since[0], point.started_at]
    assert first_since[0] == point.started_at

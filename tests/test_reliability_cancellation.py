"""Cancellation (issue 10): exports, streams and calls cancelled at random points, a few
hundred times in a loop (seeded, so every run cancels at the same points of the plan), leave
no connection acquired, no pending task and no slot taken in the limiter; after ``aclose()``
the sandbox sees no open connection."""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections import Counter
from collections.abc import Callable, Coroutine
from typing import Any

from ultracart_async import RetryPolicy, TokenBucketLimiter, UltraCartClient, UltraCartError
from ultracart_async.sandbox import Sandbox

from ._client import client_of

#: Tasks of the sandbox (server side, same event loop): not the client's to release.
_SERVER_TASKS = ("Sandbox.", "RequestHandler.", "BaseSelectorEventLoop._accept_connection")


def assert_released(uc: UltraCartClient, where: str = "") -> None:
    """No connection acquired from the client's pool and no task of the client pending."""
    session = uc._transport._session
    if session is not None and session.connector is not None:
        acquired = session.connector._acquired
        assert not acquired, f"{where}: a connection is still acquired"
    pending = [
        t
        for t in asyncio.all_tasks()
        if t is not asyncio.current_task()
        and not getattr(t.get_coro(), "__qualname__", "").startswith(_SERVER_TASKS)
    ]
    assert pending == [], f"{where}: {pending}"


ROUNDS = 300
SEED = 1010


async def test_random_cancellations_leave_nothing_behind() -> None:
    rng = random.Random(SEED)
    outcomes: Counter[str] = Counter()
    failures: list[ExceptionGroup[Exception]] = []
    async with Sandbox(
        customers=1200,
        seed=5,
        latency=0.002,
        latency_jitter=0.002,
        # Faults too, so some cancellations land in a retry's backoff sleep.
        fault_rate=0.05,
        fault_kinds=["500", "reset", "truncate"],
    ) as sb:
        oids = sorted(sb.snapshot_ids())
        limiter = TokenBucketLimiter((), max_in_flight=4)
        retry = RetryPolicy(max_attempts=6, initial_backoff=0.005, max_backoff=0.02)
        uc = client_of(sb, limiter=limiter, retry=retry)

        async def export_items() -> None:
            async for _ in uc.customers.export(concurrency=4, page_size=100):
                pass

        async def export_pages_with_work() -> None:
            export = uc.customers.export(concurrency=3, page_size=150, ordered=False, overlap=0)
            async with contextlib.aclosing(export.pages()) as pages:
                async for _ in pages:
                    await asyncio.sleep(0.001)  # the caller's own work, between pages

        async def stream_with_prefetch() -> None:
            async with contextlib.aclosing(uc.customers.list(page_size=100).pages()) as pages:
                async for _ in pages:
                    await asyncio.sleep(0)

        async def one_get() -> None:
            await uc.customers.get(rng.choice(oids))

        async def many_gets_queued_in_the_limiter() -> None:
            # 20 calls for 4 slots: most are waiting in the limiter's queue when cancelled.
            # A TaskGroup, not gather: gather leaves the other calls running when one fails.
            async with asyncio.TaskGroup() as group:
                for oid in rng.sample(oids, 20):
                    group.create_task(uc.customers.get(oid))

        async def first_page() -> None:
            await uc.customers.list(page_size=200)

        scenarios: list[Callable[[], Coroutine[Any, Any, None]]] = [
            export_items,
            export_pages_with_work,
            stream_with_prefetch,
            one_get,
            many_gets_queued_in_the_limiter,
            first_page,
        ]
        async with uc:
            for round_ in range(ROUNDS):
                scenario = rng.choice(scenarios)
                task = asyncio.create_task(scenario())
                # From "before the first request" to "well into an export".
                await asyncio.sleep(rng.choice([0, 0, rng.uniform(0, 0.005), rng.uniform(0, 0.04)]))
                task.cancel()
                try:
                    await task
                    outcomes["finished first"] += 1
                except asyncio.CancelledError:
                    outcomes["cancelled"] += 1
                except UltraCartError:
                    outcomes["failed first"] += 1  # a fault outlasted the retries
                except ExceptionGroup as group:
                    # From the TaskGroup: it must hold only the SDK's errors (checked below).
                    failures.append(group)
                    outcomes["failed first"] += 1
                # Cleanup has run by the time the cancelled task is done: check at once.
                assert_released(uc, f"round {round_} ({scenario.__name__})")
                state = limiter.state()
                assert (state.in_flight, state.waiters) == (0, 0), (round_, scenario.__name__)
            # The client still works after all that.
            assert (await uc.customers.get(oids[0])).customer_profile_oid == oids[0]
        assert uc.closed
        assert await sb.wait_idle(within=2.0)
        assert sb.stats.open_connections == 0
    assert outcomes["cancelled"] >= ROUNDS // 2, outcomes
    for failure in failures:
        assert failure.split(UltraCartError)[1] is None, failure
    print(
        f"[reliability] cancellation: {ROUNDS} rounds {dict(outcomes)}; nothing left acquired "
        f"or pending; sandbox faults met {dict(sb.stats.faults)}"
    )


async def test_cancelling_many_waiters_in_the_limiter_keeps_fifo_for_the_rest() -> None:
    async with Sandbox(customers=50, seed=6, latency=0.005) as sb:
        oids = sorted(sb.snapshot_ids())
        limiter = TokenBucketLimiter((), max_in_flight=1)
        async with client_of(sb, limiter=limiter) as uc:
            tasks = [asyncio.create_task(uc.customers.get(oid)) for oid in oids]
            await asyncio.sleep(0.02)
            for task in tasks[1::2]:
                task.cancel()
            results = await asyncio.gather(*tasks, return_exceptions=True)
            kept = [r.customer_profile_oid for r in results if not isinstance(r, BaseException)]
            # Every call not cancelled completed, and the sandbox served them in call order.
            assert set(oids[0::2]) <= set(kept)
            served = [int(e.raw_path.rsplit("/", 1)[1]) for e in sb.stats.request_log]
            assert served == sorted(served)
            assert_released(uc)
            assert limiter.state().waiters == 0


async def test_closing_an_export_between_pages_leaves_no_generator_to_the_collector() -> None:
    # The regression behind the one library change of issue 10: closing export.pages() (as
    # the docs advise, with aclosing) while it waits at a yield used to leave the export's
    # inner generators to the garbage collector, whose aclose() became a task pending after
    # the cleanup point.
    async with Sandbox(customers=1000, seed=8) as sb, client_of(sb) as uc:
        for concurrency in (1, 4):
            export = uc.customers.export(concurrency=concurrency, page_size=100)
            async with contextlib.aclosing(export.pages()) as pages:
                async for page in pages:
                    if page.offset >= 190:
                        break
            assert_released(uc, f"concurrency {concurrency}")

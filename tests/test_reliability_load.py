"""Reliability under load (issue 10): 1,000 concurrent ``customers.get`` calls through one
client finish with no deadlock, never more requests in flight than the client's cap (counted
at the sandbox), served in FIFO order; ten clients sharing one limiter stay within the
combined limit (the sandbox enforces the same limits and never has to answer 429)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

from ultracart_async import RateWindow, TokenBucketLimiter, UltraCartClient
from ultracart_async.sandbox import Sandbox

CALLS = 1000


class RecordingLimiter(TokenBucketLimiter):
    """Records the order in which callers are granted a slot."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.granted: list[str] = []

    async def acquire(self, *, deadline: float | None = None) -> None:
        await super().acquire(deadline=deadline)
        task = asyncio.current_task()
        self.granted.append(task.get_name() if task is not None else "?")


@contextlib.asynccontextmanager
async def one_client(
    cap: int, **knobs: Any
) -> AsyncIterator[tuple[Sandbox, UltraCartClient, RecordingLimiter]]:
    async with Sandbox(customers=CALLS, seed=3, **knobs) as sb:
        limiter = RecordingLimiter((), max_in_flight=cap)
        async with UltraCartClient(
            simple_key=sb.simple_key, base_url=sb.base_url, limiter=limiter
        ) as uc:
            yield sb, uc, limiter


async def test_a_thousand_concurrent_gets_respect_the_cap_in_fifo_order() -> None:
    cap = 8
    # The sandbox enforces the same cap: one request over it would be answered 429.
    async with one_client(cap, max_in_flight=cap, latency=0.001) as (sb, uc, limiter):
        oids = sorted(sb.snapshot_ids())
        started = time.monotonic()
        async with asyncio.timeout(60):  # a deadlock fails here instead of hanging CI
            tasks = [
                asyncio.create_task(uc.customers.get(oid), name=f"call-{i}")
                for i, oid in enumerate(oids)
            ]
            customers = await asyncio.gather(*tasks)
        elapsed = time.monotonic() - started
        assert [c.customer_profile_oid for c in customers] == oids
        assert 2 <= sb.stats.max_in_flight <= cap
        assert sb.stats.rate_limited == 0
        assert sb.stats.count("getCustomer", 200) == CALLS
        # FIFO: slots were granted in exactly the order the calls were made.
        assert limiter.granted == [f"call-{i}" for i in range(CALLS)]
        state = limiter.state()
        assert (state.in_flight, state.waiters) == (0, 0)
        print(
            f"[reliability] load: {CALLS} concurrent gets, cap {cap}, max in flight at the "
            f"sandbox {sb.stats.max_in_flight}, FIFO, {elapsed:.2f} s"
        )


async def test_with_one_in_flight_the_sandbox_sees_the_calls_in_the_order_they_were_made() -> None:
    async with one_client(1, max_in_flight=1) as (sb, uc, _limiter):
        oids = sorted(sb.snapshot_ids())[:300]
        order = oids[::2] + oids[1::2]  # not the sandbox's natural order
        async with asyncio.timeout(60):
            await asyncio.gather(*(uc.customers.get(oid) for oid in order))
        seen = [int(e.raw_path.rsplit("/", 1)[1]) for e in sb.stats.request_log]
        assert seen == order
        assert sb.stats.max_in_flight == 1


async def test_ten_clients_sharing_one_limiter_stay_within_the_combined_limit() -> None:
    window = RateWindow(40, 1.0)
    cap = 3
    # The sandbox enforces the shared limits: 3 in flight, and 40 per second with eight
    # requests of slack (a bucket of 48 refilled at 48 per 1.2 s). Why the slack: the
    # limiter counts a request when it is sent, the server when it arrives, so requests sent
    # evenly can arrive bunched. One request of slack tolerated 25 ms of bunching, which a
    # loaded machine exceeds; eight tolerate 200 ms. Ten clients that did not share the
    # limiter would send 400 requests in their first second, far beyond either bucket.
    async with Sandbox(
        customers=200,
        seed=4,
        rate_limit=48,
        rate_limit_per=1.2,
        max_in_flight=cap,
        latency=0.002,
    ) as sb:
        shared = TokenBucketLimiter([window], max_in_flight=cap)
        clients = [
            UltraCartClient(simple_key=sb.simple_key, base_url=sb.base_url, limiter=shared)
            for _ in range(10)
        ]
        oids = sorted(sb.snapshot_ids())
        try:
            started = time.monotonic()
            async with asyncio.timeout(60):
                await asyncio.gather(
                    *(
                        client.customers.get(oids[i * 10 + j])
                        for i, client in enumerate(clients)
                        for j in range(10)
                    )
                )
            elapsed = time.monotonic() - started
        finally:
            for client in clients:
                await client.aclose()
        assert sb.stats.count("getCustomer", 200) == 100
        assert sb.stats.rate_limited == 0, "the shared limiter let the clients exceed the limit"
        assert sb.stats.max_in_flight <= cap
        # 100 calls at 40 per second with a bucket of 40: at least 1.5 s.
        assert elapsed >= 1.4
        print(
            f"[reliability] load: 10 clients x 10 calls, one limiter ({window}, {cap} in "
            f"flight): 0 429s, max in flight {sb.stats.max_in_flight}, {elapsed:.2f} s"
        )

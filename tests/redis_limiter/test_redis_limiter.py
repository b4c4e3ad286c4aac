"""RedisLimiter against a real redis-server (started here on 127.0.0.1) and the sandbox.

Run as a script, this file is also the worker process of the multi-process tests:
``python -m tests.redis_limiter.test_redis_limiter worker <json config>`` exports the
sandbox's customers through a RedisLimiter and prints a JSON summary.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

redis = pytest.importorskip(
    "redis", reason="the redis package is missing: pip install 'ultracart-async[redis]'"
)

from ultracart_async import (  # noqa: E402
    Limiter,
    RateLimitDeadlineError,
    RateLimitError,
    RateWindow,
    TokenBucketLimiter,
    UltraCartClient,
    UltraCartError,
)
from ultracart_async.redis_limiter import LimiterUnavailableError, RedisLimiter  # noqa: E402
from ultracart_async.sandbox import Sandbox  # noqa: E402

from .._net import free_port  # noqa: E402
from .._redis import (  # noqa: E402
    MISSING_REASON,
    REDIS_SERVER,
    RedisServer,
    limiter_name,
)
from .._redis import redis_server as start_redis_server  # noqa: E402

pytestmark = pytest.mark.skipif(REDIS_SERVER is None, reason=MISSING_REASON)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    """One redis-server for the module; tests keep apart by limiter name."""
    with start_redis_server() as server:
        yield server


@pytest.fixture
def own_redis_server() -> Iterator[RedisServer]:
    """A redis-server for one test that stops and restarts it."""
    with start_redis_server() as server:
        yield server


@contextlib.asynccontextmanager
async def _limiters(count: int, url: str, **kwargs: Any) -> AsyncIterator[list[RedisLimiter]]:
    """``count`` limiters on one name, each with its own Redis connections: as processes."""
    name = kwargs.pop("name", None) or limiter_name("x")
    limiters = [RedisLimiter(url, name, **kwargs) for _ in range(count)]
    try:
        yield limiters
    finally:
        for limiter in limiters:
            await limiter.aclose()


# -- the shared state ------------------------------------------------------------------------


async def test_max_in_flight_is_the_configured_shared_cap(redis_server: RedisServer) -> None:
    async with _limiters(1, redis_server.url, windows=(), max_in_flight=3) as (limiter,):
        assert limiter.max_in_flight == 3
        assert isinstance(limiter, Limiter)
        with pytest.raises(AttributeError):
            limiter.max_in_flight = 1  # type: ignore[misc]


async def test_windows_are_shared_across_limiters(redis_server: RedisServer) -> None:
    async with _limiters(2, redis_server.url, windows=[RateWindow(10, 1)], max_in_flight=8) as (
        a,
        b,
    ):
        started = time.monotonic()
        for i in range(14):  # a burst of 9 (10 less headroom), then 10 per second
            limiter = a if i % 2 else b
            await limiter.acquire()
            await limiter.release()
        elapsed = time.monotonic() - started
        assert 0.4 < elapsed < 1.5, elapsed
        state = await a.shared_state()
        assert state.windows == (RateWindow(10, 1),)
        assert state.tokens[0] < 1.0
        assert state.in_flight == 0
        # Another name is another limiter.
        async with _limiters(1, redis_server.url, windows=[RateWindow(10, 1)]) as (c,):
            quick = time.monotonic()
            await c.acquire()
            await c.release()
            assert time.monotonic() - quick < 0.2


async def test_in_flight_cap_is_shared_and_releases_wake_other_processes(
    redis_server: RedisServer,
) -> None:
    async with _limiters(3, redis_server.url, windows=(), max_in_flight=2) as limiters:
        held = peak = grants = 0

        async def worker(limiter: RedisLimiter) -> None:
            nonlocal held, peak, grants
            for _ in range(8):
                await limiter.acquire()
                held += 1
                grants += 1
                peak = max(peak, held)
                await asyncio.sleep(0.005)
                held -= 1
                await limiter.release()

        started = time.monotonic()
        await asyncio.gather(*(worker(lim) for lim in limiters for _ in range(2)))
        elapsed = time.monotonic() - started
        assert grants == 48
        assert peak == 2
        # 24 rounds of 5 ms with two places: released places reach other processes at once
        # (pub/sub), not after a poll interval.
        assert elapsed < 3.0, elapsed
        assert (await limiters[0].shared_state()).in_flight == 0


async def test_fifo_within_a_process(redis_server: RedisServer) -> None:
    async with _limiters(1, redis_server.url, windows=[RateWindow(20, 1)]) as (limiter,):
        order: list[int] = []

        async def one(i: int) -> None:
            await limiter.acquire()
            order.append(i)
            await limiter.release()

        tasks = []
        for i in range(25):
            tasks.append(asyncio.create_task(one(i)))
            await asyncio.sleep(0)
        await asyncio.gather(*tasks)
        assert order == list(range(25))


async def test_no_process_starves(redis_server: RedisServer) -> None:
    async with _limiters(2, redis_server.url, windows=[RateWindow(20, 1)], max_in_flight=4) as (
        busy,
        quiet,
    ):
        counts = {"busy": 0, "quiet": 0}
        stop = time.monotonic() + 1.6

        async def loop(limiter: RedisLimiter, key: str) -> None:
            while time.monotonic() < stop:
                await limiter.acquire()
                counts[key] += 1
                await limiter.release()

        # Five eager tasks in one process against one in the other: the processes take
        # turns once the burst is spent.
        await asyncio.gather(
            *(loop(busy, "busy") for _ in range(5)), loop(quiet, "quiet"), return_exceptions=False
        )
        after_burst = counts["busy"] + counts["quiet"]
        assert after_burst > 25
        assert counts["quiet"] >= 0.3 * after_burst - 10, counts


async def test_a_cancelled_waiter_gives_up_its_place_in_the_shared_queue(
    redis_server: RedisServer,
) -> None:
    async with _limiters(3, redis_server.url, windows=(), max_in_flight=1) as (a, b, c):
        await a.acquire()
        queued = asyncio.create_task(b.acquire())
        await asyncio.sleep(0.2)
        assert (await a.shared_state()).waiters == 1  # b waits in Redis's queue
        queued.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await queued
        await asyncio.sleep(0.1)
        await a.release()
        started = time.monotonic()
        await c.acquire()  # not held back behind b's abandoned place
        assert time.monotonic() - started < 0.5
        await c.release()


async def test_the_process_clock_does_not_matter(redis_server: RedisServer) -> None:
    class Skewed:
        """A clock an hour ahead of everyone else's."""

        def now(self) -> float:
            return time.monotonic() + 3600

        async def sleep(self, seconds: float) -> None:
            await asyncio.sleep(max(0.0, seconds))

    name = limiter_name("clock")
    async with (
        _limiters(1, redis_server.url, name=name, windows=[RateWindow(5, 1)]) as (a,),
        _limiters(1, redis_server.url, name=name, windows=[RateWindow(5, 1)], clock=Skewed()) as (
            b,
        ),
    ):
        started = time.monotonic()
        for i in range(8):
            limiter = b if i % 2 else a
            await limiter.acquire()
            await limiter.release()
        # Burst of 4 (5 less headroom), then 5 per second: the skew changed nothing.
        assert 0.6 < time.monotonic() - started < 1.6


async def test_keys_are_namespaced_and_expire(redis_server: RedisServer) -> None:
    name = limiter_name("keys")
    async with _limiters(
        2, redis_server.url, name=name, windows=[RateWindow(1, 30)], max_in_flight=1
    ) as (a, b):
        await a.acquire()
        waiter = asyncio.create_task(b.acquire())
        await asyncio.sleep(0.2)  # b queues in Redis behind a
        a.record_throttle(retry_after=0.1, error_text="rate of 7 per 60 second(s) exceeded.")
        await asyncio.sleep(0.1)
        waiter.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await waiter
        client = redis.asyncio.Redis.from_url(redis_server.url)
        try:
            keys = sorted(k.decode() for k in await client.keys("*"))
            mine = [k for k in keys if name in k]
            assert {k.rsplit(":", 1)[1] for k in mine} >= {"state", "inflight", "learned"}
            for key in mine:
                assert key.startswith(f"ultracart-async:{{{name}}}:")
                ttl = await client.ttl(key)
                # The longest window (60 s, learned) + pause + lease + queue staleness + 60.
                assert 0 < ttl <= 60 + 1 + 15 + 5 + 60 + 2, (key, ttl)
        finally:
            await client.aclose()
        await a.release()


async def test_a_lease_of_a_dead_process_expires(redis_server: RedisServer) -> None:
    name = limiter_name("lease")
    code = (
        "import asyncio, sys\n"
        "from ultracart_async.redis_limiter import RedisLimiter\n"
        "async def main():\n"
        f"    limiter = RedisLimiter({redis_server.url!r}, {name!r}, (), lease=1.0)\n"
        "    await limiter.acquire()\n"
        "    print('held', flush=True)\n"
        "    await asyncio.sleep(60)\n"
        "asyncio.run(main())\n"
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        code,
        stdout=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert proc.stdout is not None
        line = await asyncio.wait_for(proc.stdout.readline(), 20)
        assert line.strip() == b"held"
        await asyncio.sleep(1.5)  # renewed meanwhile: the place is still taken
        async with _limiters(1, redis_server.url, name=name, windows=()) as (limiter,):
            assert (await limiter.shared_state()).in_flight == 1
            proc.send_signal(signal.SIGKILL)
            await proc.wait()
            started = time.monotonic()
            await limiter.acquire(deadline=limiter.clock.now() + 5)
            assert time.monotonic() - started < 1.6
            await limiter.release()
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def test_a_429_in_one_process_pauses_the_others(redis_server: RedisServer) -> None:
    async with _limiters(2, redis_server.url, windows=[RateWindow(100, 1)], max_in_flight=4) as (
        a,
        b,
    ):
        await b.acquire()
        await b.release()
        a.record_throttle(retry_after=0.6, error_text=None)
        await asyncio.sleep(0.05)
        started = time.monotonic()
        await b.acquire()
        await b.release()
        assert 0.45 < time.monotonic() - started < 1.2
        state = b.state()
        assert state.throttled == 1
        assert state.rate_factor == 0.5
        # A success anywhere starts the recovery for everyone.
        b.record_success()
        await asyncio.sleep(0.05)
        assert (await a.shared_state()).rate_factor == pytest.approx(0.55)


async def test_a_window_learned_from_a_429_is_shared(redis_server: RedisServer) -> None:
    async with Sandbox(customers=5, seed=1, rate_limit=2, rate_limit_per=3) as sb:
        name = limiter_name("learn")
        async with (
            _limiters(1, redis_server.url, name=name, windows=(), max_in_flight=2) as (a,),
            _limiters(1, redis_server.url, name=name, windows=(), max_in_flight=2) as (b,),
            UltraCartClient(simple_key=sb.simple_key, base_url=sb.base_url, limiter=a) as uc,
        ):
            # a knows no window: its third call meets the sandbox's 2 per 3 s.
            for oid in sorted(sb.live_ids())[:3]:
                await uc.customers.get(oid)
            assert sb.stats.rate_limited >= 1
            state = await b.shared_state()
            assert RateWindow(2, 3) in state.windows
            deadline = b.clock.now() + 0.3
            with pytest.raises(RateLimitError):
                await b.acquire(deadline=deadline)


async def test_deadline_raises_at_once(redis_server: RedisServer) -> None:
    async with _limiters(1, redis_server.url, windows=[RateWindow(1, 10)]) as (limiter,):
        await limiter.acquire()
        await limiter.release()
        started = time.monotonic()
        with pytest.raises(RateLimitDeadlineError) as info:
            await limiter.acquire(deadline=limiter.clock.now() + 1)
        assert time.monotonic() - started < 0.5
        assert info.value.retry_after is not None
        assert info.value.retry_after > 5
        # Refused by the limiter, not answered by a server: it says so, with window and wait.
        assert info.value.wait == info.value.retry_after
        assert info.value.window == "1/10s"
        assert "before sending" in str(info.value)


# -- when Redis is away ----------------------------------------------------------------------


async def test_fail_closed_raises_a_documented_error_and_sends_nothing() -> None:
    url = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    async with Sandbox(customers=3, seed=1) as sb:
        limiter = RedisLimiter(url, limiter_name("down"), unavailable_grace=0.2)
        async with UltraCartClient(
            simple_key=sb.simple_key, base_url=sb.base_url, limiter=limiter
        ) as uc:
            started = time.monotonic()
            with pytest.raises(LimiterUnavailableError) as info:
                await uc.customers.get(1)
            assert time.monotonic() - started < 3
            assert isinstance(info.value, UltraCartError)
            assert info.value.name == limiter.name
            assert isinstance(info.value.__cause__, redis.exceptions.RedisError)
            assert sb.stats.requests == 0
        await limiter.aclose()


async def test_local_fallback_warns_then_returns_to_redis(
    own_redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="ultracart_async")
    fallback = TokenBucketLimiter([RateWindow(50, 1)], max_in_flight=1)
    async with _limiters(
        1,
        own_redis_server.url,
        windows=[RateWindow(50, 1)],
        on_unavailable="local",
        fallback=fallback,
        unavailable_grace=0.1,
    ) as (limiter,):
        await limiter.acquire()
        await limiter.release()
        assert not limiter.using_fallback
        own_redis_server.stop()
        await limiter.acquire()
        assert limiter.using_fallback
        assert limiter.state().max_in_flight == 1
        await limiter.release()
        assert any("falling back to the local limiter" in r.getMessage() for r in caplog.records)
        own_redis_server.start()
        await asyncio.sleep(limiter.PROBE_INTERVAL + 0.1)
        await limiter.acquire()
        await limiter.release()
        assert not limiter.using_fallback
        assert any("answers again" in r.getMessage() for r in caplog.records)


# -- many processes against the sandbox ------------------------------------------------------


async def _worker(config: dict[str, Any]) -> dict[str, Any]:
    windows = [RateWindow(config["rate"], config["per"])]
    async with (
        _limiters(
            1, config["redis"], name=config["name"], windows=windows, max_in_flight=config["cap"]
        ) as (limiter,),
        UltraCartClient(
            simple_key=config["key"], base_url=config["base_url"], limiter=limiter
        ) as uc,
    ):
        ids: list[int] = []
        pager = uc.customers.list(page_size=config["page_size"])
        async for customer in pager.export(concurrency=config["cap"]):
            assert customer.customer_profile_oid is not None
            ids.append(customer.customer_profile_oid)
        return {"ids": ids, "throttled": limiter.state().throttled}


async def _run_workers(configs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            # As a module, so that its relative imports resolve.
            "tests.redis_limiter.test_redis_limiter",
            "worker",
            json.dumps(config),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        for config in configs
    ]
    results = []
    try:
        for proc in procs:
            out, err = await asyncio.wait_for(proc.communicate(), 60)
            assert proc.returncode == 0, err.decode()[-2000:]
            results.append(json.loads(out))
    finally:
        for proc in procs:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    return results


async def test_four_processes_stay_within_the_shared_limit_and_cap(
    redis_server: RedisServer,
) -> None:
    rate, cap = 25, 2
    async with Sandbox(
        customers=240, seed=3, rate_limit=rate, rate_limit_per=1, max_in_flight=cap
    ) as sb:
        config = {
            "redis": redis_server.url,
            "name": limiter_name("fleet"),
            "key": sb.simple_key,
            "base_url": sb.base_url,
            "rate": rate,
            "per": 1,
            "cap": cap,
            "page_size": 20,
        }
        started = time.monotonic()
        results = await _run_workers([config] * 4)
        elapsed = time.monotonic() - started
        expected = sorted(sb.live_ids())
        for result in results:
            assert sorted(result["ids"]) == expected
        stats = sb.stats
        # Counted at the sandbox: its own bucket and concurrency cap answered no 429.
        assert stats.rate_limited_concurrency == 0
        assert stats.max_in_flight <= cap
        assert stats.rate_limited_bucket <= 1, stats.rate_limited_bucket
        assert stats.requests <= rate + rate * elapsed
        # Four exports of ~17 pages each at 25 per second.
        assert stats.requests >= 4 * 16


async def test_a_redis_restart_during_the_run_is_survived(own_redis_server: RedisServer) -> None:
    rate, cap = 30, 2
    async with Sandbox(
        customers=300, seed=4, rate_limit=rate, rate_limit_per=1, max_in_flight=cap
    ) as sb:
        name = limiter_name("restart")
        async with (
            _limiters(
                2, own_redis_server.url, name=name, windows=[RateWindow(rate, 1)], max_in_flight=cap
            ) as limiters,
            UltraCartClient(
                simple_key=sb.simple_key, base_url=sb.base_url, limiter=limiters[0]
            ) as uc1,
            UltraCartClient(
                simple_key=sb.simple_key, base_url=sb.base_url, limiter=limiters[1]
            ) as uc2,
        ):

            async def export(uc: UltraCartClient) -> list[int]:
                return [
                    c.customer_profile_oid
                    async for c in uc.customers.list(page_size=20).export(concurrency=cap)
                    if c.customer_profile_oid is not None
                ]

            async def restart() -> None:
                await asyncio.sleep(1.2)  # past the burst, in the steady state
                own_redis_server.stop()
                await asyncio.sleep(0.3)
                own_redis_server.start()

            first, second, _ = await asyncio.gather(export(uc1), export(uc2), restart())
            expected = sorted(sb.live_ids())
            assert sorted(first) == expected
            assert sorted(second) == expected
            # The restarted Redis was re-seeded from what the processes had seen (no fresh
            # burst), and the in-flight leases were put back.
            assert sb.stats.rate_limited <= 2, sb.stats.to_json(log_tail=0)
            assert sb.stats.max_in_flight <= cap


if __name__ == "__main__" and sys.argv[1:2] == ["worker"]:
    print(json.dumps(asyncio.run(_worker(json.loads(sys.argv[2])))))

"""Issue 14, the rate limiters: what a 429 may impose is bounded, the same way in both.

Against real local aiohttp servers that answer 429 with hostile ``UC-REST-ERROR`` and
``Retry-After`` text, and a real redis-server started here on 127.0.0.1: out-of-bounds
windows are ignored with one warning line, pauses are capped at a day, every Redis key
expires, an error reply from Redis is reported as one, a limiter refuses a second event
loop, and ``RedisLimiter``'s bookkeeping stays constant however many calls a task makes.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import threading
import time
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

redis = pytest.importorskip(
    "redis", reason="the redis package is missing: pip install 'ultracart-async[redis]'"
)
from redis.asyncio import Redis  # noqa: E402

from ultracart_async import (  # noqa: E402
    ConfigurationError,
    LimiterUnavailableError,
    RateLimitDeadlineError,
    RateLimitError,
    RateWindow,
    RequestOptions,
    TokenBucketLimiter,
    UltraCartClient,
)
from ultracart_async._ratelimit import parse_rate_window, window_from_error_text  # noqa: E402
from ultracart_async._throttle import MAX_LEARNED_PERIOD, MAX_PAUSE  # noqa: E402
from ultracart_async.redis_limiter import RedisLimiter  # noqa: E402
from ultracart_async.redis_limiter._backend import MAX_KEY_TTL  # noqa: E402
from ultracart_async.testing import FakeClock  # noqa: E402

from ._redis import limiter_name  # noqa: E402
from ._redis import redis_server as start_redis_server  # noqa: E402
from .conftest import ScriptedServer  # noqa: E402

DAY = 86400.0
BIG = "9" * 400  # a number about 400 digits long
HUGE = "9" * 5000  # longer than int() reads (4,300 digits)

# UC-REST-ERROR texts naming windows that must not be learned.
OUT_OF_BOUNDS = {
    "period-400-digits": f"rate of 1 per {BIG} second(s) exceeded.",
    "limit-400-digits": f"rate of {BIG} per 1 second(s) exceeded.",
    "limit-5000-digits": f"rate of {HUGE} per 1 second(s) exceeded.",
    "period-1e12": "rate of 1 per 1000000000000 second(s) exceeded.",
    "period-1e17": "rate of 1 per 100000000000000000 second(s) exceeded.",
    "period-over-a-day": "rate of 10000 per 86401 second(s) exceeded.",
    "limit-0": "rate of 0 per 10 second(s) exceeded.",
}


def _bound_warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [
        r
        for r in caplog.records
        if r.levelno == logging.WARNING and "ignoring the window" in r.getMessage()
    ]


def _answer_429_then_200(server: ScriptedServer, headers: dict[str, str]) -> None:
    answers = iter([429])

    async def handler(request: web.Request) -> web.StreamResponse:
        status = next(answers, 200)
        if status == 429:
            return web.json_response({"error": {}}, status=429, headers=headers)
        return web.json_response({"ok": True})

    server.handler = handler


# -- the local limiter, through a real server ------------------------------------------------


@pytest.mark.parametrize("text", OUT_OF_BOUNDS.values(), ids=OUT_OF_BOUNDS.keys())
async def test_a_window_out_of_bounds_is_ignored_with_one_warning(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture, text: str
) -> None:
    caplog.set_level(logging.WARNING, logger="ultracart_async")
    _answer_429_then_200(server, {"UC-REST-ERROR": text, "Retry-After": "0"})
    limiter = TokenBucketLimiter((), max_in_flight=1)
    async with UltraCartClient(simple_key="k", base_url=server.base_url, limiter=limiter) as uc:
        async with asyncio.timeout(30):  # a hang guard only
            # The retry after the 429 goes through; a deadline refuses any learned pause.
            response = await uc.request("GET", "/user/users", options=RequestOptions(deadline=20))
            assert response.status == 200
            assert response.throttled == 1
            await uc.request("GET", "/user/users", options=RequestOptions(deadline=20))
    assert limiter.windows == ()
    assert len(server.requests) == 3
    warnings = _bound_warnings(caplog)
    if text == OUT_OF_BOUNDS["limit-0"]:
        assert len(warnings) == 1 and "at least 1" in warnings[0].getMessage()
    else:
        assert len(warnings) == 1
    message = warnings[0].getMessage()
    assert "\n" not in message and len(message) < 400


async def test_a_window_within_bounds_is_learned_and_pauses_for_at_most_a_day(
    server: ScriptedServer,
) -> None:
    _answer_429_then_200(server, {"UC-REST-ERROR": "rate of 1 per 86400 second(s) exceeded."})
    limiter = TokenBucketLimiter((), max_in_flight=1)
    async with UltraCartClient(simple_key="k", base_url=server.base_url, limiter=limiter) as uc:
        # The learned bucket is empty after the 429: the retry is refused at once.
        with pytest.raises(RateLimitError) as info:
            await uc.request("GET", "/user/users", options=RequestOptions(deadline=5))
    assert len(server.requests) == 1
    assert limiter.windows == (RateWindow(1, 86400),)
    assert info.value.window == "1/86400s"
    # One token of a 1-per-day window at half rate is two days; the pause stops at one.
    assert 0.99 * MAX_PAUSE < limiter.state().paused_for <= MAX_PAUSE


async def test_the_429_error_of_a_huge_window_text_is_still_an_sdk_error(
    server: ScriptedServer,
) -> None:
    # int() refuses 5,000 digits with a ValueError, which escaped the request before.
    _answer_429_then_200(server, {"UC-REST-ERROR": OUT_OF_BOUNDS["limit-5000-digits"]})
    async with UltraCartClient(simple_key="k", base_url=server.base_url) as uc:
        with pytest.raises(RateLimitError) as info:
            await uc.request("GET", "/user/users", options=RequestOptions(max_attempts=1))
    assert info.value.status == 429
    assert info.value.window is None
    assert window_from_error_text(OUT_OF_BOUNDS["limit-5000-digits"]) is None


@pytest.mark.parametrize(
    ("throttles", "pause"), [(1, 1.0), (3, 4.0), (7, 60.0), (1100, 60.0), (5000, 60.0)]
)
def test_any_run_of_429s_without_a_hint_backs_off_at_most_the_cap(
    throttles: int, pause: float
) -> None:
    # A server that answers 429 over a thousand times in a row, with no Retry-After and no
    # window named, once overflowed the doubling backoff (OverflowError, outside the SDK's
    # errors). The clock never moves, so each pause is what that 429 alone imposes.
    limiter = TokenBucketLimiter((), clock=FakeClock())
    for _ in range(throttles):
        limiter.record_throttle(retry_after=None, error_text=None)
    assert limiter.state().paused_for == pause


async def test_a_named_window_pauses_for_at_most_a_day_on_a_fake_clock() -> None:
    limiter = TokenBucketLimiter((), clock=FakeClock())
    limiter.record_throttle(retry_after=None, error_text="rate of 1 per 86400 second(s) exceeded.")
    assert limiter.windows == (RateWindow(1, 86400),)
    assert limiter.state().paused_for == MAX_PAUSE == DAY


def test_configured_windows_must_be_countable() -> None:
    with pytest.raises(ConfigurationError, match="finite"):
        RateWindow(1, float("inf"))
    with pytest.raises(ConfigurationError, match="more requests per second"):
        RateWindow(10**400, 1)
    with pytest.raises(ConfigurationError, match="more requests per second"):
        RateWindow(1, 5e-324)
    with pytest.raises(ConfigurationError):
        parse_rate_window(f"1/{BIG}")
    with pytest.raises(ConfigurationError, match="N/SECONDS"):
        parse_rate_window(f"{HUGE}/1")
    assert RateWindow(10, 7 * 86400).period > MAX_LEARNED_PERIOD  # configured: any finite


# -- the deadline error ----------------------------------------------------------------------


async def test_a_refused_wait_is_a_distinct_error_and_sends_nothing(
    server: ScriptedServer,
) -> None:
    limiter = TokenBucketLimiter([RateWindow(1, 3600)], max_in_flight=1)
    async with UltraCartClient(simple_key="k", base_url=server.base_url, limiter=limiter) as uc:
        await uc.request("GET", "/user/users")
        with pytest.raises(RateLimitDeadlineError) as info:
            await uc.request("GET", "/user/users", options=RequestOptions(deadline=5))
    error = info.value
    assert isinstance(error, RateLimitError)
    assert len(server.requests) == 1
    assert "before sending" in str(error) and "no request was sent" in str(error)
    assert error.window == "1/3600s"
    assert error.wait == pytest.approx(3600, rel=0.01)
    assert error.retry_after == error.wait
    assert error.method == "GET" and error.url.endswith("/user/users")
    assert error.request_id is None and dict(error.headers) == {}


async def test_a_queued_waiter_refused_at_its_deadline_names_the_in_flight_cap() -> None:
    clock = FakeClock()
    limiter = TokenBucketLimiter((), max_in_flight=1, clock=clock)
    await limiter.acquire()
    with pytest.raises(RateLimitDeadlineError) as info:
        await limiter.acquire(deadline=clock.now() + 5)
    assert info.value.window == "in-flight cap"
    await limiter.release()


# -- event loops -----------------------------------------------------------------------------


@contextlib.contextmanager
def _loop_in_a_thread() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield loop
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


async def _acquire_and_release(limiter: Any) -> None:
    await limiter.acquire()
    await limiter.release()


async def test_a_limiter_refuses_a_second_open_event_loop() -> None:
    limiter = TokenBucketLimiter([RateWindow(100, 1)], max_in_flight=1)
    with _loop_in_a_thread() as other:
        asyncio.run_coroutine_threadsafe(_acquire_and_release(limiter), other).result(10)
        with pytest.raises(ConfigurationError, match="event loop"):
            await limiter.acquire()
        with pytest.raises(ConfigurationError, match="event loop"):
            await limiter.release()
        # Its own loop still uses it.
        asyncio.run_coroutine_threadsafe(_acquire_and_release(limiter), other).result(10)


def test_a_limiter_moves_on_from_a_closed_loop_and_frees_its_places() -> None:
    limiter = TokenBucketLimiter([RateWindow(3, 3600)], max_in_flight=1)

    async def take_and_keep() -> None:
        await limiter.acquire()  # never released: the loop is closed under it

    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(take_and_keep())
    finally:
        loop.close()

    async def second_run() -> None:
        await limiter.acquire(deadline=limiter.clock.now() + 5)
        await limiter.release()
        state = limiter.state()
        assert state.in_flight == 0
        assert state.tokens[0] < 1.01  # the window's state came along: 3 - 2 spent

    asyncio.run(second_run())


# -- RedisLimiter ----------------------------------------------------------------------------

needs_redis = pytest.mark.skipif(
    shutil.which("redis-server") is None, reason="redis-server is not installed"
)


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    with start_redis_server() as server:
        yield server.url


@contextlib.asynccontextmanager
async def _raw(url: str) -> AsyncIterator[Redis]:
    client = Redis.from_url(url)
    try:
        yield client
    finally:
        await client.aclose()


async def _ttls(url: str, name: str) -> dict[str, int]:
    async with _raw(url) as client:
        keys = [k.decode() for k in await client.keys(f"*{{{name}}}*")]
        return {key: await client.ttl(key) for key in keys}


@needs_redis
@pytest.mark.parametrize("text", OUT_OF_BOUNDS.values(), ids=OUT_OF_BOUNDS.keys())
async def test_redis_ignores_windows_out_of_bounds_and_every_key_expires(
    redis_url: str, caplog: pytest.LogCaptureFixture, text: str
) -> None:
    caplog.set_level(logging.WARNING, logger="ultracart_async")
    name = limiter_name("bounds")
    async with RedisLimiter(redis_url, name, [RateWindow(50, 1)], max_in_flight=2) as limiter:
        await _acquire_and_release(limiter)
        limiter.record_throttle(retry_after=0.0, error_text=text)
        state = await limiter.shared_state()
        assert state.windows == (RateWindow(50, 1),)
        # Every process, this one and one started later, still gets slots.
        await limiter.acquire(deadline=limiter.clock.now() + 10)
        await limiter.release()
        async with RedisLimiter(redis_url, name, [RateWindow(50, 1)]) as later:
            await later.acquire(deadline=later.clock.now() + 10)
            await later.release()
        ttls = await _ttls(redis_url, name)
        assert "state" in {k.rsplit(":", 1)[1] for k in ttls}
        for key, ttl in ttls.items():
            # The 1 s window + lease + staleness + 60 s; never the period the text named.
            assert 0 < ttl <= 1 + 15 + 5 + 60 + 2, (key, ttl)
    assert len(_bound_warnings(caplog)) == 1


@needs_redis
@pytest.mark.parametrize("retry_after", [float("inf"), 3e9, 1e17])
async def test_both_limiters_cap_retry_after_at_the_same_day(
    redis_url: str, retry_after: float
) -> None:
    local = TokenBucketLimiter((), clock=FakeClock())
    local.record_throttle(retry_after=retry_after, error_text=None)
    assert local.state().paused_for == MAX_PAUSE
    name = limiter_name("retry-after")
    async with RedisLimiter(redis_url, name, [RateWindow(50, 1)]) as limiter:
        await _acquire_and_release(limiter)
        limiter.record_throttle(retry_after=retry_after, error_text=None)
        state = await limiter.shared_state()
        assert 0.9 * MAX_PAUSE < state.paused_for <= MAX_PAUSE
        with pytest.raises(RateLimitDeadlineError) as info:
            await limiter.acquire(deadline=limiter.clock.now() + 1)
        assert info.value.window == "pause after a 429"
        ttls = await _ttls(redis_url, name)
        assert ttls
        for key, ttl in ttls.items():
            assert 0 < ttl <= MAX_PAUSE + 1 + 15 + 5 + 60 + 2, (key, ttl)


@needs_redis
async def test_redis_caps_a_named_windows_pause_at_a_day(redis_url: str) -> None:
    name = limiter_name("named-pause")
    async with RedisLimiter(redis_url, name, ()) as limiter:
        await _acquire_and_release(limiter)
        limiter.record_throttle(
            retry_after=None, error_text="rate of 1 per 86400 second(s) exceeded."
        )
        state = await limiter.shared_state()
        assert state.windows == (RateWindow(1, 86400),)
        assert 0.9 * MAX_PAUSE < state.paused_for <= MAX_PAUSE


@needs_redis
async def test_redis_429s_from_a_hostile_server_leave_the_fleet_working(
    redis_url: str, server: ScriptedServer
) -> None:
    headers = {
        "UC-REST-ERROR": OUT_OF_BOUNDS["period-1e17"],
        "Retry-After": "1e400",  # read as inf
    }
    _answer_429_then_200(server, headers)
    name = limiter_name("hostile")
    async with (
        RedisLimiter(redis_url, name, [RateWindow(50, 1)]) as limiter,
        UltraCartClient(simple_key="k", base_url=server.base_url, limiter=limiter) as uc,
    ):
        with pytest.raises(RateLimitError) as info:
            await uc.request("GET", "/user/users", options=RequestOptions(max_attempts=1))
        assert info.value.status == 429
        state = await limiter.shared_state()
        assert state.windows == (RateWindow(50, 1),)
        assert state.paused_for <= MAX_PAUSE
        async with RedisLimiter(redis_url, name, [RateWindow(50, 1)]) as later:
            # Paused for a day, which a deadline refuses: not "cannot reach Redis".
            with pytest.raises(RateLimitDeadlineError):
                await later.acquire(deadline=later.clock.now() + 1)
        for key, ttl in (await _ttls(redis_url, name)).items():
            assert 0 < ttl <= MAX_PAUSE + 1 + 15 + 5 + 60 + 2, (key, ttl)


@needs_redis
async def test_redis_state_out_of_bounds_left_by_an_older_version_is_healed(
    redis_url: str,
) -> None:
    name = limiter_name("heal")
    base = f"ultracart-async:{{{name}}}"
    async with _raw(redis_url) as client:
        # What the unbounded version wrote after `rate of 1 per 1e17 s` and `Retry-After: inf`:
        # a learned window, a pause for ever, and keys the failed EXPIRE left without expiry.
        await client.sadd(f"{base}:learned", "1/1e+17", "2/60.0")
        await client.hset(f"{base}:state", mapping={"paused": "inf", "factor": "0.5"})
    async with RedisLimiter(redis_url, name, [RateWindow(50, 1)]) as limiter:
        state = await limiter.shared_state()
        assert state.windows == (RateWindow(50, 1), RateWindow(2, 60))
        assert 0.9 * MAX_PAUSE < state.paused_for <= MAX_PAUSE
        # Paused for a day now, not for ever: a deadline refuses it, Redis still serves.
        with pytest.raises(RateLimitDeadlineError):
            await limiter.acquire(deadline=limiter.clock.now() + 1)
    async with _raw(redis_url) as client:
        assert {m.decode() for m in await client.smembers(f"{base}:learned")} == {"2/60.0"}
    for key, ttl in (await _ttls(redis_url, name)).items():
        assert 0 < ttl <= MAX_KEY_TTL, (key, ttl)


@needs_redis
async def test_an_error_reply_from_redis_is_not_reported_as_unreachable(redis_url: str) -> None:
    name = limiter_name("wrongtype")
    async with _raw(redis_url) as client:
        await client.set(f"ultracart-async:{{{name}}}:state", "not a hash")
    async with RedisLimiter(redis_url, name, (), unavailable_grace=0.0) as limiter:
        with pytest.raises(LimiterUnavailableError) as info:
            await limiter.acquire()
        with pytest.raises(LimiterUnavailableError) as peek:
            await limiter.shared_state()
    for error in (info.value, peek.value):
        text = str(error)
        assert "cannot reach" not in text
        assert "error" in text and "WRONGTYPE" in text
        assert isinstance(error.__cause__, redis.exceptions.ResponseError)
    assert "error reply" in str(info.value) and "no request was sent" in str(info.value)


@pytest.mark.parametrize(
    ("windows", "max_in_flight"),
    [((), 0), ((), True), ((), 1.5), ((), "4"), (["1000/3600"], 1), ([(1000, 3600)], 1)],
)
def test_both_limiters_refuse_the_same_limits_in_the_same_words(
    windows: Any, max_in_flight: Any
) -> None:
    with pytest.raises(ConfigurationError) as local:
        TokenBucketLimiter(windows, max_in_flight=max_in_flight)
    with pytest.raises(ConfigurationError) as shared:
        # Refused before any connection: nothing listens on port 1.
        RedisLimiter("redis://127.0.0.1:1/0", "x", windows, max_in_flight=max_in_flight)
    assert str(shared.value) == str(local.value)
    assert "max_in_flight" in str(local.value) or "RateWindow objects" in str(local.value)


@needs_redis
async def test_redis_lease_is_bounded(redis_url: str) -> None:
    with pytest.raises(ConfigurationError, match="lease must be at most"):
        RedisLimiter(redis_url, "x", lease=1e17)
    with pytest.raises(ConfigurationError, match="lease"):
        RedisLimiter(redis_url, "x", lease=float("nan"))


@needs_redis
async def test_redis_limiter_refuses_a_second_event_loop(redis_url: str) -> None:
    name = limiter_name("loops")
    with _loop_in_a_thread() as other:
        limiter = RedisLimiter(redis_url, name, (), max_in_flight=1)
        try:
            asyncio.run_coroutine_threadsafe(_acquire_and_release(limiter), other).result(10)
            with pytest.raises(ConfigurationError, match="event loop"):
                await limiter.acquire()
            with pytest.raises(ConfigurationError, match="event loop"):
                await limiter.shared_state()
        finally:
            asyncio.run_coroutine_threadsafe(limiter.aclose(), other).result(10)


def _limiter_bytes(snapshot: tracemalloc.Snapshot) -> int:
    """Bytes allocated by the Redis limiter's modules and by the waiter queue it shares."""
    package = Path(RedisLimiter.__module__.replace(".", "/")).parent  # .../redis_limiter
    waiters = Path("ultracart_async", "_waiters.py")
    total = 0
    for stat in snapshot.statistics("filename"):
        path = Path(stat.traceback[0].filename)
        if package.parts == path.parts[-3:-1] or waiters.parts == path.parts[-2:]:
            total += stat.size
    return total


@needs_redis
async def test_redis_limiter_bookkeeping_stays_constant(
    redis_url: str, server: ScriptedServer
) -> None:
    name = limiter_name("memory")
    async with (
        RedisLimiter(redis_url, name, (), max_in_flight=4) as limiter,
        UltraCartClient(simple_key="k", base_url=server.base_url, limiter=limiter) as uc,
    ):
        tracemalloc.start()
        try:
            for _ in range(100):
                await uc.request("GET", "/user/users")
            before = _limiter_bytes(tracemalloc.take_snapshot())
            started = time.monotonic()
            calls = 0
            # Enough calls that one entry per call (~100 bytes each) shows clearly.
            while calls < 1500 and (calls < 500 or time.monotonic() - started < 20):
                await uc.request("GET", "/user/users")
                calls += 1
            after = _limiter_bytes(tracemalloc.take_snapshot())
        finally:
            tracemalloc.stop()
        assert after - before < 10_000, (calls, before, after)
        assert (await limiter.shared_state()).in_flight == 0

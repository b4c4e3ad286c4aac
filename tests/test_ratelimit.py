"""The limiter on a fake clock: windows, burst and steady rate, FIFO, in-flight cap,
the 429 pause, recovery, the deadline error, sharing; and the cap at a real server."""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass

import pytest
from aiohttp import web

from ultracart_async import (
    ConfigurationError,
    RateLimitDeadlineError,
    RateLimitError,
    RateWindow,
    RequestOptions,
    TokenBucketLimiter,
    UltraCartClient,
)
from ultracart_async.testing import FakeClock

from .conftest import ScriptedServer


async def run_requests(limiter: TokenBucketLimiter, n: int, hold: float = 0.0) -> list[float]:
    """Acquire n slots from n tasks; return the (fake) time each was granted."""
    clock = limiter.clock
    granted: list[float] = []

    async def one() -> None:
        await limiter.acquire()
        granted.append(clock.now())
        if hold:
            await clock.sleep(hold)
        await limiter.release()

    await asyncio.gather(*(one() for _ in range(n)))
    return granted


async def test_one_window_bursts_then_holds_the_steady_rate() -> None:
    clock = FakeClock()
    limiter = TokenBucketLimiter([RateWindow(10, 60)], max_in_flight=100, clock=clock)
    granted = await run_requests(limiter, 30)
    assert granted[:10] == [0.0] * 10  # the bucket starts full
    steady = granted[10:]
    gaps = [b - a for a, b in itertools.pairwise(steady)]
    assert steady[0] == pytest.approx(6.0)
    assert all(g == pytest.approx(6.0) for g in gaps)  # 10 per 60 s = one per 6 s


async def test_hour_and_day_windows_are_enforced_together() -> None:
    clock = FakeClock()
    # Scaled-down UltraCart defaults: 10 per "hour" (36 s) and 15 per "day" (864 s).
    limiter = TokenBucketLimiter(
        [RateWindow(10, 36), RateWindow(15, 864)], max_in_flight=100, clock=clock
    )
    granted = await run_requests(limiter, 20)
    assert granted[:10] == [0.0] * 10
    # The hour bucket refills every 3.6 s, but the day bucket has only 5 tokens left:
    # once those are spent the day rate (one per 57.6 s) governs.
    assert granted[10] == pytest.approx(3.6)
    assert granted[14] == pytest.approx(18.0)
    assert granted[16] - granted[15] == pytest.approx(57.6, rel=1e-3)
    assert granted[19] - granted[18] == pytest.approx(57.6, rel=1e-3)
    state = limiter.state()
    assert state.windows == (RateWindow(10, 36), RateWindow(15, 864))


async def test_fifo_order_under_contention_with_a_thousand_waiters() -> None:
    clock = FakeClock()
    limiter = TokenBucketLimiter([RateWindow(100, 1)], max_in_flight=3, clock=clock)
    order: list[int] = []
    peak = 0

    async def one(i: int) -> None:
        nonlocal peak
        await limiter.acquire()
        order.append(i)
        peak = max(peak, limiter.state().in_flight)
        await clock.sleep(0.01)
        await limiter.release()

    tasks = []
    for i in range(1000):
        tasks.append(asyncio.create_task(one(i)))
        await asyncio.sleep(0)  # each task queues before the next is created
    await asyncio.gather(*tasks)
    assert order == list(range(1000))
    assert peak == 3
    assert limiter.state().waiters == 0 and limiter.state().in_flight == 0


async def test_in_flight_cap_is_never_exceeded() -> None:
    clock = FakeClock()
    limiter = TokenBucketLimiter((), max_in_flight=2, clock=clock)
    inside = 0
    peak = 0

    async def one() -> None:
        nonlocal inside, peak
        await limiter.acquire()
        inside += 1
        peak = max(peak, inside)
        await clock.sleep(1)
        inside -= 1
        await limiter.release()

    await asyncio.gather(*(one() for _ in range(10)))
    assert peak == 2
    assert clock.now() == pytest.approx(5.0)  # 10 requests, 2 at a time, 1 s each


@dataclass
class Concurrency:
    """Answers the scripted server's requests after ``delay`` seconds each, and counts the
    most it was answering at once (``peak``)."""

    delay: float
    inside: int = 0
    peak: int = 0

    async def handler(self, request: web.Request) -> web.StreamResponse:
        self.inside += 1
        self.peak = max(self.peak, self.inside)
        await asyncio.sleep(self.delay)
        self.inside -= 1
        return web.json_response({"ok": True})


async def test_in_flight_cap_counted_at_a_real_server(server: ScriptedServer) -> None:
    answers = Concurrency(delay=0.01)
    server.handler = answers.handler
    limiter = TokenBucketLimiter((), max_in_flight=3)
    async with UltraCartClient(simple_key="k", base_url=server.base_url, limiter=limiter) as uc:
        await asyncio.gather(*(uc.request("GET", "/user/users") for _ in range(40)))
    assert answers.peak == 3
    assert len(server.requests) == 40


async def test_one_429_pauses_every_waiter() -> None:
    limiter = TokenBucketLimiter((), max_in_flight=10, clock=FakeClock())
    await limiter.acquire()
    limiter.record_throttle(retry_after=30, error_text=None)
    await limiter.release()
    granted = await run_requests(limiter, 5)
    assert granted == [30.0] * 5
    assert limiter.state().throttled == 1


async def test_429_without_retry_after_uses_the_named_window() -> None:
    clock = FakeClock()
    limiter = TokenBucketLimiter([RateWindow(100, 10)], max_in_flight=10, clock=clock)
    limiter.record_throttle(retry_after=None, error_text="rate of 100 per 10 second(s) exceeded.")
    state = limiter.state()
    assert state.rate_factor == 0.5
    assert state.tokens == (0.0,)
    granted = await run_requests(limiter, 2)
    # One token at half of 10/s takes 0.2 s; the pause is the same one token's time.
    assert granted[0] == pytest.approx(0.2)
    assert granted[1] == pytest.approx(0.4)


async def test_429_naming_an_unknown_window_teaches_the_limiter() -> None:
    limiter = TokenBucketLimiter((), clock=FakeClock())
    limiter.record_throttle(
        retry_after=None, error_text="rate of 10000 per 86400 second(s) exceeded."
    )
    assert limiter.windows == (RateWindow(10000, 86400),)


async def test_429_without_any_hint_backs_off_exponentially() -> None:
    clock = FakeClock()
    limiter = TokenBucketLimiter((), clock=clock)
    pauses = []
    for _ in range(8):
        limiter.record_throttle(retry_after=None, error_text=None)
        pauses.append(limiter.state().paused_for)
        clock.advance(pauses[-1])
    assert pauses == [1, 2, 4, 8, 16, 32, 60, 60]


async def test_rate_recovers_gradually_with_successes() -> None:
    limiter = TokenBucketLimiter([RateWindow(10, 1)], clock=FakeClock())
    limiter.record_throttle(retry_after=0, error_text=None)
    limiter.record_throttle(retry_after=0, error_text=None)
    assert limiter.state().rate_factor == 0.25
    factors = []
    for _ in range(20):
        limiter.record_success()
        factors.append(limiter.state().rate_factor)
    assert factors == sorted(factors)
    assert factors[0] == pytest.approx(0.30)
    assert factors[-1] == 1.0


async def test_wait_longer_than_the_deadline_raises_at_once() -> None:
    clock = FakeClock()
    limiter = TokenBucketLimiter([RateWindow(1, 3600)], clock=clock)
    await limiter.acquire()
    await limiter.release()
    with pytest.raises(RateLimitDeadlineError) as info:
        await limiter.acquire(deadline=clock.now() + 60)
    assert clock.now() == 0  # it did not sleep
    assert info.value.retry_after == pytest.approx(3600)
    assert info.value.wait == pytest.approx(3600)
    assert info.value.window == "1/3600s"
    assert "3600.0s" in str(info.value)
    assert "refused the call before sending it" in str(info.value)


async def test_two_clients_share_one_limiter(server: ScriptedServer) -> None:
    answers = Concurrency(delay=0.005)
    server.handler = answers.handler
    limiter = TokenBucketLimiter([RateWindow(20, 3600)], max_in_flight=1)
    a = UltraCartClient(simple_key="a", base_url=server.base_url, limiter=limiter)
    b = UltraCartClient(simple_key="a", base_url=server.base_url, limiter=limiter)
    async with a, b:
        await asyncio.gather(
            *(c.request("GET", "/user/users") for c in [a, b] * 10),
        )
        assert limiter.state().tokens[0] < 1
        with pytest.raises(RateLimitError):
            await a.request("GET", "/user/users", options=RequestOptions(deadline=5))
    assert answers.peak == 1
    assert len(server.requests) == 20


async def test_cancelled_waiter_leaves_the_queue_and_wakes_the_next() -> None:
    limiter = TokenBucketLimiter((), max_in_flight=1, clock=FakeClock())
    await limiter.acquire()
    first = asyncio.create_task(limiter.acquire())
    second = asyncio.create_task(limiter.acquire())
    await asyncio.sleep(0)
    assert limiter.state().waiters == 2
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    await limiter.release()
    await second
    assert limiter.state().in_flight == 1 and limiter.state().waiters == 0
    await limiter.release()


def test_bad_configuration_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="max_in_flight must be at least 1"):
        TokenBucketLimiter(max_in_flight=0)
    with pytest.raises(ConfigurationError, match="RateWindow objects"):
        TokenBucketLimiter(["1000/3600"])  # type: ignore[list-item]
    with pytest.raises(ConfigurationError, match="N/SECONDS"):
        RateWindow.parse("1000 per hour")
    with pytest.raises(ConfigurationError, match="positive integer"):
        RateWindow(0, 10)
    assert RateWindow.parse("20/1") == RateWindow(20, 1.0)


async def test_a_queued_waiter_gives_up_at_its_deadline() -> None:
    clock = FakeClock()
    limiter = TokenBucketLimiter((), max_in_flight=1, clock=clock)
    await limiter.acquire()  # the one place in flight is taken and kept
    with pytest.raises(RateLimitError):
        await limiter.acquire(deadline=clock.now() + 5)
    assert clock.now() == pytest.approx(5.0)
    assert limiter.state().waiters == 0
    # A waiter without a deadline still gets the slot once it is released.
    waiting = asyncio.create_task(limiter.acquire())
    await asyncio.sleep(0)
    await limiter.release()
    await waiting
    assert limiter.state().in_flight == 1
    await limiter.release()


async def test_a_429_naming_no_window_halves_the_in_flight_cap_until_successes() -> None:
    limiter = TokenBucketLimiter((), max_in_flight=8, clock=FakeClock())
    limiter.record_throttle(retry_after=0, error_text=None)
    assert limiter.state().in_flight_cap == 4
    limiter.record_throttle(retry_after=0, error_text=None)
    assert limiter.state().in_flight_cap == 2
    for _ in range(TokenBucketLimiter.CAP_RECOVERY_SUCCESSES):
        limiter.record_success()
    assert limiter.state().in_flight_cap == 3
    # A 429 that names a rate window is about the rate, not about concurrency.
    limiter.record_throttle(retry_after=0, error_text="rate of 10 per 1 second(s) exceeded.")
    assert limiter.state().in_flight_cap == 3
    assert limiter.state().max_in_flight == 8


def test_max_in_flight_is_the_configured_cap_not_the_one_in_force() -> None:
    limiter = TokenBucketLimiter((), max_in_flight=8, clock=FakeClock())
    assert limiter.max_in_flight == 8
    limiter.record_throttle(retry_after=0, error_text=None)  # "too many at once": cap cut
    assert limiter.state().in_flight_cap == 4
    assert limiter.max_in_flight == 8
    with pytest.raises(AttributeError):
        limiter.max_in_flight = 2  # type: ignore[misc]

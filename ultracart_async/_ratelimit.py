"""The client-side rate limiter: token buckets shaped to UltraCart's limits.

UltraCart allows, by default, 1,000 requests per hour and 10,000 per day per application
and IP, enforced as a leaky bucket with no fixed reset, and answers 429 to concurrent
requests. :class:`TokenBucketLimiter` mirrors that: any number of windows (each a token
bucket that starts full and refills continuously), all enforced together, plus a cap on
requests in flight, with FIFO fairness and no busy waiting.

It is adaptive: one 429 pauses every waiter (for ``Retry-After`` when the server sends
it, otherwise one token's refill time of the window that ``UC-REST-ERROR`` names, otherwise
an exponential backoff), and the refill rate drops by half, then recovers additively with
each success (AIMD, after botocore's adaptive retry mode).

What every limiter shares is written once, beside this module: the windows and the checks
on a limiter's arguments (:mod:`ultracart_async._limits`), what a 429 may impose and the
pause it sets (:mod:`ultracart_async._throttle`), and the FIFO queue of waiters with the
refusal past a deadline (:mod:`ultracart_async._waiters`).

A limiter belongs to the event loop that first uses it (see :class:`TokenBucketLimiter`).

The client talks to a limiter only through the :class:`Limiter` protocol, so a shared
backend (Redis, say) can take the in-process limiter's place.
"""

from __future__ import annotations

import asyncio
from typing import Protocol, runtime_checkable

import attrs

from . import _throttle
from ._clock import Clock, SystemClock
from ._errors import ConfigurationError, RateLimitDeadlineError
from ._limits import (
    DEFAULT_WINDOWS,
    RateWindow,
    checked_limits,
    learned_window,
    parse_rate_window,
    window_from_error_text,
)
from ._throttle import MAX_PAUSE, pause_after_429
from ._waiters import WaiterQueue, deadline_error

__all__ = [
    "DEFAULT_WINDOWS",
    "InstantRelease",
    "Limiter",
    "LimiterState",
    "RateWindow",
    "TokenBucketLimiter",
    "parse_rate_window",
    "window_from_error_text",
]


@attrs.frozen
class LimiterState:
    """A snapshot of a limiter, for logs, progress bars and dashboards.

    Attributes:
        windows: The windows enforced, including any learned from 429s.
        tokens: Tokens left in each window, in the same order.
        rate_factor: The adaptive multiplier on every window's refill rate (1.0 = full).
        waiters: Tasks queued for a slot.
        in_flight: Requests holding a slot now.
        max_in_flight: The cap on requests in flight, as configured.
        throttled: 429s reported so far.
        paused_for: Seconds left of the pause after the last 429 (0 when not paused).
        in_flight_cap: The in-flight cap in force, below ``max_in_flight`` after 429s that
            named no rate window (too many concurrent requests); None if not tracked.
    """

    windows: tuple[RateWindow, ...]
    tokens: tuple[float, ...]
    rate_factor: float
    waiters: int
    in_flight: int
    max_in_flight: int
    throttled: int
    paused_for: float
    in_flight_cap: int | None = None


@runtime_checkable
class Limiter(Protocol):
    """What the client needs from a rate limiter.

    Deadlines are absolute times on the limiter's :attr:`clock`. ``acquire`` raises
    :class:`~ultracart_async.RateLimitDeadlineError` (a
    :class:`~ultracart_async.RateLimitError`) at once when the wait would outlast the
    deadline, rather than sleeping.

    A limiter may also say the in-flight cap it was configured with as ``max_in_flight``, a
    read-only ``int`` (not the cap in force after 429s, ``state().in_flight_cap``).
    :class:`TokenBucketLimiter` and :class:`~ultracart_async.redis_limiter.RedisLimiter` do,
    and an export checks its ``concurrency`` against it; for a limiter without one it reads
    ``state().max_in_flight``. It is optional, not a member of this protocol, so that every
    limiter written before it still passes ``isinstance(limiter, Limiter)``.
    """

    @property
    def clock(self) -> Clock:
        """The clock deadlines are measured on."""
        ...

    async def acquire(self, *, deadline: float | None = None) -> None:
        """Wait for a slot (a token in every window and a place in flight)."""
        ...

    async def release(self) -> None:
        """Give back the in-flight place taken by :meth:`acquire`."""
        ...

    def record_success(self) -> None:
        """A request was answered without a 429."""
        ...

    def record_throttle(self, *, retry_after: float | None, error_text: str | None) -> None:
        """A request was answered with a 429."""
        ...

    def state(self) -> LimiterState:
        """A snapshot of the limiter's state."""
        ...


@runtime_checkable
class InstantRelease(Protocol):
    """An optional capability of a :class:`Limiter`: giving a slot back never waits.

    The client calls ``release_nowait()`` on a limiter that has it, instead of awaiting
    ``release()`` behind :func:`asyncio.shield` (a task per request), which a release that
    does I/O (Redis, say) needs so that a cancelled call still gives its slot back. A
    subclass that changes how a slot is given back overrides ``release_nowait``.
    """

    def release_nowait(self) -> None:
        """Give back the in-flight place taken by ``acquire``, without suspending."""
        ...


class _Bucket:
    __slots__ = ("stamp", "tokens", "window")

    def __init__(self, window: RateWindow, now: float, tokens: float | None = None) -> None:
        self.window = window
        self.tokens = float(window.limit) if tokens is None else tokens
        self.stamp = now

    def refill(self, now: float, factor: float) -> None:
        elapsed = now - self.stamp
        if elapsed > 0:
            self.tokens = min(
                float(self.window.limit), self.tokens + elapsed * self.window.rate * factor
            )
        self.stamp = now

    def wait_for(self, needed: float, factor: float) -> float:
        missing = needed - self.tokens
        # The epsilon absorbs float rounding: without it a refill that lands a hair short
        # of a whole token asks for a sleep too short to move the clock, for ever.
        return 0.0 if missing <= 1e-9 else missing / (self.window.rate * factor)


class TokenBucketLimiter:
    """The in-process limiter: token-bucket windows, an in-flight cap, FIFO, adaptive.

    Args:
        windows: The rate windows, all enforced together. Defaults to UltraCart's
            published limits (:data:`DEFAULT_WINDOWS`). Pass ``()`` for no rate limit.
        max_in_flight: The most requests at the server at once. UltraCart's default policy
            allows one; raise it only if UltraCart raised your limits.
        clock: Where time comes from; tests pass a fake clock.
        adaptive: Slow down after a 429 and recover gradually (on by default).

    Share one limiter between clients that use the same credentials by passing it to each
    ``UltraCartClient(limiter=...)``.

    A limiter belongs to the event loop that first uses it: its waiters wait on that loop.
    Used from another loop (another thread's, say) while that one is open, it raises
    :class:`~ultracart_async.ConfigurationError`; create one limiter per loop. Once its loop
    is closed (a finished ``asyncio.run``), the next loop to use it takes it over, with its
    windows, tokens and pause intact.

    What one 429 may impose is bounded: a pause lasts at most a day
    (:attr:`MAX_RETRY_AFTER_PAUSE`), and a window named by ``UC-REST-ERROR`` is learned only
    within fixed bounds (any other is ignored, with one warning).

    Example::

        limiter = TokenBucketLimiter(windows=[RateWindow(20, 1)], max_in_flight=8)
        async with UltraCartClient(simple_key=key, limiter=limiter) as uc:
            ...
    """

    #: The refill-rate multiplier never drops below this after repeated 429s.
    MIN_RATE_FACTOR = _throttle.MIN_RATE_FACTOR
    #: Added to the multiplier after each success (additive increase).
    RECOVERY_STEP = _throttle.RECOVERY_STEP
    #: Successes after which an in-flight cap cut by a 429 grows back by one.
    CAP_RECOVERY_SUCCESSES = 20
    #: The pause after a 429 that names no window and carries no Retry-After, doubling
    #: with each consecutive 429 up to MAX_BACKOFF_PAUSE.
    BASE_BACKOFF_PAUSE = _throttle.BASE_BACKOFF_PAUSE
    MAX_BACKOFF_PAUSE = _throttle.MAX_BACKOFF_PAUSE
    #: The longest pause one 429 imposes (``Retry-After``, or a named window's token time):
    #: a day, the same bound in every limiter. A larger value (``inf``,
    #: ``1e308``, a date in the year 9999) is a broken header, and without this cap it
    #: stopped every caller of the limiter for good (a call with no deadline slept for ever).
    MAX_RETRY_AFTER_PAUSE = MAX_PAUSE

    def __init__(
        self,
        windows: tuple[RateWindow, ...] | list[RateWindow] = DEFAULT_WINDOWS,
        *,
        max_in_flight: int = 1,
        clock: Clock | None = None,
        adaptive: bool = True,
    ) -> None:
        windows = checked_limits(windows, max_in_flight)
        self._clock: Clock = clock if clock is not None else SystemClock()
        now = self._clock.now()
        self._buckets = [_Bucket(w, now) for w in windows]
        self._max_in_flight = max_in_flight
        # The in-flight cap in force: halved by a 429 that names no rate window (UltraCart
        # also answers 429 to too many concurrent requests), regained one by one.
        self._cap = max_in_flight
        self._successes_since_cut = 0
        self._adaptive = adaptive
        self._factor = 1.0
        self._in_flight = 0
        self._queue = WaiterQueue()
        self._paused_until = now
        self._throttled = 0
        self._consecutive_throttles = 0
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def clock(self) -> Clock:
        """The clock the limiter (and the client's backoff and deadlines) read."""
        return self._clock

    @property
    def windows(self) -> tuple[RateWindow, ...]:
        """The windows enforced, including any learned from 429s."""
        return tuple(b.window for b in self._buckets)

    @property
    def max_in_flight(self) -> int:
        """The in-flight cap this limiter was configured with.

        Not the cap in force, which a 429 naming no window lowers for a while
        (``state().in_flight_cap``).
        """
        return self._max_in_flight

    def _refill(self, now: float) -> None:
        for bucket in self._buckets:
            bucket.refill(now, self._factor)

    def _wait_for(self, now: float, needed: float) -> float:
        """Seconds until ``needed`` tokens are in every window and any pause is over."""
        self._refill(now)
        wait = max(0.0, self._paused_until - now)
        for bucket in self._buckets:
            wait = max(wait, bucket.wait_for(needed, self._factor))
        return wait

    def _check_loop(self) -> None:
        """Bind the limiter to the running loop on first use; refuse any other open loop."""
        loop = asyncio.get_running_loop()
        owner = self._loop
        if owner is loop:
            return
        if owner is not None and not owner.is_closed():
            raise ConfigurationError(
                "this TokenBucketLimiter belongs to the event loop that first used it, and "
                "that loop is still open; it was used from another event loop (another "
                "thread's, or a nested asyncio.run). Its waiters can wait on one loop only: "
                "create one limiter per event loop"
            )
        if owner is not None:
            # The closed loop's tasks are gone: their queue places and slots can never be
            # given back, and holding them would block the new loop for good.
            self._queue.clear()
            self._in_flight = 0
        self._loop = loop

    def _deadline_error(self, wait: float) -> RateLimitDeadlineError:
        window = None
        now = self._clock.now()
        for bucket in self._buckets:
            if bucket.wait_for(1.0, self._factor) > 0:
                window = str(bucket.window)
        if window is None and self._paused_until > now:
            window = "pause after a 429"
        return deadline_error("the client-side rate limiter", wait, window)

    async def acquire(self, *, deadline: float | None = None) -> None:
        """Wait, first come first served, for a token in every window and a place in flight.

        Raises:
            RateLimitDeadlineError: At once, without sleeping, when the wait would end
                after ``deadline`` (a time on :attr:`clock`). No request was sent.
            ConfigurationError: Used from another event loop than its own (see the class).
        """
        self._check_loop()
        clock = self._clock
        if not self._queue and self._in_flight < self._cap:
            # The fast path, taken by most calls: nobody waits, a place is free, and (when
            # the buckets hold a token) the slot is granted with no waiter and no suspension.
            now = clock.now()
            if self._wait_for(now, 1.0) <= 0:
                for bucket in self._buckets:
                    bucket.tokens -= 1.0
                self._in_flight += 1
                return
        await self._acquire_queued(deadline)

    async def _acquire_queued(self, deadline: float | None) -> None:
        """The slow path of :meth:`acquire`: join the queue, take a slot once at its head."""
        clock = self._clock
        queue = self._queue
        if deadline is not None:
            now = clock.now()
            # A waiter at position k needs k + 1 tokens to have been refilled.
            estimate = self._wait_for(now, float(len(queue) + 1))
            if now + estimate > deadline:
                raise self._deadline_error(estimate)
        waiter = queue.join()
        try:
            while True:
                if queue[0] is waiter and self._in_flight < self._cap:
                    now = clock.now()
                    wait = self._wait_for(now, 1.0)
                    if wait <= 0:
                        for bucket in self._buckets:
                            bucket.tokens -= 1.0
                        self._in_flight += 1
                        queue.served()
                        return
                    if deadline is not None and now + wait > deadline:
                        raise self._deadline_error(wait)
                    await clock.sleep(wait)
                    continue
                within = None if deadline is None else deadline - clock.now()
                if not await waiter.sleep(within, clock):
                    # Queued behind others (or the in-flight cap) past the deadline. The
                    # wait reported is what the tokens still need (0 if only the cap held
                    # it back: when a place frees up cannot be known).
                    ahead = float(queue.index(waiter) + 1)
                    raise self._deadline_error(self._wait_for(clock.now(), ahead))
        except BaseException:
            queue.leave(waiter)
            raise

    async def release(self) -> None:
        """Give back the place in flight taken by :meth:`acquire`."""
        self.release_nowait()

    def release_nowait(self) -> None:
        """:meth:`release`, which never waits: what the client calls (the limiter's
        ``InstantRelease`` capability)."""
        self._check_loop()
        if self._in_flight <= 0:
            raise RuntimeError("TokenBucketLimiter.release() called without a matching acquire()")
        self._in_flight -= 1
        self._queue.wake_head()

    def record_success(self) -> None:
        """A request was answered without a 429: recover the rate by one step."""
        self._consecutive_throttles = 0
        if self._cap < self._max_in_flight:
            self._successes_since_cut += 1
            if self._successes_since_cut >= self.CAP_RECOVERY_SUCCESSES:
                self._successes_since_cut = 0
                self._cap += 1
                self._queue.wake_head()
        if self._adaptive and self._factor < 1.0:
            now = self._clock.now()
            self._refill(now)  # account for the elapsed time at the old rate first
            self._factor = min(1.0, self._factor + self.RECOVERY_STEP)

    def record_throttle(self, *, retry_after: float | None, error_text: str | None) -> None:
        """A request was answered 429: pause every waiter and halve the rate.

        The pause is ``retry_after`` when the server sent one, else one token's refill time
        of the window ``error_text`` (``UC-REST-ERROR``) names, else an exponential backoff;
        never longer than a day. A named window out of bounds (a period over a day, a limit
        under 1, a number that is not finite) is ignored, with one warning log line.
        """
        now = self._clock.now()
        self._refill(now)
        self._throttled += 1
        self._consecutive_throttles += 1
        named = learned_window(error_text, limiter="TokenBucketLimiter")
        if named is not None and not any(b.window == named for b in self._buckets):
            # The server enforces a window this client did not know about: learn it.
            self._buckets.append(_Bucket(named, now, tokens=0.0))
        if self._adaptive:
            self._factor = max(self.MIN_RATE_FACTOR, self._factor / 2)
            # The server says we are over: stop spending what we believed we had.
            for bucket in self._buckets:
                bucket.tokens = min(bucket.tokens, 0.0)
        if named is None and self._adaptive:
            # No window named: perhaps too many requests at once. Send fewer in parallel.
            self._cap = max(1, self._cap // 2)
            self._successes_since_cut = 0
        pause = pause_after_429(
            retry_after,
            None if named is None else (named.limit, named.period),
            factor=self._factor,
            consecutive=self._consecutive_throttles,
            base_backoff=self.BASE_BACKOFF_PAUSE,
            max_backoff=self.MAX_BACKOFF_PAUSE,
        )
        self._paused_until = max(self._paused_until, now + pause)
        self._queue.wake_head()

    def state(self) -> LimiterState:
        """A snapshot: tokens per window, rate factor, waiters, in flight, 429s, pause."""
        now = self._clock.now()
        self._refill(now)
        return LimiterState(
            windows=self.windows,
            tokens=tuple(b.tokens for b in self._buckets),
            rate_factor=self._factor,
            waiters=len(self._queue),
            in_flight=self._in_flight,
            max_in_flight=self._max_in_flight,
            in_flight_cap=self._cap,
            throttled=self._throttled,
            paused_for=max(0.0, self._paused_until - now),
        )

    def __repr__(self) -> str:
        windows = ", ".join(str(w) for w in self.windows) or "no windows"
        return f"TokenBucketLimiter({windows}; max_in_flight={self._max_in_flight})"

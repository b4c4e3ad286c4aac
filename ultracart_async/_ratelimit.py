"""The client-side rate limiter: token buckets shaped to UltraCart's limits.

UltraCart allows, by default, 1,000 requests per hour and 10,000 per day per application
and IP, enforced as a leaky bucket with no fixed reset, and answers 429 to concurrent
requests. :class:`TokenBucketLimiter` mirrors that: any number of windows (each a token
bucket that starts full and refills continuously), all enforced together, plus a cap on
requests in flight, with FIFO fairness and no busy waiting.

It is adaptive: one 429 pauses every waiter (for ``Retry-After`` when the server sends
it, otherwise one token's refill time of the window that ``UC-REST-ERROR`` names, otherwise
an exponential backoff), and the refill rate drops by half, then recovers additively with
each success (AIMD, after botocore's adaptive retry mode). What a 429 may impose is bounded
by :mod:`ultracart_async._throttle`, the same bounds for every limiter.

A limiter belongs to the event loop that first uses it (see :class:`TokenBucketLimiter`).

The client talks to a limiter only through the :class:`Limiter` protocol, so a shared
backend (Redis, say) can take the in-process limiter's place.
"""

from __future__ import annotations

import asyncio
import math
import re
from collections import deque
from typing import Protocol, runtime_checkable

import attrs

from ._clock import Clock, SystemClock
from ._errors import ConfigurationError, RateLimitDeadlineError
from ._text import printable
from ._throttle import MAX_PAUSE, bounded_pause, named_window, window_problem, window_to_learn

__all__ = [
    "DEFAULT_WINDOWS",
    "Limiter",
    "LimiterState",
    "RateWindow",
    "TokenBucketLimiter",
    "parse_rate_window",
]


@attrs.frozen
class RateWindow:
    """One rate window: at most ``limit`` requests per ``period`` seconds.

    Example::

        RateWindow(1000, 3600)          # UltraCart's default hourly limit
        RateWindow.parse("20/1")        # 20 requests per second
    """

    limit: int
    period: float

    def __attrs_post_init__(self) -> None:
        if isinstance(self.limit, bool) or not isinstance(self.limit, int) or self.limit < 1:
            raise ConfigurationError(
                f"RateWindow limit must be a positive integer, got {self.limit!r}"
            )
        if isinstance(self.period, bool) or not isinstance(self.period, int | float):
            raise ConfigurationError(f"RateWindow period must be a number, got {self.period!r}")
        if not self.period > 0 or not math.isfinite(self.period):
            raise ConfigurationError(
                f"RateWindow period must be a positive, finite number, got {self.period!r}"
            )
        try:
            rate = self.limit / self.period
        except OverflowError:
            rate = math.inf
        if not math.isfinite(rate):
            # Without this, a bucket refilled at an infinite rate (or a limit no float holds)
            # failed later, inside acquire, with an error outside the SDK's tree.
            raise ConfigurationError(
                f"RateWindow {self.limit}/{self.period!r}s allows more requests per second "
                "than a float can count; use windows=() for no rate limit"
            )

    @property
    def rate(self) -> float:
        """Requests per second at which the bucket refills."""
        return self.limit / self.period

    @classmethod
    def parse(cls, text: str) -> RateWindow:
        """Parse ``"N/SECONDS"`` (for example ``"1000/3600"``)."""
        return parse_rate_window(text)

    def __str__(self) -> str:
        return f"{self.limit}/{self.period:g}s"


def parse_rate_window(text: str) -> RateWindow:
    """Parse ``"N/SECONDS"`` into a :class:`RateWindow`, with a clear error otherwise."""
    match = re.fullmatch(r"\s*(\d{1,18})\s*/\s*(\d+(?:\.\d+)?)\s*", text)
    if not match:
        raise ConfigurationError(
            f"rate limit {printable(repr(text), limit=80)} is not of the form N/SECONDS "
            "(for example 1000/3600)"
        )
    return RateWindow(int(match.group(1)), float(match.group(2)))


DEFAULT_WINDOWS: tuple[RateWindow, ...] = (RateWindow(1000, 3600), RateWindow(10000, 86400))
"""UltraCart's published default limits: 1,000 requests per hour and 10,000 per day."""


def window_from_error_text(text: str | None) -> RateWindow | None:
    """The window named by a ``UC-REST-ERROR`` text such as
    ``"rate of 10000 per 86400 second(s) exceeded."``, or None when the text names none or
    one out of the bounds of :mod:`ultracart_async._throttle`. Never raises."""
    named = named_window(text)
    if named is None or window_problem(*named) is not None:
        return None
    return RateWindow(int(named[0]), named[1])


def learned_window(text: str | None, *, limiter: str) -> RateWindow | None:
    """The window a 429's ``UC-REST-ERROR`` text teaches ``limiter``, or None.

    Like :func:`window_from_error_text`, but a window out of bounds is reported with one
    warning log line: every limiter learns windows through this function.
    """
    learned = window_to_learn(text, limiter=limiter)
    return None if learned is None else RateWindow(*learned)


@attrs.frozen
class LimiterState:
    """A snapshot of a limiter, for logs, progress bars and dashboards.

    Attributes:
        windows: The windows enforced, including any learned from 429s.
        tokens: Tokens left in each window, in the same order.
        rate_factor: The adaptive multiplier on every window's refill rate (1.0 = full).
        waiters: Tasks queued for a slot.
        in_flight: Requests holding a slot now.
        max_in_flight: The cap on requests in flight.
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


class _Waiter:
    __slots__ = ("event",)

    def __init__(self) -> None:
        self.event = asyncio.Event()


async def _wait_event(event: asyncio.Event, within: float, clock: Clock) -> bool:
    """Wait for ``event`` at most ``within`` seconds on ``clock``; True if it was set.

    The timeout runs on the limiter's clock (not the loop's), so a fake clock governs it.
    """
    if event.is_set():
        return True
    if within <= 0:
        return False
    setter = asyncio.ensure_future(event.wait())
    timer = asyncio.ensure_future(clock.sleep(within))
    try:
        await asyncio.wait((setter, timer), return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in (setter, timer):
            task.cancel()
        # Both are finished or cancelled now; waiting for them leaves nothing pending.
        await asyncio.wait((setter, timer))
    return event.is_set()


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
    (:data:`~ultracart_async._throttle.MAX_PAUSE`), and a window named by ``UC-REST-ERROR``
    is learned only within the bounds of :mod:`ultracart_async._throttle`.

    Example::

        limiter = TokenBucketLimiter(windows=[RateWindow(20, 1)], max_in_flight=8)
        async with UltraCartClient(simple_key=key, limiter=limiter) as uc:
            ...
    """

    #: The refill-rate multiplier never drops below this after repeated 429s.
    MIN_RATE_FACTOR = 0.1
    #: Added to the multiplier after each success (additive increase).
    RECOVERY_STEP = 0.05
    #: Successes after which an in-flight cap cut by a 429 grows back by one.
    CAP_RECOVERY_SUCCESSES = 20
    #: The pause after a 429 that names no window and carries no Retry-After, doubling
    #: with each consecutive 429 up to MAX_BACKOFF_PAUSE.
    BASE_BACKOFF_PAUSE = 1.0
    MAX_BACKOFF_PAUSE = 60.0
    #: The longest pause one 429 imposes (``Retry-After``, or a named window's token time):
    #: :data:`ultracart_async._throttle.MAX_PAUSE`, a day. A larger value (``inf``,
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
        if isinstance(max_in_flight, bool) or not isinstance(max_in_flight, int):
            raise ConfigurationError(
                f"max_in_flight must be a positive integer, got {max_in_flight!r}"
            )
        if max_in_flight < 1:
            raise ConfigurationError(f"max_in_flight must be at least 1, got {max_in_flight}")
        for window in windows:
            if not isinstance(window, RateWindow):
                raise ConfigurationError(
                    f"windows must hold RateWindow objects, got {window!r}; "
                    "use RateWindow(limit, period) or RateWindow.parse('N/SECONDS')"
                )
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
        self._queue: deque[_Waiter] = deque()
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
        return RateLimitDeadlineError(
            f"the client-side rate limiter refused the call before sending it: a slot needs "
            f"{wait:.1f}s ({window or 'in-flight cap'}), longer than the call's deadline "
            "allows; no request was sent",
            wait=wait,
            window=window or "in-flight cap",
        )

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
        if deadline is not None:
            now = clock.now()
            # A waiter at position k needs k + 1 tokens to have been refilled.
            estimate = self._wait_for(now, float(len(self._queue) + 1))
            if now + estimate > deadline:
                raise self._deadline_error(estimate)
        waiter = _Waiter()
        self._queue.append(waiter)
        try:
            while True:
                if self._queue[0] is waiter and self._in_flight < self._cap:
                    now = clock.now()
                    wait = self._wait_for(now, 1.0)
                    if wait <= 0:
                        for bucket in self._buckets:
                            bucket.tokens -= 1.0
                        self._in_flight += 1
                        self._queue.popleft()
                        self._wake_head()
                        return
                    if deadline is not None and now + wait > deadline:
                        raise self._deadline_error(wait)
                    await clock.sleep(wait)
                    continue
                waiter.event.clear()
                if deadline is None:
                    await waiter.event.wait()
                elif not await _wait_event(waiter.event, deadline - clock.now(), clock):
                    # Queued behind others (or the in-flight cap) past the deadline. The
                    # wait reported is what the tokens still need (0 if only the cap held
                    # it back: when a place frees up cannot be known).
                    ahead = float(self._queue.index(waiter) + 1)
                    raise self._deadline_error(self._wait_for(clock.now(), ahead))
        except BaseException:
            if waiter in self._queue:
                was_head = self._queue[0] is waiter
                self._queue.remove(waiter)
                if was_head:
                    self._wake_head()
            raise

    def _wake_head(self) -> None:
        if self._queue:
            self._queue[0].event.set()

    async def release(self) -> None:
        """Give back the place in flight taken by :meth:`acquire`."""
        self._check_loop()
        if self._in_flight <= 0:
            raise RuntimeError("TokenBucketLimiter.release() called without a matching acquire()")
        self._in_flight -= 1
        self._wake_head()

    def record_success(self) -> None:
        """A request was answered without a 429: recover the rate by one step."""
        self._consecutive_throttles = 0
        if self._cap < self._max_in_flight:
            self._successes_since_cut += 1
            if self._successes_since_cut >= self.CAP_RECOVERY_SUCCESSES:
                self._successes_since_cut = 0
                self._cap += 1
                self._wake_head()
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
        bounded = bounded_pause(retry_after)
        if bounded is not None:
            pause = bounded
        elif named is not None:
            pause = min(MAX_PAUSE, named.period / named.limit / self._factor)
        else:
            pause = min(
                self.MAX_BACKOFF_PAUSE,
                self.BASE_BACKOFF_PAUSE * 2 ** (self._consecutive_throttles - 1),
            )
        self._paused_until = max(self._paused_until, now + pause)
        self._wake_head()

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

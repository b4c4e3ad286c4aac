"""Helpers for testing code that uses ultracart-async.

:class:`FakeClock` gives the rate limiter and the retry backoff virtual time: sleeps
return as soon as every task is waiting, with the clock advanced to the earliest wake-up,
so tests of hours of rate limiting run in milliseconds and the same way every time.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools

__all__ = ["FakeClock"]


class FakeClock:
    """A virtual clock for tests (implements :class:`ultracart_async.Clock`).

    Time moves only when every task is blocked on :meth:`sleep`: the clock then jumps to
    the earliest wake-up. ``sleeps`` records every requested sleep, for assertions.

    Example::

        clock = FakeClock()
        limiter = TokenBucketLimiter([RateWindow(10, 60)], clock=clock)
    """

    #: Event-loop turns to wait for other tasks to settle before jumping ahead. Tasks that
    #: do real I/O (a local server) need real time, not virtual time: use the system clock
    #: for those, or keep the fake clock to backoff only.
    SETTLE_TURNS = 20

    def __init__(self, start: float = 0.0) -> None:
        self._now = start
        self._timers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._seq = itertools.count()
        self._jumper: asyncio.Task[None] | None = None
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward by hand (waking no one until they are next scheduled)."""
        self._now += seconds

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        heapq.heappush(self._timers, (self._now + seconds, next(self._seq), future))
        if self._jumper is None or self._jumper.done():
            self._jumper = loop.create_task(self._jump())
        await future

    async def _jump(self) -> None:
        while self._timers:
            for _ in range(self.SETTLE_TURNS):
                await asyncio.sleep(0)
            while self._timers and self._timers[0][2].done():
                heapq.heappop(self._timers)  # a sleeper that was cancelled
            if not self._timers:
                return
            when = self._timers[0][0]
            self._now = max(self._now, when)
            while self._timers and self._timers[0][0] <= self._now:
                _, _, future = heapq.heappop(self._timers)
                if not future.done():
                    future.set_result(None)

    def __repr__(self) -> str:
        return f"FakeClock(now={self._now:g})"

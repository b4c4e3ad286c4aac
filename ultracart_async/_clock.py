"""Time, behind one injectable object.

The rate limiter, the retry backoff and the per-call deadlines all read time through a
:class:`Clock`, so tests can swap in :class:`ultracart_async.testing.FakeClock` and run
hours of limiter behaviour in milliseconds, deterministically.
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol, runtime_checkable

__all__ = ["Clock", "SystemClock"]


@runtime_checkable
class Clock(Protocol):
    """A monotonic clock that can also sleep.

    ``now()`` returns seconds on a monotonic scale (only differences matter);
    ``sleep(seconds)`` suspends the calling task for that long on the same scale.
    """

    def now(self) -> float:
        """Seconds on a monotonic scale."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Suspend the calling task for ``seconds``."""
        ...


class SystemClock:
    """The real clock: :func:`time.monotonic` and :func:`asyncio.sleep`."""

    __slots__ = ()

    def now(self) -> float:
        """Seconds from :func:`time.monotonic`."""
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        """:func:`asyncio.sleep` (a negative wait is no wait)."""
        await asyncio.sleep(max(0.0, seconds))

    def __repr__(self) -> str:
        return "SystemClock()"

"""Waiting for a rate limiter's slot: the FIFO queue, and the refusal past a deadline.

Every limiter serves its callers first come, first served. A caller that cannot take a slot
at once joins a :class:`WaiterQueue`; only the head may take one, and whoever takes a slot,
gives one back, or leaves (cancelled, refused, failed) wakes the head, so no waiter is
forgotten and none busy-waits. A wait that would outlast the call's deadline is refused at
once with the :func:`deadline_error` every limiter words the same way.
"""

from __future__ import annotations

import asyncio
from collections import deque

from ._clock import Clock
from ._errors import RateLimitDeadlineError

__all__ = ["Waiter", "WaiterQueue", "deadline_error"]


class Waiter:
    """One caller's place in a :class:`WaiterQueue`."""

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def wake(self) -> None:
        """Tell the waiter to look again: it may be the head now, or a slot may be free."""
        self._event.set()

    async def sleep(self, within: float | None, clock: Clock) -> bool:
        """Wait for the next :meth:`wake` (an earlier one does not count); True if woken.

        With ``within``, wait at most that many seconds, timed on ``clock`` (not the loop's,
        so a fake clock governs the timeout too).
        """
        event = self._event
        event.clear()
        if within is None:
            await event.wait()
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


class WaiterQueue(deque[Waiter]):
    """Waiters in order of arrival; the head (``queue[0]``) alone may take a slot.

    A deque itself, not a wrapper around one: a limiter's fast path asks ``not queue`` on
    every acquire, and a deque answers that without a Python call.
    """

    __slots__ = ()

    def join(self) -> Waiter:
        """A new waiter at the back of the queue."""
        waiter = Waiter()
        self.append(waiter)
        return waiter

    def wake_head(self) -> None:
        """Wake the head, if anyone waits."""
        if self:
            self[0].wake()

    def served(self) -> None:
        """The head took its slot: it leaves, and the next becomes the head."""
        self.popleft()
        self.wake_head()

    def leave(self, waiter: Waiter) -> bool:
        """Take ``waiter`` out (cancelled, refused or failed); True if it was the head.

        A head that leaves passes its turn on: the next waiter is woken.
        """
        if waiter not in self:
            return False
        was_head = self[0] is waiter
        self.remove(waiter)
        if was_head:
            self.wake_head()
        return was_head

    async def wait_turn(self, waiter: Waiter, clock: Clock) -> None:
        """Wait, with no time limit, until ``waiter`` is the head."""
        while self[0] is not waiter:
            await waiter.sleep(None, clock)


def deadline_error(limiter: str, wait: float, window: str | None) -> RateLimitDeadlineError:
    """The error of a call refused because its slot needs ``wait`` seconds, past its deadline.

    ``limiter`` names the limiter in the message ("the client-side rate limiter");
    ``window`` is what the slot waits for (a window such as ``"1000/3600s"``, ``"pause
    after a 429"``), or None for the in-flight cap.
    """
    window = window or "in-flight cap"
    return RateLimitDeadlineError(
        f"{limiter} refused the call before sending it: a slot needs {wait:.1f}s ({window}), "
        "longer than the call's deadline allows; no request was sent",
        wait=wait,
        window=window,
    )

"""What the shared limiter does while Redis does not answer: retry, then fail or fall back.

An acquire whose Redis call fails retries it, with a short growing pause, for the grace
(a restart, a failover). Past it, the ``on_unavailable`` policy applies: ``"fail"`` raises
:class:`~ultracart_async.LimiterUnavailableError`; ``"local"`` sends acquires to the local
fallback limiter, trying Redis again every probe interval, until it answers. Each change
(down, falling back, back again) is one warning log line.
"""

from __future__ import annotations

import logging
from typing import Literal

from .._clock import Clock
from .._errors import LimiterUnavailableError
from .._ratelimit import Limiter
from ._backend import Unavailable

__all__ = ["OnUnavailable", "Outage"]

logger = logging.getLogger("ultracart_async")

#: What a :class:`RedisLimiter` does when Redis stays unreachable past its grace:
#: ``"fail"`` raises (nothing is sent), ``"local"`` uses its fallback limiter.
OnUnavailable = Literal["fail", "local"]


class Outage:
    """Whether Redis is down for this process, since when, and what acquires do meanwhile.

    ``fallback`` only names the fallback limiter in the log; the limiter uses it.
    """

    def __init__(
        self,
        *,
        name: str,
        policy: OnUnavailable,
        grace: float,
        fallback: Limiter,
        probe_interval: float,
        clock: Clock,
    ) -> None:
        self._name = name
        self._policy: OnUnavailable = policy
        self._grace = grace
        self._fallback = fallback
        self._probe_interval = probe_interval
        self._clock = clock
        self.down_since: float | None = None
        self.fallback_until: float | None = None

    @property
    def using_fallback(self) -> bool:
        """Whether acquires go to the fallback now (Redis unreachable, ``"local"``)."""
        return self.fallback_until is not None

    def to_fallback(self) -> bool:
        """Whether this acquire goes to the fallback. Once the probe interval is over, one
        acquire asks Redis again (False), and the others keep to the fallback meanwhile."""
        if self.fallback_until is None:
            return False
        now = self._clock.now()
        if now < self.fallback_until:
            return True
        self.fallback_until = now + self._probe_interval
        return False

    async def failed(self, exc: Unavailable, failures: int, deadline: float | None) -> bool:
        """An acquire's Redis call failed, the ``failures``-th time in a row.

        True to call Redis again (after a short pause), False to take the place from the
        fallback (``"local"``).

        Raises:
            LimiterUnavailableError: Redis failed for longer than the grace (or than the
                deadline leaves), with ``"fail"``.
        """
        now = self._clock.now()
        if self.down_since is None:
            self.down_since = now
            logger.warning(
                "rate limiter %r: %s; retrying for %.1fs", self._name, exc.what, self._grace
            )
        down_for = now - self.down_since
        pause = min(0.5, 0.02 * 2 ** min(failures, 10))
        if down_for + pause <= self._grace and (deadline is None or now + pause <= deadline):
            await self._clock.sleep(pause)
            return True
        if self._policy == "local":
            if self.fallback_until is None:
                logger.warning(
                    "rate limiter %r: %s (for %.1fs); falling back to the local "
                    "limiter %r until it answers again",
                    self._name,
                    exc.what,
                    down_for,
                    self._fallback,
                )
            self.fallback_until = now + self._probe_interval
            return False
        raise LimiterUnavailableError(
            f"the shared rate limiter {self._name!r} {_failure(exc, down_for)}; "
            "no request was sent",
            name=self._name,
            down_for=down_for,
        ) from exc.__cause__

    def answered(self) -> None:
        """Redis answered: the outage, if any, is over (and so is the fallback)."""
        if self.down_since is not None:
            logger.warning(
                "rate limiter %r: Redis answers again after %.1fs%s",
                self._name,
                self._clock.now() - self.down_since,
                "; leaving the local fallback" if self.fallback_until is not None else "",
            )
        self.down_since = None
        self.fallback_until = None


def _failure(exc: Unavailable, down_for: float) -> str:
    if exc.reply:
        return (
            f"got an error reply from Redis for {down_for:.1f}s (Redis is reachable but "
            f"refused the limiter's script: {exc})"
        )
    return f"cannot reach Redis (down for {down_for:.1f}s: {exc})"

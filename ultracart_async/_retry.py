"""Which failures retry, how long to wait, and the Retry-After header."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from ._config import RetryPolicy

__all__ = ["RETRYABLE_STATUSES", "backoff_delay", "parse_retry_after"]

#: Statuses retried on operations that are safe to repeat (429 is retried on every one).
RETRYABLE_STATUSES = frozenset({500, 502, 503, 504})


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date.

    Returns None when the header is absent or unreadable (never raises).
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if seconds >= 0 and seconds == seconds else None  # NaN check
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now if now is not None else datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())


def backoff_delay(
    policy: RetryPolicy,
    attempt: int,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> float:
    """The wait before attempt ``attempt + 1``, after ``attempt`` failed attempts.

    Full jitter (a uniform draw below an exponentially growing ceiling) spreads retries
    from many tasks apart; a server's ``Retry-After`` wins, capped at ``max_backoff``.
    """
    if retry_after is not None:
        return min(policy.max_backoff, retry_after)
    ceiling = min(policy.max_backoff, policy.initial_backoff * 2 ** max(0, attempt - 1))
    return (rng or random).uniform(0, ceiling)

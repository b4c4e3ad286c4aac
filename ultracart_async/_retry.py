"""Which failures retry, how long to wait, and the Retry-After header.

:func:`retry_delay` is the one place that decides whether a failed attempt is tried again,
and after how long: the attempt count, the call's deadline and the first-contact budget all
weigh in there.
"""

from __future__ import annotations

import logging
import random
import socket
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal

import attrs

from ._config import RetryPolicy
from ._errors import APIError, RateLimitError

__all__ = [
    "RETRYABLE_STATUSES",
    "Failure",
    "backoff_delay",
    "dns_failure",
    "parse_retry_after",
    "retry_delay",
]

logger = logging.getLogger("ultracart_async")

#: Statuses retried on idempotent operations (429 is retried on every one).
RETRYABLE_STATUSES = frozenset({500, 502, 503, 504})

# getaddrinfo's answers that the name has no address: asking again will not change that.
_NO_SUCH_NAME = frozenset(
    code
    for code in (getattr(socket, "EAI_NONAME", None), getattr(socket, "EAI_NODATA", None))
    if code is not None
)
# c-ares (aiohttp's AsyncResolver, with aiodns installed) reports its own codes, chained
# under a plain OSError: ARES_ENODATA 1 and ARES_ENOTFOUND 4 say the name has no address;
# ARES_ESERVFAIL 3, ARES_ECONNREFUSED 11 and ARES_ETIMEOUT 12 are the resolver's trouble.
_ARES_NO_SUCH_NAME = frozenset({1, 4})
_ARES_TEMPORARY = frozenset({3, 11, 12})


def dns_failure(
    error: BaseException | None,
) -> Literal["no-such-name", "temporary", "other"] | None:
    """What kind of name-resolution failure ``error`` (a connector's ``os_error``) is.

    ``"no-such-name"``: the name does not exist or has no address (NXDOMAIN); ``"temporary"``:
    the resolver could not answer now (``EAI_AGAIN``, a timeout, SERVFAIL); ``"other"``: some
    other resolution failure; ``None``: not a resolution failure at all.
    """
    if isinstance(error, socket.gaierror):
        if error.errno in _NO_SUCH_NAME:
            return "no-such-name"
        if error.errno == socket.EAI_AGAIN:
            return "temporary"
        return "other"
    cause = error.__cause__ if error is not None else None
    if type(cause).__name__ == "DNSError" and cause is not None and cause.args:
        code = cause.args[0]
        if code in _ARES_NO_SUCH_NAME:
            return "no-such-name"
        if code in _ARES_TEMPORARY:
            return "temporary"
        return "other"
    return None


def parse_retry_after(value: str | None) -> float | None:
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
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


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


@attrs.define
class Failure:
    """An attempt that failed, and what that allows next."""

    error: APIError
    #: Whether the operation may be sent again after this failure.
    retryable: bool
    #: The server's ``Retry-After``, in seconds, when it sent one.
    retry_after: float | None = None
    #: A failure to connect to a host that has never answered this client.
    unreached: bool = False


def retry_delay(
    policy: RetryPolicy,
    failure: Failure,
    *,
    attempt: int,
    max_attempts: int,
    now: float,
    deadline: float | None,
    first_contact_left: float | None,
    what: str,
    host: str | None,
) -> float | None:
    """Seconds to wait before the attempt after ``attempt``, or None to raise the failure now.

    ``deadline`` is the call's end on the clock ``now`` was read from; ``first_contact_left``
    the seconds left of :attr:`Timeouts.first_contact` (None when it no longer applies).
    ``what`` (``"GET /path"``) and ``host`` name the call in the debug log.
    """
    if not failure.retryable or attempt >= max_attempts:
        logger.debug("%s failed for good: %s", what, failure.error)
        return None
    if isinstance(failure.error, RateLimitError):
        # The limiter now holds every caller back for the same pause, so sleeping the
        # server's Retry-After here adds no second wait; without one, the limiter alone
        # decides.
        after = failure.retry_after
        delay = 0.0 if after is None else min(policy.max_backoff, after)
    else:
        delay = backoff_delay(policy, attempt, failure.retry_after)
    if deadline is not None and now + delay > deadline:
        logger.debug("%s: deadline reached after %d attempts", what, attempt)
        return None
    left = first_contact_left if failure.unreached else None
    if left is not None and delay >= left:
        logger.debug(
            "%s: no answer from %s within Timeouts.first_contact after %d attempts",
            what,
            host,
            attempt,
        )
        return None
    return delay

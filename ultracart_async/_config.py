"""Settings: timeouts, the retry policy and per-call options (frozen attrs classes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from ._errors import ConfigurationError

__all__ = ["RequestOptions", "RetryPolicy", "Timeouts"]

DEFAULT_BASE_URL = "https://secure.ultracart.com/rest/v2"
API_VERSION = "2017-03-01"


_Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _positive_or_none(name: str) -> _Validator:
    def check(_instance: Any, _attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
            raise ConfigurationError(f"{name} must be a positive number of seconds, got {value!r}")

    return check


def _positive_int(name: str) -> _Validator:
    def check(_instance: Any, _attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ConfigurationError(f"{name} must be a positive integer, got {value!r}")

    return check


@attrs.frozen(kw_only=True)
class Timeouts:
    """How long to wait.

    Attributes:
        connect: Seconds to establish a connection (per attempt).
        read: Seconds for one attempt from sending the request to the end of the body.
        total: Seconds for the whole call: every attempt, every backoff and every wait for
            the rate limiter. ``None`` means no overall deadline.

    The defaults suit bulk exports under UltraCart's default limits, where a call may wait
    several seconds for the limiter: 10 s to connect, 60 s per attempt, 10 minutes in all.
    """

    connect: float | None = attrs.field(default=10.0, validator=_positive_or_none("connect"))
    read: float | None = attrs.field(default=60.0, validator=_positive_or_none("read"))
    total: float | None = attrs.field(default=600.0, validator=_positive_or_none("total"))


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """Which failures are retried, how often and how far apart.

    A 429 and a failure to connect are retried on every operation (the server did not
    process the request). Timeouts, connection resets, truncated bodies and 5xx answers are
    retried only on operations that are safe to repeat (reads, updates, deletes and
    read-only POSTs), or when the caller opts in for one call with
    ``RequestOptions(retry_unsafe=True)``: UltraCart has no idempotency keys, so an insert
    that may have reached the server is never sent twice behind the caller's back.

    Waits use exponential backoff with full jitter: a random time between 0 and
    ``min(max_backoff, initial_backoff * 2 ** (attempt - 1))``. A ``Retry-After`` header
    (seconds or an HTTP date) takes precedence, capped at ``max_backoff``.

    Attributes:
        max_attempts: Attempts in all, the first included. The default, 8, lets a
            100-page export ride out 5 % transient faults with a wide margin.
        initial_backoff: The first backoff ceiling, in seconds.
        max_backoff: The cap on any single wait between attempts, in seconds.
    """

    max_attempts: int = attrs.field(default=8, validator=_positive_int("max_attempts"))
    initial_backoff: float = attrs.field(
        default=0.5,
        validator=_positive_or_none("initial_backoff"),
    )
    max_backoff: float = attrs.field(default=30.0, validator=_positive_or_none("max_backoff"))


@attrs.frozen(kw_only=True)
class RequestOptions:
    """Per-call options, accepted by every operation as ``options=``.

    Any attribute left as ``None`` falls back to the client's setting.

    Example::

        await uc.customers.insert(customer, options=RequestOptions(retry_unsafe=True))
        await uc.customers.get(42, options=RequestOptions(timeout=5, max_attempts=2))

    Attributes:
        timeout: Seconds for one attempt (the client's ``Timeouts.read``).
        deadline: Seconds for the whole call across attempts (the client's ``Timeouts.total``).
        max_attempts: Attempts in all (the client's ``RetryPolicy.max_attempts``).
        retry_unsafe: Retry this call on timeouts, resets and 5xx even though the
            operation is not safe to repeat (an insert, a merge, ...). Off by default.
    """

    timeout: float | None = attrs.field(default=None, validator=_positive_or_none("timeout"))
    deadline: float | None = attrs.field(default=None, validator=_positive_or_none("deadline"))
    max_attempts: int | None = attrs.field(
        default=None,
        validator=_positive_int("max_attempts"),
    )
    retry_unsafe: bool = False

"""What one 429 may impose on a rate limiter: the bounds every limiter applies.

A 429's ``Retry-After`` and ``UC-REST-ERROR`` headers are text from the server, and a broken
or hostile server (or a proxy in front of it) can write anything there: one request per
10^400 seconds, a limit no float can hold, a pause of a thousand years. Every limiter (the
in-process :class:`~ultracart_async.TokenBucketLimiter` and the shared
:class:`~ultracart_async.redis_limiter.RedisLimiter`) reads those headers through this
module, so all of them hold the same bounds:

* a pause after one 429 lasts at most :data:`MAX_PAUSE` seconds;
* a window named by ``UC-REST-ERROR`` is learned only when its limit is a whole number
  from :data:`MIN_LEARNED_LIMIT` to :data:`MAX_LEARNED_LIMIT` and its period is finite,
  positive and at most :data:`MAX_LEARNED_PERIOD` seconds. Any other is ignored, with one
  warning log line.

Every limiter also slows down the same way after a 429 (AIMD, after botocore's adaptive
retry mode): the refill rate halves, down to :data:`MIN_RATE_FACTOR`, and recovers by
:data:`RECOVERY_STEP` with each success; the pause is the one :func:`pause_after_429` says
(the Redis limiter's Lua script mirrors it, on the fleet's shared figures).

Nothing here raises on server text, however long or strange.
"""

from __future__ import annotations

import logging
import math
import re

from ._text import printable

__all__ = [
    "BASE_BACKOFF_PAUSE",
    "MAX_BACKOFF_PAUSE",
    "MAX_LEARNED_LIMIT",
    "MAX_LEARNED_PERIOD",
    "MAX_PAUSE",
    "MIN_LEARNED_LIMIT",
    "MIN_RATE_FACTOR",
    "RECOVERY_STEP",
    "bounded_pause",
    "named_window",
    "pause_after_429",
    "window_problem",
    "window_to_learn",
]

logger = logging.getLogger("ultracart_async")

#: The longest pause one 429 imposes on every caller of a limiter (seconds): a day,
#: UltraCart's longest window. It caps ``Retry-After`` and the pause a named window implies.
MAX_PAUSE = 86400.0
#: The longest period of a window learned from ``UC-REST-ERROR`` (seconds): a day.
MAX_LEARNED_PERIOD = 86400.0
#: The smallest limit of a learned window: a window that allows no request is no window.
MIN_LEARNED_LIMIT = 1
#: The largest limit of a learned window. UltraCart's largest published limit is 10,000 a
#: day; a larger number than this is not a limit, and keeping limits this small keeps token
#: counts exact in floats and in Redis's Lua numbers.
MAX_LEARNED_LIMIT = 1_000_000_000

#: The refill-rate multiplier never drops below this after repeated 429s.
MIN_RATE_FACTOR = 0.1
#: Added to the multiplier after each success (additive increase).
RECOVERY_STEP = 0.05
#: The pause after a 429 that names no window and carries no Retry-After (seconds), doubling
#: with each consecutive 429 up to :data:`MAX_BACKOFF_PAUSE`.
BASE_BACKOFF_PAUSE = 1.0
MAX_BACKOFF_PAUSE = 60.0

# "rate of 10000 per 86400 second(s) exceeded." The digit runs are unbounded on purpose: a
# number too long to be a limit is reported as such, not mistaken for "no window named".
_UC_WINDOW = re.compile(r"rate of (\d+) per (\d+(?:\.\d+)?) second", re.IGNORECASE)


def bounded_pause(seconds: float | None) -> float | None:
    """A ``Retry-After`` (seconds) clamped to ``[0, MAX_PAUSE]``; None (or NaN) stays None.

    Example::

        bounded_pause(float("inf"))   # 86400.0
        bounded_pause(-3)             # 0.0
    """
    if seconds is None or math.isnan(seconds):
        return None
    return min(MAX_PAUSE, max(0.0, float(seconds)))


def named_window(text: str | None) -> tuple[float, float] | None:
    """The ``(limit, period)`` a ``UC-REST-ERROR`` text names, as written, or None.

    The numbers are not checked (see :func:`window_problem`): a limit of 400 digits comes
    back as ``inf``. Never raises.

    Example::

        named_window("rate of 10000 per 86400 second(s) exceeded.")   # (10000.0, 86400.0)
    """
    if not text:
        return None
    match = _UC_WINDOW.search(text)
    if match is None:
        return None
    # float() reads a digit run of any length (int() refuses over 4,300 digits), giving inf
    # for one too large, which window_problem then refuses.
    return float(match.group(1)), float(match.group(2))


def window_problem(limit: float, period: float) -> str | None:
    """Why a window named by a 429 must not be learned, or None if it is within bounds."""
    if not math.isfinite(limit) or not math.isfinite(period):
        return "a number is not finite"
    if limit < MIN_LEARNED_LIMIT or limit != int(limit):
        return f"the limit is not a whole number of at least {MIN_LEARNED_LIMIT}"
    if limit > MAX_LEARNED_LIMIT:
        return f"the limit is over {MAX_LEARNED_LIMIT:,}"
    if not period > 0:
        return "the period is not positive"
    if period > MAX_LEARNED_PERIOD:
        return f"the period is over {MAX_LEARNED_PERIOD:g} seconds (one day)"
    return None


def window_to_learn(text: str | None, *, limiter: str) -> tuple[int, float] | None:
    """The ``(limit, period)`` a 429's ``UC-REST-ERROR`` text teaches ``limiter``, or None.

    A window out of bounds is ignored, with one warning log line that quotes the text
    (escaped and shortened) and says why.
    """
    named = named_window(text)
    if named is None:
        return None
    limit, period = named
    problem = window_problem(limit, period)
    if problem is not None:
        logger.warning(
            "rate limiter %s: ignoring the window in a 429's UC-REST-ERROR (%s): %s",
            limiter,
            problem,
            printable(text or "", limit=200),
        )
        return None
    return int(limit), period


def pause_after_429(
    retry_after: float | None,
    named: tuple[int, float] | None,
    *,
    factor: float,
    consecutive: int,
    base_backoff: float = BASE_BACKOFF_PAUSE,
    max_backoff: float = MAX_BACKOFF_PAUSE,
) -> float:
    """How long one 429 pauses every caller of a limiter (seconds).

    ``Retry-After`` when the server sent one (clamped by :func:`bounded_pause`); else one
    token's refill time of the ``named`` window ``(limit, period)`` at the current rate
    ``factor``, at most :data:`MAX_PAUSE`; else a backoff that doubles with each of the
    ``consecutive`` 429s, from ``base_backoff`` up to ``max_backoff``.

    Example::

        pause_after_429(None, (1000, 3600.0), factor=0.5, consecutive=1)   # 7.2
    """
    bounded = bounded_pause(retry_after)
    if bounded is not None:
        return bounded
    if named is not None:
        return min(MAX_PAUSE, named[1] / named[0] / factor)
    # Past the cap more doubling changes nothing; bounding the exponent keeps a server that
    # answers 429 a thousand times in a row from overflowing a float (2.0 ** 1023 is finite,
    # and a float product past the largest one is inf, which min() takes).
    backoff: float = base_backoff * 2.0 ** min(max(consecutive - 1, 0), 1023)
    return min(max_backoff, backoff)

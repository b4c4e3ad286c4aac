"""The limits a rate limiter enforces: rate windows and the in-flight cap, checked once.

:class:`RateWindow` is one window (at most ``limit`` requests per ``period`` seconds);
:func:`checked_limits` is the one check of a limiter's ``windows`` and ``max_in_flight``
arguments, so :class:`~ultracart_async.TokenBucketLimiter` and
:class:`~ultracart_async.redis_limiter.RedisLimiter` refuse the same values with the same
words. A window the server names in a 429 is read here too, within the bounds of
:mod:`ultracart_async._throttle`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import attrs

from ._errors import ConfigurationError
from ._text import printable
from ._throttle import named_window, window_problem, window_to_learn

__all__ = [
    "DEFAULT_WINDOWS",
    "RateWindow",
    "checked_limits",
    "learned_window",
    "parse_rate_window",
    "window_from_error_text",
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


def checked_limits(windows: Iterable[RateWindow], max_in_flight: int) -> tuple[RateWindow, ...]:
    """A limiter's ``windows`` (as a tuple), once they and ``max_in_flight`` are checked.

    Raises:
        ConfigurationError: ``max_in_flight`` is not an integer of at least 1, or a window
            is not a :class:`RateWindow`.
    """
    if isinstance(max_in_flight, bool) or not isinstance(max_in_flight, int):
        raise ConfigurationError(f"max_in_flight must be a positive integer, got {max_in_flight!r}")
    if max_in_flight < 1:
        raise ConfigurationError(f"max_in_flight must be at least 1, got {max_in_flight}")
    checked = tuple(windows)
    for window in checked:
        if not isinstance(window, RateWindow):
            raise ConfigurationError(
                f"windows must hold RateWindow objects, got {window!r}; "
                "use RateWindow(limit, period) or RateWindow.parse('N/SECONDS')"
            )
    return checked


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

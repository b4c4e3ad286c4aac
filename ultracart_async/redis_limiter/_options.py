"""The arguments of a RedisLimiter, checked before anything is built: a bad one is named."""

from __future__ import annotations

from .._errors import ConfigurationError
from .._limits import RateWindow, checked_limits
from .._ratelimit import Limiter
from ._outage import OnUnavailable

__all__ = ["checked_arguments"]

_KEY_NAME_MAX = 200
#: The longest lease, in seconds: a dead process's places stay taken that long at most.
_LEASE_MAX = 3600.0


def checked_arguments(
    name: str,
    windows: tuple[RateWindow, ...] | list[RateWindow],
    max_in_flight: int,
    *,
    on_unavailable: OnUnavailable,
    fallback: Limiter | None,
    unavailable_grace: float,
    lease: float,
    command_timeout: float,
    headroom: float,
) -> tuple[RateWindow, ...]:
    """The windows, once every RedisLimiter argument is checked (a bad one named)."""
    if not isinstance(name, str) or not name.strip() or len(name) > _KEY_NAME_MAX:
        raise ConfigurationError(
            f"name must be a non-empty string of at most {_KEY_NAME_MAX} characters "
            f"(for example your application id), got {name!r}"
        )
    checked = checked_limits(windows, max_in_flight)
    if on_unavailable not in ("fail", "local"):
        raise ConfigurationError(
            f"on_unavailable must be 'fail' or 'local', got {on_unavailable!r}"
        )
    if fallback is not None and not isinstance(fallback, Limiter):
        raise ConfigurationError(
            f"fallback must implement the Limiter protocol, got {type(fallback).__name__}"
        )
    for label, value, low in (
        ("unavailable_grace", unavailable_grace, 0.0),
        ("lease", lease, 0.5),
        ("command_timeout", command_timeout, 0.01),
    ):
        if isinstance(value, bool) or not isinstance(value, int | float) or not value >= low:
            raise ConfigurationError(f"{label} must be a number >= {low:g}, got {value!r}")
    if not lease <= _LEASE_MAX:
        # Leases become key expiries in Redis, which must stay finite whole seconds.
        raise ConfigurationError(f"lease must be at most {_LEASE_MAX:g} seconds, got {lease!r}")
    if not isinstance(headroom, int | float) or not 0 <= headroom < 0.5:
        raise ConfigurationError(f"headroom must be within [0, 0.5), got {headroom!r}")
    return checked

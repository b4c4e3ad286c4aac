"""What the state script answers, read into a :class:`Reply`, and the token arithmetic on it.

The script (:data:`._lua.STATE`) answers a flat list; Lua turns numbers into integers on the
way out, so fractions travel as strings. A :class:`Snapshot` is the fleet's state as of that
answer, which this process refills on its own clock between calls, with the same headroom
the script applies, to estimate waits and to show :meth:`RedisLimiter.state`.
"""

from __future__ import annotations

from typing import Any

import attrs

from .._errors import ConfigurationError
from .._limits import RateWindow

__all__ = ["Reply", "Snapshot", "capacity", "parse_reply", "spec_window", "window_spec"]


def window_spec(window: RateWindow) -> str:
    """The window as the script names it (``"1000/3600.0"``): the key of its tokens."""
    return f"{window.limit}/{float(window.period)!r}"


def spec_window(spec: str) -> RateWindow | None:
    """The window a script's spec names, or None for one that is not a valid window."""
    limit, _, period = spec.partition("/")
    try:
        return RateWindow(int(limit), float(period))
    except (ValueError, ConfigurationError):
        return None


def capacity(window: RateWindow, headroom: float) -> float:
    """The bucket size: the window less headroom, but never less than one token."""
    return max(1.0, window.limit * (1 - headroom))


@attrs.frozen
class Snapshot:
    """What the last script told this process, and when (on the local clock)."""

    at: float
    windows: tuple[RateWindow, ...]
    tokens: tuple[float, ...]
    factor: float
    in_flight: int
    throttled: int
    consec: int
    paused_for: float
    queued: int

    def refilled(self, elapsed: float, headroom: float) -> tuple[float, ...]:
        """The tokens of each window ``elapsed`` seconds after the answer."""
        keep = 1 - headroom
        return tuple(
            min(capacity(w, headroom), t + elapsed * w.rate * keep * self.factor)
            for w, t in zip(self.windows, self.tokens, strict=True)
        )

    def wait_for(self, needed: float, elapsed: float, headroom: float) -> float:
        """Seconds until every window holds ``needed`` tokens and the pause is over,
        estimated ``elapsed`` seconds after the answer."""
        wait = max(0.0, self.paused_for - elapsed)
        for window, tokens in zip(self.windows, self.refilled(elapsed, headroom), strict=True):
            missing = needed - tokens
            if missing > 1e-9:
                wait = max(wait, missing / (window.rate * (1 - headroom) * self.factor))
        return wait


@attrs.frozen
class Reply:
    """One answer of the state script: the decision, and the state it was taken on."""

    granted: bool
    wait: float
    slots_full: bool
    slot_wait: float
    fresh: bool
    snapshot: Snapshot


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def parse_reply(raw: list[Any], *, at: float) -> Reply:
    """The script's answer ``raw``, received at ``at`` on the local clock.

    A window spec that names no valid window is skipped with its tokens.
    """
    count = int(raw[11])
    windows: list[RateWindow] = []
    tokens: list[float] = []
    for i in range(count):
        window = spec_window(_text(raw[12 + 2 * i]))
        if window is not None:
            windows.append(window)
            tokens.append(float(_text(raw[13 + 2 * i])))
    snapshot = Snapshot(
        at=at,
        windows=tuple(windows),
        tokens=tuple(tokens),
        factor=float(_text(raw[5])),
        in_flight=int(raw[4]),
        throttled=int(raw[6]),
        consec=int(raw[7]),
        paused_for=float(_text(raw[8])),
        queued=int(raw[9]),
    )
    return Reply(
        granted=bool(int(raw[0])),
        wait=float(_text(raw[1])),
        slots_full=bool(int(raw[2])),
        slot_wait=float(_text(raw[3])),
        fresh=bool(int(raw[10])),
        snapshot=snapshot,
    )

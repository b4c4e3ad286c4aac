"""The sandbox's knobs: everything that changes how the fake server misbehaves.

Every knob is off by default, so a bare sandbox answers like a healthy UltraCart. A knob may be
changed while requests are in flight; the dispatcher reads the config afresh for every request.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

__all__ = ["FaultKind", "RetryAfterMode", "SandboxConfig"]


class FaultKind(enum.StrEnum):
    """A transient failure the sandbox can inject after a request was handled."""

    #: ``500`` with the usual JSON error body and ``UC-REST-ERROR`` header.
    HTTP_500 = "500"
    #: ``502`` with an HTML body, as a reverse proxy sends it.
    HTTP_502 = "502"
    #: ``503`` with an HTML body, as a reverse proxy sends it.
    HTTP_503 = "503"
    #: The connection is closed without any answer.
    RESET = "reset"
    #: Headers (with the full ``Content-Length``) and half the body, then the connection closes.
    TRUNCATE = "truncate"


class RetryAfterMode(enum.StrEnum):
    """How a rate-limited (429) answer carries ``Retry-After``."""

    #: No header at all: what the real API does today.
    NONE = "none"
    #: Whole seconds until a token is available, e.g. ``Retry-After: 2``.
    SECONDS = "seconds"
    #: An HTTP date, e.g. ``Retry-After: Wed, 21 Oct 2015 07:28:00 GMT``.
    HTTP_DATE = "http-date"


def _non_negative(_inst: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{attribute.name} must be a finite number >= 0, got {value!r}")


def _optional_positive_int(
    _inst: object, attribute: attrs.Attribute[Any], value: int | None
) -> None:
    if value is not None and (isinstance(value, bool) or value < 1):
        raise ValueError(f"{attribute.name} must be None or an int >= 1, got {value!r}")


def _positive(_inst: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{attribute.name} must be a finite number > 0, got {value!r}")


def _probability(_inst: object, attribute: attrs.Attribute[Any], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name} must be within [0, 1], got {value!r}")


def _fault_kinds(value: Iterable[FaultKind | str]) -> frozenset[FaultKind]:
    if isinstance(value, str):
        # "500,reset" from a CLI flag or a JSON control call.
        value = [part for part in value.split(",") if part.strip()]
    return frozenset(FaultKind(str(kind).strip()) for kind in value)


def _float(value: Any) -> float:
    return float(value)


@attrs.define(kw_only=True)
class SandboxConfig:
    """Runtime knobs of a sandbox. Assign attributes (validated) or call :meth:`update`.

    ``sb.config.latency = 0.05`` takes effect for the next request.
    """

    #: Seconds added to every ``/rest/v2`` answer (after the limits were checked).
    latency: float = attrs.field(default=0.0, converter=_float, validator=_non_negative)
    #: Uniform jitter in seconds, ``+-latency_jitter`` around ``latency`` (never below 0).
    latency_jitter: float = attrs.field(default=0.0, converter=_float, validator=_non_negative)
    #: Token bucket size and refill: ``rate_limit`` requests per ``rate_limit_per`` seconds.
    #: ``None`` switches the limit off.
    rate_limit: int | None = attrs.field(default=None, validator=_optional_positive_int)
    #: The window of the token bucket in seconds (UltraCart's are 3600 and 86400).
    rate_limit_per: float = attrs.field(default=1.0, converter=_float, validator=_positive)
    #: How a 429 from the token bucket or the concurrency cap carries ``Retry-After``.
    retry_after: RetryAfterMode = attrs.field(default=RetryAfterMode.NONE, converter=RetryAfterMode)
    #: Most ``/rest/v2`` requests in flight at once; one more is answered 429 at once.
    max_in_flight: int | None = attrs.field(default=None, validator=_optional_positive_int)
    #: Probability that a handled request is turned into one of ``fault_kinds``.
    fault_rate: float = attrs.field(default=0.0, converter=_float, validator=_probability)
    #: Which faults may be injected (chosen uniformly among them, deterministic from the seed).
    fault_kinds: frozenset[FaultKind] = attrs.field(
        factory=lambda: frozenset(FaultKind), converter=_fault_kinds
    )
    #: Customers inserted per second by the background churn task.
    churn_inserts_per_sec: float = attrs.field(
        default=0.0, converter=_float, validator=_non_negative
    )
    #: Customers deleted per second by the background churn task (random live ones).
    churn_deletes_per_sec: float = attrs.field(
        default=0.0, converter=_float, validator=_non_negative
    )
    #: Customers updated per second by the background churn task (random live ones): a
    #: field changes and ``last_modified_dts`` becomes now, as a merchant's edit does.
    churn_updates_per_sec: float = attrs.field(
        default=0.0, converter=_float, validator=_non_negative
    )
    #: How many entries the request log keeps (oldest dropped first).
    request_log_size: int = attrs.field(default=100_000)

    def update(self, changes: Mapping[str, Any]) -> None:
        """Apply several changes at once; nothing changes if one of them is invalid."""
        unknown = set(changes) - {f.name for f in attrs.fields(SandboxConfig)}
        if unknown:
            raise ValueError(f"unknown sandbox setting(s): {', '.join(sorted(unknown))}")
        # Validate on a copy first so a bad value does not leave a half-applied config.
        candidate = attrs.evolve(self, **changes)
        for field in attrs.fields(SandboxConfig):
            setattr(self, field.name, getattr(candidate, field.name))

    def to_json(self) -> dict[str, Any]:
        """The config as plain JSON values (what ``GET /__sandbox/config`` answers)."""
        out = attrs.asdict(self)
        out["retry_after"] = str(self.retry_after)
        out["fault_kinds"] = sorted(str(kind) for kind in self.fault_kinds)
        return out

"""What the sandbox saw: counters, the request log, in-flight and connection figures."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

import attrs

__all__ = ["RequestLogEntry", "SandboxStats"]


@attrs.frozen
class RequestLogEntry:
    """One ``/rest/v2`` request as received and how it ended.

    ``status`` is 0 when the connection was reset without an answer.
    """

    method: str
    raw_path: str
    raw_query: str
    op: str
    status: int
    fault: str | None


@attrs.define
class SandboxStats:
    """Live counters of a sandbox (``sb.stats``); ``to_json()`` is ``GET /__sandbox/stats``."""

    _connections: Callable[[], int] = attrs.field(repr=False, alias="connections")
    requests: int = 0
    #: operation id (or ``unrouted``) -> HTTP status -> count.
    by_route: dict[str, dict[int, int]] = attrs.field(factory=dict)
    #: Every 429, whatever the cause; split below.
    rate_limited: int = 0
    rate_limited_bucket: int = 0
    rate_limited_concurrency: int = 0
    #: fault kind -> count.
    faults: dict[str, int] = attrs.field(factory=dict)
    in_flight: int = 0
    max_in_flight: int = 0
    churn_inserted: int = 0
    churn_deleted: int = 0
    churn_updated: int = 0
    request_log: deque[RequestLogEntry] = attrs.field(factory=lambda: deque(maxlen=100_000))

    @property
    def open_connections(self) -> int:
        """TCP connections the server holds open right now."""
        return self._connections()

    def record(self, entry: RequestLogEntry) -> None:
        """Count one finished request."""
        self.requests += 1
        per_route = self.by_route.setdefault(entry.op, {})
        per_route[entry.status] = per_route.get(entry.status, 0) + 1
        if entry.fault is not None:
            self.faults[entry.fault] = self.faults.get(entry.fault, 0) + 1
        self.request_log.append(entry)

    def count(self, op: str, status: int | None = None) -> int:
        """Requests seen for ``op`` (with ``status`` if given)."""
        per_route = self.by_route.get(op, {})
        if status is None:
            return sum(per_route.values())
        return per_route.get(status, 0)

    def reset(self) -> None:
        """Zero every counter and clear the log (in-flight figures are kept)."""
        self.requests = 0
        self.by_route.clear()
        self.rate_limited = self.rate_limited_bucket = self.rate_limited_concurrency = 0
        self.faults.clear()
        self.max_in_flight = self.in_flight
        self.churn_inserted = self.churn_deleted = self.churn_updated = 0
        self.request_log.clear()

    def to_json(self, *, log_tail: int | None = None) -> dict[str, Any]:
        """Plain JSON values; ``log_tail`` limits the request log to its last entries."""
        log = list(self.request_log)
        if log_tail is not None:
            log = log[-log_tail:] if log_tail > 0 else []
        return {
            "requests": self.requests,
            "by_route": {op: {str(s): n for s, n in v.items()} for op, v in self.by_route.items()},
            "rate_limited": self.rate_limited,
            "rate_limited_bucket": self.rate_limited_bucket,
            "rate_limited_concurrency": self.rate_limited_concurrency,
            "faults": dict(self.faults),
            "in_flight": self.in_flight,
            "max_in_flight": self.max_in_flight,
            "open_connections": self.open_connections,
            "churn_inserted": self.churn_inserted,
            "churn_deleted": self.churn_deleted,
            "churn_updated": self.churn_updated,
            "request_log": [attrs.asdict(entry) for entry in log],
        }

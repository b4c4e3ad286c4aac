"""Runs and the high-water mark.

Every run is a row of ``ultracart_sync_runs``, created in the transaction of its first page
and updated in the transaction of every later page, together with the records: the row
always says exactly how far the committed data goes (its ``resume_point``).

**The high-water mark** of a sync run is the server's ``Date`` header on the run's first
response, less a safety margin (:data:`DEFAULT_SAFETY_MARGIN`). The next incremental run asks
for the customers with ``last_modified_dts`` at or after it. Not the largest
``last_modified_dts`` seen: a row modified during the run, at an offset the run had already
passed, has an older stamp than rows met later, and would be missed. Not this machine's
clock: it may be off by minutes. The margin covers the time between the server reading the
first page and stamping its ``Date``, and clock differences between UltraCart's own servers;
what falls inside it is fetched again (and counted as unchanged) at the next run.
"""

from __future__ import annotations

import email.utils
import os
import socket
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

import attrs
import orjson
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from .._errors import APIError
from .._response import APIResponse
from .._text import printable
from ._schema import RUNS
from ._upsert import PageCounts

__all__ = [
    "DEFAULT_SAFETY_MARGIN",
    "SYNC_MODES",
    "abandon_run",
    "Mode",
    "RunRow",
    "finish_run",
    "insert_run",
    "interrupt_run",
    "last_mark",
    "save_progress",
    "server_date",
    "unfinished_run",
    "utc_now",
]

#: Subtracted from the server's ``Date`` to make the high-water mark.
DEFAULT_SAFETY_MARGIN = timedelta(minutes=5)

Mode = Literal["full", "incremental", "reconcile"]
SYNC_MODES: tuple[Mode, ...] = ("full", "incremental")
_OPEN = ("running", "interrupted")


@attrs.define(kw_only=True)
class RunRow:
    """A run as the sync tracks it in memory (mirrors its row).

    Attributes:
        run_id: The row's id; None until the first page is committed.
        mode: ``full``, ``incremental`` or ``reconcile``.
        expand: The expansion set.
        since: The ``last_modified_dts_start`` sent (incremental runs), as sent.
        server_date: The ``Date`` of the run's first response.
        margin: The safety margin, in seconds.
        page_size: Records per request.
        resume_point: Where the committed data ends (JSON), for a resumed run.
        counts: Records inserted, updated, unchanged and skipped so far.
        records: Records delivered so far (a walk: ids seen).
        pages: Pages committed so far.
        requests: Requests spent so far.
        resumed: Whether this process continues an interrupted run.
    """

    run_id: int | None = None
    mode: Mode
    expand: tuple[str, ...]
    since: str | None = None
    server_date: datetime | None = None
    margin: int
    page_size: int
    resume_point: str | None = None
    counts: PageCounts = attrs.field(factory=PageCounts)
    records: int = 0
    pages: int = 0
    requests: int = 0
    resumed: bool = False

    @property
    def high_water_mark(self) -> datetime | None:
        """The server's first ``Date`` less the margin."""
        if self.server_date is None:
            return None
        return self.server_date - timedelta(seconds=self.margin)


def server_date(response: APIResponse | None) -> datetime:
    """The ``Date`` header of ``response`` as an aware UTC datetime.

    Every HTTP server with a clock must send it (RFC 9110, section 6.6.1). Without it the
    sync has no server time for its mark, and stops before writing anything.
    """
    raw = response.headers.get("Date") if response is not None else None
    parsed = None
    if raw:
        try:
            parsed = email.utils.parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            parsed = None
    if parsed is None or parsed.tzinfo is None:
        shown = printable(raw, 60) if raw else "none"
        raise APIError(
            f"the server's first answer has no usable Date header ({shown}); the sync takes "
            "its high-water mark from the server's clock and will not guess one",
            method="GET",
            url=response.url if response is not None else "",
        )
    return parsed.astimezone(UTC)


def _row(values: dict[str, Any]) -> RunRow:
    return RunRow(
        run_id=values["run_id"],
        mode=values["mode"],
        expand=tuple(orjson.loads(values["expand"])),
        since=values["since"],
        server_date=values["server_date"],
        margin=values["safety_margin_seconds"],
        page_size=values["page_size"],
        resume_point=values["resume_point"],
        counts=PageCounts(
            inserted=values["inserted"],
            updated=values["updated"],
            unchanged=values["unchanged"],
            skipped_older=values["skipped_older"],
        ),
        records=values["records"],
        pages=values["pages"],
        requests=values["requests"],
        resumed=True,
    )


async def unfinished_run(conn: AsyncConnection, modes: tuple[Mode, ...]) -> RunRow | None:
    """The latest run of ``modes`` that never completed (the lease is held: it is dead)."""
    found = (
        await conn.execute(
            sa.select(RUNS)
            .where(RUNS.c.mode.in_(modes), RUNS.c.outcome.in_(_OPEN))
            .order_by(RUNS.c.run_id.desc())
            .limit(1)
        )
    ).first()
    return _row(dict(found._mapping)) if found is not None else None


async def last_mark(conn: AsyncConnection) -> datetime | None:
    """The high-water mark of the latest completed sync run, or None before the first."""
    value: datetime | None = await conn.scalar(
        sa.select(RUNS.c.high_water_mark)
        .where(RUNS.c.mode.in_(SYNC_MODES), RUNS.c.outcome == "completed")
        .order_by(RUNS.c.run_id.desc())
        .limit(1)
    )
    return value


async def abandon_run(conn: AsyncConnection, run: RunRow, why: str, now: datetime) -> None:
    """Close an interrupted run that will not be continued."""
    await conn.execute(
        sa.update(RUNS)
        .where(RUNS.c.run_id == run.run_id)
        .values(outcome="abandoned", finished_at=now, error=why)
    )


async def insert_run(conn: AsyncConnection, run: RunRow, now: datetime) -> None:
    """Create ``run``'s row (in its first page's transaction) and set its ``run_id``."""
    result = await conn.execute(
        sa.insert(RUNS).values(
            mode=run.mode,
            outcome="running",
            expand=orjson.dumps(list(run.expand)).decode(),
            started_at=now,
            since=run.since,
            server_date=run.server_date,
            safety_margin_seconds=run.margin,
            high_water_mark=None,
            page_size=run.page_size,
            host=socket.gethostname()[:255],
            pid=os.getpid(),
        )
    )
    key = result.inserted_primary_key
    assert key is not None
    run.run_id = int(key[0])


async def interrupt_run(conn: AsyncConnection, run: RunRow, error: str) -> None:
    """Say that ``run`` stopped: the outcome, the error and the requests spent. The progress
    stays the last committed page's, whatever happened to the page in flight."""
    await conn.execute(
        sa.update(RUNS)
        .where(RUNS.c.run_id == run.run_id)
        .values(outcome="interrupted", error=error, requests=run.requests)
    )


def _progress(run: RunRow) -> dict[str, Any]:
    return {
        "resume_point": run.resume_point,
        "records": run.records,
        "inserted": run.counts.inserted,
        "updated": run.counts.updated,
        "unchanged": run.counts.unchanged,
        "skipped_older": run.counts.skipped_older,
        "pages": run.pages,
        "requests": run.requests,
    }


async def save_progress(conn: AsyncConnection, run: RunRow) -> None:
    """Record ``run``'s progress (in the transaction of the page it describes)."""
    await conn.execute(sa.update(RUNS).where(RUNS.c.run_id == run.run_id).values(**_progress(run)))


async def finish_run(
    conn: AsyncConnection,
    run: RunRow,
    *,
    now: datetime,
    **extra: Any,
) -> None:
    """Close ``run`` as completed with its final progress; a sync run gets its mark."""
    values: dict[str, Any] = {
        **_progress(run),
        "outcome": "completed",
        "error": None,
        "finished_at": now,
        "resume_point": None,
    }
    if run.mode in SYNC_MODES:
        values["high_water_mark"] = run.high_water_mark
    await conn.execute(sa.update(RUNS).where(RUNS.c.run_id == run.run_id).values(**values, **extra))


def utc_now() -> datetime:
    """This machine's time, for bookkeeping only (``synced_at``, ``started_at``...); the
    high-water mark never comes from here."""
    return datetime.now(UTC)

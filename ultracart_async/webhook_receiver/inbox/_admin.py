"""What people ask of an inbox: counts, the oldest pending, the dead, replay, and pruning."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Final

import attrs
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from ._schema import DELIVERIES, EVENTS, STATES

__all__ = [
    "EventInfo",
    "InboxStats",
    "prune_batch",
    "read_stats",
    "replay_events",
]

#: Rows deleted per pruning transaction: short transactions, so deliveries never wait long.
PRUNE_BATCH: Final = 1000


@attrs.frozen(kw_only=True)
class EventInfo:
    """One event as the CLI shows it.

    Attributes:
        event_id: The id ``webhooks replay --id`` takes.
        delivery_id: The delivery that brought it.
        name: The event name (cut to 200 characters).
        object_id: The object's id, when the event has one.
        state: ``pending``, ``running``, ``done`` or ``dead``.
        attempts: Handler runs started so far.
        received_at: When its delivery was committed.
        due_at: Pending: when it may run; running: when its lease ends.
        finished_at: When it became done or dead.
        worker: ``host:pid`` of the worker that holds or last held it.
        last_error: The last failure, one line.
    """

    event_id: int
    delivery_id: int
    name: str
    object_id: str | None
    state: str
    attempts: int
    received_at: datetime
    due_at: datetime | None
    finished_at: datetime | None
    worker: str | None
    last_error: str | None


@attrs.frozen(kw_only=True)
class InboxStats:
    """The inbox at a glance.

    Attributes:
        counts: Events per state (every state present, 0 included).
        deliveries: Deliveries stored.
        oldest_pending: The pending event that arrived first, or None.
        dead: The most recently dead events, newest first (at most the limit asked).
    """

    counts: dict[str, int]
    deliveries: int
    oldest_pending: EventInfo | None
    dead: tuple[EventInfo, ...]


_INFO_COLUMNS = (
    EVENTS.c.event_id,
    EVENTS.c.delivery_id,
    EVENTS.c.name,
    EVENTS.c.object_id,
    EVENTS.c.state,
    EVENTS.c.attempts,
    EVENTS.c.received_at,
    EVENTS.c.due_at,
    EVENTS.c.finished_at,
    EVENTS.c.worker,
    EVENTS.c.last_error,
)


def _info(row: Mapping[Any, Any]) -> EventInfo:
    return EventInfo(**{str(key): value for key, value in row.items()})


async def read_stats(conn: AsyncConnection, *, dead_limit: int) -> InboxStats:
    """Counts per state, the deliveries, the oldest pending and the newest dead."""
    counts = dict.fromkeys(STATES, 0)
    result = await conn.execute(sa.select(EVENTS.c.state, sa.func.count()).group_by(EVENTS.c.state))
    for state, count in result:
        counts[str(state)] = int(count)
    deliveries = await conn.scalar(sa.select(sa.func.count()).select_from(DELIVERIES))
    oldest = (
        await conn.execute(
            sa.select(*_INFO_COLUMNS)
            .where(EVENTS.c.state == "pending")
            .order_by(EVENTS.c.received_at, EVENTS.c.event_id)
            .limit(1)
        )
    ).first()
    dead = await conn.execute(
        sa.select(*_INFO_COLUMNS)
        .where(EVENTS.c.state == "dead")
        .order_by(EVENTS.c.finished_at.desc(), EVENTS.c.event_id.desc())
        .limit(dead_limit)
    )
    return InboxStats(
        counts=counts,
        deliveries=int(deliveries or 0),
        oldest_pending=_info(oldest._mapping) if oldest is not None else None,
        dead=tuple(_info(row._mapping) for row in dead),
    )


async def replay_events(
    conn: AsyncConnection, *, now: datetime, ids: Sequence[int] | None, dead: bool
) -> tuple[list[int], list[int]]:
    """Put events back in line: pending, due now, attempts from zero (the last error stays
    until the next failure). ``dead``: every dead event; ``ids``: those events, whatever
    their state, except running ones (a worker holds them).

    Returns (the ids put back in line, the ids asked for that are running).
    """
    e = EVENTS.c
    condition: sa.ColumnElement[bool]
    running: list[int] = []
    if dead:
        condition = e.state == "dead"
    else:
        wanted = sorted(set(ids or ()))
        if not wanted:
            return [], []
        found = await conn.execute(
            sa.select(e.event_id).where(e.event_id.in_(wanted), e.state == "running")
        )
        running = sorted(int(i) for i in found.scalars())
        condition = sa.and_(e.event_id.in_(wanted), e.state != "running")
    result = await conn.execute(
        sa.update(EVENTS)
        .where(condition)
        .values(state="pending", due_at=now, attempts=0, finished_at=None, owner=None)
        .returning(e.event_id)
    )
    return sorted(int(i) for i in result.scalars()), running


async def prune_batch(conn: AsyncConnection, cutoff: datetime) -> int:
    """Delete up to :data:`PRUNE_BATCH` events finished before ``cutoff``, then deliveries
    received before it that have no event left. Returns the rows deleted."""
    e, d = EVENTS.c, DELIVERIES.c
    # Aliases: a subquery on the table a DELETE changes must not correlate with it.
    inner_e, inner_d = EVENTS.alias("old_event").c, DELIVERIES.alias("old_delivery").c
    old_events = (
        sa.select(inner_e.event_id)
        .where(inner_e.finished_at < cutoff)
        .limit(PRUNE_BATCH)
        .scalar_subquery()
    )
    events = await conn.execute(sa.delete(EVENTS).where(e.event_id.in_(old_events)))
    orphan = (
        sa.select(inner_d.delivery_id)
        .where(
            inner_d.received_at < cutoff,
            ~sa.exists().where(e.delivery_id == inner_d.delivery_id),
        )
        .limit(PRUNE_BATCH)
        .scalar_subquery()
    )
    deliveries = await conn.execute(sa.delete(DELIVERIES).where(d.delivery_id.in_(orphan)))
    return int(events.rowcount) + int(deliveries.rowcount)

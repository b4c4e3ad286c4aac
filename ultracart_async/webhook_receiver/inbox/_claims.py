"""The workers' statements: claim, renew, finish, release. Each runs in a short transaction.

* **Claim** takes up to ``n`` due events (pending and ready, or running with an expired
  lease) and gives them a new owner token and lease in one statement:
  ``UPDATE ... WHERE event_id IN (SELECT ... ORDER BY due_at LIMIT n FOR UPDATE SKIP
  LOCKED) RETURNING ...`` in PostgreSQL, so that replicas never wait for each other's
  rows; the same conditional update in SQLite, where ``BEGIN IMMEDIATE`` makes the
  transaction the only writer. An expired claim that already used every attempt becomes
  dead instead (its worker died or hung each time: a poison event must not crash-loop).
* **Renew** moves the lease of the claims a worker still holds.
* **Finish** marks done, schedules a retry, or marks dead, and is **fenced**: it changes a
  row only while the row still carries the worker's owner token. A worker whose lease
  expired and whose event was claimed again cannot mark the new claim done.
* **Release** hands back, at shutdown, the claims a worker will not finish, uncounted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final

import attrs
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from ._schema import DELIVERIES, EVENTS

__all__ = ["Claim", "Outcome", "claim_events", "finish", "load_bodies", "release", "renew"]

_EXPIRED_ERROR: Final = (
    "the worker holding it stopped before finishing (killed, or hung past its lease) on "
    "each of {attempts} attempts"
)


@attrs.frozen
class Claim:
    """An event a worker holds: run its handlers, then :func:`finish` it."""

    event_id: int
    delivery_id: int
    event_index: int
    name: str
    attempts: int
    owner: str


@attrs.frozen
class Outcome:
    """How a claimed event ended.

    Attributes:
        error: None when the handlers succeeded; else the failure, one line.
        retry_at: With an error: when to try again; None: the event is dead.
    """

    event_id: int
    owner: str
    error: str | None = None
    retry_at: datetime | None = None


def _claim_statement(dialect: str, limit: int, max_attempts: int) -> sa.Update:
    e = EVENTS.c
    # An alias: the subquery must not correlate with the table the UPDATE changes.
    candidate = EVENTS.alias("candidate").c
    due = (
        sa.select(candidate.event_id)
        .where(candidate.due_at <= sa.bindparam("now", type_=e.due_at.type))
        .order_by(candidate.due_at, candidate.event_id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    expired = sa.and_(e.state == "running", e.attempts >= max_attempts)
    statement = sa.update(EVENTS)
    if dialect == "postgresql":
        # MATERIALIZED: the locked rows are chosen once, whatever plan the UPDATE gets.
        chosen = due.cte("due_events").prefix_with("MATERIALIZED")
        statement = statement.where(e.event_id == chosen.c.event_id)
    else:
        statement = statement.where(e.event_id.in_(due.scalar_subquery()))
    return statement.values(
        state=sa.case((expired, "dead"), else_="running"),
        attempts=sa.case((expired, e.attempts), else_=e.attempts + 1),
        due_at=sa.case((expired, sa.null()), else_=sa.bindparam("lease_end", type_=e.due_at.type)),
        finished_at=sa.case(
            (expired, sa.bindparam("now_finished", type_=e.finished_at.type)), else_=sa.null()
        ),
        last_error=sa.case((expired, sa.bindparam("expired_error")), else_=e.last_error),
        owner=sa.bindparam("owner"),
        worker=sa.bindparam("worker"),
    ).returning(e.event_id, e.delivery_id, e.event_index, e.name, e.attempts, e.state)


async def claim_events(
    conn: AsyncConnection,
    *,
    owner: str,
    worker: str,
    limit: int,
    now: datetime,
    lease_end: datetime,
    max_attempts: int,
) -> tuple[list[Claim], list[Claim]]:
    """Claim up to ``limit`` due events for ``owner``: (claimed, made dead by this claim)."""
    statement = _claim_statement(conn.dialect.name, limit, max_attempts)
    result = await conn.execute(
        statement,
        {
            "now": now,
            "now_finished": now,
            "lease_end": lease_end,
            "owner": owner,
            "worker": worker,
            "expired_error": _EXPIRED_ERROR.format(attempts=max_attempts),
        },
    )
    claimed: list[Claim] = []
    dead: list[Claim] = []
    for event_id, delivery_id, index, name, attempts, state in result:
        row = Claim(
            event_id=int(event_id),
            delivery_id=int(delivery_id),
            event_index=int(index),
            name=str(name),
            attempts=int(attempts),
            owner=owner,
        )
        (dead if state == "dead" else claimed).append(row)
    claimed.sort(key=lambda c: c.event_id)
    return claimed, dead


async def load_bodies(
    conn: AsyncConnection, delivery_ids: Sequence[int]
) -> dict[int, tuple[bytes, str]]:
    """``{delivery_id: (body, headers JSON)}`` of the given deliveries."""
    if not delivery_ids:
        return {}
    d = DELIVERIES.c
    result = await conn.execute(
        sa.select(d.delivery_id, d.body, d.headers).where(d.delivery_id.in_(list(delivery_ids)))
    )
    return {int(i): (bytes(body), str(headers)) for i, body, headers in result}


def _held(pairs: Sequence[tuple[int, str]]) -> sa.ColumnElement[bool]:
    e = EVENTS.c
    return sa.and_(e.state == "running", sa.tuple_(e.event_id, e.owner).in_(list(pairs)))


async def renew(
    conn: AsyncConnection, held: Sequence[tuple[int, str]], lease_end: datetime
) -> set[int]:
    """Move the lease of the ``(event_id, owner)`` claims still held; the ids still held."""
    if not held:
        return set()
    result = await conn.execute(
        sa.update(EVENTS).where(_held(held)).values(due_at=lease_end).returning(EVENTS.c.event_id)
    )
    return {int(i) for i in result.scalars()}


async def finish(conn: AsyncConnection, outcomes: Sequence[Outcome], now: datetime) -> list[bool]:
    """Record ``outcomes``, fenced by their owner tokens; per outcome, whether it still held
    its claim (False: another worker claimed the event since, and this changed nothing)."""
    e = EVENTS.c
    done = [(o.event_id, o.owner) for o in outcomes if o.error is None]
    marked: set[int] = set()
    if done:
        result = await conn.execute(
            sa.update(EVENTS)
            .where(_held(done))
            .values(state="done", due_at=None, finished_at=now)
            .returning(e.event_id)
        )
        marked.update(int(i) for i in result.scalars())
    for outcome in outcomes:
        if outcome.error is None:
            continue
        dead = outcome.retry_at is None
        result = await conn.execute(
            sa.update(EVENTS)
            .where(_held([(outcome.event_id, outcome.owner)]))
            .values(
                state="dead" if dead else "pending",
                due_at=outcome.retry_at,
                finished_at=now if dead else None,
                last_error=outcome.error,
            )
            .returning(e.event_id)
        )
        marked.update(int(i) for i in result.scalars())
    return [o.event_id in marked for o in outcomes]


async def release(conn: AsyncConnection, held: Sequence[tuple[int, str]], now: datetime) -> int:
    """Hand back claims this worker will not finish (shutdown): pending again at once, and
    the attempt not counted. Returns how many were still held."""
    if not held:
        return 0
    result = await conn.execute(
        sa.update(EVENTS)
        .where(_held(held))
        .values(state="pending", due_at=now, attempts=EVENTS.c.attempts - 1)
    )
    return int(result.rowcount)

"""Committing deliveries: what is kept of a delivery, and the transaction that stores a batch.

A delivery is stored with its events only if at least one of its events is new: an event
whose dedupe key is already in the inbox (a redelivery, or a copy within the same batch) is
counted as a duplicate and adds no row, so a redelivery of a committed delivery adds none.

Nothing is looked up first: the events are inserted with ``ON CONFLICT (dedupe_key) DO
NOTHING RETURNING``, which says which were new, whoever inserted the others (this batch or
another process). In SQLite, the deliveries, then their events, in one transaction; a
delivery none of whose events was new is deleted again (a third statement, for redeliveries
only). In PostgreSQL, all of it is one statement (:data:`_PG_STORE`): one round trip.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Final

import attrs
import orjson
import sqlalchemy as sa
from sqlalchemy.dialects import sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from .._dedupe import DedupeKey, WebhookDeduplicator
from .._events import WebhookEvent
from ._schema import DELIVERIES, EVENTS

__all__ = [
    "KEPT_HEADERS",
    "Committed",
    "PreparedDelivery",
    "PreparedEvent",
    "commit_batch",
    "kept_headers",
    "prepare_delivery",
]

#: The request headers stored with a delivery (names in lower case), plus every
#: ``X-UltraCart-*`` header. Never ``Authorization``, ``Cookie`` or anything else.
KEPT_HEADERS: Final = frozenset(
    {
        "content-type",
        "content-encoding",
        "content-length",
        "user-agent",
        "x-request-id",
        "x-forwarded-for",
        "x-forwarded-proto",
        "x-real-ip",
        "forwarded",
    }
)
_NEVER: Final = frozenset({"authorization", "proxy-authorization", "cookie"})
_HEADER_VALUE_LIMIT: Final = 1000
_HEADER_COUNT_LIMIT: Final = 32
_NAME_LIMIT: Final = 200
# SQLite and asyncpg both bind at most 32,767 parameters: ids are listed in chunks.
_ID_CHUNK: Final = 5000


@attrs.frozen
class PreparedEvent:
    """One event as stored: position, name (cut), object id, dedupe key."""

    index: int
    name: str
    object_id: str | None
    key: DedupeKey


@attrs.frozen
class PreparedDelivery:
    """One delivery ready to store."""

    received_at: datetime
    body: bytes = attrs.field(repr=False)
    headers: str
    events: tuple[PreparedEvent, ...]


_Storing = tuple[PreparedDelivery, list[PreparedEvent]]


@attrs.frozen
class Committed:
    """What committing a delivery did.

    Attributes:
        stored: Events stored.
        duplicates: Events already in the inbox (a redelivery), not stored again.
        delivery_id: The delivery's row, or None when nothing was stored.
    """

    stored: int
    duplicates: int
    delivery_id: int | None = None


def kept_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """The headers worth keeping with a delivery (see :data:`KEPT_HEADERS`), first value of
    each, cut to 1000 characters; never a credential."""
    kept: dict[str, str] = {}
    for name, value in headers.items():
        lowered = str(name).lower()
        if lowered in _NEVER or lowered in kept or len(kept) >= _HEADER_COUNT_LIMIT:
            continue
        if lowered in KEPT_HEADERS or lowered.startswith("x-ultracart-"):
            kept[lowered] = str(value)[:_HEADER_VALUE_LIMIT]
    return kept


def _unkeyed(body_digest: bytes, index: int) -> DedupeKey:
    # An event without an object id has no key of the receiver's: it is keyed by its place
    # in this very body, so an identical redelivery adds nothing, while two distinct events
    # that happen to look alike are both kept. The tag keeps these apart from the receiver's.
    return hashlib.sha256(b"inbox-unkeyed\x00" + body_digest + index.to_bytes(8, "big")).digest()


def prepare_delivery(
    body: bytes,
    events: Sequence[WebhookEvent],
    headers: Mapping[str, str],
    received_at: datetime,
) -> PreparedDelivery:
    """The rows of one delivery (CPU only: done in the request's task, not the committer's)."""
    body_digest = hashlib.sha256(body).digest()
    prepared = []
    for event in events:
        key = WebhookDeduplicator.key(event)
        object_id = event.object_id
        prepared.append(
            PreparedEvent(
                index=event.index,
                name=event.name[:_NAME_LIMIT],
                object_id=None if object_id is None else str(object_id)[:_NAME_LIMIT],
                key=key if key is not None else _unkeyed(body_digest, event.index),
            )
        )
    return PreparedDelivery(
        received_at=received_at,
        body=body,
        headers=orjson.dumps(kept_headers(headers)).decode(),
        events=tuple(prepared),
    )


def _new_events(batch: Sequence[PreparedDelivery]) -> list[list[PreparedEvent]]:
    """Per delivery, its events not met earlier in the batch."""
    seen: set[bytes] = set()
    plan = []
    for delivery in batch:
        fresh = []
        for event in delivery.events:
            if event.key not in seen:
                seen.add(event.key)
                fresh.append(event)
        plan.append(fresh)
    return plan


async def _insert_deliveries(
    conn: AsyncConnection, deliveries: list[PreparedDelivery]
) -> list[int]:
    statement = sa.insert(DELIVERIES).returning(
        DELIVERIES.c.delivery_id, sort_by_parameter_order=True
    )
    rows = [
        {
            "received_at": d.received_at,
            "body": d.body,
            "headers": d.headers,
            "events": len(d.events),
        }
        for d in deliveries
    ]
    result = await conn.execute(statement, rows)
    return [int(i) for i in result.scalars()]


async def _store_sqlite(conn: AsyncConnection, storing: list[_Storing]) -> list[tuple[int, int]]:
    """SQLite: the deliveries, then their new events; (delivery id, events stored) each."""
    ids = await _insert_deliveries(conn, [d for d, _ in storing])
    rows = [
        {
            "delivery_id": delivery_id,
            "event_index": e.index,
            "name": e.name,
            "object_id": e.object_id,
            "dedupe_key": e.key,
            "state": "pending",
            "attempts": 0,
            "due_at": d.received_at,
            "received_at": d.received_at,
        }
        for delivery_id, (d, fresh) in zip(ids, storing, strict=True)
        for e in fresh
    ]
    statement = (
        sqlite.insert(EVENTS)
        .on_conflict_do_nothing(index_elements=[EVENTS.c.dedupe_key])
        .returning(EVENTS.c.delivery_id)
    )
    inserted = Counter(int(i) for i in (await conn.execute(statement, rows)).scalars())
    empty = [i for i in ids if not inserted[i]]
    for start in range(0, len(empty), _ID_CHUNK):
        # Redeliveries: every event of these is in the inbox already.
        chunk = empty[start : start + _ID_CHUNK]
        await conn.execute(sa.delete(DELIVERIES).where(DELIVERIES.c.delivery_id.in_(chunk)))
    return [(i, inserted[i]) for i in ids]


# One statement, so one round trip and (in autocommit) its own transaction: the delivery ids
# are drawn from the table's sequence, the events inserted (a key already there skipped),
# and only the deliveries with a new event inserted. The foreign key is checked at the end
# of the statement, when both exist.
_PG_STORE: Final = sa.text(
    """
WITH d AS MATERIALIZED (
    SELECT nextval(pg_get_serial_sequence('ultracart_inbox_deliveries', 'delivery_id'))
               AS delivery_id, x.*
    FROM unnest(CAST(:received AS timestamptz[]), CAST(:bodies AS bytea[]),
                CAST(:headers AS text[]), CAST(:counts AS int[]))
         WITH ORDINALITY AS x(received_at, body, headers, events, n)
), e AS (
    INSERT INTO ultracart_inbox_events (delivery_id, event_index, name, object_id,
                                        dedupe_key, state, attempts, due_at, received_at)
    SELECT d.delivery_id, y.event_index, y.name, y.object_id, y.dedupe_key, 'pending', 0,
           d.received_at, d.received_at
    FROM unnest(CAST(:e_n AS bigint[]), CAST(:e_index AS int[]), CAST(:e_name AS text[]),
                CAST(:e_object AS text[]), CAST(:e_key AS bytea[]))
         AS y(n, event_index, name, object_id, dedupe_key)
    JOIN d ON d.n = y.n
    ORDER BY y.n, y.event_index
    ON CONFLICT (dedupe_key) DO NOTHING
    RETURNING delivery_id
), s AS (
    INSERT INTO ultracart_inbox_deliveries (delivery_id, received_at, body, headers, events)
    SELECT delivery_id, received_at, body, headers, events FROM d
    WHERE delivery_id IN (SELECT delivery_id FROM e)
)
SELECT d.delivery_id, (SELECT count(*) FROM e WHERE e.delivery_id = d.delivery_id)
FROM d ORDER BY d.n
"""
)


async def _store_pg(conn: AsyncConnection, storing: list[_Storing]) -> list[tuple[int, int]]:
    """PostgreSQL: :data:`_PG_STORE`; (delivery id, events stored) each."""
    events = [(n, e) for n, (_, fresh) in enumerate(storing, 1) for e in fresh]
    params = {
        "received": [d.received_at.astimezone(UTC) for d, _ in storing],
        "bodies": [d.body for d, _ in storing],
        "headers": [d.headers for d, _ in storing],
        "counts": [len(d.events) for d, _ in storing],
        "e_n": [n for n, _ in events],
        "e_index": [e.index for _, e in events],
        "e_name": [e.name for _, e in events],
        "e_object": [e.object_id for _, e in events],
        "e_key": [e.key for _, e in events],
    }
    result = await conn.execute(_PG_STORE, params)
    return [(int(i), int(count)) for i, count in result]


async def commit_batch(conn: AsyncConnection, batch: Sequence[PreparedDelivery]) -> list[Committed]:
    """Store a batch of deliveries (inside the caller's transaction in SQLite; as one
    statement in PostgreSQL); one result each, in order."""
    plan = _new_events(batch)
    storing = [(d, fresh) for d, fresh in zip(batch, plan, strict=True) if fresh]
    outcome: dict[int, tuple[int, int]] = {}
    if storing:
        store = _store_pg if conn.dialect.name == "postgresql" else _store_sqlite
        stored = await store(conn, storing)
        outcome = {id(d): found for (d, _), found in zip(storing, stored, strict=True)}
    results = []
    for delivery in batch:
        delivery_id, count = outcome.get(id(delivery), (0, 0))
        results.append(
            Committed(
                stored=count,
                duplicates=len(delivery.events) - count,
                delivery_id=delivery_id if count else None,
            )
        )
    return results

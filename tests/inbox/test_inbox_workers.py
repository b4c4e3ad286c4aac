"""After the 200: workers claim events with a lease and an owner token, renew the lease while
the handler runs, finish fenced by the token, retry with backoff, give up after N attempts
(the event is dead, its error kept, the others flow on), hand back at shutdown, and prune."""

from __future__ import annotations

import asyncio
import itertools
from datetime import timedelta
from typing import Any

import pytest

from ultracart_async.webhook_receiver import WebhookEvent, WebhookRouter, parse_delivery
from ultracart_async.webhook_receiver.inbox import WebhookInbox
from ultracart_async.webhook_receiver.inbox._claims import (
    Claim,
    Outcome,
    claim_events,
    finish,
    renew,
)
from ultracart_async.webhook_receiver.inbox._database import InboxDatabase

from .._postgres import query
from ._helpers import FakeWallClock, updates, wait_for


async def commit(inbox: WebhookInbox, *oids: int) -> None:
    for oid in oids:
        body = updates(oid)
        await inbox.commit(body, parse_delivery(body), {})


async def states(url: str) -> dict[str, tuple[str, int]]:
    rows = await query(url, "SELECT object_id, state, attempts FROM ultracart_inbox_events")
    return {str(oid): (str(state), int(attempts)) for oid, state, attempts in rows}


async def claim(db: InboxDatabase, clock: FakeWallClock, owner: str, **kw: Any) -> list[Claim]:
    async with db.transaction() as conn:
        claimed, dead = await claim_events(
            conn,
            owner=owner,
            worker="test:1",
            limit=kw.get("limit", 10),
            now=clock(),
            lease_end=clock() + timedelta(seconds=10),
            max_attempts=kw.get("max_attempts", 5),
        )
    return claimed + dead


async def test_done_is_fenced_by_the_owner_token(db_url: str) -> None:
    clock = FakeWallClock()
    async with WebhookInbox(db_url, wall_clock=clock) as inbox:
        await commit(inbox, 1)
        db = inbox._work_db
        [first] = await claim(db, clock, "a" * 32)
        assert first.attempts == 1
        assert await claim(db, clock, "b" * 32) == []  # leased: nobody else gets it
        clock.advance(11)  # worker A stalls past its lease; B takes the event over
        [second] = await claim(db, clock, "b" * 32)
        assert (second.event_id, second.attempts) == (first.event_id, 2)
        async with db.transaction() as conn:
            assert await renew(conn, [(first.event_id, first.owner)], clock()) == set()
            assert await finish(conn, [Outcome(first.event_id, first.owner)], clock()) == [False]
        assert await states(db_url) == {"1": ("running", 2)}  # A changed nothing
        async with db.transaction() as conn:
            assert await finish(conn, [Outcome(second.event_id, second.owner)], clock()) == [True]
            # Once done, not even the holder can finish it again.
            assert await finish(conn, [Outcome(second.event_id, second.owner)], clock()) == [False]
    assert await states(db_url) == {"1": ("done", 2)}


async def test_concurrent_claimers_never_get_the_same_event(db_url: str) -> None:
    clock = FakeWallClock()
    async with WebhookInbox(db_url, wall_clock=clock) as inbox:
        await commit(inbox, *range(150))
        # Two replicas (an engine each), each with several claim loops.
        replicas = [InboxDatabase(inbox.target, busy_timeout=30) for _ in range(2)]
        tokens = (f"{n:032x}" for n in itertools.count())
        taken: list[int] = []

        async def claimer(db: InboxDatabase) -> None:
            while batch := await claim(db, clock, next(tokens), limit=7):
                taken.extend(c.event_id for c in batch)

        try:
            await asyncio.gather(*(claimer(db) for db in replicas for _ in range(4)))
        finally:
            for db in replicas:
                await db.aclose()
    assert len(taken) == len(set(taken)) == 150


def poison_router(poison: set[str], runs: list[str]) -> WebhookRouter:
    router = WebhookRouter()

    @router.on("customer_update")
    async def handle(event: WebhookEvent) -> None:
        runs.append(str(event.object_id))
        if str(event.object_id) in poison:
            raise RuntimeError(f"poison {event.object_id}")

    return router


async def test_a_poison_event_is_retried_with_backoff_then_dead_while_others_flow(
    db_url: str,
) -> None:
    clock = FakeWallClock()
    runs: list[str] = []
    inbox = WebhookInbox(
        db_url, wall_clock=clock, max_attempts=3, initial_backoff=60, poll_interval=0.02
    )
    async with inbox:
        await commit(inbox, *range(1, 21))
        await inbox.start(poison_router({"13"}, runs), workers=4)
        for attempt, ceiling in ((1, 60), (2, 120)):
            await wait_for(lambda n=attempt: _settled(db_url, n))
            seen = await states(db_url)
            assert seen.pop("13") == ("pending", attempt)  # waiting out its backoff...
            assert set(seen.values()) == {("done", 1)}  # ...while the 19 others are done
            [(due,)] = await query(
                db_url, "SELECT due_at FROM ultracart_inbox_events WHERE object_id = '13'"
            )
            wait = (_instant(due) - clock()).total_seconds()
            assert ceiling / 2 <= wait <= ceiling  # doubling backoff, jittered
            clock.advance(ceiling)
        await wait_for(lambda: _dead(db_url))
        stats = await inbox.stats()
    assert stats.counts == {"pending": 0, "running": 0, "done": 19, "dead": 1}
    [dead] = stats.dead
    assert (dead.object_id, dead.attempts) == ("13", 3)
    assert dead.last_error == "RuntimeError: poison 13"
    assert runs.count("13") == 3 and len(runs) == 22


async def _settled(url: str, attempts: int) -> bool:
    seen = await states(url)
    return (
        seen.get("13") == ("pending", attempts)
        and sum(1 for s in seen.values() if s[0] == "done") == 19
    )


async def _dead(url: str) -> bool:
    return (await states(url)).get("13", ("", 0))[0] == "dead"


def _instant(value: Any) -> Any:
    from ultracart_async.sync._types import Instant

    if isinstance(value, str):  # SQLite hands text back to a plain text() query
        from datetime import UTC, datetime

        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    return Instant().process_result_value(value, None)  # type: ignore[arg-type]


async def test_an_expired_claim_that_used_every_attempt_is_dead(db_url: str) -> None:
    clock = FakeWallClock()
    async with WebhookInbox(db_url, wall_clock=clock, max_attempts=2) as inbox:
        await commit(inbox, 1, 2)
        db = inbox._work_db
        for owner in ("a", "b"):  # two workers die holding the events
            assert len(await claim(db, clock, owner * 32, max_attempts=2)) == 2
            clock.advance(11)
        async with db.transaction() as conn:
            claimed, dead = await claim_events(
                conn,
                owner="c" * 32,
                worker="test:1",
                limit=10,
                now=clock(),
                lease_end=clock() + timedelta(seconds=10),
                max_attempts=2,
            )
        assert (claimed, [c.attempts for c in dead]) == ([], [2, 2])
        stats = await inbox.stats()
    assert stats.counts["dead"] == 2
    assert all("stopped before finishing" in (e.last_error or "") for e in stats.dead)


async def test_the_lease_is_renewed_while_the_handler_runs(db_url: str) -> None:
    runs: list[str] = []
    router = WebhookRouter()

    @router.on("customer_update")
    async def slow(event: WebhookEvent) -> None:
        runs.append(str(event.object_id))
        await asyncio.sleep(6.0)  # three times the lease

    # Two replicas polling: without renewal the second would take the event after 2 s. The
    # lease is long enough that a stall of a second on a loaded machine misses no renewal.
    replicas = [WebhookInbox(db_url, lease=2, poll_interval=0.05) for _ in range(2)]
    try:
        await replicas[0].start(router, workers=1)
        await commit(replicas[0], 1)
        await replicas[1].start(router, workers=1)
        await wait_for(lambda: _all_done(db_url), guard=30)
    finally:
        for inbox in replicas:
            await inbox.aclose()
    assert runs == ["1"]
    assert await states(db_url) == {"1": ("done", 1)}


async def _all_done(url: str) -> bool:
    seen = await states(url)
    return bool(seen) and all(state == "done" for state, _ in seen.values())


async def test_a_handler_past_its_timeout_is_a_failed_attempt(db_url: str) -> None:
    router = WebhookRouter()

    @router.on("customer_update")
    async def hangs(event: WebhookEvent) -> None:
        await asyncio.Event().wait()

    inbox = WebhookInbox(db_url, handler_timeout=0.2, max_attempts=1, poll_interval=0.05)
    async with inbox:
        await commit(inbox, 1)
        await inbox.start(router)
        await wait_for(lambda: _dead_any(db_url))
        stats = await inbox.stats()
    assert stats.dead[0].last_error == "the handlers did not finish within 0.2 s"


async def _dead_any(url: str) -> bool:
    return any(state == "dead" for state, _ in (await states(url)).values())


async def test_shutdown_hands_back_the_events_it_will_not_finish(db_url: str) -> None:
    started = asyncio.Event()
    router = WebhookRouter()

    @router.on("customer_update")
    async def blocks(event: WebhookEvent) -> None:
        started.set()
        await asyncio.Event().wait()

    inbox = WebhookInbox(db_url, poll_interval=0.05)
    await inbox.start(router)
    await commit(inbox, 1)
    async with asyncio.timeout(30):
        await started.wait()
    await inbox.aclose(drain_timeout=0.1)
    # Pending again at once, the attempt not counted: another process takes it right away.
    assert await states(db_url) == {"1": ("pending", 0)}
    runs: list[str] = []
    async with WebhookInbox(db_url, poll_interval=0.05) as other:
        await other.start(poison_router(set(), runs))
        await wait_for(lambda: _all_done(db_url))
    assert runs == ["1"]


async def test_old_finished_rows_are_pruned_and_the_rest_kept(db_url: str) -> None:
    clock = FakeWallClock()
    inbox = WebhookInbox(db_url, wall_clock=clock, retention=timedelta(days=7))
    async with inbox:
        await commit(inbox, 1, 2)
        db = inbox._work_db
        [one, _] = await claim(db, clock, "a" * 32)
        async with db.transaction() as conn:
            await finish(conn, [Outcome(one.event_id, one.owner)], clock())
        clock.advance(8 * 86400)
        await commit(inbox, 3)
        assert await inbox.prune() == 2  # event 1 and its delivery
        assert await inbox.prune() == 0
    assert sorted(await states(db_url)) == ["2", "3"]  # running and pending are kept
    assert await query(db_url, "SELECT COUNT(*) FROM ultracart_inbox_deliveries") == [(2,)]


async def test_replay_puts_events_back_in_line(db_url: str) -> None:
    clock = FakeWallClock()
    async with WebhookInbox(db_url, wall_clock=clock, max_attempts=1) as inbox:
        await commit(inbox, 1, 2, 3)
        db = inbox._work_db
        claims = {c.event_id: c for c in await claim(db, clock, "a" * 32, limit=2)}
        async with db.transaction() as conn:
            await finish(
                conn, [Outcome(i, c.owner, error="boom") for i, c in claims.items()], clock()
            )
        await commit(inbox, 4)
        await claim(db, clock, "b" * 32, limit=10)  # 3 and 4 now running
        assert (await inbox.replay(dead=True)).ids == tuple(sorted(claims))
        replayed = await inbox.replay([3, 1, 99])
        with pytest.raises(Exception, match="either ids or dead=True"):
            await inbox.replay()
    assert replayed.ids == (1,) and replayed.running == (3,) and replayed.missing == (99,)
    seen = await states(db_url)
    assert seen["1"] == seen["2"] == ("pending", 0)


async def test_a_worker_that_lost_its_claim_stops_its_handler_and_records_nothing(
    db_url: str,
) -> None:
    started, stopped = asyncio.Event(), asyncio.Event()
    router = WebhookRouter()

    @router.on("customer_update")
    async def slow(event: WebhookEvent) -> None:
        started.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            stopped.set()
            raise

    inbox = WebhookInbox(db_url, lease=0.6, poll_interval=0.05)
    try:
        await inbox.start(router)
        await commit(inbox, 1)
        async with asyncio.timeout(30):
            await started.wait()
            # Another worker took the event over (as after this one stalled past its lease).
            # Its lease ends far ahead, so this inbox's own claim loop cannot take it back.
            await query(
                db_url,
                "UPDATE ultracart_inbox_events"
                " SET owner = 'other', attempts = 2, due_at = '2999-01-01 00:00:00.000000'",
            )
            await stopped.wait()  # the renewal found the claim gone, and stopped the handler
    finally:
        await inbox.aclose()
    rows = await query(db_url, "SELECT state, attempts, owner FROM ultracart_inbox_events")
    assert rows == [("running", 2, "other")]  # untouched: neither done, failed nor handed back


async def test_deliveries_go_before_the_workers_for_sqlite_s_one_writer() -> None:
    from ultracart_async.webhook_receiver.inbox._database import WriterLock

    lock = WriterLock(yield_for=10)
    order: list[str] = []
    release = asyncio.Event()

    async def take(name: str, urgent: bool) -> None:
        async with lock.hold(urgent=urgent):
            order.append(name)
            if name == "first":
                await release.wait()

    first = asyncio.create_task(take("first", True))
    await asyncio.sleep(0)
    waiting = [asyncio.create_task(take("claim", False))]
    await asyncio.sleep(0)
    waiting.append(asyncio.create_task(take("delivery", True)))
    await asyncio.sleep(0)
    release.set()
    async with asyncio.timeout(30):
        await asyncio.gather(first, *waiting)
    assert order == ["first", "delivery", "claim"]


async def test_each_claimed_event_builds_only_its_own_event(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One worker claims one event at a time: a delivery of N events must cost N event
    builds, not N for every claim (N squared)."""
    from ultracart_async.webhook_receiver import _parse

    clock = FakeWallClock()
    seen: list[tuple[int, int | str | None]] = []
    router = WebhookRouter()

    @router.on("customer_update")
    async def handle(event: WebhookEvent) -> None:
        seen.append((event.index, event.object_id))

    async with WebhookInbox(db_url, wall_clock=clock, poll_interval=0.02) as inbox:
        body = updates(*range(100, 110))  # one delivery of ten events
        await inbox.commit(body, parse_delivery(body), {})
        looked_up: list[str] = []
        model_for_event = _parse.model_for_event

        def counting(name: str) -> Any:
            looked_up.append(name)
            return model_for_event(name)

        monkeypatch.setattr(_parse, "model_for_event", counting)
        await inbox.start(router, workers=1)

        async def all_done() -> bool:
            return set((await states(db_url)).values()) == {("done", 1)}

        await wait_for(all_done)
    assert sorted(seen) == [(i, 100 + i) for i in range(10)]
    assert len(looked_up) == 10  # one build per event

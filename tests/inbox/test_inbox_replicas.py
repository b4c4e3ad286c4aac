"""Two app processes on one PostgreSQL, behind a "load balancer" (the test alternates between
them), 10,000 deliveries sent concurrently, 500 of them delivered twice, each copy to the
other replica: every event is stored once and completed exactly once, none is lost. The same
with two processes on one SQLite file (the one-host case), with 2,000 deliveries."""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from pathlib import Path

import aiohttp

from .._postgres import query
from ._helpers import AUTH, PATH, app_process, marker_lines, updates, wait_for

#: Deliveries, and how many of them are sent twice, per store.
COUNTS = {"postgresql": (10_000, 500), "sqlite": (2_000, 100)}
IN_FLIGHT = 64


async def test_two_replicas_complete_every_event_exactly_once(
    db_kind: str, db_url: str, tmp_path: Path
) -> None:
    deliveries, redelivered = COUNTS[db_kind]
    markers = tmp_path / "markers"
    markers.mkdir()
    options = ("--workers", "8")
    async with (
        app_process(db_url, markers, *options) as (first, one),
        app_process(db_url, markers, *options) as (second, two),
    ):
        statuses = await _deliver_all([one, two], deliveries, redelivered)
        assert statuses == Counter({200: deliveries + redelivered})
        await wait_for(lambda: _all_done(db_url, deliveries), guard=300)
        rows = await query(
            db_url,
            "SELECT state, attempts, COUNT(*), COUNT(DISTINCT object_id) "
            "FROM ultracart_inbox_events GROUP BY state, attempts",
        )
        workers = await query(
            db_url, "SELECT worker, COUNT(*) FROM ultracart_inbox_events GROUP BY worker"
        )
    # Stored once each, every one done, on its first attempt: one done mark per event.
    assert rows == [("done", 1, deliveries, deliveries)]
    # Both replicas took their share. Not a timing bet: each replica wakes its own claimer on
    # every delivery it commits, half of them by the alternation above, and holds at most 8
    # events at once, so the other could take them all only by winning every one of about
    # 1,000 (SQLite) or 5,000 (PostgreSQL) races it starts later.
    assert len(workers) == 2
    # The handlers ran once per event, spread over the two processes, and finished each run.
    lines = marker_lines(markers)
    assert set(lines) == {first.pid, second.pid}
    starts = Counter(line.split()[1] for log in lines.values() for line in log if "start" in line)
    dones = Counter(line.split()[1] for log in lines.values() for line in log if "done" in line)
    assert starts == dones == Counter({str(oid): 1 for oid in range(deliveries)})


async def _deliver_all(replicas: list[str], deliveries: int, redelivered: int) -> Counter[int]:
    """Every delivery, concurrently (at most ``IN_FLIGHT`` at once), alternating replicas;
    the first ``redelivered`` are sent again to the other replica."""
    statuses: Counter[int] = Counter()
    turn = itertools.cycle(replicas)
    gate = asyncio.Semaphore(IN_FLIGHT)
    connector = aiohttp.TCPConnector(limit=IN_FLIGHT)
    async with aiohttp.ClientSession(connector=connector) as http:

        async def send(oid: int, base: str) -> None:
            async with gate, http.post(base + PATH, data=updates(oid), headers=AUTH) as response:
                await response.read()
                statuses[response.status] += 1

        jobs = [send(oid, next(turn)) for oid in range(deliveries)]
        jobs += [send(oid, replicas[(oid + 1) % 2]) for oid in range(redelivered)]
        async with asyncio.timeout(300):  # a hang guard
            await asyncio.gather(*jobs)
    return statuses


async def _all_done(url: str, deliveries: int) -> bool:
    rows = await query(url, "SELECT COUNT(*) FROM ultracart_inbox_events WHERE state = 'done'")
    return int(rows[0][0]) >= deliveries

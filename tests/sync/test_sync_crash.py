"""SIGKILL at random points, then a rerun: the end state is that of a run never killed.

The sync runs as ``python -m ultracart_async sync customers`` in a child process against a
sandbox in this process. Each child is killed once the sandbox has answered a number of
requests drawn at random (so the kill lands while pages are fetched, parsed or committed,
in the sync run or in the reconcile walk); between kills the store changes. Then runs
complete, and the database must equal the sandbox's ground truth and a database synced
from scratch without any kill: same rows, same ``last_modified_dts``, same content.
"""

from __future__ import annotations

import asyncio
import random
import signal
import sys
from pathlib import Path

import orjson

from ultracart_async.cli import amain
from ultracart_async.sandbox import Sandbox
from ultracart_async.sync import sync_customers

from .._client import client_of
from .._postgres import query
from ._helpers import live_rows, truth

REPO = Path(__file__).resolve().parents[2]
KILLS = 3


def argv(sb: Sandbox, url: str) -> list[str]:
    return [
        "sync", "customers", "--db", url, "--base-url", sb.base_url,
        "--simple-key", sb.simple_key, "--no-progress", "--rate-limit", "1000000/1",
        "--max-in-flight", "2", "--page-size", "50", "--expand", "billing", "--reconcile",
    ]  # fmt: skip


async def run_and_kill(sb: Sandbox, url: str, *, kill_after: int) -> bool:
    """Run the CLI in a child process; SIGKILL it once the sandbox answered ``kill_after``
    more requests. Returns whether it was killed (False: it finished first)."""
    target = sb.stats.requests + kill_after
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "ultracart_async", *argv(sb, url),
        cwd=REPO, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    async with asyncio.timeout(120):  # a hang guard, not a speed claim
        while proc.returncode is None and sb.stats.requests < target:  # noqa: ASYNC110
            await asyncio.sleep(0.002)
        if proc.returncode is None:
            proc.send_signal(signal.SIGKILL)
            await proc.wait()
            return True
        _, err = await proc.communicate()
    assert proc.returncode == 0, err.decode(errors="replace")
    return False


def change(sb: Sandbox, rng: random.Random) -> None:
    world = sb.world
    assert world is not None
    order = world.customers.order
    for _ in range(4):
        world.update_customer(order[int(rng.random() * len(order))])
    world.delete_customer(order[int(rng.random() * len(order))])
    world.churn_insert(rng)


async def content(url: str) -> dict[int, tuple[object, str]]:
    rows = await query(
        url,
        "SELECT customer_profile_oid, data_hash, deleted_at FROM ultracart_customers",
    )
    return {r[0]: (r[2] is None, r[1]) for r in rows}


async def test_killed_runs_then_reruns_end_as_a_run_never_killed(
    db_url: str, tmp_path: Path
) -> None:
    rng = random.Random(2026)
    async with Sandbox(customers=1200, seed=17, latency=0.002) as sb:
        for _ in range(KILLS):
            assert await run_and_kill(sb, db_url, kill_after=rng.randint(1, 40))
            change(sb, rng)
        # The rerun continues what was interrupted; a second one walks afresh, so that
        # deletions behind a resumed walk's position are marked too.
        assert await amain(argv(sb, db_url)) == 0
        assert await amain(argv(sb, db_url)) == 0

        reference = f"sqlite:///{tmp_path / 'reference.db'}"
        async with client_of(sb) as uc:
            await sync_customers(uc, reference, expand="billing", store_url=sb.base_url)
        expected = truth(sb)
        assert await live_rows(db_url) == expected
        assert await live_rows(reference) == expected
        got, want = await content(db_url), await content(reference)
        assert {k: v for k, v in got.items() if v[0]} == want
        # The stored JSON is the customer as the API sends it with that expansion.
        sample = sorted(expected)[::97]
        rows = await query(
            db_url,
            "SELECT customer_profile_oid, data FROM ultracart_customers WHERE "
            f"customer_profile_oid IN ({','.join(map(str, sample))})",
        )
        for oid, data in rows:
            stored = orjson.loads(data) if isinstance(data, str) else data
            assert stored == orjson.loads(sb.customer_json(oid, ("billing",)))
        # Every killed run was continued to its end: none is left open.
        runs = await query(db_url, "SELECT mode, outcome FROM ultracart_sync_runs")
        assert {outcome for _, outcome in runs} == {"completed"}
        assert {mode for mode, _ in runs} == {"full", "incremental", "reconcile"}

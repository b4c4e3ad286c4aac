"""Deletions and churn: the reconcile walk, its resume, its exemptions, and a sync under
inserts, updates and deletes that ends equal to the sandbox's ground truth."""

from __future__ import annotations

import math
import random
from typing import Any

import pytest

from ultracart_async.sandbox import Sandbox
from ultracart_async.sync import SyncProgress, sync_customers

from .._client import client_of
from .._postgres import query
from ._helpers import live_rows, truth


async def sync(sb: Sandbox, url: str, **kwargs: Any) -> Any:
    async with client_of(sb) as uc:
        return await sync_customers(uc, url, **kwargs)


class Stop(Exception):
    pass


def stop_in_walk(progress: SyncProgress) -> None:
    if progress.phase == "reconcile" and progress.pages == 1:
        raise Stop


async def deleted_marks(url: str) -> int:
    rows = await query(url, "SELECT COUNT(*) FROM ultracart_customers WHERE deleted_at IS NOT NULL")
    return int(rows[0][0])


async def test_reconcile_marks_what_a_complete_walk_did_not_meet(db_url: str) -> None:
    async with Sandbox(customers=400, seed=6) as sb:
        assert sb.world is not None
        await sync(sb, db_url)
        gone = sorted(sb.live_ids())[10:13]
        for oid in gone:
            sb.world.delete_customer(oid)

        # An interrupted walk marks nothing.
        with pytest.raises(Stop):
            await sync(sb, db_url, reconcile=True, on_progress=stop_in_walk)
        assert await deleted_marks(db_url) == 0
        walks = await query(
            db_url, "SELECT run_id, outcome FROM ultracart_sync_runs WHERE mode = 'reconcile'"
        )
        assert [w[1] for w in walks] == ["interrupted"]

        # A customer first seen after the walk began, then deleted, is exempt from it.
        async with client_of(sb) as uc:
            late = await uc.customers.insert({"email": "late@example.com"})
        assert late.customer_profile_oid is not None
        assert (await sync(sb, db_url)).inserted == 1
        sb.world.delete_customer(late.customer_profile_oid)

        sb.reset_stats()
        resumed = await sync(sb, db_url, reconcile=True)
        assert resumed.reconcile_run_id == walks[0][0]
        assert resumed.marked_deleted == 3
        marked = await query(
            db_url,
            "SELECT customer_profile_oid FROM ultracart_customers WHERE deleted_at IS NOT NULL",
        )
        assert sorted(m[0] for m in marked) == gone
        # Marked, never removed.
        assert len(await query(db_url, "SELECT 1 FROM ultracart_customers")) == 401

        fresh = await sync(sb, db_url, reconcile=True)
        assert fresh.reconcile_run_id != walks[0][0]
        assert fresh.marked_deleted == 1
        # A whole walk costs about N/195 requests.
        assert fresh.reconcile_requests <= math.ceil(397 / 195) + 1
        assert await live_rows(db_url) == truth(sb)
        assert await query(db_url, "SELECT COUNT(*) FROM ultracart_sync_seen") == [(0,)]


async def test_churn_during_a_sync_then_reconcile_equals_the_ground_truth(db_url: str) -> None:
    rng = random.Random(21)
    # The sandbox's timed churn: on during the first sync, off (every rate) for the reconcile.
    churn_rates = ("churn_inserts_per_sec", "churn_updates_per_sec", "churn_deletes_per_sec")
    async with Sandbox(
        customers=1500, seed=9, latency=0.005, **dict.fromkeys(churn_rates, 30)
    ) as sb:
        world = sb.world
        assert world is not None

        def churn(progress: SyncProgress) -> None:
            # Besides the timed churn: inserts, updates and deletes between every two pages.
            for _ in range(3):
                world.churn_insert(rng)
                world.churn_update(rng)
                order = world.customers.order
                world.delete_customer(order[int(rng.random() * len(order))])

        first = await sync(sb, db_url, page_size=100, expand="billing", on_progress=churn)
        sb.configure(**dict.fromkeys(churn_rates, 0))
        second = await sync(sb, db_url, reconcile=True)
    assert first.mode == "full" and second.mode == "incremental"
    assert second.updated + second.inserted > 0
    assert second.marked_deleted is not None and second.marked_deleted > 0
    rows, expected = await live_rows(db_url), truth(sb)
    assert sorted(set(rows) - set(expected)) == []  # extra
    assert sorted(set(expected) - set(rows)) == []  # missing
    assert rows == expected  # the same last_modified_dts too

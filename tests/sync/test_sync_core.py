"""The sync against the sandbox, into SQLite and into a real PostgreSQL: first run, incremental
runs, their cost, the expansion set, store identity, one run at a time, resume."""

from __future__ import annotations

import asyncio
import math
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from ultracart_async.sandbox import Sandbox
from ultracart_async.sync import (
    StoreMismatchError,
    SyncBusyError,
    SyncProgress,
    sync_customers,
)

from .._client import client_of
from .._postgres import query
from ._helpers import live_rows, stored_data, truth


async def sync(sb: Sandbox, url: str, **kwargs: Any) -> Any:
    async with client_of(sb) as uc:
        return await sync_customers(uc, url, **kwargs)


def list_queries(sb: Sandbox) -> list[dict[str, list[str]]]:
    return [parse_qs(e.raw_query) for e in sb.stats.request_log if e.op == "getCustomers"]


async def test_first_run_is_full_then_later_runs_fetch_only_changes(db_url: str) -> None:
    async with Sandbox(customers=450, seed=3) as sb:
        first = await sync(sb, db_url, expand="billing,shipping")
        assert (first.mode, first.resumed, first.inserted, first.updated) == ("full", False, 450, 0)
        assert first.expand == ("billing", "shipping")
        assert await live_rows(db_url) == truth(sb)
        if db_url.startswith("sqlite"):  # readers never wait for the sync
            assert await query(db_url, "PRAGMA journal_mode") == [("wal",)]
        # The first run asked for everything: no date filter.
        assert all("last_modified_dts_start" not in q for q in list_queries(sb))

        assert sb.world is not None
        changed = sorted(sb.live_ids())[100:105]
        for oid in changed:
            sb.world.update_customer(oid, {"business_notes": f"changed {oid}"})
        sb.reset_stats()
        second = await sync(sb, db_url)
        assert second.mode == "incremental"
        assert (second.inserted, second.updated, second.unchanged) == (0, 5, 0)
        # Incremental runs filter on last_modified_dts_start = the previous run's mark, in UTC.
        queries = list_queries(sb)
        assert queries and all(
            q["last_modified_dts_start"] == [first.high_water_mark.isoformat()] for q in queries
        )
        assert all("_since" not in q for q in queries)
        assert all(q["_expand"] == ["billing,shipping"] for q in queries)
        assert await live_rows(db_url) == truth(sb)
        assert (await stored_data(db_url, changed[0]))["business_notes"] == f"changed {changed[0]}"


async def test_incremental_cost_is_changes_plus_margin_over_195(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cost.db'}"
    async with Sandbox(customers=1200, seed=5) as sb:
        assert sb.world is not None
        ids = sorted(sb.live_ids())
        m = 9  # modified just before the first run: inside its safety margin
        for oid in ids[:m]:
            sb.world.update_customer(oid)
        first = await sync(sb, url)
        assert first.requests >= math.ceil(1200 / 195)
        k = 260
        for oid in ids[300 : 300 + k]:
            sb.world.update_customer(oid)
        sb.reset_stats()
        second = await sync(sb, url)
    assert (second.updated, second.unchanged) == (k, m)
    assert second.requests == sb.stats.requests
    assert second.requests <= math.ceil((k + m) / 195) + 2
    assert second.requests < first.requests


async def test_changing_the_expansion_set_needs_full(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'expand.db'}"
    async with Sandbox(customers=60, seed=2) as sb:
        await sync(sb, url, expand=["billing"])
        sb.reset_stats()
        with pytest.raises(StoreMismatchError, match="add --full"):
            await sync(sb, url, expand="shipping")
        assert sb.stats.requests == 0
        assert len(await query(url, "SELECT run_id FROM ultracart_sync_runs")) == 1
        again = await sync(sb, url, expand="shipping", full=True)
        assert (again.mode, again.expand, again.unchanged, again.updated) == (
            "full",
            ("shipping",),
            0,
            60,
        )
        later = await sync(sb, url)
        assert (later.mode, later.expand) == ("incremental", ("shipping",))
        runs = await query(url, "SELECT mode, expand FROM ultracart_sync_runs ORDER BY run_id")
        assert runs == [
            ("full", '["billing"]'),
            ("full", '["shipping"]'),
            ("incremental", '["shipping"]'),
        ]


async def test_a_database_of_another_store_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    async with Sandbox(customers=20, seed=1) as a, Sandbox(customers=20, seed=1) as b:
        await sync(a, url)
        with pytest.raises(StoreMismatchError, match="another store"):
            await sync(b, url)
        assert b.stats.requests == 0
        # The same store under its recorded identity is accepted.
        result = await sync(b, url, store_url=a.base_url)
        assert result.mode == "incremental"


async def test_a_second_run_refuses_while_the_first_holds_the_database(db_url: str) -> None:
    async with Sandbox(customers=400, seed=4, latency=0.05) as sb:
        first_page = asyncio.Event()

        def hold(progress: SyncProgress) -> None:
            first_page.set()

        async def slow_first() -> Any:
            async with client_of(sb, in_flight=1) as uc:
                return await sync_customers(uc, db_url, on_progress=hold, page_size=50)

        task = asyncio.create_task(slow_first())
        async with asyncio.timeout(30):
            await first_page.wait()
        with pytest.raises(SyncBusyError, match="another sync is running"):
            await sync(sb, db_url)
        async with asyncio.timeout(60):
            done = await task
        assert done.inserted == 400
        # Once the first is done, the next one runs.
        assert (await sync(sb, db_url)).mode == "incremental"


class Stop(Exception):
    pass


async def test_an_interrupted_run_resumes_where_it_stopped(db_url: str) -> None:
    async with Sandbox(customers=500, seed=8) as sb:
        pages = 0

        def stop_after_three(progress: SyncProgress) -> None:
            nonlocal pages
            pages += 1
            if pages == 3:
                raise Stop

        with pytest.raises(Stop):
            await sync(sb, db_url, page_size=50, on_progress=stop_after_three)
        runs = await query(db_url, "SELECT run_id, outcome, records FROM ultracart_sync_runs")
        assert [(r[0], r[1]) for r in runs] == [(1, "interrupted")]
        committed = runs[0][2]
        assert 100 < committed <= 150
        assert len(await live_rows(db_url)) == committed
        sb.reset_stats()
        result = await sync(sb, db_url, page_size=200)
        assert (result.run_id, result.mode, result.resumed) == (1, "full", True)
        assert result.inserted == 500 - committed
        assert await live_rows(db_url) == truth(sb)
        # It continued from its resume point with its own page size, not from offset 0.
        offsets = [int(q["_offset"][0]) for q in list_queries(sb)]
        assert min(offsets) > 0
        assert {q["_limit"][0] for q in list_queries(sb)} == {"50"}
        assert (await sync(sb, db_url)).mode == "incremental"

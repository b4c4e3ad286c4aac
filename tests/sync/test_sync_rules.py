"""The sync's rules against a scripted server: the high-water mark comes from the server's
Date header, instants compare in UTC, equal stamps, and the refusals before any write."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from tests.conftest import ScriptedServer
from ultracart_async import APIError, RateWindow, TokenBucketLimiter, UltraCartClient
from ultracart_async.sync import (
    DEFAULT_SAFETY_MARGIN,
    SchemaMismatchError,
    sync_customers,
)
from ultracart_async.sync._types import parse_instant

from .._postgres import query
from ._helpers import live_rows, stored_data

SERVER_DATE = "Wed, 01 Jan 2031 12:00:00 GMT"  # far from this machine's clock


class Store:
    """Customers served by the scripted server, filtered and paged like UltraCart."""

    def __init__(self, server: ScriptedServer) -> None:
        self.records: dict[int, dict[str, Any]] = {}
        self.date = SERVER_DATE
        server.handler = self.handle

    def put(self, oid: int, modified: str, note: str = "") -> None:
        self.records[oid] = {
            "customer_profile_oid": oid,
            "merchant_id": "DEMO",
            "email": f"c{oid}@example.com",
            "last_modified_dts": modified,
            "business_notes": note,
        }

    async def handle(self, request: web.Request) -> web.StreamResponse:
        query = request.query
        start = parse_instant(query.get("last_modified_dts_start"))
        chosen = [
            r
            for oid, r in sorted(self.records.items())
            if start is None or (parse_instant(r["last_modified_dts"]) or start) >= start
        ]
        offset, limit = int(query["_offset"]), int(query["_limit"])
        page = chosen[offset : offset + limit]
        meta = {"offset": offset, "limit": limit, "count": len(page),
                "total_records": len(chosen), "more": offset + len(page) < len(chosen)}  # fmt: skip
        body = {"customers": page, "success": True, "metadata": {"result_set": meta}}
        return web.json_response(body, headers={"Date": self.date})


def client(server: ScriptedServer) -> UltraCartClient:
    limiter = TokenBucketLimiter((RateWindow(1_000_000, 1),), max_in_flight=1)
    return UltraCartClient(simple_key="k", base_url=server.base_url, limiter=limiter)


async def sync(server: ScriptedServer, url: str, **kwargs: Any) -> Any:
    async with client(server) as uc:
        return await sync_customers(uc, url, **kwargs)


@pytest.fixture
def store(server: ScriptedServer) -> Store:
    return Store(server)


async def test_the_mark_is_the_servers_first_date_less_the_margin(
    store: Store, server: ScriptedServer, db_url: str
) -> None:
    # A customer stamped after the server's Date: the largest stamp seen is not the mark.
    store.put(1, "2026-03-01T10:00:00-05:00")
    store.put(2, "2032-06-01T10:00:00-04:00")
    first = await sync(server, db_url)
    date = datetime(2031, 1, 1, 12, 0, tzinfo=UTC)
    assert first.high_water_mark == date - DEFAULT_SAFETY_MARGIN
    server.requests.clear()
    store.date = "Thu, 02 Jan 2031 08:00:00 GMT"
    second = await sync(server, db_url, safety_margin=timedelta(seconds=90))
    assert second.since == "2031-01-01T11:55:00+00:00"
    assert [r["query"]["last_modified_dts_start"] for r in server.requests] == [second.since]
    assert second.high_water_mark == datetime(2031, 1, 2, 7, 58, 30, tzinfo=UTC)
    marks = await query(db_url, "SELECT safety_margin_seconds FROM ultracart_sync_runs")
    assert sorted(m[0] for m in marks) == [90, 300]


async def test_without_a_date_header_nothing_is_written(
    store: Store, server: ScriptedServer, tmp_path: Path
) -> None:
    store.put(1, "2026-03-01T10:00:00-05:00")
    store.date = "not a date"
    url = f"sqlite:///{tmp_path / 'nodate.db'}"
    with pytest.raises(APIError, match="no usable Date header"):
        await sync(server, url)
    assert not (tmp_path / "nodate.db").exists()


async def test_stamps_compare_as_instants_in_utc(
    store: Store, server: ScriptedServer, db_url: str
) -> None:
    store.put(7, "2026-06-01T10:00:00-04:00", "first")  # 14:00 UTC
    await sync(server, db_url)
    # Later as text, earlier as an instant (13:00 UTC): an older version, not written.
    store.put(7, "2026-06-01T13:00:00+00:00", "older")
    older = await sync(server, db_url, full=True)
    assert (older.skipped_older, older.updated) == (1, 0)
    # Earlier as text, later as an instant (14:30 UTC): newer, written.
    store.put(7, "2026-06-01T10:30:00-04:00", "newer")
    newer = await sync(server, db_url, full=True)
    assert (newer.skipped_older, newer.updated) == (0, 1)
    assert await live_rows(db_url) == {7: datetime(2026, 6, 1, 14, 30, tzinfo=UTC)}
    assert (await stored_data(db_url, 7))["business_notes"] == "newer"


async def test_an_equal_stamp_with_other_content_is_taken(
    store: Store, server: ScriptedServer, db_url: str
) -> None:
    store.put(3, "2026-06-01T10:00:00-04:00", "one")
    await sync(server, db_url)
    same = await sync(server, db_url, full=True)
    assert (same.unchanged, same.updated) == (1, 0)
    # A second change in the same second: the stamp is equal, the later fetch wins.
    store.put(3, "2026-06-01T14:00:00+00:00", "two")
    again = await sync(server, db_url, full=True)
    assert (again.unchanged, again.updated) == (0, 1)
    assert (await stored_data(db_url, 3))["business_notes"] == "two"


async def test_a_newer_schema_is_refused_and_left_untouched(
    store: Store, server: ScriptedServer, db_url: str
) -> None:
    store.put(1, "2026-03-01T10:00:00-05:00")
    await sync(server, db_url)
    await query(db_url, "UPDATE ultracart_sync_meta SET value = '99' WHERE key = 'schema_version'")
    server.requests.clear()
    with pytest.raises(SchemaMismatchError, match="newer than this version"):
        await sync(server, db_url)
    assert server.requests == []


async def test_a_foreign_table_is_refused_and_nothing_is_created(
    store: Store, server: ScriptedServer, db_url: str
) -> None:
    await query(db_url, "CREATE TABLE ultracart_customers (id INTEGER, name TEXT)")
    with pytest.raises(SchemaMismatchError, match="another shape"):
        await sync(server, db_url)
    assert server.requests == []
    tables = await query(
        db_url,
        "SELECT name FROM sqlite_master WHERE type = 'table'"
        if db_url.startswith("sqlite")
        else "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
    )
    assert tables == [("ultracart_customers",)]
    if db_url.startswith("sqlite"):
        assert await query(db_url, "PRAGMA journal_mode") == [("delete",)]

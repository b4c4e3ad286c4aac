"""How the rows are stored: the JSON as text (SQLite) or JSONB (PostgreSQL), whatever form
the sync binds it in, and the storage settings its write speed depends on."""

from __future__ import annotations

from ultracart_async.sandbox import Sandbox
from ultracart_async.sync import sync_customers

from .._client import client_of
from .._postgres import query
from ._helpers import stored_data


async def test_data_is_json_text_or_jsonb_and_stored_for_fast_writes(db_url: str) -> None:
    async with Sandbox(customers=60, seed=5) as sb, client_of(sb) as uc:
        await sync_customers(uc, db_url, expand="billing,shipping")
        oid = sorted(sb.live_ids())[7]
    assert sb.world is not None
    data = await stored_data(db_url, oid)
    assert data["customer_profile_oid"] == oid
    assert data["email"] == sb.world.customers.records[oid]["email"]
    if db_url.startswith("sqlite"):
        # Bound as UTF-8 bytes, made text by SQLite: never a BLOB.
        assert await query(
            db_url, "SELECT typeof(data), count(*) FROM ultracart_customers GROUP BY 1"
        ) == [("text", 60)]
        # A customer's ~4 KB row fits one 16 KiB page, without an overflow chain.
        assert await query(db_url, "PRAGMA page_size") == [(16384,)]
    else:
        assert await query(
            db_url, "SELECT jsonb_typeof(data), count(*) FROM ultracart_customers GROUP BY 1"
        ) == [("object", 60)]
        # STORAGE MAIN: compressed in the row, not moved out to the TOAST table.
        assert await query(
            db_url,
            "SELECT attstorage::text FROM pg_attribute "
            "WHERE attrelid = 'ultracart_customers'::regclass AND attname = 'data'",
        ) == [("m",)]

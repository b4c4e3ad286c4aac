"""Helpers of the sync tests: the synced rows and the sandbox's truth (clients of the sandbox
are ``tests._client.client_of``, plain queries ``tests._postgres.query``)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine

from ultracart_async.sandbox import Sandbox

from .._postgres import query


async def live_rows(url: str) -> dict[int, Any]:
    """``{customer_profile_oid: last_modified_dts}`` of the rows not marked deleted."""
    from ultracart_async.sync._schema import CUSTOMERS
    from ultracart_async.sync._url import parse_url

    c = CUSTOMERS.c
    engine = create_async_engine(parse_url(url).url)
    try:
        async with engine.connect() as conn:
            result = await conn.execute(
                sa.select(c.customer_profile_oid, c.last_modified_dts).where(c.deleted_at.is_(None))
            )
            return dict(result.all())
    finally:
        await engine.dispose()


def truth(sb: Sandbox) -> dict[int, Any]:
    """The sandbox's live customers: ``{oid: last_modified_dts as an aware UTC datetime}``."""
    from ultracart_async.sync._types import parse_instant

    assert sb.world is not None
    return {
        oid: parse_instant(record.get("last_modified_dts"))
        for oid, record in sb.world.customers.records.items()
    }


async def stored_data(url: str, oid: int) -> dict[str, Any]:
    """The ``data`` column of one row, decoded (JSON text in SQLite, JSONB in PostgreSQL)."""
    import orjson

    rows = await query(
        url, f"SELECT data FROM ultracart_customers WHERE customer_profile_oid = {int(oid)}"
    )
    value = rows[0][0]
    decoded: dict[str, Any] = orjson.loads(value) if isinstance(value, str) else value
    return decoded

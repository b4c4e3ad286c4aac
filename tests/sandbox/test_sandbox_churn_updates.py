"""The churn knob for updates: existing customers change, and their last_modified_dts moves."""

from __future__ import annotations

import asyncio
import email.utils
from datetime import UTC, datetime
from typing import Any

from ultracart_async.sandbox import Sandbox


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


async def test_churn_updates_modify_existing_customers_only(
    ultracart_sandbox_factory: Any, fetch: Any
) -> None:
    sb: Sandbox = await ultracart_sandbox_factory(customers=50, churn_updates_per_sec=200)
    assert sb.world is not None
    before = {oid: dict(r) for oid, r in sb.world.customers.records.items()}
    async with asyncio.timeout(30):  # a hang guard: the churn task ticks every 50 ms
        while sb.stats.churn_updated < 5:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
    sb.configure(churn_updates_per_sec=0)
    assert sb.stats.churn_inserted == sb.stats.churn_deleted == 0
    after = sb.world.customers.records
    assert set(after) == set(before)  # the same customers: none inserted or deleted
    changed = [oid for oid in after if after[oid] != before[oid]]
    assert 1 <= len(changed) <= sb.stats.churn_updated
    status, _, headers = await fetch(sb, "GET", "/customer/customers?_limit=1")
    now = email.utils.parsedate_to_datetime(headers["Date"])
    for oid in changed:
        assert after[oid]["business_notes"] != before[oid].get("business_notes")
        modified = _instant(after[oid]["last_modified_dts"])
        assert modified > _instant(before[oid]["last_modified_dts"])
        assert abs((now - modified).total_seconds()) < 3600
    # The API sees them: a filter on last_modified_dts_start returns exactly those.
    start = min(_instant(after[oid]["last_modified_dts"]) for oid in changed)
    query = f"/customer/customers?_limit=200&last_modified_dts_start={start.isoformat()}"
    status, body, _ = await fetch(sb, "GET", query.replace("+", "%2B"))
    assert status == 200
    assert {c["customer_profile_oid"] for c in body["customers"]} == set(changed)
    assert sb.stats.to_json()["churn_updated"] == sb.stats.churn_updated


async def test_update_customer_stamps_now_and_refuses_unknown_ids(
    ultracart_sandbox_factory: Any,
) -> None:
    sb: Sandbox = await ultracart_sandbox_factory(customers=3)
    assert sb.world is not None
    oid = sorted(sb.live_ids())[0]
    old = sb.customer(oid)
    assert old is not None
    assert sb.world.update_customer(oid, {"business_notes": "edited"})
    new = sb.customer(oid)
    assert new is not None and new["business_notes"] == "edited"
    assert _instant(new["last_modified_dts"]) > _instant(old["last_modified_dts"])
    assert sb.world.update_customer(999, {"business_notes": "x"}) is False

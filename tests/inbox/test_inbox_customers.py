"""The ready handler: customer events applied to the tables of ``sync customers``. It merges
the webhook's own expansion over the synced record (never a full record replaced by a
partial one), ignores late events, and leaves a tombstone on delete that neither a late
event nor a late page of the sync can bring back."""

from __future__ import annotations

import contextlib
import copy
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
import pytest

from ultracart_async.sandbox import Sandbox
from ultracart_async.sync import CUSTOMER_EXPANSIONS, StoreMismatchError, sync_customers
from ultracart_async.webhook_receiver import WebhookEvent, WebhookRouter, parse_delivery
from ultracart_async.webhook_receiver.inbox import CustomerSyncHandler, WebhookInbox

from .._client import client_of
from .._postgres import query
from ._helpers import delivery, wait_for

EXPAND = "billing,shipping,tags"
NOW = datetime(2030, 1, 1, tzinfo=UTC)


async def synced(sb: Sandbox, url: str, **kwargs: Any) -> Any:
    async with client_of(sb) as uc:
        return await sync_customers(uc, url, expand=EXPAND, **kwargs)


@contextlib.asynccontextmanager
async def one_synced_customer(
    db_url: str, *, seed: int
) -> AsyncIterator[tuple[Sandbox, CustomerSyncHandler, int, dict[str, Any]]]:
    """A sandbox of 5 customers synced into ``db_url``, the handler of its customer events,
    and one of its customers: the oid, and the record as the sandbox holds it."""
    async with Sandbox(customers=5, seed=seed) as sb, CustomerSyncHandler(db_url) as handler:
        await synced(sb, db_url)
        assert sb.world is not None
        oid, record = next(iter(sb.world.customers.records.items()))
        yield sb, handler, oid, record


def webhook_object(record: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """The customer as a webhook without expansions carries it: no billing, shipping..."""
    base = {k: copy.deepcopy(v) for k, v in record.items() if k not in CUSTOMER_EXPANSIONS}
    return {**base, **changes}


def event(name: str, obj: dict[str, Any]) -> WebhookEvent:
    [parsed] = parse_delivery(delivery((name, obj)))
    return parsed


async def row(url: str, oid: int) -> tuple[dict[str, Any], str, bool]:
    """(the stored record, its last_modified_dts as stored, whether it is marked deleted)."""
    [(data, modified, deleted)] = await query(
        url,
        "SELECT data, last_modified_dts, deleted_at IS NOT NULL FROM ultracart_customers "
        f"WHERE customer_profile_oid = {int(oid)}",
    )
    record = orjson.loads(data) if isinstance(data, str) else data
    return record, str(modified), bool(deleted)


def later(stamp: str, seconds: int) -> str:
    return (datetime.fromisoformat(stamp) + timedelta(seconds=seconds)).isoformat()


async def test_an_update_merges_over_the_synced_record_and_a_late_one_is_ignored(
    db_url: str,
) -> None:
    async with one_synced_customer(db_url, seed=4) as (_, handler, oid, record):
        before, _, _ = await row(db_url, oid)
        assert before["billing"] and before["tags"]
        stamp = later(record["last_modified_dts"], 60)
        newer = webhook_object(record, email="new@example.com", last_modified_dts=stamp)
        await handler(event("customer_update", newer))
        after, _, deleted = await row(db_url, oid)
        assert after["email"] == "new@example.com" and after["last_modified_dts"] == stamp
        # The webhook carried no expansions: the synced ones are still there.
        assert (after["billing"], after["shipping"], after["tags"]) == (
            before["billing"],
            before["shipping"],
            before["tags"],
        )
        assert not deleted
        # A late event (an older version) changes nothing.
        await handler(event("customer_update", webhook_object(record, email="old@example.com")))
        assert (await row(db_url, oid))[0] == after
        # Running the same event twice is running it once.
        await handler(event("customer_update", newer))
        assert (await row(db_url, oid))[0] == after


async def test_a_delete_leaves_a_tombstone_no_late_event_or_page_brings_back(
    db_url: str,
) -> None:
    async with one_synced_customer(db_url, seed=5) as (sb, handler, oid, record):
        full, _, _ = await row(db_url, oid)
        gone = webhook_object(record)
        await handler(event("customer_delete", gone))
        tomb, modified, deleted = await row(db_url, oid)
        assert deleted and tomb == {**full, **gone}  # the last full record, merged
        # One microsecond after the newest version seen (stored as an instant in UTC).
        expected = datetime.fromisoformat(record["last_modified_dts"]).astimezone(UTC)
        assert modified.startswith(
            (expected + timedelta(microseconds=1)).strftime("%Y-%m-%d %H:%M:%S.000001")
        )
        # A late event of the same version, then the delete again: no change.
        await handler(event("customer_update", webhook_object(record, email="late@example.com")))
        await handler(event("customer_delete", webhook_object(record)))
        assert await row(db_url, oid) == (tomb, modified, True)
        # A late page: the sandbox still lists the customer as it was before the delete.
        result = await synced(sb, db_url, full=True)
        assert result.skipped_older == 1
        assert await row(db_url, oid) == (tomb, modified, True)


async def test_a_customer_not_synced_yet_is_stored_as_the_event_has_it(db_url: str) -> None:
    obj = {
        "customer_profile_oid": 77,
        "merchant_id": "DEMO",
        "email": "fresh@example.com",
        "last_modified_dts": "2026-01-31T08:00:00-05:00",
    }
    async with CustomerSyncHandler(db_url, wall_clock=lambda: NOW) as handler:
        await handler(event("customer_create", obj))  # the sync's tables are created
        assert (await row(db_url, 77))[0] == obj
        await handler(event("customer_delete", {"customer_profile_oid": 78}))  # never seen
    _, _, deleted = await row(db_url, 78)
    assert deleted
    runs = await query(db_url, "SELECT first_seen_run FROM ultracart_customers ORDER BY 1")
    assert runs == [(1,), (1,)]  # after every run so far: no reconcile walk under way marks them


async def test_an_event_of_another_store_is_refused(db_url: str) -> None:
    async with Sandbox(customers=2, seed=6) as sb, CustomerSyncHandler(db_url) as handler:
        await synced(sb, db_url)
        with pytest.raises(StoreMismatchError, match="mirrors merchant 'DEMO'"):
            await handler(
                event("customer_update", {"customer_profile_oid": 5, "merchant_id": "OTHER"})
            )


async def test_through_the_inbox_create_update_delete_end_in_a_tombstone(db_url: str) -> None:
    router = WebhookRouter()
    handler = CustomerSyncHandler(db_url)
    handler.register(router)
    obj = {"customer_profile_oid": 9, "email": "a@example.com"}
    bodies = [
        delivery(("customer_create", {**obj, "last_modified_dts": "2026-01-01T00:00:00Z"})),
        delivery(("customer_update", {**obj, "last_modified_dts": "2026-01-02T00:00:00Z"})),
        delivery(("customer_delete", {**obj, "last_modified_dts": "2026-01-03T00:00:00Z"})),
    ]
    inbox = WebhookInbox(db_url, poll_interval=0.05)
    async with inbox, handler:
        # In any order: no order is promised, and none is needed.
        for body in reversed(bodies):
            await inbox.commit(body, parse_delivery(body), {})
        await inbox.start(router, workers=3)
        await wait_for(lambda: _all_done(db_url))
    _, modified, deleted = await row(db_url, 9)
    assert deleted and modified.startswith("2026-01-03 00:00:00.000001")


async def _all_done(url: str) -> bool:
    rows = await query(url, "SELECT state FROM ultracart_inbox_events")
    return len(rows) == 3 and all(state == "done" for (state,) in rows)

"""Every paged operation streams its whole result set from the sandbox, sequentially and
as a concurrent export; the export's follow-up since pass; bad values counted, not fatal."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web

from ultracart_async import Pager, PaginationError, TokenBucketLimiter, UltraCartClient
from ultracart_async.sandbox import Sandbox

from .._client import client_of
from ..conftest import ScriptedServer


@pytest.fixture
async def client() -> AsyncIterator[tuple[Sandbox, UltraCartClient]]:
    async with (
        Sandbox(customers=450, seed=3, webhooks=3, webhook_logs=230, workflow_tasks=1100) as sb,
        client_of(sb) as uc,
    ):
        yield sb, uc


def _paged(sb: Sandbox, uc: UltraCartClient) -> dict[str, tuple[Pager[Any], set[Any], str]]:
    """operation -> (pager with a small page size, the ground truth ids, the id field)."""
    world = sb.world
    assert world is not None
    webhook_oid = next(iter(world.webhooks))
    customers = set(sb.snapshot_ids())
    return {
        "customers.list": (uc.customers.list(page_size=100), customers, "customer_profile_oid"),
        "customers.query": (
            uc.customers.query({}, page_size=100),
            customers,
            "customer_profile_oid",
        ),
        "customers.search": (uc.customers.search(page_size=100), customers, "customer_profile_oid"),
        "webhooks.list": (uc.webhooks.list(page_size=2), set(world.webhooks), "webhook_oid"),
        "webhooks.list_log_summaries": (
            uc.webhooks.list_log_summaries(webhook_oid, page_size=100),
            {log["request_id"] for log in world.webhook_logs[webhook_oid]},
            "request_id",
        ),
        "workflow.list_tasks": (
            uc.workflow.list_tasks(page_size=500),
            {t["workflow_task_uuid"] for t in world.tasks.values()},
            "workflow_task_uuid",
        ),
        "workflow.list_assignment_groups": (
            uc.workflow.list_assignment_groups(page_size=2),
            set(world.groups),  # the sandbox's assignment groups are its user groups
            "group_id",
        ),
        "workflow.list_assignment_users": (
            uc.workflow.list_assignment_users(page_size=3),
            set(world.users),
            "user_id",
        ),
    }  # fmt: skip


OPERATIONS = [
    "customers.list",
    "customers.query",
    "customers.search",
    "webhooks.list",
    "webhooks.list_log_summaries",
    "workflow.list_tasks",
    "workflow.list_assignment_groups",
    "workflow.list_assignment_users",
]


@pytest.mark.parametrize("operation", OPERATIONS)
async def test_every_paged_operation_streams_everything(
    client: tuple[Sandbox, UltraCartClient], operation: str
) -> None:
    sb, uc = client
    pager, truth, field = _paged(sb, uc)[operation]
    assert pager.spec.operation == operation
    streamed = [page async for page in pager.pages()]
    ids = [record[field] for page in streamed for record in page.raw]
    assert len(ids) == len(set(ids))
    assert set(ids) == truth
    assert len(streamed) >= 2, "the page size makes every stream span pages"
    exported = [getattr(item, field) async for item in _paged(sb, uc)[operation][0].export(
        concurrency=4
    )]  # fmt: skip
    assert sorted(map(str, exported)) == sorted(map(str, ids))


async def test_since_pass_catches_records_changed_during_the_export(
    client: tuple[Sandbox, UltraCartClient],
) -> None:
    sb, uc = client
    export = uc.customers.export(concurrency=2, since_pass=True, page_size=100)
    changed: int | None = None
    seen: list[int] = []
    async for customer in export:
        assert customer.customer_profile_oid is not None
        seen.append(customer.customer_profile_oid)
        if len(seen) == 300 and changed is None:
            # Change a customer the export already delivered.
            changed = seen[10]
            current = await uc.customers.get(changed)
            current.business_notes = "changed during the export"
            await uc.customers.update(changed, current)
    assert changed is not None
    assert seen.count(changed) == 2, "the since pass delivers the newer version"
    assert export.stats.since_pass_items >= 1
    assert set(seen) == set(sb.snapshot_ids())


async def test_a_bad_value_is_counted_and_its_record_still_delivered(
    server: ScriptedServer,
) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        records: list[dict[str, Any]] = [
            {"customer_profile_oid": i, "email": f"{i}@x"} for i in (1, 2, 3)
        ]
        records[1]["email"] = {"not": "a string"}
        return web.json_response(
            {"customers": records, "metadata": {"result_set": {"more": False, "total_records": 3}}}
        )

    server.handler = handler
    async with UltraCartClient(
        simple_key="k", base_url=server.base_url, limiter=TokenBucketLimiter(())
    ) as uc:
        export = uc.customers.export()
        customers = [c async for c in export]
    assert [c.customer_profile_oid for c in customers] == [1, 2, 3]
    assert customers[1].email is None
    assert customers[1].extra_fields == {"email": {"not": "a string"}}
    assert export.stats.bad_values == 1


INTEGER_IDS = [
    # (operation, id field, whether the spec types it as an integer)
    ("webhooks.list", "webhook_oid", True),
    ("workflow.list_assignment_groups", "group_id", True),
    ("workflow.list_assignment_users", "user_id", True),
    ("webhooks.list_log_summaries", "request_id", False),
]


def _pager_for(uc: UltraCartClient, operation: str) -> Pager[Any]:
    pagers: dict[str, Any] = {
        "webhooks.list": lambda: uc.webhooks.list(page_size=4),
        "workflow.list_assignment_groups": lambda: uc.workflow.list_assignment_groups(page_size=4),
        "workflow.list_assignment_users": lambda: uc.workflow.list_assignment_users(page_size=4),
        "webhooks.list_log_summaries": lambda: uc.webhooks.list_log_summaries(7, page_size=4),
    }
    pager: Pager[Any] = pagers[operation]()
    return pager


@pytest.mark.parametrize("concurrency", [None, 1, 4])
@pytest.mark.parametrize(("operation", "field", "integer"), INTEGER_IDS)
async def test_integer_ids_compare_by_value_whether_numbers_or_text(
    server: ScriptedServer, operation: str, field: str, integer: bool, concurrency: int | None
) -> None:
    # Ten records; the first page sends ids as numbers, later pages as text, and the server
    # asks for an overlap of one record (next_offset one behind offset + count). Integer ids
    # match across the two forms; other ids are compared as sent.
    async with UltraCartClient(
        simple_key="k", base_url=server.base_url, limiter=TokenBucketLimiter((), max_in_flight=4)
    ) as uc:
        pager = _pager_for(uc, operation)
        items_key = pager.spec.items_key

        async def handler(request: web.Request) -> web.StreamResponse:
            offset = int(request.query["_offset"])
            ids = list(range(offset + 1, min(offset + int(request.query["_limit"]), 10) + 1))
            rows = [{field: i if offset == 0 else str(i)} for i in ids]
            more = offset + len(ids) < 10
            result_set: dict[str, Any] = {"more": more, "total_records": 10}
            if more:
                result_set["next_offset"] = offset + len(ids) - 1
            return web.json_response({items_key: rows, "metadata": {"result_set": result_set}})

        server.handler = handler
        if concurrency is None:
            pages = [page async for page in pager.pages()]
        elif integer:
            pages = [page async for page in pager.export(concurrency=concurrency).pages()]
        else:
            # "4" (text) is not 4 (a number): the export cannot check its overlap, and says
            # so rather than deliver a record twice or refetch without end.
            with pytest.raises(PaginationError, match="ids do not match"):
                async for _ in pager.export(concurrency=concurrency).pages():
                    pass
            assert len(server.requests) <= 3 + 2 * concurrency  # two rounds ahead, probes
            return
    delivered = [int(row[field]) for page in pages for row in page.raw]
    if integer:
        assert delivered == list(range(1, 11))
    else:
        # The stream compares ids as sent: the first repeat ("4" after 4) is delivered again,
        # later ones (both text) are dropped.
        assert delivered == [1, 2, 3, 4, *range(4, 11)]

"""uc.workflow against a real local server: what the operation tables of
``test_operations.py`` do not show (an int object id, malformed answers, the paged specs)."""

from __future__ import annotations

import pytest

from ultracart_async import APIResponseValidationError, UltraCartClient

from .._client import make_client
from ..conftest import ScriptedServer
from ._ops import pages, reply, sent
from ._workflow_ops import WF


async def test_tasks_by_object_takes_an_int_id(server: ScriptedServer) -> None:
    server.handler = reply({"tasks": []})
    async with make_client(server) as uc:
        assert await uc.workflow.get_tasks_by_object("customer profile", 42) == []
    assert sent(server)[1] == WF + "/tasks/by/customer%20profile/42"


async def test_open_count_that_is_not_a_number_is_an_error(server: ScriptedServer) -> None:
    server.handler = reply({"open_count": "7"})
    async with make_client(server) as uc:
        with pytest.raises(APIResponseValidationError, match="open_count"):
            await uc.workflow.get_open_task_count()


async def test_tags_that_are_not_strings_are_an_error(server: ScriptedServer) -> None:
    server.handler = reply({"tags": [1]})
    async with make_client(server) as uc:
        with pytest.raises(APIResponseValidationError, match="tags"):
            await uc.workflow.get_task_tags()


# ---------------------------------------------------------------------- paged ops


async def test_task_search_without_filters_sends_an_empty_object(server: ScriptedServer) -> None:
    server.handler = pages("tasks", [])
    async with make_client(server) as uc:
        assert [t async for t in uc.workflow.list_tasks()] == []
    assert sent(server) == ("POST", WF + "/tasks/search", {"_limit": "500", "_offset": "0"}, {})


def test_paged_specs() -> None:
    uc = UltraCartClient(simple_key="k")
    expected = {
        "workflow.list_tasks": ("tasks", "workflow_task_uuid", 500),
        "workflow.list_assignment_groups": ("groups", "group_id", 200),
        "workflow.list_assignment_users": ("users", "user_id", 200),
    }
    for pager in (
        uc.workflow.list_tasks({"status": "open"}),
        uc.workflow.list_assignment_groups(),
        uc.workflow.list_assignment_users(),
    ):
        spec = pager.spec
        assert (spec.items_key, spec.id_field, spec.page_size) == expected[spec.operation]
        assert spec.idempotent is True
        assert spec.since_param is None

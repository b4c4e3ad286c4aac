"""uc.workflow against a real local server: every operation, paging, safety, bad input."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ultracart_async import (
    APIResponseValidationError,
    ConfigurationError,
    UltraCartClient,
)

from .._client import make_client
from ..conftest import ScriptedServer
from ._ops import invoke, pages, reply, sent
from ._workflow_ops import PAGED, WF


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


@pytest.mark.parametrize(
    ("call", "method", "path", "query", "body", "key", "records", "model"),
    [p[1:] for p in PAGED],
    ids=[p[0] for p in PAGED],
)
async def test_paged_operation_requests_and_iterates_two_pages(
    server: ScriptedServer,
    call: Callable[[UltraCartClient], Any],
    method: str,
    path: str,
    query: dict[str, str],
    body: Any,
    key: str,
    records: list[dict[str, Any]],
    model: Any,
) -> None:
    server.handler = pages(key, records)
    async with make_client(server) as uc:
        first = await call(uc)
        assert sent(server) == (method, path, {**query, "_limit": "2", "_offset": "0"}, body)
        assert first.items == [model(**r) for r in records[:2]]
        got = [item async for item in call(uc)]
    assert got == [model(**r) for r in records]
    assert [r["query"]["_offset"] for r in server.requests[1:]] == ["0", "2"]
    for index in (1, 2):
        got_method, got_path, got_query, got_body = sent(server, index)
        assert (got_method, got_path, got_body) == (method, path, body)
        assert got_query.items() >= query.items()
    if query:
        assert "_sort=%2Bdue_dts" in server.requests[0]["raw_path"]


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


# ---------------------------------------------------------------------- bad input

BAD = [
    (lambda uc: uc.workflow.get_task(5), "task_uuid must be a str, got int"),
    (lambda uc: uc.workflow.get_task(""), "task_uuid must not be empty"),
    (lambda uc: uc.workflow.update_task("t-1", None), "task must be a WorkflowTask or a dict"),
    (lambda uc: uc.workflow.update_task(None, {}), "task_uuid is required"),
    (lambda uc: uc.workflow.insert_task("call back"), "task must be a WorkflowTask or a dict"),
    (lambda uc: uc.workflow.list_tasks("open"), "request must be a WorkflowTasksRequest or a dict"),
    (
        lambda uc: uc.workflow.list_tasks(page_size=501),
        "page_size must be between 1 and 500, got 501",
    ),
    (lambda uc: uc.workflow.list_tasks(sort=5), "sort must be a string or a list of strings"),
    (
        lambda uc: uc.workflow.list_assignment_groups(page_size=201),
        "page_size must be between 1 and 200",
    ),
    (lambda uc: uc.workflow.list_assignment_users(page_size=True), "page_size must be an int"),
    (lambda uc: uc.workflow.get_tasks_by_object("", "1"), "object_type must not be empty"),
    (lambda uc: uc.workflow.get_tasks_by_object("order", None), "object_id is required"),
    (lambda uc: uc.workflow.get_attachment_upload_url(""), "extension must not be empty"),
]


@pytest.mark.parametrize(("call", "message"), BAD, ids=[m for _, m in BAD])
async def test_bad_input_is_refused_before_any_request(
    server: ScriptedServer, call: Callable[[UltraCartClient], Any], message: str
) -> None:
    async with make_client(server) as uc:
        with pytest.raises(ConfigurationError, match=message):
            await invoke(call, uc)
    assert server.requests == []

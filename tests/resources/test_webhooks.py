"""uc.webhooks against a real local server: every operation, paging, safety, bad input."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest

from ultracart_async import ConfigurationError, UltraCartClient
from ultracart_async.models import (
    Webhook,
)

from .._client import make_client
from ..conftest import ScriptedServer
from ._ops import invoke, pages, reply, sent
from ._webhooks_ops import PAGED


async def test_delete_by_url_returns_none_on_204(server: ScriptedServer) -> None:
    server.handler = reply(None)
    async with make_client(server) as uc:
        assert await uc.webhooks.delete_by_url("https://example.com/uc") is None
    assert sent(server)[3] == {"webhook_url": "https://example.com/uc"}


# ---------------------------------------------------------------------- paged ops


@pytest.mark.parametrize(
    ("call", "path", "query", "key", "records", "model"),
    [p[1:] for p in PAGED],
    ids=[p[0] for p in PAGED],
)
async def test_paged_operation_requests_and_iterates_two_pages(
    server: ScriptedServer,
    call: Callable[[UltraCartClient], Any],
    path: str,
    query: dict[str, str],
    key: str,
    records: list[dict[str, Any]],
    model: Any,
) -> None:
    server.handler = pages(key, records)
    async with make_client(server) as uc:
        first = await call(uc)
        assert sent(server) == ("GET", path, {**query, "_limit": "2", "_offset": "0"}, None)
        assert first.items == [model(**r) for r in records[:2]]
        got = [item async for item in call(uc)]
    assert got == [model(**r) for r in records]
    assert [r["query"]["_offset"] for r in server.requests[1:]] == ["0", "2"]
    assert all(sent(server, i)[2].items() >= query.items() for i in (1, 2))
    if "_sort" in query:
        assert "_sort=%2Bwebhook_url" in server.requests[0]["raw_path"]


def test_paged_specs() -> None:
    uc = UltraCartClient(simple_key="k")
    hooks = uc.webhooks.list().spec
    assert (hooks.operation, hooks.items_key, hooks.id_field, hooks.page_size) == (
        "webhooks.list",
        "webhooks",
        "webhook_oid",
        200,
    )
    assert hooks.since_param is None
    logs = uc.webhooks.list_log_summaries(3).spec
    assert (logs.operation, logs.items_key, logs.id_field, logs.page_size) == (
        "webhooks.list_log_summaries",
        "webhook_log_summaries",
        "request_id",
        200,
    )
    assert logs.since_param == "_since"
    assert logs.path_params == {"webhookOid": 3}


def test_log_summary_filters_show_to_inspect_and_an_unknown_one_is_refused() -> None:
    uc = UltraCartClient(simple_key="k")
    params = inspect.signature(uc.webhooks.list_log_summaries).parameters
    assert list(params) == [
        "webhook_oid",
        *("request_id", "begin_date", "end_date", "status", "success", "event", "order_id"),
        *("request", "duration", "since", "page_size", "options"),
    ]
    assert params["webhook_oid"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert params["page_size"].default == 200
    assert params["success"].default is None
    message = r"^WebhooksResource\.list_log_summaries\(\) got an unexpected keyword argument"
    with pytest.raises(TypeError, match=message + " 'sucess'$"):
        uc.webhooks.list_log_summaries(12, sucess=False)


# ---------------------------------------------------------------------- bad input

BAD = [
    (lambda uc: uc.webhooks.update("12", {}), "webhook_oid must be an int, got str"),
    (
        lambda uc: uc.webhooks.update(12, "https://example.com"),
        "webhook must be a Webhook or a dict",
    ),
    (lambda uc: uc.webhooks.insert([]), "webhook must be a Webhook or a dict, got list"),
    (lambda uc: uc.webhooks.insert({}, placeholders="yes"), "placeholders must be a bool"),
    (lambda uc: uc.webhooks.delete(None), "webhook_oid is required"),
    (lambda uc: uc.webhooks.delete_by_url(""), "webhook_url must not be empty"),
    (lambda uc: uc.webhooks.delete_by_url(Webhook()), "webhook_url must be a str"),
    (lambda uc: uc.webhooks.list(page_size=201), "page_size must be between 1 and 200"),
    (lambda uc: uc.webhooks.list(placeholders=1), "placeholders must be a bool, got int"),
    (lambda uc: uc.webhooks.list_log_summaries("12"), "webhook_oid must be an int"),
    (lambda uc: uc.webhooks.list_log_summaries(12, success="true"), "success must be a bool"),
    (lambda uc: uc.webhooks.list_log_summaries(12, duration="5"), "duration must be an int"),
    (
        lambda uc: uc.webhooks.list_log_summaries(12, begin_date=datetime(2024, 1, 1)),
        "begin_date must be a timezone-aware",
    ),
    (
        lambda uc: uc.webhooks.list_log_summaries(12, page_size=0),
        "page_size must be between 1 and 200",
    ),
    (lambda uc: uc.webhooks.get_log(12, ""), "request_id must not be empty"),
    (lambda uc: uc.webhooks.resend_event(12, None), "event_name is required"),
]


@pytest.mark.parametrize(("call", "message"), BAD, ids=[m for _, m in BAD])
async def test_bad_input_is_refused_before_any_request(
    server: ScriptedServer, call: Callable[[UltraCartClient], Any], message: str
) -> None:
    async with make_client(server) as uc:
        with pytest.raises(ConfigurationError, match=message):
            await invoke(call, uc)
    assert server.requests == []

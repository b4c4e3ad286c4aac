"""uc.webhooks against a real local server: what the operation tables of
``test_operations.py`` do not show (a 204 answer, the paged specs, the filters' signature)."""

from __future__ import annotations

import inspect

import pytest

from ultracart_async import UltraCartClient

from .._client import make_client
from ..conftest import ScriptedServer
from ._ops import reply, sent


async def test_delete_by_url_returns_none_on_204(server: ScriptedServer) -> None:
    server.handler = reply(None)
    async with make_client(server) as uc:
        assert await uc.webhooks.delete_by_url("https://example.com/uc") is None
    assert sent(server)[3] == {"webhook_url": "https://example.com/uc"}


# ---------------------------------------------------------------------- paged ops


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

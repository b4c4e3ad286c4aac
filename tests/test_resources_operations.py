"""Every single-call operation of the four resource clients, from one table: the request it
sends (method, encoded path, query wire names, body), the result it parses, and whether it is
retried after a 503 (only when it is safe to repeat)."""

from __future__ import annotations

import pytest

from ultracart_async import RequestOptions, ServerError

from . import (
    test_resources_customers,
    test_resources_users,
    test_resources_webhooks,
    test_resources_workflow,
)
from .conftest import ScriptedServer
from .test_resources_customers import Op, reply, sent
from .test_transport import make_client

OPS: list[Op] = [
    *test_resources_customers.OPS,
    *test_resources_webhooks.OPS,
    *test_resources_workflow.OPS,
    *test_resources_users.OPS,
]
IDS = [op.operation_id for op in OPS]


@pytest.mark.parametrize("op", OPS, ids=IDS)
async def test_operation_sends_the_request_and_parses_the_result(
    server: ScriptedServer, op: Op
) -> None:
    server.handler = reply(op.answer)
    async with make_client(server) as uc:
        result = await op.call(uc, None)
    assert len(server.requests) == 1
    assert sent(server) == (op.method, op.path, op.query, op.body)
    assert result == op.expected


@pytest.mark.parametrize("op", OPS, ids=IDS)
async def test_operation_is_retried_after_a_503_only_when_safe(
    server: ScriptedServer, op: Op
) -> None:
    server.handler = reply(op.answer, fail_first=1)
    async with make_client(server) as uc:
        if op.idempotent:
            assert await op.call(uc, RequestOptions(max_attempts=2)) == op.expected
            assert len(server.requests) == 2
        else:
            with pytest.raises(ServerError):
                await op.call(uc, RequestOptions(max_attempts=2))
            assert len(server.requests) == 1

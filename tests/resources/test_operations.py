"""Every single-call operation of the four resource clients, from one table: the request it
sends (method, encoded path, query wire names, body), the result it parses, and whether it is
retried after a 503 (only when it is idempotent)."""

from __future__ import annotations

import pytest

from ultracart_async import RequestOptions, ServerError

from .._client import make_client
from ..conftest import ScriptedServer
from . import _customers_ops, _users_ops, _webhooks_ops, _workflow_ops
from ._ops import Op, reply, sent

OPS: list[Op] = [
    *_customers_ops.OPS,
    *_webhooks_ops.OPS,
    *_workflow_ops.OPS,
    *_users_ops.OPS,
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

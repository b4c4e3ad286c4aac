"""Every operation of the four resource clients, from one table per kind: for each
single-call operation, the request it sends (method, encoded path, query wire names, body),
the result it parses, and whether it is retried after a 503 (only when it is idempotent); for
each paged one, the requests of its pages and the records it streams; and the bad input each
refuses before sending anything."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from ultracart_async import ConfigurationError, RequestOptions, ServerError, UltraCartClient

from .._client import make_client
from ..conftest import ScriptedServer
from . import _customers_ops, _users_ops, _webhooks_ops, _workflow_ops
from ._ops import Bad, Op, Paged, invoke, pages, reply, sent

OPS: list[Op] = [
    *_customers_ops.OPS,
    *_webhooks_ops.OPS,
    *_workflow_ops.OPS,
    *_users_ops.OPS,
]
IDS = [op.operation_id for op in OPS]
PAGED: list[Paged] = [*_customers_ops.PAGED, *_webhooks_ops.PAGED, *_workflow_ops.PAGED]
BAD: list[Bad] = [
    *_customers_ops.BAD,
    *_webhooks_ops.BAD,
    *_workflow_ops.BAD,
    *_users_ops.BAD,
]


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


@pytest.mark.parametrize("op", PAGED, ids=[op.operation_id for op in PAGED])
async def test_paged_operation_requests_and_iterates_every_page(
    server: ScriptedServer, op: Paged
) -> None:
    server.handler = pages(op.items_key, op.records)
    async with make_client(server) as uc:
        first = await op.call(uc)
        first_query = {**op.query, "_limit": "2", "_offset": "0"}
        assert sent(server) == (op.method, op.path, first_query, op.body)
        for fragment in op.raw_query_has:
            assert fragment in server.requests[0]["raw_path"]
        assert first.items == [op.model(**r) for r in op.records[:2]]
        assert (first.offset, first.more, first.total_records) == (0, True, 3)
        got = [item async for item in op.call(uc)]
    assert got == [op.model(**r) for r in op.records]
    assert [r["query"]["_offset"] for r in server.requests[1:]] == ["0", "2"]
    for index in (1, 2):
        method, path, query, body = sent(server, index)
        assert (method, path, body) == (op.method, op.path, op.body)
        assert {k: v for k, v in query.items() if k not in ("_limit", "_offset")} == op.query


@pytest.mark.parametrize(("call", "message"), BAD, ids=[m for _, m in BAD])
async def test_bad_input_is_refused_before_any_request(
    server: ScriptedServer, call: Callable[[UltraCartClient], Any], message: str
) -> None:
    async with make_client(server) as uc:
        with pytest.raises(ConfigurationError, match=re.escape(message)):
            await invoke(call, uc)
    assert server.requests == []

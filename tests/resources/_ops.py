"""The table-driven operation tests' helpers: an operation (single or paged), a scripted
answer, what was sent."""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import orjson
from aiohttp import web

from ultracart_async import Pager, RequestOptions, UltraCartClient

from ..conftest import ScriptedServer

Call = Callable[[UltraCartClient, RequestOptions | None], Awaitable[Any]]
#: A call refused before any request, and (part of) the message it is refused with.
Bad = tuple[Callable[[UltraCartClient], Any], str]


def reply(payload: Any, *, fail_first: int = 0) -> Any:
    """A handler answering ``payload`` as JSON (None: 204), after ``fail_first`` 503s."""
    failures = [fail_first]

    async def handler(request: web.Request) -> web.StreamResponse:
        if failures[0] > 0:
            failures[0] -= 1
            return web.Response(status=503)
        if payload is None:
            return web.Response(status=204)
        return web.json_response(payload)

    return handler


def sent(server: ScriptedServer, index: int = -1) -> tuple[str, str, dict[str, str], Any]:
    """Method, raw path (without the query), decoded query and JSON body of a request."""
    request = server.requests[index]
    body = orjson.loads(request["body"]) if request["body"] else None
    return request["method"], request["raw_path"].split("?")[0], request["query"], body


async def invoke(call: Callable[[UltraCartClient], Any], uc: UltraCartClient) -> Any:
    """Call an operation, awaiting it unless it is a paged one (which returns a Pager)."""
    result = call(uc)
    return await result if inspect.isawaitable(result) else result


@dataclass
class Op:
    """One operation: how to call it, what must be sent, what it answers and returns."""

    operation_id: str
    call: Call
    method: str
    path: str
    idempotent: bool
    query: dict[str, str] = field(default_factory=dict)
    body: Any = None
    answer: Any = None
    expected: Any = None


@dataclass
class Paged:
    """One paged operation, called with ``page_size=2`` over three records: what its
    requests must send, and the records it streams as ``model``."""

    operation_id: str
    call: Callable[[UltraCartClient], Pager[Any]]
    method: str
    path: str
    query: dict[str, str]
    items_key: str
    records: list[dict[str, Any]]
    model: type[Any]
    body: Any = None
    #: Fragments the first request's raw (still encoded) query must hold.
    raw_query_has: list[str] = field(default_factory=list)


def pages(items_key: str, records: list[dict[str, Any]]) -> Any:
    """A handler serving ``records`` by ``_offset``/``_limit`` with UltraCart's metadata."""

    async def handler(request: web.Request) -> web.StreamResponse:
        offset = int(request.query["_offset"])
        limit = int(request.query["_limit"])
        chunk = records[offset : offset + limit]
        more = offset + len(chunk) < len(records)
        result_set = {
            "count": len(chunk),
            "offset": offset,
            "limit": limit,
            "more": more,
            "next_offset": offset + len(chunk) if more else None,
            "total_records": len(records),
        }
        body = {items_key: chunk, "success": True, "metadata": {"result_set": result_set}}
        return web.json_response(body)

    return handler

"""The plain stream sends the request after next as soon as a body is read, before decoding.

Against a local scripted server: the order of events (a request sent, a body decoded) shows
the request for page k+2 leaving between the reading and the decoding of page k+1; the
server's log shows one request per page while the data holds still, and at most one wasted
request, counted in ``pager.stats``, when it changes. No wall-clock figure is asserted.
"""

from __future__ import annotations

import asyncio
import gc
from typing import Any

import orjson
import pytest
from aiohttp import web

from ultracart_async import (
    RetryPolicy,
    StreamStats,
    TokenBucketLimiter,
    UltraCartClient,
    _status,
    _transport,
)
from ultracart_async.pagination import Pager

from ..conftest import ScriptedServer
from ._helpers import customers_pager

OID = "customer_profile_oid"


def client(server: ScriptedServer, in_flight: int = 1, **kwargs: Any) -> UltraCartClient:
    limiter = TokenBucketLimiter((), max_in_flight=in_flight)
    return UltraCartClient(simple_key="k", base_url=server.base_url, limiter=limiter, **kwargs)


class Table:
    """Records 1..n served in pages, honest metadata (UltraCart's shape). Before the request
    numbered k is answered, ``counts[k]`` records are kept, and pages hold at most ``caps[k]``
    records (a server that pages with another stride, saying so in ``next_offset``)."""

    def __init__(
        self,
        server: ScriptedServer,
        n: int,
        counts: dict[int, int] | None = None,
        caps: dict[int, int] | None = None,
    ) -> None:
        self.server = server
        self.rows = list(range(1, n + 1))
        self.counts = counts or {}
        self.caps = caps or {}
        self.cap: int | None = None
        self.answered = 0
        self.in_flight = 0
        self.most_in_flight = 0
        server.requests.clear()
        server.handler = self.answer

    @property
    def offsets(self) -> list[int]:
        """The offsets asked for, as the server received the requests."""
        return [int(r["query"]["_offset"]) for r in self.server.requests]

    async def answer(self, request: web.Request) -> web.StreamResponse:
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0.001)  # the server's own time: lets requests overlap if sent so
            offset, limit = int(request.query["_offset"]), int(request.query["_limit"])
            number, self.answered = self.answered, self.answered + 1
            if number in self.counts:
                self.rows = self.rows[: self.counts[number]]
            self.cap = self.caps.get(number, self.cap)
            chunk = self.rows[offset : offset + min(limit, self.cap or limit)]
            more = offset + len(chunk) < len(self.rows)
            result_set: dict[str, Any] = {
                "offset": offset,
                "limit": limit,
                "count": len(chunk),
                "more": more,
                "total_records": len(self.rows),
            }
            if more:
                result_set["next_offset"] = offset + len(chunk)
            body = {
                "customers": [{OID: i} for i in chunk],
                "success": True,
                "metadata": {"result_set": result_set},
            }
            return web.json_response(body)
        finally:
            self.in_flight -= 1


async def test_the_request_after_next_leaves_before_the_next_body_is_decoded(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    Table(server, 50)
    events: list[tuple[str, int]] = []
    decode = _status.decode_success
    fetch_page = Pager.fetch_page

    def decoding(body: bytes, status: int, expects_body: bool) -> Any:
        offset = orjson.loads(body)["metadata"]["result_set"]["offset"]
        events.append(("decoded", offset))
        return decode(body, status, expects_body)

    async def fetching(self: Pager[Any], offset: int, **kwargs: Any) -> Any:
        events.append(("sent", offset))
        return await fetch_page(self, offset, **kwargs)

    monkeypatch.setattr(_transport, "decode_success", decoding)
    monkeypatch.setattr(Pager, "fetch_page", fetching)
    async with client(server) as uc:
        pager = customers_pager(uc, 10)
        ids = [c.customer_profile_oid async for c in pager]

    assert ids == list(range(1, 51))
    # Page 0 names page 1; from then on, the page after next is already on its way when a
    # page is decoded: ("sent", 20) comes before ("decoded", 10), and so on.
    for offset in (10, 20, 30):
        assert events.index(("sent", offset + 10)) < events.index(("decoded", offset)), events
    assert pager.stats == StreamStats(pages=5, requests_ahead=3, requests_discarded=0)


async def test_while_the_data_holds_still_no_request_is_wasted(server: ScriptedServer) -> None:
    for n, size in ((50, 10), (47, 10), (10, 10), (0, 10), (21, 7)):
        table = Table(server, n)
        async with client(server, in_flight=4) as uc:
            pager = customers_pager(uc, size)
            ids = [c.customer_profile_oid async for c in pager]

        assert ids == list(range(1, n + 1)), (n, size)
        pages = max(1, -(-n // size))
        assert table.offsets == [size * k for k in range(pages)], (n, size)
        assert pager.stats.requests_discarded == 0
        # One request of the stream at the server at a time, whatever the limiter allows.
        assert table.most_in_flight == 1


async def test_a_change_wastes_one_request_and_the_stream_stops_predicting(
    server: ScriptedServer,
) -> None:
    # 100 records in pages of 10. From the 3rd request the server pages by 5 (the page at
    # 20 names 25 next, not the 30 predicted), and from the 7th by 10 again: two changes.
    table = Table(server, 100, caps={2: 5, 6: 10})
    async with client(server) as uc:
        pager = customers_pager(uc, 10)
        ids = [c.customer_profile_oid async for c in pager]

    assert ids == list(range(1, 101))
    assert pager.stats.requests_ahead == 2  # for 20 and 30; none after the discard
    assert pager.stats.requests_discarded == 1  # at most one, though the stride changed twice
    # The discarded request may have reached the server before it was dropped: one at most.
    assert pager.stats.pages <= len(table.offsets) <= pager.stats.pages + 1
    assert table.offsets[:3] == [0, 10, 20]


async def test_the_end_of_the_data_wastes_a_request_only_if_the_data_changed(
    server: ScriptedServer,
) -> None:
    # Records are deleted before the 2nd request: page 1 is the last, though page 0's total
    # said two more pages followed. The request sent ahead for page 2 is the one wasted.
    table = Table(server, 30, counts={1: 15})
    async with client(server) as uc:
        pager = customers_pager(uc, 10)
        ids = [c.customer_profile_oid async for c in pager]

    assert ids == list(range(1, 16))
    assert table.offsets in ([0, 10], [0, 10, 20])
    assert pager.stats == StreamStats(pages=2, requests_ahead=1, requests_discarded=1)


async def test_on_read_is_called_once_a_2xx_body_is_read_before_it_is_decoded(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    answers = iter([503, 200])

    async def handler(request: web.Request) -> web.StreamResponse:
        status = next(answers)
        return web.json_response({"success": status == 200}, status=status)

    decode = _status.decode_success

    def decoding(body: bytes, status: int, expects_body: bool) -> Any:
        events.append(f"decoded {status}")
        return decode(body, status, expects_body)

    server.handler = handler
    monkeypatch.setattr(_transport, "decode_success", decoding)
    async with client(server, retry=RetryPolicy(initial_backoff=0.001, max_backoff=0.001)) as uc:
        response = await uc._transport.request(
            "GET", "/thing", idempotent=True, on_read=lambda: events.append("read")
        )

    assert response.status == 200
    assert events == ["read", "decoded 200"]  # not called for the 503 that was retried


def test_a_large_body_is_decoded_with_the_garbage_collector_paused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bool] = []
    loads = orjson.loads

    class Recording:
        JSONDecodeError = orjson.JSONDecodeError

        @staticmethod
        def loads(body: bytes) -> Any:
            seen.append(gc.isenabled())
            return loads(body)

    monkeypatch.setattr(_status, "orjson", Recording)
    large = orjson.dumps({"customers": [{"email": "x" * 100}] * 1000})
    assert len(large) >= _status._GC_PAUSE_BYTES

    assert _status.decode_success(large, 200, True)[0]["customers"][0]["email"] == "x" * 100
    assert _status.decode_success(b'{"a": 1}', 200, True) == ({"a": 1}, None)
    assert seen == [False, True]  # paused for the large body only
    assert gc.isenabled()  # and restored
    gc.disable()
    try:
        _status.decode_success(large, 200, True)
        assert not gc.isenabled()  # a caller's own choice is left alone
    finally:
        gc.enable()


async def test_the_item_stream_builds_one_record_at_a_time(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ultracart_async import _wire

    Table(server, 25)

    def whole_page(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a whole page of models was built")

    monkeypatch.setattr(_wire, "structure_list", whole_page)
    async with client(server, in_flight=2) as uc:
        streamed = [c.customer_profile_oid async for c in customers_pager(uc, 10)]
        exported = [
            c.customer_profile_oid async for c in customers_pager(uc, 10).export(concurrency=2)
        ]
        page = await customers_pager(uc, 10)

    assert streamed == exported == list(range(1, 26))
    models = page.iter_items()
    assert next(models).customer_profile_oid == 1
    with pytest.raises(AssertionError, match="whole page"):
        _ = page.items  # the list of every model is still there for those who ask

"""The aiohttp.web integration of the webhook receiver, and the one-client-per-app helper."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import gzip
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import orjson
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from ultracart_async import UltraCartClient
from ultracart_async._errors import ConfigurationError
from ultracart_async.aiohttp_web import ULTRACART_CLIENT, setup_ultracart_client
from ultracart_async.webhook_receiver import (
    WebhookDeduplicator,
    WebhookEvent,
    WebhookReceiver,
    WebhookRouter,
)
from ultracart_async.webhook_receiver.aiohttp_web import add_webhook_route, webhook_handler

from ._helpers import PASSWORD, SAMPLE, USER, basic, gated_router, make_receiver

AUTH = basic()
PATH = "/webhooks/ultracart"


@asynccontextmanager
async def serve(
    app: web.Application, **server_options: Any
) -> AsyncIterator[TestClient[web.Request, web.Application]]:
    """``app`` on 127.0.0.1; ``server_options`` go to the AppRunner (``auto_decompress=``)."""
    server = TestServer(app, host="127.0.0.1")
    client = TestClient(server)
    try:
        # TestServer(...) drops runner options; start_server() passes them on.
        await server.start_server(**server_options)
        await client.start_server()
        yield client
    finally:
        await client.close()


#: How the README's recipe and examples/ start the server.
RECOMMENDED: dict[str, Any] = {"auto_decompress": False}


def webhook_app(seen: list[WebhookEvent], **kwargs: Any) -> tuple[web.Application, WebhookReceiver]:
    """An app whose ``PATH`` is the recording receiver of ``make_receiver``."""
    receiver, _ = make_receiver(seen, **kwargs)
    app = web.Application()
    add_webhook_route(app, PATH, receiver)
    return app, receiver


async def test_accepts_the_sample_delivery() -> None:
    seen: list[WebhookEvent] = []
    app, _ = webhook_app(seen)
    async with serve(app) as client:
        resp = await client.post(PATH, data=SAMPLE, headers=AUTH)
        assert resp.status == 200
        assert await resp.json() == {"received": 1, "handled": 1, "duplicates": 0}
    assert seen[0].order is not None and seen[0].order.order_id == "DEMO-0009103373"


async def test_rejections() -> None:
    seen: list[WebhookEvent] = []
    app, _ = webhook_app(seen, max_body_size=len(SAMPLE) - 1)
    async with serve(app) as client:
        resp = await client.post(PATH, data=b"[]")
        assert resp.status == 401
        assert (
            resp.headers["WWW-Authenticate"] == 'Basic realm="UltraCart webhooks", charset="UTF-8"'
        )

        resp = await client.post(PATH, data=b"[]", headers=basic(USER, "wrong"))
        assert resp.status == 401

        resp = await client.post(PATH, data=b"[{not json", headers=AUTH)
        assert resp.status == 400
        assert "not valid JSON" in (await resp.json())["error"]

        resp = await client.post(PATH, data=b'{"order": 1}', headers=AUTH)
        assert resp.status == 400
        assert "'events'" in (await resp.json())["error"]

        resp = await client.post(PATH, data=b'"text"', headers=AUTH)
        assert resp.status == 400

        # Too large, announced by Content-Length.
        resp = await client.post(PATH, data=SAMPLE, headers=AUTH)
        assert resp.status == 413

        # Too large, chunked (no Content-Length): counted while reading.
        async def body() -> AsyncIterator[bytes]:
            for i in range(0, len(SAMPLE), 512):
                yield SAMPLE[i : i + 512]

        resp = await client.post(PATH, data=body(), headers=AUTH)
        assert "Content-Length" not in resp.request_info.headers
        assert resp.status == 413

        resp = await client.get(PATH)
        assert resp.status == 405
    assert seen == []


async def test_compressed_deliveries() -> None:
    seen: list[WebhookEvent] = []
    app, _ = webhook_app(seen)
    async with serve(app) as client:
        resp = await client.post(
            PATH, data=gzip.compress(SAMPLE), headers={**AUTH, "Content-Encoding": "gzip"}
        )
        assert resp.status == 200
        resp = await client.post(PATH, data=base64.b64encode(gzip.compress(SAMPLE)), headers=AUTH)
        assert resp.status == 200
        # aiohttp decodes Content-Encoding itself; its failure is a 400, not a 500.
        resp = await client.post(
            PATH, data=b"\x1f\x8b\x08garbage", headers={**AUTH, "Content-Encoding": "gzip"}
        )
        assert resp.status == 400
        assert "could not be read" in (await resp.json())["error"]
    assert [e.name for e in seen] == ["order_create", "order_create"]


async def test_gzip_bomb_is_413() -> None:
    seen: list[WebhookEvent] = []
    app, _ = webhook_app(seen, max_body_size=100_000)
    bomb = gzip.compress(b"[" + b" " * 20_000_000 + b"]")
    async with serve(app) as client:
        # aiohttp decompresses a Content-Encoding: gzip body itself; the cap still holds.
        resp = await client.post(PATH, data=bomb, headers={**AUTH, "Content-Encoding": "gzip"})
        assert resp.status == 413
        resp = await client.post(PATH, data=bomb, headers=AUTH)
        assert resp.status == 413
        resp = await client.post(PATH, data=base64.b64encode(bomb), headers=AUTH)
        assert resp.status == 413


async def test_handler_failure_is_500() -> None:
    seen: list[WebhookEvent] = []
    app, _ = webhook_app(seen)
    body = orjson.dumps([{"item_update": {"fail": True}}])
    async with serve(app) as client:
        resp = await client.post(PATH, data=body, headers=AUTH)
        assert resp.status == 500
        assert "item_update" in (await resp.json())["error"]


async def test_queue_mode_full_queue_is_503() -> None:
    gate = asyncio.Event()
    handled: list[int] = []
    router = gated_router(gate, handled)
    receiver = WebhookReceiver(router, basic_auth=None, mode="queue", queue_size=2)
    app = web.Application()
    add_webhook_route(app, PATH, receiver)
    async with serve(app) as client:
        two = orjson.dumps([{"item_update": {"n": 1}}, {"item_update": {"n": 2}}])
        assert (await client.post(PATH, data=two)).status == 200
        await asyncio.sleep(0.01)
        more = orjson.dumps([{"item_update": {"n": 3}}, {"item_update": {"n": 4}}])
        resp = await client.post(PATH, data=more)
        assert resp.status == 503
        assert resp.headers["Retry-After"] == "30"
        gate.set()
    # The app's cleanup closed the receiver after draining the queue.
    assert handled == [1, 2]
    assert receiver.closed


async def test_sub_app_is_not_bound_by_the_root_client_max_size() -> None:
    # aiohttp applies only the root app's client_max_size; the receiver counts itself.
    seen: list[WebhookEvent] = []
    sub, _ = webhook_app(seen, max_body_size=1_000_000)
    root = web.Application(client_max_size=1024)
    root.add_subapp("/hooks", sub)
    assert len(SAMPLE) > 1024
    async with serve(root) as client:
        resp = await client.post("/hooks" + PATH, data=SAMPLE, headers=AUTH)
        assert resp.status == 200
    assert len(seen) == 1


async def test_plain_handler() -> None:
    router = WebhookRouter()
    receiver = WebhookReceiver(router, basic_auth=(USER, PASSWORD))
    app = web.Application()
    app.router.add_post("/hook", webhook_handler(receiver))
    async with serve(app) as client:
        assert (await client.post("/hook", data=b"[]", headers=AUTH)).status == 200


# ---------------------------------------------------------------------------- client per app


async def test_one_client_per_app_closed_at_cleanup() -> None:
    clients: list[UltraCartClient] = []

    async def handler(request: web.Request) -> web.Response:
        clients.append(request.app[ULTRACART_CLIENT])
        return web.Response(text="ok")

    app = web.Application()
    setup_ultracart_client(app, simple_key="key", base_url="http://127.0.0.1:9/rest/v2")
    app.router.add_get("/", handler)
    async with serve(app) as client:
        await client.get("/")
        await client.get("/")
        assert len(clients) == 2 and clients[0] is clients[1]
        assert not clients[0].closed
        assert clients[0].base_url.startswith("http://127.0.0.1:9")
    assert clients[0].closed


async def test_injected_session_is_not_closed() -> None:
    session_key = web.AppKey("session", aiohttp.ClientSession)
    own_key = web.AppKey("uc", UltraCartClient)
    sessions: list[aiohttp.ClientSession] = []

    async def session_ctx(app: web.Application) -> AsyncIterator[None]:
        session = aiohttp.ClientSession()
        app[session_key] = session
        sessions.append(session)
        yield
        # The SDK did not close it: the app still owns it.
        assert not session.closed
        await session.close()

    app = web.Application()
    app.cleanup_ctx.append(session_ctx)
    setup_ultracart_client(app, key=own_key, session_key=session_key, simple_key="key")
    seen: list[UltraCartClient] = []

    async def handler(request: web.Request) -> web.Response:
        seen.append(request.app[own_key])
        return web.Response()

    app.router.add_get("/", handler)
    async with serve(app) as client:
        await client.get("/")
    assert seen[0].closed and sessions[0].closed


async def test_client_setup_errors() -> None:
    app = web.Application()
    setup_ultracart_client(app, simple_key="key")
    with pytest.raises(ConfigurationError, match="already"):
        setup_ultracart_client(app, simple_key="key")

    missing = web.AppKey("missing", aiohttp.ClientSession)
    app = web.Application()
    setup_ultracart_client(app, session_key=missing, simple_key="key")
    with pytest.raises(ConfigurationError, match="before calling setup_ultracart_client"):
        async with serve(app):
            pass


async def test_factory() -> None:
    made: list[dict[str, Any]] = []

    def factory(**kwargs: Any) -> UltraCartClient:
        made.append(kwargs)
        return UltraCartClient(simple_key="from-factory")

    make: Callable[..., UltraCartClient] = factory
    app = web.Application()
    setup_ultracart_client(app, factory=make, retry=None)
    async with serve(app):
        pass
    assert made == [{"retry": None}]


# ---------------------------------------------------------------------------- abuse (issue 17)

GZIP = {"Content-Encoding": "gzip"}
BOMB = gzip.compress(b"[" + b" " * 20_000_000 + b"]")  # 20 KB, 20 MB inflated


def inflation_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "ultracart_async.webhooks" and "auto_decompress=False" in r.getMessage()
    ]


async def test_a_body_inflated_by_aiohttp_logs_one_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[WebhookEvent] = []
    app, _ = webhook_app(seen)
    async with serve(app) as client:  # aiohttp's default: auto_decompress=True
        plain = await client.post(PATH, data=SAMPLE, headers=AUTH)
        assert plain.status == 200
        assert inflation_warnings(caplog) == []  # no Content-Encoding: nothing to say
        for _ in range(3):
            resp = await client.post(PATH, data=gzip.compress(SAMPLE), headers={**AUTH, **GZIP})
            assert resp.status == 200  # still accepted
    (warning,) = inflation_warnings(caplog)  # once, not once per delivery
    assert "web.run_app(app, auto_decompress=False)" in warning
    assert len(seen) == 4


async def test_no_warning_when_the_receiver_inflates_gzip_itself(
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[WebhookEvent] = []
    app, _ = webhook_app(seen, max_body_size=1_000_000)
    async with serve(app, **RECOMMENDED) as client:
        resp = await client.post(PATH, data=gzip.compress(SAMPLE), headers={**AUTH, **GZIP})
        assert resp.status == 200
        # The bomb reached the receiver compressed: its own bounded gunzip refused it.
        resp = await client.post(PATH, data=BOMB, headers={**AUTH, **GZIP})
        assert resp.status == 413
        assert (await resp.json())["error"].startswith("the decompressed body is larger")
        resp = await client.post(PATH, data=b"\x1f\x8b\x08garbage", headers={**AUTH, **GZIP})
        assert resp.status == 400
        assert (await resp.json())["error"] == "the body is not valid gzip data"
    assert inflation_warnings(caplog) == []
    assert len(seen) == 1


@pytest.mark.parametrize("auto_decompress", [False, True])
async def test_a_strangers_gzip_body_is_inflated_only_by_aiohttps_default(
    monkeypatch: pytest.MonkeyPatch, auto_decompress: bool
) -> None:
    # aiohttp inflates in its protocol layer (http_parser.DeflateBuffer), before any route.
    from aiohttp import http_parser

    inflated: list[int] = []
    feed = http_parser.DeflateBuffer.feed_data

    def counting_feed(self: Any, chunk: bytes, size: int) -> bool:
        inflated.append(size)
        return feed(self, chunk, size)

    monkeypatch.setattr(http_parser.DeflateBuffer, "feed_data", counting_feed)
    app, _ = webhook_app([])
    async with serve(app, auto_decompress=auto_decompress) as client:
        resp = await client.post(PATH, data=BOMB, headers=GZIP)  # no credentials
        assert resp.status == 401
    if auto_decompress:
        assert inflated  # why the recipe turns it off
    else:
        assert inflated == []  # refused without inflating a byte


async def raw_post(port: int, headers: dict[str, str], body_start: bytes) -> tuple[int, bytes]:
    """Send the headers and the start of a body, then stall: the answer's status and body.

    The answer is read by its Content-Length, not to the end of the connection: after a
    refusal aiohttp discards what still arrives for its lingering_time (10 s) before closing.
    """
    head = f"POST {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    head += "".join(f"{name}: {value}\r\n" for name, value in headers.items()) + "\r\n"
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(head.encode("latin-1") + body_start)
        await writer.drain()
        async with asyncio.timeout(30):  # a hang guard, not a speed check
            response_head = await reader.readuntil(b"\r\n\r\n")
            fields = dict(
                line.split(": ", 1) for line in response_head.decode().split("\r\n")[1:] if line
            )
            body = await reader.readexactly(int(fields["Content-Length"]))
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
    assert fields["Connection"] == "close"  # never kept alive for a next request
    return int(response_head.split()[1]), body


@pytest.mark.parametrize("headers", [{}, basic(USER, "wrong")], ids=["none", "wrong"])
async def test_credentials_are_checked_before_the_body_is_read(headers: dict[str, str]) -> None:
    app, _ = webhook_app([], body_timeout=0.05)
    async with serve(app, **RECOMMENDED) as client:
        assert client.port is not None
        big = {"Content-Length": str(len(BOMB)), **GZIP, **headers}
        status, body = await raw_post(client.port, big, BOMB[:65536])
    assert status == 401  # at once: a 408 would mean the server waited for the body
    assert orjson.loads(body) == {"error": "missing or wrong HTTP Basic credentials"}


async def test_a_slow_body_is_408() -> None:
    seen: list[WebhookEvent] = []
    app, _ = webhook_app(seen, body_timeout=0.05)
    async with serve(app, **RECOMMENDED) as client:
        assert client.port is not None
        status, body = await raw_post(
            client.port, {**AUTH, "Content-Length": "1000"}, b'[{"item_update": '
        )
        assert status == 408
        assert orjson.loads(body) == {"error": "the body did not arrive within 0.05 s"}
        # Chunked, trickled: the same deadline.
        chunked = {**AUTH, "Transfer-Encoding": "chunked"}
        status, _ = await raw_post(client.port, chunked, b'5\r\n[{"a"\r\n')
        assert status == 408
    assert seen == []


@pytest.mark.parametrize("auto_decompress", [False, True])
async def test_a_flood_of_events_is_413(auto_decompress: bool) -> None:
    flood = gzip.compress(b"[" + b",".join([b'{"a":{}}'] * 1_100_000) + b"]", 9)
    assert len(flood) < 25_000  # 20 KB of gzip, 1.1 million events
    seen: list[WebhookEvent] = []
    app, _ = webhook_app(seen)
    async with serve(app, auto_decompress=auto_decompress) as client:
        resp = await client.post(PATH, data=flood, headers={**AUTH, **GZIP})
        assert resp.status == 413
        assert (await resp.json())["error"] == (
            "the delivery holds more than 10000 events (the receiver's max_events)"
        )
    assert seen == []


@pytest.mark.parametrize("mode", ["inline", "queue"])
async def test_dedupe_of_an_event_too_deep_for_the_json_encoder(mode: str) -> None:
    levels = 300  # orjson.dumps refuses more than 255
    body = b'[{"order_update": {"order_id": "A", "x": ' + b"[" * levels + b"]" * levels + b"}}]"
    seen: list[WebhookEvent] = []
    app, _ = webhook_app(seen, mode=mode, dedupe=WebhookDeduplicator())
    async with serve(app, **RECOMMENDED) as client:
        first = await client.post(PATH, data=body, headers=AUTH)
        again = await client.post(PATH, data=body, headers=AUTH)
        assert (first.status, again.status) == (200, 200)
        assert (await first.json())["duplicates"] == 0
        assert (await again.json())["duplicates"] == 1
    assert len(seen) == 1


@pytest.mark.parametrize(
    ("chunks", "inflated"),
    [
        ([b"\x1f", b"\x8b\x08rest"], False),  # gzip, its magic split across chunks
        ([b"", b"\x1f\x8b\x08"], False),
        ([b"[", b'{"a": 1}]'], True),  # JSON where gzip was announced
        ([b"H4sI"], True),  # base64 text: the receiver decodes it, but it is not gzip bytes
        ([b"["], False),  # too short to tell: say nothing
        ([], False),
    ],
)
async def test_inflation_is_told_from_the_first_two_bytes(
    chunks: list[bytes], inflated: bool
) -> None:
    from ultracart_async.webhook_receiver.aiohttp_web import _noting_inflation

    async def source() -> AsyncIterator[bytes]:
        for chunk in chunks:
            yield chunk

    calls: list[None] = []
    passed = [chunk async for chunk in _noting_inflation(source(), lambda: calls.append(None))]
    assert passed == chunks  # the body goes through untouched
    assert calls == ([None] if inflated else [])

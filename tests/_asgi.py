"""A minimal ASGI harness, so the README's Starlette/FastAPI recipe runs without Starlette.

:func:`recipe_app` is the recipe's route as a bare ASGI application: it builds what the
recipe passes to the receiver exactly as Starlette's ``Request`` does (``request.stream()``
reads ``http.request`` messages and yields their non-empty bodies; ``request.headers`` is a
case-insensitive, latin-1 view of the scope's headers) and answers as Starlette's
``Response(body, status, headers, media_type=...)`` does. :func:`post` plays the ASGI server:
it hands the body over in ``http.request`` messages and records the answer. Like uvicorn,
hypercorn or daphne, it passes the body bytes through as received: ASGI servers do not decode
a request's ``Content-Encoding``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs

from ultracart_async.webhook_receiver import WebhookReceiver

Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[dict[str, Any], Receive, Send], Awaitable[None]]


class ClientDisconnect(Exception):
    """What Starlette's ``request.stream()`` raises on ``http.disconnect``."""


class Headers(Mapping[str, str]):
    """``starlette.datastructures.Headers``, read-only: case-insensitive, latin-1."""

    def __init__(self, raw: list[tuple[bytes, bytes]]) -> None:
        self._raw = raw

    def __getitem__(self, key: str) -> str:
        wanted = key.lower().encode("latin-1")
        for name, value in self._raw:
            if name == wanted:
                return value.decode("latin-1")
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (name.decode("latin-1") for name, _ in self._raw)

    def __len__(self) -> int:
        return len(self._raw)


async def request_stream(receive: Receive) -> AsyncIterator[bytes]:
    """``starlette.requests.Request.stream()``."""
    consumed = False
    while not consumed:
        message = await receive()
        if message["type"] == "http.request":
            body = message.get("body", b"")
            if not message.get("more_body", False):
                consumed = True
            if body:
                yield body
        elif message["type"] == "http.disconnect":
            raise ClientDisconnect()
    yield b""


def recipe_app(receiver: WebhookReceiver) -> ASGIApp:
    """The README's route: ``receiver.handle(request.stream(), request.headers)``."""

    async def app(scope: dict[str, Any], receive: Receive, send: Send) -> None:
        assert scope["type"] == "http" and scope["method"] == "POST"
        result = await receiver.handle(request_stream(receive), Headers(scope["headers"]))
        headers = [
            (b"content-length", str(len(result.body)).encode()),
            (b"content-type", result.content_type.encode("latin-1")),
            *(
                (k.lower().encode("latin-1"), v.encode("latin-1"))
                for k, v in result.headers.items()
            ),
        ]
        await send({"type": "http.response.start", "status": result.status, "headers": headers})
        await send({"type": "http.response.body", "body": result.body})

    return app


@attrs.define
class Exchange:
    """One request through :func:`post`: the answer, and how the app read the body."""

    status: int = 0
    headers: dict[str, str] = attrs.field(factory=dict)
    body: bytes = b""
    receive_calls: int = 0
    """How many times the app called ``receive()``: 0 means the body was never read."""


async def post(
    app: ASGIApp,
    headers: Mapping[str, str],
    chunks: Iterable[bytes] = (),
    *,
    stall: bool = False,
    path: str = "/webhooks/ultracart",
) -> Exchange:
    """POST ``chunks`` to ``app`` as an ASGI server would; with ``stall``, the sender stops
    after the chunks and never finishes the body."""
    exchange = Exchange()
    messages = [{"type": "http.request", "body": chunk, "more_body": True} for chunk in chunks]
    if not stall:
        messages.append({"type": "http.request", "body": b"", "more_body": False})
    answered = asyncio.Event()

    async def receive() -> Message:
        exchange.receive_calls += 1
        if messages:
            return messages.pop(0)
        if stall:
            await asyncio.Event().wait()  # until the app stops waiting (its deadline)
        await answered.wait()
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        if message["type"] == "http.response.start":
            exchange.status = message["status"]
            exchange.headers = {k.decode(): v.decode() for k, v in message["headers"]}
        elif message["type"] == "http.response.body":
            exchange.body += message.get("body", b"")
            if not message.get("more_body", False):
                answered.set()

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }
    async with asyncio.timeout(30):  # a hang guard, not a speed check
        await app(scope, receive, send)
    return exchange

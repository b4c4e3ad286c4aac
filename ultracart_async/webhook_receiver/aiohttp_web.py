"""aiohttp.web integration of the webhook receiver.

Start the server with ``auto_decompress=False``. By default aiohttp inflates a
``Content-Encoding: gzip`` body in its protocol layer, as it arrives, before any route runs:
a stranger's compressed body then costs its full decompression before the credentials are
checked. The receiver detects gzip itself and inflates it only after the credentials check,
and never beyond ``max_body_size``. ``auto_decompress`` belongs to the server, not to a route.

Example::

    from aiohttp import web
    from ultracart_async.webhook_receiver import WebhookReceiver, WebhookRouter
    from ultracart_async.webhook_receiver.aiohttp_web import add_webhook_route

    router = WebhookRouter()
    ...
    app = web.Application()
    add_webhook_route(app, "/webhooks/ultracart",
                      WebhookReceiver(router, basic_auth=WebhookBasicAuth.from_env()))
    web.run_app(app, auto_decompress=False)     # or web.AppRunner(app, auto_decompress=False)
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable
from typing import Final

from aiohttp import web

from ._receiver import WebhookReceiver

__all__ = ["add_webhook_route", "webhook_handler"]

logger: Final = logging.getLogger("ultracart_async.webhooks")

# Why read in chunks from request.content rather than request.read(): aiohttp enforces only
# the *root* application's client_max_size, so a receiver mounted in a sub-app, or with a
# limit different from the app's, must count the bytes itself.
_CHUNK_SIZE: Final = 64 * 1024
_GZIP_MAGIC: Final = b"\x1f\x8b"
_GZIP_CODINGS: Final = frozenset({"gzip", "x-gzip"})

_INFLATED_WARNING: Final = (
    "an UltraCart webhook delivery sent with Content-Encoding: gzip reached the handler "
    "already decompressed: the aiohttp server inflates request bodies itself, as they arrive "
    "and before any route runs, so before the webhook's credentials are checked. Start it "
    "with auto_decompress=False (web.run_app(app, auto_decompress=False) or "
    "web.AppRunner(app, auto_decompress=False)): the receiver decompresses gzip itself, after "
    "the credentials check and within max_body_size. (Logged once.)"
)


def _says_gzip(content_encoding: str | None) -> bool:
    if not content_encoding:
        return False
    return any(coding.strip().lower() in _GZIP_CODINGS for coding in content_encoding.split(","))


async def _noting_inflation(
    chunks: AsyncIterable[bytes], on_inflated: Callable[[], None]
) -> AsyncIterator[bytes]:
    """Pass ``chunks`` through; call ``on_inflated`` if the body does not start like gzip.

    Used only when the request says ``Content-Encoding: gzip``: gzip data always starts
    with ``1f 8b``, so a body that does not was decoded on the way (by aiohttp's
    ``auto_decompress``). The receiver reads the body only after the credentials check, so
    only an authenticated sender reaches this.
    """
    head = b""
    decided = False
    async for chunk in chunks:
        if not decided:
            head += chunk[:2]
            if len(head) >= len(_GZIP_MAGIC):
                decided = True
                if not head.startswith(_GZIP_MAGIC):
                    on_inflated()
        yield chunk


def webhook_handler(
    receiver: WebhookReceiver,
) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """An aiohttp.web request handler that feeds each request to ``receiver``.

    It does not start or close the receiver: in ``"queue"`` mode prefer
    :func:`add_webhook_route`, which does. If the server inflates gzip bodies itself
    (aiohttp's default, ``auto_decompress=True``), the first such delivery logs one
    warning naming the setting.

    Example::

        app.router.add_post("/webhooks/ultracart", webhook_handler(receiver))
        web.run_app(app, auto_decompress=False)
    """
    warned = False

    def on_inflated() -> None:
        nonlocal warned
        if not warned:
            warned = True
            logger.warning(_INFLATED_WARNING)

    async def ultracart_webhook(request: web.Request) -> web.StreamResponse:
        body: AsyncIterable[bytes] = request.content.iter_chunked(_CHUNK_SIZE)
        if not warned and _says_gzip(request.headers.get("Content-Encoding")):
            body = _noting_inflation(body, on_inflated)
        result = await receiver.handle(body, request.headers)
        response = web.Response(
            status=result.status,
            body=result.body,
            headers=result.headers,
            content_type=result.content_type,
        )
        if not request.content.at_eof():
            # Refused before the whole body was read (401, 408, 413): no keep-alive. aiohttp
            # then discards what still arrives for at most its lingering_time (10 s), so that
            # the client gets the answer, and closes; with auto_decompress=False, discarding
            # costs no decompression.
            response.force_close()
        return response

    return ultracart_webhook


def add_webhook_route(
    app: web.Application, path: str, receiver: WebhookReceiver, *, name: str | None = None
) -> web.AbstractRoute:
    """Route ``POST path`` of ``app`` to ``receiver`` and tie the receiver to the app's
    lifetime (through ``app.cleanup_ctx``): started at startup, closed at cleanup, which in
    queue mode waits for the queued events.

    Register the UltraCart client (:func:`ultracart_async.aiohttp_web.setup_ultracart_client`)
    *before* this: cleanup runs in reverse order, so the queue drains while the client is
    still open. Start the server with ``auto_decompress=False`` (see the module docstring).

    Example::

        app = web.Application()
        setup_ultracart_client(app, simple_key=os.environ["ULTRACART_SIMPLE_KEY"])
        add_webhook_route(app, "/webhooks/ultracart", receiver)
        web.run_app(app, auto_decompress=False)
    """

    async def webhook_receiver_ctx(_app: web.Application) -> AsyncIterator[None]:
        await receiver.start()
        try:
            yield
        finally:
            await receiver.aclose()

    app.cleanup_ctx.append(webhook_receiver_ctx)
    return app.router.add_post(path, webhook_handler(receiver), name=name)

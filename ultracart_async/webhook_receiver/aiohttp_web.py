"""aiohttp.web integration of the webhook receiver.

Example::

    from aiohttp import web
    from ultracart_async.webhook_receiver import WebhookReceiver, WebhookRouter
    from ultracart_async.webhook_receiver.aiohttp_web import add_webhook_route

    router = WebhookRouter()
    ...
    app = web.Application()
    add_webhook_route(app, "/webhooks/ultracart",
                      WebhookReceiver(router, basic_auth=WebhookBasicAuth.from_env()))
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Final

from aiohttp import web

from ._receiver import WebhookReceiver

__all__ = ["add_webhook_route", "webhook_handler"]

# Why read in chunks from request.content rather than request.read(): aiohttp enforces only
# the *root* application's client_max_size, so a receiver mounted in a sub-app, or with a
# limit different from the app's, must count the bytes itself.
_CHUNK_SIZE: Final = 64 * 1024


def webhook_handler(
    receiver: WebhookReceiver,
) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """An aiohttp.web request handler that feeds each request to ``receiver``.

    It does not start or close the receiver: in ``"queue"`` mode prefer
    :func:`add_webhook_route`, which does.

    Example::

        app.router.add_post("/webhooks/ultracart", webhook_handler(receiver))
    """

    async def ultracart_webhook(request: web.Request) -> web.StreamResponse:
        result = await receiver.handle(request.content.iter_chunked(_CHUNK_SIZE), request.headers)
        response = web.Response(
            status=result.status,
            body=result.body,
            headers=result.headers,
            content_type=result.content_type,
        )
        if not request.content.at_eof():
            # Refused before the body was read (401, 413): do not let aiohttp read the rest
            # of a possibly huge body just to keep the connection alive.
            response.force_close()
        return response

    return ultracart_webhook


def add_webhook_route(
    app: web.Application, path: str, receiver: WebhookReceiver, *, name: str | None = None
) -> web.AbstractRoute:
    """Route ``POST path`` of ``app`` to ``receiver`` and tie the receiver to the app's
    lifetime (through ``app.cleanup_ctx``): started at startup, closed at cleanup, which in
    queue mode waits for the queued events.

    Register the UltraCart client (:func:`ultracart_async.aiohttp_app.setup_ultracart_client`)
    *before* this: cleanup runs in reverse order, so the queue drains while the client is
    still open.

    Example::

        app = web.Application()
        setup_ultracart_client(app, simple_key=os.environ["ULTRACART_SIMPLE_KEY"])
        add_webhook_route(app, "/webhooks/ultracart", receiver)
    """

    async def webhook_receiver_ctx(_app: web.Application) -> AsyncIterator[None]:
        await receiver.start()
        try:
            yield
        finally:
            await receiver.aclose()

    app.cleanup_ctx.append(webhook_receiver_ctx)
    return app.router.add_post(path, webhook_handler(receiver), name=name)

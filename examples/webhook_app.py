"""A small aiohttp.web app that receives UltraCart ``customer_update`` webhooks.

For each updated customer it fetches the full record through the app's one shared
UltraCartClient (the webhook may carry only the expansions the webhook was set up with).

Run it::

    export ULTRACART_SIMPLE_KEY=...                 # the API key the app calls UltraCart with
    export ULTRACART_WEBHOOK_USERNAME=ultracart     # the webhook's Basic credentials
    export ULTRACART_WEBHOOK_PASSWORD=...
    python examples/webhook_app.py --port 8080

then point the webhook (Authentication: Basic) at ``https://<your host>/webhooks/ultracart``.
The server runs with ``auto_decompress=False``: the receiver inflates gzip deliveries itself,
after checking the credentials (aiohttp's default would inflate every gzip body first).
Try it locally against the sandbox: ``python -m ultracart_async.sandbox --port 8999`` and
``ULTRACART_BASE_URL=http://127.0.0.1:8999/rest/v2``.
"""

from __future__ import annotations

import argparse
import logging
import os
from typing import Any

from aiohttp import web

from ultracart_async import UltraCartClient
from ultracart_async.aiohttp_web import ULTRACART_CLIENT, setup_ultracart_client
from ultracart_async.models import Customer
from ultracart_async.webhook_receiver import (
    WebhookBasicAuth,
    WebhookDeduplicator,
    WebhookEvent,
    WebhookReceiver,
    WebhookRouter,
)
from ultracart_async.webhook_receiver.aiohttp_web import add_webhook_route

log = logging.getLogger("webhook_app")

#: The customers fetched so far, newest last (a stand-in for the app's real work).
FETCHED: web.AppKey[list[Customer]] = web.AppKey("fetched", list)


def create_app(
    *, webhook_auth: WebhookBasicAuth | None, path: str = "/webhooks/ultracart", **client: Any
) -> web.Application:
    """The app. ``client`` is passed to :class:`UltraCartClient` (``simple_key=``,
    ``base_url=``, ...); without it the client is configured from the environment."""
    app = web.Application()
    app[FETCHED] = []
    # The client first: cleanup runs in reverse, so it closes after the receiver.
    if client:
        setup_ultracart_client(app, **client)
    else:
        setup_ultracart_client(app, factory=UltraCartClient.from_env)

    router = WebhookRouter()

    @router.on("customer_update")
    async def on_customer_update(event: WebhookEvent) -> None:
        customer = event.customer
        if customer is None or customer.customer_profile_oid is None:
            log.warning("customer_update #%d without a usable customer_profile_oid", event.index)
            return
        uc = app[ULTRACART_CLIENT]
        # An exception here answers 500, and UltraCart delivers the event again.
        full = await uc.customers.get(customer.customer_profile_oid, expand=["billing", "shipping"])
        app[FETCHED].append(full)
        log.info("customer %s updated", full.customer_profile_oid)

    receiver = WebhookReceiver(
        router,
        basic_auth=webhook_auth,
        # Deliveries are at least once: skip a redelivered update we already handled.
        dedupe=WebhookDeduplicator(max_keys=10_000),
        # UltraCart batches up to the webhook's maximum_events per delivery; refuse more
        # (413) before any of them is built. Match it to your webhook's setting.
        max_events=1_000,
    )
    add_webhook_route(app, path, receiver)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args()
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    web.run_app(
        create_app(webhook_auth=WebhookBasicAuth.from_env()),
        host=args.host,
        port=args.port,
        # aiohttp would otherwise inflate every gzip body as it arrives, before any route
        # runs, so before the credentials are checked: a stranger's compressed body would
        # cost its full decompression. The receiver inflates gzip itself, after the check.
        auto_decompress=False,
    )


if __name__ == "__main__":
    main()

"""Receive UltraCart webhook deliveries.

The core is framework-neutral: :class:`WebhookReceiver` takes a request's headers and body and
returns the :class:`WebhookResponse` to send; :func:`parse_delivery` turns a body into typed
:class:`WebhookEvent` objects. :mod:`ultracart_async.webhook_receiver.aiohttp_web` plugs the
receiver into aiohttp.web.

Example (aiohttp.web)::

    from aiohttp import web
    from ultracart_async.webhook_receiver import WebhookEvent, WebhookReceiver, WebhookRouter
    from ultracart_async.webhook_receiver.aiohttp_web import add_webhook_route

    router = WebhookRouter()

    @router.on("customer_update")
    async def on_customer_update(event: WebhookEvent) -> None:
        print(event.customer.customer_profile_oid)

    app = web.Application()
    receiver = WebhookReceiver(router, basic_auth=("ultracart", "s3cret"))
    add_webhook_route(app, "/webhooks/ultracart", receiver)

Deliveries are at least once: see :class:`WebhookDeduplicator`.
"""

from ._auth import WebhookBasicAuth
from ._dedupe import DedupeKey, WebhookDeduplicator
from ._errors import WebhookAuthenticationError, WebhookDeliveryError, WebhookPayloadTooLargeError
from ._events import (
    EVENT_CATEGORIES,
    EVENT_NAMES,
    EventObject,
    WebhookEvent,
    event_category,
    model_for_event,
)
from ._parse import DEFAULT_MAX_BODY_SIZE, DEFAULT_MAX_EVENTS, decode_body, parse_delivery
from ._receiver import (
    DEFAULT_BODY_TIMEOUT,
    DEFAULT_HANDLER_TIMEOUT,
    WebhookBody,
    WebhookReceiver,
    WebhookResponse,
)
from ._router import WebhookHandler, WebhookRouter

__all__ = [
    "DEFAULT_BODY_TIMEOUT",
    "DEFAULT_HANDLER_TIMEOUT",
    "DEFAULT_MAX_BODY_SIZE",
    "DEFAULT_MAX_EVENTS",
    "EVENT_CATEGORIES",
    "EVENT_NAMES",
    "DedupeKey",
    "EventObject",
    "WebhookAuthenticationError",
    "WebhookBasicAuth",
    "WebhookBody",
    "WebhookDeduplicator",
    "WebhookDeliveryError",
    "WebhookEvent",
    "WebhookHandler",
    "WebhookPayloadTooLargeError",
    "WebhookReceiver",
    "WebhookResponse",
    "WebhookRouter",
    "decode_body",
    "event_category",
    "model_for_event",
    "parse_delivery",
]

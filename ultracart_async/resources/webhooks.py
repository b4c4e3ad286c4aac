"""The Webhook API: webhooks, their delivery logs, and reflow (resending events)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Any, TypedDict, Unpack, overload

from .. import models
from .._config import RequestOptions
from ..pagination import Pager, PageSpec
from ._base import (
    BOOL,
    INT,
    OMITTED,
    SINCE,
    TEXT,
    Omitted,
    Query,
    Resource,
    When,
    bool_param,
    check_id,
    check_page_size,
    compact,
    id_of,
    int_id,
    payload,
    query_from,
    sort_param,
    spelled_out,
    target_and_body,
    text_param,
    timestamp_param,
    to_wire_body,
)

if TYPE_CHECKING:
    from ..models import (
        Webhook,
        WebhookEventCategory,
        WebhookLog,
        WebhookLogSummary,
        WebhookReflow,
    )

__all__ = ["WEBHOOKS_MAX_PAGE_SIZE", "WebhooksResource"]

#: ``_limit`` maximum used for webhooks and log summaries. UltraCart states none (default
#: 100) and may answer 400 to a size it finds too large; its own samples page by 200.
WEBHOOKS_MAX_PAGE_SIZE = 200

_WEBHOOK = "/webhook/webhooks/{webhookOid}"


def _webhook_oid(value: object) -> int:
    return int_id("webhook_oid", value)


class WebhookLogFilters(TypedDict, total=False):
    """The filters of :meth:`WebhooksResource.list_log_summaries`, each key's
    :class:`~ultracart_async.resources._base.Query` saying how it is checked and sent."""

    request_id: Annotated[str | None, Query(text_param, "requestId")]
    begin_date: Annotated[When | None, Query(timestamp_param, "beginDate")]
    end_date: Annotated[When | None, Query(timestamp_param, "endDate")]
    status: Annotated[str | None, TEXT]
    success: Annotated[bool | None, BOOL]
    event: Annotated[str | None, TEXT]
    order_id: Annotated[str | None, Query(text_param, "orderId")]
    request: Annotated[str | None, TEXT]
    duration: Annotated[int | None, INT]
    since: Annotated[When | None, SINCE]
    page_size: int


class WebhooksResource(Resource):
    """The Webhook API, as ``uc.webhooks``.

    Example::

        async for webhook in uc.webhooks.list():
            print(webhook.webhook_oid, webhook.webhook_url)
    """

    def list(
        self,
        *,
        sort: str | builtins.list[str] | tuple[str, ...] | None = None,
        placeholders: bool | None = None,
        page_size: int = WEBHOOKS_MAX_PAGE_SIZE,
        options: RequestOptions | None = None,
    ) -> Pager[Webhook]:
        """Stream the webhooks of this application (``GET /webhook/webhooks``).

        Args:
            sort: Sort keys (``_sort``), e.g. ``"-webhook_oid"`` or a list.
            placeholders: Include placeholder values, for UIs (``_placeholders``).
            page_size: Records per request (``_limit``), 1 to 200.

        Example::

            webhooks = [w async for w in uc.webhooks.list()]
        """
        spec = PageSpec(
            operation="webhooks.list",
            method="GET",
            path="/webhook/webhooks",
            items_key="webhooks",
            page_size=check_page_size(page_size, WEBHOOKS_MAX_PAGE_SIZE),
            params=compact(
                {
                    "_sort": sort_param(sort),
                    "_placeholders": bool_param("placeholders", placeholders),
                }
            ),
            idempotent=True,
            options=options,
            id_field="webhook_oid",
        )
        return self._pager(spec, lambda: models.Webhook)

    async def insert(
        self,
        webhook: Webhook | Mapping[str, Any],
        *,
        placeholders: bool | None = None,
        options: RequestOptions | None = None,
    ) -> Webhook:
        """Add a webhook; returns it as stored.

        With ``authentication_type="basic"`` and no username or password, UltraCart
        generates both and returns them. Not retried after an ambiguous failure (the
        webhook may exist already) unless ``options=RequestOptions(retry_unsafe=True)``.

        Example::

            hook = await uc.webhooks.insert(
                Webhook(webhook_url="https://example.com/uc", api_version="2017-03-01")
            )
        """
        body = to_wire_body("webhook", webhook, models.Webhook)
        response = await self._send(
            "POST",
            "/webhook/webhooks",
            params={"_placeholders": bool_param("placeholders", placeholders)},
            json=body,
            idempotent=False,
            options=options,
        )
        return self._unwrap(response, "webhook", models.Webhook)

    @overload
    async def update(
        self,
        webhook: Webhook | Mapping[str, Any],
        /,
        *,
        placeholders: bool | None = None,
        options: RequestOptions | None = None,
    ) -> Webhook: ...
    @overload
    async def update(
        self,
        webhook_oid: int,
        webhook: Webhook | Mapping[str, Any],
        *,
        placeholders: bool | None = None,
        options: RequestOptions | None = None,
    ) -> Webhook: ...
    async def update(
        self,
        webhook_oid: int | Webhook | Mapping[str, Any],
        webhook: Webhook | Mapping[str, Any] | Omitted = OMITTED,
        *,
        placeholders: bool | None = None,
        options: RequestOptions | None = None,
    ) -> Webhook:
        """Replace a webhook; returns it as stored.

        ``update(webhook)`` replaces the webhook named by its own ``webhook_oid``;
        ``update(webhook_oid, webhook)`` names it explicitly (and also takes a dict).

        Example::

            hook.webhook_url = "https://example.com/uc/v2"
            hook = await uc.webhooks.update(hook)
        """
        oid, body = target_and_body(
            webhook_oid,
            webhook,
            model=models.Webhook,
            body_name="webhook",
            id_name="webhook_oid",
            id_attr="webhook_oid",
        )
        response = await self._send(
            "PUT",
            _WEBHOOK,
            path_params={"webhookOid": oid},
            params={"_placeholders": bool_param("placeholders", placeholders)},
            json=body,
            idempotent=True,
            options=options,
        )
        return self._unwrap(response, "webhook", models.Webhook)

    async def delete(
        self, webhook_oid: int | Webhook, *, options: RequestOptions | None = None
    ) -> None:
        """Delete a webhook, given by its ``webhook_oid`` or as the
        :class:`~ultracart_async.models.Webhook` itself."""
        oid = id_of("webhook_oid", webhook_oid, models.Webhook, "webhook_oid")
        await self._delete(_WEBHOOK, {"webhookOid": oid}, options=options)

    async def delete_by_url(
        self, webhook_url: str, *, options: RequestOptions | None = None
    ) -> Webhook | None:
        """Delete the webhook whose ``webhook_url`` is ``webhook_url``.

        Sent as ``DELETE /webhook/webhooks`` with a ``Webhook`` body holding only the URL,
        the one field this operation reads. Returns the deleted webhook when UltraCart
        sends it (the spec declares a ``WebhookResponse``) and None on a 204.
        """
        check_id("webhook_url", webhook_url, str)
        response = await self._send(
            "DELETE",
            "/webhook/webhooks",
            json={"webhook_url": webhook_url},
            idempotent=True,
            # UltraCart's sample says 204 No Content; the spec says 200 with the webhook.
            expects_body=False,
            options=options,
        )
        if isinstance(payload(response, "webhook"), dict):
            return self._unwrap(response, "webhook", models.Webhook)
        return None

    @spelled_out(WebhookLogFilters, page_size=WEBHOOKS_MAX_PAGE_SIZE)
    def list_log_summaries(
        self,
        webhook_oid: int,
        *,
        options: RequestOptions | None = None,
        **filters: Unpack[WebhookLogFilters],
    ) -> Pager[WebhookLogSummary]:
        """Stream a webhook's delivery log summaries (``GET /webhook/webhooks/{oid}/logs``).

        Args:
            request_id: Only this delivery (``requestId``).
            begin_date: Deliveries from then (``beginDate``): an aware datetime or a string.
            end_date: Deliveries until then (``endDate``).
            status: Delivery status filter.
            success: Only successful (True) or failed (False) deliveries.
            event: Only deliveries carrying this event name.
            order_id: Only deliveries about this order (``orderId``).
            request: Text the request body contains.
            duration: Delivery duration filter (milliseconds).
            since: Deliveries since then (``_since``).
            page_size: Records per request (``_limit``), 1 to 200.

        Example::

            async for summary in uc.webhooks.list_log_summaries(12, success=False):
                log = await uc.webhooks.get_log(12, summary.request_id)
        """
        oid = _webhook_oid(webhook_oid)
        page_size = filters.pop("page_size", WEBHOOKS_MAX_PAGE_SIZE)
        params = query_from(
            WebhookLogFilters, filters, method="WebhooksResource.list_log_summaries"
        )
        spec = PageSpec(
            operation="webhooks.list_log_summaries",
            method="GET",
            path=_WEBHOOK + "/logs",
            items_key="webhook_log_summaries",
            page_size=check_page_size(page_size, WEBHOOKS_MAX_PAGE_SIZE),
            path_params={"webhookOid": oid},
            params=params,
            idempotent=True,
            options=options,
            id_field="request_id",
            since_param="_since",
        )
        return self._pager(spec, lambda: models.WebhookLogSummary)

    async def get_log(
        self, webhook_oid: int, request_id: str, *, options: RequestOptions | None = None
    ) -> WebhookLog:
        """One delivery in full: request and response bodies and headers, status, timing."""
        path_params = {
            "webhookOid": _webhook_oid(webhook_oid),
            "requestId": check_id("request_id", request_id, str),
        }
        response = await self._get(_WEBHOOK + "/logs/{requestId}", path_params, options=options)
        return self._unwrap(response, "webhook_log", models.WebhookLog)

    async def resend_event(
        self, webhook_oid: int, event_name: str, *, options: RequestOptions | None = None
    ) -> WebhookReflow:
        """Resend (reflow) every object of an event to the webhook, e.g. all items for
        ``"item_update"``; returns whether the reflow was queued.

        Not retried after an ambiguous failure: a repeat would queue every event again.
        """
        oid = _webhook_oid(webhook_oid)
        check_id("event_name", event_name, str)
        response = await self._send(
            "POST",
            _WEBHOOK + "/reflow/{eventName}",
            path_params={"webhookOid": oid, "eventName": event_name},
            idempotent=False,
            options=options,
        )
        return self._unwrap(response, "reflow", models.WebhookReflow)

    async def get_event_categories(
        self, *, options: RequestOptions | None = None
    ) -> builtins.list[WebhookEventCategory]:
        """The event categories and events a webhook can subscribe to."""
        response = await self._get("/webhook/webhook_event_categories", options=options)
        return self._unwrap_list(response, "event_categories", models.WebhookEventCategory)

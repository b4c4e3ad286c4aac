"""The webhooks operations of the table-driven tests: call, request, answer, result; the
paged ones; the bad input each refuses."""

from __future__ import annotations

from datetime import UTC, datetime

from ultracart_async.models import (
    Webhook,
    WebhookEventCategory,
    WebhookLog,
    WebhookLogSummary,
    WebhookReflow,
)

from ._ops import Bad, Op, Paged

W = "/rest/v2/webhook/webhooks"
HOOK_JSON = {"webhook_oid": 12, "webhook_url": "https://example.com/uc", "name": "orders"}
HOOK = Webhook(webhook_oid=12, webhook_url="https://example.com/uc", name="orders")

OPS = [
    Op(
        "insertWebhook",
        call=lambda uc, o: uc.webhooks.insert(
            Webhook(webhook_url="https://example.com/uc", api_version="2017-03-01"),
            placeholders=True,
            options=o,
        ),
        method="POST",
        path=W,
        query={"_placeholders": "true"},
        body={"webhook_url": "https://example.com/uc", "api_version": "2017-03-01"},
        answer={"webhook": HOOK_JSON, "success": True},
        expected=HOOK,
        idempotent=False,
    ),
    Op(
        "updateWebhook",
        call=lambda uc, o: uc.webhooks.update(
            12, {"name": "orders"}, placeholders=False, options=o
        ),
        method="PUT",
        path=W + "/12",
        query={"_placeholders": "false"},
        body={"name": "orders"},
        answer={"webhook": HOOK_JSON, "success": True},
        expected=HOOK,
        idempotent=True,
    ),
    Op(
        "deleteWebhook",
        call=lambda uc, o: uc.webhooks.delete(12, options=o),
        method="DELETE",
        path=W + "/12",
        idempotent=True,
    ),
    Op(
        "deleteWebhookByUrl",
        call=lambda uc, o: uc.webhooks.delete_by_url("https://example.com/uc", options=o),
        method="DELETE",
        path=W,
        body={"webhook_url": "https://example.com/uc"},
        answer={"webhook": HOOK_JSON, "success": True},
        expected=HOOK,
        idempotent=True,
    ),
    Op(
        "getWebhookLog",
        call=lambda uc, o: uc.webhooks.get_log(12, "req/1+a", options=o),
        method="GET",
        path=W + "/12/logs/req%2F1%2Ba",
        answer={"webhook_log": {"request_id": "req/1+a", "status_code": 200, "success": True}},
        expected=WebhookLog(request_id="req/1+a", status_code=200, success=True),
        idempotent=True,
    ),
    Op(
        "resendEvent",
        call=lambda uc, o: uc.webhooks.resend_event(12, "item_update", options=o),
        method="POST",
        path=W + "/12/reflow/item_update",
        answer={"reflow": {"event_name": "item_update", "queued": True}, "success": True},
        expected=WebhookReflow(event_name="item_update", queued=True),
        idempotent=False,
    ),
    Op(
        "getWebhookEventCategories",
        call=lambda uc, o: uc.webhooks.get_event_categories(options=o),
        method="GET",
        path="/rest/v2/webhook/webhook_event_categories",
        answer={
            "event_categories": [{"event_category": "order", "subscribed": False}],
            "success": True,
        },
        expected=[WebhookEventCategory(event_category="order", subscribed=False)],
        idempotent=True,
    ),
]


HOOKS = [{"webhook_oid": n, "webhook_url": f"https://example.com/{n}"} for n in (1, 2, 3)]

SUMMARIES = [{"request_id": f"r{n}", "success": n != 2, "status_code": 200} for n in (1, 2, 3)]

LOG_FILTERS = {
    "requestId": "r1",
    "beginDate": "2024-01-01T00:00:00+00:00",
    "endDate": "2024-01-31",
    "status": "delivered",
    "success": "false",
    "event": "order_create",
    "orderId": "DEMO-0001",
    "request": "needle",
    "duration": "250",
    "_since": "2023-12-01T00:00:00+00:00",
}


PAGED = [
    Paged(
        "getWebhooks",
        lambda uc: uc.webhooks.list(sort=["+webhook_url"], placeholders=True, page_size=2),
        "GET",
        W,
        {"_sort": "+webhook_url", "_placeholders": "true"},
        "webhooks",
        HOOKS,
        Webhook,
        raw_query_has=["_sort=%2Bwebhook_url"],
    ),
    Paged(
        "getWebhookLogSummaries",
        lambda uc: uc.webhooks.list_log_summaries(
            12,
            request_id="r1",
            begin_date=datetime(2024, 1, 1, tzinfo=UTC),
            end_date="2024-01-31",
            status="delivered",
            success=False,
            event="order_create",
            order_id="DEMO-0001",
            request="needle",
            duration=250,
            since=datetime(2023, 12, 1, tzinfo=UTC),
            page_size=2,
        ),
        "GET",
        W + "/12/logs",
        LOG_FILTERS,
        "webhook_log_summaries",
        SUMMARIES,
        WebhookLogSummary,
    ),
]


BAD: list[Bad] = [
    (lambda uc: uc.webhooks.update("12", {}), "webhook_oid must be an int, got str"),
    (
        lambda uc: uc.webhooks.update(12, "https://example.com"),
        "webhook must be a Webhook or a dict",
    ),
    (lambda uc: uc.webhooks.insert([]), "webhook must be a Webhook or a dict, got list"),
    (lambda uc: uc.webhooks.insert({}, placeholders="yes"), "placeholders must be a bool"),
    (lambda uc: uc.webhooks.delete(None), "webhook_oid is required"),
    (lambda uc: uc.webhooks.delete_by_url(""), "webhook_url must not be empty"),
    (lambda uc: uc.webhooks.delete_by_url(Webhook()), "webhook_url must be a str"),
    (lambda uc: uc.webhooks.list(page_size=201), "page_size must be between 1 and 200"),
    (lambda uc: uc.webhooks.list(placeholders=1), "placeholders must be a bool, got int"),
    (lambda uc: uc.webhooks.list_log_summaries("12"), "webhook_oid must be an int"),
    (lambda uc: uc.webhooks.list_log_summaries(12, success="true"), "success must be a bool"),
    (lambda uc: uc.webhooks.list_log_summaries(12, duration="5"), "duration must be an int"),
    (
        lambda uc: uc.webhooks.list_log_summaries(12, begin_date=datetime(2024, 1, 1)),
        "begin_date must be a timezone-aware",
    ),
    (
        lambda uc: uc.webhooks.list_log_summaries(12, page_size=0),
        "page_size must be between 1 and 200",
    ),
    (lambda uc: uc.webhooks.get_log(12, ""), "request_id must not be empty"),
    (lambda uc: uc.webhooks.resend_event(12, None), "event_name is required"),
]

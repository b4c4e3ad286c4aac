# Generated from tools/ultracart-openapi.json by tools/generate_models.py: do not edit.
# Regenerate with `python tools/generate_models.py`.
"""Wire functions of the models in ``webhook.py``, one pair per model.

``structure_<model>(data)`` builds a model from decoded JSON on the fast path: it raises
:class:`~ultracart_async._wire.NotFast` at the first value that does not fit, and
``ultracart_async._wire`` then redoes that record field by field. ``unstructure_<model>(model)``
gives the wire JSON. The rules are ``ultracart_async._wire``'s (read its docstring); this module
is loaded on the first use of one of these models.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from ultracart_async._wire import (
    NotFast,
    from_iso,
    merge_extra_fields,
    new_object,
    timestamp_out,
    unknown_keys,
    unstructure,
)

from .webhook import (
    ApiUserApplicationProfile,
    HTTPHeader,
    Webhook,
    WebhookEventCategoriesResponse,
    WebhookEventCategory,
    WebhookEventSubscription,
    WebhookLog,
    WebhookLogResponse,
    WebhookLogSummariesResponse,
    WebhookLogSummary,
    WebhookReflow,
    WebhookReflowResponse,
    WebhookResponse,
    WebhooksResponse,
)

_KNOWN_API_USER_APPLICATION_PROFILE: Final = frozenset(
    {
        "api_application_logo_url",
        "application_description",
        "application_name",
        "developer_name",
        "developer_website",
    }
)

_KNOWN_HTTP_HEADER: Final = frozenset({"name", "value"})

_KNOWN_WEBHOOK: Final = frozenset(
    {
        "api_user_oid",
        "api_version",
        "application_profile",
        "authentication_type",
        "basic_password",
        "basic_username",
        "compress_events",
        "consecutive_failures",
        "disabled",
        "event_categories",
        "iam_access_key",
        "iam_secret_key",
        "maximum_events",
        "maximum_size",
        "merchant_comments",
        "merchant_id",
        "name",
        "next_retry_after",
        "pending",
        "webhook_oid",
        "webhook_url",
    }
)

_KNOWN_WEBHOOK_EVENT_CATEGORIES_RESPONSE: Final = frozenset(
    {
        "error",
        "event_categories",
        "metadata",
        "success",
        "warning",
    }
)

_KNOWN_WEBHOOK_EVENT_CATEGORY: Final = frozenset(
    {
        "any_subscribed",
        "available_expansions",
        "event_category",
        "events",
        "subscribed",
    }
)

_KNOWN_WEBHOOK_EVENT_SUBSCRIPTION: Final = frozenset(
    {
        "comments",
        "deprecated_flag",
        "discontinued_flag",
        "event_description",
        "event_name",
        "event_ruler",
        "expansion",
        "subscribed",
        "supports_reflow",
        "webhook_event_oid",
    }
)

_KNOWN_WEBHOOK_LOG: Final = frozenset(
    {
        "delivery_dts",
        "duration",
        "event_names",
        "order_ids",
        "queue_delay",
        "request",
        "request_headers",
        "request_id",
        "response",
        "response_headers",
        "status_code",
        "success",
        "uri",
        "webhook_oid",
    }
)

_KNOWN_WEBHOOK_LOG_RESPONSE: Final = frozenset(
    {
        "error",
        "metadata",
        "success",
        "warning",
        "webhook_log",
    }
)

_KNOWN_WEBHOOK_LOG_SUMMARIES_RESPONSE: Final = frozenset(
    {
        "error",
        "metadata",
        "success",
        "warning",
        "webhook_log_summaries",
    }
)

_KNOWN_WEBHOOK_LOG_SUMMARY: Final = frozenset(
    {
        "delivery_dts",
        "duration",
        "event_names",
        "order_ids",
        "request_id",
        "status_code",
        "success",
    }
)

_KNOWN_WEBHOOK_REFLOW: Final = frozenset({"event_name", "queued"})

_KNOWN_WEBHOOK_REFLOW_RESPONSE: Final = frozenset(
    {
        "error",
        "metadata",
        "reflow",
        "success",
        "warning",
    }
)

_KNOWN_WEBHOOK_RESPONSE: Final = frozenset({"error", "metadata", "success", "warning", "webhook"})

_KNOWN_WEBHOOKS_RESPONSE: Final = frozenset({"error", "metadata", "success", "warning", "webhooks"})


def structure_api_user_application_profile(o: Any) -> ApiUserApplicationProfile:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: ApiUserApplicationProfile = new_object(ApiUserApplicationProfile)
    g = o.get
    n = 0
    v = g("api_application_logo_url")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.api_application_logo_url = v
    v = g("application_description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.application_description = v
    v = g("application_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.application_name = v
    v = g("developer_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.developer_name = v
    v = g("developer_website")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.developer_website = v
    if len(o) + n == 5 or _KNOWN_API_USER_APPLICATION_PROFILE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_API_USER_APPLICATION_PROFILE)
    self._wire_timestamps = None
    return self


def unstructure_api_user_application_profile(obj: ApiUserApplicationProfile) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.api_application_logo_url
    if v is not None:
        out["api_application_logo_url"] = v
    v = obj.application_description
    if v is not None:
        out["application_description"] = v
    v = obj.application_name
    if v is not None:
        out["application_name"] = v
    v = obj.developer_name
    if v is not None:
        out["developer_name"] = v
    v = obj.developer_website
    if v is not None:
        out["developer_website"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_http_header(o: Any) -> HTTPHeader:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: HTTPHeader = new_object(HTTPHeader)
    g = o.get
    n = 0
    v = g("name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.name = v
    v = g("value")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.value = v
    if len(o) + n == 2 or _KNOWN_HTTP_HEADER.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_HTTP_HEADER)
    self._wire_timestamps = None
    return self


def unstructure_http_header(obj: HTTPHeader) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.name
    if v is not None:
        out["name"] = v
    v = obj.value
    if v is not None:
        out["value"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_webhook(o: Any) -> Webhook:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: Webhook = new_object(Webhook)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("api_user_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.api_user_oid = v
    v = g("api_version")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.api_version = v
    v = g("application_profile")
    if v is None:
        n += 1
    else:
        v = structure_api_user_application_profile(v)
    self.application_profile = v
    v = g("authentication_type")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.authentication_type = v
    v = g("basic_password")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.basic_password = v
    v = g("basic_username")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.basic_username = v
    v = g("compress_events")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.compress_events = v
    v = g("consecutive_failures")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.consecutive_failures = v
    v = g("disabled")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.disabled = v
    v = g("event_categories")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_webhook_event_category(x))
        v = r
    self.event_categories = v
    v = g("iam_access_key")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.iam_access_key = v
    v = g("iam_secret_key")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.iam_secret_key = v
    v = g("maximum_events")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.maximum_events = v
    v = g("maximum_size")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.maximum_size = v
    v = g("merchant_comments")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.merchant_comments = v
    v = g("merchant_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.merchant_id = v
    v = g("name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.name = v
    v = g("next_retry_after")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["next_retry_after"] = v
        v = p
    self.next_retry_after = v
    v = g("pending")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.pending = v
    v = g("webhook_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.webhook_oid = v
    v = g("webhook_url")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.webhook_url = v
    if len(o) + n == 21 or _KNOWN_WEBHOOK.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WEBHOOK)
    self._wire_timestamps = ts
    return self


def unstructure_webhook(obj: Webhook) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.api_user_oid
    if v is not None:
        out["api_user_oid"] = v
    v = obj.api_version
    if v is not None:
        out["api_version"] = v
    v = obj.application_profile
    if v is not None:
        out["application_profile"] = unstructure(v)
    v = obj.authentication_type
    if v is not None:
        out["authentication_type"] = v
    v = obj.basic_password
    if v is not None:
        out["basic_password"] = v
    v = obj.basic_username
    if v is not None:
        out["basic_username"] = v
    v = obj.compress_events
    if v is not None:
        out["compress_events"] = v
    v = obj.consecutive_failures
    if v is not None:
        out["consecutive_failures"] = v
    v = obj.disabled
    if v is not None:
        out["disabled"] = v
    v = obj.event_categories
    if v is not None:
        out["event_categories"] = [unstructure(x) for x in v]
    v = obj.iam_access_key
    if v is not None:
        out["iam_access_key"] = v
    v = obj.iam_secret_key
    if v is not None:
        out["iam_secret_key"] = v
    v = obj.maximum_events
    if v is not None:
        out["maximum_events"] = v
    v = obj.maximum_size
    if v is not None:
        out["maximum_size"] = v
    v = obj.merchant_comments
    if v is not None:
        out["merchant_comments"] = v
    v = obj.merchant_id
    if v is not None:
        out["merchant_id"] = v
    v = obj.name
    if v is not None:
        out["name"] = v
    v = obj.next_retry_after
    if v is not None:
        out["next_retry_after"] = timestamp_out(stamps, "next_retry_after", v)
    v = obj.pending
    if v is not None:
        out["pending"] = v
    v = obj.webhook_oid
    if v is not None:
        out["webhook_oid"] = v
    v = obj.webhook_url
    if v is not None:
        out["webhook_url"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_webhook_event_categories_response(o: Any) -> WebhookEventCategoriesResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WebhookEventCategoriesResponse = new_object(WebhookEventCategoriesResponse)
    g = o.get
    r: list[Any]
    n = 0
    v = g("error")
    if v is None:
        n += 1
    else:
        v = structure_error(v)
    self.error = v
    v = g("event_categories")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_webhook_event_category(x))
        v = r
    self.event_categories = v
    v = g("metadata")
    if v is None:
        n += 1
    else:
        v = structure_response_metadata(v)
    self.metadata = v
    v = g("success")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.success = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 5 or _KNOWN_WEBHOOK_EVENT_CATEGORIES_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WEBHOOK_EVENT_CATEGORIES_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_webhook_event_categories_response(
    obj: WebhookEventCategoriesResponse,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.event_categories
    if v is not None:
        out["event_categories"] = [unstructure(x) for x in v]
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_webhook_event_category(o: Any) -> WebhookEventCategory:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WebhookEventCategory = new_object(WebhookEventCategory)
    g = o.get
    r: list[Any]
    n = 0
    v = g("any_subscribed")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.any_subscribed = v
    v = g("available_expansions")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.available_expansions = v
    v = g("event_category")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.event_category = v
    v = g("events")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_webhook_event_subscription(x))
        v = r
    self.events = v
    v = g("subscribed")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.subscribed = v
    if len(o) + n == 5 or _KNOWN_WEBHOOK_EVENT_CATEGORY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WEBHOOK_EVENT_CATEGORY)
    self._wire_timestamps = None
    return self


def unstructure_webhook_event_category(obj: WebhookEventCategory) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.any_subscribed
    if v is not None:
        out["any_subscribed"] = v
    v = obj.available_expansions
    if v is not None:
        out["available_expansions"] = list(v)
    v = obj.event_category
    if v is not None:
        out["event_category"] = v
    v = obj.events
    if v is not None:
        out["events"] = [unstructure(x) for x in v]
    v = obj.subscribed
    if v is not None:
        out["subscribed"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_webhook_event_subscription(o: Any) -> WebhookEventSubscription:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WebhookEventSubscription = new_object(WebhookEventSubscription)
    g = o.get
    n = 0
    v = g("comments")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.comments = v
    v = g("deprecated_flag")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.deprecated_flag = v
    v = g("discontinued_flag")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.discontinued_flag = v
    v = g("event_description")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.event_description = v
    v = g("event_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.event_name = v
    v = g("event_ruler")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.event_ruler = v
    v = g("expansion")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.expansion = v
    v = g("subscribed")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.subscribed = v
    v = g("supports_reflow")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.supports_reflow = v
    v = g("webhook_event_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.webhook_event_oid = v
    if len(o) + n == 10 or _KNOWN_WEBHOOK_EVENT_SUBSCRIPTION.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WEBHOOK_EVENT_SUBSCRIPTION)
    self._wire_timestamps = None
    return self


def unstructure_webhook_event_subscription(obj: WebhookEventSubscription) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.comments
    if v is not None:
        out["comments"] = v
    v = obj.deprecated_flag
    if v is not None:
        out["deprecated_flag"] = v
    v = obj.discontinued_flag
    if v is not None:
        out["discontinued_flag"] = v
    v = obj.event_description
    if v is not None:
        out["event_description"] = v
    v = obj.event_name
    if v is not None:
        out["event_name"] = v
    v = obj.event_ruler
    if v is not None:
        out["event_ruler"] = v
    v = obj.expansion
    if v is not None:
        out["expansion"] = v
    v = obj.subscribed
    if v is not None:
        out["subscribed"] = v
    v = obj.supports_reflow
    if v is not None:
        out["supports_reflow"] = v
    v = obj.webhook_event_oid
    if v is not None:
        out["webhook_event_oid"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_webhook_log(o: Any) -> WebhookLog:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WebhookLog = new_object(WebhookLog)
    g = o.get
    ts: dict[str, str] | None = None
    r: list[Any]
    n = 0
    v = g("delivery_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["delivery_dts"] = v
        v = p
    self.delivery_dts = v
    v = g("duration")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.duration = v
    v = g("event_names")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.event_names = v
    v = g("order_ids")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.order_ids = v
    v = g("queue_delay")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.queue_delay = v
    v = g("request")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.request = v
    v = g("request_headers")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_http_header(x))
        v = r
    self.request_headers = v
    v = g("request_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.request_id = v
    v = g("response")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.response = v
    v = g("response_headers")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_http_header(x))
        v = r
    self.response_headers = v
    v = g("status_code")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.status_code = v
    v = g("success")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.success = v
    v = g("uri")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.uri = v
    v = g("webhook_oid")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.webhook_oid = v
    if len(o) + n == 14 or _KNOWN_WEBHOOK_LOG.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WEBHOOK_LOG)
    self._wire_timestamps = ts
    return self


def unstructure_webhook_log(obj: WebhookLog) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.delivery_dts
    if v is not None:
        out["delivery_dts"] = timestamp_out(stamps, "delivery_dts", v)
    v = obj.duration
    if v is not None:
        out["duration"] = v
    v = obj.event_names
    if v is not None:
        out["event_names"] = list(v)
    v = obj.order_ids
    if v is not None:
        out["order_ids"] = list(v)
    v = obj.queue_delay
    if v is not None:
        out["queue_delay"] = v
    v = obj.request
    if v is not None:
        out["request"] = v
    v = obj.request_headers
    if v is not None:
        out["request_headers"] = [unstructure(x) for x in v]
    v = obj.request_id
    if v is not None:
        out["request_id"] = v
    v = obj.response
    if v is not None:
        out["response"] = v
    v = obj.response_headers
    if v is not None:
        out["response_headers"] = [unstructure(x) for x in v]
    v = obj.status_code
    if v is not None:
        out["status_code"] = v
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.uri
    if v is not None:
        out["uri"] = v
    v = obj.webhook_oid
    if v is not None:
        out["webhook_oid"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_webhook_log_response(o: Any) -> WebhookLogResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WebhookLogResponse = new_object(WebhookLogResponse)
    g = o.get
    n = 0
    v = g("error")
    if v is None:
        n += 1
    else:
        v = structure_error(v)
    self.error = v
    v = g("metadata")
    if v is None:
        n += 1
    else:
        v = structure_response_metadata(v)
    self.metadata = v
    v = g("success")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.success = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    v = g("webhook_log")
    if v is None:
        n += 1
    else:
        v = structure_webhook_log(v)
    self.webhook_log = v
    if len(o) + n == 5 or _KNOWN_WEBHOOK_LOG_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WEBHOOK_LOG_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_webhook_log_response(obj: WebhookLogResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    v = obj.webhook_log
    if v is not None:
        out["webhook_log"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_webhook_log_summaries_response(o: Any) -> WebhookLogSummariesResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WebhookLogSummariesResponse = new_object(WebhookLogSummariesResponse)
    g = o.get
    r: list[Any]
    n = 0
    v = g("error")
    if v is None:
        n += 1
    else:
        v = structure_error(v)
    self.error = v
    v = g("metadata")
    if v is None:
        n += 1
    else:
        v = structure_response_metadata(v)
    self.metadata = v
    v = g("success")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.success = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    v = g("webhook_log_summaries")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_webhook_log_summary(x))
        v = r
    self.webhook_log_summaries = v
    if len(o) + n == 5 or _KNOWN_WEBHOOK_LOG_SUMMARIES_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WEBHOOK_LOG_SUMMARIES_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_webhook_log_summaries_response(obj: WebhookLogSummariesResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    v = obj.webhook_log_summaries
    if v is not None:
        out["webhook_log_summaries"] = [unstructure(x) for x in v]
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_webhook_log_summary(o: Any) -> WebhookLogSummary:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WebhookLogSummary = new_object(WebhookLogSummary)
    g = o.get
    ts: dict[str, str] | None = None
    n = 0
    v = g("delivery_dts")
    if v is None:
        n += 1
    else:
        p = from_iso(v)
        if ts is None:
            ts = {}
        ts["delivery_dts"] = v
        v = p
    self.delivery_dts = v
    v = g("duration")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.duration = v
    v = g("event_names")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.event_names = v
    v = g("order_ids")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        for x in v:
            if x.__class__ is not str:
                raise NotFast
        v = v.copy()
    self.order_ids = v
    v = g("request_id")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.request_id = v
    v = g("status_code")
    if v is None:
        n += 1
    elif v.__class__ is not int:
        raise NotFast
    self.status_code = v
    v = g("success")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.success = v
    if len(o) + n == 7 or _KNOWN_WEBHOOK_LOG_SUMMARY.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WEBHOOK_LOG_SUMMARY)
    self._wire_timestamps = ts
    return self


def unstructure_webhook_log_summary(obj: WebhookLogSummary) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    stamps = obj._wire_timestamps
    v = obj.delivery_dts
    if v is not None:
        out["delivery_dts"] = timestamp_out(stamps, "delivery_dts", v)
    v = obj.duration
    if v is not None:
        out["duration"] = v
    v = obj.event_names
    if v is not None:
        out["event_names"] = list(v)
    v = obj.order_ids
    if v is not None:
        out["order_ids"] = list(v)
    v = obj.request_id
    if v is not None:
        out["request_id"] = v
    v = obj.status_code
    if v is not None:
        out["status_code"] = v
    v = obj.success
    if v is not None:
        out["success"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_webhook_reflow(o: Any) -> WebhookReflow:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WebhookReflow = new_object(WebhookReflow)
    g = o.get
    n = 0
    v = g("event_name")
    if v is None:
        n += 1
    elif v.__class__ is not str:
        raise NotFast
    self.event_name = v
    v = g("queued")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.queued = v
    if len(o) + n == 2 or _KNOWN_WEBHOOK_REFLOW.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WEBHOOK_REFLOW)
    self._wire_timestamps = None
    return self


def unstructure_webhook_reflow(obj: WebhookReflow) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.event_name
    if v is not None:
        out["event_name"] = v
    v = obj.queued
    if v is not None:
        out["queued"] = v
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_webhook_reflow_response(o: Any) -> WebhookReflowResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WebhookReflowResponse = new_object(WebhookReflowResponse)
    g = o.get
    n = 0
    v = g("error")
    if v is None:
        n += 1
    else:
        v = structure_error(v)
    self.error = v
    v = g("metadata")
    if v is None:
        n += 1
    else:
        v = structure_response_metadata(v)
    self.metadata = v
    v = g("reflow")
    if v is None:
        n += 1
    else:
        v = structure_webhook_reflow(v)
    self.reflow = v
    v = g("success")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.success = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    if len(o) + n == 5 or _KNOWN_WEBHOOK_REFLOW_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WEBHOOK_REFLOW_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_webhook_reflow_response(obj: WebhookReflowResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.reflow
    if v is not None:
        out["reflow"] = unstructure(v)
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_webhook_response(o: Any) -> WebhookResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WebhookResponse = new_object(WebhookResponse)
    g = o.get
    n = 0
    v = g("error")
    if v is None:
        n += 1
    else:
        v = structure_error(v)
    self.error = v
    v = g("metadata")
    if v is None:
        n += 1
    else:
        v = structure_response_metadata(v)
    self.metadata = v
    v = g("success")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.success = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    v = g("webhook")
    if v is None:
        n += 1
    else:
        v = structure_webhook(v)
    self.webhook = v
    if len(o) + n == 5 or _KNOWN_WEBHOOK_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WEBHOOK_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_webhook_response(obj: WebhookResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    v = obj.webhook
    if v is not None:
        out["webhook"] = unstructure(v)
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


def structure_webhooks_response(o: Any) -> WebhooksResponse:
    if o.__class__ is not dict and not isinstance(o, dict):
        raise NotFast
    self: WebhooksResponse = new_object(WebhooksResponse)
    g = o.get
    r: list[Any]
    n = 0
    v = g("error")
    if v is None:
        n += 1
    else:
        v = structure_error(v)
    self.error = v
    v = g("metadata")
    if v is None:
        n += 1
    else:
        v = structure_response_metadata(v)
    self.metadata = v
    v = g("success")
    if v is None:
        n += 1
    elif v.__class__ is not bool:
        raise NotFast
    self.success = v
    v = g("warning")
    if v is None:
        n += 1
    else:
        v = structure_response_warning(v)
    self.warning = v
    v = g("webhooks")
    if v is None:
        n += 1
    else:
        if v.__class__ is not list:
            raise NotFast
        r = []
        for x in v:
            r.append(structure_webhook(x))
        v = r
    self.webhooks = v
    if len(o) + n == 5 or _KNOWN_WEBHOOKS_RESPONSE.issuperset(o):
        self.extra_fields = {}
    else:
        self.extra_fields = unknown_keys(o, _KNOWN_WEBHOOKS_RESPONSE)
    self._wire_timestamps = None
    return self


def unstructure_webhooks_response(obj: WebhooksResponse) -> dict[str, Any]:
    out: dict[str, Any] = {}
    v: Any
    v = obj.error
    if v is not None:
        out["error"] = unstructure(v)
    v = obj.metadata
    if v is not None:
        out["metadata"] = unstructure(v)
    v = obj.success
    if v is not None:
        out["success"] = v
    v = obj.warning
    if v is not None:
        out["warning"] = unstructure(v)
    v = obj.webhooks
    if v is not None:
        out["webhooks"] = [unstructure(x) for x in v]
    if obj.extra_fields:
        merge_extra_fields(out, obj.extra_fields)
    return out


#: The functions above by model class, for ``ultracart_async._wire``.
STRUCTURE: Final[dict[type[Any], Callable[[Any], Any]]] = {
    ApiUserApplicationProfile: structure_api_user_application_profile,
    HTTPHeader: structure_http_header,
    Webhook: structure_webhook,
    WebhookEventCategoriesResponse: structure_webhook_event_categories_response,
    WebhookEventCategory: structure_webhook_event_category,
    WebhookEventSubscription: structure_webhook_event_subscription,
    WebhookLog: structure_webhook_log,
    WebhookLogResponse: structure_webhook_log_response,
    WebhookLogSummariesResponse: structure_webhook_log_summaries_response,
    WebhookLogSummary: structure_webhook_log_summary,
    WebhookReflow: structure_webhook_reflow,
    WebhookReflowResponse: structure_webhook_reflow_response,
    WebhookResponse: structure_webhook_response,
    WebhooksResponse: structure_webhooks_response,
}
UNSTRUCTURE: Final[dict[type[Any], Callable[[Any], dict[str, Any]]]] = {
    ApiUserApplicationProfile: unstructure_api_user_application_profile,
    HTTPHeader: unstructure_http_header,
    Webhook: unstructure_webhook,
    WebhookEventCategoriesResponse: unstructure_webhook_event_categories_response,
    WebhookEventCategory: unstructure_webhook_event_category,
    WebhookEventSubscription: unstructure_webhook_event_subscription,
    WebhookLog: unstructure_webhook_log,
    WebhookLogResponse: unstructure_webhook_log_response,
    WebhookLogSummariesResponse: unstructure_webhook_log_summaries_response,
    WebhookLogSummary: unstructure_webhook_log_summary,
    WebhookReflow: unstructure_webhook_reflow,
    WebhookReflowResponse: unstructure_webhook_reflow_response,
    WebhookResponse: unstructure_webhook_response,
    WebhooksResponse: unstructure_webhooks_response,
}

# Why at the bottom: the codec modules call each other (Customer.orders,
# Order.customer_profile); importing once every function above exists breaks
# the cycle.
from ._codec_common import structure_error, structure_response_metadata, structure_response_warning  # noqa: E402

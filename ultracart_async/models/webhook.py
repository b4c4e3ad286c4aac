# Generated from tools/ultracart-openapi.json by tools/generate_models.py: do not edit.
# Regenerate with `python tools/generate_models.py`.
"""Models of the webhook API group (``/webhook/...``)."""

from __future__ import annotations

from datetime import datetime
from typing import Final

import attrs

from ._base import UltraCartModel
from .common import Error, ResponseMetadata, ResponseWarning

__all__ = [
    "ApiUserApplicationProfile",
    "HTTPHeader",
    "WEBHOOK_API_VERSION_VALUES",
    "WEBHOOK_AUTHENTICATION_TYPE_VALUES",
    "Webhook",
    "WebhookEventCategoriesResponse",
    "WebhookEventCategory",
    "WebhookEventSubscription",
    "WebhookLog",
    "WebhookLogResponse",
    "WebhookLogSummariesResponse",
    "WebhookLogSummary",
    "WebhookReflow",
    "WebhookReflowResponse",
    "WebhookResponse",
    "WebhooksResponse",
]

WEBHOOK_API_VERSION_VALUES: Final[tuple[str, ...]] = ("2017-03-01",)
"""Known values of :attr:`Webhook.api_version`; UltraCart may send others."""

WEBHOOK_AUTHENTICATION_TYPE_VALUES: Final[tuple[str, ...]] = (
    "none",
    "basic",
    "api user",
    "aws iam",
)
"""Known values of :attr:`Webhook.authentication_type`; UltraCart may send others."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class ApiUserApplicationProfile(UltraCartModel):
    """The UltraCart ``ApiUserApplicationProfile`` object."""

    api_application_logo_url: str | None = None
    """Application logo URL."""

    application_description: str | None = None
    """Application description."""

    application_name: str | None = None
    """Application name."""

    developer_name: str | None = None
    """Developer name."""

    developer_website: str | None = None
    """Developer website."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class HTTPHeader(UltraCartModel):
    """The UltraCart ``HTTPHeader`` object."""

    name: str | None = None
    """Name of the HTTP header."""

    value: str | None = None
    """Value of the HTTP header."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class Webhook(UltraCartModel):
    """The UltraCart ``Webhook`` object.

    Request body of: deleteWebhookByUrl, insertWebhook, updateWebhook.
    """

    api_user_oid: int | None = None
    """Populated if webhook associated with an API user."""

    api_version: str | None = None
    """Version of the API objects that are sent in notifications. Known values: ``'2017-03-01'``;
    other values are kept as they are. Server default: ``'2017-03-01'``.
    """

    application_profile: ApiUserApplicationProfile | None = None
    """See :class:`ApiUserApplicationProfile`."""

    authentication_type: str | None = None
    """The type of authentication this webhook will use when communicating with your server. Known
    values: ``'none'``, ``'basic'``, ``'api user'``, ``'aws iam'``; other values are kept as they
    are.
    """

    basic_password: str | None = attrs.field(default=None, repr=False)
    """Basic authentication password."""

    basic_username: str | None = None
    """Basic authentication user name."""

    compress_events: bool | None = None
    """Compress events with GZIP then base 64 encode them as a string."""

    consecutive_failures: int | None = None
    """The number of consecutive failures that have occurred trying to deliver notifications to the
    target server.
    """

    disabled: bool | None = None
    """True if the webhook has been disabled."""

    event_categories: list[WebhookEventCategory] | None = None
    """The categories of events. Individual events and subscriptions are handled in the child
    objects. _placeholders parameter effects the population of this on a retrieval.
    """

    iam_access_key: str | None = None
    """IAM Access Key for AWS SQS Delivery."""

    iam_secret_key: str | None = attrs.field(default=None, repr=False)
    """IAM Secret Key for AWS SQS Delivery."""

    maximum_events: int | None = None
    """The maximum number of events in the payload that UltraCart will deliver."""

    maximum_size: int | None = None
    """The maximum size of the payload that UltraCart will deliver."""

    merchant_comments: str | None = None
    """Merchant comments about this webhook. At most 2000 characters."""

    merchant_id: str | None = None
    """The UltraCart merchant ID that owns this webhook."""

    name: str | None = None
    """Friendly name to help identify this webhook. At most 80 characters."""

    next_retry_after: datetime | None = None
    """The next time UltraCart will attempt delivery if failures have been occurring. Timestamp
    (ISO-8601 on the wire).
    """

    pending: int | None = None
    """The number of pending events for this webhook."""

    webhook_oid: int | None = None
    """The object identifier for this webhook."""

    webhook_url: str | None = None
    """The URL to deliver events to. Must be HTTPS for customer related information."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WebhookEventCategoriesResponse(UltraCartModel):
    """The UltraCart ``WebhookEventCategoriesResponse`` object.

    Returned by: getWebhookEventCategories.
    """

    error: Error | None = None
    """See :class:`Error`."""

    event_categories: list[WebhookEventCategory] | None = None

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WebhookEventCategory(UltraCartModel):
    """The UltraCart ``WebhookEventCategory`` object."""

    any_subscribed: bool | None = None
    """True if any events are subscribed to."""

    available_expansions: list[str] | None = None
    """Array of available expansion constants."""

    event_category: str | None = None
    """Name of the event category."""

    events: list[WebhookEventSubscription] | None = None
    """The events within the category. Individual subscription flags contained within the child
    object.
    """

    subscribed: bool | None = None
    """True if all the events within this category are subscribed. This is a convenience flag to
    make user interfaces easier.
    """


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WebhookEventSubscription(UltraCartModel):
    """The UltraCart ``WebhookEventSubscription`` object."""

    comments: str | None = None
    """Comment about the event to provide further clarification to the end user."""

    deprecated_flag: bool | None = None
    """True if the event is deprecated. See the API change log for details on when it will be
    discontinued.
    """

    discontinued_flag: bool | None = None
    """True if the event is discontinued. See the API change log for details on migration details.
    """

    event_description: str | None = None
    """Description of the event."""

    event_name: str | None = None
    """Event name."""

    event_ruler: str | None = None
    """Optional - Event ruler expression to filter events to. Only events that match this Ruler
    expression will be transmitted to the webhook.
    """

    expansion: str | None = None
    """The expand string for the notification object. See the individual resource _expand
    documentation for valid values.
    """

    subscribed: bool | None = None
    """True if this is event is subscribed to."""

    supports_reflow: bool | None = None
    """True if the event can be triggered to reflow existing records."""

    webhook_event_oid: int | None = None
    """The webhook event object identifier."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WebhookLog(UltraCartModel):
    """The UltraCart ``WebhookLog`` object."""

    delivery_dts: datetime | None = None
    """Date/time of delivery. Timestamp (ISO-8601 on the wire)."""

    duration: int | None = None
    """Number of milliseconds to process the notification."""

    event_names: list[str] | None = None
    """Event names contained in this delivery."""

    order_ids: list[str] | None = None
    """Order ids contained in this delivery."""

    queue_delay: int | None = None
    """Number of milliseconds of delay caused by queuing."""

    request: str | None = None
    """Request payload (first 100,000 characters)."""

    request_headers: list[HTTPHeader] | None = None
    """Request headers sent to the server."""

    request_id: str | None = None
    """Request id is a unique string that you can look up in the logs."""

    response: str | None = None
    """Response payload (first 100,000 characters)."""

    response_headers: list[HTTPHeader] | None = None
    """Response headers received from the server."""

    status_code: int | None = None
    """HTTP status code received from the server."""

    success: bool | None = None
    """True if the delivery was successful."""

    uri: str | None = None
    """URI of the webhook delivered to."""

    webhook_oid: int | None = None
    """webhook oid."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WebhookLogResponse(UltraCartModel):
    """The UltraCart ``WebhookLogResponse`` object.

    Returned by: getWebhookLog.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""

    webhook_log: WebhookLog | None = None
    """See :class:`WebhookLog`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WebhookLogSummariesResponse(UltraCartModel):
    """The UltraCart ``WebhookLogSummariesResponse`` object.

    Returned by: getWebhookLogSummaries.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""

    webhook_log_summaries: list[WebhookLogSummary] | None = None
    """Webhook log summaries."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WebhookLogSummary(UltraCartModel):
    """The UltraCart ``WebhookLogSummary`` object."""

    delivery_dts: datetime | None = None
    """Date/time of the delivery. Timestamp (ISO-8601 on the wire)."""

    duration: int | None = None
    """Number of milliseconds to process the notification."""

    event_names: list[str] | None = None
    """Event names contained in this delivery."""

    order_ids: list[str] | None = None
    """Order ids contained in this delivery."""

    request_id: str | None = None
    """Request id."""

    status_code: int | None = None
    """HTTP status code received from the server."""

    success: bool | None = None
    """True if the notification was successful."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WebhookReflow(UltraCartModel):
    """The UltraCart ``WebhookReflow`` object."""

    event_name: str | None = None

    queued: bool | None = None


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WebhookReflowResponse(UltraCartModel):
    """The UltraCart ``WebhookReflowResponse`` object.

    Returned by: resendEvent.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    reflow: WebhookReflow | None = None
    """See :class:`WebhookReflow`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WebhookResponse(UltraCartModel):
    """The UltraCart ``WebhookResponse`` object.

    Returned by: deleteWebhookByUrl, insertWebhook, updateWebhook.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""

    webhook: Webhook | None = None
    """See :class:`Webhook`."""


@attrs.define(slots=True, kw_only=True, eq=False, repr=False)
class WebhooksResponse(UltraCartModel):
    """The UltraCart ``WebhooksResponse`` object.

    Returned by: getWebhooks.
    """

    error: Error | None = None
    """See :class:`Error`."""

    metadata: ResponseMetadata | None = None
    """See :class:`ResponseMetadata`."""

    success: bool | None = None
    """Indicates if API call was successful."""

    warning: ResponseWarning | None = None
    """See :class:`ResponseWarning`."""

    webhooks: list[Webhook] | None = None

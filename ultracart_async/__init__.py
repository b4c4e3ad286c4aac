"""ultracart-async: an async-first Python SDK for the UltraCart REST API v2.

Example::

    from ultracart_async import UltraCartClient

    async with UltraCartClient(simple_key="...") as uc:
        customer = await uc.customers.get(42)
        async for customer in uc.customers.list(billing_state="CA"):
            print(customer.email)
"""

from ._clock import Clock, SystemClock
from ._config import RequestOptions, RetryPolicy, Timeouts
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ApplicationDisabledError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    LimiterUnavailableError,
    NotFoundError,
    PaginationError,
    PermissionDeniedError,
    RateLimitDeadlineError,
    RateLimitError,
    ResponseTooLargeError,
    ServerError,
    UltraCartError,
)
from ._pagination import Export, ExportProgress, ExportStats, Page, Pager, ResumePoint
from ._ratelimit import DEFAULT_WINDOWS, Limiter, LimiterState, RateWindow, TokenBucketLimiter
from ._response import APIResponse, capture_responses
from ._version import __version__
from .client import UltraCartClient
from .webhook_receiver import (
    WebhookAuthenticationError,
    WebhookBasicAuth,
    WebhookDeduplicator,
    WebhookDeliveryError,
    WebhookEvent,
    WebhookPayloadTooLargeError,
    WebhookReceiver,
    WebhookResponse,
    WebhookRouter,
    parse_delivery,
)

__all__ = [
    "DEFAULT_WINDOWS",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ApplicationDisabledError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "Clock",
    "ConfigurationError",
    "ConflictError",
    "Export",
    "ExportProgress",
    "ExportStats",
    "Limiter",
    "LimiterUnavailableError",
    "LimiterState",
    "NotFoundError",
    "Page",
    "Pager",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitDeadlineError",
    "RateLimitError",
    "RateWindow",
    "RequestOptions",
    "ResponseTooLargeError",
    "ResumePoint",
    "RetryPolicy",
    "ServerError",
    "SystemClock",
    "Timeouts",
    "TokenBucketLimiter",
    "UltraCartClient",
    "UltraCartError",
    "WebhookAuthenticationError",
    "WebhookBasicAuth",
    "WebhookDeduplicator",
    "WebhookDeliveryError",
    "WebhookEvent",
    "WebhookPayloadTooLargeError",
    "WebhookReceiver",
    "WebhookResponse",
    "WebhookRouter",
    "parse_delivery",
    "__version__",
    "capture_responses",
]

"""ultracart-async: an async-first Python SDK for the UltraCart REST API v2.

Example::

    from ultracart_async import UltraCartClient

    async with UltraCartClient(simple_key="...") as uc:
        customer = await uc.customers.get(42)
        async for customer in uc.customers.list(billing_state="CA"):
            print(customer.email)
"""

import importlib
from typing import TYPE_CHECKING, Any

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
from ._ratelimit import DEFAULT_WINDOWS, Limiter, LimiterState, RateWindow, TokenBucketLimiter
from ._response import APIResponse, capture_responses
from ._sender import Sender, SenderRequest, SenderResponse
from ._version import __version__

if TYPE_CHECKING:
    from ._wire import FieldIssue
    from .client import UltraCartClient
    from .pagination import (
        Export,
        ExportProgress,
        ExportStats,
        Page,
        Pager,
        ResumePoint,
        StreamStats,
    )
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

#: Names imported on first use (PEP 562), by module: the client pulls in the resources and
#: pagination, the webhook receiver its own stack; ``import ultracart_async.cli`` (or any
#: light submodule) should not pay for what it does not use.
_LAZY: dict[str, str] = {
    "UltraCartClient": ".client",
    "FieldIssue": "._wire",  # handed to on_issue= and kept on WebhookEvent.issues
    **dict.fromkeys(
        (
            "Export",
            "ExportProgress",
            "ExportStats",
            "Page",
            "Pager",
            "ResumePoint",
            "StreamStats",
        ),
        ".pagination",
    ),
    **dict.fromkeys(
        (
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
        ),
        ".webhook_receiver",
    ),
}


def __getattr__(name: str) -> Any:
    """Import the module that defines ``name`` on its first use, once."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
    "FieldIssue",
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
    "Sender",
    "SenderRequest",
    "SenderResponse",
    "ServerError",
    "StreamStats",
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

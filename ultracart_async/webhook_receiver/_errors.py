"""The one exception family of the webhook receiver."""

from __future__ import annotations

from ultracart_async._errors import UltraCartError

__all__ = [
    "WebhookAuthenticationError",
    "WebhookDeliveryError",
    "WebhookPayloadTooLargeError",
]


class WebhookDeliveryError(UltraCartError):
    """A webhook delivery the receiver refuses.

    :func:`parse_delivery` raises nothing else, whatever the bytes. The message says what was
    wrong in terms of the envelope only (never a value from the body, which may be personal
    data) and is safe to send back to UltraCart, which shows it in the webhook's log.

    Attributes:
        status: The HTTP status to answer with: 400 (a broken envelope), 401
            (:class:`WebhookAuthenticationError`), 408 (the body did not arrive within the
            receiver's ``body_timeout``) or 413 (:class:`WebhookPayloadTooLargeError`).

    Example::

        try:
            events = parse_delivery(body)
        except WebhookDeliveryError as exc:
            return Response(str(exc), status=exc.status)
    """

    status: int = 400

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status


class WebhookAuthenticationError(WebhookDeliveryError):
    """401: the delivery carries no HTTP Basic credentials, or the wrong ones."""

    status = 401


class WebhookPayloadTooLargeError(WebhookDeliveryError):
    """413: the body, or what it decompresses to, is over the receiver's size limit, or the
    delivery holds more events than its ``max_events``."""

    status = 413

"""Every exception the SDK raises, in one tree.

::

    UltraCartError                      root: catch this to catch everything the SDK raises
    ├── ConfigurationError              bad arguments to the client or a call (also a ValueError)
    ├── ClientClosedError               the client was used after aclose()
    ├── APIError                        anything that happened while talking to the API
    │   ├── APIConnectionError          the request never got a usable answer
    │   │   └── APITimeoutError         ... because a timeout or the call's deadline ran out
    │   ├── APIResponseValidationError  a 2xx answer whose body is not what the operation declares
    │   └── APIStatusError              the API answered with a 4xx or 5xx status
    │       ├── BadRequestError             400
    │       ├── AuthenticationError         401
    │       ├── PermissionDeniedError       403
    │       ├── NotFoundError               404
    │       ├── ConflictError               409
    │       ├── ApplicationDisabledError    410 (UltraCart disabled the application)
    │       ├── RateLimitError              429, or a limiter wait longer than the deadline
    │       └── ServerError                 5xx
    ├── LimiterUnavailableError         a shared (Redis) rate limiter cannot be reached
    ├── PaginationError                 a paged stream stopped; carries a resume point
    └── WebhookDeliveryError            a webhook delivery was refused (.status 400)
        ├── WebhookAuthenticationError      401: missing or wrong Basic credentials
        └── WebhookPayloadTooLargeError     413: the body is over the receiver's limit

(The webhook errors live in :mod:`ultracart_async.webhook_receiver`.)

No exception of aiohttp or any other library escapes unwrapped: transport failures are
chained (``raise ... from exc``) onto :class:`APIConnectionError` or
:class:`APITimeoutError`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ApplicationDisabledError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "LimiterUnavailableError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UltraCartError",
    "status_error_class",
]

_EXCERPT_LIMIT = 200
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def excerpt(body: bytes | str, limit: int = _EXCERPT_LIMIT) -> str:
    """A short, single-line, tag-free excerpt of a body, for error messages."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = _SPACE.sub(" ", _TAG.sub(" ", text)).strip()
    return text if len(text) <= limit else text[: limit - 3] + "..."


class UltraCartError(Exception):
    """The root of every exception this SDK raises."""


class ConfigurationError(UltraCartError, ValueError):
    """A bad argument to the client or to a call, refused before any request is sent."""


class ClientClosedError(UltraCartError, RuntimeError):
    """The client was used after ``aclose()``."""


class APIError(UltraCartError):
    """Something went wrong while talking to the API.

    Attributes:
        method: The HTTP method of the request.
        url: The request URL, without credentials (the SDK never puts them in URLs).
        attempts: How many attempts were made before giving up.
    """

    def __init__(self, message: str, *, method: str, url: str, attempts: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url
        self.attempts = attempts

    def __str__(self) -> str:
        suffix = f" (after {self.attempts} attempts)" if self.attempts > 1 else ""
        return f"{self.message}{suffix}"


class APIConnectionError(APIError):
    """The request got no usable answer: connection refused or reset, body cut off, ..."""


class APITimeoutError(APIConnectionError):
    """A timeout, or the call's total deadline, ran out."""


class APIResponseValidationError(APIError):
    """A 2xx answer whose body is not what the operation declares (for example not JSON).

    Attributes:
        status: The HTTP status.
        body_excerpt: A short excerpt of the body.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        status: int,
        body_excerpt: str,
        attempts: int = 1,
    ) -> None:
        super().__init__(message, method=method, url=url, attempts=attempts)
        self.status = status
        self.body_excerpt = body_excerpt


class APIStatusError(APIError):
    """The API answered with an error status.

    Attributes:
        status: The HTTP status code.
        request_id: The ``X-UltraCart-Request-Id`` response header, if any: quote it to
            UltraCart support.
        uc_rest_error: The ``UC-REST-ERROR`` response header: UltraCart's human-readable text.
        developer_message, user_message, error_code, object_id, more_info: The fields of
            the error body (``{"error": {...}}``), when the body was UltraCart JSON.
        body_excerpt: A short excerpt of the body when it was not JSON (an HTML page from a
            proxy, say), or ``""``.
        headers: The response headers.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        status: int,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        uc_rest_error: str | None = None,
        error_body: Mapping[str, Any] | None = None,
        body_excerpt: str = "",
        attempts: int = 1,
    ) -> None:
        super().__init__(message, method=method, url=url, attempts=attempts)
        self.status = status
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.request_id = request_id
        self.uc_rest_error = uc_rest_error
        body = error_body or {}
        self.developer_message: str | None = _str_or_none(body.get("developer_message"))
        self.user_message: str | None = _str_or_none(body.get("user_message"))
        self.error_code: str | None = _str_or_none(body.get("error_code"))
        self.object_id: str | None = _str_or_none(body.get("object_id"))
        self.more_info: str | None = _str_or_none(body.get("more_info"))
        self.body_excerpt = body_excerpt


class BadRequestError(APIStatusError):
    """400: the request was malformed or failed validation."""


class AuthenticationError(APIStatusError):
    """401: the credential is missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403: the credential lacks the permission (OAuth scope) this operation needs."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class ApplicationDisabledError(APIStatusError):
    """410: UltraCart has disabled the authorized application. Not retried."""


class RateLimitError(APIStatusError):
    """429, or a wait for the client's own rate limiter that would outlast the deadline.

    Attributes:
        retry_after: Seconds the server (or the limiter) asked to wait, if known.
        window: The rate window named by ``UC-REST-ERROR`` (``"10000 per 86400s"``) or by
            the limiter, if known.
    """

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        window: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after
        self.window = window


class ServerError(APIStatusError):
    """5xx: UltraCart (or a proxy in front of it) failed."""


class LimiterUnavailableError(UltraCartError):
    """The shared rate limiter could not reach Redis, and its policy is to fail closed.

    Raised by the call that needed a slot (``RedisLimiter(on_unavailable="fail")``, the
    default) once Redis has been unreachable for longer than ``unavailable_grace``. No request
    was sent. The Redis error is chained as ``__cause__``.

    Attributes:
        name: The limiter name.
        down_for: Seconds since Redis was last reachable from this process.
    """

    def __init__(self, message: str, *, name: str, down_for: float) -> None:
        super().__init__(message)
        self.name = name
        self.down_for = down_for


class PaginationError(UltraCartError):
    """A paged stream or export stopped before its end.

    Attributes:
        resume: The resume point: pass it back to the same operation to continue where the
            stream stopped, with the same guarantees as an uninterrupted run.
    """

    def __init__(self, message: str, *, resume: Any = None) -> None:
        super().__init__(message)
        self.resume = resume


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: ApplicationDisabledError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, APIStatusError)


def _str_or_none(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)

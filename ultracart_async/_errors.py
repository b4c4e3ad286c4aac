"""Every exception the SDK raises, in one tree.

::

    UltraCartError                      root: catch this to catch everything the SDK raises
    ├── ConfigurationError              bad arguments to the client or a call (also a ValueError)
    ├── ClientClosedError               the client was used after aclose()
    ├── APIError                        anything that happened while talking to the API
    │   ├── APIConnectionError          the request never got a usable answer
    │   │   └── APITimeoutError         ... because a timeout or the call's deadline ran out
    │   ├── APIResponseValidationError  a 2xx answer whose body is not what the operation declares
    │   ├── ResponseTooLargeError       a body over ``max_response_bytes`` (never retried)
    │   └── APIStatusError              the API answered with a 4xx or 5xx status
    │       ├── BadRequestError             400
    │       ├── AuthenticationError         401
    │       ├── PermissionDeniedError       403
    │       ├── NotFoundError               404
    │       ├── ConflictError               409
    │       ├── ApplicationDisabledError    410 (UltraCart disabled the application)
    │       ├── RateLimitError              429, or a limiter wait longer than the deadline
    │       │   └── RateLimitDeadlineError      the client's limiter refused: nothing was sent
    │       └── ServerError                 5xx
    ├── LimiterUnavailableError         a shared (Redis) rate limiter cannot use Redis
    ├── PaginationError                 a paged stream stopped; carries a resume point
    └── WebhookDeliveryError            a webhook delivery was refused (.status 400)
        ├── WebhookAuthenticationError      401: missing or wrong Basic credentials
        └── WebhookPayloadTooLargeError     413: the body is over the receiver's limit

(The webhook errors live in :mod:`ultracart_async.webhook_receiver`.)

No exception of aiohttp or any other library escapes unwrapped: transport failures are
chained (``raise ... from exc``) onto :class:`APIConnectionError` or
:class:`APITimeoutError`.

``str()`` of an :class:`APIError` is one line of at most 500 characters with control
characters escaped, whatever the server sent; the server's full text stays on the
exception's attributes (``developer_message``, ``uc_rest_error``, ``body``, ...).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._text import MESSAGE_LIMIT, printable

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
    "RateLimitDeadlineError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ServerError",
    "UltraCartError",
    "status_error_class",
]

_EXCERPT_LIMIT = 200
# Only the start of a body is read for its excerpt: bodies may be up to 32 MiB, and decoding
# and scanning all of it to keep 200 characters is wasted work. 64 KiB leaves ample room for
# markup and whitespace before the first 200 characters of text.
_EXCERPT_SCAN = 64 * 1024
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


def excerpt(body: bytes | str, limit: int = _EXCERPT_LIMIT) -> str:
    """A short, single-line, tag-free excerpt of a body, for error messages."""
    head = body[:_EXCERPT_SCAN]
    text = head.decode("utf-8", "replace") if isinstance(head, bytes) else head
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

    The message may quote the server (its error text, an excerpt of its body), so it is made
    safe to print: control characters (ESC, BEL, line breaks) are escaped and it is cut to
    500 characters. The server's text in full stays on the attributes of the subclasses.

    Attributes:
        message: The message, one printable line.
        method: The HTTP method of the request.
        url: The request URL, without credentials (the SDK never puts them in URLs).
        attempts: How many attempts were made before giving up.
    """

    def __init__(self, message: str, *, method: str, url: str, attempts: int = 1) -> None:
        safe = printable(message)
        super().__init__(safe)
        self.message: str = safe
        self.method: str = method
        self.url: str = url
        self.attempts: int = attempts

    def __str__(self) -> str:
        suffix = f" (after {self.attempts} attempts)" if self.attempts > 1 else ""
        return printable(self.message, MESSAGE_LIMIT - len(suffix)) + suffix


class APIConnectionError(APIError):
    """The request got no usable answer: connection refused or reset, body cut off, ..."""


class APITimeoutError(APIConnectionError):
    """A timeout, or the call's total deadline, ran out."""


class APIResponseValidationError(APIError):
    """A 2xx answer whose body is not what the operation declares (for example not JSON).

    Attributes:
        status: The HTTP status.
        body_excerpt: A short excerpt of the body.
        body: The whole body as received (at most the client's ``max_response_bytes``), or
            ``b""`` when the error was raised after decoding.
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
        body: bytes = b"",
    ) -> None:
        super().__init__(message, method=method, url=url, attempts=attempts)
        self.status: int = status
        self.body_excerpt: str = body_excerpt
        self.body: bytes = body


class ResponseTooLargeError(APIError):
    """The answer's body is larger than the client's ``max_response_bytes``.

    The size is counted while the body is read, after decompression, so neither an endless
    body nor a small gzip that inflates to gigabytes can grow the process. It applies to
    error answers as well. Never retried: the same request would bring the same body.

    Attributes:
        limit: The cap that was exceeded, in bytes (``max_response_bytes``).
        status: The HTTP status of the answer.
        headers: The response headers.

    Example::

        # a page of 200 fully expanded customers is under 1 MB; the default cap is 32 MiB
        uc = UltraCartClient(max_response_bytes=128 * 1024 * 1024)
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        limit: int,
        status: int,
        headers: Mapping[str, str] | None = None,
        attempts: int = 1,
    ) -> None:
        super().__init__(message, method=method, url=url, attempts=attempts)
        self.limit: int = limit
        self.status: int = status
        self.headers: Mapping[str, str] = headers if headers is not None else {}


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
        body: The whole body as received (at most the client's ``max_response_bytes``);
            ``b""`` when there was none.
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
        body: bytes = b"",
    ) -> None:
        super().__init__(message, method=method, url=url, attempts=attempts)
        self.status: int = status
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.request_id: str | None = request_id
        self.uc_rest_error: str | None = uc_rest_error
        fields = error_body or {}
        self.developer_message: str | None = _str_or_none(fields.get("developer_message"))
        self.user_message: str | None = _str_or_none(fields.get("user_message"))
        self.error_code: str | None = _str_or_none(fields.get("error_code"))
        self.object_id: str | None = _str_or_none(fields.get("object_id"))
        self.more_info: str | None = _str_or_none(fields.get("more_info"))
        self.body_excerpt: str = body_excerpt
        self.body: bytes = body


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


class RateLimitDeadlineError(RateLimitError):
    """The client's own rate limiter refused the call: no request was sent.

    Raised at once, without sleeping, when the wait for a slot (a token in every window,
    the pause after a 429, a place in flight) would end after the call's deadline. The
    server was not asked, so nothing about the server's state is implied.

    ``status`` is 429, the answer the limiter stands in for, so that handlers written for
    :class:`RateLimitError` keep working; ``headers`` is empty and ``request_id`` None,
    since no response exists. ``method``, ``url`` and ``attempts`` name the call refused.

    Attributes:
        wait: Seconds the limiter would have had to wait for a slot (also ``retry_after``).
        window: What the wait is for: a window such as ``"1000/3600s"``, ``"pause after a
            429"``, or the in-flight cap.

    Example::

        try:
            await uc.customers.get(oid, options=RequestOptions(deadline=5))
        except RateLimitDeadlineError as exc:
            print(f"not sent: the limiter needs {exc.wait:.0f}s for {exc.window}")
    """

    def __init__(
        self, message: str, *, wait: float, window: str | None, method: str = "", url: str = ""
    ) -> None:
        super().__init__(
            message, retry_after=wait, window=window, method=method, url=url, status=429
        )
        self.wait = wait


class ServerError(APIStatusError):
    """5xx: UltraCart (or a proxy in front of it) failed."""


class LimiterUnavailableError(UltraCartError):
    """The shared rate limiter could not use Redis, and its policy is to fail closed.

    Raised by the call that needed a slot (``RedisLimiter(on_unavailable="fail")``, the
    default) once Redis has been unreachable, or has answered the limiter with an error reply
    (``WRONGTYPE``, ``READONLY``, a script error), for longer than ``unavailable_grace``. The
    message says which of the two. No request was sent. The Redis error is chained as
    ``__cause__``.

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

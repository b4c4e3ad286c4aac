"""What came back from one call: status, headers, request id, attempts and the JSON."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from contextvars import ContextVar
from typing import Any

import attrs

from ._errors import APIResponseValidationError
from ._text import printable

__all__ = ["APIResponse", "capture_responses", "invalid_answer", "json_shape", "payload"]


@attrs.frozen
class APIResponse:
    """One answered call, as the raw API saw it.

    Typed operations return the unwrapped result (a ``Customer``, not its envelope); use
    :func:`capture_responses` to see the :class:`APIResponse` behind them. ``uc.request()``
    returns one directly.

    Attributes:
        method: The HTTP method.
        url: The URL that was requested (credentials never appear in URLs).
        status: The HTTP status.
        headers: The response headers.
        request_id: ``X-UltraCart-Request-Id``, for UltraCart support.
        attempts: How many attempts the call took.
        throttled: How many of those attempts were answered 429.
        data: The decoded JSON body (the whole envelope), or None for an empty body.
        elapsed: Seconds from the first attempt to the end of the body.
    """

    method: str
    url: str
    status: int
    headers: Mapping[str, str] = attrs.field(repr=False)
    request_id: str | None
    attempts: int
    throttled: int
    data: Any = attrs.field(repr=False)
    elapsed: float

    @property
    def warning(self) -> Any:
        """The envelope's ``warning`` object, if any."""
        return self.data.get("warning") if isinstance(self.data, dict) else None

    @property
    def metadata(self) -> Any:
        """The envelope's ``metadata`` object, if any."""
        return self.data.get("metadata") if isinstance(self.data, dict) else None


_captured: ContextVar[list[APIResponse] | None] = ContextVar(
    "ultracart_async_captured", default=None
)


@contextlib.contextmanager
def capture_responses() -> Iterator[list[APIResponse]]:
    """Collect the :class:`APIResponse` of every call made inside the block.

    The one way to reach headers, request ids, warnings and envelope metadata behind a
    typed call. It follows the current task and the tasks it starts, so concurrent code
    elsewhere does not leak into the list.

    Example::

        with capture_responses() as responses:
            customer = await uc.customers.get(42)
        print(responses[-1].request_id, responses[-1].warning)
    """
    captured: list[APIResponse] = []
    token = _captured.set(captured)
    try:
        yield captured
    finally:
        _captured.reset(token)


def record(response: APIResponse) -> None:
    """Hand a response to the innermost :func:`capture_responses` block, if any."""
    captured = _captured.get()
    if captured is not None:
        captured.append(response)


def payload(response: APIResponse, key: str) -> Any:
    """``data[key]`` of an answer, or None when the body is not an object or lacks it."""
    data = response.data
    return data.get(key) if isinstance(data, dict) else None


def json_shape(value: object) -> str:
    """A value's JSON shape without its content (bodies hold personal data and secrets)."""
    if isinstance(value, dict):
        # The keys come from the server: escaped, as any outside text in a message.
        keys = printable(", ".join(sorted(map(str, value))[:12]), 300)
        return f"an object with keys [{keys}{', ...' if len(value) > 12 else ''}]"
    if isinstance(value, list):
        return f"an array of {len(value)}"
    return "null" if value is None else f"a {type(value).__name__}"


def invalid_answer(
    response: APIResponse, problem: str, data: object, *, about: str | None = None
) -> APIResponseValidationError:
    """The error for an answer whose body is not what the operation declares: ``problem``
    after ``about`` (``"getCustomers: ..."``), else after ``"GET answered 200"``; the excerpt
    is ``data``'s JSON shape, never its content."""
    lead = f"{about}:" if about else f"{response.method} answered {response.status}"
    return APIResponseValidationError(
        f"{lead} {problem}",
        method=response.method,
        url=response.url,
        status=response.status,
        body_excerpt=json_shape(data),
        attempts=response.attempts,
    )

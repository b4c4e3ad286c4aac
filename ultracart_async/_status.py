"""What an answer's status and body mean: the JSON of a 2xx, the error of any other status.

UltraCart reports an error as a status, a ``UC-REST-ERROR`` header and, usually, an
``{"error": {"developer_message": ..., "user_message": ...}}`` body. :func:`status_error`
turns those into the matching class of the error tree, with the most useful of them as the
message; whether the call may be tried again is decided elsewhere (:mod:`._retry`).
"""

from __future__ import annotations

import gc
from collections.abc import Mapping
from typing import Any

import orjson

from ._errors import APIStatusError, RateLimitError, excerpt, status_error_class
from ._limits import window_from_error_text
from ._retry import parse_retry_after

__all__ = ["decode_success", "status_error"]


def decode_success(body: bytes, status: int, expects_body: bool) -> tuple[Any, str | None]:
    """The JSON of a 2xx body, or None and what was wrong with it."""
    if status == 204 or not body.strip():
        if status != 204 and expects_body:
            return None, "an empty body where JSON was expected"
        return None, None
    try:
        return _loads(body), None
    except orjson.JSONDecodeError:
        return None, "a body that is not JSON"


#: Bodies at least this large are decoded with the cyclic garbage collector paused.
_GC_PAUSE_BYTES = 64 * 1024


def _loads(body: bytes) -> Any:
    # A page of 200 expanded customers allocates about 5,000 containers, and the collector
    # would scan the young ones again and again while they are built, and promote the page
    # towards the old generations it then rescans in full: about a tenth of a typed export's
    # CPU.
    # Decoding runs no other code, so pausing the collector for it is safe; the previous
    # state is always restored.
    if len(body) < _GC_PAUSE_BYTES or not gc.isenabled():
        return orjson.loads(body)
    gc.disable()
    try:
        return orjson.loads(body)
    finally:
        gc.enable()


def _error_parts(body: bytes) -> tuple[Mapping[str, Any] | None, str]:
    """The body's ``error`` object, or an excerpt of a body that holds none."""
    try:
        decoded = orjson.loads(body) if body.strip() else None
    except orjson.JSONDecodeError:
        return None, excerpt(body)
    if isinstance(decoded, dict) and isinstance(decoded.get("error"), dict):
        return decoded["error"], ""
    return None, "" if decoded is None else excerpt(body)


def status_error(
    method: str,
    path: str,
    url: str,
    status: int,
    reason: str,
    headers: Mapping[str, str],
    body: bytes,
) -> APIStatusError:
    """The error for an answer of ``status`` (not 2xx) to ``method path``.

    The message carries the developer message, else ``UC-REST-ERROR``, else the user
    message, else an excerpt of the body, and the request id when the answer has one.
    """
    error_body, body_excerpt = _error_parts(body)
    uc_rest_error = headers.get("UC-REST-ERROR")
    request_id = headers.get("X-UltraCart-Request-Id")
    detail = (
        (error_body or {}).get("developer_message")
        or uc_rest_error
        or (error_body or {}).get("user_message")
        or body_excerpt
        or "empty body"
    )
    message = f"{status} {reason} from {method} {path}: {detail}".replace("  ", " ")
    if request_id:
        message += f" (request id {request_id})"
    cls = status_error_class(status)
    common: dict[str, Any] = {
        "method": method,
        "url": url,
        "status": status,
        "headers": headers,
        "request_id": request_id,
        "uc_rest_error": uc_rest_error,
        "error_body": error_body,
        "body_excerpt": body_excerpt,
        "body": body,
    }
    if cls is RateLimitError:
        window = window_from_error_text(uc_rest_error)
        return RateLimitError(
            message,
            retry_after=parse_retry_after(headers.get("Retry-After")),
            window=str(window) if window else None,
            **common,
        )
    return cls(message, **common)

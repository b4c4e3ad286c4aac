"""One call: its settings, fixed before the first attempt, and its progress across attempts;
and the checks on what a caller hands the transport."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import attrs
import orjson
from yarl import URL

from ._config import RequestOptions
from ._errors import APIError, ConfigurationError

__all__ = ["NO_OPTIONS", "Call", "check_mapping", "check_options", "encode_json"]

NO_OPTIONS = RequestOptions()


@attrs.define
class Call:
    """One call's settings, fixed before the first attempt, and its progress across attempts."""

    method: str
    path: str
    url: URL
    url_text: str
    body: bytes | None
    headers: Mapping[str, str]
    repeatable: bool
    expects_body: bool
    max_attempts: int
    per_attempt: float | None
    deadline: float | None
    started: float
    attempt: int = 0
    throttled: int = 0
    refreshed: bool = False
    #: When the first attempt was sent: the start of the first-contact budget.
    first_sent: float | None = None
    last_error: APIError | None = None
    #: Called once a 2xx body has been read, before it is decoded (a pager sends its next
    #: request from there).
    on_read: Callable[[], object] | None = None


def check_options(options: object) -> RequestOptions:
    """``options``, or the defaults for None; a ConfigurationError for anything else."""
    if options is None:
        return NO_OPTIONS
    if isinstance(options, RequestOptions):
        return options
    raise ConfigurationError(
        f"options must be a RequestOptions, got {type(options).__name__}; "
        "write options=RequestOptions(timeout=5, ...)"
    )


def check_mapping(name: str, value: object) -> Mapping[str, object] | None:
    """``value`` if it is a mapping or None; a ConfigurationError naming ``name`` otherwise."""
    if value is None or isinstance(value, Mapping):
        return value
    raise ConfigurationError(
        f"{name} must be a mapping (a dict) of names to values, got {type(value).__name__}"
    )


def encode_json(value: object) -> bytes | None:
    """The JSON body for ``value`` (None for no body)."""
    if value is None:
        return None
    try:
        return orjson.dumps(value)
    except TypeError as exc:  # orjson.JSONEncodeError is a TypeError
        raise ConfigurationError(f"json is not JSON-serialisable: {exc}") from None

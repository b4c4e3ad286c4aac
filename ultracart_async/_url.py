"""Request URLs: the base URL, the path with its parameters percent-encoded, the query."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from urllib.parse import quote

from yarl import URL

from ._errors import ConfigurationError

__all__ = ["build_url", "encode_query_value"]

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def encode_query_value(value: object) -> str:
    """One query value as UltraCart expects it: booleans as true/false, lists comma-joined,
    datetimes in ISO 8601."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ",".join(encode_query_value(v) for v in value)
    return str(value)


def _quote(what: str, text: str, safe: str) -> str:
    try:
        return quote(text, safe=safe)
    except UnicodeEncodeError:
        # A lone surrogate (from a bad decode upstream) has no UTF-8 form to send.
        raise ConfigurationError(f"{what} is not valid Unicode text (a lone surrogate?)") from None


def _encode_segment(name: str, value: object) -> str:
    if value is None or isinstance(value, bool):
        raise ConfigurationError(f"path parameter {name!r} must be given, got {value!r}")
    text = str(value)
    if not text:
        raise ConfigurationError(f"path parameter {name!r} must not be empty")
    encoded = _quote(f"path parameter {name!r}", text, "")
    if encoded in (".", ".."):
        # A bare dot segment would be collapsed by URL normalisation ("by_email/.." would
        # name the customer list). Percent-encoded and sent as an already-encoded URL,
        # it reaches the server as the literal value.
        encoded = encoded.replace(".", "%2E")
    return encoded


def build_url(
    base_url: str,
    path: str,
    path_params: Mapping[str, object] | None = None,
    params: Mapping[str, object] | None = None,
) -> URL:
    """The request URL: path parameters percent-encoded (``/``, ``+``, ``?``, ``#``, ``%``,
    spaces and dots included), query values encoded so a ``+`` survives, None dropped."""
    values = path_params or {}

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise ConfigurationError(f"path parameter {name!r} is missing for {path}")
        return _encode_segment(name, values[name])

    text = base_url.rstrip("/") + _PLACEHOLDER.sub(substitute, path)
    if params:
        pairs = [
            f"{_quote('query parameter', key, '')}="
            f"{_quote(f'query parameter {key!r}', encode_query_value(value), ',')}"
            for key, value in params.items()
            if value is not None
        ]
        if pairs:
            text += "?" + "&".join(pairs)
    # Built already encoded, so yarl neither re-encodes nor normalises dot segments.
    return URL(text, encoded=True)

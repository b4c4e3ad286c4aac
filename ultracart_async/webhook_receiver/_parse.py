"""Bytes in, events out: decompression, JSON and the delivery envelope. No I/O here."""

from __future__ import annotations

import base64
import binascii
import logging
import re
import zlib
from typing import Any, Final

import orjson

from ultracart_async._errors import ConfigurationError
from ultracart_async._wire import FieldIssue, structure
from ultracart_async.models._base import json_kind

from ._errors import WebhookDeliveryError, WebhookPayloadTooLargeError
from ._events import WebhookEvent, model_for_event, shown_name

__all__ = ["DEFAULT_MAX_BODY_SIZE", "DEFAULT_MAX_EVENTS", "decode_body", "parse_delivery"]

logger: Final = logging.getLogger("ultracart_async.webhooks")

#: The default size limit of a delivery, before and after decompression: 10 MiB. UltraCart's
#: own cap is ``maximum_size`` per webhook (documented as 900 KB; its samples use 5 MB).
DEFAULT_MAX_BODY_SIZE: Final = 10 * 1024 * 1024

#: The default limit of events in one delivery: 10,000. UltraCart batches up to the webhook's
#: ``maximum_events`` per delivery (its samples use 10); set ``max_events`` to match.
DEFAULT_MAX_EVENTS: Final = 10_000

_GZIP_MAGIC: Final = b"\x1f\x8b"
# base64 of the first three bytes of every gzip stream (1f 8b 08: magic, deflate). JSON text
# can never start with "H", so this test cannot mistake a plain delivery for a compressed one.
_B64_GZIP_PREFIX: Final = "H4sI"
_UTF8_BOM: Final = b"\xef\xbb\xbf"
# Why a member cap: each gzip member costs a decompressor; a body of empty members must not
# buy thousands of them. aiohttp uses the same figure.
_MAX_GZIP_MEMBERS: Final = 1024
_WHITESPACE: Final = b" \t\r\n"
# A JSON string (to the closing quote, or to the end if there is none) or a bracket. The
# possessive quantifiers and the end-of-input alternative make every match attempt that starts
# at a quote succeed, so a scan is linear whatever the bytes: no backtracking, no restarts.
_TOKEN: Final = re.compile(rb'"(?:[^"\\]++|\\[\s\S]?)*+(?:"|\Z)|[\[\]{}]')
_EVENTS_KEY: Final = b'"events"'


def _json_kind(value: object) -> str:
    # The receiver's messages say "number" for any JSON number.
    kind = json_kind(value)
    return "number" if kind == "integer" else kind


def _too_large(limit: int, what: str) -> WebhookPayloadTooLargeError:
    return WebhookPayloadTooLargeError(f"{what} is larger than the limit of {limit} bytes")


def _gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip ``data`` (one or more members), refusing more than ``limit`` bytes.

    Why not :func:`gzip.decompress`: it inflates everything before anyone can look at the
    size, so a few kilobytes could become gigabytes (a decompression bomb). Here the output
    is requested ``limit + 1`` bytes at a time at most and refused as soon as it passes
    ``limit``.
    """
    out = bytearray()
    for _ in range(_MAX_GZIP_MEMBERS):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(data, limit - len(out) + 1)
        except zlib.error:
            raise WebhookDeliveryError("the body is not valid gzip data") from None
        if len(out) > limit:
            raise _too_large(limit, "the decompressed body")
        if not inflater.eof:
            raise WebhookDeliveryError("the gzip data is truncated")
        data = inflater.unused_data
        if not data.strip(b"\x00"):
            # Like the gzip module: zero padding after the last member is allowed.
            return bytes(out)
        if not data.startswith(_GZIP_MAGIC):
            raise WebhookDeliveryError("the gzip data is followed by bytes that are not gzip")
    raise WebhookDeliveryError(f"the gzip data has more than {_MAX_GZIP_MEMBERS} members")


def _b64_gunzip(text: bytes, limit: int) -> bytes:
    """Decode base64 text of gzip data, then decompress it (at most ``limit`` bytes)."""
    compact = text.translate(None, _WHITESPACE)  # base64 may be wrapped in lines
    altchars = b"-_" if b"-" in compact or b"_" in compact else None
    try:
        raw = base64.b64decode(compact, altchars=altchars, validate=True)
    except (binascii.Error, ValueError):
        raise WebhookDeliveryError("the body looks like base64 of gzip data but is not") from None
    if not raw.startswith(_GZIP_MAGIC):
        raise WebhookDeliveryError("the body looks like base64 of gzip data but is not")
    return _gunzip(raw, limit)


def decode_body(body: bytes, *, max_size: int = DEFAULT_MAX_BODY_SIZE) -> bytes:
    """The JSON bytes of a delivery body: decompressed if it is compressed.

    Two compressed forms are accepted, recognised by their content rather than trusted from a
    header (a framework or proxy may already have decoded a ``Content-Encoding: gzip`` body
    and left the header in place):

    * gzip data (``Content-Encoding: gzip``, or the bytes alone);
    * base64 text of gzip data: UltraCart's ``compress_events`` option ("compress events with
      GZIP then base 64 encode them as a string"; the envelope is undocumented).

    Neither can be mistaken for JSON, which never starts with byte ``1f`` or with ``H``.

    Raises:
        WebhookPayloadTooLargeError: ``body``, or what it decompresses to, is larger than
            ``max_size``.
        WebhookDeliveryError: the compressed data is corrupt.

    Example::

        decode_body(gzip.compress(b"[]"))   # b"[]"
    """
    if len(body) > max_size:
        raise _too_large(max_size, "the body")
    if body.startswith(_GZIP_MAGIC):
        return _gunzip(body, max_size)
    if body.lstrip(_WHITESPACE).startswith(_B64_GZIP_PREFIX.encode()):
        return _b64_gunzip(body, max_size)
    return body


def _too_many_events(limit: int) -> WebhookPayloadTooLargeError:
    return WebhookPayloadTooLargeError(
        f"the delivery holds more than {limit} events (the receiver's max_events)"
    )


def _more_events_than(data: bytes, limit: int) -> bool:
    """True if the event array of the JSON text ``data`` has more than ``limit`` items.

    Why a scan before parsing: a few kilobytes of gzip can inflate to a million tiny events,
    and the JSON parser would build them all (hundreds of MiB, seconds of CPU) before anyone
    could count them. This builds nothing and stops at the first item past the limit. It
    counts the commas directly inside the event array (the root array, or the array under
    the root object's ``"events"`` key): ``n`` items have ``n - 1`` of them. It only guards:
    bytes that are not JSON are left for the parser to refuse.
    """
    if data.count(b",") < limit:
        return False  # fewer commas than the limit anywhere: at most `limit` items
    begin = len(data) - len(data.lstrip(_WHITESPACE))
    root = data[begin : begin + 1]
    if root not in (b"[", b"{"):
        return False
    # The depth inside the event array: the root array's, or found when "events" opens.
    target = 1 if root == b"[" else -1
    depth = commas = 0
    gap = begin
    events_key_end = -1
    for token in _TOKEN.finditer(data, begin):
        start = token.start()
        if depth == target:
            commas += data.count(b",", gap, start)
            if commas >= limit:
                return True
        gap = token.end()
        first = data[start]
        if first == 0x22:  # a string: note whether it is the root object's "events" key
            if depth == 1:
                is_key = gap - start == len(_EVENTS_KEY) and data.startswith(_EVENTS_KEY, start)
                events_key_end = gap if is_key else -1
        elif first in b"[{":
            if (
                first == 0x5B
                and depth == 1
                and target == -1
                and events_key_end >= 0
                and data[events_key_end:start].strip(_WHITESPACE) == b":"
            ):
                target = 2
            depth += 1
        else:
            if depth == target or depth <= 1:
                return False  # the event array (or the root) is closed
            depth -= 1
    return False


def _loads(data: bytes, content_encoding: str | None, max_events: int) -> Any:
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    if _more_events_than(data, max_events):
        raise _too_many_events(max_events)
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        # orjson's message gives a position and a reason, never the offending text.
        hint = ""
        if content_encoding and content_encoding.strip().lower() not in ("", "identity", "gzip"):
            hint = f" (Content-Encoding {content_encoding.strip()!r} is not supported)"
        raise WebhookDeliveryError(f"the body is not valid JSON: {exc}{hint}") from None


def _maybe_compressed_string(value: Any, max_size: int, max_events: int) -> Any:
    """A JSON string holding base64 of gzipped JSON (one possible ``compress_events``
    envelope), decoded; any other value unchanged."""
    if isinstance(value, str) and value.lstrip().startswith(_B64_GZIP_PREFIX):
        try:
            text = value.encode("ascii")
        except UnicodeEncodeError:
            raise WebhookDeliveryError(
                "a string looks like base64 of gzip data but is not"
            ) from None
        return _loads(_b64_gunzip(text, max_size), None, max_events)
    return value


def _event_list(value: Any, max_size: int, max_events: int) -> list[Any]:
    value = _maybe_compressed_string(value, max_size, max_events)
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        if "events" not in value:
            raise WebhookDeliveryError(
                "expected a JSON array of events, or an object with an 'events' array; "
                "got an object without an 'events' key"
            )
        events = _maybe_compressed_string(value["events"], max_size, max_events)
        if not isinstance(events, list):
            raise WebhookDeliveryError(
                f"expected 'events' to be a JSON array, got {_json_kind(events)}"
            )
        return events
    raise WebhookDeliveryError(
        "expected a JSON array of events, or an object with an 'events' array; "
        f"got {_json_kind(value)}"
    )


def build_event(index: int, name: str, value: Any) -> WebhookEvent:
    """Event ``index`` of a delivery from its name and JSON object (a pair of
    :func:`delivery_items`): the event :func:`parse_delivery` gives at that index."""
    model = model_for_event(name)
    if model is None:
        return WebhookEvent(
            name=name, object=value if isinstance(value, dict) else None, raw=value, index=index
        )
    if not isinstance(value, dict):
        issue = FieldIssue(
            model=model.__name__, field=name, problem=f"expected object, got {_json_kind(value)}"
        )
        logger.warning(
            "webhook event #%d %s carries %s instead of a %s object; delivered with object=None",
            index,
            shown_name(name),
            _json_kind(value),
            model.__name__,
        )
        return WebhookEvent(name=name, object=None, raw=value, index=index, issues=(issue,))
    issues: list[FieldIssue] = []
    try:
        obj = structure(value, model, on_issue=issues.append)
    except Exception as exc:
        # Why so broad: structure() repairs bad values instead of raising, so this is a
        # defect (or, say, a RecursionError on absurd nesting); one event must not refuse
        # the whole delivery. The message may hold data: only the type is logged.
        logger.error(
            "could not build a %s for webhook event #%d %s (%s); delivered with object=None",
            model.__name__,
            index,
            shown_name(name),
            type(exc).__name__,
        )
        issue = FieldIssue(
            model=model.__name__, field=name, problem=f"could not be built ({type(exc).__name__})"
        )
        return WebhookEvent(name=name, object=None, raw=value, index=index, issues=(issue,))
    return WebhookEvent(name=name, object=obj, raw=value, index=index, issues=tuple(issues))


def parse_delivery(
    body: bytes,
    *,
    content_encoding: str | None = None,
    max_size: int = DEFAULT_MAX_BODY_SIZE,
    max_events: int = DEFAULT_MAX_EVENTS,
) -> list[WebhookEvent]:
    """Parse a webhook delivery body into its events, in order.

    The body is a JSON array of ``{event_name: object}`` objects (UltraCart's documented
    form) or an object whose ``events`` key holds that array (an older form seen in
    UltraCart's samples); compressed bodies are decoded first (see :func:`decode_body`).
    Every item must be a JSON object with exactly one key, the event name.

    The envelope is strict, the objects are not: an object that does not match its model is
    still delivered (see :class:`WebhookEvent`), and an unknown event name is delivered with
    its object as a dict.

    ``max_events`` is counted while the JSON is scanned, before any event is built, so a
    small compressed body cannot become a million events in memory.

    Raises:
        WebhookDeliveryError: the body is not a delivery (status 400), or is too large
            (:class:`WebhookPayloadTooLargeError`, status 413: over ``max_size`` bytes, or
            more than ``max_events`` events). Nothing else is raised, whatever the bytes.
        ConfigurationError: ``max_events`` is not a positive int.

    Example::

        events = parse_delivery(b'[{"customer_update": {"customer_profile_oid": 42}}]')
        events[0].customer.customer_profile_oid   # 42
    """
    if not isinstance(max_events, int) or isinstance(max_events, bool) or max_events < 1:
        raise ConfigurationError(f"max_events must be a positive int, got {max_events!r}")
    items = _items(body, content_encoding, max_size, max_events)
    return [build_event(index, *_named(index, item)) for index, item in enumerate(items)]


def _items(body: bytes, content_encoding: str | None, max_size: int, max_events: int) -> list[Any]:
    """The JSON items of a delivery's event array, none of them checked or built yet."""
    data = decode_body(body, max_size=max_size)
    items = _event_list(_loads(data, content_encoding, max_events), max_size, max_events)
    if len(items) > max_events:
        # What the scan cannot see (an "events" key spelt with escapes) is caught here,
        # still before any event is built.
        raise _too_many_events(max_events)
    return items


def _named(index: int, item: Any) -> tuple[str, Any]:
    """The event name and object of item ``index``, which must be a one-key JSON object."""
    if not isinstance(item, dict) or len(item) != 1:
        got = f"an object with {len(item)} keys" if isinstance(item, dict) else _json_kind(item)
        raise WebhookDeliveryError(
            f"event #{index} must be an object with exactly one key, the event name; got {got}"
        )
    ((name, value),) = item.items()
    return name, value


def delivery_items(
    body: bytes, *, content_encoding: str | None, max_size: int, max_events: int
) -> list[tuple[str, Any]]:
    """The ``(event name, JSON object)`` pairs of a delivery, the envelope checked as
    :func:`parse_delivery` checks it but no event built: build one with :func:`build_event`.

    Raises:
        WebhookDeliveryError: as :func:`parse_delivery`.
    """
    items = _items(body, content_encoding, max_size, max_events)
    return [_named(index, item) for index, item in enumerate(items)]

"""Best-effort suppression of redelivered events, in memory bounded in bytes."""

from __future__ import annotations

import hashlib
import struct
from collections import OrderedDict
from typing import Any, Final

import orjson

from ultracart_async._errors import ConfigurationError

from ._events import WebhookEvent

__all__ = ["DedupeKey", "WebhookDeduplicator"]

#: The SHA-256 digest (32 bytes) of an event's name, object id and version; the version is
#: the object's modification timestamp as sent, or the content of the object when the model
#: has none (orders, users). Fixed-size whatever the event, so memory is bounded in bytes.
DedupeKey = bytes

_DEFAULT_MAX_KEYS: Final = 10_000
_LENGTH: Final = struct.Struct(">Q")
_FLOAT: Final = struct.Struct(">d")


def _field(tag: bytes, data: bytes) -> bytes:
    # A tag and a length before every field: no two different events encode alike.
    return tag + _LENGTH.pack(len(data)) + data


def _text(value: str) -> bytes:
    # surrogatepass: a lone surrogate is a str Python allows; it must not make the key fail.
    return value.encode("utf-8", "surrogatepass")


def _int(value: int) -> bytes:
    # Not str(value): str() refuses ints of more than 4300 digits.
    return value.to_bytes(value.bit_length() // 8 + 1, "big", signed=True)


def _scalar(value: Any) -> bytes:
    """The canonical encoding of a JSON scalar (any other object: its type only)."""
    if value is None or isinstance(value, bool):
        return {None: b"n", True: b"t", False: b"f"}[value]
    if isinstance(value, int):
        return _field(b"i", _int(value))
    if isinstance(value, float):
        return b"d" + _FLOAT.pack(value)
    if isinstance(value, str):
        return _field(b"s", _text(value))
    return _field(b"?", _text(type(value).__qualname__))


def _walk_digest(value: Any) -> bytes:
    """SHA-256 of a canonical encoding of a JSON value, walked without recursion.

    The fallback of :func:`_content_digest`: it accepts any nesting and any value. Keys are
    sorted by their encoding, so key order does not matter; containers announce their size,
    so the encoding needs no closing marks to be unambiguous. A container met a second time
    (a cycle, in an object built by hand) is encoded as a mark, so the walk always ends.
    """
    digest = hashlib.sha256()
    stack = [value]
    walked: set[int] = set()
    while stack:
        item = stack.pop()
        if isinstance(item, dict | list | tuple):
            if id(item) in walked:
                digest.update(b"r")
                continue
            walked.add(id(item))
        if isinstance(item, dict):
            pairs = sorted(
                ((_scalar(key), child) for key, child in item.items()), key=lambda p: p[0]
            )
            digest.update(b"o" + _LENGTH.pack(len(pairs)))
            for key, child in reversed(pairs):
                stack.append(child)
                stack.append(_Encoded(key))
        elif isinstance(item, list | tuple):
            digest.update(b"l" + _LENGTH.pack(len(item)))
            stack.extend(reversed(item))
        elif isinstance(item, _Encoded):
            digest.update(item.data)
        else:
            digest.update(_scalar(item))
    return digest.digest()


class _Encoded:
    """An already encoded dict key on the walk's stack."""

    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data


def _content_digest(raw: Any) -> bytes:
    """A digest of an event's object: of its canonical JSON (sorted keys), or, when the JSON
    encoder refuses it (nested deeper than 255 levels, an int beyond 64 bits...), of the
    value itself walked by :func:`_walk_digest`. Never raises."""
    try:
        canonical = orjson.dumps(raw, option=orjson.OPT_SORT_KEYS)
    except Exception:
        # Why so broad: a key must never fail, or every redelivery of this event fails too.
        return b"w" + _walk_digest(raw)
    return b"j" + hashlib.sha256(canonical).digest()


class WebhookDeduplicator:
    """Remembers the last ``max_keys`` events handled, to drop UltraCart's redeliveries.

    UltraCart delivers at least once: a delivery it did not see answered in time is sent
    again, so a handler can see the same event twice. This drops an event whose
    :meth:`key` was seen recently. The key stands for the event name, the object's id and
    its modification timestamp (``last_modified_dts`` of a customer, ``last_update_dts`` of
    a workflow task), so a genuine later update of the same object is still delivered; for
    orders and users, which have no such timestamp, the object's content stands in.
    Events without an object id (other categories, malformed objects) are never dropped.

    Only keys are kept, and a key is a 32-byte SHA-256 digest whatever the size of the event,
    so memory is bounded in bytes: under 200 bytes per key, about 2 MB for 10,000 keys.

    It is best effort: memory is an LRU of ``max_keys`` keys in this process only, so a
    redelivery after a restart, to another process, or after more than ``max_keys`` newer
    events still gets through. Make handlers idempotent where it matters.

    Args:
        max_keys: How many recent event keys are remembered (the oldest go first).

    Example::

        receiver = WebhookReceiver(
            router, basic_auth=auth, dedupe=WebhookDeduplicator(max_keys=50_000)
        )
    """

    def __init__(self, max_keys: int = _DEFAULT_MAX_KEYS) -> None:
        if not isinstance(max_keys, int) or isinstance(max_keys, bool) or max_keys < 1:
            raise ConfigurationError(f"max_keys must be a positive int, got {max_keys!r}")
        self.max_keys = max_keys
        self._seen: OrderedDict[DedupeKey, None] = OrderedDict()

    @staticmethod
    def key(event: WebhookEvent) -> DedupeKey | None:
        """The dedupe key of an event (a 32-byte digest), or ``None`` if it has no object id
        (never dropped). Never raises, whatever the event holds.

        Example::

            WebhookDeduplicator.key(event)   # b'\\x8f\\x02...' (32 bytes)
        """
        object_id = event.object_id
        if object_id is None:
            return None
        if isinstance(object_id, int):
            id_field = _field(b"i", _int(object_id))
        else:
            id_field = _field(b"s", _text(object_id))
        modified = event.modified
        version = (
            _field(b"m", _text(modified))
            if modified is not None
            else _field(b"c", _content_digest(event.raw))
        )
        return hashlib.sha256(_field(b"e", _text(event.name)) + id_field + version).digest()

    def claim(self, key: DedupeKey) -> bool:
        """Record ``key``; False if it was already recorded (the event is a duplicate).

        The receiver claims a key before running the handlers and :meth:`release` s it if
        they fail, so a concurrent copy is dropped but a redelivery after a failure is not.
        """
        if key in self._seen:
            self._seen.move_to_end(key)
            return False
        self._seen[key] = None
        if len(self._seen) > self.max_keys:
            self._seen.popitem(last=False)
        return True

    def release(self, key: DedupeKey) -> None:
        """Forget ``key``, so that the event is handled when it comes again."""
        self._seen.pop(key, None)

    def __len__(self) -> int:
        return len(self._seen)

    def __repr__(self) -> str:
        return f"WebhookDeduplicator(max_keys={self.max_keys}, size={len(self._seen)})"

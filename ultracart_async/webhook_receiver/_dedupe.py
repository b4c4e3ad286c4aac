"""Best-effort suppression of redelivered events, in bounded memory."""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Final

import orjson

from ultracart_async._errors import ConfigurationError

from ._events import WebhookEvent

__all__ = ["DedupeKey", "WebhookDeduplicator"]

#: ``(event name, object id, version)``; the version is the object's modification timestamp
#: as sent, or ``"sha256:<hex>"`` of its JSON when the model has none (orders, users).
DedupeKey = tuple[str, int | str, str]

_DEFAULT_MAX_KEYS: Final = 10_000


def _version(event: WebhookEvent) -> str:
    modified = event.modified
    if modified is not None:
        return modified
    # Why a digest of the content when there is no timestamp: keying on the id alone would
    # drop a genuine second order_update. Identical content is a redelivery; different
    # content is delivered. Sorted keys make the digest independent of key order.
    canonical = orjson.dumps(event.raw, option=orjson.OPT_SORT_KEYS)
    return "sha256:" + hashlib.sha256(canonical).hexdigest()


class WebhookDeduplicator:
    """Remembers the last ``max_keys`` events handled, to drop UltraCart's redeliveries.

    UltraCart delivers at least once: a delivery it did not see answered in time is sent
    again, so a handler can see the same event twice. This drops an event whose
    :meth:`key` was seen recently. The key is the event name, the object's id and its
    modification timestamp (``last_modified_dts`` of a customer, ``last_update_dts`` of a
    workflow task), so a genuine later update of the same object is still delivered; for
    orders and users, which have no such timestamp, a digest of the object's JSON stands in.
    Events without an object id (other categories, malformed objects) are never dropped.

    It is best effort: memory is an LRU of ``max_keys`` keys in this process only, so a
    redelivery after a restart, to another process, or after more than ``max_keys`` newer
    events still gets through. Make handlers idempotent where it matters.

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
        """The dedupe key of an event, or ``None`` if it has no object id (never dropped)."""
        object_id = event.object_id
        if object_id is None:
            return None
        return (event.name, object_id, _version(event))

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

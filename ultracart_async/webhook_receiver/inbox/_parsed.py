"""The events of stored deliveries, parsed again from their bodies for the workers.

The inbox stores each body once, as received; a worker parses it with the receiver's own
parser, so a handler sees exactly the event the inline mode would have seen.

The bodies of the deliveries this process committed are kept in a small cache, bounded in
bytes, so that its workers need not load them back: bodies, not parsed events. Parsed events
are thousands of small objects each; kept for seconds, they would outlive the garbage
collector's young generations and make its full collections (measured: 80 to 100 ms pauses
of the whole event loop, every second or so at 100 deliveries per second) frequent. Bytes
are one object the collector does not even track; a delivery is decoded when its events are
claimed, only the claimed events are built, and they live as long as their handlers.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Final

import orjson

from .._errors import WebhookDeliveryError
from .._events import WebhookEvent
from .._parse import build_event, delivery_items

__all__ = ["DeliveryBodies", "Items", "Stored", "event_at", "stored_items"]

# The body was checked against the receiver's limits when it was accepted; the worker only
# guards against the absurd.
_MAX_SIZE: Final = 1 << 31
_MAX_EVENTS: Final = (1 << 31) - 1

#: A stored delivery: its body, and the JSON object of its kept headers.
Stored = tuple[bytes, str]


class DeliveryBodies:
    """Bodies by delivery id, the least recently added dropped beyond ``max_bytes`` (or
    ``max_deliveries``)."""

    def __init__(self, *, max_bytes: int = 16 << 20, max_deliveries: int = 4096) -> None:
        self.max_bytes = max_bytes
        self.max_deliveries = max_deliveries
        self._cache: OrderedDict[int, Stored] = OrderedDict()
        self._bytes = 0

    def put(self, delivery_id: int, body: bytes, headers: str) -> None:
        """Keep a delivery this process just committed."""
        if delivery_id in self._cache or len(body) > self.max_bytes:
            return
        self._cache[delivery_id] = (body, headers)
        self._bytes += len(body)
        while self._bytes > self.max_bytes or len(self._cache) > self.max_deliveries:
            _, (dropped, _) = self._cache.popitem(last=False)
            self._bytes -= len(dropped)

    def get(self, delivery_id: int) -> Stored | None:
        """A delivery kept, or None."""
        return self._cache.get(delivery_id)


#: The ``(event name, JSON object)`` pairs of a stored delivery, no event built yet.
Items = list[tuple[str, Any]]


def stored_items(stored: Stored) -> Items:
    """The items of a stored delivery, its envelope checked as when it was accepted.

    Raises:
        WebhookDeliveryError: the stored body no longer parses (it did when accepted).
    """
    body, headers = stored
    try:
        kept = orjson.loads(headers)
    except orjson.JSONDecodeError:
        kept = {}
    encoding = kept.get("content-encoding") if isinstance(kept, dict) else None
    return delivery_items(
        body,
        content_encoding=encoding if isinstance(encoding, str) else None,
        max_size=_MAX_SIZE,
        max_events=_MAX_EVENTS,
    )


def event_at(items: Items, delivery_id: int, index: int) -> WebhookEvent:
    """Event ``index`` of a delivery, built from its items (and only that event: a claim of
    one event of a large delivery must not build them all).

    Raises:
        WebhookDeliveryError: the delivery holds no such event.
    """
    if not 0 <= index < len(items):
        raise WebhookDeliveryError(
            f"delivery {delivery_id} holds {len(items)} events, not an event #{index}"
        )
    return build_event(index, *items[index])

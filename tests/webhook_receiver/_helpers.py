"""Shared by the receiver's tests: credentials, sample deliveries, floods, a recording receiver."""

from __future__ import annotations

import asyncio
import base64
import functools
import gc
import gzip
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from ultracart_async.webhook_receiver import WebhookEvent, WebhookReceiver, WebhookRouter

DATA = Path(__file__).parent.parent / "data"


USER, PASSWORD = "ultracart", "pw-Zq8!s3cret-9f2c"


def flood(events: int, *, wrapped: bool = False) -> bytes:
    """A delivery of ``events`` tiny events: 9 bytes each, about 1,100 per KiB of gzip."""
    items = b"[" + b",".join([b'{"a":{}}'] * events) + b"]"
    return b'{"events": ' + items + b"}" if wrapped else items


SAMPLE = (DATA / "webhook_order_create.json").read_bytes()


def basic(user: str = USER, password: str = PASSWORD) -> dict[str, str]:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def deep_order(levels: int, order_id: str = "A", tail: int = 0) -> bytes:
    """An order_update nested deeper than orjson.dumps allows (255 levels)."""
    nested = b"[" * levels + str(tail).encode() + b"]" * levels
    return b'[{"order_update": {"order_id": "' + order_id.encode() + b'", "x": ' + nested + b"}}]"


async def retained_bytes(action: Callable[[], Awaitable[object]]) -> int:
    """The memory still allocated after ``await action()``, all its garbage collected."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        await action()
        gc.collect()
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def make_receiver(
    seen: list[WebhookEvent] | None = None, **kwargs: Any
) -> tuple[WebhookReceiver, list[WebhookEvent]]:
    """A receiver with our credentials whose handler records every event in ``seen`` (a new
    list unless given), and raises on an event whose object says ``"fail": true``."""
    router = WebhookRouter()
    seen = [] if seen is None else seen

    @router.fallback
    async def record(event: WebhookEvent) -> None:
        if isinstance(event.raw, dict) and event.raw.get("fail"):
            raise RuntimeError("handler exploded")
        seen.append(event)

    kwargs.setdefault("basic_auth", (USER, PASSWORD))
    return WebhookReceiver(router, **kwargs), seen


def gated_router(gate: asyncio.Event, handled: list[int]) -> WebhookRouter:
    """A router whose ``item_update`` handler waits for ``gate``, then records the event's
    ``n`` in ``handled``."""
    router = WebhookRouter()

    @router.on("item_update")
    async def blocked(event: WebhookEvent) -> None:
        await gate.wait()
        handled.append(event.raw["n"])

    return router


@functools.cache
def gzipped_flood() -> bytes:
    return gzip.compress(flood(1_100_000), 9)

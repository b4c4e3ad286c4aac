"""The receiver through the README's Starlette/FastAPI recipe, driven as a bare ASGI app
(``tests/_asgi.py``): credentials before the body, gzip inflated by the receiver itself,
the body-read deadline, max_events, and dedupe of poison events."""

from __future__ import annotations

import gzip
import logging
from typing import Any

import orjson
import pytest

from ultracart_async.webhook_receiver import WebhookDeduplicator, WebhookReceiver, WebhookRouter

from .._asgi import post, recipe_app
from ._helpers import (
    PASSWORD,
    SAMPLE,
    USER,
    basic,
    deep_order,
    gzipped_flood,
    make_receiver,
    retained_bytes,
)

GZIP = {"Content-Encoding": "gzip"}
BOMB = gzip.compress(b"[" + b" " * 20_000_000 + b"]")


async def test_gzip_is_inflated_by_the_receiver_after_the_credentials() -> None:
    receiver, seen = make_receiver(max_body_size=1_000_000)
    app = recipe_app(receiver)
    ok = await post(app, {**basic(), **GZIP}, [gzip.compress(SAMPLE)])
    assert ok.status == 200 and orjson.loads(ok.body)["handled"] == 1
    assert [event.name for event in seen] == ["order_create"]
    # The ASGI server passed the compressed bytes through: the receiver's own bounded gunzip
    # refused the bomb, and named the gzip data that is corrupt.
    bomb = await post(app, {**basic(), **GZIP}, [BOMB])
    assert bomb.status == 413
    assert orjson.loads(bomb.body)["error"].startswith("the decompressed body is larger")
    garbage = await post(app, {**basic(), **GZIP}, [b"\x1f\x8b\x08garbage"])
    assert garbage.status == 400 and b"not valid gzip data" in garbage.body


@pytest.mark.parametrize("headers", [{}, basic(password="wrong")], ids=["none", "wrong"])
async def test_credentials_are_checked_before_the_body_is_read(headers: dict[str, str]) -> None:
    receiver, _ = make_receiver(body_timeout=0.05)
    exchange = await post(recipe_app(receiver), {**headers, **GZIP}, [BOMB[:65536]], stall=True)
    assert exchange.status == 401  # at once, not a 408 after waiting for the body
    assert exchange.headers["www-authenticate"].startswith('Basic realm="')
    assert exchange.receive_calls == 0  # not one byte of the body was asked for


async def test_a_slow_body_is_408() -> None:
    receiver, seen = make_receiver(body_timeout=0.05)
    exchange = await post(recipe_app(receiver), basic(), [b'[{"item_update": '], stall=True)
    assert exchange.status == 408
    assert orjson.loads(exchange.body) == {"error": "the body did not arrive within 0.05 s"}
    assert seen == []


async def test_a_flood_of_events_is_413() -> None:
    receiver, seen = make_receiver()
    body = gzipped_flood()  # 20 KB of gzip, 1.1 million events
    chunks = [body[i : i + 4096] for i in range(0, len(body), 4096)]
    exchange = await post(recipe_app(receiver), {**basic(), **GZIP}, chunks)
    assert exchange.status == 413
    assert b"more than 10000 events" in exchange.body
    assert seen == []


@pytest.mark.parametrize("mode", ["inline", "queue"])
async def test_dedupe_of_an_event_too_deep_for_the_json_encoder(mode: Any) -> None:
    receiver, seen = make_receiver(mode=mode, dedupe=WebhookDeduplicator())
    app = recipe_app(receiver)
    async with receiver:  # the recipe's lifespan
        first = await post(app, basic(), [deep_order(300)])
        again = await post(app, basic(), [deep_order(300)])
    assert (first.status, again.status) == (200, 200)
    assert orjson.loads(first.body)["duplicates"] == 0
    assert orjson.loads(again.body)["duplicates"] == 1
    assert len(seen) == 1


async def test_dedupe_memory_is_bounded_in_bytes(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.ERROR, "ultracart_async")
    bodies = [
        orjson.dumps([{"order_update": {"order_id": str(n).ljust(256 * 1024, "x")}}])
        for n in range(21)
    ]
    receiver = WebhookReceiver(
        WebhookRouter(), basic_auth=(USER, PASSWORD), dedupe=WebhookDeduplicator()
    )
    app = recipe_app(receiver)
    await post(app, basic(), [bodies.pop()])  # warm up

    async def deliver_all() -> None:
        for body in bodies:
            assert (await post(app, basic(), [body])).status == 200

    grown = await retained_bytes(deliver_all)
    assert grown < 64 * 1024, f"kept {grown} bytes for 20 dedupe keys of 256 KiB ids"

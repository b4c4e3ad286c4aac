"""The inbox behind the receiver's framework glue, as the receiver has it today: aiohttp.web
(``add_webhook_route``) and ASGI (the README's Starlette/FastAPI recipe). The workers start
and stop with the app."""

from __future__ import annotations

from pathlib import Path

import orjson
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from ultracart_async.webhook_receiver import WebhookEvent, WebhookReceiver, WebhookRouter
from ultracart_async.webhook_receiver.aiohttp_web import add_webhook_route
from ultracart_async.webhook_receiver.inbox import WebhookInbox

from .._asgi import post, recipe_app
from .._postgres import query
from ._app import PASSWORD, USER
from ._helpers import AUTH, PATH, updates, wait_for


def app_parts(url: str) -> tuple[WebhookReceiver, WebhookInbox, list[str]]:
    handled: list[str] = []
    router = WebhookRouter()

    @router.on("customer_update")
    async def record(event: WebhookEvent) -> None:
        handled.append(str(event.object_id))

    inbox = WebhookInbox(url, poll_interval=0.05)
    receiver = WebhookReceiver(router, basic_auth=(USER, PASSWORD), inbox=inbox, workers=2)
    return receiver, inbox, handled


async def done_count(url: str) -> int:
    rows = await query(url, "SELECT COUNT(*) FROM ultracart_inbox_events WHERE state = 'done'")
    return int(rows[0][0])


async def test_aiohttp_app_commits_then_its_workers_handle(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'inbox.db'}"
    receiver, inbox, handled = app_parts(url)
    app = web.Application()
    add_webhook_route(app, PATH, receiver)
    client = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    try:
        assert inbox.running  # started with the app
        for oids in ((1, 2), (3,), (1, 2)):
            response = await client.post(PATH, data=updates(*oids), headers=AUTH)
            assert response.status == 200
        assert orjson.loads(await response.read()) == {
            "received": 2,
            "stored": 0,
            "duplicates": 2,
        }
        await wait_for(lambda: _count_is(url, 3))
        assert sorted(handled) == ["1", "2", "3"]
    finally:
        await client.close()
    assert not inbox.running  # stopped with the app
    assert receiver.closed


async def _count_is(url: str, expected: int) -> bool:
    return await done_count(url) == expected


async def test_asgi_recipe_commits_then_its_workers_handle(db_url: str) -> None:
    receiver, inbox, handled = app_parts(db_url)
    app = recipe_app(receiver)
    async with receiver:  # the recipe's lifespan
        assert inbox.running
        exchange = await post(app, AUTH, [updates(5, 6)])
        assert exchange.status == 200
        assert orjson.loads(exchange.body) == {"received": 2, "stored": 2, "duplicates": 0}
        await wait_for(lambda: _count_is(db_url, 2))
    assert not inbox.running
    assert sorted(handled) == ["5", "6"]
    after = await post(app, AUTH, [updates(7)])
    assert after.status == 503  # closed with the app: UltraCart delivers again later

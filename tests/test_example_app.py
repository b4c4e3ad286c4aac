"""examples/webhook_app.py end to end: UltraCart (a test client) posts a customer_update
delivery to the app on 127.0.0.1, and the app fetches that customer from the sandbox; and the
script itself, run as a user runs it, serves with aiohttp's auto_decompress off."""

from __future__ import annotations

import asyncio
import base64
import gzip
import importlib.util
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from types import ModuleType

import aiohttp
import orjson
import pytest
from aiohttp import web

from ultracart_async.sandbox import Sandbox
from ultracart_async.webhook_receiver import WebhookBasicAuth

from ._net import free_port

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "webhook_app.py"
USER, PASSWORD = "ultracart", "example-pw-3xQ"


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("webhook_app_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def basic(password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{USER}:{password}".encode()).decode()}


@pytest.fixture
async def sandbox() -> AsyncIterator[Sandbox]:
    async with Sandbox(customers=20, seed=1) as sb:
        yield sb


async def test_example_app_fetches_the_updated_customer(sandbox: Sandbox) -> None:
    example = load_example()
    app: web.Application = example.create_app(
        webhook_auth=WebhookBasicAuth(USER, PASSWORD),
        simple_key=sandbox.simple_key,
        base_url=sandbox.base_url,
    )
    oid = sorted(sandbox.snapshot_ids())[3]
    delivery = orjson.dumps(
        [{"customer_update": {"customer_profile_oid": oid, "email": "changed@example.com"}}]
    )
    runner = web.AppRunner(app)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        url = f"http://127.0.0.1:{port}/webhooks/ultracart"
        sandbox.stats.reset()
        async with aiohttp.ClientSession() as session:
            async with session.post(url, data=delivery, headers=basic("wrong")) as resp:
                assert resp.status == 401
            assert list(sandbox.stats.request_log) == []  # refused before any work

            async with session.post(url, data=delivery, headers=basic(PASSWORD)) as resp:
                assert resp.status == 200, await resp.text()
                assert await resp.json() == {"received": 1, "handled": 1, "duplicates": 0}

            # The same delivery again (at least once): dropped by the app's dedupe.
            async with session.post(url, data=delivery, headers=basic(PASSWORD)) as resp:
                assert (await resp.json())["duplicates"] == 1

        log = [(e.method, e.raw_path, e.status) for e in sandbox.stats.request_log]
        assert log == [("GET", f"/rest/v2/customer/customers/{oid}", 200)]
        (fetched,) = app[example.FETCHED]
        assert fetched.customer_profile_oid == oid
        assert fetched.billing  # the expansion the example asks for
        client = app[example.ULTRACART_CLIENT]
        assert not client.closed
    finally:
        await runner.cleanup()
    assert client.closed  # closed with the app


async def wait_until_listening(port: int, process: asyncio.subprocess.Process) -> None:
    async with asyncio.timeout(30):  # a hang guard, not a speed check
        while True:
            if process.returncode is not None:
                raise AssertionError(f"the example exited with {process.returncode}")
            try:
                _, writer = await asyncio.open_connection("127.0.0.1", port)
            except OSError:
                await asyncio.sleep(0.05)
                continue
            writer.close()
            await writer.wait_closed()
            return


async def test_the_example_script_lets_the_receiver_inflate_gzip() -> None:
    port = free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith("ULTRACART_")}
    env.update(
        ULTRACART_SIMPLE_KEY="example-key",  # no UltraCart call: nothing handles item events
        ULTRACART_WEBHOOK_USERNAME=USER,
        ULTRACART_WEBHOOK_PASSWORD=PASSWORD,
        LOG_LEVEL="WARNING",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(EXAMPLE),
        "--port",
        str(port),
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    gz = {"Content-Encoding": "gzip"}
    bomb = gzip.compress(b"[" + b" " * 20_000_000 + b"]")  # 20 KB, 20 MB inflated
    url = f"http://127.0.0.1:{port}/webhooks/ultracart"
    try:
        await wait_until_listening(port, process)
        async with aiohttp.ClientSession() as session:
            delivery = gzip.compress(orjson.dumps([{"item_update": {"merchant_item_id": "A"}}]))
            async with session.post(url, data=delivery, headers={**basic(PASSWORD), **gz}) as resp:
                assert resp.status == 200
                assert await resp.json() == {"received": 1, "handled": 1, "duplicates": 0}
            async with session.post(url, data=bomb, headers={**basic("wrong"), **gz}) as resp:
                assert resp.status == 401
            # The bomb reaches the receiver still compressed: aiohttp did not inflate it, the
            # receiver's own bounded gunzip refused it.
            async with session.post(url, data=bomb, headers={**basic(PASSWORD), **gz}) as resp:
                assert resp.status == 413
                error = (await resp.json())["error"]
                assert error == "the decompressed body is larger than the limit of 10485760 bytes"
    finally:
        process.terminate()  # run_app shuts down cleanly on SIGTERM
        async with asyncio.timeout(30):
            _, stderr = await process.communicate()
    log = stderr.decode()
    assert "refused an UltraCart webhook delivery (401)" in log  # the log works...
    assert "auto_decompress" not in log  # ...and the handler saw no inflated body

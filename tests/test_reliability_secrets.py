"""Secrets (issue 10): API keys, OAuth tokens and webhook passwords never appear in logs at any
level, exception messages (chained causes included), reprs, the CLI's output or its checkpoint
files. Each test runs real traffic (successes, faults, 401s, refreshes) with every logger at
DEBUG, then scans everything it captured."""

from __future__ import annotations

import asyncio
import base64
import logging
import os
import traceback
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from ultracart_async import (
    APIStatusError,
    RetryPolicy,
    TokenBucketLimiter,
    UltraCartClient,
    UltraCartError,
)
from ultracart_async.cli import amain
from ultracart_async.models import Webhook
from ultracart_async.sandbox import Sandbox
from ultracart_async.webhook_receiver import (
    WebhookBasicAuth,
    WebhookEvent,
    WebhookReceiver,
    WebhookRouter,
)

SIMPLE_KEY = "SECRETKEY-5f1e0c9a7b"
OAUTH_TOKEN = "SECRETTOKEN-9d8c7b6a"
STALE_TOKEN = "SECRETSTALE-1a2b3c4d"
WEBHOOK_PASSWORD = "SECRETPASS-77aa88bb"
WRONG_PASSWORD = "SECRETWRONG-00ff11ee"
SECRETS = (SIMPLE_KEY, OAUTH_TOKEN, STALE_TOKEN, WEBHOOK_PASSWORD, WRONG_PASSWORD)


def describe(exc: BaseException) -> str:
    """Everything an application might print or log about an exception, causes included."""
    parts = ["".join(traceback.format_exception(exc))]
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts += [str(current), repr(current), repr(vars(current))]
        current = current.__cause__ or current.__context__
    return "\n".join(parts)


def assert_clean(*texts: str) -> None:
    blob = "\n".join(texts)
    for secret in SECRETS:
        assert secret not in blob, f"a secret leaked: ...{secret[-6:]}"
        # Also not as the base64 of a Basic header, nor percent-encoded in a URL.
        assert base64.b64encode(secret.encode()).decode() not in blob


def one_attempt_client(port: int) -> UltraCartClient:
    """A client with the secret key, of a server on ``port`` of 127.0.0.1; no retry."""
    return UltraCartClient(
        simple_key=SIMPLE_KEY,
        base_url=f"http://127.0.0.1:{port}/rest/v2",
        retry=RetryPolicy(max_attempts=1),
    )


@pytest.fixture(autouse=True)
def debug_everything(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("ultracart_async", "aiohttp", "asyncio"):
        logging.getLogger(name).setLevel(logging.DEBUG)


async def test_api_key_and_tokens_stay_out_of_logs_errors_and_reprs(
    caplog: pytest.LogCaptureFixture,
) -> None:
    captured: list[str] = []
    async with Sandbox(
        customers=600,
        seed=12,
        simple_key=SIMPLE_KEY,
        oauth_token=OAUTH_TOKEN,
        fault_rate=0.2,
        fault_kinds=["500", "502", "503", "reset", "truncate"],
    ) as sb:
        retry = RetryPolicy(max_attempts=3, initial_backoff=0.001, max_backoff=0.01)
        limiter = TokenBucketLimiter((), max_in_flight=4)
        async with UltraCartClient(
            simple_key=SIMPLE_KEY, base_url=sb.base_url, limiter=limiter, retry=retry
        ) as uc:
            captured += [repr(uc), repr(uc._transport.credential), repr(uc.limiter)]
            for _ in range(3):
                export = uc.customers.export(concurrency=4, page_size=50)
                try:
                    async for customer in export:
                        captured.append(repr(customer))
                except UltraCartError as exc:
                    captured.append(describe(exc))
                captured += [repr(export.stats), repr(export.resume_point)]
            for oid in sorted(sb.snapshot_ids())[:30]:
                try:
                    await uc.customers.insert({"email": f"{oid}@example.com"})
                except UltraCartError as exc:
                    captured.append(describe(exc))
        sb.configure(fault_rate=0.0)

        # A wrong key: 401, with the key we sent nowhere in the error.
        async with UltraCartClient(simple_key=WRONG_PASSWORD, base_url=sb.base_url) as bad:
            with pytest.raises(UltraCartError) as info:
                await bad.customers.get(1)
            captured.append(describe(info.value))

        # OAuth: a stale token gets a 401, the provider is asked again, the call succeeds.
        tokens = iter([STALE_TOKEN, OAUTH_TOKEN])

        async def provider() -> str:
            return next(tokens, OAUTH_TOKEN)

        async with UltraCartClient(oauth_token=provider, base_url=sb.base_url) as oauth:
            customer = await oauth.customers.get(min(sb.snapshot_ids()))
            captured += [repr(customer), repr(oauth), repr(oauth._transport.credential)]

        # A provider that fails with the token in its own message.
        async def leaky_provider() -> str:
            raise RuntimeError(f"vault said no to {OAUTH_TOKEN}")

        async with UltraCartClient(oauth_token=leaky_provider, base_url=sb.base_url) as leaky:
            with pytest.raises(UltraCartError) as info2:
                await leaky.customers.get(1)
            captured += [str(info2.value), repr(info2.value)]
    assert any("retrying" in r.getMessage() for r in caplog.records)  # logging did happen
    assert_clean(caplog.text, *captured)


async def test_webhook_password_stays_out_of_logs_reprs_and_answers(
    caplog: pytest.LogCaptureFixture,
) -> None:
    router = WebhookRouter()

    @router.on("*")
    async def handler(event: WebhookEvent) -> None:
        if event.index == 1:
            raise RuntimeError("handler failed")

    auth = WebhookBasicAuth("ultracart", WEBHOOK_PASSWORD)
    receiver = WebhookReceiver(router, basic_auth=auth)
    captured = [repr(receiver), repr(auth), repr(Webhook(basic_password=WEBHOOK_PASSWORD))]
    body = b'[{"customer_update": {"customer_profile_oid": 1}}, {"order_create": {}}]'
    for password in (WEBHOOK_PASSWORD, WRONG_PASSWORD, ""):
        token = base64.b64encode(f"ultracart:{password}".encode()).decode()
        for headers in ({"Authorization": f"Basic {token}"}, {"authorization": token}):
            response = await receiver.handle(body, headers)
            captured += [repr(response), response.body.decode(), repr(dict(response.headers))]
    with pytest.raises(UltraCartError) as info:
        WebhookBasicAuth("user:name", WEBHOOK_PASSWORD)
    captured.append(describe(info.value))
    assert_clean(caplog.text, *captured)


async def test_cli_output_and_checkpoint_hold_no_key(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "customers.jsonl"
    files: list[str] = []
    async with Sandbox(customers=1500, seed=13, simple_key=SIMPLE_KEY) as sb:
        common = ["export", "customers", "--out", str(out), "--base-url", sb.base_url]
        common += ["--no-progress", "-v", "--rate-limit", "100000/1", "--max-in-flight", "2"]
        # 1. Key on the command line; the export fails mid-way and leaves a checkpoint.
        sb.configure(fault_rate=0.25, fault_kinds=["503", "reset", "truncate"])
        status = await amain([*common, "--simple-key", SIMPLE_KEY, "--max-attempts", "1"])
        assert status == 1
        checkpoint = tmp_path / "customers.jsonl.checkpoint.json"
        assert checkpoint.exists()
        files += [p.read_text("utf-8", "replace") for p in tmp_path.iterdir() if p.is_file()]
        # 2. Key from the environment, resumed to the end.
        sb.configure(fault_rate=0.0)
        monkeypatch.setenv("ULTRACART_SIMPLE_KEY", SIMPLE_KEY)
        assert await amain([*common, "--resume"]) == 0
        files += [p.read_text("utf-8", "replace") for p in tmp_path.iterdir() if p.is_file()]
        # 3. A wrong key: a clean one-line error.
        monkeypatch.setenv("ULTRACART_SIMPLE_KEY", WRONG_PASSWORD)
        out.unlink()
        assert await amain(common) == 1
        files += [p.read_text("utf-8", "replace") for p in tmp_path.iterdir() if p.is_file()]
    printed = capsys.readouterr()
    assert "Exported 1,500 customers" in printed.err
    assert_clean(printed.out, printed.err, caplog.text, *files, repr(os.listdir(tmp_path)))


def test_scan_would_catch_a_leak() -> None:
    # The scanner itself: a planted secret is found, plain or base64-encoded.
    with pytest.raises(AssertionError):
        assert_clean(f"x {SIMPLE_KEY} y")
    with pytest.raises(AssertionError):
        assert_clean(base64.b64encode(WEBHOOK_PASSWORD.encode()).decode())


async def test_chained_transport_errors_carry_no_request_headers(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A malformed HTTP answer makes aiohttp raise an exception holding the request's
    # headers (request_info); the SDK's error must not expose them through its cause.
    async def garbage(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: nope\r\n\r\n{}")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(garbage, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    captured: list[str] = []
    try:
        async with one_attempt_client(port) as uc:
            with pytest.raises(UltraCartError) as info:
                await uc.customers.get(1)
            captured.append(describe(info.value))
            cause: Any = info.value.__cause__
            if cause is not None and hasattr(cause, "request_info"):
                captured.append(repr(cause.request_info))
    finally:
        server.close()
        await server.wait_closed()
    assert_clean(caplog.text, *captured)


async def test_a_redirect_never_carries_the_key_to_another_host() -> None:
    # Regression (_transport.py): aiohttp follows redirects and strips only Authorization
    # when the host changes, so the x-ultracart-simple-key went to the host a 302 named.
    received: dict[str, str] = {}

    async def other_host(request: web.Request) -> web.Response:
        received.update(request.headers)
        return web.json_response({"customer": {}})

    async def start(handler: Any, host: str) -> tuple[web.AppRunner, int]:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", handler)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, host, 0).start()
        return runner, runner.addresses[0][1]

    evil, evil_port = await start(other_host, "127.0.0.2")

    async def redirect(request: web.Request) -> web.Response:
        raise web.HTTPFound(f"http://127.0.0.2:{evil_port}/steal")

    api, port = await start(redirect, "127.0.0.1")
    try:
        async with one_attempt_client(port) as uc:
            with pytest.raises(APIStatusError) as info:
                await uc.customers.get(1)
        assert info.value.status == 302
        assert_clean(describe(info.value))
    finally:
        await api.cleanup()
        await evil.cleanup()
    assert received == {}, "the redirect was followed"

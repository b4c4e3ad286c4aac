"""Each knob does what it says; the control endpoints; the process mode."""

from __future__ import annotations

import asyncio
import email.utils
import os
import signal
import sys
import time
from typing import Any

import aiohttp
import pytest

from ultracart_async.sandbox import FaultKind, Sandbox


@pytest.mark.ultracart_sandbox(customers=5)
async def test_latency_is_applied(fetch: Any, ultracart_sandbox: Sandbox) -> None:
    sb = ultracart_sandbox
    await fetch(sb, "GET", "/workflow/me")  # connect first
    start = time.perf_counter()
    await fetch(sb, "GET", "/workflow/me")
    fast = time.perf_counter() - start
    sb.config.latency = 0.15
    start = time.perf_counter()
    await fetch(sb, "GET", "/workflow/me")
    assert time.perf_counter() - start >= 0.15 > fast


@pytest.mark.parametrize("mode", ["none", "seconds", "http-date"])
async def test_rate_limit(fetch: Any, ultracart_sandbox_factory: Any, mode: str) -> None:
    sb = await ultracart_sandbox_factory(
        customers=5, rate_limit=3, rate_limit_per=60, retry_after=mode
    )
    statuses = [(await fetch(sb, "GET", "/workflow/me"))[0] for _ in range(3)]
    assert statuses == [200, 200, 200]
    status, body, headers = await fetch(sb, "GET", "/workflow/me")
    assert status == 429
    assert headers["UC-REST-ERROR"] == "rate of 3 per 60 second(s) exceeded."
    assert body["error"]["developer_message"] == "rate of 3 per 60 second(s) exceeded."
    if mode == "none":
        assert "Retry-After" not in headers
    elif mode == "seconds":
        assert 1 <= int(headers["Retry-After"]) <= 20
    else:
        when = email.utils.parsedate_to_datetime(headers["Retry-After"]).timestamp()
        assert time.time() < when <= time.time() + 21
    assert sb.stats.rate_limited == 1
    sb.configure(rate_limit=None)
    assert (await fetch(sb, "GET", "/workflow/me"))[0] == 200


@pytest.mark.ultracart_sandbox(customers=5, latency=0.2, max_in_flight=2)
async def test_concurrency_cap(fetch: Any, ultracart_sandbox: Sandbox) -> None:
    sb = ultracart_sandbox
    results = await asyncio.gather(*(fetch(sb, "GET", "/workflow/me") for _ in range(4)))
    statuses = sorted(r[0] for r in results)
    assert statuses == [200, 200, 429, 429]
    assert sb.stats.rate_limited_concurrency == 2
    assert sb.stats.max_in_flight >= 3
    assert sb.stats.by_route == {"getWorkflowMe": {200: 2, 429: 2}}


@pytest.mark.parametrize("kind", list(FaultKind))
async def test_each_fault_kind(fetch: Any, ultracart_sandbox_factory: Any, kind: FaultKind) -> None:
    sb = await ultracart_sandbox_factory(customers=5, fault_rate=1.0, fault_kinds=[kind])
    before = len(sb.live_ids())
    try:
        status, body, headers = await fetch(
            sb, "POST", "/customer/customers", json={"email": "fault@example.com"}, raw=True
        )
    except aiohttp.ServerDisconnectedError:
        assert kind is FaultKind.RESET
    except aiohttp.ClientPayloadError:
        assert kind is FaultKind.TRUNCATE
    else:
        assert status == int(kind)
        if kind is FaultKind.HTTP_500:
            assert headers["UC-REST-ERROR"]
            assert b'"success":false' in body
        else:
            assert headers["Content-Type"].startswith("text/html")
            assert b"<html>" in body
    # The write happened even though the client saw a failure.
    assert len(sb.live_ids()) == before + 1
    assert sb.stats.faults == {str(kind): 1}


async def test_faults_are_deterministic(fetch: Any, ultracart_sandbox_factory: Any) -> None:
    async def pattern(seed: int) -> list[int]:
        sb = await ultracart_sandbox_factory(
            customers=1, seed=seed, fault_rate=0.5, fault_kinds="500,502,503"
        )
        return [(await fetch(sb, "GET", "/workflow/me", raw=True))[0] for _ in range(20)]

    first, second = await pattern(4), await pattern(4)
    assert first == second
    assert {200, 500, 502, 503} & set(first) != {200}


async def test_churn_changes_the_live_set(ultracart_sandbox_factory: Any) -> None:
    sb = await ultracart_sandbox_factory(
        customers=100, churn_inserts_per_sec=100, churn_deletes_per_sec=100
    )
    before = sb.snapshot_ids()
    await asyncio.sleep(0.3)
    after = sb.snapshot_ids()
    assert after - before
    assert before - after
    assert sb.stats.churn_inserted >= 10
    assert sb.stats.churn_deleted >= 10
    sb.configure(churn_inserts_per_sec=0, churn_deletes_per_sec=0)


async def test_control_endpoints(
    session: aiohttp.ClientSession, ultracart_sandbox: Sandbox
) -> None:
    sb = ultracart_sandbox
    async with session.post(sb.root_url + "/__sandbox/config", json={"latency": 0.01}) as r:
        assert r.status == 200
        assert (await r.json())["latency"] == 0.01
    assert sb.config.latency == 0.01
    async with session.post(sb.root_url + "/__sandbox/config", json={"latency": -1}) as r:
        assert r.status == 400
    async with session.get(sb.base_url + "/workflow/me", headers=sb.headers) as r:
        assert r.status == 200
    async with session.get(sb.root_url + "/__sandbox/stats") as r:
        stats = await r.json()
    assert stats["by_route"] == {"getWorkflowMe": {"200": 1}}
    assert stats["request_log"][0]["raw_path"] == "/rest/v2/workflow/me"
    async with session.get(sb.root_url + "/__sandbox/ids") as r:
        assert set((await r.json())["customer_profile_oids"]) == sb.live_ids()


async def test_process_mode_prints_url_and_stops_on_sigterm() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "ultracart_async.sandbox", "--port", "0", "--customers", "20",
        "--seed", "2",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=env,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        url = (await asyncio.wait_for(proc.stdout.readline(), 20)).decode().strip()
        key = (await asyncio.wait_for(proc.stdout.readline(), 5)).decode().strip()
        assert url.startswith("http://127.0.0.1:")
        assert url.endswith("/rest/v2")
        headers = {"x-ultracart-simple-key": key, "X-UltraCart-Api-Version": "2017-03-01"}
        async with (
            aiohttp.ClientSession() as s,
            s.get(url + "/customer/customers", headers=headers) as r,
        ):
            assert r.status == 200
            assert (await r.json())["metadata"]["result_set"]["total_records"] == 20
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), 10) == 0
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()

"""One measurement in a fresh process: ``python -m benchmarks._worker < spec.json``.

The orchestrator (:mod:`benchmarks.run`) starts a worker per measurement, pinned to the
client core, and reads one JSON object from its stdout. Every contender first does one small
untimed warm-up call through its own stack (imports, lazily built hooks, a connection), so the
timed part compares steady-state work; whole-process figures are taken by the orchestrator.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
import orjson

from ._common import EXPAND, EXPAND_CSV, PAGE_SIZE, UNLIMITED_RATE, headers
from ._raw import raw_export
from ._touch import json_leaves, touch_official, touch_ours

Result = dict[str, Any]


def _client(base_url: str, key: str, *, rate: str, max_in_flight: int) -> Any:
    from ultracart_async import RateWindow, TokenBucketLimiter, UltraCartClient

    limiter = TokenBucketLimiter((RateWindow.parse(rate),), max_in_flight=max_in_flight)
    return UltraCartClient(simple_key=key, base_url=base_url, limiter=limiter)


def _timed(fn: Callable[[], int]) -> Result:
    gc.collect()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    count = fn()
    return {
        "wall": time.perf_counter() - wall0,
        "cpu": time.process_time() - cpu0,
        "customers": count,
    }


def _wire_sample(base_url: str, key: str, limit: int) -> int:
    """The non-null scalar values of the first ``limit`` customers, as the wire has them."""

    async def fetch() -> Any:
        params = {"_limit": str(limit), "_offset": "0", "_expand": EXPAND_CSV}
        async with (
            aiohttp.ClientSession(headers=headers(key)) as session,
            session.get(f"{base_url}/customer/customers", params=params) as response,
        ):
            return orjson.loads(await response.read())

    return sum(json_leaves(c) for c in asyncio.run(fetch())["customers"])


def _check_touch(name: str, touched: int, expected: int) -> None:
    """Fail the run if the consumer did not read every value the wire carried."""
    if touched != expected:
        raise SystemExit(
            f"{name}: the consumer read {touched} values of {expected} on the wire: "
            "it does not touch every field"
        )


# -- official SDK ---------------------------------------------------------------------------


def _official_api(base_url: str, key: str) -> Any:
    from ultracart.api.customer_api import CustomerApi
    from ultracart.api_client import ApiClient
    from ultracart.configuration import Configuration

    # What CustomerApi.fromApiKey does, with the host pointed at the sandbox.
    config = Configuration(host=base_url)
    config.api_key["x-ultracart-simple-key"] = key
    client = ApiClient(
        configuration=config, header_name="X-UltraCart-Api-Version", header_value="2017-03-01"
    )
    return CustomerApi(client)


def official(spec: Result) -> Result:
    """UltraCart's sample loop: ``limit=200``, ``offset += 200`` while a page is full."""
    api = _official_api(spec["base_url"], spec["key"])
    warm = api.get_customers(limit=5, offset=0, expand=EXPAND_CSV).customers  # warm-up
    touched = sum(touch_official(c) for c in warm)
    _check_touch("official", touched, _wire_sample(spec["base_url"], spec["key"], 5))
    most = int(spec["customers"])
    touch_wall = 0.0

    def run() -> int:
        nonlocal touch_wall
        offset = 0
        count = 0
        while count < most:
            page = api.get_customers(limit=PAGE_SIZE, offset=offset, expand=EXPAND_CSV).customers
            count += len(page)
            # The same consumer as the typed contenders: every field of every record read.
            began = time.perf_counter()
            for customer in page:
                touch_official(customer)
            touch_wall += time.perf_counter() - began
            if len(page) < PAGE_SIZE:
                break
            offset += PAGE_SIZE
        return count

    result = _timed(run)
    # Reported apart so the ratio against the sample loop without a consumer can be shown.
    result["touch_wall"] = touch_wall
    return result


# -- raw aiohttp + orjson -------------------------------------------------------------------


def raw(spec: Result) -> Result:
    """The hand-written loop, in this process (its whole-process run is the orchestrator's)."""
    base_url, key, concurrency = spec["base_url"], spec["key"], int(spec["concurrency"])

    async def warm() -> None:
        async with (
            aiohttp.ClientSession(headers=headers(key)) as session,
            session.get(f"{base_url}/customer/customers", params={"_limit": "5"}) as response,
        ):
            orjson.loads(await response.read())

    asyncio.run(warm())
    with tempfile.TemporaryFile() as out:
        return _timed(lambda: asyncio.run(raw_export(base_url, key, out, concurrency)))


def wire(spec: Result) -> Result:
    """The wire floor at C=1: each page requested after the previous one's bytes arrived,
    nothing decoded or written. No client can page faster with one request in flight."""
    base_url, key = spec["base_url"], spec["key"]
    url = f"{base_url}/customer/customers"

    async def run() -> int:
        async with aiohttp.ClientSession(headers=headers(key)) as session:
            offset, count = 0, 0
            total = int(spec["customers"])
            while offset < total:
                params = {"_limit": str(PAGE_SIZE), "_offset": str(offset), "_expand": EXPAND_CSV}
                async with session.get(url, params=params) as response:
                    await response.read()
                offset += PAGE_SIZE
                count += PAGE_SIZE
            return min(count, total)

    asyncio.run(run())  # warm-up (one whole pass is cheap: no decoding)
    return _timed(lambda: asyncio.run(run()))


# -- ultracart-async typed streaming --------------------------------------------------------


def typed(spec: Result) -> Result:
    """``async for customer in ...``: the pager (C=1, prefetch) or the export (C>1)."""
    base_url, key, concurrency = spec["base_url"], spec["key"], int(spec["concurrency"])

    async def warm() -> int:
        touched = 0
        async with _client(base_url, key, rate=UNLIMITED_RATE, max_in_flight=1) as uc:
            page = await uc.customers.list(expand=list(EXPAND), page_size=5)
            for customer in page.items:
                touched += touch_ours(customer)
        return touched

    async def stream() -> int:
        count = 0
        async with _client(base_url, key, rate=UNLIMITED_RATE, max_in_flight=concurrency) as uc:
            pager = uc.customers.list(expand=list(EXPAND), page_size=PAGE_SIZE)
            source = pager if concurrency == 1 else pager.export(concurrency=concurrency)
            async for customer in source:
                # Every field of every record read (benchmarks/_touch.py), so work a stream
                # defers is paid here rather than counted as saved.
                touch_ours(customer)
                count += 1
        return count

    _check_touch("typed", asyncio.run(warm()), _wire_sample(base_url, key, 5))
    result = _timed(lambda: asyncio.run(stream()))
    result["peak_rss_mb"] = _peak_rss_mb()
    return result


def memory(spec: Result) -> Result:
    """A typed streaming export (C=8) of the whole sandbox; the peak RSS of this process."""
    spec = {**spec, "concurrency": spec.get("concurrency", 8)}
    before = _peak_rss_mb()
    result = typed(spec)
    result["rss_before_mb"] = before
    return result


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / (1024 * 1024)


# -- parsing --------------------------------------------------------------------------------


class _FakeResponse:
    """What ``ApiClient.deserialize`` reads from a urllib3 response."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def getheader(self, name: str, default: str | None = None) -> str | None:
        return default


def _cpu_per_item(fn: Callable[[], object], reps: int, items: int) -> float:
    """Microseconds of CPU per item for one call of ``fn`` (averaged over ``reps`` calls)."""
    gc.collect()
    cpu0 = time.process_time()
    for _ in range(reps):
        fn()
    return (time.process_time() - cpu0) / reps / items * 1e6


def parse(spec: Result) -> Result:
    """CPU per customer to turn one page of fully expanded customers into objects."""
    from ultracart.model.customers_response import CustomersResponse

    from ultracart_async import _wire
    from ultracart_async.models import Customer

    body = bytes.fromhex(spec["page_hex"])
    items = len(orjson.loads(body)["customers"])
    api = _official_api(spec["base_url"], spec["key"])
    response = _FakeResponse(body)

    contenders: dict[str, tuple[Callable[[], object], int]] = {
        "official": (lambda: api.api_client.deserialize(response, (CustomersResponse,), True), 3),
        "ultracart_async": (
            lambda: _wire.structure_list(orjson.loads(body)["customers"], Customer),
            15,
        ),
        "json_loads": (lambda: json.loads(body), 60),
        "orjson_loads": (lambda: orjson.loads(body), 120),
    }
    for fn, _ in contenders.values():
        fn()  # warm-up: lazy imports and hooks
    runs: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(int(spec["rounds"])):
        for name, (fn, reps) in contenders.items():
            runs[name].append(_cpu_per_item(fn, reps, items))
    return {"items_per_page": items, "bytes_per_item": len(body) / items, "us_per_item": runs}


# -- rate limit -----------------------------------------------------------------------------


def _control(root_url: str, method: str, path: str) -> Any:
    import urllib.request

    request = urllib.request.Request(root_url + "/__sandbox" + path, method=method, data=b"")
    with urllib.request.urlopen(request, timeout=30) as response:
        raw_body = response.read()
    return orjson.loads(raw_body) if raw_body else None


def rate(spec: Result) -> Result:
    """``calls`` calls of ``customers.get`` from ``tasks`` tasks against a rate-limited sandbox."""
    base_url, key = spec["base_url"], spec["key"]
    root_url = base_url.removesuffix("/rest/v2")
    oids: list[int] = spec["oids"][: int(spec["calls"])]

    async def run() -> Result:
        from ultracart_async import UltraCartError

        failures = 0
        async with _client(
            base_url, key, rate=spec["client_rate"], max_in_flight=int(spec["max_in_flight"])
        ) as uc:
            await uc.customers.get(oids[0])  # warm-up, then let both buckets fill up again
            await asyncio.sleep(float(spec["refill_seconds"]))
            _control(root_url, "POST", "/stats/reset")
            pending = iter(oids)
            done = 0

            async def worker() -> None:
                nonlocal done, failures
                for oid in pending:
                    try:
                        await uc.customers.get(oid)
                        done += 1
                    except UltraCartError:
                        failures += 1

            wall0 = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(int(spec["tasks"]))))
            wall = time.perf_counter() - wall0
        stats = _control(root_url, "GET", "/stats?log_tail=0")
        return {
            "wall": wall,
            "completed": done,
            "failed": failures,
            "requests": stats["requests"],
            "rate_limited": stats["rate_limited"],
        }

    return asyncio.run(run())


# -- one call -------------------------------------------------------------------------------


def onecall(spec: Result) -> Result:
    """CPU per call: ``customers.get`` against a bare aiohttp GET plus ``json.loads``."""
    base_url, key = spec["base_url"], spec["key"]
    oids: list[int] = spec["oids"]
    calls = int(spec["calls"])
    expand = spec["expand"]

    async def run() -> Result:
        params = {"_expand": ",".join(expand)} if expand else {}
        async with (
            aiohttp.ClientSession(headers=headers(key)) as session,
            _client(base_url, key, rate=UNLIMITED_RATE, max_in_flight=1) as uc,
        ):

            async def bare(oid: int) -> object:
                url = f"{base_url}/customer/customers/{oid}"
                async with session.get(url, params=params) as response:
                    return json.loads(await response.read())

            async def ours(oid: int) -> object:
                return await uc.customers.get(oid, expand=expand or None)

            async def cpu(fn: Callable[[int], Awaitable[object]]) -> float:
                gc.collect()
                cpu0 = time.process_time()
                for i in range(calls):
                    await fn(oids[i % len(oids)])
                return (time.process_time() - cpu0) / calls * 1e6

            await cpu(bare)  # warm-up
            await cpu(ours)
            runs: dict[str, list[float]] = {"bare": [], "ultracart_async": []}
            for _ in range(int(spec["rounds"])):
                runs["bare"].append(await cpu(bare))
                runs["ultracart_async"].append(await cpu(ours))
        return {"us_per_call": runs}

    return asyncio.run(run())


KINDS: dict[str, Callable[[Result], Result]] = {
    "official": official,
    "raw": raw,
    "wire": wire,
    "typed": typed,
    "memory": memory,
    "parse": parse,
    "rate": rate,
    "onecall": onecall,
}


def main() -> int:
    """Run the measurement described by the JSON spec on stdin and print its JSON result."""
    spec: Result = orjson.loads(sys.stdin.buffer.read())
    result = KINDS[spec["kind"]](spec)
    result["pid"] = os.getpid()
    sys.stdout.write(orjson.dumps(result).decode() + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

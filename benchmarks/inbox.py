"""The webhook inbox's benchmark: ``python -m benchmarks.inbox [--runs 3] [--out FILE]``.

Three contenders, each an aiohttp.web app process with the receiver and 4 workers running a
no-op handler (so the workers drain what is accepted, competing for the same CPU):

* ``memory``: today's queue mode (the bounded in-memory queue: nothing is durable);
* ``sqlite``: the inbox on a fresh SQLite file, in the mode it promises (WAL,
  ``synchronous = FULL`` for deliveries);
* ``postgresql``: the inbox on a fresh database of a PostgreSQL server started here with
  its default durability settings (``fsync = on``, ``synchronous_commit = on``).

Two measures per contender, from a load generator in this process:

* **throughput**: ``--deliveries`` deliveries (one ``customer_update`` of about 1 KB each)
  on ``--concurrency`` keep-alive connections: deliveries answered 200 per second, and the
  app's CPU milliseconds per delivery (the load generator is a minimal HTTP/1.1 client, so
  that the app, not the load, is what is measured);
* **latency**: an open loop at ``--rate`` deliveries per second for ``--seconds`` (each sent
  at its scheduled time, whether or not the previous ones were answered): p50 and p99 of the
  time to the 200.

Rounds are interleaved (memory, SQLite, PostgreSQL, then again); each figure is the median
of ``--runs`` rounds and the ratios are against the in-memory queue. Where things run: by
default wherever the kernel puts them (the machine is shared: a process pinned to a busy CPU
cannot move to an idle one); with ``--pin``, the app on the first CPU, this process (the load)
and the PostgreSQL server on the second.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import os
import platform
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import orjson

from ._common import REPO_ROOT, cores, log, median, pin

MODES = ("memory", "sqlite", "postgresql")
USER, PASSWORD = "ultracart", "bench-inbox-pw"
AUTH = {"Authorization": "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()}
PATH = "/webhooks/ultracart"


def body(oid: int) -> bytes:
    """One ``customer_update`` delivery of about 1 KB."""
    customer = {
        "customer_profile_oid": oid,
        "merchant_id": "DEMO",
        "email": f"customer{oid}@example.com",
        "last_modified_dts": "2026-01-31T08:00:00-05:00",
        "signup_dts": "2024-05-01T10:00:00-04:00",
        "billing": [
            {
                "first_name": "Ada",
                "last_name": "Lovelace",
                "address1": "12 Analytical Engine Way",
                "city": "London",
                "postal_code": "N1 9GU",
                "country_code": "GB",
                "day_phone": "+44 20 7946 0000",
            }
        ],
        "shipping": [{"address1": "12 Analytical Engine Way", "city": "London"}],
        "tags": [{"tag_value": f"tag-{n}"} for n in range(10)],
        "properties": [{"name": f"p{n}", "value": "x" * 20} for n in range(8)],
    }
    return orjson.dumps([{"customer_update": customer}])


# ---------------------------------------------------------------------- the app process


def _serve(mode: str, db: str | None) -> None:
    from aiohttp import web

    from ultracart_async.webhook_receiver import WebhookEvent, WebhookReceiver, WebhookRouter
    from ultracart_async.webhook_receiver.aiohttp_web import add_webhook_route

    router = WebhookRouter()

    @router.on("customer_update")
    async def nothing(event: WebhookEvent) -> None:
        return None

    options: dict[str, Any] = {"workers": 4}
    if mode == "memory":
        options.update(mode="queue", queue_size=100_000)
    else:
        from ultracart_async.webhook_receiver.inbox import WebhookInbox

        assert db is not None
        options["inbox"] = WebhookInbox(db)
    receiver = WebhookReceiver(router, basic_auth=(USER, PASSWORD), **options)

    async def serve() -> None:
        app = web.Application()
        add_webhook_route(app, PATH, receiver)
        runner = web.AppRunner(app, auto_decompress=False, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        stop = asyncio.Event()
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
        print(f"PORT {runner.addresses[0][1]}", flush=True)
        try:
            await stop.wait()
        finally:
            await runner.cleanup()

    asyncio.run(serve())


@contextlib.asynccontextmanager
async def app(mode: str, db: str | None, core: int | None) -> AsyncIterator[tuple[str, int]]:
    """The app process on ``core``: (its base URL, its pid)."""
    argv = [sys.executable, "-m", "benchmarks.inbox", "--serve", mode, "--db", db or ""]
    proc = await asyncio.create_subprocess_exec(
        *argv, cwd=REPO_ROOT, stdout=asyncio.subprocess.PIPE,
        preexec_fn=(lambda: pin(0, core)) if core is not None else None,
    )  # fmt: skip
    assert proc.stdout is not None
    try:
        line = (await asyncio.wait_for(proc.stdout.readline(), 60)).decode()
        if not line.startswith("PORT "):
            raise RuntimeError(f"the {mode} app did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}", proc.pid
    finally:
        proc.terminate()
        await proc.wait()


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a live process (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# ---------------------------------------------------------------------- the load


class Connection:
    """One keep-alive HTTP/1.1 connection that POSTs deliveries, with just enough parsing to
    read the status and skip the body: a load generator several times cheaper than a full
    client, so that it is not what the throughput measures."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def open(cls, base: str) -> Connection:
        host, port = base.removeprefix("http://").split(":")
        reader, writer = await asyncio.open_connection(host, int(port))
        return cls(reader, writer)

    async def post(self, payload: bytes) -> int:
        head = (
            f"POST {PATH} HTTP/1.1\r\nHost: bench\r\nAuthorization: {AUTH['Authorization']}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
        )
        self.writer.write(head.encode() + payload)
        status_line = await self.reader.readline()
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        await self.reader.readexactly(length)
        return int(status_line.split()[1])

    def close(self) -> None:
        self.writer.close()


async def throughput(base: str, pid: int, deliveries: int, concurrency: int) -> dict[str, float]:
    """``deliveries`` as fast as the app answers, on ``concurrency`` connections."""
    queue = [body(oid) for oid in range(deliveries, 0, -1)]
    connections = [await Connection.open(base) for _ in range(concurrency)]

    async def sender(connection: Connection) -> None:
        while queue:
            status = await connection.post(queue.pop())
            if status != 200:
                raise RuntimeError(f"answered {status}")

    try:
        await _warm(connections[0])
        cpu_before = cpu_seconds(pid)
        began = time.perf_counter()
        await asyncio.gather(*(sender(c) for c in connections))
        wall = time.perf_counter() - began
        cpu = cpu_seconds(pid) - cpu_before
    finally:
        for connection in connections:
            connection.close()
    return {"per_second": deliveries / wall, "cpu_ms": cpu * 1000 / deliveries}


async def _warm(connection: Connection) -> None:
    for oid in range(-50, 0):
        await connection.post(body(oid))


async def latency(base: str, rate: float, seconds: float) -> dict[str, float]:
    """An open loop at ``rate`` per second: p50 and p99 of the time to the 200, in ms. Each
    delivery takes an idle connection (a new one when none is idle), as a sender that does
    not wait for the previous answer does."""
    count = int(rate * seconds)
    times: list[float] = []
    failures = 0
    idle = [await Connection.open(base)]
    await _warm(idle[0])
    payloads = [body(1_000_000 + n) for n in range(count)]

    async def one(n: int, at: float) -> None:
        nonlocal failures
        await asyncio.sleep(max(0.0, at - time.perf_counter()))
        sent = time.perf_counter()
        connection = idle.pop() if idle else await Connection.open(base)
        if await connection.post(payloads[n]) != 200:
            failures += 1
        times.append(time.perf_counter() - sent)
        idle.append(connection)

    start = time.perf_counter() + 0.2
    await asyncio.gather(*(one(n, start + n / rate) for n in range(count)))
    for connection in idle:
        connection.close()
    times.sort()
    return {
        "p50_ms": statistics.median(times) * 1000,
        "p99_ms": times[min(len(times) - 1, int(len(times) * 0.99))] * 1000,
        "failures": float(failures),
    }


# ---------------------------------------------------------------------- the rounds


def _fresh_pg(url: str, name: str) -> str:
    from .sync import psql

    psql(url, f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + f"/{name}"


async def one_round(
    args: argparse.Namespace, n: int, pg: str | None, work: Path, core: int | None
) -> dict[str, dict[str, float]]:
    results: dict[str, dict[str, float]] = {}
    for mode in MODES:
        if mode == "postgresql" and pg is None:
            continue
        for phase in ("throughput", "latency"):
            db: str | None = None
            if mode == "sqlite":
                db = f"sqlite:///{work / f'inbox-{n}-{phase}.db'}"
            elif mode == "postgresql":
                assert pg is not None
                db = _fresh_pg(pg, f"inbox_{n}_{phase}")
            async with app(mode, db, core) as (base, pid):
                if phase == "throughput":
                    measured = await throughput(base, pid, args.deliveries, args.concurrency)
                else:
                    measured = await latency(base, args.rate, args.seconds)
            results.setdefault(mode, {}).update(measured)
            log(
                f"round {n} {mode} {phase}: "
                + ", ".join(f"{k} {v:.1f}" for k, v in measured.items())
            )
    return results


def report(rounds: list[dict[str, dict[str, float]]], args: argparse.Namespace) -> str:
    def med(mode: str, key: str) -> float | None:
        values = [r[mode][key] for r in rounds if mode in r]
        return median(values) if values else None

    lines = [
        "| contender | deliveries/s | vs memory | app CPU ms/delivery | "
        f"200 p50 at {args.rate:g}/s | p99 | non-200 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    base = med("memory", "per_second")
    for mode in MODES:
        rate = med(mode, "per_second")
        if rate is None:
            lines.append(f"| {mode} | (no PostgreSQL server binaries) | | | | | |")
            continue
        ratio = f"{rate / base:.2f}" if base else "-"
        lines.append(
            f"| {mode} | {rate:.0f} | {ratio} | {med(mode, 'cpu_ms'):.2f} | "
            f"{med(mode, 'p50_ms'):.1f} ms | {med(mode, 'p99_ms'):.1f} ms | "
            f"{med(mode, 'failures'):.0f} |"
        )
    meta = (
        f"{args.runs} rounds, medians; throughput: {args.deliveries} deliveries, "
        f"{args.concurrency} in flight; latency: {args.rate:g} deliveries/s for "
        f"{args.seconds:g} s (open loop); one ~1 KB customer_update per delivery; "
        f"{'pinned' if args.pin else 'not pinned'}; "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load average at the end "
        f"{os.getloadavg()[0]:.1f}"
    )
    return "\n".join([*lines, "", meta])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--deliveries", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--rate", type=float, default=100.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--out", type=Path, help="also write the table to this file")
    parser.add_argument(
        "--pin", action="store_true", help="the app on one CPU, the rest on another"
    )
    parser.add_argument("--serve", choices=MODES, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.serve:
        _serve(args.serve, args.db or None)
        return 0
    from .sync import postgres

    app_core, load_core = cores() if args.pin else (None, None)
    pin(0, load_core)
    rounds = []
    with (
        tempfile.TemporaryDirectory(prefix="ultracart-bench-inbox-") as folder,
        postgres(load_core) as pg,
    ):
        for n in range(args.runs):
            rounds.append(asyncio.run(one_round(args, n, pg, Path(folder), app_core)))
    table = report(rounds, args)
    print(table)
    if args.out:
        args.out.write_text(table + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark the Redis limiter: what an acquire costs, and what a fleet gets out of a limit.

1. Acquire cost: acquire + release pairs, one after another, on the local
   ``TokenBucketLimiter`` and on a ``RedisLimiter`` (a window too large to wait on, so
   only the limiter's own work is timed).
2. Fleet throughput: four processes export the sandbox's customers at once, each through a
   ``RedisLimiter`` configured to exactly the sandbox's limit and in-flight cap. Counted at
   the sandbox: the share of the limit used (requests answered / (burst + rate x duration)),
   and 429s per 1,000 requests. Targets: >= 95 % and <= 1.

Starts its own ``redis-server`` on 127.0.0.1 (a free port, a temp dir) unless ``--redis`` is
given, and its own in-process sandbox. Usage::

    python benchmarks/redis_limiter.py                 # about 20 s
    python benchmarks/redis_limiter.py --rate 100 --customers 4500 --json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ultracart_async import RateWindow, TokenBucketLimiter, UltraCartClient  # noqa: E402
from ultracart_async.redis_limiter import RedisLimiter  # noqa: E402
from ultracart_async.sandbox import Sandbox  # noqa: E402


@contextmanager
def redis_server(url: str | None) -> Iterator[str]:
    """The given URL, or a redis-server of our own for the run."""
    if url is not None:
        yield url
        return
    binary = shutil.which("redis-server")
    if binary is None:
        raise SystemExit("redis-server is not installed (apt-get install -y redis-server)")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory(prefix="uc-bench-redis-") as directory:
        command = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
        command += ["--appendonly", "no", "--dir", directory, "--logfile", "redis.log"]
        proc = subprocess.Popen(command, stdin=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 10
            while True:
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
                        sock.sendall(b"PING\r\n")
                        if sock.recv(16).startswith(b"+PONG"):
                            break
                except OSError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        raise SystemExit("redis-server did not start") from None
                    time.sleep(0.02)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            proc.terminate()
            proc.wait(10)


async def acquire_cost(url: str, pairs: int) -> dict[str, float]:
    """Seconds per acquire + release pair, local and on Redis."""
    window = [RateWindow(10**9, 1)]

    async def timed(limiter: Any) -> float:
        for _ in range(50):  # warm up connections and the script cache
            await limiter.acquire()
            await limiter.release()
        started = time.perf_counter()
        for _ in range(pairs):
            await limiter.acquire()
            await limiter.release()
        return (time.perf_counter() - started) / pairs

    local = await timed(TokenBucketLimiter(window, max_in_flight=1))
    async with RedisLimiter(url, f"bench-cost-{os.getpid()}", window) as limiter:
        shared = await timed(limiter)
    return {"local_pair_us": local * 1e6, "redis_pair_us": shared * 1e6, "ratio": shared / local}


async def worker(config: dict[str, Any]) -> None:
    """One process of the fleet: ready, wait for "go" on stdin, export, print a summary."""
    limiter = RedisLimiter(
        config["redis"],
        config["name"],
        [RateWindow(config["rate"], config["per"])],
        max_in_flight=config["cap"],
    )
    async with (
        limiter,
        UltraCartClient(
            simple_key=config["key"], base_url=config["base_url"], limiter=limiter
        ) as uc,
    ):
        loop = asyncio.get_running_loop()
        print("ready", flush=True)
        await loop.run_in_executor(None, sys.stdin.readline)
        count = 0
        started = time.time()  # wall clock: comparable across the processes
        pager = uc.customers.list(page_size=config["page_size"])
        async for _ in pager.export(concurrency=config["cap"]):
            count += 1
        finished = time.time()
        print(
            json.dumps(
                {
                    "customers": count,
                    "started": started,
                    "finished": finished,
                    "throttled": limiter.state().throttled,
                }
            ),
            flush=True,
        )


async def fleet(url: str, args: argparse.Namespace) -> dict[str, Any]:
    async with Sandbox(
        customers=args.customers,
        seed=1,
        warm=True,
        rate_limit=args.rate,
        rate_limit_per=args.per,
        max_in_flight=args.cap,
        latency=args.latency,
    ) as sb:
        config = {
            "redis": url,
            "name": f"bench-fleet-{os.getpid()}",
            "key": sb.simple_key,
            "base_url": sb.base_url,
            "rate": args.rate,
            "per": args.per,
            "cap": args.cap,
            "page_size": args.page_size,
        }
        procs = [
            await asyncio.create_subprocess_exec(
                sys.executable,
                __file__,
                "worker",
                json.dumps(config),
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
            )
            for _ in range(args.processes)
        ]
        try:
            for proc in procs:
                assert proc.stdout is not None
                line = await asyncio.wait_for(proc.stdout.readline(), 60)
                if line.strip() != b"ready":
                    raise SystemExit(f"a worker failed to start: {line!r}")
            await sb.wait_idle()
            sb.reset_stats()
            for proc in procs:
                assert proc.stdin is not None
                proc.stdin.write(b"go\n")
                await proc.stdin.drain()
            outputs = [await asyncio.wait_for(proc.communicate(), 600) for proc in procs]
        finally:
            for proc in procs:
                if proc.returncode is None:
                    proc.kill()
                    await proc.wait()
        summaries = [json.loads(out.splitlines()[-1]) for out, _ in outputs]
        # From the first process's first request to the last process's last answer.
        duration = max(s["finished"] for s in summaries) - min(s["started"] for s in summaries)
        stats = sb.stats
        answered = stats.requests - stats.rate_limited
        rate = args.rate / args.per
        allowed = args.rate + rate * duration
        return {
            "processes": args.processes,
            "limit": f"{args.rate}/{args.per:g}s",
            "max_in_flight": args.cap,
            "duration_s": duration,
            "requests": stats.requests,
            "answered": answered,
            "limit_used_pct": 100 * answered / allowed,
            "steady_rate_pct": 100 * max(0, answered - args.rate) / (rate * duration),
            "throttled_429": stats.rate_limited,
            "per_1000": 1000 * stats.rate_limited / max(1, stats.requests),
            "server_max_in_flight": stats.max_in_flight,
            "customers_per_process": [s["customers"] for s in summaries],
        }


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--redis", default=None, help="a Redis URL (default: start redis-server)")
    p.add_argument("--pairs", type=int, default=3000, help="acquire+release pairs timed")
    p.add_argument("--processes", type=int, default=4)
    p.add_argument("--rate", type=int, default=100, help="the sandbox's (and limiter's) limit")
    p.add_argument("--per", type=float, default=1.0, help="... per this many seconds")
    p.add_argument("--cap", type=int, default=4, help="the in-flight cap, both sides")
    p.add_argument("--customers", type=int, default=4500)
    p.add_argument("--page-size", type=int, default=20)
    p.add_argument("--latency", type=float, default=0.005, help="sandbox seconds per answer")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    return p.parse_args(argv)


async def main(args: argparse.Namespace) -> None:
    with redis_server(args.redis) as url:
        cost = await acquire_cost(url, args.pairs)
        result = await fleet(url, args)
    if args.json:
        print(json.dumps({"acquire_cost": cost, "fleet": result}, indent=2))
        return
    print(
        f"acquire+release: local {cost['local_pair_us']:.1f} us, "
        f"Redis {cost['redis_pair_us']:.1f} us (x{cost['ratio']:.0f})"
    )
    print(
        f"{result['processes']} processes, limit {result['limit']}, "
        f"cap {result['max_in_flight']}: {result['answered']} answered in "
        f"{result['duration_s']:.1f}s = {result['limit_used_pct']:.1f}% of the limit "
        f"(steady rate {result['steady_rate_pct']:.1f}%), {result['throttled_429']} 429s "
        f"({result['per_1000']:.2f} per 1,000), server max in flight "
        f"{result['server_max_in_flight']}"
    )


if __name__ == "__main__":
    if sys.argv[1:2] == ["worker"]:
        asyncio.run(worker(json.loads(sys.argv[2])))
    else:
        asyncio.run(main(parse_args(sys.argv[1:])))

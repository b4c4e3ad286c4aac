"""The chaos run (issue 10): a full customer export from the sandbox with every fault on at once
(5 % of answers 500/502/503/reset/truncated, a server rate limit the client does not know, a cap
on requests in flight below the client's) while customers are inserted and deleted, then a
``since=`` pass; every record is checked against the sandbox's ground truth.

    python benchmarks/chaos.py                       # 100,000 customers
    python benchmarks/chaos.py --customers 20000 --json

Exit status 0 when nothing was missed and nothing delivered twice, 1 otherwise. Not part of CI
(it takes minutes at full size); the CI suite runs the same checks small, in
tests/test_reliability_*.py.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import time
from collections import Counter
from typing import Any

import orjson

from ultracart_async import RetryPolicy, Timeouts, TokenBucketLimiter, UltraCartClient
from ultracart_async.sandbox import Sandbox

ALL_FAULTS = ["500", "502", "503", "reset", "truncate"]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=100_000, help="sandbox size (100000)")
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--fault-rate", type=float, default=0.05, help="share of faulty answers")
    parser.add_argument("--rate-limit", type=int, default=200, help="server requests per second")
    parser.add_argument("--server-in-flight", type=int, default=3, help="server in-flight cap")
    parser.add_argument("--concurrency", type=int, default=4, help="client pages in flight")
    parser.add_argument("--page-size", type=int, default=200)
    parser.add_argument("--churn", type=float, default=50.0, help="inserts and deletes per second")
    parser.add_argument("--latency", type=float, default=0.002)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser.parse_args(argv)


async def run(args: argparse.Namespace) -> dict[str, Any]:
    setup = time.monotonic()
    async with Sandbox(
        customers=args.customers,
        seed=args.seed,
        latency=args.latency,
        latency_jitter=args.latency,
        request_log_size=10,
    ) as sb:
        setup = time.monotonic() - setup
        limiter = TokenBucketLimiter((), max_in_flight=args.concurrency)  # knows no limit
        async with UltraCartClient(
            simple_key=sb.simple_key,
            base_url=sb.base_url,
            limiter=limiter,
            retry=RetryPolicy(max_attempts=12, initial_backoff=0.05, max_backoff=2.0),
            timeouts=Timeouts(read=10, total=300),
        ) as uc:
            before = sb.snapshot_ids()
            sb.configure(
                fault_rate=args.fault_rate,
                fault_kinds=ALL_FAULTS,
                rate_limit=args.rate_limit,
                rate_limit_per=1.0,
                max_in_flight=args.server_in_flight,
                churn_inserts_per_sec=args.churn,
                churn_deletes_per_sec=args.churn,
            )
            started = time.monotonic()
            export = uc.customers.export(
                concurrency=args.concurrency, page_size=args.page_size, since_pass=True
            )
            main: Counter[int] = Counter()
            caught_up: set[int] = set()
            records: dict[int, Any] = {}
            total = export_pass_items = 0
            async with contextlib.aclosing(export.pages()) as pages:
                async for page in pages:
                    in_since_pass = export.stats.since_pass_items > 0
                    for record in page.raw:
                        oid = record["customer_profile_oid"]
                        if in_since_pass:
                            caught_up.add(oid)
                        else:
                            main[oid] += 1
                            export_pass_items += 1
                        records[oid] = record
                    total += len(page.raw)
            wall = time.monotonic() - started
            sb.configure(churn_inserts_per_sec=0, churn_deletes_per_sec=0, fault_rate=0.0)
            await asyncio.sleep(0.1)  # let a churn tick in progress finish
            after = sb.snapshot_ids()
        stats = export.stats
        survivors = before & after
        delivered = set(main) | caught_up
        checked = mismatched = 0
        for oid, record in records.items():
            if oid not in after:
                continue  # deleted during the export: nothing left to compare with
            checked += 1
            if record != orjson.loads(sb.customer_json(oid)):
                mismatched += 1
        inserted = after - before
        return {
            "customers_at_start": len(before),
            "customers_at_end": len(after),
            "inserted_during": sb.stats.churn_inserted,
            "deleted_during": sb.stats.churn_deleted,
            "survivors": len(survivors),
            "records_delivered": total,
            "records_checked": checked,
            "records_mismatched": mismatched,
            "missing_survivors": len(survivors - delivered),
            "duplicates_delivered": sum(n - 1 for n in main.values() if n > 1),
            "inserted_delivered": len(inserted & delivered),
            "caught_up_by_since_pass": len(caught_up - set(main)),
            "pages": stats.pages,
            "refetches": stats.refetches,
            "duplicates_dropped_in_overlaps": stats.duplicates_dropped,
            "retries": stats.retries,
            "throttled_429": stats.throttled,
            "server_429": sb.stats.rate_limited,
            "faults_met": dict(sorted(sb.stats.faults.items())),
            "faults_total": sum(sb.stats.faults.values()),
            "server_requests": sb.stats.requests,
            "server_max_in_flight": sb.stats.max_in_flight,
            "sandbox_setup_s": round(setup, 1),
            "wall_time_s": round(wall, 1),
        }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    figures = asyncio.run(run(args))
    if args.json:
        print(orjson.dumps(figures, option=orjson.OPT_INDENT_2).decode())
    else:
        width = max(map(len, figures))
        for name, value in figures.items():
            print(f"{name:<{width}}  {value}")
    ok = (
        figures["missing_survivors"] == 0
        and figures["duplicates_delivered"] == 0
        and figures["records_mismatched"] == 0
    )
    print("PASS" if ok else "FAIL", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

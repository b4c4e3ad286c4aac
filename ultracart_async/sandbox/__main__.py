"""``python -m ultracart_async.sandbox``: serve a sandbox until SIGINT/SIGTERM.

The first stdout line is the base URL (``http://127.0.0.1:<port>/rest/v2``), the second the
simple key, so a parent process can read both and start talking.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from collections.abc import Sequence
from typing import Any

from ._config import FaultKind, RetryAfterMode
from ._server import DEFAULT_OAUTH_TOKEN, DEFAULT_SIMPLE_KEY, Sandbox


def _rate(text: str) -> tuple[int, float]:
    count, _, per = text.partition("/")
    try:
        return int(count), float(per or 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected N or N/SECONDS, got {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    """The command line of the sandbox process."""
    p = argparse.ArgumentParser(
        prog="python -m ultracart_async.sandbox",
        description="Serve a fake UltraCart REST API v2 on 127.0.0.1.",
    )
    p.add_argument("--port", type=int, default=0, help="TCP port (0: any free port)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--customers", type=int, default=250)
    p.add_argument("--webhooks", type=int, default=5)
    p.add_argument("--webhook-logs", type=int, default=25, help="log entries per webhook")
    p.add_argument("--workflow-tasks", type=int, default=300)
    p.add_argument("--users", type=int, default=8)
    p.add_argument("--groups", type=int, default=3)
    p.add_argument("--simple-key", default=DEFAULT_SIMPLE_KEY)
    p.add_argument("--oauth-token", default=DEFAULT_OAUTH_TOKEN)
    p.add_argument("--warm", action="store_true", help="render every customer's JSON at start")
    p.add_argument("--latency", type=float, default=0.0, help="seconds added to each answer")
    p.add_argument("--latency-jitter", type=float, default=0.0)
    p.add_argument("--rate-limit", type=_rate, default=None, metavar="N[/SECONDS]")
    p.add_argument(
        "--retry-after", choices=[m.value for m in RetryAfterMode], default=RetryAfterMode.NONE
    )
    p.add_argument("--max-in-flight", type=int, default=None)
    p.add_argument("--fault-rate", type=float, default=0.0)
    p.add_argument(
        "--fault-kinds",
        default=",".join(k.value for k in FaultKind),
        help="comma list of: " + ", ".join(k.value for k in FaultKind),
    )
    p.add_argument("--churn-inserts", type=float, default=0.0, help="customers inserted per second")
    p.add_argument("--churn-deletes", type=float, default=0.0, help="customers deleted per second")
    p.add_argument("--churn-updates", type=float, default=0.0, help="customers updated per second")
    return p


async def serve(args: argparse.Namespace) -> None:
    """Run until SIGINT or SIGTERM, then close cleanly."""
    knobs: dict[str, Any] = {
        "latency": args.latency,
        "latency_jitter": args.latency_jitter,
        "retry_after": args.retry_after,
        "max_in_flight": args.max_in_flight,
        "fault_rate": args.fault_rate,
        "fault_kinds": args.fault_kinds,
        "churn_inserts_per_sec": args.churn_inserts,
        "churn_deletes_per_sec": args.churn_deletes,
        "churn_updates_per_sec": args.churn_updates,
    }
    if args.rate_limit is not None:
        knobs["rate_limit"], knobs["rate_limit_per"] = args.rate_limit
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with Sandbox(
        customers=args.customers,
        seed=args.seed,
        webhooks=args.webhooks,
        webhook_logs=args.webhook_logs,
        workflow_tasks=args.workflow_tasks,
        users=args.users,
        groups=args.groups,
        port=args.port,
        simple_key=args.simple_key,
        oauth_token=args.oauth_token,
        warm=args.warm,
        **knobs,
    ) as sb:
        sys.stdout.write(f"{sb.base_url}\n{sb.simple_key}\n")
        sys.stdout.flush()
        await stop.wait()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit status."""
    args = build_parser().parse_args(argv)
    try:
        asyncio.run(serve(args))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

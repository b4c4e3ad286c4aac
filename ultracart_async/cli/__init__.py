"""The ``ultracart-async`` command: bulk exports from a terminal.

Example::

    ultracart-async export customers --sandbox 5000 --out customers.jsonl
    ULTRACART_SIMPLE_KEY=... ultracart-async export customers --out customers.csv --format csv
    ultracart-async export webhook-logs --webhook 123 --out logs.jsonl
    ultracart-async export workflow-tasks --out tasks.jsonl

Bad input gives a one-line error on stderr and exit status 2; a failed or interrupted
export gives exit status 1 (130 after Ctrl-C) and keeps a checkpoint for ``--resume``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

from .._errors import ConfigurationError, PaginationError, UltraCartError
from .._pagination import ExportProgress, Pager
from .._ratelimit import DEFAULT_WINDOWS, RateWindow, TokenBucketLimiter, parse_rate_window
from .._version import __version__
from ..client import UltraCartClient
from ..models import Customer, CustomerBilling, CustomerShipping, WebhookLogSummary, WorkflowTask
from ..resources.customers import CUSTOMERS_MAX_PAGE_SIZE, CustomerListFilters
from ..resources.webhooks import WEBHOOKS_MAX_PAGE_SIZE
from ..resources.workflow import TASKS_MAX_PAGE_SIZE
from ._csv import CsvLayout
from ._export import ExportJob, run_export

__all__ = ["amain", "main"]

PROG = "ultracart-async"
EXIT_USAGE = 2
EXIT_FAILED = 1
EXIT_INTERRUPTED = 130
DEFAULT_SANDBOX_CUSTOMERS = 5000

_CUSTOMER_FILTERS = [
    name
    for name in CustomerListFilters.__annotations__
    if name not in ("since", "sort", "expand", "page_size", "options")
]


class _UsageError(Exception):
    """Bad command-line input: one line on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, no usage dump: the message says what was wrong. argparse quotes every
        # unrecognized word, and a mistyped option's value may be a key: name options only.
        prefix = "unrecognized arguments: "
        if message.startswith(prefix):
            words = [w for w in message[len(prefix) :].split() if w.startswith("-")]
            message = prefix + (" ".join(words) or "(values not shown)")
        raise _UsageError(message)


def _since(text: str) -> str:
    """Validate --since: an ISO 8601 date-time with a UTC offset, or a date (midnight UTC)."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--since {text!r} is not an ISO 8601 date or date-time "
            "(e.g. 2026-01-31 or 2026-01-31T08:00:00-05:00)"
        ) from None
    if value.tzinfo is None:
        if len(text) == 10:  # a plain date: midnight UTC is the only reading that makes sense
            return value.replace(tzinfo=UTC).isoformat()
        raise argparse.ArgumentTypeError(
            f"--since {text!r} has no UTC offset; add one (e.g. {text}+00:00) so the filter "
            "does not shift by hours"
        )
    return value.isoformat()


def _positive(name: str) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"{name} must be a whole number, got {text!r}"
            ) from None
        if value < 1:
            raise argparse.ArgumentTypeError(f"{name} must be at least 1, got {value}")
        return value

    return parse


def _rate(text: str) -> RateWindow:
    try:
        return parse_rate_window(text)
    except ConfigurationError as exc:
        raise argparse.ArgumentTypeError(f"--rate-limit: {exc}") from None


def _build_parser() -> _Parser:
    parser = _Parser(prog=PROG, description="Bulk exports from the UltraCart REST API v2.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    export = commands.add_parser("export", help="export a whole result set to a file")
    resources = export.add_subparsers(dest="resource", required=True, parser_class=_Parser)

    def common(sub: argparse.ArgumentParser, max_page: int) -> None:
        sub.add_argument("--out", required=True, type=Path, help="the output file")
        sub.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
        sub.add_argument(
            "--page-size",
            type=_positive("--page-size"),
            default=max_page,
            help=f"records per request (at most {max_page}, the default)",
        )
        sub.add_argument(
            "--concurrency",
            type=_positive("--concurrency"),
            help="page requests in flight (default: --max-in-flight)",
        )
        sub.add_argument("--resume", action="store_true", help="continue an interrupted export")
        conn = sub.add_argument_group("connection")
        conn.add_argument(
            "--base-url", help="the API root (default: UltraCart's, or the sandbox's)"
        )
        conn.add_argument(
            "--simple-key",
            help="an UltraCart simple API key; prefer ULTRACART_SIMPLE_KEY (or "
            "ULTRACART_OAUTH_TOKEN), since other users can see arguments in ps",
        )
        conn.add_argument(
            "--sandbox",
            nargs="?",
            type=_positive("--sandbox"),
            const=DEFAULT_SANDBOX_CUSTOMERS,
            metavar="N",
            help=f"export from an embedded sandbox with N customers "
            f"(default {DEFAULT_SANDBOX_CUSTOMERS}); no credentials needed",
        )
        conn.add_argument(
            "--max-attempts",
            type=_positive("--max-attempts"),
            default=8,
            help="attempts per request before giving up (default 8)",
        )
        limits = sub.add_argument_group("rate limits")
        limits.add_argument(
            "--rate-limit",
            action="append",
            type=_rate,
            metavar="N/SECONDS",
            help="a rate window, repeatable (default: UltraCart's 1000/3600 and 10000/86400)",
        )
        limits.add_argument(
            "--max-in-flight",
            type=_positive("--max-in-flight"),
            default=1,
            help="requests at the server at once (default 1, UltraCart's policy)",
        )
        sub.add_argument("--no-progress", action="store_true", help="no progress bar")
        sub.add_argument("-v", "--verbose", action="store_true", help="log retries and waits")

    customers = resources.add_parser("customers", help="every customer profile")
    common(customers, CUSTOMERS_MAX_PAGE_SIZE)
    customers.add_argument("--since", type=_since, help="only customers modified since then")
    customers.add_argument("--expand", help="comma list, e.g. billing,shipping,cards,tags")
    customers.add_argument("--sort", help="e.g. +email or -last_modified_dts")
    filters = customers.add_argument_group("filters")
    for name in _CUSTOMER_FILTERS:
        kind = int if name == "pricing_tier_oid" else str
        filters.add_argument(f"--{name.replace('_', '-')}", dest=name, type=kind, metavar="VALUE")

    logs = resources.add_parser("webhook-logs", help="a webhook's delivery log summaries")
    common(logs, WEBHOOKS_MAX_PAGE_SIZE)
    logs.add_argument("--webhook", required=True, type=_positive("--webhook"), metavar="OID")
    logs.add_argument("--since", type=_since, help="only deliveries since then")

    tasks = resources.add_parser("workflow-tasks", help="every workflow task")
    common(tasks, TASKS_MAX_PAGE_SIZE)
    tasks.add_argument("--sort", help="e.g. -created_dts")
    return parser


_NOUNS = {"customers": "customers", "webhook-logs": "log summaries", "workflow-tasks": "tasks"}


def _pager(
    uc: UltraCartClient, args: argparse.Namespace
) -> tuple[Pager[Any], Callable[[], CsvLayout], dict[str, Any]]:
    """The pager, how to make its CSV layout, and the arguments that identify the export."""
    if args.resource == "customers":
        filters = {name: getattr(args, name) for name in _CUSTOMER_FILTERS}
        arguments = {
            **{k: v for k, v in filters.items() if v is not None},
            **({"since": args.since} if args.since else {}),
            **({"expand": args.expand} if args.expand else {}),
            **({"sort": args.sort} if args.sort else {}),
        }
        pager: Pager[Any] = uc.customers.list(page_size=args.page_size, **arguments)
        flatten: list[tuple[str, type]] = [
            ("billing", CustomerBilling),
            ("shipping", CustomerShipping),
        ]
        return pager, lambda: CsvLayout(Customer, flatten), arguments
    if args.resource == "webhook-logs":
        arguments = {"webhook_oid": args.webhook, **({"since": args.since} if args.since else {})}
        pager = uc.webhooks.list_log_summaries(
            args.webhook, since=args.since, page_size=args.page_size
        )
        return pager, lambda: CsvLayout(WebhookLogSummary), arguments
    arguments = {"sort": args.sort} if args.sort else {}
    pager = uc.workflow.list_tasks(sort=args.sort, page_size=args.page_size)
    return pager, lambda: CsvLayout(WorkflowTask), arguments


@contextlib.asynccontextmanager
async def _connection(args: argparse.Namespace) -> AsyncIterator[UltraCartClient]:
    windows = tuple(args.rate_limit) if args.rate_limit else DEFAULT_WINDOWS
    limiter = TokenBucketLimiter(windows, max_in_flight=args.max_in_flight)
    from .._config import RetryPolicy

    retry = RetryPolicy(max_attempts=args.max_attempts)
    if args.sandbox is not None:
        from ..sandbox import Sandbox  # the CLI is at the edge: it may start the sandbox

        async with (
            Sandbox(customers=args.sandbox, seed=0) as sandbox,
            UltraCartClient(
                simple_key=sandbox.simple_key,
                base_url=args.base_url or sandbox.base_url,
                limiter=limiter,
                retry=retry,
            ) as uc,
        ):
            yield uc
        return
    simple_key = args.simple_key or os.environ.get("ULTRACART_SIMPLE_KEY") or None
    oauth_token = None if simple_key else os.environ.get("ULTRACART_OAUTH_TOKEN") or None
    if simple_key is None and oauth_token is None:
        raise _UsageError(
            "no credentials: pass --simple-key, set ULTRACART_SIMPLE_KEY or "
            "ULTRACART_OAUTH_TOKEN, or try --sandbox"
        )
    kwargs: dict[str, Any] = {"limiter": limiter, "retry": retry}
    if args.base_url:
        kwargs["base_url"] = args.base_url
    async with UltraCartClient(simple_key=simple_key, oauth_token=oauth_token, **kwargs) as uc:
        yield uc


class _Progress:
    """A tqdm bar on a terminal; nothing otherwise."""

    def __init__(self, enabled: bool, noun: str) -> None:
        self._bar: Any = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(unit=f" {noun}", file=sys.stderr, dynamic_ncols=True)

    def __call__(self, progress: ExportProgress) -> None:
        if self._bar is None:
            return
        if progress.total is not None and self._bar.total != progress.total:
            self._bar.total = progress.total
        self._bar.n = progress.items
        limiter = progress.limiter
        self._bar.set_postfix(
            pages=progress.pages,
            waiting=limiter.waiters,
            throttled=limiter.throttled,
            refresh=False,
        )
        self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


async def _export(args: argparse.Namespace) -> int:
    concurrency = args.concurrency or args.max_in_flight
    if concurrency > args.max_in_flight:
        raise _UsageError(
            f"--concurrency {concurrency} is above --max-in-flight {args.max_in_flight}: "
            "UltraCart allows one request in flight unless it raised your limits; raise "
            "--max-in-flight too if it did"
        )
    noun = _NOUNS[args.resource]
    progress = _Progress(not args.no_progress and sys.stderr.isatty(), noun)
    try:
        async with _connection(args) as uc:
            pager, layout, arguments = _pager(uc, args)
            job = ExportJob(
                resource=args.resource,
                out=args.out,
                format=args.format,
                arguments=arguments,
                page_size=args.page_size,
                concurrency=concurrency,
            )
            result = await run_export(
                job,
                pager,
                layout=layout() if args.format == "csv" else None,
                resume=args.resume,
                on_progress=progress,
            )
    finally:
        progress.close()
    print(result.summary(args.out, noun), file=sys.stderr)
    return 0


def _fail(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr)


async def amain(argv: Sequence[str] | None = None) -> int:
    """Run the command in the current event loop; return its exit status."""
    try:
        args = _build_parser().parse_args(argv)
    except _UsageError as exc:
        _fail(str(exc))
        return EXIT_USAGE
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format=f"{PROG}: %(message)s",
        stream=sys.stderr,
    )
    try:
        return await _export(args)
    except _UsageError as exc:
        _fail(str(exc))
        return EXIT_USAGE
    except ConfigurationError as exc:
        _fail(str(exc))
        return EXIT_USAGE
    except PaginationError as exc:
        cause = exc.__cause__ or exc
        _fail(f"the export stopped: {cause}. Run the same command with --resume to continue.")
        return EXIT_FAILED
    except UltraCartError as exc:
        _fail(f"{exc}. Run the same command with --resume to continue.")
        return EXIT_FAILED
    except OSError as exc:
        _fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "))
        return EXIT_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    """The console script: ``ultracart-async``."""
    loop_main = asyncio.Runner()
    try:
        with loop_main as runner:
            task_holder: dict[str, asyncio.Task[int]] = {}

            async def entry() -> int:
                task = asyncio.current_task()
                assert task is not None
                task_holder["task"] = task
                with contextlib.suppress(NotImplementedError, RuntimeError):
                    # SIGTERM stops the export like Ctrl-C: cleanly, with a checkpoint.
                    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
                return await amain(argv)

            return runner.run(entry())
    except (KeyboardInterrupt, asyncio.CancelledError):
        _fail("interrupted; run the same command with --resume to continue")
        return EXIT_INTERRUPTED

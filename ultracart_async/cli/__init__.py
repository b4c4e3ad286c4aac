"""The ``ultracart-async`` command: bulk exports from a terminal.

Example::

    ultracart-async export customers --sandbox 5000 --out customers.jsonl
    ULTRACART_SIMPLE_KEY=... ultracart-async export customers --out customers.csv --format csv
    ultracart-async export webhook-logs --webhook 123 --out logs.jsonl
    ultracart-async export workflow-tasks --out - | jq .task_uuid
    ultracart-async webhooks inbox --db sqlite:///ultracart.db

The connection comes from the same environment variables as ``UltraCartClient``
(``ULTRACART_SIMPLE_KEY`` or ``ULTRACART_OAUTH_TOKEN``, and ``ULTRACART_BASE_URL``); flags
win over them, and ``--sandbox`` ignores them.

Exit statuses: 0 done; 2 bad input or a refusal (another export holds the output, a
checkpoint that does not match), one line on stderr; 1 a failed export (one line saying what
failed and, when records were saved, how to ``--resume``); 130 after Ctrl-C or SIGTERM; 141
when the reader of ``--out -`` went away (as if killed by SIGPIPE, silently).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlsplit

from .. import models
from .._config import DEFAULT_BASE_URL, RetryPolicy, env_settings, insecure_base_url
from .._errors import ConfigurationError, UltraCartError
from .._ratelimit import DEFAULT_WINDOWS, TokenBucketLimiter
from .._text import printable
from .._version import __version__
from ..client import UltraCartClient
from ..pagination import ExportProgress, Pager
from ..resources.customers import CUSTOMERS_MAX_PAGE_SIZE, CustomerListFilters
from ..resources.webhooks import WEBHOOKS_MAX_PAGE_SIZE
from ..resources.workflow import TASKS_MAX_PAGE_SIZE
from ._csv import CsvLayout
from ._export import ExportJob, ExportResult, ExportState, run_export, stream_export
from ._failures import failure_message, interrupted_message
from ._inbox import add_webhooks_parser, run_webhooks
from ._options import (
    EXIT_FAILED,
    EXIT_USAGE,
    PROG,
    checked_concurrency,
    command_group,
    connection_options,
    fail,
    paging_options,
    positive,
)
from ._output import (
    OutputClosed,
    OutputKind,
    classify_out,
    open_direct,
    silence_stdout,
    stdout_sink,
)
from ._sync import add_sync_parser, run_sync

__all__ = ["amain", "main"]

EXIT_INTERRUPTED = 130
#: The reader of ``--out -`` went away: what a shell reports for a process killed by SIGPIPE.
EXIT_PIPE_CLOSED = 128 + signal.SIGPIPE
#: The longest line the CLI prints (outside text within it is cut shorter still).
LINE_LIMIT = 1000

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


def _build_parser() -> _Parser:
    parser = _Parser(prog=PROG, description="Bulk exports from the UltraCart REST API v2.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    resources = command_group(
        commands, "export", help="export a whole result set to a file", dest="resource"
    )

    def common(sub: argparse.ArgumentParser, max_page: int) -> None:
        sub.add_argument(
            "--out",
            required=True,
            help="the output file; '-' for standard output (JSONL or CSV, e.g. for jq); an "
            "existing FIFO or character device is written directly",
        )
        sub.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
        paging_options(sub, max_page)
        sub.add_argument("--resume", action="store_true", help="continue an interrupted export")
        connection_options(sub)

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
    logs.add_argument("--webhook", required=True, type=positive("--webhook"), metavar="OID")
    logs.add_argument("--since", type=_since, help="only deliveries since then")

    tasks = resources.add_parser("workflow-tasks", help="every workflow task")
    common(tasks, TASKS_MAX_PAGE_SIZE)
    tasks.add_argument("--sort", help="e.g. -created_dts")
    add_sync_parser(commands)
    add_webhooks_parser(commands)
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
        # The models are named only inside the layout makers: a JSON export, which writes
        # the pages as received, never imports them.
        return pager, _customer_layout, arguments
    if args.resource == "webhook-logs":
        arguments = {"webhook_oid": args.webhook, **({"since": args.since} if args.since else {})}
        pager = uc.webhooks.list_log_summaries(
            args.webhook, since=args.since, page_size=args.page_size
        )
        return pager, lambda: CsvLayout(models.WebhookLogSummary), arguments
    arguments = {"sort": args.sort} if args.sort else {}
    pager = uc.workflow.list_tasks(sort=args.sort, page_size=args.page_size)
    return pager, lambda: CsvLayout(models.WorkflowTask), arguments


def _customer_layout() -> CsvLayout:
    flatten: list[tuple[str, type]] = [
        ("billing", models.CustomerBilling),
        ("shipping", models.CustomerShipping),
    ]
    return CsvLayout(models.Customer, flatten)


def _without_credentials(url: str) -> str:
    """``url`` without userinfo, query or fragment: safe to print and to store."""
    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    return parts._replace(netloc=netloc, query="", fragment="").geturl().rstrip("/")


def _warn(message: str) -> None:
    print(f"{PROG}: warning: {printable(message, LINE_LIMIT)}", file=sys.stderr)


def _credentials(args: argparse.Namespace) -> tuple[str | None, str | None, str]:
    """(simple key, OAuth token, base URL): flags first, then the client's variables."""
    env_key, env_token, env_base = env_settings()
    base_url = args.base_url or env_base or DEFAULT_BASE_URL
    if args.simple_key:
        return args.simple_key, None, base_url
    if env_key and env_token:
        raise _UsageError(
            "both ULTRACART_SIMPLE_KEY and ULTRACART_OAUTH_TOKEN are set; unset one, or pass "
            "--simple-key"
        )
    if not env_key and not env_token:
        raise _UsageError(
            "no credentials: pass --simple-key, set ULTRACART_SIMPLE_KEY or "
            "ULTRACART_OAUTH_TOKEN, or try --sandbox"
        )
    return env_key, env_token, base_url


def _store(args: argparse.Namespace, uc: UltraCartClient) -> str:
    """The store's identity for checkpoints: the base URL, or ``sandbox:N`` (an embedded
    sandbox holds the same records whatever port it listens on)."""
    if args.sandbox is not None and not args.base_url:
        return f"sandbox:{args.sandbox}"
    return _without_credentials(uc.base_url)


@contextlib.asynccontextmanager
async def _connection(args: argparse.Namespace) -> AsyncIterator[UltraCartClient]:
    """The client: flags first, then ``ULTRACART_*``; ``--sandbox`` ignores the variables."""
    windows = tuple(args.rate_limit) if args.rate_limit else DEFAULT_WINDOWS
    limiter = TokenBucketLimiter(windows, max_in_flight=args.max_in_flight)
    retry = RetryPolicy(max_attempts=args.max_attempts)
    if args.sandbox is not None:
        from ..sandbox import Sandbox  # the CLI is at the edge: it may start the sandbox

        # --sandbox ignores ULTRACART_*: its own key, its own (random) port.
        async with Sandbox(customers=args.sandbox, seed=0) as sandbox:
            base_url = args.base_url or sandbox.base_url
            warning = insecure_base_url(base_url)
            if warning:
                _warn(warning)
            async with UltraCartClient(
                simple_key=sandbox.simple_key, base_url=base_url, limiter=limiter, retry=retry
            ) as uc:
                yield uc
        return
    simple_key, oauth_token, base_url = _credentials(args)
    warning = insecure_base_url(base_url)
    if warning:
        _warn(warning)
    async with UltraCartClient(
        simple_key=simple_key,
        oauth_token=oauth_token,
        base_url=base_url,
        limiter=limiter,
        retry=retry,
    ) as uc:
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


def _check_output(args: argparse.Namespace) -> OutputKind:
    kind = classify_out(args.out)
    if args.resume and kind is not OutputKind.FILE:
        what = "standard output" if kind is OutputKind.STDOUT else f"{args.out}, not a regular file"
        raise _UsageError(
            f"--resume needs a file to continue, and --out is {what}: a stream cannot be resumed"
        )
    return kind


async def _export(args: argparse.Namespace, state: ExportState) -> int:
    concurrency = checked_concurrency(
        args,
        "UltraCart allows one request in flight unless it raised your limits; raise "
        "--max-in-flight too if it did",
    )
    kind = _check_output(args)
    state.stream = kind is not OutputKind.FILE
    noun = _NOUNS[args.resource]
    progress = _Progress(not args.no_progress and sys.stderr.isatty(), noun)
    try:
        async with _connection(args) as uc:
            pager, layout, arguments = _pager(uc, args)
            job = ExportJob(
                resource=args.resource,
                out=Path(args.out),
                format=args.format,
                arguments=arguments,
                page_size=args.page_size,
                concurrency=concurrency,
                store=_store(args, uc),
            )
            csv_layout = layout() if args.format == "csv" else None
            result = await _run(job, kind, pager, csv_layout, args, state, progress)
            source = _without_credentials(uc.base_url)
    finally:
        progress.close()
    destination = "standard output" if kind is OutputKind.STDOUT else args.out
    print(printable(result.summary(destination, noun, source), LINE_LIMIT), file=sys.stderr)
    return 0


async def _run(
    job: ExportJob,
    kind: OutputKind,
    pager: Pager[Any],
    layout: CsvLayout | None,
    args: argparse.Namespace,
    state: ExportState,
    progress: _Progress,
) -> ExportResult:
    if kind is OutputKind.FILE:
        return await run_export(
            job, pager, layout=layout, resume=args.resume, state=state, on_progress=progress
        )
    if kind is OutputKind.STDOUT:
        sink = stdout_sink()
    else:
        notice = f"{PROG}: waiting for a reader to open {printable(args.out, 200)}"
        sink = await open_direct(args.out, notice=notice)
    return await stream_export(
        job, pager, layout=layout, sink=sink, state=state, on_progress=progress
    )


class _PrintableFormatter(logging.Formatter):
    """Log lines on a terminal: control characters escaped, length bounded."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record), LINE_LIMIT)


async def amain(argv: Sequence[str] | None = None) -> int:
    """Run the command in the current event loop; return its exit status."""
    return await _amain(argv, ExportState())


async def _amain(argv: Sequence[str] | None, state: ExportState) -> int:
    try:
        args = _build_parser().parse_args(argv)
    except _UsageError as exc:
        fail(str(exc), LINE_LIMIT)
        return EXIT_USAGE
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_PrintableFormatter(f"{PROG}: %(message)s"))
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, handlers=[handler])
    try:
        if args.command == "webhooks":
            return await run_webhooks(args)
        if args.command == "sync":
            state.stream = True  # after Ctrl-C: "interrupted", with no --resume advice
            return await run_sync(args, connection=_connection, store=_store)
        return await _export(args, state)
    except (_UsageError, ConfigurationError) as exc:
        fail(str(exc), LINE_LIMIT)
        return EXIT_USAGE
    except OutputClosed:
        # The reader (`| head`) has what it wanted: stop quietly, like a killed `cat`.
        silence_stdout()
        return EXIT_PIPE_CLOSED
    except (UltraCartError, OSError) as exc:
        fail(failure_message(exc, state, stream=state.stream), LINE_LIMIT)
        return EXIT_FAILED


def main(argv: Sequence[str] | None = None) -> int:
    """The console script: ``ultracart-async``."""
    state = ExportState()
    try:
        with asyncio.Runner() as runner:

            async def entry() -> int:
                task = asyncio.current_task()
                assert task is not None
                with contextlib.suppress(NotImplementedError, RuntimeError):
                    # SIGTERM stops the export like Ctrl-C: cleanly, with a checkpoint.
                    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)
                return await _amain(argv, state)

            return runner.run(entry())
    except (KeyboardInterrupt, asyncio.CancelledError):
        fail(interrupted_message(state, stream=state.stream), LINE_LIMIT)
        return EXIT_INTERRUPTED

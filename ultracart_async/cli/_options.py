"""The command-line options that several commands share, each defined once.

``export`` and ``sync`` take the same connection, rate-limit and paging options; ``sync`` and
``webhooks`` the same ``--db``. Every command reports errors and exits the same way.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from .._errors import ConfigurationError
from .._ratelimit import RateWindow, parse_rate_window
from .._text import MESSAGE_LIMIT, printable

__all__ = [
    "DEFAULT_DB",
    "DEFAULT_SANDBOX_CUSTOMERS",
    "EXIT_FAILED",
    "EXIT_REFUSED",
    "EXIT_USAGE",
    "PROG",
    "checked_concurrency",
    "command_group",
    "connection_options",
    "db_option",
    "fail",
    "paging_options",
    "positive",
    "whole_number",
]

PROG = "ultracart-async"
#: The command failed (or stopped; a rerun may continue it).
EXIT_FAILED = 1
#: The command line is wrong.
EXIT_USAGE = 2
#: The command refused to start (wrong options, another store, a missing extra...).
EXIT_REFUSED = EXIT_USAGE

DEFAULT_SANDBOX_CUSTOMERS = 5000
#: ``--db`` when none is given: ``ultracart_async.sync.DEFAULT_DATABASE_URL``, written again
#: here so that the CLI starts without the optional ``sync`` extra. The inbox takes the same
#: default, so that the customer handler's table and the inbox live side by side.
DEFAULT_DB = "sqlite:///ultracart.db"


def command_group(commands: Any, name: str, *, help: str, dest: str) -> Any:
    """Add the command ``name`` to the ``commands`` sub-parsers and return the sub-parsers of
    its own sub-commands (``export customers``, ``sync customers``, ``webhooks inbox``), one
    of which is required and stored as ``dest``."""
    group = commands.add_parser(name, help=help)
    return group.add_subparsers(dest=dest, required=True, parser_class=type(group))


def fail(message: str, limit: int = MESSAGE_LIMIT) -> None:
    """Print ``message`` as the command's error on stderr, made printable and cut at
    ``limit`` characters."""
    print(f"{PROG}: error: {printable(message, limit)}", file=sys.stderr)


def checked_concurrency(args: argparse.Namespace, advice: str) -> int:
    """``--concurrency``, or ``--max-in-flight`` when not given.

    Raises:
        ConfigurationError: ``--concurrency`` is above ``--max-in-flight`` (the message ends
            with ``advice``).
    """
    concurrency: int = args.concurrency or args.max_in_flight
    if concurrency > args.max_in_flight:
        raise ConfigurationError(
            f"--concurrency {concurrency} is above --max-in-flight {args.max_in_flight}: " + advice
        )
    return concurrency


def whole_number(
    name: str, *, low: int = 1, high: int | None = None, unit: str | None = None
) -> Callable[[str], int]:
    """An argparse ``type`` that takes a whole number from ``low`` to ``high`` (no upper bound
    when None) for the option ``name``, counted in ``unit`` when given (``seconds``)."""
    kind = f"whole {unit}" if unit else "a whole number"

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{name} must be {kind}, got {text!r}") from None
        if high is not None and not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{name} must be between {low} and {high}{f' {unit}' if unit else ''}, got {value}"
            )
        if value < low:
            raise argparse.ArgumentTypeError(f"{name} must be at least {low}, got {value}")
        return value

    return parse


def positive(name: str) -> Callable[[str], int]:
    """An argparse ``type`` that takes a whole number of at least 1 for the option ``name``."""
    return whole_number(name)


def _rate(text: str) -> RateWindow:
    try:
        return parse_rate_window(text)
    except ConfigurationError as exc:
        raise argparse.ArgumentTypeError(f"--rate-limit: {exc}") from None


def paging_options(sub: argparse.ArgumentParser, max_page: int) -> None:
    """``--page-size`` (at most ``max_page``, the default) and ``--concurrency``."""
    sub.add_argument(
        "--page-size",
        type=positive("--page-size"),
        default=max_page,
        help=f"records per request (at most {max_page}, the default)",
    )
    sub.add_argument(
        "--concurrency",
        type=positive("--concurrency"),
        help="page requests in flight (default: --max-in-flight)",
    )


def db_option(sub: argparse.ArgumentParser) -> None:
    """``--db``: the database URL, :data:`DEFAULT_DB` when none is given."""
    sub.add_argument(
        "--db",
        default=DEFAULT_DB,
        metavar="URL",
        help=f"sqlite:///path.db or postgresql://user:pass@host/db (default {DEFAULT_DB})",
    )


def connection_options(sub: argparse.ArgumentParser) -> None:
    """The connection, rate-limit and output options shared by ``export`` and ``sync``."""
    conn = sub.add_argument_group("connection")
    conn.add_argument(
        "--base-url",
        help="the API root (default: ULTRACART_BASE_URL, else UltraCart's; the sandbox's "
        "with --sandbox)",
    )
    conn.add_argument(
        "--simple-key",
        help="an UltraCart simple API key; prefer ULTRACART_SIMPLE_KEY (or "
        "ULTRACART_OAUTH_TOKEN), since other users can see arguments in ps",
    )
    conn.add_argument(
        "--sandbox",
        nargs="?",
        type=positive("--sandbox"),
        const=DEFAULT_SANDBOX_CUSTOMERS,
        metavar="N",
        help=f"export from an embedded sandbox with N customers "
        f"(default {DEFAULT_SANDBOX_CUSTOMERS}); no credentials needed, and the "
        "ULTRACART_* variables are ignored",
    )
    conn.add_argument(
        "--max-attempts",
        type=positive("--max-attempts"),
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
        type=positive("--max-in-flight"),
        default=1,
        help="requests at the server at once (default 1, UltraCart's policy)",
    )
    sub.add_argument("--no-progress", action="store_true", help="no progress bar")
    sub.add_argument("-v", "--verbose", action="store_true", help="log retries and waits")

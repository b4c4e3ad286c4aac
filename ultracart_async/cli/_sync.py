"""``ultracart-async sync customers``: the command-line face of :mod:`ultracart_async.sync`.

Example::

    ultracart-async sync customers --sandbox 5000 --expand all
    ULTRACART_SIMPLE_KEY=... ultracart-async sync customers --db postgresql://me@db/shop --reconcile

Exit status: 0 done; 2 refused with one line and nothing changed (a bad ``--db``, a refused
login, another store, another sync running, another ``--expand`` without ``--full``); 1 the
run stopped part-way (the API or the database failed): running the same command again
continues it.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from .._errors import (
    AuthenticationError,
    ConfigurationError,
    PaginationError,
    PermissionDeniedError,
    UltraCartError,
)
from ..resources.customers import CUSTOMERS_MAX_PAGE_SIZE
from ._options import (
    EXIT_FAILED,
    EXIT_REFUSED,
    checked_concurrency,
    command_group,
    connection_options,
    db_option,
    fail,
    paging_options,
    whole_number,
)

if TYPE_CHECKING:
    from ..client import UltraCartClient
    from ..sync import SyncProgress

__all__ = ["add_sync_parser", "run_sync"]

#: The CLI's connection factory, shared with ``export``.
Connection = Callable[
    [argparse.Namespace], contextlib.AbstractAsyncContextManager["UltraCartClient"]
]
#: The store's identity recorded in the database: the base URL without credentials, or
#: ``sandbox:N`` (an embedded sandbox holds the same customers whatever its port).
StoreIdentity = Callable[[argparse.Namespace, "UltraCartClient"], str]


def add_sync_parser(commands: Any) -> None:
    """Add ``sync customers`` to the ``commands`` sub-parsers, with the connection and paging
    options of ``export``."""
    resources = command_group(
        commands, "sync", help="keep a database in step with UltraCart", dest="resource"
    )
    customers = resources.add_parser(
        "customers", help="every customer profile, incrementally, into SQLite or PostgreSQL"
    )
    db_option(customers)
    customers.add_argument(
        "--expand",
        help="comma list (billing,shipping,...) or 'all'; recorded per run, changing it "
        "needs --full (default: the set the database was filled with; none at first)",
    )
    customers.add_argument("--full", action="store_true", help="export every customer again")
    customers.add_argument(
        "--reconcile",
        action="store_true",
        help="then walk every id (about N/195 requests) and mark deleted customers",
    )
    paging_options(customers, CUSTOMERS_MAX_PAGE_SIZE)
    customers.add_argument(
        "--safety-margin",
        type=whole_number("--safety-margin", low=0, high=7 * 86400, unit="seconds"),
        default=300,
        metavar="SECONDS",
        help="subtracted from the server's Date for the high-water mark (default 300)",
    )
    connection_options(customers)


class _ProgressBar:
    """A tqdm bar per phase on a terminal; nothing otherwise."""

    def __init__(self, enabled: bool) -> None:
        self._enabled = enabled
        self._bar: Any = None
        self._phase = ""

    def __call__(self, progress: SyncProgress) -> None:
        if not self._enabled:
            return
        if progress.phase != self._phase:
            self.close()
            from tqdm import tqdm

            self._phase = progress.phase
            noun = " ids" if progress.phase == "reconcile" else " customers"
            self._bar = tqdm(unit=noun, desc=progress.phase, file=sys.stderr, dynamic_ncols=True)
        bar = self._bar
        if progress.total is not None and bar.total != progress.total:
            bar.total = progress.total
        bar.n = progress.records
        bar.set_postfix(requests=progress.requests, refresh=False)
        bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _login_refused(exc: BaseException) -> bool:
    cause = exc.__cause__ if isinstance(exc, PaginationError) else exc
    return isinstance(cause, AuthenticationError | PermissionDeniedError)


async def run_sync(
    args: argparse.Namespace, *, connection: Connection, store: StoreIdentity
) -> int:
    """Run ``sync customers`` with parsed ``args``; return the exit status."""
    try:
        from ..sync import SyncDatabaseError, SyncRefusedError, sync_customers
    except ImportError as exc:
        fail(
            f"the sync needs its extra: pip install 'ultracart-async[sync]' ({exc.name} is missing)"
        )
        return EXIT_REFUSED
    try:
        concurrency = checked_concurrency(
            args, "raise --max-in-flight too if UltraCart raised your limits"
        )
    except ConfigurationError as exc:
        fail(str(exc))
        return EXIT_REFUSED
    progress = _ProgressBar(not args.no_progress and sys.stderr.isatty())
    try:
        async with connection(args) as uc:
            result = await sync_customers(
                uc,
                args.db,
                expand=args.expand,
                full=args.full,
                reconcile=args.reconcile,
                safety_margin=timedelta(seconds=args.safety_margin),
                page_size=args.page_size,
                concurrency=concurrency,
                on_progress=progress,
                store_url=store(args, uc),
            )
    except (SyncRefusedError, ConfigurationError) as exc:
        fail(str(exc))
        return EXIT_REFUSED
    except (PaginationError, AuthenticationError, PermissionDeniedError) as exc:
        cause = exc.__cause__ if isinstance(exc, PaginationError) and exc.__cause__ else exc
        if _login_refused(exc):
            fail(f"UltraCart refused the credentials: {cause}")
            return EXIT_REFUSED
        fail(f"the sync stopped: {cause}. Run the same command again to continue.")
        return EXIT_FAILED
    except SyncDatabaseError as exc:
        fail(str(exc))  # it says that a rerun continues
        return EXIT_FAILED
    except UltraCartError as exc:
        fail(f"the sync stopped: {exc}. Run the same command again to continue.")
        return EXIT_FAILED
    finally:
        progress.close()
    print(result.summary(), file=sys.stderr)
    return 0

"""``sync_customers``: keep a database in step with a store's customers."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from datetime import timedelta

from .._errors import ConfigurationError
from ..client import UltraCartClient
from ..resources.customers import CUSTOMERS_MAX_PAGE_SIZE
from ._customers import CustomerSync
from ._database import Database
from ._plan import Plan, make_plan, normalize_expand
from ._reconcile import ReconcileWalk
from ._result import SyncProgress, SyncResult
from ._runs import DEFAULT_SAFETY_MARGIN
from ._schema import SchemaState
from ._url import DEFAULT_DATABASE_URL, DatabaseURL, parse_url

__all__ = ["sync_customers"]


def _margin_seconds(margin: timedelta) -> int:
    if not isinstance(margin, timedelta):
        raise ConfigurationError(f"safety_margin must be a timedelta, got {type(margin).__name__}")
    seconds = margin.total_seconds()
    if not math.isfinite(seconds) or seconds < 0 or seconds > 7 * 86400:
        raise ConfigurationError(f"safety_margin must be between 0 and 7 days, got {margin}")
    return math.ceil(seconds)


def _page_size(value: int) -> int:
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not 1 <= value <= CUSTOMERS_MAX_PAGE_SIZE
    ):
        raise ConfigurationError(
            f"page_size must be a whole number from 1 to {CUSTOMERS_MAX_PAGE_SIZE}, got {value!r}"
        )
    return value


async def sync_customers(
    client: UltraCartClient,
    db: str = DEFAULT_DATABASE_URL,
    *,
    expand: str | Sequence[str] | None = None,
    full: bool = False,
    reconcile: bool = False,
    safety_margin: timedelta = DEFAULT_SAFETY_MARGIN,
    page_size: int = CUSTOMERS_MAX_PAGE_SIZE,
    concurrency: int | None = None,
    on_progress: Callable[[SyncProgress], object] | None = None,
    store_url: str | None = None,
) -> SyncResult:
    """Bring the customers of ``db`` in step with the store behind ``client``.

    The first run exports every customer; later runs fetch only the customers modified at
    or after the last run's high-water mark (the server's ``Date`` of its first answer, less
    ``safety_margin``). Every page is committed with the run's progress, so an interrupted
    run (a crash, Ctrl-C, a spent rate budget) continues where it stopped when called again.
    Only one sync runs against a database at a time; a second refuses with
    :class:`SyncBusyError`.

    Args:
        client: The client of the store to mirror.
        db: ``sqlite:///path.db`` (embedded) or ``postgresql://user:pass@host/db``.
        expand: The customer parts to fetch (``["billing", "shipping"]``, ``"billing,tags"``,
            or ``"all"``). Recorded per run; after a completed full run, another set needs
            ``full=True``. Default: the set of the data already there (none at first).
        full: Export every customer even when an incremental run would do.
        reconcile: Afterwards walk every id (no expansions, 200 a page: about N/195
            requests) and mark deleted the rows UltraCart no longer has.
        safety_margin: Subtracted from the server's ``Date`` to make the high-water mark.
        page_size: Customers per request, 1 to 200.
        concurrency: Page requests in flight (default: the client limiter's cap).
        on_progress: Called with a :class:`SyncProgress` after each committed page.
        store_url: The store's identity recorded in the database (default: the client's
            base URL). A sync against a database of another store is refused.

    Raises:
        SyncRefusedError: Refused before anything was changed (a subclass says why).
        SyncDatabaseError: The database failed during the run; run again to continue.
        PaginationError: The API failed during the run; run again to continue.

    Example::

        async with UltraCartClient.from_env() as uc:
            result = await sync_customers(uc, "sqlite:///shop.db", expand="billing,shipping")
            print(result.summary())
    """
    began = time.monotonic()
    target = parse_url(db) if not isinstance(db, DatabaseURL) else db
    wanted = normalize_expand(expand)
    margin = _margin_seconds(safety_margin)
    size = _page_size(page_size)
    store = (store_url or client.base_url).rstrip("/")
    async with Database(target) as database:
        state, plan = await make_plan(
            database,
            store_url=store,
            expand=wanted,
            full=full,
            reconcile=reconcile,
            margin=margin,
            page_size=size,
        )
        sync, walk = await _execute(database, client, state, plan, store, concurrency, on_progress)
    return _result(target.display, plan.run.resumed, sync, walk, time.monotonic() - began)


async def _execute(
    database: Database,
    client: UltraCartClient,
    state: SchemaState,
    plan: Plan,
    store: str,
    concurrency: int | None,
    on_progress: Callable[[SyncProgress], object] | None,
) -> tuple[CustomerSync, ReconcileWalk | None]:
    """The planned run, then (with ``reconcile``) the walk over every id."""
    sync = CustomerSync(
        db=database,
        uc=client,
        state=state,
        run=plan.run,
        store_url=store,
        concurrency=concurrency,
        on_progress=on_progress,
    )
    sync.abandon = plan.abandon
    await sync.execute()
    if plan.walk is None:
        return sync, None
    walk = ReconcileWalk(
        db=database,
        uc=client,
        state=sync.state,
        run=plan.walk,
        store_url=store,
        concurrency=concurrency,
        on_progress=on_progress,
    )
    await walk.execute()
    return sync, walk


def _result(
    database: str,
    resumed: bool,
    sync: CustomerSync,
    walk: ReconcileWalk | None,
    elapsed: float,
) -> SyncResult:
    run = sync.run
    assert run.run_id is not None
    return SyncResult(
        database=database,
        run_id=run.run_id,
        mode="full" if run.mode == "full" else "incremental",
        resumed=resumed,
        expand=run.expand,
        since=run.since,
        high_water_mark=run.high_water_mark,
        inserted=sync.counts.inserted,
        updated=sync.counts.updated,
        unchanged=sync.counts.unchanged,
        skipped_older=sync.counts.skipped_older,
        marked_deleted=walk.marked if walk is not None else None,
        requests=sync.spent + (walk.spent if walk is not None else 0),
        reconcile_requests=walk.spent if walk is not None else 0,
        reconcile_run_id=walk.run.run_id if walk is not None else None,
        elapsed=elapsed,
    )

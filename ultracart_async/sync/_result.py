"""What a sync reports: progress while it runs, and its result."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import attrs

__all__ = ["SyncProgress", "SyncResult"]


@attrs.frozen(kw_only=True)
class SyncProgress:
    """Handed to ``on_progress`` after every committed page.

    Attributes:
        phase: ``"full"``, ``"incremental"`` or ``"reconcile"`` (the walk).
        records: Records committed in this phase by this process.
        total: The total the server announced for this phase, when known.
        pages: Pages committed in this phase by this process.
        requests: Requests this phase spent in this process.
    """

    phase: Literal["full", "incremental", "reconcile"]
    records: int
    total: int | None
    pages: int
    requests: int


@attrs.frozen(kw_only=True)
class SyncResult:
    """What one call of :func:`~ultracart_async.sync.sync_customers` did.

    Counts are this process's; a resumed run's totals are in its ``ultracart_sync_runs`` row.

    Attributes:
        database: The database URL, password hidden.
        run_id: The sync run's id in ``ultracart_sync_runs``.
        mode: ``"full"`` or ``"incremental"``.
        resumed: Whether an interrupted run was continued.
        expand: The expansion set of the run.
        since: The ``last_modified_dts_start`` an incremental run asked for, else None.
        high_water_mark: Where the next incremental run starts.
        inserted: Customers new to the database.
        updated: Customers whose stored row changed.
        unchanged: Customers fetched again with the same content (not written).
        skipped_older: Customers fetched with an older ``last_modified_dts`` than stored.
        marked_deleted: Rows marked deleted by the reconcile walk; None without a walk.
        requests: Requests spent by the sync run and the walk (retries included).
        reconcile_requests: The walk's share of ``requests``.
        reconcile_run_id: The walk's run id, if one ran.
        elapsed: Seconds the call took.
    """

    database: str
    run_id: int
    mode: Literal["full", "incremental"]
    resumed: bool
    expand: tuple[str, ...]
    since: str | None
    high_water_mark: datetime | None
    inserted: int
    updated: int
    unchanged: int
    skipped_older: int
    marked_deleted: int | None
    requests: int
    reconcile_requests: int
    reconcile_run_id: int | None
    elapsed: float

    def summary(self) -> str:
        """One line: inserted, updated, unchanged, marked deleted, requests spent.

        Example: ``Synced customers into sqlite:///shop.db (incremental run 7, 1.2 s):
        inserted 3, updated 12, unchanged 40, marked deleted 2; requests spent: 9 (7 by the
        reconcile walk).``
        """
        how = f"{'resumed ' if self.resumed else ''}{self.mode} run {self.run_id}"
        if self.marked_deleted is None:
            deleted = "marked deleted: not checked (no reconcile)"
        else:
            deleted = f"marked deleted {self.marked_deleted:,}"
        older = f", older than stored {self.skipped_older:,}" if self.skipped_older else ""
        walk = (
            f" ({self.reconcile_requests:,} by the reconcile walk)"
            if self.reconcile_run_id is not None
            else ""
        )
        return (
            f"Synced customers into {self.database} ({how}, {self.elapsed:.1f} s): "
            f"inserted {self.inserted:,}, updated {self.updated:,}, "
            f"unchanged {self.unchanged:,}{older}, {deleted}; "
            f"requests spent: {self.requests:,}{walk}."
        )

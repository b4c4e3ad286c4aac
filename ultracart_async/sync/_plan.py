"""Which run to make: continue an interrupted one, a full export, or an incremental one.

* An interrupted sync run is continued, unless ``full=True`` asks for something it is not
  (an incremental run, or another expansion set): then it is abandoned and a full run starts.
* Without a completed sync run, the run is full.
* Otherwise the run is incremental from the last mark, with the expansion set the data were
  fetched with; another set needs ``full=True``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Literal

import attrs

from .._errors import ConfigurationError
from ._database import Database
from ._errors import StoreMismatchError
from ._reconcile import WALK_PAGE_SIZE
from ._runs import SYNC_MODES, RunRow, last_mark, unfinished_run
from ._schema import SchemaState, read_schema

__all__ = ["CUSTOMER_EXPANSIONS", "Plan", "decide", "make_plan", "normalize_expand"]

#: Every documented ``_expand`` value of a customer; ``expand="all"`` asks for these.
CUSTOMER_EXPANSIONS: tuple[str, ...] = (
    "attachments",
    "billing",
    "cards",
    "cc_emails",
    "loyalty",
    "orders_summary",
    "pricing_tiers",
    "privacy",
    "properties",
    "quotes_summary",
    "reviewer",
    "shipping",
    "software_entitlements",
    "tags",
    "tax_codes",
)
_PART = re.compile(r"^[a-z][a-z0-9_.]*$")


def normalize_expand(expand: str | Sequence[str] | None) -> tuple[str, ...] | None:
    """``expand`` as a sorted tuple without repeats; ``"all"`` is every documented part.

    Example::

        >>> normalize_expand("shipping, billing")
        ('billing', 'shipping')
    """
    if expand is None:
        return None
    if isinstance(expand, str):
        parts = expand.split(",")
    elif isinstance(expand, list | tuple) and all(isinstance(p, str) for p in expand):
        parts = list(expand)
    else:
        raise ConfigurationError(
            f"expand must be a comma-separated string or a list of strings, got {expand!r}"
        )
    wanted = {p.strip().lower() for p in parts if p.strip()}
    if "all" in wanted:
        wanted = (wanted - {"all"}) | set(CUSTOMER_EXPANSIONS)
    bad = sorted(p for p in wanted if not _PART.match(p))
    if bad:
        raise ConfigurationError(f"expand: {bad[0]!r} is not an expansion name (e.g. billing)")
    return tuple(sorted(wanted))


@attrs.frozen(kw_only=True)
class Plan:
    """The run to make, the interrupted run it replaces, and the reconcile walk to continue."""

    run: RunRow
    abandon: RunRow | None = None
    walk: RunRow | None = None


def _shown(expand: tuple[str, ...]) -> str:
    return ",".join(expand) or "(none)"


def decide(
    *,
    state: SchemaState,
    mark: datetime | None,
    unfinished: RunRow | None,
    expand: tuple[str, ...] | None,
    full: bool,
    margin: int,
    page_size: int,
) -> tuple[RunRow, RunRow | None]:
    """The sync run to make and the interrupted run it abandons (pure: no I/O)."""

    def new(
        mode: Literal["full", "incremental"], chosen: tuple[str, ...], since: str | None = None
    ) -> RunRow:
        return RunRow(
            mode=mode,
            expand=chosen,
            since=since,
            margin=margin,
            page_size=page_size,
        )

    stored = state.expand
    if unfinished is not None:
        differs = expand is not None and expand != unfinished.expand
        if full and (unfinished.mode != "full" or differs):
            return new("full", expand if expand is not None else (stored or ())), unfinished
        if differs:
            raise StoreMismatchError(
                f"an interrupted {unfinished.mode} run ({unfinished.run_id}) fetches with "
                f"expand={_shown(unfinished.expand)}; run again without another --expand to "
                "continue it, or add --full to start over with the new set"
            )
        return unfinished, None
    if mark is None or stored is None:
        return new("full", expand or ()), None
    if full:
        return new("full", expand if expand is not None else stored), None
    if expand is not None and expand != stored:
        raise StoreMismatchError(
            f"the database holds customers fetched with expand={_shown(stored)}; another "
            f"set ({_shown(expand)}) needs a full run: add --full (full=True)"
        )
    return new("incremental", stored, since=mark.isoformat(timespec="seconds")), None


async def make_plan(
    db: Database,
    *,
    store_url: str,
    expand: tuple[str, ...] | None,
    full: bool,
    reconcile: bool,
    margin: int,
    page_size: int,
) -> tuple[SchemaState, Plan]:
    """Read the database (no writes) and decide; refusals raise before any request."""
    state, mark, unfinished, walk = SchemaState(), None, None, None
    if db.opened:
        conn = await db.connection()
        with db.refusals():
            async with conn.begin() as transaction:
                await db.check_writable(conn)
                state = await read_schema(conn)
                if state.exists:
                    unfinished = await unfinished_run(conn, SYNC_MODES)
                    mark = await last_mark(conn)
                    walk = await unfinished_run(conn, ("reconcile",))
                await transaction.rollback()  # a read: leave no trace
    if state.base_url is not None and state.base_url != store_url:
        raise StoreMismatchError(
            f"{db.target.display} mirrors the store at {state.base_url}, not {store_url}; "
            "a sync against another store is refused: use another database"
        )
    run, abandon = decide(
        state=state,
        mark=mark,
        unfinished=unfinished,
        expand=expand,
        full=full,
        margin=margin,
        page_size=page_size,
    )
    await db.use_wal()  # every check passed: from here on the run may change the file
    if reconcile and walk is None:
        walk = RunRow(mode="reconcile", expand=(), margin=0, page_size=WALK_PAGE_SIZE)
    return state, Plan(run=run, abandon=abandon, walk=walk if reconcile else None)

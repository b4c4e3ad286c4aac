"""Constants and small helpers shared by the orchestrator and the worker processes."""

from __future__ import annotations

import os
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Final

#: The repository root: workers and whole-process runs start here (``python -m benchmarks...``).
REPO_ROOT: Final = Path(__file__).resolve().parent.parent

#: Every documented customer ``_expand`` value (ultracart-api.md), about 3.6 KB per customer.
EXPAND: Final = (
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
EXPAND_CSV: Final = ",".join(EXPAND)
PAGE_SIZE: Final = 200
API_VERSION: Final = "2017-03-01"
#: "No rate limit" for the client: a window no run can reach.
UNLIMITED_RATE: Final = "1000000/1"


def headers(key: str) -> dict[str, str]:
    """The headers of a valid request to the sandbox."""
    return {"x-ultracart-simple-key": key, "X-UltraCart-Api-Version": API_VERSION}


def median(values: Sequence[float]) -> float:
    """The median (the values are run times of one contender)."""
    return float(statistics.median(values))


def cores() -> tuple[int | None, int | None]:
    """(client core, sandbox core): two distinct CPUs, or (None, None) when pinning is not
    possible (not Linux, or fewer than two CPUs allowed)."""
    getter = getattr(os, "sched_getaffinity", None)
    if getter is None:
        return None, None
    allowed = sorted(getter(0))
    if len(allowed) < 2:
        return None, None
    return allowed[0], allowed[1]


def pin(pid: int, core: int | None) -> bool:
    """Pin ``pid`` (0: this process) to ``core``; False when that is not possible."""
    setter = getattr(os, "sched_setaffinity", None)
    if core is None or setter is None:
        return False
    try:
        setter(pid, {core})
    except OSError:
        return False
    return True


def log(message: str) -> None:
    """Progress on stderr (stdout of a worker carries its JSON result)."""
    print(message, file=sys.stderr, flush=True)

"""Helpers of the inbox tests: deliveries, credentials, a fake wall clock, and app processes
(the database as a test sees it is ``tests._postgres.query``)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from ._app import PASSWORD, USER

REPO = Path(__file__).resolve().parents[2]
AUTH = {"Authorization": "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()}
PATH = "/webhooks/ultracart"


def customer(
    oid: int, modified: str = "2024-01-01T00:00:00+00:00", **fields: Any
) -> dict[str, Any]:
    """A customer object as a webhook carries it."""
    return {"customer_profile_oid": oid, "last_modified_dts": modified, **fields}


def delivery(*events: tuple[str, Any]) -> bytes:
    """A delivery body: ``[{name: object}, ...]``."""
    return orjson.dumps([{name: value} for name, value in events])


def updates(*oids: int) -> bytes:
    """A delivery of one ``customer_update`` per oid."""
    return delivery(*(("customer_update", customer(oid)) for oid in oids))


class FakeWallClock:
    """A wall clock that moves only when told (UTC)."""

    def __init__(self) -> None:
        self.now = datetime(2030, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


async def wait_for(predicate: Any, *, guard: float = 60.0, every: float = 0.05) -> None:
    """Poll the async ``predicate`` until true; ``guard`` seconds is a hang guard only."""
    async with asyncio.timeout(guard):
        while not await predicate():  # noqa: ASYNC110 - another process changes the database
            await asyncio.sleep(every)


@contextlib.asynccontextmanager
async def app_process(
    db: str, markers: Path, *options: str
) -> AsyncIterator[tuple[asyncio.subprocess.Process, str]]:
    """``tests/inbox/_app.py`` in a process of its own: (the process, its base URL)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.inbox._app", "--db", db, "--markers", str(markers),
        *options, cwd=REPO, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        async with asyncio.timeout(60):
            line = (await proc.stdout.readline()).decode()
        assert line.startswith("PORT "), f"the app did not start: {line!r}"
        yield proc, f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        if proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.terminate()
            try:
                async with asyncio.timeout(30):
                    await proc.wait()
            except TimeoutError:
                proc.kill()
                await proc.wait()


def marker_lines(markers: Path) -> dict[int, list[str]]:
    """``{pid: lines}`` of every app process's handler log."""
    return {int(p.stem): p.read_text().splitlines() for p in markers.glob("*.log")}

"""A worker SIGKILLed in the middle of a handler: once its lease runs out, an app process
started after it handles the event again, and the event completes, once."""

from __future__ import annotations

import asyncio
import signal
import socket
from pathlib import Path

import aiohttp

from .._postgres import query
from ._helpers import AUTH, PATH, app_process, marker_lines, updates, wait_for


async def test_a_killed_worker_s_event_is_handled_again_after_restart(
    db_url: str, tmp_path: Path
) -> None:
    markers = tmp_path / "markers"
    markers.mkdir()
    async with app_process(db_url, markers, "--handler", "block", "--lease", "1.5") as (
        first,
        base,
    ):
        async with aiohttp.ClientSession() as http:
            response = await http.post(base + PATH, data=updates(42), headers=AUTH)
            assert response.status == 200
        await wait_for(lambda: _started(markers, first.pid))
        first.send_signal(signal.SIGKILL)  # in the middle of the handler
        async with asyncio.timeout(30):
            assert await first.wait() == -signal.SIGKILL
    [(state, attempts)] = await query(db_url, "SELECT state, attempts FROM ultracart_inbox_events")
    assert (state, attempts) == ("running", 1)  # its lease still names the dead worker

    async with app_process(db_url, markers, "--lease", "1.5") as (second, _):
        await wait_for(lambda: _done(db_url))
        rows = await query(db_url, "SELECT state, attempts, worker FROM ultracart_inbox_events")
    # One completion: one done mark, made by the restarted process, on the second attempt.
    assert rows == [("done", 2, f"{socket.gethostname()}:{second.pid}")]
    lines = marker_lines(markers)
    assert lines[first.pid] == ["start 42"]  # the killed attempt began, never finished
    assert lines[second.pid] == ["start 42", "done 42"]


async def _started(markers: Path, pid: int) -> bool:
    return marker_lines(markers).get(pid) == ["start 42"]


async def _done(url: str) -> bool:
    rows = await query(url, "SELECT state FROM ultracart_inbox_events")
    return rows == [("done",)]

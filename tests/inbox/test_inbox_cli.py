"""``ultracart-async webhooks inbox`` and ``webhooks replay``: counts by state, the oldest
pending, the dead with their errors; dead or chosen events put back in line; refusals as one
line with exit status 2."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from ultracart_async.cli import amain
from ultracart_async.webhook_receiver import parse_delivery
from ultracart_async.webhook_receiver.inbox import WebhookInbox
from ultracart_async.webhook_receiver.inbox._claims import Outcome, claim_events, finish

from ._helpers import FakeWallClock, delivery, updates


async def filled(url: str) -> FakeWallClock:
    """Three events: one dead (with an error holding an escape sequence), two pending."""
    clock = FakeWallClock()
    async with WebhookInbox(url, wall_clock=clock) as inbox:
        for body in (updates(1), updates(2), delivery(("order_create", {"order_id": "DEMO-9"}))):
            await inbox.commit(body, parse_delivery(body), {})
        async with inbox._work_db.transaction() as conn:
            [first], _ = await claim_events(
                conn,
                owner="a" * 32,
                worker="web-1:42",
                limit=1,
                now=clock(),
                lease_end=clock(),
                max_attempts=3,
            )
            error = "ValueError: bad \x1b[31mred\x1b[0m"
            await finish(conn, [Outcome(first.event_id, first.owner, error=error)], clock())
    return clock


async def test_inbox_shows_counts_the_oldest_pending_and_the_dead(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    await filled(db_url)
    assert await amain(["webhooks", "inbox", "--db", db_url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith(": 2 pending, 0 running, 0 done, 1 dead (3 deliveries)")
    assert out[1].startswith("oldest pending: #2 customer_update (object 2), received 2030-01-01")
    assert out[2] == "dead (newest first, 1 shown):"
    assert out[3].startswith("  #1 customer_update (object 1): 1 attempt(s), dead since 2030-")
    assert out[3].endswith(r"ValueError: bad \x1b[31mred\x1b[0m")  # escaped, never raw
    assert await amain(["webhooks", "inbox", "--db", db_url, "--json"]) == 0
    data = orjson.loads(capsys.readouterr().out)
    assert data["counts"] == {"pending": 2, "running": 0, "done": 0, "dead": 1}
    assert data["dead"][0]["last_error"] == "ValueError: bad \x1b[31mred\x1b[0m"
    assert data["dead"][0]["worker"] == "web-1:42"
    assert data["oldest_pending"]["event_id"] == 2


async def test_replay_puts_the_dead_or_chosen_events_back(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    await filled(db_url)
    assert await amain(["webhooks", "replay", "--db", db_url, "--dead"]) == 0
    assert capsys.readouterr().out == "put back in line: 1 event(s) #1\n"
    assert await amain(["webhooks", "replay", "--db", db_url, "--id", "3", "--id", "77"]) == 0
    assert capsys.readouterr().out == "put back in line: 1 event(s) #3\nnot in the inbox: #77\n"
    assert await amain(["webhooks", "inbox", "--db", db_url, "--json"]) == 0
    assert orjson.loads(capsys.readouterr().out)["counts"]["pending"] == 3


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["webhooks", "replay", "--db", "DB"], "one of the arguments --dead --id is required"),
        (["webhooks", "replay", "--db", "DB", "--dead", "--id", "1"], "not allowed with"),
        (["webhooks", "replay", "--db", "DB", "--id", "0"], "--id"),
        (["webhooks", "inbox", "--db", "mysql://u:pw-secret@h/db"], "unknown scheme 'mysql'"),
        (["webhooks", "inbox", "--db", "sqlite:///MISSING"], "no such file, so no inbox there"),
    ],
)
async def test_refusals_are_one_line_with_status_2(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [a.replace("DB", f"sqlite:///{tmp_path / 'x.db'}") for a in argv]
    argv = [a.replace("MISSING", str(tmp_path / "missing.db")) for a in argv]
    assert await amain(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("ultracart-async: error: ")
    assert message in err
    assert "pw-secret" not in err
    assert not (tmp_path / "missing.db").exists()


async def test_the_default_database_is_the_sync_s(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ultracart_async.cli._options import DEFAULT_DB
    from ultracart_async.sync import DEFAULT_DATABASE_URL

    assert DEFAULT_DB == DEFAULT_DATABASE_URL
    monkeypatch.chdir(tmp_path)
    assert await amain(["webhooks", "inbox"]) == 2
    assert "sqlite:///ultracart.db: no such file" in capsys.readouterr().err
    await filled(DEFAULT_DB)  # an inbox in the working folder, as the library's default
    assert await amain(["webhooks", "inbox", "--json"]) == 0
    assert orjson.loads(capsys.readouterr().out)["db"] == "sqlite:///ultracart.db"

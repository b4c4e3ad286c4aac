"""``ultracart-async sync customers``: the summary line, and every refusal as one line with
exit status 2 and nothing changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ultracart_async.cli import amain
from ultracart_async.cli._options import DEFAULT_DB
from ultracart_async.sandbox import Sandbox
from ultracart_async.sync import DEFAULT_DATABASE_URL

from .._cli import connect, error_line
from .._postgres import query

KEY = "sync-cli-secret-key-7f3e"
PASSWORD = "pg-secret-pw-91c4"
pytestmark = pytest.mark.ultracart_sandbox(customers=300, seed=12, simple_key=KEY)


async def test_the_cli_syncs_into_the_default_database_and_says_so_in_one_line(
    sandbox: Sandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert DEFAULT_DB == DEFAULT_DATABASE_URL
    monkeypatch.chdir(tmp_path)
    assert await amain(["sync", "customers", *connect(sandbox), "--expand", "all"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("Synced customers into sqlite:///ultracart.db (full run 1, ")
    assert "inserted 300, updated 0, unchanged 0, marked deleted: not checked" in err
    assert (tmp_path / "ultracart.db").exists()

    assert await amain(["sync", "customers", *connect(sandbox), "--reconcile"]) == 0
    err = capsys.readouterr().err
    assert "(incremental run 2, " in err
    assert "inserted 0, updated 0, unchanged 0, marked deleted 0; requests spent: " in err
    assert "by the reconcile walk" in err
    assert KEY not in err


async def test_unknown_schemes_and_unopenable_urls_are_refused(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["sync", "customers", *connect(sandbox)]
    err = await error_line([*base, "--db", f"mysql://me:{PASSWORD}@db/shop"], capsys)
    assert "unknown scheme 'mysql'" in err and PASSWORD not in err
    err = await error_line([*base, "--db", f"sqlite:///{tmp_path / 'nowhere' / 'x.db'}"], capsys)
    assert "does not exist" in err
    err = await error_line([*base, "--db", "not a url"], capsys)
    assert "not a database URL" in err
    assert sandbox.stats.requests == 0
    assert list(tmp_path.iterdir()) == []


async def synced_file(sb: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """``shop.db`` in ``tmp_path``, filled by a first sync from ``sb``."""
    path = tmp_path / "shop.db"
    assert await amain(["sync", "customers", *connect(sb), "--db", f"sqlite:///{path}"]) == 0
    capsys.readouterr()
    return path


async def test_a_read_only_database_is_refused_and_left_as_it_was(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = await synced_file(sandbox, tmp_path, capsys)
    before = await query(f"sqlite:///{path}", "SELECT * FROM ultracart_sync_runs")
    sandbox.reset_stats()
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    err = await error_line(["sync", "customers", *connect(sandbox), "--db", read_only], capsys)
    assert "is read-only" in err
    assert sandbox.stats.requests == 0
    assert await query(f"sqlite:///{path}", "SELECT * FROM ultracart_sync_runs") == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through file modes; mode=ro above")
async def test_a_read_only_file_is_refused(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = await synced_file(sandbox, tmp_path, capsys)
    tmp_path.chmod(0o555)
    path.chmod(0o444)
    try:
        err = await error_line(
            ["sync", "customers", *connect(sandbox), "--db", f"sqlite:///{path}"], capsys
        )
    finally:
        tmp_path.chmod(0o755)
    assert "read-only" in err


async def test_credentials_ultracart_refuses_change_nothing(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    argv = ["sync", "customers", *connect(sandbox, key="wrong-key"), "--db", db]
    err = await error_line(argv, capsys)
    assert "UltraCart refused the credentials" in err
    assert "wrong-key" not in err
    assert not (tmp_path / "shop.db").exists()


async def test_a_login_postgresql_refuses_never_shows_the_password(
    sandbox: Sandbox, postgres_server: object, capsys: pytest.CaptureFixture[str]
) -> None:
    port = getattr(postgres_server, "port")  # noqa: B009
    base = ["sync", "customers", *connect(sandbox)]
    url = f"postgresql://nobody:{PASSWORD}@127.0.0.1:{port}/postgres"
    err = await error_line([*base, "--db", url], capsys)
    assert "the login was refused" in err
    assert PASSWORD not in err and "nobody:***@" in err
    err = await error_line(
        [*base, "--db", f"postgresql://postgres@127.0.0.1:{port}/no_such_db"], capsys
    )
    assert "cannot open" in err and "no_such_db" in err
    assert sandbox.stats.requests == 0

"""A real PostgreSQL server the tests start themselves, and a fresh database per test.

The fixtures (registered in ``tests/conftest.py``, so one server serves the whole session)
skip, saying why, where no server binaries exist, except when ``CI=true``: there a missing
server fails the run (``.ci/run`` installs Debian's ``postgresql``). SQLAlchemy is imported
only when a database is asked for, so the suite still runs without the ``sync`` extra.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from ._net import free_port

PG_ROOT = Path("/usr/lib/postgresql")


def _pg_bindir() -> Path | None:
    """Where initdb and pg_ctl live: Debian's versioned folders (newest first), or PATH."""
    candidates = sorted(
        PG_ROOT.glob("*/bin"),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
        reverse=True,
    )
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


@attrs.frozen
class PostgresServer:
    """A PostgreSQL server started for this test session."""

    port: int
    socket_dir: Path

    def url(self, database: str = "postgres", user: str = "postgres") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"


def _runner(as_postgres: bool) -> Any:
    def run(*cmd: str) -> subprocess.CompletedProcess[str]:
        full = ["runuser", "-u", "postgres", "--", *cmd] if as_postgres else list(cmd)
        return subprocess.run(full, check=True, capture_output=True, text=True, timeout=120)

    return run


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """initdb and pg_ctl in a temporary folder, on a free port of 127.0.0.1."""
    bindir = _pg_bindir()
    if bindir is None:
        reason = (
            "no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or on "
            "PATH; install Debian's postgresql package to run the PostgreSQL tests"
        )
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true: {reason}", pytrace=False)
        pytest.skip(reason)
    as_root = os.geteuid() == 0  # initdb and postgres refuse to run as root
    folder = Path(tempfile.mkdtemp(prefix="ultracart-pg-"))
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    run = _runner(as_root)
    data = folder / "data"
    run(str(bindir / "initdb"), "-A", "trust", "-U", "postgres", "-D", str(data), "--no-sync")
    port = free_port()
    options = (
        f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=200 "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    try:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "-t", "60",
            "-o", options, "start")  # fmt: skip
    except subprocess.CalledProcessError as exc:
        log = (
            (folder / "log").read_text(errors="replace")[-2000:]
            if (folder / "log").exists()
            else ""
        )
        pytest.fail(f"PostgreSQL did not start: {exc.stderr}\n{log}", pytrace=False)
    try:
        yield PostgresServer(port=port, socket_dir=folder)
    finally:
        with contextlib.suppress(subprocess.SubprocessError):
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)


_DATABASES = itertools.count(1)


@pytest.fixture
async def pg_url(postgres_server: PostgresServer) -> AsyncIterator[str]:
    """A fresh, empty PostgreSQL database for one test."""
    import sqlalchemy as sa
    from sqlalchemy.ext.asyncio import create_async_engine

    name = f"sync_test_{os.getpid()}_{next(_DATABASES)}"
    admin = create_async_engine(
        postgres_server.url().replace("postgresql://", "postgresql+asyncpg://"),
        isolation_level="AUTOCOMMIT",
    )
    try:
        async with admin.connect() as conn:
            await conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        yield postgres_server.url(name)
    finally:
        await admin.dispose()


async def query(url: str, sql: str, **params: Any) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` (none for a statement without rows) on the database at ``url``, in a
    transaction of the test's own that commits: the database as a test sees it."""
    import sqlalchemy as sa
    from sqlalchemy.ext.asyncio import create_async_engine

    from ultracart_async.sync._url import parse_url

    engine = create_async_engine(parse_url(url).url)
    try:
        async with engine.begin() as conn:
            result = await conn.execute(sa.text(sql), params)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        await engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_kind(request: pytest.FixtureRequest) -> str:
    """The store a test runs on: a test asking for ``db_url`` runs once on each."""
    return str(request.param)


@pytest.fixture
def db_url(db_kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A fresh database of each kind: a SQLite file, or a PostgreSQL database."""
    if db_kind == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    url: str = request.getfixturevalue("pg_url")
    return url

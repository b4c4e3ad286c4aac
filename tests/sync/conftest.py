"""Fixtures of the sync tests: a fresh database per test in SQLite or PostgreSQL.

The PostgreSQL server and its per-test databases (``postgres_server``, ``pg_url``) come from
``tests/_postgres.py``, shared with the inbox tests through ``tests/conftest.py``. The
PostgreSQL tests skip, saying why, where no server binaries exist, except when ``CI=true``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

try:
    import sqlalchemy  # noqa: F401
except ImportError:  # the sync extra is not installed (.ci/run's aiohttp 3.13 environment)
    collect_ignore_glob = ["test_*.py"]


@pytest.fixture(params=["sqlite", "postgresql"])
def db_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(db_kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A fresh database of each kind: a SQLite file, or a PostgreSQL database."""
    if db_kind == "sqlite":
        return f"sqlite:///{tmp_path / 'sync.db'}"
    url: str = request.getfixturevalue("pg_url")
    return url

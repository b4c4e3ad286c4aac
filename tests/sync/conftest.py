"""The sync tests need the sync extra.

Their fresh database per test in SQLite or PostgreSQL (``db_kind``, ``db_url``) and the
PostgreSQL server behind it (``postgres_server``, ``pg_url``) come from ``tests/_postgres.py``,
shared with the inbox tests through ``tests/conftest.py``. The PostgreSQL tests skip, saying
why, where no server binaries exist, except when ``CI=true``.
"""

from __future__ import annotations

try:
    import sqlalchemy  # noqa: F401
except ImportError:  # the sync extra is not installed (.ci/run's aiohttp 3.13 environment)
    collect_ignore_glob = ["test_*.py"]

"""The inbox tests need the sync extra; their per-test databases (``db_kind``, ``db_url``) come
from ``tests/_postgres.py`` through ``tests/conftest.py``."""

from __future__ import annotations

try:
    import sqlalchemy  # noqa: F401
except ImportError:  # the sync extra is not installed (.ci/run's aiohttp 3.13 environment)
    collect_ignore_glob = ["test_*.py"]

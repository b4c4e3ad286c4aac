"""``--db`` URLs: the drivers they map to, and how they are shown (never a password)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ultracart_async.sync import DatabaseUnavailableError
from ultracart_async.sync._plan import CUSTOMER_EXPANSIONS, normalize_expand
from ultracart_async.sync._url import parse_url

SECRET = "hunter2-url-secret"


@pytest.mark.parametrize(
    ("given", "driver", "shown"),
    [
        (f"postgresql://me:{SECRET}@db.example/shop", "postgresql+asyncpg", "postgresql://me:***@db.example/shop"),
        (f"postgres://me:{SECRET}@db.example:6543/shop", "postgresql+asyncpg", "postgres://me:***@db.example:6543/shop"),
        ("postgresql+asyncpg://me@db.example/shop", "postgresql+asyncpg", "postgresql+asyncpg://me@db.example/shop"),
    ],
)  # fmt: skip
def test_postgresql_urls_map_to_asyncpg_and_hide_the_password(
    given: str, driver: str, shown: str
) -> None:
    db = parse_url(given)
    assert (db.dialect, db.url.drivername, db.display) == ("postgresql", driver, shown)
    assert SECRET not in repr(db) and SECRET not in db.display


def test_sqlite_urls_map_to_aiosqlite(tmp_path: Path) -> None:
    db = parse_url(f"sqlite:///{tmp_path / 'shop.db'}")
    assert (db.dialect, db.url.drivername, db.path) == (
        "sqlite",
        "sqlite+aiosqlite",
        tmp_path / "shop.db",
    )


@pytest.mark.parametrize(
    ("given", "says"),
    [
        (f"mysql://me:{SECRET}@db/shop", "unknown scheme 'mysql'"),
        (f"postgresql+psycopg2://me:{SECRET}@db/shop", "unknown scheme"),
        ("sqlite://", "in-memory"),
        ("sqlite:///:memory:", "in-memory"),
        (f"postgresql://me:{SECRET}@db.example", "names no database"),
        (f"://me:{SECRET}@", "not a database URL"),
        ("", "must be a database URL"),
    ],
)
def test_unusable_urls_are_refused_in_one_line_without_the_password(given: str, says: str) -> None:
    with pytest.raises(DatabaseUnavailableError, match=says) as caught:
        parse_url(given)
    message = str(caught.value)
    assert "\n" not in message and SECRET not in message


def test_sqlite_files_in_missing_folders_or_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailableError, match="does not exist"):
        parse_url(f"sqlite:///{tmp_path / 'no' / 'shop.db'}")
    with pytest.raises(DatabaseUnavailableError, match="is a folder"):
        parse_url(f"sqlite:///{tmp_path}")
    with pytest.raises(DatabaseUnavailableError, match="read-only"):
        parse_url(f"sqlite:///file:{tmp_path / 'missing.db'}?mode=ro&uri=true")


def test_expansion_sets_are_normalised() -> None:
    assert normalize_expand(None) is None
    assert normalize_expand("shipping, billing,billing") == ("billing", "shipping")
    assert normalize_expand(["tags"]) == ("tags",)
    assert normalize_expand("all") == tuple(sorted(CUSTOMER_EXPANSIONS))
    assert normalize_expand("") == ()
    with pytest.raises(ValueError, match="not an expansion name"):
        normalize_expand("billing;drop table")

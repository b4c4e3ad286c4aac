"""Database URLs: which ones the sync takes, how they map to drivers, how they are shown.

``sqlite:///path.db`` maps to aiosqlite and ``postgresql://user:pass@host/db`` (or
``postgres://``) to asyncpg. Anything else is refused with one line. A URL is only ever shown
through :attr:`DatabaseURL.display`, with the password replaced by ``***``; driver error text
is passed through :func:`error_text`, which cuts it to one line and removes the password
should a driver ever echo it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import attrs
import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from .._text import printable
from ._errors import DatabaseUnavailableError

__all__ = ["DEFAULT_DATABASE_URL", "DatabaseURL", "create_engine", "error_text", "parse_url"]

#: Where the CLI syncs when no ``--db`` is given: a file in the working folder.
DEFAULT_DATABASE_URL = "sqlite:///ultracart.db"
#: Milliseconds SQLite waits for another connection's write lock before failing.
SQLITE_BUSY_TIMEOUT_MS = 30_000
#: Seconds asyncpg waits to connect before giving up.
PG_CONNECT_TIMEOUT = 30

Dialect = Literal["sqlite", "postgresql"]

_SCHEMES: dict[str, tuple[Dialect, str]] = {
    "sqlite": ("sqlite", "sqlite+aiosqlite"),
    "sqlite+aiosqlite": ("sqlite", "sqlite+aiosqlite"),
    "postgresql": ("postgresql", "postgresql+asyncpg"),
    "postgres": ("postgresql", "postgresql+asyncpg"),
    "postgresql+asyncpg": ("postgresql", "postgresql+asyncpg"),
}


@attrs.frozen(kw_only=True)
class DatabaseURL:
    """A database URL the sync accepts, mapped to its async driver.

    Attributes:
        url: The SQLAlchemy URL with the async driver (holds the password: never print it).
        dialect: ``"sqlite"`` or ``"postgresql"``.
        display: The URL as given, with the password hidden: the only form ever shown.
        path: The SQLite file, or None for PostgreSQL.
    """

    url: URL = attrs.field(repr=False)
    dialect: Dialect
    display: str
    path: Path | None = None

    @property
    def password(self) -> str | None:
        """The password, for scrubbing driver messages (never shown)."""
        return self.url.password if isinstance(self.url.password, str) else None


def parse_url(text: str) -> DatabaseURL:
    """Read a ``--db`` URL; raises :class:`DatabaseUnavailableError` when it cannot be used.

    Example::

        >>> parse_url("sqlite:///shop.db").dialect
        'sqlite'
    """
    if not isinstance(text, str) or not text.strip():
        raise DatabaseUnavailableError(
            f"db must be a database URL such as {DEFAULT_DATABASE_URL!r}, got {text!r}"
        )
    try:
        url = make_url(text.strip())
    except (sa.exc.ArgumentError, ValueError) as exc:
        raise DatabaseUnavailableError(
            f"db: {_scrubbed(text)!r} is not a database URL ({printable(str(exc), 200)}); "
            f"use e.g. {DEFAULT_DATABASE_URL} or postgresql://user:pass@host/db"
        ) from None
    scheme = url.drivername
    if scheme not in _SCHEMES:
        raise DatabaseUnavailableError(
            f"db: unknown scheme {printable(scheme, 60)!r}; the sync speaks sqlite:///path.db "
            "(aiosqlite) and postgresql://user:pass@host/db (asyncpg)"
        )
    dialect, driver = _SCHEMES[scheme]
    url = url.set(drivername=driver)
    display = url.set(drivername=scheme).render_as_string(hide_password=True)
    if dialect == "postgresql":
        if not url.database:
            raise DatabaseUnavailableError(f"db: {display} names no database (.../dbname)")
        return DatabaseURL(url=url, dialect=dialect, display=display)
    return DatabaseURL(url=url, dialect=dialect, display=display, path=_sqlite_path(url, display))


def _scrubbed(text: str) -> str:
    # A URL that make_url cannot read may still hold a password between ':' and '@'.
    head, at, tail = text.partition("@")
    if not at:
        return printable(text, 200)
    scheme, sep, rest = head.partition("://")
    user = rest.split(":", 1)[0]
    return printable(f"{scheme}{sep}{user}:***@{tail}" if ":" in rest else text, 200)


def _sqlite_path(url: URL, display: str) -> Path:
    database = url.database or ""
    uri = str(url.query.get("uri", "")).lower() in ("true", "1")
    if uri:
        database = database.removeprefix("file:")
    if not database or database == ":memory:" or "mode=memory" in display:
        raise DatabaseUnavailableError(
            f"db: {display} is an in-memory database, lost when the sync ends; "
            f"give a file, e.g. {DEFAULT_DATABASE_URL}"
        )
    path = Path(database)
    folder = path.parent
    if str(url.query.get("mode", "")).lower() == "ro" and not path.exists():
        raise DatabaseUnavailableError(f"db: {display} is read-only and {path} does not exist")
    if path.is_dir():
        raise DatabaseUnavailableError(f"db: {path} is a folder, not a database file")
    if not folder.is_dir():
        raise DatabaseUnavailableError(f"db: the folder {folder} of {path} does not exist")
    if not path.exists() and not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseUnavailableError(
            f"db: cannot create {path}: the folder {folder} is read-only"
        )
    return path


def create_engine(db: DatabaseURL) -> AsyncEngine:
    """An async engine for ``db``; SQLite connections get a busy timeout and begin every
    transaction with ``BEGIN IMMEDIATE``."""
    if db.dialect == "postgresql":
        return create_async_engine(
            db.url,
            pool_size=1,
            max_overflow=1,
            connect_args={"timeout": PG_CONNECT_TIMEOUT},
        )
    engine = create_async_engine(db.url)
    event.listen(engine.sync_engine, "connect", _sqlite_on_connect)
    event.listen(engine.sync_engine, "begin", _sqlite_on_begin)
    return engine


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own implicit transactions would start after DDL and reads; the sync
    # begins every transaction itself (below), so DDL and the first read are inside it.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        # (WAL itself is switched on by Database.use_wal once the checks passed: it is
        # recorded in the file, and a refused database is left exactly as it was.)
        # In WAL mode NORMAL loses no committed transaction when the process dies; after a
        # power cut the last commits may roll back, each with its own run progress, so a
        # rerun redoes exactly those pages.
        cursor.execute("PRAGMA synchronous = NORMAL")
        # Fewer, larger checkpoints: a first sync writes hundreds of megabytes.
        cursor.execute("PRAGMA wal_autocheckpoint = 16384")
    finally:
        cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    # IMMEDIATE takes the write lock at once: a transaction that reads then writes never
    # fails half-way on another writer (the busy timeout covers the wait).
    connection.exec_driver_sql("BEGIN IMMEDIATE")


_LOGIN_STATES = frozenset({"28000", "28P01"})


def error_text(exc: BaseException, db: DatabaseURL) -> str:
    """The driver's message of ``exc`` as one printable line, without the password."""
    orig = getattr(exc, "orig", None)
    source = orig if isinstance(orig, BaseException) else exc
    text = str(source).split("\n", 1)[0].strip() or type(source).__name__
    password = db.password
    if password:
        text = text.replace(password, "***")
    return printable(text, 300)


def is_login_refused(exc: BaseException) -> bool:
    """Whether ``exc`` is PostgreSQL refusing the user or the password."""
    orig = getattr(exc, "orig", None)
    return getattr(orig, "sqlstate", None) in _LOGIN_STATES


def is_read_only(exc: BaseException) -> bool:
    """Whether ``exc`` is SQLite refusing to write (a read-only file, folder or ``mode=ro``)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "readonly" in text or "read-only" in text or "read only" in text


@contextlib.contextmanager
def opening_refusals(db: DatabaseURL) -> Iterator[None]:
    """Errors while opening ``db`` as :class:`DatabaseUnavailableError`: a refused login,
    a read-only database, or one that cannot be opened at all (one line, no password)."""
    display = db.display
    try:
        yield
    except (sa.exc.SQLAlchemyError, OSError) as exc:
        text = error_text(exc, db)
        if is_login_refused(exc):
            message = f"db: {display}: the login was refused: {text}"
        elif is_read_only(exc):
            message = f"db: {display} is read-only: {text}"
        else:
            message = f"db: cannot open {display}: {text}"
        raise DatabaseUnavailableError(message) from None

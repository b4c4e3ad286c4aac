"""The database of one run: its engine, its lease, its one connection, and its errors.

A run speaks through a single connection, held from the lease to the end (PostgreSQL's
advisory lock lives on it). A SQLite file that does not exist yet is not created until the
first page is written, so a run refused before that (a refused login at UltraCart, another
store) leaves no file behind.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Self

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from .._closing import AsyncClosing
from ._errors import DatabaseUnavailableError, SyncDatabaseError
from ._lease import pg_lease, sqlite_lease
from ._url import DatabaseURL, create_engine, error_text, is_read_only, opening_refusals

__all__ = ["Database"]


class Database(AsyncClosing):
    """``async with Database(url) as db``: the lease is held and, unless the SQLite file is
    still to be created, the connection is open."""

    def __init__(self, target: DatabaseURL) -> None:
        self.target = target
        self._engine: AsyncEngine | None = None
        self._conn: AsyncConnection | None = None
        self._stack = contextlib.AsyncExitStack()

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.target.dialect

    @property
    def opened(self) -> bool:
        """Whether a connection is open (False for a SQLite file not created yet)."""
        return self._conn is not None

    async def __aenter__(self) -> Self:
        try:
            self._engine = create_engine(self.target)
            self._stack.push_async_callback(self._engine.dispose)
            path = self.target.path
            if path is not None:
                self._stack.enter_context(sqlite_lease(path, self.target.display))
                if path.exists():
                    await self.connection()
            else:
                conn = await self.connection()
                with self.refusals():
                    await self._stack.enter_async_context(pg_lease(conn, self.target.display))
        except BaseException:
            await self._stack.aclose()
            raise
        return self

    async def aclose(self) -> None:
        """Close the connection and the engine, and give up the lease."""
        await self._stack.aclose()

    async def connection(self) -> AsyncConnection:
        """The run's connection, opened (and a new SQLite file created) on first use."""
        if self._conn is None:
            assert self._engine is not None
            created = self.target.path is not None and not self.target.path.exists()
            with self.refusals():
                conn = await self._engine.connect()
            self._conn = conn
            self._stack.push_async_callback(conn.close)
            if created:
                await self.use_wal()
        return self._conn

    async def use_wal(self) -> None:
        """Put a SQLite database in WAL mode (readers never wait for the sync, nor the
        sync for them); called once the run's checks passed, since the mode is recorded in
        the file. Nothing for PostgreSQL."""
        if self.dialect != "sqlite" or self._conn is None:
            return
        raw = await self._conn.get_raw_connection()
        # Outside any transaction (SQLite cannot change the journal mode inside one).
        driver = raw.driver_connection
        assert driver is not None
        with self.refusals():
            # 16 KiB pages hold a customer's ~4 KB row without an overflow chain: about a
            # third less SQLite CPU per row than the default 4 KiB. The size must be set
            # before the first table, and cannot change once the file is in WAL mode.
            for pragma in ("PRAGMA page_size = 16384", "PRAGMA journal_mode = WAL"):
                cursor = await driver.execute(pragma)
                await cursor.close()

    async def check_writable(self, conn: AsyncConnection) -> None:
        """Refuse a database the run could not write to, before any request is sent
        (inside the caller's transaction, which it leaves unchanged)."""
        if self.dialect == "postgresql":
            read_only = await conn.scalar(
                sa.text("SELECT current_setting('transaction_read_only') = 'on'")
            )
        else:
            # SQLite only says "read-only" on a write: write back the value already there.
            version = await conn.scalar(sa.text("PRAGMA user_version"))
            await conn.exec_driver_sql(f"PRAGMA user_version = {int(version or 0)}")
            read_only = False
        if read_only:
            raise DatabaseUnavailableError(f"db: {self.target.display} is read-only")

    def refusals(self) -> contextlib.AbstractContextManager[None]:
        """Database errors as :class:`DatabaseUnavailableError` (the run has not changed
        anything yet)."""
        return opening_refusals(self.target)

    @contextlib.contextmanager
    def failures(self) -> Iterator[None]:
        """Database errors during a run as :class:`SyncDatabaseError` (what was committed
        stays, with the run's progress: a rerun continues)."""
        try:
            yield
        except (sa.exc.SQLAlchemyError, OSError) as exc:
            text = error_text(exc, self.target)
            if is_read_only(exc):
                raise DatabaseUnavailableError(
                    f"db: {self.target.display} is read-only: {text}"
                ) from None
            raise SyncDatabaseError(
                f"the database {self.target.display} failed: {text}; what was written is "
                "committed with the run's progress, so running the sync again continues"
            ) from None

"""The inbox's database: the sync's URLs and engines, with the inbox's durability settings.

URLs are read by the sync's :func:`~ultracart_async.sync._url.parse_url` and engines made by
its :func:`~ultracart_async.sync._url.create_engine` (SQLite: a busy timeout, every
transaction ``BEGIN IMMEDIATE``; PostgreSQL: asyncpg with a connect timeout), so the inbox
takes, refuses and shows URLs exactly as ``sync customers`` does.

The durability model. An inbox has two engines:

* the **accept** engine commits deliveries, durably: SQLite in WAL mode with
  ``synchronous = FULL`` (the WAL is synced at every commit, so a 200 survives a killed
  process and a power cut, on storage that honours fsync); PostgreSQL as the server is
  configured (its defaults, ``fsync = on`` and ``synchronous_commit = on``, survive a power
  cut too);
* the **work** engine records claims, leases, done marks and retries without waiting for the
  disk (SQLite ``synchronous = NORMAL``, PostgreSQL ``synchronous_commit = off``). A power
  cut can only roll the newest of those back: an event done just before it runs again (at
  least once), never a delivery lost. The next durable commit syncs them anyway.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any, Final

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from ultracart_async.sync._url import DatabaseURL, create_engine, error_text, opening_refusals

from ._schema import ensure_schema

__all__ = ["InboxDatabase", "WriterLock"]

#: SQLite's durability for deliveries: FULL syncs the WAL at every commit, so a 200 survives a
#: power cut (on storage that honours fsync); NORMAL would survive only a killed process.
SQLITE_SYNCHRONOUS: Final = "FULL"


class WriterLock:
    """SQLite's one writer, within this process: deliveries first.

    SQLite has one writer per file, and its busy handler polls with sleeps of up to 100 ms:
    the transactions of one process queue here instead, in order, and only other processes
    make them poll. A durable (delivery) transaction goes before the workers' ones that wait,
    since its caller is waiting to answer; a worker's waits for it at most ``yield_for``
    seconds, so that a stream of deliveries cannot starve the workers' leases.
    """

    def __init__(self, yield_for: float = 0.05) -> None:
        self.yield_for = yield_for
        self._lock = asyncio.Lock()
        self._urgent = 0
        self._clear = asyncio.Event()
        self._clear.set()

    @contextlib.asynccontextmanager
    async def hold(self, *, urgent: bool) -> AsyncIterator[None]:
        """Hold the lock for the block."""
        if not urgent:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self.yield_for):
                    await self._clear.wait()
            async with self._lock:
                yield
            return
        self._urgent += 1
        self._clear.clear()
        try:
            async with self._lock:
                yield
        finally:
            self._urgent -= 1
            if not self._urgent:
                self._clear.set()


class InboxDatabase:
    """One engine of the inbox, opened on first use.

    Args:
        target: The parsed URL.
        busy_timeout: Seconds a SQLite connection waits for another writer's lock before
            failing (PostgreSQL waits on row locks, which the inbox holds only briefly).
        durable: Whether a commit waits for the disk (see the module's durability model).
        writer: SQLite: the :class:`WriterLock` of this process (shared by the engines of
            one inbox).
    """

    def __init__(
        self,
        target: DatabaseURL,
        *,
        busy_timeout: float,
        durable: bool = True,
        writer: WriterLock | None = None,
    ) -> None:
        self.target = target
        self.busy_timeout = busy_timeout
        self.durable = durable
        self._writer = writer if writer is not None else WriterLock()
        self._engine: AsyncEngine | None = None
        self._ready = False

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.target.dialect

    def engine(self) -> AsyncEngine:
        """The engine (made on first call; no connection is opened by this)."""
        if self._engine is None:
            self._engine = create_engine(self.target)
            if self.dialect == "sqlite":
                busy_ms = max(1, int(self.busy_timeout * 1000))
                synchronous = SQLITE_SYNCHRONOUS if self.durable else "NORMAL"
                listener = _sqlite_settings(busy_ms, synchronous)
                event.listen(self._engine.sync_engine, "connect", listener)
            elif not self.durable:
                event.listen(self._engine.sync_engine, "connect", _pg_asynchronous)
        return self._engine

    async def open(self) -> None:
        """Connect, switch SQLite to WAL, check and create the tables. Idempotent.

        Raises:
            DatabaseUnavailableError: the database cannot be opened, refused the login, or is
                read-only.
            InboxSchemaError: a newer inbox schema, or a table of another shape.
        """
        if self._ready:
            return
        engine = self.engine()
        try:
            with opening_refusals(self.target):
                async with self._writer.hold(urgent=True):
                    async with engine.connect() as conn:
                        if self.dialect == "sqlite":
                            await _use_wal(conn)
                    async with engine.begin() as conn:
                        await ensure_schema(conn)
        except BaseException:
            await self.aclose()  # a refused database keeps no connection open
            raise
        self._ready = True

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncConnection]:
        """A connection for a few statements, opening the database first if needed.

        SQLite: one transaction (``BEGIN IMMEDIATE``), under this process's writer lock.
        PostgreSQL: autocommit, each statement its own transaction: every statement of the
        inbox stands alone (a claim, a fenced finish, a batch of deliveries), and this saves
        the ``BEGIN`` and ``COMMIT`` round trips.
        """
        await self.open()
        if self.dialect != "sqlite":
            async with self.engine().connect() as conn:
                await conn.execution_options(isolation_level="AUTOCOMMIT")
                yield conn
            return
        async with self._writer.hold(urgent=self.durable), self.engine().begin() as conn:
            yield conn

    async def aclose(self) -> None:
        """Close every connection; the next use opens it again."""
        engine, self._engine = self._engine, None
        self._ready = False
        if engine is not None:
            await engine.dispose()

    def describe(self, exc: BaseException) -> str:
        """A driver error as one printable line, without the password."""
        return error_text(exc, self.target)


def _pg_asynchronous(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("SET synchronous_commit TO off")
    finally:
        cursor.close()


def _sqlite_settings(busy_ms: int, synchronous: str) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Runs after the sync's own listener (registered first), so these win.
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA synchronous = {synchronous}")
            cursor.execute(f"PRAGMA busy_timeout = {busy_ms}")
        finally:
            cursor.close()

    return on_connect


async def _use_wal(conn: AsyncConnection) -> None:
    # Outside any transaction: SQLite cannot change the journal mode inside one. The mode is
    # recorded in the file, so this is a no-op after the first time.
    raw = await conn.get_raw_connection()
    driver = raw.driver_connection
    assert driver is not None
    cursor = await driver.execute("PRAGMA journal_mode")
    row = await cursor.fetchone()
    await cursor.close()
    if row is None or str(row[0]).lower() != "wal":
        cursor = await driver.execute("PRAGMA journal_mode = WAL")
        await cursor.close()

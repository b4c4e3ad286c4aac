"""One sync at a time per database: a second run refuses with one line.

* SQLite: an exclusive ``flock`` on ``<database>.lock`` beside the file. The kernel drops it
  when the process ends, however it ends, so a killed sync never blocks the next one. The
  lock file stays (empty): removing it would let two runs lock two different files.
* PostgreSQL: ``pg_try_advisory_lock`` on the connection the run writes through, held for the
  whole run; the server drops it when that connection closes, also after a crash. Session
  locks need a real session: through a pooler in transaction mode (PgBouncer's
  ``pool_mode = transaction``) the lock may land on another server connection than the
  writes, so point ``--db`` at the server or at a session-mode pool.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from ._errors import DatabaseUnavailableError, SyncBusyError

__all__ = ["pg_lease", "sqlite_lease"]

# Two 32-bit keys for pg_try_advisory_lock(int, int): "UCAS" and "cust" in ASCII, so the
# lock is recognisable in pg_locks (classid 1430470995, objid 1668641652).
_PG_KEYS = (0x55434153, 0x63757374)
_BUSY = "another sync is running against {db}; wait for it to finish (runs never interleave)"


@contextlib.contextmanager
def sqlite_lease(path: Path, display: str) -> Iterator[None]:
    """Hold the exclusive lock of the SQLite database at ``path`` for the block."""
    import fcntl

    lock_path = path.with_name(path.name + ".lock")
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
    except OSError as exc:
        raise DatabaseUnavailableError(
            f"db: cannot open the lock file {lock_path}: {exc.strerror or exc}"
        ) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                raise SyncBusyError(_BUSY.format(db=display)) from None
            raise DatabaseUnavailableError(
                f"db: cannot lock {lock_path}: {exc.strerror or exc}"
            ) from None
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


@contextlib.asynccontextmanager
async def pg_lease(conn: AsyncConnection, display: str) -> AsyncIterator[None]:
    """Hold the sync's advisory lock on ``conn`` for the block."""
    got = await conn.scalar(sa.text("SELECT pg_try_advisory_lock(:a, :b)"), _keys())
    await conn.commit()
    if not got:
        raise SyncBusyError(_BUSY.format(db=display))
    try:
        yield
    finally:
        with contextlib.suppress(sa.exc.SQLAlchemyError, OSError):
            await conn.rollback()
            await conn.execute(sa.text("SELECT pg_advisory_unlock(:a, :b)"), _keys())
            await conn.commit()


def _keys() -> dict[str, int]:
    return {"a": _PG_KEYS[0], "b": _PG_KEYS[1]}

"""Where an export's records go, opened safely.

Three kinds of ``--out``:

* a regular file (or a path that does not exist yet): written atomically through a hidden
  partial file beside it, under an exclusive lock, with checkpoints and ``--resume``;
* an existing FIFO or character device (a named pipe, ``/dev/null``): written directly, as a
  stream, with no partial file, no rename, no checkpoint and no ``--resume``; the device is
  never replaced;
* ``-``: standard output, a stream like the previous kind.

Every file this module creates is created with ``O_CREAT | O_EXCL`` (or ``mkstemp``) and
never through a symbolic link, so a link planted beside ``--out`` cannot redirect a write.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import errno
import fcntl
import os
import stat
import sys
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from .._errors import ConfigurationError

__all__ = [
    "STDOUT",
    "OutputClosed",
    "OutputKind",
    "OutputLock",
    "StreamSink",
    "classify_out",
    "open_direct",
    "open_fresh_partial",
    "open_partial_for_resume",
    "silence_stdout",
    "stdout_sink",
]

#: The ``--out`` value that means standard output.
STDOUT = "-"

#: Attempts at taking the lock when another run deletes the lock file under us.
_LOCK_ATTEMPTS = 10
#: Seconds between attempts at opening a FIFO that has no reader yet.
_FIFO_POLL = 0.05


class OutputKind(enum.Enum):
    """How the records reach ``--out``."""

    FILE = "file"  #: atomic: partial file, checkpoints, rename when complete
    DIRECT = "direct"  #: an existing FIFO or character device, written as a stream
    STDOUT = "stdout"  #: standard output


class OutputClosed(Exception):
    """The reader of a stream output went away (a closed pipe): stop quietly."""


def classify_out(out: str) -> OutputKind:
    """What kind of output ``out`` names; refuse what cannot be written safely."""
    if out == STDOUT:
        return OutputKind.STDOUT
    path = Path(out)
    try:
        info = path.stat()  # follows links on purpose: /dev/stdout is a link to a FIFO
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise ConfigurationError(f"--out {out}: {exc.strerror or exc}") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise ConfigurationError(f"--out {out} is a directory")
        if stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode):
            return OutputKind.DIRECT
        if not stat.S_ISREG(info.st_mode):
            raise ConfigurationError(
                f"--out {out} is neither a regular file, a FIFO nor a character device"
            )
    directory = path.parent
    if not directory.is_dir():
        raise ConfigurationError(f"--out {out}: the directory {directory} does not exist")
    if not os.access(directory, os.W_OK):
        raise ConfigurationError(f"--out {out}: the directory {directory} is not writable")
    return OutputKind.FILE


class OutputLock:
    """An exclusive ``flock`` on a sibling lock file, held for a whole export.

    The lock is on its own file, never on the partial file that gets renamed, so it guards
    the output's name for as long as the export runs. The lock file is removed while the
    lock is held; a run that opened the old file before the removal notices that its file
    is no longer the one at the path, and tries again.
    """

    def __init__(self, path: Path, out: str) -> None:
        self.path = path
        self._out = out
        self._fd: int | None = None

    def __enter__(self) -> OutputLock:
        for _ in range(_LOCK_ATTEMPTS):
            fd = self._open()
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise ConfigurationError(
                    f"another export is writing {self._out} (it holds {self.path}); wait for "
                    "it to finish, or choose another --out"
                ) from None
            except OSError:
                os.close(fd)
                raise
            if self._still_at_path(fd):
                self._fd = fd
                return self
            os.close(fd)  # the previous holder removed it meanwhile: lock the new one
        raise ConfigurationError(f"cannot take the lock {self.path}: it keeps changing")

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise ConfigurationError(
                    f"the lock file {self.path} is a symbolic link; refusing to follow it"
                ) from None
            raise

    def _still_at_path(self, fd: int) -> bool:
        try:
            current = os.stat(self.path, follow_symlinks=False)
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        return (mine.st_dev, mine.st_ino) == (current.st_dev, current.st_ino)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._fd is None:
            return
        # Unlink while still holding the lock: see the class docstring.
        try:
            self.path.unlink(missing_ok=True)
        finally:
            os.close(self._fd)
            self._fd = None


def open_fresh_partial(path: Path) -> BinaryIO:
    """A new, empty partial file at ``path``; whatever a dead run left there is removed.

    Called under the output's lock, so nothing else writes there. Removing first and then
    creating with ``O_EXCL | O_NOFOLLOW`` means a symbolic link planted at ``path`` is
    removed, never written through.
    """
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except IsADirectoryError:
        raise ConfigurationError(f"{path} is a directory; remove it to export here") from None
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    try:
        fd = os.open(path, flags, 0o666)
    except FileExistsError:
        raise ConfigurationError(
            f"{path} appeared while this export was starting; is another program writing there?"
        ) from None
    return os.fdopen(fd, "wb")


def open_partial_for_resume(path: Path) -> BinaryIO:
    """The partial file at ``path``, for reading and writing; never through a link.

    Refused (:class:`ConfigurationError`) when it is missing, a symbolic link, or anything
    but a regular file.
    """
    flags = os.O_RDWR | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise ConfigurationError(
            f"the partial file {path} is missing, so the checkpoint cannot be resumed; "
            "delete the checkpoint to start over"
        ) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ConfigurationError(
                f"the partial file {path} is a symbolic link; refusing to follow it. Delete "
                "it and the checkpoint to start over"
            ) from None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise ConfigurationError(
            f"the partial file {path} is not a regular file; delete it and the checkpoint "
            "to start over"
        )
    os.set_blocking(fd, True)
    return os.fdopen(fd, "r+b")


class StreamSink:
    """Writes to a stream output (standard output, a FIFO, a device), page by page.

    A reader that went away (``EPIPE``) raises :class:`OutputClosed`.
    """

    def __init__(self, stream: BinaryIO, *, owned: bool, name: str) -> None:
        self._stream = stream
        self._owned = owned
        self.name = name

    def write(self, data: bytes) -> None:
        """Write ``data`` and push it out (one call per page)."""
        try:
            self._stream.write(data)
            self._stream.flush()
        except BrokenPipeError:
            raise OutputClosed(self.name) from None

    def close(self) -> None:
        """Close the stream if this sink opened it; standard output stays open."""
        if not self._owned:
            return
        with contextlib.suppress(BrokenPipeError):
            self._stream.close()


def stdout_sink() -> StreamSink:
    """A sink on standard output (the text layer is flushed first, so nothing interleaves)."""
    sys.stdout.flush()
    return StreamSink(sys.stdout.buffer, owned=False, name="standard output")


async def open_direct(out: str, *, notice: object = None) -> StreamSink:
    """Open an existing FIFO or character device for writing, without replacing it.

    Opening a FIFO blocks until a reader opens it; this waits without blocking the event
    loop (so Ctrl-C works), polling with ``O_NONBLOCK``. ``notice`` is printed once to
    stderr while waiting.
    """
    waited = False
    while True:
        try:
            fd = os.open(out, os.O_WRONLY | os.O_NONBLOCK | os.O_CLOEXEC)
            break
        except OSError as exc:
            if exc.errno != errno.ENXIO:  # ENXIO: a FIFO with no reader yet
                raise
        if not waited and notice is not None:
            print(notice, file=sys.stderr)
        waited = True
        await asyncio.sleep(_FIFO_POLL)
    mode = os.fstat(fd).st_mode
    if not (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
        # It changed between the check and the open: do not write into a regular file
        # without the atomic path's protections.
        os.close(fd)
        raise ConfigurationError(f"--out {out} changed while the export was starting")
    os.set_blocking(fd, True)
    return StreamSink(os.fdopen(fd, "wb"), owned=True, name=out)


def silence_stdout() -> None:
    """Point file descriptor 1 at ``/dev/null`` after its reader went away.

    Python flushes ``sys.stdout`` at exit; with the pipe closed that flush would print
    "Exception ignored ... BrokenPipeError". (The pattern the ``signal`` module's
    documentation recommends.)
    """
    try:
        fileno = sys.stdout.fileno()
    except (OSError, ValueError, AttributeError):
        return  # not a real file descriptor (captured in tests): nothing to silence
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fileno)
    finally:
        os.close(devnull)

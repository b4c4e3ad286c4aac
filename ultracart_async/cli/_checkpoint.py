"""Checkpoint files: written atomically, read strictly, checked against the partial file.

A checkpoint records, at a page boundary, how many bytes and records of the partial file
are complete, the export's resume point, and what identifies the export: the resource,
the format, the filters, the page size and the store (the base URL, and the
``merchant_id`` the first page carried). It holds no credential, so an export resumes
with a rotated OAuth token. Anything that does not add up is refused with one line:
no record is ever dropped or doubled silently.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import stat
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

import attrs
import orjson

from .._errors import ConfigurationError
from .._text import printable
from ..pagination import ResumePoint

__all__ = ["CHECKPOINT_VERSION", "Checkpoint", "read_checkpoint", "verify_partial"]

#: The format of checkpoint files this version writes and reads (1 had no store identity).
CHECKPOINT_VERSION = 2
#: A checkpoint is a few hundred bytes; anything far larger is not one.
MAX_CHECKPOINT_BYTES = 1 << 20
_CHUNK = 1 << 20

_START_OVER = "delete it to start over"


@attrs.frozen(kw_only=True)
class Checkpoint:
    """Where an interrupted export stands.

    Attributes:
        job: The export's fingerprint (resource, format, filters, page size, store).
        merchant_id: The ``merchant_id`` of the first record exported, if records carry one.
        bytes: The partial file's length at the last complete page.
        records: The records in those bytes.
        resume: Where the export continues.
    """

    job: Mapping[str, Any]
    merchant_id: str | None
    bytes: int
    records: int
    resume: ResumePoint

    def write(self, path: Path) -> None:
        """Replace the checkpoint at ``path`` atomically (a fresh ``mkstemp`` file, renamed)."""
        data = {
            "version": CHECKPOINT_VERSION,
            "job": self.job,
            "merchant_id": self.merchant_id,
            "bytes": self.bytes,
            "records": self.records,
            "resume": orjson.loads(self.resume.to_json()),
        }
        payload = orjson.dumps(data, option=orjson.OPT_INDENT_2, default=str)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(payload)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def _refuse(path: Path, problem: str) -> ConfigurationError:
    return ConfigurationError(f"the checkpoint {path} {problem}; {_START_OVER}")


def _load(path: Path) -> Any:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _refuse(path, "is a symbolic link") from None
        raise
    with os.fdopen(fd, "rb") as stream:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise _refuse(path, "is not a regular file")
        text = stream.read(MAX_CHECKPOINT_BYTES + 1)
    if len(text) > MAX_CHECKPOINT_BYTES:
        raise _refuse(path, "is too large to be a checkpoint")
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        raise _refuse(path, "is not valid JSON") from None


def _count(value: Any) -> int | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
    return value if ok else None


def _parse(path: Path, data: Any) -> Checkpoint:
    if not isinstance(data, dict) or "version" not in data:
        raise _refuse(path, "is not an ultracart-async checkpoint")
    if data["version"] != CHECKPOINT_VERSION:
        raise _refuse(
            path,
            f"has version {printable(str(data['version']), 20)}, which this version of "
            f"ultracart-async does not read (it reads version {CHECKPOINT_VERSION})",
        )
    length, records = _count(data.get("bytes")), _count(data.get("records"))
    job, merchant = data.get("job"), data.get("merchant_id")
    if length is None or records is None:
        raise _refuse(path, "has no valid byte and record counts")
    if not isinstance(job, dict) or not (merchant is None or isinstance(merchant, str)):
        raise _refuse(path, "is malformed")
    try:
        point = ResumePoint.from_json(orjson.dumps(data.get("resume")))
    except ConfigurationError:
        raise _refuse(path, "has no valid resume point") from None
    if _count(point.offset) is None or not _count(point.page_size):
        raise _refuse(path, "has no valid resume point")
    return Checkpoint(job=job, merchant_id=merchant, bytes=length, records=records, resume=point)


def _describe(key: str, theirs: Any, mine: Any) -> str:
    if key == "base_url":
        return f"another store ({theirs}, not {mine})"
    return f"another {key.replace('_', ' ')} ({str(theirs)[:80]}, not {str(mine)[:80]})"


def read_checkpoint(path: Path, fingerprint: Mapping[str, Any]) -> Checkpoint:
    """The checkpoint at ``path``, if it is well formed and made by the same export.

    Raises:
        ConfigurationError: in one line, for a missing, malformed, unknown-version or
            foreign checkpoint.
    """
    try:
        data = _load(path)
    except FileNotFoundError:
        raise ConfigurationError(
            f"--resume: there is no checkpoint {path}, so there is nothing to resume; run "
            "the command without --resume to start the export"
        ) from None
    checkpoint = _parse(path, data)
    mine = orjson.loads(orjson.dumps(dict(fingerprint), default=str))
    theirs = checkpoint.job
    different = [key for key in sorted(set(mine) | set(theirs)) if mine.get(key) != theirs.get(key)]
    if different:
        key = different[0]
        raise ConfigurationError(
            f"the checkpoint {path} belongs to an export with "
            f"{_describe(key, theirs.get(key), mine.get(key))}; run that command with "
            f"--resume, or {_START_OVER}"
        )
    return checkpoint


def _lines(stream: BinaryIO, length: int) -> Iterator[bytes]:
    """The lines (ending in ``\\n``) of the first ``length`` bytes of ``stream``."""
    stream.seek(0)
    left = length
    rest = b""
    while left > 0:
        chunk = stream.read(min(_CHUNK, left))
        if not chunk:
            break
        left -= len(chunk)
        parts = (rest + chunk).split(b"\n")
        rest = parts.pop()
        for part in parts:
            yield part + b"\n"
    if rest:
        yield rest


def _records_in(stream: BinaryIO, length: int, header: list[str] | None) -> int:
    """How many records the first ``length`` bytes hold; CSV: after the expected header."""
    if header is None:
        return sum(1 for line in _lines(stream, length) if line.endswith(b"\n"))
    rows = csv.reader(line.decode("utf-8") for line in _lines(stream, length))
    first = next(rows, None)
    if first != header:
        raise ValueError("its CSV header is not the one this export writes")
    return sum(1 for _ in rows)


def verify_partial(
    stream: BinaryIO, checkpoint: Checkpoint, *, partial: Path, header: list[str] | None
) -> None:
    """Check that the partial file holds what the checkpoint says, up to its length.

    The file may be longer (pages written after the last checkpoint, which the resumed run
    cuts off and exports again), never shorter, and its first ``bytes`` must end at a line
    boundary and hold exactly ``records`` records.
    """
    size = os.fstat(stream.fileno()).st_size
    length = checkpoint.bytes

    def refuse(problem: str) -> ConfigurationError:
        return ConfigurationError(
            f"the partial file {partial} does not match its checkpoint: {problem}; delete "
            "both to start over"
        )

    if size < length:
        raise refuse(f"it has {size:,} bytes, the checkpoint counts {length:,}")
    if length:
        stream.seek(length - 1)
        if stream.read(1) != b"\n":
            raise refuse(f"byte {length:,} is not the end of a record")
    try:
        found = _records_in(stream, length, header)
    except (ValueError, csv.Error) as exc:  # UnicodeDecodeError is a ValueError
        raise refuse(str(exc)[:200]) from None
    if found != checkpoint.records:
        raise refuse(
            f"it holds {found:,} records there, the checkpoint counts {checkpoint.records:,}"
        )

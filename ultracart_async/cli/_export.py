"""One export to a file: atomic output, checkpoints, and resume.

The records go to a hidden partial file beside ``--out`` and are moved into place
(``os.replace``) only when the export is complete. After every page the partial file is
flushed; at most once a second, and whenever the export stops early, a checkpoint beside
``--out`` records the byte length of the file at a page boundary and the export's resume
point. An interrupted export (a crash, Ctrl-C, a spent rate budget) continues with
``--resume`` from that page boundary: the file is cut back to that length and the export
resumes from that point, with the same exactly-once guarantee as an uninterrupted run. The
checkpoint holds no credential.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import attrs
import orjson

from .._errors import ConfigurationError
from .._pagination import Export, ExportProgress, Pager, ResumePoint
from ._csv import CsvLayout

__all__ = ["ExportJob", "ExportResult", "run_export"]

CHECKPOINT_VERSION = 1
#: Seconds between checkpoints while an export runs (one is always written when it stops).
CHECKPOINT_INTERVAL = 1.0


@attrs.frozen(kw_only=True)
class ExportJob:
    """What to export and where (everything a checkpoint must match to be resumed)."""

    resource: str
    out: Path
    format: str
    arguments: dict[str, Any]
    page_size: int
    concurrency: int

    @property
    def partial(self) -> Path:
        return self.out.with_name(f".{self.out.name}.partial")

    @property
    def checkpoint(self) -> Path:
        return self.out.with_name(f"{self.out.name}.checkpoint.json")

    def fingerprint(self) -> dict[str, Any]:
        """The parts a resumed run must share with the interrupted one."""
        return {
            "resource": self.resource,
            "format": self.format,
            "arguments": self.arguments,
            "page_size": self.page_size,
        }


@attrs.frozen(kw_only=True)
class ExportResult:
    """What a finished (or stopped) export did."""

    records: int
    pages: int
    duplicates_dropped: int
    refetches: int
    throttled: int
    retries: int
    elapsed: float
    resumed_from: int

    def summary(self, out: Path, noun: str) -> str:
        resumed = f" (resumed after {self.resumed_from:,})" if self.resumed_from else ""
        return (
            f"Exported {self.records:,} {noun}{resumed} to {out} in {self.elapsed:.1f} s: "
            f"{self.pages:,} pages, {self.duplicates_dropped:,} duplicates dropped, "
            f"{self.refetches:,} refetches, {self.throttled:,} 429s, {self.retries:,} retries."
        )


def _check_writable(out: Path) -> None:
    directory = out.parent if str(out.parent) else Path(".")
    if out.exists() and out.is_dir():
        raise ConfigurationError(f"--out {out} is a directory")
    if not directory.is_dir():
        raise ConfigurationError(f"--out {out}: the directory {directory} does not exist")
    if not os.access(directory, os.W_OK):
        raise ConfigurationError(f"--out {out}: the directory {directory} is not writable")


def _write_checkpoint(job: ExportJob, length: int, records: int, point: ResumePoint) -> None:
    data = {
        "version": CHECKPOINT_VERSION,
        "job": job.fingerprint(),
        "bytes": length,
        "records": records,
        "resume": orjson.loads(point.to_json()),
    }
    tmp = job.checkpoint.with_name(job.checkpoint.name + ".tmp")
    tmp.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2))
    os.replace(tmp, job.checkpoint)


def _read_checkpoint(job: ExportJob) -> tuple[int, int, ResumePoint]:
    try:
        data = orjson.loads(job.checkpoint.read_bytes())
        point = ResumePoint.from_json(orjson.dumps(data["resume"]))
        length, records = int(data["bytes"]), int(data["records"])
        fingerprint = data["job"]
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ConfigurationError(f"cannot read the checkpoint {job.checkpoint}: {exc}") from exc
    if fingerprint != orjson.loads(orjson.dumps(job.fingerprint(), default=str)):
        raise ConfigurationError(
            f"the checkpoint {job.checkpoint} belongs to another export "
            f"({fingerprint.get('resource')} with other options); run that command with "
            "--resume, or delete the checkpoint to start over"
        )
    if not job.partial.exists() or job.partial.stat().st_size < length:
        raise ConfigurationError(
            f"the partial file {job.partial} is missing or shorter than the checkpoint says; "
            "delete the checkpoint to start over"
        )
    return length, records, point


async def run_export(
    job: ExportJob,
    pager: Pager[Any],
    *,
    layout: CsvLayout | None,
    resume: bool,
    on_progress: Callable[[ExportProgress], object] | None = None,
) -> ExportResult:
    """Run ``job`` over ``pager``, writing the output atomically with checkpoints."""
    _check_writable(job.out)
    started = time.monotonic()
    resumed_from = 0
    if resume and job.checkpoint.exists():
        length, resumed_from, point = _read_checkpoint(job)
        pager = pager.resume_from(point)
        # Blocking file I/O on purpose: one flush per page, far cheaper than the request.
        stream: BinaryIO = open(job.partial, "r+b")  # noqa: SIM115, ASYNC230
        stream.truncate(length)
        stream.seek(length)
    else:
        if job.checkpoint.exists():
            raise ConfigurationError(
                f"an interrupted export left {job.checkpoint}; add --resume to continue it, "
                "or delete it to start over"
            )
        stream = open(job.partial, "wb")  # noqa: SIM115, ASYNC230
        if layout is not None:
            stream.write(_csv_line(layout.header))
    records = resumed_from
    export: Export[Any] = pager.export(concurrency=job.concurrency, on_page=on_progress)
    completed = False
    # The last state where the file and the resume point agree: (bytes, records, point).
    consistent: tuple[int, int, ResumePoint] | None = None
    saved_at = time.monotonic()
    try:
        # aclosing: an error here (a full disk) stops the export's requests at once.
        async with contextlib.aclosing(export.pages()) as pages:
            async for page in pages:
                if page.raw:
                    if layout is None:
                        stream.write(b"".join(orjson.dumps(r) + b"\n" for r in page.raw))
                    else:
                        stream.write(b"".join(_csv_line(layout.row(r)) for r in page.raw))
                    records += len(page.raw)
                stream.flush()
                if export.resume_point is not None:
                    consistent = (stream.tell(), records, export.resume_point)
                    # At most one checkpoint a second: after a hard crash the export redoes
                    # at most a second of pages; after anything softer, see below.
                    if time.monotonic() - saved_at >= CHECKPOINT_INTERVAL:
                        _write_checkpoint(job, *consistent)
                        saved_at = time.monotonic()
        completed = True
    finally:
        stream.close()
        if completed:
            os.replace(job.partial, job.out)
            job.checkpoint.unlink(missing_ok=True)
        elif consistent is not None:
            # An error, Ctrl-C or SIGTERM: record exactly where the last whole page ended.
            _write_checkpoint(job, *consistent)
    stats = export.stats
    return ExportResult(
        records=records,
        pages=stats.pages,
        duplicates_dropped=stats.duplicates_dropped,
        refetches=stats.refetches,
        throttled=stats.throttled,
        retries=stats.retries,
        elapsed=time.monotonic() - started,
        resumed_from=resumed_from,
    )


def _csv_line(cells: list[str]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue().encode()

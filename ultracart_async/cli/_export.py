"""One export to a file or a stream: atomic output, one writer, checkpoints and resume.

To a file, the records go to a hidden partial file beside ``--out`` and are moved into
place (``os.replace``) only when the export is complete. The whole run holds an exclusive
lock on a sibling lock file, so two runs never write one output. After every page the
partial file is flushed; at most once a second, and whenever the export stops early, a
checkpoint beside ``--out`` records the byte length of the file at a page boundary, the
record count, the store and the resume point (see :mod:`._checkpoint`). An interrupted
export continues with ``--resume`` from that page boundary, with the same exactly-once
guarantee as an uninterrupted run.

To a stream (standard output, a FIFO, a character device), the records are written as
they come, with no partial file, no checkpoint and no resume.
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
from ..pagination import Export, ExportProgress, Page, Pager, ResumePoint
from ._checkpoint import Checkpoint, read_checkpoint, verify_partial
from ._csv import CsvLayout
from ._output import OutputLock, StreamSink, open_fresh_partial, open_partial_for_resume

__all__ = ["ExportJob", "ExportResult", "ExportState", "run_export", "stream_export"]

#: Seconds between checkpoints while an export runs (one is always written when it stops).
CHECKPOINT_INTERVAL = 1.0


@attrs.frozen(kw_only=True)
class ExportJob:
    """What to export, from which store, and where.

    Attributes:
        resource: The CLI's resource name (``customers``).
        out: The ``--out`` path (unused for a stream).
        format: ``jsonl`` or ``csv``.
        arguments: The filters that select the records.
        page_size: Records per request.
        concurrency: Page requests in flight.
        store: The store's identity: the base URL without credentials (or ``sandbox:N``).
    """

    resource: str
    out: Path
    format: str
    arguments: dict[str, Any]
    page_size: int
    concurrency: int
    store: str

    @property
    def partial(self) -> Path:
        """The hidden file the records go to until the export is complete."""
        return self.out.with_name(f".{self.out.name}.partial")

    @property
    def checkpoint(self) -> Path:
        """Where an interrupted export's checkpoint is kept."""
        return self.out.with_name(f"{self.out.name}.checkpoint.json")

    @property
    def lock(self) -> Path:
        """The lock file that makes a run the output's only writer."""
        return self.out.with_name(f".{self.out.name}.lock")

    def fingerprint(self) -> dict[str, Any]:
        """The parts a resumed run must share with the interrupted one (no credential)."""
        return {
            "resource": self.resource,
            "format": self.format,
            "arguments": self.arguments,
            "page_size": self.page_size,
            "base_url": self.store,
        }


@attrs.define(kw_only=True)
class ExportState:
    """How far a run got, read by the CLI to word its message when the run stops.

    Attributes:
        records: Records in the output (those of the interrupted run included).
        checkpoint: The checkpoint that stands after the run stopped, or ``None`` when
            there is nothing to resume.
        stream: Whether the output is a stream (standard output, a FIFO), never resumable.
    """

    records: int = 0
    checkpoint: Path | None = None
    stream: bool = False


@attrs.frozen(kw_only=True)
class ExportResult:
    """What a finished export did."""

    records: int
    pages: int
    duplicates_dropped: int
    refetches: int
    throttled: int
    retries: int
    elapsed: float
    resumed_from: int

    def summary(self, destination: str, noun: str, source: str) -> str:
        """One line: what was exported, from which API, to where, and how it went."""
        resumed = f" (resumed after {self.resumed_from:,})" if self.resumed_from else ""
        return (
            f"Exported {self.records:,} {noun}{resumed} from {source} to {destination} in "
            f"{self.elapsed:.1f} s: {self.pages:,} pages, "
            f"{self.duplicates_dropped:,} duplicates dropped, {self.refetches:,} refetches, "
            f"{self.throttled:,} 429s, {self.retries:,} retries."
        )


def _csv_line(cells: list[str]) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue().encode()


def _encode(raw: list[Any], layout: CsvLayout | None) -> bytes:
    if layout is None:
        return b"".join(orjson.dumps(r) + b"\n" for r in raw)
    return b"".join(_csv_line(layout.row(r)) for r in raw)


def _merchant_id(raw: list[Any]) -> str | None:
    for record in raw:
        if isinstance(record, dict) and isinstance(record.get("merchant_id"), str):
            return str(record["merchant_id"])
    return None


class _StoreCheck:
    """The ``merchant_id`` of the first records: a resumed run must see the same one."""

    def __init__(self, expected: str | None, checkpoint: Path | None) -> None:
        self.merchant_id = expected
        self._checkpoint = checkpoint
        self._checked = False

    def __call__(self, page: Page[Any]) -> None:
        if self._checked or not page.raw:
            return
        self._checked = True
        seen = _merchant_id(page.raw)
        if seen is None:
            return
        if self.merchant_id is not None and seen != self.merchant_id:
            raise ConfigurationError(
                f"the checkpoint {self._checkpoint} was made against merchant "
                f"{self.merchant_id[:40]!r}, but this store is merchant {seen[:40]!r}; "
                "refusing to mix two stores in one file. Delete the checkpoint to start over"
            )
        self.merchant_id = seen


def _fingerprint(job: ExportJob) -> dict[str, Any]:
    return dict(orjson.loads(orjson.dumps(job.fingerprint(), default=str)))


def _open(
    job: ExportJob, layout: CsvLayout | None, resume: bool, state: ExportState
) -> tuple[BinaryIO, Checkpoint | None]:
    """The partial file, positioned for writing; with ``resume``, the checkpoint too."""
    if resume:
        checkpoint = read_checkpoint(job.checkpoint, _fingerprint(job))
        state.checkpoint, state.records = job.checkpoint, checkpoint.records
        stream = open_partial_for_resume(job.partial)
        try:
            header = layout.header if layout is not None else None
            verify_partial(stream, checkpoint, partial=job.partial, header=header)
            stream.truncate(checkpoint.bytes)  # pages after the checkpoint are fetched again
            stream.seek(checkpoint.bytes)
        except BaseException:
            stream.close()
            raise
        return stream, checkpoint
    if job.checkpoint.exists() or job.checkpoint.is_symlink():
        raise ConfigurationError(
            f"an interrupted export left {job.checkpoint}; add --resume to continue it, "
            "or delete it to start over"
        )
    stream = open_fresh_partial(job.partial)
    if layout is not None:
        stream.write(_csv_line(layout.header))
    return stream, None


async def run_export(
    job: ExportJob,
    pager: Pager[Any],
    *,
    layout: CsvLayout | None,
    resume: bool,
    state: ExportState,
    on_progress: Callable[[ExportProgress], object] | None = None,
) -> ExportResult:
    """Run ``job`` over ``pager`` into a file: one writer, atomic output, checkpoints.

    ``state`` is kept up to date, so that the caller can tell, when this raises, how many
    records are saved and whether a checkpoint stands.
    """
    started = time.monotonic()
    with OutputLock(job.lock, str(job.out)):
        stream, checkpoint = _open(job, layout, resume, state)
        resumed_from = state.records
        check = _StoreCheck(
            checkpoint.merchant_id if checkpoint else None, job.checkpoint if resume else None
        )
        writer = _FileWriter(job, stream, check, state)
        try:
            if checkpoint is not None:
                pager = pager.resume_from(checkpoint.resume)
            export: Export[Any] = pager.export(concurrency=job.concurrency, on_page=on_progress)
            await writer.pump(export, layout)
            writer.finish()
        finally:
            writer.stop(resume)
    return _result(export, state.records, started, resumed_from)


class _FileWriter:
    """Writes pages to the partial file and keeps the checkpoint in step with it."""

    def __init__(
        self, job: ExportJob, stream: BinaryIO, check: _StoreCheck, state: ExportState
    ) -> None:
        self._job = job
        self._stream = stream
        self._check = check
        self._state = state
        # The last state where the file and the resume point agree: (bytes, records, point).
        self._consistent: tuple[int, int, ResumePoint] | None = None
        self._saved_at = time.monotonic()
        self._done = False

    async def pump(self, export: Export[Any], layout: CsvLayout | None) -> None:
        # aclosing: an error here (a full disk) stops the export's requests at once.
        async with contextlib.aclosing(export.pages()) as pages:
            async for page in pages:
                self._check(page)
                if page.raw:
                    self._stream.write(_encode(page.raw, layout))
                    self._state.records += len(page.raw)
                self._stream.flush()
                if export.resume_point is not None:
                    self._consistent = (
                        self._stream.tell(),
                        self._state.records,
                        export.resume_point,
                    )
                    # At most one checkpoint a second: after a hard crash the export redoes
                    # at most a second of pages; after anything softer, see stop().
                    if time.monotonic() - self._saved_at >= CHECKPOINT_INTERVAL:
                        self._save()
                        self._saved_at = time.monotonic()

    def _save(self) -> None:
        assert self._consistent is not None
        length, records, point = self._consistent
        Checkpoint(
            job=_fingerprint(self._job),
            merchant_id=self._check.merchant_id,
            bytes=length,
            records=records,
            resume=point,
        ).write(self._job.checkpoint)
        self._state.checkpoint = self._job.checkpoint

    def finish(self) -> None:
        """Move the complete output into place and remove the checkpoint."""
        job = self._job
        os.fsync(self._stream.fileno())  # the data is on disk before the name points at it
        self._stream.close()
        os.replace(job.partial, job.out)
        self._done = True
        job.checkpoint.unlink(missing_ok=True)
        self._state.checkpoint = None

    def stop(self, resume: bool) -> None:
        """After a failure or an interruption: leave the output resumable, or clean."""
        if self._done:
            return
        with contextlib.suppress(OSError):  # a full disk fails the flush on close too
            self._stream.close()
        if self._consistent is not None:
            # An error, Ctrl-C or SIGTERM: record exactly where the last whole page ended.
            # If even that fails (a full disk), the previous checkpoint still matches.
            with contextlib.suppress(OSError):
                self._save()
        elif not resume:
            # Nothing was exported: no empty partial file is left behind.
            with contextlib.suppress(OSError):
                self._job.partial.unlink()
        if self._state.checkpoint is not None and not self._state.checkpoint.exists():
            self._state.checkpoint = None


async def stream_export(
    job: ExportJob,
    pager: Pager[Any],
    *,
    layout: CsvLayout | None,
    sink: StreamSink,
    state: ExportState,
    on_progress: Callable[[ExportProgress], object] | None = None,
) -> ExportResult:
    """Run ``job`` over ``pager`` into a stream, page by page (no checkpoint, no resume).

    A reader that goes away raises :class:`~._output.OutputClosed` and stops the requests.
    """
    started = time.monotonic()
    export: Export[Any] = pager.export(concurrency=job.concurrency, on_page=on_progress)
    try:
        if layout is not None:
            sink.write(_csv_line(layout.header))
        async with contextlib.aclosing(export.pages()) as pages:
            async for page in pages:
                if page.raw:
                    sink.write(_encode(page.raw, layout))
                    state.records += len(page.raw)
    finally:
        sink.close()
    return _result(export, state.records, started, 0)


def _result(export: Export[Any], records: int, started: float, resumed_from: int) -> ExportResult:
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

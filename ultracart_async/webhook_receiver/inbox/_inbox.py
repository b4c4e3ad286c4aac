"""The public face of the inbox: :class:`WebhookInbox`."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Final, Self

import attrs
import sqlalchemy as sa

from ultracart_async._closing import AsyncClosing
from ultracart_async._errors import ConfigurationError, UltraCartError
from ultracart_async._text import printable
from ultracart_async.sync._runs import utc_now
from ultracart_async.sync._url import DEFAULT_DATABASE_URL, DatabaseURL, parse_url

from .._events import WebhookEvent
from .._router import WebhookRouter
from ._accept import Committed, PreparedDelivery, commit_batch, prepare_delivery
from ._admin import InboxStats, read_stats, replay_events
from ._batch import Batcher
from ._database import InboxDatabase, WriterLock
from ._errors import InboxUnavailableError
from ._workers import WorkerPool, WorkerSettings, prune

__all__ = [
    "DEFAULT_COMMIT_TIMEOUT",
    "DEFAULT_RETENTION",
    "Replayed",
    "WebhookInbox",
]

#: Seconds a delivery's commit may take before the answer is 503 (UltraCart waits 30 s; the
#: receiver's body deadline, 20 s, plus this stays inside it).
DEFAULT_COMMIT_TIMEOUT: Final = 5.0
#: How long finished events (done or dead) and their deliveries are kept.
DEFAULT_RETENTION: Final = timedelta(days=7)
_MAX_BATCH: Final = 256


def _positive_number(name: str, value: object, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        what = "a number > 0 or None" if optional else "a number > 0"
        raise ConfigurationError(f"{name} must be {what}, got {value!r}")


def _positive_int(name: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigurationError(f"{name} must be a positive int, got {value!r}")


def _check(
    *,
    ints: dict[str, object],
    numbers: dict[str, object],
    handler_timeout: object,
    retention: object,
    wall_clock: object,
) -> None:
    """Refuse a setting of the wrong type or range, naming it."""
    for name, value in ints.items():
        _positive_int(name, value)
    for name, value in numbers.items():
        _positive_number(name, value)
    _positive_number("handler_timeout", handler_timeout, optional=True)
    if retention is not None and not (
        isinstance(retention, timedelta) and retention > timedelta(0)
    ):
        raise ConfigurationError(
            f"retention must be a positive timedelta or None, got {retention!r}"
        )
    if not callable(wall_clock):
        raise ConfigurationError("wall_clock must be a function returning an aware datetime")


@attrs.frozen
class Replayed:
    """What :meth:`WebhookInbox.replay` did.

    Attributes:
        ids: The events put back in line.
        running: Ids asked for that a worker holds now (left alone).
        missing: Ids asked for that the inbox does not hold.
    """

    ids: tuple[int, ...]
    running: tuple[int, ...] = ()
    missing: tuple[int, ...] = ()


class WebhookInbox(AsyncClosing):
    """A durable inbox of webhook events in SQLite or PostgreSQL, shared by every process
    that points at the same database.

    Pass it to :class:`~ultracart_async.webhook_receiver.WebhookReceiver` (``inbox=``): each
    delivery is committed (body, arrival time, kept headers, and each event under its
    dedupe key) **before** the answer is 200; a commit that does not finish within
    ``commit_timeout`` is answered 503, so UltraCart delivers again. The receiver's workers
    then claim the events, run their handlers, and mark them done; a failure is retried with
    backoff, and after ``max_attempts`` the event is dead, with its last error kept.

    Guarantees: **at least once, per event, no order**. An event is handled until one run
    succeeds (a worker that dies mid-handler leaves a lease that runs out, and another
    worker runs the event again), so handlers must be idempotent; and events run in
    parallel, retries later than newer events, so a handler must not rely on order (compare
    the object's own timestamp, e.g. ``last_modified_dts``).

    Args:
        db: ``sqlite:///path.db`` or ``postgresql://user:pass@host/db``, as for ``sync
            customers`` (and the same default, ``sqlite:///ultracart.db``, a file in the
            working folder); a bad URL raises
            :class:`~ultracart_async.sync.DatabaseUnavailableError`.
        max_attempts: Handler runs before an event is dead.
        initial_backoff: Seconds before the first retry; doubled each time, jittered.
        max_backoff: The longest wait between two attempts.
        lease: Seconds a claim lasts unless renewed (renewed every third of it while the
            handlers run). A worker that dies leaves its events to others after this.
        handler_timeout: Seconds the handlers of one event may take (a failed attempt
            beyond); ``None``: no limit.
        retention: How long done and dead events (and their deliveries) are kept before the
            workers prune them; ``None``: kept for ever.
        commit_timeout: Seconds a delivery's commit may take before the answer is 503.
        poll_interval: Seconds between two looks for due events when idle (a delivery
            committed by this process wakes its workers at once).
        max_waiting: Deliveries waiting to be committed beyond which the answer is 503 at
            once (the database is slower than the deliveries arrive).
        wall_clock: The time stored and compared (UTC); replicas' clocks should agree
            within a few seconds (NTP).

    Example::

        inbox = WebhookInbox("sqlite:///ultracart.db", max_attempts=8)
        receiver = WebhookReceiver(router, basic_auth=auth, inbox=inbox, workers=4)
        add_webhook_route(app, "/webhooks/ultracart", receiver)  # workers start with the app
    """

    def __init__(
        self,
        db: str = DEFAULT_DATABASE_URL,
        *,
        max_attempts: int = 8,
        initial_backoff: float = 10.0,
        max_backoff: float = 3600.0,
        lease: float = 60.0,
        handler_timeout: float | None = 300.0,
        retention: timedelta | None = DEFAULT_RETENTION,
        commit_timeout: float = DEFAULT_COMMIT_TIMEOUT,
        poll_interval: float = 1.0,
        max_waiting: int = 1000,
        wall_clock: Callable[[], datetime] = utc_now,
    ) -> None:
        _check(
            ints={"max_attempts": max_attempts, "max_waiting": max_waiting},
            numbers={
                "initial_backoff": initial_backoff,
                "max_backoff": max_backoff,
                "lease": lease,
                "commit_timeout": commit_timeout,
                "poll_interval": poll_interval,
            },
            handler_timeout=handler_timeout,
            retention=retention,
            wall_clock=wall_clock,
        )
        self.target: DatabaseURL = parse_url(db)
        self.settings: WorkerSettings = WorkerSettings(
            max_attempts=max_attempts,
            initial_backoff=float(initial_backoff),
            max_backoff=float(max_backoff),
            lease=float(lease),
            handler_timeout=None if handler_timeout is None else float(handler_timeout),
            retention=retention,
            poll_interval=float(poll_interval),
            prune_interval=600.0,
        )
        self.commit_timeout: float = float(commit_timeout)
        self.max_waiting: int = max_waiting
        self._now = wall_clock
        # Two engines: deliveries never wait for a connection the workers hold.
        writer = WriterLock()
        self._accept_db = InboxDatabase(
            self.target, busy_timeout=self.commit_timeout, writer=writer
        )
        self._work_db = InboxDatabase(
            self.target, busy_timeout=max(10.0, self.commit_timeout), durable=False, writer=writer
        )
        self._committer: Batcher[PreparedDelivery, Committed] = Batcher(
            self._commit_batch, max_items=_MAX_BATCH, timeout=self.commit_timeout, name="committer"
        )
        self._pool: WorkerPool | None = None

    @property
    def display(self) -> str:
        """The database URL with the password hidden (the only form ever shown)."""
        return self.target.display

    @property
    def running(self) -> bool:
        """Whether this process runs workers on the inbox."""
        return self._pool is not None

    # ------------------------------------------------------------------ lifecycle

    async def open(self) -> None:
        """Connect and create the tables if needed (done on first use otherwise).

        Raises:
            DatabaseUnavailableError: the database cannot be opened, refused the login, or
                is read-only.
            InboxSchemaError: a newer inbox schema, or a table of another shape.
        """
        await self._work_db.open()

    async def start(self, router: WebhookRouter | None = None, *, workers: int = 1) -> None:
        """Open the inbox and, given a router, start ``workers`` handlers in this process.
        Idempotent. The receiver calls it from its own ``start()``.

        Raises what :meth:`open` raises: a database that cannot be used is reported at once.
        """
        _positive_int("workers", workers)
        if router is not None and not isinstance(router, WebhookRouter):
            raise ConfigurationError(f"router must be a WebhookRouter, got {type(router).__name__}")
        await self.open()
        if router is not None and self._pool is None:
            self._pool = WorkerPool(
                self._work_db, router, workers=workers, settings=self.settings, wall_clock=self._now
            )
            await self._pool.start()

    async def aclose(self, drain_timeout: float = 25.0) -> None:
        """Stop the workers (waiting up to ``drain_timeout`` s for the handlers running; the
        rest are handed back, to run again), finish the commits under way, close the
        database. Idempotent; the inbox can be started again."""
        pool, self._pool = self._pool, None
        if pool is not None:
            await pool.stop(drain_timeout)
        await self._committer.aclose()
        self._committer = Batcher(
            self._commit_batch, max_items=_MAX_BATCH, timeout=self.commit_timeout, name="committer"
        )
        await self._accept_db.aclose()
        await self._work_db.aclose()

    async def __aenter__(self) -> Self:
        await self.open()
        return self

    # ------------------------------------------------------------------ deliveries

    async def commit(
        self, body: bytes, events: Sequence[WebhookEvent], headers: Mapping[str, str]
    ) -> Committed:
        """Commit one delivery (the receiver calls this before answering 200).

        Returns how many events were stored and how many were already in the inbox (a
        delivery whose events are all there adds no row). A delivery without events is
        not stored.

        Raises:
            InboxUnavailableError: not committed within ``commit_timeout`` (the database is
                down, locked or slow), or too many deliveries are waiting.
        """
        if not events:
            return Committed(stored=0, duplicates=0)
        started = time.monotonic()
        waiting = self._committer.waiting
        if waiting >= self.max_waiting:
            raise InboxUnavailableError(
                f"{waiting} deliveries are waiting to be committed to the inbox"
            )
        prepared = prepare_delivery(bytes(body), events, headers, self._now())
        future = self._committer.submit(prepared)
        remaining = self.commit_timeout - (time.monotonic() - started)
        try:
            async with asyncio.timeout(max(0.0, remaining)):
                committed = await asyncio.shield(future)
        except TimeoutError:
            raise InboxUnavailableError(
                f"the inbox did not commit the delivery within {self.commit_timeout} s"
            ) from None
        except (sa.exc.SQLAlchemyError, OSError, UltraCartError) as exc:
            if isinstance(exc, InboxUnavailableError):
                raise
            raise InboxUnavailableError(
                f"the inbox could not commit: {self.describe(exc)}"
            ) from None
        if self._pool is not None and committed.delivery_id is not None:
            self._pool.committed(committed.delivery_id, prepared.body, prepared.headers)
        return committed

    async def _commit_batch(self, batch: Sequence[PreparedDelivery]) -> list[Committed]:
        async with self._accept_db.transaction() as conn:
            return await commit_batch(conn, batch)

    def describe(self, exc: BaseException) -> str:
        """An error of the database as one printable line, without the password."""
        if isinstance(exc, UltraCartError):
            return printable(str(exc), 300)
        return self._accept_db.describe(exc)

    # ------------------------------------------------------------------ people

    async def stats(self, *, dead_limit: int = 20) -> InboxStats:
        """Events per state, deliveries, the oldest pending event, and the ``dead_limit``
        most recently dead events with their errors."""
        _positive_int("dead_limit", dead_limit)
        async with self._work_db.transaction() as conn:
            return await read_stats(conn, dead_limit=dead_limit)

    async def replay(self, ids: Sequence[int] = (), *, dead: bool = False) -> Replayed:
        """Put events back in line: every dead event (``dead=True``) or the events ``ids``
        (done or dead ones included; running ones are left to their worker). Attempts start
        from zero again.

        Example::

            await inbox.replay(dead=True)
            await inbox.replay([42, 43])
        """
        if dead == bool(ids):
            raise ConfigurationError("replay() takes either ids or dead=True")
        for event_id in ids:
            _positive_int("an event id", event_id)
        # Durably, as a delivery: a replay reported done is not rolled back by a power cut.
        async with self._accept_db.transaction() as conn:
            done, running = await replay_events(conn, now=self._now(), ids=ids, dead=dead)
        missing = sorted(set(ids) - set(done) - set(running))
        if self._pool is not None and done:
            self._pool.wake()
        return Replayed(ids=tuple(done), running=tuple(running), missing=tuple(missing))

    async def prune(self) -> int:
        """Delete the events that finished, and the deliveries received, more than
        ``retention`` ago (the workers do it every 10 minutes); the rows deleted."""
        retention = self.settings.retention
        if retention is None:
            return 0
        await self.open()
        return await prune(self._work_db, self._now() - retention)

    def __repr__(self) -> str:
        return (
            f"WebhookInbox({self.display!r}, max_attempts={self.settings.max_attempts}, "
            f"lease={self.settings.lease}, commit_timeout={self.commit_timeout}, "
            f"running={self.running})"
        )

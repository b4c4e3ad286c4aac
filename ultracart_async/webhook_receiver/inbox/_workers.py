"""The workers of one process: claim due events, run their handlers, finish them.

One task claims (as many events as there are free slots, in one short transaction), one
renews the leases of every claim this process holds, one prunes old rows; each claimed event
runs in its own task. Finishing (done, retry, dead) goes through a :class:`Batcher`, so many
events finished together cost one transaction.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import secrets
import socket
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Final

import attrs
import sqlalchemy as sa

from ultracart_async._errors import UltraCartError
from ultracart_async._text import printable
from ultracart_async.pagination._tasks import cancel_and_wait

from .._errors import WebhookDeliveryError
from .._events import WebhookEvent, shown_name
from .._router import WebhookRouter
from ._admin import PRUNE_BATCH, prune_batch
from ._batch import Batcher
from ._claims import Claim, Outcome, claim_events, finish, load_bodies, release, renew
from ._database import InboxDatabase
from ._parsed import DeliveryBodies, Items, Stored, event_at, stored_items

__all__ = ["WorkerPool", "WorkerSettings"]

logger: Final = logging.getLogger("ultracart_async.webhooks.inbox")

#: The shortest time between two claims of one process when deliveries trickle in, in seconds.
_CLAIM_GAP: Final = 0.02
#: Errors of the database (or of opening it) that a worker waits out rather than dies of.
_DB_ERRORS: Final = (sa.exc.SQLAlchemyError, OSError, UltraCartError)


@attrs.frozen(kw_only=True)
class WorkerSettings:
    """How workers claim, retry and prune (validated by :class:`WebhookInbox`)."""

    max_attempts: int
    initial_backoff: float
    max_backoff: float
    lease: float
    handler_timeout: float | None
    retention: timedelta | None
    poll_interval: float
    prune_interval: float

    def backoff(self, attempts: int) -> float:
        """Seconds before the next attempt after ``attempts`` failed ones: doubling from
        ``initial_backoff`` up to ``max_backoff``, drawn between half and all of it."""
        ceiling = min(self.max_backoff, self.initial_backoff * 2 ** max(0, attempts - 1))
        return float(ceiling * random.uniform(0.5, 1.0))


@attrs.define
class _Held:
    claim: Claim
    task: asyncio.Task[None] | None = None
    finishing: bool = False


class WorkerPool:
    """``workers`` handlers at a time for ``router``, fed from the inbox at ``db``."""

    def __init__(
        self,
        db: InboxDatabase,
        router: WebhookRouter,
        *,
        workers: int,
        settings: WorkerSettings,
        wall_clock: Callable[[], datetime],
    ) -> None:
        self.db = db
        self.router = router
        self.workers = workers
        self.settings = settings
        self._now = wall_clock
        self.worker_name = f"{socket.gethostname()}:{os.getpid()}"[:200]
        self._held: dict[int, _Held] = {}
        self._wake = asyncio.Event()
        self._bodies = DeliveryBodies()
        self._finisher: Batcher[Outcome, bool] = Batcher(
            self._finish_batch, max_items=500, timeout=max(30.0, settings.lease), name="finisher"
        )
        self._loops: list[asyncio.Task[None]] = []
        self._stop = asyncio.Event()

    def committed(self, delivery_id: int, body: bytes, headers: str) -> None:
        """A delivery was just committed by this process: keep its body for the workers
        here (no need to load it back), and claim now rather than at the next poll."""
        self._bodies.put(delivery_id, body, headers)
        self._wake.set()

    def wake(self) -> None:
        """Claim now rather than at the next poll."""
        self._wake.set()

    async def start(self) -> None:
        """Start claiming."""
        if self._loops:
            return
        self._stop.clear()
        self._loops = [
            asyncio.create_task(self._claim_loop(), name="ultracart-inbox-claims"),
            asyncio.create_task(self._renew_loop(), name="ultracart-inbox-leases"),
        ]
        if self.settings.retention is not None:
            self._loops.append(
                asyncio.create_task(self._prune_loop(), name="ultracart-inbox-prune")
            )

    async def stop(self, drain_timeout: float) -> None:
        """Stop claiming; wait up to ``drain_timeout`` s for the handlers running; cancel the
        rest and hand their events back (pending, the attempt not counted)."""
        loops, self._loops = self._loops, []
        if loops:
            # The claimer stops between two claims, never inside one: a claim cut off after
            # the database ran it would leave events leased to nobody until the lease ends.
            self._stop.set()
            self._wake.set()
            await asyncio.wait([loops[0]], timeout=max(drain_timeout, 1.0))
            await cancel_and_wait(loops[:1])
        tasks = [h.task for h in self._held.values() if h.task is not None]
        if tasks:
            await asyncio.wait(tasks, timeout=drain_timeout)
        unfinished = [h for h in self._held.values() if not h.finishing]
        await cancel_and_wait([h.task for h in unfinished if h.task is not None])
        await self._release([h.claim for h in unfinished])
        await self._finisher.aclose()
        finishing = [h.task for h in self._held.values() if h.task is not None]
        await asyncio.gather(*finishing, return_exceptions=True)
        await cancel_and_wait(loops[1:])

    async def _release(self, claims: list[Claim]) -> None:
        if not claims:
            return
        try:
            async with self.db.transaction() as conn:
                count = await release(conn, [(c.event_id, c.owner) for c in claims], self._now())
        except _DB_ERRORS as exc:
            logger.warning(
                "could not hand back %d unfinished webhook events (%s); they run again once "
                "their lease ends",
                len(claims),
                self._describe(exc),
            )
            return
        logger.info("handed back %d unfinished webhook events at shutdown", count)

    def _describe(self, exc: BaseException) -> str:
        if isinstance(exc, UltraCartError):
            return printable(str(exc), 300)
        return self.db.describe(exc)

    # ------------------------------------------------------------------ claiming

    async def _claim_loop(self) -> None:
        failures = 0
        last = 0.0
        full = False
        while not self._stop.is_set():
            if not full:
                # A trickle of deliveries is claimed at most once per _CLAIM_GAP, so that the
                # events committed meanwhile share one claim (and the database's attention
                # stays on the deliveries); a backlog (the last claim was full) is claimed at
                # once.
                await asyncio.sleep(max(0.0, last + _CLAIM_GAP - time.monotonic()))
            # Cleared before looking: a wake-up that comes while claiming is not lost.
            self._wake.clear()
            if self._stop.is_set():
                return
            # A slot is a handler running: an event whose end is being recorded frees its
            # slot already, so recording and claiming overlap.
            free = self.workers - sum(1 for h in self._held.values() if not h.finishing)
            if free <= 0:
                await self._wake.wait()  # a slot frees
                continue
            last = time.monotonic()
            try:
                claimed = await self._claim(free)
            except Exception as exc:
                failures += 1
                if not isinstance(exc, _DB_ERRORS):
                    logger.exception("the inbox workers failed to claim events")
                elif failures == 1 or failures % 10 == 0:
                    logger.warning("the inbox workers cannot claim: %s", self._describe(exc))
                full = False
                await self._wait(min(30.0, self.settings.poll_interval * 2 ** min(failures, 5)))
                continue
            failures = 0
            full = claimed >= free
            if not full:
                await self._wait(self.settings.poll_interval)

    async def _wait(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(seconds):
                await self._wake.wait()

    async def _claim(self, limit: int) -> int:
        now = self._now()
        owner = secrets.token_hex(16)
        async with self.db.transaction() as conn:
            claims, dead = await claim_events(
                conn,
                owner=owner,
                worker=self.worker_name,
                limit=limit,
                now=now,
                lease_end=now + timedelta(seconds=self.settings.lease),
                max_attempts=self.settings.max_attempts,
            )
            # Taken from the cache at once: while this task waits for the database below,
            # the receiver's own deliveries may push entries out of it.
            stored = {d: self._bodies.get(d) for d in {c.delivery_id for c in claims}}
            missing = sorted(d for d, found in stored.items() if found is None)
            stored.update(await load_bodies(conn, missing))
        for claim in dead:
            logger.error(
                "webhook event %d %s is dead: %d attempts, and its worker stopped each time",
                claim.event_id,
                shown_name(claim.name),
                claim.attempts,
            )
        # Each delivery decoded once per claim; only its claimed events are built.
        parsed: dict[int, Items | str] = {}
        for claim in claims:
            held = self._held[claim.event_id] = _Held(claim)
            event = self._event(claim, stored.get(claim.delivery_id), parsed)
            held.task = asyncio.create_task(
                self._handle(held, event), name=f"ultracart-inbox-event-{claim.event_id}"
            )
        return len(claims) + len(dead)

    @staticmethod
    def _event(
        claim: Claim, stored: Stored | None, parsed: dict[int, Items | str]
    ) -> WebhookEvent | str:
        """The claimed event, or why it cannot be had."""
        if stored is None:
            return f"its delivery {claim.delivery_id} is gone"
        items = parsed.get(claim.delivery_id)
        if items is None:
            try:
                items = stored_items(stored)
            except WebhookDeliveryError as exc:
                items = f"its delivery no longer parses: {exc}"
            parsed[claim.delivery_id] = items
        if isinstance(items, str):
            return items
        try:
            return event_at(items, claim.delivery_id, claim.event_index)
        except WebhookDeliveryError as exc:
            return str(exc)

    # ------------------------------------------------------------------ handling

    async def _handle(self, held: _Held, event: WebhookEvent | str) -> None:
        claim = held.claim
        try:
            outcome = await self._run(claim, event)
            held.finishing = True
            self._wake.set()
            await self._finish(outcome)
        finally:
            self._held.pop(claim.event_id, None)
            self._wake.set()

    async def _run(self, claim: Claim, event: WebhookEvent | str) -> Outcome:
        if isinstance(event, str):
            logger.error("webhook event %d is dead: %s", claim.event_id, event)
            return Outcome(claim.event_id, claim.owner, error=event, retry_at=None)
        timeout = self.settings.handler_timeout
        scope = asyncio.timeout(timeout)
        try:
            async with scope:
                await self.router.dispatch(event)
        except Exception as exc:
            if isinstance(exc, TimeoutError) and scope.expired():
                error = f"the handlers did not finish within {timeout} s"
            else:
                error = f"{type(exc).__name__}: {printable(str(exc), 400)}"
            return self._failed(claim, error, exc)
        return Outcome(claim.event_id, claim.owner)

    def _failed(self, claim: Claim, error: str, exc: BaseException) -> Outcome:
        name = shown_name(claim.name)
        if claim.attempts >= self.settings.max_attempts:
            logger.error(
                "webhook event %d %s is dead after %d attempts: %s",
                claim.event_id,
                name,
                claim.attempts,
                error,
                exc_info=exc,
            )
            return Outcome(claim.event_id, claim.owner, error=error, retry_at=None)
        delay = self.settings.backoff(claim.attempts)
        logger.warning(
            "webhook event %d %s failed (attempt %d of %d), retried in %.0f s: %s",
            claim.event_id,
            name,
            claim.attempts,
            self.settings.max_attempts,
            delay,
            error,
            exc_info=exc,
        )
        retry_at = self._now() + timedelta(seconds=delay)
        return Outcome(claim.event_id, claim.owner, error=error, retry_at=retry_at)

    async def _finish(self, outcome: Outcome) -> None:
        for attempt in range(3):
            try:
                held = await asyncio.shield(self._finisher.submit(outcome))
            except _DB_ERRORS as exc:
                logger.warning(
                    "could not record the end of webhook event %d (%s)%s",
                    outcome.event_id,
                    self._describe(exc),
                    "; it runs again once its lease ends" if attempt == 2 else ", trying again",
                )
                await asyncio.sleep(0.5 * 2**attempt)
                continue
            if not held:
                logger.warning(
                    "webhook event %d was claimed by another worker after this one's lease "
                    "ended; its result here was not recorded",
                    outcome.event_id,
                )
            return

    async def _finish_batch(self, outcomes: Sequence[Outcome]) -> list[bool]:
        async with self.db.transaction() as conn:
            return await finish(conn, outcomes, self._now())

    # ------------------------------------------------------------------ leases, pruning

    async def _renew_loop(self) -> None:
        interval = self.settings.lease / 3
        while True:
            await asyncio.sleep(interval)
            held = dict(self._held)
            if not held:
                continue
            try:
                async with self.db.transaction() as conn:
                    lease_end = self._now() + timedelta(seconds=self.settings.lease)
                    still = await renew(
                        conn, [(i, h.claim.owner) for i, h in held.items()], lease_end
                    )
            except _DB_ERRORS as exc:
                logger.warning("could not renew the inbox leases: %s", self._describe(exc))
                continue
            for event_id, entry in held.items():
                if event_id not in still and not entry.finishing and entry.task is not None:
                    logger.warning(
                        "lost the claim on webhook event %d (its lease ended and another "
                        "worker took it); stopping its handlers here",
                        event_id,
                    )
                    entry.task.cancel()

    async def _prune_loop(self) -> None:
        retention = self.settings.retention
        assert retention is not None
        while True:
            try:
                await prune(self.db, self._now() - retention)
            except _DB_ERRORS as exc:
                logger.warning("could not prune the inbox: %s", self._describe(exc))
            await asyncio.sleep(self.settings.prune_interval)


async def prune(db: InboxDatabase, cutoff: datetime) -> int:
    """Delete what finished (and deliveries received) before ``cutoff``, in short
    transactions; the rows deleted."""
    total = 0
    while True:
        async with db.transaction() as conn:
            deleted = await prune_batch(conn, cutoff)
        total += deleted
        if deleted < PRUNE_BATCH:
            if total:
                logger.info("pruned %d inbox rows older than %s", total, cutoff.isoformat())
            return total
        await asyncio.sleep(0)

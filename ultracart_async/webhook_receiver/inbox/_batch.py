"""Group commit: many callers, one transaction.

Each caller submits an item and waits for its result; one task flushes everything submitted
since the previous flush began, in one call. Nothing waits on purpose: an item submitted to
an idle batcher is flushed at once, alone, so batching costs no latency when there is no
load, and under load one transaction (one fsync) serves many callers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Final, Generic, TypeVar

from ultracart_async.pagination._tasks import cancel_and_wait

from ._errors import InboxUnavailableError

__all__ = ["Batcher"]

T = TypeVar("T")
R = TypeVar("R")

logger: Final = logging.getLogger("ultracart_async.webhooks.inbox")


class Batcher(Generic[T, R]):
    """Flushes submitted items in batches of at most ``max_items``, one batch at a time.

    Args:
        flush: Takes a batch, returns one result per item, in order. An exception fails
            every item of the batch with it.
        max_items: The largest batch.
        timeout: Seconds a flush may take before it is cancelled (its items then fail with
            :class:`InboxUnavailableError`), so that one hung flush cannot stop the line.
        name: For the task's name and the logs.
    """

    def __init__(
        self,
        flush: Callable[[Sequence[T]], Awaitable[Sequence[R]]],
        *,
        max_items: int,
        timeout: float,
        name: str,
    ) -> None:
        self._flush = flush
        self.max_items = max_items
        self.timeout = timeout
        self.name = name
        self._items: list[tuple[T, asyncio.Future[R]]] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._inflight: list[asyncio.Future[R]] = []
        self._closed = False

    @property
    def waiting(self) -> int:
        """Items submitted and not yet taken by a flush."""
        return len(self._items)

    def submit(self, item: T) -> asyncio.Future[R]:
        """Queue ``item``; the future resolves once the flush that holds it is done."""
        future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        if self._closed:
            future.set_exception(InboxUnavailableError(f"the inbox's {self.name} is closed"))
            return future
        self._items.append((item, future))
        self._wake.set()
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run(), name=f"ultracart-inbox-{self.name}")
        return future

    async def _run(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._items:
                batch, self._items = (
                    self._items[: self.max_items],
                    self._items[self.max_items :],
                )
                await self._flush_batch(batch)

    async def _flush_batch(self, batch: list[tuple[T, asyncio.Future[R]]]) -> None:
        items = [item for item, _ in batch]
        self._inflight = [future for _, future in batch]
        try:
            async with asyncio.timeout(self.timeout):
                results = await self._flush(items)
        except TimeoutError:
            error: BaseException = InboxUnavailableError(
                f"the inbox's {self.name} did not finish within {self.timeout} s"
            )
            self._fail(batch, error)
            return
        except asyncio.CancelledError:
            self._fail(batch, InboxUnavailableError(f"the inbox's {self.name} was stopped"))
            raise
        except Exception as exc:
            self._fail(batch, exc)
            return
        finally:
            self._inflight = []
        for (_, future), result in zip(batch, results, strict=True):
            if not future.done():
                future.set_result(result)

    @staticmethod
    def _fail(batch: list[tuple[T, asyncio.Future[R]]], error: BaseException) -> None:
        for _, future in batch:
            if not future.done():
                future.set_exception(error)
                # Why mark it retrieved: a caller that gave up (its deadline passed) never
                # reads it, and asyncio would log "exception was never retrieved".
                future.exception()

    async def drain(self) -> None:
        """Wait until everything submitted so far is flushed (or failed)."""
        while True:
            pending = [future for _, future in self._items] + self._inflight
            if not pending:
                return
            await asyncio.wait(pending)

    async def aclose(self) -> None:
        """Flush what is queued, then stop; later submissions fail at once."""
        self._closed = True
        with contextlib.suppress(Exception):
            await self.drain()
        task, self._task = self._task, None
        if task is not None:
            await cancel_and_wait([task])
        self._fail(self._items, InboxUnavailableError(f"the inbox's {self.name} is closed"))
        self._items = []

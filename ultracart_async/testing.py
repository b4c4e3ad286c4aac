"""Helpers for testing code that uses ultracart-async.

:class:`FakeClock` gives the rate limiter and the retry backoff virtual time: sleeps
return as soon as every task is waiting, with the clock advanced to the earliest wake-up,
so tests of hours of rate limiting run in milliseconds and the same way every time.

:class:`MemorySender` answers a client's requests from a function, with no network and no
server: give it to ``UltraCartClient(sender=...)``; :func:`reply` builds its answers.
"""

from __future__ import annotations

import asyncio
import heapq
import http
import inspect
import itertools
from collections.abc import Awaitable, Callable, Mapping

import orjson
from multidict import CIMultiDict, CIMultiDictProxy

from ._errors import ConfigurationError
from ._sender import SenderRequest, SenderResponse

__all__ = ["FakeClock", "MemorySender", "reply"]

#: What a :class:`MemorySender` hands each request to.
Handler = Callable[[SenderRequest], SenderResponse | Awaitable[SenderResponse]]


class FakeClock:
    """A virtual clock for tests (implements :class:`ultracart_async.Clock`).

    Time moves only when every task is blocked on :meth:`sleep`: the clock then jumps to
    the earliest wake-up. ``sleeps`` records every requested sleep, for assertions.

    Example::

        clock = FakeClock()
        limiter = TokenBucketLimiter([RateWindow(10, 60)], clock=clock)
    """

    #: Event-loop turns to wait for other tasks to settle before jumping ahead. Tasks that
    #: do real I/O (a local server) need real time, not virtual time: use the system clock
    #: for those, or keep the fake clock to backoff only.
    SETTLE_TURNS = 20

    def __init__(self, start: float = 0.0) -> None:
        self._now = start
        self._timers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._seq = itertools.count()
        self._jumper: asyncio.Task[None] | None = None
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward by hand (waking no one until they are next scheduled)."""
        self._now += seconds

    async def sleep(self, seconds: float) -> None:
        """Wait ``seconds`` of virtual time: until every task is waiting and this wake-up
        is the earliest."""
        self.sleeps.append(seconds)
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        heapq.heappush(self._timers, (self._now + seconds, next(self._seq), future))
        if self._jumper is None or self._jumper.done():
            self._jumper = loop.create_task(self._jump())
        await future

    async def _jump(self) -> None:
        while self._timers:
            for _ in range(self.SETTLE_TURNS):
                await asyncio.sleep(0)
            while self._timers and self._timers[0][2].done():
                heapq.heappop(self._timers)  # a sleeper that was cancelled
            if not self._timers:
                return
            when = self._timers[0][0]
            self._now = max(self._now, when)
            while self._timers and self._timers[0][0] <= self._now:
                _, _, future = heapq.heappop(self._timers)
                if not future.done():
                    future.set_result(None)

    def __repr__(self) -> str:
        return f"FakeClock(now={self._now:g})"


def reply(
    status: int = 200,
    json: object = None,
    *,
    headers: Mapping[str, str] | None = None,
    body: bytes | None = None,
    reason: str | None = None,
) -> SenderResponse:
    """An answer for a :class:`MemorySender` to return.

    ``json`` is encoded as the body (with ``Content-Type: application/json``); ``body`` gives
    raw bytes instead. ``reason`` defaults to the status's standard phrase.

    Example::

        reply(200, {"customer": {"customer_profile_oid": 42}, "success": True})
        reply(429, headers={"Retry-After": "2"})
    """
    if json is not None and body is not None:
        raise ConfigurationError("reply() takes json= or body=, not both")
    merged: CIMultiDict[str] = CIMultiDict(headers or {})
    if json is not None:
        body = orjson.dumps(json)
        merged.setdefault("Content-Type", "application/json")
    if reason is None:
        try:
            reason = http.HTTPStatus(status).phrase
        except ValueError:
            reason = ""
    return SenderResponse(status, reason, CIMultiDictProxy(merged), body or b"")


class MemorySender:
    """A :class:`~ultracart_async.Sender` that answers from memory, for unit tests.

    Every attempt the client sends goes to ``handler``, which returns the answer
    (:func:`reply` builds one), or raises :class:`TimeoutError` or an
    :class:`aiohttp.ClientError` to play a failure (``aiohttp.ServerDisconnectedError()``,
    say): the client handles them as it handles a real server's, with the same retries,
    limiter and errors. The handler may be a plain or an async function. ``requests``
    records every attempt, credential header included.

    Example::

        def handler(request: SenderRequest) -> SenderResponse:
            if request.url.path.endswith("/customer/customers/42"):
                return reply(200, {"customer": {"customer_profile_oid": 42}, "success": True})
            return reply(404, {"error": {"developer_message": "no such customer"}})

        sender = MemorySender(handler)
        async with UltraCartClient(simple_key="k", sender=sender) as uc:
            customer = await uc.customers.get(42)
        assert sender.requests[0].method == "GET"
    """

    def __init__(self, handler: Handler) -> None:
        if not callable(handler):
            raise ConfigurationError(
                f"MemorySender needs a function of the request, got {type(handler).__name__}"
            )
        self.handler: Handler = handler
        self.requests: list[SenderRequest] = []
        self.answered: bool = False

    async def send(self, request: SenderRequest) -> SenderResponse:
        """Record ``request`` and return the handler's answer."""
        self.requests.append(request)
        answer = self.handler(request)
        if inspect.isawaitable(answer):
            answer = await answer
        if not isinstance(answer, SenderResponse):
            raise ConfigurationError(
                "the MemorySender handler must return a SenderResponse (build one with "
                f"ultracart_async.testing.reply()), got {type(answer).__name__}"
            )
        self.answered = True
        return answer

    def __repr__(self) -> str:
        return f"MemorySender({len(self.requests)} requests)"

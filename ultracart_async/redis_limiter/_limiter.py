"""RedisLimiter: the token-bucket limiter, shared by every process through Redis.

The limiter in front: its arguments, the FIFO queue of this process's waiters, which task
holds which grant, the fallback while Redis is down, and the figures it reports. Redis
itself (keys, scripts, leases) is behind :class:`._backend.RedisBackend`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from redis.asyncio import Redis

from .. import _throttle
from .._clock import Clock, SystemClock
from .._closing import AsyncClosing
from .._errors import ConfigurationError, LimiterUnavailableError, RateLimitDeadlineError
from .._limits import DEFAULT_WINDOWS, RateWindow, learned_window
from .._ratelimit import Limiter, LimiterState, TokenBucketLimiter
from .._throttle import bounded_pause
from .._waiters import WaiterQueue, deadline_error
from ._backend import RedisBackend, Unavailable
from ._grants import FALLBACK, Grants
from ._options import checked_arguments
from ._outage import OnUnavailable, Outage
from ._reply import Reply, Snapshot, capacity, window_spec

__all__ = ["LimiterUnavailableError", "OnUnavailable", "RedisLimiter"]

logger = logging.getLogger("ultracart_async")


class RedisLimiter(AsyncClosing):
    """A rate limiter shared by every process that uses the same ``name`` on the same Redis.

    The windows, the in-flight cap and the pause after a 429 are kept in Redis and decided by
    one Lua script per acquire, on Redis's clock, so a fleet of processes and replicas that
    share credentials stays within UltraCart's limits together. In-flight places are leases
    that this process renews while it holds them: one that dies frees its places within
    ``lease`` seconds. Within a process waiters are served first come, first served; across
    processes, a process that has waited longest goes first, so none starves.

    Args:
        redis: A ``redis.asyncio.Redis`` client, or a URL such as ``"redis://127.0.0.1:6379/0"``
            (the limiter then owns the client and closes it in :meth:`aclose`).
        name: What ties the processes together, for example your UltraCart application id.
            Every key lives under ``<key_prefix>:{<name>}:``. Never a credential: OAuth
            tokens rotate, and keys are visible to anyone who can read Redis.
        windows: The rate windows, as for :class:`~ultracart_async.TokenBucketLimiter`
            (defaults to UltraCart's published limits). Every process should pass the same.
        max_in_flight: The most requests in flight across all processes.
        on_unavailable: When Redis cannot be reached for ``unavailable_grace`` seconds:
            ``"fail"`` (default) raises :class:`LimiterUnavailableError`; ``"local"`` logs a
            warning and uses ``fallback`` until Redis answers again.
        fallback: The limiter used in ``"local"`` mode. Defaults to a
            ``TokenBucketLimiter`` with the same windows and cap, which the whole fleet then
            exceeds together: with N processes, pass one with 1/N of the limits.
        unavailable_grace: Seconds an acquire keeps retrying an unreachable Redis (a restart,
            a failover) before the policy applies.
        lease: Seconds an in-flight place lasts unless renewed (renewed every third of it),
            from 0.5 to 3600.
        headroom: The fraction of each window held back, in burst and in rate (default 2 %),
            so that network jitter between the processes and UltraCart does not draw 429s
            at the limit.
        adaptive: Slow the whole fleet down after a 429 and recover gradually, as
            ``TokenBucketLimiter`` does for one process.
        command_timeout: Seconds any one Redis call may take.
        key_prefix: The first part of every key.
        clock: The local clock for sleeps and deadlines (time itself is Redis's).

    What one 429 may impose is bounded as in ``TokenBucketLimiter``, by the same constants:
    a pause lasts at most a day, a window learned from ``UC-REST-ERROR`` has a limit of at
    least 1 and a period of at most a day, and every key expires (after ``MAX_KEY_TTL``
    seconds, 30 days, at most). Out-of-bounds values left in Redis
    by an older version are cut back or dropped when next read.

    A limiter belongs to the event loop that first uses it, for good: its Redis connections
    and background tasks live there. Used from any other loop, it raises
    :class:`~ultracart_async.ConfigurationError`; create it inside the loop that uses it
    (one per ``asyncio.run``, one per thread).

    Example::

        limiter = RedisLimiter("redis://127.0.0.1:6379/0", name="app-1234",
                               windows=[RateWindow(1000, 3600)], max_in_flight=1)
        async with limiter, UltraCartClient(simple_key=key, limiter=limiter) as uc:
            ...
    """

    MIN_RATE_FACTOR = _throttle.MIN_RATE_FACTOR
    RECOVERY_STEP = _throttle.RECOVERY_STEP
    BASE_BACKOFF_PAUSE = _throttle.BASE_BACKOFF_PAUSE
    MAX_BACKOFF_PAUSE = _throttle.MAX_BACKOFF_PAUSE
    #: A waiting process asks Redis again at least this often (seconds); one that has not
    #: asked for ``QUEUE_STALE`` seconds loses its place in the cross-process queue.
    HEARTBEAT = 1.0
    QUEUE_STALE = 5.0
    #: When Redis is down in ``"local"`` mode, try it again after this many seconds.
    PROBE_INTERVAL = 1.0

    def __init__(
        self,
        redis: Redis | str,
        name: str,
        windows: tuple[RateWindow, ...] | list[RateWindow] = DEFAULT_WINDOWS,
        *,
        max_in_flight: int = 1,
        on_unavailable: OnUnavailable = "fail",
        fallback: Limiter | None = None,
        unavailable_grace: float = 2.0,
        lease: float = 15.0,
        headroom: float = 0.02,
        adaptive: bool = True,
        command_timeout: float = 2.0,
        key_prefix: str = "ultracart-async",
        clock: Clock | None = None,
    ) -> None:
        windows = checked_arguments(
            name,
            windows,
            max_in_flight,
            on_unavailable=on_unavailable,
            fallback=fallback,
            unavailable_grace=unavailable_grace,
            lease=lease,
            command_timeout=command_timeout,
            headroom=headroom,
        )
        self._name = name
        self._max_in_flight = max_in_flight
        self._on_unavailable: OnUnavailable = on_unavailable
        self._adaptive = adaptive
        self._command_timeout = float(command_timeout)
        if fallback is None:
            fallback = TokenBucketLimiter(
                windows, max_in_flight=max_in_flight, clock=clock, adaptive=adaptive
            )
        self._fallback: Limiter = fallback
        self._clock: Clock = clock if clock is not None else SystemClock()
        self._backend = self._connect(redis, key_prefix, windows, float(lease), float(headroom))
        self._outage = Outage(
            name=name,
            policy=on_unavailable,
            grace=float(unavailable_grace),
            fallback=self._fallback,
            probe_interval=self.PROBE_INTERVAL,
            clock=self._clock,
        )
        self._queue = WaiterQueue()
        self._grants = Grants(f"redis_limiter_grants_{id(self)}")
        self._fallback_held = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._queued_remote = False  # whether Redis's queue holds this process's place
        self._tasks: set[asyncio.Task[Any]] = set()
        self._throttle_tasks: set[asyncio.Task[Any]] = set()
        self._closed = False

    # -- public ---------------------------------------------------------------------------------

    @property
    def clock(self) -> Clock:
        """The local clock deadlines are measured on."""
        return self._clock

    @property
    def name(self) -> str:
        """The limiter name the processes share."""
        return self._name

    @property
    def windows(self) -> tuple[RateWindow, ...]:
        """The windows enforced: those configured plus any learned from 429s."""
        return self._backend.windows

    @property
    def max_in_flight(self) -> int:
        """The in-flight cap across all processes, as configured."""
        return self._max_in_flight

    @property
    def using_fallback(self) -> bool:
        """Whether acquires go to the local fallback now (Redis unreachable, ``"local"``)."""
        return self._outage.using_fallback

    async def aclose(self) -> None:
        """Give back held leases, stop background work and close what the limiter opened.

        Safe to call more than once. Clients using the limiter must be closed first.
        """
        if self._closed:
            return
        self._closed = True
        await self._backend.stop_renewing()
        pending = self._tasks | self._throttle_tasks
        if pending:
            await asyncio.wait(pending, timeout=self._command_timeout)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        await self._backend.aclose()

    async def acquire(self, *, deadline: float | None = None) -> None:
        """Wait for a slot: a token in every shared window and a shared place in flight.

        Raises:
            RateLimitDeadlineError: The wait would end after ``deadline``; nothing was sent.
            LimiterUnavailableError: Redis was unreachable (or answered with an error) for
                longer than ``unavailable_grace``, with ``on_unavailable="fail"``.
            ConfigurationError: Used from another event loop than its own.
        """
        if self._closed:
            raise RuntimeError("RedisLimiter.acquire() after aclose()")
        self._check_loop()
        queue = self._queue
        if deadline is not None and queue:
            # A waiter at position k needs k + 1 tokens; estimated from the last answer.
            estimate = self._estimate(len(queue) + 1)
            if self._clock.now() + estimate > deadline:
                raise self._deadline_error(estimate, None)
        waiter = queue.join()
        try:
            await queue.wait_turn(waiter, self._clock)
            grant = await self._acquire_head(deadline)
        except BaseException:
            if queue.leave(waiter) and not queue and self._queued_remote:
                # The last waiter gone: give up this process's place in Redis's queue (a
                # next waiter would have inherited it).
                self._queued_remote = False
                self._spawn(self._backend.run_state("leave"), self._tasks)
            raise
        queue.served()
        self._grants.add(grant)

    async def release(self) -> None:
        """Give back the place taken by :meth:`acquire` (in Redis, or in the fallback)."""
        self._check_loop()
        held = self._backend.held
        grant, stale = self._grants.take(self._still_held)
        if grant is None:
            if held:
                grant = next(iter(held))  # released by another task than acquired
            elif self._fallback_held:
                grant = FALLBACK
            elif stale:
                return  # given back already (aclose)
            else:
                raise RuntimeError("RedisLimiter.release() called without a matching acquire()")
        if grant == FALLBACK:
            self._fallback_held -= 1
            await self._fallback.release()
            return
        await self._backend.give_back(grant)

    def record_success(self) -> None:
        """A request was answered without a 429: the fleet's rate recovers by one step."""
        if self.using_fallback:
            self._fallback.record_success()
            return
        snap = self._backend.snapshot
        if snap is None or (snap.consec == 0 and (snap.factor >= 1.0 or not self._adaptive)):
            return  # nothing to recover: spare Redis the call
        extra = ["1" if self._adaptive else "0", repr(self.RECOVERY_STEP)]
        self._spawn(self._backend.run_state("success", extra=extra), self._tasks)

    def record_throttle(self, *, retry_after: float | None, error_text: str | None) -> None:
        """A request was answered 429: pause the whole fleet and halve its rate.

        Bounded as :meth:`TokenBucketLimiter.record_throttle` is: ``retry_after`` is
        clamped to a day, and a named window out of bounds is ignored with one warning.
        """
        if self.using_fallback:
            self._fallback.record_throttle(retry_after=retry_after, error_text=error_text)
            return
        named = learned_window(error_text, limiter=repr(self._name))
        pause = bounded_pause(retry_after)
        extra = [
            "" if pause is None else repr(pause),
            "" if named is None else window_spec(named),
            "1" if self._adaptive else "0",
            repr(self.BASE_BACKOFF_PAUSE),
            repr(self.MAX_BACKOFF_PAUSE),
            repr(self.MIN_RATE_FACTOR),
        ]
        # The next acquire of this process waits for this to land, so it sees the pause.
        self._spawn(self._backend.run_state("throttle", extra=extra), self._throttle_tasks)

    def state(self) -> LimiterState:
        """This process's view: fleet-wide figures as of its last Redis call (see
        :meth:`shared_state` for fresh ones); ``waiters`` counts this process's waiters."""
        if self.using_fallback:
            return self._fallback.state()
        snap = self._backend.snapshot
        headroom = self._backend.headroom
        if snap is None:
            windows = self.windows
            return LimiterState(
                windows=windows,
                tokens=tuple(capacity(w, headroom) for w in windows),
                rate_factor=1.0,
                waiters=len(self._queue),
                in_flight=len(self._backend.held),
                max_in_flight=self._max_in_flight,
                throttled=0,
                paused_for=0.0,
            )
        elapsed = max(0.0, self._clock.now() - snap.at)
        tokens = snap.refilled(elapsed, headroom)
        return self._report(snap, tokens, len(self._queue), max(0.0, snap.paused_for - elapsed))

    async def shared_state(self) -> LimiterState:
        """The fleet's state, read from Redis now (``waiters``: processes queued there).

        Raises:
            LimiterUnavailableError: Redis could not be reached, or answered with an error.
            ConfigurationError: Used from another event loop than the limiter's own.
        """
        self._check_loop()
        if self._throttle_tasks:
            # This process's own 429s, still on their way to Redis, are part of "now".
            await asyncio.wait(set(self._throttle_tasks))
        try:
            reply = await self._backend.run_state("peek")
        except Unavailable as exc:
            raise LimiterUnavailableError(
                f"cannot read the shared limiter {self._name!r}: {exc.what}",
                name=self._name,
                down_for=0.0,
            ) from exc.__cause__
        snap = reply.snapshot
        return self._report(snap, snap.tokens, snap.queued, snap.paused_for)

    def _report(
        self, snap: Snapshot, tokens: tuple[float, ...], waiters: int, paused_for: float
    ) -> LimiterState:
        """A :class:`LimiterState` of the fleet's figures in ``snap``."""
        return LimiterState(
            windows=snap.windows,
            tokens=tokens,
            rate_factor=snap.factor,
            waiters=waiters,
            in_flight=snap.in_flight,
            max_in_flight=self._max_in_flight,
            throttled=snap.throttled,
            paused_for=paused_for,
        )

    def __repr__(self) -> str:
        windows = ", ".join(str(w) for w in self.windows) or "no windows"
        return (
            f"RedisLimiter({self._name!r}; {windows}; max_in_flight={self._max_in_flight}; "
            f"on_unavailable={self._on_unavailable!r})"
        )

    # -- acquiring ------------------------------------------------------------------------------

    def _connect(
        self,
        redis: Redis | str,
        key_prefix: str,
        windows: tuple[RateWindow, ...],
        lease: float,
        headroom: float,
    ) -> RedisBackend:
        """The backend that keeps this limiter's name in ``redis``."""
        return RedisBackend(
            redis,
            name=self._name,
            key_prefix=key_prefix,
            windows=windows,
            max_in_flight=self._max_in_flight,
            lease=lease,
            headroom=headroom,
            queue_stale=self.QUEUE_STALE,
            command_timeout=self._command_timeout,
            clock=self._clock,
        )

    def _check_loop(self) -> None:
        """Bind the limiter to the running loop on first use; refuse every other loop."""
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            state = "now closed" if self._loop.is_closed() else "still open"
            raise ConfigurationError(
                f"RedisLimiter {self._name!r} belongs to the event loop that first used it "
                f"({state}); it was used from another event loop. Its Redis connections and "
                "background tasks live in that loop: create the RedisLimiter inside the loop "
                "that uses it (one per asyncio.run, one per thread)"
            )

    def _still_held(self, grant: str) -> bool:
        return grant in self._backend.held or (grant == FALLBACK and self._fallback_held > 0)

    async def _acquire_head(self, deadline: float | None) -> str:
        """The head waiter's slot: a lease from Redis, or the fallback's while Redis is down."""
        backend = self._backend
        failures = 0
        while True:
            if self._outage.to_fallback():
                return await self._acquire_fallback(deadline)
            if self._throttle_tasks:
                await asyncio.wait(set(self._throttle_tasks))
            lease_id = backend.new_lease_id()
            try:
                reply = await backend.run_state("acquire", lease_id=lease_id)
            except BaseException as exc:
                # The script may have run and granted a lease nobody will release.
                self._spawn(backend.release_lease(lease_id), self._tasks)
                if not isinstance(exc, Unavailable):
                    raise
                failures += 1
                if await self._outage.failed(exc, failures, deadline):
                    continue
                return await self._acquire_fallback(deadline)
            failures = 0
            self._outage.answered()
            if reply.fresh:
                backend.restore_leases()
            self._queued_remote = not reply.granted
            if reply.granted:
                backend.hold(lease_id)
                return lease_id
            await self._wait_to_ask_again(reply, deadline)

    async def _wait_to_ask_again(self, reply: Reply, deadline: float | None) -> None:
        """Wait after a refusal: for a release somewhere (the cap is full), or for tokens.

        Raises:
            RateLimitDeadlineError: The wait would outlast ``deadline``.
        """
        now = self._clock.now()
        if reply.slots_full:
            if not self._backend.subscribed and await self._backend.subscribe():
                return  # subscribed now: ask again so no release is missed
            timeout = min(self.HEARTBEAT, max(reply.slot_wait, 0.001))
            if deadline is not None:
                if now >= deadline:
                    raise self._deadline_error(max(reply.wait, reply.slot_wait), reply)
                timeout = min(timeout, deadline - now)
            await self._backend.wait_release(timeout)
            return
        if deadline is not None and now + reply.wait > deadline:
            raise self._deadline_error(reply.wait, reply)
        await self._clock.sleep(min(reply.wait, self.HEARTBEAT))

    async def _acquire_fallback(self, deadline: float | None) -> str:
        await self._fallback.acquire(deadline=deadline)
        self._fallback_held += 1
        return FALLBACK

    def _estimate(self, needed: float) -> float:
        snap = self._backend.snapshot
        if snap is None:
            return 0.0
        elapsed = max(0.0, self._clock.now() - snap.at)
        return snap.wait_for(needed, elapsed, self._backend.headroom)

    def _deadline_error(self, wait: float, reply: Reply | None) -> RateLimitDeadlineError:
        if reply is not None and reply.slots_full and reply.wait <= 0:
            window: str | None = "shared in-flight cap"
        elif reply is not None and reply.snapshot.paused_for > 0:
            window = "pause after a 429"
        else:
            window = None
            snap = self._backend.snapshot
            if snap is not None:
                for w, t in zip(snap.windows, snap.tokens, strict=True):
                    if t < 1.0:
                        window = str(w)
        return deadline_error(f"the shared rate limiter {self._name!r}", wait, window)

    def _spawn(self, coro: Coroutine[Any, Any, Any], into: set[asyncio.Task[Any]]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        into.add(task)
        task.add_done_callback(lambda t: self._task_done(t, into))

    def _task_done(self, task: asyncio.Task[Any], into: set[asyncio.Task[Any]]) -> None:
        into.discard(task)
        if not task.cancelled() and (exc := task.exception()) is not None:
            logger.debug("rate limiter %r: background update failed (%s)", self._name, exc)

"""RedisLimiter: the token-bucket limiter, shared by every process through Redis."""

from __future__ import annotations

import asyncio
import contextvars
import itertools
import logging
import math
import os
import socket
import uuid
import weakref
from collections import deque
from collections.abc import Awaitable, Coroutine
from typing import Any, Literal

import attrs
from redis.asyncio import Redis
from redis.asyncio.client import PubSub
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError, ResponseError

from .._clock import Clock, SystemClock
from .._errors import ConfigurationError, LimiterUnavailableError, RateLimitDeadlineError
from .._ratelimit import (
    DEFAULT_WINDOWS,
    Limiter,
    LimiterState,
    RateWindow,
    TokenBucketLimiter,
    learned_window,
)
from .._text import printable
from .._throttle import MAX_LEARNED_LIMIT, MAX_LEARNED_PERIOD, MAX_PAUSE, bounded_pause
from . import _lua

__all__ = ["LimiterUnavailableError", "RedisLimiter"]

logger = logging.getLogger("ultracart_async")

OnUnavailable = Literal["fail", "local"]

_KEY_NAME_MAX = 200
_FALLBACK = "fallback"
#: The longest lease, in seconds: a dead process's places stay taken that long at most.
_LEASE_MAX = 3600.0
#: The longest expiry any key gets, in seconds (30 days). The state must outlive the longest
#: window, and a learned window or a pause is at most a day (see _throttle); only a window
#: configured longer than this could lose state to it, and then only after as long idle.
MAX_KEY_TTL = 30 * 86400


class _Unavailable(Exception):
    """A Redis call failed, timed out, or was answered with an error reply (internal).

    ``reply`` tells the two apart: Redis reachable but refusing (a ``WRONGTYPE``, a script
    error, ``READONLY`` during a failover) is not Redis unreachable, and is reported as such.
    """

    def __init__(self, text: str, *, reply: bool) -> None:
        super().__init__(text)
        self.reply = reply

    @property
    def what(self) -> str:
        """What went wrong, for messages: "cannot reach Redis" or the error reply."""
        if self.reply:
            return f"Redis answered with an error: {self}"
        return f"cannot reach Redis: {self}"


@attrs.frozen
class _Snapshot:
    """What the last script told this process, and when (on the local clock)."""

    at: float
    windows: tuple[RateWindow, ...]
    tokens: tuple[float, ...]
    factor: float
    in_flight: int
    throttled: int
    consec: int
    paused_for: float
    queued: int


@attrs.frozen
class _Reply:
    granted: bool
    wait: float
    slots_full: bool
    slot_wait: float
    fresh: bool
    snapshot: _Snapshot


def _spec(window: RateWindow) -> str:
    return f"{window.limit}/{float(window.period)!r}"


def _window(spec: str) -> RateWindow | None:
    limit, _, period = spec.partition("/")
    try:
        return RateWindow(int(limit), float(period))
    except (ValueError, ConfigurationError):
        return None


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class _Waiter:
    __slots__ = ("event",)

    def __init__(self) -> None:
        self.event = asyncio.Event()


class _Ledger:
    """The grants a task holds, shared with the tasks that release for it.

    One per task, reached through a context variable. It is mutable on purpose: a release
    run in a copy of the task's context (``asyncio.shield`` runs it in a new task) must take
    the grant out of the very list the acquire put it in, or the list grows by one entry
    per call for as long as the task lives.
    """

    __slots__ = ("grants", "owner")

    def __init__(self, owner: asyncio.Task[Any] | None) -> None:
        self.owner = None if owner is None else weakref.ref(owner)
        self.grants: list[str] = []

    def owned_by(self, task: asyncio.Task[Any] | None) -> bool:
        return (None if self.owner is None else self.owner()) is task


class RedisLimiter:
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

    What one 429 may impose is bounded as in ``TokenBucketLimiter``, by the same constants
    (:mod:`ultracart_async._throttle`): a pause lasts at most a day, a window learned from
    ``UC-REST-ERROR`` has a limit of at least 1 and a period of at most a day, and every key
    expires (after :data:`MAX_KEY_TTL` seconds at most). Out-of-bounds values left in Redis
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

    MIN_RATE_FACTOR = TokenBucketLimiter.MIN_RATE_FACTOR
    RECOVERY_STEP = TokenBucketLimiter.RECOVERY_STEP
    BASE_BACKOFF_PAUSE = TokenBucketLimiter.BASE_BACKOFF_PAUSE
    MAX_BACKOFF_PAUSE = TokenBucketLimiter.MAX_BACKOFF_PAUSE
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
        if not isinstance(name, str) or not name.strip() or len(name) > _KEY_NAME_MAX:
            raise ConfigurationError(
                f"name must be a non-empty string of at most {_KEY_NAME_MAX} characters "
                f"(for example your application id), got {name!r}"
            )
        if isinstance(max_in_flight, bool) or not isinstance(max_in_flight, int):
            raise ConfigurationError(
                f"max_in_flight must be a positive integer, got {max_in_flight!r}"
            )
        if max_in_flight < 1:
            raise ConfigurationError(f"max_in_flight must be at least 1, got {max_in_flight}")
        for window in windows:
            if not isinstance(window, RateWindow):
                raise ConfigurationError(
                    f"windows must hold RateWindow objects, got {window!r}; "
                    "use RateWindow(limit, period) or RateWindow.parse('N/SECONDS')"
                )
        if on_unavailable not in ("fail", "local"):
            raise ConfigurationError(
                f"on_unavailable must be 'fail' or 'local', got {on_unavailable!r}"
            )
        if fallback is not None and not isinstance(fallback, Limiter):
            raise ConfigurationError(
                f"fallback must implement the Limiter protocol, got {type(fallback).__name__}"
            )
        for label, value, low in (
            ("unavailable_grace", unavailable_grace, 0.0),
            ("lease", lease, 0.5),
            ("command_timeout", command_timeout, 0.01),
        ):
            if isinstance(value, bool) or not isinstance(value, int | float) or not value >= low:
                raise ConfigurationError(f"{label} must be a number >= {low:g}, got {value!r}")
        if not lease <= _LEASE_MAX:
            # Leases become key expiries in Redis, which must stay finite whole seconds.
            raise ConfigurationError(f"lease must be at most {_LEASE_MAX:g} seconds, got {lease!r}")
        if not isinstance(headroom, int | float) or not 0 <= headroom < 0.5:
            raise ConfigurationError(f"headroom must be within [0, 0.5), got {headroom!r}")

        if isinstance(redis, str):
            self._redis = Redis.from_url(
                redis,
                socket_timeout=command_timeout,
                socket_connect_timeout=command_timeout,
                retry=Retry(NoBackoff(), 0),
            )
            self._owns_redis = True
        else:
            self._redis = redis
            self._owns_redis = False
        self._name = name
        self._windows = tuple(windows)
        self._max_in_flight = max_in_flight
        self._on_unavailable: OnUnavailable = on_unavailable
        self._fallback: Limiter = (
            fallback
            if fallback is not None
            else TokenBucketLimiter(
                self._windows, max_in_flight=max_in_flight, clock=clock, adaptive=adaptive
            )
        )
        self._grace = float(unavailable_grace)
        self._lease = float(lease)
        self._headroom = float(headroom)
        self._adaptive = adaptive
        self._command_timeout = float(command_timeout)
        self._clock: Clock = clock if clock is not None else SystemClock()

        base = f"{key_prefix}:{{{name}}}"
        self._keys = [f"{base}:{part}" for part in ("state", "inflight", "queue", "seen")]
        self._keys.append(f"{base}:learned")
        self._channel = f"{base}:released"
        self._instance = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"
        self._lease_ids = itertools.count(1)
        self._state_script = self._redis.register_script(_lua.STATE)
        self._release_script = self._redis.register_script(_lua.RELEASE)
        self._renew_script = self._redis.register_script(_lua.RENEW)

        self._queue: deque[_Waiter] = deque()
        self._held: set[str] = set()  # Redis leases held by this process
        self._fallback_held = 0
        self._ledgers: contextvars.ContextVar[_Ledger | None] = contextvars.ContextVar(
            f"redis_limiter_grants_{id(self)}", default=None
        )
        self._loop: asyncio.AbstractEventLoop | None = None
        self._snapshot: _Snapshot | None = None
        self._learned: tuple[RateWindow, ...] = ()
        self._down_since: float | None = None
        self._fallback_until: float | None = None
        self._queued_remote = False  # whether Redis's queue holds this process's place
        self._pubsub: PubSub | None = None
        self._lease_lock = asyncio.Lock()
        self._renewer: asyncio.Task[None] | None = None
        self._renew_now = asyncio.Event()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._throttle_tasks: set[asyncio.Task[Any]] = set()
        self._closed = False

    # -- public ---------------------------------------------------------------------------------

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def name(self) -> str:
        """The limiter name the processes share."""
        return self._name

    @property
    def windows(self) -> tuple[RateWindow, ...]:
        """The windows enforced: those configured plus any learned from 429s."""
        return self._windows + tuple(w for w in self._learned if w not in self._windows)

    @property
    def using_fallback(self) -> bool:
        """Whether acquires go to the local fallback now (Redis unreachable, ``"local"``)."""
        return self._fallback_until is not None

    async def __aenter__(self) -> RedisLimiter:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Give back held leases, stop background work and close what the limiter opened.

        Safe to call more than once. Clients using the limiter must be closed first.
        """
        if self._closed:
            return
        self._closed = True
        if self._renewer is not None:
            self._renewer.cancel()
            await asyncio.gather(self._renewer, return_exceptions=True)
            self._renewer = None
        pending = self._tasks | self._throttle_tasks
        if pending:
            await asyncio.wait(pending, timeout=self._command_timeout)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        held, self._held = list(self._held), set()
        for lease_id in held:
            await self._release_lease(lease_id)
        await self._close_pubsub()
        if self._owns_redis:
            await self._redis.aclose()

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
        clock = self._clock
        if deadline is not None and self._queue:
            # A waiter at position k needs k + 1 tokens; estimated from the last answer.
            estimate = self._estimate(len(self._queue) + 1)
            if clock.now() + estimate > deadline:
                raise self._deadline_error(estimate, None)
        waiter = _Waiter()
        self._queue.append(waiter)
        try:
            while self._queue[0] is not waiter:
                waiter.event.clear()
                await waiter.event.wait()
            grant = await self._acquire_head(deadline)
        except BaseException:
            was_head = bool(self._queue) and self._queue[0] is waiter
            if waiter in self._queue:
                self._queue.remove(waiter)
            if was_head:
                if self._queue:
                    self._wake_head()  # the next waiter inherits the place in Redis's queue
                elif self._queued_remote:
                    self._queued_remote = False
                    self._spawn(self._run_state("leave"), self._tasks)
            raise
        self._queue.popleft()
        self._wake_head()
        self._ledger().grants.append(grant)

    async def release(self) -> None:
        """Give back the place taken by :meth:`acquire` (in Redis, or in the fallback)."""
        self._check_loop()
        grant, stale = self._take_grant()
        if grant is None:
            if self._held:
                grant = next(iter(self._held))  # released by another task than acquired
            elif self._fallback_held:
                grant = _FALLBACK
            elif stale:
                return  # given back already (aclose)
            else:
                raise RuntimeError("RedisLimiter.release() called without a matching acquire()")
        if grant == _FALLBACK:
            self._fallback_held -= 1
            await self._fallback.release()
            return
        if grant not in self._held:
            return  # given back already (aclose)
        self._held.discard(grant)
        await self._release_lease(grant)

    def record_success(self) -> None:
        if self.using_fallback:
            self._fallback.record_success()
            return
        snap = self._snapshot
        if snap is None or (snap.consec == 0 and (snap.factor >= 1.0 or not self._adaptive)):
            return  # nothing to recover: spare Redis the call
        extra = ["1" if self._adaptive else "0", repr(self.RECOVERY_STEP)]
        self._spawn(self._run_state("success", extra=extra), self._tasks)

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
            "" if named is None else _spec(named),
            "1" if self._adaptive else "0",
            repr(self.BASE_BACKOFF_PAUSE),
            repr(self.MAX_BACKOFF_PAUSE),
            repr(self.MIN_RATE_FACTOR),
        ]
        # The next acquire of this process waits for this to land, so it sees the pause.
        self._spawn(self._run_state("throttle", extra=extra), self._throttle_tasks)

    def state(self) -> LimiterState:
        """This process's view: fleet-wide figures as of its last Redis call (see
        :meth:`shared_state` for fresh ones); ``waiters`` counts this process's waiters."""
        if self.using_fallback:
            return self._fallback.state()
        snap = self._snapshot
        if snap is None:
            windows = self.windows
            return LimiterState(
                windows=windows,
                tokens=tuple(self._capacity(w) for w in windows),
                rate_factor=1.0,
                waiters=len(self._queue),
                in_flight=len(self._held),
                max_in_flight=self._max_in_flight,
                throttled=0,
                paused_for=0.0,
            )
        elapsed = max(0.0, self._clock.now() - snap.at)
        return LimiterState(
            windows=snap.windows,
            tokens=self._refilled(snap, elapsed),
            rate_factor=snap.factor,
            waiters=len(self._queue),
            in_flight=snap.in_flight,
            max_in_flight=self._max_in_flight,
            throttled=snap.throttled,
            paused_for=max(0.0, snap.paused_for - elapsed),
        )

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
            reply = await self._run_state("peek")
        except _Unavailable as exc:
            raise LimiterUnavailableError(
                f"cannot read the shared limiter {self._name!r}: {exc.what}",
                name=self._name,
                down_for=0.0,
            ) from exc.__cause__
        snap = reply.snapshot
        return LimiterState(
            windows=snap.windows,
            tokens=snap.tokens,
            rate_factor=snap.factor,
            waiters=snap.queued,
            in_flight=snap.in_flight,
            max_in_flight=self._max_in_flight,
            throttled=snap.throttled,
            paused_for=snap.paused_for,
        )

    def __repr__(self) -> str:
        windows = ", ".join(str(w) for w in self.windows) or "no windows"
        return (
            f"RedisLimiter({self._name!r}; {windows}; max_in_flight={self._max_in_flight}; "
            f"on_unavailable={self._on_unavailable!r})"
        )

    # -- acquiring ------------------------------------------------------------------------------

    def _wake_head(self) -> None:
        if self._queue:
            self._queue[0].event.set()

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

    def _ledger(self) -> _Ledger:
        """The current task's ledger, created on its first acquire."""
        task = asyncio.current_task()
        ledger = self._ledgers.get()
        if ledger is None or not ledger.owned_by(task):
            # A new task (its context inherited its parent's ledger, or none): its own.
            ledger = _Ledger(task)
            self._ledgers.set(ledger)
        return ledger

    def _take_grant(self) -> tuple[str | None, bool]:
        """The last grant still held in this context's ledger, and whether stale ones
        (given back by another task, or by aclose) were skipped on the way."""
        ledger = self._ledgers.get()
        stale = False
        while ledger is not None and ledger.grants:
            grant = ledger.grants.pop()
            if grant in self._held or (grant == _FALLBACK and self._fallback_held > 0):
                return grant, stale
            stale = True
        return None, stale

    async def _acquire_head(self, deadline: float | None) -> str:
        clock = self._clock
        failures = 0
        while True:
            now = clock.now()
            if self._fallback_until is not None:
                if now < self._fallback_until:
                    return await self._acquire_fallback(deadline)
                self._fallback_until = now + self.PROBE_INTERVAL  # probe Redis once
            if self._throttle_tasks:
                await asyncio.wait(set(self._throttle_tasks))
            lease_id = f"{self._instance}:{next(self._lease_ids)}"
            try:
                reply = await self._run_state("acquire", lease_id=lease_id)
            except BaseException as exc:
                # The script may have run and granted a lease nobody will release.
                self._spawn(self._release_lease(lease_id), self._tasks)
                if not isinstance(exc, _Unavailable):
                    raise
                failures += 1
                now = clock.now()
                if self._down_since is None:
                    self._down_since = now
                    logger.warning(
                        "rate limiter %r: %s; retrying for %.1fs",
                        self._name,
                        exc.what,
                        self._grace,
                    )
                down_for = now - self._down_since
                pause = min(0.5, 0.02 * 2 ** min(failures, 10))
                if down_for + pause <= self._grace and (
                    deadline is None or now + pause <= deadline
                ):
                    await clock.sleep(pause)
                    continue
                if self._on_unavailable == "local":
                    if self._fallback_until is None:
                        logger.warning(
                            "rate limiter %r: %s (for %.1fs); falling back to the local "
                            "limiter %r until it answers again",
                            self._name,
                            exc.what,
                            down_for,
                            self._fallback,
                        )
                    self._fallback_until = now + self.PROBE_INTERVAL
                    return await self._acquire_fallback(deadline)
                raise LimiterUnavailableError(
                    f"the shared rate limiter {self._name!r} {self._failure(exc, down_for)}; "
                    "no request was sent",
                    name=self._name,
                    down_for=down_for,
                ) from exc.__cause__
            failures = 0
            self._redis_answered()
            if reply.fresh and self._held:
                self._renew_now.set()  # Redis lost our leases: put them back now
            self._queued_remote = not reply.granted
            if reply.granted:
                self._held.add(lease_id)
                self._ensure_renewer()
                return lease_id
            now = clock.now()
            if reply.slots_full:
                if self._pubsub is None and await self._subscribe():
                    continue  # subscribed now: ask again so no release is missed
                timeout = min(self.HEARTBEAT, max(reply.slot_wait, 0.001))
                if deadline is not None:
                    if now >= deadline:
                        raise self._deadline_error(max(reply.wait, reply.slot_wait), reply)
                    timeout = min(timeout, deadline - now)
                await self._wait_release(timeout)
                continue
            if deadline is not None and now + reply.wait > deadline:
                raise self._deadline_error(reply.wait, reply)
            await clock.sleep(min(reply.wait, self.HEARTBEAT))

    async def _acquire_fallback(self, deadline: float | None) -> str:
        await self._fallback.acquire(deadline=deadline)
        self._fallback_held += 1
        return _FALLBACK

    def _failure(self, exc: _Unavailable, down_for: float) -> str:
        if exc.reply:
            return (
                f"got an error reply from Redis for {down_for:.1f}s (Redis is reachable but "
                f"refused the limiter's script: {exc})"
            )
        return f"cannot reach Redis (down for {down_for:.1f}s: {exc})"

    def _redis_answered(self) -> None:
        if self._down_since is not None:
            logger.warning(
                "rate limiter %r: Redis answers again after %.1fs%s",
                self._name,
                self._clock.now() - self._down_since,
                "; leaving the local fallback" if self._fallback_until is not None else "",
            )
        self._down_since = None
        self._fallback_until = None

    def _estimate(self, needed: float) -> float:
        snap = self._snapshot
        if snap is None:
            return 0.0
        elapsed = max(0.0, self._clock.now() - snap.at)
        wait = max(0.0, snap.paused_for - elapsed)
        for window, tokens in zip(snap.windows, self._refilled(snap, elapsed), strict=True):
            missing = needed - tokens
            if missing > 1e-9:
                wait = max(wait, missing / (window.rate * (1 - self._headroom) * snap.factor))
        return wait

    def _capacity(self, window: RateWindow) -> float:
        """The bucket size: the window less headroom, but never less than one token."""
        return max(1.0, window.limit * (1 - self._headroom))

    def _refilled(self, snap: _Snapshot, elapsed: float) -> tuple[float, ...]:
        keep = 1 - self._headroom
        return tuple(
            min(self._capacity(w), t + elapsed * w.rate * keep * snap.factor)
            for w, t in zip(snap.windows, snap.tokens, strict=True)
        )

    def _deadline_error(self, wait: float, reply: _Reply | None) -> RateLimitDeadlineError:
        if reply is not None and reply.slots_full and reply.wait <= 0:
            window: str | None = "shared in-flight cap"
        elif reply is not None and reply.snapshot.paused_for > 0:
            window = "pause after a 429"
        else:
            window = None
            snap = self._snapshot
            if snap is not None:
                for w, t in zip(snap.windows, snap.tokens, strict=True):
                    if t < 1.0:
                        window = str(w)
        return RateLimitDeadlineError(
            f"the shared rate limiter {self._name!r} refused the call before sending it: a "
            f"slot needs {wait:.1f}s ({window or 'in-flight cap'}), longer than the call's "
            "deadline allows; no request was sent",
            wait=wait,
            window=window or "in-flight cap",
        )

    # -- Redis ----------------------------------------------------------------------------------

    async def _call(self, awaitable: Awaitable[Any]) -> Any:
        try:
            async with asyncio.timeout(self._command_timeout):
                return await awaitable
        except (RedisError, OSError, TimeoutError) as exc:
            text = printable(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
            raise _Unavailable(text, reply=isinstance(exc, ResponseError)) from exc

    def _args(self, mode: str, lease_id: str = "") -> list[str]:
        snap = self._snapshot
        hints: dict[RateWindow, float] = {}
        factor_hint, pause_hint = 1.0, 0.0
        if snap is not None:
            elapsed = max(0.0, self._clock.now() - snap.at)
            hints = dict(zip(snap.windows, self._refilled(snap, elapsed), strict=True))
            factor_hint = snap.factor
            pause_hint = max(0.0, snap.paused_for - elapsed)
        windows = self.windows
        args = [
            mode,
            self._instance,
            lease_id,
            repr(self._lease),
            str(self._max_in_flight),
            repr(self.QUEUE_STALE),
            repr(factor_hint),
            repr(pause_hint),
            repr(self._headroom),
            repr(MAX_PAUSE),
            repr(MAX_LEARNED_PERIOD),
            str(MAX_LEARNED_LIMIT),
            str(MAX_KEY_TTL),
            str(len(windows)),
        ]
        for window in windows:
            hint = hints.get(window)
            full = self._capacity(window)
            args += [_spec(window), repr(full if hint is None else hint)]
        return args

    async def _run_state(
        self, mode: str, *, lease_id: str = "", extra: list[str] | None = None
    ) -> _Reply:
        args = self._args(mode, lease_id) + (extra or [])
        raw = await self._call(self._state_script(keys=self._keys, args=args))
        reply = self._parse(raw)
        self._snapshot = reply.snapshot
        learned = tuple(w for w in reply.snapshot.windows if w not in self._windows)
        if learned != self._learned:
            self._learned = learned
        return reply

    def _parse(self, raw: list[Any]) -> _Reply:
        count = int(raw[11])
        windows: list[RateWindow] = []
        tokens: list[float] = []
        for i in range(count):
            window = _window(_text(raw[12 + 2 * i]))
            if window is not None:
                windows.append(window)
                tokens.append(float(_text(raw[13 + 2 * i])))
        snapshot = _Snapshot(
            at=self._clock.now(),
            windows=tuple(windows),
            tokens=tuple(tokens),
            factor=float(_text(raw[5])),
            in_flight=int(raw[4]),
            throttled=int(raw[6]),
            consec=int(raw[7]),
            paused_for=float(_text(raw[8])),
            queued=int(raw[9]),
        )
        return _Reply(
            granted=bool(int(raw[0])),
            wait=float(_text(raw[1])),
            slots_full=bool(int(raw[2])),
            slot_wait=float(_text(raw[3])),
            fresh=bool(int(raw[10])),
            snapshot=snapshot,
        )

    async def _release_lease(self, lease_id: str) -> None:
        try:
            async with self._lease_lock:
                await self._call(
                    self._release_script(keys=[self._keys[1]], args=[lease_id, self._channel])
                )
        except _Unavailable as exc:
            # The lease expires on its own within `lease` seconds.
            logger.debug("rate limiter %r: release failed (%s)", self._name, exc)

    def _ensure_renewer(self) -> None:
        if self._renewer is None or self._renewer.done():
            self._renewer = asyncio.get_running_loop().create_task(self._renew_loop())

    async def _renew_loop(self) -> None:
        interval = self._lease / 3
        while self._held:
            try:
                async with asyncio.timeout(interval):
                    await self._renew_now.wait()
            except TimeoutError:
                pass
            self._renew_now.clear()
            async with self._lease_lock:
                held = sorted(self._held)
                if not held:
                    break
                ttl = math.ceil(self._lease + 60)
                try:
                    await self._call(
                        self._renew_script(
                            keys=[self._keys[1]], args=[repr(self._lease), str(ttl), *held]
                        )
                    )
                except _Unavailable as exc:
                    logger.debug("rate limiter %r: lease renewal failed (%s)", self._name, exc)

    async def _subscribe(self) -> bool:
        pubsub = self._redis.pubsub()
        try:
            await self._call(pubsub.subscribe(self._channel))
        except _Unavailable:
            await self._close_pubsub(pubsub)
            return False
        self._pubsub = pubsub
        return True

    async def _wait_release(self, within: float) -> None:
        """Wait until a place is released somewhere (or ``within`` seconds)."""
        pubsub = self._pubsub
        if pubsub is None:
            await self._clock.sleep(min(within, 0.05))
            return
        try:
            async with asyncio.timeout(within + self._command_timeout):
                await pubsub.get_message(ignore_subscribe_messages=True, timeout=within)
        except (RedisError, OSError, TimeoutError):
            await self._close_pubsub()

    async def _close_pubsub(self, pubsub: PubSub | None = None) -> None:
        if pubsub is None:
            pubsub, self._pubsub = self._pubsub, None
        if pubsub is not None:
            try:
                async with asyncio.timeout(self._command_timeout):
                    await pubsub.aclose()  # type: ignore[no-untyped-call]
            except (RedisError, OSError, TimeoutError):
                pass

    def _spawn(self, coro: Coroutine[Any, Any, Any], into: set[asyncio.Task[Any]]) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        into.add(task)
        task.add_done_callback(lambda t: self._task_done(t, into))

    def _task_done(self, task: asyncio.Task[Any], into: set[asyncio.Task[Any]]) -> None:
        into.discard(task)
        if not task.cancelled() and (exc := task.exception()) is not None:
            logger.debug("rate limiter %r: background update failed (%s)", self._name, exc)

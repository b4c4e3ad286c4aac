"""The Redis side of the shared limiter: its keys, its scripts, and this process's leases.

A :class:`RedisBackend` runs the scripts of :mod:`._lua` for one limiter name, each call
bounded by the command timeout, and turns every failure into :class:`Unavailable`. It holds
what Redis must not lose sight of: the in-flight leases of this process, which it renews
while they are held and gives back on release, and a subscription to the channel that
announces releases, so a waiter for the in-flight cap wakes as soon as a place frees up.
The decisions (queue, fallback, deadlines) are the limiter's, in :mod:`._limiter`.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import math
import os
import socket
import uuid
from collections.abc import Awaitable
from typing import Any

from redis.asyncio import Redis
from redis.asyncio.client import PubSub
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import RedisError, ResponseError

from .._clock import Clock
from .._limits import RateWindow
from .._text import printable
from .._throttle import MAX_LEARNED_LIMIT, MAX_LEARNED_PERIOD, MAX_PAUSE
from . import _lua
from ._reply import Reply, Snapshot, capacity, parse_reply, window_spec

__all__ = ["MAX_KEY_TTL", "RedisBackend", "Unavailable"]

logger = logging.getLogger("ultracart_async")

#: The longest expiry any key gets, in seconds (30 days). The state must outlive the longest
#: window, and a learned window or a pause is at most a day (see _throttle); only a window
#: configured longer than this could lose state to it, and then only after as long idle.
MAX_KEY_TTL = 30 * 86400


class Unavailable(Exception):
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


def _client(redis: Redis | str, command_timeout: float) -> tuple[Redis, bool]:
    """The client to use, and whether the backend made it (and so must close it)."""
    if not isinstance(redis, str):
        return redis, False
    client = Redis.from_url(
        redis,
        socket_timeout=command_timeout,
        socket_connect_timeout=command_timeout,
        retry=Retry(NoBackoff(), 0),
    )
    return client, True


class RedisBackend:
    """One limiter name's state in Redis, as this process sees and holds it.

    ``snapshot`` is the state as of the last script answer; ``held`` the leases this
    process holds. The configuration is the limiter's, already checked.
    """

    def __init__(
        self,
        redis: Redis | str,
        *,
        name: str,
        key_prefix: str,
        windows: tuple[RateWindow, ...],
        max_in_flight: int,
        lease: float,
        headroom: float,
        queue_stale: float,
        command_timeout: float,
        clock: Clock,
    ) -> None:
        self._redis, self._owns_redis = _client(redis, command_timeout)
        self._name = name
        self._windows = windows
        self._max_in_flight = max_in_flight
        self._lease = lease
        self.headroom = headroom
        self._queue_stale = queue_stale
        self._command_timeout = command_timeout
        self._clock = clock
        base = f"{key_prefix}:{{{name}}}"
        self._keys = [f"{base}:{part}" for part in ("state", "inflight", "queue", "seen")]
        self._keys.append(f"{base}:learned")
        self._channel = f"{base}:released"
        self._instance = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"
        self._lease_ids = itertools.count(1)
        self._state_script = self._redis.register_script(_lua.STATE)
        self._release_script = self._redis.register_script(_lua.RELEASE)
        self._renew_script = self._redis.register_script(_lua.RENEW)
        self.snapshot: Snapshot | None = None
        self._learned: tuple[RateWindow, ...] = ()
        self.held: set[str] = set()
        self._lease_lock = asyncio.Lock()
        self._renewer: asyncio.Task[None] | None = None
        self._renew_now = asyncio.Event()
        self._pubsub: PubSub | None = None

    @property
    def windows(self) -> tuple[RateWindow, ...]:
        """The windows enforced: those configured plus any learned from 429s."""
        return self._windows + tuple(w for w in self._learned if w not in self._windows)

    # -- the state script ----------------------------------------------------------------------

    async def call(self, awaitable: Awaitable[Any]) -> Any:
        """``awaitable`` (a Redis call) within the command timeout.

        Raises:
            Unavailable: It failed, timed out, or Redis answered with an error.
        """
        try:
            async with asyncio.timeout(self._command_timeout):
                return await awaitable
        except (RedisError, OSError, TimeoutError) as exc:
            text = printable(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
            raise Unavailable(text, reply=isinstance(exc, ResponseError)) from exc

    def new_lease_id(self) -> str:
        """A lease id no other acquire of any process uses."""
        return f"{self._instance}:{next(self._lease_ids)}"

    async def run_state(
        self, mode: str, *, lease_id: str = "", extra: list[str] | None = None
    ) -> Reply:
        """Run the state script in ``mode`` (acquire, peek, leave, throttle, success).

        Raises:
            Unavailable: Redis failed the call.
        """
        args = self._args(mode, lease_id) + (extra or [])
        raw = await self.call(self._state_script(keys=self._keys, args=args))
        reply = parse_reply(raw, at=self._clock.now())
        self.snapshot = reply.snapshot
        learned = tuple(w for w in reply.snapshot.windows if w not in self._windows)
        if learned != self._learned:
            self._learned = learned
        return reply

    def _args(self, mode: str, lease_id: str) -> list[str]:
        """The script's arguments, with this process's last view as hints (see _lua)."""
        snap = self.snapshot
        hints: dict[RateWindow, float] = {}
        factor_hint, pause_hint = 1.0, 0.0
        if snap is not None:
            elapsed = max(0.0, self._clock.now() - snap.at)
            hints = dict(zip(snap.windows, snap.refilled(elapsed, self.headroom), strict=True))
            factor_hint = snap.factor
            pause_hint = max(0.0, snap.paused_for - elapsed)
        windows = self.windows
        args = [
            mode,
            self._instance,
            lease_id,
            repr(self._lease),
            str(self._max_in_flight),
            repr(self._queue_stale),
            repr(factor_hint),
            repr(pause_hint),
            repr(self.headroom),
            repr(MAX_PAUSE),
            repr(MAX_LEARNED_PERIOD),
            str(MAX_LEARNED_LIMIT),
            str(MAX_KEY_TTL),
            str(len(windows)),
        ]
        for window in windows:
            hint = hints.get(window)
            full = capacity(window, self.headroom)
            args += [window_spec(window), repr(full if hint is None else hint)]
        return args

    # -- leases --------------------------------------------------------------------------------

    def hold(self, lease_id: str) -> None:
        """Keep ``lease_id`` (granted) alive until it is given back."""
        self.held.add(lease_id)
        if self._renewer is None or self._renewer.done():
            self._renewer = asyncio.get_running_loop().create_task(self._renew_loop())

    def restore_leases(self) -> None:
        """Redis lost its state (a restart): put the held leases back now, not at the next
        renewal."""
        if self.held:
            self._renew_now.set()

    async def give_back(self, lease_id: str) -> None:
        """Release a held lease (one given back already, by aclose say, is left alone)."""
        if lease_id not in self.held:
            return
        self.held.discard(lease_id)
        await self.release_lease(lease_id)

    async def release_lease(self, lease_id: str) -> None:
        """Remove the lease from Redis and announce it; a failure is only logged."""
        try:
            async with self._lease_lock:
                await self.call(
                    self._release_script(keys=[self._keys[1]], args=[lease_id, self._channel])
                )
        except Unavailable as exc:
            # The lease expires on its own within `lease` seconds.
            logger.debug("rate limiter %r: release failed (%s)", self._name, exc)

    async def _renew_loop(self) -> None:
        interval = self._lease / 3
        while self.held:
            try:
                async with asyncio.timeout(interval):
                    await self._renew_now.wait()
            except TimeoutError:
                pass
            self._renew_now.clear()
            async with self._lease_lock:
                held = sorted(self.held)
                if not held:
                    break
                ttl = math.ceil(self._lease + 60)
                try:
                    await self.call(
                        self._renew_script(
                            keys=[self._keys[1]], args=[repr(self._lease), str(ttl), *held]
                        )
                    )
                except Unavailable as exc:
                    logger.debug("rate limiter %r: lease renewal failed (%s)", self._name, exc)

    # -- releases elsewhere ----------------------------------------------------------------------

    @property
    def subscribed(self) -> bool:
        """Whether releases are heard (else waiting for one polls)."""
        return self._pubsub is not None

    async def subscribe(self) -> bool:
        """Listen for releases on the channel; False if Redis failed the subscription."""
        pubsub = self._redis.pubsub()
        try:
            await self.call(pubsub.subscribe(self._channel))
        except Unavailable:
            await self._close_pubsub(pubsub)
            return False
        self._pubsub = pubsub
        return True

    async def wait_release(self, within: float) -> None:
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

    # -- closing ---------------------------------------------------------------------------------

    async def stop_renewing(self) -> None:
        """Stop the lease renewal (the first step of closing)."""
        if self._renewer is not None:
            self._renewer.cancel()
            await asyncio.gather(self._renewer, return_exceptions=True)
            self._renewer = None

    async def aclose(self) -> None:
        """Give back every held lease, stop listening, and close a client made here."""
        held, self.held = list(self.held), set()
        for lease_id in held:
            await self.release_lease(lease_id)
        await self._close_pubsub()
        if self._owns_redis:
            await self._redis.aclose()

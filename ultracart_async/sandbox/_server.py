"""The sandbox server: an aiohttp.web app on 127.0.0.1 that plays UltraCart's REST API v2.

One handler takes every request so that routing works on the raw path, and so the knobs apply in
a fixed order: concurrency cap, authentication, API version, rate limit, latency, the operation,
then (maybe) a fault. Faults come after the operation ran: a failed insert may still have
inserted, exactly the case a client must survive.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import email.utils
import hashlib
import math
import random
import time
from collections import deque
from collections.abc import Callable
from typing import Any, Final, Self
from urllib.parse import parse_qsl

import orjson
from aiohttp import web

from . import _api_customers, _api_other
from ._config import FaultKind, RetryAfterMode, SandboxConfig
from ._customers_data import EXPANSIONS
from ._http import JSON_CONTENT_TYPE, ApiError, Call, Reply, error_body, header_safe
from ._routes import Route, Router
from ._stats import RequestLogEntry, SandboxStats
from ._world import World

__all__ = ["API_VERSION", "Sandbox", "run_sandbox"]

#: The ``X-UltraCart-Api-Version`` of UltraCart's REST API v2, the header a request carries.
API_VERSION: Final = "2017-03-01"
BASE_PATH: Final = "/rest/v2"
CONTROL_PATH: Final = "/__sandbox"
#: The simple key a :class:`Sandbox` accepts unless told another (it is no secret).
DEFAULT_SIMPLE_KEY: Final = "sandbox-simple-key-0123456789abcdef"
#: The OAuth token a :class:`Sandbox` accepts unless told another (it is no secret).
DEFAULT_OAUTH_TOKEN: Final = "sandbox-oauth-token-0123456789abcdef"
_ALLOWED_HOST: Final = "127.0.0.1"
_CHURN_TICK: Final = 0.05

_ROUTER: Final = Router(_api_customers.ROUTES + _api_other.ROUTES)

_PROXY_PAGES: Final = {
    502: b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    b"<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n",
    503: b"<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n"
    b"<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n"
    b"<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
}


class _RateLimited(ApiError):
    def __init__(self, message: str, wait: float) -> None:
        super().__init__(429, message)
        self.wait = wait


class _TokenBucket:
    """``rate`` tokens per ``per`` seconds, bucket of ``rate``: UltraCart's leaky bucket."""

    def __init__(self, rate: int, per: float, clock: Callable[[], float]) -> None:
        self.rate = rate
        self.per = per
        self._clock = clock
        self._tokens = float(rate)
        self._updated = clock()

    def take(self) -> float:
        """0.0 when a token was taken, else the seconds until one is available."""
        now = self._clock()
        refill = (now - self._updated) * self.rate / self.per
        self._tokens = min(float(self.rate), self._tokens + refill)
        self._updated = now
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return 0.0
        return (1.0 - self._tokens) * self.per / self.rate


def _format_window(per: float) -> str:
    return str(int(per)) if float(per).is_integer() else f"{per:g}"


def _check_arguments(host: str, port: int, counts: dict[str, int]) -> None:
    """Refuse a host other than loopback, a port out of range, a negative count."""
    if host != _ALLOWED_HOST:
        raise ValueError(
            f"the sandbox only listens on {_ALLOWED_HOST} (loopback); refusing host {host!r}"
        )
    for name, value in counts.items():
        if value < 0:
            raise ValueError(f"{name} must be >= 0, got {value}")
    if not 0 <= port <= 65535:
        raise ValueError(f"port must be within 0..65535, got {port}")


def _route_of(
    method: str, path: str
) -> tuple[Route | None, dict[str, str] | None, ApiError | None]:
    """The route and parameters of a request path, or the error to answer once the
    request has passed the checks every request passes."""
    if path != BASE_PATH and not path.startswith(BASE_PATH + "/"):
        return None, None, ApiError(404, f"Not found: the API lives under {BASE_PATH}.")
    try:
        parts = _ROUTER.split(path[len(BASE_PATH) + 1 :])
        route, params = _ROUTER.resolve(method, parts)
    except ApiError as exc:
        return None, None, exc
    return route, params, None


async def _read_call(
    request: web.BaseRequest, op: str, params: dict[str, str], raw_query: str
) -> Call:
    """What a route's handler sees of a request: its query, body and form fields."""
    try:
        query = dict(reversed(parse_qsl(raw_query, keep_blank_values=True, errors="strict")))
    except UnicodeDecodeError:
        raise ApiError(400, "The query string is not valid UTF-8.") from None
    body = await request.read()
    form: dict[str, str] = {}
    if body and request.content_type == "application/x-www-form-urlencoded":
        form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    return Call(method=request.method, op=op, params=params, query=query, body=body, form=form)


class Sandbox:
    """A fake UltraCart server in this process. Use it as an async context manager::

        async with Sandbox(customers=500, seed=1) as sb:
            headers = {"x-ultracart-simple-key": sb.simple_key,
                       "X-UltraCart-Api-Version": "2017-03-01"}
            async with session.get(f"{sb.base_url}/customer/customers", headers=headers) as r:
                ...

    Data arguments: ``customers``, ``webhooks``, ``webhook_logs`` (per webhook),
    ``workflow_tasks``, ``users`` (also the workflow assignment users) and ``groups`` (also the
    assignment groups). ``seed`` makes everything reproducible. ``warm=True`` renders every
    customer's JSON at start so the first pages cost no more than later ones. Knobs are the fields
    of :class:`SandboxConfig`, given as keyword arguments or as ``config=``.
    """

    def __init__(
        self,
        *,
        customers: int = 250,
        seed: int = 0,
        webhooks: int = 5,
        webhook_logs: int = 25,
        workflow_tasks: int = 300,
        users: int = 8,
        groups: int = 3,
        host: str = _ALLOWED_HOST,
        port: int = 0,
        simple_key: str = DEFAULT_SIMPLE_KEY,
        oauth_token: str = DEFAULT_OAUTH_TOKEN,
        warm: bool = False,
        config: SandboxConfig | None = None,
        **knobs: Any,
    ) -> None:
        counts = {
            "customers": customers,
            "webhooks": webhooks,
            "webhook_logs": webhook_logs,
            "workflow_tasks": workflow_tasks,
            "users": users,
            "groups": groups,
        }
        _check_arguments(host, port, counts)
        if config is not None and knobs:
            raise TypeError("pass knobs either as keyword arguments or as config=, not both")
        self.config: SandboxConfig = config if config is not None else SandboxConfig(**knobs)
        self.seed = seed
        self.simple_key = simple_key
        self.oauth_token = oauth_token
        self._host = host
        self._requested_port = port
        self._counts = counts
        self._warm = warm
        self.world: World | None = None
        self._runner: web.ServerRunner | None = None
        self._port: int | None = None
        self._churn_task: asyncio.Task[None] | None = None
        self._seq = 0
        self._latency_rng = random.Random(f"ultracart-sandbox:latency:{seed}")
        self._fault_rng = random.Random(f"ultracart-sandbox:faults:{seed}")
        self._churn_rng = random.Random(f"ultracart-sandbox:churn:{seed}")
        self._bucket: _TokenBucket | None = None
        self.stats: SandboxStats = SandboxStats(connections=self._open_connections)

    # -- lifecycle ------------------------------------------------------------------------------

    async def start(self) -> Self:
        """Generate the data and start listening. Idempotent-unsafe: call once."""
        if self._runner is not None:
            raise RuntimeError("the sandbox is already started")
        counts = self._counts
        self.world = World(
            seed=self.seed,
            customers=counts["customers"],
            webhooks=counts["webhooks"],
            webhook_logs=counts["webhook_logs"],
            workflow_tasks=counts["workflow_tasks"],
            users=counts["users"],
            groups=counts["groups"],
        )
        if self._warm:
            self.world.customers.warm(EXPANSIONS)
        self.stats.request_log = deque(maxlen=self.config.request_log_size)
        server = web.Server(self._handle, access_log=None)
        # shutdown_timeout: a client's idle keep-alive connection must not hold close() up.
        runner = web.ServerRunner(server, shutdown_timeout=0.25)
        await runner.setup()
        site = web.TCPSite(runner, self._host, self._requested_port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        address = runner.addresses[0]
        self._port = int(address[1])
        self._churn_task = asyncio.create_task(self._churn(), name="ultracart-sandbox-churn")
        return self

    async def close(self) -> None:
        """Stop listening and close every connection. Safe to call twice."""
        if self._churn_task is not None:
            self._churn_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._churn_task
            self._churn_task = None
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # -- addresses and credentials --------------------------------------------------------------

    @property
    def port(self) -> int:
        """The TCP port (chosen by the OS when 0 was asked)."""
        if self._port is None:
            raise RuntimeError("the sandbox is not started")
        return self._port

    @property
    def root_url(self) -> str:
        """``http://127.0.0.1:<port>``: the control endpoints live under ``/__sandbox``."""
        return f"http://{self._host}:{self.port}"

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>/rest/v2``: what a client uses instead of UltraCart's."""
        return self.root_url + BASE_PATH

    @property
    def headers(self) -> dict[str, str]:
        """Headers of a valid request (simple key and API version), for quick tests."""
        return {"x-ultracart-simple-key": self.simple_key, "X-UltraCart-Api-Version": API_VERSION}

    # -- knobs and ground truth -----------------------------------------------------------------

    def configure(self, **changes: Any) -> SandboxConfig:
        """Change several knobs at once (validated, all or nothing); returns the config."""
        self.config.update(changes)
        return self.config

    def _world(self) -> World:
        if self.world is None:
            raise RuntimeError("the sandbox is not started")
        return self.world

    def live_ids(self) -> frozenset[int]:
        """The customer_profile_oids that exist right now (ground truth)."""
        return frozenset(self._world().customers.order)

    def snapshot_ids(self) -> frozenset[int]:
        """Take the set of live customer_profile_oids now: intersect snapshots taken before and
        after an export to get the customers that lived throughout it."""
        return self.live_ids()

    def customer(self, oid: int) -> dict[str, Any] | None:
        """A copy of the fully expanded stored customer, or None."""
        record = self._world().customers.get(oid)
        return copy.deepcopy(record) if record is not None else None

    def customer_json(self, oid: int, expand: tuple[str, ...] = ()) -> bytes:
        """The exact bytes the API would send for this customer with ``expand``."""
        return self._world().customers.render(oid, tuple(p for p in EXPANSIONS if p in expand))

    def reset_stats(self) -> None:
        """Zero the counters and clear the request log."""
        self.stats.reset()

    async def wait_idle(self, within: float = 2.0) -> bool:
        """Wait up to ``within`` seconds until no request is in flight and no connection is
        open (a client's close reaches the server a moment later); False if that never came."""
        deadline = time.monotonic() + within
        while self.stats.in_flight or self.stats.open_connections:
            if time.monotonic() >= deadline:
                return False
            await asyncio.sleep(0.01)
        return True

    def _open_connections(self) -> int:
        runner = self._runner
        if runner is None or runner.server is None:
            return 0
        return len(runner.server.connections)

    # -- churn ----------------------------------------------------------------------------------

    async def _churn(self) -> None:
        due_inserts = due_deletes = due_updates = 0.0
        last = time.monotonic()
        while True:
            await asyncio.sleep(_CHURN_TICK)
            now = time.monotonic()
            elapsed, last = now - last, now
            cfg = self.config
            due_inserts += cfg.churn_inserts_per_sec * elapsed
            due_deletes += cfg.churn_deletes_per_sec * elapsed
            due_updates += cfg.churn_updates_per_sec * elapsed
            world = self._world()
            while due_updates >= 1.0:
                due_updates -= 1.0
                if world.churn_update(self._churn_rng) is None:
                    due_updates = 0.0
                    break
                self.stats.churn_updated += 1
            while due_inserts >= 1.0:
                due_inserts -= 1.0
                world.churn_insert(self._churn_rng)
                self.stats.churn_inserted += 1
            while due_deletes >= 1.0:
                due_deletes -= 1.0
                order = world.customers.order
                if not order:
                    due_deletes = 0.0
                    break
                world.delete_customer(order[int(self._churn_rng.random() * len(order))])
                self.stats.churn_deleted += 1

    # -- request handling -----------------------------------------------------------------------

    async def _handle(self, request: web.BaseRequest) -> web.StreamResponse:
        path, _, raw_query = request.raw_path.partition("?")
        if path == CONTROL_PATH or path.startswith(CONTROL_PATH + "/"):
            return await self._control(request, path, raw_query)
        self._seq += 1
        stats = self.stats
        stats.in_flight += 1
        stats.max_in_flight = max(stats.max_in_flight, stats.in_flight)
        try:
            return await self._serve(request, self._seq, path, raw_query)
        finally:
            stats.in_flight -= 1

    def _request_id(self, n: int) -> str:
        return hashlib.blake2b(f"{self.seed}:{n}".encode(), digest_size=16).hexdigest()

    def _check_credentials(self, request: web.BaseRequest, op: str | None) -> None:
        headers = request.headers
        key = headers.get("x-ultracart-simple-key")
        bearer = headers.get("Authorization", "")
        browser = headers.get("x-ultracart-browser-key")
        if key is not None and key == self.simple_key:
            return
        scheme, _, token = bearer.partition(" ")
        if scheme.lower() == "bearer" and token.strip() == self.oauth_token:
            return
        if op == "searchCustomerProfileValues" and browser == self.simple_key:
            # The one operation of these groups that also takes a browser key.
            return
        if key is None and not bearer and browser is None:
            raise ApiError(
                401,
                "Missing credentials: send x-ultracart-simple-key or Authorization: Bearer.",
                user_message="Permission denied.",
            )
        raise ApiError(401, "Invalid credentials.", user_message="Permission denied.")

    def _check_limits(self) -> None:
        cfg = self.config
        if cfg.rate_limit is None:
            self._bucket = None
            return
        bucket = self._bucket
        if bucket is None or bucket.rate != cfg.rate_limit or bucket.per != cfg.rate_limit_per:
            bucket = self._bucket = _TokenBucket(cfg.rate_limit, cfg.rate_limit_per, time.monotonic)
        wait = bucket.take()
        if wait > 0:
            self.stats.rate_limited += 1
            self.stats.rate_limited_bucket += 1
            window = _format_window(cfg.rate_limit_per)
            message = f"rate of {cfg.rate_limit} per {window} second(s) exceeded."
            raise _RateLimited(message, wait)

    async def _serve(
        self, request: web.BaseRequest, n: int, path: str, raw_query: str
    ) -> web.StreamResponse:
        cfg = self.config
        world = self._world()
        headers = {"X-UltraCart-Request-Id": self._request_id(n)}
        route, params, route_error = _route_of(request.method, path)
        op = "unrouted" if route is None else route.op
        fault: FaultKind | None = None
        reply: Reply
        try:
            # A request UltraCart refuses at its door is refused before the route's 404/405.
            self._admit(request, op, cfg)
            if route_error is not None:
                raise route_error
            assert route is not None
            assert params is not None
            await self._pause(cfg)
            call = await _read_call(request, op, params, raw_query)
            try:
                reply = route.handler(world, call)
            finally:
                # Decided after the handler ran: the write (if any) has happened.
                fault = self._draw_fault(cfg)
        except ApiError as exc:
            reply = self._error_reply(exc, cfg)
        if fault is not None:
            return await self._inject(request, fault, reply, headers, op, path, raw_query)
        response = self._response(reply, headers)
        self._log(request, path, raw_query, op, reply.status, None)
        return response

    def _admit(self, request: web.BaseRequest, op: str, cfg: SandboxConfig) -> None:
        """Refuse a request as UltraCart would before running it: too many in flight,
        wrong credentials, no API version header, over the rate limit."""
        if cfg.max_in_flight is not None and self.stats.in_flight > cfg.max_in_flight:
            self.stats.rate_limited += 1
            self.stats.rate_limited_concurrency += 1
            raise _RateLimited(
                f"Too many concurrent requests: {self.stats.in_flight} in flight, "
                f"the limit is {cfg.max_in_flight}. Do not perform concurrent requests.",
                1.0,
            )
        self._check_credentials(request, op)
        if request.headers.get("X-UltraCart-Api-Version") is None:
            raise ApiError(
                400,
                "Requests must specify the header X-UltraCart-Api-Version: 2017-03-01.",
            )
        self._check_limits()

    async def _pause(self, cfg: SandboxConfig) -> None:
        """The configured latency, with its jitter."""
        delay = cfg.latency
        if cfg.latency_jitter:
            delay += self._latency_rng.uniform(-cfg.latency_jitter, cfg.latency_jitter)
        if delay > 0:
            await asyncio.sleep(delay)

    def _draw_fault(self, cfg: SandboxConfig) -> FaultKind | None:
        """The fault to inject into this answer, if the dice say so."""
        if cfg.fault_rate > 0 and self._fault_rng.random() < cfg.fault_rate:
            kinds = sorted(cfg.fault_kinds)
            if kinds:
                return kinds[int(self._fault_rng.random() * len(kinds))]
        return None

    def _error_reply(self, exc: ApiError, cfg: SandboxConfig) -> Reply:
        headers = {"UC-REST-ERROR": header_safe(exc.message)}
        if isinstance(exc, _RateLimited) and cfg.retry_after is not RetryAfterMode.NONE:
            if cfg.retry_after is RetryAfterMode.SECONDS:
                headers["Retry-After"] = str(max(1, math.ceil(exc.wait)))
            else:
                headers["Retry-After"] = email.utils.formatdate(
                    time.time() + max(1.0, math.ceil(exc.wait)), usegmt=True
                )
        return Reply(exc.status, error_body(exc.message, exc.user_message), headers=headers)

    @staticmethod
    def _response(reply: Reply, headers: dict[str, str]) -> web.Response:
        all_headers = {**headers, **reply.headers}
        if reply.content_type is not None:
            all_headers["Content-Type"] = reply.content_type
        if reply.status == 204:
            return web.Response(status=204, headers=all_headers)
        return web.Response(status=reply.status, body=reply.body, headers=all_headers)

    def _log(
        self,
        request: web.BaseRequest,
        path: str,
        raw_query: str,
        op: str,
        status: int,
        fault: FaultKind | None,
    ) -> None:
        self.stats.record(
            RequestLogEntry(
                method=request.method,
                raw_path=path,
                raw_query=raw_query,
                op=op,
                status=status,
                fault=str(fault) if fault is not None else None,
            )
        )

    async def _inject(
        self,
        request: web.BaseRequest,
        fault: FaultKind,
        reply: Reply,
        headers: dict[str, str],
        op: str,
        path: str,
        raw_query: str,
    ) -> web.StreamResponse:
        transport = request.transport
        if fault is FaultKind.RESET:
            self._log(request, path, raw_query, op, 0, fault)
            if transport is not None:
                transport.abort()
            # Nothing reaches the client: the transport is gone.
            return web.Response(status=204)
        if fault is FaultKind.TRUNCATE:
            self._log(request, path, raw_query, op, reply.status, fault)
            full = reply.body or b'{"success":true}'
            response = web.StreamResponse(status=reply.status if reply.status != 204 else 200)
            response.headers.update(headers)
            response.headers["Content-Type"] = reply.content_type or JSON_CONTENT_TYPE
            response.content_length = len(full)
            await response.prepare(request)
            await response.write(full[: len(full) // 2])
            if transport is not None:
                transport.close()
            return response
        status = int(fault.value)
        self._log(request, path, raw_query, op, status, fault)
        if status == 500:
            message = "An internal server error occurred. Please try again."
            return self._response(
                Reply(500, error_body(message), headers={"UC-REST-ERROR": message}), headers
            )
        # 502/503 come from the proxy in front of the API: HTML, no UltraCart headers.
        return web.Response(
            status=status,
            body=_PROXY_PAGES[status],
            headers={"Content-Type": "text/html"},
        )

    # -- control surface ------------------------------------------------------------------------

    async def _control(self, request: web.BaseRequest, path: str, raw_query: str) -> web.Response:
        query = dict(parse_qsl(raw_query))
        route = (request.method, path[len(CONTROL_PATH) :])

        def json(value: Any, status: int = 200) -> web.Response:
            return web.Response(
                status=status, body=orjson.dumps(value), headers={"Content-Type": JSON_CONTENT_TYPE}
            )

        if route == ("GET", "/stats"):
            tail = query.get("log_tail")
            return json(self.stats.to_json(log_tail=int(tail) if tail else None))
        if route == ("POST", "/stats/reset"):
            self.reset_stats()
            return web.Response(status=204)
        if route == ("GET", "/config"):
            return json(self.config.to_json())
        if route == ("POST", "/config"):
            try:
                changes = orjson.loads(await request.read())
                if not isinstance(changes, dict):
                    raise ValueError("expected a JSON object of settings")
                self.config.update(changes)
            except (ValueError, TypeError) as exc:
                return json({"error": str(exc)}, status=400)
            return json(self.config.to_json())
        if route == ("GET", "/ids"):
            return json({"customer_profile_oids": sorted(self.live_ids())})
        if route == ("GET", "/info"):
            return json(
                {
                    "base_url": self.base_url,
                    "simple_key": self.simple_key,
                    "oauth_token": self.oauth_token,
                    "seed": self.seed,
                    "api_version": API_VERSION,
                    **self._counts,
                }
            )
        return json({"error": f"unknown control endpoint {request.method} {path}"}, status=404)


def run_sandbox(**kwargs: Any) -> Sandbox:
    """``async with run_sandbox(customers=100, seed=1) as sb:`` — same arguments as Sandbox."""
    return Sandbox(**kwargs)

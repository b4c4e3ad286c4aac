"""The one aiohttp session: headers, auth, URL encoding, limiter and retries, error mapping.

Every request of the SDK, typed or raw, travels through :meth:`Transport.request`.
"""

from __future__ import annotations

import asyncio
import logging
import platform
import re
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from datetime import date, datetime
from typing import Any, Literal, TypeVar
from urllib.parse import quote

import aiohttp
import attrs
import orjson
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from . import _response
from ._auth import Credential
from ._config import (
    API_VERSION,
    DEFAULT_MAX_RESPONSE_BYTES,
    RequestOptions,
    RetryPolicy,
    Timeouts,
    check_max_response_bytes,
)
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    RateLimitError,
    ResponseTooLargeError,
    UltraCartError,
    excerpt,
    status_error_class,
)
from ._ratelimit import Limiter, TokenBucketLimiter, window_from_error_text
from ._response import APIResponse
from ._retry import RETRYABLE_STATUSES, backoff_delay, dns_failure, parse_retry_after
from ._version import __version__

__all__ = ["Transport", "build_url", "encode_query_value"]

logger = logging.getLogger("ultracart_async")

USER_AGENT = (
    f"ultracart-async/{__version__} aiohttp/{aiohttp.__version__} "
    f"Python/{platform.python_version()}"
)

_HEADERS = {
    "X-UltraCart-Api-Version": API_VERSION,
    "Accept": "application/json",
    "User-Agent": USER_AGENT,
}
_JSON_HEADERS = {**_HEADERS, "Content-Type": "application/json; charset=UTF-8"}
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
# aiohttp 3.13's own refusal of a read that inflates too far (absent before 3.13).
_DecompressSizeError: type[Exception] | None = getattr(
    aiohttp.http_exceptions, "DecompressSizeError", None
)
#: Methods that aiohttp labels application/octet-stream when they carry no body.
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_NO_OPTIONS = RequestOptions()


def encode_query_value(value: object) -> str:
    """One query value as UltraCart expects it: booleans as true/false, lists comma-joined,
    datetimes in ISO 8601."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ",".join(encode_query_value(v) for v in value)
    return str(value)


def _quote(what: str, text: str, safe: str) -> str:
    try:
        return quote(text, safe=safe)
    except UnicodeEncodeError:
        # A lone surrogate (from a bad decode upstream) has no UTF-8 form to send.
        raise ConfigurationError(f"{what} is not valid Unicode text (a lone surrogate?)") from None


def _encode_segment(name: str, value: object) -> str:
    if value is None or isinstance(value, bool):
        raise ConfigurationError(f"path parameter {name!r} must be given, got {value!r}")
    text = str(value)
    if not text:
        raise ConfigurationError(f"path parameter {name!r} must not be empty")
    encoded = _quote(f"path parameter {name!r}", text, "")
    if encoded in (".", ".."):
        # A bare dot segment would be collapsed by URL normalisation ("by_email/.." would
        # name the customer list). Percent-encoded and sent as an already-encoded URL,
        # it reaches the server as the literal value.
        encoded = encoded.replace(".", "%2E")
    return encoded


def build_url(
    base_url: str,
    path: str,
    path_params: Mapping[str, object] | None = None,
    params: Mapping[str, object] | None = None,
) -> URL:
    """The request URL: path parameters percent-encoded (``/``, ``+``, ``?``, ``#``, ``%``,
    spaces and dots included), query values encoded so a ``+`` survives, None dropped."""
    values = path_params or {}

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise ConfigurationError(f"path parameter {name!r} is missing for {path}")
        return _encode_segment(name, values[name])

    text = base_url.rstrip("/") + _PLACEHOLDER.sub(substitute, path)
    if params:
        pairs = [
            f"{_quote('query parameter', key, '')}="
            f"{_quote(f'query parameter {key!r}', encode_query_value(value), ',')}"
            for key, value in params.items()
            if value is not None
        ]
        if pairs:
            text += "?" + "&".join(pairs)
    # Built already encoded, so yarl neither re-encodes nor normalises dot segments.
    return URL(text, encoded=True)


@attrs.define
class _Call:
    """One call's settings, fixed before the first attempt, and its progress across attempts."""

    method: str
    path: str
    url: URL
    url_text: str
    body: bytes | None
    headers: Mapping[str, str]
    repeatable: bool
    expects_body: bool
    max_attempts: int
    per_attempt: float | None
    deadline: float | None
    started: float
    attempt: int = 0
    throttled: int = 0
    refreshed: bool = False
    #: When the first attempt was sent: the start of the first-contact budget.
    first_sent: float | None = None
    last_error: APIError | None = None


@attrs.define
class _Answer:
    """What the server sent back for one attempt."""

    status: int
    reason: str
    headers: CIMultiDictProxy[str]
    payload: bytes


@attrs.define
class _Failure:
    """An attempt that failed, and what that allows next."""

    error: APIError
    retryable: bool
    retry_after: float | None = None
    #: A failure to connect to a host that has never answered this client.
    unreached: bool = False


_T = TypeVar("_T")

_OTHER_LOOP = (
    "this UltraCartClient is in use by another event loop that is still open (another "
    "thread's): its connections live in that loop. Create one client per event loop"
)
_FOREIGN_SESSION_ENDED = (
    "the aiohttp.ClientSession given to UltraCartClient(session=...) belongs to an event loop "
    "that has ended; give the client a session created in the running loop"
)


async def _close_with_loop(session: aiohttp.ClientSession) -> AsyncGenerator[None, None]:
    """Keeps ``session`` open while its loop runs and closes it when the loop shuts down.

    ``asyncio.run()`` (and ``asyncio.Runner``) closes every async generator still open before
    it closes the loop, so a client that was never closed still closes its session, and its
    connections, inside the loop that owns them: nothing is left to leak or to fail with
    "Event loop is closed" later.
    """
    try:
        yield
    finally:
        await session.close()


class Transport:
    """Owns the aiohttp session and sends every request through the limiter and retries.

    Not public: users reach it through :class:`ultracart_async.UltraCartClient`.
    """

    def __init__(
        self,
        *,
        base_url: str,
        credential: Credential,
        limiter: Limiter,
        timeouts: Timeouts,
        retry: RetryPolicy,
        session: aiohttp.ClientSession | None = None,
        connection_limit: int = 100,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.base_url: str = base_url.rstrip("/")
        self.credential: Credential = credential
        self.limiter: Limiter = limiter
        self.timeouts: Timeouts = timeouts
        self.retry: RetryPolicy = retry
        self.max_response_bytes: int = check_max_response_bytes(max_response_bytes)
        self._session = session
        self._owns_session = session is None
        self._connection_limit = connection_limit
        self._state: Literal["unopened", "opened", "closed"] = "unopened"
        self._loop: asyncio.AbstractEventLoop | None = None
        self._guard: AsyncGenerator[None, None] | None = None
        # Whether the API host has answered this client at least once (any status). Until
        # it has, failures to connect get the short Timeouts.first_contact budget.
        self._answered = False

    @property
    def closed(self) -> bool:
        """True once :meth:`aclose` was called."""
        return self._state == "closed"

    async def _open_session(self) -> aiohttp.ClientSession:
        """The session, created on first use inside the running loop, and again in a new loop
        once the previous one has ended."""
        if self._state == "closed":
            raise ClientClosedError(
                "this UltraCartClient is closed; create a new client "
                "(or use `async with UltraCartClient(...) as uc:` to scope one)"
            )
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            await self._move_to(loop)
        if self._session is None:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connection_limit),
                # An API client keeps no cookies: whatever the API, or a proxy in front of
                # it, sets is neither stored nor sent back. A session passed by the user
                # keeps its own jar.
                cookie_jar=aiohttp.DummyCookieJar(),
            )
            self._guard = _close_with_loop(self._session)
            await anext(self._guard)  # its first step registers it with the running loop
        if self._session.closed:
            raise ClientClosedError(
                "the aiohttp.ClientSession given to UltraCartClient(session=...) is closed"
            )
        self._state = "opened"
        return self._session

    async def _move_to(self, loop: asyncio.AbstractEventLoop) -> None:
        """Adopt ``loop``: the first one, or a new one once the previous loop has ended."""
        owner = self._loop
        if owner is not None and not owner.is_closed():
            raise ConfigurationError(_OTHER_LOOP)
        if owner is not None and not self._owns_session:
            raise ConfigurationError(_FOREIGN_SESSION_ENDED)
        if owner is not None:
            # The loop of the earlier calls has ended (a finished asyncio.run): carry on in
            # this one with a fresh session, as the default limiter carries on with its
            # tokens. The old session was closed as its loop shut down; if that loop was
            # closed without shutting down its generators, closing it now needs no loop.
            session, self._session, self._guard = self._session, None, None
            if session is not None and not session.closed:
                await session.close()
        self._loop = loop

    async def aclose(self) -> None:
        """Close the session if this transport created it. Safe to call more than once."""
        if self._state == "closed":
            return
        self._state = "closed"
        session, guard = self._session, self._guard
        self._session = self._guard = None
        if session is None or guard is None or session.closed:
            return
        owner = self._loop
        if owner is None or owner.is_closed() or owner is asyncio.get_running_loop():
            await guard.aclose()  # closes the session (with its loop closed, needing none)
        else:
            # The owning loop still runs, in another thread: its connections live there.
            await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(_aclose(guard), owner))

    async def _from_provider(self, call: _Call, what: str, ask: Callable[[], Awaitable[_T]]) -> _T:
        """Ask the OAuth token provider, with its failure or hang wrapped in the error tree."""
        clock = self.limiter.clock
        try:
            if call.deadline is None:
                return await ask()
            async with asyncio.timeout(max(0.001, call.deadline - clock.now())):
                return await ask()
        except UltraCartError:
            raise
        except TimeoutError as exc:
            raise APITimeoutError(
                f"{call.method} {call.path}: the OAuth token provider did not answer{what} "
                "before the deadline",
                method=call.method,
                url=call.url_text,
                attempts=call.attempt,
            ) from exc
        except Exception as exc:
            # Only the type: the provider's message is its own and may quote a secret.
            raise APIConnectionError(
                f"{call.method} {call.path}: the OAuth token provider failed{what} "
                f"({type(exc).__name__})",
                method=call.method,
                url=call.url_text,
                attempts=call.attempt,
            ) from exc

    async def _credential_headers(self, call: _Call) -> dict[str, str]:
        """The credential header, with a token provider's failure or hang wrapped."""
        if not self.credential.may_block:
            return await self.credential.headers()  # a key in memory: nothing to wrap
        return await self._from_provider(call, "", self.credential.headers)

    async def _refresh(self, call: _Call, sent: dict[str, str]) -> bool:
        """Ask the credential for a fresh token after a 401; True when worth another try."""
        return await self._from_provider(call, " on refresh", lambda: self.credential.refresh(sent))

    async def _release(self) -> None:
        """Give the in-flight place back, even while this task is being cancelled."""
        if type(self.limiter) is TokenBucketLimiter:
            # Its release never suspends, so no cancellation can cut it short; a shield
            # would only cost a task per request.
            await self.limiter.release()
            return
        try:
            await asyncio.shield(self.limiter.release())
        except asyncio.CancelledError:
            raise
        except Exception:
            # A shared limiter's backend failing here must not replace the call's outcome;
            # its lease expires on its own.
            logger.warning("releasing the rate limiter's slot failed", exc_info=True)

    async def request(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        params: Mapping[str, object] | None = None,
        json: Any = None,
        idempotent: bool,
        expects_body: bool = True,
        options: RequestOptions | None = None,
    ) -> APIResponse:
        """Send one call, with retries, and return its response or raise an APIError.

        Args:
            method: The HTTP method.
            path: The path below the base URL, with ``{name}`` placeholders.
            path_params: Values for the placeholders (percent-encoded here).
            params: Query parameters by wire name; None values are left out.
            json: The JSON body, already in wire form (dicts, lists, scalars).
            idempotent: Whether the operation may be repeated after an ambiguous failure.
            expects_body: Whether a 2xx answer must carry a JSON body.
            options: Per-call options.
        """
        opts = _check_options(options)
        session = await self._open_session()
        call = self._new_call(
            method, path, path_params, params, json, idempotent, expects_body, opts
        )
        while True:
            call.attempt += 1
            outcome = await self._attempt(session, call)
            if isinstance(outcome, APIResponse):
                return outcome
            call.last_error = outcome.error
            delay = self._retry_delay(call, outcome)
            if delay is None:
                raise outcome.error
            logger.info(
                "%s %s: attempt %d failed (%s); retrying in %.2fs",
                method,
                path,
                call.attempt,
                _short(outcome.error),
                delay,
            )
            if delay > 0:
                await self.limiter.clock.sleep(delay)

    def _new_call(
        self,
        method: str,
        path: str,
        path_params: object,
        params: object,
        json: Any,
        idempotent: bool,
        expects_body: bool,
        opts: RequestOptions,
    ) -> _Call:
        url = build_url(
            self.base_url,
            path,
            _check_mapping("path_params", path_params),
            _check_mapping("params", params),
        )
        body = _encode_json(json)
        started = self.limiter.clock.now()
        total = opts.deadline if opts.deadline is not None else self.timeouts.total
        return _Call(
            method=method,
            path=path,
            url=url,
            url_text=str(url),
            body=body,
            # A POST or PUT without a body still says JSON, as UltraCart's own SDK does;
            # aiohttp would otherwise label it application/octet-stream.
            headers=_JSON_HEADERS if body is not None or method in _BODY_METHODS else _HEADERS,
            repeatable=idempotent or opts.retry_unsafe,
            expects_body=expects_body,
            max_attempts=opts.max_attempts or self.retry.max_attempts,
            per_attempt=opts.timeout if opts.timeout is not None else self.timeouts.read,
            deadline=started + total if total is not None else None,
            started=started,
        )

    async def _attempt(self, session: aiohttp.ClientSession, call: _Call) -> APIResponse | _Failure:
        """One attempt: credential, a limiter slot, the exchange, and what it came to."""
        credential = await self._credential_headers(call)
        try:
            await self.limiter.acquire(deadline=call.deadline)
        except RateLimitError as exc:
            if call.last_error is not None:
                raise call.last_error from exc
            exc.method, exc.url, exc.attempts = call.method, call.url_text, call.attempt
            raise
        if call.first_sent is None:
            call.first_sent = self.limiter.clock.now()
        try:
            try:
                answer = await self._send(session, call, {**call.headers, **credential})
            finally:
                await self._release()
        except (TimeoutError, aiohttp.ClientError) as exc:
            return self._exchange_failure(call, exc)
        return await self._handle_answer(call, answer, credential)

    async def _send(
        self, session: aiohttp.ClientSession, call: _Call, headers: dict[str, str]
    ) -> _Answer:
        # allow_redirects=False: aiohttp drops only Authorization on a redirect to another
        # host, so a redirect (a misconfigured proxy, say) sent the x-ultracart-simple-key
        # to whatever host it named. UltraCart's API does not redirect; a 3xx is raised as an
        # APIStatusError instead.
        async with session.request(
            call.method,
            call.url,
            data=call.body,
            headers=headers,
            timeout=self._timeout(call),
            allow_redirects=False,
        ) as resp:
            # Any answer, an error included, shows the host is there: from now on, failures
            # to connect get the patient policy.
            self._answered = True
            payload = await self._read_body(call, resp)
            return _Answer(resp.status, resp.reason or "", resp.headers, payload)

    async def _read_body(self, call: _Call, resp: aiohttp.ClientResponse) -> bytes:
        """The body, decompressed, refused as soon as it grows past ``max_response_bytes``."""
        limit = self.max_response_bytes
        declared = resp.content_length
        if (
            declared is not None
            and declared > limit
            and call.method != "HEAD"
            and "Content-Encoding" not in resp.headers
        ):
            raise self._too_large(call, resp)
        chunks: list[bytes] = []
        size = 0
        try:
            # aiohttp decompresses in bounded steps as the body is read (3.14; 3.13 refuses
            # a single read that inflates past 32 MiB), so this counts the decompressed size
            # without ever holding much more than the cap.
            while chunk := await resp.content.readany():
                size += len(chunk)
                if size > limit:
                    raise self._too_large(call, resp)
                chunks.append(chunk)
        except aiohttp.ClientPayloadError as exc:
            if _DecompressSizeError is not None and isinstance(exc.__cause__, _DecompressSizeError):
                raise self._too_large(call, resp) from exc
            raise
        return b"".join(chunks)

    def _too_large(self, call: _Call, resp: aiohttp.ClientResponse) -> ResponseTooLargeError:
        resp.close()  # drop the connection rather than read the rest of the body
        return ResponseTooLargeError(
            f"{call.method} {call.path}: the body of the {resp.status} answer is larger than "
            f"max_response_bytes ({self.max_response_bytes:,} bytes, counted after "
            "decompression); not retried. Pass UltraCartClient(max_response_bytes=...) "
            "if such a body is expected",
            method=call.method,
            url=call.url_text,
            limit=self.max_response_bytes,
            status=resp.status,
            headers=resp.headers,
            attempts=call.attempt,
        )

    def _timeout(self, call: _Call) -> aiohttp.ClientTimeout:
        """This attempt's timeouts: per attempt, within the deadline and first-contact budget."""
        now = self.limiter.clock.now()
        total = call.per_attempt
        if call.deadline is not None:
            remaining = max(0.001, call.deadline - now)
            total = remaining if total is None else min(total, remaining)
        connect = self.timeouts.connect
        budget = self._first_contact_left(call, now)
        if budget is not None:
            connect = max(0.001, budget if connect is None else min(connect, budget))
        return aiohttp.ClientTimeout(total=total, connect=connect)

    def _first_contact_left(self, call: _Call, now: float) -> float | None:
        """Seconds left of the call's first-contact budget; None once the host has answered
        (or with the budget turned off)."""
        budget = self.timeouts.first_contact
        if self._answered or budget is None or call.first_sent is None:
            return None
        return call.first_sent + budget - now

    def _exchange_failure(self, call: _Call, exc: TimeoutError | aiohttp.ClientError) -> _Failure:
        """An exchange that got no usable answer, mapped into the error tree."""
        if isinstance(exc, aiohttp.ConnectionTimeoutError):
            # No connection, so nothing was sent: safe to try again whatever the operation.
            error: APIError = APITimeoutError(
                f"{call.method} {call.path}: no connection to {call.url.host} in time"
                + self._unreached_note(),
                method=call.method,
                url=call.url_text,
            )
            error.__cause__ = exc
            return _Failure(error, True, unreached=not self._answered)
        if isinstance(exc, TimeoutError):  # aiohttp's ServerTimeoutError is one
            error = APITimeoutError(
                f"{call.method} {call.path} timed out", method=call.method, url=call.url_text
            )
            error.__cause__ = exc
            return _Failure(error, call.repeatable)
        if isinstance(exc, aiohttp.ClientConnectorError):
            return self._connect_failure(call, exc)
        error = APIConnectionError(
            f"{call.method} {call.path} failed: {type(exc).__name__}: {exc}",
            method=call.method,
            url=call.url_text,
        )
        error.__cause__ = _without_credentials(exc)
        return _Failure(error, call.repeatable)

    def _connect_failure(self, call: _Call, exc: aiohttp.ClientConnectorError) -> _Failure:
        """A failure to connect: nothing was sent, so any operation may be tried again."""
        host = call.url.host
        reason = exc.strerror or exc
        dns = dns_failure(exc.os_error)
        unreached = not self._answered
        if dns is None or dns == "other":
            what = f"cannot connect to {host}: {reason}" + self._unreached_note()
            retryable = not isinstance(exc, aiohttp.ClientSSLError)
        elif dns == "temporary":
            # A resolver that cannot answer now is everyday weather: the patient policy.
            what, retryable, unreached = f"cannot resolve {host} now: {reason}", True, False
        elif unreached:
            # NXDOMAIN before the host ever answered: a typo, or the wrong environment.
            what, retryable = f"cannot resolve {host}: {reason} (no such host; not retried)", False
        else:
            what, retryable = f"cannot resolve {host}: {reason}", True
        error = APIConnectionError(what, method=call.method, url=call.url_text)
        error.__cause__ = exc
        return _Failure(error, retryable, unreached=unreached)

    def _unreached_note(self) -> str:
        budget = self.timeouts.first_contact
        if self._answered or budget is None:
            return ""
        return (
            " (this host has not answered this client yet: retried for at most "
            f"Timeouts.first_contact, {budget:g} s)"
        )

    async def _handle_answer(
        self, call: _Call, answer: _Answer, credential: dict[str, str]
    ) -> APIResponse | _Failure:
        """A response: the result, or a failure and whether it may be retried."""
        status = answer.status
        if status != 429:
            self.limiter.record_success()
        if 200 <= status < 300:
            return self._success(call, answer)
        error = _status_error(
            call.method,
            call.path,
            call.url_text,
            status,
            answer.reason,
            answer.headers,
            answer.payload,
        )
        retry_after = parse_retry_after(answer.headers.get("Retry-After"))
        if status == 429:
            call.throttled += 1
            self.limiter.record_throttle(
                retry_after=retry_after, error_text=answer.headers.get("UC-REST-ERROR")
            )
            return _Failure(error, True, retry_after)
        if status == 401 and not call.refreshed and await self._refresh(call, credential):
            call.refreshed = True
            call.max_attempts += 1  # the retry with a fresh token is not a failure
            return _Failure(error, True, 0.0)
        return _Failure(error, call.repeatable and status in RETRYABLE_STATUSES, retry_after)

    def _success(self, call: _Call, answer: _Answer) -> APIResponse | _Failure:
        data, problem = _decode(answer.payload, answer.status, call.expects_body)
        if problem is not None:
            error = APIResponseValidationError(
                f"{call.method} {call.path} answered {answer.status} with {problem}",
                method=call.method,
                url=call.url_text,
                status=answer.status,
                body_excerpt=excerpt(answer.payload),
                body=answer.payload,
            )
            return _Failure(error, call.repeatable)
        response = APIResponse(
            method=call.method,
            url=call.url_text,
            status=answer.status,
            headers=answer.headers,
            request_id=answer.headers.get("X-UltraCart-Request-Id"),
            attempts=call.attempt,
            throttled=call.throttled,
            data=data,
            elapsed=self.limiter.clock.now() - call.started,
        )
        logger.debug(
            "%s %s -> %d (attempt %d)", call.method, call.path, answer.status, call.attempt
        )
        _response.record(response)
        return response

    def _retry_delay(self, call: _Call, failure: _Failure) -> float | None:
        """Seconds to wait before the next attempt, or None to raise the failure now."""
        error = failure.error
        error.attempts = call.attempt
        if not failure.retryable or call.attempt >= call.max_attempts:
            logger.debug("%s %s failed for good: %s", call.method, call.path, error)
            return None
        if isinstance(error, RateLimitError):
            # The limiter now holds every caller back for the same pause, so sleeping the
            # server's Retry-After here adds no second wait; without one, the limiter alone
            # decides.
            after = failure.retry_after
            delay = 0.0 if after is None else min(self.retry.max_backoff, after)
        else:
            delay = backoff_delay(self.retry, call.attempt, failure.retry_after)
        now = self.limiter.clock.now()
        if call.deadline is not None and now + delay > call.deadline:
            logger.debug(
                "%s %s: deadline reached after %d attempts", call.method, call.path, call.attempt
            )
            return None
        left = self._first_contact_left(call, now) if failure.unreached else None
        if left is not None and delay >= left:
            logger.debug(
                "%s %s: no answer from %s within Timeouts.first_contact after %d attempts",
                call.method,
                call.path,
                call.url.host,
                call.attempt,
            )
            return None
        return delay


async def _aclose(generator: AsyncGenerator[None, None]) -> None:
    await generator.aclose()  # a coroutine, as run_coroutine_threadsafe wants


def _check_options(options: object) -> RequestOptions:
    if options is None:
        return _NO_OPTIONS
    if isinstance(options, RequestOptions):
        return options
    raise ConfigurationError(
        f"options must be a RequestOptions, got {type(options).__name__}; "
        "write options=RequestOptions(timeout=5, ...)"
    )


def _check_mapping(name: str, value: object) -> Mapping[str, object] | None:
    if value is None or isinstance(value, Mapping):
        return value
    raise ConfigurationError(
        f"{name} must be a mapping (a dict) of names to values, got {type(value).__name__}"
    )


def _encode_json(value: object) -> bytes | None:
    if value is None:
        return None
    try:
        return orjson.dumps(value)
    except TypeError as exc:  # orjson.JSONEncodeError is a TypeError
        raise ConfigurationError(f"json is not JSON-serialisable: {exc}") from None


def _decode(payload: bytes, status: int, expects_body: bool) -> tuple[Any, str | None]:
    """The JSON of a 2xx body, or None and what was wrong with it."""
    if status == 204 or not payload.strip():
        if status != 204 and expects_body:
            return None, "an empty body where JSON was expected"
        return None, None
    try:
        return orjson.loads(payload), None
    except orjson.JSONDecodeError:
        return None, "a body that is not JSON"


def _status_error(
    method: str,
    path: str,
    url_text: str,
    status: int,
    reason: str,
    headers: Mapping[str, str],
    payload: bytes,
) -> APIStatusError:
    error_body: Mapping[str, Any] | None = None
    body_excerpt = ""
    try:
        decoded = orjson.loads(payload) if payload.strip() else None
    except orjson.JSONDecodeError:
        decoded = None
        body_excerpt = excerpt(payload)
    if isinstance(decoded, dict) and isinstance(decoded.get("error"), dict):
        error_body = decoded["error"]
    elif decoded is not None:
        body_excerpt = excerpt(payload)
    uc_rest_error = headers.get("UC-REST-ERROR")
    request_id = headers.get("X-UltraCart-Request-Id")
    detail = (
        (error_body or {}).get("developer_message")
        or uc_rest_error
        or (error_body or {}).get("user_message")
        or body_excerpt
        or "empty body"
    )
    message = f"{status} {reason} from {method} {path}: {detail}".replace("  ", " ")
    if request_id:
        message += f" (request id {request_id})"
    cls = status_error_class(status)
    common: dict[str, Any] = {
        "method": method,
        "url": url_text,
        "status": status,
        "headers": headers,
        "request_id": request_id,
        "uc_rest_error": uc_rest_error,
        "error_body": error_body,
        "body_excerpt": body_excerpt,
        "body": payload,
    }
    if cls is RateLimitError:
        window = window_from_error_text(uc_rest_error)
        return RateLimitError(
            message,
            retry_after=parse_retry_after(headers.get("Retry-After")),
            window=str(window) if window else None,
            **common,
        )
    return cls(message, **common)


def _without_credentials(exc: aiohttp.ClientError) -> aiohttp.ClientError:
    """``exc`` with the credential headers masked in its ``request_info``.

    aiohttp's ClientResponseError (a malformed answer, say) keeps the request's headers,
    API key or bearer token included, and shows them in its repr; chained as the SDK error's
    ``__cause__``, that repr would reach error trackers and logs.
    """
    info = getattr(exc, "request_info", None)
    if isinstance(info, aiohttp.RequestInfo):
        headers = CIMultiDict(info.headers)
        for name in ("x-ultracart-simple-key", "Authorization"):
            if name in headers:
                headers[name] = "<redacted>"
        masked = aiohttp.RequestInfo(
            info.url, info.method, CIMultiDictProxy(headers), info.real_url
        )
        exc.request_info = masked  # type: ignore[attr-defined]
        exc.args = (masked, *exc.args[1:]) if exc.args and exc.args[0] is info else exc.args
    return exc


def _short(error: APIError) -> str:
    if isinstance(error, APIStatusError):
        return f"{error.status}"
    return type(error).__name__

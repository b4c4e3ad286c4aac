"""Every request of the SDK, typed or raw, travels through :meth:`Transport.request`.

A call is a short loop of attempts; each attempt takes these steps, each written once:

1. the credential header (:mod:`._auth`);
2. a slot from the rate limiter (:mod:`._ratelimit`);
3. the exchange, sent by a :class:`~._sender.Sender` (aiohttp unless the client was given
   another);
4. what it came to: the JSON of a 2xx, or the error of the status (:mod:`._status`), or
   of an exchange that got no answer (:mod:`._failures`);
5. whether, and after how long, to try again (:mod:`._retry`).

The call's settings and progress live in a :class:`~._call.Call`; URLs come from
:mod:`._url`.
"""

from __future__ import annotations

import asyncio
import logging
import platform
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

import aiohttp

from . import _response
from ._auth import Credential
from ._call import Call, check_mapping, check_options, encode_json
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
    RateLimitError,
    ResponseTooLargeError,
    UltraCartError,
    excerpt,
)
from ._failures import exchange_failure
from ._ratelimit import InstantRelease, Limiter
from ._response import APIResponse
from ._retry import RETRYABLE_STATUSES, Failure, parse_retry_after, retry_delay
from ._sender import CLIENT_CLOSED, AiohttpSender, Sender, SenderRequest, SenderResponse
from ._status import decode_success, status_error
from ._url import build_url
from ._version import __version__

__all__ = ["Transport"]

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
#: Methods that aiohttp labels application/octet-stream when they carry no body.
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
#: Bodies at least this large get one turn of the event loop between being read and being
#: decoded (decoding 64 KB of JSON takes about 0.3 ms; smaller ones are not worth a turn).
_YIELD_BEFORE_DECODING = 64 * 1024

_T = TypeVar("_T")


class Transport:
    """Sends every request through the credential, the limiter, the sender and retries.

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
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        sender: Sender | None = None,
    ) -> None:
        self.base_url: str = base_url.rstrip("/")
        self.credential: Credential = credential
        self.limiter: Limiter = limiter
        self.timeouts: Timeouts = timeouts
        self.retry: RetryPolicy = retry
        self.max_response_bytes: int = check_max_response_bytes(max_response_bytes)
        # The sender built here is opened and closed here; a sender given is its owner's.
        self._own_sender: AiohttpSender | None = None
        if sender is None:
            sender = self._own_sender = AiohttpSender(session)
        self.sender: Sender = sender
        self._closed = False
        # A limiter that gives its slot back at once needs no shield (nor an await).
        self._release_nowait = (
            limiter.release_nowait if isinstance(limiter, InstantRelease) else None
        )

    @property
    def closed(self) -> bool:
        """True once :meth:`aclose` was called."""
        return self._closed

    @property
    def _session(self) -> aiohttp.ClientSession | None:
        """The built-in sender's aiohttp session, if any (for tests that check its pool)."""
        return self._own_sender.session if self._own_sender is not None else None

    async def aclose(self) -> None:
        """Close the session if this transport created it. Safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        if self._own_sender is not None:
            await self._own_sender.aclose()

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
        on_read: Callable[[], object] | None = None,
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
            on_read: Called once the body of a 2xx answer has been read and its in-flight
                place given back, before the body is decoded.
        """
        opts = check_options(options)
        if self._closed:
            raise ClientClosedError(CLIENT_CLOSED)
        if self._own_sender is not None:
            await self._own_sender.open()
        call = self._new_call(
            method, path, path_params, params, json, idempotent, expects_body, opts
        )
        call.on_read = on_read
        while True:
            call.attempt += 1
            outcome = await self._attempt(call)
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
    ) -> Call:
        url = build_url(
            self.base_url,
            path,
            check_mapping("path_params", path_params),
            check_mapping("params", params),
        )
        body = encode_json(json)
        started = self.limiter.clock.now()
        total = opts.deadline if opts.deadline is not None else self.timeouts.total
        return Call(
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

    # -- one attempt -----------------------------------------------------------------------

    async def _attempt(self, call: Call) -> APIResponse | Failure:
        """One attempt: credential, a limiter slot, the exchange, and what it came to."""
        credential = self.credential.headers_nowait()
        if credential is None:
            credential = await self._from_provider(call, "", self.credential.headers)
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
                answer = await self.sender.send(self._sender_request(call, credential))
            finally:
                if self._release_nowait is not None:
                    self._release_nowait()
                else:
                    await self._release()
        except (TimeoutError, aiohttp.ClientError) as exc:
            return exchange_failure(
                call,
                exc,
                answered=self.sender.answered,
                first_contact=self.timeouts.first_contact,
            )
        if answer.too_large or len(answer.body) > self.max_response_bytes:
            raise self._too_large(call, answer)
        if call.on_read is not None and 200 <= answer.status < 300:
            call.on_read()
            # One turn of the event loop before the body is decoded (2 to 4 ms for a page of
            # 200 expanded customers): what waited for this answer (a pager's next request)
            # leaves now rather than after the decoding.
            await asyncio.sleep(0)
        elif len(answer.body) >= _YIELD_BEFORE_DECODING:
            # The same for a request queued for the in-flight place just given back.
            await asyncio.sleep(0)
        return await self._handle_answer(call, answer, credential)

    def _sender_request(self, call: Call, credential: Mapping[str, str]) -> SenderRequest:
        """This attempt as the sender takes it, with its timeouts: per attempt, within the
        deadline and the first-contact budget."""
        now = self.limiter.clock.now()
        total = call.per_attempt
        if call.deadline is not None:
            remaining = max(0.001, call.deadline - now)
            total = remaining if total is None else min(total, remaining)
        connect = self.timeouts.connect
        budget = self._first_contact_left(call, now)
        if budget is not None:
            connect = max(0.001, budget if connect is None else min(connect, budget))
        headers = {**call.headers, **credential}
        return SenderRequest(
            call.method, call.url, headers, call.body, total, connect, self.max_response_bytes
        )

    def _first_contact_left(self, call: Call, now: float) -> float | None:
        """Seconds left of the call's first-contact budget; None once the host has answered
        (or with the budget turned off)."""
        budget = self.timeouts.first_contact
        if self.sender.answered or budget is None or call.first_sent is None:
            return None
        return call.first_sent + budget - now

    async def _from_provider(self, call: Call, what: str, ask: Callable[[], Awaitable[_T]]) -> _T:
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

    async def _release(self) -> None:
        """Give the in-flight place back, even while this task is being cancelled."""
        try:
            await asyncio.shield(self.limiter.release())
        except asyncio.CancelledError:
            raise
        except Exception:
            # A shared limiter's backend failing here must not replace the call's outcome;
            # its lease expires on its own.
            logger.warning("releasing the rate limiter's slot failed", exc_info=True)

    # -- what an attempt came to -----------------------------------------------------------

    async def _handle_answer(
        self, call: Call, answer: SenderResponse, credential: Mapping[str, str]
    ) -> APIResponse | Failure:
        """A response: the result, or a failure and whether it may be retried."""
        status = answer.status
        if status != 429:
            self.limiter.record_success()
        if 200 <= status < 300:
            return self._success(call, answer)
        headers = answer.headers
        error = status_error(
            call.method, call.path, call.url_text, status, answer.reason, headers, answer.body
        )
        retry_after = parse_retry_after(headers.get("Retry-After"))
        if status == 429:
            call.throttled += 1
            self.limiter.record_throttle(
                retry_after=retry_after, error_text=headers.get("UC-REST-ERROR")
            )
            return Failure(error, True, retry_after)
        if status == 401 and not call.refreshed and await self._refresh(call, credential):
            call.refreshed = True
            call.max_attempts += 1  # the retry with a fresh token is not a failure
            return Failure(error, True, 0.0)
        return Failure(error, call.repeatable and status in RETRYABLE_STATUSES, retry_after)

    async def _refresh(self, call: Call, sent: Mapping[str, str]) -> bool:
        """Ask the credential for a fresh token after a 401; True when worth another try."""
        return await self._from_provider(call, " on refresh", lambda: self.credential.refresh(sent))

    def _success(self, call: Call, answer: SenderResponse) -> APIResponse | Failure:
        data, problem = decode_success(answer.body, answer.status, call.expects_body)
        if problem is not None:
            error = APIResponseValidationError(
                f"{call.method} {call.path} answered {answer.status} with {problem}",
                method=call.method,
                url=call.url_text,
                status=answer.status,
                body_excerpt=excerpt(answer.body),
                body=answer.body,
            )
            return Failure(error, call.repeatable)
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

    def _too_large(self, call: Call, answer: SenderResponse) -> ResponseTooLargeError:
        return ResponseTooLargeError(
            f"{call.method} {call.path}: the body of the {answer.status} answer is larger than "
            f"max_response_bytes ({self.max_response_bytes:,} bytes, counted after "
            "decompression); not retried. Pass UltraCartClient(max_response_bytes=...) "
            "if such a body is expected",
            method=call.method,
            url=call.url_text,
            limit=self.max_response_bytes,
            status=answer.status,
            headers=answer.headers,
            attempts=call.attempt,
        )

    def _retry_delay(self, call: Call, failure: Failure) -> float | None:
        """Seconds to wait before the next attempt, or None to raise the failure now."""
        failure.error.attempts = call.attempt
        now = self.limiter.clock.now()
        return retry_delay(
            self.retry,
            failure,
            attempt=call.attempt,
            max_attempts=call.max_attempts,
            now=now,
            deadline=call.deadline,
            first_contact_left=self._first_contact_left(call, now),
            what=f"{call.method} {call.path}",
            host=call.url.host,
        )


def _short(error: APIError) -> str:
    if isinstance(error, APIStatusError):
        return f"{error.status}"
    return type(error).__name__

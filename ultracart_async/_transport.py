"""The one aiohttp session: headers, auth, URL encoding, limiter and retries, error mapping.

Every request of the SDK, typed or raw, travels through :meth:`Transport.request`.
"""

from __future__ import annotations

import asyncio
import logging
import platform
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, Literal
from urllib.parse import quote

import aiohttp
import orjson
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from . import _response
from ._auth import Credential
from ._config import API_VERSION, RequestOptions, RetryPolicy, Timeouts
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    RateLimitError,
    UltraCartError,
    excerpt,
    status_error_class,
)
from ._ratelimit import Limiter, TokenBucketLimiter, window_from_error_text
from ._response import APIResponse
from ._retry import RETRYABLE_STATUSES, backoff_delay, parse_retry_after
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
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.credential = credential
        self.limiter = limiter
        self.timeouts = timeouts
        self.retry = retry
        self._session = session
        self._owns_session = session is None
        self._connection_limit = connection_limit
        self._state: Literal["unopened", "opened", "closed"] = "unopened"

    @property
    def closed(self) -> bool:
        return self._state == "closed"

    def _get_session(self) -> aiohttp.ClientSession:
        if self._state == "closed":
            raise ClientClosedError(
                "this UltraCartClient is closed; create a new client "
                "(or use `async with UltraCartClient(...) as uc:` to scope one)"
            )
        if self._session is None:
            # Created here, inside the running loop, never at construction time.
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._connection_limit),
                json_serialize=lambda obj: orjson.dumps(obj).decode(),
            )
        if self._session.closed:
            raise ClientClosedError(
                "the aiohttp.ClientSession given to UltraCartClient(session=...) is closed"
            )
        self._state = "opened"
        return self._session

    async def aclose(self) -> None:
        """Close the session if this transport created it. Safe to call more than once."""
        if self._state == "closed":
            return
        self._state = "closed"
        session, self._session = self._session, None
        if session is not None and self._owns_session and not session.closed:
            await session.close()

    async def _credential_headers(
        self, method: str, path: str, url_text: str, deadline: float | None, clock: Any
    ) -> dict[str, str]:
        """The credential header, with a token provider's failure or hang wrapped."""
        if not getattr(self.credential, "may_block", True):
            return await self.credential.headers()  # a key in memory: nothing to wrap
        try:
            if deadline is None:
                return await self.credential.headers()
            async with asyncio.timeout(max(0.001, deadline - clock.now())):
                return await self.credential.headers()
        except UltraCartError:
            raise
        except TimeoutError as exc:
            raise APITimeoutError(
                f"{method} {path}: the OAuth token provider did not answer before the deadline",
                method=method,
                url=url_text,
            ) from exc
        except Exception as exc:
            # Only the type: the provider's message is its own and may quote a secret.
            raise APIConnectionError(
                f"{method} {path}: the OAuth token provider failed ({type(exc).__name__})",
                method=method,
                url=url_text,
            ) from exc

    async def _refresh(self, sent: dict[str, str]) -> bool:
        try:
            return await self.credential.refresh(sent)
        except UltraCartError:
            raise
        except Exception as exc:
            raise APIConnectionError(
                f"the OAuth token provider failed on refresh ({type(exc).__name__})",
                method="",
                url="",
            ) from exc

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
        safe: bool,
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
            safe: Whether the operation may be repeated after an ambiguous failure.
            expects_body: Whether a 2xx answer must carry a JSON body.
            options: Per-call options.
        """
        session = self._get_session()
        url = build_url(self.base_url, path, path_params, params)
        url_text = str(url)
        body = orjson.dumps(json) if json is not None else None
        opts = options or _NO_OPTIONS
        max_attempts = opts.max_attempts or self.retry.max_attempts
        total = opts.deadline if opts.deadline is not None else self.timeouts.total
        per_attempt = opts.timeout if opts.timeout is not None else self.timeouts.read
        repeatable = safe or opts.retry_unsafe
        clock = self.limiter.clock
        started = clock.now()
        deadline = started + total if total is not None else None
        refreshed = False
        attempt = 0
        throttled = 0
        last_error: APIError | None = None

        while True:
            attempt += 1
            credential = await self._credential_headers(method, path, url_text, deadline, clock)
            headers = {**(_JSON_HEADERS if body is not None else _HEADERS), **credential}
            try:
                await self.limiter.acquire(deadline=deadline)
            except RateLimitError as exc:
                if last_error is not None:
                    raise last_error from exc
                exc.method, exc.url, exc.attempts = method, url_text, attempt
                raise
            retry_after: float | None = None
            retryable = False
            try:
                timeout = _attempt_timeout(self.timeouts.connect, per_attempt, deadline, clock)
                try:
                    # allow_redirects=False: aiohttp drops only Authorization on a redirect to
                    # another host, so a redirect (a misconfigured proxy, say) sent the
                    # x-ultracart-simple-key to whatever host it named. UltraCart's API does
                    # not redirect; a 3xx is raised as an APIStatusError instead.
                    async with session.request(
                        method,
                        url,
                        data=body,
                        headers=headers,
                        timeout=timeout,
                        allow_redirects=False,
                    ) as resp:
                        payload = await resp.read()
                        status = resp.status
                        reason = resp.reason or ""
                        resp_headers = resp.headers
                finally:
                    await self._release()
            except (TimeoutError, aiohttp.ServerTimeoutError) as exc:
                last_error = APITimeoutError(
                    f"{method} {path} timed out", method=method, url=url_text
                )
                last_error.__cause__ = exc
                retryable = repeatable
            except aiohttp.ClientConnectorError as exc:
                # Nothing was sent: safe to try again whatever the operation.
                last_error = APIConnectionError(
                    f"cannot connect to {url.host}: {exc.strerror or exc}",
                    method=method,
                    url=url_text,
                )
                last_error.__cause__ = exc
                retryable = not isinstance(exc, aiohttp.ClientSSLError)
            except aiohttp.ClientError as exc:
                last_error = APIConnectionError(
                    f"{method} {path} failed: {type(exc).__name__}: {exc}",
                    method=method,
                    url=url_text,
                )
                last_error.__cause__ = _without_credentials(exc)
                retryable = repeatable
            else:
                if status != 429:
                    self.limiter.record_success()
                if 200 <= status < 300:
                    data, problem = _decode(payload, status, expects_body)
                    if problem is None:
                        response = APIResponse(
                            method=method,
                            url=url_text,
                            status=status,
                            headers=resp_headers,
                            request_id=resp_headers.get("X-UltraCart-Request-Id"),
                            attempts=attempt,
                            throttled=throttled,
                            data=data,
                            elapsed=clock.now() - started,
                        )
                        logger.debug("%s %s -> %d (attempt %d)", method, path, status, attempt)
                        _response.record(response)
                        return response
                    last_error = APIResponseValidationError(
                        f"{method} {path} answered {status} with {problem}",
                        method=method,
                        url=url_text,
                        status=status,
                        body_excerpt=excerpt(payload),
                    )
                    retryable = repeatable
                else:
                    last_error = _status_error(
                        method, path, url_text, status, reason, resp_headers, payload
                    )
                    retry_after = parse_retry_after(resp_headers.get("Retry-After"))
                    if status == 429:
                        throttled += 1
                        self.limiter.record_throttle(
                            retry_after=retry_after,
                            error_text=resp_headers.get("UC-REST-ERROR"),
                        )
                        retryable = True
                    elif status == 401 and not refreshed and await self._refresh(credential):
                        refreshed = True
                        retryable = True
                        retry_after = 0.0
                        max_attempts += 1  # the retry with a fresh token is not a failure
                    else:
                        retryable = repeatable and status in RETRYABLE_STATUSES

            last_error.attempts = attempt
            if not retryable or attempt >= max_attempts:
                logger.debug("%s %s failed for good: %s", method, path, last_error)
                raise last_error
            if isinstance(last_error, RateLimitError):
                # The limiter now holds every caller back for the same pause, so sleeping
                # the server's Retry-After here adds no second wait; without one, the
                # limiter alone decides.
                delay = 0.0 if retry_after is None else min(self.retry.max_backoff, retry_after)
            else:
                delay = backoff_delay(self.retry, attempt, retry_after)
            if deadline is not None and clock.now() + delay > deadline:
                logger.debug("%s %s: deadline reached after %d attempts", method, path, attempt)
                raise last_error
            logger.info(
                "%s %s: attempt %d failed (%s); retrying in %.2fs",
                method,
                path,
                attempt,
                _short(last_error),
                delay,
            )
            if delay > 0:
                await clock.sleep(delay)


def _attempt_timeout(
    connect: float | None, per_attempt: float | None, deadline: float | None, clock: Any
) -> aiohttp.ClientTimeout:
    total = per_attempt
    if deadline is not None:
        remaining = max(0.001, deadline - clock.now())
        total = remaining if total is None else min(total, remaining)
    return aiohttp.ClientTimeout(total=total, connect=connect)


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

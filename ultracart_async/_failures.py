"""A failed exchange (no usable answer) mapped into the error tree, with what it allows next.

Whether it may be retried depends on whether anything could have reached the server: a
failure to connect sent nothing, so any operation may be tried again; a timeout or a dropped
connection after sending may have been acted on, so only an idempotent one may.
"""

from __future__ import annotations

import aiohttp
from multidict import CIMultiDict, CIMultiDictProxy

from ._call import Call
from ._errors import APIConnectionError, APIError, APITimeoutError
from ._retry import Failure, dns_failure

__all__ = ["exchange_failure"]


def exchange_failure(
    call: Call,
    exc: TimeoutError | aiohttp.ClientError,
    *,
    answered: bool,
    first_contact: float | None,
) -> Failure:
    """The failure ``exc`` amounts to. ``answered``: whether the host has answered this client
    before; ``first_contact``: the budget for failures to connect until it has."""
    note = _unreached_note(answered, first_contact)
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        # No connection, so nothing was sent: safe to try again whatever the operation.
        error: APIError = APITimeoutError(
            f"{call.method} {call.path}: no connection to {call.url.host} in time" + note,
            method=call.method,
            url=call.url_text,
        )
        error.__cause__ = exc
        return Failure(error, True, unreached=not answered)
    if isinstance(exc, TimeoutError):  # aiohttp's ServerTimeoutError is one
        error = APITimeoutError(
            f"{call.method} {call.path} timed out", method=call.method, url=call.url_text
        )
        error.__cause__ = exc
        return Failure(error, call.repeatable)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return _connect_failure(call, exc, answered, note)
    error = APIConnectionError(
        f"{call.method} {call.path} failed: {type(exc).__name__}: {exc}",
        method=call.method,
        url=call.url_text,
    )
    error.__cause__ = _without_credentials(exc)
    return Failure(error, call.repeatable)


def _connect_failure(
    call: Call, exc: aiohttp.ClientConnectorError, answered: bool, note: str
) -> Failure:
    """A failure to connect: nothing was sent, so any operation may be tried again."""
    host = call.url.host
    reason = exc.strerror or exc
    dns = dns_failure(exc.os_error)
    unreached = not answered
    if dns is None or dns == "other":
        what = f"cannot connect to {host}: {reason}" + note
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
    return Failure(error, retryable, unreached=unreached)


def _unreached_note(answered: bool, first_contact: float | None) -> str:
    if answered or first_contact is None:
        return ""
    return (
        " (this host has not answered this client yet: retried for at most "
        f"Timeouts.first_contact, {first_contact:g} s)"
    )


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

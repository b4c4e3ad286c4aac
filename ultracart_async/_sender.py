"""Sending one attempt: the :class:`Sender` protocol, and the aiohttp sender every client uses
unless given another.

The transport decides what to send and when, and what an answer means; a sender only carries
one request to the server and brings back its status, headers and body. Give a client another
sender (``UltraCartClient(sender=...)``) to test without a network
(:class:`ultracart_async.testing.MemorySender`) or to put another HTTP stack under it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Mapping
from typing import Protocol, runtime_checkable

import aiohttp
import attrs
from multidict import CIMultiDictProxy
from yarl import URL

from ._errors import ClientClosedError, ConfigurationError

__all__ = ["CLIENT_CLOSED", "AiohttpSender", "Sender", "SenderRequest", "SenderResponse"]


@attrs.define
class SenderRequest:
    """One attempt of a call, ready to go on the wire.

    Attributes:
        method: The HTTP method, upper case.
        url: The full URL, already percent-encoded (send it as it is: do not re-encode or
            normalise it).
        headers: Every header to send, the credential included: never log them.
        body: The JSON body, or None.
        timeout: Seconds for the whole attempt, from connecting to the end of the body; None
            for no limit.
        connect_timeout: Seconds to get a connection; None for no limit of its own.
        max_body: The largest body to accept, in bytes, counted after decompression.
    """

    method: str
    url: URL
    headers: Mapping[str, str]
    body: bytes | None
    timeout: float | None
    connect_timeout: float | None
    max_body: int


@attrs.define
class SenderResponse:
    """What the server sent back for one attempt.

    Attributes:
        status: The HTTP status.
        reason: The reason phrase (may be empty).
        headers: The response headers, looked up without regard to case.
        body: The body, decompressed.
        too_large: True when the body is larger than the request's ``max_body``: it was not
            read to the end (``body`` may be empty), and the call fails with
            :class:`~ultracart_async.ResponseTooLargeError`, not retried.
    """

    status: int
    reason: str
    headers: CIMultiDictProxy[str]
    body: bytes
    too_large: bool = False


@runtime_checkable
class Sender(Protocol):
    """What a client needs from its HTTP layer: one attempt at a time.

    :meth:`send` sends one request and returns the server's answer, whatever its status.
    It follows no redirect, sends ``request.url`` as it is (already encoded), keeps to the
    request's timeouts, and stops reading a body past ``request.max_body`` bytes (answering
    with ``too_large=True``; the client refuses a longer body in any case). A failure to get
    an answer is raised as :class:`TimeoutError`
    (the attempt ran out of time) or :class:`aiohttp.ClientError`;
    :class:`aiohttp.ClientConnectorError` and :class:`aiohttp.ConnectionTimeoutError` say
    that no connection was made, so nothing was sent and the client may try any operation
    again. The client maps them into its error tree and decides on retries; any other
    exception reaches the caller as it is.

    The client never opens or closes a sender it was given: that is its owner's job.

    Example::

        from ultracart_async.testing import MemorySender, reply

        sender = MemorySender(lambda request: reply(200, {"success": True}))
        async with UltraCartClient(simple_key="k", sender=sender) as uc:
            await uc.request("GET", "/user/users")
    """

    @property
    def answered(self) -> bool:
        """True once a server has answered through this sender (any status, even if its body
        then failed). Until then, failures to connect are retried only within
        :attr:`Timeouts.first_contact <ultracart_async.Timeouts.first_contact>`."""
        ...

    async def send(self, request: SenderRequest) -> SenderResponse:
        """Send ``request`` once and return the answer (see the class for failures)."""
        ...


_OTHER_LOOP = (
    "this UltraCartClient is in use by another event loop that is still open (another "
    "thread's): its connections live in that loop. Create one client per event loop"
)
_FOREIGN_SESSION_ENDED = (
    "the aiohttp.ClientSession given to UltraCartClient(session=...) belongs to an event loop "
    "that has ended; give the client a session created in the running loop"
)
#: The message of the ClientClosedError a closed client raises.
CLIENT_CLOSED = (
    "this UltraCartClient is closed; create a new client "
    "(or use `async with UltraCartClient(...) as uc:` to scope one)"
)
# aiohttp 3.13's own refusal of a read that inflates too far (absent before 3.13).
_DecompressSizeError: type[Exception] | None = getattr(
    aiohttp.http_exceptions, "DecompressSizeError", None
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


async def _aclose(generator: AsyncGenerator[None, None]) -> None:
    await generator.aclose()  # a coroutine, as run_coroutine_threadsafe wants


class AiohttpSender:
    """The :class:`Sender` a client builds for itself, on one aiohttp session.

    The session is created on first use inside the running loop (with no cookie jar: an API
    client keeps no cookies), and again in a new loop once the previous one has ended; a
    session given to it is used as it is and never closed.
    """

    def __init__(self, session: aiohttp.ClientSession | None = None) -> None:
        self.answered: bool = False
        self._session = session
        self._owns_session = session is None
        self._closed = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._guard: AsyncGenerator[None, None] | None = None

    @property
    def session(self) -> aiohttp.ClientSession | None:
        """The session in use, if one was created (or given)."""
        return self._session

    async def open(self) -> None:
        """Get ready to send from the running loop: the session, created on first use and
        again in a new loop once the previous one has ended."""
        if self._closed:
            raise ClientClosedError(CLIENT_CLOSED)
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            await self._move_to(loop)
        if self._session is None:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=100),
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
        """Close the session if this sender created it. Safe to call more than once."""
        if self._closed:
            return
        self._closed = True
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

    async def send(self, request: SenderRequest) -> SenderResponse:
        """Send ``request`` once on the session (see :class:`Sender`)."""
        session = self._session
        if session is None:  # closed while the call was under way
            raise ClientClosedError(CLIENT_CLOSED)
        # allow_redirects=False: aiohttp drops only Authorization on a redirect to another
        # host, so a redirect (a misconfigured proxy, say) sent the x-ultracart-simple-key
        # to whatever host it named. UltraCart's API does not redirect; a 3xx is raised as an
        # APIStatusError instead.
        async with session.request(
            request.method,
            request.url,
            data=request.body,
            headers=request.headers,
            timeout=aiohttp.ClientTimeout(total=request.timeout, connect=request.connect_timeout),
            allow_redirects=False,
        ) as resp:
            # Any answer, an error included, shows the host is there: from now on, failures
            # to connect get the patient policy.
            self.answered = True
            body = await _read_body(request, resp)
            if body is None:
                return SenderResponse(resp.status, resp.reason or "", resp.headers, b"", True)
            return SenderResponse(resp.status, resp.reason or "", resp.headers, body)


async def _read_body(request: SenderRequest, resp: aiohttp.ClientResponse) -> bytes | None:
    """The body, decompressed; None (and the connection dropped) as soon as it grows past
    ``max_body``."""
    limit = request.max_body
    declared = resp.content_length
    if (
        declared is not None
        and declared > limit
        and request.method != "HEAD"
        and "Content-Encoding" not in resp.headers
    ):
        resp.close()  # drop the connection rather than read the rest of the body
        return None
    chunks: list[bytes] = []
    size = 0
    try:
        # aiohttp decompresses in bounded steps as the body is read (3.14; 3.13 refuses a
        # single read that inflates past 32 MiB), so this counts the decompressed size
        # without ever holding much more than the cap.
        while chunk := await resp.content.readany():
            size += len(chunk)
            if size > limit:
                resp.close()
                return None
            chunks.append(chunk)
    except aiohttp.ClientPayloadError as exc:
        if _DecompressSizeError is not None and isinstance(exc.__cause__, _DecompressSizeError):
            resp.close()
            return None
        raise
    return b"".join(chunks)

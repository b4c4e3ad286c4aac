"""The framework-neutral receiver: headers and body in, an HTTP answer out."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter
from collections.abc import AsyncIterable, Mapping
from typing import TYPE_CHECKING, Final, Literal, Self

import attrs
import orjson

from ultracart_async._closing import AsyncClosing
from ultracart_async._errors import ConfigurationError
from ultracart_async._text import printable

from ._auth import WebhookBasicAuth
from ._dedupe import DedupeKey, WebhookDeduplicator
from ._errors import (
    WebhookAuthenticationError,
    WebhookDeliveryError,
    WebhookPayloadTooLargeError,
)
from ._events import WebhookEvent, shown_name
from ._parse import DEFAULT_MAX_BODY_SIZE, DEFAULT_MAX_EVENTS, parse_delivery
from ._router import WebhookRouter

if TYPE_CHECKING:
    from .inbox import WebhookInbox

__all__ = [
    "DEFAULT_BODY_TIMEOUT",
    "DEFAULT_HANDLER_TIMEOUT",
    "WebhookBody",
    "WebhookReceiver",
    "WebhookResponse",
]

logger: Final = logging.getLogger("ultracart_async.webhooks")

#: Handlers must finish within this by default: UltraCart expects an answer within 30 s.
DEFAULT_HANDLER_TIMEOUT: Final = 25.0

#: The whole body must arrive within this by default (408 otherwise), which leaves room
#: within UltraCart's 30 s for the handlers or for committing the events to a store.
DEFAULT_BODY_TIMEOUT: Final = 20.0

_Queued = tuple[WebhookEvent, DedupeKey | None]

#: A request body: the bytes, or an async iterable of chunks (read up to the size limit).
WebhookBody = bytes | bytearray | memoryview | AsyncIterable[bytes]


@attrs.frozen
class WebhookResponse:
    """The HTTP answer to give UltraCart, whatever the web framework.

    Example (Starlette)::

        result = await receiver.handle(request.stream(), request.headers)
        return Response(result.body, result.status, dict(result.headers),
                        media_type=result.content_type)
    """

    status: int
    """200 accepted; 400 not a delivery; 401 bad credentials; 408 the body did not arrive in
    time; 413 too large or too many events; 500 a handler failed; 503 the queue is full, the
    inbox did not commit within its deadline, or the receiver is closed (UltraCart
    redelivers 5xx)."""

    body: bytes
    """A small JSON object: counts on success, ``{"error": "..."}`` otherwise. UltraCart
    shows it in the webhook's delivery log."""

    headers: Mapping[str, str] = attrs.field(factory=dict)
    """Headers to add (``WWW-Authenticate`` on 401, ``Retry-After`` on 503)."""

    content_type: str = "application/json"
    """The ``Content-Type`` of ``body``."""


def _json_response(
    status: int, payload: object, headers: Mapping[str, str] | None = None
) -> WebhookResponse:
    return WebhookResponse(status=status, body=orjson.dumps(payload), headers=dict(headers or {}))


def _header(headers: Mapping[str, str], name: str) -> str | None:
    """A header value, case-insensitively, from any mapping (multidicts, plain dicts)."""
    value = headers.get(name)
    if value is not None:
        return value
    lowered = name.lower()
    for key, item in headers.items():
        if key.lower() == lowered:
            return item
    return None


def _too_large(limit: int) -> WebhookPayloadTooLargeError:
    return WebhookPayloadTooLargeError(f"the body is larger than the limit of {limit} bytes")


async def _read_chunks(body: AsyncIterable[bytes], limit: int) -> bytes:
    """Join the chunks of ``body``, refusing more than ``limit`` bytes; close it after."""
    buffer = bytearray()
    chunks = aiter(body)
    try:
        while True:
            try:
                chunk = await anext(chunks)
            except StopAsyncIteration:
                return bytes(buffer)
            except Exception as exc:
                # The framework could not deliver the body: the client went away, or the
                # framework's own decoding of a Content-Encoding failed (aiohttp decodes
                # gzip itself unless started with auto_decompress=False). Either way there
                # is no delivery to accept.
                raise WebhookDeliveryError(
                    f"the body could not be read ({type(exc).__name__})"
                ) from exc
            buffer += chunk
            if len(buffer) > limit:
                raise _too_large(limit)
    finally:
        aclose = getattr(chunks, "aclose", None)
        if aclose is not None:
            # Why close it: a generator left suspended (a refusal mid-body) would be
            # finalised later by the garbage collector, outside any request. Its own
            # failure to close changes nothing about the answer.
            with contextlib.suppress(Exception):
                await aclose()


def _checked_basic_auth(
    router: object, basic_auth: WebhookBasicAuth | tuple[str, str] | None
) -> WebhookBasicAuth | None:
    """Refuse a router that is not one; the credentials as a :class:`WebhookBasicAuth`."""
    if not isinstance(router, WebhookRouter):
        raise ConfigurationError(f"router must be a WebhookRouter, got {type(router).__name__}")
    if isinstance(basic_auth, tuple) and len(basic_auth) == 2:
        return WebhookBasicAuth(*basic_auth)
    if basic_auth is not None and not isinstance(basic_auth, WebhookBasicAuth):
        raise ConfigurationError(
            "basic_auth must be a WebhookBasicAuth, a (username, password) tuple or None"
        )
    return basic_auth


def _check_settings(
    *,
    sizes: dict[str, object],
    dedupe: object,
    mode: str,
    timeouts: dict[str, object],
    realm: str,
) -> None:
    """Refuse a receiver setting of the wrong type or range, naming it."""
    for name, value in sizes.items():
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ConfigurationError(f"{name} must be a positive int, got {value!r}")
    if dedupe is not None and not isinstance(dedupe, WebhookDeduplicator):
        raise ConfigurationError("dedupe must be a WebhookDeduplicator or None")
    if mode not in ("inline", "queue"):
        raise ConfigurationError(f"mode must be 'inline' or 'queue', got {mode!r}")
    for name, seconds in timeouts.items():
        if seconds is not None and not (
            isinstance(seconds, int | float) and not isinstance(seconds, bool) and seconds > 0
        ):
            raise ConfigurationError(f"{name} must be a number > 0 or None, got {seconds!r}")
    if '"' in realm or "\\" in realm:
        raise ConfigurationError("realm must not contain '\"' or '\\'")


def _check_inbox(inbox: object, *, mode: str, dedupe: object) -> None:
    if inbox is None:
        return
    from .inbox import WebhookInbox  # needs the sync extra: imported only when used

    if not isinstance(inbox, WebhookInbox):
        raise ConfigurationError(
            f"inbox must be a WebhookInbox or None, got {type(inbox).__name__}"
        )
    if mode != "inline" or dedupe is not None:
        raise ConfigurationError(
            "with an inbox, leave mode and dedupe at their defaults: the inbox is the durable "
            "queue, and it drops redelivered events itself"
        )


class WebhookReceiver(AsyncClosing):
    """Receives UltraCart webhook deliveries: authenticates, reads, parses and dispatches.

    Framework-neutral: :meth:`handle` takes the request headers and body and returns the
    :class:`WebhookResponse` to send. ``ultracart_async.webhook_receiver.aiohttp_web`` wires
    it into aiohttp.web; the README shows Starlette/FastAPI.

    UltraCart delivers **at least once** and redelivers what is not answered with a 2xx
    within about 30 seconds, so an event can arrive twice: make handlers idempotent, or pass
    a :class:`WebhookDeduplicator` as ``dedupe`` (best effort, in memory).

    Two modes:

    * ``"inline"`` (default): the handlers run inside the request, one event after the other.
      200 once all succeeded; 500 as soon as one raises (the remaining events do not run) or
      when they take longer than ``handler_timeout``, so UltraCart delivers again.
    * ``"queue"``: the events are put on a bounded in-memory queue and the answer is 200 right
      away; ``workers`` background tasks run the handlers. A delivery that does not fit the
      queue whole gets 503 and UltraCart redelivers it: nothing is dropped silently. A handler
      failure after the 200 is logged at ERROR (UltraCart will not redeliver it), and events
      still queued when :meth:`aclose` gives up are logged at ERROR as lost. Use it when
      handlers are slow; start and close it with the app (``async with receiver:``).

    Args:
        router: The handlers.
        basic_auth: The HTTP Basic credentials UltraCart sends (a :class:`WebhookBasicAuth`
            or ``(username, password)``), or ``None``, deliberately, to accept deliveries
            without authentication.
        max_body_size: The largest body accepted, before and after decompression (413).
        max_events: The most events one delivery may hold (413 beyond), counted while the
            JSON is scanned, before any event is built. UltraCart batches up to the
            webhook's ``maximum_events``; the default, 10,000, is generous: set it to match.
        body_timeout: Seconds the whole body may take to arrive once the credentials are
            checked (408 beyond; ``None``: no limit). A deadline, not an idle timeout, so a
            body trickled a byte at a time cannot hold a connection for ever.
        dedupe: Drops redelivered events; ``None`` for no dedupe.
        mode: ``"inline"`` or ``"queue"``.
        queue_size: Queue mode: how many events may wait. Keep it above the webhook's
            ``maximum_events``, or a full delivery can never fit.
        workers: Queue mode or inbox: how many events this process handles at once. With
            more than one, events are no longer handled in delivery order.
        handler_timeout: Inline mode: seconds all the handlers of a delivery may take
            (``None``: no limit).
        realm: The realm of the ``WWW-Authenticate`` challenge.
        inbox: A :class:`~ultracart_async.webhook_receiver.inbox.WebhookInbox`: each delivery
            is committed to it before the 200 (503 if that fails within its deadline), and
            :meth:`start` starts ``workers`` handlers that take the events from it (leave
            ``mode`` and ``dedupe`` at their defaults).

    Example::

        router = WebhookRouter()

        @router.on("customer_update")
        async def on_customer_update(event: WebhookEvent) -> None:
            ...

        receiver = WebhookReceiver(router, basic_auth=("ultracart", password))
        result = await receiver.handle(body, headers)   # -> WebhookResponse
    """

    def __init__(
        self,
        router: WebhookRouter,
        *,
        basic_auth: WebhookBasicAuth | tuple[str, str] | None,
        max_body_size: int = DEFAULT_MAX_BODY_SIZE,
        max_events: int = DEFAULT_MAX_EVENTS,
        body_timeout: float | None = DEFAULT_BODY_TIMEOUT,
        dedupe: WebhookDeduplicator | None = None,
        mode: Literal["inline", "queue"] = "inline",
        queue_size: int = 1000,
        workers: int = 1,
        handler_timeout: float | None = DEFAULT_HANDLER_TIMEOUT,
        realm: str = "UltraCart webhooks",
        inbox: WebhookInbox | None = None,
    ) -> None:
        basic_auth = _checked_basic_auth(router, basic_auth)
        _check_settings(
            sizes={
                "max_body_size": max_body_size,
                "max_events": max_events,
                "queue_size": queue_size,
                "workers": workers,
            },
            dedupe=dedupe,
            mode=mode,
            timeouts={"body_timeout": body_timeout, "handler_timeout": handler_timeout},
            realm=realm,
        )
        _check_inbox(inbox, mode=mode, dedupe=dedupe)
        if basic_auth is None:
            logger.warning(
                "the UltraCart webhook receiver accepts deliveries without authentication; "
                "configure Basic authentication on the webhook and pass basic_auth"
            )
        self.router = router
        self.basic_auth = basic_auth
        self.max_body_size = max_body_size
        self.max_events = max_events
        self.body_timeout = body_timeout
        self.dedupe = dedupe
        self.mode = mode
        self.queue_size = queue_size
        self.workers = workers
        self.handler_timeout = handler_timeout
        self.inbox = inbox
        self._challenge = {"WWW-Authenticate": f'Basic realm="{realm}", charset="UTF-8"'}
        self._queue: asyncio.Queue[_Queued] | None = None
        self._worker_tasks: list[asyncio.Task[None]] = []
        self._in_progress: list[WebhookEvent] = []
        self._closed = False

    # ------------------------------------------------------------------ lifecycle

    @property
    def closed(self) -> bool:
        """True after :meth:`aclose` (until :meth:`start`): deliveries get 503."""
        return self._closed

    @property
    def pending(self) -> int:
        """Queue mode: events accepted and not yet handled."""
        waiting = self._queue.qsize() if self._queue is not None else 0
        return waiting + len(self._in_progress)

    async def start(self) -> None:
        """Open the receiver; in queue mode, start the workers; with an inbox, open it and
        start its workers (a database that cannot be used raises here). Idempotent.

        Queue mode starts by itself on the first delivery, but only :meth:`aclose` waits
        for the queue to drain: tie both to the app's lifetime.
        """
        self._closed = False
        if self.inbox is not None:
            await self.inbox.start(self.router, workers=self.workers)
        if self.mode == "queue" and not self._worker_tasks:
            self._queue = asyncio.Queue(self.queue_size)
            self._worker_tasks = [
                asyncio.create_task(self._worker(), name=f"ultracart-webhook-worker-{i}")
                for i in range(self.workers)
            ]

    async def aclose(self, drain_timeout: float = DEFAULT_HANDLER_TIMEOUT) -> None:
        """Stop accepting deliveries (503 from now on) and, in queue mode, wait up to
        ``drain_timeout`` seconds for the queue to drain; events still unhandled then are logged
        at ERROR as lost. With an inbox, stop its workers (handlers still running after
        ``drain_timeout`` are stopped, and their events run again elsewhere). Idempotent."""
        self._closed = True
        if self.inbox is not None:
            await self.inbox.aclose(drain_timeout)
        tasks, self._worker_tasks = self._worker_tasks, []
        if not tasks:
            return
        queue = self._queue
        assert queue is not None
        try:
            await asyncio.wait_for(queue.join(), drain_timeout)
        except TimeoutError:
            lost = [event for event, _ in self._drain(queue)] + self._in_progress
            names = Counter(printable(event.name, 100) for event in lost)
            logger.error(
                "the webhook receiver closed with %d accepted events unhandled; UltraCart "
                "will not redeliver them: %s",
                len(lost),
                dict(names),
            )
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._in_progress.clear()

    @staticmethod
    def _drain(queue: asyncio.Queue[_Queued]) -> list[_Queued]:
        items: list[_Queued] = []
        while not queue.empty():
            items.append(queue.get_nowait())
            queue.task_done()
        return items

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    # ------------------------------------------------------------------ a delivery

    def authenticate(self, headers: Mapping[str, str]) -> None:
        """Check the ``Authorization`` header.

        Raises:
            WebhookAuthenticationError: credentials are configured and the header does
                not carry them.
        """
        if self.basic_auth is not None and not self.basic_auth.verify(
            _header(headers, "Authorization")
        ):
            raise WebhookAuthenticationError("missing or wrong HTTP Basic credentials")

    async def read_body(self, body: WebhookBody, headers: Mapping[str, str]) -> bytes:
        """The body, read up to ``max_body_size`` bytes and refused beyond, within
        ``body_timeout`` seconds.

        A ``Content-Length`` over the limit is refused before reading; a body without one
        (chunked) is refused as soon as it passes the limit. An iterable of chunks is closed
        (``aclose()``) when reading stops, early or not.

        Raises:
            WebhookPayloadTooLargeError: the body is too large.
            WebhookDeliveryError: the ``Content-Length`` header is not a number, the chunks
                could not be read (the iterator raised), or, with status 408, the body did
                not arrive within ``body_timeout``.
        """
        limit = self.max_body_size
        length = _header(headers, "Content-Length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                raise WebhookDeliveryError("the Content-Length header is not a number") from None
            if declared > limit:
                raise _too_large(limit)
        if isinstance(body, bytes | bytearray | memoryview):
            data = bytes(body)
            if len(data) > limit:
                raise _too_large(limit)
            return data
        scope = asyncio.timeout(self.body_timeout)
        try:
            async with scope:
                return await _read_chunks(body, limit)
        except TimeoutError:
            if not scope.expired():
                raise
            raise WebhookDeliveryError(
                f"the body did not arrive within {self.body_timeout} s", status=408
            ) from None

    async def handle(self, body: WebhookBody, headers: Mapping[str, str]) -> WebhookResponse:
        """Handle one delivery and return the answer; never raises for a bad delivery or a
        failing handler.

        ``body`` is the raw body, or an async iterable of its chunks (read only after the
        credentials check, only up to ``max_body_size`` and within ``body_timeout``);
        ``headers`` is any mapping of the request headers.

        Example::

            result = await receiver.handle(body, {"Authorization": "Basic ..."})
            result.status   # 200, 400, 401, 408, 413, 500 or 503
        """
        if self._closed:
            return self._unavailable("the receiver is shutting down; deliver again later")
        try:
            self.authenticate(headers)
            data = await self.read_body(body, headers)
            events = parse_delivery(
                data,
                content_encoding=_header(headers, "Content-Encoding"),
                max_size=self.max_body_size,
                max_events=self.max_events,
            )
        except WebhookDeliveryError as exc:
            # The message holds envelope facts only, never body values or credentials.
            logger.warning("refused an UltraCart webhook delivery (%d): %s", exc.status, exc)
            headers_out = self._challenge if exc.status == 401 else None
            return _json_response(exc.status, {"error": exc.message}, headers_out)
        if logger.isEnabledFor(logging.DEBUG):
            names = Counter(printable(event.name, 100) for event in events)
            logger.debug("UltraCart webhook delivery with %d events: %s", len(events), dict(names))
        if self.inbox is not None:
            return await self._commit(data, events, headers)
        if self.mode == "queue":
            return await self._enqueue(events)
        return await self._run_inline(events)

    # ------------------------------------------------------------------ inline mode

    async def _run_inline(self, events: list[WebhookEvent]) -> WebhookResponse:
        handled = duplicates = 0
        current: WebhookEvent | None = None
        key: DedupeKey | Literal[False] | None = None
        scope = asyncio.timeout(self.handler_timeout)
        try:
            async with scope:
                for current in events:
                    key = self._claim(current)
                    if key is False:
                        duplicates += 1
                        continue
                    await self.router.dispatch(current)
                    key = None
                    handled += 1
        except Exception as exc:
            self._release(key)
            assert current is not None
            # A handler's own TimeoutError (an HTTP call it made, say) is a failure like any
            # other; only the expiry of this scope is the receiver's timeout.
            if isinstance(exc, TimeoutError) and scope.expired():
                logger.error(
                    "the handlers of an UltraCart webhook delivery took more than %s s "
                    "(stopped at event #%d %s); answering 500 so that UltraCart delivers "
                    "again; consider mode='queue'",
                    self.handler_timeout,
                    current.index,
                    shown_name(current.name),
                )
                return _json_response(
                    500, {"error": f"handlers did not finish within {self.handler_timeout} s"}
                )
            logger.exception(
                "a handler failed on UltraCart webhook event #%d %s; answering 500 so that "
                "UltraCart delivers again",
                current.index,
                shown_name(current.name),
            )
            return _json_response(
                500,
                {"error": f"a handler failed on event #{current.index} {shown_name(current.name)}"},
            )
        except BaseException:
            self._release(key)
            raise
        return _json_response(
            200, {"received": len(events), "handled": handled, "duplicates": duplicates}
        )

    def _claim(self, event: WebhookEvent) -> DedupeKey | Literal[False] | None:
        """The event's claimed dedupe key; None if it has none; False if it is a duplicate."""
        if self.dedupe is None:
            return None
        key = self.dedupe.key(event)
        if key is None:
            return None
        if not self.dedupe.claim(key):
            logger.debug(
                "dropped a redelivered webhook event #%d %s", event.index, shown_name(event.name)
            )
            return False
        return key

    def _release(self, key: DedupeKey | Literal[False] | None) -> None:
        if key and self.dedupe is not None:
            self.dedupe.release(key)

    # ------------------------------------------------------------------ queue mode

    def _unavailable(self, message: str) -> WebhookResponse:
        logger.warning("answered an UltraCart webhook delivery with 503: %s", message)
        return _json_response(503, {"error": message}, {"Retry-After": "30"})

    async def _commit(
        self, data: bytes, events: list[WebhookEvent], headers: Mapping[str, str]
    ) -> WebhookResponse:
        from .inbox import InboxUnavailableError

        assert self.inbox is not None
        try:
            committed = await self.inbox.commit(data, events, headers)
        except InboxUnavailableError as exc:
            return self._unavailable(str(exc))
        return _json_response(
            200,
            {
                "received": len(events),
                "stored": committed.stored,
                "duplicates": committed.duplicates,
            },
        )

    async def _enqueue(self, events: list[WebhookEvent]) -> WebhookResponse:
        if self._closed:
            # aclose() ran while this delivery's body was being read: the workers are gone
            # for good, and restarting them here would leak a task nobody closes.
            return self._unavailable("the webhook receiver is closed")
        if not self._worker_tasks:
            await self.start()
        queue = self._queue
        assert queue is not None
        accepted: list[_Queued] = []
        duplicates = 0
        for event in events:
            key = self._claim(event)
            if key is False:
                duplicates += 1
            else:
                accepted.append((event, key))
        # All or nothing, and no await between the check and the puts: a delivery is never
        # half queued, so a 503 means "none of it was taken".
        if queue.maxsize - queue.qsize() < len(accepted):
            for _, key in accepted:
                self._release(key)
            return self._unavailable(
                f"the event queue is full ({queue.qsize()} of {queue.maxsize} waiting, "
                f"{len(accepted)} in this delivery)"
            )
        for item in accepted:
            queue.put_nowait(item)
        return _json_response(
            200, {"received": len(events), "queued": len(accepted), "duplicates": duplicates}
        )

    async def _worker(self) -> None:
        queue = self._queue
        assert queue is not None
        while True:
            event, key = await queue.get()
            self._in_progress.append(event)
            try:
                await self.router.dispatch(event)
            except Exception:
                self._release(key)
                logger.exception(
                    "a handler failed on queued UltraCart webhook event #%d %s; the delivery "
                    "was already answered, so UltraCart will not redeliver it",
                    event.index,
                    shown_name(event.name),
                )
            finally:
                self._in_progress.remove(event)
                queue.task_done()

    def __repr__(self) -> str:
        return (
            f"WebhookReceiver(mode={self.mode!r}, basic_auth={self.basic_auth!r}, "
            f"max_body_size={self.max_body_size}, max_events={self.max_events}, "
            f"body_timeout={self.body_timeout}, dedupe={self.dedupe!r}, router={self.router!r})"
        )

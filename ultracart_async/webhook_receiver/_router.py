"""Event name -> async handlers."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Final, TypeVar

from ultracart_async._errors import ConfigurationError

from ._events import EVENT_NAMES, WebhookEvent, shown_name

__all__ = ["WebhookHandler", "WebhookRouter"]

logger: Final = logging.getLogger("ultracart_async.webhooks")

#: An event handler: an async function taking the event. Its return value is ignored.
WebhookHandler = Callable[[WebhookEvent], Awaitable[object]]

H = TypeVar("H", bound=WebhookHandler)


def _check_pattern(pattern: object) -> str:
    if not isinstance(pattern, str) or not pattern:
        raise ConfigurationError(f"an event name must be a non-empty str, got {pattern!r}")
    if "*" in pattern[:-1]:
        raise ConfigurationError(
            f'{pattern!r}: \'*\' is allowed only at the end ("customer_*", or "*" for all)'
        )
    known = (
        any(name.startswith(pattern[:-1]) for name in EVENT_NAMES)
        if pattern.endswith("*")
        else pattern in EVENT_NAMES
    )
    if not known:
        # Why not an error: UltraCart adds events; EVENT_NAMES may lag behind. But a typo
        # would silently never fire, so say it.
        logger.warning("no UltraCart event this SDK knows matches %r; registered anyway", pattern)
    return pattern


def _check_handler(handler: object) -> None:
    call = getattr(handler, "__call__", None)  # noqa: B004 - async callable objects count
    if not (inspect.iscoroutinefunction(handler) or inspect.iscoroutinefunction(call)):
        raise ConfigurationError(
            f"a webhook handler must be an async function (async def), got {handler!r}"
        )


class WebhookRouter:
    """Routes each event to the async handlers registered for its name.

    A name is an event name (``"customer_update"``), a category pattern ending in ``*``
    (``"customer_*"``), or ``"*"`` for every event. Every handler whose name matches runs,
    in the order they were registered; the fallback runs only for events no handler
    matches. An event nothing handles is accepted and dropped (logged at DEBUG).

    Example::

        router = WebhookRouter()

        @router.on("customer_create", "customer_update")
        async def sync_customer(event: WebhookEvent) -> None:
            ...

        @router.on("order_*")
        async def on_order(event: WebhookEvent) -> None:
            ...

        @router.fallback
        async def everything_else(event: WebhookEvent) -> None:
            ...
    """

    def __init__(self) -> None:
        self._routes: list[tuple[str, WebhookHandler]] = []
        self._fallback: WebhookHandler | None = None
        # Why a cache: matching walks every route; deliveries repeat a handful of names. Only
        # known names are cached: event names come from the sender, and caching every name
        # would let a stream of invented (or megabyte-long) names grow it without bound.
        self._cache: dict[str, tuple[WebhookHandler, ...]] = {}

    def on(self, *names: str) -> Callable[[H], H]:
        """Decorator: register the decorated async function for one or more event names."""
        if not names:
            raise ConfigurationError('router.on() needs at least one event name, e.g. "order_*"')

        def register(handler: H) -> H:
            self.add(names, handler)
            return handler

        return register

    def add(self, names: str | Iterable[str], handler: WebhookHandler) -> None:
        """Register ``handler`` for one or more event names (the non-decorator form)."""
        patterns = [names] if isinstance(names, str) else list(names)
        if not patterns:
            raise ConfigurationError("add() needs at least one event name")
        for pattern in patterns:
            _check_pattern(pattern)
        _check_handler(handler)
        self._routes.extend((pattern, handler) for pattern in patterns)
        self._cache.clear()

    def fallback(self, handler: H) -> H:
        """Decorator: register the handler of events that no other handler matches."""
        _check_handler(handler)
        if self._fallback is not None:
            raise ConfigurationError("this router already has a fallback handler")
        self._fallback = handler
        self._cache.clear()
        return handler

    def handlers_for(self, name: str) -> tuple[WebhookHandler, ...]:
        """The handlers an event of this name runs, in order (possibly none)."""
        handlers = self._cache.get(name)
        if handlers is None:
            matched: list[WebhookHandler] = []
            for pattern, handler in self._routes:
                hit = name.startswith(pattern[:-1]) if pattern.endswith("*") else name == pattern
                # One handler registered under two matching names still runs once.
                if hit and handler not in matched:
                    matched.append(handler)
            if not matched and self._fallback is not None:
                matched.append(self._fallback)
            handlers = tuple(matched)
            if name in EVENT_NAMES:
                self._cache[name] = handlers
        return handlers

    async def dispatch(self, event: WebhookEvent) -> int:
        """Run the handlers of ``event`` one after the other; the number that ran.

        An exception of a handler propagates (the remaining handlers do not run).
        """
        handlers = self.handlers_for(event.name)
        if not handlers and logger.isEnabledFor(logging.DEBUG):
            logger.debug("no handler for webhook event #%d %s", event.index, shown_name(event.name))
        for handler in handlers:
            await handler(event)
        return len(handlers)

    def __repr__(self) -> str:
        names = sorted({pattern for pattern, _ in self._routes})
        fallback = ", fallback" if self._fallback is not None else ""
        return f"WebhookRouter({names!r}{fallback})"

"""One :class:`~ultracart_async.UltraCartClient` per aiohttp.web application.

A client holds a connection pool and a rate limiter: create one per application, not one per
request. :func:`setup_ultracart_client` creates it at startup (inside the running loop),
stores it under a typed :class:`aiohttp.web.AppKey` and closes it at cleanup.

Example::

    from aiohttp import web
    from ultracart_async.aiohttp_web import ULTRACART_CLIENT, setup_ultracart_client

    async def show_customer(request: web.Request) -> web.Response:
        uc = request.app[ULTRACART_CLIENT]           # typed: UltraCartClient
        customer = await uc.customers.get(int(request.match_info["oid"]))
        return web.json_response({"email": customer.email})

    app = web.Application()
    setup_ultracart_client(app, simple_key=os.environ["ULTRACART_SIMPLE_KEY"])
    app.router.add_get("/customers/{oid}", show_customer)

In a sub-application use ``request.config_dict[ULTRACART_CLIENT]``, which looks in the
parent applications too. The webhook receiver's half of the aiohttp.web glue is
:mod:`ultracart_async.webhook_receiver.aiohttp_web`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any, Final

import aiohttp
from aiohttp import web

from ._errors import ConfigurationError
from .client import UltraCartClient

__all__ = ["ULTRACART_CLIENT", "setup_ultracart_client"]

#: Where :func:`setup_ultracart_client` stores the client by default.
ULTRACART_CLIENT: Final[web.AppKey[UltraCartClient]] = web.AppKey(
    "ultracart_client", UltraCartClient
)

# Which keys setup_ultracart_client registered on an app, to refuse a second registration.
_REGISTERED_KEYS: Final = web.AppKey("ultracart_async_client_keys", set)


def setup_ultracart_client(
    app: web.Application,
    *,
    key: web.AppKey[UltraCartClient] = ULTRACART_CLIENT,
    session_key: web.AppKey[aiohttp.ClientSession] | None = None,
    factory: Callable[..., UltraCartClient] = UltraCartClient,
    **client_kwargs: Any,
) -> None:
    """Give ``app`` one shared :class:`~ultracart_async.UltraCartClient` for its lifetime.

    Registers a ``cleanup_ctx`` that, at startup, builds ``factory(**client_kwargs)`` and
    stores it as ``app[key]``, and at cleanup closes it with ``aclose()``.

    Args:
        app: The application.
        key: The key to store the client under; use your own ``web.AppKey`` to hold two
            clients (two UltraCart accounts, say).
        session_key: The key of an ``aiohttp.ClientSession`` the app already stores (set up
            by an earlier ``cleanup_ctx``). The client then uses that session and never closes
            it: the app that created it does.
        factory: What builds the client: :class:`~ultracart_async.UltraCartClient` (default)
            or, for instance, ``UltraCartClient.from_env``.
        **client_kwargs: Passed to ``factory``: ``simple_key=``, ``base_url=``, ``retry=``, ...

    Raises:
        ConfigurationError: ``key`` is already set up on ``app``.

    Example with the app's own session::

        SESSION = web.AppKey("session", aiohttp.ClientSession)

        async def session_ctx(app: web.Application) -> AsyncIterator[None]:
            async with aiohttp.ClientSession() as session:
                app[SESSION] = session
                yield

        app.cleanup_ctx.append(session_ctx)      # first: the session must exist before
        setup_ultracart_client(app, session_key=SESSION, factory=UltraCartClient.from_env)
    """
    _claim(app, key)
    app.cleanup_ctx.append(_client_context(key, session_key, factory, client_kwargs))


def _claim(app: web.Application, key: web.AppKey[UltraCartClient]) -> None:
    """Note that ``key`` is set up on ``app``, refusing it a second time."""
    registered: set[web.AppKey[Any]] = app.get(_REGISTERED_KEYS, set())
    if key in registered:
        raise ConfigurationError(f"an UltraCart client is already set up under {key!r}")
    registered.add(key)
    app[_REGISTERED_KEYS] = registered


def _client_context(
    key: web.AppKey[UltraCartClient],
    session_key: web.AppKey[aiohttp.ClientSession] | None,
    factory: Callable[..., UltraCartClient],
    client_kwargs: dict[str, Any],
) -> Callable[[web.Application], AsyncIterator[None]]:
    """The ``cleanup_ctx`` that builds the client at startup and closes it at cleanup."""

    async def ultracart_client_ctx(app: web.Application) -> AsyncIterator[None]:
        kwargs = dict(client_kwargs)
        if session_key is not None:
            try:
                kwargs["session"] = app[session_key]
            except KeyError:
                raise ConfigurationError(
                    f"{session_key!r} is not set at startup: append the cleanup_ctx that "
                    "creates the session before calling setup_ultracart_client"
                ) from None
        client = factory(**kwargs)
        app[key] = client
        try:
            yield
        finally:
            # Why no `del app[key]`: the app is frozen by now and aiohttp warns on changes.
            await client.aclose()

    return ultracart_client_ctx

"""UltraCartClient: the one object users create."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Self

import aiohttp

from ._auth import Credential, OAuthToken, SimpleKey, TokenProvider
from ._clock import Clock
from ._closing import AsyncClosing
from ._config import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RESPONSE_BYTES,
    ENV_BASE_URL,
    ENV_OAUTH_TOKEN,
    ENV_SIMPLE_KEY,
    RequestOptions,
    RetryPolicy,
    Timeouts,
    env_settings,
    insecure_base_url,
)
from ._errors import ClientClosedError, ConfigurationError
from ._ratelimit import DEFAULT_WINDOWS, Limiter, TokenBucketLimiter
from ._response import APIResponse
from ._sender import Sender
from ._transport import Transport
from .resources.customers import CustomersResource
from .resources.users import UsersResource
from .resources.webhooks import WebhooksResource
from .resources.workflow import WorkflowResource

__all__ = ["UltraCartClient"]

logger: logging.Logger = logging.getLogger("ultracart_async")

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


class UltraCartClient(AsyncClosing):
    """An async client for the UltraCart REST API v2.

    Give one credential: ``simple_key`` (an UltraCart simple API key) or ``oauth_token`` (a
    string, or an async callable returning a token; a callable is asked again once after a
    401, so an expiring token is refreshed in the middle of an export). Given neither, the
    client reads ``ULTRACART_SIMPLE_KEY`` or ``ULTRACART_OAUTH_TOKEN`` (exactly one may be
    set). An argument always wins over the environment.

    Example::

        # with ULTRACART_SIMPLE_KEY (and, for a sandbox, ULTRACART_BASE_URL) set
        async with UltraCartClient() as uc:
            customer = await uc.customers.get(42)
            async for customer in uc.customers.list(billing_state="CA"):
                ...

    Args:
        simple_key: An UltraCart simple API key.
        oauth_token: An OAuth access token, or an async callable returning one.
        base_url: The API root. ``None`` (the default) means ``ULTRACART_BASE_URL`` if it is
            set, else UltraCart's production API. A URL that is neither https nor loopback
            is accepted with a warning on the ``ultracart_async`` logger.
        timeouts: Connect, per-attempt, total and first-contact timeouts (:class:`Timeouts`).
        retry: The retry policy (:class:`RetryPolicy`).
        limiter: The rate limiter. Defaults to a :class:`TokenBucketLimiter` with
            UltraCart's published limits (1,000/hour, 10,000/day) and one request in
            flight. Share one limiter between clients that use the same credentials.
        clock: The clock for backoff and deadlines when the default limiter is built
            here (a given limiter brings its own clock).
        session: An ``aiohttp.ClientSession`` the application already owns. The client
            uses it and never closes it. (The session the client creates keeps no cookies;
            a session of your own keeps its own cookie jar.)
        max_response_bytes: The largest response body accepted, in bytes, counted after
            decompression; a larger one raises :class:`ResponseTooLargeError` and is not
            retried. The default, 32 MiB, is far above any UltraCart answer (a page of 200
            fully expanded customers is under 1 MB).
        sender: The HTTP layer that sends each attempt (a :class:`Sender`), instead of the
            client's own aiohttp session: for tests,
            :class:`ultracart_async.testing.MemorySender` answers from memory. The client
            neither opens nor closes it. Not together with ``session``.

    The aiohttp session is created lazily inside the running event loop, on the first
    call. ``aclose()`` (or leaving ``async with``) closes it; it is safe to call twice. A
    client left open is closed when its loop shuts down (``asyncio.run()`` does that), and
    used again in a later loop (a second ``asyncio.run()``) it carries on there with a fresh
    session, as the default limiter carries on with its tokens. Used from another loop
    while its loop is still open (another thread's), it raises :class:`ConfigurationError`:
    create one client per loop.

    Raises:
        ConfigurationError: A missing or doubled credential, a malformed ``base_url`` or a
            setting of the wrong type, naming the argument.
    """

    def __init__(
        self,
        *,
        simple_key: str | None = None,
        oauth_token: str | TokenProvider | None = None,
        base_url: str | None = None,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        limiter: Limiter | None = None,
        clock: Clock | None = None,
        session: aiohttp.ClientSession | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        sender: Sender | None = None,
    ) -> None:
        env_key, env_token, env_base_url = env_settings()
        if simple_key is None and oauth_token is None:
            credential = _credential_from_env(env_key, env_token)
        else:
            credential = _credential(simple_key, oauth_token)
        base_url = _base_url(base_url, env_base_url)
        _check_types(
            timeouts=timeouts, retry=retry, limiter=limiter, session=session, sender=sender
        )
        if limiter is None:
            limiter = TokenBucketLimiter(DEFAULT_WINDOWS, max_in_flight=1, clock=clock)
        elif clock is not None:
            raise ConfigurationError(
                "clock= is for the default limiter; a given limiter brings its own clock "
                "(pass the clock to the limiter instead)"
            )
        self._transport = Transport(
            base_url=base_url,
            credential=credential,
            limiter=limiter,
            timeouts=timeouts or Timeouts(),
            retry=retry or RetryPolicy(),
            session=session,
            max_response_bytes=max_response_bytes,
            sender=sender,
        )
        self.customers: CustomersResource = CustomersResource(self._transport)
        """Customer API: profiles, lookups, wish lists, store credit, loyalty, ..."""
        self.webhooks: WebhooksResource = WebhooksResource(self._transport)
        """Webhook API: webhooks, delivery logs, reflow."""
        self.workflow: WorkflowResource = WorkflowResource(self._transport)
        """Workflow API: tasks, assignment groups and users."""
        self.users: UsersResource = UsersResource(self._transport)
        """User API: users and groups."""

    @classmethod
    def from_env(
        cls,
        *,
        base_url: str | None = None,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        limiter: Limiter | None = None,
        clock: Clock | None = None,
        session: aiohttp.ClientSession | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        sender: Sender | None = None,
    ) -> Self:
        """A client whose credential must come from the environment.

        Reads ``ULTRACART_SIMPLE_KEY`` or ``ULTRACART_OAUTH_TOKEN`` (exactly one) and, unless
        ``base_url`` is given, ``ULTRACART_BASE_URL``, as ``UltraCartClient()`` does; the
        difference is that no credential argument is accepted. The other arguments are the
        constructor's.

        Example::

            async with UltraCartClient.from_env(timeouts=Timeouts(total=60)) as uc:
                ...
        """
        env_key, env_token, _ = env_settings()
        if env_key is None and env_token is None:
            raise ConfigurationError(
                f"set {ENV_SIMPLE_KEY} or {ENV_OAUTH_TOKEN} in the environment"
            )
        if env_key is not None and env_token is not None:
            raise ConfigurationError(
                f"both {ENV_SIMPLE_KEY} and {ENV_OAUTH_TOKEN} are set; unset one"
            )
        return cls(
            simple_key=env_key,
            oauth_token=env_token,
            base_url=base_url,
            timeouts=timeouts,
            retry=retry,
            limiter=limiter,
            clock=clock,
            session=session,
            max_response_bytes=max_response_bytes,
            sender=sender,
        )

    @property
    def max_response_bytes(self) -> int:
        """The largest response body accepted, in bytes, after decompression."""
        return self._transport.max_response_bytes

    @property
    def limiter(self) -> Limiter:
        """The rate limiter every request of this client passes through."""
        return self._transport.limiter

    @property
    def base_url(self) -> str:
        """The API root this client talks to."""
        return self._transport.base_url

    @property
    def closed(self) -> bool:
        """True once :meth:`aclose` was called."""
        return self._transport.closed

    async def request(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        params: Mapping[str, object] | None = None,
        json: Any = None,
        options: RequestOptions | None = None,
    ) -> APIResponse:
        """Call any endpoint, through the same limiter, retries and error mapping as the
        typed methods. For endpoints the SDK does not wrap yet.

        GET, PUT and DELETE are treated as safe to repeat; a POST is retried after an
        ambiguous failure only with ``options=RequestOptions(retry_unsafe=True)``.

        Example::

            resp = await uc.request(
                "GET", "/customer/customers/by_email/{email}",
                path_params={"email": "jane+shop@example.com"},
                params={"_expand": "billing"},
            )
            resp.data["customer"]
        """
        if not isinstance(method, str) or not method.strip():
            raise ConfigurationError(f"method must be an HTTP method, got {method!r}")
        if not isinstance(path, str) or not path.startswith("/"):
            raise ConfigurationError(f"path must start with '/', got {path!r}")
        verb = method.strip().upper()
        return await self._transport.request(
            verb,
            path,
            path_params=path_params,
            params=params,
            json=json,
            idempotent=verb in _IDEMPOTENT_METHODS,
            expects_body=False,
            options=options,
        )

    async def aclose(self) -> None:
        """Close the HTTP session (unless it was given to the client). Idempotent."""
        await self._transport.aclose()

    async def __aenter__(self) -> Self:
        if self.closed:
            raise ClientClosedError(
                "this UltraCartClient is closed and cannot be reopened; create a new one"
            )
        return self

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"UltraCartClient(base_url={self.base_url!r}, {state})"


_BOTH_IN_ENV = (
    f"both {ENV_SIMPLE_KEY} and {ENV_OAUTH_TOKEN} are set; unset one, "
    "or pass simple_key= or oauth_token= explicitly"
)


def _credential(simple_key: str | None, oauth_token: str | TokenProvider | None) -> Credential:
    if simple_key is not None and oauth_token is not None:
        raise ConfigurationError("give exactly one credential: simple_key or oauth_token, not both")
    if simple_key is not None:
        return SimpleKey(simple_key)
    assert oauth_token is not None
    return OAuthToken(oauth_token)


def _credential_from_env(env_key: str | None, env_token: str | None) -> Credential:
    if env_key is not None and env_token is not None:
        raise ConfigurationError(_BOTH_IN_ENV)
    if env_key is not None:
        return SimpleKey(env_key)
    if env_token is not None:
        return OAuthToken(env_token)
    raise ConfigurationError(
        "give exactly one credential: simple_key=... or oauth_token=..., "
        f"or set {ENV_SIMPLE_KEY} or {ENV_OAUTH_TOKEN} in the environment"
    )


def _check_types(
    *, timeouts: object, retry: object, limiter: object, session: object, sender: object
) -> None:
    """A setting of the wrong type is named here, not met later as an AttributeError."""
    if timeouts is not None and not isinstance(timeouts, Timeouts):
        raise ConfigurationError(f"timeouts must be a Timeouts, got {type(timeouts).__name__}")
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise ConfigurationError(f"retry must be a RetryPolicy, got {type(retry).__name__}")
    if limiter is not None and not isinstance(limiter, Limiter):
        raise ConfigurationError(
            f"limiter must implement the Limiter protocol, got {type(limiter).__name__}"
        )
    if session is not None and not isinstance(session, aiohttp.ClientSession):
        raise ConfigurationError(
            f"session must be an aiohttp.ClientSession, got {type(session).__name__}"
        )
    if sender is not None and not isinstance(sender, Sender):
        raise ConfigurationError(
            "sender must implement the Sender protocol (an `answered` property and an async "
            f"send(request) method), got {type(sender).__name__}"
        )
    if sender is not None and session is not None:
        raise ConfigurationError(
            "give session= or sender=, not both: session= is the aiohttp session of the "
            "client's own sender, which a sender of your own replaces"
        )


def _base_url(given: str | None, from_env: str | None) -> str:
    """The API root: the argument, else the environment, else production; warned if unsafe."""
    if given is None:
        where, url = ENV_BASE_URL, from_env or DEFAULT_BASE_URL
    else:
        where, url = "base_url", given
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        raise ConfigurationError(
            f"{where} must be an http(s) URL such as {DEFAULT_BASE_URL!r}, got {url!r}"
        )
    warning = insecure_base_url(url)
    if warning is not None:
        logger.warning("%s", warning)
    return url

"""UltraCartClient: the one object users create."""

from __future__ import annotations

import os
from collections.abc import Mapping
from types import TracebackType
from typing import Any, Self

import aiohttp

from ._auth import Credential, OAuthToken, SimpleKey, TokenProvider
from ._clock import Clock
from ._config import DEFAULT_BASE_URL, RequestOptions, RetryPolicy, Timeouts
from ._errors import ClientClosedError, ConfigurationError
from ._ratelimit import DEFAULT_WINDOWS, Limiter, TokenBucketLimiter
from ._response import APIResponse
from ._transport import Transport
from .resources.customers import CustomersResource
from .resources.users import UsersResource
from .resources.webhooks import WebhooksResource
from .resources.workflow import WorkflowResource

__all__ = ["UltraCartClient"]

_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


class UltraCartClient:
    """An async client for the UltraCart REST API v2.

    Give exactly one credential: ``simple_key`` (an UltraCart simple API key) or
    ``oauth_token`` (a string, or an async callable returning a token; a callable is asked
    again once after a 401, so an expiring token is refreshed in the middle of an export).

    Example::

        async with UltraCartClient(simple_key="...") as uc:
            customer = await uc.customers.get(42)
            async for customer in uc.customers.list(billing_state="CA"):
                ...

    Args:
        simple_key: An UltraCart simple API key.
        oauth_token: An OAuth access token, or an async callable returning one.
        base_url: The API root; defaults to UltraCart's production API.
        timeouts: Connect, per-attempt and total timeouts (:class:`Timeouts`).
        retry: The retry policy (:class:`RetryPolicy`).
        limiter: The rate limiter. Defaults to a :class:`TokenBucketLimiter` with
            UltraCart's published limits (1,000/hour, 10,000/day) and one request in
            flight. Share one limiter between clients that use the same credentials.
        clock: The clock for backoff and deadlines when the default limiter is built
            here (a given limiter brings its own clock).
        session: An ``aiohttp.ClientSession`` the application already owns. The client
            uses it and never closes it.

    The aiohttp session is created lazily inside the running event loop, on the first
    call. ``aclose()`` (or leaving ``async with``) closes it; it is safe to call twice.
    """

    def __init__(
        self,
        *,
        simple_key: str | None = None,
        oauth_token: str | TokenProvider | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeouts: Timeouts | None = None,
        retry: RetryPolicy | None = None,
        limiter: Limiter | None = None,
        clock: Clock | None = None,
        session: aiohttp.ClientSession | None = None,
    ) -> None:
        credential = _credential(simple_key, oauth_token)
        if not isinstance(base_url, str) or not base_url.startswith(("https://", "http://")):
            raise ConfigurationError(
                f"base_url must be an http(s) URL such as {DEFAULT_BASE_URL!r}, got {base_url!r}"
            )
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
        )
        self.customers = CustomersResource(self._transport)
        """Customer API: profiles, lookups, wish lists, store credit, loyalty, ..."""
        self.webhooks = WebhooksResource(self._transport)
        """Webhook API: webhooks, delivery logs, reflow."""
        self.workflow = WorkflowResource(self._transport)
        """Workflow API: tasks, assignment groups and users."""
        self.users = UsersResource(self._transport)
        """User API: users and groups."""

    @classmethod
    def from_env(cls, **kwargs: Any) -> Self:
        """A client configured from ``ULTRACART_SIMPLE_KEY`` or ``ULTRACART_OAUTH_TOKEN``
        (exactly one) and, optionally, ``ULTRACART_BASE_URL``. Other settings are passed
        through as keyword arguments."""
        for name in ("simple_key", "oauth_token"):
            if name in kwargs:
                raise ConfigurationError(
                    f"from_env() reads the credential from the environment; do not pass {name}="
                )
        env = os.environ
        simple_key = env.get("ULTRACART_SIMPLE_KEY") or None
        oauth_token = env.get("ULTRACART_OAUTH_TOKEN") or None
        if simple_key is None and oauth_token is None:
            raise ConfigurationError(
                "set ULTRACART_SIMPLE_KEY or ULTRACART_OAUTH_TOKEN in the environment"
            )
        if simple_key is not None and oauth_token is not None:
            raise ConfigurationError(
                "both ULTRACART_SIMPLE_KEY and ULTRACART_OAUTH_TOKEN are set; unset one"
            )
        if env.get("ULTRACART_BASE_URL"):
            kwargs.setdefault("base_url", env["ULTRACART_BASE_URL"])
        return cls(simple_key=simple_key, oauth_token=oauth_token, **kwargs)

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
            safe=verb in _SAFE_METHODS,
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

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"UltraCartClient(base_url={self.base_url!r}, {state})"


def _credential(simple_key: str | None, oauth_token: str | TokenProvider | None) -> Credential:
    if simple_key is not None and oauth_token is not None:
        raise ConfigurationError("give exactly one credential: simple_key or oauth_token, not both")
    if simple_key is not None:
        return SimpleKey(simple_key)
    if oauth_token is not None:
        return OAuthToken(oauth_token)
    raise ConfigurationError(
        "give exactly one credential: simple_key=... or oauth_token=... "
        "(or use UltraCartClient.from_env())"
    )

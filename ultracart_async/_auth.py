"""Credentials: a simple API key or an OAuth bearer token (static or refreshed)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Protocol

from ._errors import ConfigurationError

__all__ = ["Credential", "OAuthToken", "SimpleKey", "TokenProvider"]

#: An async callable that returns a current OAuth access token.
TokenProvider = Callable[[], Awaitable[str]]


class Credential(Protocol):
    """Adds the credential header to a request; may refresh after a 401.

    The transport asks :meth:`headers_nowait` first and awaits :meth:`headers` only when it
    answers None: only that call may do I/O, so only it gets the call's deadline and has its
    failures wrapped in the error tree.
    """

    def headers_nowait(self) -> Mapping[str, str] | None:
        """The header(s) that carry the credential, if they are at hand without I/O; else
        None. Must not be mutated by the caller."""
        ...

    async def headers(self) -> Mapping[str, str]:
        """The header(s) that carry the credential, getting them (with I/O) if need be."""
        ...

    async def refresh(self, sent: Mapping[str, str]) -> bool:
        """Get a fresh credential after a 401 answered a request sent with ``sent`` headers.
        True when the next attempt may succeed."""
        ...


def _check_secret(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, got {type(value).__name__}")
    if not value.strip():
        raise ConfigurationError(f"{name} is empty")
    if any(c in value for c in "\r\n"):
        raise ConfigurationError(f"{name} contains a line break")
    return value


class SimpleKey:
    """An UltraCart simple API key, sent as ``x-ultracart-simple-key``."""

    __slots__ = ("_headers",)

    def __init__(self, key: str) -> None:
        # Built once: every request sends the same header.
        self._headers = {"x-ultracart-simple-key": _check_secret("simple_key", key)}

    def headers_nowait(self) -> Mapping[str, str]:
        """``x-ultracart-simple-key``: always at hand."""
        return self._headers

    async def headers(self) -> Mapping[str, str]:
        """``x-ultracart-simple-key``."""
        return self._headers

    async def refresh(self, sent: Mapping[str, str]) -> bool:
        """A simple key cannot be refreshed: the 401 stands."""
        return False

    def __repr__(self) -> str:
        return "SimpleKey(<redacted>)"


class OAuthToken:
    """An OAuth access token, sent as ``Authorization: Bearer ...``.

    ``token`` is a string, or an async callable returning one. A callable is called for
    the first request and again once after a 401, so an expiring token is refreshed in
    the middle of an export.
    """

    __slots__ = ("_current", "_headers", "_lock", "_provider")

    def __init__(self, token: str | TokenProvider) -> None:
        self._current: str | None = None
        self._headers: Mapping[str, str] | None = None
        if callable(token):
            self._provider: TokenProvider | None = token
        else:
            self._provider = None
            self._use(_check_secret("oauth_token", token))
        self._lock: asyncio.Lock | None = None

    def _use(self, token: str) -> None:
        self._current = token
        # Built once per token: every request until the next refresh sends the same header.
        self._headers = {"Authorization": f"Bearer {token}"}

    async def _fetch(self) -> None:
        assert self._provider is not None
        token = await self._provider()
        self._use(_check_secret("the token returned by the oauth_token callable", token))

    def headers_nowait(self) -> Mapping[str, str] | None:
        """``Authorization: Bearer <token>`` once a token is known; None before a token
        provider was first asked."""
        return self._headers

    async def headers(self) -> Mapping[str, str]:
        """``Authorization: Bearer <token>``, asking the provider on first use."""
        if self._headers is None:
            if self._lock is None:
                self._lock = asyncio.Lock()
            async with self._lock:  # one refresh for many concurrent first calls
                if self._headers is None:
                    await self._fetch()
        assert self._headers is not None
        return self._headers

    async def refresh(self, sent: Mapping[str, str]) -> bool:
        """Ask the provider for a new token, unless another task already replaced the
        token that ``sent`` carried (one refresh for many concurrent 401s)."""
        if self._provider is None:
            return False
        stale = sent.get("Authorization", "").removeprefix("Bearer ")
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self._current in (None, stale):
                await self._fetch()
        return True

    def __repr__(self) -> str:
        kind = "provider" if self._provider is not None else "static"
        return f"OAuthToken(<redacted>, {kind})"

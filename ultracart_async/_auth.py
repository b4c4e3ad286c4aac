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
    """Adds the credential header to a request; may refresh after a 401."""

    @property
    def may_block(self) -> bool:
        """Whether getting the header may do I/O (and so needs a timeout and error wrapping)."""
        ...

    async def headers(self) -> dict[str, str]:
        """The header(s) that carry the credential."""
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

    __slots__ = ("_key",)

    def __init__(self, key: str) -> None:
        self._key = _check_secret("simple_key", key)

    #: The header comes from memory: no I/O, nothing to time out.
    may_block = False

    async def headers(self) -> dict[str, str]:
        """``x-ultracart-simple-key``."""
        return {"x-ultracart-simple-key": self._key}

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

    __slots__ = ("_current", "_lock", "_provider")

    def __init__(self, token: str | TokenProvider) -> None:
        if callable(token):
            self._provider: TokenProvider | None = token
            self._current: str | None = None
        else:
            self._provider = None
            self._current = _check_secret("oauth_token", token)
        self._lock: asyncio.Lock | None = None

    @property
    def may_block(self) -> bool:
        """Whether getting the header may call the token provider (I/O)."""
        return self._provider is not None

    async def _fetch(self) -> str:
        assert self._provider is not None
        token = await self._provider()
        return _check_secret("the token returned by the oauth_token callable", token)

    async def headers(self) -> dict[str, str]:
        """``Authorization: Bearer <token>``, asking the provider on first use."""
        if self._current is None:
            if self._lock is None:
                self._lock = asyncio.Lock()
            async with self._lock:  # one refresh for many concurrent first calls
                if self._current is None:
                    self._current = await self._fetch()
        return {"Authorization": f"Bearer {self._current}"}

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
                self._current = await self._fetch()
        return True

    def __repr__(self) -> str:
        kind = "provider" if self._provider is not None else "static"
        return f"OAuthToken(<redacted>, {kind})"

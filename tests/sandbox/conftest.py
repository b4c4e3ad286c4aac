"""Shared helpers of the sandbox tests (the sandbox's own pytest plugin is loaded by
``tests/conftest.py``)."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import pytest_asyncio

from ultracart_async.sandbox import Sandbox


@pytest_asyncio.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    """A plain aiohttp session (the SDK is deliberately not used here)."""
    async with aiohttp.ClientSession() as s:
        yield s


async def _fetch(
    session: aiohttp.ClientSession,
    sb: Sandbox,
    method: str,
    path: str,
    *,
    json: Any = None,
    headers: dict[str, str] | None = None,
    raw: bool = False,
) -> tuple[int, Any, aiohttp.typedefs.LooseHeaders]:
    """One request to the sandbox with valid credentials; returns (status, body, headers).

    ``path`` is appended to ``base_url`` untouched (``encoded=True``), so tests control the
    exact bytes of the path and query.
    """
    url = aiohttp.client.URL(sb.base_url + path, encoded=True)
    all_headers = sb.headers if headers is None else headers
    async with session.request(method, url, json=json, headers=all_headers) as response:
        body = await response.read()
        if raw or not body:
            return response.status, body, response.headers
        return response.status, await response.json(), response.headers


Fetch = Callable[..., Awaitable[tuple[int, Any, Any]]]


@pytest_asyncio.fixture
async def fetch(session: aiohttp.ClientSession) -> Fetch:
    """``await fetch(sb, method, path, json=..., headers=..., raw=...)`` on a shared session."""
    return functools.partial(_fetch, session)

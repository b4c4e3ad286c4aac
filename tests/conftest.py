"""Shared fixtures: a real aiohttp server on 127.0.0.1 whose answers each test scripts."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from ultracart_async.sandbox import Sandbox

# The sandbox's own pytest plugin (its fixtures and marker), loaded as a user's conftest.py does.
from ultracart_async.sandbox.pytest_plugin import (  # noqa: F401  (fixtures and hook)
    pytest_configure,
    ultracart_sandbox,
    ultracart_sandbox_factory,
)

# One PostgreSQL server for the session, and a fresh database per test (SQLite or
# PostgreSQL), shared by the sync and inbox tests.
from ._postgres import db_kind, db_url, pg_url, postgres_server  # noqa: F401

AIOHTTP_VERSION = tuple(int(p) for p in aiohttp.__version__.split(".")[:2])


@pytest.fixture(autouse=True)
def _no_ultracart_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite never depends on the developer's shell: every ``ULTRACART_*`` is cleared.

    Tests that exercise the environment set the variables themselves with ``monkeypatch``.
    """
    import os

    for name in list(os.environ):
        if name.startswith("ULTRACART_"):
            monkeypatch.delenv(name)


@pytest.fixture
def sandbox(request: pytest.FixtureRequest) -> Sandbox:
    """A started sandbox, closed after the test: the plugin's ``ultracart_sandbox``, whose
    arguments a module gives with ``pytestmark = pytest.mark.ultracart_sandbox(...)``."""
    sb: Sandbox = request.getfixturevalue("ultracart_sandbox")
    return sb


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if AIOHTTP_VERSION < (3, 14):
        return
    skip = pytest.mark.skip(
        reason=(
            f"aioresponses 0.7.9 cannot build responses on aiohttp {aiohttp.__version__} "
            "(ClientResponse.__init__() needs 'stream_writer'); .ci/run runs these tests in "
            "its aiohttp 3.13 environment, and tests/test_transport.py proves the same "
            "behaviour on this aiohttp against a real server"
        )
    )
    for item in items:
        if "aioresponses" in item.keywords:
            item.add_marker(skip)


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class ScriptedServer:
    """A local aiohttp server: every request is recorded, and answered by ``handler``."""

    def __init__(self, server: TestServer) -> None:
        self._server = server
        self.requests: list[dict[str, Any]] = []
        self.handler: Handler = _ok

    @property
    def base_url(self) -> str:
        return str(self._server.make_url("/rest/v2"))

    async def dispatch(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        self.requests.append(
            {
                "method": request.method,
                "raw_path": request.raw_path,
                "path": request.path,
                "query": dict(request.query),
                "headers": dict(request.headers),
                "body": body,
            }
        )
        return await self.handler(request)


async def _ok(request: web.Request) -> web.StreamResponse:
    return web.json_response({"success": True})


@pytest.fixture
async def server() -> AsyncIterator[ScriptedServer]:
    app = web.Application()
    holder: dict[str, ScriptedServer] = {}

    async def entry(request: web.Request) -> web.StreamResponse:
        return await holder["s"].dispatch(request)

    app.router.add_route("*", "/{tail:.*}", entry)
    test_server = TestServer(app, host="127.0.0.1")
    await test_server.start_server()
    scripted = ScriptedServer(test_server)
    holder["s"] = scripted
    try:
        yield scripted
    finally:
        await test_server.close()

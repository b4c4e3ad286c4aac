"""pytest fixtures for a sandbox per test. Enable with, in your top-level ``conftest.py``::

    pytest_plugins = ["ultracart_async.sandbox.pytest_plugin"]

``ultracart_sandbox`` is a started :class:`Sandbox` (250 customers, seed 0) closed after the
test. Change its arguments with the marker::

    @pytest.mark.ultracart_sandbox(customers=10, seed=3, latency=0.01)
    async def test_x(ultracart_sandbox): ...

or start several, each with its own arguments, with the factory::

    async def test_y(ultracart_sandbox_factory):
        a = await ultracart_sandbox_factory(customers=5)
        b = await ultracart_sandbox_factory(customers=5, rate_limit=2)

Needs pytest-asyncio (the fixtures are async).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
import pytest_asyncio

from ._server import Sandbox

__all__ = ["SandboxFactory", "ultracart_sandbox", "ultracart_sandbox_factory"]

#: The type of ``ultracart_sandbox_factory``: call it with :class:`Sandbox` arguments and
#: await a started sandbox, closed after the test.
SandboxFactory = Callable[..., Awaitable[Sandbox]]

_DEFAULTS: dict[str, Any] = {"customers": 250, "seed": 0}


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker so ``--strict-markers`` accepts it."""
    config.addinivalue_line(
        "markers",
        "ultracart_sandbox(**kwargs): arguments of the ultracart_sandbox fixture's Sandbox",
    )


@pytest_asyncio.fixture
async def ultracart_sandbox_factory() -> AsyncIterator[SandboxFactory]:
    """An async callable ``(**Sandbox kwargs) -> started Sandbox``; all closed at teardown."""
    started: list[Sandbox] = []

    async def factory(**kwargs: Any) -> Sandbox:
        sandbox = await Sandbox(**{**_DEFAULTS, **kwargs}).start()
        started.append(sandbox)
        return sandbox

    try:
        yield factory
    finally:
        for sandbox in reversed(started):
            await sandbox.close()


@pytest_asyncio.fixture
async def ultracart_sandbox(
    request: pytest.FixtureRequest, ultracart_sandbox_factory: SandboxFactory
) -> Sandbox:
    """A started sandbox for one test; arguments from ``@pytest.mark.ultracart_sandbox``."""
    kwargs: dict[str, Any] = {}
    # Closest marker last so a function's marker overrides its class's or module's.
    for marker in reversed(list(request.node.iter_markers("ultracart_sandbox"))):
        kwargs.update(marker.kwargs)
    return await ultracart_sandbox_factory(**kwargs)

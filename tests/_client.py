"""Clients for the tests: of the scripted server of ``conftest.py`` (a key, and a limiter on a
fake clock), and of a sandbox."""

from __future__ import annotations

from typing import Any

from ultracart_async import TokenBucketLimiter, UltraCartClient
from ultracart_async.sandbox import Sandbox
from ultracart_async.testing import FakeClock

from .conftest import ScriptedServer

KEY = "sk-test-0123456789abcdef"


def make_client(server: ScriptedServer, **kwargs: object) -> UltraCartClient:
    kwargs.setdefault("simple_key", KEY)
    clock = kwargs.pop("clock", None) or FakeClock()
    kwargs.setdefault("limiter", TokenBucketLimiter((), max_in_flight=4, clock=clock))  # type: ignore[arg-type]
    return UltraCartClient(base_url=server.base_url, **kwargs)  # type: ignore[arg-type]


def client_of(sb: Sandbox, *, in_flight: int = 4, **kwargs: Any) -> UltraCartClient:
    """A client of ``sb`` with its key, sending at most ``in_flight`` requests at once."""
    kwargs.setdefault("limiter", TokenBucketLimiter((), max_in_flight=in_flight))
    return UltraCartClient(simple_key=sb.simple_key, base_url=sb.base_url, **kwargs)

"""A client for the scripted server of ``conftest.py``: a key, and a limiter on a fake clock."""

from __future__ import annotations

from ultracart_async import TokenBucketLimiter, UltraCartClient
from ultracart_async.testing import FakeClock

from .conftest import ScriptedServer

KEY = "sk-test-0123456789abcdef"


def make_client(server: ScriptedServer, **kwargs: object) -> UltraCartClient:
    kwargs.setdefault("simple_key", KEY)
    clock = kwargs.pop("clock", None) or FakeClock()
    kwargs.setdefault("limiter", TokenBucketLimiter((), max_in_flight=4, clock=clock))  # type: ignore[arg-type]
    return UltraCartClient(base_url=server.base_url, **kwargs)  # type: ignore[arg-type]

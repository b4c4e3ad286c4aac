"""Fixtures of the CLI tests."""

from __future__ import annotations

import socket

import pytest


@pytest.fixture
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any host name but localhost does not resolve: nothing can reach the network (without
    the fix, the CLI sent the environment's key to production UltraCart)."""
    real = socket.getaddrinfo

    def resolve(host: object, *args: object, **kwargs: object) -> object:
        if host in ("127.0.0.1", "localhost", "::1"):
            return real(host, *args, **kwargs)  # type: ignore[arg-type]
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", resolve)

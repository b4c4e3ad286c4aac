"""Responses are bounded (issue 14): ``max_response_bytes`` caps every body, success or error,
while it is read and after decompression, and is never retried. The client keeps no cookies.
Every test runs against a real aiohttp server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import gzip

import aiohttp
import pytest
from aiohttp import web

from ultracart_async import (
    APIError,
    ConfigurationError,
    ResponseTooLargeError,
    RetryPolicy,
    TokenBucketLimiter,
    UltraCartClient,
)
from ultracart_async.testing import FakeClock

from .conftest import ScriptedServer

KEY = "sk-test-bounds"
MIB = 1024 * 1024


def client(server: ScriptedServer, **kwargs: object) -> UltraCartClient:
    kwargs.setdefault("limiter", TokenBucketLimiter((), max_in_flight=4, clock=FakeClock()))
    return UltraCartClient(simple_key=KEY, base_url=server.base_url, **kwargs)  # type: ignore[arg-type]


def gzip_bomb(size: int) -> bytes:
    """A small gzip body that inflates to ``size`` bytes of JSON-looking text."""
    return gzip.compress(b'{"pad": "' + b"0" * size + b'"}', compresslevel=9)


async def stream_forever(request: web.Request) -> web.StreamResponse:
    """An answer whose body never ends (a hang guard in each test bounds it)."""
    response = web.StreamResponse(status=200, headers={"Content-Type": "application/json"})
    await response.prepare(request)
    chunk = b" " * 65536
    for _ in range(4096):  # 256 MiB at most, so even a client without a cap finishes
        await response.write(chunk)
    await response.write_eof()
    return response


async def ok(request: web.Request) -> web.StreamResponse:
    return web.json_response({"ok": True})


async def test_an_endless_body_is_refused_while_reading_and_not_retried(
    server: ScriptedServer,
) -> None:
    server.handler = stream_forever
    async with asyncio.timeout(60), client(server, max_response_bytes=256 * 1024) as uc:
        with pytest.raises(ResponseTooLargeError) as info:
            await uc.request("GET", "/customer/customers")
        # The connection was dropped, not left half read: the next call works.
        server.handler = ok
        assert (await uc.request("GET", "/customer/customers")).data == {"ok": True}
    error = info.value
    assert isinstance(error, APIError)
    assert error.limit == 256 * 1024 and error.status == 200
    assert error.attempts == 1
    assert "max_response_bytes" in str(error) and "262,144" in str(error)
    assert error.method == "GET" and error.url.endswith("/customer/customers")
    assert len(server.requests) == 2  # the refused GET was sent once


async def test_a_gzip_bomb_is_counted_after_decompression_with_the_default_cap(
    server: ScriptedServer,
) -> None:
    bomb = gzip_bomb(40 * MIB)  # about 40 KB on the wire, 40 MiB inflated

    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(
            body=bomb, headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}
        )

    server.handler = handler
    async with asyncio.timeout(60), client(server) as uc:
        assert uc.max_response_bytes == 32 * MIB  # the documented default
        with pytest.raises(ResponseTooLargeError) as info:
            await uc.request("GET", "/customer/customers")
    assert len(bomb) < 32 * MIB // 100
    assert info.value.limit == 32 * MIB
    assert len(server.requests) == 1


async def test_an_error_body_is_bounded_too_and_a_5xx_bomb_is_not_retried(
    server: ScriptedServer,
) -> None:
    bomb = gzip_bomb(4 * MIB)

    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(status=503, body=bomb, headers={"Content-Encoding": "gzip"})

    server.handler = handler
    async with (
        asyncio.timeout(60),
        client(server, max_response_bytes=MIB, retry=RetryPolicy(max_attempts=5)) as uc,
    ):
        with pytest.raises(ResponseTooLargeError) as info:
            await uc.request("GET", "/customer/customers")  # a 503 on a GET is retryable
    assert info.value.status == 503
    assert len(server.requests) == 1


async def test_the_cap_is_inclusive_and_a_declared_length_over_it_is_refused(
    server: ScriptedServer,
) -> None:
    cap = 1000
    exact = b'{"pad": "' + b"x" * (cap - 11) + b'"}'
    assert len(exact) == cap
    bodies = iter([exact, exact + b" "])

    async def handler(request: web.Request) -> web.StreamResponse:
        return web.Response(body=next(bodies), content_type="application/json")

    server.handler = handler
    async with client(server, max_response_bytes=cap) as uc:
        assert (await uc.request("GET", "/customer/customers")).data["pad"].startswith("xxx")
        with pytest.raises(ResponseTooLargeError, match="1,000 bytes"):
            await uc.request("GET", "/customer/customers")


@pytest.mark.parametrize("bad", [0, -1, True, 1.5, "32MiB", None])
def test_max_response_bytes_must_be_a_positive_integer(bad: object) -> None:
    with pytest.raises(ConfigurationError, match="max_response_bytes"):
        UltraCartClient(simple_key=KEY, max_response_bytes=bad)  # type: ignore[arg-type]


async def set_cookie(request: web.Request) -> web.StreamResponse:
    response = web.json_response({"ok": True})
    response.set_cookie("affinity", "node-7", path="/")
    return response


async def test_cookies_the_api_sets_are_not_kept_unless_the_session_is_yours(
    server: ScriptedServer,
) -> None:
    server.handler = set_cookie
    # "localhost", not 127.0.0.1: aiohttp's default jar ignores cookies from IP addresses,
    # so only a host name shows whether the client's own session keeps cookies.
    base = server.base_url.replace("127.0.0.1", "localhost")
    limiter = TokenBucketLimiter((), clock=FakeClock())
    async with UltraCartClient(simple_key=KEY, base_url=base, limiter=limiter) as uc:
        await uc.request("GET", "/customer/customers")
        await uc.request("GET", "/customer/customers")
    assert "Cookie" not in server.requests[1]["headers"]

    # A session of the application's own keeps its own jar, cookies included.
    jar = aiohttp.CookieJar(unsafe=True)  # unsafe: keep cookies from 127.0.0.1 too
    async with (
        aiohttp.ClientSession(cookie_jar=jar) as session,
        UltraCartClient(
            simple_key=KEY, base_url=server.base_url, session=session, limiter=limiter
        ) as uc,
    ):
        await uc.request("GET", "/customer/customers")
        await uc.request("GET", "/customer/customers")
    assert server.requests[3]["headers"].get("Cookie") == "affinity=node-7"

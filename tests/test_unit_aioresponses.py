"""Unit tests with HTTP mocked by aioresponses.

aioresponses 0.7.9 works on aiohttp 3.13.x and fails on 3.14.x, so these run in .ci/run's
aiohttp 3.13 environment and skip (with the reason) on newer aiohttp, where
tests/test_transport.py proves the same behaviour against a real local server.
"""

from __future__ import annotations

import re

import pytest

from ultracart_async import RequestOptions, ServerError, TokenBucketLimiter, UltraCartClient
from ultracart_async.testing import FakeClock

pytestmark = pytest.mark.aioresponses

BASE = "https://secure.ultracart.com/rest/v2"


@pytest.fixture
def mocked():  # type: ignore[no-untyped-def]
    from aioresponses import aioresponses

    with aioresponses() as m:
        yield m


def client() -> UltraCartClient:
    return UltraCartClient(simple_key="key-1", limiter=TokenBucketLimiter((), clock=FakeClock()))


async def test_headers_and_query(mocked) -> None:  # type: ignore[no-untyped-def]
    mocked.get(re.compile(r".*/user/users.*"), payload={"users": []})
    async with client() as uc:
        response = await uc.request("GET", "/user/users", params={"flag": True})
    assert response.data == {"users": []}
    ((key, calls),) = mocked.requests.items()
    assert str(key[1]).startswith(f"{BASE}/user/users?flag=true")
    headers = calls[0].kwargs["headers"]
    assert headers["X-UltraCart-Api-Version"] == "2017-03-01"
    assert headers["x-ultracart-simple-key"] == "key-1"


async def test_503_then_200_on_a_get(mocked) -> None:  # type: ignore[no-untyped-def]
    url = re.compile(r".*/user/users$")
    mocked.get(url, status=503, body="<html>busy</html>")
    mocked.get(url, payload={"ok": True})
    async with client() as uc:
        response = await uc.request("GET", "/user/users")
    assert response.attempts == 2


async def test_503_on_a_post_is_not_retried_unless_opted_in(mocked) -> None:  # type: ignore[no-untyped-def]
    url = re.compile(r".*/customer/customers$")
    mocked.post(url, status=503)
    mocked.post(url, status=503)
    mocked.post(url, payload={"ok": True})
    async with client() as uc:
        with pytest.raises(ServerError):
            await uc.request("POST", "/customer/customers", json={})
        response = await uc.request(
            "POST", "/customer/customers", json={}, options=RequestOptions(retry_unsafe=True)
        )
    assert response.attempts == 2

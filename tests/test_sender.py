"""The sender step: a client sends every attempt through a swappable :class:`Sender`, and
``ultracart_async.testing.MemorySender`` answers from memory with the client's own retries,
limiter and errors, no server and no network."""

from __future__ import annotations

from typing import Any

import aiohttp
import orjson
import pytest

from ultracart_async import (
    APIConnectionError,
    ConfigurationError,
    ResponseTooLargeError,
    RetryPolicy,
    SenderRequest,
    SenderResponse,
    ServerError,
    TokenBucketLimiter,
    UltraCartClient,
)
from ultracart_async._ratelimit import InstantRelease
from ultracart_async.testing import FakeClock, MemorySender, reply

KEY = "sk-memory-sender"
CUSTOMER = {"customer": {"customer_profile_oid": 42, "email": "jane@example.com"}, "success": True}


def client(sender: Any, **kwargs: Any) -> UltraCartClient:
    limiter = kwargs.pop("limiter", None) or TokenBucketLimiter((), clock=FakeClock())
    return UltraCartClient(simple_key=KEY, sender=sender, limiter=limiter, **kwargs)


def script(*answers: SenderResponse | Exception) -> MemorySender:
    """A sender that answers with each item in turn (the last one repeats)."""
    items = list(answers)

    def handler(request: SenderRequest) -> SenderResponse:
        item = items.pop(0) if len(items) > 1 else items[0]
        if isinstance(item, Exception):
            raise item
        return item

    return MemorySender(handler)


async def test_a_typed_call_is_answered_from_memory() -> None:
    async def handler(request: SenderRequest) -> SenderResponse:  # an async handler works too
        if request.url.path == "/rest/v2/customer/customers/42":
            return reply(200, CUSTOMER)
        return reply(404, {"error": {"developer_message": "no such customer"}})

    sender = MemorySender(handler)
    async with client(sender) as uc:
        customer = await uc.customers.get(42)
    assert customer.customer_profile_oid == 42
    assert customer.email == "jane@example.com"
    sent = sender.requests[0]
    assert (sent.method, sent.body) == ("GET", None)
    assert sent.headers["x-ultracart-simple-key"] == KEY
    assert sent.headers["X-UltraCart-Api-Version"] == "2017-03-01"
    assert sent.max_body == uc.max_response_bytes


async def test_a_json_body_reaches_the_sender_encoded() -> None:
    sender = MemorySender(lambda request: reply(200, {"ok": True}))
    async with client(sender) as uc:
        response = await uc.request("PUT", "/customer/customers/{oid}", path_params={"oid": 7},
                                    json={"email": "a+b@example.com"})  # fmt: skip
    assert response.data == {"ok": True}
    sent = sender.requests[0]
    assert str(sent.url).endswith("/customer/customers/7")
    assert orjson.loads(sent.body or b"") == {"email": "a+b@example.com"}
    assert sent.headers["Content-Type"].startswith("application/json")


async def test_a_503_from_memory_is_retried_for_an_idempotent_call_only() -> None:
    sender = script(reply(503), reply(200, {"ok": True}))
    async with client(sender) as uc:
        response = await uc.request("GET", "/customer/customers")
    assert response.attempts == 2 and len(sender.requests) == 2

    insert = script(reply(503), reply(200, {"ok": True}))
    async with client(insert) as uc:
        with pytest.raises(ServerError) as info:
            await uc.request("POST", "/customer/customers", json={})
    assert info.value.attempts == 1 and len(insert.requests) == 1


async def test_a_dropped_connection_played_by_the_handler_is_mapped_and_retried() -> None:
    sender = script(aiohttp.ServerDisconnectedError(), reply(200, {"ok": True}))
    async with client(sender) as uc:
        assert (await uc.request("GET", "/user/users")).attempts == 2

    failing = script(aiohttp.ServerDisconnectedError())
    async with client(failing, retry=RetryPolicy(max_attempts=3)) as uc:
        with pytest.raises(APIConnectionError, match="ServerDisconnectedError") as info:
            await uc.request("GET", "/user/users")
    assert info.value.attempts == 3


async def test_a_429_from_memory_reaches_the_limiter() -> None:
    limiter = TokenBucketLimiter((), clock=FakeClock())
    sender = script(reply(429, headers={"Retry-After": "2"}), reply(200, {"ok": True}))
    async with client(sender, limiter=limiter) as uc:
        response = await uc.request("POST", "/customer/customers", json={})
    assert (response.attempts, response.throttled) == (2, 1)
    assert limiter.state().throttled == 1


async def test_any_senders_body_over_max_response_bytes_is_refused_and_not_retried() -> None:
    # The limit holds for a sender that ignores SenderRequest.max_body.
    sender = MemorySender(lambda request: reply(200, body=b"x" * 101))
    async with client(sender, max_response_bytes=100) as uc:
        with pytest.raises(ResponseTooLargeError, match="max_response_bytes") as info:
            await uc.request("GET", "/customer/customers")
    assert (info.value.limit, info.value.attempts, len(sender.requests)) == (100, 1, 1)
    assert uc.limiter.state().in_flight == 0


async def test_a_sender_that_flags_a_body_too_large_fails_the_call() -> None:
    too_large = SenderResponse(200, "OK", reply().headers, b"", too_large=True)
    async with client(MemorySender(lambda request: too_large)) as uc:
        with pytest.raises(ResponseTooLargeError):
            await uc.request("GET", "/customer/customers")


async def test_a_handler_that_returns_no_answer_is_named() -> None:
    async with client(MemorySender(lambda request: {"ok": True})) as uc:
        with pytest.raises(ConfigurationError, match=r"must return a SenderResponse.*got dict"):
            await uc.request("GET", "/customer/customers")
    assert uc.limiter.state().in_flight == 0


async def test_a_given_sender_is_neither_opened_nor_closed_by_the_client() -> None:
    sender = MemorySender(lambda request: reply(200, {"ok": True}))
    async with client(sender) as uc:
        await uc.request("GET", "/user/users")
    assert uc._transport._session is None  # no aiohttp session was ever created
    assert sender.answered  # the client did not close it: it still answers
    async with client(sender) as again:
        await again.request("GET", "/user/users")
    assert len(sender.requests) == 2


async def test_the_client_refuses_a_non_sender_and_a_sender_beside_a_session() -> None:
    with pytest.raises(ConfigurationError, match="sender must implement the Sender protocol"):
        UltraCartClient(simple_key=KEY, sender=object())  # type: ignore[arg-type]
    async with aiohttp.ClientSession() as session:
        with pytest.raises(ConfigurationError, match="session= or sender=, not both"):
            UltraCartClient(
                simple_key=KEY, session=session, sender=MemorySender(lambda request: reply())
            )


def test_reply_builds_case_insensitive_headers_and_the_standard_reason() -> None:
    answer = reply(404, {"error": {}}, headers={"uc-rest-error": "gone"})
    assert (answer.status, answer.reason) == (404, "Not Found")
    assert answer.headers["UC-REST-ERROR"] == "gone"
    assert answer.headers["content-type"] == "application/json"
    assert reply(599).reason == ""
    with pytest.raises(ConfigurationError, match="json= or body="):
        reply(200, {"a": 1}, body=b"{}")


class _CountingLimiter(TokenBucketLimiter):
    def __init__(self) -> None:
        super().__init__((), clock=FakeClock())
        self.released_at_once = 0

    def release_nowait(self) -> None:
        self.released_at_once += 1
        super().release_nowait()


async def test_a_limiter_that_releases_at_once_is_released_without_an_await() -> None:
    limiter = _CountingLimiter()
    assert isinstance(limiter, InstantRelease)
    async with client(MemorySender(lambda request: reply(200, {})), limiter=limiter) as uc:
        await uc.request("GET", "/user/users")
        await uc.request("GET", "/user/users")
    assert limiter.released_at_once == 2
    assert limiter.state().in_flight == 0

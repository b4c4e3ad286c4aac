"""Fail fast, without giving up on long runs (issue 18).

Until the client has had one answer from the API host, failures to connect get a short budget
(``Timeouts.first_contact``, 5 s): a refused connection or a dropped SYN surfaces within it,
and a name that does not exist is not retried. After a first answer the patient policy applies;
a temporary DNS failure always gets it. Everything runs on 127.0.0.1: refused is a closed port,
a dropped SYN is a listening socket whose backlog is full, and DNS answers come from a resolver
the test controls.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.test_utils import TestServer

from ultracart_async import (
    APIConnectionError,
    APITimeoutError,
    RetryPolicy,
    Timeouts,
    TokenBucketLimiter,
    UltraCartClient,
)
from ultracart_async._retry import dns_failure
from ultracart_async.testing import FakeClock

from ._net import free_port
from .conftest import ScriptedServer

KEY = "sk-test-fail-fast"


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens: connecting is refused at once."""
    return free_port()


@pytest.fixture
def full_backlog_port() -> Iterator[int]:
    """A port whose listen queue is full: Linux drops further SYNs, so a connect hangs."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port: int = listener.getsockname()[1]
    fillers = []
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(("127.0.0.1", port))  # non-blocking: in progress, or queued
        fillers.append(filler)
    try:
        yield port
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


class ScriptedResolver(AbstractResolver):
    """Answers name lookups from a script: a gaierror code, or the address of 127.0.0.1."""

    def __init__(self, port: int, script: list[int | None]) -> None:
        self.port = port
        self.script = script
        self.calls = 0

    @classmethod
    def to(cls, server: ScriptedServer, script: list[int | None]) -> ScriptedResolver:
        """A resolver whose addresses are those of the scripted ``server``."""
        return cls(int(server.base_url.split(":")[2].split("/")[0]), script)

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        self.calls += 1
        step = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if step is not None:
            raise socket.gaierror(step, f"scripted resolver: error {step}")
        return [
            ResolveResult(
                hostname=host,
                host="127.0.0.1",
                port=self.port,
                family=socket.AF_INET,
                proto=0,
                flags=socket.AI_NUMERICHOST,
            )
        ]

    async def close(self) -> None:
        pass


def scripted_session(resolver: ScriptedResolver) -> aiohttp.ClientSession:
    # No DNS cache and no keep-alive, so that every attempt asks the resolver.
    connector = aiohttp.TCPConnector(resolver=resolver, use_dns_cache=False, force_close=True)
    return aiohttp.ClientSession(connector=connector)


def fake_clock_client(base_url: str, clock: FakeClock, **kwargs: Any) -> UltraCartClient:
    return UltraCartClient(
        simple_key=KEY,
        base_url=base_url,
        limiter=TokenBucketLimiter((), clock=clock),
        **kwargs,
    )


@contextlib.asynccontextmanager
async def resolving_client(
    resolver: ScriptedResolver, base_url: str, clock: FakeClock, **kwargs: Any
) -> AsyncIterator[UltraCartClient]:
    """A client on ``clock`` whose every attempt asks ``resolver`` for the address."""
    async with (
        scripted_session(resolver) as session,
        fake_clock_client(base_url, clock, session=session, **kwargs) as uc,
    ):
        yield uc


def test_the_defaults() -> None:
    assert Timeouts().first_contact == 5.0
    assert Timeouts(first_contact=None).first_contact is None


async def test_a_refused_connection_surfaces_within_the_first_contact_budget(
    closed_port: int,
) -> None:
    clock = FakeClock()
    # Many attempts and a long deadline: only the first-contact budget can stop the call.
    uc = fake_clock_client(
        f"http://127.0.0.1:{closed_port}/rest/v2", clock, retry=RetryPolicy(max_attempts=100)
    )
    async with asyncio.timeout(30), uc:
        with pytest.raises(APIConnectionError) as info:
            await uc.request("GET", "/customer/customers")
    error = info.value
    assert not isinstance(error, APITimeoutError)
    assert isinstance(error.__cause__, aiohttp.ClientConnectorError)
    assert 2 <= error.attempts < 100  # retried, within the budget only
    assert clock.now() <= 5.0  # virtual seconds since the first attempt
    assert "Timeouts.first_contact" in str(error)


async def test_a_dropped_syn_surfaces_within_the_first_contact_budget(
    full_backlog_port: int,
) -> None:
    # The real clock here: the wait is aiohttp's connect timeout, which the budget caps.
    uc = UltraCartClient(
        simple_key=KEY,
        base_url=f"http://127.0.0.1:{full_backlog_port}/rest/v2",
        limiter=TokenBucketLimiter(()),
        timeouts=Timeouts(first_contact=0.5),  # connect stays 10 s, the default
    )
    async with asyncio.timeout(30), uc:
        with pytest.raises(APITimeoutError) as info:
            await uc.request("POST", "/customer/customers", json={})
    assert isinstance(info.value.__cause__, aiohttp.ConnectionTimeoutError)
    assert info.value.attempts == 1  # the one attempt's connect used up the budget
    assert "Timeouts.first_contact" in str(info.value)


async def test_an_unknown_host_is_not_retried() -> None:
    resolver = ScriptedResolver(0, [socket.EAI_NONAME])
    clock = FakeClock()
    async with resolving_client(resolver, "http://api.example.invalid/rest/v2", clock) as uc:
        with pytest.raises(APIConnectionError) as info:
            await uc.request("GET", "/customer/customers")
    assert resolver.calls == 1
    assert info.value.attempts == 1
    assert "cannot resolve api.example.invalid" in str(info.value)
    assert "not retried" in str(info.value)
    assert clock.sleeps == []


async def test_a_temporary_dns_failure_gets_the_patient_policy(server: ScriptedServer) -> None:
    resolver = ScriptedResolver.to(server, [socket.EAI_AGAIN] * 4 + [None])
    clock = FakeClock()
    async with resolving_client(
        resolver,
        "http://api.example.test/rest/v2",
        clock,
        # Four backoffs of up to 20 s each (on the fake clock) outlast a 1 s budget but
        # for a chance of 1 in 3.8 million: EAI_AGAIN must not use that budget. The budget
        # is not shorter because connecting on a loaded machine takes real time.
        retry=RetryPolicy(initial_backoff=20.0, max_backoff=20.0),
        timeouts=Timeouts(first_contact=1.0),
    ) as uc:
        response = await uc.request("POST", "/customer/customers", json={})
    assert response.attempts == 5
    assert resolver.calls == 5
    assert clock.now() > 1.0


async def test_after_a_first_answer_a_refused_connection_gets_the_patient_policy() -> None:
    app = web.Application()

    async def ok(request: web.Request) -> web.StreamResponse:
        return web.json_response({"ok": True})

    app.router.add_get("/rest/v2/customer/customers", ok)
    test_server = TestServer(app, host="127.0.0.1")
    await test_server.start_server()
    base_url = str(test_server.make_url("/rest/v2"))
    clock = FakeClock()
    # Backoffs of up to 20 s (fake clock) outlast a 1 s first-contact budget almost surely;
    # the budget itself leaves real time to connect on a loaded machine.
    policy = RetryPolicy(max_attempts=4, initial_backoff=20.0, max_backoff=20.0)
    budget = Timeouts(first_contact=1.0)
    answered = fake_clock_client(base_url, clock, retry=policy, timeouts=budget)
    never_answered = fake_clock_client(base_url, FakeClock(), retry=policy, timeouts=budget)
    try:
        async with asyncio.timeout(30), answered, never_answered:
            await answered.request("GET", "/customer/customers")
            await test_server.close()  # the host goes away: connections are now refused
            with pytest.raises(APIConnectionError) as patient:
                await answered.request("GET", "/customer/customers")
            with pytest.raises(APIConnectionError) as hasty:
                await never_answered.request("GET", "/customer/customers")
    finally:
        await test_server.close()
    assert isinstance(patient.value.__cause__, aiohttp.ClientConnectorError)
    assert patient.value.attempts == 4  # every attempt of the retry policy
    assert "first_contact" not in str(patient.value)
    assert hasty.value.attempts < 4  # the same failure, for a client that never got an answer


async def test_an_unknown_host_is_retried_only_after_the_host_has_answered(
    server: ScriptedServer,
) -> None:
    # NXDOMAIN, then an answer, then NXDOMAIN for good (a DNS blip in the middle of a run).
    resolver = ScriptedResolver.to(server, [socket.EAI_NONAME, None, socket.EAI_NONAME])
    async with resolving_client(
        resolver, "http://api.example.test/rest/v2", FakeClock(), retry=RetryPolicy(max_attempts=3)
    ) as uc:
        with pytest.raises(APIConnectionError) as before:
            await uc.request("GET", "/customer/customers")
        await uc.request("GET", "/customer/customers")
        with pytest.raises(APIConnectionError) as after:
            await uc.request("GET", "/customer/customers")
    assert before.value.attempts == 1
    assert after.value.attempts == 3
    assert "not retried" not in str(after.value)
    assert resolver.calls == 5


async def test_first_contact_none_turns_the_short_budget_off(closed_port: int) -> None:
    clock = FakeClock()
    uc = fake_clock_client(
        f"http://127.0.0.1:{closed_port}/rest/v2",
        clock,
        retry=RetryPolicy(max_attempts=6),
        timeouts=Timeouts(first_contact=None),
    )
    async with asyncio.timeout(30), uc:
        with pytest.raises(APIConnectionError) as info:
            await uc.request("GET", "/customer/customers")
    assert info.value.attempts == 6
    assert "first_contact" not in str(info.value)


class DNSError(Exception):
    """Stands in for aiodns.error.DNSError, which aiohttp's AsyncResolver chains."""


def _from_aiodns(code: int) -> OSError:
    error = OSError(None, "DNS lookup failed")
    error.__cause__ = DNSError(code, "c-ares says no")
    return error


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), "no-such-name"),
        (socket.gaierror(socket.EAI_AGAIN, "Temporary failure"), "temporary"),
        (socket.gaierror(socket.EAI_FAIL, "Non-recoverable failure"), "other"),
        (_from_aiodns(4), "no-such-name"),  # ARES_ENOTFOUND
        (_from_aiodns(12), "temporary"),  # ARES_ETIMEOUT
        (_from_aiodns(5), "other"),  # ARES_ENOTIMP
        (ConnectionRefusedError(111, "Connection refused"), None),
        (None, None),
    ],
)
def test_dns_failures_are_told_apart_for_both_of_aiohttps_resolvers(
    error: BaseException | None, kind: str | None
) -> None:
    assert dns_failure(error) == kind

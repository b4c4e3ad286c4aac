"""A client and its event loops (issue 14).

A client left open is closed as its loop shuts down, and used in a later ``asyncio.run()`` it
carries on there with a fresh session, instead of failing with aiohttp's "Event loop is
closed" and leaking the old session. Used from another loop while its own is still open, it
raises a ConfigurationError that says so. The tests are synchronous: each ``asyncio.run()`` is
a loop of its own. The server is a plain threaded HTTP/1.1 server on 127.0.0.1 that keeps
connections alive, so that it outlives every loop and a finished loop's pooled connection
would be left open if nothing closed it.
"""

from __future__ import annotations

import asyncio
import gc
import json
import threading
import warnings
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import aiohttp
import pytest

from ultracart_async import ConfigurationError, UltraCartClient

KEY = "sk-test-loops"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: connections stay in the client's pool

    def do_GET(self) -> None:
        body = json.dumps({"ok": True}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def base_url() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/rest/v2"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def resource_warnings_at_collection() -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        gc.collect()
    return [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]


def test_a_client_left_open_works_in_the_next_asyncio_run_and_leaks_nothing(
    base_url: str,
) -> None:
    def scenario() -> None:
        uc = UltraCartClient(simple_key=KEY, base_url=base_url)  # the default limiter
        sessions: list[aiohttp.ClientSession] = []

        async def call() -> int:
            status = (await uc.request("GET", "/user/users")).status
            assert uc._transport._session is not None
            sessions.append(uc._transport._session)
            return status

        assert asyncio.run(call()) == 200  # the loop ends, the client is left open
        assert sessions[0].closed  # closed as its loop shut down, connections included
        assert asyncio.run(call()) == 200  # a new loop: a fresh session
        assert sessions[1] is not sessions[0]
        assert asyncio.run(call()) == 200
        asyncio.run(uc.aclose())
        assert uc.closed and all(session.closed for session in sessions)

    scenario()
    assert resource_warnings_at_collection() == []


def test_a_client_whose_loop_is_still_open_is_refused_and_closed_there(base_url: str) -> None:
    owner = asyncio.new_event_loop()
    thread = threading.Thread(target=owner.run_forever, daemon=True)
    thread.start()

    def scenario() -> None:
        uc = UltraCartClient(simple_key=KEY, base_url=base_url)
        first = asyncio.run_coroutine_threadsafe(uc.request("GET", "/user/users"), owner)
        assert first.result(timeout=30).status == 200
        session = uc._transport._session
        assert session is not None

        async def from_here() -> None:
            with pytest.raises(ConfigurationError, match="another event loop that is still open"):
                await uc.request("GET", "/user/users")
            await uc.aclose()  # closes the session in the loop that owns it

        asyncio.run(from_here())
        assert session.closed

    try:
        scenario()
    finally:
        owner.call_soon_threadsafe(owner.stop)
        thread.join(timeout=30)
        owner.close()
    assert resource_warnings_at_collection() == []


def test_a_session_of_your_own_from_an_ended_loop_is_refused(base_url: str) -> None:
    holder: list[UltraCartClient] = []

    async def first_run() -> None:
        async with aiohttp.ClientSession() as session:
            uc = UltraCartClient(simple_key=KEY, base_url=base_url, session=session)
            holder.append(uc)
            await uc.request("GET", "/user/users")

    async def second_run() -> None:
        with pytest.raises(ConfigurationError, match=r"session=\.\.\.\) belongs to an event loop"):
            await holder[0].request("GET", "/user/users")

    asyncio.run(first_run())
    asyncio.run(second_run())

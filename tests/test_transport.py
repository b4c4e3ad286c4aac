"""The transport against a real aiohttp server on 127.0.0.1: headers, auth, encoding,
error mapping, retries, deadlines and lifecycle."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import aiohttp
import orjson
import pytest
from aiohttp import web

from ultracart_async import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ApplicationDisabledError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConfigurationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RequestOptions,
    RetryPolicy,
    ServerError,
    Timeouts,
    TokenBucketLimiter,
    UltraCartClient,
    capture_responses,
)
from ultracart_async.testing import FakeClock

from ._client import KEY, make_client
from ._paths import AWKWARD_EMAILS
from .conftest import ScriptedServer


def sequence(*responses: web.StreamResponse | Exception) -> object:
    """A handler that answers with each response in turn (the last one repeats)."""
    items = list(responses)

    async def handler(request: web.Request) -> web.StreamResponse:
        item = items.pop(0) if len(items) > 1 else items[0]
        if isinstance(item, Exception):
            raise item
        if isinstance(item, web.Response):
            # A Response object can be sent once; rebuild it for every request.
            return web.Response(status=item.status, body=item.body, headers=item.headers.copy())
        return item

    return handler


def json_error(status: int, message: str, **headers: str) -> web.Response:
    body = {
        "error": {"developer_message": message, "user_message": "Something failed"},
        "metadata": {},
        "success": False,
    }
    return web.json_response(body, status=status, headers={"UC-REST-ERROR": message, **headers})


async def test_every_request_sends_version_accept_user_agent_and_key(
    server: ScriptedServer,
) -> None:
    async with make_client(server) as uc:
        await uc.request("GET", "/customer/customers", params={"_placeholders": True, "x": False})
    sent = server.requests[0]
    assert sent["headers"]["X-UltraCart-Api-Version"] == "2017-03-01"
    assert sent["headers"]["Accept"] == "application/json"
    assert sent["headers"]["x-ultracart-simple-key"] == KEY
    assert "Authorization" not in sent["headers"]
    ua = sent["headers"]["User-Agent"]
    assert ua.startswith("ultracart-async/") and "aiohttp/" in ua and "Python/" in ua
    assert sent["query"] == {"_placeholders": "true", "x": "false"}


async def test_oauth_token_is_sent_as_bearer(server: ScriptedServer) -> None:
    async with make_client(server, simple_key=None, oauth_token="tok-abc") as uc:
        await uc.request("GET", "/user/users")
    assert server.requests[0]["headers"]["Authorization"] == "Bearer tok-abc"
    assert "x-ultracart-simple-key" not in server.requests[0]["headers"]


async def test_oauth_callable_is_asked_again_once_after_a_401(server: ScriptedServer) -> None:
    tokens = iter(["expired", "fresh", "never-used"])
    calls = 0

    async def provider() -> str:
        nonlocal calls
        calls += 1
        return next(tokens)

    async def handler(request: web.Request) -> web.StreamResponse:
        if request.headers["Authorization"] != "Bearer fresh":
            return json_error(401, "token expired")
        return web.json_response({"ok": True})

    server.handler = handler
    async with make_client(server, simple_key=None, oauth_token=provider) as uc:
        response = await uc.request("GET", "/user/users")
    assert response.data == {"ok": True}
    assert calls == 2
    assert [r["headers"]["Authorization"] for r in server.requests] == [
        "Bearer expired",
        "Bearer fresh",
    ]


async def test_a_second_401_after_refresh_is_raised(server: ScriptedServer) -> None:
    async def provider() -> str:
        return "always-bad"

    server.handler = sequence(json_error(401, "bad token"))
    async with make_client(server, simple_key=None, oauth_token=provider) as uc:
        with pytest.raises(AuthenticationError) as info:
            await uc.request("GET", "/user/users")
    assert len(server.requests) == 2
    assert info.value.attempts == 2


@pytest.mark.parametrize(
    "value", [*AWKWARD_EMAILS, "jürgen@exämple.com", "..", ".", "a.b@example.com"]
)
async def test_path_parameters_reach_exactly_the_resource_they_name(
    server: ScriptedServer, value: str
) -> None:
    async with make_client(server) as uc:
        await uc.request(
            "GET", "/customer/customers/by_email/{email}", path_params={"email": value}
        )
    raw_path = server.requests[0]["raw_path"]
    prefix = "/rest/v2/customer/customers/by_email/"
    assert raw_path.startswith(prefix), raw_path
    segment = raw_path[len(prefix) :]
    assert "/" not in segment and "?" not in segment and "#" not in segment
    from urllib.parse import unquote

    assert unquote(segment) == value


async def test_sort_plus_survives_the_query_string(server: ScriptedServer) -> None:
    async with make_client(server) as uc:
        await uc.request(
            "GET", "/customer/customers", params={"_sort": "+email,-last_modified_dts"}
        )
    assert server.requests[0]["query"]["_sort"] == "+email,-last_modified_dts"
    assert server.requests[0]["raw_path"].endswith("?_sort=%2Bemail,-last_modified_dts")


async def test_empty_path_parameter_is_refused_before_sending(server: ScriptedServer) -> None:
    async with make_client(server) as uc:
        with pytest.raises(ConfigurationError, match="'email' must not be empty"):
            await uc.request("GET", "/c/{email}", path_params={"email": ""})
        with pytest.raises(ConfigurationError, match="'email' is missing"):
            await uc.request("GET", "/c/{email}")
    assert server.requests == []


async def test_204_and_empty_bodies_give_none(server: ScriptedServer) -> None:
    server.handler = sequence(web.Response(status=204), web.Response(status=200, body=b""))
    async with make_client(server) as uc:
        assert (await uc.request("DELETE", "/user/users/{id}", path_params={"id": 1})).data is None
        assert (await uc.request("DELETE", "/user/users/{id}", path_params={"id": 1})).data is None


async def test_2xx_body_that_is_not_json_is_an_error(server: ScriptedServer) -> None:
    server.handler = sequence(web.Response(status=200, body=b"<html>oops</html>"))
    async with make_client(server) as uc:
        with pytest.raises(APIResponseValidationError, match="not JSON") as info:
            await uc.request("POST", "/user/users", json={"a": 1})
    assert info.value.status == 200
    assert "oops" in info.value.body_excerpt
    assert len(server.requests) == 1  # a POST is not repeated for this


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (410, ApplicationDisabledError),
        (418, APIStatusError),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
    ],
)
async def test_error_statuses_map_to_their_classes(
    server: ScriptedServer, status: int, cls: type[APIStatusError]
) -> None:
    server.handler = sequence(
        json_error(status, f"failure {status}", **{"X-UltraCart-Request-Id": "abc123"})
    )
    async with make_client(server, retry=RetryPolicy(max_attempts=1)) as uc:
        with pytest.raises(cls) as info:
            await uc.request("POST", "/user/users", json={})
    error = info.value
    assert type(error) is cls
    assert error.status == status
    assert error.request_id == "abc123"
    assert error.uc_rest_error == f"failure {status}"
    assert error.developer_message == f"failure {status}"
    assert error.user_message == "Something failed"
    assert error.method == "POST"
    assert error.url.endswith("/rest/v2/user/users")
    assert f"failure {status}" in str(error) and "abc123" in str(error)


async def test_html_error_page_gives_a_clear_error_with_an_excerpt(server: ScriptedServer) -> None:
    html = (
        b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
    )
    server.handler = sequence(web.Response(status=502, body=html, content_type="text/html"))
    async with make_client(server, retry=RetryPolicy(max_attempts=1)) as uc:
        with pytest.raises(ServerError) as info:
            await uc.request("GET", "/user/users")
    assert "Bad Gateway" in info.value.body_excerpt
    assert "<" not in info.value.body_excerpt
    assert "502" in str(info.value) and "Bad Gateway" in str(info.value)


async def test_empty_error_body_still_gives_a_clear_error(server: ScriptedServer) -> None:
    server.handler = sequence(web.Response(status=404, body=b""))
    async with make_client(server) as uc:
        with pytest.raises(NotFoundError, match=r"404.*empty body"):
            await uc.request("GET", "/user/users/{id}", path_params={"id": 9})


async def test_429_then_200_is_retried_and_pauses_the_limiter(server: ScriptedServer) -> None:
    server.handler = sequence(
        json_error(429, "rate of 10000 per 86400 second(s) exceeded."),
        web.json_response({"ok": 1}),
    )
    clock = FakeClock()
    limiter = TokenBucketLimiter((), max_in_flight=1, clock=clock)
    async with make_client(server, limiter=limiter) as uc:
        with capture_responses() as seen:
            response = await uc.request("POST", "/user/users", json={"x": 1})
    assert response.data == {"ok": 1}
    assert response.attempts == 2 and response.throttled == 1
    assert seen == [response]
    assert limiter.state().throttled == 1
    # The window named in UC-REST-ERROR was learned: one token's refill is 8.64 s, at the
    # halved adaptive rate 17.28 s.
    assert any(abs(s - 17.28) < 0.01 for s in clock.sleeps), clock.sleeps


async def test_503_then_200_is_retried_on_a_get(server: ScriptedServer) -> None:
    server.handler = sequence(
        web.Response(status=503, body=b"<html>down</html>"), web.json_response({"ok": 1})
    )
    async with make_client(server) as uc:
        response = await uc.request("GET", "/user/users")
    assert response.attempts == 2
    assert len(server.requests) == 2


async def test_503_on_an_insert_is_not_retried_unless_opted_in(server: ScriptedServer) -> None:
    server.handler = sequence(
        web.Response(status=503), web.Response(status=503), web.json_response({"ok": 1})
    )
    async with make_client(server) as uc:
        with pytest.raises(ServerError) as info:
            await uc.request("POST", "/customer/customers", json={"email": "a@b.c"})
        assert info.value.attempts == 1
        assert len(server.requests) == 1
        response = await uc.request(
            "POST",
            "/customer/customers",
            json={"email": "a@b.c"},
            options=RequestOptions(retry_unsafe=True),
        )
    assert response.data == {"ok": 1}
    assert len(server.requests) == 3


async def test_retry_after_seconds_is_honoured(server: ScriptedServer) -> None:
    server.handler = sequence(
        web.Response(status=503, headers={"Retry-After": "7"}), web.json_response({})
    )
    clock = FakeClock()
    async with make_client(server, clock=clock) as uc:
        await uc.request("GET", "/user/users")
    assert clock.sleeps == [7.0]


async def test_retry_after_http_date_is_honoured(server: ScriptedServer) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=20), usegmt=True)
    server.handler = sequence(
        web.Response(status=503, headers={"Retry-After": when}), web.json_response({})
    )
    clock = FakeClock()
    async with make_client(server, clock=clock) as uc:
        await uc.request("GET", "/user/users")
    assert len(clock.sleeps) == 1 and 17 <= clock.sleeps[0] <= 20


async def test_retry_after_is_capped_by_max_backoff(server: ScriptedServer) -> None:
    server.handler = sequence(
        web.Response(status=503, headers={"Retry-After": "3600"}), web.json_response({})
    )
    clock = FakeClock()
    async with make_client(
        server, clock=clock, retry=RetryPolicy(max_backoff=5), timeouts=Timeouts(total=None)
    ) as uc:
        await uc.request("GET", "/user/users")
    assert clock.sleeps == [5.0]


async def test_backoff_is_exponential_with_full_jitter_and_attempts_are_bounded(
    server: ScriptedServer,
) -> None:
    server.handler = sequence(web.Response(status=500))
    clock = FakeClock()
    policy = RetryPolicy(max_attempts=5, initial_backoff=1, max_backoff=100)
    async with make_client(server, clock=clock, retry=policy) as uc:
        with pytest.raises(ServerError) as info:
            await uc.request("GET", "/user/users")
    assert info.value.attempts == 5
    assert len(server.requests) == 5
    assert len(clock.sleeps) == 4
    for n, slept in enumerate(clock.sleeps, start=1):
        assert 0 <= slept <= 2 ** (n - 1)


async def test_total_deadline_across_attempts_is_honoured(server: ScriptedServer) -> None:
    server.handler = sequence(web.Response(status=503, headers={"Retry-After": "4"}))
    clock = FakeClock()
    async with make_client(server, clock=clock, retry=RetryPolicy(max_attempts=100)) as uc:
        with pytest.raises(ServerError) as info:
            await uc.request("GET", "/user/users", options=RequestOptions(deadline=10))
    # 4 s + 4 s fit in 10 s; a third wait would not.
    assert clock.sleeps == [4.0, 4.0]
    assert info.value.attempts == 3
    assert clock.now() <= 10


async def test_connection_refused_is_wrapped_and_retried_even_for_a_post() -> None:
    clock = FakeClock()
    uc = UltraCartClient(
        simple_key=KEY,
        base_url="http://127.0.0.1:9/rest/v2",  # the discard port: nothing listens
        limiter=TokenBucketLimiter((), clock=clock),
        retry=RetryPolicy(max_attempts=3),
    )
    async with uc:
        with pytest.raises(APIConnectionError) as info:
            await uc.request("POST", "/customer/customers", json={})
    assert info.value.attempts == 3
    assert isinstance(info.value.__cause__, aiohttp.ClientError)


async def test_slow_server_times_out_and_a_safe_call_is_retried(server: ScriptedServer) -> None:
    calls = 0

    async def handler(request: web.Request) -> web.StreamResponse:
        nonlocal calls
        calls += 1
        if calls == 1:
            await asyncio.sleep(1)
        return web.json_response({"ok": True})

    server.handler = handler
    async with make_client(server) as uc:
        response = await uc.request("GET", "/user/users", options=RequestOptions(timeout=0.2))
        assert response.attempts == 2
        calls = 0
        with pytest.raises(APITimeoutError):
            await uc.request("POST", "/user/users", json={}, options=RequestOptions(timeout=0.2))


async def test_connection_reset_is_not_retried_for_an_unsafe_call(server: ScriptedServer) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        assert request.transport is not None
        request.transport.close()
        return web.Response()

    server.handler = handler
    async with make_client(server, retry=RetryPolicy(max_attempts=3)) as uc:
        with pytest.raises(APIConnectionError) as info:
            await uc.request("POST", "/customer/customers", json={})
        assert info.value.attempts == 1
        with pytest.raises(APIConnectionError) as info:
            await uc.request("GET", "/customer/customers")
        assert info.value.attempts == 3


async def test_session_is_created_lazily_and_closed_by_aclose(server: ScriptedServer) -> None:
    uc = make_client(server)
    assert uc._transport._session is None  # nothing created at construction
    await uc.request("GET", "/user/users")
    session = uc._transport._session
    assert session is not None and not session.closed
    await uc.aclose()
    await uc.aclose()  # idempotent
    assert session.closed
    assert uc.closed
    with pytest.raises(ClientClosedError, match="create a new client"):
        await uc.request("GET", "/user/users")
    with pytest.raises(ClientClosedError):
        async with uc:
            pass


async def test_injected_session_is_used_and_never_closed(server: ScriptedServer) -> None:
    async with aiohttp.ClientSession() as session:
        async with make_client(server, session=session) as uc:
            await uc.request("GET", "/user/users")
        assert not session.closed
        assert uc.closed
        with pytest.raises(ClientClosedError):
            await uc.request("GET", "/user/users")
    assert len(server.requests) == 1


def test_credentials_are_exactly_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # No credential from the environment either (tests/test_client_env.py covers reading it).
    for name in ("ULTRACART_SIMPLE_KEY", "ULTRACART_OAUTH_TOKEN", "ULTRACART_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigurationError, match="exactly one credential"):
        UltraCartClient()
    with pytest.raises(ConfigurationError, match="not both"):
        UltraCartClient(simple_key="a", oauth_token="b")
    with pytest.raises(ConfigurationError, match="simple_key is empty"):
        UltraCartClient(simple_key="  ")
    with pytest.raises(ConfigurationError, match="base_url"):
        UltraCartClient(simple_key="a", base_url="secure.ultracart.com")


async def test_secrets_never_reach_logs_reprs_or_errors(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    secret_token = "oauth-secret-42"
    caplog.set_level(logging.DEBUG)
    server.handler = sequence(json_error(500, "boom"), json_error(401, "denied"))
    async with make_client(server) as uc:
        with pytest.raises(AuthenticationError) as info:
            await uc.request("GET", "/user/users")
        text = " ".join([caplog.text, repr(uc), str(info.value), repr(info.value)])
        text += repr(uc._transport.credential)
    async with make_client(server, simple_key=None, oauth_token=secret_token) as uc2:
        with pytest.raises(AuthenticationError) as info2:
            await uc2.request("GET", "/user/users")
        text += " ".join([caplog.text, repr(uc2._transport.credential), str(info2.value)])
    assert "GET /rest/v2/user/users" in caplog.text  # logging did happen
    assert KEY not in text
    assert secret_token not in text


async def test_a_failing_token_provider_is_wrapped_without_its_message(
    server: ScriptedServer,
) -> None:
    async def provider() -> str:
        raise ValueError("vault said: token=abc-secret")

    async with make_client(server, simple_key=None, oauth_token=provider) as uc:
        with pytest.raises(APIConnectionError) as info:
            await uc.request("GET", "/user/users")
    assert "ValueError" in str(info.value) and "abc-secret" not in str(info.value)
    assert isinstance(info.value.__cause__, ValueError)
    assert server.requests == []


async def test_concurrent_401s_refresh_the_token_once(server: ScriptedServer) -> None:
    calls = 0

    async def provider() -> str:
        nonlocal calls
        calls += 1
        return f"token-{calls}"

    async def handler(request: web.Request) -> web.StreamResponse:
        if request.headers["Authorization"] == "Bearer token-1":
            return json_error(401, "expired")
        return web.json_response({})

    server.handler = handler
    # The system clock: a fake clock would jump ahead while requests wait on real I/O.
    limiter = TokenBucketLimiter((), max_in_flight=4)
    async with make_client(server, simple_key=None, oauth_token=provider, limiter=limiter) as uc:
        await asyncio.gather(*(uc.request("GET", "/user/users") for _ in range(6)))
    assert calls == 2  # the first token, then one refresh for all six 401s


async def test_a_refresh_does_not_use_up_the_last_attempt(server: ScriptedServer) -> None:
    tokens = iter(["old", "new"])

    async def provider() -> str:
        return next(tokens)

    async def handler(request: web.Request) -> web.StreamResponse:
        if request.headers["Authorization"] == "Bearer old":
            return json_error(401, "expired")
        return web.json_response({"ok": 1})

    server.handler = handler
    async with make_client(
        server, simple_key=None, oauth_token=provider, retry=RetryPolicy(max_attempts=1)
    ) as uc:
        assert (await uc.request("GET", "/user/users")).data == {"ok": 1}


async def test_messages_and_logs_name_the_path_template_not_personal_data(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.handler = sequence(web.Response(status=404))
    async with make_client(server) as uc:
        with pytest.raises(NotFoundError) as info:
            await uc.request(
                "GET", "/customer/customers/by_email/{email}", path_params={"email": "jane@x.io"}
            )
    assert "/customer/customers/by_email/{email}" in str(info.value)
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("ultracart_async")]
    assert ours, "the SDK logged the call"
    assert "jane" not in str(info.value) and not any("jane" in m for m in ours)
    assert info.value.url.endswith("by_email/jane%40x.io")  # the URL stays reachable


async def test_a_lone_surrogate_is_a_clear_error(server: ScriptedServer) -> None:
    async with make_client(server) as uc:
        with pytest.raises(ConfigurationError, match="'email' is not valid Unicode"):
            await uc.request("GET", "/c/{email}", path_params={"email": "a\udcffb"})
        with pytest.raises(ConfigurationError, match="'q' is not valid Unicode"):
            await uc.request("GET", "/c", params={"q": "\ud800"})
    assert server.requests == []


async def test_server_error_text_is_escaped_and_bounded_in_str_but_kept_whole(
    server: ScriptedServer,
) -> None:
    hostile = "bad\x1b[2J\x07input\nFAKE LOG LINE: admin logged in\r" + "x" * 3_000_000
    body = orjson.dumps({"error": {"developer_message": hostile, "user_message": "no"}})
    server.handler = sequence(web.Response(status=500, body=body))
    async with make_client(server, retry=RetryPolicy(max_attempts=2)) as uc:
        with pytest.raises(ServerError) as info:
            await uc.request("GET", "/user/users")
    error = info.value
    text = str(error)
    assert len(text) <= 500
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in text), repr(text[:80])
    assert "\\x1b[2J\\x07input\\nFAKE LOG LINE" in text  # escaped, still readable
    assert text.endswith("(after 2 attempts)")  # the cut keeps the attempts
    assert len(repr(error)) < 1000 and "\x1b" not in error.message
    assert error.developer_message == hostile  # the full text stays on the exception
    assert error.body == body


async def test_a_non_json_error_body_is_kept_whole_on_the_exception(server: ScriptedServer) -> None:
    page = b"<html><body>\x1b]0;pwned\x07 proxy error</body></html>"
    server.handler = sequence(web.Response(status=404, body=page, content_type="text/html"))
    async with make_client(server) as uc:
        with pytest.raises(NotFoundError) as info:
            await uc.request("GET", "/user/users")
    assert info.value.body == page
    assert "\x1b" not in str(info.value) and "\\x1b]0;pwned\\x07" in str(info.value)


async def test_a_failed_token_refresh_names_the_call(server: ScriptedServer) -> None:
    calls = 0

    async def provider() -> str:
        nonlocal calls
        calls += 1
        if calls > 1:
            raise RuntimeError("vault down: token=sk-secret-9")
        return "expired"

    server.handler = sequence(json_error(401, "expired"))
    async with make_client(server, simple_key=None, oauth_token=provider) as uc:
        with pytest.raises(APIConnectionError) as info:
            await uc.request("DELETE", "/user/users/{user_id}", path_params={"user_id": 77})
    error = info.value
    assert error.method == "DELETE"
    assert error.url.endswith("/rest/v2/user/users/77")
    assert "DELETE /user/users/{user_id}" in str(error) and "on refresh" in str(error)
    assert "RuntimeError" in str(error) and "sk-secret-9" not in str(error)
    assert isinstance(error.__cause__, RuntimeError)


async def test_a_token_refresh_that_hangs_is_bounded_by_the_deadline(
    server: ScriptedServer,
) -> None:
    calls = 0

    async def provider() -> str:
        nonlocal calls
        calls += 1
        if calls > 1:
            await asyncio.sleep(3600)
        return "expired"

    server.handler = sequence(json_error(401, "expired"))
    # The system clock: the hang is real, the deadline must end it.
    limiter = TokenBucketLimiter((), max_in_flight=4)
    async with (
        asyncio.timeout(30),
        make_client(server, simple_key=None, oauth_token=provider, limiter=limiter) as uc,
    ):
        with pytest.raises(APITimeoutError) as info:
            await uc.request("GET", "/user/users", options=RequestOptions(deadline=0.5))
    assert info.value.method == "GET" and "GET /user/users" in str(info.value)


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH"])
async def test_a_call_without_a_body_is_not_labelled_octet_stream(
    server: ScriptedServer, method: str
) -> None:
    async with make_client(server) as uc:
        await uc.request(
            method, "/webhook/webhooks/{oid}/reflow/{event}", path_params={"oid": 1, "event": "e"}
        )
        await uc.request("GET", "/user/users")
        await uc.request("DELETE", "/user/users/{id}", path_params={"id": 1})
    bodyless, get, delete = server.requests
    assert bodyless["body"] == b""
    assert bodyless["headers"]["Content-Type"] == "application/json; charset=UTF-8"
    assert "Content-Type" not in get["headers"]
    assert "Content-Type" not in delete["headers"]


async def test_arguments_of_the_wrong_type_are_named(server: ScriptedServer) -> None:
    async with make_client(server) as uc:
        with pytest.raises(ConfigurationError, match="options must be a RequestOptions, got dict"):
            await uc.request("GET", "/user/users", options={"timeout": 1})  # type: ignore[arg-type]
        with pytest.raises(ConfigurationError, match="options must be a RequestOptions"):
            await uc.customers.get(1, options={"timeout": 1})  # type: ignore[arg-type]
        with pytest.raises(ConfigurationError, match="params must be a mapping"):
            await uc.request("GET", "/user/users", params=[("a", 1)])  # type: ignore[arg-type]
        with pytest.raises(ConfigurationError, match="path_params must be a mapping"):
            await uc.request("GET", "/user/users/{id}", path_params=(1,))  # type: ignore[arg-type]
        with pytest.raises(ConfigurationError, match="json is not JSON-serialisable"):
            await uc.request("POST", "/user/users", json={"ids": {1, 2}})
    with pytest.raises(ConfigurationError, match="retry_unsafe must be True or False"):
        RequestOptions(retry_unsafe="yes")  # type: ignore[arg-type]
    assert server.requests == []

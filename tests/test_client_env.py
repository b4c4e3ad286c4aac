"""One environment, read everywhere (issue 18): ``UltraCartClient()`` reads
``ULTRACART_SIMPLE_KEY`` or ``ULTRACART_OAUTH_TOKEN`` and ``ULTRACART_BASE_URL``; arguments win;
an unsafe base URL is warned about. conftest.py clears every ``ULTRACART_*`` before each test,
so each test sets exactly what it needs."""

from __future__ import annotations

import inspect
import logging

import pytest

from ultracart_async import ConfigurationError, TokenBucketLimiter, UltraCartClient
from ultracart_async._config import DEFAULT_BASE_URL
from ultracart_async.testing import FakeClock

from .conftest import ScriptedServer


def limiter() -> TokenBucketLimiter:
    return TokenBucketLimiter((), clock=FakeClock())


@pytest.mark.parametrize(
    ("variable", "header", "sent"),
    [
        ("ULTRACART_SIMPLE_KEY", "x-ultracart-simple-key", "env-key-1"),
        ("ULTRACART_OAUTH_TOKEN", "Authorization", "Bearer env-token-1"),
    ],
    ids=["simple key", "oauth token"],
)
async def test_no_arguments_reads_the_credential_and_base_url_from_the_environment(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, variable: str, header: str, sent: str
) -> None:
    monkeypatch.setenv(variable, sent.removeprefix("Bearer "))
    monkeypatch.setenv("ULTRACART_BASE_URL", server.base_url)
    async with UltraCartClient(limiter=limiter()) as uc:
        assert uc.base_url == server.base_url
        await uc.request("GET", "/user/users")
    headers = server.requests[0]["headers"]
    assert headers[header] == sent
    # The one credential only: a token is not sent as a simple key too, nor the reverse.
    assert [h for h in ("x-ultracart-simple-key", "Authorization") if h in headers] == [header]


async def test_arguments_win_over_the_environment(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ULTRACART_SIMPLE_KEY", "env-key")
    monkeypatch.setenv("ULTRACART_BASE_URL", "http://127.0.0.1:9/elsewhere")
    # The key from the environment, the base URL from the argument.
    async with UltraCartClient(base_url=server.base_url, limiter=limiter()) as uc:
        await uc.request("GET", "/user/users")
    assert server.requests[0]["headers"]["x-ultracart-simple-key"] == "env-key"
    # Both credentials in the environment would be an error, but an argument settles it.
    monkeypatch.setenv("ULTRACART_OAUTH_TOKEN", "env-token")
    async with UltraCartClient(
        oauth_token="arg-token", base_url=server.base_url, limiter=limiter()
    ) as uc:
        await uc.request("GET", "/user/users")
    sent = server.requests[1]["headers"]
    assert sent["Authorization"] == "Bearer arg-token"
    assert "x-ultracart-simple-key" not in sent


def test_the_base_url_defaults_to_the_environment_then_production(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert inspect.signature(UltraCartClient).parameters["base_url"].default is None
    assert UltraCartClient(simple_key="k").base_url == DEFAULT_BASE_URL
    monkeypatch.setenv("ULTRACART_BASE_URL", "http://127.0.0.1:8123/rest/v2")
    assert UltraCartClient(simple_key="k").base_url == "http://127.0.0.1:8123/rest/v2"


@pytest.mark.parametrize(
    ("environment", "message"),
    [
        ({}, "ULTRACART_SIMPLE_KEY or ULTRACART_OAUTH_TOKEN"),
        (
            {"ULTRACART_SIMPLE_KEY": "k", "ULTRACART_OAUTH_TOKEN": "t"},
            "both ULTRACART_SIMPLE_KEY and",
        ),
        ({"ULTRACART_SIMPLE_KEY": "   "}, "simple_key is empty"),
        (
            {"ULTRACART_SIMPLE_KEY": "k", "ULTRACART_BASE_URL": "secure.ultracart.com/rest/v2"},
            "ULTRACART_BASE_URL must be an http",
        ),
    ],
    ids=["missing", "doubled", "empty key", "malformed base URL"],
)
def test_missing_doubled_or_malformed_settings_name_the_variable(
    environment: dict[str, str], message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigurationError, match=message):
        UltraCartClient()


@pytest.mark.parametrize(
    ("url", "warned"),
    [
        ("http://api.example.com/rest/v2", True),
        ("http://user:hunter2@api.example.com/rest/v2", True),
        ("https://api.example.com/rest/v2", False),
        ("http://127.0.0.1:8080/rest/v2", False),
        ("http://localhost:8080/rest/v2", False),
        ("http://[::1]:8080/rest/v2", False),
    ],
)
def test_a_base_url_neither_https_nor_loopback_is_warned_about(
    url: str, warned: bool, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.WARNING, logger="ultracart_async")
    UltraCartClient(simple_key="secret-key-77", base_url=url)
    monkeypatch.setenv("ULTRACART_SIMPLE_KEY", "secret-key-77")
    monkeypatch.setenv("ULTRACART_BASE_URL", url)
    UltraCartClient()  # the same rule for a URL from the environment
    ours = [r for r in caplog.records if r.name == "ultracart_async"]
    assert len(ours) == (2 if warned else 0)
    for record in ours:
        assert record.levelno == logging.WARNING
        assert "neither https nor loopback" in record.getMessage()
        assert "secret-key-77" not in record.getMessage()
        assert "hunter2" not in record.getMessage()


async def test_from_env_has_the_constructors_typed_signature_and_reads_the_credential(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    init = inspect.signature(UltraCartClient.__init__).parameters
    from_env = inspect.signature(UltraCartClient.from_env).parameters
    assert not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in from_env.values())
    expected = {n: p for n, p in init.items() if n not in ("self", "simple_key", "oauth_token")}
    assert list(from_env) == list(expected)
    for name, parameter in from_env.items():
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, name
        assert parameter.annotation == expected[name].annotation, name
        assert parameter.default == expected[name].default, name

    with pytest.raises(ConfigurationError, match="ULTRACART_SIMPLE_KEY"):
        UltraCartClient.from_env()
    monkeypatch.setenv("ULTRACART_SIMPLE_KEY", "k")
    monkeypatch.setenv("ULTRACART_OAUTH_TOKEN", "t")
    with pytest.raises(ConfigurationError, match="both"):
        UltraCartClient.from_env()
    monkeypatch.delenv("ULTRACART_OAUTH_TOKEN")
    monkeypatch.setenv("ULTRACART_BASE_URL", "http://127.0.0.1:9/elsewhere")
    assert UltraCartClient.from_env().base_url == "http://127.0.0.1:9/elsewhere"
    async with UltraCartClient.from_env(base_url=server.base_url, limiter=limiter()) as uc:
        await uc.request("GET", "/user/users")
    assert server.requests[0]["headers"]["x-ultracart-simple-key"] == "k"

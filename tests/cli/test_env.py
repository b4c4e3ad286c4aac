"""The CLI reads the client's environment variables; flags win; ``--sandbox`` ignores them."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from ultracart_async.cli import amain
from ultracart_async.sandbox import Sandbox

SECRET = "sk-cli-env-91d3"
#: A port where nothing listens: a base URL that must not be used.
DEAD = "http://127.0.0.1:9/rest/v2"
pytestmark = [
    pytest.mark.ultracart_sandbox(customers=120, seed=3, simple_key=SECRET),
    pytest.mark.usefixtures("loopback_only"),
]


@pytest.fixture
def env_sandbox(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    """The sandbox, named by ``ULTRACART_BASE_URL``, its key in ``ULTRACART_SIMPLE_KEY``."""
    monkeypatch.setenv("ULTRACART_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("ULTRACART_SIMPLE_KEY", SECRET)
    return sandbox


def records(path: Path) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


async def test_the_environment_names_the_store_and_flags_win(
    env_sandbox: Sandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "a.jsonl"
    assert await amain(["export", "customers", "--out", str(out), "--no-progress"]) == 0
    assert len(records(out)) == 120
    err = capsys.readouterr().err
    assert err.startswith(f"Exported 120 customers from {env_sandbox.base_url} to ")
    assert err.count("\n") == 1  # loopback http: no warning
    assert SECRET not in err

    # --base-url wins over ULTRACART_BASE_URL; --simple-key over ULTRACART_SIMPLE_KEY.
    monkeypatch.setenv("ULTRACART_BASE_URL", DEAD)
    monkeypatch.setenv("ULTRACART_SIMPLE_KEY", "sk-wrong")
    out = tmp_path / "b.jsonl"
    argv = ["export", "customers", "--out", str(out), "--no-progress",
            "--base-url", env_sandbox.base_url, "--simple-key", SECRET]  # fmt: skip
    assert await amain(argv) == 0
    assert len(records(out)) == 120
    assert f"from {env_sandbox.base_url} to " in capsys.readouterr().err


async def test_an_oauth_token_from_the_environment(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ULTRACART_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("ULTRACART_OAUTH_TOKEN", sandbox.oauth_token)
    out = tmp_path / "c.jsonl"
    assert await amain(["export", "customers", "--out", str(out), "--no-progress"]) == 0
    assert len(records(out)) == 120


async def test_sandbox_ignores_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ULTRACART_BASE_URL", DEAD)
    monkeypatch.setenv("ULTRACART_SIMPLE_KEY", "sk-production-key")
    monkeypatch.setenv("ULTRACART_OAUTH_TOKEN", "production-token")
    out = tmp_path / "s.jsonl"
    assert await amain(["export", "customers", "--sandbox", "40", "--out", str(out)]) == 0
    assert len(records(out)) == 40
    err = capsys.readouterr().err
    assert "from http://127.0.0.1:" in err and ":9/" not in err


async def test_both_credentials_in_the_environment_is_refused(
    env_sandbox: Sandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ULTRACART_OAUTH_TOKEN", env_sandbox.oauth_token)
    out = tmp_path / "c.jsonl"
    assert await amain(["export", "customers", "--out", str(out), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "both ULTRACART_SIMPLE_KEY and ULTRACART_OAUTH_TOKEN" in err
    assert SECRET not in err and env_sandbox.oauth_token not in err
    assert len(env_sandbox.stats.request_log) == 0


@pytest.mark.parametrize("source", ["flag", "environment"])
async def test_a_base_url_neither_https_nor_loopback_gets_a_warning(
    source: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = "http://api.example.invalid/rest/v2"
    argv = ["export", "customers", "--out", str(tmp_path / "c.jsonl"), "--simple-key", SECRET,
            "--max-attempts", "1", "--no-progress"]  # fmt: skip
    if source == "flag":
        argv += ["--base-url", url]
    else:
        monkeypatch.setenv("ULTRACART_BASE_URL", url)
    assert await amain(argv) == 1  # the host does not resolve here
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith("ultracart-async: warning: ")
    assert "neither https nor loopback" in lines[0] and "api.example.invalid" in lines[0]
    assert lines[1].startswith("ultracart-async: error: ") and "api.example.invalid" in lines[1]
    assert SECRET not in "".join(lines)

"""Every Python block of the README runs as written, each in its own process, against a sandbox.

A block is a complete program: the test starts a fresh sandbox, points ``ULTRACART_BASE_URL``
and ``ULTRACART_SIMPLE_KEY`` at it (and sets the webhook recipes' ``ULTRACART_WEBHOOK_*``
credentials, and ``REDIS_URL`` at a redis-server of its own for a block that uses Redis), and
runs the block with ``python``. A block that defines
``test_`` functions is a test module: it runs under pytest in pytest-asyncio's default
(strict) mode, next to a ``conftest.py`` holding the one line the README tells users to add.
A block may opt out with a first line ``# not run: <why>`` (for a server that runs forever),
and at most two may.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import sys
from pathlib import Path

import pytest

from ultracart_async.sandbox import Sandbox

from ._redis import REDIS_SERVER, redis_server

README = Path(__file__).resolve().parent.parent / "README.md"
_FENCE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
_NOT_RUN = "# not run:"
_MAX_NOT_RUN = 2
_TIMEOUT = 180.0
_PLUGIN_LINE = 'pytest_plugins = ["ultracart_async.sandbox.pytest_plugin"]'


def _blocks() -> list[tuple[int, str]]:
    text = README.read_text(encoding="utf-8")
    return [(text.count("\n", 0, m.start()) + 1, m.group(1)) for m in _FENCE.finditer(text)]


BLOCKS = _blocks()


def test_the_readme_has_python_blocks_and_few_opt_outs() -> None:
    assert len(BLOCKS) >= 5
    opted_out = [line for line, code in BLOCKS if code.startswith(_NOT_RUN)]
    assert len(opted_out) <= _MAX_NOT_RUN, f"blocks not run, at lines {opted_out}"
    for line, code in BLOCKS:
        if code.startswith(_NOT_RUN):
            why = code.splitlines()[0][len(_NOT_RUN) :].strip()
            assert why, f"the block at line {line} opts out without saying why"


def test_the_readme_tells_users_the_plugin_line_the_test_blocks_rely_on() -> None:
    assert _PLUGIN_LINE in README.read_text(encoding="utf-8")


async def _run(argv: list[str], cwd: Path, env: dict[str, str]) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        *argv,
        cwd=cwd,
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        async with asyncio.timeout(_TIMEOUT):
            out, _ = await proc.communicate()
    except TimeoutError:
        proc.kill()
        await proc.wait()
        raise
    return proc.returncode or 0, out.decode("utf-8", "replace")


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ULTRACART_", "PYTEST_"))}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


@pytest.mark.parametrize(
    ("line", "code"),
    [pytest.param(line, code, id=f"line{line}") for line, code in BLOCKS],
)
async def test_readme_block_runs_as_written(line: int, code: str, tmp_path: Path) -> None:
    if code.startswith(_NOT_RUN):
        pytest.skip(code.splitlines()[0])
    env = _clean_env()
    if re.search(r"^(async )?def test_", code, re.MULTILINE):
        (tmp_path / "conftest.py").write_text(_PLUGIN_LINE + "\n", encoding="utf-8")
        (tmp_path / "test_readme_block.py").write_text(code, encoding="utf-8")
        argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        argv += ["-o", "asyncio_mode=strict", "-o", "asyncio_default_fixture_loop_scope=function"]
        argv += ["-W", "error", "test_readme_block.py"]
        code_, out = await _run(argv, tmp_path, env)
        ran = code_ == 0 and " passed" in out and "skipped" not in out
        assert ran, f"README line {line}:\n{out[-4000:]}"
        return
    script = tmp_path / "readme_block.py"
    script.write_text(code, encoding="utf-8")
    with contextlib.ExitStack() as stack:
        if "RedisLimiter" in code:
            # CI installs redis-server; never skip a README block there.
            if REDIS_SERVER is None and not os.environ.get("CI"):
                pytest.skip("redis-server is not installed")
            env["REDIS_URL"] = stack.enter_context(redis_server()).url
        async with Sandbox(customers=300, seed=0) as sb:
            env["ULTRACART_BASE_URL"] = sb.base_url
            env["ULTRACART_SIMPLE_KEY"] = sb.simple_key
            # The webhook recipes read their Basic credentials from the environment too.
            env["ULTRACART_WEBHOOK_USERNAME"] = "readme"
            env["ULTRACART_WEBHOOK_PASSWORD"] = "readme-password"
            code_, out = await _run([sys.executable, str(script)], tmp_path, env)
    assert code_ == 0, f"README line {line} exited {code_}:\n{out[-4000:]}"

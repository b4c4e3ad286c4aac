"""Running the Python blocks of the README and of ``docs/`` as written, against a sandbox.

A block is a complete program: it runs in its own process, in a fresh folder, with
``ULTRACART_BASE_URL`` and ``ULTRACART_SIMPLE_KEY`` pointing at a fresh sandbox (and the
webhook recipes' ``ULTRACART_WEBHOOK_*`` credentials set, and ``REDIS_URL`` pointing at a
redis-server of its own for a block that uses Redis). A block that defines ``test_``
functions is a test module: it runs under pytest in pytest-asyncio's default (strict) mode,
next to a ``conftest.py`` holding the one line the docs tell users to add.

A block may opt out with a first line ``# not run: <why>`` (a server that runs until
stopped): it is then run as a module, without its ``if __name__ == "__main__":`` part.
``test_readme.py`` and ``test_docs.py`` bound how many may.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from ultracart_async.sandbox import Sandbox

from ._redis import REDIS_SERVER, redis_server

ROOT = Path(__file__).resolve().parent.parent
NOT_RUN = "# not run:"
PLUGIN_LINE = 'pytest_plugins = ["ultracart_async.sandbox.pytest_plugin"]'
_FENCE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
_TIMEOUT = 180.0


@dataclass(frozen=True)
class Block:
    """One ```` ```python ```` block: where it is and what it says."""

    path: Path
    line: int
    code: str

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"

    @property
    def opt_out(self) -> str | None:
        """The reason given on a ``# not run:`` first line, or None for a block that runs."""
        if not self.code.startswith(NOT_RUN):
            return None
        return self.code.splitlines()[0][len(NOT_RUN) :].strip()

    @property
    def is_test_module(self) -> bool:
        return re.search(r"^(async )?def test_", self.code, re.MULTILINE) is not None


def python_blocks(path: Path) -> list[Block]:
    text = path.read_text(encoding="utf-8")
    return [
        Block(path, text.count("\n", 0, m.start()) + 1, m.group(1)) for m in _FENCE.finditer(text)
    ]


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


async def run_block(block: Block, tmp_path: Path) -> None:
    """Run the block as written; fail with its output if it does not succeed.

    A block that opts out (a server that runs until stopped) still runs, as a module rather
    than as the main program: everything but its ``if __name__ == "__main__":`` part (the
    app is built, the routes added), so a name that changed still fails the test.
    """
    env = _clean_env()
    if block.is_test_module:
        (tmp_path / "conftest.py").write_text(PLUGIN_LINE + "\n", encoding="utf-8")
        (tmp_path / "test_docs_block.py").write_text(block.code, encoding="utf-8")
        argv = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
        argv += ["-o", "asyncio_mode=strict", "-o", "asyncio_default_fixture_loop_scope=function"]
        argv += ["-W", "error", "test_docs_block.py"]
        status, out = await _run(argv, tmp_path, env)
        ran = status == 0 and " passed" in out and "skipped" not in out
        assert ran, f"{block.where}:\n{out[-4000:]}"
        return
    script = tmp_path / "docs_block.py"
    script.write_text(block.code, encoding="utf-8")
    with contextlib.ExitStack() as stack:
        if "RedisLimiter" in block.code:
            # CI installs redis-server; never skip a block there.
            if REDIS_SERVER is None and not os.environ.get("CI"):
                pytest.skip("redis-server is not installed")
            env["REDIS_URL"] = stack.enter_context(redis_server()).url
        async with Sandbox(customers=300, seed=0) as sb:
            env["ULTRACART_BASE_URL"] = sb.base_url
            env["ULTRACART_SIMPLE_KEY"] = sb.simple_key
            # The webhook recipes read their Basic credentials from the environment too.
            env["ULTRACART_WEBHOOK_USERNAME"] = "docs"
            env["ULTRACART_WEBHOOK_PASSWORD"] = "docs-password"
            argv = [sys.executable, str(script)]
            if block.opt_out is not None:
                load = "import runpy, sys; runpy.run_path(sys.argv[1], run_name='docs_block')"
                argv = [sys.executable, "-c", load, str(script)]
            status, out = await _run(argv, tmp_path, env)
    assert status == 0, f"{block.where} exited {status}:\n{out[-4000:]}"

"""Helpers of the command line's tests (``tests/cli``, ``tests/sync``)."""

from __future__ import annotations

import pytest

from ultracart_async.cli import amain
from ultracart_async.sandbox import Sandbox


def connect(sb: Sandbox, key: str | None = None) -> list[str]:
    """The options of a command against ``sb``: its URL, its key (or ``key``), no progress."""
    return ["--base-url", sb.base_url, "--simple-key", key or sb.simple_key, "--no-progress"]


def one_error_line(err: str) -> str:
    """``err`` is one line of the CLI's own error, no traceback; returns it."""
    assert err.count("\n") == 1, err
    assert err.startswith("ultracart-async: error: "), err
    assert "Traceback" not in err
    return err


async def error_line(argv: list[str], capsys: pytest.CaptureFixture[str], status: int = 2) -> str:
    """Run the CLI with ``argv``: it ends with ``status`` (2: refused before it started, 1:
    failed) and one error line on stderr, returned."""
    assert await amain(argv) == status
    return one_error_line(capsys.readouterr().err)

"""Types that help: the common flows (tests/typing/quickstart_flows.py) pass ``mypy --strict``
without casts, and the same code runs against the sandbox."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from ultracart_async import NotFoundError, UltraCartClient
from ultracart_async.models import Customer, Group, User, Webhook, WorkflowTask
from ultracart_async.sandbox import Sandbox

ROOT = Path(__file__).resolve().parent.parent
FLOWS = ROOT / "tests" / "typing" / "quickstart_flows.py"


def _load_flows() -> ModuleType:
    spec = importlib.util.spec_from_file_location("quickstart_flows", FLOWS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_quickstart_flows_pass_mypy_strict() -> None:
    pytest.importorskip("mypy", reason="mypy comes with the dev extra, which .ci/run installs")
    # The file also pins mistakes that must stay errors (``# type: ignore[...]`` lines):
    # --strict reports an ignore that is no longer needed, so those are checked too. Errors
    # inside the SDK itself are the `mypy --strict ultracart_async` step's, hence silent.
    command = [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent"]
    result = subprocess.run(
        [*command, str(FLOWS.relative_to(ROOT))],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=600,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout


def _pyright(*args: str) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("pyright", reason="pyright is not installed (pip install pyright)")
    # PYTHONPATH: pyright cannot follow the editable install's import hook to the package.
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pyright", *args],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=env,
        timeout=600,
    )


def test_quickstart_flows_pass_pyright_strict() -> None:
    # The file starts with "# pyright: strict".
    result = _pyright(str(FLOWS.relative_to(ROOT)))

    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stdout


def test_pyright_sees_every_model_fully_typed() -> None:
    # An unannotated ``__hash__ = None`` on the base class once left all ~190 model classes
    # "partially unknown" to pyright (and to editors that run it).
    result = _pyright("--verifytypes", "ultracart_async.models", "--ignoreexternal", "--outputjson")

    report = json.loads(result.stdout)
    completeness = report["typeCompleteness"]
    problems = [d["message"] for d in report["generalDiagnostics"] if d["severity"] == "error"]
    assert completeness["exportedSymbolCounts"]["withKnownType"] >= 2500  # not vacuous
    assert completeness["completenessScore"] == 1.0, problems[:10]


async def test_quickstart_flows_run_against_the_sandbox() -> None:
    flows = _load_flows()
    async with Sandbox(customers=5, seed=18) as sb:
        oid = min(sb.snapshot_ids())
        async with UltraCartClient(simple_key=sb.simple_key, base_url=sb.base_url) as uc:
            results: dict[str, Any] = await flows.run_all(uc, oid)

            stored = await uc.customers.get(oid)
            created = results["created"]
            assert isinstance(created, Customer)
            assert created.customer_profile_oid is not None
            with pytest.raises(NotFoundError):
                await uc.customers.get(created.customer_profile_oid)
            hook = results["webhook"]
            assert isinstance(hook, Webhook)
            remaining = [w.webhook_oid async for w in uc.webhooks.list()]
            assert hook.webhook_oid not in remaining

    updated = results["updated"]
    assert isinstance(updated, Customer)
    assert updated.customer_profile_oid == oid
    assert updated.email == "new@example.com"
    assert results["by_oid"].email == "by-oid@example.com"
    assert stored.email == "by-oid@example.com"  # the last update of the flows
    assert hook.webhook_url == "https://example.com/uc/v2"
    user, group = results["user_and_group"]
    assert isinstance(user, User)
    assert user.full_name == "Typed User"
    assert isinstance(group, Group)
    assert group.name == "Typed, renamed"
    task = results["task"]
    assert isinstance(task, WorkflowTask)
    assert task.task_name == "Call back today"
    assert results["round_trip"] == updated

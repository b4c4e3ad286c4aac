"""What is imported when: the package, the models and the CLI load what they use, no more.

Each check runs in a fresh interpreter, since this one has imported everything already.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import orjson
import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str) -> list[str]:
    """Run ``code`` in a fresh interpreter; its stdout, one item per line."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


_LOADED = (
    "import sys; "
    "print(sorted(m for m in sys.modules if m.startswith('ultracart_async.models.')"
    " and not m.endswith('_base')))"
)


def test_the_package_imports_its_heavy_parts_on_first_use() -> None:
    out = _run(
        "import sys, ultracart_async; "
        "heavy = ['ultracart_async.client', 'ultracart_async.pagination', "
        "'ultracart_async.webhook_receiver', 'cattrs']; "
        "print([m for m in heavy if m in sys.modules]); "
        "print(ultracart_async.UltraCartClient.__module__, ultracart_async.StreamStats.__name__)"
    )

    assert out == ["[]", "ultracart_async.client StreamStats"]


def test_the_models_package_imports_a_group_module_on_first_use() -> None:
    out = _run(
        "import ultracart_async.models as models; "
        + _LOADED
        + "; print(models.Customer.__module__); "
        + _LOADED
        + "; print(set(models.__all__) <= set(dir(models)))"
        + "; print(hasattr(models, 'NoSuchModel'))"
    )

    assert out[0] == "[]"
    assert out[1] == "ultracart_async.models.customer"
    # Customer and Order refer to each other; the others wait for their own first use.
    assert out[2] == str([f"ultracart_async.models.{m}" for m in ("common", "customer", "order")])
    assert out[3] == "True"
    assert out[4] == "False"  # an unknown name is still an AttributeError


def test_importing_the_cli_imports_no_model_and_no_cattrs() -> None:
    out = _run("import sys, ultracart_async.cli; " + _LOADED + "; print('cattrs' in sys.modules)")

    assert out == ["[]", "False"]


@pytest.fixture
def sandbox_process() -> Iterator[tuple[str, str]]:
    """A sandbox in its own process (so that its data generation imports nothing here)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "ultracart_async.sandbox", "--port", "0", "--customers", "30"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        base_url, key = proc.stdout.readline().strip(), proc.stdout.readline().strip()
        assert base_url.startswith("http://127.0.0.1:"), base_url
        yield base_url, key
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()


def test_a_json_export_from_the_cli_never_imports_the_models_a_csv_one_does(
    sandbox_process: tuple[str, str], tmp_path: Path
) -> None:
    base_url, key = sandbox_process
    out = tmp_path / "customers.jsonl"
    argv = [
        "export",
        "customers",
        "--base-url",
        base_url,
        "--simple-key",
        key,
        "--out",
        str(out),
        "--no-progress",
    ]
    lines = _run(
        "import sys; from ultracart_async.cli import main; "
        f"code = main({argv!r}); print(code); " + _LOADED
    )

    assert lines[0] == "0"
    assert lines[1] == "[]"  # the pages were written as received: no model was built
    records = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert len(records) == 30
    assert all(isinstance(r["customer_profile_oid"], int) for r in records)

    csv_out = tmp_path / "customers.csv"
    argv[argv.index(str(out))] = str(csv_out)
    csv_argv = [*argv, "--format", "csv"]
    lines = _run(f"from ultracart_async.cli import main; print(main({csv_argv!r}))")
    assert lines == ["0"]
    rows = csv_out.read_text(encoding="utf-8").splitlines()
    assert len(rows) == 31  # the header (models' fields), then one row per customer
    assert "billing" in rows[0]

"""The ``ultracart-async export`` command, end to end against the sandbox."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import orjson
import pytest

from ultracart_async.cli import amain
from ultracart_async.cli._csv import CsvLayout
from ultracart_async.models import Customer, CustomerBilling, CustomerShipping
from ultracart_async.sandbox import Sandbox

from .._cli import connect

SECRET = "sk-cli-secret-5a1f"
pytestmark = pytest.mark.ultracart_sandbox(customers=700, seed=11, simple_key=SECRET)


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


async def test_jsonl_export_holds_every_customer_once_as_sent(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "customers.jsonl"
    code = await amain(["export", "customers", "--out", str(out), *connect(sandbox)])
    assert code == 0
    records = read_jsonl(out)
    oids = [r["customer_profile_oid"] for r in records]
    assert sorted(oids) == sorted(sandbox.snapshot_ids())  # type: ignore[type-var]
    assert len(oids) == len(set(oids))
    # Each line is the customer as the API sent it (same keys and values).
    first = records[0]
    assert first == orjson.loads(sandbox.customer_json(int(str(first["customer_profile_oid"]))))
    err = capsys.readouterr().err
    # The summary names the API it talked to.
    assert err.startswith(f"Exported 700 customers from {sandbox.base_url} to {out} ")
    assert "pages" in err and "duplicates dropped" in err and "429s" in err
    assert not list(tmp_path.glob(".*partial")) and not list(tmp_path.glob("*.checkpoint.json"))


async def test_expand_filters_and_concurrency(sandbox: Sandbox, tmp_path: Path) -> None:
    out = tmp_path / "ca.jsonl"
    code = await amain(
        [
            "export", "customers", "--out", str(out), "--expand", "billing,shipping,cards",
            "--billing-state", "TX", "--max-in-flight", "4", "--concurrency", "4",
            "--page-size", "50", "--rate-limit", "1000/1", *connect(sandbox),
        ]
    )  # fmt: skip
    assert code == 0
    records = read_jsonl(out)
    assert records, "the sandbox has customers in TX"
    assert all(
        any(a["state_region"] == "TX" for a in r["billing"])  # type: ignore[attr-defined]
        for r in records
    )
    assert all("cards" in r for r in records)
    assert any("_expand=billing,shipping,cards" in e.raw_query for e in sandbox.stats.request_log)
    assert sandbox.stats.max_in_flight <= 4


async def test_csv_header_and_row(sandbox: Sandbox, tmp_path: Path) -> None:
    out = tmp_path / "customers.csv"
    code = await amain(
        ["export", "customers", "--out", str(out), "--format", "csv", "--expand",
         "billing,shipping,tags", *connect(sandbox)]
    )  # fmt: skip
    assert code == 0
    rows = list(csv.reader(io.StringIO(out.read_text("utf-8"))))
    header, body = rows[0], rows[1:]
    layout = CsvLayout(Customer, [("billing", CustomerBilling), ("shipping", CustomerShipping)])
    assert header == layout.header
    assert header[0] == "affiliate_oid" and header[-1] == "extra_fields"
    assert "billing_first_name" in header and "shipping_city" in header and "tags" in header
    assert len(body) == 700
    assert all(len(row) == len(header) for row in body)
    row = dict(zip(header, body[0], strict=True))
    wire = orjson.loads(sandbox.customer_json(int(row["customer_profile_oid"]), ("billing",)))
    assert row["email"] == wire["email"]
    assert row["billing_first_name"] == wire["billing"][0]["first_name"]
    assert orjson.loads(row["billing"]) == wire["billing"]  # every address, as JSON text
    assert row["allow_cod"] in ("true", "false")


async def test_interrupted_export_resumes_with_nothing_lost_or_doubled(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "customers.jsonl"
    argv = ["export", "customers", "--out", str(out), "--page-size", "50", *connect(sandbox)]
    sandbox.configure(fault_rate=0.25, fault_kinds=["500"])
    code = await amain([*argv, "--max-attempts", "1"])
    err = capsys.readouterr().err
    assert code == 1
    assert "--resume" in err and err.count("\n") == 1
    checkpoint = tmp_path / "customers.jsonl.checkpoint.json"
    assert checkpoint.exists() and not out.exists()
    sandbox.configure(fault_rate=0.0)
    assert await amain([*argv, "--resume"]) == 0
    oids = [r["customer_profile_oid"] for r in read_jsonl(out)]
    assert sorted(oids) == sorted(sandbox.snapshot_ids())  # type: ignore[type-var]
    assert len(oids) == len(set(oids))
    assert not checkpoint.exists()
    assert "resumed after" in capsys.readouterr().err


async def test_an_existing_checkpoint_needs_resume(sandbox: Sandbox, tmp_path: Path) -> None:
    out = tmp_path / "c.jsonl"
    (tmp_path / "c.jsonl.checkpoint.json").write_text("{}")
    assert await amain(["export", "customers", "--out", str(out), *connect(sandbox)]) == 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "orders", "--out", "x"], "invalid choice: 'orders'"),
        (["export", "customers", "--out", "x", "--since", "yesterday"], "not an ISO 8601"),
        (["export", "customers", "--out", "x", "--since", "2026-01-01T10:00"], "no UTC offset"),
        (["export", "customers", "--out", "x", "--rate-limit", "1000/hour"], "N/SECONDS"),
        (["export", "customers", "--out", "x", "--concurrency", "4"], "above --max-in-flight 1"),
        (["export", "customers", "--out", "/nonexistent/dir/x.jsonl", "--sandbox", "5"],
         "does not exist"),
        (["export", "customers", "--out", "x", "--page-size", "500", "--sandbox", "5"],
         "page_size must be between 1 and 200"),
        (["export", "customers", "--out", "x"], "no credentials"),
        (["export", "webhook-logs", "--out", "x"], "--webhook"),
    ],
)  # fmt: skip
async def test_bad_input_is_one_line_and_exit_2(
    argv: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ULTRACART_SIMPLE_KEY", raising=False)
    monkeypatch.delenv("ULTRACART_OAUTH_TOKEN", raising=False)
    code = await amain(argv)
    captured = capsys.readouterr()
    assert code == 2
    assert captured.out == ""
    assert captured.err.count("\n") == 1, captured.err
    assert captured.err.startswith("ultracart-async: error: ")
    assert message in captured.err
    assert "Traceback" not in captured.err


async def test_base_url_that_does_not_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = await amain(
        ["export", "customers", "--out", str(tmp_path / "x.jsonl"), "--base-url",
         "http://127.0.0.1:9/rest/v2", "--simple-key", SECRET, "--max-attempts", "2",
         "--no-progress"]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "cannot connect to 127.0.0.1" in err
    assert SECRET not in err


async def test_sandbox_flag_needs_no_credentials(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ULTRACART_SIMPLE_KEY", raising=False)
    out = tmp_path / "s.jsonl"
    assert await amain(["export", "customers", "--sandbox", "250", "--out", str(out)]) == 0
    assert len(read_jsonl(out)) == 250


async def test_other_resources_export(sandbox: Sandbox, tmp_path: Path) -> None:
    tasks = tmp_path / "tasks.csv"
    assert await amain(
        ["export", "workflow-tasks", "--out", str(tasks), "--format", "csv", *connect(sandbox)]
    ) == 0  # fmt: skip
    assert len(tasks.read_text("utf-8").splitlines()) == 301  # header + 300 tasks
    webhook_oid = next(iter(sandbox.world.webhooks)) if sandbox.world else 0  # type: ignore[attr-defined]
    logs = tmp_path / "logs.jsonl"
    code = await amain(
        ["export", "webhook-logs", "--webhook", str(webhook_oid), "--out", str(logs),
         *connect(sandbox)]
    )  # fmt: skip
    assert code == 0
    assert len(read_jsonl(logs)) == 25


def _sandbox_ids(base_url: str) -> set[int]:
    root = base_url.removesuffix("/rest/v2")
    with urllib.request.urlopen(f"{root}/__sandbox/ids", timeout=30) as answer:
        return set(orjson.loads(answer.read())["customer_profile_oids"])


def _assert_consistent(checkpoint: Path, partial: Path) -> set[object]:
    """The checkpoint's first ``bytes`` of the partial file hold ``records`` whole, distinct
    records; return their ids."""
    data = orjson.loads(checkpoint.read_bytes())
    length, records = data["bytes"], data["records"]
    assert 0 < length <= partial.stat().st_size
    head = partial.read_bytes()[:length]
    assert head.endswith(b"\n")
    oids = [orjson.loads(line)["customer_profile_oid"] for line in head.splitlines()]
    assert len(oids) == records == len(set(oids))
    return set(oids)


def test_console_script_ctrl_c_stops_with_a_checkpoint_and_resume_completes(
    tmp_path: Path,
) -> None:
    # Behaviour only, never speed: the timeouts below are hang guards for a loaded machine.
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    server = subprocess.Popen(
        [sys.executable, "-m", "ultracart_async.sandbox", "--port", "0", "--customers", "3000",
         "--seed", "5", "--latency", "0.1", "--simple-key", SECRET],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()
        out = tmp_path / "c.jsonl"
        argv = [sys.executable, "-m", "ultracart_async", "export", "customers", "--out", str(out),
                "--base-url", base_url, "--simple-key", SECRET, "--page-size", "100"]  # fmt: skip
        cli = subprocess.Popen(argv, stderr=subprocess.PIPE, text=True, env=env)
        checkpoint = tmp_path / "c.jsonl.checkpoint.json"
        deadline = time.monotonic() + 120
        while not checkpoint.exists() and time.monotonic() < deadline and cli.poll() is None:
            time.sleep(0.05)
        assert checkpoint.exists()
        cli.send_signal(signal.SIGINT)
        _, err = cli.communicate(timeout=120)
        assert cli.returncode == 130
        assert "interrupted" in err and "--resume" in err
        assert "Traceback" not in err and SECRET not in err
        assert SECRET not in checkpoint.read_text("utf-8")
        assert not out.exists()
        saved = _assert_consistent(checkpoint, tmp_path / ".c.jsonl.partial")
        done = subprocess.run(
            [*argv, "--resume"], capture_output=True, text=True, env=env, timeout=300
        )
        assert done.returncode == 0, done.stderr
        oids = [r["customer_profile_oid"] for r in read_jsonl(out)]
        assert len(oids) == len(set(oids))
        assert set(oids) == _sandbox_ids(base_url)  # the same set as an uninterrupted run
        assert saved <= set(oids)
        assert not checkpoint.exists()
        assert SECRET not in done.stderr + done.stdout + out.read_text("utf-8")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        if server.stdout is not None:
            server.stdout.close()


async def test_a_mistyped_option_never_echoes_its_value(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = await amain(["export", "customers", "--out", "x", "--simple-kye", SECRET])
    err = capsys.readouterr().err
    assert code == 2
    assert "--simple-kye" in err and SECRET not in err

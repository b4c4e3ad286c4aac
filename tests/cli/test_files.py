"""The CLI's files: one writer, no links followed, streams, and checkpoints that add up."""

from __future__ import annotations

import asyncio
import fcntl
import io
import os
import socket
import stat
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest
from aiohttp import web

from ultracart_async.cli import amain
from ultracart_async.sandbox import Sandbox

from .._cli import connect, error_line, one_error_line
from ..conftest import ScriptedServer

SECRET = "sk-cli-files-7c2e"
pytestmark = pytest.mark.ultracart_sandbox(customers=700, seed=11, simple_key=SECRET)


def export(sb: Sandbox, out: Path | str, *extra: str) -> list[str]:
    return ["export", "customers", "--out", str(out), *connect(sb), *extra]


def oids_of(data: bytes) -> list[object]:
    return [orjson.loads(line)["customer_profile_oid"] for line in data.splitlines()]


async def interrupted(
    sb: Sandbox, out: Path, capsys: pytest.CaptureFixture[str], *extra: str
) -> Path:
    """An export (with the options ``extra``) stopped by a 500 after some pages: its
    checkpoint path."""
    sb.configure(fault_rate=0.25, fault_kinds=["500"])
    code = await amain(export(sb, out, "--page-size", "50", "--max-attempts", "1", *extra))
    sb.configure(fault_rate=0.0)
    capsys.readouterr()
    checkpoint = out.with_name(out.name + ".checkpoint.json")
    assert code == 1 and checkpoint.exists()
    return checkpoint


def resume(sb: Sandbox, out: Path) -> list[str]:
    return export(sb, out, "--page-size", "50", "--resume")


@dataclass(frozen=True)
class Stopped:
    """An export stopped after some pages: its output, partial file and checkpoint, and the
    command that resumes it."""

    out: Path
    partial: Path
    checkpoint: Path
    resume: list[str]


@pytest.fixture
async def stopped(sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Stopped:
    """The export of ``c.jsonl`` from the sandbox, stopped by a 500 (``interrupted``)."""
    out = tmp_path / "c.jsonl"
    checkpoint = await interrupted(sandbox, out, capsys)
    return Stopped(out, tmp_path / ".c.jsonl.partial", checkpoint, resume(sandbox, out))


# -- one writer ------------------------------------------------------------------------------


async def test_a_second_run_on_the_same_output_is_refused_in_one_line(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.jsonl"
    sandbox.configure(latency=0.02)
    codes = await asyncio.gather(
        amain(export(sandbox, out, "--page-size", "50")),
        amain(export(sandbox, out, "--page-size", "50")),
    )
    assert sorted(codes) == [0, 2]
    err = capsys.readouterr().err
    assert err.count("another export is writing") == 1
    assert "Traceback" not in err
    oids = oids_of(out.read_bytes())
    assert sorted(oids) == sorted(sandbox.snapshot_ids())  # type: ignore[type-var]
    assert len(oids) == len(set(oids))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl"]  # no lock file left


async def test_a_held_lock_refuses_before_touching_the_output(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.jsonl"
    out.write_bytes(b"the previous export\n")
    fd = os.open(tmp_path / ".c.jsonl.lock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        assert await amain(export(sandbox, out)) == 2
    finally:
        os.close(fd)
    err = one_error_line(capsys.readouterr().err)
    assert "another export is writing" in err and str(out) in err
    assert out.read_bytes() == b"the previous export\n"
    assert not (tmp_path / ".c.jsonl.partial").exists()
    assert len(sandbox.stats.request_log) == 0


# -- links and special files -----------------------------------------------------------------


async def test_a_link_planted_at_the_partial_file_is_removed_not_followed(
    sandbox: Sandbox, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    (tmp_path / ".c.jsonl.partial").symlink_to(victim)
    out = tmp_path / "c.jsonl"
    assert await amain(export(sandbox, out)) == 0
    assert victim.read_bytes() == b"precious"
    assert len(oids_of(out.read_bytes())) == 700
    assert not out.is_symlink()


async def test_a_link_planted_at_the_old_checkpoint_temporary_path_is_not_followed(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    out = tmp_path / "c.jsonl"
    (tmp_path / "c.jsonl.checkpoint.json.tmp").symlink_to(victim)
    checkpoint = await interrupted(sandbox, out, capsys)
    assert victim.read_bytes() == b"precious"
    assert not checkpoint.is_symlink()
    assert orjson.loads(checkpoint.read_bytes())["records"] > 0
    # mkstemp temporaries are renamed into place, never left behind.
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp") and not p.is_symlink()]


async def test_resume_never_follows_a_link_at_the_partial_file(
    stopped: Stopped, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(stopped.partial.read_bytes() + b"precious tail")
    before = victim.read_bytes()
    stopped.partial.unlink()
    stopped.partial.symlink_to(victim)
    err = await error_line(stopped.resume, capsys)
    assert "symbolic link" in err
    assert victim.read_bytes() == before
    assert not stopped.out.exists()


async def test_resume_refuses_a_partial_file_that_is_not_a_regular_file(
    stopped: Stopped, capsys: pytest.CaptureFixture[str]
) -> None:
    stopped.partial.unlink()
    os.mkfifo(stopped.partial)
    assert "not a regular file" in await error_line(stopped.resume, capsys)
    assert stat.S_ISFIFO(stopped.partial.lstat().st_mode)


async def test_a_fifo_as_out_is_written_directly_and_never_replaced(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = bytearray()

    def read() -> None:
        with open(fifo, "rb") as reader:
            received.extend(reader.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    code = await amain(export(sandbox, fifo, "--page-size", "50"))
    await asyncio.to_thread(reader.join, 60)
    assert code == 0
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    oids = oids_of(bytes(received))
    assert sorted(oids) == sorted(sandbox.snapshot_ids())  # type: ignore[type-var]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]  # no partial, no checkpoint
    assert f"to {fifo} " in capsys.readouterr().err


async def test_resume_into_a_fifo_is_refused(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert "cannot be resumed" in await error_line(export(sandbox, fifo, "--resume"), capsys)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


async def test_a_character_device_as_out_stays_a_device(sandbox: Sandbox, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # A private twin of /dev/null (same major and minor), so that a regression replaces
        # a node in a temporary folder, never the machine's own /dev/null.
        device = tmp_path / "null"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        device = Path("/dev/null")  # not root: the old code could not replace it either
    before = device.lstat()
    assert await amain(export(sandbox, device)) == 0
    after = device.lstat()
    assert stat.S_ISCHR(after.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    if device.parent == tmp_path:
        assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]  # nothing left beside


async def test_a_directory_or_socket_as_out_is_refused(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "is a directory" in await error_line(export(sandbox, tmp_path), capsys)
    path = tmp_path / "sock"
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(path))
        assert "neither a regular file" in await error_line(export(sandbox, path), capsys)
        assert stat.S_ISSOCK(path.lstat().st_mode)


# -- standard output -------------------------------------------------------------------------


async def test_out_dash_writes_jsonl_to_stdout_and_the_summary_to_stderr(
    sandbox: Sandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert await amain(export(sandbox, "-", "--page-size", "50")) == 0
    captured = capsys.readouterr()
    oids = oids_of(captured.out.encode())
    assert sorted(oids) == sorted(sandbox.snapshot_ids())  # type: ignore[type-var]
    assert captured.err.startswith("Exported 700 customers from ")
    assert " to standard output in " in captured.err and captured.err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []  # no file named "-", no partial, no checkpoint


async def test_out_dash_writes_csv_to_stdout(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    assert await amain(export(sandbox, "-", "--format", "csv")) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("affiliate_oid,") and lines[0].endswith(",extra_fields")
    assert len(lines) >= 701


async def test_resume_with_out_dash_is_refused(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str]
) -> None:
    assert await amain(export(sandbox, "-", "--resume")) == 2
    captured = capsys.readouterr()
    assert "standard output" in one_error_line(captured.err)
    assert captured.out == ""


async def test_a_closed_pipe_ends_quietly_and_stops_the_requests(
    sandbox: Sandbox, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader went away (`| head` done)
    pipe = io.TextIOWrapper(os.fdopen(write_end, "wb"))
    monkeypatch.setattr(sys, "stdout", pipe)
    try:
        code = await amain(export(sandbox, "-", "--page-size", "50"))
        requests = len(sandbox.stats.request_log)
        await asyncio.sleep(0.2)  # anything still in flight would have landed by now
        assert len(sandbox.stats.request_log) == requests
    finally:
        monkeypatch.undo()
        pipe.close()  # fd 1 of the test is untouched; the pipe now points at /dev/null
    assert code == 141
    assert capsys.readouterr().err == ""
    assert requests <= 3  # 14 pages in all: the first, and at most the prefetched ones


def test_a_closed_pipe_from_the_console_script_leaves_no_traceback() -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    cli = subprocess.Popen(
        [sys.executable, "-m", "ultracart_async", "export", "customers", "--sandbox", "2000",
         "--page-size", "200", "--out", "-"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    assert cli.stdout is not None and cli.stderr is not None
    first = cli.stdout.readline()
    cli.stdout.close()  # like `| head -n 1`
    err = cli.stderr.read().decode()
    cli.stderr.close()
    assert cli.wait(timeout=120) == 141
    assert orjson.loads(first)["customer_profile_oid"]
    assert err == ""


# -- checkpoints -----------------------------------------------------------------------------


async def test_resume_without_a_checkpoint_says_so(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.jsonl"
    assert "no checkpoint" in await error_line(export(sandbox, out, "--resume"), capsys)
    assert list(tmp_path.iterdir()) == []
    assert len(sandbox.stats.request_log) == 0


async def test_a_checkpoint_from_another_base_url_is_refused(
    sandbox: Sandbox, stopped: Stopped, capsys: pytest.CaptureFixture[str]
) -> None:
    before = stopped.checkpoint.read_bytes()
    async with Sandbox(customers=700, seed=11, simple_key=SECRET) as other:
        err = await error_line(resume(other, stopped.out), capsys)
        assert len(other.stats.request_log) == 0
    assert "another store" in err and other.base_url in err and sandbox.base_url in err
    assert stopped.checkpoint.read_bytes() == before
    assert not stopped.out.exists()


async def test_a_checkpoint_from_another_merchant_is_refused_before_writing(
    stopped: Stopped, capsys: pytest.CaptureFixture[str]
) -> None:
    data = orjson.loads(stopped.checkpoint.read_bytes())
    assert data["merchant_id"] == "DEMO"  # seen on the first page
    data["merchant_id"] = "OTHER"
    stopped.checkpoint.write_bytes(orjson.dumps(data))
    err = await error_line(stopped.resume, capsys)
    assert "'OTHER'" in err and "'DEMO'" in err
    assert stopped.partial.stat().st_size == data["bytes"]  # nothing from the other store
    assert orjson.loads(stopped.checkpoint.read_bytes())["merchant_id"] == "OTHER"
    assert not stopped.out.exists()


async def test_a_checkpoint_holds_no_credential_so_a_new_token_resumes(
    sandbox: Sandbox, stopped: Stopped, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert SECRET not in stopped.checkpoint.read_text("utf-8")
    monkeypatch.setenv("ULTRACART_OAUTH_TOKEN", sandbox.oauth_token)
    argv = ["export", "customers", "--out", str(stopped.out), "--page-size", "50", "--resume",
            "--base-url", sandbox.base_url, "--no-progress"]  # fmt: skip
    assert await amain(argv) == 0
    oids = oids_of(stopped.out.read_bytes())
    assert sorted(oids) == sorted(sandbox.snapshot_ids())  # type: ignore[type-var]


async def test_a_record_count_that_does_not_match_the_partial_file_is_refused(
    stopped: Stopped, capsys: pytest.CaptureFixture[str]
) -> None:
    data = orjson.loads(stopped.checkpoint.read_bytes())
    data["records"] += 1
    stopped.checkpoint.write_bytes(orjson.dumps(data))
    err = await error_line(stopped.resume, capsys)
    assert "does not match its checkpoint" in err and "records" in err
    assert not stopped.out.exists()


async def test_a_partial_file_with_a_lost_line_break_is_refused(
    stopped: Stopped, capsys: pytest.CaptureFixture[str]
) -> None:
    data = stopped.partial.read_bytes()
    stopped.partial.write_bytes(data.replace(b"\n", b" ", 1))  # same size, one record fewer
    assert "does not match its checkpoint" in await error_line(stopped.resume, capsys)


async def test_a_partial_file_shorter_than_the_checkpoint_is_refused(
    stopped: Stopped, capsys: pytest.CaptureFixture[str]
) -> None:
    length = orjson.loads(stopped.checkpoint.read_bytes())["bytes"]
    with open(stopped.partial, "r+b") as stream:
        stream.truncate(length - 10)
    assert "bytes" in await error_line(stopped.resume, capsys)


async def test_a_longer_partial_file_is_cut_back_and_resumed_exactly_once(
    sandbox: Sandbox, stopped: Stopped
) -> None:
    with open(stopped.partial, "ab") as stream:  # pages written after the last checkpoint (SIGKILL)
        stream.write(b'{"customer_profile_oid": 1}\n{"half a rec')
    assert await amain(stopped.resume) == 0
    oids = oids_of(stopped.out.read_bytes())
    assert sorted(oids) == sorted(sandbox.snapshot_ids())  # type: ignore[type-var]


async def test_a_csv_partial_file_is_counted_by_rows(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.csv"
    checkpoint = await interrupted(sandbox, out, capsys, "--format", "csv")
    argv = export(sandbox, out, "--page-size", "50", "--format", "csv", "--resume")
    data = orjson.loads(checkpoint.read_bytes())
    data["records"] -= 1
    checkpoint.write_bytes(orjson.dumps(data))
    assert await amain(argv) == 2
    capsys.readouterr()
    data["records"] += 1
    checkpoint.write_bytes(orjson.dumps(data))
    assert await amain(argv) == 0
    assert len(out.read_text("utf-8").splitlines()) >= 701


def _valid_resume() -> dict[str, object]:
    return {"operation": "customers.list", "params": {}, "path_params": {}, "body": None,
            "offset": 0, "page_size": 50}  # fmt: skip


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not json", "not valid JSON"),
        (b"[]", "not an ultracart-async checkpoint"),
        (b'{"bytes": 1}', "not an ultracart-async checkpoint"),
        (orjson.dumps({"version": 99, "job": {}, "bytes": 0, "records": 0,
                       "resume": _valid_resume()}), "version 99"),
        (orjson.dumps({"version": 1, "job": {}, "bytes": 0, "records": 0,
                       "resume": _valid_resume()}), "version 1"),
        (orjson.dumps({"version": 2, "job": [], "bytes": 0, "records": 0,
                       "resume": _valid_resume()}), "malformed"),
        (orjson.dumps({"version": 2, "job": {}, "bytes": -5, "records": 0,
                       "resume": _valid_resume()}), "byte and record counts"),
        (orjson.dumps({"version": 2, "job": {}, "bytes": 0, "records": 0,
                       "resume": {"offset": "x"}}), "resume point"),
        (b" " * (2 << 20), "too large"),
    ],
)  # fmt: skip
async def test_a_malformed_or_unknown_checkpoint_is_refused_in_one_line(
    sandbox: Sandbox,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    message: str,
) -> None:
    out = tmp_path / "c.jsonl"
    (tmp_path / "c.jsonl.checkpoint.json").write_bytes(content)
    (tmp_path / ".c.jsonl.partial").write_bytes(b"")
    err = await error_line(export(sandbox, out, "--page-size", "50", "--resume"), capsys)
    assert message in err
    assert not out.exists()
    assert len(sandbox.stats.request_log) == 0


# -- failures that say what to do ------------------------------------------------------------


def assert_nothing_left(directory: Path) -> None:
    assert list(directory.iterdir()) == [], list(directory.iterdir())


async def test_a_404_says_what_failed_and_leaves_nothing(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["export", "webhook-logs", "--webhook", "987654", "--out", str(tmp_path / "l.jsonl"),
            *connect(sandbox)]  # fmt: skip
    err = await error_line(argv, capsys, status=1)
    assert "404" in err and "987654" in err
    assert "--resume" not in err
    assert_nothing_left(tmp_path)


async def test_a_401_says_what_failed_and_leaves_nothing(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["export", "customers", "--out", str(tmp_path / "c.jsonl"), "--base-url",
            sandbox.base_url, "--simple-key", "sk-wrong-key-0000", "--no-progress"]  # fmt: skip
    err = await error_line(argv, capsys, status=1)
    assert "401" in err and "ULTRACART_SIMPLE_KEY" in err
    assert "--resume" not in err and "sk-wrong-key-0000" not in err
    assert_nothing_left(tmp_path)


async def test_a_refused_filter_says_what_failed_and_leaves_nothing(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = export(sandbox, tmp_path / "c.csv", "--sort", "+bogus", "--format", "csv")
    err = await error_line(argv, capsys, status=1)
    assert "400" in err and "bogus" in err and "filters" in err
    assert "--resume" not in err
    assert_nothing_left(tmp_path)


@pytest.mark.usefixtures("loopback_only")
async def test_an_unknown_host_says_what_failed_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["export", "customers", "--out", str(tmp_path / "c.jsonl"), "--base-url",
            "https://no-such-host.invalid/rest/v2", "--simple-key", SECRET, "--max-attempts",
            "1", "--no-progress"]  # fmt: skip
    err = await error_line(argv, capsys, status=1)
    assert "no-such-host.invalid" in err and "--base-url" in err
    assert "--resume" not in err and SECRET not in err
    assert_nothing_left(tmp_path)


async def test_a_failure_after_saved_pages_advises_resume(
    sandbox: Sandbox, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.jsonl"
    sandbox.configure(fault_rate=0.25, fault_kinds=["500"])
    argv = export(sandbox, out, "--page-size", "50", "--max-attempts", "1")
    err = await error_line(argv, capsys, status=1)
    records = orjson.loads((tmp_path / "c.jsonl.checkpoint.json").read_bytes())["records"]
    assert f"{records:,} records saved" in err and "--resume" in err


async def test_server_error_text_reaches_the_terminal_escaped_and_bounded(
    server: ScriptedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = "\x1b[2J\x07boom\r\nultracart-async: FORGED LINE\n" + "A" * 3_000_000

    async def answer(request: web.Request) -> web.StreamResponse:
        body = {"error": {"developer_message": hostile}}
        return web.json_response(body, status=400)

    server.handler = answer
    argv = ["export", "customers", "--out", str(tmp_path / "c.jsonl"), "--base-url",
            server.base_url, "--simple-key", SECRET, "--no-progress"]  # fmt: skip
    err = await error_line(argv, capsys, status=1)
    assert "\x1b" not in err and "\x07" not in err and "\r" not in err
    assert "\\x1b[2J" in err and "boom" in err
    assert len(err) <= 1001


async def test_cli_text_of_its_own_is_escaped_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "no\x1b[31mdir" / "c.jsonl"
    err = await error_line(["export", "customers", "--sandbox", "5", "--out", str(out)], capsys)
    assert "\x1b" not in err and "\\x1b[31m" in err


async def test_a_permanent_failure_mid_export_names_the_checkpoint_without_advising_resume(
    server: ScriptedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async def answer(request: web.Request) -> web.StreamResponse:
        if len(server.requests) > 2:
            return web.json_response({"error": {"developer_message": "key revoked"}}, status=401)
        offset = int(request.query["_offset"])
        records = [{"customer_profile_oid": offset + i + 1, "merchant_id": "M"} for i in range(10)]
        result_set = {"count": 10, "limit": 10, "offset": offset, "more": True,
                      "total_records": 100}  # fmt: skip
        return web.json_response({"customers": records, "metadata": {"result_set": result_set}})

    server.handler = answer
    out = tmp_path / "c.jsonl"
    argv = ["export", "customers", "--out", str(out), "--base-url", server.base_url,
            "--simple-key", SECRET, "--page-size", "10", "--no-progress"]  # fmt: skip
    err = await error_line(argv, capsys, status=1)
    checkpoint = tmp_path / "c.jsonl.checkpoint.json"
    saved = orjson.loads(checkpoint.read_bytes())["records"]
    assert "401" in err and "key revoked" in err and "ULTRACART_SIMPLE_KEY" in err
    assert f"{saved} records already exported are kept with {checkpoint}" in err
    assert "--resume" not in err


async def test_an_answer_over_the_response_cap_is_permanent_and_leaves_nothing(
    server: ScriptedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        # Declares 64 MiB, over the default 32 MiB cap: refused from the headers alone.
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        response.content_length = 64 * 1024 * 1024
        await response.prepare(request)
        await response.write(b'{"customers": [')
        return response

    server.handler = handler
    argv = ["export", "customers", "--out", str(tmp_path / "c.jsonl"), "--base-url",
            server.base_url, "--simple-key", "k", "--no-progress"]  # fmt: skip
    err = await error_line(argv, capsys, status=1)
    assert "response cap" in err and "--resume" not in err
    assert len(server.requests) == 1  # not retried: the same request would bring the same body
    assert_nothing_left(tmp_path)

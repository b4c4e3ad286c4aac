"""The customer sync's benchmark: ``python -m benchmarks.sync [--customers N] [--runs 3]``.

Measured as whole processes, from spawn to exit (as target 2 of :mod:`benchmarks.run`):

* ``ultracart-async export customers`` to JSONL: the baseline;
* ``ultracart-async sync customers`` into a fresh SQLite file (a first sync);
* ``ultracart-async sync customers`` into a fresh PostgreSQL database (a first sync);

every documented expansion, C=8, no client rate limit. Rounds are interleaved (export,
SQLite, PostgreSQL, then again) and each figure is the median of ``--runs`` rounds; the
ratios are against the export of the same round set. Then an incremental run after a burst
of updates, to count the requests it spends.

Where things run (two CPUs): the measured process on the first CPU; the sandbox and the
PostgreSQL server (started here with ``initdb``/``pg_ctl``, default durability settings)
both on the second. PostgreSQL's work therefore competes with the sandbox's, not with the
client's, as it would on a database host of its own.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ._common import EXPAND_CSV, REPO_ROOT, UNLIMITED_RATE, cores, log, median, pin
from ._sandbox import SandboxProcess

#: Page requests in flight (a list so that ``--concurrency`` can set it for the run).
CONCURRENCY = [8]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bindir() -> Path | None:
    folders = Path("/usr/lib/postgresql").glob("*/bin")
    # Newest first, by number: as text, "9" would come before "16".
    for folder in sorted(
        folders, key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0, reverse=True
    ):
        if (folder / "pg_ctl").exists():
            return folder
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _ticks(pid: str) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    # utime, stime, and the children's cutime, cstime (reaped backends land there)
    return sum(int(f) for f in fields[11:15])


def server_cpu(data: Path | None) -> float | None:
    """CPU seconds used so far by a PostgreSQL server: the postmaster, its reaped backends,
    and its live children (Linux ``/proc``); None when not measurable."""
    if data is None:
        return None
    with contextlib.suppress(OSError, ValueError, IndexError):
        master = (data / "postmaster.pid").read_text().split()[0]
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        ticks = _ticks(master) + sum(_ticks(c) for c in children if Path(f"/proc/{c}").exists())
        return ticks / os.sysconf("SC_CLK_TCK")
    return None


PG_DATA: list[Path] = []


@contextlib.contextmanager
def postgres(core: int | None) -> Iterator[str | None]:
    """A PostgreSQL server on ``core`` (its processes inherit the pinning); yields the URL
    of its ``postgres`` database, or None when no server binaries exist."""
    bindir = _pg_bindir()
    if bindir is None:
        yield None
        return
    folder = Path(tempfile.mkdtemp(prefix="ultracart-bench-pg-"))
    as_root = os.geteuid() == 0
    if as_root:
        shutil.chown(folder, "postgres", "postgres")
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []

    def run(*cmd: str) -> None:
        subprocess.run(
            [*prefix, *cmd],
            check=True,
            capture_output=True,
            preexec_fn=(lambda: pin(0, core)) if core is not None else None,
        )

    port = _free_port()
    data = folder / "data"
    run(str(bindir / "initdb"), "-A", "trust", "-U", "postgres", "-D", str(data))
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1"
    run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "-o", options,
        "start")  # fmt: skip
    PG_DATA.append(data)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        with contextlib.suppress(subprocess.SubprocessError):
            run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop")
        shutil.rmtree(folder, ignore_errors=True)


def psql(url: str, sql: str) -> None:
    """One statement, through the sync's own driver (no psql needed)."""
    code = (
        "import asyncio, asyncpg, sys\n"
        "async def main():\n"
        "    c = await asyncpg.connect(sys.argv[1])\n"
        "    await c.execute(sys.argv[2])\n"
        "    await c.close()\n"
        "asyncio.run(main())\n"
    )
    subprocess.run([sys.executable, "-c", code, url, sql], check=True)


def timed(argv: list[str]) -> dict[str, Any]:
    """Run a command from spawn to exit: wall and CPU seconds, and its stderr."""
    began = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - began
    assert proc.stderr is not None
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError(f"{' '.join(argv[:5])}... exited {code}: {err.strip()[-500:]}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "stderr": err.strip()}


def _connection(sb: SandboxProcess) -> list[str]:
    return [
        "--base-url", sb.base_url, "--simple-key", sb.key, "--expand", EXPAND_CSV,
        "--concurrency", str(CONCURRENCY[0]), "--max-in-flight", str(CONCURRENCY[0]),
        "--rate-limit", UNLIMITED_RATE, "--no-progress",
    ]  # fmt: skip


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "ultracart_async", *args]


def _requests(summary: str) -> int:
    found = re.search(r"requests spent: ([\d,]+)", summary)
    return int(found.group(1).replace(",", "")) if found else -1


class Bench:
    """The measurements of one benchmark run."""

    def __init__(self, sb: SandboxProcess, pg: str | None, work: Path) -> None:
        self.sb = sb
        self.pg = pg
        self.work = work
        self.samples: dict[str, list[dict[str, Any]]] = {}
        self.round = 0

    def export(self) -> dict[str, Any]:
        out = self.work / "customers.jsonl"
        out.unlink(missing_ok=True)
        result = timed(_cli("export", "customers", "--out", str(out), *_connection(self.sb)))
        with out.open("rb") as f:
            result["customers"] = sum(c.count(b"\n") for c in iter(lambda: f.read(1 << 20), b""))
        out.unlink()
        return result

    def sqlite_url(self) -> str:
        return f"sqlite:///{self.work / f'sync-{self.round}.db'}"

    def pg_url(self) -> str:
        assert self.pg is not None
        return self.pg.rsplit("/", 1)[0] + f"/bench_{self.round}"

    def sync(self, url: str) -> dict[str, Any]:
        data = PG_DATA[-1] if url.startswith("postgresql") and PG_DATA else None
        before = server_cpu(data)
        result = timed(_cli("sync", "customers", "--db", url, *_connection(self.sb)))
        after = server_cpu(data)
        if before is not None and after is not None:
            result["server_cpu"] = after - before
        found = re.search(r"inserted ([\d,]+)", result["stderr"])
        result["customers"] = int(found.group(1).replace(",", "")) if found else -1
        result["requests"] = _requests(result["stderr"])
        return result

    def fresh_databases(self) -> None:
        self.round += 1
        for path in self.work.glob("sync-*.db*"):
            path.unlink()
        if self.pg is not None:
            psql(self.pg, f"DROP DATABASE IF EXISTS bench_{self.round - 1}")
            psql(self.pg, f"CREATE DATABASE bench_{self.round}")

    def rounds(self, runs: int) -> None:
        for number in range(1, runs + 1):
            self.fresh_databases()
            steps = [("export", self.export), ("sqlite", lambda: self.sync(self.sqlite_url()))]
            if self.pg is not None:
                steps.append(("postgresql", lambda: self.sync(self.pg_url())))
            for key, step in steps:
                log(f"  round {number}/{runs}: {key}")
                self.samples.setdefault(key, []).append(step())

    def incremental(self, updates_per_sec: float, seconds: float) -> dict[str, Any]:
        """A burst of updates after the last SQLite sync, then an incremental run."""
        url = self.sqlite_url()
        self.sb.reset_stats()
        self.sb.configure(churn_updates_per_sec=updates_per_sec)
        time.sleep(seconds)
        self.sb.configure(churn_updates_per_sec=0)
        changed = int(self.sb.stats()["churn_updated"])
        result = self.sync(url)
        found = re.search(r"updated ([\d,]+), unchanged ([\d,]+)", result["stderr"])
        updated, unchanged = (
            (int(g.replace(",", "")) for g in found.groups()) if found else (-1, -1)
        )
        return {**result, "changed": changed, "updated": updated, "unchanged": unchanged}


def report(bench: Bench, incremental: dict[str, Any], meta: dict[str, Any]) -> str:
    def med(key: str, field: str = "wall") -> float | None:
        got = bench.samples.get(key)
        return median([float(s[field]) for s in got]) if got else None

    export = med("export")
    lines = [
        "# Issue 21: the customer sync's benchmark (`python -m benchmarks.sync`)",
        "",
        f"- **Date:** {meta['date']}; load average at start {meta['load']}",
        f"- **Workload:** {meta['customers']:,} customers, every documented expansion, page "
        f"size 200, C={CONCURRENCY[0]}, sandbox latency {meta['latency'] * 1000:.0f} ms, no rate "
        f"limit; median of {meta['runs']} interleaved rounds; whole processes.",
        f"- **Where things run:** the measured process on CPU {meta['client_core']}; the "
        f"sandbox and PostgreSQL {meta['pg_version']} (default settings: fsync on) both on "
        f"CPU {meta['sandbox_core']}" + ("" if meta["pinned"] else " (pinning not possible)"),
        "",
        "| # | measure | value | baseline | ratio | target | status |",
        "|---|---|---|---|---|---|---|",
    ]
    for number, key, label in (("S1", "sqlite", "SQLite"), ("S2", "postgresql", "PostgreSQL")):
        value = med(key)
        if value is None or export is None:
            lines.append(
                f"| {number} | first sync into {label} vs export | - | - | - | <= 1.3x | - |"
            )
            continue
        ratio = value / export
        status = "met" if ratio <= 1.3 else "MISSED"
        lines.append(
            f"| {number} | first sync into {label} vs JSONL export, wall s | {value:.2f} | "
            f"{export:.2f} | {ratio:.2f}x | <= 1.3x | {status} |"
        )
    lines += [
        "",
        "| contender | customers | median wall s | runs (wall s) | median CPU s | records/s |",
        "|---|---|---|---|---|---|",
    ]
    names = {"export": "CLI JSONL export", "sqlite": "sync into SQLite (first run)",
             "postgresql": "sync into PostgreSQL (first run)"}  # fmt: skip
    for key, label in names.items():
        got = bench.samples.get(key)
        if not got:
            continue
        wall = median([s["wall"] for s in got])
        runs = ", ".join(f"{s['wall']:.2f}" for s in got)
        lines.append(
            f"| {label} | {got[0]['customers']:,} | {wall:.2f} | "
            f"{runs} | "
            f"{median([s['cpu'] for s in got]):.2f} | {got[0]['customers'] / wall:,.0f} |"
        )
    pg = bench.samples.get("postgresql") or []
    cpu = [s["server_cpu"] for s in pg if "server_cpu" in s]
    if cpu:
        per_row = median(cpu) / max(1, pg[0]["customers"]) * 1e6
        lines += [
            "",
            f"PostgreSQL's own CPU during a first sync (postmaster, backends, background "
            f"workers): median {median(cpu):.2f} s, {per_row:.0f} us per customer "
            f"(runs: {', '.join(f'{c:.2f}' for c in cpu)}).",
        ]
    k = incremental["updated"]
    m = incremental["unchanged"]
    bound = math.ceil((k + m) / 195)
    lines += [
        "",
        f"**Incremental run** (SQLite, after the last first sync; the sandbox's churn updated "
        f"{incremental['changed']:,} customers): updated {k:,}, unchanged {m:,} (inside the "
        f"safety margin), **{incremental['requests']} requests** (ceil((k+m)/195) = {bound}; "
        f"a first sync spent {bench.samples['sqlite'][0]['requests']:,}), "
        f"{incremental['wall']:.2f} s.",
    ]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.sync")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument(
        "--concurrency", type=int, default=8, help="8: CPU-bound; 1: UltraCart's own policy"
    )
    parser.add_argument("--out", type=Path, help="also write the Markdown report here")
    args = parser.parse_args(argv)
    CONCURRENCY[0] = args.concurrency
    client_core, sandbox_core = cores()
    pinned = pin(0, client_core)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    log(f"client core {client_core}, sandbox core {sandbox_core}, pinned: {pinned}")
    with (
        tempfile.TemporaryDirectory(prefix="ultracart-bench-sync-") as tmp,
        SandboxProcess(
            customers=args.customers,
            latency=args.latency,
            max_in_flight=max(8, args.concurrency),
            core=sandbox_core,
        ) as sb,
        postgres(sandbox_core if pinned else None) as pg,
    ):
        bench = Bench(sb, pg, Path(tmp))
        bench.rounds(args.runs)
        incremental = bench.incremental(updates_per_sec=300, seconds=2.0)
    pg_version = _pg_bindir()
    meta = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "load": load,
        "customers": args.customers,
        "latency": args.latency,
        "runs": args.runs,
        "client_core": client_core,
        "sandbox_core": sandbox_core,
        "pinned": pinned,
        "pg_version": pg_version.parent.name if pg_version else "(none)",
    }
    text = report(bench, incremental, meta)
    print(text)
    if args.out is not None:
        args.out.write_text(text)
        log(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The sandbox in its own process, pinned to its own core, with its control surface."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Self

import orjson

from ._common import REPO_ROOT, pin


@dataclass(kw_only=True, eq=False)
class SandboxProcess:
    """``python -m ultracart_async.sandbox`` in a child process.

    Use as a context manager; ``base_url`` and ``key`` are known once it is entered.
    """

    customers: int
    latency: float = 0.02
    max_in_flight: int | None = 8
    seed: int = 1
    core: int | None = None
    extra: tuple[str, ...] = ()
    pinned: bool = field(default=False, init=False)
    base_url: str = field(default="", init=False)
    key: str = field(default="", init=False)
    startup_seconds: float = field(default=0.0, init=False)
    _proc: subprocess.Popen[str] | None = field(default=None, init=False, repr=False)
    _errlog: IO[bytes] | None = field(default=None, init=False, repr=False)

    @property
    def root_url(self) -> str:
        """Where ``/__sandbox`` lives."""
        return self.base_url.removesuffix("/rest/v2")

    def __enter__(self) -> Self:
        cmd = [
            sys.executable,
            "-m",
            "ultracart_async.sandbox",
            "--port",
            "0",
            "--customers",
            str(self.customers),
            "--seed",
            str(self.seed),
            "--warm",
            "--latency",
            str(self.latency),
            "--webhooks",
            "0",
            "--workflow-tasks",
            "0",
            *(("--max-in-flight", str(self.max_in_flight)) if self.max_in_flight else ()),
            *self.extra,
        ]
        self._errlog = tempfile.TemporaryFile()  # closed in __exit__
        began = time.perf_counter()
        self._proc = subprocess.Popen(
            cmd, cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=self._errlog, text=True
        )
        # Moved to its own core at once: data generation then runs there too.
        self.pinned = pin(self._proc.pid, self.core)
        assert self._proc.stdout is not None
        self.base_url = self._proc.stdout.readline().strip()
        self.key = self._proc.stdout.readline().strip()
        if not self.base_url.startswith("http://127.0.0.1:"):
            self._errlog.seek(0)
            detail = self._errlog.read().decode(errors="replace")
            self.__exit__(None, None, None)
            raise RuntimeError(f"the sandbox did not start:\n{detail}")
        self.startup_seconds = time.perf_counter() - began
        return self

    def __exit__(self, *exc_info: object) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()
        if self._errlog is not None:
            self._errlog.close()
            self._errlog = None

    def _call(self, method: str, path: str, body: Any = None) -> Any:
        data = orjson.dumps(body) if body is not None else None
        request = urllib.request.Request(
            self.root_url + "/__sandbox" + path, data=data, method=method
        )
        if data is not None:
            request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=30) as response:
            raw = response.read()
        return orjson.loads(raw) if raw else None

    def configure(self, **changes: Any) -> dict[str, Any]:
        """Change knobs (``POST /__sandbox/config``)."""
        result: dict[str, Any] = self._call("POST", "/config", changes)
        return result

    def stats(self) -> dict[str, Any]:
        """The counters (``GET /__sandbox/stats``), without the request log."""
        result: dict[str, Any] = self._call("GET", "/stats?log_tail=0")
        return result

    def reset_stats(self) -> None:
        """Zero the counters (``POST /__sandbox/stats/reset``)."""
        self._call("POST", "/stats/reset")

    def ids(self) -> list[int]:
        """The live customer oids."""
        ids: list[int] = self._call("GET", "/ids")["customer_profile_oids"]
        return ids

    def page_bytes(self, limit: int, expand: str) -> bytes:
        """The exact bytes of ``GET /customer/customers`` (the first page)."""
        url = f"{self.base_url}/customer/customers?_limit={limit}&_offset=0&_expand={expand}"
        request = urllib.request.Request(url, headers=_headers(self.key))
        with urllib.request.urlopen(request, timeout=30) as response:
            body: bytes = response.read()
        return body

    def rss_mb(self) -> float | None:
        """The sandbox's resident memory in MB (Linux), for the report."""
        if self._proc is None:
            return None
        with contextlib.suppress(OSError, ValueError):
            for line in Path(f"/proc/{self._proc.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return None


def _headers(key: str) -> dict[str, str]:
    from ._common import headers

    return headers(key)

"""A redis-server of the tests' own on 127.0.0.1: no persistence, in a temporary folder."""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from ._net import free_port

REDIS_SERVER = shutil.which("redis-server")
MISSING_REASON = "redis-server is not installed (apt-get install -y redis-server; .ci/run does)"


_names = itertools.count()


def limiter_name(tag: str) -> str:
    """A limiter name no other test (or test process) uses, so tests can share one server."""
    return f"test-{tag}-{os.getpid()}-{next(_names)}"


class RedisServer:
    """A redis-server process on 127.0.0.1, with no persistence, in a temp dir."""

    def __init__(self, directory: str) -> None:
        self.port = free_port()
        self.directory = directory
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        assert REDIS_SERVER is not None, MISSING_REASON
        argv = [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        argv += ["--appendonly", "no", "--dir", self.directory]
        argv += ["--logfile", os.path.join(self.directory, "redis.log")]
        self.proc = subprocess.Popen(
            argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                log = Path(self.directory, "redis.log")
                text = log.read_text() if log.exists() else ""
                raise RuntimeError(f"redis-server did not start on {self.port}: {text[-500:]}")
            time.sleep(0.02)

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@contextlib.contextmanager
def redis_server() -> Iterator[RedisServer]:
    """A started redis-server, stopped and its folder removed on exit."""
    with tempfile.TemporaryDirectory(prefix="uc-redis-") as directory:
        server = RedisServer(directory)
        server.start()
        try:
            yield server
        finally:
            server.stop()

"""Start `vnst serve` in a subprocess on a free port, for real-server tests.

The fixture ``vnst_server`` is a factory: ``vnst_server(store=path, args=[...],
env={...})`` returns a ``RunningServer`` once /healthz answers (polled, never a
fixed sleep); every server started is stopped by its pid at teardown.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

VNST = Path(sys.executable).with_name("vnst")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class RunningServer:
    url: str
    process: subprocess.Popen
    log_path: Path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def pids(self) -> list[int]:
        """The server and its worker processes (children, grandchildren)."""
        pids, frontier = [self.process.pid], [self.process.pid]
        while frontier:
            parent = frontier.pop()
            try:
                children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                pids.append(child)
                frontier.append(child)
        return pids

    def rss_bytes(self) -> int:
        total = 0
        for pid in self.pids():
            try:
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            except OSError:
                continue
        return total

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


def start_server(*, store: Path | None, args: list[str] = (), env: dict[str, str] | None = None,
                 log_path: Path, ready_s: float = 60.0) -> RunningServer:
    """``store`` None: the backend comes from ``env`` (a remote store's VNST_REMOTE_* settings)."""
    port = free_port()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("VNST_")}
    environment.update(env or {})
    command = [str(VNST), "serve", *(["--store", str(store)] if store is not None else []),
               "--port", str(port), "--host", "127.0.0.1", *args]
    handle = log_path.open("wb")
    process = subprocess.Popen(command, stdout=handle, stderr=subprocess.STDOUT, env=environment)
    server = RunningServer(f"http://127.0.0.1:{port}", process, log_path)
    deadline = time.monotonic() + ready_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"vnst serve exited with {process.returncode}:\n{server.log()}")
        try:
            if httpx.get(server.url + "/healthz", timeout=1.0).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.1)  # polling interval, not a wait for readiness
    server.stop()
    raise RuntimeError(f"vnst serve did not become ready:\n{server.log()}")


@pytest.fixture
def vnst_server(tmp_path: Path):
    started: list[RunningServer] = []

    def start(*, store: Path | None = None, args: list[str] = (),
              env: dict[str, str] | None = None) -> RunningServer:
        server = start_server(store=store or tmp_path / f"store{len(started)}", args=list(args),
                              env=env, log_path=tmp_path / f"server{len(started)}.log")
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()

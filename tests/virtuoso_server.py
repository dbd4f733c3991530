"""A real Virtuoso for the remote-store tests: started once per session on loopback.

The Debian package ``virtuoso-opensource`` (scripts/test-deps.sh) gives
``/usr/bin/virtuoso-t``; the database lives in a temporary folder with a
minimal virtuoso.ini. Readiness is polled on the HTTP endpoint; the anonymous
SPARQL user is then granted SPARQL_UPDATE so /sparql takes updates and the
Graph Store Protocol endpoint /sparql-graph-crud takes uploads.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

VIRTUOSO = Path("/usr/bin/virtuoso-t")
ISQL = shutil.which("isql-vt") or "/usr/bin/isql-vt"
VSP_ROOT = "/var/lib/virtuoso-opensource-7/vsp"

_INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{isql_port}
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {dir}{extra_dirs}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {vsp}
MaxClientConnections = 10
ServerThreads = 10
Charset = UTF-8
EnabledGzipContent = 0
[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = {max_seconds}
"""


@dataclass(frozen=True)
class Virtuoso:
    http_port: int
    isql_port: int

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def query_url(self) -> str:
        return f"{self.base}/sparql"

    @property
    def store_url(self) -> str:
        return f"{self.base}/sparql-graph-crud"

    def env(self, *, store_url: bool = True) -> dict[str, str]:
        """VNST_* variables that point the CLI at this server."""
        env = {"VNST_BACKEND": "remote", "VNST_REMOTE_QUERY_URL": self.query_url,
               "VNST_REMOTE_UPDATE_URL": self.query_url}
        if store_url:
            env["VNST_REMOTE_STORE_URL"] = self.store_url
        return env

    def isql(self, statement: str, *, timeout_s: float = 60) -> str:
        done = subprocess.run([ISQL, str(self.isql_port), "dba", "dba", f"exec={statement}"],
                              capture_output=True, text=True, timeout=timeout_s, check=True)
        return done.stdout


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_ready(process: subprocess.Popen, url: str, log: Path, *, limit_s: float = 120) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"virtuoso-t exited ({process.returncode}):\n{log.read_text()[-2000:]}")
        try:
            if httpx.get(url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        try:
            process.wait(timeout=0.2)  # a bounded pause that also notices an early exit
        except subprocess.TimeoutExpired:
            pass
    raise RuntimeError(f"virtuoso-t did not answer within {limit_s:g} s:\n{log.read_text()[-2000:]}")


@contextmanager
def running_virtuoso(folder: Path, *, buffers: int = 20_000, extra_dirs: tuple[str, ...] = (),
                     max_rows: int = 1_000_000, max_seconds: int = 120) -> Iterator[Virtuoso]:
    """A Virtuoso with its database in ``folder``, on loopback, until the block ends. The test
    suite runs it small; the remote benchmark (bench/remote_queries.py) with more buffers and the
    folder of the files it bulk-loads."""
    server = Virtuoso(http_port=_free_port(), isql_port=_free_port())
    ini = folder / "virtuoso.ini"
    ini.write_text(_INI.format(dir=folder, isql_port=server.isql_port, http_port=server.http_port,
                               vsp=VSP_ROOT, buffers=buffers, dirty=buffers * 3 // 4,
                               extra_dirs="".join(f", {d}" for d in extra_dirs),
                               max_rows=max_rows, max_seconds=max_seconds))
    log = folder / "console.log"
    with log.open("wb") as console:
        process = subprocess.Popen([str(VIRTUOSO), "+foreground", "+configfile", str(ini)],
                                   cwd=folder, stdout=console, stderr=subprocess.STDOUT)
    try:
        _wait_ready(process, server.query_url, log)
        server.isql('GRANT SPARQL_UPDATE TO "SPARQL";')
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory):
    if not VIRTUOSO.exists():
        pytest.skip("Virtuoso is not installed (/usr/bin/virtuoso-t is absent; "
                    "run scripts/test-deps.sh as root)")
    with running_virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server

"""What the bench scripts share: a real gunicorn on 127.0.0.1 over a fresh SQLite file
(or DATABASE_URL), a curator's token from the CLI, and HTTP calls."""

import http.client
import json
import multiprocessing
import os
import queue
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
QUOTE = (
    "The first deal of the Shanghai trading delegation at the 6th CIIE, a procurement order worth "
    "US$300 million, was signed between Qingpu-registered ZKH Industrial Supply Co and materials "
    "science leader Dow."
)
LOCK_MESSAGES = (
    "database is locked",
    "database is busy",
    "deadlock detected",
    "Traceback",
    '"level": "ERROR"',
)


def deal(deal_id, title):
    """A deal with a party and a citation: what a half-written record would lack."""
    return {
        "id": deal_id,
        "title": title,
        "kind": "purchase_order",
        "scope": "single",
        "expo": "ciie-2023",
        "parties": [{"organization": "dow", "role": "seller"}],
        "sources": [{"source": "qingpu-at-ciie-2023", "quote": QUOTE}],
    }


class Server:
    """gunicorn (gunicorn.conf.py) serving `app` on a free port; its log goes to a file.
    `workers=None` keeps gunicorn.conf.py's count (cores + 1)."""

    def __init__(self, workers=4, database_url=None, app="api:create_app()", **env):
        self.app = app
        self.dir = Path(tempfile.mkdtemp(prefix="tradepromo-bench-"))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.database_path = self.dir / "bench.sqlite3"
        self.env = {
            **os.environ,
            "DATABASE_URL": database_url or f"sqlite:///{self.database_path}",
            "PORT": str(self.port),
            "RATELIMIT_ENABLED": "false",
            "GUNICORN_ACCESSLOG": "/dev/null",  # error log and app log only: what we scan
            **({"WEB_CONCURRENCY": str(workers)} if workers else {}),
            **env,
        }
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = self.dir / "server.log"

    def flask(self, *args):
        result = subprocess.run(
            [BIN / "flask", "--app", "api", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        )
        return result.stdout.strip()

    def start(self):
        """A fresh database with the curated records and a curator's token, then serve."""
        self.flask("init-db")
        self.token = self.flask("tokens", "create", "bench")
        return self.serve()

    def serve(self, ready="/healthz"):
        """Start gunicorn and wait until `ready` answers."""
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen(
            [BIN / "gunicorn", "--config", "gunicorn.conf.py", self.app],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(self.base + ready, timeout=2).close()
                return self
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"gunicorn did not start: see {self.log_path}") from None
                time.sleep(0.1)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=60)
        self.log.close()

    def problems_logged(self):
        text = self.log_path.read_text(errors="replace")
        return [line for line in text.splitlines() if any(m.lower() in line.lower() for m in LOCK_MESSAGES)]

    def worker_pids(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()] if children.exists() else []

    def worker_memory_mb(self):
        """Resident memory of each worker, in MB."""
        sizes = []
        for pid in self.worker_pids():
            # a worker gunicorn is recycling may be gone, or a zombie with no VmRSS line
            try:
                found = re.search(r"VmRSS:\s+(\d+)", Path(f"/proc/{pid}/status").read_text())
            except OSError:
                found = None
            if found:
                sizes.append(int(found.group(1)) / 1024)
        return sizes


def call(method, url, body=None, headers=None, timeout=30):
    """(status, headers, parsed body or bytes); connection errors are status 0."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None and "Content-Type" not in request.headers:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, head, raw = response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        status, head, raw = error.code, dict(error.headers), error.read()
    except (OSError, http.client.HTTPException) as error:  # a body cut short (a worker killed) too
        return 0, {}, repr(error)
    try:
        return status, head, json.loads(raw) if raw else None
    except ValueError:
        return status, head, raw


PROBES = ("/healthz", "/api/v1/deals?limit=5")


class Probe(NamedTuple):
    path: str
    status: int
    seconds: float

    @property
    def failed(self):
        return self.status != 200 or self.seconds > 1

    def __str__(self):
        return f"{self.path} -> {self.status} in {self.seconds:.2f} s"


def _probe(base, every, stopping, results):
    """Each of PROBES, every `every` s (at least one round), with a 1 s timeout."""
    while True:
        for path in PROBES:
            started = time.monotonic()
            status = call("GET", base + path, timeout=1)[0]
            results.put((path, status, time.monotonic() - started))
        if stopping.wait(every):
            return


class Prober:
    """/healthz and a small list probed from a process of their own, as a load balancer's health
    check is: a probe thread beside the threads that read and parse exports waited for their
    GIL, and timed it (in one run, up to 0.74 s in the harness's process, 0.31 s from its own).
    A spawned process, not a fork: it may start while the caller's threads run."""

    def __init__(self, base, every):
        spawn = multiprocessing.get_context("spawn")
        self.stopping, self.results = spawn.Event(), spawn.Queue()
        self.process = spawn.Process(target=_probe, args=(base, every, self.stopping, self.results))

    def start(self):
        self.process.start()
        return self

    def stop(self):
        """Every Probe made; each must be a 200 within 1 s (`failed` says which was not)."""
        self.stopping.set()
        found = []
        while self.process.is_alive() or not self.results.empty():
            try:  # drained before the join: a full queue blocks its writer
                found.append(Probe(*self.results.get(timeout=0.1)))
            except queue.Empty:
                pass
        self.process.join()
        if self.process.exitcode != 0:  # it probes at least once, or it failed
            raise SystemExit(f"the prober exited with {self.process.exitcode}")
        return found

"""Datasette (from PyPI) on the same SQLite file, in a virtualenv of its own that
the benchmark creates under bench/.datasette/ (not committed), so it never
shares packages with the API."""

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / "bench" / ".datasette"
REQUIREMENT = "datasette>=0.65,<0.66"  # the release the outside benchmark measured


def install():
    """The virtualenv's datasette executable, created on first use."""
    executable = VENV / "bin" / "datasette"
    if not executable.exists():
        print(f"installing {REQUIREMENT} into {VENV.relative_to(ROOT)} ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", VENV], check=True)
        pip = [VENV / "bin" / "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, REQUIREMENT], check=True)
    return executable


class Datasette:
    """`datasette serve` on a free port, facet suggestions off; stopped by stop()."""

    def __init__(self, database):
        self.database = Path(database)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.name = self.database.stem  # Datasette names a database after its file
        self.log_path = Path(tempfile.mkdtemp(prefix="tradepromo-datasette-")) / "datasette.log"

    def serve(self):
        command = [install(), "serve", self.database, "--host", "127.0.0.1", "--port", str(self.port)]
        command += ["--setting", "suggest_facets", "off"]
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{self.base}/-/versions.json", timeout=2).close()
                return self
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"datasette did not start: see {self.log_path}") from None
                time.sleep(0.2)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()

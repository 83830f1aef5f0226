"""`make serve`'s path for real: init-db on a new SQLite file, then gunicorn on 127.0.0.1."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = pytest.mark.server
BIN = Path(sys.executable).parent


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'served.sqlite3'}",
        "PORT": str(port),
        "WEB_CONCURRENCY": "2",
    }
    subprocess.run(
        [BIN / "flask", "--app", "api", "init-db"], cwd=ROOT, env=env, check=True, capture_output=True
    )
    process = subprocess.Popen(
        [BIN / "gunicorn", "--config", "gunicorn.conf.py", "api:create_app()"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1)
            break
        except OSError:
            assert process.poll() is None, "gunicorn exited"
            assert time.monotonic() < deadline, "gunicorn did not start in 30 s"
            time.sleep(0.1)
    yield base
    process.terminate()
    process.wait(timeout=30)


def get(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def test_served_api_docs_and_spec(server):
    status, _, body = get(server + "/api/v1/expos")
    assert status == 200 and json.loads(body)["meta"]["total"] == 9
    status, headers, body = get(server + "/api/v1/deals?limit=2")
    page = json.loads(body)
    assert len(page["data"]) == 2 and headers["Link"].startswith("</api/v1/deals?limit=2&cursor=")
    seen = [d["id"] for d in page["data"]]
    while page["links"]["next"]:
        page = json.loads(get(server + page["links"]["next"])[2])
        seen += [d["id"] for d in page["data"]]
    assert len(seen) == len(set(seen)) == page["meta"]["total"]
    status, _, body = get(server + "/api/v1/openapi.json")
    assert status == 200 and json.loads(body)["openapi"].startswith("3.")
    status, headers, body = get(server + "/docs")
    assert status == 200 and b"swagger-ui" in body
    assert get(server + "/readyz")[0] == 200

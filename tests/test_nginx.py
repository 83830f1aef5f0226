"""The documented production deployment (deploy/nginx/tradepromo.conf): Debian's nginx in
front of gunicorn. Slow clients hold nginx connections, never gunicorn threads: /healthz and
a small list keep answering within 1 s while 50 of them dribble their headers."""

import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(
        shutil.which("nginx") is None, reason="needs Debian's nginx (apt-get install nginx-light)"
    ),
]

CONFIG = Path(__file__).resolve().parent.parent / "deploy" / "nginx" / "tradepromo.conf"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def proxied(served, tmp_path):
    """gunicorn (one worker of 4 threads: easy to starve without nginx) behind nginx running
    the repository's config; the base URL of nginx."""
    upstream = served(WEB_CONCURRENCY="1", GUNICORN_THREADS="4", PROXY_COUNT="1", RATELIMIT_ENABLED="false")
    port = free_port()
    site = CONFIG.read_text().replace("127.0.0.1:8000", upstream.removeprefix("http://"))
    site = site.replace("listen 80;", f"listen 127.0.0.1:{port};")
    (tmp_path / "site.conf").write_text(site)
    temp = " ".join(
        f"{kind}_temp_path {tmp_path / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    user = "user root;" if os.geteuid() == 0 else ""  # workers that can read the temp dirs
    site_path = tmp_path / "site.conf"
    (tmp_path / "nginx.conf").write_text(
        f"daemon off; worker_processes 1; pid {tmp_path / 'nginx.pid'}; error_log {tmp_path / 'error.log'};\n"
        f"{user}\nevents {{ worker_connections 1024; }}\n"
        f"http {{ access_log off; {temp} include {site_path}; }}\n"
    )
    nginx = subprocess.Popen(
        ["nginx", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1).close()
                break
            except OSError:
                assert nginx.poll() is None, (tmp_path / "error.log").read_text()
                assert time.monotonic() < deadline, "nginx did not start"
                time.sleep(0.1)
        yield base
    finally:
        nginx.terminate()
        nginx.wait(timeout=10)


def slow_client(port, stop):
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(b"GET /api/v1/deals HTTP/1.1\r\nHost: x\r\n")
        n = 0
        while not stop.wait(1):
            try:
                sock.sendall(b"X-Slow-%d: a\r\n" % n)
            except OSError:
                return
            n += 1


def test_slow_clients_do_not_starve_the_api_behind_nginx(proxied):
    port = int(proxied.rsplit(":", 1)[1])
    stop = threading.Event()
    clients = [threading.Thread(target=slow_client, args=(port, stop), daemon=True) for _ in range(50)]
    for client in clients:
        client.start()
    try:
        time.sleep(1)
        slowest = 0.0
        for _ in range(20):
            for path in ("/healthz", "/api/v1/deals?limit=5"):
                started = time.monotonic()
                with urllib.request.urlopen(proxied + path, timeout=1) as response:
                    assert response.status == 200
                slowest = max(slowest, time.monotonic() - started)
            time.sleep(0.25)
        assert slowest < 1
    finally:
        stop.set()
        for client in clients:
            client.join(timeout=5)


def test_nginx_answers_its_own_errors_as_problems(proxied):
    request = urllib.request.Request(
        proxied + "/api/v1/deals",
        data=b"x" * (2 * 1024 * 1024),
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=10)
    with error.value:  # an HTTPError holds the connection: close it
        assert error.value.code == 413
        assert error.value.headers["Content-Type"] == "application/problem+json"


def test_every_documented_url_gets_through_nginx(proxied):
    # 50 values of 300 characters: a URL the OpenAPI document allows (over 150 KB encoded)
    places = ",".join("\U0001f30f" * 299 + chr(0x4E00 + n) for n in range(50))
    query = urllib.parse.urlencode({"represents": places})
    with urllib.request.urlopen(f"{proxied}/api/v1/delegations?{query}", timeout=10) as response:
        assert response.status == 200

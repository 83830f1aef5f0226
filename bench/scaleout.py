"""The scale-out topology, proven on one machine: two app hosts (each a gunicorn master
with gunicorn.conf.py, on its own port) behind nginx (deploy/nginx/two-hosts.conf),
one PostgreSQL database and Redis for the rate limits.

Through nginx it runs 90% reads / 10% writes (POSTs with an Idempotency-Key),
SIGKILLs one whole host (master and workers) while writes are under way, starts it
again, and then checks:

- 5xx: only writes the balancer could not retry (cut off on the killed host), none
  acknowledged; retried by the client with their Idempotency-Key, each lands once;
- every acknowledged write is present exactly once (the deals list and the change feed);
- the same representation has the same ETag and bytes from either host;
- an If-Match from one host is honoured by the other (and a stale one refused there);
- a rate limit is exact across both hosts (a dedicated token's writes, sent to both).

Exits non-zero when any figure is off.

    python -m bench.scaleout --database-url postgresql://... --redis-url redis://.../0
"""

import argparse
import os
import random
import shutil
import signal
import socket
import string
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path

from bench._server import call, deal

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
NGINX_CONF = ROOT / "deploy" / "nginx" / "two-hosts.conf"
WRITE_LIMIT = 60  # writes per minute per client (the default): the dedicated token's exact check


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url, process=None, timeout=60):
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except OSError:
            if (process and process.poll() is not None) or time.monotonic() > deadline:
                raise SystemExit(f"{url} did not come up") from None
            time.sleep(0.1)


class Host:
    """One app host: a gunicorn master and its workers, in a process group of their own."""

    def __init__(self, name, env, workdir):
        self.name, self.port = name, free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {
            **env,
            "PORT": str(self.port),
            "PROMETHEUS_MULTIPROC_DIR": str(workdir / f"metrics-{name}"),
        }
        self.log_path = workdir / f"host-{name}.log"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [BIN / "gunicorn", "--config", "gunicorn.conf.py", "api:create_app()"],
            cwd=ROOT,
            env=self.env,
            stdout=open(self.log_path, "a"),
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: a kill takes master and workers
        )
        wait_until_up(self.base + "/readyz", self.process)

    def kill(self):
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=60)


def flask(env, *args):
    result = subprocess.run(
        [BIN / "flask", "--app", "api", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        raise SystemExit(f"flask {' '.join(args)} failed:\n{result.stderr}")
    return result.stdout.strip()


def issue_tokens(database_url, names):
    """Curators' tokens, as `flask tokens create` makes them."""
    from api import create_app
    from api.db import atomic, database
    from api.http.auth import issue

    with create_app({"DATABASE_URL": database_url}).app_context(), database.connection_context(), atomic():
        return [issue(name, "read-write")[1] for name in names]


def empty_database(url):
    """Drop every table of the run's database: it starts as a new deployment would."""
    import psycopg2

    with psycopg2.connect(url) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        for (table,) in cursor.fetchall():
            cursor.execute(f'DROP TABLE IF EXISTS "{table}" CASCADE')
    connection.close()


class Load:
    """Clients through the balancer: reads of varied URLs, and POSTs of new deals."""

    READS = (
        "/api/v1/deals?limit=5",
        "/api/v1/deals/zkh-dow-organosilicon-2023",
        "/api/v1/expos",
        "/api/v1/expos/ciie-2023",
        "/api/v1/organizations?limit=10",
        "/api/v1/organizations/dow",
        "/api/v1/deals?q=dow",
        "/api/v1/sources",
        "/api/v1/changes?limit=5",
    )

    def __init__(self, base, tokens, write_ratio, run_id):
        self.base, self.tokens, self.write_ratio, self.run_id = base, tokens, write_ratio, run_id
        self.lock = threading.Lock()
        self.statuses = Counter()  # (kind, status)
        self.acknowledged = {}  # deal id -> idempotency key
        self.unacknowledged = {}  # deal id -> (key, token, body, status)
        self.read_5xx = []
        self.count = 0
        self.stop = threading.Event()

    def client(self, number):
        rng = random.Random(number)
        while not self.stop.is_set():
            with self.lock:
                self.count += 1
                n = self.count
            if rng.random() < self.write_ratio:
                self.write(n, rng)
            else:
                url = self.base + rng.choice(self.READS)
                status, _, body = call("GET", url)
                with self.lock:
                    self.statuses["read", status] += 1
                    if status >= 500 or status == 0:
                        self.read_5xx.append((url, status, body))

    def write(self, n, rng):
        deal_id = f"scaleout-{self.run_id}-{n}"
        key, token = f"key-{deal_id}", self.tokens[n % len(self.tokens)]
        body = deal(deal_id, f"Scale-out deal {n}")
        headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": key}
        status, _, answer = call("POST", self.base + "/api/v1/deals", body, headers)
        with self.lock:
            self.statuses["write", status] += 1
            if status == 201:
                self.acknowledged[deal_id] = key
            else:
                self.unacknowledged[deal_id] = (key, token, body, status, answer)


def walk(base, url):
    """Every record of a list, following links.next (a path)."""
    while url:
        status, _, body = call("GET", base + url)
        if status != 200:
            raise SystemExit(f"GET {url}: {status} {body}")
        yield from body["data"]
        url = body["links"]["next"]


def check(report, name, ok, detail):
    report.append((name, ok, detail))
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}", flush=True)


def etags_agree(hosts, urls):
    """The same representation (URL, Accept) from either host: same ETag, same bytes."""
    differing = []
    for url in urls:
        answers = []
        for host in hosts:
            with urllib.request.urlopen(host.base + url, timeout=30) as response:
                answers.append((response.headers["ETag"], response.read()))
        if answers[0] != answers[1]:
            differing.append(url)
    return differing


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=float, default=20, help="seconds of load")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--write-ratio", type=float, default=0.1)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per host")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("SCALEOUT_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test"),
        help="a PostgreSQL database this run may empty",
    )
    parser.add_argument(
        "--redis-url", default=os.environ.get("SCALEOUT_REDIS_URL", "redis://127.0.0.1:6379/15")
    )
    args = parser.parse_args()
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(nginx):
        raise SystemExit("nginx is not installed (Debian: apt-get install nginx-light)")

    workdir = Path(tempfile.mkdtemp(prefix="tradepromo-scaleout-"))
    os.chmod(workdir, 0o755)
    run_id = "".join(random.choices(string.ascii_lowercase + string.digits, k=8))
    env = {
        **{k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"},
        "DATABASE_URL": args.database_url,
        "RATELIMIT_STORAGE_URL": args.redis_url,
        "RATELIMIT_KEY_PREFIX": f"tradepromo-scaleout-{run_id}",  # this run's counters only
        "RATELIMIT_READS": "100000 per minute",
        "RATELIMIT_WRITES": f"{WRITE_LIMIT} per minute",
        "WEB_CONCURRENCY": str(args.workers),
        "PROXY_COUNT": "1",
        "FORWARDED_ALLOW_IPS": "127.0.0.1",
        "GUNICORN_ACCESSLOG": "/dev/null",
        "LOG_FORMAT": "json",
    }
    hosts, nginx_process, report = [], None, []
    try:
        empty_database(args.database_url)
        flask(env, "init-db")  # once, from one host: migrations and the curated records
        # the load's writes spread over tokens, each well under its write limit
        tokens = issue_tokens(args.database_url, [f"load-{i}" for i in range(args.clients * 4)])
        (limited,) = issue_tokens(args.database_url, ["rate-limit-check"])
        hosts = [Host("a", env, workdir), Host("b", env, workdir)]
        for host in hosts:
            host.start()

        listen = free_port()
        (workdir / "temp").mkdir()
        os.chmod(workdir / "temp", 0o777)  # nginx's workers may run as nobody
        config = NGINX_CONF.read_text()
        for name, value in {
            "${HOST_A}": f"127.0.0.1:{hosts[0].port}",
            "${HOST_B}": f"127.0.0.1:{hosts[1].port}",
            "${LISTEN}": f"127.0.0.1:{listen}",
            "${LOG_DIR}": str(workdir),
            "${TEMP_DIR}": str(workdir / "temp"),
        }.items():
            config = config.replace(name, value)
        (workdir / "nginx.conf").write_text(config)
        nginx_process = subprocess.Popen(
            [
                nginx,
                "-p",
                str(workdir),
                "-c",
                str(workdir / "nginx.conf"),
                "-e",
                str(workdir / "nginx-error.log"),
                "-g",
                "daemon off;",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        balancer = f"http://127.0.0.1:{listen}"
        wait_until_up(balancer + "/readyz", nginx_process)
        print(
            f"two hosts ({args.workers} workers each) behind nginx on {balancer}; "
            f"{args.clients} clients for {args.duration:.0f} s, {args.write_ratio:.0%} writes",
            flush=True,
        )

        # --- load, with one host killed and restarted while writes are under way ---------------
        load = Load(balancer, tokens, args.write_ratio, run_id)
        threads = [threading.Thread(target=load.client, args=(i,)) for i in range(args.clients)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        time.sleep(args.duration * 0.35)
        writes_before_kill = sum(n for (kind, _), n in load.statuses.items() if kind == "write")
        hosts[0].kill()
        killed_at = time.monotonic() - started
        time.sleep(args.duration * 0.25)
        hosts[0].start()
        restarted_at = time.monotonic() - started
        # and load on both hosts again for a while, however long the restart took
        time.sleep(max(args.duration * 0.2, args.duration - (time.monotonic() - started)))
        load.stop.set()
        for thread in threads:
            thread.join()
        print(
            f"host a SIGKILLed at {killed_at:.1f} s (after {writes_before_kill} writes), "
            f"back at {restarted_at:.1f} s",
            flush=True,
        )

        # --- the figures ----------------------------------------------------------------------
        total = sum(load.statuses.values())
        reads = sum(n for (kind, _), n in load.statuses.items() if kind == "read")
        writes = total - reads
        check(
            report,
            "requests",
            total > 0 and writes > 0,
            f"{total} ({reads} reads, {writes} writes); statuses "
            + ", ".join(f"{k} {s}: {n}" for (k, s), n in sorted(load.statuses.items())),
        )
        write_5xx = {i: w for i, w in load.unacknowledged.items() if w[3] >= 500 or w[3] == 0}
        other = {i: w[3:] for i, w in load.unacknowledged.items() if i not in write_5xx}
        check(
            report,
            "5xx on reads (the balancer retries them)",
            not load.read_5xx,
            f"{len(load.read_5xx)} {load.read_5xx[:3]}",
        )
        check(
            report,
            "writes refused other than by a cut-off host",
            not other,
            f"{len(other)} {list(other.items())[:3]}",
        )
        # a write cut off with the host may or may not have committed: the client retries it
        # with the same Idempotency-Key (now on a live host) and it must land exactly once
        retried = Counter()
        for deal_id, (key, token, body, _, _) in write_5xx.items():
            headers = {"Authorization": f"Bearer {token}", "Idempotency-Key": key}
            status, head, _ = call("POST", balancer + "/api/v1/deals", body, headers)
            retried["replayed" if head.get("Idempotent-Replayed") == "true" else status] += 1
            if status == 201:
                load.acknowledged[deal_id] = key
        check(
            report,
            "5xx: unretried writes only, none acknowledged, each retried once with its key",
            sum(retried.values()) == len(write_5xx) and set(retried) <= {201, "replayed"},
            f"{len(write_5xx)} ({dict(retried)} on the client's retry)",
        )

        ids, created = Counter(), Counter()
        for record in walk(balancer, "/api/v1/deals?limit=100"):
            if record["id"].startswith(f"scaleout-{run_id}-"):
                ids[record["id"]] += 1
        for change in walk(balancer, "/api/v1/changes?limit=100&resource=deals"):
            if change["operation"] == "create" and change["record"].startswith(f"scaleout-{run_id}-"):
                created[change["record"]] += 1
        missing = [i for i in load.acknowledged if ids[i] != 1 or created[i] != 1]
        extra = [i for i in ids if i not in load.acknowledged]
        check(
            report,
            "every acknowledged write present exactly once",
            not missing and not extra,
            f"{len(load.acknowledged)} acknowledged; {len(ids)} in the list, "
            f"{sum(created.values())} creates in the change feed; off: {missing[:5] + extra[:5]}",
        )

        # --- the hosts agree --------------------------------------------------------------------
        urls = list(Load.READS) + ["/api/v1/deals/" + next(iter(load.acknowledged)), "/api/v1/openapi.json"]
        differing = etags_agree(hosts, urls)
        check(
            report,
            "ETags (and bytes) identical from either host",
            not differing,
            f"{len(urls) - len(differing)}/{len(urls)} representations agree {differing}",
        )

        item = "/api/v1/deals/" + next(iter(load.acknowledged))
        auth = {"Authorization": f"Bearer {tokens[0]}", "Content-Type": "application/merge-patch+json"}
        _, head, _ = call("GET", hosts[0].base + item)
        patched = call(
            "PATCH", hosts[1].base + item, {"note": "patched on b"}, {**auth, "If-Match": head["ETag"]}
        )
        stale = call(
            "PATCH", hosts[0].base + item, {"note": "stale on a"}, {**auth, "If-Match": head["ETag"]}
        )
        check(
            report,
            "If-Match from one host honoured by the other",
            patched[0] == 200 and stale[0] == 412,
            f"ETag from a, PATCH on b: {patched[0]}; the same (now stale) ETag on a: {stale[0]}",
        )

        statuses = Counter()
        for n in range(WRITE_LIMIT + 10):
            host = hosts[n % 2]
            body = deal(f"scaleout-{run_id}-limit-{n}", f"Rate-limit check {n}")
            status, _, _ = call(
                "POST", host.base + "/api/v1/deals", body, {"Authorization": f"Bearer {limited}"}
            )
            statuses[status] += 1
        check(
            report,
            "a rate limit exact across both hosts",
            statuses == {201: WRITE_LIMIT, 429: 10},
            f"{WRITE_LIMIT + 10} writes of one token alternating between the hosts, limit {WRITE_LIMIT}/min: "
            f"{dict(statuses)}",
        )
    finally:
        if nginx_process:
            nginx_process.terminate()
            nginx_process.wait(timeout=30)
        for host in hosts:
            host.stop()
    failed = [name for name, ok, _ in report if not ok]
    if failed:
        print(f"FAILED: {', '.join(failed)}; logs in {workdir}")
        return 1
    shutil.rmtree(workdir, ignore_errors=True)
    print("all figures as required")
    return 0


if __name__ == "__main__":
    sys.exit(main())

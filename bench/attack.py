"""The attacker's slow suite (`make attack`): a real gunicorn (gunicorn.conf.py, as `make
serve` runs it) on a fresh SQLite file or on DATABASE_URL, with synthetic deals and the
curated records, attacked for a bounded time by:

- hostile requests: forged cursors, NUL and lone surrogates, oversized any-of lists,
  trailing newlines in ids, bad validators, malformed HTTP that gunicorn answers itself;
- 50 slow clients sending one header line every 2 s, reconnecting when cut off;
- 10 concurrent full CSV/NDJSON exports (the per-worker cap sheds some with a 503 and
  Retry-After, which is load shedding, not a fault: they retry);
- races: part_of cycles, a delete racing a reference, same-id POSTs, If-Match: *;
- restarts: a worker SIGKILLed and the master HUPed mid-traffic.

Throughout, /healthz and a small list are probed every 0.25 s with a 1 s timeout, from a
process of their own (bench/_server.py's Prober); each phase prints its slowest probe. It
prints cases sent, 5xx, requests left unanswered, non-problem+json errors, integrity
violations and health-probe failures; any figure above 0 (or a cut export) exits non-zero.
"""

import argparse
import base64
import json
import os
import random
import signal
import socket
import sys
import threading
import time
import urllib.parse
from collections import Counter

from bench._server import QUOTE, Prober, Server, call

PROBLEM = "application/problem+json"
SLOW_CLIENTS = 50
EXPORTS = 10


class Tally:
    """What the attack found, shared by every thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.counts = Counter()
        self.notes = []

    def add(self, name, note=None, n=1):
        with self.lock:
            self.counts[name] += n
            if note and len(self.notes) < 20:
                self.notes.append(f"{name}: {note}")

    def answer(self, what, status, headers, body):
        """Count one HTTP answer: a 5xx is a fault unless it is a 503 with Retry-After (load
        shedding); a 4xx/5xx must be problem+json."""
        self.add("cases")
        if status >= 500 and not (status == 503 and "Retry-After" in headers):
            self.add("5xx", f"{what} -> {status} {str(body)[:160]}")
        if status >= 400 and not headers.get("Content-Type", "").startswith(PROBLEM):
            self.add("non-problem errors", f"{what} -> {status} {headers.get('Content-Type')}")
        if status == 0:
            self.add("no answer", f"{what}: {body}")


def cursor(sort, *values):
    return base64.urlsafe_b64encode(json.dumps({"s": sort, "k": list(values)}).encode()).decode().rstrip("=")


def hostile(base, auth, tally):
    """Query language, cursors, headers and bodies an outsider can send."""
    many = ",".join(f"s{n}" for n in range(400))
    reads = [
        f"/api/v1/changes?cursor={cursor('id', 2**63)}",
        f"/api/v1/deals?cursor={urllib.parse.quote(cursor('id', chr(0xD800)))}&format=csv",
        f"/api/v1/deals?cursor={urllib.parse.quote(cursor('id', 'a' + chr(0) + 'b'))}&format=ndjson",
        f"/api/v1/expos?sort=start_date&cursor={cursor('start_date,id', 'not-a-date', 'x')}",
        f"/api/v1/deals?sort=amount&cursor={cursor('sort_amount,id', 2**70, 'x')}",
        f"/api/v1/deals?sector={many}",
        f"/api/v1/stats/deals?group_by=expo&sector={many}",
        "/api/v1/deals?q=%00",
        "/api/v1/deals?q=%ED%A0%80",
        "/api/v1/organizations/dow%0A",
        "/api/v1/deals?amount[gte]=99999999999999999999999",
        "/api/v1/deals?limit=101",
        "/api/v1/deals?sort=nope",
        "/api/v1/deals?expand=" + ",".join(["expo"] * 60),
        "//api/v1/deals",
    ]
    for path in reads:
        for fmt in ("", "&format=csv", "&format=ndjson"):
            url = base + path + (fmt if "?" in path else fmt.replace("&", "?", 1))
            tally.answer(path, *call("GET", url))
    etag = call("GET", base + "/api/v1/deals/zkh-dow-organosilicon-2023")[1].get("ETag", '"x"')
    for headers in ({"If-None-Match": "W/" + etag}, {"If-Match": "nonsense"}, {"Host": "evil.example"}):
        tally.answer(
            str(headers), *call("GET", base + "/api/v1/deals/zkh-dow-organosilicon-2023", None, headers)
        )
    writes = [
        ("POST", "/api/v1/organizations", {"id": "dow\n", "name": "Dow", "kind": "company"}, {}),
        ("PATCH", "/api/v1/organizations/dow", {"country": "CN\n"}, {"If-Match": "*"}),
        ("PATCH", "/api/v1/expos/ciie-2023", {"part_of": "ciie-2023"}, {"If-Match": "*"}),
        ("POST", "/api/v1/deals", {"id": "x", "sources": [{"source": "nope", "quote": "q"}] * 19500}, {}),
        ("POST", "/api/v1/deals", {"id": "a" * 5000}, {"Idempotency-Key": "k" * 300}),
        ("DELETE", "/api/v1/organizations/dow", None, {"If-Match": '"stale"'}),
        ("POST", "/api/v1/tokens", {"name": "loader"}, {}),
    ]
    for method, path, body, headers in writes:
        extra = {"Content-Type": "application/merge-patch+json"} if method == "PATCH" else {}
        tally.answer(f"{method} {path}", *call(method, base + path, body, {**auth, **extra, **headers}))
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    raw = [
        b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: x\r\nX: " + b"a" * 9000 + b"\r\n\r\n",
        b"NOT A REQUEST\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
        b"GET / HTTP/1.1\r\n" + b"".join(b"X-%d: a\r\n" % n for n in range(150)) + b"\r\n",
    ]
    for data in raw:
        try:
            with socket.create_connection((host, int(port)), timeout=10) as sock:
                sock.sendall(data)
                answer = sock.recv(65536).decode("latin-1")
            status = int(answer.split(" ", 2)[1])
            kind = "Content-Type: application/problem+json" in answer
            tally.answer(data[:30], status, {"Content-Type": PROBLEM if kind else "?"}, answer[:100])
        except (OSError, ValueError, IndexError) as error:
            tally.answer(data[:30], 0, {}, repr(error))


def slow_client(base, stop, tally):
    """One header line every 2 s, for as long as the server keeps the connection."""
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    while not stop.is_set():
        try:
            with socket.create_connection((host, int(port)), timeout=5) as sock:
                tally.add("slow connections")
                sock.sendall(b"GET /api/v1/deals HTTP/1.1\r\nHost: x\r\n")
                n = 0
                while not stop.wait(2):
                    sock.sendall(b"X-Slow-%d: a\r\n" % n)
                    n += 1
        except OSError:
            stop.wait(0.5)  # cut off by the server's read deadline: come back


def exporter(base, stop, tally, n):
    """Full exports, one after another; each must end with its marker, records all there."""
    kind = ("csv", "ndjson")[n % 2]
    url = f"{base}/api/v1/deals?format={kind}&expand=expo,parties"
    while not stop.is_set():
        status, headers, body = call("GET", url, timeout=120)
        if status == 503 and "Retry-After" in headers:
            tally.add("exports shed (503 + Retry-After)")
            stop.wait(1)
            continue
        tally.answer("export", status, headers, body if status != 200 else "")
        if status != 200:
            continue
        text = body.decode() if isinstance(body, bytes) else json.dumps(body)
        lines = text.splitlines()
        if kind == "csv":
            complete = lines[-1].startswith("# end of export: ")
        else:
            complete = lines and lines[-1].startswith('{"end_of_export":')
        tally.add("exports completed" if complete else "exports cut", None if complete else url)


def deal(deal_id):
    return {
        "id": deal_id,
        "title": "A deal raced for",
        "kind": "purchase_order",
        "scope": "single",
        "expo": "ciie-2023",
        "sources": [{"source": "qingpu-at-ciie-2023", "quote": QUOTE}],
    }


def together(*funcs):
    """Run the functions at the same instant; their results in order."""
    barrier, results = threading.Barrier(len(funcs)), [None] * len(funcs)

    def run(i):
        barrier.wait()
        results[i] = funcs[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(funcs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def races(base, auth, tally, rounds):
    """The README's write promises under races; anything else is an integrity violation."""
    for r in range(rounds):
        race_round(base, auth, tally, r)


def race_round(base, auth, tally, r):
    """One round of each race."""
    patch = {**auth, "If-Match": "*", "Content-Type": "application/merge-patch+json"}
    expo = base + "/api/v1/expos/"
    a, b = together(
        lambda: call("PATCH", expo + "ciie-2023", {"part_of": "cicpe-1"}, patch),
        lambda: call("PATCH", expo + "cicpe-1", {"part_of": "ciie-2023"}, patch),
    )
    for answer in (a, b):
        tally.answer("part_of race", *answer)
    hosts = [call("GET", expo + e)[2].get("part_of") for e in ("ciie-2023", "cicpe-1")]
    if sorted([a[0], b[0]]) != [200, 422] or None not in hosts:
        tally.add("integrity violations", f"part_of race: {a[0]}, {b[0]}, hosts {hosts}")
    for e in ("ciie-2023", "cicpe-1"):
        call("PATCH", expo + e, {"part_of": None}, patch)

    org = {
        "id": f"attack-org-{r}-{random.randrange(10**9)}",
        "name": "Dow",
        "kind": "company",
        "sources": [{"source": "qingpu-at-ciie-2023", "quote": QUOTE}],
    }
    status = call("POST", base + "/api/v1/organizations", org, auth)[0]
    deal_url = base + "/api/v1/deals/zkh-dow-organosilicon-2023"
    parties = call("GET", deal_url)[2]["parties"]
    with_org = {"parties": [*parties, {"organization": org["id"], "role": "buyer"}]}
    deleted, patched = together(
        lambda: call("DELETE", base + "/api/v1/organizations/" + org["id"], None, {**auth, "If-Match": "*"}),
        lambda: call("PATCH", deal_url, with_org, patch),
    )
    tally.answer("delete race", *deleted)
    tally.answer("reference race", *patched)
    named = org["id"] in {p["organization"] for p in call("GET", deal_url)[2]["parties"]}
    exists = call("GET", base + "/api/v1/organizations/" + org["id"])[0] == 200
    if status != 201 or (deleted[0], patched[0]) not in {(204, 422), (409, 200)} or named != exists:
        tally.add("integrity violations", f"delete race: {deleted[0]}, {patched[0]}, {named}, {exists}")
    if named:
        call("PATCH", deal_url, {"parties": parties}, patch)

    same = together(*[lambda: call("POST", base + "/api/v1/deals", deal(f"attack-{r}"), auth)] * 6)
    for answer in same:
        tally.answer("same-id race", *answer)
    if sorted(s for s, _, _ in same) != [201] + [409] * 5:
        tally.add("integrity violations", f"same-id race: {[s for s, _, _ in same]}")

    star = together(*[lambda: call("PATCH", deal_url, {"note": f"round {r}"}, patch)] * 6)
    for answer in star:
        tally.answer("If-Match * race", *answer)
    if any(s != 200 for s, _, _ in star):
        tally.add("integrity violations", f"If-Match *: {[s for s, _, _ in star]}")


def restarts(server, auth, tally, seconds):
    """Writes going on while a worker is SIGKILLed and the master HUPed: every acknowledged
    write must be there afterwards (connections cut by the kill are not answers)."""
    stop, acknowledged = threading.Event(), []

    def writer(n):
        count = 0
        while not stop.is_set():
            deal_id = f"restart-{n}-{count}"
            status, headers, body = call("POST", server.base + "/api/v1/deals", deal(deal_id), auth)
            if status:
                tally.answer("write during restarts", status, headers, body)
            if status == 201:
                acknowledged.append(deal_id)
            count += 1

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        time.sleep(1)
        if pids := server.worker_pids():
            os.kill(random.choice(pids), signal.SIGKILL)
        time.sleep(1)
        os.kill(server.process.pid, signal.SIGHUP)
    stop.set()
    for thread in threads:
        thread.join()
    time.sleep(2)
    for deal_id in acknowledged:
        if call("GET", f"{server.base}/api/v1/deals/{deal_id}")[0] != 200:
            tally.add("integrity violations", f"acknowledged {deal_id} missing after restarts")
    tally.add("writes acknowledged during restarts", n=len(acknowledged))


def phase(name, seconds, base, tally, *workers, probed=True):
    """Run background attackers for `seconds`, with the probes going (not while workers are
    SIGKILLed: a probe served by the killed worker loses its connection by design)."""
    stop = threading.Event()
    prober = Prober(base, every=0.25).start() if probed else None
    threads = [threading.Thread(target=w, args=(stop,), daemon=True) for w in workers]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join(timeout=60)
    slowest = ""
    if prober:
        probes = prober.stop()
        tally.add("probes", n=len(probes))
        for probe in probes:
            if probe.failed:
                tally.add("probe failures", str(probe))
        slowest = f"   slowest probe {max(probe.seconds for probe in probes):.2f} s"
    print(f"  {name:<28} {time.monotonic() - started:5.1f} s{slowest}", flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=60, help="seconds of attack, in all")
    parser.add_argument("--deals", type=int, default=10000, help="synthetic deals to export")
    parser.add_argument("--workers", type=int, default=None, help="default: gunicorn.conf.py's")
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL"))
    args = parser.parse_args(argv)

    server = Server(workers=args.workers, database_url=args.database_url)
    if server.env["DATABASE_URL"].startswith("postgres"):
        reset_postgres(server.env["DATABASE_URL"])
    server.flask(
        "synth", "--deals", str(args.deals), "--organizations", "500", "--expos", "50", "--delegations", "500"
    )
    server.flask("load-fixtures")
    server.token = server.flask("tokens", "create", "attacker")
    server.serve()
    auth = {"Authorization": f"Bearer {server.token}"}
    tally, share = Tally(), args.duration / 6
    started = time.monotonic()
    print(f"attack on {server.env['DATABASE_URL'].split(':')[0]}, {args.deals} synthetic deals", flush=True)
    try:
        phase("hostile requests", 0.1, server.base, tally, lambda stop: hostile(server.base, auth, tally))
        slow = [lambda stop: slow_client(server.base, stop, tally)] * SLOW_CLIENTS
        phase("50 slow clients", 1.5 * share, server.base, tally, *slow)
        heavy = [lambda stop, n=n: exporter(server.base, stop, tally, n) for n in range(EXPORTS)]
        phase("10 full exports", 1.5 * share, server.base, tally, *heavy)
        phase("slow clients + exports", share, server.base, tally, *slow, *heavy)
        phase("races", 0.1, server.base, tally, lambda stop: races(server.base, auth, tally, rounds=5))
        phase(
            "restarts",
            share,
            server.base,
            tally,
            lambda stop: restarts(server, auth, tally, share),
            probed=False,
        )
    finally:
        server.stop()
    c = tally.counts
    figures = {
        "cases sent": c["cases"],
        "5xx": c["5xx"],
        # a request the server read and dropped (gunicorn's own 400 once went unanswered)
        "no answer": c["no answer"],
        "non-problem+json errors": c["non-problem errors"],
        "integrity violations": c["integrity violations"],
        "health-probe failures": c["probe failures"],
        "exports cut": c["exports cut"],
    }
    print(f"elapsed                  {time.monotonic() - started:.0f} s")
    for name in (
        "probes",
        "slow connections",
        "exports completed",
        "exports shed (503 + Retry-After)",
        "writes acknowledged during restarts",
    ):
        print(f"{name:<36} {c[name]}")
    for name, value in figures.items():
        print(f"{name:<36} {value}")
    for note in tally.notes:
        print("   ", note[:300])
    ok = all(value == 0 for name, value in figures.items() if name != "cases sent") and c["exports completed"]
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


def reset_postgres(url):
    """An empty PostgreSQL database: the attack's records start from nothing."""
    import psycopg2

    with psycopg2.connect(url) as connection, connection.cursor() as cur:
        cur.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")


if __name__ == "__main__":
    sys.exit(main())

"""Faults: SIGKILL gunicorn workers and HUP the master while writes are under way,
then check that nothing was lost or half-written.

    python -m bench.faults [--duration 15] [--clients 6] [--kill-every 1.0] [--workers 3]

Afterwards: `PRAGMA integrity_check` is ok (SQLite), every acknowledged write
(201) reads back with exactly the parties and citations that were sent, and the
change feed matches the records: every acknowledged write has its `create`
entry, every entry has its record, and what a read serves (the record's stored
document) is what the entry recorded (a write the client never heard back about
may have committed: then both are there, or neither). Exits 1 on any violation.
"""

import argparse
import os
import random
import signal
import sqlite3
import sys
import threading
import time

from bench._server import Server, call, deal


def writer(n, base, token, stop, sent, acknowledged, lock):
    auth = {"Authorization": f"Bearer {token}"}
    count = 0
    while not stop.is_set():
        deal_id = f"fault-{n}-{count}"
        body = deal(deal_id, f"fault {n}-{count}")
        with lock:
            sent[deal_id] = body
        # a retry with the same key is safe: it replays or creates once
        for _attempt in range(5):
            status, _, _ = call("POST", f"{base}/api/v1/deals", body, {**auth, "Idempotency-Key": deal_id})
            if status == 201:
                with lock:
                    acknowledged.add(deal_id)
                break
            if status not in (0, 502, 503):
                break
            time.sleep(0.1)
        count += 1


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=15)
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--kill-every", type=float, default=1.0)
    parser.add_argument("--workers", type=int, default=3)
    args = parser.parse_args(argv)

    server = Server(workers=args.workers, GUNICORN_GRACEFUL_TIMEOUT="5").start()
    sent, acknowledged, lock, stop = {}, set(), threading.Lock(), threading.Event()
    kills = hups = 0
    threads = [
        threading.Thread(target=writer, args=(n, server.base, server.token, stop, sent, acknowledged, lock))
        for n in range(args.clients)
    ]
    for thread in threads:
        thread.start()
    rng = random.Random(7)
    deadline = time.monotonic() + args.duration
    while time.monotonic() < deadline:
        time.sleep(args.kill_every)
        if rng.random() < 0.25:
            server.process.send_signal(signal.SIGHUP)
            hups += 1
        elif pids := server.worker_pids():
            try:
                os.kill(rng.choice(pids), signal.SIGKILL)
                kills += 1
            except ProcessLookupError:
                pass
    stop.set()
    for thread in threads:
        thread.join()
    time.sleep(2)  # let the master replace the last killed worker

    violations = []
    if server.env["DATABASE_URL"].startswith("sqlite"):
        with sqlite3.connect(server.database_path) as connection:
            result = connection.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            violations.append(f"integrity_check: {result[:5]}")
    records_checked = 0
    for deal_id, body in sent.items():
        status, _, record = call("GET", f"{server.base}/api/v1/deals/{deal_id}")
        if status == 404:
            if deal_id in acknowledged:
                violations.append(f"{deal_id}: acknowledged, then lost")
            continue
        records_checked += 1
        if status != 200:
            violations.append(f"{deal_id}: GET answered {status}")
            continue
        # citations as sent: the anchors the API adds (`selector`, `href`) are its own
        record["sources"] = [{k: c[k] for k in ("source", "quote")} for c in record.get("sources") or []]
        for field in ("title", "parties", "sources", "expo"):
            if record.get(field) != body[field]:
                violations.append(f"{deal_id}: {field} is {record.get(field)!r}, sent {body[field]!r}")
    changes, url = [], "/api/v1/changes?actor=bench&limit=100"
    while url:
        status, _, page = call("GET", server.base + url)
        if status != 200:
            violations.append(f"change feed answered {status}")
            break
        changes += page["data"]
        url = page["links"]["next"]
    logged = {c["record"] for c in changes if c["operation"] == "create"}
    stored = {deal_id for deal_id in sent if call("GET", f"{server.base}/api/v1/deals/{deal_id}")[0] == 200}
    if len(logged) != len([c for c in changes if c["operation"] == "create"]):
        violations.append("a record has two create entries")
    violations += [f"{i}: acknowledged, no change entry" for i in sorted(acknowledged - logged)]
    violations += [f"{i}: stored, no change entry" for i in sorted(stored - logged)]
    violations += [f"{i}: change entry, no record" for i in sorted(logged - stored)]
    # a read serves the record's stored document (api/store/documents.py); the change entry holds
    # what its rows rendered in the same transaction: the two never differ after a commit
    for change in changes:
        if change["operation"] == "create" and change["record"] in stored:
            status, _, record = call("GET", f"{server.base}/api/v1/deals/{change['record']}")
            if status == 200 and record != change["after"]:
                violations.append(f"{change['record']}: stored document differs from its change entry")
    server.stop()

    print(f"faults injected     {kills + hups} ({kills} worker SIGKILLs, {hups} master HUPs)")
    print(f"writes sent         {len(sent)}, acknowledged {len(acknowledged)}")
    print(f"records checked     {records_checked}, change entries {len(changes)}")
    print(f"violations          {len(violations)}")
    for line in violations[:20]:
        print("   ", line)
    ok = not violations and acknowledged and kills
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

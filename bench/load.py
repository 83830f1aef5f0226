"""Load: concurrent clients against a real gunicorn on a fresh SQLite file.

    python -m bench.load [--duration 20] [--clients 8] [--write-ratio 0.1] [--workers 4] [--url URL --token T]

90% reads (lists, items, searches), 10% writes (POST new deals, PATCH with
If-Match). Reports requests, non-2xx/3xx answers, 5xx (must be 0), lock/busy/
traceback lines in the server's log (must be 0), and checks that every
acknowledged write (201/200) reads back. Exits 1 if any figure is off.
"""

import argparse
import random
import sys
import threading
import time
from collections import Counter

from bench._server import Server, call, deal

READS = [
    "/api/v1/deals?limit=20",
    "/api/v1/deals?sort=-amount&limit=5",
    "/api/v1/expos",
    "/api/v1/deals?q=organo-silicon",
    "/api/v1/deals/zkh-dow-organosilicon-2023",
    "/api/v1/stats/deals?group_by=currency",
    "/api/v1/changes?limit=50",
]


def client(n, base, token, stop, ratio, statuses, acknowledged, lock):
    rng = random.Random(n)
    auth = {"Authorization": f"Bearer {token}"}
    mine, count = [], 0
    while not stop.is_set():
        if rng.random() < ratio:
            if mine and rng.random() < 0.5:
                deal_id = rng.choice(mine)
                status, head, _ = call("GET", f"{base}/api/v1/deals/{deal_id}")
                title = f"patched {n}-{count}"
                status, head, body = call(
                    "PATCH",
                    f"{base}/api/v1/deals/{deal_id}",
                    {"title": title},
                    {
                        **auth,
                        "If-Match": head.get("ETag", ""),
                        "Content-Type": "application/merge-patch+json",
                    },
                )
                if status == 200:
                    with lock:
                        acknowledged[deal_id] = title
            else:
                deal_id = f"load-{n}-{count}"
                status, _, _ = call("POST", f"{base}/api/v1/deals", deal(deal_id, f"load {n}-{count}"), auth)
                if status == 201:
                    mine.append(deal_id)
                    with lock:
                        acknowledged[deal_id] = f"load {n}-{count}"
        else:
            status, _, _ = call("GET", base + rng.choice(READS))
        count += 1
        with lock:
            statuses[status] += 1


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=20)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--write-ratio", type=float, default=0.1)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--database-url", help="default: a fresh SQLite file")
    args = parser.parse_args(argv)

    server = Server(workers=args.workers, database_url=args.database_url).start()
    statuses, acknowledged, lock, stop = Counter(), {}, threading.Lock(), threading.Event()
    try:
        threads = [
            threading.Thread(
                target=client,
                args=(n, server.base, server.token, stop, args.write_ratio, statuses, acknowledged, lock),
            )
            for n in range(args.clients)
        ]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        time.sleep(args.duration)
        stop.set()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        missing = []
        for deal_id, title in acknowledged.items():
            status, _, body = call("GET", f"{server.base}/api/v1/deals/{deal_id}")
            if status != 200 or body.get("title") != title:
                missing.append(deal_id)
    finally:
        server.stop()
    requests = sum(statuses.values())
    failed = sum(v for k, v in statuses.items() if not 200 <= k < 400)
    server_errors = sum(v for k, v in statuses.items() if k >= 500 or k == 0)
    logged = server.problems_logged()
    print(
        f"requests            {requests} in {elapsed:.1f} s ({requests / elapsed:.0f}/s), "
        f"{args.clients} clients"
    )
    print(f"statuses            {dict(sorted(statuses.items()))}")
    print(f"non-2xx/3xx         {failed}")
    print(f"5xx or no answer    {server_errors}")
    print(f"lock lines in log   {len(logged)}")
    print(f"writes acknowledged {len(acknowledged)}, missing afterwards {len(missing)}")
    for line in logged[:5]:
        print("   ", line[:300])
    # a 412 (a PATCH racing another client's) is the contract working, not a failure
    unexpected = sum(v for k, v in statuses.items() if not 200 <= k < 400 and k != 412)
    ok = not server_errors and not logged and not missing and not unexpected and acknowledged
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

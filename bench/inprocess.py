"""The read path alone, in one process: the varied URLs of the benchmark (bench/urls.py)
sent straight through the WSGI app (`app(environ, start_response)`, each environ built
before the clock starts: Flask's test client cost about as much again as a 304), with the
representation cache off and rate limiting off, so every request renders. No server, no
wrk: a figure that a loaded machine disturbs far less than a load test, for comparing two
versions of the code on the same file. The CPU time per request (the process's, not the
wall clock's) is the steadiest column on a shared machine.

With `--repeated`, the production settings instead (rate limiter on, with a limit that
never binds, and the representation cache at its default size) for the repeated-URL
cases: one expo page again and again, and its 304.

    python bench/inprocess.py --database bench/data/synthetic-100000.sqlite3 --requests 2000
    python bench/inprocess.py --database bench/data/synthetic-100000.sqlite3 --repeated
"""

import argparse
import io
import random
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from werkzeug.test import EnvironBuilder  # noqa: E402

from bench.urls import varied  # noqa: E402

VARIED = "expo_pages,items,sector_dates_sorted,searches,stats"
RENDER_EVERY_REQUEST = {"REPRESENTATION_CACHE_BYTES": 0, "RATELIMIT_ENABLED": False}


def call(app, environ):
    """One GET through the app: (status code, body bytes)."""
    statuses = []

    def start_response(status, headers, exc_info=None):
        statuses.append(status)

    body = app({**environ, "wsgi.input": io.BytesIO()}, start_response)
    try:
        size = sum(map(len, body))
    finally:
        body.close()
    return int(statuses[0].split()[0]), size


def measure(app, case, requests, status=200, headers=None):
    base = {"REMOTE_ADDR": "127.0.0.1"}
    environs = [EnvironBuilder(url, headers=headers, environ_base=base).get_environ() for url in requests]
    for environ in environs[:50]:  # warm the page cache and the compiled queries
        call(app, environ)
    times, size = [], 0
    started, cpu = time.perf_counter(), time.process_time()
    for url, environ in zip(requests, environs, strict=True):
        begun = time.perf_counter()
        code, length = call(app, environ)
        times.append(time.perf_counter() - begun)
        assert code == status, (url, code)
        size += length
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    times.sort()
    print(
        f"{case:22} {len(requests) / elapsed:8.1f} req/s  {cpu / len(requests) * 1000:6.2f} ms CPU"
        f"  p50 {statistics.median(times) * 1000:6.2f} ms  p99 {times[int(len(times) * 0.99)] * 1000:6.2f} ms"
        f"  {size / len(requests) / 1024:6.1f} KB",
        flush=True,
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="a synthetic SQLite file (flask synth)")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--cases", default=VARIED)
    parser.add_argument("--repeated", action="store_true", help="the repeated-URL and 304 cases instead")
    args = parser.parse_args()

    from api import create_app

    config = {"DATABASE_URL": f"sqlite:///{Path(args.database).resolve()}"}
    if args.repeated:
        config |= {"RATELIMIT_READS": "1000000000 per minute"}
    else:
        config |= RENDER_EVERY_REQUEST
    app = create_app(config)
    urls = varied(args.database, "synthetic")
    if args.repeated:
        url = urls["expo_pages"][0]
        etag = app.test_client().get(url).headers["ETag"]
        measure(app, "repeated_expo_page", [url] * args.requests)
        measure(app, "revalidation_304", [url] * args.requests, 304, {"If-None-Match": etag})
    else:
        rng = random.Random(7)
        for case in args.cases.split(","):
            measure(app, case, [rng.choice(urls[case]) for _ in range(args.requests)])
    print(f"RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (max)")


if __name__ == "__main__":
    main()

"""The read path alone, in one process: Flask's test client GETs the varied URLs of the
benchmark (bench/urls.py) with the representation cache off and rate limiting off, so
every request renders. No server, no wrk: a figure that a loaded machine disturbs far
less than a load test, for comparing two versions of the code on the same file.

    python bench/inprocess.py --database bench/data/synthetic-100000.sqlite3 --requests 2000
"""

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.urls import varied  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="a synthetic SQLite file (flask synth)")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--cases", default="expo_pages,items,sector_dates_sorted")
    args = parser.parse_args()

    from api import create_app

    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{Path(args.database).resolve()}",
            "REPRESENTATION_CACHE_BYTES": 0,
            "RATELIMIT_ENABLED": False,
        }
    )
    client = app.test_client()
    urls = varied(args.database, "synthetic")
    rng = random.Random(7)
    for case in args.cases.split(","):
        chosen = [rng.choice(urls[case]) for _ in range(args.requests)]
        for url in chosen[:50]:  # warm the page cache and the compiled queries
            client.get(url)
        times, size = [], 0
        started = time.perf_counter()
        for url in chosen:
            begun = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - begun)
            assert response.status_code == 200, (url, response.status_code)
            size += len(response.data)
        elapsed = time.perf_counter() - started
        times.sort()
        print(
            f"{case:22} {args.requests / elapsed:8.1f} req/s  p50 {statistics.median(times) * 1000:6.2f} ms"
            f"  p99 {times[int(len(times) * 0.99)] * 1000:6.2f} ms  {size / args.requests / 1024:6.1f} KB"
        )


if __name__ == "__main__":
    main()

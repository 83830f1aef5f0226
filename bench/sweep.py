"""Every filter of the deals with every sort, and random pairs of filters, timed one by
one in process on a synthetic database: the requests a person trying filters in Swagger
UI sends, where `make bench` measures a few kinds of page under load. It prints each
request slower than `--slow` ms and how many were.

    python bench/sweep.py --database bench/data/synthetic-1000000.sqlite3
"""

import argparse
import itertools
import random
import sqlite3
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def values(path, seed):
    """A few values of each filter of /deals, drawn from the file (read-only)."""
    rng = random.Random(seed)
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def some(sql, count=5):
        found = [row[0] for row in db.execute(sql)]
        return rng.sample(found, min(count, len(found)))

    def distinct(column):
        return some(f"SELECT DISTINCT {column} FROM deal WHERE {column} IS NOT NULL")

    try:
        return {
            "expo": some("SELECT id FROM expo"),
            "delegation": some("SELECT id FROM delegation"),
            "organization": some("SELECT id FROM organization"),
            "includes": some("SELECT id FROM deal WHERE rowid % 1000 = 7", 3),
            "kind": distinct("kind"),
            "scope": distinct("scope"),
            "currency": distinct("amount_currency"),
            "qualifier": distinct("amount_qualifier"),
            "basis": distinct("amount_basis"),
            "sector": some("SELECT DISTINCT sector FROM deal_sector", 3),
            "signed_on": some("SELECT signed_on FROM deal WHERE rowid % 997 = 3 AND signed_on NOTNULL", 3),
            "signed_on[gte]": ["2020-01-01"],
            "signed_on[lt]": ["2019-06-01"],
            "amount": ["5000000"],
            "amount[gte]": ["1000000", "999999999999"],
            "amount[lt]": ["1000"],
            "projects[gte]": ["5"],
            "projects[lt]": ["2"],
            "enterprises[gte]": ["100"],
            "enterprises[lte]": ["3"],
            "inferred": ["true", "false"],
            "q": ["semiconductor", "deal 5", "zzzz"],
        }
    finally:
        db.close()


def requests(found, seed, pairs):
    """Each filter value alone, unsorted and in every sort both ways; then random pairs."""
    from api.resources.deals import DEALS

    rng = random.Random(seed)
    sorts = [None, *DEALS.sorts, *("-" + s for s in DEALS.sorts)]
    for name, options in found.items():
        for value, sort in itertools.product(options, sorts):
            yield {name: value, "limit": 50} | ({"sort": sort} if sort else {})
    for a, b in itertools.combinations(found, 2):
        for _ in range(pairs):
            params = {a: rng.choice(found[a]), b: rng.choice(found[b]), "limit": 50}
            if rng.random() < 0.6:
                params["sort"] = rng.choice(sorts[1:])
            yield params


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="a synthetic SQLite file (flask synth)")
    parser.add_argument("--slow", type=float, default=30.0, help="print requests slower than this (ms)")
    parser.add_argument("--pairs", type=int, default=2, help="random requests per pair of filters")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()

    from api import create_app
    from bench.inprocess import RENDER_EVERY_REQUEST
    from bench.run import warm

    warm(args.database)  # as the benchmark measures: on a warm page cache
    database = {"DATABASE_URL": f"sqlite:///{Path(args.database).resolve()}"}
    client = create_app(RENDER_EVERY_REQUEST | database).test_client()
    times = []
    for params in requests(values(args.database, args.seed), args.seed, args.pairs):
        url = "/api/v1/deals?" + urlencode(params, safe="[],")
        started = time.perf_counter()
        response = client.get(url)
        took = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, (url, response.status_code, response.get_data()[:300])
        times.append(took)
        if took > args.slow:
            print(f"{took:9.1f} ms  {url}", flush=True)
    over = {bound: sum(t > bound for t in times) for bound in (args.slow, 100, 1000)}
    print(f"{len(times)} requests; " + ", ".join(f"{n} over {b:g} ms" for b, n in over.items()))


if __name__ == "__main__":
    main()

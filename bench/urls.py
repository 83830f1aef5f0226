"""The varied cases: lists of distinct URLs drawn from a synthetic database.

Each case is drawn with a fixed seed straight from the SQLite file (read-only),
so two runs on the same data send the same lists. The expo pages are also
written in Datasette's terms (the same rows: `expo_id=`, 50 per page, after the
same primary key), so both servers answer the same pages.
"""

import random
import sqlite3
from urllib.parse import quote, urlencode

from api.cli.synthetic import SECTORS
from api.lists.pagination import encode_cursor, key
from api.store.models import Deal
from schemas.deals import DEAL_KINDS

WANTED = 1200  # distinct URLs per case (at least 1,000 where the data allows)
ATTEMPTS = 50  # draws per wanted URL before a small dataset is declared exhausted


def distinct(draw, wanted=WANTED):
    """Up to `wanted` distinct values of `draw()` (fewer only if the space is smaller)."""
    found = {}
    for _ in range(wanted * ATTEMPTS):
        value = draw()
        found.setdefault(value[0] if isinstance(value, tuple) else value, value)
        if len(found) == wanted:
            break
    return list(found.values())


def query(path, params):
    return f"{path}?{urlencode(params, safe='[],')}"


def varied(database, datasette_db, seed=14):
    """{case: [api path, ...]} plus {"datasette expo pages": [datasette path, ...]}."""
    rng = random.Random(seed)
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        top = db.execute("SELECT max(rowid) FROM deal").fetchone()[0]

        def some_deals(count):
            rowids = rng.sample(range(1, top + 1), min(count, top))
            marks = ",".join("?" * len(rowids))
            return db.execute(f"SELECT id, expo_id FROM deal WHERE rowid IN ({marks})", rowids).fetchall()

        paged, items = some_deals(WANTED), [deal_id for deal_id, _ in some_deals(WANTED)]
        expos = [row[0] for row in db.execute("SELECT DISTINCT expo_id FROM deal")]
        years = [row[0] for row in db.execute("SELECT DISTINCT year FROM expo WHERE year IS NOT NULL")]
    finally:
        db.close()

    # pages of a random expo: its first page, or the page after one of its deals
    pages = []
    id_key = [key(Deal.id)]
    for deal_id, expo_id in paged:
        after = None if rng.random() < 0.2 else deal_id
        api = {"expo": expo_id, "limit": 50, "expand": "expo"}
        ds = {"expo_id": expo_id, "_size": 50, "_labels": "on"}
        if after:
            api["cursor"] = encode_cursor(id_key, [after])
            ds["_next"] = after  # Datasette's token for a single text primary key
        pages.append((query("/api/v1/deals", api), query(f"/{quote(datasette_db)}/deal.json", ds)))
    pages = list(dict.fromkeys(pages))

    def sector_dates():
        first = rng.choice(sorted(years))
        span = rng.randint(1, 4)
        return query(
            "/api/v1/deals",
            {
                "sector": rng.choice(SECTORS),
                "signed_on[gte]": f"{first}-01-01",
                "signed_on[lt]": f"{first + span}-01-01",
                "sort": rng.choice(["signed_on", "-signed_on"]),
                "limit": 50,
                "expand": "expo",
            },
        )

    def search():
        # synthetic titles are "Synthetic deal <n>": a number (the last word is a
        # prefix), alone or after a word, matches from one deal to thousands
        words = str(rng.randrange(top))
        if rng.random() < 0.3:
            words = f"deal {words}"
        return query("/api/v1/deals", {"q": words, "limit": 20})

    def stats():
        params = {"group_by": rng.choice(["currency", "sector", "delegation", "year", "expo"])}
        params["expo"] = rng.choice(expos)
        if rng.random() < 0.5:
            params["kind"] = rng.choice(DEAL_KINDS)
        return query("/api/v1/stats/deals", params)

    return {
        "expo_pages": [api for api, _ in pages],
        "items": [f"/api/v1/deals/{deal_id}" for deal_id in items],
        "sector_dates_sorted": distinct(sector_dates),
        "searches": distinct(search),
        "stats": distinct(stats),
    } | {"datasette_expo_pages": [ds for _, ds in pages]}

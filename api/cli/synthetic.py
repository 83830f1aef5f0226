"""A synthetic dataset at scale, for benchmarks: never mistaken for curated data.

Every generated id starts with `syn-`, every record cites the one source
`synthetic` ("SYNTHETIC DATA ...") and says so in its note, and the generator
refuses a database that holds any curated record. Figures, citations, sectors
and parties are drawn like the curated ones (exact, approximate, more-than and
range figures; one to three sectors; buyers and sellers).

It writes straight through the database cursor in large batches, inside one
transaction, so a million deals take about a minute on SQLite.
"""

import json
import random
from datetime import date, timedelta

from api.db import database, is_sqlite
from api.store import documents, search
from api.store.models import (
    Citation,
    Deal,
    DealParty,
    DealSector,
    Delegation,
    DelegationMember,
    DelegationSector,
    Expo,
    ExpoOrganizer,
    ExpoSector,
    Organization,
    Revision,
    Source,
    figure_parts,
)
from api.store.relations import CITED, RESOURCE_OF, foreign_keys, sector_rows
from schemas.deals import DEAL_KINDS
from schemas.evidence import backing

SOURCE = "synthetic"
NOTE = "Synthetic record generated for benchmarks (flask --app api synth); not from any source."
QUOTE = "SYNTHETIC DATA: generated for benchmarks, not curated from any article."
SECTORS = [
    "automobile",
    "auto_parts",
    "electronics",
    "semiconductor",
    "big_data",
    "biomedicine",
    "chemical_products",
    "industrial_machinery",
    "food",
    "textiles",
    "new_energy",
    "packaging",
    "finance",
    "logistics",
    "handicrafts",
    "cross_border_e_commerce",
    "tourism",
    "agriculture",
    "education",
    "architecture",
]
CITIES = [
    ("Shanghai", "CN"),
    ("Chongqing", "CN"),
    ("Haikou", "CN"),
    ("Minsk", "BY"),
    ("Astana", "KZ"),
    ("Guangzhou", "CN"),
]
BATCH = 5000


class NotEmpty(Exception):
    """The target database holds curated records."""


def money(rng):
    """A loose amount, drawn like the curated ones."""
    base = rng.choice([1, 2, 3, 5, 10, 25, 50, 100, 300, 500]) * rng.choice([10**5, 10**6, 10**7, 10**8])
    shape = rng.random()
    if shape < 0.5:
        return (base, base, base, "exact", "USD", f"US${base:,}")
    if shape < 0.75:
        return (base, base, None, "more_than", "USD", f"more than US${base:,}")
    if shape < 0.9:
        return (base, None, None, "approximately", "USD", f"about US${base:,}")
    return (None, base, base * 10 - 1, "range", "USD", f"tens of times US${base:,}")


def count(rng, unit, top):
    n = rng.randint(1, top)
    return (n, n, n, "exact", unit, f"{n} {unit.replace('_', ' ')}")


def figure_columns(model, name, value):
    """A figure's columns; its citation is the record's one quote when that holds its words."""
    parts = figure_parts(model._meta.figures[name])
    value = (
        (*value, "reported", None, None, None, backing(value[5], [QUOTE])) if value else (None,) * len(parts)
    )
    return dict(zip((f"{name}_{p}" for p in parts), value, strict=True))


def generate(deals=1_000_000, organizations=10_000, expos=2_000, delegations=20_000, seed=42, progress=print):
    """Write the synthetic dataset into the bound database (tables must exist)."""
    rng = random.Random(seed)
    if Source.select().where(Source.id != SOURCE).exists():
        raise NotEmpty(
            "The database holds curated records: generate synthetic data into a database of its own."
        )
    sqlite = is_sqlite()
    if sqlite:
        # a benchmark dataset: speed over durability. The journal kept in memory still
        # rolls a failed run back; WAL would write every page twice.
        database.execute_sql("PRAGMA synchronous = OFF")
        database.execute_sql("PRAGMA journal_mode = MEMORY")
        database.execute_sql("PRAGMA cache_size = -262144")  # 256 MiB: the indexes stay in memory
    with database.atomic():
        Source.insert(
            id=SOURCE,
            file="synthetic",
            title=QUOTE,
            publisher="SYNTHETIC",
            language="en",
            inferred="[]",
            note=NOTE,
        ).on_conflict_ignore().execute()
        org_ids = [f"syn-org-{n}" for n in range(organizations)]
        write(
            Organization,
            (
                {
                    "id": i,
                    "name": f"Synthetic Organization {n}",
                    "kind": rng.choice(["company", "company", "government_agency", "industrial_park"]),
                    "country": "CN",
                    "aliases": "[]",
                    "officials": "[]",
                    "inferred": "[]",
                    "note": NOTE,
                    "version": 1,
                }
                for n, i in enumerate(org_ids)
            ),
        )
        cite(Citation.organization, org_ids)
        progress(f"{organizations} organizations")

        expo_rows, expo_years = [], {}
        start = date(2015, 1, 1)
        for n in range(expos):
            day = start + timedelta(days=rng.randrange(3650))
            city, country = rng.choice(CITIES)
            expo_id = f"syn-expo-{n}"
            expo_years[expo_id] = day
            expo_rows.append(
                {
                    "id": expo_id,
                    "name": f"Synthetic Expo {n}",
                    "kind": rng.choice(["expo", "fair", "exhibition", "forum"]),
                    "edition": rng.randint(1, 30),
                    "year": day.year,
                    "start_date": day,
                    "end_date": day + timedelta(days=rng.randint(0, 6)),
                    "city": city,
                    "country": country,
                    "sectors": json.dumps(rng.sample(SECTORS, rng.randint(1, 4))),
                    "inferred": "[]",
                    "note": NOTE,
                    "version": 1,
                    **figure_columns(Expo, "enterprises", count(rng, "enterprises", 5000)),
                    **figure_columns(Expo, "countries_and_regions", count(rng, "countries_and_regions", 180)),
                }
            )
        write(Expo, expo_rows)
        sectors_of(ExpoSector, expo_rows)
        write(
            ExpoOrganizer,
            ({"expo": e["id"], "organization": rng.choice(org_ids), "position": 0} for e in expo_rows),
        )
        cite(Citation.expo, list(expo_years))
        progress(f"{expos} expos")

        expo_ids = list(expo_years)
        delegation_expo = {}
        rows = []
        for n in range(delegations):
            delegation_id, expo_id = f"syn-del-{n}", rng.choice(expo_ids)
            delegation_expo[delegation_id] = expo_id
            rows.append(
                {
                    "id": delegation_id,
                    "name": f"Synthetic Delegation {n}",
                    "expo": expo_id,
                    "kind": rng.choice(["municipal", "district", "business"]),
                    "represents": rng.choice(CITIES)[0],
                    "organizer": rng.choice(org_ids),
                    "sectors": json.dumps(rng.sample(SECTORS, 2)),
                    "inferred": "[]",
                    "note": NOTE,
                    "version": 1,
                    **figure_columns(Delegation, "enterprises", count(rng, "enterprises", 3000)),
                }
            )
        write(Delegation, rows)
        sectors_of(DelegationSector, rows)
        write(
            DelegationMember,
            ({"delegation": r["id"], "organization": rng.choice(org_ids), "position": 0} for r in rows),
        )
        cite(Citation.delegation, list(delegation_expo))
        progress(f"{delegations} delegations")

        delegation_ids = list(delegation_expo)

        def deal_rows():
            for n in range(deals):
                delegation_id = rng.choice(delegation_ids) if rng.random() < 0.7 else None
                expo_id = delegation_expo[delegation_id] if delegation_id else rng.choice(expo_ids)
                signed = expo_years[expo_id] + timedelta(days=rng.randint(0, 5))
                yield {
                    "id": f"syn-deal-{n:07d}",
                    "title": f"Synthetic deal {n}",
                    "kind": rng.choice(DEAL_KINDS),
                    "scope": "single" if rng.random() < 0.8 else "aggregate",
                    "expo": expo_id,
                    "delegation": delegation_id,
                    "signed_on": signed,
                    "subject": rng.choice(SECTORS).replace("_", " "),
                    "sectors": json.dumps(rng.sample(SECTORS, rng.randint(1, 3))),
                    "inferred": "[]",
                    "note": NOTE,
                    "version": 1,
                    **figure_columns(Deal, "amount", money(rng) if rng.random() < 0.9 else None),
                }

        pending = []  # deals written, their sector rows not yet

        def with_sectors(rows):
            """The deals; their sector rows are written a batch behind (the link's
            foreign key must find them), the last batch after write() returns."""
            for row in rows:
                yield row
                pending.append(row)
                if len(pending) == BATCH:
                    sectors_of(DealSector, pending)
                    pending.clear()

        bulk = (Deal, DealSector, DealParty, Citation)  # the tables that get a row per deal or more
        indexes = [index for model in bulk for index in model._meta.fields_to_index()]
        for index in indexes:
            database.execute_sql(f'DROP INDEX IF EXISTS "{index._name}"')
        write(Deal, with_sectors(deal_rows()))
        sectors_of(DealSector, pending)
        deal_ids = [f"syn-deal-{n:07d}" for n in range(deals)]
        write(
            DealParty,
            (
                {"deal": d, "organization": o, "role": role, "position": p}
                for d in deal_ids
                for p, (o, role) in enumerate(
                    ((rng.choice(org_ids), "buyer"), (rng.choice(org_ids), "seller"))
                )
            ),
        )
        cite(Citation.deal, deal_ids)
        for index in indexes:  # built once from the loaded rows: faster than kept through the inserts
            database.execute(index)
        progress(f"{deals} deals")
        index_for_search()
        progress("search index")
        for model in documents.KEPT:  # each record's canonical JSON, as a write stores it
            documents.refresh(model)
        progress("documents")
        Revision.bump()  # a write like any other: validators taken before it go stale
    if sqlite:
        database.execute_sql("ANALYZE")  # so the planner knows the tables' sizes
        database.execute_sql("PRAGMA journal_mode = WAL")  # what the app serves with
    return {"deals": deals, "organizations": organizations, "expos": expos, "delegations": delegations}


def write(model, rows):
    """Insert rows (dicts keyed by field name) with executemany in large batches:
    peewee's query building would cost more than the database's work."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return
    names = list(first)
    columns = ", ".join(f'"{model._meta.fields[name].column_name}"' for name in names)
    marks = ", ".join(["?" if is_sqlite() else "%s"] * len(names))
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    cursor = database.cursor()
    batch = [first]
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            cursor.executemany(sql, [tuple(plain(row[name]) for name in names) for row in batch])
            batch = []
    cursor.executemany(sql, [tuple(plain(row[name]) for name in names) for row in batch])


def plain(value):
    return value.isoformat() if isinstance(value, date) else value


def sectors_of(link, rows):
    """The sector rows of records whose `sectors` is JSON text (api/store/relations.py SECTORS)."""
    (owner,) = foreign_keys(link, "CASCADE")
    write(link, (r for row in rows for r in sector_rows(owner, row, json.loads(row["sectors"]))))


def cite(owner, ids):
    write(Citation, ({"source": SOURCE, "quote": QUOTE, "position": 0, owner.name: i} for i in ids))


def index_for_search():
    """Each record's searchable text as a write indexes it (store/records.py: the cited
    resources, through search.document): its text fields, read back, and its one quote."""
    for model in CITED:
        pk = model._meta.primary_key
        texts = [model._meta.fields[name] for name in search.TEXT_FIELDS if name in model._meta.fields]
        batch = []
        for row in model.select(pk, *texts).order_by(pk).dicts().iterator():
            batch.append((row[pk.name], search.document({**row, "sources": [{"quote": QUOTE}]})))
            if len(batch) == BATCH:
                search.index_many(RESOURCE_OF[model], batch)
                batch = []
        search.index_many(RESOURCE_OF[model], batch)

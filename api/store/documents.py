"""Each record's canonical representation, kept as JSON text in its own row.

A record's canonical representation (no `fields`, no `expand`) holds its own columns,
figures, link rows and citations, and refers to other records by id only: it changes
when, and only when, the record itself is written. So it is rendered once, by the
compiled dumper marshmallow is the oracle of (api/http/render.py), in the write
transaction that changes the record (store/records.py insert and update), and stored
in the row's `document` column. A page is then one query for its documents and one
per expansion, spliced as bytes (orjson.Fragment) instead of assembled and dumped.

`document_stamp` names the code that rendered a document (STAMP: a hash of the
modules that shape a representation). A document of another stamp, or none (rows
bulk-loaded without one), is never served: it is rendered from the rows instead, as
before, until `flask refresh-documents` (or a write of the record) stores it again.
"""

import hashlib
from functools import lru_cache
from pathlib import Path

import orjson
from peewee import chunked

from api.db import database
from api.http.render import dumper
from api.store.models import Deal, Delegation, Expo, Organization, Source
from api.store.rows import rows_of

ROOT = Path(__file__).resolve().parents[2]
# what shapes a canonical representation: the schemas, the dumper, how rows become records
SHAPERS = [
    "schemas",
    "api/http/render.py",
    "api/store/records.py",
    "api/store/relations.py",
    "api/store/evidence.py",  # a citation's selectors and link
    __file__,
]


def stamp():
    digest = hashlib.sha1()
    for name in SHAPERS:
        path = ROOT / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


STAMP = stamp()


def schemas():
    from schemas.deals import DealSchema
    from schemas.delegations import DelegationSchema
    from schemas.expos import ExpoSchema
    from schemas.organizations import OrganizationSchema
    from schemas.sources import SourceSchema

    return {
        Expo: ExpoSchema,
        Delegation: DelegationSchema,
        Deal: DealSchema,
        Organization: OrganizationSchema,
        Source: SourceSchema,  # rendered when embedded, not kept: its text is the bulk of it
    }


SCHEMAS = schemas()
KEPT = (Expo, Delegation, Deal, Organization)  # the models whose rows keep their document


def render(model, records):
    """The canonical JSON of whole records (store/records.py assemble)."""
    dump = dumper(SCHEMAS[model])
    return [orjson.dumps(dump(record)) for record in records]


def store(model, records):
    """Write the documents of these whole records (inside their write transaction)."""
    table, param = model._meta.table_name, database.obj.param
    rows = [
        (body.decode(), STAMP, record["id"])
        for record, body in zip(records, render(model, records), strict=True)
    ]
    sql = f'UPDATE "{table}" SET "document" = {param}, "document_stamp" = {param} WHERE "id" = {param}'
    database.cursor().executemany(sql, rows)


def of_rows(model, rows):
    """The canonical JSON (bytes) of each row dict holding `id`, `document` and
    `document_stamp`, in order: stored, or rendered from the record's rows when missing
    or of other code (one query per kind of row, for all of them together)."""
    from api.store.records import by_ids

    found = [current(row) for row in rows]
    missing = [row["id"] for row, body in zip(rows, found, strict=True) if body is None]
    if missing:
        records = by_ids(model, missing)
        rendered = dict(zip([r["id"] for r in records], render(model, records), strict=True))
        found = [rendered[row["id"]] if body is None else body for row, body in zip(rows, found, strict=True)]
    return found


@lru_cache(maxsize=256)
def select_documents(database_type, model, column, count):
    """SQL of the documents of `model`'s rows whose `column` is any of `count` values, in id
    order, compiled once per shape (as store/rows.py select_in)."""
    meta = model._meta
    field, pk = meta.fields[column], meta.primary_key
    wanted = [pk, field] if field is not pk else [pk]
    if model in KEPT:
        wanted += [model.document, model.document_stamp]
    query = model.select(*wanted).where(field.in_([None] * count)).order_by(pk)
    return query.sql()[0], [(f.name, None) for f in wanted]


def by_column(model, column, values):
    """(row, canonical JSON) of `model`'s records whose `column` is any of `values`, in id order."""
    if not values:
        return []
    sql, plan = select_documents(type(database.obj), model, column.name, len(values))
    rows = rows_of(database.execute_sql(sql, [column.db_value(v) for v in values]), plan)
    return list(zip(rows, of_rows(model, rows), strict=True))


def current(row):
    """The stored document of a row dict, as bytes, when this code rendered it; else None."""
    document = row.get("document")
    if document is None or row.get("document_stamp") != STAMP:
        return None
    return document.encode() if isinstance(document, str) else bytes(document)


def refresh(model, batch=1000, progress=None):
    """Render and store every document of `model` missing or of another stamp; returns how many."""
    from api.store.records import by_ids

    pk = model._meta.primary_key
    stale = model.select(pk).where(model.document_stamp.is_null() | (model.document_stamp != STAMP))
    ids = [row[0] for row in stale.tuples()]
    for part in chunked(ids, batch):
        with database.atomic():
            store(model, by_ids(model, list(part)))
        if progress:
            progress(len(part))
    return len(ids)

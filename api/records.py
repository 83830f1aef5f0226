"""Whole records: a row plus its figures, links and citations.

Reading assembles a page of rows into the representation the schemas document
with a fixed number of queries (one per kind of link), never one per record.
Writing replaces a record's row, links and citations together.
"""

from collections import defaultdict
from datetime import date, datetime
from functools import lru_cache

from peewee import DateField, DateTimeField

from . import search
from .db import database
from .errors import not_found
from .models import (
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
    JSONField,
    JSONListField,
    Organization,
    Source,
    figure_label,
)


class Links:
    """A list field of a record stored as rows of a link table."""

    def __init__(self, model, owner, read, write):
        self.model = model  # the link table
        self.owner = owner  # its foreign key to the record
        self.read = read  # link row (dict) -> list item
        self.write = write  # list item -> link columns

    def load(self, ids):
        grouped = defaultdict(list)
        for row in rows_in(self.model, self.owner, ids, self.model.position):
            grouped[row[self.owner.name]].append(self.read(row))
        return grouped


def organization_ids(model, owner):
    """A list of organization ids stored as link rows (organizers, members)."""
    return Links(model, owner, lambda row: row["organization"], lambda item: {"organization": item})


LINKS = {
    Expo: {"organizers": organization_ids(ExpoOrganizer, ExpoOrganizer.expo)},
    Delegation: {"members": organization_ids(DelegationMember, DelegationMember.delegation)},
    Deal: {
        "parties": Links(
            DealParty,
            DealParty.deal,
            lambda row: {"organization": row["organization"], "role": row["role"]},
            lambda item: {"organization": item["organization"], "role": item["role"]},
        ),
    },
    Organization: {},
}

# the sectors of a record, also kept as rows (its JSON list stays what is rendered)
SECTORS = {Expo: ExpoSector, Delegation: DelegationSector, Deal: DealSector}

CITED = {model: getattr(Citation, model._meta.name) for model in LINKS}

RESOURCES = {
    "expos": Expo,
    "delegations": Delegation,
    "deals": Deal,
    "organizations": Organization,
    "sources": Source,
}
RESOURCE_OF = {model: name for name, model in RESOURCES.items()}


def converters(query):
    """For each selected column: its name in a row dict and how to turn the
    driver's value into Python (only JSON text and, on SQLite, dates need it)."""
    plan = []
    for node in query._returning:
        field = node.unwrap() if hasattr(node, "unwrap") else node
        name = getattr(node, "_alias", None) or getattr(field, "name", None)
        if isinstance(field, (JSONListField, JSONField)):
            plan.append((name, field.python_value))
        elif isinstance(field, DateTimeField):
            plan.append((name, lambda v: datetime.fromisoformat(v) if isinstance(v, str) else v))
        elif isinstance(field, DateField):
            plan.append((name, lambda v: date.fromisoformat(v) if isinstance(v, str) else v))
        else:
            plan.append((name, None))
    return plan


def dict_rows(query):
    """The rows of a select as dicts, like `query.dicts()` but straight from the
    cursor: peewee's per-cell conversion costs more than the query on a hot path."""
    return rows_of(database.execute(query), converters(query))


@lru_cache(maxsize=1024)
def select_in(database_type, model, column, count, order):
    """The SQL and row plan of `model`'s rows whose `column` (a name: peewee fields
    overload ==) is any of `count` values, compiled once per shape: compiling
    through peewee cost more than running it."""
    field = model._meta.fields[column]
    query = model.select().where(field.in_([None] * count)).order_by(model._meta.fields[order])
    return query.sql()[0], converters(query)


def rows_in(model, column, values, order=None):
    """Row dicts of `model` whose `column` is any of `values`, ordered by `order`
    (default: the primary key); one fixed-shape query, as every page reads its links."""
    if not values:
        return []
    order = order or model._meta.primary_key
    sql, plan = select_in(type(database.obj), model, column.name, len(values), order.name)
    return rows_of(database.execute_sql(sql, [column.db_value(v) for v in values]), plan)


def rows_of(cursor, plan):
    rows = []
    for row in cursor.fetchall():
        rows.append(
            {
                name: value if convert is None or value is None else convert(value)
                for (name, convert), value in zip(plan, row, strict=True)
            }
        )
    return rows


def read_figure(row, name, kind):
    qualifier = row.pop(f"{name}_qualifier")
    parts = {
        part: row.pop(f"{name}_{part}")
        for part in ("value", "low", "high", figure_label(kind), "as_reported")
    }
    if qualifier is None:
        return None
    return {"qualifier": qualifier, **parts}


def assemble(model, rows):
    """Turn row dicts of `model` into full records, in place, and return them."""
    ids = [row["id"] for row in rows]
    for name, kind in getattr(model._meta, "figures", {}).items():
        for row in rows:
            row[name] = read_figure(row, name, kind)
    for name, links in LINKS.get(model, {}).items():
        grouped = links.load(ids)
        for row in rows:
            row[name] = grouped.get(row["id"], [])
    if model in CITED:
        owner = CITED[model]
        grouped = defaultdict(list)
        for citation in rows_in(Citation, owner, ids, Citation.position):
            grouped[citation[owner.name]].append({"source": citation["source"], "quote": citation["quote"]})
        for row in rows:
            row["sources"] = grouped.get(row["id"], [])
    return rows


def by_ids(model, ids):
    """The whole records of `model` with these ids (in no particular order)."""
    return assemble(model, rows_in(model, model._meta.primary_key, ids))


def columns_of(model, data):
    """The row columns of a loaded record: scalars, and figures spread over their columns."""
    figures = getattr(model._meta, "figures", {})
    columns = {name: data[name] for name in model._meta.fields if name in data}
    for name, kind in figures.items():
        value = data.get(name) or {}
        for part in ("value", "low", "high", "qualifier", figure_label(kind), "as_reported"):
            columns[f"{name}_{part}"] = value.get(part)
    return columns


def insert(model, data):
    """Write a new record with its links, citations and search entry."""
    model.insert(columns_of(model, data)).execute()
    write_children(model, data)


def update(model, data, version):
    """Overwrite a record read at `version`, bumping it; False (nothing written)
    when the stored version moved on: a concurrent write won."""
    columns = {model._meta.fields[name]: value for name, value in columns_of(model, data).items()}
    condition = model._meta.primary_key == data["id"]
    if "version" in model._meta.fields:
        columns[model.version] = version + 1
        condition &= model.version == version
    if not model.update(columns).where(condition).execute():
        return False
    write_children(model, data)
    return True


def write_children(model, data):
    """Replace a record's link rows, citations and search entry by those of `data`."""
    for name, links in LINKS.get(model, {}).items():
        links.model.delete().where(links.owner == data["id"]).execute()
        rows = [
            {links.owner.name: data["id"], "position": position, **links.write(item)}
            for position, item in enumerate(data.get(name, []))
        ]
        if rows:
            links.model.insert_many(rows).execute()
    if model in SECTORS:
        link = SECTORS[model]
        owner = getattr(link, model._meta.name)
        link.delete().where(owner == data["id"]).execute()
        rows = [{owner.name: data["id"], "sector": sector} for sector in data.get("sectors") or []]
        if rows:
            link.insert_many(rows).execute()
    if model in CITED:
        owner = CITED[model]
        Citation.delete().where(owner == data["id"]).execute()
        rows = [
            {owner.name: data["id"], "position": position, "source": c["source"], "quote": c["quote"]}
            for position, c in enumerate(data["sources"])
        ]
        Citation.insert_many(rows).execute()
        search.index(RESOURCE_OF[model], data)


def require(model, record_id):
    """404 unless the parent record of a nested list exists."""
    if not model.select(model._meta.primary_key).where(model._meta.primary_key == record_id).exists():
        not_found(model._meta.name, record_id)


# where each reference of a loaded record points: field (or list.member) -> model
REFERENCES = {
    Expo: {"part_of": Expo, "organizers": Organization},
    Delegation: {"expo": Expo, "organizer": Organization, "members": Organization},
    Deal: {"expo": Expo, "delegation": Delegation, "parties.organization": Organization},
    Organization: {},
    Source: {},
}


def references_of(model, data):
    """(pointer, target model, id) for every reference a loaded record makes."""
    found = []
    specs = dict(REFERENCES[model])
    if model in CITED:
        specs["sources.source"] = Source
    for path, target in specs.items():
        name, _, member = path.partition(".")
        value = data.get(name)
        if isinstance(value, list):
            for index, item in enumerate(value):
                ref = item[member] if member else item
                found.append((f"/{name}/{index}" + (f"/{member}" if member else ""), target, ref))
        elif value is not None:
            found.append((f"/{name}", target, value))
    return found

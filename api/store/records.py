"""Whole records: a row plus its figures, links and citations.

Reading assembles a page of rows into the representation the schemas document
with a fixed number of queries (one per kind of link), never one per record.
Writing replaces a record's row, links and citations together.
"""

from collections import defaultdict

from api.http.errors import not_found
from api.store import documents, evidence, search
from api.store.models import Citation, figure_parts
from api.store.relations import CITED, LINKS, RESOURCE_OF, SECTORS, sector_rows
from api.store.rows import rows_in

PERIOD = ("start", "end", "as_reported")  # the members of a figure's period: columns period_<member>


def read_figure(row, name, kind):
    parts = {part: row.pop(f"{name}_{part}") for part in figure_parts(kind)}
    if parts["qualifier"] is None:
        return None
    period = {member: parts.pop(f"period_{member}") for member in PERIOD}
    parts["basis"] = parts["basis"] or "reported"  # a row written without one (a bulk load)
    parts["period"] = period if period["as_reported"] is not None else None
    return parts


def figure_columns(name, kind, figure):
    """The columns `<name>_<part>` of a figure (or of none)."""
    figure = figure or {}
    period = figure.get("period") or {}
    flat = {**figure, **{f"period_{member}": period.get(member) for member in PERIOD}}
    return {f"{name}_{part}": flat.get(part) for part in figure_parts(kind)}


def assemble(model, rows):
    """Turn row dicts of `model` into full records, in place, and return them."""
    ids = [row["id"] for row in rows]
    figures = getattr(model._meta, "figures", {})
    for name, kind in figures.items():
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
            found = evidence.stored(citation)
            grouped[citation[owner.name]].append(evidence.shown(citation["source"], citation["quote"], found))
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
        columns.update(figure_columns(name, kind, data.get(name)))
    return columns


def insert(model, data):
    """Write a new record with its links, citations and search entry."""
    model.insert(columns_of(model, data)).execute()
    write_children(model, data)
    keep_document(model, data["id"])


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
    keep_document(model, data["id"])
    return True


def keep_document(model, record_id):
    """Store the record's canonical JSON as written, in the same transaction (store/documents.py)."""
    if model in documents.KEPT:
        documents.store(model, by_ids(model, [record_id]))


def write_children(model, data):
    """Replace a record's link rows, sector rows, citations and search entry by those of `data`."""
    for name, links in LINKS.get(model, {}).items():
        links.model.delete().where(links.owner == data["id"]).execute()
        rows = [
            {links.owner.name: data["id"], "position": position, **links.write(item)}
            for position, item in enumerate(data.get(name, []))
        ]
        if rows:
            links.model.insert_many(rows).execute()
    if model in SECTORS:
        owner = SECTORS[model]
        owner.model.delete().where(owner == data["id"]).execute()
        rows = sector_rows(owner, data, data.get("sectors") or [])
        if rows:
            owner.model.insert_many(rows).execute()
    if model in CITED:
        owner = CITED[model]
        Citation.delete().where(owner == data["id"]).execute()
        rows = [
            {
                owner.name: data["id"],
                "position": position,
                "source": c["source"],
                "quote": c["quote"],
                **evidence.columns(c.get("anchor")),  # anchored by the checks (store/writes.py)
            }
            for position, c in enumerate(data["sources"])
        ]
        Citation.insert_many(rows).execute()
        search.index(RESOURCE_OF[model], data)


def require(model, record_id):
    """404 unless the parent record of a nested list exists."""
    if not model.select(model._meta.primary_key).where(model._meta.primary_key == record_id).exists():
        not_found(model._meta.name, record_id)

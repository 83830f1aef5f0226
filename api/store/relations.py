"""How records relate, derived once from the models' foreign keys: nothing here is declared
twice. A record's row may point at others (`Deal.expo`); a link table (rows with a
`position`) stores one of its list fields (`Deal.parties`); citations tie it to sources.

- on_delete CASCADE: the row belongs to the record it points at (its links, its citations).
- on_delete RESTRICT: the row refers to a record, which then cannot be deleted (a 409).
"""

from peewee import ForeignKeyField

from api.store.models import MODELS, Citation, Deal, Delegation, Expo, Organization, Sectors, Source
from api.store.rows import rows_in

RESOURCES = {
    "expos": Expo,
    "delegations": Delegation,
    "deals": Deal,
    "organizations": Organization,
    "sources": Source,
}
RESOURCE_OF = {model: name for name, model in RESOURCES.items()}


def foreign_keys(model, on_delete):
    return [
        f for f in model._meta.sorted_fields if isinstance(f, ForeignKeyField) and f.on_delete == on_delete
    ]


class Links:
    """A list field of a record stored as ordered rows of a link table (named by the backref
    of the link's foreign key to the record). An item is the id the row points at, or, when
    the row says more (a party's role), an object of its columns."""

    def __init__(self, owner):
        self.owner, self.model = owner, owner.model
        # by name: peewee fields overload ==, so `in` would match any field
        skip = {self.model._meta.primary_key.name, owner.name, "position"}
        self.columns = [f for f in self.model._meta.sorted_fields if f.name not in skip]
        self.targets = {f.name: f.rel_model for f in self.columns if isinstance(f, ForeignKeyField)}

    def read(self, row):
        if len(self.columns) == 1:
            return row[self.columns[0].name]
        return {f.name: row[f.name] for f in self.columns}

    def write(self, item):
        if len(self.columns) == 1:
            return {self.columns[0].name: item}
        return {f.name: item[f.name] for f in self.columns}

    def load(self, ids):
        grouped = {}
        for row in rows_in(self.model, self.owner, ids, self.model.position):
            grouped.setdefault(row[self.owner.name], []).append(self.read(row))
        return grouped


def is_link_table(model):
    # a Sectors table has no position: it indexes a JSON list field, it does not store one
    return model is not Citation and model not in RESOURCE_OF and "position" in model._meta.fields


LINKS = {
    model: {
        owner.backref: Links(owner)
        for owner in model._meta.backrefs
        if is_link_table(owner.model) and owner.on_delete == "CASCADE"
    }
    for model in RESOURCES.values()
}
# the citation column of each record that cites sources
CITED = {owner.rel_model: owner for owner in foreign_keys(Citation, "CASCADE")}
# the owner column of each record's sector rows: its `sectors` list (rendered from the
# record's own JSON column) kept again as rows, which `?sector=` probes (lists/filters.py tagged)
SECTORS = {
    owner.rel_model: owner
    for table in MODELS
    if issubclass(table, Sectors)
    for owner in foreign_keys(table, "CASCADE")
}


def sector_rows(owner, record, sectors):
    """A record's sector rows: one per sector, with the record's columns its link copies
    (api/store/models.py DealSector)."""
    copies = {name: record.get(name) for name in owner.model.copies()}
    return [{owner.name: record["id"], "sector": sector, **copies} for sector in sectors]


def references(model):
    """Where each reference of a loaded record points: field (or list.member) -> model."""
    found = {f.name: f.rel_model for f in foreign_keys(model, "RESTRICT")}
    for name, links in LINKS[model].items():
        for member, target in links.targets.items():
            found[name if len(links.columns) == 1 else f"{name}.{member}"] = target
    if model in CITED:
        found["sources.source"] = Source
    return found


REFERENCES = {model: references(model) for model in RESOURCES.values()}


def references_of(model, data):
    """(pointer, target model, id) for every reference a loaded record makes."""
    found = []
    for path, target in REFERENCES[model].items():
        name, _, member = path.partition(".")
        value = data.get(name)
        if isinstance(value, list):
            for index, item in enumerate(value):
                ref = item[member] if member else item
                found.append((f"/{name}/{index}" + (f"/{member}" if member else ""), target, ref))
        elif value is not None:
            found.append((f"/{name}", target, value))
    return found


def referrers(target):
    """(resource model, condition on record_id) for every kind of row that refers to a record of
    `target` and so keeps it from being deleted, each by the resource the referring row belongs to."""
    found = []
    for table in MODELS:
        for ref in foreign_keys(table, "RESTRICT"):
            if ref.rel_model is not target:
                continue
            if table in RESOURCE_OF:  # a record's own column (Deal.expo)
                found.append((table, lambda record_id, ref=ref: ref == record_id))
            for owner in foreign_keys(table, "CASCADE"):  # a link or citation row owned by a record
                found.append(
                    (
                        owner.rel_model,
                        lambda record_id, ref=ref, owner=owner, table=table: owner.rel_model.id.in_(
                            table.select(owner).where(ref == record_id)
                        ),
                    )
                )
    order = list(RESOURCE_OF)  # named in the resources' order: expos, delegations, deals...
    return sorted(found, key=lambda pair: order.index(pair[0]))


REFERRERS = {model: referrers(model) for model in RESOURCES.values()}

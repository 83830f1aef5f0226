"""A list, declared once per resource as a `Listing`: its filters, sorts, expansions and
full-text search. It builds the query-string schema that validates (and documents) its
parameters, and serves a request straight down: validated arguments -> one SQL query and
its sort keys -> rows (keyset pagination) -> records -> the page or the export.
"""

from collections import defaultdict

from marshmallow import ValidationError
from peewee import SQL, Field

from api.http.errors import bad_parameter, not_found
from api.lists import export, pagination
from api.lists.pagination import Key, count, decode_cursor, key
from api.lists.params import item_args_schema, list_args_schema
from api.store import search
from api.store.records import assemble, by_ids
from api.store.rows import rows_in


def embed(target, field, member=None):
    """Expansion: replace the ids at record[field] (an id, a list of ids, or a list
    of objects holding the id in `member`) by the records of `target`."""

    def ids_in(record):
        value = record.get(field)
        if isinstance(value, list):
            return [item[member] if member else item for item in value]
        return [] if value is None else [value]

    def expand(records):
        ids = {i for record in records for i in ids_in(record)}
        found = {r["id"]: r for r in by_ids(target, list(ids))}
        for record in records:
            value = record.get(field)
            if isinstance(value, list):
                record[field] = [
                    {**item, member: found[item[member]]} if member else found[item] for item in value
                ]
            elif value is not None:
                record[field] = found[value]

    return expand


def embed_children(name, target, owner):
    """Expansion: add record[name], the records of `target` whose `owner` is the record."""

    def expand(records):
        grouped = defaultdict(list)
        for child in assemble(target, rows_in(target, owner, [r["id"] for r in records])):
            grouped[child[owner.name]].append(child)
        for record in records:
            record[name] = grouped[record["id"]]

    return expand


class Listing:
    """How one resource is listed and read: its filters, sorts and expansions."""

    def __init__(self, model, schema, resource, *, filters, sorts, expansions=None, searchable=True):
        self.model, self.schema, self.resource = model, schema, resource
        self.filters = filters
        self.sorts = {"id": model._meta.primary_key, **sorts}
        self.expansions = expansions or {}
        names = list(schema().fields)
        declared = {}
        for name, flt in filters.items():
            declared.update(flt.fields(name))
        label = model.__name__
        self.args_schema = list_args_schema(
            f"{label}ListArgs", declared, list(self.sorts), list(self.expansions), names, searchable
        )
        self.item_args_schema = item_args_schema(f"{label}ItemArgs", list(self.expansions), names)

    def select(self, args, where=None):
        """The filtered query of whole rows, and its sort keys ending in a unique one."""
        query = self.model.select()
        if where is not None:
            query = query.where(where)
        try:
            for name, flt in self.filters.items():
                for clause in flt.clauses(name, args):
                    query = query.where(clause)
        except ValidationError as error:
            field, messages = next(iter(error.messages.items()))
            bad_parameter(field, " ".join(messages))
        keys = []
        if "q" in args:
            found = search.matches(self.resource, args["q"])
            if found is None:
                query = query.where(SQL("1 = 0"))
            else:
                found = found.alias("found")
                query = query.join(found, on=(self.model._meta.primary_key == found.c.record_id))
                query = query.select_extend(found.c.rank.alias("search_rank"))
                if "sort" not in args:
                    keys.append(Key(found.c.rank, False, "search_rank", False, (int, float)))
        for item in args.get("sort", []):
            name = item.lstrip("-")
            expr = self.sorts[name]
            if isinstance(expr, Field):
                keys.append(key(expr, item.startswith("-")))
            else:
                query = query.select_extend(expr.alias(f"sort_{name}"))
                # the computed sorts are figures' (figure_sort): integers
                keys.append(Key(expr, item.startswith("-"), f"sort_{name}", True, (int,)))
        if not any(k.name == "id" for k in keys):
            keys.append(key(self.model._meta.primary_key))
        return query, keys

    def render(self, rows, args):
        """Row dicts -> records, expanded and trimmed to the requested fields."""
        records = assemble(self.model, rows)
        for name in args.get("expand", []):
            self.expansions[name](records)
        if "fields" in args:
            keep = {"id", *args["fields"]}
            records = [{k: v for k, v in record.items() if k in keep} for record in records]
        return records

    def page(self, args, where=None):
        """One page of the list as JSON, or every matching record as CSV or NDJSON (from
        `cursor` on), as `Accept` or `format` asks: query -> rows -> records -> body."""
        kind = export.negotiate(args)  # before any query: a 406 costs nothing
        query, keys = self.select(args, where)
        after = decode_cursor(args["cursor"], keys) if "cursor" in args else None
        if kind != "json":
            batches = (self.render(rows, args) for rows in export.batches(query, keys, after))
            return export.response(batches, kind, self.schema(), args, self.resource)
        rows, next_cursor = pagination.rows(query, keys, after, args["limit"])
        return pagination.envelope(self.render(rows, args), args["limit"], next_cursor, count(query))

    def item(self, record_id, args):
        rows = rows_in(self.model, self.model._meta.primary_key, [record_id])
        if not rows:
            not_found(self.model._meta.name, record_id)
        return self.render(rows, args)[0]

"""The list query language of ../shared/API.md, declared once per resource as a
`Listing`: filters, sort, sparse fieldsets, expansion and full-text search.

A `Listing` builds the query-string schema that validates (and documents) its
parameters, and turns validated arguments into one SQL query plus sort keys
for keyset pagination.
"""

import json
import operator
from collections import defaultdict
from functools import reduce

from marshmallow import ValidationError, fields, validate
from peewee import OP, SQL, Expression, Field, ForeignKeyField, ModelIndex, NodeList, Value, fn

from schemas.common import Slug, meta
from schemas.query import CommaList, item_args_schema, list_args_schema

from . import export, search
from .errors import bad_parameter, not_found
from .models import figure_sort  # noqa: F401  (the lists import it from here)
from .pagination import Key, key, paginate
from .records import assemble, by_ids, rows_in


class Filter:
    """A family of query parameters narrowing a list."""

    def fields(self, name):
        """The marshmallow fields of the parameters, by parameter name."""
        raise NotImplementedError

    def clauses(self, name, args):
        """The WHERE clauses for the validated arguments."""
        raise NotImplementedError


class AnyOf(Filter):
    """`?name=a,b`: records whose value is any of these. `match(values)` builds the
    clause; by default the column is compared."""

    def __init__(self, column, description, example, *, choices=None, match=None, inner=None):
        self.description, self.example = description, example
        if inner is None:
            if choices:
                inner = fields.String(validate=validate.OneOf(choices))
            elif column is None or isinstance(column, ForeignKeyField):
                inner = Slug()  # ids of related records
            else:
                inner = fields.String(validate=validate.Length(1, 300))
        self.inner = inner
        self.match = match or column.in_

    def fields(self, name):
        return {
            name: CommaList(
                self.inner,
                metadata=meta(f"{self.description} Comma-separated: any of them matches.", self.example),
            )
        }

    def clauses(self, name, args):
        return [self.match(args[name])] if name in args else []


def linked(model, link, owner, target):
    """Match records of `model` with a row in `link` whose `target` is any of the values."""
    return lambda values: model._meta.primary_key.in_(link.select(owner).where(target.in_(values)))


def tagged(model, link):
    """Match records of `model` with a row in `link` (a Sectors table) holding any of the
    values: an EXISTS probe per record on the link's (owner, sector) index, so a page
    walks its sort's index and stops at the limit, never reading every record."""
    pk, owner = model._meta.primary_key, getattr(link, model._meta.name)
    return lambda values: fn.EXISTS(link.select(SQL("1")).where((owner == pk) & link.sector.in_(values)))


def holds_any(column):
    """Match rows whose JSON list column holds any of the values (slugs)."""

    def match(values):
        clauses = []
        for value in values:
            pattern = (
                "%" + json.dumps(value).replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%") + "%"
            )
            escaped = NodeList((Value(pattern, converter=False), SQL("ESCAPE"), Value("\\", converter=False)))
            clauses.append(Expression(column, OP.ILIKE, escaped))  # LIKE on SQLite
        return reduce(operator.or_, clauses)

    return match


class Range(Filter):
    """`?name=v` and the bounds `?name[gte]=v`, `[gt]`, `[lte]`, `[lt]`."""

    BOUNDS = {"gte": operator.ge, "gt": operator.gt, "lte": operator.le, "lt": operator.lt}
    WORDS = {"gte": "at least", "gt": "more than", "lte": "at most", "lt": "less than"}

    def __init__(self, column, field_class, description, example):
        self.column, self.description, self.example = column, description, example
        self.field_class = field_class
        if field_class is fields.Integer:  # what a database can compare: 64-bit integers

            def field_class(**kwargs):
                return fields.Integer(validate=validate.Range(-(2**63), 2**63 - 1), **kwargs)

            self.field_class = field_class

    def fields(self, name):
        declared = {
            name: self.field_class(metadata=meta(f"{self.description}: equal to this.", self.example))
        }
        for bound, words in self.WORDS.items():
            declared[f"{name}[{bound}]"] = self.field_class(
                metadata=meta(f"{self.description}: {words} this.", self.example)
            )
        return declared

    def target(self, bound):
        return self.column

    def clauses(self, name, args):
        found = [self.target(None) == args[name]] if name in args else []
        for bound, compare in self.BOUNDS.items():
            if f"{name}[{bound}]" in args:
                found.append(compare(self.target(bound), args[f"{name}[{bound}]"]))
        return found


class FigureRange(Range):
    """Ranges on a loose figure test the bound its words guarantee: `[gte]`/`[gt]`
    test the low bound, `[lte]`/`[lt]` the high bound, plain `=` the stated value.
    A figure unbounded on the tested side never matches ("more than US$1 billion"
    matches `[gte]=1000000000` but no `[lte]`)."""

    TESTS = {None: "value", "gte": "low", "gt": "low", "lte": "high", "lt": "high"}
    SIDES = {"value": "the stated value", "low": "the low bound", "high": "the high bound"}

    def __init__(self, model, name, description, example):
        self.model, self.name = model, name
        super().__init__(None, fields.Integer, description, example)

    def fields(self, name):
        declared = super().fields(name)
        for bound, part in self.TESTS.items():
            param = name if bound is None else f"{name}[{bound}]"
            declared[param].metadata["description"] += f" Tests {self.SIDES[part]} of the figure."
        return declared

    def target(self, bound):
        return getattr(self.model, f"{self.name}_{self.TESTS[bound]}")


class Inferred(Filter):
    """`?inferred=true|false`, or field names: records with an inferred value (in these fields)."""

    def __init__(self, model, field_names):
        self.model, self.field_names = model, field_names

    def fields(self, name):
        return {
            name: CommaList(
                fields.String(validate=validate.OneOf(["true", "false", *self.field_names])),
                metadata=meta(
                    "`true`: records with any inferred value; `false`: none inferred; field names: "
                    "records whose value of any of these fields was inferred.",
                    ["true"],
                ),
            )
        }

    def clauses(self, name, args):
        if name not in args:
            return []
        values = args[name]
        # the stored JSON of an empty list, as a literal: the partial index says it word for word
        none = SQL("'[]'")
        if values == ["false"]:
            return [self.model.inferred == none]
        if {"true", "false"} & set(values) and values != ["true"]:
            raise ValidationError({name: ["Either true, false, or field names."]})
        anything = Expression(self.model.inferred, "!=", none)  # the partial index's WHERE (models.py)
        return [anything] if values == ["true"] else [anything, holds_any(self.model.inferred)(values)]


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


LISTINGS = []  # every Listing, for the indexes of their descending sorts


def descending_indexes():
    """PostgreSQL only: an index per sort key in the order `-key` asks for (descending,
    nulls last, then the id ascending), which no ascending index gives there; SQLite
    walks the ascending index either way."""
    for listing in LISTINGS:
        model, pk = listing.model, listing.model._meta.primary_key
        for name, expr in listing.sorts.items():
            if expr is pk:
                continue  # the primary key's index serves both directions
            nulls = {} if isinstance(expr, Field) and not expr.null else {"nulls": "LAST"}  # as order_by
            table = model._meta.table_name
            yield ModelIndex(model, (expr.desc(**nulls), pk), name=f"{table}_{name}_desc")


class Listing:
    """How one resource is listed and read: its filters, sorts and expansions."""

    def __init__(self, model, schema, resource, *, filters, sorts, expansions=None, searchable=True):
        LISTINGS.append(self)
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
        # CSV and NDJSON stream every matching record (api/export.py)
        kind = export.negotiate(args)
        if kind != "json":
            return export.stream(self, args, where, kind)
        query, keys = self.select(args, where)
        return paginate(query, args, keys, lambda rows: self.render(rows, args))

    def item(self, record_id, args):
        rows = rows_in(self.model, self.model._meta.primary_key, [record_id])
        if not rows:
            not_found(self.model._meta.name, record_id)
        return self.render(rows, args)[0]

"""Filters of the list query language: each declares its query parameters (marshmallow
fields, which validate and document them) and turns their values into WHERE clauses."""

import copy
import json
import operator

from marshmallow import fields, validate
from peewee import OP, SQL, Expression, ForeignKeyField, NodeList, Value, fn

from api.lists.params import CommaList, Integer
from schemas.common import SectorSlug, Slug, meta


class Filter:
    """A family of query parameters narrowing a list."""

    # whether its SQL depends on how many values it is given and of which types, never on
    # what they are: a page's SQL is then compiled once for all of them (api/lists/compiled.py)
    opaque = False

    def fields(self, name):
        """The marshmallow fields of the parameters, by parameter name."""
        raise NotImplementedError

    def clauses(self, name, args):
        """The WHERE clauses for the validated arguments."""
        raise NotImplementedError


class AnyOf(Filter):
    """`?name=a,b`: records whose value is any of these. `match(values)` builds the
    clause; by default the column is compared."""

    opaque = True

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
                metadata=meta(
                    f"{self.description} Any of them matches: repeat the parameter, or separate "
                    "the values with commas.",
                    self.example,
                ),
            )
        }

    def clauses(self, name, args):
        return [self.match(args[name])] if name in args else []


def linked(model, link, owner, target):
    """Match records of `model` with a row in `link` whose `target` is any of the values."""
    return lambda values: model._meta.primary_key.in_(link.select(owner).where(target.in_(values)))


class Tagged(AnyOf):
    """`?sector=a,b`: records with a row in `link` (a Sectors table) holding any of the
    values. A page probes the link per record (EXISTS on its (owner, sector) index) as it
    walks its sort's index, and stops at the limit; a page of one sector sorted by a column
    the link copies (DealSector.signed_on) walks the link's index instead (Listing.select).
    A count has no order to walk: it reads the link's (sector, ...) index (counted),
    bounded there by the filters on the columns the link copies."""

    def __init__(self, model, link, example):
        self.model, self.link, self.owner = model, link, getattr(link, model._meta.name)
        self.copies = link.copies()
        super().__init__(None, "Sector slug.", example, match=self.probe, inner=SectorSlug())

    def probe(self, values):
        pk = self.model._meta.primary_key
        return fn.EXISTS(self.link.select(SQL("1")).where((self.owner == pk) & self.link.sector.in_(values)))

    def counted(self, values, bounds, others):
        """The link rows holding any of `values` within `bounds` (clauses on the link's
        copies), joined to their records only when `others` (clauses on them) are given."""
        query = self.link.select(self.owner).where(self.link.sector.in_(values), *bounds)
        if len(values) > 1:
            query = query.distinct()  # a record holding two of the values counts once
        if others:
            query = query.join(self.model, on=(self.owner == self.model._meta.primary_key)).where(*others)
        return query


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
        return NodeList(clauses, glue=" OR ", parens=True)  # flat: nested ORs recurse per value

    return match


class Range(Filter):
    """`?name=v` and the bounds `?name[gte]=v`, `[gt]`, `[lte]`, `[lt]`."""

    opaque = True
    BOUNDS = {"gte": operator.ge, "gt": operator.gt, "lte": operator.le, "lt": operator.lt}
    WORDS = {"gte": "at least", "gt": "more than", "lte": "at most", "lt": "less than"}

    def __init__(self, column, field_class, description, example):
        self.column, self.description, self.example = column, description, example
        self.field_class = field_class
        if field_class is fields.Integer:  # what a database can compare: 64-bit integers

            def field_class(**kwargs):
                return Integer(validate=validate.Range(-(2**63), 2**63 - 1), **kwargs)

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

    def on(self, column):
        """The same filter on a copy of its column (DealSector.signed_on)."""
        other = copy.copy(self)
        other.column = column
        return other

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
                alone=("true", "false"),
                metadata=meta(
                    "`true`: records with any inferred value; `false`: none inferred; field names: "
                    "records whose value of any of these fields was inferred. `true` and `false` "
                    "are given alone, never beside field names.",
                    True,
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
        anything = Expression(self.model.inferred, "!=", none)  # the partial index's WHERE (models.py)
        return [anything] if values == ["true"] else [anything, holds_any(self.model.inferred)(values)]

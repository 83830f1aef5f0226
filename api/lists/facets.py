"""Facets: `?facet=kind,expo` adds to a page, for the list's current filters, how many
records hold each value of these fields (the TOP most frequent, by count then value), each
with the URL that toggles that value in the filter of the same name. One grouped query per
facet, on an indexed column or link table, memoized per database revision like the total."""

from collections import OrderedDict

from flask import current_app, g, request
from peewee import SQL, fn

from api.db import is_postgres
from api.lists.pagination import url_with

TOP = 20  # values per facet
KEPT = 1024  # grouped answers each worker keeps for the current revision


def column(field):
    """A facet over a column of the listed rows (indexed, so the grouping reads the index)."""
    count = fn.COUNT(SQL("*"))

    def grouped(query, model):
        return query.select(field.alias("value"), count.alias("count")).where(field.is_null(False))

    return _grouping(grouped, value_of=field, count=count)


def linked(owner, target):
    """A facet over a link table: the `target` ids linked to the listed rows by `owner`, each
    listed row counted once (an organization both buyer and seller of a deal: one deal)."""
    count = fn.COUNT(owner.distinct())

    def grouped(query, model):
        ids = query.select(model._meta.primary_key)
        return owner.model.select(target.alias("value"), count.alias("count")).where(owner.in_(ids))

    return _grouping(grouped, value_of=target, count=count)


def _grouping(grouped, value_of, count):
    def top(query, model):
        value = value_of.collate('"C"') if is_postgres() else value_of  # byte order on both backends
        return grouped(query, model).group_by(value_of).order_by(count.desc(), value).limit(TOP).tuples()

    return top


def counts(listing, query, names, args):
    """`{name: [{value, count, toggle}]}` for the facets `names` of the filtered `query`."""
    query = query.order_by()  # grouping needs no page order
    found = {}
    for name in names:
        grouped = listing.facets[name](query, listing.model)
        chosen = [str(value) for value in args.get(name, [])]
        found[name] = [
            {"value": str(value), "count": number, "toggle": toggle(name, chosen, str(value))}
            for value, number in memoized(grouped)
        ]
    return found


def toggle(name, chosen, value):
    """This list's URL with `value` added to or removed from the filter `name`, from the first page."""
    values = [v for v in chosen if v != value] if value in chosen else [*chosen, value]
    return url_with(cursor=None, **{name: ",".join(values) or None})


def memoized(grouped):
    revision = g.get("revision")
    if revision is None or request.method not in ("GET", "HEAD"):
        return list(grouped)
    kept = current_app.extensions.setdefault("list_facets", OrderedDict())
    sql, params = grouped.sql()
    key = (revision, sql, tuple(params))
    if key not in kept:
        kept[key] = list(grouped)
        if len(kept) > KEPT:
            kept.popitem(last=False)
    return kept[key]

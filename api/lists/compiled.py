"""The SQL of a list page and of its count, compiled by peewee once per shape of request.

peewee compiles a query by walking its tree of nodes, which costs more than SQLite takes
to run an indexed page (an expo's page of 50 deals: compiling its two queries took about
a sixth of its CPU). Two requests that differ only in the values they compare
(`?expo=a` and `?expo=b`, two cursors of one sort) have the same SQL with other
parameters. So a page's statements are compiled once per *form* -- which parameters are
given, the types of their values, and, as they are, the sort, the expansions and the
limit -- from stand-in values, and each request fills in its own values.

The stand-ins keep this honest: a form is compiled twice, with two sets of distinct
stand-ins, and kept only if both give the same SQL and every parameter is either a
stand-in in the same place in both or the same constant. A filter that turns its values
into others (a LIKE pattern, a parsed date) fails that check and is compiled per request,
as before. A filter whose SQL depends on what its values are, not only on how many,
says so (`Filter.opaque = False`), and a request using it is compiled for itself alone,
as is a search (`q`), a faceted page and a sub-resource's list.
"""

from datetime import date
from functools import lru_cache
from typing import NamedTuple

from api.db import database
from api.lists.pagination import page_query
from api.store.rows import converters

STAND_INS = (str, int, date)  # the types of values a stand-in replaces (exactly: no bool)
PLAIN_KEYS = ((str,), (int,))  # sort keys whose cursor values reach SQL as they are


class Statement(NamedTuple):
    sql: str
    params: list


class Compiled(NamedTuple):
    """A page's sort keys, its statement and row plan (store/rows.py), its count's statement."""

    keys: list
    page: Statement
    plan: list
    count: Statement


def compile_page(listing, args, where, after):
    """The statements of one page (Listing.select -> pagination.page_query), with these
    values; `after(keys)` gives the cursor's values once the sort keys are known."""
    columns = listing.document_columns(args) if listing.spliced else ()
    query, keys = listing.select(args, where, columns)
    page = page_query(query, keys, after(keys), args["limit"])
    counted = listing.counted(query, args, where).order_by()
    return Compiled(keys, Statement(*page.sql()), converters(page), Statement(*counted.sql()))


def statements(listing, args, where, decode):
    """Compiled statements of this request's page, with its values; `decode(keys)` reads
    its cursor (a 404 for another list's)."""
    form, values = form_of(listing, args) if where is None else (None, None)
    first = None if form is None else template(type(database.obj), listing, form, None)
    if first is None:
        return compile_page(listing, args, where, decode)
    after = decode(first.keys)
    paged = first
    if after is not None:
        # a null sorts apart (SQL of its own); a date key's value is parsed from the cursor's text
        plain = all(v is None or k.types in PLAIN_KEYS for k, v in zip(first.keys, after, strict=True))
        after_form = tuple(None if v is None else type(v) for v in after)
        paged = template(type(database.obj), listing, form, after_form) if plain else None
        if paged is None:
            return compile_page(listing, args, where, lambda keys: after)
        values = values + [v for v in after if v is not None]
    return Compiled(paged.keys, fill(paged.page, values), paged.plan, fill(first.count, values))


def form_of(listing, args):
    """(form, values): what the request's SQL depends on besides the values it compares,
    and those values in order; (None, None) when it must be compiled for itself alone."""
    if {"q", "facet"} & args.keys():
        return None, None
    form, values = [], []
    for name, value in sorted(args.items()):
        if name in ("fields", "cursor", "format"):  # not in the SQL, or read by statements()
            continue
        flt = listing.param_filters.get(name)
        if flt is None:  # limit, sort, expand
            form.append((name, "as is", tuple(value) if isinstance(value, list) else value))
            continue
        items = value if isinstance(value, list) else [value]
        if not flt.opaque or any(type(v) not in STAND_INS for v in items):
            return None, None
        form.append((name, isinstance(value, list), tuple(type(v) for v in items)))
        values += items
    return tuple(form), values


def stand_in(kind, number, round_):
    """The `number`th stand-in of a type, in one of two rounds: unlike any real value or
    constant, and unlike the other round's."""
    if kind is str:
        return f"\x1f{round_}:{number}\x1f"
    if kind is int:
        return 8 * 10**18 + round_ * 10**9 + number  # within 64 bits, as a database takes
    return date.fromordinal(round_ * 1_000_000 + number + 1)


@lru_cache(maxsize=1024)
def template(database_type, listing, form, after_form):
    """The statements of a form, on this type of database, with slots for a request's values;
    None where the stand-ins show they cannot be (see the module's doc)."""
    rounds = []
    for round_ in (1, 2):
        numbered = iter(range(10**6))
        args, stand_ins = {}, []
        for name, how, what in form:
            if how == "as is":
                args[name] = list(what) if isinstance(what, tuple) else what
                continue
            items = [stand_in(kind, next(numbered), round_) for kind in what]
            stand_ins += items
            args[name] = items if how else items[0]
        after = None
        if after_form is not None:
            after = [None if kind is None else stand_in(kind, next(numbered), round_) for kind in after_form]
            stand_ins += [v for v in after if v is not None]
        rounds.append((stand_ins, compile_page(listing, args, None, lambda keys, after=after: after)))
    (ours, one), (theirs, two) = rounds
    if one.page.sql != two.page.sql or one.count.sql != two.count.sql:
        return None
    page, count = slots(one.page, two.page, ours, theirs), slots(one.count, two.count, ours, theirs)
    if page is None or count is None:
        return None
    return Compiled(one.keys, Statement(one.page.sql, page), one.plan, Statement(one.count.sql, count))


class Slot(NamedTuple):
    """A slot for the request's `number`th value."""

    number: int


def slots(one, two, ours, theirs):
    """Each parameter of a statement compiled in both rounds: a Slot where both rounds
    have their stand-in of one number, the constant where both have the same; None where
    neither holds (a value turned into another)."""
    numbers = {}
    for number, value in enumerate(ours):
        numbers[type(value), value] = number
    found = []
    for mine, other in zip(one.params, two.params, strict=True):
        try:
            number = numbers.get((type(mine), mine))
        except TypeError:  # unhashable: not a stand-in
            number = None
        if number is not None and type(other) is type(theirs[number]) and other == theirs[number]:
            found.append(Slot(number))
        elif type(mine) is type(other) and mine == other:
            found.append(mine)
        else:
            return None
    return found


def fill(statement, values):
    """A template's statement with a request's values in its slots."""
    return Statement(statement.sql, [values[p.number] if type(p) is Slot else p for p in statement.params])

"""The SQL of a list's requests, compiled by peewee once per shape of request.

peewee compiles a query by walking its tree of nodes, which costs more than SQLite takes
to run an indexed one (an expo's page of 50 deals: compiling its page and count took
about a sixth of its CPU; a statistic's grouping and total, a third). Two requests that
differ only in the values they compare (`?expo=a` and `?expo=b`, two cursors of one
sort) have the same SQL with other parameters. So a request's statements are compiled
once per *form* -- which parameters are given, the types of their values, and, as they
are, the others (sort, expansions, limit, `group_by`) -- from stand-in values, and each
request fills in its own values.

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
from itertools import count
from typing import NamedTuple

from api.db import database
from api.store.rows import converters, rows_of

STAND_INS = (str, int, date)  # the types of values a stand-in replaces (exactly: no bool)
PLAIN_KEYS = ((str,), (int,))  # sort keys whose cursor values reach SQL as they are


class Statement(NamedTuple):
    """SQL, its parameters, and the plan of its rows (store/rows.py converters)."""

    sql: str
    params: list
    plan: list


class Compiled(NamedTuple):
    """A request's sort keys (a page's; none for others) and its statements, in the order
    its `build` gives their queries."""

    keys: list
    statements: tuple


def compile_queries(build, args, after):
    """Compile what `build(args, after)` returns: (sort keys, queries)."""
    keys, queries = build(args, after)
    return Compiled(keys, tuple(Statement(*query.sql(), converters(query)) for query in queries))


def statements(build, listing, args, decode=lambda keys: None):
    """Compiled statements of this request, with its values. `build(args, after)` gives the
    sort keys and the queries of `listing`'s request; `after(keys)`, the values of a page's
    cursor, read by `decode(keys)` (a 404 for another list's)."""
    form, values = form_of(listing, args)
    first = None if form is None else template(type(database.obj), build, form, None)
    if first is None:
        return compile_queries(build, args, decode)
    after = decode(first.keys)
    paged = first
    if after is not None:
        # a null sorts apart (SQL of its own); a date key's value is parsed from the cursor's text
        plain = all(v is None or k.types in PLAIN_KEYS for k, v in zip(first.keys, after, strict=True))
        after_form = tuple(None if v is None else type(v) for v in after)
        paged = template(type(database.obj), build, form, after_form) if plain else None
        if paged is None:
            return compile_queries(build, args, lambda keys: after)
        values = values + [v for v in after if v is not None]
    return Compiled(paged.keys, tuple(fill(statement, values) for statement in paged.statements))


def rows(statement):
    """The row dicts of a statement."""
    return rows_of(database.execute_sql(statement.sql, statement.params), statement.plan)


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
        if flt is None:  # limit, sort, expand, group_by
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
def template(database_type, build, form, after_form):
    """The statements `build` gives for a form, on this type of database, with slots for a
    request's values; None where the stand-ins show they cannot be (see the module's doc)."""
    rounds = []
    for round_ in (1, 2):
        numbered = count()
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
        rounds.append((stand_ins, compile_queries(build, args, lambda keys, after=after: after)))
    (ours, one), (theirs, two) = rounds
    kept = []
    for mine, other in zip(one.statements, two.statements, strict=True):
        params = slots(mine, other, ours, theirs) if mine.sql == other.sql else None
        if params is None:
            return None
        kept.append(mine._replace(params=params))
    return Compiled(one.keys, tuple(kept))


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
    return statement._replace(params=[values[p.number] if type(p) is Slot else p for p in statement.params])

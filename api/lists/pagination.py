"""Keyset (cursor) pagination and the `{data, meta, links}` list envelope.

A cursor carries the sort key values of the last record of a page, so the next
page is a `WHERE (keys) > (last keys)` seek on an index, whatever its depth.
Nulls sort last in both directions on every backend.
"""

import base64
import binascii
import json
import math
from collections import OrderedDict
from datetime import date, datetime
from typing import NamedTuple
from urllib.parse import urlencode

from flask import current_app, g, request
from peewee import SQL, NodeList, Tuple

from api.db import database
from api.http.errors import unknown_parameter_value
from api.http.text import storable_text
from api.store.rows import dict_rows


class Key(NamedTuple):
    """One sort key: an expression, its direction, its name in a row dict, whether it
    can be null, and the JSON types of its values in a cursor."""

    expr: object
    descending: bool
    name: str
    null: bool
    types: tuple


INTEGER_TYPES = {"INT", "BIGINT", "SMALLINT", "AUTO", "BIGAUTO"}


class IsoDate(str):
    """The JSON type of a date key's cursor values: a string that is an ISO date."""

    parse = date.fromisoformat


class IsoDateTime(str):
    """The JSON type of a moment key's cursor values (as the database returns them)."""

    parse = datetime.fromisoformat


TEXT_TYPES = {"DATE": (IsoDate,), "DATETIME": (IsoDateTime,)}


def key(field, descending=False):
    """The key of a column: integers, dates and moments (as ISO strings), or text."""
    types = (int,) if field.field_type in INTEGER_TYPES else TEXT_TYPES.get(field.field_type, (str,))
    return Key(field, descending, field.name, field.null, types)


def sort_spec(keys):
    """The sort a cursor belongs to, e.g. `-start_date,name,id`."""
    return ",".join(("-" if k.descending else "") + k.name for k in keys)


# what every cursor looks like: base64url (unpadded) of `{"s": "<sort>", "k": [<values>]}`; the
# query string schema checks it (400 otherwise), decode_cursor what it says (404 otherwise)
CURSOR_SHAPE = "^eyJzIjo[A-Za-z0-9_-]{3,993}$"


def encode_cursor(keys, values):
    raw = json.dumps({"s": sort_spec(keys), "k": values}, default=str, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


INT64 = range(-(2**63), 2**63)


def fits(key, value):
    """Whether a cursor's value is one its sort key can hold, so that a forged cursor is a
    400 and never reaches the database: a string compared with a bigint, an integer beyond
    64 bits, a NUL (PostgreSQL) or a lone surrogate (not UTF-8) in text, a non-date
    compared with a date, each fails the query."""
    if value is None:
        return key.null
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return int in key.types and value in INT64
    if isinstance(value, float):
        return float in key.types and math.isfinite(value)
    texts = [t for t in key.types if issubclass(t, str)]
    if not isinstance(value, str) or not texts or not storable_text(value):
        return False
    for kind in texts:
        if kind is not str:
            try:
                kind.parse(value)
            except ValueError:
                return False
    return True


def decode_cursor(cursor, keys):
    """The sort key values a cursor of this sort carries, or a 404: a well-formed cursor is an
    opaque name of a page, and one of another list or sort names no page of this one (no
    OpenAPI document can tell them apart, as none can tell a record's id from an unknown one)."""
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        values = data["k"]
        valid = data["s"] == sort_spec(keys) and isinstance(values, list) and len(values) == len(keys)
        valid = valid and all(fits(k, v) for k, v in zip(keys, values, strict=True))
    except (ValueError, TypeError, KeyError, binascii.Error):
        valid = False
    if not valid:
        unknown_parameter_value("cursor", "Not a cursor of this list and sort; start again without it.")
    return values


def order_by(keys):
    """Nulls last; said only for keys that can be null, so an index on a NOT NULL
    key (the id) serves either direction on PostgreSQL."""
    nulls = [{"nulls": "LAST"} if k.null else {} for k in keys]
    return [k.expr.desc(**n) if k.descending else k.expr.asc(**n) for k, n in zip(keys, nulls, strict=True)]


def after(keys, values):
    """The condition selecting the rows that sort after `values` under `keys`. Where the
    leading key can be null and `values` has one, only the rows that have one: those without
    come after them all, and no index range holds both, so the next page walked the index from
    its first row (`sort=signed_on` nine tenths in: 300 ms at 1M deals, an export of it
    quadratic). `null_tail` reads them when a page runs short of keyed rows."""
    directions = {k.descending for k in keys}
    if not any(k.null for k in keys) and len(directions) == 1:
        # one row-value comparison, which an index on the keys can seek
        exprs = Tuple(*(k.expr for k in keys))
        return exprs < Tuple(*values) if directions.pop() else exprs > Tuple(*values)
    condition = None
    equal_so_far = None
    for position, (k, value) in enumerate(zip(keys, values, strict=True)):
        if value is None:
            step, same = None, k.expr.is_null()
        else:
            beyond = k.expr < value if k.descending else k.expr > value
            step = (beyond | k.expr.is_null()) if k.null and position else beyond
            same = k.expr == value
        if step is not None:
            clause = step if equal_so_far is None else (equal_so_far & step)
            condition = clause if condition is None else (condition | clause)
        equal_so_far = same if equal_so_far is None else (equal_so_far & same)
    first, value = keys[0], values[0]
    if value is not None:
        # the same rows, bounded on the leading key: an index can seek to that bound, where
        # it walked the OR above from the first page on (a page of `sort=-title` 90% deep:
        # 86 ms at 1M deals against 2 for the first)
        condition = (first.expr <= value if first.descending else first.expr >= value) & condition
    return condition


def null_tail(query, keys, values, found, limit):
    """`found`, the rows of a page or batch read after `values` (page_query, or after()),
    followed, when it runs short, by the rows of `query` without a leading key: after()
    leaves them out, and they come after all others, in the order of the other keys."""
    if len(found) >= limit or values is None or values[0] is None or not keys[0].null:
        return found
    nulls = query.where(keys[0].expr.is_null()).order_by(*order_by(keys[1:]))
    return found + dict_rows(nulls.limit(limit - len(found)))


def url_with(**changes):
    """This request's URL (path and query) with some parameters replaced."""
    params = [(k, v) for k, v in request.args.items(multi=True) if k not in changes]
    params += [(k, v) for k, v in changes.items() if v is not None]
    query = urlencode(params, safe="[],")
    return f"{request.path}?{query}" if query else request.path


COUNTS_KEPT = 1024
COUNT_CAP = 1000  # meta.total is exact up to this many matches (docs/contract.md: Counting)


class Total(NamedTuple):
    number: int
    exact: bool


def exact_count_preferred():
    """Whether the request says `Prefer: count=exact` (RFC 7240; PostgREST's name). Read from
    the WSGI environ, where the server joins repeated headers: werkzeug's getlist walks it all."""
    for preference in request.environ.get("HTTP_PREFER", "").split(","):
        name, _, value = preference.split(";")[0].partition("=")
        if name.strip().lower() == "count" and value.strip().strip('"').lower() == "exact":
            return True
    return False


def count(query):
    """How many rows `query` matches: counted() of its SQL."""
    return counted(*query.order_by().sql())


def counted(sql, params):
    """How many rows a list's filters match (`sql`: the page's query unordered), counted up
    to COUNT_CAP + 1 rows, so the cost stays bounded however many match (unless the request
    prefers an exact count). Each worker also memoizes counts for the database revision the
    request started at: any write bumps the revision, so a kept total is never stale."""
    exact = exact_count_preferred()
    if not exact:
        sql = f"{sql} LIMIT {COUNT_CAP + 1}"
    key = (g.get("revision"), exact, sql, tuple(params))
    counts = current_app.extensions.setdefault("list_counts", OrderedDict())
    if key[0] is None or key not in counts:
        (found,) = database.execute_sql(f"SELECT COUNT(*) FROM ({sql}) AS counted", params).fetchone()
        if key[0] is None:
            return capped(found, exact)
        counts[key] = found
        if len(counts) > COUNTS_KEPT:
            counts.popitem(last=False)
    return capped(counts[key], exact)


def capped(found, exact):
    return Total(found, True) if exact or found <= COUNT_CAP else Total(COUNT_CAP, False)


def page_query(query, keys, after_values, limit):
    """`query` in `keys` order, after `after_values` (None: from the start), one row more
    than `limit`: whether that row comes says whether a next page does (cut)."""
    ordered = keys
    if after_values is not None and after_values[0] is None:
        # past the last record with a leading key (nulls come last), every record has none:
        # ordered by that constant, SQLite sorted them all (a deep page of `sort=-projects`)
        ordered = keys[1:]
    page = query.order_by(*order_by(ordered))
    if after_values is not None:
        page = page.where(after(keys, after_values))
    return page.limit(limit + 1)


def few_first(query, keys, after_values, limit):
    """page_query for a page whose filters match at most COUNT_CAP rows, on SQLite: each
    sort key behind a unary `+`, which no index matches, so the planner reads the rows
    through the filters' indexes and sorts those few, instead of walking the sort's index
    through every row the filters refuse (`?enterprises[lte]=3&sort=-signed_on`: the
    million deals of the date index for none, 2.5 s). Its planner has no statistics of
    ranges to see that for itself (no STAT4); PostgreSQL's has."""
    hidden = [k._replace(expr=NodeList((SQL("+"), k.expr), glue="")) for k in keys]
    return page_query(query, hidden, after_values, limit)


def cut(found, keys, limit):
    """The row dicts of a page_query: up to `limit` of them, and the cursor of the next page
    (None on the last)."""
    if len(found) <= limit:
        return found, None
    found = found[:limit]
    return found, encode_cursor(keys, [found[-1][k.name] for k in keys])


def read(query, keys, values, count):
    """Up to `count` row dicts of `query` in `keys` order after `values` (None: from the start)."""
    found = dict_rows(page_query(query, keys, values, count - 1))  # (a page's query reads one more)
    return null_tail(query, keys, values, found, count)


def rows(query, keys, after_values, limit):
    """Up to `limit` row dicts of `query` in `keys` order after `after_values`, and the cursor
    of the next page (None on the last)."""
    return cut(read(query, keys, after_values, limit + 1), keys, limit)


def envelope(records, limit, next_cursor, total):
    """The `{data, meta, links}` page (`total` from count()) and its headers."""
    next_link = url_with(cursor=next_cursor) if next_cursor else None
    body = {
        "data": records,
        "meta": {
            "limit": limit,
            "next_cursor": next_cursor,
            "total": total.number,
            "total_exact": total.exact,
        },
        "links": {"self": url_with(), "next": next_link},
    }
    headers = {}  # Vary: Prefer is a paged read's, its 304 included (api/http/conditional.py)
    if exact_count_preferred():
        headers["Preference-Applied"] = "count=exact"
    if next_link:
        headers["Link"] = f'<{next_link}>; rel="next"'
    return body, headers

"""Keyset (cursor) pagination and the `{data, meta, links}` list envelope.

A cursor carries the sort key values of the last record of a page, so the next
page is a `WHERE (keys) > (last keys)` seek on an index, whatever its depth.
Nulls sort last in both directions on every backend.
"""

import base64
import binascii
import json
from collections import OrderedDict
from typing import NamedTuple
from urllib.parse import urlencode

from flask import current_app, g, request
from peewee import Tuple

from api.http.errors import bad_parameter
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


def key(field, descending=False):
    """The key of a column: integers, or text (dates travel as ISO strings)."""
    types = (int,) if field.field_type in INTEGER_TYPES else (str,)
    return Key(field, descending, field.name, field.null, types)


def sort_spec(keys):
    """The sort a cursor belongs to, e.g. `-start_date,name,id`."""
    return ",".join(("-" if k.descending else "") + k.name for k in keys)


def encode_cursor(keys, values):
    raw = json.dumps({"s": sort_spec(keys), "k": values}, default=str, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def fits(key, value):
    """Whether a cursor's value has its sort key's type: a string compared with a bigint
    fails the query on PostgreSQL."""
    if value is None:
        return key.null
    return isinstance(value, key.types) and not isinstance(value, bool)


def decode_cursor(cursor, keys):
    """The sort key values a cursor of this sort carries, or a 400."""
    try:
        data = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        values = data["k"]
        valid = data["s"] == sort_spec(keys) and isinstance(values, list) and len(values) == len(keys)
        valid = valid and all(fits(k, v) for k, v in zip(keys, values, strict=True))
    except (ValueError, TypeError, KeyError, binascii.Error):
        valid = False
    if not valid:
        bad_parameter("cursor", "Not a cursor of this list and sort; start again without it.")
    return values


def order_by(keys):
    return [k.expr.desc(nulls="LAST") if k.descending else k.expr.asc(nulls="LAST") for k in keys]


def after(keys, values):
    """The condition selecting the rows that sort after `values` under `keys`."""
    directions = {k.descending for k in keys}
    if not any(k.null for k in keys) and len(directions) == 1:
        # one row-value comparison, which an index on the keys can seek
        exprs = Tuple(*(k.expr for k in keys))
        return exprs < Tuple(*values) if directions.pop() else exprs > Tuple(*values)
    condition = None
    equal_so_far = None
    for k, value in zip(keys, values, strict=True):
        if value is None:
            step, same = None, k.expr.is_null()
        else:
            beyond = k.expr < value if k.descending else k.expr > value
            step = (beyond | k.expr.is_null()) if k.null else beyond
            same = k.expr == value
        if step is not None:
            clause = step if equal_so_far is None else (equal_so_far & step)
            condition = clause if condition is None else (condition | clause)
        equal_so_far = same if equal_so_far is None else (equal_so_far & same)
    return condition


def url_with(**changes):
    """This request's URL (path and query) with some parameters replaced."""
    params = [(k, v) for k, v in request.args.items(multi=True) if k not in changes]
    params += [(k, v) for k, v in changes.items() if v is not None]
    query = urlencode(params, safe="[],")
    return f"{request.path}?{query}" if query else request.path


COUNTS_KEPT = 1024


def count(query):
    """How many rows a list's filters match. A COUNT over a large table costs
    more than the whole page, so each worker memoizes it for the database
    revision the request started at: any write bumps the revision, so a kept
    total is never stale."""
    revision = g.get("revision")
    if revision is None:
        return query.count()
    counts = current_app.extensions.setdefault("list_counts", OrderedDict())
    sql, params = query.sql()
    key = (revision, sql, tuple(params))
    if key not in counts:
        counts[key] = query.count()
        if len(counts) > COUNTS_KEPT:
            counts.popitem(last=False)
    return counts[key]


def rows(query, keys, after_values, limit):
    """Up to `limit` row dicts of `query` in `keys` order after `after_values` (None: from
    the start), and the cursor of the next page (None on the last)."""
    page = query.order_by(*order_by(keys))
    if after_values is not None:
        page = page.where(after(keys, after_values))
    found = dict_rows(page.limit(limit + 1))
    if len(found) <= limit:
        return found, None
    found = found[:limit]
    return found, encode_cursor(keys, [found[-1][k.name] for k in keys])


def envelope(records, limit, next_cursor, total):
    """The `{data, meta, links}` page and its `Link` header."""
    next_link = url_with(cursor=next_cursor) if next_cursor else None
    body = {
        "data": records,
        "meta": {"limit": limit, "next_cursor": next_cursor, "total": total},
        "links": {"self": url_with(), "next": next_link},
    }
    headers = {"Link": f'<{next_link}>; rel="next"'} if next_link else {}
    return body, headers

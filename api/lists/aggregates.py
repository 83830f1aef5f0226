"""Aggregates over a list: the same filters as the list (its `Listing`), grouping and sums in
SQL, so that only the groups (a few rows) reach Python. Each resource declares its own
`/stats/<resource>` with the rows it aggregates (api/resources/deals.py, expos.py)."""

from peewee import fn


def filter_fields(listing):
    """The parameters that narrow `listing` (its filters and `q`), as its list declares them."""
    declared = listing.args_schema().fields
    names = {param for name, flt in listing.filters.items() for param in flt.fields(name)} | {"q"}
    return {name: field for name, field in declared.items() if name in names}


def by_key(groups):
    """Groups sorted by key, null last (in Python: the same order on every backend)."""
    return sorted(groups, key=lambda group: (group["key"] is None, group["key"] or 0))


SPLIT = 2**32


def split_sum(expr, name):
    """The sum of a non-negative bigint column as two sums that cannot overflow 64 bits
    (SQLite's SUM fails past them): of its high and of its low 32 bits."""
    high = expr / SPLIT  # integer division on both backends (peewee's `%` is LIKE, not modulo)
    return fn.SUM(high).alias(f"{name}_hi"), fn.SUM(expr - high * SPLIT).alias(f"{name}_lo")


def joined(row, name):
    """The exact sum that split_sum took apart (PostgreSQL sums bigints as numeric)."""
    return int(row[f"{name}_hi"]) * SPLIT + int(row[f"{name}_lo"])

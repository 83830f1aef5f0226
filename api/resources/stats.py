"""Aggregates over the curated records: expos counted, and deals counted with
their amounts totalled per currency, by one key.

The records are narrowed by the same `Listing` as their list, so every filter
means the same here; grouping and sums run in SQL, and only the groups (a few
rows) reach Python.
"""

from collections import defaultdict

from flask.views import MethodView
from peewee import JOIN, SQL, NodeList, Value, fn

from api.db import is_postgres
from api.http.openapi import Blueprint
from api.resources.deals import DEALS
from api.resources.expos import EXPOS
from api.store.models import Deal, DealInclusion, Expo
from schemas.common import BASES
from schemas.stats import (
    AMOUNT_RULE,
    DEAL_GROUPS,
    EXPO_GROUPS,
    DealStatsSchema,
    ExpoStatsSchema,
    stats_args_schema,
)

blp = Blueprint(
    "stats",
    __name__,
    url_prefix="/api/v1/stats",
    description="Aggregates over the curated records.",
)


def filter_fields(listing):
    """The parameters that narrow `listing` (its filters and `q`), as its list declares them."""
    declared = listing.args_schema().fields
    names = {param for name, flt in listing.filters.items() for param in flt.fields(name)} | {"q"}
    return {name: field for name, field in declared.items() if name in names}


DEAL_STATS_ARGS = stats_args_schema("DealStatsArgs", DEAL_GROUPS, "currency", filter_fields(DEALS))
EXPO_STATS_ARGS = stats_args_schema("ExpoStatsArgs", EXPO_GROUPS, "year", filter_fields(EXPOS))


def by_sector(query):
    """One row per sector of each deal. A deal without sectors unnests as `[null]`,
    one null sector, so that the cross join keeps it (under key null)."""
    sectors = fn.COALESCE(
        fn.NULLIF(Deal.sectors, Value("[]", converter=False)), Value("[null]", converter=False)
    )
    if is_postgres():
        unnest = NodeList((fn.jsonb_array_elements_text(sectors.cast("jsonb")), SQL("AS sector(value)")))
    else:
        unnest = NodeList((fn.json_each(sectors), SQL("AS sector")))
    return query.join(unnest, JOIN.CROSS), SQL("sector.value")


# group_by -> (the deals query, joined as the key needs) and the key
DEAL_KEYS = {
    "expo": lambda query: (query, Deal.expo),
    "delegation": lambda query: (query, Deal.delegation),
    "year": lambda query: (query.join_from(Deal, Expo), Expo.year),  # the year of the deal's expo
    "sector": by_sector,
    "currency": lambda query: (query, Deal.amount_currency),
}


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


def basis():
    """The basis of a deal's amount (rows written before migration 004 were all `reported`)."""
    # a literal, not a parameter: PostgreSQL matches the GROUP BY expression to the selected one
    return fn.COALESCE(Deal.amount_basis, SQL("'reported'"))


def deal_groups(rows, overlaps):
    """Rows of (key, currency, basis) counts and sums -> one group per key, one total per currency
    and basis; cumulative totals are counted apart, and `overlaps` taken out of their totals."""
    groups, totals = {}, {}
    for row in rows:
        key = row["key"]
        group = groups.setdefault(
            key, {"key": key, "deals": 0, "without_amount": 0, "cumulative": 0, "amounts": []}
        )
        group["deals"] += row["deals"]
        if row["currency"] is None:  # no amount: every amount has a currency
            group["without_amount"] += row["deals"]
            continue
        if row["basis"] == "cumulative":  # a total over several years or editions: summed nowhere
            group["cumulative"] += row["deals"]
            continue
        total = {
            "currency": row["currency"],
            "basis": row["basis"],
            "deals": row["deals"],
            "included": 0,
            "low": joined(row, "low"),
            "high": joined(row, "high") if row["bounded"] else 0,  # none bounded: SUM is null
            "unbounded_high": row["deals"] - row["bounded"],
        }
        group["amounts"].append(total)
        totals[key, row["currency"], row["basis"]] = total
    for key, currency, kind, low, high in overlaps:
        total = totals[key, currency, kind]
        total["deals"] -= 1
        total["included"] += 1
        total["low"] -= low or 0
        if high is None:
            total["unbounded_high"] -= 1
        else:
            total["high"] -= high
    for group in groups.values():
        for total in group["amounts"]:
            if total["unbounded_high"]:
                total["high"] = None
        group["amounts"].sort(key=lambda total: (total["currency"], BASES.index(total["basis"])))
    return by_key(groups.values())


def overlaps(deals, group_by):
    """(key, currency, basis, low, high) of every amount that an aggregate in the same total
    (same key, currency and basis, among the matching deals) already counts, directly or
    through other aggregates: it is not added again. Inclusions are curated links, few."""
    parents = defaultdict(set)
    for aggregate, included in DealInclusion.select(DealInclusion.deal, DealInclusion.included).tuples():
        parents[included].add(aggregate)
    if not parents:
        return []
    involved = set(parents) | set().union(*parents.values())
    query, key = DEAL_KEYS[group_by](deals.where(Deal.id.in_(sorted(involved))))
    rows = list(
        query.select(Deal.id, key, Deal.amount_currency, basis(), Deal.amount_low, Deal.amount_high).tuples()
    )
    members = defaultdict(set)
    for deal_id, key_value, currency, kind, _, _ in rows:
        members[key_value, currency, kind].add(deal_id)

    def ancestors(deal_id):
        found, pending = set(), list(parents[deal_id])
        while pending:
            if (node := pending.pop()) not in found:
                found.add(node)
                pending += parents[node]
        return found

    return [
        (key_value, currency, kind, low, high)
        for deal_id, key_value, currency, kind, low, high in rows
        if currency is not None
        and kind != "cumulative"
        and ancestors(deal_id) & members[key_value, currency, kind]
    ]


@blp.route("/deals")
class DealStats(MethodView):
    @blp.read(DealStatsSchema, operation_id="getDealStats", may_be_missing=False)
    @blp.arguments(DEAL_STATS_ARGS, location="query", as_kwargs=True)
    @blp.doc(
        description="The deals matching the filters (the same as on `listDeals`), counted by "
        "`group_by`, with their amounts totalled. With `group_by=sector` a deal counts in the group "
        "of each of its sectors (deals without sectors under key null), so the groups may add up to "
        f"more than `total_deals`. {AMOUNT_RULE}"
    )
    def get(self, group_by, **args):
        """Count deals and total their amounts, by one key"""
        deals, _ = DEALS.select(args)
        query, key = DEAL_KEYS[group_by](deals)
        rows = (
            query.select(
                key.alias("key"),
                Deal.amount_currency.alias("currency"),
                basis().alias("basis"),
                fn.COUNT(Deal.id).alias("deals"),
                *split_sum(fn.COALESCE(Deal.amount_low, 0), "low"),  # a missing low bound counts as 0
                *split_sum(Deal.amount_high, "high"),
                fn.COUNT(Deal.amount_high).alias("bounded"),
            )
            .group_by(key, Deal.amount_currency, basis())
            .dicts()
        )
        groups = deal_groups(rows, overlaps(deals, group_by))
        return {"group_by": group_by, "total_deals": deals.count(), "groups": groups}


@blp.route("/expos")
class ExpoStats(MethodView):
    @blp.read(ExpoStatsSchema, operation_id="getExpoStats", may_be_missing=False)
    @blp.arguments(EXPO_STATS_ARGS, location="query", as_kwargs=True)
    @blp.doc(
        description="The expos matching the filters (the same as on `listExpos`), counted by `group_by`."
    )
    def get(self, group_by, **args):
        """Count expos by one key"""
        expos, _ = EXPOS.select(args)
        key = getattr(Expo, group_by)
        groups = list(expos.select(key.alias("key"), fn.COUNT(Expo.id).alias("expos")).group_by(key).dicts())
        # each expo is in exactly one group
        return {
            "group_by": group_by,
            "total_expos": sum(g["expos"] for g in groups),
            "groups": by_key(groups),
        }

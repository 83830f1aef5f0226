"""Aggregates over the curated records: expos counted, and deals counted with
their amounts totalled per currency, by one key.

The records are narrowed by the same `Listing` as their list, so every filter
means the same here; grouping and sums run in SQL, and only the groups (a few
rows) reach Python.
"""

from flask.views import MethodView
from peewee import JOIN, SQL, NodeList, Value, fn

from api.db import is_postgres
from api.http.openapi import Blueprint
from api.resources.deals import DEALS
from api.resources.expos import EXPOS
from api.store.models import Deal, Expo
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


def deal_groups(rows):
    """Rows of (key, currency) counts and sums -> one group per key, one total per currency."""
    groups = {}
    for row in rows:
        key = row["key"]
        group = groups.setdefault(key, {"key": key, "deals": 0, "without_amount": 0, "amounts": []})
        group["deals"] += row["deals"]
        if row["currency"] is None:  # no amount: every amount has a currency
            group["without_amount"] += row["deals"]
            continue
        unbounded = row["deals"] - row["bounded"]
        group["amounts"].append(
            {
                "currency": row["currency"],
                "deals": row["deals"],
                "low": int(row["low"]),  # PostgreSQL sums bigints as numeric
                "high": None if unbounded else int(row["high"]),
                "unbounded_high": unbounded,
            }
        )
    for group in groups.values():
        group["amounts"].sort(key=lambda total: total["currency"])
    return by_key(groups.values())


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
                fn.COUNT(Deal.id).alias("deals"),
                fn.SUM(fn.COALESCE(Deal.amount_low, 0)).alias("low"),  # a missing low bound counts as 0
                fn.SUM(Deal.amount_high).alias("high"),
                fn.COUNT(Deal.amount_high).alias("bounded"),
            )
            .group_by(key, Deal.amount_currency)
            .dicts()
        )
        return {"group_by": group_by, "total_deals": deals.count(), "groups": deal_groups(rows)}


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

from collections import defaultdict

from flask.views import MethodView
from marshmallow import fields
from peewee import JOIN, SQL, NodeList, Select, Value, fn

from api.db import database, is_postgres
from api.http.bodies import JSON, MERGE_PATCH
from api.http.openapi import Blueprint
from api.lists import compiled, facets
from api.lists.aggregates import by_key, filter_fields, joined, split_sum
from api.lists.filters import AnyOf, FigureRange, Inferred, Range, Tagged, linked
from api.lists.listing import Listing, embed
from api.resources.paths import DEAL_ID, DELEGATION_ID, EXPO_ID, ORGANIZATION_ID
from api.store.integrity import no_cycle
from api.store.models import (
    Deal,
    DealInclusion,
    DealParty,
    DealSector,
    Delegation,
    Expo,
    Organization,
    Source,
    figure_sort,
)
from api.store.records import require
from api.store.writes import Records
from schemas.common import BASES, CURRENCIES, QUALIFIERS
from schemas.deals import DEAL_KINDS, DEAL_SCOPES, DealPageSchema, DealSchema
from schemas.stats import AMOUNT_RULE, DEAL_GROUPS, DealStatsSchema, stats_args_schema

blp = Blueprint(
    "deals",
    __name__,
    url_prefix="/api/v1",
    description="Purchase orders, signed projects, intended turnover and investments reported at expos.",
)

DEALS = Listing(
    Deal,
    DealSchema,
    "deals",
    filters={
        "expo": AnyOf(Deal.expo, "Id of the expo it was reported at.", ["ciie-2019"]),
        "delegation": AnyOf(
            Deal.delegation, "Id of the delegation it is credited to.", ["qingpu-delegation-ciie-2023"]
        ),
        "organization": AnyOf(
            None,
            "Id of an organization party to it (in any role).",
            ["dow"],
            match=linked(Deal, DealParty, DealParty.deal, DealParty.organization),
        ),
        "kind": AnyOf(Deal.kind, "What sort of agreement.", ["purchase_order"], choices=DEAL_KINDS),
        "scope": AnyOf(
            Deal.scope, "`single` agreements or `aggregate` totals.", ["single"], choices=DEAL_SCOPES
        ),
        "currency": AnyOf(
            Deal.amount_currency, "Currency of the amount.", ["USD"], choices=sorted(CURRENCIES)
        ),
        "qualifier": AnyOf(Deal.amount_qualifier, "Qualifier of the amount.", ["exact"], choices=QUALIFIERS),
        "includes": AnyOf(
            None,
            "Id of a deal it includes (aggregates listing it).",
            ["changan-ford-qingling-auto-parts-2019"],
            match=linked(Deal, DealInclusion, DealInclusion.deal, DealInclusion.included),
        ),
        "basis": AnyOf(Deal.amount_basis, "What the amount is.", ["reported"], choices=BASES),
        "sector": Tagged(Deal, DealSector, ["automobile"]),
        "signed_on": Range(Deal.signed_on, fields.Date, "Day signed", "2019-11-05"),
        "amount": FigureRange(Deal, "amount", "Amount in whole currency units", 100000000),
        "projects": FigureRange(Deal, "projects", "Number of projects", 3),
        "enterprises": FigureRange(Deal, "enterprises", "Number of enterprises", 10),
        "inferred": Inferred(Deal, ["amount", "expo", "delegation", "signed_on"]),
    },
    sorts={
        "title": Deal.title,
        "kind": Deal.kind,
        "expo": Deal.expo,
        "signed_on": Deal.signed_on,
        "amount": figure_sort(Deal, "amount"),
        "projects": figure_sort(Deal, "projects"),
        "enterprises": figure_sort(Deal, "enterprises"),
    },
    facets={
        "kind": facets.column(Deal.kind),
        "expo": facets.column(Deal.expo),
        "delegation": facets.column(Deal.delegation),
        "organization": facets.linked(DealParty.deal, DealParty.organization),
        "sector": facets.linked(DealSector.deal, DealSector.sector),
    },
    expansions={
        "expo": embed(Expo, "expo"),
        "delegation": embed(Delegation, "delegation"),
        "parties": embed(Organization, "parties", "organization"),
        "includes": embed(Deal, "includes"),
        "sources": embed(Source, "sources", "source"),
    },
)


def credited_where_reported(data):
    """A deal credited to a delegation is reported at the expo that delegation attends."""
    if not data.get("delegation"):
        return []
    attends = Delegation.get_by_id(data["delegation"]).expo_id
    if attends != data["expo"]:
        return [
            {
                "pointer": "/delegation",
                "detail": f"This delegation attends '{attends}', not '{data['expo']}'.",
            }
        ]
    return []


def included_by(deal_id):
    return [
        row[0]
        for row in DealInclusion.select(DealInclusion.included).where(DealInclusion.deal == deal_id).tuples()
    ]


def only_aggregates_include(data):
    """A single agreement includes no other deal: only an aggregate's total counts others."""
    if data.get("includes") and data["scope"] != "aggregate":
        return [{"pointer": "/includes", "detail": "Only an `aggregate` deal can include other deals."}]
    return []


no_inclusion_cycle = no_cycle(
    "includes", included_by, "A deal cannot include itself, nor a deal that includes it."
)

RECORDS = Records(
    Deal, DealSchema(), rules=(credited_where_reported, only_aggregates_include, no_inclusion_cycle)
)


@blp.route("/deals")
class Deals(MethodView):
    @blp.read(DealPageSchema, operation_id="listDeals", paged=True, may_be_missing=False)
    @blp.arguments(DEALS.args_schema, location="query", as_kwargs=True)
    def get(self, **args):
        """List deals"""
        return DEALS.page(args)

    @blp.write(
        DealSchema, operation_id="createDeal", status=201, links=("get", "update", "delete"), body=DealSchema
    )
    def post(self):
        """Create a deal"""
        return RECORDS.create()


@blp.route("/deals/<deal_id>", parameters=DEAL_ID)
class DealItem(MethodView):
    @blp.read(DealSchema, operation_id="getDeal", links=("update", "delete"), record=Deal)
    @blp.arguments(DEALS.item_args_schema, location="query", as_kwargs=True)
    def get(self, deal_id, **args):
        """Get a deal"""
        return DEALS.item(deal_id, args)

    @blp.write(
        DealSchema,
        operation_id="updateDeal",
        links=("get", "delete"),
        status=200,
        body=DealSchema(partial=True),
        media_types=(MERGE_PATCH, JSON),
    )
    def patch(self, deal_id):
        """Correct a deal with a JSON merge patch (RFC 7396)"""
        return RECORDS.update(deal_id)

    @blp.write(None, operation_id="deleteDeal", status=204)
    def delete(self, deal_id):
        """Delete a deal"""
        return RECORDS.delete(deal_id)


@blp.route("/expos/<expo_id>/deals", parameters=EXPO_ID, tags=["expos"])
class ExpoDeals(MethodView):
    @blp.read(DealPageSchema, operation_id="listExpoDeals", paged=True)
    @blp.arguments(DEALS.args_schema, location="query", as_kwargs=True)
    def get(self, expo_id, **args):
        """List the deals reported at an expo"""
        require(Expo, expo_id)
        return DEALS.page(args, Deal.expo == expo_id)


@blp.route("/delegations/<delegation_id>/deals", parameters=DELEGATION_ID, tags=["delegations"])
class DelegationDeals(MethodView):
    @blp.read(DealPageSchema, operation_id="listDelegationDeals", paged=True)
    @blp.arguments(DEALS.args_schema, location="query", as_kwargs=True)
    def get(self, delegation_id, **args):
        """List the deals credited to a delegation"""
        require(Delegation, delegation_id)
        return DEALS.page(args, Deal.delegation == delegation_id)


@blp.route("/organizations/<organization_id>/deals", parameters=ORGANIZATION_ID, tags=["organizations"])
class OrganizationDeals(MethodView):
    @blp.read(DealPageSchema, operation_id="listOrganizationDeals", paged=True)
    @blp.arguments(DEALS.args_schema, location="query", as_kwargs=True)
    def get(self, organization_id, **args):
        """List the deals an organization is party to"""
        require(Organization, organization_id)
        parties = DealParty.select(DealParty.deal).where(DealParty.organization == organization_id)
        return DEALS.page(args, Deal.id.in_(parties))


# --- aggregates: /stats/deals, over the deals the list's filters select ------------------------

DEAL_STATS_ARGS = stats_args_schema("DealStatsArgs", DEAL_GROUPS, "currency", filter_fields(DEALS))


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


def overlaps(args, group_by):
    """(key, currency, basis, low, high) of every amount that an aggregate in the same total
    (same key, currency and basis, among the deals `args` select) already counts, directly
    or through other aggregates: it is not added again. Inclusions are curated links, few."""
    parents = defaultdict(set)
    for aggregate, included in DealInclusion.select(DealInclusion.deal, DealInclusion.included).tuples():
        parents[included].add(aggregate)
    if not parents:
        return []
    involved = set(parents) | set().union(*parents.values())
    deals, _ = DEALS.select(args)
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


@blp.route("/stats/deals", tags=["stats"])
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
        grouped, total = compiled.statements(stats_queries, DEALS, {**args, "group_by": group_by}).statements
        groups = deal_groups(compiled.rows(grouped), overlaps(args, group_by))
        (total_deals,) = database.execute_sql(total.sql, total.params).fetchone()
        return {"group_by": group_by, "total_deals": total_deals, "groups": groups}


def stats_queries(args, after):
    """The queries of a statistic: its groups (counts and sums by key, currency and basis)
    and its total of deals (as peewee's `count()` asks), compiled once per form."""
    deals, _ = DEALS.select(args)
    query, key = DEAL_KEYS[args["group_by"]](deals)
    grouped = query.select(
        key.alias("key"),
        Deal.amount_currency.alias("currency"),
        basis().alias("basis"),
        fn.COUNT(SQL("*")).alias("deals"),  # no column: the stats index covers the query
        *split_sum(fn.COALESCE(Deal.amount_low, 0), "low"),  # a missing low bound counts as 0
        *split_sum(Deal.amount_high, "high"),
        fn.COUNT(Deal.amount_high).alias("bounded"),
    ).group_by(key, Deal.amount_currency, basis())
    total = Select([deals.order_by().select(SQL("1")).alias("_wrapped")], [fn.COUNT(SQL("1"))])
    return [], (grouped, total.bind(database))

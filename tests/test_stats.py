"""The stats endpoints, checked against totals computed here from the fixture files."""

from collections import defaultdict

import pytest

from api.db import database
from api.store.models import Deal
from api.store.records import columns_of

from conftest import fixture_records, walk

DEAL_GROUPS = ("expo", "delegation", "year", "sector", "currency")
EXPO_GROUPS = ("year", "country", "kind")


def keys_in_order(keys):
    """Sorted, null last."""
    return sorted(k for k in keys if k is not None) + ([None] if None in keys else [])


def deal_keys(group_by, deal, expos):
    """The groups a deal counts in."""
    if group_by == "sector":
        return deal.get("sectors") or [None]
    if group_by == "year":
        return [expos[deal["expo"]].get("year")]
    if group_by == "currency":
        return [(deal.get("amount") or {}).get("currency")]
    return [deal.get(group_by)]


def total(amounts):
    """The interval holding the sum of some amounts of one currency."""
    unbounded = sum(1 for a in amounts if a["high"] is None)
    return {
        "currency": amounts[0]["currency"],
        "deals": len(amounts),
        "low": sum(a["low"] or 0 for a in amounts),
        "high": None if unbounded else sum(a["high"] for a in amounts),
        "unbounded_high": unbounded,
    }


BASES = ("reported", "expected", "intended")  # the order of a group's totals of one currency


def basis_of(deal):
    return deal["amount"].get("basis", "reported")


def ancestors(deal_id, everything):
    """The aggregates that include a deal, directly or through others."""
    parents = defaultdict(set)
    for deal in everything:
        for included in deal.get("includes", []):
            parents[included].add(deal["id"])
    found, pending = set(), list(parents[deal_id])
    while pending:
        if (node := pending.pop()) not in found:
            found.add(node)
            pending += parents[node]
    return found


def expected_deal_stats(group_by, deals, everything=None):
    """One total per currency and basis; cumulative amounts in none; an amount that an aggregate
    in the same total includes is not added again (`everything`: every stored deal)."""
    everything = fixture_records("deals") if everything is None else everything
    expos = {e["id"]: e for e in fixture_records("expos")}
    members = defaultdict(list)
    for deal in deals:
        for key in deal_keys(group_by, deal, expos):
            members[key].append(deal)
    groups = []
    for key in keys_in_order(members):
        by_total = defaultdict(list)
        for deal in members[key]:
            if deal.get("amount") and basis_of(deal) != "cumulative":
                by_total[deal["amount"]["currency"], basis_of(deal)].append(deal)
        amounts = []
        for currency, basis in sorted(by_total, key=lambda t: (t[0], BASES.index(t[1]))):
            summed = by_total[currency, basis]
            ids = {d["id"] for d in summed}
            added = [d for d in summed if not ancestors(d["id"], everything) & ids]
            amounts.append(
                {
                    **total([d["amount"] for d in added]),
                    "basis": basis,
                    "included": len(summed) - len(added),
                }
            )
        groups.append(
            {
                "key": key,
                "deals": len(members[key]),
                "without_amount": sum(1 for d in members[key] if not d.get("amount")),
                "cumulative": sum(1 for d in members[key] if d.get("amount") and basis_of(d) == "cumulative"),
                "amounts": amounts,
            }
        )
    return {"group_by": group_by, "total_deals": len(deals), "groups": groups}


def expected_expo_stats(group_by, expos):
    counts = defaultdict(int)
    for expo in expos:
        counts[expo.get(group_by)] += 1
    return {
        "group_by": group_by,
        "total_expos": len(expos),
        "groups": [{"key": key, "expos": counts[key]} for key in keys_in_order(counts)],
    }


def stats(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.get_json()
    assert response.content_type == "application/json"
    return response.get_json()


@pytest.mark.parametrize("group_by", DEAL_GROUPS)
def test_deal_stats_match_the_fixtures(client, group_by):
    body = stats(client, f"/api/v1/stats/deals?group_by={group_by}")
    assert body == expected_deal_stats(group_by, fixture_records("deals"))


FILTERED_DEALS = [
    ("kind=purchase_order", lambda d: d["kind"] == "purchase_order"),
    # [gte] tests the low bound: an amount without one never matches
    ("amount[gte]=100000000", lambda d: ((d.get("amount") or {}).get("low") or 0) >= 100000000),
    ("expo=ciie-2023", lambda d: d["expo"] == "ciie-2023"),
    (
        "expo=ciie-2019&kind=signed_project,purchase_order",
        lambda d: d["expo"] == "ciie-2019" and d["kind"] in ("signed_project", "purchase_order"),
    ),
    ("sector=automobile,electronics", lambda d: {"automobile", "electronics"} & set(d.get("sectors", []))),
]


@pytest.mark.parametrize("group_by", DEAL_GROUPS)
@pytest.mark.parametrize(("query", "keep"), FILTERED_DEALS, ids=[q for q, _ in FILTERED_DEALS])
def test_filters_narrow_deal_stats(client, group_by, query, keep):
    deals = [d for d in fixture_records("deals") if keep(d)]
    assert deals, "the filter should keep some deals"
    body = stats(client, f"/api/v1/stats/deals?group_by={group_by}&{query}")
    assert body == expected_deal_stats(group_by, deals)


@pytest.mark.parametrize(
    "query",
    ["q=dow", "q=turnover", "currency=USD", "inferred=true", "amount[lte]=999999999", "scope=aggregate"],
)
def test_deal_stats_count_the_deals_the_list_returns(client, query):
    listed, _ = walk(client, f"/api/v1/deals?{query}&limit=100")
    ids = {d["id"] for d in listed}
    deals = [d for d in fixture_records("deals") if d["id"] in ids]
    for group_by in DEAL_GROUPS:
        body = stats(client, f"/api/v1/stats/deals?group_by={group_by}&{query}")
        assert body == expected_deal_stats(group_by, deals), group_by


def test_a_filter_matching_nothing_gives_no_groups(client):
    body = stats(client, "/api/v1/stats/deals?group_by=sector&expo=no-such-expo")
    assert body == {"group_by": "sector", "total_deals": 0, "groups": []}


def test_curated_deals_by_currency(client):
    """Spelled out: seven USD amounts, summed by basis, the two six-year totals in none; one deal
    without an amount."""
    body = stats(client, "/api/v1/stats/deals?group_by=currency")
    assert body["total_deals"] == 8
    usd, none = body["groups"]
    assert usd == {
        "key": "USD",
        "deals": 7,
        "without_amount": 0,
        "cumulative": 2,
        "amounts": [
            {  # Changan Ford's orders, Qingpu's trading volume, the ZKH-Dow order
                "currency": "USD",
                "basis": "reported",
                "deals": 3,
                "included": 0,
                "low": 1400000000,
                "high": None,
                "unbounded_high": 1,
            },
            {  # seed 004's "expected to total USD 10 million"
                "currency": "USD",
                "basis": "expected",
                "deals": 1,
                "included": 0,
                "low": 10000000,
                "high": 10000000,
                "unbounded_high": 0,
            },
            {  # the 2nd CIIE's intended turnover
                "currency": "USD",
                "basis": "intended",
                "deals": 1,
                "included": 0,
                "low": 71130000000,
                "high": 71130000000,
                "unbounded_high": 0,
            },
        ],
    }
    assert none == {"key": None, "deals": 1, "without_amount": 1, "cumulative": 0, "amounts": []}


MORE_DEALS = [
    {
        "id": "cny-less-than",
        "title": "Less than CNY 50 million",
        "kind": "investment",
        "scope": "single",
        "expo": "ciie-2019",
        "sectors": ["automobile"],
        "amount": {
            "value": None,
            "low": None,
            "high": 50000000,
            "qualifier": "less_than",
            "currency": "CNY",
            "as_reported": "less than 50 million yuan",
        },
    },
    {
        "id": "cny-exact",
        "title": "CNY 20 million",
        "kind": "investment",
        "scope": "single",
        "expo": "ciie-2019",
        "amount": {
            "value": 20000000,
            "low": 20000000,
            "high": 20000000,
            "qualifier": "exact",
            "currency": "CNY",
            "as_reported": "20 million yuan",
        },
    },
    {
        "id": "eur-unknown",
        "title": "An undisclosed sum in euros",
        "kind": "investment",
        "scope": "single",
        "expo": "ciie-2023",
        "sectors": ["automobile", "new_energy"],
        "amount": {
            "value": None,
            "low": None,
            "high": None,
            "qualifier": "unknown",
            "currency": "EUR",
            "as_reported": "an undisclosed sum in euros",
        },
    },
]


@pytest.mark.parametrize("group_by", DEAL_GROUPS)
def test_currencies_are_totalled_apart_and_missing_bounds_are_open(client, group_by):
    """A missing low bound counts as 0; a missing high bound makes the total unbounded."""
    with database.connection_context():
        for deal in MORE_DEALS:
            Deal.insert(columns_of(Deal, deal)).execute()
    body = stats(client, f"/api/v1/stats/deals?group_by={group_by}")
    everything = fixture_records("deals") + MORE_DEALS
    assert body == expected_deal_stats(group_by, everything, everything)
    if group_by == "expo":
        ciie_2019 = next(g for g in body["groups"] if g["key"] == "ciie-2019")
        assert ciie_2019["amounts"][0] == {
            "currency": "CNY",
            "basis": "reported",
            "included": 0,
            "deals": 2,
            "low": 20000000,
            "high": 70000000,
            "unbounded_high": 0,
        }


@pytest.mark.parametrize("group_by", EXPO_GROUPS)
def test_expo_stats_match_the_fixtures(client, group_by):
    body = stats(client, f"/api/v1/stats/expos?group_by={group_by}")
    assert body == expected_expo_stats(group_by, fixture_records("expos"))


FILTERED_EXPOS = [
    ("kind=expo,exhibition", lambda e: e["kind"] in ("expo", "exhibition")),
    ("year[gte]=2023", lambda e: e.get("year") is not None and e["year"] >= 2023),
    ("country=CN&part_of=ciie-2019", lambda e: e.get("country") == "CN" and e.get("part_of") == "ciie-2019"),
]


@pytest.mark.parametrize("group_by", EXPO_GROUPS)
@pytest.mark.parametrize(("query", "keep"), FILTERED_EXPOS, ids=[q for q, _ in FILTERED_EXPOS])
def test_filters_narrow_expo_stats(client, group_by, query, keep):
    expos = [e for e in fixture_records("expos") if keep(e)]
    assert expos, "the filter should keep some expos"
    body = stats(client, f"/api/v1/stats/expos?group_by={group_by}&{query}")
    assert body == expected_expo_stats(group_by, expos)


def test_curated_expos_by_year(client):
    body = stats(client, "/api/v1/stats/expos?group_by=year")
    assert body["total_expos"] == 12
    assert [(g["key"], g["expos"]) for g in body["groups"]] == [(2019, 4), (2023, 3), (2024, 2), (None, 3)]


def problem_parameters(response):
    assert response.status_code == 400
    assert response.content_type == "application/problem+json"
    return [e["parameter"] for e in response.get_json()["errors"]]


@pytest.mark.parametrize("resource", ["deals", "expos"])
@pytest.mark.parametrize(
    "query",
    ["", "group_by=", "group_by=organization", "group_by=year,kind", "group_by=year&group_by=kind"],
)
def test_group_by_is_required_and_one_known_key(client, resource, query):
    response = client.get(f"/api/v1/stats/{resource}?{query}")
    assert problem_parameters(response) == ["group_by"]


@pytest.mark.parametrize("resource", ["deals", "expos"])
@pytest.mark.parametrize("param", ["limit=5", "sort=id", "cursor=abc", "groupby=year", "Kind=expo"])
def test_unknown_parameters_are_rejected(client, resource, param):
    response = client.get(f"/api/v1/stats/{resource}?group_by=year&{param}")
    assert problem_parameters(response) == [param.split("=")[0]]


def test_a_malformed_filter_is_a_problem_naming_it(client):
    response = client.get("/api/v1/stats/deals?group_by=year&amount[gte]=lots")
    assert problem_parameters(response) == ["amount[gte]"]


@pytest.mark.parametrize("url", ["/api/v1/stats/deals?group_by=sector", "/api/v1/stats/expos?group_by=kind"])
def test_stats_are_cacheable(client, url):
    first = client.get(url)
    assert first.headers["ETag"] and "max-age" in first.headers["Cache-Control"]
    again = client.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.data == b""

"""Figures that say what they are and name their evidence (issue 15): `as_reported` occurs in a
quote (else a 422 naming the figure), `citation` points at that quote, `basis` and `period`
round-trip, filter and export; aggregates list the deals they `includes`, delegations can be
`part_of` another; /stats/deals never adds one amount twice; the loader refuses a stated date,
place or party that no quote backs and `inferred` does not name."""

import csv
import io
import json

from test_loader import edit, fixtures_copy, row_counts  # noqa: F401 (a fixture)
from test_writes import assert_problem, delete, etag_of, list_ids, patch, post

ZKH = "/api/v1/deals/zkh-dow-organosilicon-2023"
CHANGAN = "changan-ford-qingling-auto-parts-2019"
CHANGAN_QUOTE = (
    "In the Chongqing trade group, players represented by Changan Ford and Qingling Motors signed "
    "purchase orders for auto parts, totally valuing hundreds of millions of dollars."
)
SIX_YEARS = (
    "Trading delegations from Qingpu District signed the first order of the Shanghai trading group "
    "for six consecutive years at CIIE with trading volume surpassing US$2.13 billion and "
    "procurement orders of intention worth over US$5.15 billion."
)


def deal(**changes):
    """A new aggregate of the 2nd CIIE, citing seed 001 (Changan Ford's orders)."""
    body = {
        "id": "chongqing-trade-group-orders-2019",
        "title": "Purchase orders of the Chongqing trade group",
        "kind": "purchase_order",
        "scope": "aggregate",
        "expo": "ciie-2019",
        "amount": {
            "value": None,
            "low": 100000000,
            "high": 999999999,
            "qualifier": "range",
            "currency": "USD",
            "as_reported": "hundreds of millions of dollars",
        },
        "sources": [{"source": "ichongqing-chongqing-at-ciie-2019", "quote": CHANGAN_QUOTE}],
    }
    body.update(changes)
    return body


def test_a_figure_whose_words_no_quote_holds_is_a_422_naming_it(client, token):
    amount = {**deal()["amount"], "as_reported": "hundreds of millions of yuan"}
    assert_problem(post(client, token, "deals", deal(amount=amount)), 422, "/amount/as_reported")
    # whitespace may differ, nothing else
    amount["as_reported"] = "hundreds  of\nmillions of dollars"
    assert post(client, token, "deals", deal(amount=amount)).status_code == 201
    # a patch that drops the quote the amount rests on is refused too
    sources = [{"source": "qingpu-at-ciie-2023", "quote": "materials science leader Dow"}]
    response = patch(client, token, ZKH, {"sources": sources}, etag_of(client, ZKH))
    assert_problem(response, 422, "/amount/as_reported")


def test_citation_is_the_index_of_the_quote_holding_the_words(client, token):
    quotes = [
        {"source": "ichongqing-chongqing-at-ciie-2019", "quote": "Changan Ford signed purchase orders"},
        {"source": "ichongqing-chongqing-at-ciie-2019", "quote": CHANGAN_QUOTE},
    ]
    response = post(client, token, "deals", deal(sources=quotes))
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["amount"]["citation"] == 1
    path = "/api/v1/deals/chongqing-trade-group-orders-2019"
    assert client.get(path).get_json()["amount"]["citation"] == 1
    # reordering the quotes moves the citation; a figure's citation cannot be written
    response = patch(client, token, path, {"sources": quotes[::-1]}, etag_of(client, path))
    assert response.status_code == 200 and response.get_json()["amount"]["citation"] == 0
    response = patch(client, token, path, {"amount": {"citation": 1}}, etag_of(client, path))
    assert_problem(response, 422, "/amount/citation")
    # a curated record: the ZKH-Dow order's amount rests on its first quote
    assert client.get(ZKH).get_json()["amount"]["citation"] == 0


def test_basis_and_period_round_trip_filter_and_export(client, token):
    six_years = client.get("/api/v1/deals/qingpu-trading-delegations-trading-volume-six-years").get_json()
    assert six_years["amount"]["basis"] == "cumulative"
    assert six_years["amount"]["period"] == {
        "start": 2018,
        "end": 2023,
        "as_reported": "for six consecutive years",
    }
    assert "amount.period" in six_years["inferred"]
    belarus = client.get("/api/v1/deals/chongqing-belarus-signed-projects-2023").get_json()["amount"]
    assert (belarus["basis"], belarus["as_reported"]) == ("expected", "expected to total USD 10 million")
    amount = {**deal()["amount"], "basis": "cumulative"}
    assert_problem(post(client, token, "deals", deal(amount=amount)), 422, "/amount/period")
    amount["period"] = {"start": 2019, "end": 2018, "as_reported": "hundreds"}
    assert_problem(post(client, token, "deals", deal(amount=amount)), 422, "/amount/period/end")
    amount["period"] = {"start": 2018, "end": 2019, "as_reported": "for two years"}  # in no quote
    assert_problem(post(client, token, "deals", deal(amount=amount)), 422, "/amount/period/as_reported")
    amount = {**deal()["amount"], "basis": "intended"}
    response = post(client, token, "deals", deal(amount=amount))
    assert response.status_code == 201 and response.get_json()["amount"]["basis"] == "intended"
    assert list_ids(client, "/api/v1/deals?basis=intended") == [
        "chongqing-trade-group-orders-2019",
        "ciie-2019-intended-turnover",
    ]
    assert list_ids(client, "/api/v1/deals?basis=cumulative") == [
        "qingpu-trading-delegations-intended-orders-six-years",
        "qingpu-trading-delegations-trading-volume-six-years",
    ]
    exported = client.get("/api/v1/deals?basis=cumulative", headers={"Accept": "text/csv"})
    rows = list(csv.DictReader(io.StringIO(exported.get_data(as_text=True).split("\n# end")[0])))
    assert [row["amount.basis"] for row in rows] == ["cumulative", "cumulative"]
    assert json.loads(rows[0]["amount.period"])["as_reported"] == "for six consecutive years"


def test_an_aggregate_lists_the_deals_it_includes(client, token):
    turnover = client.get("/api/v1/deals/ciie-2019-intended-turnover").get_json()
    assert turnover["includes"] == [CHANGAN]
    assert list_ids(client, f"/api/v1/deals?includes={CHANGAN}") == ["ciie-2019-intended-turnover"]
    expanded = client.get("/api/v1/deals/ciie-2019-intended-turnover?expand=includes").get_json()
    assert expanded["includes"][0]["id"] == CHANGAN
    assert_problem(post(client, token, "deals", deal(includes=["no-such-deal"])), 422, "/includes/0")
    itself = deal(includes=["chongqing-trade-group-orders-2019"])
    assert_problem(post(client, token, "deals", itself), 422, "/includes/0")
    single = deal(scope="single", includes=[CHANGAN])
    assert_problem(post(client, token, "deals", single), 422, "/includes")
    assert post(client, token, "deals", deal(includes=[CHANGAN])).status_code == 201
    # a cycle: Changan Ford's orders cannot include what includes them
    path = f"/api/v1/deals/{CHANGAN}"
    response = patch(
        client, token, path, {"includes": ["chongqing-trade-group-orders-2019"]}, etag_of(client, path)
    )
    assert_problem(response, 422, "/includes/0")
    # an included deal cannot be deleted while an aggregate counts it (as other references)
    response = delete(client, token, path, etag_of(client, path))
    assert_problem(response, 409)
    assert "chongqing-trade-group-orders-2019" in response.get_json()["detail"]


def test_a_delegation_can_be_part_of_another(client, token):
    qingpu = "/api/v1/delegations/qingpu-delegation-ciie-2023"
    shanghai = "/api/v1/delegations/shanghai-trading-delegation-ciie-2023"
    assert client.get(qingpu).get_json()["part_of"] == "shanghai-trading-delegation-ciie-2023"
    assert list_ids(client, "/api/v1/delegations?part_of=shanghai-trading-delegation-ciie-2023") == [
        "qingpu-delegation-ciie-2023"
    ]
    response = patch(
        client, token, shanghai, {"part_of": "qingpu-delegation-ciie-2023"}, etag_of(client, shanghai)
    )
    assert_problem(response, 422, "/part_of")
    response = patch(client, token, qingpu, {"part_of": "no-such-delegation"}, etag_of(client, qingpu))
    assert_problem(response, 422, "/part_of")
    assert_problem(delete(client, token, shanghai, etag_of(client, shanghai)), 409)


def usd(client, group_by, key):
    body = client.get(f"/api/v1/stats/deals?group_by={group_by}").get_json()
    group = next(g for g in body["groups"] if g["key"] == key)
    return group, {t["basis"]: t for t in group["amounts"] if t["currency"] == "USD"}


def test_stats_never_add_one_amount_twice(client, token):
    # the 2nd CIIE: the expo-wide intended turnover and Changan Ford's orders are never one sum
    group, totals = usd(client, "expo", "ciie-2019")
    assert totals["intended"]["low"] == totals["intended"]["high"] == 71130000000
    assert (totals["reported"]["low"], totals["reported"]["high"]) == (100000000, 999999999)
    # an aggregate of reported orders that includes Changan Ford's: counted once
    assert post(client, token, "deals", deal(includes=[CHANGAN])).status_code == 201
    group, totals = usd(client, "expo", "ciie-2019")
    assert totals["reported"] == {
        "currency": "USD",
        "basis": "reported",
        "deals": 1,
        "included": 1,
        "low": 100000000,
        "high": 999999999,
        "unbounded_high": 0,
    }
    assert group["deals"] == 4  # every deal is still counted, its amount added once
    # with the aggregate filtered out, the included deal's amount is added again
    body = client.get(
        "/api/v1/stats/deals?group_by=expo&delegation=chongqing-trade-group-ciie-2019"
    ).get_json()
    assert body["groups"][0]["amounts"][0]["low"] == 100000000


def test_cumulative_totals_count_toward_no_edition(client):
    group, totals = usd(client, "expo", "ciie-2023")
    assert group["cumulative"] == 2  # the six-year totals of Qingpu's trading delegations
    assert totals["reported"]["low"] == 1000000000 + 300000000  # Qingpu's volume, the ZKH-Dow order
    assert set(totals) == {"reported"}


def test_the_loader_refuses_an_untraceable_date(runner, fixtures_copy):  # noqa: F811
    def restate(records):
        hotpot = next(r for r in records if r["id"] == "chongqing-hotpot-ciie-2019")
        hotpot["inferred"] = [f for f in hotpot["inferred"] if f != "start_date"]
        hotpot["start_date"] = "2019-11-04"  # no quote says November 4

    edit(fixtures_copy, "expos", restate)
    result = runner.invoke(args=["load-fixtures", str(fixtures_copy)])
    assert result.exit_code != 0
    assert "expos.json" in result.output and "record 'chongqing-hotpot-ciie-2019'" in result.output
    assert "field '/start_date'" in result.output and "inferred" in result.output
    assert not any(row_counts().values())


def test_the_loader_refuses_an_unnamed_party_and_an_unstated_place(runner, fixtures_copy):  # noqa: F811
    def add_party(records):
        orders = next(r for r in records if r["id"] == CHANGAN)
        orders["parties"].append({"organization": "citic-group", "role": "partner"})

    edit(fixtures_copy, "deals", add_party)
    result = runner.invoke(args=["load-fixtures", str(fixtures_copy)])
    assert result.exit_code != 0 and "field '/parties'" in result.output and "citic-group" in result.output

    def move(records):
        next(r for r in records if r["id"] == "dow")["city"] = "Midland"

    edit(fixtures_copy, "deals", lambda records: None)
    edit(fixtures_copy, "organizations", move)
    result = runner.invoke(args=["load-fixtures", str(fixtures_copy)])
    assert result.exit_code != 0 and "record 'dow'" in result.output and "field '/city'" in result.output


def test_the_fixture_figures_are_where_their_citation_says(client):
    for resource in ("expos", "delegations", "deals"):
        for record in client.get(f"/api/v1/{resource}?limit=100").get_json()["data"]:
            for value in record.values():
                if isinstance(value, dict) and "as_reported" in value:
                    quote = record["sources"][value["citation"]]["quote"]
                    assert " ".join(value["as_reported"].split()) in " ".join(quote.split())

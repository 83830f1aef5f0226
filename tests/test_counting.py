"""meta.total is exact up to 1,000 matches and says when it is not; `Prefer:
count=exact` pays for an exact count. The sector filter reads link rows that every
write keeps in step with the record."""

import http.client

import pytest

from api.lists.pagination import COUNT_CAP

from conftest import bearer, fixture_records, walk

DEALS = COUNT_CAP + 50


@pytest.fixture
def many(empty_app):
    """More synthetic deals than the cap."""
    sizes = ["--deals", str(DEALS), "--organizations", "10", "--expos", "4", "--delegations", "8"]
    result = empty_app.test_cli_runner().invoke(args=["synth", *sizes])
    assert result.exit_code == 0, result.output
    return empty_app.test_client()


def test_a_count_stops_at_the_cap_and_says_so(many):
    response = many.get("/api/v1/deals?limit=1")
    assert response.get_json()["meta"] | {"next_cursor": None} == {
        "limit": 1,
        "next_cursor": None,
        "total": COUNT_CAP,
        "total_exact": False,
    }
    assert "Prefer" in response.headers["Vary"] and "Preference-Applied" not in response.headers


@pytest.mark.parametrize("prefer", ["count=exact", "return=minimal, count=exact", 'COUNT="exact"; x=1'])
def test_prefer_count_exact_counts_every_match(many, prefer):
    capped = many.get("/api/v1/deals?limit=1")
    response = many.get("/api/v1/deals?limit=1", headers={"Prefer": prefer})
    meta = response.get_json()["meta"]
    assert (meta["total"], meta["total_exact"]) == (DEALS, True)
    assert response.headers["Preference-Applied"] == "count=exact"
    assert response.headers["ETag"] != capped.headers["ETag"]  # two representations, two validators
    again = many.get("/api/v1/deals?limit=1", headers={"Prefer": prefer})  # the worker's cached copy
    assert again.get_json()["meta"] == meta and again.headers["Preference-Applied"] == "count=exact"


def test_other_preferences_leave_the_count_capped(many):
    response = many.get("/api/v1/deals?limit=1", headers={"Prefer": "count=estimated"})
    assert response.get_json()["meta"]["total_exact"] is False
    assert "Preference-Applied" not in response.headers


def test_a_count_under_the_cap_is_exact(many):
    expo = many.get("/api/v1/deals?limit=1").get_json()["data"][0]["expo"]
    records, _ = walk(many, f"/api/v1/deals?expo={expo}&limit=100")
    meta = many.get(f"/api/v1/deals?expo={expo}&limit=1").get_json()["meta"]
    assert len(records) < COUNT_CAP and (meta["total"], meta["total_exact"]) == (len(records), True)


@pytest.mark.parametrize("resource", ["expos", "delegations", "deals"])
def test_the_sector_filter_matches_the_records_sectors(client, resource):
    records = fixture_records(resource)
    for sector in sorted({s for r in records for s in r.get("sectors", [])}):
        found, total = walk(client, f"/api/v1/{resource}?sector={sector}&limit=100")
        expected = sorted(r["id"] for r in records if sector in r.get("sectors", []))
        assert sorted(r["id"] for r in found) == expected and total == len(expected)


def test_the_sector_filter_follows_writes(client, token):
    deal = fixture_records("deals")[0]
    new = "semiconductor" if "semiconductor" not in deal.get("sectors", []) else "finance"
    response = client.get(f"/api/v1/deals/{deal['id']}")
    patched = client.patch(
        f"/api/v1/deals/{deal['id']}",
        json={"sectors": [new]},
        headers=bearer(token, **{"If-Match": response.headers["ETag"]}),
    )
    assert patched.status_code == 200, patched.get_json()
    ids = [r["id"] for r in walk(client, f"/api/v1/deals?sector={new}&limit=100")[0]]
    assert deal["id"] in ids
    for old in set(deal.get("sectors", [])) - {new}:
        assert deal["id"] not in [r["id"] for r in walk(client, f"/api/v1/deals?sector={old}&limit=100")[0]]
    deleted = client.delete(
        f"/api/v1/deals/{deal['id']}", headers=bearer(token, **{"If-Match": patched.headers["ETag"]})
    )
    assert deleted.status_code == 204
    assert deal["id"] not in [r["id"] for r in walk(client, f"/api/v1/deals?sector={new}&limit=100")[0]]


def test_a_sector_longer_than_its_column_is_refused(client):
    response = client.get("/api/v1/deals?sector=" + "a" * 101)
    assert response.status_code == 400 and response.get_json()["errors"][0]["parameter"] == "sector"


def test_a_sector_and_date_count_is_the_number_of_matching_records(many):
    """Under `?sector=` a count reads the sector rows (and their copy of each deal's date),
    not the page's query: it must agree with the deals themselves."""
    deals, _ = walk(many, "/api/v1/deals?limit=100")
    expo = deals[0]["expo"]
    sectors = sorted({s for d in deals for s in d["sectors"]})
    days = sorted({d["signed_on"] for d in deals})
    first, middle, last = days[0], days[len(days) // 2], days[-1]
    queries = {
        f"sector={sectors[0]}&signed_on[gte]={middle}&signed_on[lt]={last}": lambda d: (
            sectors[0] in d["sectors"] and middle <= d["signed_on"] < last
        ),
        f"sector={sectors[0]},{sectors[1]}&signed_on[lte]={middle}": lambda d: (
            {sectors[0], sectors[1]} & set(d["sectors"]) and d["signed_on"] <= middle
        ),
        f"sector={sectors[2]}&expo={expo}&signed_on[gt]={first}": lambda d: (
            sectors[2] in d["sectors"] and d["expo"] == expo and d["signed_on"] > first
        ),
        f"sector={','.join(sectors)}": lambda d: bool(d["sectors"]),
    }
    for query, matches in queries.items():
        expected = sum(1 for d in deals if matches(d))
        assert 0 < expected, query
        for prefer, total in (({}, min(expected, COUNT_CAP)), ({"Prefer": "count=exact"}, expected)):
            meta = many.get(f"/api/v1/deals?{query}&limit=1", headers=prefer).get_json()["meta"]
            assert (meta["total"], meta["total_exact"]) == (total, total == expected), (query, prefer)


def test_a_sector_and_date_count_follows_a_deal_whose_date_changes(client, token):
    deal = next(d for d in fixture_records("deals") if d.get("sectors"))
    sector = deal["sectors"][0]
    query = f"/api/v1/deals?sector={sector}&signed_on[gte]=2031-01-01&limit=1"
    assert client.get(query).get_json()["meta"]["total"] == 0
    response = client.get(f"/api/v1/deals/{deal['id']}")
    patched = client.patch(
        f"/api/v1/deals/{deal['id']}",
        json={"signed_on": "2031-05-01"},
        headers=bearer(token, **{"If-Match": response.headers["ETag"]}),
    )
    assert patched.status_code == 200, patched.get_json()
    page = client.get(query).get_json()
    assert page["meta"]["total"] == 1 and [d["id"] for d in page["data"]] == [deal["id"]]


@pytest.mark.parametrize("sort", ["signed_on", "-signed_on", "-signed_on,id", "signed_on,-id"])
def test_a_sector_sorted_by_date_pages_in_the_order_of_the_deals(many, sort):
    """A page of one sector sorted by date walks the sector rows' copy of the dates: the
    pages, followed by cursor, hold that sector's deals in the order of their own dates."""
    deals, _ = walk(many, "/api/v1/deals?limit=100")
    sector = sorted({s for d in deals for s in d["sectors"]})[3]
    days = sorted({d["signed_on"] for d in deals})
    for bounds, keeps in (
        ("", lambda d: True),
        (
            f"&signed_on[gte]={days[1]}&signed_on[lt]={days[-1]}",
            lambda d: days[1] <= d["signed_on"] < days[-1],
        ),
    ):
        expected = [d for d in deals if sector in d["sectors"] and keeps(d)]
        for item in reversed(sort.split(",")):  # stable sorts, the last key first
            name = item.lstrip("-")
            expected.sort(key=lambda d: d[name], reverse=item.startswith("-"))
        found, total = walk(many, f"/api/v1/deals?sector={sector}&sort={sort}&limit=37{bounds}")
        assert [d["id"] for d in found] == [d["id"] for d in expected] and total == len(expected)


def test_prefer_count_exact_in_a_second_prefer_line_over_http(served):
    """A client may send Prefer on two lines; gunicorn joins them into one environ value (as
    RFC 9110 allows), which is what the app reads: count=exact in the second line counts.
    Over a real gunicorn: werkzeug's test client keeps one line of a repeated header."""
    host, port = served().removeprefix("http://").split(":")
    answers = {}
    for name, lines in {"none": [], "second": ["return=minimal", "count=exact"]}.items():
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        connection.putrequest("GET", "/api/v1/deals?limit=1")
        for line in lines:
            connection.putheader("Prefer", line)
        connection.endheaders()
        response = connection.getresponse()
        answers[name] = response.status, response.getheader("Preference-Applied"), response.getheader("ETag")
        response.read()
        connection.close()
    assert answers["second"][:2] == (200, "count=exact")
    assert answers["none"][:2] == (200, None)
    assert answers["second"][2] != answers["none"][2]  # two representations, two validators

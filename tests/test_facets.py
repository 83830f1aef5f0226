"""`?facet=`: counts per value under the current filters, each with the URL toggling it.
Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL: the answers must be the same."""

from collections import Counter
from urllib.parse import parse_qsl, urlsplit

import pytest

FACETS = {
    "deals": ["kind", "expo", "delegation", "organization", "sector"],
    "expos": ["kind", "country", "part_of", "organizer", "sector"],
    "delegations": ["expo", "kind", "organizer", "part_of", "member", "sector"],
    "organizations": ["kind", "country"],
}


def every(client, url):
    """Every record of a list, following `links.next`."""
    found = []
    while url:
        body = client.get(url).get_json()
        found += body["data"]
        url = body["links"]["next"]
    return found


def values_of(record, name):
    """What a record holds for the facet `name`, as the facet counts it."""
    value = record.get(name)
    if name == "organization":
        return {party["organization"] for party in record["parties"]}
    if name == "member":
        return set(record["members"])
    if name == "organizer" and "organizers" in record:  # an expo's, in a list
        return set(record["organizers"])
    if name == "sector":
        return set(record["sectors"])
    return set() if value is None else {value}


def expected(records, name):
    counts = Counter(v for record in records for v in values_of(record, name))
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].encode()))[:20]


@pytest.mark.parametrize("resource", FACETS)
def test_facets_count_every_matching_record(client, resource):
    names = FACETS[resource]
    records = every(client, f"/api/v1/{resource}?limit=100")
    body = client.get(f"/api/v1/{resource}?limit=2&facet={','.join(names)}").get_json()
    facets = body["meta"]["facets"]
    assert list(facets) == names
    for name in names:
        assert [(f["value"], f["count"]) for f in facets[name]] == expected(records, name), name
    assert any(facets[name] for name in names)


def test_facets_follow_the_filters_and_toggle_them(client):
    url = "/api/v1/deals?kind=purchase_order&facet=kind,expo&limit=1"
    first = client.get(url).get_json()
    cursor = first["meta"]["next_cursor"]
    body = client.get(f"{url}&cursor={cursor}").get_json() if cursor else first
    matching = every(client, "/api/v1/deals?kind=purchase_order&limit=100")
    facets = body["meta"]["facets"]
    assert facets["kind"] == [
        {"value": "purchase_order", "count": len(matching), "toggle": "/api/v1/deals?facet=kind,expo&limit=1"}
    ]
    assert sum(f["count"] for f in facets["expo"]) == len(matching)
    for facet in facets["expo"]:
        query = dict(parse_qsl(urlsplit(facet["toggle"]).query))
        assert "cursor" not in query  # a toggle starts from the first page
        assert query == {"kind": "purchase_order", "facet": "kind,expo", "limit": "1", "expo": facet["value"]}
        toggled = client.get(facet["toggle"]).get_json()
        assert toggled["meta"]["total"] == facet["count"]
        # toggled again: the value is removed
        again = next(f for f in toggled["meta"]["facets"]["expo"] if f["value"] == facet["value"])
        assert dict(parse_qsl(urlsplit(again["toggle"]).query)) == {
            "kind": "purchase_order",
            "facet": "kind,expo",
            "limit": "1",
        }


def test_facets_on_nested_lists_and_search(client):
    body = client.get("/api/v1/expos/ciie-2023/deals?facet=expo,kind").get_json()
    assert [f["value"] for f in body["meta"]["facets"]["expo"]] == (["ciie-2023"] if body["data"] else [])
    assert sum(f["count"] for f in body["meta"]["facets"]["kind"]) == body["meta"]["total"]
    searched = client.get("/api/v1/deals?q=dow&facet=kind").get_json()
    assert sum(f["count"] for f in searched["meta"]["facets"]["kind"]) == searched["meta"]["total"]


def test_without_facet_there_is_no_facets_member(client):
    assert "facets" not in client.get("/api/v1/deals").get_json()["meta"]


@pytest.mark.parametrize(
    "query",
    ["facet=amount", "facet=", "facet=kind,kind", "facet=title"],
)
def test_unknown_or_malformed_facets_are_400(client, query):
    response = client.get(f"/api/v1/deals?{query}")
    assert response.status_code == 400 and response.mimetype == "application/problem+json"
    assert response.get_json()["errors"][0]["parameter"] == "facet"


def test_the_document_lists_each_resource_facets(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    for resource, names in FACETS.items():
        parameters = spec["paths"][f"/api/v1/{resource}"]["get"]["parameters"]
        facet = next(p for p in parameters if p["name"] == "facet")
        assert facet["schema"]["items"]["enum"] == names


def test_a_facet_counts_each_record_once_whatever_its_links(client, token):
    """An organization both buyer and seller of a deal is one deal in the organization facet,
    as it is in the list and its meta.total (the facet counted its two party rows)."""
    quote = (
        "The first deal of the Shanghai trading delegation at the 6th CIIE, a procurement order worth "
        "US$300 million, was signed between Qingpu-registered ZKH Industrial Supply Co and materials "
        "science leader Dow."
    )
    deal = {
        "id": "dow-both-sides",
        "title": "Dow on both sides",
        "kind": "purchase_order",
        "scope": "single",
        "expo": "ciie-2023",
        "parties": [{"organization": "dow", "role": "buyer"}, {"organization": "dow", "role": "seller"}],
        "sources": [{"source": "qingpu-at-ciie-2023", "quote": quote}],
    }
    created = client.post("/api/v1/deals", json=deal, headers={"Authorization": f"Bearer {token}"})
    assert created.status_code == 201, created.get_json()
    body = client.get("/api/v1/deals?organization=dow&facet=organization&limit=100").get_json()
    (dow,) = [f for f in body["meta"]["facets"]["organization"] if f["value"] == "dow"]
    assert dow["count"] == body["meta"]["total"] == len(body["data"])

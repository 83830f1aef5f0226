from test_writes import as_read

from conftest import as_written, fixture_records, walk


def test_list_holds_every_curated_deal(client):
    records, total = walk(client, "/api/v1/deals?limit=3")
    assert sorted(r["id"] for r in records) == sorted(d["id"] for d in fixture_records("deals"))
    assert total == len(records)


def test_a_deal_reads_back_as_curated(client):
    """The API returns each fixture field unchanged; absent fields read back as null or []."""
    for curated in map(as_read, fixture_records("deals")):  # figures as reads show them
        # citations as curated, once their anchors are checked
        deal = as_written(client.get(f"/api/v1/deals/{curated['id']}").get_json())
        for field, value in deal.items():
            assert value == curated.get(field, [] if isinstance(value, list) else None), (
                curated["id"],
                field,
            )


def test_single_deal_with_parties_and_money(client):
    deal = client.get("/api/v1/deals/zkh-dow-organosilicon-2023").get_json()
    assert deal["parties"] == [
        {"organization": "zkh-industrial-supply", "role": "buyer"},
        {"organization": "dow", "role": "seller"},
    ]
    assert deal["amount"] == {
        "value": 300000000,
        "low": 300000000,
        "high": 300000000,
        "qualifier": "exact",
        "currency": "USD",
        "as_reported": "US$300 million",
        "basis": "reported",
        "period": None,
        "citation": 0,  # the index of the quote holding its words
    }
    assert deal["scope"] == "single" and deal["expo"] == "ciie-2023"


def test_loose_money_keeps_its_bounds(client):
    deal = client.get("/api/v1/deals/changan-ford-qingling-auto-parts-2019").get_json()
    assert deal["amount"]["value"] is None
    assert (deal["amount"]["low"], deal["amount"]["high"]) == (100000000, 999999999)
    assert deal["amount"]["qualifier"] == "range"
    assert deal["inferred"] == ["amount"]


def test_missing_deal_is_a_problem(client):
    response = client.get("/api/v1/deals/nope")
    assert response.status_code == 404
    assert response.content_type == "application/problem+json"
    assert response.get_json() == {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "detail": "There is no deal with id 'nope'.",
        "instance": "/api/v1/deals/nope",
    }

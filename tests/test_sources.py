from conftest import SEEDS, fixture_records, walk


def test_every_seed_is_a_source(client):
    records, _ = walk(client, "/api/v1/sources")
    assert sorted(s["file"] for s in records) == sorted(p.name for p in SEEDS.glob("*.txt"))


def test_source_states_only_what_the_document_says(client):
    source = client.get("/api/v1/sources/cqnews-chongqing-exhibition-belarus-2023").get_json()
    assert source["published_on"] == "2023-07-03"
    assert source["publisher"] == "Chongqing News"
    assert client.get("/api/v1/sources/qingpu-at-ciie-2023").get_json()["published_on"] is None


def test_records_of_a_source_match_the_citations(client):
    """Walk the records citing each source, two at a time, and compare with the fixtures."""
    for source in fixture_records("sources"):
        expected = {}
        for resource in ("expos", "delegations", "deals", "organizations"):
            for record in fixture_records(resource):
                quotes = [c["quote"] for c in record["sources"] if c["source"] == source["id"]]
                if quotes:
                    expected[resource, record["id"]] = quotes
        records, total = walk(client, f"/api/v1/sources/{source['id']}/records?limit=2")
        assert {(r["resource"], r["id"]): r["quotes"] for r in records} == expected
        assert total == len(records) == len(expected)
        for record in records:
            assert client.get(record["href"]).status_code == 200


def test_records_of_a_missing_source_is_404(client):
    assert client.get("/api/v1/sources/nothing/records").status_code == 404

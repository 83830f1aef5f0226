"""The synthetic dataset: never mixed with curated data, marked in every record."""


def test_synth_refuses_a_database_with_curated_records(app):
    result = app.test_cli_runner().invoke(args=["synth", "--deals", "10"])
    assert result.exit_code != 0 and "curated records" in result.output


def test_synth_generates_marked_records_the_api_serves(empty_app):
    sizes = ["--deals", "300", "--organizations", "20", "--expos", "5", "--delegations", "12"]
    result = empty_app.test_cli_runner().invoke(args=["synth", *sizes])
    assert result.exit_code == 0, result.output
    client = empty_app.test_client()
    body = client.get("/api/v1/deals?limit=100&expand=expo,parties").get_json()
    assert body["meta"]["total"] == 300
    for deal in body["data"]:
        assert deal["id"].startswith("syn-") and deal["expo"]["id"].startswith("syn-")
        # the synthetic source has no text to anchor in: no selector, a link to its page
        quote = deal["sources"][0]["quote"]
        assert deal["sources"] == [
            {"source": "synthetic", "quote": quote, "selector": None, "href": "/sources/synthetic"}
        ]
        assert "Synthetic" in deal["note"] and "SYNTHETIC" in deal["sources"][0]["quote"]
        assert len(deal["parties"]) == 2
    assert client.get("/api/v1/sources/synthetic").get_json()["publisher"] == "SYNTHETIC"
    assert client.get("/api/v1/deals?q=synthetic&limit=1").get_json()["meta"]["total"] == 300
    # each record is searched by what a write indexes: its title, subject, city... (not its note)
    deal = client.get("/api/v1/deals/syn-deal-0000012").get_json()
    found = client.get(f"/api/v1/deals?q=Synthetic deal 12 {deal['subject']}&limit=100").get_json()
    assert "syn-deal-0000012" in [d["id"] for d in found["data"]]
    subject = deal["subject"].split()[0]
    deals, url = [], "/api/v1/deals?limit=100"
    while url:
        page = client.get(url).get_json()
        deals, url = deals + page["data"], page["links"]["next"]
    holding = [d for d in deals if subject in d["subject"].split()]
    assert client.get(f"/api/v1/deals?q={subject}").get_json()["meta"]["total"] == len(holding)
    expo = client.get("/api/v1/expos/syn-expo-0").get_json()
    assert "syn-expo-0" in [e["id"] for e in client.get(f"/api/v1/expos?q={expo['city']}").get_json()["data"]]
    assert client.get("/api/v1/deals?q=benchmarks").get_json()["meta"]["total"] == 300  # in the quote
    assert client.get("/api/v1/deals?q=curated").get_json()["meta"]["total"] == 300

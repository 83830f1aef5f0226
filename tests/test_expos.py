from conftest import fixture_records, walk


def test_list_holds_every_curated_expo(client):
    records, total = walk(client, "/api/v1/expos?limit=3")
    assert sorted(r["id"] for r in records) == sorted(e["id"] for e in fixture_records("expos"))
    assert total == len(records)


def test_expo_with_stated_and_inferred_dates(client):
    expo = client.get("/api/v1/expos/ciie-2019").get_json()
    assert expo["name"] == "2nd China International Import Expo"
    assert (expo["start_date"], expo["end_date"], expo["year"]) == ("2019-11-05", "2019-11-10", 2019)
    assert expo["inferred"] == ["start_date"] and "November 5" in expo["note"]
    assert expo["enterprises"] == {
        "value": 3800,
        "low": 3800,
        "high": None,
        "qualifier": "more_than",
        "unit": "enterprises",
        "as_reported": "over 3,800 enterprises",
        "basis": "reported",
        "period": None,
        "citation": 1,  # the index of the quote holding its words
    }
    assert expo["sources"] and all(
        c["source"] == "ichongqing-chongqing-at-ciie-2019" for c in expo["sources"]
    )


def test_a_year_no_seed_states_is_null(client):
    expo = client.get("/api/v1/expos/cicpe-1").get_json()
    assert expo["year"] is None and expo["start_date"] is None
    assert expo["dates_as_reported"] == "from May 7 to 10"
    assert expo["enterprises"]["qualifier"] == "approximately"
    assert expo["visitors"] is None


def test_side_event_points_to_its_host(client):
    dialogue = client.get("/api/v1/expos/chongqing-investment-trade-dialogue-2019").get_json()
    assert dialogue["part_of"] == "ciie-2019"
    assert dialogue["organizers"] == ["chongqing-municipal-peoples-government"]


def test_nested_delegations_and_deals(client):
    delegations, _ = walk(client, "/api/v1/expos/ciie-2023/delegations?limit=1")
    expected = sorted(d["id"] for d in fixture_records("delegations") if d["expo"] == "ciie-2023")
    assert sorted(d["id"] for d in delegations) == expected
    deals, total = walk(client, "/api/v1/expos/ciie-2023/deals?limit=2")
    assert sorted(d["id"] for d in deals) == sorted(
        d["id"] for d in fixture_records("deals") if d["expo"] == "ciie-2023"
    )
    assert all(d["expo"] == "ciie-2023" for d in deals) and total == len(deals) == 4


def test_nested_list_of_a_missing_expo_is_404(client):
    response = client.get("/api/v1/expos/no-such-expo/deals")
    assert response.status_code == 404
    assert response.content_type == "application/problem+json"
    assert "no-such-expo" in response.get_json()["detail"]

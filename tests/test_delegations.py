from conftest import fixture_records, walk


def test_list_holds_every_curated_delegation(client):
    records, total = walk(client, "/api/v1/delegations?limit=2")
    assert sorted(r["id"] for r in records) == sorted(d["id"] for d in fixture_records("delegations"))
    assert total == len(records)


def test_delegation_counts_as_stated(client):
    delegation = client.get("/api/v1/delegations/chongqing-at-cicpe-1").get_json()
    assert delegation["expo"] == "cicpe-1"
    assert delegation["organizer"] == "chongqing-municipality"
    figures = {
        name: delegation[name]["value"] for name in ("districts_and_counties", "exhibitors", "purchasers")
    }
    assert figures == {"districts_and_counties": 13, "exhibitors": 18, "purchasers": 25}
    assert delegation["products"] == {
        "value": 60,
        "low": None,
        "high": 60,
        "qualifier": "approximately",
        "unit": "products",
        "as_reported": "Nearly 60 consumer local products",
        "basis": "reported",
        "period": None,
        "citation": 2,  # the index of the quote holding its words
    }
    assert delegation["exhibition_area"]["unit"] == "square_metres"


def test_members_keep_their_order(client):
    delegation = client.get("/api/v1/delegations/chongqing-business-delegation-belarus-2023").get_json()
    assert delegation["members"] == ["changan-auto", "taiji-group"]
    assert delegation["organizer"] == "chongqing-municipal-commission-of-commerce"


def test_deals_of_a_delegation(client):
    deals, _ = walk(client, "/api/v1/delegations/qingpu-delegation-ciie-2023/deals")
    assert [d["id"] for d in deals] == ["qingpu-delegation-trading-volume-ciie-2023"]
    assert client.get("/api/v1/delegations/nobody/deals").status_code == 404

from conftest import fixture_records, walk


def test_list_holds_every_curated_organization(client):
    records, total = walk(client, "/api/v1/organizations?limit=7")
    assert sorted(r["id"] for r in records) == sorted(o["id"] for o in fixture_records("organizations"))
    assert total == len(records)


def test_officials_who_speak_for_an_organization(client):
    commission = client.get("/api/v1/organizations/chongqing-municipal-commission-of-commerce").get_json()
    names = {official["name"] for official in commission["officials"]}
    assert {"Zhang Zhikui", "Xu Xincheng", "Pu Pu"} <= names
    assert commission["sources"]


def test_deals_an_organization_is_party_to(client):
    deals, _ = walk(client, "/api/v1/organizations/dow/deals")
    assert [d["id"] for d in deals] == ["zkh-dow-organosilicon-2023"]
    deals, _ = walk(client, "/api/v1/organizations/changan-ford/deals")
    assert [d["id"] for d in deals] == ["changan-ford-qingling-auto-parts-2019"]
    assert client.get("/api/v1/organizations/nobody/deals").status_code == 404

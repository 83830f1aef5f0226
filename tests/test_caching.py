import pytest


@pytest.mark.parametrize("url", ["/api/v1/deals?limit=2", "/api/v1/expos/ciie-2019", "/api/v1/openapi.json"])
def test_etag_and_304(client, url):
    first = client.get(url)
    etag = first.headers["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    assert "max-age=" in first.headers["Cache-Control"]
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    assert again.headers["ETag"] == etag
    assert client.get(url, headers={"If-None-Match": '"other"'}).status_code == 200


def test_different_pages_have_different_etags(client):
    first = client.get("/api/v1/deals?limit=2")
    cursor = first.get_json()["meta"]["next_cursor"]
    assert client.get(f"/api/v1/deals?limit=2&cursor={cursor}").headers["ETag"] != first.headers["ETag"]


def test_errors_are_not_cached(client):
    response = client.get("/api/v1/deals/nope")
    assert "ETag" not in response.headers


def test_a_304_costs_no_render(client, monkeypatch):
    from api.query import Listing

    etag = client.get("/api/v1/deals?limit=2").headers["ETag"]

    def fail(*args, **kwargs):
        raise AssertionError("rendered")

    monkeypatch.setattr(Listing, "page", fail)
    response = client.get("/api/v1/deals?limit=2", headers={"If-None-Match": etag})
    assert response.status_code == 304 and response.headers["ETag"] == etag


def test_a_write_changes_every_etag(app, client):
    runner = app.test_cli_runner()
    first = client.get("/api/v1/expos/ciie-2019")
    assert runner.invoke(args=["load-fixtures"]).exit_code == 0  # a write transaction, same content
    again = client.get("/api/v1/expos/ciie-2019", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 200 and again.headers["ETag"] != first.headers["ETag"]
    assert again.data == first.data


def test_last_modified_and_if_modified_since(client):
    first = client.get("/api/v1/organizations")
    stamp = first.headers["Last-Modified"]
    assert client.get("/api/v1/organizations", headers={"If-Modified-Since": stamp}).status_code == 304
    old = "Mon, 01 Jan 2001 00:00:00 GMT"
    assert client.get("/api/v1/organizations", headers={"If-Modified-Since": old}).status_code == 200
    # If-None-Match wins over If-Modified-Since
    both = {"If-Modified-Since": stamp, "If-None-Match": '"stale"'}
    assert client.get("/api/v1/organizations", headers=both).status_code == 200


def test_representations_per_accept_have_their_own_etag(client):
    json_etag = client.get("/api/v1/sources").headers["ETag"]
    other = client.get("/api/v1/sources", headers={"Accept": "application/json; q=0.9"}).headers["ETag"]
    assert json_etag != other
    assert "Accept" in client.get("/api/v1/sources").headers["Vary"]


def test_probes_are_never_cached(client):
    assert client.get("/readyz").headers["Cache-Control"] == "no-store"

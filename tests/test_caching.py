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

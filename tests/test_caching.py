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


@pytest.mark.parametrize(
    "url", ["/api/v1/deals?limit=2", "/api/v1/expos/ciie-2019", "/api/v1/expos/ciie-2019?fields=name"]
)
@pytest.mark.parametrize("coding", [None, "gzip"])
def test_a_304_varies_on_what_its_200_does(client, url, coding):
    """RFC 9110 15.4.5: a 304 carries the Vary its 200 would. A list varies on Prefer too (its
    meta.total answers `Prefer: count=exact`), an item does not."""
    headers = {"Accept-Encoding": coding} if coding else {}

    def varies(response):
        return {name.strip() for name in response.headers["Vary"].split(",")}

    first = client.get(url, headers=headers)
    again = client.get(url, headers={**headers, "If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and varies(again) == varies(first)
    assert ("Prefer" in varies(first)) == ("limit" in url)
    exact = client.get(url, headers={**headers, "Prefer": "count=exact"})
    assert (exact.headers["ETag"] != first.headers["ETag"]) == ("limit" in url)


def test_different_pages_have_different_etags(client):
    first = client.get("/api/v1/deals?limit=2")
    cursor = first.get_json()["meta"]["next_cursor"]
    assert client.get(f"/api/v1/deals?limit=2&cursor={cursor}").headers["ETag"] != first.headers["ETag"]


def test_errors_are_not_cached(client):
    response = client.get("/api/v1/deals/nope")
    assert "ETag" not in response.headers


def test_a_304_costs_no_render(client, monkeypatch):
    from api.lists.listing import Listing

    etag = client.get("/api/v1/deals?limit=2").headers["ETag"]

    def fail(*args, **kwargs):
        raise AssertionError("rendered")

    monkeypatch.setattr(Listing, "page", fail)
    response = client.get("/api/v1/deals?limit=2", headers={"If-None-Match": etag})
    assert response.status_code == 304 and response.headers["ETag"] == etag


def test_a_write_changes_the_etags_it_should(app, client, tmp_path):
    """Changing one record changes its ETag and every list's, not another record's."""
    import json
    import shutil

    from conftest import FIXTURES

    urls = [
        "/api/v1/expos/ciie-2019",
        "/api/v1/expos/ciie-2023",
        "/api/v1/expos",
        "/api/v1/expos/ciie-2019?fields=name",
    ]
    before = {url: client.get(url).headers["ETag"] for url in urls}
    changed = tmp_path / "fixtures"
    shutil.copytree(FIXTURES, changed)
    expos = json.loads((changed / "expos.json").read_text())
    next(e for e in expos if e["id"] == "ciie-2019")["description"] += " Edited."
    (changed / "expos.json").write_text(json.dumps(expos))
    assert app.test_cli_runner().invoke(args=["load-fixtures", str(changed)]).exit_code == 0
    after = {url: client.get(url, headers={"If-None-Match": before[url]}) for url in urls}
    assert after["/api/v1/expos/ciie-2023"].status_code == 304
    for url in ("/api/v1/expos/ciie-2019", "/api/v1/expos", "/api/v1/expos/ciie-2019?fields=name"):
        assert after[url].status_code == 200 and after[url].headers["ETag"] != before[url], url


def test_reloading_unchanged_fixtures_keeps_every_etag(app, client):
    etag = client.get("/api/v1/expos").headers["ETag"]
    assert app.test_cli_runner().invoke(args=["load-fixtures"]).exit_code == 0
    assert client.get("/api/v1/expos", headers={"If-None-Match": etag}).status_code == 304


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


def test_a_repeated_read_is_answered_from_the_representation_cache(client, monkeypatch):
    """The second request for a representation is the first one's bytes, without the view."""
    from api.lists.listing import Listing

    url = "/api/v1/deals?limit=3&expand=expo"
    first = client.get(url)

    def fail(*args, **kwargs):
        raise AssertionError("rendered again")

    monkeypatch.setattr(Listing, "page", fail)
    again = client.get(url)
    assert again.status_code == 200 and again.data == first.data
    for header in ("Content-Type", "Link", "ETag", "Cache-Control", "Vary", "Last-Modified"):
        assert again.headers.get(header) == first.headers.get(header), header
    assert again.headers["X-Request-ID"] != first.headers["X-Request-ID"]  # per request, never kept


def test_a_write_empties_the_representation_cache(client, token):
    from conftest import ORGANIZATION, bearer

    url = "/api/v1/organizations?limit=100&fields=id"
    before = client.get(url).get_json()["data"]
    created = client.post("/api/v1/organizations", json=ORGANIZATION, headers=bearer(token))
    assert created.status_code == 201, created.get_json()
    after = client.get(url).get_json()["data"]
    assert len(after) == len(before) + 1 and {"id": ORGANIZATION["id"]} in after


def test_only_public_answers_are_kept(app, client, token, monkeypatch):
    """An answer to a request with credentials is neither kept nor served from the cache."""
    from api.lists.listing import Listing

    from conftest import bearer

    url = "/api/v1/sources"
    client.get(url, headers=bearer(token))
    assert not app.extensions["representations"].kept
    public = client.get(url)
    rendered = []
    page = Listing.page

    def counted(*args, **kwargs):
        rendered.append(1)
        return page(*args, **kwargs)

    monkeypatch.setattr(Listing, "page", counted)
    assert client.get(url, headers=bearer(token)).data == public.data
    assert rendered == [1]


def test_exports_are_not_kept(app, client):
    response = client.get("/api/v1/deals?format=csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert not app.extensions["representations"].kept


def test_the_representation_cache_keeps_to_its_budget():
    from api.http.conditional import Representations

    budget = 8 * (100 + Representations.ENTRY)  # eight bodies of 100 bytes and their entries
    kept = Representations(budget=budget)
    kept.get(1, "warm")  # revision 1
    for n in range(20):
        kept.put(f"key-{n}", b"x" * 100, [])
    assert kept.size <= budget and len(kept.kept) == 8 and "key-19" in kept.kept
    kept.put("too-big", b"x" * 101, [])  # over an eighth of the budget: never kept
    assert "too-big" not in kept.kept
    assert kept.get(2, "key-19") is None and not kept.kept  # a new revision empties it


@pytest.mark.parametrize(
    "url",
    ["/api/v1/expos?limit=0", "/api/v1/expos?colour=red", "/api/v1/expos/no-such-expo", "/api/v1/nowhere"],
)
@pytest.mark.parametrize(
    "headers", [{"If-None-Match": "*"}, {"If-Modified-Since": "Fri, 01 Jan 2100 00:00:00 GMT"}]
)
def test_an_invalid_request_is_never_not_modified(client, url, headers):
    """`*` and a date match any URL: only a request that would succeed may be answered 304
    (found by Schemathesis: a 304 answered a query with invalid parameters)."""
    response = client.get(url, headers=headers)
    assert response.status_code in (400, 404), response.status_code
    assert response.content_type == "application/problem+json"


def test_if_none_match_star_matches_any_current_representation(client):
    assert client.get("/api/v1/expos", headers={"If-None-Match": "*"}).status_code == 304
    assert client.get("/api/v1/expos/ciie-2019", headers={"If-None-Match": "*"}).status_code == 304


def test_a_database_never_written_is_cached_too(empty_app):
    """No revision row yet (revision 0) is a revision like any other."""
    client = empty_app.test_client()
    first = client.get("/api/v1/deals")
    assert first.status_code == 200 and empty_app.extensions["representations"].kept
    assert client.get("/api/v1/deals").data == first.data

import base64
import json

import pytest

from conftest import walk

LISTS = [
    "/api/v1/expos",
    "/api/v1/delegations",
    "/api/v1/deals",
    "/api/v1/organizations",
    "/api/v1/sources",
    "/api/v1/expos/ciie-2019/deals",
    "/api/v1/sources/qingpu-at-ciie-2023/records",
]


@pytest.mark.parametrize("url", LISTS)
@pytest.mark.parametrize("limit", [1, 2, 3, 100])
def test_walking_every_page_has_no_duplicate_or_gap(client, url, limit):
    everything = client.get(f"{url}?limit=100").get_json()["data"]
    key = (lambda r: (r["resource"], r["id"])) if url.endswith("/records") else (lambda r: r["id"])
    records, total = walk(client, f"{url}?limit={limit}")
    assert [key(r) for r in records] == [key(r) for r in everything]
    assert len(set(map(key, records))) == len(records) == total


def test_page_envelope(client):
    response = client.get("/api/v1/deals?limit=2")
    body = response.get_json()
    assert len(body["data"]) == 2
    assert body["meta"]["limit"] == 2 and body["meta"]["total"] == 8
    assert body["links"]["self"] == "/api/v1/deals?limit=2"
    assert body["links"]["next"] == f"/api/v1/deals?limit=2&cursor={body['meta']['next_cursor']}"
    assert response.headers["Link"] == f'<{body["links"]["next"]}>; rel="next"'


def test_last_page_has_no_next(client):
    body = client.get("/api/v1/sources?limit=5").get_json()
    assert body["meta"]["next_cursor"] is None and body["links"]["next"] is None
    assert "Link" not in client.get("/api/v1/sources?limit=5").headers


def test_default_limit_is_20(client):
    assert client.get("/api/v1/organizations").get_json()["meta"]["limit"] == 20


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("limit=101", "limit"),
        ("limit=0", "limit"),
        ("limit=ten", "limit"),
        ("limit=2&limit=3", "limit"),
        ("cursor=not-a-cursor", "cursor"),
        ("cursor=", "cursor"),
        ("page=2", "page"),
        ("Limit=2", "Limit"),
    ],
)
def test_bad_query_parameters_are_400_naming_them(client, query, parameter):
    response = client.get(f"/api/v1/deals?{query}")
    assert response.status_code == 400
    assert response.content_type == "application/problem+json"
    body = response.get_json()
    assert body["status"] == 400 and body["instance"] == "/api/v1/deals"
    assert [e["parameter"] for e in body["errors"]] == [parameter]


def test_cursor_of_another_list_is_rejected(client):
    cursor = client.get("/api/v1/sources/qingpu-at-ciie-2023/records?limit=1").get_json()["meta"][
        "next_cursor"
    ]
    response = client.get(f"/api/v1/deals?cursor={cursor}")
    # well-formed, so not a 400: it names no page of this list, as an unknown id names no record
    assert response.status_code == 404 and response.mimetype == "application/problem+json"
    assert response.get_json()["errors"][0]["parameter"] == "cursor"


@pytest.mark.parametrize(
    "url, values",
    [
        ("/api/v1/changes", ["chongqing-belarus-signed-projects-2023"]),  # a string for an integer id
        ("/api/v1/changes", [True]),
        ("/api/v1/deals", [7]),  # a number for a string id
        ("/api/v1/deals?sort=amount", ["lots", "zkh"]),
        ("/api/v1/expos?sort=year", [[2019], "ciie-2019"]),
        ("/api/v1/deals?q=ciie", ["high", "zkh"]),  # text for the search rank
    ],
)
def test_a_cursor_whose_values_do_not_fit_its_sort_is_rejected(client, url, values):
    """Its sort matches, its values are of another type: PostgreSQL failed the query, a 500
    (found by Schemathesis, with a cursor of the deals sent to the change feed)."""
    response = client.get(
        url.split("?")[0] + "?limit=1" + (url.partition("?")[2] and "&" + url.partition("?")[2])
    )
    keys = json.loads(base64.urlsafe_b64decode(response.get_json()["meta"]["next_cursor"] + "=="))["s"]
    cursor = base64.urlsafe_b64encode(json.dumps({"s": keys, "k": values}).encode()).decode().rstrip("=")
    response = client.get(f"{url}{'&' if '?' in url else '?'}cursor={cursor}")
    assert response.status_code == 404, response.get_json()
    assert response.get_json()["errors"][0]["parameter"] == "cursor"

"""Discovery: the OpenAPI document as YAML, the RFC 9727 API catalog, and a deprecation
announced with Deprecation (RFC 9745), Sunset (RFC 8594) and Link rel="deprecation"."""

import re

import yaml
from werkzeug.http import parse_date

from conftest import ROOT


def test_the_document_as_yaml_is_the_json_one_and_the_committed_one(client):
    response = client.get("/api/v1/openapi.yaml")
    assert response.status_code == 200 and response.mimetype == "application/yaml"
    served = yaml.safe_load(response.get_data(as_text=True))
    assert served == client.get("/api/v1/openapi.json").get_json()
    assert served == yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert (
        response.headers["ETag"]
        and client.get(
            "/api/v1/openapi.yaml", headers={"If-None-Match": response.headers["ETag"]}
        ).status_code
        == 304
    )


def test_the_api_catalog_links_the_document_and_the_docs(client):
    response = client.get("/.well-known/api-catalog")
    assert response.status_code == 200 and response.mimetype == "application/linkset+json"
    (entry,) = response.get_json()["linkset"]
    assert entry["anchor"].endswith("/api/v1")
    hrefs = [link["href"] for link in entry["service-desc"] + entry["service-doc"]]
    assert [h.split("/", 3)[-1] for h in hrefs] == ["api/v1/openapi.json", "api/v1/openapi.yaml", "docs"]
    for href in hrefs:
        with client.get(href) as linked:
            assert linked.status_code == 200, href
    assert 'rel="api-catalog"' in response.headers["Link"]


def test_a_deprecated_route_announces_its_deprecation_and_sunset(client):
    old = client.get("/openapi.json")
    assert old.status_code == 200 and old.get_json() == client.get("/api/v1/openapi.json").get_json()
    since = re.fullmatch(r"@(\d+)", old.headers["Deprecation"])  # an RFC 9651 date
    assert since and parse_date(old.headers["Sunset"]).timestamp() > int(since.group(1))
    links = old.headers["Link"]
    page = re.search(r'<([^>]+)>; rel="deprecation"', links).group(1)
    assert '</api/v1/openapi.json>; rel="successor-version"' in links
    explained = client.get(page)
    assert explained.status_code == 200 and "/api/v1/openapi.json" in explained.get_data(as_text=True)
    current = client.get("/api/v1/openapi.json")
    assert "Deprecation" not in current.headers and "Sunset" not in current.headers

"""`/`: where a person or a program starts; JSON by default, HTML for browsers."""

import re
from html.parser import HTMLParser

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "a":
            self.hrefs.append(dict(attrs)["href"])


def test_clients_get_json_with_every_link(client):
    for headers in ({}, {"Accept": "*/*"}, {"Accept": "application/json"}):
        response = client.get("/", headers=headers)
        assert response.status_code == 200 and response.mimetype == "application/json", headers
        body = response.get_json()
        assert set(body) == {"name", "description", "links", "examples"}
        assert "Accept" in response.headers["Vary"]
    links = body["links"]
    assert {"docs", "openapi", "expos", "delegations", "deals", "organizations", "sources"} <= set(links)
    assert links["docs"]["href"] == "/docs" and links["openapi"]["href"] == "/api/v1/openapi.json"
    assert {"filter", "expand", "search", "stats", "csv"} <= set(body["examples"])
    assert all(link["title"] for link in [*links.values(), *body["examples"].values()])


def test_every_link_and_example_works(client):
    body = client.get("/").get_json()
    for link in [*body["links"].values(), *body["examples"].values()]:
        with client.get(link["href"]) as response:
            assert response.status_code == 200, link
    csv = client.get(body["examples"]["csv"]["href"])
    assert csv.mimetype == "text/csv" and "zkh-dow-organosilicon-2023" in csv.get_data(as_text=True)
    deals = client.get(body["examples"]["filter"]["href"]).get_json()["data"]
    assert deals and all(d["kind"] == "purchase_order" and d["amount"]["low"] >= 100000000 for d in deals)


def test_browsers_get_a_page_with_the_same_links(client):
    response = client.get("/", headers={"Accept": BROWSER})
    assert response.status_code == 200 and response.mimetype == "text/html"
    page = Links()
    page.feed(response.get_data(as_text=True))
    body = client.get("/").get_json()
    expected = [link["href"] for link in [*body["links"].values(), *body["examples"].values()]]
    assert sorted(page.hrefs) == sorted(expected)
    assert body["name"] in response.get_data(as_text=True)


def test_the_page_needs_no_script_or_inline_style(client):
    response = client.get("/", headers={"Accept": BROWSER})
    html = response.get_data(as_text=True)
    page = Links()
    page.feed(html)
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"script", "style", "iframe", "img"}
    assert not any("style" in attrs or any(a.startswith("on") for a in attrs) for _, attrs in page.tags)
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert not re.search(r"https?://", html)


def test_other_methods_and_unknown_types(client):
    assert client.head("/").status_code == 200
    response = client.post("/")
    assert response.status_code == 405 and response.mimetype == "application/problem+json"
    assert client.get("/", headers={"Accept": "text/plain;q=1, application/json;q=0.1"}).mimetype == (
        "application/json"
    )

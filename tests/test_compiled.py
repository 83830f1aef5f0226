"""A list page's SQL is compiled once per form of request, with stand-ins for the values it
compares (api/lists/compiled.py): every page served from such a template must be, byte for
byte, the page compiled for that request alone."""

import pytest

from api.lists import compiled
from api.lists.filters import Inferred
from api.resources.deals import DEALS

# forms over every filter family, sorts both ways (nullable keys, computed figure keys, a
# date key), the sector link walked, expansions and sparse fields; each walked page by page
URLS = [
    "/api/v1/deals?limit=2",
    "/api/v1/deals?limit=3&sort=-amount",
    "/api/v1/deals?limit=2&sort=title",
    "/api/v1/deals?limit=2&sort=-signed_on",
    "/api/v1/deals?limit=2&sort=expo,-projects",
    "/api/v1/deals?limit=2&expo=ciie-2019,ciie-2023&expand=expo,delegation",
    "/api/v1/deals?limit=1&kind=purchase_order&fields=title,amount",
    "/api/v1/deals?limit=2&amount[gte]=1000000&amount[lt]=100000000000",
    "/api/v1/deals?limit=2&signed_on[gte]=2019-01-01&signed_on[lt]=2024-01-01",
    "/api/v1/deals?limit=2&sector=automobile&sort=signed_on",
    "/api/v1/deals?limit=2&sector=automobile,semiconductor&sort=-amount",
    "/api/v1/deals?limit=2&organization=dow&scope=single",
    "/api/v1/deals?limit=2&inferred=true",
    "/api/v1/deals?limit=2&q=deal",
    "/api/v1/expos?limit=3&year[gte]=2019&sort=-start_date",
    "/api/v1/expos?limit=2&country=CN&sort=name",
    "/api/v1/expos?limit=2&sector=automobiles",
    "/api/v1/expos/ciie-2019/deals?limit=1",
    "/api/v1/delegations?limit=2&expo=ciie-2023&expand=expo",
    "/api/v1/organizations?limit=4&sort=-name",
    "/api/v1/sources?limit=2",
    *(f"/api/v1/stats/deals?group_by={key}" for key in ("expo", "delegation", "year", "sector", "currency")),
    "/api/v1/stats/deals?group_by=currency&expo=ciie-2019,ciie-2023&amount[gte]=1",
    "/api/v1/stats/deals?group_by=sector&kind=purchase_order&inferred=true",
]


def pages(client, url):
    """The bodies of every page of a list, following links.next (a statistic: its one body)."""
    bodies = []
    while url:
        response = client.get(url)
        assert response.status_code == 200, (url, response.get_json())
        bodies.append(response.data)
        url = response.get_json().get("links", {}).get("next")
        assert len(bodies) <= 100, "pagination does not end"
    return bodies


def same_pages_compiled_per_request(app, client, urls, monkeypatch):
    """Walk each list with templates, then with every page compiled for itself: the same bytes."""
    app.extensions["representations"].budget = 0  # every page rendered, none kept
    served = {url: pages(client, url) for url in urls}
    lists = [url for url in urls if "/stats/" not in url]
    assert sum(len(served[url]) for url in lists) > 2 * len(lists)  # pages, not only first ones
    monkeypatch.setattr(compiled, "template", lambda *args: None)
    app.extensions["list_counts"].clear()
    for url in urls:
        assert pages(client, url) == served[url], url


def test_pages_from_templates_are_the_pages_compiled_for_each_request(app, client, monkeypatch):
    same_pages_compiled_per_request(app, client, URLS, monkeypatch)


def test_the_same_on_synthetic_deals(empty_app, monkeypatch):
    """Hundreds of deals: an expo's pages (the varied benchmark's), a sector's pages walking
    its link, figures with nulls both ways."""
    sizes = ["--deals", "300", "--organizations", "20", "--expos", "5", "--delegations", "12"]
    assert empty_app.test_cli_runner().invoke(args=["synth", *sizes]).exit_code == 0
    client = empty_app.test_client()
    expo = client.get("/api/v1/deals?limit=1").get_json()["data"][0]["expo"]
    urls = [
        f"/api/v1/deals?expo={expo}&limit=25&expand=expo",
        "/api/v1/deals?sector=automobile,electronics&limit=20&sort=-amount",
        "/api/v1/deals?sector=electronics&limit=10&sort=-signed_on&expand=expo",
        "/api/v1/deals?sector=electronics&limit=10&sort=signed_on&signed_on[gte]=2019-01-01",
        "/api/v1/deals?kind=purchase_order,investment&limit=30&sort=title",
        "/api/v1/deals?limit=40&sort=projects,-id&amount[gte]=1",
        f"/api/v1/stats/deals?group_by=sector&expo={expo}",
        f"/api/v1/stats/deals?group_by=delegation&expo={expo}&kind=purchase_order",
        "/api/v1/stats/deals?group_by=year&sector=electronics&signed_on[gte]=2019-01-01",
    ]
    same_pages_compiled_per_request(empty_app, client, urls, monkeypatch)


def test_a_form_is_compiled_once_for_all_its_values(app, client):
    """Two expos' pages, and a page after either's cursor: one template each, no other compile."""
    args = {"expo": ["ciie-2019"], "limit": 2, "expand": ["expo"]}
    form, values = compiled.form_of(DEALS, args)
    assert values == ["ciie-2019"]
    assert compiled.form_of(DEALS, {**args, "expo": ["ciie-2023"]})[0] == form
    with app.app_context():
        from api.db import database

        found = compiled.template(type(database.obj), DEALS.page_queries, form, None)
    page, count = found.statements
    assert "ciie" not in page.sql and compiled.Slot(0) in page.params and compiled.Slot(0) in count.params


def test_values_turned_into_others_are_not_templated(app, monkeypatch):
    """A filter that makes its values into others (here a LIKE pattern), had it claimed to
    compare them as they are, is caught by the two rounds of stand-ins: compiled per request."""
    monkeypatch.setattr(Inferred, "opaque", True)
    form, _ = compiled.form_of(DEALS, {"inferred": ["amount"], "limit": 2})
    assert form is not None
    with app.app_context():
        from api.db import database

        assert compiled.template(type(database.obj), DEALS.page_queries, form, None) is None


@pytest.mark.parametrize(
    "args",
    [
        {"q": "deal", "limit": 2},  # a search's SQL depends on its words
        {"facet": ["kind"], "limit": 2},
        {"inferred": ["true"], "limit": 2},  # its SQL depends on what the values are
    ],
)
def test_requests_compiled_for_themselves_alone(args):
    assert compiled.form_of(DEALS, args) == (None, None)

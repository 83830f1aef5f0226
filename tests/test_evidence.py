"""Evidence (issue 15): sources hold their text, every quote is found in it at every write and
anchored there with W3C Web Annotation selectors, and a citation links to its passage,
highlighted on the source's page. Over HTTP, on a fresh database, on both backends."""

import base64
import hashlib
import re
from html.parser import HTMLParser
from urllib.parse import unquote

import pytest
from test_writes import DEAL, assert_problem, create_needs, delete, etag_of, patch, post

from api.store.evidence import anchor, href
from schemas.sources import MAX_TEXT_BYTES

from conftest import SEEDS, bearer, fixture_records, snapshot, walk

TEXT = (
    "Harbour Town, 3 March.\n\nThe first  Harbour Fair opened today with\n"
    "over 120 exhibitors from 14 countries.\r\n\r\nOrganizers said the fair signed deals worth "
    "USD 5 million, a record for the town.\n"
)
SOURCE = {
    "id": "harbour-fair-report",
    "title": "Harbour Fair opens",
    "publisher": "Harbour News",
    "text": TEXT,
}
QUOTE = "The first Harbour Fair opened today with over 120 exhibitors from 14 countries."
# the suite's own deal without its figures: their words are in its own quotes, not in these
HARBOUR_DEAL = {**DEAL, "amount": None, "enterprises": None}


def sha256(text):
    return f"sha-256=:{base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()}:"


def folded(text):
    return " ".join(text.split())


def add_source(client, token, body=None):
    response = post(client, token, "sources", body or SOURCE)
    assert response.status_code == 201, response.get_json()
    return response


def cite(client, token, quote=QUOTE, source=SOURCE["id"]):
    """POST a new deal (the test suite's own) citing `quote` of `source`."""
    create_needs(client, token, "deals")
    return post(client, token, "deals", {**HARBOUR_DEAL, "sources": [{"source": source, "quote": quote}]})


def test_a_curator_adds_a_source_and_cites_it(client, token):
    response = add_source(client, token)
    assert response.headers["Location"] == "/api/v1/sources/harbour-fair-report"
    source = response.get_json()
    assert "text" not in source and source["digest"] == sha256(TEXT) and source["file"] is None
    assert client.get("/api/v1/sources/harbour-fair-report").get_json() == source
    changes = client.get("/api/v1/changes?resource=sources").get_json()["data"]
    assert [(c["operation"], c["record"], c["actor"]) for c in changes][-1] == (
        "create",
        SOURCE["id"],
        "alice",
    )

    response = cite(client, token)
    assert response.status_code == 201, response.get_json()
    (citation,) = response.get_json()["sources"]
    start = TEXT.index("The first")
    end = TEXT.index("countries.") + len("countries.")
    quote_selector, position = citation["selector"]
    assert position == {"type": "TextPositionSelector", "start": start, "end": end}
    assert (
        quote_selector
        == {
            "type": "TextQuoteSelector",
            "exact": TEXT[start:end],  # the text's own whitespace: two spaces, a line break
            "prefix": TEXT[max(0, start - 32) : start],
            "suffix": TEXT[end : end + 32],
        }
    )
    assert citation["href"].startswith(f"/sources/harbour-fair-report#cite-{start}-{end}:~:text=")
    # the stored representation is what reads serve
    assert client.get(f"/api/v1/deals/{DEAL['id']}").get_json()["sources"] == [citation]


def test_a_quote_not_in_the_text_is_422_naming_the_citation_and_writes_nothing(client, token):
    add_source(client, token)
    create_needs(client, token, "deals")
    before = snapshot()
    body = {
        **HARBOUR_DEAL,
        "sources": [
            {"source": SOURCE["id"], "quote": QUOTE},
            {"source": SOURCE["id"], "quote": "deals worth USD 50 million"},  # not what it says
        ],
    }
    response = post(client, token, "deals", body)
    assert_problem(response, 422, "/sources/1/quote")
    assert "harbour-fair-report" in response.get_json()["errors"][0]["detail"]
    assert snapshot() == before


@pytest.mark.parametrize(
    "quote",
    [
        "The first Harbour Fair opened today with over 120 exhibitors",  # the text's two spaces, folded
        "  USD 5 million,\n a record ",  # other whitespace, and around it
        "over\t120 exhibitors from 14 countries.  Organizers said",  # across "\r\n\r\n"
    ],
)
def test_a_quote_differing_only_in_whitespace_is_accepted_and_anchored(client, token, quote):
    add_source(client, token)
    response = cite(client, token, quote)
    assert response.status_code == 201, response.get_json()
    (citation,) = response.get_json()["sources"]
    assert citation["quote"] == quote  # stored as the curator wrote it
    exact, position = citation["selector"]
    assert TEXT[position["start"] : position["end"]] == exact["exact"]
    assert folded(exact["exact"]) == folded(quote)


@pytest.mark.parametrize(
    "quote",
    ["HarbourFair opened", "USD5 million", "harbour fair", "first Harbour Fair opened today with over 130"],
)
def test_whitespace_is_the_only_difference_allowed(client, token, quote):
    add_source(client, token)
    assert_problem(cite(client, token, quote), 422, "/sources/0/quote")


def test_a_patch_of_text_that_breaks_a_citation_is_409_naming_it(client, token):
    add_source(client, token)
    assert cite(client, token).status_code == 201
    path = "/api/v1/sources/harbour-fair-report"
    before = snapshot()
    response = patch(
        client, token, path, {"text": TEXT.replace("14 countries", "15 countries")}, etag_of(client, path)
    )
    assert response.status_code == 409, response.get_json()
    problem = response.get_json()
    assert problem["errors"] == [
        {
            "pointer": "/text",
            "detail": f"It would break the citation /sources/0 of deals/{DEAL['id']}: "
            "its quote is not in the text.",
        }
    ]
    assert snapshot() == before


def test_a_patch_of_text_that_keeps_every_citation_re_anchors_them(client, token):
    add_source(client, token)
    assert cite(client, token).status_code == 201
    deal = f"/api/v1/deals/{DEAL['id']}"
    deal_etag = etag_of(client, deal)
    path = "/api/v1/sources/harbour-fair-report"
    new = "Updated: a correction was appended below.\n\n" + TEXT
    response = patch(
        client, token, path, {"text": new, "title": "Harbour Fair opens (corrected)"}, etag_of(client, path)
    )
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["digest"] == sha256(new)
    assert client.get(f"{path}/text").get_data(as_text=True) == new
    (citation,) = client.get(deal).get_json()["sources"]
    shift = len("Updated: a correction was appended below.\n\n")
    assert citation["selector"][1]["start"] == TEXT.index("The first") + shift
    assert etag_of(client, deal) != deal_etag  # the record's representation changed with it
    changes = client.get("/api/v1/changes?resource=deals").get_json()["data"]
    assert changes[-1]["record"] == DEAL["id"] and changes[-1]["after"]["sources"] == [citation]
    assert changes[-1]["before"]["sources"][0]["selector"][1]["start"] == TEXT.index("The first")
    # metadata alone: the text (not shown) is kept
    response = patch(client, token, path, {"publisher": None}, etag_of(client, path))
    assert response.status_code == 200 and response.get_json()["digest"] == sha256(new)


def test_a_record_round_trips_through_patch_with_its_selectors(client, token):
    path = "/api/v1/deals/zkh-dow-organosilicon-2023"
    record = client.get(path).get_json()
    assert record["sources"][0]["selector"]
    response = patch(client, token, path, record, etag_of(client, path))
    assert response.status_code == 200, response.get_json()
    assert response.get_json() == record


def test_a_seed_file_is_the_text_of_one_source(client, token):
    """Found by the in-process Schemathesis: a second source claiming a seed file was a 500; it is a
    409, as an id already taken is."""
    taken = {**SOURCE, "file": "003_753cb23db75e7b94.txt"}
    body = assert_problem(post(client, token, "sources", taken), 409)
    assert "qingpu-at-ciie-2023" in body["detail"]
    add_source(client, token)
    path = f"/api/v1/sources/{SOURCE['id']}"
    response = patch(client, token, path, {"file": taken["file"]}, etag_of(client, path))
    assert_problem(response, 409)


def test_a_cited_source_cannot_be_deleted_an_uncited_one_can(client, token):
    path = "/api/v1/sources/qingpu-at-ciie-2023"
    response = delete(client, token, path, etag_of(client, path))
    assert response.status_code == 409
    add_source(client, token)
    path = "/api/v1/sources/harbour-fair-report"
    assert delete(client, token, path, etag_of(client, path)).status_code == 204
    assert client.get(path).status_code == 404


def test_the_text_is_served_with_its_digest_an_etag_and_304(client):
    for source in fixture_records("sources"):
        path = f"/api/v1/sources/{source['id']}/text"
        response = client.get(path)
        assert response.status_code == 200
        assert response.content_type == "text/plain; charset=utf-8"
        seed = (SEEDS / source["file"]).read_bytes()
        assert response.get_data() == seed  # the seed exactly as stored
        assert response.headers["Repr-Digest"] == sha256(seed.decode())
        assert client.get(f"/api/v1/sources/{source['id']}").get_json()["digest"] == sha256(seed.decode())
        etag = response.headers["ETag"]
        assert client.get(path, headers={"If-None-Match": etag}).status_code == 304
    assert client.get("/api/v1/sources/no-such-source/text").status_code == 404


def test_every_citation_of_the_fixtures_is_anchored_in_its_source(client):
    texts = {
        s["id"]: client.get(f"/api/v1/sources/{s['id']}/text").get_data(as_text=True)
        for s in fixture_records("sources")
    }
    count = 0
    for resource in ("expos", "delegations", "deals", "organizations"):
        records, _ = walk(client, f"/api/v1/{resource}?limit=100")
        for record in records:
            for citation in record["sources"]:
                text = texts[citation["source"]]
                quote_selector, position = citation["selector"]
                exact = text[position["start"] : position["end"]]
                assert folded(exact) == folded(citation["quote"]), (record["id"], citation["quote"])
                assert quote_selector["exact"] == exact
                assert text[: position["start"]].endswith(quote_selector["prefix"])
                assert text[position["end"] :].startswith(quote_selector["suffix"])
                count += 1
    assert count > 50
    for source in fixture_records("sources"):
        record = client.get(f"/api/v1/sources/{source['id']}").get_json()
        assert record["digest"] == sha256(texts[source["id"]])


def test_the_records_of_a_source_show_their_citations_with_selectors(client):
    records, _ = walk(client, "/api/v1/sources/qingpu-at-ciie-2023/records")
    for item in records:
        record = client.get(item["href"]).get_json()
        mine = [c for c in record["sources"] if c["source"] == "qingpu-at-ciie-2023"]
        assert item["citations"] == mine
        assert item["quotes"] == [c["quote"] for c in mine]


class Marks(HTMLParser):
    """The text inside each <mark id>, and every element id."""

    def __init__(self):
        super().__init__()
        self.open, self.marks, self.ids = [], {}, set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "mark":
            self.open.append(attrs["id"])
            self.marks[attrs["id"]] = ""
        self.skip = tag == "span" and "cited-by" in (attrs.get("class") or "")

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data):
        for mark in self.open:
            self.marks[mark] += data


def test_the_page_highlights_every_cited_passage_and_links_its_records(client):
    records, _ = walk(client, "/api/v1/deals?limit=100")
    for source in fixture_records("sources"):
        response = client.get(f"/sources/{source['id']}", headers={"Accept": "text/html"})
        assert response.status_code == 200 and response.mimetype == "text/html"
        assert "style-src 'self'" in response.headers["Content-Security-Policy"]
        page = response.get_data(as_text=True)
        marks = Marks()
        marks.feed(page)
        for record in records:
            for citation in (c for c in record["sources"] if c["source"] == source["id"]):
                fragment = citation["href"].split("#", 1)[1].split(":~:", 1)[0]
                assert fragment in marks.ids
                assert f'href="/api/v1/deals/{record["id"]}"' in page
                if fragment in marks.marks:  # nested marks hold the cited-by links of inner passages
                    assert folded(citation["quote"]) in folded(
                        re.sub(r"\[[^\]]*\]", "", marks.marks[fragment])
                    )
    assert client.get("/sources/no-such-source").status_code == 404


def test_the_link_is_a_text_fragment_of_the_passage():
    text = "Before it. Alpha-beta, gamma & delta went on and on for many more words here. After it ends."
    found = anchor(text, "Alpha-beta, gamma & delta went on and on for many more words here.")
    link = href("s", found)
    page, directive = link.split(":~:text=")
    assert page == f"/sources/s#cite-{found.start}-{found.end}"
    terms = directive.split(",")
    # prefix-, start, end, -suffix: the syntax characters inside the terms are percent-encoded
    assert terms[0].endswith("-") and terms[-1].startswith("-") and len(terms) == 4
    assert [unquote(t) for t in terms[1:3]] == ["Alpha-beta, gamma & delta", "many more words here."]
    assert terms[1] == "Alpha%2Dbeta%2C%20gamma%20%26%20delta"
    assert unquote(terms[0][:-1]) == "Before it." and unquote(terms[-1][1:]) == "After it ends."


@pytest.mark.parametrize(
    "text, pointer",
    [
        ("x" * (MAX_TEXT_BYTES + 1), "/text"),
        ("a NUL \u0000 here", "/text"),
        ("", "/text"),
    ],
)
def test_hostile_texts_are_422(client, token, text, pointer):
    before = snapshot()
    assert_problem(post(client, token, "sources", {**SOURCE, "text": text}), 422, pointer)
    assert snapshot() == before


def test_a_lone_surrogate_and_a_body_over_the_limit_are_4xx(client, token):
    raw = '{"id": "s", "text": "\\ud800 alone"}'
    response = client.post(
        "/api/v1/sources", data=raw, headers=bearer(token, **{"Content-Type": "application/json"})
    )
    assert_problem(response, 422, "/text")
    response = post(client, token, "sources", {**SOURCE, "text": "x" * (1024 * 1024)})
    assert response.status_code == 413


def test_the_digest_is_the_apis_never_the_clients(client, token):
    response = post(client, token, "sources", {**SOURCE, "digest": "sha-256=:AAAA:"})
    assert_problem(response, 422, "/digest")

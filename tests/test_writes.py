"""Curators' writes over HTTP: POST, PATCH (JSON merge patch) and DELETE on expos,
delegations, deals and organizations; validation, bodies, If-Match, Idempotency-Key
and ETags. A refused write leaves every table exactly as it was."""

import copy
import json

import pytest

from api.db import database
from api.store.models import Citation, DealParty
from schemas.common import NO_NUL, SLUG

from conftest import as_written, bearer, issue_token, snapshot

QUOTE = "cqnews-chongqing-exhibition-belarus-2023"

# New records, with every field (so that what is read back equals what was written),
# citing verbatim passages of seed 004. They form a chain: the delegation attends the
# expo, the deal is credited to the delegation.
EXPO = {
    "id": "astana-auto-parts-market-visit-2023",
    "name": "Chongqing business delegation's visit to the auto parts markets of Astana",
    "short_name": None,
    "kind": "promotion_event",
    "edition": None,
    "part_of": None,
    "year": 2023,
    "start_date": "2023-06-24",
    "end_date": "2023-06-25",
    "dates_as_reported": "on June 24",
    "city": "Astana",
    "country": "KZ",
    "venue": "auto parts shopping centers",
    "organizers": ["chongqing-municipal-commission-of-commerce"],
    "sectors": ["auto_parts"],
    "description": "The first stop of the eight-day trip: visits to the local markets for auto parts.",
    "countries_and_regions": None,
    "enterprises": None,
    "visitors": {
        "value": None,
        "low": 2,
        "high": 9,
        "qualifier": "range",
        "unit": "managers_and_dealers",
        "as_reported": "several managers and dealers",
    },
    "exhibition_area": None,
    "featured_sectors": None,
    "sources": [
        {
            "source": QUOTE,
            "quote": "It took around 15 hours for the delegation to arrive at their first stop of the "
            "journey, Astana, from Chongqing at 1:00 a.m. on June 24.",
        },
        {
            "source": QUOTE,
            "quote": "After a short break, they started to visit the local markets for auto parts in Astana.",
        },
        {
            "source": QUOTE,
            "quote": "They communicated with several managers and dealers in the auto parts shopping "
            "centers, auto self-service centers, and second-hand car markets,",
        },
    ],
    "inferred": ["year", "end_date"],
    "note": "Test record. The delegation departed Astana the next day.",
}
DELEGATION = {
    "id": "chongqing-auto-parts-group-astana-2023",
    "name": "Chongqing auto parts market research group",
    "expo": EXPO["id"],
    "kind": "business",
    "represents": "Chongqing",
    "part_of": None,
    "organizer": "chongqing-municipal-commission-of-commerce",
    "members": ["changan-auto", "taiji-group"],
    "sectors": ["auto_parts"],
    "description": "The part of the Chongqing business delegation that studied the auto parts markets.",
    "districts_and_counties": None,
    "enterprises": None,
    "exhibitors": None,
    "purchasers": None,
    "visitors": None,
    "exhibition_area": None,
    "products": None,
    "activities": {
        "value": 1,
        "low": 1,
        "high": 1,
        "qualifier": "exact",
        "unit": "market_visits",
        "as_reported": "visit the local markets",
    },
    "companies_settling": None,
    "companies_intending_to_settle": None,
    "sources": [
        {"source": QUOTE, "quote": "The Chongqing business delegation visited auto parts markets."},
        {
            "source": QUOTE,
            "quote": "After a short break, they started to visit the local markets for auto parts in Astana.",
        },
    ],
    "inferred": ["members"],
    "note": "Test record.",
}
DEAL = {
    "id": "astana-auto-parts-orders-2023",
    "title": "Auto parts orders discussed in Astana",
    "kind": "intended_purchase",
    "scope": "aggregate",
    "expo": EXPO["id"],
    "delegation": DELEGATION["id"],
    "signed_on": "2023-06-24",
    "subject": "auto parts",
    "sectors": ["auto_parts"],
    "description": "Orders the auto parts dealers discussed with the delegation.",
    "parties": [
        {"organization": "changan-auto", "role": "seller"},
        {"organization": "national-atameken-chamber-of-entrepreneurs", "role": "partner"},
    ],
    "amount": {
        "value": None,
        "low": 100000000,
        "high": 999999999,
        "qualifier": "range",
        "currency": "KZT",
        "as_reported": "hundreds of millions",
    },
    "includes": [],
    "projects": None,
    "enterprises": {
        "value": None,
        "low": 2,
        "high": None,
        "qualifier": "at_least",
        "unit": "enterprises",
        "as_reported": "several managers and dealers",
    },
    "sources": [
        {
            "source": QUOTE,
            "quote": "They even sorted out information about the latest market demands they learned "
            "on the day.",
        },
        {
            "source": QUOTE,
            "quote": "They communicated with several managers and dealers in the auto parts shopping "
            "centers, auto self-service centers, and second-hand car markets,",
        },
        {  # a test record: its amount's words are borrowed from seed 001
            "source": "ichongqing-chongqing-at-ciie-2019",
            "quote": "Changan Ford signed purchase orders for auto parts, totally valuing hundreds of "
            "millions of dollars.",
        },
    ],
    "inferred": ["signed_on"],
    "note": "Test record.",
}
ORGANIZATION = {
    "id": "trade-promotion-office-chongqing",
    "name": "Trade Promotion Office of the Chongqing Municipal Commission of Commerce",
    "aliases": ["Trade Promotion Office"],
    "kind": "government_agency",
    "country": "CN",
    "city": "Chongqing",
    "description": "An office of the Chongqing Municipal Commission of Commerce.",
    "officials": [{"name": "Pu Pu", "title": "Deputy Director"}],
    "sources": [
        {
            "source": QUOTE,
            "quote": "Pu Pu, deputy director of the Trade Promotion Office of the Chongqing Municipal "
            "Commission of Commerce,",
        }
    ],
    "inferred": ["country", "city"],
    "note": "Test record.",
}
RECORDS = {"expos": EXPO, "delegations": DELEGATION, "deals": DEAL, "organizations": ORGANIZATION}
# the members each record gained after release 1.0.0 (whose API refuses them as unknown)
ADDED_SINCE_1_0 = {"part_of": "delegations", "includes": "deals"}
# what each record needs to exist first
NEEDS = {"expos": [], "delegations": ["expos"], "deals": ["expos", "delegations"], "organizations": []}
# fixture records, with their own dependents, and one that nothing refers to
EXISTING = {
    "expos": "ciie-2019",
    "delegations": "qingpu-delegation-ciie-2023",
    "deals": "zkh-dow-organosilicon-2023",
    "organizations": "dow",
}
DROP = object()  # in a change to a body: remove the member


def as_read(record):
    """A record as reads show it: each figure also says its basis (`reported` unless written),
    its period, and its citation: the index of the first quote holding its words."""
    record = copy.deepcopy(record)
    quotes = [" ".join(c["quote"].split()) for c in record["sources"]]
    for value in record.values():
        if isinstance(value, dict) and "as_reported" in value:
            words = " ".join(value["as_reported"].split())
            value.setdefault("basis", "reported")
            value.setdefault("period", None)
            value["citation"] = next(i for i, quote in enumerate(quotes) if words in quote)
    return record


def body_of(resource, **changes):
    body = copy.deepcopy(RECORDS[resource])
    for name, value in changes.items():
        if value is DROP:
            del body[name]
        else:
            body[name] = value
    return body


def figure(**parts):
    merged = {**DEAL["amount"], **parts}
    return {name: value for name, value in merged.items() if value is not DROP}


def send(client, method, path, body=None, *, token=None, content_type="application/json", **headers):
    """A request with a JSON body serialized as ASCII (so a lone surrogate is sent as `\\ud800`)."""
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = body if isinstance(body, bytes) or body is None else json.dumps(body)
    return client.open(path, method=method, data=data, content_type=content_type, headers=headers)


def post(client, token, resource, body, **headers):
    return send(client, "POST", f"/api/v1/{resource}", body, token=token, **headers)


def patch(client, token, path, body, etag, content_type="application/merge-patch+json"):
    headers = {} if etag is None else {"If-Match": etag}
    return send(client, "PATCH", path, body, token=token, content_type=content_type, **headers)


def delete(client, token, path, etag):
    headers = bearer(token, **({} if etag is None else {"If-Match": etag}))
    return client.delete(path, headers=headers)


def create(client, token, resource, body=None):
    response = post(client, token, resource, body or RECORDS[resource])
    assert response.status_code == 201, response.get_json()
    return response


def create_needs(client, token, resource):
    for need in NEEDS[resource]:
        create(client, token, need)


def etag_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.get_json()
    return response.headers["ETag"]


def search_ids(client, resource, q):
    return [r["id"] for r in client.get(f"/api/v1/{resource}", query_string={"q": q}).get_json()["data"]]


def list_ids(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.get_json()
    return [record["id"] for record in response.get_json()["data"]]


def assert_problem(response, status, *pointers):
    """A problem+json of this status; with pointers, its `errors` name each of them."""
    assert response.status_code == status, (response.status_code, response.get_data(as_text=True))
    assert response.content_type == "application/problem+json"
    body = response.get_json()
    assert body["status"] == status
    if pointers:
        errors = body["errors"]
        assert all(set(error) == {"pointer", "detail"} and error["detail"] for error in errors), errors
        found = [error["pointer"] for error in errors]
        for pointer in pointers:
            assert pointer in found, (pointer, errors)
    return body


# --- POST ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("resource", RECORDS)
def test_post_creates_the_record_as_written(client, token, resource):
    create_needs(client, token, resource)
    response = post(client, token, resource, RECORDS[resource])
    assert response.status_code == 201, response.get_json()
    path = f"/api/v1/{resource}/{RECORDS[resource]['id']}"
    assert response.headers["Location"] == path
    assert response.content_type == "application/json"
    # figures and citations as reads show them, each citation anchored in its source
    assert as_written(response.get_json()) == as_read(RECORDS[resource])
    read = client.get(path)
    assert read.status_code == 200
    assert read.get_json() == response.get_json()
    assert read.headers["ETag"] == response.headers["ETag"]
    assert client.get(path, headers={"If-None-Match": response.headers["ETag"]}).status_code == 304


@pytest.mark.parametrize("resource", RECORDS)
def test_post_fills_what_is_left_out_with_null_or_empty(client, token, resource):
    create_needs(client, token, resource)
    full = RECORDS[resource]
    required = {"id", "name", "title", "kind", "scope", "expo", "sources"}
    minimal = {k: v for k, v in full.items() if k in required}
    response = post(client, token, resource, minimal)
    assert response.status_code == 201, response.get_json()
    record = client.get(f"/api/v1/{resource}/{full['id']}").get_json()
    assert record == response.get_json()
    assert set(record) == set(full)
    for name, value in record.items():
        if name not in required:
            assert value in (None, []), name


def test_new_records_are_searchable_and_in_lists_and_filters(client, token):
    assert search_ids(client, "expos", "Astana") == []
    for resource in RECORDS:
        create(client, token, resource)
    assert search_ids(client, "expos", "Astana") == [EXPO["id"]]
    assert search_ids(client, "delegations", "auto parts market research") == [DELEGATION["id"]]
    assert DEAL["id"] in search_ids(client, "deals", "auto parts orders")
    assert search_ids(client, "organizations", "Trade Promotion Office")[0] == ORGANIZATION["id"]
    assert ORGANIZATION["id"] in search_ids(client, "organizations", "Pu Pu")
    assert EXPO["id"] in search_ids(client, "expos", "second-hand car markets")  # quotes
    assert list_ids(client, "/api/v1/expos?country=KZ") == [EXPO["id"]]
    assert EXPO["id"] in list_ids(
        client, "/api/v1/expos?organizer=chongqing-municipal-commission-of-commerce"
    )
    assert EXPO["id"] in list_ids(client, "/api/v1/expos?inferred=end_date")
    assert list_ids(client, "/api/v1/expos?visitors[gte]=2&visitors[lte]=9") == [EXPO["id"]]
    assert list_ids(client, f"/api/v1/expos/{EXPO['id']}/delegations") == [DELEGATION["id"]]
    assert DELEGATION["id"] in list_ids(client, "/api/v1/delegations?member=taiji-group")
    assert list_ids(client, f"/api/v1/expos/{EXPO['id']}/deals") == [DEAL["id"]]
    assert list_ids(client, f"/api/v1/delegations/{DELEGATION['id']}/deals") == [DEAL["id"]]
    assert DEAL["id"] in list_ids(client, "/api/v1/organizations/changan-auto/deals")
    assert DEAL["id"] in list_ids(
        client, "/api/v1/deals?organization=national-atameken-chamber-of-entrepreneurs"
    )
    assert list_ids(client, "/api/v1/deals?currency=KZT&amount[gte]=100000000") == [DEAL["id"]]
    assert list_ids(client, "/api/v1/deals?currency=KZT&amount[lte]=999999999") == [DEAL["id"]]
    assert list_ids(client, "/api/v1/deals?currency=KZT&amount[gte]=1000000000") == []
    assert ORGANIZATION["id"] in list_ids(
        client, "/api/v1/organizations?kind=government_agency&city=Chongqing"
    )
    records = client.get(f"/api/v1/sources/{QUOTE}/records").get_json()
    assert records  # the new citations show up under their source
    assert QUOTE in json.dumps(client.get(f"/api/v1/deals/{DEAL['id']}?expand=sources").get_json())


def test_a_duplicate_id_is_409_and_writes_nothing(client, token):
    create_needs(client, token, "deals")
    before = snapshot()
    for resource, record_id in EXISTING.items():
        response = post(client, token, resource, body_of(resource, id=record_id))
        body = assert_problem(response, 409)
        assert record_id in body["detail"]
    assert snapshot() == before
    create(client, token, "organizations")
    before = snapshot()
    assert_problem(post(client, token, "organizations", ORGANIZATION), 409)
    assert snapshot() == before


# --- validation: 422, with a pointer per error, and nothing written -------------------------------

INVALID = [
    # (resource, changes to its record, pointers the problem must name)
    ("organizations", {"bogus": 1}, ["/bogus"]),
    ("organizations", {"bogus": 1, "other": 2}, ["/bogus", "/other"]),
    ("expos", {"delegations": []}, ["/delegations"]),  # read-only
    ("expos", {"edition": "two"}, ["/edition"]),
    ("expos", {"edition": 2.5}, ["/edition"]),
    ("expos", {"edition": True}, ["/edition"]),
    ("expos", {"edition": 0}, ["/edition"]),
    ("expos", {"year": "2023"}, ["/year"]),
    ("expos", {"sectors": "auto_parts"}, ["/sectors"]),
    ("expos", {"organizers": "dow"}, ["/organizers"]),
    ("organizations", {"officials": [{"name": "Pu Pu"}]}, ["/officials/0/title"]),
    ("organizations", {"name": DROP}, ["/name"]),
    ("organizations", {"id": "Not A Slug"}, ["/id"]),
    ("organizations", {"id": None}, ["/id"]),
    ("deals", {"kind": "gift"}, ["/kind"]),
    (
        "deals",
        {"amount": figure(value="10", low=None, high=None, qualifier="approximately")},
        ["/amount/value"],
    ),
    ("deals", {"amount": figure(low=-1)}, ["/amount/low"]),
    ("deals", {"amount": figure(high=10**16)}, ["/amount/high"]),
    ("deals", {"amount": figure(as_reported=DROP)}, ["/amount/as_reported"]),
    ("deals", {"amount": "a lot"}, ["/amount"]),
    ("expos", {"start_date": "2023-06-25", "end_date": "2023-06-24"}, ["/end_date"]),
    ("expos", {"start_date": "2023-02-30"}, ["/start_date"]),
    ("expos", {"year": 2022}, ["/start_date"]),
    ("deals", {"signed_on": "24 June 2023"}, ["/signed_on"]),
    ("deals", {"amount": figure(currency="US$")}, ["/amount/currency"]),
    ("deals", {"amount": figure(currency="usd")}, ["/amount/currency"]),
    ("deals", {"amount": figure(currency=None)}, ["/amount/currency"]),
    ("deals", {"amount": {**figure(), "unit": "tenge"}}, ["/amount/unit"]),
    ("expos", {"visitors": {**EXPO["visitors"], "currency": "USD"}}, ["/visitors/currency"]),
    # figure bounds contradicting the qualifier, for each qualifier
    ("deals", {"amount": figure(qualifier="exact", value=5, low=4, high=5)}, ["/amount/qualifier"]),
    ("deals", {"amount": figure(qualifier="exact", value=None, low=5, high=5)}, ["/amount/qualifier"]),
    (
        "deals",
        {"amount": figure(qualifier="approximately", value=5, low=6, high=None)},
        ["/amount/qualifier"],
    ),
    (
        "deals",
        {"amount": figure(qualifier="approximately", value=None, low=1, high=9)},
        ["/amount/qualifier"],
    ),
    (
        "deals",
        {"amount": figure(qualifier="more_than", value=None, low=None, high=None)},
        ["/amount/qualifier"],
    ),
    ("deals", {"amount": figure(qualifier="more_than", value=None, low=5, high=9)}, ["/amount/qualifier"]),
    ("deals", {"amount": figure(qualifier="at_least", value=None, low=5, high=9)}, ["/amount/qualifier"]),
    ("deals", {"amount": figure(qualifier="less_than", value=None, low=5, high=9)}, ["/amount/qualifier"]),
    (
        "deals",
        {"amount": figure(qualifier="less_than", value=None, low=None, high=None)},
        ["/amount/qualifier"],
    ),
    ("deals", {"amount": figure(qualifier="range", value=None, low=9, high=5)}, ["/amount/qualifier"]),
    ("deals", {"amount": figure(qualifier="range", value=None, low=5, high=None)}, ["/amount/qualifier"]),
    ("deals", {"amount": figure(qualifier="unknown", value=5, low=None, high=None)}, ["/amount/qualifier"]),
    ("deals", {"amount": figure(qualifier="unknown", value=None, low=5, high=None)}, ["/amount/qualifier"]),
    ("deals", {"amount": figure(qualifier="roughly")}, ["/amount/qualifier"]),
    ("expos", {"visitors": {**EXPO["visitors"], "qualifier": "exact"}}, ["/visitors/qualifier"]),
    # references
    ("delegations", {"expo": "no-such-expo"}, ["/expo"]),
    ("delegations", {"organizer": "no-such-organization"}, ["/organizer"]),
    ("delegations", {"members": ["changan-auto", "no-such-organization"]}, ["/members/1"]),
    ("expos", {"organizers": ["dow", "no-such-organization"]}, ["/organizers/1"]),
    ("expos", {"part_of": "no-such-expo"}, ["/part_of"]),
    ("expos", {"part_of": EXPO["id"]}, ["/part_of"]),  # itself, before it exists
    ("deals", {"expo": "no-such-expo", "delegation": None}, ["/expo"]),
    (
        "deals",
        {"parties": [{"organization": "no-such-organization", "role": "buyer"}]},
        ["/parties/0/organization"],
    ),
    ("deals", {"delegation": "no-such-delegation"}, ["/delegation"]),
    ("organizations", {"sources": [{"source": "no-such-source", "quote": "Pu Pu"}]}, ["/sources/0/source"]),
    # a deal whose delegation attends another expo
    ("deals", {"delegation": "qingpu-delegation-ciie-2023"}, ["/delegation"]),
    # a link listed twice
    ("deals", {"parties": [DEAL["parties"][0], DEAL["parties"][0]]}, ["/parties"]),
    ("expos", {"organizers": ["dow", "dow"]}, ["/organizers"]),
    ("delegations", {"members": ["taiji-group", "taiji-group"]}, ["/members"]),
    ("deals", {"sectors": ["auto_parts", "auto_parts"]}, ["/sectors"]),
    # provenance
    ("expos", {"inferred": ["start_date", "colour"]}, ["/inferred"]),
    ("organizations", {"inferred": ["sources"]}, ["/inferred"]),
    ("delegations", {"sources": []}, ["/sources"]),
    ("delegations", {"sources": DROP}, ["/sources"]),
    ("deals", {"sources": [{"source": QUOTE}]}, ["/sources/0/quote"]),
    ("deals", {"sources": [{"source": QUOTE, "quote": ""}]}, ["/sources/0/quote"]),
    # text no database can store, and sizes the columns cannot hold
    ("organizations", {"name": "Trade\x00Office"}, ["/name"]),
    ("deals", {"sources": [{"source": QUOTE, "quote": "a\x00b"}]}, ["/sources/0/quote"]),
    ("organizations", {"name": "Trade \ud800 Office"}, ["/name"]),
    ("organizations", {"aliases": ["\udfff"]}, ["/aliases/0"]),
    ("organizations", {"name": "x" * 301}, ["/name"]),
    ("expos", {"edition": 10**20}, ["/edition"]),
    ("expos", {"visitors": {**EXPO["visitors"], "unit": "u" * 300}}, ["/visitors/unit"]),
]


@pytest.fixture
def seeded(client, token):
    """The new expo and delegation exist, so that each record of RECORDS is valid as written."""
    create(client, token, "expos", body_of("expos", id="astana-auto-parts-market-visit-2023"))
    create(client, token, "delegations")
    return client


@pytest.mark.parametrize(
    "resource, changes, pointers",
    INVALID,
    ids=[f"{resource}-{'-'.join(pointers)}-{index}" for index, (resource, _, pointers) in enumerate(INVALID)],
)
def test_an_invalid_record_is_422_with_pointers_and_writes_nothing(
    seeded, token, resource, changes, pointers
):
    client = seeded
    if resource == "expos":  # the seeded expo holds EXPO's id
        changes = {"id": "astana-auto-parts-market-visit-2023-bis", **changes}
        if changes.get("part_of") == EXPO["id"]:
            changes["part_of"] = changes["id"]
    if resource == "delegations":
        changes = {"id": "chongqing-auto-parts-group-astana-2023-bis", **changes}
    before = snapshot()
    body = assert_problem(post(client, token, resource, body_of(resource, **changes)), 422, *pointers)
    assert body["detail"].endswith("invalid.")
    assert snapshot() == before


def text_of_length(length):
    """Text of `length` characters, some outside the BMP: a column must count characters."""
    return ("\U0001d11e\u00e9x" * length)[:length]


@pytest.mark.parametrize("resource", RECORDS)
def test_the_largest_values_the_schema_documents_are_stored_exactly(client, token, resource):
    """Every maxLength and maximum of the OpenAPI document fits its column, on every backend."""
    components = client.get("/api/v1/openapi.json").get_json()["components"]["schemas"]
    properties = components[resource.removesuffix("s").capitalize()]["properties"]
    create_needs(client, token, resource)
    body = copy.deepcopy(RECORDS[resource])

    def largest(spec):
        kinds = spec.get("type") if isinstance(spec.get("type"), list) else [spec.get("type")]  # 3.1
        if "string" in kinds and "maxLength" in spec and spec.get("pattern", NO_NUL) == NO_NUL:
            return text_of_length(spec["maxLength"])  # free text
        if "string" in kinds and "maxLength" in spec:  # a snake_case unit
            return "u" * spec["maxLength"]
        if "integer" in kinds and "maximum" in spec:
            return spec["maximum"]
        return None

    for name, spec in properties.items():
        if spec.get("readOnly") or name == "id" or spec.get("pattern") == SLUG.pattern:
            continue  # ids, and references to records that must exist
        if (value := largest(spec)) is not None:
            body[name] = value
        elif "Count" in json.dumps(spec) or "Money" in json.dumps(spec):
            kind = "Money" if "Money" in json.dumps(spec) else "Count"
            parts = components[kind]["properties"]
            body[name] = {part: largest(parts[part]) for part in ("value", "low", "high", "as_reported")}
            body[name]["qualifier"] = "exact"
            body[name].update({"currency": "USD"} if kind == "Money" else {"unit": largest(parts["unit"])})
    if "year" in body:
        body["start_date"], body["end_date"] = f"{body['year']}-01-01", f"{body['year']}-12-31"
    quote = largest(components["Citation"]["properties"]["quote"])
    # the longest quote must be in its source's text: a source holding it
    assert post(client, token, "sources", {"id": "longest-quote", "text": quote}).status_code == 201
    body["sources"] = [{"source": "longest-quote", "quote": quote}]
    if resource == "organizations":
        body["aliases"] = [largest(properties["aliases"]["items"])]
        official = components["Official"]["properties"]
        body["officials"] = [{"name": largest(official["name"]), "title": largest(official["title"])}]
    response = post(client, token, resource, body)
    assert response.status_code == 201, response.get_json()
    assert client.get(response.headers["Location"]).get_json() == response.get_json()
    assert as_written(response.get_json()) == as_read(body)
    texts = [
        name
        for name, spec in properties.items()
        if "maxLength" in spec and name in body and name != "id" and spec.get("pattern") != SLUG.pattern
    ]
    longer = {name: body[name] + "x" for name in texts}
    refused = post(client, token, resource, {**body, "id": body["id"] + "-bis", **longer})
    assert_problem(refused, 422, *[f"/{name}" for name in texts])


def test_all_the_errors_are_reported_at_once(client, token):
    body = body_of("organizations", kind="cult", country="China", bogus=True, name=DROP)
    problem = assert_problem(
        post(client, token, "organizations", body), 422, "/kind", "/country", "/bogus", "/name"
    )
    assert problem["detail"] == "4 fields are invalid."


@pytest.mark.parametrize("raw", [b"[]", b"1", b'"text"', b"null", b"true", b'[{"id": "x"}]'])
def test_a_body_that_is_not_an_object_is_422(client, token, raw):
    before = snapshot()
    assert_problem(post(client, token, "organizations", raw), 422, "")
    assert snapshot() == before


@pytest.mark.parametrize(
    "raw, pointers",
    [
        (b'{"name": "a\\u0000b"}', ["/name"]),
        (b'{"a/b~c": "\\u0000"}', ["/a~1b~0c"]),  # RFC 6901: "~" is "~0", "/" is "~1"
        (b'{"x\\ud800": "\\ud800"}', [""]),  # the key itself: no pointer can name it
        (b'{"\\u0000": 1}', [""]),
        (b'{"officials": [{"name": "\\udc00", "title": "x"}]}', ["/officials/0/name"]),
    ],
)
def test_unstorable_text_is_422_with_a_pointer_to_it(client, token, raw, pointers):
    before = snapshot()
    body = assert_problem(post(client, token, "organizations", raw), 422, *pointers)
    assert len(body["errors"]) == len(pointers)
    assert snapshot() == before


def nested(levels):
    return b"[" * levels + b"]" * levels


BAD_BODIES = [
    # (label, raw body, content type, status)
    ("not json", b"{'id': 'x'}", "application/json", 400),
    ("truncated", b'{"id": "x"', "application/json", 400),
    ("trailing garbage", b'{"id": "x"} x', "application/json", 400),
    ("not utf-8", json.dumps(ORGANIZATION).encode("utf-16"), "application/json", 400),
    ("latin-1", '{"id": "caf\xe9"}'.encode("latin-1"), "application/json", 400),
    ("empty", b"", "application/json", 400),
    ("NaN", b'{"id": "x", "edition": NaN}', "application/json", 400),
    ("Infinity", b'{"id": "x", "edition": Infinity}', "application/json", 400),
    ("-Infinity", b'{"id": "x", "edition": -Infinity}', "application/json", 400),
    ("100 levels", nested(100), "application/json", 400),
    ("100 levels in an object", b'{"sources": ' + nested(99) + b"}", "application/json", 400),
    ("900 levels", nested(900), "application/json", 400),
    ("100000 levels", nested(100000), "application/json", 400),
    ("huge number", b'{"edition": 1' + b"0" * 5000 + b"}", "application/json", 400),
    ("text/plain", json.dumps(ORGANIZATION).encode(), "text/plain", 415),
    ("form data", b"id=x&name=y", "application/x-www-form-urlencoded", 415),
    ("multipart", b"--b\r\n\r\n--b--\r\n", "multipart/form-data; boundary=b", 415),
    ("merge patch on POST", json.dumps(ORGANIZATION).encode(), "application/merge-patch+json", 415),
    ("no content type", json.dumps(ORGANIZATION).encode(), None, 415),
]


@pytest.mark.parametrize("label, raw, content_type, status", BAD_BODIES, ids=[b[0] for b in BAD_BODIES])
def test_a_bad_body_is_a_problem_and_writes_nothing(client, token, label, raw, content_type, status):
    before = snapshot()
    headers = bearer(token)
    if content_type:
        headers["Content-Type"] = content_type
    response = client.post("/api/v1/organizations", data=raw, headers=headers)
    assert_problem(response, status)
    assert snapshot() == before


def test_a_json_content_type_with_parameters_is_accepted(client, token):
    response = send(
        client,
        "POST",
        "/api/v1/organizations",
        ORGANIZATION,
        token=token,
        content_type="application/json; charset=utf-8",
    )
    assert response.status_code == 201, response.get_json()


def test_a_body_larger_than_max_content_length_is_413(app, client, token):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    before = snapshot()
    body = body_of("organizations", description="x" * 1000)
    assert len(json.dumps(body)) > 1000
    assert_problem(post(client, token, "organizations", body), 413)
    response = patch(client, token, "/api/v1/organizations/dow", {"description": "x" * 1000}, "*")
    assert_problem(response, 413)
    assert snapshot() == before
    assert post(client, token, "organizations", ORGANIZATION).status_code == 201  # under the limit


def test_the_configured_max_content_length_is_enforced(app, client, token):
    limit = app.config.get("MAX_CONTENT_LENGTH") or 1024 * 1024
    app.config["MAX_CONTENT_LENGTH"] = limit
    before = snapshot()
    body = body_of("organizations", description="x" * limit)
    assert_problem(post(client, token, "organizations", body), 413)
    assert snapshot() == before


# --- PATCH -------------------------------------------------------------------------------------------

ZKH = "/api/v1/deals/zkh-dow-organosilicon-2023"


@pytest.mark.parametrize("content_type", ["application/merge-patch+json", "application/json"])
def test_patch_merges_and_answers_the_new_etag(client, token, content_type):
    before = client.get(ZKH)
    response = patch(
        client,
        token,
        ZKH,
        {"subject": "silicones", "sectors": ["packaging"]},
        before.headers["ETag"],
        content_type,
    )
    assert response.status_code == 200, response.get_json()
    expected = {**before.get_json(), "subject": "silicones", "sectors": ["packaging"]}
    assert response.get_json() == expected
    assert response.headers["ETag"] != before.headers["ETag"]
    after = client.get(ZKH)
    assert after.get_json() == expected
    assert after.headers["ETag"] == response.headers["ETag"]
    assert client.get(ZKH, headers={"If-None-Match": before.headers["ETag"]}).status_code == 200
    assert client.get(ZKH, headers={"If-None-Match": response.headers["ETag"]}).status_code == 304


def test_patch_null_removes_an_optional_value(client, token):
    before = client.get(ZKH)
    changes = {"subject": None, "delegation": None, "amount": None, "note": None, "sectors": None}
    response = patch(client, token, ZKH, changes, before.headers["ETag"])
    assert response.status_code == 200, response.get_json()
    record = client.get(ZKH).get_json()
    assert (record["subject"], record["delegation"], record["amount"], record["note"]) == (None,) * 4
    assert record["sectors"] == []
    assert record["title"] == before.get_json()["title"]
    assert ZKH.rsplit("/", 1)[1] not in list_ids(client, "/api/v1/deals?currency=USD")


def test_patch_merges_a_nested_figure(client, token):
    before = client.get(ZKH)
    change = {"amount": {"qualifier": "approximately", "low": None, "high": None}}
    response = patch(client, token, ZKH, change, before.headers["ETag"])
    assert response.status_code == 200, response.get_json()
    assert client.get(ZKH).get_json()["amount"] == {
        "value": 300000000,
        "low": None,
        "high": None,
        "qualifier": "approximately",
        "currency": "USD",
        "as_reported": "US$300 million",
        "basis": "reported",
        "period": None,
        "citation": 0,
    }


def test_an_integral_number_written_with_a_fraction_is_that_integer(client, token):
    """`3e8` and `300000000.0` are the integer 300000000 (one number in JSON Schema 2020-12,
    whose `type: integer` the OpenAPI 3.1 document uses); `1.5` is no integer."""
    before = client.get(ZKH)
    change = {"amount": {"value": 3e8, "low": 300000000.0, "high": 3e8}}
    response = patch(client, token, ZKH, change, before.headers["ETag"])
    assert response.status_code == 200, response.get_json()
    amount = client.get(ZKH).get_json()["amount"]
    assert [amount[k] for k in ("value", "low", "high")] == [300000000] * 3
    assert all(type(amount[k]) is int for k in ("value", "low", "high"))
    fractional = patch(client, token, ZKH, {"amount": {"value": 1.5}}, "*")
    assert_problem(fractional, 422, "/amount/value")


def test_patch_replaces_lists_and_links(client, token):
    etag = etag_of(client, ZKH)
    assert "zkh-dow-organosilicon-2023" in search_ids(client, "deals", "worth")  # only in a quote
    parties = [{"organization": "dow", "role": "seller"}, {"organization": "argentina", "role": "partner"}]
    sources = [{"source": "qingpu-at-ciie-2023", "quote": "materials science leader Dow"}]
    # the amount goes too: its words ("US$300 million") would be in none of the quotes
    response = patch(client, token, ZKH, {"parties": parties, "sources": sources, "amount": None}, etag)
    assert response.status_code == 200, response.get_json()
    record = client.get(ZKH).get_json()
    assert (record["parties"], as_written(record)["sources"]) == (parties, sources)
    assert "zkh-dow-organosilicon-2023" in list_ids(client, "/api/v1/organizations/argentina/deals")
    assert "zkh-dow-organosilicon-2023" not in list_ids(
        client, "/api/v1/organizations/zkh-industrial-supply/deals"
    )
    assert "zkh-dow-organosilicon-2023" not in search_ids(client, "deals", "worth")


def test_patch_updates_the_search_index(client, token):
    etag = etag_of(client, "/api/v1/organizations/dow")
    assert search_ids(client, "organizations", "Midland") == []
    response = patch(client, token, "/api/v1/organizations/dow", {"city": "Midland"}, etag)
    assert response.status_code == 200
    assert search_ids(client, "organizations", "Midland") == ["dow"]


@pytest.mark.parametrize(
    "path, change, pointers",
    [
        (ZKH, {"id": "another-id"}, ["/id"]),
        (ZKH, {"id": None}, ["/id"]),
        (ZKH, {"title": None}, ["/title"]),
        (ZKH, {"sources": None}, ["/sources"]),
        (ZKH, {"bogus": 1}, ["/bogus"]),
        (ZKH, {"amount": {"qualifier": "unknown"}}, ["/amount/qualifier"]),
        (ZKH, {"amount": {"low": 1}}, ["/amount/qualifier"]),
        (ZKH, {"amount": {"currency": "XYZ"}}, ["/amount/currency"]),
        (ZKH, {"amount": {"bogus": 1}}, ["/amount/bogus"]),
        (ZKH, {"expo": "ciie-2019"}, ["/delegation"]),  # its delegation attends ciie-2023
        (ZKH, {"parties": [{"organization": "nobody", "role": "buyer"}]}, ["/parties/0/organization"]),
        (ZKH, {"parties": [{"organization": "dow", "role": "buyer"}] * 2}, ["/parties"]),
        (ZKH, {"inferred": ["colour"]}, ["/inferred"]),
        (ZKH, {"subject": "a\x00b"}, ["/subject"]),
        ("/api/v1/expos/ciie-2019", {"end_date": "2019-11-01"}, ["/end_date"]),
        ("/api/v1/expos/ciie-2019", {"delegations": []}, ["/delegations"]),
        ("/api/v1/expos/ciie-2019", {"part_of": "ciie-2019"}, ["/part_of"]),  # itself
        (
            "/api/v1/expos/ciie-2019",
            {"part_of": "chongqing-hotpot-ciie-2019"},
            ["/part_of"],
        ),  # its side event
        ("/api/v1/expos/ciie-2019", {"organizers": ["dow", "dow"]}, ["/organizers"]),
        ("/api/v1/expos/ciie-2019", {"edition": 10**12}, ["/edition"]),
        ("/api/v1/organizations/dow", {"officials": [{"name": "x"}]}, ["/officials/0/title"]),
        ("/api/v1/organizations/dow", {"name": "x" * 301}, ["/name"]),
        # deals credited to it are reported at ciie-2023
        ("/api/v1/delegations/qingpu-delegation-ciie-2023", {"expo": "ciie-2019"}, ["/expo"]),
        ("/api/v1/delegations/qingpu-delegation-ciie-2023", {"members": ["dow", "dow"]}, ["/members"]),
        # sources that are not a list, truthy (the write read each one's quote: a 500)
        (ZKH, {"sources": 1}, ["/sources"]),
        (ZKH, {"sources": True, "amount": None}, ["/sources"]),
        ("/api/v1/expos/ciie-2019", {"sources": 1.5}, ["/sources"]),
        ("/api/v1/organizations/dow", {"sources": 10**20}, ["/sources"]),
        ("/api/v1/delegations/qingpu-delegation-ciie-2023", {"sources": -1}, ["/sources"]),
    ],
)
def test_an_invalid_patch_is_422_and_writes_nothing(client, token, path, change, pointers):
    before_record = client.get(path)
    before = snapshot()
    response = patch(client, token, path, change, before_record.headers["ETag"])
    assert_problem(response, 422, *pointers)
    assert snapshot() == before
    after = client.get(path)
    assert (after.get_json(), after.headers["ETag"]) == (
        before_record.get_json(),
        before_record.headers["ETag"],
    )


def test_a_patch_can_make_an_expo_a_side_event_of_another(client, token):
    path = "/api/v1/expos/land-sea-economic-forum-2024"
    response = patch(client, token, path, {"part_of": "ciie-2023"}, etag_of(client, path))
    assert response.status_code == 200, response.get_json()
    assert "land-sea-economic-forum-2024" in list_ids(client, "/api/v1/expos?part_of=ciie-2023")


@pytest.mark.parametrize(
    "raw, content_type, status",
    [
        (b"[]", "application/merge-patch+json", 422),
        (b"null", "application/merge-patch+json", 422),
        (b"{", "application/merge-patch+json", 400),
        (b"", "application/merge-patch+json", 400),
        (b'{"subject": NaN}', "application/merge-patch+json", 400),
        (b"\xff", "application/merge-patch+json", 400),
        (b'{"subject": "x"}', "text/plain", 415),
        (b'[{"op": "remove", "path": "/subject"}]', "application/json-patch+json", 415),
        (b"subject=x", "application/x-www-form-urlencoded", 415),
    ],
)
def test_a_bad_patch_body_is_a_problem(client, token, raw, content_type, status):
    etag = etag_of(client, ZKH)
    before = snapshot()
    response = send(client, "PATCH", ZKH, raw, token=token, content_type=content_type, **{"If-Match": etag})
    assert_problem(response, status)
    if status == 415:
        assert "application/merge-patch+json" in response.headers["Accept-Patch"]
    assert snapshot() == before


def test_patch_without_if_match_is_428(client, token):
    before = snapshot()
    assert_problem(patch(client, token, ZKH, {"subject": "x"}, None), 428)
    assert snapshot() == before


@pytest.mark.parametrize("etag", ["nope", "{}", '"unterminated', '"a" "b"', "", '*, "a"'])
def test_a_malformed_if_match_is_400(client, token, etag):
    """Not `*` nor entity tags (RFC 9110): malformed, not stale (Schemathesis found a 412)."""
    before = snapshot()
    assert_problem(patch(client, token, ZKH, {"subject": "x"}, etag), 400)
    assert_problem(delete(client, token, ZKH, etag), 400)
    assert snapshot() == before


@pytest.mark.parametrize(
    "etag", ['"nope"', '"0000000000000000000000000000000000000000"', 'W/"x", "y"', "weak"]
)
def test_patch_with_a_wrong_etag_is_412(client, token, etag):
    current = etag_of(client, ZKH)
    if etag == "weak":
        etag = f"W/{current}"  # If-Match compares strongly
    before = snapshot()
    assert_problem(patch(client, token, ZKH, {"subject": "x"}, etag), 412)
    assert snapshot() == before


def test_patch_with_the_etag_of_a_variant_is_412(client, token):
    """Only the canonical representation's ETag (a GET without a query) identifies the record's version."""
    variant = client.get(ZKH + "?fields=title").headers["ETag"]
    assert variant != etag_of(client, ZKH)
    assert_problem(patch(client, token, ZKH, {"subject": "x"}, variant), 412)


def test_patch_with_if_match_star_or_a_list_of_etags(client, token):
    response = patch(client, token, ZKH, {"subject": "first"}, "*")
    assert response.status_code == 200
    current = response.headers["ETag"]
    response = patch(client, token, ZKH, {"subject": "second"}, f'"stale", {current}')
    assert response.status_code == 200
    assert client.get(ZKH).get_json()["subject"] == "second"


def test_patch_a_missing_record_is_404(client, token):
    before = snapshot()
    for path in (
        "/api/v1/deals/nope",
        "/api/v1/expos/nope",
        "/api/v1/delegations/nope",
        "/api/v1/organizations/nope",
    ):
        assert_problem(patch(client, token, path, {"note": "x"}, "*"), 404)
    assert snapshot() == before


def test_a_stale_etag_cannot_overwrite_a_newer_write(app, client, token):
    """Lost updates: two curators read the same version; the first PATCH wins, the second is 412."""
    bob = issue_token(app, "bob")
    etag = etag_of(client, ZKH)
    first = patch(client, token, ZKH, {"subject": "alice's subject"}, etag)
    assert first.status_code == 200
    before = snapshot()
    second = patch(app.test_client(), bob, ZKH, {"subject": "bob's subject", "note": "bob"}, etag)
    assert_problem(second, 412)
    assert snapshot() == before
    record = client.get(ZKH).get_json()
    assert record["subject"] == "alice's subject" and record["note"] != "bob"
    # with the new ETag, bob's retry goes through
    retry = patch(app.test_client(), bob, ZKH, {"subject": "bob's subject"}, etag_of(client, ZKH))
    assert retry.status_code == 200


@pytest.mark.parametrize("resource", RECORDS)
def test_patch_each_resource(client, token, resource):
    path = f"/api/v1/{resource}/{EXISTING[resource]}"
    before = client.get(path)
    response = patch(client, token, path, {"note": "Corrected by a curator."}, before.headers["ETag"])
    assert response.status_code == 200, response.get_json()
    assert response.get_json() == {**before.get_json(), "note": "Corrected by a curator."}
    assert client.get(path).get_json() == response.get_json()


def test_a_patch_that_changes_nothing_keeps_the_record(client, token):
    before = client.get(ZKH)
    response = patch(client, token, ZKH, {}, before.headers["ETag"])
    assert response.status_code == 200
    assert response.get_json() == before.get_json() == client.get(ZKH).get_json()


# --- DELETE -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("resource", RECORDS)
def test_delete_then_404_and_gone_from_search_and_lists(client, token, resource):
    create_needs(client, token, resource)
    created = create(client, token, resource)
    path = created.headers["Location"]
    record_id = RECORDS[resource]["id"]
    words = {"expos": "Astana", "delegations": "auto parts market research", "deals": "Auto parts orders"}
    q = words.get(resource, "Trade Promotion Office")
    assert record_id in search_ids(client, resource, q)
    response = delete(client, token, path, created.headers["ETag"])
    assert response.status_code == 204 and response.data == b""
    assert_problem(client.get(path), 404)
    assert record_id not in search_ids(client, resource, q)
    assert record_id not in list_ids(client, f"/api/v1/{resource}?limit=100")
    # and it can be created anew
    assert post(client, token, resource, RECORDS[resource]).status_code == 201


def test_deleting_a_deal_removes_its_citations_and_party_links(client, token):
    deal_id = "zkh-dow-organosilicon-2023"
    record = client.get(ZKH).get_json()
    with database.connection_context():
        citations, parties = Citation.select().count(), DealParty.select().count()
        assert Citation.select().where(Citation.deal == deal_id).count() == len(record["sources"]) == 3
    assert delete(client, token, ZKH, etag_of(client, ZKH)).status_code == 204
    with database.connection_context():
        assert Citation.select().count() == citations - 3
        assert DealParty.select().count() == parties - 2
        assert not Citation.select().where(Citation.deal == deal_id).exists()
        assert not DealParty.select().where(DealParty.deal == deal_id).exists()
    assert deal_id not in list_ids(client, "/api/v1/organizations/dow/deals")
    assert deal_id not in list_ids(client, "/api/v1/expos/ciie-2023/deals")
    assert deal_id not in search_ids(client, "deals", "organo-silicon")
    sourced = client.get("/api/v1/sources/qingpu-at-ciie-2023/records").get_data(as_text=True)
    assert deal_id not in sourced


@pytest.mark.parametrize(
    "path, dependents",
    [
        (
            "/api/v1/expos/ciie-2019",
            [
                "chongqing-trade-group-ciie-2019",
                "ciie-2019-intended-turnover",
                "changan-ford-qingling-auto-parts-2019",
                "chongqing-hotpot-ciie-2019",
            ],
        ),
        ("/api/v1/expos/ciie-2023", ["qingpu-delegation-ciie-2023", "zkh-dow-organosilicon-2023"]),
        ("/api/v1/delegations/shanghai-trading-delegation-ciie-2023", ["zkh-dow-organosilicon-2023"]),
        ("/api/v1/organizations/dow", ["zkh-dow-organosilicon-2023"]),
        ("/api/v1/organizations/changan-auto", ["chongqing-business-delegation-belarus-2023"]),
        (
            "/api/v1/organizations/chongqing-municipal-commission-of-commerce",
            ["chongqing-business-delegation-belarus-2023"],
        ),
    ],
)
def test_deleting_a_record_others_refer_to_is_409_naming_them(client, token, path, dependents):
    etag = etag_of(client, path)
    before = snapshot()
    body = assert_problem(delete(client, token, path, etag), 409)
    for dependent in dependents:
        assert dependent in body["detail"], (dependent, body["detail"])
    assert snapshot() == before
    assert client.get(path).status_code == 200


def test_delete_without_if_match_is_428_and_with_a_stale_one_412(client, token):
    before = snapshot()
    assert_problem(delete(client, token, ZKH, None), 428)
    assert_problem(delete(client, token, ZKH, '"stale"'), 412)
    assert snapshot() == before
    stale = etag_of(client, ZKH)
    assert patch(client, token, ZKH, {"subject": "x"}, stale).status_code == 200
    before = snapshot()
    assert_problem(delete(client, token, ZKH, stale), 412)
    assert snapshot() == before
    assert delete(client, token, ZKH, "*").status_code == 204


def test_delete_a_missing_record_is_404(client, token):
    before = snapshot()
    for resource in RECORDS:
        assert_problem(delete(client, token, f"/api/v1/{resource}/nope", "*"), 404)
    assert snapshot() == before


def test_a_recreated_record_does_not_match_the_etags_of_the_one_deleted(client, token):
    """An ETag names one version of one record: after a delete and a create of the same id, the
    old ETag must neither pass If-Match (a lost update) nor give a 304 (a stale read)."""
    created = create(client, token, "organizations")
    path, old = created.headers["Location"], created.headers["ETag"]
    assert delete(client, token, path, old).status_code == 204
    assert (
        create(client, token, "organizations", body_of("organizations", name="Another office")).status_code
        == 201
    )
    assert client.get(path, headers={"If-None-Match": old}).status_code == 200
    before = snapshot()
    assert_problem(patch(client, token, path, {"note": "x"}, old), 412)
    assert_problem(delete(client, token, path, old), 412)
    assert snapshot() == before


# --- Idempotency-Key -------------------------------------------------------------------------------


def test_a_retry_with_the_same_key_replays_the_first_response(client, token):
    key = {"Idempotency-Key": "create-trade-promotion-office"}
    first = post(client, token, "organizations", ORGANIZATION, **key)
    assert first.status_code == 201
    assert "Idempotent-Replayed" not in first.headers
    before = snapshot()
    for _ in range(2):
        retry = post(client, token, "organizations", ORGANIZATION, **key)
        assert retry.status_code == 201
        assert retry.headers["Idempotent-Replayed"] == "true"
        assert retry.headers["Location"] == first.headers["Location"]
        assert retry.content_type == "application/json"
        assert retry.get_json() == first.get_json()
        assert retry.data == first.data
    assert snapshot() == before
    # without the key, the same body is a duplicate
    assert_problem(post(client, token, "organizations", ORGANIZATION), 409)


def test_the_same_key_with_another_body_is_422(client, token):
    key = {"Idempotency-Key": "k1"}
    assert post(client, token, "organizations", ORGANIZATION, **key).status_code == 201
    before = snapshot()
    other = body_of("organizations", id="another-office", name="Another office")
    assert_problem(post(client, token, "organizations", other, **key), 422)
    assert snapshot() == before
    assert client.get("/api/v1/organizations/another-office").status_code == 404


def test_the_same_key_on_another_endpoint_is_not_a_replay(client, token):
    key = {"Idempotency-Key": "k1"}
    assert post(client, token, "organizations", ORGANIZATION, **key).status_code == 201
    before = snapshot()
    response = post(client, token, "expos", ORGANIZATION, **key)
    assert "Idempotent-Replayed" not in response.headers
    assert_problem(response, 422)
    assert snapshot() == before


def test_keys_of_different_tokens_are_independent(app, client, token):
    bob = issue_token(app, "bob")
    key = {"Idempotency-Key": "same-key"}
    assert post(client, token, "organizations", ORGANIZATION, **key).status_code == 201
    other = body_of("organizations", id="another-office", name="Another office")
    response = post(client, bob, "organizations", other, **key)
    assert response.status_code == 201 and "Idempotent-Replayed" not in response.headers
    assert response.get_json()["id"] == "another-office"
    # bob's key does not replay alice's response either
    response = post(client, bob, "organizations", ORGANIZATION, **{"Idempotency-Key": "k2"})
    assert_problem(response, 409)


@pytest.mark.parametrize("key", ["", "k" * 256, "clé", "\u00a0key"])
def test_an_invalid_idempotency_key_is_400(client, token, key):
    before = snapshot()
    response = client.post(
        "/api/v1/organizations",
        data=json.dumps(ORGANIZATION),
        content_type="application/json",
        headers=bearer(token, **{"Idempotency-Key": key}),
    )
    assert_problem(response, 400)
    assert snapshot() == before


def test_the_longest_key_is_accepted(client, token):
    key = {"Idempotency-Key": "k" * 255}
    assert post(client, token, "organizations", ORGANIZATION, **key).status_code == 201
    assert post(client, token, "organizations", ORGANIZATION, **key).headers["Idempotent-Replayed"] == "true"


def test_a_replay_after_a_patch_is_still_the_first_response(client, token):
    key = {"Idempotency-Key": "create-then-edit"}
    first = post(client, token, "organizations", ORGANIZATION, **key)
    path = first.headers["Location"]
    assert patch(client, token, path, {"city": "Chongqing, China"}, first.headers["ETag"]).status_code == 200
    retry = post(client, token, "organizations", ORGANIZATION, **key)
    assert retry.status_code == 201 and retry.headers["Idempotent-Replayed"] == "true"
    assert retry.get_json() == first.get_json()
    assert client.get(path).get_json()["city"] == "Chongqing, China"


def test_a_failed_request_does_not_use_up_its_key(client, token):
    key = {"Idempotency-Key": "try-again"}
    assert_problem(post(client, token, "organizations", body_of("organizations", kind="cult"), **key), 422)
    response = post(client, token, "organizations", ORGANIZATION, **key)
    assert response.status_code == 201 and "Idempotent-Replayed" not in response.headers


# --- ETags ----------------------------------------------------------------------------------------


def test_a_records_etag_changes_with_its_own_writes_only(client, token):
    dow, zkh = "/api/v1/organizations/dow", ZKH
    dow_etag, zkh_etag = etag_of(client, dow), etag_of(client, zkh)
    # writes to other records
    created = create(client, token, "organizations")
    assert patch(client, token, zkh, {"subject": "x"}, zkh_etag).status_code == 200
    assert delete(client, token, created.headers["Location"], "*").status_code == 204
    assert client.get(dow, headers={"If-None-Match": dow_etag}).status_code == 304
    assert etag_of(client, dow) == dow_etag
    # its own
    response = patch(client, token, dow, {"city": "Midland"}, dow_etag)
    assert response.status_code == 200 and response.headers["ETag"] != dow_etag
    assert client.get(dow, headers={"If-None-Match": dow_etag}).status_code == 200


LISTS = [
    "/api/v1/expos",
    "/api/v1/organizations?limit=5",
    "/api/v1/deals?sort=-amount",
    "/api/v1/changes",
    "/api/v1/stats/deals?group_by=currency",
    "/api/v1/sources/qingpu-at-ciie-2023/records",
]


def test_list_etags_change_after_any_write(client, token):
    def etags():
        return {url: etag_of(client, url) for url in LISTS}

    seen = [etags()]
    create(client, token, "organizations")
    seen.append(etags())
    assert patch(client, token, ZKH, {"subject": "x"}, "*").status_code == 200
    seen.append(etags())
    assert (
        delete(client, token, "/api/v1/organizations/trade-promotion-office-chongqing", "*").status_code
        == 204
    )
    seen.append(etags())
    for url in LISTS:
        assert len({state[url] for state in seen}) == len(seen), url
    for url, etag in seen[0].items():
        assert client.get(url, headers={"If-None-Match": etag}).status_code == 200


def test_a_failed_write_keeps_every_etag(client, token):
    urls = [*LISTS, ZKH]
    before = {url: etag_of(client, url) for url in urls}
    assert_problem(patch(client, token, ZKH, {"amount": {"qualifier": "unknown"}}, before[ZKH]), 422)
    assert_problem(post(client, token, "organizations", body_of("organizations", id="dow")), 409)
    assert_problem(delete(client, token, "/api/v1/organizations/dow", "*"), 409)
    assert_problem(patch(client, token, ZKH, {"subject": "x"}, '"stale"'), 412)
    for url, etag in before.items():
        assert client.get(url, headers={"If-None-Match": etag}).status_code == 304, url

"""Hostile input, from an attacker's point of view: every request below is
answered with a 4xx application/problem+json, never a 5xx, and writes nothing.
Requests that are odd but legitimate (metacharacters as filter values) may
also answer 200, but never fail and never write."""

import gzip
import json

import pytest

from conftest import bearer, snapshot

PROBLEM = "application/problem+json"
DEAL = "/api/v1/deals/zkh-dow-organosilicon-2023"


def nested(levels):
    return "[" * levels + "]" * levels


def body(raw, content_type="application/json"):
    return {"method": "POST", "path": "/api/v1/deals", "data": raw, "content_type": content_type}


# (label, request): `headers` get a valid bearer token unless they set Authorization
HOSTILE = [
    # bodies
    ("huge body", body(b'{"id": "' + b"a" * 2_000_000 + b'"}')),
    ("deep arrays", body(nested(100_000).encode())),
    ("deep objects", body(('{"a":' * 5000 + "1" + "}" * 5000).encode())),
    ("binary", body(bytes(range(256)) * 4)),
    ("latin-1 body", body('{"id": "caf\xe9", "title": "\xe9"}'.encode("latin-1"))),
    ("utf-16 body", body('{"id": "x"}'.encode("utf-16"))),
    ("charset lies", body('{"id": "x"}'.encode("utf-16"), "application/json; charset=utf-16")),
    ("billion laughs-ish", body(("[" * 20 + '"lol",' * 10 + '"lol"' + "]" * 20).encode())),
    ("duplicate keys", body(b'{"id": "a", "id": "b"}')),
    ("1e309", body(b'{"id": "x", "title": "t", "edition": 1e309}')),
    ("NaN", body(b'{"id": "x", "amount": {"value": NaN}}')),
    ("Infinity", body(b'{"id": "x", "amount": {"value": -Infinity}}')),
    ("-0 amount", body(b'{"id": "x", "title": "t", "amount": {"value": -0}}')),
    ("2**64 amount", body(b'{"id": "x", "title": "t", "amount": {"value": 18446744073709551616}}')),
    ("huge int", body(('{"id": "x", "amount": {"value": ' + "9" * 5000 + "}}").encode())),
    ("not an object", body(b'"just a string"')),
    ("empty body", body(b"")),
    ("NUL in text", body(b'{"id": "x\\u0000y", "title": "t"}')),
    ("lone surrogate", body(b'{"id": "x", "title": "\\ud800"}')),
    ("form body", body(b"id=x&title=y", "application/x-www-form-urlencoded")),
    ("xml body", body(b"<?xml version='1.0'?><deal/>", "application/xml")),
    ("no content type", body(b'{"id": "x"}', None)),
    ("gzip body", {**body(gzip.compress(b'{"id": "x"}')), "headers": {"Content-Encoding": "gzip"}}),
    (
        "chunked garbage",
        {**body(b"zz\r\nnot json\r\n0\r\n\r\n"), "headers": {"Transfer-Encoding": "chunked"}},
    ),
    ("proto pollution", body(b'{"__proto__": {"admin": true}, "constructor": {"x": 1}}')),
    # headers
    ("no token", {**body(b'{"id": "x"}'), "headers": {"Authorization": ""}}),
    ("basic auth", {**body(b'{"id": "x"}'), "headers": {"Authorization": "Basic YWxpY2U6c2VjcmV0"}}),
    ("bearer nothing", {**body(b'{"id": "x"}'), "headers": {"Authorization": "Bearer "}}),
    ("bearer forged", {**body(b'{"id": "x"}'), "headers": {"Authorization": "Bearer tp_000000000000_x"}}),
    ("bearer sql", {**body(b'{"id": "x"}'), "headers": {"Authorization": "Bearer tp_' OR 1=1 --_x"}}),
    ("bearer overlong", {**body(b'{"id": "x"}'), "headers": {"Authorization": "Bearer tp_" + "a" * 8000}}),
    ("bearer unicode", {**body(b'{"id": "x"}'), "headers": {"Authorization": "Bearer tp_\u00e9\u00e9_x"}}),
    (
        "idempotency key crlf",
        {**body(b'{"id": "x"}'), "environ": {"HTTP_IDEMPOTENCY_KEY": "a\r\nSet-Cookie: x=1"}},
    ),
    ("idempotency key overlong", {**body(b'{"id": "x"}'), "headers": {"Idempotency-Key": "k" * 10_000}}),
    (
        "patch bad if-match",
        {
            "method": "PATCH",
            "path": DEAL,
            "data": b'{"note": "x"}',
            "content_type": "application/merge-patch+json",
            "headers": {"If-Match": 'W/"weak", garbage, "' + "x" * 5000},
        },
    ),
    (
        "patch no if-match",
        {
            "method": "PATCH",
            "path": DEAL,
            "data": b'{"note": "x"}',
            "content_type": "application/merge-patch+json",
        },
    ),
    (
        "delete if-match crlf",
        {"method": "DELETE", "path": DEAL, "environ": {"HTTP_IF_MATCH": '"a"\r\nX-Evil: 1'}},
    ),
    ("delete stale if-match", {"method": "DELETE", "path": DEAL, "headers": {"If-Match": '"0000"'}}),
    # query strings
    ("repeated params", {"method": "GET", "path": "/api/v1/deals?limit=1&limit=2"}),
    ("unknown param", {"method": "GET", "path": "/api/v1/deals?limt=1"}),
    ("%00 in a filter", {"method": "GET", "path": "/api/v1/deals?expo=ciie%00-2019"}),
    ("%00 in limit", {"method": "GET", "path": "/api/v1/deals?limit=1%00"}),
    ("10k params", {"method": "GET", "path": "/api/v1/deals?" + "&".join(f"p{n}=1" for n in range(10_000))}),
    ("overlong limit", {"method": "GET", "path": "/api/v1/deals?limit=" + "9" * 10_000}),
    ("negative limit", {"method": "GET", "path": "/api/v1/deals?limit=-1"}),
    ("limit 2**64", {"method": "GET", "path": "/api/v1/deals?limit=18446744073709551616"}),
    ("forged cursor", {"method": "GET", "path": "/api/v1/deals?cursor=eyJzIjoiJyBPUiAxPTEgLS0ifQ"}),
    ("cursor garbage", {"method": "GET", "path": "/api/v1/deals?cursor=%FF%FE%00"}),
    ("sort injection", {"method": "GET", "path": "/api/v1/deals?sort=id;DROP%20TABLE%20deal"}),
    ("fields injection", {"method": "GET", "path": "/api/v1/deals?fields=id,(select%201)"}),
    ("expand unknown", {"method": "GET", "path": "/api/v1/deals?expand=../../etc/passwd"}),
    ("range op injection", {"method": "GET", "path": "/api/v1/deals?amount[gte%5D%20OR%201=1]=1"}),
    ("amount 1e309", {"method": "GET", "path": "/api/v1/deals?amount[gte]=1e309"}),
    ("amount nan", {"method": "GET", "path": "/api/v1/deals?amount[gte]=NaN"}),
    ("date far away", {"method": "GET", "path": "/api/v1/deals?signed_on[gte]=99999-01-01"}),
    ("format unknown", {"method": "GET", "path": "/api/v1/deals?format=xml"}),
    (
        "accept nothing we have",
        {"method": "GET", "path": "/api/v1/deals", "headers": {"Accept": "image/png"}},
    ),
    ("unicode param name", {"method": "GET", "path": "/api/v1/deals?%E2%80%AEexpo=1"}),
    ("changes since sql", {"method": "GET", "path": "/api/v1/changes?since=1%20OR%201=1"}),
    # paths
    ("traversal", {"method": "GET", "path": "/api/v1/deals/..%2f..%2fetc%2fpasswd"}),
    ("encoded slash id", {"method": "GET", "path": "/api/v1/deals/a%2fb"}),
    ("dot dot", {"method": "GET", "path": "/api/v1/deals/../../../etc/passwd"}),
    ("very long id", {"method": "GET", "path": "/api/v1/deals/" + "a" * 20_000}),
    ("unicode id", {"method": "GET", "path": "/api/v1/deals/%E2%80%AE%F0%9F%92%A5"}),
    ("trailing dot", {"method": "GET", "path": "/api/v1/deals/zkh-dow-organosilicon-2023."}),
    ("NUL id", {"method": "GET", "path": "/api/v1/deals/zkh%00"}),
    ("bad utf-8 id", {"method": "GET", "path": "/api/v1/deals/%FF%FE"}),
    (
        "patch unknown id",
        {"method": "PATCH", "path": "/api/v1/deals/%FF", "data": b"{}", "headers": {"If-Match": "*"}},
    ),
    ("unknown path", {"method": "GET", "path": "/api/v2/deals"}),
    # methods
    ("TRACE", {"method": "TRACE", "path": "/api/v1/deals"}),
    ("CONNECT", {"method": "CONNECT", "path": "/api/v1/deals"}),
    ("lowercase", {"method": "delete", "path": DEAL}),
    ("unknown method", {"method": "BREW", "path": "/api/v1/deals"}),
    ("PUT", {"method": "PUT", "path": DEAL, "data": b"{}"}),
    ("DELETE a list", {"method": "DELETE", "path": "/api/v1/deals"}),
]

# legitimate requests made of hostile text: they may be 200 (nothing matches) or a
# 4xx problem; never a 5xx, never a write
METACHARACTERS = [
    "'",
    '"',
    "%",
    "_",
    "\\",
    "*",
    "' OR '1'='1",
    "1; DROP TABLE deal --",
    "NEAR(a b)",
    "a* OR b^",
    "\u202e",
    "%%_\\%",
]
FILTERS = [
    "expo",
    "delegation",
    "organization",
    "kind",
    "scope",
    "currency",
    "qualifier",
    "sector",
    "q",
    "sort",
    "fields",
    "expand",
    "inferred",
]


def send(client, token, request):
    request = dict(request)
    headers = {"Authorization": f"Bearer {token}", **request.pop("headers", {})}
    if not headers["Authorization"]:
        del headers["Authorization"]
    # header values werkzeug's client refuses to send (CRLF) go straight into the WSGI environ
    kwargs = {
        "method": request["method"],
        "headers": headers,
        "environ_overrides": request.get("environ", {}),
    }
    if "data" in request:
        kwargs["data"] = request["data"]
        if request.get("content_type"):
            kwargs["content_type"] = request["content_type"]
    return client.open(request["path"], **kwargs)


@pytest.mark.parametrize("label, request_", HOSTILE, ids=[label for label, _ in HOSTILE])
def test_hostile_request_is_a_4xx_problem_and_writes_nothing(client, token, label, request_):
    before = snapshot()
    response = send(client, token, request_)
    assert 400 <= response.status_code < 500, (response.status_code, response.get_data()[:300])
    assert response.content_type == PROBLEM
    problem = json.loads(response.get_data())
    assert problem["status"] == response.status_code
    assert "\r" not in "".join(response.headers.get_all("X-Evil")) and "Set-Cookie" not in response.headers
    assert snapshot() == before


@pytest.mark.parametrize("name", FILTERS)
def test_metacharacters_in_every_filter_never_fail(client, token, name):
    before = snapshot()
    for value in METACHARACTERS:
        for resource in ("deals", "expos", "delegations", "organizations"):
            response = client.get(f"/api/v1/{resource}", query_string={name: value})
            assert response.status_code in (200, 400), (resource, name, value, response.status_code)
            if response.status_code == 400:
                assert response.content_type == PROBLEM
    assert snapshot() == before


def test_bearer_forms_never_authenticate(client, token):
    before = snapshot()
    for header in [token, f"bearer{token}", f"Token {token}", f"Bearer  {token}x", f"Bearer {token[:-1]}"]:
        response = client.post("/api/v1/deals", json={"id": "x"}, headers={"Authorization": header})
        assert response.status_code == 401 and response.content_type == PROBLEM
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert client.get("/api/v1/deals", headers=bearer("nope")).status_code == 200  # reads stay public
    assert snapshot() == before

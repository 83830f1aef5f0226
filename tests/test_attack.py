"""The attacker's suite, fast part: what an outsider can send to a real gunicorn (the
`served` fixture, as `make serve` runs it), class by class, on SQLite and on PostgreSQL
(TEST_DATABASE_URL). Every answer must be a 2xx/3xx or a problem+json 4xx: never a 5xx.
The slow classes (slow clients, heavy exports, races, restarts) are `make attack`."""

import base64
import json
import socket
import urllib.error
import urllib.parse
import urllib.request

import pytest

from conftest import ORGANIZATION, issue_token

pytestmark = pytest.mark.server

PROBLEM = "application/problem+json"


def cursor(sort, *values):
    raw = json.dumps({"s": sort, "k": list(values)}).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def call(method, url, body=None, headers=None):
    data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None and "Content-Type" not in request.headers:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def raw_request(base, data):
    """Bytes on the wire, as no HTTP library would send them; the status line and the rest."""
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    return head.decode("latin-1"), body


@pytest.fixture
def server(served, app, database_url):
    secret = issue_token(app, "attacker")
    base = served(DATABASE_URL=database_url, RATELIMIT_ENABLED="false")
    return base, {"Authorization": f"Bearer {secret}"}


def assert_refused(status, headers, body, code=400, parameter=None):
    assert status == code, body
    assert headers["Content-Type"].startswith(PROBLEM)
    problem = json.loads(body)
    if parameter:
        assert parameter in [e.get("parameter") for e in problem.get("errors", [])], problem
    return problem


# --- query language and cursors ------------------------------------------------------------

# a cursor of the documented shape whose content is not one of this list's: a 404 naming it,
# as an unknown id is (docs/contract.md); anything else is not a cursor at all: a 400
FORGED_CURSORS = [
    ("/api/v1/changes", cursor("id", 2**63), 404),  # beyond a bigint
    ("/api/v1/changes", cursor("id", -(2**63) - 1), 404),
    ("/api/v1/deals", cursor("id", "\ud800"), 404),  # a lone surrogate
    ("/api/v1/deals", cursor("id", "a\x00b"), 404),  # NUL
    ("/api/v1/expos?sort=start_date", cursor("start_date,id", "not-a-date", "x"), 404),
    ("/api/v1/expos?sort=start_date", cursor("start_date,id", 5, "x"), 404),
    ("/api/v1/deals?sort=amount", cursor("sort_amount,id", 1e400, "x"), 404),
    ("/api/v1/deals", "!!!", 400),
]


def test_a_forged_cursor_is_refused_in_every_format(server):
    base, _ = server
    for path, forged, code in FORGED_CURSORS:
        for fmt in ("json", "csv", "ndjson"):
            sep = "&" if "?" in path else "?"
            url = f"{base}{path}{sep}cursor={urllib.parse.quote(forged)}&format={fmt}"
            assert_refused(*call("GET", url), code=code, parameter="cursor")


NUL_QUERIES = [
    ("q=%00", "q"),
    ("q=a%00b", "q"),
    ("sector=a%00", "sector"),
    ("organization=%00", "organization"),
    ("note%00=x", "note\x00"),
]


def test_nul_anywhere_in_the_query_is_a_400(server):
    base, _ = server
    for query, parameter in NUL_QUERIES:
        assert_refused(*call("GET", f"{base}/api/v1/deals?{query}"), parameter=parameter)


@pytest.mark.parametrize("path", ["/api/v1/deals", "/api/v1/expos", "/api/v1/stats/deals?group_by=expo"])
def test_an_any_of_list_has_a_maximum(server, path):
    base, _ = server
    sep = "&" if "?" in path else "?"
    many = ",".join(f"s{n}" for n in range(51))
    parameter = "sector" if "expos" not in path else "country"
    values = (
        many
        if parameter == "sector"
        else ",".join(f"{chr(65 + n // 26)}{chr(65 + n % 26)}" for n in range(51))
    )
    assert_refused(*call("GET", f"{base}{path}{sep}{parameter}={values}"), parameter=parameter)
    fifty = ",".join(values.split(",")[:50])
    assert call("GET", f"{base}{path}{sep}{parameter}={fifty}")[0] == 200


# --- bodies: patterns match the whole value ------------------------------------------------


def test_a_trailing_newline_is_not_a_slug(server):
    base, auth = server
    for value in ["dow\n", "dow\r\n", "\ndow", "dow\x00"]:
        status, headers, body = call(
            "POST", base + "/api/v1/organizations", {**ORGANIZATION, "id": value}, auth
        )
        assert_refused(status, headers, body, 422)
    assert call("GET", base + "/api/v1/organizations/dow%0A")[0] == 404


def test_a_country_code_with_a_newline_is_refused(server):
    base, auth = server
    url = base + "/api/v1/organizations/dow"
    etag = call("GET", url)[1]["ETag"]
    headers = {**auth, "If-Match": etag, "Content-Type": "application/merge-patch+json"}
    assert_refused(*call("PATCH", url, {"country": "CN\n"}, headers), 422)


def test_a_token_cannot_take_the_loaders_name(app):
    result = app.test_cli_runner().invoke(args=["tokens", "create", "loader"])
    assert result.exit_code != 0 and "reserved" in result.output


def test_an_idempotent_replay_of_a_deleted_record_is_not_a_201(server):
    base, auth = server
    key = {**auth, "Idempotency-Key": "replay-after-delete"}
    body = {**ORGANIZATION, "id": "ephemeral"}
    status, headers, _ = call("POST", base + "/api/v1/organizations", body, key)
    assert status == 201
    assert call("POST", base + "/api/v1/organizations", body, key)[0] == 201  # replayed
    deleted = call("DELETE", base + headers["Location"], None, {**auth, "If-Match": headers["ETag"]})
    assert deleted[0] == 204
    status, headers, body = call("POST", base + "/api/v1/organizations", body, key)
    assert_refused(status, headers, body, 409)
    assert call("GET", base + "/api/v1/organizations/ephemeral")[0] == 404


# --- headers ---------------------------------------------------------------------------------


def test_if_none_match_compares_weakly(server):
    base, _ = server
    url = base + "/api/v1/deals/zkh-dow-organosilicon-2023"
    status, headers, _ = call("GET", url)
    assert status == 200 and "Retry-After" not in headers
    # (Retry-After on other 200s: the rate limiter's headers are another change's)
    assert call("GET", url, headers={"If-None-Match": "W/" + headers["ETag"]})[0] == 304


def test_forwarded_headers_are_not_trusted_without_a_proxy(server):
    base, _ = server
    head, _ = raw_request(
        base,
        b"GET //api/v1/deals HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Proto: https\r\n"
        b"X-Forwarded-Host: evil.example\r\nConnection: close\r\n\r\n",
    )
    location = [line for line in head.split("\r\n") if line.lower().startswith("location:")]
    assert not any("https://" in line for line in location), head


# 50 values of 300 characters (each up to 12 bytes percent-encoded): a URL the OpenAPI document
# allows, longer than gunicorn's default 8190-byte request line
LONG_PLACES = ",".join("\U0001f30f" * 299 + chr(0x4E00 + n) for n in range(50))


def test_every_documented_url_reaches_the_app(server):
    base, _ = server
    query = urllib.parse.urlencode({"represents": LONG_PLACES})
    assert len(query) > 100_000
    status, _, body = call("GET", f"{base}/api/v1/delegations?{query}")
    assert status == 200 and json.loads(body)["data"] == []
    # one character more in each: a 400 naming the parameter, not the server's 414
    query = urllib.parse.urlencode({"represents": LONG_PLACES.replace(",", "x,")})
    assert_refused(*call("GET", f"{base}/api/v1/delegations?{query}"), parameter="represents")


RAW = [
    b"GARBAGE\r\n\r\n",
    b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * 9000 + b"\r\n\r\n",
    b"GET / HTTP/9.9\r\nHost: x\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: garbage, chunked\r\n\r\n",
    # gunicorn logs these with the request it read: the access log once failed, and no answer went
    b"GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
    b"GET /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
    b"POST /api/v1/deals HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n",
]


RFC_9110_NAMES = {
    400: "Bad Request",
    404: "Not Found",
    414: "URI Too Long",
    431: "Request Header Fields Too Large",
    501: "Not Implemented",  # gunicorn's own reason for it is "Bad Request"
}


def test_gunicorns_own_errors_are_problems(server):
    base, _ = server
    for data in RAW:
        head, body = raw_request(base, data)
        _, status, reason = head.split("\r\n", 1)[0].split(" ", 2)
        status = int(status)
        assert status < 500 or status == 501, head
        if status >= 400:
            assert "content-type: application/problem+json" in head.lower(), head
            problem = json.loads(body)
            assert problem["status"] == status
            # the title exactly; the reason phrase as written (werkzeug's are upper case)
            assert (
                problem["title"] == RFC_9110_NAMES[status] and reason.lower() == problem["title"].lower()
            ), head


def test_a_request_line_over_1_mib_is_a_414(server):
    """gunicorn caps no request line (limit_request_line = 0), and its parser copies what it has
    read at every read: a line of megabytes held a thread and its memory for seconds."""
    base, _ = server
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    # a line just under the cap reaches the app (which names the parameter's bad value)
    status, _, _ = call("GET", f"{base}/api/v1/deals?limit=" + "9" * (1024 * 1024 - 50))
    assert status == 400
    line = b"GET /healthz?x=" + b"a" * (1024 * 1024)  # no end: the server must stop reading
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(line)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 414 URI Too Long\r\n"), head
    assert b"content-type: application/problem+json" in head.lower()
    assert json.loads(body)["status"] == 414

"""Races across worker processes: a real gunicorn with 4 workers, many clients
released at the same instant. Optimistic concurrency (If-Match), Idempotency-Key
and unique ids must each let exactly one request win, on SQLite and on
PostgreSQL (TEST_DATABASE_URL): the database settles it, not a worker's memory."""

import concurrent.futures
import json
import threading
import urllib.error
import urllib.request

import pytest

from conftest import issue_token

pytestmark = pytest.mark.server

CLIENTS = 16
QUOTE = (
    "The first deal of the Shanghai trading delegation at the 6th CIIE, a procurement order worth "
    "US$300 million, was signed between Qingpu-registered ZKH Industrial Supply Co and materials "
    "science leader Dow."
)


def deal(deal_id, title="A deal raced for"):
    return {
        "id": deal_id,
        "title": title,
        "kind": "purchase_order",
        "scope": "single",
        "expo": "ciie-2023",
        "sources": [{"source": "qingpu-at-ciie-2023", "quote": QUOTE}],
    }


def call(method, url, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None and "Content-Type" not in request.headers:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def at_once(count, func):
    """Run func(n) on `count` threads released together by a barrier."""
    barrier = threading.Barrier(count)

    def run(n):
        barrier.wait()
        return func(n)

    with concurrent.futures.ThreadPoolExecutor(count) as pool:
        return list(pool.map(run, range(count)))


@pytest.fixture
def server(served, app, database_url):
    """gunicorn with 4 workers on the test's database (fixtures loaded by `app`), no rate limits."""
    secret = issue_token(app, "racer")
    base = served(WEB_CONCURRENCY="4", DATABASE_URL=database_url, RATELIMIT_ENABLED="false")
    return base, {"Authorization": f"Bearer {secret}"}


def test_one_patch_wins_with_the_same_etag(server):
    base, auth = server
    url = base + "/api/v1/deals/zkh-dow-organosilicon-2023"
    etag = call("GET", url)[1]["ETag"]
    answers = at_once(
        CLIENTS,
        lambda n: call(
            "PATCH",
            url,
            {"note": f"correction {n}"},
            {**auth, "If-Match": etag, "Content-Type": "application/merge-patch+json"},
        ),
    )
    statuses = sorted(status for status, _, _ in answers)
    assert statuses == [200] + [412] * (CLIENTS - 1), statuses
    (winner,) = [json.loads(body) for status, _, body in answers if status == 200]
    assert json.loads(call("GET", url)[2])["note"] == winner["note"]
    changes = json.loads(
        call("GET", base + "/api/v1/changes?record=zkh-dow-organosilicon-2023&actor=racer&limit=100")[2]
    )
    assert [c["operation"] for c in changes["data"]] == ["update"]


def test_concurrent_posts_with_one_idempotency_key_create_one_record(server):
    base, auth = server
    body = deal("raced-idempotent-deal")
    answers = at_once(
        CLIENTS, lambda n: call("POST", base + "/api/v1/deals", body, {**auth, "Idempotency-Key": "race-1"})
    )
    assert {status for status, _, _ in answers} == {201}, [(s, b[:200]) for s, _, b in answers]
    assert len({body for _, _, body in answers}) == 1, "every answer is the first one, replayed"
    assert {headers["Location"] for _, headers, _ in answers} == {"/api/v1/deals/raced-idempotent-deal"}
    replayed = [headers.get("Idempotent-Replayed") for _, headers, _ in answers]
    assert replayed.count(None) == 1 and replayed.count("true") == CLIENTS - 1
    changes = json.loads(call("GET", base + "/api/v1/changes?record=raced-idempotent-deal&actor=racer")[2])
    assert len(changes["data"]) == 1


def test_concurrent_creates_of_one_id_without_a_key_one_201_the_rest_409(server):
    base, auth = server
    answers = at_once(
        CLIENTS, lambda n: call("POST", base + "/api/v1/deals", deal("raced-deal", f"Title {n}"), auth)
    )
    statuses = sorted(status for status, _, _ in answers)
    assert statuses == [201] + [409] * (CLIENTS - 1), statuses
    for status, headers, _ in answers:
        if status == 409:
            assert headers["Content-Type"] == "application/problem+json"
    (created,) = [json.loads(body) for status, _, body in answers if status == 201]
    assert json.loads(call("GET", base + "/api/v1/deals/raced-deal")[2])["title"] == created["title"]
    changes = json.loads(call("GET", base + "/api/v1/changes?record=raced-deal&actor=racer")[2])
    assert len(changes["data"]) == 1

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

from conftest import ORGANIZATION, issue_token

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


# --- rounds of the races the README's write section promises to settle, on both backends ---

ROUNDS = 5
PATCH_ANY = {"If-Match": "*", "Content-Type": "application/merge-patch+json"}


def test_part_of_cycles_never_form(server):
    """A.part_of = B racing B.part_of = A: one 200, one 422, never a cycle."""
    base, auth = server
    a, b = "ciie-2023", "cicpe-1"
    for _ in range(ROUNDS):
        answers = at_once(
            2,
            lambda n: call(
                "PATCH", f"{base}/api/v1/expos/{(a, b)[n]}", {"part_of": (b, a)[n]}, {**auth, **PATCH_ANY}
            ),
        )
        assert sorted(status for status, _, _ in answers) == [200, 422], answers
        hosts = [json.loads(call("GET", f"{base}/api/v1/expos/{e}")[2]).get("part_of") for e in (a, b)]
        assert hosts in ([b, None], [None, a]), hosts
        for expo in (a, b):  # back to no host for the next round
            assert (
                call("PATCH", f"{base}/api/v1/expos/{expo}", {"part_of": None}, {**auth, **PATCH_ANY})[0]
                == 200
            )


def test_a_delete_racing_a_reference_to_it_is_a_409_or_a_422(server):
    """DELETE an organization while a PATCH names it as a party: either the delete wins (204,
    then the PATCH 422: no such organization) or the reference does (200, then the DELETE 409:
    a deal refers to it). Never a 500, never a party that does not exist."""
    base, auth = server
    deal_url = base + "/api/v1/deals/zkh-dow-organosilicon-2023"
    outcomes = set()
    for n in range(ROUNDS):
        org_id = f"raced-organization-{n}"
        assert call("POST", base + "/api/v1/organizations", {**ORGANIZATION, "id": org_id}, auth)[0] == 201
        parties = json.loads(call("GET", deal_url)[2])["parties"]
        added = {"parties": [*parties, {"organization": org_id, "role": "buyer"}]}
        answers = at_once(
            2,
            lambda i, org_id=org_id, added=added: (
                call("DELETE", f"{base}/api/v1/organizations/{org_id}", None, {**auth, "If-Match": "*"})
                if i == 0
                else call("PATCH", deal_url, added, {**auth, **PATCH_ANY})
            ),
        )
        (deleted, _, _), (patched, _, _) = answers
        assert (deleted, patched) in {(204, 422), (409, 200)}, answers
        outcomes.add((deleted, patched))
        exists = call("GET", f"{base}/api/v1/organizations/{org_id}")[0] == 200
        named = org_id in {p["organization"] for p in json.loads(call("GET", deal_url)[2])["parties"]}
        assert exists == named == (patched == 200)
        if named:  # undo, for the next round
            assert call("PATCH", deal_url, {"parties": parties}, {**auth, **PATCH_ANY})[0] == 200


def test_same_id_posts_in_rounds_one_201_and_no_false_409(server):
    """Each round: 8 POSTs of one new id (one 201, seven 409) and 8 POSTs of distinct new
    ids (eight 201: a 409 for an id nobody holds would be false)."""
    base, auth = server
    for n in range(ROUNDS):
        answers = at_once(
            16,
            lambda i, n=n: call(
                "POST",
                base + "/api/v1/deals",
                deal(f"round-{n}-same" if i < 8 else f"round-{n}-own-{i}", f"Title {i}"),
                auth,
            ),
        )
        same = sorted(status for status, _, _ in answers[:8])
        own = [status for status, _, _ in answers[8:]]
        assert same == [201] + [409] * 7, same
        assert own == [201] * 8, [(s, b[:200]) for s, _, b in answers[8:]]


def test_if_match_star_is_never_a_412(server):
    """If-Match: * matches any current representation: every concurrent PATCH succeeds, in turn."""
    base, auth = server
    url = base + "/api/v1/deals/zkh-dow-organosilicon-2023"
    for n in range(ROUNDS):
        answers = at_once(
            CLIENTS,
            lambda i, n=n: call("PATCH", url, {"note": f"round {n} writer {i}"}, {**auth, **PATCH_ANY}),
        )
        assert [status for status, _, _ in answers] == [200] * CLIENTS, [(s, b[:200]) for s, _, b in answers]
    changes = json.loads(
        call("GET", base + "/api/v1/changes?record=zkh-dow-organosilicon-2023&actor=racer&limit=100")[2]
    )
    assert len(changes["data"]) == ROUNDS * CLIENTS

"""Curators' tokens: the CLI, the admin API under /api/v1/tokens, and what every
write answers to a missing, malformed, revoked or insufficient token."""

import hashlib
import re

import pytest

from api.db import database
from api.store.models import Token

from conftest import ORGANIZATION, bearer, issue_token, snapshot

TOKEN = re.compile(r"^tp_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$")
# one write of every kind, on every resource that takes writes
WRITES = [
    ("POST", "/api/v1/expos"),
    ("POST", "/api/v1/delegations"),
    ("POST", "/api/v1/deals"),
    ("POST", "/api/v1/organizations"),
    ("PATCH", "/api/v1/expos/ciie-2019"),
    ("PATCH", "/api/v1/delegations/qingpu-delegation-ciie-2023"),
    ("PATCH", "/api/v1/deals/zkh-dow-organosilicon-2023"),
    ("PATCH", "/api/v1/organizations/dow"),
    ("DELETE", "/api/v1/expos/cicpe-1"),
    ("DELETE", "/api/v1/delegations/qingpu-delegation-ciie-2023"),
    ("DELETE", "/api/v1/deals/zkh-dow-organosilicon-2023"),
    ("DELETE", "/api/v1/organizations/argentina"),
]


def write(client, method, path, headers):
    body = {"note": "Edited."} if method == "PATCH" else ORGANIZATION
    kwargs = {} if method == "DELETE" else {"json": body}
    return client.open(path, method=method, headers={"If-Match": "*", **headers}, **kwargs)


def token_rows():
    with database.connection_context():
        return {token.name: token for token in Token.select()}


def assert_unauthorized(response, error=None):
    assert response.status_code == 401, response.get_json()
    assert response.content_type == "application/problem+json"
    assert response.get_json()["status"] == 401
    challenge = response.headers["WWW-Authenticate"]
    assert challenge.startswith("Bearer ")
    if error:
        assert f'error="{error}"' in challenge


# --- the CLI ------------------------------------------------------------------------------------


def test_cli_create_prints_the_token_once_and_list_never_shows_it(app, client):
    runner = app.test_cli_runner()
    result = runner.invoke(args=["tokens", "create", "alice"])
    assert result.exit_code == 0, result.output
    secret = result.output.strip()
    match = TOKEN.match(secret)
    assert match, result.output
    listing = runner.invoke(args=["tokens", "list"])
    assert listing.exit_code == 0
    (line,) = listing.output.splitlines()
    assert line.split()[:3] == [match.group(1), "alice", "read-write"] and line.endswith("valid")
    assert match.group(2) not in listing.output
    # the printed token writes
    response = client.post("/api/v1/organizations", json=ORGANIZATION, headers=bearer(secret))
    assert response.status_code == 201, response.get_json()


def test_cli_create_admin_scope_and_duplicate_name(app, client):
    runner = app.test_cli_runner()
    admin = issue_token(app, "root", "admin")
    assert client.get("/api/v1/tokens", headers=bearer(admin)).status_code == 200
    again = runner.invoke(args=["tokens", "create", "root"])
    assert again.exit_code != 0 and "already a token named 'root'" in again.output
    wrong = runner.invoke(args=["tokens", "create", "someone", "--scope", "superuser"])
    assert wrong.exit_code != 0
    assert set(token_rows()) == {"root"}


def test_cli_revoke_then_401(app, client):
    runner = app.test_cli_runner()
    secret = issue_token(app, "alice")
    assert write(client, "PATCH", "/api/v1/organizations/dow", bearer(secret)).status_code == 200
    result = runner.invoke(args=["tokens", "revoke", "alice"])
    assert result.exit_code == 0 and "Revoked alice" in result.output
    assert "revoked" in runner.invoke(args=["tokens", "list"]).output
    before = snapshot()
    assert_unauthorized(write(client, "PATCH", "/api/v1/organizations/dow", bearer(secret)), "invalid_token")
    assert snapshot() == before
    again = runner.invoke(args=["tokens", "revoke", "alice"])
    assert again.exit_code != 0 and "no valid token named 'alice'" in again.output
    assert runner.invoke(args=["tokens", "revoke", "nobody"]).exit_code != 0


def test_the_stored_hash_is_not_the_secret(app):
    secret = issue_token(app, "alice")
    token_id, secret_part = TOKEN.match(secret).groups()
    row = token_rows()["alice"]
    assert row.id == token_id
    assert row.secret_hash == hashlib.sha256(secret_part.encode()).hexdigest()
    with database.connection_context():
        stored = database.execute_sql("SELECT * FROM token").fetchall()
    assert secret_part not in repr(stored) and secret not in repr(stored)


# --- /api/v1/tokens (admin) --------------------------------------------------------------------


def test_admin_lists_tokens_without_secrets(app, client, admin_token, token):
    response = client.get("/api/v1/tokens", headers=bearer(admin_token))
    assert response.status_code == 200
    assert response.headers["Cache-Control"].startswith("private")
    body = response.get_json()
    assert body["meta"]["total"] == 2
    by_name = {t["name"]: t for t in body["data"]}
    assert {n: t["scope"] for n, t in by_name.items()} == {"root": "admin", "alice": "read-write"}
    for item in body["data"]:
        assert set(item) == {"id", "name", "scope", "created_at", "revoked_at"}
        assert item["revoked_at"] is None
        assert item["created_at"].endswith("Z")  # RFC 3339: with its offset (UTC)
    assert by_name["alice"]["id"] == TOKEN.match(token).group(1)
    assert TOKEN.match(token).group(2) not in response.get_data(as_text=True)
    admins = client.get("/api/v1/tokens?scope=admin", headers=bearer(admin_token)).get_json()
    assert [t["name"] for t in admins["data"]] == ["root"]


def test_admin_creates_a_token_whose_secret_is_shown_once(app, client, admin_token):
    response = client.post("/api/v1/tokens", json={"name": "bob"}, headers=bearer(admin_token))
    assert response.status_code == 201, response.get_json()
    created = response.get_json()
    assert set(created) == {"id", "name", "scope", "created_at", "revoked_at", "token"}
    assert (created["name"], created["scope"], created["revoked_at"]) == ("bob", "read-write", None)
    assert created["created_at"].endswith("Z")
    match = TOKEN.match(created["token"])
    assert match and match.group(1) == created["id"]
    assert response.headers["Location"] == f"/api/v1/tokens/{created['id']}"
    # never shown again
    listed = client.get("/api/v1/tokens", headers=bearer(admin_token))
    assert created["token"] not in listed.get_data(as_text=True)
    assert match.group(2) not in listed.get_data(as_text=True)
    (bob,) = [t for t in listed.get_json()["data"] if t["name"] == "bob"]
    assert bob == {k: v for k, v in created.items() if k != "token"}
    # it writes, as `bob`
    response = client.post("/api/v1/organizations", json=ORGANIZATION, headers=bearer(created["token"]))
    assert response.status_code == 201
    (change,) = client.get("/api/v1/changes?actor=bob").get_json()["data"]
    assert change["record"] == ORGANIZATION["id"]
    # an admin token made over HTTP manages tokens
    response = client.post(
        "/api/v1/tokens", json={"name": "carol", "scope": "admin"}, headers=bearer(admin_token)
    )
    assert response.status_code == 201
    carol = response.get_json()["token"]
    assert client.get("/api/v1/tokens", headers=bearer(carol)).status_code == 200


def test_a_duplicate_token_name_is_409(app, client, admin_token, token):
    before = snapshot()
    for name in ("alice", "root"):
        response = client.post("/api/v1/tokens", json={"name": name}, headers=bearer(admin_token))
        assert response.status_code == 409, response.get_json()
        assert response.content_type == "application/problem+json"
    assert snapshot() == before


@pytest.mark.parametrize(
    "body, pointer",
    [
        ({}, "/name"),
        ({"name": ""}, "/name"),
        ({"name": "has space"}, "/name"),
        ({"name": 5}, "/name"),
        ({"name": "x" * 101}, "/name"),
        ({"name": "dave", "scope": "superuser"}, "/scope"),
        ({"name": "dave", "secret_hash": "0" * 64}, "/secret_hash"),
        ({"name": "dave", "id": "0123456789ab"}, "/id"),
        ({"name": "dave", "token": "tp_0123456789ab_x"}, "/token"),
    ],
)
def test_an_invalid_token_request_is_422_and_creates_nothing(client, admin_token, body, pointer):
    before = snapshot()
    response = client.post("/api/v1/tokens", json=body, headers=bearer(admin_token))
    assert response.status_code == 422, response.get_json()
    assert response.content_type == "application/problem+json"
    assert pointer in [error["pointer"] for error in response.get_json()["errors"]]
    assert snapshot() == before


@pytest.mark.parametrize(
    "data, content_type, status",
    [
        (b"not json", "application/json", 400),
        (b"", "application/json", 400),
        (b"\xff\xfe", "application/json", 400),
        (b"[]", "application/json", 422),
        (b'"bob"', "application/json", 422),
        (b'{"name": "bob"}', "text/plain", 415),
        (b"name=bob", "application/x-www-form-urlencoded", 415),
    ],
)
def test_a_malformed_token_request_is_a_problem_not_a_5xx(client, admin_token, data, content_type, status):
    before = snapshot()
    response = client.post(
        "/api/v1/tokens", data=data, content_type=content_type, headers=bearer(admin_token)
    )
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.content_type == "application/problem+json"
    assert snapshot() == before


def test_admin_revokes_a_token_idempotently(app, client, admin_token, token):
    token_id = TOKEN.match(token).group(1)
    assert write(client, "PATCH", "/api/v1/organizations/dow", bearer(token)).status_code == 200
    response = client.delete(f"/api/v1/tokens/{token_id}", headers=bearer(admin_token))
    assert response.status_code == 204 and response.data == b""
    assert_unauthorized(write(client, "PATCH", "/api/v1/organizations/dow", bearer(token)), "invalid_token")
    revoked_at = token_rows()["alice"].revoked_at
    assert revoked_at is not None
    again = client.delete(f"/api/v1/tokens/{token_id}", headers=bearer(admin_token))
    assert again.status_code == 204
    assert token_rows()["alice"].revoked_at == revoked_at  # revoking again changes nothing
    (alice,) = [
        t
        for t in client.get("/api/v1/tokens", headers=bearer(admin_token)).get_json()["data"]
        if t["name"] == "alice"
    ]
    assert alice["revoked_at"] is not None
    assert client.get("/api/v1/tokens?scope=read-write", headers=bearer(admin_token)).status_code == 200


def test_revoking_an_unknown_token_is_404(client, admin_token):
    response = client.delete("/api/v1/tokens/000000000000", headers=bearer(admin_token))
    assert response.status_code == 404
    assert response.content_type == "application/problem+json"


def test_the_token_list_etag_follows_the_tokens(client, admin_token, token):
    """A cached token list must not survive the creation or revocation of a token."""
    first = client.get("/api/v1/tokens", headers=bearer(admin_token))
    etag = first.headers["ETag"]
    assert (
        client.get("/api/v1/tokens", headers=bearer(admin_token, **{"If-None-Match": etag})).status_code
        == 304
    )
    created = client.post("/api/v1/tokens", json={"name": "bob"}, headers=bearer(admin_token))
    assert created.status_code == 201
    after_create = client.get("/api/v1/tokens", headers=bearer(admin_token, **{"If-None-Match": etag}))
    assert after_create.status_code == 200
    assert "bob" in [t["name"] for t in after_create.get_json()["data"]]
    etag = after_create.headers["ETag"]
    assert (
        client.delete(f"/api/v1/tokens/{created.get_json()['id']}", headers=bearer(admin_token)).status_code
        == 204
    )
    after_revoke = client.get("/api/v1/tokens", headers=bearer(admin_token, **{"If-None-Match": etag}))
    assert after_revoke.status_code == 200


@pytest.mark.parametrize(
    "method, path",
    [("GET", "/api/v1/tokens"), ("POST", "/api/v1/tokens"), ("DELETE", "/api/v1/tokens/000000000000")],
)
def test_a_read_write_token_cannot_manage_tokens(client, token, method, path):
    before = snapshot()
    kwargs = {"json": {"name": "mallory", "scope": "admin"}} if method == "POST" else {}
    response = client.open(path, method=method, headers=bearer(token), **kwargs)
    assert response.status_code == 403, response.get_json()
    assert response.content_type == "application/problem+json"
    challenge = response.headers["WWW-Authenticate"]
    assert challenge.startswith("Bearer ") and 'error="insufficient_scope"' in challenge
    assert snapshot() == before


@pytest.mark.parametrize(
    "method, path",
    [("GET", "/api/v1/tokens"), ("POST", "/api/v1/tokens"), ("DELETE", "/api/v1/tokens/000000000000")],
)
def test_managing_tokens_without_a_token_is_401(client, method, path):
    kwargs = {"json": {"name": "mallory", "scope": "admin"}} if method == "POST" else {}
    assert_unauthorized(client.open(path, method=method, **kwargs))


# --- what every write answers to a missing or bad token -------------------------------------------


@pytest.mark.parametrize("method, path", WRITES)
def test_a_write_without_a_token_is_401(client, method, path):
    before = snapshot()
    response = write(client, method, path, {})
    assert_unauthorized(response)
    assert response.headers["WWW-Authenticate"].startswith('Bearer realm="tradepromo"')
    assert snapshot() == before


@pytest.fixture
def bad_credentials(app):
    """Authorization headers that must all be refused, by name."""
    secret = issue_token(app, "alice")
    revoked = issue_token(app, "former")
    assert app.test_cli_runner().invoke(args=["tokens", "revoke", "former"]).exit_code == 0
    token_id, secret_part = TOKEN.match(secret).groups()
    return {
        "empty bearer": "Bearer ",
        "garbage": "Bearer garbage",
        "prefix only": "Bearer tp_",
        "no secret": f"Bearer tp_{token_id}",
        "empty secret": f"Bearer tp_{token_id}_",
        "unknown id": f"Bearer tp_000000000000_{secret_part}",
        "wrong secret": f"Bearer tp_{token_id}_{secret_part[:-1]}{'A' if secret_part[-1] != 'A' else 'B'}",
        "secret with a suffix": f"Bearer {secret}x",
        "revoked": f"Bearer {revoked}",
        "basic scheme": f"Basic {secret}",
        "no scheme": secret,
        "non-ascii": "Bearer tp_é_ü",
        "very long": "Bearer tp_" + "a" * 5000,
    }


@pytest.mark.parametrize(
    "case",
    [
        "empty bearer",
        "garbage",
        "prefix only",
        "no secret",
        "empty secret",
        "unknown id",
        "wrong secret",
        "secret with a suffix",
        "revoked",
        "basic scheme",
        "no scheme",
        "non-ascii",
        "very long",
    ],
)
def test_a_malformed_wrong_or_revoked_token_is_401(client, bad_credentials, case):
    before = snapshot()
    for method, path in [("POST", "/api/v1/organizations"), ("PATCH", "/api/v1/organizations/dow")]:
        response = write(client, method, path, {"Authorization": bad_credentials[case]})
        assert_unauthorized(response)
    assert_unauthorized(client.get("/api/v1/tokens", headers={"Authorization": bad_credentials[case]}))
    assert snapshot() == before


def test_the_scheme_is_case_insensitive(client, token):
    response = write(client, "PATCH", "/api/v1/organizations/dow", {"Authorization": f"bearer {token}"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/expos",
        "/api/v1/expos/ciie-2019",
        "/api/v1/delegations",
        "/api/v1/deals/zkh-dow-organosilicon-2023",
        "/api/v1/organizations/dow/deals",
        "/api/v1/sources",
        "/api/v1/changes",
    ],
)
def test_reads_stay_public(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["Cache-Control"].startswith("public")

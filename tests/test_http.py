"""What every response carries: request ids, security headers, CORS; JSON logs."""

import json

import pytest

from api import create_app
from api.db import database
from api.http.auth import issue

from conftest import FIXTURES


@pytest.fixture
def cors_client(database_url, app):
    other = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": database_url,
            "CORS_ORIGINS": ["http://localhost:5173"],
            "RATELIMIT_ENABLED": False,
        }
    )
    return other.test_client()


def test_request_id_is_generated_or_echoed(client):
    generated = client.get("/api/v1/sources").headers["X-Request-ID"]
    assert len(generated) == 32
    assert (
        client.get("/api/v1/sources", headers={"X-Request-ID": "lb-1234.a"}).headers["X-Request-ID"]
        == "lb-1234.a"
    )
    hostile = client.get("/api/v1/sources", headers={"X-Request-ID": "x" * 200}).headers["X-Request-ID"]
    assert hostile != "x" * 200 and len(hostile) == 32
    assert client.get("/nope").headers["X-Request-ID"]  # errors too


@pytest.mark.parametrize("path", ["/api/v1/deals", "/api/v1/deals/nope", "/healthz", "/api/v1/openapi.json"])
def test_json_answers_forbid_everything(client, path):
    response = client.get(path)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'none'"


def test_swagger_ui_may_load_only_its_own_assets(client):
    csp = client.get("/docs").headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "http" not in csp


def test_cors_preflight_and_exposed_headers(cors_client):
    origin = {"Origin": "http://localhost:5173"}
    preflight = cors_client.options(
        "/api/v1/deals/zkh-dow-organosilicon-2023",
        headers={
            **origin,
            "Access-Control-Request-Method": "PATCH",
            "Access-Control-Request-Headers": "If-Match, Authorization",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == "http://localhost:5173"
    assert "PATCH" in preflight.headers["Access-Control-Allow-Methods"]
    assert "if-match" in preflight.headers["Access-Control-Allow-Headers"].lower()
    exposed = cors_client.get("/api/v1/deals?limit=1", headers=origin).headers[
        "Access-Control-Expose-Headers"
    ]
    for header in ("ETag", "Link", "Retry-After", "X-RateLimit-Remaining", "X-Request-ID"):
        assert header in exposed


def test_cors_ignores_origins_not_allowed(cors_client, client):
    response = cors_client.get("/api/v1/deals", headers={"Origin": "http://evil.example"})
    assert "Access-Control-Allow-Origin" not in response.headers
    assert (
        "Access-Control-Allow-Origin"
        not in client.get("/api/v1/deals", headers={"Origin": "http://localhost:5173"}).headers
    )


def test_too_large_bodies_are_413(database_url, app):
    small = create_app(
        {"TESTING": True, "DATABASE_URL": database_url, "MAX_CONTENT_LENGTH": 100, "RATELIMIT_ENABLED": False}
    )
    with small.app_context(), database.connection_context():
        _, secret = issue("curator", "read-write")
    response = small.test_client().post(
        "/api/v1/deals",
        data="x" * 1000,
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert response.status_code == 413 and response.content_type == "application/problem+json"


def test_errors_are_logged_as_json_with_the_request_id_and_not_leaked(database_url, app, capfd):
    broken = create_app(
        {"DATABASE_URL": database_url, "RATELIMIT_ENABLED": False, "FIXTURES_DIR": str(FIXTURES)}
    )

    @broken.get("/api/v1/boom")
    def boom():
        raise RuntimeError("secret internals: password=hunter2")

    response = broken.test_client().get("/api/v1/boom", headers={"X-Request-ID": "trace-42"})
    assert response.status_code == 500 and response.content_type == "application/problem+json"
    assert "hunter2" not in response.get_data(as_text=True)
    lines = [json.loads(line) for line in capfd.readouterr().err.splitlines() if line.startswith("{")]
    logged = [line for line in lines if line.get("request_id") == "trace-42"]
    assert logged and logged[0]["level"] == "ERROR" and "RuntimeError" in logged[0]["exception"]


def test_proxy_fix_trusts_only_the_configured_proxies(database_url, app):
    from flask import request

    trusting = create_app(
        {"TESTING": True, "DATABASE_URL": database_url, "PROXY_COUNT": 1, "RATELIMIT_ENABLED": False}
    )

    @trusting.get("/api/v1/whoami")
    def whoami():
        return {"address": request.remote_addr, "scheme": request.scheme}

    answer = trusting.test_client().get(
        "/api/v1/whoami", headers={"X-Forwarded-For": "203.0.113.9", "X-Forwarded-Proto": "https"}
    )
    assert answer.get_json() == {"address": "203.0.113.9", "scheme": "https"}


def test_requests_leave_the_apps_coroutine_checks_as_they_were(app, client):
    """App.ensure_sync remembers one answer per function: a MethodView's method, bound to a
    new view on each request, must not add an entry (and keep its view) per request."""
    paths = ["/api/v1/deals", "/api/v1/deals/nope", "/api/v1/expos?limit=1", "/healthz", "/nope"]
    for path in paths:
        client.get(path)
    known = len(app.coroutines)
    for path in paths * 5:
        client.get(path)
    assert len(app.coroutines) == known

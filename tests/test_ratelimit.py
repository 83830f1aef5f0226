"""Rate limits per client, for reads and writes; shared through Redis across workers."""

import os
import re
import uuid

import pytest

from api import create_app


@pytest.fixture
def limited(database_url, app):
    """The app with 3 reads and 2 writes a minute per client, in memory."""
    return create_app(
        {
            "TESTING": True,
            "DATABASE_URL": database_url,
            "RATELIMIT_READS": "3 per minute",
            "RATELIMIT_WRITES": "2 per minute",
            "RATELIMIT_STORAGE_URI": "memory://",
        }
    )


def test_reads_over_the_limit_are_429_problems(limited):
    client = limited.test_client()
    for remaining in (2, 1, 0):
        response = client.get("/api/v1/sources")
        assert response.status_code == 200
        assert response.headers["X-RateLimit-Limit"] == "3"
        assert response.headers["X-RateLimit-Remaining"] == str(remaining)
        # the IETF structured fields (draft-ietf-httpapi-ratelimit-headers)
        assert response.headers["RateLimit-Policy"] == '"reads";q=3;w=60'
        assert re.fullmatch(rf'"reads";r={remaining};t=([1-9]|[1-5][0-9]|60)', response.headers["RateLimit"])
        assert "Retry-After" not in response.headers  # only on a 429
    refused = client.get("/api/v1/deals")
    assert refused.status_code == 429
    assert refused.content_type == "application/problem+json"
    assert refused.get_json()["title"] == "Too Many Requests"
    assert 0 < int(refused.headers["Retry-After"]) <= 60
    assert refused.headers["X-RateLimit-Remaining"] == "0"
    assert refused.headers["RateLimit"].startswith('"reads";r=0;t=')


def test_writes_have_their_own_budget_and_probes_none(limited):
    client = limited.test_client()
    with limited.app_context():
        from api.db import database
        from api.http.auth import issue

        with database.connection_context():
            _, secret = issue("alice", "read-write")
    for _ in range(3):
        client.get("/api/v1/sources")
    assert client.get("/api/v1/sources").status_code == 429
    as_alice = {"Authorization": f"Bearer {secret}"}
    for remaining in (1, 0):
        response = client.post("/api/v1/deals", json={}, headers=as_alice)
        assert response.status_code == 422  # counted, then refused for its body
        assert response.headers["RateLimit"].startswith(f'"writes";r={remaining};')
        assert response.headers["RateLimit-Policy"] == '"writes";q=2;w=60'
    refused = client.post("/api/v1/deals", json={}, headers=as_alice)
    assert refused.status_code == 429 and 0 < int(refused.headers["Retry-After"]) <= 60
    assert client.get("/healthz").status_code == 200 and client.get("/docs").status_code == 200


def test_an_unauthenticated_write_is_401_and_spends_no_budget(limited):
    """Authentication first, then the count: no token (or a bad one) is a 401 however often."""
    client = limited.test_client()
    for headers in [{}] * 3 + [{"Authorization": "Bearer tp_000000000000_forged"}] * 3:
        response = client.post("/api/v1/deals", json={}, headers=headers)
        assert response.status_code == 401, response.get_json()
        assert "WWW-Authenticate" in response.headers and "Retry-After" not in response.headers
    assert client.post("/api/v1/nowhere", json={}).status_code == 404  # routing answers before auth
    assert client.delete("/api/v1/deals").status_code == 405


def test_a_read_that_needs_a_token_is_401_before_the_read_budget(limited):
    """The token list needs an admin token: without one it is a 401 (a 403 for a curator's),
    spent budget or not, and the refusal costs nothing."""
    client = limited.test_client()
    with limited.app_context():
        from api.db import database
        from api.http.auth import issue

        with database.connection_context():
            _, curator = issue("alice", "read-write")
    for headers in [{}] * 4 + [{"Authorization": "Bearer tp_000000000000_forged"}] * 2:
        response = client.get("/api/v1/tokens", headers=headers)
        assert response.status_code == 401, response.get_json()
        assert "WWW-Authenticate" in response.headers and "Retry-After" not in response.headers
    assert client.get("/api/v1/tokens", headers={"Authorization": f"Bearer {curator}"}).status_code == 403
    for _ in range(3):
        assert client.get("/api/v1/sources").status_code == 200  # the address's budget is untouched
    assert client.get("/api/v1/sources").status_code == 429
    assert client.get("/api/v1/tokens").status_code == 401  # and stays a 401 once it is spent


def test_each_client_has_its_own_budget(limited):
    client = limited.test_client()
    with limited.app_context():
        from api.db import database
        from api.http.auth import issue

        with database.connection_context():
            _, secret = issue("alice", "read-write")
    for _ in range(3):
        client.get("/api/v1/sources")
    assert client.get("/api/v1/sources").status_code == 429
    as_alice = {"Authorization": f"Bearer {secret}"}
    assert client.get("/api/v1/sources", headers=as_alice).status_code == 200
    other_address = client.get("/api/v1/sources", environ_base={"REMOTE_ADDR": "10.9.8.7"})
    assert other_address.status_code == 200
    forged = {"Authorization": "Bearer tp_000000000000_forged"}
    assert client.get("/api/v1/sources", headers=forged).status_code == 429  # a bad token is just the address


REDIS_URL = os.environ.get("TEST_REDIS_URL")


@pytest.mark.server
@pytest.mark.skipif(not REDIS_URL, reason="TEST_REDIS_URL is not set (e.g. redis://127.0.0.1:6379/15)")
def test_the_limit_is_exact_across_gunicorn_workers_with_redis(served):
    """Four workers share one Redis counter: exactly the limit passes, whichever worker answers."""
    base = served(
        WEB_CONCURRENCY="4",
        RATELIMIT_STORAGE_URL=REDIS_URL,
        RATELIMIT_READS="40 per hour",
        RATELIMIT_KEY_PREFIX=f"test-{uuid.uuid4().hex}",
    )
    import concurrent.futures
    import urllib.error
    import urllib.request

    def status(_):
        try:
            with urllib.request.urlopen(base + "/api/v1/sources", timeout=10) as response:
                return response.status, response.headers.get("X-Request-ID")
        except urllib.error.HTTPError as error:
            return error.code, None

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        results = list(pool.map(status, range(70)))
    codes = [code for code, _ in results]
    assert codes.count(200) == 40 and codes.count(429) == 30, sorted(set(codes))


def test_counting_in_memory_starts_no_thread(limited, monkeypatch):
    """limits' memory storage started a timer thread every 10 ms of traffic to expire its
    counters; here they expire inline, and each request still counts once."""
    import limits.storage.memory

    def no_thread(*args, **kwargs):
        raise AssertionError("a timer thread was started")

    client = limited.test_client()
    monkeypatch.setattr(limits.storage.memory.threading, "Timer", no_thread)
    for remaining in (2, 1, 0):
        response = client.get("/api/v1/sources")
        assert response.status_code == 200
        assert response.headers["X-RateLimit-Remaining"] == str(remaining)
    assert client.get("/api/v1/sources").status_code == 429

import threading
import time

import pytest


@pytest.mark.parametrize(
    "path", ["/nope", "/api/v1", "/api/v1/widgets", "/api/v1/deals/", "/docs/nothing.js"]
)
def test_unknown_paths_are_404_problems(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.content_type == "application/problem+json"
    body = response.get_json()
    assert (body["type"], body["title"], body["status"], body["instance"]) == (
        "about:blank",
        "Not Found",
        404,
        path,
    )


@pytest.mark.parametrize(
    "method, path, allowed",
    [
        ("POST", "/api/v1/expos/ciie-2019", {"GET", "HEAD", "OPTIONS", "PATCH", "DELETE"}),
        ("PUT", "/api/v1/expos/ciie-2019", {"GET", "HEAD", "OPTIONS", "PATCH", "DELETE"}),
        ("PUT", "/api/v1/deals", {"GET", "HEAD", "OPTIONS", "POST"}),
        ("DELETE", "/api/v1/deals", {"GET", "HEAD", "OPTIONS", "POST"}),
        ("PUT", "/api/v1/sources", {"GET", "HEAD", "OPTIONS", "POST"}),
        ("PUT", "/api/v1/sources/qingpu-at-ciie-2023", {"GET", "HEAD", "OPTIONS", "PATCH", "DELETE"}),
        ("POST", "/api/v1/changes", {"GET", "HEAD", "OPTIONS"}),
    ],
)
def test_unknown_methods_are_405_with_allow(client, method, path, allowed):
    response = client.open(path, method=method)
    assert response.status_code == 405
    assert response.content_type == "application/problem+json"
    assert set(response.headers["Allow"].split(", ")) == allowed
    assert response.get_json()["title"] == "Method Not Allowed"


def test_database_down_is_503_not_500(tmp_path):
    from api import create_app

    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path}/missing/dir/db.sqlite3"})
    client = app.test_client()
    assert client.get("/healthz").status_code == 200
    for path in ("/readyz", "/api/v1/deals"):
        response = client.get(path)
        assert response.status_code == 503, path
        assert response.content_type == "application/problem+json"
        assert "Retry-After" in response.headers


def test_a_request_that_finds_the_pool_taken_waits_then_is_a_503(app, database_url, monkeypatch):
    """A worker's threads share DATABASE_POOL_SIZE connections: a request that finds them
    all taken waits POOL_WAIT_S for one (1 s here), then is a 503 worth a retry, and is
    answered once a connection is free again."""
    from api import create_app, db

    monkeypatch.setattr(db, "POOL_WAIT_S", 1)
    if not db.database.is_closed():
        db.database.close()
    pooled = create_app({**app.config, "DATABASE_URL": database_url, "DATABASE_POOL_SIZE": 1})
    client = pooled.test_client()
    taken, release = threading.Event(), threading.Event()

    def hold_the_only_connection():
        with db.database.connection_context():
            taken.set()
            release.wait(30)

    holder = threading.Thread(target=hold_the_only_connection)
    holder.start()
    try:
        assert taken.wait(10)
        started = time.monotonic()
        response = client.get("/api/v1/deals?limit=1")
        assert time.monotonic() - started >= 1
        assert response.status_code == 503
        assert response.content_type == "application/problem+json"
        assert "Retry-After" in response.headers
    finally:
        release.set()
        holder.join()
    assert client.get("/api/v1/deals?limit=1").status_code == 200

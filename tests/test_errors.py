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

from importlib import metadata

from api.version import __version__


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.get_json() == {"status": "ok", "version": __version__}


def test_one_version_everywhere(client):
    """The package, the OpenAPI document and /healthz say the same release."""
    assert client.get("/api/v1/openapi.json").get_json()["info"]["version"] == __version__
    assert metadata.version("tradepromo-api") == __version__


def test_readyz(client):
    response = client.get("/readyz")
    assert response.status_code == 200 and response.get_json() == {"status": "ok"}

from importlib import metadata

import pytest

import api.db
from api import create_app
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


def test_a_postgresql_url_without_its_driver_fails_at_start(monkeypatch):
    """Not a 500 on every request (each query would find no driver): the app refuses to start."""
    monkeypatch.setattr(api.db, "psycopg2", None)  # as peewee leaves it when the import fails
    with pytest.raises(RuntimeError, match=r"pip install -e '\.\[postgres\]'"):
        create_app({"DATABASE_URL": "postgresql://postgres@127.0.0.1:5432/test"})

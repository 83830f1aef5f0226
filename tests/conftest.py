"""Every test gets a fresh database loaded with the curated fixtures.

SQLite by default (a new file under tmp_path per test); set TEST_DATABASE_URL to
run the same suite on PostgreSQL (the tables are dropped and recreated per test).
"""

import json
import os
from pathlib import Path

import pytest

from api import create_app, search
from api.commands import create_tables
from api.db import database
from api.loader import load_fixtures
from api.models import MODELS

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = ROOT / "seeds"


def fixture_records(name):
    """The records of one fixture file, read independently of the app."""
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def database_url(tmp_path):
    return os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def empty_app(database_url):
    """The app on a database with the tables but no records."""
    app = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": database_url,
            "FIXTURES_DIR": str(FIXTURES),
            "SEEDS_DIR": str(SEEDS),
        }
    )
    with database.connection_context():
        database.drop_tables(MODELS, safe=True, cascade=not database_url.startswith("sqlite"))
        search.drop()
    create_tables()
    yield app
    if not database.is_closed():
        database.close()


@pytest.fixture
def app(empty_app):
    with database.connection_context():
        load_fixtures(FIXTURES)
    return empty_app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(empty_app):
    return empty_app.test_cli_runner()


def walk(client, url):
    """Every record of a list, following links.next; checks the envelope on the way."""
    records, pages = [], 0
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.get_json()
        body = response.get_json()
        assert set(body) == {"data", "meta", "links"}
        assert body["links"]["next"] == (
            response.headers["Link"].split(">")[0][1:] if "Link" in response.headers else None
        )
        records += body["data"]
        pages += 1
        url = body["links"]["next"]
        assert pages <= 1000, "pagination does not end"
    return records, body["meta"]["total"]

"""Every test gets a fresh database loaded with the curated fixtures.

SQLite by default (a new file under tmp_path per test); set TEST_DATABASE_URL to
run the same suite on PostgreSQL (the tables are dropped and recreated per test).
"""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from peewee import PostgresqlDatabase

from api import create_app
from api.cli.commands import create_tables
from api.cli.loader import load_fixtures
from api.db import database
from api.store.models import MODELS

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = ROOT / "seeds"


# a valid organization to create: its quote is verbatim in seed 004
ORGANIZATION = {
    "id": "trade-promotion-office-chongqing",
    "name": "Trade Promotion Office of the Chongqing Municipal Commission of Commerce",
    "kind": "government_agency",
    "sources": [
        {
            "source": "cqnews-chongqing-exhibition-belarus-2023",
            "quote": "Pu Pu, deputy director of the Trade Promotion Office of the Chongqing Municipal "
            "Commission of Commerce,",
        }
    ],
}


def fixture_records(name):
    """The records of one fixture file, read independently of the app."""
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture
def database_url(tmp_path):
    return os.environ.get("TEST_DATABASE_URL") or f"sqlite:///{tmp_path / 'test.sqlite3'}"


def drop_everything():
    """Empty the database (PostgreSQL's is shared by the tests), migration history included."""
    for table in database.get_tables():
        if isinstance(database.obj, PostgresqlDatabase):
            database.execute_sql(f'DROP TABLE IF EXISTS "{table}" CASCADE')
        else:  # an FTS5 table takes its shadow tables along
            database.execute_sql(f'DROP TABLE IF EXISTS "{table}"')


@pytest.fixture
def empty_app(database_url):
    """The app on a database with the tables but no records."""
    app = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": database_url,
            "FIXTURES_DIR": str(FIXTURES),
            "SEEDS_DIR": str(SEEDS),
            "RATELIMIT_ENABLED": False,  # tests/test_ratelimit.py turns it on
        }
    )
    with database.connection_context():
        drop_everything()
    create_tables()  # through the migrations, as `flask db upgrade` does: one schema path
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


@pytest.fixture
def served(tmp_path):
    """Start gunicorn (gunicorn.conf.py, as `make serve` does) on a new SQLite file
    loaded by `init-db`, with environment overrides; returns its base URL."""
    processes = []
    bin_dir = Path(sys.executable).parent

    def start(**env_overrides):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp_path / f'served-{port}.sqlite3'}",
            "PORT": str(port),
            "WEB_CONCURRENCY": "2",
            **env_overrides,
        }
        subprocess.run(
            [bin_dir / "flask", "--app", "api", "init-db"], cwd=ROOT, env=env, check=True, capture_output=True
        )
        process = subprocess.Popen(
            [bin_dir / "gunicorn", "--config", "gunicorn.conf.py", "api:create_app()"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        processes.append(process)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1).close()
                return base
            except OSError:
                assert process.poll() is None, "gunicorn exited"
                assert time.monotonic() < deadline, "gunicorn did not start in 30 s"
                time.sleep(0.1)

    start.processes = processes
    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture
def served_with_token(served, tmp_path):
    """A served gunicorn and a read-write token created on its database with the CLI,
    as an operator would: (base URL, token). For clients that write over HTTP."""
    database_url = f"sqlite:///{tmp_path / 'served-with-token.sqlite3'}"
    base = served(DATABASE_URL=database_url)
    token = subprocess.run(
        [Path(sys.executable).parent / "flask", "--app", "api", "tokens", "create", "client"],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": database_url},
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return base, token


# --- curators' tokens and the state of the database (tests of writes) ---------------


def issue_token(app, name, scope="read-write"):
    """A token created through the CLI (`flask tokens create`), as the operator would."""
    result = app.test_cli_runner().invoke(args=["tokens", "create", name, "--scope", scope])
    assert result.exit_code == 0, result.output
    return result.output.strip()


@pytest.fixture
def token(app):
    """A read-write token named `alice`."""
    return issue_token(app, "alice")


@pytest.fixture
def admin_token(app):
    """An admin token named `root`."""
    return issue_token(app, "root", "admin")


def bearer(secret, **headers):
    return {"Authorization": f"Bearer {secret}", **headers}


def snapshot():
    """Every row of every table (and of the search index), to prove that a request wrote nothing."""
    with database.connection_context():
        rows = {model.__name__: sorted(map(repr, model.select().dicts())) for model in MODELS}
        cursor = database.execute_sql("SELECT resource, record_id, body FROM search_index")
        rows["search_index"] = sorted(map(repr, cursor.fetchall()))
    return rows


def as_written(record):
    """A record as a client writes it: each citation without what the API computes (`selector`,
    `href`), after checking that they anchor its quote."""
    citations = []
    for citation in record["sources"]:
        citation = dict(citation)
        (quote, position), href = citation.pop("selector"), citation.pop("href")
        assert quote["exact"].split() == citation["quote"].split(), citation
        anchor = f"/sources/{citation['source']}#cite-{position['start']}-{position['end']}:~:text="
        assert href.startswith(anchor), href
        citations.append(citation)
    return {**record, "sources": citations}

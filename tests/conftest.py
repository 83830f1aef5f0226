"""Every test gets a fresh database loaded with the curated fixtures.

SQLite by default (a new file under tmp_path per test); set TEST_DATABASE_URL to
run the same suite on PostgreSQL. Either way the schema is built through the
migrations and the fixtures through the loader once per session (`Pristine`); each
test then starts from a copy of that state, not from a rebuild.
"""

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from contextlib import closing
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


class Pristine:
    """The state every test starts from, built once per session the way `make serve` builds it
    (the migrations, then the loader) and copied for each test: building it per test cost 1-2 s
    on PostgreSQL. SQLite: the session's two files (tables; tables and fixtures), copied with
    SQLite's backup API. PostgreSQL: the tables are emptied (TRUNCATE) and the fixtures' rows put
    back from a snapshot schema; a test that changes the schema itself (tests/test_migrations.py)
    changes its fingerprint, and the next test rebuilds it from the migrations."""

    SNAPSHOT = "pristine_snapshot"

    def __init__(self, folder):
        self.folder = folder
        self.fingerprint = None  # PostgreSQL: of the schema the snapshot belongs to
        self.snapshot = False

    def empty(self, url):
        """The tables, no records."""
        if isinstance(database.obj, PostgresqlDatabase):
            with database.connection_context():
                if self.schema_fingerprint() != self.fingerprint:
                    drop_everything()
                    create_tables()
                    self.fingerprint, self.snapshot = self.schema_fingerprint(), False
                else:
                    tables = ", ".join(f'"{t}"' for t in self.tables())
                    database.execute_sql(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
            return
        template = self.folder / "empty.sqlite3"
        if template.exists():
            copy_sqlite(template, sqlite_path(url))
        else:
            create_tables()  # through the migrations, as `flask db upgrade` does: one schema path
            database.close()
            copy_sqlite(sqlite_path(url), template)

    def fill(self, url):
        """The empty tables filled with the fixtures, as the loader writes them."""
        if isinstance(database.obj, PostgresqlDatabase):
            with database.connection_context():
                if self.snapshot:
                    self.restore()
                else:
                    load_fixtures(FIXTURES)
                    self.take_snapshot()
            return
        template = self.folder / "loaded.sqlite3"
        database.close()
        if template.exists():
            copy_sqlite(template, sqlite_path(url))
        else:
            with database.connection_context():
                load_fixtures(FIXTURES)
            database.close()
            copy_sqlite(sqlite_path(url), template)

    def tables(self):
        """Every table but the migrations' history, those of the models first (in the order
        their foreign keys allow)."""
        present = set(database.get_tables()) - {"migratehistory"}
        ordered = [m._meta.table_name for m in MODELS if m._meta.table_name in present]
        return ordered + sorted(present - set(ordered))

    def schema_fingerprint(self):
        return database.execute_sql(
            "SELECT md5(coalesce((SELECT string_agg(table_name || '.' || column_name || ':' || data_type,"
            " ',' ORDER BY table_name, ordinal_position) FROM information_schema.columns"
            " WHERE table_schema = 'public'), '') || coalesce((SELECT string_agg(indexdef, ','"
            " ORDER BY indexname) FROM pg_indexes WHERE schemaname = 'public'), ''))"
        ).fetchone()[0]

    def take_snapshot(self):
        with database.atomic():
            database.execute_sql(f"DROP SCHEMA IF EXISTS {self.SNAPSHOT} CASCADE")
            database.execute_sql(f"CREATE SCHEMA {self.SNAPSHOT}")
            for table in self.tables():
                database.execute_sql(f'CREATE TABLE {self.SNAPSHOT}."{table}" AS SELECT * FROM "{table}"')
        self.snapshot = True

    def restore(self):
        with database.atomic():
            for table in self.tables():
                database.execute_sql(f'INSERT INTO "{table}" SELECT * FROM {self.SNAPSHOT}."{table}"')
            serials = database.execute_sql(
                "SELECT table_name, column_name FROM information_schema.columns"
                " WHERE table_schema = 'public' AND column_default LIKE 'nextval(%%'"
            ).fetchall()
            for table, column in serials:
                database.execute_sql(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'),"
                    f' coalesce((SELECT max("{column}") FROM "{table}"), 0) + 1, false)'
                )


def sqlite_path(url):
    return Path(url.removeprefix("sqlite:///"))


def copy_sqlite(source, target):
    """A whole SQLite database, its write-ahead log included, into another file."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


@pytest.fixture(scope="session")
def pristine(tmp_path_factory):
    return Pristine(tmp_path_factory.mktemp("pristine"))


@pytest.fixture
def empty_app(database_url, pristine):
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
    pristine.empty(database_url)
    yield app
    if not database.is_closed():
        database.close()


@pytest.fixture
def app(empty_app, database_url, pristine):
    pristine.fill(database_url)
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


def worker_pids(master):
    """The pids of a gunicorn master's workers (its child processes)."""
    return Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split()


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

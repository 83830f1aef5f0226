"""Schema migrations: status and upgrade, a failing migration, the API while the schema
is behind, and the upgrade of a database written by the previous release's own code."""

import importlib
import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import SimpleNamespace
from typing import NamedTuple

import pytest
from test_writes import ADDED_SINCE_1_0, RECORDS

from api import create_app
from api.db import database, is_postgres
from api.store import documents, schema
from api.store.models import Citation, Deal, Expo, Revision, Source

from conftest import ROOT, drop_everything, issue_token, walk

PREVIOUS = "1.0.0"
FIRST = "001_initial"


def run_flask(*args, env, cwd=ROOT, python=sys.executable):
    env = {**os.environ, **env}
    command = [python, "-m", "flask", "--app", "api", *args]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)


def undo(*names):
    """Roll these migrations back, in the order given (newest first), and forget them."""
    for name in names:
        migration = importlib.import_module(f"api.migrations.{name}")
        migration.rollback(SimpleNamespace(sql=database.execute_sql), database)
        database.execute_sql(f"DELETE FROM \"{schema.HISTORY_TABLE}\" WHERE name = '{name}'")


def test_status_and_upgrade_from_an_empty_database(runner):
    with database.connection_context():
        drop_everything()
    result = runner.invoke(args=["db", "status"])
    assert result.exit_code == 0 and f"pending  {FIRST}" in result.output
    result = runner.invoke(args=["db", "upgrade"])
    assert result.exit_code == 0 and f"Applied {FIRST}." in result.output
    assert runner.invoke(args=["db", "status"]).output.startswith(f"applied  {FIRST}")
    assert runner.invoke(args=["db", "upgrade"]).output.strip() == "The schema is up to date."


def schema_and_rows():
    """Every table's columns and rows: what a failed migration must leave as it was."""
    state = {}
    for table in database.get_tables():
        if table.startswith("search_index_"):  # FTS5's shadow tables
            continue
        columns = sorted(c.name for c in database.get_columns(table))
        rows = sorted(map(repr, database.execute_sql(f'SELECT * FROM "{table}"').fetchall()))
        state[table] = (columns, rows)
    return state


BROKEN = """
import peewee as pw

def migrate(migrator, database, *, fake=False):
    migrator.add_fields("organization", motto=pw.TextField(null=True))
    migrator.sql("UPDATE organization SET motto = 'changed', name = 'changed'")
    migrator.sql("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
    migrator.sql("SELECT no_such_column FROM organization")

def rollback(migrator, database, *, fake=False):
    pass
"""


def test_a_failing_migration_leaves_the_database_as_it_was(app, tmp_path):
    directory = tmp_path / "migrations"
    directory.mkdir()
    for migration in schema.MIGRATIONS_DIR.glob("[0-9]*.py"):  # the real ones, all applied
        shutil.copy(migration, directory)
    (directory / "999_broken.py").write_text(BROKEN)
    with database.connection_context():
        before, applied = schema_and_rows(), schema.applied()
        assert schema.pending(directory) == ["999_broken"]
        with pytest.raises(Exception, match="no_such_column"):
            schema.upgrade(directory)
        assert schema_and_rows() == before
        assert schema.applied() == applied and schema.pending(directory) == ["999_broken"]


def test_while_the_schema_is_behind_the_api_answers_503_naming_the_migration(empty_app, tmp_path):
    directory = tmp_path / "migrations"
    directory.mkdir()
    shutil.copy(schema.MIGRATIONS_DIR / f"{FIRST}.py", directory)
    with database.connection_context():
        drop_everything()
        schema.upgrade(directory)  # the database as the first migration left it
        behind = schema.pending()
    assert behind and FIRST not in behind
    client = create_app({**empty_app.config}).test_client()  # a new worker: it has not checked yet
    for path in ("/readyz", "/api/v1/deals", "/api/v1/organizations/dow", "/api/v1/changes"):
        response = client.get(path)
        assert response.status_code == 503, (path, response.get_json())
        assert response.content_type == "application/problem+json"
        assert behind[0] in response.get_json()["detail"] and response.headers["Retry-After"]
    assert client.get("/healthz").status_code == 200  # the process is up: do not restart it
    assert client.get("/api/v1/openapi.json").status_code == 200
    assert empty_app.test_cli_runner().invoke(args=["db", "upgrade"]).exit_code == 0
    time.sleep(2.1)  # a worker asks again after 2 s
    assert client.get("/readyz").status_code == 200 and client.get("/api/v1/deals").status_code == 200


def test_004_gives_the_figures_already_stored_their_basis(empty_app, tmp_path):
    """A database as 002 left it, holding a figure: after 004 the figure reads `reported` (what every
    figure stated before), a missing figure stays missing, and deals can include others."""
    directory = tmp_path / "migrations"
    directory.mkdir()
    for name in schema.available():
        if name < "004":
            shutil.copy(schema.MIGRATIONS_DIR / f"{name}.py", directory)
    with database.connection_context():
        drop_everything()
        schema.upgrade(directory)
        database.execute_sql(
            "INSERT INTO expo (id, name, kind, sectors, inferred, version, enterprises_value, "
            "enterprises_low, enterprises_high, enterprises_qualifier, enterprises_unit, "
            "enterprises_as_reported) VALUES ('an-expo', 'An expo', 'expo', '[]', '[]', 1, 5, 5, 5, "
            "'exact', 'enterprises', '5 enterprises')"
        )
        assert schema.pending() == [name for name in schema.available() if name >= "004"]
        schema.upgrade()
        assert schema.pending() == [] and schema.missing_columns() == []
        row = database.execute_sql('SELECT "enterprises_basis", "visitors_basis" FROM "expo"').fetchone()
        assert tuple(row) == ("reported", None)
        assert "deal_inclusion" in database.get_tables()
        assert {"delegation_part_of_id", "deal_amount_basis_id"} <= {
            index.name for table in ("delegation", "deal") for index in database.get_indexes(table)
        }
    expo = create_app({**empty_app.config}).test_client().get("/api/v1/expos/an-expo").get_json()
    assert expo["enterprises"]["basis"] == "reported" and expo["enterprises"]["period"] is None
    assert expo["visitors"] is None


def test_005_gives_every_stored_figure_the_citation_reads_showed(app, client):
    """Before 005 a figure's `citation` was found at every read; after it, every figure already
    stored reads the same one, now from its column (documents re-rendered from the rows)."""
    before = everything(lambda url: client.get(url).get_json())
    assert any(
        (figure or {}).get("citation") is not None
        for deal in before["deals"]
        for figure in deal.values()
        if isinstance(figure, dict)
    )
    migration = importlib.import_module("api.migrations.005_figure_citations")
    with database.connection_context():
        for table, names in migration.FIGURES.items():
            for name in names:
                database.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "{name}_citation"')
        database.execute_sql(f"DELETE FROM \"{schema.HISTORY_TABLE}\" WHERE name = '005_figure_citations'")
        assert schema.pending() == ["005_figure_citations"]
        schema.upgrade()
        for model in documents.KEPT:  # rendered from the rows, the new column included
            model.update(document_stamp=None).execute()
        Revision.bump()
    reread = create_app({**app.config}).test_client()
    after = everything(lambda url: reread.get(url).get_json())
    assert {k: v for k, v in after.items() if k != "changes"} == {
        k: v for k, v in before.items() if k != "changes"
    }


def test_007_gives_each_deals_sector_rows_its_date(app, client):
    """Before 007 the sector rows held no date; after it each holds its deal's, and a count
    of a sector within dates (which reads them) agrees with the deals."""
    deals = everything(lambda url: client.get(url).get_json())["deals"]
    # newest first, as 006 left it: 010's index is on the column 007 adds
    names = ["010_deal_sector_dates_desc", "007_deal_sector_dates"]
    with database.connection_context():
        undo(*names)
        assert schema.pending() == names[::-1]
        schema.upgrade()
        dates = database.execute_sql('SELECT "deal_id", "signed_on" FROM "deal_sector"').fetchall()
    assert {(k, v and str(v)) for k, v in dates} == {
        (d["id"], d["signed_on"]) for d in deals for _ in d["sectors"]
    }
    reread = create_app({**app.config}).test_client()
    dated = [d for d in deals if d["signed_on"]]
    for deal in dated:
        for sector in deal["sectors"]:
            query = f"sector={sector}&signed_on[lte]={deal['signed_on']}&limit=1"
            expected = [d for d in dated if sector in d["sectors"] and d["signed_on"] <= deal["signed_on"]]
            assert reread.get(f"/api/v1/deals?{query}").get_json()["meta"]["total"] == len(expected)


def test_008_adds_the_sort_indexes_and_their_statistics(app):
    """008 gives SQLite (kind, id) and its kin, and the descending indexes. On a database
    analyzed before (as `flask synth` leaves one) the new indexes are analyzed too:
    unknown to the statistics, one looked narrower than it is, and SQLite read a
    delegation's deals of one kind through the index of every deal of that kind (0.3 s
    at a million deals instead of 8 ms)."""
    if is_postgres():
        pytest.skip("SQLite's alone: PostgreSQL has had the descending indexes since 002")
    with database.connection_context():
        undo("008_sort_indexes")  # its indexes as 007 left them
        assert not {"deal_kind_id", "deal_kind_desc"} & {i.name for i in database.get_indexes("deal")}
        database.execute_sql("ANALYZE")
        schema.upgrade()
        assert {"deal_kind_id", "deal_kind_desc"} <= {i.name for i in database.get_indexes("deal")}
        analyzed = {row[0] for row in database.execute_sql("SELECT idx FROM sqlite_stat1")}
    assert {"deal_kind_id", "deal_kind_desc", "deal_signed_on_desc", "expo_name_desc"} <= analyzed


def test_010_adds_the_descending_sector_date_index(app):
    """010 gives both backends deal_sector's (sector, signed_on DESC, deal) index, and on an
    analyzed SQLite database its statistics (tests/test_query_plans.py: the pages walk it)."""
    name, index = "010_deal_sector_dates_desc", "deal_sector_sector_signed_on_desc"
    with database.connection_context():
        undo(name)  # as 009 left it
        assert index not in {i.name for i in database.get_indexes("deal_sector")}
        if not is_postgres():
            database.execute_sql("ANALYZE")
        assert schema.upgrade() == [name]
        assert index in {i.name for i in database.get_indexes("deal_sector")}
        if not is_postgres():
            assert index in {row[0] for row in database.execute_sql("SELECT idx FROM sqlite_stat1")}
    client = create_app({**app.config}).test_client()
    deals, _ = walk(client, "/api/v1/deals?sector=semiconductor&sort=-signed_on")
    assert deals  # the schema is current again: answered, not a 503


def test_a_column_dropped_by_hand_is_a_503_naming_it_not_a_500(app):
    """The issue's report: organization.note dropped from a copy of the database."""
    with database.connection_context():
        database.execute_sql("ALTER TABLE organization DROP COLUMN note")
    client = create_app({**app.config}).test_client()
    for path in (
        "/readyz",
        "/api/v1/organizations",
        "/api/v1/organizations/dow",
        "/api/v1/deals?expand=parties",
    ):
        response = client.get(path)
        assert response.status_code == 503 and "organization.note" in response.get_json()["detail"], path


def test_commands_on_an_unusable_database_say_so_in_a_sentence(tmp_path):
    url = f"sqlite:///{tmp_path / 'missing-folder' / 'x' / 'db.sqlite3'}"
    result = run_flask("tokens", "create", "bob", env={"DATABASE_URL": url}, cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert "Error: Cannot use the database" in result.stderr
    empty = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    result = run_flask("tokens", "list", env={"DATABASE_URL": empty}, cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"pending: {FIRST}" in result.stderr and "db upgrade" in result.stderr


# --- the upgrade from the previous release, written by that release's own code --------------


def previous_release_commit():
    """The commit CHANGELOG.md records for the previous release (a clone may lack tags)."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    found = re.search(rf"^## \[{re.escape(PREVIOUS)}\].*?^Commit: ([0-9a-f]{{40}})", text, re.M | re.S)
    assert found, f"CHANGELOG.md names no commit for {PREVIOUS}"
    return found.group(1)


class Release(NamedTuple):
    code: Path  # its checkout
    python: Path  # an interpreter with its own dependencies (they are not today's)


@pytest.fixture(scope="module")
def previous_release(tmp_path_factory):
    """The previous release's code, checked out in a temporary git worktree, with a virtualenv
    of the dependencies its own setup.cfg names (installed from pip's cache after the first run)."""
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("needs a git checkout of the project (the previous release's code comes from it)")
    commit = previous_release_commit()
    place = tmp_path_factory.mktemp("previous-release")
    # a worktree's name is its folder's: unique, so that two suites at once (.ci/run) never share one
    path, venv = place / f"release-{os.getpid()}", place / "venv"
    git = ["git", "-C", str(ROOT)]
    if subprocess.run([*git, "cat-file", "-e", f"{commit}^{{commit}}"], capture_output=True).returncode:
        pytest.skip(f"commit {commit[:12]} of release {PREVIOUS} is not in this clone (shallow?)")
    subprocess.run([*git, "worktree", "add", "--detach", str(path), commit], check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    python = venv / "bin" / "python"
    install = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", f"{path}[postgres]"]
    subprocess.run(install, check=True, capture_output=True)
    yield Release(path, python)
    subprocess.run([*git, "worktree", "remove", "--force", str(path)], check=True, capture_output=True)


def test_001_creates_exactly_the_schema_of_the_previous_release(previous_release, tmp_path):
    """SQLite keeps each table's and index's DDL: release 1.0.0's create_tables and 001 agree."""
    old, new = tmp_path / "old.sqlite3", tmp_path / "new.sqlite3"
    result = run_flask(
        "init-db",
        env={"DATABASE_URL": f"sqlite:///{old}"},
        cwd=previous_release.code,
        python=previous_release.python,
    )
    assert result.returncode == 0, result.stderr
    first = tmp_path / "first"  # 001 alone: the later migrations change the schema on purpose
    first.mkdir()
    shutil.copy(schema.MIGRATIONS_DIR / f"{FIRST}.py", first)
    create_app({"DATABASE_URL": f"sqlite:///{new}"})
    with database.connection_context():
        schema.upgrade(first)
    database.close()

    def ddl(path):
        with sqlite3.connect(path) as connection:
            rows = connection.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'migratehistory%'"
            )
            found = sorted(rows)
        connection.close()
        return found

    assert ddl(new) == ddl(old)


def serve(release, env):
    """gunicorn running `release`'s app (its own gunicorn.conf.py) with its own interpreter."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        [release.python, "-m", "gunicorn", "--config", "gunicorn.conf.py", "api:create_app()"],
        cwd=release.code,
        env={**os.environ, **env, "PORT": str(port), "WEB_CONCURRENCY": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(base + "/healthz", timeout=1).close()
            return process, base
        except OSError:
            assert process.poll() is None and time.monotonic() < deadline, "the old gunicorn did not start"
            time.sleep(0.2)


def call(method, url, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), json.loads(error.read() or b"null")


def everything(get):
    """Every record of every list, and the change feed, through `get(url) -> json`."""
    state = {}
    for resource in ("expos", "delegations", "deals", "organizations", "sources", "changes"):
        records, url = [], f"/api/v1/{resource}?limit=100"
        while url:
            body = get(url)
            records += body["data"]
            url = body["links"]["next"]
        state[resource] = records
    return state


def contains(new, old):
    """`new` holds everything `old` did (a later release may add members, never drop or change one)."""
    if isinstance(old, dict):
        return isinstance(new, dict) and all(k in new and contains(new[k], v) for k, v in old.items())
    if isinstance(old, list):
        return isinstance(new, list) and len(new) == len(old) and all(map(contains, new, old))
    return new == old


def test_upgrade_from_the_previous_release(previous_release, database_url, tmp_path):
    env = {"DATABASE_URL": database_url, "RATELIMIT_ENABLED": "false", "GUNICORN_ACCESSLOG": "/dev/null"}
    if not database_url.startswith("sqlite"):  # the suite's shared PostgreSQL database: empty it
        with create_app({"DATABASE_URL": database_url}).app_context(), database.connection_context():
            drop_everything()
    # 1. the previous release creates the database, and a curator writes through its HTTP API
    old = {"env": env, "cwd": previous_release.code, "python": previous_release.python}
    result = run_flask("init-db", **old)
    assert result.returncode == 0, result.stderr
    token = run_flask("tokens", "create", "curator", **old)
    assert token.returncode == 0, token.stderr
    auth = {"Authorization": f"Bearer {token.stdout.strip()}", "Content-Type": "application/json"}
    process, base = serve(previous_release, env)
    try:
        for resource in ("expos", "delegations", "deals", "organizations"):
            record = {k: v for k, v in RECORDS[resource].items() if ADDED_SINCE_1_0.get(k) != resource}
            status, _, body = call("POST", f"{base}/api/v1/{resource}", record, auth)
            assert status == 201, body
        deal = f"{base}/api/v1/deals/{RECORDS['deals']['id']}"
        _, headers, _ = call("GET", deal)
        patch = {**auth, "Content-Type": "application/merge-patch+json", "If-Match": headers["ETag"]}
        assert call("PATCH", deal, {"note": "Corrected before the upgrade."}, patch)[0] == 200
        organization = f"{base}/api/v1/organizations/{RECORDS['organizations']['id']}"
        _, headers, _ = call("GET", organization)
        assert call("DELETE", organization, None, {**auth, "If-Match": headers["ETag"]})[0] == 204
        before = everything(lambda url: call("GET", base + url)[2])
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert len(before["changes"]) >= 6 and any(c["operation"] == "delete" for c in before["changes"])

    # 2. today's code upgrades it: 1.0.0's schema is recognized, then later migrations apply
    result = run_flask("db", "upgrade", env=env)
    assert result.returncode == 0, result.stderr
    assert f"Applied {FIRST}." in result.stdout
    app = create_app({"DATABASE_URL": database_url, "RATELIMIT_ENABLED": False, "TESTING": True})
    with app.app_context(), database.connection_context():
        assert schema.pending() == []
    client = app.test_client()

    # 3. every record and change-feed entry intact, and every endpoint answers
    after = everything(lambda url: client.get(url).get_json())
    for resource, records in before.items():
        assert contains(after[resource], records), resource
    admin = {"Authorization": f"Bearer {issue_token(app, 'root', 'admin')}"}
    ids = {name: [r["id"] for r in records] for name, records in after.items()}
    spec = client.get("/api/v1/openapi.json").get_json()
    for path, operations in spec["paths"].items():
        if "get" not in operations:
            continue
        parameters = operations["get"].get("parameters", [])
        required = [p for p in parameters if p.get("required") and p["in"] == "query"]
        query = {p["name"]: p.get("example") or p["schema"]["enum"][0] for p in required}
        for url in urls(path, ids):
            response = client.get(url, query_string=query, headers=admin if "/tokens" in url else {})
            assert response.status_code == 200, (url, response.get_json())
    records, total = walk(client, "/api/v1/changes?limit=3")
    assert len(records) == total == len(before["changes"])

    # 4. 003 gave each source its seed's text and each citation (the curator's too) its anchor
    texts = {
        s["id"]: client.get(f"/api/v1/sources/{s['id']}/text").get_data(as_text=True)
        for s in after["sources"]
    }
    for resource in ("expos", "delegations", "deals", "organizations"):
        for record in after[resource]:
            for citation in record["sources"]:
                position = citation["selector"][1]
                exact = texts[citation["source"]][position["start"] : position["end"]]
                assert exact.split() == citation["quote"].split(), (record["id"], citation)


def test_a_source_whose_text_is_unknown_still_answers(client):
    """What 003 leaves where a seed file is missing: a null text and null anchors."""
    with database.connection_context():
        Citation.update(start=None, end=None, exact=None, prefix=None, suffix=None).execute()
        Source.update(text=None, digest=None).where(Source.id == "qingpu-at-ciie-2023").execute()
        for model in documents.KEPT:  # rendered by older code: not served (store/documents.py)
            model.update(document_stamp=None).execute()
        Revision.bump()
    deal = client.get("/api/v1/deals/zkh-dow-organosilicon-2023").get_json()
    assert deal["sources"][0]["selector"] is None
    assert deal["sources"][0]["href"] == "/sources/qingpu-at-ciie-2023"
    assert client.get("/api/v1/sources/qingpu-at-ciie-2023").get_json()["digest"] is None
    assert client.get("/api/v1/sources/qingpu-at-ciie-2023/text").status_code == 404
    assert client.get("/api/v1/sources/qingpu-at-ciie-2023/records").status_code == 200
    assert client.get("/sources/qingpu-at-ciie-2023").status_code == 200


def urls(template, ids):
    """The paths of a GET operation: each record of its resource for `{..._id}`."""
    names = re.findall(r"\{(\w+)_id\}", template)
    if not names:
        return [template]
    resource = {"token": None}.get(names[0], names[0] + "s")
    if resource is None:
        return []  # tokens have no readable ids in the feed; the list is checked
    return [re.sub(r"\{\w+_id\}", record_id, template) for record_id in ids[resource]]


def test_upgrade_stores_the_documents_this_code_renders(app, runner):
    """After new code, every stored document is another code's and reads would render rows:
    `db upgrade` (and `init-db` on a filled database) store this code's, and only those."""
    with database.connection_context():
        Deal.update(document_stamp="older-code").execute()
        Expo.update(document_stamp=None).where(Expo.id == "ciie-2023").execute()
        deals = Deal.select().count()
    result = runner.invoke(args=["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "The schema is up to date.",
        "expo: 1 documents stored.",
        f"deal: {deals} documents stored.",
    ]
    with database.connection_context():
        for model in documents.KEPT:
            assert not model.select().where(model.document_stamp != documents.STAMP).exists()
    assert runner.invoke(args=["init-db"]).output.splitlines()[-1].startswith("The database already holds")

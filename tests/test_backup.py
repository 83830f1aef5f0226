"""Backup and restore of a live SQLite database through the CLI."""

import sqlite3

import pytest

from api.db import database


@pytest.fixture
def sqlite_only(database_url):
    if not database_url.startswith("sqlite"):
        pytest.skip("backup and restore are SQLite commands; PostgreSQL uses pg_dump (README)")


def count(path, table):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_backup_then_restore(app, client, sqlite_only, tmp_path):
    runner = app.test_cli_runner()
    copy = tmp_path / "backup.sqlite3"
    result = runner.invoke(args=["backup", str(copy)])
    assert result.exit_code == 0 and "integrity_check: ok" in result.output
    assert count(copy, "deal") == 8 and count(copy, "citation") > 0
    # lose a record, then restore it from the backup
    with database.connection_context():
        database.execute_sql("DELETE FROM citation WHERE deal_id = 'zkh-dow-organosilicon-2023'")
        database.execute_sql("DELETE FROM deal_party WHERE deal_id = 'zkh-dow-organosilicon-2023'")
        database.execute_sql("DELETE FROM deal WHERE id = 'zkh-dow-organosilicon-2023'")
    assert client.get("/api/v1/deals/zkh-dow-organosilicon-2023").status_code == 404
    result = runner.invoke(args=["restore", str(copy)])
    assert result.exit_code == 0, result.output
    assert client.get("/api/v1/deals/zkh-dow-organosilicon-2023").status_code == 200


def test_backup_refuses_to_overwrite_and_restore_refuses_a_corrupt_file(app, sqlite_only, tmp_path):
    runner = app.test_cli_runner()
    existing = tmp_path / "taken.sqlite3"
    existing.write_text("x")
    assert runner.invoke(args=["backup", str(existing)]).exit_code != 0
    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    result = runner.invoke(args=["restore", str(corrupt)])
    assert result.exit_code != 0
    with database.connection_context():
        assert database.execute_sql("SELECT COUNT(*) FROM deal").fetchone()[0] == 8

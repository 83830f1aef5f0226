"""Schema migrations (peewee-migrate): what `flask --app api db upgrade` applies,
and the check that keeps the API from serving a database behind the code.

The files are api/migrations/NNN_name.py, applied in name order, each in its own
transaction (both backends have transactional DDL) and recorded in the
`migratehistory` table in that transaction: a migration that fails leaves the
database as it was. A database that release 1.0.0 created (its tables, no
history) is recognized and 001_initial recorded as applied without running it.
"""

import logging
import time
from pathlib import Path

from flask import Flask, request
from peewee import PostgresqlDatabase
from peewee_migrate import Router
from werkzeug.exceptions import ServiceUnavailable

from api.db import database

MIGRATIONS_DIR = Path(__file__).resolve().parents[1] / "migrations"
HISTORY_TABLE = "migratehistory"
# what release 1.0.0's create_tables left behind: 001_initial's schema
RELEASE_1_0_TABLES = {
    "source",
    "organization",
    "expo",
    "delegation",
    "deal",
    "expo_organizer",
    "delegation_member",
    "deal_party",
    "citation",
    "revision",
    "token",
    "idempotency_key",
    "change",
    "search_index",
}
# an arbitrary key for PostgreSQL's advisory lock: two hosts upgrading at once take turns
UPGRADE_LOCK = 7_171_001

log = logging.getLogger("api.schema")
log.setLevel(logging.WARNING)  # the commands say what they applied; failures still log


class SchemaError(Exception):
    """The database cannot be brought up to date without an operator."""


def available(directory=MIGRATIONS_DIR):
    """The migrations the code knows, in the order they apply."""
    return sorted(p.stem for p in Path(directory).iterdir() if Router.filemask.match(p.name))


def applied():
    """The migrations recorded in the database (none when it has no history)."""
    if HISTORY_TABLE not in database.get_tables():
        return []
    cursor = database.execute_sql(f'SELECT name FROM "{HISTORY_TABLE}" ORDER BY id')
    return [name for (name,) in cursor.fetchall()]


def pending(directory=MIGRATIONS_DIR):
    done = set(applied())
    return [name for name in available(directory) if name not in done]


def upgrade(directory=MIGRATIONS_DIR):
    """Apply the pending migrations in order; returns the names applied (or recorded)."""
    router = Router(database, migrate_dir=Path(directory), logger=log)
    had_history = HISTORY_TABLE in database.get_tables()
    postgres = isinstance(database.obj, PostgresqlDatabase)
    if postgres:
        database.execute_sql("SELECT pg_advisory_lock(%s)", (UPGRADE_LOCK,))
    try:
        done = adopt_release_1_0(router)
        return done + router.run()
    except Exception:
        if not had_history and not applied():  # nothing applied: leave no trace either
            database.execute_sql(f'DROP TABLE IF EXISTS "{HISTORY_TABLE}"')
        raise
    finally:
        if postgres:
            database.execute_sql("SELECT pg_advisory_unlock(%s)", (UPGRADE_LOCK,))


def adopt_release_1_0(router):
    """A database of release 1.0.0 (its tables, no history): record 001 as applied, touching nothing."""
    if router.done:
        return []
    tables = set(database.get_tables())
    found = RELEASE_1_0_TABLES & tables
    if not found:
        return []  # an empty database: 001 creates everything
    if found != RELEASE_1_0_TABLES:
        missing = ", ".join(sorted(RELEASE_1_0_TABLES - tables))
        raise SchemaError(
            f"The database holds some of this API's tables but not all (missing: {missing}) and no "
            "migration history, so it cannot be upgraded safely; restore it from a backup."
        )
    first = available(router.migrate_dir)[0]
    router.run_one(first, router.migrator, fake=True, force=True)
    log.info("a release 1.0.0 database: %s recorded as applied", first)
    return [first]


def missing_columns():
    """Columns the models expect that the database lacks: a schema changed by hand."""
    from api.store.models import MODELS  # the code's idea of the schema, which migrations keep in step

    tables = set(database.get_tables())
    missing = []
    for model in MODELS:
        table = model._meta.table_name
        have = {column.name for column in database.get_columns(table)} if table in tables else set()
        missing += [
            f"{table}.{f.column_name}" for f in model._meta.sorted_fields if f.column_name not in have
        ]
    return missing


def behind_the_code():
    """Why the database cannot serve this code (a sentence), or None."""
    if names := pending():
        verb = "is" if len(names) == 1 else "are"
        return (
            f"The database schema is behind the code: migration {', '.join(names)} {verb} pending; "
            "an operator runs `flask --app api db upgrade`."
        )
    if missing := missing_columns():
        return (
            f"The database lacks columns the code expects ({', '.join(missing)}): it was changed outside "
            "the migrations; an operator restores it from a backup."
        )
    return None


def register_schema_check(app: Flask) -> None:
    """While the schema is behind the code (migrations pending, or columns missing), /readyz
    and every /api request answer 503 saying so, instead of failing on a missing column. A
    worker asks the database again at most every 2 s, and never again once all is well."""
    recheck = 2.0
    state = {"problem": None, "at": None}

    def problem():
        if state["at"] is not None and (state["problem"] is None or time.monotonic() - state["at"] < recheck):
            return state["problem"]
        state["problem"], state["at"] = behind_the_code(), time.monotonic()
        return state["problem"]

    app.extensions["schema_pending"] = lambda: pending() if problem() else []

    @app.before_request
    def schema_current():
        if not (request.path.startswith("/api/") or request.path == "/readyz"):
            return
        if request.endpoint == "api-docs.openapi_json":  # the document depends on the code alone
            return
        if message := problem():
            raise ServiceUnavailable(message, retry_after=30)

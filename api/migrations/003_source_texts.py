"""Sources hold their text: `source.text`, its `digest` and a `version` (curators write sources
now), `source.file` optional (a source posted over HTTP has no seed file); each citation holds
its anchor in the text (`start`, `end`, `exact`, `prefix`, `suffix`: api/store/evidence.py).

An existing database gets the text of each source whose seed file is in SEEDS_DIR (the
repository's `seeds/` by default) and its citations' anchors. A source whose file is not
there keeps a null text and its citations null anchors: the API still answers (no
selectors, a link to the page without a passage) until a curator PATCHes its text in."""

from pathlib import Path

import peewee as pw

from api.config import seeds_dir
from api.store.evidence import anchor, columns
from schemas.sources import digest

ANCHOR_COLUMNS = {"start": "INTEGER", "end": "INTEGER", "exact": "TEXT", "prefix": "TEXT", "suffix": "TEXT"}


def is_postgres(database):
    return isinstance(getattr(database, "obj", database), pw.PostgresqlDatabase)


def file_nullable(database, nullable):
    """`source.file` with or without NOT NULL. SQLite cannot alter a column: its table's DDL is
    edited in place, as its documentation allows for a change the stored rows cannot
    contradict (https://sqlite.org/lang_altertable.html#otheralter)."""
    if is_postgres(database):
        database.execute_sql(
            f'ALTER TABLE "source" ALTER COLUMN "file" {"DROP" if nullable else "SET"} NOT NULL'
        )
        return
    old, new = '"file" VARCHAR(255) NOT NULL', '"file" VARCHAR(255)'
    if not nullable:
        old, new = new, old
    (sql,) = database.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'source'"
    ).fetchone()
    assert old in sql, f"unexpected DDL of table source: {sql}"
    (version,) = database.execute_sql("PRAGMA schema_version").fetchone()
    database.execute_sql("PRAGMA writable_schema = ON")
    database.execute_sql(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'source'", (sql.replace(old, new),)
    )
    database.execute_sql(f"PRAGMA schema_version = {version + 1}")
    database.execute_sql("PRAGMA writable_schema = OFF")


def fill(database):
    """The text of every source whose seed is there, and the anchors of its citations."""
    texts = {}
    for source_id, file in database.execute_sql(
        'SELECT id, file FROM "source" WHERE file IS NOT NULL'
    ).fetchall():
        try:
            texts[source_id] = (seeds_dir() / Path(file).name).read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # left null: see the docstring
    param = database.param
    for source_id, text in texts.items():
        database.execute_sql(
            f'UPDATE "source" SET text = {param}, digest = {param} WHERE id = {param}',
            (text, digest(text), source_id),
        )
    cursor = database.execute_sql('SELECT id, source_id, quote FROM "citation"')
    for citation_id, source_id, quote in cursor.fetchall():
        found = anchor(texts.get(source_id), quote)
        if found is None:
            continue
        values = columns(found)
        assignments = ", ".join(f'"{name}" = {param}' for name in values)
        database.execute_sql(
            f'UPDATE "citation" SET {assignments} WHERE id = {param}', (*values.values(), citation_id)
        )


def migrate(migrator, database, *, fake=False):
    migrator.sql('ALTER TABLE "source" ADD COLUMN "text" TEXT')
    migrator.sql('ALTER TABLE "source" ADD COLUMN "digest" VARCHAR(64)')
    migrator.sql('ALTER TABLE "source" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1')
    for name, kind in ANCHOR_COLUMNS.items():
        migrator.sql(f'ALTER TABLE "citation" ADD COLUMN "{name}" {kind}')
    migrator.run(file_nullable, database, True)
    migrator.run(fill, database)


def rollback(migrator, database, *, fake=False):
    migrator.run(file_nullable, database, False)  # fails while a source has no file: delete it first
    for name in reversed(ANCHOR_COLUMNS):
        migrator.sql(f'ALTER TABLE "citation" DROP COLUMN "{name}"')
    for name in ("version", "digest", "text"):
        migrator.sql(f'ALTER TABLE "source" DROP COLUMN "{name}"')

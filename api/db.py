"""The database handle, bound per application from DATABASE_URL.

Models bind to `database`, a proxy, so importing them opens nothing: the real
database is chosen in `create_app` and connected lazily inside each worker.
"""

from flask import Flask
from peewee import DatabaseProxy, Model, SqliteDatabase
from playhouse.db_url import connect as connect_url

database = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


def init_db(app: Flask) -> None:
    """Bind the proxy to DATABASE_URL. peewee connects on a request's first query
    (so /healthz never touches the database); the connection closes on teardown."""
    url = app.config["DATABASE_URL"]
    options = {}
    if url.startswith("sqlite"):
        options["pragmas"] = {
            "journal_mode": "wal",
            "foreign_keys": 1,
            "busy_timeout": app.config["SQLITE_BUSY_TIMEOUT_MS"],
            "synchronous": "normal",  # safe under WAL: only a power loss can drop the last commits
        }
    database.initialize(connect_url(url, **options))

    @app.teardown_request
    def _close(exc):
        if not database.is_closed():
            database.close()


def atomic():
    """A write transaction; on SQLite it takes the write lock up front (IMMEDIATE)
    so two writers queue on the busy timeout instead of failing mid-transaction."""
    if isinstance(database.obj, SqliteDatabase):
        return database.atomic("IMMEDIATE")
    return database.atomic()

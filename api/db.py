"""The database handle, bound per application from DATABASE_URL.

Models bind to `database`, a proxy, so importing them opens nothing: the real
database is chosen in `create_app` and connected lazily, on a worker's first
query, so no connection is ever shared across gunicorn's fork.

- SQLite: each worker keeps its one connection open between requests (opening
  one costs more than many queries); WAL lets readers and the writer proceed
  together, and IMMEDIATE write transactions queue on the busy timeout.
- PostgreSQL: each worker has a pool; a request's connection goes back to it
  at teardown.
"""

from flask import Flask
from peewee import DatabaseProxy, Model, PostgresqlDatabase, SqliteDatabase
from playhouse.db_url import connect as connect_url

database = DatabaseProxy()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


def init_db(app: Flask) -> None:
    url = app.config["DATABASE_URL"]
    if url.startswith("sqlite"):
        options = {
            "pragmas": {
                "journal_mode": "wal",
                "foreign_keys": 1,
                "busy_timeout": app.config["SQLITE_BUSY_TIMEOUT_MS"],
                "synchronous": "normal",  # safe under WAL: only a power loss can drop the last commits
            }
        }
    else:
        scheme, _, rest = url.partition("://")
        url = f"{scheme.removesuffix('+pool')}+pool://{rest}"
        options = {"max_connections": app.config["DATABASE_POOL_SIZE"], "stale_timeout": 300, "timeout": 10}
    database.initialize(connect_url(url, **options))

    @app.teardown_request
    def _release(exc):
        if not is_sqlite() and not database.is_closed():
            database.close()  # back to the pool


def is_sqlite():
    return isinstance(database.obj, SqliteDatabase)


def is_postgres():
    return isinstance(database.obj, PostgresqlDatabase)


def atomic():
    """A write transaction; on SQLite it takes the write lock up front (IMMEDIATE)
    so two writers queue on the busy timeout instead of failing mid-transaction."""
    if is_sqlite():
        return database.atomic("IMMEDIATE")
    return database.atomic()

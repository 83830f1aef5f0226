"""The database handle, bound per application from DATABASE_URL.

Models bind to `database`, a proxy, so importing them opens nothing: the real
database is chosen in `create_app` and connected lazily, on a worker's first
query, so no connection is ever shared across gunicorn's fork.

Each worker has a pool of connections (DATABASE_POOL_SIZE), kept open between
requests (opening one costs more than many queries); a request's connection goes
back to it at teardown. A worker's threads (32, for slow clients) share the pool,
so its memory does not grow with them: each SQLite connection has its own page
cache. A thread that finds every connection taken waits up to POOL_WAIT_S.

- SQLite: WAL lets readers and the writer proceed together, and IMMEDIATE write
  transactions queue on the busy timeout.
"""

from contextlib import contextmanager

from flask import Flask
from peewee import DatabaseProxy, Model, PostgresqlDatabase, SqliteDatabase, psycopg2
from playhouse.db_url import connect as connect_url

database = DatabaseProxy()
POOL_WAIT_S = 10  # how long a request waits for a free connection of its worker's pool (then a 503)
write_lock_timeout_ms = 5000  # how long a writer waits for the write lock (init_db sets it)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


def init_db(app: Flask) -> None:
    scheme, _, rest = app.config["DATABASE_URL"].partition("://")
    url = f"{scheme.removesuffix('+pool')}+pool://{rest}"
    options = {"max_connections": app.config["DATABASE_POOL_SIZE"], "timeout": POOL_WAIT_S}
    if scheme.startswith("sqlite"):
        options |= {
            "check_same_thread": False,  # the pool hands a connection to one thread at a time
            "pragmas": {
                "journal_mode": "wal",
                "foreign_keys": 1,
                "busy_timeout": app.config["SQLITE_BUSY_TIMEOUT_MS"],
                "synchronous": "normal",  # safe under WAL: only a power loss can drop the last commits
                "cache_size": -app.config["SQLITE_CACHE_KIB"],  # negative: KiB, not pages
            },
        }
    elif psycopg2 is None:  # peewee's import of the driver, None without it: fail here, not per request
        raise RuntimeError(
            "DATABASE_URL names PostgreSQL, but its driver is not installed: "
            "pip install -e '.[postgres]' (make serve does for such a URL)"
        )
    else:
        options["stale_timeout"] = 300  # a server may drop idle connections
    database.initialize(connect_url(url, **options))
    global write_lock_timeout_ms
    write_lock_timeout_ms = app.config["SQLITE_BUSY_TIMEOUT_MS"]

    @app.teardown_request
    def _release(exc):
        if not database.is_closed():
            database.close()  # back to the pool


def is_sqlite():
    return isinstance(database.obj, SqliteDatabase)


def is_postgres():
    return isinstance(database.obj, PostgresqlDatabase)


# the table every write transaction locks first on PostgreSQL (store.models.Revision: every write bumps it)
WRITE_LOCK_TABLE = "revision"


@contextmanager
def atomic():
    """A write transaction, holding the database's one write lock from its first statement,
    so that writers queue instead of failing mid-transaction, and whatever a write checks
    (an id is free, a reference exists, `part_of` makes no cycle, nothing depends on a
    record, its version) still holds when it commits:

    - SQLite: BEGIN IMMEDIATE, waiting up to the busy timeout.
    - PostgreSQL: LOCK TABLE revision IN EXCLUSIVE MODE before any query, so the checks
      read everything committed before it (READ COMMITTED) and no other writer runs until
      it commits; plain reads are not blocked. A writer waits up to the same timeout, then
      the request is a 503 (lock_not_available). Every write bumps the revision row anyway,
      so writers were already serialized at that row: taking it first costs nothing more.
    """
    if is_sqlite():
        with database.atomic("IMMEDIATE") as transaction:
            yield transaction
        return
    with database.atomic() as transaction:
        if database.transaction_depth() == 1:
            database.execute_sql(f"SET LOCAL lock_timeout = {int(write_lock_timeout_ms)}")
            database.execute_sql(f'LOCK TABLE "{WRITE_LOCK_TABLE}" IN EXCLUSIVE MODE')
        yield transaction

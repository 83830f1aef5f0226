"""PostgreSQL gets the (key, id) indexes 008 gave SQLite, for the keys whose only ascending
index was the key alone: `?sort=kind` sorted the first kind's deals by id (an eighth of the
table: 250-500 ms a page at a million deals, with or without a filter). Its descending
indexes (002) were (key, id) already."""

from importlib import import_module

query_indexes = import_module("api.migrations.002_query_indexes")
sort_indexes = import_module("api.migrations.008_sort_indexes")


def migrate(migrator, database, *, fake=False):
    if query_indexes.is_postgres(database):
        query_indexes.create_indexes(migrator, database, sort_indexes.ASCENDING, fake=fake)


def rollback(migrator, database, *, fake=False):
    if query_indexes.is_postgres(database):
        for body in sort_indexes.ASCENDING:
            migrator.sql(f"DROP INDEX IF EXISTS {query_indexes.index_name(body)}")

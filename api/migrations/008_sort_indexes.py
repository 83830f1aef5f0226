"""On SQLite, every sort reads its order from an index, the id tiebreak included, so a
page never sorts a run of records with the same key (tests/test_query_plans.py):

- SQLite gets the descending indexes 002 gave PostgreSQL alone: the order `-key` asks
  for, the key descending and then the id ascending. Walking the ascending index
  backwards gives the ids descending too, so SQLite sorted each run of equal keys by id,
  and a key most records share made that run the table: `?sort=-projects` read and
  sorted a million deals (2.9 s) where none has projects. SQLite's NULLs are its smallest
  values, so a descending index already puts them last; its DDL has no NULLS LAST.
- SQLite gets (key, id) for the keys whose only index was the key alone: `?sort=kind`
  sorted each kind's deals by id (a sixth of the table each: 0.24 s at a million).
  PostgreSQL sorted them too once measured at that size: it gets these in 009.

A database analyzed before (as `flask synth` leaves one) gets the new indexes'
statistics too: unknown to them, an index looks narrower than it is, and SQLite read a
delegation's deals of one kind through the index of every deal of that kind."""

from importlib import import_module

query_indexes = import_module("api.migrations.002_query_indexes")

ASCENDING = [
    '"deal_kind_id" ON "deal" ("kind", "id")',
    '"delegation_expo_id_id" ON "delegation" ("expo_id", "id")',
    '"delegation_kind_id" ON "delegation" ("kind", "id")',
    '"expo_start_date_id" ON "expo" ("start_date", "id")',
    '"expo_year_id" ON "expo" ("year", "id")',
    '"expo_country_id" ON "expo" ("country", "id")',
    '"organization_kind_id" ON "organization" ("kind", "id")',
    '"organization_country_id" ON "organization" ("country", "id")',
]


ADDED = ASCENDING + query_indexes.DESCENDING


def migrate(migrator, database, *, fake=False):
    if not query_indexes.is_postgres(database):
        query_indexes.create_indexes(migrator, database, ADDED, fake=fake)


def rollback(migrator, database, *, fake=False):
    if not query_indexes.is_postgres(database):
        for body in ADDED:
            migrator.sql(f"DROP INDEX IF EXISTS {query_indexes.index_name(body)}")

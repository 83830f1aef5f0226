"""A page of one sector sorted by date descending (`?sector=...&sort=-signed_on`) walks
deal_sector's (sector, signed_on DESC, deal) index in its order. 007's ascending index,
walked backwards, gives the deals of a day in descending id order too, so SQLite read
every deal of the page's last day to sort them by id: at a million deals a sector's day
holds 28 of them on average and up to 114, each found in the deal table, which doubled
the page's SQL (480-560 -> 300 us) and made it grow with the data.

On PostgreSQL the nulls come last in the index as in the sort (`DESC NULLS LAST`); on
SQLite they do already. An analyzed SQLite file gets the index's statistics too."""

from importlib import import_module

query_indexes = import_module("api.migrations.002_query_indexes")

BODY = (
    '"deal_sector_sector_signed_on_desc" ON "deal_sector" ("sector", "signed_on" DESC NULLS LAST, "deal_id")'
)


def migrate(migrator, database, *, fake=False):
    query_indexes.create_indexes(migrator, database, [BODY], fake=fake)


def rollback(migrator, database, *, fake=False):
    migrator.sql(f"DROP INDEX IF EXISTS {query_indexes.index_name(BODY)}")

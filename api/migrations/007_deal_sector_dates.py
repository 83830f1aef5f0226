"""Each deal's sector rows keep its `signed_on` too, under a (sector, signed_on, deal) index:
a count of `?sector=` with a date range reads that index alone, never the deals
(api/lists/filters.py Tagged). The index replaces (sector, deal), which it also serves."""


def migrate(migrator, database, *, fake=False):
    migrator.sql('ALTER TABLE "deal_sector" ADD COLUMN "signed_on" DATE')
    migrator.sql(
        'UPDATE "deal_sector" SET "signed_on" = '
        '(SELECT "signed_on" FROM "deal" WHERE "deal"."id" = "deal_sector"."deal_id")'
    )
    migrator.sql('DROP INDEX "deal_sector_sector_deal_id"')
    columns = '"sector", "signed_on", "deal_id"'
    migrator.sql(f'CREATE INDEX "deal_sector_sector_signed_on_deal_id" ON "deal_sector" ({columns})')


def rollback(migrator, database, *, fake=False):
    migrator.sql('DROP INDEX "deal_sector_sector_signed_on_deal_id"')
    migrator.sql('CREATE INDEX "deal_sector_sector_deal_id" ON "deal_sector" ("sector", "deal_id")')
    migrator.sql('ALTER TABLE "deal_sector" DROP COLUMN "signed_on"')

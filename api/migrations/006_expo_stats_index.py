"""/stats/deals of an expo reads one index, never the deals' rows (each holds its document):
the columns its groups, filters and sums use, led by the expo (api/store/models.py)."""

COLUMNS = ("expo_id", "kind", "amount_currency", "amount_basis", "amount_low", "amount_high", "delegation_id")


def migrate(migrator, database, *, fake=False):
    columns = ", ".join(f'"{name}"' for name in COLUMNS)
    migrator.sql(f'CREATE INDEX "deal_expo_stats" ON "deal" ({columns})')


def rollback(migrator, database, *, fake=False):
    migrator.sql('DROP INDEX "deal_expo_stats"')

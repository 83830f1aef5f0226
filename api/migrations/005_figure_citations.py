"""Each figure keeps its `citation` (the index of the first of its record's quotes that
holds its `as_reported` words), found once, by the write that stores the figure, instead
of again at every read. Existing figures get theirs here, by the same rule
(schemas/evidence.py backing); api/store/models.py declares the same column."""

from collections import defaultdict

from schemas.evidence import backing

FIGURES = {
    "expo": ("countries_and_regions", "enterprises", "visitors", "exhibition_area", "featured_sectors"),
    "delegation": (
        "districts_and_counties",
        "enterprises",
        "exhibitors",
        "purchasers",
        "visitors",
        "exhibition_area",
        "products",
        "activities",
        "companies_settling",
        "companies_intending_to_settle",
    ),
    "deal": ("amount", "projects", "enterprises"),
}
BATCH = 10_000


def fill(database):
    """The citation of every stated figure, from its record's quotes in their order."""
    param = database.param
    for table, names in FIGURES.items():
        quotes = defaultdict(list)
        cursor = database.execute_sql(
            f'SELECT "{table}_id", quote FROM "citation" WHERE "{table}_id" IS NOT NULL ORDER BY position'
        )
        for owner, quote in cursor.fetchall():
            quotes[owner].append(quote)
        for name in names:
            cursor = database.execute_sql(
                f'SELECT id, "{name}_as_reported" FROM "{table}" WHERE "{name}_qualifier" IS NOT NULL'
            )
            cited = [
                (index, record_id)
                for record_id, words in cursor.fetchall()
                if (index := backing(words, quotes.get(record_id, []))) is not None
            ]
            sql = f'UPDATE "{table}" SET "{name}_citation" = {param} WHERE id = {param}'
            for start in range(0, len(cited), BATCH):
                database.cursor().executemany(sql, cited[start : start + BATCH])


def migrate(migrator, database, *, fake=False):
    for table, names in FIGURES.items():
        for name in names:
            migrator.sql(f'ALTER TABLE "{table}" ADD COLUMN "{name}_citation" INTEGER')
    migrator.run(fill, database)


def rollback(migrator, database, *, fake=False):
    for table, names in FIGURES.items():
        for name in names:
            migrator.sql(f'ALTER TABLE "{table}" DROP COLUMN "{name}_citation"')

"""Each figure keeps its `citation` (the index of the first of its record's quotes that
holds its `as_reported` words), found once, by the write that stores the figure, instead
of again at every read. Existing figures get theirs here, by the same rule
(schemas/evidence.py backing); api/store/models.py declares the same column."""

from collections import defaultdict

from schemas.evidence import backing

TABLES = ("expo", "delegation", "deal")  # the records with figures


def figures(database, table):
    """The figures of `table` as the database holds them: each has its `<name>_qualifier`
    column (the figure's own list lives in api/store/models.py; a migration reads its day's schema)."""
    return [
        column.name.removesuffix("_qualifier")
        for column in database.get_columns(table)
        if column.name.endswith("_qualifier")
    ]


BATCH = 10_000


def fill(database):
    """The citation of every stated figure, from its record's quotes in their order."""
    param = database.param
    for table in TABLES:
        quotes = defaultdict(list)
        cursor = database.execute_sql(
            f'SELECT "{table}_id", quote FROM "citation" WHERE "{table}_id" IS NOT NULL ORDER BY position'
        )
        for owner, quote in cursor.fetchall():
            quotes[owner].append(quote)
        for name in figures(database, table):
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
    for table in TABLES:
        for name in figures(database, table):
            migrator.sql(f'ALTER TABLE "{table}" ADD COLUMN "{name}_citation" INTEGER')
    migrator.run(fill, database)


def rollback(migrator, database, *, fake=False):
    for table in TABLES:
        for name in figures(database, table):
            migrator.sql(f'ALTER TABLE "{table}" DROP COLUMN "{name}_citation"')

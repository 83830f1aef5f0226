"""Figures that say what they are (issue 15): each figure's `basis` and the `period` a
cumulative total covers, an aggregate deal's `includes` (a link table), and a delegation's
`part_of` (a delegation within a larger group). Existing figures read `reported`, what
every figure stated before; api/store/models.py declares the same schema."""

import peewee as pw

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
# the columns each figure gains, as api/store/models.py with_figures declares them
PARTS = {
    "basis": "VARCHAR(16)",
    "period_start": "INTEGER",
    "period_end": "INTEGER",
    "period_as_reported": "TEXT",
}


def inclusion_model(deal_table):
    """`deal_inclusion`: (aggregate deal, included deal, position), as models.DealInclusion."""

    class DealInclusion(pw.Model):
        deal = pw.ForeignKeyField(deal_table, backref="includes", on_delete="CASCADE")
        included = pw.ForeignKeyField(deal_table, backref="included_by", on_delete="RESTRICT")
        position = pw.IntegerField()

        class Meta:
            table_name = "deal_inclusion"
            indexes = ((("deal", "included"), True), (("included", "deal"), False))

    return DealInclusion


def migrate(migrator, database, *, fake=False):
    for table, names in FIGURES.items():
        for name in names:
            for part, kind in PARTS.items():
                migrator.sql(f'ALTER TABLE "{table}" ADD COLUMN "{name}_{part}" {kind}')
            # a figure stated before 004 is stated as done
            migrator.sql(
                f'UPDATE "{table}" SET "{name}_basis" = \'reported\' WHERE "{name}_qualifier" IS NOT NULL'
            )
    migrator.sql('CREATE INDEX "deal_amount_basis_id" ON "deal" ("amount_basis", "id")')
    # a nullable column with a foreign key: ADD COLUMN takes it on both backends
    migrator.sql(
        'ALTER TABLE "delegation" ADD COLUMN "part_of_id" VARCHAR(255) '
        'REFERENCES "delegation" ("id") ON DELETE RESTRICT'
    )
    migrator.sql('CREATE INDEX "delegation_part_of_id" ON "delegation" ("part_of_id")')
    migrator.create_model(inclusion_model(migrator.orm["deal"]))


def rollback(migrator, database, *, fake=False):
    migrator.remove_model("deal_inclusion")
    migrator.sql('DROP INDEX "delegation_part_of_id"')
    migrator.sql('DROP INDEX "deal_amount_basis_id"')
    migrator.sql('ALTER TABLE "delegation" DROP COLUMN "part_of_id"')
    for table, names in FIGURES.items():
        for name in names:
            for part in PARTS:
                migrator.sql(f'ALTER TABLE "{table}" DROP COLUMN "{name}_{part}"')

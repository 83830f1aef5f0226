"""Indexes for every documented filter and sort, the sectors of expos,
delegations and deals as link rows (`?sector=` probes them instead of reading
every record's JSON list), and each record's stored canonical JSON. Written
before the migration runner landed on this branch; api/store/models.py declares
the same schema."""

# ruff: noqa: E501  (index definitions, one per line, as the models compile them)

import peewee as pw

# CREATE INDEX bodies on the tables of 001, as api/store/models.py declares them
INDEXES = [
    '"change_actor_id" ON "change" ("actor", "id")',
    '"change_at_id" ON "change" ("at", "id")',
    '"change_operation_id" ON "change" ("operation", "id")',
    '"deal_amount_currency_id" ON "deal" ("amount_currency", "id")',
    '"deal_amount_high" ON "deal" ("amount_high")',
    '"deal_amount_low" ON "deal" ("amount_low")',
    '"deal_amount_qualifier_id" ON "deal" ("amount_qualifier", "id")',
    '"deal_amount_sort" ON "deal" (COALESCE("amount_value", "amount_low", "amount_high"), "id")',
    '"deal_amount_value" ON "deal" ("amount_value")',
    '"deal_delegation_id_id" ON "deal" ("delegation_id", "id")',
    '"deal_enterprises_high" ON "deal" ("enterprises_high")',
    '"deal_enterprises_low" ON "deal" ("enterprises_low")',
    '"deal_enterprises_sort" ON "deal" (COALESCE("enterprises_value", "enterprises_low", "enterprises_high"), "id")',
    '"deal_enterprises_value" ON "deal" ("enterprises_value")',
    '"deal_expo_id_id" ON "deal" ("expo_id", "id")',
    '"deal_inferred_any" ON "deal" ("id") WHERE inferred != \'[]\'',
    '"deal_projects_high" ON "deal" ("projects_high")',
    '"deal_projects_low" ON "deal" ("projects_low")',
    '"deal_projects_sort" ON "deal" (COALESCE("projects_value", "projects_low", "projects_high"), "id")',
    '"deal_projects_value" ON "deal" ("projects_value")',
    '"deal_scope_id" ON "deal" ("scope", "id")',
    '"deal_title_id" ON "deal" ("title", "id")',
    '"delegation_activities_high" ON "delegation" ("activities_high")',
    '"delegation_activities_low" ON "delegation" ("activities_low")',
    '"delegation_activities_sort" ON "delegation" (COALESCE("activities_value", "activities_low", "activities_high"), "id")',
    '"delegation_activities_value" ON "delegation" ("activities_value")',
    '"delegation_companies_intending_to_settle_high" ON "delegation" ("companies_intending_to_settle_high")',
    '"delegation_companies_intending_to_settle_low" ON "delegation" ("companies_intending_to_settle_low")',
    '"delegation_companies_intending_to_settle_sort" ON "delegation" (COALESCE("companies_intending_to_settle_value", "companies_intending_to_settle_low", "companies_intending_to_settle_high"), "id")',
    '"delegation_companies_intending_to_settle_value" ON "delegation" ("companies_intending_to_settle_value")',
    '"delegation_companies_settling_high" ON "delegation" ("companies_settling_high")',
    '"delegation_companies_settling_low" ON "delegation" ("companies_settling_low")',
    '"delegation_companies_settling_sort" ON "delegation" (COALESCE("companies_settling_value", "companies_settling_low", "companies_settling_high"), "id")',
    '"delegation_companies_settling_value" ON "delegation" ("companies_settling_value")',
    '"delegation_districts_and_counties_high" ON "delegation" ("districts_and_counties_high")',
    '"delegation_districts_and_counties_low" ON "delegation" ("districts_and_counties_low")',
    '"delegation_districts_and_counties_sort" ON "delegation" (COALESCE("districts_and_counties_value", "districts_and_counties_low", "districts_and_counties_high"), "id")',
    '"delegation_districts_and_counties_value" ON "delegation" ("districts_and_counties_value")',
    '"delegation_enterprises_high" ON "delegation" ("enterprises_high")',
    '"delegation_enterprises_low" ON "delegation" ("enterprises_low")',
    '"delegation_enterprises_sort" ON "delegation" (COALESCE("enterprises_value", "enterprises_low", "enterprises_high"), "id")',
    '"delegation_enterprises_value" ON "delegation" ("enterprises_value")',
    '"delegation_exhibition_area_high" ON "delegation" ("exhibition_area_high")',
    '"delegation_exhibition_area_low" ON "delegation" ("exhibition_area_low")',
    '"delegation_exhibition_area_sort" ON "delegation" (COALESCE("exhibition_area_value", "exhibition_area_low", "exhibition_area_high"), "id")',
    '"delegation_exhibition_area_value" ON "delegation" ("exhibition_area_value")',
    '"delegation_exhibitors_high" ON "delegation" ("exhibitors_high")',
    '"delegation_exhibitors_low" ON "delegation" ("exhibitors_low")',
    '"delegation_exhibitors_sort" ON "delegation" (COALESCE("exhibitors_value", "exhibitors_low", "exhibitors_high"), "id")',
    '"delegation_exhibitors_value" ON "delegation" ("exhibitors_value")',
    '"delegation_inferred_any" ON "delegation" ("id") WHERE inferred != \'[]\'',
    '"delegation_name_id" ON "delegation" ("name", "id")',
    '"delegation_products_high" ON "delegation" ("products_high")',
    '"delegation_products_low" ON "delegation" ("products_low")',
    '"delegation_products_sort" ON "delegation" (COALESCE("products_value", "products_low", "products_high"), "id")',
    '"delegation_products_value" ON "delegation" ("products_value")',
    '"delegation_purchasers_high" ON "delegation" ("purchasers_high")',
    '"delegation_purchasers_low" ON "delegation" ("purchasers_low")',
    '"delegation_purchasers_sort" ON "delegation" (COALESCE("purchasers_value", "purchasers_low", "purchasers_high"), "id")',
    '"delegation_purchasers_value" ON "delegation" ("purchasers_value")',
    '"delegation_represents_id" ON "delegation" ("represents", "id")',
    '"delegation_visitors_high" ON "delegation" ("visitors_high")',
    '"delegation_visitors_low" ON "delegation" ("visitors_low")',
    '"delegation_visitors_sort" ON "delegation" (COALESCE("visitors_value", "visitors_low", "visitors_high"), "id")',
    '"delegation_visitors_value" ON "delegation" ("visitors_value")',
    '"expo_city_id" ON "expo" ("city", "id")',
    '"expo_countries_and_regions_high" ON "expo" ("countries_and_regions_high")',
    '"expo_countries_and_regions_low" ON "expo" ("countries_and_regions_low")',
    '"expo_countries_and_regions_sort" ON "expo" (COALESCE("countries_and_regions_value", "countries_and_regions_low", "countries_and_regions_high"), "id")',
    '"expo_countries_and_regions_value" ON "expo" ("countries_and_regions_value")',
    '"expo_edition_id" ON "expo" ("edition", "id")',
    '"expo_end_date_id" ON "expo" ("end_date", "id")',
    '"expo_enterprises_high" ON "expo" ("enterprises_high")',
    '"expo_enterprises_low" ON "expo" ("enterprises_low")',
    '"expo_enterprises_sort" ON "expo" (COALESCE("enterprises_value", "enterprises_low", "enterprises_high"), "id")',
    '"expo_enterprises_value" ON "expo" ("enterprises_value")',
    '"expo_exhibition_area_high" ON "expo" ("exhibition_area_high")',
    '"expo_exhibition_area_low" ON "expo" ("exhibition_area_low")',
    '"expo_exhibition_area_sort" ON "expo" (COALESCE("exhibition_area_value", "exhibition_area_low", "exhibition_area_high"), "id")',
    '"expo_exhibition_area_value" ON "expo" ("exhibition_area_value")',
    '"expo_featured_sectors_high" ON "expo" ("featured_sectors_high")',
    '"expo_featured_sectors_low" ON "expo" ("featured_sectors_low")',
    '"expo_featured_sectors_sort" ON "expo" (COALESCE("featured_sectors_value", "featured_sectors_low", "featured_sectors_high"), "id")',
    '"expo_featured_sectors_value" ON "expo" ("featured_sectors_value")',
    '"expo_inferred_any" ON "expo" ("id") WHERE inferred != \'[]\'',
    '"expo_name_id" ON "expo" ("name", "id")',
    '"expo_visitors_high" ON "expo" ("visitors_high")',
    '"expo_visitors_low" ON "expo" ("visitors_low")',
    '"expo_visitors_sort" ON "expo" (COALESCE("visitors_value", "visitors_low", "visitors_high"), "id")',
    '"expo_visitors_value" ON "expo" ("visitors_value")',
    '"organization_city_id" ON "organization" ("city", "id")',
    '"organization_inferred_any" ON "organization" ("id") WHERE inferred != \'[]\'',
    '"organization_name_id" ON "organization" ("name", "id")',
]

# the order `-key` asks for (descending, nulls last, then the id), which no ascending index
# gives: PostgreSQL here, SQLite from 008_sort_indexes (whose DDL says no NULLS LAST)
DESCENDING = [
    '"change_at_desc" ON "change" ("at" DESC, "id")',
    '"deal_title_desc" ON "deal" ("title" DESC, "id")',
    '"deal_kind_desc" ON "deal" ("kind" DESC, "id")',
    '"deal_expo_desc" ON "deal" ("expo_id" DESC, "id")',
    '"deal_signed_on_desc" ON "deal" ("signed_on" DESC NULLS LAST, "id")',
    '"deal_amount_desc" ON "deal" (COALESCE("amount_value", "amount_low", "amount_high") DESC NULLS LAST, "id")',
    '"deal_projects_desc" ON "deal" (COALESCE("projects_value", "projects_low", "projects_high") DESC NULLS LAST, "id")',
    '"deal_enterprises_desc" ON "deal" (COALESCE("enterprises_value", "enterprises_low", "enterprises_high") DESC NULLS LAST, "id")',
    '"delegation_name_desc" ON "delegation" ("name" DESC, "id")',
    '"delegation_expo_desc" ON "delegation" ("expo_id" DESC, "id")',
    '"delegation_kind_desc" ON "delegation" ("kind" DESC, "id")',
    '"delegation_districts_and_counties_desc" ON "delegation" (COALESCE("districts_and_counties_value", "districts_and_counties_low", "districts_and_counties_high") DESC NULLS LAST, "id")',
    '"delegation_enterprises_desc" ON "delegation" (COALESCE("enterprises_value", "enterprises_low", "enterprises_high") DESC NULLS LAST, "id")',
    '"delegation_exhibitors_desc" ON "delegation" (COALESCE("exhibitors_value", "exhibitors_low", "exhibitors_high") DESC NULLS LAST, "id")',
    '"delegation_purchasers_desc" ON "delegation" (COALESCE("purchasers_value", "purchasers_low", "purchasers_high") DESC NULLS LAST, "id")',
    '"delegation_visitors_desc" ON "delegation" (COALESCE("visitors_value", "visitors_low", "visitors_high") DESC NULLS LAST, "id")',
    '"delegation_exhibition_area_desc" ON "delegation" (COALESCE("exhibition_area_value", "exhibition_area_low", "exhibition_area_high") DESC NULLS LAST, "id")',
    '"delegation_products_desc" ON "delegation" (COALESCE("products_value", "products_low", "products_high") DESC NULLS LAST, "id")',
    '"delegation_activities_desc" ON "delegation" (COALESCE("activities_value", "activities_low", "activities_high") DESC NULLS LAST, "id")',
    '"delegation_companies_settling_desc" ON "delegation" (COALESCE("companies_settling_value", "companies_settling_low", "companies_settling_high") DESC NULLS LAST, "id")',
    '"delegation_companies_intending_to_settle_desc" ON "delegation" (COALESCE("companies_intending_to_settle_value", "companies_intending_to_settle_low", "companies_intending_to_settle_high") DESC NULLS LAST, "id")',
    '"expo_name_desc" ON "expo" ("name" DESC, "id")',
    '"expo_start_date_desc" ON "expo" ("start_date" DESC NULLS LAST, "id")',
    '"expo_end_date_desc" ON "expo" ("end_date" DESC NULLS LAST, "id")',
    '"expo_year_desc" ON "expo" ("year" DESC NULLS LAST, "id")',
    '"expo_edition_desc" ON "expo" ("edition" DESC NULLS LAST, "id")',
    '"expo_country_desc" ON "expo" ("country" DESC NULLS LAST, "id")',
    '"expo_countries_and_regions_desc" ON "expo" (COALESCE("countries_and_regions_value", "countries_and_regions_low", "countries_and_regions_high") DESC NULLS LAST, "id")',
    '"expo_enterprises_desc" ON "expo" (COALESCE("enterprises_value", "enterprises_low", "enterprises_high") DESC NULLS LAST, "id")',
    '"expo_visitors_desc" ON "expo" (COALESCE("visitors_value", "visitors_low", "visitors_high") DESC NULLS LAST, "id")',
    '"expo_exhibition_area_desc" ON "expo" (COALESCE("exhibition_area_value", "exhibition_area_low", "exhibition_area_high") DESC NULLS LAST, "id")',
    '"expo_featured_sectors_desc" ON "expo" (COALESCE("featured_sectors_value", "featured_sectors_low", "featured_sectors_high") DESC NULLS LAST, "id")',
    '"organization_name_desc" ON "organization" ("name" DESC, "id")',
    '"organization_kind_desc" ON "organization" ("kind" DESC, "id")',
    '"organization_country_desc" ON "organization" ("country" DESC NULLS LAST, "id")',
    '"source_published_on_desc" ON "source" ("published_on" DESC NULLS LAST, "id")',
    '"source_title_desc" ON "source" ("title" DESC NULLS LAST, "id")',
    '"source_file_desc" ON "source" ("file" DESC, "id")',
    '"token_name_desc" ON "token" ("name" DESC, "id")',
    '"token_created_at_desc" ON "token" ("created_at" DESC, "id")',
]

OWNERS = ("expo", "delegation", "deal")
# tables whose rows keep their record's canonical JSON (api/store/documents.py); left empty
# here, as a bulk load leaves them: reads render those records until `flask refresh-documents`
DOCUMENTED = ("organization", "expo", "delegation", "deal")


def index_name(body):
    return body.split(" ", 1)[0]


def is_postgres(database):
    return isinstance(getattr(database, "obj", database), pw.PostgresqlDatabase)


def create_indexes(migrator, database, bodies, *, fake=False):
    """CREATE INDEX each body, as later migrations add them. SQLite's DDL has no NULLS LAST (its
    NULLs are its smallest values: a descending index puts them last already). A SQLite file
    analyzed before (as `flask synth` leaves one) gets their statistics too: unknown to them, an
    index looks narrower than it is (008)."""
    postgres = is_postgres(database)
    for body in bodies:
        migrator.sql(f"CREATE INDEX IF NOT EXISTS {body if postgres else body.replace(' NULLS LAST', '')}")
    if not postgres and not fake and database.table_exists("sqlite_stat1"):  # (a fake run's queries are mocks)
        for body in bodies:
            migrator.sql(f"ANALYZE {index_name(body)}")


def link_model(owner, target):
    """`<owner>_sector`: (record, sector) rows, as api/store/models.py Sectors."""
    fields = {
        "sector": pw.CharField(max_length=100),
        owner: pw.ForeignKeyField(target, column_name=f"{owner}_id", on_delete="CASCADE", index=False),
    }
    meta = type("Meta", (), {"table_name": f"{owner}_sector"})
    return type(f"{owner.capitalize()}Sector", (pw.Model,), {**fields, "Meta": meta})


def migrate(migrator, database, *, fake=False):
    for owner in OWNERS:
        migrator.create_model(link_model(owner, migrator.orm[owner]))
        # the sectors the records already hold
        if is_postgres(database):
            select = f'SELECT id, jsonb_array_elements_text(sectors::jsonb) FROM "{owner}"'
        else:
            select = f'SELECT r.id, j.value FROM "{owner}" AS r, json_each(r.sectors) AS j'
        migrator.sql(
            f'INSERT INTO "{owner}_sector" ("{owner}_id", sector) SELECT DISTINCT * FROM ({select}) AS s'
        )
        table, column = f'"{owner}_sector"', f'"{owner}_id"'
        migrator.sql(
            f'CREATE UNIQUE INDEX "{owner}_sector_{owner}_id_sector" ON {table} ({column}, "sector")'
        )
        migrator.sql(f'CREATE INDEX "{owner}_sector_sector_{owner}_id" ON {table} ("sector", {column})')
    for body in INDEXES + (DESCENDING if is_postgres(database) else []):
        migrator.sql(f"CREATE INDEX IF NOT EXISTS {body}")
    for table in DOCUMENTED:
        migrator.sql(f'ALTER TABLE "{table}" ADD COLUMN "document" TEXT')
        migrator.sql(f'ALTER TABLE "{table}" ADD COLUMN "document_stamp" VARCHAR(16)')


def rollback(migrator, database, *, fake=False):
    for table in DOCUMENTED:
        migrator.sql(f'ALTER TABLE "{table}" DROP COLUMN "document_stamp"')
        migrator.sql(f'ALTER TABLE "{table}" DROP COLUMN "document"')
    for body in INDEXES + (DESCENDING if is_postgres(database) else []):
        migrator.sql(f"DROP INDEX IF EXISTS {index_name(body)}")
    for owner in reversed(OWNERS):
        migrator.remove_model(f"{owner}_sector")

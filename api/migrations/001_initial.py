"""The schema of release 1.0.0: its 13 tables and the search index.

A database that release created (create_tables, no migration history) is
recognized by the runner and this migration recorded without running it.
"""

import peewee as pw

FIGURE_COLUMNS = (
    ("value", pw.BigIntegerField),
    ("low", pw.BigIntegerField),
    ("high", pw.BigIntegerField),
    ("qualifier", lambda **kw: pw.CharField(max_length=16, **kw)),
    (None, pw.CharField),  # <name>_currency for money, <name>_unit otherwise
    ("as_reported", pw.TextField),
)


def figures(model, money=(), counts=()):
    for name in (*money, *counts):
        for part, field in FIGURE_COLUMNS:
            part = part or ("currency" if name in money else "unit")
            model._meta.add_field(f"{name}_{part}", field(null=True))
    return model


def models():
    class Base(pw.Model):
        class Meta:
            legacy_table_names = False

    class Source(Base):
        id = pw.CharField(primary_key=True)
        file = pw.CharField(unique=True)
        title = pw.TextField(null=True)
        publisher = pw.CharField(null=True)
        original_publisher = pw.CharField(null=True)
        author = pw.CharField(null=True)
        published_on = pw.DateField(null=True)
        language = pw.CharField(max_length=8, default="en")
        inferred = pw.TextField()
        note = pw.TextField(null=True)

    class Organization(Base):
        id = pw.CharField(primary_key=True)
        name = pw.CharField()
        aliases = pw.TextField()
        kind = pw.CharField(max_length=32, index=True)
        country = pw.CharField(max_length=2, null=True, index=True)
        city = pw.CharField(null=True)
        description = pw.TextField(null=True)
        officials = pw.TextField()
        inferred = pw.TextField()
        note = pw.TextField(null=True)
        version = pw.IntegerField(default=1)

    class Expo(Base):
        id = pw.CharField(primary_key=True)
        name = pw.CharField()
        short_name = pw.CharField(null=True)
        kind = pw.CharField(max_length=32, index=True)
        edition = pw.IntegerField(null=True)
        part_of = pw.ForeignKeyField("self", null=True, backref="side_events", on_delete="RESTRICT")
        year = pw.IntegerField(null=True, index=True)
        start_date = pw.DateField(null=True, index=True)
        end_date = pw.DateField(null=True)
        dates_as_reported = pw.CharField(null=True)
        city = pw.CharField(null=True)
        country = pw.CharField(max_length=2, null=True, index=True)
        venue = pw.CharField(null=True)
        sectors = pw.TextField()
        description = pw.TextField(null=True)
        inferred = pw.TextField()
        note = pw.TextField(null=True)
        version = pw.IntegerField(default=1)

        class Meta:
            constraints = [pw.Check("end_date IS NULL OR start_date IS NULL OR end_date >= start_date")]

    figures(
        Expo,
        counts=("countries_and_regions", "enterprises", "visitors", "exhibition_area", "featured_sectors"),
    )

    class Delegation(Base):
        id = pw.CharField(primary_key=True)
        name = pw.CharField()
        expo = pw.ForeignKeyField(Expo, backref="delegations", on_delete="RESTRICT")
        kind = pw.CharField(max_length=32, index=True)
        represents = pw.CharField(null=True)
        organizer = pw.ForeignKeyField(
            Organization, null=True, backref="organized_delegations", on_delete="RESTRICT"
        )
        sectors = pw.TextField()
        description = pw.TextField(null=True)
        inferred = pw.TextField()
        note = pw.TextField(null=True)
        version = pw.IntegerField(default=1)

    figures(
        Delegation,
        counts=(
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
    )

    class Deal(Base):
        id = pw.CharField(primary_key=True)
        title = pw.CharField()
        kind = pw.CharField(max_length=32, index=True)
        scope = pw.CharField(max_length=16)
        expo = pw.ForeignKeyField(Expo, backref="deals", on_delete="RESTRICT")
        delegation = pw.ForeignKeyField(Delegation, null=True, backref="deals", on_delete="RESTRICT")
        signed_on = pw.DateField(null=True)
        subject = pw.TextField(null=True)
        sectors = pw.TextField()
        description = pw.TextField(null=True)
        inferred = pw.TextField()
        note = pw.TextField(null=True)
        version = pw.IntegerField(default=1)

        class Meta:
            indexes = ((("signed_on", "id"), False),)

    figures(Deal, money=("amount",), counts=("projects", "enterprises"))

    class ExpoOrganizer(Base):
        expo = pw.ForeignKeyField(Expo, backref="organizer_links", on_delete="CASCADE")
        organization = pw.ForeignKeyField(Organization, backref="organized_expos", on_delete="RESTRICT")
        position = pw.IntegerField()

        class Meta:
            indexes = ((("expo", "organization"), True),)

    class DelegationMember(Base):
        delegation = pw.ForeignKeyField(Delegation, backref="member_links", on_delete="CASCADE")
        organization = pw.ForeignKeyField(Organization, backref="memberships", on_delete="RESTRICT")
        position = pw.IntegerField()

        class Meta:
            indexes = ((("delegation", "organization"), True),)

    class DealParty(Base):
        deal = pw.ForeignKeyField(Deal, backref="party_links", on_delete="CASCADE")
        organization = pw.ForeignKeyField(Organization, backref="deal_parties", on_delete="RESTRICT")
        role = pw.CharField(max_length=16)
        position = pw.IntegerField()

        class Meta:
            indexes = ((("deal", "organization", "role"), True), (("organization", "deal"), False))

    class Citation(Base):
        source = pw.ForeignKeyField(Source, backref="citations", on_delete="RESTRICT")
        quote = pw.TextField()
        position = pw.IntegerField()
        expo = pw.ForeignKeyField(Expo, null=True, backref="citations", on_delete="CASCADE")
        delegation = pw.ForeignKeyField(Delegation, null=True, backref="citations", on_delete="CASCADE")
        deal = pw.ForeignKeyField(Deal, null=True, backref="citations", on_delete="CASCADE")
        organization = pw.ForeignKeyField(Organization, null=True, backref="citations", on_delete="CASCADE")

        class Meta:
            constraints = [
                pw.Check(
                    "(CASE WHEN expo_id IS NULL THEN 0 ELSE 1 END) + "
                    "(CASE WHEN delegation_id IS NULL THEN 0 ELSE 1 END) + "
                    "(CASE WHEN deal_id IS NULL THEN 0 ELSE 1 END) + "
                    "(CASE WHEN organization_id IS NULL THEN 0 ELSE 1 END) = 1"
                )
            ]
            indexes = ((("source", "id"), False),)

    class Revision(Base):
        number = pw.BigIntegerField(default=0)
        modified_at = pw.DateTimeField()

    class Token(Base):
        id = pw.CharField(primary_key=True, max_length=16)
        name = pw.CharField(unique=True)
        scope = pw.CharField(max_length=16)
        secret_hash = pw.CharField(max_length=64)
        created_at = pw.DateTimeField()
        revoked_at = pw.DateTimeField(null=True)

    class IdempotencyKey(Base):
        token = pw.ForeignKeyField(Token, backref="idempotency_keys", on_delete="CASCADE")
        key = pw.CharField(max_length=255)
        request_hash = pw.CharField(max_length=64)
        status = pw.IntegerField()
        body = pw.TextField()
        location = pw.CharField(null=True)
        created_at = pw.DateTimeField(index=True)

        class Meta:
            indexes = ((("token", "key"), True),)

    class Change(Base):
        id = pw.BigAutoField()
        at = pw.DateTimeField(index=True)
        actor = pw.CharField()
        operation = pw.CharField(max_length=8)
        resource = pw.CharField(max_length=16)
        record = pw.CharField()
        before = pw.TextField(null=True)
        after = pw.TextField(null=True)

        class Meta:
            indexes = ((("resource", "id"), False), (("record", "id"), False))

    return (
        Source,
        Organization,
        Expo,
        Delegation,
        Deal,
        ExpoOrganizer,
        DelegationMember,
        DealParty,
        Citation,
        Revision,
        Token,
        IdempotencyKey,
        Change,
    )


def is_postgres(database):
    return isinstance(getattr(database, "obj", database), pw.PostgresqlDatabase)


def migrate(migrator, database, *, fake=False):
    for model in models():
        migrator.create_model(model)
    # the search index (api/search.py): a tsvector with a GIN index, or an FTS5 table
    if is_postgres(database):
        migrator.sql(
            "CREATE TABLE search_index (resource VARCHAR(32) NOT NULL, record_id VARCHAR(255) NOT NULL, "
            "body TSVECTOR NOT NULL, PRIMARY KEY (resource, record_id))"
        )
        migrator.sql("CREATE INDEX search_index_body ON search_index USING GIN (body)")
    else:
        migrator.sql(
            "CREATE VIRTUAL TABLE search_index USING fts5("
            "resource UNINDEXED, record_id UNINDEXED, body, tokenize='porter unicode61')"
        )


def rollback(migrator, database, *, fake=False):
    migrator.sql("DROP TABLE search_index")
    for model in reversed(models()):
        migrator.remove_model(model._meta.table_name)

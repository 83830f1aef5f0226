"""The records and the links between them.

A figure ("over 3,800 enterprises", "US$300 million") is stored as columns on its
record, `<name>_value/_low/_high/_qualifier/_unit|_currency/_as_reported`, and what
it is (`_basis`) and the period a cumulative total covers (`_period_start/_end/
_as_reported`), so that it round-trips exactly and can be filtered and sorted
without a join.
"""

import json
from datetime import UTC, datetime
from typing import NamedTuple

from peewee import (
    SQL,
    BigAutoField,
    BigIntegerField,
    CharField,
    Check,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
    fn,
)

from api.db import BaseModel


class JSONListField(TextField):
    """A list of strings or small objects, stored as JSON text on every backend."""

    def db_value(self, value):
        return json.dumps(value or [], ensure_ascii=False)

    def python_value(self, value):
        return json.loads(value) if value else []


class JSONField(TextField):
    """Any JSON value, stored as text on every backend."""

    def db_value(self, value):
        return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def python_value(self, value):
        return None if value is None else json.loads(value)


def with_figures(**figures):
    """Add the columns of each named figure; `money` figures carry a currency,
    counts and areas a unit. The model remembers them in `_meta.figures`."""

    def decorate(model):
        for name, kind in figures.items():
            columns = (
                BigIntegerField(null=True),
                BigIntegerField(null=True),
                BigIntegerField(null=True),
                CharField(max_length=16, null=True),
                CharField(null=True),
                TextField(null=True),
                CharField(max_length=16, null=True),  # basis: null on rows written before 004
                IntegerField(null=True),
                IntegerField(null=True),
                TextField(null=True),
                IntegerField(null=True),  # citation: which quote backs it, found at the write (005)
            )
            for part, column in zip(figure_parts(kind), columns, strict=True):
                model._meta.add_field(f"{name}_{part}", column)
            index_figure(model, name)
        model._meta.figures = figures
        return model

    return decorate


def figure_sort(model, name):
    """A figure sorts by its stated value, else its low bound, else its high bound."""
    fields = model._meta.fields
    return fn.COALESCE(fields[f"{name}_value"], fields[f"{name}_low"], fields[f"{name}_high"])


def index_figure(model, name):
    """The indexes a figure's filters and sort seek: `=` tests the value, `[gte]`/`[gt]`
    the low bound, `[lte]`/`[lt]` the high bound; the sort is an expression index."""
    table = model._meta.table_name
    for part in ("value", "low", "high"):
        model.add_index(model._meta.fields[f"{name}_{part}"], name=f"{table}_{name}_{part}")
    model.add_index(figure_sort(model, name), model._meta.primary_key, name=f"{table}_{name}_sort")


def index_inferred(model):
    """`?inferred=true` (and field names) reads the few records with an inferred value
    through a partial index; the clause must say `inferred != '[]'` word for word."""
    model.add_index(
        model._meta.primary_key, where=INFERRED_ANY, name=f"{model._meta.table_name}_inferred_any"
    )


INFERRED_ANY = SQL("inferred != '[]'")


def figure_label(kind):
    return "currency" if kind == "money" else "unit"


def figure_parts(kind):
    """The parts of a figure of this kind, each stored as a column `<name>_<part>`
    (`period_*` are the members of the figure's `period`)."""
    return (
        "value",
        "low",
        "high",
        "qualifier",
        figure_label(kind),
        "as_reported",
        *FIGURE_BASIS_PARTS,
        "citation",
    )


FIGURE_BASIS_PARTS = ("basis", "period_start", "period_end", "period_as_reported")  # migration 004


MONEY, COUNT = "money", "count"


class Source(BaseModel):
    id = CharField(primary_key=True)
    file = CharField(unique=True, null=True)  # a seed's file; a source posted over HTTP has none
    text = TextField(null=True)  # null only where an upgraded database found no seed file
    digest = CharField(max_length=64, null=True)  # api/store/evidence.py digest
    title = TextField(null=True)
    publisher = CharField(null=True)
    original_publisher = CharField(null=True)
    author = CharField(null=True)
    published_on = DateField(null=True)
    language = CharField(max_length=8, default="en")
    inferred = JSONListField(default=list)
    note = TextField(null=True)
    version = IntegerField(default=1)  # bumped by every update: optimistic concurrency


class Organization(BaseModel):
    id = CharField(primary_key=True)
    name = CharField()
    aliases = JSONListField(default=list)
    kind = CharField(max_length=32, index=True)
    country = CharField(max_length=2, null=True, index=True)
    city = CharField(null=True)
    description = TextField(null=True)
    officials = JSONListField(default=list)  # [{"name": ..., "title": ...}]
    inferred = JSONListField(default=list)
    note = TextField(null=True)
    version = IntegerField(default=1)  # bumped by every update: optimistic concurrency

    class Meta:
        indexes = ((("name", "id"), False), (("city", "id"), False))


@with_figures(
    countries_and_regions=COUNT,
    enterprises=COUNT,
    visitors=COUNT,
    exhibition_area=COUNT,
    featured_sectors=COUNT,
)
class Expo(BaseModel):
    id = CharField(primary_key=True)
    name = CharField()
    short_name = CharField(null=True)
    kind = CharField(max_length=32, index=True)
    edition = IntegerField(null=True)
    part_of = ForeignKeyField("self", null=True, backref="side_events", on_delete="RESTRICT")
    year = IntegerField(null=True, index=True)
    start_date = DateField(null=True, index=True)
    end_date = DateField(null=True)
    dates_as_reported = CharField(null=True)
    city = CharField(null=True)
    country = CharField(max_length=2, null=True, index=True)
    venue = CharField(null=True)
    sectors = JSONListField(default=list)
    description = TextField(null=True)
    inferred = JSONListField(default=list)
    note = TextField(null=True)
    version = IntegerField(default=1)  # bumped by every update: optimistic concurrency

    class Meta:
        constraints = [Check("end_date IS NULL OR start_date IS NULL OR end_date >= start_date")]
        # filters and sorts seek these; the id makes keyset pages of one value ordered
        indexes = (
            (("name", "id"), False),
            (("city", "id"), False),
            (("edition", "id"), False),
            (("end_date", "id"), False),
        )


@with_figures(
    districts_and_counties=COUNT,
    enterprises=COUNT,
    exhibitors=COUNT,
    purchasers=COUNT,
    visitors=COUNT,
    exhibition_area=COUNT,
    products=COUNT,
    activities=COUNT,
    companies_settling=COUNT,
    companies_intending_to_settle=COUNT,
)
class Delegation(BaseModel):
    id = CharField(primary_key=True)
    name = CharField()
    expo = ForeignKeyField(Expo, backref="delegations", on_delete="RESTRICT")
    kind = CharField(max_length=32, index=True)
    part_of = ForeignKeyField("self", null=True, backref="subgroups", on_delete="RESTRICT")  # 004
    represents = CharField(null=True)
    organizer = ForeignKeyField(
        Organization, null=True, backref="organized_delegations", on_delete="RESTRICT"
    )
    sectors = JSONListField(default=list)
    description = TextField(null=True)
    inferred = JSONListField(default=list)
    note = TextField(null=True)
    version = IntegerField(default=1)  # bumped by every update: optimistic concurrency

    class Meta:
        indexes = ((("name", "id"), False), (("represents", "id"), False))


@with_figures(amount=MONEY, projects=COUNT, enterprises=COUNT)
class Deal(BaseModel):
    id = CharField(primary_key=True)
    title = CharField()
    kind = CharField(max_length=32, index=True)
    scope = CharField(max_length=16)
    expo = ForeignKeyField(Expo, backref="deals", on_delete="RESTRICT")
    delegation = ForeignKeyField(Delegation, null=True, backref="deals", on_delete="RESTRICT")
    signed_on = DateField(null=True)
    subject = TextField(null=True)
    sectors = JSONListField(default=list)
    description = TextField(null=True)
    inferred = JSONListField(default=list)
    note = TextField(null=True)
    version = IntegerField(default=1)  # bumped by every update: optimistic concurrency

    class Meta:
        # keyset pages of deals sorted by date seek this index instead of sorting;
        # the others serve the filters, sorts and nested lists the same way
        indexes = (
            (("signed_on", "id"), False),
            (("expo", "id"), False),
            (("delegation", "id"), False),
            (("title", "id"), False),
            (("scope", "id"), False),
            (("amount_currency", "id"), False),
            (("amount_qualifier", "id"), False),
            (("amount_basis", "id"), False),  # 004
        )


# /stats/deals of an expo (its totals by currency, basis, kind, delegation or its year) reads
# this index alone, never the deals' rows with their documents (006)
Deal.add_index(
    Deal.expo,
    Deal.kind,
    Deal.amount_currency,
    Deal.amount_basis,
    Deal.amount_low,
    Deal.amount_high,
    Deal.delegation,
    name="deal_expo_stats",
)


class Sectors(BaseModel):
    """A record's sectors as rows, written with the record: `?sector=` probes this
    index instead of reading every record's JSON list."""

    sector = CharField(max_length=100)  # schemas.common.SECTOR_LENGTH

    @classmethod
    def copies(cls):
        """The names of the record's own columns the table copies (DealSector.signed_on)."""
        owned = [f for f in cls._meta.sorted_fields if not isinstance(f, ForeignKeyField)]
        return [f.name for f in owned if f.name not in ("id", "sector")]


class ExpoSector(Sectors):
    expo = ForeignKeyField(Expo, backref="sector_links", on_delete="CASCADE", index=False)

    class Meta:
        indexes = ((("expo", "sector"), True), (("sector", "expo"), False))


class DelegationSector(Sectors):
    delegation = ForeignKeyField(Delegation, backref="sector_links", on_delete="CASCADE", index=False)

    class Meta:
        indexes = ((("delegation", "sector"), True), (("sector", "delegation"), False))


class DealSector(Sectors):
    deal = ForeignKeyField(Deal, backref="sector_links", on_delete="CASCADE", index=False)
    # the deal's own date, copied with its sectors: a count of `?sector=` with a date range
    # reads the (sector, signed_on) index alone (api/lists/filters.py Tagged)
    signed_on = DateField(null=True)

    class Meta:
        indexes = ((("deal", "sector"), True), (("sector", "signed_on", "deal"), False))


for _model in (Organization, Expo, Delegation, Deal):
    index_inferred(_model)
    # the record's canonical JSON, written with it, and the code that rendered it (store/documents.py)
    _model._meta.add_field("document", TextField(null=True))
    _model._meta.add_field("document_stamp", CharField(max_length=16, null=True))


class ExpoOrganizer(BaseModel):
    expo = ForeignKeyField(Expo, backref="organizers", on_delete="CASCADE")
    organization = ForeignKeyField(Organization, backref="organized_expos", on_delete="RESTRICT")
    position = IntegerField()

    class Meta:
        indexes = ((("expo", "organization"), True),)


class DelegationMember(BaseModel):
    delegation = ForeignKeyField(Delegation, backref="members", on_delete="CASCADE")
    organization = ForeignKeyField(Organization, backref="memberships", on_delete="RESTRICT")
    position = IntegerField()

    class Meta:
        indexes = ((("delegation", "organization"), True),)


class DealParty(BaseModel):
    deal = ForeignKeyField(Deal, backref="parties", on_delete="CASCADE")
    organization = ForeignKeyField(Organization, backref="deal_parties", on_delete="RESTRICT")
    role = CharField(max_length=16)
    position = IntegerField()

    class Meta:
        indexes = ((("deal", "organization", "role"), True), (("organization", "deal"), False))


class DealInclusion(BaseModel):
    """An aggregate deal's `includes`: the deals its total counts (migration 004)."""

    deal = ForeignKeyField(Deal, backref="includes", on_delete="CASCADE")
    included = ForeignKeyField(Deal, backref="included_by", on_delete="RESTRICT")
    position = IntegerField()

    class Meta:
        indexes = ((("deal", "included"), True), (("included", "deal"), False))


class Citation(BaseModel):
    """A verbatim passage of a source backing one record: exactly one owner is set."""

    OWNERS = ("expo", "delegation", "deal", "organization")

    source = ForeignKeyField(Source, backref="citations", on_delete="RESTRICT")
    quote = TextField()
    position = IntegerField()
    expo = ForeignKeyField(Expo, null=True, backref="citations", on_delete="CASCADE")
    delegation = ForeignKeyField(Delegation, null=True, backref="citations", on_delete="CASCADE")
    deal = ForeignKeyField(Deal, null=True, backref="citations", on_delete="CASCADE")
    organization = ForeignKeyField(Organization, null=True, backref="citations", on_delete="CASCADE")
    # the anchor in the source's text, computed at write time (api/store/evidence.py)
    start = IntegerField(null=True)
    end = IntegerField(null=True)
    exact = TextField(null=True)
    prefix = TextField(null=True)
    suffix = TextField(null=True)

    class Meta:
        constraints = [
            Check(
                "(CASE WHEN expo_id IS NULL THEN 0 ELSE 1 END) + "
                "(CASE WHEN delegation_id IS NULL THEN 0 ELSE 1 END) + "
                "(CASE WHEN deal_id IS NULL THEN 0 ELSE 1 END) + "
                "(CASE WHEN organization_id IS NULL THEN 0 ELSE 1 END) = 1"
            )
        ]
        indexes = ((("source", "id"), False),)


class Revision(BaseModel):
    """One row counting the writes: every write transaction bumps it, so a read's
    validators (ETag, Last-Modified) follow from it without rendering anything."""

    number = BigIntegerField(default=0)
    modified_at = DateTimeField()

    class State(NamedTuple):
        number: int
        modified_at: datetime

    @classmethod
    def current(cls):
        """The last write's State, or None before any. Every read asks, so the SQL is
        written out: compiling it through peewee cost more than running it."""
        sql = f'SELECT number, modified_at FROM "{cls._meta.table_name}" WHERE id = 1'
        row = cls._meta.database.execute_sql(sql).fetchone()
        return None if row is None else cls.State(row[0], cls.modified_at.python_value(row[1]))

    @classmethod
    def bump(cls):
        """Call inside the write transaction."""
        now = utcnow().replace(microsecond=0)
        if not cls.update(number=cls.number + 1, modified_at=now).where(cls.id == 1).execute():
            cls.insert(id=1, number=1, modified_at=now).execute()


class Token(BaseModel):
    """An API token: `tp_<id>_<secret>`; only a SHA-256 of the secret is stored."""

    SCOPES = ("read-write", "admin")

    id = CharField(primary_key=True, max_length=16)
    name = CharField(unique=True)
    scope = CharField(max_length=16)
    secret_hash = CharField(max_length=64)
    created_at = DateTimeField()
    revoked_at = DateTimeField(null=True)


class IdempotencyKey(BaseModel):
    """The first response to a POST with an Idempotency-Key, replayed on retries."""

    token = ForeignKeyField(Token, backref="idempotency_keys", on_delete="CASCADE")
    key = CharField(max_length=255)
    request_hash = CharField(max_length=64)
    status = IntegerField()
    body = TextField()
    location = CharField(null=True)
    created_at = DateTimeField(index=True)

    class Meta:
        indexes = ((("token", "key"), True),)


class Change(BaseModel):
    """The change feed: one row per write, in the write's own transaction."""

    id = BigAutoField()
    at = DateTimeField(index=True)
    actor = CharField()  # the token's name, or "loader"
    operation = CharField(max_length=8)
    resource = CharField(max_length=16)
    record = CharField()
    before = JSONField(null=True)
    after = JSONField(null=True)

    class Meta:
        indexes = (
            (("resource", "id"), False),
            (("record", "id"), False),
            (("actor", "id"), False),
            (("operation", "id"), False),
            (("at", "id"), False),
        )


def utcnow():
    return datetime.now(UTC).replace(tzinfo=None)


MODELS = (
    Source,
    Organization,
    Expo,
    Delegation,
    Deal,
    ExpoOrganizer,
    DelegationMember,
    DealParty,
    DealInclusion,
    ExpoSector,
    DelegationSector,
    DealSector,
    Citation,
    Revision,
    Token,
    IdempotencyKey,
    Change,
)

from marshmallow import ValidationError, fields, validate, validates_schema

from .common import (
    CountryCode,
    CountSchema,
    RecordSchema,
    Slug,
    figure,
    meta,
    no_repeats,
    page_schema,
    provenance_fields,
    reference,
    sectors_field,
    text,
)

EXPO_KINDS = ("expo", "fair", "exhibition", "forum", "dialogue", "promotion_event")


class ExpoSchema(RecordSchema):
    """One edition of a trade expo, fair, exhibition, forum or promotion event."""

    id = Slug(required=True, metadata=meta("Stable id.", "ciie-2019"))
    name = text(
        "Full name of the edition.",
        "2nd China International Import Expo",
        required=True,
        max_length=255,  # its column is a VARCHAR(255)
    )
    short_name = text("Common abbreviation.", "CIIE", max_length=50)
    kind = fields.String(
        required=True,
        validate=validate.OneOf(EXPO_KINDS),
        metadata=meta("What sort of event it is.", "expo"),
    )
    edition = fields.Integer(
        strict=True,
        allow_none=True,
        load_default=None,
        validate=validate.Range(1, 10000),  # its column is a 32-bit integer
        metadata=meta("Ordinal of the edition, when stated.", 2),
    )
    part_of = reference("ExpoSchema", "The event this one is a side event of", "ciie-2019")
    year = fields.Integer(
        strict=True,
        allow_none=True,
        load_default=None,
        validate=validate.Range(1900, 2200),
        metadata=meta("Year held; null when no source settles it.", 2019),
    )
    start_date = fields.Date(
        allow_none=True, load_default=None, metadata=meta("First day, when known.", "2019-11-05")
    )
    end_date = fields.Date(
        allow_none=True, load_default=None, metadata=meta("Last day, when known.", "2019-11-10")
    )
    dates_as_reported = text("The source's own words for the dates.", "from May 7 to 10", max_length=200)
    city = text("City where it is held.", "Shanghai", max_length=200)
    country = CountryCode(
        allow_none=True,
        load_default=None,
        metadata=meta("ISO 3166-1 alpha-2 country where it is held.", "CN"),
    )
    venue = text("Venue.", "National Exhibition and Convention Center (Shanghai)", max_length=255)
    organizers = fields.List(
        reference(
            "OrganizationSchema", "An organizer", "chongqing-municipal-peoples-government", required=True
        ),
        load_default=list,
        validate=no_repeats,
        metadata=meta(
            "The organizations that organized it: ids, or records with `expand`.",
            ["chongqing-municipal-peoples-government"],
        ),
    )
    sectors = sectors_field(["automobiles", "textiles"])
    description = text(
        "What the sources report about it.",
        "The 2nd China International Import Expo, held in Shanghai, drew over 3,800 enterprises.",
    )
    countries_and_regions = figure(CountSchema, "Countries and regions taking part.")
    enterprises = figure(CountSchema, "Enterprises taking part.")
    visitors = figure(CountSchema, "Visitors or guests.")
    exhibition_area = figure(CountSchema, "Exhibition area, in square metres.")
    featured_sectors = figure(CountSchema, "Number of sectors the event features.")
    delegations = fields.List(
        fields.Nested("DelegationSchema"),
        dump_only=True,
        metadata={"description": "The delegations attending it: present only with `expand=delegations`."},
    )
    sources, inferred, note = provenance_fields()

    @validates_schema
    def dates_in_order(self, data, **kwargs):
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            raise ValidationError("Must not be before start_date.", field_name="end_date")
        year = data.get("year")
        if start and year and start.year != year:
            raise ValidationError("Must fall in `year`.", field_name="start_date")


ExpoPageSchema = page_schema(ExpoSchema, "ExpoPage")

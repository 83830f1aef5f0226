from marshmallow import fields, validate

from .common import CountryCode, RecordSchema, Slug, StrictSchema, meta, page_schema, provenance_fields, text

ORGANIZATION_KINDS = (
    "company",
    "industrial_park",
    "government",
    "government_agency",
    "chamber_of_commerce",
    "think_tank",
    "media",
    "diplomatic_mission",
    "other",
)


class OfficialSchema(StrictSchema):
    """A named person who speaks for the organization in a source."""

    name = fields.String(
        required=True,
        validate=validate.Length(1, 200),
        metadata=meta("Full name as reported.", "Zhang Zhikui"),
    )
    title = fields.String(
        required=True,
        validate=validate.Length(1, 300),
        metadata=meta("Title as reported.", "Director"),
    )


class OrganizationSchema(RecordSchema):
    """A company, park, agency or government body that takes part in expos and deals."""

    id = Slug(required=True, metadata=meta("Stable id.", "dow"))
    name = text("Name as the sources give it.", "Dow", required=True, max_length=255)
    aliases = fields.List(
        fields.String(validate=validate.Length(1, 300)),
        load_default=list,
        metadata=meta("Other names the sources use.", ["Changan Auto"]),
    )
    kind = fields.String(
        required=True,
        validate=validate.OneOf(ORGANIZATION_KINDS),
        metadata=meta("What sort of body it is.", "company"),
    )
    country = CountryCode(
        allow_none=True,
        load_default=None,
        metadata=meta("ISO 3166-1 alpha-2 country, when a source places it.", "CN"),
    )
    city = text("City, when a source places it.", "Chongqing", max_length=200)
    description = text("What the sources say it is.", "Materials science leader.")
    officials = fields.List(
        fields.Nested(OfficialSchema),
        load_default=list,
        metadata={"description": "Named people who speak for it in the sources."},
    )
    sources, inferred, note = provenance_fields()


OrganizationPageSchema = page_schema(OrganizationSchema, "OrganizationPage")

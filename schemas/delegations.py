from marshmallow import fields, validate

from .common import (
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

DELEGATION_KINDS = ("municipal", "district", "business", "trade_group")


class DelegationSchema(RecordSchema):
    """A group that attends an expo on behalf of a place or body."""

    id = Slug(required=True, metadata=meta("Stable id.", "qingpu-delegation-ciie-2023"))
    name = text("Name.", "Qingpu District trading delegation", required=True, max_length=255)
    expo = reference("ExpoSchema", "The expo it attends", "ciie-2023", required=True)
    kind = fields.String(
        required=True,
        validate=validate.OneOf(DELEGATION_KINDS),
        metadata=meta("What sort of group it is.", "district"),
    )
    part_of = reference(
        "DelegationSchema",
        "The larger delegation or trading group it is part of",
        "shanghai-trading-delegation-ciie-2023",
    )
    represents = text("The place it represents.", "Qingpu District, Shanghai", max_length=200)
    organizer = reference(
        "OrganizationSchema",
        "The body that organized or led it",
        "chongqing-municipal-commission-of-commerce",
    )
    members = fields.List(
        reference("OrganizationSchema", "A member", "changan-ford", required=True),
        load_default=list,
        validate=no_repeats,
        metadata=meta(
            "Member organizations the sources name: ids, or records with `expand`.", ["changan-ford"]
        ),
    )
    sectors = sectors_field(["automobile", "biomedicine"])
    description = text(
        "What the sources report about it.",
        "Qingpu District's trading delegation, which signed the Shanghai trading group's first order.",
    )
    districts_and_counties = figure(CountSchema, "Districts and counties it brings together.")
    enterprises = figure(CountSchema, "Enterprises (and organizations) it comprises.")
    exhibitors = figure(CountSchema, "Exhibiting companies.")
    purchasers = figure(CountSchema, "Purchasing companies.")
    visitors = figure(CountSchema, "Visitors or professional audience it registered.")
    exhibition_area = figure(CountSchema, "Its exhibition area, in square metres.")
    products = figure(CountSchema, "Products it displays.")
    activities = figure(CountSchema, "Promotional activities it held.")
    companies_settling = figure(CountSchema, "Companies that confirmed they will settle in its place.")
    companies_intending_to_settle = figure(CountSchema, "Companies that intend to settle in its place.")
    sources, inferred, note = provenance_fields()


DelegationPageSchema = page_schema(DelegationSchema, "DelegationPage")

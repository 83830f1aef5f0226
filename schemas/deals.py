from marshmallow import fields, validate

from .common import (
    CountSchema,
    MoneySchema,
    RecordSchema,
    Slug,
    StrictSchema,
    figure,
    meta,
    no_repeated_items,
    no_repeats,
    page_schema,
    provenance_fields,
    reference,
    sectors_field,
    text,
)

DEAL_KINDS = (
    "purchase_order",
    "intended_purchase",
    "signed_project",
    "intended_turnover",
    "trading_volume",
    "investment",
)
DEAL_SCOPES = ("single", "aggregate")
PARTY_ROLES = ("buyer", "seller", "partner", "signatory")


class PartySchema(StrictSchema):
    """An organization that is party to a deal, and its role."""

    organization = reference("OrganizationSchema", "The organization", "dow", required=True)
    role = fields.String(
        required=True,
        validate=validate.OneOf(PARTY_ROLES),
        metadata=meta("Its role in the deal.", "seller"),
    )


class DealSchema(RecordSchema):
    """An agreement reported at or around an expo, or a reported total of several."""

    id = Slug(required=True, metadata=meta("Stable id.", "zkh-dow-organosilicon-2023"))
    title = text(
        "Short title.",
        "ZKH Industrial Supply buys organo-silicon products from Dow",
        required=True,
        max_length=255,  # its column is a VARCHAR(255)
    )
    kind = fields.String(
        required=True,
        validate=validate.OneOf(DEAL_KINDS),
        metadata=meta("What sort of agreement.", "purchase_order"),
    )
    scope = fields.String(
        required=True,
        validate=validate.OneOf(DEAL_SCOPES),
        metadata=meta(
            "`single`: one agreement; `aggregate`: a reported total over several agreements.",
            "single",
        ),
    )
    expo = reference("ExpoSchema", "The expo it was reported at", "ciie-2023", required=True)
    delegation = reference(
        "DelegationSchema", "The delegation it is credited to", "qingpu-delegation-ciie-2023"
    )
    signed_on = fields.Date(
        allow_none=True, load_default=None, metadata=meta("Day signed, when stated.", "2023-11-06")
    )
    subject = text("What is bought, sold or built.", "organo-silicon products", max_length=500)
    sectors = sectors_field(["new_energy", "packaging"])
    description = text(
        "What the sources report about it.",
        "A procurement order signed between ZKH Industrial Supply Co and Dow, mainly of "
        "organo-silicon products.",
    )
    parties = fields.List(
        fields.Nested(PartySchema),
        load_default=list,
        validate=no_repeated_items("organization", "role"),  # one link row per (organization, role)
        metadata={"description": "Named parties and their roles."},
    )
    includes = fields.List(
        reference("DealSchema", "An included deal", "changan-ford-qingling-auto-parts-2019", required=True),
        load_default=list,
        validate=no_repeats,
        metadata=meta(
            "For an aggregate: the deals (recorded on their own) its total counts; /stats/deals "
            "does not add them again where the aggregate is summed. Ids, or records with `expand`.",
            ["changan-ford-qingling-auto-parts-2019"],
        ),
    )
    amount = figure(MoneySchema, "Value of the deal.")
    projects = figure(CountSchema, "Number of projects it covers.")
    enterprises = figure(CountSchema, "Number of enterprises that signed.")
    sources, inferred, note = provenance_fields()


DealPageSchema = page_schema(DealSchema, "DealPage")

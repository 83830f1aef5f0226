from marshmallow import fields, validate

from .common import Pattern, Slug, StrictSchema, meta, page_schema, text


class SourceSchema(StrictSchema):
    """A source document in `seeds/`, from which records are curated."""

    id = Slug(required=True, metadata=meta("Stable id.", "cqnews-chongqing-exhibition-belarus-2023"))
    file = fields.String(
        required=True,
        validate=Pattern(r"^[0-9]{3}_[0-9a-f]{16}\.txt$"),
        metadata=meta("File name of the document in the repository's `seeds/`.", "004_78385f1d0b6164d4.txt"),
    )
    title = text(
        "Headline, when the document states one.",
        "Chongqing holds the first Chongqing Global Trade Exhibition ...",
    )
    publisher = text("Publisher, when the document states it.", "Chongqing News")
    original_publisher = text("Publisher the document credits as its original source.", "Shangyou News")
    author = text("Byline, when stated.", "Hu Min")
    published_on = fields.Date(
        allow_none=True,
        load_default=None,
        metadata=meta("Publication date, when stated.", "2023-07-03"),
    )
    language = fields.String(
        load_default="en",
        validate=Pattern(r"^[a-z]{2}$"),
        metadata=meta("ISO 639-1 language.", "en"),
    )
    inferred = fields.List(
        fields.String(), load_default=list, metadata=meta("Fields inferred rather than stated.", [])
    )
    note = text("How inferred values were inferred.", "The date is inferred from the article's dateline.")


class SourceRecordSchema(StrictSchema):
    """A record that cites a source."""

    resource = fields.String(
        required=True,
        validate=validate.OneOf(("expos", "delegations", "deals", "organizations")),
        metadata=meta("The resource of the record.", "deals"),
    )
    id = Slug(required=True, metadata=meta("The record's id.", "zkh-dow-organosilicon-2023"))
    name = fields.String(
        required=True,
        metadata=meta(
            "The record's name or title.",
            "ZKH Industrial Supply buys organo-silicon products from Dow",
        ),
    )
    href = fields.String(
        required=True,
        metadata=meta("The record's URL.", "/api/v1/deals/zkh-dow-organosilicon-2023"),
    )
    quotes = fields.List(
        fields.String(),
        required=True,
        metadata=meta("The passages of the source the record cites.", []),
    )


SourcePageSchema = page_schema(SourceSchema, "SourcePage")
SourceRecordPageSchema = page_schema(SourceRecordSchema, "SourceRecordPage", shaped=False)

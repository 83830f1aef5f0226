import base64
import hashlib

from marshmallow import ValidationError, fields, post_load, validate

from .common import CitationSchema, Pattern, Slug, StrictSchema, meta, page_schema, text

MAX_TEXT_BYTES = 512 * 1024  # a source's text as UTF-8: with JSON's escapes, a body fits in 1 MiB


def digest(text):
    """RFC 9530's form of a SHA-256 of the text as UTF-8: `sha-256=:<base64>:`."""
    return f"sha-256=:{base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()}:"


def at_most_max_bytes(value):
    if len(value.encode("utf-8", "surrogatepass")) > MAX_TEXT_BYTES:
        raise ValidationError(f"Longer than {MAX_TEXT_BYTES} bytes of UTF-8.")


class SourceSchema(StrictSchema):
    """A source document with its full text (the five in `seeds/`, and any a curator adds), from
    which records are curated. Its text is served alone at `/sources/{id}/text`: records and
    pages show its digest, not the text, to stay small."""

    id = Slug(required=True, metadata=meta("Stable id.", "cqnews-chongqing-exhibition-belarus-2023"))
    file = fields.String(
        allow_none=True,
        load_default=None,
        validate=Pattern(r"^[0-9]{3}_[0-9a-f]{16}\.txt$"),
        metadata=meta(
            "File name of the document in the repository's `seeds/`, for the seeds; null for a "
            "source a curator added.",
            "004_78385f1d0b6164d4.txt",
        ),
    )
    digest = fields.String(
        dump_only=True,
        allow_none=True,
        metadata=meta(
            "SHA-256 of the text as UTF-8, in RFC 9530's Content-Digest form; the `Repr-Digest` of "
            "`/sources/{id}/text`. Computed by the API.",
            "sha-256=:iyO6lR524La4uPwrusbw5BPlC267G77UBPnqPMeApk0=:",
        ),
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
    # declared last: above, `text` is the helper making the optional text fields
    text = fields.String(
        required=True,
        load_only=True,
        validate=[validate.Length(min=1), at_most_max_bytes],
        metadata=meta(
            f"The document's full text, at most {MAX_TEXT_BYTES} bytes of UTF-8 (512 KiB). Written, "
            "never shown in the record (read it at `/sources/{id}/text`). Every quote citing the "
            "source must occur in it; a change that would leave one unfound is a 409.",
            "Chongqing holds the first Chongqing Global Trade Exhibition in Minsk ...",
        ),
    )

    @post_load
    def digest_of_the_text(self, data, **kwargs):
        if "text" in data:
            data["digest"] = digest(data["text"])
        return data


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
    citations = fields.List(
        fields.Nested(CitationSchema),
        required=True,
        metadata=meta(
            "The record's citations of the source, in its order, each with its selectors and link.", []
        ),
    )


SourcePageSchema = page_schema(SourceSchema, "SourcePage")
SourceRecordPageSchema = page_schema(SourceRecordSchema, "SourceRecordPage", shaped=False)

from marshmallow import fields

from .common import DATETIME_EXAMPLE, StrictSchema, UtcDateTime, meta, page_schema


class ChangeSchema(StrictSchema):
    """One write to a record: who, when, what, and the record before and after it."""

    id = fields.Integer(
        metadata=meta("Position in the feed: ids only grow. Sync with `since=<last id seen>`.", 42)
    )
    at = UtcDateTime(metadata=meta("When the write committed (UTC).", DATETIME_EXAMPLE))
    actor = fields.String(
        metadata=meta("The name of the token that wrote it, or `loader` for fixtures.", "alice")
    )
    operation = fields.String(metadata=meta("`create`, `update` or `delete`.", "update"))
    resource = fields.String(metadata=meta("The resource of the record.", "deals"))
    record = fields.String(metadata=meta("The id of the record.", "zkh-dow-organosilicon-2023"))
    before = fields.Dict(
        allow_none=True,
        metadata=meta(
            "The record before the write; null for a create.",
            {"id": "zkh-dow-organosilicon-2023", "title": "Example order"},
        ),
    )
    after = fields.Dict(
        allow_none=True,
        metadata=meta(
            "The record after the write; null for a delete.",
            {"id": "zkh-dow-organosilicon-2023", "title": "Example order (corrected)"},
        ),
    )


ChangePageSchema = page_schema(ChangeSchema, "ChangePage")

from marshmallow import fields, validate

from .common import DATETIME_EXAMPLE, Pattern, StrictSchema, UtcDateTime, meta, page_schema

SCOPES = ("read-write", "admin")

# actors the application itself writes as in the change feed (api/loader.py): no token may
# take one, or its writes would pass for the fixture loader's
RESERVED_ACTORS = ("loader", "synthetic", "system")


class TokenSchema(StrictSchema):
    """An API token. Its secret is shown once, when it is created."""

    id = fields.String(
        dump_only=True, metadata=meta("Public id of the token (part of the token itself).", "9f2c4a1b7e3d")
    )
    name = fields.String(
        required=True,
        validate=[
            validate.Length(1, 100),
            Pattern(r"^[\w.@+-]+$", error="Letters, digits and . @ + - _ only."),
            validate.NoneOf(RESERVED_ACTORS, error="This name is reserved for the application's own writes."),
        ],
        metadata=meta("Who or what uses it: shown as the actor in the change feed.", "alice"),
    )
    scope = fields.String(
        load_default="read-write",
        validate=validate.OneOf(SCOPES),
        metadata=meta("`read-write` writes records; `admin` also manages tokens.", "read-write"),
    )
    created_at = UtcDateTime(dump_only=True, metadata=meta("When it was created (UTC).", DATETIME_EXAMPLE))
    revoked_at = UtcDateTime(
        dump_only=True,
        allow_none=True,
        metadata=meta("When it was revoked (UTC); null while it is valid.", DATETIME_EXAMPLE),
    )


class NewTokenSchema(TokenSchema):
    token = fields.String(
        dump_only=True,
        metadata=meta("The bearer token: keep it secret, it is never shown again.", "tp_9f2c4a1b7e3d_..."),
    )


TokenPageSchema = page_schema(TokenSchema, "TokenPage")

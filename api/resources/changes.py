from datetime import UTC, datetime

from flask.views import MethodView
from marshmallow import ValidationError, fields

from api.http.openapi import Blueprint
from api.lists.filters import AnyOf, Filter, Range
from api.lists.listing import Listing
from api.store.models import Change
from api.store.relations import RESOURCES
from schemas.changes import ChangePageSchema, ChangeSchema
from schemas.common import meta

MAX_CHANGE_ID = 2**63 - 1  # a 64-bit integer column

blp = Blueprint(
    "changes",
    __name__,
    url_prefix="/api/v1",
    description="The change feed: every write, in order, with the record before and after.",
)


class Since(Filter):
    """`?since=42`: changes after change 42 (how a client syncs); or an ISO date-time:
    changes at or after it."""

    def fields(self, name):
        description = "A change id (changes after it), or a date-time or a day (changes at or after it)."
        return {
            name: fields.Raw(
                metadata={
                    **meta(description, 42),
                    "anyOf": [
                        {"type": "integer", "minimum": 0, "maximum": MAX_CHANGE_ID},
                        {"type": "string", "format": "date-time"},
                        {"type": "string", "format": "date"},
                    ],
                }
            )
        }

    def clauses(self, name, args):
        if name not in args:
            return []
        value = args[name]
        if value.isascii() and value.isdigit():  # not "²": str.isdigit() takes any Unicode digit
            if int(value) > MAX_CHANGE_ID:
                raise ValidationError({name: [f"A change id is at most {MAX_CHANGE_ID}."]})
            return [Change.id > int(value)]
        try:
            moment = fields.DateTime().deserialize(value)
        except ValidationError as error:
            raise ValidationError({name: ["Neither a change id nor an ISO 8601 date-time."]}) from error
        return [Change.at >= naive_utc(moment)]


def naive_utc(moment):
    """`at` is stored in UTC, without an offset: a date-time with an offset is converted (one
    whose UTC falls outside the years 1 to 9999 is before or after every change)."""
    if moment.tzinfo is None:
        return moment
    try:
        return moment.astimezone(UTC).replace(tzinfo=None)
    except OverflowError:
        return datetime.min if moment.year == 1 else datetime.max


class UtcRange(Range):
    """`?at[gte]=...`: date-times with an offset compare as the instants they name, on every backend."""

    opaque = False  # an offset changes the value compared

    def clauses(self, name, args):
        ours = {k for k in args if k == name or k.startswith(f"{name}[")}
        return super().clauses(name, {k: naive_utc(v) if k in ours else v for k, v in args.items()})


CHANGES = Listing(
    Change,
    ChangeSchema,
    "changes",
    filters={
        "resource": AnyOf(
            Change.resource,
            "Resource of the record.",
            ["deals"],
            choices=list(RESOURCES),
        ),
        "record": AnyOf(Change.record, "Id of the record.", ["zkh-dow-organosilicon-2023"]),
        "operation": AnyOf(
            Change.operation, "What the write did.", ["update"], choices=["create", "update", "delete"]
        ),
        "actor": AnyOf(Change.actor, "Name of the token that wrote it.", ["alice"]),
        "since": Since(),
        "at": UtcRange(Change.at, fields.DateTime, "When it committed (UTC)", "2026-11-21T00:00:00Z"),
    },
    sorts={"at": Change.at},
    searchable=False,
)


@blp.route("/changes")
class Changes(MethodView):
    @blp.read(ChangePageSchema, operation_id="listChanges", paged=True, may_be_missing=False)
    @blp.arguments(CHANGES.args_schema, location="query", as_kwargs=True)
    def get(self, **args):
        """List the changes to records, oldest first"""
        return CHANGES.page(args)

from flask.views import MethodView
from marshmallow import ValidationError, fields

from schemas.changes import ChangePageSchema, ChangeSchema
from schemas.common import meta

from .models import Change
from .query import AnyOf, Filter, Listing, Range
from .rest import Blueprint

blp = Blueprint(
    "changes",
    __name__,
    url_prefix="/api/v1/changes",
    description="The change feed: every write, in order, with the record before and after.",
)


class Since(Filter):
    """`?since=42`: changes after change 42 (how a client syncs); or an ISO date-time:
    changes at or after it."""

    def fields(self, name):
        return {
            name: fields.String(
                metadata=meta(
                    "A change id (changes after it) or an ISO 8601 date-time (changes at or after it).", "42"
                )
            )
        }

    def clauses(self, name, args):
        if name not in args:
            return []
        value = args[name]
        if value.isdigit():
            return [Change.id > int(value)]
        try:
            return [Change.at >= fields.DateTime().deserialize(value).replace(tzinfo=None)]
        except ValidationError as error:
            raise ValidationError({name: ["Neither a change id nor an ISO 8601 date-time."]}) from error


CHANGES = Listing(
    Change,
    ChangeSchema,
    "changes",
    filters={
        "resource": AnyOf(
            Change.resource,
            "Resource of the record.",
            ["deals"],
            choices=["expos", "delegations", "deals", "organizations", "sources"],
        ),
        "record": AnyOf(Change.record, "Id of the record.", ["zkh-dow-organosilicon-2023"]),
        "operation": AnyOf(
            Change.operation, "What the write did.", ["update"], choices=["create", "update", "delete"]
        ),
        "actor": AnyOf(Change.actor, "Name of the token that wrote it.", ["alice"]),
        "since": Since(),
        "at": Range(Change.at, fields.DateTime, "When it committed (UTC)", "2026-11-21T00:00:00"),
    },
    sorts={"at": Change.at},
    searchable=False,
)


@blp.route("")
class Changes(MethodView):
    @blp.read(ChangePageSchema, operation_id="listChanges", paged=True, may_be_missing=False)
    @blp.arguments(CHANGES.args_schema, location="query", as_kwargs=True)
    def get(self, **args):
        """List the changes to records, oldest first"""
        return CHANGES.page(args)

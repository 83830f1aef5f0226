from collections import defaultdict
from functools import reduce

from flask.views import MethodView
from marshmallow import fields
from peewee import Select, Value

from api.db import database
from api.http.openapi import Blueprint
from api.lists.filters import AnyOf, Range
from api.lists.listing import Listing
from api.lists.pagination import Key, count, decode_cursor, envelope, rows
from api.lists.params import ListArgsSchema
from api.resources.paths import SOURCE_ID
from api.store.models import Citation, Source
from api.store.records import require
from api.store.relations import CITED, RESOURCE_OF, RESOURCES
from schemas.sources import SourcePageSchema, SourceRecordPageSchema, SourceSchema

blp = Blueprint(
    "sources",
    __name__,
    url_prefix="/api/v1",
    description="The source documents in `seeds/` every record is curated from, and what cites them.",
)


SOURCES = Listing(
    Source,
    SourceSchema,
    "sources",
    filters={
        "publisher": AnyOf(Source.publisher, "Publisher, as the document states it.", ["Chongqing News"]),
        "language": AnyOf(Source.language, "ISO 639-1 language.", ["en"]),
        "published_on": Range(Source.published_on, fields.Date, "Publication date", "2023-07-03"),
    },
    sorts={"published_on": Source.published_on, "title": Source.title, "file": Source.file},
    searchable=False,
)


@blp.route("/sources")
class Sources(MethodView):
    @blp.read(SourcePageSchema, operation_id="listSources", paged=True, may_be_missing=False)
    @blp.arguments(SOURCES.args_schema, location="query", as_kwargs=True)
    def get(self, **args):
        """List source documents"""
        return SOURCES.page(args)


@blp.route("/sources/<source_id>", parameters=SOURCE_ID)
class SourceItem(MethodView):
    @blp.read(SourceSchema, operation_id="getSource")
    @blp.arguments(SOURCES.item_args_schema, location="query", as_kwargs=True)
    def get(self, source_id, **args):
        """Get a source document"""
        return SOURCES.item(source_id, args)


@blp.route("/sources/<source_id>/records", parameters=SOURCE_ID)
class SourceRecords(MethodView):
    @blp.read(SourceRecordPageSchema, operation_id="listSourceRecords", paged=True)
    @blp.arguments(ListArgsSchema, location="query", as_kwargs=True)
    def get(self, source_id, **args):
        """List the records that cite a source, with the passages they quote"""
        require(Source, source_id)
        cited = reduce(
            lambda a, b: a | b,  # UNION: one row per record, however many passages it quotes
            (
                Citation.select(Value(RESOURCE_OF[model]).alias("resource"), owner.alias("id")).where(
                    (Citation.source == source_id) & owner.is_null(False)
                )
                for model, owner in CITED.items()
            ),
        ).alias("cited")
        query = Select(from_list=[cited], columns=[cited.c.resource, cited.c.id]).bind(database)
        keys = [
            Key(cited.c.resource, False, "resource", False, (str,)),
            Key(cited.c.id, False, "id", False, (str,)),
        ]
        after = decode_cursor(args["cursor"], keys) if "cursor" in args else None
        found, next_cursor = rows(query, keys, after, args["limit"])
        return envelope(describe(source_id, found), args["limit"], next_cursor, count(query))


def describe(source_id, rows):
    """Name, link and quoted passages of each citing record."""
    wanted = defaultdict(list)
    for row in rows:
        wanted[row["resource"]].append(row["id"])
    names, quotes = {}, defaultdict(list)
    for resource, ids in wanted.items():
        model = RESOURCES[resource]
        label = model.title if "title" in model._meta.fields else model.name
        for found in model.select(model.id, label.alias("name")).where(model.id.in_(ids)).dicts():
            names[resource, found["id"]] = found["name"]
        owner = CITED[model]
        citations = Citation.select(owner.alias("id"), Citation.quote).where(
            (Citation.source == source_id) & owner.in_(ids)
        )
        for citation in citations.order_by(Citation.position).dicts():
            quotes[resource, citation["id"]].append(citation["quote"])
    return [
        {
            "resource": row["resource"],
            "id": row["id"],
            "name": names[row["resource"], row["id"]],
            "href": f"/api/v1/{row['resource']}/{row['id']}",
            "quotes": quotes[row["resource"], row["id"]],
        }
        for row in rows
    ]

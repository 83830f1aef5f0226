from collections import defaultdict
from functools import reduce

from flask import Response
from flask.views import MethodView
from flask_smorest import abort
from marshmallow import fields
from peewee import Select, Value

from api.db import database
from api.http.bodies import JSON, MERGE_PATCH
from api.http.errors import not_found
from api.http.openapi import Blueprint
from api.lists.filters import AnyOf, Range
from api.lists.listing import Listing
from api.lists.pagination import Key, count, decode_cursor, envelope, rows
from api.lists.params import ListArgsSchema
from api.resources.paths import SOURCE_ID
from api.store import evidence
from api.store.models import Citation, Source
from api.store.records import require
from api.store.relations import CITED, RESOURCE_OF, RESOURCES
from api.store.writes import Records
from schemas.sources import SourcePageSchema, SourceRecordPageSchema, SourceSchema

blp = Blueprint(
    "sources",
    __name__,
    url_prefix="/api/v1",
    description="The source documents every record is curated from, with their text, and what cites them.",
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


def one_source_per_file(data):
    """A seed file is the text of one source (the column is unique): another claiming it is a 409,
    as an id already taken is, checked before the write lock and again under it."""
    if data.get("file"):
        holder = Source.select(Source.id).where(Source.file == data["file"], Source.id != data["id"]).first()
        if holder is not None:
            abort(409, message=f"The file '{data['file']}' is already the text of the source '{holder.id}'.")
    return []


RECORDS = Records(Source, SourceSchema(), rules=(one_source_per_file,))
DIGEST = {
    "Repr-Digest": {
        "description": "SHA-256 of the text (RFC 9530), the record's `digest`: the same whatever "
        "the content coding.",
        "schema": {"type": "string"},
    }
}


@blp.route("/sources")
class Sources(MethodView):
    @blp.read(SourcePageSchema, operation_id="listSources", paged=True, may_be_missing=False)
    @blp.arguments(SOURCES.args_schema, location="query", as_kwargs=True)
    def get(self, **args):
        """List source documents"""
        return SOURCES.page(args)

    @blp.write(
        SourceSchema,
        operation_id="createSource",
        status=201,
        links=("get", "update", "delete"),
        body=SourceSchema,
    )
    def post(self):
        """Add a source document with its text"""
        return RECORDS.create()


@blp.route("/sources/<source_id>", parameters=SOURCE_ID)
class SourceItem(MethodView):
    @blp.read(SourceSchema, operation_id="getSource", links=("update", "delete"), record=Source)
    @blp.arguments(SOURCES.item_args_schema, location="query", as_kwargs=True)
    def get(self, source_id, **args):
        """Get a source document"""
        return SOURCES.item(source_id, args)

    @blp.write(
        SourceSchema,
        operation_id="updateSource",
        links=("get", "delete"),
        status=200,
        body=SourceSchema(partial=True),
        media_types=(MERGE_PATCH, JSON),
    )
    def patch(self, source_id):
        """Correct a source document with a JSON merge patch (RFC 7396); a new text re-anchors
        every citation of it, and is a 409 naming those whose quote it lacks"""
        return RECORDS.update(source_id)

    @blp.write(None, operation_id="deleteSource", status=204)
    def delete(self, source_id):
        """Delete a source document no record cites"""
        return RECORDS.delete(source_id)


@blp.route("/sources/<source_id>/text", parameters=SOURCE_ID)
class SourceText(MethodView):
    @blp.read_text(
        operation_id="getSourceText",
        description="The document's full text, exactly as stored (UTF-8): the text the citations' "
        "`selector` offsets index, in Unicode code points.",
        headers=DIGEST,
        record=Source,
    )
    def get(self, source_id):
        """Get the full text of a source document"""
        found = Source.select(Source.text, Source.digest).where(Source.id == source_id).first()
        if found is None:
            not_found("source", source_id)
        if found.text is None:  # an upgraded database found no seed file for it
            abort(404, message=f"The text of the source '{source_id}' is not known.")
        response = Response(found.text, mimetype="text/plain")
        response.headers["Repr-Digest"] = found.digest
        return response


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
    names, quotes, citations = {}, defaultdict(list), defaultdict(list)
    for resource, ids in wanted.items():
        model = RESOURCES[resource]
        label = model.title if "title" in model._meta.fields else model.name
        for found in model.select(model.id, label.alias("name")).where(model.id.in_(ids)).dicts():
            names[resource, found["id"]] = found["name"]
        owner = CITED[model]
        anchors = [Citation._meta.fields[name] for name in evidence.Anchor._fields]
        cited = Citation.select(owner.alias("record"), Citation.quote, *anchors).where(
            (Citation.source == source_id) & owner.in_(ids)
        )
        for citation in cited.order_by(Citation.position).dicts():
            key = resource, citation["record"]
            quotes[key].append(citation["quote"])
            citations[key].append(evidence.shown(source_id, citation["quote"], evidence.stored(citation)))
    return [
        {
            "resource": row["resource"],
            "id": row["id"],
            "name": names[row["resource"], row["id"]],
            "href": f"/api/v1/{row['resource']}/{row['id']}",
            "quotes": quotes[row["resource"], row["id"]],
            "citations": citations[row["resource"], row["id"]],
        }
        for row in rows
    ]

"""flask-smorest, adapted to this API's contract (docs/contract.md).

- Query-string errors are 400s naming the parameter; body errors stay 422.
- Unknown query parameters are errors, never silently ignored; a list parameter may be
  repeated (`kind=a&kind=b` is `kind=a,b`), any other given twice is an error.
- Documented error responses are problem+json.
"""

import http
import re
from functools import cache

import flask
import flask_smorest
from apispec.ext.marshmallow import MarshmallowPlugin
from apispec.ext.marshmallow.common import resolve_schema_cls
from flask_smorest.spec import prepare_response
from flask_smorest.utils import resolve_schema_instance
from marshmallow import ValidationError, fields
from webargs.flaskparser import FlaskParser

from api.http.conditional import IF_MATCH_SYNTAX, conditional
from api.http.errors import PROBLEM_JSON
from api.http.render import rendered
from api.lists.export import EXPORT_DOCS
from api.lists.params import CommaList, comma_list_parameter, comma_list_property
from schemas.common import (
    ProblemSchema,
    Ref,
    list_property,
    merge_patch_property,
    ref_property,
    shaped_property,
    shaped_schema,
    text_property,
)


class Parser(FlaskParser):
    empty_query = {}  # schema class -> the arguments of an empty query string (parse)

    # let each schema's `unknown = RAISE` apply to the query string as well
    DEFAULT_UNKNOWN_BY_LOCATION = {
        **FlaskParser.DEFAULT_UNKNOWN_BY_LOCATION,
        "query": None,
        "querystring": None,
    }

    def load_querystring(self, req, schema):
        """The query string as a plain dict, of what was given: marshmallow looks every
        declared field up (forty on a list of deals), which a MultiDictProxy made a tenth of a
        page's time."""
        args = {}
        invalid = {}
        for key, values in req.args.lists():
            field = schema.fields.get(key)
            if len(values) > 1 and isinstance(field, CommaList):
                # `kind=a&kind=b` (what clients send for an array by default) is `kind=a,b`
                values = [",".join(values)]
            elif len(values) > 1 and not isinstance(field, fields.List):
                invalid[key] = ["Given more than once; this parameter takes one value."]
            # no database takes NUL in text (PostgreSQL fails on it), here as in bodies
            if any("\x00" in value for value in values):
                invalid[key] = ["Must not contain NUL characters."]
            args[key] = values if isinstance(field, fields.List) else values[0]
        if invalid:
            raise ValidationError(invalid)
        return args

    def parse(self, argmap, req=None, *, location=None, **kwargs):
        """An empty query string's arguments are the same every time (the defaults, `limit` on a
        list): loaded once per schema and copied, since marshmallow's load costs a twentieth of
        an item's read. An error is not kept: it is raised again each time."""
        if location != "query" or not isinstance(argmap, type) or flask.request.query_string:
            return super().parse(argmap, req, location=location, **kwargs)
        if (loaded := self.empty_query.get(argmap)) is None:
            loaded = self.empty_query[argmap] = super().parse(argmap, req, location=location, **kwargs)
        return dict(loaded)

    def _get_schema(self, argmap, req):
        # one instance per schema class, not one per request: instantiating deep-copies every
        # declared field, which cost as much as loading a list's query string
        return schema_instance(argmap) if isinstance(argmap, type) else super()._get_schema(argmap, req)


schema_instance = cache(lambda schema_cls: schema_cls())


ETAG = {
    "ETag": {
        "description": "Strong validator of the representation; send it back in If-None-Match.",
        "schema": {"type": "string"},
    }
}
LINK = {
    "Link": {
        "description": 'The next page, as `<url>; rel="next"` (absent on the last page).',
        "schema": {"type": "string"},
    }
}
BEARER = [{"bearerAuth": []}]
LOCATION = {"Location": {"description": "The URL of the new record.", "schema": {"type": "string"}}}
IF_MATCH = {
    "in": "header",
    "name": "If-Match",
    "required": True,  # its absence is a 428 (RFC 6585)
    "description": "The ETag of the record as you last read it (GET it first): a stale one is a 412, "
    "none a 428. `*` matches any current version: it gives up the protection against lost updates.",
    "schema": {"type": "string", "pattern": IF_MATCH_SYNTAX.pattern},
    # an ETag depends on the build and the record's version: `*` is the one value valid in general
    "example": "*",
}
IDEMPOTENCY_KEY = {
    "in": "header",
    "name": "Idempotency-Key",
    "required": False,
    "description": "Any unique string (1-255 printable ASCII): a retry with the same key and body "
    "replays the first response (with `Idempotent-Replayed: true`); the same key with another body is a 422.",
    "schema": {"type": "string", "minLength": 1, "maxLength": 255, "pattern": "^[ -~]+$"},
    "example": "3f1c2d4e-create-zkh-dow",
}
IF_NONE_MATCH = {
    "in": "header",
    "name": "If-None-Match",
    "required": False,
    "description": "ETag of a representation you hold: 304 with no body if it is still current.",
    "schema": {"type": "string"},
    # no example: an ETag depends on the build and the data, and a pre-filled one is not a request
    # a person means to make (a 304 with no body)
}


def item_links(operation_id, verbs):
    """OpenAPI links from an answer holding one record (its `id` in the body, its ETag in the
    header) to the operations on that record, e.g. createDeal -> getDeal(deal_id=$response.body#/id):
    for clients, and for Schemathesis' stateful phase. Operation ids are `<verb><Name>`, item
    paths take `<name>_id`."""
    name = re.sub(r"^[a-z]+", "", operation_id)
    param = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower() + "_id"
    links = {}
    for verb in verbs:
        parameters = {param: "$response.body#/id"}
        if verb in ("update", "delete"):
            parameters["If-Match"] = "$response.header.ETag"  # the record as this answer shows it
        links[f"{verb}{name}"] = {
            "operationId": f"{verb}{name}",
            "parameters": parameters,
            "description": f"The {verb} operation on this record (by its id"
            + (", with this answer's ETag as If-Match)." if "If-Match" in parameters else ")."),
        }
    return links


class Blueprint(flask_smorest.Blueprint):
    ARGUMENTS_PARSER = Parser()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._prepare_doc_cbks.append(self._prepare_conditional_doc)

    @staticmethod
    def _prepare_conditional_doc(doc, doc_info, **kwargs):
        if doc_info.get("conditional"):
            doc.setdefault("parameters", []).append(IF_NONE_MATCH)
        if "links" in doc_info:  # after flask-smorest has documented the responses
            status, links = doc_info["links"]
            responses = doc["responses"]
            responses[status if status in responses else int(status)]["links"] = links
        return doc

    def arguments(self, schema, *, location="json", **kwargs):
        if location == "query":
            kwargs.setdefault("error_status_code", 400)
        return super().arguments(schema, location=location, **kwargs)

    def read(
        self, schema, *, operation_id, paged=False, may_be_missing=True, links=(), record=None, auth=None
    ):
        """Document, serialize and validate a cacheable read: 200 with `schema` (a paged list
        also as CSV and NDJSON, and 406), 304, and 404 when the record (or the parent of a
        nested list) may be missing; `links`: verbs of the operations on the record.
        `record` and `auth` are the read's validators (api/http/conditional.py)."""

        def decorator(func):
            func = rendered(schema)(func)  # the compiled dumper; flask-smorest only documents it
            # exports: the same 200 as CSV or NDJSON, by Accept or `format` (api/export.py),
            # on the lists whose query declares `format`; listed after the JSON one
            parameters = func._apidoc.get("arguments", {}).get("parameters", [])
            if paged and any("format" in resolve_schema_instance(p["schema"]).fields for p in parameters):
                for media_type, description in reversed(EXPORT_DOCS.items()):
                    func = self.alt_response(
                        200, schema={"type": "string", "description": description}, content_type=media_type
                    )(func)
                func = self.alt_response(406, response="NOT_ACCEPTABLE")(func)
            documented = schema
            if not paged and any("fields" in resolve_schema_instance(p["schema"]).fields for p in parameters):
                # `fields` and `expand` shape the record (a list's items say so in its page schema)
                documented = {"anyOf": [schema, shaped_schema(schema)]}
            func = self.response(200, documented, headers={**ETAG, **LINK} if paged else ETAG)(func)
            func = self.alt_response(304, description="Not Modified: your ETag is still current.")(func)
            if may_be_missing or paged:  # a list's cursor may name no page of it
                func = self.alt_response(404, response="NOT_FOUND")(func)
            func = self.doc(operationId=operation_id)(func)
            if links:
                func._apidoc["links"] = ("200", item_links(operation_id, links))
            func._apidoc["conditional"] = True  # documents If-None-Match (_prepare_conditional_doc)
            return conditional(record=record, auth=auth, paged=paged)(func)

        return decorator

    def read_text(self, *, operation_id, description, headers, record=None):
        """Document and validate a cacheable read of plain text (UTF-8): 200 with `headers`, 304, 404."""

        def decorator(func):
            func = self.alt_response(
                200,
                schema={"type": "string"},
                content_type="text/plain; charset=utf-8",
                description=description,
                headers={**ETAG, **headers},
                success=True,
            )(func)
            func = self.alt_response(304, description="Not Modified: your ETag is still current.")(func)
            func = self.alt_response(404, response="NOT_FOUND")(func)
            func = self.doc(operationId=operation_id)(func)
            func._apidoc["conditional"] = True  # documents If-None-Match (_prepare_conditional_doc)
            return conditional(record=record)(func)

        return decorator

    def write(self, schema, *, operation_id, status, body=None, media_types=("application/json",), links=()):
        """Document a curator's write: bearer auth, the success, and every problem it can answer;
        `links`: verbs of the operations on the record it answers with."""
        item = status != 201

        def decorator(func):
            if schema is not None:
                func = rendered(schema)(func)
            if status == 204:
                func = self.response(204, description="Deleted.")(func)
            else:
                func = self.response(status, schema, headers={**ETAG, **LOCATION} if status == 201 else ETAG)(
                    func
                )
            codes = [400, 401, 403, 409, 413, 415, 422] + ([404, 412, 428] if item else [])
            if body is None:
                codes = [c for c in codes if c not in (413, 415)]
            for code in sorted(codes):
                func = self.alt_response(code, response=http.HTTPStatus(code).name)(func)
            doc = {
                "operationId": operation_id,
                "security": BEARER,
                "parameters": [IF_MATCH] if item else [IDEMPOTENCY_KEY],
            }
            if body is not None:
                doc["requestBody"] = {"required": True, "content": {m: {"schema": body} for m in media_types}}
            func = self.doc(**doc)(func)
            if links:
                func._apidoc["links"] = (str(status), item_links(operation_id, links))
            return func

        return decorator


class Api(flask_smorest.Api):
    ERROR_SCHEMA = ProblemSchema

    def _init_spec(self, *args, **kwargs):
        super()._init_spec(*args, **kwargs)
        # how this API's own field types appear in the OpenAPI document
        converter = self.ma_plugin.converter
        converter.map_to_openapi_type(CommaList, "array", None)
        converter.map_to_openapi_type(Ref, "string", None)
        converter.add_attribute_function(comma_list_property)
        converter.add_attribute_function(ref_property)
        converter.add_attribute_function(shaped_property)
        converter.add_attribute_function(list_property)
        converter.add_attribute_function(text_property)
        converter.add_attribute_function(merge_patch_property)
        converter.add_parameter_attribute_function(comma_list_parameter)
        converter.add_parameter_attribute_function(parameter_example)
        self.spec.components.security_scheme(
            "bearerAuth",
            {
                "type": "http",
                "scheme": "bearer",
                "description": "A curator's token (`flask --app api tokens create NAME`). Reads need none.",
            },
        )

    def _register_pagination_header(self):
        """This API pages with cursors (api/pagination.py), not flask-smorest's X-Pagination."""

    def _register_error_handlers(self):
        """Errors are registered by `create_app` (api/errors.py), for every route."""

    def _register_responses(self):
        for status in http.HTTPStatus:
            response = {"description": status.phrase}
            if status >= 400:
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, PROBLEM_JSON)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Default error response", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM_JSON)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)


def parameter_example(self, field, ret, **kwargs):
    """apispec parameter attribute function: a parameter's example is the Parameter Object's own
    `example` (what Swagger UI pre-fills and Schemathesis' examples phase sends), not its schema's
    JSON Schema `examples`."""
    examples = ret["schema"].pop("examples", None)
    return {"example": examples[0]} if examples else {}


def schema_name(schema):
    """Component names: `Deal` for DealSchema, `DealPatch` for its partial (PATCH) form."""
    cls = resolve_schema_cls(schema)
    name = cls.__name__.removesuffix("Schema")
    return name + "Patch" if getattr(schema, "partial", False) else name


api = Api(
    spec_kwargs={
        "marshmallow_plugin": MarshmallowPlugin(schema_name_resolver=schema_name),
        # reads are public: no security by default; each write declares `bearerAuth`
        "security": [],
        # paths are absolute (`/api/v1/...`): the document describes the server that serves it
        "servers": [{"url": "/", "description": "The server this document is served from."}],
        "info": {
            "description": "Hand-curated, source-cited records of trade expos, the delegations that "
            "attend them, the deals reported there, the organizations party to them and their sources.",
            "license": {"name": "MIT", "identifier": "MIT"},  # SPDX (OpenAPI 3.1)
        },
    }
)

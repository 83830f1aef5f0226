"""Fast rendering of reads: a dumper compiled once from each marshmallow schema.

marshmallow stays the single description of every representation (it validates,
it generates the OpenAPI document); walking its fields for every value of every
record is what costs. `dumper(schema)` turns the schema into plain Python
functions once, giving the same output (tests/test_render.py holds marshmallow's
own `dump` as the oracle, record for record).
"""

import datetime
from functools import cache, wraps

from flask import Response, current_app
from flask_smorest.utils import unpack_tuple_response
from marshmallow import class_registry, fields
from orjson import Fragment

from schemas.common import Ref


def schema_class(schema):
    if isinstance(schema, str):
        return class_registry.get_class(schema)
    return schema if isinstance(schema, type) else type(schema)


@cache
def dumper(schema_cls):
    """A function turning a record (a dict) into its representation, as
    `schema_cls().dump(record)` would: declared fields (not load-only), in order, those present."""
    plans = [(name, value_dumper(field)) for name, field in schema_cls().dump_fields.items()]

    def dump(record):
        return {name: convert(record[name]) for name, convert in plans if name in record}

    return dump


def identity(value):
    return value


def value_dumper(field):
    """How one field's value is written out."""
    if isinstance(field, Ref):

        def ref(value):
            return dumper(schema_class(field.schema_name))(value) if isinstance(value, dict) else value

        return ref
    if isinstance(field, fields.Nested):
        nested = (
            field.nested() if callable(field.nested) and not isinstance(field.nested, type) else field.nested
        )
        inner = dumper(schema_class(nested))
        # a record's stored JSON (api/store/documents.py) is written as it is
        if field.many:
            return lambda value: (
                None if value is None else [i if type(i) is Fragment else inner(i) for i in value]
            )
        return lambda value: value if value is None or type(value) is Fragment else inner(value)
    if isinstance(field, fields.List):
        inner = value_dumper(field.inner)
        if inner is identity:
            return lambda value: None if value is None else list(value)
        return lambda value: None if value is None else [inner(item) for item in value]
    if isinstance(field, fields.DateTime):  # its own serializer: UtcDateTime adds the offset
        return lambda value: value if value is None else field._serialize(value, None, None)
    if isinstance(field, fields.Date):
        return lambda value: value.isoformat() if isinstance(value, datetime.date) else value
    if isinstance(field, (fields.String, fields.Integer, fields.Boolean, fields.Dict, fields.Raw)):
        return identity
    raise TypeError(f"no fast dumper for {type(field).__name__}: add one to api/http/render.py")


def rendered(schema):
    """Decorator: serialize what a view returns (data, or (data, status, headers))
    with the compiled dumper of `schema`; a Response (an export) passes through."""
    dump = dumper(schema_class(schema))

    def decorate(func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            result = func(*args, **kwargs)
            if isinstance(result, Response):
                return result
            data, status, headers = unpack_tuple_response(result)
            if data is not None and type(data) is not Fragment:  # stored JSON: written as it is
                data = dump(data)
            response = current_app.json.response(data)
            response.status_code = status or 200
            response.headers.update(headers or {})
            return response

        return wrapper

    return decorate

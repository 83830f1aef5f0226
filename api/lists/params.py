"""The query string of lists and items, as marshmallow fields: pagination (`limit`,
`cursor`), comma-separated any-of values, `sort`, `fields`, `expand`, `q` and `format`.
The filters (api/lists/filters.py) add their own parameters to a list's schema."""

import re

from marshmallow import ValidationError, fields, validate

from api.lists.pagination import CURSOR_SHAPE
from schemas.common import Pattern, StrictSchema, meta

FORMATS = ("json", "csv", "ndjson")

# a free-text item of a comma-separated list: no comma (it separates items), no NUL, and
# something besides the spaces around it (they are ignored)
FREE_ITEM = "^[^,\\u0000]*[^ ,\\u0000][^,\\u0000]*$"

# the most values one any-of parameter may list: each is a term of one SQL condition, and
# SQLite's parser (and PostgreSQL's, further on) overflows on a few hundred of them
MAX_VALUES = 50


class Integer(fields.Integer):
    """An integer as a query string writes it: an optional minus sign and ASCII digits, nothing
    else (Python's int() also takes surrounding white space, underscores and other scripts' digits)."""

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str) and not re.fullmatch(r"-?[0-9]+", value):
            raise self.make_error("invalid")
        return super()._deserialize(value, attr, data, **kwargs)


class CommaList(fields.Field):
    """`a,b,c`: each value validated by `inner`. Repeating the parameter means the same
    (api/http/openapi.py joins `k=a&k=b` into `k=a,b`), so it is documented with OpenAPI's default
    for an array in the query (`style: form, explode: true`), which clients send by default.
    Values in `alone` (e.g. `true`, `false` beside field names) are only ever given by themselves."""

    def __init__(self, inner, *, alone=(), **kwargs):
        super().__init__(**kwargs)
        self.inner, self.alone = inner, tuple(alone)

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str):
            raise ValidationError("Not a comma-separated list.")
        items, errors = [], []
        if value.count(",") >= MAX_VALUES:
            raise ValidationError(f"At most {MAX_VALUES} values.")
        for item in value.split(","):
            item = item.strip(" ")  # `a, b`
            try:
                items.append(self.inner.deserialize(item))
            except ValidationError as error:
                errors.append(f"{item!r}: {' '.join(map(str, error.messages))}")
        if errors:
            raise ValidationError(errors)
        if len(set(map(str, items))) != len(items):
            raise ValidationError("Must not repeat a value.")
        if len(items) > 1 and set(self.alone) & set(items):
            raise ValidationError(f"{' and '.join(self.alone)} are given alone, not in a list.")
        return items


def comma_list_property(self, field, **kwargs):
    """apispec attribute function: a CommaList is an array of its inner field (none repeated,
    at most MAX_VALUES, as `_deserialize` checks)..."""
    if isinstance(field, CommaList):
        items = self.field2property(field.inner)
        if items.get("type") == "string" and not {"pattern", "enum", "format"} & set(items):
            items["pattern"] = FREE_ITEM
        # no minimum: an empty array is the parameter left out (form, exploded), which is valid;
        # an empty value (`?sector=`) is an item that breaks the item's own rule
        array = {
            "type": "array",
            "items": items,
            "maxItems": MAX_VALUES,
            "uniqueItems": True,
        }
        if field.alone:
            # `true` or `false` alone, or several of the others: a boolean or an array, a union
            # for the client generators. Not a one-item array of strings beside it: Schemathesis's
            # negative tests turn that array into a boolean, whose `true` on the wire is valid.
            assert set(field.alone) == {"true", "false"}, "documented as a boolean"
            rest = {**items, "enum": [value for value in items["enum"] if value not in field.alone]}
            kwargs["ret"].pop("type", None)  # the branches say it
            return {"anyOf": [{"type": "boolean"}, {**array, "items": rest}]}
        return array
    return {}


def comma_list_parameter(self, field, **kwargs):
    """...sent as the parameter repeated, once per value (`a,b` in one is accepted too)."""
    if isinstance(field, CommaList):
        return {"style": "form", "explode": True}
    return {}


def page_fields():
    """Keyset pagination: the cost of a page does not grow with its depth."""
    return {
        "limit": Integer(
            load_default=20,
            validate=validate.Range(1, 100),
            metadata=meta("Page size, 1 to 100 (a larger value is an error, not clamped).", 20),
        ),
        "cursor": fields.String(
            validate=Pattern(CURSOR_SHAPE, error="Not a cursor: copy it from `meta.next_cursor`."),
            # no example: a cursor belongs to one list and sort, none is valid in general (a
            # pre-filled one made Swagger UI's first Execute a 400)
            metadata=meta(
                "Opaque cursor from `meta.next_cursor` or `links.next` of the previous page. One of "
                "another list or sort is a 404 (like an unknown id): start again without it."
            ),
        ),
    }


# a list with no filters of its own (a source's citing records)
ListArgsSchema = StrictSchema.from_dict(page_fields(), name="ListArgsSchema")


def list_args_schema(name, filters, sorts, expansions, field_names, searchable=True, facets=()):
    """The query-string schema of one list: pagination, filters, sort, fields, expand, q, facet,
    format."""
    declared = {
        **page_fields(),
        **filters,
        "sort": CommaList(
            fields.String(validate=validate.OneOf(sorts + ["-" + s for s in sorts])),
            metadata=meta(
                "Sort keys, `-` for descending; ties are always broken by `id`. Nulls sort last. "
                "Default: `id`, or relevance when `q` is given.",
                [sorts[1] if len(sorts) > 1 else sorts[0]],
            ),
        ),
        **item_args_fields(expansions, field_names),
    }
    if searchable:
        declared["q"] = fields.String(
            validate=validate.Length(1, 200),
            metadata=meta(
                "Full-text search over names, descriptions and source quotes; results are ranked "
                "by relevance unless `sort` is given. Any text is accepted: words are matched "
                "(stemmed, the last one as a prefix), punctuation and operators are ignored.",
                "organo-silicon",
            ),
        )
    if facets:
        declared["facet"] = CommaList(
            fields.String(validate=validate.OneOf(facets)),
            metadata=meta(
                "Facets: adds `meta.facets`, for the current filters, the number of records holding "
                "each value of these fields (the 20 most frequent, by count then value), each with "
                "the URL that adds that value to the filter of the same name, or removes it. JSON "
                "pages only.",
                [facets[0]],
            ),
        )
    declared["format"] = fields.String(
        validate=validate.OneOf(FORMATS),
        metadata=meta(
            "Representation, for links in a browser; overrides `Accept`. `csv` and `ndjson` stream "
            "every matching record (from `cursor` on; `limit` does not apply).",
            "json",
        ),
    )
    return StrictSchema.from_dict(declared, name=name)


def item_args_fields(expansions, field_names):
    declared = {
        "fields": CommaList(
            fields.String(validate=validate.OneOf(field_names)),
            metadata=meta(
                "Sparse fieldset: only these fields (and `id`) are returned.", ["id", field_names[1]]
            ),
        )
    }
    if expansions:
        declared["expand"] = CommaList(
            fields.String(validate=validate.OneOf(expansions)),
            metadata=meta("Embed these related records instead of their ids.", [expansions[0]]),
        )
    return declared


def item_args_schema(name, expansions, field_names):
    return StrictSchema.from_dict(item_args_fields(expansions, field_names), name=name)

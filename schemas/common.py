"""Types shared by every resource: slugs, figures, citations, pages and problems."""

import copy
import re
from datetime import UTC
from functools import cache, cached_property

from marshmallow import (
    RAISE,
    Schema,
    ValidationError,
    class_registry,
    fields,
    post_load,
    pre_load,
    validate,
    validates_schema,
)

from .evidence import backing

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SECTOR = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
SECTOR_LENGTH = 100


class Pattern(validate.Regexp):
    """validate.Regexp on the whole string. Regexp uses re.match, and Python's `$`
    also matches before a final newline, so `^slug$` let "dow\\n" through; every
    pattern of every schema goes through this class instead (a test checks it). The
    OpenAPI `pattern` stays `^...$`, which ECMA-262 already reads as the whole string."""

    def __call__(self, value):
        if not isinstance(value, str) or self.regex.fullmatch(value) is None:
            raise ValidationError(self._format_error(value))
        return value


# figures are never negative; the cap (a quadrillion) is far above any real amount
# and keeps sums of many figures within 64-bit integers
MAX_FIGURE = 10**15

QUALIFIERS = ("exact", "approximately", "more_than", "at_least", "less_than", "range", "unknown")

# ISO 4217 active codes (2024 list).
CURRENCIES = frozenset(
    """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP
    GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS
    KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR
    MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF
    SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD
    TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWG""".split()
)


def meta(description, example=None):
    """Field metadata for the OpenAPI document (3.1: JSON Schema's `examples`, a list; a query
    parameter's moves to the parameter's own `example`, api/http/openapi.py)."""
    data = {"description": description}
    if example is not None:
        data["examples"] = [example]
    return data


class StrictSchema(Schema):
    """Unknown fields are errors, and the OpenAPI document says so."""

    class Meta:
        unknown = RAISE


class UtcDateTime(fields.DateTime):
    """A moment, stored in UTC without an offset and written as RFC 3339 requires: with
    one (`Z`), and always to the microsecond, so that the strings sort as the moments do."""

    def _serialize(self, value, attr, obj, **kwargs):
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# a moment as the API writes it
DATETIME_EXAMPLE = "2026-11-21T19:30:12.345678Z"


class Slug(fields.String):
    """A stable, human-readable id: lowercase words joined by hyphens."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "validate",
            [
                validate.Length(1, 100),
                Pattern(SLUG, error="Must be a slug: lowercase letters, digits, hyphens."),
            ],
        )
        super().__init__(**kwargs)


class SectorSlug(fields.String):
    """A sector or unit: lowercase words joined by underscores."""

    def __init__(self, **kwargs):
        # at most SECTOR_LENGTH: sectors are indexed link rows (api/store/models.py Sectors)
        kwargs.setdefault(
            "validate",
            [validate.Length(max=SECTOR_LENGTH), Pattern(SECTOR, error="Must be a snake_case slug.")],
        )
        super().__init__(**kwargs)


class CountryCode(fields.String):
    """An ISO 3166-1 alpha-2 country code."""

    def __init__(self, **kwargs):
        kwargs.setdefault("validate", Pattern(r"^[A-Z]{2}$", error="Not an ISO 3166-1 alpha-2 code."))
        super().__init__(**kwargs)


class Ref(Slug):
    """The id of a related record, or, when the request asks for it with `expand`,
    the record itself: documented as an id, and as `oneOf: [id, record]` in the
    `<Name>Fields` form of a record (`shaped_schema`)."""

    expandable = False  # True in the shaped form

    def __init__(self, schema_name, **kwargs):
        super().__init__(**kwargs)
        self.schema_name = schema_name

    @cached_property
    def embedded(self):
        return class_registry.get_class(self.schema_name)()

    def _serialize(self, value, attr, obj, **kwargs):
        if isinstance(value, dict):
            return self.embedded.dump(value)
        return super()._serialize(value, attr, obj, **kwargs)


def ref_property(self, field, ret, **kwargs):
    """apispec attribute function: an expandable Ref is an id string or the embedded record."""
    if not isinstance(field, Ref) or not field.expandable:
        return {}
    # the type says whether the id may be null (`[string, "null"]`)
    string = {k: ret.pop(k) for k in ("type", "minLength", "maxLength", "pattern") if k in ret}
    return {"oneOf": [string, self.resolve_nested_schema(field.schema_name)]}


# no database stores NUL (PostgreSQL cannot): a body holding one is a 422 (api/http/bodies.py)
NO_NUL = "^[^\\u0000]*$"


def owner_schema(field):
    """The schema a (possibly inner) field belongs to."""
    while field is not None and not isinstance(field, Schema):
        field = field.parent
    return field


def text_property(self, field, ret, **kwargs):
    """apispec attribute function: the free text of a record or request body holds no NUL."""
    free = ret.get("type") == "string" and not {"pattern", "enum", "format"} & set(ret)
    if free and isinstance(field, fields.String) and isinstance(owner_schema(field), StrictSchema):
        return {"pattern": NO_NUL}
    return {}


def merge_patch_property(self, field, ret, **kwargs):
    """apispec attribute function: in a merge patch (the partial form of a record) null removes
    a member, so a member the record may lack may be null."""
    parent = field.parent
    patch = isinstance(parent, Schema) and parent.partial is True
    if patch and not field.required and not field.dump_only and "type" in ret:
        types = [ret["type"]] if isinstance(ret["type"], str) else ret["type"]
        return {"type": types if "null" in types else [*types, "null"]}
    return {}


def text(description, example=None, *, required=False, max_length=2000):
    """An optional free-text field that reads back as null when absent."""
    if required:
        return fields.String(
            required=True,
            validate=validate.Length(1, max_length),
            metadata=meta(description, example),
        )
    return fields.String(
        allow_none=True,
        load_default=None,
        validate=validate.Length(1, max_length),
        metadata=meta(description, example),
    )


def reference(schema_name, description, example, *, required=False):
    """The id of a record of another resource, or the record when expanded."""
    text = f"{description}: its id, or the record itself with `expand`."
    if required:
        return Ref(schema_name, required=True, metadata=meta(text, example))
    return Ref(schema_name, allow_none=True, load_default=None, metadata=meta(text, example))


def no_repeats(values):
    if len(set(values)) != len(values):
        raise ValidationError("Must not repeat a value.")


no_repeats.unique_items = True  # documented as `uniqueItems` (list_property)


def no_repeated_items(*keys):
    """A validator of a list of objects: no two items agree on all of `keys` (documented as
    `uniqueItems`: the items hold these keys only)."""

    def validate_items(items):
        no_repeats([tuple(item.get(key) for key in keys) for item in items])

    validate_items.unique_items = True
    return validate_items


def sectors_field(example):
    return fields.List(
        SectorSlug(),
        validate=no_repeats,
        load_default=list,
        metadata=meta("Industries and sectors as snake_case slugs of the source's own words.", example),
    )


RULES = {
    "exact": "An exact figure has value == low == high.",
    "approximately": "An approximate figure has a value within its bounds.",
    "more_than": "A 'more_than' figure has a low bound and no high bound.",
    "at_least": "An 'at_least' figure has a low bound and no high bound.",
    "less_than": "A 'less_than' figure has a high bound and no low bound.",
    "range": "A range has a low and a high bound, low <= high.",
    "unknown": "An unknown figure has no value and no bounds.",
}


def contradicts(qualifier, value, low, high):
    """Whether the bounds of a figure contradict its qualifier."""
    return {
        "exact": value is None or low != value or high != value,
        "approximately": value is None
        or (low is not None and low > value)
        or (high is not None and high < value),
        "more_than": low is None or high is not None,
        "at_least": low is None or high is not None,
        "less_than": high is None or low is not None,
        "range": low is None or high is None or low > high,
        "unknown": value is not None or low is not None or high is not None,
    }.get(qualifier, False)


# what a figure says it is (issue 15): how /stats/deals sums each is in schemas/stats.py
BASES = ("reported", "expected", "intended", "cumulative")


class PeriodSchema(StrictSchema):
    """The years a cumulative total covers, as the source words them."""

    start = fields.Integer(
        strict=True,
        load_default=None,
        allow_none=True,
        validate=validate.Range(1000, 9999),
        metadata=meta("First year covered; null when the words do not settle it.", 2018),
    )
    end = fields.Integer(
        strict=True,
        load_default=None,
        allow_none=True,
        validate=validate.Range(1000, 9999),
        metadata=meta("Last year covered; null when the words do not settle it.", 2023),
    )
    as_reported = fields.String(
        required=True,
        validate=validate.Length(1, 500),
        metadata=meta("The source's own words for the period.", "for six consecutive years"),
    )

    @validates_schema
    def in_order(self, data, **kwargs):
        if None not in (data.get("start"), data.get("end")) and data["start"] > data["end"]:
            raise ValidationError("The period cannot end before it starts.", field_name="end")


class FigureRules(StrictSchema):
    @validates_schema
    def bounds_agree_with_qualifier(self, data, **kwargs):
        qualifier = data.get("qualifier")
        if contradicts(qualifier, data.get("value"), data.get("low"), data.get("high")):
            raise ValidationError(RULES[qualifier], field_name="qualifier")

    @validates_schema
    def period_of_a_cumulative_total(self, data, **kwargs):
        cumulative = data.get("basis") == "cumulative"
        if cumulative and data.get("period") is None:
            raise ValidationError("A cumulative figure states the period it covers.", field_name="period")
        if not cumulative and data.get("period") is not None:
            raise ValidationError("Only a cumulative figure has a period.", field_name="period")


def figure_schema(name, label, label_field):
    """A figure as the source states it, with the bounds its words allow; `label`
    is `unit` for counts and areas, `currency` for money."""
    bound = "Integer bound the words allow; null when unbounded on this side."
    number = validate.Range(0, MAX_FIGURE)
    return FigureRules.from_dict(
        {
            "value": fields.Integer(
                strict=True,
                load_default=None,  # absent (or removed by a merge patch) = null
                allow_none=True,
                validate=number,
                metadata=meta("The stated number; null when the words give only bounds.", 3800),
            ),
            "low": fields.Integer(
                strict=True,
                load_default=None,  # absent (or removed by a merge patch) = null
                allow_none=True,
                validate=number,
                metadata=meta("Lowest " + bound, 3800),
            ),
            "high": fields.Integer(
                strict=True,
                load_default=None,  # absent (or removed by a merge patch) = null
                allow_none=True,
                validate=number,
                metadata=meta("Highest " + bound, 3800),
            ),
            "qualifier": fields.String(
                required=True,
                validate=validate.OneOf(QUALIFIERS),
                metadata=meta("How the source qualifies the number.", "more_than"),
            ),
            label: label_field,
            "as_reported": fields.String(
                required=True,
                validate=validate.Length(1, 500),
                metadata=meta(
                    "The source's own words for the figure: they occur in one of the record's quotes "
                    "(only runs of whitespace may differ), else the write is a 422.",
                    "over 3,800",
                ),
            ),
            "basis": fields.String(
                load_default="reported",
                validate=validate.OneOf(BASES),
                metadata=meta(
                    "What the figure is: `reported` (stated as done), `expected` (a forecast: "
                    '"expected to total"), `intended` (intended or planned, not done), or '
                    "`cumulative` (a total over the `period`, not of one event).",
                    "reported",
                ),
            ),
            "period": fields.Nested(
                PeriodSchema,
                load_default=None,
                allow_none=True,
                metadata=meta(
                    "The period a `cumulative` figure covers (only then).",
                    {"start": 2018, "end": 2023, "as_reported": "for six consecutive years"},
                ),
            ),
            "citation": fields.Integer(
                dump_only=True,
                allow_none=True,
                metadata=meta(
                    "Index, in the record's `sources`, of the first citation whose quote holds "
                    "`as_reported`: the evidence of the figure.",
                    0,
                ),
            ),
        },
        name=name,
    )


CountSchema = figure_schema(
    "Count",
    "unit",
    fields.String(
        required=True,
        validate=[
            validate.Length(1, 100),  # stored in a VARCHAR(255) column
            Pattern(SECTOR, error="Must be a snake_case unit."),
        ],
        metadata=meta(
            "What is counted: enterprises, countries_and_regions, visitors, square_metres...",
            "enterprises",
        ),
    ),
)
MoneySchema = figure_schema(
    "Money",
    "currency",
    fields.String(
        required=True,
        validate=validate.OneOf(sorted(CURRENCIES), error="Not a valid ISO 4217 code."),
        metadata=meta("ISO 4217 currency code; amounts are whole currency units.", "USD"),
    ),
)


# examples of the figure shapes, from the curated records (the 2nd CIIE's "over 3,800
# enterprises", the ZKH-Dow order's "US$300 million")
FIGURE_EXAMPLES = {
    "Count": {
        "value": 3800,
        "low": 3800,
        "high": None,
        "qualifier": "more_than",
        "unit": "enterprises",
        "as_reported": "over 3,800 enterprises",
        "basis": "reported",
        "period": None,
        "citation": 0,
    },
    "Money": {
        "value": 300000000,
        "low": 300000000,
        "high": 300000000,
        "qualifier": "exact",
        "currency": "USD",
        "as_reported": "US$300 million",
        "basis": "reported",
        "period": None,
        "citation": 0,
    },
}


def figure(schema, description, example=None):
    example = example or FIGURE_EXAMPLES[schema.__name__]
    return fields.Nested(schema, allow_none=True, load_default=None, metadata=meta(description, example))


class SelectorSchema(Schema):
    """A W3C Web Annotation selector: a TextQuoteSelector (`exact`, `prefix`, `suffix`) or a
    TextPositionSelector (`start`, `end`)."""

    type = fields.String(
        required=True,
        validate=validate.OneOf(("TextQuoteSelector", "TextPositionSelector")),
        metadata=meta("Which selector.", "TextPositionSelector"),
    )
    exact = fields.String(metadata=meta("TextQuoteSelector: the passage, as the text has it.", "During the"))
    prefix = fields.String(
        metadata=meta("TextQuoteSelector: the text just before it.", "take place overseas.\n")
    )
    suffix = fields.String(metadata=meta("TextQuoteSelector: the text just after it.", "\nThe impressive"))
    start = fields.Integer(metadata=meta("TextPositionSelector: offset of its first character.", 485))
    end = fields.Integer(metadata=meta("TextPositionSelector: offset just past its last character.", 621))


SELECTOR_EXAMPLE = [
    {
        "type": "TextQuoteSelector",
        "exact": "During the exhibition, 24 Chongqing enterprises signed with Belarusian enterprises "
        "projects, which are expected to total USD 10 million.",
        "prefix": "ibition to take place overseas.\n",
        "suffix": "\nThe impressive figures are just",
    },
    {"type": "TextPositionSelector", "start": 485, "end": 621},
]


class CitationSchema(StrictSchema):
    """A verbatim passage of a source document that backs the record's figures."""

    source = Ref(
        "SourceSchema",
        required=True,
        metadata=meta("Id of the source document.", "cqnews-chongqing-exhibition-belarus-2023"),
    )
    quote = fields.String(
        required=True,
        validate=validate.Length(1, 5000),
        metadata=meta(
            "A verbatim passage of the source (runs of whitespace may be folded).",
            "During the exhibition, 24 Chongqing enterprises signed with Belarusian enterprises "
            "projects, which are expected to total USD 10 million.",
        ),
    )
    selector = fields.List(
        fields.Nested(SelectorSchema),
        dump_only=True,
        allow_none=True,
        metadata=meta(
            "Where the quote is in the source's text, as W3C Web Annotation selectors computed when the "
            "record was written: a TextQuoteSelector (the exact passage, whitespace as the text has it, "
            "and up to 32 characters either side) and a TextPositionSelector (offsets in Unicode code "
            "points, `end` exclusive). Null only for a source whose text is unknown. Never sent: a body "
            "holding it (a record's own representation) has it ignored.",
            SELECTOR_EXAMPLE,
        ),
    )
    href = fields.String(
        dump_only=True,
        metadata=meta(
            "The source's page at the passage, highlighted: an in-page anchor and a Text Fragment.",
            "/sources/cqnews-chongqing-exhibition-belarus-2023#cite-485-621:~:text=take%20place%20overseas.-,"
            "During%20the%20exhibition%2C%2024,total%20USD%2010%20million.,-The%20impressive%20figures",
        ),
    )

    @pre_load
    def computed_members_are_ignored(self, data, **kwargs):
        # a record's GET body round-trips through PATCH and PUT: what the API computes is dropped
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if k not in ("selector", "href")}
        return data


def provenance_fields():
    """`sources, inferred, note = provenance_fields()`: declared last in each record schema."""
    return (
        fields.List(
            fields.Nested(CitationSchema),
            required=True,
            validate=validate.Length(min=1),
            metadata=meta(
                "The passages of the seed documents that back this record.",
                [
                    {
                        "source": "qingpu-at-ciie-2023",
                        "quote": "The first deal of the Shanghai trading delegation at the 6th CIIE, "
                        "a procurement order worth US$300 million, was signed between Qingpu-registered "
                        "ZKH Industrial Supply Co and materials science leader Dow.",
                    }
                ],
            ),
        ),
        fields.List(
            fields.String(),
            load_default=list,
            metadata=meta(
                "Names of fields whose values the source leaves implicit and that were inferred "
                "from its context (see `note`).",
                ["start_date"],
            ),
        ),
        text(
            "How inferred values were inferred, and other curation remarks.",
            "The year is inferred from the expo's edition: the article does not state it.",
        ),
    )


def is_figure(field):
    return isinstance(field, fields.Nested) and isinstance(field.schema, FigureRules)


class RecordSchema(StrictSchema):
    """A curated record: `inferred` may only name its own fields (and a figure's
    `<name>.period`); every figure's `as_reported` occurs in one of its quotes."""

    def inferable(self):
        """The fields `inferred` may name."""
        own = [
            n
            for n, f in self.fields.items()
            if not f.dump_only and n not in ("id", "sources", "inferred", "note")
        ]
        return own + [f"{n}.period" for n, f in self.fields.items() if is_figure(f)]

    def figures(self):
        return [name for name, field in self.fields.items() if is_figure(field)]

    @validates_schema(skip_on_field_errors=True)
    def figures_name_their_evidence(self, data, **kwargs):
        quotes = [citation["quote"] for citation in data.get("sources") or []]
        missing = "Not found in any of the record's quotes (`sources`): cite the passage."
        errors = {}
        for name in self.figures():
            figure = data.get(name) or {}
            if figure and backing(figure["as_reported"], quotes) is None:
                errors.setdefault(name, {})["as_reported"] = [missing]
            period = figure.get("period")
            if period and backing(period["as_reported"], quotes) is None:
                errors.setdefault(name, {})["period"] = {"as_reported": [missing]}
        if errors:
            raise ValidationError(errors)

    @post_load
    def cite_figures(self, data, **kwargs):
        """Each figure's `citation`, found here once and stored with the figure (its column
        `<name>_citation`: api/store/records.py figure_columns)."""
        cite(data, self.figures())
        return data

    @validates_schema
    def inferred_names_fields(self, data, **kwargs):
        own = set(self.inferable())
        unknown = [name for name in data.get("inferred", []) if name not in own]
        if unknown:
            raise ValidationError(f"Not a field of this record: {', '.join(unknown)}.", field_name="inferred")


def cite(record, figures):
    """Set `citation` on each of `figures` the record holds (schemas/evidence.py backing)."""
    quotes = [citation["quote"] for citation in record.get("sources") or []]
    for name in figures:
        if record.get(name):
            record[name]["citation"] = backing(record[name]["as_reported"], quotes)


def list_property(self, field, ret, **kwargs):
    """apispec attribute function: the rules of a list that its validators check, as JSON
    Schema says them: no repeated items, and the names `inferred` may hold."""
    if not isinstance(field, fields.List):
        return {}
    found = {}
    if any(getattr(v, "unique_items", False) for v in field.validators):
        found["uniqueItems"] = True
    if field.name == "inferred" and isinstance(field.parent, RecordSchema):
        own = field.parent.inferable()
        found["items"] = {"type": "string", "enum": own}
        if not set(ret.get("examples", [[]])[0]) <= set(own):  # the shared example names an expo's field
            found["examples"] = [own[:1]]
    return found


def expandable(field):
    """A copy of a record's field as the shaped form documents it: ids may be records."""
    field = copy.copy(field)
    if isinstance(field, Ref):
        field.expandable = True
    elif isinstance(field, fields.List):
        field.inner = expandable(field.inner)
    elif isinstance(field, fields.Nested) and isinstance(field.nested, type):
        nested = field.nested
        # embedded records are not expanded further; parties and citations hold ids that may be
        if not issubclass(nested, RecordSchema) and any(isinstance(f, Ref) for f in nested().fields.values()):
            field.nested, field._schema = shaped_schema(nested, sparse=False), None
    return field


@cache
@cache  # one class per shape: the OpenAPI document names each once
def shaped_schema(schema_cls, sparse=True):
    """`<Name>Fields`: a record as a request's `fields` and `expand` shape it. Only `id` is
    required (`sparse`: a sparse fieldset holds the fields it names, and always `id`), and a
    related record's id may be the record itself. The full schema keeps its `required` list
    for the answer to a request without them, and for request bodies (which hold ids only)."""
    name = schema_cls.__name__.removesuffix("Schema")
    declared = {}
    for field_name, field in schema_cls._declared_fields.items():
        field = expandable(field)
        if sparse and field_name != "id":
            field.required = False
        declared[field_name] = field
    doc = (
        f"{name} as the request's `fields` and `expand` shape it: only the fields named in `fields` "
        "(and `id`), related records in place of the ids named in `expand`."
        if sparse
        else f"{name} within a record shaped by `expand`: a related record in place of its id."
    )
    return type(f"{name}FieldsSchema", (schema_cls,), {**declared, "__doc__": doc})


class Shaped(fields.Nested):
    """A record in a list that takes `fields` and `expand`: documented as the full record
    or its shaped form (`anyOf`), dumped as the record."""


def shaped_property(self, field, ret, **kwargs):
    """apispec attribute function: a Shaped record is `anyOf: [<Name>, <Name>Fields]`."""
    if not isinstance(field, Shaped):
        return {}
    ret.pop("$ref", None)
    return {
        "anyOf": [
            self.resolve_nested_schema(field.nested),
            self.resolve_nested_schema(shaped_schema(field.nested)),
        ]
    }


class ProblemErrorSchema(Schema):
    pointer = fields.String(
        metadata=meta("JSON pointer to the offending member of the body.", "/amount/currency")
    )
    parameter = fields.String(metadata=meta("The offending query parameter.", "limit"))
    detail = fields.String(
        required=True, metadata=meta("What is wrong with it.", "Not a valid ISO 4217 code.")
    )


class ProblemSchema(Schema):
    """An RFC 9457 problem detail, the body of every 4xx and 5xx response."""

    type = fields.String(required=True, metadata=meta("A URI identifying the problem type.", "about:blank"))
    title = fields.String(required=True, metadata=meta("The HTTP status phrase.", "Bad Request"))
    status = fields.Integer(required=True, metadata=meta("The HTTP status code.", 400))
    detail = fields.String(metadata=meta("What went wrong, for a person.", "1 query parameter is invalid."))
    instance = fields.String(metadata=meta("The request path.", "/api/v1/deals"))
    errors = fields.List(
        fields.Nested(ProblemErrorSchema),
        metadata=meta(
            "One entry per invalid member or parameter.",
            [{"parameter": "limit", "detail": "Must be between 1 and 100."}],
        ),
    )


# what a cursor looks like (it is opaque: clients pass it back, never build one)
CURSOR_EXAMPLE = "eyJzIjoiaWQiLCJrIjpbImNob25ncWluZy1iZWxhcnVzLXNpZ25lZC1wcm9qZWN0cy0yMDIzIl19"


class FacetValueSchema(Schema):
    value = fields.String(required=True, metadata=meta("A value of the field.", "purchase_order"))
    count = fields.Integer(
        required=True, metadata=meta("How many records matching the current filters hold it.", 3)
    )
    toggle = fields.String(
        required=True,
        metadata=meta(
            "This list (from its first page) with the value added to the filter of the facet's "
            "name, or removed from it when it is already there.",
            "/api/v1/deals?facet=kind&kind=purchase_order",
        ),
    )


class PageMetaSchema(Schema):
    limit = fields.Integer(required=True, metadata=meta("The page size asked for.", 20))
    next_cursor = fields.String(
        required=True,
        allow_none=True,
        metadata=meta("Opaque cursor of the next page; null on the last page.", CURSOR_EXAMPLE),
    )
    total = fields.Integer(
        required=True,
        metadata=meta(
            "How many records match, over all pages, when `total_exact` is true. Counting stops "
            "after 1,000 matches: beyond them `total` is 1000 and `total_exact` false (more than "
            "1,000 match). Send `Prefer: count=exact` for an exact count at any size (it costs a "
            "count of every match; the answer says `Preference-Applied: count=exact`).",
            7,
        ),
    )
    total_exact = fields.Boolean(
        required=True,
        metadata=meta("Whether `total` is exact; false when more than 1,000 records match.", True),
    )
    facets = fields.Dict(
        keys=fields.String(),
        values=fields.List(fields.Nested(FacetValueSchema)),
        metadata=meta(
            "Present when `facet` is given: for each facet asked for, its most frequent values "
            "under the current filters, by count (descending) then value.",
            {
                "kind": [
                    {
                        "value": "purchase_order",
                        "count": 3,
                        "toggle": "/api/v1/deals?facet=kind&kind=purchase_order",
                    }
                ]
            },
        ),
    )


class PageLinksSchema(Schema):
    self = fields.String(required=True, metadata=meta("This page.", "/api/v1/deals?limit=20"))
    next = fields.String(
        required=True,
        allow_none=True,
        metadata=meta(
            "The next page; null on the last page.", "/api/v1/deals?limit=20&cursor=" + CURSOR_EXAMPLE
        ),
    )


def page_schema(item_schema, name, shaped=True):
    """The list envelope `{data, meta, links}` around one resource's records (which `fields`
    and `expand` may shape, unless not `shaped`)."""
    return Schema.from_dict(
        {
            "data": fields.List(
                (Shaped if shaped else fields.Nested)(item_schema),
                required=True,
                metadata={"description": "The records of this page, in the list's sort order."},
            ),
            "meta": fields.Nested(
                PageMetaSchema,
                required=True,
                metadata=meta(
                    "The page size, the cursor of the next page and the number of matching records.",
                    {"limit": 20, "next_cursor": None, "total": 7, "total_exact": True},
                ),
            ),
            "links": fields.Nested(
                PageLinksSchema,
                required=True,
                metadata=meta(
                    "This page and the next one (null on the last page), relative to the server.",
                    {"self": "/api/v1/deals?limit=20", "next": None},
                ),
            ),
        },
        name=name,
    )

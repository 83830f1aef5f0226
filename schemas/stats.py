"""Aggregates over the curated records: how many expos, and how many deals and
how much money, by one grouping key."""

from marshmallow import Schema, fields, validate

from .common import BASES, StrictSchema, meta

DEAL_GROUPS = ("expo", "delegation", "year", "sector", "currency")
EXPO_GROUPS = ("year", "country", "kind")

# how the money of several deals adds up, said once for the operation and its fields
AMOUNT_RULE = (
    "Amounts of different currencies are never added: each group holds one total per currency. "
    "A total is an interval: `low` sums the low bounds (a missing low bound counts as 0, amounts "
    "are never negative) and `high` sums the high bounds, or is null (unbounded) when any amount "
    "has no high bound, so the true total lies in [`low`, `high`]. "
    "Amounts of different bases are never added either: each group holds one total per currency "
    "and `basis` (`reported` amounts stated as done, `expected` forecasts, `intended` intentions: "
    "different quantities). A `cumulative` amount (a total over several years or editions) is "
    "added to no total: the group counts it in `cumulative`, so a multi-year total never counts "
    "toward one edition. No amount is added twice: a deal that an aggregate deal `includes` "
    "(directly or through other aggregates) is left out of a total that already adds that "
    "aggregate (same group, currency and basis), and counted in the total's `included`."
)


def stats_args_schema(name, group_by, example, filters):
    """The query string of a stats operation: `group_by` (required, one of `group_by`)
    and the filter parameters of the matching list, which narrow the records alike."""
    return StrictSchema.from_dict(
        {
            "group_by": fields.String(
                required=True,
                validate=validate.OneOf(group_by),
                metadata=meta(
                    "What to group the matching records by (one key; required).",
                    example,
                ),
            ),
            **filters,
        },
        name=name,
    )


def group_key(description, example):
    """A group's key: a string or an integer, null for the records that have none."""
    return fields.Raw(
        required=True,
        allow_none=True,
        metadata={
            **meta(f"{description} Null for the records that have none (that group comes last).", example),
            "type": ["string", "integer"],  # and "null" (allow_none)
        },
    )


class AmountTotalSchema(Schema):
    """The amounts of a group's deals in one currency, summed as an interval."""

    currency = fields.String(required=True, metadata=meta("ISO 4217 code of these amounts.", "USD"))
    basis = fields.String(
        required=True,
        validate=validate.OneOf([b for b in BASES if b != "cumulative"]),
        metadata=meta("What these amounts are (never `cumulative`: those are summed nowhere).", "reported"),
    )
    deals = fields.Integer(
        required=True,
        metadata=meta("How many deals' amounts (in this currency and basis) the total adds.", 2),
    )
    included = fields.Integer(
        required=True,
        metadata=meta(
            "How many more amounts of this currency and basis the total does not add, because an "
            "aggregate deal it adds includes them.",
            1,
        ),
    )
    low = fields.Integer(
        required=True,
        metadata=meta(
            "Sum of the low bounds, a missing low bound counting as 0: the least total.", 400000000
        ),
    )
    high = fields.Integer(
        required=True,
        allow_none=True,
        metadata=meta(
            "Sum of the high bounds: the most total; null (unbounded) when any amount has no high bound.",
            1299999999,
        ),
    )
    unbounded_high = fields.Integer(
        required=True, metadata=meta("How many of these amounts have no high bound.", 0)
    )


class DealGroupSchema(Schema):
    """The deals sharing one key."""

    key = group_key(
        "The expo id, the delegation id, the year of the deal's expo (an integer), the sector slug "
        "or the currency code, after `group_by`.",
        "ciie-2019",
    )
    deals = fields.Integer(required=True, metadata=meta("How many deals are in the group.", 3))
    without_amount = fields.Integer(
        required=True, metadata=meta("How many of them state no amount (counted in no total).", 1)
    )
    cumulative = fields.Integer(
        required=True,
        metadata=meta(
            "How many of them state a `cumulative` amount (a total over a period): counted in no total.",
            0,
        ),
    )
    amounts = fields.List(
        fields.Nested(AmountTotalSchema),
        required=True,
        metadata={
            "description": "One total per currency and basis present in the group, sorted by currency "
            "then basis (reported, expected, intended). " + AMOUNT_RULE
        },
    )


class DealStatsSchema(Schema):
    """Deals counted and their amounts totalled, by one key."""

    group_by = fields.String(
        required=True, validate=validate.OneOf(DEAL_GROUPS), metadata=meta("The grouping key.", "currency")
    )
    total_deals = fields.Integer(
        required=True,
        metadata=meta(
            "How many deals match the filters (with `group_by=sector` the groups may add up to more).", 8
        ),
    )
    groups = fields.List(
        fields.Nested(DealGroupSchema),
        required=True,
        metadata={
            "description": "The groups, sorted by key, null last. With `group_by=sector` a deal "
            "counts in the group of each of its sectors."
        },
    )


class ExpoGroupSchema(Schema):
    """The expos sharing one key."""

    key = group_key("The year (an integer), the country code or the kind, after `group_by`.", 2023)
    expos = fields.Integer(required=True, metadata=meta("How many expos are in the group.", 3))


class ExpoStatsSchema(Schema):
    """Expos counted by one key."""

    group_by = fields.String(
        required=True, validate=validate.OneOf(EXPO_GROUPS), metadata=meta("The grouping key.", "year")
    )
    total_expos = fields.Integer(required=True, metadata=meta("How many expos match the filters.", 9))
    groups = fields.List(
        fields.Nested(ExpoGroupSchema),
        required=True,
        metadata={"description": "The groups, sorted by key, null last."},
    )

from flask.views import MethodView
from marshmallow import fields
from peewee import fn

from api.http.bodies import JSON, MERGE_PATCH
from api.http.openapi import Blueprint
from api.lists import facets
from api.lists.aggregates import by_key, filter_fields
from api.lists.filters import AnyOf, FigureRange, Inferred, Range, Tagged, linked
from api.lists.listing import Listing, embed, embed_children
from api.resources.paths import EXPO_ID
from api.store.integrity import no_cycle
from api.store.models import Delegation, Expo, ExpoOrganizer, ExpoSector, Organization, Source, figure_sort
from api.store.writes import Records
from schemas.common import CountryCode
from schemas.expos import EXPO_KINDS, ExpoPageSchema, ExpoSchema
from schemas.stats import EXPO_GROUPS, ExpoStatsSchema, stats_args_schema

blp = Blueprint(
    "expos",
    __name__,
    url_prefix="/api/v1",
    description="Editions of trade expos, fairs, exhibitions, forums and promotion events.",
)

FIGURES = ("countries_and_regions", "enterprises", "visitors", "exhibition_area", "featured_sectors")

EXPOS = Listing(
    Expo,
    ExpoSchema,
    "expos",
    filters={
        "kind": AnyOf(Expo.kind, "What sort of event.", ["expo", "exhibition"], choices=EXPO_KINDS),
        "country": AnyOf(
            Expo.country, "ISO 3166-1 alpha-2 country where it is held.", ["CN", "BY"], inner=CountryCode()
        ),
        "city": AnyOf(Expo.city, "City where it is held.", ["Shanghai"]),
        "year": Range(Expo.year, fields.Integer, "Year held", 2023),
        "start_date": Range(Expo.start_date, fields.Date, "First day", "2023-01-01"),
        "end_date": Range(Expo.end_date, fields.Date, "Last day", "2023-12-31"),
        "edition": Range(Expo.edition, fields.Integer, "Ordinal of the edition", 2),
        "part_of": AnyOf(Expo.part_of, "Id of the host event of side events.", ["ciie-2019"]),
        "organizer": AnyOf(
            None,
            "Id of an organizing organization.",
            ["chongqing-municipal-peoples-government"],
            match=linked(Expo, ExpoOrganizer, ExpoOrganizer.expo, ExpoOrganizer.organization),
        ),
        "sector": Tagged(Expo, ExpoSector, ["automobiles"]),
        **{name: FigureRange(Expo, name, name.replace("_", " ").capitalize(), 1000) for name in FIGURES},
        "inferred": Inferred(Expo, ["year", "start_date", "end_date", "part_of", "city", "country"]),
    },
    sorts={
        "name": Expo.name,
        "start_date": Expo.start_date,
        "end_date": Expo.end_date,
        "year": Expo.year,
        "edition": Expo.edition,
        "country": Expo.country,
        **{name: figure_sort(Expo, name) for name in FIGURES},
    },
    facets={
        "kind": facets.column(Expo.kind),
        "country": facets.column(Expo.country),
        "part_of": facets.column(Expo.part_of),
        "organizer": facets.linked(ExpoOrganizer.expo, ExpoOrganizer.organization),
        "sector": facets.linked(ExpoSector.expo, ExpoSector.sector),
    },
    expansions={
        "part_of": embed(Expo, "part_of"),
        "organizers": embed(Organization, "organizers"),
        "delegations": embed_children("delegations", Delegation, Delegation.expo),
        "sources": embed(Source, "sources", "source"),
    },
)


def host_of(expo_id):
    return [host for host in [Expo.select(Expo.part_of).where(Expo.id == expo_id).scalar()] if host]


not_part_of_itself = no_cycle(
    "part_of", host_of, "An event cannot be part of itself, nor of one of its side events."
)


RECORDS = Records(Expo, ExpoSchema(), rules=(not_part_of_itself,))


@blp.route("/expos")
class Expos(MethodView):
    @blp.read(ExpoPageSchema, operation_id="listExpos", paged=True, may_be_missing=False)
    @blp.arguments(EXPOS.args_schema, location="query", as_kwargs=True)
    def get(self, **args):
        """List expos"""
        return EXPOS.page(args)

    @blp.write(
        ExpoSchema, operation_id="createExpo", status=201, links=("get", "update", "delete"), body=ExpoSchema
    )
    def post(self):
        """Create an expo"""
        return RECORDS.create()


@blp.route("/expos/<expo_id>", parameters=EXPO_ID)
class ExpoItem(MethodView):
    @blp.read(ExpoSchema, operation_id="getExpo", links=("update", "delete"), record=Expo)
    @blp.arguments(EXPOS.item_args_schema, location="query", as_kwargs=True)
    def get(self, expo_id, **args):
        """Get an expo"""
        return EXPOS.item(expo_id, args)

    @blp.write(
        ExpoSchema,
        operation_id="updateExpo",
        links=("get", "delete"),
        status=200,
        body=ExpoSchema(partial=True),
        media_types=(MERGE_PATCH, JSON),
    )
    def patch(self, expo_id):
        """Correct an expo with a JSON merge patch (RFC 7396)"""
        return RECORDS.update(expo_id)

    @blp.write(None, operation_id="deleteExpo", status=204)
    def delete(self, expo_id):
        """Delete an expo"""
        return RECORDS.delete(expo_id)


# --- aggregates: /stats/expos, over the expos the list's filters select -------------------------

EXPO_STATS_ARGS = stats_args_schema("ExpoStatsArgs", EXPO_GROUPS, "year", filter_fields(EXPOS))


@blp.route("/stats/expos", tags=["stats"])
class ExpoStats(MethodView):
    @blp.read(ExpoStatsSchema, operation_id="getExpoStats", may_be_missing=False)
    @blp.arguments(EXPO_STATS_ARGS, location="query", as_kwargs=True)
    @blp.doc(
        description="The expos matching the filters (the same as on `listExpos`), counted by `group_by`."
    )
    def get(self, group_by, **args):
        """Count expos by one key"""
        expos, _ = EXPOS.select(args)
        key = getattr(Expo, group_by)
        groups = list(expos.select(key.alias("key"), fn.COUNT(Expo.id).alias("expos")).group_by(key).dicts())
        # each expo is in exactly one group
        return {
            "group_by": group_by,
            "total_expos": sum(g["expos"] for g in groups),
            "groups": by_key(groups),
        }

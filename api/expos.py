from flask.views import MethodView
from marshmallow import fields

from schemas.common import CountryCode, SectorSlug
from schemas.deals import DealPageSchema
from schemas.delegations import DelegationPageSchema
from schemas.expos import EXPO_KINDS, ExpoPageSchema, ExpoSchema

from . import deals, delegations
from .models import Deal, Delegation, Expo, ExpoOrganizer, ExpoSector, Organization, Source
from .query import (
    AnyOf,
    FigureRange,
    Inferred,
    Listing,
    Range,
    embed,
    embed_children,
    figure_sort,
    linked,
    tagged,
)
from .records import require
from .rest import Blueprint
from .writes import JSON, MERGE_PATCH, Records

blp = Blueprint(
    "expos",
    __name__,
    url_prefix="/api/v1/expos",
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
        "sector": AnyOf(
            None, "Sector slug.", ["automobiles"], match=tagged(Expo, ExpoSector), inner=SectorSlug()
        ),
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
    expansions={
        "part_of": embed(Expo, "part_of"),
        "organizers": embed(Organization, "organizers"),
        "delegations": embed_children("delegations", Delegation, Delegation.expo),
        "sources": embed(Source, "sources", "source"),
    },
)
RECORDS = Records(Expo, ExpoSchema())

EXPO_ID = [{"in": "path", "name": "expo_id", "description": "Id of the expo.", "example": "ciie-2019"}]


@blp.route("")
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


@blp.route("/<expo_id>", parameters=EXPO_ID)
class ExpoItem(MethodView):
    model = Expo  # its canonical GET has a per-record ETag (api/caching.py)

    @blp.read(ExpoSchema, operation_id="getExpo", links=("update", "delete"))
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


@blp.route("/<expo_id>/delegations", parameters=EXPO_ID)
class ExpoDelegations(MethodView):
    @blp.read(DelegationPageSchema, operation_id="listExpoDelegations", paged=True)
    @blp.arguments(delegations.DELEGATIONS.args_schema, location="query", as_kwargs=True)
    def get(self, expo_id, **args):
        """List the delegations attending an expo"""
        require(Expo, expo_id)
        return delegations.DELEGATIONS.page(args, Delegation.expo == expo_id)


@blp.route("/<expo_id>/deals", parameters=EXPO_ID)
class ExpoDeals(MethodView):
    @blp.read(DealPageSchema, operation_id="listExpoDeals", paged=True)
    @blp.arguments(deals.DEALS.args_schema, location="query", as_kwargs=True)
    def get(self, expo_id, **args):
        """List the deals reported at an expo"""
        require(Expo, expo_id)
        return deals.DEALS.page(args, Deal.expo == expo_id)

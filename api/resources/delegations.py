from flask.views import MethodView

from api.http.bodies import JSON, MERGE_PATCH
from api.http.openapi import Blueprint
from api.lists import facets
from api.lists.filters import AnyOf, FigureRange, Inferred, Tagged, linked
from api.lists.listing import Listing, embed
from api.resources.paths import DELEGATION_ID, EXPO_ID
from api.store.integrity import no_cycle
from api.store.models import (
    Deal,
    Delegation,
    DelegationMember,
    DelegationSector,
    Expo,
    Organization,
    Source,
    figure_sort,
)
from api.store.records import require
from api.store.writes import Records
from schemas.delegations import DELEGATION_KINDS, DelegationPageSchema, DelegationSchema

blp = Blueprint(
    "delegations",
    __name__,
    url_prefix="/api/v1",
    description="Groups attending an expo on behalf of a city, district or body.",
)

FIGURES = (
    "districts_and_counties",
    "enterprises",
    "exhibitors",
    "purchasers",
    "visitors",
    "exhibition_area",
    "products",
    "activities",
    "companies_settling",
    "companies_intending_to_settle",
)

DELEGATIONS = Listing(
    Delegation,
    DelegationSchema,
    "delegations",
    filters={
        "expo": AnyOf(Delegation.expo, "Id of the expo it attends.", ["ciie-2023"]),
        "kind": AnyOf(Delegation.kind, "What sort of group.", ["district"], choices=DELEGATION_KINDS),
        "part_of": AnyOf(
            Delegation.part_of,
            "Id of the larger delegation it is part of.",
            ["shanghai-trading-delegation-ciie-2023"],
        ),
        "represents": AnyOf(Delegation.represents, "The place it represents.", ["Chongqing"]),
        "organizer": AnyOf(
            Delegation.organizer, "Id of the organization that organized it.", ["chongqing-municipality"]
        ),
        "member": AnyOf(
            None,
            "Id of a member organization.",
            ["changan-auto"],
            match=linked(
                Delegation, DelegationMember, DelegationMember.delegation, DelegationMember.organization
            ),
        ),
        "sector": Tagged(Delegation, DelegationSector, ["biomedicine"]),
        **{name: FigureRange(Delegation, name, name.replace("_", " ").capitalize(), 10) for name in FIGURES},
        "inferred": Inferred(Delegation, ["expo", "part_of", "organizer", "members"]),
    },
    sorts={
        "name": Delegation.name,
        "expo": Delegation.expo,
        "kind": Delegation.kind,
        **{name: figure_sort(Delegation, name) for name in FIGURES},
    },
    facets={
        "expo": facets.column(Delegation.expo),
        "kind": facets.column(Delegation.kind),
        "organizer": facets.column(Delegation.organizer),
        "part_of": facets.column(Delegation.part_of),
        "member": facets.linked(DelegationMember.delegation, DelegationMember.organization),
        "sector": facets.linked(DelegationSector.delegation, DelegationSector.sector),
    },
    expansions={
        "expo": embed(Expo, "expo"),
        "part_of": embed(Delegation, "part_of"),
        "organizer": embed(Organization, "organizer"),
        "members": embed(Organization, "members"),
        "sources": embed(Source, "sources", "source"),
    },
)


def deals_at_its_expo(data):
    """The deals credited to a delegation are reported at the expo it attends."""
    elsewhere = (
        Deal.select(Deal.id, Deal.expo)
        .where((Deal.delegation == data["id"]) & (Deal.expo != data["expo"]))
        .order_by(Deal.id)
        .limit(20)
    )
    if deals := [f"{deal.id} ({deal.expo_id})" for deal in elsewhere]:
        detail = "Deals credited to this delegation are reported at another expo: " + ", ".join(deals) + "."
        return [{"pointer": "/expo", "detail": detail}]
    return []


def group_of(delegation_id):
    found = Delegation.select(Delegation.part_of).where(Delegation.id == delegation_id).scalar()
    return [found] if found else []


not_part_of_itself = no_cycle(
    "part_of", group_of, "A delegation cannot be part of itself, nor of one of its own parts."
)

RECORDS = Records(Delegation, DelegationSchema(), rules=(deals_at_its_expo, not_part_of_itself))


@blp.route("/delegations")
class Delegations(MethodView):
    @blp.read(DelegationPageSchema, operation_id="listDelegations", paged=True, may_be_missing=False)
    @blp.arguments(DELEGATIONS.args_schema, location="query", as_kwargs=True)
    def get(self, **args):
        """List delegations"""
        return DELEGATIONS.page(args)

    @blp.write(
        DelegationSchema,
        operation_id="createDelegation",
        status=201,
        links=("get", "update", "delete"),
        body=DelegationSchema,
    )
    def post(self):
        """Create a delegation"""
        return RECORDS.create()


@blp.route("/delegations/<delegation_id>", parameters=DELEGATION_ID)
class DelegationItem(MethodView):
    @blp.read(DelegationSchema, operation_id="getDelegation", links=("update", "delete"), record=Delegation)
    @blp.arguments(DELEGATIONS.item_args_schema, location="query", as_kwargs=True)
    def get(self, delegation_id, **args):
        """Get a delegation"""
        return DELEGATIONS.item(delegation_id, args)

    @blp.write(
        DelegationSchema,
        operation_id="updateDelegation",
        links=("get", "delete"),
        status=200,
        body=DelegationSchema(partial=True),
        media_types=(MERGE_PATCH, JSON),
    )
    def patch(self, delegation_id):
        """Correct a delegation with a JSON merge patch (RFC 7396)"""
        return RECORDS.update(delegation_id)

    @blp.write(None, operation_id="deleteDelegation", status=204)
    def delete(self, delegation_id):
        """Delete a delegation"""
        return RECORDS.delete(delegation_id)


@blp.route("/expos/<expo_id>/delegations", parameters=EXPO_ID, tags=["expos"])
class ExpoDelegations(MethodView):
    @blp.read(DelegationPageSchema, operation_id="listExpoDelegations", paged=True)
    @blp.arguments(DELEGATIONS.args_schema, location="query", as_kwargs=True)
    def get(self, expo_id, **args):
        """List the delegations attending an expo"""
        require(Expo, expo_id)
        return DELEGATIONS.page(args, Delegation.expo == expo_id)

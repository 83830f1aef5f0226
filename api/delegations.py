from flask.views import MethodView

from schemas.common import SectorSlug
from schemas.deals import DealPageSchema
from schemas.delegations import DELEGATION_KINDS, DelegationPageSchema, DelegationSchema

from . import deals
from .models import Deal, Delegation, DelegationMember, DelegationSector, Expo, Organization, Source
from .query import AnyOf, FigureRange, Inferred, Listing, embed, figure_sort, linked, tagged
from .records import require
from .rest import Blueprint
from .writes import JSON, MERGE_PATCH, Records

blp = Blueprint(
    "delegations",
    __name__,
    url_prefix="/api/v1/delegations",
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
        "sector": AnyOf(
            None,
            "Sector slug.",
            ["biomedicine"],
            match=tagged(Delegation, DelegationSector),
            inner=SectorSlug(),
        ),
        **{name: FigureRange(Delegation, name, name.replace("_", " ").capitalize(), 10) for name in FIGURES},
        "inferred": Inferred(Delegation, ["expo", "organizer", "members"]),
    },
    sorts={
        "name": Delegation.name,
        "expo": Delegation.expo,
        "kind": Delegation.kind,
        **{name: figure_sort(Delegation, name) for name in FIGURES},
    },
    expansions={
        "expo": embed(Expo, "expo"),
        "organizer": embed(Organization, "organizer"),
        "members": embed(Organization, "members"),
        "sources": embed(Source, "sources", "source"),
    },
)
RECORDS = Records(Delegation, DelegationSchema())

DELEGATION_ID = [
    {
        "in": "path",
        "name": "delegation_id",
        "description": "Id of the delegation.",
        "example": "qingpu-delegation-ciie-2023",
    }
]


@blp.route("")
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


@blp.route("/<delegation_id>", parameters=DELEGATION_ID)
class DelegationItem(MethodView):
    model = Delegation  # its canonical GET has a per-record ETag (api/caching.py)

    @blp.read(DelegationSchema, operation_id="getDelegation", links=("update", "delete"))
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


@blp.route("/<delegation_id>/deals", parameters=DELEGATION_ID)
class DelegationDeals(MethodView):
    @blp.read(DealPageSchema, operation_id="listDelegationDeals", paged=True)
    @blp.arguments(deals.DEALS.args_schema, location="query", as_kwargs=True)
    def get(self, delegation_id, **args):
        """List the deals credited to a delegation"""
        require(Delegation, delegation_id)
        return deals.DEALS.page(args, Deal.delegation == delegation_id)

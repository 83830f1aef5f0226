from flask.views import MethodView
from marshmallow import fields

from schemas.common import CURRENCIES, QUALIFIERS, SectorSlug
from schemas.deals import DEAL_KINDS, DEAL_SCOPES, DealPageSchema, DealSchema

from .models import Deal, DealParty, DealSector, Delegation, Expo, Organization, Source
from .query import AnyOf, FigureRange, Inferred, Listing, Range, embed, figure_sort, linked, tagged
from .rest import Blueprint
from .writes import JSON, MERGE_PATCH, Records

blp = Blueprint(
    "deals",
    __name__,
    url_prefix="/api/v1/deals",
    description="Purchase orders, signed projects, intended turnover and investments reported at expos.",
)

DEALS = Listing(
    Deal,
    DealSchema,
    "deals",
    filters={
        "expo": AnyOf(Deal.expo, "Id of the expo it was reported at.", ["ciie-2019"]),
        "delegation": AnyOf(
            Deal.delegation, "Id of the delegation it is credited to.", ["qingpu-delegation-ciie-2023"]
        ),
        "organization": AnyOf(
            None,
            "Id of an organization party to it (in any role).",
            ["dow"],
            match=linked(Deal, DealParty, DealParty.deal, DealParty.organization),
        ),
        "kind": AnyOf(Deal.kind, "What sort of agreement.", ["purchase_order"], choices=DEAL_KINDS),
        "scope": AnyOf(
            Deal.scope, "`single` agreements or `aggregate` totals.", ["single"], choices=DEAL_SCOPES
        ),
        "currency": AnyOf(
            Deal.amount_currency, "Currency of the amount.", ["USD"], choices=sorted(CURRENCIES)
        ),
        "qualifier": AnyOf(Deal.amount_qualifier, "Qualifier of the amount.", ["exact"], choices=QUALIFIERS),
        "sector": AnyOf(
            None, "Sector slug.", ["automobile"], match=tagged(Deal, DealSector), inner=SectorSlug()
        ),
        "signed_on": Range(Deal.signed_on, fields.Date, "Day signed", "2019-11-05"),
        "amount": FigureRange(Deal, "amount", "Amount in whole currency units", 100000000),
        "projects": FigureRange(Deal, "projects", "Number of projects", 3),
        "enterprises": FigureRange(Deal, "enterprises", "Number of enterprises", 10),
        "inferred": Inferred(Deal, ["amount", "expo", "delegation", "signed_on"]),
    },
    sorts={
        "title": Deal.title,
        "kind": Deal.kind,
        "expo": Deal.expo,
        "signed_on": Deal.signed_on,
        "amount": figure_sort(Deal, "amount"),
        "projects": figure_sort(Deal, "projects"),
        "enterprises": figure_sort(Deal, "enterprises"),
    },
    expansions={
        "expo": embed(Expo, "expo"),
        "delegation": embed(Delegation, "delegation"),
        "parties": embed(Organization, "parties", "organization"),
        "sources": embed(Source, "sources", "source"),
    },
)
RECORDS = Records(Deal, DealSchema())

DEAL_ID = [
    {
        "in": "path",
        "name": "deal_id",
        "description": "Id of the deal.",
        "example": "zkh-dow-organosilicon-2023",
    }
]


@blp.route("")
class Deals(MethodView):
    @blp.read(DealPageSchema, operation_id="listDeals", paged=True, may_be_missing=False)
    @blp.arguments(DEALS.args_schema, location="query", as_kwargs=True)
    def get(self, **args):
        """List deals"""
        return DEALS.page(args)

    @blp.write(
        DealSchema, operation_id="createDeal", status=201, links=("get", "update", "delete"), body=DealSchema
    )
    def post(self):
        """Create a deal"""
        return RECORDS.create()


@blp.route("/<deal_id>", parameters=DEAL_ID)
class DealItem(MethodView):
    model = Deal  # its canonical GET has a per-record ETag (api/caching.py)

    @blp.read(DealSchema, operation_id="getDeal", links=("update", "delete"))
    @blp.arguments(DEALS.item_args_schema, location="query", as_kwargs=True)
    def get(self, deal_id, **args):
        """Get a deal"""
        return DEALS.item(deal_id, args)

    @blp.write(
        DealSchema,
        operation_id="updateDeal",
        links=("get", "delete"),
        status=200,
        body=DealSchema(partial=True),
        media_types=(MERGE_PATCH, JSON),
    )
    def patch(self, deal_id):
        """Correct a deal with a JSON merge patch (RFC 7396)"""
        return RECORDS.update(deal_id)

    @blp.write(None, operation_id="deleteDeal", status=204)
    def delete(self, deal_id):
        """Delete a deal"""
        return RECORDS.delete(deal_id)

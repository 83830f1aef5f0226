from flask.views import MethodView

from schemas.common import ListArgsSchema
from schemas.deals import DealPageSchema
from schemas.organizations import OrganizationPageSchema, OrganizationSchema

from .models import Deal, DealParty, Organization
from .records import get_record, list_records, require
from .rest import Blueprint

blp = Blueprint(
    "organizations",
    __name__,
    url_prefix="/api/v1/organizations",
    description="Companies, parks, agencies and government bodies that take part in expos and deals.",
)

ORGANIZATION_ID = [
    {
        "in": "path",
        "name": "organization_id",
        "description": "Id of the organization.",
        "example": "dow",
    }
]


@blp.route("")
class Organizations(MethodView):
    @blp.read(OrganizationPageSchema, operation_id="listOrganizations", paged=True, may_be_missing=False)
    @blp.arguments(ListArgsSchema, location="query", as_kwargs=True)
    def get(self, **args):
        """List organizations"""
        return list_records(Organization, args)


@blp.route("/<organization_id>", parameters=ORGANIZATION_ID)
class OrganizationItem(MethodView):
    @blp.read(OrganizationSchema, operation_id="getOrganization")
    def get(self, organization_id):
        """Get an organization"""
        return get_record(Organization, organization_id)


@blp.route("/<organization_id>/deals", parameters=ORGANIZATION_ID)
class OrganizationDeals(MethodView):
    @blp.read(DealPageSchema, operation_id="listOrganizationDeals", paged=True)
    @blp.arguments(ListArgsSchema, location="query", as_kwargs=True)
    def get(self, organization_id, **args):
        """List the deals an organization is party to"""
        require(Organization, organization_id)
        parties = DealParty.select(DealParty.deal).where(DealParty.organization == organization_id)
        return list_records(Deal, args, Deal.id.in_(parties))

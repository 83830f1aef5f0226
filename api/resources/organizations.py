from flask.views import MethodView

from api.http.bodies import JSON, MERGE_PATCH
from api.http.openapi import Blueprint
from api.lists.filters import AnyOf, Inferred
from api.lists.listing import Listing, embed
from api.resources.paths import ORGANIZATION_ID
from api.store.models import Organization, Source
from api.store.writes import Records
from schemas.common import CountryCode
from schemas.organizations import ORGANIZATION_KINDS, OrganizationPageSchema, OrganizationSchema

blp = Blueprint(
    "organizations",
    __name__,
    url_prefix="/api/v1",
    description="Companies, parks, agencies and government bodies that take part in expos and deals.",
)

ORGANIZATIONS = Listing(
    Organization,
    OrganizationSchema,
    "organizations",
    filters={
        "kind": AnyOf(Organization.kind, "What sort of body.", ["company"], choices=ORGANIZATION_KINDS),
        "country": AnyOf(Organization.country, "ISO 3166-1 alpha-2 country.", ["CN"], inner=CountryCode()),
        "city": AnyOf(Organization.city, "City.", ["Chongqing"]),
        "inferred": Inferred(Organization, ["country", "city", "aliases"]),
    },
    sorts={"name": Organization.name, "kind": Organization.kind, "country": Organization.country},
    expansions={"sources": embed(Source, "sources", "source")},
)
RECORDS = Records(Organization, OrganizationSchema())


@blp.route("/organizations")
class Organizations(MethodView):
    @blp.read(OrganizationPageSchema, operation_id="listOrganizations", paged=True, may_be_missing=False)
    @blp.arguments(ORGANIZATIONS.args_schema, location="query", as_kwargs=True)
    def get(self, **args):
        """List organizations"""
        return ORGANIZATIONS.page(args)

    @blp.write(
        OrganizationSchema,
        operation_id="createOrganization",
        status=201,
        links=("get", "update", "delete"),
        body=OrganizationSchema,
    )
    def post(self):
        """Create an organization"""
        return RECORDS.create()


@blp.route("/organizations/<organization_id>", parameters=ORGANIZATION_ID)
class OrganizationItem(MethodView):
    @blp.read(
        OrganizationSchema, operation_id="getOrganization", links=("update", "delete"), record=Organization
    )
    @blp.arguments(ORGANIZATIONS.item_args_schema, location="query", as_kwargs=True)
    def get(self, organization_id, **args):
        """Get an organization"""
        return ORGANIZATIONS.item(organization_id, args)

    @blp.write(
        OrganizationSchema,
        operation_id="updateOrganization",
        links=("get", "delete"),
        status=200,
        body=OrganizationSchema(partial=True),
        media_types=(MERGE_PATCH, JSON),
    )
    def patch(self, organization_id):
        """Correct an organization with a JSON merge patch (RFC 7396)"""
        return RECORDS.update(organization_id)

    @blp.write(None, operation_id="deleteOrganization", status=204)
    def delete(self, organization_id):
        """Delete an organization"""
        return RECORDS.delete(organization_id)

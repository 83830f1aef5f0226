from flask.views import MethodView

from schemas.common import ListArgsSchema
from schemas.deals import DealPageSchema
from schemas.delegations import DelegationPageSchema, DelegationSchema

from .models import Deal, Delegation
from .records import get_record, list_records, require
from .rest import Blueprint

blp = Blueprint(
    "delegations",
    __name__,
    url_prefix="/api/v1/delegations",
    description="Groups attending an expo on behalf of a city, district or body.",
)

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
    @blp.arguments(ListArgsSchema, location="query", as_kwargs=True)
    def get(self, **args):
        """List delegations"""
        return list_records(Delegation, args)


@blp.route("/<delegation_id>", parameters=DELEGATION_ID)
class DelegationItem(MethodView):
    @blp.read(DelegationSchema, operation_id="getDelegation")
    def get(self, delegation_id):
        """Get a delegation"""
        return get_record(Delegation, delegation_id)


@blp.route("/<delegation_id>/deals", parameters=DELEGATION_ID)
class DelegationDeals(MethodView):
    @blp.read(DealPageSchema, operation_id="listDelegationDeals", paged=True)
    @blp.arguments(ListArgsSchema, location="query", as_kwargs=True)
    def get(self, delegation_id, **args):
        """List the deals credited to a delegation"""
        require(Delegation, delegation_id)
        return list_records(Deal, args, Deal.delegation == delegation_id)

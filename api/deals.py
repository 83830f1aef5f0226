from flask.views import MethodView

from schemas.common import ListArgsSchema
from schemas.deals import DealPageSchema, DealSchema

from .models import Deal
from .records import get_record, list_records
from .rest import Blueprint

blp = Blueprint(
    "deals",
    __name__,
    url_prefix="/api/v1/deals",
    description="Purchase orders, signed projects, intended turnover and investments reported at expos.",
)

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
    @blp.arguments(ListArgsSchema, location="query", as_kwargs=True)
    def get(self, **args):
        """List deals"""
        return list_records(Deal, args)


@blp.route("/<deal_id>", parameters=DEAL_ID)
class DealItem(MethodView):
    @blp.read(DealSchema, operation_id="getDeal")
    def get(self, deal_id):
        """Get a deal"""
        return get_record(Deal, deal_id)

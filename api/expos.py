from flask.views import MethodView

from schemas.common import ListArgsSchema
from schemas.deals import DealPageSchema
from schemas.delegations import DelegationPageSchema
from schemas.expos import ExpoPageSchema, ExpoSchema

from .models import Deal, Delegation, Expo
from .records import get_record, list_records, require
from .rest import Blueprint

blp = Blueprint(
    "expos",
    __name__,
    url_prefix="/api/v1/expos",
    description="Editions of trade expos, fairs, exhibitions, forums and promotion events.",
)

EXPO_ID = [{"in": "path", "name": "expo_id", "description": "Id of the expo.", "example": "ciie-2019"}]


@blp.route("")
class Expos(MethodView):
    @blp.read(ExpoPageSchema, operation_id="listExpos", paged=True, may_be_missing=False)
    @blp.arguments(ListArgsSchema, location="query", as_kwargs=True)
    def get(self, **args):
        """List expos"""
        return list_records(Expo, args)


@blp.route("/<expo_id>", parameters=EXPO_ID)
class ExpoItem(MethodView):
    @blp.read(ExpoSchema, operation_id="getExpo")
    def get(self, expo_id):
        """Get an expo"""
        return get_record(Expo, expo_id)


@blp.route("/<expo_id>/delegations", parameters=EXPO_ID)
class ExpoDelegations(MethodView):
    @blp.read(DelegationPageSchema, operation_id="listExpoDelegations", paged=True)
    @blp.arguments(ListArgsSchema, location="query", as_kwargs=True)
    def get(self, expo_id, **args):
        """List the delegations attending an expo"""
        require(Expo, expo_id)
        return list_records(Delegation, args, Delegation.expo == expo_id)


@blp.route("/<expo_id>/deals", parameters=EXPO_ID)
class ExpoDeals(MethodView):
    @blp.read(DealPageSchema, operation_id="listExpoDeals", paged=True)
    @blp.arguments(ListArgsSchema, location="query", as_kwargs=True)
    def get(self, expo_id, **args):
        """List the deals reported at an expo"""
        require(Expo, expo_id)
        return list_records(Deal, args, Deal.expo == expo_id)

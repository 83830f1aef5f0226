from flask.views import MethodView
from flask_smorest import abort
from marshmallow import ValidationError

from api.db import atomic
from api.http.auth import authenticate, issue, revoke
from api.http.bodies import JSON, read_body, unprocessable
from api.http.errors import flatten
from api.http.openapi import Blueprint
from api.lists.filters import AnyOf
from api.lists.listing import Listing
from api.resources.paths import TOKEN_ID
from api.store.models import Token
from schemas.tokens import NewTokenSchema, TokenPageSchema, TokenSchema

blp = Blueprint(
    "tokens",
    __name__,
    url_prefix="/api/v1",
    description="API tokens for curators; managing them needs an `admin` token.",
)

TOKENS = Listing(
    Token,
    TokenSchema,
    "tokens",
    filters={"scope": AnyOf(Token.scope, "Scope.", ["admin"], choices=Token.SCOPES)},
    sorts={"name": Token.name, "created_at": Token.created_at},
    searchable=False,
)


@blp.route("/tokens")
class Tokens(MethodView):
    @blp.read(TokenPageSchema, operation_id="listTokens", paged=True, may_be_missing=False, auth="admin")
    @blp.arguments(TOKENS.args_schema, location="query", as_kwargs=True)
    @blp.doc(security=[{"bearerAuth": []}])
    def get(self, **args):
        """List tokens (admin)"""
        return TOKENS.page(args)

    @blp.write(NewTokenSchema, operation_id="createToken", status=201, links=("revoke",), body=TokenSchema)
    def post(self):
        """Create a token (admin); its secret is in this answer only"""
        authenticate("admin")
        document = read_body(JSON)
        try:
            data = TokenSchema().load(document)
        except ValidationError as error:
            unprocessable(flatten(error.messages, "json"))
        with atomic():
            if Token.select().where(Token.name == data["name"]).exists():
                abort(409, message=f"There is already a token named '{data['name']}'.")
            token, secret = issue(data["name"], data["scope"])
        # the response schema (NewTokenSchema) serializes it: pass the values, not a dump
        record = {name: getattr(token, name) for name in ("id", "name", "scope", "created_at", "revoked_at")}
        return {**record, "token": secret}, 201, {"Location": f"/api/v1/tokens/{token.id}"}


@blp.route("/tokens/<token_id>", parameters=TOKEN_ID)
class TokenItem(MethodView):
    @blp.response(204, description="Revoked (revoking a revoked token changes nothing).")
    @blp.alt_response(401, response="UNAUTHORIZED")
    @blp.alt_response(403, response="FORBIDDEN")
    @blp.alt_response(404, response="NOT_FOUND")
    @blp.doc(operationId="revokeToken", security=[{"bearerAuth": []}])
    def delete(self, token_id):
        """Revoke a token (admin); no If-Match: revoking is idempotent"""
        authenticate("admin")
        with atomic():
            if not revoke(Token.id == token_id) and not Token.select().where(Token.id == token_id).exists():
                abort(404, message=f"There is no token with id '{token_id}'.")

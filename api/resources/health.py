from flask.views import MethodView
from marshmallow import Schema, fields

from api.db import database
from api.http.openapi import Blueprint
from api.version import __version__
from schemas.common import meta

blp = Blueprint("health", __name__, description="Liveness and readiness probes for load balancers.")

NO_STORE = {"Cache-Control": "no-store"}  # a probe must reach the server every time


class StatusSchema(Schema):
    status = fields.String(required=True, metadata=meta("`ok` when the check passed.", "ok"))


class HealthSchema(StatusSchema):
    version = fields.String(
        required=True,
        metadata=meta("The release of the code serving (CHANGELOG.md).", "1.0.0"),
    )


@blp.route("/healthz")
class Health(MethodView):
    @blp.doc(operationId="getHealth")
    @blp.response(200, HealthSchema)
    def get(self):
        """Report that the process is up, and its version"""
        return {"status": "ok", "version": __version__}, 200, NO_STORE


@blp.route("/readyz")
class Ready(MethodView):
    @blp.doc(operationId="getReadiness")
    @blp.response(200, StatusSchema)
    @blp.alt_response(503, response="SERVICE_UNAVAILABLE")
    def get(self):
        """Report whether the database answers with the schema the code expects"""
        # a schema behind the code answered 503 before this (api/store/schema.py)
        database.execute_sql("SELECT 1")  # a failure answers 503 (api/http/errors.py)
        return {"status": "ok"}, 200, NO_STORE

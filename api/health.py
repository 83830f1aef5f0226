from flask.views import MethodView
from marshmallow import Schema, fields

from .db import database
from .rest import Blueprint
from .version import __version__

blp = Blueprint("health", __name__, description="Liveness and readiness probes for load balancers.")


class StatusSchema(Schema):
    status = fields.String(
        required=True, metadata={"description": "`ok` when the check passed.", "example": "ok"}
    )


class HealthSchema(StatusSchema):
    version = fields.String(
        required=True,
        metadata={"description": "The release of the code serving (CHANGELOG.md).", "example": "1.0.0"},
    )


@blp.route("/healthz")
class Health(MethodView):
    @blp.doc(operationId="getHealth")
    @blp.response(200, HealthSchema)
    def get(self):
        """Report that the process is up, and its version"""
        return {"status": "ok", "version": __version__}


@blp.route("/readyz")
class Ready(MethodView):
    @blp.doc(operationId="getReadiness")
    @blp.response(200, StatusSchema)
    @blp.alt_response(503, response="SERVICE_UNAVAILABLE")
    def get(self):
        """Report whether the database answers with the schema the code expects"""
        database.execute_sql("SELECT 1")  # a failure answers 503 (api/errors.py)
        return {"status": "ok"}

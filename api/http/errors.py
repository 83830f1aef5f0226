"""Every error, from every route, as an RFC 9457 problem+json response."""

import logging

from flask import Flask, json, request
from flask_smorest import abort
from peewee import InterfaceError, OperationalError
from playhouse.pool import MaxConnectionsExceeded
from werkzeug.exceptions import HTTPException, InternalServerError, ServiceUnavailable

from api.db import is_sqlite
from api.http.metrics import DATABASE_ERRORS
from api.http.titles import title

PROBLEM_JSON = "application/problem+json"

log = logging.getLogger(__name__)  # "api.http.errors": JSON lines with the request id (api/http/headers.py)


def bad_parameter(name, detail):
    """Answer 400, naming the query parameter at fault."""
    abort(400, message="1 query parameter is invalid.", errors=[{"parameter": name, "detail": detail}])


def unknown_parameter_value(name, detail):
    """Answer 404, naming the query parameter whose well-formed value names nothing here (a
    cursor of another list): like an unknown id in a path."""
    abort(
        404, message="1 query parameter names nothing here.", errors=[{"parameter": name, "detail": detail}]
    )


def not_found(resource_name, record_id):
    abort(404, message=f"There is no {resource_name} with id '{record_id}'.")


def flatten(messages, location):
    """marshmallow's nested error dict -> [{"pointer"|"parameter": ..., "detail": ...}]."""
    errors = []

    def walk(node, path):
        if isinstance(node, dict):
            for key, child in node.items():
                walk(child, path + [str(key)])
        elif isinstance(node, list) and node and all(isinstance(m, str) for m in node):
            for message in node:
                errors.append((path, message))
        elif isinstance(node, list):
            for child in node:
                walk(child, path)
        else:
            errors.append((path, str(node)))

    walk(messages, [])
    if location == "query":
        return [{"parameter": path[0] if path else "", "detail": message} for path, message in errors]
    return [
        {
            "pointer": "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in path if p != "_schema"),
            "detail": message,
        }
        for path, message in errors
    ]


def problem(error: HTTPException):
    """The problem+json response for an HTTP error, keeping its headers (Allow, Retry-After...)."""
    if isinstance(error, InternalServerError):
        log.exception(
            "unhandled error on %s %s",
            request.method,
            request.path,
            exc_info=error.original_exception,
        )
    body = {
        "type": "about:blank",
        "title": title(error.code),
        "status": error.code,
        "detail": error.description if error.code != 500 else "The server failed to answer; this is a bug.",
        "instance": request.path,
    }
    data = getattr(error, "data", None) or {}
    if "message" in data:
        body["detail"] = data["message"]
    if "errors" in data:
        body["errors"] = data["errors"]
    elif "messages" in data:  # webargs validation errors: {location: {field: [messages]}}
        body["errors"] = [
            item for location, messages in data["messages"].items() for item in flatten(messages, location)
        ]
        kind = "query parameter" if "query" in data["messages"] else "field"
        count = len({e.get("parameter", e.get("pointer")) for e in body["errors"]})
        body["detail"] = f"{count} {kind}{'s are' if count != 1 else ' is'} invalid."
    response = error.get_response()
    response.content_type = PROBLEM_JSON
    response.set_data(json.dumps(body))
    for header, value in (data.get("headers") or {}).items():
        response.headers[header] = value
    return response


# SQLite reports a bad statement and an unreachable file alike (OperationalError):
# only these say the database itself is unavailable
SQLITE_UNAVAILABLE = ("unable to open", "locked", "busy", "disk i/o", "readonly", "no such table")


def database_unavailable(error):
    """The database cannot be reached (or stays locked, or the worker's pool stays
    taken): 503, worth a retry. Any other database error is a bug: 500."""
    unavailable = isinstance(error, MaxConnectionsExceeded) or not is_sqlite()
    if not unavailable and not any(m in str(error).lower() for m in SQLITE_UNAVAILABLE):
        DATABASE_ERRORS.labels("bug").inc()
        return problem(InternalServerError(original_exception=error))
    DATABASE_ERRORS.labels("unavailable").inc()
    log.error("database unavailable on %s %s: %s", request.method, request.path, error)
    return problem(ServiceUnavailable("The database is unavailable; retry shortly.", retry_after=5))


def register_error_handlers(app: Flask) -> None:
    # replaces flask-smorest's handler: one shape for every HTTP error
    app.register_error_handler(HTTPException, problem)
    app.register_error_handler(OperationalError, database_unavailable)
    app.register_error_handler(InterfaceError, database_unavailable)
    app.register_error_handler(MaxConnectionsExceeded, database_unavailable)

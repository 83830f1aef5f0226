"""What every response carries: a request id, security headers, CORS for the
configured origins; and JSON logs that name the request id."""

import json
import logging
import re
import secrets

from flask import Flask, g, has_request_context, request
from flask_cors import CORS
from werkzeug.exceptions import NotFound
from werkzeug.middleware.proxy_fix import ProxyFix

from api.http.errors import bad_parameter
from api.http.text import storable_text

REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
# JSON answers load nothing; the Swagger UI page loads only its own assets
JSON_CSP = "default-src 'none'; frame-ancestors 'none'"
DOCS_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self'; connect-src 'self'; frame-ancestors 'none'"
)
# the landing page and the source pages: their own stylesheet and nothing else
PAGE_CSP = "default-src 'none'; style-src 'self'; frame-ancestors 'none'"
# what every answer carries, by kind of page
SECURITY = {
    kind: [
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("Content-Security-Policy", csp),
    ]
    for kind, csp in (("json", JSON_CSP), ("docs", DOCS_CSP), ("page", PAGE_CSP))
}
# headers browser code may read, and send, across origins
EXPOSED = ["ETag", "Link", "Location", "Retry-After", "X-Request-ID", "Idempotent-Replayed", "Last-Modified"]
EXPOSED += ["RateLimit", "RateLimit-Policy", "Deprecation", "Sunset"]
EXPOSED += ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"]
ALLOWED = ["Authorization", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key", "X-Request-ID"]


class JSONFormatter(logging.Formatter):
    """One JSON object per line, with the request id of the request being served."""

    def format(self, record):
        entry = {"time": self.formatTime(record), "level": record.levelname, "logger": record.name}
        entry["message"] = record.getMessage()
        if has_request_context():
            entry.update(request_id=g.get("request_id"), method=request.method, path=request.path)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(app: Flask) -> None:
    handler = logging.StreamHandler()
    if app.config["LOG_FORMAT"] == "json":
        handler.setFormatter(JSONFormatter())
    logger = logging.getLogger("api")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    logger.propagate = False


def register_http(app: Flask) -> None:
    if app.config["PROXY_COUNT"]:
        count = app.config["PROXY_COUNT"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=count)
    if app.config["CORS_ORIGINS"]:
        CORS(
            app,
            resources={r"/api/*": {"origins": app.config["CORS_ORIGINS"]}},
            expose_headers=EXPOSED,
            allow_headers=ALLOWED,
            methods=["GET", "HEAD", "POST", "PATCH", "DELETE", "OPTIONS"],
            max_age=600,
        )

    @app.before_request
    def request_id():
        given = request.headers.get("X-Request-ID", "")
        g.request_id = given if REQUEST_ID.fullmatch(given) else secrets.token_hex(16)

    @app.before_request
    def no_nul_in_path():
        # no record id can hold a NUL (PostgreSQL cannot even be asked about one): 404, not a 500
        if "\x00" in request.path:
            raise NotFound()

    @app.before_request
    def storable_query():
        # every query parameter, whatever its field, is text the database can be asked about:
        # a NUL (PostgreSQL) or a lone surrogate (not UTF-8) is a 400 before any view sees it
        query = request.environ.get("QUERY_STRING", "")
        if query.isascii() and "%" not in query and "\x00" not in query:
            return  # ASCII, nothing escaped, no NUL: parsing it (a 304 needs it for no other) finds neither
        for name, value in request.args.items(multi=True):
            if not (storable_text(name) and storable_text(value)):
                shown = name.encode("utf-8", "backslashreplace").decode("utf-8")
                bad_parameter(shown, "Must not contain NUL characters or invalid Unicode.")

    @app.after_request
    def headers(response):
        # added, not set: no view writes these (set() scans every header for each one it sets)
        response.headers.add("X-Request-ID", g.get("request_id") or secrets.token_hex(16))
        path = request.path
        if path.startswith("/docs"):
            kind = "docs"
        else:
            kind = "page" if path == "/" or path.startswith("/sources/") else "json"
        response.headers.extend(SECURITY[kind])
        return response

"""Discovery beside the OpenAPI document: the document as YAML, the RFC 9727 API catalog,
and deprecations announced the standard way.

A deprecated route answers as before, with `Deprecation` (RFC 9745: since when, as a
structured date `@<unix seconds>`), `Sunset` (RFC 8594: the HTTP date it stops) and
`Link: <...>; rel="deprecation"` (the page saying what to use instead). DEPRECATIONS is
the one list of them; /docs/deprecations shows it.
"""

from datetime import UTC, datetime
from html import escape

import yaml
from flask import Blueprint, Flask, Response, current_app, jsonify, request
from werkzeug.http import http_date

from api.http.conditional import conditional

blp = Blueprint("discovery", __name__)

DEPRECATIONS_PAGE = "/docs/deprecations"


class Deprecation:
    def __init__(self, endpoint, since, sunset, instead):
        self.endpoint, self.since, self.sunset, self.instead = endpoint, since, sunset, instead

    def headers(self):
        return {
            "Deprecation": f"@{int(self.since.timestamp())}",
            "Sunset": http_date(self.sunset),
            "Link": f'<{DEPRECATIONS_PAGE}>; rel="deprecation"; type="text/html", '
            f'<{self.instead}>; rel="successor-version"',
        }


# endpoint -> its deprecation
DEPRECATIONS = {
    d.endpoint: d
    for d in [
        # the document at the root, where some tools look first; it lives under the version prefix
        Deprecation(
            "discovery.root_openapi",
            since=datetime(2026, 12, 1, tzinfo=UTC),
            sunset=datetime(2027, 6, 1, tzinfo=UTC),
            instead="/api/v1/openapi.json",
        ),
    ]
}


def register_deprecations(app: Flask) -> None:
    @app.after_request
    def announce(response):
        if (deprecation := DEPRECATIONS.get(request.endpoint)) is not None:
            for name, value in deprecation.headers().items():
                kept = response.headers.get(name)
                response.headers[name] = f"{kept}, {value}" if kept else value
        return response


def document():
    from api.http.openapi import api  # the app's flask-smorest Api

    return api.spec.to_dict()


@blp.get("/api/v1/openapi.yaml")
@conditional(data=False)  # the code alone: it loads while the database is down
def openapi_yaml():
    """The OpenAPI document as YAML (the same as openapi.json, and as the committed openapi.yaml)."""
    text = yaml.dump(document(), sort_keys=False, allow_unicode=True)
    response = Response(text, mimetype="application/yaml")
    response.headers["Cache-Control"] = "public, max-age=300"
    return response


@blp.get("/openapi.json")
def root_openapi():
    """Deprecated alias of /api/v1/openapi.json (see DEPRECATIONS)."""
    return jsonify(document())


@blp.get("/.well-known/api-catalog")
def api_catalog():
    """RFC 9727: where this host's API is described (RFC 9264 linkset)."""
    base = request.host_url.rstrip("/")
    linkset = {
        "linkset": [
            {
                "anchor": f"{base}/api/v1",
                "service-desc": [
                    {"href": f"{base}/api/v1/openapi.json", "type": "application/vnd.oai.openapi+json"},
                    {"href": f"{base}/api/v1/openapi.yaml", "type": "application/vnd.oai.openapi"},
                ],
                "service-doc": [{"href": f"{base}/docs", "type": "text/html"}],
                "status": [{"href": f"{base}/readyz", "type": "application/json"}],
            }
        ]
    }
    response = current_app.json.response(linkset)
    response.mimetype = "application/linkset+json"
    response.headers["Link"] = f'<{base}/.well-known/api-catalog>; rel="api-catalog"'
    return response


@blp.get(DEPRECATIONS_PAGE)
def deprecations():
    rows = "\n".join(
        f"<li><code>{escape(d.endpoint)}</code>: deprecated since {d.since:%Y-%m-%d}, removed on "
        f'{d.sunset:%Y-%m-%d}; use <a href="{escape(d.instead)}">{escape(d.instead)}</a>.</li>'
        for d in DEPRECATIONS.values()
    )
    page = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Deprecations</title></head>'
        f"<body><h1>Deprecations</h1><ul>\n{rows}\n</ul></body></html>"
    )
    return Response(page, mimetype="text/html")

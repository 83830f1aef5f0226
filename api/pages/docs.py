"""Swagger UI 5 at /docs, served from the assets the flask-swagger-ui package ships
(its `dist/`): no CDN, works offline. Only the assets are used: the page and its
settings are this module's."""

from pathlib import Path

import flask_swagger_ui
from flask import Blueprint, Response, send_from_directory

ASSETS = Path(flask_swagger_ui.__file__).resolve().parent / "dist"

blp = Blueprint("docs", __name__)

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Trade-promotion records API</title>
  <link rel="stylesheet" href="/docs/swagger-ui.css">
  <link rel="icon" type="image/png" href="/docs/favicon-32x32.png">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/swagger-ui-bundle.js"></script>
  <script src="/docs/swagger-ui-standalone-preset.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>
"""

# a file rather than an inline script, so a strict Content-Security-Policy can forbid inline code
INIT = """window.ui = SwaggerUIBundle({
  url: "/api/v1/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  tryItOutEnabled: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: "StandaloneLayout",
  // Swagger UI sends an optional parameter a person has cleared as `name=`, which this API
  // rightly rejects as malformed (400): leave empty ones out of the request instead
  requestInterceptor: (request) => {
    const url = new URL(request.url, window.location.href);
    for (const [name, value] of Array.from(url.searchParams)) {
      if (value === "") url.searchParams.delete(name);
    }
    request.url = url.toString();
    return request;
  }
});
"""


@blp.get("/docs")
def page():
    return Response(PAGE, mimetype="text/html")


@blp.get("/docs/init.js")
def init():
    return Response(INIT, mimetype="text/javascript")


@blp.get("/docs/<path:filename>")
def asset(filename):
    return send_from_directory(ASSETS, filename)

"""The landing page at `/`: what this API is and where to start. JSON by default (for
clients), HTML when the Accept header prefers it (for browsers); no script, no inline
style, so the strict Content-Security-Policy of api/http/headers.py applies unchanged."""

from html import escape

from flask import Blueprint, Response, jsonify, request

blp = Blueprint("landing", __name__)

NAME = "Trade-promotion records API"
DESCRIPTION = (
    "A versioned JSON API of hand-curated, source-cited records of trade expos, the delegations "
    "that attend them, the deals reported there, the organizations party to them and the source "
    "documents they come from. Every figure is traceable to a verbatim passage of its source."
)
DOCS = {
    "docs": ("/docs", "Swagger UI: every operation, parameter and schema, with Try it out"),
    "openapi": ("/api/v1/openapi.json", "The OpenAPI 3 document (generate typed clients from it)"),
}
RESOURCES = {
    "expos": ("/api/v1/expos", "Editions of trade expos, fairs, exhibitions, forums and promotion events"),
    "delegations": ("/api/v1/delegations", "Groups attending an expo on behalf of a place or body"),
    "deals": ("/api/v1/deals", "Agreements reported at or around an expo, single or aggregate"),
    "organizations": (
        "/api/v1/organizations",
        "Companies, parks, agencies and government bodies taking part",
    ),
    "sources": ("/api/v1/sources", "The source documents every record cites"),
    "changes": ("/api/v1/changes", "The change feed: every write, with the record before and after"),
}
EXAMPLES = {
    "filter": (
        "/api/v1/deals?kind=purchase_order&amount[gte]=100000000",
        "Purchase orders of at least 100 million (tested on the amount's low bound)",
    ),
    "expand": (
        "/api/v1/deals/zkh-dow-organosilicon-2023?expand=expo,parties,sources",
        "One deal with its expo, parties and source documents embedded",
    ),
    "search": ("/api/v1/deals?q=organo-silicon", "Full-text search over names, descriptions and quotes"),
    "sort_and_fields": (
        "/api/v1/expos?sort=-start_date&fields=name,start_date",
        "Expos, latest first, with only their names and start dates",
    ),
    "stats": (
        "/api/v1/stats/deals?group_by=currency",
        "Deals counted and their amounts totalled by currency",
    ),
    "csv": ("/api/v1/deals?format=csv", "Every deal as CSV, for a spreadsheet"),
}


def body():
    section = lambda links: {key: {"href": href, "title": title} for key, (href, title) in links.items()}  # noqa: E731
    return {
        "name": NAME,
        "description": DESCRIPTION,
        "links": {**section(DOCS), **section(RESOURCES)},
        "examples": section(EXAMPLES),
    }


def html():
    def items(links):
        return "\n".join(
            f'    <li><a href="{escape(href)}">{escape(href)}</a>: {escape(title)}</li>'
            for href, title in links.values()
        )

    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{escape(NAME)}</title>
</head>
<body>
  <h1>{escape(NAME)}</h1>
  <p>{escape(DESCRIPTION)}</p>
  <h2>Documentation</h2>
  <ul>
{items(DOCS)}
  </ul>
  <h2>Resources</h2>
  <ul>
{items(RESOURCES)}
  </ul>
  <h2>Example queries</h2>
  <ul>
{items(EXAMPLES)}
  </ul>
  <p>Ask for JSON (<code>Accept: application/json</code>, the default) to get these links as an object.</p>
</body>
</html>
"""


@blp.get("/")
def landing():
    # browsers send `text/html,...,*/*;q=0.8`; clients sending nothing or `*/*` get JSON
    best = request.accept_mimetypes.best_match(["application/json", "text/html"], default="application/json")
    if (
        best == "text/html"
        and request.accept_mimetypes["text/html"] > request.accept_mimetypes["application/json"]
    ):
        response = Response(html(), mimetype="text/html")
    else:
        response = jsonify(body())
    response.vary.add("Accept")
    response.headers["Cache-Control"] = "public, max-age=300"
    return response

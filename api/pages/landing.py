"""The landing page at `/`: what this API is, what it holds and where to start. JSON by
default (for clients), HTML when the Accept header prefers it (for browsers). No script and
no inline style: its one stylesheet is this app's /landing.css, the only thing the page's
Content-Security-Policy (api/http/headers.py) lets it load."""

from html import escape
from pathlib import Path

from flask import Blueprint, Response, jsonify, request

from api.store.models import Change, Deal, Delegation, Expo, Organization, Source

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
COUNTED = {"expos": Expo, "delegations": Delegation, "deals": Deal, "organizations": Organization}
COUNTED.update(sources=Source, changes=Change)
EXPOS_SHOWN, DEALS_SHOWN = 12, 6
STYLESHEET = (Path(__file__).with_name("landing.css")).read_text(encoding="utf-8")


def body():
    section = lambda links: {key: {"href": href, "title": title} for key, (href, title) in links.items()}  # noqa: E731
    return {
        "name": NAME,
        "description": DESCRIPTION,
        "links": {**section(DOCS), **section(RESOURCES)},
        "examples": section(EXAMPLES),
    }


def at_a_glance():
    """What the page shows of the data: counts per resource, the expos (latest first), and the
    deals of the latest expos with their amounts as reported. Each query is bounded (an
    index walk with a LIMIT, or a COUNT), whatever the size of the tables."""
    counts = {name: model.select().count() for name, model in COUNTED.items()}
    latest = Expo.year.desc(nulls="LAST"), Expo.start_date.desc(nulls="LAST"), Expo.id
    expos = list(Expo.select().order_by(*latest).limit(EXPOS_SHOWN))
    names = {expo.id: expo.name for expo in expos}
    deals = []
    for expo in expos:  # the deals of the latest expos, through the index on deal.expo
        if len(deals) >= DEALS_SHOWN:
            break
        order = Deal.signed_on.desc(nulls="LAST"), Deal.id
        deals.extend(
            Deal.select().where(Deal.expo == expo.id).order_by(*order).limit(DEALS_SHOWN - len(deals))
        )
    return counts, expos, [(deal, names[deal.expo_id]) for deal in deals]


def when(expo):
    """`5-10 Nov 2019`, as far as the record states it."""
    start, end = expo.start_date, expo.end_date
    if start and end and (start.year, start.month) == (end.year, end.month) and start != end:
        return f"{start.day}\u2013{end.day} {end:%b %Y}"
    if start and end and start != end:
        return f"{start.day} {start:%b %Y} \u2013 {end.day} {end:%b %Y}"
    if start:
        return f"{start.day} {start:%b %Y}"
    return str(expo.year) if expo.year else "date not stated"  # the words ("on Saturday") need context


def place(expo):
    return ", ".join(filter(None, [expo.city, expo.country])) or "place not stated"


def html():
    counts, expos, deals = at_a_glance()
    e = escape
    buttons = "".join(
        f'<a class="button" href="{e(href)}">{e(label)}</a>'
        for label, (href, _) in zip(("Explore in Swagger UI", "OpenAPI document"), DOCS.values(), strict=True)
    )
    cards = "\n".join(
        f'<li><a href="{e(href)}"><strong>{counts[name]:,}</strong> {e(name)}</a><span>{e(title)}</span></li>'
        for name, (href, title) in RESOURCES.items()
    )
    expo_rows = "\n".join(
        f'<li><span class="name">{e(expo.name)}</span>'
        f'<span class="meta">{e(when(expo))} \u00b7 {e(place(expo))}</span></li>'
        for expo in expos
    )
    if counts["expos"] > len(expos):
        expo_rows += f'\n<li class="more">and {counts["expos"] - len(expos):,} more</li>'
    deal_rows = "\n".join(
        f'<li><span class="amount">{e(deal.amount_as_reported or "amount not stated")}</span>'
        f'<span class="name">{e(deal.title)}</span>'
        f'<span class="meta">{e(deal.kind.replace("_", " "))} \u00b7 {e(expo_name)}</span></li>'
        for deal, expo_name in deals
    )
    examples = "\n".join(
        f'<li><a href="{e(href)}"><code>{e(href)}</code></a><span>{e(title)}</span></li>'
        for href, title in EXAMPLES.values()
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{e(NAME)}</title>
<link rel="stylesheet" href="/landing.css">
</head>
<body>
<header>
<div class="wrap">
<p class="kicker">REST API \u00b7 v1 \u00b7 JSON</p>
<h1>{e(NAME)}</h1>
<p class="lead">{e(DESCRIPTION)}</p>
<nav>{buttons}</nav>
</div>
</header>
<main class="wrap">
<section>
<h2>The records</h2>
<ul class="cards">
{cards}
</ul>
</section>
<div class="columns">
<section>
<h2>Expos</h2>
<ul class="rows">
{expo_rows}
</ul>
</section>
<section>
<h2>Latest deals</h2>
<p class="note">Amounts as the sources report them; every figure cites its passage.</p>
<ul class="rows deals">
{deal_rows}
</ul>
</section>
</div>
<section>
<h2>Try a query</h2>
<ul class="examples">
{examples}
</ul>
</section>
</main>
<footer class="wrap">
<p>Programs asking for <code>/</code> with <code>Accept: application/json</code> (the default)
get these links as a JSON object.</p>
</footer>
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


@blp.get("/landing.css")
def stylesheet():
    response = Response(STYLESHEET, mimetype="text/css")
    response.headers["Cache-Control"] = "public, max-age=3600"
    return response

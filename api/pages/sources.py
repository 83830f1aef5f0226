"""A source's page at `/sources/{id}`: the document's text with every cited passage highlighted
(`<mark id="cite-<start>-<end>">`, the anchor a citation's `href` opens) and linked to the
records that cite it. Like the landing page: no script, no inline style, its one stylesheet
is /landing.css."""

from collections import defaultdict
from html import escape

from flask import Blueprint, Response

from api.http.conditional import conditional
from api.http.errors import not_found
from api.store import evidence
from api.store.models import Citation, Source
from api.store.relations import RESOURCE_OF

blp = Blueprint("source_pages", __name__)


def passages(source_id):
    """{Anchor: [(resource, record id)]} of the source's anchored citations."""
    found = defaultdict(list)
    for row in Citation.select().where(Citation.source == source_id).order_by(Citation.id).dicts():
        anchor = evidence.stored(row)
        owner = next(name for name in Citation.OWNERS if row[name] is not None)
        record = (RESOURCE_OF[Citation._meta.fields[owner].rel_model], row[owner])
        if anchor is not None and record not in found[anchor]:
            found[anchor].append(record)
    return found


def citers(records):
    links = " ".join(
        f'<a href="/api/v1/{resource}/{escape(record_id)}">{resource}/{escape(record_id)}</a>'
        for resource, record_id in records
    )
    return f'<span class="cited-by">[{links}]</span>'


def marked(text, found):
    """The text as HTML, each passage in a <mark> (nested when one holds another). A passage that
    crosses the end of an open one cannot nest: it gets an empty anchor at its start instead."""
    out, open_, position = [], [], 0

    def upto(offset):
        nonlocal position
        out.append(escape(text[position:offset]))
        position = offset

    def close():
        anchor = open_.pop()
        upto(anchor.end)
        out.append(f"</mark>{citers(found[anchor])}")

    for anchor in sorted(found, key=lambda a: (a.start, -a.end)):
        while open_ and open_[-1].end <= anchor.start:
            close()
        upto(anchor.start)
        if open_ and anchor.end > open_[-1].end:
            out.append(
                f'<span id="{evidence.passage_id(anchor)}" class="crossing"></span>{citers(found[anchor])}'
            )
            continue
        out.append(f'<mark id="{evidence.passage_id(anchor)}">')
        open_.append(anchor)
    while open_:
        close()
    upto(len(text))
    return "".join(out)


def html(source, found):
    title = source.title or source.id
    facts = [f"Publisher: {escape(source.publisher)}" if source.publisher else None]
    facts += [f"Published on {source.published_on}" if source.published_on else None]
    facts += [f"Digest: <code>{escape(source.digest)}</code>" if source.digest else None]
    facts = " · ".join(fact for fact in facts if fact)
    body = (
        marked(source.text, found)
        if source.text is not None
        else "<em>The text of this source is not known.</em>"
    )
    return f"""<!doctype html>
<html lang="{escape(source.language or "en")}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<link rel="stylesheet" href="/landing.css">
</head>
<body>
<header><div class="wrap">
<p class="kicker">Source document · {len(found)} cited passage{"s" if len(found) != 1 else ""}</p>
<h1>{escape(title)}</h1>
<p class="lead">{facts}</p>
<nav><a class="button" href="/api/v1/sources/{escape(source.id)}">The record (JSON)</a>
<a class="button" href="/api/v1/sources/{escape(source.id)}/text">The text</a>
<a class="button" href="/api/v1/sources/{escape(source.id)}/records">What cites it</a></nav>
</div></header>
<main class="wrap"><article class="source-text">{body}</article></main>
</body>
</html>
"""


@blp.get("/sources/<source_id>")
@conditional()
def page(source_id):
    source = Source.get_or_none(Source.id == source_id)
    if source is None:
        not_found("source", source_id)
    response = Response(html(source, passages(source_id)), mimetype="text/html")
    response.headers["Cache-Control"] = "public, max-age=60"
    return response

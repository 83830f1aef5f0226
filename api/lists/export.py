"""Streamed CSV and NDJSON exports of a list.

An export is every record matching the list's filters and sort (from `cursor`
on; `limit` does not apply), read in keyset batches and written out batch by
batch, so a large export never holds more than one batch in memory.
"""

import csv
import io
import json

from flask import Response, current_app, request, stream_with_context
from marshmallow import fields
from werkzeug.exceptions import NotAcceptable

from api.http.render import dumper
from api.lists.pagination import after, order_by
from api.store.rows import dict_rows
from schemas.common import FigureRules

BATCH_SIZE = 500  # rows per query: few round trips, bounded memory

MEDIA_TYPES = {"json": "application/json", "csv": "text/csv", "ndjson": "application/x-ndjson"}
FORMAT_OF = {media_type: name for name, media_type in MEDIA_TYPES.items()}

# the OpenAPI description of each export (api/http/openapi.py `Blueprint.read`)
EXPORT_DOCS = {
    "text/csv": "Every matching record (from `cursor` on; `limit` does not apply), streamed: a header "
    "row, then one row per record. A figure spreads over one column per part (`amount.value`, "
    "`amount.low`...); other lists and objects are one cell of compact JSON; null is an empty cell.",
    "application/x-ndjson": "Every matching record (from `cursor` on; `limit` does not apply), "
    "streamed: one line per record, the JSON of the page's `data` items.",
}


def negotiate(args):
    """The representation asked for: `format` wins (links in a browser), then
    `Accept`; JSON without an Accept header. 406 when Accept allows none."""
    if "format" in args:
        return args["format"]
    if not request.accept_mimetypes:
        return "json"
    best = request.accept_mimetypes.best_match(list(MEDIA_TYPES.values()))
    if best is None:
        raise NotAcceptable(f"Lists are available as {', '.join(MEDIA_TYPES.values())}.")
    return FORMAT_OF[best]


def batches(query, keys, values):
    """The row dicts of `query` in `keys` order, after `values` (the sort key values
    of the last row already sent; None: from the start), BATCH_SIZE rows per query."""
    query = query.order_by(*order_by(keys))
    while True:
        batch = query if values is None else query.where(after(keys, values))
        rows = dict_rows(batch.limit(BATCH_SIZE))
        if not rows:
            return
        values = [rows[-1][k.name] for k in keys]  # before rendering, which rewrites rows
        yield rows
        if len(rows) < BATCH_SIZE:
            return


def response(batches, kind, schema, args, resource):
    """The streamed `kind` (csv or ndjson) response of batches of records (`schema`'s)."""
    dump = dumper(type(schema))  # the pages' own serializer
    records = ([dump(record) for record in batch] for batch in batches)
    body = csv_chunks(records, columns(schema, args)) if kind == "csv" else ndjson_chunks(records)
    response = Response(stream_with_context(body), mimetype=MEDIA_TYPES[kind])
    response.headers["Content-Disposition"] = f'attachment; filename="{resource}.{kind}"'
    return response


def ndjson_chunks(records):
    """One line per record, byte for byte the JSON of a page's `data` items."""
    dumps = current_app.json.dumps
    for batch in records:
        yield "".join(dumps(record, separators=(",", ":")) + "\n" for record in batch).encode()


def columns(schema, args):
    """CSV columns in the item schema's order, as (header, field, part): a figure
    spreads over one column per part (`amount.value`...), anything else is one."""
    keep = {"id", *args["fields"]} if "fields" in args else set(schema.fields)
    found = []
    for name, field in schema.fields.items():
        # a dump-only field (expos' `delegations`) is only there when expanded
        if name not in keep or (field.dump_only and name not in args.get("expand", [])):
            continue
        if isinstance(field, fields.Nested) and isinstance(field.schema, FigureRules):
            found += [(f"{name}.{part}", name, part) for part in field.schema.fields]
        else:
            found.append((name, name, None))
    return found


def cells(record, columns):
    """One CSV row: scalars as they are, null as an empty cell, any other list or
    object (sectors, parties, sources, an expanded record...) as compact JSON."""
    row = []
    for _, name, part in columns:
        value = record.get(name) if part is None else (record.get(name) or {}).get(part)
        if isinstance(value, (list, dict)):
            value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        row.append("" if value is None else value)
    return row


def csv_chunks(records, columns):
    """The header row, then one chunk of rows per batch of records."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush():
        chunk = buffer.getvalue().encode()
        buffer.seek(0)
        buffer.truncate()
        return chunk

    writer.writerow([header for header, _, _ in columns])
    yield flush()
    for batch in records:
        writer.writerows(cells(record, columns) for record in batch)
        yield flush()

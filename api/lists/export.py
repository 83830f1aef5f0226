"""Streamed CSV and NDJSON exports of a list.

An export is every record matching the list's filters and sort (from `cursor`
on; `limit` does not apply), read in keyset batches and written out batch by
batch, so a large export never holds more than one batch in memory.

An export cannot be cut silently: its last line is an end-of-export marker (NDJSON
`{"end_of_export": {...}}`, CSV a `# end of export` comment line) with the number of
records sent and, when the export stopped at EXPORT_MAX_ROWS, the URL of the rest
(`next`, a cursor). A body without it was cut: fetch the same URL again. A long export
is thus a few bounded responses, each short enough to outlive a graceful restart.
"""

import csv
import io
import json
import threading

from flask import Response, current_app, request, stream_with_context
from flask_smorest import abort
from marshmallow import fields
from werkzeug.exceptions import NotAcceptable

from api.http.render import dumper
from api.lists.pagination import encode_cursor, read, url_with
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
END_DOCS = (
    ' The last line is the end-of-export marker (NDJSON `{"end_of_export": {"records": n, '
    '"next": url or null}}`, CSV `# end of export: n records` then `; next: <url>` when more '
    "follow): without it the export was cut, so fetch it again; with `next`, fetch that for the rest."
)
EXPORT_DOCS = {media_type: text + END_DOCS for media_type, text in EXPORT_DOCS.items()}


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


def slot():
    """One of this worker's EXPORTS_PER_WORKER export slots, or a 503 with Retry-After: a
    few full exports must not take every thread (and database connection) of a worker."""
    slots = current_app.extensions.get("export_slots")
    if slots is None:
        slots = current_app.extensions["export_slots"] = threading.BoundedSemaphore(
            current_app.config["EXPORTS_PER_WORKER"]
        )
    if not slots.acquire(blocking=False):
        abort(503, message="Too many exports are running; retry shortly.", headers={"Retry-After": "5"})
    return slots


def batches(query, keys, values, end):
    """The row dicts of `query` in `keys` order, after `values` (the sort key values
    of the last row already sent; None: from the start), BATCH_SIZE rows per query, at
    most EXPORT_MAX_ROWS in all; then end["next"] is the cursor of the rest, if any."""
    left = current_app.config["EXPORT_MAX_ROWS"]
    while left > 0:
        size = min(BATCH_SIZE, left)
        rows = read(query, keys, values, size)
        if not rows:
            return
        values = [rows[-1][k.name] for k in keys]  # before rendering, which rewrites rows
        left -= len(rows)
        yield rows
        if len(rows) < size:
            return
    if read(query, keys, values, 1):
        end["next"] = encode_cursor(keys, values)


def response(batches, end, kind, schema, args, resource):
    """The streamed `kind` (csv or ndjson) response of batches of records (`schema`'s), then
    its end-of-export marker (`end`: what `batches` left for it)."""
    slots = slot()
    dump = dumper(type(schema))  # the pages' own serializer

    def records():
        for batch in batches:
            end["records"] = end.get("records", 0) + len(batch)
            yield [dump(record) for record in batch]

    chunks = csv_chunks(records(), columns(schema, args)) if kind == "csv" else ndjson_chunks(records())
    body = ended(chunks, end, kind)
    response = Response(stream_with_context(body), mimetype=MEDIA_TYPES[kind])
    response.call_on_close(slots.release)  # when the body is sent, or the client went away
    response.headers["Content-Disposition"] = f'attachment; filename="{resource}.{kind}"'
    return response


def ended(chunks, end, kind):
    """The chunks, then the end-of-export marker: its absence tells a client the body was cut."""
    yield from chunks
    records = end.get("records", 0)
    following = url_with(cursor=end["next"]) if end.get("next") else None
    if kind == "csv":
        yield f"# end of export: {records} records{f'; next: {following}' if following else ''}\n".encode()
    else:
        marker = {"end_of_export": {"records": records, "next": following}}
        yield (current_app.json.dumps(marker, separators=(",", ":")) + "\n").encode()


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
    for name, field in schema.dump_fields.items():  # not a source's `text`: it is written, never shown
        # a dump-only list of records (expos' `delegations`) is only there when expanded
        expanded_only = field.dump_only and isinstance(field, fields.List)
        if name not in keep or (expanded_only and name not in args.get("expand", [])):
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

"""Request bodies: JSON objects a database can store, and RFC 7396 merge patches."""

import json

from flask import request
from flask_smorest import abort

JSON = "application/json"
MERGE_PATCH = "application/merge-patch+json"
MAX_DEPTH = 16  # the deepest record (a figure in a list) is 4 levels down


def read_body(*media_types):
    """The request's JSON object, or the problem saying why not: 415 (not JSON),
    413 (too large: MAX_CONTENT_LENGTH), 400 (not UTF-8, not JSON, too deep),
    422 (not an object, or text no database can store)."""
    if request.mimetype not in media_types:
        abort(
            415,
            message=f"Send the body as {' or '.join(media_types)}.",
            headers={"Accept-Patch": MERGE_PATCH} if MERGE_PATCH in media_types else {},
        )
    raw = request.get_data(cache=True)
    if not raw:
        abort(400, message="The request has no body.")
    try:
        value = json.loads(raw.decode("utf-8"), parse_constant=reject_constant, parse_float=number)
    except UnicodeDecodeError:
        abort(400, message="The body is not UTF-8.")
    except RecursionError:
        abort(400, message="The body is nested too deeply.")
    except ValueError as error:
        abort(400, message=f"The body is not valid JSON: {error}.")
    if depth(value) > MAX_DEPTH:
        abort(400, message=f"The body is nested more than {MAX_DEPTH} levels deep.")
    if not isinstance(value, dict):
        unprocessable([{"pointer": "", "detail": "Must be a JSON object."}])
    bad = list(unstorable(value, ""))
    if bad:
        unprocessable(bad)
    return value


def reject_constant(name):
    raise ValueError(f"{name} is not a JSON number")


def number(text):
    """A JSON number with a fraction or an exponent: an integer when it is one (`3.0`, `3e2`), as
    in JSON Schema 2020-12 (the OpenAPI 3.1 document's `type: integer` admits them). Through
    float, which is exact for every integer a record holds (at most 10^15 < 2^53): a larger one
    is out of range whatever its rounding, and `1e999` is infinity, never a huge integer."""
    value = float(text)
    return int(value) if value.is_integer() else value


def depth(value):
    """How deeply containers nest in a parsed body; iterative, so that no body
    json.loads accepts can exhaust the stack here."""
    deepest, pending = 0, [(value, 0)]
    while pending:
        item, level = pending.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level + 1)
            pending.extend(
                (child, level + 1) for child in (item.values() if isinstance(item, dict) else item)
            )
    return deepest


def unstorable(value, pointer):
    """Text no backend can store: NUL characters (PostgreSQL) and lone surrogates (not UTF-8)."""
    if isinstance(value, dict):
        for key, item in value.items():
            bad_key = list(unstorable(key, pointer))
            yield from bad_key
            if not bad_key:  # a pointer must itself be storable and encodable text
                yield from unstorable(item, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from unstorable(item, f"{pointer}/{index}")
    elif isinstance(value, str):
        if "\x00" in value:
            yield {"pointer": pointer, "detail": "Must not contain NUL characters."}
        else:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                yield {"pointer": pointer, "detail": "Not valid Unicode text."}


def unprocessable(errors):
    count = len(errors)
    abort(422, message=f"{count} field{'s are' if count != 1 else ' is'} invalid.", errors=errors)


def merge_patch(target, patch):
    """RFC 7396 JSON merge patch: objects merge, null removes, anything else replaces."""
    if not isinstance(patch, dict):
        return patch
    merged = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = merge_patch(merged.get(key), value)
    return merged

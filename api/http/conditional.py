"""Conditional requests, in one place: strong ETags, Last-Modified, 304 Not Modified,
If-Match (412, 428) and the per-worker cache of rendered representations.

A read's representation is a function of the data, the request (URL and Accept) and
the code. The data is summed up by the `Revision` row that every write transaction
bumps, so a read's ETag is a hash of (build, revision, URL, Accept), and a matching
If-None-Match is answered 304 before the view renders anything. A record's canonical
representation (no query string) changes only with its version, so it has an ETag of
its own (`record_etag`) that survives writes to other records and serves If-Match.

A strong ETag names one representation, byte for byte, so each worker also keeps the
bodies it rendered under their ETags (`Representations`): the next request for the
same representation is answered without running the view. Like a shared cache, it
keeps only public answers (no Authorization), and it empties when the revision moves.

Each read view declares what it needs through `conditional(...)`, which
`Blueprint.read` applies.
"""

import hashlib
import re
from collections import OrderedDict
from datetime import UTC
from functools import wraps
from pathlib import Path

from flask import Flask, current_app, g, request
from flask_smorest import abort
from werkzeug.http import http_date

from api.http.auth import authenticate
from api.http.compression import compressed, tagged, variants
from api.http.metrics import CACHE
from api.lists.pagination import exact_count_preferred
from api.store.models import Revision
from api.store.relations import RESOURCE_OF
from api.store.rows import version_of

PACKAGES = ("api", "schemas")


def build_id():
    """A hash of the code that renders representations: a new release gets new ETags."""
    digest = hashlib.sha1()
    root = Path(__file__).resolve().parents[2]
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class Representations:
    """Rendered 200 answers of public reads, by (ETag, URL), least recently used
    first out, within a budget of bytes: bodies as sent (compressed in the coding their
    ETag names), and about a KiB an entry for its key and headers."""

    ENTRY = 1024

    def __init__(self, budget):
        self.budget, self.size, self.revision = budget, 0, None
        self.kept = OrderedDict()  # key -> (body, headers)

    def get(self, revision, key):
        if revision != self.revision:  # a write: every kept answer may be stale
            self.kept.clear()
            self.size, self.revision = 0, revision
        found = self.kept.get(key)
        if found is not None:
            self.kept.move_to_end(key)
        return found

    def put(self, key, body, headers):
        if len(body) + self.ENTRY > self.budget // 8 or key in self.kept:
            return
        self.kept[key] = (body, headers)
        self.size += len(body) + self.ENTRY
        while self.size > self.budget:
            evicted, _ = self.kept.popitem(last=False)[1]
            self.size -= len(evicted) + self.ENTRY


def init_conditional_requests(app: Flask) -> None:
    app.config.setdefault("BUILD_ID", build_id())
    app.extensions["representations"] = Representations(app.config["REPRESENTATION_CACHE_BYTES"])
    # the OpenAPI document is flask-smorest's view: it depends on the code alone, and must
    # load while the database is down (it reads no revision and is never kept)
    endpoint = "api-docs.openapi_json"
    app.view_functions[endpoint] = conditional(data=False)(app.view_functions[endpoint])


# --- reads: ETag, Last-Modified, 304 and the representation cache ------------------------


def record_etag(resource, record_id, version):
    """The strong ETag of a record's canonical representation (no fields/expand):
    it changes with the record's version and with the code (the build id)."""
    key = f"{current_app.config['BUILD_ID']}\n{resource}\n{record_id}\n{version}"
    return hashlib.sha1(key.encode()).hexdigest()


def conditional(record=None, auth=None, data=True, paged=False):
    """Decorator of a read view. `record`: the model of an item view (a per-record ETag for
    its canonical representation); `auth`: the token scope the read needs, checked before
    anything is answered, a 304 included; `data=False`: the answer depends on the code alone;
    `paged`: a list, whose meta.total answers `Prefer: count=exact` (api/lists/pagination.py)."""
    # a 304 names what its 200 varies on (RFC 9110 15.4.5); Accept-Encoding is the compressor's
    vary = "Prefer, Accept" if paged else "Accept"

    def decorate(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            if auth:
                authenticate(auth)
            revision = Revision.current() if data else None
            number = g.revision = revision.number if revision else 0
            last_modified = revision.modified_at.replace(tzinfo=UTC) if revision else None
            # a compressed body is another representation: its coding is part of its tag
            etag = tagged((record and item_etag(record)) or url_etag(number, paged))
            # only an ETag this server sent can match before the view has validated the request: an
            # invalid one (a bad parameter, a missing record) never had one. `*` and If-Modified-Since
            # match any URL, so they are answered after it (fresh). If-None-Match compares
            # weakly (RFC 9110 13.1.2): W/"<etag>" matches too.
            if not request.if_none_match.star_tag and request.if_none_match.contains_weak(etag):
                return validators(current_app.response_class(status=304), etag, last_modified, vary)
            representations = current_app.extensions["representations"]
            key = (etag, request.full_path) if data and shared(representations) else None
            found = key and representations.get(number, key)
            if key:  # a lookup: /metrics counts its result
                CACHE.labels("miss" if found is None else "hit").inc()
            if found:  # kept compressed: a hit costs no compression
                body, headers = found
                response = current_app.response_class(body, headers=headers)
            else:
                response = current_app.make_response(view(*args, **kwargs))
            if response.status_code != 200:
                return response
            if fresh(last_modified):
                response.close()  # what it holds (an export's slot, its stream) is not sent
                return validators(current_app.response_class(status=304), etag, last_modified, vary)
            if not found:
                response = compressed(response)
                if key and request.method == "GET" and not response.is_streamed:
                    # what the view and the compressor set (Content-Type, Link, Content-Encoding,
                    # Vary); the validators and the per-request headers come after
                    headers = [(k, v) for k, v in response.headers.items() if k != "Content-Length"]
                    representations.put(key, response.get_data(), headers)
            return validators(response, etag, last_modified, vary)

        wrapper.auth = auth  # the rate limiter authenticates such a read before counting it
        return wrapper

    return decorate


def item_etag(model):
    """The per-record ETag of an item's canonical representation, or None (a query string
    shapes it, or there is no such record: the view answers)."""
    if request.args:
        return None
    (record_id,) = request.view_args.values()
    version = version_of(model, record_id)
    return None if version is None else record_etag(RESOURCE_OF[model], record_id, version)


def url_etag(revision, paged):
    accept = request.headers.get("Accept", "")
    key = f"{current_app.config['BUILD_ID']}\n{revision}\n{request.full_path}\n{accept}"
    if paged and exact_count_preferred():  # a list's meta.total differs (api/lists/pagination.py)
        key += "\ncount=exact"
    return hashlib.sha1(key.encode()).hexdigest()


def shared(representations):
    """What a shared cache may keep: a public answer (no credentials sent)."""
    return representations.budget > 0 and "Authorization" not in request.headers


def fresh(last_modified):
    """`If-None-Match: *` (any current representation) or, without If-None-Match (it takes
    precedence, RFC 9110), an If-Modified-Since not older than the last write."""
    if request.if_none_match:
        return request.if_none_match.star_tag
    since = request.if_modified_since
    return bool(since and last_modified and last_modified <= since)


# headers written as strings: werkzeug's parsed header objects cost more than a 304's work
def validators(response, etag, last_modified, vary):
    headers = response.headers
    headers["ETag"] = f'"{etag}"'
    if last_modified:
        headers["Last-Modified"] = http_date(last_modified)
    # an answer to a token (the token list) is for that client only
    scope = "private" if "Authorization" in request.headers else "public"
    headers["Cache-Control"] = f"{scope}, max-age={current_app.config['CACHE_MAX_AGE']}"
    varies = headers.get("Vary")
    headers["Vary"] = f"{varies}, {vary}" if varies else vary
    return response


# --- writes: If-Match -------------------------------------------------------------------

# `*`, or one or more entity tags (RFC 9110: [W/]"<visible ASCII but DQUOTE>"), comma-separated
IF_MATCH_SYNTAX = re.compile(r'^(\*|(W/)?"[!#-~]*"( *, *(W/)?"[!#-~]*")*)$')


def required_if_match():
    """The request's If-Match: 428 without one, 400 when it is not `*` or entity tags."""
    value = request.headers.get("If-Match")
    if value is None:
        abort(428, message="Send If-Match with the ETag of the record you are changing (from GET).")
    if not IF_MATCH_SYNTAX.fullmatch(value.strip()):
        abort(400, message='If-Match must be `*` or one or more ETags, each in double quotes ("...").')
    return request.if_match


def stale(if_match, etag):
    """412 unless If-Match names the current ETag (or is `*`)."""
    # any coding of the current representation (api/http/compression.py): it was read compressed
    if etag is None or not (if_match.star_tag or any(map(if_match.contains, variants(etag)))):
        abort(
            412, message="The record changed since you read it: GET it again, then retry with its new ETag."
        )

"""HTTP caching of reads: strong ETags, Last-Modified and 304s that cost no render.

A read's representation is a function of the data, the request (URL and
Accept) and the code. The data is summed up by the `Revision` row that every
write transaction bumps, so the ETag is a hash of (build, revision, URL,
Accept): a matching If-None-Match is answered 304 before the view runs.

A strong ETag names one representation, byte for byte, so each worker also
keeps the bodies it rendered under their ETags (`Representations`): the next
request for the same representation is answered without running the view.
Like a shared cache, it keeps only public answers (no Authorization), and it
empties when the revision moves on.
"""

import hashlib
from collections import OrderedDict
from datetime import UTC
from pathlib import Path

from flask import Flask, g, request
from werkzeug.http import http_date

from .auth import authenticate
from .models import Revision
from .pagination import exact_count_preferred
from .records import RESOURCE_OF, rows_in
from .writes import record_etag

PACKAGES = ("api", "schemas")


def build_id():
    """A hash of the code that renders representations: a new release gets new ETags."""
    digest = hashlib.sha1()
    root = Path(__file__).resolve().parent.parent
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class Representations:
    """Rendered 200 answers of public reads, by (ETag, URL), least recently used
    first out, within a budget of body bytes."""

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
        if len(body) > self.budget // 8 or key in self.kept:
            return
        self.kept[key] = (body, headers)
        self.size += len(body)
        while self.size > self.budget:
            evicted, _ = self.kept.popitem(last=False)[1]
            self.size -= len(evicted)


def register_http_caching(app: Flask) -> None:
    build = app.config.setdefault("BUILD_ID", build_id())
    max_age = app.config["CACHE_MAX_AGE"]
    representations = app.extensions["representations"] = Representations(
        app.config["REPRESENTATION_CACHE_BYTES"]
    )

    def item_etag():
        """A record's canonical representation (no query string) changes only with its
        version, so its ETag survives writes to other records (and serves If-Match)."""
        view = app.view_functions.get(request.endpoint)
        model = getattr(getattr(view, "view_class", None), "model", None)
        if model is None or "version" not in model._meta.fields or request.args:
            return None
        (record_id,) = request.view_args.values()
        rows = rows_in(model, model._meta.primary_key, [record_id])  # compiled once: every item read asks
        return record_etag(RESOURCE_OF[model], record_id, rows[0]["version"]) if rows else None

    def versioned():
        return request.method in ("GET", "HEAD") and request.path.startswith("/api/")

    @app.before_request
    def validate():
        if not versioned():
            return None
        # the OpenAPI document depends on the code alone: it must load while the database is down
        document = request.endpoint == "api-docs.openapi_json"
        revision = None if document else Revision.current()
        number = g.revision = revision.number if revision else 0
        key = f"{build}\n{number}\n{request.full_path}\n{request.headers.get('Accept', '')}"
        if exact_count_preferred():  # a list's meta.total differs (api/pagination.py)
            key += "\ncount=exact"
        g.etag = item_etag() or hashlib.sha1(key.encode()).hexdigest()
        g.last_modified = revision.modified_at.replace(tzinfo=UTC) if revision else None
        # only an ETag this server sent can match before the view has validated the request: an
        # invalid one (a bad parameter, a missing record) never had one. `*` and If-Modified-Since
        # match any URL, so they are answered after it (fresh_after_all).
        if not request.if_none_match.star_tag and g.etag in request.if_none_match:
            if request.path.startswith("/api/v1/tokens"):
                authenticate("admin")  # a 304 must not answer before authentication has had its say
            return not_modified()
        if document or not shared():  # the document reads no revision: kept, it would empty the cache
            return None
        key = (g.etag, request.full_path)
        found = representations.get(number, key)
        if found is None:
            g.representation = key  # rendered by the view, then kept (validators)
            return None
        body, headers = found
        return app.response_class(body, headers=headers)

    def shared():
        """What a shared cache may keep: a public answer (no credentials sent)."""
        return representations.budget > 0 and "Authorization" not in request.headers

    # headers written as strings: werkzeug's parsed header objects cost more than a 304's work
    def decorate(response):
        headers = response.headers
        headers["ETag"] = f'"{g.etag}"'
        if g.last_modified:
            headers["Last-Modified"] = http_date(g.last_modified)
        # an answer to a token (the token list) is for that client only
        scope = "private" if "Authorization" in request.headers else "public"
        headers["Cache-Control"] = f"{scope}, max-age={max_age}"
        vary = headers.get("Vary")
        headers["Vary"] = f"{vary}, Accept" if vary else "Accept"
        return response

    def not_modified():
        return decorate(app.response_class(status=304))

    def fresh_after_all():
        """`If-None-Match: *` (any current representation) or, without If-None-Match (it takes
        precedence, RFC 9110), an If-Modified-Since not older than the last write."""
        if request.if_none_match:
            return request.if_none_match.star_tag
        since = request.if_modified_since
        return bool(since and g.last_modified and g.last_modified <= since)

    @app.after_request
    def validators(response):
        if response.status_code != 200 or request.method not in ("GET", "HEAD"):
            return response
        if "etag" in g:
            representation = g.pop("representation", None)
            if representation and request.method == "GET" and not response.is_streamed:
                # what the view set (Content-Type, Link); the per-request headers come after
                headers = [(k, v) for k, v in response.headers.items() if k != "Content-Length"]
                representations.put(representation, response.get_data(), headers)
            if fresh_after_all():
                return not_modified()
            decorate(response)
        elif request.path in ("/healthz", "/readyz"):
            response.cache_control.no_store = True  # a probe must reach the server every time
        return response

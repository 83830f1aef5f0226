"""Compressed responses with Flask-Compress: zstd, brotli or gzip, as the client's
Accept-Encoding prefers, for JSON, CSV, NDJSON and the docs' assets.

A compressed body is another representation, so its strong ETag is another one:
`"<tag>:br"` (Flask-Compress's own form). The coding is negotiated before the
view runs (`coding()`, with the library's own negotiation, so the tag names what
will be sent), which keeps the 304s that cost no render (api/http/conditional.py) exact
per encoding and keeps each encoding under its own key in the representation
cache. If-Match takes any coding of a record's current ETag: a client that read
it compressed sends that one back.
"""

from flask import Flask, request
from flask_compress import Compress

# the library's negotiation (RFC 9110 q-values, the server's order breaking ties)
from flask_compress.flask_compress import _choose_algorithm

# preference on a tie: zstd and brotli compress JSON better than gzip, at the same speed or faster
CODINGS = ("zstd", "br", "gzip")
MIMETYPES = [
    "application/json",
    "application/problem+json",
    "application/linkset+json",
    "application/yaml",
    "application/x-ndjson",
    "text/csv",
    "text/html",
    "text/css",
    "text/javascript",
    "application/javascript",
]


def init_compression(app: Flask) -> None:
    """Compresses every answer on its way out; a conditional read compresses its own first, and the
    representation cache keeps it compressed (api/http/conditional.py)."""
    app.config.update(
        COMPRESS_ALGORITHM=list(CODINGS),
        COMPRESS_ALGORITHM_STREAMING=list(CODINGS),  # exports too, gzip included (not by default)
        COMPRESS_MIMETYPES=MIMETYPES,
        COMPRESS_EVALUATE_CONDITIONAL_REQUEST=False,  # api/http/conditional.py answers 304s, per encoding
        # gzip at its fastest, as nginx's default: at the library's 6 a 94 KB page took 0.59 ms to
        # compress (rendering it took 0.82), at 1 0.20 ms, 17 times smaller instead of 25
        # (brotli 4 and zstd 3, the defaults kept: 0.25 and 0.07 ms, 27 and 26 times)
        COMPRESS_LEVEL=1,
    )
    compress.init_app(app)


compress = Compress()


def compressed(response):
    """The response compressed now, before its validators are written (a conditional read):
    the ETag it gets is then `tagged()`'s, and the app-wide hook leaves it alone."""
    return compress.after_request(response)


def coding():
    """The content coding this request's answer is sent with (None: identity)."""
    return _choose_algorithm(CODINGS, request.headers.get("Accept-Encoding", ""))


def tagged(etag):
    """The ETag of this request's representation: the coding's after the identity one."""
    chosen = coding()
    return f"{etag}:{chosen}" if chosen else etag


def variants(etag):
    """The ETags of every coding of one representation (what If-Match accepts)."""
    return [etag, *(f"{etag}:{chosen}" for chosen in CODINGS)]

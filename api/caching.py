"""HTTP caching of reads: a strong ETag on every GET, 304 on If-None-Match."""

from flask import Flask, request


def register_http_caching(app: Flask) -> None:
    max_age = app.config["CACHE_MAX_AGE"]

    @app.after_request
    def conditional(response):
        if request.method in ("GET", "HEAD") and response.status_code == 200 and not response.is_streamed:
            if not response.get_etag()[0]:
                response.add_etag()  # strong: a hash of the exact bytes sent
            response.cache_control.public = True
            response.cache_control.max_age = max_age
            response.make_conditional(request)
        return response

"""Rate limits per client, for reads and for writes, with Flask-Limiter.

A client is its token when it sends a valid one (so a curator behind a shared
address keeps its own budget), else its address. The counters live in Redis when
RATELIMIT_STORAGE_URI points there, so every worker and host shares them.
"""

from flask import Flask, request
from flask_limiter import ApplicationLimit, Limiter

from api.http.auth import bearer_credentials, verify

READS, WRITES = ("GET", "HEAD"), ("POST", "PUT", "PATCH", "DELETE")


def client():
    if (credentials := bearer_credentials()) and (token := verify(credentials)) is not None:
        return f"token:{token.id}"
    return f"address:{request.remote_addr}"


def init_rate_limits(app: Flask) -> None:
    """A limiter of the app's own, its limits read once: Flask-Limiter re-parses a
    limit given as a callable on every request."""
    limiter = Limiter(
        client,
        application_limits=[
            ApplicationLimit(app.config["RATELIMIT_READS"], scope="reads", methods=READS),
            ApplicationLimit(app.config["RATELIMIT_WRITES"], scope="writes", methods=WRITES),
        ],
        headers_enabled=True,
        strategy="fixed-window",
    )

    @limiter.request_filter
    def outside_the_api():
        return not request.path.startswith("/api/")

    limiter.init_app(app)  # reads RATELIMIT_ENABLED and RATELIMIT_STORAGE_URI from the config

"""Rate limits per client, for reads and for writes, with Flask-Limiter.

A client is its token when it sends a valid one (so a curator behind a shared
address keeps its own budget), else its address. The counters live in Redis when
RATELIMIT_STORAGE_URI points there, so every worker and host shares them.
"""

from flask import Flask, current_app, request
from flask_limiter import ApplicationLimit, Limiter

from .auth import verify

READS, WRITES = ("GET", "HEAD"), ("POST", "PUT", "PATCH", "DELETE")


def client():
    scheme, _, credentials = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and (token := verify(credentials.strip())) is not None:
        return f"token:{token.id}"
    return f"address:{request.remote_addr}"


def outside_the_api():
    return not request.path.startswith("/api/")


limiter = Limiter(
    client,
    application_limits=[
        ApplicationLimit(
            lambda: current_app.config["RATELIMIT_READS"],
            scope="reads",
            methods=READS,
            exempt_when=outside_the_api,
        ),
        ApplicationLimit(
            lambda: current_app.config["RATELIMIT_WRITES"],
            scope="writes",
            methods=WRITES,
            exempt_when=outside_the_api,
        ),
    ],
    headers_enabled=True,
    strategy="fixed-window",
)


def init_rate_limits(app: Flask) -> None:
    limiter.init_app(app)  # reads RATELIMIT_ENABLED and RATELIMIT_STORAGE_URI from the config

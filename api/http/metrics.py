"""Prometheus metrics at GET /metrics (prometheus_client).

Under gunicorn every worker writes its samples to files in PROMETHEUS_MULTIPROC_DIR
(gunicorn.conf.py sets it up) and a scrape sums them, so any worker answers for
the whole host. Without that variable (flask run, tests) the process counts alone.

/metrics is for the operator's scraper, not the public: it answers only to the
addresses in METRICS_ALLOW, asked directly (a request that came through a proxy,
with X-Forwarded-For, is refused), and to no one when METRICS_ENABLED is false.
Refusals are 404s, so the endpoint does not advertise itself.
"""

import ipaddress
import os
import time
from functools import lru_cache

from flask import Flask, Response, g, request
from peewee import DatabaseError, InterfaceError
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)
from werkzeug.exceptions import NotFound

if "PROMETHEUS_MULTIPROC_DIR" in os.environ:  # the metrics below open their files in it
    os.makedirs(os.environ["PROMETHEUS_MULTIPROC_DIR"], exist_ok=True)

REQUESTS = Counter(
    "tradepromo_http_requests_total",
    "HTTP requests answered, by route template and status.",
    ["method", "route", "status"],
)
LATENCY = Histogram(
    "tradepromo_http_request_duration_seconds",
    "Time to answer a request (until its body starts).",
    ["method", "route"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
CACHE = Counter(
    "tradepromo_representation_cache_lookups_total",
    "Public reads looked up in a worker's representation cache, by result (hit or miss).",
    ["result"],
)
DATABASE_ERRORS = Counter(
    "tradepromo_database_errors_total",
    "Database errors met while answering, by outcome (unavailable: 503; bug: 500).",
    ["outcome"],
)
RATE_LIMITED = Counter(
    "tradepromo_rate_limited_total",
    "Requests refused by a rate limit (429), by budget (reads or writes).",
    ["scope"],
)
PENDING_MIGRATIONS = Gauge(
    "tradepromo_schema_pending_migrations",
    "Migrations the code has that the database has not applied (0: up to date).",
    multiprocess_mode="livemax",
)


# the methods HTTP defines: any other a client invents is counted as OTHER, so that no
# request adds a series to every scrape (a route is a rule template, a status the app's own)
METHODS = frozenset(("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "CONNECT", "TRACE"))


@lru_cache(maxsize=1024)
def series(method, route, status):
    """A request's samples: REQUESTS' and LATENCY's children (labels() costs as much as a sample)."""
    method = method if method in METHODS else "OTHER"
    return REQUESTS.labels(method, route, status), LATENCY.labels(method, route)


def registry():
    if "PROMETHEUS_MULTIPROC_DIR" in os.environ:
        collected = CollectorRegistry()
        multiprocess.MultiProcessCollector(collected)
        return collected
    return REGISTRY


def register_metrics(app: Flask) -> None:
    """Call last in create_app: it times every request from the first before_request hook."""
    enabled = app.config["METRICS_ENABLED"]
    allowed = [ipaddress.ip_network(net, strict=False) for net in app.config["METRICS_ALLOW"]]

    def started():
        g.metrics_started = time.perf_counter()

    app.before_request_funcs.setdefault(None, []).insert(0, started)  # first: time the other hooks too

    @app.after_request
    def observe(response):
        route = request.url_rule.rule if request.url_rule else "(unmatched)"
        answered, latency = series(request.method, route, response.status_code)
        answered.inc()
        if "metrics_started" in g:
            latency.observe(time.perf_counter() - g.metrics_started)
        return response

    def metrics():
        address = ipaddress.ip_address(request.remote_addr or "0.0.0.0")
        if not enabled or "X-Forwarded-For" in request.headers or not any(address in n for n in allowed):
            raise NotFound()
        try:
            PENDING_MIGRATIONS.set(len(app.extensions["schema_pending"]()))
        except (DatabaseError, InterfaceError):
            pass  # the database is down: the other metrics say so, and must still be served
        body = generate_latest(registry())
        return Response(body, content_type=CONTENT_TYPE_LATEST, headers={"Cache-Control": "no-store"})

    app.add_url_rule("/metrics", "metrics", metrics, methods=["GET"])

"""GET /metrics: Prometheus text, summed across gunicorn's workers, kept off the public."""

import collections
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from prometheus_client import REGISTRY
from prometheus_client.parser import text_string_to_metric_families

from api import create_app
from api.db import database
from api.store.schema import HISTORY_TABLE, available

pytestmark = pytest.mark.server


def get(url, headers=None):
    request = urllib.request.Request(url, headers={"Connection": "close", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def samples(text):
    """{(name, frozenset(labels)): value} of a scrape."""
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(scraped, name, **labels):
    return scraped.get((name, frozenset(labels.items())), 0.0)


def test_counts_are_exact_across_gunicorn_workers(served, tmp_path):
    directory = tmp_path / "metrics"
    limits = {"RATELIMIT_READS": "15 per minute"}  # per worker (in memory): some answers are 429s
    base = served(WEB_CONCURRENCY="3", PROMETHEUS_MULTIPROC_DIR=str(directory), **limits)
    routes = {
        "/api/v1/deals": "/api/v1/deals",
        "/api/v1/expos/ciie-2019": "/api/v1/expos/<expo_id>",
        "/api/v1/expos/no-such-expo": "/api/v1/expos/<expo_id>",
    }
    seen = collections.Counter()

    def call(item):
        url, route = item
        status, _ = get(base + url)  # a new connection each time: the workers share them out
        return route, status

    # rounds of 15 requests, 4 at a time, until at least 60 are sent and two workers or more
    # have served (the kernel may hand one idle worker every connection of a quiet burst)
    with ThreadPoolExecutor(4) as pool:
        for round in range(40):
            seen.update(pool.map(call, list(routes.items()) * 5))
            if round >= 3 and len(list(directory.glob("counter_*.db"))) >= 2:
                break
    assert seen[("/api/v1/expos/<expo_id>", 429)] > 0, "no request reached a rate limit"
    assert len(list(directory.glob("counter_*.db"))) >= 2, "only one worker served"

    for _ in range(6):  # whichever worker answers the scrape reports the whole host
        status, body = get(base + "/metrics")
        assert status == 200
        scraped = samples(body.decode())
        for (route, status), count in seen.items():
            labels = {"method": "GET", "route": route, "status": str(status)}
            assert value(scraped, "tradepromo_http_requests_total", **labels) == count, (route, status)
        for route in set(routes.values()):
            answered = sum(n for (r, _), n in seen.items() if r == route)
            count = "tradepromo_http_request_duration_seconds_count"
            assert value(scraped, count, method="GET", route=route) == answered
        refused = sum(n for (_, status), n in seen.items() if status == 429)
        assert value(scraped, "tradepromo_rate_limited_total", scope="reads") == refused
        looked_up = sum(n for (_, status), n in seen.items() if status != 429)
        hits = value(scraped, "tradepromo_representation_cache_lookups_total", result="hit")
        misses = value(scraped, "tradepromo_representation_cache_lookups_total", result="miss")
        assert hits + misses == looked_up and hits > 0
        assert value(scraped, "tradepromo_schema_pending_migrations") == 0


def test_metrics_are_not_served_through_a_proxy_or_to_other_addresses(app):
    client = app.test_client()
    assert client.get("/metrics").status_code == 200
    assert client.get("/metrics", headers={"X-Forwarded-For": "203.0.113.9"}).status_code == 404
    assert client.get("/metrics", environ_base={"REMOTE_ADDR": "203.0.113.9"}).status_code == 404
    closed = create_app({**app.config, "METRICS_ENABLED": False}).test_client()
    assert closed.get("/metrics").status_code == 404


def test_database_errors_and_pending_migrations_are_reported(app, tmp_path):
    before = REGISTRY.get_sample_value("tradepromo_database_errors_total", {"outcome": "unavailable"}) or 0
    broken = create_app({**app.config, "DATABASE_URL": f"sqlite:///{tmp_path / 'no' / 'such' / 'db'}"})
    assert broken.test_client().get("/api/v1/deals").status_code == 503
    after = REGISTRY.get_sample_value("tradepromo_database_errors_total", {"outcome": "unavailable"})
    assert after == before + 1

    fresh = create_app(app.config)
    with database.connection_context():
        database.execute_sql(f'DELETE FROM "{HISTORY_TABLE}"')
    scraped = samples(fresh.test_client().get("/metrics").get_data(as_text=True))
    assert value(scraped, "tradepromo_schema_pending_migrations") == len(available())  # every one


def test_a_method_a_client_invents_adds_no_series(app):
    """Methods HTTP does not define are counted together as OTHER: a client sending a new one
    on every request must not grow every scrape."""
    client = app.test_client()
    for method in ("FROBNICATE", "X1", "GET"):
        client.open("/api/v1/deals", method=method)
    scraped = samples(client.get("/metrics").get_data(as_text=True))
    methods = {dict(labels)["method"] for name, labels in scraped if name == "tradepromo_http_requests_total"}
    assert "OTHER" in methods and "GET" in methods
    assert not {"FROBNICATE", "X1"} & methods
    # a method the route lacks fails routing: a 405, counted under "(unmatched)"
    counted = {"method": "OTHER", "route": "(unmatched)", "status": "405"}
    assert value(scraped, "tradepromo_http_requests_total", **counted) >= 2

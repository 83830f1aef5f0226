"""Settings, read from the environment in one place, each with a laptop default.
The README's Configuration table lists them."""

import os
from pathlib import Path

from .version import __version__

# the project's root: default paths hang from it, so a command works from any directory
ROOT = Path(__file__).resolve().parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


class Config:
    """Every setting of the application; tests pass overrides to `create_app`."""

    # peewee database URL: sqlite:///path/file.db or postgresql://user@host/db
    DATABASE_URL = os.environ.get("DATABASE_URL", f"sqlite:///{ROOT / 'instance' / 'tradepromo.sqlite3'}")
    # milliseconds a SQLite writer waits for the lock before giving up (then a 503)
    SQLITE_BUSY_TIMEOUT_MS = int(os.environ.get("SQLITE_BUSY_TIMEOUT_MS", "5000"))
    # KiB of SQLite's page cache per connection: a worker's pool holds DATABASE_POOL_SIZE,
    # and the operating system caches the file for all of them (SQLite's default is 2,000 KiB)
    SQLITE_CACHE_KIB = int(os.environ.get("SQLITE_CACHE_KIB", "512"))
    # connections each worker's pool may hold (its threads share them)
    DATABASE_POOL_SIZE = int(os.environ.get("DATABASE_POOL_SIZE", "8"))
    # Cache-Control max-age on reads, in seconds
    CACHE_MAX_AGE = int(os.environ.get("CACHE_MAX_AGE", "60"))
    # bytes of rendered public reads each worker keeps, by ETag (0: none)
    REPRESENTATION_CACHE_BYTES = int(os.environ.get("REPRESENTATION_CACHE_BYTES", str(4 * 1024 * 1024)))
    # request bodies larger than this are a 413
    MAX_CONTENT_LENGTH = int(os.environ.get("MAX_CONTENT_LENGTH", str(1024 * 1024)))
    # CSV/NDJSON exports one worker streams at once; more are a 503 with Retry-After
    EXPORTS_PER_WORKER = int(os.environ.get("EXPORTS_PER_WORKER", "4"))
    # records in one export response; the end-of-export marker links to the rest
    EXPORT_MAX_ROWS = int(os.environ.get("EXPORT_MAX_ROWS", "100000"))
    # where the curated fixtures and their seed documents live
    FIXTURES_DIR = os.environ.get("FIXTURES_DIR", str(ROOT / "fixtures"))
    SEEDS_DIR = os.environ.get("SEEDS_DIR", str(ROOT / "seeds"))

    # rate limits per client (its token when it sends a valid one, else its address)
    RATELIMIT_ENABLED = os.environ.get("RATELIMIT_ENABLED", "true").lower() == "true"
    RATELIMIT_READS = os.environ.get("RATELIMIT_READS", "600 per minute")
    RATELIMIT_WRITES = os.environ.get("RATELIMIT_WRITES", "60 per minute")
    # shared across workers and hosts when set (redis://...); in-memory per worker otherwise
    RATELIMIT_STORAGE_URI = (
        os.environ.get("RATELIMIT_STORAGE_URL") or os.environ.get("REDIS_URL") or "memory://"
    )
    # namespace of the counters in a shared store
    RATELIMIT_KEY_PREFIX = os.environ.get("RATELIMIT_KEY_PREFIX", "tradepromo")

    # browser origins allowed to call the API (CORS), e.g. https://app.example.org
    CORS_ORIGINS = env_list("CORS_ORIGINS")
    # how many proxies in front set X-Forwarded-For/-Proto/-Host (0: trust none)
    PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0"))
    # GET /metrics (Prometheus): on or off, and the scrapers' networks it answers (directly, not via a proxy)
    METRICS_ENABLED = os.environ.get("METRICS_ENABLED", "true").lower() == "true"
    METRICS_ALLOW = env_list("METRICS_ALLOW", "127.0.0.1/32,::1/128")
    # logs: `json` (one object per line) or `text`
    LOG_FORMAT = os.environ.get("LOG_FORMAT", "json")

    # flask-smorest / apispec
    API_TITLE = "Trade-promotion records API"
    API_VERSION = __version__
    # 3.1: JSON Schema 2020-12 (nullable as a type, `examples`), which Swagger UI 5, Schemathesis,
    # Redocly and both client generators read
    OPENAPI_VERSION = "3.1.0"
    OPENAPI_URL_PREFIX = "/api/v1"
    OPENAPI_JSON_PATH = "openapi.json"
    TESTING = False


def seeds_dir():
    """Where the seed documents are: the running app's setting, else the default (the loader
    and the migrations also run outside an app)."""
    from flask import current_app, has_app_context

    return Path(current_app.config["SEEDS_DIR"] if has_app_context() else Config.SEEDS_DIR)

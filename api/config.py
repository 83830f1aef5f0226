"""Settings, read from the environment in one place, each with a laptop default."""

import os


class Config:
    """Every setting of the application; tests pass overrides to `create_app`."""

    # peewee database URL: sqlite:///path/file.db or postgresql://user@host/db
    DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///instance/tradepromo.sqlite3")
    # milliseconds a SQLite writer waits for the lock before giving up
    SQLITE_BUSY_TIMEOUT_MS = int(os.environ.get("SQLITE_BUSY_TIMEOUT_MS", "5000"))
    # Cache-Control max-age on reads, in seconds
    CACHE_MAX_AGE = int(os.environ.get("CACHE_MAX_AGE", "60"))
    # where the curated fixtures and their seed documents live
    FIXTURES_DIR = os.environ.get("FIXTURES_DIR", "fixtures")
    SEEDS_DIR = os.environ.get("SEEDS_DIR", "seeds")

    # flask-smorest / apispec
    API_TITLE = "Trade-promotion records API"
    API_VERSION = "1.0.0"
    # 3.0.x: the Swagger UI that swagger-ui-bundle ships (4.x) does not render 3.1
    OPENAPI_VERSION = "3.0.3"
    OPENAPI_URL_PREFIX = "/api/v1"
    OPENAPI_JSON_PATH = "openapi.json"
    TESTING = False

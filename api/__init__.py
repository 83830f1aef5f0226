"""The trade-promotion records API: `create_app` builds it."""

from inspect import iscoroutinefunction

from flask import Flask

from api.cli.commands import register_commands
from api.config import Config
from api.db import init_db
from api.http.compression import init_compression
from api.http.conditional import init_conditional_requests
from api.http.encoder import JSONProvider
from api.http.errors import register_error_handlers
from api.http.headers import configure_logging, register_http
from api.http.metrics import register_metrics
from api.http.openapi import api
from api.http.ratelimit import init_rate_limits
from api.pages import discovery, docs, landing
from api.pages import sources as source_pages
from api.resources import changes, deals, delegations, expos, health, organizations, sources, tokens
from api.store.schema import register_schema_check


class App(Flask):
    """Flask, asking once per function whether it is a coroutine: Flask asks inspect on every
    call of a view or hook, about 20 times a request."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.coroutines = {}  # function -> whether it is a coroutine function

    def ensure_sync(self, func):
        # a MethodView's method comes bound to a new view each request: its function is the key
        plain = getattr(func, "__func__", func)
        if (coroutine := self.coroutines.get(plain)) is None:
            coroutine = self.coroutines[plain] = iscoroutinefunction(plain)
        return self.async_to_sync(func) if coroutine else func


def create_app(config=None):
    """Build the application; `config` overrides settings (tests use it)."""
    app = App(__name__, static_folder=None)
    app.config.from_object(Config)
    if config:
        app.config.update(config)
    app.json = JSONProvider(app)  # orjson: compact, UTF-8 as is, keys in the schemas' order
    configure_logging(app)
    register_http(app)
    discovery.register_deprecations(app)
    register_extensions(app)
    register_blueprints(app)
    register_error_handlers(app)
    init_conditional_requests(app)
    init_compression(app)
    register_commands(app)
    register_metrics(app)
    return app


def register_extensions(app):
    init_db(app)
    register_schema_check(app)  # before anything reads the database
    api.init_app(app)
    init_rate_limits(app)


def register_blueprints(app):
    for module in (expos, delegations, deals, organizations, sources):
        api.register_blueprint(module.blp)
    # /stats/deals and /stats/expos are declared with the rows they aggregate (deals, expos)
    api.spec.tag({"name": "stats", "description": "Aggregates over the curated records."})
    for module in (changes, tokens, health):
        api.register_blueprint(module.blp)
    app.register_blueprint(docs.blp)
    app.register_blueprint(discovery.blp)
    app.register_blueprint(landing.blp)
    app.register_blueprint(source_pages.blp)

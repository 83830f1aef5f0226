"""The trade-promotion records API: `create_app` builds it."""

from flask import Flask

from . import changes, deals, delegations, docs, expos, health, landing, organizations, sources, stats, tokens
from .caching import register_http_caching
from .commands import register_commands
from .config import Config
from .db import init_db
from .errors import register_error_handlers
from .http import configure_logging, register_http
from .metrics import register_metrics
from .ratelimit import init_rate_limits
from .render import JSONProvider
from .rest import api
from .schema import register_schema_check


def create_app(config=None):
    """Build the application; `config` overrides settings (tests use it)."""
    app = Flask(__name__, static_folder=None)
    app.config.from_object(Config)
    if config:
        app.config.update(config)
    app.json = JSONProvider(app)  # orjson: compact, UTF-8 as is, keys in the schemas' order
    configure_logging(app)
    register_http(app)
    register_extensions(app)
    register_blueprints(app)
    register_error_handlers(app)
    register_http_caching(app)
    register_commands(app)
    register_metrics(app)
    return app


def register_extensions(app):
    init_db(app)
    register_schema_check(app)  # before anything reads the database
    api.init_app(app)
    init_rate_limits(app)


def register_blueprints(app):
    for module in (expos, delegations, deals, organizations, sources, stats, changes, tokens, health):
        api.register_blueprint(module.blp)
    app.register_blueprint(docs.blp)
    app.register_blueprint(landing.blp)

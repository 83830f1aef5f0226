"""`flask --app api ...` commands for operators."""

from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from peewee import SqliteDatabase

from . import search
from .db import database
from .loader import FixtureError, load_fixtures
from .models import MODELS, Source


def create_tables():
    """Create missing tables and indexes (safe to repeat); make the SQLite file's folder."""
    if isinstance(database.obj, SqliteDatabase) and database.database != ":memory:":
        Path(database.database).parent.mkdir(parents=True, exist_ok=True)
    with database.connection_context():
        database.create_tables(MODELS, safe=True)
        search.create()


def load(directory):
    try:
        counts = load_fixtures(directory)
    except FixtureError as error:
        raise click.ClickException(str(error)) from error
    click.echo("Loaded " + ", ".join(f"{n} {name}" for name, n in counts.items()) + f" from {directory}.")


@click.command("init-db")
@with_appcontext
def init_db_command():
    """Create the tables, and load the curated fixtures into an empty database."""
    create_tables()
    with database.connection_context():
        empty = not Source.select().exists()
    if empty:
        load(current_app.config["FIXTURES_DIR"])
    else:
        click.echo("The database already holds records; fixtures not reloaded (see load-fixtures).")


@click.command("load-fixtures")
@click.argument("directory", required=False)
@with_appcontext
def load_fixtures_command(directory):
    """Validate every fixture, then upsert them all in one transaction."""
    create_tables()
    with database.connection_context():
        load(directory or current_app.config["FIXTURES_DIR"])


def register_commands(app: Flask) -> None:
    app.cli.add_command(init_db_command)
    app.cli.add_command(load_fixtures_command)

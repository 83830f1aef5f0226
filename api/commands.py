"""`flask --app api ...` commands for operators."""

from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext
from peewee import SqliteDatabase

from . import search
from .auth import issue
from .db import atomic, database
from .loader import FixtureError, load_fixtures
from .models import MODELS, Source, Token, utcnow


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


tokens_cli = AppGroup("tokens", help="Create, list and revoke API tokens.")


@tokens_cli.command("create")
@click.argument("name")
@click.option("--scope", type=click.Choice(Token.SCOPES), default="read-write", show_default=True)
def create_token_command(name, scope):
    """Create a token and print it (the only time it is shown)."""
    with database.connection_context(), atomic():
        if Token.select().where(Token.name == name).exists():
            raise click.ClickException(f"There is already a token named '{name}'.")
        _, secret = issue(name, scope)
    click.echo(secret)


@tokens_cli.command("list")
def list_tokens_command():
    """List tokens: id, name, scope, created, revoked."""
    with database.connection_context():
        for token in Token.select().order_by(Token.created_at, Token.id):
            revoked = f"revoked {token.revoked_at:%Y-%m-%d %H:%M}" if token.revoked_at else "valid"
            click.echo(
                f"{token.id}  {token.name}  {token.scope}  {token.created_at:%Y-%m-%d %H:%M}  {revoked}"
            )


@tokens_cli.command("revoke")
@click.argument("name")
def revoke_token_command(name):
    """Revoke the token of this name."""
    with database.connection_context(), atomic():
        if (
            not Token.update(revoked_at=utcnow())
            .where((Token.name == name) & Token.revoked_at.is_null())
            .execute()
        ):
            raise click.ClickException(f"There is no valid token named '{name}'.")
    click.echo(f"Revoked {name}.")


def register_commands(app: Flask) -> None:
    app.cli.add_command(init_db_command)
    app.cli.add_command(load_fixtures_command)
    app.cli.add_command(tokens_cli)

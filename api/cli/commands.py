"""`flask --app api ...` commands for operators."""

import functools
import sqlite3
import time
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import AppGroup, ScriptInfo, with_appcontext
from marshmallow import ValidationError
from peewee import DatabaseError, DataError, IntegrityError, InterfaceError, ProgrammingError

from api.cli import synthetic
from api.cli.loader import FixtureError, load_fixtures
from api.db import atomic, database, is_sqlite
from api.http.auth import issue, revoke
from api.store import documents, schema
from api.store.models import Source, Token
from schemas.tokens import TokenSchema


def create_tables():
    """Bring the schema up to date through the migrations (safe to repeat); make the
    SQLite file's folder. Returns the migrations applied."""
    if is_sqlite() and database.database != ":memory:":
        folder = Path(database.database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise click.ClickException(
                f"Cannot create {folder} for the SQLite database ({error.strerror}); check DATABASE_URL."
            ) from error
    with database.connection_context():
        try:
            return schema.upgrade()
        except schema.SchemaError as error:
            raise click.ClickException(str(error)) from error


def require_current_schema():
    """A command that reads or writes records needs the schema the code expects."""
    with database.connection_context():
        if names := schema.pending():
            raise click.ClickException(
                f"The database schema is behind the code (pending: {', '.join(names)}); "
                "run `flask --app api db upgrade` first."
            )


def load(directory):
    try:
        counts = load_fixtures(directory)
    except FixtureError as error:
        raise click.ClickException(str(error)) from error
    click.echo("Loaded " + ", ".join(f"{n} {name}" for name, n in counts.items()) + f" from {directory}.")


@click.command("init-db")
@with_appcontext
def init_db_command():
    """Apply pending migrations, and load the curated fixtures into an empty database."""
    for name in create_tables():
        click.echo(f"Applied {name}.")
    with database.connection_context():
        empty = not Source.select().exists()
    if empty:
        load(current_app.config["FIXTURES_DIR"])
    else:
        click.echo("The database already holds records; fixtures not reloaded (see load-fixtures).")
        refresh_documents(quiet=True)  # this code's representations, after an upgrade


@click.command("load-fixtures")
@click.argument("directory", required=False)
@with_appcontext
def load_fixtures_command(directory):
    """Validate every fixture, then upsert them all in one transaction."""
    create_tables()
    with database.connection_context():
        load(directory or current_app.config["FIXTURES_DIR"])


def sqlite_path():
    if not is_sqlite():
        raise click.ClickException(
            "backup and restore handle SQLite; for PostgreSQL use pg_dump and pg_restore (see the README)."
        )
    return database.database


def verified(connection, label):
    result = connection.execute("PRAGMA integrity_check").fetchone()[0]
    if result != "ok":
        raise click.ClickException(f"{label} fails integrity_check: {result}")


@click.command("backup")
@click.argument("target", type=click.Path(dir_okay=False))
@with_appcontext
def backup_command(target):
    """Copy the live SQLite database to TARGET, consistently, and verify the copy."""
    source = sqlite_path()
    if Path(target).exists():
        raise click.ClickException(f"{target} exists; choose a new file.")
    # the online backup API copies a consistent snapshot while workers keep serving
    with sqlite3.connect(source) as live, sqlite3.connect(target) as copy:
        live.backup(copy)
        verified(copy, target)
    copy.close()
    live.close()
    click.echo(f"Backed up {source} to {target} (integrity_check: ok).")


@click.command("restore")
@click.argument("backup", type=click.Path(exists=True, dir_okay=False))
@with_appcontext
def restore_command(backup):
    """Replace the SQLite database's content by BACKUP's, after verifying it."""
    target = sqlite_path()
    with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as copy:
        verified(copy, backup)
        with sqlite3.connect(target) as live:
            live.execute(f"PRAGMA busy_timeout = {current_app.config['SQLITE_BUSY_TIMEOUT_MS']}")
            copy.backup(live)  # page by page under the write lock: readers see old or new, never half
            verified(live, target)
        live.close()
    copy.close()
    click.echo(f"Restored {target} from {backup} (integrity_check: ok).")


@click.command("synth")
@click.option("--deals", default=1_000_000, show_default=True)
@click.option("--organizations", default=10_000, show_default=True)
@click.option("--expos", default=2_000, show_default=True)
@click.option("--delegations", default=20_000, show_default=True)
@click.option("--seed", default=42, show_default=True)
@with_appcontext
def synth_command(deals, organizations, expos, delegations, seed):
    """Generate a synthetic dataset (ids `syn-...`) into DATABASE_URL, for benchmarks.
    It refuses a database that holds curated records."""
    create_tables()
    started = time.monotonic()
    with database.connection_context():
        try:
            synthetic.generate(deals, organizations, expos, delegations, seed, progress=click.echo)
        except synthetic.NotEmpty as error:
            raise click.ClickException(str(error)) from error
    click.echo(f"Generated in {time.monotonic() - started:.1f} s.")


def refresh_documents(quiet=False):
    """Store the canonical JSON of every record that lacks it or was rendered by other code;
    `quiet`: say nothing of the kinds that needed none."""
    with database.connection_context():
        for model in documents.KEPT:
            if (stored := documents.refresh(model)) or not quiet:
                click.echo(f"{model._meta.table_name}: {stored} documents stored.")


@click.command("refresh-documents")
@with_appcontext
def refresh_documents_command():
    """Store the canonical JSON of every record that lacks it or was rendered by other code
    (after an upgrade that changes a representation; reads are right meanwhile, only slower)."""
    refresh_documents()


tokens_cli = AppGroup("tokens", help="Create, list and revoke API tokens.")


@tokens_cli.command("create")
@click.argument("name")
@click.option("--scope", type=click.Choice(Token.SCOPES), default="read-write", show_default=True)
def create_token_command(name, scope):
    """Create a token and print it (the only time it is shown)."""
    require_current_schema()
    try:  # the same rules as over HTTP (reserved names included)
        TokenSchema().load({"name": name, "scope": scope})
    except ValidationError as error:
        raise click.ClickException(f"Invalid token: {error.messages}") from None
    with database.connection_context(), atomic():
        if Token.select().where(Token.name == name).exists():
            raise click.ClickException(f"There is already a token named '{name}'.")
        _, secret = issue(name, scope)
    click.echo(secret)


@tokens_cli.command("list")
def list_tokens_command():
    """List tokens: id, name, scope, created, revoked."""
    require_current_schema()
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
    require_current_schema()
    with database.connection_context(), atomic():
        if not revoke(Token.name == name):
            raise click.ClickException(f"There is no valid token named '{name}'.")
    click.echo(f"Revoked {name}.")


db_cli = AppGroup("db", help="Schema migrations: status and upgrade.")


@db_cli.command("upgrade")
def db_upgrade_command():
    """Apply the pending migrations, in order, each in its own transaction; then store the
    documents this code renders differently (an upgrade's new representations), so that no
    read renders from rows after it."""
    names = create_tables()
    click.echo("\n".join(f"Applied {name}." for name in names) or "The schema is up to date.")
    refresh_documents(quiet=True)


@db_cli.command("status")
def db_status_command():
    """List the migrations: applied or pending."""
    with database.connection_context():
        done = set(schema.applied())
        names = schema.available()
    for name in names:
        click.echo(f"{'applied' if name in done else 'pending'}  {name}")
    if legacy := sorted(done - set(names)):
        click.echo(f"The database also records migrations this code does not know: {', '.join(legacy)}.")


def friendly(command):
    """A database that cannot be opened is a sentence for the operator, not a traceback."""
    for sub in getattr(command, "commands", {}).values():
        friendly(sub)
    callback = command.callback
    if callback is None:
        return command

    def run(*args, **kwargs):
        try:
            return callback(*args, **kwargs)
        except (DatabaseError, InterfaceError) as error:
            if isinstance(error, IntegrityError | DataError | ProgrammingError):
                raise  # about the data or the code, not about reaching the database
            url = click.get_current_context().ensure_object(ScriptInfo).load_app().config["DATABASE_URL"]
            shown = url.split("://", 1)[0] + "://" + url.rsplit("@", 1)[-1].split("://")[-1]  # no password
            reason = str(error).strip().splitlines()[0]
            raise click.ClickException(
                f"Cannot use the database {shown}: {reason}. Check DATABASE_URL (and that the server "
                "is running); `flask --app api db upgrade` creates the tables."
            ) from error

    command.callback = functools.update_wrapper(run, callback)
    return command


COMMANDS = [
    friendly(command)
    for command in (
        db_cli,
        init_db_command,
        load_fixtures_command,
        tokens_cli,
        backup_command,
        restore_command,
        synth_command,
        refresh_documents_command,
    )
]


def register_commands(app: Flask) -> None:
    for command in COMMANDS:
        app.cli.add_command(command)

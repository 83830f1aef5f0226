"""Rows straight from the database cursor, as dicts: the read path's lowest floor.

peewee's per-cell conversion and query compilation cost more than the queries on a hot
path, so a select's row plan is computed once and the SQL of fixed-shape lookups
(`rows_in`) is compiled once per shape.
"""

from datetime import date, datetime
from functools import lru_cache

from peewee import DateField, DateTimeField

from api.db import database
from api.store.models import JSONField, JSONListField


def converters(query):
    """For each selected column: its name in a row dict and how to turn the
    driver's value into Python (only JSON text and, on SQLite, dates need it)."""
    plan = []
    for node in query._returning:
        field = node.unwrap() if hasattr(node, "unwrap") else node
        name = getattr(node, "_alias", None) or getattr(field, "name", None)
        if isinstance(field, (JSONListField, JSONField)):
            plan.append((name, field.python_value))
        elif isinstance(field, DateTimeField):
            plan.append((name, lambda v: datetime.fromisoformat(v) if isinstance(v, str) else v))
        elif isinstance(field, DateField):
            plan.append((name, lambda v: date.fromisoformat(v) if isinstance(v, str) else v))
        else:
            plan.append((name, None))
    return plan


def dict_rows(query):
    """The rows of a select as dicts, like `query.dicts()` but straight from the
    cursor: peewee's per-cell conversion costs more than the query on a hot path."""
    return rows_of(database.execute(query), converters(query))


@lru_cache(maxsize=1024)
def select_in(database_type, model, column, count, order):
    """The SQL and row plan of `model`'s rows whose `column` (a name: peewee fields
    overload ==) is any of `count` values, compiled once per shape: compiling
    through peewee cost more than running it."""
    field = model._meta.fields[column]
    query = model.select().where(field.in_([None] * count)).order_by(model._meta.fields[order])
    return query.sql()[0], converters(query)


def rows_in(model, column, values, order=None):
    """Row dicts of `model` whose `column` is any of `values`, ordered by `order`
    (default: the primary key); one fixed-shape query, as every page reads its links."""
    if not values:
        return []
    order = order or model._meta.primary_key
    sql, plan = select_in(type(database.obj), model, column.name, len(values), order.name)
    return rows_of(database.execute_sql(sql, [column.db_value(v) for v in values]), plan)


def version_of(model, record_id):
    """A record's `version`, or None when there is no such record: one column of one row
    (every item read asks, for its ETag), the SQL written out as Revision.current's."""
    pk = model._meta.primary_key
    sql = f'SELECT "version" FROM "{model._meta.table_name}" WHERE "{pk.column_name}" = {database.obj.param}'
    row = database.execute_sql(sql, [pk.db_value(record_id)]).fetchone()
    return None if row is None else row[0]


def rows_of(cursor, plan):
    """The cursor's rows as dicts of the plan's names, each value through its converter."""
    names = [name for name, _ in plan]
    converted = [(i, convert) for i, (_, convert) in enumerate(plan) if convert is not None]
    rows = cursor.fetchall()
    if converted:  # a documents' read has none: its rows go to dict() as they are
        rows = [list(row) for row in rows]
        for row in rows:
            for i, convert in converted:
                if row[i] is not None:
                    row[i] = convert(row[i])
    return [dict(zip(names, row, strict=True)) for row in rows]

"""Full-text search over names, descriptions and source quotes.

SQLite: an FTS5 table ranked by where the words first appear in a record's text
(its names and titles lead it). PostgreSQL: a tsvector column with a GIN
index ranked by ts_rank. Both are fed the same text and the same query: the
words of `q` (punctuation and search operators dropped), all required, the last
one as a prefix, so no user text can make a search fail.
"""

import re

from peewee import SQL, Table

from api.db import database, is_postgres

WORD = re.compile(r"\w+", re.UNICODE)
index_table = Table("search_index", ("resource", "record_id", "body"))

# the text of each record that search looks at
TEXT_FIELDS = (
    "name",
    "title",
    "short_name",
    "aliases",
    "subject",
    "description",
    "venue",
    "city",
    "represents",
)


def create():
    if is_postgres():
        database.execute_sql(
            "CREATE TABLE IF NOT EXISTS search_index "
            "(resource VARCHAR(32) NOT NULL, record_id VARCHAR(255) NOT NULL, body TSVECTOR NOT NULL, "
            "PRIMARY KEY (resource, record_id))"
        )
        database.execute_sql("CREATE INDEX IF NOT EXISTS search_index_body ON search_index USING GIN (body)")
    else:
        database.execute_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5("
            "resource UNINDEXED, record_id UNINDEXED, body, tokenize='porter unicode61')"
        )


def drop():
    database.execute_sql("DROP TABLE IF EXISTS search_index")


def document(record):
    """The searchable text of a loaded record."""
    parts = []
    for name in TEXT_FIELDS:
        value = record.get(name)
        parts += value if isinstance(value, list) else [value] if value else []
    for official in record.get("officials", []):
        parts += [official["name"], official["title"]]
    parts += [citation["quote"] for citation in record.get("sources", [])]
    return "\n".join(parts)


def index(resource, record):
    remove(resource, record["id"])
    body = document(record)
    if is_postgres():
        database.execute_sql(
            "INSERT INTO search_index (resource, record_id, body) "
            "VALUES (%s, %s, to_tsvector('english', %s))",
            (resource, record["id"], body),
        )
    else:
        index_table.bind(database).insert(resource=resource, record_id=record["id"], body=body).execute()


def index_many(resource, documents):
    """Index new records in bulk: (record_id, text) pairs (the synthetic dataset)."""
    documents = list(documents)
    if is_postgres():
        database.execute_sql(
            "INSERT INTO search_index (resource, record_id, body) "
            "SELECT %s, d.id, to_tsvector('english', d.body) "
            "FROM unnest(%s::text[], %s::text[]) AS d(id, body)",
            (resource, [i for i, _ in documents], [body for _, body in documents]),
        )
    else:
        index_table.bind(database).insert(
            [{"resource": resource, "record_id": i, "body": body} for i, body in documents]
        ).execute()


def remove(resource, record_id):
    index_table.bind(database).delete().where(
        (index_table.resource == resource) & (index_table.record_id == record_id)
    ).execute()


def matches(resource, q, ranked=True):
    """A subquery of (record_id, rank) for the records of `resource` matching `q` (a
    lower rank is a better match), or of record_id alone when not `ranked`: a rank is
    computed for every match, unread under another sort. Text with no words matches
    nothing (None)."""
    words = WORD.findall(q.lower())
    if not words:
        return None
    if is_postgres():
        terms = " & ".join(words[:-1] + [words[-1] + ":*"])
        # float8: ts_rank's float4 would not survive the round trip through a cursor
        rank = SQL("-ts_rank(body, to_tsquery('english', %s))::float8", (terms,))
        match = SQL("body @@ to_tsquery('english', %s)", (terms,))
    else:
        terms = " ".join([f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*'])
        # where in the text the words first appear (names and titles come first); not
        # bm25, which reads every posting of each word to weigh it: "deal" in a million
        # titles cost 18 ms a search
        rank = SQL("instr(highlight(search_index, 2, char(1), ''), char(1))")
        match = SQL("search_index MATCH ?", (terms,))
    columns = [index_table.record_id, rank.alias("rank")] if ranked else [index_table.record_id]
    return index_table.select(*columns).where((index_table.resource == resource) & match)

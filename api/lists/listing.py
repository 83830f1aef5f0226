"""A list, declared once per resource as a `Listing`: its filters, sorts, expansions and
full-text search. It builds the query-string schema that validates (and documents) its
parameters, and serves a request straight down: validated arguments -> one SQL query and
its sort keys -> rows (keyset pagination) -> records -> the page or the export.
"""

from collections import defaultdict
from functools import partial

import orjson
from marshmallow import ValidationError
from orjson import Fragment
from peewee import SQL, Field, ForeignKeyField

from api.db import is_postgres
from api.http.errors import bad_parameter, not_found
from api.lists import compiled, export, facets, pagination
from api.lists.filters import Tagged
from api.lists.pagination import Key, counted, decode_cursor, key
from api.lists.params import item_args_schema, list_args_schema
from api.store import documents, search
from api.store.records import assemble, by_ids
from api.store.rows import rows_in


class Assembled:
    """Related records for an expansion, as record dicts (dumped with the page)."""

    @staticmethod
    def by_id(target, ids):
        return {r["id"]: r for r in by_ids(target, ids)}

    @staticmethod
    def children(target, owner, ids):
        return [(child[owner.name], child) for child in assemble(target, rows_in(target, owner, ids))]


def documents_by_id(target, ids):
    """{id: canonical JSON (bytes)} of `target`'s records (store/documents.py)."""
    return {row["id"]: body for row, body in documents.by_column(target, target._meta.primary_key, ids)}


class Spliced:
    """Related records for an expansion, as their canonical JSON (store/documents.py)."""

    @staticmethod
    def by_id(target, ids):
        return {record_id: Fragment(body) for record_id, body in documents_by_id(target, ids).items()}

    @staticmethod
    def children(target, owner, ids):
        return [(row[owner.name], Fragment(body)) for row, body in documents.by_column(target, owner, ids)]


def embed(target, field, member=None):
    """Expansion: replace the ids at record[field] (an id, a list of ids, or a list
    of objects holding the id in `member`) by the records of `target`."""

    def ids_in(record):
        value = record.get(field)
        if isinstance(value, list):
            return [item[member] if member else item for item in value]
        return [] if value is None else [value]

    def expand(records, related=Assembled):
        ids = {i for record in records for i in ids_in(record)}
        found = related.by_id(target, list(ids))
        for record in records:
            value = record.get(field)
            if isinstance(value, list):
                record[field] = [
                    {**item, member: found[item[member]]} if member else found[item] for item in value
                ]
            elif value is not None:
                record[field] = found[value]

    expand.field, expand.member = field, member  # what Listing.splice reads
    return expand


def embed_children(name, target, owner):
    """Expansion: add record[name], the records of `target` whose `owner` is the record."""

    def expand(records, related=Assembled):
        grouped = defaultdict(list)
        for owner_id, child in related.children(target, owner, [r["id"] for r in records]):
            grouped[owner_id].append(child)
        for record in records:
            record[name] = grouped[record["id"]]

    return expand


def spliceable(model, expansion):
    """The foreign key of `model` holding the one id `expansion` replaces, or None (a list
    of ids, or child records)."""
    column = model._meta.fields.get(getattr(expansion, "field", None))
    return column if isinstance(column, ForeignKeyField) and expansion.member is None else None


class Listing:
    """How one resource is listed and read: its filters, sorts and expansions."""

    def __init__(
        self, model, schema, resource, *, filters, sorts, expansions=None, facets=None, searchable=True
    ):
        self.model, self.schema, self.resource = model, schema, resource
        self.spliced = model in documents.KEPT  # pages of stored documents (render_documents)
        self.filters = filters
        self.param_filters = {param: flt for name, flt in filters.items() for param in flt.fields(name)}
        # facet name -> its grouping (api/lists/facets.py); a facet toggles the filter of its name
        self.facets = facets or {}
        assert set(self.facets) <= set(filters), "a facet is named after the filter it toggles"
        self.sorts = {"id": model._meta.primary_key, **sorts}
        self.expansions = expansions or {}
        # expansion -> the foreign key holding the id it replaces, where splice() can write it
        self.spliceable = {name: spliceable(model, expansion) for name, expansion in self.expansions.items()}
        # the `?sector=` filter (Tagged), whose link rows can count and order a page
        self.tag = next((name for name, flt in filters.items() if isinstance(flt, Tagged)), None)
        names = self.names = list(schema().dump_fields)  # what `fields` may name: what is shown
        declared = {}
        for name, flt in filters.items():
            declared.update(flt.fields(name))
        label = model.__name__
        self.args_schema = list_args_schema(
            f"{label}ListArgs",
            declared,
            list(self.sorts),
            list(self.expansions),
            names,
            searchable,
            list(self.facets),
        )
        self.item_args_schema = item_args_schema(f"{label}ItemArgs", list(self.expansions), names)

    def select(self, args, where=None, columns=()):
        """The filtered query of whole rows (or of these `columns` and the sort keys), and
        its sort keys ending in a unique one. A page of one sector sorted by a column its
        link copies walks the link's (sector, column) index (Tagged), in the page's order."""
        query, pk = self.model.select(*columns), self.model._meta.primary_key
        link = self.walked_link(args)
        if link:
            tagged, bounds, others = self.on_link(args, where)
            query = query.join(link, on=(tagged.owner == pk)).where(link.sector == args[self.tag][0], *bounds)
            clauses = others
        else:
            clauses = self.clauses(args, where)
        if clauses:
            query = query.where(*clauses)
        keys = []
        if "q" in args:
            ranked = "sort" not in args
            found = search.matches(self.resource, args["q"], ranked)
            if found is None:
                query = query.where(SQL("1 = 0"))
            else:
                found = found.alias("found")
                query = query.join(found, on=(self.model._meta.primary_key == found.c.record_id))
                if ranked:
                    query = query.select_extend(found.c.rank.alias("search_rank"))
                    keys.append(Key(found.c.rank, False, "search_rank", False, (int, float)))
        for item in args.get("sort", []):
            name = item.lstrip("-")
            expr = self.sorts[name]
            if isinstance(expr, Field):
                keys.append(key(expr, item.startswith("-")))
                if link:  # the same values, on the link
                    keys[-1] = keys[-1]._replace(
                        expr=tagged.owner if expr is pk else getattr(link, expr.name)
                    )
            else:
                query = query.select_extend(expr.alias(f"sort_{name}"))
                # the computed sorts are figures' (figure_sort): integers
                keys.append(Key(expr, item.startswith("-"), f"sort_{name}", True, (int,)))
        if not any(k.name == "id" for k in keys):
            keys.append(key(pk)._replace(expr=tagged.owner) if link else key(pk))
        if columns:  # the cursor reads the sort keys of the page's last row
            chosen = {c.name for c in columns}
            query = query.select_extend(
                *(k.expr for k in keys if isinstance(k.expr, Field) and k.name not in chosen)
            )
        return query, keys

    def clauses(self, args, where=None, skipped=()):
        """The WHERE clauses of the filters given (but the `skipped` ones)."""
        found = [] if where is None else [where]
        try:
            for name, flt in self.filters.items():
                if name not in skipped:
                    found += flt.clauses(name, args)
        except ValidationError as error:
            field, messages = next(iter(error.messages.items()))
            bad_parameter(field, " ".join(messages))
        return found

    def walked_link(self, args):
        """The sector link whose (sector, copy) index gives this page its order (one sector,
        sorted by columns the link copies, then perhaps the id), or None."""
        if self.tag not in args or "q" in args or len(args[self.tag]) != 1:
            return None
        tagged, pk = self.filters[self.tag], self.model._meta.primary_key
        sorted_by = [self.sorts[item.lstrip("-")] for item in args.get("sort", [])]
        copied = [f is pk or (isinstance(f, Field) and f.name in tagged.copies) for f in sorted_by]
        return tagged.link if sorted_by and sorted_by[0] is not pk and all(copied) else None

    def on_link(self, args, where):
        """Under `?sector=` (not with `q`): the Tagged filter, the clauses of the filters on
        the columns its link copies, written on the copies, and the other filters' clauses;
        else None."""
        if self.tag not in args or "q" in args:
            return None
        tagged = self.filters[self.tag]
        bounds = [
            c for n in tagged.copies for c in self.filters[n].on(getattr(tagged.link, n)).clauses(n, args)
        ]
        return tagged, bounds, self.clauses(args, where, skipped={self.tag, *tagged.copies})

    def counted(self, query, args, where):
        """What count() reads: the page's query without its columns (an index can answer
        alone), or under `?sector=` the link's index (Tagged.counted)."""
        linked = self.on_link(args, where)
        if linked is None:
            return query.select(SQL("1"))
        tagged, bounds, others = linked
        return tagged.counted(args[self.tag], bounds, others)

    def render(self, rows, args):
        """Row dicts -> records, expanded and trimmed to the requested fields."""
        records = assemble(self.model, rows)
        for name in args.get("expand", []):
            self.expansions[name](records)
        if "fields" in args:
            keep = {"id", *args["fields"]}
            records = [{k: v for k, v in record.items() if k in keep} for record in records]
        return records

    def render_documents(self, rows, args):
        """Row dicts (id, document, stamp) -> the records' JSON (orjson Fragments): stored
        documents spliced as they are, or parsed to be expanded and trimmed, as render()."""
        found = documents.of_rows(self.model, rows)
        expand, keep = args.get("expand", []), args.get("fields")
        if not keep:
            spliced = self.splice(found, rows, expand)
            if spliced is not None:
                return [Fragment(body) for body in spliced]
        records = [orjson.loads(body) for body in found]
        for name in expand:
            self.expansions[name](records, Spliced)
        keep = {"id", *keep} if keep else None
        names = [n for n in self.names if keep is None or n in keep]  # the schema's order
        return [Fragment(orjson.dumps({n: r[n] for n in names if n in r})) for r in records]

    def splice(self, bodies, rows, expand):
        """The documents with each expanded record's document written in place of its id, as
        bytes, unparsed; None where that cannot be sure. A document is canonical JSON:
        compact, with the quotes inside strings escaped, so `"expo":"<id>"` can only be a
        key and its value, and found once, it is the record's own `expo` (the row says
        which id)."""
        for name in expand:
            column = self.spliceable[name]
            if column is None or any(column.name not in row for row in rows):
                return None  # a list of ids, or rows read without the id (an item's)
            related = documents_by_id(column.rel_model, list({row[column.name] for row in rows} - {None}))
            key = b'"%s":' % name.encode()
            swaps = {value: (key + orjson.dumps(value), key + body) for value, body in related.items()}
            spliced = []
            for row, body in zip(rows, bodies, strict=True):
                value = row[column.name]
                if value is not None:
                    if value not in swaps:
                        return None
                    needle, document = swaps[value]
                    at = body.find(needle)
                    if at < 0 or body.find(needle, at + 1) >= 0:  # found once, or not sure
                        return None
                    body = b"".join((body[:at], document, body[at + len(needle) :]))
                spliced.append(body)
            bodies = spliced
        return bodies

    def page(self, args, where=None):
        """One page of the list as JSON, or every matching record as CSV or NDJSON (from
        `cursor` on), as `Accept` or `format` asks: query -> rows -> records -> body."""
        kind = export.negotiate(args)  # before any query: a 406 costs nothing

        def decode(keys):
            return decode_cursor(args["cursor"], keys) if "cursor" in args else None

        if kind != "json":
            query, keys = self.select(args, where)
            end = {}  # the end-of-export marker's facts, filled in as the batches are read
            batches = (self.render(rows, args) for rows in export.batches(query, keys, decode(keys), end))
            return export.response(batches, end, kind, self.schema(), args, self.resource)
        if where is None:
            found = compiled.statements(self.page_queries, self, args, decode)
        else:  # a sub-resource's condition is not an argument: compiled for this request alone
            found = compiled.compile_queries(partial(self.page_queries, where=where), args, decode)
        page, count, *few_first = found.statements
        total = counted(count.sql, count.params)
        if few_first and total.exact and total.number <= pagination.COUNT_CAP:
            page = few_first[0]
        found_rows = compiled.rows(page) if total.number else []  # none: the page finds none
        if total.number and "cursor" in args and found.keys[0].null and len(found_rows) <= args["limit"]:
            # a short page after a cursor, in a sort on a key some records lack: it may go on
            # with those (null_tail); only then is the cursor read again and the query built
            query, _ = self.page_select(args, where)
            found_rows = pagination.null_tail(
                query, found.keys, decode(found.keys), found_rows, args["limit"] + 1
            )
        rows, next_cursor = pagination.cut(found_rows, found.keys, args["limit"])
        records = self.render_documents(rows, args) if self.spliced else self.render(rows, args)
        body, headers = pagination.envelope(records, args["limit"], next_cursor, total)
        if "facet" in args:
            query, _ = self.select(args, where)
            body["meta"]["facets"] = facets.counts(self, query, args["facet"], args)
        return body, headers

    def page_queries(self, args, after, where=None):
        """A page's sort keys and its queries: the page (pagination.page_query), what its
        count reads, and on SQLite, for a filtered page in a sort of its own, the page read
        through the filters when they match few rows (pagination.few_first); `after(keys)`
        gives the cursor's values (api/lists/compiled.py)."""
        query, keys = self.page_select(args, where)
        page = pagination.page_query(query, keys, after(keys), args["limit"])
        queries = (page, self.counted(query, args, where).order_by())
        if "sort" in args and query._where is not None and not self.walked_link(args) and not is_postgres():
            queries += (pagination.few_first(query, keys, after(keys), args["limit"]),)
        return keys, queries

    def page_select(self, args, where=None):
        """select() of a page's rows: of their stored documents where the model keeps them."""
        return self.select(args, where, self.document_columns(args) if self.spliced else ())

    def document_columns(self, args):
        """The id and document, and the ids an expansion splices into it (splice)."""
        expanded = [self.spliceable[name] for name in args.get("expand", [])]
        pk, model = self.model._meta.primary_key, self.model
        return [pk, model.document, model.document_stamp, *(c for c in expanded if c is not None)]

    def item(self, record_id, args):
        pk = self.model._meta.primary_key
        if self.spliced:
            found = documents.by_column(self.model, pk, [record_id])
            if not found:
                not_found(self.model._meta.name, record_id)
            return self.render_documents([found[0][0]], args)[0]
        rows = rows_in(self.model, pk, [record_id])
        if not rows:
            not_found(self.model._meta.name, record_id)
        return self.render(rows, args)[0]

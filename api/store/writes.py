"""Writes: create, merge-patch and delete whole records, each in one transaction
with its links, citations, search entry, change-feed entry and revision bump.

Concurrency is settled by the database itself: updates and deletes carry
`WHERE version = <the version the client saw>`, idempotency keys and ids are
unique indexes, and on SQLite every write transaction takes the write lock up
front (IMMEDIATE).
"""

import hashlib
import json

from flask import current_app, request
from flask_smorest import abort
from marshmallow import ValidationError
from peewee import IntegrityError

from api.db import atomic
from api.http.auth import authenticate
from api.http.bodies import JSON, MERGE_PATCH, merge_patch, read_body, unprocessable
from api.http.conditional import record_etag, required_if_match, stale
from api.http.errors import flatten, not_found
from api.http.idempotency import idempotency_key, replayed
from api.http.render import dumper
from api.store import search
from api.store.integrity import check_references, dependents_of
from api.store.models import Change, IdempotencyKey, Revision, utcnow
from api.store.records import by_ids, insert, update
from api.store.relations import RESOURCE_OF


class Records:
    """Writes of one resource, through the same schema that documents and reads it."""

    def __init__(self, model, schema, rules=()):
        self.model, self.schema, self.resource = model, schema, RESOURCE_OF[model]
        self.rules = rules  # the resource's own integrity rules (api/store/integrity.py)
        self.dump = dumper(type(schema))  # the representation reads serve, and no other

    def current(self, record_id):
        """The stored record and its version, or (None, None)."""
        rows = by_ids(self.model, [record_id])
        return (rows[0], rows[0].get("version")) if rows else (None, None)

    def matching(self, record_id, if_match):
        """The stored record and its version, when If-Match names it: else a 404 or a 412."""
        before, version = self.current(record_id)
        if before is None:
            not_found(self.model._meta.name, record_id)
        stale(if_match, record_etag(self.resource, record_id, version))
        return before, version

    def etag(self, record_id, version):
        """The ETag header of a record at `version` (what its canonical GET sends)."""
        return {"ETag": f'"{record_etag(self.resource, record_id, version)}"'}

    def load(self, document, new=False):
        """The validated record; a `new` one must not take an existing id (409, before the
        checks of its references, which would otherwise look at the existing record's)."""
        try:
            data = self.schema.load(document)
        except ValidationError as error:
            unprocessable(flatten(error.messages, "json"))
        if new and self.model.select().where(self.model._meta.primary_key == data["id"]).exists():
            conflict_id(self.resource, data["id"])
        check_references(self.model, data, self.rules)
        return data

    def log(self, actor, operation, record_id, before, after):
        """Bump the revision and append to the change feed: call inside the write transaction.

        The bump comes first: it locks the revision row until the transaction ends, so
        change ids are handed out in commit order and a client syncing with
        `since=<last id seen>` never misses a change committed behind one it has seen."""
        Revision.bump()
        Change.create(
            at=utcnow(),
            actor=actor,
            operation=operation,
            resource=self.resource,
            record=record_id,
            before=None if before is None else self.dump(before),
            after=None if after is None else self.dump(after),
        )

    def put(self, data, actor):
        """Create or overwrite a record unless it already reads the same (the loader's
        idempotent upsert); returns whether anything was written."""
        before, version = self.current(data["id"])
        if before is None:
            insert(self.model, {**data, **first_version(self.model)})
        elif self.dump(before) == self.dump(data):
            return False
        else:
            update(self.model, data, version)
        after, _ = self.current(data["id"])
        self.log(actor, "create" if before is None else "update", data["id"], before, after)
        return True

    # --- over HTTP

    def create(self):
        """POST: 201 with the record, honouring Idempotency-Key."""
        token = authenticate()
        document = read_body(JSON)
        key = idempotency_key()
        # the same key on another endpoint is another request, not a retry
        request_text = f"{request.method} {request.path}\n{json.dumps(document, sort_keys=True)}"
        fingerprint = hashlib.sha256(request_text.encode()).hexdigest()
        try:
            with atomic():
                if key and (replay := replayed(token, key, fingerprint)):
                    return replay
                data = self.load(document, new=True)
                insert(self.model, {**data, **first_version(self.model)})
                after, version = self.current(data["id"])
                self.log(token.name, "create", data["id"], None, after)
                location = f"/api/v1/{self.resource}/{data['id']}"
                if key:
                    IdempotencyKey.create(
                        token=token,
                        key=key,
                        request_hash=fingerprint,
                        status=201,
                        # the very bytes of this response, as flask-smorest will serialize it
                        body=current_app.json.response(self.dump(after)).get_data(as_text=True),
                        location=location,
                        created_at=utcnow(),
                    )
        except IntegrityError:
            # a concurrent request committed first: the same key (replay it) or the same id
            with atomic():
                if key and (replay := replayed(token, key, fingerprint)):
                    return replay
            conflict_id(self.resource, document.get("id"))
        return after, 201, {"Location": location, **self.etag(data["id"], version)}

    def update(self, record_id):
        """PATCH (JSON merge patch) under If-Match: 200 with the record."""
        token = authenticate()
        patch = read_body(MERGE_PATCH, JSON)
        if_match = required_if_match()
        with atomic():
            before, version = self.matching(record_id, if_match)
            shown = self.dump(before)
            merged = merge_patch(shown, patch)
            if merged.get("id") != record_id:
                unprocessable([{"pointer": "/id", "detail": "The id of a record cannot change."}])
            # drop read-only members of the stored record, not what the patch sends (unknown = 422)
            data = self.load({k: v for k, v in merged.items() if k in self.schema.load_fields or k in patch})
            if self.dump(data) == shown:  # nothing changes: nothing to write
                return before, 200, self.etag(record_id, version)
            if not update(self.model, data, version):
                stale(if_match, None)  # a concurrent write won between our read and our update
            after, version = self.current(record_id)
            self.log(token.name, "update", record_id, before, after)
        return after, 200, self.etag(record_id, version)

    def delete(self, record_id):
        """DELETE under If-Match: 204, or 409 naming the records that refer to it."""
        token = authenticate()
        if_match = required_if_match()
        with atomic():
            before, version = self.matching(record_id, if_match)
            dependents = dependents_of(self.model, record_id)
            if dependents:
                names = "; ".join(f"{resource}: {', '.join(ids)}" for resource, ids in dependents.items())
                abort(409, message=f"Other records refer to it; change or delete them first ({names}).")
            pk = self.model._meta.primary_key
            if not self.model.delete().where((pk == record_id) & (self.model.version == version)).execute():
                stale(if_match, None)
            search.remove(self.resource, record_id)
            self.log(token.name, "delete", record_id, before, None)
        return None


def first_version(model):
    """The version of a new record: above every version a record of this id ever had.

    Each write of a record bumps the revision as well as the record's version, so
    no version ever exceeds the revision: starting a new record after it means a
    record deleted and created again cannot match an ETag of the deleted one."""
    if "version" not in model._meta.fields:
        return {}
    revision = Revision.current()
    return {"version": (revision.number if revision else 0) + 1}


def conflict_id(resource, record_id):
    abort(409, message=f"There is already a record of {resource} with id '{record_id}'.")

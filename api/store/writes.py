"""Writes: create, merge-patch and delete whole records, each in one transaction
with its links, citations, search entry, change-feed entry and revision bump.

Concurrency: every write transaction holds the database's one write lock from its
first statement (api/db.py `atomic`), so what it checks still holds when it commits;
updates and deletes also carry `WHERE version = <the version the client saw>`. A body
is validated, and its references checked, before the lock is taken (a bad body never
holds it), then checked again under the lock, where it is cheap. The whole response is
built inside the transaction: nothing is committed unless its answer can be sent.
"""

import hashlib
import json

from flask import current_app, request
from flask_smorest import abort
from marshmallow import ValidationError

from api.db import atomic
from api.http.auth import authenticate
from api.http.bodies import JSON, MERGE_PATCH, merge_patch, read_body, unprocessable
from api.http.conditional import record_etag, required_if_match, stale
from api.http.errors import flatten, not_found
from api.http.idempotency import idempotency_key, replayed
from api.http.render import dumper
from api.store import documents, evidence, search
from api.store.integrity import check_references, dependents_of
from api.store.models import Change, Citation, IdempotencyKey, Revision, Source, utcnow
from api.store.records import by_ids, insert, keep_document, update
from api.store.relations import RESOURCE_OF
from schemas.evidence import backing


def computed_citation(figure, quotes):
    """The `citation` a write gives this figure: the index of the quote holding its words."""
    words = figure.get("as_reported")
    return backing(words, [q for q in quotes if isinstance(q, str)]) if isinstance(words, str) else None


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
        """The validated record (schema, then `check`)."""
        try:
            data = self.schema.load(document)
        except ValidationError as error:
            unprocessable(flatten(error.messages, "json"))
        self.check(data, new)
        return data

    def check(self, data, new=False):
        """What the database says of a valid record: a `new` one must not take an existing id
        (409, before the checks of its references, which would otherwise look at the existing
        record's); its references must exist and its resource's rules hold (422). `new=None`:
        when the id is taken, nothing yet (the locked part decides: a replay or a 409)."""
        taken = (
            new is not False
            and self.model.select().where(self.model._meta.primary_key == data["id"]).exists()
        )
        if taken and new:
            conflict_id(self.resource, data["id"])
        if not taken:
            check_references(self.model, data, self.rules)

    def answer(self, record, status, headers):
        """The whole response, built inside the write transaction: nothing is committed unless
        its answer (body, Location, ETag) can be sent."""
        response = current_app.json.response(self.dump(record))
        response.status_code = status
        response.headers.update(headers)
        return response

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
        self.reanchor(data, actor)
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
        if key and (replay := replayed(self.model, token, key, fingerprint)):
            return replay
        # every check before the write lock... (of references, unless the id is taken: then the
        # locked part decides between a replay of a concurrent retry and a 409)
        data = self.load(document, new=None)
        with atomic():
            if key and (replay := replayed(self.model, token, key, fingerprint)):
                return replay
            self.check(data, new=True)  # ...and again under it, against what committed since
            insert(self.model, {**data, **first_version(self.model)})
            after, version = self.current(data["id"])
            self.log(token.name, "create", data["id"], None, after)
            location = f"/api/v1/{self.resource}/{data['id']}"
            response = self.answer(after, 201, {"Location": location, **self.etag(data["id"], version)})
            if key:
                IdempotencyKey.create(
                    token=token,
                    key=key,
                    request_hash=fingerprint,
                    status=201,
                    body=response.get_data(as_text=True),  # the very bytes of this response
                    location=location,
                    created_at=utcnow(),
                )
        return response

    def prepare(self, record_id, if_match, patch):
        """The stored record, its version, its representation and the validated merged record."""
        before, version = self.matching(record_id, if_match)
        shown = self.dump(before)
        # what a record holds but does not show (a source's text) is kept unless the patch sends it
        hidden = {
            n: before[n] for n, f in self.schema.fields.items() if f.load_only and before.get(n) is not None
        }
        merged = merge_patch({**shown, **hidden}, patch)
        if merged.get("id") != record_id:
            unprocessable([{"pointer": "/id", "detail": "The id of a record cannot change."}])
        # drop read-only members of the stored record, not what the patch sends (unknown = 422)
        kept = {k: v for k, v in merged.items() if k in self.schema.load_fields or k in patch}
        # a figure's `citation` is computed by the write: the stored one goes, and so does one the
        # patch sends that is what the write computes (a record's own body sent back); any other
        # is refused by the schema (422)
        sources = kept.get("sources")  # not validated yet: any JSON a patch sends (the schema's 422)
        sources = sources if isinstance(sources, list) else []
        quotes = [c["quote"] for c in sources if isinstance(c, dict) and "quote" in c]
        for name in getattr(self.model._meta, "figures", ()):
            figure, sent = kept.get(name), patch.get(name) if isinstance(patch.get(name), dict) else {}
            if isinstance(figure, dict) and (
                "citation" not in sent or sent["citation"] == computed_citation(figure, quotes)
            ):
                kept[name] = {k: v for k, v in figure.items() if k != "citation"}
        data = self.load(kept)
        return before, version, shown, data

    def update(self, record_id):
        """PATCH (JSON merge patch) under If-Match: 200 with the record."""
        token = authenticate()
        patch = read_body(MERGE_PATCH, JSON)
        if_match = required_if_match()
        prepared = self.prepare(record_id, if_match, patch)  # every check before the write lock
        with atomic():
            if self.current(record_id)[1] == prepared[1]:
                before, version, shown, data = prepared
                self.check(data)  # again under the lock: its references may be gone since
            else:  # changed (or gone) since: start again from what is stored now
                before, version, shown, data = self.prepare(record_id, if_match, patch)
            if self.dump(data) == shown:  # nothing changes: nothing to write
                return self.answer(before, 200, self.etag(record_id, version))
            if not update(self.model, data, version):
                stale(if_match, None)  # a concurrent write won between our read and our update
            after, version = self.current(record_id)
            self.log(token.name, "update", record_id, before, after)
            self.reanchor(data, token.name)
            return self.answer(after, 200, self.etag(record_id, version))

    def reanchor(self, data, actor):
        """A source's text was written: anchor every citation of it in the new text, or refuse
        the write (409) naming the citations it would break. A citing record whose anchors move
        is a new representation: its version, stored document and change feed follow, in the
        same transaction."""
        if self.model is not Source or "text" not in data:
            return
        moved, broken = [], []  # (citation row, its new anchor); problems
        for row in Citation.select().where(Citation.source == data["id"]).order_by(Citation.id).dicts():
            found = evidence.anchor(data["text"], row["quote"])
            owner = next(name for name in Citation.OWNERS if row[name] is not None)
            if found is None:
                where = f"/sources/{row['position']} of {owner}s/{row[owner]}"
                detail = f"It would break the citation {where}: its quote is not in the text."
                broken.append({"pointer": "/text", "detail": detail})
            elif found != evidence.stored(row):
                moved.append((row, owner, found))
        if broken:
            count = f"{len(broken)} citation{'s' if len(broken) != 1 else ''}"
            abort(
                409,
                message=f"{count} of this source quote passages the new text lacks; correct or remove "
                "them first.",
                errors=broken[: evidence.SHOWN],
            )
        citing = {(Citation._meta.fields[owner].rel_model, row[owner]) for row, owner, _ in moved}
        citing = sorted(citing, key=lambda pair: (RESOURCE_OF[pair[0]], pair[1]))
        writers = {model: Records(model, documents.SCHEMAS[model]()) for model, _ in citing}
        befores = [writers[model].current(record_id) for model, record_id in citing]  # before they move
        for row, _, found in moved:
            Citation.update(evidence.columns(found)).where(Citation.id == row["id"]).execute()
        for (model, record_id), (before, version) in zip(citing, befores, strict=True):
            model.update(version=version + 1).where(model._meta.primary_key == record_id).execute()
            keep_document(model, record_id)
            writers[model].log(actor, "update", record_id, before, writers[model].current(record_id)[0])

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

"""Writes: create, merge-patch and delete whole records, each in one transaction
with its links, citations, search entry, change-feed entry and revision bump.

Concurrency is settled by the database itself: updates and deletes carry
`WHERE version = <the version the client saw>`, idempotency keys and ids are
unique indexes, and on SQLite every write transaction takes the write lock up
front (IMMEDIATE).
"""

import hashlib
import json
import re
from collections import defaultdict

from flask import Response, current_app, request
from flask_smorest import abort
from marshmallow import ValidationError

from . import search
from .auth import authenticate
from .db import atomic
from .errors import flatten, not_found
from .models import (
    Change,
    Deal,
    Delegation,
    Expo,
    IdempotencyKey,
    Organization,
    Revision,
    utcnow,
)
from .records import LINKS, RESOURCE_OF, by_ids, insert, references_of, update
from .render import dumper

JSON = "application/json"
MERGE_PATCH = "application/merge-patch+json"
MAX_DEPTH = 16  # the deepest record (a figure in a list) is 4 levels down


# --- reading a request body -------------------------------------------------------


def read_body(*media_types):
    """The request's JSON object, or the problem saying why not: 415 (not JSON),
    413 (too large: MAX_CONTENT_LENGTH), 400 (not UTF-8, not JSON, too deep),
    422 (not an object, or text no database can store)."""
    if request.mimetype not in media_types:
        abort(
            415,
            message=f"Send the body as {' or '.join(media_types)}.",
            headers={"Accept-Patch": MERGE_PATCH} if MERGE_PATCH in media_types else {},
        )
    raw = request.get_data(cache=True)
    if not raw:
        abort(400, message="The request has no body.")
    try:
        value = json.loads(raw.decode("utf-8"), parse_constant=reject_constant)
    except UnicodeDecodeError:
        abort(400, message="The body is not UTF-8.")
    except RecursionError:
        abort(400, message="The body is nested too deeply.")
    except ValueError as error:
        abort(400, message=f"The body is not valid JSON: {error}.")
    if depth(value) > MAX_DEPTH:
        abort(400, message=f"The body is nested more than {MAX_DEPTH} levels deep.")
    if not isinstance(value, dict):
        unprocessable([{"pointer": "", "detail": "Must be a JSON object."}])
    bad = list(unstorable(value, ""))
    if bad:
        unprocessable(bad)
    return value


def reject_constant(name):
    raise ValueError(f"{name} is not a JSON number")


def depth(value):
    """How deeply containers nest in a parsed body; iterative, so that no body
    json.loads accepts can exhaust the stack here."""
    deepest, pending = 0, [(value, 0)]
    while pending:
        item, level = pending.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level + 1)
            pending.extend(
                (child, level + 1) for child in (item.values() if isinstance(item, dict) else item)
            )
    return deepest


def unstorable(value, pointer):
    """Text no backend can store: NUL characters (PostgreSQL) and lone surrogates (not UTF-8)."""
    if isinstance(value, dict):
        for key, item in value.items():
            bad_key = list(unstorable(key, pointer))
            yield from bad_key
            if not bad_key:  # a pointer must itself be storable and encodable text
                yield from unstorable(item, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from unstorable(item, f"{pointer}/{index}")
    elif isinstance(value, str):
        if "\x00" in value:
            yield {"pointer": pointer, "detail": "Must not contain NUL characters."}
        else:
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                yield {"pointer": pointer, "detail": "Not valid Unicode text."}


def unprocessable(errors):
    count = len(errors)
    abort(422, message=f"{count} field{'s are' if count != 1 else ' is'} invalid.", errors=errors)


def merge_patch(target, patch):
    """RFC 7396 JSON merge patch: objects merge, null removes, anything else replaces."""
    if not isinstance(patch, dict):
        return patch
    merged = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = merge_patch(merged.get(key), value)
    return merged


# --- integrity beyond the schema --------------------------------------------------------


def dependents_of(model, record_id):
    """Records that refer to this one, by resource: what a delete would orphan (at most 20 each)."""

    def linked(owner_model):
        """`owner_model`'s records linking to this organization (records.LINKS)."""
        for links in LINKS[owner_model].values():
            linking = links.model.select(links.owner).where(links.model.organization == record_id)
            yield owner_model, owner_model.id.in_(linking)

    referrers = {
        Expo: [
            (Expo, Expo.part_of == record_id),
            (Delegation, Delegation.expo == record_id),
            (Deal, Deal.expo == record_id),
        ],
        Delegation: [(Deal, Deal.delegation == record_id)],
        Organization: [
            *linked(Expo),
            (Delegation, Delegation.organizer == record_id),
            *linked(Delegation),
            *linked(Deal),
        ],
    }
    found = {}
    for target, condition in referrers.get(model, []):
        ids = found.setdefault(RESOURCE_OF[target], [])
        ids += [
            row.id
            for row in target.select(target.id).where(condition).order_by(target.id).limit(20)
            if row.id not in ids
        ]
    return {resource: ids for resource, ids in found.items() if ids}


def existing_ids(references):
    """Which of these (model, id) exist: one query per model and 500 ids, however many
    times a body repeats a reference (19,500 citations of one source are one lookup)."""
    wanted = defaultdict(list)
    for target, ref in references:
        wanted[target].append(ref)
    found = set()
    for target, ids in wanted.items():
        pk = target._meta.primary_key
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update((target, row[0]) for row in target.select(pk).where(pk.in_(chunk)).tuples())
    return found


def check_references(model, data):
    """422 for every reference to a record that does not exist (or does not fit)."""
    references = references_of(model, data)
    existing = existing_ids({(target, ref) for _, target, ref in references})
    errors = [
        {"pointer": pointer, "detail": f"There is no {target._meta.name} with id '{ref}'."}
        for pointer, target, ref in references
        if (target, ref) not in existing
    ]
    if model is Expo and data.get("part_of") and not errors:
        host, seen = data["part_of"], set()
        while host is not None and host not in seen:
            if host == data["id"]:
                errors.append(
                    {
                        "pointer": "/part_of",
                        "detail": "An event cannot be part of itself, nor of one of its side events.",
                    }
                )
                break
            seen.add(host)
            host = Expo.select(Expo.part_of).where(Expo.id == host).scalar()
    if model is Delegation and not errors:
        elsewhere = (
            Deal.select(Deal.id, Deal.expo)
            .where((Deal.delegation == data["id"]) & (Deal.expo != data["expo"]))
            .order_by(Deal.id)
            .limit(20)
        )
        if deals := [f"{deal.id} ({deal.expo_id})" for deal in elsewhere]:
            errors.append(
                {
                    "pointer": "/expo",
                    "detail": "Deals credited to this delegation are reported at another expo: "
                    + ", ".join(deals)
                    + ".",
                }
            )
    if model is Deal and data.get("delegation") and not errors:
        attends = Delegation.get_by_id(data["delegation"]).expo_id
        if attends != data["expo"]:
            errors.append(
                {
                    "pointer": "/delegation",
                    "detail": f"This delegation attends '{attends}', not '{data['expo']}'.",
                }
            )
    if errors:
        unprocessable(errors)


# --- whole records ------------------------------------------------------------------------


def record_etag(resource, record_id, version):
    """The strong ETag of a record's canonical representation (no fields/expand):
    it changes with the record's version and with the code (the build id)."""
    key = f"{current_app.config['BUILD_ID']}\n{resource}\n{record_id}\n{version}"
    return hashlib.sha1(key.encode()).hexdigest()


class Records:
    """Writes of one resource, through the same schema that documents and reads it."""

    def __init__(self, model, schema):
        self.model, self.schema, self.resource = model, schema, RESOURCE_OF[model]

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
        """What the database says of a valid record (`new=None`: nothing yet when its id is
        taken): a `new` one must not take an existing id
        (409, before the checks of its references, which would otherwise look at the existing
        record's); its references must exist (422). Writes run it before taking the write lock,
        so that a bad body never holds it, then again under the lock, where it is cheap."""
        taken = (
            new is not False
            and self.model.select().where(self.model._meta.primary_key == data["id"]).exists()
        )
        if taken and new:
            conflict_id(self.resource, data["id"])
        if not taken:
            check_references(self.model, data)

    def answer(self, record, status, headers):
        """The whole response, built inside the write transaction: nothing is committed unless
        its answer (body, Location, ETag) can be sent."""
        response = current_app.json.response(dumper(type(self.schema))(record))
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
            before=None if before is None else self.schema.dump(before),
            after=None if after is None else self.schema.dump(after),
        )

    def put(self, data, actor):
        """Create or overwrite a record unless it already reads the same (the loader's
        idempotent upsert); returns whether anything was written."""
        before, version = self.current(data["id"])
        if before is None:
            insert(self.model, {**data, **first_version(self.model)})
        elif self.schema.dump(before) == self.schema.dump(data):
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
        shown = self.schema.dump(before)
        merged = merge_patch(shown, patch)
        if merged.get("id") != record_id:
            unprocessable([{"pointer": "/id", "detail": "The id of a record cannot change."}])
        # drop read-only members of the stored record, not what the patch sends (unknown = 422)
        data = self.load({k: v for k, v in merged.items() if k in self.schema.load_fields or k in patch})
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
            if self.schema.dump(data) == shown:  # nothing changes: nothing to write
                return self.answer(before, 200, self.etag(record_id, version))
            if not update(self.model, data, version):
                stale(if_match, None)  # a concurrent write won between our read and our update
            after, version = self.current(record_id)
            self.log(token.name, "update", record_id, before, after)
            return self.answer(after, 200, self.etag(record_id, version))

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


# `*`, or one or more entity tags (RFC 9110: [W/]"<visible ASCII but DQUOTE>"), comma-separated
IF_MATCH_SYNTAX = re.compile(r'^(\*|(W/)?"[!#-~]*"( *, *(W/)?"[!#-~]*")*)$')


def required_if_match():
    """The request's If-Match: 428 without one, 400 when it is not `*` or entity tags."""
    value = request.headers.get("If-Match")
    if value is None:
        abort(428, message="Send If-Match with the ETag of the record you are changing (from GET).")
    if not IF_MATCH_SYNTAX.fullmatch(value.strip()):
        abort(400, message='If-Match must be `*` or one or more ETags, each in double quotes ("...").')
    return request.if_match


def stale(if_match, etag):
    """412 unless If-Match names the current ETag (or is `*`)."""
    if etag is None or not (if_match.star_tag or if_match.contains(etag)):
        abort(
            412, message="The record changed since you read it: GET it again, then retry with its new ETag."
        )


def idempotency_key():
    key = request.headers.get("Idempotency-Key")
    if key is not None and not (0 < len(key) <= 255 and key.isprintable() and key.isascii()):
        abort(400, message="Idempotency-Key must be 1 to 255 printable ASCII characters.")
    return key


def replayed(model, token, key, fingerprint):
    """The stored first response to this key, or None; 422 when the key was used for another body;
    409 when the record it created has been deleted since (replaying the 201 would say it exists)."""
    stored = IdempotencyKey.get_or_none((IdempotencyKey.token == token.id) & (IdempotencyKey.key == key))
    if stored is None:
        return None
    if stored.request_hash != fingerprint:
        abort(422, message="This Idempotency-Key was already used with a different request body.")
    record_id = (stored.location or "").rpartition("/")[2]
    if record_id and not model.select().where(model._meta.primary_key == record_id).exists():
        abort(
            409,
            message=f"The first request with this Idempotency-Key created '{record_id}', which has "
            "been deleted since (see the change feed); it is not created again.",
            headers={"Idempotent-Replayed": "true"},
        )
    response = Response(stored.body, status=stored.status, mimetype=JSON)
    response.headers["Idempotent-Replayed"] = "true"
    if stored.location:
        response.headers["Location"] = stored.location
    return response

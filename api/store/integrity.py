"""Integrity beyond the schema, for every resource alike: references must point at records
that exist, and a record others refer to cannot be deleted. Both follow from the models'
foreign keys (api/store/relations.py); a resource's own rules live with the resource and
are passed in as `rules`."""

from collections import defaultdict

from api.http.bodies import unprocessable
from api.store import evidence
from api.store.models import Source
from api.store.relations import CITED, REFERRERS, RESOURCE_OF, references_of

SHOWN = 20  # dependents named per resource


def dependents_of(model, record_id):
    """Records that refer to this one, by resource: what a delete would orphan (at most 20 each)."""
    found = {}
    for referrer, condition in REFERRERS[model]:
        ids = found.setdefault(RESOURCE_OF[referrer], [])
        query = referrer.select(referrer.id).where(condition(record_id)).order_by(referrer.id).limit(SHOWN)
        ids += [row.id for row in query if row.id not in ids]
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


def check_references(model, data, rules=()):
    """422 for every reference to a record that does not exist; then, when they all do, for
    every quote not found in its source (anchoring the others), then for every error the
    resource's own `rules` (functions of the loaded record) find."""
    references = references_of(model, data)
    existing = existing_ids({(target, ref) for _, target, ref in references})
    errors = [
        {"pointer": pointer, "detail": f"There is no {target._meta.name} with id '{ref}'."}
        for pointer, target, ref in references
        if (target, ref) not in existing
    ]
    if not errors:
        errors += check_quotes(model, data)
    for rule in rules:
        if errors:
            break
        errors += rule(data)
    if errors:
        unprocessable(errors)


def texts_of(source_ids):
    """{source id: text} of these sources (None where the text is unknown)."""
    return dict(Source.select(Source.id, Source.text).where(Source.id.in_(list(source_ids))).tuples())


def check_quotes(model, data):
    """Every quote of a record must occur in its source's text (api/store/evidence.py): the
    problems of those that do not; the others are anchored in place, ready to be written."""
    if model not in CITED:
        return []
    citations = data.get("sources") or []
    return evidence.anchor_citations(citations, texts_of({c["source"] for c in citations}))


def no_cycle(field, successors, detail):
    """A rule: following `field` (an id or a list of ids) and then `successors` (id -> the ids
    that record points at the same way) never comes back to the record. Checked again under
    the write lock (api/db.py atomic), so two writes cannot close a cycle between them."""

    def rule(data):
        value = data.get(field)
        starts = value if isinstance(value, list) else [] if value is None else [value]
        for index, start in enumerate(starts):
            seen, pending = set(), [start]
            while pending:
                node = pending.pop()
                if node == data["id"]:
                    pointer = f"/{field}" + (f"/{index}" if isinstance(value, list) else "")
                    return [{"pointer": pointer, "detail": detail}]
                if node not in seen:
                    seen.add(node)
                    pending += successors(node)
        return []

    return rule

"""Integrity beyond the schema, for every resource alike: references must point at records
that exist, and a record others refer to cannot be deleted. Both follow from the models'
foreign keys (api/store/relations.py); a resource's own rules live with the resource and
are passed in as `rules`."""

from api.http.bodies import unprocessable
from api.store.relations import REFERRERS, RESOURCE_OF, references_of

SHOWN = 20  # dependents named per resource


def dependents_of(model, record_id):
    """Records that refer to this one, by resource: what a delete would orphan (at most 20 each)."""
    found = {}
    for referrer, condition in REFERRERS[model]:
        ids = found.setdefault(RESOURCE_OF[referrer], [])
        query = referrer.select(referrer.id).where(condition(record_id)).order_by(referrer.id).limit(SHOWN)
        ids += [row.id for row in query if row.id not in ids]
    return {resource: ids for resource, ids in found.items() if ids}


def check_references(model, data, rules=()):
    """422 for every reference to a record that does not exist; then, when they all do, for
    every error the resource's own `rules` (functions of the loaded record) find."""
    errors = []
    for pointer, target, ref in references_of(model, data):
        if not target.select().where(target._meta.primary_key == ref).exists():
            errors.append({"pointer": pointer, "detail": f"There is no {target._meta.name} with id '{ref}'."})
    for rule in rules:
        if errors:
            break
        errors += rule(data)
    if errors:
        unprocessable(errors)

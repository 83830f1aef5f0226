"""Loading the curated fixtures: validate everything, then write everything in
one transaction. Loading twice leaves the same database (records are upserted)."""

import json
from pathlib import Path

from marshmallow import ValidationError

from api.cli.traceability import untraceable
from api.config import seeds_dir
from api.db import atomic
from api.http.errors import flatten
from api.store.evidence import anchor_citations
from api.store.models import Deal, Delegation, Expo, Organization, Source
from api.store.relations import CITED, references_of
from api.store.writes import Records
from schemas.deals import DealSchema
from schemas.delegations import DelegationSchema
from schemas.expos import ExpoSchema
from schemas.organizations import OrganizationSchema
from schemas.sources import SourceSchema

# in dependency order: a record only refers to records of earlier files
FIXTURES = (
    ("sources.json", Source, SourceSchema()),
    ("organizations.json", Organization, OrganizationSchema()),
    ("expos.json", Expo, ExpoSchema()),
    ("delegations.json", Delegation, DelegationSchema()),
    ("deals.json", Deal, DealSchema()),
)


class FixtureError(Exception):
    """A fixture that cannot be loaded: names the file, the record and the field."""

    def __init__(self, path, record_id, pointer, message):
        where = f"{path}: record '{record_id}'" if record_id is not None else str(path)
        if pointer:
            where += f", field '{pointer}'"
        super().__init__(f"{where}: {message}")


def read_fixtures(directory):
    """Validate every fixture file; return {model: [loaded records]} or raise FixtureError."""
    directory = Path(directory)
    loaded, ids = {}, {}
    for filename, model, schema in FIXTURES:
        path = directory / filename
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise FixtureError(path, None, None, f"cannot be read as JSON: {error}") from error
        if not isinstance(raw, list):
            raise FixtureError(path, None, None, "must be a JSON array of records")
        records = []
        for index, item in enumerate(raw):
            record_id = item.get("id", f"#{index}") if isinstance(item, dict) else f"#{index}"
            try:
                if model is Source:
                    item = with_seed_text(path, record_id, item)
                records.append(schema.load(item))
            except ValidationError as error:
                first = flatten(error.messages, "json")[0]
                raise FixtureError(path, record_id, first["pointer"], first["detail"]) from error
        seen = set()
        for record in records:
            if record["id"] in seen:
                raise FixtureError(path, record["id"], "/id", "duplicate id")
            seen.add(record["id"])
        loaded[model], ids[model] = records, seen
    for filename, model, _ in FIXTURES:
        for record in loaded[model]:
            for pointer, target, ref in references_of(model, record):
                if ref not in ids[target]:
                    raise FixtureError(
                        directory / filename,
                        record["id"],
                        pointer,
                        f"no {target._meta.name} with id '{ref}'",
                    )
    texts = {source["id"]: source["text"] for source in loaded[Source]}
    for filename, model, _ in FIXTURES:
        for record in loaded[model] if model in CITED else []:
            for problem in anchor_citations(record["sources"], texts)[:1]:
                raise FixtureError(directory / filename, record["id"], problem["pointer"], problem["detail"])
    organizations = {record["id"]: record for record in loaded[Organization]}
    for filename, model, _ in FIXTURES:
        for record in loaded[model] if model is not Source else []:
            for field, reason in untraceable(record, organizations):
                raise FixtureError(
                    directory / filename,
                    record["id"],
                    f"/{field}",
                    f"{reason}: cite a passage that states it, or name '{field}' in `inferred` "
                    "and say in `note` how it was inferred",
                )
    for model in WITHIN:
        loaded[model] = referred_first(model, loaded[model])
    return loaded


def with_seed_text(path, record_id, item):
    """A source of the fixtures with its text: the seed file it names, read as stored (UTF-8)."""
    if not isinstance(item, dict) or "text" in item or not isinstance(item.get("file"), str):
        return item
    seed = seeds_dir() / Path(item["file"]).name
    try:
        return {**item, "text": seed.read_bytes().decode("utf-8")}
    except (OSError, UnicodeDecodeError) as error:
        raise FixtureError(
            path, record_id, "/file", f"the seed cannot be read as UTF-8 text: {error}"
        ) from error


# the records of a file that refer to others of the same file, and how
WITHIN = {
    Expo: ("expos.json", "/part_of", lambda expo: [expo["part_of"]] if expo["part_of"] else []),
    Delegation: ("delegations.json", "/part_of", lambda d: [d["part_of"]] if d["part_of"] else []),
    Deal: ("deals.json", "/includes", lambda deal: deal["includes"]),
}


def referred_first(model, records):
    """Order records so that every record referred to within the file (a `part_of` host, an
    included deal) is written before the records referring to it."""
    filename, pointer, refs = WITHIN[model]
    ordered, placed, pending = [], set(), list(records)
    while pending:
        ready = [r for r in pending if set(refs(r)) <= placed]
        if not ready:
            raise FixtureError(filename, pending[0]["id"], pointer, "records refer to each other in a cycle")
        for record in ready:
            ordered.append(record)
            placed.add(record["id"])
        pending = [r for r in pending if r["id"] not in placed]
    return ordered


def load_fixtures(directory):
    """Validate, then upsert every fixture in one transaction, writing (and logging
    in the change feed) only the records that differ; return counts per model."""
    loaded = read_fixtures(directory)
    with atomic():
        for _, model, schema in FIXTURES:
            records = Records(model, schema)
            for record in loaded[model]:
                records.put(record, "loader")
    return {model._meta.name: len(records) for model, records in loaded.items()}

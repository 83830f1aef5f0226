"""A lint of the curated data: every quote verbatim in its seed, every figure
traceable to a quote, every reference resolving, ids unique slugs, seeds untouched."""

import re
from pathlib import Path

import pytest

from api.cli.loader import read_fixtures

from conftest import FIXTURES, ROOT, SEEDS, fixture_records

SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
CITED = ("expos", "delegations", "deals", "organizations")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def fold(text):
    return " ".join(text.split())


def seed_texts():
    files = {s["id"]: s["file"] for s in fixture_records("sources")}
    return {source: fold((SEEDS / name).read_text(encoding="utf-8")) for source, name in files.items()}


def figures(record):
    return {k: v for k, v in record.items() if isinstance(v, dict) and "qualifier" in v}


def test_fixtures_pass_the_loaders_validation():
    read_fixtures(FIXTURES)  # schemas, duplicate ids and references; raises on the first problem


@pytest.mark.parametrize("resource", CITED)
def test_every_quote_is_verbatim_in_its_seed(resource):
    texts = seed_texts()
    for record in fixture_records(resource):
        assert record["sources"], record["id"]
        for citation in record["sources"]:
            assert fold(citation["quote"]) in texts[citation["source"]], (record["id"], citation["quote"])


@pytest.mark.parametrize("resource", CITED)
def test_every_figure_is_in_a_quote_of_its_record(resource):
    for record in fixture_records(resource):
        quoted = " ".join(fold(c["quote"]).lower() for c in record["sources"])
        for name, figure in figures(record).items():
            assert fold(figure["as_reported"]).lower() in quoted, (record["id"], name)


@pytest.mark.parametrize("resource", ("sources",) + CITED)
def test_ids_are_unique_slugs(resource):
    ids = [record["id"] for record in fixture_records(resource)]
    assert len(ids) == len(set(ids))
    assert all(SLUG.match(i) for i in ids), ids


def test_every_seed_is_a_cited_source():
    files = {s["file"] for s in fixture_records("sources")}
    assert files == {p.name for p in SEEDS.glob("*.txt")}
    cited = {c["source"] for r in CITED for record in fixture_records(r) for c in record["sources"]}
    assert cited == {s["id"] for s in fixture_records("sources")}


def test_inferred_values_are_explained():
    for resource in ("sources",) + CITED:
        for record in fixture_records(resource):
            if record.get("inferred"):
                assert record.get("note"), record["id"]
                assert all(value_of(record, field) is not None for field in record["inferred"]), record["id"]


def value_of(record, field):
    """A field's value; `amount.period` names a part of a figure."""
    name, _, part = field.partition(".")
    value = record.get(name)
    return (value or {}).get(part) if part else value


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds is not beside this checkout")
def test_seeds_are_the_shared_originals_unchanged():
    shared = {p.name: p.read_bytes() for p in Path(SHARED_SEEDS).glob("*.txt")}
    assert {p.name: p.read_bytes() for p in SEEDS.glob("*.txt")} == shared

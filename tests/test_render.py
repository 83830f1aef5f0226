"""The compiled dumper (api/http/render.py) writes exactly what marshmallow's own dump
writes, for every curated record with every expansion, and every page envelope."""

import json

import pytest

from api.db import database
from api.http.render import dumper
from api.resources import changes, deals, delegations, expos, organizations, sources, tokens
from api.store.rows import dict_rows

LISTINGS = [
    expos.EXPOS,
    delegations.DELEGATIONS,
    deals.DEALS,
    organizations.ORGANIZATIONS,
    sources.SOURCES,
    changes.CHANGES,
    tokens.TOKENS,
]


@pytest.mark.parametrize("listing", LISTINGS, ids=lambda listing: listing.resource)
def test_compiled_dumper_equals_marshmallow(app, listing):
    with app.app_context(), database.connection_context():
        from api.http.auth import issue

        issue("renderer", "admin")  # a token row, so the token listing has one
        for expansion in [[], *([name] for name in listing.expansions), list(listing.expansions)]:
            query = listing.model.select()
            records = listing.render(dict_rows(query), {"expand": expansion})
            assert records, listing.resource
            schema = listing.schema()
            for record in records:
                fast, oracle = dumper(type(schema))(record), schema.dump(record)
                assert fast == oracle
                # and the same bytes once encoded: key order included
                assert json.dumps(fast) == json.dumps(oracle)


def test_page_envelopes_equal_marshmallow(app):
    from schemas.deals import DealPageSchema

    with app.test_request_context("/api/v1/deals?limit=3&expand=expo,parties"), database.connection_context():
        envelope, _ = deals.DEALS.page({"limit": 3, "expand": ["expo", "parties"]})
        fast, oracle = dumper(DealPageSchema)(envelope), DealPageSchema().dump(envelope)
    assert json.dumps(fast) == json.dumps(oracle) and len(fast["data"]) == 3

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
    import orjson

    from schemas.deals import DealPageSchema

    args = {"limit": 3, "expand": ["expo", "parties"]}
    with app.test_request_context("/api/v1/deals?limit=3&expand=expo,parties"), database.connection_context():
        envelope, _ = deals.DEALS.page(args)  # the records' stored JSON, spliced
        fast = orjson.dumps(dumper(DealPageSchema)(envelope))
        rows = dict_rows(deals.DEALS.model.select().order_by(deals.DEALS.model.id).limit(3))
        oracle = DealPageSchema().dump({**envelope, "data": deals.DEALS.render(rows, args)})
    assert fast == json.dumps(oracle, separators=(",", ":"), ensure_ascii=False).encode()
    assert len(json.loads(fast)["data"]) == 3


# --- stored documents (api/store/documents.py): the spliced page is marshmallow's, byte for byte

SPLICED = [listing for listing in LISTINGS if listing.spliced]


def shapes(listing):
    """Every expansion alone and all together, each with no fields, a few, and the expanded one."""
    names = [n for n in listing.names if n != "id"]
    for expansion in [[], *([name] for name in listing.expansions), list(listing.expansions)]:
        for fields in [None, names[:2], [*names[-2:], *expansion]]:
            yield {"expand": expansion, **({"fields": fields} if fields else {})}


def oracle_bytes(listing, records):
    schema = listing.schema()
    return json.dumps([schema.dump(r) for r in records], separators=(",", ":"), ensure_ascii=False).encode()


@pytest.mark.parametrize("listing", SPLICED, ids=lambda listing: listing.resource)
def test_spliced_documents_equal_marshmallow(app, listing):
    import orjson

    with app.test_request_context(), database.connection_context():
        whole = listing.model.select().order_by(listing.model._meta.primary_key)
        pk = listing.model._meta.primary_key
        documents = listing.model.select(*listing.document_columns({})).order_by(pk)
        assert all(row["document"] for row in dict_rows(documents)), "every loaded record keeps its document"
        for args in shapes(listing):
            documents = listing.model.select(*listing.document_columns(args)).order_by(pk)
            fast = orjson.dumps(listing.render_documents(dict_rows(documents), args))
            assert fast == oracle_bytes(listing, listing.render(dict_rows(whole), args)), args
            for row in dict_rows(whole)[:3]:  # items, as the item view reads them
                item = orjson.dumps(listing.item(row["id"], args))
                assert item == oracle_bytes(listing, listing.render([row], args))[1:-1], args


@pytest.mark.parametrize("listing", SPLICED, ids=lambda listing: listing.resource)
def test_documents_of_other_code_are_rendered_not_served(app, listing):
    """A document stored by other code (or none, as bulk loads leave it) is not served."""
    with app.test_request_context(), database.connection_context():
        table = listing.model
        first = table.select(table.id).order_by(table.id).limit(2).tuples()
        (a,), (b,) = first
        table.update(document='{"id": "stale"}', document_stamp="another").where(table.id == a).execute()
        table.update(document=None, document_stamp=None).where(table.id == b).execute()
    response = app.test_client().get(f"/api/v1/{listing.resource}?limit=2")
    assert [r["id"] for r in response.get_json()["data"]] == [a, b]
    assert app.test_client().get(f"/api/v1/{listing.resource}/{a}").get_json()["id"] == a
    runner = app.test_cli_runner()
    result = runner.invoke(args=["refresh-documents"])
    assert result.exit_code == 0 and f"{table._meta.table_name}: 2 documents stored." in result.output
    with app.app_context(), database.connection_context():
        stored = {r.id: r.document for r in table.select().where(table.id.in_([a, b]))}
        assert all(json.loads(doc)["id"] == i for i, doc in stored.items())


def test_documents_never_stale_after_writes(client, token):
    """Creates, merge patches and deletes through HTTP: every stored document is, after each
    commit, what the record's rows render (and what the next read serves)."""
    from api.store import documents
    from api.store.records import by_ids

    from conftest import ORGANIZATION, bearer

    def check():
        with client.application.app_context(), database.connection_context():
            for model in documents.KEPT:
                rows = dict_rows(model.select(model.id, model.document, model.document_stamp))
                assert all(row["document_stamp"] == documents.STAMP for row in rows), model
                stored = {row["id"]: row["document"].encode() for row in rows}
                records = by_ids(model, list(stored))
                rendered = dict(
                    zip([r["id"] for r in records], documents.render(model, records), strict=True)
                )
                assert stored == rendered, model

    created = client.post("/api/v1/organizations", json=ORGANIZATION, headers=bearer(token))
    assert created.status_code == 201
    check()
    url = f"/api/v1/organizations/{ORGANIZATION['id']}"
    patched = client.patch(
        url, json={"name": "Renamed office"}, headers=bearer(token, **{"If-Match": created.headers["ETag"]})
    )
    assert patched.status_code == 200 and client.get(url).get_json()["name"] == "Renamed office"
    check()
    expo = client.get("/api/v1/expos?limit=1").get_json()["data"][0]
    etag = client.get(f"/api/v1/expos/{expo['id']}").headers["ETag"]
    changed = client.patch(
        f"/api/v1/expos/{expo['id']}", json={"note": "Checked."}, headers=bearer(token, **{"If-Match": etag})
    )
    assert changed.status_code == 200
    assert client.get("/api/v1/expos?limit=1&fields=note").get_json()["data"][0]["note"] == "Checked."
    check()
    gone = client.delete(url, headers=bearer(token, **{"If-Match": patched.headers["ETag"]}))
    assert gone.status_code == 204 and client.get(url).status_code == 404
    check()

"""The generated Python client (clients/python, openapi-python-client) against a real gunicorn,
with its defaults: a filtered list followed through links.next, expand, an item, a write with
If-Match, sparse and expanded records, and the CSV and NDJSON exports."""

import csv
import io
import json
from urllib.parse import parse_qs, urlsplit

import pytest

client_package = pytest.importorskip(
    "tradepromo_client",
    reason="the Python client is not installed: make clients-install (pip install -e clients/python)",
)
from tradepromo_client.api.deals import get_deal, list_deals, update_deal  # noqa: E402
from tradepromo_client.models import (  # noqa: E402
    Deal,
    DealFields,
    DealPage,
    DealPatch,
    Expo,
    Organization,
    Problem,
)
from tradepromo_client.types import Unset  # noqa: E402

pytestmark = pytest.mark.server


def cursor_of(next_link):
    return parse_qs(urlsplit(next_link).query)["cursor"][0]


def test_list_filter_follow_next_expand_get_and_write(served_with_token):
    base, token = served_with_token
    client = client_package.Client(base_url=base, raise_on_unexpected_status=True)

    # a filtered list, page by page through links.next (one value: repeated parameters are
    # what the client sends for several, see the report on kind=a&kind=b)
    everything = list_deals.sync(client=client, kind=["purchase_order"], limit=100)
    assert isinstance(everything, DealPage)
    assert len(everything.data) >= 2, "the fixtures hold several purchase orders"
    ids, cursor, pages = [], None, 0
    while True:
        page = list_deals.sync(
            client=client, kind=["purchase_order"], limit=1, **({"cursor": cursor} if cursor else {})
        )
        assert isinstance(page, DealPage), page
        ids += [deal.id for deal in page.data]
        assert all(deal.kind == "purchase_order" for deal in page.data)
        pages += 1
        if not page.links.next_:
            break
        assert page.meta.next_cursor == cursor_of(page.links.next_)
        cursor = cursor_of(page.links.next_)
    assert ids == [deal.id for deal in everything.data] and pages == len(ids)

    # expand: the expo is embedded, not its id
    expanded = list_deals.sync(client=client, kind=["purchase_order"], expand=["expo"], limit=1)
    embedded = expanded.data[0].to_dict()["expo"]
    assert isinstance(embedded, dict) and embedded["id"] == everything.data[0].expo

    # an item, then a merge patch with its ETag as If-Match; the old ETag is then stale
    deal_id = ids[0]
    response = get_deal.sync_detailed(deal_id, client=client)
    assert response.status_code == 200 and isinstance(response.parsed, Deal)
    etag = response.headers["ETag"]
    curator = client_package.AuthenticatedClient(base_url=base, token=token)
    patched = update_deal.sync_detailed(
        deal_id, client=curator, body=DealPatch(note="Checked by the Python client."), if_match=etag
    )
    assert patched.status_code == 200, patched.content
    assert isinstance(patched.parsed, Deal) and patched.parsed.note == "Checked by the Python client."
    assert patched.headers["ETag"] != etag
    stale = update_deal.sync_detailed(
        deal_id, client=curator, body=DealPatch(note="Lost update."), if_match=etag
    )
    assert stale.status_code == 412 and isinstance(stale.parsed, Problem)
    assert get_deal.sync(deal_id, client=client).note == "Checked by the Python client."


def test_sparse_and_expanded_records_parse_into_the_shaped_class(served):
    """`fields` answers hold the fields named (and `id`), `expand` ones related records in place
    of ids: both parse into `<Name>Fields` (related records into their own class), a full record
    into `<Name>`."""
    client = client_package.Client(base_url=served(), raise_on_unexpected_status=True)

    sparse = list_deals.sync(client=client, fields=["subject"], limit=3)
    assert sparse.data and all(isinstance(deal, DealFields) for deal in sparse.data), sparse.data
    assert all(deal.id and not isinstance(deal.subject, Unset) for deal in sparse.data)
    assert all(isinstance(deal.kind, Unset) for deal in sparse.data)  # not asked for

    expanded = list_deals.sync(client=client, expand=["expo", "parties"], limit=3)
    assert expanded.data and all(isinstance(deal, DealFields) for deal in expanded.data), expanded.data
    assert all(isinstance(deal.expo, Expo) and deal.expo.id for deal in expanded.data)
    parties = [party for deal in expanded.data for party in deal.parties]
    assert parties and all(isinstance(party.organization, Organization) for party in parties)

    deal_id = sparse.data[0].id
    assert isinstance(get_deal.sync(deal_id, client=client), Deal)  # no `fields`: the full record
    one = get_deal.sync(deal_id, client=client, fields=["id", "expo"], expand=["expo"])
    assert isinstance(one, DealFields) and isinstance(one.expo, Expo) and isinstance(one.subject, Unset)


def test_inferred_takes_a_boolean_or_field_names(served):
    """`inferred` is documented as a boolean or an array of field names: the client's `True`
    goes on the wire as `true`, its list as repeated names, and the three answers split the
    deals as the records do."""
    client = client_package.Client(base_url=served(), raise_on_unexpected_status=True)

    def ids(**filters):
        return {deal.id for deal in list_deals.sync(client=client, limit=100, **filters).data}

    every = list_deals.sync(client=client, limit=100).data
    inferred = {deal.id for deal in every if deal.inferred}
    assert inferred and inferred != {deal.id for deal in every}, "the fixtures hold both kinds"
    assert ids(inferred=True) == inferred
    assert ids(inferred=False) == {deal.id for deal in every} - inferred
    assert ids(inferred=["amount", "delegation"]) == {
        deal.id for deal in every if {"amount", "delegation"} & set(deal.inferred)
    }


@pytest.mark.parametrize("format_, media_type", [("csv", "text/csv"), ("ndjson", "application/x-ndjson")])
def test_exports_come_back_as_their_raw_content(served, format_, media_type):
    """An export is text/csv or application/x-ndjson, not JSON: the client hands back its bytes
    (`content`) and parses nothing, by `format` as by `Accept`."""
    client = client_package.Client(base_url=served(), raise_on_unexpected_status=True)
    everything = list_deals.sync(client=client, limit=100)
    by_format = list_deals.sync_detailed(client=client, format_=format_, limit=100)
    accepting = client_package.Client(base_url=client._base_url, headers={"Accept": media_type})
    by_accept = list_deals.sync_detailed(client=accepting, limit=100)
    for response in (by_format, by_accept):
        assert response.status_code == 200 and response.parsed is None
        assert response.headers["Content-Type"].startswith(media_type)
        text = response.content.decode()
        if format_ == "csv":
            *rows, marker = csv.DictReader(io.StringIO(text))
            assert [row["id"] for row in rows] == [deal.id for deal in everything.data]
            assert marker["id"] == f"# end of export: {len(rows)} records"
        else:
            *lines, marker = [json.loads(line) for line in text.splitlines()]
            assert [line["id"] for line in lines] == [deal.id for deal in everything.data]
            assert marker == {"end_of_export": {"records": len(lines), "next": None}}

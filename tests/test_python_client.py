"""The generated Python client (clients/python, openapi-python-client) against a real gunicorn:
a filtered list followed through links.next, expand, an item, and a write with If-Match."""

from urllib.parse import parse_qs, urlsplit

import pytest

client_package = pytest.importorskip(
    "tradepromo_client",
    reason="the Python client is not installed: make clients-install (pip install -e clients/python)",
)
from tradepromo_client.api.deals import get_deal, list_deals, update_deal  # noqa: E402
from tradepromo_client.models import Deal, DealPage, DealPatch, Problem  # noqa: E402

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

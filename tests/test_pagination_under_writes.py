"""Keyset pagination while another client writes: walking every page of
/api/v1/deals as new deals land before and after the cursor never repeats a
record and never skips one that existed when the walk began."""

import threading

from conftest import bearer

QUOTE = (
    "The first deal of the Shanghai trading delegation at the 6th CIIE, a procurement order worth "
    "US$300 million, was signed between Qingpu-registered ZKH Industrial Supply Co and materials "
    "science leader Dow."
)


def deal(deal_id):
    return {
        "id": deal_id,
        "title": f"Deal {deal_id}",
        "kind": "purchase_order",
        "scope": "single",
        "expo": "ciie-2023",
        "sources": [{"source": "qingpu-at-ciie-2023", "quote": QUOTE}],
    }


def test_walking_pages_while_deals_are_inserted(app, token):
    writer_client, reader = app.test_client(), app.test_client()
    for n in range(30):  # enough records for many pages
        assert (
            writer_client.post(
                "/api/v1/deals", json=deal(f"m-base-{n:03}"), headers=bearer(token)
            ).status_code
            == 201
        )
    at_start = {d["id"] for d in reader.get("/api/v1/deals?limit=100").get_json()["data"]}
    stop, written, errors = threading.Event(), [], []

    def writer():
        n = 0
        while not stop.is_set() and n < 200:
            # ids sort before ("a-"), among ("m-base-...-x") and after ("z-") the records already read
            for prefix in ("a-new", f"m-base-{n % 30:03}-x", "z-new"):
                response = writer_client.post(
                    "/api/v1/deals", json=deal(f"{prefix}-{n:03}"), headers=bearer(token)
                )
                if response.status_code != 201:
                    errors.append(response.get_json())
                written.append(f"{prefix}-{n:03}")
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        seen, url, pages = [], "/api/v1/deals?limit=3", 0
        while url:
            page = reader.get(url)
            assert page.status_code == 200, page.get_json()
            body = page.get_json()
            seen += [d["id"] for d in body["data"]]
            url, pages = body["links"]["next"], pages + 1
            assert pages < 1000
    finally:
        stop.set()
        thread.join()
    assert not errors, errors[:3]
    assert written, "the writer ran during the walk"
    assert len(seen) == len(set(seen)), "a record was returned twice"
    assert at_start <= set(seen), f"skipped: {sorted(at_start - set(seen))}"
    assert seen == sorted(seen), "pages follow the sort"

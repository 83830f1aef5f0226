"""The change feed, /api/v1/changes: one entry per write, with who, what, and the record
before and after as GET showed it; filters, `since` and cursor pagination."""

import json
import re
import threading
from datetime import UTC, datetime, timedelta, timezone

import pytest

from conftest import FIXTURES, ORGANIZATION, bearer, fixture_records, issue_token, walk

ZKH = "/api/v1/deals/zkh-dow-organosilicon-2023"
LOADED = sum(
    len(fixture_records(name)) for name in ("sources", "organizations", "expos", "delegations", "deals")
)


def feed(client, query=""):
    records, total = walk(client, f"/api/v1/changes?limit=100{'&' if query else ''}{query}")
    assert len(records) == total
    return records


def last_id(client):
    return feed(client)[-1]["id"]


def post(client, token, resource, body, **headers):
    return client.post(f"/api/v1/{resource}", json=body, headers=bearer(token, **headers))


def patch(client, token, path, body, etag):
    return client.patch(
        path,
        json=body,
        content_type="application/merge-patch+json",
        headers=bearer(token, **{"If-Match": etag}),
    )


def delete(client, token, path, etag):
    return client.delete(path, headers=bearer(token, **{"If-Match": etag}))


# --- the loader's entries ---------------------------------------------------------------------------


def test_the_loader_logs_one_create_per_fixture_record(client):
    changes = feed(client)
    assert len(changes) == LOADED
    assert {(c["actor"], c["operation"]) for c in changes} == {("loader", "create")}
    assert all(c["before"] is None for c in changes)
    for resource in ("organizations", "expos", "delegations", "deals"):
        logged = {c["record"]: c["after"] for c in changes if c["resource"] == resource}
        assert set(logged) == {r["id"] for r in fixture_records(resource)}
        for record_id, after in logged.items():
            assert after == client.get(f"/api/v1/{resource}/{record_id}").get_json()
    ids = [c["id"] for c in changes]
    assert ids == sorted(ids) and len(set(ids)) == len(ids)


def test_reloading_unchanged_fixtures_logs_nothing(app, client):
    before = feed(client)
    result = app.test_cli_runner().invoke(args=["load-fixtures", str(FIXTURES)])
    assert result.exit_code == 0, result.output
    assert feed(client) == before


def test_reloading_restores_a_curated_record_and_logs_it_as_the_loader(app, client, token):
    etag = client.get(ZKH).headers["ETag"]
    original = client.get(ZKH).get_json()
    assert patch(client, token, ZKH, {"subject": "silicones"}, etag).status_code == 200
    edited = client.get(ZKH).get_json()
    mark = last_id(client)
    assert app.test_cli_runner().invoke(args=["load-fixtures"]).exit_code == 0
    (change,) = feed(client, f"since={mark}")
    assert (change["actor"], change["operation"], change["record"]) == ("loader", "update", original["id"])
    assert (change["before"], change["after"]) == (edited, original)


# --- one entry per write ----------------------------------------------------------------------------


def test_each_write_logs_who_what_and_the_record_before_and_after(client, token):
    mark = last_id(client)
    created = post(client, token, "organizations", ORGANIZATION)
    assert created.status_code == 201
    path = created.headers["Location"]
    after_create = client.get(path).get_json()
    patched = patch(client, token, path, {"city": "Chongqing", "aliases": ["TPO"]}, created.headers["ETag"])
    assert patched.status_code == 200
    after_patch = client.get(path).get_json()
    assert delete(client, token, path, patched.headers["ETag"]).status_code == 204
    changes = feed(client, f"since={mark}")
    assert [(c["actor"], c["operation"], c["resource"], c["record"]) for c in changes] == [
        ("alice", "create", "organizations", ORGANIZATION["id"]),
        ("alice", "update", "organizations", ORGANIZATION["id"]),
        ("alice", "delete", "organizations", ORGANIZATION["id"]),
    ]
    create, update, remove = changes
    assert (create["before"], create["after"]) == (None, after_create)
    assert create["after"] == created.get_json()
    assert (update["before"], update["after"]) == (after_create, after_patch)
    assert update["after"] == patched.get_json()
    assert (remove["before"], remove["after"]) == (after_patch, None)
    assert set(create) == {"id", "at", "actor", "operation", "resource", "record", "before", "after"}
    assert create["id"] < update["id"] < remove["id"]
    assert create["at"] <= update["at"] <= remove["at"]
    # RFC 3339: with an offset (UTC), to the microsecond, so that the strings sort as the moments
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", c["at"]) for c in changes)
    assert datetime.fromisoformat(create["at"]).utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "resource, path",
    [
        ("expos", "/api/v1/expos/ciie-2023"),
        ("delegations", "/api/v1/delegations/qingpu-delegation-ciie-2023"),
        ("deals", ZKH),
        ("organizations", "/api/v1/organizations/dow"),
    ],
)
def test_a_patch_of_each_resource_is_logged_with_the_reads_before_and_after(client, token, resource, path):
    before = client.get(path)
    mark = last_id(client)
    response = patch(client, token, path, {"note": "Checked again."}, before.headers["ETag"])
    assert response.status_code == 200
    (change,) = feed(client, f"since={mark}")
    assert (change["resource"], change["record"], change["operation"]) == (
        resource,
        path.rsplit("/", 1)[1],
        "update",
    )
    assert change["before"] == before.get_json()
    assert change["after"] == client.get(path).get_json() == response.get_json()


def test_the_actor_is_the_tokens_name(app, client, token):
    bob = issue_token(app, "bob")
    assert post(client, bob, "organizations", ORGANIZATION).status_code == 201
    assert patch(client, token, "/api/v1/organizations/dow", {"city": "Midland"}, "*").status_code == 200
    assert [c["record"] for c in feed(client, "actor=bob")] == [ORGANIZATION["id"]]
    assert [c["record"] for c in feed(client, "actor=alice")] == ["dow"]
    assert len(feed(client, "actor=alice,bob")) == 2
    assert len(feed(client, "actor=loader")) == LOADED


def test_a_replayed_post_logs_nothing(client, token):
    key = {"Idempotency-Key": "once"}
    assert post(client, token, "organizations", ORGANIZATION, **key).status_code == 201
    mark = last_id(client)
    replay = post(client, token, "organizations", ORGANIZATION, **key)
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert feed(client, f"since={mark}") == []


def test_a_failed_write_logs_nothing(app, client, token):
    before = feed(client)
    etag = client.get(ZKH).headers["ETag"]
    failures = [
        post(client, token, "organizations", {**ORGANIZATION, "kind": "cult"}),  # 422
        post(client, token, "organizations", {**ORGANIZATION, "id": "dow"}),  # 409
        post(client, token, "deals", {"id": "x"}),  # 422
        patch(client, token, ZKH, {"amount": {"qualifier": "unknown"}}, etag),  # 422
        patch(client, token, ZKH, {"subject": "x"}, '"stale"'),  # 412
        client.patch(ZKH, json={"subject": "x"}, headers=bearer(token)),  # 428
        delete(client, token, "/api/v1/organizations/dow", "*"),  # 409: a party to a deal
        delete(client, token, "/api/v1/expos/ciie-2019", "*"),  # 409: delegations and deals
        delete(client, token, ZKH, '"stale"'),  # 412
        delete(client, token, "/api/v1/deals/nope", "*"),  # 404
        client.post("/api/v1/organizations", json=ORGANIZATION),  # 401
        client.post(
            "/api/v1/organizations", data=b"{", content_type="application/json", headers=bearer(token)
        ),
    ]
    assert [r.status_code for r in failures] == [422, 409, 422, 422, 412, 428, 409, 409, 412, 404, 401, 400]
    assert feed(client) == before


# --- filters ----------------------------------------------------------------------------------------


@pytest.fixture
def history(client, token):
    """The fixtures' entries, then: create an organization, patch a deal twice, delete the organization."""
    mark = last_id(client)
    created = post(client, token, "organizations", ORGANIZATION)
    assert created.status_code == 201
    for subject in ("silicones", "organo-silicon products"):
        assert (
            patch(client, token, ZKH, {"subject": subject}, client.get(ZKH).headers["ETag"]).status_code
            == 200
        )
    assert delete(client, token, created.headers["Location"], "*").status_code == 204
    return mark


def test_filter_by_resource_record_and_operation(client, history):
    deals = feed(client, "resource=deals")
    assert len(deals) == len(fixture_records("deals")) + 2
    assert {c["resource"] for c in deals} == {"deals"}
    zkh = feed(client, "record=zkh-dow-organosilicon-2023")
    assert [c["operation"] for c in zkh] == ["create", "update", "update"]
    assert [c["after"]["subject"] for c in zkh] == [
        "organo-silicon products",
        "silicones",
        "organo-silicon products",
    ]
    assert [c["operation"] for c in feed(client, f"record={ORGANIZATION['id']}")] == ["create", "delete"]
    updates = feed(client, "operation=update")
    assert [c["record"] for c in updates] == ["zkh-dow-organosilicon-2023"] * 2
    assert len(feed(client, "operation=update,delete")) == 3
    both = feed(client, f"resource=organizations&record={ORGANIZATION['id']},dow&operation=create")
    assert {c["record"] for c in both} == {ORGANIZATION["id"], "dow"}
    assert feed(client, "resource=sources&operation=update") == []


def test_since_an_id_gives_only_later_changes(client, history):
    everything = feed(client)
    later = feed(client, f"since={history}")
    assert later == [c for c in everything if c["id"] > history]
    assert [c["operation"] for c in later] == ["create", "update", "update", "delete"]
    assert feed(client, f"since={later[-1]['id']}") == []
    assert feed(client, "since=0") == everything
    # a client syncing page by page resumes where it stopped
    assert feed(client, f"since={later[1]['id']}") == later[2:]


def test_since_a_datetime_gives_the_changes_at_or_after_it(client, history):
    everything = feed(client)
    pivot = next(c for c in everything if c["id"] > history)
    moment = pivot["at"]
    expected = [c for c in everything if c["at"] >= moment]
    assert pivot in expected and expected[-1] == everything[-1]
    assert feed(client, f"since={moment}") == expected
    stamp = datetime.fromisoformat(moment)
    # the same instant written with an offset, or as UTC with Z
    shifted = stamp.replace(tzinfo=UTC).astimezone(timezone(timedelta(hours=2)))  # 2 hours ahead
    assert shifted.isoformat()[11:13] != moment[11:13]
    assert feed(client, "since=" + shifted.isoformat().replace("+", "%2B")) == expected
    assert feed(client, f"since={moment.removesuffix('Z')}") == expected  # no offset: UTC
    assert feed(client, f"since={moment.removesuffix('Z')}%2B00:00") == expected
    assert feed(client, "since=2000-01-01") == everything
    assert feed(client, "since=2999-01-01T00:00:00") == []


def test_at_ranges(client, history):
    everything = feed(client)
    moment = next(c for c in everything if c["id"] > history)["at"]
    assert feed(client, f"at[gte]={moment}") == [c for c in everything if c["at"] >= moment]
    assert feed(client, f"at[lt]={moment}") == [c for c in everything if c["at"] < moment]
    # the same instant with an offset
    shifted = datetime.fromisoformat(moment).replace(tzinfo=UTC).astimezone(timezone(timedelta(hours=-5)))
    offset = shifted.isoformat()
    assert feed(client, f"at[gte]={offset}") == [c for c in everything if c["at"] >= moment]
    assert feed(client, f"at[lt]={offset}") == [c for c in everything if c["at"] < moment]


@pytest.mark.parametrize(
    "query", ["since=0001-01-01T00:00:00%2B23:59", "at[gte]=0001-01-01T00:00:00%2B01:00"]
)
def test_a_moment_before_year_one_in_utc_is_before_every_change(client, history, query):
    """Its conversion to UTC overflowed: a 500 (found by Schemathesis)."""
    assert feed(client, query) == feed(client)


@pytest.mark.parametrize("query", ["since=9999-12-31T23:59:59-23:59", "at[gte]=9999-12-31T23:59:59-01:00"])
def test_a_moment_after_year_9999_in_utc_is_after_every_change(client, history, query):
    assert feed(client, query) == []


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("since=yesterday", "since"),
        ("since=-1", "since"),
        ("since=1.5", "since"),
        ("since=%C2%B2", "since"),  # "²": a digit to str.isdigit(), not a number
        ("since=%D9%A3", "since"),  # "٣": an Arabic-Indic digit
        ("since=99999999999999999999999", "since"),
        ("since=2026-13-01", "since"),
        ("since=", "since"),
        ("since=1&since=2", "since"),
        ("resource=widgets", "resource"),
        ("operation=upsert", "operation"),
        ("at[gte]=soon", "at[gte]"),
        ("sort=record", "sort"),
        ("limit=101", "limit"),
        ("actors=alice", "actors"),
        ("q=silicon", "q"),
    ],
)
def test_a_bad_query_is_a_400_naming_the_parameter(client, query, parameter):
    response = client.get(f"/api/v1/changes?{query}")
    assert response.status_code == 400, response.get_data(as_text=True)
    assert response.content_type == "application/problem+json"
    assert parameter in [e["parameter"] for e in response.get_json()["errors"]]


# --- pagination ----------------------------------------------------------------------------------


@pytest.mark.parametrize("limit", [1, 7, 20, 100])
def test_cursor_pagination_over_the_feed_has_no_duplicate_or_gap(client, history, limit):
    everything = feed(client)
    records, total = walk(client, f"/api/v1/changes?limit={limit}")
    assert records == everything and total == len(everything)
    ids = [c["id"] for c in records]
    assert ids == sorted(set(ids))


def test_pagination_with_writes_between_pages(client, token):
    """A feed read page by page while curators write: every change is seen once, in order."""
    seen, url = [], "/api/v1/changes?limit=10"
    for round_ in range(3):
        page = client.get(url).get_json()
        seen += page["data"]
        subject = f"subject {round_}"
        assert patch(client, token, ZKH, {"subject": subject}, "*").status_code == 200
        url = page["links"]["next"]
    while url:
        page = client.get(url).get_json()
        seen += page["data"]
        url = page["links"]["next"]
    assert seen == feed(client)


def test_sorted_by_time_descending(client, history):
    everything = feed(client)
    records, _ = walk(client, "/api/v1/changes?limit=9&sort=-at")
    assert sorted(records, key=lambda c: c["id"]) == everything  # each once
    stamps = [c["at"] for c in records]
    assert stamps == sorted(stamps, reverse=True)


def test_the_feed_is_public_and_cacheable(client, token):
    first = client.get("/api/v1/changes?limit=5")
    assert first.status_code == 200 and first.headers["Cache-Control"].startswith("public")
    assert (
        client.get("/api/v1/changes?limit=5", headers={"If-None-Match": first.headers["ETag"]}).status_code
        == 304
    )
    assert patch(client, token, ZKH, {"subject": "x"}, "*").status_code == 200
    again = client.get("/api/v1/changes?limit=5", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 200
    assert json.loads(again.data)["meta"]["total"] == LOADED + 1


def test_a_change_never_appears_behind_one_a_reader_has_seen(app, client, token, monkeypatch):
    """Concurrent writers: a client syncing with `since=<last id seen>` must not miss a change
    committed after it read a later one. Writer A is held inside its transaction right after
    its change is added; writer B then writes; a reader syncs; then A commits."""
    from api.store import writes

    held, release = threading.Event(), threading.Event()
    create = writes.Change.create

    def create_and_hold(**row):
        change = create(**row)
        if threading.current_thread().name == "writer-a":
            held.set()
            release.wait(10)
        return change

    monkeypatch.setattr(writes.Change, "create", create_and_hold)
    mark = last_id(client)
    results = {}

    def run(name, path, body):
        results[name] = patch(app.test_client(), token, path, body, "*").status_code

    writer_a = threading.Thread(
        target=run, name="writer-a", args=("a", "/api/v1/organizations/dow", {"city": "Midland"})
    )
    writer_b = threading.Thread(target=run, name="writer-b", args=("b", ZKH, {"subject": "silicones"}))
    writer_a.start()
    assert held.wait(10)
    writer_b.start()
    writer_b.join(0.5)  # B either commits now (then the reader sees it) or waits for A
    seen = feed(client, f"since={mark}")
    release.set()
    writer_a.join(10)
    writer_b.join(10)
    assert results == {"a": 200, "b": 200}
    synced = seen + feed(client, f"since={seen[-1]['id'] if seen else mark}")
    assert synced == feed(client, f"since={mark}"), "a change appeared behind one already seen"

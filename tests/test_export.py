"""CSV and NDJSON exports of every list: the JSON list's records, all of them,
streamed in keyset batches."""

import csv
import http.client
import io
import json
import os
import signal
import socket
import time
import urllib.parse
from contextlib import closing

import pytest

from api.lists import export, pagination

from conftest import walk, worker_pids

# (list URL, its query), records of every resource, top-level and nested, under sorts,
# filters, sparse fieldsets, expansion and search
CASES = [
    ("/api/v1/deals", ""),
    ("/api/v1/deals", "sort=-amount"),
    ("/api/v1/deals", "kind=purchase_order,signed_project&sort=-amount"),
    ("/api/v1/deals", "fields=title,amount,parties&expand=expo,parties"),
    ("/api/v1/deals", "q=Chongqing"),
    ("/api/v1/expos", "sort=-start_date,name"),
    ("/api/v1/expos", "fields=name,visitors,delegations&expand=delegations"),
    ("/api/v1/delegations", "sort=expo&expand=organizer"),
    ("/api/v1/organizations", "sort=country,-name"),
    ("/api/v1/sources", "sort=-published_on"),
    ("/api/v1/expos/ciie-2019/deals", "sort=-amount&expand=expo"),
    ("/api/v1/expos/ciie-2019/delegations", ""),
    ("/api/v1/organizations/dow/deals", ""),
]

AMOUNT = ["value", "low", "high", "qualifier", "currency", "as_reported", "basis", "period", "citation"]


def url_of(path, query, **params):
    query = "&".join(filter(None, [query, *(f"{k}={v}" for k, v in params.items())]))
    return f"{path}?{query}" if query else path


def json_records(client, path, query):
    """The JSON list, every page of it (several pages: limit 3)."""
    records, total = walk(client, url_of(path, query, limit=3))
    assert len(records) == total
    return records


def flattened(record, header):
    """A JSON record as its CSV row: figures spread over `name.part` columns, other
    lists and objects as compact JSON, null as an empty cell."""
    row = []
    for column in header:
        name, _, part = column.partition(".")
        value = (record[name] or {}).get(part) if part else record[name]
        if isinstance(value, (list, dict)):
            value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        row.append("" if value is None else str(value))
    return row


@pytest.fixture
def small_batches(monkeypatch):
    """Two rows per query, so every export below crosses many batch boundaries."""
    monkeypatch.setattr(export, "BATCH_SIZE", 2)


@pytest.fixture
def streamed(app):
    """Whether each response, as the app made it, is streamed (the test client's always are)."""
    seen = []
    app.after_request(lambda response: seen.append(response.is_streamed) or response)
    return seen


@pytest.mark.parametrize("path, query", CASES)
def test_csv_holds_the_json_records_flattened(client, small_batches, path, query):
    response = client.get(url_of(path, query, format="csv"))
    assert response.status_code == 200 and response.mimetype == "text/csv"
    header, *rows, end = csv.reader(io.StringIO(response.get_data(as_text=True)))
    records = json_records(client, path, query)
    assert end == [f"# end of export: {len(records)} records"]
    # one column per field of the JSON records, in their order; figures spread
    assert records and list(dict.fromkeys(c.partition(".")[0] for c in header)) == list(records[0])
    assert rows == [flattened(record, header) for record in records]


def test_csv_columns_of_a_figure(client):
    text = client.get("/api/v1/deals?format=csv&fields=amount").get_data(as_text=True)
    header, *rows = csv.reader(io.StringIO(text))
    assert header == ["id", *(f"amount.{part}" for part in AMOUNT)]
    by_id = {row[0]: row[1:] for row in rows}
    assert by_id["zkh-dow-organosilicon-2023"] == [
        "300000000",
        "300000000",
        "300000000",
        "exact",
        "USD",
        "US$300 million",
        "reported",
        "",  # no period
        "0",  # its citation
    ]
    assert by_id["xiyong-park-three-projects-2019"] == [""] * 9  # no amount: nine empty cells


def test_csv_columns_of_counts_name_their_unit(client):
    header = next(csv.reader(io.StringIO(client.get("/api/v1/expos?format=csv").get_data(as_text=True))))
    assert "visitors.unit" in header and "visitors.currency" not in header
    assert "delegations" not in header  # only there with expand=delegations, as in JSON


@pytest.mark.parametrize("path, query", CASES)
def test_ndjson_lines_are_the_json_records(client, small_batches, path, query):
    response = client.get(url_of(path, query), headers={"Accept": "application/x-ndjson"})
    assert response.status_code == 200 and response.mimetype == "application/x-ndjson"
    body = response.get_data()
    *lines, end = body.splitlines()
    assert body.endswith(b"\n")
    records = json_records(client, path, query)
    assert json.loads(end) == {"end_of_export": {"records": len(records), "next": None}}
    assert len(lines) == len(records) == client.get(url_of(path, query)).get_json()["meta"]["total"]
    for line, record in zip(lines, records, strict=True):
        parsed = json.loads(line)
        assert parsed == record and list(parsed) == list(record)
    # byte for byte the items of a JSON page
    page = client.get(url_of(path, query, limit=100)).get_data()
    assert page.startswith(b'{"data":[' + b",".join(lines) + b"]")


def test_export_reads_in_keyset_batches(client, small_batches, streamed, monkeypatch):
    seeks, after = [], pagination.after
    monkeypatch.setattr(pagination, "after", lambda keys, values: seeks.append(values) or after(keys, values))
    response = client.get("/api/v1/organizations?format=ndjson&sort=country")
    assert streamed == [True] and "Content-Length" not in response.headers
    # read chunk by chunk, as a server sends it: each chunk is one batch of 2, read
    # from the database (one seek past the last one sent) only when it is asked for
    *chunks, (end, _) = [(chunk.splitlines(), len(seeks)) for chunk in response.response]
    export_seeks = list(seeks)  # (a page read below seeks too)
    assert end == [b'{"end_of_export":{"records":%d,"next":null}}' % sum(len(lines) for lines, _ in chunks)]
    assert [read for _, read in chunks] == list(range(len(chunks)))
    assert [len(lines) for lines, _ in chunks[:-1]] == [2] * (len(chunks) - 1)
    ids = [json.loads(line)["id"] for lines, _ in chunks for line in lines]
    assert ids == [r["id"] for r in json_records(client, "/api/v1/organizations", "sort=country")]
    assert [values[-1] for values in export_seeks] == ids[1::2]  # each seek starts after a batch's last id


def test_export_starts_after_the_cursor_and_ignores_limit(client, small_batches):
    page = client.get("/api/v1/deals?sort=-amount&limit=3").get_json()
    url = f"/api/v1/deals?sort=-amount&limit=3&cursor={page['meta']['next_cursor']}&format=ndjson"
    ids = [json.loads(line)["id"] for line in client.get(url).get_data().splitlines()[:-1]]
    everything = json_records(client, "/api/v1/deals", "sort=-amount")
    assert ids == [r["id"] for r in everything[3:]]


def test_an_empty_export_is_a_header_or_nothing_then_the_marker(client):
    query = "amount[gte]=999999999999999"
    ndjson = client.get(f"/api/v1/deals?{query}&format=ndjson").get_data()
    assert ndjson == b'{"end_of_export":{"records":0,"next":null}}\n'
    lines = client.get(f"/api/v1/deals?{query}&format=csv").get_data(as_text=True).splitlines()
    assert lines[0].startswith("id,title,kind,") and lines[1:] == ["# end of export: 0 records"]


@pytest.mark.parametrize("kind", ["ndjson", "csv"])
def test_a_long_export_is_bounded_responses_linked_by_their_markers(app, client, small_batches, kind):
    """Past EXPORT_MAX_ROWS, the marker links to the rest; following the links gives every
    record once, in order, and the last marker has no link."""
    app.config["EXPORT_MAX_ROWS"] = 5
    url, ids, markers = "/api/v1/deals?sort=-amount&format=" + kind, [], []
    while url:
        lines = client.get(url).get_data(as_text=True).splitlines()
        if kind == "csv":
            header, *rows, end = csv.reader(io.StringIO("\n".join(lines)))
            ids += [row[0] for row in rows]
            count, _, following = lines[-1].removeprefix("# end of export: ").partition(" records; next: ")
            count = int(count.removesuffix(" records"))
        else:
            ids += [json.loads(line)["id"] for line in lines[:-1]]
            marker = json.loads(lines[-1])["end_of_export"]
            count, following = marker["records"], marker["next"]
        markers.append(count)
        url = following or None
        assert len(markers) < 100
    everything = [r["id"] for r in json_records(client, "/api/v1/deals", "sort=-amount")]
    assert ids == everything and len(markers) == -(-len(everything) // 5)
    assert markers == [5] * (len(markers) - 1) + [len(everything) - 5 * (len(markers) - 1)]


@pytest.mark.parametrize(
    "query, accept, expected",
    [
        ("format=csv", None, "text/csv"),
        ("format=ndjson", None, "application/x-ndjson"),
        ("", "text/csv", "text/csv"),
        ("", "application/x-ndjson", "application/x-ndjson"),
        ("", "text/csv;q=0.5, application/json;q=0.4", "text/csv"),
        ("format=json", "text/csv", "application/json"),
        ("format=ndjson", "text/csv", "application/x-ndjson"),
        ("format=csv", "image/png", "text/csv"),  # format wins, even over an unacceptable Accept
        ("", None, "application/json"),
        ("", "*/*", "application/json"),
        ("", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "application/json"),
    ],
)
def test_format_then_accept_choose_the_representation(client, streamed, query, accept, expected):
    headers = {"Accept": accept} if accept else {}
    response = client.get(url_of("/api/v1/expos/ciie-2019/deals", query), headers=headers)
    assert response.status_code == 200
    assert response.mimetype == expected
    assert "Accept" in response.vary
    assert response.cache_control.public and response.cache_control.max_age
    assert streamed == [expected != "application/json"]
    if expected == "application/json":
        assert "data" in response.get_json()
    else:
        extension = "csv" if expected == "text/csv" else "ndjson"
        assert response.headers["Content-Disposition"] == f'attachment; filename="deals.{extension}"'


@pytest.mark.parametrize("path", ["/api/v1/deals", "/api/v1/expos/ciie-2019/deals"])
def test_an_accept_allowing_no_representation_is_406(client, path):
    response = client.get(path, headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert response.content_type == "application/problem+json"
    assert response.get_json()["status"] == 406


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("format=xml", "format"),
        ("format=csv&format=ndjson", "format"),
        ("format=csv&cursor=not-a-cursor", "cursor"),  # still a 400: checked before streaming
        ("format=csv&inferred=true,expo", "inferred"),
    ],
)
def test_bad_parameters_of_an_export_are_400_naming_them(client, query, parameter):
    response = client.get(f"/api/v1/deals?{query}")
    assert response.status_code == 400
    assert response.content_type == "application/problem+json"
    assert [e["parameter"] for e in response.get_json()["errors"]] == [parameter]


def test_exports_are_documented_on_every_exportable_list(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    for path, operations in spec["paths"].items():
        operation = operations.get("get", {})
        content = operation.get("responses", {}).get("200", {}).get("content", {})
        exportable = any(p["name"] == "format" for p in operation.get("parameters", []))
        assert ("text/csv" in content) == ("application/x-ndjson" in content) == exportable, path
        assert ("406" in operation.get("responses", {})) == exportable, path
        if exportable:
            assert list(content)[0] == "application/json"
            assert content["text/csv"]["schema"]["type"] == "string"
    assert "text/csv" in spec["paths"]["/api/v1/expos/{expo_id}/deals"]["get"]["responses"]["200"]["content"]


def test_an_export_answered_not_modified_gives_its_slot_back(client):
    """`If-None-Match: *` turns a rendered export into a 304: the export's slot (one of
    EXPORTS_PER_WORKER) must come back, or the worker soon refuses every export with a 503."""
    for _ in range(client.application.config["EXPORTS_PER_WORKER"] + 2):
        assert client.get("/api/v1/deals?format=csv", headers={"If-None-Match": "*"}).status_code == 304
    assert client.get("/api/v1/deals?format=csv").status_code == 200


# --- on a live gunicorn: exports outliving the worker timeout, and cut on purpose -------------

TIMEOUT = 2  # GUNICORN_TIMEOUT of the server below, in seconds


@pytest.fixture
def exporting(served, empty_app, database_url):
    """gunicorn.conf.py with one worker, a 2 s worker timeout and two export slots, on 10,000
    synthetic deals, whose exports (5-7 MB) outgrow the socket buffers: a client that stops
    reading holds the worker mid-export. (base URL, master process)."""
    sizes = ["--deals", "10000", "--organizations", "100", "--expos", "20", "--delegations", "100"]
    result = empty_app.test_cli_runner().invoke(args=["synth", *sizes])
    assert result.exit_code == 0, result.output
    base = served(
        DATABASE_URL=database_url,
        WEB_CONCURRENCY="1",
        GUNICORN_TIMEOUT=str(TIMEOUT),
        EXPORTS_PER_WORKER="2",
        RATELIMIT_ENABLED="false",
    )
    return base, served.processes[-1]


def open_export(base, kind):
    """(connection, response) of an export, read from a socket with a small receive buffer."""
    connection = http.client.HTTPConnection(*urllib.parse.urlsplit(base).netloc.split(":"), timeout=30)
    connection.sock = socket.create_connection((connection.host, connection.port), timeout=30)
    connection.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16384)
    connection.request("GET", f"/api/v1/deals?format={kind}")
    return connection, connection.getresponse()


def close(connection, response):
    """The socket really closed (the response holds it too), unread data and all."""
    response.close()
    connection.close()


def held(base, within=0):
    """A CSV and an NDJSON export, their first bytes read: both of the worker's slots taken,
    its threads blocked sending the rest; asked again for up to `within` seconds while a slot
    is taken. {kind: (connection, response, first bytes)}"""
    deadline = time.monotonic() + within
    while True:
        exports = {kind: open_export(base, kind) for kind in ("csv", "ndjson")}
        if all(response.status == 200 for _, response in exports.values()):
            break
        for connection, response in exports.values():
            close(connection, response)
        assert time.monotonic() < deadline, "the export slots did not come back"
        time.sleep(0.2)
    for _, response in exports.values():
        assert response.headers["Transfer-Encoding"] == "chunked"
    return {kind: (c, r, r.read(1 << 16)) for kind, (c, r) in exports.items()}


def refused(base):
    """Whether an export is refused now by the worker's export cap (503, Retry-After)."""
    connection, response = open_export(base, "csv")
    with closing(connection):
        if response.status == 200:
            return False
        assert response.status == 503 and response.headers["Retry-After"]
        assert response.headers["Content-Type"] == "application/problem+json"
        return True


def rest(response):
    """The rest of the body; http.client raises IncompleteRead (or the connection's error)
    when the chunked body ends without its last chunk."""
    body = b""
    while chunk := response.read(1 << 16):
        body += chunk
    return body


def marker(body):
    return body.rstrip(b"\n").rsplit(b"\n", 1)[-1]


@pytest.mark.server
def test_an_export_longer_than_the_worker_timeout_completes(exporting):
    """Threads stream the exports while the worker's main loop keeps telling the master it is
    alive: exports held mid-stream for twice GUNICORN_TIMEOUT complete, in the same worker."""
    base, master = exporting
    workers = worker_pids(master)
    exports = held(base)
    time.sleep(2 * TIMEOUT)
    assert refused(base)  # both exports still under way, each in its slot
    for kind, (connection, response, first) in exports.items():
        with closing(connection):
            lines = (first + rest(response)).splitlines()
        if kind == "csv":
            assert lines[-1] == b"# end of export: 10000 records" and len(lines) == 10002
        else:
            assert json.loads(lines[-1]) == {"end_of_export": {"records": 10000, "next": None}}
            assert len(lines) == 10001
    assert worker_pids(master) == workers  # not killed and replaced meanwhile
    assert not refused(base)  # both slots back


@pytest.mark.server
def test_an_export_cut_mid_stream_is_visibly_incomplete_and_the_server_stays_healthy(exporting):
    """Clients gone mid-body give their export slots back; a worker killed mid-export leaves
    its client a body with no last chunk and no marker, and the master replaces it."""
    base, master = exporting
    for connection, response, _ in held(base).values():
        close(connection, response)  # unread data: the worker's next send fails
    exports = held(base, within=10)  # both slots back
    (worker,) = worker_pids(master)
    os.kill(int(worker), signal.SIGKILL)
    for connection, response, _ in exports.values():
        with closing(connection), pytest.raises((http.client.IncompleteRead, ConnectionError)) as cut:
            rest(response)
        partial = cut.value.partial if isinstance(cut.value, http.client.IncompleteRead) else b""
        assert b"end of export" not in marker(partial) and b"end_of_export" not in marker(partial)
    deadline = time.monotonic() + 30
    while worker_pids(master) in ([], [worker]):  # the master starts another worker
        assert time.monotonic() < deadline, "no new worker"
        time.sleep(0.1)
    connection, response = open_export(base, "csv")
    with closing(connection):
        assert response.status == 200 and marker(rest(response)) == b"# end of export: 10000 records"

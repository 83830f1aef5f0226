"""No list query scans a large table: every documented filter and sort of every
list (read from the OpenAPI document, with its examples) is sent over HTTP, each
SELECT the request ran is explained, and a plan that reads a large table in full
fails.

SQLite: the tables are not ANALYZEd, so the planner assumes every table is large
(about a million rows) and uses an index wherever one serves; a `SCAN <table>`
left in the plan means none does. PostgreSQL: `enable_seqscan = off` for the
EXPLAIN only; a tiny test table is rightly read sequentially, and with
sequential scans priced out of reach a `Seq Scan` that remains is one no index
can replace, which is what this test is about.
"""

import re

import pytest

from api.db import database, is_postgres

# tables that grow with the data; the others (sources, tokens, the revision row) stay small
LARGE = {
    "expo",
    "delegation",
    "deal",
    "organization",
    "expo_organizer",
    "delegation_member",
    "deal_party",
    "citation",
    "change",
    "expo_sector",
    "delegation_sector",
    "deal_sector",
}
SKIPPED = {"limit", "cursor", "fields", "expand", "format", "q"}  # not filters or sorts
# a plan step that sorts rows: SQLite's, and PostgreSQL's (Sort, Incremental Sort)
SORTS = re.compile(r"TEMP B-TREE|\bSort\b")


def documented_requests(spec):
    """(path, query) for each list: bare, each filter with its example, each sort both ways."""
    for template, operations in spec["paths"].items():
        get = operations.get("get")
        if not get or any(get.get("security", [])):
            continue  # tokens: an admin's small table
        params = get.get("parameters", []) + operations.get("parameters", [])
        if not any(p["name"] == "cursor" for p in params):
            continue  # not a list
        path = template
        for p in params:
            if p["in"] == "path":
                path = path.replace("{" + p["name"] + "}", str(p["example"]))
        yield path, ""
        for p in params:
            if p["in"] != "query" or p["name"] in SKIPPED:
                continue
            schema = p["schema"]
            if p["name"] == "sort":
                for name in schema["items"]["enum"]:
                    yield path, f"sort={name}"
                continue
            example = p["example"]
            value = ",".join(map(str, example)) if isinstance(example, list) else example
            if isinstance(value, bool):
                value = str(value).lower()
            yield path, f"{p['name']}={value}"


@pytest.fixture
def selects(monkeypatch):
    """The SELECT statements run while the test records them."""
    seen = []
    original = database.obj.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        if sql.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((sql, tuple(params or ())))
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(database.obj, "execute_sql", recording)
    return seen


def aliases(sql):
    """{name in the plan: table}: peewee aliases tables ("deal" AS "t1")."""
    found = {t: t for t in re.findall(r'(?:FROM|JOIN)\s+"(\w+)"', sql)}
    found.update({alias: table for table, alias in re.findall(r'"(\w+)" AS "(\w+)"', sql)})
    return found


def full_scans(sql, params):
    """The large tables this statement reads in full."""
    names = aliases(sql)
    cursor = database.obj.cursor()
    if is_postgres():
        import json

        cursor.execute("SET enable_seqscan = off")
        try:
            cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
            plan = cursor.fetchone()[0]
        finally:
            cursor.execute("RESET enable_seqscan")
        plan = plan if isinstance(plan, list) else json.loads(plan)
        nodes, scans = [plan[0]["Plan"]], []
        while nodes:
            node = nodes.pop()
            nodes += node.get("Plans", [])
            if node["Node Type"] == "Seq Scan" and node["Relation Name"] in LARGE:
                scans.append(node["Relation Name"])
        return scans
    cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
    plan = [row[3] for row in cursor.fetchall()]
    scans = []
    for step in plan:
        match = re.fullmatch(r"SCAN (\w+)", step)  # no "USING ... INDEX": every row read
        if not match or names.get(match.group(1), match.group(1)) not in LARGE:
            continue
        # a walk of a rowid table in its id order stops at the page's LIMIT, as a walk of
        # another table's primary key index does ("SCAN t USING INDEX sqlite_autoindex_...")
        in_id_order = re.search(rf'ORDER BY "{match.group(1)}"\."id" (ASC|DESC)[^,]*LIMIT', sql)
        if in_id_order and not any("TEMP B-TREE" in s for s in plan):
            continue
        scans.append(names.get(match.group(1), match.group(1)))
    return scans


def test_every_documented_filter_and_sort_uses_an_index(client, selects):
    spec = client.get("/api/v1/openapi.json").get_json()
    requests = list(documented_requests(spec))
    assert len(requests) > 100  # every list, filter and sort, not a few
    failures = []
    for path, query in requests:
        url = f"{path}?{query}" if query else path
        selects.clear()
        response = client.get(url)
        assert response.status_code == 200, (url, response.get_json())
        for sql, params in list(selects):
            scans = full_scans(sql, params)
            if scans:
                failures.append(f"{url}: scans {', '.join(sorted(set(scans)))}\n    {sql}")
    assert not failures, "\n".join(failures)


def plan_of(sql, params):
    """The plan's lines: SQLite's EXPLAIN QUERY PLAN steps, or PostgreSQL's EXPLAIN with
    sequential scans priced out (a tiny test table would rightly be read in full)."""
    cursor = database.obj.cursor()
    if not is_postgres():
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        return [row[3] for row in cursor.fetchall()]
    cursor.execute("SET enable_seqscan = off")
    try:
        cursor.execute("EXPLAIN " + sql, params)
        return [row[0] for row in cursor.fetchall()]
    finally:
        cursor.execute("RESET enable_seqscan")


@pytest.mark.parametrize("group_by", ["currency", "delegation", "year", "expo"])
def test_the_stats_of_an_expo_read_one_index_not_the_deals_rows(client, selects, group_by):
    """Each deal row holds its document: a statistic of an expo's deals reads only the index
    of the columns it groups, filters and sums (deal_expo_stats)."""
    response = client.get(f"/api/v1/stats/deals?group_by={group_by}&expo=ciie-2023&kind=intended_purchase")
    assert response.status_code == 200, response.get_json()
    (sql, params), *_ = [s for s in selects if "GROUP BY" in s[0]]
    if is_postgres():
        # its planner weighs the indexes by statistics: at a million deals it reads this one
        # (deal_expo_stats); a test table of a few dozen rows costs every index that finds the
        # expo's deals the same, and without statistics (kind, id) as much as those
        database.execute_sql("ANALYZE deal")
        plan = plan_of(sql, params)
        assert any(re.search(r"Index Cond: .*expo_id", step) for step in plan), plan
        return
    plan = plan_of(sql, params)
    assert any("COVERING INDEX deal_expo_stats" in step for step in plan), plan


@pytest.mark.parametrize(
    "sort, index",
    [
        ("signed_on", "deal_sector_sector_signed_on_deal_id"),
        ("-signed_on", "deal_sector_sector_signed_on_desc"),
    ],
)
def test_a_sector_within_dates_reads_the_sector_index(client, selects, sort, index):
    """However many deals a year holds, a page of `?sector=` within dates sorted by date
    walks deal_sector's (sector, signed_on) index in its order, and meta.total counts the
    matches in that index alone (up to the cap), never reading the deals. Descending, the
    ascending index walked backwards gave each day's deals in descending id order: SQLite
    sorted the page's last day by id, every deal of it read (28 a day at 1M, before 010)."""
    url = f"/api/v1/deals?sector=semiconductor&signed_on[gte]=2019-01-01&signed_on[lt]=2020-01-01&sort={sort}"
    response = client.get(url)
    assert response.status_code == 200 and response.get_json()["meta"]["total"] > 0
    (page, page_params), *_ = [s for s in selects if "ORDER BY" in s[0] and '"deal_sector"' in s[0]]
    plan = plan_of(page, page_params)
    assert any(index in step for step in plan), plan
    if not is_postgres():  # PostgreSQL's sorts what a filter keeps when its statistics say it is little
        assert not any(SORTS.search(step) for step in plan), plan
    (count, params), *_ = [s for s in selects if "COUNT(*)" in s[0]]
    plan = plan_of(count, params)
    assert any(re.search(r"deal_sector_sector_signed_on_(deal_id|desc)\b", step) for step in plan), plan
    assert not re.search(r"\bdeal\b(?!_)", " ".join(plan).replace('"', "")), plan  # never the deal table


def page_plans(selects):
    """The SQLite plan of each page a request read (its SELECTs with a LIMIT but COUNT's)."""
    for sql, params in selects:
        if "LIMIT" in sql and not sql.startswith("SELECT COUNT"):
            yield sql, plan_of(sql, params)


def test_every_documented_sort_reads_its_order_from_an_index(client, selects):
    """No sort sorts more than a page: `sort=-key` walks a descending index, not the
    ascending one backwards, which gives the ids descending too and left SQLite to sort
    each run of equal keys by id (every deal, where none has projects: 2.9 s at 1M), and an
    index of the key alone left PostgreSQL to sort the first key's run (`?sort=kind`: an
    eighth of the deals, 250-500 ms a page at 1M, before 009)."""
    spec = client.get("/api/v1/openapi.json").get_json()
    sorts = [(path, query) for path, query in documented_requests(spec) if query.startswith("sort=")]
    assert any(query.startswith("sort=-") for _, query in sorts)
    failures = []
    for path, query in sorts:
        selects.clear()
        assert client.get(f"{path}?{query}").status_code == 200
        for sql, plan in page_plans(selects):
            if "ORDER BY +" in sql:
                continue  # it sorts the few records its filters match (pagination.few_first)
            if is_postgres() and " WHERE " in sql:
                continue  # its planner sorts what a filter keeps when its statistics say it is little
            if set(aliases(sql).values()) & LARGE and any(SORTS.search(step) for step in plan):
                failures.append(f"{path}?{query}: {plan}\n    {sql}")
    assert not failures, "\n".join(failures)


def test_a_filter_matching_few_records_is_read_through_its_own_index(client, selects):
    """A page whose filters match few records (its capped count says so) reads them through
    the filters' index and sorts them, instead of walking the sort's index through all the
    records the filters refuse: `?enterprises[lte]=3&sort=-signed_on` walked the million
    deals of the date index for none (2.5 s)."""
    if is_postgres():
        pytest.skip("EXPLAIN of SQLite's planner, which has no statistics of ranges")
    kinds = [d["kind"] for d in client.get("/api/v1/deals?limit=100").get_json()["data"]]
    query = f"kind={max(kinds, key=kinds.count)}&sort=-signed_on"
    selects.clear()
    response = client.get(f"/api/v1/deals?{query}&limit=1")
    assert response.status_code == 200 and response.get_json()["meta"]["total_exact"]
    ((sql, plan),) = list(page_plans(selects))
    assert any("USING INDEX deal_kind" in step for step in plan), plan
    assert not any("signed_on" in step for step in plan), plan
    # and its pages are the pages of the sort
    everything = client.get(f"/api/v1/deals?{query}&limit=100").get_json()["data"]
    assert len(everything) >= 2
    paged, url = [], f"/api/v1/deals?{query}&limit=1"
    while url:
        body = client.get(url).get_json()
        paged += body["data"]
        url = body["links"]["next"]
    assert [d["id"] for d in paged] == [d["id"] for d in everything]
    dates = [d["signed_on"] for d in everything if d["signed_on"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("sort", ["-title", "-kind", "-expo"])
def test_a_page_after_a_cursor_seeks_to_it(client, selects, sort):
    """A deep page costs what the first one does: after a cursor of a sort whose directions
    differ (the key descending, the id ascending) the page seeks to the cursor's key in the
    index, where it walked the index from its start."""
    if is_postgres():
        pytest.skip("EXPLAIN of SQLite's planner")
    first = client.get(f"/api/v1/deals?sort={sort}&limit=1").get_json()
    selects.clear()
    assert client.get(first["links"]["next"]).status_code == 200
    ((sql, plan),) = [page for page in page_plans(selects) if "ORDER BY +" not in page[0]]
    assert any(step.startswith("SEARCH") and "<?" in step for step in plan), (plan, sql)


@pytest.mark.parametrize("sort", ["signed_on", "-signed_on", "amount", "-projects"])
def test_a_page_after_a_cursor_on_a_key_some_records_lack_seeks_to_it(client, selects, sort):
    """The records without a key come after all others: a page after a record with one reads
    the records with one from the cursor's key on, and only then (pagination.null_tail) those
    without; one condition admitting both walked the index from its start (`sort=signed_on`
    nine tenths in: 300 ms at 1M deals against 2 for the first page)."""
    if is_postgres():
        pytest.skip("EXPLAIN of SQLite's planner")
    first = client.get(f"/api/v1/deals?sort={sort}&limit=1").get_json()
    assert first["data"][0][sort.lstrip("-")] is not None
    selects.clear()
    assert client.get(first["links"]["next"]).status_code == 200
    pages = [page for page in page_plans(selects) if "ORDER BY +" not in page[0]]
    sql, plan = pages[0]
    assert any(step.startswith("SEARCH") and re.search(r"[<>]\?", step) for step in plan), (plan, sql)


def test_a_page_after_the_last_key_reads_the_nulls_in_id_order(client, selects):
    """Past the last record with a key (nulls come last), the page reads the records without
    one in the order of their id through the key's index, where SQLite sorted them all."""
    if is_postgres():
        pytest.skip("EXPLAIN of SQLite's planner")
    url, nulls = "/api/v1/deals?sort=-projects&limit=1", []
    while url:
        selects.clear()
        body = client.get(url).get_json()
        nulls += [page for page in page_plans(selects) if re.search(r'IS NULL\) AND \("t1"\."id" >', page[0])]
        url = body["links"]["next"]
    assert nulls, "no page after the last deal with projects"
    for sql, plan in nulls:
        assert not any("TEMP B-TREE" in step for step in plan), (plan, sql)

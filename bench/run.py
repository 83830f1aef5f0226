"""`make bench`: the API on varied traffic, beside the bare-Flask ceiling and
Datasette, in one run.

Starts gunicorn with the production settings (gunicorn.conf.py; rate limiter on
with a limit that never binds, the representation cache at its default size) on
a synthetic database (generated once per size under bench/data/). Each varied
case is a list of over a thousand distinct URLs drawn from the data
(bench/urls.py); wrk picks one at random per request (bench/varied.lua), so no
target rests on a cache. Datasette serves the same expo pages from the same
file. The repeated-URL cases (one URL each, what a cache answers) and a few
diagnostics (VARIANTS) follow in a second table. It prints requests/s, p50/p99,
the ratios and the targets of the issue, and records them with the machine, the
versions and the commit measured in bench/results/.

    python bench/run.py                              # 1,000,000 deals, 10 s per case
    python bench/run.py --deals 10000 --duration 2   # a smoke run (CI size)
    python bench/run.py --scale                      # the varied cases at 10k, 100k and 1M deals
"""

import argparse
import json
import os
import platform
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: the api and bench packages

from bench import urls  # noqa: E402
from bench._server import Server  # noqa: E402
from bench.datasette import Datasette  # noqa: E402

DATA = ROOT / "bench" / "data"
RESULTS = ROOT / "bench" / "results"
BIN = Path(sys.executable).parent
LUA = ROOT / "bench" / "varied.lua"


def current(path):
    """Whether a generated file has every table of this version's schema."""
    from api.store.models import MODELS

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {model._meta.table_name for model in MODELS} <= tables


def database_for(deals):
    path = DATA / f"synthetic-{deals}.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{path}"}
    if path.exists() and not current(path):
        print(f"{path.name} predates the schema: generating it again", flush=True)
        for stale in DATA.glob(f"{path.name}*"):  # with its -wal and -shm
            stale.unlink()
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        print(f"generating {deals:,} synthetic deals into {path} ...", flush=True)
        # the proportions of the default million: 1 organization per 100 deals, 1 expo per 500...
        sizes = ["--deals", str(deals), "--organizations", str(max(deals // 100, 100))]
        sizes += ["--expos", str(max(deals // 500, 20)), "--delegations", str(max(deals // 50, 100))]
        subprocess.run([BIN / "flask", "--app", "api", "synth", *sizes], cwd=ROOT, env=env, check=True)
    # as an operator upgrades: migrations, then the documents this code renders (after a change
    # to a representation's code, every stored document is another code's, and reads render rows)
    subprocess.run([BIN / "flask", "--app", "api", "db", "upgrade"], cwd=ROOT, env=env, check=True)
    return path


def wrk(url, duration, connections, headers=(), paths=None):
    """requests/s, p50 and p99 latency (ms) of `url` under `connections` connections;
    with `paths` (a file of paths), each request is one of them at random."""
    # a timeout far above any target: a slow answer is measured, not dropped from the latencies
    command = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--timeout", "30s", "--latency", url]
    for header in headers:
        command += ["-H", header]
    if paths:
        command[1:1] = ["-s", str(LUA)]
        command += ["--", str(paths)]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    timeouts = re.search(r"Socket errors:.*timeout (\d+)", out)
    latency = {p: re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s|m)\b", out) for p in ("50", "99")}
    to_ms = {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}
    ms = {p: float(m.group(1)) * to_ms[m.group(2)] for p, m in latency.items()}
    return {
        "rps": rps,
        "p50_ms": ms["50"],
        "p99_ms": ms["99"],
        # answers that were not a success, and requests that got none in 30 s
        "errors": (int(non_2xx.group(1)) if non_2xx else 0) + (int(timeouts.group(1)) if timeouts else 0),
    }


def get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.headers, json.loads(response.read())


def repeated(api):
    """The repeated-URL cases: one URL each, in the API's own terms."""
    from api.lists.pagination import encode_cursor, key
    from api.store.models import Deal

    last_ids = get(api + "/api/v1/deals?sort=-id&limit=51&fields=id")[1]["data"]
    deep_cursor = encode_cursor([key(Deal.id)], [last_ids[-1]["id"]])  # 50 records before the end
    list_url = api + "/api/v1/deals?limit=50&expand=expo"
    etag = get(list_url)[0]["ETag"]
    some_deal = last_ids[25]["id"]
    expo = get(api + f"/api/v1/deals/{some_deal}")[1]["expo"]
    return {
        "list_50_with_expo": (list_url, ()),
        "list_50_near_the_end": (f"{list_url}&cursor={deep_cursor}", ()),
        "filtered_sorted": (
            api + "/api/v1/deals?limit=50&expand=expo&sector=semiconductor"
            "&signed_on[gte]=2018-01-01&signed_on[lt]=2022-01-01&sort=signed_on",
            (),
        ),
        "item_by_id": (api + f"/api/v1/deals/{some_deal}", ()),
        "revalidation_304": (list_url, (f"If-None-Match: {etag}",)),
        "search": (api + "/api/v1/deals?q=semiconductor&limit=20", ()),
        "stats": (api + f"/api/v1/stats/deals?group_by=currency&expo={expo}", ()),
    }


# diagnostics: some repeated cases again on a server with one setting changed, to show what it costs
VARIANTS = {
    # the representation cache off: what rendering costs
    "rendered": ({"REPRESENTATION_CACHE_BYTES": "0"}, ("list_50_with_expo", "filtered_sorted")),
    # Flask-Limiter off: what counting each client's requests costs
    "no rate limit": ({"RATELIMIT_ENABLED": "false"}, ("list_50_with_expo", "revalidation_304")),
}
WARMUP = 5  # seconds of load before each measurement: the page cache and every worker warm


def measure(url, duration, connections, headers=(), paths=None):
    wrk(url, min(WARMUP, duration), connections, headers, paths)
    return wrk(url, duration, connections, headers, paths)


def warm(path):
    """Read the database file through, so a case measures the server, not the disk: the
    machine's memory manager evicts pages unread for a minute or so, and a 1M file's
    index pages read from disk made a statistic's p99 a second (as the outside benchmark
    was run: on a warm page cache)."""
    with open(path, "rb") as file:
        while file.read(1 << 24):
            pass


def write_lists(lists):
    """Each case's paths in a file of their own, for varied.lua."""
    folder = Path(tempfile.mkdtemp(prefix="tradepromo-bench-urls-"))
    files = {}
    for name, paths in lists.items():
        files[name] = folder / f"{name}.txt"
        files[name].write_text("\n".join(paths) + "\n")
    return folder, files


def check(base, paths):
    """Every varied URL must be a success: a 4xx measured fast would flatter the API."""
    for path in paths[:: max(1, len(paths) // 20)]:  # a sample: the run is what matters
        urllib.request.urlopen(base + path, timeout=120).close()


def run(deals, duration, connections, varied_only=False):
    """({"varied": {...}, "repeated": {...}}, worker memory of the production server)."""
    database = database_for(deals)
    lists = urls.varied(database, database.stem)
    folder, files = write_lists(lists)
    env = {
        "DATABASE_URL": f"sqlite:///{database}",
        "RATELIMIT_ENABLED": "true",
        "RATELIMIT_READS": "1000000000 per minute",  # measured, never binding
        "LOG_FORMAT": "json",
    }
    results = {"varied": {}, "repeated": {}, "urls": {name: len(p) for name, p in lists.items()}}

    def note(table, name, result):
        results[table][name] = result
        print(f"  {name:34} {result['rps']:9.0f} req/s  ({result['errors']} failed)", flush=True)

    try:
        server = Server(workers=None, app="bench.bare:app", **env).serve(ready="/")
        try:
            note("varied", "ceiling", measure(server.base + "/", duration, connections))
        finally:
            server.stop()

        server = Server(workers=None, **env).serve(ready="/healthz")
        # the workers' memory after each case, the largest sample kept: gunicorn recycles a
        # worker every max_requests, so one reading at the end may see only young workers
        samples = []
        try:
            for name, paths in lists.items():
                if name.startswith("datasette"):
                    continue
                warm(database)
                check(server.base, paths)
                note("varied", name, measure(server.base, duration, connections, paths=files[name]))
                samples.append(server.worker_memory_mb())
            if not varied_only:
                for name, (url, headers) in repeated(server.base).items():
                    note("repeated", name, measure(url, duration, connections, headers))
                    samples.append(server.worker_memory_mb())
            memory = max(filter(None, samples), key=max, default=[])
        finally:
            server.stop()

        datasette = Datasette(database).serve()
        try:
            warm(database)
            check(datasette.base, lists["datasette_expo_pages"])
            result = measure(datasette.base, duration, connections, paths=files["datasette_expo_pages"])
            note("varied", "datasette_expo_pages", result)
        finally:
            datasette.stop()

        for variant, (changes, names) in ({} if varied_only else VARIANTS).items():
            server = Server(workers=None, **{**env, **changes}).serve(ready="/healthz")
            try:
                for name, (url, headers) in repeated(server.base).items():
                    if name in names:
                        note("repeated", f"{name} ({variant})", measure(url, duration, connections, headers))
            finally:
                server.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return results, memory


def versions():
    from importlib.metadata import version

    packages = ["flask", "flask-smorest", "marshmallow", "peewee", "gunicorn", "werkzeug"]
    found = {name: version(name) for name in packages}
    found["python"] = platform.python_version()
    found["sqlite"] = __import__("sqlite3").sqlite_version
    found["wrk"] = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split("\n")[0]
    found["code"] = code()
    return found


def code():
    """The commit measured, `+changes` when the tracked files differ from it; None outside git."""

    def git(*args):
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)

    head = git("rev-parse", "--short", "HEAD")
    if head.returncode:
        return None
    changed = git("status", "--porcelain", "--untracked-files=no").stdout.strip()
    return head.stdout.strip() + ("+changes" if changed else "")


VARIED_TARGETS = (
    # (case, what it is compared with, the least ratio): the targets
    ("expo_pages", "ceiling", 0.3),
    ("expo_pages", "datasette_expo_pages", 5.0),
    ("sector_dates_sorted", "expo_pages", 0.8),
    ("items", "ceiling", 0.5),
    ("searches", "ceiling", 0.3),
    ("stats", "ceiling", 0.3),
)
REPEATED_TARGETS = (("list_50_with_expo", 0.6), ("revalidation_304", 0.8))
SPREAD = 1.3  # cost across sizes: the most over the least
HEADER = f"{'case':36}{'req/s':>9}{'ratio':>7}{'p50 ms':>9}{'p99 ms':>9}{'p99/p50':>8}{'failed':>8}"


def table(rows, ceiling, urls=None):
    print(HEADER + (f"{'URLs':>7}" if urls else ""))
    for name, r in rows.items():
        line = f"{name:36}{r['rps']:9.0f}{r['rps'] / ceiling:7.3f}{r['p50_ms']:9.2f}{r['p99_ms']:9.2f}"
        line += f"{r['p99_ms'] / max(r['p50_ms'], 0.001):8.2f}{r['errors']:8d}"
        print(line + (f"{urls.get(name, 1):7d}" if urls else ""))


def report(results, memory, deals):
    """Print both tables and the targets; returns {target: met}."""
    varied, repeated = results["varied"], results["repeated"]
    ceiling = varied["ceiling"]["rps"]
    print(f"\n{deals:,} deals, varied URLs (wrk picks one of the list per request); ratios to the ceiling")
    table(varied, ceiling, results["urls"] | {"ceiling": 1})
    if repeated:
        print("\nthe same URL repeated (what the representation cache answers)")
        table(repeated, ceiling)
    targets = {}
    for case, other, least in VARIED_TARGETS:
        if case in varied and other in varied:
            if not varied[other]["rps"]:  # a server slower than a short run's window answered nothing
                targets[f"varied {case} >= {least} x {other} (not measured: {other} answered none)"] = False
                continue
            ratio = varied[case]["rps"] / varied[other]["rps"]
            targets[f"varied {case} >= {least} x {other} (measured {ratio:.2f})"] = ratio >= least
    cases = [name for name in varied if name not in ("ceiling", "datasette_expo_pages")]
    worst = max(cases, key=lambda name: varied[name]["p99_ms"] / max(varied[name]["p50_ms"], 0.001))
    spread = varied[worst]["p99_ms"] / max(varied[worst]["p50_ms"], 0.001)
    targets[f"every varied case p99 <= 4 x p50 (worst {worst}: {spread:.1f})"] = spread <= 4
    failed = sum(varied[name]["errors"] for name in cases) + sum(r["errors"] for r in repeated.values())
    targets[f"every request answered with a success (failed: {failed})"] = failed == 0
    for case, least in REPEATED_TARGETS:
        if case in repeated:
            ratio = repeated[case]["rps"] / ceiling
            targets[f"repeated {case} >= {least} x ceiling (measured {ratio:.2f})"] = ratio >= least
    targets[f"memory per worker <= 80 MB (max {max(memory):.1f})"] = max(memory) <= 80
    print(f"\nworker memory (MB): {', '.join(f'{m:.1f}' for m in memory)}")
    print_targets(targets)
    return targets


def print_targets(targets):
    for target, met in targets.items():
        print(f"  [{'met' if met else 'NOT met'}] {target}")


def scaling(runs):
    """The cost of each varied case across sizes, as its ratio to that run's ceiling."""
    print("\nacross sizes: ratio to the ceiling of the same run")
    sizes = list(runs)
    print(f"{'case':36}" + "".join(f"{size:>12,}" for size in sizes) + f"{'spread':>9}")
    targets = {}
    for case in runs[sizes[0]]["results"]["varied"]:
        if case == "ceiling":
            continue
        ratios = []
        for size in sizes:
            varied = runs[size]["results"]["varied"]
            ratios.append(varied[case]["rps"] / varied["ceiling"]["rps"])
        spread = max(ratios) / min(ratios) if min(ratios) else float("inf")  # nothing answered at a size
        print(f"{case:36}" + "".join(f"{r:12.3f}" for r in ratios) + f"{spread:9.2f}")
        if case != "datasette_expo_pages":
            name = f"{case} flat across sizes: spread <= {SPREAD} (measured {spread:.2f})"
            targets[name] = spread <= SPREAD
    print_targets(targets)
    return targets


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--deals", type=int, default=1_000_000)
    parser.add_argument("--duration", type=int, default=10, help="seconds per case")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--scale", action="store_true", help="the varied cases at each of --sizes")
    parser.add_argument(
        "--sizes",
        default="10000,100000,1000000",
        help="deals per run with --scale, comma-separated (default 10000,100000,1000000)",
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")
    record = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "versions": versions(),
    }
    if record["machine"]["load_average_at_start"][0] > 1:  # before any server of ours runs
        print(f"WARNING: load average {os.getloadavg()[0]:.1f} before the run: other work skews the figures")
    if args.scale:
        record["scaling"] = {}
        for deals in (int(size) for size in args.sizes.split(",")):
            print(f"\n== {deals:,} deals")
            results, memory = run(deals, args.duration, args.connections, varied_only=True)
            record["scaling"][deals] = {"results": results, "worker_memory_mb": memory}
            record["scaling"][deals]["targets"] = report(results, memory, deals)
        record["targets"] = scaling(record["scaling"])
    else:
        results, memory = run(args.deals, args.duration, args.connections)
        record.update(deals=args.deals, results=results, worker_memory_mb=memory)
        record["targets"] = report(results, memory, args.deals)
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{record['date'][:19].replace(':', '')}{'-scale' if args.scale else ''}.json"
    path.write_text(json.dumps(record, indent=2) + "\n")
    print(f"\nrecorded in {path.relative_to(ROOT)}")


def machine():
    memory = Path("/proc/meminfo").read_text().split("\n")[0].split()[1]
    return {
        "cores": os.cpu_count(),
        "memory_gb": round(int(memory) / 1024 / 1024, 1),
        "platform": platform.platform(),
        # other work on the machine skews every figure: ratios from a busy machine mislead
        "load_average_at_start": os.getloadavg(),
    }


if __name__ == "__main__":
    main()

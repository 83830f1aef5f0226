"""`make bench`: the API against the bare-Flask ceiling, side by side, in one run.

Starts gunicorn with the production settings (gunicorn.conf.py) on a synthetic
database (generated once per size under bench/data/), drives each case with wrk
(Debian's `wrk`: apt-get install wrk), prints requests/s, p50/p99 and the ratios
to the ceiling, and records them with the machine and versions in bench/results/.
Each case is measured after a warm-up, as served with the production settings
(each worker keeps the representations it rendered: api/http/conditional.py); the targets
are judged on those. A few cases run again as diagnostics (VARIANTS): rendered on
every request, and without rate limiting.

    python bench/run.py                    # 1,000,000 deals, 10 s per case
    python bench/run.py --deals 100000 --duration 5
    python bench/run.py --scale            # list and filter cases at 10k, 100k, 1M deals
"""

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script: the api and bench packages

from bench._server import Server  # noqa: E402

DATA = ROOT / "bench" / "data"
RESULTS = ROOT / "bench" / "results"
BIN = Path(sys.executable).parent


def database_for(deals):
    path = DATA / f"synthetic-{deals}.sqlite3"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        print(f"generating {deals:,} synthetic deals into {path} ...", flush=True)
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{path}"}
        # the proportions of the default million: 1 organization per 100 deals, 1 expo per 500...
        sizes = ["--deals", str(deals), "--organizations", str(max(deals // 100, 100))]
        sizes += ["--expos", str(max(deals // 500, 20)), "--delegations", str(max(deals // 50, 100))]
        subprocess.run([BIN / "flask", "--app", "api", "synth", *sizes], cwd=ROOT, env=env, check=True)
    return path


def wrk(url, duration, connections, headers=()):
    """requests/s, p50 and p99 latency (ms) of `url` under `connections` connections."""
    command = ["wrk", "-t1", f"-c{connections}", f"-d{duration}s", "--latency", url]
    for header in headers:
        command += ["-H", header]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    latency = {p: re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)\b", out) for p in ("50", "99")}
    to_ms = {"us": 0.001, "ms": 1, "s": 1000}
    ms = {p: float(m.group(1)) * to_ms[m.group(2)] for p, m in latency.items()}
    return {
        "rps": rps,
        "p50_ms": ms["50"],
        "p99_ms": ms["99"],
        "errors": int(non_2xx.group(1)) if non_2xx else 0,
    }


def get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.headers, json.loads(response.read())


def cases(api):
    """The benchmark's requests, in the API's own terms."""
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


# diagnostics: some cases again on a server with one setting changed, to show what it costs
VARIANTS = {
    # the representation cache off: what rendering costs
    "rendered": ({"REPRESENTATION_CACHE_BYTES": "0"}, ("list_50_with_expo", "filtered_sorted")),
    # Flask-Limiter off: what counting each client's requests costs
    "no rate limit": ({"RATELIMIT_ENABLED": "false"}, ("list_50_with_expo", "revalidation_304")),
}
WARMUP = 5  # seconds of load before each measurement: every worker fills its caches


def measure(url, duration, connections, headers=()):
    wrk(url, WARMUP, connections, headers)
    return wrk(url, duration, connections, headers)


def run(deals, duration, connections, only=None):
    database = database_for(deals)
    env = {
        "DATABASE_URL": f"sqlite:///{database}",
        "RATELIMIT_ENABLED": "true",
        "RATELIMIT_READS": "1000000000 per minute",  # measured, never binding
        "LOG_FORMAT": "json",
    }
    servers = [("bench.bare:app", env, "", ("ceiling",)), ("api:create_app()", env, "", None)]
    servers += [
        ("api:create_app()", {**env, **changes}, f" ({variant})", names)
        for variant, (changes, names) in VARIANTS.items()
    ]
    results, memory = {}, None
    for app, server_env, suffix, names in servers:
        server = Server(workers=None, app=app, **server_env)
        server.serve(ready="/")
        try:
            urls = {"ceiling": (server.base + "/", ())} if app == "bench.bare:app" else cases(server.base)
            for name, (url, headers) in urls.items():
                if (names and name not in names) or (only and name not in only and name != "ceiling"):
                    continue
                results[name + suffix] = measure(url, duration, connections, headers)
                print(f"  {name + suffix:32} {results[name + suffix]['rps']:9.0f} req/s", flush=True)
            if not suffix and app != "bench.bare:app":
                memory = server.worker_memory_mb()  # the production settings, after every case
        finally:
            server.stop()
    return results, memory


def versions():
    from importlib.metadata import version

    packages = ["flask", "flask-smorest", "marshmallow", "peewee", "gunicorn", "werkzeug"]
    found = {name: version(name) for name in packages}
    found["python"] = platform.python_version()
    found["sqlite"] = __import__("sqlite3").sqlite_version
    found["wrk"] = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split("\n")[0]
    return found


def report(results, memory, deals):
    ceiling = results["ceiling"]["rps"]
    print(f"\n{deals:,} deals; ratios are to the bare-Flask ceiling ({ceiling:.0f} req/s)")
    print(f"{'case':32}{'req/s':>10}{'ratio':>8}{'p50 ms':>9}{'p99 ms':>9}{'p99/p50':>9}{'non-2xx':>9}")
    for name, r in results.items():
        print(
            f"{name:32}{r['rps']:10.0f}{r['rps'] / ceiling:8.2f}{r['p50_ms']:9.2f}{r['p99_ms']:9.2f}"
            f"{r['p99_ms'] / r['p50_ms']:9.2f}{r['errors']:9d}"
        )
    first, deep = results.get("list_50_with_expo"), results.get("list_50_near_the_end")
    targets = {}
    if first and deep:
        targets["list_50_with_expo >= 0.5 x ceiling"] = first["rps"] / ceiling >= 0.5
        targets["page near the end within 1.2x the first page's cost"] = first["rps"] / deep["rps"] <= 1.2
    if first and "filtered_sorted" in results:
        targets["filtered+sorted >= 0.8 x list"] = results["filtered_sorted"]["rps"] / first["rps"] >= 0.8
    if "revalidation_304" in results:
        targets["304 revalidation >= 0.8 x ceiling"] = results["revalidation_304"]["rps"] / ceiling >= 0.8
    served = [r for name, r in results.items() if "(" not in name]  # the variants are diagnostics
    targets["p99 < 4 x p50 (every case)"] = all(r["p99_ms"] < 4 * r["p50_ms"] for r in served)
    targets["memory per worker < 80 MB"] = max(memory) < 80
    print(f"\nworker memory (MB): {', '.join(f'{m:.1f}' for m in memory)}")
    for target, met in targets.items():
        print(f"  [{'met' if met else 'NOT met'}] {target}")
    return targets


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--deals", type=int, default=1_000_000)
    parser.add_argument("--duration", type=int, default=10, help="seconds per case")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument(
        "--scale", action="store_true", help="list and filter cases at 10k, 100k and 1M deals"
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")
    record = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "versions": versions(),
    }
    if args.scale:
        record["scaling"] = {}
        for deals in (10_000, 100_000, 1_000_000):
            print(f"\n== {deals:,} deals")
            results, memory = run(
                deals, args.duration, args.connections, only={"list_50_with_expo", "filtered_sorted"}
            )
            record["scaling"][deals] = {"results": results, "worker_memory_mb": memory}
            report(results, memory, deals)
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
    }


if __name__ == "__main__":
    main()

"""Heavy exports against production settings (`make exports`): a real gunicorn (gunicorn.conf.py,
as `make serve` runs it, the rate limiter on with a limit that never binds) on the synthetic
database of `--deals` deals (generated once under bench/data/, as `make bench` does), and
`--exports` concurrent anonymous full exports of /api/v1/deals, CSV and NDJSON alternately,
each following its end-of-export marker's `next` link page after page (EXPORT_MAX_ROWS a page).

Throughout, /healthz and a small list are probed every 0.5 s with a 1 s timeout, from a
process of their own (bench/_server.py's Prober), and the workers' resident memory is sampled.
An export refused 503 + Retry-After by the per-worker export cap waits as told and asks again
(counted: load shedding, not a fault). It prints its figures and exits non-zero if a probe
failed, an export was cut (no marker, or chunked encoding not terminated), or the markers'
record counts do not add up to every deal.

    python -m bench.exports                      # 1,000,000 deals, 10 exports
    python -m bench.exports --deals 20000        # a smoke run
    python -m bench.exports --pages 1            # each export's first page (EXPORT_MAX_ROWS) only
"""

import argparse
import http.client
import json
import re
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from api.config import Config
from bench._server import PROBES, Prober, Server
from bench.run import database_for

CSV_MARKER = re.compile(rb"^# end of export: (\d+) records(?:; next: (\S+))?$")


class Figures:
    """Counters and notes shared by every thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.counts = {}
        self.notes = []
        self.peaks = {}  # worker pid -> highest RSS seen (MB)

    def add(self, name, n=1, note=None):
        with self.lock:
            self.counts[name] = self.counts.get(name, 0) + n
            if note and len(self.notes) < 20:
                self.notes.append(f"{name}: {note}")

    def __getitem__(self, name):
        return self.counts.get(name, 0)


def fetch_page(base, path):
    """One export response read to its end without keeping it: (status, headers, records
    the marker states or None when it is missing, next path, bytes). A body cut short
    (chunked encoding not terminated) raises http.client.IncompleteRead."""
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=60)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        if response.status != 200:
            return response.status, dict(response.headers), None, None, len(response.read())
        size, tail = 0, b""
        while chunk := response.read(1 << 16):
            size += len(chunk)
            tail = (tail + chunk)[-4096:]  # the marker is the last line
        last = tail.rstrip(b"\n").rsplit(b"\n", 1)[-1]
        records = following = None
        if match := CSV_MARKER.match(last):
            records, following = int(match[1]), match[2] and match[2].decode()
        elif last.startswith(b'{"end_of_export":'):
            marker = json.loads(last)["end_of_export"]
            records, following = marker["records"], marker["next"]
        return 200, dict(response.headers), records, following, size
    finally:
        connection.close()


def export(base, kind, figures, pages):
    """One full export, page after page (at most `pages`); the number of records its markers state."""
    path, total, started = f"/api/v1/deals?format={kind}", 0, time.monotonic()
    while path and pages:
        try:
            status, headers, records, following, size = fetch_page(base, path)
        except (OSError, http.client.HTTPException) as error:
            figures.add("exports cut", note=f"{kind} {path[:80]}: {error!r}"[:200])
            return total
        if status == 503 and "Retry-After" in headers:
            figures.add("pages shed (503 + Retry-After)")
            time.sleep(int(headers["Retry-After"]))
            continue
        if status != 200 or records is None:
            figures.add("exports cut", note=f"{kind} {path[:80]}: {status}, marker {records}")
            return total
        figures.add("pages")
        figures.add("bytes", size)
        total, path, pages = total + records, following, pages - 1
    figures.add("exports completed")
    figures.add("export seconds", time.monotonic() - started)
    with figures.lock:
        figures.notes.append(f"{kind} export: {total:,} records in {time.monotonic() - started:.0f} s")
    return total


def sample_memory(server, stop, figures):
    """Every worker's resident set size, every 0.5 s; the peak per worker is kept."""
    while not stop.is_set():
        for pid in server.worker_pids():
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue  # recycled between the listing and the read
            rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024
            with figures.lock:
                figures.peaks[pid] = max(figures.peaks.get(pid, 0), rss)
        stop.wait(0.5)


def load_average():
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, default=1_000_000)
    parser.add_argument("--exports", type=int, default=10, help="concurrent full exports")
    parser.add_argument("--workers", type=int, default=None, help="default: gunicorn.conf.py's")
    parser.add_argument("--pages", type=int, default=None, help="pages an export at most (default: all)")
    args = parser.parse_args(argv)
    # what each export must count: every deal, or its first pages (EXPORT_MAX_ROWS each)
    expected = min(args.deals, (args.pages or args.deals) * Config.EXPORT_MAX_ROWS)

    database = database_for(args.deals)
    server = Server(
        workers=args.workers,
        database_url=f"sqlite:///{database}",
        # production settings: the limiter on, with a budget these few clients never spend
        RATELIMIT_ENABLED="true",
        RATELIMIT_READS="1000000 per minute",
    )
    server.serve()
    figures, stop, totals = Figures(), threading.Event(), []
    print(
        f"{args.exports} exports ({f'first {args.pages} pages' if args.pages else 'every page'}) "
        f"of {args.deals:,} deals, {len(server.worker_pids())} workers "
        f"(gunicorn.conf.py), load average {load_average()}",
        flush=True,
    )
    prober = Prober(server.base, every=0.5)
    watchers = [threading.Thread(target=sample_memory, args=(server, stop, figures))]

    def exporter(kind):
        totals.append(export(server.base, kind, figures, args.pages or -1))

    kinds = [("csv", "ndjson")[n % 2] for n in range(args.exports)]
    exporters = [threading.Thread(target=exporter, args=(kind,)) for kind in kinds]
    started = time.monotonic()
    prober.start()
    try:
        for thread in watchers + exporters:
            thread.start()
        for thread in exporters:
            thread.join()
    finally:
        stop.set()
        for thread in watchers:
            thread.join()
        probes = prober.stop()
        server.stop()
    elapsed = time.monotonic() - started
    incomplete = sum(1 for total in totals if total != expected)
    latencies = sorted(probe.seconds for probe in probes) or [0]
    failed = [probe for probe in probes if probe.failed]
    print(f"elapsed                           {elapsed:.0f} s (load average after: {load_average()})")
    print(f"exports completed                 {figures['exports completed']} of {args.exports}")
    print(f"records per export                {sorted(set(totals))} (expected: {expected:,})")
    print(f"pages (EXPORT_MAX_ROWS each)      {figures['pages']}")
    print(f"bytes sent                        {figures['bytes'] / 1e9:.2f} GB")
    print(f"throughput                        {sum(totals) / elapsed:,.0f} records/s in all")
    print(f"pages shed (503 + Retry-After)    {figures['pages shed (503 + Retry-After)']}")
    print(f"probes                            {len(probes)}")
    print(
        f"probe latency p50 / p99 / max     {percentile(latencies, 0.5)} / {percentile(latencies, 0.99)} / "
        f"{latencies[-1] * 1000:.0f} ms"
    )
    by_path = ", ".join(f"{path} {sum(probe.path == path for probe in failed)}" for path in PROBES)
    print(f"probe failures                    {len(failed)} ({by_path})")
    print(f"exports cut                       {figures['exports cut']}")
    peaks = sorted(figures.peaks.values(), reverse=True)
    print(f"worker RSS peak (MB)              {', '.join(f'{p:.0f}' for p in peaks)}")
    for note in figures.notes + [f"probe failure: {probe}" for probe in failed]:
        print("   ", note)
    ok = not failed and not figures["exports cut"] and not incomplete
    ok = ok and figures["exports completed"] == args.exports
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


def percentile(values, p):
    return f"{values[min(len(values) - 1, int(p * len(values)))] * 1000:.0f}"


if __name__ == "__main__":
    sys.exit(main())

"""gunicorn settings for `make serve` and production; every value can be
overridden from the environment (or on the command line).

The app connects to its database lazily, inside each worker, so nothing is
opened before the fork. `kill -HUP <master pid>` starts workers with fresh code
and config, then retires the old ones gracefully: no request is dropped.

Slow clients: workers are threaded (gthread, api/http/serving.py), a request must arrive
whole within 10 s, and a worker takes no more connections than it has threads to
serve, so clients that dribble their headers cannot starve /healthz. In production
put nginx in front as well (deploy/nginx/), which buffers whole requests.

Fair share: a worker takes a new connection only while it has fewer than
GUNICORN_IN_HAND (4) fresh requests in hand, so the load spreads over every worker
instead of piling onto whichever accepts first (api/http/serving.py).
"""

import ctypes
import multiprocessing
import os

import api.http.serving  # noqa: F401  (gunicorn's own error answers become problem+json)

bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
# threaded workers: a thread waiting on a slow client or the database holds no process
worker_class = "api.http.serving.Worker"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "32"))
# a worker accepts only what its threads can serve now (so no kept-alive connections): a
# request never queues behind slow clients in a busy worker while another has a free thread
worker_connections = threads
# a worker whose main loop stops answering (not a long request: threads stream exports) is
# restarted after this many seconds
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
# on SIGTERM/HUP, workers finish what they are serving for up to this long
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# every URL the OpenAPI document allows must reach the app, which names a bad parameter in a
# 400: 50 values of a list filter alone can pass 100 KB, so the request line is not capped at
# gunicorn's 8190 bytes ("0": none) but at 1 MiB by the worker (api/http/serving.py); a longer
# one gets a 414, a header over 8190 bytes gunicorn's own 431, both as problem+json
limit_request_line = 0
limit_request_field_size = 8190
limit_request_fields = 100
# recycle workers now and then (what a slow leak could grow is bounded), jittered so they do
# not all restart at once. Not often: a worker's start costs 0.45 s of CPU and its warm caches
# (compiled queries, counts, representations, SQLite's pages). Every 10,000 requests (under load,
# a worker every 12 s) cost items, searches and statistics 10-25% and nearly doubled their p99
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "100000"))
max_requests_jitter = max_requests // 10
# the heartbeat file lives in memory, not on a possibly slow disk
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# glibc gives each thread that allocates an arena of its own, up to 8 per core, and keeps
# what they grow: capped like MALLOC_ARENA_MAX=2, a worker holds about 10 MB less under
# load. Set in the master, so every forked worker inherits it.
if "MALLOC_ARENA_MAX" not in os.environ:
    try:
        ctypes.CDLL("libc.so.6").mallopt(-8, 2)  # M_ARENA_MAX
    except OSError:
        pass  # not glibc

accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-") or None  # empty: none
errorlog = "-"
# one JSON object per request, with the X-Request-ID the app set on the response
logger_class = "api.http.serving.Logger"
# X-Forwarded-* are trusted exactly when the app trusts them (PROXY_COUNT > 0, api/http/headers.py):
# from the proxy's address (FORWARDED_ALLOW_IPS, default the local one), else from no one
forwarded_allow_ips = (
    os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1") if int(os.environ.get("PROXY_COUNT", "0")) > 0 else ""
)


# --- Prometheus multiprocess mode (api/http/metrics.py) ----------------------------------
# Workers write their samples to files in one directory that every scrape sums; it is set
# before the workers start, emptied when the master starts, and a dead worker's gauges dropped.
import shutil  # noqa: E402
import tempfile  # noqa: E402

os.environ.setdefault(
    "PROMETHEUS_MULTIPROC_DIR", os.path.join(tempfile.gettempdir(), f"tradepromo-metrics-{os.getpid()}")
)


def on_starting(server):
    shutil.rmtree(os.environ["PROMETHEUS_MULTIPROC_DIR"], ignore_errors=True)
    os.makedirs(os.environ["PROMETHEUS_MULTIPROC_DIR"])


def child_exit(server, worker):
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


def on_exit(server):
    if os.path.basename(os.environ["PROMETHEUS_MULTIPROC_DIR"]) == f"tradepromo-metrics-{os.getpid()}":
        shutil.rmtree(os.environ["PROMETHEUS_MULTIPROC_DIR"], ignore_errors=True)  # ours: leave nothing

"""gunicorn settings for `make serve` and production.

The app connects to its database lazily, inside each worker, so nothing is
opened before the fork.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")
# the classic (2 x cores) + 1 for sync workers, overridable per deployment
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
timeout = 30
graceful_timeout = 30
keepalive = 5
# recycle workers now and then so a slow leak can never grow unbounded
max_requests = 10000
max_requests_jitter = 1000
accesslog = "-"
errorlog = "-"

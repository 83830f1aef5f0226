"""Rate limits per client, for reads and for writes, with the `limits` library.

A client is its token when it sends a valid one (so a curator behind a shared
address keeps its own budget), else its address. A write is authenticated
before it is counted, and so is a read that needs a token (the token list): a
request without a valid token is a 401 and spends no budget. The counters live
in Redis when RATELIMIT_STORAGE_URI points there, so every worker and host
shares them.

Each counted request costs one `incr` and one `get_expiry` on the store (called
directly: Flask-Limiter's per-request machinery cost as much as a cached read).
In memory (one worker's own counters), limits' MemoryStorage expires its counters from a
timer thread it starts every 10 ms while any exist: under traffic a thread per few
requests, which fought the request for the GIL (a third of a cached answer's time). Here
the same sweep runs inline, at most once a second; a counter past its window is dropped
when read either way, so the limits are the same.

Limits are announced as the IETF draft's structured fields
(draft-ietf-httpapi-ratelimit-headers) and as the older X-RateLimit-* headers;
`Retry-After` only on a 429.
"""

import math
import time

from flask import Flask, g, request
from flask_smorest import abort
from limits import parse
from limits.storage import MemoryStorage, storage_from_string

from api.http.auth import authenticate, bearer_credentials, required_scope, verify
from api.http.metrics import RATE_LIMITED

SCOPES = {"GET": "reads", "HEAD": "reads"} | dict.fromkeys(("POST", "PUT", "PATCH", "DELETE"), "writes")


def client():
    if (credentials := bearer_credentials()) and (token := verify(credentials)) is not None:
        return f"token:{token.id}"
    return f"address:{request.remote_addr}"


class InlineExpiryMemoryStorage(MemoryStorage):
    """limits' memory storage, sweeping expired counters inline instead of from a timer thread."""

    swept = 0.0
    SWEEP_EVERY = 1.0  # seconds

    def _MemoryStorage__schedule_expiry(self):  # what MemoryStorage calls on each increment
        if (now := time.time()) - self.swept >= self.SWEEP_EVERY:
            self.swept = now
            self._MemoryStorage__expire_events()


def storage_for(uri):
    return InlineExpiryMemoryStorage() if uri.startswith("memory://") else storage_from_string(uri)


def init_rate_limits(app: Flask) -> None:
    if not app.config["RATELIMIT_ENABLED"]:
        return
    storage = storage_for(app.config["RATELIMIT_STORAGE_URI"])
    prefix = app.config["RATELIMIT_KEY_PREFIX"]
    limits = {"reads": parse(app.config["RATELIMIT_READS"]), "writes": parse(app.config["RATELIMIT_WRITES"])}
    # what a scope's answers always say of it, written once
    policies = {
        scope: (f'"{scope}";q={limit.amount};w={limit.get_expiry()}', str(limit.amount))
        for scope, limit in limits.items()
    }

    @app.before_request
    def count():
        scope = SCOPES.get(request.method)
        if scope is None or not request.path.startswith("/api/"):
            return
        if request.routing_exception is not None:
            if scope == "writes":
                return  # a 404 or 405 answers first, and costs a write nothing
            who = client()
        elif needed := required_scope():
            who = f"token:{authenticate(needed).id}"  # 401 (or 403) before any budget is spent
        else:
            who = client()
        limit = limits[scope]
        key = limit.key_for(prefix, scope, who)
        used = storage.incr(key, limit.get_expiry())
        reset = max(1, math.ceil(storage.get_expiry(key) - time.time()))
        g.rate_limit = (scope, max(0, limit.amount - used), reset)
        if used > limit.amount:
            RATE_LIMITED.labels(scope).inc()
            abort(
                429,
                message=f"Over {limit.amount} {scope} per {limit.get_expiry()} s; retry after {reset} s.",
                headers={"Retry-After": str(reset)},
            )

    @app.after_request
    def announce(response):
        if (state := g.get("rate_limit")) is None:
            return response
        scope, remaining, reset = state
        policy, amount = policies[scope]
        # added, not set: nothing else writes them (set() scans every header for each one it sets)
        response.headers.extend(
            (
                ("RateLimit-Policy", policy),
                ("RateLimit", f'"{scope}";r={remaining};t={reset}'),
                ("X-RateLimit-Limit", amount),
                ("X-RateLimit-Remaining", str(remaining)),
                ("X-RateLimit-Reset", str(int(time.time()) + reset)),
            )
        )
        return response

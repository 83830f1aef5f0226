"""What gunicorn.conf.py plugs into gunicorn: a threaded worker whose sockets cannot be
held by slow clients, an access log of one JSON object per request, and gunicorn's own
error answers as problem+json.

gunicorn answers some requests before the app sees them (a malformed request line, a
header too large...). It writes them with `gunicorn.util.write_error`, as HTML; the
workers look that function up at call time, so replacing it makes them problem+json.
"""

import json
import os
import socket
import time
import traceback
from datetime import UTC, datetime

import orjson
from gunicorn import glogging, util
from gunicorn.http.errors import LimitRequestLine
from gunicorn.workers.gthread import ThreadWorker

from api.http.titles import title

# a request's line, headers and body must all arrive within this many seconds
READ_DEADLINE = 10.0
# a response write may make no progress for at most this long (a client that stops reading)
SEND_TIMEOUT = 30.0
# a request line longer than this is a 414 (docs/contract.md). gunicorn caps none with
# limit_request_line = 0 (gunicorn.conf.py: its cap is 8190 bytes or none), and its parser
# copies what it has read at every read: a line of megabytes held a thread for READ_DEADLINE
REQUEST_LINE_BYTES = 1024 * 1024


class DeadlineSocket(socket.socket):
    """A client socket whose reads share one deadline per request, so a client sending one
    header byte now and then cannot hold a worker thread beyond READ_DEADLINE, and whose
    request line may not pass REQUEST_LINE_BYTES (a 414)."""

    deadline = None
    line_left = None  # bytes the request line may still take, until its end is read (None: no cap)
    hold_head = False  # keep the next sendall (a response's status line and headers)...
    head = b""  # ...here, to go out with the body's first bytes (Worker.handle_request)

    def setblocking(self, flag):
        # gunicorn's worker threads read and write in blocking mode: make it "with timeouts"
        super().settimeout(SEND_TIMEOUT if flag else 0.0)

    def _budget(self):
        if self.gettimeout() != 0.0 and self.deadline is not None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the client took too long to send its request")
            super().settimeout(min(left, SEND_TIMEOUT))

    def _sending(self):
        if self.gettimeout() != 0.0:
            super().settimeout(SEND_TIMEOUT)

    def sendall(self, data, *args):
        if self.hold_head:
            self.hold_head, self.head = False, bytes(data)
            return None
        self._sending()
        if self.head:
            data, self.head = self.head + data, b""
        return super().sendall(data, *args)

    def send_head(self):
        """Send a head kept without a body (a 304, a HEAD, an empty answer), unless the
        connection was closed instead (an error after the head)."""
        self.hold_head = False
        if self.fileno() != -1:
            self._head_first()

    def _head_first(self):
        if self.head:
            self.sendall(b"")

    def send(self, *args):
        self._head_first()
        self._sending()
        return super().send(*args)

    def sendfile(self, *args, **kwargs):
        self._head_first()
        self._sending()
        return super().sendfile(*args, **kwargs)

    def recv(self, *args):
        self._budget()
        data = super().recv(*args)
        if self.line_left is not None:  # gunicorn's parser reads with recv (http/unreader.py)
            if b"\n" in data[: self.line_left + 2]:
                self.line_left = None  # the line ended in time: its headers have gunicorn's caps
            else:
                self.line_left -= len(data)
                if self.line_left < 0:
                    read, self.line_left = REQUEST_LINE_BYTES - self.line_left, None  # refused once
                    raise LimitRequestLine(read, REQUEST_LINE_BYTES)
        return data

    def recv_into(self, *args):
        self._budget()
        return super().recv_into(*args)


# requests one worker has in hand before it leaves new connections to the other workers
IN_HAND_PER_WORKER = int(os.environ.get("GUNICORN_IN_HAND", "4"))
# a request still in a worker after this long (a slow client, an export) no longer counts
HELD_S = 0.1


class Worker(ThreadWorker):
    """gthread, with DeadlineSocket client sockets, sharing the load fairly.

    Workers take new connections from one listening socket, and gthread accepts whenever
    its threads are not all taken: under load one worker of three held 25 of 31
    connections (`ss`), so its requests queued for its GIL while the others idled, and
    p99 grew to 5-7x p50. A worker now accepts only while it has fewer than
    IN_HAND_PER_WORKER requests in hand. A request counts for its first HELD_S: slow
    clients and exports hold threads (up to GUNICORN_THREADS), not the door.
    """

    def __init__(self, *args, **kwargs):
        self.started = {}  # connection -> when a thread took its request
        super().__init__(*args, **kwargs)

    @property
    def worker_connections(self):
        # gthread's loop accepts while nr_conns < worker_connections: 0 closes the door
        now = time.monotonic()
        held = sum(1 for since in list(self.started.values()) if now - since > HELD_S)
        in_hand = self.nr_conns - len(self.pending_conns) - held
        return self.connections_cap if in_hand < IN_HAND_PER_WORKER else 0

    @worker_connections.setter
    def worker_connections(self, value):
        self.connections_cap = value

    def wait_for_and_dispatch_events(self, timeout):
        # the loop decides whether to accept each time it wakes: at least every 50 ms, so a
        # door closed by requests that stop counting opens in time
        super().wait_for_and_dispatch_events(min(timeout, 0.05))

    def handle(self, conn):
        if not isinstance(conn.sock, DeadlineSocket):
            conn.sock = DeadlineSocket(fileno=conn.sock.detach())
        # each request (a new connection's first, or the next on a kept-alive one) starts a deadline
        now = self.started[conn] = time.monotonic()
        conn.sock.deadline = now + READ_DEADLINE
        conn.sock.line_left = REQUEST_LINE_BYTES
        try:
            return super().handle(conn)
        finally:
            self.started.pop(conn, None)

    def handle_request(self, req, conn):
        # a response's head and its body leave in one write: a host killed mid-response
        # (SIGKILL, OOM) then cuts no answer after its headers, which a proxy could not retry
        # elsewhere (it retries one that never began); and one syscall less per answer
        conn.sock.hold_head = True
        try:
            return super().handle_request(req, conn)
        finally:
            conn.sock.send_head()


def write_problem(sock, status_int, reason, mesg):
    """gunicorn's own errors (400, 403, 414, 417, 431, 501) as RFC 9457 problem details."""
    reason = title(status_int)  # gunicorn gives its 501 the reason "Bad Request"
    body = json.dumps({"type": "about:blank", "title": reason, "status": status_int, "detail": mesg}).encode()
    head = (
        f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\n"
        f"Content-Type: application/problem+json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    util.write_nonblock(sock, head.encode("latin-1") + body)


util.write_error = write_problem


def status_code(resp):
    """gunicorn's own error answers have a status line ("400 Bad Request") but no status_code."""
    status = str(resp.status or "").split(None, 1)
    return int(status[0]) if status and status[0].isdigit() else None


class Logger(glogging.Logger):
    """gunicorn's logger, with each access line one JSON object (orjson escapes whatever a
    client sends: gunicorn's format escapes only quotes) written straight to gunicorn's own
    access handler. gunicorn builds a dict of every header and environ variable and a
    LogRecord per request: a sixth of a cached answer's time."""

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        try:
            self.write_access(resp, req, environ, request_time)
        except Exception:  # as gunicorn's own: a log line must not cost the client its answer
            self.error(traceback.format_exc())

    def write_access(self, resp, req, environ, request_time):
        line = orjson.dumps(
            {
                "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
                "request_id": next((v for k, v in resp.headers if k.lower() == "x-request-id"), None),
                "remote": environ.get("REMOTE_ADDR"),
                "method": environ.get("REQUEST_METHOD"),
                "path": environ.get("PATH_INFO", req.path),  # gunicorn's own answers: no PATH_INFO
                "query": environ.get("QUERY_STRING"),
                "status": status_code(resp),
                "bytes": resp.sent,
                "duration_us": round(request_time.total_seconds() * 1e6),
                "user_agent": environ.get("HTTP_USER_AGENT"),
            }
        ).decode()
        if self.cfg.logconfig or self.cfg.logconfig_dict or self.cfg.logconfig_json or self.cfg.syslog:
            self.access_log.info(line)  # the operator's own handlers
            return
        for handler in self.access_log.handlers:  # gunicorn's: a stream (`-`) or a file
            with handler.lock:
                handler.stream.write(line + "\n")
                handler.stream.flush()

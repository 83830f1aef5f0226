"""What gunicorn.conf.py plugs into gunicorn: a threaded worker whose sockets cannot be
held by slow clients, and gunicorn's own error answers as problem+json.

gunicorn answers some requests before the app sees them (a malformed request line, a
header too large...). It writes them with `gunicorn.util.write_error`, as HTML; the
workers look that function up at call time, so replacing it makes them problem+json.
"""

import json
import socket
import time

from gunicorn import util
from gunicorn.workers.gthread import ThreadWorker

# a request's line, headers and body must all arrive within this many seconds
READ_DEADLINE = 10.0
# a response write may make no progress for at most this long (a client that stops reading)
SEND_TIMEOUT = 30.0


class DeadlineSocket(socket.socket):
    """A client socket whose reads share one deadline per request, so a client sending one
    header byte now and then cannot hold a worker thread beyond READ_DEADLINE."""

    deadline = None

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

    def sendall(self, *args):
        self._sending()
        return super().sendall(*args)

    def send(self, *args):
        self._sending()
        return super().send(*args)

    def sendfile(self, *args, **kwargs):
        self._sending()
        return super().sendfile(*args, **kwargs)

    def recv(self, *args):
        self._budget()
        return super().recv(*args)

    def recv_into(self, *args):
        self._budget()
        return super().recv_into(*args)


class Worker(ThreadWorker):
    """gthread, with DeadlineSocket client sockets."""

    def handle(self, conn):
        if not isinstance(conn.sock, DeadlineSocket):
            conn.sock = DeadlineSocket(fileno=conn.sock.detach())
        # each request (a new connection's first, or the next on a kept-alive one) starts a deadline
        conn.sock.deadline = time.monotonic() + READ_DEADLINE
        return super().handle(conn)


def write_problem(sock, status_int, reason, mesg):
    """gunicorn's own errors (400, 403, 414, 417, 431, 501) as RFC 9457 problem details."""
    body = json.dumps({"type": "about:blank", "title": reason, "status": status_int, "detail": mesg}).encode()
    head = (
        f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\n"
        f"Content-Type: application/problem+json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    util.write_nonblock(sock, head.encode("latin-1") + body)


util.write_error = write_problem

"""Bearer tokens for curators: `tp_<id>_<secret>`, stored as a SHA-256 of the secret.

The secret is 256 random bits, so a fast hash is enough (nothing to brute-force);
the comparison is constant-time. `read-write` tokens write records; `admin`
tokens also manage tokens.
"""

import hashlib
import hmac
import secrets

from flask import current_app, g, request
from flask_smorest import abort

from api.store.models import Revision, Token, utcnow

PREFIX = "tp_"
REALM = 'Bearer realm="tradepromo"'


def digest(secret):
    return hashlib.sha256(secret.encode()).hexdigest()


def issue(name, scope):
    """Create a token; the only time its secret exists in clear is the return value.
    Call inside a write transaction: it bumps the revision (the token list's ETag)."""
    token_id, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
    token = Token.create(id=token_id, name=name, scope=scope, secret_hash=digest(secret), created_at=utcnow())
    Revision.bump()
    return token, f"{PREFIX}{token_id}_{secret}"


def revoke(which):
    """Revoke the live tokens matching `which` (a condition); whether any was."""
    if not Token.update(revoked_at=utcnow()).where(which & Token.revoked_at.is_null()).execute():
        return False
    Revision.bump()  # the token list's ETag
    return True


def verify(credentials):
    """The live token the credentials prove, or None."""
    if not credentials.startswith(PREFIX):
        return None
    token_id, _, secret = credentials[len(PREFIX) :].partition("_")
    token = Token.get_or_none((Token.id == token_id) & Token.revoked_at.is_null())
    if token is None or not secret:
        return None
    return token if hmac.compare_digest(token.secret_hash, digest(secret)) else None


def bearer_credentials():
    """What follows `Authorization: Bearer`, or "" when the request sends none."""
    scheme, _, credentials = request.headers.get("Authorization", "").partition(" ")
    return credentials.strip() if scheme.lower() == "bearer" else ""


def required_scope():
    """The token scope the routed operation needs before anything is answered: every write
    needs one (`read-write`; the view may ask for more), a read only when its view declares
    it (`conditional(auth=...)`). Found through the view, as Flask finds it to dispatch."""
    if request.method not in ("GET", "HEAD"):
        return "read-write"
    view = current_app.view_functions.get(request.endpoint)
    method = getattr(getattr(view, "view_class", None), "get", view)  # a MethodView answers HEAD with get
    return getattr(method, "auth", None)


def authenticate(scope="read-write"):
    """The request's token, or a 401 (none or invalid) / 403 (lacking `scope`) problem."""
    credentials = bearer_credentials()
    if not credentials:
        abort(
            401,
            message="This operation needs `Authorization: Bearer <token>`.",
            headers={"WWW-Authenticate": REALM},
        )
    token = g.get("token") or verify(credentials)  # the rate limiter may have verified it already
    if token is None:
        abort(
            401,
            message="The token is unknown or revoked.",
            headers={"WWW-Authenticate": f'{REALM}, error="invalid_token"'},
        )
    if scope == "admin" and token.scope != "admin":
        abort(
            403,
            message="This operation needs a token with the `admin` scope.",
            headers={"WWW-Authenticate": f'{REALM}, error="insufficient_scope", scope="admin"'},
        )
    g.token = token
    return token

"""Idempotency-Key on POST: a retry with the same key and body replays the first response."""

from flask import Response, request
from flask_smorest import abort

from api.http.bodies import JSON
from api.store.models import IdempotencyKey


def idempotency_key():
    key = request.headers.get("Idempotency-Key")
    if key is not None and not (0 < len(key) <= 255 and key.isprintable() and key.isascii()):
        abort(400, message="Idempotency-Key must be 1 to 255 printable ASCII characters.")
    return key


def replayed(token, key, fingerprint):
    """The stored first response to this key, or None; 422 when the key was used for another body."""
    stored = IdempotencyKey.get_or_none((IdempotencyKey.token == token.id) & (IdempotencyKey.key == key))
    if stored is None:
        return None
    if stored.request_hash != fingerprint:
        abort(422, message="This Idempotency-Key was already used with a different request body.")
    response = Response(stored.body, status=stored.status, mimetype=JSON)
    response.headers["Idempotent-Replayed"] = "true"
    if stored.location:
        response.headers["Location"] = stored.location
    return response

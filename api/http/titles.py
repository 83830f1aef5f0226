"""The title of a problem+json answer for an HTTP status, in one place for the app's answers
(api/http/errors.py) and gunicorn's own (api/http/serving.py, loaded in gunicorn's master:
this module imports werkzeug alone)."""

from werkzeug.http import HTTP_STATUS_CODES

# RFC 9110's names where werkzeug still has the older ones
RENAMED = {413: "Content Too Large", 414: "URI Too Long", 422: "Unprocessable Content"}


def title(status):
    return RENAMED.get(status) or HTTP_STATUS_CODES.get(status, "Unknown Error")

"""The ceiling: a bare Flask app answering a small JSON document, served by the
same gunicorn settings as the API (`gunicorn --config gunicorn.conf.py bench.bare:app`)."""

from flask import Flask

app = Flask(__name__)


@app.get("/")
def hello():
    return {"data": [], "meta": {"limit": 50, "next_cursor": None, "total": 0}}

"""Responses are compressed as the client accepts (zstd, brotli, gzip), and a compressed
body is its own representation: its own strong ETag, never a 304 or a cached body of
another encoding."""

import gzip
import json

import brotli
import pytest
from flask_compress.compat import compression

from conftest import bearer

DECODE = {"gzip": gzip.decompress, "br": brotli.decompress, "zstd": compression.zstd.decompress}
LIST = "/api/v1/deals?limit=50&expand=expo,parties"


@pytest.mark.parametrize("coding", ["gzip", "br", "zstd"])
def test_json_is_compressed_with_its_own_etag(client, coding):
    plain = client.get(LIST)
    packed = client.get(LIST, headers={"Accept-Encoding": coding})
    assert packed.status_code == 200 and packed.headers["Content-Encoding"] == coding
    assert "Accept-Encoding" in packed.headers["Vary"] and "Accept" in packed.headers["Vary"]
    assert DECODE[coding](packed.get_data()) == plain.get_data()
    assert len(packed.get_data()) < len(plain.get_data()) / 3
    assert packed.headers["ETag"] == plain.headers["ETag"][:-1] + f':{coding}"'
    assert "Content-Encoding" not in plain.headers


@pytest.mark.parametrize("kind", ["csv", "ndjson"])
def test_exports_are_compressed_streams(client, kind):
    plain = client.get(f"/api/v1/deals?format={kind}")
    packed = client.get(f"/api/v1/deals?format={kind}", headers={"Accept-Encoding": "gzip"})
    assert packed.headers["Content-Encoding"] == "gzip" and packed.mimetype == plain.mimetype
    assert gzip.decompress(packed.get_data()) == plain.get_data()


def test_a_304_never_crosses_encodings(client):
    tags = {c: client.get(LIST, headers={"Accept-Encoding": c}).headers["ETag"] for c in ("gzip", "br")}
    tags["identity"] = client.get(LIST).headers["ETag"]
    assert len(set(tags.values())) == 3
    for held, tag in tags.items():
        for asked in ("gzip", "br", "identity"):
            response = client.get(LIST, headers={"Accept-Encoding": asked, "If-None-Match": tag})
            if held == asked:
                assert response.status_code == 304 and response.headers["ETag"] == tag
            else:  # the client holds another encoding: the full answer, in the one it asks for
                assert response.status_code == 200, (held, asked)
                assert response.headers.get("Content-Encoding", "identity") == asked
                assert response.headers["ETag"] == tags[asked]


def test_the_representation_cache_never_crosses_encodings(app, client):
    kept = app.extensions["representations"]
    plain = client.get(LIST).get_data()
    for coding in ("gzip", "br", None, "gzip", None, "br"):
        headers = {"Accept-Encoding": coding} if coding else {}
        response = client.get(LIST, headers=headers)
        body = response.get_data()
        assert response.headers.get("Content-Encoding") == coding
        assert (DECODE[coding](body) if coding else body) == plain
    assert len(kept.kept) == 3  # one body per encoding


def test_if_match_takes_the_etag_a_client_read_compressed(client, token):
    url = "/api/v1/deals/zkh-dow-organosilicon-2023"
    read = client.get(url, headers={"Accept-Encoding": "br"})
    etag = read.headers["ETag"]
    assert etag.endswith(':br"') or "Content-Encoding" not in read.headers
    patch = json.dumps({"subject": "organo-silicon products, corrected"})
    headers = bearer(token, **{"If-Match": etag, "Content-Type": "application/merge-patch+json"})
    assert client.patch(url, data=patch, headers=headers).status_code == 200
    again = json.dumps({"subject": "organo-silicon"})
    assert client.patch(url, data=again, headers=headers).status_code == 412  # stale now, any encoding


@pytest.mark.parametrize("coding", ["gzip", "br", "zstd"])
def test_a_kept_representation_is_not_compressed_again(client, coding, monkeypatch):
    """The representation cache keeps a body as it was sent: a hit costs no compression (which
    cost one to three times the rest of a cached page)."""
    import flask_compress.flask_compress

    headers = {"Accept-Encoding": coding}
    first = client.get(LIST, headers=headers)

    def fail(*args, **kwargs):
        raise AssertionError("compressed again")

    monkeypatch.setattr(flask_compress.flask_compress, "_compress_data", fail)
    again = client.get(LIST, headers=headers)
    assert again.status_code == 200 and again.get_data() == first.get_data()
    for header in ("Content-Encoding", "ETag", "Vary", "Content-Type", "Link"):
        assert again.headers.get(header) == first.headers.get(header), header

"""orjson as the app's JSON encoder (app.json), apart from api/http/render.py: what
shapes a stored document is hashed into its stamp (api/store/documents.py), and how
an answer is encoded does not shape one."""

import orjson
from flask.json.provider import DefaultJSONProvider


class JSONProvider(DefaultJSONProvider):
    """orjson, with the stdlib's output (compact, UTF-8 as is, keys in order): only
    faster. Integers beyond 64 bits, which orjson refuses, fall back to the stdlib."""

    def dumps(self, obj, **kwargs):
        if "indent" not in kwargs:
            try:
                return orjson.dumps(obj, default=self.default).decode()
            except TypeError:
                pass
        try:
            return super().dumps(obj, **kwargs)
        except TypeError:  # stored JSON (orjson.Fragment) is opaque to the stdlib: parse it back
            return super().dumps(orjson.loads(orjson.dumps(obj, default=self.default)), **kwargs)

    def response(self, *args, **kwargs):
        """Flask's JSON response, its body written as bytes: Flask's own decodes orjson's bytes
        to text and the response encodes them back, two copies of a 90 KB page."""
        obj = self._prepare_response_obj(args, kwargs)
        if not self._app.debug:
            try:
                body = orjson.dumps(obj, default=self.default, option=orjson.OPT_APPEND_NEWLINE)
                return self._app.response_class(body, mimetype=self.mimetype)
            except TypeError:
                pass
        return super().response(obj)

"""The outsider's Schemathesis: a live gunicorn with the production settings (rate limits
on) over a fresh database, then `st run <base>/api/v1/openapi.json --checks all` with
Schemathesis's defaults: no hooks, no token, no configuration file. Exits with st's status.

    python -m bench.conformance [-- extra st options, e.g. --seed 1]

DATABASE_URL, when set, is the (empty or disposable) database to serve; SQLite otherwise.
"""

import os
import subprocess
import sys
import tempfile

from bench._server import BIN, Server


def main(argv=None):
    extra = list(sys.argv[1:] if argv is None else argv)
    if extra[:1] == ["--"]:
        extra = extra[1:]
    # production: rate limits as configured by default, and the access log on
    server = Server(
        workers=None,
        database_url=os.environ.get("DATABASE_URL"),
        RATELIMIT_ENABLED="true",
        GUNICORN_ACCESSLOG="-",
    )
    server.start()
    try:
        # an empty directory, so no schemathesis.toml of the project or the user is read
        with tempfile.TemporaryDirectory(prefix="tradepromo-st-") as cwd:
            command = [str(BIN / "st"), "run", f"{server.base}/api/v1/openapi.json", "--checks", "all"]
            print("$", " ".join(command + extra), flush=True)
            status = subprocess.run(command + extra, cwd=cwd).returncode
    finally:
        server.stop()
    print(f"server log: {server.log_path}")
    return status


if __name__ == "__main__":
    sys.exit(main())

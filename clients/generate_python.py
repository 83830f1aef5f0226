"""Generate the Python client (openapi-python-client, pinned in the dev extra) from openapi.yaml.

    python clients/generate_python.py [OUTPUT_DIR]     # default: clients/python

openapi-python-client 0.29 writes code that does not import (`Unset` undefined) for a
request body offered under several media types with the same schema (upstream issues
#1276 and #1451): our PATCH bodies are both `application/json` and
`application/merge-patch+json`. The client is generated from a copy of the document
that keeps the first media type of such bodies; the server accepts either.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CONFIG = HERE / "openapi-python-client.yaml"
# two of the generator's templates, adapted (each says how): exports come back as raw content, and
# a union of records picks the class the data fits
TEMPLATES = HERE / "python-templates"


def one_media_type_per_body(spec):
    for operations in spec["paths"].values():
        for operation in operations.values():
            content = (
                operation.get("requestBody", {}).get("content", {}) if isinstance(operation, dict) else {}
            )
            schemas = [media["schema"] for media in content.values()]
            if len(content) > 1 and all(schema == schemas[0] for schema in schemas):
                first = next(iter(content))
                operation["requestBody"]["content"] = {first: content[first]}
    return spec


def generate(output, spec_path=ROOT / "openapi.yaml"):
    spec = one_media_type_per_body(yaml.safe_load(Path(spec_path).read_text(encoding="utf-8")))
    with tempfile.TemporaryDirectory() as tmp:
        reduced = Path(tmp) / "openapi.yaml"
        reduced.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
        generator = Path(sys.executable).parent / "openapi-python-client"
        result = subprocess.run(
            [generator, "generate", "--path", reduced, "--output-path", output, "--overwrite"]
            + ["--meta", "pdm", "--config", CONFIG, "--custom-template-path", TEMPLATES, "--fail-on-warning"],
            capture_output=True,
            text=True,
        )
    if result.returncode != 0:
        raise SystemExit(f"openapi-python-client failed:\n{result.stdout}{result.stderr}")


if __name__ == "__main__":
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "python")

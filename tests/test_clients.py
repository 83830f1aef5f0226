"""The client packages of clients/: each is what `make clients` generates from openapi.yaml
(a stale one fails here, naming the command), and the TypeScript one, built, passes its
node test against a real gunicorn (the Python one: tests/test_python_client.py)."""

import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TYPESCRIPT = ROOT / "clients" / "typescript"
PYTHON = ROOT / "clients" / "python"
# what installing or running leaves beside the generated files
NOT_GENERATED = {".pdm-build", "__pycache__", ".ruff_cache", ".pytest_cache"}


@pytest.fixture(scope="module")
def npm():
    """clients/typescript with its pinned toolchain installed (npm ci, as `make clients` does)."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("node and npm are not installed: the TypeScript client cannot be generated or run")
    if not (TYPESCRIPT / "node_modules" / ".bin" / "openapi-typescript").exists():
        subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund"], cwd=TYPESCRIPT, check=True, capture_output=True
        )

    def run(*args, **env):
        return subprocess.run(
            ["npm", "run", "--silent", *args],
            cwd=TYPESCRIPT,
            env={**os.environ, **env},
            capture_output=True,
            text=True,
        )

    return run


def differences(generated, committed):
    """Relative paths that differ, or exist on one side only, between two trees."""
    found = []

    def walk(comparison, prefix=""):
        for name in (
            comparison.left_only + comparison.right_only + comparison.diff_files + comparison.funny_files
        ):
            if name not in NOT_GENERATED and not name.endswith(".egg-info"):
                found.append(prefix + name)
        for name, sub in comparison.subdirs.items():
            if name not in NOT_GENERATED:
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(generated, committed, ignore=[]))
    return sorted(found)


def test_typescript_types_match_openapi_yaml(npm, tmp_path):
    # the command of `npm run generate`, into a temporary file
    result = subprocess.run(
        [
            TYPESCRIPT / "node_modules" / ".bin" / "openapi-typescript",
            "../../openapi.yaml",
            "--output",
            tmp_path / "schema.ts",
        ],
        cwd=TYPESCRIPT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    generated = (tmp_path / "schema.ts").read_text(encoding="utf-8")
    assert generated == (TYPESCRIPT / "src" / "schema.ts").read_text(encoding="utf-8"), (
        "clients/typescript/src/schema.ts is stale: run `make clients`"
    )


def test_python_client_matches_openapi_yaml(tmp_path):
    if not (Path(sys.executable).parent / "openapi-python-client").exists():
        pytest.skip("openapi-python-client is not installed (the dev extra pins it): make install")
    subprocess.run([sys.executable, ROOT / "clients" / "generate_python.py", tmp_path / "python"], check=True)
    # dircmp compares contents whenever size or mtime differ, as they do for freshly generated files
    filecmp.clear_cache()
    stale = differences(tmp_path / "python", PYTHON)
    assert not stale, f"clients/python is stale ({', '.join(stale[:5])}...): run `make clients`"


@pytest.mark.server
def test_typescript_client_against_a_live_server(npm, served_with_token):
    build = npm("build")
    assert build.returncode == 0, build.stdout + build.stderr
    base, token = served_with_token
    result = npm("test", API_BASE_URL=base, API_TOKEN=token)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "# fail 0" in result.stdout and "# skipped 0" in result.stdout, result.stdout

"""The OpenAPI document's examples are jointly valid: every GET operation, sent with every
documented example filled in (as Swagger UI's "Try it out" and Schemathesis' examples phase
do), answers 2xx. Cursors and conditional headers carry no example: no value of them is valid
in general."""

from urllib.parse import urlencode

import pytest

from conftest import ROOT


def get_operations():
    import yaml

    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    for path, item in spec["paths"].items():
        if "get" in item:
            yield path, item.get("parameters", []) + item["get"].get("parameters", []), item["get"]


def example_of(parameter):
    """What Swagger UI pre-fills: the parameter's example, else its schema's first `examples`."""
    return parameter.get("example", next(iter(parameter.get("schema", {}).get("examples", [])), None))


def prefilled(path, parameters):
    """The request Swagger UI sends as pre-filled: each parameter's example, arrays repeated."""
    query, headers = [], {}
    for parameter in parameters:
        example = example_of(parameter)
        if example is None:
            continue
        if parameter["in"] == "path":
            path = path.replace("{" + parameter["name"] + "}", str(example))
        elif parameter["in"] == "header":
            headers[parameter["name"]] = str(example)
        elif isinstance(example, list):
            query += [(parameter["name"], str(value)) for value in example]
        else:
            query.append((parameter["name"], str(example).lower() if isinstance(example, bool) else example))
    return (f"{path}?{urlencode(query)}" if query else path), headers


OPERATIONS = list(get_operations())


@pytest.mark.parametrize(
    "path, parameters, operation", OPERATIONS, ids=[o["operationId"] for *_, o in OPERATIONS]
)
def test_every_get_answers_2xx_with_its_examples(client, admin_token, path, parameters, operation):
    url, headers = prefilled(path, parameters)
    if operation.get("security"):  # the token list: an admin's
        headers["Authorization"] = f"Bearer {admin_token}"
    response = client.get(url, headers=headers)
    assert 200 <= response.status_code < 300, (url, response.get_json())


def test_no_example_for_cursors_or_conditional_headers():
    for _, parameters, operation in OPERATIONS:
        for parameter in parameters:
            if parameter["name"] in ("cursor", "If-None-Match"):
                assert example_of(parameter) is None, (operation["operationId"], parameter["name"])

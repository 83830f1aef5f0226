"""The OpenAPI document is good enough to integrate from without reading the code:
every property and parameter is described and has an example, operation ids are
readable, and every error response is the one Problem schema."""

import re

import pytest

COMPONENT = "#/components/schemas/"


@pytest.fixture
def spec(client):
    return client.get("/api/v1/openapi.json").get_json()


def refers_to_component(prop):
    """A property whose example is composed from a component schema's own examples
    (by Swagger UI and the generators): a `$ref`, `anyOf`/`allOf` of one, or a list of them."""
    if "$ref" in prop or any("$ref" in part for part in prop.get("anyOf", []) + prop.get("allOf", [])):
        return True
    types = prop.get("type", [])  # 3.1: a nullable list is `type: [array, "null"]`
    return "array" in ([types] if isinstance(types, str) else types) and refers_to_component(
        prop.get("items", {})
    )


def has_example(thing):
    schema = thing.get("schema", {})
    return "example" in thing or "examples" in thing or "examples" in schema


def operations(spec):
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in {"get", "put", "post", "patch", "delete", "head", "options"}:
                yield path, method, operation


def test_every_schema_property_has_a_description_and_an_example(spec):
    offenders = []
    for name, schema in spec["components"]["schemas"].items():
        for prop_name, prop in schema.get("properties", {}).items():
            missing = [] if prop.get("description") else ["description"]
            if not has_example(prop) and not refers_to_component(prop):
                missing.append("example")
            if missing:
                offenders.append(f"{name}.{prop_name}: no {' and no '.join(missing)}")
    assert not offenders, "\n".join(offenders)


# no value of these is valid in general: Swagger UI would pre-fill it and its first Execute fail
UNPREFILLED = {"cursor", "If-None-Match"}


def test_every_parameter_has_a_description_and_an_example(spec):
    offenders = set()
    for path, method, operation in operations(spec):
        for parameter in operation.get("parameters", []) + spec["paths"][path].get("parameters", []):
            if "$ref" in parameter:
                parameter = spec["components"]["parameters"][parameter["$ref"].split("/")[-1]]
            missing = [] if parameter.get("description") else ["description"]
            if parameter["name"] in UNPREFILLED:
                assert not has_example(parameter), f"{path} {parameter['name']}: an example is pre-filled"
            elif not has_example(parameter):
                missing.append("example")
            if missing:
                offenders.add(
                    f"{method.upper()} {path} {parameter['in']} {parameter['name']}: no {', '.join(missing)}"
                )
    assert not offenders, "\n".join(sorted(offenders))


def test_operation_ids_are_stable_readable_camel_case(spec):
    ids = [operation.get("operationId") for _, _, operation in operations(spec)]
    assert all(ids), "an operation has no operationId"
    assert len(ids) == len(set(ids))
    unreadable = [
        i for i in ids if not re.fullmatch(r"(list|get|create|update|delete|revoke)[A-Z][A-Za-z]+", i)
    ]
    assert not unreadable, unreadable


def test_every_error_response_is_the_problem_schema(spec):
    offenders = []
    for path, method, operation in operations(spec):
        for status, response in operation["responses"].items():
            if not (status.startswith(("4", "5")) or status == "default"):
                continue
            if "$ref" in response:
                response = spec["components"]["responses"][response["$ref"].split("/")[-1]]
            content = response.get("content", {})
            if list(content) != ["application/problem+json"] or content["application/problem+json"][
                "schema"
            ] != {"$ref": COMPONENT + "Problem"}:
                offenders.append(f"{method.upper()} {path} {status}")
    assert not offenders, "\n".join(offenders)

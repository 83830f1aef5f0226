import json

import yaml

from conftest import ROOT


def test_committed_spec_matches_the_generated_one(client):
    generated = client.get("/api/v1/openapi.json").get_json()
    committed = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    assert committed == json.loads(json.dumps(generated)), "openapi.yaml is stale: run `make openapi`"


def test_every_operation_is_documented_for_integrators(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    operation_ids = set()
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method == "parameters":
                continue
            assert operation.get("summary"), (path, method)
            assert operation["operationId"] not in operation_ids
            operation_ids.add(operation["operationId"])
            for status, response in operation["responses"].items():
                if status.startswith(("4", "5")) or status == "default":
                    ref = response["$ref"].split("/")[-1]
                    content = spec["components"]["responses"][ref]["content"]
                    assert list(content) == ["application/problem+json"], (path, status)
    assert {"listDeals", "getDeal", "listExpos", "getExpo", "listSourceRecords"} <= operation_ids


def test_schemas_reject_unknown_fields(client):
    schemas = client.get("/api/v1/openapi.json").get_json()["components"]["schemas"]
    for name in ("Expo", "Delegation", "Deal", "Organization", "Source", "Money", "Count", "Citation"):
        assert schemas[name]["additionalProperties"] is False, name

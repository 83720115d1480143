"""The shipped JSON Schema is current, and it rejects what the contract forbids."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from conftest import ARTICLES, check_record
from incident_extract.schema import build_schema, render_schema, shipped_schema_text
from incident_extract.taxonomy import Service, Status


def test_shipped_schema_is_generated_from_the_taxonomy() -> None:
    assert shipped_schema_text() == render_schema(build_schema()), (
        "schemas/incident-record.v1.json is stale: run `python -m incident_extract.schema`"
    )


def test_schema_lists_every_service_and_status() -> None:
    impact = build_schema()["$defs"]["service_impact"]["properties"]
    assert impact["service"]["enum"] == [s.value for s in Service]
    assert impact["status"]["enum"] == [s.value for s in Status]


@pytest.fixture(scope="module")
def record(extract) -> dict:  # type: ignore[no-untyped-def]
    return extract((ARTICLES / "coop-stock-ordering-back-online.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "mutate",
    [
        lambda r: r["incidents"][0].pop("confidence"),
        lambda r: r["incidents"][0]["services"][0].update(status="broken"),
        lambda r: r["incidents"][0].update(role="victim"),
        lambda r: r.update(schema_version="2"),
        lambda r: r["source"].update(published="15 May 2025"),
        lambda r: r["incidents"][0].update(extra_key=1),
    ],
)
def test_schema_rejects_contract_violations(record: dict, mutate) -> None:  # type: ignore[no-untyped-def]
    broken = copy.deepcopy(record)
    mutate(broken)
    with pytest.raises(jsonschema.ValidationError):
        check_record(broken)


def test_every_key_is_always_present(record: dict) -> None:
    incident = record["incidents"][0]
    assert set(incident) == {
        "organization",
        "role",
        "incident_types",
        "dates",
        "services",
        "restoration_claims",
        "data_compromised",
        "confidence",
    }
    assert json.loads(json.dumps(record)) == record


def test_a_record_written_before_the_history_extension_still_validates(record: dict) -> None:
    older = copy.deepcopy(record)
    for incident in older["incidents"]:
        for service in incident["services"]:
            service.pop("history")
    check_record(older)


def test_a_history_event_must_carry_its_evidence(record: dict) -> None:
    broken = copy.deepcopy(record)
    broken["incidents"][0]["services"][0]["history"][0].pop("evidence")
    with pytest.raises(jsonschema.ValidationError):
        check_record(broken)

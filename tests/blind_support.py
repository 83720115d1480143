"""What the blind test rounds share: reading a record for an organisation by a lenient name
("&" -> "and", no leading "The", trailing "'s" or company suffix), and running the extractor
with the record checked against the contract, and checking a case's expectations in the
rounds' shared format (`check_expectations`). No expectation lives here."""

from __future__ import annotations

import re
from typing import Any

import pytest

from conftest import check_record, statuses
from incident_extract import extract_text

_SUFFIX = re.compile(r"[\s,]+(ltd|limited|plc|group|inc)\.?$")


def norm(name: str) -> str:
    s = name.lower().replace("\u2019", "'").replace("&", " and ")
    s = re.sub(r"\s+", " ", s).strip(" .,")
    s = re.sub(r"^the ", "", s)
    previous = None
    while previous != s:
        previous = s
        s = _SUFFIX.sub("", s).strip(" .,")
        s = re.sub(r"'s?$", "", s).strip(" .,")
    return s


def run(text: str, published: str) -> dict[str, Any]:
    record = extract_text(text, published=published)
    if not isinstance(record, dict):  # be tolerant of a record object
        record = record.to_dict()
    return check_record(record, text)


def names_of(incident: dict[str, Any]) -> set[str]:
    """An incident's organisation by every name it goes by, normalised."""
    org = incident["organization"]
    return {norm(n) for n in [org["name"], *org.get("aliases", [])]}


def find(record: dict[str, Any], name: str) -> dict[str, Any] | None:
    wanted = norm(name)
    for incident in record["incidents"]:
        if wanted in names_of(incident):
            return incident
    return None


def get(record: dict[str, Any], name: str) -> dict[str, Any]:
    incident = find(record, name)
    found = [i["organization"]["name"] for i in record["incidents"]]
    assert incident is not None, f"no incident for {name!r}; incidents: {found}"
    return incident


def known_miss_param(case: tuple[Any, ...], known_misses: dict[str, str]) -> Any:
    """A case as a pytest parameter named by its id, a strict xfail when the developers
    listed it as a known miss (so a fix shows up as an unexpected pass)."""
    reason = known_misses.get(case[0])
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(*case[1:], id=case[0], marks=marks)


def with_known_misses(params: list[Any], known_misses: dict[str, str]) -> list[Any]:
    """Cases written as pytest parameters with ids, a strict xfail for each known miss."""
    return [
        pytest.param(
            *param.values,
            id=param.id,
            marks=[
                *param.marks,
                *(
                    [pytest.mark.xfail(strict=True, reason=known_misses[param.id])]
                    if param.id in known_misses
                    else []
                ),
            ],
        )
        for param in params
    ]


def start_days(incident: dict[str, Any]) -> list[str]:
    return [d["value"] for d in incident["dates"] if d["role"] == "incident_start" and d["value"]]


def date_summary(incident: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(d["role"], d["text"], d["value"]) for d in incident["dates"]]


def claim_pairs(incident: dict[str, Any]) -> list[tuple[Any, Any]]:
    return [(c["service"], c["status"]) for c in incident["restoration_claims"]]


def org_names(record: dict[str, Any]) -> list[tuple[str, list[str]]]:
    return [
        (i["organization"]["name"], list(i["organization"].get("aliases", [])))
        for i in record["incidents"]
    ]


def has_org(record: dict[str, Any], name: str) -> bool:
    wanted = norm(name)
    for incident in record["incidents"]:
        org = incident["organization"]
        if wanted in {norm(n) for n in [org["name"], *org.get("aliases", [])]}:
            return True
    return False


def service_pairs(incident: dict[str, Any]) -> list[tuple[str, str]]:
    return [(s["service"], s["status"]) for s in incident["services"]]


# one expectation key in the rounds' own spellings: later rounds named some keys anew
KEY_SPELLINGS = {
    "data": "data_compromised",
    "types_present": "has_types",
    "types_absent": "lacks_types",
    "claims_present": "claims",
    "claims_absent": "no_claims",
}
RETURNED = ("restored", "partially_restored")


def check_expectations(record: dict[str, Any], expect: dict[str, Any]) -> None:
    """Every expectation a blind round's case gives, in the rounds' shared format: no
    incident at all, the primary, organisations present, absent or related, the start day,
    statuses wanted or refused, services present or absent, claims present, absent or
    scoped, data_compromised, incident types."""
    expect = {KEY_SPELLINGS.get(key, key): value for key, value in expect.items()}
    found = [i["organization"]["name"] for i in record["incidents"]]
    if expect.get("no_incidents"):
        assert record["incidents"] == [], f"expected no incidents; incidents: {found}"
    if "primary" in expect:
        incident = get(record, expect["primary"])
        assert incident["role"] == "primary", (
            f"{expect['primary']!r} is {incident['role']!r}; incidents: {found}"
        )
        first = record["incidents"][0]
        assert norm(expect["primary"]) in names_of(first), (
            f"first incident is {first['organization']['name']!r}, expected "
            f"{expect['primary']!r}; incidents: {found}"
        )
    for org in expect.get("present", []):
        get(record, org)
    for org in expect.get("absent", []):
        assert find(record, org) is None, f"{org!r} should have no incident; incidents: {found}"
    for org in expect.get("related", []):
        incident = get(record, org)
        assert incident["role"] == "related", (
            f"{org!r} is {incident['role']!r}, expected 'related'; incidents: {found}"
        )
    for org, wanted in expect.get("statuses", {}).items():
        got = statuses(get(record, org))
        for service, status in wanted.items():
            assert got.get(service) == status, (
                f"{org}: {service}: expected {status!r}, got {got.get(service)!r}; services: {got}"
            )
    for org, wanted in expect.get("not_status", {}).items():
        got = statuses(get(record, org))
        for service, status in wanted.items():
            assert got.get(service) != status, (
                f"{org}: {service} should not be {status!r}; services: {got}"
            )
    for org, services in expect.get("has_service", {}).items():
        got = statuses(get(record, org))
        for service in services:
            assert service in got, f"{org}: {service} missing; services: {got}"
    for org, services in expect.get("no_service", {}).items():
        got = statuses(get(record, org))
        for service in services:
            assert service not in got, f"{org}: {service} should be absent; services: {got}"
    for org, pairs in expect.get("claims", {}).items():
        got_pairs = claim_pairs(get(record, org))
        for pair in pairs:
            assert pair in got_pairs, f"{org}: claim {pair} missing; claims: {got_pairs}"
    for org, pairs in expect.get("no_claims", {}).items():
        got_pairs = claim_pairs(get(record, org))
        for pair in pairs:
            assert pair not in got_pairs, f"{org}: claim {pair} unexpected; claims: {got_pairs}"
    for org, (service, status) in expect.get("scoped_claim", {}).items():
        claims = get(record, org)["restoration_claims"]
        scoped = [
            c
            for c in claims
            if c["service"] == service and c["status"] == status and (c["scope"] or "").strip()
        ]
        summary = [(c["service"], c["status"], c["scope"]) for c in claims]
        assert scoped, f"{org}: no ({service}, {status}) claim with a scope; claims: {summary}"
    for org in expect.get("no_general_claim", []):
        got_pairs = claim_pairs(get(record, org))
        general = [p for p in got_pairs if p[0] is None]
        assert not general, f"{org}: unexpected general claims {general}; claims: {got_pairs}"
    for org in expect.get("nothing_restored", []):
        incident = get(record, org)
        got_pairs = claim_pairs(incident)
        back = [p for p in got_pairs if p[1] in RETURNED]
        assert not back, f"{org}: unexpected restoration claims {back}; claims: {got_pairs}"
        got = statuses(incident)
        back_services = {s: v for s, v in got.items() if v in RETURNED}
        assert not back_services, f"{org}: services read as back {back_services}; services: {got}"
    for org, day in expect.get("start", {}).items():
        days = start_days(get(record, org))
        assert day in days, f"{org}: start {day} not in incident_start dates {days}"
    for org, value in expect.get("data_compromised", {}).items():
        got_value = get(record, org)["data_compromised"]
        assert got_value is value, f"{org}: data_compromised expected {value!r}, got {got_value!r}"
    for org, value in expect.get("data_not", {}).items():
        got_value = get(record, org)["data_compromised"]
        assert got_value is not value, f"{org}: data_compromised should not be {value!r}"
    for org, kinds in expect.get("has_types", {}).items():
        types = set(get(record, org)["incident_types"])
        for kind in kinds:
            assert kind in types, f"{org}: {kind} missing from types {sorted(types)}"
    for org, kinds in expect.get("lacks_types", {}).items():
        types = set(get(record, org)["incident_types"])
        for kind in kinds:
            assert kind not in types, f"{org}: {kind} unexpected in types {sorted(types)}"

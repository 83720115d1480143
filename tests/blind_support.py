"""What the blind test rounds share: reading a record for an organisation by a lenient name
("&" -> "and", no leading "The", trailing "'s" or company suffix), and running the extractor
with the record checked against the contract. Written for the blind rounds' own format; no
expectation lives here."""

from __future__ import annotations

import re
from typing import Any

import pytest

from conftest import check_record
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

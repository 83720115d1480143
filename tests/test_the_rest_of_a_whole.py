"""The rest of a counted whole, and a normal state still to come. Invented text.

When a story counts part of a service back ("twelve of its fifteen cafes") and then tells of the
rest with no noun of its own ("the other three", "the remaining ones", "the rest"), the rest is
that counted service: expected back when a time to come is given, while the whole stays partly
back when the rest is still down. A service told to be "operating normally" again by a time to
come is expected back; one that will "continue" so never stopped."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of

HIT = "Ransomware hit Quenby Kitchens, a chain of cafes, on the weekend. "


def _claims(record: dict[str, Any]) -> set[tuple[str | None, str, str]]:
    incident = incident_of(record, "Quenby Kitchens")
    return {(c["service"], c["status"], c["mention"]) for c in incident["restoration_claims"]}


def _statuses(record: dict[str, Any]) -> dict[str, str]:
    incident = incident_of(record, "Quenby Kitchens")
    return {s["service"]: s["status"] for s in incident["services"]}


@pytest.mark.parametrize(
    ("told", "rest"),
    [
        (
            "Twelve of its fifteen cafes had reopened by Tuesday, and a manager said the other "
            "three should reopen before the end of the month.",
            "the other three",
        ),
        (
            "By Wednesday most of its cafes were serving again. The rest are due to reopen within "
            "a fortnight, the company said.",
            "The rest",
        ),
        (
            "The chain said 30 cafes were trading again. It hopes the remaining ones will reopen "
            "in the coming days.",
            "the remaining ones",
        ),
        (
            "Nine of its eleven cafes were open on Monday, and the company expects the others to "
            "reopen by Friday.",
            "the others",
        ),
    ],
)
def test_the_rest_of_a_counted_whole_is_expected_back(extract, told, rest) -> None:
    record = extract(HIT + told, published="2025-03-05")
    assert ("stores", "restoration_expected", rest) in _claims(record)


def test_the_rest_of_a_whole_still_down_leaves_it_partly_back(extract) -> None:
    record = extract(
        HIT + "Twelve of its fifteen cafes had reopened by Tuesday. The other three are still "
        "shut.",
        published="2025-03-05",
    )
    assert _statuses(record)["stores"] == "partially_restored"


@pytest.mark.parametrize(
    "told",
    [
        # a whole never counted: "the rest" may be anything
        "Its cafes were shut on Monday. The rest is expected to be sorted within days.",
        # a rest with a noun of its own is that noun's
        "Its cafes reopened on Tuesday, and it expects the remaining staff to be back at work "
        "by Friday.",
        # the others of another count, no service's
        "Two rival chains also reported problems, and the other two are expected to recover by "
        "Friday.",
    ],
)
def test_a_rest_of_no_counted_service_expects_nothing(extract, told) -> None:
    record = extract(HIT + told, published="2025-03-05")
    assert not any(status == "restoration_expected" for _, status, _ in _claims(record))


def test_a_normal_state_by_a_time_to_come_is_an_expected_return(extract) -> None:
    record = extract(
        HIT + "It said its booking site should be operating normally again by Thursday.",
        published="2025-03-05",
    )
    assert _statuses(record)["website"] == "restoration_expected"


@pytest.mark.parametrize(
    "told",
    [
        # carrying on is no return
        "It said its cafes would continue to be operating normally on Saturday.",
        # more of something by a time is no normal state
        "It said its cafes will be running extra tills by Friday to cut queues.",
    ],
)
def test_a_state_that_carries_on_or_grows_is_no_return(extract, told) -> None:
    record = extract(HIT + told, published="2025-03-05")
    assert "restoration_expected" not in _statuses(record).values()

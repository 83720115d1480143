"""The rest of a counted whole, and a normal state still to come. Invented text.

"Five of its eight warehouses were shipping again, and it expects the other three to be back
by Friday": the rest ('the other three', 'the remaining two', 'the rest'), with no noun of its
own, stands for the service counted before it. "Expects its website to be running normally by
next week" is a return still to come, where "will continue to be operating normally" is a
service that never stopped."""

from __future__ import annotations

from typing import Any

from conftest import incident_of

ATTACK = "Ransomware hit Pellow Foods on Monday. "


def _claims(record: dict[str, Any]) -> set[tuple[str | None, str, str]]:
    incident = incident_of(record, "Pellow Foods")
    return {(c["service"], c["status"], c["mention"]) for c in incident["restoration_claims"]}


def _statuses(record: dict[str, Any]) -> dict[str, str]:
    incident = incident_of(record, "Pellow Foods")
    return {s["service"]: s["status"] for s in incident["services"]}


def test_the_other_three_of_a_counted_whole_are_expected_back(extract) -> None:
    record = extract(
        ATTACK + "The grocer said five of its eight warehouses were shipping again and that it "
        "expected the other three to be back to normal by the end of next week.",
        published="2025-06-07",
    )
    claims = _claims(record)
    assert ("stock_and_supply", "partially_restored", "warehouses") in claims
    assert ("stock_and_supply", "restoration_expected", "the other three") in claims


def test_the_remaining_ones_in_the_next_sentence_are_the_same_whole(extract) -> None:
    record = extract(
        ATTACK + "The grocer said six of its eight distribution centres were working again. "
        "The remaining two are expected back within ten days.",
        published="2025-06-07",
    )
    assert ("stock_and_supply", "restoration_expected", "The remaining two") in _claims(record)


def test_the_rest_is_the_whole_that_was_counted_not_a_later_plural(extract) -> None:
    record = extract(
        ATTACK + "The grocer said most of its distribution centres had resumed deliveries and "
        "that it expected the rest to be back to normal by early next week.",
        published="2025-06-07",
    )
    expected = {(s, m) for s, status, m in _claims(record) if status == "restoration_expected"}
    assert expected == {("stock_and_supply", "the rest")}


def test_a_count_right_before_the_noun_counts_too(extract) -> None:
    record = extract(
        ATTACK + "The grocer said 40 stores were open again with tills working normally. The "
        "remaining four are expected to reopen by the end of the week.",
        published="2025-06-07",
    )
    assert ("stores", "restoration_expected", "The remaining four") in _claims(record)


def test_a_rest_with_a_noun_of_its_own_or_no_whole_before_it_stands_for_nothing(
    extract,
) -> None:
    record = extract(
        ATTACK + "Its stores reopened on Wednesday, and it expects the remaining staff to be "
        "back at work by Friday.",
        published="2025-06-07",
    )
    assert {(s, status) for s, status, _ in _claims(record)} == {("stores", "restored")}
    record = extract(
        ATTACK + "Its website was working again on Wednesday, and the grocer expects the rest "
        "to be back by Friday.",
        published="2025-06-07",
    )
    assert {(s, status) for s, status, _ in _claims(record)} == {("website", "restored")}


def test_a_normal_state_by_a_time_to_come_is_an_expected_return(extract) -> None:
    record = extract(
        ATTACK + "The grocer said it expected its website to be running normally by early next "
        "week.",
        published="2025-06-07",
    )
    assert _statuses(record)["website"] == "restoration_expected"
    assert ("website", "restoration_expected", "website") in _claims(record)


def test_a_normal_state_that_carries_on_is_no_return(extract) -> None:
    record = extract(
        ATTACK + "The grocer said its stores would continue to be operating normally on Saturday.",
        published="2025-06-07",
    )
    assert _statuses(record).get("stores") == "unaffected"
    assert _claims(record) == set()

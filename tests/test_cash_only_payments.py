"""A business restricted to cash tells its card payments disrupted (issue 13, services and
statuses; issue 12, who was hit): "its shops went cash-only", "the pumps could only take cash",
"customers were asked to pay in cash". Its end is a return: "the shops are no longer
cash-only", "card payments returned the following day". After a partial return, a part told
still cash-only now is the return's rest ("Seven stores are still cash only"). Every article
here is written for these tests; each class case fails on the code before round 72, and the
guards passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import claims, incident_of, names, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-06-12"  # a Thursday


@pytest.mark.parametrize(
    "restriction",
    [
        pytest.param("Its 30 shops went cash-only on Tuesday", id="went-cash-only"),
        pytest.param("Its 30 shops could only take cash on Tuesday", id="could-only-take"),
        pytest.param("Its 30 shops were taking cash only on Tuesday", id="taking-cash-only"),
        pytest.param("Shoppers were asked to pay in cash on Tuesday", id="asked-to-pay-in-cash"),
        pytest.param("Shoppers could pay only in cash on Tuesday", id="pay-only-in-cash"),
        pytest.param("Its 30 shops switched to cash on Tuesday", id="switched-to-cash"),
        pytest.param("Its 30 shops were limited to cash on Tuesday", id="limited-to-cash"),
    ],
)
def test_a_restriction_to_cash_is_card_payments_down(extract: Extract, restriction: str) -> None:
    text = (
        "Tolland Bakers hit by ransomware\n\n"
        f"Tolland Bakers said a ransomware attack had hit its systems. {restriction}, the "
        "Devon bakery chain said.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Tolland Bakers")
    assert statuses(incident).get("card_payments") == "disrupted"


def test_a_chain_told_only_by_its_cash_signs_is_hit(extract: Extract) -> None:
    """The restriction is the only trouble told of the chain: it is the one hit."""
    text = (
        "Pumps cash only at Ardmore Fuels after IT fault\n\n"
        "Ardmore Fuels said its 12 filling stations were cash only on Wednesday after an IT "
        "fault at its head office. A spokesperson said the fault was not caused by a cyber "
        "attack.\n"
    )
    record = extract(text, published=PUBLISHED)
    incident = incident_of(record, "Ardmore Fuels")
    assert incident["role"] == "primary"
    assert statuses(incident).get("card_payments") == "disrupted"
    assert "technical_outage" in incident["incident_types"]


@pytest.mark.parametrize(
    "end",
    [
        pytest.param(
            "On Wednesday the bakery said its shops are no longer cash-only.", id="no-longer"
        ),
        pytest.param("Card payments returned the following day.", id="returned-the-following-day"),
        pytest.param(
            "Card payments returned last night, the bakery said.", id="returned-last-night"
        ),
    ],
)
def test_the_end_of_a_cash_only_spell_is_a_return(extract: Extract, end: str) -> None:
    text = (
        "Tolland Bakers said a fault with its payment system left its 30 shops cash-only on "
        f"Monday. {end}\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Tolland Bakers")
    assert statuses(incident).get("card_payments") == "restored"
    assert ("card_payments", "restored") in claims(incident)


@pytest.mark.parametrize(
    "rest",
    [
        pytest.param("A small number of its shops are still cash-only.", id="cash-only"),
        pytest.param("Seven shops are still unable to take cards.", id="unable-to-take-cards"),
        pytest.param(
            "Some shops in Cornwall are still cash only and engineers are visiting them this "
            "afternoon.",
            id="dated-today",
        ),
    ],
)
def test_a_part_still_down_after_a_partial_return_is_its_rest(extract: Extract, rest: str) -> None:
    text = (
        "Tolland Bakers said a fault with its payment system left its 30 shops cash-only on "
        "Monday. Card payments are working again in most of its shops, the company said on "
        f"Thursday. {rest}\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Tolland Bakers")
    assert statuses(incident).get("card_payments") == "partially_restored"


def test_both_services_now_working_again_are_back(extract: Extract) -> None:
    text = (
        "Kelbourne Council was hit by a cyber attack on Monday. Its website and contact centre "
        "were knocked offline. The council said both are now working again.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Kelbourne Council")
    got = statuses(incident)
    assert got.get("website") == "restored"
    assert got.get("customer_service") == "restored"


# guards: each passed on the code before round 72


def test_a_relapse_after_a_partial_return_is_told(extract: Extract) -> None:
    """Guard: a failure again, on a day of its own, is no rest of the partial return."""
    text = (
        "Tolland Bakers said an IT failure had hit card payments in its shops on Monday. On "
        "Tuesday card payments were working again in most of its shops. On Wednesday card "
        "payments failed again in all of its shops.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Tolland Bakers")
    assert statuses(incident).get("card_payments") == "disrupted"


def test_a_cafe_that_has_always_been_cash_only_is_not_hit(extract: Extract) -> None:
    text = (
        "Tolland Bakers said a ransomware attack had taken its website offline on Monday. The "
        "Harbour Cafe next door, which has always been cash only, was busier than usual.\n"
    )
    record = extract(text, published=PUBLISHED)
    if "Harbour Cafe" in names(record):
        assert "card_payments" not in statuses(incident_of(record, "Harbour Cafe"))


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Customers could still pay in cash or by card in its shops.", id="still-pay"),
        pytest.param("The company said its cash flow was strong.", id="cash-flow"),
        pytest.param(
            "In some shops staff fell back on cash and worked out totals by hand.",
            id="fell-back-on-cash",
        ),
    ],
)
def test_cash_words_that_tell_no_card_payments_state(extract: Extract, sentence: str) -> None:
    """Guard: cash still taken beside cards, money in the bank, and a fall back on cash told
    with 'back' (a return's word) give card payments no state: neither down nor back."""
    text = (
        f"Tolland Bakers said a ransomware attack had taken its website offline on Monday. "
        f"{sentence}\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Tolland Bakers")
    assert "card_payments" not in statuses(incident)
    assert ("card_payments", "restored") not in claims(incident)


def test_shops_that_reopen_cash_only_have_no_card_payments_back(extract: Extract) -> None:
    text = (
        "Tolland Bakers shops reopen cash-only after cyber attack\n\n"
        "Tolland Bakers said its 30 shops reopened cash-only on Tuesday after a cyber attack on "
        "its payment provider.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Tolland Bakers")
    assert statuses(incident).get("card_payments") == "disrupted"
    assert ("card_payments", "restored") not in claims(incident)


def test_goods_returned_the_following_day_are_no_return(extract: Extract) -> None:
    text = (
        "Tolland Bakers said a ransomware attack had taken online orders offline on Monday. "
        "Customers returned the goods the following day.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Tolland Bakers")
    assert not [c for c in claims(incident) if c[1] == "restored"]


def test_a_pronoun_past_a_cash_restriction_stands_for_the_services_before(
    extract: Extract,
) -> None:
    """Guard (passed before round 72, failed on its first try at pronouns beside a
    restriction): the restriction names nothing 'them' in another clause could stand for;
    the card payments of the sentence before are what is to be switched back on."""
    text = (
        "Tolland Bakers has suspended card payments at its 30 shops after a cyber attack on "
        "Monday. Customers are being asked to pay in cash, and the company said it hoped to "
        "switch them back on by Saturday.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Tolland Bakers")
    assert statuses(incident).get("card_payments") == "restoration_expected"
    assert ("card_payments", "restoration_expected") in claims(incident)


def test_a_pronoun_in_the_restrictions_own_clause_is_what_it_tells_of(extract: Extract) -> None:
    """'a sign saying it is cash only' tells of the branch, not of the services the sentence
    before said were working (before round 72, "it" took them down)."""
    text = (
        "Tolland Bakers said a ransomware attack had hit its head office on Monday. Its online "
        "shop and home delivery service are running normally. A reader tells us her local "
        "branch has a sign on the door saying it is cash only until further notice.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Tolland Bakers")
    got = statuses(incident)
    assert got.get("online_orders") == "unaffected"
    assert got.get("home_delivery") == "unaffected"


def test_an_inability_over_another_service_is_not_the_subjects(extract: Extract) -> None:
    """'its branches are no longer cash-only, days after a fault left them unable to take card
    payments': the inability tells of card payments, not of the branches before it."""
    text = (
        "Harrow Opticians said its 20 branches are no longer cash-only, two days after a fault "
        "at its till supplier left them unable to take card payments.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Harrow Opticians")
    got = statuses(incident)
    assert got.get("card_payments") == "restored"
    assert got.get("stores") not in ("disrupted", "suspended")


def test_an_inability_to_reach_stores_is_the_deliveries(extract: Extract) -> None:
    """Guard: stores a delivery could not reach are where it went, no service it took."""
    text = (
        "Deliveries by Harrow Freight were unable to reach stores across Devon on Friday after "
        "a ransomware attack on its routing systems, the haulier said.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Harrow Freight")
    assert statuses(incident).get("stock_and_supply") == "disrupted"

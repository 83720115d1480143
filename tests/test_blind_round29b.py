"""Blind tests, round 29b: the service's state now, past a recap told inside the sentence.

Written by a helper who never saw the extractor's source, rules or other tests, from a
description of the class of language only (and the output spec). A sentence may recap a
service's past (a relative clause with its own time clause, or a relative clause without
its relative word) before giving its state now; "can/could again" before a verb of using
the service is a return; a return to a fraction of the whole is `partially_restored`, to
all of it `restored`. Guards: the recap is the return and the state now is trouble, a
return to the whole, and trouble that "could again" happen.

Four of the 22 cases failed on the code they were written against; the developers then
let a clause reported after a speech verb hold such a relative ("Officials said the
email system they took offline ... has been switched back on"). Three known misses are
marked below (strict xfail, with reasons); the cases are as the helper wrote them.
"""

from __future__ import annotations

import pytest

from conftest import incident_of, statuses

RECAP_IN_RELATIVE_CLAUSE = [
    pytest.param(
        "Brindle Books has been hit by a cyber attack, the bookseller said on Monday. "
        "Its website, which was taken down while specialists examined the breach, came "
        "back online on Thursday.",
        "2025-03-14",
        "Brindle Books",
        "website",
        "restored",
        id="which-taken-down-while-website-came-back-online",
    ),
    pytest.param(
        "Fenmoor Council has confirmed that a ransomware attack struck last week. "
        "The council's phone lines, which were cut off when the attackers struck, are "
        "working again, a spokesperson said.",
        "2025-02-10",
        "Fenmoor Council",
        "customer_service",
        "restored",
        id="which-cut-off-when-phone-lines-working-again",
    ),
    pytest.param(
        "Northvale Rail said a technical outage had hit its IT systems on Friday. "
        "Online ticket sales, which were halted after the fault was found, resumed on "
        "Sunday morning.",
        "2025-06-16",
        "Northvale Rail",
        "online_orders",
        "restored",
        id="which-halted-after-online-sales-resumed",
    ),
    pytest.param(
        "Kestlow General Hospital was hit by a cyber attack at the weekend. "
        "Its pharmacy, which had been shut while staff switched to paper records, "
        "reopened to patients on Tuesday.",
        "2024-11-20",
        "Kestlow General Hospital",
        "pharmacy",
        "restored",
        id="which-had-been-shut-while-pharmacy-reopened",
    ),
]

RECAP_IN_REDUCED_RELATIVE = [
    pytest.param(
        "Pellow & Grange, the department store chain, was hit by ransomware last week. "
        "The click and collect service it suspended on Tuesday is back up and running, "
        "the retailer said.",
        "2025-05-12",
        "Pellow & Grange",
        "click_and_collect",
        "restored",
        id="it-suspended-click-and-collect-is-back",
    ),
    pytest.param(
        "Corvane Foods has been hit by a cyber attack, the supermarket group said. "
        "The home deliveries it halted on 3 May have now restarted.",
        "2025-05-09",
        "Corvane Foods",
        "home_delivery",
        "restored",
        id="it-halted-home-deliveries-have-restarted",
    ),
    pytest.param(
        "Ashbury Council was targeted by hackers on Monday. "
        "Officials said the email system they took offline that afternoon has been "
        "switched back on.",
        "2025-01-17",
        "Ashbury Council",
        "internal_systems",
        "restored",
        id="they-took-offline-email-switched-back-on",
    ),
    pytest.param(
        "Quillon Sports confirmed it had suffered a cyber attack on Friday. "
        "The shops it closed on Saturday reopened this morning.",
        "2025-04-07",
        "Quillon Sports",
        "stores",
        "restored",
        id="it-closed-shops-reopened",
    ),
]

CAN_AGAIN = [
    pytest.param(
        "Hollins & Reed, the fashion retailer, said an IT failure had disrupted trading "
        "on Wednesday. Customers can again redeem gift cards, the company said on Friday.",
        "2025-08-22",
        "Hollins & Reed",
        "gift_cards",
        "restored",
        id="can-again-redeem-gift-cards",
    ),
    pytest.param(
        "Dunmere Coffee, the café chain, was struck by a cyber attack in early March. "
        "By the end of the month, loyalty points could again be redeemed in its cafés.",
        "2025-04-02",
        "Dunmere Coffee",
        "loyalty_program",
        "restored",
        id="could-again-be-redeemed-loyalty-points",
        marks=pytest.mark.xfail(
            reason="'by the end of the month' after 'early March' is read as April's end: expected",
            strict=True,
        ),
    ),
    pytest.param(
        "Penhallow Grocers said on Saturday that a technical outage had caused long "
        "queues. Shoppers can again pay by card at its checkouts, the grocer said on "
        "Sunday.",
        "2025-07-13",
        "Penhallow Grocers",
        "card_payments",
        "restored",
        id="can-again-pay-by-card",
    ),
    pytest.param(
        "Wyvern Housing Association has confirmed it was the victim of a ransomware "
        "attack. Tenants could again reach its repairs team by phone from Wednesday "
        "afternoon.",
        "2025-03-21",
        "Wyvern Housing Association",
        "customer_service",
        "restored",
        id="could-again-reach-by-phone",
        marks=pytest.mark.xfail(
            reason="no victim found ('has confirmed it was the victim of a ransomware attack')",
            strict=True,
        ),
    ),
]

RETURN_TO_FRACTION = [
    pytest.param(
        "Tallis Hardware, the DIY retailer, was hit by a ransomware attack on 2 June. "
        "By Friday three-quarters of its branches were trading again.",
        "2025-06-09",
        "Tallis Hardware",
        "stores",
        "partially_restored",
        id="three-quarters-of-branches-trading-again",
    ),
    pytest.param(
        "Greyfriars Hospital Trust said it was recovering from a cyber attack that began "
        "last month. Around 40 per cent of its IT systems are back online, the trust said.",
        "2025-10-03",
        "Greyfriars Hospital Trust",
        "internal_systems",
        "partially_restored",
        id="40-per-cent-of-it-systems-back-online",
    ),
    pytest.param(
        "Rowanbridge Health said a cyber attack had hit its operations on Monday. "
        "Half of its pharmacies were dispensing prescriptions again by Thursday.",
        "2025-09-12",
        "Rowanbridge Health",
        "pharmacy",
        "partially_restored",
        id="half-of-pharmacies-dispensing-again",
    ),
    pytest.param(
        "Marchbank Group, the department store owner, said a software fault struck on "
        "Saturday. Card payments have been restored at a fifth of its tills, it said on "
        "Monday.",
        "2025-11-04",
        "Marchbank Group",
        "card_payments",
        "partially_restored",
        id="a-fifth-of-tills-card-payments-restored",
    ),
]

GUARD_WHOLE = [
    pytest.param(
        "Ferncastle Opticians was hit by a cyber attack last Tuesday, the company said. "
        "Every one of its branches has now reopened.",
        "2025-02-24",
        "Ferncastle Opticians",
        "stores",
        "restored",
        id="guard-whole-every-branch-reopened",
    ),
    pytest.param(
        "Halberd Furniture said hackers had breached its computers on 14 October. "
        "Deliveries to customers have restarted from all of its depots.",
        "2025-10-24",
        "Halberd Furniture",
        "home_delivery",
        "restored",
        id="guard-whole-deliveries-from-all-depots",
    ),
]

GUARD_REVERSE = [
    pytest.param(
        "Marlowe Interiors has been hit by a cyber attack, the homeware chain confirmed. "
        "The website it brought back on Friday crashed again on Sunday.",
        "2025-03-18",
        "Marlowe Interiors",
        "website",
        "disrupted",
        id="guard-reverse-website-it-brought-back-crashed-again",
    ),
    pytest.param(
        "Ostrander Bank said an IT failure had hit it on Monday. "
        "Its mobile app, which was restored after engineers rolled out a fix on Tuesday, "
        "went down again on Wednesday.",
        "2025-05-22",
        "Ostrander Bank",
        "mobile_app",
        "disrupted",
        id="guard-reverse-app-which-was-restored-went-down-again",
    ),
    pytest.param(
        "Carrick Cinemas said a technical outage had hit it on Saturday. "
        "Its website, which was fixed on Sunday, could again go down if demand spikes, "
        "the company warned.",
        "2025-12-02",
        "Carrick Cinemas",
        "website",
        "restored",
        id="guard-risk-website-which-was-fixed-could-again-go-down",
        marks=pytest.mark.xfail(
            reason="a return in an aside before a risk to come is not read", strict=True
        ),
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "org", "service", "expected"), RECAP_IN_RELATIVE_CLAUSE
)
def test_state_now_past_recap_in_relative_clause_with_time_clause(
    extract, text, published, org, service, expected
):
    incident = incident_of(extract(text, published=published), org)
    assert statuses(incident).get(service) == expected


@pytest.mark.parametrize(
    ("text", "published", "org", "service", "expected"), RECAP_IN_REDUCED_RELATIVE
)
def test_state_now_past_recap_in_relative_clause_without_relative_word(
    extract, text, published, org, service, expected
):
    incident = incident_of(extract(text, published=published), org)
    assert statuses(incident).get(service) == expected


@pytest.mark.parametrize(("text", "published", "org", "service", "expected"), CAN_AGAIN)
def test_can_or_could_again_use_the_service_is_restored(
    extract, text, published, org, service, expected
):
    incident = incident_of(extract(text, published=published), org)
    assert statuses(incident).get(service) == expected


@pytest.mark.parametrize(("text", "published", "org", "service", "expected"), RETURN_TO_FRACTION)
def test_return_to_a_fraction_of_the_whole_is_partially_restored(
    extract, text, published, org, service, expected
):
    incident = incident_of(extract(text, published=published), org)
    assert statuses(incident).get(service) == expected


@pytest.mark.parametrize(("text", "published", "org", "service", "expected"), GUARD_WHOLE)
def test_guard_return_to_the_whole_is_restored(extract, text, published, org, service, expected):
    incident = incident_of(extract(text, published=published), org)
    assert statuses(incident).get(service) == expected


@pytest.mark.parametrize(("text", "published", "org", "service", "expected"), GUARD_REVERSE)
def test_guard_recap_of_return_then_state_now_or_risk_to_come(
    extract, text, published, org, service, expected
):
    incident = incident_of(extract(text, published=published), org)
    assert statuses(incident).get(service) == expected


def test_guard_trouble_that_could_again_happen_gives_no_status(extract):
    text = (
        "Brackley Garden Centres was hit by a ransomware attack last week, the chain said. "
        "Security experts warned that card payments could again fail if the gang returns."
    )
    incident = incident_of(extract(text, published="2025-04-15"), "Brackley Garden Centres")
    assert statuses(incident).get("card_payments") is None

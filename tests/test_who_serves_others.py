"""The story's organisation serves other organisations, told in the story's own words: its
name as the subject of a verb of service with businesses as whom it serves ('X operates
lorries for 1,200 trade customers'), a description whose recipients lie past its first words
('X, which runs branches in four counties and provides card terminals to 9,000 traders'), its
clients named after a bare kind ('X's clients, toy maker A and cookware brand B'), or its
product used by them ('The scheduling tool, which is used by 300 surgeries, ...'). The others
named hit in its story were hit through it: their incidents are third_party. Invented text."""

from __future__ import annotations

import pytest

from conftest import incident_of

PROVIDER_TOLD = [
    (
        "Chilled deliveries late after Ferrybridge Freight booking crash\n\n"
        "Ferrybridge Freight operates refrigerated lorries for some 1,200 trade customers in "
        "Somerset.\n\n"
        "Its booking system crashed on Sunday night and stayed down until Tuesday.\n\n"
        "Taunton deli Mariner's Pantry said its deliveries had been delayed by two days because "
        "of the crash.",
        "Mariner's Pantry",
    ),
    (
        "Traders take cash only after Alder Savings terminal fault\n\n"
        "A software fault at Alder Savings stopped card terminals working across Shropshire on "
        "Saturday.\n\n"
        "Alder Savings, which runs branches in four counties and provides card terminals to "
        "about 9,000 traders, blamed an overnight change to its payment servers.\n\n"
        "Wrenfold Books in Ludlow said it could not take card payments for four hours.",
        "Wrenfold Books",
    ),
    (
        "Ransomware hits Orwin Haulage\n\n"
        "Orwin Haulage said ransomware had locked its route planning servers on Thursday.\n\n"
        "Orwin Haulage's clients, toy maker Pebble Lane and cookware brand Loftwell, said their "
        "deliveries had been delayed by a week.",
        "Loftwell",
    ),
    (
        "Vet surgeries lose bookings in Kestwick outage\n\n"
        "Kestwick Health's booking servers went down on Tuesday after a failed database "
        "upgrade.\n\n"
        "The scheduling tool, which is used by about 300 veterinary surgeries, stopped loading "
        "at 9am and was fixed by the evening, Kestwick Health said.\n\n"
        "Harrowfield Vets said it could not see its appointments for most of the day.",
        "Harrowfield Vets",
    ),
    (
        "Payroll outage at Denholm Pay\n\n"
        "Denholm Pay runs the weekly payroll for 40 dental practices in Yorkshire.\n\n"
        "Its systems failed on Tuesday after a storage fault, and wages were delayed.\n\n"
        "Ashcombe Dental said its payroll system was down for two days.",
        "Ashcombe Dental",
    ),
    (
        "Hackers hit appointment software firm Tovey Digital\n\n"
        "Tovey Digital said hackers broke into its servers on Sunday night.\n\n"
        "Its booking software is used by 250 veterinary practices in Scotland.\n\n"
        "Fallowfield Vets in Perth said it could not see the day's appointments on Monday.",
        "Fallowfield Vets",
    ),
]


@pytest.mark.parametrize(("text", "client"), PROVIDER_TOLD)
def test_a_client_of_a_provider_told_in_the_story_was_hit_through_it(
    extract, text: str, client: str
) -> None:
    record = extract(text, published="2025-06-02")
    assert "third_party" in incident_of(record, client)["incident_types"]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            # a bank's own customers are people: no business is served
            "Outage hits Harrowgate Bank app\n\n"
            "A software fault at Harrowgate Bank left its mobile app out of action on Saturday "
            "morning.\n\n"
            "Harrowgate Bank, which has about 400,000 personal customers and provides loans to "
            "around 20,000 households, said the fault was fixed by lunchtime.\n\n"
            "Rival lender Quayside Savings said a fault had also taken its website offline.",
            "Quayside Savings",
        ),
        (
            # "had used ... by": no product used by others; the attackers used it
            "Hackers steal data from Orrinford Lending\n\n"
            "Orrinford Lending said hackers had stolen the details of 40,000 borrowers.\n\n"
            "The attackers had used a login taken by phishing to reach its systems. A separate "
            "attack on Pellbrook Credit also took its website offline this week.",
            "Pellbrook Credit",
        ),
    ],
)
def test_a_victim_beside_one_that_serves_no_business_has_its_own_incident(
    extract, text: str, other: str
) -> None:
    record = extract(text, published="2025-06-02")
    assert "third_party" not in incident_of(record, other)["incident_types"]


@pytest.mark.parametrize(
    ("told", "routed"),
    [
        ("Another logistics firm, Tarrant Logistics, was hit by the same fault.", True),
        # guard: a provider with a trouble of its own keeps it
        (
            "Another logistics firm, Tarrant Logistics, said a separate ransomware attack had "
            "shut its booking system.",
            False,
        ),
    ],
)
def test_a_provider_hit_by_the_same_trouble_as_a_client_was_one_too(
    extract, told: str, routed: bool
) -> None:
    record = extract(
        "Scheduling fault hits removals firms\n\n"
        "Quayline, whose scheduling software is used by 300 removals firms, said a faulty "
        "update had stopped customers seeing their job lists on Tuesday. Ormsby Removals said "
        "it had cancelled 20 moves because of the fault. " + told,
        published="2025-06-18",
    )
    types = incident_of(record, "Tarrant Logistics")["incident_types"]
    assert ("third_party" in types) is routed

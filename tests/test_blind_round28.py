"""Blind tests, round 28: online ordering told through the act of buying.

Written by a helper who never saw the extractor's rules or source, only from a
description of the class, the output contract (spec/incident-record.md) and the
dev-set README.

The class: the spec's ``online_orders`` service ("ordering on the website or app,
e-commerce, online sales") told not by a noun such as "online orders" but by the
act itself -- a customer's order, booking, purchase or payment made online or
through the organisation's website or app, in any grammatical form. Such a sentence
gives ``online_orders`` the status it states, and the website or app named there is
only the channel, not a ``website`` / ``mobile_app`` service of its own.

Guards: "online" with no customer purchase (systems back online, data sold online by
criminals, a notice published online, staff working online), and a website or app
said to be down or back with no purchase named (that is ``website`` / ``mobile_app``).

Ten of the 22 cases failed on the code they were written against. The developers then
widened the grammar by class (a noun bought, ordered or booked through a channel, also in
the passive; "check out" online) and eight are known misses (strict xfail below, each with
the reason): three whose victim is not found at all, four whose status words the tool does
not read, and one where the bought noun is itself a service word, which keeps its own
reading by design. The cases themselves are as the helper wrote them.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses

KNOWN_MISSES = {
    "pharmacy-prescriptions-ordered-through-app-as-normal": (
        "a service word bought through a channel stays its own service (pharmacy)"
    ),
    "participle-placed-through-website-not-processed": "'not being processed' is no status cue",
    "cinema-reserve-seats-on-website-from-friday": "'will be able to ... again' is no claim",
    "website-as-subject-accepting-orders-again": "an adverb before 'accepting orders'",
    "buy-tickets-through-app-again-in-some-regions": "'can now ... again' is no claim",
    "purchases-through-app-expected-back-next-week": "no victim found ('suffered a cyber attack')",
}


def _cases(cases: list[tuple[Any, ...]]) -> list[Any]:
    return [
        pytest.param(
            *case[1:],
            id=case[0],
            marks=[pytest.mark.xfail(reason=KNOWN_MISSES[case[0]], strict=True)]
            if case[0] in KNOWN_MISSES
            else [],
        )
        for case in cases
    ]


# (id, organisation, text, expected online_orders status, channel that must be absent)
CLASS_CASES: list[tuple[str, str, str, str, str | None]] = [
    (
        "participle-placed-through-website-not-processed",
        "Brindle Books",
        "Brindle Books, the independent bookseller, has been hit by a cyber attack. "
        "Orders placed through the Brindle Books website are not being processed, "
        "the company said on Monday.",
        "disrupted",
        "website",
    ),
    (
        "council-book-collections-online-cannot",
        "Fenmoor Council",
        "Fenmoor Council has suffered a ransomware attack on its computer network. "
        "Residents cannot book bulky waste collections or buy garden waste permits "
        "online at the moment.",
        "disrupted",
        None,
    ),
    (
        "rail-tickets-bought-through-app-again",
        "Harlow Rail",
        "Harlow Rail was hit by an IT failure last week that left staff without email. "
        "Tickets can once again be bought through the Harlow Rail app, the operator "
        "said on Wednesday.",
        "restored",
        "mobile_app",
    ),
    (
        "dentist-patients-unable-to-book-online",
        "Kettering Smile Dental",
        "Kettering Smile Dental has been targeted by hackers. Patients were unable to "
        "book appointments online throughout the weekend, the practice said.",
        "disrupted",
        None,
    ),
    (
        "cinema-reserve-seats-on-website-from-friday",
        "Corvex Cinemas",
        "Corvex Cinemas has been recovering from a cyber attack that struck one of its "
        "IT suppliers. Film fans will be able to reserve seats on the "
        "Corvex Cinemas website again from Friday, the chain said.",
        "restoration_expected",
        "website",
    ),
    (
        "pharmacy-prescriptions-ordered-through-app-as-normal",
        "Dunmore Pharmacy",
        "Dunmore Pharmacy has confirmed a data breach after an attack on its servers. "
        "Prescriptions ordered through the Dunmore Pharmacy app are still being "
        "dispatched as normal, the company stressed.",
        "unaffected",
        "mobile_app",
    ),
    (
        "bank-currency-orders-made-online-suspended",
        "Harcastle Bank",
        "Harcastle Bank has been hit by a cyber attack, the lender confirmed. "
        "Travel money orders made online have been suspended while the investigation "
        "continues.",
        "suspended",
        None,
    ),
    (
        "shoppers-could-not-check-out-on-website",
        "Pellow & Finch",
        "Pellow & Finch, the department store group, suffered a major IT outage on "
        "Tuesday. Shoppers could not check out on the Pellow & Finch website for most "
        "of the day.",
        "disrupted",
        "website",
    ),
    (
        "website-as-subject-accepting-orders-again",
        "Marlow Tea Company",
        "Marlow Tea Company was the victim of a ransomware attack earlier this month. "
        "Its website is once more accepting orders, a spokesperson said on Thursday.",
        "restored",
        "website",
    ),
    (
        "buy-tickets-through-app-again-in-some-regions",
        "Southline Coaches",
        "Southline Coaches has been hit by a cyber attack on its systems. Passengers in "
        "some regions can now buy tickets through the app again, while others must "
        "still pay the driver.",
        "partially_restored",
        "mobile_app",
    ),
    (
        "diners-remain-unable-to-book-tables-through-app",
        "Rosso Kitchen",
        "Rosso Kitchen, the restaurant chain, has suffered a technical failure at its "
        "data centre. Diners remain unable to book tables through the Rosso Kitchen "
        "app.",
        "disrupted",
        "mobile_app",
    ),
    (
        "passive-bookings-cannot-be-made-on-website",
        "Ashcombe Leisure",
        "Ashcombe Leisure, which runs swimming pools and gyms for the county, was hit "
        "by a cyber attack on Sunday. Bookings cannot currently be made on the Ashcombe "
        "Leisure website, the trust said.",
        "disrupted",
        "website",
    ),
    (
        "customers-can-still-shop-online-as-normal",
        "Greenway Grocers",
        "Greenway Grocers has been hit by a cyber attack that took down its tills in "
        "several branches. Customers can still shop online as normal, the grocer said.",
        "unaffected",
        None,
    ),
    (
        "retailer-stopped-taking-orders-on-its-website",
        "Kestrel Fashion",
        "Kestrel Fashion has been hit by a ransomware attack, the clothing retailer "
        "confirmed. As a precaution it has stopped taking orders on its website while "
        "the attack is investigated.",
        "suspended",
        "website",
    ),
    (
        "purchases-through-app-expected-back-next-week",
        "Oakridge Hardware",
        "Oakridge Hardware suffered a cyber attack last month. Purchases through the "
        "Oakridge Hardware app are expected to be possible again next week, the company "
        "said.",
        "restoration_expected",
        "mobile_app",
    ),
    (
        "anyone-trying-to-pay-for-permits-online-gets-error",
        "Thornbury District Council",
        "Thornbury District Council has been hit by a serious IT outage. For now, "
        "anyone trying to pay for a parking permit online is shown an error message, "
        "and the council has apologised.",
        "disrupted",
        None,
    ),
]

# (id, organisation, text, service that must be present with this status, or None)
GUARD_CASES: list[tuple[str, str, str, tuple[str, str] | None]] = [
    (
        "guard-systems-brought-back-online",
        "Brindle Books",
        "Brindle Books, the independent bookseller, has been hit by a cyber attack. "
        "Its systems were brought back online on Monday after engineers worked through "
        "the weekend.",
        None,
    ),
    (
        "guard-criminals-sell-data-online",
        "Harcastle Bank",
        "Harcastle Bank has confirmed a data breach affecting thousands of customers. "
        "Criminals have since offered the stolen records for sale online.",
        None,
    ),
    (
        "guard-council-notice-published-online",
        "Fenmoor Council",
        "Fenmoor Council has suffered a ransomware attack on its computer network. "
        "The council published a notice online apologising to residents for the delays.",
        None,
    ),
    (
        "guard-staff-working-online-from-home",
        "Greenway Grocers",
        "Greenway Grocers has been hit by a cyber attack on its head office. Staff have "
        "been working online from home while the offices are cleaned up.",
        None,
    ),
    (
        "guard-website-down-no-purchase",
        "Corvex Cinemas",
        "Corvex Cinemas has been hit by a cyber attack, the chain said. The Corvex "
        "Cinemas website was down for most of Saturday.",
        ("website", "disrupted"),
    ),
    (
        "guard-app-back-up-no-purchase",
        "Rosso Kitchen",
        "Rosso Kitchen, the restaurant chain, has suffered a technical failure at its "
        "data centre. Its app is back up and running, the company said on Friday.",
        ("mobile_app", "restored"),
    ),
]


@pytest.mark.parametrize(
    ("org", "text", "expected", "channel"),
    _cases(CLASS_CASES),
)
def test_act_of_buying_online_gives_online_orders_status(
    extract: Any, org: str, text: str, expected: str, channel: str | None
) -> None:
    record = extract(text, published="2025-05-14")
    found = statuses(incident_of(record, org))
    assert found.get("online_orders") == expected, found
    if channel is not None:
        assert channel not in found, found


@pytest.mark.parametrize(
    ("org", "text", "present"),
    _cases(GUARD_CASES),
)
def test_online_without_customer_purchase_gives_no_online_orders(
    extract: Any, org: str, text: str, present: tuple[str, str] | None
) -> None:
    record = extract(text, published="2025-05-14")
    found = statuses(incident_of(record, org))
    assert "online_orders" not in found, found
    if present is not None:
        service, status = present
        assert found.get(service) == status, found

"""Blind tests, round 32: returns that fall short, and troubles over a closed stretch of the past.

How this file was written: blind, from two class descriptions in a brief (A: a return
whose sentence goes on, after a contrast word, to say it is incomplete is
`partially_restored`; B: a service told in the simple past as down FOR a stretch of time
is `restored` now unless the stretch is still running, is still to come, or a later
sentence says it is still down). The only inputs read were that brief,
`tests/conftest.py` (for its helpers), the output contract
(`/work/shared/spec/incident-record.md`) and the devset annotation conventions
(`/work/shared/devset/README.md`). No extractor source, no other test, fixture, case
file, devset article or gold file was read, and the expectations were written before
the extractor was ever run on these texts. Every organisation and sentence is invented.

Class B's twelve cases were removed after the file was written: the rule they test was
measured and dropped (the devset and the readable case sets annotate a trouble told over a
closed stretch as the trouble, not as a return), so they test behaviour the project decided
against. Class A is kept as written; four cases are strict xfails, each with its reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses


def claim_statuses(incident: dict[str, Any], service: str) -> list[str]:
    """The statuses of the restoration claims about `service`, in record order."""
    return [c["status"] for c in incident["restoration_claims"] if c["service"] == service]


# ---------------------------------------------------------------------------
# Class A: a return that falls short is partial
# ---------------------------------------------------------------------------

# (id, organisation, published, text, service, expected status of service and claim)
CLASS_A = [
    (
        "a_fullness_denied_online_orders",
        "Harlow Vane Outfitters",
        "2024-03-14",
        "Harlow Vane Outfitters restores web shop after cyber attack\n\n"
        "Harlow Vane Outfitters, a clothing retailer, was hit by a cyber attack last Thursday. "
        "Online ordering is back, though not yet at full capacity. "
        "The company said it was working with outside specialists.",
        "online_orders",
        "partially_restored",
    ),
    (
        "a_not_all_features_mobile_app",
        "Quellmoor Bank",
        "2023-11-08",
        "Quellmoor Bank app returns after IT failure\n\n"
        "Quellmoor Bank suffered an IT failure on Monday morning. "
        "Its mobile app is working again, but not all of its features are available. "
        "The bank apologised for the inconvenience.",
        "mobile_app",
        "partially_restored",
    ),
    (
        "a_reduced_range_home_delivery",
        "Tamsey Fresh Foods",
        "2024-06-03",
        "Grocer Tamsey Fresh Foods resumes deliveries\n\n"
        "Tamsey Fresh Foods was hit by a cyber attack over the weekend. "
        "Home deliveries have resumed, but on a reduced range of products. "
        "A spokesperson said the firm was still investigating.",
        "home_delivery",
        "partially_restored",
    ),
    (
        "a_only_partly_card_payments",
        "Orrin Leigh Garden Centres",
        "2024-04-22",
        "Orrin Leigh Garden Centres hit by till outage\n\n"
        "Orrin Leigh Garden Centres was hit by an IT failure on Saturday. "
        "Card payments at its garden centres are working again, though only partly. "
        "Managers have put up signs at the entrances.",
        "card_payments",
        "partially_restored",
    ),
    (
        "a_customers_elsewhere_click_and_collect",
        "Corrick Hardware Stores",
        "2025-01-16",
        "Corrick Hardware Stores recovering from cyber attack\n\n"
        "Corrick Hardware Stores was hit by a cyber attack last week. "
        "Click and collect is running again at its Norwich store, but customers elsewhere "
        "face delays. "
        "The chain has 40 shops across East Anglia.",
        "click_and_collect",
        "partially_restored",
    ),
    (
        "a_rest_of_branches_card_payments",
        "Stanbury Homeware",
        "2024-09-11",
        "Stanbury Homeware tills back in one branch\n\n"
        "Stanbury Homeware was hit by an IT failure on Tuesday. "
        "Tills are working again at its Bristol store, but the rest of its branches face long "
        "queues. "
        "The retailer blamed a faulty network switch.",
        "card_payments",
        "partially_restored",
    ),
    (
        "a_for_emergency_calls_only",
        "Dunhallow District Council",
        "2024-02-15",
        "Dunhallow District Council helpline partly back\n\n"
        "Dunhallow District Council was hit by a ransomware attack on Friday. "
        "Its customer contact centre reopened on Wednesday for emergency calls only. "
        "Residents have been asked to be patient.",
        "customer_service",
        "partially_restored",
    ),
    (
        "a_for_collections_only_pharmacy",
        "Larkspur Health Pharmacies",
        "2025-05-19",
        "Larkspur Health Pharmacies reopens counters\n\n"
        "Larkspur Health Pharmacies was hit by an IT failure on Sunday. "
        "Its pharmacy counters reopened on Monday for prescription collections only. "
        "The company expects a full service later in the week.",
        "pharmacy",
        "partially_restored",
    ),
    # Guards: the contrast clause does not make the return fall short.
    (
        "a_guard_denies_trouble",
        "Glenmarra Sports",
        "2024-07-30",
        "Glenmarra Sports card payments back\n\n"
        "Glenmarra Sports was hit by an IT failure on Friday afternoon. "
        "Card payments are working again in all of its shops, although not every shop had "
        "been affected. "
        "The retailer thanked customers for their patience.",
        "card_payments",
        "restored",
    ),
    (
        "a_guard_backlog_will_take_weeks",
        "Kestrow Haulage",
        "2023-10-05",
        "Kestrow Haulage back on the road after cyber attack\n\n"
        "Kestrow Haulage was hit by a cyber attack last week. "
        "Deliveries to customers have resumed, but the backlog will take weeks to clear. "
        "The haulier runs 300 lorries from its depot in Doncaster.",
        "home_delivery",
        "restored",
    ),
    (
        "a_guard_orders_could_arrive_late",
        "Pennick Books",
        "2024-12-09",
        "Pennick Books takes orders again\n\n"
        "Pennick Books was hit by a cyber attack on Thursday. "
        "Online orders have resumed, although some orders could arrive late. "
        "The bookseller said no payment details were taken.",
        "online_orders",
        "restored",
    ),
    (
        "a_guard_other_service_limited",
        "Ellery Vale Cosmetics",
        "2025-02-24",
        "Ellery Vale Cosmetics website back online\n\n"
        "Ellery Vale Cosmetics was hit by a cyber attack earlier this month. "
        "The website is back online, although the loyalty scheme remains limited. "
        "The brand sells through 120 shops.",
        "website",
        "restored",
    ),
]


# a case the extractor does not yet meet, and why (added after the blind run)
HEADLINE_CLAIM = (
    "the headline's bare return is a claim of its own beside the story's partial one, as the "
    "case sets' gold lists both (a headline-refinement rule was measured and dropped)"
)
# a_rest_of_branches_card_payments passes since round 49 (trouble faced or experienced,
# "the rest of its branches face long queues", is a disruption) and has left this list
KNOWN_GAPS = {
    "a_fullness_denied_online_orders": HEADLINE_CLAIM,
    "a_not_all_features_mobile_app": HEADLINE_CLAIM,
    "a_reduced_range_home_delivery": HEADLINE_CLAIM,
    # the case sets' annotators read a haulier's deliveries to customers as its stock and
    # supply (round 62 reads them so); this guard's return is read, on that service
    "a_guard_backlog_will_take_weeks": "a haulier's deliveries are its stock_and_supply "
    "(restored), as the case sets' gold reads hauliers', ports' and foundries' deliveries",
}


@pytest.mark.parametrize(
    ("org", "published", "text", "service", "expected"),
    [
        pytest.param(
            *row[1:],
            id=row[0],
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[row[0]])]
            if row[0] in KNOWN_GAPS
            else [],
        )
        for row in CLASS_A
    ],
)
def test_return_that_falls_short_is_partial(
    extract: Any, org: str, published: str, text: str, service: str, expected: str
) -> None:
    incident = incident_of(extract(text, published=published), org)
    assert statuses(incident).get(service) == expected
    claims = claim_statuses(incident, service)
    assert claims, f"no restoration claim for {service}"
    assert set(claims) == {expected}

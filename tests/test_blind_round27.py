"""Blind tests, round 27.

Written by a helper who never saw the extractor's rules, source or other tests, only the
output contract (spec/incident-record.md), the devset README's conventions and a short
description of two classes of language:

1. Hit through a firm named by the service it gives the victim ("an outage at its payment
   processor", "an attack on its IT provider", "the company that runs its booking system"):
   the victim's incident types include ``third_party``. Guards: the victim is itself such a
   firm, the firm was chosen after the attack, was unaffected, or only helped or warned.
2. A restrictive relative clause picks out the service and the verb after it gives the
   service's state now ("Stores that closed on Saturday are expected to reopen on Monday").
   Guards: the service as an object ("reopened the stores that had closed"), and the relative
   clause's own verb as the only status.

Every sentence here is invented; organisations are fictional.

Six of the 22 cases failed on the code they were written against. The developers then
widened the rules by class (a modifier before the firm's noun, a gerund naming the service,
the service's head noun before the relative pronoun, the predicate's clause as the
service's own) and added the trade-word rule for names opening a sentence; the cases
themselves are as the helper wrote them, one known miss marked.
"""

from __future__ import annotations

import pytest

from conftest import incident_of, statuses

PUBLISHED = "2025-03-14"

# --- class 1: third party named by the service it gives the victim -------------------------

THIRD_PARTY_CASES = [
    pytest.param(
        "Brindle Books said card payments failed in its shops on Friday because of an outage "
        "at its payment processor. The bookseller said shoppers could still pay in cash.",
        "Brindle Books",
        id="class1-payment-processor-outage",
    ),
    pytest.param(
        "Fenmoor Council said its website and online forms were taken offline after a "
        "ransomware attack on its IT provider. The council asked residents to phone its "
        "offices instead.",
        "Fenmoor Council",
        id="class1-ransomware-on-it-provider",
    ),
    pytest.param(
        "Cinema chain Marlow could not sell tickets online on Saturday because of a technical "
        "problem at the company that runs its booking system. Its cinemas stayed open and sold "
        "tickets at the door.",
        "Marlow",
        id="class1-company-that-runs-booking-system",
    ),
    pytest.param(
        "Ferry operator Solway Link said hackers got into a third-party booking platform used "
        "by its call centre. Names and phone numbers of some passengers were accessed, the "
        "operator said.",
        "Solway Link",
        id="class1-third-party-platform-used-by-call-centre",
    ),
    pytest.param(
        "Harcastle Bank said thousands of customers had their cards declined on Monday after "
        "an IT outage at the firm that processes its card payments. The bank said the problem "
        "was fixed by the evening.",
        "Harcastle Bank",
        id="class1-firm-that-processes-card-payments",
    ),
    pytest.param(
        "Pennock Dental said patients could not book appointments online after a cyber attack "
        "on the software company that hosts its patient records. The practice said it was "
        "taking bookings by phone.",
        "Pennock Dental",
        id="class1-company-that-hosts-records",
    ),
    pytest.param(
        "Software firm Tarnwick said its customers could not log in for six hours on Tuesday "
        "because of an outage at its cloud hosting provider. Service was restored on Tuesday "
        "evening.",
        "Tarnwick",
        id="class1-cloud-hosting-provider-outage",
    ),
    pytest.param(
        "Greywell Hospital said blood test results were delayed after a ransomware attack on "
        "the company that runs its pathology services. Some operations were postponed.",
        "Greywell Hospital",
        id="class1-company-that-runs-pathology",
    ),
]


@pytest.mark.parametrize(("text", "victim"), THIRD_PARTY_CASES)
def test_class1_third_party_named_by_service(extract, text, victim):
    record = extract(text, published=PUBLISHED)
    incident = incident_of(record, victim)
    assert "third_party" in incident["incident_types"], incident["incident_types"]


THIRD_PARTY_GUARDS = [
    pytest.param(
        "Kelso Bank, a card processor for small shops, said hackers stole customer data in a "
        "cyber attack last week. The bank said it had told the police.",
        "Kelso Bank",
        id="class1-guard-victim-is-the-processor",
    ),
    pytest.param(
        "Retailer Dunmore Outdoor said card payments failed in all its stores on Friday after "
        "an IT outage. The retailer has since moved its payments to a new processor.",
        "Dunmore Outdoor",
        id="class1-guard-processor-chosen-after",
    ),
    pytest.param(
        "Ashby Council said a cyber attack took its website offline on Tuesday. The company "
        "that runs its payroll was not affected, the council said, and staff would be paid "
        "as normal.",
        "Ashby Council",
        id="class1-guard-payroll-firm-unaffected",
    ),
    pytest.param(
        "Pellow Pharmacy said it was hit by a ransomware attack on Monday that shut its online "
        "prescription service. Its IT provider is helping it to restore its systems, and the "
        "firm that processes its card payments had warned it of suspicious activity.",
        "Pellow Pharmacy",
        id="class1-guard-provider-only-helped-or-warned",
    ),
]


@pytest.mark.parametrize(("text", "victim"), THIRD_PARTY_GUARDS)
def test_class1_guard_no_third_party(extract, text, victim):
    record = extract(text, published=PUBLISHED)
    incident = incident_of(record, victim)
    assert "third_party" not in incident["incident_types"], incident["incident_types"]


# --- class 2: restrictive relative clause picks the service, main verb gives its state -----

RELATIVE_CLAUSE_CASES = [
    pytest.param(
        "Retailer Brackley Home closed its stores on Saturday after a cyber attack. Stores "
        "that closed on Saturday are expected to reopen on Monday, the company said.",
        "Brackley Home",
        "stores",
        "restoration_expected",
        id="class2-stores-that-closed-expected-to-reopen",
        # known miss (added by the developers, the case as the helper wrote it): a trade
        # word opening the sentence ("Retailer Brackley Home") is dropped from the name only
        # when the article writes the name without it or the word as a noun elsewhere
        marks=pytest.mark.xfail(strict=True, reason="'Retailer X' named once keeps 'Retailer'"),
    ),
    pytest.param(
        "Supermarket chain Fairlow said an IT outage stopped card payments at its tills on "
        "Friday. Card payments that failed on Friday are working again, a spokesperson said.",
        "Fairlow",
        "card_payments",
        "restored",
        id="class2-card-payments-that-failed-working-again",
    ),
    pytest.param(
        "Supermarket chain Greenacre Foods was hit by a ransomware attack last week that shut "
        "its in-store pharmacies. The pharmacies that had been shut since the attack reopened "
        "on Thursday.",
        "Greenacre Foods",
        "pharmacy",
        "restored",
        id="class2-pharmacies-that-had-been-shut-reopened",
    ),
    pytest.param(
        "Hardware retailer Hallam Tools closed its branches after a cyber attack on Friday. "
        "Some reopened on Monday. The branches that reopened on Monday have closed again while "
        "the attack is investigated.",
        "Hallam Tools",
        "stores",
        "suspended",
        id="class2-branches-that-reopened-closed-again",
    ),
    pytest.param(
        "Toy retailer Pemberton Toys said a cyber attack on Sunday forced it to suspend click "
        "and collect. The click and collect service that was suspended on Sunday has resumed "
        "in some stores.",
        "Pemberton Toys",
        "click_and_collect",
        "partially_restored",
        id="class2-click-and-collect-resumed-in-some-stores",
    ),
    pytest.param(
        "Garden centre chain Thornbury said its website went down on Monday after an IT "
        "failure. The website that went down on Monday is expected to be back online by "
        "Friday.",
        "Thornbury",
        "website",
        "restoration_expected",
        id="class2-website-that-went-down-expected-back",
    ),
    pytest.param(
        "Department store Kestle said a cyber attack on Wednesday hit its payment systems. "
        "Gift cards that were bought before the attack cannot be used at the moment, the "
        "store said.",
        "Kestle",
        "gift_cards",
        "disrupted",
        id="class2-gift-cards-that-were-bought-cannot-be-used",
    ),
    pytest.param(
        "Furniture retailer Oakhurst Home said a ransomware attack on Tuesday disrupted its "
        "systems. Deliveries that were delayed by the attack remain suspended.",
        "Oakhurst Home",
        "home_delivery",
        "suspended",
        id="class2-deliveries-that-were-delayed-remain-suspended",
    ),
]

RELATIVE_CLAUSE_GUARDS = [
    pytest.param(
        "Bookshop chain Quillon closed its stores on Saturday after a cyber attack. On Tuesday "
        "the chain reopened the stores that had closed on Saturday.",
        "Quillon",
        "stores",
        "restored",
        id="class2-guard-stores-as-object-reopened",
    ),
    # DOUBT: the app appears only inside a relative clause ("that crashed on Monday") of a
    # sentence whose main verb is about customers; the crash is the only status the text gives
    # the app, so disrupted seems right, but one could argue the app should not be listed.
    pytest.param(
        "Bakery chain Crumbwell said its systems were hit by a cyber attack on Monday. "
        "Customers who used the app that crashed on Monday were told to reset their passwords.",
        "Crumbwell",
        "mobile_app",
        "disrupted",
        id="class2-guard-relative-verb-only-status-DOUBT",
    ),
]


@pytest.mark.parametrize(
    ("text", "victim", "service", "status"),
    RELATIVE_CLAUSE_CASES + RELATIVE_CLAUSE_GUARDS,
)
def test_class2_relative_clause_service_state(extract, text, victim, service, status):
    record = extract(text, published=PUBLISHED)
    found = statuses(incident_of(record, victim))
    assert found.get(service) == status, found

"""Blind round 33: victims hit through another named organisation's trouble (class C).

Written blind, from the class description in the helper brief only. The inputs read
while writing it were the brief, `tests/conftest.py` (for its helpers),
`/work/shared/spec/incident-record.md` (the output contract) and
`/work/shared/devset/README.md` (annotation conventions). No source under `src/`, no
other test file, no fixture, no test case file and no devset article or gold file
was read, and the expectations were not tuned against the extractor's output.
One case is a strict xfail, with its reason, added after the run; no expectation was
changed.

Every text is invented. In the positive cases organisation A's services broke
because of an outage, faulty update or attack at another named organisation B, so
A's incident types include `third_party` together with the kind of B's trouble.
In the guards A was hit in its own, separate incident (B told beside it, or named
only as another example), or the organisation checked is B itself, so no
`third_party` is given.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of

THROUGH_SUPPLIER = [
    pytest.param(
        "Pellow Hardware website down after cloud host outage\n\n"
        "Pellow Hardware Ltd's website went down on Tuesday after an outage at cloud "
        "host Nimbrel Cloud. Shoppers trying to order paint and tools online were met "
        "with an error page for most of the afternoon. Nimbrel Cloud said a power "
        "fault in one of its data centres was to blame. Pellow Hardware's branches "
        "kept trading as normal.",
        "2024-03-14",
        "Pellow Hardware Ltd",
        "technical_outage",
        id="shop-website-cloud-host-outage",
    ),
    pytest.param(
        "Harrowgate Foods tills hit by faulty update\n\n"
        "Tills at Harrowgate Foods stopped working on Saturday morning because of a "
        "faulty update from Quillsoft Systems. Queues formed at several of the "
        "grocer's stores as staff turned customers away. Quillsoft Systems "
        "apologised and said it had withdrawn the update. Harrowgate Foods said all "
        "tills were working again by the evening.",
        "2024-06-09",
        "Harrowgate Foods",
        "technical_outage",
        id="grocer-tills-faulty-vendor-update",
    ),
    pytest.param(
        "Mossbury Council bookings offline after supplier ransomware attack\n\n"
        "Mossbury Borough Council said its online booking system was offline as a "
        "result of the ransomware attack on Civicore Solutions. Residents have been "
        "unable to book bulky waste collections or sports pitches since Monday. "
        "Civicore Solutions, which runs the system for dozens of councils, said "
        "criminals had encrypted some of its servers. The council urged residents to "
        "phone its contact centre instead.",
        "2023-11-22",
        "Mossbury Borough Council",
        "ransomware",
        id="council-bookings-supplier-ransomware",
    ),
    pytest.param(
        "Corvane Insurance app knocked offline\n\n"
        "The failure at Brackwater Payments knocked the Corvane Insurance app offline "
        "for much of Thursday. Policyholders could not pay premiums or view their "
        "documents. Brackwater Payments said a database error had caused the "
        "problem and that no data was affected. Corvane Insurance said the app was "
        "back to normal on Friday.",
        "2025-01-17",
        "Corvane Insurance",
        "technical_outage",
        id="insurer-app-payment-processor-failure",
    ),
    pytest.param(
        "Skelby Airways cancels flights after supplier cyber attack\n\n"
        "Skelby Airways, which uses Tarnwell Systems' check-in software, cancelled "
        "dozens of flights on Friday after Tarnwell suffered a cyber attack. "
        "Passengers at three airports were checked in by hand. Tarnwell Systems said "
        "it had taken its platform offline while it investigated. The airline said "
        "it expected a normal timetable by Sunday.",
        "2024-09-21",
        "Skelby Airways",
        "cyber_attack",
        id="airline-check-in-vendor-cyber-attack",
    ),
    pytest.param(
        "Card payments fail at Ostley Bakeries\n\n"
        "An outage at Fennick Pay left customers of Ostley Bakeries unable to pay by "
        "card on Wednesday. The bakery chain put up signs asking shoppers to bring "
        "cash. Fennick Pay said a network problem had disrupted card processing for "
        "about four hours. Ostley Bakeries said card payments were working again by "
        "the afternoon.",
        "2024-02-08",
        "Ostley Bakeries",
        "technical_outage",
        id="bakery-cards-processor-outage",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'Fennick Pay' is no organisation candidate: a name ending in 'Pay' names a "
            "product as often as a firm ('Apple Pay'), so the route's owner is not found",
        ),
    ),
    pytest.param(
        "Redmoor hospital cancels appointments after attack on lab supplier\n\n"
        "Redmoor Hospitals Trust cancelled hundreds of blood tests and outpatient "
        "appointments after a cyber attack on its pathology supplier, Calvant "
        "Diagnostics Ltd. Doctors at the trust could not receive test results "
        "electronically. Calvant Diagnostics said hackers had broken into its "
        "network last weekend. The trust said urgent care was not affected.",
        "2024-07-03",
        "Redmoor Hospitals Trust",
        "cyber_attack",
        id="hospital-pathology-supplier-cyber-attack",
    ),
    pytest.param(
        "Westerby schools lose access to pupil records\n\n"
        "Schools run by Westerby Learning Trust could not open pupil records or "
        "register attendance after hackers hit Gradeline Software, which hosts the "
        "trust's management system. Teachers took registers on paper for three days. "
        "Gradeline Software said it was working with investigators. Westerby "
        "Learning Trust said it had written to parents about the disruption.",
        "2025-02-12",
        "Westerby Learning Trust",
        "cyber_attack",
        id="school-trust-hosted-software-hacked",
    ),
    pytest.param(
        "Drummond Haulage lorries held in depots\n\n"
        "Drummond Haulage said its lorries were stuck in depots as a result of the "
        "ransomware attack on Trackwise Logistics Software. The haulier relies on "
        "Trackwise to plan routes and print delivery notes. Trackwise Logistics "
        "Software said attackers had encrypted files on its servers and demanded a "
        "payment. Drummond Haulage said deliveries to supermarkets were running late.",
        "2023-10-05",
        "Drummond Haulage",
        "ransomware",
        id="haulier-routing-vendor-ransomware",
    ),
    pytest.param(
        "Alder Mutual Bank customers locked out of online banking\n\n"
        "Customers of Alder Mutual Bank could not log in to online banking on Monday. "
        "The bank blamed a faulty software update pushed by its IT provider, Kestrel "
        "Digital Services. Kestrel Digital Services said it had rolled the update "
        "back. Alder Mutual Bank said its branches and phone lines stayed open "
        "throughout.",
        "2024-11-19",
        "Alder Mutual Bank",
        "technical_outage",
        id="bank-login-it-provider-faulty-update",
    ),
]


@pytest.mark.parametrize(("text", "published", "victim", "kind"), THROUGH_SUPPLIER)
def test_victim_through_supplier_gets_third_party(
    extract: Any, text: str, published: str, victim: str, kind: str
) -> None:
    types = incident_of(extract(text, published=published), victim)["incident_types"]
    assert "third_party" in types
    assert kind in types


NOT_THROUGH_SUPPLIER = [
    pytest.param(
        "Nimbrel Cloud outage takes retailers offline\n\n"
        "Nimbrel Cloud suffered a major outage on Tuesday after a power fault in one "
        "of its data centres. The failure at the cloud host left websites of several "
        "retailers, including Pellow Hardware Ltd, unreachable for hours. Nimbrel "
        "Cloud said its engineers had restored most services by the evening. The "
        "company apologised to its customers.",
        "2024-03-14",
        "Nimbrel Cloud",
        "technical_outage",
        id="cloud-host-itself-no-third-party",
    ),
    pytest.param(
        "Corby Street Pharmacy hit by hackers\n\n"
        "Corby Street Pharmacy Ltd was hit by hackers days after the attack on "
        "wholesaler Medlink Supplies. The pharmacy chain said criminals had broken "
        "into its own prescription system on Sunday night. Medlink Supplies is "
        "still recovering from its own breach. Corby Street Pharmacy said patients "
        "could still collect medicines in its shops.",
        "2024-05-28",
        "Corby Street Pharmacy Ltd",
        "cyber_attack",
        id="guard-pharmacy-own-attack-days-after-other",
    ),
    pytest.param(
        "Hollin Building Society discloses cyber attack\n\n"
        "Weeks after Ravensport Bank's breach, Hollin Building Society also "
        "disclosed a cyber attack. The society said hackers had got into its "
        "mortgage systems in early April. Ravensport Bank and Hollin Building "
        "Society do not share any suppliers, the society said. Members have been "
        "told to watch out for suspicious emails.",
        "2025-04-24",
        "Hollin Building Society",
        "cyber_attack",
        id="guard-building-society-separate-attack",
    ),
    pytest.param(
        "Mossford Council hit by ransomware\n\n"
        "Like Garland Retail earlier this year, Mossford District Council was hit by "
        "ransomware. The council said attackers had encrypted files on its servers "
        "on Thursday, taking council tax payments offline. Garland Retail took "
        "weeks to recover from its own attack in February. Mossford District "
        "Council said it had not paid any ransom.",
        "2024-08-16",
        "Mossford District Council",
        "ransomware",
        id="guard-council-ransomware-like-other",
    ),
    pytest.param(
        "Brightwing Air grounded by ransomware\n\n"
        "Brightwing Air cancelled all flights on Monday after a ransomware attack on "
        "its own booking servers. The airline said criminals had demanded payment "
        "to unlock its systems. The attack follows last month's outage at Ortell "
        "Cloud, which disrupted several online shops. Brightwing Air said it hoped "
        "to resume flying on Wednesday.",
        "2024-12-02",
        "Brightwing Air",
        "ransomware",
        id="guard-airline-own-ransomware-other-outage-beside",
    ),
    pytest.param(
        "Failed server disrupts Calder Academy Trust schools\n\n"
        "Schools in Calder Academy Trust lost email and pupil records on Tuesday "
        "when a server failed at the trust's own data centre. The trust said the "
        "fault was a hardware failure and not a cyber attack. Similar disruption hit "
        "Pennant Software's customers last year, when that firm was hacked. Calder "
        "Academy Trust said it expected systems to be back by Friday.",
        "2025-03-05",
        "Calder Academy Trust",
        "technical_outage",
        id="guard-school-trust-own-server-failure",
    ),
]


@pytest.mark.parametrize(("text", "published", "organisation", "kind"), NOT_THROUGH_SUPPLIER)
def test_own_incident_gets_no_third_party(
    extract: Any, text: str, published: str, organisation: str, kind: str
) -> None:
    types = incident_of(extract(text, published=published), organisation)["incident_types"]
    assert "third_party" not in types
    assert kind in types

"""Blind tests, round 39b: a town that only places a business is no victim, an initialism that only
names a kind of premises is no victim, an IT thing told as failing is an IT failure, an attack
ruled out as the cause still leaves the trouble told, and start dates from the attackers' own
act, a weekday of a named week, and a day beside a month or year.

How these tests were written: blind. Every article below is invented (invented organisations,
people and fresh sentences; real town names only where a class is about a town) and every
expectation was written from the class descriptions in the brief alone (C: a real town or city
named only to say where a business is gives no incident for the town, while the business that
was hit is the victim; guard: a city council or city government that was itself hit is a victim.
D: an initialism that only stands before a kind of premises, "GP surgeries", "DIY stores", "NHS
hospitals", gives no incident for the initialism; guard: an organisation known by its initialism
that was itself hit is a victim. E: an IT thing told as failing, crashing or freezing is a
`technical_outage` incident even with no fault noun; guard: something that is not IT failing,
talks collapsing, a plan failing, shares crashing, gives no incident. F: an attack ruled out as
the cause still leaves the trouble told, so the organisation is a victim with
`technical_outage` and without `cyber_attack`; guard: an attack ruled out with no trouble told
gives no incident. G: the attackers' own act dates the start; being told or asked to do
something on a day is no disclosure of that day; a weekday of a named week, "the Monday of last
week", "Friday last week", is that exact day resolved from the published date; a month or year
beside a day-pinned start leaves the day as the start). The only project files read were
tests/conftest.py (the names of its helpers), tests/blind_support.py, the output contract
/work/shared/spec/incident-record.md, the annotation conventions in
/work/shared/devset/README.md, and tests/test_blind_round38.py for its format only. Nothing
under src/, no other test file, no case or fixture file and no dev-set article or gold file was
read, and no expectation was tuned to (or changed after seeing) the extractor's output. Every
weekday named in an article was checked with Python's datetime against its `published` date
(the most recent such day before it).

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
The start date checked is the earliest `incident_start` value, as the scorer takes it.
On the first run 34 of 40 passed. One failure was a fault of the test's input, not of its
expectation: D5's "Brookfield Autocare" was tagged PERSON by the model, against the brief's rule
that names be ones a statistical NER calls an organisation, so it became "Brookfield Autocare
Ltd" (same expectation). The other five were strict xfails (KNOWN_MISSES); no expectation was
changed. E3, E4, E5 and F2 were fixed afterwards in the same round (see the log).
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import (
    date_summary,
    find,
    get,
    has_org,
    known_miss_param,
    org_names,
    run,
    start_days,
)

# Cases the extractor misses on the first run, each a strict xfail with the reason found, so a
# fix shows up as an unexpected pass. Expectations were not changed.
KNOWN_MISSES: dict[str, str] = {
    "DG3-tsb-app-fault-locks-out-customers": "no incident for TSB although the model tags it "
    "ORG; the same text with an invented non-initialism bank name gives a technical_outage",
}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


# --------------------------------------------------------------------------------------------
# helpers


def disclosure_days(incident: dict[str, Any]) -> list[str]:
    return [d["value"] for d in incident["dates"] if d["role"] == "disclosure" and d["value"]]


# --------------------------------------------------------------------------------------------
# Class C: a town that only places a business is not a victim

# (id, published, text, victim, towns that must not be an incident's organisation)
C_POSITIVE = [
    (
        "C1-inverness-accountancy-firm-email-down",
        "2024-03-14",
        "Inverness accountancy firm's email down after cyber attack\n\n"
        "Moffat & Lyle, an Inverness accountancy firm, said its email had been down since Monday "
        "after a cyber attack. The firm said clients should phone its office rather than send "
        "documents by email. Moffat & Lyle said it had reported the attack to police and was "
        "working with an IT security company. It said it had found no sign that client files "
        "were taken.",
        "Moffat & Lyle",
        ["Inverness"],
    ),
    (
        "C2-shoppers-at-the-kettering-store-could-not-pay-by-card",
        "2024-06-10",
        "Card payments fail at Kettering store\n\n"
        "Shoppers at the Kettering store of Brantwood Home Stores Ltd were unable to pay by card "
        "on Saturday after a fault with the retailer's payment terminals. Brantwood Home Stores "
        "said the problem affected only the Kettering store and was fixed by Sunday morning. "
        "Staff put up signs asking customers to pay in cash while engineers worked on the "
        "terminals.",
        "Brantwood Home Stores",
        ["Kettering"],
    ),
    (
        "C3-patients-of-the-kelowna-clinic-appointments-cancelled",
        "2024-09-19",
        "Kelowna dental clinic cancels appointments after ransomware attack\n\n"
        "Patients of the Kelowna clinic run by Okanagan Ridge Dental Group have had appointments "
        "cancelled after a ransomware attack on the group's booking system. The dental group "
        "said on Wednesday that its scheduling and billing software had been encrypted. Patients "
        "of the Kelowna clinic with urgent problems are being seen at the group's other clinics. "
        "Okanagan Ridge Dental Group said it was investigating whether patient records were "
        "accessed.",
        "Okanagan Ridge Dental Group",
        ["Kelowna"],
    ),
    (
        "C4-the-galway-branch-closed-after-network-failure",
        "2024-11-05",
        "Galway branch of insurer closed after IT failure\n\n"
        "The Galway branch of Corrib Mutual Insurance Ltd stayed closed on Monday after a "
        "network failure cut off its computers. Customers of the Galway branch were asked to "
        "call the company's helpline instead. Corrib Mutual Insurance said the fault was being "
        "repaired and the branch expected to reopen on Wednesday.",
        "Corrib Mutual Insurance",
        ["Galway"],
    ),
    (
        "C5-a-harrogate-bakery-supplier-staff-data-stolen",
        "2024-02-27",
        "Harrogate bakery supplier hit by hackers\n\n"
        "A Harrogate bakery supplier, Nidderdale Foods Ltd, said hackers had stolen the names "
        "and bank details of some of its staff. The company, which delivers bread to cafes "
        "across Yorkshire, said deliveries were running as normal. Nidderdale Foods said it had "
        "told staff on Friday and reported the breach to the regulator.",
        "Nidderdale Foods",
        ["Harrogate"],
    ),
    (
        "C6-its-dundee-and-perth-warehouses-stopped-by-ransomware",
        "2024-08-08",
        "Tayforth Freight Group hit by ransomware\n\n"
        "Tayforth Freight Group said a ransomware attack had stopped work at its Dundee and "
        "Perth warehouses on Tuesday. Drivers at the Dundee depot were sent home while the "
        "company restored its systems from backups. The haulier said it had not paid a ransom.",
        "Tayforth Freight Group",
        ["Dundee", "Perth"],
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "towns"), [_param(c) for c in C_POSITIVE])
def test_c_town_placing_a_business_is_not_a_victim(
    published: str, text: str, victim: str, towns: list[str]
) -> None:
    record = run(text, published)
    get(record, victim)
    for town in towns:
        assert not has_org(record, town), org_names(record)


# (id, published, text, names any of which the city government may carry)
C_GUARD = [
    (
        "CG1-the-city-of-kelowna-payment-portal-down",
        "2024-04-17",
        "City of Kelowna payment portal down after cyber attack\n\n"
        "The City of Kelowna said its online payment portal was down on Tuesday after a cyber "
        "attack on its computer systems. Residents who need to pay property taxes or parking "
        "fines have been asked to do so in person at City Hall. The city said it was working "
        "with police and outside experts to restore the portal.",
        ["City of Kelowna", "Kelowna"],
    ),
    (
        "CG2-kettering-borough-council-hit-by-ransomware",
        "2024-10-23",
        "Kettering Borough Council hit by ransomware\n\n"
        "Kettering Borough Council was hit by ransomware on Sunday, leaving staff unable to use "
        "email or the housing system. The council said its website was still working but online "
        "forms could not be processed. A council spokesman said residents' data may have been "
        "accessed.",
        ["Kettering Borough Council"],
    ),
    (
        "CG3-galway-city-council-takes-email-offline",
        "2024-10-03",
        "Galway City Council takes email offline after cyber attack\n\n"
        "Galway City Council said on Thursday it had taken its email system offline after a "
        "cyber attack was detected overnight. Planning applications cannot be submitted online "
        "while the system is down, the council said. It has informed the Data Protection "
        "Commission.",
        ["Galway City Council"],
    ),
]


@pytest.mark.parametrize(("published", "text", "victim_names"), [_param(c) for c in C_GUARD])
def test_c_guard_city_government_hit_is_a_victim(
    published: str, text: str, victim_names: list[str]
) -> None:
    record = run(text, published)
    assert any(has_org(record, name) for name in victim_names), org_names(record)


# --------------------------------------------------------------------------------------------
# Class D: an initialism that only names a kind of premises is not a victim

# (id, published, text, victim, initialisms that must not be an incident's organisation)
D_POSITIVE = [
    (
        "D1-ransomware-at-supplier-disrupted-gp-surgeries",
        "2024-05-22",
        "Ransomware at software supplier disrupts GP surgeries\n\n"
        "A ransomware attack on Wyvern Clinical Systems Ltd disrupted GP surgeries across the "
        "county on Monday, leaving receptionists unable to book appointments. Wyvern Clinical "
        "Systems, which supplies appointment software to about 80 practices, said it had taken "
        "its servers offline. Patients have been asked to contact GP surgeries only for urgent "
        "matters until the system is back.",
        "Wyvern Clinical Systems",
        ["GP"],
    ),
    (
        "D2-card-payments-down-at-its-diy-stores",
        "2024-07-15",
        "Card payments down at Halden Home & Garden DIY stores\n\n"
        "Halden Home & Garden said card payments were down at its DIY stores on Saturday after a "
        "fault in its payment system. The retailer said customers at its DIY stores could still "
        "pay with cash. Online orders were not affected, Halden Home & Garden said.",
        "Halden Home & Garden",
        ["DIY"],
    ),
    (
        "D3-blood-tests-at-nhs-hospitals-delayed-by-lab-attack",
        "2024-12-04",
        "Blood tests delayed at NHS hospitals after cyber attack\n\n"
        "Blood tests at NHS hospitals in the region have been delayed after a cyber attack on "
        "Carrow Diagnostics Ltd, the company that runs their pathology laboratories. Carrow "
        "Diagnostics said on Tuesday that hackers had encrypted its laboratory systems. Staff at "
        "NHS hospitals have been told to prioritise urgent samples.",
        "Carrow Diagnostics",
        ["NHS"],
    ),
    (
        "D4-its-ev-chargers-stopped-taking-card-payments",
        "2024-03-26",
        "Voltwise Charging EV chargers stop taking payments\n\n"
        "Voltwise Charging Ltd said its EV chargers stopped taking card payments on Sunday after "
        "a software fault. Drivers at EV charging hubs on the motorway network were left unable "
        "to charge. The company said the fault was fixed on Monday evening.",
        "Voltwise Charging",
        ["EV"],
    ),
    (
        "D5-booking-system-for-mot-centres-offline-after-attack",
        "2024-09-10",
        "MOT bookings at Brookfield Autocare Ltd hit by cyber attack\n\n"
        "Brookfield Autocare Ltd said its online booking system for MOT centres had been taken "
        "offline after a cyber attack on Friday. Customers with MOT tests booked this week have "
        "been asked to call their local centre to confirm. The company, which has 40 garages, "
        "said it did not believe customer data had been taken.",
        "Brookfield Autocare",
        ["MOT"],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "initialisms"), [_param(c) for c in D_POSITIVE]
)
def test_d_premises_initialism_is_not_a_victim(
    published: str, text: str, victim: str, initialisms: list[str]
) -> None:
    record = run(text, published)
    get(record, victim)
    for initialism in initialisms:
        assert not has_org(record, initialism), org_names(record)


# (id, published, text, victim known by its initialism)
D_GUARD = [
    (
        "DG1-the-bbc-said-staff-payroll-data-was-stolen",
        "2024-06-05",
        "BBC says staff payroll data stolen\n\n"
        "The BBC said staff payroll data was stolen after hackers got into one of its payroll "
        "servers. The broadcaster said the names, dates of birth and bank details of thousands "
        "of staff had been copied. The BBC said it had written to everyone affected and had "
        "reported the theft to the regulator.",
        "BBC",
    ),
    (
        "DG2-bt-said-its-broadband-network-failed",
        "2024-02-08",
        "BT broadband outage leaves homes offline\n\n"
        "BT said its broadband network failed on Wednesday evening, leaving thousands of homes "
        "without internet access. The company said a fault at one of its data centres was to "
        "blame. BT said service was back for most customers by midnight.",
        "BT",
    ),
    (
        "DG3-tsb-app-fault-locks-out-customers",
        "2024-11-28",
        "TSB customers locked out of banking app\n\n"
        "TSB said customers could not log in to its mobile banking app for several hours on "
        "Wednesday after a fault in its systems. The bank said card payments in shops had kept "
        "working throughout. TSB apologised and said the app was working normally again by the "
        "evening.",
        "TSB",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in D_GUARD])
def test_d_guard_initialism_organisation_hit_is_a_victim(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    get(record, victim)


# --------------------------------------------------------------------------------------------
# Class E: an IT thing told as failing is an IT failure incident

# (id, published, text, victim)
E_POSITIVE = [
    (
        "E1-electronic-patient-record-system-failed",
        "2024-10-09",
        "Operations postponed at Ravensworth Hospitals Trust\n\n"
        "Ravensworth Hospitals Trust postponed dozens of operations on Tuesday after its "
        "electronic patient record system failed. Doctors and nurses switched to paper notes "
        "while engineers worked to bring the system back. The trust said no patient records had "
        "been lost.",
        "Ravensworth Hospitals Trust",
    ),
    (
        "E2-its-till-system-crashed-on-saturday",
        "2024-01-16",
        "Butcher's customers unable to pay by card\n\n"
        "Pemberton's Butchers said its till system crashed on Saturday, leaving customers at its "
        "five shops unable to pay by card. Staff wrote sales down by hand and took cash only "
        "until the tills came back on Sunday. The family business said it was talking to its "
        "till supplier about what had happened.",
        "Pemberton's Butchers",
    ),
    (
        "E3-its-ordering-kiosks-froze",
        "2024-04-12",
        "Lunchtime queues at Burgerly restaurants\n\n"
        "Customers at Burgerly Group restaurants faced long queues at lunchtime on Thursday "
        "after its ordering kiosks froze. Staff took orders at the counter instead. Burgerly "
        "Group said the kiosks were working again by the evening.",
        "Burgerly Group",
    ),
    (
        "E4-ticket-machines-stopped-working-and-website-went-down",
        "2024-08-20",
        "Tarnvale Rail ticket machines stop working\n\n"
        "Ticket machines at stations run by Tarnvale Rail Ltd stopped working on Monday morning, "
        "and its website went down for three hours. Passengers were told to board trains and "
        "buy tickets from conductors. Tarnvale Rail said both had been back to normal since the "
        "afternoon.",
        "Tarnvale Rail",
    ),
    (
        "E5-payroll-software-stopped-working-staff-paid-late",
        "2024-07-03",
        "Corvell Engineering staff paid late\n\n"
        "About 1,200 staff at Corvell Engineering Group were paid three days late after the "
        "company's payroll software stopped working on Friday. The engineering firm said the "
        "software was running again on Monday and every employee had now been paid. It "
        "apologised to staff for the delay.",
        "Corvell Engineering Group",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in E_POSITIVE])
def test_e_it_thing_failing_is_a_technical_outage(published: str, text: str, victim: str) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert "technical_outage" in incident["incident_types"], incident["incident_types"]


# (id, published, text): nothing IT fails, so no incident at all
E_GUARD = [
    (
        "EG1-talks-to-buy-a-rival-had-collapsed",
        "2024-05-30",
        "Oakridge Foods takeover talks collapse\n\n"
        "Talks for Oakridge Foods Group to buy a rival snack maker had collapsed on Monday, the "
        "company said. Oakridge Foods said the two sides could not agree a price. Its shares "
        "fell 4% on the news. The company said it would keep looking for acquisitions.",
    ),
    (
        "EG2-plan-failed-to-win-backing",
        "2024-03-07",
        "Fairburn Retail store closure plan fails\n\n"
        "A plan by Fairburn Retail Group to close twelve stores failed to win backing from "
        "shareholders on Wednesday. The retailer's chair said the board would consider a "
        "revised plan. Fairburn Retail said trading over Christmas had been stronger than "
        "expected.",
    ),
    (
        "EG3-shares-crashed-and-turnaround-plan-failed",
        "2024-11-20",
        "Lindale Fashion shares crash after profit warning\n\n"
        "Shares in Lindale Fashion Ltd crashed by 30% on Tuesday after the retailer warned that "
        "profits would fall. Lindale Fashion said sales had dropped sharply since September as "
        "shoppers cut back. Its chief executive said the company's turnaround plan had failed to "
        "bring customers back.",
    ),
]


@pytest.mark.parametrize(("published", "text"), [_param(c) for c in E_GUARD])
def test_e_guard_non_it_failing_is_no_incident(published: str, text: str) -> None:
    record = run(text, published)
    assert record["incidents"] == [], org_names(record)


# --------------------------------------------------------------------------------------------
# Class F: an attack ruled out as the cause still leaves the trouble told

# (id, published, text, victim)
F_POSITIVE = [
    (
        "F1-ruled-out-cyber-attack-as-cause-of-it-failure-phone-lines-website",
        "2024-07-03",
        "Wrenfield Water rules out cyber attack after phone lines go down\n\n"
        "Wrenfield Water says it has ruled out a cyber attack as the cause of the IT failure "
        "that knocked out its phone lines and website on Tuesday. Customers trying to report "
        "leaks were unable to get through for several hours. The company said its engineers had "
        "traced the problem to a faulty network switch.",
        "Wrenfield Water",
    ),
    (
        "F2-cyber-attack-ruled-out-after-app-went-down",
        "2024-05-13",
        "Calder Mills Bank app down for six hours\n\n"
        "Calder Mills Bank said a cyber attack had been ruled out after its mobile banking app "
        "went down for six hours on Friday. Customers were unable to check balances or make "
        "payments. The bank blamed a problem with a software update and apologised to "
        "customers.",
        "Calder Mills Bank",
    ),
    (
        "F3-prescription-system-crash-not-caused-by-cyber-attack",
        "2024-09-26",
        "Pharmacy chain says system crash was not a cyber attack\n\n"
        "The crash of Brisco Pharmacy Group's prescription system on Wednesday was not caused "
        "by a cyber attack, the company said. Pharmacists at its 60 branches could not print "
        "prescription labels for most of the day. Brisco Pharmacy Group said the system was back "
        "up and running by the evening.",
        "Brisco Pharmacy Group",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in F_POSITIVE])
def test_f_ruled_out_attack_leaves_the_outage(published: str, text: str, victim: str) -> None:
    record = run(text, published)
    incident = get(record, victim)
    types = incident["incident_types"]
    assert "technical_outage" in types, types
    assert "cyber_attack" not in types, types
    assert "ransomware" not in types, types


# (id, published, text, organisation that must not be a victim)
F_GUARD = [
    (
        "FG1-ruled-out-cyber-attack-after-rumours-systems-working",
        "2024-10-15",
        "Harwell Print Group dismisses hacking rumours\n\n"
        "Shares in Harwell Print Group fell on Monday after posts on social media claimed the "
        "company had been hacked. Harwell Print Group said it had ruled out a cyber attack and "
        "that all its systems were working normally. The company's chief executive said the "
        "posts were false and urged investors to ignore them.",
        "Harwell Print Group",
    ),
    (
        "FG2-review-ruled-out-cyber-attack-trading-strong",
        "2024-06-19",
        "Pennard Stores reports strong spring trading\n\n"
        "Pennard Stores Ltd said sales rose 6% in the three months to May, helped by warm "
        "weather. After a review by outside experts, the retailer said it had ruled out a cyber "
        "attack on its own systems. Its chief executive, Lowri Pritchard, said the company "
        "planned to open ten new stores next year.",
        "Pennard Stores",
    ),
]


@pytest.mark.parametrize(("published", "text", "org"), [_param(c) for c in F_GUARD])
def test_f_guard_ruled_out_attack_with_no_trouble_is_no_incident(
    published: str, text: str, org: str
) -> None:
    record = run(text, published)
    assert find(record, org) is None, org_names(record)


# --------------------------------------------------------------------------------------------
# Class G: start dates

# (id, published, text, victim, start day)
G_START = [
    (
        "G1-hackers-encrypted-servers-at-depot-on-saturday-night",
        "2024-03-12",
        "Dairy deliveries delayed after ransomware attack\n\n"
        "Hackers encrypted servers at the Thornley depot of Moorgate Dairies Ltd on Saturday "
        "night. The company confirmed the ransomware attack on Monday and said milk deliveries "
        "to shops had been delayed while staff worked from paper lists. Moorgate Dairies said "
        "it had reported the attack to police.",
        "Moorgate Dairies",
        "2024-03-09",
    ),
    (
        "G2-criminals-stole-the-data-on-3-march",
        "2024-03-21",
        "Travel firm warns customers passport details taken\n\n"
        "Wexcombe Travel Ltd has written to 12,000 customers to warn that their passport "
        "details were taken from its booking system. The company said criminals stole the data "
        "on 3 March but the theft was not found until last week. Wexcombe Travel said it had "
        "reported the breach to the regulator.",
        "Wexcombe Travel",
        "2024-03-03",
    ),
    (
        "G3-attackers-breached-its-network-on-friday",
        "2024-06-12",
        "Sandholm Engineering says design drawings copied\n\n"
        "Sandholm Engineering Group said on Tuesday that attackers breached its network on "
        "Friday and copied design drawings belonging to several customers. The company said "
        "production at its two factories had not been affected. It has called in forensic "
        "investigators.",
        "Sandholm Engineering Group",
        "2024-06-07",
    ),
    (
        "G4-detected-the-intrusion-on-the-monday-of-last-week",
        "2024-05-15",
        "Valve maker finds hackers in its network\n\n"
        "Pennine Valve Company Ltd said on Tuesday that hackers had got into its network, and "
        "that its IT team detected the intrusion on the Monday of last week. The company said "
        "orders and deliveries had not been affected. It has reported the incident to police.",
        "Pennine Valve Company",
        "2024-05-06",
    ),
    (
        "G5-hackers-got-into-records-system-on-friday-last-week",
        "2024-09-17",
        "Dental group patients' details viewed by hackers\n\n"
        "Ashgrove Dental Group said hackers got into its patient records system on Friday last "
        "week and viewed the details of around 4,000 patients. The group's clinics stayed open, "
        "but online booking has been switched off. Ashgrove Dental Group said it had written to "
        "every affected patient.",
        "Ashgrove Dental Group",
        "2024-09-13",
    ),
    (
        "G6-got-in-in-january-and-encrypted-servers-on-8-march",
        "2024-03-19",
        "Outdoor clothing retailer says hackers lurked for weeks\n\n"
        "Hackers got into the network of Kinloch Outdoor Ltd in January and encrypted its "
        "servers on 8 March, the outdoor clothing retailer said. Online orders have been "
        "suspended since the attack. Kinloch Outdoor said its shops were trading normally and "
        "taking card payments.",
        "Kinloch Outdoor",
        "2024-03-08",
    ),
    (
        "G7-downloaded-records-of-everyone-ordered-since-2019-on-12-june",
        "2024-06-20",
        "Garden furniture seller's customer records stolen\n\n"
        "Thistle & Thorn Ltd, a seller of garden furniture, said a hacker downloaded the records "
        "of everyone who has ordered from its website since 2019, on 12 June. The records "
        "include names, addresses and phone numbers but no card details, the company said. "
        "Thistle & Thorn said it had informed the regulator.",
        "Thistle & Thorn",
        "2024-06-12",
    ),
    (
        "G8-in-network-since-last-year-and-stole-payroll-files-on-2-july",
        "2024-07-10",
        "Haulier says criminals stole payroll files\n\n"
        "Birchwood Logistics Ltd said criminals had been inside its network since last year and "
        "stole payroll files on 2 July. The files held the names and bank details of about 600 "
        "drivers. Birchwood Logistics said its deliveries were running normally.",
        "Birchwood Logistics",
        "2024-07-02",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "start"), [_param(c) for c in G_START])
def test_g_start_is_the_day_pinned(published: str, text: str, victim: str, start: str) -> None:
    record = run(text, published)
    incident = get(record, victim)
    days = start_days(incident)
    assert days and min(days) == start, date_summary(incident)


# (id, published, text, victim, day of being told or asked, start day or None)
G_TOLD = [
    (
        "G9-staff-were-told-to-stay-at-home-on-monday",
        "2024-02-14",
        "Insurer's staff sent home after cyber attack\n\n"
        "Hackers attacked the computer systems of Hollybrook Insurance Ltd on Sunday. Staff "
        "were told to stay at home on Monday while the company's IT team checked every laptop. "
        "Hollybrook Insurance said customers could still make claims by phone.",
        "Hollybrook Insurance",
        "2024-02-12",
        "2024-02-11",
    ),
    (
        "G10-customers-were-asked-to-pay-by-cash-on-tuesday",
        "2024-08-29",
        "Garden centre card payments knocked out by cyber attack\n\n"
        "A cyber attack on Castlegate Garden Centres Ltd has knocked out card payments at its "
        "nine garden centres. Customers were asked to pay by cash on Tuesday, and the company "
        "expects card payments to return by the weekend. Castlegate Garden Centres said online "
        "orders were unaffected.",
        "Castlegate Garden Centres",
        "2024-08-27",
        None,
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "told_day", "start"), [_param(c) for c in G_TOLD]
)
def test_g_being_told_is_no_disclosure(
    published: str, text: str, victim: str, told_day: str, start: str | None
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert told_day not in disclosure_days(incident), date_summary(incident)
    if start is not None:
        days = start_days(incident)
        assert days and min(days) == start, date_summary(incident)

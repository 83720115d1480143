"""Blind round 61b: acceptance cases written from the contract alone.

Classes:

I. Personal data told "on" or "about" its owners, or "of" them with a large count, is theirs:
   the organisation found, the owners' data service compromised and data_compromised true.
   "Hackers stole records on 7 million customers from Quarley Bank" (I1: customer_data),
   "criminals copied data about 40,000 policyholders" (I2: customer_data), "The details of
   about 2 million customers were taken from Kilbride Telecom" (I3: customer_data), "hackers
   accessed information on 12,000 patients" (I4: customer_data), "hackers had stolen files on
   3,000 employees" (I5: employee_data). Guards, no people: "has posted information on its
   website for guests" (I6) and "would share details about the attack with the regulator"
   (I7): neither customer_data nor employee_data compromised.
J. A breach named by the personal data it took is that data compromised and a data breach:
   customer_data compromised, data_breach in incident_types, data_compromised true. "suffered
   a card breach last year" (J1), "disclosed a payment card breach at 14 of its hotels" (J2),
   "one of three retailers that suffered large card breaches in 2024" (J3), "confirmed a
   cardholder data breach" (J4), "suffered a credit card breach on its online booking site"
   (J5). Guards: "was fined last year for a breach of contract with its card processor", in a
   story of a card-machine outage (J6), and a bare "suffered a data breach last month" with
   nothing said taken (J7): data_compromised not true.
K. Data the attackers published or dumped, in a verb joined by "and" to their attack on the
   organisation, is that organisation's data compromised (data_compromised true). "attacked
   Holloway Credit Union in May and published sensitive member records" (K1: customer_data),
   "Hackers breached Arnside Lettings in March and dumped customer files online" (K2:
   customer_data), "Criminals hit Hessle Couriers last week and posted staff payroll details on
   a leak site" (K3: employee_data), "Attackers targeted Yelverton Travel in April and leaked
   customer passport scans" (K4: customer_data), "A ransomware group attacked Mossley Builders
   in January and released employee records" (K5: employee_data). Guards: an attack in words,
   "The mayor attacked the Ferncombe Developments plan ... and published the figures" (K6: no
   incident for Ferncombe Developments); the victim publishing its own report, "The company
   investigated the attack and published a report on its website" (K7: neither customer_data
   nor employee_data compromised).
L. A public institution named by a place and an institution word is an organisation and can
   be the victim (found, employee_data compromised, data_compromised true). "In Ohio,
   Kesterton County Schools said the records of its teachers had been accessed", after an
   attack on its supplier (L1), "In Cumbria, Thornby Public Library said the personal details
   of its staff had been stolen" (L2), "Lindfield Hospital said ... hackers had accessed the
   records of 900 of its employees" (L3), "In Michigan, Wendham Public Schools said hackers had
   stolen the personal information of its employees" (L4), "In Yorkshire, Cressbrook College
   said the bank details of its staff had been taken" (L5). Guards: "In Vermont, Stanwick
   Public Library, which uses the same supplier, said it was not affected" (L6: no incident
   for Stanwick Public Library); "Schools in Moberly County were closed for snow" (L7: no
   organisation named Moberly County).

On the first run (the committed code at 897fa4a; the working tree held no edits but this
file), 14 of 28 cases passed. Class I: 4 of 7, I2, I4 and the two guards I6-I7; I1 ("records
on 7 million customers from") and I3 ("The details of about 2 million customers were taken
from") give no customer_data service and data_compromised null, I5 ("files on 3,000
employees") no employee_data and data_compromised null. Class J: 2 of 7, only the guards J6
and J7 (J7 rightly gives data_breach with data_compromised null); J1 "card breach", J3 "large
card breaches" and J5 "credit card breach" are typed technical_outage with no customer_data
and data_compromised null, J2 "payment card breach" is typed cyber_attack only with no
customer_data and data_compromised null, and J4 "cardholder data breach" gives data_breach and
data_compromised true but no customer_data service. Class K: 3 of 7, K4 and the two guards
K6-K7; K1, K2 and K5 find the victim but give no data service and data_compromised null, and
K3 gives no incident at all. Class L: 5 of 7, L2-L4 and the two guards L6-L7; in L1 Kesterton
County Schools is not found and the supplier Pellridge Software (the only incident) takes the
employee_data compromised, and L5 gives no incident at all. The fourteen misses are in
KNOWN_MISSES with what was observed. No case's text or expectations were changed after the
first run; a second run gave the same result (14 passed, 14 xfailed).

After round 61's rules for these classes (data 'on'/'about' its owners and counts in
millions, a breach named by its data, data published in a verb joined to the attackers'
attack, a place-tagged name ending in an institution word): 25 of 28; with the place
opener ("In Yorkshire, X College", joined by NER, names X), 26; with a place-tagged name
ending in a trade word read as a business ("Hessle Couriers"), 27. Left: K1 (the gang named
before a relative clause, "The same ransomware gang that hit two building societies last year
attacked X and published ...").
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses

KNOWN_MISSES: dict[str, str] = {
    "K1": "no customer_data service, data_compromised null (website, stores unaffected only)",
}


def _theirs(org: str, service: str) -> dict[str, Any]:
    """The organisation's people's data taken: found, that data service compromised, and
    data_compromised true."""
    return {
        "present": [org],
        "statuses": {org: {service: "compromised"}},
        "data_compromised": {org: True},
    }


def _card_breach(org: str) -> dict[str, Any]:
    """A breach named by the card data it took: customer_data compromised, a data breach, and
    data_compromised true."""
    expect = _theirs(org, "customer_data")
    expect["has_types"] = {org: ["data_breach"]}
    return expect


def _no_data_taken(org: str) -> dict[str, Any]:
    """The organisation found, with neither customers' nor staff's data compromised."""
    return {
        "present": [org],
        "not_status": {org: {"customer_data": "compromised", "employee_data": "compromised"}},
    }


def _data_not_told(org: str) -> dict[str, Any]:
    """The organisation found, with data_compromised not true."""
    return {"present": [org], "data_not": {org: True}}


I_CASES = [
    pytest.param(
        "Bank hit by cyber attack\n\n"
        "Hackers stole records on 7 million customers from Quarley Bank in an attack last "
        "month, the lender said on Tuesday.\n\n"
        "The bank said its branches and mobile app were working normally.\n\n"
        "It has reported the attack to the regulator and the police.",
        "2025-06-12",
        _theirs("Quarley Bank", "customer_data"),
        id="I1",
    ),
    pytest.param(
        "Insurer confirms cyber attack\n\n"
        "Pennick Insurance says criminals copied data about 40,000 policyholders during a "
        "cyber attack on its systems in May.\n\n"
        "The Leeds-based insurer said it discovered the attack on 28 May and called in outside "
        "specialists.\n\n"
        "Claims can still be made by phone, a spokesman said.",
        "2025-06-18",
        _theirs("Pennick Insurance", "customer_data"),
        id="I2",
    ),
    pytest.param(
        "Broadband provider confirms cyber attack\n\n"
        "The details of about 2 million customers were taken from Kilbride Telecom in a cyber "
        "attack, the company confirmed on Thursday.\n\n"
        "The broadband provider said its network had not been affected.\n\n"
        "It has informed the police.",
        "2025-03-06",
        _theirs("Kilbride Telecom", "customer_data"),
        id="I3",
    ),
    pytest.param(
        "Pharmacy chain hit by cyber attack\n\n"
        "Tressider Pharmacy says hackers accessed information on 12,000 patients after "
        "breaking into its prescription system last week.\n\n"
        "The chain, which has 18 branches in Cornwall, said prescriptions were being dispensed "
        "as normal.\n\n"
        "It has reported the attack to the Information Commissioner's Office.",
        "2025-09-09",
        _theirs("Tressider Pharmacy", "customer_data"),
        id="I4",
    ),
    pytest.param(
        "Haulier hit by ransomware attack\n\n"
        "Marlowe Logistics said on Monday that hackers had stolen files on 3,000 employees "
        "during a ransomware attack on its head office.\n\n"
        "The haulage firm said its lorries were still running.\n\n"
        "It has reported the attack to the police.",
        "2025-02-17",
        _theirs("Marlowe Logistics", "employee_data"),
        id="I5",
    ),
    # Guards: "information on" a thing and "details about" an event, no people.
    pytest.param(
        "Hotel group's booking site down after cyber attack\n\n"
        "Corbridge Hotels says its online booking system has been down since Saturday after a "
        "cyber attack.\n\n"
        "The group, which has 11 hotels in Northumberland, has posted information on its "
        "website for guests with upcoming stays.\n\n"
        "Guests can still book by phone, a spokeswoman said.",
        "2025-10-14",
        _no_data_taken("Corbridge Hotels"),
        id="I6",
    ),
    pytest.param(
        "Water company hit by cyber attack\n\n"
        "Blagdon Water says a cyber attack has disrupted its billing systems, but water "
        "supplies are not affected.\n\n"
        "The company said it would share details about the attack with the regulator and the "
        "police.\n\n"
        "Customers may receive their bills late, it said.",
        "2025-05-21",
        _no_data_taken("Blagdon Water"),
        id="I7",
    ),
]

J_CASES = [
    pytest.param(
        "Garden centre chain reveals card breach\n\n"
        "Tenby Garden Centres suffered a card breach last year, the company said on "
        "Wednesday.\n\n"
        "The chain, which has nine garden centres in south Wales, said it had since replaced "
        "its payment system.\n\n"
        "It said it had reported the incident to the Information Commissioner's Office.",
        "2025-06-11",
        _card_breach("Tenby Garden Centres"),
        id="J1",
    ),
    pytest.param(
        "Hotel chain discloses breach\n\n"
        "Alderholt Hotels has disclosed a payment card breach at 14 of its hotels, saying "
        "malicious software was found on its reservation systems in April.\n\n"
        "The company said guests who stayed between January and April should check their "
        "statements.\n\n"
        "Its hotels remain open and bookings are being taken as normal.",
        "2025-05-28",
        _card_breach("Alderholt Hotels"),
        id="J2",
    ),
    pytest.param(
        "Supermarket named in fraud report\n\n"
        "Westray Supermarkets was one of three retailers that suffered large card breaches in "
        "2024, according to a report by an industry fraud body published on Monday.\n\n"
        "The grocer, which has 60 stores in Scotland, said it had strengthened its payment "
        "systems since then.\n\n"
        "It said its stores were trading normally.",
        "2025-04-07",
        _card_breach("Westray Supermarkets"),
        id="J3",
    ),
    pytest.param(
        "Fuel station operator confirms breach\n\n"
        "Rendcomb Fuel Stations has confirmed a cardholder data breach affecting the pumps at "
        "30 of its forecourts.\n\n"
        "The company said the problem was found during a routine check on 3 June and the "
        "affected pumps had been replaced.\n\n"
        "Drivers can still pay at the kiosk, it said.",
        "2025-06-12",
        _card_breach("Rendcomb Fuel Stations"),
        id="J4",
    ),
    pytest.param(
        "Cinema chain reports breach\n\n"
        "Saltash Cinemas said on Friday it had suffered a credit card breach on its online "
        "booking site.\n\n"
        "The chain, which runs 12 cinemas in Devon and Cornwall, said the site had been taken "
        "offline.\n\n"
        "Tickets can still be bought at the box office.",
        "2025-08-15",
        _card_breach("Saltash Cinemas"),
        id="J5",
    ),
    # Guards: a breach of contract, and a bare "data breach" with nothing said taken.
    pytest.param(
        "Taxi firm's card machines fail\n\n"
        "Card machines in Brockwell Taxis cabs stopped working on Saturday night after an "
        "outage at the firm's card processor, leaving passengers to pay in cash.\n\n"
        "The company said the outage was fixed on Sunday morning.\n\n"
        "Brockwell Taxis was fined last year for a breach of contract with its card "
        "processor, a dispute that was later settled.",
        "2025-11-03",
        _data_not_told("Brockwell Taxis"),
        id="J6",
    ),
    pytest.param(
        "Dental group suffers data breach\n\n"
        "Pentlow Dental Clinics suffered a data breach last month, the company said on "
        "Tuesday.\n\n"
        "The group, which runs 15 clinics in the Midlands, said it was investigating with "
        "outside experts and had informed the regulator.\n\n"
        "Its clinics remain open and appointments are going ahead as planned.",
        "2025-07-22",
        _data_not_told("Pentlow Dental Clinics"),
        id="J7",
    ),
]

K_CASES = [
    pytest.param(
        "Credit union targeted by ransomware gang\n\n"
        "The same ransomware gang that hit two building societies last year attacked Holloway "
        "Credit Union in May and published sensitive member records, security researchers "
        "said.\n\n"
        "The credit union said its branches and online banking were working normally.\n\n"
        "It has reported the attack to the police and the regulator.",
        "2025-06-24",
        _theirs("Holloway Credit Union", "customer_data"),
        id="K1",
    ),
    pytest.param(
        "Letting agent hit by hackers\n\n"
        "Hackers breached Arnside Lettings in March and dumped customer files online, the "
        "company has confirmed.\n\n"
        "The letting agent, which has offices in Lancaster and Kendal, said it was working "
        "with the police.\n\n"
        "Its offices remain open.",
        "2025-04-16",
        _theirs("Arnside Lettings", "customer_data"),
        id="K2",
    ),
    pytest.param(
        "Courier firm hit by criminals\n\n"
        "Criminals hit Hessle Couriers last week and posted staff payroll details on a leak "
        "site, the company said on Monday.\n\n"
        "The Hull firm said parcels were still being collected and delivered.\n\n"
        "It has reported the attack to the police.",
        "2025-09-29",
        _theirs("Hessle Couriers", "employee_data"),
        id="K3",
    ),
    pytest.param(
        "Travel firm targeted by hackers\n\n"
        "Attackers targeted Yelverton Travel in April and leaked customer passport scans on "
        "the dark web, the company said on Thursday.\n\n"
        "The travel agent said holidays booked with it would go ahead as planned.\n\n"
        "It has informed the Information Commissioner's Office.",
        "2025-05-08",
        _theirs("Yelverton Travel", "customer_data"),
        id="K4",
    ),
    pytest.param(
        "Housebuilder targeted in ransomware attack\n\n"
        "A ransomware group attacked Mossley Builders in January and released employee "
        "records when the company refused to pay, the firm said on Wednesday.\n\n"
        "The housebuilder said work on its sites had continued throughout.\n\n"
        "It has reported the attack to the police.",
        "2025-02-12",
        _theirs("Mossley Builders", "employee_data"),
        id="K5",
    ),
    # Guards: an attack in words, and the victim publishing its own report.
    pytest.param(
        "Mayor criticises housing plan\n\n"
        "The mayor attacked the Ferncombe Developments plan for 400 homes on Tuesday and "
        "published the figures behind her objection.\n\n"
        "She said the scheme would put too much pressure on local roads and schools.\n\n"
        "Ferncombe Developments said it would respond in due course.",
        "2025-03-19",
        {"absent": ["Ferncombe Developments"]},
        id="K6",
    ),
    pytest.param(
        "Freight firm publishes report on ransomware attack\n\n"
        "Ashby Freight Services was hit by a ransomware attack in January that halted its "
        "warehouse systems for a week.\n\n"
        "The company investigated the attack and published a report on its website on "
        "Monday.\n\n"
        "The report said the attackers got in through an old remote access account.",
        "2025-04-02",
        _no_data_taken("Ashby Freight Services"),
        id="K7",
    ),
]

L_CASES = [
    pytest.param(
        "School districts' staff records exposed in supplier attack\n\n"
        "A cyber attack on Pellridge Software, which supplies payroll systems to school "
        "districts, has exposed staff records across several states.\n\n"
        "In Ohio, Kesterton County Schools said the records of its teachers had been "
        "accessed.\n\n"
        "The district said classes were going ahead as normal.",
        "2025-06-12",
        _theirs("Kesterton County Schools", "employee_data"),
        id="L1",
    ),
    pytest.param(
        "Library hit by cyber attack\n\n"
        "In Cumbria, Thornby Public Library said the personal details of its staff had been "
        "stolen in a cyber attack on Friday.\n\n"
        "The library said its branches would stay open, but computers for the public would be "
        "unavailable for several days.\n\n"
        "It has reported the attack to the police.",
        "2025-10-20",
        _theirs("Thornby Public Library", "employee_data"),
        id="L2",
    ),
    pytest.param(
        "Hospital staff records accessed\n\n"
        "Lindfield Hospital said on Tuesday that hackers had accessed the records of 900 of "
        "its employees.\n\n"
        "The hospital said patient care had not been affected and appointments were going "
        "ahead.\n\n"
        "It has informed the Information Commissioner's Office.",
        "2025-01-15",
        _theirs("Lindfield Hospital", "employee_data"),
        id="L3",
    ),
    pytest.param(
        "School district says employee data stolen\n\n"
        "In Michigan, Wendham Public Schools said hackers had stolen the personal information "
        "of its employees, including Social Security numbers.\n\n"
        "The district said it discovered the attack on 2 June.\n\n"
        "Its schools remained open.",
        "2025-06-12",
        _theirs("Wendham Public Schools", "employee_data"),
        id="L4",
    ),
    pytest.param(
        "College hit by ransomware\n\n"
        "In Yorkshire, Cressbrook College said the bank details of its staff had been taken "
        "in a ransomware attack last week.\n\n"
        "The college said lessons would continue, but students could not log in to its online "
        "learning system.\n\n"
        "It has reported the attack to the police.",
        "2025-11-18",
        _theirs("Cressbrook College", "employee_data"),
        id="L5",
    ),
    # Guards: the same kind of name told unaffected, and a place phrase.
    pytest.param(
        "School district hit by attack on supplier\n\n"
        "Harlow Brook County Schools said the personal details of its staff had been stolen "
        "in a cyber attack on Stoneleigh Software, which runs its payroll system.\n\n"
        "In Vermont, Stanwick Public Library, which uses the same supplier, said it was not "
        "affected.\n\n"
        "Stoneleigh Software said it was investigating.",
        "2025-08-26",
        {"absent": ["Stanwick Public Library"]},
        id="L6",
    ),
    pytest.param(
        "Coach firm's ticketing hit by cyber attack\n\n"
        "Kellerby Coaches said a cyber attack had knocked out its online ticketing on "
        "Monday.\n\n"
        "Schools in Moberly County were closed for snow on the same day, and the company said "
        "few passengers had been affected.\n\n"
        "Tickets could still be bought from drivers.",
        "2025-01-22",
        {"absent": ["Moberly County"]},
        id="L7",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(I_CASES, KNOWN_MISSES))
def test_personal_data_on_or_about_its_owners_is_theirs(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(J_CASES, KNOWN_MISSES))
def test_a_breach_named_by_card_data_is_that_data_taken(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(K_CASES, KNOWN_MISSES))
def test_data_published_after_an_attack_joined_by_and_is_the_victims(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(L_CASES, KNOWN_MISSES))
def test_a_place_and_institution_word_is_an_organisation(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)

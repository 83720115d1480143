"""Blind round 57: acceptance cases written from the contract alone.

Classes:

H. Systems encrypted by attackers are disrupted: "attackers encrypted servers across the
   group", "files on its servers had been encrypted", "staff arrived to find their computers
   encrypted", "ransomware encrypted its email system" give internal_systems disrupted; where
   the encrypted system is said to run a named service, that service is disrupted too ("the
   gang encrypted the systems that run its warehouses" -> stock_and_supply, "its booking
   servers were encrypted" -> online_orders). Guards (H7-H9): encryption as protection ("card
   details are encrypted when they are stored", "the stolen passwords were encrypted") in a
   data breach story, and a denial ("the attackers had not encrypted any of its systems",
   "None of our servers was encrypted"), give no internal_systems disrupted.
I. Personal data of people who work for, worked for, or applied to work for the organisation
   is employee_data, not customer_data: job applicants, current and retired members of a staff
   pension scheme, former employees and contractors, a force's police officers, a hospital
   trust's nurses and porters, current and retired firefighters -> employee_data compromised,
   customer_data not compromised. Guards (I7-I9): people who use the organisation's services
   are customers: loan applicants, a dental chain's patients, pensioners who hold savings
   accounts with a bank -> customer_data compromised, employee_data not compromised.
J. Customers spared in a story where only staff data was taken: "shoppers were not caught up
   in the breach", "customers were not affected by the breach", "its customer databases sit on
   separate systems which were not affected", "there was no evidence that information about
   customers had been accessed", "customer records were untouched", passengers' or guests'
   details "were not involved" or "not accessed" -> customer_data unaffected and employee_data
   compromised. Guards: "Customers were not affected" said of shops and deliveries in a
   payroll fault story with no data theft gives no customer_data service (J8); customers asked
   to watch out for phishing emails is no statement that their data is safe, so no
   customer_data unaffected (J9).

On the first run (the committed code at bc4b97b, with others' uncommitted edits to lexicon.py,
rules/cues.json and status.py in the working tree; a second run minutes later gave the same
result), 17 of the 27 cases passed. Class H: 9 of 9, guards included (H1-H6 each give
internal_systems disrupted, H4 stock_and_supply and H5 online_orders disrupted too; H7-H9 give
no internal_systems service at all). Class I: 4 of 9 (I3, I5 and the guards I8, I9): job
applicants (I1), current and retired members of a staff pension scheme (I2) and current and
retired firefighters (I6) are read as customer_data compromised with no employee_data; a
force's police officers (I4) give customer_data compromised beside employee_data; the guard I7
reads loan applicants' "salary details" as employee_data compromised. Class J: 4 of 9 (J4, J7
and the guards J8, J9): "shoppers were not caught up in the breach" (J1), "customers were not
affected by the breach" (J2), "Customer records were untouched" (J5) and "passengers' booking
details were held elsewhere and were not involved" (J6) give no customer_data service, and
"its customer databases sit on separate systems which were not affected" (J3) gives
internal_systems unaffected instead. The ten misses are in KNOWN_MISSES with what was observed.

Class H was written after that round's encryption rule was in the working tree: on the code
before it (bc4b97b) H1, H2, H3, H6 and the guard H9 fail. Class I's five misses (I1, I2, I4,
I6 and the guard I7) pass since the round's staff-data change and lost their marks, and J1,
J2 and J6 since the customers-spared change; J3 and J5 remain. In round 63 J3 passes
(people's databases hold their data, so the unaffected systems holding them are customer data
unaffected) and its entry is removed.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import (
    check_expectations,
    run,
    with_known_misses,
)

KNOWN_MISSES: dict[str, str] = {
    "J5": "no customer_data service from 'Customer records were untouched, the company said' "
    "(employee_data compromised is right)",
}


def check(record: dict[str, Any], expect: dict[str, Any]) -> None:
    check_expectations(record, expect)


def _encrypted(org: str, *services: str) -> dict[str, Any]:
    """Systems encrypted by attackers: each named service disrupted."""
    return {"primary": org, "statuses": {org: dict.fromkeys(services, "disrupted")}}


def _not_encrypted(org: str) -> dict[str, Any]:
    """Encryption as protection, or a denial: internal systems not disrupted."""
    return {"primary": org, "not_status": {org: {"internal_systems": "disrupted"}}}


def _staff_data(org: str) -> dict[str, Any]:
    """Data of staff, former staff, pension scheme members or job applicants."""
    return {
        "primary": org,
        "statuses": {org: {"employee_data": "compromised"}},
        "not_status": {org: {"customer_data": "compromised"}},
    }


def _customer_data(org: str) -> dict[str, Any]:
    """Data of people who use the organisation's services: customers, not staff."""
    return {
        "primary": org,
        "statuses": {org: {"customer_data": "compromised"}},
        "not_status": {org: {"employee_data": "compromised"}},
    }


def _customers_spared(org: str) -> dict[str, Any]:
    """Staff data taken, customers said to be untouched."""
    return {
        "primary": org,
        "statuses": {org: {"customer_data": "unaffected", "employee_data": "compromised"}},
    }


H_CASES = [
    pytest.param(
        "Tarrantby Freight servers encrypted in weekend attack\n\n"
        "Tarrantby Freight Group said attackers encrypted servers across the group in the early "
        "hours of Sunday. The haulier, which runs 600 lorries from depots in the Midlands and "
        "the north of England, said drivers had been given paper delivery notes so that loads "
        "could keep moving. It has reported the incident to the National Cyber Security Centre "
        "and brought in outside specialists. A spokesman said it was too early to say when its "
        "systems would be back.",
        "2025-01-21",
        _encrypted("Tarrantby Freight Group", "internal_systems"),
        id="H1",
    ),
    pytest.param(
        "Wenhaston council hit by cyber attack\n\n"
        "Wenhaston District Council has confirmed that files on its servers had been encrypted "
        "by criminals in a cyber attack discovered on Tuesday. The council said residents may "
        "find it harder to reach staff by phone or email this week. Bin collections and other "
        "frontline services are running as normal. The council said it was working with the "
        "police and the National Cyber Security Centre.",
        "2025-02-13",
        _encrypted("Wenhaston District Council", "internal_systems"),
        id="H2",
    ),
    pytest.param(
        "Brantingham Solicitors staff find computers locked by hackers\n\n"
        "Staff at Brantingham Solicitors arrived on Monday morning to find their computers "
        "encrypted, the law firm has said. A message on the screens demanded payment in "
        "bitcoin. The firm, which has offices in Hull and Beverley, said hackers were to blame "
        "and that it had informed the Solicitors Regulation Authority. Clients whose house "
        "purchases were due to complete this week have been warned of delays.",
        "2025-03-19",
        _encrypted("Brantingham Solicitors", "internal_systems"),
        id="H3",
    ),
    pytest.param(
        "Stathern Wholesale deliveries hit by ransomware\n\n"
        "Stathern Wholesale, which supplies about 3,000 independent convenience stores, said a "
        "ransomware gang had struck on Friday. The gang encrypted the systems that run its "
        "warehouses, leaving the company unable to pick and dispatch orders. Shopkeepers said "
        "they had been left with empty shelves over the weekend. Stathern said it was working "
        "around the clock with cyber security experts.",
        "2025-04-08",
        _encrypted("Stathern Wholesale", "internal_systems", "stock_and_supply"),
        id="H4",
    ),
    pytest.param(
        "Carrickmore Ferries passengers unable to book after cyber attack\n\n"
        "Carrickmore Ferries said its booking servers were encrypted by hackers on Wednesday "
        "night, leaving passengers unable to book crossings online. The operator, which runs "
        "services between Scotland and Northern Ireland, said sailings were running to "
        "timetable. Passengers with existing bookings should turn up at the port as normal, it "
        "said. Tickets can still be bought at the terminals.",
        "2025-05-15",
        _encrypted("Carrickmore Ferries", "internal_systems", "online_orders"),
        id="H5",
    ),
    pytest.param(
        "Morwenstow Housing Association tenants told to phone in repairs\n\n"
        "Ransomware encrypted Morwenstow Housing Association's email system and the back-office "
        "systems its staff use to log repairs, the association said on Thursday. Tenants have "
        "been asked to report urgent repairs by phone while the systems are rebuilt. The "
        "housing association, which manages 14,000 homes in Cornwall, said rent payments were "
        "not affected. It has reported the attack to the Information Commissioner's Office as "
        "a precaution.",
        "2025-06-05",
        _encrypted("Morwenstow Housing Association", "internal_systems"),
        id="H6",
    ),
    # Guards: encryption as protection, or a denial, is no disruption.
    pytest.param(
        "Lanhydrock Outdoor warns customers after data breach\n\n"
        "Lanhydrock Outdoor has told 40,000 customers that their names, email addresses and "
        "home addresses were stolen in a data breach. The outdoor clothing retailer said "
        "hackers had gained access to a database of online orders last month. It said card "
        "details are encrypted when they are stored and that no payment information had been "
        "taken. The company has reported the breach to the Information Commissioner's Office.",
        "2025-07-17",
        _not_encrypted("Lanhydrock Outdoor"),
        id="H7",
    ),
    pytest.param(
        "Wrangaton Fitness members' details stolen\n\n"
        "Wrangaton Fitness said hackers had stolen the email addresses and passwords of about "
        "90,000 gym members. The gym chain said the stolen passwords were encrypted, but it has "
        "asked members to change them as a precaution. It discovered the breach last week and "
        "has told the Information Commissioner's Office. Its 60 gyms are open as normal.",
        "2025-08-21",
        _not_encrypted("Wrangaton Fitness"),
        id="H8",
    ),
    pytest.param(
        "Cotehele Engineering says hackers copied files\n\n"
        "Cotehele Engineering said hackers had broken into its network and copied files, but "
        "the attackers had not encrypted any of its systems. The engineering firm, which makes "
        "parts for the rail industry, said its factories in Derby and Crewe were working "
        'normally. "None of our servers was encrypted and production has not been affected," a '
        "spokeswoman said. The company is investigating what information was taken.",
        "2025-09-25",
        _not_encrypted("Cotehele Engineering"),
        id="H9",
    ),
]

I_CASES = [
    pytest.param(
        "Harebell Garden Centres job applicants' details stolen\n\n"
        "The names and phone numbers of 12,000 job applicants were stolen in a cyber attack on "
        "Harebell Garden Centres, the chain said on Tuesday. The applicants had applied for "
        "seasonal jobs through a recruitment website the company runs itself. Harebell said it "
        "had written to everyone affected and reported the breach to the Information "
        "Commissioner's Office. Its 45 garden centres are trading as usual.",
        "2024-03-12",
        _staff_data("Harebell Garden Centres"),
        id="I1",
    ),
    pytest.param(
        "Lydbrook Water pension scheme members' bank details stolen\n\n"
        "Lydbrook Water said the bank details of 4,000 current and retired members of its "
        "staff pension scheme had been stolen in a cyber attack. The water company said the "
        "criminals had copied a spreadsheet used to pay pensions. It has written to the "
        "scheme's members and offered them two years of free credit monitoring. Water supplies "
        "were not affected, it said.",
        "2024-04-18",
        _staff_data("Lydbrook Water"),
        id="I2",
    ),
    pytest.param(
        "Blaxhall Construction former workers' details taken by hackers\n\n"
        "Blaxhall Construction said personal details of former employees and contractors who "
        "worked on its sites between 2015 and 2022 had been stolen by hackers. The information "
        "included names, national insurance numbers and dates of birth. The housebuilder said "
        "about 7,500 people were affected and that it had informed the Information "
        "Commissioner's Office. It said it was contacting everyone whose details were taken.",
        "2024-05-23",
        _staff_data("Blaxhall Construction"),
        id="I3",
    ),
    pytest.param(
        "Harrowdale Police officers' home addresses accessed by hackers\n\n"
        "The names, ranks and home addresses of more than 2,000 police officers serving with "
        "Harrowdale Police were accessed by hackers, the force has admitted. Officers' "
        "representatives said many were worried for their families' safety. The chief "
        "constable apologised and said the force had been in touch with every officer "
        "affected. An investigation by the National Crime Agency is under way.",
        "2024-06-27",
        _staff_data("Harrowdale Police"),
        id="I4",
    ),
    pytest.param(
        "Hospital staff details stolen in attack on rota system\n\n"
        "The personal details of nurses and porters at Thrumpton Hospitals NHS Trust were "
        "stolen in a cyber attack on the trust's rostering system, it has emerged. About 3,200 "
        "staff are affected, including agency nurses who have worked shifts at its two "
        "hospitals. The trust said patient care had not been disrupted. It has apologised to "
        "staff and set up a helpline for those affected.",
        "2024-07-25",
        _staff_data("Thrumpton Hospitals NHS Trust"),
        id="I5",
    ),
    pytest.param(
        "Yatesbury firefighters' bank details may have been stolen\n\n"
        "Yatesbury Fire and Rescue Service has warned current and retired firefighters that "
        "their personal details, including bank account numbers, may have been stolen. The "
        "service said criminals had gained access to its payroll system in March. About 1,100 "
        "people are affected, including control room staff. The fire service said emergency "
        "calls were answered as normal throughout.",
        "2024-08-29",
        _staff_data("Yatesbury Fire and Rescue Service"),
        id="I6",
    ),
    # Guards: people who use the organisation's services are customers.
    pytest.param(
        "Bickleigh Finance loan applicants' details stolen\n\n"
        "Bickleigh Finance said the names, addresses and salary details of 25,000 people who "
        "had applied for a loan were stolen by hackers. The lender said applications made "
        "through its website between January and April were affected. It has contacted those "
        "affected and offered them free credit monitoring. Bickleigh said its lending was "
        "continuing as normal.",
        "2024-09-19",
        _customer_data("Bickleigh Finance"),
        id="I7",
    ),
    pytest.param(
        "Trebah Dental patients' records stolen\n\n"
        "The medical histories and contact details of about 60,000 patients of Trebah Dental "
        "were stolen in a cyber attack, the dental chain has said. The company said the attack "
        "affected the software used to book appointments at its 38 practices. Patients have "
        "been told to be wary of calls from people claiming to be from their practice. Trebah "
        "said treatment was continuing as normal.",
        "2024-10-24",
        _customer_data("Trebah Dental"),
        id="I8",
    ),
    pytest.param(
        "Holmbury Savings Bank pensioners' details accessed\n\n"
        "Holmbury Savings Bank said the personal details of 8,000 pensioners who hold savings "
        "accounts with the bank had been accessed by criminals. The bank said the information, "
        "including names, dates of birth and account numbers, was taken from a system used to "
        "send annual statements. No money has been taken from any account, it said. The bank "
        "has written to the customers affected.",
        "2024-11-21",
        _customer_data("Holmbury Savings Bank"),
        id="I9",
    ),
]

J_CASES = [
    pytest.param(
        "Cobbleston Stores staff details stolen in cyber attack\n\n"
        "Hackers have stolen the names, addresses and national insurance numbers of about 9,000 "
        "Cobbleston Stores employees, the supermarket chain said on Monday. The information was "
        "taken from a human resources system that the company uses to manage staff rotas and "
        "pay. Cobbleston said shoppers were not caught up in the breach. Its 140 stores are "
        "trading normally.",
        "2025-01-14",
        _customers_spared("Cobbleston Stores"),
        id="J1",
    ),
    pytest.param(
        "Ashwellthorpe Insurance staff payroll records accessed\n\n"
        "Ashwellthorpe Insurance said the payroll records of 2,400 members of staff had been "
        "accessed by an unauthorised third party. The insurer said customers were not affected "
        "by the breach. It has reported the matter to the Information Commissioner's Office and "
        "offered staff free identity protection for two years. Claims are being handled as "
        "normal, it said.",
        "2025-02-18",
        _customers_spared("Ashwellthorpe Insurance"),
        id="J2",
    ),
    pytest.param(
        "Wherwell Telecom employees' details stolen\n\n"
        "Wherwell Telecom said criminals had stolen the personal details of current and former "
        "employees in a cyber attack on its human resources department. The broadband provider "
        "said its customer databases sit on separate systems which were not affected. About "
        "5,000 people who work or used to work for the company have been told to watch their "
        "bank accounts. Broadband and phone services were running normally.",
        "2025-03-25",
        _customers_spared("Wherwell Telecom"),
        id="J3",
    ),
    pytest.param(
        "Hindlip Energy staff bank details accessed\n\n"
        "Hindlip Energy said hackers had accessed the bank details and salaries of its 1,800 "
        "employees after breaking into a payroll system last week. The energy supplier said "
        "there was no evidence that information about customers had been accessed. It has told "
        "the police and the Information Commissioner's Office. A union representing Hindlip "
        "staff said members were angry that they had learned about the breach from a newspaper.",
        "2025-04-29",
        _customers_spared("Hindlip Energy"),
        id="J4",
    ),
    pytest.param(
        "Cressbrook Water staff information stolen\n\n"
        "Cressbrook Water said the personal information of about 3,000 staff, including home "
        "addresses and dates of birth, was stolen when cyber criminals broke into a server at "
        "its head office. Customer records were untouched, the company said. Water and "
        "sewerage services were not affected. The company said it had contacted every member "
        "of staff.",
        "2025-05-27",
        _customers_spared("Cressbrook Water"),
        id="J5",
    ),
    pytest.param(
        "Edensor Airways crew passport numbers stolen\n\n"
        "Edensor Airways said the personal details of pilots and cabin crew, including passport "
        "numbers, had been stolen in a cyber attack on its rostering system. About 4,000 "
        "current and former crew members are affected. The airline said passengers' booking "
        "details were held elsewhere and were not involved. Flights were operating normally, "
        "it said.",
        "2025-06-24",
        _customers_spared("Edensor Airways"),
        id="J6",
    ),
    pytest.param(
        "Ludgvan Hotels staff bank details taken by hackers\n\n"
        "Ludgvan Hotels has told 2,600 staff that their names, addresses and bank details were "
        "stolen when hackers got into its payroll system. The hotel group said guests' details "
        "are kept on a separate system which was not accessed. The company, which runs 30 "
        "hotels in the south-west of England, said it had called in cyber security experts. "
        "Its hotels are open as normal.",
        "2025-07-29",
        _customers_spared("Ludgvan Hotels"),
        id="J7",
    ),
    # Guard: customers not affected by a payroll fault with no data theft: no customer_data.
    pytest.param(
        "Scorrier Foods staff paid late after payroll fault\n\n"
        "About 3,000 staff at Scorrier Foods were paid two days late this month after a fault "
        "in the supermarket chain's payroll system. The company said a software update had gone "
        "wrong and that it was not a cyber attack. Customers were not affected, it said, with "
        "its shops trading normally and home deliveries going out on time. Scorrier apologised "
        "to staff and said it would cover any bank charges.",
        "2025-08-28",
        {"primary": "Scorrier Foods", "no_service": {"Scorrier Foods": ["customer_data"]}},
        id="J8",
    ),
    # Guard: customers asked to watch for phishing is no statement that their data is safe.
    pytest.param(
        "Glaisdale Mobile employees' details stolen\n\n"
        "Glaisdale Mobile said hackers had stolen the names and email addresses of about 1,500 "
        "employees. The mobile phone network said it was asking customers to watch out for "
        "phishing emails that appear to come from the company, because the criminals could use "
        "staff names to make scam messages look genuine. Glaisdale said it had reported the "
        "attack to the police. Its network and shops were operating normally.",
        "2025-09-30",
        {
            "primary": "Glaisdale Mobile",
            "not_status": {"Glaisdale Mobile": {"customer_data": "unaffected"}},
        },
        id="J9",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(H_CASES, KNOWN_MISSES))
def test_systems_encrypted_by_attackers_are_disrupted(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(I_CASES, KNOWN_MISSES))
def test_data_of_staff_applicants_and_pensioners_is_employee_data(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(J_CASES, KNOWN_MISSES))
def test_customers_spared_when_only_staff_data_was_taken(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)

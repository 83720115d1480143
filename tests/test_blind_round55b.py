"""Blind round 55b: acceptance cases written from the contract alone.

Classes:

A. Names in a "whose" clause on an organisation say whom it serves, not who was hit: "A payroll
   bureau whose clients include X and Y has been hit by ransomware", "The wholesaler, whose
   customers include X and Y, said deliveries were delayed", "a logistics firm whose biggest
   customers are X and Y", "whose customers range from X to Y", "a buying group whose members
   include X and Y". X and Y have no incident; the organisation the clause is on is the
   primary. Guards: a client that a sentence of its own says was hit ("X said its own deliveries
   had been suspended after the attack on its supplier", "X said its own payroll systems had
   been disrupted by the attack on its supplier") does have an incident; a "whose" clause on a
   person ("Jo Marsh, whose bakery is X, said her card machine failed all day") is outside the
   class, and only the story's primary is checked there.
B. Encryption told as protection is not ransomware: stolen or lost devices said to be encrypted
   ("The stolen laptop was encrypted", "the missing phone was fully encrypted", "all of the
   data on the stolen devices was encrypted"), and passwords or card details kept encrypted
   ("customer passwords were hashed and encrypted", "card data is encrypted in the terminal",
   "Card details are kept encrypted") give no ransomware type. Guards: machines, files or data
   encrypted in an attack ("Staff laptops were encrypted, leaving employees unable to work",
   "its files were encrypted by hackers", "its data was encrypted and a ransom demanded") are
   ransomware.
C. The attack ended, however "cyber attack" is spelt: "the cyberattack has already been
   stopped", "it had stopped the cyberattack within hours", "the cyber-attack has been
   contained", "the cyber attack was halted", "the cyber-attack was stopped", "had halted the
   cyberattack" each give a general (service null) restored claim. Guards: an aim, not a thing
   done ("was working to stop the cyberattack", "hoped to contain the cyberattack", "was trying
   to halt the cyber-attack") gives no general restored claim.
D. Records before a system name the system: "its patient records system remains offline", "the
   student records system was back online on Thursday", "the student information system was
   restored", "its customer records system crashed" are internal_systems (disrupted or
   restored), and customer_data is not compromised from them when nothing says data was taken.
   Guards: "hackers accessed its customer data systems" or "breached its customer information
   systems" make customer_data compromised.

(Developers' note.) On the helper's first run (e4cb210), 29 of the 36 cases pass; the 7
misses were listed in KNOWN_MISSES with what was observed. Only A3 missed inside its class: a
copula as the clause's verb ("whose biggest customers are X and Y") was then read too, and 30
pass now, six known misses left; B2, B3, B5, B6
and B7 give no incident at all (the organisation's name is not recognised, or the theft is not
read as an incident) and B8 names the station without "FM", so class B is tested for now by B1,
B4 and B9 alone (B8's record does carry ransomware).
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
    "B2": "no incident at all: 'Pinhallow Ambulance Service' (no leading 'The') is not taken "
    "as an organisation",
    "B3": "no incident at all: 'Lanthorn Tickets' is not taken as an organisation (the model "
    "reads it as a person)",
    "B5": "no incident at all: 'Pevensham Stays' is not taken as an organisation (the model "
    "reads it as a person)",
    "B6": "no incident at all: the theft of council tablets holding case notes is not read as "
    "an incident",
    "B7": "no incident at all: 'Fellmarsh Studio' is not taken as an organisation (the model "
    "reads it as a person)",
    "B8": "the station is named 'Kilnbury', dropping 'FM' (ransomware itself is given)",
}


def check(record: dict[str, Any], expect: dict[str, Any]) -> None:
    check_expectations(record, expect)


def _serves(org: str, *clients: str, **extra: Any) -> dict[str, Any]:
    """The organisation is the primary; the names it serves have no incident."""
    return {"primary": org, "absent": list(clients), **extra}


def _protected(org: str, **extra: Any) -> dict[str, Any]:
    """Encryption told as protection: no ransomware."""
    return {"primary": org, "types_absent": {org: ["ransomware"]}, **extra}


def _encrypted_in_attack(org: str) -> dict[str, Any]:
    """Machines, files or data encrypted by attackers: ransomware."""
    return {"primary": org, "types_present": {org: ["ransomware", "cyber_attack"]}}


def _attack_over(org: str) -> dict[str, Any]:
    """The attack was stopped or contained: a general restored claim."""
    return {"primary": org, "claims_present": {org: [(None, "restored")]}}


def _attack_not_over(org: str) -> dict[str, Any]:
    """Stopping the attack is only an aim: no general restored claim."""
    return {"primary": org, "claims_absent": {org: [(None, "restored")]}}


def _system(org: str, status: str, claim: bool = False) -> dict[str, Any]:
    """A records system: internal_systems, and no customer data taken."""
    expect: dict[str, Any] = {
        "primary": org,
        "statuses": {org: {"internal_systems": status}},
        "not_status": {org: {"customer_data": "compromised"}},
        "data_not": {org: True},
    }
    if claim:
        expect["claims_present"] = {org: [("internal_systems", "restored")]}
    return expect


def _data_systems_breached(org: str) -> dict[str, Any]:
    return {"primary": org, "statuses": {org: {"customer_data": "compromised"}}}


A_CASES = [
    pytest.param(
        "Payroll bureau Kestrelby Payroll Services hit by ransomware\n\n"
        "A payroll bureau whose clients include Drennick Foods and Oxenhope Motors has been hit "
        "by ransomware. Kestrelby Payroll Services, based in Northampton, said it discovered the "
        "attack on Sunday morning and had shut down its systems as a precaution. Managing "
        "director Colin Ferris said the firm was doing everything it could to make sure wages "
        "due at the end of the month were paid on time. The company has informed the "
        "Information Commissioner's Office.",
        "2024-11-19",
        _serves(
            "Kestrelby Payroll Services",
            "Drennick Foods",
            "Oxenhope Motors",
            types_present={"Kestrelby Payroll Services": ["ransomware"]},
        ),
        id="A1",
    ),
    pytest.param(
        "Wholesaler Pellwick Foodservice says deliveries delayed after cyber attack\n\n"
        "Pellwick Foodservice, a catering wholesaler based in Leeds, was hit by a cyber attack on "
        "Tuesday night. The wholesaler, whose customers include Braxmoor Inns and Simbury Care "
        "Homes, said deliveries were delayed by up to two days while its ordering systems were "
        "checked. A spokeswoman said there was no evidence that any customer information had "
        "been taken. The firm expects to be back to normal by the weekend.",
        "2025-01-16",
        _serves("Pellwick Foodservice", "Braxmoor Inns", "Simbury Care Homes"),
        id="A2",
    ),
    pytest.param(
        "Witherden Freight warehouse systems down after hack\n\n"
        "Witherden Freight, a logistics firm whose biggest customers are Cantlebury Garden "
        "Centres and Hoskett Pet Supplies, has been hit by a cyber attack that left its "
        "warehouse systems offline. Lorries were being loaded by hand at its depot near "
        "Daventry on Wednesday, a driver told the Echo. The company declined to say whether a "
        "ransom had been demanded.",
        "2024-05-23",
        _serves("Witherden Freight", "Cantlebury Garden Centres", "Hoskett Pet Supplies"),
        id="A3",
    ),
    pytest.param(
        "Software firm Velloway Systems investigating cyber attack\n\n"
        "Velloway Systems, whose customers range from Ashtonvale Building Society to Pembrose "
        "Opticians, is investigating a cyber attack on its internal network. The Glasgow "
        "software company said it had taken some servers offline on Wednesday and called in "
        "outside specialists. Its products, which run on a separate cloud platform, have not "
        "been affected, it added.",
        "2024-09-12",
        _serves("Velloway Systems", "Ashtonvale Building Society", "Pembrose Opticians"),
        id="A4",
    ),
    pytest.param(
        "Buying group Corrandale Purchasing struck by ransomware\n\n"
        "Corrandale Purchasing, a buying group whose members include Fennacre Hardware and "
        "Lyddington Builders Merchants, said a ransomware attack had encrypted its servers on 4 "
        "March. Orders placed through the group are being handled by email and phone in the "
        "meantime. The group said it had not paid a ransom and was rebuilding its systems.",
        "2025-03-07",
        _serves("Corrandale Purchasing", "Fennacre Hardware", "Lyddington Builders Merchants"),
        id="A5",
    ),
    pytest.param(
        "Accountancy firm Hurlestone & Pike admits email breach\n\n"
        "Hurlestone & Pike, an accountancy firm whose clients include Ramsholt Football Club and "
        "the Culverdine Arts Trust, has admitted that hackers accessed its email system last "
        "month. The firm said copies of tax returns sent by email may have been viewed. It has "
        "written to everyone affected and reported the breach to the regulator.",
        "2024-07-04",
        _serves("Hurlestone & Pike", "Ramsholt Football Club", "Culverdine Arts Trust"),
        id="A6",
    ),
    # Guards: a client that a sentence of its own says was hit.
    pytest.param(
        "Flour miller Grennock Mills hit by cyber attack\n\n"
        "Grennock Mills, a flour miller whose customers include Pelstead Bakeries and Hobcastle "
        "Kitchens, was hit by a cyber attack on Monday that stopped its order system. Pelstead "
        "Bakeries said its own deliveries had been suspended after the attack on its supplier, "
        "leaving some of its shops without bread on Tuesday. Grennock said it hoped to resume "
        "normal service within days.",
        "2024-10-09",
        {
            "primary": "Grennock Mills",
            "related": ["Pelstead Bakeries"],
            "absent": ["Hobcastle Kitchens"],
        },
        id="A7",
    ),
    pytest.param(
        "Ransomware attack on Brantholme Payroll delays council wages\n\n"
        "Brantholme Payroll, a payroll bureau whose clients include Orlby District Council and "
        "Gadsworth Veterinary Group, was hit by ransomware last Thursday. Orlby District Council "
        "said its own payroll systems had been disrupted by the attack on its supplier, and some "
        "staff would be paid late. Brantholme said it was restoring its systems from backups.",
        "2025-02-24",
        {
            "primary": "Brantholme Payroll",
            "related": ["Orlby District Council"],
            "absent": ["Gadsworth Veterinary Group"],
        },
        id="A8",
    ),
    # Guard: a "whose" clause on a person; only the primary is checked.
    pytest.param(
        "Card machines fail at shops served by Corvennick Payments\n\n"
        "Thousands of shops and cafes were unable to take card payments on Saturday after a "
        "technical fault at payments firm Corvennick Payments. Jo Marsh, whose bakery is "
        "Marsh's of Eddleston, said her card machine failed all day and she had to turn "
        "customers away. Corvennick said the fault, caused by a failed software update, was "
        "fixed by Saturday evening and was not the result of a cyber attack.",
        "2024-08-12",
        {"primary": "Corvennick Payments"},
        id="A9",
    ),
]

B_CASES = [
    pytest.param(
        "Nursery chain warns parents after laptop theft\n\n"
        "Brimblecote Nurseries said a laptop containing children's names, dates of birth and "
        "parents' contact details was stolen from a manager's car in Swindon on 2 May. The "
        "stolen laptop was encrypted and protected by a password, the company said, and there "
        "was no sign the information had been accessed. The theft has been reported to police "
        "and to the Information Commissioner's Office.",
        "2024-05-08",
        _protected("Brimblecote Nurseries"),
        id="B1",
    ),
    pytest.param(
        "Ambulance service loses phone holding patient details\n\n"
        "Pinhallow Ambulance Service has apologised after a work phone holding the names and "
        "addresses of patients went missing during a shift in Truro last week. The service said "
        "the missing phone was fully encrypted and had been wiped remotely within hours. It has "
        "reported the loss to the Information Commissioner's Office as a precaution.",
        "2025-04-14",
        _protected("Pinhallow Ambulance Service"),
        id="B2",
    ),
    pytest.param(
        "Ticket seller Lanthorn Tickets says hackers accessed customer database\n\n"
        "Lanthorn Tickets, an online box office used by theatres in the north of England, said "
        "hackers had accessed its customer database over the weekend. Names, email addresses "
        "and booking histories were taken, but customer passwords were hashed and encrypted, the "
        "company said. It has asked customers to change their passwords as a precaution.",
        "2024-03-18",
        _protected(
            "Lanthorn Tickets",
            statuses={"Lanthorn Tickets": {"customer_data": "compromised"}},
        ),
        id="B3",
    ),
    pytest.param(
        "Card payment outage at Dellacourt Foods supermarkets\n\n"
        "Shoppers at Dellacourt Foods supermarkets were unable to pay by card for several hours "
        "on Friday after a fault with its payment network. The company said the problem was "
        "caused by a failed router at its data centre, and stressed that card data is encrypted "
        "in the terminal, so no customer information was at risk. Card payments were working "
        "again by 4pm.",
        "2024-12-02",
        _protected(
            "Dellacourt Foods",
            types_present={"Dellacourt Foods": ["technical_outage"]},
        ),
        id="B4",
    ),
    pytest.param(
        "Holiday cottage site Pevensham Stays hacked\n\n"
        "Pevensham Stays, a holiday cottage booking website, said criminals had broken into its "
        "website and copied the names and addresses of around 12,000 guests. Card details are "
        "kept encrypted and were not taken, the company said. The firm has reported the attack "
        "to Action Fraud and is contacting everyone affected.",
        "2024-06-27",
        _protected("Pevensham Stays"),
        id="B5",
    ),
    pytest.param(
        "Tablets holding case notes stolen from council van\n\n"
        "Two tablets used by Harlowby Borough Council social workers were stolen from a parked "
        "van on Monday. The council said the tablets held case notes on a small number of "
        "families, but all of the data on the stolen devices was encrypted. Police are "
        "investigating the theft, and the council has written to the families concerned.",
        "2025-01-30",
        _protected("Harlowby Borough Council"),
        id="B6",
    ),
    # Guards: encrypted by attackers.
    pytest.param(
        "Architects Fellmarsh Studio brought to a standstill by cyber attack\n\n"
        "Architecture practice Fellmarsh Studio said a cyber attack on Wednesday had brought its "
        "Manchester office to a standstill. Staff laptops were encrypted, leaving employees "
        "unable to work for three days, and the practice's file server was taken offline. The "
        "practice said it had reported the attack to the police.",
        "2024-10-21",
        _encrypted_in_attack("Fellmarsh Studio"),
        id="B7",
    ),
    pytest.param(
        "Community radio station Kilnbury FM knocked off air by hackers\n\n"
        "Kilnbury FM went off air for most of Sunday after its files were encrypted by hackers, "
        "the station said. Presenters broadcast pre-recorded shows on Monday while volunteers "
        "rebuilt its playout computers. The station said no listener details were held on the "
        "affected machines.",
        "2025-03-04",
        _encrypted_in_attack("Kilnbury FM"),
        id="B8",
    ),
    pytest.param(
        "Ormsbury Garden Centres tills cash-only after attack\n\n"
        "Ormsbury Garden Centres said its data was encrypted and a ransom demanded after "
        "criminals got into its network on 9 April. Tills at its eight sites were switched to "
        "cash only while the company worked through the problem. It has not said whether it "
        "will pay.",
        "2024-04-12",
        _encrypted_in_attack("Ormsbury Garden Centres"),
        id="B9",
    ),
]

C_CASES = [
    pytest.param(
        "Broadmere Water targeted by hackers\n\n"
        "Broadmere Water said on Tuesday that it had been targeted by hackers but that the "
        "cyberattack has already been stopped. The utility said water supplies had not been "
        "affected at any point and its engineers were checking its systems. Customers were "
        "told they did not need to take any action.",
        "2024-07-23",
        _attack_over("Broadmere Water"),
        id="C1",
    ),
    pytest.param(
        "Lantervale Building Society members locked out of online banking\n\n"
        "Lantervale Building Society said it had stopped the cyberattack within hours of "
        "detecting it on Sunday night. Members were unable to log in to online banking for part "
        "of Monday morning, the society said. It has reported the incident to the Financial "
        "Conduct Authority.",
        "2025-02-11",
        _attack_over("Lantervale Building Society"),
        id="C2",
    ),
    pytest.param(
        "Ravensgill Council says cyber-attack contained\n\n"
        "Ravensgill Council has said the cyber-attack has been contained, five days after it "
        "took down the council's website and phone lines. A spokesman said officers were still "
        "working through the damage and asked residents to be patient. Council tax payments "
        "can be made in person at the town hall.",
        "2024-11-28",
        _attack_over("Ravensgill Council"),
        id="C3",
    ),
    pytest.param(
        "Portscathen Ferries detects intrusion on its network\n\n"
        "Portscathen Ferries said the cyber attack was halted before it reached its booking "
        "system. The ferry operator detected suspicious activity on its network on Thursday "
        "afternoon and disconnected several servers. Sailings ran to timetable throughout, it "
        "said.",
        "2024-08-16",
        _attack_over("Portscathen Ferries"),
        id="C4",
    ),
    pytest.param(
        "Lowestham Sixth Form College hit by cyber-attack\n\n"
        "Lowestham Sixth Form College was hit by a cyber-attack during the Easter holidays, the "
        "principal has told parents. The cyber-attack was stopped on Wednesday by the college's "
        "IT team, working with an outside security firm. Students were asked to reset their "
        "passwords before the start of term.",
        "2025-04-22",
        _attack_over("Lowestham Sixth Form College"),
        id="C5",
    ),
    pytest.param(
        "Thornacre Engineering fends off hackers\n\n"
        "Thornacre Engineering, which makes parts for the rail industry, said its security team "
        "had halted the cyberattack on Friday before any production lines were affected. The "
        "Sheffield company said it was still investigating how the attackers got in. Staff "
        "worked from home on Friday afternoon while checks were made.",
        "2024-09-30",
        _attack_over("Thornacre Engineering"),
        id="C6",
    ),
    # Guards: stopping the attack is an aim, not done.
    pytest.param(
        "Merrivale Logistics deliveries disrupted by cyberattack\n\n"
        "Merrivale Logistics said it was working to stop the cyberattack, which began on Monday "
        "and has disrupted deliveries to shops across Wales. The haulier said it had brought in "
        "specialists and informed the police. Drivers have been told to stay at depots until "
        "further notice.",
        "2025-01-08",
        _attack_not_over("Merrivale Logistics"),
        id="C7",
    ),
    pytest.param(
        "Stannington Port Authority hit by cyberattack\n\n"
        "Stannington Port Authority said on Tuesday that it hoped to contain the cyberattack "
        "on its computer network as quickly as possible. Ships were still being loaded, but "
        "paperwork for incoming cargo was being processed by hand. The authority did not say "
        "who was behind the attack.",
        "2024-06-04",
        _attack_not_over("Stannington Port Authority"),
        id="C8",
    ),
    pytest.param(
        "Ludworth Leisure gyms switch to paper after cyber-attack\n\n"
        "Ludworth Leisure, which runs swimming pools and gyms for three councils in Kent, said "
        "its IT team was trying to halt the cyber-attack that struck its booking system on "
        "Saturday. Members have been asked to turn up without booking while the system is "
        "offline. The company said it did not yet know whether members' details had been "
        "accessed.",
        "2024-03-11",
        _attack_not_over("Ludworth Leisure"),
        id="C9",
    ),
]

D_CASES = [
    pytest.param(
        "Strathmorven Health Board records system still down after cyber attack\n\n"
        "Strathmorven Health Board said its patient records system remains offline after a "
        "cyber attack on Saturday. Doctors are writing notes by hand, and some outpatient "
        "appointments have been cancelled this week. The board urged people to attend "
        "emergency departments only if their need was urgent.",
        "2024-12-17",
        _system("Strathmorven Health Board", "disrupted"),
        id="D1",
    ),
    pytest.param(
        "Ebbesley University records system back after IT failure\n\n"
        "Ebbesley University said the student records system was back online on Thursday, a "
        "week after an IT failure took it down. Staff had been unable to enrol new students or "
        "print timetables while it was out of action. The university said the failure was "
        "caused by a faulty database upgrade and was not a cyber attack.",
        "2024-10-05",
        _system("Ebbesley University", "restored", claim=True),
        id="D2",
    ),
    pytest.param(
        "Upper Trenhay College recovers from ransomware attack\n\n"
        "Upper Trenhay College has said the student information system was restored on Monday, "
        "ten days after a ransomware attack on the college. Lecturers had been taking "
        "attendance on paper in the meantime. The principal thanked staff and students for "
        "their patience.",
        "2025-02-05",
        _system("Upper Trenhay College", "restored", claim=True),
        id="D3",
    ),
    pytest.param(
        "Gallowfield Energy call handlers left without account details\n\n"
        "Gallowfield Energy said its customer records system crashed on Monday morning, "
        "leaving call handlers unable to see customers' accounts or take meter readings. The "
        "supplier blamed a fault in a software update and said it was not a cyber attack. "
        "Customers were asked to call back later in the week.",
        "2024-11-06",
        _system("Gallowfield Energy", "disrupted"),
        id="D4",
    ),
    pytest.param(
        "Ashcombe Vale School's pupil records system down after hack\n\n"
        "The pupil records system at Ashcombe Vale School has been down since a cyber attack "
        "last Wednesday, the head teacher told parents in a letter. Registers are being taken "
        "on paper and reports will be sent home late. Lessons are carrying on as normal.",
        "2025-03-17",
        _system("Ashcombe Vale School", "disrupted"),
        id="D5",
    ),
    pytest.param(
        "Nettlecombe Hospice systems working again\n\n"
        "Nettlecombe Hospice said its patient records system was working again on Friday after "
        "a power cut at its data centre knocked it out for two days. Nurses had used paper "
        "charts while it was unavailable. The hospice said care for patients had continued "
        "throughout.",
        "2024-08-26",
        _system("Nettlecombe Hospice", "restored", claim=True),
        id="D6",
    ),
    pytest.param(
        "Hindmarsh Homes repairs hit by ransomware\n\n"
        "Housing association Hindmarsh Homes said its tenant records system remains unavailable "
        "after a ransomware attack on 12 June. Tenants have been asked to report urgent repairs "
        "by phone, and rent statements will be delayed. The association said it was working "
        "with the National Cyber Security Centre.",
        "2024-06-19",
        _system("Hindmarsh Homes", "disrupted"),
        id="D7",
    ),
    # Guards: customer data systems broken into.
    pytest.param(
        "Durnford Insurance says hackers accessed customer data systems\n\n"
        "Durnford Insurance has confirmed that hackers accessed its customer data systems "
        "earlier this month. The Norwich insurer said it was still working out how many "
        "policyholders were affected and would contact them directly. Claims and renewals are "
        "being handled as normal.",
        "2024-09-19",
        _data_systems_breached("Durnford Insurance"),
        id="D8",
    ),
    pytest.param(
        "Bexholm Telecom warns of breach\n\n"
        "Bexholm Telecom said criminals had breached its customer information systems in an "
        "attack discovered on 21 January. The broadband provider said it had closed the route "
        "the attackers used and reported the incident to the regulator. Customers have been "
        "warned to watch out for scam calls.",
        "2025-01-27",
        _data_systems_breached("Bexholm Telecom"),
        id="D9",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(A_CASES, KNOWN_MISSES))
def test_whose_clause_names_who_it_serves(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(B_CASES, KNOWN_MISSES))
def test_encryption_as_protection_is_not_ransomware(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(C_CASES, KNOWN_MISSES))
def test_attack_stopped_however_spelt(text: str, published: str, expect: dict[str, Any]) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(D_CASES, KNOWN_MISSES))
def test_records_before_a_system_name_the_system(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)

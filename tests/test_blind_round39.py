"""Blind tests, round 39: the return of those a provider serves is a general restoration claim,
and an IT failure caused by an update shipped by the victim's own supplier is a third-party
incident.

How these tests were written: blind. Every article below is invented (invented organisations,
people and places, fresh sentences) and every expectation was written from the two class
descriptions in the brief alone (A: when a supplier, provider or host says that its customers,
clients, users, dealers, members or merchants are back in service, that is a restoration claim
for the provider with `service: null`, `restored` when all are back, `partially_restored` when
only some, most or the first are, `restoration_expected` when it is a promise or expectation
with a future time; B: when the victim says its trouble was caused by an update or patch pushed,
issued or sent by its supplier, vendor, provider or the system's maker, named or unnamed, its
incident_types include `third_party` and `technical_outage`, and no `cyber_attack` when the text
says it was not an attack), with guards where the rule must not fire (A: customers coming back as
people, a firm hoping to win customers back, an analyst's opinion about customers, and a
sentence that names a taxonomy service as what came back, whose claim is that service's and not
null; B: an update pushed by the victim's own IT team or in-house developers, a supplier's update
that only went well or is planned for the future, and a supplier's update named only as the
remedy for trouble that had another cause). The only project files read were
tests/blind_support.py, the output contract
/work/shared/spec/incident-record.md, the annotation conventions in
/work/shared/devset/README.md, and tests/test_blind_round38.py for its format only. Nothing
under src/, no case or fixture file and no dev-set article or gold file was read, and no
expectation was tuned to (or changed after seeing) the extractor's output. Every weekday named
in an article was checked with Python's datetime against its `published` date.

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import claim_pairs, get, known_miss_param, run

# Cases the extractor missed on the first run (code as of bbb520f), each a strict xfail with the
# reason found from its actual output, so a fix shows up as an unexpected pass. No expectation
# was changed to match the output. A5, A8, A11, B6 and B8 were fixed in this round (see the log);
# B2 in round 51 (a consequence to come puts no cause to come).
KNOWN_MISSES: dict[str, str] = {
    "BG3-supplier-update-went-smoothly-and-played-no-part": "no incident at all: a burst pipe "
    "flooding the server room so branches 'could not take orders or payments' yields no record",
    "BG4-supplier-update-due-next-month": "third_party is given from an update the payment "
    "software supplier is only due to issue next month (the outage was a power cut)",
}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


def claim_summary(incident: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (c["service"], c["status"], c["scope"], c["evidence"]["text"])
        for c in incident["restoration_claims"]
    ]


# --------------------------------------------------------------------------------------------
# Class A: the return of those a provider serves is a general restoration claim

# (id, published, text, provider, status of the general claim)
A_POSITIVE = [
    (
        "A1-payroll-firm-expects-all-affected-clients-back-to-normal-by-friday",
        "2024-03-13",
        "Ransomware attack halts Pellingham Payroll wage runs\n\n"
        "Pellingham Payroll Ltd, which runs payroll software for about 2,000 small employers, was "
        "hit by a ransomware attack on Monday that stopped it from processing wages. The company "
        "said its engineers were rebuilding its servers from backups. It expects to have all "
        "affected clients back to normal by Friday, a spokeswoman said. Employers have been told "
        "to pay staff the same amount as last month in the meantime.",
        "Pellingham Payroll Ltd",
        "restoration_expected",
    ),
    (
        "A2-web-host-expects-majority-of-customers-fully-operational-by-end-of-next-week",
        "2024-06-19",
        "Storage failure knocks Tarnbrook Hosting customers offline\n\n"
        "A storage system failure at Tarnbrook Hosting Ltd on Sunday knocked thousands of small "
        "business websites offline, the web hosting company said. Engineers are copying "
        'customer files to new equipment. "We expect the majority of affected customers to be '
        'fully operational by the end of next week," said managing director Colm Fairhurst. '
        "The company has apologised and promised account credits.",
        "Tarnbrook Hosting Ltd",
        "restoration_expected",
    ),
    (
        "A3-it-services-firm-most-of-its-customers-back-online-by-thursday",
        "2024-09-27",
        "Cyber attack on Drummond IT Services disrupts hundreds of firms\n\n"
        "Drummond IT Services, which manages computer networks for accountants and solicitors "
        "across the Calder valley, was hit by a cyber attack last weekend. The company shut down "
        "its remote management tools while it investigated. It said most of its customers were "
        "back online by Thursday. No client data was taken, the firm added.",
        "Drummond IT Services",
        "partially_restored",
    ),
    (
        "A4-payments-processor-all-of-its-merchants-back-up-and-running",
        "2024-11-08",
        "Card processor Veldon Payments recovers from outage\n\n"
        "Veldon Payments, a card processor used by about 6,000 independent shops and cafes, "
        "suffered an outage on Wednesday that left its merchants unable to take card payments "
        "for most of the afternoon. By Thursday morning all of its merchants were back up and "
        "running, the company said. Veldon Payments said the outage was not a cyber attack.",
        "Veldon Payments",
        "restored",
    ),
    (
        "A5-saas-vendor-first-customers-back-online-on-tuesday",
        "2024-02-07",
        "Ransomware hits booking software maker Quenby Software\n\n"
        "Quenby Software, whose appointment booking tool is used by hair salons and dental "
        "practices, said ransomware had encrypted its main servers on Saturday. The first "
        "customers were back online on Tuesday, the company said, and it was restoring the "
        "others one by one. Salons have been keeping appointments in paper diaries.",
        "Quenby Software",
        "partially_restored",
    ),
    (
        "A6-dealer-software-all-of-its-dealers-back-up-and-running-by-wednesday",
        "2024-07-05",
        "Car dealers' software supplier Corvale Systems recovers from cyber attack\n\n"
        "Corvale Systems, which supplies the software car dealerships use to manage sales, "
        "servicing and finance, shut its systems down last week after a cyber attack. All of its "
        "dealers were back up and running by Wednesday morning, the company said in a statement. "
        "Corvale Systems said it was still working with investigators to find out how the "
        "attackers got in.",
        "Corvale Systems",
        "restored",
    ),
    (
        "A7-co-operative-most-members-back-online-by-saturday",
        "2024-04-15",
        "Independent grocers' IT co-operative hit by network outage\n\n"
        "Fellgate Retail Services, a co-operative that runs the computer systems of about 300 "
        "independent grocers who are its members, suffered a network outage on Thursday. Most "
        "members were back online by Saturday, the co-operative said, though some in rural areas "
        "were still waiting for engineers. It said a failed network switch at its data centre "
        "was to blame.",
        "Fellgate Retail Services",
        "partially_restored",
    ),
    (
        "A8-payroll-bureau-expects-every-affected-customer-back-online-within-48-hours",
        "2024-01-31",
        "Hadleigh Bureau Services hit by cyber attack\n\n"
        "Hadleigh Bureau Services Ltd, which processes payroll and pensions for care homes, said "
        "on Wednesday that a cyber attack had forced it to take its platform offline. The "
        "company expects every affected customer to be back online within 48 hours, chief "
        "executive Marion Thwaite said. It has told care homes to keep paper timesheets until "
        "then.",
        "Hadleigh Bureau Services Ltd",
        "restoration_expected",
    ),
    (
        "A9-it-group-some-clients-back-up-and-running-on-tuesday-evening",
        "2024-10-09",
        "Ransomware attack on Bellcross Technology Group\n\n"
        "Bellcross Technology Group, an IT services company that runs hosted desktops for about "
        "400 small businesses, was hit by ransomware on Sunday. Some clients were back up and "
        "running on Tuesday evening, the company said. It has reported the attack to police and "
        "said it would not pay a ransom.",
        "Bellcross Technology Group",
        "partially_restored",
    ),
    (
        "A10-payment-gateway-all-its-merchants-now-back-online",
        "2024-05-17",
        "Payment gateway Stellan Payments back after outage\n\n"
        "Stellan Payments, a payment gateway used by about 1,200 online shops, suffered an "
        "outage on Thursday that stopped its merchants from taking payments at checkout. All "
        "1,200 of its merchants are now back online, the company said on Friday. It said the "
        "outage was caused by a fault in a database server and that no card data had been "
        "exposed.",
        "Stellan Payments",
        "restored",
    ),
    (
        "A11-saas-chief-quote-every-one-of-our-customers-fully-operational-again",
        "2024-08-23",
        "Ashgrove Software recovers from ransomware attack\n\n"
        "Ashgrove Software, which makes accounting software for builders' merchants, was hit by "
        'ransomware on 12 August. "Every one of our customers is now fully operational again," '
        "chief executive Dev Malhotra said on Thursday. The company said it had not paid a "
        "ransom.",
        "Ashgrove Software",
        "restored",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "provider", "status"), [_param(c) for c in A_POSITIVE]
)
def test_a_return_of_those_served_is_a_general_claim(
    published: str, text: str, provider: str, status: str
) -> None:
    record = run(text, published)
    incident = get(record, provider)
    assert (None, status) in claim_pairs(incident), claim_summary(incident)


# (id, published, text, victim, the (service, status) claim the sentence must give instead of a
# general one, or None): no general claim (service null) may come out of these
A_GUARD = [
    (
        "AG1-shoppers-back-in-the-aisles",
        "2024-03-25",
        "Hollybrook Foods closes stores after cyber attack\n\n"
        "Hollybrook Foods, a regional supermarket chain, closed its 14 stores on Friday "
        "afternoon after a cyber attack took its tills offline. Shoppers were back in the aisles "
        "on Saturday, when the stores reopened with tills working. The chain said it was still "
        "investigating the attack.",
        "Hollybrook Foods",
        None,
    ),
    (
        "AG2-firm-hopes-to-win-customers-back",
        "2024-12-06",
        "Carbury Payroll Services loses clients after ransomware attack\n\n"
        "Carbury Payroll Services said on Thursday that dozens of employers had cancelled their "
        "contracts after a ransomware attack left its payroll system down for more than a week. "
        "The system remains offline and staff are processing urgent payments by hand. Managing "
        "director Ellen Forbes said the firm hopes to win customers back with a year of "
        "discounted fees.",
        "Carbury Payroll Services",
        None,
    ),
    (
        "AG3-analyst-says-most-customers-probably-back-online-within-a-fortnight",
        "2024-09-11",
        "Ransomware attack on Kelderby Cloud Systems\n\n"
        "Kelderby Cloud Systems, which hosts accounting software for about 3,000 small firms, "
        "has been offline since a ransomware attack on Sunday. Rowan Pike, an analyst at "
        "Greystone Research, said most of its customers would probably be back online within a "
        "fortnight. Kelderby Cloud Systems said it was working with the national cyber security "
        "agency.",
        "Kelderby Cloud Systems",
        None,
    ),
    (
        "AG4-card-payments-for-most-of-its-merchants-working-again",
        "2024-04-26",
        "Card payments disrupted by Orrin Merchant Services outage\n\n"
        "An outage at Orrin Merchant Services, a payments processor, left thousands of shops "
        "unable to take card payments on Wednesday. Card payments for most of its merchants were "
        "working again by Thursday lunchtime, the company said. It blamed a hardware fault at "
        "one of its data centres and said it was not a cyber attack.",
        "Orrin Merchant Services",
        ("card_payments", "partially_restored"),
    ),
    (
        "AG5-websites-of-all-its-customers-back-online",
        "2024-02-23",
        "Websites down after outage at Brindle Web Services\n\n"
        "Thousands of small business websites went down on Tuesday after a power failure at a "
        "data centre run by Brindle Web Services, a web hosting company. The websites of all its "
        "customers were back online by Thursday, Brindle Web Services said. The company has "
        "offered customers a month's free hosting.",
        "Brindle Web Services",
        ("website", "restored"),
    ),
    (
        "AG6-gym-members-back-on-the-treadmills",
        "2024-06-10",
        "Cobbold Fitness Group shuts gyms after entry system failure\n\n"
        "Cobbold Fitness Group closed its 20 gyms on Friday after its door entry and membership "
        "system failed. The company said the failure was a technical fault and not a cyber "
        "attack. By Saturday, members were back on the treadmills and rowing machines, a "
        "spokesman said.",
        "Cobbold Fitness Group",
        None,
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service_claim"), [_param(c) for c in A_GUARD]
)
def test_a_guard_no_general_claim(
    published: str, text: str, victim: str, service_claim: tuple[str, str] | None
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    pairs = claim_pairs(incident)
    assert all(service is not None for service, _ in pairs), claim_summary(incident)
    if service_claim is not None:
        assert service_claim in pairs, claim_summary(incident)


# --------------------------------------------------------------------------------------------
# Class B: an IT failure caused by an update shipped by the victim's own supplier is a
# third-party incident

# (id, published, text, victim, whether the text says it was not an attack)
B_POSITIVE = [
    (
        "B1-update-pushed-to-terminals-overnight-by-payment-terminal-supplier",
        "2024-03-04",
        "Card payments fail at Dewhurst Garden Centres\n\n"
        "Customers at Dewhurst Garden Centres were unable to pay by card on Saturday morning "
        "after the chain's payment terminals stopped working. The company said the problem was "
        "caused by an update pushed to its terminals overnight by its payment terminal supplier. "
        "It was not a cyber attack, a spokeswoman said. Card payments were working again by "
        "Saturday afternoon.",
        "Dewhurst Garden Centres",
        True,
    ),
    (
        "B2-pub-company-blamed-faulty-update-from-till-software-maker",
        "2024-05-13",
        "Pubs take cash only after till failure\n\n"
        "Dozens of pubs run by Harwood Inns Group could take only cash on Friday night after "
        "their tills crashed. The pub company blamed a faulty update from its till software "
        "maker and said there was no sign of any cyber attack. Most pubs had working tills again "
        "by Saturday lunchtime.",
        "Harwood Inns Group",
        True,
    ),
    (
        "B3-patch-issued-by-the-systems-manufacturer-named",
        "2024-08-12",
        "Parcel sorting halted at Penrose Parcels hub\n\n"
        "Deliveries from Penrose Parcels were delayed across the region last week after the "
        "automated sorting system at its main hub broke down on Tuesday. The company said the "
        "cause was a patch issued by the system's manufacturer, Ostberg Conveyor Systems. It "
        "stressed that it had not been the victim of a cyber attack. Parcels were sorted by "
        "hand until the fault was fixed on Thursday.",
        "Penrose Parcels",
        True,
    ),
    (
        "B4-software-update-sent-by-its-technology-provider-named",
        "2024-10-21",
        "Customers locked out of Fairhaven Building Society app\n\n"
        "Customers of Fairhaven Building Society could not log in to its mobile app or online "
        "banking for most of Saturday. The society said the outage was caused by a software "
        "update sent by its technology provider, Carrowby Digital, and was not the result of a "
        "cyber attack. The app was working normally again by Sunday morning, it said.",
        "Fairhaven Building Society",
        True,
    ),
    (
        "B5-ticket-machines-failed-after-update-issued-by-their-manufacturer",
        "2024-01-15",
        "Ticket machines fail on Redmarsh Bus Company fleet\n\n"
        "Ticket machines on Redmarsh Bus Company's buses stopped working on Friday, and drivers "
        "let passengers travel free for most of the day. The company said the machines had "
        "failed because of an update issued by their manufacturer overnight. A spokesman said "
        "the fault was technical and not a cyber attack.",
        "Redmarsh Bus Company",
        True,
    ),
    (
        "B6-records-system-crash-caused-by-update-the-vendor-pushed-out",
        "2024-11-18",
        "Patient records outage at Eastmere hospitals\n\n"
        "Staff at Eastmere Hospitals NHS Trust went back to paper notes on Sunday after the "
        "electronic patient record system crashed. The trust said the crash was caused by an "
        "update that the system's vendor pushed out late on Saturday night. There was no "
        "evidence of a cyber attack, it said.",
        "Eastmere Hospitals NHS Trust",
        True,
    ),
    (
        "B7-outage-blamed-on-faulty-update-released-by-check-in-software-supplier",
        "2024-07-22",
        "Check-in delays for Skelmore Ferries passengers\n\n"
        "Passengers of Skelmore Ferries faced long queues at the port on Saturday after the "
        "operator's check-in system went down. Skelmore Ferries blamed the outage on a faulty "
        "update released by its check-in software supplier, Halden Systems. The company said "
        "the failure was not a cyber attack.",
        "Skelmore Ferries",
        True,
    ),
    (
        "B8-update-sent-overnight-by-self-checkout-supplier",
        "2024-09-16",
        "Self-checkouts down at Pryor Brothers Foods supermarkets\n\n"
        "Self-service tills at Pryor Brothers Foods supermarkets stopped working on Sunday "
        "morning, leaving long queues at staffed checkouts. The grocer said an update sent "
        "overnight by its self-checkout supplier had caused the fault. It said the problem was "
        "not a cyber attack and that no customer data was affected.",
        "Pryor Brothers Foods",
        True,
    ),
    (
        "B9-patch-issued-by-the-provider-of-its-email-service",
        "2024-04-08",
        "Thornleigh District Council email down for two days\n\n"
        "Email at Thornleigh District Council was down on Thursday and Friday, the council "
        "said. The outage was caused by a patch issued by the provider of its email service, a "
        "council spokeswoman said, and was not a cyber attack. Residents were asked to phone the "
        "council with urgent queries.",
        "Thornleigh District Council",
        True,
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "not_an_attack"), [_param(c) for c in B_POSITIVE]
)
def test_b_supplier_update_is_third_party(
    published: str, text: str, victim: str, not_an_attack: bool
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    types = incident["incident_types"]
    assert {"third_party", "technical_outage"} <= set(types), types
    if not_an_attack:
        assert "cyber_attack" not in types, types


# (id, published, text, victim): no third_party may come out of these
B_GUARD = [
    (
        "BG1-update-pushed-to-tills-by-its-own-it-team",
        "2024-03-18",
        "Till failure at Ellingham Department Stores\n\n"
        "Tills at Ellingham Department Stores stopped working on Saturday morning, forcing its "
        "six stores to take cash only for several hours. The company said the fault was caused "
        "by an update pushed to the tills overnight by its own IT team. It said it was not a "
        "cyber attack.",
        "Ellingham Department Stores",
    ),
    (
        "BG2-faulty-update-rolled-out-by-in-house-developers",
        "2024-06-24",
        "Booking system crash at Ravelstone Hotels Group\n\n"
        "Guests of Ravelstone Hotels Group could not check in or out on Friday evening after its "
        "booking system crashed. The group said a faulty update rolled out by its in-house "
        "software developers had caused the crash. Staff checked guests in by hand until the "
        "system returned on Saturday.",
        "Ravelstone Hotels Group",
    ),
    (
        "BG3-supplier-update-went-smoothly-and-played-no-part",
        "2024-10-28",
        "Flooded server room halts Marden Timber Supplies branches\n\n"
        "Marden Timber Supplies, a builders' merchant with 12 branches, could not take orders or "
        "payments on Thursday after a burst pipe flooded the server room at its head office. Its "
        "branches took orders on paper until the servers were dried out and restarted on "
        "Friday. The company said a routine update from its stock software supplier, installed "
        "the week before, had gone smoothly and played no part.",
        "Marden Timber Supplies",
    ),
    (
        "BG4-supplier-update-due-next-month",
        "2024-02-12",
        "Power cut stops card payments at Colwyn Leisure Group bowling alleys\n\n"
        "Card payments at Colwyn Leisure Group's bowling alleys failed on Saturday night after a "
        "power cut at the company's head office took its payment server offline. The company "
        "said payments were running again on Sunday. Its payment software supplier is due to "
        "issue an update next month that will let the alleys keep taking cards during a power "
        "cut.",
        "Colwyn Leisure Group",
    ),
    (
        "BG5-supplier-update-named-only-as-the-remedy-after-power-cut",
        "2024-05-27",
        "Power cut knocks out Amberley Opticians booking system\n\n"
        "The appointment booking system of Amberley Opticians Group went down on Thursday after "
        "a power cut at its own data centre. When power returned, the system's database would "
        "not restart, the company said. The supplier has since issued an update that fixed the "
        "problem, and bookings resumed on Saturday.",
        "Amberley Opticians Group",
    ),
    (
        "BG6-vendor-update-named-only-as-the-remedy-after-staff-error",
        "2024-12-11",
        "Staff error takes Hebden Valley Credit Union online banking down\n\n"
        "Members of Hebden Valley Credit Union could not use online banking on Tuesday after a "
        "member of staff deleted a configuration file by mistake, causing an outage. The credit "
        "union said the error was spotted within hours. Its software vendor has since released "
        "an update that stops such files from being deleted accidentally.",
        "Hebden Valley Credit Union",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in B_GUARD])
def test_b_guard_not_third_party(published: str, text: str, victim: str) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert "third_party" not in incident["incident_types"], incident["incident_types"]

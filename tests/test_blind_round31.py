"""Blind tests, round 31: whose data, data theft without an attack word, users of a hit company.

How this file was written: blind, from the three class descriptions in the brief
(`/work/helpers/blind31.md`) only. The inputs read were that brief,
`tests/conftest.py` (for its helpers), `/work/shared/spec/incident-record.md` (the output
contract) and `/work/shared/devset/README.md` (annotation and matching conventions).
Nothing under `src/`, `fixtures/` or `tests/cases/`, no other test file, and no devset
article or gold file was opened. Every article below is invented for this file; the
organisations are fictional. Expectations were written from the class descriptions before
the extractor was ever run on them, and were not changed after seeing its output.

Class A (whose data): personal data stated as taken makes `customer_data` or
`employee_data` `compromised`; pay and HR data is staff data; data of no stated kind or
owner is compromised data with no personal-data service; the business's own data is no
personal data (no data service, `data_compromised` null).
Class B (a data theft with no attack word is an incident): a company saying people's data
was taken reports a `data_breach`; data at risk, denied, surveyed or in question is no
incident.
Class C (users of a hit company were hit through it): a business said to use the hit
company and affected beside it gets `third_party` (and the hit company's `ransomware`);
people who use it make no client, an unaffected user is no incident, and the hit company
itself gets no `third_party`.

4 of the 30 cases failed on the code they were written against; the developers then read
'wage details' and 'bank details' as personal data, data named before its owners ('the
medical records of patients'), and an access 'without permission' as a compromise rather
than a negation. The last known miss, c03 (a trouble told only by a service phrase, 'reported
empty shelves', tied no victim named in an 'including' list), passes since round 62, where such
a phrase ties its owner as a trouble word does. The cases are as the helper wrote them, but
for one expectation changed in round 51: a05's
`data_compromised` was True, as the class description told the helper; the spec's
`data_compromised` is customers' or staff's data, and 'some data' with its kind withheld
says neither (the case sets' gold reads four such filings as null), so a05 expects null.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from conftest import incident_of, names, statuses

PERSONAL = ("customer_data", "employee_data")

# Known misses on the code after the developers' round (strict xfail, each with its reason).
KNOWN_MISSES: dict[str, str] = {}

_SUFFIX = re.compile(r"\s+(ltd|limited|plc|group|inc|llc)\.?$")


def _norm(name: str) -> str:
    """Normalise a name as the devset scoring does (case, '&', a leading 'the', suffixes)."""
    text = name.lower().replace("&", "and").strip()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"'s$", "", text)
    text = _SUFFIX.sub("", text)
    return text.strip()


def find(record: dict[str, Any], name: str) -> dict[str, Any]:
    """The incident of `name`, matched exactly first, else after scoring normalisation."""
    try:
        return incident_of(record, name)
    except AssertionError:
        wanted = _norm(name)
        for incident in record["incidents"]:
            organization = incident["organization"]
            candidates = [organization["name"], *organization.get("aliases", [])]
            if any(_norm(candidate) == wanted for candidate in candidates):
                return incident
        raise


def has(record: dict[str, Any], name: str) -> bool:
    try:
        find(record, name)
    except AssertionError:
        return False
    return True


def data_statuses(incident: dict[str, Any]) -> dict[str, str]:
    return {k: v for k, v in statuses(incident).items() if k in PERSONAL}


# ---------------------------------------------------------------------------
# Class A: whose data
# ---------------------------------------------------------------------------

# (id, published, organisation, text, expected personal-data services, data_compromised)
# An expected value of None for the services means "some personal-data service compromised"
# (the description says the data is personal, without saying whose).
CLASS_A = [
    (
        "a01_customers_names_stolen",
        "2024-03-12",
        "Pellow Hardware Ltd",
        "Pellow Hardware hit by cyber attack\n\n"
        "Pellow Hardware Ltd said on Tuesday that hackers had stolen the names and home "
        "addresses of its customers during a cyber attack on its online shop. The DIY chain "
        "has written to everyone affected.",
        {"customer_data": "compromised"},
        True,
    ),
    (
        "a02_payroll_is_staff_data",
        "2023-11-02",
        "Hollinsby Borough Council",
        "Council payroll files taken in cyber attack\n\n"
        "Hollinsby Borough Council said criminals who broke into its network last week "
        "copied payroll files listing salaries and bank account numbers. The council said "
        "it had reported the cyber attack to the police.",
        {"employee_data": "compromised"},
        True,
    ),
    (
        "a03_patients_records_taken",
        "2025-01-20",
        "Marrowfield Hospital Trust",
        "Ransomware attack on Marrowfield Hospital Trust\n\n"
        "Marrowfield Hospital Trust said a ransomware gang had taken the medical records of "
        "patients treated at two of its clinics. The trust said appointments were going "
        "ahead as planned.",
        {"customer_data": "compromised"},
        True,
    ),
    (
        "a04_hr_system_wages",
        "2024-07-08",
        "Brackwell Haulage Ltd",
        "Haulier says hackers reached its HR system\n\n"
        "Brackwell Haulage Ltd said hackers had stolen wage details from its human resources "
        "system in a cyber attack discovered on Friday. The Midlands haulier said its lorries "
        "were still running.",
        {"employee_data": "compromised"},
        True,
    ),
    (
        "a05_some_data_no_owner",
        "2024-09-30",
        "Quenby Software Ltd",
        "Quenby Software investigates cyber attack\n\n"
        "Quenby Software Ltd said attackers had stolen some data during a cyber attack on its "
        "offices in Leeds. The firm said it was still working out what had been taken.",
        {},
        None,
    ),
    (
        "a06_data_from_servers_no_owner",
        "2025-02-14",
        "Tolland Building Society",
        "Tolland Building Society hit by hackers\n\n"
        "Tolland Building Society said hackers had copied data from its servers over the "
        "weekend. Its branches stayed open while the cyber attack was investigated.",
        {},
        True,
    ),
    (
        "a07_internal_company_data_not_personal",
        "2023-06-19",
        "Cresswick Freight Ltd",
        "Cresswick Freight suffers cyber attack\n\n"
        "Cresswick Freight Ltd said a cyber attack had exposed internal company information, "
        "including pricing documents and board papers. The haulier said deliveries were "
        "running normally.",
        {},
        None,
    ),
    # Guards for the "no owner" rule: the data has an owner, a personal kind, or refers back.
    (
        "a08_guard_data_on_customers",
        "2024-04-04",
        "Ambrey Garden Centres",
        "Ambrey Garden Centres hit by cyber attack\n\n"
        "Ambrey Garden Centres said hackers had stolen data on 12,000 customers in a cyber "
        "attack on its loyalty scheme last month.",
        {"customer_data": "compromised"},
        True,
    ),
    (
        "a09_guard_some_data_including_emails",
        "2025-05-06",
        "Linwood Pet Supplies",
        "Linwood Pet Supplies confirms cyber attack\n\n"
        "Linwood Pet Supplies said attackers had stolen some data, including email addresses "
        "and phone numbers, in a cyber attack on its website.",
        None,
        True,
    ),
    (
        "a10_guard_the_data_refers_back",
        "2024-10-21",
        "Fenwold Leisure Ltd",
        "Gym chain Fenwold Leisure hit by cyber attack\n\n"
        "Fenwold Leisure Ltd keeps contact details and payment records for 40,000 gym "
        "members. The company said on Monday that the data had been stolen in a cyber attack "
        "on its booking system.",
        {"customer_data": "compromised"},
        True,
    ),
]


@pytest.mark.parametrize(
    ("published", "org", "text", "services", "compromised"),
    [pytest.param(*row[1:], id=row[0]) for row in CLASS_A],
)
def test_class_a_whose_data(
    extract: Any,
    published: str,
    org: str,
    text: str,
    services: dict[str, str] | None,
    compromised: bool | None,
) -> None:
    record = extract(text, published=published)
    incident = find(record, org)
    found = data_statuses(incident)
    if services is None:
        assert "compromised" in found.values(), found
    else:
        assert found == services
    assert incident["data_compromised"] is compromised


# ---------------------------------------------------------------------------
# Class B: a data theft with no attack word is an incident
# ---------------------------------------------------------------------------

CLASS_B_INCIDENTS = [
    (
        "b01_policyholders_names_copied",
        "2024-02-27",
        "Corvane Insurance",
        "Corvane Insurance writes to policyholders\n\n"
        "Corvane Insurance confirmed that policyholders' names and dates of birth had been "
        "copied from one of its servers. The insurer said it was contacting those involved.",
    ),
    (
        "b02_told_customers_addresses_stolen",
        "2023-09-15",
        "Kestrel Opticians",
        "Kestrel Opticians tells customers of stolen addresses\n\n"
        "Kestrel Opticians has told 5,000 customers that their home addresses were stolen. "
        "The optician chain said prescriptions were not included.",
    ),
    (
        "b03_pupils_details_accessed",
        "2025-03-03",
        "Ashgrove Academy Trust",
        "Pupils' details accessed, says Ashgrove Academy Trust\n\n"
        "Ashgrove Academy Trust said pupils' names and dates of birth had been accessed by "
        "someone outside the trust. Parents were sent a letter on Friday.",
    ),
    (
        "b04_residents_details_taken",
        "2024-08-12",
        "Wexley District Council",
        "Residents' details taken from council files\n\n"
        "Wexley District Council said the names and council tax account numbers of about "
        "3,000 residents had been taken from a shared drive. The council apologised to "
        "residents on Thursday.",
    ),
    (
        "b05_customers_passwords_stolen",
        "2025-06-18",
        "Dunmore Software Ltd",
        "Dunmore Software asks users to change passwords\n\n"
        "Dunmore Software Ltd said customers' passwords and email addresses had been stolen "
        "from its accounts database. The firm urged customers to choose new passwords.",
    ),
    (
        "b06_drivers_bank_details_accessed",
        "2023-12-05",
        "Grindle Haulage Ltd",
        "Grindle Haulage writes to drivers\n\n"
        "Grindle Haulage Ltd has written to its drivers to say their bank details were "
        "accessed without permission. The company said it had informed the regulator.",
    ),
]


@pytest.mark.parametrize(
    ("published", "org", "text"),
    [pytest.param(*row[1:], id=row[0]) for row in CLASS_B_INCIDENTS],
)
def test_class_b_data_theft_is_incident(extract: Any, published: str, org: str, text: str) -> None:
    record = extract(text, published=published)
    incident = find(record, org)
    assert "data_breach" in incident["incident_types"]
    assert incident["data_compromised"] is True


CLASS_B_GUARDS = [
    (
        "b07_guard_data_at_risk",
        "2024-11-25",
        "Customers warned over fake pharmacy websites\n\n"
        "Customers of Hartwell Pharmacy Ltd were warned that their card details could be "
        "stolen by fake websites copying the chemist's branding. The company said it would "
        "never ask for payment by text message.",
    ),
    (
        "b08_guard_data_denied",
        "2025-04-09",
        "Bramley Foods rejects forum claims\n\n"
        "Bramley Foods Ltd said on Wednesday that no customer data had been taken, dismissing "
        "claims posted on an online forum. The grocer said its shops and website were trading "
        "as normal.",
    ),
    (
        "b09_guard_survey",
        "2024-01-22",
        "Survey finds many adults fear for their details\n\n"
        "A third of adults said their personal details had been stolen at some point, "
        "according to a survey by Penhallow Research Ltd. The poll of 2,000 people was "
        "published on Monday.",
    ),
    (
        "b10_guard_question",
        "2023-10-10",
        "Questions over Radleigh Motors data\n\n"
        "It is unclear whether any data was taken from Radleigh Motors Ltd, a car dealer "
        "with ten showrooms. The company declined to comment.",
    ),
]


@pytest.mark.parametrize(
    ("published", "text"),
    [pytest.param(*row[1:], id=row[0]) for row in CLASS_B_GUARDS],
)
def test_class_b_guard_no_incident(extract: Any, published: str, text: str) -> None:
    record = extract(text, published=published)
    assert record["incidents"] == []


# ---------------------------------------------------------------------------
# Class C: users of a hit company were hit through it
# ---------------------------------------------------------------------------

# (id, published, client, text, types the client must have)
CLASS_C_CLIENTS = [
    (
        "c01_which_also_uses_ransomware",
        "2024-05-13",
        "Maple Lane Grocers",
        "Till supplier hit by ransomware\n\n"
        "Ferrow Systems Ltd, which supplies till software to shops, was hit by ransomware on "
        "Saturday. Maple Lane Grocers, which also uses Ferrow Systems, said card payments in "
        "its stores had been disrupted.",
        {"third_party", "ransomware"},
    ),
    (
        "c02_a_chain_that_uses",
        "2025-01-27",
        "Bellhaven Bakeries",
        "Ordering platform suffers cyber attack\n\n"
        "Ordering platform Quillbrook Ltd said it had suffered a cyber attack on Thursday. "
        "Bellhaven Bakeries, a chain that uses Quillbrook, said its online orders had been "
        "suspended.",
        {"third_party"},
    ),
    (
        "c03_retailers_that_use",
        "2023-08-21",
        "Sorrel & Finch",
        "Cyber attack on stock software firm\n\n"
        "Stock software maker Harnwell Data Ltd was hit by a cyber attack last week. "
        "Retailers that use Harnwell Data, including Sorrel & Finch, reported empty shelves "
        "as deliveries to stores stalled.",
        {"third_party"},
    ),
    (
        "c04_council_which_uses_payroll_ransomware",
        "2024-12-02",
        "Oldcastle Borough Council",
        "Payroll provider Tessary hit by ransomware\n\n"
        "Payroll provider Tessary Cloud Ltd said a ransomware attack had shut down its "
        "systems on Monday. Oldcastle Borough Council, which uses Tessary Cloud, said staff "
        "payments had been delayed.",
        {"third_party", "ransomware"},
    ),
    (
        "c05_hospital_which_also_uses_ransomware",
        "2025-07-14",
        "Hawthorn General Hospital",
        "Pathology software supplier hit by ransomware\n\n"
        "Pathology software firm Lindqvist Medical Systems was hit by ransomware on Sunday. "
        "Hawthorn General Hospital, which also uses Lindqvist Medical Systems, said blood test "
        "results were delayed and some appointments were cancelled.",
        {"third_party", "ransomware"},
    ),
    (
        "c06_school_that_uses_cyber_attack",
        "2024-09-09",
        "Brookfield Primary School",
        "Cyber attack on school software provider\n\n"
        "School software provider Emberly Education Ltd suffered a cyber attack at the "
        "weekend. Brookfield Primary School, a school that uses Emberly Education, said its "
        "parent messaging system was down on Monday.",
        {"third_party"},
    ),
]


@pytest.mark.parametrize(
    ("published", "client", "text", "types"),
    [
        pytest.param(
            *row[1:],
            id=row[0],
            marks=[pytest.mark.xfail(reason=KNOWN_MISSES[row[0]], strict=True)]
            if row[0] in KNOWN_MISSES
            else [],
        )
        for row in CLASS_C_CLIENTS
    ],
)
def test_class_c_client_is_third_party(
    extract: Any, published: str, client: str, text: str, types: set[str]
) -> None:
    record = extract(text, published=published)
    incident = find(record, client)
    assert types <= set(incident["incident_types"])


def test_class_c_guard_commuters_are_not_clients(extract: Any) -> None:
    text = (
        "Rail ticket app down after cyber attack\n\n"
        "Commuters who use Railpass Ticketing Ltd could not buy tickets on Tuesday after a "
        "cyber attack on the company. Railpass said its app would be back by the evening."
    )
    record = extract(text, published="2024-06-11")
    for incident in record["incidents"]:
        assert "third_party" not in incident["incident_types"], incident["organization"]


def test_class_c_guard_shoppers_app_are_not_clients(extract: Any) -> None:
    text = (
        "Delivery app outage after attack\n\n"
        "Shoppers who use Crumble Express's app were unable to place orders after hackers "
        "attacked Crumble Express Ltd on Friday. The firm said the app was slowly coming back."
    )
    record = extract(text, published="2025-02-03")
    for incident in record["incidents"]:
        assert "third_party" not in incident["incident_types"], incident["organization"]


def test_class_c_guard_unaffected_user_is_no_incident(extract: Any) -> None:
    text = (
        "Booking system firm hit by ransomware\n\n"
        "Booking software maker Tidewell Systems Ltd was hit by ransomware on Wednesday. "
        "Pinecroft Dental Practices, which also uses Tidewell Systems, said its own bookings "
        "had been unaffected."
    )
    record = extract(text, published="2023-05-24")
    assert not has(record, "Pinecroft Dental Practices"), names(record)


def test_class_c_guard_hit_company_itself_not_third_party(extract: Any) -> None:
    text = (
        "Warehouse software firm suffers ransomware attack\n\n"
        "Warehouse software firm Galloway Logic Ltd said a ransomware attack had taken its "
        "systems offline on Saturday. Northgate Home Stores, which uses Galloway Logic, said "
        "deliveries to its shops had been disrupted."
    )
    record = extract(text, published="2024-03-18")
    incident = find(record, "Galloway Logic Ltd")
    assert "third_party" not in incident["incident_types"]

"""What data an article says was taken, and whose (issue 13, statuses and data): personal data
stated as taken is compromised; data of no stated kind ('data was taken') is compromised
data but names no service, as it says neither whose it was nor what; data whose kind the
teller withholds ('some data', 'certain data') is not said to be customers' or staff's, so
data_compromised stays null, as the spec defines it; and data told by what employment keeps
(salaries, payroll, a human resources server) is the staff's. Every sentence here is
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

LEAD = (
    "Marlow Freight hit by cyber attack\n\n"
    "Marlow Freight said on Tuesday that a cyber attack had taken its booking systems offline. "
)


def _data_reading(extract: Extract, sentence: str) -> tuple[dict[str, str], bool | None, list[str]]:
    incident = incident_of(extract(LEAD + sentence, "2025-06-06"), "Marlow Freight")
    return statuses(incident), incident["data_compromised"], incident["incident_types"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Marlow Freight said information had been taken from a file server, without saying what.",
        # 'that' opens a clause here, it points back to nothing
        "The company said that data had been taken.",
        # 'the' points back only to data named before
        "Hackers stole the data from its servers.",
        # a year is no number of people
        "Hackers stole data on 2024 shipments.",
    ],
)
def test_data_of_no_stated_kind_is_no_service(extract: Extract, sentence: str) -> None:
    found, data, types = _data_reading(extract, sentence)
    assert "customer_data" not in found and "employee_data" not in found
    # data was taken, so the data is compromised; only whose it was is not said
    assert data is True
    assert "cyber_attack" in types


@pytest.mark.parametrize(
    "sentence",
    [
        "The company said the hackers had taken some data from its network.",
        "In a filing, it said the intruder had obtained certain data from its servers and was "
        "working to establish what that data was.",
        "Marlow Freight said some information had been copied from a file server.",
        "The company said hackers had stolen some of its data in the attack.",
    ],
)
def test_data_whose_kind_is_withheld_is_not_said_personal(extract: Extract, sentence: str) -> None:
    """The spec's data_compromised is customers' or staff's data: 'some data' taken says a
    theft, not whose, so it stays null and makes no data_breach, as the case sets' gold reads
    such filings. The attack itself is still told."""
    found, data, types = _data_reading(extract, sentence)
    assert "customer_data" not in found and "employee_data" not in found
    assert data is None
    assert "data_breach" not in types and "cyber_attack" in types


def test_data_told_again_in_a_headline_is_still_withheld(extract: Extract) -> None:
    """The headline's bare 'information accessed' is the data the story then withholds."""
    record = extract(
        "Freight firm says information accessed in cyber attack\n\n"
        "Marlow Freight said on Tuesday that intruders had accessed certain information on its "
        "network during a cyber attack at the weekend.",
        "2025-06-06",
    )
    incident = incident_of(record, "Marlow Freight")
    assert incident["data_compromised"] is None
    assert "data_breach" not in incident["incident_types"]


@pytest.mark.parametrize(
    "sentence",
    [
        "An intruder had obtained certain data from its systems. The company said it was still "
        "working to establish what data was taken.",
        "An intruder had obtained some data from its systems. The data that was taken is being "
        "reviewed, it said.",
    ],
)
def test_withheld_data_told_again_is_still_withheld(extract: Extract, sentence: str) -> None:
    """A second review's counter-examples: 'what data', 'the data' point back to the data
    the story withholds."""
    _, data, types = _data_reading(extract, sentence)
    assert data is None and "data_breach" not in types


def test_bare_data_the_body_tells_besides_is_still_a_theft(extract: Extract) -> None:
    """A review's counter-example: 2TB of data stolen is a theft the story tells, which a
    later 'some data' does not withdraw."""
    _, data, types = _data_reading(
        extract,
        "Hackers had stolen 2TB of data from its servers. Some data has already been "
        "published online, it said.",
    )
    assert data is True and "data_breach" in types


def test_withheld_data_beside_personal_data_is_personal(extract: Extract) -> None:
    """Guard (passes on the code before): the personal kind named later in the same report
    makes the theft personal after all."""
    found, data, types = _data_reading(
        extract,
        "It said the intruder had taken some data. The stolen files include the home addresses "
        "of about 2,000 customers.",
    )
    assert found.get("customer_data") == "compromised"
    assert data is True and "data_breach" in types


def test_a_council_that_withholds_what_data_was_accessed(extract: Extract) -> None:
    """Another kind of victim, in its own words: the same reading."""
    record = extract(
        "Council confirms cyber attack\n\n"
        "Brackendale District Council said on Thursday that attackers had accessed its network "
        "over the weekend. The council said some information held on its servers had been "
        "accessed, and that its investigation would establish what it was. Bin collections "
        "were running as normal.",
        published="2025-03-14",
    )
    incident = incident_of(record, "Brackendale District Council")
    assert incident["data_compromised"] is None
    assert "data_breach" not in incident["incident_types"]
    assert "cyber_attack" in incident["incident_types"]


def test_the_business_own_data_is_no_personal_data(extract: Extract) -> None:
    found, data, types = _data_reading(
        extract,
        "The attackers copied internal documents and company data before they were locked out.",
    )
    assert "customer_data" not in found and data is None
    assert "data_breach" not in types


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        ("Hackers stole data on 12,000 of its customers.", "customer_data"),
        (
            "The data taken includes the names and dates of birth of account holders.",
            "customer_data",
        ),
        ("Data belonging to 40,000 customers was copied, the company said.", "customer_data"),
        (
            "The company said hackers had taken some data, including customers' email addresses.",
            "customer_data",
        ),
        ("Hackers stole data on some of its drivers.", "employee_data"),
        # data named before its owners, and bank details, whoever owns them
        (
            "Attackers copied the health records of about 3,000 registered patients.",
            "customer_data",
        ),
        ("Hackers took the bank details of some current and former tenants.", "customer_data"),
        ("Intruders copied the wage details of 400 warehouse workers.", "employee_data"),
        # 'without permission' says the access was unauthorised, it denies nothing
        ("Its nurses' bank details were accessed without permission, it said.", "employee_data"),
    ],
)
def test_data_with_an_owner_or_a_kind_is_personal(
    extract: Extract, sentence: str, service: str
) -> None:
    found, data, types = _data_reading(extract, sentence)
    assert found.get(service) == "compromised"
    assert data is True and "data_breach" in types


def test_personal_data_possibly_accessed_counts_as_compromised(extract: Extract) -> None:
    """As the devset reads it: 'may have been accessed' is how companies disclose a theft."""
    found, data, types = _data_reading(
        extract, "It said personal details of about 9,000 customers may have been accessed."
    )
    assert found.get("customer_data") == "compromised"
    assert data is True and "data_breach" in types


@pytest.mark.parametrize(
    "sentence",
    [
        "The stolen files include names, salary details and bank account numbers.",
        "The attackers copied files from a human resources server holding names and addresses.",
        "Intruders copied payroll records holding names and home addresses.",
        "The data taken includes names, addresses and the salary slips of some office workers.",
        # a list's owners come after its last item, past a number told roughly
        "It said the names, addresses and bank details of about 700 current and former drivers "
        "had been accessed.",
        # 'of' inside an item ('dates of birth') is not the preposition that names owners
        "The records copied include names, dates of birth, salary details and pension numbers.",
    ],
)
def test_data_employment_keeps_is_the_staffs(extract: Extract, sentence: str) -> None:
    found, data, _ = _data_reading(extract, sentence)
    assert found.get("employee_data") == "compromised"
    assert "customer_data" not in found
    assert data is True


def test_a_list_with_dates_of_birth_still_reaches_its_owners(extract: Extract) -> None:
    found, _, _ = _data_reading(
        extract, "Hackers took the names, dates of birth and addresses of 40,000 customers."
    )
    assert found.get("customer_data") == "compromised" and "employee_data" not in found


def test_salaries_beside_customers_leave_customer_data(extract: Extract) -> None:
    found, _, _ = _data_reading(
        extract,
        "The stolen files include customers' names and addresses as well as staff salary details.",
    )
    assert found.get("customer_data") == "compromised"
    assert found.get("employee_data") == "compromised"


def test_definite_data_is_the_data_named_before(extract: Extract) -> None:
    """'the data' refers back: after personal data was named, it is that data, and a
    narrow denial later ('no reason to think passwords were taken') leaves the theft."""
    found, data, _ = _data_reading(
        extract,
        "Names and home addresses of about 4,000 customers may have been viewed, it said. "
        "The company said the data affected was limited. "
        "It said it had no reason to think passwords were taken.",
    )
    assert found.get("customer_data") == "compromised" and data is True


@pytest.mark.parametrize(
    "text",
    [
        "Penrose Opticians confirms theft of patient details\n\n"
        "Penrose Opticians confirmed on Friday that patients' names and dates of birth had "
        "been copied from one of its booking servers.",
        "Penrose Opticians writes to customers\n\n"
        "Penrose Opticians has told 12,000 customers that their home addresses and phone "
        "numbers were stolen from its online shop last month.",
        "Penrose Opticians staff details taken\n\n"
        "Penrose Opticians said on Friday that the payroll records of about 900 employees had "
        "been taken, and that no customer data was involved.",
        # the company's own 'may have been' discloses the theft
        "Penrose Opticians alerts patients\n\n"
        "Penrose Opticians said the names and phone numbers of some patients may have been "
        "copied from its booking system.",
        "Penrose Opticians writes to opticians\n\n"
        "Penrose Opticians has written to its opticians to say their bank details were viewed "
        "without authorisation.",
    ],
)
def test_personal_data_told_as_taken_is_an_incident_with_no_attack_word(  # type: ignore[no-untyped-def]
    extract: Extract, text: str
) -> None:
    incident = incident_of(extract(text, "2025-06-06"), "Penrose Opticians")
    assert incident["data_compromised"] is True
    assert "data_breach" in incident["incident_types"]


@pytest.mark.parametrize(
    "text",
    [
        "Penrose Opticians warns of scam calls\n\n"
        "Customers should be aware that their card details could be stolen by callers posing "
        "as staff, Penrose Opticians said on Friday.",
        "Penrose Opticians reassures customers\n\n"
        "Penrose Opticians said on Friday that no customer data had been taken from its "
        "systems, after a rival reported problems.",
        "Survey finds data worries\n\n"
        "A third of adults said their personal details had been stolen at least once, "
        "according to a survey published by the Penrose Institute on Friday.",
        "Penrose Opticians on passwords\n\n"
        "Penrose Opticians said customers' passwords are often stolen when they reuse them on "
        "other sites.",
        "Penrose Opticians looks into forum posts\n\n"
        "Penrose Opticians said it was looking into claims on a forum that customers' card "
        "details had been stolen.",
        # a researcher's 'may have been', and data that only lay open, tell no theft
        "Researcher warns Penrose Opticians patients\n\n"
        "A security researcher said the names and addresses of Penrose Opticians patients "
        "may have been copied from its booking system.",
        "Flaw found at Penrose Opticians\n\n"
        "Until the flaw was fixed, the names and card details of Penrose Opticians patients "
        "could have been copied by anyone who knew the web address.",
        "Penrose Opticians explains its rules\n\n"
        "Penrose Opticians said its staff cannot view customers' card details without "
        "permission.",
    ],
)
def test_data_at_risk_denied_or_surveyed_is_no_incident(extract: Extract, text: str) -> None:
    assert extract(text, "2025-06-06")["incidents"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a denial of records keeps its examples denied
        "No records, including card details, were taken.",
        # the customers a report leaves unnamed are no data taken
        "The company did not release details of the customers affected.",
    ],
)
def test_no_theft_is_read_from_a_denial_or_a_newsroom_phrase(
    extract: Extract, sentence: str
) -> None:
    found, _, _ = _data_reading(extract, sentence)
    assert found.get("customer_data") != "compromised"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hackers stole names and addresses during the 48 hour attack, weeks after the firm "
        "announced a wage freeze.",
        "Names and addresses were stolen, and the payroll run was delayed.",
    ],
)
def test_employment_words_in_another_sense_leave_customer_data(
    extract: Extract, sentence: str
) -> None:
    found, _, _ = _data_reading(extract, sentence)
    assert found.get("customer_data") == "compromised" and "employee_data" not in found


def test_records_taken_from_a_database_of_those_it_serves_are_their_data(
    extract: Extract,
) -> None:
    found, data, _ = _data_reading(
        extract, "Records from its customer database were later offered for sale online."
    )
    assert found.get("customer_data") == "compromised" and data is True


def test_records_moved_from_a_customer_database_are_not_taken(extract: Extract) -> None:
    found, _, _ = _data_reading(
        extract, "It said it was moving records from its customer database to a new system."
    )
    assert found.get("customer_data") != "compromised"


@pytest.mark.parametrize(
    "sentence",
    [
        # a theft told only as a rumour or another's claim is not told as fact
        "Rumours spread online, with one post claiming that shoppers' card numbers had been "
        "stolen.",
        "It was rumoured that shoppers' card numbers had been stolen.",
        # a guard: a hedge before this change already kept speculation from telling a theft
        "There has been speculation that members' addresses were taken.",
        # a fear that stands between the data and the theft makes the theft an open question
        "The database holds shoppers' names, addresses, phone numbers and order histories, "
        "and the closure had raised fears that personal information had been stolen.",
    ],
)
def test_a_theft_told_as_a_rumour_or_a_fear_compromises_no_data(extract, sentence: str) -> None:
    record = extract(
        "Brackwell Stores hit by attack\n\nBrackwell Stores said a cyber attack had shut its "
        "loyalty systems on Monday. " + sentence,
        published="2025-10-09",
    )
    incident = record["incidents"][0]
    assert "compromised" not in statuses(incident).values()
    assert incident["data_compromised"] is not True


def test_a_theft_the_victim_tells_is_still_told(extract) -> None:
    # a guard: the same data told taken, with no rumour or fear, is compromised
    record = extract(
        "Brackwell Stores hit by attack\n\nBrackwell Stores said a cyber attack had shut its "
        "loyalty systems on Monday, and that members' names and addresses had been stolen.",
        published="2025-10-09",
    )
    assert record["incidents"][0]["data_compromised"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm said the hackers may have taken internal files, some of which could contain "
        "employee information.",
        "The stolen spreadsheets might include customer addresses, the firm said.",
    ],
)
def test_data_that_what_was_taken_only_may_hold_is_not_compromised(
    extract: Extract, sentence: str
) -> None:
    found, data, types = _data_reading(extract, sentence)
    assert "customer_data" not in found and "employee_data" not in found
    assert data is not True
    assert "data_breach" not in types


def test_data_in_what_was_taken_is_compromised(extract: Extract) -> None:
    # guard: files told to hold the data, or data that may have been taken, still count
    found, data, _ = _data_reading(
        extract, "The hackers took files that contain employee home addresses."
    )
    assert found.get("employee_data") == "compromised"
    assert data is True
    found, data, _ = _data_reading(extract, "Hackers may have taken customer addresses.")
    assert found.get("customer_data") == "compromised"
    assert data is True


@pytest.mark.parametrize(
    "sentence",
    [
        "It has told the regulator, as companies must do when they suspect that personal data "
        "may have been exposed.",
        "If customer addresses have been copied, the firm will write to those affected.",
    ],
)
def test_data_in_a_present_condition_is_not_compromised(extract: Extract, sentence: str) -> None:
    found, data, types = _data_reading(extract, sentence)
    assert "customer_data" not in found
    assert data is not True
    assert "data_breach" not in types


def test_data_in_a_past_condition_is_still_taken(extract: Extract) -> None:
    # guard: a condition told in the past reports what happened
    found, data, _ = _data_reading(
        extract, "When it checked its servers, it found that customer addresses had been copied."
    )
    assert found.get("customer_data") == "compromised"
    assert data is True


def test_review_guards_for_conditions_and_possible_contents(extract: Extract) -> None:
    # a condition in a clause of its own leaves the theft after it told
    found, data, _ = _data_reading(
        extract,
        "We do not know if the attackers are still in our systems, but hackers stole customer "
        "addresses, the firm said.",
    )
    assert found.get("customer_data") == "compromised"
    assert data is True
    # every item of a list the files only may hold is a possible content
    found, data, _ = _data_reading(
        extract, "The stolen files may include customer names and bank details."
    )
    assert "customer_data" not in found
    assert data is not True


def test_data_that_is_the_subject_of_a_present_condition_is_not_compromised(
    extract: Extract,
) -> None:
    found, data, _ = _data_reading(
        extract, "Firms must tell customers when their home addresses are stolen."
    )
    assert "customer_data" not in found
    assert data is not True


def test_customers_identity_documents_taken_are_customer_data(extract: Extract) -> None:
    record = extract(
        "Hotel guests warned\n\nHackers broke into the booking system of Fenmore Hotels Ltd and "
        "copied scans of guests' passports, the company said on Friday.",
        published="2025-06-16",
    )
    incident = record["incidents"][0]
    assert statuses(incident)["customer_data"] == "compromised"
    assert incident["data_compromised"] is True


@pytest.mark.parametrize(
    "theft",
    [
        "The gang copied documents belonging to several hundred of its customers.",
        "The attackers took records relating to its policyholders.",
    ],
)
def test_files_belonging_to_those_it_serves_are_their_data(extract: Extract, theft: str) -> None:
    record = extract(
        "Payroll firm hit\n\nPaywell Systems said on Monday that it had been hit by a "
        "ransomware attack. " + theft,
        published="2025-09-04",
    )
    incident = record["incidents"][0]
    assert statuses(incident)["customer_data"] == "compromised"
    assert "data_breach" in incident["incident_types"]


def test_usernames_and_described_passwords_taken_from_a_name_are_its_customers_data(
    extract: Extract,
) -> None:
    # a participle describing a noun ("hashed passwords") keeps the tie's noun phrase whole
    record = extract(
        "Club members told to change passwords\n\nCriminals took the usernames and hashed "
        "passwords of members from Harbour Bowls Club Ltd, the club said on Monday.",
        published="2025-04-09",
    )
    incident = incident_of(record, "Harbour Bowls Club Ltd")
    assert statuses(incident)["customer_data"] == "compromised"
    assert incident["data_compromised"] is True


def test_data_described_as_taken_from_somewhere_is_stolen(extract) -> None:
    record = extract(
        "Criminals broke into the systems of Fernway Print Services, which prints letters for "
        "several lenders, last week. Hallam Mutual said the names and account numbers of 2,000 "
        "members were among the files downloaded from its supplier's servers."
    )
    assert incident_of(record, "Hallam Mutual")["data_compromised"] is True


@pytest.mark.parametrize(
    "report",
    [
        # a relative clause inside the report describes its noun; the report goes on
        "Hallam Mutual said the names of members who had joined since 2019 were among the "
        "files the hackers copied",
        # a confirmation telling no incident at once opens a report as "said" does
        "Hallam Mutual confirmed the names, addresses and phone numbers of some 4,000 members "
        "were in the stolen data",
    ],
)
def test_a_report_read_past_a_relative_clause_or_after_a_confirmation(extract, report: str) -> None:
    record = extract(
        "Criminals broke into the systems of Fernway Print Services, which prints letters for "
        f"several lenders, last week. {report}."
    )
    assert incident_of(record, "Hallam Mutual")["data_compromised"] is True


def test_stolen_data_a_firm_tracks_is_none_taken_from_the_firm_it_came_from(extract) -> None:
    # guard: outside a report, a kind still hides the event word inside it
    record = extract(
        "Palmer Card agreed on Monday to buy Threatwatch, a company that tracks hackers, stolen "
        "data and online threats, from the investment firm Cobalt Ridge Partners."
    )
    assert record["incidents"] == []


def test_data_taken_from_systems_is_the_speakers_whatever_ran_them(extract) -> None:
    # guard: "from" a place names no other owner of what was taken
    record = extract(
        "Hackers exploited a flaw in Fernway's file-sharing software last month. Corran Bank "
        "and Hallam Mutual have both said data was taken from systems running the software."
    )
    for victim in ("Corran Bank", "Hallam Mutual"):
        assert incident_of(record, victim)["data_compromised"] is True, victim

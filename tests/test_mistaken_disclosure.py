"""Personal data disclosed by mistake (issues 12 and 13): an organisation that emailed,
published, uploaded, put or left people's details where others could see them "by mistake",
"in error", "accidentally" or "through human error" suffered a data breach and its victim is
the one that made the mistake; nobody attacked it and no system failed. A file told taken or
disclosed, then said to have held personal data ("The spreadsheet listed the names of ..."),
took that data with it. A person's error is no IT failure; a machine's still is. Every article
here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names, start_values, statuses

Extract = Callable[..., dict[str, Any]]
PUBLISHED = "2025-05-22"  # a Thursday


@pytest.mark.parametrize(
    ("text", "victim", "service"),
    [
        pytest.param(
            "Garnet Pharmacy apologises after customer list emailed in error\n\n"
            "Garnet Pharmacy has apologised after a spreadsheet holding the names, addresses and "
            "prescription details of 3,000 customers was emailed to a supplier by mistake on "
            "Monday.\n\nThe chain said it was human error, not a cyber attack, and its systems "
            "had not been hacked.",
            "Garnet Pharmacy",
            "customer_data",
            id="emailed-to-a-supplier-by-mistake",
        ),
        pytest.param(
            "Council posts residents' details online by mistake\n\n"
            "Elmsworth Borough Council has apologised after the names and home addresses of 900 "
            "residents who had complained about parking were published on its website in "
            "error.\n\nThe file was visible for three days before it was taken down, the council "
            "said.",
            "Elmsworth Borough Council",
            "customer_data",
            id="published-on-its-website-in-error",
        ),
        pytest.param(
            "Brenchley Leisure apologises after member list put online\n\n"
            "Brenchley Leisure has apologised after a document containing the names and phone "
            "numbers of 700 gym members was put on its website through human error. The "
            "council-owned company said the file was online for two days.",
            "Brenchley Leisure",
            "customer_data",
            id="put-online-through-human-error",
        ),
        pytest.param(
            "Pellow Surgery said letters containing the test results of 60 patients were posted "
            "to the wrong addresses on Monday.",
            "Pellow Surgery",
            "customer_data",
            id="letters-posted-to-the-wrong-addresses",
        ),
        pytest.param(
            "Staff addresses sent to newsletter readers\n\n"
            "Orrin Valley Water said a list of 450 employees' home addresses was mistakenly "
            "attached to its customer newsletter last week.",
            "Orrin Valley Water",
            "employee_data",
            id="staff-addresses-mistakenly-attached",
        ),
    ],
)
def test_personal_data_disclosed_by_mistake_is_a_data_breach(
    extract: Extract, text: str, victim: str, service: str
) -> None:
    incident = incident_of(extract(text, published=PUBLISHED), victim)
    assert incident["role"] == "primary"
    assert incident["incident_types"] == ["data_breach"]
    assert incident["data_compromised"] is True
    assert statuses(incident)[service] == "compromised"
    assert not any(s["status"] == "disrupted" for s in incident["services"])


def test_an_indefinite_description_names_no_victim(extract: Extract) -> None:
    """'A multi-academy trust has apologised ...': the trust is named in the next sentence;
    the lower-case description is no name of its own."""
    record = extract(
        "School trust apologises after pupils' details left on its website\n\n"
        "A multi-academy trust has apologised to parents after a spreadsheet containing the "
        "names of hundreds of pupils was left on its public website for a fortnight.\n\n"
        "Holmbrook Learning Trust, which runs nine schools in the area, said the file was "
        "uploaded by mistake on 2 May.",
        published=PUBLISHED,
    )
    assert names(record) == ["Holmbrook Learning Trust"]
    incident = incident_of(record, "Holmbrook Learning Trust")
    assert statuses(incident)["customer_data"] == "compromised"
    assert start_values(incident) == ["2025-05-02"]


@pytest.mark.parametrize(
    ("text", "victim", "service"),
    [
        pytest.param(
            "Holmbrook Town Council said a spreadsheet was uploaded to its website by mistake on "
            "2 May. The spreadsheet listed the names and home addresses of 300 residents.",
            "Holmbrook Town Council",
            "customer_data",
            id="disclosed-spreadsheet-listed",
        ),
        pytest.param(
            "Tessmoor Foods said hackers stole a file from its payroll server last week. It "
            "contained the names and bank details of 2,000 staff.",
            "Tessmoor Foods",
            "employee_data",
            id="stolen-file-contained",
        ),
    ],
)
def test_what_a_taken_file_held_was_taken(
    extract: Extract, text: str, victim: str, service: str
) -> None:
    incident = incident_of(extract(text, published=PUBLISHED), victim)
    assert statuses(incident)[service] == "compromised"
    assert incident["data_compromised"] is True


def test_a_file_listed_before_its_mistaken_disclosure_is_a_breach(extract: Extract) -> None:
    """The contents told first, the mistake after, in a quote: 'It listed the names ...',
    then 'the spreadsheet had been attached "in error"'."""
    record = extract(
        "Letting agent's newsletter carried tenants' details\n\n"
        "A newsletter from Pendle Lettings went out on Tuesday with a spreadsheet attached. It "
        "listed the names and phone numbers of 800 tenants. Pendle Lettings admitted the "
        'spreadsheet had been attached "in error" by a member of staff.',
        published=PUBLISHED,
    )
    incident = incident_of(record, "Pendle Lettings")
    assert incident["incident_types"] == ["data_breach"]
    assert statuses(incident)["customer_data"] == "compromised"


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "The names and medical needs of 86 pupils at Brookvale Primary School were "
            "published on a website by mistake, the council said.",
            id="pupils-at",
        ),
        pytest.param(
            "The names and email addresses of 300 parents at Brookvale Primary School were "
            "sent to the wrong people in error, the council said.",
            id="parents-at-sent-to-the-wrong",
        ),
    ],
)
def test_the_people_at_the_victim_name_it_inside_the_disclosure(
    extract: Extract, told: str
) -> None:
    """The words of the disclosure hold the name, after the data of the people 'at' it."""
    record = extract("Pupils' details exposed\n\n" + told, published=PUBLISHED)
    assert incident_of(record, "Brookvale Primary School")["role"] == "primary"


def test_people_at_a_school_named_with_no_disclosure_give_no_incident(extract: Extract) -> None:
    """Guard: the names of pupils at a school read out at a prize-giving were not taken."""
    record = extract(
        "Prize-giving at Brookvale\n\nThe names of 86 pupils at Brookvale Primary School "
        "were read out at a prize-giving on Friday, the head teacher said.",
        published=PUBLISHED,
    )
    assert record["incidents"] == []


def test_what_a_file_may_hold_is_not_taken_with_it(extract: Extract) -> None:
    """Guard: a possible content is no data taken ('It may have contained ...')."""
    record = extract(
        "Tessmoor Foods said hackers stole a file from its payroll server last week. It may "
        "have contained the names and bank details of 2,000 staff.",
        published=PUBLISHED,
    )
    incident = incident_of(record, "Tessmoor Foods")
    assert statuses(incident).get("employee_data") != "compromised"


def test_a_file_held_before_nothing_was_taken_holds_no_theft(extract: Extract) -> None:
    """Guard: the contents rule follows only a container told taken: a file named in passing
    before its contents are listed takes nothing."""
    record = extract(
        "Tessmoor Foods said a ransomware attack shut its payroll system last week. The "
        "company keeps a spreadsheet of staff shifts. It listed the names of 2,000 staff.",
        published=PUBLISHED,
    )
    incident = incident_of(record, "Tessmoor Foods")
    assert statuses(incident).get("employee_data") != "compromised"


def test_a_configuration_error_is_still_an_outage(extract: Extract) -> None:
    """Guard: a person's error that took a system down is a technical outage."""
    record = extract(
        "Outage at Corvale Telecom\n\nA configuration error by an engineer took the Corvale "
        "Telecom website offline for five hours on Sunday, the company said.",
        published=PUBLISHED,
    )
    incident = incident_of(record, "Corvale Telecom")
    assert "technical_outage" in incident["incident_types"]
    assert statuses(incident)["website"] == "disrupted"


def test_a_mistake_with_no_personal_data_is_no_breach(extract: Extract) -> None:
    """Guard: results published early by mistake disclose nobody's data."""
    record = extract(
        "Marstow Brewing results leak\n\nMarstow Brewing's annual results were published a "
        "day early by mistake on Tuesday, the company said.",
        published=PUBLISHED,
    )
    assert not any(i["data_compromised"] for i in record["incidents"])
    assert not any("data_breach" in i["incident_types"] for i in record["incidents"])


def test_a_headline_word_in_capitals_before_a_description_is_no_name(extract: Extract) -> None:
    """'RED-FACED bakery chain Crumbwell Bakers': tabloid capitals describe the chain named
    after them."""
    record = extract(
        "Bakery chain says sorry\n\nRED-FACED bakery chain Crumbwell Bakers has said sorry "
        "after an email blunder laid bare the home addresses of its loyalty members. The "
        "addresses were sent to 5,000 members in error on Monday.",
        published=PUBLISHED,
    )
    assert names(record) == ["Crumbwell Bakers"]


def test_a_disclosure_told_in_the_headline_stays_in_the_headline(extract: Extract) -> None:
    """Guard: the grammar does not reach across the headline's end into the lede."""
    record = extract(
        "Wexcombe Mutual sends spreadsheet\n\n"
        "Wexcombe Mutual said its website was down by mistake on Monday after an update.",
        published=PUBLISHED,
    )
    assert not any("data_breach" in i["incident_types"] for i in record["incidents"])

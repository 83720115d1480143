"""A count of a victim's people told affected, in a story that tells personal data taken,
counts those whose data was taken: 'Tresham Nurseries said about 2,100 of its staff were
affected' (its employee data), 'Quarley Travel said 14,000 of its loyalty members had been
affected' after customers' data was taken (its customers' data). Not people of no kind
('about 4,700 people are affected': whose data the theft told), customers where only staff
data was taken, a count denied ('none of its customers', 'were not affected'), claimed or
only possible, a count beside a denial of the theft, people affected by an outage or by a
service's trouble told beside them, a count in a story with no theft, a year or a share
before the people, nor people of another organisation named with them. Articles invented for
these tests; the guards pass on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses

STAFF_THEFT = (
    "Payroll firm hit by data theft\n\n"
    "Criminals stole employee records from Corrow Payroll Services, which runs payroll for "
    "several chains, after breaking into its file transfer server in March.\n\n"
)
CUSTOMER_THEFT = (
    "Mailing firm hit by data theft\n\n"
    "Criminals stole customer names and home addresses from Dunmere Mailing Services, which "
    "sends catalogues for several retailers, after breaking into its servers in March.\n\n"
)


@pytest.mark.parametrize(
    ("story", "told", "name", "service"),
    [
        (
            STAFF_THEFT,
            "Tresham Nurseries said about 2,100 of its staff were affected.",
            "Tresham Nurseries",
            "employee_data",
        ),
        (
            STAFF_THEFT,
            "Pelham Footwear said some 900 current and former employees were among those affected.",
            "Pelham Footwear",
            "employee_data",
        ),
        (
            CUSTOMER_THEFT,
            "Quarley Travel said 14,000 of its loyalty members had been affected.",
            "Quarley Travel",
            "customer_data",
        ),
        (
            STAFF_THEFT,
            "Stowell Dairies said around 650 workers in its pension scheme have been affected.",
            "Stowell Dairies",
            "employee_data",
        ),
        (
            CUSTOMER_THEFT,
            "Hendra Motors said 3,200 of its customers were affected by the breach.",
            "Hendra Motors",
            "customer_data",
        ),
        (
            STAFF_THEFT,
            "Brockwell Pharmacy said around 1,300 of its pension scheme members were affected.",
            "Brockwell Pharmacy",
            "employee_data",
        ),
        (
            STAFF_THEFT,
            "Brockwell Pharmacy said about 2,100 crew members were affected.",
            "Brockwell Pharmacy",
            "employee_data",
        ),
        (
            STAFF_THEFT,
            "Brockwell Pharmacy said just 12 of its 2,000 staff were affected.",
            "Brockwell Pharmacy",
            "employee_data",
        ),
        (
            STAFF_THEFT,
            "Brockwell Pharmacy said 12 out of the firm's 2,000 staff were affected.",
            "Brockwell Pharmacy",
            "employee_data",
        ),
        (
            STAFF_THEFT,
            "Brockwell Pharmacy said no fewer than 2,100 of its staff were affected.",
            "Brockwell Pharmacy",
            "employee_data",
        ),
        (
            STAFF_THEFT,
            "Brockwell Pharmacy said 2,400 members of its occupational pension scheme were "
            "affected.",
            "Brockwell Pharmacy",
            "employee_data",
        ),
        (
            STAFF_THEFT,
            "Brockwell Pharmacy said 14,000 members of its staff pension scheme were affected.",
            "Brockwell Pharmacy",
            "employee_data",
        ),
    ],
)
def test_a_count_told_affected_in_a_theft_story_is_its_data_taken(
    extract: Any, story: str, told: str, name: str, service: str
) -> None:
    record = extract(story + told, published="2025-04-14")
    incident = incident_of(record, name)
    assert statuses(incident).get(service) == "compromised", incident["services"]
    assert incident["data_compromised"] is True


@pytest.mark.parametrize(
    ("story", "told"),
    [
        (STAFF_THEFT, "Tresham Nurseries said none of its staff were affected."),
        (STAFF_THEFT, "Tresham Nurseries said none of its 2,000 staff were affected."),
        (STAFF_THEFT, "Tresham Nurseries said its 2,100 staff were not affected."),
        (
            CUSTOMER_THEFT,
            "Tresham Nurseries said about 2,100 of its customers were affected by the outage.",
        ),
        (
            CUSTOMER_THEFT,
            "Tresham Nurseries said that in 2024 customers were affected by a card outage.",
        ),
        (CUSTOMER_THEFT, "Tresham Nurseries said one in five customers were affected."),
        (
            CUSTOMER_THEFT,
            "Tresham Nurseries said 2,000 customers were affected when its website went down "
            "on Friday.",
        ),
        (
            CUSTOMER_THEFT,
            "Tresham Nurseries said 2,000 of its customers were affected, but no customer "
            "data was taken.",
        ),
        (
            CUSTOMER_THEFT,
            "Tresham Nurseries said claims that 2,000 of its customers were affected were wrong.",
        ),
        (
            CUSTOMER_THEFT,
            "Tresham Nurseries said 2,000 of its customers could have been affected.",
        ),
        # only staff data was taken: a count of customers is no theft of theirs
        (STAFF_THEFT, "Tresham Nurseries said 2,000 of its customers were affected."),
    ],
)
def test_no_count_of_people_whose_data_was_taken(extract: Any, story: str, told: str) -> None:
    record = extract(story + told, published="2025-04-14")
    names = [i["organization"]["name"] for i in record["incidents"]]
    if "Tresham Nurseries" not in names:
        return  # no incident of its own is no data of its own taken either
    incident = incident_of(record, "Tresham Nurseries")
    found = statuses(incident)
    assert "compromised" not in (found.get("customer_data"), found.get("employee_data"))


def test_people_of_another_organisation_give_the_teller_no_data(extract: Any) -> None:
    text = STAFF_THEFT + "Corrow said about 2,100 staff at Tresham Nurseries were affected."
    incident = incident_of(extract(text, published="2025-04-14"), "Corrow Payroll Services")
    assert not any("2,100" in (service.get("mention") or "") for service in incident["services"]), (
        incident["services"]
    )


def test_people_of_no_kind_leave_the_theft_its_own_kind(extract: Any) -> None:
    text = (
        "College staff data published\n\n"
        "Kelsworth College said files taken from its human resources system, including names "
        "and salary details of staff, had appeared on a leak site. About 4,700 people are "
        "affected, it said."
    )
    incident = incident_of(extract(text, published="2025-02-03"), "Kelsworth College")
    found = statuses(incident)
    assert found.get("employee_data") == "compromised", incident["services"]
    assert "customer_data" not in found, incident["services"]


def test_a_count_with_no_theft_told_is_no_data(extract: Any) -> None:
    text = (
        "Garden centre tills down\n\n"
        "Card payments failed at Tresham Nurseries on Saturday after an IT fault. The chain "
        "said about 2,100 of its customers were affected and that tills were working again "
        "by Sunday."
    )
    incident = incident_of(extract(text, published="2025-06-02"), "Tresham Nurseries")
    assert incident["data_compromised"] is not True
    assert "customer_data" not in statuses(incident), incident["services"]


@pytest.mark.parametrize(
    "told",
    [
        "Brockwell Pharmacy said just 12 of its 2,000 staff were affected.",
        "Brockwell Pharmacy said 12 out of the firm's 2,000 staff were affected.",
    ],
)
def test_the_part_of_a_whole_is_the_count_affected(extract: Any, told: str) -> None:
    incident = incident_of(
        extract(STAFF_THEFT + told, published="2025-04-14"), "Brockwell Pharmacy"
    )
    mentions = [s.get("mention") for s in incident["services"] if s["service"] == "employee_data"]
    assert mentions and mentions[0].startswith("12 "), mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Gym chain hit by data theft\n\n"
            "Calbourne Fitness said hackers had stolen personal data from its systems in a cyber "
            "attack last week. It said 3,000 members of the company's gyms were affected.",
            "Calbourne Fitness",
        ),
        (
            "Pension provider hit by hackers\n\n"
            "Haverah Pensions said criminals had stolen personal data in a cyber attack on its "
            "systems. The company said 8,000 members of its pension schemes were affected.",
            "Haverah Pensions",
        ),
    ],
)
def test_members_of_a_scheme_not_the_staffs_are_customers(
    extract: Any, text: str, name: str
) -> None:
    incident = incident_of(extract(text, published="2025-04-14"), name)
    assert "employee_data" not in statuses(incident), incident["services"]

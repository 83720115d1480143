"""Guards from the review of round 65's fronted lists (2636eee..4613c9d), each on text written
for it and each failing on 4613c9d: a fronted list dated to a campaign's past names no victims
of this story, as 'last year include' never did; a date is the story's period only when no
past word, year or limit says otherwise ('before this year', 'in recent years'); a possessive
after the fronted victims makes another head ('the victims' lawyers'); a fronted participle
with no campaign's doer ('Also hit were two of its clients') is no campaign's list, so a
supplier's clients stay its clients; 'Among those hit by the gang' is the gang's list as 'Also
hit by the gang' is. And a verb of harm inside a denial ties no one (failing on 2636eee).
The second review's guards (4613c9d..993d245) follow, each failing on 993d245: a year is of
an earlier period only before the story's own year ('in October 2025' in a story of 2025 is
its period); 'this decade' is the story's; 'prior to' limits as 'before' does; a possessive
inside a preposition-led agent keeps the list ('hit by Saturday's outage'); a place and a
time together stay within the modifiers' reach."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, names

PUBLISHED = "2025-11-04"

CLINIC = (
    "Ransomware gang claims attack on clinic\n\n"
    "A ransomware gang has claimed an attack on Gwithian Clinic that left its patient records "
    "offline for a week.\n\n"
)


LISTED = "Perranuthnoe Timber Supplies and Rosudgeon Bakery."


@pytest.mark.parametrize(
    "opening",
    [
        "Among the gang's other victims last year were",
        "Also hit by the gang in 2022 were",
        "Other victims of the gang before this year include",
        "Other victims of the gang in recent years include",
        "Companies hit by the gang prior to this year include",
    ],
)
def test_a_list_dated_to_an_earlier_period_is_a_campaigns_past(extract: Any, opening: str) -> None:
    record = extract(CLINIC + f"{opening} {LISTED}", published=PUBLISHED)
    assert "Perranuthnoe Timber Supplies" not in names(record)
    assert "Rosudgeon Bakery" not in names(record)


def test_the_victims_lawyers_are_no_victims(extract: Any) -> None:
    record = extract(
        CLINIC + "Among the victims' lawyers was Marazion Legal Partners, which said it would "
        "seek damages from the clinic.",
        published=PUBLISHED,
    )
    assert "Marazion Legal Partners" not in names(record)


def test_a_suppliers_clients_fronted_with_no_campaign_stay_its_clients(extract: Any) -> None:
    record = extract(
        "Payroll provider hit by ransomware\n\n"
        "Hackers encrypted the systems of payroll provider Goldsithney Payroll on Friday, the "
        "company said.\n\n"
        "Also hit were two of its biggest clients, Crowan Foods and Praze Motors, whose staff "
        "will be paid a week late.",
        published=PUBLISHED,
    )
    assert "third_party" in incident_of(record, "Crowan Foods")["incident_types"]


def test_among_those_hit_by_the_gang_is_the_gangs_list(extract: Any) -> None:
    record = extract(
        "Council confirms ransomware attack\n\n"
        "Leedstown Parish Council said a ransomware attack had encrypted its file servers on "
        "Monday, days after a gang called Blackmoor posted its name online.\n\n"
        "Among those hit by the gang last month were Relubbus Freight Services and Townshend "
        "Dairy Supplies.",
        published=PUBLISHED,
    )
    for victim in ("Relubbus Freight Services", "Townshend Dairy Supplies"):
        types = incident_of(record, victim)["incident_types"]
        assert "ransomware" in types
        assert "third_party" not in types


def test_a_fault_that_did_not_affect_a_business_ties_no_one(extract: Any) -> None:
    record = extract(
        "Card terminals down at bakery chain\n\n"
        "A software fault left card terminals at Nancegollan Bakeries' 30 shops unable to take "
        "payments on Saturday. The fault did not affect Carleen Butchers, which uses another "
        "terminal supplier.",
        published=PUBLISHED,
    )
    assert "Carleen Butchers" not in names(record)


# From the second review (4613c9d..993d245), each failing on 993d245.


def test_a_month_of_the_storys_own_year_is_its_period(extract: Any) -> None:
    record = extract(
        CLINIC + "Also hit by the gang in October 2025 were Perranuthnoe Timber Supplies and "
        "Rosudgeon Bakery.",
        published=PUBLISHED,
    )
    assert "ransomware" in incident_of(record, "Rosudgeon Bakery")["incident_types"]


def test_this_decade_is_the_storys_period(extract: Any) -> None:
    record = extract(
        CLINIC + "Among its victims this decade were Perranuthnoe Timber Supplies and "
        "Rosudgeon Bakery.",
        published=PUBLISHED,
    )
    assert "Rosudgeon Bakery" in names(record)


def test_a_possessive_inside_the_agent_keeps_the_list(extract: Any) -> None:
    record = extract(
        "Card processor outage hits lenders\n\n"
        "A fault at card processor Trevarno Payments left customers of several lenders unable "
        "to use their cards on Saturday.\n\n"
        "Among those hit by Saturday's outage were Crowlas Building Society and Canonstown "
        "Credit Union.",
        published=PUBLISHED,
    )
    assert "Crowlas Building Society" in names(record)


def test_a_fronted_list_with_a_place_and_a_time_is_the_gangs(extract: Any) -> None:
    record = extract(
        CLINIC + "Also hit by the gang in Lincolnshire in October were Perranuthnoe Timber "
        "Supplies and Rosudgeon Bakery.",
        published=PUBLISHED,
    )
    types = incident_of(record, "Rosudgeon Bakery")["incident_types"]
    assert "ransomware" in types
    assert "third_party" not in types


def test_the_storys_year_is_the_publications_else_the_latest_written(extractor: Any) -> None:
    from incident_extract.layout import STORY_YEAR, story_year

    nlp = extractor.pipeline.nlp
    assert story_year(nlp("No year is written here.")) is None
    assert story_year(nlp("It was hit in 2021 and again in 2024.")) == 2024
    published = nlp("It was hit in 2021.")
    published.user_data[STORY_YEAR] = 2025
    assert story_year(published) == 2025

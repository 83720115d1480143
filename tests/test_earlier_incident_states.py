"""A service's state told of an earlier, separate incident (issue 13), on text written for
these tests.

News recalls the victim's earlier trouble beside the new one: "In 2022 the chain disabled its
app for a week", "It is not the first time: in 2021, it suspended click and collect", "took
its website offline for a fortnight in 2023". That state is the earlier incident's: it gives
the service no state now, and a later "working normally" is no return but a service
unaffected. The story's own states stand; so does a retrospective whose every state is of
the earlier year, a state that runs since then ("has been unavailable since March 2024"),
and another organisation named for its own earlier incident ("the attack on Y in 2021,
which forced it to shut down its IT systems"). An earlier attack dated after a comma ("its
previous attack, in 2021,") gives the new incident no start."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import claims, names, start_values, statuses

Extract = Callable[..., dict[str, Any]]
PUBLISHED = "2025-05-14"
LEDE = (
    "Hollins Garden Supplies hit by cyber attack\n\n"
    "Hollins Garden Supplies said a cyber attack on Monday had disrupted its online "
    "ordering.\n\n"
)


def _only_incident(extract: Extract, text: str) -> dict[str, Any]:
    record = extract(text, published=PUBLISHED)
    assert len(record["incidents"]) == 1, names(record)
    return record["incidents"][0]


@pytest.mark.parametrize(
    "recap",
    [
        pytest.param("In 2022 the chain disabled its app for a week.", id="fronting-year"),
        pytest.param(
            "It is not the first time: in 2021, the chain suspended its app for a week after "
            "hackers struck.",
            id="after-a-colon",
        ),
        pytest.param(
            "Two years ago the retailer took its app offline for a fortnight.", id="years-ago"
        ),
        pytest.param(
            "The retailer took its app offline for a fortnight in 2023 after a software fault.",
            id="clause-dated",
        ),
        pytest.param(
            "Its previous attack, in 2021, forced it to shut down its app for three days.",
            id="apposition",
        ),
    ],
)
def test_an_earlier_incidents_state_gives_no_state_now(extract: Extract, recap: str) -> None:
    incident = _only_incident(extract, LEDE + recap)
    assert statuses(incident) == {"online_orders": "disrupted"}
    assert claims(incident) == []
    assert start_values(incident) == ["2025-05-12"]


def test_a_separate_attack_in_an_earlier_year_is_that_attacks(extract: Extract) -> None:
    text = (
        "Health board hit by cyber attack\n\n"
        "Ardmore Health Board said a cyber attack on Sunday had taken down its email system.\n\n"
        "The board, which was hit by a separate attack in October 2022 that forced it to "
        "suspend pharmacy services for a week, said it was working with the police."
    )
    incident = _only_incident(extract, text)
    assert "pharmacy" not in statuses(incident)
    assert start_values(incident) == ["2025-05-11"]


def test_working_normally_after_an_earlier_pause_is_unaffected(extract: Extract) -> None:
    text = (
        "Pendock Shoes investigates breach\n\n"
        "Pendock Shoes said it discovered on Sunday that hackers had broken into its systems. "
        "Its website is working normally, the company said.\n\n"
        "In 2023 the retailer took its website offline for two weeks after a ransomware "
        "attack."
    )
    incident = _only_incident(extract, text)
    assert statuses(incident) == {"website": "unaffected"}
    assert claims(incident) == []


def test_a_pause_last_year_does_not_override_the_outage_now(extract: Extract) -> None:
    text = (
        "Carrow Chemists suffers IT outage\n\n"
        "Carrow Chemists said its systems failed on Monday. Click and collect remains "
        "unavailable.\n\n"
        "Last year the company suspended click and collect for three days during a software "
        "upgrade."
    )
    incident = _only_incident(extract, text)
    assert statuses(incident)["click_and_collect"] == "disrupted"


def test_an_earlier_years_return_is_no_return_now(extract: Extract) -> None:
    text = (
        LEDE + "In 2021 hackers hit the chain, which shut its stores for three days, but all "
        "systems were back within a week."
    )
    incident = _only_incident(extract, text)
    assert statuses(incident) == {"online_orders": "disrupted"}
    assert claims(incident) == []


def test_a_retrospective_keeps_its_own_years_states(extract: Extract) -> None:
    text = (
        "Two years on, Marlow Outfitters counts the cost of its cyber attack\n\n"
        "In March 2023 Marlow Outfitters suspended online orders for six weeks after a "
        "ransomware attack, the company said in its annual report on Tuesday."
    )
    incident = _only_incident(extract, text)
    assert statuses(incident) == {"online_orders": "suspended"}


def test_a_state_running_since_an_earlier_year_stands(extract: Extract) -> None:
    text = (
        LEDE + "Its app has been unavailable since March 2024, when the retailer moved to a "
        "new platform."
    )
    incident = _only_incident(extract, text)
    assert statuses(incident)["mobile_app"] == "disrupted"


def test_another_victim_named_for_its_earlier_incident_keeps_its_state(
    extract: Extract,
) -> None:
    text = (
        "Ardlow hospital cancels clinics after cyber attack\n\n"
        "Ardlow Community Hospital has cancelled outpatient clinics after it was hit by a "
        "cyber attack on Monday.\n\n"
        "The attack recalls the ransomware attack on Westmere Health Board in May 2021, which "
        "forced Westmere Health Board to shut down its IT systems for weeks."
    )
    record = extract(text, published="2024-10-09")
    by_name = {i["organization"]["name"]: i for i in record["incidents"]}
    assert "Westmere Health Board" in by_name, names(record)
    assert statuses(by_name["Westmere Health Board"]).get("internal_systems") == "suspended"


def test_a_follow_up_keeps_the_states_of_its_own_incident_of_a_year_ago(extract: Extract) -> None:
    text = (
        "Two men jailed over attack on Brenley Haulage\n\n"
        "Two men have been jailed for a ransomware attack on the parcel firm Brenley Haulage, "
        "a court heard on Tuesday.\n\n"
        "On 12 March 2024 the gang encrypted the firm's servers, and Brenley shut down its "
        "email system for a week.\n\n"
        "Its systems now work normally, the court heard."
    )
    record = extract(text, published="2025-04-15")
    incident = record["incidents"][0]
    assert incident["organization"]["name"] == "Brenley Haulage"
    assert statuses(incident).get("internal_systems") in ("suspended", "restored")


def test_last_year_in_a_story_of_the_new_year_is_less_than_a_year_ago(extract: Extract) -> None:
    text = (
        "Tolvern Sports deliveries still suspended\n\n"
        "Hackers broke into Tolvern Sports' warehouse systems on 25 November, and the chain "
        "suspended click and collect the next day.\n\n"
        "Click and collect was restored late last year, the company said on Tuesday."
    )
    incident = _only_incident_on(extract, text, "2025-02-11")
    assert statuses(incident)["click_and_collect"] == "restored"


def test_the_storys_own_attack_set_off_by_commas_keeps_its_start(extract: Extract) -> None:
    text = (
        "Man charged over Corve Water attack\n\n"
        "A man has been charged over a cyber attack on Corve Water, police said on Tuesday.\n\n"
        "The attack, in early 2024, knocked out the utility's billing system for several days."
    )
    incident = _only_incident_on(extract, text, "2025-03-18")
    assert start_values(incident) == ["2024-01-01"]


def test_a_denial_of_theft_in_an_earlier_years_sentence_stands(extract: Extract) -> None:
    text = (
        "Corve Museum bookings still down\n\n"
        "Corve Museum's online booking has been down since a cyber attack in 2023.\n\n"
        "No visitors' payment details were taken in the 2023 attack, the museum said."
    )
    incident = _only_incident_on(extract, text, "2025-01-28")
    assert incident["data_compromised"] is False


def _only_incident_on(extract: Extract, text: str, published: str) -> dict[str, Any]:
    record = extract(text, published=published)
    assert len(record["incidents"]) == 1, names(record)
    return record["incidents"][0]


def test_another_organisations_incident_in_the_sentence_before_sets_nothing_apart(
    extract: Extract,
) -> None:
    text = (
        "Two charged over attack on Corlan Stores\n\n"
        "Two men have been charged over a ransomware attack on the retailer Corlan Stores, "
        "police said on Monday. They are also suspected of another attack, on a Danish "
        "haulier, in the same year.\n\n"
        "In March 2023, the attack forced Corlan Stores to suspend online orders for three "
        "weeks.\n\n"
        "Corlan said its online shop had worked normally since April 2023 and that its "
        "website was unavailable for a day this week while it moved to a new platform."
    )
    record = extract(text, published="2025-02-11")
    incident = record["incidents"][0]
    assert incident["organization"]["name"] == "Corlan Stores"
    assert statuses(incident).get("online_orders") == "restored"

"""A statement that the problem is over is a general restoration claim (`service: null`,
`restored`; the devset README's convention), also when it is told indirectly: the return's own
words name the problem even beside services ('it had contained the incident, reset passwords
and ...'), a pronoun opening a containment is the problem ('it had been contained by June 3'),
a pronoun for the problem its sentence named before ('the outage was caused by a faulty
router, and it had been fixed'), a containment after 'until' told in the past with its day
('until it was discovered and contained on April 4'), a demonstrative opening the sentence
after the problem ('... had caused the problem. "This was fixed by 11am"'), and a weakness
fixed. A fix still to come, and a pronoun for a service, are no general claim. Every sentence
here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[..., dict[str, Any]]

OUTAGE = (
    "Harwick Stores hit by IT outage\n\nHarwick Stores, a chain of hardware shops, suffered "
    "an IT outage on Monday that stopped card payments at its branches. "
)
ATTACK = (
    "Harwick Stores hit by cyber attack\n\nHarwick Stores, a chain of hardware shops, said "
    "hackers broke into its stock system on Monday. "
)


def general_claims(record: dict[str, Any]) -> list[str]:
    return [
        claim["status"]
        for incident in record["incidents"]
        for claim in incident["restoration_claims"]
        if claim["service"] is None
    ]


@pytest.mark.parametrize(
    "text",
    [
        ATTACK + "The chain said it had contained the incident, reset staff passwords and "
        "called in investigators.",
        ATTACK + "Harwick said the malware had been on its network since April and that it "
        "had been contained by June 3.",
        OUTAGE + "The chain said the outage had been caused by a faulty router, and that it "
        "had been fixed.",
        ATTACK + "Harwick said the weakness the hackers used had since been fixed.",
        ATTACK + "The chain said the breach had been contained and its card payments were "
        "working normally again.",
        OUTAGE + 'A spokesman said a faulty software update had caused the problem. "This '
        'was fully fixed by 11am, and we are sorry for the delays," he said.',
        # services past an "and" with their own subject and verb are another statement's
        OUTAGE + "The chain said it had resolved the issue and its branches were taking cards "
        "as normal.",
        OUTAGE + '"We have fixed the fault and our tills are working normally," a '
        "spokeswoman said.",
        # verbs of putting a fault right, with their particle after the object too
        OUTAGE + "The chain said the fault had been rectified by Tuesday morning.",
        OUTAGE + "A spokesman said engineers had sorted the problem out overnight.",
        OUTAGE + "The chain said it had ironed out the glitch within hours.",
        OUTAGE + "The chain said engineers had sorted out the fault by noon.",
    ],
)
def test_the_problem_told_over_is_a_general_claim(extract: Extract, text: str) -> None:
    assert "restored" in general_claims(extract(text, "2025-06-04"))


@pytest.mark.parametrize(
    "text",
    [
        OUTAGE + "The chain said card payments would stay offline until the fault is fixed.",
        OUTAGE + 'Shoppers could not use its app either. "This was fixed by 11am," a '
        "spokesman said.",
        OUTAGE + "The chain said the outage was caused by a faulty router and that it had not "
        "yet been fixed.",
        ATTACK + "The chain said it was working to contain the incident and had reset staff "
        "passwords.",
        # a return with an object of its own is that thing's
        ATTACK + "The attack came in a busy month for the chain, which fixed the roof of its "
        "Leeds depot on Tuesday.",
        ATTACK + "The attack came in a busy month for the chain, which repaired the roof of "
        "its Leeds depot on Tuesday.",
        # a return told of a service's own problem is the service's, whatever follows it
        OUTAGE + "The chain said it had fixed the problem with its tills and staff were "
        "back at work.",
    ],
)
def test_a_fix_still_to_come_is_no_general_claim(extract: Extract, text: str) -> None:
    assert "restored" not in general_claims(extract(text, "2025-06-04"))


def test_a_pronoun_for_a_service_is_its_return(extract: Extract) -> None:
    record = extract(
        OUTAGE + "Its website crashed on Monday morning, and it was fixed by noon, the "
        "company said.",
        "2025-06-04",
    )
    claims = [(c["service"], c["status"]) for c in record["incidents"][0]["restoration_claims"]]
    assert ("website", "restored") in claims
    assert (None, "restored") not in claims


def test_a_pronoun_after_a_time_clause_goes_on_telling_of_the_service(extract: Extract) -> None:
    record = extract(
        ATTACK + "Its app was the first system it switched off when the breach was found, and "
        "the chain said it would be switched back on next week.",
        "2025-06-04",
    )
    assert general_claims(record) == []


def test_a_containment_after_until_told_in_the_past_with_its_day_happened(
    extract: Extract,
) -> None:
    record = extract(
        ATTACK + "The skimming code ran on its website from March until it was discovered and "
        "contained on April 4, the chain said.",
        "2025-06-04",
    )
    claims = [
        (c["service"], c["status"], c["date"]["value"] if c["date"] else None)
        for c in record["incidents"][0]["restoration_claims"]
    ]
    assert (None, "restored", "2025-04-04") in claims


def test_a_return_after_until_with_no_day_is_still_a_condition(extract: Extract) -> None:
    record = extract(
        OUTAGE + "The chain said its card payments would stay offline until the fault was fixed.",
        "2025-06-04",
    )
    assert general_claims(record) == []


@pytest.mark.parametrize(
    "containment",
    [
        # the intruder's way in closed
        "The chain said it had closed off the unauthorised access within hours.",
        "Harwick said it cut off the intruders' access as soon as it spotted them.",
        "The chain said it had shut down that access the same day.",
        # the intruder shut out
        "Its IT team locked the hackers out on Tuesday, the chain said.",
        '"Our monitoring partner spotted them and shut them out," a spokeswoman said.',
        # what the intruder reached made safe
        "Harwick said it had secured the affected server and informed the police.",
        "The chain found the intrusion on Tuesday, secured the compromised accounts and "
        "reset passwords.",
        "Harwick said the affected system had since been secured.",
    ],
)
def test_a_containment_told_as_closing_or_securing_is_a_general_claim(
    extract: Extract, containment: str
) -> None:
    """Closing off the intruder's access, shutting the intruder out and securing what was
    reached end the attack as 'contained' does: a general restored claim."""
    assert "restored" in general_claims(extract(ATTACK + containment, "2025-06-04"))


@pytest.mark.parametrize(
    "not_containment",
    [
        # people shut out of a service is the trouble, not its end
        "The attack locked them out of their accounts for two days, customers said.",
        "Staff were locked out of the stock system on Tuesday.",
        "The chain cut off access to its website as a precaution.",
        # a security to come, or one taken of something else
        "The chain said it was working to secure its systems.",
        "Harwick secured a new bank loan in March.",
    ],
)
def test_shutting_people_out_or_securing_to_come_is_no_general_claim(
    extract: Extract, not_containment: str
) -> None:
    assert "restored" not in general_claims(extract(ATTACK + not_containment, "2025-06-04"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Harwick Stores said on Friday that everything was working normally.",
        "The company said its business was operating normally again.",
        "A spokesman said it was trading normally.",
        # a time before the whole modifies nothing; a closure told in another clause ends
        # before the return
        "By Friday everything was working normally.",
        "Its branches remained closed on Monday, but by Friday everything was working normally.",
    ],
)
def test_the_whole_of_a_victim_in_its_normal_state_is_back(extract: Extract, sentence: str) -> None:
    # the victim was hit, so the whole of it told normal again is a return, a general claim
    assert general_claims(extract(OUTAGE + sentence, published="2025-10-10")) == ["restored"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a guard each: never down, a part of it, or nothing said to have been down
        "Harwick Stores said its warehouses continued to trade normally throughout.",
        "Its garden centres and other frontline services were running as normal.",
        "Its website had not been affected, and its operations were running normally.",
        "Its branches opened as normal despite the outage.",
    ],
)
def test_a_normal_state_told_of_a_part_or_throughout_is_no_return(
    extract: Extract, sentence: str
) -> None:
    assert general_claims(extract(OUTAGE + sentence, published="2025-10-10")) == []


def test_sorting_out_what_was_never_down_is_no_return(extract: Extract) -> None:
    record = extract(
        OUTAGE + "The chain said staff had sorted out refunds for affected shoppers.", "2025-06-04"
    )
    claims = [c for i in record["incidents"] for c in i["restoration_claims"]]
    assert claims == []


AIRLINE_OUTAGE = (
    "Check-in outage grounds Brannock Air flights\n\n"
    "Brannock Air cancelled 90 flights on Saturday after a network fault knocked out its "
    "check-in system. "
)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Its schedule has returned to normal, the airline said on Monday.", "restored"),
        (
            '"We expect our schedule to be fully back to normal by Tuesday," the airline said.',
            "restoration_expected",
        ),
        ("The airline said its schedules were running normally again.", "restored"),
    ],
)
def test_a_carriers_schedule_is_the_whole_of_what_it_runs(
    extract: Extract, sentence: str, status: str
) -> None:
    """An airline's or an operator's schedule is all it runs: its return is a general claim."""
    record = extract(AIRLINE_OUTAGE + sentence, published="2025-03-01")
    assert general_claims(record) == [status]

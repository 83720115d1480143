"""A victim named only by telling the cause of its trouble or answering a ransom (issue 12),
on text written for these tests.

"Marlowe Hardware blamed a cyber attack for gaps on its shelves", "put the delays down to a
ransomware attack", "attributed the outage to a fault in its stock system": an organisation
that tells an incident as the cause of trouble is the one hit, unless the words name another
("a cyber attack at Y"). Not a culprit blamed ("blamed the attack on hackers linked to a
foreign state", "attributed the attacks to a group it calls Y"), nor one inside an aside
("blamed Y, a gang that rents its ransomware").

"Has refused to pay a ransom demanded by hackers", "said it would not pay the ransom",
"received a ransom demand", in a story that tells a cyber incident: a ransom is demanded of one
hit. Not advice or a policy ("advises companies never to pay a ransom", "would never pay a
ransom"), nor a ransom paid "on behalf of a client"; nor a cause not blamed ("did not blame a
cyber attack").

A victim's report hides no incident word inside it: "blamed a cyber attack for ..." tells the
attack, so an article told only so reports an incident."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import names

Extract = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "Marlowe Hardware blamed a cyber attack for gaps on its shelves this week.",
            id="blamed-for",
        ),
        pytest.param(
            "Marlowe Hardware put the delays at its stores down to a ransomware attack.",
            id="put-down-to",
        ),
        pytest.param(
            "Marlowe Hardware attributed the outage to a fault in its stock system.",
            id="attributed-to",
        ),
    ],
)
def test_a_name_telling_its_cause_is_the_victim(extract: Extract, told: str) -> None:
    text = (
        f"Hardware chain short of stock\n\n{told} The company said deliveries to its 30 stores "
        "would return to normal next week.\n"
    )
    assert names(extract(text, published="2025-06-12")) == ["Marlowe Hardware"]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "Marlowe Hardware has refused to pay a ransom demanded by the hackers.",
            id="refused-ransom",
        ),
        pytest.param("Marlowe Hardware said it would not pay the ransom.", id="would-not-pay"),
        pytest.param("Marlowe Hardware received a ransom demand on Monday.", id="received"),
    ],
)
def test_a_name_answering_a_ransom_is_the_victim(extract: Extract, told: str) -> None:
    # the story tells a cyber incident, with no name beside it
    text = f"Hackers target hardware chain\n\n{told} The company said its 30 stores were open.\n"
    assert names(extract(text, published="2025-06-12")) == ["Marlowe Hardware"]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "The Northland Cyber Centre blamed the attack on hackers linked to a foreign state.",
            id="culprit-on",
        ),
        pytest.param(
            "Cobalt Labs attributed the attacks to a group it calls Frostbite.", id="culprit-to"
        ),
        pytest.param(
            "The Federal Crime Office advises companies never to pay a ransom.", id="advice"
        ),
        pytest.param("Dunmore Bank said it would never pay a ransom.", id="policy"),
        pytest.param(
            "Fendale Mutual paid a ransom on behalf of a client, court papers show.",
            id="on-behalf",
        ),
        pytest.param(
            "Trenton Water did not blame a cyber attack for its billing errors.", id="not-blamed"
        ),
    ],
)
def test_a_culprit_or_advice_names_no_victim(extract: Extract, told: str) -> None:
    text = (
        "Grocer hit by ransomware\n\nA ransomware attack on Wexcombe Foods has shut its online "
        f"shop. {told}\n"
    )
    assert names(extract(text, published="2025-06-12")) == ["Wexcombe Foods"]

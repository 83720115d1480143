"""An organisation that tells of an attack on its own provider, named as such ('its delivery
partner Y', 'Y, its courier,'), and of a trouble that attack caused, was hit through it: 'X
said a ransomware attack on its delivery partner Y had halted home deliveries' is X's
incident as well as Y's, with third_party among X's types. An attack on a rival, or one
told with no trouble after it, leaves X a speaker. Articles invented for these tests; the
last two cases pass on the code before and guard the reading."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of


@pytest.mark.parametrize(
    "told",
    [
        "Quillby Foods said a ransomware attack on its delivery partner Stennet Haulage had "
        "halted home deliveries.",
        "Quillby Foods said a cyber attack on Stennet Haulage, its courier, had disrupted "
        "deliveries to its shops.",
        "Quillby Foods said a cyber attack on its IT provider Cadwick Systems had knocked its "
        "website offline.",
    ],
)
def test_an_attack_on_its_own_provider_that_caused_trouble_hit_it(extract: Any, told: str) -> None:
    record = extract("Local news\n\n" + told, published="2025-05-20")
    incident = incident_of(record, "Quillby Foods")
    assert "third_party" in incident["incident_types"], incident["incident_types"]


@pytest.mark.parametrize(
    "told",
    [
        "Quillby Foods said a ransomware attack on its rival Stennet Haulage had halted home "
        "deliveries.",
        "Quillby Foods said a ransomware attack on its delivery partner Stennet Haulage was "
        "being investigated by police.",
    ],
)
def test_an_attack_on_a_rival_or_with_no_trouble_leaves_it_a_speaker(
    extract: Any, told: str
) -> None:
    record = extract("Local news\n\n" + told, published="2025-05-20")
    names = [i["organization"]["name"] for i in record["incidents"]]
    assert "Quillby Foods" not in names, names

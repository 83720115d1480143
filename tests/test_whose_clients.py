"""Names in a "whose" clause on an organisation (issue 12, who was hit): "a provider whose
clients include X and Y has been hit", "The company, whose customers include X and Y, said
deliveries were delayed": the names say whom the organisation serves, inside a relative clause
on it, and do not own the predicate after the clause; a client told hit in a sentence of its
own is hit. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from blind_support import names_of, norm

Extract = Callable[..., dict[str, Any]]

CLIENTELE = [
    pytest.param(
        "Payroll firm hacked\n\n"
        "A payroll bureau whose clients include Brisewood Homes and Cantlemere Dairies has been "
        "hit by a ransomware attack. Tillbrook Payroll said staff could not run payslips.",
        "Tillbrook Payroll",
        ["Brisewood Homes", "Cantlemere Dairies"],
        id="restrictive-whose-clients",
    ),
    pytest.param(
        "Wholesaler hacked\n\n"
        "Hackers hit the wholesaler Tillbrook Supplies on Monday. The company, whose customers "
        "include Brisewood Stores and Cantlemere Markets, said deliveries were delayed.",
        "Tillbrook Supplies",
        ["Brisewood Stores", "Cantlemere Markets"],
        id="aside-whose-customers",
    ),
]


@pytest.mark.parametrize(("text", "victim", "served"), CLIENTELE)
def test_names_in_a_whose_clause_are_not_hit(
    extract: Extract, text: str, victim: str, served: list[str]
) -> None:
    record = extract(text, "2025-05-21")
    found = [names_of(incident) for incident in record["incidents"]]
    assert any(norm(victim) in names for names in found)
    for name in served:
        assert not any(norm(name) in names for names in found), f"{name} is no victim: {found}"


def test_a_client_told_hit_in_a_sentence_of_its_own_is_hit(extract: Extract) -> None:
    """A guard (the old code passed it too): the clause names the client in passing only."""
    record = extract(
        "Wholesaler hacked\n\n"
        "Hackers hit the wholesaler Tillbrook Supplies on Monday. The company, whose customers "
        "include Brisewood Stores, said deliveries were delayed. Brisewood Stores said its "
        "online orders had been suspended after the attack on its supplier.",
        "2025-05-21",
    )
    found = [names_of(incident) for incident in record["incidents"]]
    assert any(norm("Brisewood Stores") in names for names in found), found

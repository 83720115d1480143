"""In-store shopping is the stores (issue 13, services): "in-store shopping was not affected",
"shopping in stores carried on as normal" tell the stores' state, where "store" before a noun
is otherwise a modifier ("store cards"). Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("In-store shopping was not affected, a spokeswoman said.", id="in-store"),
        pytest.param("Shopping in stores carried on as normal, it said.", id="in-stores"),
    ],
)
def test_in_store_shopping_is_the_stores(extract: Extract, told: str) -> None:
    record = extract(
        "Website down at Trelissick Home\n\n"
        "Homeware chain Trelissick Home said its website had been down since Monday after an IT "
        "fault. " + told,
        "2025-07-03",
    )
    found = statuses(incident_of(record, "Trelissick Home"))
    assert found.get("stores") == "unaffected"
    assert found.get("website") == "disrupted"

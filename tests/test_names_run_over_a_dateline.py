"""A name the model runs over a wire dateline's dash ('NAIROBI - Home deliveries, which stopped
on Monday ...': 'NAIROBI - Home') is cut where the story starts: the dateline's place is no
organisation, and what follows is read as the story's words (issue 12: fragments are no
victims). The article is written for this test, which fails on the code before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from blind_support import names_of, start_days

from conftest import incident_of

Extract = Callable[..., dict[str, Any]]

TEXT = (
    "Pell Grocers restores deliveries after hack\n\n"
    "NAIROBI - Home deliveries, which stopped on Monday when hackers broke into Pell Grocers' "
    "systems, have resumed, the online grocer said on Thursday.\n"
)


def test_a_datelines_place_run_into_the_story_names_no_one(extract: Extract) -> None:
    record = extract(TEXT, published="2025-06-12")
    assert [name for i in record["incidents"] for name in names_of(i)] == ["pell grocers"]
    incident = incident_of(record, "Pell Grocers")
    assert "2025-06-09" in start_days(incident)

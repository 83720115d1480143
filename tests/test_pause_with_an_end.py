"""A pause with a stated end is an expected return (issue 13, statuses): a service 'paused
until Monday', 'closed until next Tuesday' or 'suspended until 20 September', told in the
present or present perfect, is restoration_expected, as a deliberate pause with a stated
return is. A pause whose end has passed ('was closed from Friday until Monday'), or one
with no end ('until further notice'), is not. Every sentence here is written for these
tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

LEAD = (
    "Pellow Home Stores hit by cyber attack\n\n"
    "Pellow Home Stores was hit by a cyber attack last week, the homeware chain said. "
)
PUBLISHED = "2025-09-10"  # a Wednesday


def _status(extract: Extract, text: str, service: str) -> str | None:
    return statuses(incident_of(extract(text, PUBLISHED), "Pellow Home Stores")).get(service)


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        ("Its online shop has been paused until Monday.", "online_orders"),
        ("Click and collect is suspended until 20 September.", "click_and_collect"),
        ("Its mobile app will stay offline until next Tuesday.", "mobile_app"),
        # the saying's past tense is no past of the pause
        ("Click and collect has been paused until Monday, the chain said.", "click_and_collect"),
    ],
)
def test_a_pause_until_a_day_to_come_is_an_expected_return(
    extract: Extract, sentence: str, service: str
) -> None:
    assert _status(extract, LEAD + sentence, service) == "restoration_expected"


def test_a_headline_pause_until_a_day_is_an_expected_return(extract: Extract) -> None:
    text = (
        "Pellow Home Stores pauses online orders until Monday after cyber attack\n\n"
        "Pellow Home Stores was hit by a cyber attack last week, the homeware chain said."
    )
    assert _status(extract, text, "online_orders") == "restoration_expected"


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        # the pause's end has passed: a span of the past
        ("Its online shop was closed from Friday until Monday.", "online_orders"),
        # a pause with no end
        ("Its mobile app will stay offline until further notice.", "mobile_app"),
    ],
)
def test_a_pause_with_no_end_to_come_is_no_expected_return(
    extract: Extract, sentence: str, service: str
) -> None:
    assert _status(extract, LEAD + sentence, service) != "restoration_expected"

"""Where the trouble began is the story's start (issue 13, story time): a sentence that
tells the onset ('The problems began on 19 April, when its app stopped working', 'The first
signs of trouble came over the Easter weekend, when contactless payments stopped working';
'onset' cues) tells the first state, however late the article tells it, so the failure in it
does not undo a return told before it in the text. A trouble that began 'again' is a relapse.
Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

LEDE = (
    "Grocer Fennimore Grocers counts cost of cyber attack\n\n"
    "Fennimore Grocers said on Thursday that the cyber attack would cost it £20m.\n\n"
)

ONSET_AFTER_THE_RETURN = [
    pytest.param(
        "Contactless payments were back within days, and gift cards are again being accepted "
        "in stores.\n\n"
        "The first signs of trouble came over the Easter weekend, when contactless payments "
        "in stores stopped working.",
        "contactless_payments",
        id="first-signs-of-trouble-came",
    ),
    pytest.param(
        "Its app was back within a week, the grocer said.\n\n"
        "The problems began on 19 April, when its app stopped working.",
        "mobile_app",
        id="problems-began-on-a-date",
    ),
]


@pytest.mark.parametrize(("body", "service"), ONSET_AFTER_THE_RETURN)
def test_the_onset_told_late_does_not_undo_a_return(
    extract: Extract, body: str, service: str
) -> None:
    incident = incident_of(extract(LEDE + body, "2025-05-16"), "Fennimore Grocers")
    assert statuses(incident).get(service) == "restored"


def test_a_trouble_that_began_again_is_a_relapse(extract: Extract) -> None:
    """Guard (passes on the code before the rule)."""
    body = (
        "Its app was back within a week, the grocer said.\n\n"
        "The problems began again on 12 May, when its app stopped working for a second time."
    )
    incident = incident_of(extract(LEDE + body, "2025-05-16"), "Fennimore Grocers")
    assert statuses(incident).get("mobile_app") == "disrupted"


def test_an_onset_dated_after_the_return_is_a_relapse(extract: Extract) -> None:
    body = (
        "Fennimore Grocers restored its app on Monday after an outage. Fresh problems began "
        "on Thursday, when the app stopped working."
    )
    incident = incident_of(extract(LEDE + body, "2025-05-16"), "Fennimore Grocers")
    assert statuses(incident).get("mobile_app") == "disrupted"

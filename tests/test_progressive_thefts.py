"""A theft told in the progressive (issue 13, data): code or intruders that "had been
copying shoppers' card details", "was capturing card numbers", "were skimming payment
details" or "had been quietly downloading customer records" took them, as "copied" and
"captured" say in the past; and in a company's report a participle right after a noun is a
reduced relative on it ("said malicious code hidden on its website had been copying ..."),
so the report still tells the company's own theft. Guards: staff copying files to a backup
and cameras capturing a queue take no data; malware said to harvest passwords in the simple
present tells how it works, not that it took anything here. Every article here is written
for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-04-10"
OPENING = "Retailer removes malicious code\n\n"


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("had been copying shoppers' card details", id="copying"),
        pytest.param("was capturing card numbers as customers typed them", id="capturing"),
        pytest.param("had been skimming payment details from its checkout", id="skimming"),
        pytest.param("had been quietly downloading customer records", id="adverb-downloading"),
    ],
)
def test_a_theft_in_the_progressive_takes_the_data(extract: Extract, told: str) -> None:
    text = OPENING + (
        "Caddon Sports said it had removed malicious code from its website on Monday. "
        f"Investigators found that the code {told} for six weeks."
    )
    incident = extract(text, PUBLISHED)["incidents"][0]
    assert incident["data_compromised"] is True
    assert statuses(incident).get("customer_data") == "compromised"


def test_a_participle_after_a_noun_leaves_the_report_the_companys(extract: Extract) -> None:
    text = OPENING + (
        "Caddon Sports said malicious code hidden on its website had been copying shoppers' "
        "card details for almost two months."
    )
    record = extract(text, PUBLISHED)
    assert record["incidents"], "no incident"
    incident = record["incidents"][0]
    assert incident["organization"]["name"] == "Caddon Sports"
    assert incident["data_compromised"] is True


@pytest.mark.parametrize(
    "told",
    [
        pytest.param("Staff were copying files to a backup server at the time.", id="backup"),
        pytest.param("Cameras were capturing the queue outside the shop.", id="cameras"),
        pytest.param(
            "Infostealers such as Lumma harvest saved passwords from infected machines.",
            id="how-malware-works",
        ),
    ],
)
def test_copying_or_capturing_no_data_is_no_theft(extract: Extract, told: str) -> None:
    text = OPENING + (
        "Caddon Sports said a cyber attack had taken its website offline on Monday. " + told
    )
    incidents = extract(text, PUBLISHED)["incidents"]
    assert [i["organization"]["name"] for i in incidents] == ["Caddon Sports"]
    assert incidents[0]["data_compromised"] is not True

"""Organisations listed as victims are each hit (issue 12, who: "victims listed together"):
"Other victims include X, Y and Z", "Victims named in the court papers include X; Y; and
Z", "Among its other victims were X and Y", "X and Y were among the gang's victims", "X and
Y were among those that could only take cash". A list takes the kinds of the campaign the
sentences around it tell: a ransomware gang's victims were hit by ransomware, the victims of
a gang that stole data lost data. Not a list of those who might be hit ("potential victims
include"). Every article here is written for these tests; the guards passed on the code
before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names

Extract = Callable[..., dict[str, Any]]

LEDE = (
    "Ransomware gang hits Wetherden Haulage\n\n"
    "Wetherden Haulage said on Monday that a ransomware attack had shut its depots' systems. "
    "The Lessingham ransomware gang, which has hit dozens of firms, has claimed the attack.\n\n"
)
PUBLISHED = "2025-06-12"
LISTED = ("Selbrook Tool Hire", "Hawkridge Dental Group", "Hinderwell Building Society")


@pytest.mark.parametrize(
    "listing",
    [
        pytest.param(
            "Other victims include Selbrook Tool Hire, Hawkridge Dental Group and Hinderwell "
            "Building Society.",
            id="other-victims-include",
        ),
        pytest.param(
            "Victims named in the court papers include Selbrook Tool Hire; Hawkridge Dental "
            "Group; and Hinderwell Building Society.",
            id="semicolons",
        ),
        pytest.param(
            "Among its other victims were Selbrook Tool Hire, Hawkridge Dental Group and "
            "Hinderwell Building Society.",
            id="among-fronted",
        ),
        pytest.param(
            "Selbrook Tool Hire, Hawkridge Dental Group and Hinderwell Building Society were "
            "among the gang's victims last year.",
            id="among-the-gang-s-victims",
        ),
    ],
)
def test_each_listed_victim_is_hit_by_the_campaign_s_kind(extract: Extract, listing: str) -> None:
    record = extract(LEDE + listing, published=PUBLISHED)
    assert record["incidents"][0]["organization"]["name"] == "Wetherden Haulage"
    for name in LISTED:
        incident = incident_of(record, name)
        assert incident["role"] == "related"
        assert "ransomware" in incident["incident_types"]


def test_the_victims_of_a_data_theft_lost_data(extract: Extract) -> None:
    record = extract(
        "Hackers steal Kelmarsh Insurance customers' details\n\n"
        "Kelmarsh Insurance said on Monday that hackers had stolen the names and addresses of "
        "40,000 customers.\n\n"
        "The group behind the theft has stolen data from a dozen firms this year. Among its "
        "other victims were Pryor Street Pharmacy and Oldcastle Port Authority.",
        published=PUBLISHED,
    )
    for name in ("Pryor Street Pharmacy", "Oldcastle Port Authority"):
        types = incident_of(record, name)["incident_types"]
        assert "data_breach" in types and "cyber_attack" in types


def test_those_that_could_only_take_cash_were_hit(extract: Extract) -> None:
    record = extract(
        "Card outage leaves shops cash-only\n\n"
        "Shops across the county could take only cash on Saturday after an outage at the card "
        "processor Yardlow Payments. Selbrook Tool Hire and Hawkridge Dental Group were among "
        "those that could only take cash.",
        published=PUBLISHED,
    )
    for name in ("Selbrook Tool Hire", "Hawkridge Dental Group"):
        assert "technical_outage" in incident_of(record, name)["incident_types"]


def test_potential_victims_are_not_hit(extract: Extract) -> None:
    """Guard: a list of those who might be hit names no one hit."""
    record = extract(
        LEDE + "Potential victims include Selbrook Tool Hire and Hawkridge Dental Group, "
        "researchers warned.",
        published=PUBLISHED,
    )
    assert not {"Selbrook Tool Hire", "Hawkridge Dental Group"} & set(names(record))

"""A product named for its maker (issue 12, who was hit): "a cyber attack hit Quillo, a
booking platform made by Hartwell Digital" names the maker hit; the product is no
organisation. Not a flaw found in it with no one attacked, nor a customer that only uses it.
Every article here is written for these tests; each class case fails on the code before round
72, and the guards passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-10-09"  # a Thursday


@pytest.mark.parametrize(
    ("text", "maker", "product"),
    [
        pytest.param(
            "Hotel bookings halted after attack on software firm\n\n"
            "A cyber attack hit Quillo, a booking platform made by Hartwell Digital, on "
            "Tuesday, leaving dozens of hotels unable to take reservations. Hartwell Digital "
            "said it was working to restore Quillo as quickly as possible.\n",
            "Hartwell Digital",
            "Quillo",
            id="made-by",
        ),
        pytest.param(
            "Students unable to enrol after attack on records system\n\n"
            "Students at several colleges could not enrol on Monday after a cyber attack hit "
            "CampusLink, a student records platform built by Orrin Software. Orrin Software "
            "said it had shut CampusLink down as a precaution.\n",
            "Orrin Software",
            "CampusLink",
            id="built-by",
        ),
        pytest.param(
            "Garages hit as dealer software goes down\n\n"
            "Car dealers across Scotland could not book services on Tuesday after a ransomware "
            "attack disrupted DealerDesk, a dealership management system sold by Kinross "
            "Systems. Kinross Systems said DealerDesk would be back later this week.\n",
            "Kinross Systems",
            "DealerDesk",
            id="sold-by",
        ),
        pytest.param(
            "Councils lose parking payments after attack\n\n"
            "Parking payments failed in a dozen towns on Friday after hackers hit ParkPay, the "
            "parking payments app run by Verrow Mobility Ltd. Verrow Mobility said ParkPay "
            "would return on Monday.\n",
            "Verrow Mobility Ltd.",
            "ParkPay",
            id="run-by",
        ),
    ],
)
def test_the_maker_of_a_product_hit_is_the_victim(
    extract: Extract, text: str, maker: str, product: str
) -> None:
    record = extract(text, published=PUBLISHED)
    assert incident_of(record, maker)["role"] == "primary"
    assert product not in names(record)


def test_a_flaw_found_in_a_product_hits_no_maker(extract: Extract) -> None:
    """Guard: a flaw found and patched, with no one attacked, is no incident of its maker."""
    text = (
        "Flaw found in hotel booking software\n\n"
        "Researchers have found a flaw in Quillo, a booking platform made by Hartwell Digital, "
        "that could let attackers read guests' details. Hartwell Digital has released a patch. "
        "There is no evidence that anyone has been attacked.\n"
    )
    assert extract(text, published=PUBLISHED)["incidents"] == []


def test_a_customer_using_a_product_is_the_one_with_its_own_outage(extract: Extract) -> None:
    """Guard: the product a council uses names its maker, who had no trouble of its own."""
    text = (
        "Council booking service down after power cut\n\n"
        "Tarnfield Council uses Quillo, a booking platform developed by Hartwell Digital, for "
        "its leisure centres. A power cut at the council's offices on Monday took its online "
        "booking service offline, the council said.\n"
    )
    record = extract(text, published=PUBLISHED)
    assert names(record) == ["Tarnfield Council"]


def test_a_customer_hit_through_a_flaw_in_a_product_keeps_its_incident(
    extract: Extract,
) -> None:
    """Guard: the maker of software whose flaw the attackers exploited at a customer is no
    victim for it."""
    text = (
        "Payroll data of airline staff stolen in file-transfer hack\n\n"
        "Hackers stole the personal details of staff at Skylark Airways after exploiting a "
        "flaw in FileRelay, file-transfer software made by Norvale Software, the airline said "
        "on Monday. Norvale Software has released a patch.\n"
    )
    assert names(extract(text, published=PUBLISHED)) == ["Skylark Airways"]


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        pytest.param(
            "Gang claims attacks on three firms\n\n"
            "A ransomware gang has claimed attacks on Brannagh Foods, Tolka Freight, and the "
            "Quayline payroll platform run by Ardee Payroll Services, according to its leak "
            "site. Tolka Freight said its depots had been disrupted since Monday.\n",
            "Tolka Freight",
            id="an-item-of-a-list",
        ),
        pytest.param(
            "Clinics cancel appointments after cyber attack\n\n"
            "Vestra, a dental clinic network run by Kilronan Health, has cancelled appointments "
            "at its 12 clinics after a cyber attack on Monday. Vestra said its booking system "
            "had been taken offline.\n",
            "Vestra",
            id="a-business-run-by-a-parent",
        ),
    ],
)
def test_a_business_beside_a_made_by_phrase_is_no_product(
    extract: Extract, text: str, victim: str
) -> None:
    """Guard (passed before round 72; the first product rule broke its kind): a list's item
    and a business that a parent runs are organisations."""
    assert victim in names(extract(text, published=PUBLISHED))


def test_a_product_named_inside_its_customers_name_hands_over_nothing(
    extract: Extract,
) -> None:
    """Guard: "Orbit" inside "Orbit Housing Group" names the housing group, not the maker of
    its Orbit portal."""
    text = (
        "Housing group hit by ransomware\n\n"
        "Orbit Housing Group said a ransomware attack had encrypted its servers on Monday. The "
        "attackers encrypted servers including those running Orbit, a tenant portal built by "
        "Castell Software. Castell Software said Orbit was hosted by the housing group itself "
        "and its own systems were not affected.\n"
    )
    assert "Castell Software" not in names(extract(text, published=PUBLISHED))

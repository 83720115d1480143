"""What a service's own verbs tell of it (issue 13), on text written for these tests.

A service named after an effort to bring it back ("Tansley Home is working to restore its
online shop", "engineers were racing to get the tills back up and running") is down now:
disrupted, with no claim; an attempt told done ("engineers tried to restore the website on
Tuesday") says nothing of how it ended. Any other state the article tells of it says more
("took the shop offline as a precaution" stays suspended, "expects it back on Friday" stays
expected). The
company itself ("it had acted quickly to contain the incident"), efforts aimed at anything
else ("working to restore customers' trust", "confidence in its online shop"), a past effort
("a year ago the chain was struggling to") and customers' needs ("may need to restart the
app") tell no service's state.

A verb of disabling is a deliberate pause of what it takes ("has disabled online ordering",
"its click and collect service has been deactivated"): suspended. Not a service after a
preposition ("disabled the chat tool across its websites"); not an attacker's act ("the
hackers disabled its antivirus software": their method, no state); what the attack disabled
("a ransomware attack had disabled its computer systems") is disrupted.

A return withheld from a place or from people by a contrast with no verb of its own ("is
available again in England but not yet in Scotland", "back online, though not for business
customers") is partial, with the contrast as its scope; "but not before two days of chaos"
and "not in time for the weekend" are times, and "not for click and collect orders" and "not
at its sister chain" name another service or organisation: the return is whole."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import claims, names, statuses

Extract = Callable[..., dict[str, Any]]
PUBLISHED = "2025-09-19"


def _only_incident(extract: Extract, text: str) -> dict[str, Any]:
    record = extract(text, published=PUBLISHED)
    assert len(record["incidents"]) == 1, names(record)
    return record["incidents"][0]


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        pytest.param(
            "Tansley Home is working to restore its online shop after a cyber attack on Monday.",
            "online_orders",
            id="working-to-restore",
        ),
        pytest.param(
            "Tansley Home said its engineers were racing to get the tills back up and running "
            "after a cyber attack on Monday.",
            "card_payments",
            id="racing-to-get-back-up",
        ),
        pytest.param(
            "Tansley Home said it was still trying to restore home deliveries after a cyber "
            "attack on Monday.",
            "home_delivery",
            id="still-trying-to-restore",
        ),
        pytest.param(
            '"Our teams are working around the clock to restore the app," Tansley Home said '
            "after a cyber attack on Monday.",
            "mobile_app",
            id="quoted-around-the-clock",
        ),
    ],
)
def test_a_service_sought_back_is_down(extract: Extract, sentence: str, service: str) -> None:
    incident = _only_incident(extract, f"Homeware chain hit\n\n{sentence}\n")
    assert incident["organization"]["name"] == "Tansley Home"
    assert statuses(incident)[service] == "disrupted"
    assert [pair for pair in claims(incident) if pair[0] == service] == []


@pytest.mark.parametrize(
    ("told", "status"),
    [
        pytest.param(
            "Tansley Home took its website offline as a precaution after a cyber attack on Monday.",
            "suspended",
            id="paused-before",
        ),
        pytest.param(
            "Tansley Home said after a cyber attack on Monday that it expected its website to "
            "return on Friday.",
            "restoration_expected",
            id="expected-back",
        ),
    ],
)
def test_another_state_of_the_sought_service_says_more(
    extract: Extract, told: str, status: str
) -> None:
    text = (
        f"Homeware chain hit\n\n{told} The company said its staff were working hard to restore "
        "the website.\n"
    )
    assert statuses(_only_incident(extract, text))["website"] == status


@pytest.mark.parametrize(
    "effort",
    [
        pytest.param("It said it had acted quickly to contain the incident.", id="the-company"),
        pytest.param(
            "It said it was working hard to restore its customers' trust.", id="trust-not-service"
        ),
        pytest.param(
            "It said it was working to restore confidence in its online shop.",
            id="confidence-in-a-service",
        ),
        pytest.param(
            "A year ago the chain was struggling to restore its online shop.",
            id="a-past-effort",
        ),
        pytest.param(
            "Customers may need to restart the app to see their orders.", id="a-need-of-customers"
        ),
    ],
)
def test_an_effort_aimed_elsewhere_tells_no_state(extract: Extract, effort: str) -> None:
    text = (
        "Data taken at cycle chain\n\nRendle Cycles said hackers had stolen customers' names "
        f"and email addresses in a cyber attack on Monday. {effort}\n"
    )
    got = statuses(_only_incident(extract, text))
    assert got == {"customer_data": "compromised"}


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        pytest.param(
            "Marden Outdoor has disabled online ordering after a cyber attack on Monday.",
            "online_orders",
            id="disabled-object",
        ),
        pytest.param(
            "Marden Outdoor said its click and collect service had been deactivated after a "
            "cyber attack on Monday.",
            "click_and_collect",
            id="deactivated-passive",
        ),
        pytest.param(
            "Marden Outdoor said it was disabling gift card payments while it investigated a "
            "cyber attack on Monday.",
            "gift_cards",
            id="disabling-progressive",
        ),
    ],
)
def test_a_disabled_service_is_paused(extract: Extract, sentence: str, service: str) -> None:
    incident = _only_incident(extract, f"Outdoor retailer hit\n\n{sentence}\n")
    assert incident["organization"]["name"] == "Marden Outdoor"
    assert statuses(incident)[service] == "suspended"


def test_disabling_something_across_a_service_pauses_no_service(extract: Extract) -> None:
    text = (
        "Chat tool switched off\n\nMarden Outdoor said hackers had stolen customers' card "
        "details through a chat tool. It disabled the chat tool across all of its websites.\n"
    )
    assert "website" not in statuses(_only_incident(extract, text))


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        pytest.param(
            "Marden Outdoor said the hackers disabled its antivirus software before stealing "
            "customers' names.",
            {"customer_data": "compromised"},
            id="attackers-method",
        ),
        pytest.param(
            "Marden Outdoor said a ransomware attack had disabled its computer systems on Monday.",
            {"internal_systems": "disrupted"},
            id="the-attack-disabled",
        ),
        pytest.param(
            "Marden Outdoor said its tills were disabled by a ransomware attack on Monday.",
            {"card_payments": "disrupted"},
            id="disabled-by-the-attack",
        ),
    ],
)
def test_a_pause_done_by_the_attack_is_no_choice(
    extract: Extract, told: str, expected: dict[str, str]
) -> None:
    incident = _only_incident(extract, f"Outdoor retailer hit\n\n{told}\n")
    assert statuses(incident) == expected


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        pytest.param(
            "Online ordering at Pelham & Rowe is available again in England but not yet in "
            "Wales, the retailer said.",
            "online_orders",
            id="not-yet-in-a-place",
        ),
        pytest.param(
            "Pelham & Rowe said its website was back online, though not for trade customers.",
            "website",
            id="though-not-for-people",
        ),
        pytest.param(
            "Pelham & Rowe said card payments had been restored in its Scottish shops but not in "
            "its shops in Ireland.",
            "card_payments",
            id="not-in-its-shops",
        ),
        pytest.param(
            "Pelham & Rowe said its app was working again everywhere but in Jersey.",
            "mobile_app",
            id="everywhere-but",
        ),
    ],
)
def test_a_return_withheld_from_a_place_is_partial(
    extract: Extract, sentence: str, service: str
) -> None:
    text = (
        f"Retailer partly back\n\nPelham & Rowe was hit by a cyber attack last week. {sentence}\n"
    )
    incident = _only_incident(extract, text)
    assert statuses(incident)[service] == "partially_restored"
    scoped = [
        c
        for c in incident["restoration_claims"]
        if c["service"] == service and c["status"] == "partially_restored" and c["scope"]
    ]
    assert scoped, incident["restoration_claims"]
    assert "cyber_attack" in incident["incident_types"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Pelham & Rowe said its app had been restored, but not before two days of chaos.",
            id="not-before-a-time",
        ),
        pytest.param(
            "Pelham & Rowe said its app was working again, but not in the way customers were "
            "used to.",
            id="a-clause-of-its-own",
        ),
        pytest.param(
            "Pelham & Rowe said its app was back on Friday, but not in time for the weekend.",
            id="not-in-time-for",
        ),
        pytest.param(
            "Pelham & Rowe said its app was back, though not for click and collect orders.",
            id="another-service",
        ),
        pytest.param(
            "Pelham & Rowe said its app was back, but not at its sister chain Dorley Books.",
            id="another-organisation",
        ),
    ],
)
def test_a_contrast_of_time_or_manner_leaves_the_return_whole(
    extract: Extract, sentence: str
) -> None:
    text = f"Retailer back\n\nPelham & Rowe was hit by a cyber attack last week. {sentence}\n"
    assert statuses(_only_incident(extract, text))["mobile_app"] == "restored"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        pytest.param(
            "Gift cards could be used again in all its shops, the retailer said.",
            "restored",
            id="could-be-used-again",
        ),
        pytest.param(
            "Gift cards can now be redeemed again online, the retailer said.",
            "restored",
            id="can-now-be-redeemed-again",
        ),
        pytest.param(
            "Gift cards can be used again in all its shops apart from those in Jersey.",
            "partially_restored",
            id="used-again-apart-from-a-place",
        ),
    ],
)
def test_a_service_that_can_be_used_again_is_back(
    extract: Extract, sentence: str, status: str
) -> None:
    text = f"Retailer back\n\nPelham & Rowe was hit by a cyber attack last week. {sentence}\n"
    incident = _only_incident(extract, text)
    assert statuses(incident)["gift_cards"] == status
    assert ("gift_cards", status) in claims(incident)


def test_a_use_again_by_others_is_no_return(extract: Extract) -> None:
    text = (
        "Retailer warns shoppers\n\nPelham & Rowe said hackers had stolen customers' gift card "
        "numbers in a cyber attack last week. The numbers could be used again by criminals, it "
        "warned.\n"
    )
    incident = _only_incident(extract, text)
    assert ("gift_cards", "restored") not in claims(incident)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Customers can use gift cards again in its shops and on its website.",
            id="on-its-website",
        ),
        pytest.param("Gift cards are being accepted again through the app.", id="through-the-app"),
    ],
)
def test_the_channel_where_another_service_returned_is_no_return(
    extract: Extract, sentence: str
) -> None:
    text = f"Retailer back\n\nPelham & Rowe was hit by a cyber attack last week. {sentence}\n"
    got = statuses(_only_incident(extract, text))
    assert got["gift_cards"] == "restored"
    assert "website" not in got
    assert "mobile_app" not in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Deliveries have resumed but returns have not, the retailer said.",
            {"home_delivery": "restored", "returns_refunds": "disrupted"},
            id="resumed-but-have-not",
        ),
        pytest.param(
            "Its website is back online, though its app is not yet.",
            {"website": "restored", "mobile_app": "disrupted"},
            id="back-though-not-yet",
        ),
        pytest.param(
            "The attack knocked out its website but its app was not.",
            {"website": "disrupted", "mobile_app": "unaffected"},
            id="knocked-out-but-was-not",
        ),
    ],
)
def test_an_elided_denial_after_a_contrast_is_the_contrary_state(
    extract: Extract, sentence: str, expected: dict[str, str]
) -> None:
    text = f"Retailer update\n\nPelham & Rowe was hit by a cyber attack last week. {sentence}\n"
    got = statuses(_only_incident(extract, text))
    assert {service: got.get(service) for service in expected} == expected


def test_a_denial_with_a_verb_of_its_own_is_no_elision(extract: Extract) -> None:
    text = (
        "Retailer update\n\nPelham & Rowe was hit by a cyber attack last week. Its website is "
        "back online, but its app has not been updated.\n"
    )
    assert "mobile_app" not in statuses(_only_incident(extract, text))


def test_a_channel_told_down_comes_back_with_the_service_it_carries(extract: Extract) -> None:
    text = (
        "Retailer back\n\nPelham & Rowe took its website offline on Saturday after a cyber "
        "attack. On Tuesday it said online orders were being taken again on its website.\n"
    )
    got = statuses(_only_incident(extract, text))
    assert got["website"] == "restored"
    assert got["online_orders"] == "restored"


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Gift cards could be used again within days, it said.", id="within-days"),
        pytest.param(
            "Gift cards could be used again once the system had been checked, it said.",
            id="once-checked",
        ),
    ],
)
def test_a_use_again_still_to_come_is_no_return(extract: Extract, sentence: str) -> None:
    text = (
        "Gift cards down\n\nPelham & Rowe said a cyber attack had knocked out its gift card "
        f"system. {sentence}\n"
    )
    incident = _only_incident(extract, text)
    assert statuses(incident)["gift_cards"] != "restored"
    assert ("gift_cards", "restored") not in claims(incident)

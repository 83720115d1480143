"""An outside voice's opinion of services in general says nothing of the victim's services
(issue 13, service statuses): an analyst, consultant or professor who speaks of a kind of
service ('"Payment terminals come back first because that's where the cash is," said a
retail analyst') gives the victim no status for it; one who tells of the victim's service
with its owner ("the grocer's website", "whose systems") or of a named organisation's ("X
took seven weeks to restart online orders") tells a fact. Every article here is written for
these tests; the guards passed on the code before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

LEDE = (
    "Lindcross Grocers hit by cyber attack\n\n"
    "Lindcross Grocers said a cyber attack on Friday had taken its online shop offline. "
    "Deliveries to its 40 stores were running normally, the chain said.\n\n"
)
PUBLISHED = "2025-06-16"


def test_an_analysts_line_on_a_kind_of_service_gives_no_status(extract: Extract) -> None:
    incident = incident_of(
        extract(
            LEDE + "Tom Brackleigh, a retail analyst at Quayside Research, said the chain "
            "was unlucky. \"Payment terminals come back first because that's where the "
            'cash is," he said.',
            published=PUBLISHED,
        ),
        "Lindcross Grocers",
    )
    assert "card_payments" not in statuses(incident)


def test_a_consultants_line_on_a_kind_of_service_keeps_the_victims_own_status(
    extract: Extract,
) -> None:
    """The victim's app told down stays down whatever an outside voice says of apps."""
    incident = incident_of(
        extract(
            "Lindcross Grocers app down after cyber attack\n\n"
            "Lindcross Grocers said a cyber attack on Friday had knocked out its app, which "
            "remained offline on Monday.\n\n"
            '"Apps are usually back within a day or two," said Ann Maudsley, a consultant at '
            "Tredinnick Partners.",
            published=PUBLISHED,
        ),
        "Lindcross Grocers",
    )
    assert statuses(incident)["mobile_app"] != "restored"


def test_an_outside_voice_telling_the_victims_own_service_tells_a_fact(
    extract: Extract,
) -> None:
    """Guard: with its owner named, the service is the victim's, told as fact."""
    incident = incident_of(
        extract(
            LEDE + "Tom Brackleigh, a retail analyst at Quayside Research, said the grocer's "
            "app had also been down since Friday.",
            published=PUBLISHED,
        ),
        "Lindcross Grocers",
    )
    assert statuses(incident).get("mobile_app") == "disrupted"


def test_an_outside_voice_telling_a_named_organisations_return_tells_a_fact(
    extract: Extract,
) -> None:
    """Guard: a business named in the clause owns what is told there."""
    incident = incident_of(
        extract(
            LEDE + '"Online orders at Lindcross Grocers are working again," said a retail analyst.',
            published=PUBLISHED,
        ),
        "Lindcross Grocers",
    )
    assert statuses(incident)["online_orders"] == "restored"


def test_an_outside_voice_telling_a_service_with_its_owner_tells_a_fact(
    extract: Extract,
) -> None:
    """Guard: a possessive alone makes the service the victim's."""
    incident = incident_of(
        extract(
            LEDE + '"Its online shop is working again, which is a start," said a retail analyst.',
            published=PUBLISHED,
        ),
        "Lindcross Grocers",
    )
    assert statuses(incident)["online_orders"] == "restored"


def test_an_outside_voice_telling_an_event_tells_a_fact(extract: Extract) -> None:
    """Guard: a day told makes it the story's event, not a kind: "the online shop has been
    working again since Sunday"."""
    incident = incident_of(
        extract(
            LEDE + '"The online shop has been working again since Sunday," said a retail analyst.',
            published="2025-06-18",
        ),
        "Lindcross Grocers",
    )
    assert statuses(incident)["online_orders"] == "restored"


def test_a_speaker_named_before_the_saying_owns_nothing(extract: Extract) -> None:
    """The analyst and their firm named before "said" are the speaker, no owner of the
    payment terminals they speak of as a kind."""
    incident = incident_of(
        extract(
            LEDE + "Tom Brackleigh, a retail analyst at Quayside Research, said payment "
            "terminals come back first because that is where the cash is.",
            published=PUBLISHED,
        ),
        "Lindcross Grocers",
    )
    assert "card_payments" not in statuses(incident)


def test_data_an_outside_voice_tells_taken_is_a_fact(extract: Extract) -> None:
    """Guard: a theft an outside voice recalls is that incident's fact, not an opinion."""
    record = extract(
        LEDE + "Tom Brackleigh, a retail analyst at Quayside Research, said the attack "
        "resembled the one on Velland Stores in 2021, when the grocer lost the card details "
        "of 40,000 shoppers.",
        published=PUBLISHED,
    )
    incident = incident_of(record, "Velland Stores")
    assert statuses(incident).get("customer_data") == "compromised"


def test_a_length_of_time_in_an_opinion_tells_no_event(extract: Extract) -> None:
    """ "within two days" is how long such returns take, not when this one happened."""
    incident = incident_of(
        extract(
            LEDE + '"Online shops come back within two days, because that is where the money '
            'is," said a retail analyst.',
            published=PUBLISHED,
        ),
        "Lindcross Grocers",
    )
    assert statuses(incident).get("online_orders") != "restored"


def test_another_named_organisations_past_return_stays_its_own(extract: Extract) -> None:
    """Guard: a named business's return told by an outside voice is not the victim's (told
    in the past, it is an event of the named business's, whichever check decides it)."""
    record = extract(
        LEDE + '"Velland Stores took seven weeks to restart online orders after its own '
        'attack last year," said Tom Brackleigh, a retail analyst.',
        published=PUBLISHED,
    )
    incident = incident_of(record, "Lindcross Grocers")
    assert statuses(incident).get("online_orders") != "restored"


def test_a_point_in_time_an_outside_voice_tells_is_an_event(extract: Extract) -> None:
    """Guard: "since earlier this week" dates the victim's return; it is no length of time."""
    incident = incident_of(
        extract(
            LEDE + '"Online orders have worked again since earlier this week," said a retail '
            "analyst.",
            published=PUBLISHED,
        ),
        "Lindcross Grocers",
    )
    assert statuses(incident)["online_orders"] == "restored"

"""A victim hit by 'the same' trouble as the story's had the story's kind of trouble, and its
route in: 'two of its stores had been hit by the same fault' after a fault in software from a
third-party provider is a third party's technical outage for that victim too. What data it
lost is its own: the primary's stolen data makes no breach of the other's. A victim named in
a list of 'other victims' that tells no kind was hit by the story's kind of attack, not
through its victim's supplier. Articles invented for these tests; the guard passes on the code
before, every other test fails on it."""

from __future__ import annotations

from typing import Any

from conftest import incident_of

PUBLISHED = "2025-06-03"


def test_the_same_fault_is_the_primarys_route(extract: Any) -> None:
    text = (
        "Checkout software fault hits Lanivet Bakeries\n\n"
        "Lanivet Bakeries said card payments failed at 30 of its shops on Saturday after a "
        "fault in checkout software supplied by a third-party provider.\n\n"
        "The company said the outage lasted about four hours.\n\n"
        "Trethosa Farm Shops also reported problems. A spokeswoman said two of its stores had "
        "been hit by the same fault, and that tills were working again by lunchtime."
    )
    record = extract(text, published=PUBLISHED)
    types = incident_of(record, "Trethosa Farm Shops")["incident_types"]
    assert "third_party" in types
    assert "technical_outage" in types


def test_the_same_outage_at_a_provider(extract: Any) -> None:
    text = (
        "Bank app outage locks out customers\n\n"
        "Roseland Building Society said customers could not log in to its app on Monday after "
        "an outage at its banking software provider.\n\n"
        "Gwinear Savings said its app had crashed at the same time because of the same outage."
    )
    record = extract(text, published=PUBLISHED)
    assert "third_party" in incident_of(record, "Gwinear Savings")["incident_types"]


def test_the_primarys_stolen_data_stays_its_own(extract: Any) -> None:
    """The same attack gives its kind, not another's data breach."""
    text = (
        "Lanivet Bakeries hit by ransomware\n\n"
        "Lanivet Bakeries said on Tuesday that a ransomware attack had shut down its online "
        "shop and that hackers had stolen customers' names and addresses.\n\n"
        "Trethosa Farm Shops said its online shop had been hit by the same attack, but that no "
        "customer data had been taken."
    )
    record = extract(text, published=PUBLISHED)
    types = incident_of(record, "Trethosa Farm Shops")["incident_types"]
    assert "ransomware" in types
    assert "data_breach" not in types


def test_a_list_of_victims_with_no_kind_takes_the_storys_attack(extract: Any) -> None:
    """Named among 'other victims' in a list that tells no kind: the campaign's victims, hit
    by the story's kind of attack, but not through the story's victim's supplier."""
    text = (
        "Kilvrough Council hit by ransomware through IT supplier\n\n"
        "Kilvrough District Council said its computers had been encrypted by ransomware after "
        "criminals broke into its IT supplier, Staddiscombe Systems.\n\n"
        "Other victims named by the police include Lanteglos Bakery and Carnkie Garden Centre."
    )
    types = incident_of(extract(text, published=PUBLISHED), "Lanteglos Bakery")["incident_types"]
    assert "ransomware" in types
    assert "third_party" not in types


def test_a_list_that_tells_its_own_kind_keeps_it(extract: Any) -> None:
    """Guard: a list of victims of other attacks takes none of the story's kind."""
    text = (
        "Kilvrough Council hit by ransomware\n\n"
        "Kilvrough District Council said on Monday that hackers had encrypted its computers "
        "with ransomware.\n\n"
        "Other victims of phishing scams in the region this year include Lanteglos Bakery, "
        "which lost £40,000 to a fake invoice."
    )
    types = incident_of(extract(text, published=PUBLISHED), "Lanteglos Bakery")["incident_types"]
    assert "ransomware" not in types
    assert "social_engineering" in types


def test_a_listed_victim_is_no_customer_of_the_haulier_beside_it(extract: Any) -> None:
    """Named in a list beside a firm whose trade serves others: still the gang's victim, not
    a customer hit through that firm."""
    text = (
        "Vet group hit by ransomware\n\n"
        "Gwennap Veterinary Group says a ransomware attack encrypted its booking systems.\n\n"
        "Other victims of the same gang include Porthtowan Foods and Chacewater Haulage."
    )
    types = incident_of(extract(text, published="2025-03-18"), "Porthtowan Foods")["incident_types"]
    assert "ransomware" in types
    assert "third_party" not in types


def test_the_same_trouble_not_suffered_shares_nothing(extract: Any) -> None:
    """Guard: a trouble prepared for, or one that is the subject of its own sentence, is no
    trouble the victim suffered: its own kind stands."""
    text = (
        "Checkout software fault hits Lanivet Bakeries\n\n"
        "Card payments failed at Lanivet Bakeries shops on Saturday after a fault in checkout "
        "software supplied by a third-party provider.\n\n"
        "Separately, Trethosa Farm Shops said a ransomware attack had taken its website "
        "offline. Its boss said the chain had been preparing for the same problem for years."
    )
    types = incident_of(extract(text, published=PUBLISHED), "Trethosa Farm Shops")
    assert "ransomware" in types["incident_types"]
    assert "third_party" not in types["incident_types"]
    text = (
        "Lanivet Bakeries hit by ransomware\n\n"
        "Lanivet Bakeries said a ransomware attack had shut down card payments in its shops.\n\n"
        "Trethosa Farm Shops said a power cut had closed three of its stores on the same day. "
        "The same outage also closed a hospital."
    )
    record = extract(text, published=PUBLISHED)
    for incident in record["incidents"]:
        if incident["organization"]["name"] == "Trethosa Farm Shops":
            assert "ransomware" not in incident["incident_types"]


def test_in_the_same_attack_is_the_same_trouble(extract: Any) -> None:
    text = (
        "Lanivet Bakeries hit by ransomware\n\n"
        "Lanivet Bakeries said a ransomware attack had shut down card payments in its shops.\n\n"
        "Trethosa Farm Shops said its website had also been taken offline in the same attack."
    )
    types = incident_of(extract(text, published=PUBLISHED), "Trethosa Farm Shops")
    assert "ransomware" in types["incident_types"]

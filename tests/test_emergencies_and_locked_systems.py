"""Three more ways news tells an organisation hit. A public body that has 'declared a critical
incident' (or a major one) after an attack suffers it, each of a list that declares them.
Systems 'locked by ransomware' or 'locked up' by hackers are down, as encrypted ones are. People's
data 'downloaded from' a company's systems was taken. Articles invented for these tests; the
guards, and the plainer forms (a lone council's major incident after a named contractor's
attack, 'hackers locked up its computers'), pass on the code before too."""

from __future__ import annotations

from typing import Any

from conftest import incident_of, names, statuses


def test_bodies_that_declared_critical_incidents_were_hit(extract: Any) -> None:
    text = (
        "Blood tests delayed after attack on lab supplier\n\n"
        "A ransomware attack on a pathology supplier has disrupted blood tests at hospitals in "
        "the east of England.\n\n"
        "Corsham Valley Hospitals NHS Trust and Mardale Community Health NHS Trust have both "
        "declared critical incidents, and some operations have been postponed."
    )
    record = extract(text, published="2025-04-09")
    for trust in ("Corsham Valley Hospitals NHS Trust", "Mardale Community Health NHS Trust"):
        assert trust in names(record)


def test_a_council_declaring_a_major_incident_was_hit(extract: Any) -> None:
    text = (
        "Councils' phones down after attack on IT contractor\n\n"
        "A cyber attack on the IT contractor Kexby Systems has knocked out phone lines at "
        "several councils in the north-east.\n\n"
        "Thornaby Vale Borough Council declared a major incident on Tuesday."
    )
    assert "Thornaby Vale Borough Council" in names(extract(text, published="2025-02-19"))


def test_a_critical_incident_with_no_it_trouble_is_no_incident(extract: Any) -> None:
    """Guard: hospitals declare critical incidents over beds and weather too."""
    text = (
        "Hospital under pressure\n\n"
        "Harrowgate Moor Hospital declared a critical incident on Monday because of severe "
        "pressure on beds during the cold snap."
    )
    assert not extract(text, published="2025-01-14")["incidents"]


def test_systems_locked_by_ransomware_are_down(extract: Any) -> None:
    text = (
        "Town still counting the cost of ransomware\n\n"
        "Ellesby Town Council said its computer systems were locked by ransomware in March, and "
        "that it had refused to pay the criminals."
    )
    incident = incident_of(extract(text, published="2025-06-03"), "Ellesby Town Council")
    assert "ransomware" in incident["incident_types"]
    assert statuses(incident).get("internal_systems") == "disrupted", incident["services"]


def test_computers_locked_up_by_hackers_are_down(extract: Any) -> None:
    text = (
        "A week after hackers locked up its computers, Brompton Sands District Council is still "
        "issuing parking permits by hand."
    )
    incident = incident_of(extract(text, published="2025-06-03"), "Brompton Sands District Council")
    assert statuses(incident).get("internal_systems") == "disrupted", incident["services"]


def test_data_downloaded_from_its_systems_was_taken(extract: Any) -> None:
    text = (
        "Telecoms firm says call logs taken\n\n"
        "Criminals have been breaking into companies' cloud storage accounts with stolen "
        "passwords, investigators said.\n\n"
        "Quernmore Telecom said on Friday that call records of almost all its customers had been "
        "downloaded from its cloud workspace in April."
    )
    incident = incident_of(extract(text, published="2025-07-12"), "Quernmore Telecom")
    assert incident["data_compromised"] is True


def test_an_app_downloaded_from_a_store_is_no_theft(extract: Any) -> None:
    """Guard."""
    text = (
        "Game maker celebrates\n\n"
        "The puzzle app was downloaded from the App Store more than a million times in its first "
        "week, Fellbeck Games said."
    )
    assert not extract(text, published="2025-07-12")["incidents"]


def test_a_critical_incident_for_another_cause_in_an_attack_story(extract: Any) -> None:
    """Guard (review of round 63): hospitals under pressure for beds in a council's story."""
    text = (
        "Council website down after ransomware\n\n"
        "A ransomware attack on Garsdale Vale Council has taken its website offline. "
        "Kirkby Lonsdale Hospital and Dentdale Hospital have both declared critical incidents "
        "because of pressure on beds this winter."
    )
    found = names(extract(text, published="2025-01-14"))
    assert "Kirkby Lonsdale Hospital" not in found and "Dentdale Hospital" not in found


def test_shops_or_car_parks_locked_up_are_no_systems(extract: Any) -> None:
    """Guard (review of round 63): a physical lock."""
    text = (
        "Grocer's tills down after ransomware\n\n"
        "Ridgemoor Foods was hit by a ransomware attack on Monday that shut its tills. Shops on "
        "Castle Street were locked up early as police dealt with a protest. Meanwhile Tesco "
        "locked up its car parks overnight to stop travellers camping."
    )
    found = names(extract(text, published="2025-06-03"))
    assert "Castle Street" not in found and "Tesco" not in found


def test_an_illness_bug_is_no_it_trouble(extract: Any) -> None:
    """Guard (second review of round 63): a stomach bug or a vomiting bug is no IT fault."""
    text = (
        "Council website down after ransomware\n\n"
        "Garsdale Vale Council said a ransomware attack had taken its website offline. Kirkby "
        "Lonsdale Hospital declared a critical incident on Monday because of the winter "
        "vomiting bug. Howgill Foods said shortages at some of its stores were due to a stomach "
        "bug among its drivers."
    )
    found = names(extract(text, published="2025-01-14"))
    assert "Kirkby Lonsdale Hospital" not in found and "Howgill Foods" not in found

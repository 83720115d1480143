"""Sentences next to a rule's class that must keep their own reading: each rule of the
claims, names and statuses families has a neighbour it must leave alone (a review of the
rules found these by writing the nearest sentence outside each class)."""

from __future__ import annotations

from conftest import incident_of, names, statuses

LEAD = "Harrowgate Pantry said a cyber attack hit the grocer last week. "


def test_files_found_encrypted_are_still_ransomware(extract) -> None:
    # "encrypted account passwords" protect data; encrypted files are what ransomware leaves
    record = extract(
        "Harrowgate Pantry said hackers had broken into its network, and staff arrived on "
        "Monday to find encrypted files and a note demanding payment.",
        published="2025-03-12",
    )
    assert "ransomware" in record["incidents"][0]["incident_types"]


def test_customers_unable_to_get_access_to_a_service_is_a_disruption(extract) -> None:
    # "gained access to its systems" is the scene of an intrusion; lost access is an outage
    record = extract(LEAD + "Customers were unable to get access to its online ordering system.")
    assert statuses(record["incidents"][0])["online_orders"] == "disrupted"


def test_returning_to_work_is_no_effort_to_restore(extract) -> None:
    record = extract(LEAD + "Staff returned to work on Monday to find the tills back online.")
    assert statuses(record["incidents"][0])["card_payments"] == "restored"


def test_a_reduced_relative_clause_stays_inside_its_aside(extract) -> None:
    # "a firm X uses for card payments" has a finite verb but is still the aside of Paycorn
    record = extract(
        "Paycorn, a firm Glenmore Fuels uses for card payments, was hit by ransomware on "
        "Monday, leaving drivers unable to pay.",
        published="2025-03-12",
    )
    assert "Paycorn" in names(record)


def test_a_pronoun_that_speaks_after_the_return_leaves_the_return(extract) -> None:
    record = extract(
        "Harrowgate Pantry said its card payments failed on Friday after a cyber attack. "
        "They were back by Sunday, it said.",
        published="2025-03-12",
    )
    assert statuses(record["incidents"][0])["card_payments"] == "restored"


def test_a_timeline_of_clock_times_is_no_flaw_story(extract) -> None:
    # clock times are terms, not names; they must not make the story vulnerability news
    record = extract(
        "Card outage at Dunwell Stores\n\n"
        "Terminals at Dunwell Stores stopped working at 5.45pm on Friday.\n\n"
        "By 6.10pm shoppers were queuing at the tills.\n\n"
        "At 6.30pm staff put up signs asking for cash.\n\n"
        "The chain said at 7.05pm that engineers were investigating.\n\n"
        "Card payments were restored by 8.30pm.\n\n"
        "The chain apologised at 9.15pm.\n\n"
        "Stores opened at 8am on Saturday as normal.\n\n"
        "The fault was caused by a network switch, the chain said.",
        published="2025-03-12",
    )
    assert statuses(incident_of(record, "Dunwell Stores"))["card_payments"] == "restored"


def test_an_example_of_something_other_than_data_is_data_in_its_own_right(extract) -> None:
    # "no customer data, including payment details," gives an example of denied data;
    # files are no data word, so the addresses they include were taken
    record = extract(
        LEAD + "The attackers stole files, including delivery addresses, for 20,000 customers."
    )
    assert record["incidents"][0]["data_compromised"] is True


def test_a_problem_word_opening_its_own_clause_is_a_general_claim(extract) -> None:
    # "placed before the attack" only places the news; "after the problem was fixed" says
    # the problem is over
    record = extract(
        LEAD + "After the problem was fixed on Tuesday, staff began clearing the backlog.",
        published="2025-06-05",
    )
    claims = record["incidents"][0]["restoration_claims"]
    assert (None, "restored") in {(c["service"], c["status"]) for c in claims}


def test_an_expectation_the_story_has_overtaken_is_not_held_now(extract) -> None:
    record = extract(
        "Harrowgate Pantry said a ransomware attack hit its systems last month. In a "
        "statement the firm said it had expected to restore its website within days, but "
        "the site remained offline on Thursday.",
        published="2025-06-07",
    )
    assert statuses(record["incidents"][0])["website"] == "disrupted"


def test_short_paragraphs_after_a_prompt_line_are_still_the_story(extract) -> None:
    record = extract(
        "Harrowgate Pantry said a cyber attack took its online shop offline on Monday.\n\n"
        "The grocer said it was working with specialists to restore its systems.\n\n"
        "Read more: How to protect your small business from hackers\n\n"
        "The online shop was back on Wednesday.\n\n"
        "Card payments were restored in stores too.",
        published="2025-06-06",
    )
    assert statuses(record["incidents"][0])["online_orders"] == "restored"


def test_payments_taken_in_cash_only_are_no_return(extract) -> None:
    # "able to take card payments again" is a return; "able to take payments in cash only"
    # is the failure it ends
    record = extract(LEAD + "Cashiers were able to take payments in cash only until Tuesday.")
    incident = record["incidents"][0]
    assert statuses(incident)["card_payments"] == "disrupted"
    assert incident["restoration_claims"] == []

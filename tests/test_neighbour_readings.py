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


def test_watching_a_gang_or_writing_about_a_company_hits_neither(extract) -> None:
    record = extract(
        "Gang members charged\n\n"
        "Detectives spied on Ashclaw, a ransomware crew, for a year before the raids, the "
        "National Crime Agency said. Separately, hackers who broke into accountants Dray & "
        "Lowe stole memos about Fenmore Dairies' planned merger, the firm said.",
        published="2025-06-12",
    )
    assert names(record) == ["Dray & Lowe"]


def test_a_flaw_inside_the_attackers_relative_clause_leaves_the_victim(extract) -> None:
    record = extract(
        "Council breached\n\nAttackers who abused CVE-2025-40112 breached Holmefield Borough "
        "Council's email system on Sunday, the council said.",
        published="2025-06-12",
    )
    assert "Holmefield Borough Council" in names(record)


def test_a_customer_telling_its_news_earlier_that_day_is_still_hit_through_its_processor(
    extract,
) -> None:
    record = extract(
        "Card processor hit by ransomware\n\n"
        "Paydeck Services, which processes card payments for several cafe chains, said on "
        "Tuesday that ransomware had encrypted its servers. Beanhouse Coffee, a customer "
        "since 2019, said earlier on Tuesday that the attack had stopped card payments in "
        "its cafes.",
        published="2025-06-12",
    )
    assert "third_party" in incident_of(record, "Beanhouse Coffee")["incident_types"]


def test_every_service_but_one_or_not_all_of_them_restores_none_named(extract) -> None:
    for ending in (
        "said everything else was now working normally, apart from the app.",
        "said not all of its services were back up and running.",
    ):
        record = extract(
            "Society outage\n\nMembers of Brackley Building Society could not use its app or "
            "pay by card on Thursday after an IT outage. By the evening the society " + ending,
            published="2025-06-13",
        )
        assert statuses(record["incidents"][0])["mobile_app"] != "restored"


def test_a_possessive_before_a_named_subject_leaves_the_sentence_to_the_name(extract) -> None:
    record = extract(
        "Retailer's supplier hit\n\n"
        "Harbury Stores said on Monday that a cyber attack had taken its website down. The "
        "retailer's logistics firm Coldline said on Tuesday that its own depots had been "
        "hit. It said its deliveries were suspended.",
        published="2025-06-12",
    )
    assert "home_delivery" not in statuses(incident_of(record, "Harbury Stores"))


def test_a_day_a_limit_holds_to_is_no_start(extract) -> None:
    record = extract(
        "Till outage\n\nGreenlaw Foods said on Wednesday that an IT outage had left shoppers "
        "unable to pay by card. Shoppers who could not pay were given vouchers, valid until "
        "Sunday 29 June.",
        published="2025-06-12",
    )
    [incident] = record["incidents"]
    assert "2025-06-29" not in [
        d["value"] for d in incident["dates"] if d["role"] == "incident_start"
    ]


def test_staff_named_in_two_words_own_their_data(extract) -> None:
    record = extract(
        "Retailer's HR system breached\n\nPelham Home said hackers had broken into its HR "
        "system. The home addresses of about 300 members of staff were copied.",
        published="2025-06-12",
    )
    found = statuses(record["incidents"][0])
    assert found.get("employee_data") == "compromised"
    assert "customer_data" not in found


def test_a_persons_possessive_at_the_end_of_a_sentence_is_no_business(extract) -> None:
    record = extract(
        "Retailer hit\n\nOrrin Stores said hackers had encrypted its servers. Finance "
        "director Ruth Tamblyn said the attackers had also read an email account believed "
        "to be Tamblyn's.",
        published="2025-06-12",
    )
    assert names(record) == ["Orrin Stores"]


def test_brands_placed_one_by_one_stay_the_groups(extract) -> None:
    record = extract(
        "Retail group hit\n\nCairnford Group, which owns Belmont in Leeds, Pryor Hardware in "
        "York and Ashdown in Hull, said on Monday that hackers had encrypted its servers. "
        "Ashdown's stores were closed.",
        published="2025-06-12",
    )
    assert record["incidents"][0]["organization"]["name"] == "Cairnford Group"


def test_paying_in_cash_instead_restores_no_card_payments(extract) -> None:
    record = extract(
        "Card outage\n\nAn IT outage stopped card payments at Tellbury Markets on Monday. "
        "Shoppers could still use cash and mobile payments, the company said.",
        published="2025-06-12",
    )
    assert statuses(record["incidents"][0])["card_payments"] != "restored"


def test_people_or_results_expected_back_are_no_service(extract) -> None:
    record = extract(
        "Grocer hit\n\nLintonvale Foods said a cyber attack on Monday had forced it to suspend "
        "refunds. Staff working from home are expected back in the office on Monday, and "
        "forensic results are expected back next week.",
        published="2025-06-12",
    )
    assert statuses(record["incidents"][0])["returns_refunds"] == "suspended"

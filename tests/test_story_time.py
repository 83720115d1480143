"""Story time and clause structure: which clause a status, date or denial belongs to, and
which of a service's statements is the latest. Every article here was written for the test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from conftest import incident_of, names, start_values, statuses
from incident_extract.layout import liveblog_entry_minute

LEAD = "Corrib Provisions said a cyber attack hit the grocer last week. "


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        ("The grocer took most of its computer systems offline.", "internal_systems"),
        ("It has switched the whole of its email system off.", "internal_systems"),
        ("Staff pulled the chain's online ordering service offline.", "online_orders"),
        ("The grocer has taken its payroll and email systems offline.", "internal_systems"),
        ("It switched its website and its app off on Friday.", "website"),
    ],
)
def test_a_separable_shutdown_verb_with_a_long_object_is_a_suspension(
    extract, sentence: str, service: str
) -> None:
    record = extract(LEAD + sentence)
    assert statuses(record["incidents"][0]).get(service) == "suspended"


def test_a_shutdown_verb_does_not_reach_across_another_verb(extract) -> None:
    record = extract(LEAD + "Staff took the website down and the app went offline on Monday.")
    found = statuses(record["incidents"][0])
    assert found.get("website") == "suspended"
    assert found.get("mobile_app") == "disrupted"


def test_a_return_with_a_particle_and_a_time(extract) -> None:
    # the same systems down and back: after the whole of its IT systems, the check-in
    # systems back would be a part back (test_parts_of_a_whole)
    record = extract(
        LEAD + "Its check-in systems went down on Monday. The check-in systems came back in "
        "the late afternoon, the airline said."
    )
    assert statuses(record["incidents"][0]).get("internal_systems") == "restored"


HEADLINE_STORIES = {
    # an event headline in the historic present: the body's return comes after it
    "event-headline-then-return": (
        "Network fault knocks out Tamsworth Dairies card terminals\n\n"
        "A network fault left Tamsworth Dairies unable to accept card payments in its "
        "40 shops on Monday morning.\n\n"
        "Card payments were working again by lunchtime, the company said.",
        "Tamsworth Dairies",
        "card_payments",
        {"restored"},
    ),
    # a headline that states how things stand outlives an earlier, brief return
    "remains-headline": (
        "Ferrowby College website remains offline after cyber attack\n\n"
        "Ferrowby College's website is still unavailable a week after a cyber attack, the "
        "college said on Thursday.\n\n"
        "The website briefly came back online on Tuesday.",
        "Ferrowby College",
        "website",
        {"disrupted", "suspended"},
    ),
    "is-headline": (
        "Ferrowby College website is offline after cyber attack\n\n"
        "Ferrowby College was hit by a cyber attack last week.\n\n"
        "The website briefly came back online on Tuesday.",
        "Ferrowby College",
        "website",
        {"disrupted", "suspended"},
    ),
    # a return headline stays the news over a dated recap
    "return-headline": (
        "Hollin & Rudd resumes online orders\n\n"
        "Hollin & Rudd suspended online orders on 2 April after a cyber attack on its "
        "systems, the department store group said.",
        "Hollin & Rudd",
        "online_orders",
        {"restored"},
    ),
}


@pytest.mark.parametrize("story", sorted(HEADLINE_STORIES))
def test_a_headline_is_read_in_story_time(extract, story: str) -> None:
    text, victim, service, expected = HEADLINE_STORIES[story]
    incident = incident_of(extract(text, published="2025-05-20"), victim)
    assert statuses(incident).get(service) in expected


def test_an_expectation_reaches_the_time_clause_it_governs(extract) -> None:
    text = (
        "Hollin & Rudd was hit by a cyber attack. It expects online orders to resume once "
        "engineers finish their checks on Friday."
    )
    incident = incident_of(extract(text, published="2025-06-10"), "Hollin & Rudd")
    fridays = {d["value"] for d in incident["dates"] if d["text"] == "Friday"}
    assert fridays == {"2025-06-13"}


def test_a_clause_with_its_own_subject_keeps_its_status_word(extract) -> None:
    text = (
        "Larchmont Logistics was hit by a cyber attack on Monday. Its call centre remains "
        "closed, and customers are being asked to use the contact form on its website."
    )
    incident = incident_of(extract(text, published="2025-02-12"), "Larchmont Logistics")
    assert statuses(incident).get("customer_service") == "suspended"
    assert "website" not in statuses(incident)


@pytest.mark.parametrize(
    "sentence",
    [
        "Its tracking page, the app, and the website were taken offline.",
        "The company said its tracking page, the app, and the website were taken offline.",
    ],
)
def test_a_list_with_a_comma_before_and_is_not_a_new_clause(extract, sentence: str) -> None:
    text = "Larchmont Logistics was hit by a cyber attack. " + sentence
    incident = incident_of(extract(text), "Larchmont Logistics")
    assert statuses(incident).get("website") == "suspended"
    assert statuses(incident).get("mobile_app") == "suspended"


def test_a_subordinate_clause_keeps_its_date_from_the_main_verb(extract) -> None:
    text = (
        "Dunmore Savings was hit by a cyber attack. Hackers were detected in the network on "
        "Saturday, after which it shut down the network."
    )
    incident = incident_of(extract(text, published="2023-10-17"), "Dunmore Savings")
    assert start_values(incident)[:1] == ["2023-10-14"]


def test_a_subordinate_clause_does_not_separate_the_victim_from_its_attack(extract) -> None:
    text = "Pellow Outfitters closed its website after hackers broke into its systems."
    assert "Pellow Outfitters" in names(extract(text))


def test_a_denial_with_its_own_that_clause_covers_a_long_subject(extract) -> None:
    record = extract(
        LEAD + "There is no evidence that information about customers, suppliers or "
        "members of its loyalty club was taken."
    )
    incident = record["incidents"][0]
    assert statuses(incident).get("customer_data") == "unaffected"
    assert incident["data_compromised"] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "Personal details of some staff have been posted on the dark web.",
        "The attackers copied names and addresses of customers before they were detected.",
    ],
)
def test_data_theft_verbs(extract, sentence: str) -> None:
    incident = extract(LEAD + sentence)["incidents"][0]
    assert incident["data_compromised"] is True


def test_shortly_after_a_time_places_a_past_event(extract) -> None:
    text = (
        "Terminal outage hits Pennock Bakeries\n\n"
        "Pennock Bakeries was unable to take card payments. The terminals went down "
        "shortly after 7am on Monday, the company said."
    )
    incident = incident_of(extract(text, published="2025-08-12"), "Pennock Bakeries")
    mondays = {d["value"] for d in incident["dates"] if d["text"] == "Monday"}
    assert mondays == {"2025-08-11"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ransomware crippled the chain's systems at the weekend.",
        "It said a cyber attack that hit its systems on Sunday was under investigation.",
    ],
)
def test_the_systems_an_attack_struck_are_its_scene_not_a_service(extract, sentence) -> None:
    text = "Pepperwell Diner was hit by a cyber attack. " + sentence
    incident = incident_of(extract(text), "Pepperwell Diner")
    assert "internal_systems" not in statuses(incident)


def test_systems_said_to_be_down_are_a_service(extract) -> None:
    text = "Pepperwell Diner was hit by a cyber attack. Its IT systems have been down since Sunday."
    incident = incident_of(extract(text), "Pepperwell Diner")
    assert statuses(incident).get("internal_systems") == "disrupted"


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        # a name that only qualifies an identifier
        (
            "Kestrel Valley Health was hit by a cyber attack on Monday. Investigators found "
            "that names, dates of birth and Medicare numbers had been stolen.",
            "Kestrel Valley Health",
        ),
        # a name inside a relative clause about a thing owns no verb after the clause
        (
            "Quaylink, which handles card payments for shops in Cornwall and the Isles of "
            "Scilly, said a network fault at its data centre had stopped terminals working on "
            "Friday.",
            "Quaylink",
        ),
        # a speaker after the words it reports is their source
        (
            "Kestrel Foods was hit by a cyber attack. Names and addresses of its customers "
            "were stolen, the Information Commissioner's Office said.",
            "Kestrel Foods",
        ),
    ],
)
def test_only_the_victim_is_named(extract, text: str, victim: str) -> None:
    assert names(extract(text, published="2025-03-10")) == [victim]


def test_a_speaker_named_by_the_business_they_run_speaks_for_it(extract) -> None:
    text = (
        "Quaylink said a network fault at its data centre stopped card terminals working on "
        "Friday. Tom Brewer, who runs the Harbourside Deli in Penzance, said his card machines "
        "stopped working at lunchtime."
    )
    record = extract(text, published="2025-03-10")
    assert "Harbourside Deli" in names(record)


@pytest.mark.parametrize(
    "sentence",
    [
        "It should be back in the coming weeks.",
        'Ms Okafor said it "should be back in the coming weeks" once testing was done.',
        "She said it will be back within days.",
    ],
)
def test_a_modal_return_told_of_the_service_before_is_expected(extract, sentence) -> None:
    text = (
        "Pepperwell Diner was hit by a cyber attack. Home delivery is not yet running. " + sentence
    )
    incident = incident_of(extract(text), "Pepperwell Diner")
    assert statuses(incident).get("home_delivery") == "restoration_expected"


def test_a_denial_reaches_its_that_clause_across_a_short_adverbial(extract) -> None:
    record = extract(
        LEAD + 'A spokesman said there was "no evidence at this time" that customer data had '
        "been accessed.",
        published="2025-03-14",
    )
    assert statuses(record["incidents"][0]).get("customer_data") == "unaffected"


def test_a_participle_ending_a_list_opens_no_clause(extract) -> None:
    record = extract(
        LEAD + "It has not said whether the names, email addresses and saved payment details "
        "held in app accounts were accessed.",
        published="2025-03-14",
    )
    assert "customer_data" not in statuses(record["incidents"][0])


@pytest.mark.parametrize(
    "sentence",
    [
        "It asked customers to be alert to phishing emails that use its name.",
        "It warned customers to be aware of potential phishing attacks.",
        "Stolen addresses can be used in phishing emails, an analyst said.",
        "It forced a password reset on every account as a precaution.",
    ],
)
def test_a_risk_readers_are_warned_of_is_no_type_of_the_incident(extract, sentence: str) -> None:
    record = extract(LEAD + sentence, published="2025-03-14")
    assert "social_engineering" not in record["incidents"][0]["incident_types"]


def test_a_phishing_email_that_let_the_attackers_in_is_social_engineering(extract) -> None:
    record = extract(
        LEAD + "The attackers got in after an employee replied to a phishing email.",
        published="2025-03-14",
    )
    assert "social_engineering" in record["incidents"][0]["incident_types"]


def test_a_base_form_verb_ends_a_separable_shutdown(extract) -> None:
    record = extract(
        LEAD + "Staff had to take card payments and write the details down by hand.",
        published="2025-03-14",
    )
    assert statuses(record["incidents"][0]).get("card_payments") != "suspended"


# One statement per case, read after the same lede; grouped by the clause rule it exercises.
CLAUSE_CASES = [
    # a contrast that something is still down limits a return (not another service, not the past)
    (
        "Its website was back online on Thursday, although some online forms remained offline.",
        "website",
        "partially_restored",
    ),
    (
        "Card payments were working again by noon, but several stores are still affected.",
        "card_payments",
        "partially_restored",
    ),
    ("Its website is back, but its app remains offline.", "website", "restored"),
    (
        "The tills came back on Monday afternoon, but the queues lasted into the evening.",
        "card_payments",
        "restored",
    ),
    (
        "The app is back up and running for the vast majority of customers.",
        "mobile_app",
        "partially_restored",
    ),
    # a later clause whose subject is a pronoun speaks of the service before
    (
        "The customer support portal was shut down for two days; it came back online on Tuesday.",
        "customer_service",
        "restored",
    ),
    (
        "Its website was taken offline on Monday, and it was restored on Wednesday.",
        "website",
        "restored",
    ),
    (
        "Its website went down on Monday, and it said it was back to normal in stores.",
        "website",
        "disrupted",
    ),
    # what those rules must not read: a negated contrast, people in between, a determiner "that"
    (
        "Its website was back online on Thursday, although no stores remain closed.",
        "website",
        "restored",
    ),
    (
        "Card payments failed on Monday and staff were sent home; they returned on Tuesday.",
        "card_payments",
        "disrupted",
    ),
    (
        "There was no evidence of that data being misused, and customer data was stolen.",
        "customer_data",
        "compromised",
    ),
]


@pytest.mark.parametrize(("sentence", "service", "status"), CLAUSE_CASES)
def test_a_clause_rule_reads_the_status(extract, sentence: str, service: str, status: str) -> None:
    record = extract(LEAD + sentence, published="2025-03-14")
    assert statuses(record["incidents"][0]).get(service) == status


RETURN_THEN_LATER = (
    "Lowmoor Cycles said a cyber attack knocked its website offline on Tuesday. "
    "The website was back online on Wednesday afternoon. "
)


@pytest.mark.parametrize(
    ("later", "status"),
    [
        # background after a return does not undo it: how such attacks work, in the present
        (
            "Denial-of-service attacks flood websites with junk traffic until they crash.",
            "restored",
        ),
        # an earlier outage the story compares, with no date of its own after the return
        (
            "It was the second outage of the year, after a faulty update took the website down.",
            "restored",
        ),
        # advice to those affected
        (
            "Customers who could not reach the website should keep their receipts, an adviser "
            "said.",
            "restored",
        ),
        # a failure the story places after the return undoes it
        ("The website went down again on Thursday evening.", "disrupted"),
        ("The website is still unavailable to some shoppers.", "disrupted"),
        ("The website crashed on Thursday, a day after it returned.", "disrupted"),
    ],
)
def test_what_follows_a_return_undoes_it_only_when_placed_after(
    extract, later: str, status: str
) -> None:
    record = extract(RETURN_THEN_LATER + later, published="2025-04-12")
    assert statuses(record["incidents"][0])["website"] == status


@pytest.mark.parametrize(
    "sentence",
    [
        'It said it was "on track" to resume online orders by 15 June.',
        "Online orders resume from 16 June, the company says.",
    ],
)
def test_a_return_dated_after_publication_is_expected(extract, sentence: str) -> None:
    record = extract(
        "Lowmoor Cycles suspended online orders after a ransomware attack last week. " + sentence,
        published="2025-06-03",
    )
    assert statuses(record["incidents"][0])["online_orders"] == "restoration_expected"


def test_a_participles_phrase_after_the_service_gives_way_to_its_predicate(extract) -> None:
    record = extract(
        LEAD + "Several of its shops closed on Monday. The branches still closed are expected "
        "to reopen on Thursday, the grocer said.",
        published="2025-06-09",
    )
    assert statuses(record["incidents"][0]).get("stores") == "restoration_expected"


def test_a_quantifier_opening_a_long_phrase_limits_its_service(extract) -> None:
    record = extract(
        LEAD + "Most of the grocery chain's 120 stores have reopened, the grocer said.",
        published="2025-06-09",
    )
    assert statuses(record["incidents"][0]).get("stores") == "partially_restored"


def test_working_normally_since_a_fix_is_a_return_and_since_the_outage_no_trouble(
    extract,
) -> None:
    record = extract(
        "IT outage hits Harrowby Books tills\n\n"
        "The outage began on Tuesday morning. Card payments failed in most shops during "
        "that time. Card payments have run smoothly since the faulty update was withdrawn, "
        "the company said, and its website has traded normally since the outage.",
        published="2025-06-16",
    )
    found = statuses(record["incidents"][0])
    assert found["card_payments"] == "restored"
    assert found["website"] == "unaffected"


def test_a_failure_a_stretch_of_time_before_todays_return_is_not_dated_today(extract) -> None:
    # "from today" dates the return; "ten days after" puts the failure before it
    record = extract(
        "Greyling Dental said its booking website is available again from today, ten days "
        "after a ransomware attack took the website down.",
        published="2025-06-16",
    )
    [site] = [s for s in record["incidents"][0]["services"] if s["service"] == "website"]
    assert site["status"] == "restored"
    failures = [event for event in site["history"] if event["status"] != "restored"]
    assert failures and all(event.get("date") is None for event in failures)


def test_a_participle_aside_recaps_and_the_predicate_after_it_is_the_state_now(extract) -> None:
    record = extract(
        "Brackenfield Garden Centres said a cyber attack hit its systems in July. Its click "
        "and collect service, paused for nine days, reopened on Monday, the company said.",
        published="2025-09-16",
    )
    assert statuses(record["incidents"][0])["click_and_collect"] == "restored"


def test_working_since_a_day_dates_the_return_not_the_start(extract) -> None:
    record = extract(
        "Ormsby Tiles said a cyber attack in May had taken its ordering system offline. "
        "The system had been working at all its branches since 24 June, it said.",
        published="2025-07-30",
    )
    assert "2025-06-24" not in start_values(record["incidents"][0])


def test_a_liveblogs_entries_are_read_in_the_order_of_their_clock_times(extract) -> None:
    # newest entry first: the top entry's return is the state now, whatever comes below
    record = extract(
        "LIVE: Wexley Gyms booking site outage\n\n"
        "16.05 Wexley Gyms says its online booking is working again at all its sites.\n\n"
        "14.30 Engineers are still trying to fix the fault, the company says.\n\n"
        "09.10 Wexley Gyms says its online booking has been down since early this morning "
        "after an IT outage.",
        published="2025-06-23",
    )
    assert statuses(record["incidents"][0])["online_orders"] == "restored"


@pytest.mark.parametrize(
    ("opening", "minute"),
    [
        ("12.40 Wexley Gyms says", 12 * 60 + 40),
        ("9:05pm The council says", 21 * 60 + 5),
        ("12.75% of its members book online", None),  # a figure, not a time
        ("Wexley Gyms says", None),
        ("\n\n10:15am Wexley Gyms says", 10 * 60 + 15),  # past the blank line opening it
    ],
)
def test_a_liveblog_entry_is_timed_by_the_clock_time_opening_it(
    extractor, opening: str, minute: int | None
) -> None:
    sentence = SimpleNamespace(span=extractor.pipeline.nlp(opening)[:])
    assert liveblog_entry_minute(sentence) == minute  # type: ignore[arg-type]


def test_a_state_a_dated_saying_reports_in_the_past_held_when_it_was_said(extract) -> None:
    # the lede's "said on Tuesday that ... was working again" is the news; the recap below it,
    # dated earlier, came before, whatever their order on the page
    record = extract(
        "Tarrant Water's payment line back\n\n"
        "Tarrant Water said on Tuesday that its online bill payment service was working again. "
        "Its online bill payment service was switched off on 2 May, when the utility found "
        "malware on a server.",
        published="2025-05-21",
    )
    assert statuses(record["incidents"][0])["online_orders"] == "restored"
    # what the saying reports as already past then ("had been") is a recap, no state of the
    # saying's day: the return dated before that day still comes after it
    record = extract(
        "Tarrant Water's website back\n\n"
        "Tarrant Water said on Tuesday that its website had been taken offline after a cyber "
        "attack. The website came back online on Monday, the utility said.",
        published="2025-05-23",
    )
    assert statuses(record["incidents"][0])["website"] == "restored"

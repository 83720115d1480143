"""Service statuses, restoration claims and incident types from cue scopes."""

from __future__ import annotations

import pytest

from conftest import incident_of, names, start_values, statuses

LEAD = "Rowan Provisions said a cyber attack hit the grocer last week. "


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        ("Its online orders have been affected.", "online_orders", "disrupted"),
        ("Customers are unable to use gift cards.", "gift_cards", "disrupted"),
        # paying "as normal" is the payments working, in-store payments in general
        ("Its stores remain open and customers can pay as normal.", "card_payments", "unaffected"),
        ("Customers could pay by card in the normal way.", "card_payments", "unaffected"),
        ("Orders placed on its website were not affected.", "online_orders", "unaffected"),
        # a service overloaded by the incident is disrupted
        ("Its customer helpline was swamped on Monday.", "customer_service", "disrupted"),
        (
            "Waiting times on its phone lines remain well above normal.",
            "customer_service",
            "disrupted",
        ),
        ("The grocer has paused click and collect.", "click_and_collect", "suspended"),
        ("Its website was taken offline as a precaution.", "website", "suspended"),
        ("Contactless payments are back online.", "contactless_payments", "restored"),
        ("The app has resumed working.", "mobile_app", "restored"),
        (
            "Home deliveries have been restored at some stores.",
            "home_delivery",
            "partially_restored",
        ),
        ("Its pharmacies are gradually coming back online.", "pharmacy", "partially_restored"),
        (
            "It expects to restore its loyalty scheme soon.",
            "loyalty_program",
            "restoration_expected",
        ),
        # the small model's lemma for "hopes"/"hoping" is "hop": listed by spelling
        ("It hopes to restore home deliveries by Friday.", "home_delivery", "restoration_expected"),
        ("Its stores remain open.", "stores", "unaffected"),
        ("Customers can still browse online.", "website", "unaffected"),
        ("Hackers stole staff details.", "employee_data", "compromised"),
        ("Customer data was accessed.", "customer_data", "compromised"),
        # a loyalty scheme named by its points, an overwhelmed call centre
        ("Shoppers are unable to earn or redeem points.", "loyalty_program", "disrupted"),
        ("Its rewards programme has been suspended.", "loyalty_program", "suspended"),
        (
            "Frequent flyer scheme members can once again spend their points.",
            "loyalty_program",
            "restored",
        ),
        ("Its contact centre has been overwhelmed by calls.", "customer_service", "disrupted"),
        (
            "The attack knocked out the computers at its head office.",
            "internal_systems",
            "disrupted",
        ),
        # the taxonomy's services under other names
        ("Its prescription system has been down since Monday.", "pharmacy", "disrupted"),
        ("Online ticket sales were suspended.", "online_orders", "suspended"),
        (
            "It expects supply to its stores to recover by Friday.",
            "stock_and_supply",
            "restoration_expected",
        ),
        ("Its shops are taking cards again.", "card_payments", "restored"),
        # card payments named by their processing: authorisation, acceptance, cards working
        ("The processor said card authorisations are working again.", "card_payments", "restored"),
        ("Its card processing has been down since Monday.", "card_payments", "disrupted"),
        ("By Sunday cards were working again in every branch.", "card_payments", "restored"),
        # a service's own verb told working again or as normal
        ("Its site is loading again, a spokesman said.", "website", "restored"),
        ("Its online orders are being processed normally.", "online_orders", "unaffected"),
        ("Its tills accepted cards again on Tuesday.", "card_payments", "restored"),
        ("The customer portal has been offline all week.", "website", "disrupted"),
        ("Its customer support portal was taken offline.", "customer_service", "suspended"),
        # premises of other trades are its stores
        ("Its restaurants have stayed open throughout.", "stores", "unaffected"),
        ("All of its pubs and cafes remain open.", "stores", "unaffected"),
        # staff data named by its holders, after "of", or as their files
        (
            "Hackers stole the personal details of about 3,000 current and former employees.",
            "employee_data",
            "compromised",
        ),
        ("Personnel files of some officers were published online.", "employee_data", "compromised"),
        ("The attackers copied staff records and payslips.", "employee_data", "compromised"),
    ],
)
def test_each_cue_family(extract, sentence: str, service: str, status: str) -> None:
    record = extract(LEAD + sentence)
    assert statuses(record["incidents"][0]).get(service) == status


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        ("Its website was not affected.", "website", "unaffected"),
        ("Card payments have not been restored.", "card_payments", "disrupted"),
        ("Its call centre is not working.", "customer_service", "disrupted"),
        ("No customer data was stolen.", "customer_data", "unaffected"),
    ],
)
def test_negation_flips_the_status(extract, sentence: str, service: str, status: str) -> None:
    record = extract(LEAD + sentence)
    assert statuses(record["incidents"][0]).get(service) == status


def test_hypothetical_and_uncertain_clauses_give_no_status(extract) -> None:
    record = extract(
        LEAD + "If its website is affected, orders could be delayed. It is unclear whether "
        "customer data was accessed."
    )
    incident = record["incidents"][0]
    assert "website" not in statuses(incident)
    assert incident["data_compromised"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Reportedly, contactless payments have been restored.",
        "It appears that contactless payments have been restored.",
        "Contactless payments are understood to have been restored.",
    ],
)
def test_hedged_claims(extract, sentence: str) -> None:
    record = extract(LEAD + sentence)
    claim = record["incidents"][0]["restoration_claims"][0]
    assert (claim["service"], claim["status"], claim["hedged"]) == (
        "contactless_payments",
        "restored",
        True,
    )


def test_expected_restoration_with_a_date(extract) -> None:
    record = extract(
        LEAD + "A spokesperson for the grocer said online orders would resume by June 15.",
        published="2025-06-04",
    )
    claim = record["incidents"][0]["restoration_claims"][0]
    assert claim["service"] == "online_orders"
    assert claim["status"] == "restoration_expected"
    assert claim["claimant"] == "A spokesperson for the grocer"
    assert claim["date"]["value"] == "2025-06-15"
    assert claim["date"]["role"] == "restoration_expected"


def test_general_claim_has_no_service(extract) -> None:
    record = extract(LEAD + "The company said systems are being brought back online gradually.")
    claims = record["incidents"][0]["restoration_claims"]
    assert [(c["service"], c["status"], c["scope"]) for c in claims] == [
        (None, "partially_restored", "gradually")
    ]
    assert statuses(record["incidents"][0])["internal_systems"] == "partially_restored"


def test_disrupted_then_suspended_then_restored_in_story_order(extract) -> None:
    record = extract(
        "Thornbury Outfitters says website is back\n\n"
        "Thornbury Outfitters said its website was restored on Friday after a cyber attack.\n\n"
        "The retailer had taken the website offline on Tuesday, a day after problems with it "
        "began on Monday.\n\n"
        "Initially, the website was disrupted.",
        published="2025-03-08",
    )
    website = [s for s in record["incidents"][0]["services"] if s["service"] == "website"]
    assert [s["status"] for s in website] == ["restored"]
    assert "restored on Friday" in website[0]["evidence"]["text"]


def test_latest_status_follows_the_text_without_dates(extract) -> None:
    record = extract(
        LEAD + "At first, its app was disrupted. The grocer then paused the app. "
        "The app is now back online."
    )
    assert statuses(record["incidents"][0])["mobile_app"] == "restored"


def test_two_incidents_keep_their_own_services(extract) -> None:
    record = extract(
        "Kelso Markets halts online orders after cyber attack\n\n"
        "Kelso Markets has halted online orders after a cyber attack, and its stores remain "
        "open.\n\n"
        "Meanwhile Bramble Pharmacy said its prescriptions service was disrupted by a separate "
        "ransomware attack. Bramble Pharmacy said customer data had been stolen."
    )
    kelso = incident_of(record, "Kelso Markets")
    bramble = incident_of(record, "Bramble Pharmacy")
    assert statuses(kelso) == {"online_orders": "suspended", "stores": "unaffected"}
    assert statuses(bramble) == {"customer_data": "compromised", "pharmacy": "disrupted"}
    assert kelso["data_compromised"] is None and bramble["data_compromised"] is True
    assert kelso["incident_types"] == ["cyber_attack"]
    assert bramble["incident_types"] == ["cyber_attack", "ransomware", "data_breach"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Lomond Home said hackers posing as staff tricked its IT help desk into resetting "
            "passwords, then stole customer data.",
            ["cyber_attack", "data_breach", "social_engineering"],
        ),
        (
            "Lomond Home said a phishing email let criminals into its network.",
            ["cyber_attack", "social_engineering"],
        ),
        (
            "Lomond Home said customer data was stolen after a cyber attack on a third-party "
            "supplier.",
            ["cyber_attack", "data_breach", "third_party"],
        ),
        (
            "Lomond Home said its tills failed after a faulty software update; there was no "
            "evidence of a cyber attack.",
            ["technical_outage"],
        ),
        (
            # an unauthorised party is an intruder; passwords kept encrypted are a safeguard
            "Lomond Home said an unauthorised third party accessed the names, masked card "
            "numbers and encrypted account passwords of 40,000 customers.",
            ["cyber_attack", "data_breach"],
        ),
        (
            # the gang's label says there was an attack, not which kind
            "Lomond Home said its website was down after a cyber attack claimed by the "
            "ransomware group Nightfang.",
            ["cyber_attack"],
        ),
        (
            # the gang told as the doer of the attack makes it ransomware (round 48: the
            # case sets' gold reads "hit by a ransomware gang" so); a claim alone does not
            "Lomond Home said its tills were down after it was hit by Nightfang, a ransomware "
            "gang.",
            ["cyber_attack", "ransomware"],
        ),
        (
            # an extortion gang steals and threatens; nothing says it encrypted anything
            "Lomond Home said its website was down after a cyber attack. A data extortion group "
            "called Nightfang claimed responsibility for the attack on Lomond Home.",
            ["cyber_attack"],
        ),
    ],
)
def test_incident_types(extract, text: str, kinds: list[str]) -> None:
    assert extract(text)["incidents"][0]["incident_types"] == kinds


def test_working_to_restore_is_an_effort_not_a_return(extract) -> None:
    record = extract(
        "Tanner & Vale said a cyber attack had forced it to take its website offline on "
        "Monday. The retailer said it was working hard to restore the website and was trying "
        "to bring its tills back, but gave no date. It is still working to fully restore its "
        "warehouse systems, some of which are back.",
        published="2025-02-12",
    )
    incident = incident_of(record, "Tanner & Vale")
    assert statuses(incident)["website"] == "suspended"
    claimed = {(c["service"], c["status"]) for c in incident["restoration_claims"]}
    assert ("website", "restored") not in claimed
    assert ("card_payments", "restored") not in claimed


def test_detection_start_returns_and_partial_scopes(extract) -> None:
    record = extract(
        "Ellerby Home said it became aware of the cyber attack on Tuesday 4 March, when its "
        "website went down. Its app has returned, and click and collect is available again for "
        "some customers. Stores across Kent, Surrey and Sussex were trading as usual.",
        published="2025-03-10",
    )
    incident = incident_of(record, "Ellerby Home")
    starts = start_values(incident)
    assert min(starts) == "2025-03-04"
    assert statuses(incident)["mobile_app"] == "restored"
    assert statuses(incident)["click_and_collect"] == "partially_restored"
    assert [i["organization"]["name"] for i in record["incidents"]] == ["Ellerby Home"]


def test_a_recap_in_a_relative_clause_does_not_decide_the_status(extract) -> None:
    record = extract(
        "Mossley Garden said a cyber attack had disrupted its systems. Its gift cards, which "
        "were suspended in the first days after the attack, are not yet available.",
        published="2025-06-20",
    )
    incident = incident_of(record, "Mossley Garden")
    assert statuses(incident)["gift_cards"] == "disrupted"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the aside tells the service was down; its own predicate says it works now
        (
            "Its website, which buckled under the rush of refund requests, is running smoothly.",
            {"website": "restored"},
        ),
        (
            "The ferry operator's app and phone lines, which both failed on Monday, were "
            "working normally on Thursday.",
            {"mobile_app": "restored", "customer_service": "restored"},
        ),
        # an aside that denies trouble, or a service that carried on all along
        ("Its app, which was not affected, is working normally.", {"mobile_app": "unaffected"}),
        (
            "Its app, which slowed under heavy traffic on Monday, kept working throughout.",
            {"mobile_app": "unaffected"},
        ),
        # an aside that says it was spared, or a trouble word after a preposition
        (
            "Its port shops, which were unaffected by the failure, are open as normal.",
            {"stores": "unaffected"},
        ),
        # a habit in the present is no failure
        (
            "Its port shops, which are closed on Sundays, will open as usual on Monday.",
            {"stores": "unaffected"},
        ),
    ],
)
def test_a_service_an_aside_tells_was_down_and_that_works_now_came_back(
    extract, sentence: str, expected: dict[str, str]
) -> None:
    record = extract(
        "Fenwick Ferries said an IT failure disrupted sailings on Monday. " + sentence,
        published="2025-06-20",
    )
    found = statuses(incident_of(record, "Fenwick Ferries"))
    assert {service: found.get(service) for service in expected} == expected


def test_a_service_word_in_another_sense_names_no_service(extract) -> None:
    record = extract(
        "Corbin Sports said in a statement to the stock exchange that a cyber attack had "
        "taken its website offline. Its share price fell 3%.",
        published="2025-04-14",
    )
    incident = incident_of(record, "Corbin Sports")
    assert statuses(incident) == {"website": "suspended"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The main site in Roeselare is expected to restart next week, the company said.",
        "Its production sites are expected to restart next week, the company said.",
    ],
)
def test_a_site_where_things_are_made_is_no_website(extract, sentence: str) -> None:
    record = extract(
        "Dorran Biscuits Ltd halted output on Monday after a ransomware attack. " + sentence,
        published="2025-03-06",
    )
    assert "website" not in statuses(incident_of(record, "Dorran Biscuits Ltd"))


@pytest.mark.parametrize(
    "aside",
    [
        '"Please order by phone while we get online ordering back," the chain said.',
        "Customers can order by phone while engineers restore online ordering, it said.",
        "Customers can order by phone while the chain's engineers restore online ordering.",
        "Customers can order by phone while engineers are restoring online ordering.",
    ],
)
def test_a_return_in_a_while_clause_in_the_present_is_work_under_way(extract, aside) -> None:
    record = extract(
        "Local news\n\nMannering Pizza's online ordering went down on Friday after a cyber "
        "attack. " + aside,
        published="2025-06-02",
    )
    assert statuses(incident_of(record, "Mannering Pizza"))["online_orders"] == "disrupted"


def test_a_return_with_no_object_after_a_contrasting_while_stands(extract) -> None:
    record = extract(
        "Local news\n\nMannering Pizza's online ordering went down on Friday after a cyber "
        "attack. The website was still down on Monday, while the app reopens as normal from "
        "today.",
        published="2025-06-02",
    )
    assert statuses(incident_of(record, "Mannering Pizza"))["mobile_app"] == "restored"


def test_a_return_told_before_a_while_clause_in_the_past_stands(extract) -> None:
    record = extract(
        "Local news\n\nMannering Pizza's online ordering went down on Friday after a cyber "
        "attack. The chain restored online ordering on Saturday while it investigated the "
        "attack.",
        published="2025-06-02",
    )
    assert statuses(incident_of(record, "Mannering Pizza"))["online_orders"] == "restored"


@pytest.mark.parametrize("opener", ["While", "Although", "Whereas"])
def test_a_return_in_a_fronted_clause_says_nothing_of_the_main_clauses_service(
    extract, opener
) -> None:
    record = extract(
        "Local news\n\nMannering Pizza's online ordering went down on Friday after a cyber "
        f"attack. {opener} the website is back, the app remains offline, the chain said.",
        published="2025-06-02",
    )
    found = statuses(incident_of(record, "Mannering Pizza"))
    assert found["website"] == "restored"
    assert found["mobile_app"] == "disrupted"


@pytest.mark.parametrize(
    ("fronted", "service"),
    [
        (
            "While the website, app and tills are back, card payments remain unavailable.",
            "card_payments",
        ),
        (
            "While the website, which customers use most, is back, the app remains offline.",
            "mobile_app",
        ),
    ],
)
def test_a_fronted_clause_ends_only_once_it_has_its_verb(extract, fronted, service) -> None:
    record = extract(
        "Local news\n\nMannering Pizza's online ordering went down on Friday after a cyber "
        "attack. " + fronted,
        published="2025-06-02",
    )
    assert statuses(incident_of(record, "Mannering Pizza"))[service] == "disrupted"


def test_a_fronted_clause_after_a_conjunction_is_a_clause_apart(extract) -> None:
    record = extract(
        "Local news\n\nMannering Pizza's online ordering went down on Friday after a cyber "
        "attack. But while the website is back, the app remains offline, the chain said.",
        published="2025-06-02",
    )
    assert statuses(incident_of(record, "Mannering Pizza"))["mobile_app"] == "disrupted"


def test_a_main_clause_with_an_adverb_before_its_verb_is_a_clause_apart(extract) -> None:
    record = extract(
        "Local news\n\nMannering Pizza's online ordering went down on Friday after a cyber "
        "attack. Although the website is back, card payments still cannot be taken online, "
        "the chain said.",
        published="2025-06-02",
    )
    found = statuses(incident_of(record, "Mannering Pizza"))
    assert found["website"] == "restored"
    assert found["card_payments"] == "disrupted"


def test_a_scope_does_not_turn_an_effort_into_a_return(extract) -> None:
    record = extract(
        "Halden Outdoor said a cyber attack had taken its online store offline. It is working "
        "to restore the online store for some customers first.",
        published="2025-02-12",
    )
    incident = incident_of(record, "Halden Outdoor")
    assert statuses(incident)["online_orders"] == "suspended"


def test_any_inflection_of_a_crash_or_a_restart(extract) -> None:
    record = extract(
        "Pollard Pharmacy said a cyber attack crashes its app every few minutes. Its website "
        "was relaunched on Friday.",
        published="2025-07-07",
    )
    incident = incident_of(record, "Pollard Pharmacy")
    assert statuses(incident)["mobile_app"] == "disrupted"
    assert statuses(incident)["website"] == "restored"


def test_the_lede_states_now_and_an_undated_past_recap_does_not_override_it(extract) -> None:
    record = extract(
        "Halden Garden Centres reopens its web shop\n\n"
        "Halden Garden Centres has reopened its web shop, the nursery chain said on Monday, "
        "a month after a ransomware attack.\n\n"
        "Its click and collect service remains unavailable.\n\n"
        "The web shop was one of the first systems the company switched off when the attack "
        "was found, and customers could not place orders for several weeks.",
        published="2024-10-07",
    )
    found = statuses(record["incidents"][0])
    assert found["online_orders"] == "restored"
    assert found["click_and_collect"] == "disrupted"


def test_a_dated_recap_is_placed_before_what_holds_now(extract) -> None:
    record = extract(
        "Pellow's Bakeries said card payments are working again in its shops.\n\n"
        "Card payments failed across its 30 shops on 2 May after an IT outage, and the "
        "tills were switched off on 3 May.",
        published="2024-05-09",
    )
    assert statuses(record["incidents"][0])["card_payments"] == "restored"


def test_a_day_told_after_the_saying_dates_the_statement_not_the_news(extract) -> None:
    # Thursday, after "said", is when Tallis spoke; the closure it reports came first and
    # the reopening on Monday follows it
    record = extract(
        "Tallis Outfitters confirmed Thursday that a cyber attack had forced it to shut its "
        "online shop for two days. It took the web shop down on Saturday after spotting "
        "intruders. Customers could order online again from Monday, it added.",
        published="2024-03-15",
    )
    assert statuses(record["incidents"][0])["online_orders"] == "restored"


def test_a_day_told_before_the_saying_dates_what_is_said(extract) -> None:
    record = extract(
        "Card payments failed at Dunmore Grocers on Saturday after an IT outage. By Sunday "
        "morning, Dunmore Grocers said its tills were working again.",
        published="2024-03-18",
    )
    assert statuses(record["incidents"][0])["card_payments"] == "restored"


def test_an_expectation_without_its_own_day_is_held_now(extract) -> None:
    # the expectation is told in the past ("said it expected"), after a present outage:
    # what the story holds now is the return it expects
    record = extract(
        "Brackenfield Co-operative confirmed a ransomware attack on its systems last week.\n\n"
        "Members cannot currently collect or spend points in the Brackenfield loyalty "
        "scheme.\n\nThe society said it expected the loyalty scheme to run again shortly.",
        published="2024-09-12",
    )
    assert statuses(record["incidents"][0])["loyalty_program"] == "restoration_expected"


def test_a_pronoun_subject_after_since_refers_to_the_services_before(extract) -> None:
    record = extract(
        "Tamsin Electricals was hit by a cyber attack on 2 March. As a precaution, the "
        "retailer paused click and collect for two days; they have since resumed.",
        published="2024-03-09",
    )
    assert statuses(record["incidents"][0])["click_and_collect"] == "restored"


def test_attackers_cut_off_before_a_question_is_no_claim(extract) -> None:
    # the attackers themselves cut off (not their access) say when something happened
    record = extract(
        LEAD + "It is checking whether files were copied before the attackers were cut off."
    )
    assert record["incidents"][0]["restoration_claims"] == []


def test_a_recap_clause_does_not_make_the_return_beside_it_a_recap(extract) -> None:
    # "had been replaced" recalls the repair; the app working again is the news
    record = extract(
        "Kelso Mutual said a hardware fault left members unable to open its app on Friday "
        "morning.\n\nThe faulty server had been replaced, and the app was working again by "
        "the evening, the mutual said.",
        published="2024-08-10",
    )
    assert statuses(record["incidents"][0])["mobile_app"] == "restored"


def test_a_service_term_read_as_a_verb_after_and_opens_no_clause(extract) -> None:
    # "call" in "call centre" is tagged a verb: the shutdown still covers it
    record = extract(
        LEAD + "It has closed its finance office and call centre services until further notice."
    )
    assert statuses(record["incidents"][0]).get("customer_service") == "suspended"


@pytest.mark.parametrize(
    "sentence",
    [
        # the problem word only places the return in time
        "Parcels sent before the attack have all been recovered from the depot.",
        "Records lost after the outage had been recovered from backups, it said.",
        # recovering is still under way
        "The grocer is recovering from the ransomware attack, a spokesman said.",
    ],
)
def test_a_problem_word_that_places_the_news_or_a_recovery_under_way_is_no_general_claim(
    extract, sentence: str
) -> None:
    claims = extract(LEAD + sentence)["incidents"][0]["restoration_claims"]
    assert (None, "restored") not in {(c["service"], c["status"]) for c in claims}


def test_a_pluperfect_recap_comes_before_a_past_return(extract) -> None:
    record = extract(
        "Orchard Lane Pharmacies restored its prescription service on Thursday. The service "
        "had been suspended for a week after a cyber attack on its systems.",
        published="2024-02-10",
    )
    assert statuses(record["incidents"][0])["pharmacy"] == "restored"


def test_a_pronoun_the_status_verb_governs_refers_to_the_service_before(extract) -> None:
    record = extract(
        LEAD + "Its click and collect service is still suspended. The grocer said it expects "
        "it to return next week."
    )
    incident = record["incidents"][0]
    assert statuses(incident)["click_and_collect"] == "restoration_expected"
    assert [(c["service"], c["status"]) for c in incident["restoration_claims"]] == [
        ("click_and_collect", "restoration_expected")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The grocer said the incident has been contained.",
        "Its IT team removed the malware within hours.",
        "The company said it had eradicated the intrusion and secured its network.",
        # an effort ends at its comma: what follows is a return
        "The grocer took steps to investigate, the incident has been contained, and the "
        "regulator has been told.",
        "The glitch was fixed within the hour, the grocer said.",
        "A spokesperson said the matter has since been resolved.",
        # an intrusion shut down, the intruders' access cut off or revoked
        "Its own analysts shut down the intrusion before any files were encrypted.",
        "The breach was detected and shut down within two hours.",
        "The hackers' access has since been revoked, the grocer said.",
        "Engineers cut off the intruders' access on Sunday night.",
        # stopped, blocked or halted; the matter or situation contained
        "Its security team halted the intrusion on the second morning.",
        "The grocer said it had blocked the attack within hours of spotting it.",
        "The unauthorised access has now been stopped, the grocer said.",
        "The situation has been contained, a spokeswoman said.",
        # the verb left out after "and"; a pronoun only with "contained"
        "The stolen login was disabled and the intrusion contained.",
        "Malware was found on Friday and it had been contained by Saturday.",
        # a steady state reached by a time
        "All of the grocer's systems were running normally by Sunday evening.",
    ],
)
def test_a_contained_incident_is_a_general_claim(extract, sentence: str) -> None:
    record = extract(LEAD + sentence)
    claims = record["incidents"][0]["restoration_claims"]
    assert [(c["service"], c["status"]) for c in claims] == [(None, "restored")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Its security team could not stop the intrusion.",
        # a purpose that prevents, and a general truth in the present
        "It unplugged its tills to stop the malware spreading to other stores.",
        "Security keys block that attack almost every time, an analyst said.",
        # access to a service blocked is a shutdown, not a containment
        "The grocer blocked access to its app on Monday.",
        # a steady state still to come
        "Its systems should be running normally by Sunday evening.",
        # activity an attack halted, a block that should have been, the container sense
        "The attack halted all trading activity at its depots.",
        "Experts said the grocer should have blocked the attack with a simple patch.",
        "The grocer said the threat was real and it is contained in a report to regulators.",
        # attackers who reach a system again, and people who tried to
        "The attackers accessed the network again on Thursday and stole more files.",
        "Shoppers tried to access the app again on Tuesday but it was still down.",
    ],
)
def test_a_containment_denied_or_of_a_service_or_to_come_is_no_return(
    extract, sentence: str
) -> None:
    record = extract(LEAD + sentence)
    claims = record["incidents"][0]["restoration_claims"]
    assert (None, "restored") not in [(c["service"], c["status"]) for c in claims]


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        # the problem is the subject of the return; the stores come after it
        (
            "The fault was fixed by 9pm and all of its stores opened as normal the next day.",
            [(None, "restored")],
        ),
        # a return waited for is no claim
        (
            "The grocer has put off all home deliveries until the fault is fixed.",
            [],
        ),
        # the service is the subject; the attack only dates its outage
        (
            "Its app, which crashed during the attack, is working again.",
            [("mobile_app", "restored")],
        ),
    ],
)
def test_a_general_claim_needs_the_problem_as_its_subject(
    extract, sentence: str, claims: list[tuple[str | None, str]]
) -> None:
    record = extract(LEAD + sentence)
    found = record["incidents"][0]["restoration_claims"]
    assert [(c["service"], c["status"]) for c in found] == claims


def test_an_effort_told_with_its_helpers_is_no_return(extract) -> None:
    record = extract(
        LEAD + "The grocer is working around the clock with outside experts to restore its systems."
    )
    incident = record["incidents"][0]
    assert incident["restoration_claims"] == []
    assert statuses(incident).get("internal_systems") != "restored"


def test_a_clock_time_or_time_zone_owns_no_sentence(extract) -> None:
    # the tagger reads "9.10pm" at the end of a quote as a name: taken for an organisation,
    # it owned the sentence and took the return from the victim
    record = extract(
        "Corrin Foods shoppers turned away as card readers fail\n\n"
        "Shoppers at Corrin Foods supermarkets could not pay by card for most of Thursday "
        "evening after a network fault knocked out card readers across the chain.\n\n"
        "The fault started at about 5.20pm AWST and reached stores in every region, with some "
        "shoppers leaving full baskets at the tills.\n\n"
        '"It was a network fault, not a cyber attack, and no shopper data was touched," a '
        'spokesman said. "Card payments were working again in every store by 9.10pm. We are '
        'sorry for the trouble."',
        published="2025-03-12",
    )
    assert names(record) == ["Corrin Foods"]
    assert statuses(record["incidents"][0])["card_payments"] == "restored"


def test_a_pronoun_that_speaks_is_the_organisation_not_a_service(extract) -> None:
    # "it told investors that it had been hit": services do not talk, so "it" is the grocer,
    # and the card payments it brought back stay back
    record = extract(
        "Rowan Provisions tills hit by cyber attack\n\n"
        "Rowan Provisions pulled its tills offline on Friday after a cyber attack. Card "
        "payments were back at every store by Sunday lunchtime, the grocer said.\n\n"
        "On Tuesday it told investors that it had been hit by ransomware.",
        published="2025-03-12",
    )
    assert statuses(record["incidents"][0])["card_payments"] == "restored"


def test_a_file_that_contained_data_is_no_claim(extract) -> None:
    record = extract(
        LEAD + "The stolen file contained the names of customers. The breach was reported "
        "to the regulator. The grocer said it was back in March that it first upgraded its "
        "servers."
    )
    assert record["incidents"][0]["restoration_claims"] == []


def test_services_used_again_together_and_platforms_restored(extract) -> None:
    record = extract(
        LEAD + "Two days later, most members could use the website and the app again. The "
        "grocer added that its platforms had since been brought back in full."
    )
    incident = record["incidents"][0]
    found = statuses(incident)
    assert (found["website"], found["mobile_app"]) == ("partially_restored", "partially_restored")
    assert found["internal_systems"] == "restored"
    assert (None, "restored") in [
        (c["service"], c["status"]) for c in incident["restoration_claims"]
    ]


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        ("Its tills are accepting card payments again.", "card_payments"),
        ("Shoppers can once again order online.", "online_orders"),
        ("Its loyalty app is fully back.", "mobile_app"),
        ("The pharmacy counters are operational again.", "pharmacy"),
        ("Home delivery returned on Saturday.", "home_delivery"),
        # a service customers use again; contact centres in the plural
        ("Members can use their loyalty points again.", "loyalty_program"),
        ("Its contact centres are back to normal hours.", "customer_service"),
    ],
)
def test_claim_forms_of_a_return(extract, sentence: str, service: str) -> None:
    record = extract(LEAD + sentence)
    incident = record["incidents"][0]
    assert statuses(incident).get(service) == "restored"
    assert (service, "restored") in {
        (c["service"], c["status"]) for c in incident["restoration_claims"]
    }


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "Brackley Stores said its tills went down on Friday. The fault had not been caused "
            "by a cyber attack, the company said.",
            ["technical_outage"],
        ),
        (
            "Brackley Stores said criminals broke into its network last week but were unable "
            "to deploy ransomware. No files were encrypted.",
            ["cyber_attack"],
        ),
        (
            "Brackley Stores said hackers had breached its network. The attack comes amid a "
            "wave of ransomware attacks on British retailers.",
            ["cyber_attack"],
        ),
        # data kept encrypted is protected, not held to ransom
        (
            "Brackley Stores said hackers had stolen its customer database, which held names, "
            "addresses and encrypted card numbers.",
            ["cyber_attack", "data_breach"],
        ),
        (
            "Brackley Stores said hackers had encrypted files on its servers on Sunday.",
            ["cyber_attack", "ransomware"],
        ),
        # a kind of attack defined for the reader is background, not this incident's kind
        (
            "Brackley Stores said criminals tricked a member of staff with a phishing email and "
            "got into its email system. Ransomware, in which criminals lock a firm's files and "
            "demand payment, is now the costliest kind of cyber crime for shops.",
            ["cyber_attack", "social_engineering"],
        ),
        (
            "Brackley Stores said hackers had encrypted its servers with ransomware on Sunday. "
            "Phishing, where fraudsters pose as a trusted sender, remains the commonest way in.",
            ["cyber_attack", "ransomware"],
        ),
        # so is one in the simple present that names no one and no time: how attacks work
        (
            "Brackley Stores said hackers had copied customer names from its website. "
            "Ransomware locks up a victim's files and demands a fee for the key.",
            ["cyber_attack", "data_breach"],
        ),
        # guards: a kind told in the present that does not open its sentence is this one's
        (
            "Brackley Stores said hackers struck on Sunday. Card payments are unavailable "
            "after a ransomware attack.",
            ["cyber_attack", "ransomware"],
        ),
        (
            "Brackley Stores said hackers struck on Sunday. Engineers say ransomware encrypts "
            "the tills.",
            ["cyber_attack", "ransomware"],
        ),
        # an act stopped "before any" of it came, or before it "could be" done, never came
        (
            "Brackley Stores said intruders got into its network on Sunday, but staff shut "
            "them out before any servers were encrypted.",
            ["cyber_attack"],
        ),
        (
            "Brackley Stores said intruders got into its network on Sunday and were caught "
            "before any ransomware could be launched.",
            ["cyber_attack"],
        ),
        # a guard: "before any" with no stopping in its clause tells what came after
        (
            "Brackley Stores said intruders had been in its network for three weeks before "
            "any servers were encrypted on Sunday.",
            ["cyber_attack", "ransomware"],
        ),
        # a guard: with no "any", what came before tells no prevention
        (
            "Brackley Stores said intruders were in its network for a week before servers "
            "were encrypted on Sunday.",
            ["cyber_attack", "ransomware"],
        ),
        # a guard: the attack's own malware ("The malware ...") is this incident's
        (
            "Brackley Stores said a cyber attack had shut its tills on Sunday. The malware, a "
            "strain of ransomware, locks up hard drives and demands a fee for the key.",
            ["cyber_attack", "ransomware"],
        ),
    ],
)
def test_a_type_the_text_denies_prevents_or_generalises_is_not_the_incidents(
    extract, text: str, kinds: list[str]
) -> None:
    assert extract(text)["incidents"][0]["incident_types"] == kinds


def test_no_before_the_data_denies_it_whatever_the_verb_distance(extract) -> None:
    record = extract(LEAD + "No customer data had been affected, the company said.")
    incident = record["incidents"][0]
    assert statuses(incident)["customer_data"] == "unaffected"
    assert incident["data_compromised"] is False
    assert "data_breach" not in incident["incident_types"]


@pytest.mark.parametrize(
    "sentence",
    [
        # an example inside the denied data is denied with it
        "No member data, including card numbers, has been taken, the society said.",
        # a denial of anything that suggests a theft
        "Its investigators have found nothing to indicate that personal data was copied.",
        # no reason to believe it
        "The society said it had no reason to think members' personal details had been taken.",
    ],
)
def test_data_denied_with_its_examples_or_by_nothing_to_suggest(extract, sentence: str) -> None:
    incident = extract(LEAD + sentence)["incidents"][0]
    assert incident["data_compromised"] is False


@pytest.mark.parametrize(
    ("sentence", "compromised"),
    [
        ("The gang has posted files containing tenants' personal details online.", True),
        ("The trust is writing to patients whose data has been published.", True),
        # an organisation publishing its own documents leaks nothing
        ("The grocer published its annual report and customer data policy on Monday.", None),
    ],
)
def test_data_the_attackers_published_is_compromised(
    extract, sentence: str, compromised: bool | None
) -> None:
    assert extract(LEAD + sentence)["incidents"][0]["data_compromised"] is compromised


def test_a_fault_at_a_data_centre_is_where_the_trouble_began_not_a_service(extract) -> None:
    record = extract(
        "Ferncastle Payments said a power failure at one of its data centres left shops "
        "unable to take card payments for three hours on Saturday.",
        published="2025-06-09",
    )
    found = statuses(record["incidents"][0])
    assert found.get("card_payments") == "disrupted"
    assert "internal_systems" not in found


def test_systems_named_for_who_works_on_them_are_no_service(extract) -> None:
    record = extract(
        "Kelbrook Building Society's app was down for most of Tuesday after a botched "
        "systems upgrade, and its network engineers worked through the night to fix the "
        "outage.",
        published="2025-06-09",
    )
    found = statuses(record["incidents"][0])
    assert found.get("mobile_app") == "disrupted"
    assert "internal_systems" not in found


def test_operations_data_is_not_personal_data(extract) -> None:
    record = extract(
        LEAD + "The outage left staff unable to load delivery tracking information or check "
        "stock data."
    )
    assert "customer_data" not in statuses(record["incidents"][0])


def test_a_date_the_model_runs_into_the_next_clause_is_still_found(extract) -> None:
    record = extract(
        "Fairlie Outdoor said it detected hackers in its systems on Feb. 7 and told "
        "customers days later that card data may have been taken.",
        published="2024-02-20",
    )
    starts = start_values(record["incidents"][0])
    assert starts == ["2024-02-07"]


def test_the_company_after_a_regulator_in_a_filing_is_the_victim(extract) -> None:
    record = extract(
        "Tolland Craft Supply said on Monday that it had been hit by a cyber attack.\n\n"
        "In a filing with the Securities and Exchange Commission on May 6, the company said "
        "it had discovered the intrusion on April 21.",
        published="2024-05-07",
    )
    incident = incident_of(record, "Tolland Craft Supply")
    starts = start_values(incident)
    assert starts == ["2024-04-21"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It said it had found hackers in its systems on Monday.",
        "Its security team spotted unusual activity on its network overnight.",
        "Criminals gained access to parts of its network.",
        "It has stopped taking online orders after criminals tricked a help desk worker to "
        "gain access to its network.",
        "Its website was taken offline after unauthorised access to its servers.",
        "The grocer told shoppers in an email that it was investigating.",
    ],
)
def test_the_scene_of_an_intrusion_or_an_email_message_is_no_service(
    extract, sentence: str
) -> None:
    record = extract(LEAD + sentence)
    assert "internal_systems" not in statuses(record["incidents"][0])


def test_systems_said_to_be_down_are_still_a_service(extract) -> None:
    record = extract(LEAD + "Its email system and back-office servers were taken offline.")
    assert statuses(record["incidents"][0])["internal_systems"] == "suspended"


def test_each_verb_of_a_coordinated_sentence_is_a_dated_event(extract) -> None:
    record = extract(
        LEAD + "Contactless payments were suspended on 21 April and restored late on 24 April.",
        published="2025-04-30",
    )
    contactless = next(
        s for s in record["incidents"][0]["services"] if s["service"] == "contactless_payments"
    )
    assert contactless["status"] == "restored"
    assert [(e["status"], e["date"]["value"]) for e in contactless["history"]] == [
        ("suspended", "2025-04-21"),
        ("restored", "2025-04-24"),
    ]


def test_a_coordinated_clause_with_its_own_subject_keeps_its_status_to_itself(extract) -> None:
    # "and that anyone affected would be told" has a subject: its "affected" is not the
    # personnel files' state, whose own clause is an open question
    record = extract(
        LEAD + "Investigators were still trying to establish whether personnel files had "
        "been accessed, and that anyone affected would be contacted."
    )
    assert "employee_data" not in statuses(record["incidents"][0])
    # with no subject of its own, the clause still speaks of the services before it; so
    # it does when its subject is a pronoun that stands for them
    record = extract(LEAD + "Its website was taken offline and was later restored.")
    assert statuses(record["incidents"][0])["website"] == "restored"
    # a time before the verb is no subject of its own
    record = extract(LEAD + "Its website was taken offline, and yesterday was restored.")
    assert statuses(record["incidents"][0])["website"] == "restored"
    record = extract(
        LEAD + "It said it had moved its website to a new host and that it was back online."
    )
    assert statuses(record["incidents"][0])["website"] == "restored"


def test_a_past_tense_read_as_a_participle_ends_its_clause_before_a_new_subject(
    extract,
) -> None:
    # the tagger reads "reopened" as a participle: the clause before ", and it expects" still
    # has its verb, and the expectation after it is not the stores'
    record = extract(
        LEAD + "Its stores reopened on Wednesday, and it expects its staff to be back at work "
        "by Friday."
    )
    assert statuses(record["incidents"][0])["stores"] == "restored"
    # a passive's participle with its agent is no verb of its own, nor one inside a list's
    # item: the list goes on
    record = extract(
        LEAD + "Its tills, hit by the outage, and its website were back online on Friday."
    )
    assert statuses(record["incidents"][0])["website"] == "restored"
    record = extract(
        LEAD + "Its payroll system, the tills installed last year, and its website were all "
        "down on Friday."
    )
    found = statuses(record["incidents"][0])
    assert found["card_payments"] == found["website"] == "disrupted"


def test_a_new_clause_with_a_subject_of_two_joined_nouns_keeps_the_clause_before_whole(
    extract,
) -> None:
    # ", and its cafes and app are running normally" opens its own clause: the status before
    # it, told with no subject of its own, still speaks of the customer details
    record = extract(
        LEAD + "Payslips of 300 staff were copied. Customers' details sit in another database "
        "and were not affected, the grocer said, and its cafes and app are running normally."
    )
    found = statuses(record["incidents"][0])
    assert found["customer_data"] == "unaffected"
    assert found["mobile_app"] == "unaffected"
    # a list with no verb after it opens nothing: both items take the status after them
    record = extract(LEAD + "It said its website, its tills and its app were down on Monday.")
    found = statuses(record["incidents"][0])
    assert found["website"] == found["card_payments"] == found["mobile_app"] == "disrupted"


def test_a_return_a_future_in_the_past_waits_for_is_still_to_come(extract) -> None:
    # "would tell customers when the app was available again": the "when" clause is a time
    # still to come, told in the past; the app stays down
    record = extract(
        LEAD + "The grocer took its app offline on Monday. It said it would email customers "
        "once the app was working again."
    )
    assert statuses(record["incidents"][0])["mobile_app"] == "suspended"
    # a return told in the past after "when" with no future before it happened, and so did
    # one with its own day, or one whose "would" belongs to an earlier clause
    for told in (
        "The app came back online when the fix was applied on Tuesday.",
        "It said it would email customers once the app was working again on Tuesday.",
        "Staff had warned that orders would be late, and shoppers could order again once the "
        "app was working again.",
    ):
        record = extract(LEAD + "The grocer took its app offline on Monday. " + told)
        assert statuses(record["incidents"][0])["mobile_app"] == "restored", told


def test_history_is_in_story_order_and_ends_with_the_status(extract) -> None:
    record = extract(
        "Halden Garden Centres reopens its web shop\n\n"
        "Halden Garden Centres has reopened its web shop, the chain said on Monday.\n\n"
        "The web shop had been taken offline on 2 September after a ransomware attack.",
        published="2024-10-07",
    )
    orders = next(s for s in record["incidents"][0]["services"] if s["service"] == "online_orders")
    assert [e["status"] for e in orders["history"]][-1] == orders["status"] == "restored"
    assert orders["history"][0]["status"] == "suspended"
    assert orders["history"][0]["date"]["value"] == "2024-09-02"


def test_the_latest_victim_of_a_wave_keeps_the_waves_type(extract) -> None:
    record = extract("Corran Bank is the latest victim of a wave of ransomware attacks on lenders.")
    assert record["incidents"][0]["incident_types"] == ["cyber_attack", "ransomware"]


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        # continued operation with its manner, in any inflection
        ("Its shops traded normally all week.", "stores"),
        (
            "The click-and-collect counters operated normally all weekend.",
            "click_and_collect",
        ),
        ("Its online shop has worked throughout.", "online_orders"),
        # a state kept, with or without an object between
        ("The warehouses stayed open over the weekend.", "stock_and_supply"),
        ("The grocer kept its website running throughout.", "website"),
        # availability in a modal with "also"
        ("Shoppers can also use gift cards at the tills.", "gift_cards"),
    ],
)
def test_continued_service_is_unaffected(extract, sentence: str, service: str) -> None:
    record = extract(LEAD + sentence)
    assert statuses(record["incidents"][0]).get(service) == "unaffected"


@pytest.mark.parametrize(
    "sentence",
    [
        "Investigators found that no shopper payment information had been exposed.",
        "The grocer said the intruders did not access any customer data.",
        "It said no loyalty member data had been put at risk.",
        "No customer details were lost, the grocer said.",
        # one "no" denies every noun of its coordination
        "It said no shopper or cardholder data had been affected.",
        "The grocer said no names, addresses or card details were taken.",
    ],
)
def test_data_denied_in_its_noun_phrase_or_verb_is_unaffected(extract, sentence: str) -> None:
    record = extract(LEAD + sentence)
    assert statuses(record["incidents"][0]).get("customer_data") == "unaffected"


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        # "none of" and a possessive before the noun it denies
        (
            "No customer data was accessed and none of our internal systems were affected, a "
            "spokesperson said.",
            "internal_systems",
        ),
        ("None of its stores or its website were affected.", "website"),
        ("None of its stores or its website were affected.", "stores"),
        # each conjunct of a coordination has its own modifiers
        ("No Pellow IT systems or store systems were affected.", "internal_systems"),
        # "neither ... nor", and a possessive name inside a conjunct
        ("Neither the grocer's website nor its app was affected.", "mobile_app"),
        ("None of its shoppers' data, its website or its app were affected.", "website"),
    ],
)
def test_a_denial_reaches_every_conjunct_of_its_noun_phrase(
    extract, sentence: str, service: str
) -> None:
    record = extract(LEAD + sentence)
    assert statuses(record["incidents"][0]).get(service) == "unaffected"


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        (
            "It has notified the card networks and the police, and is offering affected "
            "customers a year of free credit monitoring.",
            "card_payments",
        ),
        (
            "Affected shoppers who paid by card on the website will be contacted by email.",
            "website",
        ),
        ("The website now shows a notice for impacted customers.", "website"),
    ],
)
def test_affected_people_name_no_disrupted_service(extract, sentence: str, service: str) -> None:
    # "affected customers" says whose data the story is about, not that a service is down
    record = extract(LEAD + sentence)
    assert service not in statuses(record["incidents"][0])


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        (
            "Its website came back on Tuesday. But it was taken offline again a few hours later.",
            "website",
        ),
        (
            "Its app came back on Friday morning. The app was taken down again that afternoon.",
            "mobile_app",
        ),
    ],
)
def test_a_service_taken_offline_again_is_suspended(extract, sentence: str, service: str) -> None:
    # a verb of giving a service with a word of shutting before "again" is the shutdown again
    record = extract(LEAD + sentence)
    assert statuses(record["incidents"][0]).get(service) == "suspended"


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        # a comma that opens a new clause joins no list to the denial before it
        (
            "We had no warning, our website and app went offline within minutes.",
            "website",
            "disrupted",
        ),
        # "affected" as a verb is the trouble itself
        ("The attack affected customers trying to use its website.", "website", "disrupted"),
        # a particle that belongs to the verb is no shutdown
        ("Its warehouse is shipping out online orders again.", "online_orders", "restored"),
    ],
)
def test_a_new_clause_a_verb_or_a_particle_keeps_the_status_told(
    extract, sentence: str, service: str, status: str
) -> None:
    record = extract(LEAD + sentence)
    assert statuses(record["incidents"][0]).get(service) == status


def test_no_other_denies_only_the_rest(extract) -> None:
    record = extract(
        LEAD + "Hackers copied the names of 9,000 customers, and the grocer said no other "
        "customers' data had been affected."
    )
    assert statuses(record["incidents"][0]).get("customer_data") == "compromised"


def test_none_of_people_denies_no_service(extract) -> None:
    # "none of" denies the noun phrase it opens, not a service told later in the sentence
    record = extract(LEAD + "None of its staff could log in and the website was down for hours.")
    assert statuses(record["incidents"][0]).get("website") == "disrupted"


def test_a_failed_state_that_persists_is_disrupted(extract) -> None:
    record = extract(LEAD + "Its app crashed on Monday night and remained unusable on Tuesday.")
    assert statuses(record["incidents"][0]).get("mobile_app") == "disrupted"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Its self-checkouts have operated normally since early on Thursday.", "restored"),
        ("Its self-checkouts have run smoothly since 4 June.", "restored"),
        ("Its self-checkouts have operated normally since the attack.", "unaffected"),
    ],
)
def test_a_normal_state_since_a_time_is_a_return(extract, sentence: str, status: str) -> None:
    """Since a time, it came back then; since the event, it never went."""
    record = extract(LEAD + sentence)
    assert statuses(record["incidents"][0]).get("card_payments") == status


def test_a_recap_in_a_relative_clause_after_a_placing_phrase_does_not_decide(extract) -> None:
    record = extract(
        LEAD + "Gift cards at its petrol stations, which were refused for two days, are "
        "being accepted again."
    )
    assert statuses(record["incidents"][0]).get("gift_cards") == "restored"


def test_back_in_a_place_is_a_return_and_the_place_is_no_service(extract) -> None:
    record = extract(
        LEAD + "Gift cards are back in all Rowan Provisions shops, the grocer said on Friday. "
        "Self-checkouts were back in action by the weekend."
    )
    assert statuses(record["incidents"][0]) == {
        "gift_cards": "restored",
        "card_payments": "restored",
    }


def test_back_in_a_month_is_no_return(extract) -> None:
    record = extract(LEAD + "Its app, which was back in March after an earlier fault, is down.")
    assert statuses(record["incidents"][0]) == {"mobile_app": "disrupted"}


def test_a_pronoun_whose_status_word_has_another_subject_refers_to_nothing(extract) -> None:
    record = extract(
        LEAD + "Its online shop was down on Monday and back online on Tuesday. "
        '"It has been a hard week for our staff and we cannot thank them enough," the owner '
        "said."
    )
    assert statuses(record["incidents"][0]) == {"online_orders": "restored"}


def test_a_status_whose_verb_is_left_out_shares_the_clause_before(extract) -> None:
    record = extract(
        LEAD + "Its app was taken offline on 2 May and back up on 5 May, while its website was "
        "down for a day and running again by Friday.",
        published="2025-05-20",
    )
    assert statuses(record["incidents"][0]) == {"mobile_app": "restored", "website": "restored"}


def test_unclear_when_leaves_the_return_unstated(extract) -> None:
    record = extract(
        LEAD + "Its website was taken offline on Monday. It is not yet clear when the website "
        "will be back in operation."
    )
    assert statuses(record["incidents"][0]) == {"website": "suspended"}


def test_an_uncertainty_governs_what_follows_it_not_what_went_before(extract) -> None:
    record = extract(
        LEAD + "Its phone lines were down all day, leaving shoppers unable to find out whether "
        "their orders had been sent. It is unclear whether its website will be back this week."
    )
    assert statuses(record["incidents"][0]) == {"customer_service": "disrupted"}


@pytest.mark.parametrize(
    ("sentence", "data"),
    [
        ("It was not a cyber attack and no customer information was involved.", False),
        ("Customers' money and information are safe, the chief executive said.", False),
        ("The data involved included customers' names and email addresses.", True),
    ],
)
def test_data_said_to_be_safe_or_not_involved(extract, sentence: str, data: bool) -> None:
    record = extract(LEAD + sentence)
    assert record["incidents"][0]["data_compromised"] is data


def test_fears_that_data_was_taken_are_no_theft(extract) -> None:
    record = extract(
        LEAD + "Its app was switched off, prompting fears that customer data had been stolen. "
        "The grocer later said no customer data had been accessed."
    )
    incident = record["incidents"][0]
    assert incident["data_compromised"] is False
    assert "data_breach" not in incident["incident_types"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hackers tried, and failed, to encrypt its servers.",
        "Its security software stopped the encryption before any files were locked.",
        "The ransomware attack was blocked by its endpoint software.",
    ],
)
def test_a_stopped_encryption_is_no_ransomware(extract, sentence: str) -> None:
    record = extract("Rowan Provisions said a cyber attack hit the grocer last week. " + sentence)
    assert "ransomware" not in record["incidents"][0]["incident_types"]


def test_an_affected_noun_after_and_opens_no_clause(extract) -> None:
    record = extract(
        "Kestrel Foods said its online shop and affected tills were offline after a cyber "
        "attack on Monday."
    )
    assert statuses(record["incidents"][0]).get("online_orders") == "disrupted"


def test_a_fronted_when_clause_that_remains_unclear_gives_no_return(extract) -> None:
    record = extract(LEAD + "Its website was taken offline. When it will be back remains unclear.")
    assert statuses(record["incidents"][0]) == {"website": "suspended"}


@pytest.mark.parametrize(
    "sentence",
    [
        # what attackers do in general, told in the simple present
        "An analyst said such gangs typically steal data before they encrypt anything.",
        "Criminal groups often sell stolen customer records on dark web forums.",
        # a possibility not ruled out is not a theft
        "The grocer said it could not yet rule out that customer data had been copied.",
        # what the attackers claim, before anyone confirms it
        "A ransomware gang claims to have stolen customer records and staff files.",
        "The gang listed the grocer on its leak site, claiming to have taken customer data.",
        # an inability to use data speaks of a service, not of a theft
        "Staff were unable to update customer records for two days.",
        "Loyalty members' details cannot be viewed in the app until it returns.",
    ],
)
def test_data_told_in_general_doubted_or_unusable_is_not_compromised(
    extract, sentence: str
) -> None:
    incident = extract(LEAD + sentence)["incidents"][0]
    assert statuses(incident).get("customer_data") != "compromised"
    assert incident["data_compromised"] is not True


@pytest.mark.parametrize(
    "sentence",
    [
        # a named gang's act, now
        "The gang now lists the grocer on its leak site and publishes stolen customer data.",
        "The grocer confirms customer data stolen in the attack.",
        "Police say the suspects have stolen customer records.",
        "Hackers have accessed the personal details of 40,000 shoppers.",
    ],
)
def test_a_theft_reported_in_the_present_is_still_a_theft(extract, sentence: str) -> None:
    incident = extract(LEAD + sentence)["incidents"][0]
    assert statuses(incident).get("customer_data") == "compromised"


def test_a_named_system_and_a_switchboard_outside_retail(extract) -> None:
    record = extract(
        "Wyebridge Community Health said its electronic patient record system was back online "
        "on Thursday after a cyber attack took it down on Monday. The trust's switchboard was "
        "not affected, and its booking system remains offline.",
        published="2025-03-14",
    )
    incident = record["incidents"][0]
    assert statuses(incident) == {
        "customer_service": "unaffected",
        "internal_systems": "restored",
        "online_orders": "disrupted",
    }
    assert ("internal_systems", "restored") in {
        (c["service"], c["status"]) for c in incident["restoration_claims"]
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Pennock Pharmacy has started reopening its stores after the cyber attack.",
        "Pennock Pharmacy begins restoring online orders a week after cyber attack",
    ],
)
def test_a_return_told_as_begun_is_partial(extract, sentence: str) -> None:
    incident = extract(sentence)["incidents"][0]
    assert set(statuses(incident).values()) == {"partially_restored"}


def test_a_begun_return_keeps_its_victim_and_a_steady_state_is_whole(extract) -> None:
    # the victim is tied through the aside alone; the return verb must stay readable
    record = extract(
        "Pennock Stores, which was hit by a cyber attack last week, has started reopening its "
        "stores.",
        published="2025-06-10",
    )
    assert statuses(record["incidents"][0]) == {"stores": "partially_restored"}
    record = extract(
        "Pennock Stores was hit by a cyber attack. Its card payments started working again on "
        "Monday.",
        published="2025-06-10",
    )
    assert statuses(record["incidents"][0]) == {"card_payments": "restored"}


def test_the_day_of_a_saying_dates_a_past_event_that_has_no_day_of_its_own(extract) -> None:
    record = extract(
        "Pennock Stores was hit by a cyber attack. Card payments were restored, Pennock Stores "
        "said on Monday.",
        published="2025-06-10",
    )
    service = record["incidents"][0]["services"][0]
    assert service["status"] == "restored"
    assert service["history"][-1]["date"]["value"] == "2025-06-09"


def test_the_day_of_a_saying_after_a_past_event_does_not_date_the_event(extract) -> None:
    # the failure, told with "the company said on Tuesday", happened Monday; the return told
    # later that Monday is the state now
    record = extract(
        "Ardlow Foods was hit by an IT outage. Its customers could not pay by card on Monday "
        "after an update to its payment terminals failed, the company said on Tuesday. Card "
        "payments were working again by Monday night, a spokesman said.",
        published="2025-06-10",
    )
    assert statuses(record["incidents"][0])["card_payments"] == "restored"


def test_pay_at_pump_back_at_all_but_a_few_sites_is_partial(extract) -> None:
    record = extract(
        "Fuel retailer Carnbrae Motors says pay-at-pump is working again at all but three of "
        "its 40 forecourts after an IT outage. One Carnbrae site manager said drivers had "
        "queued in the shop.",
        published="2025-02-20",
    )
    incident = record["incidents"][0]
    assert statuses(incident) == {"card_payments": "partially_restored"}


def test_offline_payments_and_a_time_told_by_the_outage_give_no_status(extract) -> None:
    record = extract(
        "Card processor Tallybridge said its services had been fully restored by Friday "
        "morning after an outage on Thursday left shops unable to take card payments. "
        "Payments taken in offline mode during the outage have since been processed, and "
        "the company will give merchants guidance on offline payments.",
        published="2025-04-14",
    )
    assert statuses(record["incidents"][0]) == {"card_payments": "restored"}


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The company said it expected the website to return in stages.", "restoration_expected"),
        ("It expects to reopen most of its stores by Friday.", "restoration_expected"),
        ("Most of its stores have reopened.", "partially_restored"),
        ("Its website is gradually coming back online.", "partially_restored"),
    ],
)
def test_a_promised_return_stays_a_promise_however_partial(
    extract, sentence: str, status: str
) -> None:
    record = extract(
        "Hollins Home said a ransomware attack took its website and its stores offline. "
        + sentence,
        published="2025-03-03",
    )
    found = set(statuses(record["incidents"][0]).values())
    assert status in found
    claims = {c["status"] for c in record["incidents"][0]["restoration_claims"]}
    assert claims == {status}


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        (
            "Online orders, which were suspended on Monday, account for a fifth of sales.",
            "online_orders",
            "suspended",
        ),
        ("Its website, which was restored on Friday, is now faster.", "website", "restored"),
        ("Orders were taken by phone during the website outage.", "website", "disrupted"),
    ],
)
def test_an_aside_or_a_time_phrase_that_alone_tells_a_state_still_tells_it(
    extract, sentence: str, service: str, status: str
) -> None:
    record = extract(
        "Pennock Stores was hit by a cyber attack. " + sentence, published="2025-06-10"
    )
    assert statuses(record["incidents"][0]).get(service) == status


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        (
            "She said click and collect, which was among the first services to be suspended "
            "when the attack was detected, would restart next week.",
            "click_and_collect",
            "restoration_expected",
        ),
        (
            "The firm's contact centre, which took triple its usual calls during the outage, "
            "has hired extra staff and said waiting times were back to normal this week.",
            "customer_service",
            "restored",
        ),
    ],
)
def test_a_relative_aside_does_not_cut_its_noun_from_the_verb_after_it(
    extract, sentence: str, service: str, status: str
) -> None:
    record = extract(
        "Pellow Garden Centres said a ransomware attack hit its systems last month. " + sentence,
        published="2025-09-02",
    )
    assert statuses(record["incidents"][0]).get(service) == status


def test_a_negated_subject_after_and_opens_its_own_statement(extract) -> None:
    record = extract(
        "Harrowgate Council said its website was hit by a cyber attack on Monday. None of its "
        "servers were breached and no customer data has been accessed, it said.",
        published="2025-06-10",
    )
    incident = record["incidents"][0]
    assert statuses(incident).get("customer_data") == "unaffected"
    assert incident["data_compromised"] is False


def test_a_pronoun_that_acts_on_an_object_is_the_company_not_a_service(extract) -> None:
    # services have states; they do not cancel sailings, so "it" is the ferry operator
    record = extract(
        "Brightmoor Ferries website back after attack\n\n"
        "A ransomware attack knocked the Brightmoor Ferries website offline on Tuesday, the "
        "operator said. The website was back online by Thursday morning. It cancelled every "
        "sailing on Saturday because of a storm.",
        published="2025-06-16",
    )
    assert statuses(incident_of(record, "Brightmoor Ferries"))["website"] == "restored"


def test_a_pronoun_a_noun_phrase_names_is_the_event_not_a_service(extract) -> None:
    record = extract(
        "Kessel Water app back after outage\n\n"
        "Kessel Water's customer app stopped working on Monday after a server failure. The app "
        "was working again by Wednesday, the utility said. It has been the longest outage in "
        "the company's history, a spokesman said on Thursday.",
        published="2025-06-19",
    )
    assert statuses(incident_of(record, "Kessel Water"))["mobile_app"] == "restored"


def test_it_does_not_stand_for_a_plural_service(extract) -> None:
    # "it" after "the card readers" is the bakery: a singular pronoun does not refer to a
    # plural noun, so the Sunday closing is no state of the card readers
    record = extract(
        "Harbour Street Bakery card readers fixed after cyber attack\n\n"
        "Harbour Street Bakery said a cyber attack knocked out its card readers on Friday. The "
        "card readers were working again by Saturday noon, the bakery said. It was shut all day "
        "on Sunday for a family wedding.",
        published="2025-06-16",
    )
    (card_payments,) = incident_of(record, "Harbour Street Bakery")["services"]
    assert [entry["mention"] for entry in card_payments["history"]] == [
        "card readers",
        "card readers",
    ]


def test_both_as_subject_stands_for_the_two_services_before(extract) -> None:
    record = extract(
        "Kestrel Outdoor loyalty scheme back after cyber attack\n\n"
        "Kestrel Outdoor paused its loyalty scheme and stopped selling gift cards after a cyber "
        "attack on 2 June. Both were working again on Monday, the camping retailer said.",
        published="2025-06-18",
    )
    services = statuses(incident_of(record, "Kestrel Outdoor"))
    assert services["loyalty_program"] == "restored"
    assert services["gift_cards"] == "restored"


def test_a_return_denied_until_a_day_to_come_is_expected(extract) -> None:
    # "will not be back until Monday" promises Monday; the cue holds "until" itself
    record = extract(
        "Pellow Garden Centres website down after cyber attack\n\n"
        "Pellow Garden Centres said a cyber attack took its website offline on Tuesday. The "
        "website will not be back until Monday, the company said.",
        published="2025-06-12",
    )
    assert statuses(incident_of(record, "Pellow Garden Centres")) == {
        "website": "restoration_expected"
    }


def test_a_service_named_again_by_its_head_noun_is_the_same_service(extract) -> None:
    record = extract(
        "Fernhill Cinemas pauses membership scheme after hack\n\n"
        "Fernhill Cinemas suspended its loyalty scheme on Monday after hackers broke into "
        "customer accounts. The scheme was running again on Thursday, the cinema chain said.",
        published="2025-06-13",
    )
    assert statuses(incident_of(record, "Fernhill Cinemas"))["loyalty_program"] == "restored"


def test_a_return_another_thing_waits_for_is_no_return(extract) -> None:
    record = extract(
        "Lowmoor Outdoor shop offline\n\n"
        "Lowmoor Outdoor said a cyber attack took its online shop offline on Monday. Customers "
        "who ordered before the attack will get refunds once the online shop is back, the "
        "retailer said.",
        published="2025-06-18",
    )
    assert statuses(incident_of(record, "Lowmoor Outdoor")) == {"online_orders": "suspended"}


def test_it_before_all_still_stands_for_the_service(extract) -> None:
    # "all" after the copula opens no noun phrase, as "the second outage" does
    record = extract(
        "Alder Foods app back\n\n"
        "Alder Foods said a cyber attack took its ordering app offline on Monday. It was all "
        "working again by Wednesday, the company said.",
        published="2025-06-19",
    )
    assert statuses(incident_of(record, "Alder Foods"))["mobile_app"] == "restored"


def test_the_system_after_a_named_system_may_be_the_health_system(extract) -> None:
    # "the system" is the hospital group here, so its words give no system a state
    record = extract(
        "Pinebrook Health scheduling system down after ransomware\n\n"
        "A ransomware attack took down the patient scheduling system at Pinebrook Health on "
        "Monday. The system, which runs three hospitals, has posted updates on its website, "
        "which was not affected.",
        published="2025-06-13",
    )
    assert statuses(incident_of(record, "Pinebrook Health"))["internal_systems"] == "suspended"


def test_a_pronoun_before_a_passive_expectation_stands_for_the_service(extract) -> None:
    record = extract(
        "Tarn Valley Bakeries app offline after hack\n\n"
        "Tarn Valley Bakeries took its ordering app offline on Monday after a cyber attack. A "
        "spokesman said it was expected to return within days.",
        published="2025-06-18",
    )
    assert statuses(incident_of(record, "Tarn Valley Bakeries")) == {
        "mobile_app": "restoration_expected"
    }


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        # a restrictive "only" after the return limits what came back
        (
            "Its web shop is taking orders again, but only from buyers in Wales.",
            "online_orders",
            "partially_restored",
        ),
        (
            "The phone line reopened on Monday, though it handles only calls about refunds.",
            "customer_service",
            "partially_restored",
        ),
        (
            "Its ordering app is back but only lists opening hours.",
            "mobile_app",
            "partially_restored",
        ),
        # "only" before the service limits the others; "only" of time limits nothing
        ("Only its web shop has been restored.", "online_orders", "restored"),
        ("Its ordering app came back, but only on Thursday.", "mobile_app", "restored"),
        (
            "Its web shop is taking orders again, only after a week offline.",
            "online_orders",
            "restored",
        ),
        # nor a superlative, nor one that plays trouble down
        ("Its web shop reopened on Monday, with only minor delays.", "online_orders", "restored"),
        ("Its ordering app is back and only needs a final check.", "mobile_app", "restored"),
        ("Its web shop was restored, the only good news this week.", "online_orders", "restored"),
        # a return that used parts of something is whole
        (
            "Engineers restored its web shop using parts of an old backup.",
            "online_orders",
            "restored",
        ),
    ],
)
def test_a_restrictive_only_after_a_return_makes_it_partial(
    extract, sentence: str, service: str, status: str
) -> None:
    record = extract(
        "Brackley Outfitters hit by cyber attack\n\nBrackley Outfitters said hackers broke "
        "into its systems last week. " + sentence,
        published="2025-06-20",
    )
    assert statuses(incident_of(record, "Brackley Outfitters"))[service] == status


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        # a verb of giving the service, with "again", is the service given again
        ("Its chemists are dispensing repeat prescriptions again.", "pharmacy", "restored"),
        ("Its contact centre is answering calls again.", "customer_service", "restored"),
        (
            "Its chemists are once again filling most prescriptions.",
            "pharmacy",
            "partially_restored",
        ),
        # "once again" before trouble is the trouble again
        (
            "Its contact centre is once again facing long waits.",
            "customer_service",
            "disrupted",
        ),
        # a return to parts of a territory, or to most of those who use it, is partial
        (
            'Its website is back for "the large majority" of shoppers.',
            "website",
            "partially_restored",
        ),
        (
            "Home deliveries have restarted in parts of the north.",
            "home_delivery",
            "partially_restored",
        ),
    ],
)
def test_a_service_given_again_and_a_return_to_parts(
    extract, sentence: str, service: str, status: str
) -> None:
    record = extract(
        "Larchmont Stores outage\n\nLarchmont Stores said a ransomware attack disrupted its "
        "systems on Monday. " + sentence,
        published="2025-06-20",
    )
    assert statuses(incident_of(record, "Larchmont Stores"))[service] == status


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a denial outweighs what rumours said: the failure is an IT one
        (
            "Tamworth Shoes tills fail\n\nTamworth Shoes said card readers in its shops "
            "stopped working on Saturday. Rumours that the chain had been hacked spread on "
            "social media. The company said the outage was not a cyber attack but a faulty server.",
            ["technical_outage"],
        ),
        # a kind of attack only a gang claims is no kind the article reports
        (
            "Corvan Freight incident\n\nCorvan Freight said on Monday it was investigating a "
            "cyber incident. A gang claiming to have encrypted its servers listed the firm on "
            "its leak site.",
            ["cyber_attack"],
        ),
        # an attempt stopped before the intruders could act
        (
            "Hebden Mills attack stopped\n\nHebden Mills said intruders who reached its "
            "servers on Monday were removed before the gang was able to launch its ransomware.",
            ["cyber_attack"],
        ),
        # a trick with no hacking is no IT failure for the denial
        (
            "Tarrant Homes loses funds\n\nTarrant Homes paid a fake invoice to a fraudster "
            "impersonating its supplier in a phishing email. Its systems had not been hacked, "
            "the housebuilder said.",
            ["cyber_attack", "social_engineering"],
        ),
    ],
)
def test_denials_rumours_and_claims_decide_the_kind(extract, text: str, kinds: list[str]) -> None:
    record = extract(text, published="2025-06-20")
    assert sorted(record["incidents"][0]["incident_types"]) == kinds


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a denial that the systems were broken into says they were spared
        ("It said its own systems had not been hacked.", "unaffected"),
        ("Its internal network was not breached, the firm added.", "unaffected"),
        # a break-in itself is no outage of the systems
        ("Hackers broke into its network.", None),
    ],
)
def test_systems_denied_broken_into_were_spared(extract, sentence: str, status: str | None) -> None:
    record = extract(
        "Corby Tiles customer data stolen\n\nCorby Tiles said customer data was stolen from "
        "a marketing agency it uses. " + sentence,
        published="2025-06-20",
    )
    assert statuses(incident_of(record, "Corby Tiles")).get("internal_systems") == status


def test_stores_where_another_service_returns_do_not_return_themselves(extract) -> None:
    record = extract(
        "Tarrow Foods tills back\n\nTarrow Foods said a cyber attack took its card readers "
        "offline on Monday. Tills in all 40 of its stores were taking cards again by Wednesday.",
        published="2025-06-20",
    )
    found = statuses(incident_of(record, "Tarrow Foods"))
    assert found["card_payments"] == "restored"
    assert "stores" not in found


def test_a_supplier_attacked_by_phishing_is_no_disguise(extract) -> None:
    record = extract(
        "Wenlow Opticians data stolen\n\nWenlow Opticians said customer records were stolen "
        "on Monday after a phishing attack on a supplier that holds them.",
        published="2025-06-20",
    )
    assert "third_party" in incident_of(record, "Wenlow Opticians")["incident_types"]


def test_an_outage_denied_to_be_an_attack_still_leaves_the_systems_down(extract) -> None:
    record = extract(
        "Cobham Bank systems fail\n\nCobham Bank said its internal systems failed on Monday. "
        "The bank said the outage of its internal systems was not a cyber attack.",
        published="2025-06-20",
    )
    assert statuses(incident_of(record, "Cobham Bank"))["internal_systems"] == "disrupted"


@pytest.mark.parametrize(
    "sentence",
    [
        "Card payments were working again in 14 of its 22 shops on Friday.",
        "Email is back at three of the seven depots, the company said.",
        "Its tills are running again in 9 out of 10 branches.",
    ],
)
def test_a_return_to_some_of_a_counted_whole_is_partial(extract, sentence: str) -> None:
    record = extract(
        "Kelsall Home was hit by a cyber attack last week. " + sentence,
        published="2025-04-10",
    )
    assert "partially_restored" in statuses(record["incidents"][0]).values()


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        ("Its mobile app runs on another platform and has kept working all week.", "mobile_app"),
        ("The booking website is still up, a spokesman said.", "website"),
        ("Weekly grocery deliveries are going ahead as planned.", "home_delivery"),
        ("Shoppers can order online in the meantime.", "online_orders"),
        ("Every restaurant in the group is open and serving.", "stores"),
        ("Its two dozen bookshops are trading as normal.", "stores"),
    ],
)
def test_a_service_said_to_carry_on_is_unaffected(extract, sentence: str, service: str) -> None:
    record = extract(
        "Ashdown Home said a cyber attack had hit its warehouse systems. " + sentence,
        published="2025-04-10",
    )
    assert statuses(record["incidents"][0]).get(service) == "unaffected"


def test_going_ahead_with_a_shutdown_is_no_service_carrying_on(extract) -> None:
    record = extract(
        "Ashdown Home said a cyber attack had hit its warehouse systems. It went ahead with "
        "closing its stores for the day.",
        published="2025-04-10",
    )
    assert statuses(record["incidents"][0]).get("stores") != "unaffected"


@pytest.mark.parametrize(
    "text",
    [
        # an expert's comparison in the victim's story is no attack on it
        "Tills at Brantwood Foods failed on Monday after a faulty update. The chain said it was "
        'a technical fault, not a cyber attack. "One bad update can hurt a shop as much as a '
        'ransomware attack," said Dr Ruth Ellery, who studies retail IT.',
        # the present tense of ruling out
        "Card payments at Brantwood Foods failed on Monday. Its IT chief rules out a cyber-attack, "
        "blaming a faulty update.",
        # a failure 'not associated with any unauthorised access'
        "The hardware fault behind Monday's till outage at Brantwood Foods was not associated "
        "with unauthorised access of any kind, the grocer said.",
    ],
)
def test_a_victims_own_denial_makes_its_failure_technical(extract, text: str) -> None:
    record = extract(text, published="2025-06-20")
    assert record["incidents"][0]["incident_types"] == ["technical_outage"]


def test_a_denial_leaves_another_victims_attack_standing(extract) -> None:
    record = extract(
        "Brantwood Foods said the failure of its tills on Monday was a technical fault, not a "
        "cyber attack.\n\nRival grocer Ellisons was hit by a ransomware attack in March that "
        "shut its tills for two days.",
        published="2025-06-20",
    )
    kinds = {i["organization"]["name"]: i["incident_types"] for i in record["incidents"]}
    assert kinds["Brantwood Foods"] == ["technical_outage"]
    assert "ransomware" in kinds.get("Ellisons", [])


def test_a_denial_later_taken_back_leaves_the_attack(extract) -> None:
    record = extract(
        "Orrell Health said on Monday that the failure of its booking system was a fault, not "
        "a cyber attack. On Friday it confirmed that ransomware had encrypted the system's "
        "servers.",
        published="2025-06-20",
    )
    assert record["incidents"][0]["incident_types"] == ["cyber_attack", "ransomware"]


def test_people_asked_to_come_back_are_no_return(extract) -> None:
    record = extract(
        "Tarrant Chemists said an IT outage had stopped its pharmacies printing prescriptions. "
        "Staff have been telling customers to come back later for their prescriptions.",
        published="2025-06-20",
    )
    assert statuses(record["incidents"][0]).get("pharmacy") in {"disrupted", "suspended"}


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Deliveries to its stores should be moving again by Friday.", "restoration_expected"),
        ("Orders from its warehouse were flowing again on Thursday.", "restored"),
    ],
)
def test_goods_moving_or_flowing_again_have_returned(extract, sentence: str, status: str) -> None:
    record = extract(
        "Tarrant Foods said a cyber attack had halted deliveries to its stores. " + sentence,
        published="2025-06-20",
    )
    assert status in statuses(record["incidents"][0]).values()


def test_bringing_a_service_back_at_a_time_is_a_promise_and_without_one_is_none(extract) -> None:
    lead = "Tarn Foods said a cyber attack forced it to take its online shop offline. "
    promised = extract(
        lead + "It expects to bring the online shop back in the coming weeks.",
        published="2025-06-16",
    )
    assert promised["incidents"][0]["restoration_claims"][0]["status"] == "restoration_expected"
    conditional = extract(
        lead + "It will not bring the online shop back until it is sure the shop is safe.",
        published="2025-06-16",
    )
    assert conditional["incidents"][0]["restoration_claims"] == []


def test_several_services_brought_back_at_a_time_are_each_promised(extract) -> None:
    record = extract(
        "Tarn Foods said a cyber attack forced it to take its website, app and online shop "
        "offline. It expects to bring the website, the app and the online shop back by Friday.",
        published="2025-06-16",
    )
    claims = record["incidents"][0]["restoration_claims"]
    assert sorted((c["service"], c["status"]) for c in claims) == [
        ("mobile_app", "restoration_expected"),
        ("online_orders", "restoration_expected"),
        ("website", "restoration_expected"),
    ]


def test_several_services_an_organisation_hopes_to_have_back_next_week_are_promised(
    extract,
) -> None:
    record = extract(
        "Outdoor retailer hit\n\nFell & Crag said a cyber attack forced it to take its website "
        "and click and collect offline on Monday. It hopes to have its website and click and "
        "collect back next week.",
        published="2025-06-16",
    )
    claims = record["incidents"][0]["restoration_claims"]
    assert sorted((c["service"], c["status"]) for c in claims) == [
        ("click_and_collect", "restoration_expected"),
        ("website", "restoration_expected"),
    ]


def test_a_service_that_should_be_available_by_a_time_is_expected_back(extract) -> None:
    record = extract(
        "Tarn Foods said an IT outage had stopped card payments in its shops. Card payments "
        "should be available in every shop within the hour, a spokeswoman said.",
        published="2025-06-16",
    )
    claims = record["incidents"][0]["restoration_claims"]
    assert [(c["service"], c["status"]) for c in claims] == [
        ("card_payments", "restoration_expected")
    ]


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        ("Holloway Books plans to turn its ordering app back on within a week.", "mobile_app"),
        ("The loyalty app will come back in the winter, the bookseller said.", "mobile_app"),
        ("Engineers expect card payments in every shop to be working by noon.", "card_payments"),
        ("Customers should be able to use the app again next week.", "mobile_app"),
        ("Its bank expects every card terminal to be back online by Monday.", "card_payments"),
    ],
)
def test_returns_promised_in_other_forms_are_expected(extract, sentence: str, service: str) -> None:
    record = extract(
        "Holloway Books said a cyber attack on Saturday had taken its app offline and stopped "
        "card payments in its shops. " + sentence,
        published="2025-06-18",
    )
    claims = record["incidents"][0]["restoration_claims"]
    assert (service, "restoration_expected") in [(c["service"], c["status"]) for c in claims]


def test_a_switch_never_turned_back_on_is_no_return(extract) -> None:
    record = extract(
        "Holloway Books said a cyber attack on Saturday had taken its app offline. The old "
        "loyalty app has been switched off for good and will not be turned back on.",
        published="2025-06-18",
    )
    assert record["incidents"][0]["restoration_claims"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The bookseller said card numbers typed at its online checkout were copied for weeks, "
        "and that the malicious code has since been removed.",
        "Its security team said the virus had since been neutralised.",
        "The bookseller has secured its systems, a spokesman said.",
    ],
)
def test_the_problem_gone_is_a_general_claim(extract, sentence: str) -> None:
    record = extract(
        "Holloway Books said criminals had planted malware on the checkout of its online "
        "shop and taken card details. " + sentence,
        published="2025-06-18",
    )
    claims = record["incidents"][0]["restoration_claims"]
    assert (None, "restored") in [(c["service"], c["status"]) for c in claims]


def test_funding_secured_is_no_claim(extract) -> None:
    record = extract(
        "Holloway Books said criminals had planted malware on the checkout of its online "
        "shop. Separately, the retailer said it had secured funding to open ten shops.",
        published="2025-06-18",
    )
    assert record["incidents"][0]["restoration_claims"] == []


def test_systems_secured_while_a_service_was_off_is_no_claim(extract) -> None:
    record = extract(
        "Holloway Books said hackers had reached its customer database. The bookseller paused "
        "its members' pages while staff secured its network, the notice said.",
        published="2025-06-18",
    )
    assert (None, "restored") not in [
        (c["service"], c["status"]) for c in record["incidents"][0]["restoration_claims"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a resemblance an outsider sees is a guess at the kind
        "Pellow Grocers outage\n\nPellow Grocers said an IT security incident had knocked "
        "out its tills on Friday. An outside adviser said the damage looked just like a "
        "ransomware attack.",
        # encryption that a settlement requires is a safeguard, not the attack
        "Pellow Grocers settles over card breach\n\nPellow Grocers has agreed to pay $4m "
        "over a 2019 breach in which hackers stole card numbers. The deal obliges it to adopt "
        "encryption for every stored card number.",
    ],
)
def test_a_resemblance_or_a_required_safeguard_is_no_ransomware(extract, text: str) -> None:
    record = extract(text, published="2025-06-20")
    assert "ransomware" not in record["incidents"][0]["incident_types"]


def test_files_encrypted_by_the_attackers_are_still_ransomware(extract) -> None:
    record = extract(
        "Pellow Grocers attack\n\nPellow Grocers said attackers had encrypted its servers "
        "and demanded a payment to unlock them. It now uses stronger encryption for backups.",
        published="2025-06-20",
    )
    assert "ransomware" in record["incidents"][0]["incident_types"]


def test_a_question_tells_no_state_and_its_answer_does(extract) -> None:
    record = extract(
        "Kelso Council cyber attack: your questions answered\n\nKelso Council said a cyber "
        "attack on Friday had taken its website and online payments offline.\n\nWhen will "
        "online payments be fixed?\n\nThe council expects online payments to be available "
        "again next week.",
        published="2025-06-18",
    )
    claims = record["incidents"][0]["restoration_claims"]
    assert [(c["service"], c["status"]) for c in claims] == [
        ("online_orders", "restoration_expected")
    ]
    asked = extract(
        "Kelso Council cyber attack\n\nKelso Council said a cyber attack on Friday had taken "
        "its website offline.\n\nIs the payments page back yet?",
        published="2025-06-18",
    )
    assert asked["incidents"][0]["restoration_claims"] == []


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Complaints will keep arriving for weeks after the app is fixed.", None),
        ("Refunds will be paid when the app is back.", None),
        ("Card payments were taken again after the fault was fixed.", "restored"),
    ],
)
def test_a_return_in_the_present_after_after_or_when_is_to_come(
    extract, sentence: str, status: str | None
) -> None:
    record = extract(
        "Kelso Books said an IT failure on Friday had taken its app offline and stopped card "
        "payments. " + sentence,
        published="2025-06-18",
    )
    claims = [c["status"] for c in record["incidents"][0]["restoration_claims"]]
    assert claims == ([status] if status else [])


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        ("Tills now take cards again everywhere except two branches in Leeds.", "card_payments"),
        ("The app is now largely working again.", "mobile_app"),
        ("The online shop is mostly back.", "online_orders"),
        ("The company said its online shop was coming back online.", "online_orders"),
        ("The app is being restored one region at a time.", "mobile_app"),
    ],
)
def test_a_return_with_exceptions_most_of_it_or_under_way_is_partial(
    extract, sentence: str, service: str
) -> None:
    record = extract(
        "Kelso Books said a cyber attack on Friday had taken its app and online shop offline "
        "and stopped card payments. " + sentence,
        published="2025-06-18",
    )
    assert statuses(record["incidents"][0])[service] == "partially_restored"


def test_the_service_an_exception_leaves_out_has_not_returned(extract) -> None:
    record = extract(
        "Kelso Books said a cyber attack on Friday had taken its app offline. Everything is "
        "back except the app.",
        published="2025-06-18",
    )
    assert statuses(record["incidents"][0])["mobile_app"] in {"disrupted", "suspended"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents cannot use online payments for council tax until the portal returns.",
        "Online bill payment has been switched off while the attack is investigated.",
    ],
)
def test_paying_online_is_an_online_order(extract, sentence: str) -> None:
    record = extract(
        "Kelso Council said a cyber attack on Friday had taken its systems offline. " + sentence,
        published="2025-06-18",
    )
    assert "online_orders" in statuses(record["incidents"][0])


@pytest.mark.parametrize(
    "sentence",
    [
        "The council warned that the planning system will take weeks to restore.",
        "Each terminal needs to be fixed by an engineer on site, the firm said.",
    ],
)
def test_a_need_or_a_time_still_to_pass_is_no_return(extract, sentence: str) -> None:
    record = extract(
        "Kelso Books said an IT failure on Friday had stopped card payments in its shops. "
        + sentence,
        published="2025-06-18",
    )
    assert record["incidents"][0]["restoration_claims"] == []


def test_not_aware_of_any_evidence_denies_the_whole_that_clause(extract) -> None:
    record = extract(
        "Kelso Foods said ransomware had shut its systems on Sunday. The firm said it was not "
        "aware of any evidence that the payroll data of its employees had been copied.",
        published="2025-06-18",
    )
    assert statuses(record["incidents"][0])["employee_data"] == "unaffected"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelso Foods said ransomware had shut down its systems on Sunday.",
        "Kelso Foods said hackers had accessed and removed files from its servers on Sunday.",
    ],
)
def test_an_attack_that_did_the_shutting_or_removing_is_not_contained(
    extract, sentence: str
) -> None:
    record = extract(sentence, published="2025-06-18")
    assert len(record["incidents"]) == 1
    assert record["incidents"][0]["restoration_claims"] == []


def test_an_it_fault_is_an_incident(extract) -> None:
    record = extract(
        "Kelso Books said an IT fault on Monday stopped card payments in its shops.",
        published="2025-06-18",
    )
    assert record["incidents"][0]["incident_types"] == ["technical_outage"]


def test_a_notice_on_the_website_uses_it_as_a_medium(extract) -> None:
    record = extract(
        "Tarn Foods said a systems outage on Friday had taken its app and website offline. "
        "An update posted on Tarn Foods' website on Saturday said every branch was working "
        "as normal.",
        published="2025-06-18",
    )
    assert statuses(record["incidents"][0])["website"] in {"disrupted", "suspended"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Shoppers could still pay by card at most tills, the grocer said.",
        "Card readers in the shops kept taking payments throughout the outage.",
    ],
)
def test_a_service_kept_up_all_along_is_no_return(extract, sentence: str) -> None:
    record = extract(
        "Tarn Foods said a systems outage on Friday had taken its app and website offline. "
        "Card payments failed at some tills. " + sentence,
        published="2025-06-18",
    )
    claims = [c["service"] for c in record["incidents"][0]["restoration_claims"]]
    assert "card_payments" not in claims
    assert statuses(record["incidents"][0])["card_payments"] != "restored"


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        # a fix in a phrase before the return, not a clause it waits for
        ("After a patch on Monday, the app works again.", "mobile_app", "restored"),
        # an exception word in a clause with no return leaves nothing out
        ("Apart from the website, the app was also taken offline.", "mobile_app", "suspended"),
        # 'as usual' with a time of its own tells a return
        ("By Tuesday card payments were working as usual.", "card_payments", "restored"),
    ],
)
def test_words_of_exception_and_time_read_only_where_they_govern_a_return(
    extract, sentence: str, service: str, status: str
) -> None:
    record = extract(
        "Tarn Foods said a cyber attack on Friday had taken its website offline and stopped "
        "card payments in its shops. " + sentence,
        published="2025-06-18",
    )
    assert statuses(record["incidents"][0])[service] == status


def test_the_answer_to_a_question_speaks_of_the_service_it_asked_about(extract) -> None:
    record = extract(
        "Kelso Council cyber attack: what residents need to know\n\nKelso Council said a "
        "cyber attack on Friday had taken its website and its app offline.\n\nWhen will the "
        "app be back?\n\nIt should return by the end of next week, the council said.",
        published="2025-06-18",
    )
    claims = record["incidents"][0]["restoration_claims"]
    assert [(c["service"], c["status"]) for c in claims] == [("mobile_app", "restoration_expected")]


def test_a_theft_dated_years_before_a_denial_is_an_earlier_incident_recalled(extract) -> None:
    record = extract(
        "Tarn Foods said a technical fault had taken its online shop offline on Monday. No "
        "customer data was compromised, it said. The outage revived memories of its 2013 data "
        "breach, when hackers stole the card details of 40 million customers.",
        published="2025-03-14",
    )
    incident = incident_of(record, "Tarn Foods")
    assert incident["data_compromised"] is False
    assert statuses(incident)["customer_data"] == "unaffected"


@pytest.mark.parametrize(
    "recap",
    [
        "In 2021 Sallowby Home disclosed that hackers had stolen the email addresses of "
        "40,000 online shoppers from its old website.",
        "It is not the first time: in 2019, Sallowby Home said hackers had stolen the card "
        "details of 60,000 customers.",
        "Back in 2018, Sallowby Home was fined after hackers stole the card details of "
        "60,000 customers.",
    ],
)
def test_a_theft_in_a_sentence_that_opens_on_an_earlier_year_is_an_earlier_incident(
    extract, recap: str
) -> None:
    # a year that opens its sentence dates all it tells, as "its 2013 breach" names one
    record = extract(
        "Sallowby Home said on Tuesday that hackers had stolen the bank details of 3,000 of "
        "its employees. The retailer said no customer data had been affected. " + recap,
        published="2025-06-03",
    )
    incident = incident_of(record, "Sallowby Home")
    assert statuses(incident)["customer_data"] == "unaffected"
    assert statuses(incident)["employee_data"] == "compromised"


def test_data_the_thieves_made_off_with_is_compromised(extract) -> None:
    record = extract(
        "Sallowby Home said on Tuesday that hackers had made off with the names and home "
        "addresses of 4,000 of its customers.",
        published="2025-06-03",
    )
    assert statuses(incident_of(record, "Sallowby Home"))["customer_data"] == "compromised"


def test_a_theft_dated_to_this_year_after_a_denial_is_still_told(extract) -> None:
    # "In March" is no earlier incident: the denial and the theft are the same news
    record = extract(
        "Sallowby Home said on Tuesday that its website had been hacked. The retailer said "
        "no payment details had been affected. In March, hackers stole the email addresses "
        "of 40,000 customers, it said.",
        published="2025-06-03",
    )
    assert statuses(incident_of(record, "Sallowby Home"))["customer_data"] == "compromised"


def test_an_old_theft_with_no_denial_is_the_news(extract) -> None:
    # a settlement over a breach years ago reports that breach
    record = extract(
        "Tarn Foods has agreed to pay $4 million to settle claims over a 2019 data breach in "
        "which hackers stole the card details of 2 million customers.",
        published="2025-03-14",
    )
    assert incident_of(record, "Tarn Foods")["data_compromised"] is True


def test_no_reason_to_believe_a_service_is_down_for_long_is_a_hope_not_a_state(extract) -> None:
    record = extract(
        LEAD + "Its website crashed on Monday. The grocer said it had no reason to believe the "
        "website would be down for long."
    )
    assert statuses(record["incidents"][0])["website"] == "disrupted"


def test_a_theft_told_with_an_onset_years_ago_is_still_this_incidents(extract) -> None:
    record = extract(
        "Tarn Foods was hit by a cyber attack. No card details were compromised, it said. But "
        "hackers stole customers' names and emails in the intrusion, which began in late "
        "December 2023 and was found on Monday.",
        published="2025-03-14",
    )
    assert incident_of(record, "Tarn Foods")["data_compromised"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Pellow Garden Centres disclosed a breach of payment card data in 2022.",
        "Pellow Garden Centres suffered a customer data breach in 2022.",
        "In 2022 Pellow Garden Centres disclosed a loyalty card data breach.",
    ],
)
def test_a_breach_named_by_the_data_it_took_compromises_that_data(extract, sentence: str) -> None:
    record = extract(LEAD + "It is not the first retailer to be targeted. " + sentence)
    incident = incident_of(record, "Pellow Garden Centres")
    assert incident["data_compromised"] is True
    assert statuses(incident)["customer_data"] == "compromised"


@pytest.mark.parametrize(
    "sentence",
    [
        # a breach of unstated data, or a breach that is no theft, leaves the data unknown
        "Pellow Garden Centres suffered a data breach in 2022.",
        "Pellow Garden Centres was hit by a cyber attack in 2022 and sued a supplier for "
        "breach of contract.",
    ],
)
def test_a_breach_that_names_no_personal_data_decides_nothing(extract, sentence: str) -> None:
    record = extract(LEAD + "It is not the first retailer to be targeted. " + sentence)
    assert incident_of(record, "Pellow Garden Centres")["data_compromised"] is None


def test_a_denied_breach_of_named_data_denies_the_theft(extract) -> None:
    record = extract(
        LEAD + "It is not the first retailer to be targeted. Pellow Garden Centres was hit by "
        "a cyber attack in 2022 but said there had been no breach of customer data."
    )
    assert incident_of(record, "Pellow Garden Centres")["data_compromised"] is False


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        (
            "Pharmacies that shut on Tuesday will reopen next week.",
            "pharmacy",
            ("restoration_expected"),
        ),
        ("The website that crashed on Monday is working again.", "website", "restored"),
        (
            "Deliveries that had been paused since the attack resumed on Wednesday.",
            "home_delivery",
            "restored",
        ),
        # "some of" makes the return partial
        ("Some of the shops that closed reopened on Monday.", "stores", "partially_restored"),
        ("The app that returned on Monday has crashed again.", "mobile_app", "disrupted"),
        # no return leaves the service as the relative clause told it
        (
            "Click and collect orders that were suspended on Saturday have not resumed.",
            "click_and_collect",
            "suspended",
        ),
    ],
)
def test_a_relative_clause_without_commas_tells_which_not_where_it_stands_now(
    extract, sentence: str, service: str, status: str
) -> None:
    # "that shut on Tuesday" picks out the pharmacies meant; the verb after it says how they are
    record = extract(LEAD + sentence, published="2025-06-12")
    assert statuses(record["incidents"][0]).get(service) == status


def test_a_relative_clause_after_a_service_that_is_no_subject_gives_it_no_new_verb(
    extract,
) -> None:
    record = extract(
        LEAD + "Customers of the website that went down on Monday said the app is back.",
        published="2025-06-12",
    )
    assert statuses(record["incidents"][0]).get("website") != "restored"


@pytest.mark.parametrize(
    ("sentence", "status", "channel"),
    [
        (
            "Orders placed through the Rowan Provisions app were not affected.",
            "unaffected",
            "mobile_app",
        ),
        (
            "Ordering on its website, which runs on a separate platform, was not affected.",
            "unaffected",
            "website",
        ),
        (
            "Orders for birthday hampers through its website have been delayed.",
            "disrupted",
            "website",
        ),
        ("Bookings can still be made online as usual.", "unaffected", None),
        ("Shoppers could not buy groceries online on Tuesday.", "disrupted", None),
        ("Residents were unable to pay their parking fines online.", "disrupted", None),
        ("Its app was accepting orders as normal on Friday.", "unaffected", "mobile_app"),
        ("Orders made online or through its app were not affected.", "unaffected", "mobile_app"),
        # the verb group between the orders and the channel keeps its cues
        ("Orders could not be placed online on Tuesday.", "disrupted", None),
        ("Orders can still be placed through its app as normal.", "unaffected", "mobile_app"),
        ("Tickets can still be ordered through its app as normal.", "unaffected", "mobile_app"),
        ("Orders were still placed through its app as normal.", "unaffected", "mobile_app"),
        (
            "Orders placed through the rowanprovisions.com website were not affected.",
            "unaffected",
            "website",
        ),
    ],
)
def test_buying_through_a_channel_is_online_ordering_not_the_channel(
    extract, sentence: str, status: str, channel: str | None
) -> None:
    """An order, booking or payment made online or through the website or app, and a
    website or app taking orders, tell of online ordering; the site or app is only the
    way in, no service of its own."""
    found = statuses(extract(LEAD + sentence)["incidents"][0])
    assert found.get("online_orders") == status
    if channel is not None:
        assert channel not in found


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        ("It put the app back online on Tuesday.", "mobile_app"),
        ("Stolen card details can be bought online for a few pounds.", "customer_data"),
    ],
)
def test_online_without_a_purchase_by_the_customers_is_no_online_ordering(
    extract, sentence: str, service: str
) -> None:
    found = statuses(extract(LEAD + sentence)["incidents"][0])
    assert service in found
    assert "online_orders" not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Customers can now use the app again.",
        "Shoppers could finally use the app again on Friday.",
    ],
)
def test_customers_who_can_use_a_service_again_after_an_adverb_tell_a_return(
    extract, sentence: str
) -> None:
    assert statuses(extract(LEAD + sentence)["incidents"][0]) == {"mobile_app": "restored"}


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        ("Its stores are open again.", "stores", "restored"),
        ("Customers can shop online as normal again.", "online_orders", "restored"),
        ("Deliveries are running as usual once more.", "home_delivery", "restored"),
        ("Its branches were open for business again on Saturday.", "stores", "restored"),
        # trouble denied again is not a return, nor an "again" of another clause
        ("Its stores were not affected again.", "stores", "unaffected"),
        ("Its shops were open and accepting cards again.", "stores", "unaffected"),
        (
            "Its stores are open, and the company fears the attackers could strike again.",
            "stores",
            "unaffected",
        ),
    ],
)
def test_a_working_state_told_again_is_a_return(
    extract, sentence: str, service: str, status: str
) -> None:
    assert statuses(extract(LEAD + sentence)["incidents"][0]).get(service) == status


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        (
            "Its booking website, which was taken offline when the breach was found, "
            "reopened on Tuesday.",
            "website",
            "restored",
        ),
        (
            "The customer helpline, which was shut while the attack was investigated, "
            "reopened on Monday.",
            "customer_service",
            "restored",
        ),
        # the other way round: the return is the recap, the trouble the state now
        (
            "Its booking website, which reopened when the fix was applied, crashed again "
            "on Friday.",
            "website",
            "disrupted",
        ),
    ],
)
def test_the_predicate_after_an_aside_holding_a_time_clause_is_the_services(
    extract, sentence: str, service: str, status: str
) -> None:
    # a time clause inside ", which ... when ..., " must not carry the predicate after the
    # aside off with it: "reopened" is the service's own verb, the tagger's participle or not
    assert statuses(extract(LEAD + sentence)["incidents"][0]).get(service) == status


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        ("Loyalty points can again be earned in every store.", "loyalty_program", "restored"),
        ("Gift vouchers can again be redeemed in all branches.", "gift_cards", "restored"),
        ("By Friday shoppers could again pay by card at the tills.", "card_payments", "restored"),
        # trouble that may come again is no return
        (
            "Card payments could again be disrupted if the attackers return.",
            "card_payments",
            None,
        ),
    ],
)
def test_a_modal_with_again_before_using_a_service_tells_a_return(
    extract, sentence: str, service: str, status: str | None
) -> None:
    assert statuses(extract(LEAD + sentence)["incidents"][0]).get(service) == status


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        ("About two-thirds of its stores were trading again by Friday.", "stores", None),
        ("Around 70% of its IT systems are back online.", "internal_systems", None),
        ("Three quarters of its tills were working again on Friday.", "card_payments", None),
        ("A third of its branches have reopened.", "stores", None),
        ("Some 80 per cent of its pharmacies are dispensing again.", "pharmacy", None),
        # the whole is no part, nor is a part of a time
        ("By Friday 100% of its stores had reopened.", "stores", "restored"),
        ("One hundred per cent of its stores had reopened by Friday.", "stores", "restored"),
        ("Its website was back within a quarter of an hour.", "website", "restored"),
    ],
)
def test_a_return_to_a_fraction_of_a_whole_is_partial(
    extract, sentence: str, service: str, status: str | None
) -> None:
    record = extract(
        "Kelsall Home was hit by a cyber attack last week. " + sentence,
        published="2025-04-10",
    )
    assert statuses(record["incidents"][0]).get(service) == (status or "partially_restored")


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        ("The stores it closed on Monday have reopened.", "stores", "restored"),
        ("The online shop it took offline on Saturday is back.", "online_orders", "restored"),
        (
            "Most of the systems they shut down have now been restored.",
            "internal_systems",
            "partially_restored",
        ),
        # the other way round: the recap is the return, the state now the trouble
        ("The website it restored on Friday crashed again on Sunday.", "website", "disrupted"),
        # a pronoun that opens a clause of its own after the service's predicate
        ("Its stores stayed shut while it investigated the attack.", "stores", "suspended"),
        # reported after a speech verb, with or without its relative word
        (
            "A spokesman said the booking website they took down on Friday is back.",
            "website",
            "restored",
        ),
        (
            "The grocer confirmed that the stores that closed on Monday have reopened.",
            "stores",
            "restored",
        ),
    ],
)
def test_a_relative_clause_without_its_relative_word_recaps_the_service(
    extract, sentence: str, service: str, status: str
) -> None:
    # "the stores it closed on Monday have reopened": the clause with its own subject says
    # which stores are meant; the verb after it says where they stand now
    assert statuses(extract(LEAD + sentence)["incidents"][0]).get(service) == status


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        (
            "Home deliveries were arriving days late, the company said.",
            "home_delivery",
            "disrupted",
        ),
        (
            "Deliveries to its stores have been held up since the attack.",
            "stock_and_supply",
            "disrupted",
        ),
        # a time is no lateness
        ("Its home deliveries resumed late on Friday.", "home_delivery", "restored"),
    ],
)
def test_lateness_is_disruption(extract, sentence: str, service: str, status: str) -> None:
    assert statuses(extract(LEAD + sentence)["incidents"][0]).get(service) == status


@pytest.mark.parametrize(
    ("sentence", "service", "status"),
    [
        (
            "Staff email has been restored, although some back-office systems will take longer.",
            "internal_systems",
            "partially_restored",
        ),
        (
            "Its tills are working again, but card payments at a few stores will take more time.",
            "card_payments",
            "partially_restored",
        ),
        # a time still to pass for something else is no part of the service
        (
            "Its website is back, although the investigation will take longer.",
            "website",
            "restored",
        ),
        ("Its website is back, although the app will take longer.", "website", "restored"),
    ],
)
def test_a_contrast_that_part_of_the_service_will_take_longer_limits_its_return(
    extract, sentence: str, service: str, status: str
) -> None:
    assert statuses(extract(LEAD + sentence)["incidents"][0]).get(service) == status


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Hackers accessed about 12,000 customer accounts on its website.", "compromised"),
        (
            "Shoppers' online accounts were breached and their saved addresses exposed.",
            "compromised",
        ),
        # the attackers' way in to accounts: logging in, taking them over
        (
            "Criminals logged in to about 30,000 customer accounts on its website.",
            "compromised",
        ),
        (
            "Fraudsters had taken over hundreds of member accounts and spent their points.",
            "compromised",
        ),
        ("Attackers hijacked around 900 loyalty accounts.", "compromised"),
        ("Hackers took over 12,000 customer accounts.", "compromised"),
        ("Fraudsters seized control of hundreds of its rewards accounts.", "compromised"),
        ("The attackers signed in to about 3,000 shoppers' online accounts.", "compromised"),
        ("Member accounts on its booking website were broken into.", "compromised"),
        # accounts are a service too: their use stopping is no theft
        ("Customers could not log in to their online accounts for most of the day.", "disrupted"),
        ("The retailer suspended its loyalty scheme while it investigated.", "suspended"),
        ("Its loyalty scheme was not affected.", "unaffected"),
        # an inability to reach the accounts is their failure, no theft
        ("Customers were unable to access their online accounts.", "disrupted"),
        # customers logging in are no intruders
        ("Customers who logged in to their online accounts saw an error message.", "disrupted"),
    ],
)
def test_accounts_hold_data_that_intruders_reach(extract, sentence: str, status: str) -> None:
    """Customer accounts and a loyalty scheme hold their members' data: an intruder's access
    compromises them, as it does the data, while a failure to use them is a disruption."""
    record = extract(
        "Harwick Outdoor hit by cyber attack\n\n"
        "Harwick Outdoor said it had been hit by a cyber attack on Monday. " + sentence,
        published="2025-06-12",
    )
    assert statuses(incident_of(record, "Harwick Outdoor")).get("loyalty_program") == status


@pytest.mark.parametrize(
    "sentence",
    [
        "A hacker stole data on about 40,000 customer accounts.",
        "The names of about 40,000 customer accounts were stolen.",
    ],
)
def test_accounts_that_only_say_whose_data_was_taken_are_not_reached(
    extract, sentence: str
) -> None:
    """'data on 40,000 customer accounts' counts the people whose data was taken: the data is
    compromised, the accounts were not reached. (Data of a scheme's members is the scheme's
    too, as the gold reads it: tests/test_members_data.py.)"""
    record = extract(
        "Harwick Outdoor hit by cyber attack\n\n"
        "Harwick Outdoor said it had been hit by a cyber attack on Monday. " + sentence,
        published="2025-06-12",
    )
    found = statuses(incident_of(record, "Harwick Outdoor"))
    assert found.get("customer_data") == "compromised"
    assert found.get("loyalty_program") != "compromised"


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        ("Hackers tried to steal customer data but were blocked.", "customer_data"),
        ("The attackers made an attempt to break into customer accounts.", "loyalty_program"),
        ("Criminals are attempting to access member accounts.", "loyalty_program"),
        ("Hackers failed to break into customer accounts.", "loyalty_program"),
    ],
)
def test_an_attempt_to_take_data_compromises_nothing(extract, sentence: str, service: str) -> None:
    record = extract(
        "Harwick Outdoor hit by cyber attack\n\n"
        "Harwick Outdoor said it had been hit by a cyber attack on Monday. " + sentence,
        published="2025-06-12",
    )
    assert statuses(incident_of(record, "Harwick Outdoor")).get(service) != "compromised"


def test_an_effort_of_another_verb_leaves_the_theft_it_names(extract) -> None:
    record = extract(
        "Harwick Outdoor hit by cyber attack\n\n"
        "Harwick Outdoor said it had been hit by a cyber attack on Monday. "
        "It is working to notify customers whose data was stolen.",
        published="2025-06-12",
    )
    assert statuses(incident_of(record, "Harwick Outdoor")).get("customer_data") == "compromised"


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        # a speaker after the verb only where the verb follows the quote it attributes
        ('"Online orders are back," said Maria Lund, a spokeswoman.', "Maria Lund"),
        # the object of a verb of reporting is what was reported, not who speaks
        (
            "The grocer said online orders were back and reported the incident to the regulator.",
            "The grocer",
        ),
        ("It said online orders were back and reported the incident to the regulator.", None),
        # a time told before the speaker is no part of it
        ("Late on Tuesday the grocer said online orders were back.", "the grocer"),
        ("Early this morning a spokesman said online orders were back.", "a spokesman"),
    ],
)
def test_the_claimant_is_who_speaks_not_what_is_reported(
    extract, sentence: str, claimant: str | None
) -> None:
    record = extract(LEAD + sentence, published="2025-06-04")
    [claim] = [
        c for c in record["incidents"][0]["restoration_claims"] if c["service"] == "online_orders"
    ]
    assert claim["claimant"] == claimant


def test_a_speaker_set_off_by_an_apposition_is_the_claimant(extract) -> None:
    record = extract(
        LEAD + "Maria Lund, the grocer's head of online sales, said on Tuesday that online "
        "orders were back.",
        published="2025-06-04",
    )
    assert names(record) == ["Rowan Provisions"]
    [claim] = [
        c for c in record["incidents"][0]["restoration_claims"] if c["service"] == "online_orders"
    ]
    assert claim["claimant"] == "Maria Lund"


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm has since rebuilt its IT systems from backups.",
        "Its computer systems have since been rebuilt, the firm said.",
    ],
)
def test_systems_rebuilt_are_back(extract, sentence: str) -> None:
    record = extract(
        "Marlow Haulage said a ransomware attack in June encrypted its servers. " + sentence,
        published="2025-09-10",
    )
    assert statuses(incident_of(record, "Marlow Haulage"))["internal_systems"] == "restored"


@pytest.mark.parametrize(
    "sentence",
    [
        "Its depots are still waiting for their systems to be rebuilt.",
        "Online booking is switched off while its computer systems are rebuilt.",
    ],
)
def test_a_rebuilding_waited_for_or_under_way_is_no_full_return(extract, sentence: str) -> None:
    record = extract(
        "Marlow Haulage said a ransomware attack on Monday encrypted its servers. " + sentence,
        published="2025-09-10",
    )
    assert statuses(incident_of(record, "Marlow Haulage")).get("internal_systems") != "restored"


@pytest.mark.parametrize(
    "sentence",
    [
        # what would have happened did not: a counterfactual stops nothing
        '"Two-step logins on staff email accounts would almost certainly have stopped this," '
        "said an analyst.",
        # "close" as an adjective or adverb is nearness, no closure
        "Members should keep a close eye on their email inboxes, the company said.",
        # the side a contrast denies: the status word is the other side's
        '"This was a failure at our card processor, not a fault in our own systems," a '
        "spokeswoman said.",
    ],
)
def test_a_counterfactual_a_nearness_or_a_denied_contrast_tells_no_state(
    extract, sentence: str
) -> None:
    record = extract(LEAD + sentence)
    assert "internal_systems" not in statuses(record["incidents"][0])


def test_a_service_closed_is_still_closed(extract) -> None:
    # a guard: "close" as a verb is a closure
    record = extract(LEAD + "The grocer said it would close its website until the weekend.")
    assert statuses(record["incidents"][0])["website"] == "suspended"


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        # guards: what readers would have found is told; "not just" adds; "no" tells trouble
        ("Shoppers who visited on Monday would have found its tills closed.", "card_payments"),
        ("The attack had taken down its website, not just its app.", "mobile_app"),
        ("The attack disrupted its website and there was no online ordering.", "online_orders"),
        ("The attack had impacted its sales and its tills.", "card_payments"),
    ],
)
def test_a_state_beside_these_look_alikes_is_still_told(
    extract, sentence: str, service: str
) -> None:
    assert service in statuses(extract(LEAD + sentence)["incidents"][0])


@pytest.mark.parametrize(
    "sentence",
    [
        "Shoppers can find the full list of affected branches on the grocer's website.",
        "Details of the affected stores and dates are on its website.",
        "The tills were restarted by engineers on site.",
    ],
)
def test_a_website_where_readers_look_things_up_or_a_place_on_site_is_no_service(
    extract, sentence: str
) -> None:
    record = extract(LEAD + sentence)
    assert "website" not in statuses(record["incidents"][0])


def test_a_website_that_fails_its_users_is_still_told(extract) -> None:
    # a guard: what readers could not see on the website tells of the website
    record = extract(LEAD + "Customers could not see their orders on its website on Monday.")
    assert "online_orders" in statuses(record["incidents"][0])
    record = extract(LEAD + "Information on its website was unavailable for three days.")
    assert statuses(record["incidents"][0])["website"] == "disrupted"


@pytest.mark.parametrize(
    "sentence",
    [
        # the scam's vehicle, not the email service
        "Anyone affected should expect phishing emails that use their real names.",
        "Affected shoppers may receive fake texts claiming to be from the grocer.",
        # a kind of institution, no IT system
        "The same gang hit Harlan Unified School District, the largest school system in the "
        "state, last year.",
        # where the problem was removed from was not said to be down
        "The grocer said the malware had been removed from its systems.",
        # a return with no date given is an open question
        "The grocer did not give a date for restoring its computer systems.",
    ],
)
def test_a_scams_emails_an_institution_or_a_cleaned_system_is_no_state(
    extract, sentence: str
) -> None:
    incident = extract(LEAD + sentence)["incidents"][0]
    assert "internal_systems" not in statuses(incident)


def test_a_hospitals_electronic_records_are_its_record_system(extract) -> None:
    record = extract(
        "Harlan Memorial Hospital said a ransomware attack on Monday took down its electronic "
        "health records. The hospital expects to restore its electronic health records next week.",
        "2025-06-04",
    )
    assert statuses(record["incidents"][0])["internal_systems"] == "restoration_expected"


def test_a_system_named_in_the_troubles_cause_has_no_state_from_it(extract) -> None:
    # "the outage was caused by a botched upgrade to its warehouse system": the system is
    # where the cause lay; its date then sets no story time before the return
    record = extract(
        "Grocer's web shop fails\n\nShoppers at Pemberton Grocers could not order online on "
        "Saturday. The grocer said the outage was caused by a botched upgrade to its warehouse "
        "system late on Friday night. Online ordering was running again by lunchtime.",
        published="2025-09-09",
    )
    assert statuses(record["incidents"][0]) == {"online_orders": "restored"}


@pytest.mark.parametrize(
    "listed",
    [
        "Card payments were suspended following the attack, as was its website.",
        "Card payments were suspended because of the attack, and so was its website.",
    ],
)
def test_a_service_listed_after_the_cause_keeps_the_troubles_state(extract, listed: str) -> None:
    # guard: only a mention inside the cause's noun phrase is the cause's place
    record = extract(
        "Retailer hit by cyber attack\n\nHarlow Foods said a cyber attack hit its systems on "
        "Monday. " + listed,
        published="2025-09-09",
    )
    assert statuses(record["incidents"][0])["website"] == "suspended"


@pytest.mark.parametrize(
    ("told", "status"),
    [
        ("Its tills stopped taking card payments on Friday after a server fault.", "disrupted"),
        ("Card readers suddenly stopped accepting payments on Friday.", "disrupted"),
        # guard: the business itself stopping is a pause it chose
        ("It stopped taking card payments on Friday as a precaution.", "suspended"),
        # and so is a machine's stop that a pause word says was chosen
        ("Its tills stopped taking card payments on Friday as a precaution.", "suspended"),
    ],
)
def test_a_machine_that_stops_failed_where_a_business_that_stops_paused(
    extract, told: str, status: str
) -> None:
    record = extract(
        "Card payments fail at Ravelin Stores\n\nRavelin Stores said a fault had hit its shops. "
        + told,
        published="2025-06-18",
    )
    assert statuses(incident_of(record, "Ravelin Stores")).get("card_payments") == status


@pytest.mark.parametrize(
    ("told", "status"),
    [
        # "the affected systems" only says which ones: their state is what a verb tells
        ("Engineers were copying files off the impacted servers, it said.", None),
        ("Its gift card balances were never held on the affected servers, it said.", None),
        ("Its engineers shut down the affected servers on Saturday.", "suspended"),
        # guard: told as a predicate, the word of being hit is their state
        ("Its servers were affected, the company said.", "disrupted"),
    ],
)
def test_a_word_of_being_hit_before_a_service_only_says_which(
    extract, told: str, status: str | None
) -> None:
    record = extract(
        "Cyber attack at Harwick Outdoor\n\nHarwick Outdoor said it had been hit by a cyber "
        "attack on Friday. " + told,
        published="2025-06-18",
    )
    assert statuses(incident_of(record, "Harwick Outdoor")).get("internal_systems") == status


@pytest.mark.parametrize(
    "told",
    [
        "Its bookstores have stayed open throughout, the company said.",
        "Its 40 superstores were trading normally, the company said.",
    ],
)
def test_stores_named_by_their_trade_in_one_word_are_stores(extract, told: str) -> None:
    record = extract(
        "Hackers steal staff data at Pellworth Retail\n\nPellworth Retail said hackers had "
        "stolen staff payroll records last week. " + told,
        published="2025-06-18",
    )
    assert statuses(incident_of(record, "Pellworth Retail")).get("stores") == "unaffected"


def test_a_pause_with_a_return_sought_after_it_is_the_pause(extract) -> None:
    record = extract(
        "Hackers get into Ellerby Outdoor network\n\nEllerby Outdoor said hackers had got "
        "into its network. It shut down a number of systems to contain the attack.",
        published="2025-06-18",
    )
    assert statuses(incident_of(record, "Ellerby Outdoor")).get("internal_systems") == "suspended"


def test_a_return_sought_beside_a_state_of_another_service_is_no_return(extract) -> None:
    # guard: only a pause or a failure done to the service outweighs the return it seeks
    record = extract(
        "Card payments fail at Ellerby Outdoor\n\nEllerby Outdoor said a software fault had "
        'left its tills unable to take card payments on Friday. "Our stores remain open and we '
        'are working with our supplier to get every till back up and running," a spokesman '
        "said.",
        published="2025-06-18",
    )
    claims = incident_of(record, "Ellerby Outdoor")["restoration_claims"]
    assert ("card_payments", "restored") not in {(c["service"], c["status"]) for c in claims}

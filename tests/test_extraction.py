"""Extraction behaviour on short articles written for these tests (invented companies)."""

from __future__ import annotations

import pytest

from conftest import incident_of, names, start_values, statuses


def test_commentator_agency_and_photo_credit_are_not_victims(extract) -> None:
    record = extract(
        "Fernhill Foods hit by cyber attack\n\n"
        "Fernhill Foods said on Tuesday that a cyber attack had disrupted its online orders.\n\n"
        "Jane Holt, chief analyst at Quarry Street Partners, said the attack showed how exposed "
        "grocers had become.\n\n"
        "The company has informed the National Crime Agency and the NCSC.\n\n"
        "Image credit: Northlight Pictures / Alamy"
    )
    assert names(record) == ["Fernhill Foods"]
    assert statuses(record["incidents"][0]) == {"online_orders": "disrupted"}


def test_retailer_reference_belongs_to_the_organisation_just_named(extract) -> None:
    record = extract(
        "Ashcombe Stores suspends click and collect after hack\n\n"
        "Ashcombe Stores has suspended click and collect after a hack.\n\n"
        "Separately, Brindle & Co confirmed a cyber incident last month. The retailer said its "
        "gift cards could not be used."
    )
    assert names(record) == ["Ashcombe Stores", "Brindle & Co"]
    brindle = incident_of(record, "Brindle & Co")
    assert brindle["role"] == "related"
    assert statuses(brindle) == {"gift_cards": "disrupted"}
    assert "gift_cards" not in statuses(incident_of(record, "Ashcombe Stores"))


def test_parenthetical_alias_and_unknown_company(extract) -> None:
    record = extract(
        "Quayside Outfitters Group (QOG) said a ransomware attack had encrypted its servers. "
        "QOG said its stores remain open but online orders are suspended."
    )
    incident = record["incidents"][0]
    assert incident["organization"]["name"] == "Quayside Outfitters Group"
    assert "QOG" in incident["organization"]["aliases"]
    assert incident["organization"]["mentions"] >= 2
    assert "ransomware" in incident["incident_types"]
    assert statuses(incident)["stores"] == "unaffected"
    assert statuses(incident)["online_orders"] == "suspended"


def test_negative_article_naming_brands_has_no_incident(extract) -> None:
    record = extract(
        "Tesco and Asda cut prices as Lidl expands\n\n"
        "Tesco said sales rose 3% while Asda lost market share. Lidl plans 40 new stores and "
        "Aldi raised staff pay. Analysts at Peel Hunt expect more price cuts."
    )
    assert record["incidents"] == []


def test_negated_data_access_is_false_and_unknown_is_null(extract) -> None:
    safe = extract(
        "Pell Home said a cyber attack had taken its website offline. There is no evidence "
        "that customer data was accessed."
    )
    assert safe["incidents"][0]["data_compromised"] is False
    unknown = extract(
        "Pell Home said a cyber attack had taken its website offline. It is unknown whether "
        "any customer data was accessed."
    )
    assert unknown["incidents"][0]["data_compromised"] is None


def test_data_theft_stands_against_a_narrower_denial(extract) -> None:
    record = extract(
        "Orchard Lane, the fashion chain, said hackers stole customer names and email addresses. "
        "It said payment details were not affected."
    )
    incident = record["incidents"][0]
    assert incident["data_compromised"] is True
    assert statuses(incident)["customer_data"] == "compromised"
    assert "data_breach" in incident["incident_types"]


def test_partial_and_expected_restoration_claims(extract) -> None:
    record = extract(
        "Tollgate Markets said on Monday that after the cyber attack card payments have been "
        "restored in most stores. A spokesperson for the supermarket said online orders will "
        "resume next week. Reportedly, home deliveries are back.",
        published="2025-03-12",
    )
    incident = record["incidents"][0]
    claims = {(c["service"], c["status"]): c for c in incident["restoration_claims"]}
    card = claims[("card_payments", "partially_restored")]
    assert card["scope"] == "most stores" and card["hedged"] is False
    expected = claims[("online_orders", "restoration_expected")]
    assert expected["claimant"] == "A spokesperson for the supermarket"
    assert claims[("home_delivery", "restored")]["hedged"] is True


def test_location_is_not_the_stores_service(extract) -> None:
    record = extract(
        "Millbrook Pharmacy said after the cyber attack that contactless payments have been "
        "restored at some stores and that prescriptions are delayed across its branches."
    )
    incident = record["incidents"][0]
    assert "stores" not in statuses(incident)
    assert statuses(incident)["pharmacy"] == "disrupted"


def test_outside_attacker_is_not_a_third_party_incident(extract) -> None:
    record = extract(
        "Harbour Bakeries said a malicious third-party cyber attack had forced it to pause "
        "online orders."
    )
    assert record["incidents"][0]["incident_types"] == ["cyber_attack"]


def test_technical_outage_without_an_attack(extract) -> None:
    record = extract(
        "Kestrel Foods said a glitch in a software update, not a cyber attack, left its tills "
        "unable to take card payments on Friday.",
        published="2025-02-10",
    )
    incident = record["incidents"][0]
    assert incident["incident_types"] == ["technical_outage"]
    assert statuses(incident)["card_payments"] == "disrupted"
    assert start_values(incident) == ["2025-02-07"]


def test_page_furniture_after_the_story_is_ignored(extract) -> None:
    record = extract(
        "Wrenfield Garden Centres confirmed a cyber attack that halted its online orders.\n\n"
        "The company said it was working to restore the service.\n\n"
        "Related stories\n\n"
        "Pinecrest Markets hit by ransomware attack\n\n"
        "Larch & Birch suffers data breach"
    )
    assert names(record) == ["Wrenfield Garden Centres"]


def test_page_furniture_inside_the_story_does_not_end_it(extract) -> None:
    # a web page interleaves prompts with the story; the background after them is the
    # story's, the related headlines at the end are not
    record = extract(
        "Wrenfield Garden Centres confirmed a cyber attack that halted its online orders.\n\n"
        "The company said it was working to restore the service and had told the "
        "regulator.\n\n"
        "Advertisement\n\n"
        "Read more: Five ways to protect your business from ransomware\n\n"
        "The attack follows a ransomware attack on Corran Nurseries in March, which kept its "
        "tills offline for three days.\n\n"
        "Related stories\n\n"
        "Pinecrest Markets hit by ransomware attack\n"
        "The grocer said hackers had encrypted its servers and stolen staff data on Friday.\n\n"
        "Larch & Birch suffers data breach"
    )
    assert names(record) == ["Wrenfield Garden Centres", "Corran Nurseries"]


def test_date_belongs_to_the_related_incident(extract) -> None:
    record = extract(
        "Sandown Stores says systems back after attack\n\n"
        "Sandown Stores said its systems were back online on Monday after a cyber attack.\n\n"
        "The attack follows one at Coldharbour Retail, which began experiencing problems on "
        "3 March, when its online orders were halted.",
        published="2025-03-20",
    )
    related = incident_of(record, "Coldharbour Retail")
    assert [d["value"] for d in related["dates"]] == ["2025-03-03"]
    assert related["dates"][0]["role"] == "incident_start"
    primary = incident_of(record, "Sandown Stores")
    assert all(d["value"] != "2025-03-03" for d in primary["dates"])


def test_no_reference_date_keeps_relative_dates_null_with_a_warning(extract) -> None:
    record = extract("Birchwood Foods said on Monday that a cyber attack hit its stores last week.")
    dates = record["incidents"][0]["dates"]
    assert dates and all(d["value"] is None for d in dates)
    assert any("publication date" in w for w in record["warnings"])


def test_output_is_deterministic(extract) -> None:
    text = "Fernhill Foods said a cyber attack had disrupted its online orders and its app."
    assert extract(text) == extract(text)


def test_ambiguous_names_need_the_model_to_call_them_companies(extract) -> None:
    record = extract(
        "Next week, Target practice for the regional cyber drill begins. "
        "Pelham Stores said a cyber attack had disrupted its online orders."
    )
    assert [i["organization"]["name"] for i in record["incidents"]] == ["Pelham Stores"]


def test_a_name_a_company_descriptor_introduces_is_no_person(extract) -> None:
    # the small model reads a two-word company name as a person's; the descriptor says not
    record = extract(
        "Ransomware halts Danish dairy\n\n"
        "Danish dairy producer Kirsten Mejeri halted deliveries on Monday after a ransomware "
        "attack. Mejeri said its ordering system was down.",
        published="2024-02-14",
    )
    assert names(record)[:1] == ["Kirsten Mejeri"]


def test_a_name_in_capitals_at_a_paragraph_start_is_no_dateline(extract) -> None:
    record = extract(
        "Logistics firm hit\n\nKWR, the logistics firm, said on Monday that a cyber attack had "
        "taken its website offline.",
        published="2025-06-10",
    )
    assert names(record) == ["KWR"]


def test_a_dateline_with_its_agency_after_the_day_dates_the_report(extract) -> None:
    record = extract(
        "Fish farm hit\n\nOSLO, June 10 (Reuters) - Fish farmer Nordvik Sjomat was hit by a "
        "ransomware attack on Sunday that took its website offline.",
        published="2025-06-10",
    )
    assert names(record) == ["Nordvik Sjomat"]
    assert start_values(record["incidents"][0]) == ["2025-06-08"]


def test_a_wire_dateline_and_its_agency_are_no_victims(extract) -> None:
    # the victim is told only as "a producer": nothing named in the dateline takes its place
    for dateline in ("OSLO, March 19 -", "AARHUS (Reuters) -", "AARHUS (AP) —"):
        record = extract(
            "Plants switch to manual after cyber attack\n\n"
            f"{dateline} A Norwegian aluminium producer was forced to run its plants by hand on "
            "Tuesday after a ransomware attack hit its systems, the company said.",
            published="2024-03-20",
        )
        assert names(record) == [], dateline


def test_a_known_name_first_given_inside_a_longer_one_is_that_ones_short_form(extract) -> None:
    # "Matalan" is a known retailer; here it is the haulier's short name
    record = extract(
        "Matalan Haulage lorries idle after ransomware attack\n\n"
        "Matalan Haulage, a family-run freight firm in Lancashire, said a ransomware attack had "
        "hit it on Monday. Matalan said its website was still offline on Wednesday.",
        published="2025-05-07",
    )
    assert names(record) == ["Matalan Haulage"]
    assert statuses(record["incidents"][0]) == {"website": "disrupted"}


def test_the_short_form_stays_the_longer_names_however_the_model_tags_it(extract) -> None:
    # a short form the model calls a person or a place ("Shares in Matalan") is still the
    # foundry's, not the known retailer of that name
    record = extract(
        "Matalan Foundry halts casting lines after cyber incident\n\n"
        "BRADFORD, England, May 6 (Wire) - British engineering firm Matalan Foundry said on "
        "Tuesday it had shut down its network after spotting intruders in its systems on "
        "Sunday.\nProduction resumed on Wednesday at one of its three sites, the company said.\n"
        "Matalan, which makes valve bodies for the water industry, was hit by a ransomware "
        "attack in 2020 that shut its plants for a week.\nShares in Matalan fell 3% on Tuesday.",
        published="2025-05-06",
    )
    assert names(record) == ["Matalan Foundry"]


def test_the_name_that_opens_the_headline_and_the_lede_is_the_primary(extract) -> None:
    # the vendor is hit and named more often; the article is the grocer's
    record = extract(
        "Harwood Foods halts home delivery after breach at software vendor Stackline\n\n"
        "Harwood Foods has halted home delivery for its 40 stores after Stackline, the firm "
        "that runs its delivery app, was breached. Stackline said an intruder accessed part of "
        "its platform on Sunday.",
        published="2025-06-10",
    )
    assert names(record)[0] == "Harwood Foods"


def test_an_attacker_named_in_a_victims_report_does_not_take_the_report(extract) -> None:
    record = extract(
        "Lomond Home said the Nightfang gang had claimed responsibility for the cyber attack.",
        published="2025-06-10",
    )
    assert names(record) == ["Lomond Home"]


def test_a_family_firm_named_like_its_owner_is_still_the_company(extract) -> None:
    # the firm shares its name with the family member who runs it; the descriptor says which
    record = extract(
        "Cheese maker halts deliveries after cyber attack\n\n"
        "Deliveries from cheese maker Hoekstra to supermarkets stopped on Tuesday after a cyber "
        "attack shut down its order system. Hoekstra said it expected to resume deliveries by "
        'Friday. "We are working day and night," said Jan Hoekstra, its managing director.',
        published="2025-03-13",
    )
    assert names(record)[:1] == ["Hoekstra"]


def test_a_chain_named_again_and_again_before_its_shops_is_a_company(extract) -> None:
    # the small model reads a name ending in "Row" as a place or a person
    record = extract(
        "Prescriptions delayed at pharmacy chain\n\n"
        "Pharmacists at Tallow Row pharmacies could not see electronic prescriptions for most "
        "of Thursday after a software fault. Patients were told to come back later. By Friday "
        "morning the prescription system was working again at all 40 Tallow Row pharmacies, "
        "and Tallow Row pharmacies in Kent opened an hour early to clear the backlog.",
        published="2025-03-17",
    )
    assert names(record)[:1] == ["Tallow Row"]


def test_a_place_named_before_its_shops_is_no_chain(extract) -> None:
    record = extract(
        "Card payments down at Cornwall shops\n\n"
        "Card payments failed at Cornwall supermarkets on Saturday after an outage at payment "
        "processor Paylink. Cornwall supermarkets asked shoppers to pay cash. Paylink said "
        "Cornwall supermarkets could take cards again by Sunday.",
        published="2025-03-17",
    )
    assert names(record) == ["Paylink"]


def test_a_person_a_descriptor_introduces_stays_a_person(extract) -> None:
    record = extract(
        "Shops count cost of card outage\n\n"
        "Local grocer Patel said he lost a day of takings when card payments failed across the "
        'town on Saturday after an outage at payment processor Paylink. "It was chaos," said '
        "Raj Patel, who runs a corner shop in Leeds.",
        published="2025-03-17",
    )
    assert "Patel" not in names(record)


def test_the_county_refers_to_the_county_named_before(extract) -> None:
    # only "the county" is said to have been hit; the name comes a sentence earlier
    record = extract(
        "Tax office moves to library\n\n"
        "Marlow County has moved its tax and licence counters to the public library for the "
        "rest of the month. The county said on Tuesday that ransomware had encrypted its "
        "servers over the weekend, and that staff were working from paper forms.",
        published="2024-08-15",
    )
    assert names(record) == ["Marlow County"]


def test_the_county_is_no_company_the_sentence_before_was_about(extract) -> None:
    record = extract(
        "Council hit by ransomware\n\n"
        "Brindle County Council said a ransomware attack encrypted its servers on Monday. "
        "Harwell Foods, the county's largest employer, said its stores were not affected. The "
        "county said its website was back online on Wednesday.",
        published="2025-06-19",
    )
    assert names(record) == ["Brindle County Council"]


@pytest.mark.parametrize(
    "text",
    [
        "Fellbrook council apologises\n\nFellbrook District Council said it had accidentally "
        "published the names and addresses of 300 tenants on its website last week.",
        "Marden Pharmacy apology\n\nMarden Pharmacy said the names of patients waiting for "
        "prescriptions were emailed to the wrong customers on Monday.",
        "Ravel Motors data slip\n\nRavel Motors said a spreadsheet of buyers' phone numbers had "
        "been uploaded by mistake to its public website, where it stayed for two days.",
    ],
)
def test_data_disclosed_by_mistake_is_a_data_breach(extract, text: str) -> None:
    record = extract(text, published="2025-06-20")
    incident = record["incidents"][0]
    assert "data_breach" in incident["incident_types"]
    assert "cyber_attack" not in incident["incident_types"]
    assert incident["data_compromised"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "it had mistakenly sent its summer newsletter twice to some members",
        "the wrong opening times had been posted on its website by mistake",
        "a price guide was published in error",
    ],
)
def test_a_mistake_that_discloses_no_personal_data_is_no_incident(extract, sentence: str) -> None:
    record = extract(
        f"Fellbrook Garden Centres notice\n\nFellbrook Garden Centres said {sentence}."
    )
    assert record["incidents"] == []


@pytest.mark.parametrize("name", ["Brisley Fuels", "Hatton Oil"])
def test_a_name_ending_in_its_trade_is_a_company(extract, name: str) -> None:
    record = extract(
        f"{name} hit by cyber attack\n\n{name} said on Wednesday that its systems had been "
        "down since Sunday.",
        published="2025-06-18",
    )
    assert names(record) == [name]


@pytest.mark.parametrize(
    ("sentence", "service"),
    [
        # whose data it is, from the people named before it
        ("Hackers stole workers' pension details from its HR system.", "employee_data"),
        ("Criminals copied the payroll files of its drivers.", "employee_data"),
        ("The attackers stole patients' details.", "customer_data"),
        ("Criminals copied passengers' identity details.", "customer_data"),
        ("Copies of pupils' medical and dental records were stolen.", "customer_data"),
    ],
)
def test_the_people_before_the_data_say_whose_it_is(extract, sentence: str, service: str) -> None:
    record = extract(
        "Ashby Care Group breach\n\nAshby Care Group said it was hit by a cyber attack on "
        "Monday. " + sentence,
        published="2025-06-20",
    )
    incident = incident_of(record, "Ashby Care Group")
    assert statuses(incident)[service] == "compromised"
    assert incident["data_compromised"] is True


def test_records_staff_cannot_reach_are_a_system_not_stolen_data(extract) -> None:
    record = extract(
        "Ashby Care Group outage\n\nAshby Care Group said a cyber attack on Monday left "
        "nurses unable to reach patient records.",
        published="2025-06-20",
    )
    assert "customer_data" not in statuses(incident_of(record, "Ashby Care Group"))


def test_a_denial_outweighs_a_theft_only_boasted(extract) -> None:
    record = extract(
        "Fenmore Fashion website offline\n\nFenmore Fashion took its website offline on "
        "Saturday after hackers bragged they had stolen customer details. The retailer said "
        "it had found no evidence that any customer data was taken.",
        published="2025-06-20",
    )
    incident = incident_of(record, "Fenmore Fashion")
    assert incident["data_compromised"] is False
    assert statuses(incident)["customer_data"] == "unaffected"


@pytest.mark.parametrize(
    "attribution",
    ["the grocer said", "said a spokesperson for Brisk Foods", "Brisk Foods said in a statement"],
)
def test_a_first_person_quote_is_its_speakers_whoever_it_names(extract, attribution: str) -> None:
    record = extract(
        "Tollcard outage hits retailers\n\nCard processor Tollcard said its payment service "
        "failed on Monday, leaving shops unable to take cards. Brisk Foods was among the "
        'retailers hit. "Our website is unaffected by the Tollcard outage," ' + attribution + ".",
        published="2025-06-20",
    )
    assert statuses(incident_of(record, "Brisk Foods")).get("website") == "unaffected"
    assert "website" not in statuses(incident_of(record, "Tollcard"))


def test_a_hedge_in_another_clause_leaves_a_confirmed_theft_standing(extract) -> None:
    record = extract(
        "Linton Travel breach\n\nLinton Travel confirmed hackers stole customer names, and "
        "unconfirmed reports say passwords were taken too. It said no payment card data was "
        "accessed.",
        published="2025-06-20",
    )
    assert incident_of(record, "Linton Travel")["data_compromised"] is True


def test_customers_named_in_a_software_firms_incident_were_hit_through_it(extract) -> None:
    record = extract(
        "Quillon Software outage\n\nA ransomware attack on Quillon Software took its housing "
        "platform offline on Monday. Brayford District Council said its tenants could not pay "
        "rent online, and Hollowmere Borough Council said its benefits system was down.",
        published="2025-06-20",
    )
    for council in ("Brayford District Council", "Hollowmere Borough Council"):
        assert "third_party" in incident_of(record, council)["incident_types"]


@pytest.mark.parametrize(
    "sentence",
    [
        "It had not confirmed that any customer data had been taken.",
        "It could not confirm whether customer records were copied.",
        "It declined to confirm that customer details had been stolen.",
    ],
)
def test_a_theft_not_confirmed_is_an_open_question(extract, sentence: str) -> None:
    record = extract(
        "Pryor Freight attack\n\nPryor Freight said it was hit by a cyber attack on Monday. "
        + sentence,
        published="2025-06-20",
    )
    incident = incident_of(record, "Pryor Freight")
    assert incident["data_compromised"] is None
    assert "customer_data" not in statuses(incident)


def test_a_notice_in_its_own_voice_is_its_authors_incident(extract) -> None:
    record = extract(
        "Service update: IT problems (Monday 3 March)\n\n"
        "Marlowe District Council\n\n"
        "On Saturday 1 March we found ransomware on two of our file servers. We took our "
        "network offline the same evening while specialists examine it.\n\n"
        "Our phone lines are working and the contact centre is open as usual. Online "
        "payments for council tax are unavailable until further notice.",
        published="2025-03-03",
    )
    assert names(record) == ["Marlowe District Council"]
    incident = record["incidents"][0]
    assert min(v for v in start_values(incident) if v) == "2025-03-01"
    assert statuses(incident).get("internal_systems") == "suspended"


def test_a_press_release_signed_at_the_end_is_the_signers_incident(extract) -> None:
    record = extract(
        "Statement on a cyber security incident\n\n"
        "We are writing to let our customers know that we detected unauthorised access to "
        "our order management system on 12 May. We shut the system down as a precaution.\n\n"
        "Our shops remain open and trading as normal.\n\n"
        "Issued by Penhallow Outdoor Ltd, Truro",
        published="2025-05-14",
    )
    assert names(record) == ["Penhallow Outdoor Ltd"]
    assert statuses(record["incidents"][0]).get("stores") == "unaffected"


def test_a_first_person_inside_quotes_is_the_speakers_not_the_writers(extract) -> None:
    # a headline of nouns names the publisher; the first person is the quoted head's, in
    # double or single quotes, so the network taken offline is the academy's, and the
    # publisher is no victim
    for open_mark, close_mark in (('"', '"'), ("\u2018", "\u2019"), ("'", "'")):
        record = extract(
            "Briefing from Kestrel Valley Trust\n\n"
            "Lambert Academy said on Tuesday that hackers had reached its pupil records. "
            "Its head wrote to parents. "
            f"{open_mark}On Monday we discovered that our pupil records had been accessed "
            f"by hackers. We have taken our network offline.{close_mark}",
            published="2025-05-10",
        )
        assert names(record) == ["Lambert Academy"], open_mark


def test_planned_downtime_denied_to_be_a_fault_is_no_incident(extract) -> None:
    record = extract(
        "Planned upgrade: online payments offline this weekend\n\n"
        "Dunmore Town Council\n\n"
        "We are upgrading our payments system. Our online payments will be unavailable from "
        "7pm on Saturday until 7am on Monday. This work is planned and is not the result of a "
        "fault or a cyber attack. Our phone lines will be open as usual.",
        published="2025-06-02",
    )
    assert record["incidents"] == []


def test_trouble_still_to_come_ties_no_victim(extract) -> None:
    # planned work: what will be unavailable has not broken
    record = extract(
        "Portal downtime this weekend at Harlow University\n\n"
        "Harlow University said its student portal and library systems will be unavailable "
        "from 6am to noon on Saturday while engineers upgrade its servers. The university "
        "said the work was routine and had nothing to do with the cyber attack that hit a "
        "neighbouring college last year. Students will be unable to submit coursework during "
        "the window.",
        published="2025-03-05",
    )
    assert record["incidents"] == []


def test_a_victim_whose_trouble_is_told_in_the_past_keeps_its_future_closures(extract) -> None:
    record = extract(
        "Harlow Hardware said a ransomware attack hit its tills on Monday. Its shops will be "
        "closed until Thursday.",
        published="2025-03-05",
    )
    assert names(record) == ["Harlow Hardware"]
    # a closure with a stated end to come is a deliberate pause with a stated return
    assert statuses(record["incidents"][0]).get("stores") == "restoration_expected"


def test_a_liveblog_entrys_time_is_no_part_of_the_name(extract) -> None:
    record = extract(
        "Live: card payment problems\n\n"
        "07:50 Marrow & Crust has posted on social media that card payments are down after a "
        "technical fault.\n",
        published="2025-06-20",
    )
    assert names(record) == ["Marrow & Crust"]


def test_a_future_before_the_name_still_tells_of_its_attack(extract) -> None:
    record = extract(
        "Commuters will face delays all week after a ransomware attack on Tollgate Rail.",
        published="2025-03-05",
    )
    assert names(record) == ["Tollgate Rail"]


def test_a_columns_we_is_the_readers_not_the_organisation_in_its_headline(extract) -> None:
    record = extract(
        "Comment: Harbury Council must plan for outages\n\n"
        "We all pay for parking by app now. When our app stopped working on Friday after a "
        "cyber attack, we were stuck at the machines for an hour.",
        published="2025-03-08",
    )
    assert "Harbury Council" not in names(record)


def test_a_press_releases_contact_block_is_no_part_of_the_story(extract) -> None:
    record = extract(
        "Harlow Rail restores ticket machines after cyber attack\n\n"
        "Harlow Rail said its ticket machines were working again on Friday after a cyber "
        "attack.\n\n"
        "Media contact: Pinecrest Communications, also hit by the attack",
        published="2025-08-08",
    )
    assert names(record) == ["Harlow Rail"]


def test_public_bodies_named_with_their_frame_and_victims_listed_with_places(extract) -> None:
    # the model folds "the City of" into the place or leaves the place's name untagged; a
    # port authority is named after its port; list items carry their places and semicolons
    record = extract(
        "Ransomware crippled the Port of Felmouth's cargo systems on Monday, the port "
        "authority said.\n"
        "Councils hit by the same gang this year include the City of Harwick, Virginia; the "
        "Town of Marsh End; and Tarrow County Council. Clinics hit by the gang include "
        "Westfield Clinic in Dover, Parkside Health in Kent and Brook Lane Surgery.\n"
        "Separately, ransomware froze the City of Dunmore's computers for a week.",
        published="2025-05-01",
    )
    assert set(names(record)) >= {
        "Port of Felmouth",
        "City of Harwick",
        "Town of Marsh End",
        "Tarrow County Council",
        "Westfield Clinic",
        "Parkside Health",
        "City of Dunmore",
    }
    # a state placing a listed council is no victim of its own
    assert "Virginia" not in names(record)


def test_a_responder_that_tells_its_own_systems_were_hit_is_a_victim(extract) -> None:
    # guard of the responder frames; "own" and adverbs lengthen no reach to the owner's "its"
    record = extract(
        "Council and agency hit\n\nMarlow District Council said hackers had encrypted its "
        "servers on Monday. The Delmont Cyber Agency is assisting the council. The Delmont "
        "Cyber Agency said its own file servers had also been encrypted by the same gang.",
        published="2025-09-04",
    )
    assert "Delmont Cyber Agency" in names(record)


def test_a_town_described_as_one_stands_for_its_local_government(extract) -> None:
    # the model tags the village a place; its apposition says it is a seat of government
    record = extract(
        "Village office shut after hackers strike\n\n"
        "Hackers encrypted the computers of Lindenbrunn, a lakeside village of 3,000 residents "
        "in Bavaria, on Sunday night, and its municipal office will stay shut until Thursday, "
        "the mayor said.",
        published="2026-01-09",
    )
    assert names(record) == ["Lindenbrunn"]


def test_a_town_described_as_one_is_no_victim_of_a_business_there(extract) -> None:
    # guard: the apposition makes the town a candidate, not a victim
    record = extract(
        "Bakery chain hit by ransomware\n\n"
        "Ransomware hit Acme Foods on Tuesday, shutting its bakery in Westerholm, a town of "
        "20,000 people in Norfolk. The company said its online orders were suspended.",
        published="2026-01-09",
    )
    assert names(record) == ["Acme Foods"]


def test_premises_run_by_listed_names_tie_every_name(extract) -> None:
    # "stopped working at stores run by" is no attack stopped before it ran; each listed
    # name runs the stores
    record = extract(
        "Checkouts fail at three chains\n\n"
        "Checkouts stopped working at stores run by Pellham Hardware Ltd, Dunmore Toys Ltd and "
        "Redcliff Shoes Ltd on Friday. Shoppers were turned away. The outage was blamed on a "
        "problem at Kestrix Ltd, which supplies their till software.",
        published="2025-06-16",
    )
    for chain in ("Pellham Hardware Ltd", "Dunmore Toys Ltd", "Redcliff Shoes Ltd"):
        assert "third_party" in incident_of(record, chain)["incident_types"]


def test_what_an_inability_was_to_do_at_premises_run_by_names_ties_them(extract) -> None:
    # "were unable to pay at garden centres run by X and Y": the verb goes with its inability
    record = extract(
        "Garden centres take cash only\n\nShoppers were unable to pay at garden centres run by "
        "Thornfield Nurseries Ltd and Ashby Garden Group on Sunday. The card outage lasted "
        "four hours.",
        published="2025-09-04",
    )
    assert set(names(record)) == {"Thornfield Nurseries Ltd", "Ashby Garden Group"}


def test_a_long_list_of_data_taken_from_a_name_ties_it(extract) -> None:
    # the commas of the list lengthen nothing
    record = extract(
        "Leisure club members' details taken\n\n"
        "Thieves copied the names, home addresses and phone numbers of members from Oakridge "
        "Leisure Club, the club said on Friday.",
        published="2025-06-16",
    )
    assert incident_of(record, "Oakridge Leisure Club")["data_compromised"] is True


def test_a_reference_goes_to_the_one_named_before_it_not_to_a_victim_named_later(extract) -> None:
    # "the district" comes before the earlier victim the story recalls is named; the lede's
    # district, not yet tied by its own sentence, is what it stands for
    record = extract(
        "School district delays term after ransomware attack\n\n"
        "The Ferncliff Unified School District will begin the school year on Thursday, two "
        "days late, after a ransomware attack over the holiday weekend.\n\n"
        "The superintendent said in a letter on Wednesday that the district's IT staff found "
        "ransomware on its servers on Sunday and shut down the network. The district said "
        "hackers had encrypted its servers.\n\n"
        "The gang behind the attack has hit schools before. Last year it attacked Brookvale "
        "Public Schools and published student records.",
        published="2025-09-04",
    )
    assert names(record)[0] == "Ferncliff Unified School District"


@pytest.mark.parametrize(
    "responder",
    [
        "Brackenholt County Sheriff's Office was assisting. Brackenholt County Sheriff's "
        "Office said the ransomware attack began late on Thursday.",
        "The Quillbury Digital Office, which is leading the investigation, said the "
        "ransomware attack began late on Thursday.",
    ],
)
def test_an_organisation_answering_anothers_incident_is_no_victim(extract, responder: str) -> None:
    record = extract(
        "Town hall computers encrypted\n\nRansomware encrypted the computers of Kelby Cross "
        "Town Council on Friday, the council said. " + responder,
        published="2025-09-04",
    )
    assert names(record) == ["Kelby Cross Town Council"]


@pytest.mark.parametrize(
    "helper",
    [
        "Harlow Foods, which is leading the market in frozen pies, said hackers had encrypted "
        "its servers on Monday.",
        "Harlow Foods is assisting police with their inquiries after hackers encrypted its "
        "servers on Monday.",
    ],
)
def test_a_victim_that_leads_or_assists_in_another_sense_is_still_a_victim(
    extract, helper: str
) -> None:
    # guard: the responder frames name the incident or end their clause
    record = extract("Pie maker hit by ransomware\n\n" + helper, published="2025-09-04")
    assert names(record) == ["Harlow Foods"]


def test_a_semicolon_before_a_clause_in_a_headline_still_parts_two_statements(extract) -> None:
    # only a semicolon between names parts the items of a list
    record = extract(
        "Halberd Outdoors reopens most stores after cyber attack; gift cards and online store "
        "still unavailable\n\nHalberd Outdoors said on Friday that most of its stores had "
        "reopened after a week-long shutdown caused by a cyber attack.",
        published="2025-05-02",
    )
    found = statuses(incident_of(record, "Halberd Outdoors"))
    assert found["stores"] == "partially_restored"
    assert found["gift_cards"] == "disrupted"


def test_a_name_the_tagger_reads_as_an_adverb_is_a_name_where_the_text_keeps_its_capital(
    extract,
) -> None:
    record = extract(
        "Payroll firm Deftly restores service after weekend outage\n\n"
        "Thousands of small employers could not run their payroll on Saturday because the "
        "cloud platform of software company Deftly went down. Engineers at Deftly traced the "
        "fault to a faulty database upgrade, and the company said on Sunday that the service "
        "was working again. Deftly, which serves about 9,000 firms, apologised to customers.",
        published="2025-03-14",
    )
    assert names(record)[:1] == ["Deftly"]


def test_data_about_its_own_people_taken_makes_a_recalled_outlet_a_victim(extract) -> None:
    record = extract(
        "Ransomware hit Brannock Stores last week. The attack follows a similar one at a "
        "newspaper: in January, the Harlow Gazette confirmed that personal data of its staff "
        "had been accessed in a ransomware attack.",
        published="2025-03-14",
    )
    recalled = [i for i in record["incidents"] if i["organization"]["name"].endswith("Gazette")]
    assert recalled and recalled[0]["data_compromised"] is True


def test_a_sentence_a_bystander_opens_is_about_the_victim(extract) -> None:
    # the security firm that investigated opens the sentence; the rewards club is the victim's
    record = extract(
        "Brannock Stores said on Friday that it had restored online orders after a ransomware "
        "attack.\n\nAn investigation by the security firm Harwick Response has since found that "
        "no card details were taken. However, the names of 4,000 members of its rewards club "
        "were copied by the attackers.",
        published="2025-03-14",
    )
    incident = incident_of(record, "Brannock Stores")
    assert incident["data_compromised"] is True
    assert statuses(incident)["customer_data"] == "compromised"


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "Meal-kit company 4Freshly said on Monday that hackers had stolen the names and "
            "addresses of its customers.",
            "4Freshly",
        ),
        (
            "Storage start-up 3Vault confirmed a ransomware attack on its network on Friday.",
            "3Vault",
        ),
    ],
)
def test_a_brand_written_with_digits_first_is_a_name(extract, text: str, victim: str) -> None:
    record = extract(text, published="2025-06-06")
    assert names(record) == [victim]


def test_units_and_terms_written_with_digits_are_no_names(extract) -> None:
    record = extract(
        "Calder Bank said a cyber attack on Monday had knocked out its app. Its 10Gbps links and "
        "2FA prompts were not affected, the 5GHz office network was down.",
        published="2025-06-06",
    )
    assert names(record) == ["Calder Bank"]


TARN_LEAD = "Tarn Foods said a cyber attack on Monday had taken its online shop offline.\n\n"


def test_a_kind_of_attack_only_an_outside_analyst_names_is_a_guess(extract) -> None:
    record = extract(
        TARN_LEAD + '"The attackers got in through a phishing email sent to staff, and then '
        'they encrypted the servers," said Dana Whitcombe, an analyst at Kestrel Risk.\n\n'
        "The grocer said it was working to restore the shop.",
        published="2025-03-14",
    )
    assert incident_of(record, "Tarn Foods")["incident_types"] == ["cyber_attack"]


def test_the_victims_own_account_of_the_kind_stands_beside_an_analysts_words(extract) -> None:
    record = extract(
        TARN_LEAD + "The grocer said the attackers got in through a phishing email sent to "
        "staff and then encrypted its servers.\n\nDana Whitcombe, an analyst at Kestrel Risk, "
        "said grocers were a common target.",
        published="2025-03-14",
    )
    types = incident_of(record, "Tarn Foods")["incident_types"]
    assert {"ransomware", "social_engineering"} <= set(types)


def test_an_analyst_in_the_victims_paragraph_leaves_its_own_account_standing(extract) -> None:
    record = extract(
        "Pellow Garden Centres said ransomware had encrypted its servers on Monday. Analysts "
        "said its shares could fall further this week.",
        published="2025-03-14",
    )
    assert "ransomware" in incident_of(record, "Pellow Garden Centres")["incident_types"]
    # a title inside what the victim reports is no outside speaker
    record = extract(
        "Pellow Garden Centres said on Monday that experts were investigating a ransomware "
        "attack that encrypted its servers.",
        published="2025-03-14",
    )
    assert "ransomware" in incident_of(record, "Pellow Garden Centres")["incident_types"]


def test_a_business_named_after_its_founder_keeps_its_s_and_is_not_the_founder(extract) -> None:
    record = extract(
        "Hackers copied card numbers at 40 shops run by Maggie Dunn's, a bakery chain in "
        "Leeds. Maggie Dunn's said on Tuesday that its tills had been cleaned.\n\nMaggie Dunn "
        "Carver opened the first shop in 1988 and still chairs the company.",
        published="2025-06-06",
    )
    assert names(record) == ["Maggie Dunn's"]
    assert record["incidents"][0]["data_compromised"] is True
    assert "Maggie Dunn" not in record["incidents"][0]["organization"]["aliases"]


def test_a_name_with_its_s_is_still_short_for_the_longer_name_that_holds_it(extract) -> None:
    record = extract(
        "Corlett's Restaurant Group said on Tuesday that malware had copied card details at "
        "its diners. Corlett's said the malware had been removed.",
        published="2025-06-06",
    )
    assert names(record) == ["Corlett's Restaurant Group"]


def test_a_client_reporting_its_own_loss_in_the_attack_on_its_supplier_was_hit(extract) -> None:
    record = extract(
        "Corran Air said on Friday that personal data belonging to 2 million passengers was "
        "stolen in the cyber attack on Velt Systems, the IT firm that runs its booking system.",
        published="2025-06-06",
    )
    incident = incident_of(record, "Corran Air")
    assert incident["data_compromised"] is True
    assert "third_party" in incident["incident_types"]


def test_a_client_reporting_its_loss_to_intruders_who_broke_into_its_supplier_was_hit(
    extract,
) -> None:
    # the intrusion's words end at the supplier's name: the scene of the client's own loss
    record = extract(
        "Local news\n\nQuarnby Foods said staff bank details had been stolen by hackers who "
        "broke into Pellard Payroll, its payroll provider.",
        published="2025-06-06",
    )
    incident = incident_of(record, "Quarnby Foods")
    assert incident["data_compromised"] is True
    assert "third_party" in incident["incident_types"]


@pytest.mark.parametrize(
    "told",
    [
        "members' names had been stolen by hackers who got into Quilby Print, the firm that "
        "prints its annual statements",
        "staff bank details were stolen by hackers who broke into the systems of Quilby Pay, "
        "the company that runs its payroll",
    ],
)
def test_an_intrusion_into_a_named_supplier_is_the_clients_route_in(extract, told) -> None:
    record = extract(
        f"Local news\n\nQuarnby Foods said {told}.",
        published="2025-06-06",
    )
    assert "third_party" in incident_of(record, "Quarnby Foods")["incident_types"]


def test_a_company_that_makes_things_is_no_ones_supplier_by_that_alone(extract) -> None:
    record = extract(
        "Local news\n\nHackers broke into Tolsey Print, a company that makes greeting cards, "
        "and stole customer data.",
        published="2025-06-06",
    )
    assert "third_party" not in incident_of(record, "Tolsey Print")["incident_types"]


def test_a_client_speaking_of_the_attack_on_another_is_not_hit_by_that_alone(extract) -> None:
    # the attack on the other firm is what the speaker talks about, not the scene of a loss
    record = extract(
        "Corran Air said the attack on Velt Systems had shown how exposed airlines were.",
        published="2025-06-06",
    )
    assert "Corran Air" not in names(record)


@pytest.mark.parametrize(
    "stance",
    [
        "said it hoped to resume online orders by the weekend",
        "said it expected to restore online orders on Friday",
        "plans to bring its online orders back next week",
        "anticipates reopening its online shop next week",
    ],
)
def test_a_customer_hoping_to_bring_its_service_back_was_hit(extract, stance: str) -> None:
    record = extract(
        "Courier software firm Lanterby was hit by a ransomware attack on Monday that left "
        "its parcel tracking offline.\n\n"
        "Retailers that use Lanterby have been left without tracking. "
        f"Quenby Outdoor {stance}."
    )
    assert "Quenby Outdoor" in names(record)


def test_a_stance_someone_else_takes_ties_no_speaker(extract) -> None:
    # guard: the one who speaks of another's hope is not the one hoping
    record = extract(
        "Courier software firm Lanterby was hit by a ransomware attack on Monday that left "
        "its parcel tracking offline.\n\n"
        '"We were lucky," said Dorran Weald, a logistics consultant. Weald said the courier '
        "hoped to restore tracking by the weekend."
    )
    assert names(record) == ["Lanterby"]


def test_an_agency_helping_to_bring_the_victims_systems_back_lost_nothing(extract) -> None:
    # guard: "its systems" after a helper named as an object are the speaker's
    record = extract(
        "Tarnby Water was hit by a cyber attack on Sunday.\n\n"
        "The utility said it was working with the Federal Cyber Response Office and outside "
        "specialists to restore its systems."
    )
    assert names(record) == ["Tarnby Water"]


def test_what_a_list_of_names_reports_belongs_to_every_name(extract) -> None:
    record = extract(
        "Courier software firm Lanterby was hit by a ransomware attack on Monday.\n\n"
        "Ostley Garden Centres, Pellow Books and Brandt Kitchens, which all use Lanterby, "
        "said home deliveries remained suspended. Corrow Sports and Hatherby Toys said their "
        "online shops were unavailable."
    )
    for name in ("Ostley Garden Centres", "Pellow Books", "Brandt Kitchens"):
        assert statuses(incident_of(record, name)).get("home_delivery") == "suspended", name
    for name in ("Corrow Sports", "Hatherby Toys"):
        assert statuses(incident_of(record, name)).get("online_orders") == "disrupted", name


def test_a_name_before_a_lone_comma_is_no_member_of_the_speakers_list(extract) -> None:
    # guard: only a conjunction closes a list; a fronted phrase's name owns nothing after it
    record = extract(
        "Ransomware hit Corrow Sports on Monday, taking its website offline.\n\n"
        "A day after the attack on Corrow Sports, Hatherby Toys said its online shop was "
        "down as well."
    )
    assert statuses(incident_of(record, "Corrow Sports")) == {"website": "suspended"}


@pytest.mark.parametrize("bank", ["Tesco Bank", "Sainsbury's Bank"])
def test_a_retailers_bank_is_its_own_organisation_and_no_supplier(extract, bank: str) -> None:
    record = extract(
        f"{bank} app down after IT fault\n\n"
        f"Customers of {bank} could not log in to its app on Monday after an IT fault. "
        "Halden Home, a furniture chain, said its own online shop had also been down on "
        "Monday."
    )
    assert bank in names(record)
    assert bank.split()[0] not in names(record)
    assert "third_party" not in incident_of(record, "Halden Home")["incident_types"]


def test_a_long_report_without_that_still_tells_the_speakers_loss(extract) -> None:
    record = extract(
        "Hackers stole files from ClassPort, a school software company, last month.\n\n"
        "Birchfield School District in Oregon said names, birth dates, home addresses and some "
        "medical notes for about 9,000 current and former students were in the stolen files. "
        "Alder Creek Schools said the home addresses, phone numbers and exam results of "
        "several hundred of its pupils had been copied by the intruders."
    )
    for district in ("Birchfield School District", "Alder Creek Schools"):
        assert incident_of(record, district)["data_compromised"] is True, district


def test_a_security_firm_reporting_what_was_stolen_at_length_lost_nothing(extract) -> None:
    # guard: a longer reach for a report gives no bystander a loss of its own
    record = extract(
        "Hackers stole files from ClassPort, a school software company, last month.\n\n"
        "Security firm Ostrava Intelligence said names, birth dates, home addresses and some "
        "medical notes for about 9,000 current and former students were in the stolen files."
    )
    assert names(record) == ["ClassPort"]


def test_a_name_only_ever_told_as_a_thing_someone_has_is_a_brand(extract) -> None:
    record = extract(
        "Kelby Energy hit by cyber attack\n\n"
        "Kelby Energy said on Tuesday that hackers had broken into its systems. It suspended "
        "the MyKelby portal and app on Monday while it investigated."
    )
    assert names(record) == ["Kelby Energy"]


def test_a_victim_also_named_alone_is_no_brand_of_its_own_app(extract) -> None:
    # guard: "the X app" beside "X said" is the organisation's own app, not a product name
    record = extract(
        "Cyber attack at Harwell Credit Union\n\n"
        "Members could not log in to the Harwell Credit Union app on Monday after a cyber "
        "attack. Harwell Credit Union said its branches were open."
    )
    assert names(record) == ["Harwell Credit Union"]


@pytest.mark.parametrize(
    ("text", "story_name"),
    [
        (
            "Kelvin Outdoor resets customer passwords after attack\n\n"
            "Kelvin Outdoor said attackers had logged in to thousands of customer accounts on "
            "its website. Kelvin Outdoor, which is owned by Arden Brands Group, said its stores "
            "were unaffected.",
            "Kelvin Outdoor",
        ),
        (
            "Argos website down after cyber attack\n\n"
            "Argos said its website had been taken offline after a cyber attack on Monday. "
            "Argos is owned by Sainsbury's, whose own stores were trading normally.",
            "Argos",
        ),
        # guard: a group told first with its chains keeps its name
        (
            "Arden Brands Group hit by cyber attack\n\n"
            "Arden Brands Group said a cyber attack had disrupted online orders at its chains "
            "Kelvin Outdoor and Mosswood Home.",
            "Arden Brands Group",
        ),
    ],
)
def test_a_brand_and_its_group_are_one_victim_called_as_the_story_first_calls_it(
    extract, text: str, story_name: str
) -> None:
    assert names(extract(text, published="2026-03-10")) == [story_name]


def test_two_names_around_a_clauses_and_are_no_list(extract) -> None:
    # guard: ", and" between two names joins two clauses, not a list of subjects
    record = extract(
        "Ransomware hit Corrow Sports, and Hatherby Toys said its online shop was "
        "down as a precaution."
    )
    assert "online_orders" not in statuses(incident_of(record, "Corrow Sports"))


def test_a_list_that_is_an_object_is_no_speaker(extract) -> None:
    # guard: names after a verb are what the clause acts on, not its subject
    record = extract(
        "Ransomware hit Corrow Sports on Monday, taking its website offline.\n\n"
        "Lanterby Logistics said it had stopped serving Corrow Sports and Hatherby Toys said "
        "its online shop was down."
    )
    assert "online_orders" not in statuses(incident_of(record, "Corrow Sports"))


@pytest.mark.parametrize(
    "rival",
    [
        "Rival Hatherby Toys said it expects to reopen its Leeds store next month after a refit.",
        "Hatherby Toys plans to bring its Christmas catalogue back next year.",
    ],
)
def test_a_return_for_another_reason_or_of_no_service_ties_no_rival(extract, rival: str) -> None:
    # guard: a plan ties its maker only for a service lost in the story's trouble
    record = extract(f"Ransomware hit Corrow Sports on Monday, taking its website offline. {rival}")
    assert names(record) == ["Corrow Sports"]


def test_a_product_named_organisation_alone_in_the_story_may_be_the_one_hit(extract) -> None:
    # guard: "the X portal" names a brand only beside a possible victim of its own
    record = extract(
        "Ransomware hit the Quillpost portal on Monday, leaving 300 clinics unable to book "
        "patients."
    )
    assert names(record) == ["Quillpost"]


def test_a_retailers_bank_keeps_its_own_record_beside_the_retailer(extract) -> None:
    record = extract(
        "Tesco Bank customers could not log in to its app on Monday after an IT fault. Tesco "
        "said its stores were trading normally."
    )
    assert "stores" not in statuses(incident_of(record, "Tesco Bank"))

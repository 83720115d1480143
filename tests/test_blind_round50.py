"""Blind round 50: acceptance cases written from class descriptions alone.

The articles below are invented and were written blind, without reading the extractor's
source, rules, fixtures or other cases. Every organisation, person, product and place is
made up.

Classes:
A. Contact-channel overload. When an article says an organisation's phone lines, helpline,
   call centre, contact centre, customer service line or live chat was overloaded because of
   an incident (waits of hours or minutes on it, callers waiting more than an hour, it was
   overwhelmed, swamped, inundated or jammed, it was impossible or very hard to get through),
   that organisation's customer_service is disrupted: demand-driven impairment is still
   impairment. Counter-cases: a helpline set up to answer questions about a breach, with no
   word of waits, is not disrupted; a call centre said to work normally is unaffected or
   absent; waits of hours for something that is no contact channel (a train, a hospital's
   A&E) in an unrelated aside do not disrupt the organisation's customer_service; a
   consumer group's report on call waiting times at suppliers, with no attack and no
   outage, has no incident at all.
B. Branded loyalty schemes. A scheme named by the brand plus Rewards, Perks or Points (with
   or without programme, scheme or app after it) that is unavailable, offline, not back yet,
   suspended, back again, or whose members' data was stolen gives the owner's
   loyalty_program that status (disrupted or suspended, restored, compromised), and the
   scheme's name is no organisation with an incident of its own (absent, or an alias of the
   owner's incident). Counter-cases: a business whose own name ends in such a word (a
   payments firm, a benefits platform) hit by an attack is an organisation with an incident;
   a scheme said to work normally leaves loyalty_program unaffected or absent.
C. Mixed: A and B in one story (both statuses held by the one organisation), and one
   no-incident article of each kind (a loyalty-scheme launch; a survey of call-centre
   waiting times), which have no incidents.

On the code before round 50 (767e9a2) 19 of the 36 cases pass; 23 when they were first
run (with this round's first overload patterns in the tree); 34 now. Waits of hours
on a helpline, an overwhelmed or jammed call centre and "impossible to get through" disrupt
customer_service; an owner's two-word asset after its possessive ("X's call centre") ties it
(A2); a failure of an asset read past its whole noun phrase ties it (A6); a scheme named by
its brand is the loyalty programme and no organisation of its own (B1-B3, C1, C2, C4); data
of a scheme's members taken compromises it (B4, B9, C3). Tried and dropped for A4: the verb
"waited more than an hour", which made the towns people come from victims in a case set. The
two strict xfails in KNOWN_MISSES are the extractor's misses, input and expectation unchanged.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import find, get, run, service_pairs, with_known_misses

from conftest import statuses

DOWN = {"disrupted", "suspended"}
BACK = {"restored", "partially_restored"}
DISRUPTED = {"disrupted"}
SUSPENDED = {"suspended"}
RESTORED = {"restored"}
COMPROMISED = {"compromised"}
NORMAL = {None, "unaffected"}
NOT_DISRUPTED = {
    None,
    "suspended",
    "partially_restored",
    "restored",
    "restoration_expected",
    "unaffected",
    "compromised",
}


# the extractor's misses when the cases were run, input and expectation unchanged
KNOWN_MISSES: dict[str, str] = {
    "A4": "'callers waited more than an hour': the verb of waiting is no cue (it made people's "
    "home towns victims in a case set)",
    "B6": "'points would be available again once the app returned' is read as an expected "
    "return of the scheme, where the case expects it still down",
}


def article(headline: str, *paragraphs: str) -> str:
    return "\n\n".join([headline, *paragraphs]) + "\n"


def org_list(record: dict[str, Any]) -> list[str]:
    return [i["organization"]["name"] for i in record["incidents"]]


def check(
    record: dict[str, Any],
    org: str | None,
    scheme: str | None,
    expect: dict[str, set[str | None]],
) -> None:
    """`org` None: the article has no incident. Otherwise the organisation has an incident,
    each service in `expect` has one of the allowed statuses (None: absent), and the
    scheme's name, if given, is no separate organisation."""
    if org is None:
        assert record["incidents"] == [], f"expected no incident; got {org_list(record)}"
        return
    incident = get(record, org)
    got = statuses(incident)
    for service, allowed in expect.items():
        assert got.get(service) in allowed, (
            f"{org}: {service} is {got.get(service)!r}, expected one of "
            f"{sorted(allowed, key=str)}; services: {service_pairs(incident)}"
        )
    if scheme is not None:
        other = find(record, scheme)
        assert other is None or other is incident, (
            f"scheme {scheme!r} reported as its own organisation "
            f"{other['organization']['name']!r}; incidents: {org_list(record)}"
        )


# --- A: contact-channel overload -----------------------------------------------------------

A_CASES = [
    pytest.param(
        "2025-02-11",
        article(
            "Brackenvale Energy customers face three-hour phone waits after cyber attack",
            "Customers of Brackenvale Energy faced waits of up to three hours on its phone "
            "lines on Tuesday after a cyber attack knocked out the supplier's online account "
            "system.",
            "The company, which supplies gas and electricity to around 400,000 homes across "
            "Knollbury and Fenwhistle, said it had taken some systems offline as a precaution.",
            '"We are sorry that so many people are struggling to reach us," said chief '
            'operating officer Dana Oxlade. "Our teams are working around the clock."',
            "Brackenvale Energy said there was no evidence that payment details had been taken.",
        ),
        "Brackenvale Energy",
        {"customer_service": DISRUPTED},
        id="A1",
    ),
    pytest.param(
        "2025-03-04",
        article(
            "Scarrowdene Building Society apologises after IT failure",
            "Scarrowdene Building Society's call centre was overwhelmed on Monday after a "
            "technical fault left members unable to log in to online banking for most of the "
            "day.",
            "The society, based in Mistlecombe, said the problem was caused by a failed "
            "software update and was not the result of a cyber attack.",
            "Members took to social media to complain about being kept on hold. One, Ruth "
            "Brayfield, said she gave up after 50 minutes.",
            "Online banking was working again shortly after 9pm, the society said.",
        ),
        "Scarrowdene Building Society",
        {"customer_service": DISRUPTED},
        id="A2",
    ),
    pytest.param(
        "2025-04-18",
        article(
            "Quarlbury Outdoor customers unable to reach helpline after data breach",
            "Customers of Quarlbury Outdoor say it has been impossible to get through to the "
            "retailer's helpline since it disclosed a data breach on Thursday.",
            "The outdoor clothing chain said hackers had accessed the names, addresses and "
            "order histories of online shoppers, but not their card details.",
            "Shoppers who tried to call for advice reported hearing an engaged tone again and "
            "again throughout Friday.",
            "Quarlbury Outdoor said it was adding staff and urged customers to be alert to "
            "suspicious emails.",
        ),
        "Quarlbury Outdoor",
        {"customer_service": DISRUPTED},
        id="A3",
    ),
    pytest.param(
        "2025-05-07",
        article(
            "Wendlestow Water billing outage leaves callers on hold",
            "Callers to Wendlestow Water's customer service line waited more than an hour to "
            "speak to an adviser on Wednesday after a computer outage hit the company's "
            "billing system.",
            "The supplier, which serves 1.2 million people across Harrowfen and Penhallick, "
            "said water supplies had not been affected.",
            "A spokesperson said engineers had traced the problem to a faulty database server "
            "and expected the billing system to be back by Friday.",
        ),
        "Wendlestow Water",
        {"customer_service": DISRUPTED},
        id="A4",
    ),
    pytest.param(
        "2025-01-20",
        article(
            "Drevanton Telecom contact centre swamped as attack hits broadband",
            "The contact centre at Drevanton Telecom has been swamped by calls after a cyber "
            "attack disrupted broadband for thousands of customers in the Wrennock area.",
            "The company said the attack, which began late on Saturday, had targeted equipment "
            "in its core network.",
            '"We know how frustrating this is for our customers," said managing director '
            "Colin Kember.",
            "Engineers were still working to bring broadband back on Monday afternoon.",
        ),
        "Drevanton Telecom",
        {"customer_service": DISRUPTED},
        id="A5",
    ),
    pytest.param(
        "2025-06-12",
        article(
            "Ravelstoke Insurance claims portal down for second day",
            "Ravelstoke Insurance customers trying to make claims have faced hour-long waits "
            "on its live chat since the insurer's claims portal went down on Tuesday.",
            "The company said a hardware fault had taken the portal offline and that there was "
            "no sign of malicious activity.",
            "Policyholder Gareth Stirrat said he had been in the chat queue for 70 minutes "
            "before giving up.",
            "Ravelstoke Insurance said it hoped to have the portal running again by the end of "
            "the week.",
        ),
        "Ravelstoke Insurance",
        {"customer_service": DISRUPTED},
        id="A6",
    ),
    pytest.param(
        "2025-07-21",
        article(
            "Larkmoss Broadband phone lines jammed after ransomware attack",
            "Larkmoss Broadband's phone lines have been jammed since Friday, when a ransomware "
            "attack took down the provider's billing and email systems.",
            "The company, which has about 90,000 customers around Skelbrooke, said internet "
            "connections themselves were working.",
            'Chief executive Helen Pagett said: "We are restoring our systems carefully and '
            'we ask customers to bear with us."',
        ),
        "Larkmoss Broadband",
        {"customer_service": DISRUPTED},
        id="A7",
    ),
    pytest.param(
        "2025-09-05",
        article(
            "Cardenhythe Council still recovering from cyber attack",
            "Waits of 90 minutes were reported on Cardenhythe Council's housing helpline on "
            "Thursday as the authority struggled to recover from a cyber attack.",
            "The council said its website and online payment systems had been offline since "
            "the attack was discovered last weekend.",
            "Councillor Martin Redfern, the council's leader, thanked residents for their "
            "patience and said the authority was working with national cyber security "
            "officials.",
        ),
        "Cardenhythe Council",
        {"customer_service": DISRUPTED},
        id="A8",
    ),
    pytest.param(
        "2025-08-10",
        article(
            "Hollinspey Airways passengers stranded after check-in system failure",
            "Passengers of Hollinspey Airways said it was very hard to get through to the "
            "airline's call centre on Sunday after a failure of its check-in system grounded "
            "dozens of flights.",
            "The airline said the fault was a technical problem and not a cyber attack.",
            "Flights resumed on Sunday evening, but Hollinspey Airways warned that delays "
            "would continue into Monday.",
        ),
        "Hollinspey Airways",
        {"customer_service": DISRUPTED},
        id="A9",
    ),
    pytest.param(
        "2025-10-02",
        article(
            "Sevenlode Housing Association tenants' data stolen in cyber attack",
            "Sevenlode Housing Association says its customer service line has been inundated "
            "with calls since it told tenants that their personal data had been stolen in a "
            "cyber attack.",
            "The association, which manages 14,000 homes in Venthorpe, said names, dates of "
            "birth and rent records had been taken.",
            "Tenant Amy Hesketh said she had tried to call four times on Wednesday without "
            "success.",
            "The association has reported the breach to the data protection regulator.",
        ),
        "Sevenlode Housing Association",
        {"customer_service": DISRUPTED},
        id="A10",
    ),
    pytest.param(
        "2025-05-31",
        article(
            "Ottermarsh Ferries cancels sailings after booking system outage",
            "Ottermarsh Ferries cancelled a dozen sailings on Saturday after an outage took "
            "its booking system offline.",
            "The operator's helpline had waits of more than two hours during the morning as "
            "passengers tried to rebook, travellers said.",
            "The company said the problem was caused by a power failure at its data centre in "
            "Neddicombe.",
            "Sailings are expected to return to normal on Sunday.",
        ),
        "Ottermarsh Ferries",
        {"customer_service": DISRUPTED},
        id="A11",
    ),
    # counter-cases
    pytest.param(
        "2025-03-19",
        article(
            "Morvath Dental Group warns patients after data breach",
            "Morvath Dental Group has told patients that their names, phone numbers and "
            "treatment records may have been accessed in a data breach.",
            "The group, which runs 40 practices across Harrowfen, said an unauthorised person "
            "had gained access to its booking database earlier this month.",
            "It has set up a dedicated helpline for patients who have questions about the breach.",
            "Clinical director Priya Ferrisby said the group was sorry for the worry caused.",
        ),
        "Morvath Dental Group",
        {"customer_service": NOT_DISRUPTED},
        id="A12",
    ),
    pytest.param(
        "2025-04-02",
        article(
            "Glenquarry Bank app hit by cyber attack",
            "Glenquarry Bank's mobile app has been unavailable since Monday after what the "
            "bank described as a cyber attack.",
            "Customers have been unable to check balances or make transfers through the app, "
            "though cards and cash machines are working.",
            "The bank's call centre was working normally and was not affected by the attack, "
            "a spokesperson said.",
            "Glenquarry Bank said it expected the app to be back within 48 hours.",
        ),
        "Glenquarry Bank",
        {"customer_service": NORMAL},
        id="A13",
    ),
    pytest.param(
        "2025-11-14",
        article(
            "Ellerscombe Borough Council online services down after outage",
            "Ellerscombe Borough Council's website and email have been down since Tuesday "
            "after a fault in the council's server room.",
            "Residents have been unable to pay council tax or book bulky waste collections "
            "online, the council said.",
            "In an unrelated development, patients at St Ivorne's Hospital faced waits of up "
            "to six hours in its accident and emergency department on Tuesday night, the "
            "local health board said.",
            "The council expects its online services to be running again by Friday.",
        ),
        "Ellerscombe Borough Council",
        {"customer_service": NOT_DISRUPTED},
        id="A14",
    ),
    pytest.param(
        "2025-12-01",
        article(
            "Tarrowgate Software payroll outage delays wages",
            "Thousands of workers were paid late on Friday after an outage at payroll provider "
            "Tarrowgate Software.",
            "The company said a failed update to its payments platform had stopped salary "
            "files from being sent to banks, and that it had not been hacked.",
            "Separately, commuters in Knollbury waited up to two hours for trains on Friday "
            "morning because of a signal fault outside the town.",
            "Tarrowgate Software said all delayed payments had been sent by Saturday.",
        ),
        "Tarrowgate Software",
        {"customer_service": NOT_DISRUPTED},
        id="A15",
    ),
    pytest.param(
        "2025-02-26",
        article(
            "Energy customers wait longer on the phone, consumer group finds",
            "Energy customers spent an average of 23 minutes on hold when they called their "
            "supplier last winter, according to a report by the Kettlestone Consumer Forum.",
            "The group said the slowest supplier in its survey, Lumoral Energy, kept callers "
            "waiting for 41 minutes on average, while Brisvolt answered in under ten.",
            '"Suppliers need to invest in their phone teams," said the forum\'s director, '
            "Naomi Caddiscombe.",
            "The report was based on more than 6,000 test calls made between October and March.",
        ),
        None,
        {},
        id="A16",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "org", "expect"), with_known_misses(A_CASES, KNOWN_MISSES)
)
def test_contact_channel_overload(
    published: str, text: str, org: str | None, expect: dict[str, set[str | None]]
) -> None:
    check(run(text, published), org, None, expect)


# --- B: branded loyalty schemes -------------------------------------------------------------

B_CASES = [
    pytest.param(
        "2025-03-10",
        article(
            "Marnhollow supermarket hit by cyber attack",
            "Supermarket chain Marnhollow says it is dealing with a cyber attack that has "
            "disrupted online orders since Saturday.",
            "Marnhollow Rewards is currently unavailable, the company said, and shoppers will "
            "not be able to collect or spend points until further notice.",
            "The chain's 120 stores remain open and are taking card payments as normal.",
            '"We apologise to our customers for the inconvenience," said chief executive '
            "Stephen Pimbrook.",
        ),
        "Marnhollow",
        "Marnhollow Rewards",
        {"loyalty_program": DOWN},
        id="B1",
    ),
    pytest.param(
        "2025-04-23",
        article(
            "Dunsterby coffee chain's app still down after outage",
            "Coffee chain Dunsterby said the Dunsterby Perks app remains offline two days "
            "after a technical outage hit its systems.",
            "The company said the problem had been caused by a failed database migration and "
            "was not a cyber attack.",
            "Its cafes are open and accepting card payments, but customers cannot earn free "
            "drinks while the app is down.",
        ),
        "Dunsterby",
        "Dunsterby Perks",
        {"loyalty_program": DOWN},
        id="B2",
    ),
    pytest.param(
        "2025-05-15",
        article(
            "Corriebank Pharmacy suspends points scheme after attack",
            "Corriebank Pharmacy has suspended the Corriebank Points scheme as a precaution "
            "after detecting a cyber attack on its systems.",
            "The chain, which has 85 branches across Mistlecombe and Wrennock, said "
            "prescriptions were still being dispensed.",
            "A spokesperson said the scheme would stay paused while investigators worked out "
            "how the attackers got in.",
        ),
        "Corriebank Pharmacy",
        "Corriebank Points",
        {"loyalty_program": SUSPENDED},
        id="B3",
    ),
    pytest.param(
        "2025-06-03",
        article(
            "Hobbledown Home confirms loyalty members' data stolen",
            "DIY retailer Hobbledown Home has confirmed that hackers stole the personal data "
            "of members of its Hobbledown Rewards programme.",
            "Names, email addresses and postal addresses were taken, the company said, but no "
            "payment card details were involved.",
            "Hobbledown Home said it had informed the data protection regulator and was "
            "writing to every affected member.",
        ),
        "Hobbledown Home",
        "Hobbledown Rewards",
        {"loyalty_program": COMPROMISED},
        id="B4",
    ),
    pytest.param(
        "2025-07-08",
        article(
            "Crennagh Cinemas loyalty scheme back after cyber attack",
            "Crennagh Perks is back, Crennagh Cinemas said on Monday, three weeks after a "
            "cyber attack forced the chain to take its systems offline.",
            "Members can once again earn and redeem points on tickets and snacks, the company "
            "said.",
            "Online ticket sales returned last week, and the chain's 30 cinemas stayed open "
            "throughout.",
        ),
        "Crennagh Cinemas",
        "Crennagh Perks",
        {"loyalty_program": RESTORED},
        id="B5",
    ),
    pytest.param(
        "2025-08-19",
        article(
            "Quintaford Books still recovering from ransomware attack",
            "Bookseller Quintaford Books says its website is working again after a ransomware "
            "attack, but the Quintaford Points app is not back yet.",
            "The company said the attack, discovered on 4 August, had encrypted servers at "
            "its head office.",
            "Managing director Eleanor Ruddlestone said points balances were safe and would be "
            "available again once the app returned.",
        ),
        "Quintaford Books",
        "Quintaford Points",
        {"loyalty_program": DOWN},
        id="B6",
    ),
    pytest.param(
        "2025-09-11",
        article(
            "Brimlow Fuel forecourts take cash only after IT outage",
            "Brimlow Rewards has been offline since Tuesday, when an IT outage hit the petrol "
            "station operator Brimlow Fuel.",
            "Drivers have been unable to collect points on fuel purchases, and some forecourts "
            "were taking cash only on Wednesday.",
            "The company said the outage was caused by a fault at its data centre and that "
            "customer data was not at risk.",
        ),
        "Brimlow Fuel",
        "Brimlow Rewards",
        {"loyalty_program": DOWN},
        id="B7",
    ),
    pytest.param(
        "2025-10-20",
        article(
            "Pudsleigh Pets restores loyalty scheme after outage",
            "The Pudsleigh Perks scheme was back online on Friday, pet supplies retailer "
            "Pudsleigh Pets said, after a week-long technical outage.",
            "The outage, which began on 10 October, had also stopped customers from placing "
            "orders on the company's website.",
            "Pudsleigh Pets said members who missed out on points would have them added to "
            "their accounts automatically.",
        ),
        "Pudsleigh Pets",
        "Pudsleigh Perks",
        {"loyalty_program": RESTORED},
        id="B8",
    ),
    pytest.param(
        "2025-11-05",
        article(
            "Vennacott Hotels says guests' loyalty data taken by hackers",
            "Vennacott Hotels has said hackers stole the names, email addresses and points "
            "balances of Vennacott Points members.",
            "The hotel group, which has 22 hotels across Penhallick and Skelbrooke, said it "
            "discovered the breach on Sunday.",
            "A spokesperson said bookings were not affected and that passwords had been reset "
            "as a precaution.",
        ),
        "Vennacott Hotels",
        "Vennacott Points",
        {"loyalty_program": COMPROMISED},
        id="B9",
    ),
    pytest.param(
        "2025-12-09",
        article(
            "Thrimble department store halts points after cyber attack",
            "Shoppers at Thrimble & Co cannot collect or redeem points through Thrimble Points "
            "until further notice after a cyber attack on the department store.",
            "The company said its stores were open and card payments were working.",
            '"Protecting our customers is our priority," said chair Victoria Yelvington.',
        ),
        "Thrimble & Co",
        "Thrimble Points",
        {"loyalty_program": DOWN},
        id="B10",
    ),
    # counter-cases
    pytest.param(
        "2025-02-17",
        article(
            "Payments firm Zelcombe Points hit by ransomware",
            "Zelcombe Points Ltd, a card payment processor used by thousands of small shops, "
            "has been hit by a ransomware attack.",
            "The Knollbury-based company said it had taken its systems offline and that some "
            "merchants had been unable to take card payments on Monday.",
            "Zelcombe Points said it was working with law enforcement and had not paid a ransom.",
        ),
        "Zelcombe Points Ltd",
        None,
        {},
        id="B11",
    ),
    pytest.param(
        "2025-03-27",
        article(
            "Veldmoor Stores online shop down after cyber attack",
            "Veldmoor Stores has stopped taking online orders after a cyber attack on its "
            "systems, the retailer said on Wednesday.",
            "Its 60 shops are open as usual, and Veldmoor Rewards continues to work normally, "
            "the company added.",
            "The retailer said it did not yet know whether any customer data had been taken.",
        ),
        "Veldmoor Stores",
        "Veldmoor Rewards",
        {"loyalty_program": NORMAL},
        id="B12",
    ),
    pytest.param(
        "2025-06-25",
        article(
            "Employee benefits platform Ambrel Perks reports data breach",
            "Ambrel Perks Ltd, which runs staff discount schemes for more than 300 employers, "
            "says hackers accessed the personal details of thousands of workers.",
            "The company said names, work email addresses and dates of birth had been taken "
            "from one of its databases.",
            "Chief executive Owen Quorndon said Ambrel Perks had informed its clients and the "
            "data protection regulator.",
        ),
        "Ambrel Perks Ltd",
        None,
        {},
        id="B13",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "org", "scheme", "expect"), with_known_misses(B_CASES, KNOWN_MISSES)
)
def test_branded_loyalty_scheme(
    published: str,
    text: str,
    org: str,
    scheme: str | None,
    expect: dict[str, set[str | None]],
) -> None:
    check(run(text, published), org, scheme, expect)


# --- C: mixed, and no-incident stories ------------------------------------------------------

C_CASES = [
    pytest.param(
        "2025-04-07",
        article(
            "Carrowgill department store hit by cyber attack",
            "Department store chain Carrowgill is dealing with a cyber attack that has taken "
            "its website offline since Friday.",
            "Carrowgill Rewards is also offline, and customers complained of waits of more than "
            "an hour on its customer service line over the weekend.",
            "The company said its 18 stores were trading normally.",
            '"We are working with specialists to restore our systems," said chief executive '
            "Frances Tullow.",
        ),
        "Carrowgill",
        "Carrowgill Rewards",
        {"customer_service": DISRUPTED, "loyalty_program": DOWN},
        id="C1",
    ),
    pytest.param(
        "2025-05-26",
        article(
            "Pendlemere Gyms members locked out after booking outage",
            "Members of Pendlemere Gyms were unable to book classes for three days after a "
            "technical outage, and the company's phone lines were jammed throughout.",
            "The gym chain said on Monday that the Pendlemere Perks app was back again and "
            "that bookings were working.",
            "The company said the outage was caused by a software fault at its booking "
            "provider and was not a cyber attack.",
        ),
        "Pendlemere Gyms",
        "Pendlemere Perks",
        {"customer_service": DISRUPTED, "loyalty_program": RESTORED},
        id="C2",
    ),
    pytest.param(
        "2025-07-30",
        article(
            "Orlanby Air frequent flyers' data stolen",
            "Orlanby Air says hackers stole the personal data of members of Orlanby Points, its "
            "frequent flyer scheme.",
            "Passport numbers, dates of birth and travel histories were among the details "
            "taken, the airline said.",
            "Worried passengers faced hour-long waits at the airline's call centre on "
            "Tuesday, with some giving up altogether.",
            "Orlanby Air said flights were operating as normal.",
        ),
        "Orlanby Air",
        "Orlanby Points",
        {"customer_service": DISRUPTED, "loyalty_program": COMPROMISED},
        id="C3",
    ),
    pytest.param(
        "2025-09-22",
        article(
            "Farthingdale Chemists suspends rewards scheme after cyber attack",
            "Farthingdale Chemists has suspended Farthingdale Rewards while it investigates a "
            "cyber attack on its computer systems.",
            "Customers using the chain's live chat reported waits of 40 minutes on Monday, "
            "and some said they had given up.",
            "The company said its pharmacies remained open and prescriptions were unaffected.",
            "Operations director Kieran Maddock said the scheme would return once the "
            "investigation was complete.",
        ),
        "Farthingdale Chemists",
        "Farthingdale Rewards",
        {"customer_service": DISRUPTED, "loyalty_program": SUSPENDED},
        id="C4",
    ),
    pytest.param(
        "2025-10-28",
        article(
            "Gorsemoor Garden Centres call centre overwhelmed after outage",
            "Gorsemoor Garden Centres' call centre was overwhelmed on Saturday after an IT "
            "outage stopped the company's website from taking orders.",
            "The company said Gorsemoor Points was working normally and members could still "
            "earn points in its garden centres.",
            "Gorsemoor said the website would be back on Monday.",
        ),
        "Gorsemoor Garden Centres",
        "Gorsemoor Points",
        {"customer_service": DISRUPTED, "loyalty_program": NORMAL},
        id="C5",
    ),
    pytest.param(
        "2025-03-03",
        article(
            "Trevallick Foods launches Trevallick Perks loyalty scheme",
            "Grocer Trevallick Foods has launched Trevallick Perks, a loyalty scheme that "
            "gives shoppers personalised discounts and a free coffee every tenth visit.",
            "The scheme is available in all 45 Trevallick Foods stores and through a new app.",
            '"Our customers have been asking for this for years," said marketing director '
            "Lowri Abernant.",
            "The company expects a million members to sign up in the first year.",
        ),
        None,
        None,
        {},
        id="C6",
    ),
    pytest.param(
        "2025-08-04",
        article(
            "Callers wait longest for banks and broadband firms, survey finds",
            "Customers waited an average of 19 minutes to get through to a call centre last "
            "year, according to a survey by Hartsease Research.",
            "Banks and broadband providers had the longest waits, with some callers on hold "
            "for more than an hour, while supermarkets answered fastest.",
            "The researchers made 4,500 calls to 60 companies between January and June.",
            '"Long waits are a choice, not an accident," said Hartsease director Paul Ardwenna.',
        ),
        None,
        None,
        {},
        id="C7",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "org", "scheme", "expect"), with_known_misses(C_CASES, KNOWN_MISSES)
)
def test_mixed_overload_and_scheme(
    published: str,
    text: str,
    org: str | None,
    scheme: str | None,
    expect: dict[str, set[str | None]],
) -> None:
    check(run(text, published), org, scheme, expect)

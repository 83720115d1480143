"""Blind round 74, class W: a service that people or an organisation were left without.

Class W. "Customers of Thrapston Building Society have been without the society's mobile banking
app since Tuesday, when a cyber attack hit the Northamptonshire lender", "A fault ... left
shoppers at its 34 stores without contactless payments for most of Saturday", "Some 40 branches
... went without their till systems for two days", "Members ... had been without the chain's
mobile app for a week before it returned on Friday", "Staff at Wendlebury District Council have
been without email since a cyber attack on Thursday": the loss of a service is told with the
word "without", in the perfect ("have been without X since <day>"), the past ("were without X on
Monday"), "left ... without X", "went without" or "have gone without", with or without a time
span ("for most of Saturday", "for three days"). The victim is primary, the service it lost is
read (in the spec's taxonomy) at status disrupted, or restored with a claim where the story later
says it is back; the start day is read where the article gives one, and the incident type is the
one told.

W1  English building society, perfect, "have been without the society's mobile banking app
    since Tuesday, when a cyber attack hit the Northamptonshire lender" -> Thrapston Building
    Society primary, mobile_app disrupted, cyber_attack, start Tuesday, nothing restored
W2  Scottish supermarket, "left shoppers at its 34 stores without contactless payments for most
    of Saturday", "Contactless payments were working again in all our stores by about 6pm" ->
    Garvie's primary, contactless_payments restored with a claim, technical_outage, not
    cyber_attack, start Saturday
W3  Irish hospital, "have been left without its outpatient pharmacy since Friday, when a
    ransomware attack hit" -> St Brigid's University Hospital primary, pharmacy disrupted,
    ransomware, start Friday, nothing restored
W4  English council, "Staff ... have been without email since a cyber attack on Thursday" ->
    Wendlebury District Council primary, internal_systems disrupted, cyber_attack, start
    Thursday, nothing restored
W5  Cumbrian builders' merchant, "Some 40 branches ... went without their till systems for two
    days last week", "Our tills were back in operation at every branch by Friday morning" ->
    Corran Builders' Merchants primary, card_payments restored with a claim, technical_outage,
    not cyber_attack, start Wednesday
W6  English gym chain, "had been without the chain's mobile app for a week before it returned
    on Friday, following a cyber attack on 28 November" -> PulseHouse Gyms primary, mobile_app
    restored with a claim, cyber_attack, start 28 November
W7  Scottish airline, "have been without the airline's website since Monday, when a technical
    fault took it offline" -> Skerryvore Airways primary, website disrupted, technical_outage,
    start Monday, nothing restored
W8  Welsh school, past, "were without computers and internet access on Monday after a ransomware
    attack on the school's network" -> Ysgol Bryn Dewi primary, internal_systems disrupted,
    ransomware, start Monday, nothing restored
W9  English online furniture retailer, "have gone without deliveries since a cyber attack on the
    online furniture retailer's systems on 2 March" -> Oakhurst Living primary, home_delivery
    disrupted, cyber_attack, start 2 March, nothing restored
W10 Irish homewares retailer, "An IT failure has left shoppers at Dunleary Home without click
    and collect since Saturday" -> Dunleary Home primary, click_and_collect disrupted,
    technical_outage, not cyber_attack, start Saturday, nothing restored
W11 Australian outdoor retailer, "A cyber attack left customers of Brindabella Outdoor without
    online ordering for three days, before ... began taking orders on its website again on
    Monday" -> Brindabella Outdoor primary, online_orders restored with a claim, cyber_attack,
    start Friday
W12 US utility, past, "were without the utility's customer service phone lines on Monday after a
    cyber attack ..., and the lines were still down on Tuesday" -> Granite Valley Electric
    primary, customer_service disrupted, cyber_attack, start Monday, nothing restored
W13 Canadian grocer, "Members of Northway Foods' loyalty program have been without their
    Northway Rewards accounts since Friday, when a ransomware attack hit" -> Northway Foods
    primary, loyalty_program disrupted, ransomware, start Friday, nothing restored
W14 New Zealand supermarkets, "Totara Fresh's 40 supermarkets have been without deliveries from
    the chain's Auckland distribution centre since Monday, when a cyber attack hit" -> Totara
    Fresh primary, stock_and_supply disrupted, cyber_attack, start Monday, nothing restored

Guards: "without" in other senses, where nothing is lost. Each article still reports its
incident, and the service named near "without" is not read as disrupted, or data is not read as
taken: stores that "traded without interruption", an attack "stopped without any customer data
being taken", a website that "went down without warning" beside tills that "work without the
website", an app that "ran without problems throughout" beside "no evidence that members'
personal data had been accessed", systems restored "without paying a ransom".

G1  English fashion retailer, "has paused online orders after a cyber attack on Sunday, but ...
    its 120 stores had traded without interruption" -> Harcourt & Lyle primary, online_orders
    suspended, stores not disrupted, cyber_attack, start Sunday
G2  English insurer, "a cyber attack on its systems on Monday was stopped without any customer
    data being taken" -> Calloway Insurance primary, data_compromised false, customer_data not
    compromised, cyber_attack, start Monday
G3  English garden centres, "went down without warning on Tuesday morning", "The chain's tills
    work without the website, and card payments at its 25 garden centres were unaffected" ->
    Fernhollow Garden Centres primary, website disrupted, card_payments not disrupted,
    technical_outage, not cyber_attack, start Tuesday
G4  Scottish credit union, "found no evidence that members' personal data had been accessed, and
    the credit union's mobile app ran without problems throughout" -> Marlowe Credit Union
    primary, internal_systems read, mobile_app not disrupted, data_compromised false,
    cyber_attack
G5  English academy trust, "has restored its computer systems from backups without paying a
    ransom", attack on 15 September -> Ridgeway Learning Trust primary, ransomware,
    internal_systems not disrupted, start 15 September

On the first run (the committed code at 053975a; no tracked file was edited), 9 of 19 cases
passed: W1, W5, W7, W11, W13, W14, G1, G3 and G5. No case was changed after it.
Missed:
W2  no incident at all: the record for the Garvie's article has no incidents
W3  St Brigid's University Hospital primary with ransomware and start Friday, but pharmacy
    suspended, read from the headline "Athlone hospital pharmacy closed after ransomware attack"
    (internal_systems disrupted from "staff work from paper records")
W4  Wendlebury District Council primary with start Thursday, but no services at all ("have been
    without email" gave no internal_systems) and types only technical_outage, not cyber_attack
W6  "PulseHouse Gyms" split in two: "PulseHouse" primary with mobile_app restored and the claim
    but no dates, and "Gyms" related with mobile_app restored, the restoration Friday and the
    start 28 November
W8  no incident for Ysgol Bryn Dewi: Swansea Council, which provides its IT support, was the
    only incident, primary, with internal_systems disrupted, ransomware and start Monday
W9  Oakhurst Living primary with cyber_attack and start 2 March, but home_delivery suspended,
    read from "deliveries that never came" (internal_systems disrupted from "delivery planning
    system")
W10 no incident at all: the record for the Dunleary Home article has no incidents
W12 Granite Valley Electric primary with customer_service disrupted and cyber_attack, but the
    start was read from "to report a cyber attack this year" (2025-01-01) and "on Monday" was
    dated other
G2  Calloway Insurance primary with cyber_attack and start Monday, but "was stopped without any
    customer data being taken" gave customer_data compromised, data_compromised true and
    data_breach
G4  no incident at all: the record for the Marlowe Credit Union article has no incidents

After round 74's rules (a service named right after 'without', the nearest verb before it one of
deprivation, was lost: 'left shoppers ... without contactless payments', 'have been without email
since a cyber attack', 'were without the utility's customer service phone lines on Monday', and
the 'without' denies none of the trouble beside it; a name written as a brand before the trade
word the model tags alone is one name: 'PulseHouse Gyms'): 14 of 19. W2, W4, W6, W10 and W12
pass; W3, W8, W9, G2 and G4 are left.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _without(
    victim: str,
    service: str,
    status: str,
    kind: str,
    claim: str | None = None,
    start: str | None = None,
    nothing_restored: bool = False,
    not_kind: str | None = None,
) -> dict[str, Any]:
    """The victim primary with the service it was left without at a status, the kind of
    trouble as told (and one not told), a claim for the service, its start day, nothing read
    as back."""
    expect: dict[str, Any] = {
        "primary": victim,
        "has_service": {victim: [service]},
        "statuses": {victim: {service: status}},
        "has_types": {victim: [kind]},
    }
    if claim:
        expect["claims"] = {victim: [(service, claim)]}
    if start:
        expect["start"] = {victim: start}
    if nothing_restored:
        expect["nothing_restored"] = [victim]
    if not_kind:
        expect["lacks_types"] = {victim: [not_kind]}
    return expect


W_CASES = [
    pytest.param(
        _article(
            "Thrapston Building Society app still down after cyber attack",
            "Customers of Thrapston Building Society have been without the society's mobile "
            "banking app since Tuesday, when a cyber attack hit the Northamptonshire lender.",
            "Members trying to log in have been shown an error message, and some said on social "
            "media that they had been unable to check balances or move money between accounts.",
            "A spokesperson for the society said branches were open as normal and that members "
            "could still make payments by phone. 'We are sorry for the inconvenience and are "
            "working around the clock to get the app back,' she said.",
            "The society, which has about 60,000 members, said it had reported the incident to "
            "the Information Commissioner's Office and the Financial Conduct Authority and was "
            "investigating whether any personal information had been affected.",
            "Thrapston, founded in 1868, is one of the smallest building societies in England "
            "and has six branches in Northamptonshire and Cambridgeshire. It launched its app in "
            "2021.",
        ),
        "2025-03-13",
        _without(
            "Thrapston Building Society",
            "mobile_app",
            "disrupted",
            "cyber_attack",
            start="2025-03-11",
            nothing_restored=True,
        ),
        id="W1",
    ),
    pytest.param(
        _article(
            "Garvie's shoppers left without contactless after system fault",
            "A fault in the payment system at Garvie's, the Dundee-based supermarket chain, left "
            "shoppers at its 34 stores without contactless payments for most of Saturday.",
            "Customers had to insert their cards and enter their PIN numbers, and those who tried "
            "to pay with their phones or watches were turned away. Queues built up at several "
            "stores during the busy morning period.",
            "A spokesperson for Garvie's said the problem had been caused by a faulty software "
            "update and was not the result of a cyber attack. 'Contactless payments were working "
            "again in all our stores by about 6pm on Saturday, and we apologise to customers for "
            "the inconvenience,' she said.",
            "Shopper Morag Lindsay, 67, said she had been left red-faced at the checkout in the "
            "chain's Kirkcaldy store. 'I don't carry my purse any more, just my phone,' she said. "
            "'I had to leave a full trolley behind.'",
        ),
        "2025-04-28",
        _without(
            "Garvie's",
            "contactless_payments",
            "restored",
            "technical_outage",
            claim="restored",
            start="2025-04-26",
            not_kind="cyber_attack",
        ),
        id="W2",
    ),
    pytest.param(
        _article(
            "Athlone hospital pharmacy closed after ransomware attack",
            "Patients at St Brigid's University Hospital have been left without its outpatient "
            "pharmacy since Friday, when a ransomware attack hit the Athlone hospital's computer "
            "systems.",
            "Outpatients have been given paper prescriptions to take to community pharmacies, and "
            "some appointments have been postponed while staff work from paper records.",
            "Hospital manager Dr Siobhan Keane said emergency care had continued throughout. 'Our "
            "priority is patient safety, and we are working with the National Cyber Security "
            "Centre to restore our systems safely,' she said.",
            "The hospital said it was too early to say whether patient information had been "
            "accessed. Gardai have been informed.",
            "St Brigid's, which has about 400 beds, is the main acute hospital for the Midlands "
            "region. Local TD Mary Corcoran said patients with long-term conditions had contacted "
            "her office worried about getting their medication. 'People need reassurance that "
            "they will not be left short,' she said.",
        ),
        "2025-06-11",
        _without(
            "St Brigid's University Hospital",
            "pharmacy",
            "disrupted",
            "ransomware",
            start="2025-06-06",
            nothing_restored=True,
        ),
        id="W3",
    ),
    pytest.param(
        _article(
            "Council staff without email after cyber attack",
            "Staff at Wendlebury District Council have been without email since a cyber attack "
            "on Thursday, the Oxfordshire authority has confirmed.",
            "Residents have been asked to phone rather than email the council with urgent "
            "enquiries, and the authority said bin collections and other frontline services were "
            "running as normal.",
            "Council leader Cllr Helen Ashdown said: 'This was a deliberate criminal attack. Our "
            "IT team and national agencies are working to understand what happened and to bring "
            "email back safely.'",
            "The council said it had reported the attack to Thames Valley Police and the National "
            "Cyber Security Centre.",
            "Wendlebury, which serves about 110,000 people, is the latest of several English "
            "councils to be targeted by cyber criminals in the past two years. Some staff have "
            "been using personal phones to contact colleagues, according to a union "
            "representative, who asked not to be named. Council meetings this week will go "
            "ahead as planned.",
        ),
        "2025-07-21",
        _without(
            "Wendlebury District Council",
            "internal_systems",
            "disrupted",
            "cyber_attack",
            start="2025-07-17",
            nothing_restored=True,
        ),
        id="W4",
    ),
    pytest.param(
        _article(
            "Builders' merchant branches back to normal after till failure",
            "Some 40 branches of Corran Builders' Merchants went without their till systems for "
            "two days last week after a computer failure at the firm's head office on Wednesday.",
            "Staff at the Cumbrian firm's yards wrote sales out by hand and took payment details "
            "over the phone, and trade customers were asked to settle their accounts later.",
            "Operations director Neil Raine said the failure had been caused by a faulty server "
            "and that there was no sign of a cyber attack. 'Our tills were back in operation at "
            "every branch by Friday morning, and we're grateful to customers for their "
            "patience,' he said.",
            "The company, which employs about 600 people across Cumbria, Lancashire and the "
            "Scottish Borders, said it was reviewing its backup arrangements.",
            "Corran, which was founded in 1952 and is still family-owned, supplies timber, bricks "
            "and plumbing goods to builders and the public.",
        ),
        "2025-09-15",
        _without(
            "Corran Builders' Merchants",
            "card_payments",
            "restored",
            "technical_outage",
            claim="restored",
            start="2025-09-10",
            not_kind="cyber_attack",
        ),
        id="W5",
    ),
    pytest.param(
        _article(
            "PulseHouse app back after week-long outage",
            "Members of PulseHouse Gyms had been without the chain's mobile app for a week before "
            "it returned on Friday, following a cyber attack on 28 November.",
            "The app is used to book classes and to get through the turnstiles at the budget gym "
            "operator's 55 sites, and staff had been letting members in by checking their names "
            "against printed lists.",
            "A PulseHouse spokesperson said: 'The app is now fully working again. We'd like to "
            "thank our members for their patience while we made sure it was safe to bring it "
            "back.'",
            "The company said it had reported the attack to the Information Commissioner's Office "
            "and that its investigation was continuing.",
            "Some members had complained on the company's Facebook page that they had been unable "
            "to book popular classes while still being charged their monthly fee. PulseHouse said "
            "it would give every member a free week's membership by way of apology.",
        ),
        "2025-12-08",
        _without(
            "PulseHouse Gyms",
            "mobile_app",
            "restored",
            "cyber_attack",
            claim="restored",
            start="2025-11-28",
        ),
        id="W6",
    ),
    pytest.param(
        _article(
            "Skerryvore Airways website down for third day",
            "Customers of Skerryvore Airways have been without the airline's website since "
            "Monday, when a technical fault took it offline.",
            "The Highlands and Islands carrier, which flies to Orkney, Shetland and the Western "
            "Isles from Glasgow and Inverness, said flights were operating as normal and that "
            "passengers who had already booked could check in at the airport.",
            "Passengers hoping to book seats have been told to call the airline's reservations "
            "team, and some said they had waited more than an hour to get through.",
            "'We're very sorry for the frustration this has caused,' a spokesperson for "
            "Skerryvore Airways said. 'Our engineers are working to fix the fault, and we'll "
            "update customers as soon as we can.'",
            "Travel agents said they had been unable to see seat availability and had been "
            "booking passengers by phone. The airline carries about 700,000 passengers a year on "
            "14 routes.",
        ),
        "2026-01-21",
        _without(
            "Skerryvore Airways",
            "website",
            "disrupted",
            "technical_outage",
            start="2026-01-19",
            nothing_restored=True,
        ),
        id="W7",
    ),
    pytest.param(
        _article(
            "Ransomware attack leaves Swansea school without computers",
            "Pupils and teachers at Ysgol Bryn Dewi in Swansea were without computers and "
            "internet access on Monday after a ransomware attack on the school's network.",
            "Lessons went ahead with textbooks and whiteboards, but Year 11 pupils were unable to "
            "submit coursework and teachers could not take registers electronically.",
            "Headteacher Rhian Pritchard said in a letter to parents that the attack had been "
            "discovered when staff arrived on Monday morning and found that files on the school's "
            "servers had been encrypted. The network was still not working on Tuesday evening, "
            "she said.",
            "Swansea Council, which provides IT support to the school, said it was working with "
            "the school and South Wales Police to investigate.",
            "Ysgol Bryn Dewi, a Welsh-medium secondary school, has about 900 pupils aged 11 to 18. "
            "Parents were told the school would stay open as usual while the investigation "
            "continued, and that pupils should bring pens and paper.",
        ),
        "2026-02-18",
        _without(
            "Ysgol Bryn Dewi",
            "internal_systems",
            "disrupted",
            "ransomware",
            start="2026-02-16",
            nothing_restored=True,
        ),
        id="W8",
    ),
    pytest.param(
        _article(
            "Oakhurst Living customers still waiting for furniture after cyber attack",
            "Hundreds of customers of Oakhurst Living have gone without deliveries since a cyber "
            "attack on the online furniture retailer's systems on 2 March.",
            "Shoppers who had ordered sofas, wardrobes and beds told Consumer Watch that they had "
            "been given no date for their orders to arrive, and several said they had taken time "
            "off work to wait in for deliveries that never came.",
            "Oakhurst Living said its delivery planning system had been affected by the attack. "
            "'We know how frustrating this is and we are sorry,' a spokesperson said. 'Our teams "
            "are working hard to get deliveries moving again as quickly as possible.'",
            "The retailer, which is based in Stoke-on-Trent, said it had contacted the police and "
            "would offer compensation to affected customers.",
            "Oakhurst Living, which was founded in 2016, sells its furniture only online and uses "
            "its own fleet of two-person delivery teams.",
        ),
        "2026-03-11",
        _without(
            "Oakhurst Living",
            "home_delivery",
            "disrupted",
            "cyber_attack",
            start="2026-03-02",
            nothing_restored=True,
        ),
        id="W9",
    ),
    pytest.param(
        _article(
            "Dunleary Home click and collect hit by IT failure",
            "An IT failure has left shoppers at Dunleary Home without click and collect since "
            "Saturday, the homewares retailer said.",
            "Customers who had ordered online to collect at one of the chain's 14 stores in "
            "Dublin, Cork and Galway have been told their orders are not ready, and some said "
            "staff had been unable to find their items.",
            "A spokesperson for Dunleary Home said the fault had affected the system that sends "
            "online orders to stores, and that home deliveries and in-store shopping were "
            "continuing as normal. 'We are very sorry to customers who have been affected,' she "
            "said.",
            "The company said it had ruled out a cyber attack.",
            "Dunleary Home, which was founded in Dun Laoghaire in 1989, sells furniture, lighting "
            "and kitchenware. One customer, Aoife Brennan, said she had made two trips to the "
            "chain's Cork store for a set of lamps. 'Nobody could tell me where my order was,' "
            "she said.",
        ),
        "2026-04-15",
        _without(
            "Dunleary Home",
            "click_and_collect",
            "disrupted",
            "technical_outage",
            start="2026-04-11",
            nothing_restored=True,
            not_kind="cyber_attack",
        ),
        id="W10",
    ),
    pytest.param(
        _article(
            "Brindabella Outdoor back online after cyber attack",
            "A cyber attack left customers of Brindabella Outdoor without online ordering for "
            "three days, before the Canberra-based camping and hiking retailer began taking "
            "orders on its website again on Monday.",
            "The company said it had detected the attack on Friday and taken its online store "
            "offline while specialists investigated. Its 11 stores in the ACT and New South Wales "
            "remained open throughout.",
            "Chief executive Dean Hollis said: 'Online orders are back up and running, and we "
            "have put extra protections in place.'",
            "Orders placed before the attack would be dispatched by the end of the week, he said.",
            "The retailer said about 1,500 orders had been placed in the first few hours after the "
            "website came back, helped by a discount offered to customers as an apology. "
            "Brindabella Outdoor, which was founded in 1998, sells tents, clothing and walking "
            "boots from its Fyshwick warehouse.",
        ),
        "2026-05-06",
        _without(
            "Brindabella Outdoor",
            "online_orders",
            "restored",
            "cyber_attack",
            claim="restored",
            start="2026-05-01",
        ),
        id="W11",
    ),
    pytest.param(
        _article(
            "New Hampshire utility's phone lines down after cyber attack",
            "Customers of Granite Valley Electric were without the utility's customer service "
            "phone lines on Monday after a cyber attack on the company's computer systems, and "
            "the lines were still down on Tuesday.",
            "The New Hampshire utility, which serves about 95,000 homes and businesses, said "
            "electricity supplies had not been affected and that crews were responding to "
            "outages as normal.",
            "Customers were asked to report power cuts through the company's website, which was "
            "working, and to avoid calling unless there was an emergency.",
            "'We understand how important it is for our customers to be able to reach us, and we "
            "apologize,' spokesperson Dana Whitcomb said. The company said it had notified the "
            "FBI and state regulators.",
            "Granite Valley Electric did not say whether any customer information had been "
            "accessed in the attack. It is the third utility in New England to report a cyber "
            "attack this year.",
        ),
        "2025-05-14",
        _without(
            "Granite Valley Electric",
            "customer_service",
            "disrupted",
            "cyber_attack",
            start="2025-05-12",
            nothing_restored=True,
        ),
        id="W12",
    ),
    pytest.param(
        _article(
            "Northway Rewards members locked out after ransomware attack",
            "Members of Northway Foods' loyalty program have been without their Northway Rewards "
            "accounts since Friday, when a ransomware attack hit the Manitoba grocery chain.",
            "Shoppers at the chain's 22 stores have been unable to collect or redeem points, and "
            "members trying to sign in online are shown an error message.",
            "Northway Foods said its stores were open and that customers could pay as usual. "
            "'Every point members earn while the system is down will be added to their accounts "
            "once it is restored,' spokesperson Marc Gagnon said.",
            "The company said it was working with cybersecurity experts and had notified the "
            "Winnipeg Police Service.",
            "Northway Rewards has about 180,000 members, who earn a point for every dollar spent "
            "in store. Shopper Lorraine Dubois said she had been saving points for months to put "
            "toward her Thanksgiving groceries. 'I just hope my points are safe,' she said.",
        ),
        "2025-08-27",
        _without(
            "Northway Foods",
            "loyalty_program",
            "disrupted",
            "ransomware",
            start="2025-08-22",
            nothing_restored=True,
        ),
        id="W13",
    ),
    pytest.param(
        _article(
            "Empty shelves at Totara Fresh after cyber attack on warehouse",
            "Totara Fresh's 40 supermarkets have been without deliveries from the chain's "
            "Auckland distribution centre since Monday, when a cyber attack hit the warehouse's "
            "computer systems.",
            "Shoppers in Auckland, Hamilton and Tauranga reported empty shelves in the chilled and "
            "frozen aisles, and some stores had put up signs apologising for the gaps.",
            "Chief operating officer Aroha Ngata said the company was moving some stock by hand. "
            "'We're not where we want to be yet, but our team is working day and night,' she "
            "said.",
            "The National Cyber Security Centre said it was aware of the incident and was "
            "supporting the company.",
            "Totara Fresh, which is owned by a cooperative of its store operators, has about 9 per "
            "cent of New Zealand's grocery market. Industry analyst Ben Thorne said a week without "
            "regular deliveries would cost the chain millions of dollars in lost sales.",
        ),
        "2026-06-03",
        _without(
            "Totara Fresh",
            "stock_and_supply",
            "disrupted",
            "cyber_attack",
            start="2026-06-01",
            nothing_restored=True,
        ),
        id="W14",
    ),
]

G_CASES = [
    pytest.param(
        _article(
            "Harcourt & Lyle pauses online orders after cyber attack",
            "Harcourt & Lyle has paused online orders after a cyber attack on Sunday, but the "
            "fashion retailer said its 120 stores had traded without interruption.",
            "Customers visiting the company's website on Tuesday were met with a message saying "
            "orders could not be taken 'for the time being', although they could still browse "
            "the latest ranges.",
            "'Our stores are open as normal and customers can shop with us in the usual way,' a "
            "spokesperson said. 'We took the decision to pause online ordering as a precaution "
            "while we investigate.'",
            "The retailer said it had informed the Information Commissioner's Office and was "
            "working with external cyber security experts.",
            "Harcourt & Lyle, which sells women's and men's clothing and accessories, makes about "
            "a third of its sales online. Shares in the company fell 4 per cent on Monday after "
            "the attack was disclosed, although analysts said the impact on profits was likely to "
            "be small.",
        ),
        "2025-10-22",
        {
            "primary": "Harcourt & Lyle",
            "statuses": {"Harcourt & Lyle": {"online_orders": "suspended"}},
            "not_status": {"Harcourt & Lyle": {"stores": "disrupted"}},
            "has_types": {"Harcourt & Lyle": ["cyber_attack"]},
            "start": {"Harcourt & Lyle": "2025-10-19"},
        },
        id="G1",
    ),
    pytest.param(
        _article(
            "Calloway Insurance says cyber attack stopped before data taken",
            "Calloway Insurance says a cyber attack on its systems on Monday was stopped without "
            "any customer data being taken.",
            "The Bristol-based insurer, which sells home and motor cover to about 300,000 "
            "customers, said its security team had spotted unusual activity on its network early "
            "on Monday morning and shut off the attackers' access within an hour.",
            "Its website and online claims service were unavailable for several hours while "
            "checks were carried out, but were working normally again by Monday afternoon.",
            "'We are confident that no personal or financial information was taken,' chief "
            "executive Priya Raman said. 'We've reported the incident to the Information "
            "Commissioner's Office as a precaution.'",
            "Insurers hold large amounts of personal information and have become a frequent "
            "target for cyber criminals. Calloway said it would write to customers to explain "
            "what had happened and how they can protect themselves.",
        ),
        "2026-01-07",
        {
            "primary": "Calloway Insurance",
            "data_compromised": {"Calloway Insurance": False},
            "not_status": {"Calloway Insurance": {"customer_data": "compromised"}},
            "has_types": {"Calloway Insurance": ["cyber_attack"]},
            "start": {"Calloway Insurance": "2026-01-05"},
        },
        id="G2",
    ),
    pytest.param(
        _article(
            "Fernhollow Garden Centres website down ahead of spring rush",
            "The website of Fernhollow Garden Centres went down without warning on Tuesday "
            "morning, days before the chain's busiest weekend of the spring.",
            "Customers trying to order plants and compost online were shown a blank page, and the "
            "company's social media accounts were flooded with complaints.",
            "A spokesperson said the problem had been caused by a failed software update and was "
            "not a cyber attack. The chain's tills work without the website, and card payments "
            "at its 25 garden centres were unaffected, she said.",
            "'We're sorry to anyone who has been unable to place an order,' she added. 'Our "
            "garden centres are open as usual and well stocked for the weekend.'",
            "Fernhollow, which is family-owned, has garden centres across Kent, Sussex and Surrey. "
            "Spring is the busiest time of year for the trade, with the Easter weekend alone "
            "accounting for a large share of annual plant sales.",
        ),
        "2026-03-25",
        {
            "primary": "Fernhollow Garden Centres",
            "statuses": {"Fernhollow Garden Centres": {"website": "disrupted"}},
            "not_status": {"Fernhollow Garden Centres": {"card_payments": "disrupted"}},
            "has_types": {"Fernhollow Garden Centres": ["technical_outage"]},
            "lacks_types": {"Fernhollow Garden Centres": ["cyber_attack"]},
            "start": {"Fernhollow Garden Centres": "2026-03-24"},
        },
        id="G3",
    ),
    pytest.param(
        _article(
            "Marlowe Credit Union says members unaffected by cyber attack",
            "Marlowe Credit Union says its members were not affected by a cyber attack on its "
            "internal network at the weekend.",
            "The Glasgow-based credit union said staff had been unable to use email and some "
            "back-office systems on Monday while the network was checked, and that loan "
            "applications had been processed more slowly than usual.",
            "An investigation by an outside security firm found no evidence that members' "
            "personal data had been accessed, and the credit union's mobile app ran without "
            "problems throughout, a spokesperson said.",
            "'Members' savings were never at risk,' chief executive Colin Murdoch said. 'We've "
            "learned lessons from this and are strengthening our defences.'",
            "Marlowe Credit Union, which has about 14,000 members in Glasgow and Lanarkshire, "
            "offers savings accounts and small loans. The attack has been reported to Police "
            "Scotland and to the Financial Conduct Authority, a spokesperson for the credit union "
            "said.",
        ),
        "2025-11-12",
        {
            "primary": "Marlowe Credit Union",
            "has_service": {"Marlowe Credit Union": ["internal_systems"]},
            "not_status": {"Marlowe Credit Union": {"mobile_app": "disrupted"}},
            "data_compromised": {"Marlowe Credit Union": False},
            "has_types": {"Marlowe Credit Union": ["cyber_attack"]},
        },
        id="G4",
    ),
    pytest.param(
        _article(
            "Academy trust restores systems after ransomware attack",
            "Ridgeway Learning Trust, which runs seven schools in Wiltshire, says it has restored "
            "its computer systems from backups without paying a ransom to the criminals who "
            "attacked it last month.",
            "The ransomware attack on 15 September encrypted files on the trust's servers and "
            "forced its schools to switch to paper registers for nearly two weeks.",
            "Chief executive Sarah Mellor said the trust had never considered paying. 'Paying "
            "criminals only encourages more attacks,' she said. 'Thanks to our backups, all our "
            "systems are now working normally.'",
            "The trust said it had reported the attack to Wiltshire Police and the Department for "
            "Education, and that its investigation into how the attackers got in was continuing.",
            "The trust's schools, two secondaries and five primaries, educate about 4,200 "
            "pupils. Ms Mellor said staff had been 'extraordinary' in keeping lessons going "
            "during the disruption, and thanked parents for their patience.",
        ),
        "2025-10-03",
        {
            "primary": "Ridgeway Learning Trust",
            "has_types": {"Ridgeway Learning Trust": ["ransomware"]},
            "not_status": {"Ridgeway Learning Trust": {"internal_systems": "disrupted"}},
            "start": {"Ridgeway Learning Trust": "2025-09-15"},
        },
        id="G5",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "W3": "pharmacy suspended, read from the headline 'Athlone hospital pharmacy closed'",
    "W8": "no incident for Ysgol Bryn Dewi; Swansea Council (its IT provider) primary",
    "W9": "home_delivery suspended, read from 'deliveries that never came'",
    "G2": "'stopped without any customer data being taken' gives customer_data compromised",
    "G4": "no incident at all for Marlowe Credit Union (record has no incidents)",
}


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(W_CASES, KNOWN_MISSES))
def test_class_w_a_service_left_without(text: str, published: str, expect: dict[str, Any]) -> None:
    record = run(text, published)
    check_expectations(record, expect)


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(G_CASES, KNOWN_MISSES))
def test_class_w_guards_without_in_other_senses(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)

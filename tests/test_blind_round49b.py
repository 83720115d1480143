"""Blind round 49b: acceptance cases written from class descriptions alone.

Every article below is invented and was written blind, without reading the extractor's
source, rules, fixtures or other test cases. All organisation, person and place names are
made up.

Classes:

A. A return told in the present inside a "while" clause (customers are sent elsewhere while
   the service is being fixed) is work under way: the service stays disrupted or suspended,
   not restored. Counter-cases: a return told as done in the past, with the "while" clause
   carrying some other ongoing work, is restored.
B. A sentence that opens on a contrasting clause of its own ("While X is back, Y remains
   down"; "Although ...", "Whereas ...", "Though ...", "Even though ...") gives each service
   its own clause's status: the first restored, the second still disrupted or suspended.
C. Organisations named in a list share what the sentence says of them: each listed
   organisation has an incident with data_compromised true and the right data service
   compromised. Counter-cases: an apposition about another organisation saying its systems
   were not affected must not make the victim's service unaffected.
D. An airport, port, station, terminal or marina that is itself the organisation hit is a
   victim with its own incident; where the article says when the trouble began ("since
   Friday"), that day is its start date.
E. A small business whose name is a run of capitalised words ending in a food trade, and
   that is not otherwise described, is found as a victim when its service fails.

On the code before round 49 (c5e42fc) 19 of the 34 cases pass; when first run 24 pass, and
29 with the round's mends (a main clause whose verb follows an adverb, "online orders still
cannot be placed", is a clause apart; more food trades, and port and marina, end a business's
name), then 30 (A3: a "technical failure" is an incident word), then 31 in round 68 (D5: "its
baggage handling system failed." closing its sentence is a failure). The three strict xfails
in KNOWN_MISSES are the extractor's misses, input and expectation unchanged.
"""

from __future__ import annotations

import pytest
from blind_support import get, known_miss_param, run, start_days

from conftest import statuses

DOWN = {"disrupted", "suspended"}

# the extractor's misses when the cases were run, input and expectation unchanged
KNOWN_MISSES = {
    "A6": "a sentence naming a forensic firm after the return gives the return to no victim",
    "C5": "the model tags the middle name of the list a person",
    "E7": "'customers ... found its mobile app would not load' ties no victim",
}


def article(headline: str, *paragraphs: str) -> str:
    return "\n\n".join([headline, *paragraphs]) + "\n"


# --- A: a return told in the present inside a "while" clause --------------------------------

A_CASES = [
    (
        "A1",
        article(
            "Bramholt Travel website offline after cyber attack",
            "Bramholt Travel's website has been offline since Thursday after what the holiday "
            "firm described as a cyber security incident.",
            "Customers are being asked to book and amend trips by telephone while the "
            "company's technicians work to bring the site back.",
            '"We are sorry for the inconvenience and thank customers for their patience," '
            "said spokesperson Delia Marravine.",
            "Rival operator Sunvale Holidays said it had seen no problems.",
        ),
        "2025-06-02",
        "Bramholt Travel",
        "website",
        DOWN,
    ),
    (
        "A2",
        article(
            "Card payments fail at Pendrissel Hardware stores",
            "A fault in the payment system stopped Pendrissel Hardware's 40 stores from "
            "accepting cards on Saturday morning.",
            "Shoppers can still pay in cash while engineers from its till supplier replace the "
            "faulty software on the card readers.",
            '"Our stores remain open and cash is being accepted," said a spokesman, Rolf Ainsty.',
            "The retailer, which competes with Coldharrow DIY, apologised to customers.",
        ),
        "2025-06-09",
        "Pendrissel Hardware",
        "card_payments",
        DOWN,
    ),
    (
        "A3",
        article(
            "Quillborne Building Society app down for second day",
            "Members of Quillborne Building Society have been unable to log in to its mobile "
            "app since Tuesday following a technical failure.",
            "The society said members should use its website or visit a branch while its IT "
            "team restores the app.",
            '"Members\' savings are completely safe," said chief operating officer Maren '
            "Hollowell.",
            "Other lenders including Ulvinghope Savings reported no problems.",
        ),
        "2025-06-12",
        "Quillborne Building Society",
        "mobile_app",
        DOWN,
    ),
    (
        "A4",
        article(
            "Ardwyke Garden Centres halts online orders after ransomware attack",
            "Ardwyke Garden Centres has suspended online orders after a ransomware attack on "
            "its computer systems at the weekend.",
            "Customers can still buy plants and furniture in its 12 centres while the company "
            "rebuilds its online shop, it said.",
            '"We took our ordering systems offline as a precaution," a spokeswoman, Imelda '
            "Farrowby, said.",
            "The attack comes weeks after a similar incident at homeware chain Tressel Living.",
        ),
        "2025-06-16",
        "Ardwyke Garden Centres",
        "online_orders",
        DOWN,
    ),
    (
        "A5",
        article(
            "Stenbury Foods pauses deliveries after IT failure",
            "Grocery home deliveries from Stenbury Foods were cancelled on Monday after a "
            "failure in the software that plans its van routes.",
            "Deliveries remain on hold while the company's engineers restore the routing "
            "system, and customers have been offered refunds.",
            '"We know how much our customers rely on us," said managing director Cosmo Pyrford.',
            "Stenbury's shops, which are supplied by Harlend Wholesale, are trading as normal.",
        ),
        "2025-06-18",
        "Stenbury Foods",
        "home_delivery",
        DOWN,
    ),
    (
        "A6",
        article(
            "Hollisford Leisure website back after cyber attack",
            "Hollisford Leisure, which runs 15 gyms and swimming pools, said a cyber attack had "
            "taken its website offline on Thursday.",
            "Engineers brought the website back online on Sunday while investigators from "
            "Drayvale Forensics carried on examining the breach.",
            '"Members can once again book classes online," said spokesperson Nerys Upcott.',
        ),
        "2025-06-23",
        "Hollisford Leisure",
        "website",
        {"restored"},
    ),
    (
        "A7",
        article(
            "Card payments restored at Tolgarth Cinemas",
            "Tolgarth Cinemas could not take card payments at its box offices on Friday evening "
            "after a network fault.",
            "The chain got its card readers working again on Saturday morning while its IT "
            "supplier, Brascombe Systems, looked into the cause.",
            '"We apologise to film-goers who were turned away," said operations manager Ffion '
            "Callard.",
        ),
        "2025-06-25",
        "Tolgarth Cinemas",
        "card_payments",
        {"restored"},
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "org", "service", "allowed"),
    [known_miss_param(case, KNOWN_MISSES) for case in A_CASES],
)
def test_return_inside_while_clause(
    text: str, published: str, org: str, service: str, allowed: set[str]
) -> None:
    incident = get(run(text, published), org)
    got = statuses(incident)
    assert got.get(service) in allowed, f"{org} {service}: {got.get(service)!r}; all: {got}"


# --- B: a sentence opening on a contrasting clause of its own -------------------------------

B_CASES = [
    (
        "B1",
        article(
            "Lantry Pharmacy online orders return but app still down",
            "Lantry Pharmacy said a technical fault on Wednesday had knocked out both its "
            "online prescription ordering and its mobile app.",
            "While online ordering has now been restored, the app remains unavailable, the "
            "chain said on Friday.",
            '"We are working hard to get the app running again," said spokesperson Ondine '
            "Beckthorne.",
            "Competitor Halvering Chemists was not affected.",
        ),
        "2025-06-06",
        "Lantry Pharmacy",
        "online_orders",
        "mobile_app",
    ),
    (
        "B2",
        article(
            "Corravine Fashion website still down after payment outage",
            "Corravine Fashion stores were unable to take card payments on Saturday after a "
            "failure at the retailer's data centre, which also took its website offline.",
            "Although card payments are being accepted again, the website was still down on "
            "Monday morning.",
            '"Our teams are working to get the website back as quickly as possible," said '
            "spokesman Torvald Yalding.",
            "Shoppers at nearby Emmerholt Shoes reported no problems.",
        ),
        "2025-06-09",
        "Corravine Fashion",
        "card_payments",
        "website",
    ),
    (
        "B3",
        article(
            "Fentrelow Water helpline still down after cyber attack",
            "Fentrelow Water said a cyber attack on Tuesday had disrupted its website and its "
            "customer service phone lines.",
            "Whereas the website is working normally again, the customer service lines are "
            "still down, the utility said on Thursday.",
            '"Emergency reports can be made through the website," said director Ingram Grune.',
            "Neighbouring supplier Oxmere Water said it had stepped up its own monitoring.",
        ),
        "2025-06-12",
        "Fentrelow Water",
        "website",
        "customer_service",
    ),
    (
        "B4",
        article(
            "Brisdown Supermarkets reopens stores but deliveries still halted",
            "Brisdown Supermarkets closed its 30 stores on Sunday after a ransomware attack "
            "disabled its tills and its home delivery service.",
            "While the stores reopened on Tuesday, home deliveries are still suspended, the "
            "company said.",
            '"We are grateful to customers for bearing with us," said chief executive Ansel '
            "Trewin.",
            "Police are also investigating a similar incident at wholesaler Pardrick Cash and "
            "Carry.",
        ),
        "2025-06-18",
        "Brisdown Supermarkets",
        "stores",
        "home_delivery",
    ),
    (
        "B5",
        article(
            "Pimbury Books app returns but online orders still paused",
            "Bookseller Pimbury Books said an IT failure on Thursday had taken down its mobile "
            "app and stopped it processing online orders.",
            "Though the app is running again, online orders still cannot be placed, the "
            "company said on Saturday.",
            '"We are sorry for the frustration this has caused," said spokeswoman Tirzah '
            "Orrisdale.",
            "Rival bookseller Gaskarth & Lisle said its own shops and website were unaffected.",
        ),
        "2025-06-21",
        "Pimbury Books",
        "mobile_app",
        "online_orders",
    ),
    (
        "B6",
        article(
            "Ovendrel Fuel forecourts still cash-only after outage",
            "Ovendrel Fuel's 60 forecourts were unable to accept card payments on Wednesday "
            "after a fault with the company's payment systems, which also disabled its "
            "pay-at-pump mobile app.",
            "Even though the mobile app is back online, card payments at the tills remain "
            "unavailable, the company said on Thursday.",
            '"Drivers can still pay in cash at every site," said spokesman Gilmore Marthen.',
            "Motoring group Roadsure advised drivers to carry cash.",
        ),
        "2025-06-26",
        "Ovendrel Fuel",
        "mobile_app",
        "card_payments",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "org", "back", "still_down"),
    [known_miss_param(case, KNOWN_MISSES) for case in B_CASES],
)
def test_contrasting_clause_opening_the_sentence(
    text: str, published: str, org: str, back: str, still_down: str
) -> None:
    incident = get(run(text, published), org)
    got = statuses(incident)
    assert got.get(back) == "restored", f"{org} {back}: {got.get(back)!r}; all: {got}"
    assert got.get(still_down) in DOWN, f"{org} {still_down}: {got.get(still_down)!r}; all: {got}"


# --- C: organisations named in a list share the sentence's data loss -----------------------

C_LIST_CASES = [
    (
        "C1",
        article(
            "Staff details stolen from council, college and housing trust",
            "Fallowmere Council, Brackwith College and the Ostringham Housing Trust have all "
            "confirmed that personal details of their employees were stolen when hackers broke "
            "into a shared HR system last month.",
            "Names, addresses and bank details of staff were taken, the three organisations "
            "said on Wednesday.",
            '"We have written to every affected member of staff," said a council spokesperson, '
            "Radley Dunnery.",
        ),
        "2025-06-04",
        ["Fallowmere Council", "Brackwith College", "Ostringham Housing Trust"],
        "employee_data",
    ),
    (
        "C2",
        article(
            "Policyholder data taken from two insurers",
            "Policyholders' names, addresses and dates of birth were taken from Varnley "
            "Insurance and the Corlawn Mutual by a criminal gang, the two insurers said on "
            "Tuesday.",
            "Both firms have written to customers warning them to watch for scam calls.",
            '"We deeply regret this," said Varnley\'s chief executive, Odile Sarrant.',
            "Broker Linhope Partners said it was checking whether its clients were affected.",
        ),
        "2025-06-10",
        ["Varnley Insurance", "Corlawn Mutual"],
        "customer_data",
    ),
    (
        "C3",
        article(
            "Three retailers confirm customer data breach",
            "Hensby Outdoor, Callowmere Pets and Dunskelly Books have each told customers that "
            "their names, email addresses and order histories were stolen by hackers.",
            "The retailers all use the same online shop software, which was breached earlier "
            "this month.",
            '"Passwords were encrypted and were not exposed," said a Callowmere Pets '
            "spokeswoman, Gretchen Pellory.",
        ),
        "2025-06-13",
        ["Hensby Outdoor", "Callowmere Pets", "Dunskelly Books"],
        "customer_data",
    ),
    (
        "C4",
        article(
            "Haulage firms' payroll records stolen",
            "Hackers stole the payroll records of employees at Wrannock Logistics and "
            "Ashlingby Freight, the two haulage firms confirmed on Monday.",
            "Bank details and National Insurance numbers of around 2,000 drivers and warehouse "
            "staff were taken.",
            '"We are offering all staff free credit monitoring," said Wrannock\'s head of '
            "people, Sorcha Vantridge.",
            "Both firms said deliveries for customers including Bellmont Retail were running "
            "normally.",
        ),
        "2025-06-16",
        ["Wrannock Logistics", "Ashlingby Freight"],
        "employee_data",
    ),
    (
        "C5",
        article(
            "Gang stole customer records from three clinics",
            "A criminal gang stole the personal details of customers from Millbridge "
            "Opticians, Tarrisford Hearing and the Greyvenna Eye Clinic, police said on "
            "Friday.",
            "The records included names, home addresses and phone numbers.",
            '"We are contacting everyone whose information was taken," said Millbridge '
            "Opticians' practice manager, Margery Toft.",
        ),
        "2025-06-20",
        ["Millbridge Opticians", "Tarrisford Hearing", "Greyvenna Eye Clinic"],
        "customer_data",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "orgs", "data_service"),
    [known_miss_param(case, KNOWN_MISSES) for case in C_LIST_CASES],
)
def test_listed_organisations_share_the_data_loss(
    text: str, published: str, orgs: list[str], data_service: str
) -> None:
    record = run(text, published)
    for org in orgs:
        incident = get(record, org)
        got = statuses(incident)
        assert incident["data_compromised"] is True, (
            f"{org} data_compromised: {incident['data_compromised']!r}"
        )
        assert got.get(data_service) == "compromised", (
            f"{org} {data_service}: {got.get(data_service)!r}; all: {got}"
        )


C_APPOSITION_CASES = [
    (
        "C6",
        article(
            "Pellington Council hit by cyber attack",
            "Pellington Council's website and internal computer systems have been down since "
            "a cyber attack on Monday.",
            "Arnsby Foods, the town's largest employer, said its own systems had not been "
            "affected.",
            '"Our staff are working around the clock," said council leader Berenice Toller.',
            "Residents have been asked to phone the council with urgent queries.",
        ),
        "2025-06-11",
        "Pellington Council",
        "website",
    ),
    (
        "C7",
        article(
            "Card payments fail at Wendrick & Daughters",
            "Wendrick & Daughters could not take card payments at any of its department stores "
            "on Saturday after an IT failure.",
            "Ravelsby Bank, the region's largest lender, said its card services were working "
            "normally and were not affected.",
            '"Customers can still pay in cash," said store manager Benedict Oarsby.',
        ),
        "2025-06-16",
        "Wendrick & Daughters",
        "card_payments",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "victim", "service"),
    [known_miss_param(case, KNOWN_MISSES) for case in C_APPOSITION_CASES],
)
def test_apposition_does_not_lend_its_status_to_the_victim(
    text: str, published: str, victim: str, service: str
) -> None:
    incident = get(run(text, published), victim)
    got = statuses(incident)
    assert got.get(service) in DOWN, f"{victim} {service}: {got.get(service)!r}; all: {got}"


# --- D: a facility that is itself the organisation hit --------------------------------------

D_CASES = [
    (
        "D1",
        article(
            "Kelsborough Airport check-in chaos enters fourth day",
            "Check-in desks at Kelsborough Airport have been running on paper since Friday, "
            "when a failure in the terminal's computer systems knocked out baggage tags and "
            "boarding pass printers.",
            "Passengers flying with Skyvellan and Solmere Air have been told to arrive three "
            "hours early.",
            '"We are doing everything we can to keep flights moving," said airport '
            "spokesperson Jorund Threlkeld.",
        ),
        "2025-06-02",
        "Kelsborough Airport",
        "2025-05-30",
    ),
    (
        "D2",
        article(
            "Ransomware halts cargo at Dunmouth Port",
            "Dunmouth Port said on Wednesday that ransomware had disabled the systems it uses "
            "to track containers, leaving lorries queuing outside the gates.",
            "Shipping line Caraway Lines said it was diverting two vessels to other harbours.",
            '"Our priority is to restore normal operations safely," said harbour master '
            "Isolde Penwithey.",
        ),
        "2025-06-04",
        "Dunmouth Port",
        None,
    ),
    (
        "D3",
        article(
            "Ticket machines down at Caverleigh Station",
            "Ticket machines and departure screens at Caverleigh Station stopped working on "
            "Thursday morning after an IT failure, causing long queues.",
            "Train operator Brackenrail said services were still running and passengers could "
            "buy tickets on board.",
            '"We apologise for the disruption," said station manager Tavish Greenhallow.',
        ),
        "2025-06-06",
        "Caverleigh Station",
        None,
    ),
    (
        "D4",
        article(
            "Cyber attack disrupts Portlessan Ferry Terminal",
            "Booking and boarding systems at Portlessan Ferry Terminal have been disrupted "
            "since Tuesday by what the operator described as a cyber attack.",
            "Foot passengers are being checked in by hand, and ferry company Seaholt Crossings "
            "has warned of delays.",
            '"We are working with specialists to bring everything back," said terminal director '
            "Marisande Quaye.",
        ),
        "2025-06-05",
        "Portlessan Ferry Terminal",
        "2025-06-03",
    ),
    (
        "D5",
        article(
            "Baggage system failure strands suitcases at Wickmoor",
            "Thousands of suitcases were left behind at Wickmoor International Airport on "
            "Sunday after its baggage handling system failed.",
            "Airlines including Skyvellan said passengers would have their bags delivered to "
            "their homes.",
            '"This is not the experience we want for anyone," an airport spokesman, Dacian '
            "Fellowsby, said.",
        ),
        "2025-06-09",
        "Wickmoor International Airport",
        None,
    ),
    (
        "D6",
        article(
            "Greystrand Marina bookings halted by hackers",
            "Greystrand Marina said on Tuesday that hackers had taken its berth booking "
            "website offline and encrypted files on its office computers.",
            "Boat owners have been asked to reserve moorings by radio.",
            '"We have reported the attack to police," said marina manager Edwina Colthurst.',
            "The neighbouring Tollerby Yacht Club said it had not been affected.",
        ),
        "2025-06-11",
        "Greystrand Marina",
        None,
    ),
    (
        "D7",
        article(
            "Ransomware shuts Scarrowby Container Terminal",
            "Crane and gate systems at Scarrowby Container Terminal were shut down on Thursday "
            "after a ransomware attack, halting the movement of containers.",
            "Hauliers including Brenthorn Transport said drivers had been waiting for up to "
            "ten hours.",
            '"We isolated our systems as soon as the attack was detected," said terminal '
            "spokesperson Kester Annersley.",
        ),
        "2025-06-13",
        "Scarrowby Container Terminal",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "org", "start"),
    [known_miss_param(case, KNOWN_MISSES) for case in D_CASES],
)
def test_facility_hit_is_its_own_victim(
    text: str, published: str, org: str, start: str | None
) -> None:
    incident = get(run(text, published), org)
    if start is not None:
        days = start_days(incident)
        assert start in days, f"{org} start: expected {start}, got {days}"


# --- E: a small food business named by a run of capitalised words ---------------------------

E_CASES = [
    (
        "E1",
        article(
            "Card fault leaves diners paying cash",
            "Customers at Ostrey Pizza were unable to pay by card on Saturday evening after an "
            "IT fault hit its tills.",
            "Staff put up signs asking for cash, and some diners walked to a cash machine down "
            "the road.",
            '"It was a busy night and the timing could not have been worse," said owner Lucan '
            "Briskett.",
            "Till supplier Paylark said it was looking into the fault.",
        ),
        "2025-06-02",
        "Ostrey Pizza",
        "card_payments",
    ),
    (
        "E2",
        article(
            "Friday night ordering outage",
            "Tarnholm Grill's online ordering system went down on Friday evening, leaving "
            "customers unable to place orders for collection.",
            "Customers took to social media to complain about error messages.",
            '"We took orders by phone instead," said manager Auberon Crowthorne.',
            "The ordering platform, Dishly, blamed a software update.",
        ),
        "2025-06-09",
        "Tarnholm Grill",
        "online_orders",
    ),
    (
        "E3",
        article(
            "IT failure leaves takeaway customers waiting",
            "An IT failure took down online ordering for Mirrowdale Noodles on Wednesday night, "
            "and dozens of customers were left waiting for meals that never arrived.",
            '"We only found out when people started ringing to ask where their food was," '
            "said co-owner Meilin Tarrasby.",
            "Delivery app Scoopa said its own service was working normally.",
        ),
        "2025-06-12",
        "Mirrowdale Noodles",
        "online_orders",
    ),
    (
        "E4",
        article(
            "High street card machines fail",
            "Corrisdale Bakery said its card machines stopped working on Monday morning "
            "because of an IT fault.",
            "Customers have been asked to pay in cash.",
            '"We have never had anything like this happen before," said owner Brigid Loamley.',
            "Other shops on the high street, including Fennacott Books, were not affected.",
        ),
        "2025-06-17",
        "Corrisdale Bakery",
        "card_payments",
    ),
    (
        "E5",
        article(
            "Payment outage hits late-night trade",
            "A payment outage left Greswick Kebabs unable to accept contactless payments on "
            "Thursday night.",
            "Customers queued at a nearby cash machine before collecting their food.",
            '"It is frustrating for everyone," said manager Emrys Dalbrook.',
            "The outage was blamed on a fault at card terminal supplier Tapwell.",
        ),
        "2025-06-20",
        "Greswick Kebabs",
        "contactless_payments",
    ),
    (
        "E6",
        article(
            "Bookings by phone only after website fault",
            "The website of Ambry Sushi has been offline since Sunday after an IT fault, and "
            "table bookings are being taken by phone.",
            '"Regulars know to give us a ring," said owner Kenta Oldrigg.',
            "Its web host, Pixelbarn, said it was investigating.",
        ),
        "2025-06-23",
        "Ambry Sushi",
        "website",
    ),
    (
        "E7",
        article(
            "App problem leaves customers hungry",
            "Customers trying to order from Dunstrey Tacos on Wednesday evening found its "
            "mobile app would not load because of an IT problem.",
            '"We are sorry to anyone who went hungry," said owner Palmira Strickley.',
            "Neighbouring businesses reported no trouble.",
        ),
        "2025-06-26",
        "Dunstrey Tacos",
        "mobile_app",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "org", "service"),
    [known_miss_param(case, KNOWN_MISSES) for case in E_CASES],
)
def test_food_business_named_by_its_trade_is_a_victim(
    text: str, published: str, org: str, service: str
) -> None:
    incident = get(run(text, published), org)
    got = statuses(incident)
    assert got.get(service) in DOWN, f"{org} {service}: {got.get(service)!r}; all: {got}"

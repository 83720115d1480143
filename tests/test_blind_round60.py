"""Blind round 60: acceptance cases written from the contract alone.

Classes:

A. An outside voice's opinion about services in general says nothing of the victim's services.
   An analyst, consultant, professor, economist or researcher talks about services as a kind:
   "Payment terminals usually come back first, because that is where the cash is" after the
   victim's own card payments are told down (A1: card_payments disrupted, nothing restored),
   "Pharmacies have become completely dependent on networked systems" (A2: no pharmacy),
   "Click and collect is always the last thing a retailer switches back on, because it needs
   the website, the warehouse and the shops" (A3: no click_and_collect, no stock_and_supply),
   "The longer a warehouse stays offline, the harder it is to restock shelves" (A4: no
   stock_and_supply), "Home delivery is normally the first thing a grocer gets back up and
   running" after the victim "has suspended home deliveries" (A5: home_delivery suspended,
   nothing restored), "A shop that can't take contactless is ... a shop that is closed" after
   "Its 31 shops stayed open" (A6: stores unaffected). Guards, where the outside voice tells a
   fact: the victim's own "website has been down since Friday, said ... an analyst" (A7:
   website disrupted); "Castellane Outdoor took seven weeks to restart online orders after its
   own attack last year, he said" (A8: the victim gets no online_orders); "The chain's app was
   working again by Sunday morning, said ... a leisure analyst" (A9: mobile_app restored, with
   a claim).
B. A return placed where it came back: "Card payments came back in all stores on Saturday
   morning" (B1: restored), "Deliveries came back in most regions on Thursday" (B2:
   home_delivery partially_restored, scoped), "The app came back in Scotland and Wales first
   on Friday, with England to follow next week" (B3: mobile_app partially_restored),
   "Contactless payments were switched back on in three of its five shops" (B4:
   partially_restored, scoped), "Online ordering returned in every region by Monday" (B5:
   online_orders restored), "The pharmacy service came back in its Dublin branches on
   Saturday, but it remains down in stores outside the capital" (B6: pharmacy
   partially_restored), each with a matching claim. Guards: a place that is a time, "It came
   back in March, before failing again in May", with the app down now (B7: mobile_app
   disrupted); a return of people, "customers came back in droves over the weekend", with
   online orders still down (B8: nothing restored); "it came back in January 2023 after a
   three-week outage caused by a previous attack" (B9: nothing restored).
C. The time a recovery or return will take is an expected restoration: "warned that a full
   recovery could take several weeks" (C1) and "restoring all of its systems is expected to
   take until the end of June" (C2) -> (None, restoration_expected); "It could take weeks to
   restore the online shop" (C3: online_orders), "it would take at least a month to bring the
   planning portal back" (C4: website), "Engineers expect the app to take another two days to
   recover" (C5: mobile_app), "getting home deliveries running normally again would take until
   at least the middle of next week" (C6: home_delivery) -> that service's
   restoration_expected claim. Guards: a duration told in the past, "It took three weeks to
   restore the website, which came back on 3 March" (C7: website restored, no
   restoration_expected); a caveat about something other than the return, "some records
   entered on paper during the outage may take several weeks to appear in the system" (C8: no
   restoration_expected claim, general, internal_systems or customer_data); a hypothetical
   about organisations in general, "Recovery from such attacks can take months, experts say"
   (C9: no general claim, no website restoration_expected).

On the first run (the committed code at 281e999; the working tree held no edits but this
file), 14 of the 27 cases passed. Class A: 4 of 9, A1, A2 and the guards A7 and A8: the
generic lines of A3 (click_and_collect restored, with a claim), A4 (stock_and_supply disrupted,
from "restock"), A5 (a home_delivery restored claim; the own suspension is also read as
disrupted) and A6 (stores suspended from "a shop that is closed", where the shops were told
open) are read as the victim's, and the guard A9 gives no incident at all (the app "taken
offline after detecting ... suspicious activity" is no incident). Class B: 5 of 9, B4, B5 and
the three guards: "came back in all stores" (B1), "came back in most regions" (B2), "came back
in Scotland and Wales first" (B3) and "came back in its Dublin branches ..., but it remains
down" (B6) are no return at all (the service keeps its down status, no claim). Class C: 5 of
9, C2, C6 and the three guards: "a full recovery could take several weeks" (C1), "It could take
weeks to restore the online shop" (C3), "it would take at least a month to bring the planning
portal back" (C4) and "expect the app to take another two days to recover" (C5) give no claim
at all. The thirteen misses are in KNOWN_MISSES with what was observed. No case's text or
expectations were changed after the first run; a second run gave the same result.

After the round's rules (an outside voice's service with no owner is an opinion of a kind of
service; a return "came back in" a place, not a time nor a noun like "droves"; a return told
past a contrast after the same service's failure ends it; the rest told down by a pronoun
inside a partial return's scope is that scope), 21 of the 27 pass: A3-A6, B1, B2 and B6 as
well. Left: A9 (no incident); B3, now read as the app's return expected ("with England to
follow next week" outweighs the part back); and the four expected returns of class C, which
were tried and dropped: the case sets' annotators read "could take months to recover fully" as
no claim in one article and "full recovery could take several weeks" as an expected one in
another.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses

NO_CLAIM = "no restoration claim at all"

KNOWN_MISSES: dict[str, str] = {
    "A9": "no incident at all (incidents [], no warnings): 'took its booking app offline after "
    "detecting what it called suspicious activity on its network' is no incident",
    "B3": "'The app came back in Scotland and Wales first on Friday, with England to follow "
    "next week' gives mobile_app restoration_expected and a (mobile_app, "
    "restoration_expected) claim, no partial return",
    "C1": "'warned that a full recovery could take several weeks' gives " + NO_CLAIM,
    "C3": "'It could take weeks to restore the online shop' gives "
    + NO_CLAIM
    + " (online_orders suspended)",
    "C4": "'it would take at least a month to bring the planning portal back' gives "
    + NO_CLAIM
    + " (website suspended)",
    "C5": "'Engineers expect the app to take another two days to recover' gives "
    + NO_CLAIM
    + " (mobile_app disrupted)",
}


def _opinion_only(org: str, services: list[str]) -> dict[str, Any]:
    """An outside voice's opinion about services as a kind: the victim gets no status for a
    service named only in that opinion."""
    return {"primary": org, "no_service": {org: services}}


def _back(org: str, service: str, status: str, scoped: bool = False) -> dict[str, Any]:
    """A return placed where it came back: the service's status and a matching claim."""
    expect: dict[str, Any] = {
        "primary": org,
        "statuses": {org: {service: status}},
        "claims": {org: [(service, status)]},
    }
    if scoped:
        expect["scoped_claim"] = {org: (service, status)}
    return expect


def _expected(org: str, service: str | None) -> dict[str, Any]:
    """The time a recovery or return will take: a restoration_expected claim."""
    return {"primary": org, "claims": {org: [(service, "restoration_expected")]}}


A_CASES = [
    # The victim's own card payments are told down; the analyst's generic line about payment
    # terminals coming back first must not make them restored.
    pytest.param(
        "Card payments down at Quenby & Marlow after cyber attack\n\n"
        "Shoppers at Quenby & Marlow were unable to pay by card on Saturday after a cyber "
        "attack hit the department store chain's payment systems.\n\n"
        "Staff at its 22 stores put up handwritten signs asking customers to pay in cash, and "
        "some shoppers left full baskets at the tills. The company said it had called in "
        "outside specialists and informed the police.\n\n"
        '"Payment terminals usually come back first, because that is where the cash is," said '
        'Fenella Brack, a retail analyst at Holloway Pike Research. "Everything else can wait '
        'a few days."\n\n'
        "Quenby & Marlow apologised to customers for the inconvenience.",
        "2025-04-14",
        {
            "primary": "Quenby & Marlow",
            "statuses": {"Quenby & Marlow": {"card_payments": "disrupted"}},
            "nothing_restored": ["Quenby & Marlow"],
        },
        id="A1",
    ),
    pytest.param(
        "Tarrowden Fresh online orders still down after ransomware attack\n\n"
        "Customers of Queensland grocer Tarrowden Fresh were unable to place online orders for "
        "a third day on Wednesday after a ransomware attack on the company's systems.\n\n"
        "The Brisbane-based chain, which runs 58 supermarkets across Queensland and northern "
        "New South Wales, said its stores remained open and were trading normally. It has "
        "notified the Australian Cyber Security Centre.\n\n"
        '"Pharmacies have become completely dependent on networked systems, and a lot of '
        'supermarkets are heading the same way," said Dr Aled Quarrie, a cyber security '
        "consultant at Moreton Hale Advisory.\n\n"
        "Tarrowden Fresh said it would provide a further update on Friday.",
        "2025-02-19",
        _opinion_only("Tarrowden Fresh", ["pharmacy"]),
        id="A2",
    ),
    # The professor names click and collect and, as its needs, the warehouse: neither is told
    # of the victim.
    pytest.param(
        "Fashion chain Ellisand Rowe takes website offline after cyber incident\n\n"
        "Ellisand Rowe, the womenswear chain, has taken its website offline after what it "
        "described as a cyber incident on Thursday.\n\n"
        "The retailer said its 40 shops were open as usual and customers could still pay by "
        "card.\n\n"
        '"Click and collect is always the last thing a retailer switches back on, because it '
        'needs the website, the warehouse and the shops all talking to each other," said '
        "Professor Martin Oddingley of the Kelsall Business School.\n\n"
        "The company said it was working with external experts to investigate.",
        "2024-11-25",
        {
            **_opinion_only("Ellisand Rowe", ["click_and_collect", "stock_and_supply"]),
            "no_claims": {"Ellisand Rowe": [("click_and_collect", "restored")]},
        },
        id="A3",
    ),
    pytest.param(
        "Toy retailer Pembervale hit by cyber attack\n\n"
        "Pembervale Toys has taken its website and app offline after a cyber attack over the "
        "weekend, the family-owned retailer said on Monday.\n\n"
        "Its 17 shops are open and taking payments as normal, the company said. The attack "
        "comes at a difficult time for the business, which is preparing for its summer sale.\n\n"
        '"The longer a warehouse stays offline, the harder it is to restock shelves, and that '
        'is when a cyber attack starts to cost real money," said Hannah Lowick, an economist '
        "at the Greyfield Institute.\n\n"
        "Pembervale said it had reported the attack to the police.",
        "2025-06-09",
        _opinion_only("Pembervale Toys", ["stock_and_supply"]),
        id="A4",
    ),
    # The victim's own home deliveries are told suspended; the consultant's line that home
    # delivery is normally the first thing back must not make them restored.
    pytest.param(
        "Gorsefield Grocers suspends home deliveries after cyber attack\n\n"
        "Gorsefield Grocers has suspended home deliveries after a cyber attack on Friday night, "
        "the Yorkshire supermarket chain said.\n\n"
        "Customers with orders booked for the weekend were sent emails telling them their "
        "deliveries had been cancelled. The chain's 29 supermarkets remained open.\n\n"
        '"Home delivery is normally the first thing a grocer gets back up and running, because '
        'the vans and the drivers are still there," said Keith Amberlow, a retail consultant '
        "at Strand Vey Partners.\n\n"
        "Gorsefield has not said how the attackers got in.",
        "2025-03-24",
        {
            "primary": "Gorsefield Grocers",
            "statuses": {"Gorsefield Grocers": {"home_delivery": "suspended"}},
            "nothing_restored": ["Gorsefield Grocers"],
        },
        id="A5",
    ),
    # The victim's shops are told open; the researcher's "a shop that is closed" is about
    # shops as a kind and must not make them disrupted.
    pytest.param(
        "Contactless payments fail at Brindlecombe Bakery\n\n"
        "Customers at Brindlecombe Bakery were unable to pay by contactless on Saturday after "
        "a fault with the chain's card readers.\n\n"
        "Its 31 shops stayed open and took cash, the company said, and the fault was being "
        "investigated.\n\n"
        '"A shop that can\'t take contactless is, for most customers, a shop that is closed," '
        "said Rhiannon Tewsley, a payments researcher at Calder Mount University.\n\n"
        "Brindlecombe apologised to customers.",
        "2025-08-04",
        {
            "primary": "Brindlecombe Bakery",
            "statuses": {"Brindlecombe Bakery": {"stores": "unaffected"}},
        },
        id="A6",
    ),
    # Guards. An outside voice who tells the victim's own website as a fact.
    pytest.param(
        "Thistlecombe Home confirms cyber incident\n\n"
        "Thistlecombe Home, the furniture and homewares retailer, has confirmed it is dealing "
        "with a cyber incident but has given few details.\n\n"
        "The company said its 25 showrooms were trading normally.\n\n"
        "Thistlecombe Home's website has been down since Friday, said Orla Penhallow, an "
        "analyst at Castlegate Equity, who estimated that the outage was costing the business "
        "around £200,000 a day in lost sales.\n\n"
        "Thistlecombe said it was working with specialists to investigate.",
        "2025-05-12",
        {
            "primary": "Thistlecombe Home",
            "statuses": {"Thistlecombe Home": {"website": "disrupted"}},
        },
        id="A7",
    ),
    # An outside voice who tells another named organisation's past incident as a fact: the
    # victim gets no online_orders from it. (Castellane Outdoor is left out of the
    # expectations: whether a passing mention of its own attack makes it a related incident
    # is not what this class decides.)
    pytest.param(
        "Tills down at Fennick & Hale garden centres after cyber attack\n\n"
        "Tills at Fennick & Hale Garden Centres stopped working on Saturday after a cyber "
        "attack, forcing staff at its 14 sites to take cash only.\n\n"
        "The company said it had isolated the affected systems and called in outside "
        "experts.\n\n"
        "Attacks on retailers can drag on, warned Tobias Wrenfield, a retail analyst at "
        "Ormside Capital. Castellane Outdoor took seven weeks to restart online orders after "
        "its own attack last year, he said.\n\n"
        "Fennick & Hale said it hoped to update customers early next week.",
        "2025-09-15",
        {
            "primary": "Fennick & Hale Garden Centres",
            "no_service": {"Fennick & Hale Garden Centres": ["online_orders"]},
            "no_claims": {"Fennick & Hale Garden Centres": [("online_orders", "restored")]},
        },
        id="A8",
    ),
    # An outside voice who tells the victim's own app back as a fact.
    pytest.param(
        "Kelderwick Cinemas takes booking app offline\n\n"
        "Kelderwick Cinemas took its booking app offline on Thursday after detecting what it "
        "called suspicious activity on its network, leaving film-goers unable to buy tickets "
        "on their phones.\n\n"
        "The cinema chain, which has 19 sites across Ireland, said tickets could still be "
        "bought at box offices.\n\n"
        "The chain's app was working again by Sunday morning, said Declan Furlong, a leisure "
        "analyst at Liffeyside Securities, who said the weekend had been one of the busiest of "
        "the year for cinemas.\n\n"
        "Kelderwick has not said whether any customer data was affected.",
        "2025-10-06",
        {
            "primary": "Kelderwick Cinemas",
            "statuses": {"Kelderwick Cinemas": {"mobile_app": "restored"}},
            "claims": {"Kelderwick Cinemas": [("mobile_app", "restored")]},
        },
        id="A9",
    ),
]

B_CASES = [
    pytest.param(
        "Card payments back at Scallowby Pantry after IT failure\n\n"
        "Customers at Scallowby Pantry were unable to pay by card on Thursday and Friday after "
        "an IT failure at the farm shop and deli chain.\n\n"
        "The company said the fault had been caused by a failed update to its till software, "
        "and that its 16 shops had stayed open for cash sales.\n\n"
        "Card payments came back in all stores on Saturday morning, a spokeswoman said. "
        '"We are grateful to customers for their patience," she added.',
        "2025-03-10",
        _back("Scallowby Pantry", "card_payments", "restored"),
        id="B1",
    ),
    pytest.param(
        "Online grocer Hollinbrae Provisions hit by cyber attack\n\n"
        "Online grocer Hollinbrae Provisions suspended deliveries to customers across the UK "
        "on Monday after a cyber attack on its systems.\n\n"
        "Customers with orders booked for the start of the week were told they would be "
        "refunded.\n\n"
        "Deliveries came back in most regions on Thursday, the company said, although "
        "customers in the south west and Northern Ireland were still waiting.\n\n"
        "Hollinbrae said it was working with the National Cyber Security Centre.",
        "2025-01-24",
        _back("Hollinbrae Provisions", "home_delivery", "partially_restored", scoped=True),
        id="B2",
    ),
    # "with England to follow next week" is also an expected return; the service's latest
    # status is what holds now, partly back (an annotator could argue for
    # restoration_expected as the latest word; the partial claim is not in doubt).
    pytest.param(
        "Blaircullen Stores app returns in Scotland and Wales\n\n"
        "Blaircullen Stores' shopping app stopped working for customers across Britain last "
        "Tuesday after what the retailer called a technical fault.\n\n"
        "Shoppers were unable to log in or scan items with their phones in store.\n\n"
        "The app came back in Scotland and Wales first on Friday, with England to follow next "
        "week, the company said.\n\n"
        "A spokesman apologised for the inconvenience.",
        "2025-04-28",
        _back("Blaircullen Stores", "mobile_app", "partially_restored"),
        id="B3",
    ),
    pytest.param(
        "Contactless payments down at Ravensdyke Outfitters\n\n"
        "Ravensdyke Outfitters, the Cumbrian walking and climbing shop, said contactless "
        "payments stopped working at all five of its shops on Wednesday after a problem with "
        "its card terminals.\n\n"
        "Customers were asked to insert their cards and enter a PIN instead.\n\n"
        "Contactless payments were switched back on in three of its five shops on Saturday, "
        "the company said, and it hoped to have the other two fixed this week.",
        "2025-07-21",
        _back("Ravensdyke Outfitters", "contactless_payments", "partially_restored", scoped=True),
        id="B4",
    ),
    pytest.param(
        "Wattlegrove Hardware restores online ordering after cyber attack\n\n"
        "Wattlegrove Hardware's online ordering went down across Australia last Wednesday "
        "after a cyber attack on the hardware chain's e-commerce platform.\n\n"
        "The Perth-based retailer, which has 44 stores, said its stores remained open and "
        "customers could still shop in person.\n\n"
        "Online ordering returned in every region by Monday, a company spokeswoman said.\n\n"
        "The company said it was still investigating whether any customer data had been "
        "accessed.",
        "2025-02-03",
        _back("Wattlegrove Hardware", "online_orders", "restored"),
        id="B5",
    ),
    pytest.param(
        "Pharmacy system back in Dublin branches of Corrigeen Chemists\n\n"
        "Corrigeen Chemists was unable to dispense prescriptions at its 26 branches for much "
        "of last week after an IT failure knocked out its pharmacy system.\n\n"
        "Customers were told to bring repeat prescriptions back later or to go to another "
        "pharmacy.\n\n"
        "The pharmacy service came back in its Dublin branches on Saturday, but it remains "
        "down in stores outside the capital, the company said on Monday.\n\n"
        "A spokeswoman apologised to customers for the disruption.",
        "2024-12-09",
        _back("Corrigeen Chemists", "pharmacy", "partially_restored"),
        id="B6",
    ),
    # Guards. A place that is a time: the app came back in March and failed again in May;
    # now it is down. (Whether the March return is itself a restoration claim of this record
    # is open, so claims are not checked; the latest status is not.)
    pytest.param(
        "Colwenna Building Society app down again\n\n"
        "Members of Colwenna Building Society have been unable to use its mobile app for "
        "several weeks, the second long outage this year.\n\n"
        "The app was first taken offline after a cyber attack in February. It came back in "
        "March, before failing again in May when a software update went wrong, the society "
        "said.\n\n"
        "Engineers are still working on the fault, and members have been told to use online "
        "banking through a web browser or visit a branch.\n\n"
        '"We know this is not good enough," a spokeswoman said.',
        "2025-06-16",
        {
            "primary": "Colwenna Building Society",
            "statuses": {"Colwenna Building Society": {"mobile_app": "disrupted"}},
        },
        id="B7",
    ),
    # A return of people, not of a service: nothing is back.
    pytest.param(
        "Lisdarragh Books online orders still down after cyber attack\n\n"
        "Lisdarragh Books, the Irish bookshop chain, has been unable to take online orders "
        "since Wednesday after a cyber attack on its website, the company said.\n\n"
        "Its 12 shops stayed open throughout, and customers came back in droves over the "
        "weekend, with in-store sales up on last year, managing director Nuala Cregan said.\n\n"
        "The website is still showing a holding page.\n\n"
        "Lisdarragh said it had reported the attack to gardaí and the Data Protection "
        "Commission.",
        "2025-08-26",
        {"primary": "Lisdarragh Books", "nothing_restored": ["Lisdarragh Books"]},
        id="B8",
    ),
    # "came back in" an earlier year, after an earlier incident: nothing of this one is back.
    pytest.param(
        "Marrack & Daw takes online shop offline after cyber attack\n\n"
        "Marrack & Daw, the kitchenware retailer, has taken its online shop offline after a "
        "cyber attack on Friday, the company said.\n\n"
        "Customers trying to place orders were shown a message saying the site was undergoing "
        "maintenance. Its 21 stores are trading normally.\n\n"
        "It is not the first time the retailer's online shop has been hit: it came back in "
        "January 2023 after a three-week outage caused by a previous attack.\n\n"
        "The company said it was working with police and outside specialists to investigate.",
        "2025-11-10",
        {"primary": "Marrack & Daw", "nothing_restored": ["Marrack & Daw"]},
        id="B9",
    ),
]

C_CASES = [
    pytest.param(
        "Builders' merchant Harnwood & Pryce hit by ransomware\n\n"
        "Harnwood & Pryce, the builders' merchant, said on Monday that it had been hit by a "
        "ransomware attack that has disrupted deliveries to customers and its trade "
        "website.\n\n"
        "Its 60 branches are open, but staff are processing orders by hand.\n\n"
        "The company warned that a full recovery could take several weeks, and apologised to "
        "trade customers for delays.\n\n"
        "It has reported the attack to the Information Commissioner's Office.",
        "2025-05-19",
        _expected("Harnwood & Pryce", None),
        id="C1",
    ),
    pytest.param(
        "Pollardine Pets still recovering from cyber attack\n\n"
        "Pollardine Pets, the pet supplies chain, has confirmed that a cyber attack last month "
        "knocked out its website, loyalty scheme and stock ordering systems.\n\n"
        "The company's 35 stores have remained open, although some shelves have been left "
        "empty while staff reorder stock by phone.\n\n"
        "In an update to customers on Monday, Pollardine said restoring all of its systems is "
        "expected to take until the end of June.\n\n"
        "The website has been replaced by a holding page.",
        "2025-04-07",
        _expected("Pollardine Pets", None),
        id="C2",
    ),
    pytest.param(
        "Fallowmere Garden Supplies shuts online shop after cyber attack\n\n"
        "Fallowmere Garden Supplies has shut its online shop following a cyber attack "
        "discovered on Thursday, the company said.\n\n"
        "Its nine garden centres are open and trading normally.\n\n"
        '"It could take weeks to restore the online shop, and we are sorry for the '
        'inconvenience this will cause," managing director Gareth Allonby said.\n\n'
        "The firm has reported the attack to Action Fraud.",
        "2025-06-23",
        _expected("Fallowmere Garden Supplies", "online_orders"),
        id="C3",
    ),
    # A council's planning portal is read as its website (the web service itself), as the
    # brief does; online_orders would not fit a portal for applications.
    pytest.param(
        "Wrenhampton council planning portal offline after cyber attack\n\n"
        "Wrenhampton Borough Council has taken its planning portal offline after a cyber "
        "attack on its computer systems last week.\n\n"
        "Residents and developers are unable to submit or view planning applications online, "
        "and some council phone lines have also been affected.\n\n"
        "The council said it would take at least a month to bring the planning portal back, "
        "and that applications could be submitted by post in the meantime.\n\n"
        "It said there was no evidence that residents' personal data had been stolen.",
        "2025-09-29",
        _expected("Wrenhampton Borough Council", "website"),
        id="C4",
    ),
    pytest.param(
        "Skerrinish Ferries app still down after faulty update\n\n"
        "Passengers of Skerrinish Ferries have been unable to use the operator's app since "
        "Friday, when a faulty update left it crashing on start-up.\n\n"
        "Tickets can still be bought at ports and on the operator's website, the company "
        "said.\n\n"
        "Engineers expect the app to take another two days to recover, a spokesman said on "
        "Monday.\n\n"
        "Passengers who have already booked through the app have been told their tickets are "
        "still valid.",
        "2025-10-20",
        _expected("Skerrinish Ferries", "mobile_app"),
        id="C5",
    ),
    pytest.param(
        "Quellington Farms suspends home deliveries after IT failure\n\n"
        "Quellington Farms, the online grocer, has suspended home deliveries after an IT "
        "failure at its main warehouse on Saturday.\n\n"
        "Customers with orders booked for the weekend have been refunded.\n\n"
        "The company said getting home deliveries running normally again would take until at "
        "least the middle of next week.\n\n"
        "It said the problem was not the result of a cyber attack.",
        "2025-01-13",
        _expected("Quellington Farms", "home_delivery"),
        id="C6",
    ),
    # Guards. A duration told in the past, with the website back.
    pytest.param(
        "Penwarden Pottery website back after cyber attack\n\n"
        "Penwarden Pottery's website is back online after a cyber attack that took it down in "
        "February, the Cornish ceramics maker said.\n\n"
        "The company had taken the site offline on 10 February after discovering that hackers "
        "had tampered with its checkout page.\n\n"
        "It took three weeks to restore the website, which came back on 3 March with a new "
        "payment system, managing director Ellen Tregaskis said.\n\n"
        "Customers who bought from the site during the attack have been advised to check "
        "their bank statements.",
        "2025-03-12",
        {
            "primary": "Penwarden Pottery",
            "statuses": {"Penwarden Pottery": {"website": "restored"}},
            "claims": {"Penwarden Pottery": [("website", "restored")]},
            "no_claims": {"Penwarden Pottery": [("website", "restoration_expected")]},
        },
        id="C7",
    ),
    # A caveat about something other than the return: records entered on paper appearing in
    # the system later is no expected restoration.
    pytest.param(
        "Kilbarrow Veterinary Group systems back after cyber attack\n\n"
        "Kilbarrow Veterinary Group says its systems are back online after a cyber attack "
        "disrupted appointments at its 18 practices last week.\n\n"
        "Staff had to record consultations on paper and were unable to take card payments for "
        "three days.\n\n"
        "The group said all of its practices were operating normally again, but that some "
        "records entered on paper during the outage may take several weeks to appear in the "
        "system.\n\n"
        "It said it had found no evidence that clients' personal data had been accessed.",
        "2025-07-07",
        {
            "primary": "Kilbarrow Veterinary Group",
            "no_claims": {
                "Kilbarrow Veterinary Group": [
                    (None, "restoration_expected"),
                    ("internal_systems", "restoration_expected"),
                    ("customer_data", "restoration_expected"),
                ]
            },
        },
        id="C8",
    ),
    # A hypothetical about organisations in general: no claim.
    pytest.param(
        "Strathgowan Home Improvements takes website offline\n\n"
        "Strathgowan Home Improvements has taken its website offline after a cyber attack on "
        "Saturday, the Scottish DIY chain said.\n\n"
        "Its 23 stores are open as usual, and customers can still pay by card.\n\n"
        "Recovery from such attacks can take months, experts say, particularly when backups "
        "have also been affected.\n\n"
        "Strathgowan said it had informed Police Scotland.",
        "2025-12-01",
        {
            "primary": "Strathgowan Home Improvements",
            "no_general_claim": ["Strathgowan Home Improvements"],
            "no_claims": {"Strathgowan Home Improvements": [("website", "restoration_expected")]},
        },
        id="C9",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(A_CASES, KNOWN_MISSES))
def test_an_outside_opinion_about_services_in_general_says_nothing_of_the_victims(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(B_CASES, KNOWN_MISSES))
def test_a_return_placed_where_it_came_back_is_a_restoration(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(C_CASES, KNOWN_MISSES))
def test_the_time_a_return_will_take_is_an_expected_restoration(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)

"""Blind round 58b: acceptance cases written from the contract alone.

Classes:

S. A return expected later in a period still running on the day of publication -> that
   service restoration_expected, with a (service, restoration_expected) claim: "will return
   later this month" (S1, mobile_app), "is expected back later this week" (S2, online_orders),
   "would be switched back on before the end of the month" (S3, loyalty_program), "hopes to
   have the website back later this year" (S4), "should be back up and running later this week"
   in a closing quote (S5, customer_service), "would be back later this month" in the lede's
   second sentence (S6, click_and_collect), "expects its gift cards to return later this week"
   (S7). Guards: an expectation the story has overtaken ("had expected the app to return last
   month", S8: mobile_app disrupted, no claim for it) and a return gone by, then a new failure
   ("the app, which came back last month, went down again on Monday", S9: disrupted).
T. A return told through what people can do again -> that service restored, with a
   (service, restored) claim: customers can use click and collect again (T1), members can earn
   and spend points again (T2, loyalty_program), shoppers can book delivery slots on its
   website again (T3, home_delivery), patients can order their repeat prescriptions online
   again (T4, pharmacy), drivers can pay at the pump by card again (T5, card_payments), tenants
   can report repairs by phone again (T6, customer_service). Guards: negations ("customers
   still cannot use click and collect again until next week", T7; "passengers cannot yet
   redeem vouchers again", T8: nothing restored) and an ability that never went away
   ("customers can still pay by card in stores" while online orders are down, T9:
   card_payments unaffected, no claim for it).
U. A part back with the rest still to come -> that service partially_restored, with a
   (service, partially_restored) claim: the app working again for most customers, the rest by
   Wednesday (U1, mobile_app); six of ten depots running again, the remainder by the weekend
   (U2, stock_and_supply); online orders back in England and Wales, Scotland in the coming days
   (U3, online_orders); card payments working in most stores, the remaining few to follow (U4);
   click and collect restored at 40 of 95 stores, others over the next few days (U5);
   deliveries resumed in Dublin and Cork, the remaining areas next week (U6, home_delivery);
   twelve stores reopened, the rest by Friday (U7, stores). Guards: the service itself expected
   back in stages (U8: website restoration_expected, no partial claim) and a contrast promising
   another service ("the website is back, but the app should return next week", U9: website
   restored, mobile_app restoration_expected).

On the code at /tmp/snap71, commit fc2185e, 16 of the 27 cases pass. Class S: 7 of 9 (S4 and S6
miss). Class T: 4 of 9 (T1, T2, T8, T9 pass; T3-T7 miss, T7 only on an off-class stores claim).
Class U: 5 of 9 (U1, U4, U5, U8, U9 pass; U2, U3, U6, U7 miss). The eleven misses are in
KNOWN_MISSES with what was observed; a second run gave the same result.

On the code before the round's rules, d0d7b1f (/tmp/snap64), 11 of the 27 pass. Class S: 5 of 9
(S2, S3, S7 and the guards S8, S9; S1 and S5 keep the service suspended or disrupted beside
their restoration_expected claim). Class T: 2 of 9 (only the guards T8, T9; T1 and T2 give no
claim). Class U: 4 of 9 (U4, U5, U8, U9; U1 reads "working again for most customers, with the
rest ..." as restoration_expected).

After the round's follow-up (the rest as the subject of a clause to come: "..., and the rest
are due to open by Friday"), U7 passes and lost its mark: 17 of the 27; after an expectation of
a running period was held in the present tense too (it was held now but ordered before a
stop told in the present perfect), S6 passes: 18 of the 27.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import (
    check_expectations,
    get,
    run,
    with_known_misses,
)

KNOWN_MISSES: dict[str, str] = {
    "S4": "website restored, from a restored claim read off 'Customers visiting the site are met "
    "with a holding page ...'; the (website, restoration_expected) claim is there too",
    "T3": "home_delivery disrupted, no claim for it; the slots sentence is read as "
    "(online_orders, partially_restored) with scope 'the first vans going'",
    "T4": "no pharmacy service: 'order their repeat prescriptions online again' is read as "
    "online_orders restored",
    "T5": "card_payments disrupted, no claims: 'drivers can pay at the pump by card again' unread",
    "T6": "customer_service disrupted, no claims: 'tenants can report repairs by phone again' "
    "unread",
    "T7": "off-class: 'The shops themselves are open as normal' read as (stores, restored); "
    "click_and_collect itself is restoration_expected, not restored (plus a stray website "
    "restoration_expected)",
    "U2": "stock_and_supply disrupted, no claims: 'six of its ten depots are running again' unread",
    "U3": "online_orders restored, claim (online_orders, restored) with no scope: 'back for "
    "customers in England and Wales, while shoppers in Scotland ...' not read as partial",
    "U6": "home_delivery restoration_expected, claim (home_delivery, restoration_expected): "
    "'have resumed in Dublin and Cork' lost to 'the remaining areas to be added next week'",
}


# keys this round checks itself; the rest go to the rounds' shared check_expectations
LOCAL_KEYS = ("no_claim_for",)


def check(record: dict[str, Any], expect: dict[str, Any]) -> None:
    check_expectations(record, {k: v for k, v in expect.items() if k not in LOCAL_KEYS})
    for org, services in expect.get("no_claim_for", {}).items():
        claims = get(record, org)["restoration_claims"]
        wrong = [(c["service"], c["status"]) for c in claims if c["service"] in services]
        assert not wrong, f"{org}: restoration claims {wrong} for {services}, expected none"


def _expected(org: str, service: str) -> dict[str, Any]:
    """A return told for later in a period still running: restoration_expected."""
    return {
        "primary": org,
        "statuses": {org: {service: "restoration_expected"}},
        "claims": {org: [(service, "restoration_expected")]},
        "no_claims": {org: [(service, "restored"), (service, "partially_restored")]},
    }


def _can_again(org: str, service: str) -> dict[str, Any]:
    """What people can do again: the service restored."""
    return {
        "primary": org,
        "statuses": {org: {service: "restored"}},
        "claims": {org: [(service, "restored")]},
        "no_claims": {org: [(service, "partially_restored")]},
    }


def _part_back(org: str, service: str) -> dict[str, Any]:
    """A part back with the rest to come: partially_restored."""
    return {
        "primary": org,
        "statuses": {org: {service: "partially_restored"}},
        "claims": {org: [(service, "partially_restored")]},
        "no_claims": {org: [(service, "restored")]},
    }


S_CASES = [
    pytest.param(
        "Lannacombe Outfitters app still offline after cyber attack\n\n"
        "Outdoor clothing chain Lannacombe Outfitters took its mobile app offline on 2 June "
        "after detecting a cyber attack on its systems, leaving customers unable to browse or "
        "buy through it.\n\n"
        "The Kendal-based company said on Tuesday that the app will return later this month, "
        "once security specialists have finished checking it.\n\n"
        "Its website and 64 stores have continued to trade normally throughout, and the "
        "retailer said it had found no sign that customers' payment details were involved.",
        "2025-06-10",
        _expected("Lannacombe Outfitters", "mobile_app"),
        id="S1",
    ),
    pytest.param(
        "Quillery Market online ordering outage enters third day\n\n"
        "Customers of Quillery Market have been unable to place online orders since Saturday, "
        "when a technical outage knocked the Ohio grocery chain's e-commerce platform offline.\n\n"
        "In a post on its Facebook page Monday, the company apologized and said its 41 stores "
        "remain open and fully stocked.\n\n"
        "Online ordering is expected back later this week, according to a company "
        "spokesperson, who said engineers had traced the problem to a faulty software update.\n\n"
        "Shoppers whose weekend pickup orders were canceled will receive a $10 credit, the "
        "spokesperson said.",
        "2025-03-17",
        _expected("Quillery Market", "online_orders"),
        id="S2",
    ),
    pytest.param(
        "Tarrawonga Hardware pauses rewards program after cyber attack\n\n"
        "Tarrawonga Hardware has switched off its Trade Plus rewards program after a cyber "
        "attack on the system that runs it, the Queensland hardware chain confirmed on "
        "Thursday.\n\n"
        "Members have been unable to collect or redeem points since last Friday, and some "
        "tradies told the Courier that discounts they rely on for big orders had disappeared "
        "at the counter.\n\n"
        "A spokeswoman said the loyalty scheme would be switched back on before the end of the "
        "month, and points earned in the meantime would be added to members' accounts.",
        "2025-08-14",
        _expected("Tarrawonga Hardware", "loyalty_program"),
        id="S3",
    ),
    pytest.param(
        "Kilbrannish Books website remains offline after ransomware attack\n\n"
        "The website of Kilbrannish Books, the Galway-based bookseller, has been offline since "
        "a ransomware attack in March, the company has confirmed.\n\n"
        "Customers visiting the site are met with a holding page directing them to the "
        "company's 11 shops, which are trading as normal.\n\n"
        "Managing director Áine Colclough said the company hopes to have the website back "
        'later this year, once a new platform has been built. "We would rather get it right '
        'than rush it," she said.',
        "2025-05-20",
        _expected("Kilbrannish Books", "website"),
        id="S4",
    ),
    pytest.param(
        "Pemberline Pets customers unable to get through to helpline\n\n"
        "Pemberline Pets, the pet food and accessories retailer, says its customer helpline "
        "has been out of action since Monday because of a fault at its telephone provider.\n\n"
        "Customers calling about deliveries and subscriptions have been hearing a recorded "
        "message asking them to email instead, and some say they have waited days for a "
        "reply.\n\n"
        'In a statement, the company said: "We know how frustrating this is. Our phone lines '
        "should be back up and running later this week, and we will extend our opening hours "
        'to catch up."',
        "2025-09-23",
        _expected("Pemberline Pets", "customer_service"),
        id="S5",
    ),
    pytest.param(
        "Tollesbury Homeware halts click and collect after IT failure\n\n"
        "Tollesbury Homeware has stopped taking click and collect orders after a failure in "
        "the system that sends online orders to its stores. Click and collect would be back "
        "later this month, the retailer said.\n\n"
        "The fault began on Tuesday and was not the result of a cyber attack, the company "
        "added. Shoppers who had already chosen to collect their orders are being offered free "
        "delivery instead.\n\n"
        "Tollesbury, which has 48 stores in the south-east of England, said it was sorry for "
        "the inconvenience.",
        "2025-11-07",
        _expected("Tollesbury Homeware", "click_and_collect"),
        id="S6",
    ),
    pytest.param(
        "Coonabarra Cellars gift cards frozen after cyber incident\n\n"
        "Bottle shop chain Coonabarra Cellars has frozen all of its gift cards after a cyber "
        "incident at the company that processes them, the Adelaide business told customers on "
        "Monday.\n\n"
        "Customers trying to pay with gift cards at its 37 stores have been turned away since "
        "Friday.\n\n"
        "The company expects its gift cards to return later this week and said every balance "
        "would be honoured. It said no customer information was held by the processor.",
        "2025-02-10",
        _expected("Coonabarra Cellars", "gift_cards"),
        id="S7",
    ),
    # Guards: an expectation the story has overtaken; a return gone by, then a new failure.
    pytest.param(
        "Orrinsmoor & Vance app still down two months after attack\n\n"
        "The mobile app of Orrinsmoor & Vance, the Chicago department store group, has been "
        "down since a cyber attack on September 3, leaving shoppers unable to check orders or "
        "use digital coupons.\n\n"
        "The retailer had expected the app to return last month, but a spokesperson declined "
        "on Wednesday to give a new date.\n\n"
        "Its website and stores are operating normally, the company said. It has not said "
        "whether any customer information was taken.",
        "2025-11-05",
        {
            "primary": "Orrinsmoor & Vance",
            "statuses": {"Orrinsmoor & Vance": {"mobile_app": "disrupted"}},
            "no_claim_for": {"Orrinsmoor & Vance": ["mobile_app"]},
            "nothing_restored": ["Orrinsmoor & Vance"],
        },
        id="S8",
    ),
    pytest.param(
        "Glenmoira app suffers second outage in two months\n\n"
        "Shoppers at Glenmoira Foodstores were unable to use the supermarket chain's app on "
        "Monday after it crashed for the second time since August.\n\n"
        "The app, which came back last month after a three-week outage caused by a cyber "
        "attack, went down again on Monday morning, leaving customers unable to log in.\n\n"
        "A spokesman for the Cork-based company said it was investigating the cause and "
        "apologised to customers. Its 34 stores were trading as normal.",
        "2025-10-14",
        {
            "primary": "Glenmoira Foodstores",
            "statuses": {"Glenmoira Foodstores": {"mobile_app": "disrupted"}},
        },
        id="S9",
    ),
]

T_CASES = [
    pytest.param(
        "Hollinsclough Garden Centres hit by week-long IT outage\n\n"
        "Hollinsclough Garden Centres suspended its click and collect service last Tuesday "
        "after a cyber attack disrupted the systems that pass online orders to its 22 sites.\n\n"
        "The Derbyshire-based chain said on Monday that customers can use click and collect "
        "again, and that every order placed before the attack had now been fulfilled.\n\n"
        "The company said it had found no evidence that customer data had been taken.",
        "2025-04-15",
        _can_again("Hollinsclough Garden Centres", "click_and_collect"),
        id="T1",
    ),
    pytest.param(
        "Murrindal Grocers apologises to rewards members\n\n"
        "Murrindal Grocers' Fresh Rewards program was knocked offline for nine days this month "
        "by a technical fault at the company that runs it, leaving members unable to collect "
        "points on their shopping.\n\n"
        "In an email to members on Wednesday, the Victorian supermarket chain said members "
        "can earn and spend points again, and that points missed during the outage would be "
        "credited automatically.\n\n"
        "About 310,000 households belong to the program, which offers fuel discounts and "
        "money off groceries.",
        "2025-07-24",
        _can_again("Murrindal Grocers", "loyalty_program"),
        id="T2",
    ),
    pytest.param(
        "Ashperton Fresh delivery customers left waiting by IT failure\n\n"
        "Online grocer Ashperton Fresh cancelled thousands of home deliveries over the weekend "
        "after a failure in its delivery planning software.\n\n"
        "The company, which delivers to around 40,000 households in the West Midlands, said "
        "on Tuesday that shoppers can book delivery slots on its website again, with the "
        "first vans going out this afternoon.\n\n"
        "Customers whose deliveries were cancelled will get free delivery on their next order, "
        "a spokeswoman said.",
        "2025-01-28",
        _can_again("Ashperton Fresh", "home_delivery"),
        id="T3",
    ),
    pytest.param(
        "Castlecomer Chemists hit by cyber attack\n\n"
        "Castlecomer Chemists, which runs 26 pharmacies across Leinster, shut down its online "
        "repeat prescription service last week after a cyber attack on its IT systems.\n\n"
        "Patients had been asked to bring paper prescriptions into branches or to phone their "
        "local pharmacy while the service was offline.\n\n"
        "In a statement on Friday, the company said patients can order their repeat "
        "prescriptions online again, and that it had found no evidence that patient data was "
        "accessed.",
        "2025-03-22",
        _can_again("Castlecomer Chemists", "pharmacy"),
        id="T4",
    ),
    pytest.param(
        "Card readers fail at Kettle Ridge gas stations\n\n"
        "Drivers at more than 60 Kettle Ridge Fuel stations across Kentucky and Tennessee were "
        "unable to pay at the pump with credit or debit cards for much of Thursday after a "
        "payment processing outage.\n\n"
        "Some drivers lined up inside to pay cash, while others drove on to rival stations.\n\n"
        "The company said Friday that drivers can pay at the pump by card again, and blamed a "
        "network fault at its payment processor.",
        "2025-08-22",
        _can_again("Kettle Ridge Fuel", "card_payments"),
        id="T5",
    ),
    pytest.param(
        "Housing association phone lines down after cyber attack\n\n"
        "Bassetsbury Housing, which manages 14,000 homes in Buckinghamshire, lost its phone "
        "lines last week after a cyber attack on its network.\n\n"
        "Tenants were told to email or visit its offices to report urgent repairs such as "
        "leaks or broken boilers.\n\n"
        "The housing association said on Thursday that tenants can report repairs by phone "
        "again. It said it was working with the National Cyber Security Centre to find out "
        "how the attackers got in.",
        "2025-06-13",
        _can_again("Bassetsbury Housing", "customer_service"),
        id="T6",
    ),
    # Guards: negations; an ability that never went away.
    pytest.param(
        "Pollardstown Stores click and collect out until next week\n\n"
        "Pollardstown Stores suspended click and collect at all 19 of its shops on Saturday "
        "after a ransomware attack on the company that hosts its online ordering system, the "
        "Kildare-based retailer said.\n\n"
        "Customers still cannot use click and collect again until next week, a spokeswoman "
        "said, as the link between the website and its shops has to be rebuilt.\n\n"
        "The shops themselves are open as normal.",
        "2025-02-04",
        {
            "primary": "Pollardstown Stores",
            "not_status": {"Pollardstown Stores": {"click_and_collect": "restored"}},
            "no_claims": {"Pollardstown Stores": [("click_and_collect", "restored")]},
            "nothing_restored": ["Pollardstown Stores"],
        },
        id="T7",
    ),
    pytest.param(
        "Bunyeroo Ferries travel vouchers frozen after cyber attack\n\n"
        "Bunyeroo Ferries stopped accepting travel vouchers on 2 October after a cyber attack "
        "on the system that stores them, the Tasmanian ferry operator has confirmed.\n\n"
        "About 12,000 vouchers, many issued as compensation for sailings cancelled during "
        "winter storms, are affected.\n\n"
        "A company spokesman said on Tuesday that passengers cannot yet redeem vouchers again, "
        "and that no date had been set for the system's return.",
        "2025-10-15",
        {
            "primary": "Bunyeroo Ferries",
            "has_service": {"Bunyeroo Ferries": ["gift_cards"]},
            "no_claims": {"Bunyeroo Ferries": [("gift_cards", "restored")]},
            "nothing_restored": ["Bunyeroo Ferries"],
        },
        id="T8",
    ),
    pytest.param(
        "Caddington Electricals online orders halted by cyber attack\n\n"
        "Caddington Electricals has stopped taking online orders after a cyber attack on its "
        "e-commerce systems, the electrical retailer said on Wednesday.\n\n"
        "The company, which has 31 shops across the Midlands, said its stores were open and "
        "customers can still pay by card in stores as normal.\n\n"
        "Caddington said it had informed the Information Commissioner's Office and was working "
        "with specialists to investigate the attack.",
        "2025-05-15",
        {
            "primary": "Caddington Electricals",
            "statuses": {
                "Caddington Electricals": {
                    "online_orders": "suspended",
                    "card_payments": "unaffected",
                }
            },
            "no_claim_for": {"Caddington Electricals": ["card_payments"]},
            "nothing_restored": ["Caddington Electricals"],
        },
        id="T9",
    ),
]

U_CASES = [
    pytest.param(
        "Mungrisdale Sports app outage hits thousands of shoppers\n\n"
        "Customers of Mungrisdale Sports were locked out of the retailer's app for most of the "
        "weekend after a faulty update caused it to crash on start-up.\n\n"
        "On Monday morning the company said the app is working again for most customers, with "
        "the rest expected to be reconnected by Wednesday.\n\n"
        "Mungrisdale, which has 85 stores, said the fault was not the result of a cyber attack "
        "and that no customer data had been affected.",
        "2025-09-15",
        _part_back("Mungrisdale Sports", "mobile_app"),
        id="U1",
    ),
    pytest.param(
        "Ousby Foodservice depots hit by ransomware attack\n\n"
        "Ousby Foodservice, which supplies pubs, schools and care homes across northern "
        "England, halted operations at its depots on Friday after a ransomware attack "
        "encrypted its ordering and warehouse systems.\n\n"
        "Catering customers were told to find supplies elsewhere, and several school kitchens "
        "served packed lunches instead of hot meals.\n\n"
        "In an update on Wednesday, the company said six of its ten depots are running again, "
        "and the remainder should follow by the weekend.",
        "2025-07-17",
        _part_back("Ousby Foodservice", "stock_and_supply"),
        id="U2",
    ),
    pytest.param(
        "Dunmallet Home online shop hit by IT fault\n\n"
        "Furniture retailer Dunmallet Home suspended online orders across Britain last "
        "Thursday after a fault in the system that checks stock levels for its website.\n\n"
        "Online orders are back for customers in England and Wales, the company said on "
        "Tuesday, while shoppers in Scotland should see the service return in the coming "
        "days.\n\n"
        "Its 23 showrooms have stayed open throughout.",
        "2025-03-05",
        _part_back("Dunmallet Home", "online_orders"),
        id="U3",
    ),
    pytest.param(
        "Cash only at Cloonagh Discount as card payments fail\n\n"
        "Shoppers at Cloonagh Discount were told to pay in cash on Saturday after a fault at "
        "the retailer's payment provider stopped card payments in its stores across the "
        "country.\n\n"
        "Queues formed at cash machines near several branches, and some customers abandoned "
        "full trolleys.\n\n"
        "By Sunday afternoon card payments were working again in most stores, with the "
        "remaining few to follow, a spokesperson for the discounter said.",
        "2025-06-16",
        _part_back("Cloonagh Discount", "card_payments"),
        id="U4",
    ),
    pytest.param(
        "Wybunbury Toys click and collect disrupted ahead of Christmas\n\n"
        "Wybunbury Toys has apologised after its click and collect service stopped working in "
        "the run-up to Christmas, following a cyber attack on one of its IT suppliers.\n\n"
        "Parents who had ordered presents online were turned away from stores empty-handed "
        "earlier this week.\n\n"
        "The retailer said on Friday that click and collect had been restored at 40 of its 95 "
        "stores, and others would be brought back over the next few days.",
        "2025-12-13",
        _part_back("Wybunbury Toys", "click_and_collect"),
        id="U5",
    ),
    pytest.param(
        "Derrylough Grocers suspends home deliveries after IT failure\n\n"
        "Online supermarket Derrylough Grocers suspended home deliveries nationwide on Tuesday "
        "after a failure in its route planning system left drivers without schedules.\n\n"
        "Deliveries have resumed in Dublin and Cork, the company said on Thursday, with the "
        "remaining areas to be added next week.\n\n"
        "Customers whose orders were cancelled have been contacted by email.",
        "2025-04-11",
        _part_back("Derrylough Grocers", "home_delivery"),
        id="U6",
    ),
    pytest.param(
        "Yallambee Fashion shuts stores after cyber attack\n\n"
        "Perth-based Yallambee Fashion closed all 30 of its stores in Western Australia on "
        "Monday after a cyber attack on its computer systems.\n\n"
        "Twelve of its stores have reopened, and the rest are due to open by Friday, chief "
        "executive Mel Sarkis told WAtoday on Wednesday.\n\n"
        "Online orders were not affected, the company said.",
        "2025-09-17",
        _part_back("Yallambee Fashion", "stores"),
        id="U7",
    ),
    # Guards: the service itself expected back in stages; a contrast promising another service.
    pytest.param(
        "Grindleford Cycles website offline after attack\n\n"
        "Bike retailer Grindleford Cycles took its website offline on Sunday after detecting "
        "suspicious activity on its servers.\n\n"
        "The company expects the website to return in stages over the next week, starting "
        "with its product pages, managing director Tom Easterbrook said.\n\n"
        "Its six shops remain open.",
        "2025-02-18",
        {
            "primary": "Grindleford Cycles",
            "statuses": {"Grindleford Cycles": {"website": "restoration_expected"}},
            "claims": {"Grindleford Cycles": [("website", "restoration_expected")]},
            "no_claims": {
                "Grindleford Cycles": [("website", "partially_restored"), ("website", "restored")]
            },
        },
        id="U8",
    ),
    pytest.param(
        "Cherrington Bakeries website and app hit by outage\n\n"
        "Cherrington Bakeries' website and app went down on Friday after a fault at its "
        "hosting provider, leaving customers unable to place orders.\n\n"
        "The website is back, but the app should return next week, the Yorkshire bakery chain "
        "said on Monday.\n\n"
        "Cherrington, which has 58 shops, apologised to customers for the disruption.",
        "2025-10-21",
        {
            "primary": "Cherrington Bakeries",
            "statuses": {
                "Cherrington Bakeries": {
                    "website": "restored",
                    "mobile_app": "restoration_expected",
                }
            },
            "claims": {
                "Cherrington Bakeries": [
                    ("website", "restored"),
                    ("mobile_app", "restoration_expected"),
                ]
            },
            "no_claims": {
                "Cherrington Bakeries": [
                    ("website", "partially_restored"),
                    ("mobile_app", "partially_restored"),
                ]
            },
        },
        id="U9",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(S_CASES, KNOWN_MISSES))
def test_a_return_later_in_a_running_period_is_expected(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(T_CASES, KNOWN_MISSES))
def test_what_people_can_do_again_is_restored(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(U_CASES, KNOWN_MISSES))
def test_a_part_back_with_the_rest_to_come_is_partial(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)

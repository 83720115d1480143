"""Blind round 60b: acceptance cases written from the contract alone.

Classes:

D. An effort governs the returns joined to what it seeks: a return joined by "and" to an
   infinitive of effort is only sought, so it gives no restoration claim (restored or
   partially_restored) and its service keeps its down status. "The company said it was
   working to isolate the attack and restore services" (D1: no return at all), "Engineers were
   racing to contain the breach and bring the website back" (D2: website), "staff are trying
   to clean the infected machines and get the tills working again" (D3: card_payments), "it is
   working with specialists to secure its network and reopen the online shop" (D4:
   online_orders), "was working around the clock to rebuild its servers and get deliveries
   moving again" (D5: home_delivery), "was doing everything it could to remove the malware and
   get click and collect running again" (D6: click_and_collect). Guards: a return with its own
   subject after the effort, "was working with police to investigate the attack, and its
   website was back online on Tuesday" (D7: website restored, with a claim); a return told done
   before the effort, "had restored its website and was working to bring back the app" (D8:
   website restored, mobile_app not); an effort that already succeeded, "worked through the
   weekend to contain the attack and restored the tills on Monday morning" (D9: card_payments
   restored, with a claim; a named service rather than "its systems", so that the expected
   claim is not split between (None, restored) and (internal_systems, restored)).
E. A return in a clause that "while" or "as" opens after another clause tells how long that
   other state lasts, so it is under way, not done: "deliveries to its branches would be
   delayed while its systems were brought back" (E1: no return at all), "Most stores reopened
   on Tuesday, with the rest expected to follow as systems are brought back" (E2: no (None,
   restored), (internal_systems, restored) or (stores, restored) claim, stores not restored),
   "Customers were asked to pay by cash while the card terminals were restored" (E3:
   card_payments), "Orders will be taken by phone as the online shop is rebuilt" (E4:
   online_orders), "asked to book classes at reception while the app is brought back online"
   (E5: mobile_app), "Staff are processing refunds by hand as the returns system is restored"
   (E6: returns_refunds). Guards: "while" as a contrast after a comma, "The app returned on
   Tuesday, while the website was restored on Wednesday" (E7: website and mobile_app restored,
   with claims); "as" with no subject, "the tills were working as normal by Friday" (E8:
   card_payments restored, with a claim); a return in the main clause with a while-clause of
   trouble, "The website came back on Monday while the app remained offline" (E9: website
   restored, mobile_app not).
F. The rest of a service still down, told by a pronoun after a partial return of that service
   in the same sentence, is the scope of that partial return: the service partially_restored,
   status and claim. "The pharmacy service came back in its Dublin branches on Saturday, but
   it remains down in stores outside the capital" (F1: pharmacy), "Card payments are working
   again in most shops, but they are still failing at the airport branches" (F2:
   card_payments), "The app is back for customers in Scotland, though it remains unavailable
   elsewhere" (F3: mobile_app), "Deliveries have resumed to the north of the country, but they
   are still suspended in the south" (F4: home_delivery), "Click and collect has returned at
   its larger stores, but it is still unavailable at smaller branches" (F5: click_and_collect),
   "Online ordering has restarted for customers in the Republic, but it is still suspended in
   Northern Ireland" (F6: online_orders). Guards: a failure told again in its own sentence,
   "The app came back on Monday. It crashed again on Wednesday and remains offline." (F7:
   mobile_app disrupted, no partially_restored claim); a pronoun for another service, "The
   website is back for most customers, but the app remains offline and it may take days to
   fix" (F8: mobile_app not restored, no return claim for it); a full return followed by a
   caveat about something else, "Card payments are working again everywhere, but it may take
   days to process the backlog of refunds" (F9: card_payments restored, with a claim).

On the first run (the committed code at 281e999; the working tree held no edits but this
file), 14 of the 27 cases passed. Class D: 4 of 9, D2 ("racing to contain the breach and bring
the website back" gives no claim, website suspended) and the three guards D7-D9; in D1 and
D3-D6 the sought return is read as done: D1 gives a general (None, restored) claim, D3-D6 a
restored claim for the sought service (D3, D4 and D6 also turn that service's status to
restored; in D5 home_delivery stays suspended). Class E: 4 of 9, E4 ("as the online shop is
rebuilt" gives no claim) and the three guards E7-E9; in E1 and E2 "while/as its systems were
(are) brought back" gives a general (None, restored) claim and internal_systems restored (E2's
"Most stores reopened" is rightly stores partially_restored), in E3 and E5 the time clause
gives a restored claim and turns card_payments / mobile_app restored, and in E6 it gives
(returns_refunds, restored) while the status stays disrupted. Class F: 6 of 9, F3, F4, F6 and
the three guards F7-F9 (F7 keeps a (mobile_app, restored) claim for "The app came back on
Monday", which this round leaves open; F6 also takes a (online_orders, restored) claim from
the headline "restarts online orders", which no case here tests); F1 reads no return at all
(pharmacy disrupted, no claim), F2 gives no incident at all, and F5 gives the
(click_and_collect, partially_restored) claim but leaves the status disrupted. The thirteen
misses are in KNOWN_MISSES with what was observed. No case's text or expectations were
changed after the first run; a second run gave the same result (14 passed, 13 xfailed).

After the round's rules (a return in an infinitive joined by "and" to one an effort governs
is sought with it; a return in a clause "while" or "as" opens after another is under way;
the rest told down by a pronoun inside a partial return's scope is that scope), 26 of the 27
pass. Left: F2, where no incident is found at all (who, not the class). Round 71 found it:
"Ormsby Food Stores" is a name of three words whose last word is a service's, no longer
dropped as a service phrase; all 27 pass.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses

KNOWN_MISSES: dict[str, str] = {}


def _sought(org: str, service: str | None = None) -> dict[str, Any]:
    """A return only sought or under way: no claim that anything is back, and the service (when
    one is named) is still listed with a status that is not a return."""
    expect: dict[str, Any] = {"primary": org, "nothing_restored": [org]}
    if service is not None:
        expect["has_service"] = {org: [service]}
    return expect


def _back(org: str, *services: str) -> dict[str, Any]:
    """A return told done: each service restored, with a restored claim for it."""
    return {
        "primary": org,
        "statuses": {org: {service: "restored" for service in services}},
        "claims": {org: [(service, "restored") for service in services]},
    }


def _back_not(org: str, back: str, still_down: str) -> dict[str, Any]:
    """One service told back, another not: the second has no return, neither status nor claim."""
    return {
        "primary": org,
        "statuses": {org: {back: "restored"}},
        "claims": {org: [(back, "restored")]},
        "has_service": {org: [still_down]},
        "not_status": {org: {still_down: "restored"}},
        "no_claims": {org: [(still_down, "restored"), (still_down, "partially_restored")]},
    }


def _partly_back(org: str, service: str) -> dict[str, Any]:
    """A partial return whose rest is told down through a pronoun: partially_restored."""
    return {
        "primary": org,
        "statuses": {org: {service: "partially_restored"}},
        "claims": {org: [(service, "partially_restored")]},
    }


D_CASES = [
    pytest.param(
        "Timber merchant hit by cyber attack\n\n"
        "Kelvedon Timber Merchants has been hit by a cyber attack that has stopped it taking "
        "orders from builders online and by phone, the company has confirmed.\n\n"
        "The firm, which has 22 yards across Essex and Suffolk, said it discovered the attack "
        "on Monday morning and shut down its IT systems as a precaution.\n\n"
        "The company said it was working to isolate the attack and restore services as quickly "
        "as possible. Its yards remain open for customers who can pay on collection.\n\n"
        "It has reported the incident to the police and the Information Commissioner's Office.",
        "2025-03-18",
        # Whether "working to ... restore services" is a (None, restoration_expected) claim
        # is left open; only a return (restored, partially_restored) is refused.
        _sought("Kelvedon Timber Merchants"),
        id="D1",
    ),
    pytest.param(
        "Pharmacy chain's website taken down by hackers\n\n"
        "Orrisdale Pharmacy Group's website has been offline since Saturday after what the "
        "company described as a data breach.\n\n"
        "Customers who use the site to order repeat prescriptions have been told to visit "
        "their local branch instead. The chain, which has 31 pharmacies in the north west, "
        "said its shops were not affected.\n\n"
        "Engineers were racing to contain the breach and bring the website back, a "
        "spokesperson said on Monday.\n\n"
        "The company said it could not yet say whether any customer information had been "
        "taken.",
        "2025-06-09",
        _sought("Orrisdale Pharmacy Group", "website"),
        id="D2",
    ),
    pytest.param(
        "Bakery chain's tills hit by computer virus\n\n"
        "Customers at Harwood Bakeries shops have been asked to pay in cash after a computer "
        "virus knocked out the chain's tills on Wednesday.\n\n"
        "The family-run business, which has 17 shops in Yorkshire, said card payments had "
        "stopped working at every branch shortly after opening time.\n\n"
        "Managing director Stephen Aldous said staff are trying to clean the infected machines "
        "and get the tills working again. \"We're really sorry to anyone who has been caught "
        'out," he said.\n\n'
        "The shops are still open and are taking cash.",
        "2025-02-13",
        _sought("Harwood Bakeries", "card_payments"),
        id="D3",
    ),
    pytest.param(
        "Garden centre group closes online shop after cyber attack\n\n"
        "Brockhurst Garden Centres has closed its online shop after a cyber attack on its "
        "computer systems last week.\n\n"
        "The group, which runs nine garden centres in Kent and Sussex, said customers could "
        "still shop in person at its centres.\n\n"
        "In a statement on Tuesday, it said it is working with specialists to secure its "
        "network and reopen the online shop. It did not say when that would be.\n\n"
        "The company has reported the attack to the police.",
        "2025-04-22",
        _sought("Brockhurst Garden Centres", "online_orders"),
        id="D4",
    ),
    pytest.param(
        "Furniture retailer halts deliveries after ransomware attack\n\n"
        "Pennock Furniture Stores has halted deliveries to customers' homes after a "
        "ransomware attack on its systems at the weekend.\n\n"
        "The retailer, which has 14 showrooms in New South Wales, said its delivery "
        "scheduling system had been encrypted by the attackers.\n\n"
        "A spokeswoman said the company was working around the clock to rebuild its servers "
        "and get deliveries moving again. Customers with orders due this week will be "
        "contacted by phone.\n\n"
        "The company has notified the Australian Cyber Security Centre.",
        "2025-05-13",
        _sought("Pennock Furniture Stores", "home_delivery"),
        id="D5",
    ),
    pytest.param(
        "Hardware chain suspends click and collect after cyber attack\n\n"
        "Corrib Hardware Stores has suspended its click and collect service after a cyber "
        "attack on its systems on Thursday.\n\n"
        "The Galway-based chain, which has 12 stores in the west of Ireland, said customers "
        "could still buy goods in its shops.\n\n"
        "A spokesman said on Friday that its IT team was doing everything it could to remove "
        "the malware and get click and collect running again.\n\n"
        "The company has informed the Data Protection Commission and the Garda National Cyber "
        "Crime Bureau.",
        "2025-09-05",
        _sought("Corrib Hardware Stores", "click_and_collect"),
        id="D6",
    ),
    # Guards: a return with its own subject after the effort, a return told done before the
    # effort, an effort that already succeeded in the past.
    pytest.param(
        "Wexcombe Building Supplies hit by cyber attack\n\n"
        "Wexcombe Building Supplies took its website offline last Friday after discovering a "
        "cyber attack on its network.\n\n"
        "The builders' merchant, which has 19 branches in the south west, said branches had "
        "stayed open throughout.\n\n"
        "The company said it was working with police to investigate the attack, and its "
        "website was back online on Tuesday.\n\n"
        "It has apologised to trade customers for the disruption.",
        "2025-03-27",
        _back("Wexcombe Building Supplies", "website"),
        id="D7",
    ),
    pytest.param(
        "Cinema chain's website and app hit by IT failure\n\n"
        "Customers of Lytham Cinemas were unable to book tickets on its website or app for "
        "most of Sunday after a technical failure at the company's data centre.\n\n"
        "The chain, which has 11 cinemas in Lancashire and Cumbria, said screenings went ahead "
        "as planned and tickets were sold at the box office.\n\n"
        "On Monday the company said it had restored its website and was working to bring back "
        "the app.\n\n"
        "It apologised to customers for the inconvenience.",
        "2025-01-21",
        _back_not("Lytham Cinemas", "website", "mobile_app"),
        id="D8",
    ),
    pytest.param(
        "Grocer's tills back after weekend cyber attack\n\n"
        "Shoppers at Kilbride Family Grocers were unable to pay by card on Saturday after a "
        "cyber attack hit the chain's payment systems.\n\n"
        "The Northern Ireland chain, which has eight stores, said some shops closed early and "
        "others accepted cash only.\n\n"
        "Its IT staff worked through the weekend to contain the attack and restored the tills "
        "on Monday morning, the company said.\n\n"
        "It said there was no evidence that customers' card details had been taken.",
        "2025-10-14",
        # The brief's example returns "its systems"; a named service is used here so the
        # expected claim is not split between (None, restored) and (internal_systems,
        # restored), which the contract leaves open for "systems".
        _back("Kilbride Family Grocers", "card_payments"),
        id="D9",
    ),
]

E_CASES = [
    pytest.param(
        "Pet store chain warns of empty shelves after cyber attack\n\n"
        "Ashgrove Pet Supplies has warned customers that some products may be out of stock "
        "after a cyber attack on its warehouse systems.\n\n"
        "The chain, which has 48 stores in the Midlands, said the attack was discovered on "
        "Sunday and that it had shut down its systems to contain it.\n\n"
        "In a statement, the company said deliveries to its branches would be delayed while "
        "its systems were brought back. Stores remain open.\n\n"
        "It apologised for the inconvenience.",
        "2025-02-04",
        _sought("Ashgrove Pet Supplies", "stock_and_supply"),
        id="E1",
    ),
    pytest.param(
        "Convenience chain reopens most stores after IT outage\n\n"
        "Harnett Convenience Stores closed dozens of its shops on Monday after an IT failure "
        "left staff unable to use tills or check stock.\n\n"
        "The chain, which has 120 stores across New Jersey and Pennsylvania, blamed a faulty "
        "software update from a supplier.\n\n"
        "Most stores reopened on Tuesday, with the rest expected to follow as systems are "
        "brought back, the company said.\n\n"
        "A spokesman said no customer data had been affected.",
        "2025-07-16",
        # "Most stores reopened" is a partial return of stores in its own right; only the
        # time clause is tested: no general or systems return, stores not fully back.
        {
            "primary": "Harnett Convenience Stores",
            "no_claims": {
                "Harnett Convenience Stores": [
                    (None, "restored"),
                    ("internal_systems", "restored"),
                    ("stores", "restored"),
                ]
            },
            "not_status": {"Harnett Convenience Stores": {"stores": "restored"}},
        },
        id="E2",
    ),
    pytest.param(
        "Cafe chain's card machines fail\n\n"
        "Card machines at Liffey Coffee Company cafes stopped working on Thursday morning "
        "after what the company called a technical fault with its payment provider.\n\n"
        "Customers were asked to pay by cash while the card terminals were restored. Some of "
        "the chain's 26 cafes in Dublin closed early.\n\n"
        "The company said its website and app, which customers use to order ahead, were not "
        "affected. It apologised for the inconvenience.",
        "2025-08-22",
        _sought("Liffey Coffee Company", "card_payments"),
        id="E3",
    ),
    pytest.param(
        "Wine merchant's online shop hacked\n\n"
        "Pellow Wine Merchants has taken its online shop offline after hackers planted "
        "malicious code on its checkout page.\n\n"
        "The London firm said it discovered the code on Friday and that some customers' card "
        "details may have been stolen.\n\n"
        "Orders will be taken by phone as the online shop is rebuilt, the company said in an "
        "email to customers on Monday.\n\n"
        "Its three shops in London are trading normally.",
        "2025-11-11",
        _sought("Pellow Wine Merchants", "online_orders"),
        id="E4",
    ),
    pytest.param(
        "Gym chain's app down after cyber incident\n\n"
        "Tallowood Fitness Clubs says its members' app has been unavailable since Wednesday "
        "after a cyber incident involving one of its software suppliers.\n\n"
        "The Brisbane-based chain, which has 23 gyms in Queensland, said members could still "
        "get into its clubs using their key tags.\n\n"
        "Members have been asked to book classes at reception while the app is brought back "
        "online, a spokeswoman said on Friday.\n\n"
        "The company said it was not aware of any member data being accessed.",
        "2025-04-04",
        _sought("Tallowood Fitness Clubs", "mobile_app"),
        id="E5",
    ),
    pytest.param(
        "Department store handles refunds by hand after IT failure\n\n"
        "Quarrington Department Stores says refunds will take longer than usual after an IT "
        "failure on Monday knocked out its returns system.\n\n"
        "The company, which has six stores in Scotland, said shoppers could still bring items "
        "back to its stores, but refunds would not be paid straight away.\n\n"
        "Staff are processing refunds by hand as the returns system is restored, a spokesman "
        "said.\n\n"
        "He said the fault was not the result of a cyber attack.",
        "2025-01-08",
        _sought("Quarrington Department Stores", "returns_refunds"),
        id="E6",
    ),
    # Guards: "while" as a contrast after a comma, "as normal" with no subject, a return in
    # the main clause with a while-clause of trouble.
    pytest.param(
        "Travel agent's website and app back after cyber attack\n\n"
        "Greystones Travel Agents was forced to take its website and app offline last weekend "
        "after a cyber attack on its booking system.\n\n"
        "The Wicklow firm said holidaymakers with trips already booked were not affected.\n\n"
        "The app returned on Tuesday, while the website was restored on Wednesday, the company "
        "said.\n\n"
        "It said an investigation was continuing.",
        "2025-05-30",
        _back("Greystones Travel Agents", "website", "mobile_app"),
        id="E7",
    ),
    pytest.param(
        "Shoe retailer's tills knocked out by IT fault\n\n"
        "Shoppers at Mellor Shoe Shops were unable to pay by card on Wednesday after an IT "
        "fault hit the chain's tills.\n\n"
        "The retailer, which has 35 shops in the north of England, said it had traced the "
        "problem to a faulty network update.\n\n"
        "Some shops took cash only, and the tills were working as normal by Friday, the "
        "company said.\n\n"
        "It apologised to customers.",
        "2025-06-16",
        _back("Mellor Shoe Shops", "card_payments"),
        id="E8",
    ),
    pytest.param(
        "Toy retailer's website back but app still down\n\n"
        "Customers of Brindley Toy Company have been unable to use its website or app since "
        "Friday after a cyber attack on the online retailer.\n\n"
        "The company said its warehouse was still packing orders placed before the attack.\n\n"
        "The website came back on Monday while the app remained offline, the company said.\n\n"
        "A spokeswoman said it was too early to say whether customer data had been taken.",
        "2025-12-03",
        _back_not("Brindley Toy Company", "website", "mobile_app"),
        id="E9",
    ),
]

F_CASES = [
    pytest.param(
        "Pharmacy chain's dispensing system hit by cyber attack\n\n"
        "Shannonside Pharmacy Group says its pharmacy service was knocked out across its 40 "
        "branches on Thursday after a cyber attack on its dispensing system.\n\n"
        "Customers were unable to collect prescriptions, and some were told to go to other "
        "pharmacies.\n\n"
        "The pharmacy service came back in its Dublin branches on Saturday, but it remains "
        "down in stores outside the capital, the company said.\n\n"
        "It has reported the attack to the Data Protection Commission.",
        "2025-03-10",
        _partly_back("Shannonside Pharmacy Group", "pharmacy"),
        id="F1",
    ),
    pytest.param(
        "Card payments still failing at airport shops\n\n"
        "Card payments failed at Ormsby Food Stores shops across the country on Sunday after a "
        "fault at the company's payment processor.\n\n"
        "The chain, which has 90 shops including several at airports and railway stations, "
        "said the fault had nothing to do with a cyber attack.\n\n"
        "Card payments are working again in most shops, but they are still failing at the "
        "airport branches, a spokesman said on Monday.\n\n"
        "Customers there have been asked to pay in cash.",
        "2025-08-04",
        _partly_back("Ormsby Food Stores", "card_payments"),
        id="F2",
    ),
    pytest.param(
        "Building society app partly back after outage\n\n"
        "Members of Calderwood Building Society have been unable to use its mobile banking app "
        "since Tuesday after a failure at one of its data centres.\n\n"
        "The society, which has branches in Scotland and the north of England, said its "
        "branches and telephone banking had not been affected.\n\n"
        "The app is back for customers in Scotland, though it remains unavailable elsewhere, a "
        "spokeswoman said on Thursday.\n\n"
        "She apologised to members for the inconvenience.",
        "2025-10-02",
        _partly_back("Calderwood Building Society", "mobile_app"),
        id="F3",
    ),
    pytest.param(
        "Online grocer resumes some deliveries after ransomware attack\n\n"
        "Vetch Home Grocers suspended deliveries to customers across the country on Saturday "
        "after a ransomware attack on its ordering and routing systems.\n\n"
        "The online grocer, which delivers from depots in Manchester, Leeds and Reading, said "
        "it had isolated the attack and was rebuilding its systems from backups.\n\n"
        "Deliveries have resumed to the north of the country, but they are still suspended in "
        "the south, the company said on Tuesday.\n\n"
        "Customers whose orders were cancelled will not be charged.",
        "2025-02-25",
        _partly_back("Vetch Home Grocers", "home_delivery"),
        id="F4",
    ),
    pytest.param(
        "DIY chain's click and collect partly back after cyber attack\n\n"
        "Penhallow DIY Stores suspended click and collect last week after a cyber attack on "
        "its online systems, the company has said.\n\n"
        "The Cornish chain, which has 28 stores, said shoppers could still buy in store "
        "throughout.\n\n"
        "Click and collect has returned at its larger stores, but it is still unavailable at "
        "smaller branches, a spokesman said on Wednesday.\n\n"
        "The company said it had found no evidence that customer data had been taken.",
        "2025-09-17",
        _partly_back("Penhallow DIY Stores", "click_and_collect"),
        id="F5",
    ),
    pytest.param(
        "Hardware retailer restarts online orders after cyber attack\n\n"
        "Glenmore Hardware Stores stopped taking online orders last Thursday after a cyber "
        "attack on its e-commerce platform.\n\n"
        "The retailer, which has 34 stores on both sides of the border, said its shops stayed "
        "open throughout.\n\n"
        "Online ordering has restarted for customers in the Republic, but it is still "
        "suspended in Northern Ireland, the company said on Tuesday.\n\n"
        "It has reported the attack to the gardai and to the PSNI.",
        "2025-11-25",
        _partly_back("Glenmore Hardware Stores", "online_orders"),
        id="F6",
    ),
    # Guards: a failure told again in its own sentence, a pronoun for another service, a full
    # return followed by a caveat about something else.
    pytest.param(
        "Takeaway chain's app crashes again\n\n"
        "Customers of Bellamy Pizza Company were unable to order through its app last weekend "
        "after a technical fault.\n\n"
        "The app came back on Monday. It crashed again on Wednesday and remains offline.\n\n"
        "The chain, which has 60 takeaways in Victoria, said customers could still order by "
        "phone. A spokesman said engineers were looking into the cause.",
        "2025-07-10",
        # A crash is not a deliberate pause, so disrupted rather than suspended; whether the
        # Monday return is kept as a (mobile_app, restored) claim is left open.
        {
            "primary": "Bellamy Pizza Company",
            "statuses": {"Bellamy Pizza Company": {"mobile_app": "disrupted"}},
            "no_claims": {"Bellamy Pizza Company": [("mobile_app", "partially_restored")]},
        },
        id="F7",
    ),
    pytest.param(
        "Electrical retailer's app still down after cyber attack\n\n"
        "Halsey Electrical Stores took its website and app offline on Friday after detecting "
        "a cyber attack on its systems.\n\n"
        "The website is back for most customers, but the app remains offline and it may take "
        "days to fix, the company said on Monday.\n\n"
        "Its 52 stores have stayed open throughout. The company said it did not yet know "
        "whether customer data had been accessed.",
        "2025-04-28",
        {
            "primary": "Halsey Electrical Stores",
            "has_service": {"Halsey Electrical Stores": ["mobile_app"]},
            "not_status": {"Halsey Electrical Stores": {"mobile_app": "restored"}},
            "no_claims": {
                "Halsey Electrical Stores": [
                    ("mobile_app", "restored"),
                    ("mobile_app", "partially_restored"),
                ]
            },
        },
        id="F8",
    ),
    pytest.param(
        "Pub group's card machines back after outage\n\n"
        "Card machines at Thornbury Inns pubs stopped working on Friday evening after an "
        "outage at the company's payment provider.\n\n"
        "Drinkers were asked to pay in cash, and some who tried to pay by card were charged "
        "twice.\n\n"
        "Card payments are working again everywhere, but it may take days to process the "
        "backlog of refunds, the company said on Saturday.\n\n"
        "It apologised to customers.",
        "2025-12-13",
        _back("Thornbury Inns", "card_payments"),
        id="F9",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(D_CASES, KNOWN_MISSES))
def test_a_return_joined_to_an_effort_is_only_sought(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(E_CASES, KNOWN_MISSES))
def test_a_return_in_a_while_or_as_clause_is_under_way(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(F_CASES, KNOWN_MISSES))
def test_a_pronoun_still_down_scopes_a_partial_return(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)

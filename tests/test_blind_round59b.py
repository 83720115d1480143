"""Blind round 59b: acceptance cases written from the contract alone.

Classes:

X. A denied belief or finding about a theft means the data was not compromised: "The company
   does not believe customers' card details were taken" (X1), "did not think any personal data
   had been accessed" (X2), "has not so far found any evidence that customer information was
   stolen" (X3), "does not currently believe that customers' personal or financial information
   has been compromised" (X4), "does not believe employees' personal information was taken"
   (X5: employee_data), "did not believe that any patient records or payment details had been
   viewed or copied" (X6) -> data_compromised false for the victim, its customer_data (X5:
   employee_data) not compromised, and no data_breach type. Guards, where the theft is taken
   as given: "Police do not believe the hackers who stole customers' card details from X were
   based in the UK" (X7: customer_data compromised), "Staff at X did not suspect that payroll
   records had been taken until the bank called" (X8: employee_data compromised), and a denial
   in the first paragraph that the next paragraph overturns (X9: customer_data compromised),
   each with data_compromised true.
Y. The systems told back in full are every service back: after an article tells several
   services down, "All of its systems were back online by Sunday" (Y1: website, mobile_app,
   card_payments), "its systems had been fully restored" (Y2: online_orders, mobile_app,
   customer_service), "Everything is working again" (Y3: card_payments, mobile_app, website),
   "All of our IT systems are now fully operational again" (Y4: online_orders,
   customer_service, website), "all of its systems had been restored" (Y5: website,
   mobile_app, home_delivery, card_payments), "By Monday morning every system was back up and
   running" (Y6: mobile_app, website, contactless_payments, customer_service) -> each of those
   services restored. Guards: "most of its systems had been restored" (Y7: website,
   card_payments, customer_service not restored); "its systems had been restored, but its app
   remains offline" (Y8: mobile_app not restored); "its booking system is back" (Y9: website,
   mobile_app, card_payments not restored).
Z. An organisation placed by a pro-form of an earlier incident is a victim of it: "The attack
   follows one on the wholesaler X earlier this year" (Z1), "It is the second such attack in a
   month, after one at X in March" (Z2), "comes weeks after another on X" (Z3), "The attack is
   similar to one that hit X in 2023" (Z5) -> X related with cyber_attack; "The outage is the
   second to hit a high street lender this year, after one at X in January" (Z4), "The glitch
   came just a fortnight after a similar one at X" (Z6) -> X related with technical_outage;
   the article's own victim stays primary. Guards, where X gets no incident: a pro-form that
   counts people, "One of its drivers, who works for X" (Z7); a pro-form with no incident told
   before it, "The rollout is the second by a regional grocer this year, after one at X in
   February", in an article about new self-checkouts (Z8); and "One of X's tenants said" (Z9).

On the first run (the committed code at 5dcbc64; the working tree held no edits but this file
and another round's untracked tests/test_blind_round59.py), 12 of the 27
cases passed. Class X: 1 of 9, the guard X9 (a denial overturned by the next paragraph): five
of the six denials, X1-X4 and X6, are read as thefts (data_compromised true, customer_data
compromised, data_breach given; X3's victim is also named with its dateline, "RIDGEHOLT -
Brushwood Pet Supply"), X5 and the guard X7 give no incident at all, and the guard X8 names
its victim "Joinery" (though with employee_data compromised). Class Y: 4 of 9, Y3 ("Everything
is working again") and the three guards Y7-Y9: in Y1, Y2, Y4 and Y5 the full return is read
as a general claim or as internal_systems restored while each named service keeps its down
status (Y2 and Y4 also miss one service: the app, the helpline), and Y6 ("every system was back
up and running") gives no restoration claim at all. Class Z: 7 of 9: the related victims of
Z2, Z4, Z5 and Z6 are found with the right type and the three guards pass, but "follows one
on the wholesaler X" (Z1) and "comes weeks after another on X" (Z3) give X no incident. The
fifteen misses are in KNOWN_MISSES with what was observed. No case's text or expectations were
changed after the first run; a second run gave the same result.

After the round's rules (a denied belief or finding as its own cue, the systems named whole
back in full as every service back, a pro-form of an incident after a word of sequence), 21
of the 27 pass. Left: X5 and the guard X7 give no incident at all and X8 names its victim
"Joinery" (who, not the denial); Y2 and Y4 miss a service the return should reach (the app,
the helpline) and Y6's "every system was back up and running" is read as no return.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses

NO_INCIDENT = "no incident at all (incidents [], no warnings)"

KNOWN_MISSES: dict[str, str] = {
    "X5": NO_INCIDENT,
    "X7": NO_INCIDENT,
    "X8": "the one incident is named 'Joinery' (data_compromised true, employee_data "
    "compromised), none for 'Amblestone Joinery'",
    "Y2": "online_orders and customer_service disrupted, mobile_app absent; the return gives a "
    "general (None, restored) claim and internal_systems restored only",
    "Y4": "online_orders and website disrupted, customer_service absent; the return gives "
    "(internal_systems, restored) only",
    "Y6": "website, mobile_app, contactless_payments and internal_systems disrupted, "
    "customer_service suspended; no restoration claim at all",
}


def _denied(org: str, service: str = "customer_data") -> dict[str, Any]:
    """A denied belief or finding about a theft: no data compromised, no data breach."""
    return {
        "primary": org,
        "data_compromised": {org: False},
        "not_status": {org: {service: "compromised"}},
        "types_absent": {org: ["data_breach"]},
    }


def _taken(org: str, service: str = "customer_data") -> dict[str, Any]:
    """A theft the text takes as given: the data compromised."""
    return {
        "primary": org,
        "data_compromised": {org: True},
        "statuses": {org: {service: "compromised"}},
    }


def _all_back(org: str, services: list[str]) -> dict[str, Any]:
    """Every system told back: each service told down is restored."""
    return {"primary": org, "statuses": {org: {service: "restored" for service in services}}}


def _not_back(org: str, services: list[str]) -> dict[str, Any]:
    """Systems back only in part, or one system back: these services are not restored."""
    return {"primary": org, "not_status": {org: {service: "restored" for service in services}}}


def _earlier(primary: str, org: str, kind: str) -> dict[str, Any]:
    """An earlier incident named through a pro-form: a related victim of that kind."""
    return {"primary": primary, "related": [org], "types_present": {org: [kind]}}


X_CASES = [
    pytest.param(
        "Pelham Ridge takes website offline after cyber attack\n\n"
        "Pelham Ridge, the outdoor clothing and camping chain, has taken its website offline "
        "after a cyber attack on Tuesday night, the company said.\n\n"
        "The retailer, which has 64 shops, said its stores were trading normally and staff "
        "were still able to take card payments. It has called in outside specialists and "
        "reported the attack to the police.\n\n"
        "The company does not believe customers' card details were taken, as full payment "
        "information is handled by a separate provider and is not stored on its own systems. "
        "It said it would write to customers if its investigation found otherwise.\n\n"
        "Pelham Ridge said it hoped to have the website back within days.",
        "2025-03-13",
        _denied("Pelham Ridge"),
        id="X1",
    ),
    pytest.param(
        "Garden centre chain hit by cyber incident over bank holiday\n\n"
        "Briarmead Garden Centres has said it is investigating a cyber incident that knocked "
        "out tills and its loyalty scheme at several of its 19 sites over the bank holiday "
        "weekend.\n\n"
        "Shoppers at some branches were asked to pay in cash on Saturday, and staff could not "
        "add points to loyalty cards. The business said it had isolated the affected systems "
        "within hours.\n\n"
        "A spokeswoman said the company did not think any personal data had been accessed, but "
        "added that its investigation was continuing and it would contact customers directly "
        "if that changed.\n\n"
        '"We are very sorry for the disruption during one of our busiest weekends of the '
        'year," she said.',
        "2025-05-07",
        _denied("Briarmead Garden Centres"),
        id="X2",
    ),
    pytest.param(
        "Brushwood Pet Supply says online store is back after cyberattack\n\n"
        "RIDGEHOLT - Brushwood Pet Supply said Thursday that its online store is taking orders "
        "again after a cyberattack knocked it offline for most of last week.\n\n"
        "The family-owned chain, which operates 41 stores in five states, said it detected "
        "unauthorized activity on part of its network on Jan. 9 and shut down several systems "
        "as a precaution.\n\n"
        "The company said it has not so far found any evidence that customer information was "
        "stolen. An outside cybersecurity firm is still investigating, and Brushwood said it "
        "has notified law enforcement.\n\n"
        "Stores stayed open throughout, though some shoppers said they had been unable to "
        "redeem gift cards.",
        "2025-01-17",
        _denied("Brushwood Pet Supply"),
        id="X3",
    ),
    pytest.param(
        "Kindilan Hardware confirms cyber attack\n\n"
        "Regional hardware chain Kindilan Hardware has confirmed it was the target of a cyber "
        "attack that took down its click and collect service and online trade accounts for "
        "several days.\n\n"
        "The retailer, which has 27 stores, said it became aware of suspicious activity on its "
        "network last Wednesday and immediately took some systems offline.\n\n"
        "Chief executive Colin Delacourt said the company does not currently believe that "
        "customers' personal or financial information has been compromised. \"Our "
        'investigation is ongoing and we are working closely with the relevant authorities," '
        "he said.\n\n"
        "Kindilan said all stores had continued to trade and click and collect orders would "
        "resume from Monday.",
        "2024-11-18",
        _denied("Kindilan Hardware"),
        id="X4",
    ),
    pytest.param(
        "Freight firm tells staff of cyber attack\n\n"
        "Workers at Sowerdale Freight have been told the haulage and warehousing company was "
        "hit by a cyber attack that left drivers unable to see their delivery schedules for "
        "two days last week.\n\n"
        "In a memo to its 1,200 employees, seen by this newspaper, the company said it does not "
        "believe employees' personal information was taken. The attack affected its transport "
        "planning system and email, both of which have since been rebuilt, the memo said.\n\n"
        "A union representative at the firm's Hallowby depot said members were relieved but "
        "wanted to know more about how the hackers got in.\n\n"
        "Sowerdale Freight declined to comment further.",
        "2025-02-26",
        _denied("Sowerdale Freight", "employee_data"),
        id="X5",
    ),
    pytest.param(
        "Opticians chain investigates hack of booking system\n\n"
        "Halmsworth Opticians, which has 33 practices in the south of England, has said "
        "hackers gained access to its appointment booking system earlier this month.\n\n"
        "Patients were unable to book eye tests online for around a week while the system was "
        "rebuilt, and some practices took bookings by phone only.\n\n"
        "In a statement, managing director Priya Staveley said the firm did not believe that "
        'any patient records or payment details had been viewed or copied. "Clinical records '
        'are held on a separate system which was not affected," she said.\n\n'
        "The company has reported the incident to the data protection regulator as a "
        "precaution.",
        "2024-10-09",
        _denied("Halmsworth Opticians"),
        id="X6",
    ),
    # Guards: the theft is taken as given under the negation, or confirmed after a denial.
    pytest.param(
        "Bike shop card theft gang 'not based in UK', police say\n\n"
        "Police do not believe the hackers who stole customers' card details from Spokeford "
        "Cycles were based in the UK, and are working with overseas agencies to trace them.\n\n"
        "The online bike shop said last month that malicious code had been hidden on its "
        "checkout page between August and early October. About 6,500 customers who placed "
        "orders during that time have been told to watch their bank statements.\n\n"
        'Detective Inspector Tom Hartnell said: "This was a sophisticated operation, and we '
        'are following a number of leads abroad."\n\n'
        "Spokeford Cycles said its website was now secure.",
        "2024-10-22",
        _taken("Spokeford Cycles"),
        id="X7",
    ),
    pytest.param(
        "Joinery firm calls in police after cyber attack\n\n"
        "Staff at Amblestone Joinery did not suspect that payroll records had been taken until "
        "the bank called on Monday to ask about a string of changes to employees' account "
        "details.\n\n"
        "The window and door maker, which employs 140 people at its factory in Thrale, said "
        "criminals had got into its email system in early March and used it to reach files "
        "held by its finance team.\n\n"
        "Managing director Ruth Ebberly said every employee had been told what happened and "
        'offered credit monitoring. "We are angry and upset on behalf of our people," she '
        "said.\n\n"
        "The firm has reported the attack to the police.",
        "2025-03-27",
        _taken("Amblestone Joinery", "employee_data"),
        id="X8",
    ),
    pytest.param(
        "Merriden Books changes its story on cyber attack\n\n"
        "When Merriden Books first disclosed a cyber attack last week, the online bookseller "
        "said it did not believe any customer data had been taken.\n\n"
        "On Tuesday it told customers that further investigation had found the attackers had "
        "copied the names, email addresses and order histories of about 90,000 people.\n\n"
        '"We are sorry that our initial assessment was wrong," said chief executive Dana '
        "Lomasney.\n\n"
        "Customers have been advised to be alert to phishing emails.",
        "2025-06-11",
        _taken("Merriden Books"),
        id="X9",
    ),
]

Y_CASES = [
    pytest.param(
        "Homewares chain apologises after IT failure hits tills\n\n"
        "Kestlebury Home has apologised to shoppers after an IT failure on Friday took down its "
        "website and app and stopped card payments in its 38 stores.\n\n"
        "Customers were turned away from tills at some branches, while others were asked to "
        "pay in cash. The homewares chain blamed a fault in its data centre, and its website "
        "and app showed an error message for most of Saturday.\n\n"
        "All of its systems were back online by Sunday, the company said.",
        "2025-02-17",
        _all_back("Kestlebury Home", ["website", "mobile_app", "card_payments"]),
        id="Y1",
    ),
    pytest.param(
        "Pizza chain's online ordering hit by cyber attack\n\n"
        "Brackenhurst Pizza was unable to take online orders on Saturday night after a cyber "
        "attack on its ordering platform, the takeaway chain has confirmed.\n\n"
        "Customers who tried its app were shown a maintenance page, and its customer helpline "
        "was also unavailable, leaving many unable to find out what had happened to orders "
        "already placed.\n\n"
        "In a statement on Monday, the company said its systems had been fully restored and it "
        "was working with specialists to establish how the attack happened. It said payment "
        "details were not held on the affected platform.",
        "2025-04-08",
        _all_back("Brackenhurst Pizza", ["online_orders", "mobile_app", "customer_service"]),
        id="Y2",
    ),
    pytest.param(
        "Pub chain's tills down for most of Friday\n\n"
        "Drinkers at Tannerbrook Inns pubs were asked to pay in cash on Friday after a fault "
        "with the company's tills stopped card payments at its 70 sites.\n\n"
        "The group's table-ordering app also stopped working, and its website, which customers "
        "use to book tables, was down for several hours.\n\n"
        "A spokesman said the problem had been caused by a failed software update. "
        '"Everything is working again and we\'re sorry to anyone who was caught out," he said '
        "on Saturday.",
        "2025-07-05",
        _all_back("Tannerbrook Inns", ["card_payments", "mobile_app", "website"]),
        id="Y3",
    ),
    pytest.param(
        "Pharmacy chain hit by network outage\n\n"
        "Customers of Wandoona Chemists were unable to place online orders or get through to "
        "its customer helpline for much of Tuesday after a network outage hit the pharmacy "
        "chain. Its website was also unavailable for several hours.\n\n"
        "The company said its 46 stores stayed open, though some customers reported long waits "
        "at the counter.\n\n"
        'In an update on Wednesday morning, a spokeswoman said: "All of our IT systems are now '
        'fully operational again, and we thank customers for their patience."',
        "2024-09-12",
        _all_back("Wandoona Chemists", ["online_orders", "customer_service", "website"]),
        id="Y4",
    ),
    pytest.param(
        "Grocery chain Bellrose Market recovers from cyberattack\n\n"
        "Bellrose Market's website and mobile app went dark last Tuesday, and home delivery "
        "orders were halted, after what the regional grocer called a cybersecurity incident.\n\n"
        "The 23-store chain said its stores remained open but could not accept credit or debit "
        "cards for part of Wednesday.\n\n"
        'On Monday, the company said all of its systems had been restored. "We appreciate our '
        "customers' patience,\" spokeswoman Grace Vickery said.",
        "2025-01-28",
        _all_back("Bellrose Market", ["website", "mobile_app", "home_delivery", "card_payments"]),
        id="Y5",
    ),
    pytest.param(
        "Bus operator's app and website down after cyber attack\n\n"
        "Whinfell Coaches' app and website were offline over the weekend after a cyber attack "
        "on the operator's systems, leaving passengers unable to buy tickets in advance.\n\n"
        "Contactless payments on board its buses also stopped working on Saturday, and drivers "
        "were told to accept cash only. The company's customer service phone line was "
        "closed.\n\n"
        "By Monday morning every system was back up and running, a spokesman for the operator "
        "said. He apologised to passengers for the disruption.",
        "2025-03-03",
        _all_back(
            "Whinfell Coaches",
            ["mobile_app", "website", "contactless_payments", "customer_service"],
        ),
        id="Y6",
    ),
    # Guards: systems back in part, a service still down after the return, one system back.
    pytest.param(
        "Furniture retailer still recovering from IT failure\n\n"
        "Colderbank Furniture's website went offline on Tuesday, and shoppers in its 12 "
        "showrooms were unable to pay by card, after an IT failure at the retailer. Its "
        "customer service phone line was also cut off.\n\n"
        "The company said on Thursday that most of its systems had been restored, and that it "
        "hoped to have everything working again by the weekend.\n\n"
        "Customers with deliveries booked this week have been told they will still arrive as "
        "planned.",
        "2025-05-22",
        _not_back("Colderbank Furniture", ["website", "card_payments", "customer_service"]),
        id="Y7",
    ),
    pytest.param(
        "Building society app still down after outage\n\n"
        "Dorrimore Building Society members were unable to log in to online banking or use its "
        "app on Friday, and some card payments were declined, after a fault in the society's "
        "systems.\n\n"
        "The society said on Sunday that its systems had been restored, but its app remains "
        "offline while engineers carry out further checks. Members have been told to use "
        "online banking through a web browser in the meantime.\n\n"
        '"We know how frustrating this has been and we apologise," a spokeswoman said.',
        "2025-06-02",
        _not_back("Dorrimore Building Society", ["mobile_app"]),
        id="Y8",
    ),
    pytest.param(
        "Leisure centres' booking system back after cyber attack\n\n"
        "Wyvernhill Leisure, which runs 14 gyms and swimming pools on behalf of local councils, "
        "was hit by a cyber attack last weekend that took down its website and app and stopped "
        "card payments at reception desks.\n\n"
        "The trust said on Wednesday that its booking system is back, so members can once "
        "again reserve classes and swimming lanes by phone or at reception.\n\n"
        "It has not said when other services will return.",
        "2025-08-14",
        _not_back("Wyvernhill Leisure", ["website", "mobile_app", "card_payments"]),
        id="Y9",
    ),
]

Z_CASES = [
    pytest.param(
        "Frozen food supplier hit by cyber attack\n\n"
        "Corrowby Foods, which supplies frozen ready meals to supermarkets and hospitals, has "
        "been hit by a cyber attack that disrupted deliveries for much of this week.\n\n"
        "The company said it had shut down parts of its network as a precaution and was "
        "working with outside experts. Some customers received orders late or not at all.\n\n"
        "The attack follows one on the wholesaler Hobbard Brothers earlier this year, which "
        "left independent shops short of stock for a fortnight.\n\n"
        "Corrowby Foods said it expected deliveries to return to normal by Monday.",
        "2025-05-15",
        _earlier("Corrowby Foods", "Hobbard Brothers", "cyber_attack"),
        id="Z1",
    ),
    pytest.param(
        "Council services disrupted by cyber attack\n\n"
        "Brennington Borough Council says a cyber attack has disrupted its website and phone "
        "lines, and residents are being asked to raise bin collection and council tax queries "
        "in person.\n\n"
        "The council said it detected the attack on Monday and took its systems offline. It is "
        "working with national cyber security officials and the police.\n\n"
        "It is the second such attack in a month, after one at Lanbury District Council in "
        "March that took its planning portal offline for a week.\n\n"
        "A council spokesman said there was no indication at this stage that residents' data "
        "had been taken.",
        "2025-04-10",
        _earlier("Brennington Borough Council", "Lanbury District Council", "cyber_attack"),
        id="Z2",
    ),
    pytest.param(
        "Building society says cyber attack disrupted online banking\n\n"
        "Penmarric Building Society has confirmed that a cyber attack left members unable to "
        "use its online banking service for two days.\n\n"
        "The mutual, which has 11 branches, said branches remained open and savings were safe. "
        "It has brought in forensic investigators.\n\n"
        "The attack on Penmarric comes weeks after another on Trennick Credit Union, whose "
        "members were locked out of their accounts for most of January.\n\n"
        'Chief executive Mallory Dunkerton said: "Smaller lenders are being targeted, and we '
        'are reviewing every part of our defences."',
        "2025-02-20",
        _earlier("Penmarric Building Society", "Trennick Credit Union", "cyber_attack"),
        id="Z3",
    ),
    pytest.param(
        "Glenaray Bank customers locked out by IT failure\n\n"
        "Customers of Glenaray Bank were unable to log in to its app or make payments for "
        "around six hours on Friday after what the bank called a technical fault.\n\n"
        "The bank said the problem was caused by a hardware failure at one of its data centres "
        "and was not the result of a cyber attack. Services were restored by early evening.\n\n"
        "The outage is the second to hit a high street lender this year, after one at Kelsway "
        "Mutual in January, when customers could not use their cards for most of a day.\n\n"
        "Glenaray said it would compensate customers who had incurred charges.",
        "2025-03-31",
        _earlier("Glenaray Bank", "Kelsway Mutual", "technical_outage"),
        id="Z4",
    ),
    pytest.param(
        "College coursework lost in ransomware attack\n\n"
        "Esterley College has told students that some coursework may have been lost after a "
        "ransomware attack on its computer systems last week.\n\n"
        "The further education college, which has about 6,000 students, closed its campuses "
        "for two days while the attack was investigated. Students have been asked to check "
        "whether they have copies of their work.\n\n"
        "The attack is similar to one that hit Hambrey Academy Trust in 2023, when several "
        "schools lost exam coursework and had to ask exam boards for extensions.\n\n"
        'Principal Annwen Coverley said staff were working "around the clock" to recover '
        "files.",
        "2024-12-05",
        _earlier("Esterley College", "Hambrey Academy Trust", "cyber_attack"),
        id="Z5",
    ),
    pytest.param(
        "Shoppers forced to pay cash as supermarket tills fail\n\n"
        "Finchmoor Fresh shoppers were left stranded at checkouts on Wednesday night after a "
        "technical glitch knocked out card payments at the supermarket chain's 60 stores.\n\n"
        "Some stores closed early, while others let customers leave with their groceries and "
        "pay later. Finchmoor Fresh said the problem was fixed shortly after 10pm.\n\n"
        "The glitch came just a fortnight after a similar one at Uppercott Stores left "
        "shoppers unable to pay by card for several hours.\n\n"
        "A spokeswoman for Finchmoor Fresh said it was investigating the cause.",
        "2025-01-09",
        _earlier("Finchmoor Fresh", "Uppercott Stores", "technical_outage"),
        id="Z6",
    ),
    # Guards: a pro-form that counts people, one with no incident before it, "one of X's".
    pytest.param(
        "Parcel firm hit by cyber attack as deliveries stall\n\n"
        "Redbeck Parcels has been hit by a cyber attack that has left thousands of parcels "
        "stuck at its depots, the delivery firm has confirmed.\n\n"
        "The company said it shut down its tracking and routing systems on Sunday after "
        "spotting suspicious activity. Customers have been unable to track deliveries "
        "online.\n\n"
        "One of its drivers, who works for Pettigrove Recruitment, said he had been sent home "
        'on Monday with no work. "Nobody is telling us anything," he said.\n\n'
        "Redbeck Parcels said it hoped to clear the backlog by the end of the week.",
        "2025-02-04",
        {"primary": "Redbeck Parcels", "absent": ["Pettigrove Recruitment"]},
        id="Z7",
    ),
    pytest.param(
        "Grocer installs self-checkouts across its stores\n\n"
        "Oakhurne Grocers is to install self-service checkouts in all 18 of its shops by the "
        "end of the summer, in a £2m investment the family-run chain says will cut queues at "
        "busy times.\n\n"
        "The rollout is the second by a regional grocer this year, after one at Ostlow "
        "Supermarkets in February.\n\n"
        "Managing director Hugh Ferrington said staff would not lose their jobs, and that "
        "every store would keep at least two staffed tills.",
        "2025-04-16",
        {"absent": ["Ostlow Supermarkets"]},
        id="Z8",
    ),
    pytest.param(
        "Council tax payments halted after cyber attack\n\n"
        "Halverdine District Council has been hit by a cyber attack that has stopped residents "
        "paying council tax and rent online, the authority has said.\n\n"
        "The council took its payment systems offline on Friday and said it was working with "
        "national cyber security officials. Its offices remain open.\n\n"
        "One of Tuckwell Lettings' tenants said she had tried to pay her council tax three "
        'times over the weekend before giving up. "There was no message on the website to '
        'say what was going on," she said.\n\n'
        "The council said residents would not be penalised for late payments.",
        "2025-06-24",
        {"primary": "Halverdine District Council", "absent": ["Tuckwell Lettings"]},
        id="Z9",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(X_CASES, KNOWN_MISSES))
def test_a_denied_belief_about_a_theft_means_no_data_compromised(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(Y_CASES, KNOWN_MISSES))
def test_every_system_back_is_every_service_restored(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(Z_CASES, KNOWN_MISSES))
def test_a_pro_form_of_an_earlier_incident_names_its_victim(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)

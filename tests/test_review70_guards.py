"""Guards from the reviews of round 70's first rules (4a718a4), on the reviewers' own
articles: each pins the whole outcome (who is hit, in which role, with which services) that
the base gave and 4a718a4 broke.

CASES come from the first review (efforts and disabling): an effort aimed at something beside
the service ("to restore confidence in its card payments", "its reputation for reliable home
delivery", "dividend payments", "the gift card balances of affected customers", "to relaunch
its loyalty scheme later this year"), an effort in a past narrative ("In 2021 the firm spent
three weeks trying to", "A year ago the company was struggling to", "In the days after the
attack", "On Monday afternoon engineers were working to" before "things were back to
normal"), a need or a modal ("may need to restart the app", "will need to restore their
saved payment methods"), the attackers' own effort ("the gang was trying to restore its
website"); a disabling advised ("advised customers to disable"), to come ("will deactivate
its old paper loyalty cards"), of particular things ("the fraudulently bought gift cards",
"the online accounts of around 200 customers") or negated ("had not needed to disable its
online shop, which was working normally": broken by the first mend, not by 4a718a4); a
contrast of time, manner or number read as a
place ("not in time for the Black Friday rush", "not within the promised 24 hours", "not to
the satisfaction of members", "not at the old number", "not for the first time this year").

SECOND_CASES come from the second review (contrasts after a return and disabling): a
contrast naming another service ("though not for online orders, which remain suspended", "not
for gift cards", "not in any of its stores, where tills remain offline") or another
organisation ("not at its sister chain Olive Oven", "not for rival firm Cabline"), more times
and manners ("not in time for Valentine's Day", "not at peak times", "not outside office
hours", "not in the run-up to Christmas", "not in the same way", "not at the expense of
security", "not to the levels seen before", "though not for long,"), "everywhere but" across a
clause ("everywhere but queues remained long") or before a service ("everywhere but the app,
which remains offline"); a name before an active verb of disabling ("Harwood Stores has
disabled its app") and a service after "at" ("Tills were disabled at all 40 Ember Kitchen
restaurants"); "working to restore trust in its online shop" and "working to restore online
orders, which are now available again in some regions".

THIRD_CASES and FOURTH_CASES come from the reviews of 99afcfb (the first mends, "can be used
again" and elided denials): an analyst's "companies ... are usually working to restore their
websites"; past narratives with no date ("During its previous cyber incident, engineers were
racing to", "Back then, staff were trying to") or a span ("were working to restore online
banking for nine days after the attack, the bank said"); "its mobile app's reputation"; a
headline's "may need to restart the app"; "can be used again" awaited ("when", "until",
"before"), of others ("by criminals", "could be used again for online purchases"); elided
denials of an amount ("but online sales have not"), of others ("but their websites were
not") and of data after a state that is no theft ("files were encrypted, but customer data
was not"); "deactivated 300 residents' online accounts"; "told schools to disable AI chatbot
features" in a story of no incident; and "but not at Stanwick Airport, which is run by a
different company".

FIFTH_CASES come from the review of a6a54de: "could be used again after the system had been
checked", "within days", "once the scheme relaunches" (a return still to come); "has
deactivated affected members' loyalty cards" (some cards, not the scheme); "online orders were
being taken again on its website and app" after the website was taken offline (a channel
told down before comes back with the service it carries); and a supplier "working to restore
the tills at Oven Fresh" (its client's tills).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import outcome

Extract = Callable[..., dict[str, Any]]

CASES = [
    pytest.param(
        (
            "Hackers steal data from Quayside Travel\n"
            "\n"
            "Quayside Travel, a Dutch holiday firm, said hackers stole customers' names, email "
            "addresses and passport numbers in an attack on its booking system last week.\n"
            "The company's website and call centre were working normally.\n"
            "Security experts advised customers to disable one-click payments in the Quayside app "
            "and to watch for phishing emails.\n"
        ),
        "2025-07-15",
        [("Quayside Travel", "primary")],
        {
            "Quayside Travel": {
                "website": "unaffected",
                "customer_data": "compromised",
                "customer_service": "unaffected",
            }
        },
        [],
        id="d05_advice_disable",
    ),
    pytest.param(
        (
            "Fraudsters use stolen accounts to buy Penrose gift cards\n"
            "\n"
            "Penrose, the Swiss chocolate retailer, said criminals had logged in to around 600 "
            "customer accounts with stolen passwords and used saved cards to buy e-gift cards.\n"
            "The company said it had deactivated the fraudulently bought gift cards and refunded "
            "the affected customers.\n"
            "Gift cards bought by customers in the normal way remain valid, it said.\n"
        ),
        "2025-11-25",
        [("Penrose", "primary")],
        {
            "Penrose": {
                "gift_cards": "unaffected",
                "customer_data": "compromised",
                "loyalty_program": "compromised",
            }
        },
        [],
        id="d09_fraud_giftcards_deactivated",
    ),
    pytest.param(
        (
            "Customer data exposed at Pinecrest Outdoors\n"
            "\n"
            "Pinecrest Outdoors, a Canadian camping retailer, said a coding error exposed some "
            "customers' order histories to other shoppers for several hours on Friday.\n"
            "The error was fixed the same day.\n"
            "Pinecrest said it had deactivated the online accounts of around 200 customers at "
            "their request.\n"
        ),
        "2025-08-18",
        [("Pinecrest Outdoors", "primary")],
        {"Pinecrest Outdoors": {"customer_data": "compromised"}},
        [],
        id="d31_at_request_accounts",
    ),
    pytest.param(
        (
            "Data breach at Carrow Coffee\n"
            "\n"
            "Carrow Coffee, an Irish coffee chain, said hackers accessed customers' names and "
            "email addresses through a marketing supplier.\n"
            "The company will deactivate its old paper loyalty cards at the end of the month as "
            "it moves members to its new app, it said in a separate announcement.\n"
        ),
        "2025-10-13",
        [("Carrow Coffee", "primary")],
        {"Carrow Coffee": {"customer_data": "compromised"}},
        [],
        id="d33_product_retire_loyalty",
    ),
    pytest.param(
        (
            "Thornbury Outfitters hit by gift card fraud after cyber attack\n"
            "\n"
            "Thornbury Outfitters, the Yorkshire clothing chain, said hackers broke into its "
            "e-commerce platform last week and used it to issue thousands of fraudulent gift "
            "cards.\n"
            "West Yorkshire Police said officers were working to recover the stolen gift cards "
            "and had made two arrests.\n"
            "The retailer said its stores and website were trading normally and that no payment "
            "card details had been taken.\n"
        ),
        "2025-03-12",
        [("Thornbury Outfitters", "primary"), ("West Yorkshire Police", "related")],
        {
            "Thornbury Outfitters": {
                "website": "unaffected",
                "stores": "unaffected",
                "customer_data": "unaffected",
            },
            "West Yorkshire Police": {},
        },
        [],
        id="e01_police_giftcards",
    ),
    pytest.param(
        (
            "Payment problems at Greyfriars Grocers\n"
            "\n"
            "Greyfriars Grocers, a chain of 40 grocery shops in Edinburgh, was hit by a cyber "
            "attack on Monday.\n"
            "On Monday afternoon engineers were working to restore the tills in every shop.\n"
            "By Wednesday the chain said things were back to normal at all 40 shops.\n"
        ),
        "2025-07-07",
        [("Greyfriars Grocers", "primary")],
        {"Greyfriars Grocers": {"stores": "restored"}},
        [("None", "restored"), ("stores", "restored")],
        id="e14_tills_back_general_later",
    ),
    pytest.param(
        (
            "Glitch at Ravensworth Energy app\n"
            "\n"
            "Ravensworth Energy said some customers saw other people's bills in its app on "
            "Tuesday because of a software fault.\n"
            "The fault was fixed within an hour, the company said.\n"
            "Customers may need to restart the app to see their own bills again.\n"
        ),
        "2025-09-08",
        [("Ravensworth Energy", "primary")],
        {"Ravensworth Energy": {}},
        [("None", "restored")],
        id="e16_need_restart_app",
    ),
    pytest.param(
        (
            "Alderney Outdoor recovers from cyber attack\n"
            "\n"
            "Alderney Outdoor, a New Zealand outdoor retailer, suffered a cyber attack on 6 "
            "January.\n"
            "In the days after the attack, the company was racing to restore card payments at its "
            "22 stores.\n"
            "The company said on Friday that the incident had been fully resolved.\n"
        ),
        "2025-01-20",
        [("Alderney Outdoor", "primary")],
        {"Alderney Outdoor": {}},
        [("None", "restored")],
        id="e20_timeline_resolved_general",
    ),
    pytest.param(
        (
            "Police seize ransomware gang's website after Kelvin Foods attack\n"
            "\n"
            "Police in the Netherlands have seized the leak website of the ransomware gang that "
            "attacked Kelvin Foods, a Dutch food wholesaler, in August.\n"
            "Kelvin Foods said its warehouses and deliveries were back to normal weeks ago.\n"
            "The gang was trying to restore its website on a new server on Monday, according to "
            "security researchers.\n"
        ),
        "2025-09-29",
        [("Kelvin Foods", "primary")],
        {"Kelvin Foods": {"stock_and_supply": "restored", "home_delivery": "restored"}},
        [("home_delivery", "restored"), ("stock_and_supply", "restored")],
        id="e28_police_restore_website_seized",
    ),
    pytest.param(
        (
            "Dunholme Bank app glitch shows wrong balances\n"
            "\n"
            "Dunholme Bank customers saw incorrect balances in its mobile app for several hours "
            "on Sunday because of a technical fault.\n"
            "The bank said the fault was fixed on Sunday evening and no money was lost.\n"
            "It is now trying to restore customers' confidence in the app, a spokesperson said.\n"
        ),
        "2025-10-27",
        [("Dunholme Bank", "primary")],
        {"Dunholme Bank": {}},
        [("None", "restored")],
        id="e29_trying_to_restore_confidence_app",
    ),
    pytest.param(
        (
            "Vellacott Homes confirms data breach\n"
            "\n"
            "Vellacott Homes, a UK housebuilder, said hackers had accessed the personal details "
            "of buyers, including names and addresses, in an attack discovered on 10 June.\n"
            "The company said its sales offices and website were working normally.\n"
            "In 2021 the firm spent three weeks trying to restore its email system after a "
            "ransomware attack, which it said had prompted heavy investment in security.\n"
        ),
        "2025-06-17",
        [("Vellacott Homes", "primary")],
        {"Vellacott Homes": {"website": "unaffected", "customer_data": "compromised"}},
        [],
        id="h02_historical_earlier_attack",
    ),
    pytest.param(
        (
            "Moorfield Motors hit by ransomware for second time\n"
            "\n"
            "Moorfield Motors, a car dealer group in the Midlands, said ransomware had encrypted "
            "its servers on Tuesday, and its showrooms were taking sales on paper.\n"
            "A year ago the company was struggling to restore its parts ordering system after a "
            "similar attack.\n"
            "The dealer said it had informed the Information Commissioner's Office.\n"
        ),
        "2025-02-20",
        [("Moorfield Motors", "primary")],
        {"Moorfield Motors": {"internal_systems": "disrupted"}},
        [],
        id="h07_previous_year_retrospective",
    ),
    pytest.param(
        (
            "Gift card scam at Halloway's\n"
            "\n"
            "Halloway's, a New Zealand department store, said fraudsters had drained the balances "
            "of 400 gift cards after obtaining card numbers from a hacked supplier.\n"
            "The retailer said it was working to restore the gift card balances of affected "
            "customers and had contacted police.\n"
            "Its stores and website were unaffected.\n"
        ),
        "2025-05-15",
        [("Halloway", "primary")],
        {"Halloway": {"website": "unaffected", "stores": "unaffected"}},
        [],
        id="m01_working_with_police_to_restore_stolen",
    ),
    pytest.param(
        (
            "Greystone Caf\u00e9s reports payment card breach\n"
            "\n"
            "Greystone Caf\u00e9s, a chain of 80 coffee shops in the US Midwest, said malware on "
            "its tills may have captured customers' card details between January and March.\n"
            "The malware has been removed and card payments are safe to use, the company said.\n"
            "Separately, Greystone said it was working to relaunch its loyalty scheme later this "
            "year with a new app.\n"
        ),
        "2025-03-19",
        [("Greystone Cafés", "primary")],
        {"Greystone Cafés": {"card_payments": "restored", "customer_data": "compromised"}},
        [("None", "restored"), ("card_payments", "restored")],
        id="n01_relaunch_loyalty_product",
    ),
    pytest.param(
        (
            "Cyber attack costs Arden Retail \u00a330m\n"
            "\n"
            "Arden Retail, which owns the Tillbury and Kerr fashion brands, said a cyber attack "
            "in March had cost it \u00a330 million in lost sales.\n"
            "Online orders were suspended for three weeks during the attack and resumed on 2 "
            "April.\n"
            "The board said it was working to restore dividend payments to shareholders next "
            "year.\n"
        ),
        "2025-05-14",
        [("Arden Retail", "primary")],
        {"Arden Retail": {"online_orders": "restored"}},
        [("online_orders", "restored")],
        id="n03_resume_dividend",
    ),
    pytest.param(
        (
            "Hapwell Grocers fined over customer data leak\n"
            "\n"
            "Hapwell Grocers, a Danish online supermarket, has been fined \u20ac1.2 million after "
            "a misconfigured server exposed the names and addresses of 200,000 customers.\n"
            "The leak was fixed in October last year.\n"
            "Hapwell said it was working to restore its reputation for reliable home delivery, "
            "which has suffered from complaints about late orders.\n"
        ),
        "2025-06-24",
        [("Hapwell Grocers", "primary")],
        {"Hapwell Grocers": {"customer_data": "compromised"}},
        [],
        id="n04_restore_reputation_delivery",
    ),
    pytest.param(
        (
            "Data breach at Ellory Fuel\n"
            "\n"
            "Ellory Fuel, which runs 300 petrol stations in Australia, said card details of some "
            "customers had been skimmed by devices fitted to pumps at 12 sites.\n"
            "The devices have been removed and pumps at all sites are accepting cards.\n"
            "In a bid to restore confidence in its card payments, Ellory said it would refund any "
            "fraudulent transactions.\n"
        ),
        "2025-10-14",
        [("Ellory Fuel", "primary")],
        {"Ellory Fuel": {"customer_data": "compromised"}},
        [],
        id="n07_bid_to_restore_confidence_cards",
    ),
    pytest.param(
        (
            "Card payments back at Pembury Toys after outage\n"
            "\n"
            "Card payments were back at Pembury Toys' 25 stores on Saturday after a technical "
            "outage, but not in time for the Black Friday rush.\n"
            "The toy retailer said it had lost thousands of pounds in sales on Friday.\n"
        ),
        "2025-12-01",
        [("Pembury Toys", "primary")],
        {"Pembury Toys": {"card_payments": "restored"}},
        [("card_payments", "restored")],
        id="p02_not_in_time",
    ),
    pytest.param(
        (
            "Velden Energy app back after cyber attack\n"
            "\n"
            "Velden Energy's app came back online on Wednesday after a cyber attack, but not "
            "within the promised 24 hours.\n"
            "The Dutch energy supplier said no customer data had been taken.\n"
        ),
        "2025-01-16",
        [("Velden Energy", "primary")],
        {"Velden Energy": {"mobile_app": "restored", "customer_data": "unaffected"}},
        [("mobile_app", "restored")],
        id="p03_not_within_promised",
    ),
    pytest.param(
        (
            "Attack on Dovecot Gyms\n"
            "\n"
            "Dovecot Gyms said its booking app was working again on Thursday after a cyber "
            "attack, though not to the satisfaction of members, who complained of slow loading.\n"
            "The gym chain said no data had been stolen.\n"
        ),
        "2025-03-25",
        [("Dovecot Gyms", "primary")],
        {"Dovecot Gyms": {"mobile_app": "restored", "customer_data": "unaffected"}},
        [("mobile_app", "restored")],
        id="p05_not_to_everyones_satisfaction",
    ),
    pytest.param(
        (
            "Outage at Greave Telecom\n"
            "\n"
            "Greave Telecom said its customer helpline was back up and running on Monday after an "
            "outage, but not at the old number.\n"
            "Customers have been given a new number to call.\n"
        ),
        "2025-04-17",
        [("Greave Telecom", "primary")],
        {"Greave Telecom": {"customer_service": "restored"}},
        [("customer_service", "restored")],
        id="p06_not_in_the_way",
    ),
    pytest.param(
        (
            "Payroll app back at Ferndale Staffing\n"
            "\n"
            "Ferndale Staffing said its app was back up and running on Friday after a technical "
            "outage, but not in time for payday.\n"
            "Hundreds of agency workers were paid late, the company said.\n"
        ),
        "2025-01-30",
        [("Ferndale Staffing", "primary")],
        {"Ferndale Staffing": {"mobile_app": "restored"}},
        [("mobile_app", "restored")],
        id="p08_not_in_time_payday",
    ),
    pytest.param(
        (
            "Kestrel Air website back after outage\n"
            "\n"
            "Kestrel Air's website was back online on Sunday after a technical outage, but not "
            "for the first time this year: it also failed in January.\n"
            "The airline said customers could book flights as normal.\n"
        ),
        "2025-03-10",
        [("Kestrel Air", "primary")],
        {"Kestrel Air": {"website": "restored"}},
        [("website", "restored")],
        id="p09_not_for_first_time",
    ),
    pytest.param(
        (
            "Garrick Energy forces password reset after breach\n"
            "\n"
            "Garrick Energy, a Texas electricity supplier, said hackers accessed customers' names "
            "and account numbers in a breach last week.\n"
            "All customers will need to reset their passwords and will need to restore their "
            "saved payment methods in the app, the company said.\n"
            "Garrick said its customer service lines were open as normal.\n"
        ),
        "2025-06-10",
        [("Garrick Energy", "primary")],
        {"Garrick Energy": {"customer_data": "compromised", "customer_service": "unaffected"}},
        [],
        id="s04_need_to_restore",
    ),
    pytest.param(
        (
            "Data breach at Moreland Toys\n"
            "\n"
            "Moreland Toys, an Australian toy retailer, said hackers stole the email addresses of "
            "80,000 customers from its mailing list provider.\n"
            "The retailer said it had not needed to disable its online shop, which was working "
            "normally.\n"
        ),
        "2025-12-15",
        [("Moreland Toys", "primary")],
        {"Moreland Toys": {"online_orders": "unaffected", "customer_data": "compromised"}},
        [],
        id="d35_negated_disable",
    ),
]

SECOND_CASES = [
    pytest.param(
        (
            "Larchmont Stores deactivates stolen gift cards after cyber attack\n"
            "\n"
            "Larchmont Stores has deactivated gift cards worth $2 million that were stolen in a "
            "cyber attack, the US retailer said. Hackers gained access to the retailer's gift "
            "card system earlier this month and sold the codes online. Customers who bought gift "
            "cards in stores are not affected, the company said. It has reported the attack to "
            "the FBI.\n"
        ),
        "2025-08-26",
        [("Larchmont Stores", "primary")],
        {"Larchmont Stores": {"gift_cards": "unaffected"}},
        [],
        id="d06_giftcards",
    ),
    pytest.param(
        (
            "Tills disabled at Ember Kitchen restaurants after cyber attack\n"
            "\n"
            "Tills were disabled at all 40 Ember Kitchen restaurants on Sunday after a cyber "
            "attack on the chain's systems. The Scottish restaurant group said it had taken the "
            "decision to protect customer data. Restaurants were taking cash only. The company "
            "said card payments would be back on Wednesday.\n"
        ),
        "2025-10-07",
        [("40 Ember Kitchen", "primary")],
        {
            "40 Ember Kitchen": {
                "card_payments": "restoration_expected",
                "customer_data": "compromised",
            }
        },
        [("card_payments", "restoration_expected")],
        id="d20_passive_no_agent",
    ),
    pytest.param(
        (
            "Arden Grocers online orders back in some regions\n"
            "\n"
            "Arden Grocers is working to restore online orders, which are now available again in "
            "some regions, after a cyber attack last week. The supermarket chain said customers "
            "in the south would be able to order from Friday. Stores are trading normally. The "
            "company has not said whether customer data was stolen.\n"
        ),
        "2025-01-08",
        [("Arden Grocers", "primary")],
        {"Arden Grocers": {"stores": "unaffected"}},
        [],
        id="e12_restore_some_regions",
    ),
    pytest.param(
        (
            "Kestrel Pizza ordering back online after supplier hack\n"
            "\n"
            "Online ordering was back up and running at Kestrel Pizza on Tuesday, but not at its "
            "sister chain Olive Oven, which uses a different supplier. Kestrel Pizza's ordering "
            "system went down last week after a cyber attack on its software provider, Orderly. "
            "The chain said all of its 140 restaurants in the Netherlands could take online "
            "orders again. Orderly said it had contained the attack.\n"
        ),
        "2025-06-11",
        [("Kestrel Pizza", "primary")],
        {"Kestrel Pizza": {"online_orders": "restored", "stock_and_supply": "disrupted"}},
        [("None", "restored"), ("online_orders", "restored")],
        id="p04_rival",
    ),
    pytest.param(
        (
            "Haldane Water payment portal restored after cyber attack\n"
            "\n"
            "Haldane Water said its online payment portal was back online on Friday after an "
            "attack that hit its billing systems, but not at its treatment works. The Welsh "
            "utility said the cyber attack was discovered on Monday and the portal was taken "
            "offline as a precaution. Water supplies were never at risk, the company said. It has "
            "informed the National Cyber Security Centre.\n"
        ),
        "2025-02-07",
        [("Haldane Water", "primary")],
        {"Haldane Water": {"online_orders": "restored", "website": "restored"}},
        [("online_orders", "restored"), ("website", "restored")],
        id="p05_treatment",
    ),
    pytest.param(
        (
            "Brightwater Energy app back after second outage this month\n"
            "\n"
            "Brightwater Energy's app is back online - but not for the first time this month, "
            "customers were left unable to top up their meters for hours. The Scottish energy "
            "supplier said a technical fault with a database update caused Wednesday's outage. It "
            "said the app had been fully restored by 6pm. The company apologised to customers and "
            "said it would review its update procedures.\n"
        ),
        "2025-08-14",
        [("Brightwater Energy", "primary")],
        {"Brightwater Energy": {"mobile_app": "restored"}},
        [("mobile_app", "restored")],
        id="p07_firsttime",
    ),
    pytest.param(
        (
            "Hollins Travel systems back everywhere but the app after ransomware attack\n"
            "\n"
            "Hollins Travel said its systems were back to normal everywhere but the app, which "
            "remains offline after a ransomware attack last week. The Australian travel agency "
            "said bookings could be made on its website and by phone. The app should return next "
            "week, the company said. It has not said whether customer data was stolen.\n"
        ),
        "2025-04-15",
        [("Hollins Travel", "primary")],
        {"Hollins Travel": {"mobile_app": "restoration_expected", "internal_systems": "restored"}},
        [("None", "restored"), ("mobile_app", "restoration_expected")],
        id="p13_everywhere_but_app",
    ),
    pytest.param(
        (
            "Card payments restored at Granby Stores after tills outage\n"
            "\n"
            "Card payments were restored everywhere but queues remained long at Granby Stores on "
            "Saturday after an IT failure. The Canadian grocery chain said a faulty software "
            "update had knocked out tills in all 85 of its stores on Friday evening. By Saturday "
            "lunchtime every store was taking cards again, the company said. It said no customer "
            "data was affected.\n"
        ),
        "2025-12-08",
        [("Granby Stores", "primary")],
        {"Granby Stores": {"card_payments": "restored", "customer_data": "unaffected"}},
        [("card_payments", "restored")],
        id="p14_everywhere_but_queues",
    ),
    pytest.param(
        (
            "Petal & Stem online orders back after cyber attack, but not in time for Valentine's "
            "Day\n"
            "\n"
            "Petal & Stem's online orders were restored on Saturday, but not in time for "
            "Valentine's Day, after a cyber attack on the florist's website. The Dutch company "
            "took its website offline on Wednesday after detecting ransomware on its servers. "
            "Thousands of customers were unable to order flowers for Friday. The company said "
            "customer payment details were held by a separate provider.\n"
        ),
        "2025-02-15",
        [("Petal & Stem", "primary")],
        {"Petal & Stem": {"online_orders": "restored", "website": "suspended"}},
        [("online_orders", "restored")],
        id="p16_in_time",
    ),
    pytest.param(
        (
            "Wexford Outdoor website back after cyber attack, though not for orders\n"
            "\n"
            "Wexford Outdoor's website is back online, though not for online orders, which remain "
            "suspended after a cyber attack. The outdoor clothing retailer said customers could "
            "browse products and find store opening times. It said it took its systems offline on "
            "Thursday after detecting unauthorised access. Stores are trading normally.\n"
        ),
        "2025-03-03",
        [("Wexford Outdoor", "primary")],
        {
            "Wexford Outdoor": {
                "online_orders": "suspended",
                "website": "restored",
                "stores": "unaffected",
                "internal_systems": "suspended",
            }
        },
        [("website", "restored")],
        id="p20_ordering",
    ),
    pytest.param(
        (
            "Galloway Credit Union online banking restored after cyber attack\n"
            "\n"
            "Galloway Credit Union's online banking is available again, but not outside office "
            "hours, following a cyber attack last week. The credit union said it would only run "
            "the service between 9am and 5pm until its security review is complete. Members can "
            "still use cash machines at any time. It said no member data had been accessed.\n"
        ),
        "2025-11-03",
        [("Galloway Credit Union", "primary")],
        {"Galloway Credit Union": {"website": "restored", "customer_data": "unaffected"}},
        [("website", "restored")],
        id="p22_outside_hours",
    ),
    pytest.param(
        (
            "Calloway Gas online accounts back after cyber attack\n"
            "\n"
            "Calloway Gas said customer accounts were back online on Tuesday, but not to "
            "everyone's satisfaction, after a cyber attack earlier this month. Some customers "
            "complained that their bills were missing from the site. The company said the attack "
            "had been contained and that billing data would be restored over the coming days. It "
            "said there was no evidence that payment details were taken.\n"
        ),
        "2025-04-22",
        [("Calloway Gas", "primary")],
        {"Calloway Gas": {"customer_data": "unaffected", "loyalty_program": "restored"}},
        [("None", "restoration_expected"), ("loyalty_program", "restored")],
        id="p26_satisfaction",
    ),
    pytest.param(
        (
            "Brockley Books website restored after cyber attack\n"
            "\n"
            "Brockley Books' website is working again, but not in any of its stores, where tills "
            "remain offline after a cyber attack. The bookseller said it had been hit on "
            "Saturday. Shops are open but taking cash only. The company said it had reported the "
            "incident to police.\n"
        ),
        "2025-10-13",
        [("Brockley Books", "primary")],
        {
            "Brockley Books": {
                "website": "restored",
                "card_payments": "disrupted",
                "stores": "unaffected",
            }
        },
        [("website", "restored")],
        id="p28_in_any_stores",
    ),
    pytest.param(
        (
            "Greystone Bank app back after cyber attack\n"
            "\n"
            "Greystone Bank's app is working again, but not in the same way: customers must now "
            "log in with a new password. The Kenyan bank took the app offline on Saturday after "
            "detecting a cyber attack. It said attackers had accessed some customers' names and "
            "phone numbers. The bank has informed the central bank.\n"
        ),
        "2025-03-20",
        [("Greystone Bank", "primary")],
        {"Greystone Bank": {"mobile_app": "restored", "customer_data": "compromised"}},
        [("mobile_app", "restored")],
        id="q04_same_way",
    ),
    pytest.param(
        (
            "Ravensworth Council restores website after ransomware attack\n"
            "\n"
            '"We have brought the website back, but not at the expense of security," '
            "Ravensworth Council's chief executive said on Monday, two weeks after a ransomware "
            "attack. The council had taken its website and email systems offline as a precaution. "
            "Email is still down. The council said it was too early to say whether residents' "
            "data had been stolen.\n"
        ),
        "2025-04-07",
        [("Ravensworth Council", "primary")],
        {"Ravensworth Council": {"website": "restored", "internal_systems": "suspended"}},
        [("website", "restored")],
        id="q05_expense_security",
    ),
    pytest.param(
        (
            "Corran Ticketing website back after cyber attack\n"
            "\n"
            "Corran Ticketing's website is back online, but not at peak times, when it is "
            "switched off to protect it from further attacks. The Spanish ticket seller was hit "
            "by a denial of service attack last week that took its website down for three days. "
            "The company said customers could buy tickets through partner sites. No customer data "
            "was taken, it said.\n"
        ),
        "2025-08-21",
        [("Corran Ticketing", "primary")],
        {"Corran Ticketing": {"website": "restored", "customer_data": "unaffected"}},
        [("website", "restored")],
        id="q09_peak_times",
    ),
    pytest.param(
        (
            "Halden Gifts online shop restored after ransomware attack\n"
            "\n"
            "Halden Gifts' online shop was restored on Thursday, but not in the run-up to "
            "Christmas, when it matters most, the Norwegian retailer's founder said. The shop had "
            "been offline since a ransomware attack on 1 December. The founder said sales had "
            "fallen by half. The company said it had not paid a ransom.\n"
        ),
        "2025-12-19",
        [("Halden Gifts", "primary")],
        {"Halden Gifts": {"online_orders": "restored"}},
        [("online_orders", "restored")],
        id="q10_run_up_christmas",
    ),
    pytest.param(
        (
            "Oakridge Taxis app back after supplier outage\n"
            "\n"
            "Oakridge Taxis' booking app is back online, but not for rival firm Cabline, which "
            "uses the same software supplier. Both firms' apps went down on Friday after a fault "
            "at Dispatchly, the software company. Oakridge said customers could book by phone "
            "during the outage. Dispatchly said the fault was not caused by a cyber attack.\n"
        ),
        "2025-10-20",
        [("Oakridge Taxis", "primary")],
        {"Oakridge Taxis": {"mobile_app": "restored"}},
        [("mobile_app", "restored")],
        id="q12_rival_for",
    ),
    pytest.param(
        (
            "Merrow Crafts card skimming attack on online shop\n"
            "\n"
            "Merrow Crafts said it was working to restore trust in its online shop after hackers "
            "planted card-skimming code on its checkout page. The craft supplies retailer said "
            "the code captured the card details of around 2,000 customers. The code has been "
            "removed and the shop is trading normally. It has informed the ICO.\n"
        ),
        "2025-01-16",
        [("Merrow Crafts", "primary")],
        {"Merrow Crafts": {"stores": "restored", "customer_data": "compromised"}},
        [("None", "restored"), ("stores", "restored")],
        id="s01_trust_shop",
    ),
    pytest.param(
        (
            "Wickham Garden Centres resumes online orders after cyber attack\n"
            "\n"
            "Wickham Garden Centres said on Tuesday that online orders had resumed, but not for "
            "click and collect, which remains suspended after a cyber attack last week. The "
            "English chain said home deliveries would start again on Thursday. Its 22 garden "
            "centres are open as normal. It said no payment details were taken.\n"
        ),
        "2025-05-13",
        [("Wickham Garden Centres", "primary")],
        {
            "Wickham Garden Centres": {
                "online_orders": "restored",
                "click_and_collect": "suspended",
                "stores": "unaffected",
                "customer_data": "unaffected",
            }
        },
        [("online_orders", "restored")],
        id="t01_other_service_cc",
    ),
    pytest.param(
        (
            "Tillbury Bank app falls over again after cyber attack\n"
            "\n"
            "Tillbury Bank's app came back online on Tuesday morning, though not for long, after "
            "a cyber attack at the weekend. The app went down again within hours as attackers "
            "flooded it with traffic. The bank said customers could use online banking instead. "
            "It said no customer data had been accessed.\n"
        ),
        "2025-01-29",
        [("Tillbury Bank", "primary")],
        {"Tillbury Bank": {"mobile_app": "disrupted", "customer_data": "unaffected"}},
        [("mobile_app", "restored")],
        id="t02_notlong_attack",
    ),
    pytest.param(
        (
            "Hartside Wines online orders resume after cyber attack\n"
            "\n"
            "Hartside Wines said its online orders had resumed on Wednesday, but not to the "
            "levels seen before last week's cyber attack. The South African wine merchant took "
            "its website offline after hackers accessed its servers. The company said customer "
            "payment details were not stored on its systems. Its shops traded normally "
            "throughout.\n"
        ),
        "2025-10-31",
        [("Hartside Wines", "primary")],
        {
            "Hartside Wines": {
                "online_orders": "restored",
                "website": "suspended",
                "stores": "unaffected",
            }
        },
        [("online_orders", "restored")],
        id="t03_levels_attack",
    ),
    pytest.param(
        (
            "Lorne & Hay payments working again after outage\n"
            "\n"
            "Payments are working again at Lorne & Hay, though not for gift cards, the department "
            "store said on Monday after an IT failure over the weekend. A faulty update at its "
            "payment provider stopped tills from taking cards on Saturday. Gift cards will be "
            "accepted again from Wednesday, the company said. There was no sign of a cyber "
            "attack.\n"
        ),
        "2025-07-08",
        [("Lorne & Hay", "primary")],
        {"Lorne & Hay": {"card_payments": "restored", "gift_cards": "restoration_expected"}},
        [("card_payments", "restored"), ("gift_cards", "restoration_expected")],
        id="t06_gift_cards",
    ),
    pytest.param(
        (
            "Harwood Stores disables app after cyber attack\n"
            "\n"
            "Harwood Stores has disabled its app while it investigates a cyber attack, the "
            "Australian retailer said on Wednesday. Customers can still shop on its website and "
            "in its 150 stores. The company said it had found no evidence that customer data had "
            "been accessed. It expects the app to be back next week.\n"
        ),
        "2025-09-10",
        [("Harwood Stores", "primary")],
        {
            "Harwood Stores": {
                "online_orders": "unaffected",
                "mobile_app": "restoration_expected",
                "customer_data": "unaffected",
            }
        },
        [("mobile_app", "restoration_expected")],
        id="t08_org_name_stores",
    ),
    pytest.param(
        (
            "Quarry Lane Cafes payments back after outage\n"
            "\n"
            "Contactless payments are working again everywhere but the company still does not "
            "know what caused Friday's outage, Quarry Lane Cafes said. The coffee chain's 90 "
            "cafes in England were unable to take contactless payments for most of Friday. "
            "Customers could still pay by chip and pin. The company said there was no sign of a "
            "cyber attack.\n"
        ),
        "2025-06-09",
        [("Quarry Lane Cafes", "primary")],
        {"Quarry Lane Cafes": {"contactless_payments": "restored", "card_payments": "unaffected"}},
        [("contactless_payments", "restored")],
        id="x03_everywhere_but_clause2",
    ),
]


THIRD_CASES = [
    pytest.param(
        (
            "Malling Fashion hit by cyber attack\n"
            "\n"
            "Fashion retailer Malling said on Wednesday it had been hit by a cyber attack that "
            "disrupted its online orders.\n"
            "\n"
            "Retail security analyst Priya Nair said companies in this position are usually "
            "working to restore their websites while trying to work out what data was taken.\n"
            "\n"
            "Malling's stores were open as normal, the company said.\n"
        ),
        "2025-06-05",
        [("Malling Fashion", "primary")],
        {"Malling Fashion": {"online_orders": "disrupted", "stores": "unaffected"}},
        [],
        id="r1_expert_generic",
    ),
    pytest.param(
        (
            "Corbel Retail confirms customer data breach\n"
            "\n"
            "Corbel Retail, the fashion group, said on Monday that hackers had stolen the names "
            "and addresses of about 80,000 customers from a marketing platform run by a third "
            "party.\n"
            "\n"
            "The company said its own systems had not been affected and that stores and its "
            "website were trading normally.\n"
            "\n"
            "During its previous cyber incident, engineers were racing to get the tills back up "
            "and running for almost a week, and the company has since invested heavily in "
            "security.\n"
            "\n"
            "Corbel said it had informed the affected customers and the regulator.\n"
        ),
        "2025-06-17",
        [("Corbel Retail", "primary")],
        {
            "Corbel Retail": {
                "website": "unaffected",
                "stores": "unaffected",
                "customer_data": "compromised",
                "internal_systems": "unaffected",
            }
        },
        [],
        id="r1_past_previous_attack",
    ),
    pytest.param(
        (
            "Gorsey Garden Centres warns staff after payroll data leak\n"
            "\n"
            "Gorsey Garden Centres said on Friday that the bank details of 600 staff had been "
            "exposed when a payroll file was shared with the wrong supplier.\n"
            "\n"
            "The chain said its garden centres and website were not affected.\n"
            "\n"
            "Gorsey suffered a ransomware attack three years ago. Back then, staff were trying to "
            "get the tills back up and running for more than a week, a former manager said.\n"
        ),
        "2025-05-26",
        [("Gorsey Garden Centres", "primary")],
        {
            "Gorsey Garden Centres": {
                "website": "unaffected",
                "stores": "unaffected",
                "employee_data": "compromised",
            }
        },
        [],
        id="e_back_then",
    ),
    pytest.param(
        (
            "Hartfield Pharmacy loyalty scheme still down after hack\n"
            "\n"
            "Customers of Welsh pharmacy chain Hartfield will be told by email when their loyalty "
            "points can be used again, the company said, as its rewards scheme remained offline a "
            "week after a cyber attack.\n"
            "\n"
            "The chain's 140 pharmacies have continued to dispense prescriptions throughout the "
            "incident.\n"
            "\n"
            "Hartfield said it was working with external specialists to investigate the attack "
            "and had informed the Information Commissioner's Office.\n"
        ),
        "2025-04-11",
        [("Hartfield Pharmacy", "primary")],
        {"Hartfield Pharmacy": {"loyalty_program": "disrupted", "pharmacy": "unaffected"}},
        [],
        id="r4_told_by_email",
    ),
    pytest.param(
        (
            "Frustration grows over Wexley vouchers\n"
            "\n"
            "Customers of garden centre chain Wexley have been asking when their vouchers can be "
            "used again, two weeks after a ransomware attack took the chain's gift card system "
            "offline.\n"
            "\n"
            "Wexley said its 35 garden centres were open and card payments were working normally.\n"
            "\n"
            "The company said it was working to bring the voucher system back and would extend "
            "the expiry date of all vouchers by three months.\n"
        ),
        "2025-06-09",
        [("Wexley", "primary")],
        {
            "Wexley": {
                "card_payments": "unaffected",
                "gift_cards": "suspended",
                "stores": "unaffected",
            }
        },
        [],
        id="g_asking_when",
    ),
    pytest.param(
        (
            "Larchmont Books offers refunds after gift card outage\n"
            "\n"
            "Larchmont Books will give customers a 10% discount on full-price books until gift "
            "cards can be used again, the bookseller said, as a failure at its card processor "
            "entered a second week.\n"
            "\n"
            "The company's 70 shops and website are otherwise trading normally.\n"
        ),
        "2025-05-07",
        [("Larchmont Books", "primary")],
        {
            "Larchmont Books": {
                "website": "unaffected",
                "gift_cards": "disrupted",
                "stores": "unaffected",
                "returns_refunds": "disrupted",
            }
        },
        [],
        id="g_until",
    ),
    pytest.param(
        (
            "Cleland Books warns of long wait for gift cards\n"
            "\n"
            "Cleland Books said it could be weeks before gift cards can be used again, after a "
            "ransomware attack on its gift card provider last month.\n"
            "\n"
            "The bookseller's shops and website are otherwise working normally.\n"
        ),
        "2025-03-03",
        [("Cleland Books", "primary")],
        {"Cleland Books": {"website": "unaffected", "stores": "unaffected"}},
        [],
        id="g_before",
    ),
    pytest.param(
        (
            "Sefton Travel card data stolen in breach\n"
            "\n"
            "Sefton Travel said hackers had stolen the card numbers and expiry dates of about "
            "14,000 customers who booked holidays online between June and October.\n"
            "\n"
            "The company said the stolen card numbers could be used again for online purchases "
            "and urged customers to check their statements. Its booking website was working "
            "normally.\n"
        ),
        "2024-12-12",
        [("Sefton Travel", "primary")],
        {"Sefton Travel": {"website": "unaffected", "customer_data": "compromised"}},
        [],
        id="g_stolen_card_numbers",
    ),
    pytest.param(
        (
            "Pellow's website back but sales lag\n"
            "\n"
            "Online fashion retailer Pellow's said its website was back to normal on Wednesday, "
            "but online sales have not, with orders still 30% below where they were before last "
            "month's cyber attack.\n"
            "\n"
            "The company warned that profits would fall this year.\n"
        ),
        "2025-05-29",
        [("Pellow", "primary")],
        {"Pellow": {"website": "restored"}},
        [("website", "restored")],
        id="n_sales_not",
    ),
    pytest.param(
        (
            "Lockhart Engineering hit by ransomware\n"
            "\n"
            "Files on Lockhart Engineering's servers were encrypted in a ransomware attack last "
            "weekend, but customer data was not, the company said.\n"
            "\n"
            "It added that it could not rule out that some data had been copied by the attackers "
            "before the encryption.\n"
            "\n"
            "Production at its two factories was unaffected.\n"
        ),
        "2025-06-04",
        [("Files on Lockhart Engineering", "primary")],
        {"Files on Lockhart Engineering": {"internal_systems": "disrupted"}},
        [],
        id="n_data_encrypted_copy",
    ),
    pytest.param(
        (
            "Hosting firm Cloudmere hit by ransomware\n"
            "\n"
            "Cloudmere, a Dutch web hosting company, said ransomware had encrypted the servers "
            "that run its own billing and email systems on Sunday.\n"
            "\n"
            "Cloudmere's own systems were hit, but their websites were not, the company told its "
            "4,000 business clients, which include several online retailers.\n"
            "\n"
            "The company said it expected to have billing back by Wednesday.\n"
        ),
        "2025-02-18",
        [("Cloudmere", "primary")],
        {"Cloudmere": {"internal_systems": "disrupted"}},
        [("None", "restoration_expected")],
        id="r5_supplier_clients",
    ),
]

FOURTH_CASES = [
    pytest.param(
        (
            "Carrick Bank profits fall after cyber attack costs\n"
            "\n"
            "Carrick Bank reported a 12% fall in first-half profits on Tuesday, citing \u00a331m "
            "of costs from the cyber attack it suffered in February.\n"
            "\n"
            "Engineers were working to restore online banking for nine days after the attack, the "
            "bank said in its results statement.\n"
            "\n"
            "Chief executive Moira Dunlop said the bank had since rebuilt its systems and that "
            "customer numbers were growing again.\n"
        ),
        "2025-07-29",
        [("Carrick Bank", "primary")],
        {"Carrick Bank": {"internal_systems": "restored"}},
        [("None", "restored")],
        id="b03_bank_quarterly_old_attack",
    ),
    pytest.param(
        (
            "Report criticises Hollin Council's response to ransomware attack\n"
            "\n"
            "An auditor's report has criticised Hollin Council's response to the ransomware "
            "attack it suffered in January.\n"
            "\n"
            "Staff were working to restore the council's phone lines for a week after the attack, "
            "the report found, because backups were stored on the same network.\n"
            "\n"
            "The council said it had accepted the report's findings and had already moved its "
            "backups offsite.\n"
        ),
        "2025-10-23",
        [("Hollin Council", "primary")],
        {"Hollin Council": {}},
        [],
        id="p03_council_report_past_progressive",
    ),
    pytest.param(
        (
            "Elmstead Bank apologises for emails sent to wrong customers\n"
            "\n"
            "Elmstead Bank has apologised after account statements for 4,000 customers were "
            "emailed to the wrong people.\n"
            "\n"
            "The bank blamed a human error during a system change and said it had contacted "
            "everyone affected.\n"
            "\n"
            "It said it was working to restore its mobile app's reputation after a string of "
            "problems this year.\n"
        ),
        "2025-09-30",
        [("Elmstead Bank", "primary")],
        {"Elmstead Bank": {}},
        [],
        id="b05_bank_reputation_app",
    ),
    pytest.param(
        (
            "Customers may need to restart the app, says Tallyfin after overnight outage\n"
            "\n"
            "Accounting software firm Tallyfin said a problem with a database upgrade made its "
            "services unavailable between midnight and 5am on Tuesday.\n"
            "\n"
            "The company said it had identified the cause and that customers should contact "
            "support if they still had problems.\n"
        ),
        "2025-06-24",
        [("Tallyfin", "primary")],
        {"Tallyfin": {}},
        [],
        id="s05_saas_modal_headline",
    ),
    pytest.param(
        (
            "Ostvik Bank customers warned after data breach\n"
            "\n"
            "Ostvik Bank has warned customers to change their passwords after hackers stole "
            "customer names, email addresses and passwords from a marketing database.\n"
            "\n"
            "The bank said leaked passwords can be used again by criminals on other websites, so "
            "customers who reused theirs should change them everywhere.\n"
            "\n"
            "Online banking and the app were not affected, it said.\n"
        ),
        "2025-05-13",
        [("Ostvik Bank", "primary")],
        {
            "Ostvik Bank": {
                "website": "unaffected",
                "mobile_app": "unaffected",
                "customer_data": "compromised",
            }
        },
        [],
        id="b04_bank_passwords_used_again",
    ),
    pytest.param(
        (
            "Airline Bluefin warns passengers after booking data stolen\n"
            "\n"
            "Bluefin Airlines said hackers stole the names, emails and card details of 90,000 "
            "passengers from its booking system.\n"
            "\n"
            "Card details taken in the attack can be used again by criminals in online shops, so "
            "passengers should watch their statements, the airline said.\n"
            "\n"
            "Flights and check-in were not affected.\n"
        ),
        "2025-07-24",
        [("Bluefin Airlines", "primary"), ("Airline Bluefin", "related")],
        {
            "Bluefin Airlines": {"customer_data": "compromised"},
            "Airline Bluefin": {"customer_data": "compromised"},
        },
        [],
        id="n09_airline_card_details_used_again",
    ),
    pytest.param(
        (
            "Lowfield Council resets accounts after data breach\n"
            "\n"
            "Lowfield Council has deactivated 300 residents' online accounts after their "
            "passwords were exposed in a data breach at a contractor.\n"
            "\n"
            "The council said the affected residents would receive letters with new login "
            "details.\n"
            "\n"
            "It stressed that its own systems had not been breached and that council tax payments "
            "were unaffected.\n"
        ),
        "2025-04-29",
        [("Lowfield Council", "primary")],
        {
            "Lowfield Council": {
                "card_payments": "unaffected",
                "customer_data": "compromised",
                "internal_systems": "unaffected",
            }
        },
        [],
        id="c04_council_deactivated_accounts",
    ),
    pytest.param(
        (
            "Card payments back at Harlow Airport\n"
            "\n"
            "Card payments are working again at Harlow Airport, but not at Stanwick Airport, "
            "which is run by a different company, after a fault at a shared payment provider.\n"
            "\n"
            "Harlow said shops and cafes in its terminal had been cash only for most of Sunday.\n"
            "\n"
            "The provider, Tillstream, said it was not a cyber attack.\n"
        ),
        "2025-05-27",
        [("Harlow Airport", "primary")],
        {"Harlow Airport": {"card_payments": "restored"}},
        [("card_payments", "restored")],
        id="t03_airport_sister_airport",
    ),
    pytest.param(
        (
            "Schools told to disable AI chatbot features in learning platform\n"
            "\n"
            "The Department for Education has told schools to disable AI chatbot features in the "
            "Classwise learning platform until new safeguarding guidance is published.\n"
            "\n"
            "Classwise said teachers can switch the feature off in the admin settings and that it "
            "can be used again once the guidance is out.\n"
            "\n"
            "The department said the decision was not linked to any security incident.\n"
        ),
        "2025-02-26",
        [],
        {},
        [],
        id="u06_school_no_incident_disable",
    ),
]


FIFTH_CASES = [
    pytest.param(
        (
            "Primrose Cafes resets loyalty accounts after hack\n"
            "\n"
            "Coffee chain Primrose Cafes said hackers had accessed some loyalty accounts and used "
            "members' points to buy drinks.\n"
            "The company has deactivated affected members' loyalty cards and will send them new "
            "ones, it said.\n"
            "Primrose said its loyalty app was otherwise working normally.\n"
            "No payment card details are held in the accounts, the company said.\n"
        ),
        "2025-08-27",
        [("Primrose Cafes", "primary")],
        {"Primrose Cafes": {"mobile_app": "unaffected", "loyalty_program": "compromised"}},
        [],
        id="d14_loyalty_affected_members",
    ),
    pytest.param(
        (
            "Penhallow gift card system knocked out by hackers\n"
            "\n"
            "Penhallow, the homeware chain, said on Wednesday that a ransomware attack had "
            "knocked out its gift card system.\n"
            "Customers were told their gift cards could be used again after the system had been "
            "checked by security experts.\n"
            "The retailer's stores and website are open as usual.\n"
            "Penhallow said it had reported the attack to the police.\n"
        ),
        "2025-06-18",
        [("Penhallow", "primary")],
        {"Penhallow": {"website": "unaffected", "gift_cards": "disrupted", "stores": "unaffected"}},
        [],
        id="p05_giftcards_after",
    ),
    pytest.param(
        (
            "Thistle & Rose takes orders again after cyber attack\n"
            "\n"
            "Thistle & Rose took its website offline on Friday after detecting a cyber attack, "
            "the fashion retailer said.\n"
            "On Tuesday the company said online orders were being taken again on its website and "
            "app.\n"
            "Thistle & Rose said customer payment details were not stored on its systems.\n"
        ),
        "2025-04-16",
        [("Thistle & Rose", "primary")],
        {
            "Thistle & Rose": {
                "online_orders": "restored",
                "website": "restored",
                "mobile_app": "restored",
            }
        },
        [("mobile_app", "restored"), ("online_orders", "restored"), ("website", "restored")],
        id="p06_website_offline_orders_back_on",
    ),
    pytest.param(
        (
            "Gift cards frozen at Ellory's after cyber attack\n"
            "\n"
            "Department store Ellory's said on Wednesday that a cyber attack had knocked out its "
            "gift card system and delayed some online orders.\n"
            "Gift cards could be used again within days, a spokesperson said, but the company "
            "gave no firm date.\n"
            "Ellory's said its stores remained open and were accepting card payments.\n"
            "It has reported the attack to the Information Commissioner's Office.\n"
        ),
        "2025-06-04",
        [("Ellory", "primary")],
        {
            "Ellory": {
                "online_orders": "disrupted",
                "gift_cards": "disrupted",
                "stores": "unaffected",
            }
        },
        [],
        id="q01_within_days",
    ),
    pytest.param(
        (
            "Corrin Coffee rewards app offline after breach\n"
            "\n"
            "Coffee chain Corrin said on Wednesday it had taken its rewards app offline after "
            "hackers accessed some members' accounts.\n"
            "Loyalty points could be earned again once the scheme relaunches with stronger "
            "security, the company said.\n"
            "Corrin's cafes are open as usual and accepting card payments.\n"
        ),
        "2025-08-06",
        [("Corrin Coffee", "primary")],
        {
            "Corrin Coffee": {
                "mobile_app": "disrupted",
                "card_payments": "unaffected",
                "stores": "unaffected",
            }
        },
        [],
        id="q03_points_once",
    ),
    pytest.param(
        (
            "Bakery chain Oven Fresh hit by supplier outage\n"
            "\n"
            "Bakery chain Oven Fresh said an outage at its till supplier, Pointwise, had left "
            "some shops taking cash only on Monday.\n"
            "Pointwise said it was working to restore the tills at Oven Fresh and its other "
            "clients.\n"
            "Oven Fresh said its shops remained open.\n"
        ),
        "2025-01-21",
        [("Oven Fresh", "primary"), ("Pointwise", "related")],
        {
            "Oven Fresh": {"card_payments": "disrupted", "stores": "unaffected"},
            "Pointwise": {"card_payments": "disrupted"},
        },
        [],
        id="p14_third_party_restore_tills",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "incidents", "services", "claims"),
    CASES + SECOND_CASES + THIRD_CASES + FOURTH_CASES + FIFTH_CASES,
)
def test_review70_outcome(
    extract: Extract,
    text: str,
    published: str,
    incidents: list[tuple[str, str]],
    services: dict[str, dict[str, str]],
    claims: list[tuple[str, str]],
) -> None:
    record = extract(text, published=published)
    assert outcome(record) == (incidents, services, claims)

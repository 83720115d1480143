"""Guards from the review of round 72's first rules (3121f33), on the reviewer's own
articles: each pins the whole outcome (who is hit, in which role, with which services and
claims).

MENDED_CASES are stories 3121f33 broke: "cash" as the first word of a noun after a verb of
switching or a limit ("had to go to cash machines", "went to cash machines, which were working
normally", "limited to cash withdrawals of £200 a day"), a thing's make in a relative clause
("the pay machines at its car parks, which only take cash, were unaffected") and "no longer
limited to its UK depots" (an attack spreading, no return).

GAINS_CASES are the review's stories 16453de got wrong that the rules set right: shops gone
cash-only or reverted to cash, "no longer cash-only", a part still down after a partial return
("A small number of sites are still unable to take cards", "Some branches remain closed"),
"returned last night", and "they are now back online".

SECOND_MENDED_CASES come from the review of fa21991: "both" and "all three" standing for
organisations, engineers, managers or companies rather than the services named before ("All
three are now working with the ..."; "All four were back at work"; "It expects both to return
to work"; "hoped to restore both by the weekend" after one service), and "Pharmacies ... are no
longer cash-only" read as the pharmacy service back beside "Prescription services were
unaffected throughout". A referring count now needs as many services named before.

SECOND_GAINS_CASES are that review's stories 16453de got wrong that the rules set right.

THIRD_MENDED_CASES come from the review of 70fed3b: counting words that reached back past a
group they counted ("The trust runs X Hospital and Y Hospital ... Both have now reopened",
"the bank and its former chief information officer ... Both were back in front of the
tribunal", "two stations ... were evacuated. Both reopened", a live blog's "Two schools ...
Both are expected to reopen", "Two senior IT managers were suspended ... hoped to reinstate
both"), and "Deliveries ... were unable to reach stores" (a destination, no service the
inability takes). THIRD_GAINS_CASES are that review's stories set right.

FOURTH_MENDED_CASES come from the review of e5c2ecf, on products named for their makers: a
list read as an apposition ("Dunlavin Foods, Corrib Logistics, and the Ferrycarrig payroll
platform run by X"), businesses described as "a clinic network run by" or "a same-day
delivery service run by" a parent, and a product named inside its customer's own name ("Orbit,
a tenant portal built by X" beside "Orbit Housing Group"). FOURTH_GAINS_CASES are products
that 16453de took for organisations, now their makers'.

TITLE_CASES come from the review of bf84cc1: a title word before a place word that describes
the person ("chief site engineer at X", "chief hospital pharmacist at X") still makes X a
quoted person's employer; "at the principal office of X" makes X the one hit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import outcome

Extract = Callable[..., dict[str, Any]]

MENDED_CASES = [
    pytest.param(
        (
            "Bank customers unable to use app after outage\n"
            "\n"
            "Customers of Northpoint Bank were unable to log in to the bank's mobile app on "
            "Wednesday following what it called a technical issue.\n"
            "\n"
            "Many customers said they had to go to cash machines to check their balances. The "
            "bank's cash machines were working normally throughout.\n"
            "\n"
            "Northpoint said the app was restored by 6pm and that there was no evidence of a "
            "cyber attack.\n"
        ),
        "2025-05-08",
        [("Northpoint Bank", "primary")],
        {"Northpoint Bank": {"mobile_app": "restored"}},
        [("mobile_app", "restored")],
        id="n02_cash_machines",
    ),
    pytest.param(
        (
            "Harrowgate Bank app and cards fail\n"
            "\n"
            "Customers of Harrowgate Bank were unable to use the bank's mobile app on Tuesday "
            "after a technical fault, the bank said.\n"
            "\n"
            "Some customers said they went to cash machines, which were working normally.\n"
            "\n"
            "Harrowgate said the app was fixed by Tuesday evening.\n"
        ),
        "2025-06-19",
        [("Harrowgate Bank", "primary")],
        {"Harrowgate Bank": {"mobile_app": "restored"}},
        [("mobile_app", "restored")],
        id="x08_go_to_cash",
    ),
    pytest.param(
        (
            "Building society limits withdrawals after cyber attack\n"
            "\n"
            "Harbourside Building Society said customers were limited to cash withdrawals of "
            "£200 a day at its branches after a cyber attack on Monday.\n"
            "\n"
            "Online banking was taken offline as a precaution, the society said.\n"
            "\n"
            "It said there was no evidence that members' data had been accessed.\n"
        ),
        "2025-03-13",
        [("Harbourside Building Society", "primary")],
        {"Harbourside Building Society": {"website": "suspended", "customer_data": "unaffected"}},
        [],
        id="n13_limited_cash_withdrawals",
    ),
    pytest.param(
        (
            "Car park operator's app hit by outage\n"
            "\n"
            "Drivers using ParkEasy car parks were unable to pay through the operator's app on "
            "Tuesday after an outage.\n"
            "\n"
            "The company said the pay machines at its car parks, which only take cash, were "
            "unaffected.\n"
            "\n"
            "ParkEasy said the app was working again by Wednesday.\n"
        ),
        "2025-06-19",
        [("ParkEasy", "primary")],
        {"ParkEasy": {"online_orders": "disrupted", "mobile_app": "restored"}},
        [("mobile_app", "restored")],
        id="n15_cash_only_machine",
    ),
    pytest.param(
        (
            "Ransomware attack on logistics firm spreads\n"
            "\n"
            "A ransomware attack on Tallis Logistics is no longer limited to its UK depots, the "
            "company said on Wednesday, after systems in Ireland were also encrypted.\n"
            "\n"
            "Deliveries to customers in both countries have been delayed.\n"
            "\n"
            "Tallis said it was investigating whether employee data had been stolen.\n"
        ),
        "2025-09-11",
        [("Tallis Logistics", "primary")],
        {"Tallis Logistics": {"stock_and_supply": "disrupted"}},
        [],
        id="r12_no_longer_limited",
    ),
]


GAINS_CASES = [
    pytest.param(
        (
            "Hollin Bakeries shops go cash-only after IT failure\n"
            "\n"
            "Hollin Bakeries said its 60 shops across Yorkshire went cash-only on Tuesday after "
            "a fault at its payment provider.\n"
            "\n"
            "Customers were greeted by handwritten notices at the tills. A spokesperson for the "
            "chain said the problem was a technical outage and not a cyber attack.\n"
            "\n"
            '"We apologise to customers who have been inconvenienced," she said. "Our '
            'engineers are working to fix the issue."\n'
            "\n"
            "The company said no customer data had been affected.\n"
        ),
        "2025-03-13",
        [("Hollin Bakeries", "primary")],
        {"Hollin Bakeries": {"card_payments": "disrupted", "customer_data": "unaffected"}},
        [],
        id="c01_cashonly_shops",
    ),
    pytest.param(
        (
            "Bakery chain no longer cash-only after cyber attack\n"
            "\n"
            "Crumb & Co said its 28 shops were no longer cash-only on Wednesday after a cyber "
            "attack at the weekend knocked out its card terminals.\n"
            "\n"
            "The Melbourne bakery chain said the attack had been contained.\n"
            "\n"
            "It said customer data had not been accessed.\n"
        ),
        "2025-06-19",
        [("Crumb & Co", "primary")],
        {"Crumb & Co": {"card_payments": "restored", "customer_data": "unaffected"}},
        [("None", "restored"), ("card_payments", "restored")],
        id="r11_no_longer_cash_only",
    ),
    pytest.param(
        (
            "Fuel retailer restores card payments at most forecourts\n"
            "\n"
            "Card payments were restored at most Ridgeline Fuel forecourts on Wednesday after an "
            "outage that began on Tuesday.\n"
            "\n"
            "A small number of sites are still unable to take cards, the company said.\n"
            "\n"
            "Ridgeline said the fault was in a software update and not a cyber attack.\n"
        ),
        "2025-03-13",
        [("Ridgeline Fuel", "primary")],
        {"Ridgeline Fuel": {"card_payments": "partially_restored"}},
        [("card_payments", "partially_restored")],
        id="p02_small_number_sites",
    ),
    pytest.param(
        (
            "Bank reopens most branches after cyber attack\n"
            "\n"
            "Eastmarch Bank reopened most of its branches on Wednesday after a cyber attack "
            "forced it to close them on Monday.\n"
            "\n"
            "Some branches remain closed while systems are checked, a spokeswoman said.\n"
            "\n"
            "The bank said customer data had not been compromised.\n"
        ),
        "2025-05-08",
        [("Eastmarch Bank", "primary")],
        {"Eastmarch Bank": {"stores": "partially_restored", "customer_data": "unaffected"}},
        [("stores", "partially_restored")],
        id="p03_some_branches_closed",
    ),
    pytest.param(
        (
            "Rail operator's ticket website back after cyber attack\n"
            "\n"
            "The ticket website of Eastline Rail returned last night after being offline for "
            "three days because of a cyber attack.\n"
            "\n"
            "The operator said it had taken the website down on Monday as a precaution when it "
            "detected suspicious activity.\n"
            "\n"
            "Eastline said it had no evidence that passenger data had been taken.\n"
        ),
        "2025-11-20",
        [("Eastline Rail", "primary")],
        {"Eastline Rail": {"website": "restored", "customer_data": "unaffected"}},
        [("website", "restored")],
        id="r02_returned_last_night",
    ),
    pytest.param(
        (
            "Hotel group's booking and payment systems back\n"
            "\n"
            "The booking website and card payment terminals at Harbour Hotels were disrupted by "
            "a cyber attack on Sunday.\n"
            "\n"
            "The group said on Wednesday they are now back online.\n"
            "\n"
            "It said guests' data had not been accessed.\n"
        ),
        "2025-06-19",
        [("Harbour Hotels", "primary")],
        {
            "Harbour Hotels": {
                "website": "restored",
                "card_payments": "restored",
                "customer_data": "unaffected",
            }
        },
        [("card_payments", "restored"), ("website", "restored")],
        id="b06_they_now_back",
    ),
    pytest.param(
        (
            "Tapas chain Casa Lumo reverts to cash after cyber attack\n"
            "\n"
            "Spanish restaurant chain Casa Lumo said its 30 restaurants reverted to cash on "
            "Friday after a cyber attack on its payment systems.\n"
            "\n"
            "The company said the attack was contained on Saturday. It said diners' card details "
            "had not been stolen.\n"
        ),
        "2025-09-11",
        [("Casa Lumo", "primary")],
        {"Casa Lumo": {"card_payments": "disrupted", "customer_data": "unaffected"}},
        [("None", "restored")],
        id="x09_reverted_to_cash",
    ),
]


SECOND_MENDED_CASES = [
    pytest.param(
        (
            "Three retailers hit by attacks on same software\n"
            "\n"
            "Three Australian retailers, Coolabah Outdoors, Pinnaroo Kids and Wattle & Co, have "
            "been hit by cyber attacks exploiting the same flaw in an e-commerce plugin.\n"
            "\n"
            "Coolabah's online shop was taken offline on Friday. The websites of the other two "
            "were defaced with political messages.\n"
            "\n"
            "All three are now working with the Australian Cyber Security Centre, which issued "
            "an alert about the flaw on Monday.\n"
        ),
        "2025-05-07",
        [("Coolabah Outdoors", "primary"), ("Wattle & Co", "related")],
        {"Coolabah Outdoors": {"online_orders": "suspended"}, "Wattle & Co": {}},
        [],
        id="nm_all_three_orgs",
    ),
    pytest.param(
        (
            "Walkout leaves Tarrant Energy website down\n"
            "\n"
            "Tarrant Energy, the Welsh energy supplier, says its website and its customer app "
            "are still not working properly after a dispute with IT staff.\n"
            "\n"
            "The website and the app went down on Sunday night after four engineers who maintain "
            "them walked out over pay. All four were back at work on Tuesday, the union said.\n"
            "\n"
            "The company said it was not a cyber attack and that no customer data had been "
            "affected.\n"
        ),
        "2025-06-11",
        [("Tarrant Energy", "primary")],
        {
            "Tarrant Energy": {
                "website": "disrupted",
                "mobile_app": "disrupted",
                "customer_data": "unaffected",
            }
        },
        [],
        id="nm_all_four_engineers",
    ),
    pytest.param(
        (
            "Lysholm Air suspends managers after check-in failure\n"
            "\n"
            "Lysholm Air's check-in and booking systems failed on Monday, and the Swedish "
            "airline has suspended the two IT managers responsible for a software update. It "
            "expects both to return to work after an internal review.\n"
            "\n"
            "The airline said 45 flights were cancelled. It has ruled out a cyber attack.\n"
        ),
        "2025-06-19",
        [("Lysholm Air", "primary")],
        {"Lysholm Air": {"online_orders": "disrupted"}},
        [],
        id="nm_expects_both_people2",
    ),
    pytest.param(
        (
            "Pharmacy and wholesaler hit by linked attack\n"
            "\n"
            "Fenwick Pharmacy, a chain of 18 pharmacies in Northern Ireland, and its wholesaler, "
            "Dunmore Supplies, have both been hit by a ransomware attack.\n"
            "\n"
            "The attack, discovered on Monday, encrypted servers at Dunmore and spread to "
            "Fenwick's ordering system, leaving some pharmacies short of stock.\n"
            "\n"
            "Prescriptions are still being dispensed, Fenwick said, but customers may face "
            "delays for some medicines.\n"
            "\n"
            "An IT firm brought in by the two companies said it was working around the clock and "
            "hoped to restore both by the weekend.\n"
        ),
        "2025-06-19",
        [("Fenwick Pharmacy", "primary"), ("Dunmore Supplies", "related")],
        {
            "Fenwick Pharmacy": {"pharmacy": "disrupted"},
            "Dunmore Supplies": {"internal_systems": "disrupted"},
        },
        [],
        id="nm_restore_both_orgs",
    ),
    pytest.param(
        (
            "Pharmacies no longer cash-only after attack on supplier\n"
            "\n"
            "Pharmacies in the Kelso Health group are no longer cash-only, a week after a cyber "
            "attack on their card terminal supplier left them unable to take card payments.\n"
            "\n"
            "The supplier, Termica, was hit by ransomware last week. Its systems process card "
            "payments for around 400 independent shops and pharmacies.\n"
            "\n"
            "Kelso Health said card payments resumed at its 14 pharmacies on Tuesday. "
            "Prescription services were unaffected throughout.\n"
        ),
        "2025-03-20",
        [("Kelso Health", "primary")],
        {"Kelso Health": {"card_payments": "restored", "pharmacy": "unaffected"}},
        [("card_payments", "restored"), ("pharmacy", "restored")],
        id="c1_no_longer",
    ),
]


SECOND_GAINS_CASES = [
    pytest.param(
        (
            "Island ferry switches to cash as card readers fail\n"
            "\n"
            "Passengers on the Ardmhor ferry switched to cash on Wednesday after the operator's "
            "card readers stopped working because of a mobile network outage.\n"
            "\n"
            "Ardmhor Ferries, which runs six crossings a day to the island, said the problem was "
            "with its network supplier and not its own systems.\n"
            "\n"
            "Card payments returned last night, the company said, and bookings were not affected.\n"
        ),
        "2025-05-22",
        [("Ardmhor Ferries", "primary")],
        {"Ardmhor Ferries": {"card_payments": "restored", "internal_systems": "disrupted"}},
        [("card_payments", "restored")],
        id="c1_ferry_switched",
    ),
    pytest.param(
        (
            "Pharmacy chain Medbury restores dispensing systems\n"
            "\n"
            "Medbury Pharmacy, which runs 120 pharmacies in England, says its dispensing system "
            "is working again at most branches after a cyber attack.\n"
            "\n"
            "The system was taken offline on Friday after the company found ransomware on a "
            "server.\n"
            "\n"
            "Dispensing resumed at most pharmacies on Tuesday. A small number of sites are still "
            "unable to dispense prescriptions, and patients there have been directed to nearby "
            "branches.\n"
        ),
        "2025-03-12",
        [("Medbury Pharmacy", "primary")],
        {"Medbury Pharmacy": {"pharmacy": "partially_restored"}},
        [("pharmacy", "partially_restored"), ("pharmacy", "restored")],
        id="c2_handful_sites",
    ),
    pytest.param(
        (
            "Carrowmore Building Society reopens branches after attack\n"
            "\n"
            "Carrowmore Building Society has reopened most of its branches after a cyber attack "
            "forced it to close them last week.\n"
            "\n"
            "The society shut all 40 branches on Thursday after discovering ransomware on its "
            "network. Online banking was not affected, it said.\n"
            "\n"
            "Most branches reopened on Tuesday. Some branches remain closed while their "
            "computers are replaced, a spokesman said on Wednesday.\n"
        ),
        "2025-05-07",
        [("Carrowmore Building Society", "primary")],
        {"Carrowmore Building Society": {"website": "unaffected", "stores": "partially_restored"}},
        [("stores", "partially_restored"), ("stores", "restored")],
        id="c2_some_branches",
    ),
    pytest.param(
        (
            "Delivery firm Parcelbeck hit by ransomware\n"
            "\n"
            "Parcelbeck, a Polish parcel delivery company, has suspended home deliveries and "
            "online orders from its marketplace after a ransomware attack on its servers.\n"
            "\n"
            "The attack was discovered on Saturday, when staff found files encrypted and a "
            "ransom note on the company's main server.\n"
            "\n"
            "Deliveries and online orders have been paused while investigators examine the "
            "systems. It expects both to resume on Monday, a spokesperson said.\n"
            "\n"
            "The company has reported the incident to the data protection authority.\n"
        ),
        "2025-06-04",
        [("Parcelbeck", "primary")],
        {
            "Parcelbeck": {
                "online_orders": "restoration_expected",
                "home_delivery": "restoration_expected",
            }
        },
        [("home_delivery", "restoration_expected"), ("online_orders", "restoration_expected")],
        id="c3_expects_both",
    ),
    pytest.param(
        (
            "Hollin Home cash registers down after cyber attack\n"
            "\n"
            "Hollin Home, the Dutch furniture retailer, has been hit by a cyber attack that "
            "disrupted card payments and click and collect at its 31 stores.\n"
            "\n"
            "The company said on Tuesday that it had detected suspicious activity on its network "
            "on Sunday night and had taken some systems offline as a precaution.\n"
            "\n"
            "Card payments and click and collect services have been unavailable since Monday. A "
            "spokesman said the retailer hoped to restore both by Friday.\n"
            "\n"
            "Hollin Home said it had no evidence that customer data had been accessed.\n"
        ),
        "2025-04-09",
        [("Hollin Home", "primary")],
        {
            "Hollin Home": {
                "card_payments": "restoration_expected",
                "click_and_collect": "restoration_expected",
                "customer_data": "unaffected",
                "internal_systems": "suspended",
            }
        },
        [("card_payments", "restoration_expected"), ("click_and_collect", "restoration_expected")],
        id="c3_restore_both",
    ),
]


THIRD_MENDED_CASES = [
    pytest.param(
        (
            "Cyber attack forces Eastmoor trust to divert ambulances\n"
            "\n"
            "An NHS trust in the north of England diverted ambulances for two days after a cyber "
            "attack knocked out its computer systems, the Northern Courier reports.\n"
            "\n"
            "Eastmoor Health Trust said pharmacy services and card payments in its cafes were "
            "disrupted after the attack on Monday.\n"
            "\n"
            "The trust runs Eastmoor General Hospital and Kelderby Community Hospital. Staff "
            "worked through the night to assess the damage. Both have now reopened to "
            "ambulances, a spokesperson said on Thursday.\n"
            "\n"
            "The trust said it did not yet know whether patient data had been accessed.\n"
        ),
        "2024-03-14",
        [("Eastmoor Health Trust", "primary")],
        {
            "Eastmoor Health Trust": {
                "card_payments": "disrupted",
                "internal_systems": "disrupted",
                "pharmacy": "disrupted",
            }
        },
        [],
        id="hosp_both_reopened",
    ),
    pytest.param(
        (
            "Regulator fines Calder Bank and its former IT chief over outage\n"
            "\n"
            "Calder Bank has been fined £4.2m over an IT failure last year that left customers "
            "unable to use online banking and mobile banking for three days.\n"
            "\n"
            "The Financial Conduct Authority said the bank and its former chief information "
            "officer, Peter Lyle, had failed to test a software update properly. The regulator "
            "published its findings on Tuesday.\n"
            "\n"
            "Both were back in front of the tribunal this week to contest the penalty, the bank "
            "said.\n"
            "\n"
            "Calder Bank said it had invested £30m in its systems since the outage.\n"
        ),
        "2024-09-10",
        [("Calder Bank", "primary")],
        {
            "Calder Bank": {
                "website": "disrupted",
                "mobile_app": "disrupted",
                "internal_systems": "disrupted",
            }
        },
        [],
        id="bank_both_fined",
    ),
    pytest.param(
        (
            "Norland Rail ticketing systems restored after outage\n"
            "\n"
            "Norland Rail said its website, mobile app and ticket machines were hit by a "
            "technical outage on Thursday morning.\n"
            "\n"
            "Passengers were told to buy tickets on board. At the same time two stations, Ashby "
            "and Corran, were evacuated after a fire alarm.\n"
            "\n"
            "Both reopened within an hour, the operator said.\n"
            "\n"
            "The operator said the online booking system was working again by noon.\n"
        ),
        "2024-10-03",
        [("Norland Rail", "primary")],
        {
            "Norland Rail": {
                "online_orders": "restored",
                "website": "disrupted",
                "mobile_app": "disrupted",
                "internal_systems": "restored",
            }
        },
        [("None", "restored"), ("online_orders", "restored")],
        id="count_other_group",
    ),
    pytest.param(
        (
            "Live: Harlow Vale council cyber attack - updates\n"
            "\n"
            "08:50 Harlow Vale Council says its website and phone lines are down after a cyber "
            "attack overnight.\n"
            "\n"
            "09:30 The council says bin collections are running as normal.\n"
            "\n"
            "10:15 Two schools in the borough have closed because of a burst water main. Both "
            "are expected to reopen on Thursday.\n"
            "\n"
            "11:00 Council leader Ann Pryce says there is no evidence that residents' data was "
            "taken.\n"
        ),
        "2023-11-08",
        [("Harlow Vale Council", "primary")],
        {
            "Harlow Vale Council": {
                "website": "disrupted",
                "customer_data": "unaffected",
                "customer_service": "disrupted",
            }
        },
        [],
        id="live_blog_council",
    ),
    pytest.param(
        (
            "Brackley Council IT failure delays bin collections\n"
            "\n"
            "Brackley District Council said a failure in its internal systems and email had "
            "delayed bin collections on Monday.\n"
            "\n"
            "Two senior IT managers were suspended pending an inquiry into the failure. The "
            "council said it hoped to reinstate both once the review was finished.\n"
            "\n"
            "Residents were told to leave bins out until they were collected.\n"
        ),
        "2024-09-10",
        [("Brackley District Council", "primary")],
        {"Brackley District Council": {"internal_systems": "disrupted"}},
        [("None", "restoration_expected")],
        id="restore_both_people",
    ),
    pytest.param(
        (
            "Arden Valley trust IT failure hits two hospitals\n"
            "\n"
            "Arden Valley NHS Trust said pharmacy services and its internal systems failed on "
            "Wednesday after a technical outage.\n"
            "\n"
            "The outage hit Arden General and Fellside Hospital. Managers said they hoped to "
            "restore both to normal running by Friday.\n"
        ),
        "2024-03-14",
        [("Arden Valley NHS Trust", "primary"), ("Arden General and Fellside Hospital", "related")],
        {
            "Arden Valley NHS Trust": {"internal_systems": "disrupted", "pharmacy": "disrupted"},
            "Arden General and Fellside Hospital": {},
        },
        [],
        id="both_two_hospitals_restore",
    ),
    pytest.param(
        (
            "Holt Freight outage delays supplies\n"
            "\n"
            "Deliveries by Holt Freight, the logistics firm, were unable to reach stores across "
            "Yorkshire on Friday after a ransomware attack on its routing systems.\n"
            "\n"
            "Supermarket shelves were empty in several towns. Holt said its warehouses were "
            "working but the trucks could not be dispatched.\n"
        ),
        "2025-02-07",
        [("Holt Freight", "primary")],
        {"Holt Freight": {"stock_and_supply": "disrupted"}},
        [],
        id="unable_deliveries_stores",
    ),
]


THIRD_GAINS_CASES = [
    pytest.param(
        (
            "Tillman's DIY chain says card payments back after attack\n"
            "\n"
            "Tillman's, the DIY retailer, said card payments and its click and collect service "
            "were disrupted by a cyber attack on Wednesday.\n"
            "\n"
            "Shoppers were asked to pay in cash while engineers investigated. The company called "
            "in outside experts.\n"
            "\n"
            "On Friday the company said both were working again in all 62 stores.\n"
        ),
        "2024-05-17",
        [("Tillman", "primary")],
        {"Tillman": {"card_payments": "restored", "click_and_collect": "restored"}},
        [("card_payments", "restored"), ("click_and_collect", "restored")],
        id="both_pos_real",
    ),
    pytest.param(
        (
            "Pellworth Books restores online shop after cyber attack\n"
            "\n"
            "Pellworth Books said its online orders, gift cards and loyalty scheme were "
            "disrupted after a cyber attack last weekend.\n"
            "\n"
            "The bookseller said stores stayed open throughout. Customers were asked to be "
            "patient. Staff worked through the week with a security firm.\n"
            "\n"
            "By Saturday all three were back, the company said.\n"
        ),
        "2024-06-22",
        [("Pellworth Books", "primary")],
        {
            "Pellworth Books": {
                "online_orders": "restored",
                "gift_cards": "restored",
                "stores": "unaffected",
                "loyalty_program": "restored",
            }
        },
        [
            ("gift_cards", "restored"),
            ("loyalty_program", "restored"),
            ("online_orders", "restored"),
        ],
        id="all_three_real_far",
    ),
    pytest.param(
        (
            "Sellick's supermarket chain recovers from cyber attack\n"
            "\n"
            "Sellick's said online orders, home delivery, click and collect and its loyalty "
            "scheme were disrupted after a cyber attack last week.\n"
            "\n"
            "The supermarket said stores stayed open. Police are investigating.\n"
            "\n"
            "On Friday the company said all four were working again.\n"
        ),
        "2024-05-17",
        [("Sellick", "primary")],
        {
            "Sellick": {
                "online_orders": "restored",
                "click_and_collect": "restored",
                "home_delivery": "restored",
                "stores": "unaffected",
                "loyalty_program": "restored",
            }
        },
        [
            ("click_and_collect", "restored"),
            ("home_delivery", "restored"),
            ("loyalty_program", "restored"),
            ("online_orders", "restored"),
        ],
        id="all_four_services_real",
    ),
    pytest.param(
        (
            "Gorran Outdoor hit by cyber attack\n"
            "\n"
            "Gorran Outdoor, the Scottish outdoor clothing chain, said on Thursday that its "
            "website and online orders were taken offline after a cyber attack on Tuesday.\n"
            "\n"
            "A spokesperson said it hoped to restore both by Saturday, and that its stores were "
            "open as normal.\n"
            "\n"
            "Gorran has 28 stores across Scotland.\n"
        ),
        "2024-03-14",
        [("Gorran Outdoor", "primary")],
        {
            "Gorran Outdoor": {
                "online_orders": "restoration_expected",
                "website": "restoration_expected",
                "stores": "unaffected",
            }
        },
        [("online_orders", "restoration_expected"), ("website", "restoration_expected")],
        id="restore_both_then_stores",
    ),
    pytest.param(
        (
            "Kestrel Ferries suspends bookings after IT failure\n"
            "\n"
            "Kestrel Ferries, which runs services between Scotland and Northern Ireland, said "
            "online and telephone bookings were unavailable on Friday after an IT failure.\n"
            "\n"
            "Sailings are running to timetable and passengers with existing tickets can travel "
            "as normal, the company said.\n"
            "\n"
            "It said the fault was not the result of a cyber attack.\n"
        ),
        "2024-05-17",
        [("Kestrel Ferries", "primary")],
        {"Kestrel Ferries": {"online_orders": "disrupted"}},
        [],
        id="mod_online_telephone_bookings",
    ),
]


FOURTH_MENDED_CASES = [
    pytest.param(
        (
            "Clinic network hit by cyber attack\n"
            "\n"
            "Medica, a clinic network run by Halvorsen Health, has cancelled appointments at its "
            "14 clinics in Norway after a cyber attack on Monday.\n"
            "\n"
            "Medica said attackers had accessed its patient booking system and it had shut the "
            "system down. Staff were using paper records.\n"
            "\n"
            "Patient records may have been accessed, Medica said on Tuesday. The clinics "
            "remained open for emergencies.\n"
        ),
        "2025-05-07",
        [("Medica", "primary"), ("Halvorsen Health", "related")],
        {
            "Medica": {
                "online_orders": "suspended",
                "customer_data": "compromised",
                "internal_systems": "disrupted",
            },
            "Halvorsen Health": {},
        },
        [],
        id="a16_clinic_network",
    ),
    pytest.param(
        (
            "Housing group hit by ransomware\n"
            "\n"
            "Orbit Housing Group, which manages 40,000 homes in the Midlands, has been hit by a "
            "ransomware attack, it said on Tuesday.\n"
            "\n"
            "The attackers encrypted servers including those running Orbit, a tenant portal "
            "built by Castell Software. Tenants could not report repairs online.\n"
            "\n"
            "Orbit Housing Group said its phone lines were working. Castell Software said Orbit "
            "was hosted by the housing group itself and its own systems were not affected.\n"
        ),
        "2025-11-05",
        [("Orbit Housing Group", "primary")],
        {"Orbit Housing Group": {"internal_systems": "unaffected"}},
        [],
        id="a19_orbit_name_collision",
    ),
    pytest.param(
        (
            "Ransomware gang claims attacks on Irish firms\n"
            "\n"
            "A ransomware gang has claimed attacks on Dunlavin Foods, Corrib Logistics, and the "
            "Ferrycarrig payroll platform run by Slaney Payroll Services, according to posts on "
            "its leak site.\n"
            "\n"
            "Dunlavin Foods confirmed on Thursday that it had been hit by ransomware and that "
            "some staff data was stolen. Corrib Logistics said it was investigating.\n"
            "\n"
            "Slaney Payroll Services said its platform had been taken offline as a precaution.\n"
        ),
        "2025-09-19",
        [
            ("Dunlavin Foods", "primary"),
            ("Corrib Logistics", "related"),
            ("Slaney Payroll Services", "related"),
        ],
        {
            "Dunlavin Foods": {"employee_data": "compromised"},
            "Corrib Logistics": {},
            "Slaney Payroll Services": {},
        },
        [],
        id="a38_list_product_middle",
    ),
    pytest.param(
        (
            "Outage hits card payments at pubs\n"
            "\n"
            "Card payments failed at Tavern Lane, Harrowgate Inns, and the Pourly ordering app "
            "run by Barlink Systems on Monday night after an outage at a payments processor.\n"
            "\n"
            "Barlink Systems said the outage at its payments partner Stellar Pay lasted three "
            "hours. Stellar Pay said a software error was to blame and denied it was a cyber "
            "attack.\n"
            "\n"
            "Card payments were restored by midnight, the companies said.\n"
        ),
        "2025-04-09",
        [("Harrowgate Inns", "primary"), ("Pourly", "related"), ("Barlink Systems", "related")],
        {
            "Harrowgate Inns": {"card_payments": "restored", "internal_systems": "disrupted"},
            "Pourly": {"mobile_app": "disrupted"},
            "Barlink Systems": {},
        },
        [("card_payments", "restored")],
        id="a39_list_comma_name",
    ),
    pytest.param(
        (
            "Pharmacy chain hit by cyber attack\n"
            "\n"
            "Verdant Pharmacies, a pharmacy network run by Alder Health Group, has been unable "
            "to fill some prescriptions since Tuesday after a cyber attack.\n"
            "\n"
            "Verdant Pharmacies said hackers had disrupted its dispensing systems at 60 branches "
            "in Scotland. Customers were asked to collect prescriptions from other chemists.\n"
            "\n"
            "Verdant said the branches remained open and that it expected dispensing to resume "
            "next week.\n"
        ),
        "2025-09-19",
        [("Verdant Pharmacies", "primary"), ("Alder Health Group", "related")],
        {
            "Verdant Pharmacies": {"stores": "unaffected", "pharmacy": "disrupted"},
            "Alder Health Group": {},
        },
        [],
        id="a50_pharmacy_network",
    ),
    pytest.param(
        (
            "Courier firm suspends deliveries after ransomware attack\n"
            "\n"
            "Brightway Couriers, a same-day delivery service run by Kellan Logistics, has "
            "suspended deliveries in Melbourne after a ransomware attack on Tuesday.\n"
            "\n"
            "Brightway Couriers said the attack encrypted its dispatch systems and that drivers "
            "could not receive jobs. Kellan Logistics said its freight business was not "
            "affected.\n"
            "\n"
            "Brightway said it hoped to resume deliveries on Friday.\n"
        ),
        "2025-11-13",
        [("Brightway Couriers", "primary"), ("Kellan Logistics", "related")],
        {
            "Brightway Couriers": {
                "home_delivery": "restoration_expected",
                "internal_systems": "disrupted",
            },
            "Kellan Logistics": {},
        },
        [("home_delivery", "restoration_expected")],
        id="a51_courier_service",
    ),
]


FOURTH_GAINS_CASES = [
    pytest.param(
        (
            "Car parks go cash-only after attack on parking app\n"
            "\n"
            "Drivers in the Netherlands were unable to pay for parking by phone on Saturday "
            "after a ransomware attack on Parkr, a parking payments app run by Mobivo, a "
            "subsidiary of Dutch transport group Velden.\n"
            "\n"
            "Mobivo said the attack encrypted its payment servers. Velden said its other "
            "businesses were not affected.\n"
            "\n"
            "Parkr was restored on Monday morning. Mobivo said customers' card details were "
            "stored by a separate payment processor and were not exposed.\n"
        ),
        "2025-11-05",
        [("Mobivo", "primary"), ("Velden", "related")],
        {
            "Mobivo": {
                "card_payments": "disrupted",
                "customer_data": "unaffected",
                "internal_systems": "disrupted",
            },
            "Velden": {},
        },
        [],
        id="a07_subsidiary",
    ),
    pytest.param(
        (
            "Parking app offline after cyber attack on council\n"
            "\n"
            "Drivers in Dunmore could not pay for parking on Wednesday after a cyber attack on "
            "ParkEasy, a parking app run by Dunmore Borough Council.\n"
            "\n"
            "The council said it had taken ParkEasy and several other online services offline as "
            "a precaution. Its website was also unavailable.\n"
            "\n"
            "Council tax payments and library bookings could be made by phone. The council said "
            "it was working with the National Cyber Security Centre.\n"
        ),
        "2025-03-14",
        [("Dunmore Borough Council", "primary"), ("Drivers", "related")],
        {
            "Dunmore Borough Council": {"website": "disrupted", "mobile_app": "disrupted"},
            "Drivers": {},
        },
        [],
        id="a09_council_run_app",
    ),
    pytest.param(
        (
            "Housing association payroll delayed after supplier attack\n"
            "\n"
            "Staff at Orbit Housing Group were paid late this month after a cyber attack on "
            "Payvault, a payroll system made by Castell Software.\n"
            "\n"
            "Orbit Housing Group said on Tuesday that its own systems were not affected. Castell "
            "Software said the attack had encrypted the servers running Payvault.\n"
            "\n"
            "Payvault was back online on Monday. Castell Software said it was still "
            "investigating whether employee data had been taken.\n"
        ),
        "2025-10-08",
        [("Castell Software", "primary"), ("Orbit Housing Group", "related")],
        {
            "Castell Software": {"internal_systems": "disrupted"},
            "Orbit Housing Group": {"internal_systems": "unaffected"},
        },
        [("None", "restored")],
        id="a18_product_prefix_of_org",
    ),
    pytest.param(
        (
            "Estate agents hit as property software firm suffers attack\n"
            "\n"
            "Estate agents across England could not list homes on Monday after a cyber attack on "
            "Homestack, a property listings platform created by Quarry Lane Technologies.\n"
            "\n"
            "Homestack was offline all day on Monday and Tuesday. Estate agents said they were "
            "unable to upload new properties or contact buyers.\n"
            "\n"
            "Quarry Lane Technologies said on Tuesday that Homestack would be restored in stages "
            "over the coming week. It said client data had not been accessed.\n"
        ),
        "2025-05-07",
        [("Quarry Lane Technologies", "primary")],
        {"Quarry Lane Technologies": {"customer_data": "unaffected"}},
        [],
        id="a33_maker_attack_product_later_alone",
    ),
    pytest.param(
        (
            "Veterinary software hit by ransomware\n"
            "\n"
            "Vet practices across France could not access pet records on Tuesday after a "
            "ransomware attack on Vetbase, a practice management system developed by Animo "
            "Software, which was acquired by Helix Health Group last year.\n"
            "\n"
            "Animo Software said the attackers encrypted its hosting servers. Helix Health Group "
            "said its other businesses were unaffected.\n"
            "\n"
            "Animo said Vetbase would be back online by Friday. Some clients' contact details "
            "may have been copied, it said.\n"
        ),
        "2025-11-13",
        [("Animo Software", "primary")],
        {"Animo Software": {"customer_data": "compromised", "internal_systems": "disrupted"}},
        [],
        id="a36_acquired_maker",
    ),
    pytest.param(
        (
            "University research tool hit by data breach\n"
            "\n"
            "Hackers have accessed Genome Atlas, a research database developed by Thornbury "
            "University, and stolen data on 8,000 study volunteers, the university said on "
            "Tuesday.\n"
            "\n"
            "Thornbury University said the attack happened last week and that it had taken "
            "Genome Atlas offline. The data included names and medical histories.\n"
            "\n"
            "The university said it had reported the breach to the regulator.\n"
        ),
        "2025-09-17",
        [("Thornbury University", "primary")],
        {"Thornbury University": {"customer_data": "compromised"}},
        [],
        id="a43_developed_by_university",
    ),
]


TITLE_CASES = [
    pytest.param(
        (
            "Water company hit by cyber attack\n"
            "\n"
            "Harrow Water said a cyber attack had disrupted its customer website, though "
            "drinking water supplies were not affected.\n"
            "\n"
            "The company said its website was offline and customers should call its helpline "
            "instead.\n"
            "\n"
            "Owen Pratt, chief site engineer at Dalby Energy, which was not affected, said "
            "utilities were increasingly targeted by criminal gangs.\n"
        ),
        "2024-05-14",
        [("Harrow Water", "primary")],
        {"Harrow Water": {"website": "disrupted", "customer_service": "disrupted"}},
        [],
        id="chief_site_engineer_expert",
    ),
    pytest.param(
        (
            "Pharmacy system outage delays prescriptions\n"
            "\n"
            "An outage at Medipath, which supplies prescription software to 300 pharmacies, has "
            "delayed prescriptions across Wales.\n"
            "\n"
            "Medipath said a database fault was to blame and the system was restored late on "
            "Wednesday.\n"
            "\n"
            "Dr Alun Rees, chief hospital pharmacist at Cardigan Health Board, said pharmacists "
            "had been forced to write prescriptions by hand.\n"
        ),
        "2024-05-14",
        [("Medipath", "primary")],
        {"Medipath": {"pharmacy": "disrupted"}},
        [("None", "restored")],
        id="chief_hospital_pharmacist_expert",
    ),
    pytest.param(
        (
            "Building society apologises after systems failure\n"
            "\n"
            "A systems failure at the principal office of Harlow Building Society left customers "
            "unable to log in to online banking for most of Wednesday.\n"
            "\n"
            "The society said a faulty software update had caused the outage and ruled out a "
            "cyber attack.\n"
            "\n"
            '"We are sorry for the inconvenience," a spokesman said. Online banking was back '
            "by 6pm.\n"
        ),
        "2024-05-14",
        [("Harlow Building Society", "primary")],
        {"Harlow Building Society": {"website": "restored", "internal_systems": "disrupted"}},
        [("website", "restored")],
        id="principal_office_building_society",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "incidents", "services", "claims"),
    MENDED_CASES
    + GAINS_CASES
    + SECOND_MENDED_CASES
    + SECOND_GAINS_CASES
    + THIRD_MENDED_CASES
    + THIRD_GAINS_CASES
    + FOURTH_MENDED_CASES
    + FOURTH_GAINS_CASES
    + TITLE_CASES,
)
def test_review72_outcome(
    extract: Extract,
    text: str,
    published: str,
    incidents: list[tuple[str, str]],
    services: dict[str, dict[str, str]],
    claims: list[tuple[str, str]],
) -> None:
    record = extract(text, published=published)
    assert outcome(record) == (incidents, services, claims)

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


@pytest.mark.parametrize(
    ("text", "published", "incidents", "services", "claims"), MENDED_CASES + GAINS_CASES
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

"""Blind round 56b: acceptance cases written from the contract alone.

Classes:

E. Online banking is the bank's website and mobile banking its app (a house convention of the
   gold annotations): "online banking has been unavailable since Tuesday", "internet banking
   was down for six hours", "its web banking service failed", "its mobile banking service
   crashed" give services website (online, internet or web banking) and mobile_app (mobile
   banking) with status disrupted, or restored when the text says it is back ("online banking
   is working again" -> website restored, "its mobile banking service was back up and running"
   -> mobile_app restored). Guards (E8, E9): "online banking" or "mobile banking" told as a
   product or a habit with no trouble ("more customers now use online banking than visit
   branches", "launched mobile banking in 2019") in a story of some other trouble gives no
   website or mobile_app service; only the organisation as primary is checked besides.
F. Customers unable to log in or sign in to a digital service is an IT failure even when no
   incident word is used: "Customers of X have been unable to log in to online banking since
   Tuesday morning", "users could not sign in to its app on Monday", "shoppers couldn't log in
   to the X website" -> X has an incident (technical_outage, since nothing says it was an
   attack) and the named service is disrupted (online banking or the website -> website, the
   app -> mobile_app). Guards: a planned login change or maintenance ("customers will be unable
   to log in on Sunday during planned maintenance") is no incident at all (F7); a person who
   forgot her password, in a story about a helpline fault, gives no mobile_app service (F8), and
   in an uneventful story about passkeys no incident at all (F9).
G. An IT problem told as "an IT problem", "an IT issue", "IT problems", "a computer problem",
   "computer issues" or "a systems problem" is an incident of type technical_outage when nothing
   says it was an attack ("X said an IT problem had caused thousands of customers to be sent
   duplicate bills"). Guards (G7-G9): the pronoun "it" before a verb spelled like a trouble noun
   is no IT problem: "the company said it issues new cards every three years" in a product
   launch, "X said it issues refunds within five days" in a results announcement, "It issues
   about two million home and motor policies a year" opening a sentence, each in an otherwise
   uneventful story, give no incident at all.

On the first run (the committed code at 3abe004, with others' uncommitted edit to
rules/cues.json in the working tree), 17 of the 27 cases passed. Class E: 2 of 9 (E3 and the
guard E9): "online banking has been unavailable" (E1), "internet banking was down" (E2),
"online banking is working again" (E4), "internet banking and mobile banking have been out of
action" (E5) and "its mobile banking service was back up and running" (E7) gave no website or
mobile_app service, and "its web banking service failed" (E6) gave no incident at all. Class
F: 6 of 9; "Customers of X have been unable to log in to online banking since Tuesday morning"
(F1) gave no incident at all. Class G: 8 of 9. Minutes later, with further uncommitted edits
by others to rules/cues.json and rules/services.json, those seven passed (their strict xfails
turned XPASS) and their marks were taken off: 24 of 27 pass. Three misses are left in
KNOWN_MISSES with what was observed: the guard E8 gives no incident at all, so it does not yet
test its class; the guard F8 reads a forgotten password as the app disrupted; G5's "blamed
computer issues for delays" gives no incident. Every other guard (E9, F7, F9, G7-G9) passes.
Round 69's cause told ('has blamed computer issues for delays' ties the chain) passes G5.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import (
    check_expectations,
    run,
    with_known_misses,
)

KNOWN_MISSES: dict[str, str] = {
    "E8": "guard does not test its class: no incident at all for a cash machine failure ('cash "
    "machines stopped working ... after a fault with its card processing system')",
    "F8": "mobile_app disrupted from 'One customer, who could not log in to the bank's app because "
    "she had forgotten her password' (customer_service restored is right)",
}


def check(record: dict[str, Any], expect: dict[str, Any]) -> None:
    check_expectations(record, expect)


def _banking(org: str, **wanted: str) -> dict[str, Any]:
    """Online banking is the website, mobile banking the app, with the status told."""
    return {"primary": org, "statuses": {org: dict(wanted)}}


def _banking_habit(org: str, *services: str) -> dict[str, Any]:
    """Banking told as a product or a habit in a story of other trouble: no such service."""
    return {"primary": org, "no_service": {org: list(services)}}


def _locked_out(org: str, service: str) -> dict[str, Any]:
    """Customers unable to log in or sign in: a technical outage, the service disrupted."""
    return {
        "primary": org,
        "has_types": {org: ["technical_outage"]},
        "statuses": {org: {service: "disrupted"}},
    }


def _it_problem(org: str) -> dict[str, Any]:
    """An IT problem, issue or computer problem with no attack: a technical outage."""
    return {"primary": org, "has_types": {org: ["technical_outage"]}}


E_CASES = [
    pytest.param(
        "Selbourne Building Society online banking outage enters third day\n\n"
        "Selbourne Building Society said online banking has been unavailable since Tuesday "
        "because of a fault at its data centre. Members have been unable to view their balances "
        "or move money between accounts, the society said on Thursday. Its branches are staying "
        "open for an extra hour each evening while engineers work on the problem. The society "
        "apologised to members.",
        "2025-02-06",
        _banking("Selbourne Building Society", website="disrupted"),
        id="E1",
    ),
    pytest.param(
        "Ribblesdale Bank internet banking down for six hours\n\n"
        "Ribblesdale Bank customers were left unable to pay bills or check their accounts on "
        "Wednesday after its internet banking was down for six hours. The bank said the outage "
        "was caused by a faulty network switch and was not the result of a cyber attack. Card "
        "payments and cash machines were not affected. Ribblesdale said it would refund any late "
        "payment charges customers incurred.",
        "2025-03-13",
        _banking("Ribblesdale Bank", website="disrupted"),
        id="E2",
    ),
    pytest.param(
        "Kestleton Savings Bank mobile banking app crashes\n\n"
        "Kestleton Savings Bank said its mobile banking service crashed on Monday evening, "
        "leaving customers unable to make payments from their phones. The bank blamed a "
        "software update released earlier in the day. Customers can still use online banking "
        "and telephone banking, it said. Engineers were continuing to work on a fix on "
        "Wednesday.",
        "2025-04-03",
        {
            **_banking("Kestleton Savings Bank", mobile_app="disrupted"),
            "not_status": {"Kestleton Savings Bank": {"website": "disrupted"}},
        },
        id="E3",
    ),
    pytest.param(
        "Polwarth Mutual Bank online banking back after outage\n\n"
        "Polwarth Mutual Bank said on Wednesday that online banking is working again after an "
        "outage that lasted more than a day. Customers had been unable to make payments or view "
        "their accounts since Tuesday morning, when a fault hit one of its servers. The bank "
        "said no customer data had been affected and apologised for the disruption.",
        "2025-05-08",
        _banking("Polwarth Mutual Bank", website="restored"),
        id="E4",
    ),
    pytest.param(
        "Cranmore Building Society internet and mobile banking out of action\n\n"
        "Cranmore Building Society's internet banking and mobile banking have been out of "
        "action since Wednesday morning. The society said a power failure at its main data "
        "centre was to blame. Members can still withdraw cash at branches and cash machines. "
        "The society apologised and said engineers were working through the night.",
        "2025-06-12",
        _banking("Cranmore Building Society", website="disrupted", mobile_app="disrupted"),
        id="E5",
    ),
    pytest.param(
        "Swaledale Credit Union web banking fails on payday\n\n"
        "Swaledale Credit Union said its web banking service failed on Tuesday, the day many "
        "members' wages are paid in. Members were unable to transfer money or view statements "
        "for most of the day. The credit union said the failure was caused by an expired "
        "security certificate. It has apologised and said it will review its procedures.",
        "2025-07-10",
        _banking("Swaledale Credit Union", website="disrupted"),
        id="E6",
    ),
    pytest.param(
        "Thurlstone Bank mobile banking back after outage\n\n"
        "Thurlstone Bank said its mobile banking service was back up and running on Tuesday "
        "after an outage that began on Monday afternoon. Customers had complained on social "
        "media that the app would not open and that payments were failing. The bank said the "
        "problem was caused by a fault in a software update and was not a cyber attack.",
        "2025-09-11",
        _banking("Thurlstone Bank", mobile_app="restored"),
        id="E7",
    ),
    # Guards: banking as a product or a habit in a story of other trouble.
    pytest.param(
        "Ottercombe Bank cash machines fail across Devon\n\n"
        "Ottercombe Bank's cash machines stopped working across Devon and Cornwall on Saturday "
        "after a fault with its card processing system. Customers were unable to withdraw cash "
        "for about five hours. The bank said more customers now use online banking than visit "
        "branches, but cash remained important in rural areas. It apologised and said the "
        "machines were working normally by Saturday evening.",
        "2025-10-09",
        _banking_habit("Ottercombe Bank", "website"),
        id="E8",
    ),
    pytest.param(
        "Stainmore Building Society helpline out of action\n\n"
        "Stainmore Building Society's telephone helpline was out of action for most of Monday "
        "after a fault with its phone system. Members calling the society heard a recorded "
        "message telling them to try again later. The society, which launched mobile banking "
        "in 2019, said two-thirds of its members now use mobile banking. Branches were open as "
        "normal, and the helpline was working again on Tuesday morning.",
        "2025-11-13",
        _banking_habit("Stainmore Building Society", "mobile_app", "website"),
        id="E9",
    ),
]

F_CASES = [
    pytest.param(
        "Croxdale Savings Bank customers locked out of online banking\n\n"
        "Customers of Croxdale Savings Bank have been unable to log in to online banking since "
        "Tuesday morning. The bank said on Wednesday that it was aware customers were having "
        "difficulties and that its engineers were investigating. Payments already set up, "
        "including direct debits, are being made as normal. Branches are open and staff can "
        "help customers who need to make urgent payments.",
        "2024-02-08",
        _locked_out("Croxdale Savings Bank", "website"),
        id="F1",
    ),
    pytest.param(
        "Cleeve Valley Energy customers unable to sign in to app\n\n"
        "Cleeve Valley Energy said users could not sign in to its app on Monday, leaving some "
        "customers unable to top up prepayment meters. The energy supplier said customers could "
        "top up at shops and post offices instead. It apologised and said it was looking into "
        "the matter. Customers who were left without gas or electricity as a result will be "
        "compensated, the company said.",
        "2024-03-07",
        _locked_out("Cleeve Valley Energy", "mobile_app"),
        id="F2",
    ),
    pytest.param(
        "Wyndrush Home Stores shoppers unable to log in on Black Friday\n\n"
        "Shoppers couldn't log in to the Wyndrush Home Stores website on Friday morning as the "
        "homeware retailer launched its Black Friday sale. Customers complained on social media "
        "that they had been trying for hours. Wyndrush said it had seen record demand and "
        "apologised to customers. Its 85 stores were trading normally.",
        "2024-11-30",
        _locked_out("Wyndrush Home Stores", "website"),
        id="F3",
    ),
    pytest.param(
        "Ellerdine Insurance customers unable to sign in to app\n\n"
        "Ellerdine Insurance customers were unable to sign in to the insurer's mobile app on "
        "Wednesday, the day its new claims service went live. Policyholders trying to report "
        "car accidents were told to call its claims line instead. Ellerdine said it was sorry "
        "for the inconvenience and was looking into the cause. Customers' policies and cover "
        "were not affected.",
        "2024-04-11",
        _locked_out("Ellerdine Insurance", "mobile_app"),
        id="F4",
    ),
    pytest.param(
        "Haddenham Building Society members could not log in\n\n"
        "Members of Haddenham Building Society could not log in to the society's website on "
        "Tuesday, the society has confirmed. Savers trying to move money into a new fixed-rate "
        "bond before the offer closed were among those affected. The society said it would "
        "honour the rate for anyone who had tried to apply on Tuesday. Its branches and "
        "telephone service were available as normal.",
        "2024-05-16",
        _locked_out("Haddenham Building Society", "website"),
        id="F5",
    ),
    pytest.param(
        "Kinnerley Water customers unable to log into app\n\n"
        "Customers have been unable to log into the Kinnerley Water app since Saturday, the "
        "water company said on Thursday. The app is used by about 200,000 households to pay "
        "bills and submit meter readings. Kinnerley said customers could still pay by phone or "
        "through its website. It apologised and said its technical team was investigating.",
        "2024-06-13",
        _locked_out("Kinnerley Water", "mobile_app"),
        id="F6",
    ),
    # Guard: planned maintenance is no incident.
    pytest.param(
        "Wardlow Bank online banking to close for upgrade on Sunday\n\n"
        "Wardlow Bank customers will be unable to log in on Sunday during planned maintenance, "
        "the bank has warned. Online banking and the mobile app will be unavailable between 1am "
        "and 7am while the bank moves its systems to a new data centre. Card payments and cash "
        "machines will work as normal. The bank said it had chosen the quietest time of the "
        "week for the work.",
        "2024-07-11",
        {"no_incidents": True},
        id="F7",
    ),
    # Guard: a forgotten password in a story of a helpline fault gives no app service.
    pytest.param(
        "Hursthill Bank helpline out of action for a day\n\n"
        "Hursthill Bank's telephone helpline was out of action for most of Monday after a "
        "fault with its phone system. Callers heard a recorded message asking them to try "
        "again later. One customer, who could not log in to the bank's app because she had "
        "forgotten her password, said she had tried to call the helpline 20 times. The bank "
        "said the phone lines were working again by Tuesday morning.",
        "2024-09-12",
        {"primary": "Hursthill Bank", "no_service": {"Hursthill Bank": ["mobile_app"]}},
        id="F8",
    ),
    # Guard: a forgotten password in an uneventful story is no incident.
    pytest.param(
        "Langstrath Bank brings in passkeys to replace passwords\n\n"
        "Langstrath Bank is to let customers log in to its app with passkeys instead of "
        "passwords from next month. The bank said forgotten passwords were the most common "
        "reason customers called its helpline. A customer who could not log in because she had "
        "forgotten her password said she welcomed the change. The bank said passkeys would be "
        "introduced on its website later in the year.",
        "2024-10-10",
        {"no_incidents": True},
        id="F9",
    ),
]

G_CASES = [
    pytest.param(
        "Yarncliffe Energy customers sent duplicate bills\n\n"
        "Yarncliffe Energy said an IT problem had caused thousands of customers to be sent "
        "duplicate bills this week. The supplier said no customer would be charged twice and "
        "that direct debits would be taken as normal. Customers who received two bills do not "
        "need to contact the company, it said. Yarncliffe apologised for any confusion.",
        "2023-10-12",
        _it_problem("Yarncliffe Energy"),
        id="G1",
    ),
    pytest.param(
        "Skybrook Airways passengers face check-in queues\n\n"
        "Passengers flying with Skybrook Airways faced long queues at Manchester Airport on "
        "Wednesday after an IT issue affected its check-in desks. The airline said staff had "
        "checked passengers in by hand and that most flights left on time. Some passengers said "
        "they had waited for more than two hours. Skybrook said the issue was not caused by a "
        "cyber attack.",
        "2023-11-16",
        _it_problem("Skybrook Airways"),
        id="G2",
    ),
    pytest.param(
        "Mardale Examinations Board results delayed\n\n"
        "Thousands of students received their exam results late on Thursday after IT problems "
        "at the Mardale Examinations Board. The board said results had been sent to schools "
        "several hours later than planned. Students were able to collect their results from "
        "their schools by the afternoon, it said. The board apologised to students and "
        "teachers.",
        "2024-08-15",
        _it_problem("Mardale Examinations Board"),
        id="G3",
    ),
    pytest.param(
        "Bilsdale Rail ticket machines stop taking cards\n\n"
        "Bilsdale Rail said a computer problem had stopped ticket machines at its stations from "
        "accepting card payments on Monday morning. Passengers were told to buy tickets on "
        "board or through the train operator's app. The company said no passenger would be "
        "fined for travelling without a ticket while the machines were affected. Trains ran as "
        "normal.",
        "2025-01-14",
        _it_problem("Bilsdale Rail"),
        id="G4",
    ),
    pytest.param(
        "Oakendale Pharmacy blames computer issues for prescription delays\n\n"
        "Oakendale Pharmacy has blamed computer issues for delays to prescriptions at its 120 "
        "branches this week. Patients said they had been told to come back later for their "
        "medicines on Tuesday and Wednesday. The chain said pharmacists had been dispensing "
        "urgent prescriptions by hand. It said it was sorry for the inconvenience.",
        "2025-02-20",
        _it_problem("Oakendale Pharmacy"),
        id="G5",
    ),
    pytest.param(
        "Brigstowe Bank salary payments delayed\n\n"
        "Brigstowe Bank said a systems problem had delayed some salary payments due on Friday. "
        "About 30,000 customers who expected to be paid did not see the money in their "
        "accounts until the evening. The bank said it would refund any charges caused by the "
        "delay. It said the problem was not linked to a cyber attack.",
        "2025-03-29",
        _it_problem("Brigstowe Bank"),
        id="G6",
    ),
    # Guards: the pronoun "it" before "issues" in an uneventful story is no IT problem.
    pytest.param(
        "Halberton Bank launches recycled plastic debit card\n\n"
        "Halberton Bank is to replace all its debit cards with cards made from recycled "
        "plastic, it said on Thursday. The company said it issues new cards every three years, "
        "so every customer will have the new design by 2028. Existing cards will keep working "
        "until their expiry date. The bank said the move would save about 40 tonnes of new "
        "plastic a year.",
        "2025-04-24",
        {"no_incidents": True},
        id="G7",
    ),
    pytest.param(
        "Cotterdale Home Stores profits rise as online sales grow\n\n"
        "Cotterdale Home Stores reported a 12% rise in annual profits on Thursday, helped by "
        "strong growth in online sales. The homeware retailer said customers were returning "
        "fewer items since it improved the product photos on its website. Cotterdale said it "
        "issues refunds within five days of receiving a return. It plans to open eight more "
        "stores next year.",
        "2025-05-22",
        {"no_incidents": True},
        id="G8",
    ),
    pytest.param(
        "Wolvercote Insurance reports record year\n\n"
        "Wolvercote Insurance said on Thursday that its annual profits rose by a fifth to £84 "
        "million. It issues about two million home and motor policies a year, most of them "
        "online. The insurer said it settles most claims within a week. It plans to start "
        "selling pet insurance next year.",
        "2025-06-26",
        {"no_incidents": True},
        id="G9",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(E_CASES, KNOWN_MISSES))
def test_online_banking_is_the_website_and_mobile_banking_the_app(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(F_CASES, KNOWN_MISSES))
def test_customers_unable_to_log_in_is_an_it_failure(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(G_CASES, KNOWN_MISSES))
def test_an_it_problem_is_a_technical_outage(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)

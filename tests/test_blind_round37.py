"""Blind tests, round 37: the receiver of a saying owns nothing the saying reports, and the day
the attacker's act is told dates the start, even inside a report or next to words of saying.

How these tests were written: blind. Every article below is invented (invented organisations,
people and places) and every expectation was written from the two class descriptions in the
brief alone (F: when the victim tells something to another organisation, a stock exchange, a
newspaper, a wire agency, a regulator, the dates, service statuses, restoration and data
statements of that sentence belong to the victim, and the receiver is never a victim itself;
G: the day on which the attacker's act is told is the incident start, even when the act is
told inside a notice, filing, letter or report, or next to the words of the saying, whose own
day is a disclosure and never the start), with about a third of each class written as guards
where the rule must not fire (F: an exchange, a newspaper or a regulator that tells something
and is itself the victim; G: a vulnerability advisory where an attacker only could exploit a
flaw and no one was attacked, so no incident at all, and a saying's own day that must not
become the start, whether another day is given for the attack or not). The only project files
read were tests/conftest.py, tests/blind_support.py, the output contract
/work/shared/spec/incident-record.md, the annotation conventions in
/work/shared/devset/README.md, and tests/test_blind_round36.py for its format only (its helper
functions and the KNOWN_MISSES mechanism; none of its articles). Nothing under src/, no other
test file, no case or fixture file and no dev-set article or gold file was read, and no
expectation was tuned to (or changed after seeing) the extractor's output: the file was run only
to check that it imports and runs.

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
The start date checked is the earliest `incident_start` value, as the scorer takes it.
On the run (code at 1a24862) 13 of 21 passed; the round's starting code (516865d) passes 11.
Eight cases are strict xfails with the reasons found (KNOWN_MISSES), added after the run by the
developers; no expectation was changed. Round 67's planted code ('slipped code into its
checkout page', 'code' among the planted things) passes G3: three are left. Round 69's ransom
answered ('the council had not paid any ransom' ties the council) passes G4: two are left.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import claim_pairs, date_summary, find, get, known_miss_param, run, start_days

from conftest import statuses

# Filled after the run by the developers, expectations unchanged: cases the extractor
# still misses, each a strict xfail with the reason found, so a fix shows up as an unexpected
# pass.
KNOWN_MISSES: dict[str, str] = {
    "F5-told-newspaper-tills-stopped-on-saturday-and-cards-restored": "card payments come out "
    "disrupted: a return told in a second 'that' clause after the stop is not read as later",
    "G7-quote-attacker-signed-in-with-stolen-password-on-night-of-day": "no incident found for "
    "the utility, named inside a quote's attribution ('X's managing director ... told')",
}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


# --------------------------------------------------------------------------------------------
# helpers


def names(record: dict[str, Any]) -> list[str]:
    return [i["organization"]["name"] for i in record["incidents"]]


# --------------------------------------------------------------------------------------------
# Class F: the receiver of a saying owns nothing the saying reports

# (id, published, text, victim, expectations, [receivers that are not victims]); the
# expectations hold only what the told sentence says: "start" (earliest incident_start),
# "services" ({service: status}), "claims" ([(service, status)] restoration claims) and "data"
# (data_compromised).
F_POSITIVE = [
    (
        "F1-statement-to-stock-exchange-detected-on-day-and-suspended-orders",
        "2024-03-05",
        "Corrabee Foods shuts online ordering after ransomware attack\n\n"
        "The food distributor Corrabee Foods said in a statement to the Tasman Stock Exchange "
        "on Tuesday that it had detected a ransomware attack on its network on 4 March and had "
        "suspended its online ordering platform as a precaution. The company, which supplies "
        "cafes and restaurants across Western Australia, said orders taken by phone were still "
        "being delivered. Its shares fell 6 per cent after the announcement.",
        "Corrabee Foods",
        {"start": "2024-03-04", "services": {"online_orders": "suspended"}},
        ["Tasman Stock Exchange"],
    ),
    (
        "F2-confirmed-to-wire-agency-that-app-was-restored",
        "2024-08-20",
        "Velmora Bank app working again after outage\n\n"
        "Velmora Bank's mobile app stopped working on Monday morning, leaving customers in "
        "Ostrand unable to check balances or make transfers. The bank confirmed to the Norrsund "
        "Press Agency on Monday night that the app had been restored and that payments made "
        "during the outage would go through. A spokeswoman blamed a faulty software update.",
        "Velmora Bank",
        {"services": {"mobile_app": "restored"}, "claims": [("mobile_app", "restored")]},
        ["Norrsund Press Agency"],
    ),
    (
        "F3-filing-with-securities-regulator-detected-intrusion-on-day",
        "2024-08-23",
        "Quennell Freight discloses network intrusion\n\n"
        "In a filing with the Northfield Securities Commission on Tuesday, Quennell Freight said "
        "it detected an intrusion into its network on 12 August and took its shipment tracking "
        "system offline to contain it. The Ohio trucking company said customers had been unable "
        "to follow their deliveries online since then. Quennell Freight said it was still "
        "working out whether any data had been taken.",
        "Quennell Freight",
        {"start": "2024-08-12"},
        ["Northfield Securities Commission"],
    ),
    (
        "F4-informed-data-regulator-but-no-evidence-customer-data-accessed",
        "2024-04-11",
        "Drumlarkin Credit Union closes online banking after cyber attack\n\n"
        "Drumlarkin Credit Union closed its online banking service for two days this week "
        "after a cyber attack on its computer systems. The credit union said it had informed "
        "the Eldermark Data Protection Office of the attack, but had found no evidence that any "
        "customer data was accessed. Manager Siobhan Keane said online banking was working "
        "again by Wednesday afternoon. Members were able to use the branch on Fair Street "
        "throughout.",
        "Drumlarkin Credit Union",
        {"data": False},
        ["Eldermark Data Protection Office"],
    ),
    (
        "F5-told-newspaper-tills-stopped-on-saturday-and-cards-restored",
        "2024-11-26",
        "Garrow Foodstores takes cards again after till failure\n\n"
        "Garrow Foodstores, the family-run supermarket chain in the Scottish Borders, told the "
        "Tweedside Courier on Monday that its tills had stopped taking cards on Saturday "
        "morning and that card payments had been restored at all nine of its shops by Monday "
        "lunchtime. Shoppers had been asked to pay in cash over the weekend. Managing director "
        "Callum Garrow said a fault in the chain's payment software was to blame.",
        "Garrow Foodstores",
        {
            "start": "2024-11-23",
            "services": {"card_payments": "restored"},
            "claims": [("card_payments", "restored")],
        },
        ["Tweedside Courier"],
    ),
    (
        "F6-statement-to-stock-exchange-hackers-stole-customer-details",
        "2024-10-03",
        "Ashby & Voss Travel says hackers stole customer details\n\n"
        "Ashby & Voss Travel said in a statement to the Eastmoor Stock Exchange on Thursday "
        "that hackers had stolen the names, addresses and passport numbers of some customers "
        "from its booking system. The tour operator said it had called in the police and was "
        "writing to everyone affected. Bookings were being taken as normal, it added.",
        "Ashby & Voss Travel",
        {"data": True, "services": {"customer_data": "compromised"}},
        ["Eastmoor Stock Exchange"],
    ),
    (
        "F7-told-health-authority-in-letter-pharmacy-unaffected",
        "2024-06-07",
        "Private hospital group postpones operations after ransomware attack\n\n"
        "Fellgarth Health, which runs three private hospitals in the north of England, "
        "postponed dozens of operations this week after a ransomware attack on its computer "
        "systems. The group told the Wrayside Health Authority in a letter on Thursday that its "
        "pharmacy services were unaffected and that patient records had not been accessed. "
        "Chief executive Dr Ruth Ainsley said staff had gone back to paper notes.",
        "Fellgarth Health",
        {"data": False, "services": {"pharmacy": "unaffected"}},
        ["Wrayside Health Authority"],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "expect", "receivers"), [_param(c) for c in F_POSITIVE]
)
def test_f_receiver_owns_nothing(
    published: str, text: str, victim: str, expect: dict[str, Any], receivers: list[str]
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    for receiver in receivers:
        assert find(record, receiver) is None, f"{receiver} is no victim: {names(record)}"
    if "start" in expect:
        days = start_days(incident)
        assert days and min(days) == expect["start"], date_summary(incident)
    got = statuses(incident)
    for service, status in expect.get("services", {}).items():
        assert got.get(service) == status, got
    for pair in expect.get("claims", []):
        assert pair in claim_pairs(incident), claim_pairs(incident)
    if "data" in expect:
        assert incident["data_compromised"] is expect["data"], incident["data_compromised"]


# (id, published, text, victim that tells something and is itself the victim, start day or
# None, {service: status} where the text says so plainly)
F_GUARD = [
    (
        "FG1-exchange-says-its-own-trading-platform-was-down",
        "2024-09-19",
        "Harwick Stock Exchange halts trading after system failure\n\n"
        "The Harwick Stock Exchange said its own trading platform was down for three hours on "
        "Wednesday after a fault in the software that matches buy and sell orders. The exchange "
        "told brokers in a notice that trading had resumed at 2pm and that orders placed before "
        "the fault had been cancelled. It said the failure had not been caused by a cyber "
        "attack. The Harwick Financial Conduct Board has asked the exchange for a full report.",
        "Harwick Stock Exchange",
        "2024-09-18",
        {},
    ),
    (
        "FG2-newspaper-says-its-website-was-knocked-offline",
        "2024-01-26",
        "Evening Post website knocked offline by cyber attack\n\n"
        "The Corriemoor Evening Post said on Friday that its website had been knocked offline "
        "by a cyber attack on Thursday night. The newspaper told readers in its print edition "
        "that its journalists were still working and that the paper would be printed as "
        "normal. Editor Gwen Parry said the attack had been reported to police.",
        "Corriemoor Evening Post",
        "2024-01-25",
        {"website": "disrupted"},
    ),
    (
        "FG3-data-regulator-tells-committee-its-own-portal-was-hacked",
        "2024-02-27",
        "Data watchdog's own complaints portal hacked\n\n"
        "The Corvane Data Protection Office told a parliamentary committee on Tuesday that its "
        "own online complaints portal had been hacked and taken offline on 19 February. "
        "Commissioner Anders Holm said the intruders had copied the names and email addresses "
        "of about 1,200 people who had made complaints. The office has written to everyone "
        "affected and said the portal would not return until a review was finished.",
        "Corvane Data Protection Office",
        "2024-02-19",
        {},
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "start", "services"), [_param(c) for c in F_GUARD]
)
def test_f_guard_teller_is_itself_the_victim(
    published: str, text: str, victim: str, start: str | None, services: dict[str, str]
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert incident["role"] == "primary", names(record)
    if start is not None:
        days = start_days(incident)
        assert days and min(days) == start, date_summary(incident)
    got = statuses(incident)
    for service, status in services.items():
        assert got.get(service) == status, got


# --------------------------------------------------------------------------------------------
# Class G: the day the attacker's act is told dates the start, even inside a report

# (id, published, text, victim, start day, the saying's own day or None)
G_POSITIVE = [
    (
        "G1-notice-on-wednesday-caller-rang-help-desk-on-day",
        "2024-04-11",
        "Rookwick Telecom says impostor tricked its help desk\n\n"
        "In a notice posted on its website on Wednesday, Rookwick Telecom said a caller posing "
        "as one of its engineers rang the company's IT help desk on 2 April and talked staff "
        "into resetting a manager's password. The intruder then used the account to look "
        "through customer records for six days, the broadband provider said. Rookwick Telecom "
        "has written to about 8,000 customers whose details may have been viewed.",
        "Rookwick Telecom",
        "2024-04-02",
        "2024-04-10",
    ),
    (
        "G2-intruder-logged-in-on-day-told-shareholders-in-trading-update",
        "2024-10-31",
        "Payroll system breach at Ambrey Pumps & Valves\n\n"
        "An intruder logged in to the payroll system of Ambrey Pumps & Valves on 14 October "
        "with a contractor's username and password, the company told shareholders in a trading "
        "update on Thursday. The access went unnoticed until 28 October, by which time the "
        "intruder had downloaded the bank details of about 600 employees. The company said it "
        "had reported the breach to police.",
        "Ambrey Pumps & Valves",
        "2024-10-14",
        "2024-10-31",
    ),
    (
        "G3-criminals-slipped-code-into-checkout-on-day-said-in-email",
        "2024-07-15",
        "Online gift shop says card details were skimmed\n\n"
        "Criminals slipped malicious code into the checkout page of Lantern & Lark's website on "
        "8 July, the online gift shop said in an email to customers on Monday. The code copied "
        "the card numbers shoppers typed in until it was found and removed three days later. "
        "Lantern & Lark said customers who had bought anything in that period should contact "
        "their bank.",
        "Lantern & Lark",
        "2024-07-08",
        "2024-07-15",
    ),
    (
        "G4-hackers-sent-booby-trapped-email-on-day-chief-executive-told-meeting",
        "2024-02-27",
        "Council planning system hit after phishing email\n\n"
        "Hackers sent a booby-trapped email to a finance clerk at Elmsworth District Council on "
        "19 February, chief executive Martin Oduya told a meeting of councillors on Tuesday. "
        "Once the attachment was opened, the attackers gained a foothold and later shut down "
        "the council's planning and payments systems. Mr Oduya said the council had not paid "
        "any ransom.",
        "Elmsworth District Council",
        "2024-02-19",
        "2024-02-27",
    ),
    (
        "G5-intruders-first-broke-into-gateway-on-day-disclosed-in-annual-report",
        "2024-03-18",
        "Insurer reveals two-month intrusion\n\n"
        "Investigators found that intruders first broke into Greyhaven Mutual Insurance's "
        "remote access gateway on 5 January, the insurer disclosed in its annual report on "
        "Friday. The attackers moved through its network for almost two months before they "
        "were discovered on 29 February. Greyhaven Mutual said policyholders' names and "
        "addresses had been copied but that no bank details were taken.",
        "Greyhaven Mutual Insurance",
        "2024-01-05",
        "2024-03-15",
    ),
    (
        "G6-stolen-login-got-into-database-on-day-said-in-letters-then-viewed",
        "2024-09-30",
        "Dental practice warns patients after booking system breach\n\n"
        "Someone using a stolen login got into the booking database of Cleevewood Dental "
        "Practice on 11 September, the practice said in letters sent to patients last week, "
        "and viewed names, phone numbers and appointment details. The practice said it found "
        "out on 16 September when a patient reported a suspicious text message. All staff "
        "passwords have since been changed.",
        "Cleevewood Dental Practice",
        "2024-09-11",
        None,
    ),
    (
        "G7-quote-attacker-signed-in-with-stolen-password-on-night-of-day",
        "2024-06-10",
        "Brindlemoor Water says attacker used supplier's password\n\n"
        '"The attacker signed in with a password stolen from one of our suppliers on the night '
        "of 3 June,\" Brindlemoor Water's managing director Elaine Marsh told reporters on "
        "Friday. The utility shut down its online billing system the next morning, and it has "
        "stayed offline since. Ms Marsh said water supplies had not been affected.",
        "Brindlemoor Water",
        "2024-06-03",
        "2024-06-07",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "start", "saying_day"), [_param(c) for c in G_POSITIVE]
)
def test_g_attackers_act_dates_the_start(
    published: str, text: str, victim: str, start: str, saying_day: str | None
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    days = start_days(incident)
    assert days and min(days) == start, date_summary(incident)
    if saying_day is not None:
        assert saying_day not in days, date_summary(incident)


# (id, published, text): a vulnerability advisory, an attacker only could; no incident at all
G_GUARD_ADVISORY = [
    (
        "GG1-router-advisory-an-attacker-could-take-control",
        "2024-05-29",
        "Router maker warns of flaw that could let attackers take control\n\n"
        "Quillon Networks, which makes broadband routers for homes and small offices, published "
        "an advisory on Tuesday warning that an attacker could take control of some of its "
        "routers by sending them a specially crafted web request. The flaw affects three models "
        "sold since 2021, the company said. An attacker who exploited it could read traffic "
        "passing through a router or change its settings. Quillon Networks said it knew of no "
        "case in which the flaw had been used and urged owners to install a firmware update.",
    ),
    (
        "GG2-researchers-find-weakness-that-could-let-an-attacker-see-details",
        "2024-12-12",
        "Researchers find weakness in gym booking software\n\n"
        "Security researchers at Quarrydene Labs said on Wednesday they had found a weakness in "
        "Slotwise, booking software used by hundreds of gyms, that could let an attacker see "
        "members' names and phone numbers. An attacker would only need to guess the web address "
        "of a booking page to exploit it, the researchers said. Slotwise's developer, Pellam "
        "Software, fixed the problem on 9 December and said there was no sign that anyone had "
        "taken advantage of it.",
    ),
]


@pytest.mark.parametrize(("published", "text"), [_param(c) for c in G_GUARD_ADVISORY])
def test_g_guard_advisory_is_no_incident(published: str, text: str) -> None:
    record = run(text, published)
    assert record["incidents"] == [], names(record)


# (id, published, text, victim, the saying's own day, start day or None when no day is given)
G_GUARD_SAYING_DAY = [
    (
        "GG3-on-tuesday-said-attacker-had-accessed-intrusion-began-on-sunday",
        "2024-06-05",
        "Haulier takes customer portal offline after intrusion\n\n"
        "On Tuesday, Ottersby Haulage said an attacker had accessed its computer systems and "
        "that it had taken its customer portal offline. The intrusion began late on Sunday 2 "
        "June, when the attacker used a stolen password to log in to an engineer's laptop, the "
        "haulier's operations director said. Ottersby Haulage said its lorries were still "
        "running but that customers could not book collections online.",
        "Ottersby Haulage",
        "2024-06-04",
        "2024-06-02",
    ),
    (
        "GG4-said-on-thursday-hackers-had-got-in-earlier-this-week",
        "2024-10-04",
        "Brannock council email hacked\n\n"
        "Brannock County Council said on Thursday that hackers had got into its email system "
        "earlier this week and sent fake invoices to some of its suppliers. The council said it "
        "had shut down staff email while the attack was investigated. Residents can still "
        "contact the council by phone, a spokesman said.",
        "Brannock County Council",
        "2024-10-03",
        None,
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "saying_day", "start"),
    [_param(c) for c in G_GUARD_SAYING_DAY],
)
def test_g_guard_saying_day_is_not_the_start(
    published: str, text: str, victim: str, saying_day: str, start: str | None
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    days = start_days(incident)
    assert saying_day not in days, date_summary(incident)
    if start is not None:
        assert days and min(days) == start, date_summary(incident)

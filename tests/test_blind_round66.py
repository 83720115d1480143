"""Blind round 66: acceptance cases written from the class description and the contract alone.

Classes:

E. A service excepted from a statement about the others: the state of a business's services is
   told as a whole with one named as the exception ("apart from", "except", "with the exception
   of", "other than", "save for", "but not", "bar", "excluding", "aside from"). The excepted
   service takes the contrary state: when the others are back or working it is still down
   (disrupted; suspended where it is kept off on purpose; restoration_expected where its return
   is dated), and when the others are down it kept working (unaffected). Services the sentence
   names as back keep restored, and the excepted one gets no restoration claim of its own.
   E1 ransomware at the supermarket Haddlesey Foods, "Everything is back to normal apart from
   gift cards." (gift_cards disrupted, no gift_cards restored claim); E2 a faulty update at
   Blythmere Building Society, "all services had been restored except the mobile app"
   (mobile_app disrupted, no mobile_app restored claim); E3 a cyber attack on Ambleyard Home,
   "Online orders, home delivery and the app are working again, with the exception of click and
   collect, which remains suspended." (online_orders, home_delivery, mobile_app restored;
   click_and_collect suspended, no restored claim for it); E4 a cyber attack on Heronsgate
   Airways, "its website, mobile app and customer service lines were back up and running,
   except for its loyalty scheme, which will return on Monday" (website, mobile_app,
   customer_service restored; loyalty_program restoration_expected, no restored claim for it);
   E5 ransomware at Dewsbrook Pharmacy, fronted "Apart from home delivery, all of Dewsbrook's
   services are now working normally" (home_delivery disrupted, no restored claim for it); E6 a
   cyber attack on Tenterby Software, fronted, others down: "Aside from its website, all of
   Tenterby's customer-facing systems went offline, including its mobile app and its customer
   support helpline." (website unaffected; mobile_app, customer_service disrupted); E7 a cyber
   attack on Castlebeck Borough Council, others down: "Everything bar the website went down,
   leaving residents unable to call the council's contact centre." (website unaffected,
   customer_service disrupted); E8 a power failure at Inchbrae Royal Infirmary, others down:
   "Every service at the hospital went down except for the pharmacy, which kept dispensing
   medicines on backup power." (pharmacy unaffected; mobile_app, website disrupted from the next
   sentence); E9 a faulty update at Yarrowfield Bank, fronted, others down: "Other than card
   payments, all of the bank's services were unavailable, with online banking, the mobile app
   and its helpline all down for more than ten hours." (card_payments unaffected, mobile_app
   disrupted); E10 a cyber attack on Ludlow Pike, "Tills, card payments and online orders were
   all restored by Friday, but not the pharmacy" (card_payments, online_orders restored with a
   card_payments restored claim; pharmacy disrupted, no restored claim for it); E11 ransomware at
   Sorrelgate, "All of its services, excluding returns and refunds, are back online"
   (returns_refunds disrupted, no restored claim for it; online_orders restored from "its
   online shop is trading again"); E12 a hardware fault at Birchanger Fresh, "Every service save
   for contactless payments is running normally" (contactless_payments disrupted, no restored
   claim for it); E13 a cyber attack on Elsworth Reed, fronted with a relative clause: "Except
   for click and collect, which will return next week, all services at Elsworth Reed have been
   restored" (click_and_collect restoration_expected, no restored claim for it); E14 a cyber
   attack on Lowther Vane, "all of its systems are back online other than its loyalty scheme,
   which it has switched off while security checks continue" (loyalty_program suspended, no
   restored claim for it).
   Guards, exception words that except no service from a state of services:
   E15 guards places excepted, not services: a power failure at Nethercote, "All stores except
   those in Wales reopened on Tuesday" (stores present and not unaffected); E16 guards data
   excepted from a denial: a cyber attack on Stowbridge Energy, "no data other than names and
   email addresses was taken" (data_compromised True: names and emails were taken); E17 guards
   a time excepted, not a service: ransomware at Trevannick Water's call centre, "The website
   works normally except on Sunday nights, when it is updated" (customer_service disrupted,
   website not disrupted); E18 guards a firm excepted from "no one": a cyber attack on Arkendale
   Housing, "no one other than engineers from Bellhanger Systems, its IT contractor, had
   access" (Arkendale Housing primary, Bellhanger Systems no incident); E19 guards "other than"
   as a kind of payment: a faulty update at Cobbhall Books, "Customers who paid by means other
   than gift cards were not affected" (gift_cards disrupted, not unaffected); E20 guards "bar"
   as a noun: a cyber attack on Dunstaffan Leisure, "at the clubhouse bar card payments failed
   for most of Saturday evening" (card_payments disrupted, website restored).

On the first run (the committed code at 5207d14; the working tree held no edits but this
file), 6 of 20 cases passed: E2, E5, E15, E17, E18 and E20. No case was corrected after it.
Positives: 2 of 14. Read: E2 ("all services had been restored except the mobile app": the app
stays disrupted from the opening sentence, the restoration kept as a general
partially_restored claim scoped "except") and E5 ("Apart from home delivery, all of
Dewsbrook's services are now working normally": home delivery stays disrupted from the
sentence before, a general partially_restored claim scoped "Apart from"). In both the
excepted service keeps an earlier state; the exception sentence itself gives it none.
Missed: E1 (gift_cards never read, not even from "unable to ... redeem gift cards" in the
opening; only a general partially_restored claim scoped "apart from"); E3 (the three named
services partially_restored with the scope "with the exception of", not restored;
click_and_collect not read); E4 (the named website, mobile_app and customer_service given
restoration_expected, the excepted scheme's "which will return on Monday" spread to the
whole sentence; loyalty_program not read); E6 ("Aside from its website": no website service;
mobile_app and customer_service disrupted as expected); E7 ("Everything bar the website went
down": website disrupted, customer_service disrupted as expected); E8 ("went down except for
the pharmacy, which kept dispensing": pharmacy disrupted; app and website disrupted as
expected); E9 ("Other than card payments, all ... were unavailable": no card_payments; the
app disrupted as expected); E10 (card_payments and online_orders restored with claims as
expected, but the pharmacy suspended from "took down ... the in-store pharmacies", where the
text tells no deliberate pause); E11 ("excluding returns and refunds": no returns_refunds,
a general restored claim; online_orders restored as expected); E12 ("Every service save for
contactless payments is running normally": contactless_payments unaffected, the opposite);
E13 ("Except for click and collect, which will return next week": no click_and_collect, a
general restoration_expected claim); E14 ("other than its loyalty scheme, which it has
switched off": the scheme not read from that sentence; loyalty_program unaffected from
"Members' points balances are safe"; a general partially_restored claim).
Guards: 4 of 6. Kept: E15 (stores partially_restored, not unaffected; but "Welsh" was
taken as a related organisation with stores suspended, not asserted here), E17 (website
unaffected, customer_service disrupted), E18 (Bellhanger Systems no incident; a general
partially_restored claim scoped "other than" was made from "the attack had been contained
and ... no one other than engineers ...", not asserted here), E20 (card_payments disrupted
after "the clubhouse bar card payments failed", website restored). Missed: E16
(data_compromised False: "no data other than names and email addresses was taken" read as a
denial, customer_data unaffected); E19 (gift_cards restored, but not from the guarded "other
than gift cards" sentence: from "Gift card balances are safe and will not expire during the
outage", read as a restoration claim).

After round 66's rules (an exception leaves its service out of what the sentence tells of
the rest, which gives it the contrary state, or its own relative clause's; the clause's cues
and dates are the excepted service's alone; 'save for', 'aside from', 'but not'
and 'bar' before a determiner beside a whole are exceptions; an exception of a time limits
no return): 17 of 20. Left: E10 (the pharmacy keeps the 'suspended' an attack's 'took down'
gave it: the exception's 'not restored' leaves a service as it was), E14 and E19 ('points
balances are safe', 'gift card balances are safe' read as the scheme or the cards working).
The E14 reading changed: the excepted scheme is now read as switched off, and the later
sentence makes it restored.

After round 67's rule (the value held in a service said safe gives the service no state):
19 of 20; E14 and E19 pass. Left: E10.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses

KNOWN_MISSES: dict[str, str] = {
    "E10": "pharmacy suspended (from 'took down ... the in-store pharmacies'), not disrupted",
}

E_CASES = [
    pytest.param(
        "Haddlesey Foods recovers from ransomware attack\n\n"
        "Supermarket chain Haddlesey Foods has recovered from a ransomware attack that hit its "
        "systems last week, leaving shoppers unable to pay by card or redeem gift cards at its "
        "140 stores.\n\n"
        "The attack was detected on 11 March, and the company took several systems offline as a "
        "precaution while specialists investigated.\n\n"
        'On Monday a spokesperson said: "Everything is back to normal apart from gift cards."\n\n'
        "The retailer apologised to customers for the inconvenience.",
        "2025-03-18",
        {
            "statuses": {"Haddlesey Foods": {"gift_cards": "disrupted"}},
            "no_claims": {"Haddlesey Foods": [("gift_cards", "restored")]},
        },
        id="E1",
    ),
    pytest.param(
        "Blythmere Building Society customers locked out after faulty update\n\n"
        "Customers of Blythmere Building Society were unable to log in to online banking, use "
        "the mobile app or get through to its call centre on Monday after a faulty software "
        "update brought down its systems.\n\n"
        "The society said the problem was caused by a routine update to its core banking "
        "platform and was not the result of a cyber attack.\n\n"
        "By Tuesday evening the society said all services had been restored except the mobile "
        "app.\n\n"
        "Members were advised to use online banking on a computer in the meantime.",
        "2025-05-07",
        {
            "statuses": {"Blythmere Building Society": {"mobile_app": "disrupted"}},
            "no_claims": {"Blythmere Building Society": [("mobile_app", "restored")]},
        },
        id="E2",
    ),
    pytest.param(
        "Ambleyard Home restores online orders after cyber attack\n\n"
        "Homeware retailer Ambleyard Home has brought most of its online services back after a "
        "cyber attack that forced it to halt online trading for nine days.\n\n"
        "The company discovered the attack on 30 May and shut down its website, app and "
        "delivery operations to contain it.\n\n"
        'In an update on Wednesday, Ambleyard said: "Online orders, home delivery and the app '
        "are working again, with the exception of click and collect, which remains "
        'suspended."\n\n'
        "Its 60 stores stayed open throughout the incident.",
        "2025-06-12",
        {
            "statuses": {
                "Ambleyard Home": {
                    "online_orders": "restored",
                    "home_delivery": "restored",
                    "mobile_app": "restored",
                    "click_and_collect": "suspended",
                }
            },
            "no_claims": {"Ambleyard Home": [("click_and_collect", "restored")]},
        },
        id="E3",
    ),
    pytest.param(
        "Heronsgate Airways systems back after cyber attack\n\n"
        "Regional carrier Heronsgate Airways says its systems are back up and running after a "
        "cyber attack on Saturday left passengers unable to manage their bookings online.\n\n"
        "Flights continued to operate, but passengers faced long queues at check-in desks "
        "across the weekend.\n\n"
        "On Wednesday a spokesperson said its website, mobile app and customer service lines "
        "were back up and running, except for its loyalty scheme, which will return on "
        "Monday.\n\n"
        "The airline said it had reported the attack to the Information Commissioner's Office "
        "as a precaution.",
        "2025-09-04",
        {
            "statuses": {
                "Heronsgate Airways": {
                    "website": "restored",
                    "mobile_app": "restored",
                    "customer_service": "restored",
                    "loyalty_program": "restoration_expected",
                }
            },
            "no_claims": {"Heronsgate Airways": [("loyalty_program", "restored")]},
        },
        id="E4",
    ),
    pytest.param(
        "Dewsbrook Pharmacy recovering from ransomware attack\n\n"
        "Pharmacy chain Dewsbrook Pharmacy says it is recovering from a ransomware attack that "
        "knocked out its prescription and ordering systems across 85 branches last week.\n\n"
        "Patients were told to expect delays collecting prescriptions, and the company's home "
        "delivery service for housebound customers was badly disrupted.\n\n"
        "Apart from home delivery, all of Dewsbrook's services are now working normally, the "
        "company said on Thursday.\n\n"
        "The chain said it was working with the National Cyber Security Centre.",
        "2025-02-20",
        {
            "statuses": {"Dewsbrook Pharmacy": {"home_delivery": "disrupted"}},
            "no_claims": {"Dewsbrook Pharmacy": [("home_delivery", "restored")]},
        },
        id="E5",
    ),
    pytest.param(
        "Tenterby Software customers hit by outage after cyber attack\n\n"
        "Business software firm Tenterby Software was hit by a cyber attack on Monday that took "
        "its cloud accounting platform offline for thousands of small businesses.\n\n"
        "Aside from its website, all of Tenterby's customer-facing systems went offline, "
        "including its mobile app and its customer support helpline.\n\n"
        "The company said it was investigating with outside experts and had no evidence that "
        "customer data had been accessed.\n\n"
        "It posted updates on its website throughout the day.",
        "2025-04-15",
        {
            "statuses": {
                "Tenterby Software": {
                    "website": "unaffected",
                    "mobile_app": "disrupted",
                    "customer_service": "disrupted",
                }
            },
        },
        id="E6",
    ),
    pytest.param(
        "Castlebeck council hit by cyber attack\n\n"
        "Castlebeck Borough Council has been hit by a cyber attack that brought down its IT "
        "systems on Tuesday morning.\n\n"
        "Everything bar the website went down, leaving residents unable to call the council's "
        "contact centre.\n\n"
        "The council said it was using the website to post updates for residents.\n\n"
        "The attack has been reported to the police and the National Cyber Security Centre.",
        "2025-01-22",
        {
            "statuses": {
                "Castlebeck Borough Council": {
                    "website": "unaffected",
                    "customer_service": "disrupted",
                }
            },
        },
        id="E7",
    ),
    pytest.param(
        "Power failure knocks out systems at Inchbrae Royal Infirmary\n\n"
        "A power failure at Inchbrae Royal Infirmary on Sunday knocked out its computer systems "
        "for more than six hours, forcing staff to switch to paper records.\n\n"
        "Every service at the hospital went down except for the pharmacy, which kept "
        "dispensing medicines on backup power. Its patient app and website were offline all "
        "afternoon.\n\n"
        "The hospital said the cause of the failure was being investigated and that patient "
        "care had not been compromised.",
        "2025-11-03",
        {
            "statuses": {
                "Inchbrae Royal Infirmary": {
                    "pharmacy": "unaffected",
                    "mobile_app": "disrupted",
                    "website": "disrupted",
                }
            },
        },
        id="E8",
    ),
    pytest.param(
        "Yarrowfield Bank customers hit by day-long outage\n\n"
        "Customers of Yarrowfield Bank were unable to access their accounts for most of "
        "Thursday after a faulty update to its systems triggered a nationwide outage.\n\n"
        "Other than card payments, all of the bank's services were unavailable, with online "
        "banking, the mobile app and its helpline all down for more than ten hours.\n\n"
        "Yarrowfield apologised and said it would compensate anyone left out of pocket.",
        "2025-07-11",
        {
            "statuses": {
                "Yarrowfield Bank": {
                    "card_payments": "unaffected",
                    "mobile_app": "disrupted",
                }
            },
        },
        id="E9",
    ),
    pytest.param(
        "Ludlow Pike restores tills after cyber attack\n\n"
        "Department store chain Ludlow Pike has brought most of its systems back after a cyber "
        "attack that left its 32 stores unable to take card payments for four days.\n\n"
        "The attack, which the company detected on 6 October, also took down its online shop "
        "and the in-store pharmacies it runs in 20 branches.\n\n"
        "Tills, card payments and online orders were all restored by Friday, but not the "
        "pharmacy, the company said in a statement.\n\n"
        "Customers with prescriptions were asked to use other pharmacies until further notice.",
        "2025-10-13",
        {
            "statuses": {
                "Ludlow Pike": {
                    "card_payments": "restored",
                    "online_orders": "restored",
                    "pharmacy": "disrupted",
                }
            },
            "claims": {"Ludlow Pike": [("card_payments", "restored")]},
            "no_claims": {"Ludlow Pike": [("pharmacy", "restored")]},
        },
        id="E10",
    ),
    pytest.param(
        "Sorrelgate online shop back after ransomware attack\n\n"
        "Fashion retailer Sorrelgate says its online shop is trading again after a ransomware "
        "attack forced it to pause orders for more than a week.\n\n"
        "The company said it had detected the attack on 21 February and taken systems offline "
        "to stop it spreading.\n\n"
        "All of its services, excluding returns and refunds, are back online, a spokesperson "
        "said on Tuesday.\n\n"
        "Customers waiting for refunds have been asked to keep their receipts.",
        "2025-03-05",
        {
            "statuses": {
                "Sorrelgate": {
                    "returns_refunds": "disrupted",
                    "online_orders": "restored",
                }
            },
            "no_claims": {"Sorrelgate": [("returns_refunds", "restored")]},
        },
        id="E11",
    ),
    pytest.param(
        "Birchanger Fresh card payment problems ease\n\n"
        "Supermarket chain Birchanger Fresh says its stores are trading normally again after an "
        "IT failure on Saturday left shoppers unable to pay by card at its tills.\n\n"
        "The retailer blamed a hardware fault in its data centre.\n\n"
        "Every service save for contactless payments is running normally, the company said on "
        "Monday, and customers have been asked to insert their cards instead.\n\n"
        "Birchanger Fresh runs 210 supermarkets across the Midlands and the north of England.",
        "2025-08-19",
        {
            "statuses": {"Birchanger Fresh": {"contactless_payments": "disrupted"}},
            "no_claims": {"Birchanger Fresh": [("contactless_payments", "restored")]},
        },
        id="E12",
    ),
    pytest.param(
        "Elsworth Reed restores systems after cyber attack\n\n"
        "Outdoor clothing retailer Elsworth Reed is recovering from a cyber attack last month "
        "that disrupted online orders and deliveries in the run-up to Black Friday.\n\n"
        "The company said it first noticed suspicious activity on 24 November.\n\n"
        "Except for click and collect, which will return next week, all services at Elsworth "
        "Reed have been restored, the company said on Monday.\n\n"
        "Customers who placed click and collect orders before the attack are being offered "
        "free home delivery instead.",
        "2025-12-02",
        {
            "statuses": {"Elsworth Reed": {"click_and_collect": "restoration_expected"}},
            "no_claims": {"Elsworth Reed": [("click_and_collect", "restored")]},
        },
        id="E13",
    ),
    pytest.param(
        "Lowther Vane systems back online after cyber attack\n\n"
        "Garden centre chain Lowther Vane says it has recovered from a cyber attack last week "
        "that disrupted payments at its 45 garden centres.\n\n"
        "The company said all of its systems are back online other than its loyalty scheme, "
        "which it has switched off while security checks continue.\n\n"
        "Members' points balances are safe, the company said.",
        "2025-04-29",
        {
            "statuses": {"Lowther Vane": {"loyalty_program": "suspended"}},
            "no_claims": {"Lowther Vane": [("loyalty_program", "restored")]},
        },
        id="E14",
    ),
    pytest.param(
        "Nethercote reopens stores after IT failure\n\n"
        "Department store group Nethercote closed all 48 of its stores on Monday after a power "
        "failure at its main data centre knocked out its tills and stock systems.\n\n"
        "All stores except those in Wales reopened on Tuesday, the company said, while its six "
        "Welsh branches remain closed as engineers replace damaged equipment.\n\n"
        "The group apologised to customers and staff.",
        "2025-06-25",
        {
            "has_service": {"Nethercote": ["stores"]},
            "not_status": {"Nethercote": {"stores": "unaffected"}},
        },
        id="E15",
    ),
    pytest.param(
        "Stowbridge Energy hit by cyber attack\n\n"
        "Energy supplier Stowbridge Energy has been hit by a cyber attack that forced it to take "
        "its customer portal offline on Friday.\n\n"
        "The company said no data other than names and email addresses was taken, and that no "
        "bank details or passwords had been exposed.\n\n"
        "Customers have been warned to look out for phishing emails.",
        "2025-02-11",
        {"data_compromised": {"Stowbridge Energy": True}},
        id="E16",
    ),
    pytest.param(
        "Trevannick Water call centre down after ransomware attack\n\n"
        "Trevannick Water's call centre has been out of action since Thursday after a "
        "ransomware attack on the company's telephone systems.\n\n"
        "Customers have been unable to report leaks or query bills by phone, and the company has "
        "asked them to use its website instead.\n\n"
        "The website works normally except on Sunday nights, when it is updated, a spokesperson "
        "said.\n\n"
        "The company said engineers were working to restore the phone lines.",
        "2025-09-23",
        {
            "statuses": {"Trevannick Water": {"customer_service": "disrupted"}},
            "not_status": {"Trevannick Water": {"website": "disrupted"}},
        },
        id="E17",
    ),
    pytest.param(
        "Arkendale Housing tenants hit by cyber attack\n\n"
        "Housing association Arkendale Housing says a cyber attack on Saturday took down its "
        "repairs hotline and tenant portal, leaving thousands of tenants unable to report "
        "problems.\n\n"
        "The association said the attack had been contained and that no one other than "
        "engineers from Bellhanger Systems, its IT contractor, had access to the affected "
        "servers while the investigation was under way.\n\n"
        "Tenants have been asked to report emergency repairs in person at its offices.",
        "2025-05-20",
        {"primary": "Arkendale Housing", "absent": ["Bellhanger Systems"]},
        id="E18",
    ),
    pytest.param(
        "Cobbhall Books gift cards not working after IT fault\n\n"
        "Bookseller Cobbhall Books says gift cards cannot be redeemed in its shops or online "
        "after a faulty software update on Sunday.\n\n"
        "Customers who paid by means other than gift cards were not affected, the company "
        "said.\n\n"
        "Gift card balances are safe and will not expire during the outage, it added.",
        "2025-11-25",
        {
            "statuses": {"Cobbhall Books": {"gift_cards": "disrupted"}},
            "not_status": {"Cobbhall Books": {"gift_cards": "unaffected"}},
        },
        id="E19",
    ),
    pytest.param(
        "Dunstaffan Leisure guests hit by payment outage\n\n"
        "Holiday park operator Dunstaffan Leisure says a cyber attack on Saturday knocked out "
        "card machines and its booking website at its 12 parks.\n\n"
        "The company said its booking website was back online on Sunday.\n\n"
        "Guests said that at the clubhouse bar card payments failed for most of Saturday "
        "evening, and staff could only take cash.",
        "2025-08-04",
        {
            "statuses": {
                "Dunstaffan Leisure": {
                    "card_payments": "disrupted",
                    "website": "restored",
                }
            },
        },
        id="E20",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(E_CASES, KNOWN_MISSES))
def test_a_service_excepted_from_a_statement_about_the_others(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)

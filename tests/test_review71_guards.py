"""Guards from the reviews of round 71's first rules (c863c6f), on the reviewers' own
articles: each pins the whole outcome (who is hit, in which role, with which services and
claims).

EARLIER_CASES are stories c863c6f broke: follow-ups that tell their own incident of a year or
more ago with no word setting it apart (a court case, a fine, an audit, a lawsuit, an
anniversary, an annual report: "In January 2024 the council took its website and email
offline", "On 14 March 2024, the gang encrypted the firm's servers"), retrospectives with an
undated sentence ("Staff used paper records for weeks"), "last year" in a story of the new
year about an attack in November ("Click and collect was restored late last year"), a present
statement beside a recap in its relative clause ("Card payments, which failed ... last year,
were not affected this time"), a denial of theft in a sentence dated to the story's own
attack ("no evidence that visitors' payment details were taken in the 2023 attack"), and a
count that looks like a year ("Card payments were restored in 2024 branches").

EARLIER_GAINS are stories of a new incident whose earlier one the mended rules still set
aside: told apart by words ("its previous attack, in 2021,", "the separate February 2024
attack") or recalled beside an incident of the story's own that began within the year
("detected on Saturday", "since Sunday").

NAME_CASES are stories c863c6f broke by dropping a service word inside a name where the name
is the subject of the service's state ("The Marlow Coffee App is working again", "Wexford
Stores reopened"), or where the body's words were not in the lexicon ("has restored its
prescription service", "has resumed dispensing"); and pharmacies "open and dispensing
normally" beside an online prescription ordering service that is down (no return of the
pharmacy service).

FOLLOW_UP_CASES come from the review of the mends (4f9067d): follow-ups whose own states sat
beside words of other things ("Before sentencing", "Prior to his departure", "earlier this
month", "A second failure", "Another trust ... a similar claim"), and late disclosures whose
day of detection came after a state of the same intrusion ("first got in in November 2023 ...
suspended its online booking system in January 2024 ... detected the intrusion on 14
January").

THEFT_TOLD_CASES come from the review of the rules for thefts not told (withdrawn): thefts
told as fact beside a warning, a risk or a habit in the same sentence ("saying the hackers
had stolen ...", "now that the hackers have stolen", "the stolen files, which are often ...",
"could be at risk because their ... were stolen", "Customer data is often a target, and in
this case hackers stole ...") and beside a denial of something else ("did not show the full
list of files it stole", "have not established how the hackers stole", "no proof that it had
stolen guest data, but the company confirmed that it had").

LATER_NAME_CASES: "the Bexley Online Store" (a service named by its brand after a
determiner, no organisation) and "Tarrow Pharmacy remained closed" (the name the subject of
its service's state through "remain").

FINAL_CASES come from the review of de00e3e: follow-ups whose own states sat after a
sentence that tells another organisation's incident ("They are also suspected of involvement
in another attack, on a Dutch logistics company", "A similar attack hit neighbouring
Castlegate Council in 2023") or the victim's own earlier one ("The council had been hit
before, in 2019"), "last year's attack" naming the story's own, and "Meadowbank Pharmacy
said it hoped to reopen on Wednesday" (the name saying of itself what its service will do).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import outcome

Extract = Callable[..., dict[str, Any]]

EARLIER_CASES = [
    pytest.param(
        (
            "One year on, Tamsworth Council still counting cost of cyber attack\n"
            "\n"
            "A year after a ransomware attack crippled its computer systems, Tamsworth Borough "
            "Council says it is still rebuilding.\n"
            "\n"
            "In January 2024 the council took its website and email offline after criminals "
            "encrypted its servers. Residents were unable to pay council tax online or report "
            "missed bin collections for almost seven weeks.\n"
            "\n"
            "The website was brought back in March 2024, and council tax payments were restored "
            "shortly afterwards.\n"
            "\n"
            "But the planning portal remains unavailable, and officers are still processing "
            "applications on paper. A council spokesperson said the portal should return by the "
            "end of February.\n"
            "\n"
            "The council confirmed at the time that the attackers had stolen some residents' "
            "personal data, which was later published online.\n"
        ),
        "2025-01-22",
        [("Tamsworth Borough Council", "primary")],
        {
            "Tamsworth Borough Council": {
                "online_orders": "disrupted",
                "website": "restoration_expected",
                "card_payments": "restored",
                "customer_data": "compromised",
                "internal_systems": "disrupted",
            }
        },
        [
            ("card_payments", "restored"),
            ("website", "restoration_expected"),
            ("website", "restored"),
        ],
        id="a02_anniversary_council",
    ),
    pytest.param(
        (
            "Glenmoor Building Society fined £750,000 over 2023 data breach\n"
            "\n"
            "The Information Commissioner's Office has fined Glenmoor Building Society £750,000 "
            "after hackers stole the personal details of 80,000 members in 2023.\n"
            "\n"
            "The regulator said the society had failed to patch a known flaw in a file-transfer "
            "system, which criminals exploited in May 2023 to copy names, addresses and account "
            "numbers.\n"
            "\n"
            "In 2023 the society also suspended its online banking for three days while it "
            "investigated the breach.\n"
            "\n"
            "Glenmoor said it accepted the findings. \"Our members' data is now far better "
            'protected, and our online banking has run without interruption since," a '
            "spokesperson said.\n"
            "\n"
            "The society, founded in 1874, has 31 branches across the north-west of England.\n"
        ),
        "2025-06-04",
        [
            ("Glenmoor Building Society", "primary"),
            ("Information Commissioner's Office", "related"),
        ],
        {
            "Glenmoor Building Society": {
                "website": "suspended",
                "customer_data": "compromised",
                "internal_systems": "disrupted",
            },
            "Information Commissioner's Office": {},
        },
        [],
        id="a03_regulator_fine_building_society",
    ),
    pytest.param(
        (
            "Kirkby library catalogue still offline 16 months after hack\n"
            "\n"
            "Kirkby Libraries' online catalogue has been unavailable since October 2023, when a "
            "ransomware attack hit Kirkby Metropolitan Council.\n"
            "\n"
            "In October 2023 the council shut down all library computers and suspended e-book "
            "lending while experts investigated.\n"
            "\n"
            "E-book lending was restored in January 2024, the council said, but members still "
            "cannot renew books or reserve titles online.\n"
            "\n"
            "The council expects the catalogue to return in the spring, after a new system is "
            "installed.\n"
            "\n"
            "A group calling itself Rhysida claimed the attack and published data it said had "
            "been stolen from the council.\n"
        ),
        "2025-02-03",
        [("Kirkby Libraries", "primary"), ("Kirkby Metropolitan Council", "related")],
        {"Kirkby Libraries": {"internal_systems": "suspended"}, "Kirkby Metropolitan Council": {}},
        [],
        id="a07_library_since_2023",
    ),
    pytest.param(
        (
            "Card payment fault hits Dunmore Stores\n"
            "\n"
            "Shoppers were unable to pay by card in 2000 stores across the country on Saturday "
            "after a fault at Dunmore Stores' payment provider.\n"
            "\n"
            "The convenience chain, which trades from 2400 shops, said the problem began at "
            "about 9am and affected contactless and chip-and-pin payments.\n"
            "\n"
            "Card payments were restored in 2024 branches by the afternoon, the company said, "
            "with the remaining shops back to normal by Sunday.\n"
            "\n"
            "Dunmore said no customer data had been compromised.\n"
        ),
        "2025-05-14",
        [("Dunmore Stores", "primary"), ("Shoppers", "related")],
        {
            "Dunmore Stores": {
                "contactless_payments": "restored",
                "card_payments": "restored",
                "customer_data": "unaffected",
            },
            "Shoppers": {"card_payments": "disrupted"},
        },
        [("card_payments", "restored")],
        id="a11_numbers_like_years",
    ),
    pytest.param(
        (
            "Three jailed over attack on Haverleigh Logistics\n"
            "\n"
            "Three men have been jailed for a ransomware attack that brought the parcel firm "
            "Haverleigh Logistics to a standstill, Southwark Crown Court heard.\n"
            "\n"
            "On 14 March 2024, the gang encrypted the firm's servers, and Haverleigh shut down "
            "its email and warehouse systems.\n"
            "\n"
            "Deliveries to the firm's retail customers were delayed for almost three weeks, the "
            "court heard.\n"
            "\n"
            "Haverleigh's warehouse systems were fully restored by April 2024, prosecutors said.\n"
            "\n"
            'The judge said the attack had caused "enormous harm" to the company and its 900 '
            "staff.\n"
        ),
        "2025-04-01",
        [("Haverleigh Logistics", "primary")],
        {"Haverleigh Logistics": {"stock_and_supply": "restored", "internal_systems": "suspended"}},
        [("stock_and_supply", "restored")],
        id="a20_court_timeline",
    ),
    pytest.param(
        (
            "Bremner Group annual report reveals cost of ransomware attack\n"
            "\n"
            "The engineering supplies distributor Bremner Group has disclosed that a ransomware "
            "attack cost it £6.5m, in its annual report published on Wednesday.\n"
            "\n"
            "During 2024 a ransomware attack disrupted the group's warehouse systems for three "
            "weeks and forced it to take its trade website offline.\n"
            "\n"
            "The report said all systems had since been restored and that the trade website was "
            "now operating normally.\n"
            "\n"
            "Bremner said there was no evidence that customer or employee data had been taken.\n"
        ),
        "2025-03-26",
        [("Bremner Group", "primary")],
        {
            "Bremner Group": {
                "website": "restored",
                "stock_and_supply": "restored",
                "customer_data": "unaffected",
                "employee_data": "unaffected",
                "internal_systems": "restored",
            }
        },
        [("None", "restored"), ("website", "restored")],
        id="a32_annual_report_during_2024",
    ),
    pytest.param(
        (
            "How the Selby Outfitters hack unfolded\n"
            "\n"
            "Two years ago, the clothing chain Selby Outfitters was hit by one of the most "
            "damaging cyber attacks on a British retailer.\n"
            "\n"
            "In May 2023 criminals encrypted the company's servers, and Selby shut down its "
            "website and online orders.\n"
            "\n"
            "Its 60 stores could only accept cash for three days, and deliveries to stores were "
            "disrupted for a month.\n"
            "\n"
            "The website returned in July 2023, ten weeks after the attack.\n"
        ),
        "2025-06-02",
        [("Selby Outfitters", "primary")],
        {
            "Selby Outfitters": {
                "online_orders": "suspended",
                "website": "restored",
                "card_payments": "disrupted",
                "stock_and_supply": "disrupted",
                "internal_systems": "disrupted",
            }
        },
        [("website", "restored")],
        id="a33_retrospective_no_current",
    ),
    pytest.param(
        (
            "How the Selby Outfitters hack unfolded\n"
            "\n"
            "Two years ago, the clothing chain Selby Outfitters was hit by one of the most "
            "damaging cyber attacks on a British retailer.\n"
            "\n"
            "In May 2023 criminals encrypted the company's servers, and Selby shut down its "
            "website and online orders.\n"
            "\n"
            "Its 60 stores could only accept cash for three days, and deliveries to stores were "
            "disrupted for a month.\n"
            "\n"
            "The website returned in July 2023, ten weeks after the attack. Today it works "
            "normally, and the company says online sales are at a record high.\n"
        ),
        "2025-06-02",
        [("Selby Outfitters", "primary")],
        {
            "Selby Outfitters": {
                "online_orders": "suspended",
                "website": "restored",
                "card_payments": "disrupted",
                "stock_and_supply": "disrupted",
                "internal_systems": "disrupted",
            }
        },
        [("website", "restored")],
        id="a34_retrospective_with_today",
    ),
    pytest.param(
        (
            "Former IT contractor charged over Lindum Water cyber attack\n"
            "\n"
            "A former IT contractor has been charged in connection with a cyber attack on Lindum "
            "Water, police said on Tuesday.\n"
            "\n"
            "The attack, in early 2024, knocked out the utility's billing system and customer "
            "helpline for several days.\n"
            "\n"
            "Police said the 41-year-old man had been charged with unauthorised access to "
            "computer material.\n"
            "\n"
            "Lindum Water said its billing system and helpline were working normally and that it "
            "was co-operating with the investigation.\n"
        ),
        "2025-03-19",
        [("Lindum Water", "primary")],
        {"Lindum Water": {"customer_service": "restored", "internal_systems": "restored"}},
        [("customer_service", "restored"), ("internal_systems", "restored")],
        id="a35_early_2024_apposition",
    ),
    pytest.param(
        (
            "Fenwick Convenience online grocery orders hit by IT fault\n"
            "\n"
            "Fenwick Convenience says an IT fault has disrupted online grocery orders and home "
            "deliveries across Northern Ireland.\n"
            "\n"
            "The company said the problem began on Tuesday morning and was caused by a failed "
            "upgrade to its ordering system.\n"
            "\n"
            "Card payments, which failed at hundreds of its stores during an outage last year, "
            "were not affected this time, and all 310 shops were trading normally.\n"
            "\n"
            "Fenwick said it expected online orders to resume on Wednesday.\n"
        ),
        "2025-07-09",
        [("Fenwick Convenience", "primary")],
        {
            "Fenwick Convenience": {
                "online_orders": "restoration_expected",
                "card_payments": "unaffected",
                "home_delivery": "disrupted",
                "stores": "unaffected",
            }
        },
        [("online_orders", "restoration_expected")],
        id="a47_card_payments_failed_last_year",
    ),
    pytest.param(
        (
            "Man jailed for hacking Penrose Books\n"
            "\n"
            "A man who hacked the bookseller Penrose Books and demanded a ransom has been jailed "
            "for four years.\n"
            "\n"
            "On 3 January 2024 Daniel Cray stole the email addresses of 60,000 customers, and "
            "the company shut down its online shop for a week, Bristol Crown Court heard.\n"
            "\n"
            "Penrose also disabled its gift card system while it investigated.\n"
            "\n"
            "The court heard Penrose's online shop and gift cards now work normally and that the "
            "company had spent £400,000 on the response.\n"
        ),
        "2025-02-20",
        [("Penrose Books", "primary"), ("Bristol Crown Court", "related")],
        {
            "Penrose Books": {"online_orders": "restored", "gift_cards": "restored"},
            "Bristol Crown Court": {},
        },
        [("gift_cards", "restored"), ("online_orders", "restored")],
        id="a49_court_direct_past",
    ),
    pytest.param(
        (
            "A year on, Ashdown Freight says it has recovered from cyber attack\n"
            "\n"
            "The haulage firm Ashdown Freight says it has fully recovered from a ransomware "
            "attack a year ago.\n"
            "\n"
            "On 28 May 2024 hackers encrypted the firm's servers, and it suspended deliveries "
            "for five days and paid drivers by hand.\n"
            "\n"
            "Its tracking website, which customers use to follow parcels, was offline until July "
            "2024.\n"
            "\n"
            "Managing director Paul Ashdown said deliveries had run smoothly since June 2024 and "
            "that the company had not paid a ransom.\n"
        ),
        "2025-05-30",
        [("Ashdown Freight", "primary")],
        {
            "Ashdown Freight": {
                "website": "disrupted",
                "stock_and_supply": "restored",
                "internal_systems": "disrupted",
            }
        },
        [("None", "restored"), ("stock_and_supply", "restored")],
        id="a50_anniversary_exact_year",
    ),
    pytest.param(
        (
            "Brixham Museum's online ticketing still down\n"
            "\n"
            "The Brixham Maritime Museum's online ticket booking has been down since a cyber "
            "attack in 2023, and visitors must buy tickets at the door.\n"
            "\n"
            "The museum said its website had been rebuilt and was working, but that the booking "
            "system would not return until April.\n"
            "\n"
            "The museum's shop and café take card payments as normal.\n"
            "\n"
            "A spokesperson said the museum had no evidence that visitors' payment details were "
            "taken in the 2023 attack.\n"
        ),
        "2025-01-29",
        [("Brixham Maritime Museum", "primary"), ("Brixham Museum", "related")],
        {
            "Brixham Maritime Museum": {
                "online_orders": "restoration_expected",
                "website": "restored",
                "card_payments": "unaffected",
                "stores": "unaffected",
                "customer_data": "unaffected",
            },
            "Brixham Museum": {},
        },
        [("online_orders", "restoration_expected"), ("website", "restored")],
        id="a51_down_since_attack_in_2023",
    ),
    pytest.param(
        (
            "Auditors criticise Pendle Vale council over ransomware response\n"
            "\n"
            "Auditors have criticised Pendle Vale District Council over its response to a "
            "ransomware attack last year.\n"
            "\n"
            "In January 2024, the attack encrypted the council's servers and it took its website "
            "and housing benefit system offline for a month.\n"
            "\n"
            "The auditors said the council had not tested its recovery plan and had to pay £1.8m "
            "to consultants.\n"
            "\n"
            "The council said its website and benefit payments were now running normally.\n"
        ),
        "2025-09-09",
        [("Pendle Vale District Council", "primary")],
        {
            "Pendle Vale District Council": {
                "website": "restored",
                "card_payments": "restored",
                "internal_systems": "suspended",
            }
        },
        [("card_payments", "restored"), ("website", "restored")],
        id="a56_audit_council_2024",
    ),
    pytest.param(
        (
            "Brockhurst Stores sues IT supplier over till failure\n"
            "\n"
            "The discount retailer Brockhurst Stores is suing its IT supplier, Meridian Retail "
            "Technology, for £5m over a till failure last spring.\n"
            "\n"
            "Brockhurst's tills failed for three days in March 2024 after Meridian pushed out a "
            "faulty software update, and many of its 210 stores closed early.\n"
            "\n"
            "The retailer says it lost £3.2m in sales. Meridian said it would defend the claim.\n"
            "\n"
            "Brockhurst said its tills had worked normally since the update was reversed.\n"
        ),
        "2025-05-06",
        [("Brockhurst Stores", "primary"), ("Meridian Retail Technology", "related")],
        {
            "Brockhurst Stores": {"card_payments": "disrupted"},
            "Meridian Retail Technology": {"card_payments": "disrupted", "stores": "suspended"},
        },
        [("card_payments", "restored")],
        id="a57_lawsuit_tills_2024",
    ),
    pytest.param(
        (
            "Fairhaven FC reopens online ticket sales after hack\n"
            "\n"
            "Fairhaven Football Club has reopened online ticket sales, almost three months after "
            "a cyber attack.\n"
            "\n"
            "The club took its ticketing website and online shop offline last year after hackers "
            "stole fans' names and email addresses in November.\n"
            "\n"
            "Tickets went on sale online again on Monday, and the club said its online shop "
            "would reopen next week.\n"
            "\n"
            "Fairhaven said fans' card details were held by a separate payment company and had "
            "not been affected.\n"
        ),
        "2025-02-05",
        [("Fairhaven Football Club", "primary")],
        {
            "Fairhaven Football Club": {
                "online_orders": "restored",
                "website": "suspended",
                "customer_data": "compromised",
            }
        },
        [("online_orders", "restoration_expected"), ("online_orders", "restored")],
        id="a58_football_club_last_year",
    ),
    pytest.param(
        (
            "Ormsby Sports home deliveries still suspended after hack\n"
            "\n"
            "Ormsby Sports says home deliveries remain suspended more than two months after a "
            "cyber attack on the sportswear chain.\n"
            "\n"
            "Hackers broke into the company's warehouse systems on 28 November, and Ormsby "
            "suspended click and collect and home deliveries the next day.\n"
            "\n"
            "Click and collect was restored late last year, but home deliveries will not resume "
            "until March, the company said on Tuesday.\n"
            "\n"
            "Ormsby said customers could still buy in its 58 stores and online for collection.\n"
        ),
        "2025-02-12",
        [("Ormsby Sports", "primary")],
        {
            "Ormsby Sports": {
                "click_and_collect": "restored",
                "home_delivery": "restoration_expected",
            }
        },
        [("click_and_collect", "restored"), ("home_delivery", "restoration_expected")],
        id="a84_restored_late_last_year",
    ),
    pytest.param(
        (
            "Pebworth Dairies resumes online milk orders after attack\n"
            "\n"
            "Pebworth Dairies has resumed taking online orders for doorstep milk deliveries, "
            "three months after a ransomware attack.\n"
            "\n"
            "The attack in early December encrypted the company's ordering system, and customers "
            "had to phone in orders.\n"
            "\n"
            "No customer data was taken in the attack last year, the company said, and card "
            "details were held by a separate payment provider.\n"
            "\n"
            "Online orders returned on Monday, and Pebworth said deliveries had continued "
            "throughout.\n"
        ),
        "2025-03-04",
        [("Pebworth Dairies", "primary")],
        {
            "Pebworth Dairies": {
                "online_orders": "restored",
                "stock_and_supply": "disrupted",
                "home_delivery": "restored",
                "customer_data": "unaffected",
            }
        },
        [("home_delivery", "restored"), ("online_orders", "restored")],
        id="a85_no_data_taken_last_year",
    ),
    pytest.param(
        (
            "Five years on: lessons from the Hartley Hospital ransomware attack\n"
            "\n"
            "Five years ago this week, Hartley Hospital in Gloucestershire became one of the "
            "first NHS hospitals to be crippled by ransomware.\n"
            "\n"
            "In March 2020, criminals encrypted the hospital's servers, and it diverted "
            "ambulances for two days.\n"
            "\n"
            "Staff used paper records for weeks, and outpatient appointments were cancelled.\n"
            "\n"
            "The hospital's email was restored in April 2020, and its patient records system "
            "returned in June 2020.\n"
        ),
        "2025-03-17",
        [("Hartley Hospital", "primary")],
        {"Hartley Hospital": {"internal_systems": "partially_restored"}},
        [("internal_systems", "restored")],
        id="a88_retrospective_five_years",
    ),
]


EARLIER_GAINS = [
    pytest.param(
        (
            "Corbel Bank hit by second cyber attack in three years\n"
            "\n"
            "Corbel Bank has been hit by a cyber attack that took its website offline on Monday, "
            "the lender said.\n"
            "\n"
            "Customers were unable to log in to online banking for most of the day, although the "
            "bank said cash machines and card payments were unaffected.\n"
            "\n"
            "It is not the first time the bank has been targeted: in 2022, it took its mobile "
            "app offline for a week after hackers gained access to a server.\n"
            "\n"
            "Corbel said its mobile app was working normally and that it had no evidence that "
            "customer data had been accessed in the latest attack.\n"
            "\n"
            "The bank said its website was back online by Tuesday morning.\n"
        ),
        "2025-05-20",
        [("Corbel Bank", "primary")],
        {
            "Corbel Bank": {
                "website": "restored",
                "mobile_app": "unaffected",
                "card_payments": "unaffected",
                "customer_data": "unaffected",
            }
        },
        [("website", "restored")],
        id="a08_bank_second_attack",
    ),
    pytest.param(
        (
            "Millbrook Garden Centres hit by payment outage\n"
            "\n"
            "Millbrook Garden Centres, which took its website offline for a fortnight in 2023 "
            "after a ransomware attack, said on Tuesday that a technical fault had stopped card "
            "payments at its 30 sites.\n"
            "\n"
            "The fault, which began on Monday afternoon, left customers able to pay only in cash.\n"
            "\n"
            "Card payments were restored at most sites by Tuesday evening, the company said.\n"
            "\n"
            "Millbrook said its website was working normally and that online orders were "
            "unaffected.\n"
        ),
        "2025-04-02",
        [("Millbrook Garden Centres", "primary")],
        {
            "Millbrook Garden Centres": {
                "online_orders": "unaffected",
                "website": "unaffected",
                "card_payments": "partially_restored",
            }
        },
        [("card_payments", "partially_restored")],
        id="a15_relative_clause_recap",
    ),
    pytest.param(
        (
            "Skylark Air check-in systems fail at three airports\n"
            "\n"
            "Passengers flying with Skylark Air faced long queues on Tuesday after the airline's "
            "check-in systems failed at three airports.\n"
            "\n"
            "The airline said a technical fault, not a cyber attack, was to blame, and that its "
            "website and app were unaffected.\n"
            "\n"
            "In 2021 the airline's website went down for a day after a cyber attack, and it was "
            "later fined for failing to protect customer data.\n"
            "\n"
            "Check-in systems were working again by Tuesday evening, a spokesperson said.\n"
        ),
        "2025-07-15",
        [("Skylark Air", "primary")],
        {
            "Skylark Air": {
                "website": "unaffected",
                "mobile_app": "unaffected",
                "internal_systems": "restored",
            }
        },
        [("None", "restored")],
        id="a22_airline_previous_and_now",
    ),
    pytest.param(
        (
            "Glenrowan Bank website down after cyber attack\n"
            "\n"
            "Glenrowan Bank customers have been unable to use its website since Sunday after "
            "what the bank described as a cyber attack.\n"
            "\n"
            "The bank's mobile app, which was offline for a week in 2023 after a software fault, "
            "is working normally, and customers can still use cash machines.\n"
            "\n"
            "The bank said it had no evidence that customers' data had been accessed and "
            "expected the website to be back by Wednesday.\n"
        ),
        "2025-04-22",
        [("Glenrowan Bank", "primary")],
        {
            "Glenrowan Bank": {
                "website": "restoration_expected",
                "mobile_app": "unaffected",
                "customer_data": "unaffected",
            }
        },
        [("website", "restoration_expected")],
        id="a48_app_in_2023_same_sentence",
    ),
    pytest.param(
        (
            "Caldmore Water hit by third cyber attack in six years\n"
            "\n"
            "The water company Caldmore Water says its customer website and app have been taken "
            "offline after a cyber attack.\n"
            "\n"
            "The company said the attack had been detected on Saturday and that water supplies "
            "were not affected.\n"
            "\n"
            "In 2019 Caldmore's website was defaced by hackers, and in 2021 the company shut "
            "down its call centre for two days after a ransomware attack.\n"
            "\n"
            "Its call centre is operating normally, the company said, and customers can report "
            "leaks by phone.\n"
        ),
        "2025-09-30",
        [("Caldmore Water", "primary")],
        {
            "Caldmore Water": {
                "website": "suspended",
                "mobile_app": "suspended",
                "customer_service": "unaffected",
            }
        },
        [],
        id="a53_three_incidents_same_victim",
    ),
    pytest.param(
        (
            "Linmore Council hit by second ransomware attack\n"
            "\n"
            "Linmore Council says it has been hit by a ransomware attack that has disrupted its "
            "housing and benefits systems.\n"
            "\n"
            "The council said the attack was discovered on Friday. Its previous attack, in 2021, "
            "forced it to close its customer service centres for a week.\n"
            "\n"
            "Customer service centres are open as normal, the council said, but residents may "
            "face delays with benefit claims.\n"
            "\n"
            "The council said it was too early to say whether residents' data had been taken.\n"
        ),
        "2025-05-14",
        [("Linmore Council", "primary")],
        {"Linmore Council": {"customer_service": "unaffected", "internal_systems": "disrupted"}},
        [],
        id="a72_previous_attack_apposition_control",
    ),
    pytest.param(
        (
            "Two men convicted over attacks on Granger Timber\n"
            "\n"
            "Two men have been convicted over a cyber attack on the timber merchant Granger "
            "Timber in which customers' data was stolen.\n"
            "\n"
            "The men were also convicted over a separate attack in February 2024 on the same "
            "company, which took its website offline for four days.\n"
            "\n"
            "The jury heard that in the main attack, in June 2024, the men stole the names and "
            "addresses of 20,000 customers and encrypted the company's servers.\n"
            "\n"
            "Granger Timber said its systems were now secure and its website was working "
            "normally.\n"
        ),
        "2025-04-29",
        [("Granger Timber", "primary")],
        {
            "Granger Timber": {
                "website": "unaffected",
                "customer_data": "compromised",
                "internal_systems": "restored",
            }
        },
        [("None", "restored")],
        id="a81_court_previous_attack_same_company",
    ),
]


NAME_CASES = [
    pytest.param(
        (
            "Marlow Coffee App back online after four-day outage\n"
            "\n"
            "The Marlow Coffee App is working again after a four-day outage that left customers "
            "unable to order ahead or collect loyalty stamps.\n"
            "\n"
            "Marlow Coffee said the outage had been caused by a failed update and was not the "
            "result of a cyber attack. Its 140 cafes stayed open throughout.\n"
            "\n"
            "Customers will have missing stamps added to their accounts this week, the company "
            "said.\n"
        ),
        "2025-08-26",
        [("Marlow Coffee App", "primary")],
        {"Marlow Coffee App": {"mobile_app": "restored", "stores": "unaffected"}},
        [("mobile_app", "restored")],
        id="g06_app_brand_three_words",
    ),
    pytest.param(
        (
            "Hatton's Pharmacy app outage halts repeat prescription ordering\n"
            "\n"
            "Patients have been unable to order repeat prescriptions through the Hatton's "
            "Pharmacy app since Friday because of a technical fault, the Nottingham-based chain "
            "said.\n"
            "\n"
            "Hatton's said prescription ordering through the app would be restored by Wednesday. "
            "In the meantime, patients can order through their GP or by visiting a branch.\n"
            "\n"
            "The company said its 22 pharmacies were open and dispensing normally.\n"
        ),
        "2025-11-18",
        [("Hatton's Pharmacy", "primary")],
        {
            "Hatton's Pharmacy": {
                "online_orders": "restoration_expected",
                "mobile_app": "disrupted",
                "pharmacy": "unaffected",
            }
        },
        [("online_orders", "restoration_expected")],
        id="g14_repeat_prescriptions_nhs_app",
    ),
    pytest.param(
        (
            "Bellamy Pharmacy Resumes Dispensing At All Stores\n"
            "\n"
            "Bellamy Pharmacy has resumed dispensing at all of its 55 stores after a cyber "
            "attack disrupted its systems last week.\n"
            "\n"
            "The New Zealand chain said its staff had been filling urgent prescriptions by hand "
            "while its systems were down.\n"
            "\n"
            "Bellamy said it had found no evidence that any patient information had been taken.\n"
        ),
        "2025-08-18",
        [("Bellamy Pharmacy Resumes Dispensing At", "primary")],
        {
            "Bellamy Pharmacy Resumes Dispensing At": {
                "customer_data": "unaffected",
                "internal_systems": "disrupted",
                "pharmacy": "restored",
            }
        },
        [("pharmacy", "restored")],
        id="h06_titlecase_resumes_dispensing",
    ),
    pytest.param(
        (
            "Lowther Chemists online prescription ordering down after supplier hack\n"
            "\n"
            "Patients of Lowther Chemists have been unable to use prescription ordering through "
            "the company's website since Thursday after a cyber attack on its web supplier.\n"
            "\n"
            "Lowther said the attack on software firm Kettle Digital had forced it to take the "
            "ordering service offline. No patient data was held by the supplier, it said.\n"
            "\n"
            "Lowther's 17 pharmacies in Cumbria and Lancashire are open and dispensing normally, "
            "and patients can hand in their repeat slips in person.\n"
        ),
        "2025-02-17",
        [("Lowther Chemists", "primary"), ("Kettle Digital", "related")],
        {
            "Lowther Chemists": {"online_orders": "disrupted", "pharmacy": "unaffected"},
            "Kettle Digital": {"online_orders": "suspended"},
        },
        [],
        id="k04_online_prescriptions_pharmacies_trading",
    ),
    pytest.param(
        (
            "Wexford Stores Reopen After Weekend Ransomware Attack\n"
            "\n"
            "Wexford Stores reopened on Monday after a ransomware attack forced the Irish "
            "grocery chain to close all 22 of its shops on Saturday and Sunday.\n"
            "\n"
            "The company said tills were working again, but its online shop remained offline and "
            "would not reopen until later in the month.\n"
            "\n"
            "Wexford Stores said it had notified the Data Protection Commission, and that it had "
            "not yet established whether customer data had been taken.\n"
        ),
        "2025-04-07",
        [("Wexford Stores", "primary")],
        {
            "Wexford Stores": {
                "online_orders": "restoration_expected",
                "card_payments": "restored",
                "stores": "restored",
            }
        },
        [
            ("card_payments", "restored"),
            ("online_orders", "restoration_expected"),
            ("stores", "restored"),
        ],
        id="k07_stores_network_subject",
    ),
    pytest.param(
        (
            "Hollins Pharmacy Restores Prescription Service After IT Failure\n"
            "\n"
            "Hollins Pharmacy has restored its prescription service after an IT failure left its "
            "30 branches unable to process prescriptions electronically for two days.\n"
            "\n"
            "The Lincolnshire pharmacy chain said the failure was caused by a hardware fault at "
            "its data centre and was not a cyber attack.\n"
            "\n"
            "Patients had been asked to bring paper prescriptions where possible while the "
            "system was down, and some had to wait several hours for medicines.\n"
            "\n"
            "Hollins Pharmacy said all branches were dispensing normally again on Monday.\n"
        ),
        "2025-11-04",
        [("Hollins Pharmacy Restores Prescription Service", "primary")],
        {"Hollins Pharmacy Restores Prescription Service": {"pharmacy": "restored"}},
        [("pharmacy", "restored")],
        id="t14_titlecase_pharmacy_name_headline",
    ),
]


FOLLOW_UP_CASES = [
    pytest.param(
        (
            "Former IT contractor jailed over Brightwater Hotels outage\n"
            "\n"
            "A former IT contractor who deliberately sabotaged the systems of Brightwater Hotels "
            "has been jailed for two years.\n"
            "\n"
            "Marcus Feld, 41, deleted backups and shut down servers after he was told his "
            "contract would not be renewed, Southwark Crown Court heard.\n"
            "\n"
            "Before sentencing, the judge was told that in October 2022 the sabotage took the "
            "hotel group's booking website offline for four days and left reception staff across "
            "its 30 hotels unable to take card payments.\n"
            "\n"
            "The hotel group told the court its booking website has worked without interruption "
            "since. Its card payment systems were replaced in 2023.\n"
            "\n"
            'Judge Anne Corrigan said Feld had acted out of "pure spite".\n'
        ),
        "2025-03-04",
        [("Brightwater Hotels", "primary")],
        {
            "Brightwater Hotels": {
                "website": "suspended",
                "card_payments": "disrupted",
                "internal_systems": "suspended",
            }
        },
        [],
        id="follow_court_02",
    ),
    pytest.param(
        (
            "Ex-employee fined for leaking Dalgety Motors customer list\n"
            "\n"
            "A former sales manager at Dalgety Motors has been fined £8,000 for stealing the car "
            "dealer's customer database and taking it to a rival.\n"
            "\n"
            "Preston Magistrates' Court heard that Craig Pell downloaded the details of 14,000 "
            "customers before he left the company in 2023.\n"
            "\n"
            "Prior to his departure, in April 2023, Pell also disabled the dealer's online "
            "booking system for servicing, which stayed down for three days, the court was "
            "told.\n"
            "\n"
            "Dalgety Motors said on Friday that its online booking system is working normally "
            "and that it had tightened controls on staff access.\n"
        ),
        "2025-02-28",
        [("Dalgety Motors", "primary")],
        {"Dalgety Motors": {"online_orders": "restored", "customer_data": "compromised"}},
        [("online_orders", "restored")],
        id="follow_court_04",
    ),
    pytest.param(
        (
            "Parents sue Whitlock Academy Trust over pupil data leak\n"
            "\n"
            "Parents of pupils at Whitlock Academy Trust schools have launched legal action "
            "after a cyber attack in which children's records were stolen.\n"
            "\n"
            "The trust was hit by ransomware in October 2023. It shut down its parent payment "
            "app for six weeks and its schools were unable to use email.\n"
            "\n"
            "Another trust in the region, Harbury Schools, settled a similar claim last year.\n"
            "\n"
            "Whitlock said its systems had been restored in December 2023 and that it would "
            "defend the claim.\n"
        ),
        "2025-01-10",
        [("Whitlock Academy Trust", "primary")],
        {
            "Whitlock Academy Trust": {
                "mobile_app": "suspended",
                "customer_data": "compromised",
                "internal_systems": "restored",
            }
        },
        [("None", "restored")],
        id="follow_lawsuit_04",
    ),
    pytest.param(
        (
            "Regulator fines Celtic Rail over ticket website meltdown\n"
            "\n"
            "The Office of Rail and Road has fined Celtic Rail £900,000 over a ticketing website "
            "failure that left passengers unable to buy tickets online.\n"
            "\n"
            "The failure happened in December 2023, when a new booking system was introduced. "
            "The website was down for five days and the company's app could not sell tickets for "
            "a week.\n"
            "\n"
            "A second failure followed in January 2024, the regulator said. Celtic Rail restored "
            "its website on 18 December 2023, and its app returned a week later.\n"
            "\n"
            "Celtic Rail said its systems had worked reliably for more than a year.\n"
        ),
        "2025-01-22",
        [("Celtic Rail", "primary"), ("Office of Rail and Road", "related")],
        {
            "Celtic Rail": {
                "online_orders": "disrupted",
                "website": "restored",
                "mobile_app": "restored",
            },
            "Office of Rail and Road": {},
        },
        [("mobile_app", "restored"), ("website", "restored")],
        id="follow_regulator_06",
    ),
    pytest.param(
        (
            "Hartwell Opticians fined £750,000 over customer data breach\n"
            "\n"
            "The Information Commissioner's Office has fined Hartwell Opticians £750,000 after "
            "hackers stole the medical details of 90,000 customers.\n"
            "\n"
            "The chain was told of the fine earlier this month and has decided not to appeal. In "
            "March 2023, hackers encrypted its servers and Hartwell suspended its online "
            "appointment booking for three weeks.\n"
            "\n"
            "The ICO said the company had failed to use multi-factor authentication. Hartwell's "
            "stores were not affected by the attack and stayed open throughout.\n"
            "\n"
            "Hartwell said it had since invested £3m in security and that online booking is "
            "working normally.\n"
        ),
        "2025-02-25",
        [("Hartwell Opticians", "primary"), ("Information Commissioner's Office", "related")],
        {
            "Hartwell Opticians": {
                "online_orders": "unaffected",
                "stores": "unaffected",
                "customer_data": "compromised",
                "internal_systems": "disrupted",
            },
            "Information Commissioner's Office": {},
        },
        [],
        id="follow_regulator_07",
    ),
    pytest.param(
        (
            "Hotel group Lindqvist reveals year-long data breach\n"
            "\n"
            "Hotel group Lindqvist has revealed that hackers had access to its booking systems "
            "for more than a year before the breach was discovered last month.\n"
            "\n"
            "The company said the attackers first got in in November 2023 and stole the names, "
            "passport numbers and card details of guests. Lindqvist suspended its online booking "
            "system in January 2024 for two days after staff noticed unusual activity, but the "
            "breach was not found at the time.\n"
            "\n"
            "It detected the intrusion on 14 January and has since taken its booking website "
            "offline again. Its 40 hotels are open as normal.\n"
            "\n"
            "The company said it had informed data protection authorities in Sweden, Norway and "
            "Denmark.\n"
        ),
        "2025-02-05",
        [("Lindqvist", "primary")],
        {
            "Lindqvist": {
                "online_orders": "suspended",
                "website": "suspended",
                "customer_data": "compromised",
            }
        },
        [],
        id="late_disclosure_01",
    ),
    pytest.param(
        (
            "Insurer Westerley admits staff data stolen in 2023 attack\n"
            "\n"
            "Insurer Westerley has admitted that the personal data of 9,000 employees was stolen "
            "in a cyber attack in 2023, after the data appeared on a criminal forum last week.\n"
            "\n"
            "Westerley disclosed the attack in August 2023, when it suspended its online claims "
            "portal for a week, but said at the time that there was no evidence data had been "
            "taken.\n"
            "\n"
            "The data was posted online on 6 March, the company said. Its claims portal is "
            "working normally.\n"
            "\n"
            "Westerley said it was contacting affected staff and offering them credit monitoring.\n"
        ),
        "2025-03-14",
        [("Westerley", "primary")],
        {
            "Westerley": {
                "website": "restored",
                "customer_data": "compromised",
                "employee_data": "compromised",
            }
        },
        [("website", "restored")],
        id="late_disclosure_02",
    ),
]


THEFT_TOLD_CASES = [
    pytest.param(
        (
            "Brinley Water warns customers after cyber attack\n"
            "\n"
            "By Megan Rhys, Wales Business Desk\n"
            "\n"
            "Brinley Water, which supplies 220,000 homes across south-west Wales, has said it "
            "was hit by a cyber attack over the weekend.\n"
            "\n"
            "The company said its water supply and treatment works had not been affected and "
            "that engineers were running the network as normal.\n"
            "\n"
            "In a letter sent to customers on Monday, the company urged them to be on the "
            "lookout for suspicious emails, saying the hackers had stolen names, email addresses "
            "and account numbers.\n"
            "\n"
            "A spokesperson said Brinley had reported the incident to the Information "
            "Commissioner's Office and was working with the National Cyber Security Centre.\n"
            "\n"
            '"We are very sorry this has happened," chief executive Owain Parry said.\n'
        ),
        "2025-03-11",
        [("Brinley Water", "primary")],
        {"Brinley Water": {"customer_data": "compromised", "internal_systems": "unaffected"}},
        [],
        id="a01_warn_lookout_water",
    ),
    pytest.param(
        (
            "Dutch energy supplier Veldstroom confirms data theft\n"
            "\n"
            "Amsterdam - Veldstroom, a Dutch energy supplier with about 400,000 households on "
            "its books, said on Wednesday that criminals had broken into its customer portal.\n"
            "\n"
            "Customers should be aware of phishing attempts, the company said, adding that "
            "hackers stole the personal data of about 12,000 customers, including home addresses "
            "and meter readings.\n"
            "\n"
            "The customer portal was taken offline on Tuesday evening and remains unavailable. "
            "Customers can still reach the company by telephone.\n"
            "\n"
            "Veldstroom said it had informed the Dutch Data Protection Authority and the police.\n"
        ),
        "2025-04-02",
        [("Veldstroom", "primary")],
        {"Veldstroom": {"website": "suspended", "customer_data": "compromised"}},
        [],
        id="a02_warn_aware_adding",
    ),
    pytest.param(
        (
            "Scottish housing association hit by cyber criminals\n"
            "\n"
            "Glenmorrow Housing Association, which manages around 6,500 homes in Fife and "
            "Perthshire, has been hit by a cyber attack.\n"
            "\n"
            "The association said on Tuesday that its phone lines and online repairs portal were "
            "down, and that tenants should report emergency repairs through their local office.\n"
            "\n"
            "Tenants should beware of fraudsters using the stolen data, which included names, "
            "dates of birth and bank details, the association said in a notice on its website.\n"
            "\n"
            "Police Scotland said it was investigating. The Scottish Housing Regulator said it "
            "was in contact with the association.\n"
        ),
        "2025-02-19",
        [("Glenmorrow Housing Association", "primary")],
        {
            "Glenmorrow Housing Association": {
                "website": "disrupted",
                "customer_data": "compromised",
                "customer_service": "disrupted",
            }
        },
        [],
        id="a03_beware_stolen_data_included",
    ),
    pytest.param(
        (
            "Irish ticket seller Ardcastle Tickets admits breach\n"
            "\n"
            "Ardcastle Tickets, an online ticket seller used by theatres and music venues across "
            "Ireland, said hackers had got into one of its databases last month.\n"
            "\n"
            "In an email to account holders on Tuesday, the company wrote that customers should "
            "beware of scam calls now that the hackers have stolen their phone numbers and "
            "booking histories.\n"
            "\n"
            "Ardcastle said no full card numbers were held in the database. Its website and app "
            "continued to sell tickets throughout.\n"
            "\n"
            "The Data Protection Commission confirmed that it had received a breach notification "
            "from the company.\n"
        ),
        "2025-06-04",
        [("Ardcastle Tickets", "primary")],
        {"Ardcastle Tickets": {"customer_data": "compromised"}},
        [],
        id="a04_beware_now_that",
    ),
    pytest.param(
        (
            "Canadian credit union warns members after hack\n"
            "\n"
            "Toronto - Lakeshore Community Credit Union has told members to watch for fraud "
            "after a cyber attack on a system it uses to send statements.\n"
            "\n"
            '"Be wary of emails or texts claiming to come from Lakeshore," the credit union '
            "told members whose data was stolen, in a letter seen by the Toronto Ledger.\n"
            "\n"
            "Lakeshore said online banking, branches and cash machines were working normally. "
            "The credit union, which has about 48,000 members, said it was offering two years of "
            "free credit monitoring.\n"
            "\n"
            "The Financial Services Regulatory Authority of Ontario said it had been informed.\n"
        ),
        "2025-01-28",
        [("Toronto - Lakeshore Community Credit Union", "primary")],
        {
            "Toronto - Lakeshore Community Credit Union": {
                "website": "unaffected",
                "stores": "unaffected",
                "customer_data": "compromised",
            }
        },
        [],
        id="a05_be_wary_told",
    ),
    pytest.param(
        (
            "Danish law firm Krogh & Vinter loses client files to hackers\n"
            "\n"
            "Copenhagen - Krogh & Vinter, a Danish law firm, said on Tuesday that hackers had "
            "got into its document system.\n"
            "\n"
            "The stolen files, which are often the most sensitive a law firm holds, included "
            "client contracts, passport copies and personal addresses, the firm said.\n"
            "\n"
            "The firm's email system was shut down on Friday and has since been restored. A "
            "partner said the firm had informed its clients and the Danish Data Protection "
            "Agency.\n"
        ),
        "2025-04-29",
        [("Copenhagen - Krogh & Vinter", "primary")],
        {
            "Copenhagen - Krogh & Vinter": {
                "customer_data": "compromised",
                "internal_systems": "restored",
            }
        },
        [("internal_systems", "restored")],
        id="b11_files_often_sensitive",
    ),
    pytest.param(
        (
            "Italian fashion retailer confirms breach\n"
            "\n"
            "Milan - Moda Brescia, an Italian fashion retailer with 60 stores, said on Monday "
            "that it had been hit by a cyber attack.\n"
            "\n"
            "Customer data is often a target, and in this case hackers stole names, addresses "
            "and purchase histories of loyalty card members, the company said.\n"
            "\n"
            "The stores traded as normal over the weekend, but the loyalty app was taken "
            "offline. Moda Brescia said it expected the app to be available again by the end of "
            "the week.\n"
        ),
        "2025-02-04",
        [("Moda Brescia", "primary")],
        {
            "Moda Brescia": {
                "mobile_app": "restoration_expected",
                "stores": "unaffected",
                "customer_data": "compromised",
            }
        },
        [("mobile_app", "restoration_expected")],
        id="b13_data_often_target",
    ),
    pytest.param(
        (
            "Regulator fines Kestrel Mutual over 2024 data theft\n"
            "\n"
            "The Information Commissioner's Office has fined Kestrel Mutual, a building society "
            "based in Leicester, £1.2m over a cyber attack last year.\n"
            "\n"
            "The regulator said the building society did not show that it had taken steps to "
            "stop the theft of customer data, which hackers took in March 2024 through an "
            "unpatched server.\n"
            "\n"
            "About 74,000 members were affected. Kestrel Mutual said it accepted the findings "
            "and had since replaced the server.\n"
            "\n"
            "The building society's branches and online banking were not affected by the attack.\n"
        ),
        "2025-07-08",
        [("Kestrel Mutual", "primary"), ("Information Commissioner's Office", "related")],
        {
            "Kestrel Mutual": {
                "website": "unaffected",
                "stores": "unaffected",
                "customer_data": "compromised",
            },
            "Information Commissioner's Office": {},
        },
        [],
        id="c01_regulator_did_not_show_steps",
    ),
    pytest.param(
        (
            "Ransomware gang lists Ohio school district on leak site\n"
            "\n"
            "Dayton, Ohio - A ransomware gang has listed the Millbrook City School District on "
            "its leak site, a week after the district's computer systems were knocked offline.\n"
            "\n"
            "The gang's leak site did not show the full list of files it stole from the "
            "district, which included student records and staff tax forms, according to a "
            "researcher who tracks the group.\n"
            "\n"
            "Superintendent Karen Doyle said classes had continued throughout, although teachers "
            "were unable to use the district's online gradebook.\n"
            "\n"
            "The district said it was working with the FBI.\n"
        ),
        "2025-04-08",
        [("Ohio", "primary"), ("Dayton", "related"), ("Millbrook City School District", "related")],
        {
            "Ohio": {"customer_data": "compromised"},
            "Dayton": {},
            "Millbrook City School District": {
                "website": "disrupted",
                "internal_systems": "disrupted",
            },
        },
        [],
        id="c02_leak_site_did_not_show",
    ),
    pytest.param(
        (
            "Man charged over cinema chain hack\n"
            "\n"
            "A 24-year-old man from Bristol has been charged with computer misuse offences in "
            "connection with a cyber attack on the Regent Screens cinema chain.\n"
            "\n"
            "Prosecutors told Bristol Magistrates' Court on Wednesday that police have not yet "
            "proved that the defendant himself stole the customer data, but said he had sold "
            "access to the chain's systems.\n"
            "\n"
            "Regent Screens told customers in April that hackers had got into its booking "
            "system. The chain's website and app were offline for a week.\n"
            "\n"
            "The defendant did not enter a plea and was released on bail.\n"
        ),
        "2025-06-12",
        [("Screens", "primary")],
        {
            "Screens": {
                "website": "disrupted",
                "mobile_app": "disrupted",
                "customer_data": "compromised",
            }
        },
        [],
        id="c04_police_not_proved",
    ),
    pytest.param(
        (
            "Online toy shop hit by hackers\n"
            "\n"
            "Toybox Direct, an online toy retailer in Nottingham, has been hit by a cyber attack.\n"
            "\n"
            "Cyber security consultant Amir Haddad said anyone who had shopped with the company "
            "should be aware of the risk of phishing, since the gang stole the names and email "
            "addresses of 80,000 customers.\n"
            "\n"
            "Toybox Direct said its website was taken offline on Wednesday and would reopen once "
            "the investigation was complete.\n"
        ),
        "2025-06-06",
        [("Toybox Direct", "primary")],
        {"Toybox Direct": {"website": "restoration_expected", "customer_data": "compromised"}},
        [("website", "restoration_expected")],
        id="h04_expert_aware_since_gang",
    ),
    pytest.param(
        (
            "Ransomware gang hits Finnish furniture maker\n"
            "\n"
            "Helsinki - Puuseppä Oy, a Finnish furniture maker with 1,100 employees, said on "
            "Monday that a ransomware attack had halted production at two of its factories.\n"
            "\n"
            "The hackers, who are often based abroad, stole the personal data of about 1,100 "
            "employees before encrypting the company's servers, chief executive Mikko Laine "
            "said.\n"
            "\n"
            "Production at the Lahti factory restarted on Sunday, and the company expected the "
            "Tampere factory to follow by Wednesday.\n"
        ),
        "2025-03-24",
        [("Helsinki - Puuseppä Oy", "primary")],
        {"Helsinki - Puuseppä Oy": {"employee_data": "compromised"}},
        [],
        id="i02_hackers_often_abroad_sole",
    ),
    pytest.param(
        (
            "Utility billing platform breached\n"
            "\n"
            "Calgary - Prairie Springs Water said on Monday that its billing system, which is "
            "often used by other utilities too, was breached and customer data stolen.\n"
            "\n"
            "Water supply was not affected. The company said its online account portal had been "
            "taken offline as a precaution and would return later this week.\n"
            "\n"
            "Prairie Springs serves about 27,000 homes and businesses east of Calgary.\n"
        ),
        "2025-02-10",
        [("Prairie Springs Water", "primary")],
        {
            "Prairie Springs Water": {
                "website": "restoration_expected",
                "customer_data": "compromised",
            }
        },
        [("website", "restoration_expected")],
        id="i04_billing_system_often_used_sole",
    ),
    pytest.param(
        (
            "Small energy supplier hit by cyber attack\n"
            "\n"
            "Harrowfield Energy, a small supplier with about 30,000 customers in the north of "
            "England, has been hit by a cyber attack.\n"
            "\n"
            "Its customers, who are often elderly, had their names, addresses and bank details "
            "stolen, the company said in a letter on Tuesday.\n"
            "\n"
            "Age UK said it was concerned that older people could be targeted by fraudsters. "
            "Harrowfield said its phone lines were busy but open, and that customers' energy "
            "supply was not affected.\n"
        ),
        "2025-02-12",
        [("Harrowfield Energy", "primary")],
        {"Harrowfield Energy": {"customer_data": "compromised"}},
        [],
        id="i05_customers_often_elderly_sole",
    ),
    pytest.param(
        (
            "Mirador Travel hit by hackers\n"
            "\n"
            "Mirador Travel, a Spanish travel agency with 80 branches, said in Madrid on "
            "Wednesday that it had been hit by a cyber attack.\n"
            "\n"
            "Customer data is often a target, and in this case hackers took passport numbers and "
            "travel details, the company said.\n"
            "\n"
            "The agency's branches stayed open, but staff could not issue tickets for two days. "
            "Ticketing was working again on Wednesday.\n"
        ),
        "2025-04-03",
        [("Mirador Travel", "primary")],
        {"Mirador Travel": {"stores": "unaffected", "customer_data": "compromised"}},
        [],
        id="i06_data_often_target_sole",
    ),
    pytest.param(
        (
            "Pulsefit gym chain hit by hackers\n"
            "\n"
            "Pulsefit, a chain of gyms in Kent and Sussex, has been hit by a cyber attack.\n"
            "\n"
            "The company, which has 14 gyms, said its 20,000 members may be at risk, with "
            "hackers having taken their names, addresses and direct debit details from a "
            "membership system.\n"
            "\n"
            "Members were told to check their bank statements. The gyms remain open and members "
            "can still book classes through the app.\n"
        ),
        "2025-05-20",
        [("Pulsefit", "primary")],
        {"Pulsefit": {"online_orders": "unaffected", "customer_data": "compromised"}},
        [],
        id="i07_at_risk_with_having_sole",
    ),
    pytest.param(
        (
            "Australian insurer Coralbay discloses cyber incident\n"
            "\n"
            "Sydney - Coralbay Insurance said on Thursday that it had been the victim of a cyber "
            "incident.\n"
            "\n"
            "The company said 3,400 customers could be at risk because their names, driver "
            "licence numbers and policy details were stolen from a claims system.\n"
            "\n"
            "Coralbay said it had contacted the affected customers and would pay for replacement "
            "licences. Its claims line was operating with delays on Thursday.\n"
        ),
        "2025-03-27",
        [("Sydney - Coralbay Insurance", "primary")],
        {"Sydney - Coralbay Insurance": {"customer_data": "compromised"}},
        [],
        id="i08_risk_because_sole",
    ),
    pytest.param(
        (
            "Austrian retailer still investigating breach\n"
            "\n"
            "Vienna - Bergmann Sport, an Austrian sporting goods chain, said on Thursday that "
            "its online shop had reopened after a cyber attack.\n"
            "\n"
            "Investigators have not established how the hackers stole the customer records, the "
            "company said.\n"
            "\n"
            "The online shop was offline for four days and reopened on Monday. Its 19 stores "
            "were not affected.\n"
        ),
        "2025-05-22",
        [("Vienna - Bergmann Sport", "primary")],
        {
            "Vienna - Bergmann Sport": {
                "online_orders": "restored",
                "stores": "unaffected",
                "customer_data": "compromised",
            }
        },
        [("online_orders", "restored")],
        id="i09_not_established_how_sole",
    ),
    pytest.param(
        (
            "Hotel group confirms theft after gang's claim\n"
            "\n"
            "Lisbon - Grupo Solmar, which runs 12 hotels in Portugal and Spain, has confirmed a "
            "cyber attack claimed by a ransomware gang.\n"
            "\n"
            "The gang offered no proof that it had stolen guest data, but the company confirmed "
            "on Monday that it had.\n"
            "\n"
            "The group's booking website was offline for two days last week. Hotels continued to "
            "check in guests by hand during the outage.\n"
        ),
        "2025-03-25",
        [("Lisbon - Grupo Solmar", "primary")],
        {"Lisbon - Grupo Solmar": {"website": "disrupted", "customer_data": "compromised"}},
        [],
        id="i10_no_proof_company_confirmed_sole",
    ),
    pytest.param(
        (
            "Experts warn after hack on Belgian webshop\n"
            "\n"
            "Ghent - Cyber security experts have warned customers of Mode Gent, a Belgian "
            "fashion webshop, to watch out for scams after last week's cyber attack.\n"
            "\n"
            "Customer data of the kind taken from Mode Gent is often sold within days, said "
            "Pieter Claes of KU Leuven.\n"
            "\n"
            "Mode Gent said the names, email addresses and phone numbers of about 25,000 "
            "customers were involved. Its webshop remained online.\n"
        ),
        "2025-01-29",
        [("Mode Gent", "primary")],
        {"Mode Gent": {"online_orders": "unaffected", "customer_data": "compromised"}},
        [],
        id="i11_kind_taken_from_sole",
    ),
    pytest.param(
        (
            "Council staff told to beware of scams after hack\n"
            "\n"
            "Staff at Eastbrook District Council have been told to beware of fraudsters using "
            "the stolen data, which included National Insurance numbers and bank details of "
            "about 1,500 employees.\n"
            "\n"
            "The council said the cyber attack was detected on 18 June. Council services were "
            "running normally, although the council's website was slow for several days.\n"
            "\n"
            "Unison said it had asked for a meeting with the chief executive.\n"
        ),
        "2025-06-25",
        [("Eastbrook District Council", "primary")],
        {"Eastbrook District Council": {"employee_data": "compromised"}},
        [],
        id="i18_beware_stolen_data_sole_employees",
    ),
    pytest.param(
        (
            "Trade association hit by hackers\n"
            "\n"
            "The Northern Builders' Federation said on Tuesday that it had been hit by a cyber "
            "attack.\n"
            "\n"
            "Its members, who are often small building firms, had their bank details and VAT "
            "numbers taken, the federation said.\n"
            "\n"
            "The federation's website was offline on Monday and Tuesday. It said it had reported "
            "the attack to the police and the Information Commissioner's Office.\n"
        ),
        "2025-06-11",
        [("Northern Builders' Federation", "primary")],
        {"Northern Builders' Federation": {"website": "disrupted", "customer_data": "compromised"}},
        [],
        id="j05_members_often_small_business",
    ),
    pytest.param(
        (
            "Quickpenny Loans tells customers data may be at risk\n"
            "\n"
            "Quickpenny Loans, a Leeds payday lender, has told 60,000 customers that their data "
            "may be at risk, after hackers stole loan applications from a misconfigured cloud "
            "server.\n"
            "\n"
            "The loan applications included payslips, bank statements and copies of passports, "
            "the Financial Conduct Authority said on Wednesday.\n"
            "\n"
            "Quickpenny said it had secured the server and was cooperating fully with the "
            "regulator.\n"
        ),
        "2025-07-03",
        [("Quickpenny Loans", "primary")],
        {"Quickpenny Loans": {"customer_data": "compromised"}},
        [("None", "restored")],
        id="j09_regulator_failed_may_be_at_risk",
    ),
    pytest.param(
        (
            "Stolen data is often sold online, experts warn after school trust hack\n"
            "\n"
            "Experts have warned parents that stolen data is often sold online, after hackers "
            "took the names and addresses of 9,000 pupils from the Oakridge Schools Trust.\n"
            "\n"
            "The trust, which runs 11 schools in Warwickshire, said the attack was detected on "
            "20 May. Schools remained open.\n"
            "\n"
            "The trust said it had written to all parents.\n"
        ),
        "2025-05-26",
        [("Oakridge Schools Trust", "primary")],
        {"Oakridge Schools Trust": {"customer_data": "compromised"}},
        [],
        id="j12_data_is_often_sold_after_took",
    ),
]


LATER_NAME_CASES = [
    pytest.param(
        (
            "Bexley Retail online store back after cyber attack\n"
            "\n"
            "Shoppers could not use the Bexley Online Store on Monday after a cyber attack on "
            "Bexley Retail, the Cardiff-based homeware chain.\n"
            "\n"
            "The Bexley Online Store was back online on Tuesday, the company said, although some "
            "orders placed over the weekend had been cancelled.\n"
            "\n"
            "Bexley Retail's 31 shops in Wales and the west of England stayed open throughout. "
            "The company said no customer payment details had been taken.\n"
        ),
        "2025-02-20",
        [("Bexley Retail", "primary")],
        {
            "Bexley Retail": {
                "online_orders": "disrupted",
                "stores": "unaffected",
                "customer_data": "unaffected",
            }
        },
        [("None", "restored")],
        id="e02_bexley_online_store",
    ),
    pytest.param(
        (
            "Kendal chemist hit by ransomware\n"
            "\n"
            "Tarrow Pharmacy, an independent chemist in Kendal, was hit by a ransomware attack "
            "on Monday that encrypted its computers.\n"
            "\n"
            "Tarrow Pharmacy remained closed on Wednesday, owner Priya Nair said.\n"
            "\n"
            "She said she hoped to reopen by the weekend and thanked neighbouring pharmacies for "
            "their help.\n"
        ),
        "2025-01-16",
        [("Tarrow Pharmacy", "primary")],
        {"Tarrow Pharmacy": {"internal_systems": "disrupted", "pharmacy": "suspended"}},
        [],
        id="j01_pharmacy_remained_closed_sole",
    ),
]


FINAL_CASES = [
    pytest.param(
        (
            "Two men charged over ransomware attack on Belgian retailer Maison Verlaine\n"
            "\n"
            "Two men have been charged in connection with a ransomware attack that crippled "
            "Belgian department store chain Maison Verlaine, prosecutors in Brussels said on "
            "Monday.\n"
            "\n"
            "The men, aged 24 and 31, were arrested in Antwerp last week. They are also "
            "suspected of involvement in another attack, on a Dutch logistics company, in the "
            "same year.\n"
            "\n"
            "In March 2023, the attack on Maison Verlaine forced the retailer to suspend online "
            "orders for three weeks and to close its click and collect service. Its stores "
            "remained open but could only take cash for several days.\n"
            "\n"
            "Prosecutors said the men had demanded a ransom of €2 million. Maison Verlaine said "
            "it had not paid. The men will appear in court next month.\n"
        ),
        "2025-02-11",
        [("Maison Verlaine", "primary")],
        {
            "Maison Verlaine": {
                "online_orders": "suspended",
                "card_payments": "disrupted",
                "click_and_collect": "suspended",
                "stores": "unaffected",
            }
        },
        [],
        id="h04_court_case_another",
    ),
    pytest.param(
        (
            "Dunford council still recovering 14 months after cyber attack\n"
            "\n"
            "More than a year after a cyber attack knocked its systems offline, Dunford Borough "
            "Council says some services are still not fully back.\n"
            "\n"
            "The attack, in January 2024, forced the council to shut down its entire network. "
            "Its planning portal has been offline since then, and residents still cannot apply "
            "for parking permits online.\n"
            "\n"
            "A similar attack hit neighbouring Castlegate Council in 2023. In February 2024, "
            "Dunford restored its email system and its phone lines, and council tax payments "
            "resumed in April.\n"
            "\n"
            "The council says it expects the planning portal to return by the summer. A report "
            "to councillors this week put the cost of the recovery at £6.2 million.\n"
        ),
        "2025-03-18",
        [("Dunford Borough Council", "primary"), ("Castlegate Council", "related")],
        {
            "Dunford Borough Council": {
                "website": "restoration_expected",
                "card_payments": "restored",
                "customer_service": "restored",
                "internal_systems": "disrupted",
            },
            "Castlegate Council": {},
        },
        [
            ("card_payments", "restored"),
            ("customer_service", "restored"),
            ("internal_systems", "restored"),
            ("website", "restoration_expected"),
        ],
        id="h06_long_outage_similar_other",
    ),
    pytest.param(
        (
            "Review into Pellham Council cyber attack criticises slow response\n"
            "\n"
            "An independent review into the cyber attack on Pellham District Council has "
            "criticised the authority for taking three days to take its systems offline.\n"
            "\n"
            "The attack began on 14 June 2023, when criminals used stolen credentials to access "
            "the council's network. The council had been hit before, in 2019, but had not acted "
            "on advice to improve its defences.\n"
            "\n"
            "In June 2023, the council shut down its website and its online payments for six "
            "weeks, and its phone lines were down for a fortnight.\n"
            "\n"
            "The review, published on Monday, said the council's response had improved since. "
            "Pellham said its services had been fully restored by August 2023.\n"
        ),
        "2024-09-17",
        [("Pellham District Council", "primary")],
        {
            "Pellham District Council": {
                "online_orders": "restored",
                "website": "restored",
                "customer_service": "restored",
                "internal_systems": "suspended",
            }
        },
        [("None", "restored")],
        id="h20_hit_before_review",
    ),
    pytest.param(
        (
            "Results show cost of last year's cyber attack on Corrigan Shoes\n"
            "\n"
            "Shoe retailer Corrigan Shoes has reported a £3.1 million loss for the year, blaming "
            "last year's ransomware attack on its systems.\n"
            "\n"
            "Last year's attack, in February 2024, shut the retailer's online shop for a month "
            "and halted deliveries to its 80 stores for ten days. Its stores were closed for two "
            "days while tills were rebuilt.\n"
            "\n"
            "Today the online shop and deliveries are working normally, the company said in its "
            "annual report. Corrigan said it had spent £1.4 million on new security systems.\n"
        ),
        "2025-03-04",
        [("Corrigan Shoes", "primary")],
        {
            "Corrigan Shoes": {
                "online_orders": "restored",
                "stock_and_supply": "suspended",
                "home_delivery": "unaffected",
                "stores": "suspended",
            }
        },
        [("online_orders", "restored")],
        id="h32_last_years_attack_today",
    ),
    pytest.param(
        (
            "Meadowbank Pharmacy remained closed after cyber attack\n"
            "\n"
            "Meadowbank Pharmacy remained closed on Monday after a cyber attack on its computer "
            "systems over the weekend.\n"
            "\n"
            "The pharmacy, in Edinburgh's Stockbridge area, said patients could collect urgent "
            "prescriptions from its sister branch in Leith.\n"
            "\n"
            "Meadowbank Pharmacy said it hoped to reopen on Wednesday.\n"
        ),
        "2025-12-02",
        [("Meadowbank Pharmacy", "primary")],
        {"Meadowbank Pharmacy": {"pharmacy": "restoration_expected"}},
        [("pharmacy", "restoration_expected")],
        id="n42_pharmacy_subject_closed_cyber",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "incidents", "services", "claims"),
    EARLIER_CASES
    + EARLIER_GAINS
    + NAME_CASES
    + FOLLOW_UP_CASES
    + THEFT_TOLD_CASES
    + LATER_NAME_CASES
    + FINAL_CASES,
)
def test_review71_outcome(
    extract: Extract,
    text: str,
    published: str,
    incidents: list[tuple[str, str]],
    services: dict[str, dict[str, str]],
    claims: list[tuple[str, str]],
) -> None:
    record = extract(text, published=published)
    assert outcome(record) == (incidents, services, claims)

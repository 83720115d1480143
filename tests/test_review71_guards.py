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
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

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


@pytest.mark.parametrize(
    ("text", "published", "incidents", "services", "claims"),
    EARLIER_CASES + EARLIER_GAINS + NAME_CASES,
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
    assert [(i["organization"]["name"], i["role"]) for i in record["incidents"]] == incidents
    got = {
        i["organization"]["name"]: {s["service"]: s["status"] for s in i["services"]}
        for i in record["incidents"]
    }
    assert got == services
    told = sorted(
        {
            (str(c["service"]), c["status"])
            for i in record["incidents"]
            for c in i["restoration_claims"]
        }
    )
    assert told == claims

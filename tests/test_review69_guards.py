"""Guards from the review of round 69's first rules (02c9bc4), on the reviewer's own articles:
each pins the whole outcome (who is hit, in which role, with which services) that the base
gave and 02c9bc4 broke.

- A speaker after words with no quote took "its" or a service with no owner as its own when
  another organisation had been named before ("Hackers hit Y. Its website was knocked
  offline, police said"; a regulator, union, insurer, supplier or parent company), and a
  regulator's first-person act on another ('"We have suspended its licence"') as its trouble.
- A rival whose things kept going was tied to an incident told doing harm to another ("after
  a cyber attack hit a competitor", "that crippled Y", "by hackers on a rival", "on its
  biggest rival"), to a wave ("a spate of ransomware attacks across the sector", "a global IT
  outage"), to a habit ("always remain open after a cyber attack") and past a denial ("and
  that it had not been affected").
- "kept taking orders" ended the scan before the incident that tied the name, read a
  workaround ("by phone") and stolen data ("payments data") as a service working.
- Folding an agency into its parent ("an agency of", a bracketed short name) merged two
  victims and lost names; the fold was withdrawn.

SECOND_CASES come from the review of 11fc7a6 (the mends and the cause and ransom told): a
commentator, a rival or an insurer that blamed or attributed an incident ("put the fall in
sales down to the cyber attack", "blamed the cyber attack at a rival chain for the extra
demand", "blamed ransomware attacks for a rise in claims", "blamed rushed testing for the
outages") or handled a ransom in another sense (pirates, a blackmailer, "the ransom ban",
"ransom payments from victims", a scam, "if it were ever hit") was tied; a bystander named
after the story's victim kept its shops open "after a cyber attack, because it uses a
different supplier"; workarounds "on paper", "in offline mode", "in cash" read as services
working; a trade body's report of trouble "at a Brayford bakery" tied the body.

THIRD_CASES come from the review of d8d011d: a trade body whose members "largely remained
open after a cyber attack" (its members are not its things); card payments taken "offline"
and "Only six of its 40 branches continued to take bookings" read as working; a trade body's
"disrupted across the sector" and a quote under a condition ('"If we were hit by ransomware,
we would have to close"') tied the speaker, and so did an unquoted report of snow delays in a
story denying an attack; a union that "blamed an IT failure for late pay to council workers"
took the council's primary; a negotiator and an insurer paying a ransom "on behalf of"
another, a ransom for kidnapped engineers and "did not blame a cyber attack" tied their
speakers.

FOURTH_CASES come from the review of 50b8692: a police force speaking after a report
("Computer systems were encrypted ..., Kent Police said"; "The school's website was taken
offline ..., Westshire Police said") and a ministry or an insurer answering a ransom for
another ("demanded by hackers who hit Y", "for the city of Y", "for a client") took the
victim's primary; a hoax ransom whose story denies a breach in the next sentence; an
insurer, an index, a trade association, a consumer group and a broker that "blamed a cyber
attack for" a charge, figures, members' takings or another's delays (the ordinary scan tied
them once the report no longer hid its incident word), "has not so far blamed"; a business
whose things kept going after an attack "on its home airport", "its landlord", "its payments
partner", "its joint venture"; card payments "continued" at a share of stores after a
suspension, and "kept taking payments, though only in cash".

FIFTH_CASES come from the review of 9652389: a pub or a cafe quoted first in a story of its
supplier's attack or outage took the supplier's primary (a business that only speaks of its
trouble is now the victim only when no other is told hit); "continued to dispense
prescriptions, with delays", "but only urgent ones", "though more slowly" read as unaffected
(a carried-on act now needs the clause's end or "throughout", "as normal", "despite" after
it); "blamed a technical issue for the delayed launch of its new handheld" and "for the late
publication of its annual report" (figure words); "fixes a bug that caused the app to
crash, X said" (a report told in a relative clause); a law firm "which represents Y" that
"received a ransom demand"; and quotes recalling an attack years ago in a launch or a survey.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

Extract = Callable[..., dict[str, Any]]


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


CASES = [
    pytest.param(
        _article(
            "Ashcombe Council hit by cyber attack",
            "Ashcombe Council has been hit by a cyber attack, the authority confirmed on "
            "Wednesday.",
            "Its website was knocked offline by the attack on Tuesday night, Westvale Police said.",
            "Council staff have been told not to use their work laptops.",
        ),
        [("Ashcombe Council", "primary")],
        {"Ashcombe Council": {}},
        id="s06_police_knocked_offline",
    ),
    pytest.param(
        _article(
            "Kelby Logistics attacked",
            "Hackers broke into the network of Kelby Logistics on Sunday.",
            "Its systems were encrypted and deliveries were suspended, Kelby Police said in a "
            "statement.",
        ),
        [("Kelby Logistics", "primary")],
        {"Kelby Logistics": {}},
        id="s53_police_its_systems",
    ),
    pytest.param(
        _article(
            "Northfield school hacked",
            "Hackers attacked Northfield Primary School on Monday. Its website was knocked "
            "offline for a week, Kelby County Council said.",
            "The school said lessons were going ahead as normal.",
        ),
        [("Northfield Primary School", "primary")],
        {"Northfield Primary School": {}},
        id="s42_its_school_council",
    ),
    pytest.param(
        _article(
            "Hackers leak data stolen from Carrow Logistics",
            "A ransomware gang has published data it says was stolen from Carrow Logistics.",
            "It has been unable to deliver parcels since last week, the Road Haulage Federation "
            "said.",
            "Carrow Logistics said it was investigating the claims.",
        ),
        [("Carrow Logistics", "primary")],
        {"Carrow Logistics": {}},
        id="s23_it_refers_other",
    ),
    pytest.param(
        _article(
            "Brindle Bank customers locked out after attack",
            "Customers of Brindle Bank were unable to log in to their accounts on Tuesday after "
            "what the lender called a cyber incident.",
            "Online payments have been suspended while the incident is investigated, the "
            "Financial Conduct Office said.",
            "The bank said no customer money had been lost.",
        ),
        [("Brindle Bank", "primary")],
        {"Brindle Bank": {}},
        id="s02_regulator_service",
    ),
    pytest.param(
        _article(
            "Claims delayed after Tarnmoor Insurance hack",
            "Hackers have broken into systems at the broker Ashmere Partners, leaving clients "
            "unable to file claims.",
            "Customer service lines have been suspended while engineers investigate, the insurer "
            "Tarnmoor Mutual said.",
            "Ashmere Partners has not commented.",
        ),
        [("Ashmere Partners", "primary"), ("Tarnmoor Insurance", "related")],
        {"Ashmere Partners": {}, "Tarnmoor Insurance": {}},
        id="s12_insurer",
    ),
    pytest.param(
        _article(
            "Clinic bookings halted by IT failure",
            "Patients of the Westbrook Dental Group have been unable to book appointments since "
            "Monday.",
            "The booking system crashed after a faulty update, the software supplier Medora said.",
            "Westbrook Dental Group said it was taking bookings by phone.",
        ),
        [("Westbrook Dental Group", "primary")],
        {"Westbrook Dental Group": {}},
        id="s14_supplier_reports_client",
    ),
    pytest.param(
        _article(
            "Staff at Dunmore Foods paid late after attack",
            "Staff at the food manufacturer Dunmore Foods have been paid late after a ransomware "
            "attack.",
            "Payroll systems were encrypted by the hackers, the union Unify said.",
            "Dunmore Foods apologised to its staff.",
        ),
        [("Dunmore Foods", "primary")],
        {"Dunmore Foods": {}},
        id="s15_union_speaks",
    ),
    pytest.param(
        _article(
            "Fernway stores hit by IT outage",
            "An IT outage has hit tills at the discount chain Fernway.",
            "Card payments have been disrupted at its stores since Saturday morning, parent "
            "company Holbeck Group said.",
            "Fernway said cash was being accepted.",
        ),
        [("Fernway", "primary")],
        {"Fernway": {"card_payments": "disrupted"}},
        id="s11_parent_speaks",
    ),
    pytest.param(
        _article(
            "Pellow Bank fined",
            "Pellow Bank has been hit by a cyber attack that exposed customer details.",
            '"We have suspended its licence to take new customers'
            ' until the breach is investigated," the Prudential Conduct Office said.',
            "Pellow Bank said it would appeal.",
        ),
        [("Pellow Bank", "primary")],
        {"Pellow Bank": {"customer_data": "compromised"}},
        id="s52_regulator_we_suspended",
    ),
    pytest.param(
        _article(
            "Rival stays open as Marlow Foods reels",
            "The supermarket chain Marlow Foods has closed 40 stores after a cyber attack.",
            "Rival grocer Greystone said its shops remained open after a cyber attack hit a "
            "competitor on Monday.",
            "Marlow Foods said it did not know when stores would reopen.",
        ),
        [("Marlow Foods", "primary")],
        {"Marlow Foods": {"stores": "suspended"}},
        id="k01_rival_hit",
    ),
    pytest.param(
        _article(
            "Hollins Pharmacy shuts branches",
            "The pharmacy chain Hollins has shut 12 branches after a ransomware attack.",
            "Neighbouring chemist Brightway said its branches stayed open despite a ransomware "
            "attack that crippled Hollins.",
            "Hollins said patients should go to other pharmacies.",
        ),
        [("Hollins Pharmacy", "primary")],
        {"Hollins Pharmacy": {"stores": "suspended"}},
        id="k02_rival_that_crippled",
    ),
    pytest.param(
        _article(
            "Kelby Energy customers face bill delays",
            "Customers of Kelby Energy face delayed bills after hackers struck its billing system.",
            "Competitor Ashdown Power said its call centres stayed open after a cyber attack "
            "last week at a rival supplier.",
            "Kelby Energy said it would waive late fees.",
        ),
        [("Kelby Energy", "primary")],
        {"Kelby Energy": {}},
        id="k03_last_week_at",
    ),
    pytest.param(
        _article(
            "Hackers hit Morton Travel",
            "The travel agent Morton Travel has cancelled bookings after hackers encrypted its "
            "systems.",
            "Rival agent Sunpath said its booking site remained online after an attack by "
            "hackers on a rival.",
            "Morton Travel said it would refund customers.",
        ),
        [("Morton Travel", "primary")],
        {"Morton Travel": {"internal_systems": "disrupted"}},
        id="k07_by_hackers_on_rival",
    ),
    pytest.param(
        _article(
            "Waverley Books hit by outage",
            "The bookseller Waverley Books suffered an IT outage on Saturday that took its tills "
            "offline.",
            "Rival Lantern Books said its shops remained open in the wake of an outage that hit "
            "other booksellers in the city.",
            "Waverley Books said its tills were back by Sunday.",
        ),
        [("Waverley Books", "primary")],
        {"Waverley Books": {"card_payments": "restored"}},
        id="k11_rival_in_wake",
    ),
    pytest.param(
        _article(
            "Yarrow Foods stores shut",
            "Hackers hit the supermarket chain Yarrow Foods on Monday, closing 60 stores.",
            "Rival Brackley said its stores remained open after a cyber attack on Monday that "
            "shut Yarrow's shops.",
            "Yarrow Foods said it did not know when stores would reopen.",
        ),
        [("Yarrow Foods", "primary")],
        {"Yarrow Foods": {"stores": "suspended"}},
        id="k18_on_monday_rival",
    ),
    pytest.param(
        _article(
            "Hallam Fashion hit",
            "The fashion chain Hallam was hit by ransomware last week.",
            "Competitor Greystone said its shops remained open after a cyber attack on its "
            "biggest rival.",
            "Hallam said it was restoring systems.",
        ),
        [("Hallam Fashion", "primary")],
        {"Hallam Fashion": {"internal_systems": "partially_restored"}},
        id="k20_on_its_rival",
    ),
    pytest.param(
        _article(
            "Bexley Home hit by hackers",
            "The homeware chain Bexley Home has suspended online orders after hackers stole "
            "customer data.",
            "Its sister chain Bexley Garden said its website remained online despite a cyber "
            "attack on its sister business.",
            "Both chains are owned by Holbeck Group.",
        ),
        [("Bexley Home", "primary")],
        {"Bexley Home": {"online_orders": "suspended", "customer_data": "compromised"}},
        id="k28_sister_chain",
    ),
    pytest.param(
        _article(
            "Retailers hit by string of attacks",
            "A string of ransomware attacks has hit British retailers this spring.",
            "The department store chain Halloran said its stores remained open amid a spate of "
            "ransomware attacks across the sector.",
            "Halloran said it had invested heavily in security.",
        ),
        [],
        {},
        id="k04_wave_across",
    ),
    pytest.param(
        _article(
            "Pellow Bank on resilience",
            "Pellow Bank has published its resilience plan, as regulators demand banks prepare "
            "for cyber attacks.",
            "Pellow Bank said its branches always remain open after a cyber attack because they "
            "can run offline.",
            "The regulator said all banks must publish plans by December.",
        ),
        [],
        {},
        id="k22_generic_present",
    ),
    pytest.param(
        _article(
            "Global outage hits airlines and banks",
            "A faulty update from the security firm CrowdShield knocked out computers at "
            "airlines and banks worldwide on Friday.",
            "Pellow Bank said its branches stayed open amid a global IT outage and that it had "
            "not been affected.",
            "CrowdShield said it had fixed the update.",
        ),
        [],
        {},
        id="k25_global_outage",
    ),
    pytest.param(
        _article(
            "Tallis Wines customers angry",
            "Customers of Tallis Wines say the merchant kept taking orders for weeks after a "
            "cyber attack shut its warehouse, even though nothing could be shipped.",
            "Tallis Wines said it would refund all affected orders.",
        ),
        [("Tallis Wines", "primary")],
        {
            "Tallis Wines": {
                "stock_and_supply": "suspended",
                "returns_refunds": "disrupted",
            }
        },
        id="c22_took_payments_unfulfilled",
    ),
    pytest.param(
        _article(
            "Kestrel Pizza website down",
            "The takeaway chain Kestrel Pizza's website has been down since Friday after a cyber "
            "attack.",
            "Its branches continued to take orders by phone.",
            "Kestrel Pizza said the website would be back next week.",
        ),
        [("Kestrel Pizza", "primary")],
        {"Kestrel Pizza": {"website": "restoration_expected"}},
        id="c01_phone_workaround",
    ),
    pytest.param(
        _article(
            "Skimmer found on Ravel Shoes site",
            "Hackers planted a card skimmer on the website of the shoe retailer Ravel Shoes.",
            "The attackers kept taking payments data from customers for three months before it "
            "was found.",
            "Ravel Shoes said it had removed the code.",
        ),
        [("Ravel Shoes", "primary")],
        {"Ravel Shoes": {}},
        id="c04_attackers_kept",
    ),
    pytest.param(
        _article(
            "Hackers hit energy firm and bank",
            "Hackers hit Kelby Energy and Pellow Bank (PB), which is owned by Holbeck Group, on "
            "Tuesday.",
            "Kelby Energy said its billing systems were encrypted.",
            "Pellow Bank said customer data may have been accessed.",
        ),
        [("Kelby Energy", "primary"), ("Pellow Bank", "related")],
        {
            "Kelby Energy": {"internal_systems": "disrupted"},
            "Pellow Bank": {"customer_data": "compromised"},
        },
        id="a04_bracket_list_fold",
    ),
    pytest.param(
        _article(
            "Dairies hit by hackers",
            "Victims of the attack included Ashby Foods (Leeds), Kettle Farms (York) and Brindle "
            "Dairies, which is owned by Holbeck Group.",
            "Ashby Foods said its production lines were stopped.",
        ),
        [("Ashby Foods", "primary")],
        {"Ashby Foods": {}},
        id="a14_bracket_list_owned",
    ),
    pytest.param(
        _article(
            "Northgate Housing records encrypted",
            "Northgate Housing, an arm of Kelby City Council, said on Monday that ransomware had "
            "encrypted its tenant records.",
            "Kelby City Council said its own systems and its website were unaffected.",
        ),
        [("Northgate Housing", "primary"), ("Kelby City Council", "related")],
        {
            "Northgate Housing": {},
            "Kelby City Council": {"website": "unaffected", "internal_systems": "unaffected"},
        },
        id="a12_arm_of_council_unaffected",
    ),
    pytest.param(
        _article(
            "Two public bodies hit",
            "The Marine Licensing Office, an agency of the Coastal Department, was hit by "
            "ransomware on Friday, and the Coastal Department's own email system was also "
            "disrupted.",
            "The department said staff were using personal phones.",
        ),
        [("Marine Licensing Office", "primary"), ("Coastal Department", "related")],
        {"Marine Licensing Office": {}, "Coastal Department": {"internal_systems": "disrupted"}},
        id="a08_agency_of_two_victims",
    ),
]


SECOND_CASES = [
    pytest.param(
        _article(
            "Grocer's profits hit by ransomware",
            "Penhallow Foods said profits fell by a third after a ransomware attack shut its "
            "warehouses in March.",
            "Broker Dunlin Securities attributed the drop to the ransomware attack and cut its "
            "forecast for the year.",
        ),
        [("Penhallow Foods", "primary")],
        {"Penhallow Foods": {"stock_and_supply": "suspended"}},
        id="r4_04_analyst_firm_attributed",
    ),
    pytest.param(
        _article(
            "Kestrel Stores sales slump after hack",
            "Kestrel Stores said its online shop was offline for three weeks after a cyber "
            "attack in April.",
            "Morrow Capital put the fall in sales down to the cyber attack and cut its price "
            "target for the shares.",
        ),
        [("Kestrel Stores", "primary")],
        {"Kestrel Stores": {"online_orders": "disrupted"}},
        id="r4_50_analyst_firm_bare",
    ),
    pytest.param(
        _article(
            "Shares slide on hack fears",
            "Morrow Capital blamed the cyber attack for a 12% fall in online sales in its note "
            "to clients on Wednesday.",
            "Kestrel Stores, the grocer, said last week that its website had been taken offline "
            "after hackers got into its systems.",
        ),
        [("Kestrel Stores", "primary")],
        {"Kestrel Stores": {"website": "suspended"}},
        id="r4_70_analyst_first_displaces",
    ),
    pytest.param(
        _article(
            "Fernway Pharmacy enjoys record month",
            "Fernway Pharmacy said sales rose 12% in May.",
            "Fernway Pharmacy blamed the cyber attack at a rival chain for the extra demand, "
            "saying many customers had switched over the past fortnight.",
        ),
        [],
        {},
        id="r4_06_rival_named_blamed",
    ),
    pytest.param(
        _article(
            "Online grocer gains customers",
            "Thistle Fresh, the online grocer, said it had signed up 40,000 new customers in May.",
            "Thistle Fresh attributed the growth to the outage at a competitor, which left "
            "shoppers unable to order for a week.",
        ),
        [],
        {},
        id="r4_07_attributed_growth_to_outage",
    ),
    pytest.param(
        _article(
            "Port delays ease",
            "Shipping delays at the port of Harwick eased on Tuesday.",
            "Freight firm Oakline Haulage attributed last week's delays to a cyber attack on the "
            "port's customs system, and said its lorries were moving normally again.",
        ),
        [("Harwick", "primary")],
        {"Harwick": {}},
        id="r4_22_attributed_to_attack_elsewhere",
    ),
    pytest.param(
        _article(
            "Hospital under pressure after neighbour hit",
            "St Aldric's Hospital said it had treated 30% more patients in its emergency "
            "department this week.",
            "St Aldric's Hospital blamed a ransomware attack for the extra patients, after "
            "ambulances were diverted from a neighbouring trust whose systems were shut down.",
        ),
        [],
        {},
        id="r4_23_hospital_blamed_nearby",
    ),
    pytest.param(
        _article(
            "Chemical prices rise",
            "Prices of industrial chemicals rose 6% in May.",
            "Traders at Holbeck Commodities blamed a ransomware attack at a large European "
            "producer for the rise.",
        ),
        [],
        {},
        id="r4_63_blamed_ransomware_for_industry",
    ),
    pytest.param(
        _article(
            "Security firm profits soar",
            "Shieldwall Security said profits doubled last year.",
            "Shieldwall Security put its success down to the ransomware attacks on retailers, "
            "which it said had pushed many firms to buy its services.",
        ),
        [],
        {},
        id="r4_65_put_success_down",
    ),
    pytest.param(
        _article(
            "Insurer warns of rising cyber claims",
            "Halden Mutual, one of the country's largest business insurers, blamed ransomware "
            "attacks for a 40% rise in claims last year.",
            "The insurer said small firms were most at risk and urged them to keep offline "
            "backups.",
        ),
        [],
        {},
        id="r4_09_insurer_claims",
    ),
    pytest.param(
        _article(
            "Most breaches start with an email, survey finds",
            "Most data breaches at small firms begin with a fake email, a survey has found.",
            "Corvid Research, which questioned 1,200 businesses, blamed phishing emails for two "
            "thirds of the breaches reported to it last year. It advised firms to train staff "
            "and turn on two-factor authentication.",
        ),
        [],
        {},
        id="r4_11_survey_phishing",
    ),
    pytest.param(
        _article(
            "Software updates behind most outages, report says",
            "Failed software updates caused most IT outages at large companies last year, "
            "according to a report.",
            "Cloudmetric, which wrote the report, blamed rushed testing for the outages and "
            "urged firms to roll out changes in stages.",
        ),
        [],
        {},
        id="n_11_outage_report",
    ),
    pytest.param(
        _article(
            "Police receive ransom demand in extortion case",
            "Ashcombe Police received a ransom demand from a man who claimed to have poisoned "
            "food in a supermarket, a court heard.",
            "The man, 44, denies blackmail. The trial continues.",
        ),
        [],
        {},
        id="r4_39_police_received",
    ),
    pytest.param(
        _article(
            "Bank chief says no to hackers",
            "Dunmore Bank's chief executive said the bank would not pay the ransom if it were "
            "ever hit by hackers, in a speech on Tuesday.",
            "She urged other banks to do the same.",
        ),
        [],
        {},
        id="r4_41_would_not_pay_the_ransom_policy",
    ),
    pytest.param(
        _article(
            "MPs reject ransom ban amendment",
            "MPs have rejected an amendment that would have banned all companies from paying "
            "ransoms.",
            "The Federation of Small Businesses rejected the ransom ban as unworkable, saying "
            "small firms could be left with no way to recover their data.",
        ),
        [],
        {},
        id="r4_42_reject_ransom_proposal",
    ),
    pytest.param(
        _article(
            "Crypto exchange boss jailed",
            "The founder of a cryptocurrency exchange has been jailed for eight years.",
            "Nexa Coin received ransom payments worth 9 million dollars from dozens of victims "
            "of hackers, prosecutors said.",
        ),
        [],
        {},
        id="r4_53_exchange_received",
    ),
    pytest.param(
        _article(
            "Sextortion emails target college staff",
            "Staff at Belford College have been sent emails falsely claiming that hackers had "
            "stolen their data.",
            "Belford College received a ransom demand by email on Monday, but said its systems "
            "had not been breached and the message was a scam.",
        ),
        [],
        {},
        id="r4_55_scam_email",
    ),
    pytest.param(
        _article(
            "Tills down at convenience stores after supplier hack",
            "Hundreds of convenience stores have been unable to take card payments since a cyber "
            "attack on Paylane, which supplies their tills.",
            "Corner Stop, which uses a different supplier, said its shops remained open after a "
            "cyber attack and were taking cards as normal.",
        ),
        [("Paylane", "primary")],
        {"Paylane": {"card_payments": "disrupted"}},
        id="r1_03_shops_open_after_attack_supplier",
    ),
    pytest.param(
        _article(
            "Tills down at convenience stores",
            "Hundreds of convenience stores have been unable to take card payments since a cyber "
            "attack on Paylane, which supplies their tills.",
            "Corner Stop said its shops remained open after a cyber attack, because it uses a "
            "different supplier.",
        ),
        [("Paylane", "primary")],
        {"Paylane": {"card_payments": "disrupted"}},
        id="r1_20_because_other_supplier",
    ),
    pytest.param(
        _article(
            "Hospital trust hit",
            "A ransomware attack on the Northmoor hospitals trust has forced it to cancel "
            "operations.",
            "Kingsway Private Hospital said its theatres remained open after a ransomware attack "
            "and that it would take on some of the trust's patients.",
        ),
        [("Northmoor", "primary")],
        {"Northmoor": {}},
        id="r1_15_after_attack_hospital_group",
    ),
    pytest.param(
        _article(
            "Cafe chain hit by till outage",
            "Bean Street Cafes said its tills failed on Saturday after a software fault. Staff "
            "continued to take orders on paper until the problem was fixed.",
        ),
        [("Bean Street Cafes", "primary")],
        {"Bean Street Cafes": {"online_orders": "disrupted", "card_payments": "disrupted"}},
        id="r2_01_on_paper",
    ),
    pytest.param(
        _article(
            "Supermarket payments glitch",
            "Greenvale Supermarkets said a fault hit its card payment systems on Sunday. The "
            "stores continued to accept card payments in offline mode for several hours.",
        ),
        [("Greenvale Supermarkets", "primary")],
        {"Greenvale Supermarkets": {"card_payments": "disrupted"}},
        id="r2_05_offline_mode",
    ),
    pytest.param(
        _article(
            "Council payment systems hit",
            "Marfield Council's payment systems were hit by a cyber attack. Its offices "
            "continued to accept payments in cash and by cheque.",
        ),
        [("Marfield Council", "primary")],
        {"Marfield Council": {"card_payments": "disrupted"}},
        id="r2_11_cheques",
    ),
    pytest.param(
        _article(
            "Takeaway hit by outage",
            "Wok Express said its ordering system crashed on Friday evening. Staff kept taking "
            "orders until the system crashed at 7pm, and then had to turn customers away.",
        ),
        [("Wok Express", "primary")],
        {"Wok Express": {"stock_and_supply": "disrupted"}},
        id="r2_20_until",
    ),
    pytest.param(
        _article(
            "Restaurant group hit by attack",
            "Sorrel Kitchen's reservation system was taken offline after a cyber attack. The "
            "restaurants kept taking bookings with pen and paper.",
        ),
        [("Sorrel Kitchen", "primary")],
        {"Sorrel Kitchen": {"internal_systems": "suspended"}},
        id="r2_06_with_pen",
    ),
    pytest.param(
        _article(
            "Outage hits taxi firm",
            "Cabline Taxis said its booking app failed on Friday after an IT fault. It continued "
            "to take bookings using a backup phone line.",
        ),
        [("Cabline Taxis", "primary")],
        {"Cabline Taxis": {"mobile_app": "disrupted"}},
        id="r2_04_using_phones",
    ),
    pytest.param(
        _article(
            "Pharmacy systems hit",
            "Cresswell Pharmacy's computer systems were hit by a ransomware attack on Monday. "
            "The pharmacy kept serving customers in person but online orders were suspended.",
        ),
        [("Cresswell Pharmacy", "primary")],
        {
            "Cresswell Pharmacy": {
                "online_orders": "suspended",
                "internal_systems": "disrupted",
                "pharmacy": "disrupted",
            }
        },
        id="r2_03_in_person",
    ),
    pytest.param(
        _article(
            "Card payments fail at bakery",
            "Card payments failed at a Brayford bakery on Saturday, the Federation of "
            "Independent Retailers said. The owner said she had to turn customers away.",
        ),
        [],
        {},
        id="r3_20_fib_bakery",
    ),
]


THIRD_CASES = [
    pytest.param(
        _article(
            "Small shops shrug off cyber threats, survey says",
            "The Federation of Small Traders said its members largely remained open after a "
            "cyber attack last year, according to a survey of 1,200 businesses published on "
            "Thursday.",
            "The survey found that four in ten small firms had no backup for their card "
            "machines. The federation urged members to keep paper records.",
        ),
        [],
        {},
        id="a05_trade_body_members_open",
    ),
    pytest.param(
        _article(
            "Tills fail at Quantock Stores",
            "An IT failure knocked out the tills at Quantock Stores' 18 shops on Friday.",
            "The shops continued to accept card payments offline, storing transactions to "
            "process later, the chain said.",
        ),
        [("Quantock Stores", "primary")],
        {"Quantock Stores": {"card_payments": "disrupted"}},
        id="b03_card_offline",
    ),
    pytest.param(
        _article(
            "Cyber attack disrupts Wendle Opticians",
            "Wendle Opticians was hit by a cyber attack on Tuesday. Only six of its 40 branches "
            "continued to take bookings, the company said, while the rest turned customers away.",
        ),
        [("Wendle Opticians", "primary")],
        {"Wendle Opticians": {}},
        id="b07_only_some_branches",
    ),
    pytest.param(
        _article(
            "Card payment glitch hits shoppers",
            "Card payments were disrupted across the sector on Friday afternoon, the Retail "
            "Payments Council said.",
            "The problem was traced to a fault at Corvex Payments, which processes transactions "
            "for thousands of shops. Corvex said its systems were working again by 6pm.",
        ),
        [("Corvex Payments", "primary")],
        {"Corvex Payments": {"card_payments": "disrupted", "internal_systems": "restored"}},
        id="c01_sector_card_payments",
    ),
    pytest.param(
        _article(
            "Shops warned to prepare for cyber attacks",
            '"If we were hit by ransomware, we would have to close our stores within hours," '
            "said Milbury Convenience.",
            "The chain was speaking at a conference on retail security in Birmingham on Tuesday. "
            "Milbury has not suffered an attack.",
        ),
        [],
        {},
        id="c04_hypothetical_quote",
    ),
    pytest.param(
        _article(
            "Snow delays deliveries",
            "Harrold Stores denied rumours on social media of a cyber attack on Tuesday.",
            "Deliveries to stores in Scotland have been delayed by heavy snow, Harrold Stores "
            "said. Some shelves were empty in Aberdeen and Inverness.",
        ),
        [],
        {},
        id="c08_weather_deliveries",
    ),
    pytest.param(
        _article(
            "Council staff paid late",
            "The Public Service Workers Union blamed an IT failure for late pay to thousands of "
            "council workers.",
            "Bramley County Council said a fault in its payroll software had delayed salaries by "
            "two days.",
        ),
        [("Bramley County Council", "primary")],
        {"Bramley County Council": {}},
        id="d06_union_late_pay",
    ),
    pytest.param(
        _article(
            "Ransom negotiators in the spotlight",
            "Keystone Negotiations, a firm that bargains with hackers, said it paid a ransom on "
            "behalf of a client whose systems had been encrypted.",
            "The firm would not name the client.",
        ),
        [],
        {},
        id="d12_negotiator_paid_client",
    ),
    pytest.param(
        _article(
            "Insurer paid hackers, papers show",
            "Insurer Fendale Mutual paid a ransom of $2m on behalf of Corran Hospital, court "
            "papers show.",
            "The hospital's systems were encrypted in January and patients were diverted to "
            "other hospitals for a week.",
        ),
        [],
        {},
        id="d13_insurer_paid_named_hospital",
    ),
    pytest.param(
        _article(
            "Mining company pays for release of engineers",
            "Talgarth Mining paid a ransom to free three engineers kidnapped near its site in "
            "the Sahel, according to local officials.",
            "Operations at the mine were suspended for two weeks. The engineers are back in "
            "Europe.",
        ),
        [],
        {},
        id="d14_kidnap_ransom",
    ),
    pytest.param(
        _article(
            "Trenton Water billing error",
            "Trenton Water did not blame a cyber attack for the billing errors, instead pointing "
            "to a mistake by a member of staff.",
            "About 3,000 customers were charged twice in May.",
        ),
        [],
        {},
        id="e05_did_not_blame",
    ),
]


FOURTH_CASES = [
    pytest.param(
        _article(
            "Care home systems encrypted",
            "Computer systems were encrypted in a ransomware attack on Sunday, Kent Police said.",
            "Officers are working with Greyfriars Care Home, where staff have reverted to paper "
            "records.",
        ),
        [("Greyfriars Care Home", "primary")],
        {"Greyfriars Care Home": {"internal_systems": "disrupted"}},
        id="n03_police_care_home",
    ),
    pytest.param(
        _article(
            "School website down",
            "The school's website was taken offline after a cyber attack, Westshire Police said.",
            "Parents were told to check the school's social media pages for updates.",
        ),
        [],
        {},
        id="n02_police_school_website",
    ),
    pytest.param(
        _article(
            "Ministry will not pay hackers",
            "The Health Ministry said it would not pay the ransom demanded by hackers who hit "
            "Calderwood Hospital last week.",
            "Operations at the hospital were cancelled and ambulances diverted.",
        ),
        [("Calderwood Hospital", "primary")],
        {"Calderwood Hospital": {}},
        id="n04_ministry_refuses_ransom",
    ),
    pytest.param(
        _article(
            "Insurer paid",
            "Carrow Mutual paid the ransom for the city of Oakmere, according to documents seen "
            "by this newspaper.",
            "Oakmere's systems were hit by ransomware in March and council services were "
            "disrupted for weeks.",
        ),
        [("Oakmere", "primary")],
        {"Oakmere": {"internal_systems": "disrupted"}},
        id="f06_insurer_paid_for_city",
    ),
    pytest.param(
        _article(
            "Insurer paid",
            "Cyber insurer Halewood Mutual paid the ransom for a client whose servers were "
            "encrypted by hackers.",
            "The insurer did not name the client.",
        ),
        [],
        {},
        id="n17_insurer_paid_for_client",
    ),
    pytest.param(
        _article(
            "Brookfield School hoax",
            "Brookfield School received a ransom demand by email on Monday.",
            "It said its systems had not been breached and police believed the message was a hoax.",
        ),
        [],
        {},
        id="f03_received_demand_hoax_next_sentence",
    ),
    pytest.param(
        _article(
            "Dunvale Insurance results",
            "Dunvale Insurance blamed a cyber attack for a \u00a340m charge in its half-year "
            "results, citing claims from a single policyholder.",
            "The insurer said its own systems were not affected.",
        ),
        [],
        {},
        id="e05_insurer_blames_charge",
    ),
    pytest.param(
        _article(
            "Footfall dips",
            "The Retail Footfall Index blamed a cyber attack for a dip in its weekly footfall "
            "figures.",
            "Visits to high streets fell 3% in the week to Saturday.",
        ),
        [],
        {},
        id="n08_footfall_index",
    ),
    pytest.param(
        _article(
            "Traders hit",
            "The Northern Traders Association blamed a cyber attack for a fall in its members' "
            "takings.",
            "It did not say which business had been attacked.",
        ),
        [],
        {},
        id="n09_trade_body_members_takings",
    ),
    pytest.param(
        _article(
            "Holiday refunds delayed",
            "Consumer group Fairdeal blamed a cyber attack for delays to refunds at holiday firm "
            "Sunvista.",
            "Sunvista said its call centre was busy and refunds would be paid by July.",
        ),
        [],
        {},
        id="n01_consumer_group_blames",
    ),
    pytest.param(
        _article(
            "Ravel Homes shares fall",
            "Shares in Ravel Homes fell 5% on Thursday.",
            "Broker Dunmore & Co blamed a cyber attack for delays to its completions.",
        ),
        [],
        {},
        id="n11_broker_blames_ravel",
    ),
    pytest.param(
        _article(
            "Penrose Airport delays",
            "Penrose Airport has not so far blamed a cyber attack for the check-in delays, which "
            "it said were being investigated.",
            "Passengers were told to arrive early.",
        ),
        [],
        {},
        id="e12_has_not_so_far_blamed",
    ),
    pytest.param(
        _article(
            "Flights normal",
            "Skylane Air said its flights were running normally after a cyber attack on its home "
            "airport.",
            "Passengers were advised to allow extra time at security.",
        ),
        [],
        {},
        id="n12_airline_home_airport",
    ),
    pytest.param(
        _article(
            "Toy shops open",
            "Tillbury Toys said its shops remained open after a cyber attack on its landlord.",
            "The landlord owns 40 shopping centres.",
        ),
        [],
        {},
        id="n14_toys_landlord",
    ),
    pytest.param(
        _article(
            "Stores open",
            "Brindle & Co said its stores stayed open after a cyber attack on its payments "
            "partner on Friday.",
            "Customers were able to pay by card as usual.",
        ),
        [],
        {},
        id="n15_retailer_payments_partner",
    ),
    pytest.param(
        _article(
            "Car plants running",
            "Orwell Motors said its factories kept running after a ransomware attack at its "
            "joint venture in China.",
            "The venture makes batteries.",
        ),
        [],
        {},
        id="n16_joint_venture",
    ),
    pytest.param(
        _article(
            "Dalby Fashion hit by cyber attack",
            "Dalby Fashion suspended online orders and card payments on Saturday after a cyber "
            "attack.",
            "Its franchise stores in Ireland, which use a separate system, continued to accept "
            "card payments.",
        ),
        [("Dalby Fashion", "primary")],
        {"Dalby Fashion": {"online_orders": "suspended", "card_payments": "suspended"}},
        id="n26_franchise_continued_cards",
    ),
    pytest.param(
        _article(
            "Dalby Fashion attack",
            "Dalby Fashion was hit by a cyber attack on Saturday. Its shops kept taking "
            "payments, though only in cash.",
            "Its website was also down.",
        ),
        [("Dalby Fashion", "primary")],
        {"Dalby Fashion": {"website": "disrupted"}},
        id="n18_payments_only_cash",
    ),
]


FIFTH_CASES = [
    pytest.param(
        _article(
            "Pubs run dry after brewery cyber attack",
            "The Red Lion in Cradley said its cellar was almost empty on Wednesday. Beer "
            "deliveries have been suspended after a ransomware attack, the Red Lion said.",
            "Hallam Brewery, which supplies 300 pubs in the Midlands, said the attack had "
            "encrypted its distribution systems at the weekend. It said it had not paid a ransom "
            "and expected deliveries to restart next week.",
        ),
        [("Hallam Brewery", "primary")],
        {
            "Hallam Brewery": {
                "stock_and_supply": "disrupted",
                "home_delivery": "restoration_expected",
            }
        },
        id="d05_pub_first_brewery_attack",
    ),
    pytest.param(
        _article(
            "Cafes count cost of card outage",
            '"Our card machines stopped working at 9am and we lost a whole day of trading," '
            "said Hollow Oak Cafe in Ludlow.",
            "The cafe was one of thousands of businesses hit by an outage at Paylinx, which "
            "supplies card machines to small firms. Paylinx said a fault in a data centre had "
            "been fixed by 3pm.",
        ),
        [("Paylinx", "primary")],
        {"Paylinx": {"card_payments": "disrupted"}},
        id="q07_cafe_quote_first_payment_firm",
    ),
    pytest.param(
        _article(
            "Pharmacies limited after attack",
            "Corbel Pharmacies said its pharmacies continued to dispense prescriptions after a "
            "ransomware attack, but only urgent ones could be handled on the first day.",
            "The company said its online repeat prescription service had been suspended.",
        ),
        [("Corbel Pharmacies", "primary")],
        {"Corbel Pharmacies": {}},
        id="k10_dispensed_only_emergency",
    ),
    pytest.param(
        _article(
            "Pharmacy chain's systems hit",
            "Corbel Pharmacies said a cyber attack had hit its computer systems on Monday.",
            "Its pharmacies continued to dispense prescriptions, with delays of up to a day, the "
            "company said. Its online repeat prescription service has been suspended.",
        ),
        [("Corbel Pharmacies", "primary")],
        {"Corbel Pharmacies": {"internal_systems": "disrupted", "pharmacy": "disrupted"}},
        id="p10_continued_dispense_delays",
    ),
    pytest.param(
        _article(
            "Retailer's website slow after attack",
            "Threadwell said it continued to process online orders after a cyber attack on "
            "Saturday, though more slowly than usual.",
            "The retailer said its stores were not affected.",
        ),
        [("Threadwell", "primary")],
        {"Threadwell": {"stores": "unaffected"}},
        id="q04_continued_online_orders_slowly",
    ),
    pytest.param(
        _article(
            "Zentro delays handheld console",
            "Console maker Zentro blamed a technical issue for the delayed launch of its new "
            "handheld, which will now go on sale in October.",
            "Zentro said the issue had been found in final testing and had been fixed. Shares in "
            "the company fell 6% on the news.",
        ),
        [],
        {},
        id="l02_console_technical_issue_launch",
    ),
    pytest.param(
        _article(
            "Bank releases new app",
            "Brightwater Bank released a new version of its mobile app on Monday with a "
            "redesigned home screen.",
            "The update also fixes a bug that caused the app to crash on some older phones, "
            "Brightwater Bank said. Customers can download it from app stores now.",
        ),
        [],
        {},
        id="p09_app_update_bug_crash",
    ),
    pytest.param(
        _article(
            "Hospital hackers demand ransom",
            "Law firm Carver Price, which represents St Aldhelm's Hospital, said it had received "
            "a ransom demand from the hackers.",
            "St Aldhelm's Hospital said its computer systems had been encrypted in a ransomware "
            "attack on Sunday and that operations had been cancelled.",
        ),
        [("St Aldhelm's Hospital", "primary")],
        {"St Aldhelm's Hospital": {"internal_systems": "disrupted"}},
        id="p08_lawyer_received_ransom_v2",
    ),
    pytest.param(
        _article(
            "Security firm launches backup service",
            "Cyber security firm Vaultline launched a new backup service for small businesses on "
            "Tuesday.",
            '"When we were hit by ransomware in 2021 we had no backups at all," said Hartwell '
            "Logistics, one of the first firms to use the service.",
            "Vaultline said the service would cost 30 pounds a month.",
        ),
        [],
        {},
        id="l13_product_launch_we_were_hit_quote",
    ),
    pytest.param(
        _article(
            "Small firms going without cyber insurance, survey finds",
            "Only one in five small businesses has insurance against cyber attacks, according to "
            "a survey by the Federation of Independent Traders.",
            '"We were hit by a cyber attack three years ago and it nearly closed us," said '
            "Bramley Bakery, one of the firms surveyed.",
            "The federation said insurers should make policies cheaper for small firms.",
        ),
        [],
        {},
        id="p05_survey_quote_past_attack",
    ),
    pytest.param(
        _article(
            "Retailer delays annual report",
            "Brackley Foods blamed a technical glitch for the late publication of its annual "
            "report, which will now be released on Friday.",
            "The company said its results were in line with forecasts.",
        ),
        [],
        {},
        id="r02_annual_report_glitch",
    ),
]


@pytest.mark.parametrize(
    ("text", "incidents", "services"),
    CASES + SECOND_CASES + THIRD_CASES + FOURTH_CASES + FIFTH_CASES,
)
def test_review69_outcome(
    extract: Extract,
    text: str,
    incidents: list[tuple[str, str]],
    services: dict[str, dict[str, str]],
) -> None:
    record = extract(text, published="2025-06-12")
    got = [(i["organization"]["name"], i["role"]) for i in record["incidents"]]
    assert got == incidents
    got_services = {
        i["organization"]["name"]: {s["service"]: s["status"] for s in i["services"]}
        for i in record["incidents"]
    }
    assert got_services == services

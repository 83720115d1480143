"""Guards from the reviews of round 73's rules, on the reviewers' own articles: each pins the
whole outcome (who is hit, in which role, with which services, claims and incident types).

P_MENDED_CASES come from the review of d2fe566 (public bodies named by a frame): the port
where a named firm works read as the firm's brand ("which runs the main container terminal at
the Port of X", and the port's state then the firm's) and "The London Borough of X" cut at its
frame, its first words a victim of their own. P_GAINS_CASES are that
review's stories f77baa8 got wrong that the rules set right: "a hospital in the Borough of X"
no longer makes the borough the victim, "City Hall said" no victim, "The City of Amber Dene"
one name, and "Village Administrator Gwen Harlan" a person.

GROUP_MENDED_CASES come from the review of ada7ea9 (counted groups of victims): a victim's own
shops read as a group ("Each of the stores reopened", "All 12 stores were back"), counts no
list matched leaving their sentence to no one ("Both supermarkets said ... had been accessed"
with one name never a candidate; two councils named in separate sentences), a list of rivals
nearer than the victims ("Rival grocers X and Y ... Both grocers said"), and "Both brands'
websites" in a group's own story. GROUP_GAINS_CASES are its stories set right.

SUPPLIER_MENDED_CASES come from the review of c60bf22 (a client's trouble at its supplier):
"this year after the attacks on X", "this month after the ransomware attack on Y", "last week
after the attack on Z the week before" and "that day after" read as causes; "its systems",
"its IT provider is helping" and a supplier hit in a separate attack read as a supplier named
later; and "the grocer it relies on for a third of its revenue" read as a supplier.
SUPPLIER_GAINS_CASES are its stories set right ("the courier firm they rely on, X").

LOST_MENDED_CASES come from the review of 4fa3ac4 (services lost): "were without signs of
ransomware", "without evidence of a data breach", "without updates", "had been without its main
infrastructure", "were without electricity" read as services down (and the "without" no longer
denying the attack), and "Members who lose access ... should call the helpline" as a loss.

DUTY_MENDED_CASES come from the review of b962481 (duties of many to report, and "the latest in
a string of attacks"): "Both firms are legally required to report the data breach" and "The
retailers must notify customers of the data breach", the story's own victims, read as the law's
generic duty (one story lost every incident). DUTY_GAINS_CASES are its stories set right:
duties of companies in general that gave types ("Companies must report a cyber attack that
affects essential services"; "businesses must disclose ransomware payments") and a trouble "the
latest in a series of attacks" read as still down after its return.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import outcome

Extract = Callable[..., dict[str, Any]]

P_MENDED_CASES = [
    pytest.param(
        (
            "Terminal operator Harrowgate Terminals says ransomware halted container handling\n"
            "\n"
            "Harrowgate Terminals, which runs the main container terminal at the Port of "
            "Kingsferry, said on Thursday that a ransomware attack had forced it to stop "
            "handling containers for almost two days.\n"
            "\n"
            "Lorry drivers reported queues of several miles on the approach roads as gate "
            "systems stopped working. The company said it had moved to manual processes and that "
            "container collections had partially resumed on Thursday morning.\n"
            "\n"
            "The Port of Kingsferry, the public body that owns the harbour, said its own systems "
            "had not been affected and that other terminals at the port were working normally.\n"
            "\n"
            "Harrowgate Terminals did not say whether a ransom had been demanded.\n"
        ),
        "2024-02-09",
        [("Harrowgate Terminals", "primary")],
        {"Harrowgate Terminals": {"internal_systems": "disrupted"}},
        [],
        {"Harrowgate Terminals": ["cyber_attack", "ransomware"]},
        id="a04_terminal_operator",
    ),
    pytest.param(
        (
            "London Borough of Hatchmere hit by cyber attack\n"
            "\n"
            "The London Borough of Hatchmere has been hit by a cyber attack that has disrupted "
            "housing benefit payments and its online services.\n"
            "\n"
            "The council said it discovered the attack on Monday and was working with the "
            "National Crime Agency. Its website is offline and residents are being asked to call "
            "instead.\n"
            "\n"
            "Hatchmere said it was too early to say whether any residents' data had been taken.\n"
        ),
        "2024-02-01",
        [("London Borough of Hatchmere", "primary")],
        {
            "London Borough of Hatchmere": {
                "online_orders": "disrupted",
                "website": "disrupted",
                "card_payments": "disrupted",
            }
        },
        [],
        {"London Borough of Hatchmere": ["cyber_attack"]},
        id="a40_london_borough",
    ),
]

P_GAINS_CASES = [
    pytest.param(
        (
            "Hospital in the Borough of Kelsmoor cancels appointments after IT failure\n"
            "\n"
            "St Aldhelm's Hospital in the Borough of Kelsmoor cancelled dozens of outpatient "
            "appointments on Friday after a failure in its patient records system.\n"
            "\n"
            "The hospital said the problem was caused by a faulty software update and was not a "
            "cyber attack. Clinicians switched to paper notes while engineers worked to restore "
            "the system.\n"
            "\n"
            "A spokeswoman for St Aldhelm's said most clinics were running normally again by "
            "Saturday afternoon, although the pharmacy was still experiencing delays.\n"
            "\n"
            "The hospital serves about 250,000 people across the Borough of Kelsmoor and "
            "neighbouring districts.\n"
        ),
        "2024-06-03",
        [("St Aldhelm's Hospital", "primary")],
        {"St Aldhelm's Hospital": {"internal_systems": "disrupted", "pharmacy": "disrupted"}},
        [],
        {"St Aldhelm's Hospital": ["technical_outage"]},
        id="a02_hospital_borough",
    ),
    pytest.param(
        (
            "City of Dunmore email and phones down after cyber attack\n"
            "\n"
            "The City of Dunmore has been hit by a cyber attack that has knocked out email and "
            "phone lines for its staff, City Hall said on Monday.\n"
            "\n"
            "City Hall said the attack was detected early on Sunday and that systems were shut "
            "down as a precaution. Emergency services are not affected.\n"
            "\n"
            "Residents trying to pay water bills online were met with an error message. City "
            "Hall said in-person payments could still be made at the customer service desk.\n"
            "\n"
            "Mayor Ruth Calloway said the city had called in the FBI.\n"
        ),
        "2024-07-15",
        [("City of Dunmore", "primary")],
        {
            "City of Dunmore": {
                "online_orders": "disrupted",
                "card_payments": "unaffected",
                "customer_service": "unaffected",
                "internal_systems": "suspended",
            }
        },
        [],
        {"City of Dunmore": ["cyber_attack"]},
        id="a21_city_hall_metonymy",
    ),
    pytest.param(
        (
            "Ransomware attack disrupts the City of Amber Dene\n"
            "\n"
            "The City of Amber Dene said a ransomware attack had disrupted its online services, "
            "including parking permits and building applications.\n"
            "\n"
            "The city said it first noticed problems on 1 March and had taken its website "
            "offline while investigators worked. Some residents' personal data may have been "
            "accessed.\n"
            "\n"
            '"Our priority is restoring services safely," City Manager Rhodri Penn said. The '
            "city expects its website to be back by the end of next week.\n"
        ),
        "2024-03-05",
        [("City of Amber Dene", "primary")],
        {
            "City of Amber Dene": {
                "online_orders": "disrupted",
                "website": "restoration_expected",
                "customer_data": "compromised",
            }
        },
        [("website", "restoration_expected")],
        {"City of Amber Dene": ["cyber_attack", "ransomware", "data_breach"]},
        id="a22_genuine_city",
    ),
    pytest.param(
        (
            "Village of Oak Hollow loses $480,000 in email scam\n"
            "\n"
            "The Village of Oak Hollow lost $480,000 after criminals impersonated a construction "
            "contractor and persuaded staff to change bank details, officials said.\n"
            "\n"
            "Village Administrator Gwen Harlan said the fraudulent payment was made on 3 June "
            "and discovered a week later when the real contractor asked why it had not been "
            "paid.\n"
            "\n"
            "The village has reported the theft to the FBI and its insurer. No resident data was "
            "involved, Harlan said.\n"
        ),
        "2024-06-24",
        [("Village of Oak Hollow", "primary")],
        {"Village of Oak Hollow": {"customer_data": "unaffected"}},
        [],
        {"Village of Oak Hollow": ["cyber_attack", "social_engineering"]},
        id="a27_genuine_village",
    ),
]

GROUP_MENDED_CASES = [
    pytest.param(
        (
            "Toy shop chain reopens after attack\n"
            "\n"
            "Toy retailer Playwell closed its stores in Bristol and Bath on Monday after a cyber "
            "attack disrupted its tills.\n"
            "\n"
            "The company said the attack had also affected its online shop, which remains "
            "offline.\n"
            "\n"
            "Each of the stores reopened on Wednesday, taking card payments as normal.\n"
        ),
        "2024-12-19",
        [("Playwell", "primary")],
        {
            "Playwell": {
                "online_orders": "disrupted",
                "card_payments": "restored",
                "stores": "suspended",
            }
        },
        [("card_payments", "restored")],
        {"Playwell": ["cyber_attack"]},
        id="o27_each_of_the_stores",
    ),
    pytest.param(
        (
            "Cycle retailer closes Scottish shops after hack\n"
            "\n"
            "Bike retailer Spokes & Co shut its 12 shops in Scotland on Tuesday after a cyber "
            "attack took down its till and stock systems.\n"
            "\n"
            "Staff were sent home and customers with repairs booked were told to rearrange.\n"
            "\n"
            "All 12 stores were back to normal by Thursday morning.\n"
            "\n"
            "Spokes & Co said no customer data had been taken.\n"
        ),
        "2025-03-14",
        [("Spokes & Co", "primary")],
        {
            "Spokes & Co": {
                "card_payments": "suspended",
                "stock_and_supply": "suspended",
                "stores": "restored",
                "customer_data": "unaffected",
            }
        },
        [("stores", "restored")],
        {"Spokes & Co": ["cyber_attack"]},
        id="o53_all_12_stores",
    ),
    pytest.param(
        (
            "Shoppers stranded as tills fail at two grocers\n"
            "\n"
            "Card payments failed at Pemberton Foods and Quayle Stores on Friday after a fault "
            "at their shared payment provider.\n"
            "\n"
            "Rival grocers Medway and Tolland, which use a different provider, saw long queues "
            "as shoppers switched.\n"
            "\n"
            "Both grocers said card payments were back on Saturday morning and apologised to "
            "customers.\n"
        ),
        "2025-10-11",
        [("Pemberton Foods", "primary"), ("Quayle Stores", "related")],
        {
            "Pemberton Foods": {"card_payments": "restored"},
            "Quayle Stores": {"card_payments": "restored"},
        },
        [("card_payments", "restored")],
        {"Pemberton Foods": ["technical_outage"], "Quayle Stores": ["technical_outage"]},
        id="o46_nearest_list_is_bystanders",
    ),
    pytest.param(
        (
            "Shoppers told to change passwords after loyalty scheme breach\n"
            "\n"
            "Customers of supermarkets Greenway and FreshCo have been told to change their "
            "passwords after hackers broke into a loyalty app run by a third-party supplier.\n"
            "\n"
            "The supplier, Pointly, said it detected unauthorised access on 8 June.\n"
            "\n"
            "Both supermarkets said customer names, email addresses and points balances had been "
            "accessed, but that no payment card details were taken.\n"
        ),
        "2025-06-12",
        [("Greenway", "primary")],
        {"Greenway": {"customer_data": "compromised"}},
        [],
        {"Greenway": ["cyber_attack", "data_breach", "third_party"]},
        id="g12_both_supermarkets_data",
    ),
    pytest.param(
        (
            "Second council hit in cyber attack on shared services\n"
            "\n"
            "Harford Council was hit by a cyber attack on Monday that took down its website and "
            "phone lines.\n"
            "\n"
            "Neighbouring Delby Council, which shares an IT department with Harford, was also "
            "affected.\n"
            "\n"
            "Both councils said their phone lines had been restored on Thursday, but their "
            "websites remained offline.\n"
        ),
        "2024-09-27",
        [("Harford Council", "primary"), ("Delby Council", "related")],
        {
            "Harford Council": {"website": "suspended", "customer_service": "restored"},
            "Delby Council": {},
        },
        [("customer_service", "restored")],
        {"Harford Council": ["cyber_attack"], "Delby Council": ["cyber_attack"]},
        id="o29_two_councils_separate_sentences",
    ),
    pytest.param(
        (
            "Fashion group's websites down after attack\n"
            "\n"
            "Retail group Castleford, which owns fashion brands Aster and Moor, has been hit by "
            "a cyber attack.\n"
            "\n"
            "The company said the attack was detected on Tuesday.\n"
            "\n"
            "Both brands' websites were offline on Wednesday, but stores were trading as normal.\n"
        ),
        "2025-05-02",
        [("Castleford", "primary")],
        {"Castleford": {"website": "disrupted", "stores": "unaffected"}},
        [],
        {"Castleford": ["cyber_attack"]},
        id="o59_both_brands_group",
    ),
]

GROUP_GAINS_CASES = [
    pytest.param(
        (
            "Card payment outage hits two Midlands retailers\n"
            "\n"
            "Shoppers at homeware retailer Hollins and sports chain Fettle were unable to pay by "
            "card on Thursday after a fault at a payment processing company both firms use.\n"
            "\n"
            "Customers reported queues at tills in Leicester, Derby and Nottingham, with some "
            "stores putting up signs saying they could only accept cash.\n"
            "\n"
            'Hollins said the problem began shortly after 9am and was "outside our control". '
            "Fettle apologised to customers on social media.\n"
            "\n"
            "Both retailers said card payments were working normally again by Friday morning.\n"
        ),
        "2025-03-15",
        [("Hollins", "primary"), ("Fettle", "related")],
        {"Hollins": {"card_payments": "restored"}, "Fettle": {"card_payments": "restored"}},
        [("card_payments", "restored")],
        {"Hollins": ["technical_outage"], "Fettle": ["technical_outage"]},
        id="g01_both_retailers",
    ),
    pytest.param(
        (
            "Three councils hit by ransomware attack on shared IT provider\n"
            "\n"
            "Ashcombe District Council, Brenfield Borough Council and Corley Vale Council have "
            "been hit by a ransomware attack on the IT company that runs their systems.\n"
            "\n"
            "The attack, which was detected on Tuesday, took down online payment portals and "
            "forced staff to work with pen and paper.\n"
            "\n"
            "A spokesperson for the provider, Civitas Systems, said it was working with the "
            "National Cyber Security Centre.\n"
            "\n"
            "All three councils said their websites would be back online by next Monday, but "
            "warned residents that some forms might remain unavailable for longer.\n"
        ),
        "2024-11-22",
        [
            ("Ashcombe District Council", "primary"),
            ("Brenfield Borough Council", "related"),
            ("Corley Vale Council", "related"),
        ],
        {
            "Ashcombe District Council": {
                "online_orders": "suspended",
                "website": "restoration_expected",
                "internal_systems": "disrupted",
            },
            "Brenfield Borough Council": {
                "website": "restoration_expected",
                "internal_systems": "disrupted",
            },
            "Corley Vale Council": {
                "website": "restoration_expected",
                "internal_systems": "disrupted",
            },
        },
        [("website", "restoration_expected")],
        {
            "Ashcombe District Council": ["cyber_attack", "ransomware", "third_party"],
            "Brenfield Borough Council": ["cyber_attack", "ransomware", "third_party"],
            "Corley Vale Council": ["cyber_attack", "ransomware", "third_party"],
        },
        id="g02_all_three_councils",
    ),
    pytest.param(
        (
            "Pathology attack: hospitals still cancelling operations\n"
            "\n"
            "Kingsford Hospitals NHS Trust, Ellerby Community Health NHS Trust and Marston Vale "
            "NHS Trust have been forced to cancel hundreds of operations after a cyber attack on "
            "a pathology supplier.\n"
            "\n"
            "The attack on the supplier, Synthex Labs, began on 3 June and has disrupted blood "
            "testing across south-east London.\n"
            "\n"
            "Each of the three trusts said its email systems had been restored on Monday, "
            "although blood test results were still being delivered by hand.\n"
            "\n"
            "Synthex Labs said the criminals behind the attack had stolen patient data and "
            "published some of it online.\n"
        ),
        "2024-06-20",
        [
            ("Kingsford Hospitals NHS Trust", "primary"),
            ("Ellerby Community Health NHS Trust", "related"),
            ("Marston Vale NHS Trust", "related"),
            ("Synthex Labs", "related"),
        ],
        {
            "Kingsford Hospitals NHS Trust": {"internal_systems": "partially_restored"},
            "Ellerby Community Health NHS Trust": {"internal_systems": "partially_restored"},
            "Marston Vale NHS Trust": {"internal_systems": "partially_restored"},
            "Synthex Labs": {"customer_data": "compromised"},
        },
        [("internal_systems", "partially_restored")],
        {
            "Kingsford Hospitals NHS Trust": ["cyber_attack", "third_party"],
            "Ellerby Community Health NHS Trust": ["cyber_attack", "third_party"],
            "Marston Vale NHS Trust": ["cyber_attack", "third_party"],
            "Synthex Labs": ["cyber_attack", "data_breach"],
        },
        id="g03_each_of_three_trusts",
    ),
]

SUPPLIER_MENDED_CASES = [
    pytest.param(
        (
            "Ferncroft hit by cyber attack as retail wave continues\n"
            "\n"
            "Ferncroft, the Yorkshire homeware chain, has suspended online orders after a cyber "
            "attack on its systems, the company said on Wednesday.\n"
            "\n"
            "Ferncroft is the third UK retailer to be hit this year after the attacks on "
            "Marlow's and Brindle Stores in the spring.\n"
            "\n"
            "The company said its 64 stores remained open and card payments were working "
            "normally. A spokesperson said it had called in external specialists and informed "
            "the Information Commissioner's Office.\n"
            "\n"
            "Ferncroft said it was too early to say whether customer data had been taken. Online "
            "orders are expected to resume next week.\n"
        ),
        "2025-06-12",
        [("Ferncroft", "primary"), ("Marlow", "related")],
        {
            "Ferncroft": {
                "online_orders": "restoration_expected",
                "card_payments": "unaffected",
                "stores": "unaffected",
            },
            "Marlow": {},
        },
        [("online_orders", "restoration_expected")],
        {"Ferncroft": ["cyber_attack"], "Marlow": ["cyber_attack"]},
        id="seq_third_retailer",
    ),
    pytest.param(
        (
            "Second Welsh council hit by ransomware in a month\n"
            "\n"
            "Taf Valley Council has been hit by a ransomware attack that has taken its website "
            "and online payment services offline, the authority confirmed on Tuesday.\n"
            "\n"
            "It is the second council in Wales to suffer a cyber attack this month after the "
            "ransomware attack on Gwent Vale Council on 4 November.\n"
            "\n"
            "Taf Valley said its phone lines were working and residents should call the contact "
            "centre to report issues or pay council tax.\n"
            "\n"
            "The council said there was no evidence so far that residents' personal data had "
            "been accessed. The National Cyber Security Centre is supporting the investigation.\n"
            "\n"
            "Gwent Vale Council said its systems had been fully restored last week.\n"
        ),
        "2024-11-20",
        [
            ("Taf Valley Council", "primary"),
            ("Second Welsh", "related"),
            ("Gwent Vale Council", "related"),
        ],
        {
            "Taf Valley Council": {
                "online_orders": "suspended",
                "website": "suspended",
                "customer_data": "unaffected",
                "customer_service": "disrupted",
            },
            "Second Welsh": {},
            "Gwent Vale Council": {"internal_systems": "restored"},
        },
        [("None", "restored")],
        {
            "Taf Valley Council": ["cyber_attack", "ransomware"],
            "Second Welsh": ["cyber_attack", "ransomware"],
            "Gwent Vale Council": ["cyber_attack", "ransomware"],
        },
        id="seq_second_council",
    ),
    pytest.param(
        (
            "Outdoor retailer Dunmore's website down for days\n"
            "\n"
            "Dunmore Outdoor's website went down last week after the cyber attack on Halden "
            "Sports the week before, leaving shoppers unable to place orders for almost five "
            "days.\n"
            "\n"
            "Dunmore said the outage was caused by a faulty software update to its own web "
            'servers and was not linked to any attack. "This was a technical failure on our '
            'side," a spokesperson said.\n'
            "\n"
            "The website came back online on Sunday evening, and the company said all orders "
            "placed before the outage would be delivered.\n"
            "\n"
            "Halden Sports, which was hit by ransomware in late February, said its stores and "
            "website had been running normally since Monday.\n"
        ),
        "2025-03-10",
        [("Dunmore Outdoor", "primary"), ("Halden Sports", "related")],
        {"Dunmore Outdoor": {"website": "restored"}, "Halden Sports": {"website": "restored"}},
        [("website", "restored")],
        {"Dunmore Outdoor": ["technical_outage"], "Halden Sports": ["cyber_attack", "ransomware"]},
        id="seq_lastweek_website",
    ),
    pytest.param(
        (
            "Tilbury Garden Centres hit by ransomware\n"
            "\n"
            "Tilbury Garden Centres said its systems were hit by ransomware on Monday, forcing "
            "it to shut its online shop.\n"
            "\n"
            "The company said its 18 garden centres were open and taking card payments as normal.\n"
            "\n"
            "The attack comes as a string of businesses in the region report problems. The "
            "provider, Westlink Hosting, which runs websites for several local councils, said on "
            "Tuesday it had suffered a ransomware attack of its own.\n"
            "\n"
            "Tilbury said it had reported the incident to the police.\n"
        ),
        "2025-06-25",
        [("Tilbury Garden Centres", "primary"), ("Westlink Hosting", "related")],
        {
            "Tilbury Garden Centres": {
                "online_orders": "suspended",
                "card_payments": "unaffected",
                "stores": "unaffected",
                "internal_systems": "disrupted",
            },
            "Westlink Hosting": {},
        },
        [],
        {
            "Tilbury Garden Centres": ["cyber_attack", "ransomware"],
            "Westlink Hosting": ["cyber_attack", "ransomware"],
        },
        id="sup_its_systems_later_named",
    ),
    pytest.param(
        (
            "Kiln & Co servers encrypted in attack\n"
            "\n"
            "Home furnishings retailer Kiln & Co said on Monday that criminals had encrypted its "
            "servers in a ransomware attack over the weekend.\n"
            "\n"
            "The company's website and online orders have been suspended. Its stores remain "
            "open, and its IT supplier is helping restore the systems from backups.\n"
            "\n"
            "The supplier, Netwise Solutions, said the attack had not spread to any of its other "
            "clients and that its own network had not been affected.\n"
            "\n"
            "Kiln & Co said it would update customers later in the week.\n"
        ),
        "2024-09-24",
        [("Kiln & Co", "primary"), ("Netwise Solutions", "related")],
        {
            "Kiln & Co": {
                "online_orders": "suspended",
                "website": "suspended",
                "stores": "unaffected",
                "internal_systems": "restored",
            },
            "Netwise Solutions": {"internal_systems": "unaffected"},
        },
        [("None", "restored")],
        {"Kiln & Co": ["cyber_attack", "ransomware"], "Netwise Solutions": ["cyber_attack"]},
        id="sup_not_hit_helper",
    ),
    pytest.param(
        (
            "Dorrell Motors hit by cyber attack\n"
            "\n"
            "Car dealer group Dorrell Motors said a cyber attack had disrupted sales and "
            "servicing at its 30 dealerships on Tuesday.\n"
            "\n"
            "The group said hackers had got into its own network through a phishing email sent "
            "to a member of staff. Its IT provider is helping it rebuild the affected systems.\n"
            "\n"
            "The provider, Castlegate Technology, said it had been hit by a separate attack in "
            "December and was still restoring some of its own services.\n"
            "\n"
            "Dorrell said customer data may have been accessed and it had informed the "
            "Information Commissioner's Office.\n"
        ),
        "2025-01-30",
        [("Dorrell Motors", "primary"), ("Castlegate Technology", "related")],
        {"Dorrell Motors": {"customer_data": "compromised"}, "Castlegate Technology": {}},
        [("None", "partially_restored")],
        {
            "Dorrell Motors": ["cyber_attack", "data_breach", "social_engineering"],
            "Castlegate Technology": ["cyber_attack"],
        },
        id="sup_helper_hit_own",
    ),
    pytest.param(
        (
            "Stocklink ransomware attack delays grocery deliveries\n"
            "\n"
            "Stocklink, the warehouse software provider, said on Tuesday that a ransomware "
            "attack had taken its systems offline since the weekend.\n"
            "\n"
            "Marbury Foods, the grocer it relies on for a third of its revenue, said deliveries "
            "to its 120 stores had been delayed and some shelves were empty.\n"
            "\n"
            "Stocklink said it expected to restore its systems by Friday. Marbury said its tills "
            "and website were working normally.\n"
        ),
        "2025-05-28",
        [("Stocklink", "primary"), ("Marbury Foods", "related")],
        {
            "Stocklink": {
                "stock_and_supply": "suspended",
                "home_delivery": "disrupted",
                "internal_systems": "restoration_expected",
            },
            "Marbury Foods": {
                "website": "unaffected",
                "card_payments": "unaffected",
                "stock_and_supply": "disrupted",
            },
        },
        [("None", "restoration_expected")],
        {
            "Stocklink": ["cyber_attack", "ransomware"],
            "Marbury Foods": ["cyber_attack", "ransomware", "third_party"],
        },
        id="cl_customer_it_relies_on",
    ),
]

SUPPLIER_GAINS_CASES = [
    pytest.param(
        (
            "Bakeries stuck without flour after courier attack\n"
            "\n"
            "Independent bakeries across the north-east were left short of flour this week after "
            "a ransomware attack on the courier firm they rely on, Swiftline.\n"
            "\n"
            "Crumb & Co, which runs six bakeries in Newcastle, said it had cut its range because "
            "deliveries had not arrived since Monday.\n"
            "\n"
            "Swiftline said the attack had disrupted its tracking and dispatch systems. It said "
            "deliveries had partially resumed on Thursday.\n"
        ),
        "2025-01-09",
        [("Swiftline", "primary"), ("Crumb & Co", "related")],
        {
            "Swiftline": {"home_delivery": "partially_restored", "internal_systems": "disrupted"},
            "Crumb & Co": {"home_delivery": "disrupted"},
        },
        [("home_delivery", "partially_restored")],
        {
            "Swiftline": ["cyber_attack", "ransomware"],
            "Crumb & Co": ["cyber_attack", "ransomware", "third_party"],
        },
        id="cl_they_rely_on_genuine",
    ),
]


LOST_MENDED_CASES = [
    pytest.param(
        (
            "Hartwell Airport check-in delays caused by faulty update\n"
            "\n"
            "Hartwell Airport says a faulty software update was behind the check-in problems "
            "that caused long queues on Saturday.\n"
            "\n"
            "Passengers were without automated check-in for about five hours, and airline staff "
            "checked them in by hand.\n"
            "\n"
            "The airport's IT provider said the affected systems were without signs of "
            'ransomware or any other malicious software. "This was a technical failure, nothing '
            'more," a spokesperson said.\n'
            "\n"
            "Flights departed with delays of up to two hours.\n"
        ),
        "2024-08-19",
        [("Hartwell Airport", "primary")],
        {"Hartwell Airport": {}},
        [],
        {"Hartwell Airport": ["technical_outage"]},
        id="a32_without_signs_of_ransomware",
    ),
    pytest.param(
        (
            "Tillbrook Council website down after server fault\n"
            "\n"
            "Tillbrook Borough Council's website has been down since Sunday after a fault in a "
            "storage server at its data centre.\n"
            "\n"
            "Residents have been unable to report missed bin collections or apply for parking "
            "permits online. The council's phone lines are open as normal.\n"
            "\n"
            "A council spokesperson said its systems were without evidence of a data breach or "
            'any other malicious activity. "This is a hardware failure," she said.\n'
            "\n"
            "The council expects the website to be back online by Friday.\n"
        ),
        "2024-02-07",
        [("Tillbrook Borough Council", "primary")],
        {
            "Tillbrook Borough Council": {
                "website": "restoration_expected",
                "customer_service": "unaffected",
            }
        },
        [("website", "restoration_expected")],
        {"Tillbrook Borough Council": ["cyber_attack"]},
        id="a48_without_evidence_breach",
    ),
    pytest.param(
        (
            "Police take down Shadowmeld ransomware gang's leak site\n"
            "\n"
            "The Shadowmeld ransomware gang lost access to its leak site on Tuesday after police "
            "in Germany and the Netherlands seized its servers.\n"
            "\n"
            "The gang has claimed attacks on more than 200 organisations, including the "
            "Portuguese hospital group Saude Norte and the UK car dealer Redmarsh Motors.\n"
            "\n"
            "Europol said the gang had been without its main infrastructure since the operation "
            "began at dawn on Tuesday.\n"
            "\n"
            "Investigators said they had obtained decryption keys that would be offered to "
            "victims.\n"
        ),
        "2024-02-21",
        [("Saude Norte", "primary"), ("Redmarsh Motors", "related")],
        {"Saude Norte": {}, "Redmarsh Motors": {}},
        [],
        {"Saude Norte": ["cyber_attack"], "Redmarsh Motors": ["cyber_attack"]},
        id="a26_lost_access_leak_site",
    ),
    pytest.param(
        (
            "Stanmore Building Society warns members after phishing wave\n"
            "\n"
            "Stanmore Building Society has warned members to be on their guard after a wave of "
            "phishing emails pretending to come from the society.\n"
            "\n"
            "The society said its own systems had not been breached and online banking was "
            "working normally.\n"
            "\n"
            "Members who lose access to their online accounts after clicking on a link should "
            "call the helpline immediately, the society said.\n"
            "\n"
            "The emails ask recipients to confirm their details on a fake website.\n"
        ),
        "2024-05-02",
        [("Stanmore Building Society", "primary")],
        {"Stanmore Building Society": {"website": "unaffected", "internal_systems": "unaffected"}},
        [],
        {"Stanmore Building Society": ["cyber_attack", "social_engineering"]},
        id="a22_customers_who_lose_access",
    ),
    pytest.param(
        (
            "Storm leaves Castlebridge stores without power\n"
            "\n"
            "Supermarket chain Castlebridge closed eleven of its shops in Galway and Mayo on "
            "Saturday after Storm Orla brought down power lines across the west of Ireland.\n"
            "\n"
            "The stores were without power for most of the day, and tills and fridges could not "
            "be used, the company said. It stressed there had been no IT problem.\n"
            "\n"
            "ESB Networks said more than 90,000 homes and businesses were without electricity at "
            "the peak of the storm.\n"
            "\n"
            "Castlebridge said all eleven shops had reopened by Sunday morning.\n"
        ),
        "2024-01-22",
        [("Supermarket chain Castlebridge", "primary")],
        {"Supermarket chain Castlebridge": {"card_payments": "disrupted", "stores": "restored"}},
        [("stores", "restored")],
        {"Supermarket chain Castlebridge": ["technical_outage"]},
        id="a04_storm_without_power",
    ),
    pytest.param(
        (
            "Riverton library catalogue offline after server failure\n"
            "\n"
            "Riverton City Libraries says its online catalogue has been offline since Saturday "
            "after a server failure.\n"
            "\n"
            "There was no cyber attack, and the website has been without updates since the "
            "library's web developer left in the spring, a spokesperson said.\n"
            "\n"
            "Library members can still borrow and return books in person at all twelve branches.\n"
            "\n"
            "The council said a new server was being installed and the catalogue should be back "
            "next week.\n"
        ),
        "2024-08-06",
        [("Riverton City Libraries", "primary")],
        {"Riverton City Libraries": {}},
        [],
        {"Riverton City Libraries": ["technical_outage"]},
        id="a14_no_attack_without_updates",
    ),
]


DUTY_MENDED_CASES = [
    pytest.param(
        (
            "Two lenders hit by attack on shared supplier\n"
            "\n"
            "Corby Mutual and Penrose Lending said on Tuesday that their systems had been hit by "
            "an incident at a software supplier they both use.\n"
            "\n"
            "Both firms are legally required to report the data breach to the Information "
            "Commissioner's Office, and both said they had begun contacting affected borrowers.\n"
            "\n"
            "Corby Mutual said its online banking was unaffected.\n"
        ),
        "2025-06-11",
        [("Corby Mutual", "primary"), ("Penrose Lending", "related")],
        {
            "Corby Mutual": {"website": "unaffected", "internal_systems": "disrupted"},
            "Penrose Lending": {"internal_systems": "disrupted"},
        },
        [],
        {
            "Corby Mutual": ["data_breach", "third_party"],
            "Penrose Lending": ["data_breach", "third_party"],
        },
        id="D26_both_firms_legally_required_only_breach",
    ),
    pytest.param(
        (
            "Retailers hit by checkout hack\n"
            "\n"
            "Gift shop Tilly Rose and stationer Quill & Co said hackers had planted malicious "
            "code on their checkout pages.\n"
            "\n"
            "The retailers must notify customers of the data breach within 72 hours, and both "
            "said emails had gone out on Monday.\n"
            "\n"
            "Both websites were taken offline on Sunday.\n"
        ),
        "2025-06-11",
        [("Quill & Co", "primary")],
        {"Quill & Co": {"website": "suspended"}},
        [],
        {"Quill & Co": ["cyber_attack", "data_breach"]},
        id="D27_the_retailers_must_notify_data_breach",
    ),
]


DUTY_GAINS_CASES = [
    pytest.param(
        (
            "Pet retailer's website down after IT fault\n"
            "\n"
            "Holloway Pets said an IT fault took its website offline on Sunday, leaving "
            "customers unable to place orders.\n"
            "\n"
            "The company said there was no sign that customer data had been affected. Companies "
            "must report a personal data breach to the regulator within 72 hours, but the "
            "retailer said the outage did not count as one.\n"
            "\n"
            "The website was restored on Monday morning, Holloway Pets said.\n"
        ),
        "2025-05-20",
        [("Holloway Pets", "primary")],
        {"Holloway Pets": {"website": "restored", "customer_data": "unaffected"}},
        [("website", "restored")],
        {"Holloway Pets": ["technical_outage"]},
        id="D01_duty_generic_it_fault",
    ),
    pytest.param(
        (
            "Ferry booking site knocked offline\n"
            "\n"
            "The booking website of ferry operator Western Isles Link was knocked offline on "
            "Thursday by a denial-of-service attack, the company said.\n"
            "\n"
            "Under new government rules, businesses must disclose ransomware payments before "
            "making them, but the operator said it had not received any ransom demand and no "
            "data was taken.\n"
            "\n"
            "The website was back online by Friday morning and sailings were unaffected.\n"
        ),
        "2025-06-11",
        [("Western Isles Link", "primary")],
        {"Western Isles Link": {"website": "restored", "customer_data": "unaffected"}},
        [("website", "restored")],
        {"Western Isles Link": ["cyber_attack"]},
        id="D14_businesses_must_disclose_ransomware",
    ),
    pytest.param(
        (
            "Airline check-in chaos blamed on IT glitch\n"
            "\n"
            "Passengers flying with Skybridge Airways faced long queues on Friday after an IT "
            "glitch knocked out its check-in system at Manchester and Bristol airports.\n"
            "\n"
            "The airline said the fault was not malicious. Companies must report a cyber attack "
            "that affects essential services to the government within 24 hours under the new "
            "law, but Skybridge said that did not apply.\n"
            "\n"
            "The check-in system was restored by 2pm, the airline said.\n"
        ),
        "2025-06-11",
        [("Skybridge Airways", "primary")],
        {"Skybridge Airways": {"internal_systems": "restored"}},
        [("internal_systems", "restored")],
        {"Skybridge Airways": ["technical_outage"]},
        id="D23_companies_must_report_cyber_attack_outage_story",
    ),
    pytest.param(
        (
            "Housing association hit by ransomware\n"
            "\n"
            "Ridgeway Homes, a housing association with 18,000 tenants, said a ransomware attack "
            "had taken its repairs line offline on Thursday, the latest in a wave of attacks on "
            "social landlords.\n"
            "\n"
            "Organisations are legally required to report a data breach within 72 hours, and "
            "Ridgeway said it had informed the regulator as a precaution, though it had seen no "
            "evidence that tenants' data was taken.\n"
            "\n"
            "The repairs line was working again on Friday, the association said.\n"
        ),
        "2025-06-11",
        [("Ridgeway Homes", "primary")],
        {"Ridgeway Homes": {"customer_data": "unaffected"}},
        [],
        {"Ridgeway Homes": ["cyber_attack", "ransomware"]},
        id="M01_duty_and_latest_wave",
    ),
    pytest.param(
        (
            "Rail operator's booking site hit by hackers\n"
            "\n"
            "Dunmere Railways said on Tuesday that a denial-of-service attack had taken its "
            "ticket booking website offline for most of Monday, the latest in a series of "
            "attacks on transport companies.\n"
            "\n"
            "The operator said the website was back online by Monday evening and that trains had "
            "run normally throughout.\n"
            "\n"
            "A spokesperson said no customer data had been accessed.\n"
        ),
        "2025-03-04",
        [("Dunmere Railways", "primary")],
        {"Dunmere Railways": {"website": "restored", "customer_data": "unaffected"}},
        [("website", "restored")],
        {"Dunmere Railways": ["cyber_attack"]},
        id="L06_latest_series_past_then_return",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "incidents", "services", "claims", "types"),
    P_MENDED_CASES
    + P_GAINS_CASES
    + GROUP_MENDED_CASES
    + GROUP_GAINS_CASES
    + SUPPLIER_MENDED_CASES
    + SUPPLIER_GAINS_CASES
    + LOST_MENDED_CASES
    + DUTY_MENDED_CASES
    + DUTY_GAINS_CASES,
)
def test_review73_outcome(
    extract: Extract,
    text: str,
    published: str,
    incidents: list[tuple[str, str]],
    services: dict[str, dict[str, str]],
    claims: list[tuple[str, str]],
    types: dict[str, list[str]],
) -> None:
    record = extract(text, published=published)
    assert outcome(record) == (incidents, services, claims)
    assert {i["organization"]["name"]: i["incident_types"] for i in record["incidents"]} == types

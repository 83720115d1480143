"""Blind round 54: acceptance cases written from the contract alone.

Classes:

A. Software named by its maker's name: a name that only ever modifies a kind of software in a
   noun phrase opened by a determiner or possessive ("the Lumivane virtual learning
   environment", "its Fyldex finance system", "Grayfield Hospice's Sollertia patient records
   system") names software the victim runs, not an organisation that was hit: no incident for
   the maker, and the sentence's dates and services belong to the victim. Guards: the name
   standing on its own as an organisation ("Brevanta systems were down", "hackers breached
   Ferrocast, which makes the Ferrocast scheduling platform"), and a software firm that is
   itself attacked, are victims.
B. Held to ransom: an organisation "held to ransom" by hackers or criminals ("has been held to
   ransom by hackers", "said it was being held to ransom") was hit and is a victim, primary
   when it is the story's subject. Guards: advice or opinion about being held to ransom in
   general, and figurative uses with no cyber incident (rents, milk prices), give no incident.
C. A victim described before it is named: a lede about one unnamed organisation of a kind ("A
   regional dairy that supplies Tesco, Asda and Morrisons has been hit by hackers.") followed
   by a sentence opening on a named organisation tied to the incident: the named one is the
   primary victim, and the customers in the lede's relative clause are not victims. Guards: a
   customer opening the next sentence to say it was unaffected is no victim; a sentence that
   names its victim and mentions "a bank account" or "a supplier" mid-sentence is no
   unnamed-victim lede.

(Developers' note.) On the code before round 54 (ac1f44c) 19 of the 37 cases pass; the
helper's first run, on the round's first three rules, passed 28. Two rules followed from its
misses (B5: "held to ransom by criminals" is an incident in itself; a relative clause's verb
the tagger reads as a noun), and 29 pass now. The eight left are known misses (strict xfail,
reasons in KNOWN_MISSES). Round 55's "whose" clause on an organisation made C6 pass and its
trade words before a name A2: 31 pass, six known misses.
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
    "A6": "no incident at all: a stock management system that 'failed' through 'a fault in an "
    "update' is not read as an IT failure",
    "A9": "'had taken some servers offline as a precaution' makes internal_systems suspended, "
    "where the case reads the systems 'down' as disrupted",
    "B7": "the victim held to ransom is named in an apposition after the subject ('Tamsley "
    "Environmental, the council's waste contractor, was held to ransom'); the council that "
    "speaks later becomes the subject",
    "B12": "advice to those 'held to ransom by hackers', with cyber-attack claims counted, is "
    "read as an incident of the insurer that gives it",
    "C7": "'stores frozen food for X and Y': 'frozen' is read as a disruption of what follows, "
    "and the cold store's name is taken for a place",
    "C8": "the model does not tag 'Inkhaven Print' as an organisation, so the named victim is "
    "never a candidate",
}


def check(record: dict[str, Any], expect: dict[str, Any]) -> None:
    check_expectations(record, expect)


A_CASES = [
    pytest.param(
        "Treviscoe College students locked out after cyber attack\n\n"
        "Treviscoe College in Cornwall has been hit by a cyber attack that took its IT systems "
        "offline on 3 March. Students have been unable to log in to the Lumivane virtual "
        "learning environment since then, and lecturers are teaching from printed notes. The "
        "college said it was working with the National Cyber Security Centre. The Lumivane "
        "software is used by more than 200 colleges across the UK.",
        "2025-03-06",
        {
            "primary": "Treviscoe College",
            "absent": ["Lumivane"],
            "start": {"Treviscoe College": "2025-03-03"},
        },
        id="A1",
    ),
    pytest.param(
        "Quernmoor Homes finance system down after ransomware attack\n\n"
        "Housebuilder Quernmoor Homes said its Fyldex finance system had been down since 12 May "
        "after a ransomware attack, delaying payments to subcontractors. The Exeter-based firm "
        "said building work on its sites was continuing. It has reported the attack to Action "
        "Fraud and is working with specialists to restore its systems.",
        "2025-05-16",
        {
            "primary": "Quernmoor Homes",
            "absent": ["Fyldex"],
            "start": {"Quernmoor Homes": "2025-05-12"},
            "statuses": {"Quernmoor Homes": {"internal_systems": "disrupted"}},
        },
        id="A2",
    ),
    pytest.param(
        "Glasswell Leisure bookings hit by outage\n\n"
        "Customers of Glasswell Leisure have been unable to book swimming lessons or gym "
        "classes since the Velcrest booking portal the trust uses went down on Saturday. The "
        "leisure trust, which runs eight centres in Suffolk, said the fault was not a cyber "
        "attack and that its centres were open as usual. Glasswell said the Velcrest portal "
        "should be back by Thursday.",
        "2024-11-20",
        {"primary": "Glasswell Leisure", "absent": ["Velcrest"]},
        id="A3",
    ),
    pytest.param(
        "Tresillian council staff paid late after cyber attack\n\n"
        "Hundreds of staff at Tresillian Borough Council were paid late this month after a "
        "cyber attack on 21 June knocked out the Corvelle payroll software the council uses. "
        "The council said its email and phone lines were also disrupted but that bin "
        "collections were running normally. Staff who face bank charges because of the delay "
        "will be reimbursed, a spokesperson said.",
        "2024-06-28",
        {
            "primary": "Tresillian Borough Council",
            "absent": ["Corvelle"],
            "start": {"Tresillian Borough Council": "2024-06-21"},
        },
        id="A4",
    ),
    pytest.param(
        "Grayfield Hospice reverts to paper records\n\n"
        "Grayfield Hospice's Sollertia patient records system has been unavailable since a "
        "cyber attack on Tuesday, the Norfolk charity said. Nurses are using paper notes, and "
        "the hospice said patient care had not been affected. Grayfield said it had reported "
        "the incident to the Information Commissioner's Office as a precaution.",
        "2025-01-16",
        {"primary": "Grayfield Hospice", "absent": ["Sollertia"]},
        id="A5",
    ),
    pytest.param(
        "Thornbury Blooms shelves bare after warehouse system fails\n\n"
        "Garden retailer Thornbury Blooms said the Trenval stock management system at its "
        "central warehouse failed on 4 April, leaving many of its 30 stores with empty shelves "
        "over the weekend. The company said it was not a cyber attack but a fault in an "
        "update. Thornbury Blooms said staff were placing orders with growers by phone while "
        "engineers worked on the Trenval system.",
        "2025-04-09",
        {
            "primary": "Thornbury Blooms",
            "absent": ["Trenval"],
            "start": {"Thornbury Blooms": "2025-04-04"},
            "statuses": {"Thornbury Blooms": {"stock_and_supply": "disrupted"}},
        },
        id="A6",
    ),
    pytest.param(
        "Gannet & Lusk bakeries go cash-only after till failure\n\n"
        "Bakery chain Gannet & Lusk said its Hartsig till software crashed on Saturday "
        "morning, leaving its 23 shops able to take cash only. The company said it was not a "
        "cyber attack. A spokesperson said engineers were working to fix the problem and "
        "apologised to customers.",
        "2024-10-14",
        {
            "primary": "Gannet & Lusk",
            "absent": ["Hartsig"],
            "statuses": {"Gannet & Lusk": {"card_payments": "disrupted"}},
        },
        id="A7",
    ),
    pytest.param(
        "Hollins Ark supporters warned after hack\n\n"
        "Animal charity Hollins Ark said hackers accessed its Marlquin donor database between "
        "2 and 5 June and copied the names and addresses of supporters. The charity, based in "
        "Gloucestershire, said no bank details were held on the Marlquin database. It has "
        "reported the breach to the Information Commissioner's Office and the Fundraising "
        "Regulator.",
        "2024-06-12",
        {
            "primary": "Hollins Ark",
            "absent": ["Marlquin"],
            "data_compromised": {"Hollins Ark": True},
        },
        id="A8",
    ),
    # Counter-examples.
    pytest.param(
        "Brevanta hit by cyber attack\n\n"
        "Outsourcing firm Brevanta has been hit by a cyber attack that disrupted services for "
        "several of its council clients. Brevanta systems were down for most of Tuesday, and "
        "the company said it had taken some servers offline as a precaution. Councils that use "
        "Brevanta to process housing benefit said claims might be delayed.",
        "2025-02-13",
        {
            "primary": "Brevanta",
            "statuses": {"Brevanta": {"internal_systems": "disrupted"}},
        },
        id="A9",
    ),
    pytest.param(
        "Dental booking software firm Ferrocast breached\n\n"
        "Hackers breached Ferrocast, which makes the Ferrocast scheduling platform used by "
        "hundreds of dental practices, on 9 July. The Bristol company said patients' names and "
        "appointment times may have been accessed. Ferrocast said it had locked the attackers "
        "out and that dental practices could continue to use the platform.",
        "2024-07-15",
        {"primary": "Ferrocast", "start": {"Ferrocast": "2024-07-09"}},
        id="A10",
    ),
    pytest.param(
        "Payroll software maker Tillwright hit by ransomware\n\n"
        "Tillwright, which supplies payroll software to 4,000 small businesses, said a "
        "ransomware attack on 2 October had encrypted its servers. Customers using the "
        "Tillwright payroll app have been unable to pay staff since the attack. The company "
        "said it expected the app to be back online by Monday.",
        "2024-10-04",
        {
            "primary": "Tillwright",
            "start": {"Tillwright": "2024-10-02"},
            "has_types": {"Tillwright": ["ransomware"]},
        },
        id="A11",
    ),
    pytest.param(
        "Pawsfield vets hit by supplier ransomware attack\n\n"
        "Veterinary chain Pawsfield said its Vetrico appointment system had been unavailable "
        "since Wednesday after Vetrico, the software company that runs it, was hit by "
        "ransomware. Pawsfield's 40 surgeries are taking bookings by phone. Vetrico said it "
        "was working with the National Crime Agency and expected to restore service within "
        "days.",
        "2025-06-13",
        {"primary": "Pawsfield", "present": ["Vetrico"]},
        id="A12",
    ),
]

B_CASES = [
    pytest.param(
        "Cranleigh Vale Council held to ransom by hackers\n\n"
        "Cranleigh Vale Council has been held to ransom by hackers who knocked its computer "
        "systems offline on 14 October. The council said it would not pay and that council tax "
        "and benefit payments were being processed by hand. It has called in the National "
        "Cyber Security Centre.",
        "2024-10-17",
        {
            "primary": "Cranleigh Vale Council",
            "start": {"Cranleigh Vale Council": "2024-10-14"},
        },
        id="B1",
    ),
    pytest.param(
        "Harraby Freight says gang has stolen its data\n\n"
        "Logistics firm Harraby Freight said on Monday it was being held to ransom by a "
        "criminal gang that had stolen data from its servers. The Carlisle company said lorries "
        "were running as normal. It has informed the police and the Information Commissioner's "
        "Office and said it would not negotiate with the criminals.",
        "2024-09-10",
        {"primary": "Harraby Freight"},
        id="B2",
    ),
    pytest.param(
        "School trust held to ransom\n\n"
        "Saxbury Learning Trust, which runs 11 primary schools in Kent, has been held to ransom "
        "by cyber criminals demanding £2m in bitcoin. The trust said the attack, which began on "
        "8 January, had taken down its email and pupil records systems. Schools remain open.",
        "2025-01-13",
        {
            "primary": "Saxbury Learning Trust",
            "start": {"Saxbury Learning Trust": "2025-01-08"},
        },
        id="B3",
    ),
    pytest.param(
        "Hospital group says it is being held to ransom\n\n"
        "Sandmere Health, which runs three private hospitals in Hampshire, said it was being "
        "held to ransom after hackers got into its network last week. Some operations have been "
        "postponed and patients have been asked not to phone unless it is urgent. The group "
        "said it had notified the police.",
        "2025-03-24",
        {"primary": "Sandmere Health"},
        id="B4",
    ),
    pytest.param(
        "Greyhallow Brewery held to ransom\n\n"
        "The family-run Greyhallow Brewery has been held to ransom by criminals who locked staff "
        "out of its ordering system on Friday. Pubs that stock its ales have been told "
        "deliveries may be late this week. Managing director Hugh Wendell said the brewery had "
        "no intention of paying.",
        "2024-06-17",
        {"primary": "Greyhallow Brewery", "start": {"Greyhallow Brewery": "2024-06-14"}},
        id="B5",
    ),
    pytest.param(
        "Kittiwake Credit Union members unable to access accounts\n\n"
        "Members of Kittiwake Credit Union have been unable to log in to their accounts since "
        "Sunday. In a statement, the credit union said it was being held to ransom by hackers "
        "and had shut down its online services to protect members' savings. It said no money "
        "had been taken.",
        "2024-11-12",
        {"primary": "Kittiwake Credit Union"},
        id="B6",
    ),
    pytest.param(
        "Waste contractor held to ransom by hackers\n\n"
        "Bin collections across Arlesford have been delayed after Tamsley Environmental, the "
        "council's waste contractor, was held to ransom by hackers. The company said the attack "
        "had taken its route planning system offline on Tuesday. Arlesford Town Council said "
        "collections would catch up by the weekend.",
        "2025-05-22",
        {"primary": "Tamsley Environmental"},
        id="B7",
    ),
    pytest.param(
        "Kelderwick hotels held to ransom\n\n"
        "The Kelderwick Group, which owns 14 hotels in the Lake District, said it had been held "
        "to ransom by a gang that encrypted its booking and check-in systems on 27 August. "
        "Guests were checked in by hand over the weekend. The company said it had not paid and "
        "was restoring its systems from backups.",
        "2024-09-02",
        {"primary": "Kelderwick Group", "start": {"Kelderwick Group": "2024-08-27"}},
        id="B8",
    ),
    # Counter-examples.
    pytest.param(
        "Councils told never to pay hackers\n\n"
        "Councils should never pay when held to ransom by hackers, the head of cyber security "
        "at Brockhill County Council told a conference on Tuesday. Marian Colley said paying "
        "only encouraged criminals and did not guarantee that data would be returned. She "
        "urged councils to keep offline backups and rehearse their response to an attack.",
        "2024-10-10",
        {"no_incidents": True, "absent": ["Brockhill County Council"]},
        id="B9",
    ),
    pytest.param(
        "Tenants say rent rises are unaffordable\n\n"
        "Tenants in the Marlow Crescent flats say they are being held to ransom by Gatesby "
        "Lettings over rising rents. Residents told a meeting on Thursday that their rents had "
        "gone up by 20% in two years while repairs were left undone. Gatesby Lettings said its "
        "rents were in line with the local market.",
        "2025-02-21",
        {"no_incidents": True, "absent": ["Gatesby Lettings"]},
        id="B10",
    ),
    pytest.param(
        "Dairy farmers accuse processor over milk price cut\n\n"
        "Dairy farmers in Somerset say they are being held to ransom by Penrick Foods, which "
        "has cut the price it pays for milk for the third time this year. The processor said "
        "it had itself been held to ransom by falling wholesale prices and had no choice. The "
        "National Farmers' Union has called for a meeting with the company.",
        "2024-08-15",
        {"no_incidents": True, "absent": ["Penrick Foods"]},
        id="B11",
    ),
    pytest.param(
        "Insurer warns small firms over ransomware\n\n"
        "Small businesses that are held to ransom by hackers should report it to the police "
        "before talking to the criminals, insurer Caldwater Mutual said on Wednesday. The "
        "company said claims for cyber attacks had doubled in a year. Caldwater Mutual's head "
        "of cyber, Nadia Perrow, said too many firms still had no backups.",
        "2025-04-17",
        {"no_incidents": True, "absent": ["Caldwater Mutual"]},
        id="B12",
    ),
    pytest.param(
        "Brindlecote Tiles hit by ransomware\n\n"
        "Brindlecote Tiles, the Stoke-on-Trent manufacturer, has been hit by a ransomware attack "
        "that halted production at its factory on 3 February. Firms held to ransom should call "
        "the police straight away, said Detective Inspector Alan Morrell of the Westdale "
        "Regional Cyber Crime Unit, which is investigating. The company said it expected to "
        "resume production next week.",
        "2025-02-06",
        {
            "primary": "Brindlecote Tiles",
            "absent": ["Westdale Regional Cyber Crime Unit"],
            "start": {"Brindlecote Tiles": "2025-02-03"},
        },
        id="B13",
    ),
]

C_CASES = [
    pytest.param(
        "Dairy supplier hit by cyber attack\n\n"
        "A regional dairy that supplies Tesco, Asda and Morrisons has been hit by hackers. "
        "Moxhull Dairies said its ordering system had been offline since Friday and that milk "
        "deliveries to some stores had been delayed. The Shropshire firm said it had informed "
        "the National Cyber Security Centre.",
        "2025-02-10",
        {
            "primary": "Moxhull Dairies",
            "absent": ["Tesco", "Asda", "Morrisons"],
            "start": {"Moxhull Dairies": "2025-02-07"},
        },
        id="C1",
    ),
    pytest.param(
        "Haulier hit by cyber attack\n\n"
        "A haulier that carries goods for Ocado has been hit by a cyber attack. Pargeter "
        "Haulage was hit on Thursday night and has been unable to plan deliveries since, the "
        "company said. The firm, based in Northamptonshire, has 200 lorries and said it had "
        "called in the police.",
        "2024-05-20",
        {
            "primary": "Pargeter Haulage",
            "absent": ["Ocado"],
            "start": {"Pargeter Haulage": "2024-05-16"},
        },
        id="C2",
    ),
    pytest.param(
        "Bakery supplier hit by ransomware\n\n"
        "A bakery that makes own-label bread for Lidl and Waitrose has been hit by ransomware. "
        "Hembury Bakeries said the attack, discovered on 2 September, had stopped production "
        "at two of its three sites. The company said it was working with the police and hoped "
        "to be baking again by the weekend.",
        "2024-09-04",
        {
            "primary": "Hembury Bakeries",
            "absent": ["Lidl", "Waitrose"],
            "start": {"Hembury Bakeries": "2024-09-02"},
            "has_types": {"Hembury Bakeries": ["ransomware"]},
        },
        id="C3",
    ),
    pytest.param(
        "Booking software supplier hit by hackers\n\n"
        "A software company that runs online booking systems for Fenton Leisure and "
        "Castlebridge District Council has been hit by hackers. Windlow Software said it "
        "discovered the breach on 18 March and had taken its booking platform offline while it "
        "investigated. The Reading-based firm said it had found no evidence that card details "
        "were taken.",
        "2025-03-20",
        {
            "primary": "Windlow Software",
            "absent": ["Fenton Leisure", "Castlebridge District Council"],
            "start": {"Windlow Software": "2025-03-18"},
        },
        id="C4",
    ),
    pytest.param(
        "Payroll firm hit by cyber attack\n\n"
        "A firm that processes payroll for Halsey Homes and the Hollowmead NHS Trust has been "
        "hit by a cyber attack. Paysworth Payroll Services said the attack on Monday had "
        "stopped it from running this month's payroll. The company said it had reported the "
        "incident to the Information Commissioner's Office.",
        "2024-11-27",
        {
            "primary": "Paysworth Payroll Services",
            "absent": ["Halsey Homes", "Hollowmead NHS Trust"],
        },
        id="C5",
    ),
    pytest.param(
        "Care provider hit by ransomware\n\n"
        "A home care provider whose clients include Addersley County Council and Pitchcombe "
        "Council has been hit by a ransomware attack. Ashlyn Care said carers had been unable "
        "to see their rotas since Sunday and were being sent visit lists by text. The company "
        "said all vulnerable clients had been visited.",
        "2025-01-28",
        {
            "primary": "Ashlyn Care",
            "absent": ["Addersley County Council", "Pitchcombe Council"],
        },
        id="C6",
    ),
    pytest.param(
        "Cold store operator hit by cyber attack\n\n"
        "A cold storage company that stores frozen food for Iceland and Aldi has been hit by a "
        "cyber attack. Frostgate Cold Storage was hit on Sunday evening, and its warehouse "
        "management system remains offline. Lorries have been turned away from its depot near "
        "Doncaster.",
        "2024-12-03",
        {"primary": "Frostgate Cold Storage", "absent": ["Iceland", "Aldi"]},
        id="C7",
    ),
    pytest.param(
        "Printing firm hit by hackers\n\n"
        "A printing firm that produces catalogues for Argos and Boots has been hit by hackers. "
        "Inkhaven Print said its IT systems had been down since Monday and that some print runs "
        "would be delayed. The firm, which employs 300 people in Corby, said it had called in "
        "cyber security experts.",
        "2024-11-14",
        {
            "primary": "Inkhaven Print",
            "absent": ["Argos", "Boots"],
            "statuses": {"Inkhaven Print": {"internal_systems": "disrupted"}},
        },
        id="C8",
    ),
    # Counter-examples.
    pytest.param(
        "Logistics firm hit by cyber attack\n\n"
        "A logistics firm that delivers for Sainsbury's and Boots has been hit by a cyber "
        "attack. Sainsbury's said its deliveries had not been affected. Redgrave Logistics, "
        "which runs 12 depots in the Midlands, said it detected the attack on 6 November and "
        "had shut down some systems as a precaution.",
        "2024-11-08",
        {
            "primary": "Redgrave Logistics",
            "absent": ["Sainsbury's", "Boots"],
            "start": {"Redgrave Logistics": "2024-11-06"},
        },
        id="C9",
    ),
    pytest.param(
        "Fruit supplier hit by hackers\n\n"
        "A fruit importer that supplies Co-op and Lidl has been hit by hackers. Co-op said it "
        "had not seen any impact on its stores. Lidl said its supply of fruit was unaffected "
        "and that shelves were fully stocked.",
        "2025-05-06",
        {"absent": ["Co-op", "Lidl"]},
        id="C10",
    ),
    pytest.param(
        "Stannard Motors loses £80,000 to fraudsters\n\n"
        "Car dealer Stannard Motors said criminals had tricked staff into paying £80,000 into a "
        "bank account controlled by fraudsters after hacking a supplier's email. Starbridge "
        "Bank said it was helping police trace the money. Stannard Motors said its showrooms "
        "were open as usual.",
        "2024-07-23",
        {"primary": "Stannard Motors", "absent": ["Starbridge Bank"]},
        id="C11",
    ),
    pytest.param(
        "Culverhay Garden Centres hit by cyber attack\n\n"
        "Culverhay Garden Centres said on Monday that hackers had got into its network on 12 "
        "August through a supplier that maintains its tills. Foxlease Nurseries, which sells "
        "plants through Culverhay's shops, said it had not been affected. The garden centre "
        "chain said its online shop would reopen later this week.",
        "2024-08-19",
        {
            "primary": "Culverhay Garden Centres",
            "absent": ["Foxlease Nurseries"],
            "start": {"Culverhay Garden Centres": "2024-08-12"},
        },
        id="C12",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(A_CASES, KNOWN_MISSES))
def test_software_named_by_its_maker(text: str, published: str, expect: dict[str, Any]) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(B_CASES, KNOWN_MISSES))
def test_held_to_ransom(text: str, published: str, expect: dict[str, Any]) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(C_CASES, KNOWN_MISSES))
def test_victim_described_before_named(text: str, published: str, expect: dict[str, Any]) -> None:
    check(run(text, published), expect)

"""Blind round 73, class P: public bodies named by a frame "X of <Place>".

Class P. "the City of Marlow Springs", "the Town of Kelsby", "the Village of Orland Crest", "the
Port of Kilbrack", "the County of Ellery", "the Borough of Hatchford", "the Township of Pell
River", "the Municipality of Brindle Cove": when such a body is the one hit by a cyber attack or
an IT failure, it is the organisation the article is about, named with its frame ("City of
Marlow Springs"; the leading "the" is no part of the name), whether the phrase opens a sentence,
stands in the headline, is the object of a verb ("Ransomware hit the Town of Kelsby"), follows a
preposition ("a cyber attack on the Port of Kilbrack"), or carries a possessive ("the City of
Brackwell's computer network"). Its services map to the taxonomy as for any organisation: email
and networks are internal_systems, phone lines and contact centres customer_service, the website
website, staff records employee_data, residents' records customer_data. (An online bill payment
portal is left unasserted: the taxonomy's online_orders speaks of ordering and sales, and an
annotator could not be sure of it.)

P1  US local paper, sentence opening "The City of Marlow Springs was hit by ransomware on Monday",
    staff without email -> City of Marlow Springs primary, ransomware, start Monday,
    internal_systems disrupted
P2  US (New England) local paper, headline "Town of Kelsby website down ...", "Ransomware hit the
    Town of Kelsby late on Sunday night", "hope to have the website back up" -> Town of Kelsby
    primary, ransomware, start Sunday, (website, restoration_expected) claim, website not restored
P3  Irish maritime trade press, "a cyber attack on the Port of Kilbrack", detected "Thursday 18
    September", website and email "back online by the weekend" -> Port of Kilbrack primary,
    cyber_attack, start 18 September, website restored with a claim
P4  English local paper, IT failure, "Phone lines at the Borough of Hatchford were restored on
    Thursday", began Monday, not a cyber attack, no personal data affected -> Borough of Hatchford
    primary, technical_outage (no cyber_attack), start Monday, customer_service restored with a
    claim, data_compromised false
P5  Canadian local news, server failure, "The Municipality of Brindle Cove says its email system is
    working again", lost "on Friday, Dec. 5" -> Municipality of Brindle Cove primary,
    technical_outage (no cyber_attack), start 5 December, (internal_systems, restored) claim
P6  Californian paper, headline and opening "The County of Ellery confirmed Friday that hackers
    stole personal information belonging to ... county employees", detected "July 28" -> County
    of Ellery primary, data_breach, data_compromised true, employee_data compromised, start 28 July
P7  Illinois radio news site, "Computer systems at the Village of Orland Crest have been down since
    Saturday", email and village hall phones unavailable -> Village of Orland Crest primary, start
    Saturday, internal_systems and customer_service present, nothing restored
P8  New Jersey paper, "The Township of Pell River said Wednesday that a ransomware gang stole
    residents' personal information", began "Oct. 9" -> Township of Pell River primary,
    ransomware, data_compromised true, customer_data compromised, start 9 October
P9  US wire, possessive after a preposition, "A cyber attack on the City of Brackwell's computer
    network on Sunday has knocked out the city's website" -> City of Brackwell primary,
    cyber_attack, start Sunday, website disrupted
P10 US wire, "The City of Fenton Ridge said Thursday that its website and phone lines were back in
    service", discovered "Thursday, Sept. 4", email still down -> City of Fenton Ridge primary,
    ransomware, start 4 September, website and customer_service restored, (website, restored)
    claim, internal_systems not restored
P11 US government-technology trade press, "The City of Orrin Falls ... has become the latest local
    government hit by ransomware", detected "Wednesday, March 11"; in passing "the neighboring
    Town of Wexley, which spent nearly two months rebuilding its network after ransomware struck
    last spring" -> City of Orrin Falls primary, ransomware, start 11 March, internal_systems
    present; Town of Wexley related
P12 US local TV site, full name only in the headline "City of Tarrow Heath hit by cyber attack",
    the body says "Tarrow Heath officials" and "the city", began "Monday night", city email down
    -> City of Tarrow Heath primary, cyber_attack, start Monday, internal_systems disrupted
P13 English local paper, subordinate clause "after the Borough of Stanwick was targeted by
    hackers", since Thursday, contact centre "taking calls as normal" -> Borough of Stanwick
    primary, cyber_attack, start Thursday, customer_service unaffected
P14 Nova Scotia radio, "The Town of Greyhaven says its phones and email are back online",
    detected "Jan. 20" -> Town of Greyhaven primary, cyber_attack, start 20 January,
    customer_service and internal_systems restored, (customer_service, restored) claim
P15 US maritime trade press, DDoS, "The Port of Calloway said Tuesday that a distributed
    denial-of-service attack had knocked its public website offline for most of Monday", restored
    late Monday, "No data was accessed" -> Port of Calloway primary, cyber_attack, start Monday,
    website restored with a claim, data_compromised false
P16 US live blog, "after hackers targeted the City of Wren Hollow", employee records stolen, began
    "Saturday, Nov. 29", phone lines down, website "working normally" -> City of Wren Hollow
    primary, data_compromised true, employee_data compromised, start 29 November,
    customer_service disrupted, website unaffected

Guards: a "City of X" named only as the place where a company's site was hit, a city named only as
giving advice about another's breach or offering help after another's attack, a "Port of X" only
where a hacked shipping line's ship waited, and a city's budget with no incident at all.

G1  US logistics trade press, "A distribution warehouse in the City of Marlow Springs operated by
    Halvorsen Logistics was hit by ransomware on Wednesday" -> Halvorsen Logistics primary,
    ransomware, start Wednesday, City of Marlow Springs absent
G2  US local paper, hospital data breach, "The City of Dunmore Flats, where the hospital is based,
    posted advice on its website" -> Lakemont Regional Hospital primary, data_compromised true,
    City of Dunmore Flats absent
G3  US local paper, school district ransomware, "The City of Harlow Bend offered the district the
    help of its own IT staff" -> Ashby Valley School District primary, ransomware, start Monday,
    City of Harlow Bend absent
G4  maritime trade press, shipping line cyber attack, its ship "spent two days waiting at the Port
    of Selby Reach" -> Bremont Line primary, cyber_attack, start 16 July, Port of Selby Reach
    absent
G5  US local paper, "The City of Marlow Springs on Tuesday unveiled a $212 million budget", money
    "to replace the city's aging computer systems" -> no incidents

On the first run (the committed code at f77baa8; no tracked file was edited), 10 of 21 cases
passed: P2, P3, P4, P6, P9 and G1-G5. No case was changed after it.
Missed:
P1  primary named "Marlow Springs" with no aliases (the frame dropped); otherwise ransomware, start
    2025-10-13 right, internal_systems read as suspended (not disrupted), website suspended
P5  primary named "Brindle Cove" with no aliases; "Friday, Dec. 5" given the role disclosure, so
    no incident_start; (internal_systems, restored) claim right
P7  primary "Village Administrator Gwen Harlan" (aliases "Harlan", "Village") with card_payments
    disrupted and internal_systems suspended; "Orland Crest" related with only the start 2026-02-14;
    no customer_service for the village hall phones
P8  primary named "Pell River Township" (alias "Pell River"), never "Township of Pell River";
    ransomware, data true, customer_data compromised and start 2025-10-09 all right
P10 website restoration_expected (from "hoped to bring them back") although a (website, restored)
    claim is there; customer_service restored, start 2025-09-04 right
P11 City of Orrin Falls primary and right; the related incident named "Wexley", not "Town of
    Wexley"
P12 primary named "Tarrow Heath" (the headline's "City of Tarrow Heath" not kept as a name or
    alias); a related incident named "City Hall"
P13 primary named "Stanwick" with no aliases; cyber_attack, start 2025-11-20 and customer_service
    unaffected right
P14 internal_systems partially_restored ("Our phone lines and email have been fully restored"),
    though its claims are (internal_systems, restored); customer_service restored right
P15 website disrupted although "the website was restored late Monday evening" gave a (website,
    restored) claim; start, cyber_attack and data false right
P16 primary named "Wren Hollow" with no aliases; data true, employee_data compromised,
    customer_service disrupted, website unaffected and start 2025-11-29 all right

After round 73's rules (a capitalised frame of a public body is part of its name, whatever the
model tagged; the name turned round, 'Pell River Township', is the same body; an office a
body's word opens, 'Village Administrator', makes a person; a body's seat, 'City Hall', is a
location): 15 of 21. P8, P11, P12, P13 and P16 pass; P1 (suspended, not disrupted), P5 (the
date read as disclosure), P7 (the phones give no customer_service), and P10, P14 and P15 (a
status that disagrees with the record's own restored claim) are left. Then, 'the latest in a
string of attacks' no longer placing the trouble now: 16 of 21 (P15).
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


P_CASES = [
    pytest.param(
        _article(
            "Marlow Springs city computers crippled by ransomware",
            "The City of Marlow Springs was hit by ransomware on Monday, forcing officials to shut "
            "down much of the city's computer network, Mayor Dana Kowalczyk said Tuesday evening.",
            "City employees have been without email since the attack, and the online portal "
            "residents use to pay water and sewer bills was taken offline as a precaution. "
            "Residents can still pay in person at City Hall on Elm Street by check or money order.",
            "Kowalczyk said police and fire dispatch were not affected because the county runs the "
            "911 center. The city has notified the FBI and hired an outside firm to investigate.",
            '"We are not going to pay a ransom," she told the council at a special meeting. "We '
            'will rebuild what we have to."',
            "Marlow Springs, a city of about 38,000 people, is the third municipality in the state "
            "to report a ransomware attack this year.",
        ),
        "2025-10-15",
        {
            "primary": "City of Marlow Springs",
            "has_types": {"City of Marlow Springs": ["ransomware"]},
            "start": {"City of Marlow Springs": "2025-10-13"},
            "statuses": {"City of Marlow Springs": {"internal_systems": "disrupted"}},
        },
        id="P1",
    ),
    pytest.param(
        _article(
            "Town of Kelsby website down after ransomware attack",
            "Ransomware hit the Town of Kelsby late on Sunday night, and the town's website has "
            "been down ever since, Town Manager Peter Aldous said Wednesday.",
            "Aldous said the attack encrypted files on several servers at the Town Office. Tax "
            "bills, dog licenses and building permits are being handled on paper for now, and the "
            "town clerk's office is open its usual hours.",
            "The town, which has about 4,200 residents, said it has no evidence so far that "
            "personal information was taken. State police are helping with the investigation.",
            '"We hope to have the website back up by the end of next week," Aldous said.',
        ),
        "2025-11-06",
        {
            "primary": "Town of Kelsby",
            "has_types": {"Town of Kelsby": ["ransomware"]},
            "start": {"Town of Kelsby": "2025-11-02"},
            "claims": {"Town of Kelsby": [("website", "restoration_expected")]},
            "not_status": {"Town of Kelsby": {"website": "restored"}},
        },
        id="P2",
    ),
    pytest.param(
        _article(
            "Irish port's systems restored after cyber attack",
            "Cargo handling at Kilbrack returned to normal on Monday, four days after a cyber "
            "attack on the Port of Kilbrack knocked out the systems the port company uses to book "
            "lorries into its container terminal.",
            "The port company said the attack was detected early on Thursday 18 September, when "
            "staff found they could not log in to its terminal operating system. Hauliers were "
            "turned away at the gate for much of Thursday and Friday, and two feeder vessels were "
            "held at anchor in the bay.",
            "In a statement, the Port of Kilbrack said its website and email had also been taken "
            "offline as a precaution, and that both were back online by the weekend. It said it "
            "had reported the incident to the National Cyber Security Centre and the Data "
            "Protection Commission.",
            'Chief executive Orla Brennock said no ransom demand had been received. "Our priority '
            "was to get freight moving again, and I want to thank hauliers and shipping lines for "
            'their patience," she said.',
        ),
        "2025-09-23",
        {
            "primary": "Port of Kilbrack",
            "has_types": {"Port of Kilbrack": ["cyber_attack"]},
            "start": {"Port of Kilbrack": "2025-09-18"},
            "statuses": {"Port of Kilbrack": {"website": "restored"}},
            "claims": {"Port of Kilbrack": [("website", "restored")]},
        },
        id="P3",
    ),
    pytest.param(
        _article(
            "Borough of Hatchford phone lines restored after IT failure",
            "Phone lines at the Borough of Hatchford were restored on Thursday after an IT failure "
            "left residents unable to reach the council for most of the week.",
            "The problem began on Monday morning, when a fault in the council's telephone system "
            "following a routine upgrade cut off its contact centre. Residents reporting missed "
            "bin collections and housing repairs were told to use online forms instead.",
            "A council spokesperson said the fault was not the result of a cyber attack and no "
            "personal data had been affected.",
            'Councillor Janet Ormerod, leader of the opposition group, said: "People in Hatchford '
            "deserve better. Elderly residents who don't use the internet were left with no way "
            'of getting through."',
        ),
        "2026-01-16",
        {
            "primary": "Borough of Hatchford",
            "has_types": {"Borough of Hatchford": ["technical_outage"]},
            "lacks_types": {"Borough of Hatchford": ["cyber_attack"]},
            "start": {"Borough of Hatchford": "2026-01-12"},
            "statuses": {"Borough of Hatchford": {"customer_service": "restored"}},
            "claims": {"Borough of Hatchford": [("customer_service", "restored")]},
            "data_compromised": {"Borough of Hatchford": False},
        },
        id="P4",
    ),
    pytest.param(
        _article(
            "Municipality of Brindle Cove email back after server failure",
            "The Municipality of Brindle Cove says its email system is working again after a "
            "server failure knocked it out for three days.",
            "Staff lost access to email and shared files on Friday, Dec. 5, when a storage server "
            "at the municipal office on Harbour Road failed during a power surge, chief "
            "administrative officer Michel Thibodeau said in a news release on Tuesday.",
            "Thibodeau said email came back on Monday afternoon, but some shared files are still "
            "being restored from backups. He said there was no sign of a cyber attack.",
            "The municipality of about 6,800 people asked residents who emailed staff between "
            "Friday and Monday to send their messages again.",
        ),
        "2025-12-10",
        {
            "primary": "Municipality of Brindle Cove",
            "has_types": {"Municipality of Brindle Cove": ["technical_outage"]},
            "lacks_types": {"Municipality of Brindle Cove": ["cyber_attack"]},
            "start": {"Municipality of Brindle Cove": "2025-12-05"},
            "claims": {"Municipality of Brindle Cove": [("internal_systems", "restored")]},
        },
        id="P5",
    ),
    pytest.param(
        _article(
            "County of Ellery confirms data breach after cyberattack",
            "The County of Ellery confirmed Friday that hackers stole personal information "
            "belonging to current and former county employees during a cyberattack that began "
            "late last month.",
            "In a letter mailed to about 2,300 workers, the county said it first detected "
            "suspicious activity on its network on July 28 and that the files taken included "
            "names, Social Security numbers and direct-deposit details.",
            "County officials said the attack disrupted the online permit center and the property "
            "tax payment website for nearly a week, but that both have since been restored. "
            "Services at the county's libraries and clinics were not affected.",
            "The county is offering affected employees two years of free credit monitoring. "
            "Supervisor Lorena Vasquez said the board would review the county's cybersecurity "
            "spending in September.",
        ),
        "2025-08-18",
        {
            "primary": "County of Ellery",
            "has_types": {"County of Ellery": ["data_breach"]},
            "data_compromised": {"County of Ellery": True},
            "statuses": {"County of Ellery": {"employee_data": "compromised"}},
            "start": {"County of Ellery": "2025-07-28"},
        },
        id="P6",
    ),
    pytest.param(
        _article(
            "Orland Crest village hall systems down after cyber incident",
            "Computer systems at the Village of Orland Crest have been down since Saturday after "
            "what officials are calling a cyber incident.",
            "Village Administrator Gwen Harlan said Monday that the village shut down its network "
            "as soon as IT staff spotted unusual activity, and that email, the phone system at "
            "village hall and online water bill payments are all unavailable.",
            "Police and fire services are operating normally, Harlan said. Residents who need to "
            "reach village hall can call a temporary number or stop by in person.",
            "The village said it was working with a cybersecurity firm and its insurer and would "
            "share more when it could.",
        ),
        "2026-02-17",
        {
            "primary": "Village of Orland Crest",
            "start": {"Village of Orland Crest": "2026-02-14"},
            "has_service": {"Village of Orland Crest": ["internal_systems", "customer_service"]},
            "nothing_restored": ["Village of Orland Crest"],
        },
        id="P7",
    ),
    pytest.param(
        _article(
            "Pell River Township says hackers stole residents' data in ransomware attack",
            "The Township of Pell River said Wednesday that a ransomware gang stole residents' "
            "personal information, including names, addresses and some bank account numbers used "
            "for automatic tax payments, during an attack on the township's network earlier this "
            "month.",
            "The attack began on Oct. 9, according to a notice posted on the township website. The "
            "township's municipal court and tax collector's office closed for two days while "
            "systems were restored from backups.",
            "A group calling itself Nightrook listed the township on its leak site last week and "
            "published samples of files it said came from the township clerk's office.",
            "Township Administrator Raymond Delgado said residents whose information was involved "
            'would receive letters by mail. "We regret that this happened," he said.',
        ),
        "2025-10-30",
        {
            "primary": "Township of Pell River",
            "has_types": {"Township of Pell River": ["ransomware"]},
            "data_compromised": {"Township of Pell River": True},
            "statuses": {"Township of Pell River": {"customer_data": "compromised"}},
            "start": {"Township of Pell River": "2025-10-09"},
        },
        id="P8",
    ),
    pytest.param(
        _article(
            "Brackwell city network hit by cyber attack",
            "BRACKWELL (Wire) - A cyber attack on the City of Brackwell's computer network on "
            "Sunday has knocked out the city's website and its online utility billing system, "
            "officials said Monday.",
            "City Manager Leah Fontaine said the attack was discovered early Sunday by an employee "
            "working the weekend shift. She did not say whether a ransom had been demanded.",
            "Water, sewer and garbage services are running normally, Fontaine said, and late fees "
            "on utility bills will be waived until the billing system is back.",
        ),
        "2025-06-10",
        {
            "primary": "City of Brackwell",
            "has_types": {"City of Brackwell": ["cyber_attack"]},
            "start": {"City of Brackwell": "2025-06-08"},
            "statuses": {"City of Brackwell": {"website": "disrupted"}},
        },
        id="P9",
    ),
    pytest.param(
        _article(
            "Fenton Ridge restores website, phones a week after ransomware attack",
            "FENTON RIDGE (Wire) - The City of Fenton Ridge said Thursday that its website and "
            "phone lines were back in service, a week after a ransomware attack forced officials "
            "to take most city systems offline.",
            "The attack was discovered on Thursday, Sept. 4, when employees arriving for work "
            "found ransom notes on their screens, city spokesperson Carla Menendez said.",
            "Menendez said the city's email and its online payment portal for utility bills remain "
            "down, and that the city hoped to bring them back by the end of the month. City "
            "council meetings will continue as scheduled.",
        ),
        "2025-09-12",
        {
            "primary": "City of Fenton Ridge",
            "has_types": {"City of Fenton Ridge": ["ransomware"]},
            "start": {"City of Fenton Ridge": "2025-09-04"},
            "statuses": {
                "City of Fenton Ridge": {"website": "restored", "customer_service": "restored"}
            },
            "claims": {"City of Fenton Ridge": [("website", "restored")]},
            "not_status": {"City of Fenton Ridge": {"internal_systems": "restored"}},
        },
        id="P10",
    ),
    pytest.param(
        _article(
            "Orrin Falls becomes latest city hit by ransomware",
            "The City of Orrin Falls, a suburb of about 52,000 residents, has become the latest "
            "local government hit by ransomware, with officials confirming on Friday that an "
            "attack had disrupted its permitting, court and payroll systems.",
            "According to a statement posted to the city's social media accounts, IT staff "
            "detected the intrusion on Wednesday, March 11, and disconnected city systems from the "
            "internet. The city's website remained up, but online forms were disabled.",
            "The incident follows a similar attack on the neighboring Town of Wexley, which spent "
            "nearly two months rebuilding its network after ransomware struck last spring.",
            "Cybersecurity experts say smaller local governments remain attractive targets because "
            "they often run older systems with limited IT staff. Orrin Falls officials did not say "
            "which group was responsible or whether a ransom had been demanded.",
        ),
        "2026-03-16",
        {
            "primary": "City of Orrin Falls",
            "has_types": {"City of Orrin Falls": ["ransomware"]},
            "start": {"City of Orrin Falls": "2026-03-11"},
            "has_service": {"City of Orrin Falls": ["internal_systems"]},
            "related": ["Town of Wexley"],
        },
        id="P11",
    ),
    pytest.param(
        _article(
            "City of Tarrow Heath hit by cyber attack, 911 unaffected",
            "Tarrow Heath officials say a cyber attack has knocked several city systems offline, "
            "including the online portal where residents pay parking tickets and utility bills.",
            "The problems started Monday night, according to a statement from the city's "
            "communications office. By Tuesday morning, city email was down and staff at City Hall "
            "were writing receipts by hand.",
            "Emergency 911 calls are being answered as normal, the city said.",
            'Mayor Ronald Pike said the city had called in state investigators. "We are treating '
            'this very seriously," he said at a news conference Tuesday afternoon.',
        ),
        "2025-07-16",
        {
            "primary": "City of Tarrow Heath",
            "has_types": {"City of Tarrow Heath": ["cyber_attack"]},
            "start": {"City of Tarrow Heath": "2025-07-14"},
            "statuses": {"City of Tarrow Heath": {"internal_systems": "disrupted"}},
        },
        id="P12",
    ),
    pytest.param(
        _article(
            "Council tax portal offline after hackers target Stanwick council",
            "Residents have been unable to pay council tax or apply for parking permits online "
            "since Thursday, after the Borough of Stanwick was targeted by hackers.",
            "The council said it had taken its online services offline as a precaution while it "
            "investigated the cyber attack with the National Cyber Security Centre. Its website is "
            "still up but shows a notice apologising for the disruption.",
            "A spokesperson said there was no evidence that residents' data had been accessed, but "
            "urged people to be wary of emails or calls claiming to be from the council.",
            "Stanwick's contact centre is taking calls as normal, and residents can still pay "
            "council tax by phone.",
        ),
        "2025-11-24",
        {
            "primary": "Borough of Stanwick",
            "has_types": {"Borough of Stanwick": ["cyber_attack"]},
            "start": {"Borough of Stanwick": "2025-11-20"},
            "statuses": {"Borough of Stanwick": {"customer_service": "unaffected"}},
        },
        id="P13",
    ),
    pytest.param(
        _article(
            "Town of Greyhaven phones, email back online after cyberattack",
            "The Town of Greyhaven says its phones and email are back online following a "
            "cyberattack that shut down its systems last week.",
            "In a news release Wednesday, the town said the attack was detected on Jan. 20 and "
            "that staff immediately disconnected its network to limit the damage.",
            '"Our phone lines and email have been fully restored, and town hall is open for '
            'regular business," Mayor Lise Comeau said in the release. Online payments for water '
            "bills will return next week.",
            "The town said the RCMP and the province's cybersecurity team had been notified.",
        ),
        "2026-01-29",
        {
            "primary": "Town of Greyhaven",
            "has_types": {"Town of Greyhaven": ["cyber_attack"]},
            "start": {"Town of Greyhaven": "2026-01-20"},
            "statuses": {
                "Town of Greyhaven": {
                    "customer_service": "restored",
                    "internal_systems": "restored",
                }
            },
            "claims": {"Town of Greyhaven": [("customer_service", "restored")]},
        },
        id="P14",
    ),
    pytest.param(
        _article(
            "Port of Calloway website knocked offline by DDoS attack",
            "The Port of Calloway said Tuesday that a distributed denial-of-service attack had "
            "knocked its public website offline for most of Monday, the latest in a string of "
            "attacks by hacktivists on port authorities.",
            "The port authority said the website was restored late Monday evening and that cargo "
            "operations, vessel traffic and its terminal systems were not affected.",
            '"This was a nuisance, not a breach," port spokesperson Daniel Okafor said. "No data '
            'was accessed and no ships were delayed."',
        ),
        "2025-08-14",
        {
            "primary": "Port of Calloway",
            "has_types": {"Port of Calloway": ["cyber_attack"]},
            "start": {"Port of Calloway": "2025-08-11"},
            "statuses": {"Port of Calloway": {"website": "restored"}},
            "claims": {"Port of Calloway": [("website", "restored")]},
            "data_compromised": {"Port of Calloway": False},
        },
        id="P15",
    ),
    pytest.param(
        _article(
            "Live: City of Wren Hollow cyber attack updates",
            "9:02 a.m. - Good morning. We're following the fallout after hackers targeted the City "
            "of Wren Hollow, which city officials disclosed late Monday.",
            "9:35 a.m. - City spokesperson Tanya Brooks confirms hackers stole files containing "
            "employee records, including names, home addresses and Social Security numbers for "
            "about 900 current and former staff. She says the attack began on Saturday, Nov. 29.",
            "10:10 a.m. - Brooks says City Hall's phone lines are down this morning, and residents "
            "should use the city's online request form. The city's website is working normally.",
            "11:20 a.m. - Police Chief Marcus Reid says officers are filing reports on paper while "
            "the records system is offline.",
        ),
        "2025-12-02",
        {
            "primary": "City of Wren Hollow",
            "data_compromised": {"City of Wren Hollow": True},
            "start": {"City of Wren Hollow": "2025-11-29"},
            "statuses": {
                "City of Wren Hollow": {
                    "employee_data": "compromised",
                    "customer_service": "disrupted",
                    "website": "unaffected",
                }
            },
        },
        id="P16",
    ),
]

G_CASES = [
    pytest.param(
        _article(
            "Halvorsen Logistics warehouse hit by ransomware",
            "A distribution warehouse in the City of Marlow Springs operated by Halvorsen "
            "Logistics was hit by ransomware on Wednesday, halting shipments to grocery stores "
            "across three states, the company said.",
            "Halvorsen Logistics said the attack encrypted the warehouse management system at the "
            "400,000-square-foot site, and that trucks were being loaded by hand using printed "
            "pick lists.",
            "The company's other eight warehouses were not affected. Halvorsen said it had "
            "notified law enforcement and expected the Marlow Springs site to be fully running by "
            "early next week.",
        ),
        "2025-10-24",
        {
            "primary": "Halvorsen Logistics",
            "has_types": {"Halvorsen Logistics": ["ransomware"]},
            "start": {"Halvorsen Logistics": "2025-10-22"},
            "absent": ["City of Marlow Springs"],
        },
        id="G1",
    ),
    pytest.param(
        _article(
            "Hospital says hackers accessed data of 41,000 patients",
            "Lakemont Regional Hospital said Friday that hackers had accessed the names, dates of "
            "birth and medical record numbers of about 41,000 patients during a cyber attack on "
            "its network in August.",
            "The hospital said it discovered the intrusion on Aug. 19 and had begun notifying "
            "affected patients by mail.",
            "The City of Dunmore Flats, where the hospital is based, posted advice on its website "
            "urging residents to watch out for phishing emails and scam calls claiming to be from "
            "the hospital.",
            "A hospital spokesperson said patient care was not affected at any point.",
        ),
        "2025-09-08",
        {
            "primary": "Lakemont Regional Hospital",
            "data_compromised": {"Lakemont Regional Hospital": True},
            "absent": ["City of Dunmore Flats"],
        },
        id="G2",
    ),
    pytest.param(
        _article(
            "Ashby Valley schools closed after ransomware attack",
            "Ashby Valley School District closed all 11 of its schools on Tuesday after a "
            "ransomware attack on Monday night knocked out its phones, internet and student "
            "information system, Superintendent Karen Doyle said.",
            "Doyle said the district had called in the FBI and hoped to reopen schools on "
            "Thursday. Parents were told to watch the district's social media pages for updates.",
            "The City of Harlow Bend offered the district the help of its own IT staff, and "
            'Mayor Tom Ruddock said in a statement that the city "stands ready to support our '
            'schools."',
        ),
        "2026-02-04",
        {
            "primary": "Ashby Valley School District",
            "has_types": {"Ashby Valley School District": ["ransomware"]},
            "start": {"Ashby Valley School District": "2026-02-02"},
            "absent": ["City of Harlow Bend"],
        },
        id="G3",
    ),
    pytest.param(
        _article(
            "Bremont Line hit by cyber attack as vessel waits at Selby Reach",
            "Container shipping line Bremont Line said on Friday that a cyber attack had taken "
            "down its booking and tracking systems, leaving customers unable to book cargo or "
            "follow shipments online.",
            "One of its ships, the Bremont Aurora, spent two days waiting at the Port of Selby "
            "Reach while the line's staff re-created cargo manifests by hand, according to a port "
            "agent.",
            "Bremont Line said it detected the attack on Wednesday, July 16, and had brought in "
            "outside specialists. It did not say whether ransomware was involved.",
            "Terminal operations at Selby Reach were normal, and other lines' vessels were worked "
            "as usual.",
        ),
        "2025-07-19",
        {
            "primary": "Bremont Line",
            "has_types": {"Bremont Line": ["cyber_attack"]},
            "start": {"Bremont Line": "2025-07-16"},
            "absent": ["Port of Selby Reach"],
        },
        id="G4",
    ),
    pytest.param(
        _article(
            "City of Marlow Springs unveils $212 million budget",
            "The City of Marlow Springs on Tuesday unveiled a $212 million budget for the coming "
            "fiscal year that includes raises for police officers and firefighters, new money for "
            "road repairs and a small increase in water rates.",
            "City Manager Alan Pruitt said the spending plan holds the property tax rate flat for "
            "a third year. It also sets aside $1.4 million to replace the city's aging computer "
            "systems and to move more services, such as permit applications and bill payments, "
            "online.",
            "The City Council will hold a public hearing on the budget on July 8 and is expected "
            "to vote on it later that month.",
            'Council member Rosa Tellez said she wanted more money for parks. "Our playgrounds '
            'are falling apart," she said.',
        ),
        "2025-06-25",
        {"no_incidents": True},
        id="G5",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "P1": "internal_systems and website suspended, not disrupted (the frame now kept)",
    "P5": "'Friday, Dec. 5' read as disclosure: no incident_start (the frame now kept)",
    "P7": "no customer_service for the village hall phones (the village now primary)",
    "P10": "website restoration_expected from 'hoped to bring them back', despite the claim",
    "P14": "internal_systems partially_restored although 'fully restored' (claims say restored)",
}


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(P_CASES, KNOWN_MISSES))
def test_class_p_public_bodies_named_x_of_place(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(G_CASES, KNOWN_MISSES))
def test_class_p_guards_places_advisers_ports_as_places_and_budgets(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)

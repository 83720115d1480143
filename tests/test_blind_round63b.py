"""Blind round 63b: acceptance cases written from the class descriptions and the contract alone.

Classes:

E. A public body that has declared a critical or major incident because of a cyber attack or
   IT failure is itself hit: each declaring body is an incident (the named supplier primary and
   the bodies related when a named supplier is the one attacked). After a ransomware attack on
   an unnamed pathology supplier, "Wrenthorpe Hospitals NHS Trust and Gillamoor NHS Foundation
   Trust have both declared critical incidents" (E1: both found); after ransomware at
   Tolvaddon Diagnostics, "Hawksmoor Teaching Hospitals NHS Trust ... said it had declared a
   critical incident" (E2: Tolvaddon primary, the trust related); "Cotherstone District Council
   declared a major incident on Tuesday after a cyber attack on the contractor that runs its
   computer systems" (E3); after a software failure at the dispatch supplier Orrinsby Systems,
   "Kettlewell Ambulance Service declared a critical incident shortly after midnight" (E4:
   Orrinsby primary, the ambulance service related); after an attack on an unnamed student
   records firm, the last line "Halsworth University has declared a critical incident." (E5);
   "Glenrothie Health Board and Kildale Health Board declared major incidents ... after a cyber
   attack on Nantgarw Digital Services" (E6: Nantgarw primary, both boards related). Guards: a
   hospital's critical incident over a bed shortage in a flu surge (E7: no incidents); a
   trust's critical incident over a nurses' strike in a heatwave (E8: no incidents); after a
   cyber attack on Skewsby Borough Council, neighbouring Terrington District Council "said it
   was prepared to declare a major incident if needed" (E9: Skewsby primary, no incident for
   Terrington).
L. Systems locked by ransomware or by hackers are down: the victim found with internal_systems
   disrupted, and ransomware among its types when ransomware is named. "Langstrothdale Freight
   said its systems were locked by ransomware in May" in a results story (L1); "Boltby Academy
   Trust ... said hackers locked up its computers on Sunday night" (L2); "Production at
   Felixkirk Precision Engineering has stopped ... after its servers were locked by criminals",
   a ransomware gang claiming it (L3); "the practice group's network was locked up by hackers
   last week" of Coneysthorpe Dental Care (L4); late in a Wombleton Builders Merchants story,
   "With its network still locked by ransomware, staff have been checking stock levels" (L5).
   Guards: "Lealholm Energy said 40,000 customers were locked out of their accounts after
   forgetting passwords" in a feature (L6: no incidents); "the building was locked up for the
   night" in a burglary at Nunnington Hardware (L7: no incidents); a website outage at Welburn
   Insurance with "There is no suggestion that its computers have been locked up" (L8:
   internal_systems not disrupted, no ransomware).
W. People's data that "had been downloaded from" a company's systems was taken: the company
   found with data_compromised true. Customers' call records "had been downloaded from its
   cloud workspace" at Kepwick Telecom (W1); Gorsey Bank Medical Practice "said patients' files
   were downloaded from one of its file servers" (W2); the club secretary of Ribbleton Golf Club
   said "members' details ... have been downloaded from the club's membership database" (W3);
   Cowesby Foods employees' bank details "had been downloaded from a shared drive used by its
   payroll team" (W4); at Sedgeberrow Schools Trust "Files holding parents' phone numbers ...
   were downloaded from the trust's cloud storage" (W5). Guards: "The app was downloaded from
   the App Store a million times", Thirkleby Games (W6: no incidents); "staff downloaded the
   update from the vendor's website" in Normanby Building Society's online banking outage (W7:
   data_compromised not true).

On the first run (the committed code at 6e54c09; the working tree held no edits but this
file), 12 of 24 cases passed. Class E: 7 of 9, E3-E9. E1 gives no incident at all for the two
trusts declaring critical incidents in one sentence; E2 finds Tolvaddon Diagnostics primary but
names the trust "Hospitals NHS Trust" (the words "Hawksmoor Teaching" cut off), so no incident
answers to Hawksmoor Teaching Hospitals NHS Trust. E3, E5 find the declaring body primary; E4
and E6 give the supplier primary and the declaring bodies related with third_party. Class L: 3
of 8, only the guards L6, L7 and L8 (L8: Welburn Insurance's only service is website restored).
L1 gives no incident at all; L2 finds Boltby Academy Trust but reads "computers" as
internal_systems suspended, not disrupted; L3 (Felixkirk Precision Engineering, ransomware
among its types), L4 (Coneysthorpe Dental Care, with a stray alias "Dental") and L5 (Wombleton
Builders Merchants, ransomware among its types) find the victim with no internal_systems at
all. Class W: 2 of 7, only the guards W6 and W7 (W7: data_compromised null). W1, W2 and W3 give
no incident at all; W4 (Cowesby Foods) and W5 (Sedgeberrow Schools Trust) find the company as a
cyber_attack with data_compromised null. The twelve misses are in KNOWN_MISSES with what was
observed. No case's text or expectations were changed after the first run; a second run gave
the same result (12 passed, 12 xfailed).

After round 63's rules (a body that declared a critical or major incident suffers it, each of
a list that declares them; systems locked by ransomware or locked up are disrupted; people's
data downloaded from a system was taken; people's databases hold their data): 22 of 24. Left:
E2 (the model cuts the trust's name) and W1 ("their call records" names no data the story
owns, so the download ties no one).
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses

KNOWN_MISSES: dict[str, str] = {
    "E2": "Tolvaddon primary, but the trust is named 'Hospitals NHS Trust' ('Hawksmoor' cut)",
    "W1": "no incident at all for call records 'downloaded from its cloud workspace'",
}


def _locked(victim: str, ransomware: bool) -> dict[str, Any]:
    """The victim found with its systems disrupted, ransomware among its types when named."""
    expect: dict[str, Any] = {
        "present": [victim],
        "statuses": {victim: {"internal_systems": "disrupted"}},
    }
    if ransomware:
        expect["has_types"] = {victim: ["ransomware"]}
    return expect


def _downloaded(holder: str) -> dict[str, Any]:
    """The company the data was downloaded from found, with data_compromised true."""
    return {"present": [holder], "data_compromised": {holder: True}}


E_CASES = [
    pytest.param(
        "Hospitals declare critical incidents after attack on pathology supplier\n\n"
        "Two hospital trusts in West Yorkshire have been forced to postpone operations after a "
        "ransomware attack on a company that processes their blood tests.\n\n"
        "Wrenthorpe Hospitals NHS Trust and Gillamoor NHS Foundation Trust have both declared "
        "critical incidents.\n\n"
        "The supplier, which has not been named, said on Monday that it discovered the attack "
        "on Saturday morning and had shut down its laboratory systems while it investigated.\n\n"
        "NHS England said patients should attend appointments unless they were contacted.",
        "2025-06-09",
        {"present": ["Wrenthorpe Hospitals NHS Trust", "Gillamoor NHS Foundation Trust"]},
        id="E1",
    ),
    pytest.param(
        "Ransomware attack on diagnostics firm hits hospital scans\n\n"
        "Tolvaddon Diagnostics, which provides imaging software to hospitals in the south-west, "
        "has been hit by a ransomware attack, the company confirmed on Thursday.\n\n"
        "The firm said criminals had encrypted part of its network on Tuesday night and that it "
        "had taken its services offline to contain the attack.\n\n"
        "Hawksmoor Teaching Hospitals NHS Trust, one of its largest customers, said it had "
        "declared a critical incident and that radiologists could not view scans from the "
        "system.\n\n"
        "Tolvaddon said it was working with the National Cyber Security Centre.",
        "2025-03-13",
        {
            "primary": "Tolvaddon Diagnostics",
            "related": ["Hawksmoor Teaching Hospitals NHS Trust"],
        },
        id="E2",
    ),
    pytest.param(
        "Council declares major incident after cyber attack on IT contractor\n\n"
        "Cotherstone District Council declared a major incident on Tuesday after a cyber attack "
        "on the contractor that runs its computer systems.\n\n"
        "Residents have been unable to make benefit claims or report missed bin collections "
        "since the weekend, and council staff have been told not to log on to their laptops.\n\n"
        "The council's leader, Margaret Ainsley, said: \"We are working around the clock with "
        'our partners to get services running again."\n\n'
        "The council said it had no evidence so far that residents' personal data had been "
        "taken.",
        "2025-10-15",
        {"present": ["Cotherstone District Council"]},
        id="E3",
    ),
    pytest.param(
        "Software failure at dispatch supplier hits ambulance services\n\n"
        "A failure at Orrinsby Systems, which supplies the software ambulance services use to "
        "send crews to 999 calls, left control rooms working on paper for much of Sunday "
        "night.\n\n"
        "The company said a faulty database upgrade was to blame and that there was no sign of a "
        "cyber attack. It said engineers expected the system to be working normally again by "
        "Tuesday.\n\n"
        "Kettlewell Ambulance Service declared a critical incident shortly after midnight, and "
        "call handlers passed details to crews by radio.\n\n"
        "Orrinsby Systems apologised to the services affected.",
        "2025-01-20",
        {"primary": "Orrinsby Systems", "related": ["Kettlewell Ambulance Service"]},
        id="E4",
    ),
    pytest.param(
        "Cyber attack on student records firm disrupts enrolment\n\n"
        "A cyber attack on a company that provides student records software to British "
        "universities has left thousands of students unable to enrol for the new term.\n\n"
        "The company said on Wednesday that it had detected suspicious activity on its network "
        "last Friday and had shut down its hosted service as a precaution. It said it had "
        "informed the Information Commissioner's Office.\n\n"
        "Several universities have switched to paper forms for the week.\n\n"
        "Halsworth University has declared a critical incident.",
        "2025-09-17",
        {"present": ["Halsworth University"]},
        id="E5",
    ),
    pytest.param(
        "Health boards declare major incidents after attack on IT supplier\n\n"
        "Glenrothie Health Board and Kildale Health Board declared major incidents on Friday "
        "after a cyber attack on Nantgarw Digital Services, the firm that hosts their patient "
        "administration systems.\n\n"
        "Nantgarw Digital Services said it had discovered the attack on Thursday evening and "
        "had disconnected its data centre from the internet.\n\n"
        "Outpatient clinics at both boards went ahead, but staff were recording appointments "
        "by hand.\n\n"
        "The company said it was too early to say whether patient data had been affected.",
        "2025-11-22",
        {
            "primary": "Nantgarw Digital Services",
            "related": ["Glenrothie Health Board", "Kildale Health Board"],
        },
        id="E6",
    ),
    # Guards: critical incidents with no IT trouble, and a council only ready to declare one.
    pytest.param(
        "Hospital declares critical incident over bed shortage\n\n"
        "Bransdale General Hospital declared a critical incident on Monday after a surge in flu "
        "cases left it with no free beds.\n\n"
        "The hospital's emergency department had 60 patients waiting on trolleys at one point, "
        "and ambulances queued outside for up to six hours.\n\n"
        "Its chief executive, Dr Helen Roper, asked people to come to A&E only in a genuine "
        "emergency and to collect relatives who were well enough to go home.\n\n"
        "The critical incident was stood down on Wednesday evening.",
        "2025-01-08",
        {"no_incidents": True},
        id="E7",
    ),
    pytest.param(
        "Trust declares critical incident as nurses strike in heatwave\n\n"
        "Ockbrook Hospitals NHS Trust has declared a critical incident as a two-day strike by "
        "nurses coincided with the hottest week of the year.\n\n"
        "The trust said it had cancelled more than 400 outpatient appointments and asked "
        "patients to use pharmacies and NHS 111 for minor problems.\n\n"
        '"Our members did not want to strike, but they have been left with no choice," a '
        "union spokesperson said.\n\n"
        "The trust expects to stand down the incident on Friday.",
        "2025-07-16",
        {"no_incidents": True},
        id="E8",
    ),
    pytest.param(
        "Council still offline a week after cyber attack\n\n"
        "Skewsby Borough Council says its website and phone lines are still down a week after a "
        "cyber attack, and it cannot say when they will be back.\n\n"
        "The council has been taking housing applications on paper at its town hall since the "
        "attack was discovered last Tuesday.\n\n"
        "Neighbouring Terrington District Council, which shares some services with Skewsby, "
        "said it had checked its own systems and found no sign of intrusion. It said it was "
        "prepared to declare a major incident if needed.\n\n"
        "Police are investigating.",
        "2025-04-10",
        {
            "primary": "Skewsby Borough Council",
            "absent": ["Terrington District Council", "Terrington"],
        },
        id="E9",
    ),
]

L_CASES = [
    pytest.param(
        "Freight firm reveals ransomware attack in results\n\n"
        "Langstrothdale Freight said its systems were locked by ransomware in May, a disclosure "
        "that came as the haulier reported a fall in half-year profits on Thursday.\n\n"
        "The company said lorries kept moving during the attack, but bookings had to be taken by "
        "phone for almost three weeks.\n\n"
        "It said it had not paid the criminals and would not comment on how they got in. The "
        "attack cost the business about £2m, it estimated.",
        "2025-08-14",
        _locked("Langstrothdale Freight", ransomware=True),
        id="L1",
    ),
    pytest.param(
        "Academy trust closes schools after cyber attack\n\n"
        "Boltby Academy Trust, which runs six schools in North Yorkshire, said hackers locked up "
        "its computers on Sunday night, forcing it to close two of its secondary schools on "
        "Monday.\n\n"
        "Staff were unable to take registers or set homework online, the trust said.\n\n"
        "Parents were told by text message that pupils should stay at home until at least "
        "Wednesday. The trust has reported the attack to Action Fraud.",
        "2025-02-04",
        _locked("Boltby Academy Trust", ransomware=False),
        id="L2",
    ),
    pytest.param(
        "Engineering firm halts production after ransom demand\n\n"
        "Production at Felixkirk Precision Engineering has stopped for a fourth day after its "
        "servers were locked by criminals who are demanding a ransom.\n\n"
        "The company, which makes parts for the aerospace industry, said it learned of the "
        "attack on Friday when staff arrived to find a ransom note on their screens. A "
        "ransomware gang has since claimed responsibility on its leak site.\n\n"
        'Managing director Paul Hebden said the firm would not pay. "We will rebuild rather '
        'than reward criminals," he said.',
        "2025-05-13",
        _locked("Felixkirk Precision Engineering", ransomware=True),
        id="L3",
    ),
    pytest.param(
        "Dental group's network locked up by hackers\n\n"
        "Patients of Coneysthorpe Dental Care have had appointments cancelled after the "
        "practice group's network was locked up by hackers last week.\n\n"
        "The group, which runs 14 practices in the East Midlands, said it could not see patient "
        "records or booking diaries and was contacting patients by phone.\n\n"
        "It said it had reported the cyber attack to the police.",
        "2025-06-24",
        _locked("Coneysthorpe Dental Care", ransomware=False),
        id="L4",
    ),
    pytest.param(
        "Builders' merchant takes orders by phone after attack\n\n"
        "Wombleton Builders Merchants is taking orders by phone and writing out receipts by "
        "hand, ten days after a cyber attack on the business.\n\n"
        "The family-owned firm has eight branches across Lincolnshire. Its website, which lists "
        "stock and prices, has stayed online throughout, a spokesperson said.\n\n"
        "With its network still locked by ransomware, staff have been checking stock levels by "
        "walking the yards, the spokesperson added. The company said it had called in "
        "specialists and informed the police.",
        "2025-09-30",
        _locked("Wombleton Builders Merchants", ransomware=True),
        id="L5",
    ),
    # Guards: accounts locked by forgotten passwords, a building locked up, a denial.
    pytest.param(
        "Why so many of us forget our passwords\n\n"
        "Millions of people are shut out of online accounts every year, and most of the time "
        "there is no hacker involved.\n\n"
        "Lealholm Energy said 40,000 customers were locked out of their accounts after "
        "forgetting passwords last year, more than any other problem reported to its "
        "helpline.\n\n"
        '"People reuse a handful of passwords and then change one, and that is when it goes '
        'wrong," said Sarah Pell, a security adviser.\n\n'
        "Password managers can help, she said, as can writing passwords down and keeping them "
        "somewhere safe at home.",
        "2025-03-02",
        {"no_incidents": True},
        id="L6",
    ),
    pytest.param(
        "Thieves steal tools from village hardware shop\n\n"
        "Thieves broke into Nunnington Hardware overnight on Saturday and stole power tools "
        "worth about £8,000.\n\n"
        "The owner, Graham Tull, said the building was locked up for the night as usual at 6pm "
        "and the alarm had been set. The burglars forced a rear window and cut the alarm "
        "cable.\n\n"
        "Police have asked anyone who saw a white van in the village in the early hours of "
        "Sunday to come forward.\n\n"
        "The shop reopened on Monday.",
        "2025-10-07",
        {"no_incidents": True},
        id="L7",
    ),
    pytest.param(
        "Insurer's website down for six hours\n\n"
        "Welburn Insurance's website was unavailable for six hours on Tuesday, leaving customers "
        "unable to get quotes or renew policies online.\n\n"
        "The insurer blamed a faulty change made by its hosting provider.\n\n"
        "There is no suggestion that its computers have been locked up, the company said, adding "
        "that the problem was not a cyber attack.\n\n"
        "The website was working normally again by Tuesday evening.",
        "2025-05-21",
        {
            "present": ["Welburn Insurance"],
            "not_status": {"Welburn Insurance": {"internal_systems": "disrupted"}},
            "lacks_types": {"Welburn Insurance": ["ransomware"]},
        },
        id="L8",
    ),
]

W_CASES = [
    pytest.param(
        "Telecoms firm tells customers call records were taken\n\n"
        "Kepwick Telecom has told 40,000 customers that their call records had been downloaded "
        "from its cloud workspace by an unknown party.\n\n"
        "The broadband and phone provider said it found the problem on 3 March, when an "
        "engineer noticed an unfamiliar login to the workspace, which staff use to share "
        "files.\n\n"
        "The records show the numbers customers called, and when, but not what was said, the "
        "company said. It has reported the incident to Ofcom and the Information Commissioner's "
        "Office.",
        "2025-03-18",
        _downloaded("Kepwick Telecom"),
        id="W1",
    ),
    pytest.param(
        "Surgery writes to patients after cyber incident\n\n"
        "Gorsey Bank Medical Practice said patients' files were downloaded from one of its file "
        "servers during a cyber incident last month.\n\n"
        "In a letter to patients, the practice said the files included referral letters and "
        "test results for about 3,500 people.\n\n"
        "The practice manager, Anne Whitlock, said appointments and prescriptions had not been "
        'affected. "We are very sorry this has happened," she said.',
        "2025-07-09",
        _downloaded("Gorsey Bank Medical Practice"),
        id="W2",
    ),
    pytest.param(
        "Golf club apologises to members\n\n"
        "Ribbleton Golf Club has apologised to members after its online booking system was "
        "taken offline for a week.\n\n"
        "The club, which has about 900 members, brought in an IT firm to examine the booking "
        "site after members reported strange emails.\n\n"
        "In an email to members on Friday, the club secretary said members' details, including "
        "home addresses and dates of birth, have been downloaded from the club's membership "
        "database.\n\n"
        "The booking system is expected back next month.",
        "2025-08-02",
        _downloaded("Ribbleton Golf Club"),
        id="W3",
    ),
    pytest.param(
        "Food maker warns staff after cyber attack\n\n"
        "Cowesby Foods, which makes ready meals for supermarkets, has warned its staff to watch "
        "for fraud after a cyber attack on its offices in Leeds.\n\n"
        "An investigation found that the names, National Insurance numbers and bank details of "
        "about 900 employees had been downloaded from a shared drive used by its payroll team, "
        "the company said on Monday.\n\n"
        "Production at its two factories was not affected, it added.",
        "2025-04-28",
        _downloaded("Cowesby Foods"),
        id="W4",
    ),
    pytest.param(
        "Schools trust writes to parents after data incident\n\n"
        "Sedgeberrow Schools Trust has written to parents at its nine primary schools after a "
        "cyber incident over the Christmas holidays.\n\n"
        "Files holding parents' phone numbers and email addresses were downloaded from the "
        "trust's cloud storage between 28 December and 2 January, the letter said.\n\n"
        "The trust said it had reset all staff passwords and reported the incident to the "
        "Information Commissioner's Office. Schools reopened as normal after the holiday.",
        "2025-01-14",
        _downloaded("Sedgeberrow Schools Trust"),
        id="W5",
    ),
    # Guards: an app downloaded from a store, an update downloaded by staff.
    pytest.param(
        "Puzzle game passes a million downloads\n\n"
        "The app was downloaded from the App Store a million times in its first month, "
        "Thirkleby Games said on Monday.\n\n"
        "The small studio, based in Dundee, has eight staff. Its founder, Ross McAra, said the "
        "team had not expected such demand for Tilewise, its tile-matching puzzle.\n\n"
        "The game is free to play and makes money from optional extras. A version for Android "
        "phones is due in the spring.",
        "2025-02-11",
        {"no_incidents": True},
        id="W6",
    ),
    pytest.param(
        "Building society's online banking down after faulty update\n\n"
        "Normanby Building Society's online banking was unavailable for most of Monday after an "
        "update to its banking software went wrong.\n\n"
        "The society said staff downloaded the update from the vendor's website on Sunday night "
        "and installed it early on Monday, but it contained a fault that stopped customers "
        "logging in.\n\n"
        "Branches and telephone banking were working as normal, and there was no cyber attack, "
        "the society said.",
        "2025-06-03",
        {
            "present": ["Normanby Building Society"],
            "data_not": {"Normanby Building Society": True},
        },
        id="W7",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(E_CASES, KNOWN_MISSES))
def test_a_body_declaring_a_critical_incident_over_an_it_attack_is_hit(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(L_CASES, KNOWN_MISSES))
def test_systems_locked_by_ransomware_or_hackers_are_down(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(W_CASES, KNOWN_MISSES))
def test_data_downloaded_from_a_companys_systems_is_taken(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)

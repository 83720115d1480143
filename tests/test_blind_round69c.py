"""Blind round 69c, class C: an organisation tied to an incident only by telling its cause or
its ransom.

Class C. "Pembury Foods blamed a cyber attack for empty shelves in its stores", "Carrowdale
District Council put the disruption down to a ransomware attack", "Fjellvik Air attributed the
cancellations to a failure in its crew scheduling system", "The chain has blamed an IT outage
at its distribution centre for the gaps"; "Brenning Werke has refused to pay a ransom demanded
by hackers who encrypted its servers", "The council said it would not pay the ransom",
"Trevanion Marine received a ransom demand on Monday", "Hackers demanded a ransom of $2 million
from Larkspur Clinics". In each article that sentence is the only one that ties the
organisation to an incident word (the headline names no organisation beside one; the other
sentences say "the company", "it", or give detail such as deliveries returning): the
organisation is the victim and the primary, with the incident type the text gives. Guards: the
organisation that blames or speaks of a ransom is not the victim (a security agency blaming a
foreign state, a crime office advising never to pay, an analyst blaming attacks in general, a
rival putting its own extra demand down to another firm's attack, police urging victims not to
pay, researchers attributing an attack to a gang); the real victim, named in an ordinary way,
is the primary and the speaker has no incident. A piece of pure advice has no incident at all.

C1  UK grocer, "Pembury Foods blamed a cyber attack for empty shelves in its stores" ->
    Pembury Foods primary, cyber_attack
C2  English council, "Carrowdale District Council put the disruption down to a ransomware
    attack" -> Carrowdale District Council primary, ransomware
C3  Norwegian airline, "Fjellvik Air attributed the cancellations to a failure in its crew
    scheduling system" -> Fjellvik Air primary, technical_outage
C4  Australian supermarket, "The chain has blamed an IT outage at its distribution centre for
    the gaps" (named only in an earlier sentence) -> Wattle Fresh primary, technical_outage
C5  German machine maker, "Brenning Werke has refused to pay a ransom demanded by hackers who
    encrypted its servers" -> Brenning Werke primary, ransomware
C6  English council, "The council said it would not pay the ransom" (named only in an earlier
    sentence) -> Ellerby Borough Council primary
C7  Cornish boatbuilder, "Trevanion Marine received a ransom demand on Monday" -> Trevanion
    Marine primary
C8  US clinics, "Hackers demanded a ransom of $2 million from Larkspur Clinics after
    encrypting its patient records system" -> Larkspur Clinics primary, ransomware
C9  New Zealand school, "Rimuwood College has paid a ransom to criminals who locked its
    computer systems" -> Rimuwood College primary, cyber_attack
C10 Dutch bicycle shops, "Van Dorsten Fietsen attributed the delays to a cyber attack on its
    ordering system" -> Van Dorsten Fietsen primary, cyber_attack
C11 Korean parts maker, "Hanul Precision said a ransomware attack had caused the stoppage" ->
    Hanul Precision primary, ransomware
C12 South African retailer, "Marula Home Stores pinned the card payment problems on a fault in
    its till software" -> Marula Home Stores primary, technical_outage

G1  "The Prairie Cyber Centre blamed the attack on hackers linked to a foreign government"
    -> Brackenridge Water primary, Prairie Cyber Centre absent
G2  "The Federal Office for Digital Crime advises companies never to pay a ransom" ->
    Kellner Logistik primary, Federal Office for Digital Crime absent
G3  "Analysts at Corbelle Research blamed cyber attacks for the fall in sector sales" ->
    Hargreave Stores primary, Corbelle Research absent
G4  "Rival chain Ballyhale Markets put a 15% jump in its own online orders down to the attack
    on Glenmoy Foods" -> Glenmoy Foods primary, Ballyhale Markets absent
G5  "The Lakeshore Police Department urged victims not to pay ransoms" -> Cedar Hollow School
    District primary, Lakeshore Police Department absent
G6  "Researchers at Tallis Threat Labs attributed the attack to a ransomware gang" ->
    Valdecruz Hospital primary, Tallis Threat Labs absent
N1  pure advice, "The National Fraud and Cyber Bureau advises companies never to pay a ransom"
    -> no incidents

On the first run (the committed code at 8e4ba9f; no tracked file was edited), 13 of 19
cases passed: C2, C3, C6, C9, C11, C12, G1-G6 and N1. No case was changed after it.
Missed:
C1  "Pembury Foods blamed a cyber attack for empty shelves in its stores" -> no incident at all
C4  "The chain has blamed an IT outage at its distribution centre for the gaps" -> no incident
    at all
C5  "Brenning Werke has refused to pay a ransom demanded by hackers who encrypted its servers"
    -> no incident at all
C7  "Trevanion Marine received a ransom demand on Monday" -> no incident at all
C8  Larkspur Clinics found as primary, but with types ['cyber_attack'] only: the ransom after
    "encrypting its patient records system" did not give ransomware
C10 "Van Dorsten Fietsen attributed the delays to a cyber attack on its ordering system" -> no
    incident at all

After round 69's rules (a name that tells an incident as the cause of its trouble, or pays,
refuses or receives a ransom, is the one hit; a victim's report hides no incident word inside
it): 18 of 19. C1, C4, C5, C7 and C10 pass. Left: C8 (a ransom demanded "after encrypting
its patient records system" gives cyber_attack, not ransomware: "encrypting" is no kind word).
After the reviews' narrowing (a ransom ties only in a story that tells a cyber incident or a
kind of one, since pirates and kidnappers demand ransoms too): 17 of 19; C7 misses again (its
story tells only "while its computer systems are rebuilt").
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


C_CASES = [
    pytest.param(
        _article(
            "Grocer blames cyber attack for empty shelves",
            "Shoppers at Pembury Foods found bare shelves in fresh food aisles across the south "
            "west of England this week.",
            "Pembury Foods blamed a cyber attack for empty shelves in its stores. The company, "
            "which has 180 shops in Devon, Cornwall and Somerset, said deliveries of bread, milk "
            "and fruit had been late since Sunday.",
            "It said deliveries were returning to normal on Thursday.",
        ),
        "2025-05-16",
        {
            "primary": "Pembury Foods",
            "has_types": {"Pembury Foods": ["cyber_attack"]},
        },
        id="C1",
    ),
    pytest.param(
        _article(
            "Council tax and parking payments down for a week",
            "Residents of Carrowdale have been unable to pay council tax or apply for parking "
            "permits online since last Wednesday.",
            "Carrowdale District Council put the disruption down to a ransomware attack. It said "
            "its phone lines were open and that staff were taking payments by phone.",
        ),
        "2024-09-10",
        {
            "primary": "Carrowdale District Council",
            "has_types": {"Carrowdale District Council": ["ransomware"]},
        },
        id="C2",
    ),
    pytest.param(
        _article(
            "Airline cancels 60 flights after scheduling fault",
            "Fjellvik Air cancelled 60 flights on Friday, leaving thousands of passengers "
            "stranded at Oslo and Bergen airports.",
            "Fjellvik Air attributed the cancellations to a failure in its crew scheduling "
            "system. The airline said it expected to run a full timetable on Saturday.",
        ),
        "2025-07-12",
        {
            "primary": "Fjellvik Air",
            "has_types": {"Fjellvik Air": ["technical_outage"]},
        },
        id="C3",
    ),
    pytest.param(
        _article(
            "Supermarket shoppers find gaps on shelves",
            "Customers of Wattle Fresh, a Queensland supermarket chain, have found bare shelves "
            "in dairy and bakery aisles since Saturday.",
            "The chain has blamed an IT outage at its distribution centre for the gaps. It said "
            "deliveries to most of its 70 stores had resumed on Tuesday.",
        ),
        "2026-02-04",
        {
            "primary": "Wattle Fresh",
            "has_types": {"Wattle Fresh": ["technical_outage"]},
        },
        id="C4",
    ),
    pytest.param(
        _article(
            "Machine maker refuses hackers' ransom demand",
            "Production at Brenning Werke's plant in Chemnitz has stood still since Monday.",
            "Brenning Werke has refused to pay a ransom demanded by hackers who encrypted its "
            "servers. The family-owned company, which makes packaging machines, said it was "
            "rebuilding its systems from backups.",
        ),
        "2025-10-22",
        {
            "primary": "Brenning Werke",
            "has_types": {"Brenning Werke": ["ransomware"]},
        },
        id="C5",
    ),
    pytest.param(
        _article(
            "Residents unable to book bin collections as council website stays down",
            "Residents of Ellerby have been unable to pay bills or book bulky waste collections "
            "online since last Tuesday, Ellerby Borough Council said.",
            "Staff are working from paper records while specialists rebuild the computer "
            "network. The council said it would not pay the ransom.",
        ),
        "2024-03-19",
        {
            "primary": "Ellerby Borough Council",
        },
        id="C6",
    ),
    pytest.param(
        _article(
            "Cornish boatbuilder sends staff home",
            "Trevanion Marine, a Falmouth boatbuilder, has sent most of its 90 workers home "
            "while its computer systems are rebuilt.",
            "Trevanion Marine received a ransom demand on Monday. The company said it had told "
            "the police and would not comment on the amount.",
        ),
        "2025-01-29",
        {
            "primary": "Trevanion Marine",
        },
        id="C7",
    ),
    pytest.param(
        _article(
            "Oregon clinics postpone hundreds of appointments",
            "Larkspur Clinics, which runs 14 family health clinics in Oregon, has postponed "
            "hundreds of appointments this week.",
            "Hackers demanded a ransom of $2 million from Larkspur Clinics after encrypting its "
            "patient records system. The company said it had not paid and was working with the "
            "FBI.",
        ),
        "2025-08-07",
        {
            "primary": "Larkspur Clinics",
            "has_types": {"Larkspur Clinics": ["ransomware"]},
        },
        id="C8",
    ),
    pytest.param(
        _article(
            "School reopens after paying hackers",
            "Pupils at Rimuwood College in Hamilton returned to classes on Monday after a week "
            "at home.",
            "Rimuwood College has paid a ransom to criminals who locked its computer systems, "
            "the school's board said. It did not say how much it had paid.",
        ),
        "2024-05-21",
        {
            "primary": "Rimuwood College",
            "has_types": {"Rimuwood College": ["cyber_attack"]},
        },
        id="C9",
    ),
    pytest.param(
        _article(
            "Bike shop chain delays deliveries",
            "Customers of Van Dorsten Fietsen, which has 45 bicycle shops in the Netherlands, "
            "have been waiting up to three weeks for new bikes.",
            "Van Dorsten Fietsen attributed the delays to a cyber attack on its ordering system. "
            "The company said most orders would be delivered by the end of the month.",
        ),
        "2025-04-09",
        {
            "primary": "Van Dorsten Fietsen",
            "has_types": {"Van Dorsten Fietsen": ["cyber_attack"]},
        },
        id="C10",
    ),
    pytest.param(
        _article(
            "Car parts maker restarts production in Ulsan",
            "Production lines at Hanul Precision's factory in Ulsan stood idle for four days "
            "last week, delaying deliveries of parts to carmakers.",
            "Hanul Precision said a ransomware attack had caused the stoppage. The company "
            "restarted production on Monday, it said.",
        ),
        "2025-11-18",
        {
            "primary": "Hanul Precision",
            "has_types": {"Hanul Precision": ["ransomware"]},
        },
        id="C11",
    ),
    pytest.param(
        _article(
            "Shoppers turned away at tills",
            "Shoppers at Marula Home Stores in Johannesburg and Pretoria were unable to pay by "
            "card for most of Saturday.",
            "Marula Home Stores pinned the card payment problems on a fault in its till "
            "software. It said card payments were working again by Sunday morning.",
        ),
        "2026-01-26",
        {
            "primary": "Marula Home Stores",
            "has_types": {"Marula Home Stores": ["technical_outage"]},
        },
        id="C12",
    ),
]

G_CASES = [
    pytest.param(
        _article(
            "Water company attack blamed on foreign state hackers",
            "A cyber attack on Brackenridge Water, which supplies 400,000 homes in Manitoba, "
            "disrupted its billing system and customer portal last week.",
            "The Prairie Cyber Centre blamed the attack on hackers linked to a foreign "
            "government. Brackenridge Water said drinking water supplies had not been affected.",
        ),
        "2025-03-03",
        {
            "primary": "Brackenridge Water",
            "absent": ["Prairie Cyber Centre"],
        },
        id="G1",
    ),
    pytest.param(
        _article(
            "Lorries held at depots after ransomware attack",
            "Kellner Logistik has been hit by a ransomware attack that stopped lorries leaving "
            "its depots in Bavaria on Tuesday.",
            "The company said it was restoring its systems from backups. The Federal Office for "
            "Digital Crime advises companies never to pay a ransom.",
        ),
        "2024-11-27",
        {
            "primary": "Kellner Logistik",
            "absent": ["Federal Office for Digital Crime"],
        },
        id="G2",
    ),
    pytest.param(
        _article(
            "Retail sales fall sharply in May",
            "UK retail sales fell 1.8% in May, the biggest monthly drop in two years, official "
            "figures showed on Friday.",
            "Analysts at Corbelle Research blamed cyber attacks for the fall in sector sales. "
            "Fashion chain Hargreave Stores has been unable to take online orders since a "
            "ransomware attack on its systems at the start of the month.",
        ),
        "2025-06-20",
        {
            "primary": "Hargreave Stores",
            "absent": ["Corbelle Research"],
        },
        id="G3",
    ),
    pytest.param(
        _article(
            "Ransomware attack on Glenmoy Foods leaves shelves bare",
            "A ransomware attack on Glenmoy Foods, the Irish grocery chain, has left shelves "
            "empty in many of its 95 stores since Thursday.",
            "Rival chain Ballyhale Markets put a 15% jump in its own online orders down to the "
            "attack on Glenmoy Foods. Glenmoy Foods said it hoped to restock its stores by the "
            "end of the week.",
        ),
        "2025-09-15",
        {
            "primary": "Glenmoy Foods",
            "absent": ["Ballyhale Markets"],
        },
        id="G4",
    ),
    pytest.param(
        _article(
            "Ransomware attack delays start of school year in Ohio district",
            "A ransomware attack on Cedar Hollow School District in Ohio has delayed the start "
            "of the school year by a week.",
            "The district said its email and student records systems were down. The Lakeshore "
            "Police Department urged victims not to pay ransoms, saying payment only encouraged "
            "further attacks.",
        ),
        "2024-08-20",
        {
            "primary": "Cedar Hollow School District",
            "absent": ["Lakeshore Police Department"],
        },
        id="G5",
    ),
    pytest.param(
        _article(
            "Hospital cancels operations after cyber attack",
            "Valdecruz Hospital in Valencia has cancelled non-urgent operations since a cyber "
            "attack on its systems on Sunday.",
            "Researchers at Tallis Threat Labs attributed the attack to a ransomware gang known "
            "as Black Heron. The hospital said emergency care was continuing.",
        ),
        "2026-03-10",
        {
            "primary": "Valdecruz Hospital",
            "absent": ["Tallis Threat Labs"],
        },
        id="G6",
    ),
    pytest.param(
        _article(
            "How small firms can protect themselves from ransomware",
            "The National Fraud and Cyber Bureau advises companies never to pay a ransom. "
            "Paying does not guarantee that files will be returned, the bureau says, and it "
            "funds further crime.",
            "It recommends keeping offline backups, training staff to spot phishing emails and "
            "having a plan for working without computers for several days.",
        ),
        "2025-02-12",
        {
            "no_incidents": True,
        },
        id="N1",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "C7": "'received a ransom demand' in a story with no incident word ('systems are rebuilt')",
    "C8": "ransom demanded 'after encrypting its patient records system' gives cyber_attack only",
}


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(C_CASES, KNOWN_MISSES))
def test_class_c_tied_by_cause_or_ransom(text: str, published: str, expect: dict[str, Any]) -> None:
    record = run(text, published)
    check_expectations(record, expect)


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(G_CASES, KNOWN_MISSES))
def test_class_c_guards_speaker_not_victim(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)

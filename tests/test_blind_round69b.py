"""Blind round 69b, class K: a victim told by what of its own kept going or came back "after",
"despite" or "following" an incident of its own.

Class K. "Pellowe Foods said its shops remained open after a ransomware attack on Tuesday",
"Dunmore Pharmacy's branches stayed open despite a cyber attack on its head office", "the
council said its website was working again following a cyber attack last week": the
organisation whose things kept going or came back is the victim of that incident (primary),
often when this is the only sentence that ties it to the incident. The service gets the status
the text gives: "remained open", "stayed open", "trading normally", "kept taking orders" ->
unaffected; "open again", "working again", "back online" -> restored, with a restored claim;
"most of its stores were open again" -> partially_restored, with a partially_restored claim.

K1  UK supermarket, "its shops remained open after a ransomware attack on Tuesday" -> Pellowe
    Foods primary, stores unaffected
K2  Irish pharmacy chain, "Dunmore Pharmacy's branches stayed open despite a cyber attack on
    its head office" -> Dunmore Pharmacy primary, stores unaffected
K3  Welsh council, "its website was working again following a cyber attack last week" ->
    Llanferth County Council primary, website restored, with a restored claim
K4  New Zealand travel agent, "its stores were open again after a cyber attack" -> Tarrant
    Travel primary, stores restored, with a restored claim
K5  Australian homewares chain named only in the lead, "The chain said it was trading normally
    after an IT failure on Saturday" -> Marlo & Finch primary, stores unaffected
K6  Canadian hospital, "its email system was back online following a ransomware attack last
    month" -> Rivermead General Hospital primary, internal_systems restored, with a claim
K7  English school trust, "its website was back online after a ransomware attack over the
    half-term holiday" -> Oakhurst Learning Trust primary, website restored, with a claim
K8  Norwegian airline, "its mobile app was working again after a power failure at a data
    centre on Sunday" -> Fjordwing Air primary, mobile_app restored, with a claim
K9  German software firm, "its customer helpline stayed open despite a ransomware attack" ->
    Veltrix Software primary, customer_service unaffected
K10 US hardware chain, "most of its stores were open again following a ransomware attack last
    weekend" -> Cobbold Hardware primary, stores partially_restored, with a partially_restored
    claim
K11 Scottish bookshop chain, "its tills were working again after an IT outage on Friday" ->
    Pinewick Books primary, card_payments restored, with a restored claim
K12 South African shoe retailer, "its online store kept taking orders despite a cyber attack on
    its warehouse systems" -> Brenlow Shoes primary, online_orders unaffected

Guards: the speaker whose things kept going is NOT the victim: a rival or bystander after
ANOTHER's incident, named beside the real victim; or an incident that is only hypothetical.

G1  supermarket attack, "Rival chain Greenvale said its stores were trading normally after the
    attack on Marchant Foods" -> Marchant Foods primary, Greenvale absent
G2  homewares IT outage, "Bellcourt's shops remained open throughout the outage at its
    competitor" -> Tressel Home primary, Bellcourt absent
G3  council cyber attack, "Neighbouring Brisley District Council said its website was
    unaffected by the attack" (and "Other councils ... their websites") -> Carnford City Council
    primary, Brisley District Council absent
G4  hospital ransomware, "Nearby Kingsmere Hospital ... said its systems were working normally
    despite the attack on its neighbour" -> Larchfield Hospital primary, Kingsmere Hospital
    absent
G5  airline check-in outage, "Rival carrier Solvane Air ... said its check-in desks and app were
    operating normally despite the outage at Corvid Airways" -> Corvid Airways primary, Solvane
    Air absent
G6  preparedness guidance, no incident, "Wendle Foods ... said its stores would stay open in
    the event of a cyber attack" -> no incidents

On the first run (the committed code at 8e4ba9f; no tracked file was edited), 14 of 18 cases
passed: K1-K3, K6-K9, K11 and G1-G6. No case was changed after it.
Missed (each gave no incident at all, the record's incidents were []):
K4  "Tarrant Travel said its stores were open again after a cyber attack" -> no incident
K5  "The chain said it was trading normally after an IT failure on Saturday" (Marlo & Finch
    named only in the lead) -> no incident
K10 "Cobbold Hardware said most of its stores were open again following a ransomware attack
    last weekend" -> no incident
K12 "Brenlow Shoes said its online store kept taking orders despite a cyber attack on its
    warehouse systems" -> no incident

After round 69's rules (what of a name's own kept going or came back after or despite an
incident told as a new one ties the name to it; a service told carrying on its work, "kept
taking orders", is unaffected): 17 of 18. K4, K10 and K12 pass. Left: K5 (the chain is named
only in a lead that tells no incident; the sentence that does says "The chain").
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


K_CASES = [
    pytest.param(
        _article(
            "Supermarket chain keeps shops open after ransomware attack",
            "Pellowe Foods said its shops remained open after a ransomware attack on Tuesday.",
            "The Exeter-based company, which runs 140 supermarkets across the south-west of "
            "England, said some head office staff had been unable to use email and that it had "
            "called in outside specialists.",
            "It said it was too early to say whether any customer data had been taken.",
        ),
        "2025-04-17",
        {
            "primary": "Pellowe Foods",
            "statuses": {"Pellowe Foods": {"stores": "unaffected"}},
        },
        id="K1",
    ),
    pytest.param(
        _article(
            "Pharmacy chain keeps branches open after head office hit",
            "Dunmore Pharmacy's branches stayed open despite a cyber attack on its head office.",
            "The Limerick-based chain, which has 48 branches in Munster and Connacht, said the "
            "attack was detected on Sunday evening and that it had taken some systems offline "
            "while it investigated.",
            "It has reported the incident to the Data Protection Commission.",
        ),
        "2025-10-14",
        {
            "primary": "Dunmore Pharmacy",
            "statuses": {"Dunmore Pharmacy": {"stores": "unaffected"}},
        },
        id="K2",
    ),
    pytest.param(
        _article(
            "Council website back after cyber attack",
            "Llanferth County Council said its website was working again following a cyber "
            "attack last week.",
            "Residents can once more pay council tax and report missed bin collections online, "
            "the authority said.",
            "The council said it was working with the National Cyber Security Centre to find out "
            "how the attackers got in.",
        ),
        "2025-09-08",
        {
            "primary": "Llanferth County Council",
            "statuses": {"Llanferth County Council": {"website": "restored"}},
            "claims": {"Llanferth County Council": [("website", "restored")]},
        },
        id="K3",
    ),
    pytest.param(
        _article(
            "Travel agency stores reopen after cyber attack",
            "Tarrant Travel said its stores were open again after a cyber attack.",
            "The Wellington-based agency, which has 35 stores across New Zealand, said staff had "
            "been unable to use its booking system since Friday. Customers with trips booked in "
            "the coming week were asked to check their emails.",
            "It said it did not yet know whether customers' passport details had been accessed.",
        ),
        "2026-02-23",
        {
            "primary": "Tarrant Travel",
            "statuses": {"Tarrant Travel": {"stores": "restored"}},
            "claims": {"Tarrant Travel": [("stores", "restored")]},
        },
        id="K4",
    ),
    pytest.param(
        _article(
            "Weekend queues at Marlo & Finch",
            "Homewares retailer Marlo & Finch has apologised to shoppers who faced long queues "
            "at its Sydney and Melbourne stores at the weekend.",
            "The chain said it was trading normally after an IT failure on Saturday.",
            "A spokeswoman said a faulty network switch had stopped some tills from working for "
            "several hours and that the problem was not caused by a cyber attack.",
        ),
        "2025-11-20",
        {
            "primary": "Marlo & Finch",
            "statuses": {"Marlo & Finch": {"stores": "unaffected"}},
        },
        id="K5",
    ),
    pytest.param(
        _article(
            "Hospital email restored after ransomware attack",
            "Rivermead General Hospital said its email system was back online following a "
            "ransomware attack last month.",
            "The Ottawa-area hospital said patient care had continued throughout, although some "
            "appointments had been rescheduled while staff worked on paper.",
            "It said it had notified Ontario's privacy commissioner and that it was too early to "
            "say whether patient data had been taken.",
        ),
        "2025-03-04",
        {
            "primary": "Rivermead General Hospital",
            "statuses": {"Rivermead General Hospital": {"internal_systems": "restored"}},
            "claims": {"Rivermead General Hospital": [("internal_systems", "restored")]},
        },
        id="K6",
    ),
    pytest.param(
        _article(
            "School trust website back online",
            "The Oakhurst Learning Trust, which runs nine academies in Kent, said its website was "
            "back online after a ransomware attack over the half-term holiday.",
            "The trust said lessons had not been affected and that all its schools had opened as "
            "normal on Monday.",
            "It said it was working with the police and the Department for Education.",
        ),
        "2025-06-10",
        {
            "primary": "Oakhurst Learning Trust",
            "statuses": {"Oakhurst Learning Trust": {"website": "restored"}},
            "claims": {"Oakhurst Learning Trust": [("website", "restored")]},
        },
        id="K7",
    ),
    pytest.param(
        _article(
            "Airline app back after data centre power cut",
            "Fjordwing Air said its mobile app was working again after a power failure at a data "
            "centre on Sunday.",
            "The Bergen-based carrier said flights had operated as scheduled and that passengers "
            "had been able to check in at airports.",
        ),
        "2024-09-19",
        {
            "primary": "Fjordwing Air",
            "statuses": {"Fjordwing Air": {"mobile_app": "restored"}},
            "claims": {"Fjordwing Air": [("mobile_app", "restored")]},
        },
        id="K8",
    ),
    pytest.param(
        _article(
            "Software firm hit by ransomware",
            "Veltrix Software said its customer helpline stayed open despite a ransomware attack "
            "that encrypted servers at its Leipzig headquarters.",
            "The company, which makes accounting software for small businesses in Germany and "
            "Austria, said its cloud products had not been affected and that it had informed the "
            "police and the data protection authority of Saxony.",
            "It did not say whether a ransom had been demanded.",
        ),
        "2025-08-05",
        {
            "primary": "Veltrix Software",
            "statuses": {"Veltrix Software": {"customer_service": "unaffected"}},
        },
        id="K9",
    ),
    pytest.param(
        _article(
            "Hardware chain reopens most stores after cyber attack",
            "Cobbold Hardware said most of its stores were open again following a ransomware "
            "attack last weekend.",
            "The Ohio-based chain, which has 64 stores in Ohio, Indiana and Kentucky, said it was "
            "working with the FBI and outside investigators.",
            "Customers were asked to bring cash because some card readers were still not working.",
        ),
        "2026-01-19",
        {
            "primary": "Cobbold Hardware",
            "statuses": {"Cobbold Hardware": {"stores": "partially_restored"}},
            "claims": {"Cobbold Hardware": [("stores", "partially_restored")]},
        },
        id="K10",
    ),
    pytest.param(
        _article(
            "Bookshop tills back after outage",
            "Shoppers at a Scottish bookshop chain were asked to pay in cash for most of Friday "
            "after its tills stopped working.",
            "Pinewick Books said its tills were working again after an IT outage on Friday.",
            "The Edinburgh company, which has 22 shops, blamed a faulty software update from a "
            "supplier and said it was not a cyber attack.",
        ),
        "2025-07-14",
        {
            "primary": "Pinewick Books",
            "statuses": {"Pinewick Books": {"card_payments": "restored"}},
            "claims": {"Pinewick Books": [("card_payments", "restored")]},
        },
        id="K11",
    ),
    pytest.param(
        _article(
            "Cyber attack hits shoe retailer's warehouse systems",
            "Brenlow Shoes said its online store kept taking orders despite a cyber attack on its "
            "warehouse systems.",
            "The Durban-based company said deliveries could take up to a week longer than usual "
            "while it investigated.",
            "It has reported the attack to the Information Regulator.",
        ),
        "2024-10-28",
        {
            "primary": "Brenlow Shoes",
            "statuses": {"Brenlow Shoes": {"online_orders": "unaffected"}},
        },
        id="K12",
    ),
]

G_CASES = [
    pytest.param(
        _article(
            "Marchant Foods hit by cyber attack",
            "Supermarket chain Marchant Foods has been hit by a cyber attack that has left some "
            "of its 300 stores short of fresh produce.",
            "The Leeds-based company said the attack, detected on Monday, had disrupted its "
            "ordering systems and deliveries to stores.",
            "Rival chain Greenvale said its stores were trading normally after the attack on "
            "Marchant Foods.",
        ),
        "2025-05-20",
        {
            "primary": "Marchant Foods",
            "absent": ["Greenvale"],
        },
        id="G1",
    ),
    pytest.param(
        _article(
            "Tressel Home stores shut by IT outage",
            "Tressel Home closed all 85 of its stores in Quebec and Ontario on Saturday after an "
            "IT outage knocked out its tills.",
            "The Montreal-based retailer said a failed server upgrade was to blame and that there "
            "was no sign of a cyber attack.",
            "Bellcourt's shops remained open throughout the outage at its competitor, and some "
            "reported their busiest Saturday of the year.",
        ),
        "2026-03-09",
        {
            "primary": "Tressel Home",
            "absent": ["Bellcourt"],
        },
        id="G2",
    ),
    pytest.param(
        _article(
            "Carnford City Council hit by cyber attack",
            "Carnford City Council's website and phone lines have been down since Wednesday after "
            "a cyber attack, the council said.",
            "Residents have been unable to pay council tax or book bulky waste collections "
            "online. The council said it did not yet know whether residents' personal data had "
            "been accessed.",
            "Neighbouring Brisley District Council said its website was unaffected by the attack. "
            "Other councils in the county said their websites were unaffected by the attack.",
        ),
        "2025-11-06",
        {
            "primary": "Carnford City Council",
            "absent": ["Brisley District Council"],
        },
        id="G3",
    ),
    pytest.param(
        _article(
            "Ransomware attack forces Larchfield Hospital to divert ambulances",
            "Larchfield Hospital in Adelaide has diverted ambulances to other hospitals since "
            "Thursday after a ransomware attack took down its computer systems.",
            "The hospital said staff were working on paper and that urgent surgery was going "
            "ahead.",
            "Nearby Kingsmere Hospital, which uses a different IT provider, said its systems were "
            "working normally despite the attack on its neighbour, and that it was taking extra "
            "patients.",
        ),
        "2024-12-13",
        {
            "primary": "Larchfield Hospital",
            "absent": ["Kingsmere Hospital"],
        },
        id="G4",
    ),
    pytest.param(
        _article(
            "Corvid Airways flights delayed after check-in systems fail",
            "Corvid Airways passengers faced delays of up to four hours at Dublin and Shannon on "
            "Monday after an IT outage knocked out the airline's check-in systems.",
            "The Irish carrier said the fault had been fixed by Monday evening and that it was "
            "not caused by a cyber attack.",
            "Rival carrier Solvane Air, which flies from the same airports, said its check-in "
            "desks and app were operating normally despite the outage at Corvid Airways.",
        ),
        "2025-01-28",
        {
            "primary": "Corvid Airways",
            "absent": ["Solvane Air"],
        },
        id="G5",
    ),
    pytest.param(
        _article(
            "Retailers urged to prepare for cyber attacks",
            "Shops in Wales should plan how they would keep trading if their computer systems "
            "were knocked out, the Welsh Government said in guidance published on Monday.",
            "The guidance asks retailers to keep paper records and to make sure staff can take "
            "cash if card payments fail.",
            "Wendle Foods, which runs 60 convenience stores in south Wales, said its stores would "
            "stay open in the event of a cyber attack.",
        ),
        "2025-02-11",
        {
            "no_incidents": True,
        },
        id="G6",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "K5": "'The chain said it was trading normally after an IT failure' gives no incident at all",
}


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(K_CASES, KNOWN_MISSES))
def test_class_k_victim_by_what_kept_going(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(G_CASES, KNOWN_MISSES))
def test_class_k_guards_bystander_or_hypothetical(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)

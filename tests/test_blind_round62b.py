"""Blind round 62b: acceptance cases written from the contract alone.

Classes:

D. A body that answers another's incident by saying it is aware of it is not a victim: the
   story's victim stays primary and the body has no incident. The National Cyber Security
   Centre "said it was aware of the incident" after a ransomware attack on Northolm Building
   Society (D1), Police Scotland "says it is aware of the attack" on Inverbrae Distillers (D2),
   the Department for Education "said they were aware of the incident and were supporting the
   trust" (D3: Aldwark Academy Trust), the Financial Conduct Authority and the Information
   Commissioner's Office "both said they were aware of the incident" (D4: Thrushcross
   Mutual), the Australian Cyber Security Centre "said it was aware of the cyber attack"
   (D5: Rudston Health Fund). Guards: the victim itself "was aware of a post on a leak site
   claiming the attack" after the text says it was hacked (D6: Cullerton Engineering
   primary), and a victim of its own told attack "said it was aware of the incident and had
   taken its systems offline" (D7: Baxendale Solicitors primary).
E. A speaker that judges the incident as a lesson comments on it and is not a victim: the
   commentator has no incident and the victim is primary. Consumer group Fairtill "said the
   outage was a reminder that shops should keep cash tills" (E1: Copthorne Grocers), trade
   body the Northern Hospitals Federation "said the incident showed how dependent hospitals
   have become on one supplier" (E2: Skipridge Pathology), privacy group Open Ledger "said the
   breach highlighted the risks of" (E3: Wragby Car Hire), the Local Government Association
   "said the attack was a warning to other councils" (E4: Brantmoor Borough Council), Hallsey
   Research "said the failure should be a wake-up call for" (E5: Tarvin Airways). Guards: the
   victim itself saying "the attack had shown how important its backups were" (E6: Pendeen
   Housing Association primary), and a second organisation that was hit, "Halsall Leisure
   said its own booking system had also gone down" (E7: Halsall Leisure present, Ferrisford
   Leisure primary).
F. A business that carries or makes goods for other businesses delivers to businesses: its
   disrupted deliveries are its stock_and_supply, not home_delivery (home_delivery has no
   status). Kelvale Freight "suspended deliveries from its depots" (F1: suspended), a
   foundry's "deliveries to customers have been delayed" (F2: Orgreave Castings, disrupted),
   "the wholesaler's deliveries to convenience stores resumed on Tuesday" (F3: Stanegate
   Wholesale, restored), a container terminal's "deliveries of containers to importers were
   disrupted" (F4: Beckside Container Terminal), a car parts distributor's "deliveries to
   garages had been disrupted" (F5: Blencow Motor Parts). Guards: a logistics firm's "parcel
   deliveries to homes had been delayed" (F6: Withycombe Logistics, home_delivery disrupted)
   and a furniture retailer's "deliveries to customers had been delayed" (F7: Rookhope
   Furniture, home_delivery disrupted).
G. Deliveries a supplier makes to its client are the client's stock_and_supply: the client
   is a related victim of the supplier's incident with stock_and_supply disrupted, the
   supplier primary. "Pinhoe Kitchen said some dishes were unavailable because deliveries from
   Ulverby Foods had been delayed" (G1), "scheduled Braithwell deliveries failed to arrive at
   Sturry Stores' shops" (G2), "Kirkwhelp Cafes said its deliveries from Cadnam Dairies had
   stopped" (G3), "Wickstead Builders Merchants said deliveries from Hexthorpe Timber had been
   delayed" (G4), "Sandwick Hotels said deliveries of clean linen from Drumlanrig Linen had been
   disrupted" (G5). Guards: "home deliveries from Croyde to its customers were running
   normally" (G6: Croyde Supermarkets home_delivery unaffected), and "Home deliveries from
   Fendale Fresh to shoppers ... were cancelled" (G7: Fendale Fresh primary with home_delivery,
   its stock_and_supply not disrupted).

On the first run (the committed code at 2a9a45f; the working tree held no edits but this
file), 10 of 28 cases passed. Class D: 5 of 7, D1, D4, D5 and the two guards D6-D7; D2 gives
no incident at all (Inverbrae Distillers, "a cyber attack on Sunday forced it to stop
bottling", is not found), and in D3 the Department for Education ("said they were aware of the
incident and were supporting the trust") is a related cyber_attack victim. Class E: 3 of 7,
E4, E5 and the guard E7; Fairtill (E1: a related technical_outage with card_payments disrupted
from "cash tills"), the Northern Hospitals Federation (E2) and Open Ledger (E3) are related
victims, and the guard E6 gives no incident at all (Pendeen Housing Association not found).
Class F: 2 of 7, only the guards F6-F7; in F1-F5 the business-to-business deliveries are read
as home_delivery (F1 suspended, F2 disrupted, F3 restored, F4 disrupted, F5 disrupted) with no
stock_and_supply. Class G: 0 of 7; the clients' deliveries from their suppliers are read as
home_delivery (G1 Pinhoe Kitchen disrupted, G3 Kirkwhelp Cafes suspended), or the client is
not found (G2 Sturry Stores, G4 Wickstead Builders Merchants), or the client is the primary and
the supplier not found (G5: Sandwick Hotels primary with home_delivery disrupted, no Drumlanrig
Linen); the guard G6 does not find Croyde Supermarkets, and in the guard G7 Fendale Fresh has
stock_and_supply disrupted, read from "ordering systems" rather than from its deliveries (the
case's text, not the delivery reading, trips the guard). The eighteen misses are in
KNOWN_MISSES with what was observed. No case's text or expectations were changed after the
first run; a second run gave the same result (10 passed, 18 xfailed).

After round 62's rules for these classes (a body aware of the incident answers it; a speaker
judging the incident as a lesson comments on it; a supplier's deliveries are its stock and
supply; deliveries from another are the receiver's; a supplier named after 'from' beside a
client's service leaves the client's news its own): 20 of 28. Left: D2 and E6 (the victim of a
plain attack story not found, as before the round), F5 (a distributor named by no trade word,
"Blencow Motor Parts", keeps home_delivery), G2, G5 and G6 (the client or the supplier not
found), G3 (the client's deliveries halted by the supplier read as suspended, which the case
sets' annotators read both ways: tried and dropped) and the guard G7 (its own text).
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses

KNOWN_MISSES: dict[str, str] = {
    "D2": "no incident at all: Inverbrae Distillers not found",
    "E6": "no incident at all: Pendeen Housing Association not found",
    "F5": "'deliveries to garages' is home_delivery disrupted; no stock_and_supply",
    "G2": "Sturry Stores not found; only Braithwell Bakeries (internal_systems disrupted)",
    "G3": "Kirkwhelp Cafes related, its deliveries from the dairy home_delivery suspended",
    "G5": "Drumlanrig Linen not found; Sandwick Hotels primary with home_delivery disrupted",
    "G6": "Croyde Supermarkets not found; only Farndale Produce, with no services",
    "G7": "Fendale Fresh stock_and_supply disrupted, read from 'ordering systems'",
}


def _aware(victim: str, *bodies: str) -> dict[str, Any]:
    """The victim primary, each body that said it was aware with no incident."""
    return {"primary": victim, "absent": list(bodies)}


def _b2b(org: str, status: str) -> dict[str, Any]:
    """Deliveries to businesses: stock_and_supply with the told status, no home_delivery."""
    return {
        "present": [org],
        "statuses": {org: {"stock_and_supply": status}},
        "no_service": {org: ["home_delivery"]},
    }


def _client(supplier: str, client: str) -> dict[str, Any]:
    """The supplier primary, its client related with stock_and_supply disrupted."""
    return {
        "primary": supplier,
        "related": [client],
        "statuses": {client: {"stock_and_supply": "disrupted"}},
    }


D_CASES = [
    pytest.param(
        "Building society hit by ransomware attack\n\n"
        "Northolm Building Society has been hit by a ransomware attack that has taken its "
        "online banking offline, the mutual said on Wednesday.\n\n"
        "The society said branches were open but could only handle cash withdrawals.\n\n"
        "The National Cyber Security Centre said it was aware of the incident and was working "
        "with the society to understand its impact.",
        "2025-03-12",
        _aware("Northolm Building Society", "National Cyber Security Centre"),
        id="D1",
    ),
    pytest.param(
        "Whisky maker targeted by hackers\n\n"
        "Inverbrae Distillers says a cyber attack on Sunday forced it to stop bottling at its "
        "Speyside plant.\n\n"
        "The family-owned company said it had called in specialists and hoped to restart "
        "production later this week.\n\n"
        "Police Scotland says it is aware of the attack and has opened an investigation.",
        "2025-09-23",
        _aware("Inverbrae Distillers", "Police Scotland"),
        id="D2",
    ),
    pytest.param(
        "Academy trust's schools shut after cyber attack\n\n"
        "Six schools run by Aldwark Academy Trust were closed on Monday after a cyber attack "
        "knocked out their IT systems.\n\n"
        "The trust said pupils would be taught remotely where possible and that it expected "
        "the schools to reopen on Wednesday.\n\n"
        "The Department for Education said they were aware of the incident and were "
        "supporting the trust.",
        "2025-01-20",
        _aware("Aldwark Academy Trust", "Department for Education"),
        id="D3",
    ),
    pytest.param(
        "Insurer confirms data breach\n\n"
        "Thrushcross Mutual has confirmed that hackers stole the names and policy details of "
        "some of its customers in a breach discovered on 2 July.\n\n"
        "The insurer said it was writing to everyone affected.\n\n"
        "The Financial Conduct Authority and the Information Commissioner's Office both said "
        "they were aware of the incident.",
        "2025-07-09",
        _aware(
            "Thrushcross Mutual",
            "Financial Conduct Authority",
            "Information Commissioner's Office",
        ),
        id="D4",
    ),
    pytest.param(
        "Australian health fund hit by cyber attack\n\n"
        "Rudston Health Fund, a health insurer with 300,000 members in Victoria, said on "
        "Thursday that a cyber attack had disrupted its claims system.\n\n"
        "Members are unable to make claims online while the system is down, the fund said.\n\n"
        "The Australian Cyber Security Centre said it was aware of the cyber attack and was "
        "providing technical assistance to the fund.",
        "2025-05-15",
        _aware("Rudston Health Fund", "Australian Cyber Security Centre"),
        id="D5",
    ),
    # Guards: the victim itself saying it was aware of something.
    pytest.param(
        "Engineering firm hacked\n\n"
        "Cullerton Engineering was hacked last week, the Sheffield company confirmed on "
        "Tuesday.\n\n"
        "Cullerton said it was aware of a post on a leak site claiming the attack and was "
        "investigating whether any data had been taken.\n\n"
        "Its factories are operating normally, the firm said.",
        "2025-04-29",
        {"primary": "Cullerton Engineering"},
        id="D6",
    ),
    pytest.param(
        "Law firm's servers encrypted by hackers\n\n"
        "Hackers encrypted the servers of Baxendale Solicitors on Monday, leaving staff unable "
        "to open case files.\n\n"
        "Baxendale Solicitors said it was aware of the incident and had taken its systems "
        "offline while it investigated.\n\n"
        "The firm said clients' appointments would go ahead by phone.",
        "2025-10-08",
        {"primary": "Baxendale Solicitors"},
        id="D7",
    ),
]

E_CASES = [
    pytest.param(
        "Grocer's card machines fail for a day\n\n"
        "Shoppers at Copthorne Grocers were unable to pay by card on Saturday after an IT "
        "failure hit the chain's payment system.\n\n"
        "The grocer, which has 40 shops in Kent, said card payments were working again by "
        "Sunday morning.\n\n"
        "Consumer group Fairtill said the outage was a reminder that shops should keep cash "
        "tills.",
        "2025-08-18",
        {"primary": "Copthorne Grocers", "absent": ["Fairtill"]},
        id="E1",
    ),
    pytest.param(
        "Pathology supplier hit by ransomware\n\n"
        "Blood test results have been delayed at a dozen hospitals after a ransomware attack "
        "on Skipridge Pathology, which runs laboratory services for them.\n\n"
        "Skipridge Pathology said it was restoring its systems from backups.\n\n"
        "Trade body the Northern Hospitals Federation said the incident showed how dependent "
        "hospitals have become on one supplier.",
        "2025-06-04",
        {"primary": "Skipridge Pathology", "absent": ["Northern Hospitals Federation"]},
        id="E2",
    ),
    pytest.param(
        "Car hire firm admits data breach\n\n"
        "Wragby Car Hire says hackers stole copies of customers' driving licences and "
        "passports from its booking system in March.\n\n"
        "The company said it had written to about 8,000 customers.\n\n"
        "Privacy group Open Ledger said the breach highlighted the risks of firms keeping "
        "copies of identity documents for longer than they need.",
        "2025-04-14",
        {"primary": "Wragby Car Hire", "absent": ["Open Ledger"]},
        id="E3",
    ),
    pytest.param(
        "Council services down after cyber attack\n\n"
        "Brantmoor Borough Council says a cyber attack has knocked out its website and phone "
        "lines since Thursday.\n\n"
        "Bin collections are going ahead as normal, the council said.\n\n"
        "The Local Government Association said the attack was a warning to other councils.",
        "2025-11-10",
        {"primary": "Brantmoor Borough Council", "absent": ["Local Government Association"]},
        id="E4",
    ),
    pytest.param(
        "Airline check-in outage causes delays\n\n"
        "Passengers flying with Tarvin Airways faced long queues on Friday after a failure in "
        "the airline's check-in system.\n\n"
        "The airline said the fault was fixed by the afternoon but some flights left up to "
        "three hours late.\n\n"
        "Aviation consultancy Hallsey Research said the failure should be a wake-up call for "
        "airlines that rely on a single system.",
        "2025-07-26",
        {"primary": "Tarvin Airways", "absent": ["Hallsey Research"]},
        id="E5",
    ),
    # Guards: the victim drawing its own lesson, and a second organisation that was hit.
    pytest.param(
        "Housing association recovers from ransomware attack\n\n"
        "Pendeen Housing Association says its repairs line is working again after a "
        "ransomware attack two weeks ago.\n\n"
        "The association said the attack had shown how important its backups were, and that "
        "no tenant data had been lost.\n\n"
        "It has reported the attack to the police.",
        "2025-02-25",
        {"primary": "Pendeen Housing Association"},
        id="E6",
    ),
    pytest.param(
        "Leisure centre bookings hit by outage\n\n"
        "Ferrisford Leisure's online booking system failed on Saturday, leaving swimmers and "
        "gym users unable to reserve sessions.\n\n"
        "The operator blamed an outage at its software supplier.\n\n"
        "Halsall Leisure, which runs pools in the next county, said its own booking system had "
        "also gone down.",
        "2025-03-03",
        {"primary": "Ferrisford Leisure", "present": ["Halsall Leisure"]},
        id="E7",
    ),
]

F_CASES = [
    pytest.param(
        "Freight firm hit by cyber attack\n\n"
        "Kelvale Freight said on Tuesday that it had suspended deliveries from its depots "
        "after a cyber attack on its computer systems.\n\n"
        "The haulier, which carries goods for supermarkets and manufacturers, said its lorries "
        "would stay parked until its systems were checked.\n\n"
        "It has reported the attack to the police.",
        "2025-05-06",
        _b2b("Kelvale Freight", "suspended"),
        id="F1",
    ),
    pytest.param(
        "Foundry's production halted by ransomware\n\n"
        "A ransomware attack has stopped production at Orgreave Castings, a foundry that makes "
        "engine parts for carmakers.\n\n"
        "The Rotherham firm said deliveries to customers have been delayed while it rebuilds "
        "its systems.\n\n"
        "It said it hoped to restart its furnaces next week.",
        "2025-09-15",
        _b2b("Orgreave Castings", "disrupted"),
        id="F2",
    ),
    pytest.param(
        "Wholesaler back to normal after IT failure\n\n"
        "Stanegate Wholesale, which supplies 900 convenience stores in the north of England, "
        "was hit by an IT failure last week that left it unable to pick orders.\n\n"
        "The wholesaler's deliveries to convenience stores resumed on Tuesday, the company "
        "said.\n\n"
        "It said the fault had been caused by a failed software update.",
        "2025-06-26",
        _b2b("Stanegate Wholesale", "restored"),
        id="F3",
    ),
    pytest.param(
        "Container terminal hit by cyber attack\n\n"
        "Beckside Container Terminal said a cyber attack on Wednesday had shut down the system "
        "it uses to track boxes on the quay.\n\n"
        "Deliveries of containers to importers were disrupted, and lorries queued for hours "
        "outside the gates.\n\n"
        "The terminal said ships were still being unloaded.",
        "2025-10-16",
        _b2b("Beckside Container Terminal", "disrupted"),
        id="F4",
    ),
    pytest.param(
        "Car parts distributor hit by hackers\n\n"
        "Blencow Motor Parts, a distributor of car parts, said hackers had broken into its "
        "ordering system on Friday.\n\n"
        "The company said deliveries to garages had been disrupted across the Midlands.\n\n"
        "It said it was working with outside experts to bring its systems back.",
        "2025-02-10",
        _b2b("Blencow Motor Parts", "disrupted"),
        id="F5",
    ),
    # Guards: deliveries to homes, and a retailer's deliveries to its shoppers.
    pytest.param(
        "Parcel deliveries delayed after cyber attack\n\n"
        "Withycombe Logistics said on Monday that a cyber attack had hit its tracking "
        "system.\n\n"
        "The firm said parcel deliveries to homes had been delayed in parts of Devon and "
        "Somerset.\n\n"
        "It said it expected to clear the backlog by the weekend.",
        "2025-12-01",
        {"statuses": {"Withycombe Logistics": {"home_delivery": "disrupted"}}},
        id="F6",
    ),
    pytest.param(
        "Furniture chain hit by IT problems\n\n"
        "Rookhope Furniture says an IT failure at its head office has left it unable to "
        "schedule orders.\n\n"
        "The retailer, which has 25 showrooms, said deliveries to customers had been "
        "delayed.\n\n"
        "Its showrooms remain open.",
        "2025-08-05",
        {"statuses": {"Rookhope Furniture": {"home_delivery": "disrupted"}}},
        id="F7",
    ),
]

G_CASES = [
    pytest.param(
        "Food supplier hit by cyber attack\n\n"
        "Ulverby Foods, which supplies restaurants across the north-west, said a cyber attack "
        "had disrupted its order system on Thursday.\n\n"
        "Restaurant chain Pinhoe Kitchen said some dishes were unavailable because deliveries "
        "from Ulverby Foods had been delayed.\n\n"
        "Ulverby Foods said it was working to restore its systems.",
        "2025-04-04",
        _client("Ulverby Foods", "Pinhoe Kitchen"),
        id="G1",
    ),
    pytest.param(
        "Bakery supplier's systems down\n\n"
        "Braithwell Bakeries, which bakes bread for convenience shops, was hit by a ransomware "
        "attack on Sunday night.\n\n"
        "On Monday morning, scheduled Braithwell deliveries failed to arrive at Sturry Stores' "
        "shops, leaving bread shelves empty.\n\n"
        "Braithwell Bakeries said it hoped to resume baking on Wednesday.",
        "2025-11-25",
        _client("Braithwell Bakeries", "Sturry Stores"),
        id="G2",
    ),
    pytest.param(
        "Dairy hit by IT outage\n\n"
        "Cadnam Dairies says a failure in its computer systems has stopped it processing "
        "orders since Tuesday.\n\n"
        "Kirkwhelp Cafes said its deliveries from Cadnam Dairies had stopped, and some cafes "
        "had run out of milk.\n\n"
        "The dairy said it expected its systems to be working again by the weekend.",
        "2025-03-20",
        _client("Cadnam Dairies", "Kirkwhelp Cafes"),
        id="G3",
    ),
    pytest.param(
        "Timber supplier hit by cyber attack\n\n"
        "Hexthorpe Timber has been hit by a cyber attack that has shut its sawmill's "
        "systems, the company said on Monday.\n\n"
        "Wickstead Builders Merchants said deliveries from Hexthorpe Timber had been delayed, "
        "leaving some of its branches short of fencing panels.\n\n"
        "Hexthorpe Timber said it had informed the police.",
        "2025-06-30",
        _client("Hexthorpe Timber", "Wickstead Builders Merchants"),
        id="G4",
    ),
    pytest.param(
        "Laundry firm hit by ransomware\n\n"
        "Drumlanrig Linen, a laundry that washes bedding for hotels in Scotland, said a "
        "ransomware attack had stopped its plant in Dumfries.\n\n"
        "Sandwick Hotels said deliveries of clean linen from Drumlanrig Linen had been "
        "disrupted at several of its hotels.\n\n"
        "Drumlanrig Linen said it was working with the police.",
        "2025-08-12",
        _client("Drumlanrig Linen", "Sandwick Hotels"),
        id="G5",
    ),
    # Guards: a retailer's own home deliveries, and a supplier named by a home-delivery phrase.
    pytest.param(
        "Salad supplier hit by cyber attack\n\n"
        "Farndale Produce, which grows salad for supermarkets, said a cyber attack had "
        "disrupted its packing plant on Friday.\n\n"
        "Croyde Supermarkets said some salad lines were missing from its shelves, but home "
        "deliveries from Croyde to its customers were running normally.\n\n"
        "Farndale Produce said it hoped to be back to normal next week.",
        "2025-07-07",
        {"statuses": {"Croyde Supermarkets": {"home_delivery": "unaffected"}}},
        id="G6",
    ),
    pytest.param(
        "Online grocer cancels deliveries after cyber attack\n\n"
        "Fendale Fresh, an online grocer, said a cyber attack on Monday had knocked out its "
        "ordering systems.\n\n"
        "Home deliveries from Fendale Fresh to shoppers in London and the south-east were "
        "cancelled on Tuesday.\n\n"
        "The company said customers would be refunded.",
        "2025-05-20",
        {
            "primary": "Fendale Fresh",
            "has_service": {"Fendale Fresh": ["home_delivery"]},
            "not_status": {"Fendale Fresh": {"stock_and_supply": "disrupted"}},
        },
        id="G7",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(D_CASES, KNOWN_MISSES))
def test_a_body_aware_of_anothers_incident_is_not_a_victim(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(E_CASES, KNOWN_MISSES))
def test_a_speaker_drawing_a_lesson_is_not_a_victim(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(F_CASES, KNOWN_MISSES))
def test_deliveries_by_a_business_to_businesses_are_stock_and_supply(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(G_CASES, KNOWN_MISSES))
def test_deliveries_from_a_supplier_are_the_clients_stock_and_supply(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)

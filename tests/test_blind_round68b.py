"""Blind round 68b, class P: a person introduced by a role word that companies also hold;
class D: the pharmacy service named by the act of dispensing.

Class P. "owner Tess Marlow said", "co-owner Dev Patel", "the bakery's owner, Ruth Kemp,",
"partner Alan Shaw", "customer Jean Rowe", "founder Kai Lund": the person is never a victim
organisation; the supplier whose outage or attack the story is about is, and a quoted business
the text clearly says was hit is one too. The same role word introducing a company that was hit
("its owner Harrowgate Holdings", "biggest customer, Castlemere Foods,") keeps it.

P1  payment processor outage, "owner Tess Marlow said the shop took cash only" -> Quillpay
    primary, Tess Marlow absent
P2  point-of-sale ransomware, restaurant "could not take card payments", "co-owner Dev Patel
    said" -> Tillery Systems primary, Saffron Lane Kitchen present, Dev Patel absent
P3  web host outage, "the bakery's owner, Ruth Kemp, said" -> Brightwick Hosting primary, Ruth
    Kemp absent
P4  law firms' software attack, "partner Alan Shaw said" -> Lexmoor Software primary, Alan Shaw
    absent
P5  payroll outage, "Paydrift customer Jean Rowe, who runs a landscaping business" -> Paydrift
    primary, Jean Rowe absent
P6  e-commerce platform outage, candle maker "lost most of its Black Friday orders", "founder
    Kai Lund said" -> Storvik Commerce primary, Nordlys Candles present, Kai Lund absent
P7  card terminal fault, "franchisee Grace Ng, who runs two coffee shops" -> Tapwell primary,
    Grace Ng absent
P8  managed IT provider ransomware, joinery firm "unable to send quotes or invoices all week,
    owner Owen Hartley said" -> Corvane IT primary, Hartley Joinery present, Owen Hartley absent
P9  guard: hotel group attacked, "Its owner Harrowgate Holdings said the attack had also hit its
    own systems" -> Pennick Hotels primary, Harrowgate Holdings present
P10 guard: wholesaler ransomware, "The wholesaler's biggest customer, Castlemere Foods, said its
    deliveries were delayed" -> Brannock Wholesale primary, Castlemere Foods present

Class D. "Dispensing" is the pharmacy service: "dispensing was disrupted at 40 branches",
"manual dispensing", "prescription dispensing was halted", "cloud dispensing was restored" give
the pharmacy service its status; dispensing of cash, fuel or advice does not.

D1  chemists chain attack, "Dispensing was disrupted at 40 branches" -> pharmacy disrupted
D2  pharmacy chain ransomware, "Dispensing has returned to normal" -> pharmacy restored, with a
    restored claim
D3  health service network failure, "staff switching to manual dispensing" -> pharmacy disrupted
D4  drugstore chain attack, "Prescription dispensing was halted at all stores as a precaution"
    -> pharmacy suspended
D5  chemists' cloud software outage, "dispensing had resumed at about half of its stores" ->
    pharmacy partially_restored, with a partially_restored claim
D6  drugstore chain outage, "Cloud dispensing was restored late on Sunday" -> pharmacy restored,
    with a restored claim
D7  guard: bank IT failure "knocked out its cash dispensing machines" -> no pharmacy service
D8  guard: fuel retailer attack "disabled ... its fuel dispensing pumps" -> no pharmacy service

On the first run (the committed code at 6064b90; no tracked file was edited), 10 of 18
cases passed: P2, P5-P7, P9, P10, D2 and D6-D8. No case was changed after it.
Missed:
P1  "owner Tess Marlow said" -> Tess Marlow given an incident beside Quillpay
P3  Brightwick Hosting not found at all; the only incident was Crumb & Co
P4  "partner Alan Shaw said" -> Alan Shaw given an incident beside Lexmoor Software
P8  Corvane IT not found at all; the only incident was Hartley Joinery
D1  "Dispensing was disrupted at 40 branches" gave no pharmacy service (only stores unaffected)
D3  "Dispensing ... has been slowed ... manual dispensing" gave no pharmacy service
D4  "Prescription dispensing was halted ... as a precaution" gave no pharmacy service (only
    internal_systems suspended)
D5  "dispensing had resumed at about half of its stores" gave no pharmacy service; the return
    went to stores (partially_restored)

After round 68's rules (a role a company can also hold, bare before a name or before one the
model calls a person's, makes a person; pharmacy work named by its act, "dispensing", is the
pharmacy service): 15 of 18. P1, P4, D1, D3 and D4 pass. Left: P3 and P8 (the supplier the
story is about is not found) and D5 (the partial return still goes to the stores).
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
            "Card machines fail across UK as Quillpay outage hits small shops",
            "Thousands of small businesses were unable to take card payments for most of "
            "Wednesday and Thursday after an outage at payment processor Quillpay.",
            "The London-based company, which supplies card readers to about 90,000 independent "
            "shops, cafes and salons, said a fault in a database upgrade had stopped transactions "
            "from going through. It said the problem was not caused by a cyber attack.",
            "At Fernleigh Bakery in Bristol, owner Tess Marlow said the shop took cash only "
            'through Thursday. "We put a sign on the door and hoped for the best," she said.',
            "Quillpay said on Friday that payments were being processed normally again and "
            "apologised to its customers.",
        ),
        "2025-03-14",
        {
            "primary": "Quillpay",
            "absent": ["Tess Marlow", "Marlow"],
        },
        id="P1",
    ),
    pytest.param(
        _article(
            "Restaurants back to pen and paper after ransomware hits Tillery Systems",
            "Hundreds of restaurants across Texas and Oklahoma have been unable to use their "
            "ordering and payment systems since Monday after point-of-sale software firm Tillery "
            "Systems was hit by a ransomware attack.",
            "The Dallas company said it had taken its cloud platform offline to contain the "
            "attack and was working with outside investigators. It has not said when the system "
            "will be back.",
            "Saffron Lane Kitchen in Austin could not take card payments for two days, co-owner "
            'Dev Patel said. "We lost thousands of dollars in sales," Patel said. "We wrote '
            'orders on paper and asked people to pay in cash."',
            "Tillery Systems said it had notified law enforcement.",
        ),
        "2024-11-08",
        {
            "primary": "Tillery Systems",
            "present": ["Saffron Lane Kitchen"],
            "absent": ["Dev Patel", "Patel"],
        },
        id="P2",
    ),
    pytest.param(
        _article(
            "Small firms' websites offline for two days after Brightwick Hosting outage",
            "Websites of thousands of small Irish businesses were offline for much of Tuesday and "
            "Wednesday after a power failure at a data centre used by Brightwick Hosting.",
            "The Galway-based web host said a cooling fault had forced it to shut down servers, "
            "and that backups had taken longer than expected to restore. It said there was no "
            "evidence of a cyber attack.",
            "At Crumb & Co in Athlone, the bakery's owner, Ruth Kemp, said customers had been "
            'unable to place cake orders online. "Wedding season is our busiest time," Kemp said.',
            "Brightwick Hosting said all customer websites were back online by Thursday morning.",
        ),
        "2025-06-20",
        {
            "primary": "Brightwick Hosting",
            "absent": ["Ruth Kemp", "Kemp"],
        },
        id="P3",
    ),
    pytest.param(
        _article(
            "Law firms unable to complete house sales after attack on Lexmoor Software",
            "Conveyancing across Scotland has slowed after a cyber attack on Lexmoor Software, "
            "whose case management system is used by more than 600 law firms.",
            "The Edinburgh company said it detected suspicious activity on its servers on Monday "
            "and shut down its systems as a precaution. It said it was working with the National "
            "Cyber Security Centre and that it was too early to say whether client data had been "
            "taken.",
            "At Carrick Doyle in Glasgow, partner Alan Shaw said solicitors had been unable to "
            'open case files for three days. "We have had to tell clients their moves will be '
            'delayed," Shaw said.',
            "Lexmoor Software said on Thursday that it expected to restore the system in stages "
            "from next week.",
        ),
        "2026-01-22",
        {
            "primary": "Lexmoor Software",
            "absent": ["Alan Shaw", "Shaw"],
        },
        id="P4",
    ),
    pytest.param(
        _article(
            "Workers go unpaid as Paydrift payroll outage drags on",
            "Employees at hundreds of small businesses across Atlantic Canada did not receive "
            "their pay on Thursday after an outage at payroll provider Paydrift.",
            "The Moncton-based company said a software error during a routine update had stopped "
            "direct deposits from being sent. It said it was processing payments manually and "
            "expected all employees to be paid by Monday.",
            "Paydrift customer Jean Rowe, who runs a landscaping business in Halifax, said her "
            "eight staff had been left without wages ahead of the weekend. \"I've lent two of "
            'them money out of my own pocket," Rowe said.',
            "Paydrift apologised and said no personal data had been affected.",
        ),
        "2025-09-12",
        {
            "primary": "Paydrift",
            "absent": ["Jean Rowe", "Rowe"],
        },
        id="P5",
    ),
    pytest.param(
        _article(
            "Black Friday outage at Storvik Commerce knocks online shops offline",
            "Thousands of online shops in Denmark and Sweden were unable to take orders for about "
            "nine hours on Black Friday after an outage at e-commerce platform Storvik Commerce.",
            "The Copenhagen company, which runs checkout systems for around 15,000 small "
            "retailers, said a faulty configuration change had caused the outage. Service was "
            "restored at about 6pm.",
            "Nordlys Candles, an Aarhus candle maker, lost most of its Black Friday orders because "
            'its online shop was down all day, founder Kai Lund said. "It was the most important '
            'day of our year," Lund said.',
            "Storvik Commerce said it would refund its monthly fees to affected merchants.",
        ),
        "2025-11-29",
        {
            "primary": "Storvik Commerce",
            "present": ["Nordlys Candles"],
            "absent": ["Kai Lund", "Lund"],
        },
        id="P6",
    ),
    pytest.param(
        _article(
            "Cafes go cash-only as Tapwell card terminals fail",
            "Cafes and small shops across Western Australia were forced to go cash-only on "
            "Wednesday after card terminals supplied by Tapwell stopped working.",
            "The Perth-based payments company blamed a faulty software update pushed to its "
            "terminals overnight. It said most terminals had been fixed by Thursday afternoon.",
            "In Fremantle, franchisee Grace Ng, who runs two coffee shops, said queues had "
            'stretched out the door as customers hunted for cash. "Half the people just walked '
            'away," Ng said.',
            "Tapwell said merchants whose terminals were still not working should restart them.",
        ),
        "2024-08-16",
        {
            "primary": "Tapwell",
            "absent": ["Grace Ng", "Ng"],
        },
        id="P7",
    ),
    pytest.param(
        _article(
            "Ransomware attack on Corvane IT leaves small businesses without email",
            "Dozens of small businesses in the East Midlands have been without email and shared "
            "files since Monday after a ransomware attack on Corvane IT, a Nottingham company "
            "that manages their computer systems.",
            "Corvane IT said it had disconnected its clients' systems to stop the ransomware "
            "spreading and had called in specialists.",
            "Hartley Joinery, a kitchen maker in Derby, has been unable to send quotes or "
            'invoices all week, owner Owen Hartley said. "We are back to phone calls and paper," '
            "he said.",
            "Corvane IT said it had restored email for some clients on Thursday and hoped to have "
            "everyone back online next week.",
        ),
        "2025-05-02",
        {
            "primary": "Corvane IT",
            "present": ["Hartley Joinery"],
            "absent": ["Owen Hartley"],
        },
        id="P8",
    ),
    pytest.param(
        _article(
            "Pennick Hotels guests face check-in delays after cyber attack",
            "Guests at Pennick Hotels, the Cape Town-based hotel group, have faced long queues at "
            "check-in since Saturday after a cyber attack took its booking systems offline.",
            "The group, which has 22 hotels in South Africa and Namibia, said it had shut down "
            "parts of its network as a precaution and that staff were checking guests in by hand.",
            "Its owner Harrowgate Holdings said the attack had also hit its own systems, and that "
            "its head office in Johannesburg had been without email since the weekend.",
            "Harrowgate Holdings said it had reported the incident to the Information Regulator. "
            "Neither company said whether guests' personal data had been accessed.",
        ),
        "2026-02-10",
        {
            "primary": "Pennick Hotels",
            "present": ["Harrowgate Holdings"],
        },
        id="P9",
    ),
    pytest.param(
        _article(
            "Ransomware attack on Brannock Wholesale leaves supermarket shelves bare",
            "Food wholesaler Brannock Wholesale has been hit by a ransomware attack that has "
            "disrupted deliveries to shops and restaurants across the North Island.",
            "The Hamilton-based company said on Tuesday that it had detected the attack on Sunday "
            "night and had taken its ordering and warehouse systems offline.",
            "The wholesaler's biggest customer, Castlemere Foods, said its deliveries were delayed "
            "and that some of its 40 supermarkets had run short of chilled and frozen products.",
            "A Castlemere Foods spokesperson said the chain was sourcing stock from other "
            "suppliers. Brannock Wholesale said it hoped to resume deliveries by the end of the "
            "week.",
        ),
        "2024-10-03",
        {
            "primary": "Brannock Wholesale",
            "present": ["Castlemere Foods"],
        },
        id="P10",
    ),
]

D_CASES = [
    pytest.param(
        _article(
            "Hollins Chemists hit by cyber attack",
            "Hollins Chemists, which runs 140 high street chemists across the north of England, "
            "has been hit by a cyber attack.",
            "The company said it discovered the attack on Monday morning and had called in "
            "outside specialists to investigate.",
            "Dispensing was disrupted at 40 branches on Monday and Tuesday, and patients faced "
            "long waits for their medicines.",
            "Hollins Chemists said its branches remained open and that it was too early to say "
            "whether any patient data had been accessed.",
        ),
        "2025-02-19",
        {
            "statuses": {"Hollins Chemists": {"pharmacy": "disrupted"}},
        },
        id="D1",
    ),
    pytest.param(
        _article(
            "Kilbrack Pharmacy says dispensing back to normal after ransomware attack",
            "Kilbrack Pharmacy has recovered from a ransomware attack that hit the Cork-based "
            "chain's computer systems last week.",
            "The attack, discovered on Monday 30 June, forced staff at its 60 branches to turn "
            "patients away and to keep records by hand.",
            "In a statement on Tuesday, the company said its systems had been restored from "
            "backups and that it had reported the attack to the Data Protection Commission and "
            "the gardaí.",
            '"Dispensing has returned to normal, and we thank our patients for their patience," '
            "chief executive Orla Brennan said.",
        ),
        "2025-07-08",
        {
            "statuses": {"Kilbrack Pharmacy": {"pharmacy": "restored"}},
            "claims": {"Kilbrack Pharmacy": [("pharmacy", "restored")]},
        },
        id="D2",
    ),
    pytest.param(
        _article(
            "Hospital staff revert to paper after Wairoa Valley Health IT outage",
            "Staff at hospitals run by Wairoa Valley Health have been working on paper since "
            "Sunday after a failure in the health service's computer network.",
            "The outage has hit patient records, email and laboratory results. Dispensing at its "
            "three hospitals has been slowed, with staff switching to manual dispensing and "
            "checking every medicine by hand.",
            "Wairoa Valley Health said the outage was caused by a failed storage system and was "
            "not the result of a cyber attack.",
            "Engineers were working to fix the problem, it said.",
        ),
        "2024-06-12",
        {
            "statuses": {"Wairoa Valley Health": {"pharmacy": "disrupted"}},
        },
        id="D3",
    ),
    pytest.param(
        _article(
            "Redfern Drug halts dispensing at stores after cyber attack",
            "Redfern Drug, a chain of 85 drugstores in Georgia and the Carolinas, has been hit by "
            "a cyber attack.",
            "The Atlanta company said it had taken its computer systems offline on Sunday after "
            "detecting unauthorized access to its network. Prescription dispensing was halted at "
            "all stores as a precaution.",
            "Customers who need urgent medicine were told to go to other drugstores or to "
            "hospital emergency departments.",
            "Redfern Drug said it was working with the FBI and outside cybersecurity experts.",
        ),
        "2025-04-15",
        {
            "statuses": {"Redfern Drug": {"pharmacy": "suspended"}},
        },
        id="D4",
    ),
    pytest.param(
        _article(
            "Banksia Chemists dispensing partly back after software outage",
            "Queensland chain Banksia Chemists has been hit by an outage of its cloud dispensing "
            "software, leaving staff at its 80 stores unable to dispense medicines since Monday.",
            "The company said the outage was caused by a fault at its software supplier and was "
            "not a cyber attack.",
            "On Wednesday, Banksia Chemists said dispensing had resumed at about half of its "
            "stores, and that it was working to bring the rest back online as quickly as "
            "possible.",
            "Customers were advised to check the company's website before visiting a store.",
        ),
        "2026-03-04",
        {
            "statuses": {"Banksia Chemists": {"pharmacy": "partially_restored"}},
            "claims": {"Banksia Chemists": [("pharmacy", "partially_restored")]},
        },
        id="D5",
    ),
    pytest.param(
        _article(
            "Cloud dispensing restored at Northgate Drugs after weekend outage",
            "Northgate Drugs says its cloud dispensing system is working again after an outage "
            "left staff at its 120 Ontario stores unable to dispense medicines over the weekend.",
            "The Toronto chain said the outage began on Saturday morning and was caused by a "
            "failure at a data centre run by its technology provider.",
            "Cloud dispensing was restored late on Sunday, a spokesperson said, and stores were "
            "operating normally on Monday.",
            "The company apologised to customers and said no personal health information had "
            "been affected.",
        ),
        "2024-12-03",
        {
            "statuses": {"Northgate Drugs": {"pharmacy": "restored"}},
            "claims": {"Northgate Drugs": [("pharmacy", "restored")]},
        },
        id="D6",
    ),
    pytest.param(
        _article(
            "Tarn Valley Bank customers unable to withdraw cash after IT failure",
            "Customers of Tarn Valley Bank were unable to withdraw cash or use online banking for "
            "several hours on Thursday after an IT failure at the Scottish lender.",
            "The bank said a hardware fault at its data centre had knocked out its cash "
            "dispensing machines across Scotland, as well as its website and app.",
            "Services were restored by early evening, it said. The bank said the problem was not "
            "caused by a cyber attack.",
        ),
        "2025-08-29",
        {
            "no_service": {"Tarn Valley Bank": ["pharmacy"]},
        },
        id="D7",
    ),
    pytest.param(
        _article(
            "Drivers turned away as cyber attack hits Kovalam Fuels forecourts",
            "Motorists in Kerala were turned away from dozens of petrol stations on Tuesday after "
            "a cyber attack on fuel retailer Kovalam Fuels.",
            "The Kochi-based company said the attack had disabled the software that controls its "
            "fuel dispensing pumps at 120 forecourts, and that it had shut down its network as a "
            "precaution.",
            "Card payments at its stations were also affected, customers said.",
            "Kovalam Fuels said most pumps were working again by Wednesday morning.",
        ),
        "2026-01-14",
        {
            "no_service": {"Kovalam Fuels": ["pharmacy"]},
        },
        id="D8",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "P3": "Brightwick Hosting not found; only Crumb & Co has an incident",
    "P8": "Corvane IT not found; only Hartley Joinery has an incident",
    "D5": "'dispensing had resumed at about half of its stores' gives stores, not pharmacy",
}


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(P_CASES, KNOWN_MISSES))
def test_class_p_person_by_role_word(text: str, published: str, expect: dict[str, Any]) -> None:
    record = run(text, published)
    check_expectations(record, expect)


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(D_CASES, KNOWN_MISSES))
def test_class_d_dispensing_as_pharmacy(text: str, published: str, expect: dict[str, Any]) -> None:
    record = run(text, published)
    check_expectations(record, expect)

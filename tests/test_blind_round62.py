"""Blind round 62: acceptance cases written from the class descriptions and the contract alone.

Classes:

A. A client of a hit supplier that tells its own shelves or stock short is a victim too: it
   is a related incident with third_party among its types and stock_and_supply disrupted,
   while the supplier stays the primary. After a cyber attack on the wholesaler Skelwick
   Wholesale, "Darnford Stores ... said some of its stores had gaps on shelves" (A1); after an
   IT failure at the haulier Yarnbury Haulage, "Ormiston Supermarkets ... said several lines
   were out of stock" (A2); after ransomware at Pitcaple Distribution, "Fenstanton
   Convenience ... said its shops were running low on stock" (A3); after an attack on the
   logistics firm Glenvane Cold Chain, "Tarleton Foodstores warned of shortages of frozen food
   at its stores" (A4); after an attack on the miller Drumoak Flour Mills, "Sturry Bakers ...
   said deliveries from the miller had not arrived" (A5). Guards: a client that says it has no
   shortages and is trading normally (A6: no incident for Nettleford Grocers); a shortage
   sentence with no owner in an unrelated outage story, "Shortages of eggs have been reported
   across Britain this spring, analysts at Ravenfield Research said" (A7: no incident for
   Ravenfield Research or Britain, Yealand Payments primary).
B. A name ending on the hyphenated company word "Co-op" is named whole, not cut at "Co".
   "Archie Street Co-op said ... card payments at its store were failing after a cyber
   attack" (B1, primary); "Harriet Road Co-op said its deliveries had not arrived" after an
   attack on its wholesaler (B2, related); "Hackers have stolen the names, addresses and bank
   details of members of Wetheral Co-op" (B3, primary, data_compromised true); "Stanley Square
   Co-op says its stock ordering system has been down since Monday because of an IT failure"
   (B4, primary); "Ebberston Co-op said card payments at all four of its shops had failed"
   after an attack on its card terminal provider (B5, related). Guards: "The Leeds-based
   grocer Aldwark Foods said ..." names nothing starting with the place, Aldwark Foods primary
   (B6); a building society "which has its roots in the co-op movement" names no Co-op (B7).
C. A known retailer's or brand's name in the plural after a count word names that business's
   outlets: no incident for the plural, and what is told of the outlets goes to the story's
   victim. "Customers said several Screwfixes could not take card payments" in a Kingfisher
   story (C1: Kingfisher card_payments disrupted); "some Food Lions were unable to fill
   prescriptions" in an Ahold Delhaize USA story (C2: pharmacy disrupted); "the tills at many
   Safeways were down" in an Albertsons story (C3: card_payments disrupted); "Several Waitroses
   ... had gaps on shelves" in a John Lewis story (C4: stock_and_supply disrupted); "40 Asdas
   ... could not take contactless payments" in an Asda story (C5: contactless_payments
   disrupted). Guards: a chief executive's surname, "Ana Dias ... Dias said", names no "Dia"
   (C6); "the Pattersons said their café had no card payments", a family with no count, in a
   card processor outage: the processor Quillfield Payments is primary (C7).

On the first run (the committed code at 2a9a45f; the working tree held no edits but this
file), 10 of 21 cases passed. Class A: 2 of 7, only the guards A6 (Nettleford Grocers gives no
incident) and A7 (no incident for Ravenfield Research or Britain, though the egg shortage is
read onto the primary Yealand Payments as stock_and_supply disrupted). In A1, A2 and A4 the
supplier is the only incident and the client telling its stock short (Darnford Stores,
Ormiston Supermarkets, Tarleton Foodstores) gives none; A3 gives no incident at all; A5 makes
"miller" (from "deliveries from the miller") the primary, Drumoak Flour Mills related, and
Sturry Bakers nothing. Class B: 4 of 7, B1 and B5 (the co-op named whole, "Ebberston Co-op" a
related third-party incident with card_payments disrupted) and the guards B6 and B7. B2 gives
no incident for Harriet Road Co-op (only the wholesaler); B3 names Wetheral Co-op whole but
keeps the cut "Wetheral Co" as an alias; B4 gives no incident at all. Class C: 4 of 7, C3
and C4 (no plural incident, the owner holds the outlets' status) and the guards C6 and C7.
C1 ("Screwfixes", card_payments disrupted), C2 ("Food Lions", pharmacy disrupted) and C5
("Asdas", contactless_payments disrupted) each give a separate related incident for the
plural, which takes the outlets' service away from the owner (in C5 Asda gets card_payments
disrupted from "payment systems"). The eleven misses are in KNOWN_MISSES with what was
observed. No case's text or expectations were changed after the first run; a second run
gave the same result (10 passed, 11 xfailed).

After round 62's rules (a service phrase that is itself a trouble ties its owner; goods that
did not arrive or run low are trouble words; a hyphened company word ends a name; a known
name in the plural after a count names the owner's outlets, no alias of it; a reference in a
client's relative clause is another; a name after a participle in an owner's description is
no brand it owns; a capitalised trade word continues a name; a lower-case entity names no
one): 20 of 21. Left: A5 (Sturry Bakers is found, but "deliveries from the miller had not
arrived" reads as its home deliveries, not its supplies).
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses

KNOWN_MISSES: dict[str, str] = {
    "A5": "Sturry Bakers found, but deliveries from the miller read as home_delivery, not stock",
}


def _short_client(supplier: str, client: str) -> dict[str, Any]:
    """The hit supplier primary; its client, telling its own stock short, a related third-party
    incident with stock_and_supply disrupted."""
    return {
        "primary": supplier,
        "related": [client],
        "has_types": {client: ["third_party"]},
        "statuses": {client: {"stock_and_supply": "disrupted"}},
    }


def _plural_outlets(owner: str, plural: str, service: str, status: str) -> dict[str, Any]:
    """The owner primary with the outlets' service status; no incident for the plural."""
    return {
        "primary": owner,
        "absent": [plural],
        "statuses": {owner: {service: status}},
    }


A_CASES = [
    pytest.param(
        "Wholesaler hit by cyber attack as grocer reports gaps\n\n"
        "Skelwick Wholesale, which supplies hundreds of independent grocers in the north of "
        "England, said on Monday that a cyber attack had shut down its ordering and warehouse "
        "systems.\n\n"
        "The company said it discovered the attack on Friday and had taken its systems offline "
        "as a precaution.\n\n"
        "Darnford Stores, one of its biggest customers, said some of its stores had gaps on "
        "shelves as a result.\n\n"
        "Skelwick said it hoped to resume deliveries later this week.",
        "2025-05-13",
        _short_client("Skelwick Wholesale", "Darnford Stores"),
        id="A1",
    ),
    pytest.param(
        "Haulier's computer failure leaves supermarket short\n\n"
        "A computer failure at Yarnbury Haulage has held up deliveries to supermarkets across "
        "Scotland for a third day.\n\n"
        "The haulier said a fault in its route-planning system, not a cyber attack, was to "
        "blame, and that engineers were working to fix it.\n\n"
        "Ormiston Supermarkets, which relies on the firm for chilled goods, said several lines "
        "were out of stock in its Edinburgh and Glasgow branches.\n\n"
        "Yarnbury said it expected normal service to resume by the weekend.",
        "2025-02-20",
        _short_client("Yarnbury Haulage", "Ormiston Supermarkets"),
        id="A2",
    ),
    pytest.param(
        "Distributor hit by ransomware\n\n"
        "Pitcaple Distribution has been hit by a ransomware attack that has stopped it from "
        "sending goods to convenience stores, the company confirmed on Wednesday.\n\n"
        "The firm said criminals encrypted servers at its main depot overnight on Sunday.\n\n"
        "Fenstanton Convenience, which runs 120 shops supplied by Pitcaple, said its shops were "
        "running low on stock.\n\n"
        "Pitcaple said it was working with the National Cyber Security Centre.",
        "2025-08-06",
        _short_client("Pitcaple Distribution", "Fenstanton Convenience"),
        id="A3",
    ),
    pytest.param(
        "Frozen food shortages after attack on logistics firm\n\n"
        "Hackers have disrupted Glenvane Cold Chain, a logistics company that stores and "
        "delivers frozen food for several grocery chains.\n\n"
        "Glenvane said on Thursday that it had detected the cyber attack on Tuesday and that its "
        "warehouse management system remained offline.\n\n"
        "Tarleton Foodstores warned of shortages of frozen food at its stores until deliveries "
        "return to normal.\n\n"
        "Glenvane said it did not yet know whether any data had been taken.",
        "2025-10-03",
        _short_client("Glenvane Cold Chain", "Tarleton Foodstores"),
        id="A4",
    ),
    pytest.param(
        "Bakery chain waits for flour after miller's cyber attack\n\n"
        "A cyber attack on Drumoak Flour Mills has left bakeries in the east of Scotland waiting "
        "for supplies.\n\n"
        "The miller said on Tuesday that its order processing system had been down since the "
        "weekend.\n\n"
        "Sturry Bakers, which has 35 shops, said deliveries from the miller had not arrived "
        "since Friday.\n\n"
        "Drumoak said it was restoring its systems from backups.",
        "2025-03-25",
        _short_client("Drumoak Flour Mills", "Sturry Bakers"),
        id="A5",
    ),
    # Guards: a client trading normally, and a shortage with no owner.
    pytest.param(
        "Wholesaler investigates cyber attack\n\n"
        "Kintore Wholesale said on Monday that it was investigating a cyber attack that had "
        "disrupted deliveries to some of its customers.\n\n"
        "The company said its warehouses were working, but orders were being processed by "
        "hand.\n\n"
        "Nettleford Grocers, which buys from Kintore, said it had no shortages and its stores "
        "were trading normally.\n\n"
        "Kintore said it had informed the police.",
        "2025-07-15",
        {"primary": "Kintore Wholesale", "absent": ["Nettleford Grocers"]},
        id="A6",
    ),
    pytest.param(
        "Card payments fail at shops after processor outage\n\n"
        "Shops across the country were unable to take card payments for several hours on "
        "Saturday after an outage at Yealand Payments, a card processor.\n\n"
        "The company said a faulty software update was to blame and that engineers were "
        "working on a fix.\n\n"
        "The outage came at a difficult time for small grocers. Shortages of eggs have been "
        "reported across Britain this spring, analysts at Ravenfield Research said.\n\n"
        "Yealand Payments apologised to its customers.",
        "2025-04-14",
        {
            "primary": "Yealand Payments",
            "absent": ["Ravenfield Research", "Ravenfield", "Britain"],
        },
        id="A7",
    ),
]

B_CASES = [
    pytest.param(
        "Co-op's card payments fail after cyber attack\n\n"
        "Archie Street Co-op said on Saturday that card payments at its store were failing "
        "after a cyber attack on its till system.\n\n"
        "The community-owned shop in Bristol said it was accepting cash only until the problem "
        "was fixed.\n\n"
        "A volunteer said the attack was discovered when the tills froze on Friday morning.\n\n"
        "The co-op said it had reported the attack to the police.",
        "2025-09-14",
        {"primary": "Archie Street Co-op", "absent": ["Archie Street Co", "Archie Street"]},
        id="B1",
    ),
    pytest.param(
        "Wholesaler attack hits independent shops\n\n"
        "Clunbury Wholesale, which supplies independent grocers across Wales, said a cyber "
        "attack had stopped it taking orders since Tuesday.\n\n"
        "Harriet Road Co-op said its deliveries had not arrived this week and that it was "
        "buying stock from a cash and carry instead.\n\n"
        "Clunbury said it was working with specialists to bring its systems back.",
        "2025-06-19",
        {
            "primary": "Clunbury Wholesale",
            "related": ["Harriet Road Co-op"],
            "absent": ["Harriet Road Co"],
        },
        id="B2",
    ),
    pytest.param(
        "Hackers steal co-op members' data\n\n"
        "Hackers have stolen the names, addresses and bank details of members of Wetheral "
        "Co-op, the food retailer said on Thursday.\n\n"
        "Wetheral Co-op, which has 14 shops in Cumbria, said it found the breach on 2 September "
        "and had told the Information Commissioner's Office.\n\n"
        "Its shops were open as normal, it said.",
        "2025-09-11",
        {
            "primary": "Wetheral Co-op",
            "absent": ["Wetheral Co"],
            "data_compromised": {"Wetheral Co-op": True},
        },
        id="B3",
    ),
    pytest.param(
        "Co-op hit by IT failure\n\n"
        "Stanley Square Co-op says its stock ordering system has been down since Monday because "
        "of an IT failure, leaving some shelves empty.\n\n"
        "The cooperative, which runs a supermarket and a bakery in Norwich, said the fault was "
        "in software supplied by an outside firm.\n\n"
        "It said its shop remained open and card payments were working.",
        "2025-01-29",
        {"primary": "Stanley Square Co-op", "absent": ["Stanley Square Co", "Stanley"]},
        id="B4",
    ),
    pytest.param(
        "Payment provider outage leaves shops cash only\n\n"
        "Lelant Payments, which provides card terminals to small retailers, said on Sunday that "
        "a cyber attack had knocked its systems offline.\n\n"
        "Among its customers, Ebberston Co-op said card payments at all four of its shops had "
        "failed since Saturday morning.\n\n"
        "Lelant said it had found no evidence that card data was taken.",
        "2025-11-09",
        {
            "primary": "Lelant Payments",
            "related": ["Ebberston Co-op"],
            "absent": ["Ebberston Co"],
        },
        id="B5",
    ),
    # Guards: a place joined by a hyphen to a lower-case word, and the co-op movement.
    pytest.param(
        "Grocer's website down after cyber attack\n\n"
        "The Leeds-based grocer Aldwark Foods said on Wednesday that its website and home "
        "delivery service had been offline since a cyber attack at the weekend.\n\n"
        "The company, which has 22 shops in Yorkshire, said its stores were open and taking "
        "payments as normal.\n\n"
        "It said it was working with outside experts.",
        "2025-04-30",
        {
            "primary": "Aldwark Foods",
            "absent": [
                "Leeds",
                "Leeds-based",
                "Leeds-based grocer Aldwark Foods",
                "Leeds-based Aldwark Foods",
            ],
        },
        id="B6",
    ),
    pytest.param(
        "Building society's app down after IT failure\n\n"
        "Birtley Building Society said its mobile app and online banking had been unavailable "
        "since Tuesday because of an IT failure.\n\n"
        "The society, which has its roots in the co-op movement, said branches were open and "
        "members' money was safe.\n\n"
        "It expected the app to be back by Friday.",
        "2025-03-06",
        {"primary": "Birtley Building Society", "absent": ["Co-op", "co-op movement"]},
        id="B7",
    ),
]

C_CASES = [
    pytest.param(
        "Kingfisher hit by cyber attack\n\n"
        "Kingfisher, the owner of B&Q and Screwfix, said on Tuesday that it was dealing with a "
        "cyber attack that had disrupted systems in some of its stores.\n\n"
        "Customers said several Screwfixes could not take card payments on Monday afternoon.\n\n"
        "The company said its websites were working normally and that it had informed the "
        "authorities.",
        "2025-06-10",
        _plural_outlets("Kingfisher", "Screwfixes", "card_payments", "disrupted"),
        id="C1",
    ),
    pytest.param(
        "Ahold Delhaize USA investigating cybersecurity issue\n\n"
        "Ahold Delhaize USA said on Friday that it was investigating a cybersecurity issue that "
        "had affected some of its US networks.\n\n"
        "Shoppers reported that some Food Lions were unable to fill prescriptions over the "
        "weekend.\n\n"
        "The company said its stores remained open and that it had brought in outside experts.",
        "2024-11-11",
        _plural_outlets("Ahold Delhaize USA", "Food Lions", "pharmacy", "disrupted"),
        id="C2",
    ),
    pytest.param(
        "Albertsons says IT outage hit stores\n\n"
        "Albertsons said a technical outage on Saturday had knocked out systems at stores in "
        "several western states.\n\n"
        "In Washington and Oregon, the tills at many Safeways were down for most of the "
        "afternoon, shoppers said.\n\n"
        "The grocer said the problem was not caused by a cyber attack and that engineers were "
        "still working on it.",
        "2025-08-17",
        _plural_outlets("Albertsons", "Safeways", "card_payments", "disrupted"),
        id="C3",
    ),
    pytest.param(
        "John Lewis supply problems after cyber attack\n\n"
        "John Lewis said a cyber attack on its distribution systems last week was still causing "
        "problems on Monday.\n\n"
        "Several Waitroses in London and the south-east had gaps on shelves, customers said, "
        "with fresh produce and bread worst affected.\n\n"
        "The partnership said its department stores and websites were trading normally.",
        "2025-05-19",
        _plural_outlets("John Lewis", "Waitroses", "stock_and_supply", "disrupted"),
        id="C4",
    ),
    pytest.param(
        "Asda payment problems after IT failure\n\n"
        "Asda said an IT failure on Thursday had hit its payment systems.\n\n"
        "Shoppers said 40 Asdas in the north-east of England could not take contactless "
        "payments for several hours.\n\n"
        "The supermarket said the fault was in a new payments system and engineers were "
        "working to fix it.",
        "2025-07-04",
        _plural_outlets("Asda", "Asdas", "contactless_payments", "disrupted"),
        id="C5",
    ),
    # Guards: a surname ending in s, and a family's name with no count.
    pytest.param(
        "Portuguese grocer hit by ransomware\n\n"
        "Portela Markets, a supermarket chain with 80 stores in northern Portugal, said on "
        "Wednesday that a ransomware attack had shut down its online shop.\n\n"
        "Ana Dias, the chief executive, said the company had refused to pay the ransom.\n\n"
        "Dias said stores were open and accepting card payments as normal.\n\n"
        "The company has reported the attack to the police.",
        "2025-10-22",
        {"primary": "Portela Markets", "absent": ["Dia", "Dias", "Ana Dias"]},
        id="C6",
    ),
    pytest.param(
        "Cafés and shops hit by card terminal outage\n\n"
        "Thousands of small businesses could not take card payments on Friday after an outage "
        "at Quillfield Payments, which supplies card terminals.\n\n"
        "In Whitby, the Pattersons said their café had no card payments for most of the day "
        "and had to turn customers away.\n\n"
        "Quillfield Payments said a network fault was to blame and that it was not a cyber "
        "attack.",
        "2025-08-30",
        {"primary": "Quillfield Payments"},
        id="C7",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(A_CASES, KNOWN_MISSES))
def test_a_client_telling_its_stock_short_after_a_supplier_attack_is_a_victim(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(B_CASES, KNOWN_MISSES))
def test_a_name_ending_in_co_op_is_named_whole(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(C_CASES, KNOWN_MISSES))
def test_a_counted_plural_brand_names_its_owners_outlets(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check_expectations(run(text, published), expect)

"""Blind round 57b: acceptance cases written from the contract alone.

Classes:

L. Owners listed before a data phrase share its data words: "customer or employee personal
   data", "no pupil or staff data had been accessed", "customer and staff records", "passenger
   and crew details", "patient or staff information", "customer, supplier and employee
   records" -> the data of both kinds gets the status the sentence tells (customers, pupils,
   patients, passengers -> customer_data; staff, employees, crew -> employee_data): both
   unaffected when denied (L1, L2, L5), both compromised when stolen (L3, L4, L6). Guards
   (L7-L9): a data phrase with a single kind of owner gives only that kind ("no employee data
   was taken" -> employee_data unaffected and no customer_data service; "no sign that
   residents' personal data had been accessed" -> customer_data unaffected and no
   employee_data service), and "supplier or partner data" gives neither customer_data nor
   employee_data.
M. Progress in restoring is a partial return: "we are making good progress in restoring our
   systems", "it had made significant progress restoring its IT network", "good progress was
   being made in restoring its IT systems", "steady progress in restoring its computer
   network", "progress had been made in bringing its computer network back online" ->
   internal_systems partially_restored; "engineers have made progress on bringing the
   warehouse systems back" -> stock_and_supply partially_restored. Guards (M7-M10): "no
   progress", "slow progress" and "little progress" in restoring give neither restored nor
   partially_restored (no such claim, no such service status); a full return ("all systems are
   now back up and running") after an earlier progress sentence in the same article gives
   internal_systems restored.
N. Shops or branches told open or unaffected in indirect words give stores unaffected:
   "In-store shopping was not affected", "shoppers in its 54 stores were not affected", "its
   garden centres have stayed open throughout", "its branches were trading as usual",
   "customers could still shop in its stores", "its 19 high street shops continued to serve
   customers as normal". Guards (N7-N9): a store phrase in another sense ("store cards", "a
   data store", "a cloud storage service") gives no stores service; "its 80 stores were
   closed" gives stores not unaffected.

On the first run (the committed code at 9b048f7, with others' uncommitted edits to
rules/services.json in the working tree; a second run minutes later gave the same result), 21
of the 28 cases passed. Class L: 8 of 9, guards included; "passenger and crew details had
been stolen" (L4) gives no services at all and data_compromised null. Class M: 5 of 10 (M1,
M2, M5, M7 and M10): "good progress was being made in restoring its IT systems" (M4) and
"progress had been made in bringing its computer network back online" (M6) give
internal_systems restored; Pelynt Distribution (M3) gets no incident at all; the guards "slow
progress in restoring the IT systems" (M8) and "little progress has been made in restoring its
computer systems" (M9) give restored claims (M8 also stock_and_supply and internal_systems
restored). Class N: 8 of 9, guards included; "shoppers in its 54 stores were not affected"
(N2) gives stock_and_supply unaffected and no stores service. The seven misses are in
KNOWN_MISSES with what was observed.

The helper wrote classes L and M after their first rules were in the working tree, and N
after its in-store phrases, so its run is no blind baseline: on the code before those rules
(05f514a), 13 of the 26 cases now expected to pass pass (L: L3 and the guards; M: M7 and M10;
N: all but N1). L4, M4, M6, M8 and M9 pass since the round's follow-up (staff told
by their job own bare "details", the passive "progress was being made", slight progress as an
effort) and lost their marks; M3 (no incident for its victim) and N2 remain.
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
    "M3": "no incident at all for Pelynt Distribution (incidents [], no warnings)",
    "N2": "'shoppers in its 54 stores were not affected' gives stock_and_supply unaffected and "
    "no stores service",
}


def check(record: dict[str, Any], expect: dict[str, Any]) -> None:
    check_expectations(record, expect)


def _both(org: str, status: str) -> dict[str, Any]:
    """Customers' and staff's data share the status of the one data phrase."""
    return {
        "primary": org,
        "statuses": {org: {"customer_data": status, "employee_data": status}},
    }


def _only(org: str, service: str, status: str, other: str) -> dict[str, Any]:
    """A data phrase with a single kind of owner: that kind only."""
    return {
        "primary": org,
        "statuses": {org: {service: status}},
        "no_service": {org: [other]},
    }


def _partly_back(org: str, service: str = "internal_systems") -> dict[str, Any]:
    """Progress in restoring: partially restored, not restored."""
    return {"primary": org, "statuses": {org: {service: "partially_restored"}}}


def _nothing_back(org: str) -> dict[str, Any]:
    """No, slow or little progress: nothing is back."""
    return {"primary": org, "nothing_restored": [org]}


def _stores_open(org: str) -> dict[str, Any]:
    """Shops told open or unaffected in indirect words."""
    return {"primary": org, "statuses": {org: {"stores": "unaffected"}}}


def _no_stores(org: str) -> dict[str, Any]:
    """A store phrase in another sense: no stores service."""
    return {"primary": org, "no_service": {org: ["stores"]}}


L_CASES = [
    pytest.param(
        "Swanbourne Homewares hit by ransomware attack\n\n"
        "Swanbourne Homewares said on Wednesday that a ransomware attack had disrupted its "
        "online shop and head office systems. The homewares retailer, which has 70 shops "
        "across the Midlands, said it had taken some systems offline as a precaution. "
        '"There is no evidence that customer or employee personal data was accessed," a '
        "spokeswoman said. The company has reported the attack to the National Cyber Security "
        "Centre and expects its website to be back next week.",
        "2025-03-12",
        _both("Swanbourne Homewares", "unaffected"),
        id="L1",
    ),
    pytest.param(
        "Fotheringhay Academy closes for two days after cyber attack\n\n"
        "Fotheringhay Academy in Peterborough closed to most pupils on Monday and Tuesday "
        "after a cyber attack took down its computer network. In a letter to parents, the "
        "school said no pupil or staff data had been accessed. Pupils in exam years were still "
        "taught on site, with teachers using paper registers. The academy expects to reopen "
        "fully on Wednesday.",
        "2025-03-18",
        _both("Fotheringhay Academy", "unaffected"),
        id="L2",
    ),
    pytest.param(
        "Wivenhoe Sports says hackers took customer and staff records\n\n"
        "Hackers stole customer and staff records from Wivenhoe Sports in a cyber attack last "
        "week, the sportswear retailer has confirmed. The stolen files included names, email "
        "addresses and phone numbers, the company said. Wivenhoe, which has 45 shops in the "
        "east of England, has written to everyone affected. It has also reported the breach "
        "to the Information Commissioner's Office.",
        "2025-04-09",
        _both("Wivenhoe Sports", "compromised"),
        id="L3",
    ),
    pytest.param(
        "Skerryvore Air passenger and crew details stolen\n\n"
        "Skerryvore Air said passenger and crew details had been stolen in a cyber attack on a "
        "booking system it shares with a ground-handling partner. The Scottish island airline "
        "said the information included names, dates of birth and passport numbers. About "
        "30,000 people are affected. Flights to Orkney and Shetland were running to schedule, "
        "and the airline has told the Information Commissioner's Office.",
        "2025-04-23",
        _both("Skerryvore Air", "compromised"),
        id="L4",
    ),
    pytest.param(
        "Caerwent Hospitals NHS Trust cancels appointments after IT attack\n\n"
        "Caerwent Hospitals NHS Trust cancelled outpatient appointments on Thursday after a "
        "cyber attack on its computer systems. The trust said doctors and nurses had switched "
        "to paper records while specialists investigated. It said there was no indication that "
        "patient or staff information had been taken. Emergency departments at its two "
        "hospitals remain open.",
        "2025-05-16",
        _both("Caerwent Hospitals NHS Trust", "unaffected"),
        id="L5",
    ),
    pytest.param(
        "Middlezoy Logistics says records copied by ransomware gang\n\n"
        "Middlezoy Logistics said a ransomware gang had copied customer, supplier and employee "
        "records before encrypting servers at its head office in Bristol. The parcel carrier "
        "said the files included names, addresses and bank details. It has written to everyone "
        "affected and reported the attack to the Information Commissioner's Office. The "
        "company said parcels were still being collected and delivered.",
        "2025-06-04",
        _both("Middlezoy Logistics", "compromised"),
        id="L6",
    ),
    # Guards: a single kind of owner gives only that kind; suppliers and partners neither.
    pytest.param(
        "Fernhurst Plastics production halted by cyber attack\n\n"
        "Fernhurst Plastics halted production at its factory in Telford on Monday after a "
        "cyber attack on its computer systems. The packaging maker said its IT team had shut "
        "down the network to stop the attack spreading. The company said no employee data was "
        "taken and that wages would be paid on time this month. It hopes to restart production "
        "by the end of the week.",
        "2025-06-17",
        _only("Fernhurst Plastics", "employee_data", "unaffected", "customer_data"),
        id="L7",
    ),
    pytest.param(
        "Withypool council website offline after cyber attack\n\n"
        "Withypool Borough Council said on Friday that its website and online payment forms "
        "were offline after a cyber attack. The council said there was no sign that "
        "residents' personal data had been accessed. Council tax and parking payments can "
        "still be made by phone. Officers are working with the National Cyber Security Centre "
        "to bring the website back.",
        "2025-07-11",
        _only("Withypool Borough Council", "customer_data", "unaffected", "employee_data"),
        id="L8",
    ),
    pytest.param(
        "Kilkhampton Haulage investigates file server break-in\n\n"
        "Kilkhampton Haulage said it could not rule out that supplier or partner data had been "
        "copied when hackers broke into one of its file servers last month. The haulier, which "
        "runs 300 lorries from depots in Devon and Somerset, said the server held contracts "
        "and price lists. It has written to the firms it works with. Its lorries were running "
        "normally, it said.",
        "2025-07-24",
        {
            "primary": "Kilkhampton Haulage",
            "no_service": {"Kilkhampton Haulage": ["customer_data", "employee_data"]},
        },
        id="L9",
    ),
]

M_CASES = [
    pytest.param(
        "Langtree Timber says systems returning after cyber attack\n\n"
        "Langtree Timber, the builders' merchant, said on Tuesday that it was recovering from "
        "a cyber attack that forced it to shut down its computer systems last week. "
        '"We are making good progress in restoring our systems and thank our customers for '
        'their patience," the company said in a statement. Its 35 yards in Devon and Cornwall '
        "have been taking orders on paper. Online ordering remains unavailable.",
        "2025-02-04",
        _partly_back("Langtree Timber"),
        id="M1",
    ),
    pytest.param(
        "Aldbrough Freight recovering from ransomware attack\n\n"
        "Aldbrough Freight said it had made significant progress restoring its IT network "
        "after a ransomware attack disrupted its operations at the start of the month. The "
        "freight forwarder, based in Hull, said customs paperwork had been handled manually "
        "while its systems were down. A spokesman said the company was working with "
        "specialists from a cyber security firm. It has reported the attack to the police.",
        "2025-02-20",
        _partly_back("Aldbrough Freight"),
        id="M2",
    ),
    pytest.param(
        "Pelynt Distribution warehouses recovering from hack\n\n"
        "Pelynt Distribution said engineers have made progress on bringing the warehouse "
        "systems back after a cyber attack last Thursday. The logistics firm, which runs "
        "warehouses for several supermarket chains, said its three sites in Somerset had been "
        "working at reduced capacity. Some deliveries to supermarkets had been delayed, it "
        "said. The company has not said who was behind the attack.",
        "2025-03-06",
        _partly_back("Pelynt Distribution", "stock_and_supply"),
        id="M3",
    ),
    pytest.param(
        "Wickhambrook council restoring IT after attack\n\n"
        "Wickhambrook District Council said good progress was being made in restoring its IT "
        "systems after a cyber attack ten days ago. The council's website and phone lines were "
        "taken offline when the attack was discovered. Residents have been asked to report "
        "missed bin collections at the council offices in the meantime. The council said it "
        "would give a further update on Monday.",
        "2025-03-27",
        _partly_back("Wickhambrook District Council"),
        id="M4",
    ),
    pytest.param(
        "Hallbankgate High School recovering from cyber attack\n\n"
        "Hallbankgate High School said it was making steady progress in restoring its "
        "computer network after a cyber attack during the half-term holiday. The school in "
        "Cumbria said teachers had been using paper registers and pupils had been unable to "
        "log in to the homework platform. The head teacher told parents that lessons would go "
        "ahead as normal. The county council's IT team is helping with the recovery.",
        "2025-04-29",
        _partly_back("Hallbankgate High School"),
        id="M5",
    ),
    pytest.param(
        "Colwall Hospitals NHS Trust network returning after outage\n\n"
        "Colwall Hospitals NHS Trust said progress had been made in bringing its computer "
        "network back online after a failed software upgrade on Saturday. The trust said the "
        "outage was not a cyber attack. Some test results had been delayed and a small number "
        "of operations were postponed. A spokeswoman said patients should attend appointments "
        "unless told otherwise.",
        "2025-05-13",
        _partly_back("Colwall Hospitals NHS Trust"),
        id="M6",
    ),
    # Guards: no, slow or little progress is no return; a later full return is restored.
    pytest.param(
        "Ravenglass Airways check-in still on paper after cyber attack\n\n"
        "Ravenglass Airways said on Sunday that there had been no progress in restoring the "
        "systems it uses to check in passengers, four days after a cyber attack. Staff at its "
        "airports in Carlisle and the Isle of Man have been checking passengers in by hand, "
        "causing long queues. The regional airline said flights were still operating but "
        "passengers should arrive two hours early. It has not said when the systems will be "
        "back.",
        "2025-06-08",
        _nothing_back("Ravenglass Airways"),
        id="M7",
    ),
    pytest.param(
        "Stickford Foods shelves empty as cyber attack drags on\n\n"
        "Stickford Foods said engineers were making slow progress in restoring the IT systems "
        "that run its distribution centres, a week after a cyber attack. Shoppers at the "
        "grocer's 60 supermarkets in Lincolnshire have reported empty shelves, particularly of "
        "fresh food. The company apologised to customers for the gaps on its shelves. It said "
        "it did not yet know who was responsible.",
        "2025-06-26",
        _nothing_back("Stickford Foods"),
        id="M8",
    ),
    pytest.param(
        "Penshurst Borough Council still offline weeks after attack\n\n"
        "Penshurst Borough Council has admitted that little progress has been made in "
        "restoring its computer systems, three weeks after a ransomware attack. Staff are "
        "still unable to use email, and housing benefit payments have been delayed. The "
        "council's chief executive said rebuilding the network could take months. Opposition "
        "councillors have called for an independent inquiry.",
        "2025-07-15",
        _nothing_back("Penshurst Borough Council"),
        id="M9",
    ),
    pytest.param(
        "Bransgore Logistics systems back after cyber attack\n\n"
        "Last Monday Bransgore Logistics said it was making good progress in restoring its "
        "systems after a cyber attack forced it to shut down its computer network. On Friday "
        "the haulier said all systems are now back up and running. Deliveries had continued "
        "throughout, with drivers using paper manifests. The company thanked customers and "
        "staff for their patience.",
        "2025-08-01",
        {
            "primary": "Bransgore Logistics",
            "statuses": {"Bransgore Logistics": {"internal_systems": "restored"}},
        },
        id="M10",
    ),
]

N_CASES = [
    pytest.param(
        "Polruan Fashion website down after cyber attack\n\n"
        "Polruan Fashion has suspended online orders after a cyber attack on its website, the "
        "clothing retailer said on Monday. Customers who ordered over the weekend have been "
        "told their parcels may be delayed. In-store shopping was not affected, the company "
        "said. Polruan, which has 28 shops in the south-west, said it was working with cyber "
        "security experts.",
        "2025-01-13",
        _stores_open("Polruan Fashion"),
        id="N1",
    ),
    pytest.param(
        "Askrigg Pets online shop offline after hack\n\n"
        "Askrigg Pets said hackers had forced it to take its website offline on Wednesday. "
        "The pet supplies retailer said shoppers in its 54 stores were not affected. Customers "
        "with repeat deliveries of pet food have been told their orders will arrive late. The "
        "company said it hoped to have the website running again by the weekend.",
        "2025-02-12",
        _stores_open("Askrigg Pets"),
        id="N2",
    ),
    pytest.param(
        "Thornborough Garden Centres online orders halted by IT fault\n\n"
        "Thornborough Garden Centres said a fault with its stock system had left it unable to "
        "take online orders for plants and garden furniture for five days. The company said "
        "the problem was caused by a failed software update and not a cyber attack. Its garden "
        "centres have stayed open throughout, with staff taking payments as normal. The "
        "company said it expected online orders to resume next week.",
        "2025-04-17",
        _stores_open("Thornborough Garden Centres"),
        id="N3",
    ),
    pytest.param(
        "Bolventor Opticians bookings hit by cyber attack\n\n"
        "Bolventor Opticians said a cyber attack had knocked out its online booking system and "
        "the phone line customers use to book eye tests. The opticians chain said its branches "
        "were trading as usual and walk-in customers were being seen. Customers with "
        "appointments this week have been asked to turn up at the usual time. The company said "
        "it was investigating how the attackers got in.",
        "2025-05-21",
        _stores_open("Bolventor Opticians"),
        id="N4",
    ),
    pytest.param(
        "Marhamchurch Electricals website and app down\n\n"
        "Marhamchurch Electricals said its website and app had been down since Saturday after "
        "a cyber attack on an outside supplier. The electrical goods retailer said customers "
        "could still shop in its stores. Deliveries of large appliances such as fridges and "
        "washing machines have been rescheduled. The company apologised for the disruption.",
        "2025-06-10",
        _stores_open("Marhamchurch Electricals"),
        id="N5",
    ),
    pytest.param(
        "Llanvair Books online orders suspended after attack\n\n"
        "Llanvair Books has suspended online orders while it investigates a cyber attack, the "
        "bookseller said on Tuesday. Its 19 high street shops continued to serve customers as "
        "normal, the company said. Customers waiting for orders placed before the attack have "
        "been told they will arrive late. The bookseller has reported the attack to the "
        "police.",
        "2025-07-08",
        _stores_open("Llanvair Books"),
        id="N6",
    ),
    # Guards: a store phrase in another sense gives no stores; closed stores are not unaffected.
    pytest.param(
        "Rowlstone & Daughters warns store card holders after breach\n\n"
        "Rowlstone & Daughters has told holders of its store cards to watch out for scam "
        "emails after hackers stole their names and addresses. The family-owned department "
        "chain said the card accounts are run by a finance partner, whose systems were "
        "breached last month. Card numbers and passwords were not taken, it said. About "
        "60,000 card holders are affected.",
        "2025-08-05",
        _no_stores("Rowlstone & Daughters"),
        id="N7",
    ),
    pytest.param(
        "Coverack Outdoor customers' details left exposed online\n\n"
        "Coverack Outdoor said the names and email addresses of 18,000 customers had been left "
        "exposed in a data store that was wrongly set up by a contractor. The outdoor clothing "
        "retailer said the files were held on a cloud storage service and could be seen by "
        "anyone with the web address. A security researcher found the files and alerted the "
        "company, which has since locked them down. There is no evidence that the information "
        "was misused, it said.",
        "2025-09-02",
        _no_stores("Coverack Outdoor"),
        id="N8",
    ),
    pytest.param(
        "Crantock Discount closes shops after tills fail\n\n"
        "Crantock Discount said its 80 stores were closed on Saturday after a cyber attack "
        "knocked out its tills and stock systems. The discount retailer said it could not "
        "trade without working payment systems. Staff were sent home on full pay. The company "
        "said it hoped to reopen on Monday.",
        "2025-09-22",
        {
            "primary": "Crantock Discount",
            "not_status": {"Crantock Discount": {"stores": "unaffected"}},
        },
        id="N9",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(L_CASES, KNOWN_MISSES))
def test_owners_listed_before_a_data_phrase_share_its_data_words(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(M_CASES, KNOWN_MISSES))
def test_progress_in_restoring_is_a_partial_return(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(N_CASES, KNOWN_MISSES))
def test_shops_told_open_in_indirect_words_are_unaffected(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)

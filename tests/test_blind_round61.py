"""Blind round 61: acceptance cases written from the contract alone.

Classes:

G. A count of an organisation's people told as affected, in a story that tells personal data
   was stolen, means that organisation's data of those people was compromised: the
   organisation is found, data_compromised is true, and the data service of those people
   (employee_data for staff, employees, workers and pension scheme members; customer_data for
   customers, loyalty members, patients, policyholders) is compromised. "Garden chain
   Hollesley Garden Centres said about 2,100 of its staff were affected" after a payroll firm's
   files were stolen (G1: employee_data); "Haxby Engineering said some 900 current and former
   employees were among those affected" after a pension administrator's files were copied (G2:
   employee_data); "Wendron Pet Stores said 18,000 of its loyalty members had been affected"
   after a loyalty-scheme supplier was breached (G3: customer_data); "Veryan Dental Care said
   around 4,500 patients have been affected" after a mailing house's letters data was stolen
   (G4: customer_data); "Quethiock Insurance said nearly 12,000 of its policyholders had been
   affected after hackers stole documents from" its document supplier (G5: customer_data,
   the count before the theft in one sentence); "Stithians Brewery said around 1,300 of its
   pension scheme members have been affected" after a pension software firm was broken into
   (G6: employee_data). Guards: the same kind of count in a story where systems simply went
   down, "about 300 of its stores were affected" by a till outage (G7: Pendock Bakeries found,
   data_compromised not true, no data service compromised); "Thousands of customers were
   affected by the outage" of a website and app (G8: Ampney Energy likewise); a negated count
   in a data-theft story, "Porthallow Outdoor Clothing ... said none of its customers were
   affected" (G9: no compromised data service and data_compromised not true, whether or not
   Porthallow has an incident).
H. Data told stolen of the people "of" several named organisations belongs to each of them:
   each has that people's data service compromised and data_compromised true. "Employees of
   Harcombe Hotels and the bakery group Bleasdale Bakeries have been told that their bank
   details and salary records were stolen after hackers broke into" a payroll provider (H1:
   employee_data, two); "Staff at Whitwell Builders, Cadgwith Hotels and Dunsop Dairies were
   warned ... that their names, addresses and National Insurance numbers had been stolen"
   (H2: employee_data, three); "Customers of Polwhele Books and Shearsby Toys were warned that
   their card details may have been taken" (H3: customer_data, two); "Patients of Lostwithiel
   Dental Care and Barnack Opticians have been told their records ... were stolen" (H4:
   customer_data, two); "Passengers of Lamorna Ferries, Mullion Coaches and Polgate Airways
   have had their names and passport numbers stolen" (H5: customer_data, three); "The
   personal details of employees of Edgcott Foods, Colesbourne Motors and Ampleforth Logistics
   were stolen" (H6: employee_data, three, the people inside the stolen noun phrase). Guards:
   the teller in the same sentence is no owner of the people, "Employees of Cradock Builders
   have been told their bank details ... were stolen, the payroll firm Pillaton Payroll
   Services said" (H7: Pillaton has no employee_data compromised, if it has an incident); one
   organisation's people told robbed while another is told unaffected in a separate clause,
   "Customers of Bosanko Pharmacy were told their card numbers were taken ...; Porthleven
   Pharmacy, which uses a different supplier, said its customers were not affected" (H8:
   Porthleven no compromised data service, data_compromised not true); "Patients of Lanlivery
   Opticians have been told their records were stolen ..., while Pentire Opticians, which uses
   the same system, said there was no evidence its patients were affected" (H9: Pentire
   likewise).

On the first run (the committed code at 897fa4a; the working tree held no edits but this
file), 9 of 18 cases passed. Class G: 4 of 9, G5 (the count and the theft in one sentence,
the counted insurer primary) and the three guards G7-G9 (G7 and G8 give data_compromised null
and no data service; Porthallow in G9 is a related incident with data null and no services).
In G1-G4 and G6 the counted organisation is found, as a related incident, but with
data_compromised null and no services at all: the stolen data stays the supplier's
(customer_data compromised, even for staff and pension records). Class H: 5 of 9, H1, H3, H4
and the guards H7 and H8 (both pass because the teller Pillaton and the spared Porthleven give
no incident at all, so they hold only vacuously). H2 finds none of the three employers (only
the supplier, Keverne Software, with employee_data compromised); H5 reads "Mullion Coaches
and" as a name and gives Lamorna Ferries data null and no services (only Polgate Airways, the
last of the list, has customer_data compromised); H6 finds only the last of the list,
Ampleforth Logistics (employee_data compromised), not Edgcott Foods or Colesbourne Motors; the
guard H9 makes Pentire Opticians, told unaffected, the primary with customer_data compromised
and data_compromised true (Lanlivery gets data null and no services). The nine misses are in
KNOWN_MISSES with what was observed. No case's text or expectations were changed after the
first run.

After round 61's rule (a count of a victim's people told affected, in a story that tells a
theft, counts those whose data was taken): 14 of 18; G1-G4 and G6 pass. After the next (a
technology term, "National Insurance numbers", stands between no name and what its sentence
tells): 15 of 18, H2 passes. After the third (names NER joined at a list's comma, or run
into the list's "and", come apart): 17 of 18, H5 and H6 pass. Left: H9 (an organisation told
unaffected taken for the owner of the patients whose records were stolen).
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, find, run, with_known_misses

from conftest import statuses

KNOWN_MISSES: dict[str, str] = {
    "H9": "Pentire Opticians, told unaffected, is primary with customer_data compromised",
}

DATA_SERVICES = ("customer_data", "employee_data")


def _stolen(*owners: tuple[str, str]) -> dict[str, Any]:
    """Each (organisation, data service): found, data_compromised true, that service
    compromised."""
    return {
        "present": [org for org, _ in owners],
        "data_compromised": {org: True for org, _ in owners},
        "statuses": {org: {service: "compromised"} for org, service in owners},
    }


def _spared(
    org: str, services: tuple[str, ...] = DATA_SERVICES, *, found: bool = False, data: bool = True
) -> dict[str, Any]:
    """The organisation has none of these data services compromised (and, with data, its
    data_compromised is not true); it must have an incident only when found is set."""
    expect: dict[str, Any] = {"spared": {org: (services, data)}}
    if found:
        expect["present"] = [org]
    return expect


def _check(record: dict[str, Any], expect: dict[str, Any]) -> None:
    expect = dict(expect)
    spared = expect.pop("spared", {})
    check_expectations(record, expect)
    for org, (services, data) in spared.items():
        incident = find(record, org)
        if incident is None:
            continue
        got = statuses(incident)
        for service in services:
            assert got.get(service) != "compromised", (
                f"{org}: {service} should not be compromised; services: {got}"
            )
        if data:
            assert incident["data_compromised"] is not True, (
                f"{org}: data_compromised should not be true"
            )


G_CASES = [
    pytest.param(
        "Payroll firm hit by data theft\n\n"
        "Hackers stole the personal details of thousands of workers in a cyber attack on "
        "Wraxall Payroll Services, the Leeds-based firm said on Tuesday.\n\n"
        "The stolen files included names, home addresses, bank details and National Insurance "
        "numbers.\n\n"
        "Garden chain Hollesley Garden Centres said about 2,100 of its staff were affected. "
        "The payroll firm said it had reported the attack to the Information Commissioner's "
        "Office.",
        "2025-06-12",
        _stolen(("Hollesley Garden Centres", "employee_data")),
        id="G1",
    ),
    pytest.param(
        "Pension administrator says member records copied by hackers\n\n"
        "Criminals copied files holding names, dates of birth and bank details from Ardingly "
        "Pension Services, which runs pension schemes for dozens of employers, the company "
        "said on Thursday.\n\n"
        "Haxby Engineering said some 900 current and former employees were among those "
        "affected.\n\n"
        "Ardingly said it had written to everyone whose details were taken.",
        "2025-03-20",
        _stolen(("Haxby Engineering", "employee_data")),
        id="G2",
    ),
    pytest.param(
        "Loyalty scheme supplier breached\n\n"
        "Hackers stole names, email addresses and purchase histories from Lanreath Software, "
        "which runs loyalty schemes for a number of retailers.\n\n"
        "Pet shop chain Wendron Pet Stores said 18,000 of its loyalty members had been "
        "affected. It urged them to watch out for phishing emails.\n\n"
        "Lanreath said it had shut down the affected server.",
        "2025-09-03",
        _stolen(("Wendron Pet Stores", "customer_data")),
        id="G3",
    ),
    pytest.param(
        "Patient letters firm hit by cyber attack\n\n"
        "Names, addresses and appointment details were stolen in a cyber attack on "
        "Brimscombe Mailing Services, a company that prints and posts letters for healthcare "
        "providers.\n\n"
        "Veryan Dental Care said around 4,500 patients have been affected. The dental group "
        "said it was writing to those patients.",
        "2025-10-14",
        _stolen(("Veryan Dental Care", "customer_data")),
        id="G4",
    ),
    pytest.param(
        "Insurance documents stolen in supplier hack\n\n"
        "Quethiock Insurance said nearly 12,000 of its policyholders had been affected after "
        "hackers stole documents from Warbstow Document Services, which stores and scans "
        "paperwork for the insurer.\n\n"
        "The documents included names, addresses and claim details, the insurer said on "
        "Monday.\n\n"
        "Warbstow said it had brought in outside experts to investigate.",
        "2025-05-19",
        _stolen(("Quethiock Insurance", "customer_data")),
        id="G5",
    ),
    pytest.param(
        "Brewery pension members caught up in software supplier hack\n\n"
        "Personal data including dates of birth and National Insurance numbers was stolen "
        "when hackers broke into Blisland Pension Software, which administers workplace "
        "pension schemes.\n\n"
        "Stithians Brewery said around 1,300 of its pension scheme members have been "
        "affected. The brewer said it had offered them free credit monitoring.",
        "2025-11-06",
        _stolen(("Stithians Brewery", "employee_data")),
        id="G6",
    ),
    # Guards: a count in an outage story (stores, then customers), a negated count in a
    # data-theft story.
    pytest.param(
        "Bakery chain's tills hit by IT outage\n\n"
        "Customers at Pendock Bakeries shops were unable to pay by card on Saturday after an "
        "IT outage at the chain.\n\n"
        "The company said about 300 of its stores were affected, and some closed early. It "
        "blamed a faulty software update and said the problem had nothing to do with a cyber "
        "attack.\n\n"
        "Card payments were working normally again by Sunday morning.",
        "2025-06-16",
        _spared("Pendock Bakeries", found=True),
        id="G7",
    ),
    pytest.param(
        "Energy supplier's website and app down for a day\n\n"
        "Customers of Ampney Energy were unable to log in to its website or app on Wednesday "
        "after a failure at one of its data centres.\n\n"
        "Thousands of customers were affected by the outage, the supplier said. It said meter "
        "readings and payments could be submitted by phone.\n\n"
        "The website and app were back online by Thursday morning.",
        "2025-02-13",
        _spared("Ampney Energy", found=True),
        id="G8",
    ),
    pytest.param(
        "Retailers' customer details stolen from mailing firm\n\n"
        "Customer names and home addresses held by Trebetherick Mailing Services, which sends "
        "catalogues for several retailers, were stolen in a cyber attack last week, the firm "
        "said.\n\n"
        "Sports retailer Gunwalloe Sports said 6,000 of its customers had been affected.\n\n"
        "Outdoor clothing brand Porthallow Outdoor Clothing, which also uses the firm, said "
        "none of its customers were affected.",
        "2025-07-08",
        _spared("Porthallow Outdoor Clothing"),
        id="G9",
    ),
]

H_CASES = [
    pytest.param(
        "Hotel and bakery staff told payroll data stolen\n\n"
        "Employees of Harcombe Hotels and the bakery group Bleasdale Bakeries have been told "
        "that their bank details and salary records were stolen after hackers broke into "
        "Tideford Payroll Services, a payroll provider.\n\n"
        "Tideford said it discovered the break-in on Friday and had informed the police.\n\n"
        "Both employers said they were offering staff free credit monitoring.",
        "2025-04-22",
        _stolen(("Harcombe Hotels", "employee_data"), ("Bleasdale Bakeries", "employee_data")),
        id="H1",
    ),
    pytest.param(
        "HR software supplier hack exposes staff details at three firms\n\n"
        "Staff at Whitwell Builders, Cadgwith Hotels and Dunsop Dairies were warned on Monday "
        "that their names, addresses and National Insurance numbers had been stolen in a cyber "
        "attack on Keverne Software, which supplies their HR system.\n\n"
        "Keverne said it had taken the system offline while it investigated.",
        "2025-08-26",
        _stolen(
            ("Whitwell Builders", "employee_data"),
            ("Cadgwith Hotels", "employee_data"),
            ("Dunsop Dairies", "employee_data"),
        ),
        id="H2",
    ),
    pytest.param(
        "Online shoppers' card details feared taken\n\n"
        "Customers of Polwhele Books and Shearsby Toys were warned that their card details may "
        "have been taken after criminals planted malicious code on checkout pages run by "
        "Luxulyan Software, an e-commerce platform.\n\n"
        "The code was live for about two weeks before it was found, Luxulyan said on "
        "Wednesday.\n\n"
        "Both retailers urged shoppers to check their bank statements.",
        "2025-12-10",
        _stolen(("Polwhele Books", "customer_data"), ("Shearsby Toys", "customer_data")),
        id="H3",
    ),
    pytest.param(
        "Clinic booking software hit by ransomware\n\n"
        "Patients of Lostwithiel Dental Care and Barnack Opticians have been told their "
        "records, including names, dates of birth and appointment histories, were stolen in a "
        "ransomware attack on Helston Clinic Software.\n\n"
        "The company, which supplies booking systems to clinics across the south west, said it "
        "was working with the National Crime Agency.\n\n"
        "Appointments are going ahead as normal.",
        "2025-01-29",
        _stolen(
            ("Lostwithiel Dental Care", "customer_data"), ("Barnack Opticians", "customer_data")
        ),
        id="H4",
    ),
    pytest.param(
        "Travel booking supplier breach exposes passport details\n\n"
        "Passengers of Lamorna Ferries, Mullion Coaches and Polgate Airways have had their "
        "names and passport numbers stolen after hackers broke into Wrangle Booking Systems, "
        "which runs their online booking.\n\n"
        "Wrangle said it found the intrusion on Sunday. The three operators said journeys were "
        "running as normal and they were contacting affected passengers.",
        "2025-07-30",
        _stolen(
            ("Lamorna Ferries", "customer_data"),
            ("Mullion Coaches", "customer_data"),
            ("Polgate Airways", "customer_data"),
        ),
        id="H5",
    ),
    pytest.param(
        "Payroll company hack hits workers at three employers\n\n"
        "The personal details of employees of Edgcott Foods, Colesbourne Motors and "
        "Ampleforth Logistics were stolen in a cyber attack on Tanfield Payroll, a payroll "
        "bureau in Bristol.\n\n"
        "The stolen data includes bank account numbers and home addresses, Tanfield said on "
        "Tuesday.\n\n"
        "It said it had reported the attack to the police.",
        "2025-10-01",
        _stolen(
            ("Edgcott Foods", "employee_data"),
            ("Colesbourne Motors", "employee_data"),
            ("Ampleforth Logistics", "employee_data"),
        ),
        id="H6",
    ),
    # Guards: the teller in the same sentence, an organisation told unaffected in a separate
    # clause (twice).
    pytest.param(
        "Builder's staff told their details were stolen\n\n"
        "Employees of Cradock Builders have been told their bank details and National "
        "Insurance numbers were stolen, the payroll firm Pillaton Payroll Services said on "
        "Monday.\n\n"
        "The firm said a criminal had used a stolen password to get into the account it keeps "
        "for the builder.\n\n"
        "Cradock said it was offering staff free credit monitoring.",
        "2025-03-04",
        # Pillaton was broken into, so its data_compromised is left open: only its own staff's
        # data is not told stolen.
        _spared("Pillaton Payroll Services", ("employee_data",), data=False),
        id="H7",
    ),
    pytest.param(
        "Pharmacy customers' card numbers taken in website hack\n\n"
        "Customers of Bosanko Pharmacy were told their card numbers were taken after hackers "
        "broke into the online shop run for it by Treverbyn Software; Porthleven Pharmacy, "
        "which uses a different supplier, said its customers were not affected.\n\n"
        "Bosanko said it had closed its online shop while the breach was investigated.",
        "2025-09-23",
        _spared("Porthleven Pharmacy"),
        id="H8",
    ),
    pytest.param(
        "Opticians' patient records stolen\n\n"
        "Patients of Lanlivery Opticians have been told their records were stolen in a cyber "
        "attack on its booking system, while Pentire Opticians, which uses the same system, "
        "said there was no evidence its patients were affected.\n\n"
        "Lanlivery said the records included names, dates of birth and prescription details.",
        "2025-11-18",
        _spared("Pentire Opticians"),
        id="H9",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(G_CASES, KNOWN_MISSES))
def test_a_count_of_people_affected_in_a_theft_story_is_their_data(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    _check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(H_CASES, KNOWN_MISSES))
def test_data_of_the_people_of_several_organisations_is_each_ones(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    _check(run(text, published), expect)

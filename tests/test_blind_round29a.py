"""Blind tests, round 29a: a supplier known by those it serves.

Written by a helper who never saw the extractor's rules or source, only the
output contract (spec/incident-record.md), the devset annotation conventions
and a short description of the class of language:

When an attacked company is a supplier, the text may tell so only through the
ones it serves: others are called its clients or partners ("one of its
clients", "a client of X", "X's partners"), a business is called its customer
beside the business's own name, businesses are said to rely or depend on it,
or the company is described as one of the largest providers of something.
The organisation so tied to it, when affected, has a `third_party` incident
with the supplier's kind of attack. Guards: customers that are people, an
organisation hit separately with no tie, a description naming others the
company only deals with, and the supplier itself, none of which is
`third_party`.

Eleven of the 16 class cases failed on the code they were written against. The
developers then read "X's customers include A", "customers, among them A" and "A, which
relies on X", lateness as trouble ("deliveries had been held up") and a client's own
description naming the supplier's trade ("a client of Brackwell Logistics"); the nine known
misses are marked below (strict xfail, with reasons): in most the client or the supplier is
not found as a victim at all (a client that only reports a consequence the tool does not
read; a supplier whose only sentence has no headline before it), and "its clients" was
tried and dropped, as it cost two never-read sets a false type. The cases themselves are
as the helper wrote them.
"""

from __future__ import annotations

import pytest

from conftest import incident_of

# Known misses on the code after the developers' round (strict xfail, each with its reason).
KNOWN_MISSES = {
    "possessive_two_of_its_biggest_clients": "clients listed after 'its clients' are no victims",
    "relies_on_data_processor": "the supplier is not found ('X was hit ..., the processor said')",
    "pharmacies_that_depend_on_software_firm": "the supplier is not found as a victim",
    "one_of_the_largest_providers_of": "a client that says the attack on X hit it is no victim",
    "its_clients_include_after_law_firm": "a client whose data was accessed is no victim; 'its'",
    "retail_partners_of_courier_plural": "a client whose orders arrive late is no victim",
    "school_among_those_depending_on_platform": "the supplier is not found; 'the platform'",
    "biggest_client_possessive_after_caterer": "'its biggest client' is not read",
}

PUBLISHED = "2025-03-14"

# (id, text, client name, supplier's attack kind)
CLASS_CASES = [
    (
        "possessive_two_of_its_biggest_clients",
        "Kestrel Payroll Services was hit by a ransomware attack on Monday, the company "
        "said. Two of its most important clients, Ashworth Hospital Trust and Fenmoor "
        "Council, said staff salaries would be paid several days late.",
        "Fenmoor Council",
        "ransomware",
    ),
    (
        "long_standing_client_of_courier",
        "Brackwell Logistics suffered a cyber attack on Tuesday that took its parcel "
        "tracking systems offline. Orchard Lane Foods, a client of Brackwell Logistics "
        "for over a decade, said deliveries to its shops had been held up.",
        "Orchard Lane Foods",
        "cyber_attack",
    ),
    (
        "possessive_fintech_partners_of_bank",
        "Harcastle Bank was hit by a cyber attack on Friday that knocked its payment "
        "systems offline. Pennywise Money, one of Harcastle Bank's fintech partners, "
        "said its app had been unable to process transfers all weekend.",
        "Pennywise Money",
        "cyber_attack",
    ),
    (
        "one_of_the_firms_largest_clients",
        "Quillon Software, which makes booking systems for dentists, said on Wednesday "
        "that it had been hit by ransomware. Brightsmile Dental Group, one of the "
        "firm's largest clients, said its surgeries had been unable to book patients "
        "for two days.",
        "Brightsmile Dental Group",
        "ransomware",
    ),
    (
        "customer_of_host_beside_own_name",
        "Tarnview Hosting was struck by a ransomware attack overnight, taking hundreds "
        "of websites offline. Meadowgate Building Society, a customer of Tarnview, "
        "said its online banking had been unavailable for most of Thursday.",
        "Meadowgate Building Society",
        "ransomware",
    ),
    (
        "relies_on_data_processor",
        "Greyfield Data Services was hit by a cyber attack last week, the processor "
        "confirmed on Monday. Northmere Water, which relies on Greyfield to run its "
        "billing, said the names and addresses of its customers may have been taken.",
        "Northmere Water",
        "cyber_attack",
    ),
    (
        "pharmacies_that_depend_on_software_firm",
        "Lindell Pharmacy Systems was hit by ransomware on Saturday, the company said. "
        "Copperfield Chemists, one of many pharmacy chains that depend on Lindell's "
        "dispensing software, said prescriptions had been delayed at dozens of branches.",
        "Copperfield Chemists",
        "ransomware",
    ),
    (
        "one_of_the_largest_providers_of",
        "Orvane Systems, one of the largest providers of till software to independent "
        "grocers, was hit by a ransomware attack on Sunday. Hollybrook Grocers said the "
        "attack on Orvane had left its stores unable to take card payments.",
        "Hollybrook Grocers",
        "ransomware",
    ),
    (
        "its_clients_include_after_law_firm",
        "Pemberton Vale Solicitors said it had suffered a cyber attack in which client "
        "files were copied. Its clients include Ravensholt Housing Association, which "
        "said the personal details of some tenants had been accessed.",
        "Ravensholt Housing Association",
        "cyber_attack",
    ),
    (
        "client_named_before_accountancy",
        "Dunmore Bakeries, a client of Ellery Accountancy, said on Tuesday that its "
        "payroll records had been stolen after Ellery Accountancy was hit by a "
        "ransomware attack. The bakery chain said it was writing to all its staff.",
        "Dunmore Bakeries",
        "ransomware",
    ),
    (
        "retail_partners_of_courier_plural",
        "Swiftline Couriers was hit by a cyber attack on Thursday that halted parcel "
        "collections across the country. Retail partners of Swiftline, including "
        "Bellamy Home Stores, said online orders would arrive late.",
        "Bellamy Home Stores",
        "cyber_attack",
    ),
    (
        "several_of_its_clients_among_them",
        "Mailcrest, an email marketing platform, said it had been the victim of a "
        "cyber attack on its systems. Several of its clients, among them Thornbury "
        "Garden Centres, have warned shoppers that their email addresses were taken.",
        "Thornbury Garden Centres",
        "cyber_attack",
    ),
    (
        "customer_of_managed_it_firm",
        "A ransomware attack has crippled Ironvale IT, a managed services company based "
        "in Leeds. Calder Veterinary Group, a customer of Ironvale IT, said its clinics "
        "had lost access to patient records since Monday.",
        "Calder Veterinary Group",
        "ransomware",
    ),
    (
        "possessive_customers_include_business",
        "Pinecrest Ticketing was hit by a cyber attack on Friday, the company said. "
        "Pinecrest's customers include Wexley Theatre, which said its box office had "
        "been unable to sell tickets over the weekend.",
        "Wexley Theatre",
        "cyber_attack",
    ),
    (
        "school_among_those_depending_on_platform",
        "Scholarly Cloud, a maker of school management software, was hit by ransomware "
        "on Monday. Elmwood Academy, one of the schools that depend on the platform, "
        "said parents had been unable to book lunches or view reports.",
        "Elmwood Academy",
        "ransomware",
    ),
    (
        "biggest_client_possessive_after_caterer",
        "Ferndale Catering Supplies said a cyber attack had shut down its ordering "
        "systems on Wednesday. Its biggest client, Marchbank University, said some "
        "campus cafes had run short of food as a result.",
        "Marchbank University",
        "cyber_attack",
    ),
]

# (id, text, organisation that must not be third_party)
GUARD_CASES = [
    (
        "guard_customers_are_people",
        "Brindle Books was hit by a cyber attack on Tuesday, the retailer said. "
        "Brindle's customers could not log in to their accounts, and readers who rely "
        "on the shop for textbooks faced long delays.",
        "Brindle Books",
    ),
    (
        "guard_separate_attack_no_tie",
        "Ashcombe Freight was hit by ransomware on Monday, halting deliveries across "
        "the north. In an unrelated incident, Morland Dairies said a cyber attack on "
        "its own network had disrupted production at two plants.",
        "Morland Dairies",
    ),
    (
        "guard_description_names_those_it_deals_with",
        "Westmarch Produce Cooperative, which sells apples on behalf of the orchards "
        "that supply it, said it had been hit by a ransomware attack. Its packing "
        "sheds stopped work on Thursday.",
        "Westmarch Produce Cooperative",
    ),
    (
        "guard_supplier_itself_with_named_clients",
        "Kestrel Payroll Services was hit by a ransomware attack on Monday, the company "
        "said. Two of its most important clients, Ashworth Hospital Trust and Fenmoor "
        "Council, said staff salaries would be paid several days late.",
        "Kestrel Payroll Services",
    ),
    (
        "guard_supplier_itself_customer_beside_name",
        "Tarnview Hosting was struck by a ransomware attack overnight, taking hundreds "
        "of websites offline. Meadowgate Building Society, a customer of Tarnview, "
        "said its online banking had been unavailable for most of Thursday.",
        "Tarnview Hosting",
    ),
]


def _closed(types: list[str]) -> set[str]:
    found = set(types)
    if found & {"ransomware", "social_engineering"}:
        found.add("cyber_attack")
    return found


@pytest.mark.parametrize(
    ("text", "client", "kind"),
    [
        pytest.param(
            text,
            client,
            kind,
            id=case_id,
            marks=[pytest.mark.xfail(reason=KNOWN_MISSES[case_id], strict=True)]
            if case_id in KNOWN_MISSES
            else [],
        )
        for case_id, text, client, kind in CLASS_CASES
    ],
)
def test_supplier_known_by_those_it_serves_gives_client_third_party(
    extract, text: str, client: str, kind: str
) -> None:
    record = extract(text, published=PUBLISHED)
    types = _closed(incident_of(record, client)["incident_types"])
    assert "third_party" in types
    assert kind in types


@pytest.mark.parametrize(
    ("text", "org"),
    [pytest.param(text, org, id=case_id) for case_id, text, org in GUARD_CASES],
)
def test_supplier_known_by_those_it_serves_guard_not_third_party(
    extract, text: str, org: str
) -> None:
    record = extract(text, published=PUBLISHED)
    assert "third_party" not in incident_of(record, org)["incident_types"]

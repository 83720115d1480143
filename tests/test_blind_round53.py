"""Blind round 53: acceptance cases written from the contract alone.

Classes:

A. Listed owners of stolen data: a list after the data word ("of", "on", "about", "for",
   "belonging to", "relating to") holding both people the organisation serves and its own
   staff compromises customer_data and employee_data; a list of one kind, staff opening a
   new clause, or a denial does not.
B. The business's outlets keep going: boutiques, garden centres, showrooms, branches,
   bureaux de change, salons, cafés, restaurants, stores told open or trading make `stores`
   unaffected; outlets that could not open, a call centre / data centre, or a media outlet
   do not.
C. A service lost: "lost access to", "lost" a service, "lost the use of" its tills, systems
   "scrambled" by ransomware are disrupted services; lost data, lost sales or customers and
   "lost no data" are not lost services.

Result of the first run: 19 of 35 cases pass. A: 9 of 13 (A5, A6, A7, A9 fail); B: 5 of 11
(B1, B2, B3, B4, B5, B9 fail); C: 5 of 11 (C1, C2, C4, C5, C8, C11 fail).

(Developers' note.) That first run was on a working tree that already held part of class A.
On the code before round 53 (b19c47a) 15 of the 35 cases pass; after the round, 29. The six
left are known misses (strict xfail, reasons in KNOWN_MISSES).
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import get, run, with_known_misses

from conftest import statuses

KNOWN_MISSES: dict[str, str] = {
    "A6": "the data list and its owners ('Names, dates of birth and bank details for pharmacy "
    "customers and its own delivery drivers') put the verb ('have been published on a dark "
    "web leak site') beyond the data words' reach: data_compromised is true, but no data "
    "service is read",
    "B2": "no incident at all: a failure 'at its data centre' that 'knocked out its website' "
    "does not make Handleys DIY a victim",
    "B4": "the outlets' subject runs long ('its bureaux de change at Gatwick and Manchester "
    "airports have kept serving ...'): the steady state is not read back to 'bureaux'",
    "B9": "'unable to open ... has not said when the boutiques will reopen' reads as a "
    "closure (suspended), where the case reads a failure (disrupted)",
    "C2": "a loss carries through a list only when the list opens on a service ('lost its "
    "catalogue, public computers and Wi-Fi': 'catalogue' is no service word), a guard a "
    "review asked for ('lost its chief executive and its website provider')",
    "C5": "systems encrypted or 'scrambled' by ransomware are left without a state: tried "
    "this round, it lost on seven case sets, whose gold reads encrypted systems by what the "
    "story says of their use",
}


def check(record: dict[str, Any], org: str, expect: dict[str, Any]) -> None:
    incident = get(record, org)
    found = statuses(incident)
    for service, status in expect.get("statuses", {}).items():
        assert found.get(service) == status, (
            f"{service}: expected {status!r}, got {found.get(service)!r}; services: {found}"
        )
    for service in expect.get("absent_services", []):
        assert service not in found, f"{service} should be absent; services: {found}"
    if "data_compromised" in expect:
        assert incident["data_compromised"] is expect["data_compromised"], (
            f"data_compromised: expected {expect['data_compromised']!r}, "
            f"got {incident['data_compromised']!r}"
        )
    types = set(incident["incident_types"])
    if "types" in expect:
        assert types == set(expect["types"]), f"types: {sorted(types)}"
    for kind in expect.get("has_types", []):
        assert kind in types, f"{kind} missing from types: {sorted(types)}"
    for kind in expect.get("lacks_types", []):
        assert kind not in types, f"{kind} should not be in types: {sorted(types)}"


BOTH_STOLEN = {
    "statuses": {"customer_data": "compromised", "employee_data": "compromised"},
    "data_compromised": True,
}

A_CASES = [
    pytest.param(
        "Wimbrell Home confirms data theft after cyber attack\n\n"
        "The homeware retailer Wimbrell Home has admitted that hackers stole the names, "
        "home addresses and phone numbers of online customers, delivery drivers and head "
        "office employees. The Leeds-based chain said it detected suspicious activity on its "
        "network on 3 March and immediately brought in external cyber security specialists. "
        "It has reported the incident to the Information Commissioner's Office and West "
        "Yorkshire Police. Chief executive Anna Rourke said the company was writing to "
        "everyone affected and apologised for the worry caused.",
        "2025-03-07",
        "Wimbrell Home",
        BOTH_STOLEN,
        id="A1",
    ),
    pytest.param(
        "Saltcote Building Society says hackers took staff and member records\n\n"
        "Saltcote Building Society has said that criminals who broke into its systems last "
        "month copied information on all of its staff and on some of its members. The "
        "Norfolk mutual said the attackers did not reach its mortgage platform and that "
        "members' money was safe. It is contacting the members affected and has offered them "
        "two years of free credit monitoring. The society has informed the Financial Conduct "
        "Authority.",
        "2024-11-12",
        "Saltcote Building Society",
        BOTH_STOLEN,
        id="A2",
    ),
    pytest.param(
        "Ashgrove Ridge Medical Center confirms ransomware attack\n\n"
        "Ashgrove Ridge Medical Center in Ohio said on Friday that a ransomware gang had "
        "stolen files containing data about both patients and nurses before encrypting parts "
        "of its network. The hospital diverted some ambulances to nearby facilities for two "
        "days while its electronic health records were offline. A spokesperson said the FBI "
        "had been notified and that letters would go out to affected individuals within 30 "
        "days.",
        "2024-06-21",
        "Ashgrove Ridge Medical Center",
        BOTH_STOLEN,
        id="A3",
    ),
    pytest.param(
        "Kurrabin University hit by data breach\n\n"
        "Kurrabin University has revealed that personal details belonging to current and "
        "former students and academic staff were accessed in a cyber attack on its student "
        "management system. The regional Queensland university said the breach was detected "
        "on 11 August and involved names, dates of birth and tax file numbers. The Australian "
        "Cyber Security Centre is assisting with the investigation. Vice-chancellor Professor "
        "Helen Marsh said the university was deeply sorry and had set up a support line for "
        "those affected.",
        "2024-08-19",
        "Kurrabin University",
        BOTH_STOLEN,
        id="A4",
    ),
    pytest.param(
        "Mossgiel Academy Trust warns parents after cyber attack\n\n"
        "A multi-academy trust running nine schools in Lancashire has told families that "
        "hackers stole records during a cyber attack on 22 January. Mossgiel Academy Trust "
        "confirmed that the stolen files include the home addresses of any pupil or teacher "
        "enrolled or employed at its schools since 2019. Lessons have continued using paper "
        "registers while its management information system is rebuilt. The trust has "
        "reported the breach to the Information Commissioner's Office.",
        "2025-01-29",
        "Mossgiel Academy Trust",
        BOTH_STOLEN,
        id="A5",
    ),
    pytest.param(
        "Medlowe Pharmacy data posted online after attack\n\n"
        "Names, dates of birth and bank details for pharmacy customers and its own delivery "
        "drivers have been published on a dark web leak site, Medlowe Pharmacy has "
        "confirmed. The family-owned chain, which runs 31 pharmacies across the West "
        "Midlands, said it was hit by a cyber attack at the end of May. Prescriptions are "
        "being dispensed as normal, the company said. It has apologised and urged those "
        "affected to watch out for phishing emails.",
        "2024-06-14",
        "Medlowe Pharmacy",
        BOTH_STOLEN,
        id="A6",
    ),
    pytest.param(
        "Law firm Marrable Hume admits staff and client data stolen\n\n"
        "Marrable Hume, the Edinburgh law firm, has said that a criminal group stole the "
        "personal data of some 300 employees and several hundred clients during a cyber "
        "attack in early October. The firm said it had restored its case management system "
        "from backups and that client work was continuing. The Law Society of Scotland and "
        "the Information Commissioner's Office have been informed, and the firm has engaged "
        "a specialist incident response company.",
        "2024-10-24",
        "Marrable Hume",
        BOTH_STOLEN,
        id="A7",
    ),
    pytest.param(
        "Kestrawn Air says passport data stolen in hack\n\n"
        "New Zealand regional carrier Kestrawn Air has confirmed that hackers stole the "
        "passport numbers of pilots, cabin crew and passengers from a booking and crew "
        "scheduling platform run by a software supplier. The airline said flights were "
        "operating as normal. It learned of the breach on 14 June when the supplier alerted "
        "it. The Office of the Privacy Commissioner has been notified.",
        "2025-06-18",
        "Kestrawn Air",
        BOTH_STOLEN,
        id="A8",
    ),
    pytest.param(
        "Holmcliffe council confirms tenant and staff files stolen\n\n"
        "Holmcliffe Metropolitan Borough Council has confirmed that a ransomware group "
        "stole thousands of documents relating to council tenants and housing officers "
        "during an attack on its housing department in July. Some of the files have since "
        "appeared on the gang's leak site. The council said it had refused to pay a ransom "
        "and was writing to everyone whose details were taken. Its housing repairs line was "
        "unavailable for a week but is now working again.",
        "2024-08-08",
        "Holmcliffe Metropolitan Borough Council",
        BOTH_STOLEN,
        id="A9",
    ),
    # Counter-examples.
    pytest.param(
        "Gorsedale Outdoor customers told to watch for scam emails\n\n"
        "Outdoor clothing retailer Gorsedale Outdoor has warned that hackers stole the names, "
        "email addresses and order histories of around 48,000 online customers. The "
        "Cumbria-based firm said the breach, found on 9 September, was limited to its web "
        "shop. Its stores are trading normally. A spokesperson said the company had reset "
        "all customer passwords as a precaution.",
        "2024-09-13",
        "Gorsedale Outdoor",
        {
            "statuses": {"customer_data": "compromised"},
            "absent_services": ["employee_data"],
            "data_compromised": True,
        },
        id="A10",
    ),
    pytest.param(
        "Payroll records of Kelverton hospital staff stolen\n\n"
        "Kelverton General Hospital has confirmed that the payroll records of about 900 "
        "nurses, porters and cleaners were stolen when a supplier's system was hacked. The "
        "hospital, in Pennsylvania, said patient care was not affected and clinics were "
        "running as normal. Employees have been offered identity theft protection, and the "
        "hospital said it was reviewing its contract with the payroll company.",
        "2025-02-04",
        "Kelverton General Hospital",
        {
            "statuses": {"employee_data": "compromised"},
            "absent_services": ["customer_data"],
            "data_compromised": True,
        },
        id="A11",
    ),
    pytest.param(
        "Parrish & Vane customer details taken in cyber attack\n\n"
        "Department store group Parrish & Vane said on Tuesday that criminals had stolen the "
        "contact details of 5,000 customers, and staff were told to change their passwords "
        "as the company locked down its network. The breach was discovered on Sunday "
        "evening. The retailer said its shops were open and card payments were working as "
        "normal. It has apologised to customers and informed the data regulator.",
        "2025-04-15",
        "Parrish & Vane",
        {
            "statuses": {"customer_data": "compromised"},
            "absent_services": ["employee_data"],
            "data_compromised": True,
        },
        id="A12",
    ),
    pytest.param(
        "Lindenholt Health Partners restores systems after cyber attack\n\n"
        "Lindenholt Health Partners, which runs six GP surgeries in Bristol, said its "
        "appointment booking system was back online on Thursday after a cyber attack earlier "
        "in the week. The practice group said investigators had found that no data about "
        "patients or staff was taken. Patients were asked to phone rather than use the online "
        "form while the systems were down. The group thanked patients for their patience.",
        "2024-03-15",
        "Lindenholt Health Partners",
        {"data_compromised": False},
        id="A13",
    ),
]

STORES_OPEN = {"statuses": {"stores": "unaffected"}}

B_CASES = [
    pytest.param(
        "Ottoline Marsh website down after cyber attack\n\n"
        "Luxury fashion label Ottoline Marsh has taken its website offline after a cyber "
        "attack, leaving customers unable to place online orders. The London-based brand "
        "said its boutiques remain fully operational and were accepting all payment methods. "
        "The company discovered the attack on Monday and has called in forensic experts. It "
        "expects online shopping to resume next week.",
        "2025-05-08",
        "Ottoline Marsh",
        STORES_OPEN,
        id="B1",
    ),
    pytest.param(
        "Handleys DIY hit by IT outage\n\n"
        "Handleys DIY, the Midlands home improvement chain, said a failure at its data "
        "centre had knocked out its website and click and collect service for three days. "
        "Its 44 stores kept trading throughout, although staff had to check stock levels by "
        "hand. The company said the problem was caused by a faulty software update rather "
        "than a cyber attack. Online orders are expected to resume on Friday.",
        "2024-07-10",
        "Handleys DIY",
        STORES_OPEN,
        id="B2",
    ),
    pytest.param(
        "Hawthwaite Garden Centres hit by ransomware\n\n"
        "Hawthwaite Garden Centres, which has 12 sites across Yorkshire and the North East, "
        "said a ransomware attack had disrupted its online shop and loyalty scheme over the "
        "bank holiday weekend. Its garden centres stayed open throughout, and customers could "
        "still pay by card. The family business said its IT team was working with external "
        "experts to bring systems back safely.",
        "2025-05-28",
        "Hawthwaite Garden Centres",
        STORES_OPEN,
        id="B3",
    ),
    pytest.param(
        "Currency exchange firm Sterlex hit by cyber attack\n\n"
        "Sterlex Currency, which runs foreign exchange counters at airports and railway "
        "stations, has suspended its online travel money service following a ransomware "
        "attack. The company said its bureaux de change at Gatwick and Manchester airports "
        "have kept serving customers by hand, using paper receipts. It did not say when the "
        "website would return. Sterlex said it was working with the National Crime Agency.",
        "2024-08-02",
        "Sterlex Currency",
        STORES_OPEN,
        id="B4",
    ),
    pytest.param(
        "Cutloft booking app down after cyber incident\n\n"
        "Hairdressing chain Cutloft has warned clients that its online booking app is "
        "unavailable following a cyber incident at its software supplier. The company said "
        "its salons kept operating normally, taking appointments by phone and welcoming "
        "walk-in customers. Cutloft, which has 60 salons in Australia, said it had no "
        "evidence that client data had been accessed. The supplier said it expected the app "
        "to be back by the weekend.",
        "2025-03-19",
        "Cutloft",
        STORES_OPEN,
        id="B5",
    ),
    pytest.param(
        "Vantoro payroll system hit by hackers\n\n"
        "Restaurant group Vantoro said a cyber attack on its head office had disrupted "
        "payroll, with some staff paid late this month. Its restaurants and cafés remained "
        "open and trading normally, the company said. Vantoro, which owns 85 sites in the "
        "UK, said the attack was detected on 2 February and that it had notified the police.",
        "2025-02-11",
        "Vantoro",
        STORES_OPEN,
        id="B6",
    ),
    pytest.param(
        "Bexbury Kitchens orders delayed by IT failure\n\n"
        "Bexbury Kitchens has apologised to customers after an IT failure left its ordering "
        "and delivery scheduling systems down for most of last week. The kitchen retailer "
        "said its showrooms were open as usual and designers were still taking appointments. "
        "Some installations have been pushed back by up to a fortnight, the company said, "
        "blaming a fault during a server upgrade.",
        "2024-10-07",
        "Bexbury Kitchens",
        STORES_OPEN,
        id="B7",
    ),
    pytest.param(
        "Embervale Building Society online banking down\n\n"
        "Customers of Embervale Building Society have been unable to log in to online "
        "banking since Saturday after what the society described as a cyber attack. "
        "Embervale said its branches remain open and customers can withdraw cash and make "
        "payments over the counter. The mutual, based in Devon, said it was working around "
        "the clock to restore online services.",
        "2024-12-03",
        "Embervale Building Society",
        STORES_OPEN,
        id="B8",
    ),
    # Counter-examples.
    pytest.param(
        "Isolde Fenn boutiques shut after till failure\n\n"
        "Several Isolde Fenn boutiques were unable to open on Saturday after a cyber attack "
        "knocked out the fashion brand's tills and stock systems. The designer label said "
        "its website was still taking orders. Customers who had booked styling appointments "
        "were contacted by email. The company has not said when the boutiques will reopen.",
        "2025-01-20",
        "Isolde Fenn",
        {"statuses": {"stores": "disrupted"}},
        id="B9",
    ),
    pytest.param(
        "Sunvoya Holidays website hit by outage\n\n"
        "Package holiday firm Sunvoya Holidays said its website and app were down for most "
        "of Wednesday after a network failure. Its call centre remained open to take "
        "bookings by phone, and its data centre in Slough was not affected, the company said. "
        "Sunvoya said customers due to travel this week did not need to do anything.",
        "2024-07-25",
        "Sunvoya Holidays",
        {"absent_services": ["stores"]},
        id="B10",
    ),
    pytest.param(
        "Kilbarrow council phone lines down after cyber attack\n\n"
        "Kilbarrow District Council said a cyber attack had knocked out its email and phone "
        "systems on Tuesday. The Kilbarrow Courier, the local news outlet which first "
        "reported the incident, said it had kept publishing updates throughout the day. The "
        "council said bin collections would continue as normal and urged residents to use "
        "its website to report problems.",
        "2025-02-26",
        "Kilbarrow District Council",
        {"absent_services": ["stores"]},
        id="B11",
    ),
]

C_CASES = [
    pytest.param(
        "Morrowby council still without IT after attack\n\n"
        "Morrowby Borough Council lost access to its IT systems on 4 November after a cyber "
        "attack, and staff have been working with pen and paper since. The council said "
        "benefit payments were being made manually and planning applications were delayed. "
        "It has brought in the National Cyber Security Centre to help.",
        "2024-11-15",
        "Morrowby Borough Council",
        {"statuses": {"internal_systems": "disrupted"}},
        id="C1",
    ),
    pytest.param(
        "Glenhallow libraries hit hard by ransomware attack\n\n"
        "Glenhallow Council's library service lost its catalogue, public computers and Wi-Fi "
        "for weeks after a ransomware attack in October, a report to councillors has "
        "revealed. Borrowers could still return books, but staff had to issue loans by hand. "
        "The council said it had refused to pay a ransom. The report puts the cost of the "
        "attack at more than £400,000.",
        "2025-01-14",
        "Glenhallow Council",
        {"statuses": {"internal_systems": "disrupted"}},
        id="C2",
    ),
    pytest.param(
        "Inchkeld Energy customers unable to get through after outage\n\n"
        "Energy supplier Inchkeld Energy lost its phone lines for two days this week after "
        "a fault at its telecoms provider, leaving thousands of customers unable to report "
        "problems. The company said its website and app were working throughout and urged "
        "customers to use them instead. Inchkeld said there was no evidence of a cyber "
        "attack.",
        "2024-12-12",
        "Inchkeld Energy",
        {"statuses": {"customer_service": "disrupted"}},
        id="C3",
    ),
    pytest.param(
        "Dellaway Foods shoppers turned away as tills fail\n\n"
        "Supermarket chain Dellaway Foods lost the use of its tills in dozens of shops on "
        "Saturday morning after a software update went wrong, with some stores accepting "
        "cash only and others turning customers away. The Scottish grocer said it was "
        "investigating what went wrong and apologised to shoppers. It said no customer data "
        "had been put at risk.",
        "2025-03-03",
        "Dellaway Foods",
        {"statuses": {"card_payments": "disrupted"}},
        id="C4",
    ),
    pytest.param(
        "Dunlaverty University hit by ransomware\n\n"
        "Ransomware scrambled Dunlaverty University's servers over the weekend, forcing the "
        "Scottish institution to postpone exams. The attackers have demanded payment in "
        "bitcoin, but the university said it would not pay. It has informed Police Scotland "
        "and the Information Commissioner's Office.",
        "2024-05-13",
        "Dunlaverty University",
        {"statuses": {"internal_systems": "disrupted"}, "has_types": ["ransomware"]},
        id="C5",
    ),
    pytest.param(
        "Lowmoss Hospital diverts ambulances after cyber attack\n\n"
        "Lowmoss Hospital in Texas lost access to its email and electronic patient records "
        "on Monday after a cyber attack, forcing doctors to switch to paper charts. "
        "Ambulances were diverted to other hospitals in the county for 48 hours. The "
        "hospital said it was working with the FBI and that emergency care was continuing.",
        "2024-09-18",
        "Lowmoss Hospital",
        {"statuses": {"internal_systems": "disrupted"}},
        id="C6",
    ),
    pytest.param(
        "Bluewren Airways website outage frustrates travellers\n\n"
        "Australian airline Bluewren Airways lost its website for most of Tuesday after a "
        "fault at its hosting provider, leaving travellers unable to check in online. "
        "Flights operated as scheduled, and passengers were told to check in at the airport. "
        "The carrier apologised for the inconvenience.",
        "2025-04-02",
        "Bluewren Airways",
        {"statuses": {"website": "disrupted"}},
        id="C7",
    ),
    pytest.param(
        "Grist & Loaf cafés go cash-only\n\n"
        "Bakery chain Grist & Loaf lost card payments across its 40 cafés for several hours "
        "on Friday when its payment provider suffered an outage. Some cafés put up cash-only "
        "signs, while others gave away coffee. The company said the fault lay with the "
        "provider and not its own systems.",
        "2024-11-30",
        "Grist & Loaf",
        {"statuses": {"card_payments": "disrupted"}},
        id="C8",
    ),
    # Counter-examples.
    pytest.param(
        "Pemberwick Bank data breach affects 2 million\n\n"
        "Pemberwick Bank lost the personal details of 2 million customers after hackers "
        "broke into a database used by its marketing team, the lender has admitted. Names, "
        "addresses and dates of birth were taken, but not passwords or account numbers, the "
        "bank said. Online banking and the mobile app were not affected. The bank has "
        "written to all those affected.",
        "2025-02-19",
        "Pemberwick Bank",
        {"statuses": {"customer_data": "compromised"}, "data_compromised": True},
        id="C9",
    ),
    pytest.param(
        "Huxley Barnes counts cost of cyber attack\n\n"
        "Fashion chain Huxley Barnes said it lost an estimated £3m in sales and a number of "
        "regular customers after a cyber attack in the spring knocked out its warehouse "
        "systems. In a trading update on Thursday, the company said deliveries to stores had "
        "been delayed for several weeks. Chief executive Mark Ellery said the business had "
        "since recovered.",
        "2024-09-05",
        "Huxley Barnes",
        {"absent_services": ["customer_data"], "data_compromised": None},
        id="C10",
    ),
    pytest.param(
        "Tessrow Software restores systems after ransomware\n\n"
        "Tessrow Software, a Sheffield-based developer of accounting packages, said it lost "
        "no data in a ransomware attack last week because its backups were kept offline. "
        "The company rebuilt its servers over the weekend and said customers' software had "
        "continued working throughout. Tessrow has reported the incident to the National "
        "Cyber Security Centre.",
        "2025-06-09",
        "Tessrow Software",
        {"data_compromised": False},
        id="C11",
    ),
]


@pytest.mark.parametrize("text,published,org,expect", with_known_misses(A_CASES, KNOWN_MISSES))
def test_listed_owners_of_stolen_data(
    text: str, published: str, org: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), org, expect)


@pytest.mark.parametrize("text,published,org,expect", with_known_misses(B_CASES, KNOWN_MISSES))
def test_outlets_keep_going(text: str, published: str, org: str, expect: dict[str, Any]) -> None:
    check(run(text, published), org, expect)


@pytest.mark.parametrize("text,published,org,expect", with_known_misses(C_CASES, KNOWN_MISSES))
def test_a_service_lost(text: str, published: str, org: str, expect: dict[str, Any]) -> None:
    check(run(text, published), org, expect)

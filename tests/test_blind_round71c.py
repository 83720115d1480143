"""Blind round 71c, class T: data theft named in an article without telling that this victim's
data was stolen.

Class T. An article about an incident (an attack or an outage) names stolen data, but not as a
theft from this victim:
- a denial of proof or of showing ("The gang's listing did not show that any data had been
  taken", "a post on a leak site does not prove that data was stolen", "There is no proof that
  customer information was accessed"): the data is not compromised. customer_data is not
  `compromised`, data_compromised is not true, and there is no `data_breach` type (a denial of
  evidence counts as "not taken", so `unaffected` / false are acceptable);
- a risk told to come or a warning to readers ("Experts warned customer data could be at
  risk", "Customers' details may be at risk", "Customers should be alert to phishing emails
  that use stolen data", "be wary of scam calls using stolen details"): no theft. The data
  service gets no status at all, data_compromised is null, and there is no `data_breach` type;
- a habit or a generality told in the present ("Data stolen in such attacks is often sold on
  the dark web", "Ransomware gangs typically steal data before encrypting systems", "Stolen
  details are usually used for fraud"): no theft for the victim. Nothing is `compromised`,
  data_compromised is not true, and there is no `data_breach` type.

T1  UK homeware chain, gang's leak-site listing, "The gang's listing did not show that any data
    had been taken" -> Fellgate primary, customer_data and employee_data not compromised,
    data_compromised not true, no data_breach
T2  Australian council, expert quote, "A post on a leak site does not prove that data was
    stolen" -> Wandilla City Council primary, customer_data not compromised, data_compromised
    not true, no data_breach
T3  Canadian credit union, chief executive's quote, "There is no proof that customer
    information was accessed" -> Prairie Lantern Credit Union primary, customer_data not
    compromised, data_compromised not true, no data_breach
T4  US hospital, experts' warning, "Security experts warned that patient data could be at risk"
    -> Millbrook Valley Hospital primary, no customer_data service, data_compromised null, no
    data_breach
T5  Irish online electronics retailer, risk in the lead, "Customers' details may be at risk after
    a cyber attack on ... Glasfort, security experts have said" -> Glasfort primary, no
    customer_data service, data_compromised null, no data_breach
T6  New Zealand outdoor retailer, closing advice, "customers should be alert to phishing emails
    that use stolen data" -> Tussock & Pine primary, no customer_data service, data_compromised
    null, no data_breach
T7  South African bank, police quote, "People should be wary of scam calls using stolen
    details" -> Umhlanga Mutual Bank primary, no customer_data service, data_compromised null,
    no data_breach
T8  Scottish school, consultant's quote, "Data stolen in such attacks is often sold on the dark
    web" -> Dunlorne Academy primary, customer_data and employee_data not compromised,
    data_compromised not true, no data_breach
T9  German software firm, background paragraph, "Ransomware gangs typically steal data before
    encrypting systems" -> Brunnhof Systems primary, customer_data not compromised,
    data_compromised not true, no data_breach
T10 Welsh council, closing expert comment, "Stolen details are usually used for fraud, she said"
    -> Cwmderi County Council primary, customer_data not compromised, data_compromised not
    true, no data_breach
T11 Dutch bicycle chain, spokeswoman's quote, "The screenshots posted by the group do not show
    that any customer data was stolen" -> Velthuis Fietsen primary, customer_data not
    compromised, data_compromised not true, no data_breach
T12 English hospital trust, staff warning, "staff were warned that their personal details could
    be at risk" -> Ashworth and Dene NHS Trust primary, no employee_data service,
    data_compromised null, no data_breach

Guards: a theft told as fact stays a theft even beside a warning to readers; a disclosure
("may have been accessed") is not turned into "not compromised"; a denial ("never at risk",
"no customer data was taken") stays a denial.

G1  UK garden centre chain, "Hackers stole the names and addresses of 20,000 customers" and a
    closing "Customers should be alert to phishing emails that use stolen data" -> Carrowby
    primary, customer_data compromised, data_compromised true, data_breach
G2  US county, "The county said staff payroll records had been copied by the attackers" and
    "Residents should be wary of scam calls using stolen details" -> Dorrance County primary,
    employee_data compromised, data_compromised true
G3  Irish furniture chain, "the first retailer to be targeted in a wave of cyber attacks ...
    said on Wednesday that hackers had stolen staff records" -> Brannagh Home primary,
    employee_data compromised, data_compromised true
G4  Singapore accounting software firm, its own "customer data may have been accessed" ->
    Lumora Ledger primary, customer_data not unaffected, data_compromised not false
G5  Australian sporting goods retailer, "Card details were never at risk" -> Kestrel Sports
    primary, customer_data not compromised, data_compromised not true, no data_breach
G6  Indian bank, "no customer data was taken in a cyber attack" -> Konkan Coastal Bank primary,
    data_compromised false, customer_data not compromised, no data_breach

On the first run (the committed code at 5f008f8; no tracked file was edited), 9 of 18 cases
passed: T6, T7, T9, T10, G1, G2, G3, G4 and G5. No case was changed after it.
Missed:
T1  data_compromised true and data_breach (customer_data and employee_data got no status)
T2  customer_data compromised, data_compromised true, types data_breach and technical_outage
T3  customer_data compromised, data_compromised true and data_breach
T4  customer_data compromised, data_compromised true and data_breach (the warning read as a
    theft)
T5  customer_data compromised, data_compromised true and data_breach
T8  data_compromised true and data_breach (no data service got a status)
T11 customer_data compromised, data_compromised true and data_breach
T12 employee_data compromised, data_compromised true and data_breach
G6  no incident at all: the record's incidents were [] (the lead tells both the denial and the
    attack that "took its internet banking offline")

Round 71 wrote rules for the class (a denial of proof takes a theft; a warning of risk or to
readers and a present habit tell none), which passed 16 of 18; a review on 129 articles of
its own found them dropping thefts told as fact in the same sentence ("adding that hackers
stole ...", "now that the hackers have stolen ...", "the stolen files, which are often ...",
"could be at risk because their details were stolen", "have not established how the hackers
stole") and the attack types under "could be at risk after a ransomware attack": 30 worse, 8
better. The rules were withdrawn; the class needs the clause a warning or a denial governs,
which this pipeline does not parse. Back to 9 of 18.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _not_taken(org: str, *services: str) -> dict[str, Any]:
    """Data named but not told taken from this organisation: nothing of it compromised,
    data_compromised not true, no data_breach type."""
    return {
        "primary": org,
        "not_status": {org: dict.fromkeys(services or ("customer_data",), "compromised")},
        "data_not": {org: True},
        "lacks_types": {org: ["data_breach"]},
    }


def _no_theft_told(org: str, service: str = "customer_data") -> dict[str, Any]:
    """A risk or a warning only: the data service has no status, data_compromised is null, no
    data_breach type."""
    return {
        "primary": org,
        "no_service": {org: [service]},
        "data_compromised": {org: None},
        "lacks_types": {org: ["data_breach"]},
    }


T_CASES = [
    pytest.param(
        _article(
            "Ransomware gang claims attack on Yorkshire homeware chain Fellgate",
            "A ransomware gang has listed Yorkshire homeware chain Fellgate on its leak site, days "
            "after the retailer said it was dealing with a cyber attack.",
            "The gang's listing did not show that any data had been taken, and Fellgate said on "
            "Thursday that its investigation was continuing.",
            "The Harrogate-based company, which has 54 stores across the north of England, said "
            "its stores and website were trading normally. It has reported the incident to the "
            "data protection regulator.",
        ),
        "2025-06-12",
        _not_taken("Fellgate", "customer_data", "employee_data"),
        id="T1",
    ),
    pytest.param(
        _article(
            "Cyber gang names Wandilla council on leak site",
            "Wandilla City Council says it is investigating after a cybercrime group posted the "
            "council's name on its dark web leak site.",
            "The council in Melbourne's west first reported problems with its computer network on "
            "Monday, and some online services, including rates payments, remain unavailable.",
            "Cyber security researcher Tom Havili said residents should not assume the worst. "
            '"A post on a leak site does not prove that data was stolen," he said. "These groups '
            'exaggerate all the time."',
            "The council said it was working with federal cyber security officials.",
        ),
        "2025-08-20",
        _not_taken("Wandilla City Council"),
        id="T2",
    ),
    pytest.param(
        _article(
            "Saskatoon credit union hit by cyber attack",
            "Prairie Lantern Credit Union said on Wednesday that it had been hit by a cyber attack "
            "that forced it to shut down its online banking for several hours.",
            '"There is no proof that customer information was accessed, but our investigation is '
            'at an early stage," chief executive Marc Doucette said.',
            "The credit union, which has about 90,000 members, said its branches remained open "
            "and that it had notified the federal privacy commissioner.",
        ),
        "2025-10-08",
        _not_taken("Prairie Lantern Credit Union"),
        id="T3",
    ),
    pytest.param(
        _article(
            "Ohio hospital diverts ambulances after cyber attack",
            "Millbrook Valley Hospital in Ohio diverted ambulances to other hospitals on Tuesday "
            "after a cyber attack knocked its computer systems offline.",
            "The hospital said doctors and nurses had switched to paper records and that patients "
            "already in its care were safe.",
            "Security experts warned that patient data could be at risk.",
            "The FBI said it was aware of the incident.",
        ),
        "2025-04-16",
        _no_theft_told("Millbrook Valley Hospital"),
        id="T4",
    ),
    pytest.param(
        _article(
            "Irish electronics retailer Glasfort hit by cyber attack",
            "Customers' details may be at risk after a cyber attack on Dublin online electronics "
            "retailer Glasfort, security experts have said.",
            "Glasfort said on Monday that its website had been offline since Saturday and that it "
            "was investigating with outside specialists.",
            "The company, which sells phones, laptops and televisions online across Ireland, said "
            "orders already placed would be delivered.",
        ),
        "2025-07-07",
        _no_theft_told("Glasfort"),
        id="T5",
    ),
    pytest.param(
        _article(
            "Outdoor retailer Tussock & Pine hit by cyber attack",
            "Outdoor retailer Tussock & Pine says a cyber attack has disrupted its online store, "
            "and orders placed since Saturday may be delayed.",
            "The Christchurch-based company, which has 24 stores around New Zealand, said its "
            "shops were open and accepting card payments as usual.",
            "Chief executive Hemi Walker said the company had brought in specialists to "
            "investigate.",
            "The national computer emergency response team said customers should be alert to "
            "phishing emails that use stolen data, and should never click links in unexpected "
            "messages.",
        ),
        "2025-07-22",
        _no_theft_told("Tussock & Pine"),
        id="T6",
    ),
    pytest.param(
        _article(
            "Bank app down for second day after cyber attack",
            "Customers of Umhlanga Mutual Bank were unable to use its banking app for a second day "
            "on Wednesday after what the Durban-based lender called a cyber attack on its systems.",
            "The bank said branches and ATMs were working and that customers could still make "
            "payments through its website.",
            'Police spokesman Captain Sipho Ndlovu said: "People should be wary of scam calls '
            'using stolen details. A bank will never ask you for your PIN over the phone."',
        ),
        "2025-11-12",
        _no_theft_told("Umhlanga Mutual Bank"),
        id="T7",
    ),
    pytest.param(
        _article(
            "Cyber attack shuts down academy's computer network",
            "Pupils at Dunlorne Academy in Aberdeenshire have been told to work from paper "
            "textbooks after a cyber attack shut down the school's computer network on Monday.",
            "The school said it was working with the police and the government's cyber resilience "
            "unit to find out what had happened.",
            'Cyber security consultant Fiona McLeish said schools were an easy target. "Data '
            'stolen in such attacks is often sold on the dark web," she said. "Schools hold a lot '
            'of information and often have small IT budgets."',
        ),
        "2026-01-21",
        _not_taken("Dunlorne Academy", "customer_data", "employee_data"),
        id="T8",
    ),
    pytest.param(
        _article(
            "Ransomware attack halts Leipzig software maker",
            "Brunnhof Systems, a Leipzig company that makes booking software for dentists, said on "
            "Wednesday that a ransomware attack had encrypted its servers and taken its cloud "
            "service offline.",
            "The company said it had informed the police and was restoring systems from backups.",
            "Ransomware gangs typically steal data before encrypting systems, so that they can "
            "threaten to publish it if the victim refuses to pay.",
            "Brunnhof Systems said about 2,000 dental practices use its software.",
        ),
        "2025-05-28",
        _not_taken("Brunnhof Systems"),
        id="T9",
    ),
    pytest.param(
        _article(
            "Council phone lines down after cyber attack",
            "Cwmderi County Council's phone lines and online forms have been down since Tuesday "
            "after a cyber attack, the council said.",
            "Residents who need to contact social services urgently have been asked to call an "
            "emergency number published on the council's social media pages.",
            "The council said it was working with the police and the national cyber security "
            "agency.",
            "A cyber security specialist said councils were attractive to criminals because they "
            "hold information on thousands of residents. Stolen details are usually used for "
            "fraud, she said.",
        ),
        "2025-03-13",
        _not_taken("Cwmderi County Council"),
        id="T10",
    ),
    pytest.param(
        _article(
            "Hackers claim attack on Dutch bicycle retailer",
            "A criminal group has claimed responsibility for a cyber attack on Velthuis Fietsen, a "
            "Dutch chain of bicycle shops, and posted screenshots it says were taken from the "
            "company's systems.",
            '"The screenshots posted by the group do not show that any customer data was stolen," '
            'a spokeswoman for Velthuis Fietsen said on Tuesday. "They appear to show the login '
            'page of our stock system."',
            "The Utrecht-based company, which has 31 shops, said its webshop had been offline "
            "since Saturday.",
        ),
        "2025-12-09",
        _not_taken("Velthuis Fietsen"),
        id="T11",
    ),
    pytest.param(
        _article(
            "Hospital trust postpones operations after cyber attack",
            "Ashworth and Dene NHS Trust postponed dozens of operations on Tuesday after a cyber "
            "attack hit the computer systems at its two hospitals.",
            "The trust said its emergency departments remained open but asked people to use them "
            "only if their condition was serious.",
            "In an email seen by this newspaper, staff were warned that their personal details "
            "could be at risk and were told to change their passwords.",
        ),
        "2025-02-19",
        _no_theft_told("Ashworth and Dene NHS Trust", "employee_data"),
        id="T12",
    ),
]

G_CASES = [
    pytest.param(
        _article(
            "Hackers steal details of 20,000 Carrowby customers",
            "Hackers stole the names and addresses of 20,000 customers of garden centre chain "
            "Carrowby in a cyber attack last week, the company said on Thursday.",
            "Carrowby, which has 36 garden centres across the Midlands, said its garden centres "
            "were trading normally and that it had reported the data breach to the regulator.",
            "Customers should be alert to phishing emails that use stolen data, the company added.",
        ),
        "2025-05-15",
        {
            "primary": "Carrowby",
            "statuses": {"Carrowby": {"customer_data": "compromised"}},
            "data_compromised": {"Carrowby": True},
            "has_types": {"Carrowby": ["data_breach"]},
        },
        id="G1",
    ),
    pytest.param(
        _article(
            "County says hackers copied staff payroll records",
            "Dorrance County in Oregon said on Thursday that a cyber attack earlier this month had "
            "disrupted its permit and tax payment systems.",
            "The county said staff payroll records had been copied by the attackers, and that it "
            "would offer affected employees free credit monitoring.",
            "Residents should be wary of scam calls using stolen details, the county sheriff's "
            "office said.",
        ),
        "2025-10-23",
        {
            "primary": "Dorrance County",
            "statuses": {"Dorrance County": {"employee_data": "compromised"}},
            "data_compromised": {"Dorrance County": True},
        },
        id="G2",
    ),
    pytest.param(
        _article(
            "Irish furniture retailer says hackers stole staff records",
            "Brannagh Home, the first retailer to be targeted in a wave of cyber attacks on Irish "
            "shops last month, said on Wednesday that hackers had stolen staff records.",
            "The Galway-based furniture chain said the records included the names, addresses and "
            "bank details of about 1,200 current and former employees, and that it had written to "
            "all of them.",
            "Two other retailers, Corrib Outfitters and Laragh Foods, have since said they were "
            "hit by attacks.",
            "Brannagh Home said its 18 stores and website were trading normally.",
        ),
        "2025-06-04",
        {
            "primary": "Brannagh Home",
            "statuses": {"Brannagh Home": {"employee_data": "compromised"}},
            "data_compromised": {"Brannagh Home": True},
        },
        id="G3",
    ),
    pytest.param(
        _article(
            "Software firm says customer data may have been accessed in cyber attack",
            "Singapore-based accounting software firm Lumora Ledger said on Wednesday that "
            "customer data may have been accessed in a cyber attack on its servers last week.",
            "The company said it had taken its cloud platform offline as a precaution and had "
            "notified the data protection regulator.",
            "It said it would contact affected customers directly.",
        ),
        "2026-02-25",
        {
            "primary": "Lumora Ledger",
            "not_status": {"Lumora Ledger": {"customer_data": "unaffected"}},
            "data_not": {"Lumora Ledger": False},
        },
        id="G4",
    ),
    pytest.param(
        _article(
            "Cyber attack takes Kestrel Sports website offline",
            "Australian sporting goods retailer Kestrel Sports has taken its website offline after "
            "a cyber attack on Monday night.",
            '"Card details were never at risk, because we do not store them on our systems," a '
            "spokesman said on Wednesday.",
            "The Perth-based chain said its 40 stores were open as usual.",
        ),
        "2025-08-13",
        _not_taken("Kestrel Sports"),
        id="G5",
    ),
    pytest.param(
        _article(
            "Mumbai lender says no customer data taken in cyber attack",
            "Konkan Coastal Bank said on Wednesday that no customer data was taken in a cyber "
            "attack that took its internet banking offline for six hours on Monday.",
            "The bank said outside specialists had found that the attackers were stopped before "
            "they could reach its customer databases.",
            "Its branches and cash machines were not affected, the bank said.",
        ),
        "2025-09-24",
        {
            "primary": "Konkan Coastal Bank",
            "not_status": {"Konkan Coastal Bank": {"customer_data": "compromised"}},
            "data_compromised": {"Konkan Coastal Bank": False},
            "lacks_types": {"Konkan Coastal Bank": ["data_breach"]},
        },
        id="G6",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "T1": "'The gang's listing did not show that any data had been taken' gives "
    "data_compromised true and data_breach",
    "T2": "'A post on a leak site does not prove that data was stolen' gives customer_data "
    "compromised, data_compromised true and data_breach",
    "T3": "'There is no proof that customer information was accessed' gives customer_data "
    "compromised, data_compromised true and data_breach",
    "T4": "'Security experts warned that patient data could be at risk' gives customer_data "
    "compromised, data_compromised true and data_breach",
    "T5": "'Customers' details may be at risk after a cyber attack' gives customer_data "
    "compromised, data_compromised true and data_breach",
    "T8": "'Data stolen in such attacks is often sold on the dark web' gives data_compromised "
    "true and data_breach",
    "T11": "'The screenshots ... do not show that any customer data was stolen' gives "
    "customer_data compromised, data_compromised true and data_breach",
    "T12": "'staff were warned that their personal details could be at risk' gives "
    "employee_data compromised, data_compromised true and data_breach",
    "G6": "'no customer data was taken in a cyber attack that took its internet banking "
    "offline' gives no incident at all",
}


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(T_CASES, KNOWN_MISSES))
def test_class_t_data_theft_not_told_of_this_victim(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(G_CASES, KNOWN_MISSES))
def test_class_t_guards_theft_told_or_denied(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)

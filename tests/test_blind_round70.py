"""Blind round 70, class E: a service told as down only through an effort to bring it back.

Class E. "Harrow Foods is working to restore its online shop after a ransomware attack",
"engineers were working around the clock to get card payments back", "the council is still
trying to restore its online payments system", "staff are racing to bring the app back online":
the service is not working now. Its status is `disrupted` (not restored, not
restoration_expected), and there is no restoration claim for it. When the same article also
tells the service deliberately paused ("took its website offline as a precaution") the status
stays `suspended`; when the article gives an expected return with a date ("expects online
orders to resume on Friday") it is `restoration_expected`; when part came back and the effort is
for the rest ("most stores can take cards again; it is working to restore the remaining ones")
it stays `partially_restored`.

E1  UK grocer, ransomware, effort in headline and lead, "Pennick Foods is working to restore its
    online shop after a ransomware attack" -> Pennick Foods primary, online_orders disrupted, no
    restored or restoration_expected claim for it, nothing restored
E2  Australian electronics chain, supplier data-centre outage, "Engineers were working around
    the clock to get card payments back at Bramwell Electronics stores" -> Bramwell Electronics
    primary, card_payments disrupted, no claim for it, nothing restored
E3  Scottish council, cyber attack, "Glenmorven Council is still trying to get its website back
    up and running more than a week after a cyber attack" -> Glenmorven Council primary, website
    disrupted, no claim for it, nothing restored
E4  US hospital, ransomware, "its IT staff were working hard to restore the hospital's computer
    systems" -> Harlan Creek Medical Center primary, internal_systems disrupted, no claim for
    it, nothing restored
E5  Canadian bank, failed update, "Staff at Tamarack Bank are racing to bring its mobile banking
    app back online" -> Tamarack Bank primary, mobile_app disrupted, no claim for it, nothing
    restored
E6  Irish airline, cyber attack, "Skellig Air said it was scrambling to get its website back up
    and running" -> Skellig Air primary, website disrupted, no claim for it, nothing restored
E7  German software firm, ransomware, a quote, "We are working to fix our customer support
    hotline as quickly as possible" -> Kaltwasser Software primary, customer_service disrupted,
    no claim for it, nothing restored
E8  New Zealand pharmacy chain, cyber attack, "Kowhai Chemists said it was working hard to
    restore pharmacy services at its 30 stores" -> Kowhai Chemists primary, pharmacy disrupted,
    no claim for it, nothing restored
E9  South African fashion retailer, ransomware, effort only in the headline, "Mossdale
    scrambling to restore deliveries after ransomware attack" -> Mossdale primary,
    home_delivery disrupted, no claim for it, nothing restored
E10 UK homeware retailer, cyber attack, "took its website offline as a precaution" then "its
    technology team was working to restore the website" -> Haddon Home primary, website
    suspended, no restored or restoration_expected claim for it, nothing restored
E11 US department store chain, faulty update, "engineers were working to restore online
    ordering" then "it expected online orders to resume on Friday" -> Hallworth's primary,
    online_orders restoration_expected, no restored claim, nothing restored
E12 Welsh convenience chain, ransomware, "most of its shops could take card payments again"
    then "It is working to restore card payments at the remaining ones" -> Caerwen Stores
    primary, card_payments partially_restored, no restored claim

Guards: an effort aimed at something other than bringing a service back gives that service no
status; an effort the article then reports succeeded gives restored; a suspended or
restoration_expected status told elsewhere is not turned into disrupted.

G1  UK outdoor retailer, cyber attack, "card payments were working normally" then "working with
    the police and its card payments provider to contain the attack" -> Ashcombe primary,
    card_payments and stores unaffected
G2  Singapore bank, supplier breach, "We are working hard to restore our customers' trust" ->
    Meranti Bank primary, customer_data not disrupted, no general claim, nothing restored
G3  Indian software firm, cyber attack, "it was working to establish what data was taken in a
    cyber attack on its servers last week" and "working with the Indian Computer Emergency
    Response Team" -> Sahyadri Softworks primary, customer_service unaffected, customer_data and
    internal_systems not disrupted, nothing restored
G4  Dutch supermarket chain, failed update, "Engineers ... worked through the night to restore
    the tills, which were back by Tuesday morning" -> Brakelmans primary, card_payments
    restored, with a restored claim
G5  Northern Irish supermarket, cyber attack, "had suspended contactless payments ... as a
    precaution" then "Our IT team is working hard to get contactless back up and running" ->
    Ballykeel Foods primary, contactless_payments suspended, no restored claim
G6  Australian shire council, cyber attack, "it expected its website to be back online by
    Monday" then "staff ... were working to restore the website over the weekend" -> Marrinup
    Shire Council primary, website restoration_expected, no restored claim

On the first run (the committed code at 14e6b57; no tracked file was edited), 7 of 18 cases
passed: E10, E11, E12, G1, G2, G5 and G6. No case was changed after it.
Missed:
E1  online_orders got no status at all (services: stores unaffected; no claims)
E2  card_payments got no status at all (no services, no claims)
E3  website got no status at all (no services, no claims)
E4  internal_systems got no status at all (no services, no claims)
E5  mobile_app got no status at all (services: stores unaffected; no claims)
E6  website got no status at all (no services, no claims)
E7  customer_service got no status at all (no services, no claims)
E8  pharmacy got no status at all (services: stores unaffected; no claims)
E9  home_delivery got no status at all (services: stores unaffected; no claims)
G3  no incident at all: the record's incidents were []
G4  card_payments disrupted (from the headline "knocks out tills"), stores suspended, and no
    restored claim: the effort that "were back by Tuesday morning" was not read as restored

After round 70's rules (a service named after an effort to bring it back is disrupted while
no other words tell its state): 14 of 18. E1, E3-E6, E8 and E9 pass; E2 passed with the first
rules and was given up in the reviews' mends ("Engineers were working around the clock to get
card payments back": a past progressive outside reported speech is read as a past narrative,
since "During its previous incident, engineers were racing to ..." has the same shape).
Left: E7 ("working to fix": "fix" is no verb of return), G3 (no incident: the only sentence
tells an effort to establish what data was taken) and G4 (the return told in a relative
clause after the effort).
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _not_back(org: str, service: str) -> dict[str, Any]:
    """A service told down only through an effort: disrupted, no claim that it is or will be
    back, and nothing of the organisation's read as back."""
    return {
        "primary": org,
        "statuses": {org: {service: "disrupted"}},
        "no_claims": {org: [(service, "restored"), (service, "restoration_expected")]},
        "nothing_restored": [org],
    }


E_CASES = [
    pytest.param(
        _article(
            "Pennick Foods working to restore online shop after ransomware attack",
            "Pennick Foods is working to restore its online shop after a ransomware attack, the "
            "Norwich-based grocer said on Thursday.",
            "The company, which runs 85 supermarkets across East Anglia, said its stores were open "
            "and that it had brought in outside cyber security experts to investigate.",
            "It said it had informed the Information Commissioner's Office and was not yet able to "
            "say whether customer data had been taken.",
        ),
        "2025-05-09",
        _not_back("Pennick Foods", "online_orders"),
        id="E1",
    ),
    pytest.param(
        _article(
            "IT outage hits Bramwell Electronics stores",
            "Engineers were working around the clock to get card payments back at Bramwell "
            "Electronics stores after an IT outage on Sunday, the retailer said.",
            "The Brisbane-based chain, which has 62 stores in Queensland and New South Wales, said "
            "the outage was caused by a fault at a data centre run by one of its suppliers and was "
            "not a cyber attack.",
            "A spokeswoman apologised to customers for the inconvenience.",
        ),
        "2025-06-03",
        _not_back("Bramwell Electronics", "card_payments"),
        id="E2",
    ),
    pytest.param(
        _article(
            "Council still trying to restore website a week after cyber attack",
            "Glenmorven Council is still trying to get its website back up and running more than "
            "a week after a cyber attack, the local authority has said.",
            "Residents have been asked to phone or visit council offices to pay council tax, apply "
            "for school places or report missed bin collections.",
            'A council spokesman said: "Our IT team and external specialists are doing everything '
            "they can. We are working with Police Scotland and the Scottish Government's cyber "
            'resilience unit."',
        ),
        "2025-10-21",
        _not_back("Glenmorven Council", "website"),
        id="E3",
    ),
    pytest.param(
        _article(
            "Kentucky hospital hit by ransomware attack",
            "Harlan Creek Medical Center said its IT staff were working hard to restore the "
            "hospital's computer systems after a ransomware attack on Saturday.",
            '"Patient care continues and our emergency department remains open," a spokeswoman '
            'said. "Our teams are working around the clock alongside outside experts."',
            "The hospital said some non-urgent appointments had been postponed and that it had "
            "notified the FBI.",
        ),
        "2025-03-10",
        _not_back("Harlan Creek Medical Center", "internal_systems"),
        id="E4",
    ),
    pytest.param(
        _article(
            "Bank races to fix app after failed update",
            "Staff at Tamarack Bank are racing to bring its mobile banking app back online after a "
            "failed software update on Monday night, the bank said.",
            "The Winnipeg-based lender, which has about 300,000 customers in Manitoba and "
            "Saskatchewan, said customers could still use its branches and cash machines and that "
            "their money was safe.",
            '"We know how frustrating this is, and we are sorry," chief executive Dana Morrow '
            "said. The bank said the problem was not caused by a cyber attack.",
        ),
        "2025-11-19",
        _not_back("Tamarack Bank", "mobile_app"),
        id="E5",
    ),
    pytest.param(
        _article(
            "Skellig Air scrambling to get website back after cyber attack",
            "Irish airline Skellig Air said it was scrambling to get its website back up and "
            "running after a cyber attack on Tuesday.",
            "The Cork-based carrier said flights were operating as normal and that passengers "
            "could check in at the airport.",
            "It said it had reported the attack to the Data Protection Commission and the National "
            "Cyber Security Centre.",
        ),
        "2026-01-14",
        _not_back("Skellig Air", "website"),
        id="E6",
    ),
    pytest.param(
        _article(
            "Ransomware attack hits Dresden software maker",
            "Kaltwasser Software, which makes payroll software used by thousands of small firms in "
            "Germany, has been hit by a ransomware attack.",
            '"We are working to fix our customer support hotline as quickly as possible," chief '
            'executive Jonas Brenner said on Wednesday. "Customers can reach us by email in the '
            'meantime."',
            "The company said its cloud products were not affected and that it had informed the "
            "police and the Saxony data protection authority.",
        ),
        "2025-09-17",
        _not_back("Kaltwasser Software", "customer_service"),
        id="E7",
    ),
    pytest.param(
        _article(
            "Pharmacy chain hit by cyber attack",
            "Kowhai Chemists said it was working hard to restore pharmacy services at its 30 "
            "stores after a cyber attack on Friday.",
            "The Hamilton-based chain said its stores remained open for other purchases and that "
            "patients who needed urgent medicines should contact their GP.",
            "The Ministry of Health said it was aware of the attack. Kowhai Chemists said it did "
            "not yet know whether patient information had been accessed.",
        ),
        "2025-07-14",
        _not_back("Kowhai Chemists", "pharmacy"),
        id="E8",
    ),
    pytest.param(
        _article(
            "Mossdale scrambling to restore deliveries after ransomware attack",
            "Johannesburg-based fashion retailer Mossdale said on Monday that it had been hit by a "
            "ransomware attack.",
            "The company, which sells clothing through 120 stores and its website, said its stores "
            "were trading normally.",
            "It said it had reported the attack to the Information Regulator and would contact "
            "customers whose orders were affected by email.",
        ),
        "2025-08-25",
        _not_back("Mossdale", "home_delivery"),
        id="E9",
    ),
    pytest.param(
        _article(
            "Haddon Home takes website offline after cyber attack",
            "Homeware retailer Haddon Home took its website offline as a precaution on Saturday "
            "after detecting a cyber attack.",
            "The company said on Monday that its technology team was working to restore the "
            "website and that its 45 stores were open as usual.",
            "It said it had contacted the Information Commissioner's Office and was working with "
            "cyber security specialists to establish what had happened.",
        ),
        "2025-04-14",
        {
            "primary": "Haddon Home",
            "statuses": {"Haddon Home": {"website": "suspended"}},
            "no_claims": {
                "Haddon Home": [("website", "restored"), ("website", "restoration_expected")]
            },
            "nothing_restored": ["Haddon Home"],
        },
        id="E10",
    ),
    pytest.param(
        _article(
            "Department store chain working to restore online orders after IT outage",
            "Hallworth's, the Minneapolis department store chain, said engineers were working to "
            "restore online ordering after an IT outage on Monday.",
            "The company said it expected online orders to resume on Friday. Its 38 stores across "
            "Minnesota and Wisconsin were unaffected, it said.",
            "A spokesman said the outage was caused by a faulty update to its order management "
            "software and was not a cyber attack.",
        ),
        "2025-12-03",
        {
            "primary": "Hallworth's",
            "statuses": {"Hallworth's": {"online_orders": "restoration_expected"}},
            "no_claims": {"Hallworth's": [("online_orders", "restored")]},
            "nothing_restored": ["Hallworth's"],
        },
        id="E11",
    ),
    pytest.param(
        _article(
            "Convenience chain working to restore card payments at remaining shops",
            "Caerwen Stores said on Tuesday that most of its shops could take card payments again "
            "after a ransomware attack last week.",
            "It is working to restore card payments at the remaining ones, the company said.",
            "The Swansea-based chain, which runs 110 convenience shops across south Wales, said "
            "customers at affected shops could still pay in cash. It has reported the attack to "
            "Action Fraud and the Information Commissioner's Office.",
        ),
        "2026-02-10",
        {
            "primary": "Caerwen Stores",
            "statuses": {"Caerwen Stores": {"card_payments": "partially_restored"}},
            "no_claims": {"Caerwen Stores": [("card_payments", "restored")]},
        },
        id="E12",
    ),
]

G_CASES = [
    pytest.param(
        _article(
            "Outdoor retailer Ashcombe hit by cyber attack",
            "Outdoor clothing retailer Ashcombe said it had been hit by a cyber attack that was "
            "detected on Wednesday.",
            "Its 70 stores across the UK were open and card payments were working normally, the "
            "company said.",
            "Ashcombe said it was working with the police and its card payments provider to "
            "contain the attack, and that it would contact customers directly if their data had "
            "been affected.",
        ),
        "2025-06-26",
        {
            "primary": "Ashcombe",
            "statuses": {"Ashcombe": {"card_payments": "unaffected", "stores": "unaffected"}},
        },
        id="G1",
    ),
    pytest.param(
        _article(
            "Singapore bank apologises after hackers steal customer data",
            "Meranti Bank has apologised after hackers stole the names, addresses and account "
            "numbers of about 40,000 customers in a cyber attack on one of its suppliers.",
            '"We are working hard to restore our customers\' trust," chief executive Priya '
            "Nandakumar said on Tuesday.",
            "The bank said its online banking, mobile app and branches had not been affected and "
            "that customers' money was safe.",
        ),
        "2025-09-30",
        {
            "primary": "Meranti Bank",
            "not_status": {"Meranti Bank": {"customer_data": "disrupted"}},
            "no_general_claim": ["Meranti Bank"],
            "nothing_restored": ["Meranti Bank"],
        },
        id="G2",
    ),
    pytest.param(
        _article(
            "Pune software firm investigating cyber attack",
            "Sahyadri Softworks, a Pune-based maker of hospital billing software, said it was "
            "working to establish what data was taken in a cyber attack on its servers last week.",
            "The company said its customer support lines were working normally, and that it was "
            "working with the Indian Computer Emergency Response Team.",
            "It said it would inform the hospitals it works with once its investigation was "
            "complete.",
        ),
        "2025-11-04",
        {
            "primary": "Sahyadri Softworks",
            "statuses": {"Sahyadri Softworks": {"customer_service": "unaffected"}},
            "not_status": {
                "Sahyadri Softworks": {
                    "customer_data": "disrupted",
                    "internal_systems": "disrupted",
                }
            },
            "nothing_restored": ["Sahyadri Softworks"],
        },
        id="G3",
    ),
    pytest.param(
        _article(
            "Failed update knocks out tills at Dutch supermarket chain",
            "Engineers at Dutch supermarket chain Brakelmans worked through the night to restore "
            "the tills, which were back by Tuesday morning, after a failed software update on "
            "Monday evening.",
            "Shoppers at many of the chain's 210 stores were turned away on Monday evening, and "
            "some stores closed early.",
            "Brakelmans said the update had been supplied by a software provider and that the "
            "problem was not caused by a cyber attack.",
        ),
        "2026-03-17",
        {
            "primary": "Brakelmans",
            "statuses": {"Brakelmans": {"card_payments": "restored"}},
            "claims": {"Brakelmans": [("card_payments", "restored")]},
        },
        id="G4",
    ),
    pytest.param(
        _article(
            "Supermarket working to bring back contactless payments after cyber attack",
            "Ballykeel Foods said it had suspended contactless payments at its 40 stores in "
            "Northern Ireland as a precaution on Thursday after a cyber attack.",
            "Chip and pin payments and cash were still being accepted, the company said.",
            'A spokeswoman said: "Our IT team is working hard to get contactless back up and '
            'running as soon as it is safe to do so."',
        ),
        "2025-03-21",
        {
            "primary": "Ballykeel Foods",
            "statuses": {"Ballykeel Foods": {"contactless_payments": "suspended"}},
            "no_claims": {"Ballykeel Foods": [("contactless_payments", "restored")]},
        },
        id="G5",
    ),
    pytest.param(
        _article(
            "Shire council website down after cyber attack",
            "Marrinup Shire Council said on Friday that it expected its website to be back online "
            "by Monday, after a cyber attack on Wednesday.",
            "Ratepayers have been asked to pay rates in person at the council's offices in the "
            "meantime.",
            "Council staff and outside specialists were working to restore the website over the "
            "weekend, a spokesperson said.",
        ),
        "2025-10-10",
        {
            "primary": "Marrinup Shire Council",
            "statuses": {"Marrinup Shire Council": {"website": "restoration_expected"}},
            "no_claims": {"Marrinup Shire Council": [("website", "restored")]},
        },
        id="G6",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "E2": "'Engineers were working around the clock to get card payments back' (a past "
    "progressive outside reported speech) gives card_payments no status",
    "E7": "'working to fix our customer support hotline' gives customer_service no status",
    "G3": "'working to establish what data was taken in a cyber attack' gives no incident at all",
    "G4": "'restore the tills, which were back by Tuesday morning' leaves card_payments "
    "disrupted, no restored claim",
}


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(E_CASES, KNOWN_MISSES))
def test_class_e_service_down_told_by_effort(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(G_CASES, KNOWN_MISSES))
def test_class_e_guards_other_efforts_or_other_status(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)

"""Blind round 51: acceptance tests written without reading the extractor.

Written blind: only tests/conftest.py, tests/blind_support.py, the output contract
(shared/spec/incident-record.md) and the devset README (annotation conventions) were read;
no source, fixture, case or other test file. Every article is invented (fictional
organisations, people and places) and every expectation was written from the class
descriptions before the extractor was first run.

Classes:
A. Data whose kind is withheld: "some data" / "certain information" taken or accessed (no
   owner, no personal kind in the sentence) leaves data_compromised null and no data_breach,
   while the attack stays; named personal data, "some data, including email addresses" and
   bare "data was taken from its servers" are thefts.
B. Habits are no events: what a gang "typically", "often", "routinely" does or "tends to" do
   gives no data_breach, data_compromised true or social_engineering; a theft told as fact in
   the next sentence counts, and a customers' habit in a relative clause does not hide the
   failure told in the same sentence.
C. Leak sites: a victim named on a leak site, extortion blog or data leak website tells no
   theft (data_compromised null, no data_breach) but keeps its attack; leaked customers'
   addresses are a theft.
D. A consequence to come after a cause told as fact (reopen, start term late, resume surgery
   after an attack) makes the organisation the primary victim with the attack's type; a
   merely possible attack and planned work give no incident.
E. A trade word opening a headline ("Haulier", "Chemist", "Lender") is no organisation: the
   named business is the only one; a trade word before a name keeps the name.
F. Shared predicates: "remains offline and is expected to return/back" gives the service
   restoration_expected and a claim, also past an inner clause; in-app chat or messaging
   support is customer_service, not mobile_app; a coordinated clause with its own subject
   ("and staff are expected to return") gives the service no return.

On the code before round 51 (8633987) 19 of the 30 cases pass; 28 when first run. Known
misses: A7 (a hospital trust's "certain information" accessed read as a data breach: the
headline's bare "information accessed" was read as a theft of its own; mended, so the withheld
kind holds for the story's other data of no stated kind), B5 (a till failure told in a
sentence whose subject carries a customers' habit relative clause gave no incident: the
relative clause's verb after an adverb was not passed; mended). No known misses remain.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import claim_pairs, find, get, with_known_misses

from conftest import statuses

KNOWN_MISSES: dict[str, str] = {}


def closed_types(incident: dict[str, Any]) -> set[str]:
    """An incident's types, closed under ransomware/social_engineering => cyber_attack."""
    types = set(incident["incident_types"])
    if types & {"ransomware", "social_engineering"}:
        types.add("cyber_attack")
    return types


# --- A. Data whose kind is withheld -------------------------------------------------------

A_CASES = [
    pytest.param(
        "Cressingham council says some data taken in cyber attack\n\n"
        "Cressingham Borough Council has confirmed that some data was taken during a cyber "
        "attack on its network earlier this month.\n\n"
        "The council said it discovered the intrusion on 4 March and called in outside "
        "specialists. Council tax and planning services were moved to paper forms while the "
        "investigation continued.\n\n"
        "A spokesperson said it was too early to give more detail.",
        "2024-03-14",
        "Cressingham Borough Council",
        None,
        "cyber_attack",
        id="A1",
    ),
    pytest.param(
        "Outdoor retailer Skarvik investigates cyber attack\n\n"
        "Skarvik Outdoor, the camping and hiking chain with 40 shops across Scotland, said "
        "hackers had accessed certain information after breaking into its systems over the "
        "weekend.\n\n"
        "The retailer said its shops were trading normally but that its website would stay "
        'offline while the attack was investigated. "We are working with forensic experts to '
        'understand exactly what happened," a spokesperson said.',
        "2024-06-11",
        "Skarvik Outdoor",
        None,
        "cyber_attack",
        id="A2",
    ),
    pytest.param(
        "Quillmore Building Society hit by cyber incident\n\n"
        "Quillmore Building Society said on Thursday that an unauthorised third party had "
        "obtained some data from its systems during a cyber attack discovered last week.\n\n"
        "The Leeds-based mutual, which has around 90,000 members, said its branches remained "
        "open and savings were safe. It declined to comment further while police inquiries "
        "continue.",
        "2023-11-23",
        "Quillmore Building Society",
        None,
        "cyber_attack",
        id="A3",
    ),
    pytest.param(
        "Homeware chain Oskarsen warns shoppers after cyber attack\n\n"
        "Oskarsen Homewares said attackers stole customers' names and postal addresses when "
        "they broke into its online shop in a cyber attack last week.\n\n"
        "The company, which runs 26 stores in the Midlands, said payment details were not "
        "affected and that it had written to everyone involved.",
        "2024-09-05",
        "Oskarsen Homewares",
        True,
        "cyber_attack",
        id="A4",
    ),
    pytest.param(
        "Kestrelgate University confirms theft after cyber attack\n\n"
        "Kestrelgate University said some data, including email addresses and phone numbers, "
        "was stolen in a cyber attack on its IT systems in January.\n\n"
        "Students were told to be alert to suspicious messages. Teaching carried on as "
        "normal, the university said.",
        "2024-02-08",
        "Kestrelgate University",
        True,
        "cyber_attack",
        id="A5",
    ),
    pytest.param(
        "Freight firm Marlinspike says data taken in hack\n\n"
        "Marlinspike Freight, a Felixstowe-based shipping agent, said data was taken from its "
        "servers during a cyber attack that disrupted its booking systems on Monday.\n\n"
        "The company said container bookings were being handled by phone while its systems "
        "were rebuilt.",
        "2024-04-17",
        "Marlinspike Freight",
        True,
        "cyber_attack",
        id="A6",
    ),
    pytest.param(
        "Hospital trust says information accessed in cyber attack\n\n"
        "Wyndhollow Hospitals NHS Trust said criminals had accessed certain information on "
        "its network during a cyber attack that began on Saturday night.\n\n"
        "Outpatient appointments went ahead, but some test results were delayed while "
        "systems were checked, the trust said.",
        "2024-10-22",
        "Wyndhollow Hospitals NHS Trust",
        None,
        "cyber_attack",
        id="A7",
    ),
]


@pytest.mark.parametrize("text,published,org,data,attack", with_known_misses(A_CASES, KNOWN_MISSES))
def test_a_data_whose_kind_is_withheld(
    extract: Any, text: str, published: str, org: str, data: bool | None, attack: str
) -> None:
    incident = get(extract(text, published), org)
    assert attack in closed_types(incident)
    assert incident["data_compromised"] is data
    assert ("data_breach" in incident["incident_types"]) is bool(data)


# --- B. Habits are no events ------------------------------------------------------------

B_CASES = [
    pytest.param(
        "Garden centre chain Thistlewood hit by ransomware\n\n"
        "Thistlewood Garden Centres said a ransomware attack had knocked out its tills and "
        "stock systems at all 18 of its sites on Tuesday.\n\n"
        "The gang behind the attack, known as Black Heron, typically steals customer data "
        "before encrypting its victims' files, according to security researchers.\n\n"
        "Thistlewood said its centres were open but taking cash only.",
        "2024-05-15",
        "Thistlewood Garden Centres",
        "habit",
        id="B1",
    ),
    pytest.param(
        "Greymoor Credit Union hit by cyber attack\n\n"
        "Greymoor Credit Union has suspended online banking after a cyber attack on Friday, "
        "the lender said.\n\n"
        "The group believed to be responsible often tricks staff at financial firms into "
        "handing over passwords with phishing emails, researchers said.\n\n"
        "Members can still withdraw money at the credit union's three branches.",
        "2024-01-29",
        "Greymoor Credit Union",
        "habit",
        id="B2",
    ),
    pytest.param(
        "Payroll software firm Perrivale hit by ransomware\n\n"
        "Perrivale Systems, which makes payroll software for small businesses, said "
        "ransomware had encrypted servers at its Reading data centre over the weekend.\n\n"
        "The criminals thought to be behind it routinely copy staff records and tend to "
        "publish them if no ransom is paid, a researcher at threat-intelligence firm Kallisto "
        "said.\n\n"
        "Perrivale said it expected payroll services to be back by Wednesday.",
        "2024-07-08",
        "Perrivale Systems",
        "habit",
        id="B3",
    ),
    pytest.param(
        "Harkaway Stores hit by ransomware attack\n\n"
        "Harkaway Stores said on Monday that a ransomware attack had shut down its checkouts "
        "across its 60 convenience shops.\n\n"
        "The gang usually steals data before locking its victims out. Harkaway said the "
        "attackers had taken the names and email addresses of 30,000 loyalty card members.",
        "2024-08-12",
        "Harkaway Stores",
        "theft",
        id="B4",
    ),
    pytest.param(
        "Farm shop chain apologises after card machines fail\n\n"
        "Shoppers at Drumlough Farm Shops who usually pay by card were told on Saturday that "
        "the card machines were down across all five of its stores.\n\n"
        "The company blamed a fault with its broadband connection and said staff were taking "
        "cash instead.",
        "2024-03-25",
        "Drumlough Farm Shops",
        "card",
        id="B5",
    ),
]


@pytest.mark.parametrize("text,published,org,kind", with_known_misses(B_CASES, KNOWN_MISSES))
def test_b_habits_are_no_events(
    extract: Any, text: str, published: str, org: str, kind: str
) -> None:
    incident = get(extract(text, published), org)
    types = closed_types(incident)
    if kind == "habit":
        assert "cyber_attack" in types
        assert "data_breach" not in types
        assert "social_engineering" not in types
        assert incident["data_compromised"] is not True
    elif kind == "theft":
        assert "ransomware" in types
        assert "data_breach" in types
        assert incident["data_compromised"] is True
    else:
        assert statuses(incident).get("card_payments") == "disrupted"


# --- C. Leak sites ------------------------------------------------------------------------

C_CASES = [
    pytest.param(
        "Wexcombe council named on ransomware gang's leak site\n\n"
        "Wexcombe District Council, which was hit by a cyber attack last month, has been "
        "named on a leak site run by the Mothwing ransomware gang.\n\n"
        "The council said its investigation was continuing and that bin collections and "
        "housing services were running normally.",
        "2024-02-20",
        "Wexcombe District Council",
        False,
        id="C1",
    ),
    pytest.param(
        "Dental chain appears on extortion blog\n\n"
        "Callander Dental, which runs 30 practices in the south west, has been listed on the "
        "extortion blog of a criminal group after a cyber attack disrupted its booking system "
        "in August.\n\n"
        "The company said patients could still book appointments by phone.",
        "2024-09-03",
        "Callander Dental",
        False,
        id="C2",
    ),
    pytest.param(
        "Ferrisburg Logistics added to hackers' data leak website\n\n"
        "A cyber attack on Ferrisburg Logistics earlier this month has been claimed by the "
        "Stoatfire group, which added the haulage firm to its data leak website on Tuesday.\n\n"
        "Ferrisburg said deliveries were running close to normal.",
        "2024-11-14",
        "Ferrisburg Logistics",
        False,
        id="C3",
    ),
    pytest.param(
        "Bookseller's customer addresses leaked after hack\n\n"
        "Hackers leaked customers' home addresses online after breaking into the systems of "
        "Lantern Lane Books, the independent bookseller said on Wednesday.\n\n"
        "The Bristol-based shop said its website had been taken offline as a precaution.",
        "2024-10-09",
        "Lantern Lane Books",
        True,
        id="C4",
    ),
]


@pytest.mark.parametrize("text,published,org,theft", with_known_misses(C_CASES, KNOWN_MISSES))
def test_c_leak_sites(extract: Any, text: str, published: str, org: str, theft: bool) -> None:
    incident = get(extract(text, published), org)
    types = closed_types(incident)
    if theft:
        assert statuses(incident).get("customer_data") == "compromised"
        assert "data_breach" in types
    else:
        assert "cyber_attack" in types
        assert "data_breach" not in types
        assert incident["data_compromised"] is None


# --- D. A consequence to come after a cause told as fact -----------------------------------

D_CASES = [
    pytest.param(
        "Elmstead Insurance to reopen offices\n\n"
        "Elmstead Insurance will reopen its Norwich head office on Monday after a cyber "
        "attack forced its computer systems offline last week, the company said.\n\n"
        "Staff have been working from home, and claims are being handled by phone.",
        "2024-04-26",
        "Elmstead Insurance",
        "cyber_attack",
        id="D1",
    ),
    pytest.param(
        "Norwood Vale College term to start late\n\n"
        "Norwood Vale College will welcome students back three days later than planned "
        "following a ransomware attack that crippled its IT network during the summer "
        "break.\n\n"
        "The college said lessons would now begin on 9 September.",
        "2024-08-30",
        "Norwood Vale College",
        "ransomware",
        id="D2",
    ),
    pytest.param(
        "Westerfell hospitals to restart operations\n\n"
        "Westerfell Hospitals NHS Trust will resume planned surgery next week after "
        "ransomware hit its two hospitals at the end of May, forcing hundreds of operations "
        "to be postponed.\n\n"
        "The trust said its emergency departments had stayed open throughout.",
        "2024-06-18",
        "Westerfell Hospitals NHS Trust",
        "ransomware",
        id="D3",
    ),
    pytest.param(
        "Researchers warn of flaw in banking software\n\n"
        "Security researchers have warned that Corvanne Bank could be hit by ransomware after "
        "a flaw was found in the software it uses to run its branch network.\n\n"
        "The bank said it was aware of the report and was applying a fix. There is no "
        "evidence the flaw has been exploited.",
        "2024-05-02",
        None,
        None,
        id="D4",
    ),
    pytest.param(
        "Pilgrim Savings Bank to shut branches for upgrade\n\n"
        "Pilgrim Savings Bank will close all its branches on Sunday because of a planned "
        "upgrade to its core banking system.\n\n"
        "Customers were told to use cash machines during the closure, the bank said.",
        "2024-03-07",
        None,
        None,
        id="D5",
    ),
]


@pytest.mark.parametrize("text,published,org,attack", with_known_misses(D_CASES, KNOWN_MISSES))
def test_d_consequence_to_come(
    extract: Any, text: str, published: str, org: str | None, attack: str | None
) -> None:
    record = extract(text, published)
    if org is None:
        assert record["incidents"] == []
        return
    incident = get(record, org)
    assert record["incidents"][0] is incident
    assert incident["role"] == "primary"
    assert attack in closed_types(incident)


# --- E. A kind of business alone is no organisation ---------------------------------------

E_CASES = [
    pytest.param(
        "Haulier hit by cyber attack\n\n"
        "Trenholm Haulage, a family-run road freight company based in Carlisle, said a cyber "
        "attack on Tuesday had left it unable to plan routes or send invoices.\n\n"
        "Managing director Gareth Lowe said drivers were working from printed schedules.",
        "2024-02-15",
        "Trenholm Haulage",
        id="E1",
    ),
    pytest.param(
        "Chemist hit by ransomware\n\n"
        "Gableford Pharmacy, which runs eleven branches across Kent, said ransomware had "
        "disrupted its prescription system since Thursday.\n\n"
        "Patients were asked to allow extra time to collect medicines.",
        "2024-07-20",
        "Gableford Pharmacy",
        id="E2",
    ),
    pytest.param(
        "Lender says app down\n\n"
        "Merriton Finance, a car loan provider, said its mobile app had been down since "
        "Wednesday morning because of a technical fault.\n\n"
        "Customers could still make payments by phone, the company said.",
        "2024-01-11",
        "Merriton Finance",
        id="E3",
    ),
    pytest.param(
        "Retailer Vostermans hit by cyber attack\n\n"
        "Vostermans, the Dutch-owned furniture retailer, said a cyber attack had stopped it "
        "taking online orders since Monday.\n\n"
        "Its 14 UK showrooms remain open.",
        "2024-10-30",
        "Vostermans",
        id="E4",
    ),
]


@pytest.mark.parametrize("text,published,org", with_known_misses(E_CASES, KNOWN_MISSES))
def test_e_trade_word_is_no_organisation(extract: Any, text: str, published: str, org: str) -> None:
    record = extract(text, published)
    found = [i["organization"]["name"] for i in record["incidents"]]
    assert find(record, org) is not None, found
    assert len(record["incidents"]) == 1, found


# --- F. Shared predicates -------------------------------------------------------------------

F_CASES = [
    pytest.param(
        "Sorrel Energy website still down after cyber attack\n\n"
        "Sorrel Energy was hit by a cyber attack on Friday, the supplier said. Its website "
        "remains offline and is expected to return on Wednesday.\n\n"
        "Customers who need to submit meter readings were asked to call instead.",
        "2024-11-04",
        "Sorrel Energy",
        "website",
        "back",
        id="F1",
    ),
    pytest.param(
        "Harbury Bank pulls app after fraud scare\n\n"
        "Harbury Bank has taken its mobile app offline after fraudsters used stolen passwords "
        "to get into a small number of accounts.\n\n"
        "The app remains unavailable while engineers add an additional login step, and is "
        "expected to be back by Friday.",
        "2024-06-04",
        "Harbury Bank",
        "mobile_app",
        "back",
        id="F2",
    ),
    pytest.param(
        "Cobbleway chat support out of action\n\n"
        "Online fashion retailer Cobbleway said its in-app chat support had been out of "
        "action since Tuesday after a technical fault, leaving shoppers unable to query "
        "orders.\n\n"
        "Orders were being delivered as normal, the company added.",
        "2024-09-19",
        "Cobbleway",
        "customer_service",
        "chat",
        id="F3",
    ),
    pytest.param(
        "Trewarren Building Society suspends messaging after cyber attack\n\n"
        "Trewarren Building Society said in-app messaging with its advisers had been "
        "suspended following a cyber attack on Thursday.\n\n"
        "Members with urgent questions were asked to visit a branch.",
        "2024-12-06",
        "Trewarren Building Society",
        "customer_service",
        "chat",
        id="F4",
    ),
    pytest.param(
        "Tollard Logistics still recovering from ransomware\n\n"
        "Tollard Logistics was hit by ransomware on 2 October. Its website remains offline, "
        "and head office staff are expected to return to their desks on Friday, a "
        "spokesperson said.",
        "2024-10-08",
        "Tollard Logistics",
        "website",
        "no_return",
        id="F5",
    ),
]


@pytest.mark.parametrize(
    "text,published,org,service,kind", with_known_misses(F_CASES, KNOWN_MISSES)
)
def test_f_shared_predicates(
    extract: Any, text: str, published: str, org: str, service: str, kind: str
) -> None:
    incident = get(extract(text, published), org)
    found = statuses(incident)
    if kind == "back":
        assert found.get(service) == "restoration_expected", found
        assert (service, "restoration_expected") in claim_pairs(incident)
    elif kind == "chat":
        assert service in found, found
        assert "mobile_app" not in found, found
    else:
        assert found.get(service) != "restoration_expected", found
        assert (service, "restoration_expected") not in claim_pairs(incident)

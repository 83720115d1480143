"""Blind round 50b: acceptance cases written from class descriptions alone.

The articles below are invented and were written blind, without reading the extractor's
source, rules, fixtures or other cases. Every organisation, person, product and place is
made up.

Classes:
A. Attack on the client's own provider. An organisation (a retailer, a council, a school
   trust, a restaurant chain, a housing association) says that a cyber attack, ransomware
   attack or outage at a provider it names as its own ("its delivery partner Y", "its IT
   provider Y", "Y, its payroll supplier,", "its software supplier Y") caused trouble to its
   own service (halted deliveries, a website knocked offline, tills stopped). That
   organisation has an incident with third_party among its incident_types, and the provider
   has an incident too. Counter-cases: an organisation that says an attack on its provider
   is being investigated and that its own services were unaffected has no incident; an
   organisation whose rival was attacked has no third_party incident.
B. Two adjectives of one predicate. A service told failing by two adjectives joined by "or"
   or "and" ("its website had been slow or unavailable", "slow and intermittently
   unavailable on Monday") is that organisation's service disrupted, and the organisation
   has an incident even when the article uses no incident word, only the service failing in
   the past tense; when the article later says it came back, the later status (restored)
   holds. Where a day is given, an incident_start date resolving to that day is present.
   Counter-case: a planned maintenance window ("will be slow or unavailable on Sunday during
   planned maintenance") has no incident.
C. Data about a loyalty scheme's members stolen. Names and addresses of members of its
   loyalty scheme, the personal data of a club's members, details of frequent flyer
   programme members stolen or accessed: the owner's loyalty_program is compromised and its
   customer_data is compromised. Counter-cases: customer data stolen while the article says
   the loyalty scheme was not affected leaves loyalty_program not compromised; staff data
   stolen leaves loyalty_program absent.
D. An owner's asset of two words after its possessive. "X's call centre was closed after a
   cyber attack", "X's phone lines went dead after ransomware", "X's distribution centre
   stopped shipping after an outage", "X's booking system crashed on Friday": X has an
   incident, and where the asset is a contact channel (call centre, phone lines, contact
   centre, live chat) X's customer_service is disrupted or suspended. Counter-case: a woman
   who says she called a bank's call centre about an unrelated matter in a story with no
   incident at all has no incidents.

On the code before round 50 (767e9a2) 19 of the 32 cases pass; 21 when they were first run
(with this round's first rules); 26 now. Ferries end a business's name (B1), a live chat is
an asset after a possessive (D6), "unresponsive" is a failure (B5), and a scheme's brand or
owner may stand between data and the scheme whose members it is about (C5, C6). Tried and
dropped: "unreliable" as a failure (B2, B6), which a reviewer showed firing on critics'
judgements. The six strict xfails in KNOWN_MISSES are the extractor's misses, input and
expectation unchanged.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import find, get, run, service_pairs, start_days, with_known_misses

from conftest import statuses

DOWN = {"disrupted", "suspended"}

# the extractor's misses when the cases were run, input and expectation unchanged
KNOWN_MISSES: dict[str, str] = {
    "A3": "'staff will be paid late after Y, its payroll supplier, was hit': a lateness told "
    "with a modal and an inability that names no service ('unable to process salaries') tie "
    "no one",
    "A7": "a client that names the attack on its provider and calls its own services "
    "unaffected is still read as hit through it (as on the code before this round)",
    "C2": "'X Club members': a club is no scheme word (football and golf clubs are "
    "organisations), so no loyalty scheme is named",
    "C3": "'details of frequent flyer programme members': bare 'details' name no personal data",
    "B2": "'slow and unreliable on Wednesday morning': 'unreliable' is read as a judgement, no "
    "failure ('critics said its new website was unreliable')",
    "B6": "'sluggish and unreliable': 'unreliable' is read as a judgement, no failure",
}


def article(headline: str, *paragraphs: str) -> str:
    return "\n\n".join([headline, *paragraphs]) + "\n"


def org_list(record: dict[str, Any]) -> list[str]:
    return [i["organization"]["name"] for i in record["incidents"]]


# --- A: attack on the client's own provider ------------------------------------------------

A_CASES = [
    pytest.param(
        "2025-05-13",
        article(
            "Pellowmere Home halts deliveries after ransomware hits courier",
            "Homeware retailer Pellowmere Home has halted deliveries to customers after a "
            "ransomware attack on its delivery partner Quillantrax Logistics.",
            "The retailer, which has 48 stores across the Ellingvale region, said orders "
            "placed online since Saturday would be held in its warehouses until Quillantrax "
            "could resume operations.",
            "Quillantrax Logistics confirmed on Monday that it had been targeted by "
            "ransomware and had shut down its systems while it investigated.",
            '"We are very sorry to customers who are waiting for their orders," a Pellowmere '
            'Home spokesperson said. "Our stores remain open as normal."',
        ),
        "Pellowmere Home",
        "Quillantrax Logistics",
        "third_party",
        id="A1",
    ),
    pytest.param(
        "2025-06-19",
        article(
            "Council website offline after cyber attack on IT provider",
            "Drovenford District Council's website has been offline since Tuesday after a "
            "cyber attack on its IT provider Harnwick Digital.",
            "Residents have been unable to pay council tax, report missed bin collections or "
            "apply for parking permits online, the council said.",
            "Harnwick Digital, which hosts systems for several local authorities, said it had "
            "detected unauthorised access to its network early on Tuesday and had taken its "
            "servers offline.",
            "Council leader Margery Tolhurst said staff were handling urgent requests by "
            "phone and thanked residents for their patience.",
        ),
        "Drovenford District Council",
        "Harnwick Digital",
        "third_party",
        id="A2",
    ),
    pytest.param(
        "2025-03-28",
        article(
            "Teachers face late pay after payroll supplier hit by hackers",
            "Staff at the Tamberlow Academies Trust will be paid late this month after "
            "Sollivant Payroll, its payroll supplier, was hit by a cyber attack.",
            "The trust, which runs eleven primary and secondary schools in the Wrexley "
            "valley, said it had been unable to process salaries since the supplier's "
            "systems went down last week.",
            "Sollivant Payroll said it was working with outside specialists to restore its "
            "platform and had informed the regulator.",
            "Chief executive Rowena Blakiston said the trust would make emergency payments "
            "to any staff facing hardship.",
        ),
        "Tamberlow Academies Trust",
        "Sollivant Payroll",
        "third_party",
        id="A3",
    ),
    pytest.param(
        "2025-08-11",
        article(
            "Gorsebrook Kitchens goes cash only as till supplier is attacked",
            "Restaurant chain Gorsebrook Kitchens said its tills stopped working on Friday "
            "evening after a cyber attack on its point-of-sale supplier Vantrelle Systems.",
            "Diners at many of its 30 restaurants were asked to pay in cash, and several "
            "sites in Marlhaven closed early because they could not take payments.",
            "Vantrelle Systems said it had isolated the affected servers and that most of its "
            "customers were now able to trade again.",
            "Gorsebrook Kitchens said card payments had returned at all of its restaurants by "
            "Sunday lunchtime.",
        ),
        "Gorsebrook Kitchens",
        "Vantrelle Systems",
        "third_party",
        id="A4",
    ),
    pytest.param(
        "2025-10-07",
        article(
            "Fallowmead online shop down after supplier outage",
            "Fallowmead Garden Centres said its online shop was knocked offline on Sunday by "
            "an outage at its software supplier Orrindale Software.",
            "Customers trying to order plants and compost for delivery saw an error page "
            "for most of the day, while its 22 garden centres traded normally.",
            "Orrindale Software blamed a failed database upgrade at one of its data centres "
            "and said the outage was not the result of a cyber attack.",
            "Fallowmead said its online shop was working again by Monday morning.",
        ),
        "Fallowmead Garden Centres",
        "Orrindale Software",
        "third_party",
        id="A5",
    ),
    pytest.param(
        "2025-02-04",
        article(
            "Tenants unable to report repairs after IT provider hit by ransomware",
            "Kestrelgate Homes, a housing association with 14,000 homes in Pendrick, said its "
            "phone lines and online repairs service were down after its IT provider Brimmley "
            "Tech was hit by ransomware.",
            "Tenants have been told to report only emergencies, such as gas leaks or flooding, "
            "using a temporary mobile number.",
            "Brimmley Tech said it had discovered the ransomware on Saturday night and had "
            "called in specialists to investigate.",
            "Kestrelgate Homes said there was no evidence that tenants' data had been taken.",
        ),
        "Kestrelgate Homes",
        "Brimmley Tech",
        "third_party",
        id="A6",
    ),
    pytest.param(
        "2025-04-23",
        article(
            "Freight firm Cardrossan Freight investigates cyber attack",
            "Haulage company Cardrossan Freight said on Tuesday that it was investigating a "
            "cyber attack on its computer systems.",
            "The company, which runs depots in Tollerby and Saxmoor, said some of its "
            "tracking systems had been taken offline as a precaution.",
            "Clothing retailer Wendlecote Outfitters, which uses Cardrossan Freight as its "
            "logistics provider, said the attack on its provider was being investigated but "
            "that its own deliveries, stores and website were unaffected.",
            '"Our customers will not notice any difference," a Wendlecote Outfitters '
            "spokesperson said.",
        ),
        "Wendlecote Outfitters",
        "Cardrossan Freight",
        "none",
        id="A7",
    ),
    pytest.param(
        "2025-11-18",
        article(
            "Ambersleigh Toys reports busy weekend after ransomware hits rival",
            "Ambersleigh Toys said it had one of its busiest weekends of the year after a "
            "ransomware attack on its rival Jorvanel Games closed Jorvanel's website.",
            "Jorvanel Games said on Friday that ransomware had encrypted some of its servers "
            "and that its online shop would stay closed while it investigated.",
            "Ambersleigh Toys chief executive Hamish Corderoy said sales of board games on its "
            "own website had more than doubled on Saturday.",
            '"We have nothing to do with what happened there," he said.',
        ),
        "Ambersleigh Toys",
        "Jorvanel Games",
        "rival",
        id="A8",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "org", "provider", "mode"), with_known_misses(A_CASES, KNOWN_MISSES)
)
def test_provider_attack(published: str, text: str, org: str, provider: str, mode: str) -> None:
    record = run(text, published)
    if mode == "third_party":
        incident = get(record, org)
        assert "third_party" in incident["incident_types"], (
            f"{org}: incident_types {incident['incident_types']} lack third_party"
        )
        get(record, provider)
    elif mode == "none":
        incident = find(record, org)
        assert incident is None, (
            f"{org} said it was unaffected but has an incident "
            f"{incident['incident_types'] if incident else None}, services "
            f"{service_pairs(incident) if incident else None}; incidents: {org_list(record)}"
        )
    else:
        incident = find(record, org)
        assert incident is None or "third_party" not in incident["incident_types"], (
            f"{org}: a rival's attack gave it third_party; types "
            f"{incident['incident_types'] if incident else None}"
        )


# --- B: two adjectives of one predicate ----------------------------------------------------

B_CASES = [
    pytest.param(
        "2025-05-08",
        article(
            "Ferry passengers unable to check sailings online",
            "Skerrowlyn Ferries said its website had been slow or unavailable on Tuesday, "
            "leaving passengers unable to check sailing times or change their bookings.",
            "Travellers on the Carrick Sound route took to social media to complain that "
            "pages would not load for hours.",
            "The operator apologised and said passengers could still buy tickets at its "
            "harbour offices in Portnessan and Dunvallie.",
        ),
        "Skerrowlyn Ferries",
        ("website",),
        "disrupted",
        "2025-05-06",
        id="B1",
    ),
    pytest.param(
        "2025-05-08",
        article(
            "Mordale Bank customers complain about app",
            "Mordale Bank's mobile app was slow and unreliable on Wednesday morning, with "
            "customers saying they could not check balances or send payments.",
            "More than 3,000 people reported difficulties with the app between 8am and "
            "11am, according to complaints collected by the Fernleigh consumer site "
            "BankWatchdog.",
            "The bank said customers could still use its branches and telephone banking, "
            "and apologised for the inconvenience.",
        ),
        "Mordale Bank",
        ("mobile_app",),
        "disrupted",
        "2025-05-07",
        id="B2",
    ),
    pytest.param(
        "2025-07-09",
        article(
            "Thistlewade Foods shoppers left waiting at tills",
            "Card payments at Thistlewade Foods' supermarkets were slow or intermittently "
            "unavailable on Saturday, leaving shoppers queuing at the checkouts.",
            "Some customers at its store in Harlowbridge abandoned full trolleys, while "
            "others were directed to a cash machine across the road.",
            "Thistlewade Foods, which has 64 stores across the Wessendale region, apologised "
            "to customers.",
        ),
        "Thistlewade Foods",
        ("card_payments",),
        "disrupted",
        "2025-07-05",
        id="B3",
    ),
    pytest.param(
        "2025-06-16",
        article(
            "Cobbinshaw Books apologises to online shoppers",
            "Online ordering at Cobbinshaw Books was slow and intermittently unavailable on "
            "Friday, the bookseller said.",
            "Customers hoping to buy copies of the new Imogen Stirrat thriller on its "
            "publication day said they were unable to complete their orders.",
            "The bookseller, which has 19 shops in the Kelderby area, said its shops had "
            "plenty of copies in stock.",
        ),
        "Cobbinshaw Books",
        ("online_orders",),
        "disrupted",
        "2025-06-13",
        id="B4",
    ),
    pytest.param(
        "2025-05-08",
        article(
            "Quennoby Water customers unable to pay bills online",
            "Quennoby Water's website was slow and unresponsive on Monday, leaving customers "
            "unable to pay bills or submit meter readings.",
            "The company, which supplies 800,000 homes in the Brenmoor valley, advised "
            "customers to try again later.",
            "By Tuesday afternoon the website was working normally again, Quennoby Water said.",
        ),
        "Quennoby Water",
        ("website",),
        "restored",
        "2025-05-05",
        id="B5",
    ),
    pytest.param(
        "2025-09-19",
        article(
            "Velmory Bank app back to normal",
            "Velmory Bank's app was sluggish and unreliable on Wednesday, with some customers "
            "waiting minutes for payments to go through.",
            "Customers in Ashwynne and Rendlesham said transfers appeared to fail and then "
            "went through twice.",
            "The bank said on Thursday that the app was working normally again and that any "
            "duplicate payments would be refunded.",
        ),
        "Velmory Bank",
        ("mobile_app",),
        "restored",
        "2025-09-17",
        id="B6",
    ),
    pytest.param(
        "2025-03-27",
        article(
            "Swimmers unable to book sessions at Raventhorpe leisure centres",
            "Raventhorpe Leisure's online booking system was slow and intermittently "
            "unavailable on Monday, leaving swimmers and gym users unable to reserve "
            "sessions.",
            "The trust, which runs six leisure centres in the Oakhollow district, said "
            "customers could book at reception instead.",
            "Regular swimmer Dorothy Pennifold said she had tried twelve times before giving up.",
        ),
        "Raventhorpe Leisure",
        ("online_orders", "website"),
        "disrupted",
        "2025-03-24",
        id="B7",
    ),
    pytest.param(
        "2025-08-13",
        article(
            "Plumleigh Building Society plans weekend maintenance",
            "Plumleigh Building Society said its website and app will be slow or unavailable "
            "on Sunday during planned maintenance.",
            "The work, which will run from 1am to 9am, is part of a long-planned upgrade to "
            "the society's systems.",
            "Members who need to make urgent payments have been advised to do so before "
            "Saturday evening. Branches will open as usual on Monday.",
        ),
        None,
        (),
        None,
        None,
        id="B8",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "org", "services", "status", "day"),
    with_known_misses(B_CASES, KNOWN_MISSES),
)
def test_two_adjectives(
    published: str,
    text: str,
    org: str | None,
    services: tuple[str, ...],
    status: str | None,
    day: str | None,
) -> None:
    record = run(text, published)
    if org is None:
        assert record["incidents"] == [], f"expected no incident; got {org_list(record)}"
        return
    incident = get(record, org)
    got = statuses(incident)
    assert any(got.get(service) == status for service in services), (
        f"{org}: expected {status!r} for one of {list(services)}; services: "
        f"{service_pairs(incident)}"
    )
    if day is not None:
        assert day in start_days(incident), (
            f"{org}: no incident_start on {day}; starts: {start_days(incident)}"
        )


# --- C: data about a loyalty scheme's members stolen ---------------------------------------

C_CASES = [
    pytest.param(
        "2025-04-16",
        article(
            "Hollinbrae Stores says hackers took loyalty members' details",
            "Department store chain Hollinbrae Stores has said hackers stole the names and "
            "addresses of members of its loyalty scheme in a cyber attack last week.",
            "The company, which has 27 stores across the north of Tavenshire, said it was "
            "writing to about 190,000 members to warn them about possible scam letters.",
            "Payment card details were held separately and were not taken, it said.",
        ),
        "Hollinbrae Stores",
        "compromised",
        id="C1",
    ),
    pytest.param(
        "2025-09-02",
        article(
            "Cindermoor Cinemas warns members after data theft",
            "Cindermoor Cinemas has warned that criminals stole the personal data of "
            "Cindermoor Club members, including their names, email addresses and dates of "
            "birth.",
            "The cinema chain, which has 14 screens across Hollowmere and Stavely Cross, said "
            "it discovered the intrusion on Friday and had reported it to the authorities.",
            '"We are deeply sorry," said managing director Priya Lanyard. "Members should be '
            'wary of emails that appear to come from us."',
        ),
        "Cindermoor Cinemas",
        "compromised",
        id="C2",
    ),
    pytest.param(
        "2025-01-29",
        article(
            "Skyvarra Airways says frequent flyer details accessed",
            "Skyvarra Airways said hackers had accessed details of frequent flyer programme "
            "members, including names, membership numbers and contact details.",
            "The airline, based at Drummarden airport, said it had detected suspicious "
            "activity on one of its servers on Sunday and shut it down within hours.",
            "Passport numbers and payment card details were not stored on the affected "
            "system, Skyvarra Airways said, and flights were operating normally.",
        ),
        "Skyvarra Airways",
        "compromised",
        id="C3",
    ),
    pytest.param(
        "2025-07-22",
        article(
            "Dunmorrow Hotels rewards members told of data theft",
            "Dunmorrow Hotels said the email addresses and points balances of members of its "
            "rewards programme were copied by hackers earlier this month.",
            "The hotel group, which owns 40 hotels in Calderwick and the surrounding coast, "
            "said it had reset all members' passwords as a precaution.",
            "A spokesperson said bookings and check-in at its hotels had not been affected.",
        ),
        "Dunmorrow Hotels",
        "compromised",
        id="C4",
    ),
    pytest.param(
        "2025-10-14",
        article(
            "Kettlewhin Coffee loyalty card data stolen in ransomware attack",
            "Data belonging to members of Kettlewhin Coffee's loyalty card scheme was stolen "
            "in a ransomware attack, the coffee chain has said.",
            "The company, which has 85 cafes in Penrowan and the surrounding counties, said "
            "the stolen information included names, email addresses and phone numbers.",
            "Kettlewhin Coffee said its cafes remained open and customers could still pay by card.",
        ),
        "Kettlewhin Coffee",
        "compromised",
        id="C5",
    ),
    pytest.param(
        "2025-03-11",
        article(
            "Pellcraig Chemists says loyalty club members' data taken",
            "The names, dates of birth and email addresses of Pellcraig Plus loyalty club "
            "members were taken in a cyber attack on Pellcraig Chemists, the pharmacy chain "
            "said on Monday.",
            "The company said it had no evidence that prescription records had been accessed.",
            "Pellcraig Chemists, which has 52 pharmacies in the Dorlington area, said it had "
            "written to the 120,000 members of the scheme.",
        ),
        "Pellcraig Chemists",
        "compromised",
        id="C6",
    ),
    pytest.param(
        "2025-05-27",
        article(
            "Grisedale Sports says online customers' data stolen",
            "Grisedale Sports said hackers stole the names, email addresses and order "
            "histories of customers who had shopped on its website.",
            "The sports retailer, which has 31 stores in the Maddersfield region, said the "
            "breach had been discovered last Thursday.",
            "The company said its Grisedale Points loyalty scheme was not affected, as it "
            "runs on a separate system.",
        ),
        "Grisedale Sports",
        "not_compromised",
        id="C7",
    ),
    pytest.param(
        "2025-11-04",
        article(
            "Corrowan Hardware staff data stolen in cyber attack",
            "Corrowan Hardware said the names, bank details and National Insurance numbers of "
            "about 2,000 employees were stolen in a cyber attack last month.",
            "The DIY chain, which has 45 stores in the Westerholm area, said it was offering "
            "staff free credit monitoring for two years.",
            "A union representative, Gareth Mowbray, said members were worried about fraud.",
        ),
        "Corrowan Hardware",
        "absent",
        id="C8",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "org", "mode"), with_known_misses(C_CASES, KNOWN_MISSES)
)
def test_loyalty_members_data(published: str, text: str, org: str, mode: str) -> None:
    record = run(text, published)
    incident = get(record, org)
    got = statuses(incident)
    pairs = service_pairs(incident)
    if mode == "compromised":
        assert got.get("loyalty_program") == "compromised", (
            f"{org}: loyalty_program is {got.get('loyalty_program')!r}; services: {pairs}"
        )
        assert got.get("customer_data") == "compromised", (
            f"{org}: customer_data is {got.get('customer_data')!r}; services: {pairs}"
        )
    elif mode == "not_compromised":
        assert got.get("loyalty_program") != "compromised", (
            f"{org}: loyalty_program compromised though said unaffected; services: {pairs}"
        )
    else:
        assert "loyalty_program" not in got, (
            f"{org}: loyalty_program present for staff data; services: {pairs}"
        )


# --- D: an owner's asset of two words after its possessive ---------------------------------

D_CASES = [
    pytest.param(
        "2025-06-12",
        article(
            "Marlowcombe Insurance call centre closed",
            "Marlowcombe Insurance's call centre was closed after a cyber attack, leaving "
            "policyholders unable to make claims by phone.",
            "Staff at the centre in Grevington were sent home on Wednesday afternoon.",
            "The insurer said customers could still make claims through its website and that "
            "it hoped to reopen the lines early next week.",
        ),
        "Marlowcombe Insurance",
        True,
        id="D1",
    ),
    pytest.param(
        "2025-02-18",
        article(
            "Gildersby Energy customers unable to get through",
            "Gildersby Energy's phone lines went dead on Monday after ransomware, leaving "
            "customers unable to report gas leaks or top up prepayment meters.",
            "The supplier, which serves homes in Lowerby and Fenchurch Vale, said emergency "
            "calls were being diverted to a partner network.",
            "A spokesperson said engineers were working to restore the lines.",
        ),
        "Gildersby Energy",
        True,
        id="D2",
    ),
    pytest.param(
        "2025-08-26",
        article(
            "Yelverdine Retail shelves run short",
            "Yelverdine Retail's distribution centre stopped shipping after an outage on "
            "Saturday, leaving gaps on shelves in dozens of its stores.",
            "Shoppers in Brackmouth and Tilverton reported that bread, milk and fresh fruit "
            "were running short by Sunday afternoon.",
            "The retailer said lorries were leaving the site again on Monday night and "
            "shelves should be back to normal by the end of the week.",
        ),
        "Yelverdine Retail",
        False,
        id="D3",
    ),
    pytest.param(
        "2025-06-16",
        article(
            "Tolmarsh Travel holidaymakers unable to book",
            "Tolmarsh Travel's booking system crashed on Friday, leaving holidaymakers unable "
            "to book or amend trips for most of the day.",
            "Staff at its branches in Quillingham and Norbury Cross wrote bookings down on paper.",
            "The travel agent said it would honour any prices customers had been quoted on Friday.",
        ),
        "Tolmarsh Travel",
        False,
        id="D4",
    ),
    pytest.param(
        "2025-04-30",
        article(
            "Ebbridge Water contact centre shut",
            "Ebbridge Water's contact centre was shut on Tuesday after a cyber attack, the "
            "company said.",
            "Customers in the Sallowfield area were told to use the website to report leaks "
            "and pay bills.",
            "Water supplies were not affected, Ebbridge Water said.",
        ),
        "Ebbridge Water",
        True,
        id="D5",
    ),
    pytest.param(
        "2025-12-02",
        article(
            "Caddonmere Housing tenants left without chat service",
            "Caddonmere Housing's live chat went offline after a ransomware attack over the "
            "weekend, the housing association said.",
            "Tenants in Penwarden were asked to report repairs in person at its offices.",
            "The association said its specialists were investigating and that there was no "
            "sign tenants' data had been taken.",
        ),
        "Caddonmere Housing",
        True,
        id="D6",
    ),
    pytest.param(
        "2025-09-08",
        article(
            "Fenlowe Rail passengers queue for tickets",
            "Fenlowe Rail's ticket machines stopped working on Saturday after an IT outage, "
            "causing long queues at stations across the Hartmoor line.",
            "Passengers were told to board trains and buy tickets from conductors.",
            "The operator said the machines were working again by Sunday morning.",
        ),
        "Fenlowe Rail",
        False,
        id="D7",
    ),
    pytest.param(
        "2025-07-15",
        article(
            "Pensioner reunited with lost wedding ring",
            "A pensioner from Wickerlane has been reunited with her wedding ring, 30 years "
            "after losing it in her vegetable garden.",
            "Edith Thrushcombe, 82, said the ring was found by her grandson while he was digging "
            "potatoes last weekend.",
            "She said she first thought her handbag had been stolen the day she lost the "
            "ring, and had called Sarnavel Bank's call centre to cancel her cards before "
            "finding the bag under the kitchen table.",
            '"I never thought I would see it again," she said.',
        ),
        None,
        False,
        id="D8",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "org", "contact"), with_known_misses(D_CASES, KNOWN_MISSES)
)
def test_possessive_asset(published: str, text: str, org: str | None, contact: bool) -> None:
    record = run(text, published)
    if org is None:
        assert record["incidents"] == [], f"expected no incident; got {org_list(record)}"
        return
    incident = get(record, org)
    if contact:
        got = statuses(incident).get("customer_service")
        assert got in DOWN, (
            f"{org}: customer_service is {got!r}; services: {service_pairs(incident)}"
        )

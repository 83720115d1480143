"""Blind acceptance tests, round 48: written blind from class descriptions alone.

The articles are invented (organisations, people and places); none of the extractor's
source, fixtures or other tests were read. Classes:

A. a ransomware gang told as the doer of the attack on an organisation makes that attack
   ransomware, for the story's main victim and for a second organisation recalled in a
   background paragraph; a gang that only lists the victim on a leak site, attackers stopped
   before anything was encrypted, and a data extortion group give no ransomware;
B. a shipped or changed piece of software told as faulty ("a faulty upgrade", "a botched
   migration", "a defective software release") is a technical_outage of the victim with the
   failed service disrupted; a smooth migration or upgrade, a faulty boiler or lift, is no
   incident;
C. an organisation's name before a service word ("the Tadwick Council website") names the
   owner of that service, which has the incident; a maker's name before a product the victim
   uses ("its Tarvex email server") gives the maker no incident;
D. people of an organisation unable to use its service ("customers of Cressley Bank were
   unable to log in to its mobile app") tell that the organisation was hit, in its own right;
   a fault at its provider makes it third_party;
E. start dates: a range's first day, onset told with "first", detection.

The file was written while the round's first rule (a ransomware gang told as the doer of the
attack) was already in the working tree: on the code before the round (c72d1e0) 25 of the 43
cases pass and A1-A4 and A6 fail; with that rule 30 pass.

Strict xfails are removed, input and expectation unchanged, as the extractor comes to pass
them, in round 48: A5 (a neighbour "was attacked by the ... ransomware group": an incident
verb in the passive ties its subject, and the gang's pattern hides no incident word); B1, B2,
B5 (a faulty change to software, "a faulty upgrade", "a botched migration", "a defective
software release", is an IT failure); C1, C4 (a name that ends in its trade between "the"
and its asset, "the Brindlecombe Water app", owns it, even inside a service phrase); A7 (the
doer between an attack and its target, "an attack by the X ransomware gang on Y", leaves Y
hit); A9 (an act stopped "before any files were encrypted" never came); B4 (a faulty update
that "had stopped the app from opening" disrupted it: the stop's auxiliaries stand between);
E2 (a stretch after "from", "from Friday to Sunday", starts on its first day); C9 (staff
"were left without email" lost it). In round 54: C7 (a name only ever told as the maker of
the victim's software, "the council's Lorvane payment software", is no organisation hit).
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import find, get, has_org, start_days

from conftest import statuses


def blind(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"blind round 48: {reason}")


def types_of(incident: dict[str, Any]) -> set[str]:
    """The incident's types, closed under ransomware/social_engineering -> cyber_attack."""
    found = set(incident["incident_types"])
    if found & {"ransomware", "social_engineering"}:
        found.add("cyber_attack")
    return found


def earliest_start(incident: dict[str, Any]) -> str | None:
    values = start_days(incident)
    return min(values) if values else None


def article(headline: str, *paragraphs: str) -> str:
    """An article's text: headline, blank line, paragraphs separated by blank lines."""
    return "\n\n".join((headline, *paragraphs)) + "\n"


# --- A. a ransomware gang told as the doer of the attack ------------------------------

A_RANSOMWARE = [
    pytest.param(
        article(
            "Haulier takes systems offline after cyber attack",
            "Hollinsby Logistics, a haulage firm based in Dunmere, was hit by a ransomware "
            "gang last week, forcing it to take its tracking and dispatch systems offline.",
            "The company said drivers had gone back to paper delivery notes and that it was "
            "working with outside specialists to bring its systems back safely.",
            '"We are sorry for the disruption this has caused our customers," said managing '
            "director Fiona Carrick.",
        ),
        "2025-05-14",
        "Hollinsby Logistics",
        id="A1",
    ),
    pytest.param(
        article(
            "Brackwell University confirms March cyber attack",
            "Brackwell University was attacked by the Tessaly ransomware group in March, the "
            "university confirmed on Tuesday, after students complained for weeks about "
            "missing coursework records.",
            "The university said its online learning portal had been unavailable for almost "
            "a fortnight while the attack was investigated.",
            "A spokesperson said there was no evidence so far that students' personal data "
            "had been taken.",
        ),
        "2025-04-16",
        "Brackwell University",
        id="A2",
    ),
    pytest.param(
        article(
            "Law firm Marlow Fenton hit by hackers",
            "Marlow Fenton Solicitors was hit by Krevax, a ransomware group that has targeted "
            "dozens of law firms across Europe, the firm told clients on Thursday.",
            "Its case management system and email have been offline since the weekend, and "
            "staff at its offices in Edgecombe and Tarrow have been asked to work from paper "
            "files.",
            "Senior partner Deborah Ilsley said the firm had reported the incident to the "
            "regulator.",
        ),
        "2025-10-03",
        "Marlow Fenton Solicitors",
        id="A3",
    ),
    pytest.param(
        article(
            "Production halted at engineering firm's factories",
            "An attack by the Ashgrove ransomware gang on Tullett Engineering has halted "
            "production at its two factories in Sallowfield and Brinmoor, the company said "
            "on Monday.",
            "Tullett Engineering, which makes parts for agricultural machinery, said it had "
            "shut down its computer systems as a precaution and that about 300 workers had "
            "been sent home.",
            "It did not say when it expected production to restart.",
        ),
        "2025-02-24",
        "Tullett Engineering",
        id="A4",
    ),
    pytest.param(
        article(
            "Pinehurst council website down for second day",
            "Residents of Pinehurst have been unable to report missed bin collections or pay "
            "parking fines online after Pinehurst District Council's website went down on "
            "Tuesday.",
            "The council said the problem was caused by a hardware fault at its data centre "
            "and was not the result of a cyber attack.",
            "Morrowdale Borough Council, a neighbouring authority, was attacked by the Quorrin "
            "ransomware group last year and took several months to restore its online "
            "services.",
        ),
        "2025-07-03",
        "Morrowdale Borough Council",
        id="A5",
    ),
    pytest.param(
        article(
            "Tenants' details stolen in housing association cyber attack",
            "Kingsmere Homes, a housing association with 12,000 properties in the Redlow "
            "area, says hackers stole the names and addresses of some tenants in a cyber "
            "attack discovered last month.",
            "The association said it had contacted the tenants affected and that its repairs "
            "line was working normally.",
            "It is the second attack on a housing provider in the region in two years. In "
            "2023 Sandeford Housing Association was hit by a ransomware gang, and its tenants "
            "were unable to report repairs for weeks.",
        ),
        "2025-03-19",
        "Sandeford Housing Association",
        id="A6",
    ),
    pytest.param(
        article(
            "Redholm council warns residents after cyber attack",
            "Redholm City Council has warned residents to be alert for scam emails after a "
            "cyber attack on its systems at the weekend.",
            "The council said its planning portal and parking permit service were offline "
            "while it investigated.",
            "Security experts said public bodies remained an attractive target. Last year an "
            "attack by the Veltrane ransomware gang on Oakridge Schools Trust left its 14 "
            "schools without email or online homework for a month.",
        ),
        "2025-09-22",
        "Oakridge Schools Trust",
        id="A7",
    ),
]


@pytest.mark.parametrize(("text", "published", "org"), A_RANSOMWARE)
def test_a_ransomware_gang_as_doer_makes_ransomware(
    extract: Any, text: str, published: str, org: str
) -> None:
    record = extract(text, published=published)
    assert "ransomware" in types_of(get(record, org))


A_NOT_RANSOMWARE = [
    pytest.param(
        article(
            "Food wholesaler named on hackers' leak site",
            "Finchmore Marsh Foods, a wholesaler that supplies restaurants across "
            "Calderbrook, has been listed on a leak site run by the Harrowgate ransomware "
            "gang, which claims to have stolen 200 gigabytes of the company's data.",
            "The company confirmed on Wednesday that it was investigating a cyber security "
            "incident, but has not said whether ransomware was used or whether any data was "
            "taken.",
            "Orders were being taken by phone while its ordering website was offline, it added.",
        ),
        "2025-08-07",
        "Finchmore Marsh Foods",
        id="A8",
    ),
    pytest.param(
        article(
            "Building society fends off cyber attack",
            "Caldmoor Building Society was targeted by a ransomware gang last weekend, but "
            "its security team stopped the attackers before any files were encrypted, the "
            "society said on Monday.",
            "Customers' accounts and savings were not affected and all branches opened as "
            "normal, a spokesperson added.",
            "The society said it had reported the attempted attack to police.",
        ),
        "2025-06-16",
        "Caldmoor Building Society",
        id="A9",
    ),
    pytest.param(
        article(
            "Opticians chain hit by data theft",
            "An extortion group stole patient files from Pellingham Opticians last month and "
            "is demanding payment not to publish them, the company has said.",
            "The group did not encrypt any of the chain's systems, and all 26 branches have "
            "continued to see patients as normal.",
            "Pellingham Opticians said it had written to the patients affected and informed "
            "the data protection regulator.",
        ),
        "2025-11-05",
        "Pellingham Opticians",
        id="A10",
    ),
]


@pytest.mark.parametrize(("text", "published", "org"), A_NOT_RANSOMWARE)
def test_a_no_ransomware_without_a_ransomware_attack(
    extract: Any, text: str, published: str, org: str
) -> None:
    record = extract(text, published=published)
    incident = find(record, org)
    assert incident is None or "ransomware" not in types_of(incident)


# --- B. faulty software is an IT failure ----------------------------------------------

B_TYPE = [
    pytest.param(
        article(
            "Energy customers locked out of app",
            "Customers of Fernleigh Energy could not log in to its mobile app for most of "
            "Monday after a faulty upgrade to its login system, the supplier said.",
            "Fernleigh Energy said the upgrade had been rolled back overnight and apologised "
            "to customers who had been trying to submit meter readings.",
        ),
        "2025-01-21",
        "Fernleigh Energy",
        id="B1",
    ),
    pytest.param(
        article(
            "Water customers sent duplicate bills",
            "Thousands of Oakvale Water customers received duplicate bills this month after "
            "a botched migration of its billing platform, the company has admitted.",
            "The water company said nobody would be charged twice and that its billing team "
            "was correcting accounts by hand.",
            "Its customer helpline has been overwhelmed, with some callers waiting more than "
            "an hour.",
        ),
        "2025-10-28",
        "Oakvale Water",
        id="B2",
    ),
]


@pytest.mark.parametrize(("text", "published", "org"), B_TYPE)
def test_b_faulty_software_is_technical_outage(
    extract: Any, text: str, published: str, org: str
) -> None:
    record = extract(text, published=published)
    assert "technical_outage" in types_of(get(record, org))


B_SERVICE = [
    pytest.param(
        article(
            "Chemist chain's tills hit by software glitch",
            "A defective software release knocked out card payments at all 40 branches of "
            "Corley Chemists on Saturday, with customers told to pay in cash.",
            "The pharmacy chain said the release had been pulled and that its IT team was "
            "still working to fix the tills.",
        ),
        "2025-05-12",
        "Corley Chemists",
        "card_payments",
        "disrupted",
        id="B3",
    ),
    pytest.param(
        article(
            "Cinema chain's app fails after update",
            "Lanford Cinemas said a faulty update to its app, released on Monday night, had "
            "stopped the app from opening on many phones, leaving film fans unable to book "
            "seats.",
            "The cinema chain said tickets could still be bought at box offices while it "
            "worked on a fix.",
        ),
        "2025-08-20",
        "Lanford Cinemas",
        "mobile_app",
        "disrupted",
        id="B4",
    ),
    pytest.param(
        article(
            "Insurer's helpline down after software release",
            "Marchbank Insurance's customer helpline was unavailable for much of Thursday "
            "after a defective software release to its call-centre system, the insurer said.",
            "Policyholders who tried to make claims by phone heard a recorded message telling "
            "them to call back later.",
            "Marchbank said its technology team was working to resolve the problem.",
        ),
        "2025-03-07",
        "Marchbank Insurance",
        "customer_service",
        "disrupted",
        id="B5",
    ),
]


@pytest.mark.parametrize(("text", "published", "org", "service", "status"), B_SERVICE)
def test_b_service_that_failed_has_its_status(
    extract: Any, text: str, published: str, org: str, service: str, status: str
) -> None:
    record = extract(text, published=published)
    assert statuses(get(record, org)).get(service) == status


B_NO_INCIDENT = [
    pytest.param(
        article(
            "Building society completes move to new platform",
            "Kestwick Building Society has moved all of its savings and mortgage accounts to "
            "a new banking platform, the society said on Monday.",
            "The migration, planned over 18 months, was completed over the weekend without "
            "any disruption to customers.",
            "Chief executive Martin Oldroyd said the new platform would let the society "
            "launch new products more quickly.",
        ),
        "2025-04-08",
        id="B6",
    ),
    pytest.param(
        article(
            "Dunholm council unveils new website",
            "Dunholm Council has completed a planned upgrade of its website and online "
            "payment system, which residents use to pay council tax and book bulky waste "
            "collections.",
            "The upgrade was carried out overnight on Sunday as scheduled and went smoothly, "
            "a council spokesperson said, with the new site live by 7am on Monday.",
        ),
        "2025-06-03",
        id="B7",
    ),
    pytest.param(
        article(
            "Primary school shut as boiler fails",
            "Ashcombe Primary School closed on Monday after a faulty boiler left classrooms "
            "without heating as temperatures dropped below freezing.",
            "The head teacher, Ruth Penhallow, said engineers expected to repair the boiler "
            "by Wednesday and that pupils had been set work to do at home.",
        ),
        "2025-01-14",
        id="B8",
    ),
    pytest.param(
        article(
            "Tower block residents stranded by faulty lift",
            "Elderly residents of Calder Court, a 14-storey block in Wexbridge, were stranded "
            "in their flats for three days after a faulty lift broke down, their landlord "
            "Brookvale Homes has admitted.",
            "Brookvale Homes said a replacement part had been fitted on Thursday and "
            "apologised to tenants.",
        ),
        "2025-02-18",
        id="B9",
    ),
]


@pytest.mark.parametrize(("text", "published"), B_NO_INCIDENT)
def test_b_no_incident_without_an_it_failure(extract: Any, text: str, published: str) -> None:
    record = extract(text, published=published)
    assert record["incidents"] == []


# --- C. an organisation's name before a service word ----------------------------------

C_SERVICE = [
    pytest.param(
        article(
            "Water customers unable to use app",
            "Customers could not log in to the Brindlecombe Water app for most of Wednesday "
            "after a technical fault.",
            "The company said engineers were working to find the cause and asked customers "
            "to phone if they needed to report a leak.",
        ),
        "2025-07-17",
        "Brindlecombe Water",
        "mobile_app",
        id="C1",
    ),
    pytest.param(
        article(
            "Council website crashes on school places deadline",
            "The Tadwick Council website crashed on Monday morning as thousands of parents "
            "tried to apply for secondary school places before the deadline.",
            "The council said the crash was caused by a server fault and extended the "
            "deadline by a week.",
        ),
        "2025-10-31",
        "Tadwick Council",
        "website",
        id="C2",
    ),
    pytest.param(
        article(
            "Bus passengers unable to buy tickets",
            "Passengers were unable to buy tickets on the Farrowdale Buses app on Sunday "
            "after a technical glitch left the app showing an error message.",
            "The company said drivers were accepting cash on board while engineers looked "
            "into the problem.",
        ),
        "2025-03-03",
        "Farrowdale Buses",
        "mobile_app",
        id="C4",
    ),
    pytest.param(
        article(
            "Leisure centre bookings hit by website fault",
            "The Kelbrook Leisure website went down on Saturday morning after a fault with "
            "its hosting, leaving swimmers and gym users unable to check opening times or "
            "book sessions.",
            "Kelbrook Leisure said its centres were open as usual and that customers could "
            "book in person.",
        ),
        "2025-05-19",
        "Kelbrook Leisure",
        "website",
        id="C5",
    ),
]


@pytest.mark.parametrize(("text", "published", "org", "service"), C_SERVICE)
def test_c_name_before_service_word_owns_the_disrupted_service(
    extract: Any, text: str, published: str, org: str, service: str
) -> None:
    record = extract(text, published=published)
    assert statuses(get(record, org)).get(service) == "disrupted"


C_TYPE = [
    pytest.param(
        article(
            "Bank customers unable to pay bills",
            "A software fault took down the Wyncote Bank online banking service for six "
            "hours on Friday, leaving customers unable to pay bills or check their balances.",
            "The bank apologised and said there was no sign of a cyber attack.",
        ),
        "2025-09-01",
        "Wyncote Bank",
        id="C3",
    ),
]


@pytest.mark.parametrize(("text", "published", "org"), C_TYPE)
def test_c_name_before_service_word_fault_is_technical_outage(
    extract: Any, text: str, published: str, org: str
) -> None:
    record = extract(text, published=published)
    assert "technical_outage" in types_of(get(record, org))


C_MAKER = [
    pytest.param(
        article(
            "Council staff without email for two days",
            "Staff at Denham Hill Council were left without email for two days this week "
            "after its Tarvex email server failed, the council said.",
            "A spokesperson said the fault was not the result of a cyber attack and that "
            "residents' enquiries had been dealt with by phone.",
        ),
        "2025-02-06",
        "Tarvex",
        id="C6",
    ),
    pytest.param(
        article(
            "Residents unable to pay council tax online",
            "Residents of Brackenbury were unable to pay council tax online on Monday after "
            "the council's Lorvane payment software crashed, Brackenbury Borough Council "
            "said.",
            "The council said nobody would be fined for paying late and that the system was "
            "expected to be working again by the end of the week.",
        ),
        "2025-04-02",
        "Lorvane",
        id="C7",
    ),
]


@pytest.mark.parametrize(("text", "published", "maker"), C_MAKER)
def test_c_maker_before_product_has_no_incident(
    extract: Any, text: str, published: str, maker: str
) -> None:
    record = extract(text, published=published)
    assert not has_org(record, maker)


C_OWNER = [
    pytest.param(
        article(
            "Dental practice's booking system crashes",
            "Fenwick Dental Practice's Medora booking system crashed on Tuesday, leaving "
            "receptionists unable to see the day's appointments.",
            "The practice said patients should attend as planned and that it was working "
            "to get the system running again.",
        ),
        "2025-12-03",
        "Fenwick Dental Practice",
        id="C8",
        marks=blind("the maker Medora made the primary incident; none for Fenwick Dental Practice"),
    ),
    pytest.param(
        article(
            "Council staff without email for two days",
            "Staff at Denham Hill Council were left without email for two days this week "
            "after its Tarvex email server failed, the council said.",
            "A spokesperson said the fault was not the result of a cyber attack and that "
            "residents' enquiries had been dealt with by phone.",
        ),
        "2025-02-06",
        "Denham Hill Council",
        id="C9",
    ),
]


@pytest.mark.parametrize(("text", "published", "owner"), C_OWNER)
def test_c_owner_of_the_product_is_the_victim(
    extract: Any, text: str, published: str, owner: str
) -> None:
    record = extract(text, published=published)
    assert find(record, owner) is not None, record["incidents"]


# --- D. people of an organisation unable to use its service ---------------------------

D_SERVICE = [
    pytest.param(
        article(
            "Bank customers locked out of app",
            "Customers of Cressley Bank were unable to log in to its mobile app on Tuesday "
            "because of a fault, the bank said.",
            "Some customers said they had been unable to pay rent or move money between "
            "accounts for several hours.",
        ),
        "2025-06-11",
        "Cressley Bank",
        "mobile_app",
        id="D1",
    ),
    pytest.param(
        article(
            "Homeware retailer's tills fail",
            "Customers of Delmont Home were unable to pay by card in its stores on Saturday "
            "after a fault with its tills, the homeware retailer said.",
            "Staff accepted cash, but some shoppers said they had left without buying anything.",
        ),
        "2025-11-24",
        "Delmont Home",
        "card_payments",
        id="D4",
    ),
    pytest.param(
        article(
            "Ferry passengers unable to reach call centre",
            "Passengers of Greyhaven Ferries could not get through to its call centre for "
            "most of Friday after a telephone system failure, the operator said.",
            "Sailings ran to timetable, and the company said passengers could change "
            "bookings by email.",
        ),
        "2025-07-28",
        "Greyhaven Ferries",
        "customer_service",
        id="D5",
    ),
]


@pytest.mark.parametrize(("text", "published", "org", "service"), D_SERVICE)
def test_d_people_of_organisation_tell_its_service_disrupted(
    extract: Any, text: str, published: str, org: str, service: str
) -> None:
    record = extract(text, published=published)
    assert statuses(get(record, org)).get(service) == "disrupted"


D_TYPE = [
    pytest.param(
        article(
            "Dental patients unable to book online",
            "Patients of Whitlow Dental Group could not book appointments online after a "
            "system failure on Thursday, the group said.",
            "Its 18 surgeries stayed open and patients could still book by phone.",
        ),
        "2025-08-15",
        "Whitlow Dental Group",
        id="D2",
    ),
]


@pytest.mark.parametrize(("text", "published", "org"), D_TYPE)
def test_d_system_failure_is_technical_outage(
    extract: Any, text: str, published: str, org: str
) -> None:
    record = extract(text, published=published)
    assert "technical_outage" in types_of(get(record, org))


D_OWN_RIGHT = [
    pytest.param(
        article(
            "Gym members unable to book classes",
            "Members of Ravensholt Leisure could not book classes through its app or website "
            "for three days last week, the gym chain has said.",
            "Ravensholt Leisure blamed a fault in its own systems and said members who "
            "missed sessions would be offered extra classes.",
        ),
        "2025-10-14",
        "Ravensholt Leisure",
        id="D3",
    ),
]


@pytest.mark.parametrize(("text", "published", "org"), D_OWN_RIGHT)
def test_d_organisation_is_hit_in_its_own_right(
    extract: Any, text: str, published: str, org: str
) -> None:
    record = extract(text, published=published)
    assert "third_party" not in types_of(get(record, org))


D_THIRD_PARTY = [
    pytest.param(
        article(
            "Insurer's helpline down after phone provider fault",
            "Customers of Ambleford Insurance were unable to reach its helpline on Wednesday "
            "after a fault at Pennard Telecom, its phone provider.",
            "Ambleford Insurance said it was sorry for the inconvenience and that claims "
            "could still be made online.",
            "Pennard Telecom said the fault, at one of its exchanges, had been fixed by the "
            "evening.",
        ),
        "2025-10-09",
        "Ambleford Insurance",
        id="D6",
    ),
    pytest.param(
        article(
            "Energy customers unable to pay bills online",
            "Customers of Merriton Energy could not pay their bills online on Monday after a "
            "fault at Calloway Payments, the company that processes its card payments.",
            "Merriton Energy said no customer would be charged a late fee, and Calloway "
            "Payments said its engineers were investigating.",
        ),
        "2025-12-09",
        "Merriton Energy",
        id="D7",
    ),
]


@pytest.mark.parametrize(("text", "published", "org"), D_THIRD_PARTY)
def test_d_hit_through_a_providers_fault_is_third_party(
    extract: Any, text: str, published: str, org: str
) -> None:
    record = extract(text, published=published)
    assert "third_party" in types_of(get(record, org))


# --- E. start dates -------------------------------------------------------------------

E_START = [
    pytest.param(
        article(
            "Bank customers hit by week of payment problems",
            "Between 3 and 7 March, customers of Hadley Cross Bank could not make payments "
            "from their accounts using its app, the bank has admitted.",
            "The bank said a fault in a new payments system was to blame and that anyone who "
            "had incurred charges would be refunded.",
        ),
        "2025-03-10",
        "Hadley Cross Bank",
        "2025-03-03",
        id="E1",
    ),
    pytest.param(
        article(
            "Gym chain's booking system down all weekend",
            "Members of Pelmont Fitness were unable to book classes or check in at its gyms "
            "from Friday to Sunday after a computer fault, the company said on Tuesday.",
            "Pelmont Fitness said the fault had been fixed on Monday and that members would "
            "receive a week's free membership.",
        ),
        "2025-06-10",
        "Pelmont Fitness",
        "2025-06-06",
        id="E2",
    ),
    pytest.param(
        article(
            "Taxi app still unreliable after three days",
            "Drivers and passengers of Skerrick Cabs say the firm's booking app first "
            "stopped working on Monday morning and has been unreliable ever since.",
            "Skerrick Cabs said it had identified a problem with a server and expected the "
            "app to be fully working by the weekend.",
        ),
        "2025-04-17",
        "Skerrick Cabs",
        "2025-04-14",
        id="E3",
    ),
    pytest.param(
        article(
            "Recruitment firm reveals data breach",
            "Halberd Recruitment has told candidates that hackers may have accessed their "
            "personal details. The firm said it became aware of the intrusion on 19 April, "
            "when staff noticed unusual activity on its network.",
            "It said the names, addresses and bank details of some candidates may have been "
            "accessed, and that it had informed the police.",
        ),
        "2025-05-02",
        "Halberd Recruitment",
        "2025-04-19",
        id="E4",
    ),
    pytest.param(
        article(
            "Delivery delays at online grocer",
            "Customers of Greenacre Larder, an online grocer, had deliveries cancelled or "
            "delayed between 28 November and 2 December after a fault in its warehouse "
            "systems, the company said.",
            "It said deliveries were now running normally and that affected customers would "
            "be refunded.",
        ),
        "2024-12-05",
        "Greenacre Larder",
        "2024-11-28",
        id="E5",
    ),
    pytest.param(
        article(
            "Hotel group's booking website hit by outage",
            "Guests trying to book rooms with Corrowvale Hotels first noticed problems on "
            "Saturday, when the group's website began showing error messages.",
            "The company said on Monday that a software fault was to blame and that it was "
            "working to restore the booking system.",
        ),
        "2025-09-08",
        "Corrowvale Hotels",
        "2025-09-06",
        id="E6",
    ),
    pytest.param(
        article(
            "Port operator investigating cyber attack",
            "Saltmere Port Authority said it detected suspicious activity on its network on "
            "2 February and took several systems offline as a precaution.",
            "Cargo operations continued, but some bookings were being handled manually, the "
            "authority said.",
        ),
        "2025-02-10",
        "Saltmere Port Authority",
        "2025-02-02",
        id="E7",
    ),
    pytest.param(
        article(
            "Council services disrupted after cyber attack",
            "Yarrowby District Council has been hit by a cyber attack that has knocked out "
            "many of its online services. The council said its IT team detected the attack "
            "on Sunday evening and shut down its network to contain it.",
            "Residents have been unable to apply for permits or pay bills online since then, "
            "and the council said it could be weeks before all its services are restored.",
        ),
        "2025-11-20",
        "Yarrowby District Council",
        "2025-11-16",
        id="E8",
    ),
]


@pytest.mark.parametrize(("text", "published", "org", "expected"), E_START)
def test_e_incident_start(extract: Any, text: str, published: str, org: str, expected: str) -> None:
    record = extract(text, published=published)
    assert earliest_start(get(record, org)) == expected

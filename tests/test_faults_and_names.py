"""A fault placed in an IT thing is an outage ('a fault in its booking system', 'problems
with the chain's till system'), as an IT thing told as failing is ('its till system
crashed'), told after an attack ruled out as its cause too, and a service told failing in the
progressive ('card payments have been failing') is disrupted; a shutdown whose subject is such
a failure is a disruption, no pause chosen; a
bare 'error' alone tells no incident, a bare 'fault' only told as one beside
a service named failing ('could not use its app ... after a fault'; not 'was not its fault',
nor 'the fault affected a few clients', which ties none of them). Names: a business-kind noun
before a name makes it an organisation whatever the model took it for ('the bakery chain
Crumbwell'), so does an apposition that describes a company ('Nimbus, a Leeds-based hosting
provider'), the people of an organisation before its name ('passengers of X', 'guests at
X'), a spelling as a brand ('quikDrop') and a notice's signature ('The X team'); a name with
a possessive in it is one name through an initialism ("St Wilfrid's Hospital NHS Foundation
Trust"), and a public body named by its remits is one ('Office of Energy and Water
Services'), as an institution named after its nation is ('the Dutch Library', whose word
alone the model may take for a person's name); an incident that forced an organisation to take a
step of a business that lost its systems hit it ('a ransomware attack forced X, one of the
region's biggest hospital operators, to divert ambulances'), where a forcing by anyone else, or
of another's answer to the incident, hits no one; the publisher of a
report ('a report from insurer X') is its source, no victim, and a town that only places a
business ('an Inverness accountancy firm') is none either, nor is an initialism that only
names a kind of premises ('GP surgeries').
A headline that tells one organisation of a kind hit, naming none ('Fuel retailer hit by
cyber attack'), tells of the one the next sentence opens on when that sentence tells a service
down, and a network an owner runs is its banner past a hyphened size ('which owns the
420-site Northway network'). A place's possessive right before a name passes to the attack
before it ('an attack on Germany's Oberbach Logistik'); one of a place's kinds in an apposition
makes a company ('X, one of France's largest DIY chains'), one of an organisation's clients
does not, and an initialism only ever before a kind of business ('DIY chains') is no victim.
A business named for its trade is one name, wherever the model cut it ('Corran Plumbing' with
'Corran' tagged alone, 'Norfolk Tyres' with 'Tyres' alone, 'Fennick Payroll' taken for a
person); two names joined by 'and' stay two. A name the article also writes as where a business is
('Tuam-based') is a place in all its mentions, whatever the model tagged them, and so is a
town listed after a place and a comma behind a preposition of place ('at branches in York,
Derby and Hull'), where 'In Canada, X, the country's largest ..., said' opens a clause on X.
A victim that reported the attack to someone ('has reported the attack to the police') gave a
notice, as no newsroom does: it is no outlet; and an outlet told something ('told the Daily
Clarion the attack bore ...') is not put on the receiving end of the attack named after it. A
word that opens its sentence before a lower-case descriptor ('Hotel chain Pellow Inns said',
"Homeware chain's web shop back") is a kind of business, no name. In what a victim reports, a
fault that damaged its own thing hit it ('X said a fault at its hosting provider knocked its
website offline': the participle 'hosting' ends nothing, and the damage is X's), where one
that damaged its customers' things did not hit the speaker. Members of a plural told hit,
placed by a phrase of place ('hit schools in the county, including X and Y'), were hit. A public
body named by its remits is one name where the model cut it at 'and' ('the Ministry of Education
and Skills'), not when a company follows the 'and' ('... and Corran Water').
Every sentence here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import names, statuses

Extract = Callable[..., dict[str, Any]]


def assert_one_outage(record: dict[str, Any]) -> None:
    assert len(record["incidents"]) == 1
    assert "technical_outage" in record["incidents"][0]["incident_types"]


@pytest.mark.parametrize(
    "text",
    [
        "Ferry bookings down\n\nTarbert Ferries Ltd could not take bookings on Sunday because "
        "of a fault in its reservation system.",
        "Queues at Pellow Stores\n\nShoppers at Pellow Stores Ltd queued for an hour on "
        "Saturday because of problems with the chain's till system.",
        "Cinema app down\n\nFilmhaus Ltd said an error in the ticketing software took its app "
        "offline for most of Friday evening.",
    ],
)
def test_a_fault_in_an_it_thing_is_an_outage(extract: Extract, text: str) -> None:
    assert_one_outage(extract(text, "2025-06-02"))


@pytest.mark.parametrize(
    "text",
    [
        "Patient record outage at Morland hospitals\n\nMorland Teaching Hospitals NHS Trust "
        "switched to paper notes on Monday after its electronic patient record system failed.",
        "Tills down at Brackley Stores\n\nBrackley Stores Ltd took only cash on Saturday after "
        "its till system crashed.",
        "Kiosks down at Harwood Inns\n\nHarwood Inns Group said its ordering kiosks froze on "
        "Friday night, leaving pubs taking orders at the bar.",
        "Staff paid late at Denholm Engineering\n\nStaff at Denholm Engineering Ltd were paid "
        "late after the company's payroll software stopped working on Friday.",
    ],
)
def test_an_it_thing_told_as_failing_is_an_outage(extract: Extract, text: str) -> None:
    assert_one_outage(extract(text, "2025-06-02"))


def test_something_else_failing_is_no_incident(extract: Extract) -> None:
    text = (
        "Brackley Stores deal off\n\nBrackley Stores Ltd said talks to buy a rival chain had "
        "collapsed on Friday, and its plan to open 20 shops had failed to win backing."
    )
    assert extract(text, "2025-06-02")["incidents"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Dunwell restates results\n\nDunwell Group Ltd admitted an error in its half-year "
        "figures and said problems with its pricing had cost it sales.",
        "Critics of the plan\n\nOne critic said there was a fault in the council's reasoning "
        "and that the scheme was a failure of nerve.",
    ],
)
def test_a_fault_in_no_it_thing_is_no_incident(extract: Extract, text: str) -> None:
    assert extract(text, "2025-06-02")["incidents"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbury Foods Ltd said a fault in its payment system stopped card payments at its 30 "
        "shops on Sunday.",
        # the stop's own auxiliaries stand between the failure and it
        "Harbury Foods Ltd said a botched software update had stopped card payments at its "
        "30 shops on Sunday.",
        # and so may an aside set off by two commas
        "Harbury Foods Ltd said a botched software update, installed overnight, had stopped "
        "card payments at its 30 shops on Sunday.",
        # the failure as the passive's agent
        "Harbury Foods Ltd said card payments at its 30 shops were halted by an IT outage on "
        "Sunday.",
    ],
)
def test_a_shutdown_a_failure_caused_is_a_disruption(extract: Extract, sentence: str) -> None:
    record = extract(f"Card payments fail at Harbury Foods Ltd\n\n{sentence}", "2025-06-02")
    assert statuses(record["incidents"][0])["card_payments"] == "disrupted"


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbury Foods Ltd said that after a fault in its payment system, it stopped card "
        "payments at its 30 shops on Sunday.",
        # one comma parts the failure from the subject that chose the stop
        "Harbury Foods Ltd said that after a botched software update, managers stopped card "
        "payments at its 30 shops on Sunday.",
        # two commas that enclose no aside of the failure part it from the stop too
        "Harbury Foods Ltd said that after a botched software update, on the advice of its "
        "bank, managers stopped card payments at its 30 shops on Sunday.",
        # the passive's agent is who chose it
        "Harbury Foods Ltd said card payments at its 30 shops were halted by managers on "
        "Sunday after an IT outage.",
    ],
)
def test_a_shutdown_chosen_after_a_failure_stays_a_pause(extract: Extract, sentence: str) -> None:
    record = extract(f"Harbury Foods Ltd pauses card payments\n\n{sentence}", "2025-06-02")
    assert statuses(record["incidents"][0])["card_payments"] == "suspended"


@pytest.mark.parametrize(
    "text",
    [
        "Ticket app down\n\nPassengers of Kelso Transit could not use its app to top up "
        "travel cards on Monday after a fault.",
        "Card machines\n\nShoppers at Dalby Stores were unable to pay by card on Saturday "
        "because of a malfunction, the chain said.",
        # what the fault did may read as a stop ("stopped ... from")
        "Checkout trouble\n\nA fault at Dalby Stores stopped shoppers from paying on its "
        "website on Saturday.",
    ],
)
def test_a_bare_fault_beside_a_failing_service_is_an_outage(extract: Extract, text: str) -> None:
    assert_one_outage(extract(text, "2025-06-02"))


@pytest.mark.parametrize(
    "text",
    [
        "Refund delays\n\nCustomers of Marlow Home could not get refunds for three weeks, and "
        "the retailer said the delay was not its fault.",
        "Lift repaired\n\nEngineers found a fault in the lift at the Morven Centre on Monday. "
        "It was repaired by Wednesday.",
    ],
)
def test_a_fault_of_blame_or_with_no_failing_service_is_no_incident(
    extract: Extract, text: str
) -> None:
    assert extract(text, "2025-06-02")["incidents"] == []


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "Crumbwell tills down\n\nCustomers of the bakery chain Crumbwell could not pay by "
            "card on Monday after a fault in its till system.",
            "Crumbwell",
        ),
        (
            "Website down\n\nAn outage at Nimbus, a Leeds-based hosting provider, took "
            "hundreds of shop websites offline on Monday. Nimbus said a power failure had "
            "caused it.",
            "Nimbus",
        ),
        (
            "Shops hit by platform breach\n\nHundreds of small shops were told on Tuesday that "
            "customer details may have been stolen. Marla Finch, a Dublin-based e-commerce "
            "platform, said hackers had broken into its systems on Sunday.",
            "Marla Finch",
        ),
        (
            "Game down\n\nTobin Reyes, a gaming platform with 40 million players, said a cyber "
            "attack took its servers offline on Saturday.",
            "Tobin Reyes",
        ),
        (
            "Check-in outage\n\nPassengers of Kestrel Link were unable to check in on Tuesday "
            "after a computer outage at the airline.",
            "Kestrel Link",
        ),
        (
            "Bookings lost\n\nGuests at Blue Harbour were told on Monday that their card "
            "details had been stolen in a cyber attack on the hotel group.",
            "Blue Harbour",
        ),
    ],
)
def test_a_described_name_is_an_organisation(extract: Extract, text: str, victim: str) -> None:
    assert victim in names(extract(text, "2025-06-02"))


def test_the_publisher_of_a_report_is_no_victim(extract: Extract) -> None:
    record = extract(
        "Retail cyber claims rise\n\nCyber claims from shops rose by a third last year, "
        "according to a report from insurer Carrick Mutual. Carrick said ransomware and power "
        "failures at hosting firms had left several of its policyholders unable to trade.",
        "2025-06-02",
    )
    assert record["incidents"] == []


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "Trust cancels clinics\n\nSt Wilfrid's Hospital NHS Foundation Trust cancelled "
            "clinics on Tuesday after an IT outage took its patient record system offline.",
            "St Wilfrid's Hospital NHS Foundation Trust",
        ),
        (
            "Trust hit by ransomware\n\nMary's and St Bede's NHS Trust said on Monday that a "
            "ransomware attack had taken its computer systems offline.",
            "Mary's and St Bede's NHS Trust",
        ),
    ],
)
def test_a_possessive_institution_name_is_one_name(
    extract: Extract, text: str, victim: str
) -> None:
    assert victim in names(extract(text, "2025-06-02"))


@pytest.mark.parametrize("victim", ["Scottish Library", "Dutch Library", "Irish Library"])
def test_an_institution_named_after_its_nation_is_one_name(extract: Extract, victim: str) -> None:
    record = extract(
        "Council hit by ransomware\n\nRavenhill Borough Council said on Tuesday that a "
        "ransomware attack had taken its website offline.\n\nIn 2022, the " + victim + " was "
        "hit by the Ryuk ransomware gang; its online catalogue was unavailable for months.",
        "2025-06-02",
    )
    assert victim in names(record)
    assert "Library" not in names(record)


@pytest.mark.parametrize(
    ("sentence", "victim"),
    [
        (
            "A ransomware attack last month forced Kelsington Health to divert ambulances.",
            "Kelsington Health",
        ),
        (
            "A cyber attack last week forced Hallett Foods to pay its staff by hand.",
            "Hallett Foods",
        ),
    ],
)
def test_an_incident_that_forced_an_organisation_to_act_hit_it(
    extract: Extract, sentence: str, victim: str
) -> None:
    record = extract(
        "Hospital group hit\n\nGreyholm Health said on Monday that hackers had encrypted its "
        "servers. " + sentence,
        "2025-06-02",
    )
    assert victim in names(record)


def test_one_of_a_kind_in_an_apposition_makes_a_company(extract: Extract) -> None:
    # a one-word name the model takes for a person, described as one of a kind of business
    record = extract(
        "Care homes hit\n\nGreyholm Health said on Monday that hackers had encrypted its "
        "servers. A ransomware attack in May forced Bramwell, one of the region's biggest "
        "hospital operators, to divert ambulances.",
        "2025-06-02",
    )
    assert "Bramwell" in names(record)


@pytest.mark.parametrize(
    "sentence",
    [
        "Regulators forced Hallett Foods to pay a fine last year.",
        "The attack forced the Pellingham Data Commission to open an inquiry.",
        "The attack forced rival grocer Penmore Markets to extend its opening hours.",
        "The outage forced the neighbouring Tenby General Hospital to take in extra patients.",
    ],
)
def test_a_forcing_by_anyone_else_or_of_anothers_answer_hits_no_one(
    extract: Extract, sentence: str
) -> None:
    # guard: the forcing's subject is no incident, or what was forced answers another's trouble
    record = extract(
        "Bank hit\n\nHarlow Bank said on Monday that hackers had encrypted its servers. "
        + sentence,
        "2025-06-02",
    )
    assert names(record) == ["Harlow Bank"]


def test_a_name_running_on_past_its_head_is_not_cut_at_the_head(extract: Extract) -> None:
    names_found = names(
        extract(
            "Agency hit\n\nNorway's Health Records Agency shut down its IT systems on Friday "
            "after a ransomware attack.",
            "2025-06-02",
        )
    )
    assert "Health Records Agency" in names_found
    assert "Norway's Health" not in names_found


def test_a_name_spelled_as_a_brand_is_an_organisation(extract: Extract) -> None:
    record = extract(
        "Delivery app hacked\n\nquikDrop said on Monday that hackers had stolen the email "
        "addresses of 40,000 customers. The company said the stolen data did not include card "
        "details, and quikDrop deliveries were running normally.",
        "2025-06-02",
    )
    assert names(record) == ["quikDrop"]


def test_the_fault_told_again_ties_none_of_the_clients_it_names(extract: Extract) -> None:
    record = extract(
        "Payroll outage\n\nThousands of staff were paid late on Friday after an outage at the "
        "payroll company Wageline. Wageline, whose clients include the hotel group Corbel Inns, "
        "said the fault affected a small number of clients.",
        "2025-06-02",
    )
    assert "Corbel Inns" not in names(record)


def test_the_name_a_notice_signs_with_is_an_organisation(extract: Extract) -> None:
    record = extract(
        "A message from Marla Finch to our customers\n\n12 May 2025\n\nDear customer,\n\n"
        "We are writing to tell you about a cyber attack on our systems. On 8 May we found that "
        "an unauthorised party had accessed our customer database and taken names and email "
        "addresses. We have secured our systems and told the regulator.\n\nWe are sorry this "
        "has happened.\n\nThe Marla Finch team",
        "2025-05-12",
    )
    assert names(record) == ["Marla Finch"]
    assert record["incidents"][0]["data_compromised"] is True


@pytest.mark.parametrize(
    "body",
    ["Department of Health and Social Services", "Office of Energy and Water Services"],
)
def test_a_public_body_of_two_remits_is_one_name(extract: Extract, body: str) -> None:
    record = extract(
        f"Department hit\n\nThe {body} said on Monday that ransomware had shut its systems.",
        "2025-06-02",
    )
    assert names(record) == [body]


@pytest.mark.parametrize(
    ("text", "victim", "place"),
    [
        (
            "Ransomware attack on Carrick IT spreads to clients\n\nA ransomware attack on "
            "Carrick IT Services, which looks after the computers of about 60 small firms in "
            "the Highlands, has spread to some of its clients. Moffat & Lyle, an Inverness "
            "accountancy firm, said its email had been down since Saturday.",
            "Moffat & Lyle",
            "Inverness",
        ),
        (
            "Brightsmile dental clinics hit by ransomware\n\nBrightsmile Dental Clinics has "
            "cancelled appointments after a ransomware attack encrypted its patient records. "
            "The company said patients of the Kelowna clinic would be contacted by phone.",
            "Brightsmile Dental Clinics",
            "Kelowna",
        ),
    ],
)
def test_a_town_that_only_places_a_business_is_no_victim(
    extract: Extract, text: str, victim: str, place: str
) -> None:
    found = names(extract(text, "2025-03-10"))
    assert victim in found
    assert place not in found


def test_an_initialism_that_only_names_a_kind_of_premises_is_no_victim(extract: Extract) -> None:
    text = (
        "Patient record outage at Morland hospitals\n\nMorland Teaching Hospitals NHS Trust "
        "switched to paper notes on Monday after a fault in its electronic patient record system. "
        "The fault also disrupted GP surgeries across the county, which could not see test "
        "results."
    )
    found = names(extract(text, "2025-03-10"))
    assert "Morland Teaching Hospitals NHS Trust" in found
    assert "GP" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Foods card payments\n\nHarlow Foods Ltd said it had ruled out a cyber attack as "
        "the cause of a fault that left shoppers unable to pay by card on Saturday.",
        "Council phones down\n\nDunmore District Council says it has ruled out a cyber attack as "
        "the cause of the IT failure that knocked out its phone lines and website this week.",
        # the passive denies as the active does
        "Harlow Building Society app down\n\nHarlow Building Society said a cyber attack had "
        "been ruled out after its banking app stopped working for six hours on Monday.",
    ],
)
def test_a_trouble_told_after_an_attack_ruled_out_is_still_told(
    extract: Extract, text: str
) -> None:
    # the denial says what the trouble was not, not that there was none
    assert_one_outage(extract(text, "2024-10-11"))


def test_an_attack_ruled_out_with_no_trouble_told_is_no_incident(extract: Extract) -> None:
    text = (
        "Council statement\n\nDunmore District Council said on Tuesday that it had ruled out a "
        "cyber attack."
    )
    assert extract(text, "2024-10-11")["incidents"] == []


def test_planned_work_denied_as_any_fault_is_no_incident(extract: Extract) -> None:
    text = (
        "Harlow Building Society app offline on Sunday\n\nHarlow Building Society said its app "
        "would be unavailable between 1am and 5am on Sunday. The society said the work was "
        "planned maintenance to upgrade its systems and was not connected to any fault or "
        "security issue."
    )
    assert extract(text, "2025-03-10")["incidents"] == []


def test_an_outage_not_related_to_an_attack_is_an_it_failure(extract: Extract) -> None:
    text = (
        "Card payments fail at Pellow Stores\n\nShoppers at Pellow Stores Ltd could not pay by "
        "card for two hours on Saturday. The retailer said the outage was not related to a "
        "cyber attack or any security issue."
    )
    kinds = extract(text, "2025-03-10")["incidents"][0]["incident_types"]
    assert "technical_outage" in kinds and "cyber_attack" not in kinds


def test_a_system_that_failed_to_do_something_is_no_outage(extract: Extract) -> None:
    text = (
        "Hackers steal data from Pellow Stores\n\nHackers stole customer records from Pellow "
        "Stores Ltd last week, and its security system failed to detect the intruders for "
        "three days."
    )
    kinds = extract(text, "2025-03-10")["incidents"][0]["incident_types"]
    assert "technical_outage" not in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Drayton Mills said on Tuesday that its network had been compromised.",
        "Drayton Mills said its email servers were compromised last week.",
    ],
)
def test_an_it_thing_told_compromised_is_an_attack(extract: Extract, sentence: str) -> None:
    record = extract("Drayton Mills investigates\n\n" + sentence, "2025-10-09")
    assert names(record) == ["Drayton Mills"]
    assert record["incidents"][0]["incident_types"] == ["cyber_attack"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a guard: what is compromised is no IT thing
        "Drayton Mills said the talks with its union had been compromised by the leak.",
        # a guard: a takedown by police, told in the active, is no attack on the market
        "Police compromised the servers of Duskmoor Market and watched its users for months.",
    ],
)
def test_a_compromise_of_no_it_thing_is_no_incident(extract: Extract, sentence: str) -> None:
    assert extract("Court hears case\n\n" + sentence, "2025-10-09")["incidents"] == []


def test_a_name_given_as_another_names_alias_is_that_organisations(extract: Extract) -> None:
    record = extract(
        "Drug maker investigates\n\nHollin Pharmaceuticals, known as HPX outside Europe, said "
        "on Monday that its network had been compromised. HPX said its website was offline.",
        "2025-10-09",
    )
    assert names(record) == ["Hollin Pharmaceuticals"]
    assert "HPX" in record["incidents"][0]["organization"]["aliases"]
    # the alias named on its own later still speaks for the organisation
    assert statuses(record["incidents"][0])["website"] == "disrupted"


def test_a_gang_known_as_a_name_is_still_no_victim(extract: Extract) -> None:
    # a guard: "known as" after no name frames the attacker
    record = extract(
        "Drug maker investigates\n\nHollin Pharmaceuticals said on Monday that its network had "
        "been compromised. A ransomware gang known as Greyhook claimed the attack.",
        "2025-10-09",
    )
    assert names(record) == ["Hollin Pharmaceuticals"]


def test_a_name_always_told_with_its_possessive_is_one_name(extract: Extract) -> None:
    # "Gino" is never named alone: "Gino's Slice" is the chain's whole name
    record = extract(
        "Gino's Slice switches ordering app back on\n\nCustomers can once again order from "
        "Gino's Slice on their phones, the chain said on Tuesday, a week after it pulled its "
        "app following unauthorized access to its ordering platform. Gino's Slice said its "
        "240 restaurants stayed open.",
        "2025-10-09",
    )
    assert names(record) == ["Gino's Slice"]


def test_an_owner_also_named_alone_keeps_its_possessive_apart(extract: Extract) -> None:
    # a guard: "Quenby" named alone owns "Quenby's Rewards"
    record = extract(
        "Quenby Stores pauses rewards after breach\n\nQuenby Stores said on Monday that "
        "hackers had broken into its systems. Quenby's Rewards scheme has been paused, and "
        "Quenby said its shops were open.",
        "2025-10-09",
    )
    assert names(record) == ["Quenby Stores"]


def test_a_disease_outbreak_or_a_hit_to_earnings_ties_no_one(extract: Extract) -> None:
    # the recall "impacted earnings" (no service), and the outbreak is a disease's
    record = extract(
        "Grocer confirms breach\n\nQuenby Stores said hackers had broken into its systems on "
        "Monday. Store closures and the Harlan Farms ham recall had both impacted earnings, "
        "the grocer said. Harlan Farms hams were tied to a deadly Listeria outbreak in the "
        "spring.",
        "2025-10-09",
    )
    assert names(record) == ["Quenby Stores"]


def test_a_name_before_membership_is_the_victims_scheme(extract: Extract) -> None:
    record = extract(
        "Pellmoor Air says member data stolen\n\nPellmoor Air said on Tuesday that names, "
        "email addresses and Pellmoor Skyclub membership numbers had been taken in a cyber "
        "attack on its booking system.",
        "2025-08-20",
    )
    assert [incident["organization"]["name"] for incident in record["incidents"]] == [
        "Pellmoor Air"
    ]


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "Bristol airport said a cyber attack on Monday took its departure screens offline.",
            "Bristol airport",
        ),
        (
            "Leeds university said a cyber attack on Monday took its website offline.",
            "Leeds university",
        ),
    ],
)
def test_a_place_before_a_common_noun_still_names_a_victim(
    extract: Extract, text: str, victim: str
) -> None:
    assert [i["organization"]["name"] for i in extract(text, "2025-05-10")["incidents"]] == [victim]


def test_a_businesss_premises_of_any_trade_tell_of_it(extract: Extract) -> None:
    record = extract(
        "Gym chain's booking app down\n\nBookings at Tarrow Fitness Ltd's 30 gyms failed on "
        "Saturday after an IT outage, and members were turned away.",
        "2025-05-10",
    )
    assert names(record) == ["Tarrow Fitness Ltd"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Card payments have been failing at many of its stations since Saturday.",
        "Its booking website kept failing on Saturday.",
    ],
)
def test_a_service_failing_in_the_progressive_is_disrupted(extract: Extract, sentence: str) -> None:
    record = extract(
        "Crestmoor Energy hit by cyber attack\n\nCrestmoor Energy said a cyber attack hit its "
        "systems on Saturday. " + sentence,
        "2025-06-02",
    )
    found = statuses(record["incidents"][0])
    assert "disrupted" in {
        found.get("card_payments"),
        found.get("website"),
        found.get("online_orders"),
    }


def test_failing_to_or_before_a_noun_is_no_disruption(extract: Extract) -> None:
    # guard: an inability of another verb, and a business described as failing
    record = extract(
        "Crestmoor Energy hit by cyber attack\n\nCrestmoor Energy said a cyber attack hit its "
        "systems on Saturday. Its website was failing to load product pictures for a while "
        "last year, and it bought a failing rival in 2019.",
        "2025-06-02",
    )
    assert statuses(record["incidents"][0]).get("website") != "disrupted"


def test_a_headline_of_one_organisation_of_a_kind_tells_of_the_lede_s(extract: Extract) -> None:
    record = extract(
        "Fuel retailer hit by cyber attack\n\nCrestmoor Energy said card payments had been "
        "failing at many of its stations since Saturday.",
        "2025-06-02",
    )
    assert names(record) == ["Crestmoor Energy"]


def test_a_headline_of_several_of_a_kind_ties_no_lede_name(extract: Extract) -> None:
    # guard: "Hospitals" are several, and they rehearse rather than being hit
    record = extract(
        "Hospitals rehearse a ransomware attack that takes down their records\n\nWellmoor "
        "Health said on Tuesday that its staff had practised working on paper, and phones "
        "were down for an hour during the drill.",
        "2025-06-02",
    )
    assert "Wellmoor Health" not in names(record)


def test_a_network_an_owner_runs_is_its_banner_past_a_hyphened_size(extract: Extract) -> None:
    record = extract(
        "Northway fuel cards back\n\nCard payments are working again at every Northway "
        "station after a cyber attack, Crestmoor Energy said on Tuesday. Crestmoor, which owns "
        "the 420-site Northway network, said card payments had failed on Saturday.",
        "2025-06-02",
    )
    assert len(record["incidents"]) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "The regulator said last year the council was failing in its duty to protect residents' "
        "personal data.",
        "Shareholders say the council's online shop is failing badly against its rivals.",
    ],
)
def test_failing_as_falling_short_is_no_disruption(extract: Extract, sentence: str) -> None:
    # guard: failing a duty or against rivals tells no service down
    record = extract(
        "Tarland Council hit by cyber attack\n\nTarland Council said on Monday that a cyber "
        "attack had hit its phone lines. " + sentence,
        "2025-06-02",
    )
    found = statuses(record["incidents"][0])
    assert "customer_data" not in found
    assert "online_orders" not in found


def test_a_lede_naming_researchers_employer_is_not_the_headlines_victim(
    extract: Extract,
) -> None:
    # guard: the name modifies who speaks; the hospital the headline means is another
    record = extract(
        "Hospital hit by cyber attack\n\nGreyford University researchers said on Monday that "
        "the hospital's records system had been down since Friday.",
        "2025-06-02",
    )
    assert "Greyford University" not in names(record)


def test_a_relation_after_an_owner_frame_lists_no_brand(extract: Extract) -> None:
    # guard: "a long-time rival of X" ends the list of what the owner owns
    record = extract(
        "Homeware chain hit\n\nFoxley Home said a cyber attack had taken its website offline "
        "on Monday. Ashcombe Brands, owner of Linden & Co. and a long-time rival of Foxley "
        "Home, said its stores were unaffected.",
        "2025-06-02",
    )
    assert "Foxley Home" in names(record)


@pytest.mark.parametrize(
    ("sentence", "victim"),
    [
        (
            "The same gang was behind a ransomware attack on Germany's Oberbach Logistik in March.",
            "Oberbach Logistik",
        ),
        ("The gang also claimed an attack on Britain's Halden Post last year.", "Halden Post"),
    ],
)
def test_a_places_possessive_before_a_name_passes_to_the_attack(
    extract: Extract, sentence: str, victim: str
) -> None:
    record = extract(
        "Port hit by ransomware\n\nThe Port of Kelby said on Tuesday that a ransomware attack "
        "had stopped its container terminals. " + sentence,
        "2025-06-02",
    )
    assert victim in names(record)


@pytest.mark.parametrize("victim", ["Outilmax", "Castellan"])
def test_one_of_a_places_kinds_in_an_apposition_makes_a_company(
    extract: Extract, victim: str
) -> None:
    # and an initialism only ever before a kind of business ("DIY chains") is no victim
    record = extract(
        "DIY chain hit\n\nCriminals broke into " + victim + ", one of France's largest DIY "
        "chains, and encrypted its warehouse servers, the company said on Wednesday.",
        "2025-06-02",
    )
    assert names(record) == [victim]


def test_one_of_an_organisations_clients_is_no_kind(extract: Extract) -> None:
    # guard: "one of Tixly's largest clients" says whose client, and the town before it stays
    # a place inside the theatre's name phrase
    record = extract(
        "Ticketing platform hacked\n\nTixly said on Tuesday that hackers had planted code on "
        "its checkout page. The Harbour Theatre in Dunmore, one of Tixly's largest clients, "
        "said on Wednesday that the card details of 6,000 of its customers had been stolen.",
        "2025-06-02",
    )
    assert "Harbour Theatre" in names(record)
    assert "Dunmore" not in names(record)


@pytest.mark.parametrize(
    ("victim", "article"),
    [
        # the model tags "Corran" alone and leaves the trade word untagged
        (
            "Corran Plumbing",
            "Corran Plumbing was hit by a cyber attack last week, the company said. Its booking "
            "system was offline.",
        ),
        # the model takes the whole name for a person's
        (
            "Fennick Payroll",
            "Fennick Payroll said hackers stole payroll data from its servers last week.",
        ),
        # the model tags "Tyres" alone, after a place it leaves untagged
        (
            "Norfolk Tyres",
            "Norfolk Tyres was hit by a cyber attack last week, the company said. Its website "
            "was offline.",
        ),
        (
            "Hadley Veterinary",
            "Ransomware hit Hadley Veterinary on Sunday, locking staff out of appointment systems.",
        ),
    ],
)
def test_a_business_named_for_its_trade_is_one_name(
    extract: Extract, victim: str, article: str
) -> None:
    assert names(extract(article, "2025-03-04")) == [victim]


def test_two_names_joined_by_and_stay_two(extract: Extract) -> None:
    # guard: a place joins a trade word after it, never through "and" (as two places name
    # one council's area): "Toronto and Corran Financial" is no business
    record = extract(
        "OTTAWA, June 3 (wire) - Bank of Toronto and Corran Financial, the online arm of "
        "Harwick Bank, said on Monday that fraudsters had obtained the account details of "
        "20,000 customers.",
        "2025-06-04",
    )
    assert "Corran Financial" in names(record)
    assert not any("Toronto and" in name for name in names(record))


PLACE_STORY = (
    "Corran Home confirms ransomware attack\n\n"
    "{town}-based furniture retailer says deliveries will be delayed\n\n"
    "The furniture retailer Corran Home has confirmed that a ransomware attack disrupted its "
    "online shop and home deliveries last week. Most internal systems are now back in "
    "operation, a spokeswoman said, including stock control at its warehouse in {town}. The "
    "company's customer service phone lines, which have been replaced by an email address "
    "since the attack, are expected back next week. Local councillor Mary Deane, whose ward "
    "includes {town}, said staff had been working long hours."
)


@pytest.mark.parametrize("town", ["Tuam", "Clonmel"])
def test_a_name_written_as_where_a_business_is_stays_a_place(extract: Extract, town: str) -> None:
    # the model tags the town as an organisation, and "The company's" would point back to it
    assert names(extract(PLACE_STORY.format(town=town), "2025-06-04")) == ["Corran Home"]


def test_a_business_named_after_its_town_is_still_one(extract: Extract) -> None:
    # guard: only the place's own name is a place, not a longer name that opens with it
    record = extract(
        "Tuam Motors confirms ransomware attack\n\n"
        "Tuam-based car dealer says repairs will be delayed\n\n"
        "The car dealer Tuam Motors has confirmed that a ransomware attack disrupted its online "
        "booking system last week. Most internal systems are now back in operation, a "
        "spokeswoman said, including stock control at its depot in Tuam.",
        "2025-06-04",
    )
    assert names(record) == ["Tuam Motors"]


@pytest.mark.parametrize("towns", [("York", "Derby", "Hull"), ("Galway", "Sligo", "Ennis")])
def test_a_town_inside_a_list_of_places_is_no_victim(
    extract: Extract, towns: tuple[str, str, str]
) -> None:
    first, middle, last = towns
    record = extract(
        "Bakery chain hit by card outage\n\nHarwick Bakery said on Friday that a fault had "
        "stopped its card machines working. Customers posted on social media that card machines "
        f"had failed at branches in {first}, {middle} and {last}, with staff accepting cash only.",
        "2025-06-04",
    )
    assert names(record) == ["Harwick Bakery"]


def test_a_name_after_an_opening_place_phrase_is_still_a_victim(extract: Extract) -> None:
    # guard: "In Canada, X, the country's largest ..." opens a clause on X, no list of places
    record = extract(
        "Water utilities hit by cyber attacks\n\nDownmere Water said on Tuesday that its "
        "billing system was offline after a cyber attack. In Canada, Northmark Water, the "
        "country's largest private water utility, said on Monday that it had taken its customer "
        "portal offline after a cyber attack.",
        "2025-06-04",
    )
    assert "Northmark Water" in names(record)


@pytest.mark.parametrize(
    ("victim", "article"),
    [
        (
            "Pellow Removals",
            "Removals firm hit by ransomware\n\nPellow Removals said on Monday that hackers had "
            "encrypted its booking system. Pellow Removals has reported the attack to the police "
            "and to the Information Commissioner's Office.",
        ),
        (
            "Harlow Catering",
            "Caterer hit by cyber attack\n\nHarlow Catering said on Friday that a cyber attack "
            "had taken its ordering website offline. Harlow Catering reported the breach to the "
            "regulator on Friday.",
        ),
    ],
)
def test_a_victim_that_reported_the_attack_to_someone_is_no_outlet(
    extract: Extract, victim: str, article: str
) -> None:
    assert names(extract(article, "2025-06-04")) == [victim]


@pytest.mark.parametrize("outlet", ["Daily Clarion", "Northern Mercury"])
def test_an_outlet_told_of_the_attack_is_not_its_victim(extract: Extract, outlet: str) -> None:
    # a determiner after the name opens a new noun phrase: no "X attack" compound
    record = extract(
        "Grocer's website down for a week\n\nPellow Foods said on Monday that its website had "
        f"been offline since last Tuesday. Security experts told the {outlet} the attack bore "
        "all the hallmarks of ransomware.",
        "2025-06-04",
    )
    assert names(record) == ["Pellow Foods"]


@pytest.mark.parametrize(
    ("victim", "article", "claim"),
    [
        (
            "Corran Living",
            "Homeware chain's web shop back after cyber attack\n\nHomeware chain Corran Living "
            "said a cyber attack on Saturday had forced it to take its web shop offline. Shoppers "
            "were unable to order online for three days and had to visit its stores. On Tuesday "
            "evening shoppers could once again order online, the company said.",
            ("online_orders", "restored"),
        ),
        (
            "Pellow Inns",
            "Hotel chain's booking site back after outage\n\nHotel chain Pellow Inns said a fault "
            "on Saturday had taken its booking website offline. Guests were unable to book rooms "
            "online for two days and had to call hotels directly. On Monday evening the website "
            "was working again, the company said.",
            ("website", "restored"),
        ),
    ],
)
def test_a_kind_before_its_descriptor_is_no_name(
    extract: Extract, victim: str, article: str, claim: tuple[str, str]
) -> None:
    # "the company" then points back to the business, not to the kind word
    record = extract(article, "2025-06-04")
    assert names(record) == [victim]
    claims = record["incidents"][0]["restoration_claims"]
    assert claim in [(c["service"], c["status"]) for c in claims]


@pytest.mark.parametrize(
    ("victim", "sentence"),
    [
        (
            "Corran Books",
            "Corran Books said a fault at its hosting provider knocked its website offline on "
            "Monday.",
        ),
        (
            "Harlow Vets",
            "Harlow Vets said a fault at its hosting company took its booking website down on "
            "Tuesday.",
        ),
    ],
)
def test_a_fault_a_victim_reports_on_its_own_thing_hits_it(
    extract: Extract, victim: str, sentence: str
) -> None:
    assert names(extract(sentence, "2025-06-04")) == [victim]


def test_a_fault_a_supplier_reports_on_its_customers_things_does_not_hit_it(
    extract: Extract,
) -> None:
    # guard: "its customers' tills" are not the speaker's own
    record = extract(
        "Harlow Foods said its card machines failed on Friday. Tillora said a faulty update "
        "crashed its customers' tills.",
        "2025-06-04",
    )
    assert names(record) == ["Harlow Foods"]


@pytest.mark.parametrize(
    ("sentence", "victims"),
    [
        (
            "Ransomware hit schools in the county, including Harlow Academy and Fenmoor College, "
            "last week.",
            ["Harlow Academy", "Fenmoor College"],
        ),
        (
            "A cyber attack disrupted hospitals in Wessex, including St Aldwyn's Hospital and "
            "Corran General Hospital, on Monday.",
            ["St Aldwyn's Hospital", "Corran General Hospital"],
        ),
    ],
)
def test_members_of_a_placed_plural_told_hit_were_hit(
    extract: Extract, sentence: str, victims: list[str]
) -> None:
    assert names(extract(sentence, "2025-06-04")) == victims


def test_a_name_behind_a_place_phrase_and_a_thing_is_no_member(extract: Extract) -> None:
    # guard: only "including", "such as", "like", "among" make a member of the plural
    record = extract(
        "Pellow Bank said hackers had stolen customer files. Pellow Bank said the attackers "
        "staged the stolen files in accounts on Corvault, a cloud file-hosting service, "
        "before moving them out.",
        "2025-06-04",
    )
    assert names(record) == ["Pellow Bank"]


def test_organisations_after_an_opening_place_phrase_are_no_list_of_places(
    extract: Extract,
) -> None:
    # guard: the list's other items must be places too
    record = extract("In Wales, Pellow Foods and Corran Bank were hit by ransomware on Monday.")
    assert names(record) == ["Pellow Foods", "Corran Bank"]


def test_an_outlets_report_with_an_infinitive_is_still_an_outlets(extract: Extract) -> None:
    # guard: "to" before a verb is no authority told
    record = extract(
        "Ransomware hit Pellow Foods on Monday. The Harbour Clarion reported the hackers wanted "
        "to sell customer data.",
        "2025-06-04",
    )
    assert names(record) == ["Pellow Foods"]


def test_based_before_no_kind_of_business_places_nothing(extract: Extract) -> None:
    # guard: "Corvane-based booking sites" are built on Corvane, which stays the victim
    record = extract(
        "A ransomware attack on software firm Corvane on Monday took down hundreds of "
        "Corvane-based booking sites.",
        "2025-06-04",
    )
    assert names(record) == ["Corvane"]


def test_a_public_body_named_by_its_remits_is_one_name_where_the_model_cut_it(
    extract: Extract,
) -> None:
    # the model tags "The Ministry of Education" and "Skills" apart
    record = extract(
        "Government systems hit by ransomware\n\nThe Ministry of Education and Skills took its "
        "computer systems offline after a ransomware attack reached its network on Monday.",
        "2025-06-04",
    )
    assert names(record) == ["Ministry of Education and Skills"]


def test_a_company_after_a_ministrys_and_stays_apart(extract: Extract) -> None:
    # guard: a last word of a trade ends a company's name, no remit
    record = extract(
        "Government systems hit by ransomware\n\nThe Ministry of Education and Corran Water "
        "took their computer systems offline after a ransomware attack on Monday.",
        "2025-06-04",
    )
    assert names(record) == ["Ministry of Education", "Corran Water"]


def test_a_name_ending_on_its_trade_is_no_product_whatever_the_model_says(
    extract: Extract,
) -> None:
    # the model tags "Hexworth Foods" PRODUCT; its trade word says it is a business
    record = extract(
        "Local news\n\nHexworth Foods shut its plants after a ransomware attack on Sunday. The "
        "company said most of its plants would be operating by the end of the day.",
        "2025-06-02",
    )
    assert [i["organization"]["name"] for i in record["incidents"]] == ["Hexworth Foods"]


def test_a_technical_failure_is_an_incident(extract: Extract) -> None:
    record = extract(
        "Local news\n\nMembers of Oxcombe Building Society have been unable to log in to its "
        "mobile app since Tuesday following a technical failure.",
        "2025-06-04",
    )
    incident = record["incidents"][0]
    assert incident["organization"]["name"] == "Oxcombe Building Society"
    assert incident["incident_types"] == ["technical_outage"]


def test_technical_errors_in_paperwork_are_no_incident(extract: Extract) -> None:
    # a "technical error" is a bare fault: an incident only beside an IT thing or a service
    record = extract(
        "Local news\n\nOxcombe Builders was disqualified from the council tender on Monday "
        "because of technical errors in its bid paperwork.",
        "2025-06-04",
    )
    assert record["incidents"] == []


@pytest.mark.parametrize("trade", ["Cruises", "Trams", "Ferries"])
def test_a_name_ending_on_a_transport_trade_is_a_business(extract: Extract, trade: str) -> None:
    # ferries, cruises and trams are trades as buses, coaches and airways are; the model
    # finds "Kelwick Ferries" itself (it guards the list), not the other two, and missed
    # another ferry operator in blind round 50b (B1)
    record = extract(
        f"Passengers unable to book online\n\nKelwick {trade} said its website had been "
        "unavailable on Tuesday.",
        "2025-05-08",
    )
    assert [i["organization"]["name"] for i in record["incidents"]] == [f"Kelwick {trade}"]

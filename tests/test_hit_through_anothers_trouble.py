"""A victim hit by another named organisation's trouble was hit through it (issue 12/13,
incident types): 'its website went down after an outage at cloud host X', 'because of a
faulty update from X', 'after X's outage', 'the failure at X left shoppers unable to pay'
give the victim third_party beside the kind of X's trouble, and X keeps its own incident
first-hand. A trouble told as a time ('days after the attack on X') or as another like it
('after a similar attack on X') routes no one. Every sentence here is written for these
tests. A supplier broken into held the data its customers lost, unless it tells its own
data apart, and "the company" in its paragraphs is the supplier, never the public body it
served."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, start_values

Extract = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    ("text", "victim", "kind"),
    [
        (
            "Brackley Foods website down\n\nThe website of Brackley Foods, a Yorkshire grocer, "
            "was offline for three hours on Tuesday after an outage at cloud host Nimbuscale.",
            "Brackley Foods",
            "technical_outage",
        ),
        (
            "Tills fail at Harwick Stores\n\nTills at Harwick Stores stopped working on Friday "
            "because of a faulty software update from Pellucid Systems.",
            "Harwick Stores",
            "technical_outage",
        ),
        (
            "Delmont Air cancels flights\n\nDelmont Air cancelled 200 flights on Friday after "
            "a faulty update from security firm Wardline crashed its crew scheduling system.",
            "Delmont Air",
            "technical_outage",
        ),
        (
            "Farrow Books orders delayed\n\nOnline orders at Farrow Books were delayed all "
            "weekend after Halden Hosting's outage, the bookseller said.",
            "Farrow Books",
            "technical_outage",
        ),
        (
            "Card payments fail at Tamsin Foods\n\nAn outage at Brisco Payments left shoppers "
            "at Tamsin Foods unable to pay by card on Saturday.",
            "Tamsin Foods",
            "technical_outage",
        ),
        (
            "Ferrow Council bookings offline\n\nFerrow Council said its booking system was "
            "offline as a result of the ransomware attack on Cobalt Civic Software.",
            "Ferrow Council",
            "ransomware",
        ),
        # a hyphenated attack word
        (
            "Sandling Books website down\n\nThe website of Sandling Books was down on Saturday "
            "following a cyber-attack on its web host, Vellum Commerce Ltd.",
            "Sandling Books",
            "cyber_attack",
        ),
    ],
)
def test_a_victim_of_anothers_trouble_was_hit_through_it(
    extract: Extract, text: str, victim: str, kind: str
) -> None:
    types = incident_of(extract(text, "2025-10-09"), victim)["incident_types"]
    assert "third_party" in types
    assert kind in types


def test_the_one_whose_trouble_it_was_is_hit_first_hand(extract: Extract) -> None:
    record = extract(
        "Nimbuscale outage takes shops offline\n\nNimbuscale, a cloud hosting firm, suffered "
        "an outage on Tuesday. The website of Brackley Foods was offline for three hours "
        "after the outage at Nimbuscale.",
        "2025-10-09",
    )
    assert "third_party" not in incident_of(record, "Nimbuscale")["incident_types"]
    assert "third_party" in incident_of(record, "Brackley Foods")["incident_types"]


def test_only_the_victim_the_trouble_hit_is_routed(extract: Extract) -> None:
    record = extract(
        "Shops offline\n\nBrackley Foods' website was down on Tuesday after an outage at "
        "cloud host Nimbuscale, while Tarnside Foods was hit by ransomware at its warehouse.",
        "2025-10-09",
    )
    assert "third_party" in incident_of(record, "Brackley Foods")["incident_types"]
    assert "third_party" not in incident_of(record, "Tarnside Foods")["incident_types"]


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        # a trouble told as a time: two incidents in a row
        (
            "Corvane Insurance hit by hackers\n\nCorvane Insurance was hit by hackers days "
            "after the cyber attack on Tillhaven Bank. Corvane said its claims portal was "
            "offline.",
            "Corvane Insurance",
        ),
        (
            "Wexley Council hit by cyber attack\n\nWeeks after the breach at Ormond Borough "
            "Council, Wexley Council said hackers had shut down its payments portal.",
            "Wexley Council",
        ),
        (
            "Ledwell Council hit by cyber attack\n\nLedwell Council said hackers had shut down "
            "its payments portal. The attack on Ledwell Council came after the attack on "
            "Mossbury Council.",
            "Ledwell Council",
        ),
        (
            "Tamblyn Foods data stolen\n\nTamblyn Foods said hackers had stolen card details. "
            "Its disclosure comes as shoppers worry about fraud after a breach at Corley Stores.",
            "Tamblyn Foods",
        ),
        # a trouble told as another like it
        (
            "Pinfold Dairies hit by cyber attack\n\nPinfold Dairies shut down its ordering "
            "system on Monday after a similar attack on Greyholt Dairies.",
            "Pinfold Dairies",
        ),
        # a trouble told as history
        (
            "Carrow Stores hit by ransomware\n\nCarrow Stores, which switched suppliers after "
            "an outage at Nimbus Cloud in 2022, was hit by ransomware on Monday.",
            "Carrow Stores",
        ),
        # the attacker after 'by', and a trouble whose own verb causes nothing
        (
            "Harmon Books website offline\n\nHarmon Books said its website went offline on "
            "Monday after a cyber attack by Greyfang Systems.",
            "Harmon Books",
        ),
        (
            "Fennick Stores tills fail\n\nFennick Stores' tills failed on Saturday after the "
            "outage at Greybridge Foods sent thousands of extra shoppers to its stores.",
            "Fennick Stores",
        ),
    ],
)
def test_a_trouble_told_apart_routes_no_one(extract: Extract, text: str, victim: str) -> None:
    types = incident_of(extract(text, "2025-10-09"), victim)["incident_types"]
    assert "third_party" not in types


def test_a_customer_named_after_a_determiner_was_hit_through_its_provider(
    extract: Extract,
) -> None:
    record = extract(
        "Card terminals fail across Wales\n\nAn outage at the payments company Tenby Pay "
        "stopped card terminals authorising payments on Saturday. Tenby Pay's customers "
        "include the Gower Grocers chain. Gower Grocers said card payments had failed at all "
        "of its 20 shops.",
        "2025-10-09",
    )
    assert "third_party" in incident_of(record, "Gower Grocers")["incident_types"]


def test_the_supplier_an_outage_was_at_has_its_own_incident(extract: Extract) -> None:
    record = extract(
        "Opticians cannot book eye tests\n\nBraemar Opticians has been unable to book eye "
        "tests since Monday because of an outage at its appointment booking software "
        "supplier, Lindqvist Clinic Systems. Corran Eyecare Ltd confirmed that its branches "
        "had also been hit by the outage.",
        "2025-10-09",
    )
    assert "third_party" not in incident_of(record, "Lindqvist Clinic Systems")["incident_types"]
    for customer in ("Braemar Opticians", "Corran Eyecare Ltd"):
        types = incident_of(record, customer)["incident_types"]
        assert {"third_party", "technical_outage"} <= set(types), customer


def test_the_maker_of_a_faulty_update_has_no_incident_of_its_own(extract: Extract) -> None:
    record = extract(
        "Tills fail at Harwick Stores\n\nTills at Harwick Stores stopped working on Friday "
        "because of a faulty software update from Pellucid Systems.",
        "2025-10-09",
    )
    assert "Pellucid Systems" not in [i["organization"]["name"] for i in record["incidents"]]


def test_a_victim_pointing_back_at_a_providers_attack_was_hit_through_it(
    extract: Extract,
) -> None:
    record = extract(
        "Florists warn of late orders after attack on courier\n\nA cyber attack on the "
        "courier Velo Logistics has delayed flower deliveries across the Midlands. The "
        "company said it had shut down its tracking systems. The florist chain Petalworks said "
        "its orders had been delayed by two days as a result.",
        "2025-10-09",
    )
    assert "third_party" in incident_of(record, "Petalworks")["incident_types"]


PAYROLL_HACK = (
    "Staff data stolen in payroll hack\n\nStaff at the airline Corrin Air have been told their "
    "personal details were stolen after hackers broke into Paylink, a payroll provider the "
    "airline uses. Corrin Air said the names, addresses and bank details of about 3,000 "
    "employees had been taken."
)


def test_a_supplier_broken_into_held_the_data_its_customer_lost(extract: Extract) -> None:
    supplier = incident_of(extract(PAYROLL_HACK, "2025-10-09"), "Paylink")
    assert supplier["data_compromised"] is True
    assert {"service": "employee_data", "status": "compromised"} in [
        {"service": s["service"], "status": s["status"]} for s in supplier["services"]
    ]


def test_a_supplier_that_tells_its_own_data_apart_keeps_it(extract: Extract) -> None:
    record = extract(
        PAYROLL_HACK + " Paylink said no data had been taken from its own systems, and that "
        "the attackers had used a former employee's login at the airline.",
        "2025-10-09",
    )
    assert incident_of(record, "Paylink")["data_compromised"] is False


def test_customers_listed_by_their_kind_were_hit_through_the_supplier(extract: Extract) -> None:
    record = extract(
        "Payroll supplier breach hits retailers\n\nHackers stole the names and National "
        "Insurance numbers of staff at three retailers after breaking into the systems of "
        "payroll firm Wagewell on Monday. Wagewell's clients include the fashion chain Loxley "
        "and the grocer Pendle Foods, both of which said their staff had been affected.",
        "2025-10-09",
    )
    for customer in ("Loxley", "Pendle Foods"):
        assert "third_party" in incident_of(record, customer)["incident_types"], customer


def test_the_company_is_the_supplier_not_the_public_body_it_served(extract: Extract) -> None:
    record = extract(
        "School district says student data stolen through software supplier\n\nHarlan Valley "
        "School District said on Monday that names and grades of 12,000 students had been "
        "stolen in a cyber attack on one of its software suppliers.\n\nGradewell, based in "
        "Denver, sells grading software to 400 school districts. In a notice on its website, "
        "Gradewell said it found the intrusion on March 3.\n\nThe company said the attacker "
        "had copied data from some customer databases. It said it had contained the incident "
        "and reset all passwords.",
        "2025-03-10",
    )
    claims = {
        name: [(c["service"], c["status"]) for c in incident_of(record, name)["restoration_claims"]]
        for name in ("Gradewell", "Harlan Valley School District")
    }
    assert (None, "restored") in claims["Gradewell"]
    assert (None, "restored") not in claims["Harlan Valley School District"]


@pytest.mark.parametrize(
    "text",
    [
        "Bexford Foods card payments fail\n\nShoppers at supermarket chain Bexford Foods could "
        "not pay by card for several hours on Saturday. Bexford Foods said the failure was "
        "caused by an update pushed to its terminals overnight by its payment terminal "
        "supplier, and that it was not a cyber attack.",
        "Bexford Foods tills crash\n\nTills at Bexford Foods crashed on Friday morning, leaving "
        "shoppers queuing at cash desks. The retailer blamed a faulty update from its till "
        "software maker.",
        "Bexford Foods kiosks fail\n\nSelf-service kiosks at Bexford Foods stopped working on "
        "Friday. The company said the fault was caused by a faulty patch issued by the system's "
        "manufacturer.",
    ],
)
def test_an_update_shipped_by_its_own_supplier_is_the_route_in(extract: Extract, text: str) -> None:
    # the supplier is unnamed or only described: the update it shipped is still the route
    kinds = incident_of(extract(text, "2025-03-10"), "Bexford Foods")["incident_types"]
    assert "third_party" in kinds and "technical_outage" in kinds


def test_an_update_the_victim_shipped_itself_is_no_route(extract: Extract) -> None:
    text = (
        "Bexford Foods tills crash\n\nTills at Bexford Foods crashed on Friday morning. The "
        "retailer said a faulty update pushed to its tills by its own IT team had caused the "
        "fault."
    )
    kinds = incident_of(extract(text, "2025-03-10"), "Bexford Foods")["incident_types"]
    assert "third_party" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Bexford Foods tills crash\n\nTills at Bexford Foods crashed on Friday morning. The "
        "retailer said the fault was caused by a faulty update that its till supplier pushed "
        "out overnight.",
        "Bexford Foods tills crash\n\nTills at Bexford Foods crashed on Friday morning. The "
        "retailer said a faulty update sent overnight by its point-of-sale supplier had caused "
        "the fault.",
    ],
)
def test_the_supplier_of_an_update_told_in_a_clause_or_a_hyphened_description(
    extract: Extract, text: str
) -> None:
    kinds = incident_of(extract(text, "2025-03-10"), "Bexford Foods")["incident_types"]
    assert "third_party" in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Bexford Foods tills crash\n\nTills at Bexford Foods crashed on Friday morning. The "
        "retailer said the fault was caused by a faulty patch issued by Corvane, the company "
        "that supplies its point-of-sale software.",
        "Bexford Foods kiosks fail\n\nSelf-service kiosks at Bexford Foods stopped working on "
        "Friday. The company blamed a software update from Telvix, its kiosk supplier.",
    ],
)
def test_an_update_from_a_named_company_described_as_its_supplier_is_the_route_in(
    extract: Extract, text: str
) -> None:
    kinds = incident_of(extract(text, "2025-03-10"), "Bexford Foods")["incident_types"]
    assert "third_party" in kinds and "technical_outage" in kinds


def test_an_update_from_a_named_company_described_otherwise_is_no_route(extract: Extract) -> None:
    # a guard: the apposition calls the company no supplier, provider or maker
    text = (
        "Bexford Foods tills crash\n\nTills at Bexford Foods crashed on Friday morning. The "
        "retailer said a faulty update from Harlow Retail, its new owner, had caused the fault."
    )
    kinds = incident_of(extract(text, "2025-03-10"), "Bexford Foods")["incident_types"]
    assert "third_party" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "Brackley Inns said staff bank details were stolen in a ransomware attack on Wagefold, "
        "the payroll company that runs its wages.",
        "Brackley Inns said its booking system went down after an outage at Tallyport, its "
        "booking software supplier.",
    ],
)
def test_a_trouble_at_a_company_described_as_the_victims_supplier_is_the_route(
    extract: Extract, text: str
) -> None:
    record = extract(text, "2025-10-09")
    assert "third_party" in incident_of(record, "Brackley Inns")["incident_types"]
    supplier = next(i for i in record["incidents"] if i["organization"]["name"] != "Brackley Inns")
    assert "third_party" not in supplier["incident_types"]


def test_a_name_closing_a_fronted_phrase_has_no_apposition(extract: Extract) -> None:
    # "According to X, the criminals used a service provider's credentials": X is no provider
    record = extract(
        "Harwick Grill card breach\n\nHarwick Grill said hackers had installed card-stealing "
        "malware at 300 of its restaurants. According to Harwick Grill, the criminals used a "
        "service provider's credentials to log in to its tills.",
        "2025-10-09",
    )
    assert "third_party" in incident_of(record, "Harwick Grill")["incident_types"]


def test_a_victim_that_tells_its_route_shares_its_suppliers_start(extract: Extract) -> None:
    # the route is told in the victim's words ("run by one of its contractors"), the supplier
    # named only later and dated there
    record = extract(
        "Corran Rail says passenger data stolen\n\nCorran Rail said on Wednesday that the "
        "names and phone numbers of 40,000 passengers were stolen after hackers broke into a "
        "booking platform run by one of its contractors.\n\nThe platform is operated by "
        "Velmore CX, an outsourcing company that answers some of Corran Rail's calls. Velmore "
        "detected unusual activity on the platform on Friday and has taken it offline while it "
        "investigates, Corran Rail said.",
        "2025-08-20",
    )
    supplier = incident_of(record, "Velmore CX")
    victim = incident_of(record, "Corran Rail")
    assert "2025-08-15" in start_values(supplier)
    assert "2025-08-15" in start_values(victim)


def test_a_customer_named_inside_its_own_route_is_still_routed(extract: Extract) -> None:
    record = extract(
        "Deliveries to Harlow Foods stores were delayed on Monday after a cyber attack hit a "
        "Harlow Foods supplier's systems, the supermarket said.",
        "2025-05-10",
    )
    assert "third_party" in incident_of(record, "Harlow Foods")["incident_types"]


@pytest.mark.parametrize(
    "text",
    [
        # one of a named customer's suppliers
        "Deliveries to Harlow Foods stores were late on Monday after hackers hit one of Harlow "
        "Foods' suppliers.",
        # "run" the tagger reads as a noun before "by"
        "Harlow Foods said staff names were stolen after hackers broke into a booking platform "
        "run by one of its contractors.",
    ],
)
def test_a_route_through_a_customers_supplier(extract: Extract, text: str) -> None:
    assert (
        "third_party" in incident_of(extract(text, "2025-05-10"), "Harlow Foods")["incident_types"]
    )


STORY_TROUBLE_HIT = (
    "Shops take cash only after card outage\n\nCard payments failed at Fernhill Markets and "
    "Dovecote Pharmacy on Saturday during a card terminal outage, and both took cash only for "
    "most of the day."
)


@pytest.mark.parametrize(
    "blame",
    [
        "The outage was caused by a fault at Quillmore Payments, which runs their card terminals.",
        "The outage has been linked to payments software firm Quillmore.",
        "The disruption was blamed on a faulty update from Quillmore, the terminal maker.",
    ],
)
def test_the_storys_trouble_put_down_to_another_hit_every_victim_through_it(
    extract: Extract, blame: str
) -> None:
    # the cause sentence names none of the victims: its subject is the story's own trouble
    record = extract(STORY_TROUBLE_HIT + " " + blame, published="2025-09-08")
    for victim in ("Fernhill Markets", "Dovecote Pharmacy"):
        assert "third_party" in incident_of(record, victim)["incident_types"]


@pytest.mark.parametrize(
    "blame",
    [
        "The outage was not linked to Quillmore, the payments firm said.",
        "The outage was caused by a fault at its own data centre in Leeds.",
        "The attack has been linked to Grimhollow, which has targeted retailers before.",
    ],
)
def test_a_link_denied_an_own_fault_or_attackers_named_route_no_one(
    extract: Extract, blame: str
) -> None:
    # guards: a denial, a fault told as the victims' own, and a name an attack is linked to
    record = extract(STORY_TROUBLE_HIT + " " + blame, published="2025-09-08")
    assert record["incidents"]
    assert all("third_party" not in i["incident_types"] for i in record["incidents"])


def test_a_victim_told_apart_is_not_hit_through_the_storys_supplier(extract: Extract) -> None:
    # guard: "Separately, ..." tells another trouble (apart_openers)
    record = extract(
        STORY_TROUBLE_HIT
        + " The outage has been linked to payments software firm Quillmore. Separately, "
        "Harlow Foods said on Friday that ransomware had encrypted its servers.",
        published="2025-09-08",
    )
    assert "third_party" in incident_of(record, "Fernhill Markets")["incident_types"]
    assert "third_party" not in incident_of(record, "Harlow Foods")["incident_types"]


@pytest.mark.parametrize(
    "served",
    [
        "the pharmacies whose prescription services Dovecote runs",
        "the grocers whose home deliveries Dovecote handles",
    ],
)
def test_the_one_running_what_businesses_own_is_their_provider(
    extract: Extract, served: str
) -> None:
    record = extract(
        "Ransomware attack on Dovecote\n\nDovecote said on Monday that a ransomware attack had "
        f"encrypted its servers. The attack has also hit {served}. Ashwell Pharmacy and "
        "Marlowe Foods said their online orders were unavailable.",
        "2025-10-09",
    )
    for customer in ("Ashwell Pharmacy", "Marlowe Foods"):
        types = incident_of(record, customer)["incident_types"]
        assert {"ransomware", "third_party"} <= set(types), customer


def test_the_one_holding_what_people_own_serves_no_business(extract: Extract) -> None:
    # guard: the things of people named by "whose" make no provider of their holder
    record = extract(
        "Ransomware attack on Dovecote Savings\n\nDovecote Savings said on Monday that a "
        "ransomware attack had encrypted its servers. Customers whose pensions Dovecote Savings "
        "manages could not log in. Ashwell Pharmacy said its online orders were unavailable.",
        "2025-10-09",
    )
    assert "third_party" not in incident_of(record, "Ashwell Pharmacy")["incident_types"]

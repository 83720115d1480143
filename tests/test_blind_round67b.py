"""Blind round 67b: written from the class descriptions alone, before seeing any output.

C. A client of an attacked or failed supplier reporting its own trouble: the client is a
   related victim with the supplier's types plus third_party, whatever words it uses;
   guards: a client that only says what works, or that says another company's thing is down.
  C1  logistics firm ransomware; client's "home deliveries were running up to five days late":
      client related, ransomware + third_party, home_delivery disrupted.
  C2  parcel firm cyber attack; client "could still order online, but deliveries were
      delayed": related, cyber_attack + third_party, home_delivery disrupted, online_orders
      unaffected.
  C3  courier IT failure; client "parcels are arriving a day late": related, technical_outage
      + third_party, home_delivery disrupted, no cyber_attack.
  C4  card processor outage; pub group "could still pay with cash, but card payments had
      failed": related, technical_outage + third_party, card_payments disrupted.
  C5  guard: software vendor attack; a client says "its stores and website were trading as
      normal": that client has no incident.
  C6  guard: parking software attack; a retailer says "the shopping centre's car park was
      open, but its parking app has been down": the retailer has no incident.
D. Personal data told "involved" in a breach: data_compromised true and customer_data or
   employee_data compromised; guards: "no customer data was involved", people "involved in
   the response / investigation".
  D1  school trust: "data about students and staff was involved": true, customer_data and
      employee_data compromised.
  D2  pension fund: "the details of 3,000 of its members were involved in the breach": true,
      customer_data compromised.
  D3  retailer: "some customer information ... was involved": true, customer_data compromised.
  D4  manufacturer: "personal details of about 400 ... employees were involved": true,
      employee_data compromised, ransomware.
  D5  guard: "no customer data was involved": data_compromised false, customer_data not
      compromised.
  D6  guard: staff "involved in the response", officers "involved in the investigation":
      data_compromised not true, no customer_data or employee_data service.
N. Businesses named in the possessive alone, and business units.
  N1  "An IT fault at Garrahy's was to blame": Garrahy's primary, technical_outage,
      card_payments present.
  N2  "Kearney's said on Saturday that it had taken its website offline": Kearney's primary,
      cyber_attack, website suspended.
  N3  "Copper Kettle, its online gift business,": Ormsby Retail primary with online_orders,
      Copper Kettle has no incident.
  N4  "its garden centre business Greenacre": Brackenfield primary with card_payments,
      ransomware; Greenacre has no incident.
  N5  guard: "Ireland's biggest grocer, Carrig Foods" and a quote ending "We found out from
      Dolan": Carrig Foods primary, technical_outage; no Ireland, no Dolan.
  N6  guard: "its subsidiary Westport Linen had been hit by a ransomware attack": Westport
      Linen keeps an incident with ransomware.

On the first run (the committed code at b759852; the working tree held no edits but this
file), 12 of 18 cases passed. No case was corrected after it. Missed: C2 and C4 (a client
telling what still works, then after "but" what does not, was no victim), C3 (Kestrel Books
no victim: "parcels are arriving a day late"), D3 (customer_data not compromised from "some
customer information ... was involved"), N3 and N4 (the units "Copper Kettle, its online
gift business," and "its garden centre business Greenacre" were victims of their own).

After round 67's rules (a contrast after what still works read on in a client's report;
lateness from its verb; data told "involved" compromised): 15 of 18. Left: C3, where Kestrel
Books is now found but its "parcels ... arriving a day late" names no service (parcels are no
home delivery word), and N3 and N4: a rule making such units their owner's brands passed
them, and was reverted after review (it lost real companies: "its convenience business
Quickmart", sold and then hit, and units told hit took their incident with them).
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses

KNOWN_MISSES: dict[str, str] = {
    "C3": "home_delivery not read: 'parcels are arriving a day late' names no service",
    "N3": "the unit 'Copper Kettle, its online gift business,' is a victim of its own",
    "N4": "the unit 'its garden centre business Greenacre' is a victim of its own",
}


def article(headline: str, *paragraphs: str) -> str:
    return "\n\n".join([headline, *paragraphs]) + "\n"


C_CASES = [
    pytest.param(
        article(
            "Ransomware attack on Harbourline Freight delays deliveries for retailers",
            "Harbourline Freight, a logistics company that moves goods for dozens of British "
            "retailers, has been hit by a ransomware attack, the company confirmed on Tuesday.",
            "The Doncaster-based firm said it had taken some systems offline as a precaution "
            "and was working with external specialists to restore them.",
            "Pennywell Home, the furniture retailer, said home deliveries were running up to "
            "five days late because of the attack on its logistics partner.",
            "Harbourline said it did not yet know when its systems would be fully back.",
        ),
        "2025-03-12",
        {
            "primary": "Harbourline Freight",
            "related": ["Pennywell Home"],
            "has_types": {"Pennywell Home": ["ransomware", "third_party"]},
            "statuses": {"Pennywell Home": {"home_delivery": "disrupted"}},
        },
        id="C1",
    ),
    pytest.param(
        article(
            "Cyber attack at parcel firm Dartley Logistics hits online retailers",
            "Dartley Logistics, which delivers parcels for online retailers across the north "
            "of England, said on Monday it was dealing with a cyber attack that had disrupted "
            "its sorting hubs.",
            "The company said it had notified the National Cyber Security Centre and was "
            "working to bring its systems back.",
            "Oakhanger Outdoor, one of its largest clients, said customers could still order "
            "online, but deliveries were delayed by several days.",
            "Dartley said it expected to resume normal service later in the week.",
        ),
        "2025-06-10",
        {
            "primary": "Dartley Logistics",
            "related": ["Oakhanger Outdoor"],
            "has_types": {"Oakhanger Outdoor": ["cyber_attack", "third_party"]},
            "statuses": {
                "Oakhanger Outdoor": {"home_delivery": "disrupted", "online_orders": "unaffected"}
            },
        },
        id="C2",
    ),
    pytest.param(
        article(
            "IT failure at courier Swiftmere leaves parcels stuck in depots",
            "A computer system failure at Swiftmere Parcels has left thousands of parcels stuck "
            "in its depots, the courier said on Wednesday.",
            "Swiftmere said the fault, in the software that plans its drivers' routes, was not "
            "the result of a cyber attack.",
            "Kestrel Books, an online bookseller that uses the courier, said parcels are "
            "arriving a day late and apologised to customers.",
            "'We are sorry for the delay and are working closely with Swiftmere to catch up,' "
            "a Kestrel Books spokeswoman said.",
        ),
        "2025-09-17",
        {
            "primary": "Swiftmere Parcels",
            "related": ["Kestrel Books"],
            "has_types": {"Kestrel Books": ["technical_outage", "third_party"]},
            "lacks_types": {"Kestrel Books": ["cyber_attack"]},
            "statuses": {"Kestrel Books": {"home_delivery": "disrupted"}},
        },
        id="C3",
    ),
    pytest.param(
        article(
            "Card payment outage at Corvane hits pubs and cafes",
            "Pubs, cafes and shops across Ireland were unable to take card payments for much "
            "of Friday after an outage at payment processor Corvane Payments.",
            "Corvane said a technical fault in one of its data centres had caused the problem.",
            "The Greyfriars Inns pub group said customers could still pay with cash, but card "
            "payments had failed in most of its 40 pubs.",
            "Corvane apologised to customers and said it was investigating the cause.",
        ),
        "2025-11-21",
        {
            "primary": "Corvane Payments",
            "related": ["Greyfriars Inns"],
            "has_types": {"Greyfriars Inns": ["technical_outage", "third_party"]},
            "statuses": {"Greyfriars Inns": {"card_payments": "disrupted"}},
        },
        id="C4",
    ),
    pytest.param(
        article(
            "Software supplier Quillstack hit by cyber attack",
            "Quillstack, which supplies stock management software to retailers in the UK and "
            "Ireland, said on Thursday it had been hit by a cyber attack and had taken its "
            "systems offline.",
            "Several of its retail clients have reported problems ordering stock. Bellamy & "
            "Rowe, a department store chain, said deliveries to its stores had been disrupted.",
            "Hollin Stores, another Quillstack client, said its stores and website were "
            "trading as normal.",
            "Quillstack said it was working with law enforcement.",
        ),
        "2025-04-24",
        {
            "primary": "Quillstack",
            "absent": ["Hollin Stores"],
        },
        id="C5",
    ),
    pytest.param(
        article(
            "Parking apps down after cyber attack on ParkRight",
            "Drivers have been unable to pay for parking through apps at dozens of shopping "
            "centres after a cyber attack on ParkRight Systems, which runs the payment "
            "software.",
            "ParkRight said on Sunday it had shut down its servers while it investigated.",
            "Dunmore Fashions, which has a store at the Castlegate Centre in Shrewsbury, said "
            "the shopping centre's car park was open, but its parking app has been down since "
            "Saturday morning.",
            "ParkRight said drivers could still pay at machines.",
        ),
        "2025-08-03",
        {
            "primary": "ParkRight Systems",
            "absent": ["Dunmore Fashions"],
        },
        id="C6",
    ),
]

D_CASES = [
    pytest.param(
        article(
            "Student and staff data involved in Ashbury Academy Trust cyber attack",
            "Ashbury Academy Trust, which runs six secondary schools in Kent, said on Monday "
            "it had been the victim of a cyber attack.",
            "The trust said data about students and staff was involved and that it had "
            "informed the Information Commissioner's Office.",
            "Schools remained open, but pupils were told to hand in homework on paper while "
            "the trust's IT network was offline.",
        ),
        "2025-01-20",
        {
            "primary": "Ashbury Academy Trust",
            "data_compromised": {"Ashbury Academy Trust": True},
            "statuses": {
                "Ashbury Academy Trust": {
                    "customer_data": "compromised",
                    "employee_data": "compromised",
                }
            },
        },
        id="D1",
    ),
    pytest.param(
        article(
            "Pension fund says members' details involved in breach",
            "The Northgate Pension Fund, which looks after the retirement savings of council "
            "workers in Yorkshire, said on Thursday that it had suffered a data breach at the "
            "hands of cyber criminals.",
            "The fund said the details of 3,000 of its members were involved in the breach, "
            "including names, dates of birth and National Insurance numbers.",
            "It said payments to pensioners were not affected and that it was writing to "
            "everyone whose details were involved.",
        ),
        "2025-02-13",
        {
            "primary": "Northgate Pension Fund",
            "data_compromised": {"Northgate Pension Fund": True},
            "statuses": {"Northgate Pension Fund": {"customer_data": "compromised"}},
        },
        id="D2",
    ),
    pytest.param(
        article(
            "Kilbride Outdoor confirms cyber attack",
            "Outdoor clothing retailer Kilbride Outdoor said on Wednesday that hackers had "
            "gained access to part of its IT network last week.",
            "The company said some customer information, including names, email addresses "
            "and order histories, was involved.",
            "Kilbride Outdoor said its stores and website were trading normally and that it "
            "had contacted affected customers.",
        ),
        "2025-05-07",
        {
            "primary": "Kilbride Outdoor",
            "data_compromised": {"Kilbride Outdoor": True},
            "statuses": {"Kilbride Outdoor": {"customer_data": "compromised"}},
        },
        id="D3",
    ),
    pytest.param(
        article(
            "Staff details involved in Carrow Engineering ransomware attack",
            "Carrow Engineering, a Norwich manufacturer of farm machinery parts, said on "
            "Friday that a ransomware attack had disrupted production at two of its factories.",
            "The company said the personal details of about 400 current and former employees "
            "were involved in the incident.",
            "Production resumed at one factory on Thursday, Carrow said.",
        ),
        "2025-07-18",
        {
            "primary": "Carrow Engineering",
            "data_compromised": {"Carrow Engineering": True},
            "statuses": {"Carrow Engineering": {"employee_data": "compromised"}},
            "has_types": {"Carrow Engineering": ["ransomware"]},
        },
        id="D4",
    ),
    pytest.param(
        article(
            "Thornbury Home says no customer data involved in cyber attack",
            "Homeware retailer Thornbury Home said on Tuesday that a cyber attack had forced "
            "it to suspend online orders over the weekend.",
            "The company said no customer data was involved and that its 30 stores had stayed "
            "open throughout.",
            "Online orders resumed on Monday morning, a spokesman said.",
        ),
        "2025-10-14",
        {
            "primary": "Thornbury Home",
            "data_compromised": {"Thornbury Home": False},
            "not_status": {"Thornbury Home": {"customer_data": "compromised"}},
        },
        id="D5",
    ),
    pytest.param(
        article(
            "Merebrook Housing phone lines down after cyber attack",
            "Merebrook Housing, a housing association with 12,000 homes in Greater Manchester, "
            "said its phone lines and online repairs service were down after a cyber attack "
            "on Sunday.",
            "Dozens of staff were involved in the response over the weekend, the association "
            "said, and specialist officers from the regional cyber crime unit were involved "
            "in the investigation.",
            "Tenants were asked to report emergency repairs in person at its offices.",
        ),
        "2025-03-04",
        {
            "primary": "Merebrook Housing",
            "data_not": {"Merebrook Housing": True},
            "no_service": {"Merebrook Housing": ["customer_data", "employee_data"]},
        },
        id="D6",
    ),
]

N_CASES = [
    pytest.param(
        article(
            "Tills fail at Garrahy's on busiest Saturday before Christmas",
            "Shoppers in Galway were left queueing for up to an hour on Saturday after card "
            "payments failed at Garrahy's.",
            "An IT fault at Garrahy's was to blame, the Shop Street department store said in a "
            "statement on Sunday.",
            "Staff took cash while engineers worked on the problem, and card payments were "
            "working again by mid-afternoon.",
        ),
        "2025-12-21",
        {
            "primary": "Garrahy's",
            "has_types": {"Garrahy's": ["technical_outage"]},
            "has_service": {"Garrahy's": ["card_payments"]},
        },
        id="N1",
    ),
    pytest.param(
        article(
            "Kearney's takes website offline after cyber attack",
            "Kearney's said on Saturday that it had taken its website offline after a cyber "
            "attack on its computer systems.",
            "The furniture and flooring retailer, which has eight stores in the midlands, said "
            "its stores were open as usual but customers would not be able to order online "
            "for several days.",
            "Kearney's said it had reported the incident to the gardaí and the Data "
            "Protection Commission.",
        ),
        "2025-09-27",
        {
            "primary": "Kearney's",
            "has_types": {"Kearney's": ["cyber_attack"]},
            "statuses": {"Kearney's": {"website": "suspended"}},
        },
        id="N2",
    ),
    pytest.param(
        article(
            "Cyber attack at Ormsby Retail halts online gift orders",
            "Ormsby Retail, the Leeds-based group behind the Ormsby homeware shops, said on "
            "Monday that a cyber attack had disrupted its IT systems over the weekend.",
            "Copper Kettle, its online gift business, has stopped taking orders while the "
            "problem is fixed, the company said.",
            "Ormsby said its 22 shops were trading normally.",
        ),
        "2025-02-24",
        {
            "primary": "Ormsby Retail",
            "absent": ["Copper Kettle"],
            "has_types": {"Ormsby Retail": ["cyber_attack"]},
            "has_service": {"Ormsby Retail": ["online_orders"]},
        },
        id="N3",
    ),
    pytest.param(
        article(
            "Brackenfield hit by ransomware attack",
            "Department store group Brackenfield said on Thursday that it had been hit by a "
            "ransomware attack, forcing it to shut down some of its computer systems.",
            "The company said its garden centre business Greenacre had been unable to take "
            "card payments on Wednesday.",
            "Brackenfield said it had called in outside experts and informed the police.",
        ),
        "2025-06-26",
        {
            "primary": "Brackenfield",
            "absent": ["Greenacre"],
            "has_types": {"Brackenfield": ["ransomware"]},
            "has_service": {"Brackenfield": ["card_payments"]},
        },
        id="N4",
    ),
    pytest.param(
        article(
            "Tills down at Carrig Foods supermarkets after IT failure",
            "Ireland's biggest grocer, Carrig Foods, said a technical fault had knocked out "
            "card payments at dozens of its supermarkets on Tuesday evening.",
            "Customers were asked to pay with cash while the problem was fixed.",
            "Staff at some stores said they had not been told about the fault. 'Nobody told "
            "us anything. We found out from Dolan,' said a manager at one store in Cork.",
        ),
        "2025-04-09",
        {
            "primary": "Carrig Foods",
            "absent": ["Ireland", "Dolan"],
            "has_types": {"Carrig Foods": ["technical_outage"]},
        },
        id="N5",
    ),
    pytest.param(
        article(
            "Castlebar Holdings subsidiary hit by ransomware",
            "Castlebar Holdings said on Wednesday that its subsidiary Westport Linen had been "
            "hit by a ransomware attack, disrupting orders from hotels and restaurants.",
            "The linen hire company, which employs 300 people, said deliveries to customers "
            "were running late and that it had shut down its email system as a precaution.",
            "Castlebar Holdings said its other businesses were not affected.",
        ),
        "2025-10-01",
        {
            "present": ["Westport Linen"],
            "has_types": {"Westport Linen": ["ransomware"]},
        },
        id="N6",
    ),
]


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(C_CASES, KNOWN_MISSES))
def test_client_of_failed_supplier(text: str, published: str, expect: dict[str, Any]) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(D_CASES, KNOWN_MISSES))
def test_personal_data_involved(text: str, published: str, expect: dict[str, Any]) -> None:
    check_expectations(run(text, published), expect)


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(N_CASES, KNOWN_MISSES))
def test_possessive_names_and_units(text: str, published: str, expect: dict[str, Any]) -> None:
    check_expectations(run(text, published), expect)

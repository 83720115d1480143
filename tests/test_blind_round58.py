"""Blind round 58: acceptance cases written from the contract alone.

Classes:

P. Personal data disclosed by mistake: an organisation that published, uploaded, attached,
   sent, emailed or left on its website people's personal details "in error", "by mistake",
   "accidentally", "inadvertently" or "through human error" is the primary victim, with
   incident_types exactly ["data_breach"], data_compromised true, the owners' data compromised
   (residents, members, customers, pupils -> customer_data: P1, P2, P3, P5; officers and staff,
   employees -> employee_data: P4, P6) and no restoration for taking the file down. Guards:
   results published a day early by mistake (P7) and a price list emailed in error to a rival
   (P8) give no data compromised anywhere; a hack "traced to human error: an employee clicked a
   link in a phishing email" (P9) is still a cyber_attack (and data_breach, customer_data
   compromised, online shop suspended).
Q. Human error is not an IT failure: "human error" stuffing envelopes (Q1), "an error by a
   member of staff" (Q2), "a clerical error" (Q3), "staff error" with a payroll system that
   "worked correctly" (Q4), a failure to redact called "human error rather than a problem with
   its planning portal" (Q5), "an administrative error by staff" (Q6) -> data_breach, no
   technical_outage (nor cyber_attack), the owners' data compromised. Guards: a configuration
   error by an engineer took the website and app offline, back by mid-afternoon (Q7: website
   and mobile_app restored); a faulty software update pushed out by staff crashed the tills
   (Q8: card_payments disrupted); an engineer deleted the wrong settings, phones and email back
   the next morning (Q9: customer_service and internal_systems restored) -> technical_outage.
R. A mistaken disclosure starts when it went out: the earliest incident_start is the day the
   file was uploaded, sent or posted, and the take-down, report and publication days are no
   incident_start, with the discovery or take-down told first in R1 (spotted 8 May, removed
   9 May, uploaded by mistake 2 May), R3 (removed Wednesday, published in error Tuesday), R4
   (taken off 21 February, uploaded in error 3 February), R6 (alerted 3 March, posted by
   mistake 14 January); R2 (a newsletter sent on Thursday afternoon, noticed Saturday) and R5
   (sent in error on 28 October, reported 30 October) tell it in order. Each is also a P-style
   record (types exactly data_breach, data compromised, nothing restored). Guards: only the
   discovery day given, "spotted on Friday", with an unrelated 1 April 2019 in the background
   (R7: no incident_start other than that Friday, and not 2019); attacks where "hackers broke in
   on 3 March" (R8) or "on 2 April", told after an 18 April discovery (R9), start then.

On the first run (the committed code at d0d7b1f; the working tree held no edits but this
file, though others' uncommitted edits may appear there at any time), 8 of the 27 cases
passed. Class P: 4 of 9, P4 and the guards P7-P9 (P7 and P8 pass by giving no incident at
all): P1, P2, P3, P5 and P6 give no incident. Class Q: 2 of 9, Q7 and Q8: Q1-Q6 give no incident at
all, and Q9 gives internal_systems partially_restored though its claim is restored. Class R: 2
of 9, the attack guards R8 and R9: R2, R4, R6 and R7 give no incident; R1 and R3 get the start
right but no data service and data_compromised null; R5 gets the start right but adds
technical_outage. The nineteen misses are in KNOWN_MISSES with what was observed. A second run
gave the same result.

After the round's rules (a wider grammar of disclosure by mistake, a person's error read as no
IT failure, the contents of a file told taken, a lower-case description as no name), 12 of
the 27 pass: P1, P6, Q6 and R5 lost their marks. Among the fifteen left are victims the grammar
finds the disclosure for but cannot tie (P5: "A primary school in Gloucestershire left ...",
named only later inside "at X"; Q2: "An error by a member of staff at X meant that ..."),
misdirected or unredacted documents told without a disclosure verb near a mistake word (Q1,
Q3, Q4, Q5), emails sent with every address visible (P3), and data told before the
disclosure (R1, R3); R2, R4, R6, R7 and P2 still give no incident, and Q9 is a return
read as partial, no class of this round.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import (
    check_expectations,
    get,
    run,
    start_days,
    with_known_misses,
)

NO_INCIDENT = "no incident at all (incidents [], no warnings)"

KNOWN_MISSES: dict[str, str] = {
    "P2": NO_INCIDENT,
    "P3": NO_INCIDENT,
    "P5": NO_INCIDENT,
    "Q1": NO_INCIDENT,
    "Q2": NO_INCIDENT,
    "Q3": NO_INCIDENT,
    "Q4": NO_INCIDENT,
    "Q5": NO_INCIDENT,
    "Q9": "internal_systems partially_restored though its claim is (internal_systems, restored); "
    "customer_service restored",
    "R1": "types ['data_breach'] and earliest start 2 May, but no services and data_compromised "
    "null",
    "R2": NO_INCIDENT,
    "R3": "types ['data_breach'] and start Tuesday 2025-03-11, but no services and "
    "data_compromised null",
    "R4": NO_INCIDENT,
    "R6": NO_INCIDENT,
    "R7": NO_INCIDENT,
}

# keys this round checks itself; the rest go to the rounds' shared check_expectations
LOCAL_KEYS = ("types_exactly", "first_start", "start_if_any", "not_start", "no_personal_data")


def check(record: dict[str, Any], expect: dict[str, Any]) -> None:
    check_expectations(record, {k: v for k, v in expect.items() if k not in LOCAL_KEYS})
    for org, kinds in expect.get("types_exactly", {}).items():
        types = sorted(get(record, org)["incident_types"])
        assert types == sorted(kinds), f"{org}: types {types}, expected exactly {sorted(kinds)}"
    for org, day in expect.get("first_start", {}).items():
        days = sorted(start_days(get(record, org)))
        assert days and days[0] == day, f"{org}: earliest incident_start {days}, expected {day}"
    for org, day in expect.get("start_if_any", {}).items():
        days = sorted(start_days(get(record, org)))
        assert not days or days[0] == day, (
            f"{org}: earliest incident_start {days}, expected {day} or none"
        )
    for org, refused in expect.get("not_start", {}).items():
        days = start_days(get(record, org))
        wrong = [day for day in refused if day in days]
        assert not wrong, f"{org}: {wrong} read as incident_start; incident_start dates {days}"
    if expect.get("no_personal_data"):
        for incident in record["incidents"]:
            name = incident["organization"]["name"]
            assert incident["data_compromised"] is not True, f"{name}: data_compromised true"
            leaked = [
                s["service"]
                for s in incident["services"]
                if s["service"] in ("customer_data", "employee_data")
                and s["status"] == "compromised"
            ]
            assert not leaked, f"{name}: {leaked} compromised"


OTHER_DATA = {"customer_data": "employee_data", "employee_data": "customer_data"}


def _disclosed(org: str, service: str) -> dict[str, Any]:
    """Personal data disclosed by mistake: a data breach only, the owners' data compromised,
    and taking the file down is no restoration."""
    return {
        "primary": org,
        "types_exactly": {org: ["data_breach"]},
        "data_compromised": {org: True},
        "statuses": {org: {service: "compromised"}},
        "no_service": {org: [OTHER_DATA[service]]},
        "nothing_restored": [org],
    }


def _human_error(org: str, service: str) -> dict[str, Any]:
    """A person's mistake with data or paperwork: a data breach, not an IT failure."""
    return {
        "primary": org,
        "types_present": {org: ["data_breach"]},
        "types_absent": {org: ["technical_outage", "cyber_attack"]},
        "data_compromised": {org: True},
        "statuses": {org: {service: "compromised"}},
    }


def _it_failure(org: str, services: dict[str, str]) -> dict[str, Any]:
    """An IT failure caused by a person's mistake: a technical outage, not an attack."""
    return {
        "primary": org,
        "types_present": {org: ["technical_outage"]},
        "types_absent": {org: ["cyber_attack"]},
        "statuses": {org: services},
    }


def _went_out(org: str, service: str, day: str, refused: list[str]) -> dict[str, Any]:
    """A mistaken disclosure starts the day the file or details went out or up."""
    expect = _disclosed(org, service)
    expect["first_start"] = {org: day}
    expect["not_start"] = {org: refused}
    return expect


P_CASES = [
    pytest.param(
        "Council apologises after residents' details published in FOI response\n\n"
        "Tibenham District Council has apologised after the names, addresses and phone numbers "
        "of more than 2,300 residents were published in error in response to a freedom of "
        "information request. The details were held in a hidden tab of a spreadsheet released "
        "on a public FOI website, which was meant to show only the number of parking permits "
        "issued in each ward. The council said the spreadsheet was removed within hours of the "
        'problem being pointed out. "We are very sorry that this happened and we have '
        "reported ourselves to the Information Commissioner's Office,\" a spokesperson said. "
        "Residents affected are being contacted by letter.",
        "2025-02-11",
        _disclosed("Tibenham District Council", "customer_data"),
        id="P1",
    ),
    pytest.param(
        "Surf club members' phone numbers sent out with newsletter\n\n"
        "Members of the Kurrawang Heads Surf Life Saving Club on the NSW south coast have been "
        "told their home addresses and mobile numbers were shared with hundreds of people "
        "after a spreadsheet went out with the club's monthly newsletter.\n\n"
        "\"A spreadsheet containing our members' contact details was accidentally attached to "
        'the newsletter, and we apologise unreservedly," club president Greg Tolhurst said in '
        "an email to members on Sunday.\n\n"
        "The newsletter went to about 900 subscribers, including local businesses and visitors "
        "who had signed up at open days. The club has asked recipients to delete the "
        "attachment and has notified the Office of the Australian Information Commissioner. "
        "About 640 members are affected.",
        "2025-01-21",
        _disclosed("Kurrawang Heads Surf Life Saving Club", "customer_data"),
        id="P2",
    ),
    pytest.param(
        "Pharmacy email exposed hundreds of customers' addresses\n\n"
        "Cedar Hollow Pharmacy sent an email to more than 1,400 customers on Tuesday with every "
        'recipient\'s email address visible in the "To" field, the independent pharmacy '
        "confirmed. The message, a reminder about flu shot appointments, should have been sent "
        "with the addresses hidden.\n\n"
        '"One of our employees inadvertently sent the email without using blind copy, and we '
        'deeply regret it," pharmacy owner Dana Whitcomb said in a statement.\n\n'
        "Some customers said the list also revealed who was being treated at the pharmacy. "
        "Whitcomb said the business was reviewing its procedures and had reported the incident "
        "to state regulators.",
        "2025-03-05",
        _disclosed("Cedar Hollow Pharmacy", "customer_data"),
        id="P3",
    ),
    pytest.param(
        "Dunnerholme Police uploads officers' details to website by mistake\n\n"
        "The names, ranks and home postcodes of about 1,100 Dunnerholme Police officers and "
        "staff were put on the force's public website, the force has admitted. The file, which "
        "listed every member of staff by team, was attached to a web page about the force's "
        "new structure. It was online for around four days before an officer noticed it.\n\n"
        'The Police Federation said officers were "understandably angry" and worried about '
        "their families' safety. Dunnerholme Police said it had referred itself to the "
        "Information Commissioner and was offering officers advice on their personal security.",
        "2025-04-02",
        _disclosed("Dunnerholme Police", "employee_data"),
        id="P4",
    ),
    pytest.param(
        "Parents angry after pupils' details left on school website\n\n"
        "A primary school in Gloucestershire left a document listing pupils' names, dates of "
        "birth and special educational needs on its public website through human error, the "
        "local authority has confirmed. The document, which covered 86 pupils at Brockweir "
        "Community Primary School, could be found through a search engine.\n\n"
        "A parent alerted the school last week and the file was deleted the same day. In a "
        'letter to families, the head teacher said: "This was a mistake and I am truly sorry. '
        'We are reviewing how documents are added to our website." The school has told the '
        "Information Commissioner's Office.",
        "2025-05-08",
        _disclosed("Brockweir Community Primary School", "customer_data"),
        id="P5",
    ),
    pytest.param(
        "Housebuilder emails staff salaries to recruitment agency\n\n"
        "Halsetown Homes has written to its 800 employees after a spreadsheet containing their "
        "salaries, home addresses and National Insurance numbers was emailed to a recruitment "
        "agency in error. The Bristol-based housebuilder said the file was sent by a member of "
        "its HR team on Friday instead of a list of vacancies.\n\n"
        'The agency has confirmed that it deleted the email and the attachment. "We take the '
        'privacy of our employees very seriously," a spokesman for the firm said. The GMB '
        "union said it would be seeking assurances that it could not happen again.",
        "2025-06-19",
        _disclosed("Halsetown Homes", "employee_data"),
        id="P6",
    ),
    # Guards: a mistake that discloses no personal data; an attack told as "human error".
    pytest.param(
        "Trevalga Brewing results published a day early in error\n\n"
        "Shares in Trevalga Brewing rose 4% on Wednesday after the Cornish brewer published its "
        "annual results a day early by mistake. The figures, which showed pre-tax profit up 11% "
        "to £14.2m, appeared on the company's investor website on Wednesday morning rather than "
        'on Thursday as planned. The company said the early release was "an administrative '
        'error" and formally announced the results to the stock exchange shortly afterwards.\n\n'
        "Chief executive Morwenna Pascoe said the brewer had enjoyed a strong summer, with "
        "sales of its lager up by a fifth. It will pay a final dividend of 6.1p a share.",
        "2025-07-24",
        {"no_personal_data": True},
        id="P7",
    ),
    pytest.param(
        "Office supplier's price list emailed to rival in error\n\n"
        "Fressingfield Office Supplies has admitted that a price list meant for its biggest "
        "customers was emailed in error to a competitor. The Norfolk firm said a sales manager "
        "picked the wrong address from his contacts when sending the list last week. The list "
        "set out the discounts the company offers to councils and schools.\n\n"
        '"It is embarrassing, but there were no personal details in it," managing director '
        "Alan Briggs said. The firm has asked the competitor to delete the email.",
        "2025-08-14",
        {"no_personal_data": True},
        id="P8",
    ),
    pytest.param(
        "Garden retailer says hack was down to human error\n\n"
        "Penwithick Garden Supplies said hackers had stolen the names, addresses and card "
        "details of up to 12,000 online customers after breaking into its website. The breach "
        "was traced to human error: an employee clicked a link in a phishing email, giving the "
        "attackers the login details for the company's web server.\n\n"
        "The retailer, which has 14 garden centres in Cornwall and Devon, said its online shop "
        "had been taken offline while the attack was investigated. Customers have been advised "
        "to check their bank statements. The company has informed the police and the "
        "Information Commissioner's Office.",
        "2025-09-09",
        {
            "primary": "Penwithick Garden Supplies",
            "types_present": {"Penwithick Garden Supplies": ["cyber_attack", "data_breach"]},
            "types_absent": {"Penwithick Garden Supplies": ["technical_outage"]},
            "data_compromised": {"Penwithick Garden Supplies": True},
            "statuses": {
                "Penwithick Garden Supplies": {
                    "customer_data": "compromised",
                    "online_orders": "suspended",
                }
            },
        },
        id="P9",
    ),
]

Q_CASES = [
    pytest.param(
        "Building society sends statements to wrong members\n\n"
        "Scoulton Building Society has apologised after about 300 members were sent annual "
        "mortgage statements belonging to other people. The statements showed names, "
        "addresses, account numbers and outstanding balances.\n\n"
        "The society said the mix-up was caused by human error when letters were put into "
        "envelopes at its head office in Norwich, and stressed it was not a fault with its IT "
        "systems. Members who received the wrong statement have been asked to return it in the "
        "prepaid envelope provided. The society has informed the Financial Conduct Authority "
        "and the Information Commissioner's Office.",
        "2025-02-18",
        _human_error("Scoulton Building Society", "customer_data"),
        id="Q1",
    ),
    pytest.param(
        "Patients' letters sent to wrong addresses after staff mistake\n\n"
        "An error by a member of staff at Hinderclay Medical Practice meant that letters "
        "containing patients' test results were sent to the wrong addresses, the surgery has "
        "said. About 45 patients in the Suffolk village were affected.\n\n"
        "The practice manager said the letters had been matched to the wrong list of addresses "
        'before they were posted. "We have apologised to everyone involved and are retraining '
        'staff," she said. The local integrated care board said it was supporting the practice.',
        "2025-03-19",
        _human_error("Hinderclay Medical Practice", "customer_data"),
        id="Q2",
    ),
    pytest.param(
        "College emails every student's A-level grades to whole year group\n\n"
        "Wattlesborough College has blamed a clerical error after the A-level results of 212 "
        "students were emailed to every student in the year group on results day. The "
        "spreadsheet, which listed each student's name and grades, was attached to a message "
        "congratulating them on their results.\n\n"
        "A college spokesman said a clerical error meant the full results file had been "
        "attached instead of a summary. Several parents complained that their children's "
        "grades had been seen by classmates. The college has asked all recipients to delete "
        "the email.",
        "2025-08-21",
        _human_error("Wattlesborough College", "customer_data"),
        id="Q3",
    ),
    pytest.param(
        "Care home workers receive colleagues' payslips\n\n"
        "Care workers at Thurlbear Care Homes received colleagues' payslips in the post this "
        "week after what the company called staff error. The payslips, for about 400 employees "
        "across its nine homes in Somerset, showed names, pay, tax codes and National "
        "Insurance numbers.\n\n"
        "The company said a member of the payroll team had entered the wrong staff numbers "
        "when printing the payslips from its payroll system, and that the system itself had "
        "worked correctly. Unison said its members were upset and wanted to know how the "
        "mistake happened. Thurlbear said it had reported the breach to the Information "
        "Commissioner's Office.",
        "2025-04-24",
        _human_error("Thurlbear Care Homes", "employee_data"),
        id="Q4",
    ),
    pytest.param(
        "Residents' phone numbers visible on council planning documents\n\n"
        "Elmesthorpe Borough Council has admitted that residents' phone numbers, email "
        "addresses and signatures were visible on hundreds of planning applications published "
        "on its website. The council said a member of staff had failed to redact the documents "
        "before they were uploaded, a mistake it described as human error rather than a "
        "problem with its planning portal.\n\n"
        "The details were visible for around six weeks. A council spokeswoman said the "
        'documents had since been redacted and residents affected had been contacted. "We '
        'apologise for any concern this has caused," she said.',
        "2025-05-29",
        _human_error("Elmesthorpe Borough Council", "customer_data"),
        id="Q5",
    ),
    pytest.param(
        "Health fund members' claims statements posted to wrong homes\n\n"
        "Wandilla Health Fund has apologised to 1,200 members after their claims statements "
        "were posted to the wrong addresses, revealing details of treatments including hospital "
        "stays and dental work. The Ballarat-based health insurer said the statements were "
        "sent out in late May and blamed an administrative error by staff.\n\n"
        '"This was a mistake made by people, not a failure of our technology, and we have '
        'changed our processes," chief executive Fiona Laidlaw told The Courier. The fund has '
        "notified the Office of the Australian Information Commissioner. Members have been "
        "urged to contact the fund if they received someone else's statement.",
        "2025-06-25",
        _human_error("Wandilla Health Fund", "customer_data"),
        id="Q6",
    ),
    # Guards: an IT failure a person caused is still a technical outage.
    pytest.param(
        "Hexworthy Outdoor website and app down for six hours\n\n"
        "Outdoor clothing retailer Hexworthy Outdoor said a configuration error by one of its "
        "engineers took its website and app offline for six hours on Sunday. Shoppers trying "
        "to buy tents and walking boots were met with an error page from 9am until around 3pm.\n\n"
        "The company said the problem was caused by a change to its network settings during "
        'routine maintenance and was not a cyber attack. "Our website and app were back up and '
        "running by mid-afternoon, and we're sorry for the inconvenience,\" a spokesperson "
        "said. Its 38 stores were not affected.",
        "2025-07-07",
        _it_failure(
            "Hexworthy Outdoor",
            {"website": "restored", "mobile_app": "restored", "stores": "unaffected"},
        ),
        id="Q7",
    ),
    pytest.param(
        "Druridge tills crash after faulty update\n\n"
        "Tills at dozens of Druridge Convenience Stores shops stopped working on Saturday after "
        "a faulty software update was pushed out by staff, the chain has said. The company, "
        "which has 140 stores across Northumberland and Tyneside, blamed human error, saying a "
        "member of its IT team had released the update before it had been fully tested.\n\n"
        "Some shops were only able to take cash, while others closed early. The tills were "
        "still not working on Sunday evening, the company said, and engineers were visiting "
        "the affected shops.",
        "2025-10-06",
        _it_failure("Druridge Convenience Stores", {"card_payments": "disrupted"}),
        id="Q8",
    ),
    pytest.param(
        "Council phone lines down after engineer's mistake\n\n"
        "Bulkworthy Borough Council's phone lines and email went down for most of Tuesday after "
        "what it called human error by a member of its IT team. The council said an engineer "
        "had deleted the wrong settings during a planned upgrade of its network, cutting off "
        "the contact centre and leaving staff unable to send or receive emails.\n\n"
        "Residents trying to report missed bin collections or pay bills by phone were unable "
        "to get through. The council said the outage was not caused by a cyber attack. Phone "
        "lines and email were working again by Wednesday morning.",
        "2025-11-12",
        _it_failure(
            "Bulkworthy Borough Council",
            {"customer_service": "restored", "internal_systems": "restored"},
        ),
        id="Q9",
    ),
]

R_CASES = [
    pytest.param(
        "Town council apologises over allotment list blunder\n\n"
        "A resident spotted on 8 May that a list of allotment holders' names, home addresses "
        "and phone numbers could be downloaded from Ilketshall Town Council's website, and the "
        "council removed it on 9 May.\n\n"
        "The council has now confirmed the spreadsheet was uploaded by mistake on 2 May, "
        "alongside the agenda for its allotments committee. About 180 residents are on the "
        'list. The town clerk said: "A member of staff attached the wrong file. We have '
        "apologised to everyone affected and reported the matter to the Information "
        "Commissioner's Office.\"",
        "2025-05-14",
        _went_out(
            "Ilketshall Town Council", "customer_data", "2025-05-02", ["2025-05-09", "2025-05-14"]
        ),
        id="R1",
    ),
    pytest.param(
        "Cricket club emails members' details to hundreds\n\n"
        "A Victorian cricket club has apologised after a newsletter sent on Thursday afternoon "
        "included a spreadsheet of members' names, phone numbers and dates of birth.\n\n"
        "Glenrowan Cricket Club president Darren Quill said a volunteer realised the mistake "
        'on Saturday morning when a member rang to ask why the file had been attached. "It '
        "was sent in error and we're mortified,\" he said.\n\n"
        "The newsletter went to around 700 email addresses, including sponsors and former "
        "players. The club has asked recipients to delete the file and will report the breach "
        "to the Office of the Australian Information Commissioner.",
        "2025-06-16",
        _went_out("Glenrowan Cricket Club", "customer_data", "2025-06-12", ["2025-06-16"]),
        id="R2",
    ),
    pytest.param(
        "Academy trust removes pupil data from website\n\n"
        "Stoodleigh Academy Trust removed a document from its website on Wednesday after "
        "parents found it contained the names and exam access arrangements of more than 150 "
        "pupils. The trust, which runs four secondary schools in mid Devon, said the document "
        "had been published in error on Tuesday, when staff updating the website uploaded the "
        "wrong version.\n\n"
        'In a statement, the trust said: "We acted as soon as we were made aware and the file '
        'is no longer available. We have apologised to the families concerned." It has '
        "informed the Information Commissioner's Office.",
        "2025-03-14",
        _went_out(
            "Stoodleigh Academy Trust", "customer_data", "2025-03-11", ["2025-03-12", "2025-03-14"]
        ),
        id="R3",
    ),
    pytest.param(
        "Hospital trust took down staff list weeks after it was posted\n\n"
        "Stanwardine Hospitals NHS Trust took a file listing the names, job titles and "
        "personal mobile numbers of 2,600 staff off its website on 21 February, after a nurse "
        "found it through a search engine. An internal review has found that the list had been "
        "uploaded in error on 3 February as part of an update to the trust's careers pages.\n\n"
        "The trust's chief people officer wrote to employees on Monday to apologise. \"This "
        'should never have happened," she said. The Royal College of Nursing said staff were '
        "worried about receiving unwanted calls.",
        "2025-02-26",
        _went_out(
            "Stanwardine Hospitals NHS Trust",
            "employee_data",
            "2025-02-03",
            ["2025-02-24", "2025-02-26"],
        ),
        id="R4",
    ),
    pytest.param(
        "Credit union email exposes members' loan details\n\n"
        "Corrimal Credit Union has told about 2,000 members that their names and loan balances "
        "were exposed when an email was sent in error at 4.15pm on 28 October. The "
        "Illawarra-based lender said the message, meant for its collections team, went to a "
        "mailing list of members instead.\n\n"
        "Staff noticed the mistake the following morning and the credit union reported it to "
        "the Office of the Australian Information Commissioner on 30 October. Chief executive "
        'Leanne Moretti said members who received the email had been asked to delete it. "We '
        'are deeply sorry," she said.',
        "2025-11-03",
        _went_out(
            "Corrimal Credit Union", "customer_data", "2025-10-28", ["2025-10-30", "2025-11-03"]
        ),
        id="R5",
    ),
    pytest.param(
        "Blue badge holders' details on council website for seven weeks\n\n"
        "A journalist alerted Whitchester County Council on 3 March that the names, addresses "
        "and medical conditions of 3,400 residents who hold blue badges could be viewed on its "
        "website. The council removed the page within an hour.\n\n"
        "It has since emerged that the spreadsheet had been posted by mistake on 14 January, "
        "when the council published figures on parking enforcement. A spokesperson for the "
        'council said: "This was human error and we are deeply sorry. Everyone affected will '
        "receive a letter this week.\" The Information Commissioner's Office said it was "
        "making enquiries.",
        "2025-03-06",
        _went_out("Whitchester County Council", "customer_data", "2025-01-14", ["2025-03-06"]),
        id="R6",
    ),
    # Guards: only a discovery day and an unrelated background date; attacks that broke in.
    pytest.param(
        "Leisure trust finds members' bank details on its website\n\n"
        "Rudgwick Leisure Trust has apologised after a document containing gym members' names "
        "and bank account details was found on its public website. The error was spotted on "
        "Friday by a member who was searching for class timetables, and the file was deleted "
        "within the hour.\n\n"
        "The trust, which took over the town's swimming pool and sports centre from the "
        "district council on 1 April 2019, said it did not yet know how long the document had "
        "been online. About 900 members are affected. The trust has reported the breach to the "
        "Information Commissioner's Office.",
        "2025-09-15",
        {
            **_disclosed("Rudgwick Leisure Trust", "customer_data"),
            "start_if_any": {"Rudgwick Leisure Trust": "2025-09-12"},
            "not_start": {"Rudgwick Leisure Trust": ["2019-04-01", "2025-09-15"]},
        },
        id="R7",
    ),
    pytest.param(
        "Car dealer says hackers stole customer finance records\n\n"
        "Yelvertoft Motors, which runs 11 car dealerships in Northamptonshire, has said hackers "
        "broke in on 3 March and stole customers' names, addresses and finance agreements. The "
        "company said it discovered the attack on 10 March, when staff were unable to open "
        "files on its servers, and shut down its network.\n\n"
        "The dealer group has been writing to about 9,000 customers this week. A spokesman "
        "said the company had brought in specialist investigators and informed the police.",
        "2025-03-20",
        {
            "primary": "Yelvertoft Motors",
            "types_present": {"Yelvertoft Motors": ["cyber_attack", "data_breach"]},
            "data_compromised": {"Yelvertoft Motors": True},
            "statuses": {"Yelvertoft Motors": {"customer_data": "compromised"}},
            "first_start": {"Yelvertoft Motors": "2025-03-03"},
            "not_start": {"Yelvertoft Motors": ["2025-03-20"]},
        },
        id="R8",
    ),
    pytest.param(
        "Travel agent's customer passports taken in cyber attack\n\n"
        "The breach at Claverdon Travel was discovered on 18 April, when its booking system "
        "began behaving oddly, the independent travel agent told customers in an email this "
        "week. Forensic investigators later found that hackers broke in on 2 April through an "
        "old remote access account and copied passport scans and home addresses belonging to "
        "around 4,500 customers.\n\n"
        "The company, which has branches in Warwick and Stratford-upon-Avon, said bookings and "
        "holidays were not affected. It has reported the attack to Action Fraud and the "
        "Information Commissioner's Office.",
        "2025-04-25",
        {
            "primary": "Claverdon Travel",
            "types_present": {"Claverdon Travel": ["cyber_attack", "data_breach"]},
            "data_compromised": {"Claverdon Travel": True},
            "statuses": {"Claverdon Travel": {"customer_data": "compromised"}},
            "first_start": {"Claverdon Travel": "2025-04-02"},
            "not_start": {"Claverdon Travel": ["2025-04-25"]},
        },
        id="R9",
    ),
]


@pytest.mark.parametrize("text,published,expect", with_known_misses(P_CASES, KNOWN_MISSES))
def test_personal_data_disclosed_by_mistake_is_a_data_breach(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(Q_CASES, KNOWN_MISSES))
def test_human_error_is_not_an_it_failure(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)


@pytest.mark.parametrize("text,published,expect", with_known_misses(R_CASES, KNOWN_MISSES))
def test_a_mistaken_disclosure_starts_when_it_went_out(
    text: str, published: str, expect: dict[str, Any]
) -> None:
    check(run(text, published), expect)

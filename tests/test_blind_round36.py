"""Blind tests, round 36: "the problem is over" told indirectly, and victims named only
through their customers, passengers, patients, members or shoppers.

How these tests were written: blind. Every article below is invented (invented organisations,
places and people) and every expectation was written from the two class descriptions in the
brief alone (D: a statement that the incident or problem as a whole is over, told indirectly,
by a pronoun, as one action in a list, as a fixed weakness or flaw, in a past-tense time clause
or opening a quote, is a general `restored` claim of the victim, `service: null`; E: an
organisation whose customers, passengers, patients, members or shoppers suffer the trouble is
the victim even when no sentence says the organisation itself was hit), with about a third of
each class written as guards where the rule must not fire (D: a fix still to come, "contained"
in another sense, a fix of something unrelated; E: an organisation named only as where people
went instead, a byline's or a quoted analyst's employer, an organisation whose customers were
explicitly not affected). The only project files read were tests/conftest.py, the output
contract /work/shared/spec/incident-record.md, the annotation conventions in
/work/shared/devset/README.md, and tests/test_blind_round34.py for its format only (its helper
functions and the KNOWN_MISSES mechanism; none of its articles). Nothing under src/, no other
test file, no case or fixture file and no dev-set article or gold file was read, and no
expectation was tuned to (or changed after seeing) the extractor's output: the file was run only
to check that it imports and runs.

Organisation names are matched leniently: lower case, "&" -> "and", without a leading "The", a
trailing "'s" or a Ltd/Limited/plc/Group/Inc suffix, against the canonical name and aliases.
On the first run 13 of 26 passed; after this round's rules 20 do. Six cases are strict xfails
with reasons (KNOWN_MISSES), added after the run by the developers; no expectation was
changed.
In round 45, E3 passed (a business named for its trade is one name, "Harbourne Energy",
wherever the model cut it) and its strict xfail was removed, input and expectation unchanged.
"""

from __future__ import annotations

from typing import Any

import pytest
from blind_support import find, get, known_miss_param, run

from conftest import statuses

# To be filled after the run by the developers, expectations unchanged: cases the extractor
# still misses, each a strict xfail with the reason found, so a fix shows up as an unexpected
# pass.
# Added after the run, expectations unchanged: cases the extractor still misses, each a
# strict xfail with the reason found, so a fix shows up as an unexpected pass.
KNOWN_MISSES: dict[str, str] = {
    "D5-quote-the-flaw-has-since-been-fixed": "no incident: a flaw that let patients view "
    "others' results, with records 'may have been viewed', ties no victim",
    "D7-access-continued-until-discovered-and-contained": "'The Bristol law firm Callow & "
    "Pryce': the place is taken for the organisation and the firm is missed",
    "DG4-the-report-contained-no-figures": "the guard needs the victim found: 'published a "
    "review of the billing system outage that left customers unable to pay' ties no victim",
    "E6-shoppers-at-supermarket-unable-to-pay-by-contactless": "no incident: 'contactless "
    "fails' and 'the problem' carry no incident word",
}


def _param(case: tuple[Any, ...]) -> Any:
    return known_miss_param(case, KNOWN_MISSES)


# --------------------------------------------------------------------------------------------
# helpers


def general_restored(incident: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        c
        for c in incident["restoration_claims"]
        if c["service"] is None and c["status"] == "restored"
    ]


def claim_summary(incident: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (c["service"], c["status"], c["mention"], (c["date"] or {}).get("value"))
        for c in incident["restoration_claims"]
    ]


# --------------------------------------------------------------------------------------------
# Class D: "the problem is over" told indirectly is a general restored claim

# (id, published, text, victim, day the claim is dated to, or None to not check a date)
D_POSITIVE = [
    (
        "D1-router-outage-and-that-it-had-been-fixed",
        "2024-05-16",
        "Building society's online banking down for most of Wednesday\n\n"
        "Halloran Building Society's online banking service went down on Wednesday morning, "
        "leaving members across Munster unable to check balances or move money. In a statement "
        "on Thursday, the society said the outage had been caused by a faulty router at its data "
        "centre in Mallow and that it had been fixed. Chief executive Orla Fitzgibbon apologised "
        "to members for the inconvenience. The society said no personal information had been "
        "put at risk.",
        "Halloran Building Society",
        None,
    ),
    (
        "D2-malware-since-march-and-it-had-been-contained",
        "2024-04-16",
        "Brockley Freight discloses malware attack on its network\n\n"
        "The logistics group Brockley Freight has disclosed a cyber attack in which criminals "
        "planted malicious software on its network. The company said on Tuesday that the "
        "malware had been running since March and it had been contained by April 2. Brockley "
        "Freight, which runs warehouses in Northampton and Doncaster, said it had reported the "
        "attack to the Information Commissioner's Office. It did not say whether any data had "
        "been taken.",
        "Brockley Freight",
        "2024-04-02",
    ),
    (
        "D3-contained-the-incident-reset-passwords-called-investigators",
        "2024-03-11",
        "Regional council hit by ransomware attack\n\n"
        "Marralong Shire Council in regional Victoria has been hit by a ransomware attack that "
        "shut down its online payment and booking systems. Chief executive Fiona Treloar said "
        "the council had contained the incident, reset staff passwords and called in "
        "investigators from the Melbourne firm Quoll Security. Residents were unable to pay "
        "rates online or book the council's sports halls for three days last week. Ms Treloar "
        "said there was no evidence so far that residents' personal information had been "
        "accessed.",
        "Marralong Shire Council",
        None,
    ),
    (
        "D4-weakness-that-let-attackers-in-had-been-fixed",
        "2024-01-26",
        "Penrose Outdoor says customer details stolen in website breach\n\n"
        "The outdoor clothing retailer Penrose Outdoor has told customers that hackers stole "
        "names, email addresses and order histories from its website. The Kendal-based company "
        "said the attackers had broken in through an outdated plug-in on its online shop between "
        "3 and 11 January. It said the weakness that let the attackers in had been fixed and "
        "that no payment card details had been taken. Penrose Outdoor has written to around "
        "40,000 customers, advising them to be wary of phishing emails.",
        "Penrose Outdoor",
        None,
    ),
    (
        "D5-quote-the-flaw-has-since-been-fixed",
        "2023-08-25",
        "Patient portal flaw exposed test results at Greyfield Health\n\n"
        "A flaw in the patient portal of Greyfield Health, a hospital group in Ohio, allowed some "
        "patients to view other people's test results, the company said on Friday. The problem "
        "was reported by a patient in Dayton on August 14, and about 2,300 records may have been "
        'viewed. "The flaw has since been fixed, and we are contacting everyone affected," '
        "said Dana Whitcombe, Greyfield Health's chief privacy officer. The company said it had "
        "found no sign that any records were downloaded.",
        "Greyfield Health",
        None,
    ),
    (
        "D6-ran-from-may-until-found-and-contained-on-june-9",
        "2024-06-24",
        "Ashgrove Hotels says card details skimmed from booking site\n\n"
        "Ashgrove Hotels, which runs eleven hotels across Ireland, said on Monday that criminals "
        "had planted malicious code on its booking website to copy guests' card details. The "
        "code ran from May until it was found and contained on June 9, the company said. Guests "
        "who booked rooms online during that period have been told to check their bank "
        "statements. Ashgrove Hotels has reported the breach to the Data Protection Commission.",
        "Ashgrove Hotels",
        "2024-06-09",
    ),
    (
        "D7-access-continued-until-discovered-and-contained",
        "2024-03-01",
        "Bristol law firm reports breach of partner's email account\n\n"
        "The Bristol law firm Callow & Pryce said an intruder had gained access to a partner's "
        "email account and may have read client correspondence. The access continued for almost "
        "three weeks until 19 February, when it was discovered and contained, the firm said. "
        "Callow & Pryce has notified the Solicitors Regulation Authority and the clients "
        "affected. Senior partner Imogen Pryce said all staff now had to use two-factor "
        "authentication.",
        "Callow & Pryce",
        None,
    ),
    (
        "D8-quote-opens-this-was-fixed-by-1pm",
        "2024-10-09",
        "Credit union app outage leaves members unable to pay bills\n\n"
        "Redwater Credit Union's mobile app and online banking stopped working early on Tuesday, "
        "leaving members in Tacoma unable to move money or pay bills. The credit union said a "
        'software update applied overnight had caused the problem. "This was fixed by 1pm, and '
        'we apologize to every member who was inconvenienced," said spokesman Gary Lindqvist. '
        "Members had lined up at branches during the morning to withdraw cash.",
        "Redwater Credit Union",
        None,
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "claim_day"), [_param(case) for case in D_POSITIVE]
)
def test_d_general_restored_claim(
    published: str, text: str, victim: str, claim_day: str | None
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    claims = general_restored(incident)
    assert claims, claim_summary(incident)
    if claim_day is not None:
        days = [(c["date"] or {}).get("value") for c in claims]
        assert claim_day in days, claim_summary(incident)


# (id, published, text, victim): a real incident of the victim, but no general restored claim
D_GUARD = [
    (
        "DG1-until-the-fault-is-fixed-has-not-yet-been-fixed",
        "2024-02-13",
        "Dairy co-op halts deliveries after ordering system fault\n\n"
        "Orrin Dairies, the Tipperary milk co-operative, has suspended deliveries to shops after "
        "a fault in its ordering system on Monday. The co-op said its drivers would stay at the "
        "depot until the fault is fixed. A spokeswoman said on Tuesday that the problem had not "
        "yet been fixed and that engineers from its software supplier were on site. Shops in "
        "Clonmel and Cahir reported empty shelves where milk and butter would normally be.",
        "Orrin Dairies",
    ),
    (
        "DG2-hopes-to-have-it-fixed-by-friday",
        "2024-09-17",
        "Gym chain's booking system crashes\n\n"
        "Barrowby Leisure has been unable to take class bookings since Sunday after the gym "
        "chain's booking system crashed. The company said the outage had been caused by a failed "
        "database upgrade. Operations director Neil Ashworth said Barrowby Leisure hopes to have "
        "it fixed by Friday. Until then, classes at its 30 gyms will run on a first-come, "
        "first-served basis.",
        "Barrowby Leisure",
    ),
    (
        "DG3-is-working-to-contain-the-incident",
        "2024-05-15",
        "Stanwell Insurance investigating cyber attack\n\n"
        "Stanwell Insurance said on Wednesday that it had detected unauthorized activity on its "
        "network and had taken some systems offline as a precaution. The Hartford-based insurer "
        "said it was working to contain the incident with the help of outside specialists. "
        "Customers may have trouble reaching its call center this week, it added. Stanwell "
        "Insurance said it did not yet know whether any customer data had been accessed.",
        "Stanwell Insurance",
    ),
    (
        "DG4-the-report-contained-no-figures",
        "2024-06-05",
        "Water utility publishes review of billing outage\n\n"
        "Dandaloo Water has published a review of the billing system outage that left customers "
        "in western New South Wales unable to pay their bills online for a week in March. The "
        "review found that the outage had been caused by a faulty storage array at the utility's "
        "data centre in Dubbo. The report contained no figures on how many customers were "
        "affected. Managing director Colleen Harte said the utility would replace the array "
        "later this year.",
        "Dandaloo Water",
    ),
    (
        "DG5-council-fixed-the-potholes-on-the-high-street",
        "2024-11-20",
        "Borough council website and phone lines down after cyber attack\n\n"
        "Hartlebury Borough Council's website and phone lines have been down since Monday after "
        "a cyber attack. Residents have been asked to report missed bin collections in person "
        "at the town hall until further notice. The attack came in a busy week for the council, "
        "which fixed the potholes on the high street on Tuesday after months of complaints from "
        "traders. Council leader Mark Dunne said the attack was being investigated by police.",
        "Hartlebury Borough Council",
    ),
]


@pytest.mark.parametrize(("published", "text", "victim"), [_param(case) for case in D_GUARD])
def test_d_guard_no_general_restored_claim(published: str, text: str, victim: str) -> None:
    record = run(text, published)
    incident = get(record, victim)
    assert not general_restored(incident), claim_summary(incident)


# --------------------------------------------------------------------------------------------
# Class E: victims named only through their customers, passengers, patients, members, shoppers

# (id, published, text, victim, {service: status} where the text says so plainly)
E_POSITIVE = [
    (
        "E1-customers-of-bank-frustrated-by-card-glitch",
        "2024-07-08",
        "Card glitch leaves bank customers stranded at tills\n\n"
        "Customers of Lisheen Bank were left frustrated by a glitch that stopped card payments "
        "on Saturday. Shoppers in Galway and Limerick said their debit cards were declined at "
        'supermarket tills for several hours. "I had a full trolley and had to leave it '
        'behind," said Aoife Brennan, a teacher from Salthill. The bank apologised on social '
        "media on Saturday evening.",
        "Lisheen Bank",
        {"card_payments": "disrupted"},
    ),
    (
        "E2-passengers-of-rail-could-not-buy-tickets-online",
        "2024-09-16",
        "Rail passengers unable to buy tickets online\n\n"
        "Passengers of Wexcombe Rail could not buy tickets online for most of Sunday after a "
        "fault. Queues formed at ticket offices in Exeter and Taunton as travellers tried to buy "
        "tickets before boarding. One commuter, Priya Chauhan, said she had missed her train "
        "after waiting 40 minutes at the counter. Trains ran to the normal timetable throughout "
        "the day.",
        "Wexcombe Rail",
        {"online_orders": "disrupted"},
    ),
    (
        "E3-energy-company-customers-unable-to-log-in",
        "2024-08-13",
        "Energy customers locked out of online accounts\n\n"
        "Harbourne Energy's customers were unable to log in to their online accounts for most "
        "of Monday after an outage. Households in Brisbane and on the Gold Coast said they could "
        "not pay bills or submit meter readings. Some said they had waited more than an hour on "
        "hold. Consumer advocate Tessa Morrow said customers who missed a payment deadline "
        "should not be charged late fees.",
        "Harbourne Energy",
        {},
    ),
    (
        "E4-patients-of-medical-group-appointments-cancelled",
        "2024-03-15",
        "Boise patients turned away after computer outage\n\n"
        "Patients of Ridgeview Medical Group had appointments canceled at clinics across Boise on "
        "Thursday after a computer outage. Doctors could not see patient records or send "
        'prescriptions, according to several patients. "They told me to come back next week," '
        "said Walt Kessler, a retired teacher. Ridgeview Medical Group did not respond to "
        "requests for comment.",
        "Ridgeview Medical Group",
        {},
    ),
    (
        "E5-members-of-credit-union-could-not-reach-helpline",
        "2024-05-27",
        "Credit union members unable to withdraw cash\n\n"
        "Members of Carrick Credit Union could not withdraw cash or make transfers on Friday "
        "after a systems failure. Pensioners said they had queued outside the Main Street "
        "branch in Carrick-on-Shannon for an hour before being told to come back on Monday. "
        "Members also said they could not get through to the credit union's helpline. Local "
        "councillor Seamus Rooney called the disruption unacceptable.",
        "Carrick Credit Union",
        {"customer_service": "disrupted"},
    ),
    (
        "E6-shoppers-at-supermarket-unable-to-pay-by-contactless",
        "2024-11-04",
        "Supermarket shoppers face queues as contactless fails\n\n"
        "Shoppers at Bellhaven Stores were unable to pay by contactless on Saturday, with long "
        "queues building at tills across Fife. Customers were told to use chip and PIN or cash "
        'instead. "It took me twenty minutes to buy a loaf of bread," said Dunfermline '
        "pensioner Morag Baird. The problem lasted from mid-morning until late afternoon.",
        "Bellhaven Stores",
        {"contactless_payments": "disrupted"},
    ),
    (
        "E7-airline-passengers-unable-to-check-in",
        "2024-10-17",
        "Airline passengers stranded by check-in outage\n\n"
        "Passengers of Tasman Link were unable to check in online or at airport kiosks on "
        "Wednesday morning after a computer outage. Travellers in Hobart said staff had written "
        "boarding passes by hand, and several flights to Melbourne left more than two hours "
        'late. "Nobody could tell us anything," said Launceston nurse Kylie Drummond.',
        "Tasman Link",
        {},
    ),
    (
        "E8-customers-of-opticians-told-details-stolen",
        "2024-12-06",
        "Opticians' customers told their details were stolen\n\n"
        "Customers of Pemberton Opticians have been told that their names, addresses and dates "
        "of birth were stolen by hackers. Letters sent to customers in Yorkshire this week said "
        "the information was taken in a cyber attack in October. Retired nurse Janet Cole, from "
        "Harrogate, said she was worried about fraud. The letters advised customers to watch "
        "for suspicious emails and phone calls.",
        "Pemberton Opticians",
        {"customer_data": "compromised"},
    ),
]


@pytest.mark.parametrize(
    ("published", "text", "victim", "services"), [_param(case) for case in E_POSITIVE]
)
def test_e_victim_named_through_its_people(
    published: str, text: str, victim: str, services: dict[str, str]
) -> None:
    record = run(text, published)
    incident = get(record, victim)
    got = statuses(incident)
    for service, status in services.items():
        assert got.get(service) == status, got


# (id, published, text, [organisations that are not victims])
E_GUARD = [
    (
        "EG1-shoppers-turned-to-rival",
        "2024-04-08",
        "Card fault leaves Somerset supermarket customers unable to pay\n\n"
        "Customers of Linton Supermarkets could not pay by card at its shops in Somerset on "
        "Saturday after a payment system fault. Many shoppers turned to rival Ardmore Grocers "
        'instead, with queues reported outside its Yeovil branch. "We ran out of bread by two '
        "o'clock,\" said one Ardmore Grocers worker. Linton Supermarkets said it was sorry for "
        "the disruption.",
        ["Ardmore Grocers"],
    ),
    (
        "EG2-patients-went-instead-to-nearby-chemist",
        "2024-02-23",
        "Pharmacy patients unable to collect prescriptions\n\n"
        "Patients of Ennis Pharmacy Group could not collect prescriptions on Thursday after a "
        "computer outage. Many went instead to the nearby Quay Chemist, where pharmacist Declan "
        'Moran said he had filled more than 80 extra prescriptions. "We were glad to help," '
        "Mr Moran said.",
        ["Quay Chemist"],
    ),
    (
        "EG3-byline-employer",
        "2024-01-15",
        "Water customers unable to pay bills online\n\n"
        "By Helen Carver, Ravensworth Gazette technology reporter\n"
        "Customers of Oakhurst Water could not pay their bills online for three days last week "
        "after a fault. Some customers said they had been charged late fees as a result. "
        "Oakhurst Water said anyone charged a late fee would be refunded.",
        ["Ravensworth Gazette"],
    ),
    (
        "EG4-quoted-analyst-firm",
        "2024-08-30",
        "Building society members locked out of online banking\n\n"
        "Members of Bramley Building Society were locked out of online banking for much of "
        "Thursday after an outage. Several said they could not pay rent or bills on time. "
        '"Outages like this are becoming more common as lenders move their systems to the '
        'cloud," said Tom Aldridge, an analyst at Crane Street Research.',
        ["Crane Street Research"],
    ),
    (
        "EG5-customers-of-other-bank-not-affected",
        "2024-06-22",
        "Debit card outage hits bank customers\n\n"
        "Customers of Mulgara Bank could not use their debit cards on Friday evening after a "
        "fault, with shoppers in Adelaide and Darwin turned away at tills. Customers of rival "
        "Coolabah Bank were not affected, a spokeswoman for Coolabah Bank said. Mulgara Bank "
        "customers were advised to carry cash until the problem was resolved.",
        ["Coolabah Bank"],
    ),
]


@pytest.mark.parametrize(("published", "text", "not_victims"), [_param(case) for case in E_GUARD])
def test_e_guard_not_a_victim(published: str, text: str, not_victims: list[str]) -> None:
    record = run(text, published)
    assert record["incidents"], "the article reports an incident"
    for name in not_victims:
        assert find(record, name) is None, f"{name} should not be a victim"

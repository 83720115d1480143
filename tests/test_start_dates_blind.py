"""Blind tests for two classes of start-date language.

Written by a helper session that never saw the extractor's source, rules or other
tests; the only inputs were a written description of the two classes (the brief
``helpers/starts.md``), the output contract (``spec/incident-record.md``), the
development-set conventions (``devset/README.md``: the start date is the day the
incident began, detection or onset, a range's first day) and ``conftest.py`` for the
``extract`` fixture and ``start_values``. Every sentence here is invented.

The classes:

1. An intruder's access window told as two dates ("had access to its network between
   June 2 and July 9", "accessed two mailboxes between 11 and 14 November"): the
   incident starts on the window's first day, never its last.
2. A day told inside what someone reports ("The company said on Tuesday that the
   attackers rang its service desk on Sunday"): the day inside the report dates the
   attack and is the start; the day of the saying is a disclosure, never the start.

Guards: sentences where neither rule must fire (a window that is a sale or a booking
period, not an intrusion; a saying's own day with no other date).

Four cases were reworded after review (the help-desk, filing, June 6 and April-May window
cases; the window's two days moved by three days): the brief's example sentences had been
taken from articles the project measures on, and the tests had followed them closely.

The scorer takes the earliest ``incident_start`` value as the start, so that is what
is asserted.
In round 45, window-day-first-shared-month-later-sentence passed (a victim that reported the
breach to a regulator gave a notice and is no outlet) and its strict xfail was removed, input
and expectation unchanged.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from conftest import start_values

# Cases the extractor still gets wrong, kept as written (never edited to fit the output):
# the reason names what is missing, and strict xfail says when it starts to pass.
KNOWN_MISSES = {
    "reported-according-to-filing-day-first": (
        "a reported intrusion told with no attack word ('a criminal signed in') dates no start"
    ),
    "reported-statement-friday-that-on-june-6": (
        "a reported trick told with no attack word ('a caller pretending to be a manager') "
        "dates no start"
    ),
    "guard-sale-window-not-intrusion": (
        "a window in a clause describing another noun (a sale) still takes the start"
    ),
    "guard-booking-window-not-intrusion": (
        "a window of days to come ('sailings between 1 and 15 August') is read as past"
    ),
}


def _param(case: tuple[Any, ...]) -> Any:
    reason = KNOWN_MISSES.get(case[0])
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(*case[1:], id=case[0], marks=marks)


def _primary(record: dict[str, Any], name: str) -> dict[str, Any]:
    names = [i["organization"]["name"] for i in record["incidents"]]
    for incident in record["incidents"]:
        if incident["organization"]["name"] == name:
            return incident
    raise AssertionError(f"no incident for {name!r}; incidents: {names}")


def _starts(incident: dict[str, Any]) -> list[str]:
    return [v for v in start_values(incident) if v]


def _check_weekdays(weekdays: dict[str, str]) -> None:
    """The test's own arithmetic: each named weekday falls on the ISO date given."""
    for name, iso in weekdays.items():
        assert date.fromisoformat(iso).strftime("%A") == name, (name, iso)


# ---------------------------------------------------------------------------
# Class 1: an intruder's access window told as two dates -> the first day.
# (id, text, published, organisation, expected start, window's last day)
# ---------------------------------------------------------------------------

WINDOW_CASES = [
    (
        "window-month-first-between-and-lede",
        "Pellham Outdoor, the camping and hiking retailer, said criminals were able to roam "
        "its network between April 11 and May 21. The company said names and card details "
        "of online shoppers may have been taken. It has informed the police.",
        "2024-06-10",
        "Pellham Outdoor",
        "2024-04-11",
        "2024-05-21",
    ),
    (
        "window-day-first-shared-month-later-sentence",
        "Thornbury District Council has reported a data breach to the Information "
        "Commissioner's Office. In a notice to residents, the council said an unauthorised "
        "party accessed two mailboxes between 11 and 14 November. The mailboxes held "
        "housing benefit correspondence.",
        "2023-12-01",
        "Thornbury District Council",
        "2023-11-11",
        "2023-11-14",
    ),
    (
        "window-abbreviated-dots-through-with-year",
        "Kestrel Bank has disclosed a cyber attack on its mortgage platform. Attackers were "
        "inside the systems from Feb. 2 through Feb. 9, 2024, the lender said in a filing. "
        "Some customers' account numbers were exposed.",
        "2024-03-05",
        "Kestrel Bank",
        "2024-02-02",
        "2024-02-09",
    ),
    (
        "window-day-first-from-to-hospital",
        "Hallam Royal Infirmary has been hit by a data breach. An investigation found that "
        "an intruder accessed a file server from 3 March to 19 March, copying patient "
        "appointment letters. The hospital said clinical care was not affected.",
        "2025-04-02",
        "Hallam Royal Infirmary",
        "2025-03-03",
        "2025-03-19",
    ),
    (
        "window-fronted-was-present-abbreviated",
        "Brightwater Software, a maker of accounting tools, has confirmed a security breach. "
        "Between Sept. 28 and Oct. 3, a threat actor was present in its build environment, "
        "the company said. Customers have been told to rotate their API keys.",
        "2023-10-20",
        "Brightwater Software",
        "2023-09-28",
        "2023-10-03",
    ),
    (
        "window-had-been-in-until-university",
        "Norcastle University has suffered a cyber attack on its payroll system. The "
        "university said the attackers had been in the system from 6 January until 21 "
        "January 2025 before staff noticed unusual payments. Bank details of employees "
        "were accessed.",
        "2025-02-14",
        "Norcastle University",
        "2025-01-06",
        "2025-01-21",
    ),
    (
        "window-across-new-year-full-dates",
        "Marlowe Pharmacy, the drugstore chain, said a hacker had access to its prescription "
        "database between December 28, 2023 and January 4, 2024. The chain said it was "
        "contacting affected patients.",
        "2024-01-20",
        "Marlowe Pharmacy",
        "2023-12-28",
        "2024-01-04",
    ),
    (
        "window-day-first-compact-from-to-retailer",
        "Quillon Home, the furniture retailer, has been hit by a cyber attack. According to "
        "the company, criminals had access to its customer database from 8 to 17 June. "
        "Email addresses and order histories were taken.",
        "2025-07-01",
        "Quillon Home",
        "2025-06-08",
        "2025-06-17",
    ),
]


@pytest.mark.parametrize(
    "text,published,org,first,last",
    [_param(case) for case in WINDOW_CASES],
)
def test_class1_access_window_starts_on_first_day(
    extract: Any, text: str, published: str, org: str, first: str, last: str
) -> None:
    record = extract(text, published=published)
    incident = _primary(record, org)
    starts = _starts(incident)
    assert starts, f"no incident_start; dates: {incident['dates']}"
    assert min(starts) == first, f"starts {starts}"
    assert last not in starts, f"the window's last day was read as a start: {starts}"


# ---------------------------------------------------------------------------
# Class 2: a day told inside what someone reports -> that day is the start;
# the day of the saying is never a start.
# (id, text, published, organisation, expected start, saying's day or None, weekdays)
# ---------------------------------------------------------------------------

REPORTED_CASES = [
    (
        "reported-said-tuesday-helpdesk-sunday",
        "Garrow Home, the homewares retailer, has been hit by a cyber attack. The company "
        "said on Tuesday that the attackers rang its service desk on Sunday, pretending "
        "to be a supervisor. Online orders have been paused.",
        "2025-05-07",
        "Garrow Home",
        "2025-05-04",
        "2025-05-06",
        {"Wednesday": "2025-05-07", "Sunday": "2025-05-04", "Tuesday": "2025-05-06"},
    ),
    (
        "reported-according-to-filing-day-first",
        "Merrow Building Society has disclosed a data breach. According to the filing, a "
        "criminal signed in to its member portal with a stolen password on 22 July. "
        "The society said "
        "members' addresses were viewed.",
        "2024-08-09",
        "Merrow Building Society",
        "2024-07-22",
        None,
        {"Friday": "2024-08-09"},
    ),
    (
        "reported-statement-friday-that-on-june-6",
        "Fenwick Grocers, the supermarket chain, has been targeted by hackers. In a "
        "statement on Friday, the chain said that on June 6 a caller pretending to be a store "
        "manager talked its IT staff into resetting passwords. Deliveries to stores were "
        "delayed.",
        "2025-06-16",
        "Fenwick Grocers",
        "2025-06-06",
        "2025-06-13",
        {"Monday": "2025-06-16", "Friday": "2025-06-13"},
    ),
    (
        "reported-email-monday-encrypted-saturday",
        "St Brannock's Hospital has been hit by ransomware. The hospital told staff in an "
        "email on Monday that hackers had encrypted its patient records system on Saturday. "
        "Some operations have been postponed.",
        "2024-10-15",
        "St Brannock's Hospital",
        "2024-10-12",
        "2024-10-14",
        {"Tuesday": "2024-10-15", "Monday": "2024-10-14", "Saturday": "2024-10-12"},
    ),
    (
        "reported-statement-released-tuesday-day-first",
        "Calder Valley Council has suffered a ransomware attack. In a statement released on "
        "Tuesday, the council said the ransomware had been deployed on its servers on 2 "
        "February. Council tax payments cannot be taken online.",
        "2024-02-08",
        "Calder Valley Council",
        "2024-02-02",
        "2024-02-06",
        {"Thursday": "2024-02-08", "Tuesday": "2024-02-06"},
    ),
    (
        "reported-filing-wednesday-detected-month-first",
        "Orvane Systems, a payroll software firm, has reported a cyber attack. The firm said "
        "in a regulatory filing on Wednesday that it first detected suspicious activity on "
        "March 11. Client payroll runs were not affected, it said.",
        "2024-03-22",
        "Orvane Systems",
        "2024-03-11",
        "2024-03-20",
        {"Friday": "2024-03-22", "Wednesday": "2024-03-20"},
    ),
    (
        "reported-spokesperson-said-began-thursday",
        "Dunmere University has been hit by a cyber attack. A spokesperson for the "
        "university said the attack began in the early hours of Thursday, when staff "
        "noticed they could not log in. Lectures are going ahead.",
        "2023-11-27",
        "Dunmere University",
        "2023-11-23",
        None,
        {"Monday": "2023-11-27", "Thursday": "2023-11-23"},
    ),
    (
        "reported-told-customers-monday-phoned-14-may",
        "Ashby Mutual Bank has been targeted in a social engineering attack. The bank told "
        "customers on Monday that a criminal gang had phoned its call centre on 14 May, "
        "pretending to be a senior engineer, and gained access to internal systems.",
        "2025-05-21",
        "Ashby Mutual Bank",
        "2025-05-14",
        "2025-05-19",
        {"Wednesday": "2025-05-21", "Monday": "2025-05-19"},
    ),
]


@pytest.mark.parametrize(
    "text,published,org,start,saying,weekdays",
    [_param(case) for case in REPORTED_CASES],
)
def test_class2_reported_day_is_start_not_saying_day(
    extract: Any,
    text: str,
    published: str,
    org: str,
    start: str,
    saying: str | None,
    weekdays: dict[str, str],
) -> None:
    _check_weekdays(weekdays)
    record = extract(text, published=published)
    incident = _primary(record, org)
    starts = _starts(incident)
    assert starts, f"no incident_start; dates: {incident['dates']}"
    assert min(starts) == start, f"starts {starts}"
    if saying is not None:
        assert saying not in starts, f"the saying's day was read as a start: {starts}"


# ---------------------------------------------------------------------------
# Guards: the rules must NOT fire.
# (id, text, published, organisation, expected start or None, forbidden starts, weekdays)
# expected None means: no assertion on which start, only on the forbidden ones.
# ---------------------------------------------------------------------------

GUARD_CASES = [
    (
        "guard-sale-window-not-intrusion",
        "Linton & Reed, the department store, said hackers broke into its payment system on "
        "12 March. The attack came days after its spring sale, which ran from 1 to 9 March. "
        "The retailer said card details were not stored on the affected servers.",
        "2024-03-20",
        "Linton & Reed",
        "2024-03-12",
        ["2024-03-01", "2024-03-09"],
        {},
    ),
    (
        "guard-booking-window-not-intrusion",
        "Solent Ferries said a cyber attack on its booking system was detected on Saturday. "
        "The operator said bookings for sailings between 1 and 15 August remain valid, and "
        "passengers should bring their confirmation emails to the port.",
        "2025-07-30",
        "Solent Ferries",
        "2025-07-26",
        ["2025-08-01", "2025-08-15"],
        {"Wednesday": "2025-07-30", "Saturday": "2025-07-26"},
    ),
    # DOUBT: the convention pins a start only when the text (with `published`) pins the
    # day the incident began; "said on Thursday it had been hit" dates the saying, not the
    # attack (it may have happened days before). So Thursday must not be a start; no
    # start at all is the expected reading.
    (
        "guard-saying-day-only-ransomware",
        "Harlow Foods said on Thursday it had been hit by ransomware. The food wholesaler "
        "said it was working with external experts and some deliveries to restaurants "
        "would be late.",
        "2025-03-14",
        "Harlow Foods",
        None,
        ["2025-03-13"],
        {"Friday": "2025-03-14", "Thursday": "2025-03-13"},
    ),
    # DOUBT as above: the email's day is a disclosure; the theft's day is not given.
    (
        "guard-saying-day-only-email-wednesday",
        "Coldharbour Bank told customers in an email on Wednesday that some of their personal "
        "data had been stolen in a cyber attack. The bank said no money had been taken from "
        "accounts.",
        "2024-04-18",
        "Coldharbour Bank",
        None,
        ["2024-04-17"],
        {"Thursday": "2024-04-18", "Wednesday": "2024-04-17"},
    ),
]


@pytest.mark.parametrize(
    "text,published,org,start,forbidden,weekdays",
    [_param(case) for case in GUARD_CASES],
)
def test_guard_start_rules_do_not_fire(
    extract: Any,
    text: str,
    published: str,
    org: str,
    start: str | None,
    forbidden: list[str],
    weekdays: dict[str, str],
) -> None:
    _check_weekdays(weekdays)
    record = extract(text, published=published)
    incident = _primary(record, org)
    starts = _starts(incident)
    for day in forbidden:
        assert day not in starts, f"{day} read as a start: {starts}"
    if start is not None:
        assert starts and min(starts) == start, f"starts {starts}"

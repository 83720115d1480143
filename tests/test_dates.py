"""Date resolution against a reference date; nothing relative is guessed without one."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import names, start_values
from incident_extract.dates import RESOLVERS, published_from_text, resolve

THURSDAY = date(2025, 5, 15)


@pytest.mark.parametrize(
    ("text", "future", "value", "granularity", "approximate"),
    [
        ("Wednesday", False, "2025-05-14", "day", False),
        ("on Thursday", False, "2025-05-15", "day", False),
        ("Saturday", True, "2025-05-17", "day", False),
        ("the weekend", True, "2025-05-17", "week", True),
        ("the weekend", False, "2025-05-10", "week", True),
        ("last week", False, "2025-05-05", "week", True),
        ("almost two weeks ago", False, "2025-05-01", "week", True),
        ("earlier this month", False, "2025-05-01", "month", True),
        ("25 April", False, "2025-04-25", "day", False),
        ("June 20", False, "2024-06-20", "day", False),  # a past event cannot be in the future
        ("June 20", True, "2025-06-20", "day", False),
        ("between Nov. 27 and Dec. 15", False, "2024-11-27", "day", False),
        ("Easter weekend", False, "2025-04-19", "week", True),
        ("December 19, 2013", False, "2013-12-19", "day", False),
        ("March 2024", False, "2024-03-01", "month", False),
        ("September last year", False, "2024-09-01", "month", False),
        ("in March of this year", False, "2025-03-01", "month", False),
        # a weekday of a week named relative to the reference is that day, not the week
        ("the Monday of last week", False, "2025-05-05", "day", False),
        ("Friday last week", False, "2025-05-09", "day", False),
        ("the Tuesday of next week", True, "2025-05-20", "day", False),
        # a weekday counted within a month is that day
        ("the first Monday of March", False, "2025-03-03", "day", False),
        ("the second Tuesday in April", False, "2025-04-08", "day", False),
        ("the last Friday of June", False, "2024-06-28", "day", False),  # June is to come
        ("the last Sunday of last month", False, "2025-04-27", "day", False),
        ("the third Wednesday of this month", False, "2025-05-21", "day", False),
        ("the first Monday of December 2019", False, "2019-12-02", "day", False),
        ("the fifth Thursday of January", False, "2025-01-30", "day", False),
    ],
)
def test_resolves_against_the_reference_date(text, future, value, granularity, approximate) -> None:  # type: ignore[no-untyped-def]
    resolved = resolve(text, THURSDAY, future)
    assert resolved is not None
    assert resolved.value is not None and resolved.value.isoformat() == value
    assert resolved.granularity.value == granularity
    assert resolved.approximate is approximate


@pytest.mark.parametrize(
    ("text", "future", "value"),
    [
        ("9am this morning", False, "2022-06-20"),  # the clock time leaves the day to the rest
        ("around 7.30pm yesterday", False, "2022-06-19"),
        ("the 14th", False, "2022-06-14"),  # a day of the reference's month
        ("on the 28th", False, "2022-05-28"),  # still to come this month, so the month before
        ("the 28th", True, "2022-06-28"),
    ],
)
def test_days_named_without_a_month_take_it_from_the_reference_not_the_clock(
    text: str, future: bool, value: str
) -> None:
    resolved = resolve(text, date(2022, 6, 20), future)
    assert resolved is not None and resolved.value is not None
    assert resolved.value.isoformat() == value


def test_a_day_of_the_month_the_month_before_lacks_is_no_date() -> None:
    assert resolve("the 31st", date(2022, 12, 2)) is None  # November has 30 days
    assert resolve("the fifth Monday of February 2025", THURSDAY) is None
    # no fifth Friday in March 2025: the latest March that had one
    resolved = resolve("the fifth Friday of March", date(2025, 4, 10))
    assert resolved is not None and resolved.value == date(2024, 3, 29)


def test_a_weekday_counted_in_a_month_dates_the_start(extract) -> None:
    record = extract(
        "Kestrel Savings app fails\n\n"
        "Kestrel Savings said its mobile banking app had been hit by an IT failure. The "
        "problems began on the second Monday of April, when an upgrade to its payments "
        "platform went wrong.",
        published="2025-04-29",
    )
    assert start_values(record["incidents"][0]) == ["2025-04-14"]


def test_weekday_across_a_year_boundary() -> None:
    resolved = resolve("Tuesday", date(2025, 1, 2), future=False)  # a Thursday
    assert resolved is not None and resolved.value == date(2024, 12, 31)


@pytest.mark.parametrize(
    "text", ["more than three weeks", "three days", "for six days", "several hours"]
)
def test_durations_are_not_dates(text: str) -> None:
    assert resolve(text, THURSDAY) is None


@pytest.mark.parametrize("text", ["Wednesday", "last week", "25 April", "almost two weeks ago"])
def test_without_reference_relative_dates_stay_null(text: str) -> None:
    resolved = resolve(text, None)
    assert resolved is not None and resolved.value is None and resolved.relative


def test_absolute_date_resolves_without_reference() -> None:
    resolved = resolve("21 November 2024", None)
    assert resolved is not None and resolved.value == date(2024, 11, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\n\nPublished 14 May 2025\n\nBody.", date(2025, 5, 14)),
        ("Headline\n14/05/2025 09:41\nBody.", date(2025, 5, 14)),
        ("Headline\nUpdated: Tue 22 Apr 2025\nBody.", date(2025, 4, 22)),
        ("Headline\nThe attack began in 2024 and is still going on.\n", None),
    ],
)
def test_dateline_in_the_text(text: str, expected: date | None) -> None:
    assert published_from_text(text) == expected


def test_duration_anchored_to_a_date_is_resolved() -> None:
    resolved = resolve("three days after April 22", date(2025, 5, 1))
    assert resolved is not None and resolved.value == date(2025, 4, 25)
    before = resolve("two weeks before 1 March 2025", None)
    assert before is not None and before.value == date(2025, 2, 15)


def test_recent_weeks_is_found_but_never_given_a_value() -> None:
    resolved = resolve("in recent weeks", THURSDAY)
    assert resolved is not None and resolved.value is None and resolved.approximate


def test_anchored_duration_in_an_article(extract) -> None:
    record = extract(
        "Fenwick Farms said it was hit by a cyber attack on April 22. Its website went down "
        "three days after April 22.",
        published="2025-05-01",
    )
    values = {d["text"]: d["value"] for d in record["incidents"][0]["dates"]}
    assert values == {"April 22": "2025-04-22", "three days after April 22": "2025-04-25"}


def test_since_easter_weekend_in_an_article(extract) -> None:
    record = extract(
        "Olney Bakeries has been unable to take card payments since Easter weekend after a "
        "cyber attack, it said on Tuesday.",
        published="2025-04-25",
    )
    dates = {d["text"]: (d["value"], d["role"]) for d in record["incidents"][0]["dates"]}
    assert dates["Easter weekend"] == ("2025-04-19", "incident_start")
    assert dates["Tuesday"][0] == "2025-04-22"


def test_weekday_near_a_month_boundary(extract) -> None:
    record = extract(
        "Yarrow Stores said on Friday that a cyber attack had disrupted its online orders.",
        published="2025-06-02",
    )
    assert [d["value"] for d in record["incidents"][0]["dates"]] == ["2025-05-30"]


def test_a_start_given_as_a_period_gives_way_to_a_precise_start_inside_it(extract) -> None:
    record = extract(
        "Harbourside Pets said the attack on its systems began in March 2024. Hackers first "
        "logged in on 12 March 2024, the retailer said, and its website went down that day.",
        published="2024-05-02",
    )
    starts = start_values(record["incidents"][0])
    assert min(starts) == "2024-03-12"
    other = {d["text"]: d["role"] for d in record["incidents"][0]["dates"]}
    assert other["March 2024"] == "other"


def test_a_month_or_year_beside_a_start_pinned_to_a_day_is_no_start(extract) -> None:
    record = extract(
        "Kettering Outdoor said its tills failed at 9am on Saturday 8 March after a faulty "
        "update. It was the retailer's second outage this year, after a network fault in "
        'January. "If the problems run into April, that would hurt," one analyst said.',
        published="2025-03-11",
    )
    roles = {d["text"]: d["role"] for d in record["incidents"][0]["dates"]}
    assert min(start_values(record["incidents"][0])) == "2025-03-08"
    assert roles["January"] == roles["this year"] == "other"


def test_a_month_that_tells_this_start_stays_a_start(extract) -> None:
    # known only to the month: no start is pinned to a day
    record = extract(
        "Kettering Outdoor said hackers had been inside its network since January, and that "
        "it found them last week.",
        published="2025-03-11",
    )
    roles = {d["text"]: d["role"] for d in record["incidents"][0]["dates"]}
    assert roles["January"] == "incident_start"


@pytest.mark.parametrize(
    "text",
    [
        "Kettering Outdoor said hackers first got into its network in January and encrypted "
        "its servers on 8 March.",
        "Kettering Outdoor said an intruder got into a database on 8 March and downloaded the "
        "records of everyone who has ordered from it since 2019.",
    ],
)
def test_a_period_beside_a_start_pinned_to_a_day_gives_the_day_the_start(extract, text) -> None:
    # a start needs its day (the gold convention: 'in January' pins no day), so the earliest
    # start is the day even where the period is told in the same sentence
    record = extract(text, published="2025-03-11")
    assert min(start_values(record["incidents"][0])) == "2025-03-08"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("between 9 and 14 November", date(2023, 11, 9)),
        ("the weekend of 18 and 19 March", date(2023, 3, 18)),
        ("from 2 to 5 May", date(2023, 5, 2)),
        ("3-7 March 2021", date(2021, 3, 3)),
    ],
)
def test_a_day_range_starts_on_its_first_day(text: str, value: date) -> None:
    resolved = resolve(text, date(2023, 12, 1))
    assert resolved is not None and resolved.value == value


@pytest.mark.parametrize("text", ["74", "21", "around 11.40am", "6pm"])
def test_an_age_or_a_clock_time_is_not_a_date(text: str) -> None:
    assert resolve(text, date(2023, 12, 1)) is None


def test_a_range_in_an_article_gives_its_first_day_as_the_start(extract) -> None:
    record = extract(
        "Corrin Sportswear said card details were stolen from its website.\n\n"
        "The company said malicious code was active on its checkout page between 2 and 9 "
        "October, and shoppers who bought in that window may be affected.",
        published="2023-10-30",
    )
    starts = start_values(record["incidents"][0])
    assert starts == ["2023-10-02"]


@pytest.mark.parametrize(
    ("window", "first_day"),
    [
        # two full dates joined by "between ... and"
        (
            "could read its booking files between January 6 and February 2 and copied them",
            "2025-01-06",
        ),
        # a range the model tags without its "from", which alone resolves to nothing
        ("had access to a booking server from January 9 to January 30", "2025-01-09"),
        # day-first, the model's entity ending on "to"
        ("were inside its systems from 3 March to 19 March", "2025-03-03"),
        ("accessed two staff mailboxes between Feb. 3 and Feb. 9", "2025-02-03"),
        ("had had access to the loyalty database from 28 April through 1 May", "2025-04-28"),
        # the month told once, for both days
        ("had access to a file share from March 3 to 19", "2025-03-03"),
        # each day opened by its weekday
        ("were in its systems from Monday, May 19 to Friday, May 23", "2025-05-19"),
        # the US style, a comma after each year
        ("had access between December 28, 2024, and January 4, 2025", "2024-12-28"),
    ],
)
def test_an_intruders_access_window_starts_the_incident_on_its_first_day(
    extract, window: str, first_day: str
) -> None:
    record = extract(
        "Pellworth Garden Centres said on Friday that customer data had been stolen in a "
        f"cyber attack.\n\nAn investigation found the intruders {window}, the company said.",
        published="2025-05-30",
    )
    assert min(v for v in start_values(record["incidents"][0]) if v) == first_day


@pytest.mark.parametrize(
    ("stretch", "first_day"),
    [
        # weekdays after "from" (here the model cuts them in two: the end starts nothing)
        ("from Thursday to Saturday", "2025-05-29"),
        # a stretch after "from" starts the trouble, however far it stands from the trouble
        ("from 26 to 28 May", "2025-05-26"),
    ],
)
def test_a_stretch_after_from_starts_a_service_trouble(
    extract, stretch: str, first_day: str
) -> None:
    record = extract(
        "Swim bookings down\n\nCustomers of Wyndle Leisure were unable to book swimming "
        f"lessons or pay for parking at its centres {stretch} after a computer fault, the "
        "company said on Monday.",
        published="2025-06-02",
    )
    assert start_values(record["incidents"][0]) == [first_day]


@pytest.mark.parametrize(
    "sentence",
    [
        "Classes at its leisure centres ran as normal from Monday to Saturday.",
        "Its offices would be closed from Monday to Wednesday next week for staff training.",
    ],
)
def test_a_stretch_of_no_trouble_or_still_to_come_starts_nothing(extract, sentence: str) -> None:
    record = extract(
        "Council website down\n\nQuarley Council's website has been down since a cyber "
        f"attack on 20 May. {sentence}",
        published="2025-06-12",
    )
    assert start_values(record["incidents"][0]) == ["2025-05-20"]


def test_the_end_of_a_stretch_still_ends_a_pause(extract) -> None:
    record = extract(
        "Shop pauses payments\n\nDrayholt Foods said card payments at its stores were "
        "suspended from Friday until Monday after a cyber attack.",
        published="2025-06-04",
    )
    roles = {d["text"]: d["role"] for d in record["incidents"][0]["dates"]}
    assert roles.get("Monday") == "service_suspended"


def test_weekdays_with_no_opener_are_a_schedule_and_no_date(extract) -> None:
    record = extract(
        "Swim bookings down\n\nCustomers of Wyndle Leisure were unable to book swimming "
        "lessons online on Saturday after a computer fault. Its phone line, open Monday to "
        "Friday, is taking bookings instead.",
        published="2025-06-02",
    )
    texts = [d["text"] for d in record["incidents"][0]["dates"]]
    assert "Monday to Friday" not in texts


@pytest.mark.parametrize(
    "sentence",
    [
        # anyone who used a service is no intruder
        "Residents who accessed the parking portal on Monday were asked to reset passwords.",
        # an attack word naming what something else is about
        "Staff had completed phishing awareness training on Monday.",
        "The society ran a ransomware drill on Monday.",
        "The society had published a report on phishing on Monday.",
        # a telling after the saying is the day of that telling
        "The society said it informed the regulator on Monday.",
        # an attack word inside a phrase in another sense
        "Its software supplier had patched the bug on Monday.",
    ],
)
def test_a_day_that_tells_of_no_intrusion_starts_nothing(extract, sentence: str) -> None:
    record = extract(
        f"Dovecote Building Society was hit by a cyber attack on Friday. {sentence}",
        published="2025-05-31",
    )
    assert start_values(record["incidents"][0]) == ["2025-05-30"]


def test_what_was_accessed_in_the_passive_dates_the_start(extract) -> None:
    record = extract(
        "Dovecote Building Society said hackers stole customer data. Its document server had "
        "been accessed on Saturday 10 May, the society said on Friday.",
        published="2025-05-31",
    )
    assert start_values(record["incidents"][0]) == ["2025-05-10"]


def test_an_intruders_access_is_the_start_without_a_range(extract) -> None:
    record = extract(
        "Dovecote Pharmacies said an unauthorised third party accessed a payroll server on "
        "6 April, and that staff bank details were taken. The company said on Thursday that "
        "it had told the police.",
        published="2025-04-17",
    )
    assert start_values(record["incidents"][0]) == ["2025-04-06"]


@pytest.mark.parametrize(
    ("report", "start"),
    [
        # past a finite verb of the report: the report's day, not the saying's
        (
            "The firm said on Thursday the intruders sent the fake invoices on 3 March.",
            "2025-03-03",
        ),
        # past the saying's "that", the day fronted in the report
        (
            "In a letter to tenants on Thursday, the firm said that on 3 March a criminal "
            "posing as its finance director emailed the accounts team.",
            "2025-03-03",
        ),
        # a saying told by a noun, not a verb
        (
            "According to its notice to regulators, hackers got hold of a staff password and "
            "logged in on 3 March.",
            "2025-03-03",
        ),
    ],
)
def test_a_day_inside_a_report_dates_what_it_tells_not_the_saying(
    extract, report: str, start: str
) -> None:
    record = extract(
        f"Tolland Housing Association was hit by a cyber attack. {report}",
        published="2025-03-14",
    )
    starts = start_values(record["incidents"][0])
    assert min(v for v in starts if v) == start
    assert "2025-03-13" not in starts  # Thursday: the day of the saying


def test_the_day_before_a_reports_that_dates_the_saying(extract) -> None:
    record = extract(
        "Tolland Housing Association was hit by a cyber attack. The association told "
        "residents on Thursday that criminals had locked its rent system on Sunday.",
        published="2025-03-14",
    )
    dates = {d["text"]: d["role"] for d in record["incidents"][0]["dates"]}
    assert dates == {"Thursday": "disclosure", "Sunday": "incident_start"}


def test_as_expected_is_a_comparison_not_a_promise(extract) -> None:
    record = extract(
        "Ardmore Credit Union said the outage began on Monday, when an upgrade did not "
        "complete as expected.",
        published="2024-06-13",
    )
    starts = start_values(record["incidents"][0])
    assert starts == ["2024-06-10"]


def test_a_day_something_was_booked_for_is_this_weeks(extract) -> None:
    record = extract(
        "Brannock Foods said hackers got into its network on Monday. Deliveries booked for "
        "Thursday and Friday were cancelled.",
        published="2024-06-13",
    )
    values = sorted(d["value"] for d in record["incidents"][0]["dates"])
    assert values[0] == "2024-06-10"
    assert "2024-06-14" in values  # the coming Friday, not the one before


@pytest.mark.parametrize(
    ("text", "value"),
    [("last month's", date(2025, 5, 1)), ("Monday's", date(2025, 6, 9))],
)
def test_a_possessive_date_is_the_date(text: str, value: date) -> None:
    resolved = resolve(text, date(2025, 6, 12))
    assert resolved is not None and resolved.value == value


@pytest.mark.parametrize(
    ("clause", "value"),
    [
        ("The outage started on Wednesday, October 8, when tills froze.", "2025-10-08"),
        ("Hackers struck on Sunday 5 October, the bank said.", "2025-10-05"),
        ("Trouble began on Monday, the 6th of October, at its depots.", "2025-10-06"),
    ],
)
def test_a_weekday_beside_its_calendar_date_is_one_date(extract, clause: str, value: str) -> None:
    """The weekday alone would resolve to the week of publication; its date says which."""
    record = extract(
        "Wrenfield Hardware said it was hit by a cyber attack. " + clause,
        published="2025-10-23",
    )
    assert start_values(record["incidents"][0]) == [value]


@pytest.mark.parametrize(
    "clause",
    [
        "It closed its loyalty scheme on 3 October, when the breach was discovered.",
        "Its tills were switched off on 3 October, the day staff first noticed the intrusion.",
        "It shut the warehouse system on 3 October, as soon as the attack was detected.",
    ],
)
def test_a_detection_clause_hung_on_a_date_makes_it_the_start(extract, clause: str) -> None:
    record = extract(
        "Wrenfield Hardware said it was hit by a cyber attack. " + clause,
        published="2025-10-23",
    )
    assert start_values(record["incidents"][0]) == ["2025-10-03"]


def test_when_intruders_got_in_is_the_start(extract) -> None:
    record = extract(
        "Wrenfield Hardware said it was hit by a cyber attack. Investigators found the "
        "criminals had broken into its network on 29 September.",
        published="2025-10-23",
    )
    assert start_values(record["incidents"][0]) == ["2025-09-29"]


@pytest.mark.parametrize(
    ("text", "resolver"),
    [
        ("yesterday", "day_from_reference"),
        ("this past Monday", "named_weekday"),
        ("late on Sunday night", "named_weekday"),
        ("the Monday of last week", "weekday_of_week"),
        ("the first Monday of March", "weekday_of_month"),
        ("over the weekend", "weekend"),
        ("the Easter bank holiday weekend", "easter"),
        ("earlier this month", "period_offset"),
        ("September last year", "month_of_period"),
        ("three weeks ago", "ago"),
        ("a decade ago", "ago"),
        ("14 March 2024", "absolute"),
    ],
)
def test_each_kind_of_expression_is_read_first_by_its_named_resolver(
    text: str, resolver: str
) -> None:
    readers = [r.name for r in RESOLVERS if r.read(text, THURSDAY, False) is not None]
    assert readers[0] == resolver
    assert resolve(text, THURSDAY) is not None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three days after April 22", "2025-04-25"),
        ("two weeks before 14 March", "2025-02-28"),
        ("a month after 31 January", "2025-02-28"),  # a month keeps its day up to the 28th
    ],
)
def test_a_count_from_an_anchor_date_is_a_day(text: str, value: str) -> None:
    resolved = resolve(text, THURSDAY)
    assert resolved is not None and resolved.value is not None
    assert (resolved.value.isoformat(), resolved.granularity.value) == (value, "day")


@pytest.mark.parametrize(
    "text", ["for about six weeks", "several months", "the holiday season", "annual", "74"]
)
def test_durations_and_vague_periods_are_no_dates(text: str) -> None:
    assert resolve(text, THURSDAY) is None


def test_every_resolver_leaves_a_relative_date_unresolved_without_a_reference() -> None:
    for text in ("yesterday", "Monday", "the weekend", "Easter", "last month", "two days ago"):
        resolved = resolve(text, None)
        assert resolved is not None and resolved.value is None and resolved.relative


@pytest.mark.parametrize(
    "sentence",
    [
        "Staff said tills can fail on any Friday evening, when the network is busiest.",
        "A similar fault once left customers unable to pay for most of a Saturday.",
        "The outage was the worst in the bank's 60-year history.",
        "Every Monday the bank runs a 24-hour test of its backup systems.",
    ],
)
def test_no_particular_day_is_a_date(extract, sentence: str) -> None:
    record = extract(
        "Tasman Mutual said a cyber attack disrupted card payments on Tuesday. " + sentence,
        published="2023-07-12",
    )
    assert [d["value"] for d in record["incidents"][0]["dates"]] == ["2023-07-11"]


def test_a_day_told_with_an_article_is_still_a_date(extract) -> None:
    record = extract(
        "Tasman Mutual said a cyber attack disrupted card payments. The attack began on a "
        "Saturday, when few staff were working.",
        published="2023-07-12",
    )
    assert start_values(record["incidents"][0]) == ["2023-07-08"]


def test_an_indefinite_count_of_days_is_still_a_date(extract) -> None:
    record = extract(
        "Tasman Mutual said a cyber attack a week ago disrupted card payments.",
        published="2023-07-12",
    )
    assert [d["value"] for d in record["incidents"][0]["dates"]] == ["2023-07-05"]


def test_a_date_takes_its_role_from_the_statement_its_clause_belongs_to(extract) -> None:
    # the date's clause says where queues formed; the "after" clause of the same statement
    # says what broke, and a clause of the statement comes before a clause of another
    record = extract(
        "Long queues built up at the checkouts of Dorran Foods on Friday evening, the busiest "
        "night of the week, after a software fault left its tills unable to take cards.",
        published="2025-06-03",
    )
    assert start_values(record["incidents"][0]) == ["2025-05-30"]


def test_finding_the_damage_is_when_the_incident_was_detected(extract) -> None:
    record = extract(
        "Tolland Hardware said a ransomware attack had shut its 12 shops. Staff arriving on "
        "Saturday morning found the tills frozen and a ransom note on the office computers, "
        "the company said.",
        published="2025-06-04",
    )
    assert start_values(record["incidents"][0]) == ["2025-05-31"]


def test_with_no_start_told_the_first_shutdown_day_is_the_start(extract) -> None:
    record = extract(
        "Cyber incident at Ravelston Furniture\n\n"
        "Ravelston Furniture said it switched off its phone lines on Monday morning as a "
        "precaution and took its website offline on Tuesday. A cyber security firm is "
        "investigating what happened.",
        published="2025-11-13",
    )
    assert start_values(record["incidents"][0]) == ["2025-11-10"]


def test_a_start_told_outranks_an_earlier_shutdown(extract) -> None:
    # the shutdown is not promoted when the text gives its own start
    record = extract(
        "Ravelston Furniture said hackers broke into its network on 4 November. It took its "
        "website offline on 10 November.",
        published="2025-11-13",
    )
    assert start_values(record["incidents"][0]) == ["2025-11-04"]


def test_staff_left_able_to_take_only_cash_is_no_return(extract) -> None:
    record = extract(
        "Pellow Outfitters tills down\n\n"
        "A ransomware attack stopped card readers working at Pellow Outfitters on Tuesday, "
        "with cashiers able to take cash only.",
        published="2025-06-05",
    )
    incident = record["incidents"][0]
    assert start_values(incident) == ["2025-06-03"]
    assert [c["status"] for c in incident["restoration_claims"]] == []


def test_a_day_told_beside_the_trouble_is_its_start_when_no_start_is_told(extract) -> None:
    record = extract(
        "Building society customers stranded at tills\n\n"
        "Larchfield Building Society has apologised after an IT outage left thousands of "
        "members unable to pay by card, withdraw cash or log in to its app for six hours on "
        "Tuesday. The society said on Wednesday that everything was working again.",
        published="2025-06-12",
    )
    [incident] = record["incidents"]
    starts = [d["value"] for d in incident["dates"] if d["role"] == "incident_start"]
    assert starts == ["2025-06-10"]


def test_the_year_an_organisation_was_founded_is_no_start(extract) -> None:
    record = extract(
        "Booking platform outage hits salons\n\n"
        "An outage at Snipdesk, founded in 2016, left hair salons across Leeds unable to "
        "take online bookings. Snipdesk said its servers had failed and that bookings were "
        "working again by the evening.",
        published="2025-06-12",
    )
    assert "Snipdesk" in names(record)
    for incident in record["incidents"]:
        starts = [d["value"] for d in incident["dates"] if d["role"] == "incident_start"]
        assert "2016-01-01" not in starts


def test_a_detection_date_before_a_coordinated_shutdown_dates_the_detection(extract) -> None:
    # read as the shutdown's day, 3 March would lose to the later day the trouble is told on
    record = extract(
        "Borough confirms data theft\n\n"
        "Hallam Borough Council said it detected suspicious activity on its servers on "
        "3 March and immediately disconnected its network from the internet. Residents could "
        "not pay council tax online from 4 March.",
        published="2025-03-20",
    )
    [incident] = record["incidents"]
    assert start_values(incident)[:1] == ["2025-03-03"]


def test_a_day_after_publication_is_no_start(extract) -> None:
    record = extract(
        "Clinic group confirms breach\n\n"
        "Harlow Dental Group said a cyber attack in May had exposed patient records. Patients "
        "affected by the breach will get letters next week.",
        published="2025-06-11",
    )
    [incident] = record["incidents"]
    assert start_values(incident) == ["2025-05-01"]


def test_a_trailing_speaker_dates_nothing_the_report_told(extract) -> None:
    record = extract(
        "Payroll firm breached\n\n"
        "Hackers broke into Penhallow Payroll's network in August, the company said.",
        published="2025-09-10",
    )
    [incident] = record["incidents"]
    assert start_values(incident) == ["2025-08-01"]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # a participle describing a noun measures that noun's time
        ("The attackers reached records of clients signed up since 2018.", "2025-08-01"),
        # a return measured from a day is no start
        ("Its portal has been working again at every branch since Monday.", "2025-08-01"),
        # a workaround is the trouble itself, and its day outranks the month
        ("Staff have been working with pen and paper since Monday.", "2025-09-08"),
    ],
)
def test_since_a_date_is_a_start_only_for_the_trouble(extract, sentence: str, start: str) -> None:
    record = extract(
        "Payroll firm breached\n\n"
        "Penhallow Payroll said hackers had broken into its network in August. " + sentence,
        published="2025-09-10",
    )
    [incident] = record["incidents"]
    assert start_values(incident) == [start]


def test_a_fronted_weekday_before_a_past_verb_is_past_whatever_a_later_clause_expects(
    extract,
) -> None:
    record = extract(
        "Bakery chain hit by cyber attack\n\n"
        "Hollin Bakeries said a cyber attack had disrupted its tills. On Saturday morning, the "
        "chain closed 40 of its shops, with staff giving away bread that would otherwise have "
        "gone to waste.",
        published="2025-07-09",  # a Wednesday
    )
    [incident] = record["incidents"]
    values = [d["value"] for d in incident["dates"] if d["text"].startswith("Saturday")]
    assert values == ["2025-07-05"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("By Thursday, the grocer said, all shops are expected to reopen.", "2025-07-10"),
        ("On Monday, the grocer said, shops will reopen with cash-only tills.", "2025-07-14"),
    ],
)
def test_a_fronted_day_before_a_speaker_keeps_the_future_its_clause_expects(
    extract, text: str, value: str
) -> None:
    record = extract(
        "Bakery chain hit by cyber attack\n\n"
        "Hollin Bakeries said a cyber attack had disrupted its tills and closed its shops. " + text,
        published="2025-07-09",  # a Wednesday
    )
    [incident] = record["incidents"]
    assert value in [d["value"] for d in incident["dates"]]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Pennock Pharmacy reopened its online shop and its app on Monday after a cyber attack.",
            "restoration",
        ),
        # the verb of the clause is the attack's own: the day stays its start
        ("Pennock Pharmacy was hit by a cyber attack on Monday.", "incident_start"),
    ],
)
def test_an_incident_told_as_the_cause_after_a_day_does_not_date_it(
    extract, sentence: str, role: str
) -> None:
    record = extract(sentence, published="2025-06-13")
    roles = {d["text"]: d["role"] for d in record["incidents"][0]["dates"]}
    assert roles["Monday"] == role


@pytest.mark.parametrize("dateline", ["GHENT, June 7 -", "GHENT (Reuters), June 7 —"])
def test_the_day_in_a_wire_dateline_is_the_day_of_the_report(extract, dateline: str) -> None:
    record = extract(
        "Grocer's tills fail\n\n"
        f"{dateline} Tills at Maasland Foods failed on Friday after an IT outage at the "
        "grocer, the company said.",
        published="2025-06-07",
    )
    roles = {d["text"]: d["role"] for d in record["incidents"][0]["dates"]}
    assert roles.get("June 7", "published") == "published"
    assert start_values(record["incidents"][0]) == ["2025-06-06"]


def test_the_day_a_prediction_reaches_is_to_come_and_no_start(extract) -> None:
    # "likely to last into Wednesday" is said on Monday of the Wednesday ahead, not the one before
    record = extract(
        "Hartley Logistics warehouses hit by ransomware\n\n"
        "Hartley Logistics said its warehouse systems went down on Saturday after a ransomware "
        "attack. It said on Monday that backlogs at its depots were likely to last into "
        "Wednesday.",
        published="2025-06-16",
    )
    (incident,) = record["incidents"]
    assert start_values(incident) == ["2025-06-14"]
    wednesday = [d for d in incident["dates"] if d["text"].endswith("Wednesday")]
    assert [d["value"] for d in wednesday] == ["2025-06-18"]


def test_a_day_something_is_set_to_happen_on_is_to_come(extract) -> None:
    record = extract(
        "Marlow Pharmacy tills down after cyber attack\n\n"
        "Marlow Pharmacy said a cyber attack knocked out its tills on Saturday. The chain said "
        "on Monday that its branches were set to reopen on Thursday.",
        published="2025-06-16",
    )
    (incident,) = record["incidents"]
    assert start_values(incident) == ["2025-06-14"]
    thursday = [d for d in incident["dates"] if d["text"].endswith("Thursday")]
    assert [d["value"] for d in thursday] == ["2025-06-19"]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # a prediction about the past, and a plan that had been: the days are behind
        ("Investigators said the attack was likely to have begun on Saturday.", "2025-06-14"),
        ("Deliveries had been set to resume on Monday but were still halted.", "2025-06-16"),
    ],
)
def test_a_prediction_of_the_past_keeps_its_day_behind(extract, sentence: str, day: str) -> None:
    record = extract(
        "Corran Logistics hit by ransomware\n\n"
        "Corran Logistics said on Thursday that a ransomware attack had stopped its "
        "warehouses. " + sentence,
        published="2025-06-19",
    )
    (incident,) = record["incidents"]
    weekday = sentence.split(" on ")[1].split()[0].rstrip(".")
    assert [d["value"] for d in incident["dates"] if d["text"].endswith(weekday)] == [day]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # "since" names a past point, whatever the sentence expects of the days to come
        (
            "Brockway Petroleum hit by cyber attack\n\nBrockway Petroleum said on Wednesday "
            "that its depots, without fuel deliveries since Sunday, would stay so all week.",
            "2025-06-15",
        ),
        # finding the damage or the intruders is the detection that starts the story
        (
            "Workers at Dunmore Print found every computer locked on Monday morning after a "
            "ransomware attack, the company said.",
            "2025-06-16",
        ),
        (
            "Halsey Freight hit by cyber attack\n\nHalsey Freight said its IT team found "
            "intruders in its network on 12 June and shut its systems down.",
            "2025-06-12",
        ),
    ],
)
def test_a_past_point_and_a_finding_start_the_incident(extract, text: str, start: str) -> None:
    record = extract(text, published="2025-06-18")
    assert start_values(record["incidents"][0]) == [start]


def test_a_day_beside_a_denied_trouble_starts_nothing(extract) -> None:
    record = extract(
        "Tillford Books breach\n\nTillford Books said hackers broke into its systems on 3 June. "
        "Its website was not affected at any point, and sales in the week to 14 June were up "
        "on last year.",
        published="2025-06-20",
    )
    assert start_values(record["incidents"][0]) == ["2025-06-03"]


def test_finding_what_survived_or_came_back_starts_nothing(extract) -> None:
    record = extract(
        "Selby Fresh attack\n\nSelby Fresh said hackers broke into its systems on 2 June. An "
        "audit on Thursday found all its stores had reopened.",
        published="2025-06-20",
    )
    assert start_values(record["incidents"][0]) == ["2025-06-02"]


@pytest.mark.parametrize(
    "sentence",
    [
        "In a statement after spotting intruders in its network on Tuesday, the company asked "
        "customers to be patient.",
        "It warned customers by email after spotting unusual logins on Tuesday.",
        "It disconnected its email, a day after staff spotted intruders on Tuesday.",
    ],
)
def test_detection_told_by_a_gerund_or_past_form_is_the_start(extract, sentence: str) -> None:
    record = extract(
        "Ostley Timber said it was hit by a cyber attack. " + sentence, published="2025-03-07"
    )
    roles = {d["text"]: d["role"] for d in record["incidents"][0]["dates"]}
    assert roles["Tuesday"] == "incident_start"
    assert start_values(record["incidents"][0]) == ["2025-03-04"]


def test_a_trailing_attribution_with_its_own_day_dates_only_the_saying(extract) -> None:
    record = extract(
        "Lowmoor Dairies said it was hit by a cyber attack. The firm closed its order line "
        "after finding malware on its servers on 2 March, it said on 6 March.",
        published="2025-03-06",
    )
    assert start_values(record["incidents"][0]) == ["2025-03-02"]


def test_the_note_attackers_leave_is_no_statement(extract) -> None:
    record = extract(
        "Harkley Borough Council said it was hit by a cyber attack. It disconnected its phones "
        "after staff came across a ransom note on Monday.",
        published="2025-03-07",
    )
    assert start_values(record["incidents"][0]) == ["2025-03-03"]


def test_a_gangs_name_is_no_attack_word_that_dates_a_start(extract) -> None:
    record = extract(
        "Marrick Haulage said a cyber attack on Saturday had shut its depots. A ransomware "
        "group named the firm on its leak site on Wednesday.",
        published="2025-03-14",
    )
    assert start_values(record["incidents"][0]) == ["2025-03-08"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pellow Books, which emerged from administration in 2019, has 140 shops.",
        "The chain was bought by a private equity firm in 2020 and has since opened 25 shops.",
        "Pellow Books opened its first shop in Leeds in 1998.",
        "Its chief executive, who started in the role in 2022, apologised to customers.",
        "Online sales have grown every year since 2017.",
        "The retailer started selling online in 2016.",
    ],
)
def test_a_year_a_business_began_something_else_in_is_no_start(extract, sentence: str) -> None:
    """A word of beginning ('started', 'first', 'since', 'emerged') dates the incident when
    the sentence tells of trouble; told of a business's history by its year alone, it
    begins something else."""
    record = extract(
        "Pellow Books hit by cyber attack\n\n"
        "Pellow Books said a cyber attack had disrupted its online orders this week. " + sentence,
        published="2025-11-13",
    )
    [incident] = record["incidents"]
    assert start_values(incident) == ["2025-11-10"]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("The trouble first emerged in 2024, when its tills stopped working.", "2024-01-01"),
        ("Hackers had been inside its network since 2023.", "2023-01-01"),
        ("It started on Saturday.", "2025-11-08"),
        # a pronoun stands for the trouble told before
        ("It started in 2024.", "2024-01-01"),
        ("The problem began on Monday morning.", "2025-11-10"),
    ],
)
def test_a_beginning_told_with_the_trouble_or_by_day_still_starts_it(
    extract, sentence: str, start: str
) -> None:
    record = extract(
        "Pellow Books hit by cyber attack\n\n"
        "Pellow Books said a cyber attack had disrupted its online orders this week. " + sentence,
        published="2025-11-13",
    )
    [incident] = record["incidents"]
    assert start in start_values(incident)


@pytest.mark.parametrize(
    "opening",
    [
        "In a notice published on its website on Wednesday, Brenmoor said",
        "In an update posted to customers on Wednesday, Brenmoor said",
    ],
)
def test_a_word_of_the_saying_before_it_dates_nothing_the_report_tells(
    extract, opening: str
) -> None:
    # the report's day is the intrusion's, whatever words date the notice before the saying
    record = extract(
        "Brenmoor Insurance discloses breach\n\nBrenmoor Insurance has disclosed a data breach "
        "after hackers tricked its help desk.\n\n"
        f"{opening} the attacker rang its service desk on March 3 and asked for a password "
        "reset.",
        published="2025-03-14",
    )
    [incident] = record["incidents"]
    assert start_values(incident) == ["2025-03-03"]


def test_a_saying_inside_an_attribution_dates_nothing_the_report_tells(extract) -> None:
    # "according to a statement posted on its website" says where the report comes from;
    # its verb of saying is not what happened on June 4
    record = extract(
        "Kelsall Inns reports data breach\n\nHotel group Kelsall Inns said hackers stole guest "
        "records.\n\nIntruders got into a server used by the group's reservations staff on "
        "June 4, according to a statement posted on its website, and copied records for ten "
        "days before the "
        "intrusion was spotted on June 14.",
        published="2025-06-20",
    )
    [incident] = record["incidents"]
    assert start_values(incident)[0] == "2025-06-04"


@pytest.mark.parametrize(
    "attribution",
    [
        "the brewer told investors in a stock market announcement on Monday",
        "its finance director warned suppliers in a letter on 9 April",
        # writing is a way of saying
        "its manager wrote in an email to customers on 9 April",
        "a spokesperson for the brewer confirmed to local radio yesterday",
        (
            "the brewer said in emails sent to its pub landlords on Monday, and took its "
            "ordering system offline"
        ),
    ],
)
def test_a_long_saying_set_off_after_the_report_dates_nothing_it_told(
    extract, attribution: str
) -> None:
    """A speaker and a verb of saying set off by a comma after the report, however many
    words name its hearer, channel and day, hold no clause of their own: the day before them
    is the report's."""
    record = extract(
        "Brewer hit by hackers\n\nFellbridge Brewery was hit by a cyber attack. Hackers "
        f"encrypted the servers of Fellbridge Brewery on 2 April, {attribution}.",
        published="2025-04-11",
    )
    [incident] = record["incidents"]
    assert start_values(incident) == ["2025-04-02"]


@pytest.mark.parametrize(
    "saying",
    [
        "the brewer told investors on Monday that it had found the hackers",
        "the brewer said in a statement, which it published on Monday",
    ],
)
def test_a_saying_with_a_clause_of_its_own_is_no_set_off_attribution(extract, saying: str) -> None:
    # what follows the verb tells something of its own, so the day before it is not set off
    record = extract(
        "Brewer hit by hackers\n\nFellbridge Brewery was hit by a cyber attack. Its tills "
        f"stopped on 2 April, {saying}.",
        published="2025-04-11",
    )
    [incident] = record["incidents"]
    roles = {d["text"]: d["role"] for d in incident["dates"]}
    assert start_values(incident) == ["2025-04-02"]
    assert roles["Monday"] in {"disclosure", "published"}


def test_a_day_before_a_list_of_predicates_dates_the_first(extract) -> None:
    # "..., contained the attack and ..." is what the company did next, not what the day dates
    record = extract(
        "Fellbridge Brewery was hit by a cyber attack. The brewer spotted the intruders on "
        "2 April, contained the attack and reported the breach to police.",
        published="2025-04-11",
    )
    [incident] = record["incidents"]
    assert start_values(incident) == ["2025-04-02"]


@pytest.mark.parametrize("attacker", ["an unauthenticated attacker", "the attacker"])
def test_an_attacker_in_an_advisory_is_no_incident(extract, attacker: str) -> None:
    # what an attacker could do with a flaw, patched on a day, tells of no attack
    record = extract(
        "Loomis patches router flaw\n\nNetwork equipment maker Loomis Systems released fixes "
        "on Tuesday for a critical flaw in the firmware of its Edgeline routers, warning that "
        f"{attacker} could use it to take full control of affected devices.",
        published="2025-06-20",
    )
    assert record["incidents"] == []


def test_the_attackers_own_act_dates_the_start(extract) -> None:
    record = extract(
        "Marlow Timber hit by ransomware\n\nHackers encrypted servers at the distribution "
        "centre of Marlow Timber Ltd in Dunmore on Saturday night, and staff at the site were "
        "told to stay at home on Monday and Tuesday.",
        published="2025-03-14",
    )
    incident = record["incidents"][0]
    assert min(start_values(incident)) == "2025-03-08"
    # being told to stay at home is an instruction, no telling of the news
    assert all(d["role"] != "disclosure" for d in incident["dates"])


@pytest.mark.parametrize(
    "reach",
    [
        "The stolen files cover customers who placed orders between 1 March 2019 and 30 June 2020.",
        "The stolen data relates to members who joined, or tried to join, the scheme between "
        "2 January 2018 and 31 December 2018.",
    ],
)
def test_a_day_a_relative_clause_tells_of_its_noun_starts_no_incident(extract, reach: str) -> None:
    record = extract(
        f"Pellow Pharmacy said hackers got into its systems on 3 May. {reach}",
        published="2024-07-15",
    )
    assert start_values(record["incidents"][0]) == ["2024-05-03"]


def test_a_day_inside_the_attackers_relative_clause_still_starts_it(extract) -> None:
    # guard: the clause's verb is the attack's own ("hackers who got into ...")
    record = extract(
        "Pellow Pharmacy said hackers who got into its systems on 3 March stole customer files.",
        published="2024-07-15",
    )
    assert start_values(record["incidents"][0]) == ["2024-03-03"]


def test_a_shutdown_day_pins_a_start_told_only_as_its_month(extract) -> None:
    record = extract(
        "Tamsin Books website back after cyber attack\n\n"
        "Tamsin Books said its website was back on Wednesday. The bookseller took the site "
        'down on Oct. 14, hours after finding hackers on the servers that host it. "Two weeks '
        'offline in October is painful," said an analyst.',
        published="2019-10-31",
    )
    assert start_values(record["incidents"][0]) == ["2019-10-14"]


def test_a_shutdown_day_outside_the_month_told_leaves_the_start(extract) -> None:
    # guard: only a day inside the period pins it
    record = extract(
        "Tamsin Books said hackers got into its systems in September. It took its website "
        "down on Oct. 14 as a precaution.",
        published="2019-10-31",
    )
    assert start_values(record["incidents"][0]) == ["2019-09-01"]


def test_a_month_the_attack_itself_is_told_in_stays_the_start(extract) -> None:
    # guard: a shutdown day pins only a period that tells a state, not the attack's own
    record = extract(
        "Corrow Sports said hackers first got into its systems in early October. It took its "
        "website down on 28 October after spotting them.",
        published="2019-11-05",
    )
    assert start_values(record["incidents"][0]) == ["2019-10-01"]


def test_a_trouble_told_in_a_relative_clause_on_it_keeps_its_day(extract) -> None:
    # guard: "a cyber attack that happened on 3 June" dates the attack
    record = extract(
        "Corrow Sports said it was investigating a cyber attack that happened on 3 June.",
        published="2024-07-15",
    )
    assert start_values(record["incidents"][0]) == ["2024-06-03"]


def test_a_trouble_told_without_warning_keeps_its_day_as_the_start(extract) -> None:
    # "without warning" is the manner of the failure, no warning given out that day
    record = extract(
        "Cash-only signs went up at Harwick Stores shops on Sunday. Staff said the card "
        "machines had stopped working without warning on Saturday evening. Harwick Stores "
        "said on Sunday that it had been hit by a cyber attack.",
        published="2025-06-17",
    )
    # the start is Saturday's; Sunday's cash-only signs (a trouble since round 72, as "cash
    # only" was before) may be dated too, but no warning day comes before Saturday
    assert min(start_values(record["incidents"][0])) == "2025-06-14"


@pytest.mark.parametrize(
    "deadline",
    [
        "The attackers demanded a ransom by Friday and threatened to publish the data.",
        "The gang gave the company until Friday to pay.",
    ],
)
def test_a_deadline_starts_nothing(extract, deadline: str) -> None:
    record = extract(
        "Pellow Foods said on Tuesday that hackers had taken customer data. " + deadline,
        published="2025-06-17",
    )
    assert "2025-06-13" not in start_values(record["incidents"][0])


def test_a_day_after_the_doer_of_a_passive_may_start_it(extract) -> None:
    # guard: "hit by weekend glitches" names what hit it, no deadline
    record = extract(
        "Harwick Stores hit by weekend glitch\n\n"
        "Shoppers at Harwick Stores could not pay by card after a software fault, the "
        "supermarket said.",
        published="2024-03-16",
    )
    assert start_values(record["incidents"][0]) == ["2024-03-16"]


def test_a_day_things_are_scheduled_up_to_starts_nothing(extract) -> None:
    record = extract(
        "Corran Clinic said on Wednesday that it detected a cyber attack on its network on "
        "Monday and took its systems offline. Deliveries due up to Friday were cancelled.",
        published="2024-10-09",
    )
    assert start_values(record["incidents"][0]) == ["2024-10-07"]


@pytest.mark.parametrize("street", ["on the Quarry Road", "on the Harbour Road"])
def test_a_place_after_a_preposition_of_place_owns_nothing(extract, street: str) -> None:
    # the day belongs to the hospital the reference names, not to the street named after it
    record = extract(
        "St Brigid's Private Hospital in Navan has cancelled outpatient clinics after a cyber "
        f"attack. The 80-bed hospital {street} said staff spotted unusual logins on its network "
        "on Monday and shut its systems down.",
        published="2024-10-09",
    )
    incident = record["incidents"][0]
    assert start_values(incident) == ["2024-10-07"]
    assert incident["services"]


def test_a_limit_opening_a_sentence_in_the_past_is_when_it_was_done(extract) -> None:
    # guard: "By Monday, hackers had encrypted ...": the day the attack had reached, no deadline
    record = extract(
        "By Monday, hackers had encrypted Pellow Foods' file servers and its tills were down.",
        published="2025-06-04",
    )
    assert start_values(record["incidents"][0]) == ["2025-06-02"]


@pytest.mark.parametrize(
    "going_on",
    [
        "Its ticket machines remained out of order on Friday.",
        "Its ticket machines were still down on Friday.",
        "Passengers said the ticket machines stayed offline on Friday.",
    ],
)
def test_a_trouble_told_as_going_on_that_day_did_not_begin_then(extract, going_on: str) -> None:
    record = extract(
        "Ferry ticket machines fail\n\n"
        "Kelpie Ferries said its ticket machines crashed on Tuesday after a power cut at its "
        f"depot. {going_on}",
        published="2024-03-15",
    )
    assert start_values(record["incidents"][0]) == ["2024-03-12"]


def test_a_trouble_told_on_a_day_without_going_on_began_then(extract) -> None:
    # guard: "was unavailable on Friday" is no state told going on
    record = extract(
        "Ferry ticket machines fail\n\n"
        "Kelpie Ferries said its ticket machines crashed on Tuesday after a power cut at its "
        "depot. Its booking website was unavailable on Friday.",
        published="2024-03-15",
    )
    assert "2024-03-15" in start_values(record["incidents"][0])


def test_a_trouble_first_reported_on_a_day_began_then(extract) -> None:
    record = extract(
        "Booking site outage at Kelmscott Leisure\n\n"
        "Faults with Kelmscott Leisure's booking website were first reported on Saturday, when "
        "members found they could not book classes. Kelmscott Leisure said on Monday that it "
        "was investigating.",
        published="2025-06-18",
    )
    assert start_values(record["incidents"][0]) == ["2025-06-14"]


@pytest.mark.parametrize("reported", ["reported on Monday by the Wyvern Gazette"])
def test_a_trouble_first_reported_by_a_newspaper_is_its_disclosure(extract, reported: str) -> None:
    # guard: "first reported by the Gazette on Monday" is when the news broke
    record = extract(
        "Booking site outage at Kelmscott Leisure\n\n"
        "Kelmscott Leisure's booking website has been down since Saturday. The outage was first "
        f"{reported}.",
        published="2025-06-18",
    )
    assert "2025-06-16" not in start_values(record["incidents"][0])

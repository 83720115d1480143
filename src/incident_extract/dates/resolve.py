"""Date expressions -> dates: a table of named resolvers, pure functions of the text, the
reference (publication) date and whether the clause looks ahead.

Only what the relative resolvers cannot read goes to dateparser, one expression at a time,
English only. Without a reference date nothing relative or year-less is resolved: a date is
right or absent, never guessed from today's clock.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..taxonomy import Granularity
from .words import date_expressions, number_written

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

    from ..lexicon import Holiday


@dataclass(frozen=True)
class Resolved:
    value: date | None
    granularity: Granularity
    approximate: bool
    relative: bool


@dataclass(frozen=True)
class Resolver:
    """One kind of date expression and how to read it; `read` answers None when the text is
    not of its kind."""

    name: str
    read: Callable[[str, date | None, bool], Resolved | None]
    # reads a day whatever approximate words it holds ("the Monday of last week")
    exact: bool = False


def number_value(word: str) -> int:
    """The number a count writes, one for an article ('a day', 'an hour')."""
    value = number_written(word)
    return 1 if value is None else value


def add_months(value: date, months: int, day: int) -> date:
    index = value.year * 12 + value.month - 1 + months
    return date(index // 12, index % 12 + 1, day)


def shift(value: date, amount: int, unit: str) -> date:
    """`value` moved by `amount` days, weeks, months or years; a month keeps its day up to
    the 28th, so every month has it."""
    if unit == "day":
        return value + timedelta(days=amount)
    if unit == "week":
        return value + timedelta(weeks=amount)
    months = amount * 12 if unit == "year" else amount
    return add_months(value, months, min(value.day, 28))


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weekday(base: date, weekday: int, future: bool) -> date:
    if future:
        return base + timedelta(days=(weekday - base.weekday()) % 7)
    return base - timedelta(days=(base.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    from dateutil.easter import easter

    return easter(year)


def _relative_phrase(core: str) -> str:
    """'over the weekend' -> 'weekend', 'this past Monday' -> 'monday'."""
    return date_expressions().relative_opener.sub("", core.lower())


def _day_from_reference(core: str, base: date | None, future: bool) -> Resolved | None:
    """'yesterday', 'this morning', 'last night'."""
    offset = date_expressions().words.days_from_reference.get(_relative_phrase(core))
    if offset is None:
        return None
    return Resolved(base + timedelta(days=offset) if base else None, Granularity.DAY, False, True)


def _named_weekday(core: str, base: date | None, future: bool) -> Resolved | None:
    """'Monday', 'last Friday', 'late on Sunday night': the nearest such day, before the
    reference unless the clause looks ahead."""
    expressions = date_expressions()
    match = expressions.weekday.fullmatch(_relative_phrase(core))
    if match is None:
        return None
    if base is None:
        return Resolved(None, Granularity.DAY, False, True)
    weekday = expressions.words["weekdays"].index(match.group("weekday"))
    qualifier = match.group("qualifier") or ""
    if qualifier == "next":
        value = _weekday(base + timedelta(days=1), weekday, future=True)
    elif qualifier == "last":
        value = _weekday(base - timedelta(days=1), weekday, future=False)
    else:
        value = _weekday(base, weekday, future)
    return Resolved(value, Granularity.DAY, False, True)


def _weekday_of_week(core: str, base: date | None, future: bool) -> Resolved | None:
    """'the Monday of last week', 'Friday last week': that day in the week the phrase names."""
    expressions = date_expressions()
    match = expressions.weekday_of_week.match(core)
    if match is None:
        return None
    if base is None:
        return Resolved(None, Granularity.DAY, False, True)
    weeks, _ = expressions.words.period_offsets[match.group("week").lower()]
    weekday = expressions.words["weekdays"].index(match.group("weekday").lower())
    value = _week_start(base) + timedelta(weeks=weeks, days=weekday)
    return Resolved(value, Granularity.DAY, False, True)


def _weekday_of_month(core: str, base: date | None, future: bool) -> Resolved | None:
    """'the first Monday of March', 'the last Friday of last month', 'the second Tuesday in
    June 2024': that weekday counted within the month, a year-less month being the latest
    one not after the reference (unless the clause looks ahead)."""
    expressions = date_expressions()
    match = expressions.weekday_of_month.match(core)
    if match is None:
        return None
    weekday = expressions.words["weekdays"].index(match.group("weekday").lower())
    ordinal = match.group("ordinal").lower()
    year = match.group("year")
    unknown = Resolved(None, Granularity.DAY, False, True)
    if match.group("period"):
        if base is None:
            return unknown
        months, _ = expressions.words.period_offsets[match.group("period").lower()]
        day = _counted_weekday(add_months(base, months, 1), weekday, ordinal)
        return None if day is None else Resolved(day, Granularity.DAY, False, True)
    month = _month_number(match.group("month"))
    if month is None:
        return None
    if year is not None:
        day = _counted_weekday(date(int(year), month, 1), weekday, ordinal)
    elif base is None:
        return unknown
    else:
        day = _counted_weekday(date(base.year, month, 1), weekday, ordinal)
        if (day is None or day > base) and not future:
            # still to come this year, or no such day in it: the year before's
            day = _counted_weekday(date(base.year - 1, month, 1), weekday, ordinal)
    return None if day is None else Resolved(day, Granularity.DAY, False, year is None)


def _month_number(name: str) -> int | None:
    """'March', 'Sept.': the month a name or its abbreviation stands for."""
    parsed = _parse_absolute(name.rstrip(".") + " 2000")
    return parsed[0].month if parsed is not None else None


def _counted_weekday(month_start: date, weekday: int, ordinal: str) -> date | None:
    """The month's first, second ... or last such weekday; None past the month's end."""
    words = date_expressions().words
    last_day = calendar.monthrange(month_start.year, month_start.month)[1]
    if ordinal in words["final_ordinals"]:
        end = month_start.replace(day=last_day)
        return end - timedelta(days=(end.weekday() - weekday) % 7)
    first = month_start + timedelta(days=(weekday - month_start.weekday()) % 7)
    day = first + timedelta(weeks=words["weekday_ordinals"].index(ordinal))
    return day if day.month == month_start.month else None


def _weekend(core: str, base: date | None, future: bool) -> Resolved | None:
    """'the weekend', 'last weekend': the Saturday that opens it."""
    phrase = _relative_phrase(core)
    if phrase not in date_expressions().words["weekends"]:
        return None
    if base is None:
        return Resolved(None, Granularity.WEEK, True, True)
    saturday = 5
    if phrase == "next weekend" or (future and phrase != "last weekend"):
        value = _weekday(base, saturday, future=True)
    else:
        value = _weekday(base, saturday, future=False)
        if phrase == "last weekend" and value == base:
            value -= timedelta(days=7)
    return Resolved(value, Granularity.WEEK, True, True)


def _easter_holiday(core: str, base: date | None, future: bool) -> Resolved | None:
    """'Easter', 'the Easter bank holiday weekend': the nearest Easter; a weekend or holiday
    opens on its Saturday."""
    phrase = _relative_phrase(core)
    if phrase not in date_expressions().words["easter"]:
        return None
    over_days = "weekend" in phrase or "holiday" in phrase
    if base is None:
        return Resolved(
            None, Granularity.WEEK if "weekend" in phrase else Granularity.DAY, True, True
        )
    easter_day = _easter(base.year)
    if easter_day > base and not future:
        easter_day = _easter(base.year - 1)
    start = easter_day - timedelta(days=1) if over_days else easter_day
    return Resolved(start, Granularity.WEEK if over_days else Granularity.DAY, True, True)


def _holiday_in(holiday: Holiday, year: int) -> date:
    if holiday.day is not None:
        day = date(year, holiday.month, holiday.day)
    else:
        words = date_expressions().words
        ordinal = (
            words["final_ordinals"][0]
            if holiday.nth < 0
            else words["weekday_ordinals"][holiday.nth - 1]
        )
        weekday = words["weekdays"].index(holiday.weekday or "")
        counted = _counted_weekday(date(year, holiday.month, 1), weekday, ordinal)
        assert counted is not None  # validated on load: the nth weekday is in its month
        day = counted
    return day + timedelta(days=holiday.days_after)


COMING_HOLIDAY_REACH = timedelta(days=21)  # "as Black Friday nears": the coming one


def named_holiday(text: str) -> Holiday | None:
    """The holiday a phrase names ('New Year\u2019s Eve', 'the Labor Day'), or None."""
    phrase = re.sub(r"^the\s+", "", text.lower().replace("\u2019", "'"))
    return date_expressions().words.holidays.get(phrase)


def _holiday(core: str, base: date | None, future: bool) -> Resolved | None:
    """'New Year's Eve', 'Thanksgiving', 'Black Friday': the last such day on or before the
    reference, as a past clause tells it, but the coming one when the clause looks ahead or
    it is weeks away ('as Black Friday nears', 'two days before Black Friday')."""
    holiday = named_holiday(_relative_phrase(core))
    if holiday is None:
        return None
    if base is None:
        return Resolved(None, Granularity.DAY, False, True)
    coming = _holiday_in(holiday, base.year)
    if coming < base:
        coming = _holiday_in(holiday, base.year + 1)
    if future or coming - base <= COMING_HOLIDAY_REACH:
        return Resolved(coming, Granularity.DAY, False, True)
    last = _holiday_in(holiday, base.year)
    if last > base:
        last = _holiday_in(holiday, base.year - 1)
    return Resolved(last, Granularity.DAY, False, True)


def _period_offset(core: str, base: date | None, future: bool) -> Resolved | None:
    """'last week', 'earlier this month', 'last year': the first day of that period."""
    offset = date_expressions().words.period_offsets.get(_relative_phrase(core))
    if offset is None:
        return None
    amount, unit = offset
    granularity = Granularity(unit)
    if base is None:
        return Resolved(None, granularity, True, True)
    if granularity is Granularity.WEEK:
        value = _week_start(base) + timedelta(weeks=amount)
    else:
        value = add_months(base, amount, 1)
        if granularity is Granularity.YEAR:
            value = date(value.year, 1, 1)
    return Resolved(value, granularity, True, True)


def _month_of_period(core: str, base: date | None, future: bool) -> Resolved | None:
    """'September last year', 'March of this year': that month of the year the period
    names."""
    match = date_expressions().month_of_period.match(core)
    if match is None:
        return None
    if base is None:
        return Resolved(None, Granularity.MONTH, False, True)
    month = _month_number(match.group("month"))
    if month is None:
        return None
    months, _ = date_expressions().words.period_offsets[match.group("period").lower()]
    year = add_months(base, months, 1).year
    return Resolved(date(year, month, 1), Granularity.MONTH, False, True)


def _ago(core: str, base: date | None, future: bool) -> Resolved | None:
    """'three weeks ago', 'a decade ago': counted back from the reference date."""
    match = date_expressions().ago.match(_relative_phrase(core))
    if match is None:
        return None
    amount = number_value(match.group("number"))
    unit = match.group("unit").lower()
    if unit == "decade":
        unit, amount = "year", amount * 10
    granularity = Granularity(unit)
    if base is None:
        return Resolved(None, granularity, True, True)
    return Resolved(shift(base, -amount, unit), granularity, unit != "day", True)


@cache
def _date_parser() -> DateDataParser:
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": False},
    )


@lru_cache(maxsize=8192)
def _parse_absolute(text: str) -> tuple[date, Granularity] | None:
    """dateparser's reading of an absolute date, cached: archives repeat the same dates.
    The year it fills in for a year-less date is replaced by the caller."""
    data = _date_parser().get_date_data(text)
    if data.date_obj is None:
        return None
    period = data.period or "day"
    granularity = (
        Granularity(period) if period in Granularity.__members__.values() else Granularity.DAY
    )
    return data.date_obj.date(), granularity


def parse_day(text: str) -> date | None:
    """A full date to the day ("14 May 2025"), as dateparser reads it; None otherwise."""
    data = _date_parser().get_date_data(text)
    return data.date_obj.date() if data.date_obj is not None and data.period == "day" else None


def _in_year(value: date, year: int) -> date:
    if value.month == 2 and value.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return value.replace(year=year)


def _day_of_month(core: str, base: date | None, future: bool) -> Resolved | None:
    """'the 14th': a day of the reference's month, or of the month before when that would
    put a past event after the reference."""
    match = date_expressions().day_of_month.fullmatch(core)
    if match is None:
        return None
    if base is None:
        return Resolved(None, Granularity.DAY, False, True)
    day = int(match.group("day"))
    month_start = date(base.year, base.month, 1)
    if day > base.day and not future:
        month_start = add_months(month_start, -1, 1)
    if day > calendar.monthrange(month_start.year, month_start.month)[1]:
        return None
    return Resolved(month_start.replace(day=day), Granularity.DAY, False, True)


def _absolute(core: str, base: date | None, future: bool) -> Resolved | None:
    """'25 April', 'March 2024', 'Nov. 27': a year-less date takes the reference's year, or
    the year before when that would put a past event after the reference."""
    expressions = date_expressions()
    has_year = bool(expressions.year.search(core))
    if not (
        has_year or expressions.month_word.search(core) or expressions.numeric_date.search(core)
    ):
        return None  # dateparser would fill the month and day in from today's clock
    if not has_year and base is None:
        if expressions.month_word.search(core) or re.search(r"\d", core):
            granularity = Granularity.DAY if re.search(r"\d", core) else Granularity.MONTH
            return Resolved(None, granularity, False, True)
        return None
    parsed = _parse_absolute(re.sub(r"(?<=\w)\.(?=\s|$)", "", core))  # "Nov." -> "Nov"
    if parsed is None:
        return None
    value, granularity = parsed
    if not has_year and base is not None:
        value = _in_year(value, base.year)
        if value > base and not future:
            value = _in_year(value, base.year - 1)
    if granularity is Granularity.MONTH:
        value = value.replace(day=1)
    elif granularity is Granularity.YEAR:
        value = date(value.year, 1, 1)
    return Resolved(value, granularity, False, not has_year)


# Tried in order; the relative readers first, because dateparser misreads what they cover.
RESOLVERS = (
    Resolver("day_from_reference", _day_from_reference),
    Resolver("weekday_of_week", _weekday_of_week, exact=True),
    Resolver("weekday_of_month", _weekday_of_month, exact=True),
    Resolver("named_weekday", _named_weekday),
    Resolver("weekend", _weekend),
    Resolver("easter", _easter_holiday),
    Resolver("holiday", _holiday),
    Resolver("month_of_period", _month_of_period),
    Resolver("period_offset", _period_offset),
    Resolver("ago", _ago),
    Resolver("day_of_month", _day_of_month),
    Resolver("absolute", _absolute),
)


def _counted_from_anchor(core: str, base: date | None, future: bool) -> Resolved | None:
    """'three days after April 22': a count of days, weeks or months from a date is a day."""
    offset = date_expressions().offset.match(core)
    if offset is None:
        return None
    anchor = resolve(offset.group("anchor"), base, future)
    counted = date_expressions().counted.match(offset.group("duration"))
    if anchor is None or counted is None:
        return None
    sign = 1 if offset.group("direction").lower() == "after" else -1
    amount = sign * number_value(counted.group("number"))
    value = shift(anchor.value, amount, counted.group("unit").lower()) if anchor.value else None
    return Resolved(value, Granularity.DAY, anchor.approximate, True)


def _core(text: str) -> str:
    core = text.strip().strip(",.;:")
    core = re.sub(r"\s+", " ", core)
    return re.sub(r"['’]s$", "", core)  # "last month's attack": the date, not a possessive


def _first_of_range(core: str) -> str:
    """A range is read as its first day; a day range takes the month written after it."""
    expressions = date_expressions()
    day_range = expressions.day_range.match(core)
    if day_range:
        return f"{day_range.group('day')} {day_range.group('rest')}"
    range_match = expressions.range.match(core)
    return range_match.group("first") if range_match else core


def resolve(text: str, base: date | None, future: bool = False) -> Resolved | None:
    """Resolve one date expression; None when it is not a date (a duration, a vague period)."""
    expressions = date_expressions()
    core = _core(text)
    if expressions.offset.match(core):
        return _counted_from_anchor(core, base, future)
    core = expressions.leading_preposition.sub("", _first_of_range(core))
    approximate = bool(expressions.approximate.search(core))
    core = expressions.approximator.sub("", core)
    core = re.sub(r"^(?:the\s+)?(?:past|last)\s+(?=\w+day$)", "last ", core, flags=re.I)
    recent = expressions.recent.match(core)
    if recent:
        unit = re.search(r"days|weeks|months", core.lower())
        granularity = {"days": Granularity.DAY, "weeks": Granularity.WEEK}.get(
            unit.group() if unit else "", Granularity.MONTH
        )
        return Resolved(None, granularity, True, True)
    if not core or expressions.vague.match(core) or not expressions.date_word.search(core):
        return None
    if re.fullmatch(r"\d{1,3}", core):
        return None  # "Merv Collins, 74, said": the model sometimes calls an age a date
    if expressions.clock_time.match(core):
        return None  # "around 11.40am" is a time of some day, not a day
    core = expressions.clock_time_before_day.sub("", core)  # "9am this morning": the rest
    if expressions.duration.match(core) and not expressions.ago.match(core):
        return None
    for resolver in RESOLVERS:
        resolved = resolver.read(core, base, future)
        if resolved is not None:
            return Resolved(
                resolved.value,
                resolved.granularity,
                resolved.approximate or (approximate and not resolver.exact),
                resolved.relative,
            )
    return None

"""An incident's start among its dates: once a start is pinned to a day, a start given only
as a period (a month, a year) is no longer a start of its own."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

from ..taxonomy import DateRole, Granularity
from .find import FoundDate

PERIOD_GRANULARITIES = frozenset({Granularity.MONTH, Granularity.YEAR})
LIMITING_WORDS = frozenset({"until", "till", "by", "before", "valid"})  # a limit, no event
ATTACK_LABELS = ("compromised", "type_cyber")  # the attack itself, not a state it left


def period_end(value: date, granularity: Granularity) -> date:
    """The last day of the period a date value opens ('May 2019' ends on 31 May 2019)."""
    if granularity is Granularity.YEAR:
        return date(value.year, 12, 31)
    if granularity is Granularity.MONTH:
        return date(value.year, value.month, calendar.monthrange(value.year, value.month)[1])
    if granularity is Granularity.WEEK:
        return value + timedelta(days=6)
    return value


def start_dates(found: list[FoundDate]) -> list[FoundDate]:
    """The dates of the incident's start that resolve to a value."""
    return [f for f in found if f.role is DateRole.INCIDENT_START and f.resolved.value]


def first_trouble_day_as_start(found: list[FoundDate]) -> list[FoundDate]:
    """With no start told, the first day the victim shut a service down is when its incident
    began for the record ('took the phone system offline on Tuesday morning as a
    precaution, after detecting ...'): nothing is shut before the trouble. Failing that, the
    first day told beside the trouble itself ('a fault left customers unable to pay ... on
    Friday'), whatever clause the date hangs on."""
    days = [f for f in found if f.resolved.value and f.resolved.granularity is Granularity.DAY]
    starts = [f for f in found if f.role is DateRole.INCIDENT_START]
    if starts:
        # a start told only as a period holding a shutdown day: the day pins it ("offline in
        # October" beside "took its website down on Oct. 14"); not a period the attack itself
        # is told in ("hackers first got into its systems in early October")
        periods = [f for f in starts if f.resolved.value and _a_period(f)]
        if len(periods) < len(starts) or any(_tells_the_attack(f) for f in periods):
            return found  # a start is told, if only as "for several weeks before ..."
        inside = [
            f
            for f in days
            if f.role is DateRole.SERVICE_SUSPENDED and any(_holds(period, f) for period in periods)
        ]
        if not inside:
            return found
        first = min(inside, key=lambda f: (f.resolved.value, f.span.start))
        return [replace(f, role=DateRole.INCIDENT_START) if f is first else f for f in found]
    trouble_days = [f for f in days if f.role is DateRole.SERVICE_SUSPENDED] or [
        f for f in days if f.role is DateRole.OTHER and _beside_the_trouble(f)
    ]
    if not trouble_days:
        return found
    first = min(trouble_days, key=lambda f: (f.resolved.value, f.span.start))
    return [replace(f, role=DateRole.INCIDENT_START) if f is first else f for f in found]


def _tells_the_attack(found: FoundDate) -> bool:
    return found.sentence.has_cue(*ATTACK_LABELS)


def _a_period(found: FoundDate) -> bool:
    return found.resolved.granularity in PERIOD_GRANULARITIES


def _holds(period: FoundDate, day: FoundDate) -> bool:
    begins, value = period.resolved.value, day.resolved.value
    if begins is None or value is None:
        return False
    return begins <= value <= period_end(begins, period.resolved.granularity)


def _beside_the_trouble(found: FoundDate) -> bool:
    """A day in a sentence that tells of a failure now, not one held to a limit ('vouchers
    valid until Sunday 29 June'), looked forward to or recalled ('had queued for the sale on
    Saturday')."""
    sentence, doc = found.sentence, found.span.doc
    limited = found.span.start > 0 and doc[found.span.start - 1].lower_ in LIMITING_WORDS
    return (
        sentence.has_cue("disrupted")
        and not sentence.has_cue("expected", "hypothetical", "historical")
        and not limited
    )


def sharpen_starts(found: list[FoundDate]) -> list[FoundDate]:
    """One incident's dates, where a start given as a period gets the role `other` when a
    more precise start lies in it ('in 2019' ... 'on 11 May 2019'), and a month or a year
    does when any start is pinned to a day: told apart from the dated start it tells of
    something else (the last outage, the year a system went in, a scenario: 'if the delays
    run into December', the reach of what was taken: 'everyone who has ordered since
    2019'), and beside it, in the same sentence ('got in in January and encrypted its
    servers on 8 March'), it pins no day, which a start needs; the earliest start is then a
    precise one."""
    found = first_trouble_day_as_start(found)
    dated = start_dates(found)
    starts = [(value, f.resolved.granularity) for f in dated if (value := f.resolved.value)]
    pinned = any(f.resolved.granularity is Granularity.DAY for f in dated)
    sharpened = []
    for mention in found:
        begins = mention.resolved.value
        if mention.role is DateRole.INCIDENT_START and begins:
            ends = period_end(begins, mention.resolved.granularity)
            if ends > begins and (
                (pinned and mention.resolved.granularity in PERIOD_GRANULARITIES)
                or any(
                    begins <= value <= ends and period_end(value, granularity) < ends
                    for value, granularity in starts
                )
            ):
                mention = replace(mention, role=DateRole.OTHER)
        sharpened.append(mention)
    return sharpened

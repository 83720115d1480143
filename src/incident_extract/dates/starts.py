"""An incident's start among its dates: once a start is pinned to a day, a start given only
as a period (a month, a year) is no longer a start of its own."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta

from ..taxonomy import DateRole, Granularity
from .find import FoundDate

COARSE = frozenset({Granularity.MONTH, Granularity.YEAR})


def _period_end(value: date, granularity: Granularity) -> date:
    """The last day of the period a date value opens ('May 2019' ends on 31 May 2019)."""
    if granularity is Granularity.YEAR:
        return date(value.year, 12, 31)
    if granularity is Granularity.MONTH:
        return date(value.year, value.month, calendar.monthrange(value.year, value.month)[1])
    if granularity is Granularity.WEEK:
        return value + timedelta(days=6)
    return value


def sharpen_starts(found: list[FoundDate]) -> list[FoundDate]:
    """One incident's dates, where a start given as a period gets the role `other` when a
    more precise start lies in it ('in 2019' ... 'on 11 May 2019'), and a month or a year
    does when any start is pinned to a day: beside a dated start it tells of something
    else (the last outage, the year a system went in, a scenario: 'if the delays run into
    December'), and the earliest start is then a precise one."""
    starts = [
        (f.resolved.value, f.resolved.granularity)
        for f in found
        if f.role is DateRole.INCIDENT_START and f.resolved.value
    ]
    pinned = any(granularity is Granularity.DAY for _, granularity in starts)
    sharpened = []
    for mention in found:
        begins = mention.resolved.value
        if mention.role is DateRole.INCIDENT_START and begins:
            ends = _period_end(begins, mention.resolved.granularity)
            if ends > begins and (
                (pinned and mention.resolved.granularity in COARSE)
                or any(
                    begins <= value <= ends and _period_end(value, granularity) < ends
                    for value, granularity in starts
                )
            ):
                mention = replace(mention, role=DateRole.OTHER)
        sharpened.append(mention)
    return sharpened

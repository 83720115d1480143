"""When: date mentions resolved against the reference (publication) date, with roles.

`words` compiles the date vocabulary of `rules/date_patterns.json`; `resolve` is a table of
named resolvers, pure functions of an expression and the reference date; `find` locates the
dates of an article and gives each the role its clause says; `starts` keeps the most precise
of an incident's starts. The record's `DateMention` is built in assembly, from what `find`
returns.
"""

from .find import FoundDate, ends_a_pause, find_dates, published_from_text
from .resolve import RESOLVERS, Resolved, Resolver, resolve
from .starts import first_trouble_day_as_start, period_end, sharpen_starts, start_dates

__all__ = [
    "RESOLVERS",
    "FoundDate",
    "Resolved",
    "Resolver",
    "ends_a_pause",
    "find_dates",
    "first_trouble_day_as_start",
    "period_end",
    "published_from_text",
    "resolve",
    "sharpen_starts",
    "start_dates",
]

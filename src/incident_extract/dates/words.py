"""The date vocabulary of `rules/date_patterns.json`, compiled once into the expressions the
resolvers and the finder match. Only grammar is written here; every word comes from data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import DateWords, load_date_words


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of literal phrases, longest first so that 'last updated' wins
    over 'updated' and 'a few' over 'a'."""
    return "|".join(re.escape(word) for word in sorted(set(words), key=lambda w: (-len(w), w)))


def _phrases(words: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    return re.compile(r"^(?:" + alternation(words) + r")$", re.IGNORECASE)


@dataclass(frozen=True)
class DateExpressions:
    """Compiled patterns over the date vocabulary, one per question the resolver asks."""

    words: DateWords
    month: str  # "Nov.", "September": a month name or its abbreviation
    relative_opener: re.Pattern[str]  # "the", "this past", "over the" before "weekend"
    weekday: re.Pattern[str]  # "late on Monday night"
    weekday_of_week: re.Pattern[str]  # "the Monday of last week", "Friday last week"
    weekday_of_month: re.Pattern[str]  # "the first Monday of March", "the last Friday of June"
    ago: re.Pattern[str]  # "almost two weeks ago" once the approximator is gone
    month_of_period: re.Pattern[str]  # "September last year", "March of this year"
    counted: re.Pattern[str]  # "three days" counted from an anchor date
    offset: re.Pattern[str]  # "<counted> after|before <anchor>"
    duration: re.Pattern[str]  # "for about six weeks": how long, never when
    measure: re.Pattern[str]  # "60-year", "24-hour": a length as an adjective
    approximator: re.Pattern[str]
    approximate: re.Pattern[str]
    attribution: re.Pattern[str]  # "according to": where a report comes from
    leading_preposition: re.Pattern[str]
    recent: re.Pattern[str]
    vague: re.Pattern[str]
    date_word: re.Pattern[str]
    time_of_day: re.Pattern[str]
    day_range: re.Pattern[str]  # "between 9 and 14 November"
    range: re.Pattern[str]  # "from Monday to Wednesday"
    year: re.Pattern[str]
    month_word: re.Pattern[str]
    dateline_opener: re.Pattern[str]
    dateline_weekday: re.Pattern[str]
    dateline_filler: re.Pattern[str]
    future_opener: re.Pattern[str]
    clock_time: re.Pattern[str]  # "around 11.40am": a time of some day, not a day
    clock_time_before_day: re.Pattern[str]  # "9am" in "9am this morning"
    day_of_month: re.Pattern[str]  # "the 14th"
    numeric_date: re.Pattern[str]  # "12/02/2022", "2022-12-02"


def number_written(word: str) -> int | None:
    """The number a word writes: '3', 'three'; None for any other word."""
    lowered = word.lower()
    return int(lowered) if lowered.isdigit() else date_expressions().words.numbers.get(lowered)


@cache
def date_expressions() -> DateExpressions:
    words = load_date_words()
    month = r"(?:" + alternation(words["month_stems"]) + r")[a-z]*\.?"
    number = r"\d+|" + alternation(list(words.numbers))
    counts = number + "|" + alternation(words["uncounted"])
    units = alternation(words["duration_units"])
    weekdays = alternation(words["weekdays"])
    # "Monday", "Sunday night": a weekday and the part of it a phrase may name
    weekday_with_part = (
        r"(?P<weekday>" + weekdays + r")"
        r"(?:\s+(?:" + alternation(words["parts_of_day"]) + r"))?"
    )

    def of_a_period(group: str, unit: str) -> str:
        """' of last week', ' this year' ...: a period phrase of one unit closing the text."""
        phrases = [
            phrase for phrase, (_, of_unit) in words.period_offsets.items() if of_unit == unit
        ]
        return r"\s+(?:of\s+)?(?P<" + group + ">" + alternation(phrases) + r")$"

    clock_digits = r"\d{1,2}(?:[.:]\d{2})?"
    clock_suffix = r"\s*(?:" + alternation(words["clock_suffixes"]) + r")"
    return DateExpressions(
        words=words,
        month=month,
        relative_opener=re.compile(r"^(?:" + alternation(words["relative_openers"]) + r")\s+"),
        weekday=re.compile(
            r"(?:(?P<qualifier>"
            + alternation(words["weekday_qualifiers"])
            + r")\s+)?"
            + weekday_with_part
        ),
        weekday_of_week=re.compile(
            r"^(?:the\s+)?" + weekday_with_part + of_a_period("week", "week"),
            re.IGNORECASE,
        ),
        weekday_of_month=re.compile(
            r"^(?:the\s+)?(?P<ordinal>"
            + alternation([*words["weekday_ordinals"], *words["final_ordinals"]])
            + r")\s+(?P<weekday>"
            + weekdays
            + r")\s+(?:of|in)\s+(?:(?P<month>"
            + month
            + r")(?:,?\s+(?P<year>(?:19|20)\d\d))?|(?P<period>"
            + alternation([p for p, (_, unit) in words.period_offsets.items() if unit == "month"])
            + r"))$",
            re.IGNORECASE,
        ),
        ago=re.compile(
            r"^(?P<number>" + number + r")\s+(?P<unit>day|week|month|year|decade)s?\s+ago$",
            re.IGNORECASE,
        ),
        month_of_period=re.compile(
            r"^(?P<month>" + month + r")" + of_a_period("period", "year"),
            re.IGNORECASE,
        ),
        counted=re.compile(
            r"^(?P<number>" + number + r")\s+(?P<unit>day|week|month)s?$", re.IGNORECASE
        ),
        offset=re.compile(
            r"^(?P<duration>.+?)\s+(?P<direction>after|before)\s+(?P<anchor>.+)$", re.IGNORECASE
        ),
        duration=re.compile(
            r"^(?:for\s+)?(?:" + alternation(words["approximators"]) + r")?\s*"
            r"(?:" + counts + r")\s+(?:" + units + r")s?(?:\s+and\s+.*)?$",
            re.IGNORECASE,
        ),
        measure=re.compile(r"^(?:" + counts + r")-(?:" + units + r")s?(?:-old)?$", re.IGNORECASE),
        approximator=re.compile(
            r"^(?:" + alternation(words["approximators"]) + r")\s+", re.IGNORECASE
        ),
        approximate=re.compile(
            r"\b(?:" + alternation(words["approximate_markers"]) + r")\b", re.IGNORECASE
        ),
        attribution=re.compile(
            r"\b(?:" + alternation(words["attribution_openers"]) + r")\b", re.IGNORECASE
        ),
        leading_preposition=re.compile(
            r"^(?:" + alternation(words["leading_prepositions"]) + r")\s+", re.IGNORECASE
        ),
        recent=re.compile(
            r"^(?:in\s+)?(?:" + alternation(words["recent_periods"]) + r")$", re.IGNORECASE
        ),
        vague=_phrases(words["vague_periods"]),
        date_word=re.compile(
            r"\b(?:"
            + weekdays
            + r"|"
            + month
            + r"|"
            + alternation(words["date_nouns"])
            + r"|"
            + alternation(list(words.holidays))
            + r")\b|\d",
            re.IGNORECASE,
        ),
        time_of_day=re.compile(
            r"\b(?:" + alternation(words["times_of_day"]) + r")\b", re.IGNORECASE
        ),
        day_range=re.compile(
            r"^(?:(?:over\s+)?the\s+weekend\s+of\s+|between\s+|from\s+)?"
            r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
            r"\s*(?:and|to|until|through|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?P<rest>"
            + month
            + r".*)$",
            re.IGNORECASE,
        ),
        range=re.compile(
            r"^(?:"
            + alternation(words["stretch_openers"])
            + r")\s+(?P<first>.+?)\s+(?:"
            + alternation(words["stretch_joiners"])
            + r")\s+.+$",
            re.IGNORECASE,
        ),
        year=re.compile(r"\b(?:19|20)\d\d\b"),
        month_word=re.compile(r"\b" + month + r"(?:\b|$)", re.IGNORECASE),
        dateline_opener=re.compile(
            r"^(?:" + alternation(words["dateline_openers"]) + r")\s*(?:on)?\s*:?\s*",
            re.IGNORECASE,
        ),
        dateline_weekday=re.compile(
            r"^(?:" + weekdays + "|" + alternation(words["weekday_abbreviations"]) + r"),?\s+",
            re.IGNORECASE,
        ),
        dateline_filler=re.compile(
            r"\b(?:" + alternation(words["dateline_fillers"]) + r")\b", re.IGNORECASE
        ),
        future_opener=re.compile(r"\b(?:" + alternation(words["future_openers"]) + r")\b"),
        clock_time=re.compile(
            r"^(?:(?:"
            + alternation(words["approximators"])
            + r"|at)\s+)?"
            + clock_digits
            + r"(?:"
            + clock_suffix
            + r")?$",
            re.IGNORECASE,
        ),
        clock_time_before_day=re.compile(
            r"^" + clock_digits + clock_suffix + r"\s+(?=\w)", re.IGNORECASE
        ),
        day_of_month=re.compile(r"(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)", re.IGNORECASE),
        numeric_date=re.compile(r"\d[/.-]\d"),
    )

"""When: date mentions resolved against the reference (publication) date, with roles.

Only candidate spans (spaCy DATE entities) are handed to dateparser, one at a
time, English only. Relative expressions that dateparser gets wrong or cannot
read ("almost two weeks ago", "the weekend", weekdays, "last week") are
resolved here. Without a reference date nothing relative or year-less is
resolved: a date is right or absent, never guessed from today's clock.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from .layout import Cue, Layout, Sentence, evidence_for
from .nlp import DATE_SPANS
from .record import DateMention
from .taxonomy import DateRole, Granularity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a couple of": 2,
    "couple of": 2,
    "a few": 3,
    "few": 3,
    "several": 3,
}
APPROXIMATORS = re.compile(
    r"^(?:almost|nearly|about|around|roughly|approximately|some|more than|over|just over|"
    r"less than|under|just under|at least|up to|early|late|mid|the middle of)\s+",
    re.IGNORECASE,
)
LEADING_WORDS = re.compile(r"^(?:on|since|from|by|until|till|as of|in|during|at|of)\s+", re.I)
DURATION = re.compile(
    r"^(?:for\s+)?(?:almost|nearly|about|around|roughly|more than|over|less than|under|at least|"
    r"up to|some|just over|just under)?\s*(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|several|a few|few|a couple of|couple of|many)\s+"
    r"(?:days?|weeks?|months?|years?|hours?|decades?|nights?)(?:\s+and\s+.*)?$",
    re.IGNORECASE,
)
AGO = re.compile(
    r"^(?P<number>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|a few|a couple of)\s+(?P<unit>day|week|month|year|decade)s?\s+ago$",
    re.IGNORECASE,
)
RANGE = re.compile(r"^(?:between|from)\s+(?P<first>.+?)\s+(?:and|to|until|through|-|–)\s+.+$", re.I)
# "between 9 and 14 November", "the weekend of 18 and 19 March", "3-7 March": the first day
# takes the month (and year) written after the last
DAY_RANGE = re.compile(
    r"^(?:(?:over\s+)?the\s+weekend\s+of\s+|between\s+|from\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"\s*(?:and|to|until|through|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?P<rest>" + _MONTH_RE + r".*)$",
    re.I,
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
AGE = re.compile(r"^\d{1,3}$")  # "Merv Collins, 74, said": the model sometimes calls an age a date
CLOCK_TIME = re.compile(r"^(?:around\s+|about\s+|at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?$", re.I)
APPROXIMATE_WORDS = re.compile(
    r"\b(?:almost|nearly|about|around|roughly|approximately|early|late|mid|last week|this week|"
    r"next week|earlier|recent|weekend|several|few)\b",
    re.IGNORECASE,
)
# Real but unpinnable periods: found and reported, never given a value.
RECENT = re.compile(
    r"^(?:in\s+)?(?:recent (?:days|weeks|months)|"
    r"the (?:past|last) (?:few )?(?:days|weeks|months))$",
    re.IGNORECASE,
)
VAGUE = re.compile(
    r"^(?:annual|quarterly|daily|weekly|monthly|the holiday(?: shopping)? season|the time|"
    r"the (?:first|second|third|fourth) quarter|(?:the )?(?:prior|previous|following) year)$",
    re.IGNORECASE,
)
DATE_WORDS = re.compile(
    r"\b(?:" + "|".join(WEEKDAYS) + r"|" + _MONTH_RE + r"|today|yesterday|tomorrow|tonight|"
    r"morning|afternoon|evening|night|week|weekend|month|year|ago|easter|christmas)\b|\d",
    re.IGNORECASE,
)

ONSET_CLAUSE_REACH = 6  # from "when" to its verb: "when night staff found", "when it was spotted"
TIME_OF_DAY = re.compile(r"\b(?:morning|night|overnight|afternoon|evening|tonight)\b", re.I)

ROLE_BY_CUE = {
    "date_published": DateRole.PUBLISHED,
    "suspended": DateRole.SERVICE_SUSPENDED,
    "restored": DateRole.RESTORATION,
    "date_start": DateRole.INCIDENT_START,
    "date_disclosure": DateRole.DISCLOSURE,
    # A date in a clause that only says something broke is when the trouble began.
    "disrupted": DateRole.INCIDENT_START,
}
# On equal distance the more specific cue decides.
ROLE_PRIORITY = (
    "date_published",
    "suspended",
    "restored",
    "date_start",
    "date_disclosure",
    "disrupted",
)


@dataclass(frozen=True)
class Resolved:
    value: date | None
    granularity: Granularity
    approximate: bool
    relative: bool


def _number(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weekday(base: date, weekday: int, future: bool) -> date:
    if future:
        return base + timedelta(days=(weekday - base.weekday()) % 7)
    return base - timedelta(days=(base.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    from dateutil.easter import easter

    return easter(year)


def _resolve_relative(core: str, base: date | None, future: bool) -> Resolved | None:
    """Resolve the relative forms dateparser misreads; None when `core` is not one of them."""
    lower = core.lower()
    lower = re.sub(r"^(?:the|this past|this coming|over the|over)\s+", "", lower)
    day = Granularity.DAY
    week = Granularity.WEEK
    month = Granularity.MONTH
    simple_days = {
        "today": 0,
        "tonight": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "yesterday": -1,
        "last night": -1,
        "tomorrow": 1,
        "overnight": 0,
    }
    if lower in simple_days:
        value = base + timedelta(days=simple_days[lower]) if base else None
        return Resolved(value, day, False, True)
    match = re.fullmatch(
        r"(?:(last|this|next|on|late on|early on|late|early)\s+)?(\w+day)"
        r"(?:\s+(?:morning|afternoon|evening|night))?",
        lower,
    )
    if match and match.group(2) in WEEKDAYS:
        weekday = WEEKDAYS.index(match.group(2))
        qualifier = match.group(1) or ""
        if base is None:
            return Resolved(None, day, False, True)
        if qualifier == "next":
            value = _weekday(base + timedelta(days=1), weekday, future=True)
        elif qualifier == "last":
            value = _weekday(base - timedelta(days=1), weekday, future=False)
        else:
            value = _weekday(base, weekday, future)
        return Resolved(value, day, False, True)
    if lower in {
        "weekend",
        "this weekend",
        "last weekend",
        "next weekend",
        "easter weekend",
        "easter",
        "easter bank holiday weekend",
        "easter bank holiday",
    }:
        if base is None:
            return Resolved(None, week if "weekend" in lower else day, True, True)
        if lower.startswith("easter"):
            easter_day = _easter(base.year)
            if easter_day > base and not future:
                easter_day = _easter(base.year - 1)
            start = (
                easter_day - timedelta(days=1)
                if "weekend" in lower or "holiday" in lower
                else easter_day
            )
            return Resolved(start, week if start != easter_day else day, True, True)
        saturday = 5
        if lower == "next weekend" or (future and lower != "last weekend"):
            value = _weekday(base, saturday, future=True)
        else:
            value = _weekday(base, saturday, future=False)
            if lower == "last weekend" and value == base:
                value -= timedelta(days=7)
        return Resolved(value, week, True, True)
    offsets = {
        "last week": (-1, week),
        "this week": (0, week),
        "next week": (1, week),
        "earlier this week": (0, week),
        "later this week": (0, week),
        "last month": (-1, month),
        "this month": (0, month),
        "next month": (1, month),
        "earlier this month": (0, month),
        "later this month": (0, month),
        "last year": (-12, Granularity.YEAR),
        "this year": (0, Granularity.YEAR),
        "earlier this year": (0, Granularity.YEAR),
    }
    if lower in offsets:
        amount, granularity = offsets[lower]
        if base is None:
            return Resolved(None, granularity, True, True)
        if granularity is week:
            value = _week_start(base) + timedelta(weeks=amount)
        else:
            months = base.year * 12 + base.month - 1 + amount
            value = date(months // 12, months % 12 + 1, 1)
            if granularity is Granularity.YEAR:
                value = date(value.year, 1, 1)
        return Resolved(value, granularity, True, True)
    match = AGO.match(lower)
    if match:
        amount = _number(match.group("number"))
        unit = match.group("unit").lower()
        if unit == "decade":
            unit, amount = "year", amount * 10
        granularity = Granularity(unit)
        if base is None:
            return Resolved(None, granularity, True, True)
        if unit == "day":
            value = base - timedelta(days=amount)
        elif unit == "week":
            value = base - timedelta(weeks=amount)
        elif unit == "month":
            months = base.year * 12 + base.month - 1 - amount
            value = date(months // 12, months % 12 + 1, min(base.day, 28))
        else:
            value = date(base.year - amount, base.month, min(base.day, 28))
        return Resolved(value, granularity, unit != "day", True)
    return None


@cache
def _date_parser():
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


def _in_year(value: date, year: int) -> date:
    if value.month == 2 and value.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return value.replace(year=year)


def _resolve_absolute(core: str, base: date | None, future: bool) -> Resolved | None:
    has_year = bool(YEAR.search(core))
    if not has_year and base is None:
        has_month = re.search(r"\b" + _MONTH_RE + r"(?:\b|$)", core, re.I)
        if has_month or re.search(r"\d", core):
            return Resolved(
                None, Granularity.DAY if re.search(r"\d", core) else Granularity.MONTH, False, True
            )
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


def resolve(text: str, base: date | None, future: bool = False) -> Resolved | None:
    """Resolve one date expression; None when it is not a date (a duration, a vague period)."""
    core = text.strip().strip(",.;:")
    core = re.sub(r"\s+", " ", core)
    core = re.sub(r"['’]s$", "", core)  # "last month's attack": the date, not a possessive
    offset = OFFSET.match(core)
    if offset:
        anchor = resolve(offset.group("anchor"), base, future)
        duration = ANCHORED.match(offset.group("duration"))
        if anchor is None or duration is None:
            return None
        sign = 1 if offset.group("direction").lower() == "after" else -1
        amount = sign * _number(duration.group("number"))
        unit = duration.group("unit").lower()
        value = _shift(anchor.value, amount, unit) if anchor.value else None
        return Resolved(value, Granularity.DAY, anchor.approximate, True)
    day_range = DAY_RANGE.match(core)
    range_match = RANGE.match(core)
    if day_range:
        core = f"{day_range.group('day')} {day_range.group('rest')}"
    elif range_match:
        core = range_match.group("first")
    core = LEADING_WORDS.sub("", core)
    approximate = bool(APPROXIMATE_WORDS.search(core))
    core = APPROXIMATORS.sub("", core)
    core = re.sub(r"^(?:the\s+)?(?:past|last)\s+(?=\w+day$)", "last ", core, flags=re.I)
    if RECENT.match(core):
        unit = re.search(r"days|weeks|months", core.lower())
        granularity = {"days": Granularity.DAY, "weeks": Granularity.WEEK}.get(
            unit.group() if unit else "", Granularity.MONTH
        )
        return Resolved(None, granularity, True, True)
    if not core or VAGUE.match(core) or not DATE_WORDS.search(core) or AGE.match(core):
        return None
    if CLOCK_TIME.match(core):
        return None  # "around 11.40am" is a time of some day, not a day
    if DURATION.match(core) and not AGO.match(core):
        return None
    resolved = _resolve_relative(core, base, future) or _resolve_absolute(core, base, future)
    if resolved is None:
        return None
    return Resolved(
        resolved.value, resolved.granularity, resolved.approximate or approximate, resolved.relative
    )


def _is_future(sentence: Sentence, span: Span) -> bool:
    """Future context: an expectation in the clause, or "by/from/until" in a sentence with no
    past-tense verb ("by Saturday evening, payments were working" is past)."""
    clause = sentence.clause_of(span.start)
    if any(c.label == "expected" and sentence.clause_of(c.start) == clause for c in sentence.cues):
        return True
    if _appointment(span):
        return True
    before = span.doc[max(span.start - 2, sentence.span.start) : span.start].text.lower()
    if not re.search(r"\b(?:by|from|until|next)\b", before) or "since" in before:
        return False
    return not any(token.tag_ in {"VBD", "VBN"} for token in sentence.span)


def _role(sentence: Sentence, span: Span, is_whole_line: bool) -> DateRole:
    if is_whole_line:
        return DateRole.PUBLISHED
    if _onset_clause_follows(sentence, span):
        return DateRole.INCIDENT_START
    clause = sentence.clause_of(span.start)
    best: tuple[int, int, Cue] | None = None
    for cue in sentence.cues:
        if cue.label not in ROLE_BY_CUE:
            continue
        distance = max(cue.start - span.end, span.start - cue.end, 0)
        if sentence.clause_of(cue.start) != clause:
            distance += 50
        ranked = (distance, ROLE_PRIORITY.index(cue.label), cue)
        if best is None or ranked[:2] < best[:2]:
            best = ranked
    if best is None or best[0] > 60:
        return DateRole.OTHER
    role = ROLE_BY_CUE[best[2].label]
    if role is DateRole.RESTORATION and sentence.has_cue("expected"):
        return DateRole.RESTORATION_EXPECTED
    return role


def _onset_clause_follows(sentence: Sentence, span: Span) -> bool:
    """'on 5 September, when the scam was spotted', '16 September, the day the attack was
    discovered': a clause hung on the date tells what the date is, whatever the main clause
    did on it."""
    doc = span.doc
    opener = span.end + 1 if span.end < len(doc) and doc[span.end].text == "," else span.end
    for when in sentence.cues_labelled("date_when"):
        if when.start == opener:
            return any(
                0 <= cue.start - when.end <= ONSET_CLAUSE_REACH
                for cue in sentence.cues_labelled("date_start")
            )
    return False


def _appointment(span: Span) -> bool:
    """'delivery slots booked for Friday and Saturday', 'deliveries scheduled for Saturday':
    the day something was booked for is this week's, however past the sentence."""
    doc = span.doc
    index = span.start - 1
    while index > 0 and (doc[index].lower_ in {"and", "or", ","} or doc[index].ent_type_ == "DATE"):
        index -= 1
    return index >= 0 and doc[index].lower_ == "for"


def _whole_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    rest = line.replace(text[start:end], "")
    return not re.search(
        r"[A-Za-z]{3,}",
        re.sub(r"\b(?:am|pm|at|on|gmt|bst|utc|et|updated|published)\b", "", rest, flags=re.I),
    )


def _candidates(doc: Doc) -> list[Span]:
    """The model's DATE/TIME entities and the rule matches it missed; the longest span wins."""
    spans = [_before_verb(ent) for ent in doc.ents if ent.label_ in {"DATE", "TIME", "EVENT"}]
    spans = [span for span in spans if len(span)]
    spans.extend(doc.spans[DATE_SPANS])
    taken: set[int] = set()
    kept = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if taken.intersection(range(span.start, span.end)):
            continue
        if span.label_ == "TIME" and not TIME_OF_DAY.search(span.text):
            continue
        taken.update(range(span.start, span.end))
        kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _before_verb(span: Span) -> Span:
    """A date has no verb: the model sometimes runs a date entity on into the clause after it
    ("Jan. 19 and confirmed days later"); keep what comes before the verb."""
    for index, token in enumerate(span):
        if token.pos_ in {"VERB", "AUX"} and index:
            span = span[:index]
            while len(span) and (span[-1].is_punct or span[-1].pos_ == "CCONJ"):
                span = span[:-1]
            return span
    return span


ANCHORED = re.compile(
    r"^(?P<number>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"a couple of|a few|several)\s+(?P<unit>day|week|month)s?$",
    re.IGNORECASE,
)


OFFSET = re.compile(r"^(?P<duration>.+?)\s+(?P<direction>after|before)\s+(?P<anchor>.+)$", re.I)


def _shift(value: date, amount: int, unit: str) -> date:
    if unit == "day":
        return value + timedelta(days=amount)
    if unit == "week":
        return value + timedelta(weeks=amount)
    months = value.year * 12 + value.month - 1 + amount
    return date(months // 12, months % 12 + 1, min(value.day, 28))


def _anchored(
    doc: Doc, duration: Span, anchor: Span, base: date | None, future: bool
) -> tuple[Span, Resolved] | None:
    """'three days after April 22': a duration counted from a date is a date."""
    match = ANCHORED.match(duration.text.strip())
    between = doc[duration.end : anchor.start]
    if match is None or len(between) != 1 or between[0].lower_ not in {"after", "before"}:
        return None
    resolved_anchor = resolve(anchor.text, base, future)
    if resolved_anchor is None:
        return None
    sign = 1 if between[0].lower_ == "after" else -1
    amount = sign * _number(match.group("number"))
    value = (
        _shift(resolved_anchor.value, amount, match.group("unit").lower())
        if resolved_anchor.value
        else None
    )
    whole = doc[duration.start : anchor.end]
    return whole, Resolved(value, Granularity.DAY, resolved_anchor.approximate, True)


def find_dates(doc: Doc, layout: Layout, base: date | None) -> list[tuple[Sentence, DateMention]]:
    """Every resolvable date (or real but unresolvable one, lacking a reference) in the text."""
    found = []
    candidates = _candidates(doc)
    consumed: set[int] = set()
    for position, span in enumerate(candidates):
        if span.start in consumed:
            continue
        following = candidates[position + 1] if position + 1 < len(candidates) else None
        if following is not None:
            sentence = layout.sentence_of(span.start)
            anchored = _anchored(doc, span, following, base, _is_future(sentence, span))
            if anchored is not None and not sentence.in_boilerplate:
                whole, resolved = anchored
                consumed.add(following.start)
                found.append((sentence, _mention(layout.text, sentence, whole, resolved)))
                continue
        sentence = layout.sentence_of(span.start)
        if sentence.in_boilerplate:
            continue
        preceding = doc[span.start - 1].lower_ if span.start > 0 else ""
        if preceding in {"for", "within"} and DURATION.match(span.text.strip()):
            continue
        alone = resolve(span.text, base, _is_future(sentence, span))
        if alone is None:
            continue
        found.append((sentence, _mention(layout.text, sentence, span, alone)))
    return found


def _mention(text: str, sentence: Sentence, span: Span, resolved: Resolved) -> DateMention:
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    if len(span) > 1 and span[0].lower_ in {"on", "since", "from", "by"}:
        span = span[1:]  # the date as written, without the preposition before it
    role = _role(sentence, span, _whole_line(text, span.start_char, span.end_char))
    return DateMention(
        text=span.text,
        value=resolved.value.isoformat() if resolved.value else None,
        granularity=resolved.granularity.value,
        approximate=resolved.approximate,
        relative=resolved.relative,
        role=role.value,
        evidence=sentence.evidence,
        start=span.start_char,
    )


def published_from_text(text: str) -> date | None:
    """A dateline near the top ("Published 14 May 2025", "Thursday, December 19, 2013 8:49am")."""
    for line in text.splitlines()[:12]:
        stripped = line.strip()
        if not stripped or len(stripped) > 80 or not YEAR.search(stripped):
            continue
        candidate = re.sub(
            r"^(?:published|updated|last updated|posted|first published)\s*(?:on)?\s*:?\s*",
            "",
            stripped,
            flags=re.I,
        )
        candidate = re.sub(r"\s*\d{1,2}[:.]\d{2}\s*(?:am|pm)?\b.*$", "", candidate, flags=re.I)
        candidate = re.sub(
            r"^(?:" + "|".join(WEEKDAYS) + r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun),?\s+",
            "",
            candidate,
            flags=re.I,
        )
        if re.search(r"[A-Za-z]{3,}", re.sub(_MONTH_RE, "", candidate, flags=re.I)):
            continue
        data = _date_parser().get_date_data(candidate)
        if data.date_obj is not None and data.period == "day":
            return data.date_obj.date()
    return None


__all__ = ["evidence_for", "find_dates", "published_from_text", "resolve", "sharpen_starts"]


def _period_end(value: date, granularity: str) -> date:
    """The last day of the period a date value opens ('May 2019' ends on 31 May 2019)."""
    if granularity == Granularity.YEAR:
        return date(value.year, 12, 31)
    if granularity == Granularity.MONTH:
        return date(value.year, value.month, calendar.monthrange(value.year, value.month)[1])
    if granularity == Granularity.WEEK:
        return value + timedelta(days=6)
    return value


def sharpen_starts(mentions: list[DateMention]) -> list[DateMention]:
    """One incident's dates, where a start given as a period that a more precise start lies
    in ('in 2019' ... 'on 11 May 2019') is no longer a start of its own: the earliest start
    is then the precise one."""
    starts = [
        (date.fromisoformat(m.value), m.granularity)
        for m in mentions
        if m.role == DateRole.INCIDENT_START.value and m.value
    ]
    sharpened: list[DateMention] = []
    for mention in mentions:
        if mention.role == DateRole.INCIDENT_START.value and mention.value:
            begins = date.fromisoformat(mention.value)
            ends = _period_end(begins, mention.granularity)
            if ends > begins and any(
                begins <= value <= ends and _period_end(value, granularity) < ends
                for value, granularity in starts
            ):
                mention = replace(mention, role=DateRole.OTHER.value)
        sharpened.append(mention)
    return sharpened

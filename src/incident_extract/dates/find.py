"""Where the dates are: candidate spans (the model's DATE entities and the rule matches it
missed), each resolved and given the role its clause's cues say it plays."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..layout import (
    ATTACK_DENIAL,
    FINITE_TAGS,
    INCIDENT_SIGNALS,
    VERB_NEGATIONS,
    WHEN_ENTITIES,
    Cue,
    Layout,
    Sentence,
    before_the_verb_group,
    outermost,
    relative_on_a_noun,
)
from ..nlp import CUE_SPANS, DATE_SPANS
from ..taxonomy import DateRole, Granularity
from .resolve import Resolved, named_holiday, parse_day, resolve
from .words import date_expressions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# what tells that an attack or a failure happened (an attack word, its doers, an outage); a
# denial of an attack tells nothing began
HAPPENING_SIGNALS = tuple(sorted(INCIDENT_SIGNALS - {ATTACK_DENIAL}))
HAPPENING_LABELS = frozenset(HAPPENING_SIGNALS)  # the same, for lookups on the hot path
TROUBLE_STARTS = frozenset({"disrupted", *HAPPENING_SIGNALS})  # what a denial around it voids
CAUSE_CUES = frozenset({"date_start", *HAPPENING_SIGNALS})  # what a phrase of cause may hold
TROUBLE_PRONOUNS = frozenset({"it", "this", "they"})  # "It started in 2024": the trouble
FIRST_WORD = "first"  # "were first reported on Saturday": the onset
AGENT_WORD = "by"  # "first reported by the Gazette": who reported it
AGENT_REACH = 4  # "first reported on Monday morning by": words from the report to its agent
ONSET_CLAUSE_REACH = 6  # from "when" to its verb: "when night staff found", "when it was spotted"

ROLE_BY_CUE = {
    "date_published": DateRole.PUBLISHED,
    "date_founding": DateRole.OTHER,  # "a chain founded in 2015"
    "suspended": DateRole.SERVICE_SUSPENDED,
    "restored": DateRole.RESTORATION,
    "date_start": DateRole.INCIDENT_START,
    "date_disclosure": DateRole.DISCLOSURE,
    # A date in a clause that only says something broke is when the trouble began.
    "disrupted": DateRole.INCIDENT_START,
    # and so is one told of the attack or its doers ("hackers encrypted its servers on
    # Saturday", "the attackers rang its service desk on Sunday")
    **{label: DateRole.INCIDENT_START for label in HAPPENING_SIGNALS},
}
OTHER_CLAUSE_DISTANCE = 20  # what a cue in another clause of the same statement counts extra
OTHER_STATEMENT_DISTANCE = 50  # and a cue in another statement of the sentence
TROUBLE_LABELS = frozenset({"disrupted", "suspended", *INCIDENT_SIGNALS})
ROLE_REACH = 10  # tokens from the date to a cue of another statement that still give a role
ATTRIBUTION_SIZE = 6  # ", the company's spokeswoman said."
ATTRIBUTION_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "PRON", "ADP"})  # "it said on"
SAYING_DAY_LABELS = frozenset({"DATE", "TIME"})
SPEAKER_POS = ATTRIBUTION_POS | {"PART"}  # "the company's spokeswoman"
SAYING_TAIL_SIZE = 12  # "told shareholders in a trading update sent to the exchange"
NOUN_TAGS = frozenset({"NN", "NNS"})  # a common noun an attack word may modify
PAST_TAGS = frozenset({"VBD", "VBN"})
SIMPLE_PAST_TAGS = frozenset({"VBD"})
MODIFIER_TAGS = frozenset({"NN", "VBG"})  # an attack word as a modifier: "a ransomware drill"
# On equal distance the more specific cue decides.
ROLE_PRIORITY = (
    "date_founding",
    "date_published",
    "suspended",
    "restored",
    "date_start",
    "date_disclosure",
    "disrupted",
    *HAPPENING_SIGNALS,
)


@dataclass(frozen=True)
class FoundDate:
    """A date in the text: its span as written (no preposition before it), its sentence,
    what it resolves to and the role its clause gives it."""

    sentence: Sentence
    span: Span
    resolved: Resolved
    role: DateRole

    @property
    def value(self) -> str | None:
        return self.resolved.value.isoformat() if self.resolved.value else None


def _is_future(sentence: Sentence, span: Span) -> bool:
    """Future context: an expectation in the clause or the clause it depends on ("expects
    orders to resume once checks finish on Friday"), or "by/from/until" in a sentence with
    no past-tense verb ("by Saturday evening, payments were working" is past)."""
    clause = sentence.clause_with_dependents_of(span.start)
    before = _the_dates_own_opening(sentence, span)
    if "since" in before.split():
        return False  # "has been shut since Sunday", whatever the sentence expects: a past point
    if _fronted_before_a_past_verb(sentence, span):
        return False  # "On Saturday morning, Coop closed 800 stores, ... that would have ..."
    if any(
        c.label == "expected"
        and sentence.clause_with_dependents_of(c.start) == clause
        and not _dates_a_past_verb_before(span, c)
        and not _in_a_later_relative_clause(span, c)
        for c in sentence.cues
    ):
        return True
    if _appointment(span) or _predicted(span):
        return True
    if not date_expressions().future_opener.search(before):
        return False
    if ends_a_pause(span):
        # "has been paused until Monday, the retailer said": the end of a pause in the present
        # perfect is to come; only a simple past of the pause itself makes it past
        sayings = sentence.cues_labelled("date_disclosure")
        return not any(
            token.tag_ in SIMPLE_PAST_TAGS and not any(c.start <= token.i < c.end for c in sayings)
            for token in sentence.span
        )
    return not any(token.tag_ in PAST_TAGS for token in sentence.span)


PHRASE_HEAD_POS = frozenset({"NOUN", "PROPN", "VERB"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})  # "that", "which", "who", "whose"


def _in_a_later_relative_clause(span: Span, expectation: Cue) -> bool:
    """'were back up and running on Monday, except click and collect, which will return on
    Friday': an expectation inside a relative clause after the date is its own subject's,
    and leaves the date where the tense before it puts it; not one past the relative
    clause's own verb ('On Monday shops that closed will reopen')."""
    doc = span.doc
    between = doc[span.end : expectation.start]
    relatives = [token.i for token in between if token.tag_ in RELATIVE_TAGS]
    if not relatives or any(
        token.tag_ in FINITE_TAGS for token in doc[relatives[-1] + 1 : expectation.start]
    ):
        return False
    # "Card payments return on Monday, a move that will please shoppers": a present tense
    # before the date keeps it to come
    return any(token.tag_ in PAST_TAGS for token in doc[span.sent.start : span.start])


def _dates_a_past_verb_before(span: Span, expectation: Cue) -> bool:
    """'Its shops reopened on Wednesday, and the rest will follow next week': a date right
    after a verb in the simple past dates that verb, not the expectation told after it."""
    doc = span.doc
    # the date's preposition may be inside its span ("on Wednesday") or just before it
    opening = span.start if span[0].pos_ == "ADP" else span.start - 1
    if expectation.start < span.end or opening < 1 or doc[opening].pos_ != "ADP":
        return False
    return _simple_past(doc[opening - 1])


def _simple_past(token: Token) -> bool:
    """'reopened', which the tagger may read as a participle when no auxiliary stands before
    it; not 'be reopened', 'will have reopened'."""
    if token.pos_ != "VERB":
        return False
    previous = token.doc[token.i - 1] if token.i else None
    bare = previous is None or previous.pos_ not in {"AUX", "PART"}
    return token.tag_ == "VBD" or (token.tag_ == "VBN" and bare)


def _the_dates_own_opening(sentence: Sentence, span: Span) -> str:
    """The words right before a date that open its own phrase ('by Friday', 'until late
    Monday', 'shut since Sunday'), lower-cased: none before a noun or a verb, which head
    another phrase ('could not pay by card on Monday': 'by' opens 'by card', no limit)."""
    window = list(span.doc[max(span.start - 2, sentence.span.start) : span.start])
    # a part of the day is the date's own word: "until noon Friday"
    heads = [
        i
        for i, token in enumerate(window)
        if token.pos_ in PHRASE_HEAD_POS and token.ent_type_ not in WHEN_ENTITIES
    ]
    own = window[heads[-1] + 1 :] if heads else window
    return " ".join(token.lower_ for token in own)


def ends_a_pause(span: Span) -> bool:
    """'until Monday', 'till 20 September': the date is where a pause ends."""
    pause_ends = date_expressions().words["pause_ends"]
    return span.start > 0 and span.doc[span.start - 1].lower_ in pause_ends


def _fronted_before_a_past_verb(sentence: Sentence, span: Span, limit: bool = False) -> bool:
    """A date opening the sentence, set off by a comma or not, hangs on the first verb after
    it: a past tense there places it in the past, whatever a later clause expects. With `limit`,
    one after a preposition of a limit counts too ('By Monday, hackers had encrypted ...')."""
    doc = span.doc
    opening = doc[sentence.span.start : span.start]
    if any(not (t.is_punct or t.is_space or t.pos_ in {"ADP", "DET"}) for t in opening):
        return False
    if not limit and any(
        date_expressions().future_opener.search(t.lower_) for t in [*opening, span[0]]
    ):
        return False  # "By Thursday, all shops are expected to reopen": a limit to come
    comma = span.end
    while comma < min(sentence.span.end, span.end + 2) and doc[comma].pos_ in {"NOUN", "NUM"}:
        comma += 1  # "On Saturday morning,"
    if comma >= sentence.span.end:
        return False
    # "On Wednesday the app was back ...": with no comma the clause starts right after it
    set_off = doc[comma].text == ","
    after = comma + 1 if set_off else comma
    for token in doc[after : sentence.span.end]:
        if not set_off and token.tag_ in RELATIVE_TAGS:
            return False  # "On Monday shops that closed will reopen": the relative's verb
        if token.pos_ in {"VERB", "AUX"}:
            following = doc[token.i + 1] if token.i + 1 < sentence.span.end else None
            if following is not None and following.text == ",":
                continue  # a speaker set off between commas: "On Monday, the grocer said, ..."
            return token.tag_ == "VBD"
    return False


def _ends_a_stretch(span: Span) -> bool:
    """'from Thursday to Saturday', the model's two dates: the day after the joiner ends the
    stretch the first day began, and starts nothing (it may still end a pause or a trouble)."""
    doc = span.doc
    joiner = span.start - 1
    words = date_expressions().words
    if joiner < 1 or doc[joiner].lower_ not in words["stretch_joiners"]:
        return False
    opener = joiner - 1
    while opener >= 0 and doc[opener].ent_type_ == "DATE":
        opener -= 1
    return opener >= 0 and opener < joiner - 1 and doc[opener].lower_ in words["stretch_openers"]


def _role(sentence: Sentence, span: Span, is_whole_line: bool) -> DateRole:
    if is_whole_line:
        return DateRole.PUBLISHED
    if _onset_clause_follows(sentence, span):
        return DateRole.INCIDENT_START
    clause = sentence.clause_of(span.start)
    statement = sentence.clause_with_dependents_of(span.start)
    best: tuple[int, int, Cue] | None = None
    # "were not affected" says nothing broke: the trouble word inside it starts nothing
    denials = sentence.cues_labelled("unaffected")
    # a word inside a longer cue plays no role of its own: the "note" of "a ransom note"
    # and one inside a phrase in another sense none either: the "bug" of "patched the bug"
    told = outermost(
        [c for c in sentence.cues if c.label in ROLE_BY_CUE or c.label == "other_sense"]
    )
    ends_a_stretch = _ends_a_stretch(span)
    for cue in told:
        if cue.label == "other_sense":
            continue
        if ends_a_stretch and cue.text.lower() in date_expressions().words["stretch_openers"]:
            continue  # the opener of the stretch this day ends
        if cue.label in TROUBLE_STARTS and any(
            d.start <= cue.start and cue.end <= d.end for d in denials
        ):
            continue
        if cue.label in HAPPENING_LABELS and (
            not _tells_of_the_day(sentence, span, cue)
            or _names_a_topic(span.doc, cue)
            # an attack's name for its doers ("a ransomware group posted its files on Tuesday")
            or sentence.in_attacker_label(cue.start, cue.end)
        ):
            continue
        distance = max(cue.start - span.end, span.start - cue.end, 0)
        if _names_the_cause(span, cue) or _across_a_report(sentence, span, cue):
            continue
        if ROLE_BY_CUE[cue.label] is DateRole.RESTORATION and _sought(sentence, cue):
            continue  # "shut its website on Monday to contain the attack": no return that day
        if (
            sentence.clause_of(cue.start) != clause
            or _next_predicate(span, cue)
            or _trailing_attribution(sentence, span, cue)
        ):
            # a cue of the statement the clause belongs to before one of another statement:
            # "left customers unable to use cards, transfer money or open the app on Friday"
            distance += (
                OTHER_CLAUSE_DISTANCE
                if sentence.clause_with_dependents_of(cue.start) == statement
                else OTHER_STATEMENT_DISTANCE
            )
        ranked = (distance, ROLE_PRIORITY.index(cue.label), cue)
        if best is None or ranked[:2] < best[:2]:
            best = ranked
    if best is None or best[0] > OTHER_STATEMENT_DISTANCE + ROLE_REACH:
        return DateRole.OTHER
    role = ROLE_BY_CUE[best[2].label]
    if role is DateRole.DISCLOSURE and _trouble_first_reported(sentence, best[2]):
        return DateRole.INCIDENT_START
    if role is DateRole.RESTORATION and sentence.has_cue("expected"):
        return DateRole.RESTORATION_EXPECTED
    if role is DateRole.INCIDENT_START and (
        _since_measures_something_else(sentence, best[2])
        or (best[2].label == "disrupted" and _a_state_going_on(span.doc, best[2]))
    ):
        return DateRole.OTHER
    if _dates_a_relative_deed(sentence, span, best[2]):
        return DateRole.OTHER
    return role


def _trouble_first_reported(sentence: Sentence, cue: Cue) -> bool:
    """'Problems with its website were first reported on Saturday': the trouble, as the
    subject of a report told 'first', began that day; not a news report of it ('first
    reported by the Gazette on Monday'), which is its disclosure."""
    doc = sentence.span.doc
    if cue.start < 1 or doc[cue.start - 1].lower_ != FIRST_WORD:
        return False
    clause = sentence.clause_of(cue.start)
    if any(
        t.lower_ == AGENT_WORD and sentence.clause_of(t.i) == clause
        for t in doc[cue.end : min(sentence.span.end, cue.end + AGENT_REACH)]
    ):
        return False  # "first reported on Monday by the Gazette"
    return any(
        c.label in TROUBLE_LABELS and c.end <= cue.start and sentence.clause_of(c.start) == clause
        for c in sentence.cues
    )


def _a_state_going_on(doc: Doc, cue: Cue) -> bool:
    """'Its ticket machines remained out of order on Friday', 'they were still down on
    Friday': a trouble told as going on that day began before it; the day is no start. The
    cue opens on a verb of staying ('remained', read by its lemma), or a word of going on
    stands right before it ('still down'), or before its verb of being ('still was down')."""
    going_on = date_expressions().words["continuing_words"]
    first = doc[cue.start]
    before = doc[cue.start - 1] if cue.start else None
    if before is not None and before.pos_ == "AUX" and cue.start > 1:
        before = doc[cue.start - 2]  # "still was down": the word before the verb of being
    return first.lemma_.lower() in going_on or (before is not None and before.lower_ in going_on)


def _sought(sentence: Sentence, cue: Cue) -> bool:
    """A return an effort opens ('to contain the attack', 'working to restore'): sought on
    the day, not done."""
    return any(
        other.label == "effort" and other.start < cue.start <= other.end for other in sentence.cues
    )


RELATIVE_DEED_REACH = 6  # "who placed orders online between": words from the verb to the day
RELATIVE_VERB_GROUP = frozenset({"AUX", "ADV", "PART", "VERB", "CCONJ", "PUNCT"})


def _dates_a_relative_deed(sentence: Sentence, span: Span, cue: Cue) -> bool:
    """'customers who placed orders between 1 March 2019 and 30 June 2020': the day dates
    what a relative clause on a noun tells (the reach of what was taken), not the incident
    told before the clause."""
    doc = sentence.span.doc
    told = {i for c in sentence.cues for i in range(c.start, c.end)}
    first = max(sentence.span.start, span.start - RELATIVE_DEED_REACH)
    verbs = [t for t in doc[first : span.start] if t.pos_ == "VERB"]
    # a past deed ("who placed orders"), not what a thing does all along ("the system that
    # manages its scheme", the date the main verb's)
    if not verbs or verbs[-1].i in told or verbs[-1].tag_ in {"VBZ", "VBP", "VBG"}:
        return False
    # back over the verb group and its coordinated verbs: "who joined, or tried to join"
    index = relative_on_a_noun(doc, verbs[-1].i, sentence.span.start, RELATIVE_VERB_GROUP)
    if index is None:
        return False
    # the cue that gave the role is the incident told before the clause, or the date's own
    # opener ("between")
    own_opener = span.start - 1 <= cue.start <= span.end
    # "a cyber attack that happened on 3 June": a clause on the trouble dates the trouble
    on_the_trouble = index - 1 in told
    return not on_the_trouble and (cue.end <= index or own_opener)


def _names_a_topic(doc: Doc, cue: Cue) -> bool:
    """An attack word that only names what something else is about happened on no day: a
    modifier of the noun after it ('a ransomware drill', 'phishing awareness training') or
    the object of a preposition of topic ('a report on phishing', 'advice about
    ransomware')."""
    after = doc[cue.end] if cue.end < len(doc) else None
    before = doc[cue.start - 1] if cue.start else None
    topics = date_expressions().words["topic_prepositions"]
    # a noun or gerund that modifies another is singular ("the attacks retaliation" names
    # no topic), and an adjective is the attack's own ("malicious code")
    modifier = (
        doc[cue.end - 1].tag_ in MODIFIER_TAGS and after is not None and after.tag_ in NOUN_TAGS
    )
    return modifier or (before is not None and before.lower_ in topics)


def _tells_of_the_day(sentence: Sentence, span: Span, cue: Cue) -> bool:
    """An attack word after a day tells what began on it only from the day's own statement
    ('on Saturday hackers encrypted its servers', 'on 3 March, when the attackers got in'),
    not from a coordinate clause after it ('applied the fix on 11 January, but the attackers
    had got in before then'); one before the day may be the subject its clause shares
    ('hackers got hold of a password and logged in on 3 March')."""
    statement = sentence.clause_with_dependents_of(span.start)
    return cue.start < span.end or sentence.clause_with_dependents_of(cue.start) == statement


def _names_the_cause(span: Span, cue: Cue) -> bool:
    """'restored its website on Monday after a cyber attack', 'closed on Friday following a
    ransomware attack': an incident noun in a phrase of cause after the date says why, not
    what happened that day (what happened is told by the clause's own verb)."""
    if cue.label not in CAUSE_CUES or cue.start < span.end or span.doc[cue.start].pos_ == "VERB":
        return False
    causes = date_expressions().words["cause_prepositions"]
    return any(token.lower_ in causes for token in span.doc[span.end : cue.start])


def _next_predicate(span: Span, cue: Cue) -> bool:
    """A cue after the date across a coordinator or a comma and a verb is the next
    predicate's: 'detected unusual activity on January 19 and immediately disconnected
    systems' and 'found the intruder on May 7, secured the accounts and ...' date the
    detection (a time adverbial closes its own clause)."""
    if cue.start < span.end:
        return False
    gap = span.doc[span.end : cue.start + 1]
    for position, token in enumerate(gap):
        if token.pos_ != "CCONJ" and token.text != ",":
            continue
        after = next((t for t in gap[position + 1 :] if t.pos_ != "ADV"), None)
        if token.pos_ == "CCONJ":
            return after is not None and after.pos_ in {"VERB", "AUX"}
        if after is not None and after.tag_ in FINITE_TAGS:
            return True  # a list of predicates ('..., secured the accounts and ...')
    return False


def _trailing_attribution(sentence: Sentence, span: Span, cue: Cue) -> bool:
    """'hackers broke in in August, the company said.': a speech verb set off after the
    report, with only its speaker and the day of the saying around it ('..., it said on 7
    March'), or inside a phrase of attribution ('on March 9, according to a notice posted
    on its website'), dates nothing the report told."""
    if cue.label != "date_disclosure" or cue.start < span.end:
        return False
    doc = span.doc
    if date_expressions().attribution.search(doc[span.end : cue.start].text):
        return True  # "on March 9, according to a notice posted on its website, and ..."
    if not any(token.text == "," for token in doc[span.end : cue.start]):
        return False
    comma = max(i for i in range(span.end, cue.start) if doc[i].text == ",")
    rest = _words_beside_the_day(doc[comma + 1 : sentence.span.end])
    return (
        len(rest) <= ATTRIBUTION_SIZE
        and all(t.i in range(cue.start, cue.end) or t.pos_ in ATTRIBUTION_POS for t in rest)
    ) or _set_off_saying(sentence, comma, cue)


def _words_beside_the_day(tokens: Span) -> list[Token]:
    """The words of an attribution that count toward its size: not its punctuation nor the
    day of the saying ('on 7 March')."""
    return [t for t in tokens if not (t.is_punct or t.is_space or t.ent_type_ in SAYING_DAY_LABELS)]


def _set_off_saying(sentence: Sentence, comma: int, cue: Cue) -> bool:
    """A saying set off by a comma after the report, with its speaker before the verb and
    only its hearer, its channel and its day after it, up to the next comma or the end ('...,
    the company told shareholders in a trading update on Thursday', '..., the practice said
    in letters sent to patients last week, and ...'): no clause of its own, so it reports
    nothing the words before it have not."""
    doc = sentence.span.doc
    ends = [t.i for t in doc[cue.end : sentence.span.end] if t.text in {",", ";"}]
    segment = doc[comma + 1 : ends[0] if ends else sentence.span.end]
    sayings = [
        c
        for c in sentence.cues_labelled("date_disclosure")
        if segment.start <= c.start and c.end <= segment.end and doc[c.start].pos_ == "VERB"
    ]
    if not sayings:
        return False
    verb = doc[sayings[0].start]
    speaker = [t for t in doc[segment.start : verb.i] if not t.is_punct]
    told = _words_beside_the_day(doc[verb.i + 1 : segment.end])
    return (
        0 < len(speaker) <= ATTRIBUTION_SIZE
        and all(t.pos_ in SPEAKER_POS for t in speaker)
        and len(told) <= SAYING_TAIL_SIZE
        and not any(t.tag_ in FINITE_TAGS or t.pos_ == "SCONJ" or t.lower_ == "that" for t in told)
    )


def _across_a_report(sentence: Sentence, span: Span, cue: Cue) -> bool:
    """A report and its saying date apart. A day after a saying, past its 'that' or a finite
    verb of the report, dates what the report tells ('said the attackers rang its service
    desk on Sunday', 'according to its notice, the intruders signed in on 17 August', 'said
    that on 9 May a caller passed himself off as a manager'), never the saying; the
    saying's own day, before the 'that', dates the saying, never what the report tells
    ('told staff on Monday that hackers had encrypted its servers'). 'said on Friday that
    ...', 'in a statement released on Tuesday' still date the saying; a day someone was told
    of an attack by another keeps its role ('its supplier warned it on 4 March that its
    files had been copied': when it learnt of the attack)."""
    doc = span.doc
    if cue.label == "date_disclosure" and cue.end <= span.start:
        return _opens_a_report(sentence, doc[cue.end : span.start])
    if cue.end <= span.start:
        # 'In a notice published on its blog on Wednesday, X said the attacker called ... on
        # September 22': a cue before the saying belongs to the saying's own words
        return any(
            cue.end <= saying.start
            and saying.end <= span.start
            and _opens_a_report(sentence, doc[saying.end : span.start])
            for saying in sentence.cues_labelled("date_disclosure")
        )
    if cue.start >= span.end and any(token.lower_ == "that" for token in doc[span.end : cue.start]):
        return any(
            saying.end <= span.start and not _opens_a_report(sentence, doc[saying.end : span.start])
            for saying in sentence.cues_labelled("date_disclosure")
        )
    return False


def _opens_a_report(sentence: Sentence, words: Span) -> bool:
    """Words between a saying and a day that open what is reported: its 'that' or a verb
    with a tense, unless that verb is a telling itself ('said it informed the regulator on
    Tuesday': the day of the informing, a disclosure)."""
    tellings = sentence.cues_labelled("date_disclosure")
    return any(
        token.lower_ == "that"
        or (token.tag_ in FINITE_TAGS and not any(t.start <= token.i < t.end for t in tellings))
        for token in words
    )


def _since_measures_something_else(sentence: Sentence, cue: Cue) -> bool:
    """'since' measures a state from the date on: the incident's start when the state is the
    trouble ('offline since Saturday', 'working with pen and paper since Monday'), not a
    return ('working again since Wednesday') nor a participle describing a noun ('clients
    signed up since 2018')."""
    doc = sentence.span.doc
    if doc[cue.start].lower_ != "since" or cue.start <= sentence.span.start + 1:
        return False
    clause = sentence.clause_of(cue.start)
    states = [
        c
        for c in sentence.cues_labelled("restored", "disrupted", "suspended")
        if c.end <= cue.start and sentence.clause_of(c.start) == clause
    ]
    if states and max(states, key=lambda c: c.end).label == "restored":
        return True  # "working again at all its shops since Wednesday": the return's time
    if not states and _working_before(sentence, cue.start):
        return True  # "had been working at all its sites since 24 June": the return's time
    index = cue.start - 1
    while index > sentence.span.start and doc[index].pos_ in {"ADV", "PART", "ADP"}:
        index -= 1  # "ever since", "signed up since"
    state = doc[index]
    # a participle straight after its noun: a reduced relative clause describing the noun
    return (
        state.tag_ == "VBN"
        and doc[index - 1].pos_ in {"NOUN", "PROPN"}
        and not any(c.start <= state.i < c.end for c in sentence.cues_labelled(*TROUBLE_LABELS))
    )


def _working_before(sentence: Sentence, since: int) -> bool:
    """The verb of the clause before 'since' is one of working ('working at all its sites
    since', 'has run normally since'), with no negation before it and no workaround after
    it ('working with pen and paper since Monday' is the trouble)."""
    doc = sentence.span.doc
    words = date_expressions().words
    start = sentence.clause_bounds(sentence.clause_of(since))[0]
    verbs = [t for t in doc[start:since] if t.pos_ == "VERB"]
    if not verbs or any(t.lower_ in VERB_NEGATIONS for t in doc[start:since]):
        return False
    verb = verbs[-1]
    if any(t.lower_ in words["workaround_prepositions"] for t in doc[verb.i + 1 : since]):
        return False
    return verb.lemma_.lower() in words["working_verbs"]


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


PREDICTION_REACH = 4  # "likely to last well into Sunday": words from the verb to the day
PAST_PLAN = frozenset({"been", "had"})  # "had been set to resume on Monday": a plan that was


def _predicted(span: Span) -> bool:
    """'Queues were likely to last into Wednesday', 'stores are set to reopen on Monday':
    the day a prediction reaches is to come, however past the sentence that reports it; not
    one told of the past ("likely to have begun on Saturday") nor a plan that had been."""
    doc = span.doc
    predictions = date_expressions().words["prediction_words"]
    for index in range(max(span.start - PREDICTION_REACH - 1, 3), span.start):
        if (
            doc[index].tag_ == "VB"
            and doc[index].lower_ != "have"
            and doc[index - 1].lower_ == "to"
            and doc[index - 2].lower_ in predictions
            and doc[index - 3].lower_ not in PAST_PLAN
            and all(not t.is_punct for t in doc[index : span.start])
        ):
            return True
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
    """A date alone on its line (with 'Updated', 'at', a time) is the dateline."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    rest = date_expressions().dateline_filler.sub("", line.replace(text[start:end], ""))
    return not re.search(r"[A-Za-z]{3,}", rest)


INCIDENT_LABELS = frozenset({"incident", "type_cyber", "type_ransomware", "type_data_breach"})
DATED_NOUN_REACH = 1  # "the Thanksgiving ransomware attack": the incident's words after it


def _names_a_kind(span: Span) -> bool:
    """A named day before a noun names a kind of thing, no day: 'its Labor Day sales', 'the
    Black Friday promotions'; not before the incident it dates ('the Thanksgiving ransomware
    attack', 'a Christmas Eve cyber attack')."""
    doc = span.doc
    if named_holiday(span.text) is None:
        return False
    if span.end >= len(doc) or doc[span.end].tag_ not in NOUN_TAGS:
        return False
    return not any(
        cue.label_ in INCIDENT_LABELS and span.end <= cue.start <= span.end + DATED_NOUN_REACH
        for cue in doc.spans.get(CUE_SPANS, [])
    )


def _candidates(doc: Doc) -> list[Span]:
    """The model's DATE/TIME entities and the rule matches it missed; the longest span wins."""
    spans = [_before_verb(ent) for ent in doc.ents if ent.label_ in {"DATE", "TIME", "EVENT"}]
    spans = [span for span in spans if len(span) and not _names_a_kind(span)]
    spans.extend(doc.spans[DATE_SPANS])
    taken: set[int] = set()
    kept = []
    time_of_day = date_expressions().time_of_day
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if taken.intersection(range(span.start, span.end)):
            continue
        if span.label_ == "TIME" and not time_of_day.search(span.text):
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


def _no_particular_day(span: Span) -> bool:
    """'every Monday', 'for most of a Saturday', 'its 60-year history': no day the text
    places anything on."""
    expressions = date_expressions()
    if expressions.measure.match(span.text.strip()):
        return True
    words = expressions.words
    doc = span.doc
    articles = words["indefinite_articles"]
    if span[0].lower_ in (*words["non_specific_day_determiners"], *articles):
        determiner, span = span[0], span[1:]
    elif span.start:
        determiner = doc[span.start - 1]
    else:
        return False
    if not expressions.weekday.fullmatch(span.text.lower()):
        return False
    if determiner.lower_ in words["non_specific_day_determiners"]:
        return True  # "every Monday"
    portion = determiner.i >= 2 and doc[determiner.i - 1].lower_ == "of"
    return (
        determiner.lower_ in articles
        and portion
        and doc[determiner.i - 2].lower_ in words["day_portions"]
    )  # "for most of a Saturday"; "on a Saturday" may be the day it began


def _counted_from(doc: Doc, duration: Span, anchor: Span) -> Span | None:
    """'three days' + 'after' + 'April 22': a count of days from the next date is one date."""
    between = doc[duration.end : anchor.start]
    counted = date_expressions().counted.match(duration.text.strip())
    if counted is None or len(between) != 1 or between[0].lower_ not in {"after", "before"}:
        return None
    return doc[duration.start : anchor.end]


def _as_written(span: Span) -> Span:
    while len(span) > 1 and span[-1].is_punct:
        span = span[:-1]
    if len(span) > 1 and span[0].lower_ in date_expressions().words["trimmed_prepositions"]:
        span = span[1:]  # the date as written, without the preposition before it
    return span


def _found(
    layout: Layout, sentence: Sentence, span: Span, resolved: Resolved, base: date | None
) -> FoundDate:
    span = _as_written(span)
    dateline = (
        _whole_line(layout.text, span.start_char, span.end_char)
        or layout.in_dateline(span.start_char, span.end_char) == "date"
    )
    role = _role(sentence, span, dateline)
    if role is DateRole.INCIDENT_START and base and resolved.value and resolved.value > base:
        role = DateRole.OTHER  # a reported incident began before the report: "mailed next week"
    if role is DateRole.INCIDENT_START and _a_time_limit(sentence, span):
        role = DateRole.OTHER  # "demanded $1 million by Monday night": a deadline, no onset
    if (
        role is DateRole.INCIDENT_START
        and resolved.granularity is Granularity.YEAR
        and not _tells_of_trouble(sentence)
    ):
        role = DateRole.OTHER  # a business's history: "opened its first shop in 1998"
    if role is DateRole.INCIDENT_START and (
        _a_stretch_of_no_trouble(sentence, span) or _ends_a_stretch(span)
    ):
        role = DateRole.OTHER  # "will run as normal from Monday", "from Thursday to Saturday"
    return FoundDate(sentence, span, resolved, role)


def _a_stretch_of_no_trouble(sentence: Sentence, span: Span) -> bool:
    """A stretch after 'from' starts the trouble only in a sentence that tells one, in the
    past ('could not book classes from Friday to Sunday'; not 'would be closed from Monday
    to Wednesday next week for training', 'will run as normal from Monday')."""
    doc = span.doc
    if (
        span.start == 0
        or doc[span.start - 1].lower_ not in date_expressions().words["stretch_openers"]
    ):
        return False
    return _is_future(sentence, span) or not _tells_of_trouble(sentence)


def _a_time_limit(sentence: Sentence, span: Span) -> bool:
    """'demanded a ransom by Friday', 'gave the company until Monday to pay', 'deliveries
    due up to Friday were cancelled': a day after a preposition of a limit is the
    time something must be done by or lasts to, no day anything began; not
    the doer after a passive ('hit by weekend glitches', a day that describes a noun)."""
    doc = span.doc
    limits = date_expressions().words["limit_prepositions"]
    if not any(
        span.start >= len(limit.split())
        and doc[span.start - len(limit.split()) : span.start].text.lower() == limit
        for limit in limits
    ):
        return False
    agentive = span.start > 1 and doc[span.start - 2].tag_ == "VBN"
    describes = span.end < len(doc) and doc[span.end].pos_ in {"NOUN", "PROPN"}
    # "By Monday, hackers had encrypted its servers": when something was done, no limit
    # still to reach
    fronted = _fronted_before_a_past_verb(sentence, span, limit=True)
    return not (agentive or describes or fronted)


def _tells_of_trouble(sentence: Sentence) -> bool:
    """The sentence tells of an incident or a failure: a word of trouble, or a word of
    beginning that is one ('hackers broke in', 'the attack'), as a word that only says
    something began ('started', 'first', 'since') is not ('opened its first shop'); nor
    one whose subject is a pronoun, which stands for the trouble told before ('It started
    in 2024')."""
    if sentence.has_cue(*TROUBLE_LABELS, "compromised"):
        return True
    neutral = date_expressions().words["neutral_onsets"]
    doc = sentence.span.doc
    for cue in sentence.cues_labelled("date_start"):
        words = doc[cue.start : cue.end]
        lemmas = " ".join(token.lemma_.lower() for token in words)
        if lemmas not in neutral and words.text.lower() not in neutral:
            return True
        subject = before_the_verb_group(doc, cue.start, sentence.span.start)
        if doc[subject].lower_ in TROUBLE_PRONOUNS:
            return True
    return False


def find_dates(doc: Doc, layout: Layout, base: date | None) -> list[FoundDate]:
    """Every resolvable date (or real but unresolvable one, lacking a reference) in the text."""
    found = []
    candidates = _candidates(doc)
    consumed: set[int] = set()
    duration_prepositions = date_expressions().words["duration_prepositions"]
    for position, span in enumerate(candidates):
        if span.start in consumed:
            continue
        sentence = layout.sentence_of(span.start)
        following = candidates[position + 1] if position + 1 < len(candidates) else None
        if following is not None and not sentence.in_boilerplate:
            whole = _counted_from(doc, span, following)
            resolved = resolve(whole.text, base, _is_future(sentence, span)) if whole else None
            if whole is not None and resolved is not None:
                consumed.add(following.start)
                found.append(_found(layout, sentence, whole, resolved, base))
                continue
        if sentence.in_boilerplate:
            continue
        preceding = doc[span.start - 1].lower_ if span.start > 0 else ""
        if preceding in duration_prepositions and date_expressions().duration.match(
            span.text.strip()
        ):
            continue
        if _no_particular_day(span):
            continue
        alone = resolve(_with_its_opener(span, preceding), base, _is_future(sentence, span))
        if alone is None:
            continue
        found.append(_found(layout, sentence, span, alone, base))
    return found


def _with_its_opener(span: Span, preceding: str) -> str:
    """'Friday to Sunday' after 'from' is a stretch of days, read as its first; alone ('open
    Monday to Friday') it is a schedule, no date."""
    expressions = date_expressions()
    opened = f"{preceding} {span.text}"
    # the model may leave the opener out of the date: "from [Friday to Sunday]"
    if preceding in expressions.words["stretch_openers"] and expressions.range.match(opened):
        return opened
    return span.text


def published_from_text(text: str) -> date | None:
    """A dateline near the top ("Published 14 May 2025", "Thursday, December 19, 2013 8:49am")."""
    expressions = date_expressions()
    for line in text.splitlines()[:12]:
        stripped = line.strip()
        if not stripped or len(stripped) > 80 or not expressions.year.search(stripped):
            continue
        candidate = expressions.dateline_opener.sub("", stripped)
        candidate = re.sub(r"\s*\d{1,2}[:.]\d{2}\s*(?:am|pm)?\b.*$", "", candidate, flags=re.I)
        candidate = expressions.dateline_weekday.sub("", candidate)
        if re.search(r"[A-Za-z]{3,}", re.sub(expressions.month, "", candidate, flags=re.I)):
            continue
        day = parse_day(candidate)
        if day is not None:
            return day
    return None

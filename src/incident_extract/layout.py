"""Sentences, clauses, title and boilerplate of one processed article.

Every other extraction step asks this module where a sentence starts, which
clause a token sits in and whether a stretch of text is page furniture
("Recent Stories", image credits) that must not produce incidents.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from .lexicon import CUE_LABELS, Cues, CueScope
from .nlp import CUE_SPANS, SERVICE_SPANS
from .record import Evidence
from .taxonomy import STATUS_BY_CUE, Service

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TITLE_MAX_CHARS = 200
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
MODAL_TAG = "MD"  # "will", "could": a state to come or only possible
RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "which", "who": a clause about the noun before
# a past participle, which the small tagger often calls a past tense: "halted for a week"
PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
SUBJECT_POS = frozenset({"PRON", "NOUN", "PROPN", "DET", "ADJ", "NUM"})
CLAUSE_SUBJECT_REACH = 5  # "after the company's IT team found": a subject's words before its verb
# cue labels that make what follows an open question ("unclear whether", "if")
OPEN_QUESTION_LABELS = frozenset({"uncertain", "hypothetical"})
# cue labels under which nothing told happened in this story: an open question, or a habit
# ("the group typically steals data before encrypting systems")
UNTOLD_EVENT_LABELS = OPEN_QUESTION_LABELS | {"habitual"}
ATTACKER_LABEL = "attacker_label"
NEGATION_LABEL = "negation"
DISRUPTED_LABEL = "disrupted"
COMPROMISED_LABEL = "compromised"
WHEN_ENTITIES = frozenset({"DATE", "TIME"})  # the model's entities that only say when
NOUN_NEGATIONS = frozenset({"no", "none", "nothing", "neither"})  # a negated noun phrase: "no data"
VERB_NEGATIONS = frozenset({"not", "n't", "never"})  # a negated verb: "could not", "never"
TYPE_CUES = tuple(sorted(label for label in CUE_LABELS if label.startswith("type_")))
ATTACK_DENIAL = "type_attack_denied"
REPORT_NEGATION_REACH = 4  # "did not blame", "never blamed", "has not so far blamed"
REPORT_LABEL = "victim_report"  # "confirms", "blamed a cyber attack for": a victim telling
OUTAGE_LABEL = "type_technical_outage"  # a non-malicious IT failure
ATTACK_KIND_LABELS = frozenset({"type_cyber", "type_ransomware"})  # what an attacker did
# Cue labels that say an article reports an incident at all (a supplier alone does not).
ROUTE_LABEL = "type_third_party"  # the route in, through a supplier: no kind of trouble
THING_ROUTE_LABEL = "type_third_party_thing"  # a third-party thing: the route where trouble is
ROUTE_LABELS = frozenset({ROUTE_LABEL, THING_ROUTE_LABEL})
GUESS_LABELS = frozenset({"hedge", "uncertain"})
INDEFINITE_ARTICLES = frozenset(
    {"a", "an"}
)  # "a fault": a fault told as one  # "bore the hallmarks of", "it is unclear"
POINTERS_BACK = frozenset({"that", "this"})  # "whether that is true"
TRUTH_WORDS = frozenset({"true", "correct", "accurate", "right", "the"})  # "the case"
BEING_FORMS = frozenset({"is", "was"})
DISGUISE_LABEL = "disguise"  # "an email posing as its supplier": the likeness a trick wore
INCIDENT_SIGNALS = frozenset(
    {"incident", *(label for label in TYPE_CUES if label not in ROUTE_LABELS)}
)
FAILING_LABELS = frozenset({"disrupted", "suspended"})  # what a fault did to a service
# the labels that tell trouble: a service down, data taken, an incident
TROUBLE_LABELS = frozenset({"disrupted", "suspended", "incident", "compromised"})
FRONTING_POS = frozenset({"PUNCT", "ADV", "CCONJ", "SPACE"})  # "But among its victims were"
# what may follow a fronted membership before its verb: "by the outage", "this month"
FRONTED_MODIFIER_POS = frozenset({"ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "PART"})
FRONTED_MODIFIER_REACH = 8  # "by the gang in Lincolnshire in October"
FRONTED_VERBS = frozenset({"is", "are", "was", "were"})  # "Also hit were X and Y"
YEARS = (1900, 2100)  # a four-digit number read as a year
# cues that only give a date its role (dates.find), not words of what happened
DATE_ROLE_LABELS = frozenset(label for label in CUE_LABELS if label.startswith("date_"))


@dataclass(frozen=True)
class Cue:
    label: str
    start: int  # token index
    end: int
    text: str
    scope: CueScope = field(default=CueScope(), compare=False)  # what a modifier governs
    stop: int | None = field(default=None, compare=False)  # the first of its scope's stops

    def governs(self, start: int, end: int) -> bool:
        return self.scope.governs(self.start, self.end, start, end, self.stop)


STORY_YEAR = "ie_story_year"  # doc.user_data: the publication's year, where the caller knows it
TEXT_YEAR = "ie_text_year"  # doc.user_data: the latest year the text writes, or None


def story_year(doc: Doc) -> int | None:
    """The story's own year: its publication's where the caller set it, else the latest year
    the text writes (read once per doc, even where it writes none)."""
    published: int | None = doc.user_data.get(STORY_YEAR)
    if published is not None:
        return published
    if TEXT_YEAR not in doc.user_data:
        years = [
            int(t.text) for t in doc if t.shape_ == "dddd" and YEARS[0] <= int(t.text) <= YEARS[1]
        ]
        doc.user_data[TEXT_YEAR] = max(years, default=None)
    written: int | None = doc.user_data[TEXT_YEAR]
    return written


def of_an_earlier_period(date: Span, cues: Cues) -> bool:
    """A date that puts what it tells before the story's own period: a phrase of the past or
    a span of years ('last year', 'two years ago', 'in recent years'), a year before the
    story's own ('in 2021' in a story of 2025), or a limit right before it ('before
    this year', 'prior to 2024'); not 'this year', 'last month', 'in September' nor 'in
    October 2025' in a story of 2025."""
    doc = date.doc
    words = [t.lower_ for t in date]
    if any(_holds(words, phrase) for phrase in cues.earlier_period_phrases):
        return True
    year = story_year(doc)
    if year is not None and any(t.shape_ == "dddd" and int(t.text) < year for t in date):
        return True
    before = [t.lower_ for t in doc[max(date.start - 2, 0) : date.start]]
    return any(tuple(before[len(before) - len(limit) :]) == limit for limit in cues.period_limits)


def _holds(words: list[str], phrase: tuple[str, ...]) -> bool:
    """The words hold the phrase's words in a row."""
    return any(tuple(words[i : i + len(phrase)]) == phrase for i in range(len(words)))


def dated_to_an_earlier_period(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """A date of an earlier period opens between the two places ('Companies hit by the gang
    last year include', 'Among its victims in 2021 were')."""
    return any(
        ent.label_ == "DATE" and start <= ent.start < end and of_an_earlier_period(ent, cues)
        for ent in doc.ents
    )


def modifies_the_fronted_phrase(doc: Doc, start: int, verb: int, cues: Cues) -> bool:
    """The words between a fronted phrase and its verb of being modify the phrase: an agent
    or a time opened by a preposition, in them or closing the phrase ('by the outage', 'hit
    by' + 'the gang's affiliates in October'), or a date ('this month'), within reach; not a
    date of an earlier period ('last year': a campaign's past) nor a possessive that makes
    another head ('Among the victims' lawyers was X')."""
    words = doc[start:verb]
    if len(words) > FRONTED_MODIFIER_REACH:
        return False
    if any(t.pos_ not in FRONTED_MODIFIER_POS for t in words):
        return False
    if dated_to_an_earlier_period(doc, start, verb, cues):
        return False
    opened = (len(words) > 0 and words[0].pos_ == "ADP") or (
        start > 0 and doc[start - 1].pos_ == "ADP"
    )
    return not words or opened or all(t.ent_type_ == "DATE" for t in words)


def sentence_start_of(doc: Doc, index: int) -> int:
    """The first token of the sentence the token at `index` stands in."""
    while index > 0 and not doc[index].is_sent_start:
        index -= 1
    return index


LOWER_WORDS = "ie_lower_words"


def lower_words(doc: Doc) -> list[str]:
    """Every token's lower-case form, read once per doc: the phrase and frame lookups ask for
    them by the hundred thousand, and a token read through the Doc is built anew each time."""
    words: list[str] | None = doc.user_data.get(LOWER_WORDS)
    if words is None:
        words = [token.lower_ for token in doc]
        doc.user_data[LOWER_WORDS] = words
    return words


@cache
def phrase_shape(phrases: frozenset[str]) -> tuple[frozenset[str], int]:
    """The first words of a set of phrases and the most words one has."""
    words = [phrase.split() for phrase in phrases]
    return frozenset(w[0] for w in words), max(len(w) for w in words)


@cache
def _phrase_openings(phrases: frozenset[str]) -> frozenset[str]:
    """Every text a phrase's first token can have: each beginning of each phrase's first
    word ('ca' of "can't", 'follow' of 'follow-up')."""
    firsts = {phrase.split()[0] for phrase in phrases if phrase.strip()}
    return frozenset(first[:size] for first in firsts for size in range(1, len(first) + 1))


def phrase_width_at(doc: Doc, index: int, end: int, phrases: frozenset[str], widest: int) -> int:
    """The number of words of the longest phrase starting at index ('because of' is two),
    or 0."""
    # most words open no phrase: one set lookup instead of a slice per width
    if index >= end or lower_words(doc)[index] not in _phrase_openings(phrases):
        return 0
    for width in range(widest, 0, -1):
        if index + width <= end and doc[index : index + width].text.lower() in phrases:
            return width
    return 0


@cache
def blame_phrases(blame_links: frozenset[str], cause_connectors: frozenset[str]) -> frozenset[str]:
    """Every phrase that puts a trouble down to its cause: 'linked to', 'traced to', 'caused
    by', 'following', 'because of'."""
    return blame_links | cause_connectors


def only_punctuation_before(doc: Doc, start: int, index: int) -> bool:
    """Nothing but punctuation and spaces stands between `start` and `index`: the word at
    `index` opens its sentence, past an opening quote mark or bracket."""
    return all(token.is_punct or token.is_space for token in doc[start:index])


def names_the_rest(doc: Doc, start: int, end: int, rest_words: frozenset[str]) -> bool:
    """A remainder word between two places of a sentence: 'is working again for most
    customers, with the rest expected by Monday' (the expectation and its day are the rest's)."""
    return any(token.lower_ in rest_words for token in doc[start:end])


def _doubts_what_came_before(doc: Doc, start: int, end: int) -> bool:
    """'whether that is true', 'whether this was the case': a doubt of the truth of what was
    told before it, not of something else it leads to ('whether that will delay wages')."""
    words = [token.lower_ for token in doc[start : min(start + 3, end)]]
    return (
        len(words) == 3
        and words[0] in POINTERS_BACK
        and words[1] in BEING_FORMS
        and words[2] in TRUTH_WORDS
    )


def outermost(cues: list[Cue]) -> list[Cue]:
    """The cues not inside a longer one of them ("not affected" beats "affected")."""
    return [
        cue
        for cue in cues
        if not any(
            other.start <= cue.start
            and cue.end <= other.end
            and other.end - other.start > cue.end - cue.start
            for other in cues
        )
    ]


@dataclass
class Sentence:
    index: int
    span: Span
    paragraph: int
    evidence: Evidence
    is_title: bool
    in_boilerplate: bool
    cues: list[Cue] = field(default_factory=list)
    clause_starts: list[int] = field(default_factory=list)  # token indices that open a clause
    # the starts of clauses that depend on no other: coordinate clauses, not "after hackers
    # encrypted its servers"
    independent_starts: list[int] = field(default_factory=list)

    # a clause that goes on after a relative aside ("click and collect, which ..., would
    # restart next week") is the clause the aside interrupted
    resumes: dict[int, int] = field(default_factory=dict)
    # cues naming an attacker by a kind of attack: "the ransomware gang X"
    attacker_labels: list[Cue] = field(default_factory=list)
    # in a paragraph where someone outside the story speaks: their opinion
    outside_voice: bool = False
    # (relative word, first token after the closing comma) of each relative aside
    asides: list[tuple[int, int]] = field(default_factory=list)
    # in a liveblog, the minute of the day its entry was posted ("12.40 X says ..."); None
    # elsewhere
    entry_minute: int | None = None

    def clause_of(self, token_index: int) -> int:
        """The smallest clause holding the token: what a status, tense or date word governs."""
        clause = bisect_right(self.clause_starts, token_index)
        return self.resumes.get(clause, clause)

    def clause_before(self, clause: int) -> int:
        """The clause a clause follows on from: the one holding the token before its start
        (past a relative aside, the clause the aside interrupted)."""
        start = self.clause_bounds(clause)[0]
        return self.clause_of(start - 1) if start > self.span.start else clause

    def clause_bounds(self, clause: int) -> tuple[int, int]:
        """The token range [start, end) of a clause numbered as `clause_of` numbers them; of a
        clause a relative aside interrupts, the stretch before the aside."""
        starts = self.clause_starts
        start = starts[clause - 1] if clause else self.span.start
        end = starts[clause] if clause < len(starts) else self.span.end
        return start, end

    def clause_end_after(self, token_index: int) -> int:
        """Where the words from the token to the next clause end: the next clause's start, or
        the sentence's end; past a relative aside, a resumed clause's words run on from the
        token ('X, which hosts its platform, said the incident did not ...')."""
        index = bisect_right(self.clause_starts, token_index)
        return self.clause_starts[index] if index < len(self.clause_starts) else self.span.end

    def clause_with_dependents_of(self, token_index: int) -> int:
        """The clause holding the token together with the clauses that depend on it: 'X shut
        its stores after hackers hit it' tells of X and the attack in one statement."""
        return bisect_right(self.independent_starts, token_index)

    def cues_labelled(self, *labels: str) -> list[Cue]:
        return [cue for cue in self.cues if cue.label in labels]

    def echoes(self, cues: Cues) -> list[Cue]:
        """Its victim cues that tell a trouble by pointing back at another's ('followed
        suit', 'did the same', 'had the same problem': a victim phrase holding one of the
        'echo_words')."""
        return [
            cue for cue in self.cues_labelled(VICTIM_LABEL) if cue.text.lower() in cues.echo_phrases
        ]

    def calls_victims(self, cues: Cues) -> bool:
        """It calls those it names victims ('other victims include X', 'X and Y were among
        the gang's victims', 'Also hit by the gang in October were X and Y')."""
        doc = self.span.doc
        return any(
            token.lower_ in cues.victim_nouns
            for cue in self.cues_labelled("victim")
            for token in doc[cue.start : cue.end]
        ) or self.fronts_those_hit(cues)

    def fronts_those_hit(self, cues: Cues) -> bool:
        """'Also hit by the gang in October were X and Y', 'Among those hit by the group were
        X': a participle of harm opens the sentence, past fronting words or closing a
        membership ('among those hit'), its agent is a campaign's doer, and a verb of being
        after its modifiers names those it hit. Not 'Also hit were two of its clients' nor
        'Affected branches were ...', which tell no campaign."""
        doc = self.span.doc
        opening = next((t for t in self.span if t.pos_ not in FRONTING_POS), None)
        if opening is None:
            return False
        membership = next(
            (
                cue
                for cue in self.cues_labelled("victim")
                if cue.start == opening.i and doc[cue.end - 1].lower_ in cues.hit_participles
            ),
            None,
        )
        if membership is None and opening.lower_ not in cues.hit_participles:
            return False
        after = membership.end if membership is not None else opening.i + 1
        reach = doc[after : min(self.span.end, after + FRONTED_MODIFIER_REACH + 1)]
        verb = next((t.i for t in reach if t.lower_ in FRONTED_VERBS), None)
        if verb is None or not modifies_the_fronted_phrase(doc, after, verb, cues):
            return False
        # the agent: a campaign's doer after the participle's "by" ("hit by the gang")
        words = [t.lower_ for t in doc[after - 1 : verb]]
        agent = next((i for i, word in enumerate(words) if word in cues.agent_links), None)
        return agent is not None and any(word in cues.campaign_words for word in words[agent:])

    def asks(self) -> bool:
        """A question ('Which services are back?', 'When will the app be fixed?') tells no
        state as fact; the answer after it does."""
        last = [t for t in self.span if not (t.is_space or t.is_quote)]
        return bool(last) and last[-1].text == "?"

    def first_word(self) -> Token | None:
        """The sentence's first word, past an opening quote or a space."""
        return next((t for t in self.span if not (t.is_space or t.is_punct)), None)

    def asks_whether(self) -> bool:
        """A yes/no question ('Were hackers to blame?', 'Was the outage caused by an
        attack?') tells no kind of trouble; a question on a given one ('Why did ransomware
        shut its stores?') takes it as told."""
        first = self.first_word()
        return self.asks() and first is not None and first.pos_ == "AUX"

    def has_cue(self, *labels: str) -> bool:
        return any(cue.label in labels for cue in self.cues)

    def guesses(self) -> bool:
        """A hedge or a doubt that is no part of a disguise: 'bore the hallmarks of
        ransomware', 'it is unclear whether'; not the likeness a trick wore ('an email that
        appeared to come from its builder')."""
        return bool(self._guess_cues())

    def guessed(self, cue: Cue) -> bool:
        """Whether a hedge or a doubt holds the cue or governs it by its scope: a doubt
        reaches forward ('unclear whether ransomware was used'), so a kind told before it is
        told as fact ('a ransomware attack shut its systems, and it has not determined
        whether data was taken'), unless it points back at it ('whether that is true')."""
        doc = self.span.doc
        return any(
            (guess.start <= cue.start and cue.end <= guess.end)
            or guess.governs(cue.start, cue.end)
            # "... but it has not said whether that is true": the doubt points back
            or _doubts_what_came_before(doc, guess.end, self.span.end)
            for guess in self._guess_cues()
        )

    def _guess_cues(self) -> list[Cue]:
        disguises = self.cues_labelled(DISGUISE_LABEL)
        return [
            cue
            for cue in self.cues
            if cue.label in GUESS_LABELS
            and not any(d.start <= cue.start and cue.end <= d.end for d in disguises)
        ]

    def in_attacker_label(self, start: int, end: int) -> bool:
        """Whether the words at [start, end) stand inside a label that names the attackers
        ("the ransomware gang X", "the hacking crew X")."""
        return any(label.start <= start and end <= label.end for label in self.attacker_labels)

    def event_cues(self) -> list[Cue]:
        """The cues that tell what happened: a cue that only gives a date its role hides no
        word of the incident inside it ("found hackers" dates the start; "hackers" is still
        the attack)."""
        return [cue for cue in self.cues if cue.label not in DATE_ROLE_LABELS]

    def reports_incident(self, cues: Cues | None) -> bool:
        """An incident word that can only mean an IT or cyber incident ('ransomware', 'cyber
        attack', 'outage'; not a bare 'attack' or 'breach'; with no `cues`, any incident
        word). A longer cue in another sense ('a missile attack', 'a breach of contract')
        hides the word inside it; a state does not ('shut its website to contain a ransomware
        attack' tells the attack). A bare word counts beside data taken ('card data was
        stolen in a breach'), a bare fault, told as one, beside a service named failing
        ('passengers could not buy tickets online after a fault'). A denial of an attack
        tells of an IT failure, unless it denies a fault too in a sentence that says the
        downtime was planned ('the downtime was planned and not the result of a fault or a
        security issue')."""
        ambiguous = cues.ambiguous_incident_words if cues else frozenset()
        events = self.event_cues()
        found = outermost(events)
        # a state hides no incident word inside it: "shut its website to contain a
        # ransomware attack" still tells the attack; nor does a victim's report of it:
        # "blamed a cyber attack for the gaps"
        telling = outermost(
            [
                cue
                for cue in events
                if cue.label not in STATUS_BY_CUE
                and not (cue.label == REPORT_LABEL and not self._report_negated(cue))
            ]
        )
        signals = [
            cue for cue in telling if cue.label in INCIDENT_SIGNALS and not self._planned(cue, cues)
        ]
        if any(cue.text.lower() not in ambiguous for cue in signals):
            return True
        if signals and any(cue.label == COMPROMISED_LABEL for cue in found):
            return True
        return cues is not None and (
            self._a_fault_failing_a_service(cues, found)
            or self._a_digital_service_failing(cues, found)
        )

    def _report_negated(self, report: Cue) -> bool:
        """'did not blame a cyber attack for': a report denied, whose words tell no incident."""
        before = self.span.doc[
            max(self.span.start, report.start - REPORT_NEGATION_REACH) : report.start
        ]
        return any(token.lower_ in NEGATING_WORDS for token in before)

    def _a_fault_failing_a_service(self, cues: Cues, found: list[Cue]) -> bool:
        """'Passengers could not use its app after a fault', 'A fault at X stopped shoppers
        from paying on its website': a bare fault told as one, beside a service named failing
        or stopped. Not 'the fault affected a few clients', which points back at
        a trouble told before in words of its own, nor a fault of blame ('not its fault', 'at
        fault')."""
        return (
            bool(self.bare_faults_told_as_one(cues))
            and any(cue.label in FAILING_LABELS for cue in found)
            and self._names_a_service()
        )

    def bare_faults_told_as_one(self, cues: Cues) -> list[Token]:
        """The bare faults told as one ('a fault', 'a malfunction'; `bare_faults` after an
        indefinite article), not a fault of blame ('not its fault', 'at fault')."""
        doc = self.span.doc
        return [
            token
            for token in self.span[1:]
            if token.lower_ in cues.bare_faults and doc[token.i - 1].lower_ in INDEFINITE_ARTICLES
        ]

    def _a_digital_service_failing(self, cues: Cues, found: list[Cue]) -> bool:
        """'X said its website had crashed', 'the app has been unavailable since Sunday', 'card
        payments went down at every station': a digital service told failing outright in its
        own clause is an IT failure, though no incident word names it. Not a failure to come or
        only possible ('will be unavailable on Sunday'), denied ('had not crashed'), planned
        ('down for planned maintenance') or asked about, nor one a headline tells with no tense
        ('app offline on Sunday'), nor what is no digital service ('shares were down',
        'deliveries stopped during the strike')."""
        failures = [
            cue
            for cue in found
            if cue.label == DISRUPTED_LABEL
            and holds_any(cue, cues.failure_words)
            and not self._a_particle_after_its_object(cue)
        ]
        if (
            not failures
            or self.is_title  # a headline has no tense: "app offline on Sunday" may be to come
            or self.asks()
            or any(token.lower_ in cues.planned_words for token in self.span)
        ):
            return False
        services = {
            self.clause_of(service.start)
            for service in self.span.doc.spans.get(SERVICE_SPANS, [])
            if self.span.start <= service.start < self.span.end
            and service.label_ in cues.digital_services
        }
        return any(
            self.clause_of(cue.start) in services and not self._held_off(cue) for cue in failures
        )

    def _a_particle_after_its_object(self, cue: Cue) -> bool:
        """A lone 'down' or 'offline' right after a noun is a verb's particle, the thing before
        it its object ('closed its online shop down'), no state of the thing; a lone verb is
        the noun's own ('card payments failed on Monday')."""
        doc = self.span.doc
        return (
            cue.end - cue.start == 1
            and cue.start > 0
            and doc[cue.start - 1].pos_ in NOUN_POS
            and doc[cue.start].pos_ not in VERB_POS
        )

    def _held_off(self, cue: Cue) -> bool:
        """A modal or a negation before the cue in its clause: a failure to come or only
        possible ('will be unavailable on Sunday'), or denied ('had not crashed')."""
        clause = self.clause_of(cue.start)
        return any(
            token.tag_ == MODAL_TAG or token.lower_ in VERB_NEGATIONS
            for token in self.span.doc[self.span.start : cue.start]
            if self.clause_of(token.i) == clause
        )

    def _names_a_service(self) -> bool:
        return any(
            self.span.start <= service.start < self.span.end
            for service in self.span.doc.spans.get(SERVICE_SPANS, [])
        )

    def _planned(self, cue: Cue, cues: Cues | None) -> bool:
        """A denial of both a fault and an attack, beside a word saying the downtime was
        planned."""
        if cues is None or cue.label != ATTACK_DENIAL:
            return False
        words = {token.lower_ for token in self.span}
        denied = {token.lower_ for token in self.span.doc[cue.start : cue.end]}
        return bool(denied & cues.fault_words) and bool(words & cues.planned_words)


def holds_any(cue: Cue, phrases: frozenset[str]) -> bool:
    """The cue's words hold one of the phrases whole: a pattern's cue may take in its subject
    ('app stopped loading')."""
    words = f" {' '.join(cue.text.lower().split())} "
    return any(f" {phrase} " in words for phrase in phrases)


# A wire story's dateline opening a paragraph: the place in capitals (perhaps its region),
# the agency in brackets and the day, in either order, then the dash that opens the story:
# "OSLO, June 10 (Reuters) - ", "DAYTON, Ohio — ", "BRUSSELS (AP), Oct 2 -".
WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’]*(?: [A-Z][A-Z.'’]*){0,2})"
    r"(?:, [A-Z][a-z.]+(?: [A-Z][a-z.]+)?)?"
    r"(?:\s*\((?P<agency>[^()\n]{1,40})\))?"
    r"(?:\s*,\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8}))?"
    r"(?:\s*\((?P<agency_after>[^()\n]{1,40})\))?"
    r"\s*(?:-|—|–|--) +(?=[^\n]{0,20}[a-z])",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Dateline:
    """Character ranges of a wire dateline's parts: none of them is news of the story."""

    place: tuple[int, int]
    agency: tuple[int, int] | None
    date: tuple[int, int] | None
    story_start: int = 0  # the first character after the dash that opens the story


def find_datelines(text: str) -> list[Dateline]:
    """Every wire dateline that opens a line of the text."""
    found = []
    for match in WIRE_DATELINE.finditer(text):
        agency = match.span("agency") if match.group("agency") else None
        if agency is None and match.group("agency_after"):
            agency = match.span("agency_after")
        date = match.span("date") if match.group("date") else None
        found.append(Dateline(match.span("place"), agency, date, match.end()))
    return found


@dataclass
class Layout:
    text: str
    sentences: list[Sentence]
    title: Evidence | None
    furniture: list[tuple[int, int]]  # character ranges of page furniture
    sentence_starts: list[int] = field(default_factory=list)  # token index of each sentence
    datelines: list[Dateline] = field(default_factory=list)

    def in_dateline(self, start: int, end: int) -> str | None:
        """Which part of a wire dateline the characters [start, end) are ('place', 'agency',
        'date'), or None."""
        for dateline in self.datelines:
            for part in ("place", "agency", "date"):
                bounds = getattr(dateline, part)
                if bounds is not None and bounds[0] <= start and end <= bounds[1]:
                    return part
        return None

    def story_start_after(self, start: int, end: int) -> int | None:
        """Where the story starts after a wire dateline that the characters [start, end) open
        inside and run past ('JOHANNESBURG - Home', a name the model ran over the dash), or
        None."""
        for dateline in self.datelines:
            if dateline.place[0] <= start < dateline.story_start < end:
                return dateline.story_start
        return None

    def lede(self) -> Sentence | None:
        """The story's first sentence: the first one of the body told as a sentence, past the
        lines a page puts over it that end in no stop ("By Jane Doe, Retail Reporter", "Monday
        23 June", "City Desk"); the body's first sentence when none ends in one."""
        body = [s for s in self.sentences if not s.is_title and not s.in_boilerplate]
        told = (s for s in body if s.span.text.strip().endswith(SENTENCE_ENDS))
        return next(told, body[0] if body else None)

    def sentence_of(self, token_index: int) -> Sentence:
        """The sentence a token is in (called for every span, so a bisection, not a scan)."""
        position = bisect_right(self.sentence_starts, token_index) - 1
        return self.sentences[max(position, 0)]


def evidence_for(text: str, start: int, end: int) -> Evidence:
    """Evidence for text[start:end] with surrounding white space trimmed, offsets kept exact."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(start=start, end=end, text=text[start:end])


def _page_furniture(text: str, cues: Cues) -> list[tuple[int, int]]:
    """Character ranges of page furniture, looked for in the later part: from a line that
    opens the page's tail ("Related stories", "Most read") to the end, and a prompt line
    inside the story ("Advertisement", "Read more: ...", "Sign up") with the short lines
    after it. A web page interleaves prompts with the story, whose later paragraphs (the
    background, earlier victims) are still the story's."""
    ranges: list[tuple[int, int]] = []
    opened: int | None = None
    offset = 0
    third = len(text) // 3
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        lowered = stripped.lower()
        start = offset + (len(line) - len(line.lstrip()))
        marker = offset >= third and stripped and len(stripped) <= 80
        if marker and lowered.startswith(cues.boilerplate_markers):
            ranges.append((opened if opened is not None else start, len(text)))
            return ranges
        if marker and lowered.startswith(cues.furniture_markers):
            opened = start if opened is None else opened
        elif opened is not None and _prose(stripped):
            ranges.append((opened, offset))
            opened = None
        offset += len(line)
    if opened is not None:
        ranges.append((opened, len(text)))
    return ranges


def _prose(line: str) -> bool:
    """A paragraph of the story: enough words and a sentence's end."""
    return len(line.split()) >= PROSE_WORDS and line.endswith(SENTENCE_ENDS)


def _title_line(text: str) -> tuple[int, int] | None:
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    if len(lines) < 2:
        return None
    first = lines[0]
    candidate = first.group().strip()
    if len(candidate) > TITLE_MAX_CHARS or candidate.endswith((".", '?"', ".”", '."')):
        return None
    return first.start(), first.end()


COMPARISONS = frozenset({"as", "than"})
PROSE_WORDS = 5  # a story paragraph after a prompt line: "The online shop was back on Wednesday."
SENTENCE_ENDS = (".", "?", "!", '"', "”", "’", "'")


def _collect_cues(doc: Doc, scopes: dict[str, CueScope]) -> list[Cue]:
    spans = sorted(doc.spans[CUE_SPANS], key=lambda s: (s.start, -(s.end - s.start), s.label_))
    cues = []
    for span in spans:
        if _comparison(doc, span):
            continue
        scope = scopes.get(span.label_, CueScope())
        stop = scope.first_stop(doc[span.end : span.sent.end]) if scope.stops else None
        cues.append(Cue(span.label_, span.start, span.end, span.text, scope, stop))
    return cues


DEPRIVING_WORD = "without"
DEPRIVED_REACH = 4  # "without access to their", "without the utility's": words to the service
DEPRIVED_MODIFIER_POS = frozenset({"DET", "PRON", "ADJ", "NUM"})
DEPRIVATION_BREAKING_TAGS = frozenset({"VBG", "VBN"})  # "without card payments being affected"


def _an_owners_word(doc: Doc, index: int) -> bool:
    """'the utility's': a possessive, or the noun it ends."""
    token = doc[index]
    following = doc[index + 1] if index + 1 < len(doc) else None
    return token.tag_ == POSSESSIVE_TAG or (
        token.pos_ in NOMINAL_POS and following is not None and following.tag_ == POSSESSIVE_TAG
    )


def _read_deprivations(
    sentence: Sentence, service_starts: dict[int, int], data_starts: set[int], cues: Cues
) -> None:
    """'left shoppers at its 34 stores without contactless payments', 'have been without email
    since Thursday': a service named right after 'without', where the nearest verb before it
    is one of deprivation, was lost. That 'without' is a disrupted cue, no negation of the
    trouble told beside it; 'were without signs of ransomware' names no service, 'was stopped
    without any customer data being taken' has another verb, and the attackers' loss ('the
    gang had been without its servers') is no victim's. Nor is a service that only describes
    what was missing ('went without any card payment problems') or what did not happen to it
    ('remained open without card payments being affected'). A loss told ended ('stayed
    without mobile banking until Thursday') tells no state now, and personal data gone
    without was not taken ('left without access to customer records'): their 'without' is
    dropped."""
    doc = sentence.span.doc
    ended: list[int] = []
    for position, cue in enumerate(sentence.cues):
        if cue.label != NEGATION_LABEL or cue.text.lower() != DEPRIVING_WORD:
            continue
        after = cue.end
        while (
            after < sentence.span.end
            and after - cue.end < DEPRIVED_REACH
            and after not in service_starts
            and (
                doc[after].lower_ in cues.deprived_use_words
                or doc[after].pos_ in DEPRIVED_MODIFIER_POS
                or _an_owners_word(doc, after)
            )
        ):
            after += 1
        if after not in service_starts:
            continue
        named = doc[service_starts[after]] if service_starts[after] < sentence.span.end else None
        if named is not None and (
            (named.pos_ in NOMINAL_POS and named.i not in service_starts)
            or named.tag_ in DEPRIVATION_BREAKING_TAGS
        ):
            # "without any card payment problems", "without card payments being affected":
            # the service only describes what was missing, or what did not happen to it (a
            # service's name after it goes on: "customer service phone lines")
            continue
        if any(t.lower_ in cues.deprivation_enders for t in doc[after : sentence.span.end]):
            # "stayed without mobile banking until Thursday": a loss that has ended tells no
            # state now, and denies nothing of the trouble beside it
            ended.append(position)
            continue
        verb = next(
            (t for t in reversed(doc[sentence.span.start : cue.start]) if t.pos_ in VERB_POS), None
        )
        if verb is None or not {verb.lower_, verb.lemma_.lower()} & cues.deprivation_verbs:
            continue
        subject = doc[max(sentence.span.start, verb.i - CLAUSE_SUBJECT_REACH) : verb.i]
        if any(token.lower_ in cues.attacker_subjects for token in subject):
            continue  # "the gang had been without its main infrastructure": no victim's loss
        if after in data_starts:
            # "call handlers were left without access to customer records": data no one
            # took, gone from those who use it; the 'without' denies nothing beside it
            ended.append(position)
            continue
        scope = cues.scopes.get(DISRUPTED_LABEL, CueScope())
        stop = scope.first_stop(doc[cue.end : sentence.span.end]) if scope.stops else None
        sentence.cues[position] = Cue(DISRUPTED_LABEL, cue.start, cue.end, cue.text, scope, stop)
    sentence.cues = [cue for position, cue in enumerate(sentence.cues) if position not in ended]


RESTORED_LABEL = "restored"
VICTIM_LABEL = "victim"  # "was hit", "fell victim": the organisation's, not its service's
ELABORATING_TAG = "VBG"  # "followed suit, hiring a firm", "by offering discounts": its own act


def _read_echoes(sentences: list[Sentence], cues: Cues) -> None:
    """An echo tells a trouble only where one was just told: a service down or data taken
    in its own sentence before it or in the sentence before ('X suspended online orders on
    Monday. Y followed suit on Wednesday'); an echo of a price rise, a pledge or a warning
    tells none. Nor does one that goes on to an act of its own ('Rival X followed suit on
    Friday, hiring a security firm', 'followed suit with a discount of its own', 'by offering
    refunds'), to a cause or likeness of its own ('did the same after its own outage in
    February', 'is in the same position as many other councils'), to an earlier year ('had
    similar problems in 2019') or to a denial ('followed suit, although its own systems were
    not affected'). Such echoes' cues are dropped."""
    for sentence in sentences:
        doc = sentence.span.doc
        before = sentences[sentence.index - 1] if sentence.index else None
        dropped = [
            cue
            for cue in sentence.echoes(cues)
            if not _echoes_a_trouble(sentence, before, cue)
            or _echo_goes_on(doc, cue, sentence.span.end, cues)
            or dated_to_an_earlier_period(doc, cue.end, sentence.span.end, cues)
            or any(c.label == NEGATION_LABEL and c.start >= cue.end for c in sentence.cues)
        ]
        sentence.cues = [cue for cue in sentence.cues if cue not in dropped]


ECHOED_TROUBLES = FAILING_LABELS | {COMPROMISED_LABEL}
ECHOED_STATES = ECHOED_TROUBLES | {RESTORED_LABEL, "unaffected", "partial"}
TIME_PHRASE_LABEL = "time_phrase"  # "throughout the outage": when, not a trouble told


def _echoes_a_trouble(sentence: Sentence, before: Sentence | None, cue: Cue) -> bool:
    """What an echo points back at is a trouble: in a clause joined before it ('X's tills
    failed on Monday, and Y had the same problem'), the nearest state told there (not 'X's
    stores traded normally throughout the outage, and Y did the same'; not 'shares in X
    fell, and shares in Y did the same'); else a trouble before it in its sentence or in the
    sentence before, outside a relative aside ('X suspended online orders. Y followed suit';
    not 'X, whose website was down last month, raised its prices. Y followed suit')."""
    doc = sentence.span.doc
    joined = sentence.clause_with_dependents_of(cue.start) > 0 or any(
        token.pos_ == "CCONJ" and doc[token.i - 1].text == ","
        for token in doc[sentence.span.start + 1 : cue.start]
    )  # ", and shares in Y did the same"
    whens = [c for c in sentence.cues if c.label == TIME_PHRASE_LABEL]
    states = [
        c
        for c in sentence.cues
        if c.label in ECHOED_STATES
        and c.end <= cue.start
        and not any(w.start <= c.start < w.end for w in whens)
    ]
    if joined:
        return bool(states) and states[-1].label in ECHOED_TROUBLES
    return any(c.label in ECHOED_TROUBLES for c in states) or (
        before is not None
        and any(
            c.label in ECHOED_TROUBLES and not _in_an_aside(before, c.start) for c in before.cues
        )
    )


def _in_an_aside(sentence: Sentence, index: int) -> bool:
    """Inside a relative clause set off by commas ('X, whose website was down last month,
    raised its prices'): what an echo after the sentence points back at is the main clause's.
    Sentence.asides holds only asides of 'which' and 'who' whose clause goes on with a finite
    verb; an echo asks of 'whose' too, and of any comma that closes it."""
    doc = sentence.span.doc
    for token in reversed(doc[sentence.span.start + 1 : index]):
        if token.text == ",":
            return False
        if token.lower_ in APPOSITIVE_RELATIVES and doc[token.i - 1].text == ",":
            return any(t.text == "," for t in doc[index : sentence.span.end])
    return False


def _echo_goes_on(doc: Doc, cue: Cue, end: int, cues: Cues) -> bool:
    """The clause after an echo tells an act, a cause or a likeness of its own: a comma and
    a gerund, one of the 'echo_elaborations' and a gerund or an indefinite article, or one
    of the 'echo_own_causes'."""
    after = [t for t in doc[cue.end : end] if not t.is_space]
    for token, following in itertools.pairwise(after):
        if token.is_punct and token.lower_ != ",":
            return False
        if token.lower_ in cues.echo_own_causes:
            return True
        if (token.lower_ == "," and following.tag_ == ELABORATING_TAG) or (
            token.lower_ in cues.echo_elaborations
            and (following.tag_ == ELABORATING_TAG or following.lower_ in INDEFINITE_ARTICLES)
        ):
            return True
        if token.lower_ == ",":
            return False
    return False


UNTOLD_STATE_LABELS = UNTOLD_EVENT_LABELS | {NEGATION_LABEL, "belief_denial"}
EXPECTED_LABEL = "expected"
PAST_TAG = "VBD"
REACHED_STATE_SUBJECT_REACH = 6  # "card payments at its larger stores were": service to verb
REACHED_TIME_REACH = 10  # "accepted at all of the airport's car parks by": state to its time
# "live in Wales", "taking orders again by Friday": what may follow a state reached
REACHED_STATE_FOLLOWERS = frozenset({"at", "in", "across", "for", "by", "as", "again"})
REACHED_STATE_FOLLOWER_POS = frozenset({"PUNCT", "SPACE", "CCONJ"})
SERVICE_DETERMINER_POS = frozenset({"PUNCT", "DET", "PRON", "PART"})  # ", its", "the airport 's"
SUBJECT_OPENING_POS = SERVICE_DETERMINER_POS | {"ADJ"}  # "its larger", "the airport's new"


def _read_reached_states(sentence: Sentence, service_starts: dict[int, int], cues: Cues) -> None:
    """'By Friday card payments were working at most of its stores', 'As of Thursday, the
    website was live', 'Its phone lines were up by Monday morning', 'By the weekend the shop
    was taking orders': a service in a state of working (_working_state, after a form of 'be'
    in the past or present, with no negation or 'still' before it) reached by a time ('by' or
    'as of' a date or time that opens the clause or follows the state) came back by then: a
    restored cue. Not 'working to restore' or 'working on a fix' (an effort: the state must
    end its clause or go on to a place or its time), not 'should be live by Friday' (to
    come), not 'was working normally until Monday' (no time reached), not 'will be paid by
    Friday if the system is working' (the time is another clause's), not a state the
    sentence denies or doubts (_state_untold), nor 'up by a fifth' (an amount)."""
    doc = sentence.span.doc
    start, end = sentence.span.start, sentence.span.end
    # a return already read ('taking orders again') may still lose a promise to its time
    told = {i: cue.label for cue in sentence.cues for i in range(cue.start, cue.end)}
    for token in sentence.span:
        state = _working_state(doc, token, end, cues)
        if state is None or told.get(token.i, RESTORED_LABEL) != RESTORED_LABEL:
            continue
        verb, state_end = state
        if (
            verb > start
            and doc[verb].pos_ == "ADV"
            and doc[verb].lower_ not in cues.unreached_adverbs
        ):
            verb -= 1
        if verb <= start or doc[verb].lower_ not in cues.reached_state_verbs:
            continue
        following = doc[state_end] if state_end < end else None
        if following is not None and not (
            following.pos_ in REACHED_STATE_FOLLOWER_POS
            or following.lower_ in REACHED_STATE_FOLLOWERS
        ):
            continue
        if (
            following is not None
            and following.lower_ in cues.reaching_time_links
            and _time_reached_at(doc, state_end, end, cues) is None
        ):
            continue  # "up by a fifth", "taking orders by phone": no time reached
        subject = _service_subject(doc, start, verb, service_starts, cues)
        if subject is None or _state_untold(sentence, subject, state_end, cues):
            continue
        frame = _reached_time_before(doc, start, subject, cues) or _reached_time_after(
            doc, state_end, end, cues
        )
        if frame is None:
            continue
        if doc[verb].tag_ == PAST_TAG:
            # "By the end of the week the shop was taking orders": a time reached in the
            # past is no promise of one to come
            sentence.cues = [
                cue
                for cue in sentence.cues
                if not (cue.label == EXPECTED_LABEL and frame[0] <= cue.start < frame[1])
            ]
        if token.i in told:
            continue
        scope = cues.scopes.get(RESTORED_LABEL, CueScope())
        stop = scope.first_stop(doc[state_end:end]) if scope.stops else None
        sentence.cues.append(
            Cue(RESTORED_LABEL, verb, state_end, doc[verb:state_end].text, scope, stop)
        )
    sentence.cues.sort(key=lambda cue: (cue.start, -(cue.end - cue.start), cue.label))


BEING_PROGRESSIVE = "being"  # "were being accepted": a service given, in the passive


def _working_state(doc: Doc, token: Token, end: int, cues: Cues) -> tuple[int, int] | None:
    """Where the verb of being before a state of working stands, and where the state ends: a
    word of the 'reached_states' ('was live'), a service given in the passive progressive
    ('were being accepted', one of the 'availability_verbs'), or given in the active one to
    what it gives ('was taking orders', one of the 'carried_on_objects')."""
    if token.lower_ in cues.reached_states:
        return token.i - 1, token.i + 1
    if token.lemma_.lower() not in cues.availability_verbs:
        return None
    if token.tag_ == "VBN" and doc[token.i - 1].lower_ == BEING_PROGRESSIVE:
        return token.i - 2, token.i + 1
    given = token.i + 1
    if token.tag_ == "VBG" and given < end and doc[given].lower_ in cues.carried_on_objects:
        return token.i - 1, given + 1
    return None


def _service_subject(
    doc: Doc, start: int, verb: int, service_starts: dict[int, int], cues: Cues
) -> int | None:
    """Where the service that is the subject of `verb` starts: a service named within a few
    words before it, with only nominal words between ('card payments at its larger stores
    were'); the head of its noun phrase ('pharmacy staff', 'online banking customers' and
    'its customer service team' are people), not the object of a preposition ('Wait times
    on its helpline')."""
    subjects = [
        begin
        for begin in range(max(start, verb - REACHED_STATE_SUBJECT_REACH), verb)
        if begin in service_starts
        and all(
            t.pos_ not in VERB_POS and t.tag_ not in FINITE_TAGS
            for t in doc[service_starts[begin] : verb]
        )
    ]
    if not subjects:
        return None
    begin = subjects[0]  # the widest name: "card payments", not "payments"
    after = service_starts[begin]
    if after < verb and doc[after].lower_ in cues.system_head_words:
        after += 1  # "its email system"
    if after < verb and doc[after].pos_ in NOMINAL_POS:
        return None
    opening = begin
    while opening > start and (
        doc[opening - 1].pos_ in SUBJECT_OPENING_POS or _an_owners_word(doc, opening - 1)
    ):
        opening -= 1
    if opening > start and doc[opening - 1].pos_ == "ADP":
        return None
    return begin


def _state_untold(sentence: Sentence, subject: int, state_end: int, cues: Cues) -> bool:
    """A state the sentence does not tell as fact: a negation, a doubt or a habit before it
    ('at Y, which was not hit, the tills were working'), a verb of denial before its subject
    ('denied reports that card payments were working by Monday'), or a later clause that ends
    it ('were being accepted as of 9am, before the tills froze again')."""
    doc = sentence.span.doc
    if any(cue.label in UNTOLD_STATE_LABELS and cue.start < state_end for cue in sentence.cues):
        return True
    if any(t.lemma_.lower() in cues.denying_lemmas for t in doc[sentence.span.start : subject]):
        return True
    rest = doc[state_end : sentence.span.end]
    return any(
        t.lower_ in cues.state_ending_links and any(v.pos_ in VERB_POS for v in rest[i:])
        for i, t in enumerate(rest)
    )


def _time_reached_at(doc: Doc, index: int, end: int, cues: Cues) -> int | None:
    """The end of a time reached opening at `index` ('by Friday', 'as of Thursday', 'by the
    weekend', 'by lunchtime'): one of the 'reaching_time_links', then a date or time entity or
    one of the 'day_times'."""
    for link in cues.reaching_time_links:
        words = link.split()
        after = index + len(words)
        if after < end and [t.lower_ for t in doc[index:after]] == words:
            reached = after
            while reached < end and (
                _says_when(doc[reached], cues)
                or (
                    doc[reached].lower_ in TIME_JOINERS
                    and reached + 1 < end
                    and _says_when(doc[reached + 1], cues)
                    and reached > after
                )
            ):
                reached += 1
            if reached > after:
                return reached
    return None


TIME_JOINERS = frozenset({"on", "of"})  # "lunchtime on Tuesday", "the end of the week"


def _says_when(token: Token, cues: Cues) -> bool:
    return token.ent_type_ in WHEN_ENTITIES or token.lower_ in cues.day_times


def _reached_time_before(doc: Doc, start: int, subject: int, cues: Cues) -> tuple[int, int] | None:
    """A time reached that opens the sentence before the service ('By Friday, card payments
    ...', 'And as of Thursday the website ...'), with only a comma, the service's determiners
    and an owner's name between."""
    index = start
    while index < subject and doc[index].pos_ in FRONTING_POS:
        index += 1
    reached = _time_reached_at(doc, index, subject, cues)
    if reached is None:
        return None
    between = doc[reached:subject]
    owner = next((t.i for t in reversed(between) if t.tag_ == POSSESSIVE_TAG), reached - 1)
    # "By 14 March the airport's website": an owner's name before the service is its own
    if all(
        t.pos_ in SERVICE_DETERMINER_POS or (t.i <= owner and t.pos_ in NOMINAL_POS)
        for t in between
    ):
        return index, reached
    return None


def _reached_time_after(doc: Doc, index: int, end: int, cues: Cues) -> tuple[int, int] | None:
    """A time reached a few words after the state ('working at most of its stores by
    Friday'), with no verb between."""
    for at in range(index, min(end, index + REACHED_TIME_REACH)):
        if doc[at].pos_ in VERB_POS or doc[at].tag_ in FINITE_TAGS:
            return None
        reached = _time_reached_at(doc, at, end, cues)
        if reached is not None:
            return at, reached
    return None


CLOCK_TIME = re.compile(r"(\d{1,2})[:.](\d{2})(am|pm)?")
LIVEBLOG_ENTRIES = 2  # entries opened by a clock time make a liveblog
CLOCK_TIME_TOKENS = 8  # more than the tokens of the longest clock time ('12', ':', '40', 'pm')


def liveblog_entry_minute(sentence: Sentence) -> int | None:
    """The minute of the day a sentence opened by a clock time gives ('12.40 X says',
    '9:05pm The council ...'), or None."""
    span = sentence.span
    first = next((token.i for token in span if not token.is_space), span.end)
    # a clock time is a few tokens long: no need to join a long sentence's text
    opening = span.doc[first : min(first + CLOCK_TIME_TOKENS, span.end)].text
    match = CLOCK_TIME.match(opening.lower())
    if match is None:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    if match.group(3) == "pm" and hours < 12:
        hours += 12
    if hours > 23 or minutes > 59:
        return None  # a figure, not a time: "12.75% of stores ..."
    return hours * 60 + minutes


def _time_liveblog_entries(sentences: list[Sentence]) -> None:
    """A liveblog's entries are told newest first or oldest first, so each sentence takes
    the time of the entry it belongs to: the one of the last sentence opened by a clock
    time before it."""
    opened = [liveblog_entry_minute(sentence) for sentence in sentences]
    if sum(minute is not None for minute in opened) < LIVEBLOG_ENTRIES:
        return
    current = None
    for sentence, minute in zip(sentences, opened, strict=True):
        current = minute if minute is not None else current
        sentence.entry_minute = current


def _comparison(doc: Doc, span: Span) -> bool:
    """'did not complete as expected', 'took longer than planned': a comparison with a plan,
    not an expectation."""
    return (
        span.label_ == EXPECTED_LABEL
        and span.start > 0
        and doc[span.start - 1].lower_ in COMPARISONS
    )


def analyse(doc: Doc, cues: Cues, text: str | None = None) -> Layout:
    """The sentences of `doc` with their cues, its title, furniture and datelines; `text` is
    the doc's text where the caller has it (spaCy joins every token anew for `doc.text`)."""
    text = doc.text if text is None else text
    furniture = _page_furniture(text, cues)
    title_range = _title_line(text)
    by_sentence: dict[int, list[Cue]] = defaultdict(list)
    sentences: list[Sentence] = []
    paragraph = 0
    for index, sent in enumerate(doc.sents):
        if index and any("\n" in token.text for token in doc[max(sent.start - 1, 0) : sent.start]):
            paragraph += 1
        evidence = evidence_for(text, sent.start_char, sent.end_char)
        if not evidence.text:
            continue
        is_title = title_range is not None and evidence.end <= title_range[1]
        in_boilerplate = any(start <= evidence.start < end for start, end in furniture)
        sentences.append(
            Sentence(len(sentences), sent, paragraph, evidence, is_title, in_boilerplate)
        )
    if not sentences:
        return Layout(text, [], None, furniture, datelines=find_datelines(text))
    _time_liveblog_entries(sentences)
    starts = [s.span.start for s in sentences]
    in_terms = {i for span in doc.spans[SERVICE_SPANS] for i in range(span.start, span.end)}
    # personal data is taken, never gone without ("call handlers left without account
    # details" lost a system, whose data no one stole): a deprivation drops its 'without'
    service_starts = {span.start: span.end for span in doc.spans[SERVICE_SPANS]}
    data_starts = {
        span.start for span in doc.spans[SERVICE_SPANS] if span.label_ in PERSONAL_DATA_SPANS
    }
    for cue in _collect_cues(doc, cues.scopes):
        position = bisect_right(starts, cue.start) - 1
        if position >= 0:
            by_sentence[position].append(cue)
    for sentence in sentences:
        cues_here = by_sentence.get(sentence.index, [])
        # a doer's label hides a type, but not the incident word, from the other readings
        sentence.cues = [c for c in cues_here if c.label != ATTACKER_LABEL]
        sentence.attacker_labels = [c for c in cues_here if c.label == ATTACKER_LABEL]
        _read_deprivations(sentence, service_starts, data_starts, cues)
        _read_reached_states(sentence, service_starts, cues)
        coordinate = (
            _clause_breaks(sentence)
            | _coordinated_clauses(sentence, in_terms)
            | _main_clause_after_a_fronted_one(sentence, cues.fronted_clause_openers)
        )
        subordinate = _subordinate_clauses(sentence, cues.subordinators) - coordinate
        asides = sentence.asides = _relative_asides(sentence)
        opened = {opener for opener, _ in asides} | {resume for _, resume in asides}
        sentence.clause_starts = sorted(coordinate | subordinate | opened)
        sentence.independent_starts = sorted(coordinate)
        for opener, resume in asides:
            # the clause of the token before the aside's opening comma
            interrupted = bisect_right(sentence.clause_starts, opener - 2)
            sentence.resumes[bisect_right(sentence.clause_starts, resume)] = interrupted
    _read_echoes(sentences, cues)
    _mark_outside_voices(sentences, cues)
    _disclosed_containers_of_personal_data(sentences, cues)
    title = evidence_for(text, *title_range) if title_range else None
    return Layout(text, sentences, title, furniture, starts, find_datelines(text))


CONTENTS_REACH = 2  # sentences from a container told let out to the one that lists what it held
CONTENT_SUBJECT_SKIPPED = frozenset({"DET", "ADV", "PUNCT"})  # "The spreadsheet also listed"
HOLDING_PARTICIPLE_REACH = 4  # "a spreadsheet containing the names": words to the data
PERSONAL_DATA_SPANS = frozenset({Service.CUSTOMER_DATA.value, Service.EMPLOYEE_DATA.value})
NEGATING_WORDS = frozenset({"no", "not", "never", "n't", "none"})


def held_by_the_container(
    sentence: Sentence, data_start: int, cues: Cues, it_is_a_container: bool
) -> bool:
    """The clause of the data opens on a container, or on 'it' when the sentence before named
    one, and a past verb of holding, with no negation before the data: 'The spreadsheet
    listed the names of 300 residents', 'It contained staff bank details'; not 'The file
    contained no bank details', nor 'It listed the names of its directors' after an annual
    report."""
    doc = sentence.span.doc
    clause_start, _ = sentence.clause_bounds(sentence.clause_of(data_start))
    before = doc[clause_start:data_start]
    if any(token.lower_ in NEGATING_WORDS for token in before):
        return False
    words = [t for t in before if t.pos_ not in CONTENT_SUBJECT_SKIPPED]
    if len(words) < 2:
        return False
    subject, verb = words[0], words[1]
    return (
        (subject.lower_ in cues.data_containers or (subject.lower_ == "it" and it_is_a_container))
        and verb.tag_ == "VBD"
        and verb.lemma_.lower() in cues.holding_verbs | cues.listing_verbs
    )


def names_a_container(sentence: Sentence, cues: Cues) -> bool:
    return any(token.lower_ in cues.data_containers for token in sentence.span)


def _holds_personal_data_in_passing(sentence: Sentence, cues: Cues) -> bool:
    """'a spreadsheet containing the names of hundreds of pupils': a container and a
    participle of holding before personal data in the same sentence."""
    doc = sentence.span.doc
    for span in doc.spans.get(SERVICE_SPANS, []):
        if span.label_ not in PERSONAL_DATA_SPANS or not (
            sentence.span.start <= span.start < sentence.span.end
        ):
            continue
        before = doc[max(span.start - HOLDING_PARTICIPLE_REACH, sentence.span.start) : span.start]
        for token in before:
            if (
                token.tag_ == "VBG"
                and token.lemma_.lower() in cues.holding_verbs | cues.listing_verbs
                and token.i > 0
                and doc[token.i - 1].lower_ in cues.data_containers
            ):
                return True
    return False


def _disclosed_containers_of_personal_data(sentences: list[Sentence], cues: Cues) -> None:
    """'A spreadsheet was uploaded to its website by mistake. The spreadsheet listed the names
    of 300 residents.': a container let out by mistake, only compromised where it is told
    (its contents unknown there), is a data breach once a sentence just before or after it
    says it held people's data."""
    for index, sentence in enumerate(sentences):
        told = {(c.start, c.end) for c in sentence.cues if c.label == "incident"}
        doc = sentence.span.doc
        disclosed = [
            c
            for c in sentence.cues
            if c.label == COMPROMISED_LABEL
            and (c.start, c.end) not in told
            and any(doc[i].lower_ in cues.data_containers for i in range(c.start, c.end))
        ]
        near = [
            *sentences[max(index - CONTENTS_REACH, 0) : index],
            *sentences[index + 1 : index + 1 + CONTENTS_REACH],
        ]  # "It listed the names ...", told before "the file had been attached in error" too
        if not disclosed or not any(
            _lists_personal_data(
                other, cues, other.index > 0 and names_a_container(sentences[other.index - 1], cues)
            )
            for other in near
        ):
            continue
        for cue in disclosed:
            sentence.cues += [
                Cue(label, cue.start, cue.end, cue.text, cues.scopes.get(label, CueScope()))
                for label in ("incident", "type_data_breach")
            ]


def _lists_personal_data(sentence: Sentence, cues: Cues, it_is_a_container: bool) -> bool:
    doc = sentence.span.doc
    return _holds_personal_data_in_passing(sentence, cues) or any(
        span.label_ in PERSONAL_DATA_SPANS
        and sentence.span.start <= span.start < sentence.span.end
        and held_by_the_container(sentence, span.start, cues, it_is_a_container)
        for span in doc.spans.get(SERVICE_SPANS, [])
    )


# tokens between a speech verb and the title of the one who speaks: before it as its subject
# ("Tech expert Name, of X Consulting, said"), after it when the quote comes first ('...,"
# said Name, an analyst at X')
SUBJECT_REACH = 12
INVERTED_SPEAKER_REACH = 9
QUOTE_MARKS = frozenset({'"', "“", "”"})
SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})


def _mark_outside_voices(sentences: list[Sentence], cues: Cues) -> None:
    """What someone outside the story says ('Name, a threat analyst at X, said ...', '"...,"
    said Name, a consultant') is their opinion: a kind of attack named only there is a
    guess, however plainly it is put. Their quote goes on in the sentences of the same
    paragraph that are quoted and give no other speaker ('"... It is just their story," she
    said.'); the victim's own sentences beside it stay its own."""
    previous: Sentence | None = None
    for sentence in sentences:
        if _outside_voice_speaks(sentence, cues) or (
            previous is not None
            and previous.outside_voice
            and previous.paragraph == sentence.paragraph
            and _quote_goes_on(sentence, cues)
        ):
            sentence.outside_voice = True
        previous = sentence


def _outside_voice_speaks(sentence: Sentence, cues: Cues) -> bool:
    """The sentence's first speech verb has the outside voice as its subject ('Name, an
    analyst at X, said'; no other verb between) or names it right after a quote ('...,"
    said Name, an analyst at X'), not a title inside what is reported ('X said on Monday
    that experts were investigating') nor a later clause beside the victim's own report."""
    tokens = sentence.span
    doc = tokens.doc
    verb = next((t for t in tokens if t.lemma_.lower() in cues.speech_verbs), None)
    if verb is None:
        return False
    before = doc[max(tokens.start, verb.i - SUBJECT_REACH) : verb.i]
    titled = [t.i for t in before if t.lower_ in cues.outside_voices]
    if titled and not any(t.tag_ in FINITE_TAGS for t in doc[titled[-1] + 1 : verb.i]):
        return True
    quoted_first = any(t.text in QUOTE_MARKS for t in doc[tokens.start : verb.i])
    after = doc[verb.i + 1 : min(tokens.end, verb.i + 1 + INVERTED_SPEAKER_REACH)]
    return quoted_first and any(t.lower_ in cues.outside_voices for t in after)


def _quote_goes_on(sentence: Sentence, cues: Cues) -> bool:
    tokens = sentence.span
    if not any(t.text in QUOTE_MARKS for t in tokens):
        return False
    verb = next((t for t in tokens if t.lemma_.lower() in cues.speech_verbs), None)
    if verb is None:
        return True
    neighbours = {
        tokens.doc[i].lower_ for i in (verb.i - 1, verb.i + 1) if 0 <= i < len(tokens.doc)
    }
    return bool(neighbours & SPEAKER_PRONOUNS)


BETWEEN_SUBJECT_AND_VERB = frozenset({"AUX", "PART", "ADV"})  # "it has now come back"
RELATIVE_WORDS = frozenset({"which", "who"})
APPOSITIVE_RELATIVES = RELATIVE_WORDS | {"whose"}  # ", whose website was down last month,"
RELATIVE_PRONOUNS = RELATIVE_WORDS | {"that"}
NOMINAL_POS = frozenset({"NOUN", "PROPN"})
NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
POSSESSIVE_TAG = "POS"  # the "'s" after an owner's name


def noun_phrase_end(doc: Doc, start: int, end: int) -> int:
    """Where the noun phrase opening at start ends: past its determiners, possessives
    ("the insurer's", "its"), modifiers and nouns ("the insurer's online claims portal")."""
    index = start
    while index < end and (doc[index].pos_ in NOUN_PHRASE_POS or doc[index].tag_ == "PRP$"):
        index += 1
    return index


def before_the_verb_group(
    doc: Doc, verb: int, floor: int, group: frozenset[str] = BETWEEN_SUBJECT_AND_VERB
) -> int:
    """The index of the word before `verb`'s group ('it has now come back': "it"), back over
    auxiliaries, particles and adverbs (or a wider `group`), not before `floor`."""
    index = verb - 1
    while index > floor and doc[index].pos_ in group:
        index -= 1
    return index


def relative_on_a_noun(
    doc: Doc, verb: int, floor: int, group: frozenset[str] = BETWEEN_SUBJECT_AND_VERB
) -> int | None:
    """The relative pronoun opening a clause on a noun right before `verb`, back over the
    verb's group ('customers who had ordered'; with a wider `group`, 'who bought, or tried
    to buy'), not before `floor`: its index, or None."""
    index = before_the_verb_group(doc, verb, floor, group)
    if (
        index > floor
        and doc[index].lower_ in RELATIVE_PRONOUNS
        and doc[index - 1].pos_ in NOMINAL_POS
    ):
        return index
    return None


LIST_ITEM_OPENERS = frozenset({"and", "the"})
ASIDE_REACH = 30  # tokens from a relative word to the comma that closes its aside


def _relative_asides(sentence: Sentence) -> list[tuple[int, int]]:
    """', which was among the first services to be suspended when the attack was detected,
    would restart': a relative clause set off by commas, with its own finite verb, after
    which the interrupted clause goes on with its finite verb. (relative word, first token
    after the closing comma) of each."""
    doc = sentence.span.doc
    found = []
    end = sentence.span.end
    for token in sentence.span[1:-2]:
        if token.text != "," or doc[token.i + 1].lower_ not in RELATIVE_WORDS:
            continue
        opener = token.i + 1
        for index in range(opener + 2, min(end - 1, opener + ASIDE_REACH)):
            if doc[index].text != ",":
                continue
            resume = doc[index + 1]
            if _finite_or_misread(resume) and any(
                t.tag_ in FINITE_TAGS for t in doc[opener + 1 : index]
            ):
                found.append((opener, index + 1))
            break
    return found


def _finite_or_misread(token: Token) -> bool:
    """A finite verb, or a past tense the small tagger reads as a participle after a comma
    (", reopened on Tuesday"); not a passive's participle with its agent (", hit by")."""
    if token.tag_ in FINITE_TAGS:
        return True
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.tag_ == "VBN"
        and token.pos_ == "VERB"
        and not (following is not None and following.lower_ == "by")
    )


def _clause_breaks(sentence: Sentence) -> set[int]:
    """Where a clause-break word opens a clause; not inside a longer cue ("yet" in "not yet
    clear", "not yet restored"), nor a semicolon that only parts the items of a list ("the
    City of Newark, New Jersey; the Port of San Diego; and ..."): no finite verb follows it
    before the next one."""
    cues = sentence.cues
    return {
        cue.start
        for cue in cues
        if cue.label == "clause_break"
        and not any(
            other.start < cue.start < other.end and other.label != "clause_break" for other in cues
        )
        and not (cue.text == ";" and _parts_a_list(sentence, cue.start))
    }


def _main_clause_after_a_fronted_one(sentence: Sentence, openers: frozenset[str]) -> set[int]:
    """'While the website is back, the app remains offline', 'But although ..., ...': a
    sentence that opens on a clause of its own ends it at the first comma, once that clause
    has its verb, followed by a subject and its verb, where the main clause starts; not at a
    list's or a relative clause's comma ('While the website, app and tills are back, ...',
    'While the website, which customers use most, is back, ...')."""
    words = [token for token in sentence.span if not (token.is_punct or token.is_space)]
    while words and words[0].pos_ == "CCONJ":
        words = words[1:]  # "But while ..."
    if not words or words[0].lower_ not in openers:
        return set()
    doc = sentence.span.doc
    for token in doc[words[0].i + 1 : sentence.span.end - 1]:
        if (
            token.text == ","
            # the fronted clause has its verb before it ends: not "While the website, app and
            # tills are back, ..." at the list's comma
            and any(t.tag_ in FINITE_TAGS for t in doc[words[0].i + 1 : token.i])
            and doc[token.i + 1].tag_ not in RELATIVE_TAGS
            and opens_clause(sentence, token.i, adverbs=True)
        ):
            return {token.i + 1}
    return set()


def _may_name(token: Token) -> bool:
    """A word of a name, by the model's entities or, where it saw none, by its tag ("the
    Port of Elsworth" untagged between two tagged names)."""
    return bool(token.ent_type_) or token.pos_ == "PROPN"


def _parts_a_list(sentence: Sentence, semicolon: int) -> bool:
    doc = sentence.span.doc
    after = semicolon + 1
    while after < sentence.span.end and doc[after].lower_ in LIST_ITEM_OPENERS:
        after += 1
    if not (_may_name(doc[semicolon - 1]) and after < sentence.span.end and _may_name(doc[after])):
        return False  # a list of names: "the City of Newark, New Jersey; the Port of San Diego"
    for token in doc[after : sentence.span.end]:
        if token.text == ";":
            return True
        if token.tag_ in FINITE_TAGS:
            return False
    return True


def _coordinated_clauses(sentence: Sentence, in_terms: set[int]) -> set[int]:
    """'... late on Thursday and shut down its website': "and" before a verb opens a clause
    (but not inside a term such as "click and collect" or a cue), and so do "and" before a
    status whose verb is left out ("was down on Monday and back online on Tuesday") and "and"
    before a negated subject with its verb ("were breached and no data has been accessed"),
    though not "or" or "and" between two adjectives of one predicate ("slow or unavailable")."""
    status_ends = {cue.start: cue.end for cue in sentence.cues if cue.label in STATUS_BY_CUE}
    # nor inside a set phrase: "back up and running"
    in_phrases = {i for cue in sentence.cues for i in range(cue.start + 1, cue.end - 1)}
    starts = set()
    for token in sentence.span[:-1]:
        if token.i in in_terms or token.lower_ not in {"and", "or"}:
            continue
        if token.i + 1 in in_terms and token.nbor().pos_ in {"VERB", "AUX"}:
            continue  # a term the tagger reads as a verb: "back office and call centre"
        if token.i in in_phrases:
            continue
        following = token.nbor()
        if _listed_participle(sentence, token.i):
            continue
        # "had been slow or unavailable": two adjectives of one predicate, where a status
        # before the conjunction ("was down on Monday and back online") tells one of its own
        paired = (
            token.i > sentence.span.start
            and token.nbor(-1).pos_ == "ADJ"
            and following.pos_ == "ADJ"
            and token.i not in status_ends.values()
        )
        if (
            following.pos_ in {"VERB", "AUX"}
            or (_verbless_status(following, status_ends) and not paired)
            or _new_subject(sentence, token.i)
            or (following.lower_ in NOUN_NEGATIONS and opens_clause(sentence, token.i))
        ):
            starts.add(token.i)
    return starts


def _listed_participle(sentence: Sentence, index: int) -> bool:
    """'the names, email addresses and saved payment details': a participle before a noun,
    after a stretch with no finite verb since the comma before it, is the last item of a
    list, not a verb opening a clause."""
    doc = sentence.span.doc
    following = doc[index + 1]
    if following.tag_ not in PARTICIPLE_TAGS or index + 2 >= sentence.span.end:
        return False
    if doc[index + 2].pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return False
    opener = index - 1
    while opener > sentence.span.start and doc[opener - 1].text != ",":
        opener -= 1
    listed = opener > sentence.span.start  # a comma before: "A, B and saved C"
    return listed and not any(token.tag_ in FINITE_TAGS for token in doc[opener:index])


def _new_subject(sentence: Sentence, index: int) -> bool:
    """'the call centre remains closed, and the company is asking customers ...': after a
    comma that ends a stretch with its own finite verb, "and" with a subject and a verb opens
    a new clause. Without a verb since the comma before it is a list ('said its email, the
    portal, and the website were down')."""
    doc = sentence.span.doc
    comma = index - 1
    if comma < sentence.span.start or doc[comma].text != "," or not opens_clause(sentence, index):
        return False
    opener = comma - 1  # the words since the comma before: a list item has no verb
    while opener > sentence.span.start and doc[opener - 1].text != ",":
        opener -= 1
    stretch = doc[opener:comma]
    # a participle read as a past tense only in a stretch that opens the sentence: one after a
    # comma may be a list's item ("its payroll system, the tills installed last year, and")
    opens_the_sentence = opener == sentence.span.start
    return any(token.tag_ in FINITE_TAGS for token in stretch) or (
        opens_the_sentence and _told_in_the_past(stretch)
    )


def _told_in_the_past(stretch: Span) -> bool:
    """'Its stores reopened on Wednesday': a past tense the small tagger reads as a
    participle, right after its subject and with no auxiliary in the stretch, is the
    stretch's finite verb; not a passive's participle with its agent ('stores hit by')."""
    if any(token.pos_ == "AUX" for token in stretch):
        return False
    return any(
        token.i > stretch.start
        and token.nbor(-1).pos_ in {"NOUN", "PROPN", "PRON"}
        and _finite_or_misread(token)
        for token in stretch
        if token.tag_ == "VBN"
    )


def opens_clause(sentence: Sentence, index: int, adverbs: bool = False) -> bool:
    """A subject and then its finite verb follow the token at `index`: 'after hackers
    encrypted', 'after which it shut', 'and the company is asking', 'and its shops and website
    are' (a subject of two joined nouns); not 'after the attack', 'and the website'. With
    `adverbs`, adverbs may stand around the subject too (', online orders still cannot')."""
    doc = sentence.span.doc
    stop = min(index + 1 + CLAUSE_SUBJECT_REACH, sentence.span.end)
    subject = False
    for token in doc[index + 1 : stop]:
        if token.tag_ in FINITE_TAGS:
            return subject and doc[token.i - 1].pos_ != "CCONJ"
        joins = subject and token.pos_ == "CCONJ" and doc[token.i - 1].pos_ in NOUN_POS
        if adverbs and token.pos_ == "ADV":
            continue
        if token.pos_ not in SUBJECT_POS and token.tag_ != "POS" and not joins:
            return False
        subject = True
    return False


NOUN_POS = frozenset({"NOUN", "PROPN", "PRON"})
VERB_POS = frozenset({"VERB", "AUX"})  # "card payments failed": a verb of the noun, no particle


def _subordinate_clauses(sentence: Sentence, subordinators: frozenset[str]) -> set[int]:
    """'... was detected early on Saturday, after which it shut down its network': a
    subordinating word with its own subject and verb opens a clause, so the date, status
    and tense of one clause do not spill into the other."""
    return {
        token.i
        for token in sentence.span[:-1]
        if token.lower_ in subordinators
        and opens_clause(sentence, token.i)
        and not _in_an_open_question(sentence, token.i)
    }


def _in_an_open_question(sentence: Sentence, index: int) -> bool:
    """'It is unclear when services will be restored', 'did not say when': the word opens
    what is not known, a clause the uncertainty governs, not a time of its own."""
    return any(
        cue.label in OPEN_QUESTION_LABELS and cue.start < index <= cue.end for cue in sentence.cues
    )


def _verbless_status(token: Token, status_ends: dict[int, int]) -> bool:
    """A status word that stands for its clause ("and back online on Tuesday"), not one that
    modifies a noun ("and affected tills")."""
    end = status_ends.get(token.i)
    if end is None or token.pos_ not in {"ADV", "ADP", "ADJ"}:
        return False
    doc = token.doc
    return end >= len(doc) or doc[end].pos_ not in {"NOUN", "PROPN", "ADJ"}

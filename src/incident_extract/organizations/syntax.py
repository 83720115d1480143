"""Clause shapes read from tags and cues alone (the parser is not run): where a name's
predicate goes on past an apposition, and which words are a verb's subject.

These are grammar (function words and tags), not vocabulary, so they live in code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..layout import FINITE_TAGS, INCIDENT_SIGNALS, Sentence
from ..nlp import CUE_SPANS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

APPOSITION_OPENERS = frozenset({"a", "an", "another", "the", "which", "who", "whose", "one", "its"})
# ", including A and B,", ", such as A and B,": examples set off between commas, skipped as
# an aside is
EXAMPLE_OPENERS = frozenset({"including", "such"})
RELATIVE_OPENERS = frozenset({"which", "who", "whose", "where"})
# "X, a member-owned lender with branches in three counties,", "X, an intergovernmental
# agency based in Bergen that coordinates shipping safety standards in the North Sea,"
APPOSITION_REACH = 24
RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})  # "that", "which", "who"
NON_SUBJECT_TAGS = frozenset({"CCONJ", "PUNCT", "ADV"})
COMMON_NOUN_PHRASE = frozenset({"DET", "ADJ", "NOUN"})  # no name: "a firm Glenmore uses"
CLAUSE_SUBJECT_SIZE = 3  # "the firm", "the parent company": words before the verb
LIST_COORDINATORS = frozenset({"and", "or"})


def past_apposition(doc: Doc, index: int, end: int) -> int:
    """Where the predicate goes on after 'X, a supermarket chain based in Leeds,' (up to the
    closing comma, inside the sentence); `index` itself if no apposition opens there. A
    common noun phrase followed at once by a finite verb ('seen by X, the firm said it
    ...') is a clause's subject, not X's aside; a relative clause, with or without its
    pronoun ('X, a firm Glenmore uses for payments,'), stays inside the aside."""
    if index >= end or doc[index].text != "," or index + 1 >= end:
        return index
    opener = doc[index + 1]
    # "X, founded in 1998,", "X, based in Leeds,": a participle's phrase describes X (not
    # "X, hit by ransomware on Monday,", which tells what happened to it)
    described = (
        opener.tag_ == "VBN"
        and index + 2 < end
        and doc[index + 2].pos_ == "ADP"
        and not holds_an_incident(doc, index + 1, _next_comma(doc, index + 1, end))
    )
    if opener.lower_ not in APPOSITION_OPENERS | EXAMPLE_OPENERS and not described:
        return index
    if _opens_a_clause(doc, index + 1, end):
        return index
    for position in range(index + 2, min(end, index + APPOSITION_REACH)):
        if doc[position].is_sent_start:
            return index
        if doc[position].text == "," and not _joins_a_list(doc, position, end):
            return position + 1
    return index


def _modifies_a_noun_after(doc: Doc, start: int, end: int) -> bool:
    """', another Payvane customer,': the name at `start` modifies the common noun after it,
    which heads the apposition; the name is named in passing."""
    index = start
    while index < end and doc[index].pos_ == "PROPN":
        index += 1
    return index > start and index < end and doc[index].pos_ == "NOUN" and doc[index].is_lower


def _next_comma(doc: Doc, start: int, end: int) -> int:
    stop = min(end, start + APPOSITION_REACH)
    return next((i for i in range(start, stop) if doc[i].text == ","), stop)


def holds_an_incident(doc: Doc, start: int, end: int) -> bool:
    """An incident word among the tokens from `start` to `end`."""
    return any(
        span.label_ in INCIDENT_SIGNALS and start <= span.start < end
        for span in doc.spans.get(CUE_SPANS, [])
    )


def _opens_a_clause(doc: Doc, start: int, end: int) -> bool:
    """'the firm said', 'the company confirmed': a short common noun phrase and then its
    finite verb."""
    if doc[start].lower_ in RELATIVE_OPENERS:
        return False  # "X, which has 40 stores,": the aside's own clause
    for position in range(start, min(end, start + CLAUSE_SUBJECT_SIZE + 1)):
        token = doc[position]
        if token.tag_ in RELATIVE_PRONOUN_TAGS:
            return False  # "X, the company that runs its shops,": a relative clause
        if token.tag_ in FINITE_TAGS:
            return position > start
        if token.pos_ not in COMMON_NOUN_PHRASE:
            return False
    return False


def _joins_a_list(doc: Doc, comma: int, end: int) -> bool:
    """A comma between listed items ("shops in Leeds, York and Harrogate"), not the one that
    closes an aside: an "and" or "or" follows before any verb or other comma."""
    for token in doc[comma + 1 : end]:
        if token.text == "," or token.pos_ in {"VERB", "AUX"}:
            return False
        if token.lower_ in LIST_COORDINATORS:
            return True
    return False


def clause_subject(sentence: Sentence, verb: int) -> list[Token]:
    """The words before the first verb of the verb's clause: its subject, appositions and a
    partitive 'of' phrase included ('The most serious of the flaws, CVE-..., '). A clause
    that opens on a coordinated verb shares the previous clause's subject ('..., carries a
    score of 9.1 and affects X')."""
    clause = sentence.clause_with_dependents_of(verb)
    while True:
        subject: list[Token] = []
        for token in sentence.span:
            if token.i >= verb or sentence.clause_with_dependents_of(token.i) > clause:
                break
            if sentence.clause_with_dependents_of(token.i) < clause:
                continue
            if token.pos_ in {"VERB", "AUX"}:
                break
            subject.append(token)
        if clause == 0 or any(t.pos_ not in NON_SUBJECT_TAGS for t in subject):
            return subject
        clause -= 1


def aside_opener(doc: Doc, start: int, sentence_start: int) -> int | None:
    """The comma or bracket nearest before `start`, within an aside's reach."""
    for index in range(start - 1, max(sentence_start, start - APPOSITION_REACH) - 1, -1):
        if doc[index].text in {",", "("}:
            return index
    return None


def speaks_at(doc: Doc, index: int, speech_verbs: frozenset[str]) -> bool:
    """A speech verb at `index`: the name just before it is the speaker ('Quillon said')."""
    return index < len(doc) and doc[index].lemma_.lower() in speech_verbs


def aside_end(
    doc: Doc, start: int, sentence_start: int, sentence_end: int, possessor: bool = False
) -> int | None:
    """The closing comma or bracket of an aside that names the words at `start` in passing:
    a relative clause (", which buys its tills from Y,"), a bracket, or an apposition whose
    head is another noun (", a customer of Y,"). None when `start` heads the apposition
    (", the Holloway Group,": the same organisation renamed) or is in no closed aside. A
    `possessor` owns the head and never is it (", the airport's largest carrier,")."""
    opener = aside_opener(doc, start, sentence_start)
    if opener is None or (opener + 1 >= start and doc[opener].text == "," and not possessor):
        return None
    closer = ")" if doc[opener].text == "(" else ","
    if closer == "," and not possessor:
        first = doc[opener + 1]
        if first.lower_ not in APPOSITION_OPENERS | RELATIVE_OPENERS:
            return None
        describers = doc[opener + 2 : start]
        if (
            first.lower_ not in RELATIVE_OPENERS
            and all(token.pos_ in {"ADJ", "NOUN"} for token in describers)
            and not _modifies_a_noun_after(doc, start, sentence_end)
        ):
            return None  # the apposition's own head: ", the Holloway Group,", ", the grocer X,"
    for index in range(start + 1, min(sentence_end, opener + APPOSITION_REACH + 8)):
        if doc[index].text == closer and not (
            closer == "," and _joins_a_list(doc, index, sentence_end)
        ):
            return index
    return None

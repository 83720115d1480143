"""Hit through another's trouble: a victim whose trouble the text puts down to an outage, a
faulty update or an attack at another named organisation was hit through that organisation,
as through a supplier ('its website went down after an outage at cloud host X', 'tills
stopped working because of a faulty update from X', 'an outage at X left shoppers unable to
pay'). The organisation whose trouble it was had its own incident, first-hand. Not a victim
hit in its own attack told beside another's ('was hit days after the attack on X', 'weeks
after X's breach'), nor one whose trouble only resembles another's ('after a similar attack
on X')."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon import Cues
from .model import POSSESSIVES, OrgCandidate, Rejection

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..layout import Layout, Sentence

# words from a connector to its trouble: "after a faulty security software update"
CAUSE_REACH = 6
# words from a trouble's link to the name: "an attack on its pathology supplier, X"
NAME_REACH = 5
NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADV"})
DESCRIPTION_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PUNCT"})
DESCRIPTION_TAGS = frozenset({"PRP$", "VBG"})  # "its IT provider, X", "cloud computing firm X"
# what may own a trouble: an organisation, also one framed as a vendor or a security firm
# ("a faulty update from security firm X"), not a term, a product, an attacker or a person
OWNER_REJECTIONS = frozenset({None, Rejection.VENDOR, Rejection.BYSTANDER})


@dataclass(frozen=True)
class Routes:
    routed: frozenset[str]  # victims hit through another's trouble
    causes: frozenset[str]  # the organisations whose trouble hit them
    # (sentence, organisation): its trouble told there as another incident's time ('days
    # after the attack on X') or as another like it ('after a similar attack on X')
    apart: frozenset[tuple[int, str]]


@dataclass(frozen=True)
class _Names:
    starts: dict[int, str]  # first token of a name that may own a trouble -> its key
    inside: frozenset[int]  # every token of any name: "Blackthorn Incident Response"


def trouble_routes(
    doc: Doc,
    layout: Layout,
    candidates: dict[str, OrgCandidate],
    victims: list[str],
    ties: dict[str, list[int]],
    cues: Cues,
) -> Routes:
    """The victims a sentence tells were hit by another organisation's trouble, and those
    organisations."""
    names = _Names(
        starts={
            mention.start: key
            for key, candidate in candidates.items()
            if candidate.rejection in OWNER_REJECTIONS
            for mention in candidate.named_mentions
        },
        inside=frozenset(
            index
            for candidate in candidates.values()
            for mention in candidate.mentions
            if not mention.anaphor
            for index in range(mention.start, mention.end)
        ),
    )
    routed: set[str] = set()
    causes: set[str] = set()
    apart: set[tuple[int, str]] = set()
    for sentence in layout.sentences:
        if sentence.in_boilerplate:
            continue
        found, told_apart = _causes(doc, sentence, names, cues)
        apart.update((sentence.index, key) for key in told_apart)
        for cause in found:
            hit = [key for key in victims if key != cause and sentence.index in ties.get(key, [])]
            if hit:
                routed.update(hit)
                causes.add(cause)
    return Routes(frozenset(routed), frozenset(causes), frozenset(apart))


def _causes(doc: Doc, sentence: Sentence, names: _Names, cues: Cues) -> tuple[set[str], set[str]]:
    """The organisations a sentence names as the place of a trouble it gives as a cause:
    after a connector ('after an outage at X', 'because of X's faulty update') or as the
    subject of a verb of causing ('an outage at X left shoppers unable to pay'); and those
    whose trouble it tells apart, as a time or as another like it ('days after the attack on
    X', 'after a similar attack on X')."""
    found: set[str] = set()
    apart: set[str] = set()
    span = sentence.span
    for index in range(span.start, span.end):
        width = _connector_at(doc, index, span.end, cues.cause_connectors)
        if not width:
            continue
        cause, separate = _trouble_of(doc, index + width, span.end, names, cues)
        if cause is None:
            continue
        if separate or _told_as_a_time(doc, index, span.start, cues):
            apart.add(cause)
        else:
            found.add(cause)
    opening = span.start
    while opening < span.end and doc[opening].pos_ in {"DET", "ADJ", "PUNCT"}:
        opening += 1
    if opening < span.end and _trouble_word(doc, opening, names, cues):
        cause = _named_after_link(doc, opening + 1, span.end, names, cues)
        if cause is not None and _a_verb_of_causing_follows(doc, opening, span.end, cues):
            found.add(cause)
    return found, apart


def _connector_at(doc: Doc, index: int, end: int, connectors: frozenset[str]) -> int:
    """The number of words of a cause connector starting at index ('because of' is two),
    or 0."""
    for width in (4, 3, 2, 1):
        if index + width <= end and doc[index : index + width].text.lower() in connectors:
            return width
    return 0


def _told_as_a_time(doc: Doc, index: int, start: int, cues: Cues) -> bool:
    """'days after the attack on X', 'shortly after', 'the report comes as shoppers worry
    after a breach at X', 'the attack follows reports that ... after': a connector that
    orders two events in time, not one that gives a cause ('on Friday after an outage at X'
    does)."""
    if index == start:
        return False
    before = doc[index - 1]
    if before.lower_ in cues.sequence_words or before.lemma_.lower() in cues.sequence_words:
        return True
    return any(
        token.pos_ in {"VERB", "AUX"}
        and token.lemma_.lower() in cues.sequence_verbs
        and doc[token.i + 1].lower_ in cues.sequence_words | cues.cause_connectors | {"as"}
        for token in doc[start : index - 1]
    )


def _trouble_word(doc: Doc, index: int, names: _Names, cues: Cues) -> bool:
    """A word of trouble that is no part of a name ('Blackthorn Incident Response')."""
    word = doc[index].lower_
    return index not in names.inside and (word in cues.cause_failures or word in cues.cause_attacks)


def _trouble_of(
    doc: Doc, start: int, end: int, names: _Names, cues: Cues
) -> tuple[str | None, bool]:
    """The organisation whose trouble follows a connector, named before a failure ('after
    X's outage', 'after a faulty X update'; not before an attack, 'after a LockBit attack',
    where the name is the attacker's) or after the trouble's link ('after an outage at cloud
    host X', 'a faulty update pushed by its IT provider, X'), and whether the trouble is told
    as another like it ('after a similar attack on X')."""
    owner = None
    separate = False
    for index in range(start, min(start + CAUSE_REACH, end)):
        token = doc[index]
        separate = separate or token.lower_ in cues.separate_markers
        if index in names.starts and owner is None:
            owner = names.starts[index]
        if _trouble_word(doc, index, names, cues):
            head = index
            while head + 1 < end and doc[head + 1].pos_ == "NOUN":
                head += 1  # "the ransomware attack on X": the compound's head links
            if not _trouble_word(doc, head, names, cues):
                return None, False  # "the LockBit ransomware gang": no trouble
            if owner is not None:
                return (owner if doc[head].lower_ in cues.cause_failures else None), separate
            after = head + 1
            if after < end and doc[after].tag_ == "VBN":
                after += 1  # "a faulty update pushed by X"
            return _named_after_link(doc, after, end, names, cues), separate
        if token.pos_ not in NOUN_PHRASE_POS and token.lower_ not in POSSESSIVES:
            break
    return None, False


def _named_after_link(doc: Doc, start: int, end: int, names: _Names, cues: Cues) -> str | None:
    """The organisation named after a trouble's link word: 'at cloud host X', 'on its
    supplier, X', 'from X'."""
    if start >= end or doc[start].lower_ not in cues.cause_links:
        return None
    for index in range(start + 1, min(start + 1 + NAME_REACH, end)):
        if index in names.starts:
            return names.starts[index]
        if doc[index].pos_ not in DESCRIPTION_POS and doc[index].tag_ not in DESCRIPTION_TAGS:
            return None
    return None


def _a_verb_of_causing_follows(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """'The failure at X knocked the app offline', 'An outage at X left customers unable to
    pay': the first verb after a trouble that opens its sentence causes the rest."""
    verb = next((t for t in doc[start:end] if t.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in cues.cause_verbs

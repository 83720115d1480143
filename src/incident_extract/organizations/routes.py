"""Hit through another's trouble: a victim whose trouble the text puts down to an outage, a
faulty update or an attack at another named organisation was hit through that organisation,
as through a supplier ('its website went down after an outage at cloud host X', 'tills
stopped working because of a faulty update from X', 'an outage at X left shoppers unable to
pay'). The organisation the trouble was at had its own incident, first-hand, not one that
only shipped it ('a faulty update from X'). Not a victim hit in its own attack told beside
another's ('was hit days after the attack on X', 'the attack came after the one on X'), one
whose trouble only resembles another's ('after a similar attack on X'), nor one whose
history the sentence tells ('which switched suppliers after an outage at X in 2022')."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..layout import (
    FINITE_TAGS,
    VERB_NEGATIONS,
    WHEN_ENTITIES,
    blame_phrases,
    phrase_shape,
    phrase_width_at,
)
from ..lexicon import Cues
from .model import POSSESSIVES, OrgCandidate, Rejection

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..layout import Layout, Sentence

# words from a connector to its trouble: "after a faulty security software update"
CAUSE_REACH = 6
# words from a trouble's link to the name, over its description: "an outage at its
# dispensing software supplier, X"
NAME_REACH = 7
# words after a connector read for a year that makes the trouble history: "in 2022"
HISTORY_REACH = 16
NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART", "ADV"})
NOUN_PHRASE_TAGS = frozenset({"HYPH"})  # "a cyber-attack on X"
DESCRIPTION_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PUNCT"})
OPENING_POS = frozenset({"DET", "ADJ", "PUNCT"})  # before a trouble that opens its sentence
OWNER_TAGS = frozenset({"PRP$", "POS"})  # "its haulier", "the chain's wholesaler"
OWNER_REACH = 4  # "at the bakery chain's provider": the link to the owner's word
DEFINITE_POINTERS = frozenset({"the", "this", "that"})  # "after the outage": the story's own
# what may own a trouble: an organisation, also one framed as a vendor or a security firm
# ("a faulty update from security firm X"), not a term, a product, an event, an attacker
OWNER_REJECTIONS = frozenset({None, Rejection.VENDOR, Rejection.BYSTANDER})


@dataclass(frozen=True)
class Routes:
    routed: frozenset[str]  # victims hit through another's trouble
    causes: frozenset[str]  # the organisations whose trouble hit them
    # those of them the trouble was at ('an outage at X'), not one that only shipped it ('a
    # faulty update from X'): each had an incident of its own
    struck: frozenset[str]
    # (sentence, organisation): its trouble told there as another incident's time ('days
    # after the attack on X') or as another like it ('after a similar attack on X')
    apart: frozenset[tuple[int, str]]
    # sentences that give the story's trouble as a cause without naming whose it was ('had
    # been delayed as a result', 'its tills failed after the outage') or tell a trouble like
    # the one told before ('its orders had also been held up')
    told_back: frozenset[int] = frozenset()
    # victims a routing sentence names beside the route but not as hit by it ('..., while Z
    # was hit by ransomware')
    passed_over: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Names:
    starts: Mapping[int, str]  # first token of a name that may own a trouble -> its key
    inside: frozenset[int]  # every token of any name: "Blackthorn Incident Response"


@dataclass(frozen=True)
class _Cause:
    owner: str
    at: int  # the connector, or the trouble that opens the sentence
    opening: bool  # the trouble opens the sentence: the victims come after it
    shipped: bool  # a trouble the owner delivered to others ('a faulty update from X')
    # the story's own trouble put down to the owner ('The outage was linked to X'): it hit
    # every victim the story tells of
    whole_story: bool = False


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
    if not victims:
        return Routes(frozenset(), frozenset(), frozenset(), frozenset())  # no incident told
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
    told_back = frozenset(
        sentence.index
        for sentence in layout.sentences
        if not sentence.in_boilerplate
        and (
            _cause_told_back(doc, sentence, names, cues)
            or any(token.lower_ in cues.alike_words for token in sentence.span)
        )
    )
    apart_sentences = frozenset(
        sentence.index for sentence in layout.sentences if opens_apart(doc, sentence, cues)
    )
    routed: set[str] = set()
    causes: set[str] = set()
    struck: set[str] = set()
    passed_over: set[str] = set()
    apart: set[tuple[int, str]] = set()
    # a cause follows a connector ("after") or opens a clause of its own ("when")
    connectors = cues.cause_connectors | cues.cause_clause_openers
    for sentence in layout.sentences:
        if sentence.in_boilerplate:
            continue
        found, told_apart = _causes(doc, sentence, names, cues, connectors)
        apart.update((sentence.index, key) for key in told_apart)
        for cause in found:
            hit = _hit_by(sentence, cause, candidates, victims, ties, apart_sentences)
            passed_over.update(
                key
                for key in victims
                if key not in hit
                and key != cause.owner
                and any(m.sentence == sentence.index for m in candidates[key].mentions)
            )
            if hit:
                routed.update(hit)
                causes.add(cause.owner)
                if not cause.shipped:
                    struck.add(cause.owner)
    # a victim named only where the text tells another trouble is no one's customer here
    passed_over.update(
        key
        for key in victims
        if _told_only_apart([m.sentence for m in candidates[key].mentions], apart_sentences)
    )
    return Routes(
        frozenset(routed),
        frozenset(causes),
        frozenset(struck),
        frozenset(apart),
        told_back,
        frozenset(passed_over - routed),
    )


def _told_only_apart(sentences: list[int], apart_sentences: frozenset[int]) -> bool:
    return bool(sentences) and apart_sentences.issuperset(sentences)


def opens_apart(doc: Doc, sentence: Sentence, cues: Cues) -> bool:
    """'Separately, X said ...', 'In an unrelated incident, ...': the sentence tells another
    trouble than the story's."""
    _, widest = phrase_shape(cues.apart_openers)
    start = sentence.span.start
    while start < sentence.span.end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return bool(phrase_width_at(doc, start, sentence.span.end, cues.apart_openers, widest))


def _hit_by(
    sentence: Sentence,
    cause: _Cause,
    candidates: dict[str, OrgCandidate],
    victims: list[str],
    ties: dict[str, list[int]],
    apart_sentences: frozenset[int],
) -> list[str]:
    """The victims a cause hit: those named in its clause before the connector ('X's website
    went down after an outage at Y'), or after a trouble that opens the sentence ('An outage
    at Y left shoppers at X unable to pay'); with none named there, those the sentence ties
    without naming them ('Its website went down after ...'). Not a victim named beside it
    with trouble of its own ('..., while Z was hit by ransomware')."""
    others = [key for key in victims if key != cause.owner]
    if cause.whole_story:
        # not a victim whose own trouble a sentence tells apart ("Separately, X said ...")
        return [key for key in others if not _told_only_apart(ties.get(key, []), apart_sentences)]
    clause = sentence.clause_of(cause.at)

    def named_here(key: str) -> list[int]:
        return [m.start for m in candidates[key].mentions if m.sentence == sentence.index]

    if cause.opening:
        named = [key for key in others if any(i > cause.at for i in named_here(key))]
    else:
        named = [
            key
            for key in others
            if any(i < cause.at and sentence.clause_of(i) == clause for i in named_here(key))
        ]
    if named:
        return named
    return [key for key in others if sentence.index in ties.get(key, []) and not named_here(key)]


def _causes(
    doc: Doc, sentence: Sentence, names: _Names, cues: Cues, connectors: frozenset[str]
) -> tuple[list[_Cause], set[str]]:
    """The organisations a sentence names as the place of a trouble it gives as a cause:
    after a connector ('after an outage at X', 'because of X's faulty update') or as the
    subject of a verb of causing ('an outage at X left shoppers unable to pay'); and those
    whose trouble it tells apart, as a time, as another like it or as history ('days after
    the attack on X', 'after a similar attack on X', 'after an outage at X in 2022')."""
    found: list[_Cause] = []
    apart: set[str] = set()
    span = sentence.span
    openers, widest = phrase_shape(connectors)
    for index in range(span.start, span.end):
        if doc[index].lower_ not in openers:
            continue  # most words open no connector: skip the phrase lookups
        width = phrase_width_at(doc, index, span.end, connectors, widest)
        if not width:
            continue
        owner, separate, name_end, head = _trouble_of(doc, index + width, span.end, names, cues)
        if owner is None:
            continue
        clause = doc[index].lower_ in cues.cause_clause_openers
        storys = _storys_trouble_opens(doc, span, names, cues) is not None
        if (
            separate
            or _told_as_a_time(doc, index, span.start, cues)
            or _a_year_follows(doc, index, span.end)
            # "a reminder of last July, when a faulty update from X crashed tills": the
            # clause tells that time, unless the sentence opens on the story's own trouble
            or (clause and _after_a_recalled_time(doc, index, cues) and not storys)
        ):
            apart.add(owner)
        elif _caused_by_its_own_verb(doc, name_end, span.end, cues):
            shipped = doc[head].lower_ in cues.shipped_troubles
            # "The problems started when an update pushed out by X caused card readers to
            # freeze": a trouble X shipped is the story's own, whoever it hit
            whole_story = storys and shipped
            found.append(
                _Cause(owner, index, opening=False, shipped=shipped, whole_story=whole_story)
            )
    opening = span.start
    while opening < span.end and doc[opening].pos_ in OPENING_POS:
        opening += 1
    if opening < span.end and _trouble_word(doc, opening, names, cues):
        owner, name_end = _named_after_link(doc, opening + 1, span.end, names, cues)
        if owner is not None and _a_verb_of_causing_follows(doc, name_end, span.end, cues):
            shipped = doc[opening].lower_ in cues.shipped_troubles
            found.append(_Cause(owner, opening, opening=True, shipped=shipped))
    blamed = _story_trouble_blamed(doc, span, names, cues)
    if blamed is not None:
        found.append(blamed)
    return found, apart


def _story_trouble_blamed(doc: Doc, span: Span, names: _Names, cues: Cues) -> _Cause | None:
    """The story's own trouble, told as a definite subject, put down to another
    organisation: 'The outage was caused by a fault at X, which hosts its website', 'The
    disruption has been linked to software firm X' (named at once after a failure only, as
    'The attack was linked to X' names the attackers); not a link denied ('was not linked
    to X')."""
    index = _storys_trouble_opens(doc, span, names, cues)
    if index is None:
        return None
    failure = doc[index].lower_ in cues.cause_failures
    verb = index + 1
    while verb < span.end and doc[verb].pos_ in {"AUX", "ADV", "PART"}:
        if doc[verb].lower_ in VERB_NEGATIONS:
            return None  # "was never linked to X"
        verb += 1  # "has since been", "was later"
    if not any(token.pos_ == "AUX" for token in doc[index + 1 : verb]):
        return None
    links = blame_phrases(cues.blame_links, cues.cause_connectors)
    _, widest = phrase_shape(links)
    width = phrase_width_at(doc, verb, span.end, links, widest)
    if not width:
        return None
    link_end = verb + width
    owner, separate, _, head = _trouble_of(doc, link_end, span.end, names, cues)
    if owner is not None:
        if separate:
            return None  # "caused by a fault at its own data centre"
        shipped = doc[head].lower_ in cues.shipped_troubles
        return _Cause(owner, verb, opening=False, shipped=shipped, whole_story=True)
    if not failure:
        return None
    named, _ = _name_within(doc, link_end, span.end, names)
    if named is None:
        return None
    return _Cause(named, verb, opening=False, shipped=True, whole_story=True)


def _storys_trouble_opens(doc: Doc, span: Span, names: _Names, cues: Cues) -> int | None:
    """Where the story's own trouble, a definite subject, opens the sentence ('The global IT
    outage', 'The problems'): its trouble word, else None."""
    if doc[span.start].lower_ not in DEFINITE_POINTERS:
        return None
    index = span.start + 1
    while index < span.end and doc[index].pos_ in {"ADJ", "NOUN"}:
        if _trouble_word(doc, index, names, cues):
            break
        index += 1  # "The global IT outage"
    if index >= span.end or not _trouble_word(doc, index, names, cues):
        return None
    return index


def _after_a_recalled_time(doc: Doc, index: int, cues: Cues) -> bool:
    """'in March, when ...', 'last July, when ...': a clause set off after a time that recalls
    another trouble's (a month, a season, a year, 'last'), not the story's ('on Monday, when
    ...')."""
    if index < 2 or doc[index - 1].text != ",":
        return False
    time = index - 2
    while time >= 0 and doc[time].ent_type_ in WHEN_ENTITIES:
        if doc[time].lower_ in cues.recalled_time_words or doc[time].shape_ == "dddd":
            return True
        time -= 1
    return False


def _cause_told_back(doc: Doc, sentence: Sentence, names: _Names, cues: Cues) -> bool:
    """A cause given by pointing back at the trouble the story told: a phrase of result
    that points back ('result_phrases': 'deliveries had been delayed as a result', not 'as a
    result of ...'), or a connector before a definite trouble with no owner named after it
    ('its tills failed after the outage', 'because of the attack'; not 'after the outage at
    X', nor 'days after the attack', a time)."""
    span = sentence.span
    text = [token.lower_ for token in span]
    for phrase in cues.result_phrases:
        words = phrase.split()
        for offset in range(len(text) - len(words) + 1):
            end = offset + len(words)
            if text[offset:end] == words and (end == len(text) or text[end] != "of"):
                return True
    openers, widest = phrase_shape(cues.cause_connectors)
    for index in range(span.start, span.end):
        if doc[index].lower_ not in openers:
            continue
        width = phrase_width_at(doc, index, span.end, cues.cause_connectors, widest)
        trouble = index + width + 1
        if (
            not width
            or trouble >= span.end
            or doc[index + width].lower_ not in DEFINITE_POINTERS
            or not _trouble_word(doc, trouble, names, cues)
            or _told_as_a_time(doc, index, span.start, cues)
        ):
            continue
        owner, _ = _named_after_link(doc, trouble + 1, span.end, names, cues)
        if owner is None:
            return True
    return False


def _told_as_a_time(doc: Doc, index: int, start: int, cues: Cues) -> bool:
    """'days after the attack on X', 'shortly after', 'the attack came after the one on X',
    'the report comes as shoppers worry after a breach at X': a connector that orders two
    events in time, not one that gives a cause ('on Friday after an outage at X' does)."""
    if index == start:
        return False
    if doc[index - 1].lemma_.lower() in cues.sequence_words:
        # "this week after an attack at its haulier, X" says when the trouble held; "the
        # third retailer hit this year after the attacks on X" orders two incidents
        deictic = index - 2 >= start and doc[index - 2].lower_ in cues.deictic_time_words
        return not (deictic and _at_an_owned_party(doc, index + 1, cues))
    return any(
        token.pos_ in {"VERB", "AUX"}
        and token.lemma_.lower() in cues.sequence_verbs
        and (
            doc[token.i + 1].lemma_.lower() in cues.sequence_words
            or doc[token.i + 1].lower_ in cues.cause_connectors
        )
        for token in doc[start:index]
    )


def _at_an_owned_party(doc: Doc, start: int, cues: Cues) -> bool:
    """A trouble's link followed by an owner's word and a supplier's: 'a cyber attack at its
    warehouse operator', "an outage at the chain's wholesaler"; not 'the attacks on
    Marlow's and Y'."""
    for index in range(start, min(start + CAUSE_REACH, len(doc) - 1)):
        if doc[index].lower_ in cues.cause_links:
            following = doc[index + 1 : min(index + 1 + NAME_REACH, len(doc))]
            owner = next((t.i for t in following[:OWNER_REACH] if t.tag_ in OWNER_TAGS), None)
            return owner is not None and any(
                t.lemma_.lower() in cues.supplier_heads for t in following if t.i > owner
            )
    return False


def _a_year_follows(doc: Doc, index: int, end: int) -> bool:
    """'switched suppliers after an outage at X in 2022': a trouble dated by a year alone is
    history the sentence recalls, not the cause of the trouble it tells."""
    return any(
        token.ent_type_ == "DATE" and token.shape_ == "dddd"
        for token in doc[index : min(index + HISTORY_REACH, end)]
    )


def _trouble_word(doc: Doc, index: int, names: _Names, cues: Cues) -> bool:
    """A word of trouble that is no part of a name ('Blackthorn Incident Response')."""
    word = doc[index].lower_
    return index not in names.inside and (word in cues.cause_failures or word in cues.cause_attacks)


def _trouble_of(
    doc: Doc, start: int, end: int, names: _Names, cues: Cues
) -> tuple[str | None, bool, int, int]:
    """The organisation whose trouble follows a connector, named before a failure ('after
    X's outage', 'after a faulty X update'; not before an attack, 'after a LockBit attack',
    where the name is the attacker's) or after the trouble's link ('after an outage at cloud
    host X', 'a faulty update pushed by its IT provider, X'); whether the trouble is told as
    another like it ('after a similar attack on X', 'an outage at its own data centre');
    where what names it ends; and the trouble's head word."""
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
                return None, False, head, head  # "the LockBit ransomware gang": no trouble
            if owner is not None:
                failure = doc[head].lower_ in cues.cause_failures
                return (owner if failure else None), separate, head + 1, head
            after = head + 1
            links = cues.cause_links
            if after < end and doc[after].tag_ == "VBN":
                after += 1  # "a faulty update pushed by X": its agent is the owner
                if after < end and doc[after].tag_ == "RP":
                    after += 1  # "pushed out by X"
                links = links | cues.agent_links
            named, name_end = _named_after_link(doc, after, end, names, cues, links)
            own = any(t.lower_ in cues.separate_markers for t in doc[after:name_end])
            return named, separate or own, name_end, head
        if not _in_a_noun_phrase(token):
            break
    return None, False, start, start


def _in_a_noun_phrase(token: Token) -> bool:
    return (
        token.pos_ in NOUN_PHRASE_POS
        or token.tag_ in NOUN_PHRASE_TAGS
        or token.lower_ in POSSESSIVES
    )


def _named_after_link(
    doc: Doc,
    start: int,
    end: int,
    names: _Names,
    cues: Cues,
    links: frozenset[str] | None = None,
) -> tuple[str | None, int]:
    """The organisation named after a trouble's link word ('at cloud host X', 'on its
    supplier, X', 'from X'; 'by' only after a participle, as 'an attack by X' names the
    attacker) and where its name ends."""
    if start >= end or doc[start].lower_ not in (links or cues.cause_links):
        return None, start
    return _name_within(doc, start + 1, end, names)


def _name_within(doc: Doc, start: int, end: int, names: _Names) -> tuple[str | None, int]:
    """The organisation named from `start` past words that describe it ('cloud host X',
    'its IT provider, X'), within NAME_REACH, and where its name ends; None at the first word
    that describes nothing."""
    for index in range(start, min(start + NAME_REACH, end)):
        if index in names.starts:
            return names.starts[index], _name_end(doc, index, end, names)
        if not _describes(doc, index, end):
            return None, index
    return None, start


def _name_end(doc: Doc, start: int, end: int, names: _Names) -> int:
    index = start
    while index < end and index in names.inside:
        index += 1
    return index


def _describes(doc: Doc, index: int, end: int) -> bool:
    """Whether a word between a link and a name describes the organisation: 'its IT
    provider, X', 'cloud computing company X' (a gerund only before a noun, as 'including X'
    lists)."""
    token = doc[index]
    if token.tag_ == "VBG":
        return index + 1 < end and doc[index + 1].pos_ == "NOUN"
    return token.pos_ in DESCRIPTION_POS or token.tag_ == "PRP$"


def _caused_by_its_own_verb(doc: Doc, name_end: int, end: int, cues: Cues) -> bool:
    """A trouble after 'after' may open a clause of its own: 'after an outage at X knocked
    them offline' is a cause, 'after the outage at X sent extra shoppers to its stores' is
    not; with no verb of its own the trouble is the cause."""
    for token in doc[name_end:end]:
        if token.pos_ == "PUNCT":
            return True
        if token.pos_ == "VERB":
            return token.tag_ not in FINITE_TAGS or token.lemma_.lower() in cues.cause_verbs
    return True


def _a_verb_of_causing_follows(doc: Doc, start: int, end: int, cues: Cues) -> bool:
    """'The failure at X knocked the app offline', 'An outage at X left customers unable to
    pay': the first verb after a trouble that opens its sentence causes the rest."""
    verb = next((t for t in doc[start:end] if t.pos_ == "VERB"), None)
    return verb is not None and verb.lemma_.lower() in cues.cause_verbs

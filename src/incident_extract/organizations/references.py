"""References: 'the retailer', 'the Ohio-based company', and which organisation each
sentence is about (its owner)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..dates.words import number_written
from ..layout import FINITE_TAGS, POSSESSIVE_TAG, RELATIVE_PRONOUNS, Layout, Sentence
from ..lexicon import Rules
from .model import (
    LIST_JOINERS,
    LISTED_DESCRIPTION_POS,
    POSSESSIVES,
    OrgCandidate,
    OrgMention,
    Rejection,
)
from .syntax import aside_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words between "the" and an anaphor head that describe attackers, not victims.
ATTACKER_WORDS = frozenset(
    {
        "hacking",
        "hacker",
        "hackers",
        "ransomware",
        "criminal",
        "cyber",
        "security",
        "threat",
        "gang",
    }
)
LONGEST_DESCRIPTION = 4  # words between "the" and the head: "the Ohio-based grocery chain"


def find_anaphora(doc: Doc, layout: Layout, rules: Rules) -> list[tuple[int, int, int]]:
    """'the retailer', 'the Ohio-based company': (sentence, start, end) of each reference."""
    heads = {head.split()[-1] for head in rules.cues.anaphora_heads}
    heads |= rules.cues.kind_anaphora_heads
    # what a company has or employs: "the company website", "the company spokesman"
    words = rules.victims
    owned_nouns = words["asset_nouns"] | words["premises_nouns"] | words["people_nouns"]
    found = []
    for sentence in layout.sentences:
        if sentence.in_boilerplate:
            continue
        tokens = sentence.span
        for offset, token in enumerate(tokens):
            if token.lower_ != "the":
                continue
            for length in range(1, LONGEST_DESCRIPTION + 1):
                if offset + length >= len(tokens):
                    break
                word = tokens[offset + length]
                if word.lower_ in ATTACKER_WORDS or (word.is_punct and word.text != "-"):
                    break
                if _names_one_before_its_head(word, tokens):
                    break  # "the LockBit group" names the gang, not the victim
                if word.lower_ in heads:
                    if word.lower_ in rules.cues.kind_anaphora_heads and word.is_title:
                        break  # "the Brantwood Academy Trust" is a name, not a reference
                    following = (
                        tokens[offset + length + 1] if offset + length + 1 < len(tokens) else None
                    )
                    if (
                        following is not None
                        and following.pos_ == "NOUN"
                        and following.lower_ not in owned_nouns
                    ):
                        # "the district court": a modifier; "the county council" goes on to
                        # its own head, "council"
                        continue
                    if following is None or (
                        following.lower_ != "of" and following.pos_ != "PROPN"
                    ):
                        found.append((sentence.index, token.i, word.i + 1))
                    break
    return found


# a lower-case head after a proper name: "the LockBit group", "the Scattered Spider gang"
NAMED_GROUP_HEADS = frozenset({"group", "gang", "crew"})


def _names_one_before_its_head(word: Token, tokens: Span) -> bool:
    """A proper name right before a lower-case 'group' or 'gang' names that group ('a note
    from the LockBit group'): no reference to the victim. Any other name inside a
    description leaves it a reference ('the Yorkshire company', 'the NHS trust')."""
    following = word.i + 1
    if following >= tokens.end:
        return False
    head = word.doc[following]
    return (
        word.pos_ == "PROPN"
        and word.text[:1].isupper()
        and head.is_lower
        and head.lower_ in NAMED_GROUP_HEADS
    )


def explicit_mentions(candidates: dict[str, OrgCandidate], count: int) -> list[list[OrgMention]]:
    """Per sentence, the named mentions of possible victims, in text order. An outlet that
    carries the story ("As Reuters reported, the company said") is never what it is about."""
    explicit: list[list[OrgMention]] = [[] for _ in range(count)]
    for candidate in candidates.values():
        if candidate.hard or (candidate.rejection is Rejection.OUTLET and not candidate.hit):
            continue
        for mention in candidate.named_mentions:
            explicit[mention.sentence].append(mention)
    for mentions in explicit:
        mentions.sort(key=lambda m: m.start)
    return explicit


def antecedent(
    sentence_index: int,
    start: int,
    explicit: list[list[OrgMention]],
    owners: list[str | None],
    sentences: list[Sentence],
    primary: str | None,
    bystanders: frozenset[str] = frozenset(),
    quote_end: int | None = None,
    not_described: frozenset[str] = frozenset(),
    others: frozenset[str] = frozenset(),
) -> str | None:
    """'the retailer': the organisation named before it in its sentence, outside a closed
    aside ("X's stores, which stretch to the Welsh border, ... the company said"), and a
    bystander only if no one else is ("in a filing with the SEC, the company said" is not
    about the SEC); else the one the previous sentence of its paragraph was about; else the
    article's subject, once named (by the end of the reference's sentence); else the one
    the last sentence before was about. After the `quote_end` of a quote opening the
    sentence, no name inside the quote is the speaker ('"... run by Acme," the chain said').
    Nor is one whose apposition holds the reference as a possessor (`not_described`: "Y, one
    of the firm's clients", the firm is another), nor one the reference is said to speak of
    (`others`: "The grocer said CartBridge told it ...")."""
    opens_after = quote_end if quote_end is not None and start > quote_end else -1
    before = [
        m
        for m in explicit[sentence_index]
        if opens_after < m.start
        and m.end <= start
        and (m.aside_end is None or start < m.aside_end)
        and m.key not in not_described
    ]
    subjects = [m.key for m in before if m.key not in bystanders and not m.addressee]
    if subjects:
        return subjects[-1]
    if before and primary is None:
        return before[-1].key
    paragraph = sentences[sentence_index].paragraph
    for index in range(sentence_index - 1, -1, -1):
        if sentences[index].paragraph != paragraph:
            break
        if owners[index] in others:
            break
        if owners[index]:
            return owners[index]
    if (
        primary is not None
        and primary not in others
        and any(m.key == primary for mentions in explicit[: sentence_index + 1] for m in mentions)
    ):
        return primary
    # the story's subject is not named yet ('the district' in the lede's paragraph after, where
    # the story names the subject only later as an earlier victim): the last sentence's owner
    last = next((owners[i] for i in range(sentence_index - 1, -1, -1) if owners[i]), primary)
    return None if last in others else last


def _reported_subject(
    doc: Doc, end: int, mentions: list[OrgMention], speech_verbs: frozenset[str]
) -> frozenset[str]:
    """'The grocer said CartBridge told it ...': the organisation named as the subject of
    what the reference says, right after its verb of saying (and 'that'), is another."""
    verb = end
    if verb < len(doc) and doc[verb].pos_ == "AUX":
        verb += 1  # "The company has said"
    if verb >= len(doc) or doc[verb].lemma_.lower() not in speech_verbs:
        return frozenset()
    subject = verb + 1
    if subject < len(doc) and doc[subject].lower_ == "that":
        subject += 1
    return frozenset(m.key for m in mentions if m.start == subject)


def _a_business(
    key: str,
    candidates: dict[str, OrgCandidate],
    owners: list[str | None],
    sentence_index: int,
    public_words: frozenset[str],
) -> str | None:
    """'The company said ...' never stands for a public body ('Pine Ridge Unified School
    District'): when the antecedent found is one, the organisation the nearest sentence
    before was about that is not one (its software supplier), or none."""
    if not _a_government(candidates, key, public_words):
        return key
    for index in range(sentence_index - 1, -1, -1):
        owner = owners[index]
        if owner is not None and not _a_government(candidates, owner, public_words):
            return owner
    return None


def _in_apposition_of(sentence: Sentence, mention: OrgMention, start: int) -> bool:
    """Whether `start` lies in a description set off by a comma right after the name, before
    any verb: 'Y, the housebuilder and one of the firm's clients, said'."""
    doc = sentence.span.doc
    between = doc[mention.end : start]
    return (
        len(between) > 0
        and between[0].text == ","
        and not any(token.pos_ in {"VERB", "AUX"} for token in between)
    )


def _in_relative_clause_of(doc: Doc, mention: OrgMention, start: int) -> bool:
    """Whether `start` lies in a relative clause set off by a comma right after the name,
    before the comma that closes it: 'Y, which relies on the firm for chilled goods, said'."""
    between = doc[mention.end : start]
    return (
        len(between) > 1
        and between[0].text == ","
        and between[1].lower_ in RELATIVE_PRONOUNS
        and not any(token.text == "," for token in between[2:])
    )


def resolve_anaphora(
    doc: Doc,
    layout: Layout,
    rules: Rules,
    candidates: dict[str, OrgCandidate],
    primary: str | None,
) -> tuple[list[str | None], frozenset[int]]:
    """Attach each 'the retailer' and each counted group ('both retailers') to its
    antecedents; return each sentence's owner, and the sentences a group of others opens,
    which are no one's."""
    sentences = layout.sentences
    explicit = explicit_mentions(candidates, len(sentences))
    # a bystander, or the gang that claimed the attack, is no one's "the council"
    not_antecedents = frozenset(
        key
        for key, c in candidates.items()
        if (c.rejection is Rejection.BYSTANDER and not c.hit) or c.rejection is Rejection.ATTACKER
    )
    governments = rules.victims["place_government_words"]
    public_words = governments | rules.victims["place_institution_words"]
    # a sentence a bystander opens ("The regulator said the retailer's ...") is about the
    # first one named after it; one about the attacker's malware ("The malware, a variant of
    # the Nightjar ransomware, encrypts ...") is about the story's attack, as if unnamed
    not_owners = frozenset(
        key
        for key, c in candidates.items()
        if c.rejection in {Rejection.BYSTANDER, Rejection.ATTACKER} and not c.hit
    )
    owners: list[str | None] = [
        next((m.key for m in mentions if m.key not in not_owners and not m.addressee), None)
        for mentions in explicit
    ]
    named = {i for mentions in explicit for m in mentions for i in range(m.start, m.end)}
    speakers: dict[int, str] = {}  # the organisation an attribution after a quote names
    quote_ends = [_opening_quote_end(sentence) for sentence in sentences]
    voice = _narrative_first_person(sentences)
    author = _author(sentences, explicit, candidates, voice)
    if author is not None:
        for sentence_index, token in voice:
            candidates[author].mentions.append(
                OrgMention(author, token.text, token.i, token.i + 1, sentence_index, anaphor=True)
            )
            owners[sentence_index] = owners[sentence_index] or author
    for sentence_index, token, subject in [
        *_possessives_of_the_subject_before(sentences, explicit, not_owners),
        *_possessives_of_its_own_subject(sentences, explicit, not_owners),
    ]:
        candidates[subject].mentions.append(
            OrgMention(subject, token.text, token.i, token.i + 1, sentence_index, anaphor=True)
        )
        owners[sentence_index] = subject
    for sentence_index, start, end in find_anaphora(doc, layout, rules):
        if named.intersection(range(start, end)):
            continue  # "the Harlech Inns group" is a name, not a reference
        quote_end = quote_ends[sentence_index]
        # "Y, one of the firm's clients,": a possessor in a name's apposition is another's
        possessive = end < len(doc) and doc[end].text in POSSESSIVES
        describes = [
            m.key
            for m in explicit[sentence_index]
            if possessive and _in_apposition_of(sentences[sentence_index], m, start)
        ]
        # "Y, which relies on the firm for chilled goods,": the firm its relative clause
        # names is another
        relatives = [
            m.key for m in explicit[sentence_index] if _in_relative_clause_of(doc, m, start)
        ]
        key = antecedent(
            sentence_index,
            start,
            explicit,
            owners,
            sentences,
            primary,
            not_antecedents,
            quote_end,
            not_described=frozenset(describes + relatives),
            others=_reported_subject(doc, end, explicit[sentence_index], rules.cues.speech_verbs),
        )
        if doc[end - 1].lower_ in governments and not _a_government(candidates, key, governments):
            # "the county" is a county's government, not the company the sentence before
            # was about ("Harwell Foods, the county's largest employer, said ...")
            continue
        head = doc[end - 1].lower_
        if head in rules.cues.business_anaphora_heads and key is not None:
            key = _a_business(key, candidates, owners, sentence_index, public_words)
        kind = head in rules.cues.kind_anaphora_heads
        if key is None and kind:
            # "The trust behind four care homes has said ...", its name told after
            key = _named_after(doc, candidates, explicit, sentence_index, head)
        if key is None:
            continue
        if kind and not _of_kind(doc, candidates[key], head):
            continue  # "the bank" in a story about a retailer is another organisation
        span = sentences[sentence_index].span
        # "X, the airport's largest carrier, said its ...": what follows the aside is X's
        closes = (
            aside_end(doc, start, span.start, span.end, possessor=bool(describes))
            if describes or relatives
            else None
        )
        candidates[key].mentions.append(
            OrgMention(
                key, doc[start:end].text, start, end, sentence_index, anaphor=True, aside_end=closes
            )
        )
        if quote_end is not None and start > quote_end:
            speakers.setdefault(sentence_index, key)
        # the owner's first name in the sentence, not a reference's
        owner_named = next(
            (m for m in explicit[sentence_index] if m.key == owners[sentence_index]), None
        )
        if owners[sentence_index] is None or (
            owner_named is not None
            and start < owner_named.start
            and _stands_for_itself(doc, start, end, owner_named.start)
        ):
            # "The company has told the regulator ...": the sentence is about the one the
            # reference before any name stands for
            owners[sentence_index] = key
    # a group counts victims the text already tells were hit
    eligible = frozenset(k for k, c in candidates.items() if c.hit) - not_antecedents
    set_apart_words = rules.cues.group_exclusions | rules.victims["rival_words"]
    of_others: set[int] = set()
    for group in find_group_references(doc, layout, rules):
        if named.intersection(range(group.start, group.end)):
            continue
        opens = all(
            token.pos_ in SENTENCE_OPENING_POS
            for token in doc[sentences[group.sentence].span.start : group.start]
        )
        if group.set_apart:
            if opens and not explicit[group.sentence]:
                # "The two other chains said card payments were working": a sentence of
                # others, not one of the story's victim
                of_others.add(group.sentence)
            continue
        keys = _listed_before(doc, explicit, group, eligible, set_apart_words)
        for key in keys:
            candidates[key].mentions.append(
                OrgMention(
                    key,
                    doc[group.start : group.end].text,
                    group.start,
                    group.end,
                    group.sentence,
                    anaphor=True,
                )
            )
        if keys and owners[group.sentence] is None:
            owners[group.sentence] = keys[0]
    for index, (sentence, quote_end) in enumerate(zip(sentences, quote_ends, strict=True)):
        if quote_end is not None and _speaks_in_the_first_person(sentence):
            owners[index] = _speaker(index, explicit, speakers, quote_end)
    return owners, frozenset(of_others)


@dataclass(frozen=True)
class GroupReference:
    """'Both retailers', 'all three councils', 'each of the airlines': a counted group of a
    kind of organisation, which stands for as many named together before it (count None:
    any number, two at least)."""

    sentence: int
    start: int
    end: int
    count: int | None
    set_apart: bool = False  # "the two other chains", "Rival supermarkets": not those named


GROUP_MODIFIER_REACH = 2  # "the two supermarket chains", "both high street chains"
GROUP_REACH = 4  # sentences back from the group to the list of names it counts
PAIR_WORD = "both"
COUNTING_DETERMINERS = frozenset({"the", "all"})  # "the three firms", "all three councils"
PARTITIVE_OPENERS = frozenset({"each", "all", "both"})  # "each of the airlines"
PLURAL_NOUN_TAG = "NNS"
SET_APART_OPENING_POS = frozenset({"DET", "NUM"})
SENTENCE_OPENING_POS = frozenset({"PUNCT", "CCONJ", "SPACE"})  # "But the two other chains"


def find_group_references(doc: Doc, layout: Layout, rules: Rules) -> list[GroupReference]:
    """Every counted group of a kind of organisation, and every group set apart from those
    named ('two other chains', 'the remaining banks': cues.json group_exclusions), marked
    so."""
    heads = {head.split()[-1] for head in rules.cues.anaphora_heads}
    heads = (heads | rules.cues.kind_anaphora_heads) - rules.cues.ungrouped_heads
    found = []
    for sentence in layout.sentences:
        if sentence.in_boilerplate:
            continue
        floor = sentence.span.start
        for token in sentence.span:
            if token.tag_ != PLURAL_NOUN_TAG or token.lemma_.lower() not in heads:
                continue
            opening = token.i
            while (
                token.i - opening < GROUP_MODIFIER_REACH
                and opening - 1 > floor
                and doc[opening - 1].pos_ in LISTED_DESCRIPTION_POS
                and doc[opening - 1].is_lower
            ):
                opening -= 1
            if any(t.lower_ in rules.cues.group_exclusions for t in doc[opening : token.i]):
                while opening > floor and doc[opening - 1].pos_ in SET_APART_OPENING_POS:
                    opening -= 1  # "The two other chains", "Several rival grocers"
                found.append(GroupReference(sentence.index, opening, token.i + 1, None, True))
                continue
            counted = _counting_words(doc, floor, opening)
            if counted is not None:
                start, count = counted
                found.append(GroupReference(sentence.index, start, token.i + 1, count))
    return found


def _counting_words(doc: Doc, floor: int, opening: int) -> tuple[int, int | None] | None:
    """Where the words that count a group end before `opening` begin, and the count: 'both'
    (two), 'the three', 'all three', 'each of the' (any), 'each of the three'."""
    words = [token.lower_ for token in doc[floor:opening]]
    at = len(words) - 1
    if at < 0:
        return None
    count = number_written(words[at])
    if count is not None:
        at -= 1
        if at >= 0 and words[at] in COUNTING_DETERMINERS and not _partitive(words, at):
            return floor + at, count
    elif words[at] == PAIR_WORD:
        return floor + at, 2
    elif words[at] == "the" and at >= 1 and words[at - 1] == PAIR_WORD:
        return floor + at - 1, 2
    if at >= 0 and _partitive(words, at):
        opener = words[at - 2]
        return floor + at - 2, 2 if opener == PAIR_WORD else count
    return None


def _partitive(words: list[str], at: int) -> bool:
    """'each of the', 'all of the', 'both of the' ending at `at`."""
    return (
        at >= 2
        and words[at] == "the"
        and words[at - 1] == "of"
        and words[at - 2] in PARTITIVE_OPENERS
    )


SET_APART_REACH = 3  # "Rival grocers X and Y", "two other chains, X and Y"
LISTED_NAMES_GAP = 4  # "homeware retailer X and sports chain Y": words between listed names
LIST_GAP_POS = frozenset({"DET", "ADP", "NOUN", "ADJ", "CCONJ", "PUNCT"})


def _listed_before(
    doc: Doc,
    explicit: list[list[OrgMention]],
    group: GroupReference,
    eligible: frozenset[str],
    set_apart_words: frozenset[str],
) -> list[str]:
    """The names a group stands for: the nearest list before it, in its sentence, up to
    GROUP_REACH sentences back or in the headline, of as many names as it counts ('X and Y
    ... Both retailers said'); none when no list so long is told."""
    first = max(group.sentence - GROUP_REACH, 0)
    for index in [*range(group.sentence, first - 1, -1), *([0] if first > 0 else [])]:
        mentions = [
            m
            for m in explicit[index]
            if m.key in eligible and (index < group.sentence or m.end <= group.start)
        ]
        for listed in reversed(_lists(doc, mentions)):
            opening = doc[max(listed[0].start - SET_APART_REACH, 0) : listed[0].start]
            if any(token.lower_ in set_apart_words for token in opening):
                continue  # "Rival grocers X and Y": not the ones the story counts
            keys = list(dict.fromkeys(m.key for m in listed))
            if len(keys) == group.count or (group.count is None and len(keys) > 1):
                return keys
    return []


def _lists(doc: Doc, mentions: list[OrgMention]) -> list[list[OrgMention]]:
    """Runs of names joined as a list: only a joiner and a few common words between each."""
    runs: list[list[OrgMention]] = []
    for mention in mentions:
        if runs and _joined(doc[runs[-1][-1].end : mention.start]):
            runs[-1].append(mention)
        else:
            runs.append([mention])
    return runs


def _joined(between: Span) -> bool:
    return (
        0 < len(between) <= LISTED_NAMES_GAP
        and any(token.lower_ in LIST_JOINERS for token in between)
        and all(token.pos_ in LIST_GAP_POS and not token.is_title for token in between)
    )


POSSESSIVE_PRONOUN = "its"


def _possessives_of_the_subject_before(
    sentences: list[Sentence], explicit: list[list[OrgMention]], not_owners: frozenset[str]
) -> list[tuple[int, Token, str]]:
    """'X runs the payroll of 60 councils. Its systems failed on Tuesday': an 'its' in the
    subject of a sentence that names no one (before its first finite verb, past a fronted
    'On Saturday') stands for the one the sentence before opened on as its subject, when it
    named no other; what the sentence tells of 'its systems' is that one's."""
    found = []
    for index in range(1, len(sentences)):
        sentence, before = sentences[index], sentences[index - 1]
        if sentence.in_boilerplate or explicit[index] or sentence.is_title:
            continue
        keys = {m.key for m in explicit[index - 1]}
        if len(keys) != 1 or keys & not_owners:
            continue
        first = min(explicit[index - 1], key=lambda m: m.start)
        if first.start != before.span.start:
            continue  # the one before must open its sentence, as its subject
        for token in sentence.span:
            if token.tag_ in FINITE_TAGS or token.text in QUOTE_MARKS:
                break
            if token.lower_ == POSSESSIVE_PRONOUN and token.tag_ == "PRP$":
                found.append((index, token, first.key))
                break
    return found


def _possessives_of_its_own_subject(
    sentences: list[Sentence], explicit: list[list[OrgMention]], not_owners: frozenset[str]
) -> list[tuple[int, Token, str]]:
    """'X said its stores were open, but its loyalty scheme has been down since Monday': an
    'its' that opens the subject of a later clause, right after its conjunction, in a sentence
    that one organisation opens as its subject and names no other, stands for that one, as in
    the sentence after; not after another owner's possessive ('the shopping centre's car park
    was open, but its parking app ...')."""
    found = []
    for index, sentence in enumerate(sentences):
        keys = {m.key for m in explicit[index]}
        if sentence.in_boilerplate or len(keys) != 1 or keys & not_owners:
            continue
        first = min(explicit[index], key=lambda m: m.start)
        if first.start != sentence.span.start:
            continue
        doc = sentence.span.doc
        for start in sentence.independent_starts:
            if start < first.end:
                continue
            if any(token.tag_ == POSSESSIVE_TAG for token in doc[first.end : start]):
                break  # "the shopping centre's car park was open, but its app ...": another's
            # the clause's first words: its conjunction, then "its" opening the subject; not
            # "and that no other part of its network", the opener's report going on
            for token in doc[start : sentence.span.end]:
                if token.lower_ == POSSESSIVE_PRONOUN and token.tag_ == "PRP$":
                    found.append((index, token, first.key))
                if token.pos_ not in CLAUSE_OPENING_POS:
                    break
    return found


CLAUSE_OPENING_POS = frozenset({"CCONJ", "PUNCT", "ADV"})  # ", but also", "; and then"


QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
FIRST_PERSON = frozenset({"we", "our", "us", "ours"})
AUTHOR_WORDS = frozenset({"we", "our"})  # the writer as subject or owner; "tell us" is neither
SINGLE_OPENERS = frozenset({"\u2018", "'"})
SINGLE_CLOSERS = frozenset({"\u2019", "'"})
AUTHOR_VOICE_SENTENCES = 2  # narrative sentences in the first person that make a notice
SIGN_OFF_SENTENCES = 2  # the closing lines where a notice signs its name
MASTHEAD_TOKENS = 16  # a line that names its writer: "Marlowe District Council", "Issued by X"


def _narrative_first_person(sentences: list[Sentence]) -> list[tuple[int, Token]]:
    """'we' and 'our' outside quotation marks, double or single: the voice of whoever wrote
    the text (a quote's first person is its speaker's). A quote runs on to the end of its
    paragraph when it is not closed. A single mark opens a quote after a space and closes
    one after punctuation; an apostrophe ('customers' data') does neither."""
    found = []
    inside = False
    paragraph = None
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            inside, paragraph = False, sentence.paragraph
        if sentence.in_boilerplate:
            continue
        for token in sentence.span:
            if token.text in QUOTE_MARKS:
                inside = not inside if token.text == '"' else token.text == "\u201c"
            elif _opens_single_quote(token):
                inside = True
            elif _closes_single_quote(token):
                inside = False
            elif not inside and token.lower_ in AUTHOR_WORDS:
                found.append((sentence.index, token))
    return found


def _opens_single_quote(token: Token) -> bool:
    doc = token.doc
    spaced_before = token.i == 0 or bool(doc[token.i - 1].whitespace_) or doc[token.i - 1].is_space
    return token.text in SINGLE_OPENERS and spaced_before and not token.whitespace_


def _closes_single_quote(token: Token) -> bool:
    return (
        token.text in SINGLE_CLOSERS
        and token.i > 0
        and token.doc[token.i - 1].is_punct
        and not token.doc[token.i - 1].whitespace_
    )


def _author(
    sentences: list[Sentence],
    explicit: list[list[OrgMention]],
    candidates: dict[str, OrgCandidate],
    voice: list[tuple[int, Token]],
) -> str | None:
    """Who writes a notice, a press release or a service update in its own voice ('we
    found malware on two of our servers'): the organisation named on a line of its own (a
    masthead, a headline without a verb, 'Issued by X') before the first person begins or at
    the close, when the text's own narrative speaks in the first person plural in more than
    one sentence. A column's 'we' (the readers) and a liveblog's (the newsroom) name no
    such line; a liveblog's clock-timed entries say so."""
    voiced = {index for index, _ in voice}
    if len(voiced) < AUTHOR_VOICE_SENTENCES or _a_liveblog(sentences):
        return None
    story = [s.index for s in sentences if not s.in_boilerplate]
    opening = [i for i in story if i <= min(voiced)]
    closing = story[-SIGN_OFF_SENTENCES:]
    for indices in (opening, closing):
        for index in indices:
            if not _a_masthead(sentences[index]):
                continue
            for mention in explicit[index]:
                candidate = candidates[mention.key]
                if candidate.rejection not in {Rejection.BYSTANDER, Rejection.ATTACKER}:
                    return mention.key
    return None


def _a_masthead(sentence: Sentence) -> bool:
    """A short line with no finite verb: a name, a headline of nouns, a sign-off."""
    words = [t for t in sentence.span if not (t.is_space or t.is_punct)]
    return len(words) <= MASTHEAD_TOKENS and not any(t.tag_ in FINITE_TAGS for t in words)


def _a_liveblog(sentences: list[Sentence]) -> bool:
    """Entries opened by clock times: a newsroom's "we", not a notice's."""
    return any(sentence.entry_minute is not None for sentence in sentences)


def _opening_quote_end(sentence: Sentence) -> int | None:
    """The token index of the mark that closes a quote opening the sentence (its end when the
    quote runs on), or None when the sentence does not open with a quote."""
    tokens = (t for t in sentence.span if not t.is_space)
    first = next(tokens, None)
    if first is None or first.text not in QUOTE_MARKS:
        return None
    return next((t.i for t in tokens if t.text in QUOTE_MARKS), sentence.span.end)


def _speaks_in_the_first_person(sentence: Sentence) -> bool:
    """'"Our tills do not use X's software," ...': a quote (opening the sentence) whose first
    word is 'we' or 'our' is its speaker's, whoever it names."""
    first = sentence.first_word()
    return first is not None and first.lower_ in FIRST_PERSON


def _speaker(
    index: int, explicit: list[list[OrgMention]], speakers: dict[int, str], quote_end: int | None
) -> str | None:
    """Who speaks a quote: the organisation its attribution names ('..., the group said');
    None leaves it to the paragraph, as for a sentence naming no one (`fill_owners`)."""
    named_after = [m.key for m in explicit[index] if quote_end is not None and m.start > quote_end]
    return named_after[0] if named_after else speakers.get(index)


def _a_government(
    candidates: dict[str, OrgCandidate], key: str | None, governments: frozenset[str]
) -> bool:
    return key is not None and any(
        word in governments for word in candidates[key].name.lower().split()
    )


POSSESSED_NAME_REACH = 4  # "the company's point-of-sale vendor, X": from the 's to X
COMPARED = frozenset({"like", "unlike"})  # "Like the retailer, X was hit"


def _stands_for_itself(doc: Doc, start: int, end: int, name: int) -> bool:
    """A reference that is no mere possessor of the name after it ("The company's supplier
    X said") nor a comparison set before it ("Like the retailer, X was hit")."""
    if start > 0 and doc[start - 1].lower_ in COMPARED:
        return False
    possessive = end < len(doc) and doc[end].tag_ == "POS"
    return not (possessive and name - end <= POSSESSED_NAME_REACH)


def _named_after(
    doc: Doc,
    candidates: dict[str, OrgCandidate],
    explicit: list[list[OrgMention]],
    sentence_index: int,
    head: str,
) -> str | None:
    """The first organisation of the reference's kind named after it, for a reference that
    opens the story before any name."""
    for mentions in explicit[sentence_index:]:
        for mention in mentions:
            if _of_kind(doc, candidates[mention.key], head):
                return mention.key
    return None


KIND_DESCRIPTION_REACH = 5  # "X, a Leeds-based lender"
DESCRIPTION_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "VERB"})  # "a Leeds-based lender"


def _of_kind(doc: Doc, candidate: OrgCandidate, head: str) -> bool:
    """Whether the organisation's name ('Larkhill Learning Trust') or a description right
    beside one of its names holds the kind as its head noun: 'the lender Ashby Mutual',
    'Ashby Mutual, a Leeds-based lender,' (not a modifier: 'the bank holiday weekend, X')."""
    name_words = {word.lower() for word in candidate.name.split()}
    if head in name_words or f"{head}s" in name_words:  # "the hospital" of "X Hospitals"
        return True
    for mention in candidate.named_mentions:
        if mention.start and doc[mention.start - 1].lemma_.lower() == head:
            return True
        if mention.end < len(doc) and doc[mention.end].text == ",":
            described = doc[mention.end + 1 : mention.end + 1 + KIND_DESCRIPTION_REACH]
            nouns = []
            for token in described:
                if token.pos_ not in DESCRIPTION_POS and token.text != "-":
                    break
                if token.pos_ == "NOUN":
                    nouns.append(token)
            if nouns and nouns[-1].lemma_.lower() == head:
                return True
    return False


def fill_owners(
    owners: list[str | None],
    sentences: list[Sentence],
    primary: str,
    of_others: frozenset[int] = frozenset(),
) -> None:
    """A sentence that names no one is about the one its paragraph was about, else the
    article's subject; not one a group of others opens."""
    for index, sentence in enumerate(sentences):
        if owners[index] is None and not sentence.in_boilerplate and index not in of_others:
            same_paragraph = index > 0 and sentences[index - 1].paragraph == sentence.paragraph
            owners[index] = owners[index - 1] if same_paragraph and owners[index - 1] else primary

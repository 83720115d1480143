"""Who speaks for a business: its owner or its spokesperson telling of its own trouble
('"My card reader went down at ten," said Aoife Brennan, owner of Brennan's Cheese Counter';
'Mark Tully, who runs Riverside Fresh Fish, said the reader stopped working'), or the business
itself, named only as the speaker of what it reports ('"Our tills are down," X said'; 'Online
orders have been suspended after a ransomware attack, X said'). A business is often named only
so, and what it or its people tell of it is its incident."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..layout import POSSESSIVE_TAG, WHEN_ENTITIES, Layout, Sentence
from ..nlp import SERVICE_SPANS
from .mentions import INDEFINITE_ARTICLES, has_frame_before
from .model import OrgCandidate, OrgMention, TieKind, another_named_before
from .references import FIRST_PERSON as NARRATIVE_FIRST_PERSON
from .references import QUOTE_MARKS
from .syntax import speaks_at
from .victims import BEFORE_LABELS as TROUBLE_LABELS  # the words that put one on the receiving end
from .victims import CAUSE_LABELS, UNFACTUAL_LABELS  # an incident word or its kind
from .victims import STEADY_OWNERS as OWN_WORDS  # the speaker's own: "its shops", "we"

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..lexicon import Rules

# a sole trader speaks as "I" too: "My card reader went down"
FIRST_PERSON = NARRATIVE_FIRST_PERSON | {"i", "my", "me"}
NEGATION_REACH = 3  # "our tills did not stop": a negation just before the trouble
OWNER_REACH = 6  # "Our card machine at the market stopped working"
PRONOUN_TAGS = frozenset({"PRP", "PRP$"})
TARGET_PREPOSITIONS = frozenset({"on", "at", "against"})
SPEECH_REACH = 2  # "P, who runs X, told reporters": the verb right after the aside
DESCRIPTION_REACH = 4  # '..." the homeware retailer X said': words between the quote and X
# others the words before a speaker name: "the attack on Y disrupted orders, X said"
OTHERS_NAMED = frozenset({"ORG", "PERSON"})
PLACING_WORDS = frozenset({"at", "across", "for"})  # "suspended at many retailers"
SPREADING_WORDS = frozenset({"across"})  # "across the sector": many, unless "across its stores"
OWN_PLACE_REACH = 4  # "at all 40 of its shops"
PLURAL_NOUN_TAG = "NNS"
DATE_ENTITY = "DATE"
RELATIVE_WORDS = frozenset({"that", "which", "who"})  # "a bug that caused the app to crash"
OTHERS_OWN = frozenset({"its", "their", "his", "her"})  # in a first-person quote: another's
DONE_TO_REACH = 2  # '"We have suspended its licence"': the thing right after the act


def tie_businesses_their_people_speak_for(
    candidates: dict[str, OrgCandidate], doc: Doc, layout: Layout, rules: Rules
) -> set[int]:
    """A business named after a link to the person who speaks (`owner_links`: 'who runs',
    'owner of'; `spokesperson_links`: 'a spokesman for') is hit when that person tells
    trouble: in a quote in the first person, in its sentence or the quote that goes on in the
    next one, or in what they said after the aside ('P, who runs X, said the card terminal
    stopped working'); not trouble they deny ('our tills were not affected'), nor others'
    ('an analyst at X').
    A business named as the speaker after what it reports is hit when the report tells its
    own trouble: a quote in the first person ('"We have been hit by ransomware," said X'), or
    words with no quote that tell an incident and trouble of its own things ('Card payments
    failed at all 40 of its shops after a fault, X said') or of a service ('Online orders have
    been suspended after a ransomware attack, X said'), naming no other ('The attack on Y
    disrupted orders, X said'), placing it at no others ('... were suspended at many
    retailers, X said') and denying none ('No systems were affected, X said'); only when no
    other organisation is told hit, and never a public authority ('..., Kent Police said').
    Returns the sentences that name a business so: they tie it as an incident word would."""
    tied: set[int] = set()
    links = rules.victims["owner_links"] | rules.victims["spokesperson_links"]
    # a business that only speaks of its trouble is the story's victim when no other is told
    # hit: a client quoted first in a story of its supplier's outage is no victim of its own
    hit = {
        key
        for key, candidate in candidates.items()
        if candidate.rejection is None and TieKind.PATIENT in candidate.strong_ties.values()
    }
    speech_verbs = rules.cues.speech_verbs
    for key, candidate in candidates.items():
        if candidate.rejection is not None:
            continue
        for mention in candidate.named_mentions:
            sentence = layout.sentences[mention.sentence]
            if has_frame_before(doc, mention.start, links):
                told = _tells_own_trouble(doc, layout, sentence, mention, speech_verbs)
            elif _an_authority(doc, mention, rules.victims["authority_name_words"]) or (
                hit - {key}
            ):
                told = False  # "..., Kent Police said": the police tell others' trouble
            else:
                # "its" and a service with no owner go back to a name told before
                first = not another_named_before(candidates, key, sentence.span.start)
                told = _reports_own_trouble(
                    doc, sentence, mention, speech_verbs, first, rules.victims["people_nouns"]
                )
            if told:
                candidate.strong_ties.setdefault(mention.sentence, TieKind.PATIENT)
                tied.add(mention.sentence)
    return tied


def _tells_own_trouble(
    doc: Doc,
    layout: Layout,
    sentence: Sentence,
    mention: OrgMention,
    speech_verbs: frozenset[str],
) -> bool:
    quotes = _quotes(sentence)
    if not quotes:
        return _reported_after_the_aside(doc, sentence, mention, speech_verbs)
    if any(_first_person_trouble(doc, sentence, start, end) for start, end in quotes):
        return True
    following = _quote_going_on(layout, sentence)
    return following is not None and any(
        _first_person_trouble(doc, following, start, end) for start, end in _quotes(following)
    )


def _reports_own_trouble(
    doc: Doc,
    sentence: Sentence,
    mention: OrgMention,
    speech_verbs: frozenset[str],
    first_named: bool,
    people: frozenset[str],
) -> bool:
    """X speaks after what it reports ('"...," X said', '"...," said X', '..., the retailer X
    said'), and the report tells X's own trouble: a quote in the first person, done to no
    other ('"We have suspended its licence"' is an act on another); words with no quote only
    in the story's body, where X is the first organisation named: after another, 'its' and a
    service with no owner are that one's ('Hackers hit Y. Its website was down, police
    said'), and a headline's '..., X says' is often a parent or a regulator telling another's
    trouble. A quote recalling an old attack ('"When we were hit in 2021 ..."') ties no one;
    words with no quote must tell an incident word or its kind, not only a delay."""
    report_end = _report_end_before(doc, sentence, mention, speech_verbs)
    if report_end is None or any(sentence.cues_labelled(*UNFACTUAL_LABELS)):
        return False  # '"If we were hit by ransomware, we would close," said X'
    # the closing mark stands before the comma or after it: '...",' or '...,"'
    quotes = [(start, end) for start, end in _quotes(sentence) if end < mention.start]
    if quotes:
        start, end = quotes[-1]
        return (
            _first_person_trouble(doc, sentence, start, end)
            and not _done_to_another(sentence, start, end)
            and not _told_of_years_ago(doc, start, end)
        )
    if sentence.is_title or not first_named:
        return False
    start = sentence.span.start
    return (
        # not a trouble told of another thing: "fixes a bug that caused the app to crash"
        not any(t.lower_ in RELATIVE_WORDS for t in doc[start:report_end])
        # an IT incident told in the report: not "Deliveries have been delayed by snow"
        and any(start <= c.start < report_end for c in sentence.cues_labelled(*CAUSE_LABELS))
        and not any(t.ent_type_ in OTHERS_NAMED for t in doc[start:report_end])
        and not _anothers_possession(doc, start, report_end, mention, people)
        and not any(start <= c.start < report_end for c in sentence.cues_labelled("negation"))
        and not _placed_at_others(doc, start, report_end)
        and _trouble_of_its_own(sentence, start, report_end)
    )


def _anothers_possession(
    doc: Doc, start: int, end: int, mention: OrgMention, people: frozenset[str]
) -> bool:
    """'The school's website was taken offline, police said': a possessive of another owner;
    not of the speaker's kind ('The council's website ..., X District Council said') nor of
    the people it serves ('Customers' names were stolen')."""
    own = {token.lower_ for token in doc[mention.start : mention.end]}
    return any(
        token.tag_ == POSSESSIVE_TAG
        and token.i > start
        and doc[token.i - 1].lower_ not in own | people
        for token in doc[start:end]
    )


def _an_authority(doc: Doc, mention: OrgMention, words: frozenset[str]) -> bool:
    """'Kent Police', 'the Health Ministry', 'the Transport Department': a name whose words
    make it a public authority (`authority_name_words`), which speaks of others' trouble."""
    return any(token.lower_ in words for token in doc[mention.start : mention.end])


def _report_end_before(
    doc: Doc, sentence: Sentence, mention: OrgMention, speech_verbs: frozenset[str]
) -> int | None:
    """Where the words X reports end, when X speaks after them: the comma (or the quote
    mark) before 'X said' or 'said X', past a description of X ('the homeware retailer X');
    None when X speaks first or not at all."""
    verb_after = speaks_at(doc, mention.end, speech_verbs)
    verb_before = mention.start - 1 > sentence.span.start and speaks_at(
        doc, mention.start - 1, speech_verbs
    )
    if not (verb_after or verb_before):
        return None
    index = mention.start - 1 - (0 if verb_after else 1)
    floor = max(sentence.span.start, index - DESCRIPTION_REACH)
    while index > floor and doc[index].pos_ in {"DET", "ADJ", "NOUN"}:
        index -= 1
    while index > sentence.span.start and doc[index].text in QUOTE_MARKS:
        index -= 1
    return index if doc[index].text == "," else None


def _told_of_years_ago(doc: Doc, start: int, end: int) -> bool:
    """'"When we were hit by ransomware in 2021 ..."', '"... three years ago"': a quote that
    recalls an old attack, in a story about something else."""
    return any(
        token.ent_type_ == DATE_ENTITY and (token.lower_ == "ago" or token.shape_ == "dddd")
        for token in doc[start:end]
    )


def _done_to_another(sentence: Sentence, start: int, end: int) -> bool:
    """'"We have suspended its licence"', '"We took their systems offline"': the speaker's act
    on another's thing, named right after the trouble."""
    doc = sentence.span.doc
    return any(
        start <= cue.start < end
        and cue.end < end
        and doc[cue.end].lower_ != "by"  # '"We have been hit by Y"': the doer
        and any(
            t.lower_ in OTHERS_OWN or (t.pos_ == "PROPN" and t.ent_type_ not in WHEN_ENTITIES)
            for t in doc[cue.end : min(cue.end + DONE_TO_REACH, end)]
        )
        for cue in sentence.cues_labelled(*TROUBLE_LABELS)
    )


def _placed_at_others(doc: Doc, start: int, end: int) -> bool:
    """'... were suspended at many retailers', 'across hospitals in the region', 'failed at a
    Brayford bakery': the trouble placed at others; not 'at all 40 of its shops'."""
    for token in doc[start:end]:
        if token.lower_ not in PLACING_WORDS:
            continue
        placed = doc[token.i + 1 : min(token.i + 1 + OWN_PLACE_REACH, end)]
        # "at many retailers", "at a Brayford bakery", "across the sector": others', not "at
        # all 40 of its shops"
        others = (
            token.lower_ in SPREADING_WORDS
            or any(t.tag_ == PLURAL_NOUN_TAG for t in placed)
            or (len(placed) > 0 and placed[0].lower_ in INDEFINITE_ARTICLES)
        )
        if others and not any(t.lower_ in OWN_WORDS for t in placed):
            return True
    return False


def _trouble_of_its_own(sentence: Sentence, start: int, end: int) -> bool:
    """Trouble told in the words before the speaker, of the speaker's own things ('its', 'our'
    the nearest owner before it) or of a service named with no owner ('Online orders have
    been suspended'), not of another owner's ('their tills went down')."""
    doc = sentence.span.doc
    services = {i for span in doc.spans[SERVICE_SPANS] for i in range(span.start, span.end)}
    for cue in sentence.cues_labelled(*TROUBLE_LABELS):
        if not (start <= cue.start < end) or not _trouble_in(sentence, cue.start, cue.end):
            continue
        window = doc[max(start, cue.start - OWNER_REACH) : cue.start]
        owner = next((t for t in reversed(window) if t.tag_ in PRONOUN_TAGS), None)
        if owner is not None:
            if owner.lower_ in OWN_WORDS:
                return True
            continue
        if any(i in services for i in range(start, cue.end)):
            return True
    return False


def _quotes(sentence: Sentence) -> list[tuple[int, int]]:
    """The token ranges inside quotation marks; one left open runs to the sentence's end."""
    marks = [t.i for t in sentence.span if t.text in QUOTE_MARKS]
    if len(marks) % 2:
        marks.append(sentence.span.end)
    return [(marks[i] + 1, marks[i + 1]) for i in range(0, len(marks), 2)]


def _first_person_trouble(doc: Doc, sentence: Sentence, start: int, end: int) -> bool:
    """'Our card machine stopped working': the speaker's own trouble, its pronoun the nearest
    before the trouble; not another's told in the speaker's words ('We watched the bank next
    door close after its card reader stopped working', 'We are investigating an attack on
    X')."""
    return _trouble_in(sentence, start, end, first_person=True)


def _trouble_in(sentence: Sentence, start: int, end: int, first_person: bool = False) -> bool:
    doc = sentence.span.doc
    negations = [c.end for c in sentence.cues_labelled("negation")]
    # a word in another sense ("the bank next door close after ...") is no trouble
    other_senses = [(c.start, c.end) for c in sentence.cues_labelled("other_sense")]
    return any(
        start <= cue.start < end
        and not any(s <= cue.start and cue.end <= e for s, e in other_senses)
        and not any(0 <= cue.start - negation <= NEGATION_REACH for negation in negations)
        and not _at_another(doc, cue.end)
        and (not first_person or _owned_by_the_speaker(doc, start, cue.start))
        for cue in sentence.cues_labelled(*TROUBLE_LABELS)
    )


def _owned_by_the_speaker(doc: Doc, start: int, cue_start: int) -> bool:
    """The nearest pronoun before the trouble, within its reach, is the speaker's."""
    window = doc[max(start, cue_start - OWNER_REACH) : cue_start]
    pronoun = next((t for t in reversed(window) if t.tag_ in PRONOUN_TAGS), None)
    return pronoun is not None and pronoun.lower_ in FIRST_PERSON


def _at_another(doc: Doc, end: int) -> bool:
    """'an attack on Quillpay': trouble placed at a name after it is that one's."""
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in TARGET_PREPOSITIONS
        and doc[end + 1].pos_ == "PROPN"
    )


def _quote_going_on(layout: Layout, sentence: Sentence) -> Sentence | None:
    """The next sentence of the paragraph when it opens a quote with no attribution of its
    own: the same speaker goes on."""
    if sentence.index + 1 >= len(layout.sentences):
        return None
    following = layout.sentences[sentence.index + 1]
    first = next((t for t in following.span if not t.is_space), None)
    if following.paragraph != sentence.paragraph or first is None or first.text not in QUOTE_MARKS:
        return None
    # '..." she said' goes on; '..." said Jo Bell, who runs a stall nearby' is another's
    closing = max(t.i for t in following.span if t.text in QUOTE_MARKS)
    if any(
        t.pos_ in {"PROPN", "NOUN"} for t in following.span.doc[closing + 1 : following.span.end]
    ):
        return None
    return following


def _reported_after_the_aside(
    doc: Doc, sentence: Sentence, mention: OrgMention, speech_verbs: frozenset[str]
) -> bool:
    """'P, who runs X, said the card terminal ... stopped working': the aside closes at its
    comma, and what P said after it tells X's trouble."""
    comma = next((t.i for t in doc[mention.end : sentence.span.end] if t.text == ","), None)
    if comma is None:
        return False
    verb = next(
        (
            t.i
            for t in doc[comma + 1 : min(comma + 1 + SPEECH_REACH, sentence.span.end)]
            if t.lemma_.lower() in speech_verbs
        ),
        None,
    )
    return verb is not None and _trouble_in(sentence, verb + 1, sentence.span.end)

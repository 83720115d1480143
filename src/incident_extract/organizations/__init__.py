"""Who was hit: mentions -> candidates -> filter -> victim test -> references -> victims.

Each step is a plain function over the candidates of one article:
`mentions` finds every organisation named (gazetteer, NER, proper names shown to be
companies, councils named by their place); `filters` gives each candidate that cannot be a
victim a typed reason; `victims` asks whether the text says this organisation was hit;
`references` resolves 'the retailer' and which organisation each sentence is about.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from ..layout import Layout, Sentence
from ..lexicon import Cues, OrgEntry, Rules
from ..names import normalize_org_name
from ..nlp import SERVICE_SPANS
from .filters import reject_candidates
from .mentions import Gazetteer, MentionTable, find_mentions
from .model import POSSESSIVES, Organizations, OrgCandidate, OrgMention, Rejection, TieKind
from .references import fill_owners, resolve_anaphora
from .syntax import aside_end
from .victims import (
    RELATIVE_PRONOUNS,
    TieFinder,
    choose_primary,
    is_vulnerability_news,
    record_strong_ties,
    tells_of_an_unnamed_victim,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TIE_CUES = ("incident", "disrupted", "suspended", "restored", "compromised")
PROVIDER_DESCRIPTION_REACH = 10  # tokens after a name searched for "a software provider"
# "invoicing for 300 practices", "meals to schools", "the banking behind fintech brands"
RECIPIENT_LINKS = frozenset({"for", "to", "behind"})
USER_LINKS = frozenset({"by"})  # "a booking system used by 400 restaurants"
RECIPIENT_REACH = 5  # words from the link to the plural noun naming whom it serves
SERVED_MODIFIER_REACH = 2  # "X's two largest clients": words between the possessive and noun
SERVED_MODIFIER_POS = frozenset({"ADJ", "NOUN", "NUM", "PROPN"})
RELIANCE_LINKS = frozenset({"on", "upon"})
RELIANT_REACH = 3  # "pharmacies that still rely on X": words back from the verb to the noun
RELIANT_SKIPS = frozenset({"that", "which", "who", "still", "all", "also", "heavily"})


def _named_as_a_service_provider(candidate: OrgCandidate, cues: Cues) -> bool:
    """A name that says the company runs a product for others ("X Software", "X IT
    Services"), matched as whole words, several-word ones too."""
    words = f" {candidate.name.lower()} "
    return any(f" {word} " in words for word in cues.service_provider_name_words)


def _is_provider(doc: Doc, candidate: OrgCandidate, cues: Cues, by_name: bool = True) -> bool:
    """A supplier or software provider: by the gazetteer, its name (unless `by_name` is off),
    a descriptor before it, or an apposition ("Blue Yonder, a supply chain software
    provider", "X, which runs warehouse software", "X, the company that processes its card
    transactions": a provider word, or a provider's verb in any inflection; "X, which
    handles invoicing for 300 dental practices", "a booking system used by 400 restaurants":
    a service verb, or a product used, with businesses as its recipients)."""
    provider_words = cues.provider_words
    provider_lemmas = provider_words | cues.provider_verbs
    if candidate.entry is not None:
        return not candidate.entry.is_retail
    if by_name and any(word in provider_words for word in candidate.name.lower().split()):
        return True
    if _served_by_others(doc, candidate, cues):
        return True
    for mention in candidate.named_mentions:
        if not doc[mention.start].is_sent_start:
            before = mention.start - (2 if doc[mention.start - 1].text == "," else 1)
            if before >= 0 and doc[before].lower_ in provider_words:
                return True  # "the supplier, Darnley Freight", "logistics provider Kestrel"
        following = doc[mention.end : mention.end + PROVIDER_DESCRIPTION_REACH]
        if not len(following) or following[0].text not in {",", "("}:
            continue
        if _a_user_itself(following):
            continue  # "X, which uses the same booking software": one of its users
        if any(
            token.lower_ in provider_words or _one_of_a_trade(following, token, provider_words)
            for token in following
        ) or any(
            token.pos_ == "VERB"
            and token.tag_ != "VBN"
            and (
                token.lemma_.lower() in provider_lemmas
                or (
                    token.lemma_.lower() in cues.service_verbs
                    and _business_recipient(following, token.i, RECIPIENT_LINKS, cues)
                )
            )
            for token in following
        ):
            return True
        if any(
            token.lemma_.lower() == "use"
            and token.tag_ == "VBN"
            and _business_recipient(following, token.i, USER_LINKS, cues)
            for token in following
        ):
            return True  # "X, the company behind a booking system used by 400 restaurants"
    return False


def _one_of_a_trade(description: Span, token: Token, provider_words: frozenset[str]) -> bool:
    """'X, one of the largest providers of ...': a plural names the company's trade only as
    one of a number, where elsewhere it names others ('which represents the hauliers')."""
    if token.tag_ not in {"NNS", "NNPS"} or token.lemma_.lower() not in provider_words:
        return False
    words = [t.lower_ for t in description[: token.i - description.start]]
    return any(a == "one" and b == "of" for a, b in itertools.pairwise(words))


def _served_by_others(doc: Doc, candidate: OrgCandidate, cues: Cues) -> bool:
    """A provider told by those it serves: others called its clients or partners ("two of
    X's clients, A and B", "a partner of X"), a business called its customer beside the
    business's name ("Y, a customer of X", "X's retail customers, A and B"), or businesses
    that rely or depend on it ("pharmacies that rely on X"). Not its people: "X's customers
    could not order", "shoppers who rely on X". A reference counts as its name does ("one of
    the firm's largest clients", "lenders that rely on the currency firm")."""
    return any(
        _possessor_of_served(doc, mention.end, cues)
        or _served_of(doc, mention.start, cues)
        or _relied_on(doc, mention.start, cues)
        for mention in candidate.mentions
    )


def _possessor_of_served(doc: Doc, name_end: int, cues: Cues) -> bool:
    """'X's clients', 'X's fintech partners', 'X's retail customers, A and B'."""
    if name_end >= len(doc) or doc[name_end].text not in POSSESSIVES:
        return False
    for token in doc[name_end + 1 : name_end + 2 + SERVED_MODIFIER_REACH]:
        lemma = token.lemma_.lower()
        if lemma in cues.served_parties:
            return True
        if lemma in cues.served_customers:
            return _names_follow(doc, token.i + 1)
        if token.pos_ not in SERVED_MODIFIER_POS:
            return False
    return False


def _served_of(doc: Doc, name_start: int, cues: Cues) -> bool:
    """'a client of X', 'partners of X'; 'Y, a customer of X' only after a name."""
    if name_start < 2 or doc[name_start - 1].lower_ != "of":
        return False
    noun = doc[name_start - 2]
    lemma = noun.lemma_.lower()
    if lemma in cues.served_parties:
        return True
    if lemma not in cues.served_customers or noun.i < 3:
        return False
    determiner, comma, name = doc[noun.i - 1], doc[noun.i - 2], doc[noun.i - 3]
    return determiner.pos_ in {"DET", "NUM"} and comma.text == "," and name.pos_ == "PROPN"


def _names_follow(doc: Doc, index: int) -> bool:
    """A comma and a name after a noun: the noun's members named in apposition."""
    return index + 1 < len(doc) and doc[index].text == "," and doc[index + 1].pos_ == "PROPN"


def _relied_on(doc: Doc, name_start: int, cues: Cues) -> bool:
    """'pharmacies that rely on X', 'lenders which depend upon X': businesses, not the
    people of `end_users` ('shoppers who rely on X'), or an organisation named ('Y relies
    on X')."""
    link = name_start - 1
    if link < 1 or doc[link].lower_ not in RELIANCE_LINKS:
        return False
    verb = doc[link - 1]
    if verb.lemma_.lower() not in cues.reliance_verbs:
        return False
    for token in reversed(doc[max(0, verb.i - RELIANT_REACH) : verb.i]):
        if token.lower_ in RELIANT_SKIPS:
            continue
        if token.tag_ in {"NNS", "NNPS"}:
            return token.lower_ not in cues.end_users
        return token.pos_ == "PROPN"
    return False


def _business_recipient(description: Span, verb: int, links: frozenset[str], cues: Cues) -> bool:
    """Whether what the verb does is done for businesses: the first plural noun after 'for',
    'to', 'behind' (or 'by', for a product used) names them ('invoicing for 300 dental
    practices'), not people ('water to 90,000 households', 'an app used by 2 million
    people'). The noun may lie past the description's window, not past its sentence."""
    doc = description.doc
    sentence_end = doc[verb].sent.end if doc.has_annotation("SENT_START") else len(doc)
    for index in range(verb + 1, description.end):
        if doc[index].lower_ not in links:
            continue
        for token in doc[index + 1 : min(sentence_end, index + 1 + RECIPIENT_REACH)]:
            if token.tag_ in {"NNS", "NNPS"}:
                return token.lower_ not in cues.end_users
        return False
    return False


def _a_user_itself(description: Span) -> bool:
    """'X, which uses ...' (not 'X, whose software 900 districts use', nor 'X, which is used
    by 300 restaurants')."""
    return (
        len(description) > 2
        and description[1].lower_ in RELATIVE_PRONOUNS
        and any(
            token.lemma_.lower() == "use" and token.pos_ == "VERB" and token.tag_ != "VBN"
            for token in description[2:5]
        )
    )


def _tied_sentences(doc: Doc, layout: Layout) -> set[int]:
    """Sentences that can tie a name weakly: they hold an incident, status or service word."""
    services = {layout.sentence_of(span.start).index for span in doc.spans[SERVICE_SPANS]}
    return {
        sentence.index
        for sentence in layout.sentences
        if sentence.has_cue(*TIE_CUES) or sentence.index in services
    }


def _usable(
    candidates: dict[str, OrgCandidate], incident_words: frozenset[str]
) -> dict[str, OrgCandidate]:
    """Candidates named at least once, minus names that are incident words ("Ransomware")."""
    usable = {}
    for key, candidate in candidates.items():
        named = candidate.named_mentions
        if not named or normalize_org_name(candidate.name) in incident_words:
            continue
        if candidate.entry is None:  # an unknown company is called by its fullest name
            candidate.name = max((m.surface for m in named), key=len)
        usable[key] = candidate
    return usable


def _fold_banners(candidates: dict[str, OrgCandidate], gazetteer: Gazetteer) -> None:
    """'The parent company of Stop & Shop and Hannaford': banners join their named parent."""
    for key in list(candidates):
        candidate = candidates[key]
        ancestor, parent = None, candidate.entry.parent if candidate.entry else None
        while parent is not None:
            if parent in candidates:
                ancestor = parent
            entry = gazetteer.by_name.get(parent)
            parent = entry.parent if isinstance(entry, OrgEntry) else None
        if ancestor is not None:
            for mention in candidate.mentions:
                mention.key = ancestor
            candidates[ancestor].mentions.extend(candidate.mentions)
            del candidates[key]


def _mark_asides(candidates: dict[str, OrgCandidate], doc: Doc, layout: Layout) -> None:
    for candidate in candidates.values():
        for mention in candidate.mentions:
            span = layout.sentences[mention.sentence].span
            mention.aside_end = aside_end(doc, mention.start, span.start, span.end)


def _weak_ties(candidates: dict[str, OrgCandidate], tied: set[int]) -> dict[str, list[int]]:
    """Sentences in which a candidate is named where a sentence can tie it."""
    return {
        key: sorted(
            {m.sentence for m in candidate.mentions if m.bystander is None and m.sentence in tied}
        )
        for key, candidate in candidates.items()
    }


def _opening(sentences: list[Sentence], length: int) -> set[int]:
    """The headline and the first sentences after it. News that reports an incident names its
    victim beside it there; an organisation first tied deeper in the story is an example or
    background in a piece about something else (a contest, an advisory, a survey), or a
    party to the incident besides its subject."""
    story = [s.index for s in sentences if not s.in_boilerplate]
    return set(story[: length + 1])


def find_organizations(
    doc: Doc, layout: Layout, rules: Rules, gazetteer: Gazetteer
) -> Organizations:
    """Who was hit, in an article that reports an incident."""
    table = MentionTable(doc, layout, rules, gazetteer)
    candidates = _usable(find_mentions(table), gazetteer.incident_words)
    _fold_banners(candidates, gazetteer)
    _mark_asides(candidates, doc, layout)
    reject_candidates(candidates, doc, rules, table.people)
    finder = TieFinder(doc, layout, rules)
    patient_only = is_vulnerability_news(layout, rules.victims)
    record_strong_ties(candidates, finder, patient_only)

    sentences = layout.sentences
    tied = _tied_sentences(doc, layout)
    ties = _weak_ties(candidates, tied)
    primary = choose_primary(candidates, layout, ties)
    owners = resolve_anaphora(doc, layout, rules, candidates, primary)
    # references tie too: "the retailer was hit"
    record_strong_ties(candidates, finder, patient_only)
    ties = _weak_ties(candidates, tied)
    opening = _opening(sentences, rules.victims.reach["opening_sentences"])
    told_early = {
        k: c
        for k, c in candidates.items()
        if c.hit and opening & (set(ties[k]) | c.strong_ties.keys())
    }
    # an opening that tells of an unnamed victim ("at one customer") names it later
    unnamed = any(tells_of_an_unnamed_victim(sentences[i], rules.victims) for i in opening)
    primary = choose_primary(candidates if unnamed else told_early, layout, ties)

    victims: list[str] = []
    if primary is not None:
        fill_owners(owners, sentences, primary)
        ties[primary] = sorted(
            set(ties[primary])
            | {i for i, owner in enumerate(owners) if owner == primary and i in tied}
        )
        related = [k for k, c in candidates.items() if k != primary and c.hit and ties[k]]
        victims = [primary, *sorted(related, key=lambda k: candidates[k].first_position)]
    providers = frozenset(key for key in victims if _is_provider(doc, candidates[key], rules.cues))
    # a trade word of goods in a name ("Nordhavn Freight") does not make the story a
    # supplier's; one of a product others run ("Parkline Software") does
    serves_others = primary is not None and (
        _is_provider(doc, candidates[primary], rules.cues, by_name=False)
        or _named_as_a_service_provider(candidates[primary], rules.cues)
    )
    if serves_others and primary is not None:
        providers |= {primary}  # "Tillpoint Payments": its name says it serves others
    return Organizations(
        candidates,
        owners,
        primary,
        victims,
        {k: ties[k] for k in victims},
        providers,
        primary_serves_others=serves_others,
    )


__all__ = [
    "Gazetteer",
    "OrgCandidate",
    "OrgMention",
    "Organizations",
    "Rejection",
    "TieKind",
    "find_organizations",
]

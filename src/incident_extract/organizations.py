"""Who was hit: organisation mentions, bystanders, sentence ownership, primary vs related.

An organisation becomes a victim only through a sentence that ties it to the
incident (an incident cue or a service status in a sentence it owns). Known
bystanders (agencies, security firms, media, indices, threat actors), quoted
commentators, image credits and page furniture never own a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .layout import Layout, Sentence
from .lexicon import NonVictimEntry, OrgEntry, Rules
from .names import normalize_org_name
from .nlp import ORG_SPANS, SERVICE_SPANS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

TIE_CUES = ("incident", "disrupted", "suspended", "restored", "compromised")
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
POSSESSIVE_ENDINGS = ("'s", "’s", "'", "’")
PERSON_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "said"})


@dataclass
class OrgMention:
    key: str
    surface: str
    start: int  # token index
    end: int
    sentence: int
    bystander: str | None = None
    anaphor: bool = False


@dataclass
class OrgCandidate:
    key: str
    name: str
    entry: OrgEntry | None
    mentions: list[OrgMention] = field(default_factory=list)

    @property
    def named_mentions(self) -> list[OrgMention]:
        return [m for m in self.mentions if not m.anaphor and m.bystander is None]

    @property
    def first_position(self) -> int:
        return min(m.start for m in self.mentions)


@dataclass
class Organisations:
    candidates: dict[str, OrgCandidate]
    owners: list[str | None]
    primary: str | None
    victims: list[str]
    ties: dict[str, list[int]]  # victim key -> indices of the sentences that tie it
    providers: frozenset[str]  # suppliers and software/logistics providers among the candidates

    def org_at(self, sentence: Sentence, token_index: int) -> str | None:
        """The organisation a token belongs to: nearest victim named before it in its sentence."""
        best = None
        for candidate in self.candidates.values():
            for mention in candidate.mentions:
                if (
                    mention.sentence == sentence.index
                    and mention.bystander is None
                    and mention.end <= token_index
                    and (best is None or mention.start > best.start)
                ):
                    best = mention
        return best.key if best is not None else self.owners[sentence.index]


class Gazetteer:
    """Known organisations and bystanders by exact name and by normalised name, and the
    incident words no organisation is called ("Ransomware", "Cyber Incident")."""

    def __init__(self, rules: Rules) -> None:
        self.by_name: dict[str, OrgEntry | NonVictimEntry] = {}
        self.by_normal: dict[str, OrgEntry | NonVictimEntry] = {}
        for entry in (*rules.organizations, *rules.non_victims):
            self.by_name[entry.name] = entry
            for name in (entry.name, *entry.aliases):
                self.by_normal.setdefault(normalize_org_name(name), entry)
        self.incident_words = frozenset(
            phrase.lower()
            for label, phrases in rules.cues.phrases.items()
            if label == "incident" or label.startswith("type_")
            for phrase in phrases
        )


def _strip_possessive(span: Span) -> Span:
    if len(span) > 1 and span[-1].text in POSSESSIVE_ENDINGS:
        return span[:-1]
    return span


def _strip_article(span: Span) -> Span:
    if len(span) > 1 and span[0].lower_ == "the":
        return span[1:]
    return span


def _is_commentator(doc: Doc, start: int, sentence: Sentence, titles: frozenset[str]) -> bool:
    """'CEO of X', 'an analyst at X': X is where a quoted person works, not a victim."""
    index = start - 1
    if index >= sentence.span.start and doc[index].lower_ == "the":
        index -= 1
    if index < sentence.span.start or doc[index].lower_ not in {"of", "at", "from"}:
        return False
    window = doc[max(sentence.span.start, index - 4) : index]
    return any(token.lower_ in titles for token in window)


def _is_credit(sentence: Sentence, markers: tuple[str, ...]) -> bool:
    head = sentence.evidence.text[:40].lower()
    return any(re.match(re.escape(marker) + r"s?\b[^:\n]{0,25}:", head) for marker in markers)


def _mostly_rule_words(span: Span, service_tokens: set[int]) -> bool:
    inside = sum(1 for i in range(span.start, span.end) if i in service_tokens)
    return inside * 2 > len(span)


class _MentionFinder:
    def __init__(self, doc: Doc, layout: Layout, rules: Rules, gazetteer: Gazetteer) -> None:
        self.doc = doc
        self.layout = layout
        self.rules = rules
        self.gazetteer = gazetteer
        self.candidates: dict[str, OrgCandidate] = {}
        self.service_tokens = {
            i for span in doc.spans[SERVICE_SPANS] for i in range(span.start, span.end)
        }
        self.positions: dict[str, list[int]] = {}
        for token in doc:
            self.positions.setdefault(token.text, []).append(token.i)

    def _candidate(self, key: str, name: str, entry: OrgEntry | None) -> OrgCandidate:
        if key not in self.candidates:
            self.candidates[key] = OrgCandidate(key, name, entry)
        return self.candidates[key]

    def _bystander(self, sentence: Sentence, start: int, entry: object) -> str | None:
        if isinstance(entry, NonVictimEntry):
            return entry.role
        if sentence.in_boilerplate:
            return "boilerplate"
        if _is_credit(sentence, self.rules.cues.credit_markers):
            return "credit"
        if _is_commentator(self.doc, start, sentence, self.rules.cues.commentator_titles):
            return "commentator"
        return None

    def _add(
        self, span: Span, key: str, name: str, entry: OrgEntry | NonVictimEntry | None
    ) -> None:
        sentence = self.layout.sentence_of(span.start)
        victim_entry = entry if isinstance(entry, OrgEntry) else None
        candidate = self._candidate(key, name, victim_entry)
        candidate.mentions.append(
            OrgMention(
                key=key,
                surface=span.text,
                start=span.start,
                end=span.end,
                sentence=sentence.index,
                bystander=self._bystander(sentence, span.start, entry),
            )
        )

    def known(self) -> set[int]:
        """Gazetteer matches, longest first; returns the token indices they cover."""
        covered: set[int] = set()
        spans = sorted(self.doc.spans[ORG_SPANS], key=lambda s: (-(s.end - s.start), s.start))
        for span in spans:
            if covered.intersection(range(span.start, span.end)):
                continue
            entry = self.gazetteer.by_name[span.id_]
            if span.text in getattr(entry, "ambiguous", ()) and not self._confirmed(span):
                continue
            covered.update(range(span.start, span.end))
            self._add(span, entry.name, entry.name, entry)
        return covered

    def _confirmed(self, span: Span) -> bool:
        """An ambiguous name ("Next", "Target") counts only where NER calls it an organisation."""
        return any(
            ent.label_ == "ORG" and ent.start <= span.start and span.end <= ent.end
            for ent in self.doc.ents
        )

    def unknown(self, covered: set[int]) -> None:
        """Organisations in no gazetteer: NER's ORG entities, and other proper names (which
        NER often mislabels as PERSON or WORK_OF_ART) that the text shows to be companies."""
        non_victim_words = self.rules.cues.non_victim_name_words
        for span, tagged_org in self._proper_names():
            if covered.intersection(range(span.start, span.end)):
                continue
            span = _strip_article(_strip_possessive(span))
            if not any(ch.isalpha() for ch in span.text) or _mostly_rule_words(
                span, self.service_tokens
            ):
                continue
            if not tagged_org and not self._looks_like_company(span):
                continue
            covered.update(range(span.start, span.end))
            normal = normalize_org_name(span.text)
            entry = self.gazetteer.by_normal.get(normal)
            if entry is not None:
                self._add(span, entry.name, entry.name, entry)
                continue
            key = self._unknown_key(normal)
            self._add(span, key, span.text, None)
            if any(word in non_victim_words for word in normal.split()):
                self.candidates[key].mentions[-1].bystander = "non_victim_name"

    def _proper_names(self) -> list[tuple[Span, bool]]:
        """NER entities first (ORG ones flagged), then runs of proper nouns NER left out."""
        names: list[tuple[Span, bool]] = [
            (ent, ent.label_ == "ORG")
            for ent in self.doc.ents
            if ent.label_ in {"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC", "NORP"}
        ]
        in_entities = {i for ent in self.doc.ents for i in range(ent.start, ent.end)}
        start = None
        for token in [*self.doc, None]:
            joins = token is not None and start is not None and token.text in {"&", "and"}
            if (
                token is not None
                and token.i not in in_entities
                and ((token.pos_ == "PROPN" and token.is_title) or joins)
            ):
                start = token.i if start is None else start
                continue
            if start is not None:
                end = token.i if token is not None else len(self.doc)
                while end > start and self.doc[end - 1].text in {"&", "and"}:
                    end -= 1
                if end > start:
                    names.append((self.doc[start:end], False))
                start = None
        return names

    def _looks_like_company(self, span: Span) -> bool:
        """'Pell Home said ... its website', 'Orchard Lane, the fashion chain', 'X, which'."""
        cues = self.rules.cues
        if span[-1].lower_ in cues.org_suffix_words and len(span) > 1:
            return True
        sentence = self.layout.sentence_of(span.start).span
        after = self.doc[span.end : min(span.end + 6, sentence.end)]
        if len(after) >= 2 and after[0].text == ",":
            if after[1].lower_ == "which":
                return True
            heads = {head.split()[-1] for head in cues.anaphora_heads}
            if any(token.lower_ in heads for token in after[1:]):
                return True
        before = self.doc[max(sentence.start, span.start - 3) : span.start]
        if any(token.lower_ in cues.commentator_titles | PERSON_TITLES for token in before):
            return False  # "chief executive Stuart Machin"
        if len(after) and after[0].pos_ in {"VERB", "AUX"}:
            # the next reference to it: "its" (here or in the next sentence) or "the grocer"
            following = self.layout.sentences[self.layout.sentence_of(span.start).index + 1 :]
            stop = following[0].span.end if following else sentence.end
            heads = {head.split()[-1] for head in cues.anaphora_heads}
            for token in self.doc[span.end : stop]:
                if token.lower_ in {"his", "her", "he", "she"}:
                    return False
                if token.lower_ == "its" or (
                    token.i < sentence.end
                    and token.lower_ in heads
                    and self.doc[token.i - 1].lower_ == "the"
                ):
                    return True
        return False

    def _unknown_key(self, normal: str) -> str:
        """Group 'Fresh Mart' with 'Fresh Mart Supermarkets': one is a word prefix of the other."""
        words = normal.split()
        for key in self.candidates:
            if not key.startswith("?"):
                continue
            other = key[1:].split()
            shorter, longer = sorted((words, other), key=len)
            if shorter and longer[: len(shorter)] == shorter:
                return key
        return "?" + normal

    def repeated_unknown_names(self) -> None:
        """Where NER found 'Cobalt Route' once, every other 'Cobalt Route (Logistics)' is it too."""
        taken = {
            i for c in self.candidates.values() for m in c.mentions for i in range(m.start, m.end)
        }
        for key, candidate in list(self.candidates.items()):
            if candidate.entry is not None or not key.startswith("?"):
                continue
            words = [m.surface.split() for m in candidate.mentions]
            shortest = min(words, key=len)
            size = len(shortest)
            for start in self.positions.get(shortest[0], []):
                token = self.doc[start]
                if token.i in taken:
                    continue
                window = [t.text for t in self.doc[token.i : token.i + size]]
                if window != shortest:
                    continue
                end = token.i + size
                while (
                    end < len(self.doc) and self.doc[end].is_title and self.doc[end].pos_ == "PROPN"
                ):
                    end += 1
                if taken.intersection(range(token.i, end)):
                    continue
                span = self.doc[token.i : end]
                self._add(span, key, candidate.name, None)
                taken.update(range(token.i, end))
                if len(span.text) > len(candidate.name):
                    candidate.name = span.text

    def parenthetical_aliases(self) -> None:
        """'Fresh Mart Supermarkets (FMS)': every 'FMS' is the same organisation."""
        aliases: dict[str, str] = {}
        for candidate in self.candidates.values():
            for mention in candidate.mentions:
                after = self.doc[mention.end : mention.end + 3]
                if len(after) == 3 and after[0].text == "(" and after[2].text == ")":
                    alias = after[1].text
                    if alias[:1].isupper() and alias not in aliases:
                        aliases[alias] = candidate.key
        for alias, key in aliases.items():
            separate = self.candidates.get("?" + normalize_org_name(alias))
            if separate is not None and separate.key != key and separate.entry is None:
                owner = self.candidates[key]
                for mention in separate.mentions:
                    mention.key = key
                owner.mentions.extend(separate.mentions)
                del self.candidates[separate.key]
        taken = {
            i for c in self.candidates.values() for m in c.mentions for i in range(m.start, m.end)
        }
        for alias, key in aliases.items():
            for index in self.positions.get(alias, []):
                if index not in taken:
                    self._add(self.doc[index : index + 1], key, self.candidates[key].name, None)
                    taken.add(index)

    def anaphora(self) -> list[tuple[int, int, int]]:
        """'the retailer', 'the Ohio-based company': (sentence, start, end) of each reference."""
        heads = {head.split()[-1] for head in self.rules.cues.anaphora_heads}
        found = []
        for sentence in self.layout.sentences:
            if sentence.in_boilerplate:
                continue
            tokens = sentence.span
            for offset, token in enumerate(tokens):
                if token.lower_ != "the":
                    continue
                for length in range(1, 5):
                    if offset + length >= len(tokens):
                        break
                    word = tokens[offset + length]
                    if word.lower_ in ATTACKER_WORDS or (word.is_punct and word.text != "-"):
                        break
                    if word.lower_ in heads:
                        following = (
                            tokens[offset + length + 1]
                            if offset + length + 1 < len(tokens)
                            else None
                        )
                        if following is None or (
                            following.lower_ != "of" and following.pos_ != "PROPN"
                        ):
                            found.append((sentence.index, token.i, word.i + 1))
                        break
        return found


APPOSITION_REACH = 10


def _is_provider(doc: Doc, candidate: OrgCandidate, provider_words: frozenset[str]) -> bool:
    """A supplier or software provider: by the gazetteer, its name, or an apposition
    ("Blue Yonder, a supply chain software provider", "X, which runs warehouse software")."""
    if candidate.entry is not None:
        return not candidate.entry.is_retail
    if any(word in provider_words for word in candidate.name.lower().split()):
        return True
    for mention in candidate.named_mentions:
        following = doc[mention.end : mention.end + APPOSITION_REACH]
        if (
            len(following)
            and following[0].text in {",", "("}
            and any(token.lower_ in provider_words for token in following)
        ):
            return True
    return False


def _tied(sentence: Sentence, service_sentences: set[int]) -> bool:
    return sentence.has_cue(*TIE_CUES) or sentence.index in service_sentences


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


def _explicit_mentions(candidates: dict[str, OrgCandidate], count: int) -> list[list[OrgMention]]:
    explicit: list[list[OrgMention]] = [[] for _ in range(count)]
    for candidate in candidates.values():
        for mention in candidate.named_mentions:
            explicit[mention.sentence].append(mention)
    for mentions in explicit:
        mentions.sort(key=lambda m: m.start)
    return explicit


def _ties(
    candidates: dict[str, OrgCandidate], sentences: list[Sentence], service_sentences: set[int]
) -> dict[str, list[int]]:
    return {
        key: sorted(
            {
                m.sentence
                for m in candidate.mentions
                if m.bystander is None and _tied(sentences[m.sentence], service_sentences)
            }
        )
        for key, candidate in candidates.items()
    }


def _antecedent(
    sentence_index: int,
    start: int,
    explicit: list[list[OrgMention]],
    owners: list[str | None],
    sentences: list[Sentence],
    primary: str | None,
) -> str | None:
    """'the retailer': the organisation named before it in its sentence, else the one the
    previous sentence of its paragraph was about, else the article's subject."""
    before = [m.key for m in explicit[sentence_index] if m.end <= start]
    if before:
        return before[-1]
    paragraph = sentences[sentence_index].paragraph
    for index in range(sentence_index - 1, -1, -1):
        if sentences[index].paragraph != paragraph:
            break
        if owners[index]:
            return owners[index]
    if primary is not None:
        return primary
    return next((owners[i] for i in range(sentence_index - 1, -1, -1) if owners[i]), None)


def find_organisations(
    doc: Doc, layout: Layout, rules: Rules, gazetteer: Gazetteer, has_incident: bool
) -> Organisations:
    finder = _MentionFinder(doc, layout, rules, gazetteer)
    finder.unknown(finder.known())
    finder.repeated_unknown_names()
    finder.parenthetical_aliases()
    candidates = _usable(finder.candidates, gazetteer.incident_words)
    _fold_banners(candidates, gazetteer)
    sentences = layout.sentences
    explicit = _explicit_mentions(candidates, len(sentences))
    service_sentences = {layout.sentence_of(span.start).index for span in doc.spans[SERVICE_SPANS]}
    ties = _ties(candidates, sentences, service_sentences)
    primary = _choose_primary(candidates, layout, ties) if has_incident else None

    owners: list[str | None] = [m[0].key if m else None for m in explicit]
    for sentence_index, start, end in finder.anaphora():
        antecedent = _antecedent(sentence_index, start, explicit, owners, sentences, primary)
        if antecedent is None:
            continue
        candidates[antecedent].mentions.append(
            OrgMention(antecedent, doc[start:end].text, start, end, sentence_index, anaphor=True)
        )
        if owners[sentence_index] is None:
            owners[sentence_index] = antecedent
    ties = _ties(candidates, sentences, service_sentences)

    if primary is not None:
        for index, sentence in enumerate(sentences):
            if owners[index] is None and not sentence.in_boilerplate:
                same_paragraph = index > 0 and sentences[index - 1].paragraph == sentence.paragraph
                owners[index] = (
                    owners[index - 1] if same_paragraph and owners[index - 1] else primary
                )
        ties[primary] = sorted(
            set(ties[primary])
            | {
                i
                for i, owner in enumerate(owners)
                if owner == primary and _tied(sentences[i], service_sentences)
            }
        )
    victims = []
    if primary is not None:
        victims.append(primary)
        related = [k for k in candidates if k != primary and ties[k]]
        victims.extend(sorted(related, key=lambda k: candidates[k].first_position))
    providers = frozenset(
        key for key in victims if _is_provider(doc, candidates[key], rules.cues.provider_words)
    )
    return Organisations(
        candidates, owners, primary, victims, {k: ties[k] for k in victims}, providers
    )


def _choose_primary(
    candidates: dict[str, OrgCandidate], layout: Layout, ties: dict[str, list[int]]
) -> str | None:
    """The article's subject: named in the lede, the headline and the most incident sentences."""
    body = [s for s in layout.sentences if not s.is_title and not s.in_boilerplate]
    lede = body[0].index if body else None
    first_paragraph = body[0].paragraph if body else None
    best_key, best_score = None, (0, 0)
    for key, candidate in candidates.items():
        if not ties[key]:
            continue
        score = len(ties[key])
        for sentence_index in {m.sentence for m in candidate.named_mentions}:
            sentence = layout.sentences[sentence_index]
            if sentence.is_title:
                score += 2
            elif sentence.index == lede:
                score += 3
            elif sentence.paragraph == first_paragraph:
                score += 1
        ranked = (score, -candidate.first_position)
        if best_key is None or ranked > best_score:
            best_key, best_score = key, ranked
    return best_key


__all__ = [
    "Gazetteer",
    "OrgCandidate",
    "OrgMention",
    "Organisations",
    "find_organisations",
]

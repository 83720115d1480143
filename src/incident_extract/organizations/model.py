"""The values the organisation steps pass along: mentions, candidates, and the result."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING

from ..layout import Sentence
from ..lexicon import OrgEntry

if TYPE_CHECKING:
    from spacy.tokens import Doc

# the marks that make a name or reference the owner of what follows: "X's clients"
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
LIST_CONJUNCTIONS = frozenset({"and", "&", "or"})  # what closes a list of names: "A, B and C"
LIST_JOINERS = LIST_CONJUNCTIONS | {","}
LISTED_DETERMINERS = frozenset({"the"})  # before a listed name: "A and the B"
# what a listed name's kind is, before it: "homeware retailer A and sports chain B"
LISTED_DESCRIPTION = 2
LISTED_DESCRIPTION_POS = frozenset({"NOUN", "ADJ"})
# before a list that is a verb's object, no subject: "had stopped using A and B said ..." (a
# preposition's may be either: "shoppers at A and B could not pay" is both's)
NO_SUBJECT_BEFORE = frozenset({"VERB"})
# the words that introduce the named members of a plural: "customers include", "among them";
# "Dealers including A, B and C said ...": the list is the subject's members
MEMBER_LINKS = frozenset({"include", "including", "such", "as", "among", "them"})


class Rejection(StrEnum):
    """Why a candidate is not a victim. Hard reasons always hold; soft ones give way when the
    text puts the candidate on the receiving end of the incident ("hackers breached Okta")."""

    PERSON = "person"
    OUTLET = "outlet"
    PRODUCT = "product"
    BRAND = "brand"  # the subject's own product or brand: "its Epic records system"
    ATTACKER = "attacker"
    VENDOR = "vendor"
    PLACE = "place"
    LOCATION = "location"  # only ever where something is: "stores in Leeds and X"
    COMMON_WORD = "common_word"  # a common noun capitalised to open a sentence: "Queues built up"
    FRAGMENT = "fragment"
    TERM = "term"
    EVENT = "event"  # "DEF CON", "the Retail Technology Show"
    BYSTANDER = "bystander"  # a known agency, security firm, index or technology company


PLACE_PREPOSITIONS = frozenset({"in", "on", "at", "near", "outside", "across", "throughout"})
HARD_REJECTIONS = frozenset(
    {
        Rejection.PERSON,
        Rejection.FRAGMENT,
        Rejection.TERM,
        Rejection.BRAND,
        Rejection.LOCATION,
        Rejection.COMMON_WORD,
    }
)


class TieKind(StrEnum):
    """How a sentence ties an organisation to an incident."""

    PATIENT = "patient"  # on the receiving end: "attack on X", "X was breached", "X's systems"
    AGENT = "agent"  # the one reporting or acting on it: "X confirmed a breach", "X shut ..."


@dataclass
class OrgMention:
    key: str
    surface: str
    start: int  # token index
    end: int
    sentence: int
    bystander: str | None = None  # why this one mention names no victim (a credit, a quote)
    anaphor: bool = False
    # where an aside that names it in passing closes ("X, which buys from Y, said ..."): what
    # follows is not its
    aside_end: int | None = None
    brand: bool = False  # one of its brands, named as such: an alias, never its name
    # the one a saying is made to ("told the BBC that its ..."): what follows is the sayer's
    addressee: bool = False


# why the mention of a name given as another's alias ("X, known as MSD") names no victim
# of its own: it neither ties nor is framed, but it is one of the organisation's names
ALIAS_MENTION = "another name for an organisation named before it"
# why the mention of a name that is only the make of another's thing ("its Norvane router")
# names no victim: what its sentence tells is the owner's, and it interrupts no one's report
MAKE_MENTION = "the make of a thing another owns"


@dataclass
class OrgCandidate:
    key: str
    name: str
    entry: OrgEntry | None
    mentions: list[OrgMention] = field(default_factory=list)
    role: str | None = None  # a known non-victim's role (agency, media, threat_actor…)
    ner_labels: set[str] = field(default_factory=set)  # NER labels seen on its named mentions
    rejection: Rejection | None = None
    hard: bool = False  # the rejection holds whatever the text says happened to it
    strong_ties: dict[int, TieKind] = field(default_factory=dict)  # sentence -> strongest tie
    # tied in the headline: the story is its news ("Law firm X confirms files stolen")
    headline_tie: bool = False
    # told of by its kind in the opening before it is named ("A regional dairy ... has been
    # hit by hackers. X said ..."): the story is its news too
    described_tie: bool = False

    @property
    def named_mentions(self) -> list[OrgMention]:
        return [m for m in self.mentions if not m.anaphor and m.bystander is None]

    @property
    def names(self) -> list[OrgMention]:
        """Every mention by a name of its own, its aliases given as such too ('known as MSD')."""
        return [m for m in self.mentions if not m.anaphor and m.bystander in {None, ALIAS_MENTION}]

    @property
    def first_position(self) -> int:
        return min(m.start for m in self.mentions)

    @property
    def hit(self) -> bool:
        """The victim test: does the text say this organisation was hit?"""
        if self.hard:
            return False
        if self.rejection is not None:
            # a describing frame ("law firm X", "X's bug bounty") gives way when the text puts
            # X on the receiving end, or when the headline reports X's own incident
            return (
                self.headline_tie
                or self.described_tie
                or TieKind.PATIENT in self.strong_ties.values()
            )
        return bool(self.strong_ties)


@dataclass
class Organizations:
    candidates: dict[str, OrgCandidate]
    owners: list[str | None]
    primary: str | None
    victims: list[str]
    ties: dict[str, list[int]]  # victim key -> indices of the sentences that tie it
    providers: frozenset[str]  # suppliers and software/logistics providers among the victims
    # the primary is described as a supplier ("X, a payroll services company"): the story is
    # its incident, and the other victims are its customers
    primary_serves_others: bool = False
    # victims a sentence tells were hit by another's trouble ("after an outage at X"), and
    # the providers known only as the owners of that trouble: a victim named beside one is
    # not its customer unless the sentence says its trouble hit it
    routed: frozenset[str] = frozenset()
    trouble_owners: frozenset[str] = frozenset()
    # (sentence, organisation): its trouble told there apart from the victims' ("days after
    # the attack on X"), so naming it there ties no one to it as a provider
    told_apart: frozenset[tuple[int, str]] = frozenset()
    # sentences that give the story's trouble as a cause without naming whose it was ("had
    # been delayed as a result"): in a provider's story, the provider's
    told_back: frozenset[int] = frozenset()
    # victims a routing sentence names beside the route but not as hit by it
    passed_over: frozenset[str] = frozenset()

    def orgs_at(self, sentence: Sentence, token_index: int) -> list[str]:
        """The organisations a token belongs to: the nearest organisation named before it in
        its sentence (a non-victim too: "Aldi said its stores were open" is not the victim's,
        unless that one was only named in an aside that has closed), else the one the
        sentence is about; and the names listed with the nearest as one subject ("A and B
        said online orders remained unavailable", "A, B and C have suspended deliveries"). A
        list ends with a conjunction, and two names around ", and" are two clauses
        ("Ransomware hit A, and B said ..."); a name before a lone comma is no member ("After
        the attack on A, B said its shop was down"), nor is a list that is a verb's object
        ("had stopped using A and B said ...")."""
        nearest = self._nearest_before(sentence, token_index)
        if nearest is None:
            owner = self.owners[sentence.index]
            return self._listed_with(sentence, owner) if owner is not None else []
        doc = sentence.span.doc
        clause = sentence.clause_of(nearest.start)
        ending = {
            mention.end: mention
            for mention in self._mentions_by_sentence.get(sentence.index, [])
            if (mention.aside_end is None or token_index < mention.aside_end)
            and sentence.clause_of(mention.start) == clause
        }
        members, start, joiners = [nearest], nearest.start, LIST_CONJUNCTIONS
        while True:
            index = start - 1
            described = 0
            while (
                described < LISTED_DESCRIPTION
                and index > sentence.span.start
                and doc[index].pos_ in LISTED_DESCRIPTION_POS
                and doc[index].is_lower
            ):
                index, described = index - 1, described + 1  # "A and sports chain B"
            if (
                described
                and index > sentence.span.start
                and doc[index].pos_ == "PROPN"
                and doc[index].is_title
                and doc[index - 1].lower_ in LISTED_DETERMINERS
            ):
                index -= 1  # "A and the Dunedin outdoor store B": a place's name describes
            while index > sentence.span.start and doc[index].lower_ in LISTED_DETERMINERS:
                index -= 1  # "A, B and the C have all confirmed"
            while index >= sentence.span.start and doc[index].lower_ in LIST_JOINERS:
                index -= 1
            between = {token.lower_ for token in doc[index + 1 : start]}
            listed = ending.get(index + 1)
            if listed is None or not between & joiners or listed in members:
                break
            members.append(listed)
            start, joiners = listed.start, LIST_JOINERS
        if len(members) == 2 and "," in {t.text for t in doc[members[1].end : members[0].start]}:
            members = members[:1]  # ", and" between two names joins two clauses
        first = min(members, key=lambda m: m.start).start
        before = first - 1
        while before >= sentence.span.start and doc[before].pos_ == "DET":
            before -= 1
        if (
            len(members) > 1
            and before >= sentence.span.start
            and doc[before].pos_ in NO_SUBJECT_BEFORE
            and doc[before].lemma_.lower() not in MEMBER_LINKS
        ):
            members = members[:1]
        # a counted group stands for every name it counts, at one place ("Both retailers")
        spans = {(m.start, m.end) for m in members if m.anaphor}
        grouped = (
            [
                m
                for m in self._mentions_by_sentence.get(sentence.index, [])
                if m.anaphor and (m.start, m.end) in spans
            ]
            if spans
            else []
        )
        return list(dict.fromkeys(m.key for m in [*members, *grouped]))

    def _listed_with(self, sentence: Sentence, owner: str) -> list[str]:
        """The sentence's owner and the names listed with it there, when what it tells comes
        before them all ("criminals stole staff data from A and the B"): a list shares it. A
        list closes with a conjunction; "A, the B's largest carrier" is an apposition."""
        doc = sentence.span.doc
        named = sorted(self._mentions_by_sentence.get(sentence.index, []), key=lambda m: m.start)
        groups: list[list[OrgMention]] = []
        closed: list[bool] = []
        for mention in named:
            between = (
                [token.lower_ for token in doc[groups[-1][-1].end : mention.start]]
                if groups
                else []
            )
            # "A, and B said ...": a comma and a conjunction after a lone name join two clauses
            two_clauses = "," in between and len(groups[-1]) == 1
            if (
                between
                and not (two_clauses and LIST_CONJUNCTIONS.intersection(between))
                and all(w in LIST_JOINERS or w in LISTED_DETERMINERS for w in between)
            ):
                groups[-1].append(mention)
                closed[-1] = closed[-1] or bool(LIST_CONJUNCTIONS.intersection(between))
            else:
                groups.append([mention])
                closed.append(False)
        for group, conjoined in zip(groups, closed, strict=True):
            if conjoined and any(mention.key == owner for mention in group):
                return list(dict.fromkeys([owner, *(mention.key for mention in group)]))
        return [owner]

    @cached_property
    def _mentions_by_sentence(self) -> dict[int, list[OrgMention]]:
        """The mentions that can own a token, by sentence: not a hard rejection's, a
        bystander's or an addressee's."""
        found: dict[int, list[OrgMention]] = {}
        for candidate in self.candidates.values():
            if candidate.rejection in HARD_REJECTIONS:
                continue
            for mention in candidate.mentions:
                if mention.bystander is None and not mention.addressee:
                    found.setdefault(mention.sentence, []).append(mention)
        return found

    def _only_places_something(self, doc: Doc, mention: OrgMention) -> bool:
        """A place after a preposition of place ('The clinic on the Quarry Road said ...',
        'in Drogheda') tells where something is: it owns nothing told after it, where a place
        that stands for its council ('Atlanta said') does."""
        if self.candidates[mention.key].rejection is not Rejection.PLACE:
            return False
        before = mention.start - 1
        while before >= 0 and doc[before].lower_ == "the":
            before -= 1
        return before >= 0 and doc[before].lower_ in PLACE_PREPOSITIONS

    def _nearest_before(self, sentence: Sentence, token_index: int) -> OrgMention | None:
        best = None
        doc = sentence.span.doc
        for mention in self._mentions_by_sentence.get(sentence.index, []):
            if (
                mention.end <= token_index
                and not self._only_places_something(doc, mention)
                and (mention.aside_end is None or token_index < mention.aside_end)
                and (best is None or mention.start > best.start)
            ):
                best = mention
        return best


# the candidates that may be the story's organisation: not a person, an outlet, a place, a
# product or a word that only looks like a name
STORY_ORGANISATION_REJECTIONS = frozenset(
    {None, Rejection.VENDOR, Rejection.BYSTANDER, Rejection.ATTACKER}
)


def another_named_before(candidates: dict[str, OrgCandidate], key: str, position: int) -> bool:
    """Another organisation the story may be about is named before `position` (a token index):
    a pronoun or a word told without its owner after it most likely points back at that one
    ("Hackers hit Y. Its website was down, police said")."""
    return any(
        other != key
        and candidate.rejection in STORY_ORGANISATION_REJECTIONS
        and any(m.start < position for m in candidate.named_mentions)
        for other, candidate in candidates.items()
    )

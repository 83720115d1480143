"""Finding organisation mentions: gazetteer names, NER organisations, proper names the text
shows to be companies, councils named by their place, and the same name again.

Each step is a plain function over one `MentionTable`; later steps only add mentions or
merge candidates, so they can be tested on hand-made tables.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, partial
from typing import TYPE_CHECKING

from ..layout import CLOCK_TIME, FINITE_TAGS, WHEN_ENTITIES, Layout, Sentence, lower_words
from ..lexicon import NonVictimEntry, OrgEntry, Rules, VictimWords
from ..names import normalize_org_name, spelled_key
from ..nlp import ORG_SPANS, SERVICE_SPANS
from ..service_spans import word_hyphen
from .model import (
    ALIAS_MENTION,
    LIST_JOINERS,
    MAKE_MENTION,
    POSSESSIVES,
    OrgCandidate,
    OrgMention,
)
from .syntax import past_apposition

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

RUNNING_TEXT_WORDS = 3  # lower-case words that tell running text from a title-case headline
NAME_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC", "NORP"})
# the model's labels for a name a business-kind noun introduces ("the coffee chain Beanhouse"
# as PRODUCT, "the supermarket chain Fairhaven" as a place); not PERSON ("owner Jane Hart")
DESCRIBABLE_LABELS = frozenset({"GPE", "LOC", "PRODUCT", "WORK_OF_ART", "FAC", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
INSTITUTION_PLACE_LABELS = PLACE_LABELS | {"NORP"}  # "the Dutch Library": after its nation
JOINERS = frozenset({"&", "and"})
LOCATING_WORDS = frozenset(
    {"in", "from", "near", "across", "throughout", "outside", "around", "to", "of", "at", "into"}
)
STANDALONE_PLACE_MENTIONS = 2
PLACE_OPENER = "in"  # "In Yorkshire, Cressbrook College said": where the name is
AFFILIATION_LINKS = frozenset({"of", "at", "from", "with"})
APPOSITION_HEAD_REACH = 7  # ", a Dublin-based cloud provider": words to the descriptor
PERSON_APPOSITION_REACH = 8  # "Name, a senior consumer advocate with X"
ARTICLES = frozenset({"a", "an", "the"})
INITIALISM = re.compile(r"^[A-Z](?:&?[A-Z]){1,4}$")  # "NHS", "M&S"
PLACE_MODIFIER_HEADS = frozenset({"based", "headquartered", "born", "registered", "listed"})
# the model's labels for the names a list of organisations holds ("Young Minds" as PERSON)
LISTED_NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "GPE", "PRODUCT", "WORK_OF_ART"})
HYPHENED_WORD_TOKENS = 3  # "Co", "-", "op": a company word written with a hyphen
REGION_WORDS = 3  # a state's or country's name after a town: "North Carolina", "New South Wales"


class Gazetteer:
    """Known organisations and bystanders by exact name and by normalised name, and the
    incident words no organisation is called ("Ransomware", "Cyber Incident")."""

    def __init__(self, rules: Rules) -> None:
        self.by_name: dict[str, OrgEntry | NonVictimEntry] = {}
        self.by_normal: dict[str, OrgEntry | NonVictimEntry] = {}
        entries: tuple[OrgEntry | NonVictimEntry, ...] = (*rules.organizations, *rules.non_victims)
        for entry in entries:
            self.by_name[entry.name] = entry
            for name in (entry.name, *entry.aliases):
                self.by_normal.setdefault(normalize_org_name(name), entry)
        self.incident_words = frozenset(
            phrase.lower()
            for label, phrases in rules.cues.phrases.items()
            if label == "incident" or label.startswith("type_")
            for phrase in phrases
        )


@dataclass
class MentionTable:
    doc: Doc
    layout: Layout
    rules: Rules
    gazetteer: Gazetteer
    candidates: dict[str, OrgCandidate] = field(default_factory=dict)
    taken: set[int] = field(default_factory=set)  # token indices inside a mention
    positions: dict[str, list[int]] = field(default_factory=dict)  # token text -> indices
    people: set[str] = field(init=False)  # words that name people (person_names)
    # known names inside a longer name of the article's own ("Fenwick" of "Fenwick Inns"),
    # and those the article uses as that longer name's short form
    longer: list[tuple[int, int]] = field(init=False)
    shortened: set[str] = field(init=False)

    def __post_init__(self) -> None:
        for token in self.doc:
            self.positions.setdefault(token.text, []).append(token.i)
        self.people = person_names(self.doc, self.rules.victims)
        self.longer = _longer_names(self.doc, self.rules.victims["fragment_words"])
        self.shortened = _shortened_names(self.doc, list(self.doc.spans[ORG_SPANS]), self.longer)

    def add(
        self,
        span: Span,
        key: str,
        name: str,
        entry: OrgEntry | NonVictimEntry | None,
        label: str | None = None,
        surface: str | None = None,
    ) -> OrgMention:
        """A mention of `span`, as the words it is called by (`surface`: the business's own
        name where the span names its outlets in the plural)."""
        sentence = self.layout.sentence_of(span.start)
        candidate = self.candidates.get(key)
        if candidate is None:
            candidate = OrgCandidate(key, name, entry if isinstance(entry, OrgEntry) else None)
            if isinstance(entry, NonVictimEntry):
                candidate.role = entry.role
            self.candidates[key] = candidate
        if label is not None:
            candidate.ner_labels.add(label)
        mention = OrgMention(
            key=key,
            surface=surface or span.text,
            start=span.start,
            end=span.end,
            sentence=sentence.index,
            bystander=_mention_bystander(self.doc, self.layout, sentence, span, self.rules),
            addressee=_receives_a_saying(self.doc, span, self.rules.victims),
        )
        candidate.mentions.append(mention)
        self.taken.update(range(span.start, span.end))
        return mention

    def known(self, normal: str) -> OrgEntry | NonVictimEntry | None:
        """The gazetteer's organisation of this name, unless the article uses the name as
        the short form of a longer name of its own (however NER tags the short form)."""
        entry = self.gazetteer.by_normal.get(normal)
        if entry is None or entry.name in self.shortened:
            return None
        return entry

    def add_known(self, span: Span, normal: str, label: str | None) -> bool:
        """Add the span as the gazetteer's organisation it names, if it names one: by its name,
        or as the business's outlets, its name in the plural after a count ('some Stop &
        Shops had run low', 'dozens of Screwfixes'), called by the business's own name;
        'Dias said' names no Dia."""
        entry = self.known(normal)
        if entry is not None:
            self.add(span, entry.name, entry.name, entry, label)
            return True
        if not self._counted(span.start):
            return False
        for singular in _singulars(normal):
            entry = self.known(singular)
            if entry is not None:
                self.add(span, entry.name, entry.name, entry, label, surface=entry.name)
                return True
        return False

    def _counted(self, start: int) -> bool:
        """A count right before the name, or before 'of' or 'of the' ('some of the')."""
        doc, counts = self.doc, self.rules.victims["outlet_counts"]
        index = start - 1
        if index >= 0 and doc[index].lower_ == "the":
            index -= 1
        if index >= 0 and doc[index].lower_ == "of":
            index -= 1
        return index >= 0 and (doc[index].lower_ in counts or doc[index].like_num)

    def free(self, start: int, end: int) -> bool:
        return not self.taken.intersection(range(start, end))

    def release(self, start: int, end: int) -> bool:
        """Free a span held only by unknown names lying wholly inside it ('Tasker' and
        'Merriman' inside 'Tasker and Merriman'); False, and nothing freed, otherwise."""
        inside = [
            (candidate, mention)
            for candidate in self.candidates.values()
            for mention in candidate.mentions
            if mention.start < end and start < mention.end
        ]
        if any(
            candidate.entry is not None or mention.start < start or mention.end > end
            for candidate, mention in inside
        ):
            return False
        for candidate, mention in inside:
            candidate.mentions.remove(mention)
            if not candidate.mentions:
                del self.candidates[candidate.key]
        self.taken.difference_update(range(start, end))
        return True


def _mention_bystander(
    doc: Doc, layout: Layout, sentence: Sentence, span: Span, rules: Rules
) -> str | None:
    """Why one mention names no victim whatever the organisation is: page furniture, an image
    credit, a wire dateline's place or agency ("OSLO, June 10 (Reuters) -"), or the employer
    of a quoted person ("an analyst at X")."""
    start = span.start
    if sentence.in_boilerplate:
        return "boilerplate"
    if _is_credit(sentence, rules.cues.credit_markers):
        return "credit"
    if layout.in_dateline(span.start_char, span.end_char) in {"place", "agency"}:
        return "dateline"
    people = rules.victims["people_nouns"]
    places = rules.victims["establishment_heads"] | rules.victims["premises_nouns"]
    if _is_commentator(doc, start, sentence, rules.cues.commentator_titles, people, places):
        return "commentator"
    if _owner_in_a_description(doc, sentence, span, rules.victims):
        return "owner"
    if _names_the_make_of_anothers_thing(doc, sentence, span, rules.victims):
        return MAKE_MENTION
    return None


# before a make that modifies another's thing: "its Norvane router", "an internal X server"
THING_OWNER_POINTERS = frozenset({"a", "an", "its", "their", "our", "his", "her", "your"})
THING_MODIFIER_POS = frozenset({"ADJ", "NOUN", "ADV", "PUNCT"})  # "an internal", "its on-premises"
THING_KIND_REACH = 2  # "its X email server": words between the make and the product word
THING_KIND_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def _names_the_make_of_anothers_thing(
    doc: Doc, sentence: Sentence, span: Span, words: VictimWords
) -> bool:
    """'strange logins on a Norvane router at its depot', 'its Norvane database': the name
    is the make of a thing someone else owns, told by a possessive or an indefinite article
    before it and a product word after it; what the sentence tells after it is the owner's,
    not the maker's; the product word may follow the kind of thing it is ('its X email
    server', 'a X backup server')."""
    things = words["product_frames_after"] | words["apposition_products"]
    after = doc[span.end : min(sentence.span.end, span.end + 1 + THING_KIND_REACH)]
    thing = next((t for t in after if t.lower_ in things), None)
    if thing is None or any(t.pos_ not in THING_KIND_POS for t in doc[span.end : thing.i]):
        return False
    index = span.start - 1
    while (
        index >= sentence.span.start
        and doc[index].pos_ in THING_MODIFIER_POS
        and doc[index].text != ","
    ):
        index -= 1
    return index >= sentence.span.start and doc[index].lower_ in THING_OWNER_POINTERS


DESCRIPTION_OPENERS = frozenset({"a", "an", "the"})
DESCRIPTION_REACH = 8  # "X, the claims-processing business owned by Y": the words before Y


def _owner_in_a_description(doc: Doc, sentence: Sentence, span: Span, words: VictimWords) -> bool:
    """'an attack on X, the claims-processing business owned by Y,', 'X, a Y subsidiary,': a
    description set off after another's name that tells who owns that one; what the
    sentence tells of X is not Y's. Not a list of brands folded into their group ('A, B and
    C, all part of G'), which tells of the group."""
    owned_by = frame_before_length(doc, span.start, words["owned_by_frames"])
    if owned_by:
        frame = span.start - owned_by
        if frame and doc[frame - 1].lower_ == "all":
            return False
    elif (
        span.end < sentence.span.end
        and doc[span.end].lower_ in words["owned_nouns"] | words["member_company_nouns"]
        and span.start
        and doc[span.start - 1].lower_ in DESCRIPTION_OPENERS
    ):
        frame = span.start - 1
    else:
        return False
    for index in range(frame - 1, max(sentence.span.start, frame - DESCRIPTION_REACH) - 1, -1):
        token = doc[index]
        if token.text == ",":
            return index > sentence.span.start and doc[index - 1].pos_ == "PROPN"
        if token.tag_ in FINITE_TAGS:
            return False  # "X said it was owned by Y": a clause, no description
    return False


def _receives_a_saying(doc: Doc, span: Span, words: VictimWords) -> bool:
    """'told the BBC', 'notified the regulator', 'in a statement to the Frankfurt Stock
    Exchange': the one a saying is made to, not the possessor of a name after it ('warned
    X's customers')."""
    if span.end < len(doc) and doc[span.end].text in POSSESSIVES:
        return False
    verb = span.start - 1
    if verb >= 0 and doc[verb].lower_ == "the":
        verb -= 1
    told = (
        verb >= 0
        and doc[verb].tag_ in {"VBD", "VBN"}
        and doc[verb].lemma_.lower() in words["addressee_verbs"]
    )
    return told or has_frame_before(doc, span.start, words["addressee_frames_before"])


def _is_commentator(
    doc: Doc,
    start: int,
    sentence: Sentence,
    titles: frozenset[str],
    people: frozenset[str],
    places: frozenset[str],
) -> bool:
    """'CEO of X', 'an analyst at X', 'Sian Morley, a consumer advocate with X': X is where a
    quoted person works, not a victim. Not a title word before a place word that ends the
    phrase ('an IT fault at the head office of X': the office is X's, where its trouble
    was)."""
    index = start - 1
    if index >= sentence.span.start and doc[index].lower_ == "the":
        index -= 1
    if index < sentence.span.start or doc[index].lower_ not in AFFILIATION_LINKS:
        return False
    window = doc[max(sentence.span.start, index - 4) : index]
    if doc[index].lower_ != "with":
        return any(
            token.lower_ in titles
            # "the head office of X": the place word closes the phrase before the link; not
            # "chief site engineer at X", where it describes the person
            and not (token.i + 2 == index and doc[token.i + 1].lower_ in places)
            for token in window
        )
    return _describes_a_person(doc, index, sentence, people)


def _describes_a_person(doc: Doc, link: int, sentence: Sentence, people: frozenset[str]) -> bool:
    """The words before `link` are an apposition to a person's name that says what they do:
    'Name, a consumer advocate with X' (not 'Name, a customer with X': a customer speaks of
    what happened to them)."""
    for index in range(link - 1, max(sentence.span.start, link - PERSON_APPOSITION_REACH), -1):
        if doc[index].text == ",":
            return (
                index + 1 < link
                and doc[index + 1].lower_ in {"a", "an"}
                and index > sentence.span.start
                and doc[index - 1].ent_type_ == "PERSON"
                and not any(token.lower_ in people for token in doc[index + 1 : link])
            )
    return False


def _is_credit(sentence: Sentence, markers: tuple[str, ...]) -> bool:
    head = sentence.evidence.text[:40].lower()
    return any(re.match(re.escape(marker) + r"s?\b[^:\n]{0,25}:", head) for marker in markers)


def strip_possessive(span: Span) -> Span:
    if len(span) > 1 and span[-1].text in POSSESSIVES:
        return span[:-1]
    return span


def strip_article(span: Span) -> Span:
    """'the Co-op', 'an Orrin Health Group subsidiary' (the model takes the article into the
    entity): no article in lower case opens a name; a capital one is left as the model read it."""
    if len(span) > 1 and (span[0].lower_ == "the" or span[0].text in INDEFINITE_ARTICLES):
        return span[1:]
    return span


INDEFINITE_ARTICLES = frozenset({"a", "an"})  # lower case only


def strip_clock_time(span: Span) -> Span:
    """'09:30 Fenby Bakes says ...': a liveblog entry's time is no part of the name after
    it."""
    if len(span) > 1 and CLOCK_TIME.fullmatch(span[0].lower_):
        return span[1:]
    return span


NAME_AMPERSAND = "&"  # "Jeweller Yarnsby & Co": a name's own lower-case-free joint


def strip_opening_descriptor(
    span: Span,
    descriptors: frozenset[str],
    nearness: frozenset[str] = frozenset(),
    plain_nouns: frozenset[str] = frozenset(),
) -> Span:
    """'Retailer Brackley Home said ...': a trade word capitalised only because it opens the
    sentence is no part of the name after it (two capitalised words or more), when the
    article also writes that name without it, or uses the word as a common noun ('the
    retailer'); a name that opens on such a word ('Chain Reaction Cycles') is never written
    without it. A word of nearness ('Neighbouring') opens no such name even where the
    article names it only once. A word also used as a surname or as the story's plain noun
    ('Baker', 'Courier': `plain_nouns`) is stripped only when the name is written without
    it elsewhere ('Courier Yarrow Parcels ... call their courier' keeps it)."""
    rest = span[1:]
    if not (
        len(rest) > 1
        and span[0].is_sent_start
        and span[0].lower_ in descriptors | nearness
        and rest[0].text[:1].isupper()
        and all(token.text[:1].isupper() or token.text == NAME_AMPERSAND for token in rest)
    ):
        return span
    descriptor = span[0].lower_
    if descriptor in nearness:
        return rest
    if descriptor not in plain_nouns and any(
        token.text == descriptor for token in span.doc if token.i != span.start
    ):
        return rest
    text = span.doc.text
    for found in re.finditer(re.escape(rest.text), text):
        before = text[: found.start()].rstrip().rsplit(None, 1)
        if not before or before[-1].lower() != descriptor:
            return rest
    return span


def strip_people(span: Span, people_nouns: frozenset[str]) -> Span:
    """NER sometimes takes in the people an organisation serves: 'Customers of X', 'Shoppers
    at X', 'Employees of X' name X."""
    if len(span) > 2 and span[0].lower_ in people_nouns and span[1].lower_ in AFFILIATION_LINKS:
        return span[2:]
    return span


def add_known(table: MentionTable) -> None:
    """Gazetteer matches, longest first. An ambiguous name ("Next", "Target") counts where NER
    calls it an organisation or the text describes it as one ("jewellery retailer Pandora")."""
    doc = table.doc
    spans = sorted(doc.spans[ORG_SPANS], key=lambda s: (-(s.end - s.start), s.start))
    for span in spans:
        if not table.free(span.start, span.end) or span.id_ in table.shortened:
            continue
        entry = table.gazetteer.by_name[span.id_]
        ambiguous = span.text in getattr(entry, "ambiguous", ())
        if ambiguous and not (_tagged_org(doc, span) or _described(table, span)):
            continue
        if any(start <= span.start and span.end <= end for start, end in table.longer):
            continue
        if _after_a_name_of_its_own(doc, span, table.rules.victims["fragment_words"]):
            continue
        table.add(span, entry.name, entry.name, entry)


def _shortened_names(doc: Doc, spans: list[Span], longer: list[tuple[int, int]]) -> set[str]:
    """Known names the article first gives inside a longer name of its own: 'Hollister Family
    Markets' in the headline makes a later 'Hollister said' its short form, not the known
    company of that name (an article that names the known one first keeps it: 'Co-op' before
    'Co-op Funeralcare'). The longer name counts wherever its words recur, as in a headline
    the model tags no entity in."""
    names = set()
    for start, end in longer:
        ent = next((e for e in doc.ents if e.start <= start and end <= e.end), None)
        if ent is not None:
            names.add(tuple(t.text for t in doc[start : ent.end]))
    first_inside: dict[str, int] = {}
    first_alone: dict[str, int] = {}
    for span in spans:
        inside = any(
            tuple(t.text for t in doc[span.start : span.start + len(name)]) == name
            for name in names
        )
        first = first_inside if inside else first_alone
        first[span.id_] = min(first.get(span.id_, span.start), span.start)
    return {
        key
        for key, start in first_inside.items()
        if key in first_alone and start < first_alone[key]
    }


def _longer_names(doc: Doc, generic: frozenset[str]) -> list[tuple[int, int]]:
    """Known names inside a longer NER name (of any label: the small model calls some
    companies people) that goes on with a word of its own, 'Fenwick Inns' (not 'Fenwick
    Group' or 'Fenwick stores'), or joins an unknown word to it with '&', 'Bramwell &
    Lowe's': (start, end) of each such known name, which names no one here."""
    known = {i for span in doc.spans[ORG_SPANS] for i in range(span.start, span.end)}
    found = []
    for ent in doc.ents:
        inside = [i for i in range(ent.start, ent.end) if i in known]
        if ent.label_ not in NAME_LABELS or not inside:
            continue
        first, last = inside[0], inside[-1] + 1
        extra = [t for t in doc[last : ent.end] if not t.is_punct]
        before = doc[ent.start : first]
        if (extra and extra[0].is_title and extra[0].lower_.rstrip(".") not in generic) or (
            len(before) >= 2 and before[-1].text in JOINERS
        ):
            found.append((first, last))
    return found


def _after_a_name_of_its_own(doc: Doc, span: Span, generic: frozenset[str]) -> bool:
    """A proper name right before a known one, in running text: 'Bluebonnet Boots' is
    another company than Boots (a headline in title case capitalises every word)."""
    if span.start == 0:
        return False
    token = doc[span.start - 1]
    if not (token.pos_ == "PROPN" and token.is_title and token.lower_ not in generic):
        return False
    if token.ent_type_ in {"GPE", "LOC", "NORP", "DATE"}:
        return False  # "Leeds Boots", "British Boots"
    if token.ent_type_ == "PERSON" and doc[span.start].ent_iob_ != "I":
        return False  # a person's name before the company's, not one name with it
    sentence = token.sent
    return sum(1 for t in sentence if t.is_alpha and t.is_lower) >= RUNNING_TEXT_WORDS


def _tagged_org(doc: Doc, span: Span) -> bool:
    return any(
        ent.label_ == "ORG" and ent.start <= span.start and span.end <= ent.end for ent in doc.ents
    )


def _described(table: MentionTable, span: Span) -> bool:
    """A descriptor noun right before the name ('retailer Pandora', 'the chain Next'), or an
    unambiguous known organisation listed beside it ('Woolworths and Coles')."""
    doc = table.doc
    heads = {head.split()[-1] for head in table.rules.cues.anaphora_heads}
    if span.start > 0 and doc[span.start - 1].lower_ in heads:
        return True
    for known in doc.spans[ORG_SPANS]:
        if known.text in getattr(table.gazetteer.by_name[known.id_], "ambiguous", ()):
            continue
        before = known.end + 1 == span.start and doc[known.end].text in JOINERS | {","}
        after = span.end + 1 == known.start and doc[span.end].text in JOINERS | {","}
        if (before or after) and known.start != span.start:
            return True
    return False


def a_shared_role(doc: Doc, index: int, roles: frozenset[str]) -> int | None:
    """Where a role both people and companies hold ('owner', 'partner', 'co-owner') starts,
    when it ends at the token: the tokenizer splits 'co-owner' into three."""
    word = doc[index]
    if index >= 2 and doc[index - 1].text == "-":
        compound = f"{doc[index - 2].lower_}-{word.lower_}"
        if compound in roles:
            return index - 2
    return index if word.lower_ in roles else None


TITLE_OPENERS_POS = frozenset({"PUNCT", "CCONJ", "SCONJ"})  # ", owner X", "and owner X"


def a_bare_role(doc: Doc, index: int, roles: frozenset[str], speech_lemmas: frozenset[str]) -> bool:
    """A role both people and companies hold, ending at the token, written as a person's
    title: opening its sentence, or after a comma, a conjunction or a verb of saying ('At
    Fernleigh Bakery, owner Tess Marlow said', 'and owner Tess Marlow said', 'said co-owner
    Dev Patel'). A company in the role is told whose it is ('its owner Frasers Group',
    'Ticketmaster owner Live Nation') or stands in a clause ('was customer Brackley Taverns',
    'alerted partner Brackley Taverns')."""
    start = a_shared_role(doc, index, roles)
    if start is None:
        return False
    if doc[start].is_sent_start:
        return True
    before = doc[start - 1]
    return before.pos_ in TITLE_OPENERS_POS or before.lemma_.lower() in speech_lemmas


def person_names(doc: Doc, words: VictimWords) -> set[str]:
    """Words that name people in this article: each word of a PERSON entity and of a name
    right after a title ('spokeswoman Ginger Reeder'), so a later 'Reeder' is a person too;
    not of one a company descriptor introduces ('aluminium producer Norsk Hydro')."""
    found: set[str] = set()
    descriptors = words["company_descriptors"]
    for ent in doc.ents:
        # "aluminium producer Norsk Hydro": a name a descriptor introduces is a company's
        # ... unless the word is a role people hold too ("its owner Tess Marlow")
        introduced = (
            ent.start > 0
            and doc[ent.start - 1].lower_ in descriptors
            and a_shared_role(doc, ent.start - 1, words["shared_role_titles"]) is None
        )
        if ent.label_ == "PERSON" and len(ent) > 1 and not introduced:
            found.update(token.text for token in ent if token.is_title)
    titles = words["person_titles"]
    after_title = False
    for token in doc:
        if token.is_title and after_title:
            found.add(token.text)
            following = token.i + 1
            if following < len(doc) and doc[following].is_title:
                found.add(doc[following].text)
        after_title = token.lower_ in titles
    return found


def add_unknown(table: MentionTable) -> None:
    """Organisations in no gazetteer: NER's ORG entities, and other proper names (which NER
    often mislabels as PERSON or WORK_OF_ART) that the text shows to be companies."""
    rules = table.rules
    services = [(s.start, s.end) for s in table.doc.spans[SERVICE_SPANS]]
    institution_words = rules.victims["place_institution_words"]
    institution_words |= rules.victims["place_government_words"]
    for raw, label in _proper_names(
        table.doc,
        rules.victims["possessive_name_heads"],
        rules.cues.org_suffix_words,
        institution_words,
        rules.victims["business_kinds"],
        rules.victims["public_body_heads"],
        rules.victims["opening_descriptors"] | rules.victims["nearness_openers"],
    ):
        if not table.free(raw.start, raw.end):
            continue
        timed = strip_clock_time(_past_a_dateline(table.layout, raw))
        owned = timed if _possessive_is_the_names_own(timed) else strip_possessive(timed)
        span = strip_article(strip_people(owned, rules.victims["people_nouns"]))
        span = strip_opening_descriptor(
            span,
            rules.victims["opening_descriptors"],
            rules.victims["nearness_openers"],
            rules.victims["plain_noun_descriptors"],
        )
        span = _owner_named_alone(table, span)
        if not any(ch.isalpha() for ch in span.text):
            continue
        body = _framed_public_body(table.doc, span, rules.victims["public_body_frames"])
        if body is not None:
            span, label = body, "ORG"
        # "buy tickets on the Tadley Buses app": a service phrase may hold its owner's name
        if _mostly_in_a_service(span, services) and not names_its_own_asset(
            table.doc,
            span.start,
            span.end,
            rules.victims["asset_nouns"],
            rules.cues.org_suffix_words,
        ):
            continue
        if _place_modifier(table.doc, span, rules.victims):
            continue
        # A person's name needs more than a later "its"; but a one-word name never
        # introduced as a person ("Corvane said") is no surname: news names people in full
        # before it shortens them.
        bare = strip_possessive(span)
        strict = label == "PERSON" and not (len(bare) == 1 and bare.text not in table.people)
        if label != "ORG" and not looks_like_company(table.doc, table.layout, span, rules, strict):
            continue
        normal = normalize_org_name(span.text)
        if table.add_known(span, normal, label):
            continue
        if _common_nouns(table, span):
            continue
        sentence = table.layout.sentence_of(span.start).index
        key = _same_body_named_otherwise(
            table.candidates, normal, rules.victims["public_body_frames"]
        ) or _unknown_key(table.candidates, normal, span.text, sentence)
        begun = _known_name_it_begins(table.candidates, normal, key, span.start)
        if begun is not None:
            table.add(span, begun.key, begun.name, begun.entry, label)
            continue
        table.add(span, key, span.text, None, label)


def _past_a_dateline(layout: Layout, span: Span) -> Span:
    """The name without the wire dateline the model ran it over ('JOHANNESBURG - Home
    deliveries': 'Home'); the span itself when it opens no dateline."""
    story_start = layout.story_start_after(span.start_char, span.end_char)
    if story_start is None:
        return span
    first = next((token.i for token in span if token.idx >= story_start), span.end)
    return span.doc[first : span.end]


def _framed_public_body(doc: Doc, span: Span, frames: frozenset[str]) -> Span | None:
    """A proper name after the frame of a public body ('the City of Marlow Springs', 'The
    Town of Kelsby', 'the Port of Ashgrove') names that body, whatever the model took it for,
    where it left it untagged or split it ('Amber' untagged, 'Dene' a person's): the name is
    the whole run of proper nouns after the frame. Capitalised, the frame is part of the
    name; in lower case ('the city of Marlow Springs') it is not, as for the places the model
    tags."""
    inside = frame_length(doc, span.start, frames)
    # the model's name may end inside the frame: "[The Royal Borough] of Ashvale"
    across = frame_length(doc, span.end - 1, frames)
    if 0 < inside < len(span) and span[0].is_title:
        start, name_start = span.start, span.start + inside
    elif across > 1 and span[-1].is_title:
        start, name_start = span.start, span.end - 1 + across
    else:
        name_start = span.start
        while name_start > 0 and _place_name_word(doc[name_start - 1]):
            name_start -= 1
        before = frame_before_length(doc, name_start, frames)
        if not before:
            return None
        start = name_start - before
    end = max(span.end, name_start + 1)
    while end < len(doc) and _place_name_word(doc[end]):
        end += 1
    if not all(token.is_title for token in doc[name_start:end] if token.is_alpha):
        return None
    if not doc[start].is_title:
        return doc[name_start:end]
    while start > 0 and _place_name_word(doc[start - 1]):
        start -= 1  # "the London Borough of Hatchmere", "the Royal Borough of Wyndham"
    return doc[start:end]


def _same_body_named_otherwise(
    candidates: dict[str, OrgCandidate], normal: str, frames: frozenset[str]
) -> str | None:
    """The key of a public body already named the other way round: 'the Township of Pell
    River' beside 'Pell River Township', either first. Only the whole name turned round: 'the
    Port of Kingsferry' is not the 'Kingsferry Port Users Forum'."""
    turned = _place_first(normal, frames)
    if turned != normal:
        return "?" + turned if "?" + turned in candidates else None
    return next(
        (
            key
            for key in candidates
            if key.startswith("?") and _place_first(key[1:], frames) == normal != key[1:]
        ),
        None,
    )


def _place_first(normal: str, frames: frozenset[str]) -> str:
    """A framed body's name as its place names it: 'township of pell river' is 'pell river
    township'."""
    head, _, rest = normal.partition(" of ")
    return f"{rest} {head}" if rest and f"{head} of" in frames else normal


def _place_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.is_title and token.ent_type_ not in WHEN_ENTITIES


def _common_nouns(table: MentionTable, span: Span) -> bool:
    """'The miller said ...', 'clinicians had switched to paper': an entity the model found
    in lower-case words that the text uses as common nouns somewhere, the tagger's common
    noun or after an article; not a brand written in lower case that the text only names
    ('hmv said'), nor a web address ('gov.uk')."""
    if not span.text.islower() or any("." in token.text for token in span):
        return False
    doc, words = table.doc, [token.text for token in span]
    for start in table.positions.get(words[0], []):
        used = doc[start : start + len(words)]
        if [token.text for token in used] != words:
            continue
        if all(token.pos_ == "NOUN" for token in used) or (
            start > 0 and doc[start - 1].lower_ in ARTICLES
        ):
            return True
    return False


def _known_name_it_begins(
    candidates: dict[str, OrgCandidate], normal: str, grouped: str, start: int
) -> OrgCandidate | None:
    """'Academy Sports said ... Academy Gear Club ... Academy said': a short name that
    begins a known organisation's name named before it, and before any unknown one it also
    begins, is the known one's short form ('Kelso said ... Kelso Pay', the known brand named
    after it, keeps Kelso apart)."""
    words = normal.split()
    begun = [
        c
        for c in candidates.values()
        if c.entry is not None
        and c.mentions
        and c.first_position < start
        and _begins(words, normalize_org_name(c.name).split())
    ]
    if len(begun) != 1:
        return None
    other = candidates.get(grouped)
    if other is not None and other.mentions and other.first_position < begun[0].first_position:
        return None
    return begun[0]


def _begins(words: list[str], name: list[str]) -> bool:
    return len(name) > len(words) and name[: len(words)] == words


def _possessive_is_the_names_own(span: Span) -> bool:
    """'Jimmy John's, the sandwich chain, said', 'Jimmy John's said': an 's that owns
    nothing after it is part of the business's name (named after its founder), so the name
    keeps it and is not taken for the founder's own."""
    doc = span.doc
    if len(span) < 2 or span[-1].text not in POSSESSIVES or span.end >= len(doc):
        return False
    following = doc[span.end]
    return following.text == "," or following.pos_ in {"VERB", "AUX"}


def _owner_named_alone(table: MentionTable, span: Span) -> Span:
    """ "Harbury's Leicester depot", which NER may read as one name: an owner the article
    also names as an organisation without a possessive ("Harbury Freight") is the
    organisation, the rest (a site, a town, a brand) what it owns. A name that always keeps
    its possessive ("St Brendan's Health System"), or whose owner is otherwise a person's
    ("Ovington's Dairy" of "Ruth Ovington"), stays whole."""
    doc = table.doc
    owned_at = [t.i for t in span[1:-1] if t.text in POSSESSIVES]
    if not owned_at:
        return span
    owner = [t.text for t in doc[span.start : owned_at[0]]]
    for start in table.positions.get(owner[0], []):
        end = start + len(owner)
        if start == span.start or [t.text for t in doc[start:end]] != owner:
            continue
        if doc[start].ent_type_ != "ORG" or doc[start].ent_iob_ != "B":
            continue  # "co-owner Tom Pellow" of "Pellow's Market": a person's name
        if end >= len(doc) or doc[end].text not in POSSESSIVES:
            return doc[span.start : owned_at[0]]
    return span


def appositive_of_kind(doc: Doc, end: int, descriptors: frozenset[str]) -> bool:
    """A name followed by an apposition of one of the kinds given (', the seafood chain', ',
    a burger chain with 35 restaurants', ', a Dublin-based cloud provider', ', a market town
    of 9,000 people'), also when the name is a possessive one ("Norcott's, the convenience
    chain"), or one of many of the kind, in the plural, after an article or a place's
    possessive (', one of the region's biggest hospital operators', ', one of France's
    largest DIY chains'): a descriptor before the apposition's first comma or preposition,
    not one that owns what follows ("Jane Hart, the company's chief executive", "Jo Marsh, a
    consultant at security firm X")."""
    if end < len(doc) and doc[end].text in POSSESSIVES:
        end += 1
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    opening = end + 1
    one_of_many = [t.lower_ for t in doc[opening : opening + 2]] == ["one", "of"]
    if one_of_many:
        opening += 2  # ", one of the region's biggest hospital operators": one of a kind
    if opening + 1 >= len(doc):
        return False
    if doc[opening].lower_ in ARTICLES:
        head_from = opening + 1
    elif (
        one_of_many
        and doc[opening + 1].text in POSSESSIVES
        and doc[opening].ent_type_ in INSTITUTION_PLACE_LABELS
    ):
        # "one of France's largest DIY chains"; "one of Stagely's largest clients" tells
        # whose client it is, no kind
        head_from = opening + 2
    else:
        return False
    for token in doc[head_from : head_from + APPOSITION_HEAD_REACH]:
        if token.text in {",", ".", ";", ":"} or token.pos_ == "ADP":
            return False  # the head comes first: "a consultant at security firm X" is a person
        kind = token.lemma_.lower() if one_of_many and token.tag_ == "NNS" else token.lower_
        if kind in descriptors:
            return token.i + 1 >= len(doc) or doc[token.i + 1].text not in POSSESSIVES
    return False


def _place_modifier(doc: Doc, span: Span, words: VictimWords) -> bool:
    """'an Innsbruck-based provider': a place describing where a business is; so is a town
    with its state before a company noun ('the Winston-Salem, North Carolina company')."""
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in PLACE_MODIFIER_HEADS:
        return True
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    for size in range(1, REGION_WORDS + 1):
        head = span.end + 1 + size
        region = doc[span.end + 1 : head]
        if (
            head < len(doc)
            and region.text.lower() in words["large_places"]
            and doc[head].lower_ in words["company_descriptors"]
        ):
            return True
    return False


def _standalone_places(doc: Doc, large_places: frozenset[str]) -> set[int]:
    """Start indices of town names used as a noun phrase of their own ('Halverson was hit',
    'an attack on Halverson'), not as a modifier ('Halverson residents') or a location ('in
    Halverson'), where the name is so used again and again: a town's name standing for its
    government. Whether it was hit is the victim test's to say; unframed, it keeps the soft
    'place' rejection. A country or a state stands for no one organisation."""
    standalone: dict[str, list[int]] = {}
    for ent in doc.ents:
        name = strip_article(strip_possessive(ent)).text.lower()
        if ent.label_ != "GPE" or name in large_places:
            continue
        following = doc[ent.end] if ent.end < len(doc) else None
        modifier = following is not None and (
            following.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}
            or following.text == "-"
            or following.text in POSSESSIVES  # "Hallam's Bakery", "Atlanta's servers"
        )
        located = ent.start > 0 and doc[ent.start - 1].lower_ in LOCATING_WORDS
        dateline = all(token.is_upper for token in ent)  # "MUNICH — Staff names were ..."
        if not (modifier or located or dateline):
            standalone.setdefault(name, []).append(ent.start)
    return {
        start
        for starts in standalone.values()
        if len(starts) >= STANDALONE_PLACE_MENTIONS
        for start in starts
    }


def add_places(table: MentionTable) -> None:
    """Councils and cities NER tags as places: 'the City of Brookhaven', 'Licking County',
    'Atlanta officials', 'Harlow's computer systems', one described as a town or a city
    ('Oxley Green, a city of about 50,000'), and a town named again and again on its own
    ('Halverson was hit by ransomware'). Any other place is not an organisation
    here."""
    words = table.rules.victims
    doc = table.doc
    standalone = _standalone_places(doc, words["large_places"])
    public_body_words = words["place_government_words"] | words["place_institution_words"]
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or not table.free(ent.start, ent.end):
            continue
        span = strip_article(strip_possessive(ent))
        start = span.start
        frame_before = frame_before_length(doc, start, words["place_frames_before"])
        if frame_before and doc[start - frame_before].is_title:
            start -= frame_before  # the council is "City of Atlanta", not "Atlanta"
        # "Licking County", and an institution of the place the model tags as the place
        # itself: "Brenton County Schools", "Parnell County Library"
        governed = len(span) > 1 and span[-1].lower_ in public_body_words
        # the model's place holds the frame itself: "the City of Brookvale"
        framed_inside = (
            span[0].is_title
            and 0 < frame_length(doc, span.start, words["place_frames_before"]) < len(span)
            and span.text.lower() not in words["large_places"]
        )
        if not (
            frame_before
            or framed_inside
            or governed
            or frame_length(doc, span.end, words["place_frames_after"])
            or appositive_of_kind(doc, span.end, words["company_descriptors"])
            or appositive_of_kind(doc, span.end, words["municipality_nouns"])
            # "Howden Couriers": a place's name before a trade word is a business's, but not
            # a large place's ("the former Soviet Union")
            or (
                _companies_name(span, table.rules.cues.org_suffix_words)
                and span.text.lower() not in words["large_places"]
            )
            or ent.start in standalone
            or (_owns_what_it_tells(doc, span) and span.text.lower() not in words["large_places"])
            or _whose_software(doc, span, table.rules)
        ):
            continue  # a place; unless "Marlin Bay Grill, the seafood chain"
        span = doc[start : span.end]
        normal = normalize_org_name(span.text)
        if table.add_known(span, normal, ent.label_):
            continue
        key = _same_body_named_otherwise(
            table.candidates, normal, words["public_body_frames"]
        ) or _unknown_key(table.candidates, normal)
        table.add(span, key, span.text, None, ent.label_)


def frame_words(doc: Doc, start: int, end: int) -> str:
    return " ".join(lower_words(doc)[max(start, 0) : min(end, len(doc))])


@cache
def _edge_words(frames: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The first and the last words of a set of frames (a frozenset keeps its hash, so this
    is computed once per word list), to skip the tokens no frame can start or end at."""
    split = [frame.split() for frame in frames if frame]
    return frozenset(w[0] for w in split), frozenset(w[-1] for w in split)


def frame_before_length(doc: Doc, start: int, frames: frozenset[str], longest: int = 4) -> int:
    """Length in tokens of the longest frame that ends right before `start`, or 0."""
    if start <= 0 or lower_words(doc)[start - 1] not in _edge_words(frames)[1]:
        return 0
    for size in range(min(longest, start), 0, -1):
        if frame_words(doc, start - size, start) in frames:
            return size
    return 0


def frame_length(doc: Doc, end: int, frames: frozenset[str], longest: int = 4) -> int:
    """Length in tokens of the longest frame (a phrase of the rules) that starts right at
    `end`, or 0."""
    if end >= len(doc) or lower_words(doc)[end] not in _edge_words(frames)[0]:
        return 0
    for size in range(min(longest, len(doc) - end), 0, -1):
        if frame_words(doc, end, end + size) in frames:
            return size
    return 0


def has_frame_before(doc: Doc, start: int, frames: frozenset[str]) -> bool:
    """A frame right before the name, or before its article ('told the ABC')."""
    if start and doc[start - 1].lower_ == "the" and frame_before_length(doc, start - 1, frames):
        return True
    return frame_before_length(doc, start, frames) > 0


def has_frame_after(
    doc: Doc, end: int, frames: frozenset[str], through_apposition: bool = False
) -> bool:
    """A frame right after the name or after its possessive ('SamSam's operators'); with
    `through_apposition`, also after an apposition ('BlackSuit, which researchers call a
    rebrand of Royal, has claimed'), for frames that are the name's own predicate."""
    if end < len(doc) and doc[end].text in POSSESSIVES and frame_length(doc, end + 1, frames):
        return True
    if frame_length(doc, end, frames) > 0:
        return True
    if not through_apposition:
        return False
    following = past_apposition(doc, end, len(doc))
    return following != end and frame_length(doc, following, frames) > 0


def _mostly_in_a_service(span: Span, services: list[tuple[int, int]]) -> bool:
    """Most of the name's words are a service's (`services`, the service mentions' token
    spans: 'buy tickets on the Tadley Buses app', 'Email', 'Spice Points'); not a name of
    three words or more that holds a service's words after its own ('Carrick Home
    Delivery', 'Quayside Click & Collect')."""
    # "the Bexley Online Store", "the Regal Lane Gift Card Scheme": a service named by its
    # brand, no organisation
    determined = span.start > 0 and span.doc[span.start - 1].pos_ == "DET"
    holding = len(span) >= HOLDING_NAME_WORDS and not determined
    inside = 0
    for index in range(span.start, span.end):
        inside += any(
            start <= index < end and not (holding and span.start < start and end <= span.end)
            for start, end in services
        )
    return inside * 2 > len(span)


HOLDING_NAME_WORDS = 3


def names_its_own_asset(
    doc: Doc, start: int, end: int, assets: frozenset[str], trades: frozenset[str]
) -> bool:
    """'the Kestow Water app', 'the Tadley Buses website': a name of two words or more
    that ends in its trade, between 'the' and one of its assets, names that asset's owner
    (where 'the Quillon app' may name a product)."""
    return (
        end - start >= 2
        and start > 0
        and end < len(doc)
        and doc[start - 1].lower_ == "the"
        and doc[end].lower_ in assets
        and doc[end - 1].lower_ in trades
    )


def _possessive_names(doc: Doc, heads: frozenset[str]) -> list[Span]:
    """'Hallam's Bakery', "St Fintan's Private Hospital": a proper name, its 's and a
    capitalised name that ends in an organisation's head noun are one name, however NER
    splits or labels them (not "Microsoft's Exchange Server", "Tesco's Clubcard", nor
    "Ireland's Health Service Executive", whose name runs on past the head), across an
    initialism ("King's College Hospital NHS Foundation Trust") and back over a possessive
    it is joined to ("Guy's and St Thomas' NHS Foundation Trust")."""
    names: list[Span] = []
    texts = [token.text for token in doc]  # read once: a name's owner is sought in all of it
    for token in doc:
        if token.tag_ != "POS" or not token.i or doc[token.i - 1].pos_ != "PROPN":
            continue
        start = _name_run_start(doc, token.i - 1)
        while (
            start >= 3
            and doc[start - 1].lower_ == "and"
            and doc[start - 2].tag_ == "POS"
            and doc[start - 3].pos_ == "PROPN"
        ):
            start = _name_run_start(doc, start - 3)  # "Guy's and St Thomas' ..."
        end = token.i + 1
        while (
            end < len(doc)
            and doc[end].pos_ in {"PROPN", "NOUN"}
            and (doc[end].is_title or _initialism(doc[end]))
        ):
            end += 1
        if (
            end > token.i + 1
            and doc[start].is_title
            and (
                doc[end - 1].lower_ in heads
                or _always_so_named(doc, doc[start : token.i], doc[token.i + 1 : end], texts)
            )
        ):
            names.append(doc[start:end])
    return names


ALWAYS_NAMED_MIN = 2  # "Nonna's Slice" named so at least twice, and its owner never alone


def _always_so_named(doc: Doc, owner: Span, rest: Span, texts: list[str]) -> bool:
    """'Nonna's Slice switches ordering app back on ... order from Nonna's Slice': a name
    whose owner the text never names without the same words after its 's is one name,
    whatever its last word; not when those words name a service ('Harwick's Rewards' is
    Harwick's scheme, however often it is named so)."""
    services = {i for span in doc.spans[SERVICE_SPANS] for i in range(span.start, span.end)}
    if any(token.i in services for token in rest):
        return False
    owner_words = [token.text for token in owner]
    rest_words = [token.text for token in rest]
    alone = whole = 0
    for start, text in enumerate(texts):
        end = start + len(owner_words)
        if text != owner_words[0] or texts[start:end] != owner_words:
            continue
        alone += 1
        if end < len(texts) and texts[end] in POSSESSIVES:
            whole += texts[end + 1 : end + 1 + len(rest_words)] == rest_words
    return whole >= ALWAYS_NAMED_MIN and whole == alone


def _name_run_start(doc: Doc, index: int) -> int:
    """The first word of the run of capitalised proper nouns that ends at `index`."""
    while index > 0 and doc[index - 1].pos_ == "PROPN" and doc[index - 1].is_title:
        index -= 1
    return index


# "X and Y", "X, Y" join two names NER ran together, where "&" joins the words of one name
# ("Books & Music") and "or" offers a choice of names (not LIST_JOINERS, which holds both)
COORDINATED_NAME_JOINERS = frozenset({"and", ","})


def split_coordinated(span: Span, suffixes: frozenset[str], bodies: frozenset[str]) -> list[Span]:
    """'Arbury Shoes and Kestrel Sports' (or 'Edgcott Foods, Colesbourne Motors') is two names
    NER joined, and 'Mullion Coaches and' one name it ran past: each side is a name of two
    words or more that ends as a company's name does, or that closes a list of names ('...,
    the Ramsey Trust and Open Harbour Watch', where "and" joins the list's last two items).
    'Marks and Spencer', 'Bath and Body Works' (one word before "and"), 'University
    Hospitals Bristol and Weston' and 'Texas Health and Human Services Commission' (a side
    with no company word at its end, outside a list) stay one, as does a public body named
    by what it is of ('Department of Health and Human Services', 'Ministry of Labor and
    Social Security': "and" joins its remit)."""
    while len(span) > 1 and span[-1].lower_ in COORDINATED_NAME_JOINERS:
        span = span[:-1]  # "Mullion Coaches and": the joiner of the list NER ran into
    closes_a_list = _closes_a_list(span)
    for token in span:
        if token.lower_ not in COORDINATED_NAME_JOINERS:
            continue
        if _a_body_of(span.doc[span.start : token.i], bodies):
            return [span]
        left, right = span.doc[span.start : token.i], span.doc[token.i + 1 : span.end]
        both_companies = _companies_name(left, suffixes) and _companies_name(right, suffixes)
        if (
            len(left) >= 2
            and len(right) >= 2
            # a comma joins two companies' names only: "Edgcott Foods, Colesbourne Motors"
            and (both_companies or (closes_a_list and token.lower_ == "and"))
            and all(t.is_title or not t.is_alpha for t in (_name_opening(left), right[0]))
        ):
            return [left, *split_coordinated(right, suffixes, bodies)]
    return [span]


def _past_a_located_place(
    doc: Doc, ent: Span, name_ends: frozenset[str], trades: frozenset[str]
) -> Span:
    """'In Yorkshire, Cressbrook College said ...', 'Elsewhere in Yorkshire, ...': the place
    after 'in', joined by NER to the name after its comma, is where the name is; the name is
    what follows the comma, when it ends as a business's or an institution's does. Not a
    company before the comma ('in Edgcott Foods, Colesbourne Motors and ...': a list)."""
    commas = [token.i for token in ent if token.text == ","]
    if len(commas) != 1 or ent.start == 0:
        return ent
    if doc[ent.start - 1].lower_ != PLACE_OPENER:
        return ent
    place, name = doc[ent.start : commas[0]], doc[commas[0] + 1 : ent.end]
    if _companies_name(place, trades) or not _companies_name(name, name_ends):
        return ent
    return name


def companies_joined(ent: Span, trades: frozenset[str]) -> bool:
    """'Edgcott Foods, Colesbourne Motors': names of companies NER joined at a comma
    (split_coordinated parts them)."""
    commas = [token.i for token in ent if token.text == ","]
    bounds = zip([ent.start, *(i + 1 for i in commas)], [*commas, ent.end], strict=True)
    return all(_companies_name(ent.doc[start:end], trades) for start, end in bounds)


def _companies_name(part: Span, trades: frozenset[str]) -> bool:
    """A company's name of two words or more, ending on a trade word ('Edgcott Foods')."""
    return len(part) >= 2 and part[-1].lower_ in trades


def _a_body_of(left: Span, bodies: frozenset[str]) -> bool:
    """'Department of Health', 'the Ministry of Labor': a public body's head and its 'of'."""
    words = [t.lower_ for t in left if t.lower_ != "the"]
    return len(words) >= 3 and words[0] in bodies and words[1] == "of"


def _name_opening(span: Span) -> Token:
    """The first word of a name after the article NER may hold ('the National Trust')."""
    return span[1] if span[0].lower_ == "the" and len(span) > 1 else span[0]


def _closes_a_list(span: Span) -> bool:
    """A comma before the name (or before its article) that follows a name of its own:
    'X, Y and Z', 'X, the Y and Z'."""
    index = span.start - 1
    if index >= 0 and span.doc[index].lower_ == "the":
        index -= 1
    if index < 1 or span.doc[index].text != ",":
        return False
    before = span.doc[index - 1]
    return before.is_title and before.ent_type_ in LISTED_NAME_LABELS  # not "On Friday,"


def _proper_names(
    doc: Doc,
    heads: frozenset[str],
    suffixes: frozenset[str],
    institution_words: frozenset[str],
    business_kinds: frozenset[str],
    bodies: frozenset[str],
    descriptors: frozenset[str],
) -> list[tuple[Span, str | None]]:
    """Possessive names ('Hallam's Bakery'), then NER entities (with their label), then runs
    of proper nouns NER left out; names NER joined with "and" or a comma apart."""
    return [
        (part, label)
        for span, label in _joined_proper_names(
            doc, heads, institution_words, business_kinds, descriptors, suffixes, bodies
        )
        for part in split_coordinated(span, suffixes, bodies)
    ]


def _institution_after_place(
    doc: Doc,
    span: Span,
    institution_words: frozenset[str],
    descriptors: frozenset[str],
    trades: frozenset[str],
    entities: EntityIndex,
) -> Span:
    """'Minneapolis Public Schools', 'Redcar and Cleveland Borough Council': an institution
    named after its place, where NER ends a place entity just before the institution's
    words (or before 'and' and a second place), or leaves a one-word place untagged
    ('Brackenholt' before 'Fen District Council'; not a descriptor before the name:
    'Neighbouring Quillbury District Council'), with its possessive or without. So is a
    business named after its place before its trade word ('Norfolk Tyres', where the model
    tags 'Tyres' alone), after one place only ('Bank of Westmarch and Corran Financial' are
    two)."""
    last = span[-2] if len(span) > 1 and span[-1].tag_ == "POS" else span[-1]
    institution = last.lower_ in institution_words
    if not institution and last.lower_ not in trades:
        return span
    start = span.start

    def place_ending_at(end: int) -> Span | None:
        ent = entities.ending.get(end)
        return ent if ent is not None and ent.label_ in INSTITUTION_PLACE_LABELS else None

    place = place_ending_at(start)
    # two places joined name a public body's area, never a business's
    if institution and place is None and start >= 2 and doc[start - 1].lower_ == "and":
        place = place_ending_at(start - 1)  # "Redcar and" + "Cleveland Borough Council"
        if place is not None and not (place.start >= 0 and doc[place.start].is_title):
            place = None
        if place is None and _lone_untagged_name(doc, start - 2):
            place = doc[start - 2 : start - 1]  # "Redcar" the model tagged as nothing
    if (
        place is None
        and start >= 1
        and _lone_untagged_name(doc, start - 1)
        and doc[start - 1].lower_ not in descriptors
    ):
        place = doc[start - 1 : start]  # "Brackenholt" + "Fen District Council"
    if place is None or "\n" in doc[place.start : span.end].text:
        return span
    return doc[place.start : span.end]


TRADE_RUN_REACH = 3  # "Corran" + "Plumbing Supplies": the words a cut name may have lost


def _with_its_trade_word(
    doc: Doc, ent: Span, label: str, trades: frozenset[str]
) -> tuple[Span, str]:
    """'Corran Plumbing', 'Glasgow Media': a name the model ended one word short, before the
    trade word that ends a business's name (the model tags 'Corran' alone, as an organisation,
    a nation or a place, and leaves 'Plumbing' untagged): the name runs on to that word, and a
    trade word says it is a business. Only capitalised proper nouns the model left out of
    every entity, ending on a trade word."""
    end = ent.end
    while (
        end < len(doc)
        and end - ent.end < TRADE_RUN_REACH
        and doc[end].pos_ == "PROPN"
        and doc[end].is_title
        and not doc[end].ent_type_
    ):
        end += 1
    while end > ent.end and doc[end - 1].lower_ not in trades:
        end -= 1
    if end == ent.end:
        return ent, label
    return doc[ent.start : end], "ORG"


def _stands_in_its_possessive(doc: Doc, ent: Span) -> bool:
    """'An IT glitch at Kilbride's was to blame': a name whose 's owns nothing after it,
    placed as where something happened, names a business after its owner, as shops are
    ('at the baker's'); a place or a person in the possessive owns what follows ('Ireland's
    biggest grocer') or what was named before it ("Britain's was hit too", "including Mr
    Patel's")."""
    after = ent.end + 1
    if ent.end >= len(doc) or doc[ent.end].text not in POSSESSIVES:
        return False
    if ent.start == 0 or doc[ent.start - 1].lower_ not in SHOP_PLACING_PREPOSITIONS:
        return False
    # a bare apostrophe is a possessive only after an s ("Harrods'"), else a closing quote
    # ("'We found out from Reddit'")
    possessive = len(doc[ent.end]) > 1 or ent.text.endswith("s")
    return possessive and (after >= len(doc) or doc[after].pos_ in OWNS_NOTHING_POS)


# "at Kilbride's", "from Brannigan's": a shop named by its owner, placed as where
SHOP_PLACING_PREPOSITIONS = frozenset({"at", "from", "inside", "outside"})
# what follows an 's that owns nothing: "at Kilbride's was", "Kilbride's, the grocer"
OWNS_NOTHING_POS = frozenset({"VERB", "AUX", "PUNCT", "ADP", "CCONJ", "SPACE"})


def _lone_untagged_name(doc: Doc, index: int) -> bool:
    """A capitalised proper noun of one word that the model gave no entity, not the end of a
    longer name; written as a brand too ('PulseHouse' before 'Gyms')."""
    token = doc[index]
    before = doc[index - 1] if index > 0 else None
    return (
        token.pos_ == "PROPN"
        and (token.is_title or (token.text[0].isupper() and written_as_a_brand(token.text)))
        and not token.ent_type_
        and not (before is not None and before.pos_ == "PROPN" and before.is_title)
    )


def _joined_proper_names(
    doc: Doc,
    heads: frozenset[str],
    institution_words: frozenset[str],
    kinds: frozenset[str],
    descriptors: frozenset[str],
    trades: frozenset[str],
    bodies: frozenset[str],
) -> list[tuple[Span, str | None]]:
    names: list[tuple[Span, str | None]] = [(span, "ORG") for span in _possessive_names(doc, heads)]
    in_possessive = {i for span, _ in names for i in range(span.start, span.end)}
    lengthened: set[int] = set()
    named_after_places = institution_words | trades
    entities = EntityIndex.of(doc)  # once a document, not once a name
    for tagged, tagged_label in _join_possessive_names(doc, bodies, trades):
        ent, label = _with_its_trade_word(doc, tagged, tagged_label, trades)
        lengthened.update(range(tagged.end, ent.end))  # no run of its own after it
        if label in DESCRIBABLE_LABELS and ent.start and doc[ent.start - 1].lower_ in kinds:
            label = "ORG"  # "the supermarket chain Fairhaven": no place, no product
        if label in DESCRIBABLE_LABELS | {"PERSON"} and _stands_in_its_possessive(doc, ent):
            label = "ORG"  # "an IT glitch at Kilbride's was to blame": a shop's own name
        listed = label in DESCRIBABLE_LABELS and _listed_between_companies(
            doc, ent, trades, entities
        )
        if listed:
            label = "ORG"  # "Corvida Telecom, Hexmail and Bahnwerk Rail": one of them
        if label not in NAME_LABELS or in_possessive.intersection(range(ent.start, ent.end)):
            continue
        ent = _past_a_located_place(doc, ent, named_after_places, trades)
        if any(token.text == "," for token in ent) and not companies_joined(ent, trades):
            continue  # "Victoria, New South Wales": a list, not one name
        # a headline and the dateline below it are not one name: "Alpstay\n\nINNSBRUCK"
        breaks = [token.i for token in ent if "\n" in token.text]
        span = doc[ent.start : breaks[0]] if breaks else ent
        # "[Update] Corran Foods": a bracketed label before a name is not part of it
        closing = [token.i for token in span if token.text in {"]", ")"}]
        if closing and not any(token.text in {"[", "("} for token in span):
            span = doc[closing[-1] + 1 : span.end]
        if len(span):
            if label == "ORG" or all(token.lower_ in named_after_places for token in span):
                # "the Dutch Library": the model may take the institution's word alone for a
                # person's name; after its place or nation it is the institution's
                joined = _institution_after_place(
                    doc, span, institution_words, descriptors, trades, entities
                )
                label = "ORG" if joined.start < span.start else label
                span = joined
            names.append((span, label))
    in_entities = (
        {i for ent in doc.ents for i in range(ent.start, ent.end) if not _name_with_digits(doc[i])}
        | in_possessive
        | lengthened
    )
    mistagged = _names_tagged_as_words(doc)
    start = None
    for token in [*doc, None]:
        joins = (
            token is not None
            and start is not None
            and (token.text in JOINERS or word_hyphen(token) or _between_hyphens(token))
        )
        # an initialism inside a run of names: "Calderbrook Teaching Hospitals NHS Trust"
        initialism = token is not None and start is not None and _initialism(token)
        # a capitalised word hyphened to the next inside a run, whatever the tagger reads it
        # as ("Drive" in "Quillbury Drive-In Diners" is often a verb)
        hyphened = (
            token is not None
            and start is not None
            and token.is_title
            and token.i + 1 < len(doc)
            and word_hyphen(doc[token.i + 1])
        )
        if (
            token is not None
            and token.i not in in_entities
            and (
                (token.pos_ == "PROPN" and token.is_title)
                or _name_with_digits(token)
                or token.i in mistagged
                or joins
                or initialism
                or hyphened
                or (start is not None and _hyphened_name_word(token, trades))
                # a trade word capitalised after a name, whatever the tagger reads it as:
                # "Pitcaple Distribution has been hit" ("Distribution" a common noun)
                or (start is not None and token.is_title and token.lower_ in trades)
            )
        ):
            start = token.i if start is None else start
            continue
        if start is not None:
            end = token.i if token is not None else len(doc)
            while end > start and (
                doc[end - 1].text in JOINERS
                or word_hyphen(doc[end - 1])
                or _initialism(doc[end - 1])
            ):
                end -= 1
            while (
                start >= 2
                and word_hyphen(doc[start - 1])
                and (doc[start - 2].is_title or _between_hyphens(doc[start - 2]))
            ):
                start -= 2  # "Chick-fil-A" where the model took "Chick" for a place
            if end > start:
                run = doc[start:end]
                if all(token.lower_ in named_after_places for token in run):
                    run = _institution_after_place(
                        doc, run, institution_words, descriptors, trades, entities
                    )
                names.append((run, None))
            start = None
    return names


MISTAGGED_NAME_USES = 2  # capitalised inside sentences this often, never in lower case


def _names_tagged_as_words(doc: Doc) -> set[int]:
    """A capitalised word the tagger read as another part of speech ('company Fastly
    knocked ...' as an adverb) that the text writes with its capital inside sentences again
    and again and never in lower case: a name, as a common word would be lower case there;
    so is a word spelled as a brand ('easyJet') used again and again, wherever it stands."""
    inside: dict[str, list[int]] = {}
    lowered: set[str] = set()
    for token in doc:
        if not token.is_alpha:
            continue
        if token.is_lower:
            lowered.add(token.text)
        elif _spelled_as_a_brand(token):
            # "easyJet said", "the easyJet website": written so wherever it stands
            inside.setdefault(token.lower_, []).append(token.i)
        elif (
            token.is_title
            and token.pos_ not in {"PROPN", "PRON"}
            and token.ent_type_ != "NORP"  # "British", "Irish": always written so
            and len(token) > 2
            and not token.is_sent_start
            and token.i > 0
            and doc[token.i - 1].is_alpha
        ):
            inside.setdefault(token.lower_, []).append(token.i)
    return {
        i
        for word, positions in inside.items()
        if word not in lowered and len(positions) >= MISTAGGED_NAME_USES
        for i in positions
    }


def _spelled_as_a_brand(token: Token) -> bool:
    """'easyJet', 'eBay': a small first letter and a capital inside, as only brands are
    written; the tagger takes them for common nouns."""
    return (
        token.text[0].islower()
        and len(token) > 3
        and written_as_a_brand(token.text)
        and token.pos_ in {"NOUN", "PROPN", "ADJ"}
    )


def _modifies_a_noun(span: Span) -> bool:
    return span.end < len(span.doc) and span.doc[span.end].pos_ in {"NOUN", "PROPN"}


def _hyphened_name_word(token: Token, name_words: frozenset[str]) -> bool:
    """'op' in 'Willy Street Co-op': the lower-case end of a company word written with a
    hyphen ('co-op'), which the tagger reads as no proper noun."""
    doc = token.doc
    return (
        token.i >= 2
        and word_hyphen(doc[token.i - 1])
        and f"{doc[token.i - 2].lower_}-{token.lower_}" in name_words
    )


def _between_hyphens(token: Token) -> bool:
    """'fil' in 'Chick-fil-A': a small word joined by hyphens on both sides inside a name."""
    doc = token.doc
    return (
        token.is_alpha
        and 0 < token.i < len(doc) - 1
        and word_hyphen(doc[token.i - 1])
        and word_hyphen(doc[token.i + 1])
    )


# digits, then a word with a capital in it: "23andMe", "1Password", "4Freshly"
NAME_WITH_DIGITS = re.compile(r"\d+(?=[A-Za-z]*[A-Z])(?=[A-Za-z]*[aeiouy])[A-Za-z]{3,}")


def _name_with_digits(token: Token) -> bool:
    """A word written with digits first and a word with a capital after ('23andMe',
    '1Password'), which the model tags as a number, a noun or an adverb: a brand. A unit
    ('10Gbps', '5GHz') has no vowel and a term ('2FA') is all capitals, so neither is one."""
    return NAME_WITH_DIGITS.fullmatch(token.text) is not None and not token.text.isupper()


def _initialism(token: Token) -> bool:
    return token.pos_ == "PROPN" and INITIALISM.match(token.text) is not None


def _join_possessive_names(
    doc: Doc, bodies: frozenset[str], trades: frozenset[str]
) -> list[tuple[Span, str]]:
    """NER's entities and labels, with 'Parker' 's 'Liquor' read as one name, "Parker's
    Liquor", and a public body named by its remits that the model cut at 'and' ('the Ministry
    of Fisheries' and 'Coastal Affairs') read as one, "the Ministry of Fisheries and Coastal
    Affairs"); not a company after the 'and' ('the Ministry of Health and Coastal Water', whose
    last word is a trade's)."""
    ents = list(doc.ents)
    joined: list[tuple[Span, str]] = []
    index = 0
    while index < len(ents):
        ent = ents[index]
        following = ents[index + 1] if index + 1 < len(ents) else None
        if following is not None and following.start == ent.end + 1:
            link = doc[ent.end]
            possessive = (
                link.text in POSSESSIVES
                and {ent.label_, following.label_} <= NAME_LABELS
                and following[0].is_title
            )
            remits = (
                link.lower_ == "and"
                and ent.label_ == following.label_ == "ORG"
                and _a_body_of(ent, bodies)
                and all(token.is_title for token in following)
                and following[-1].lower_ not in trades
            )
            if possessive or remits:
                joined.append((doc[ent.start : following.end], ent.label_))
                index += 2
                continue
        joined.append((ent, ent.label_))
        index += 1
    return joined


NOT_CHAIN_LABELS = frozenset({"NORP", "GPE", "LOC"})  # peoples and places, not chains
CHAIN_NAME_MENTIONS = 3


def _named_as_a_chain(doc: Doc, span: Span) -> bool:
    """The words of `span` occur again and again as whole tokens, and the model never reads
    them as a people or a place there."""
    words = [token.text for token in span]
    size = len(words)
    starts = [
        token.i
        for token in doc
        if token.text == words[0] and [t.text for t in doc[token.i : token.i + size]] == words
    ]
    return len(starts) >= CHAIN_NAME_MENTIONS and not any(
        doc[start].ent_type_ in NOT_CHAIN_LABELS for start in starts
    )


# surnames that keep a capital inside them: McDonald, MacLeod, DeSantis, LaGuardia
SURNAME_PREFIX = re.compile(r"^(Mc|Mac|De|Di|Du|La|Le|Van|Von|Fitz)[A-Z]")
INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def written_as_a_brand(word: str) -> bool:
    """'LastPass', 'FatFace', 'eBay': a capital after a small letter, as brands are written
    and people's names are not (except those with a prefix of their own: 'McDonald')."""
    return INNER_CAPITAL.search(word) is not None and SURNAME_PREFIX.match(word) is None


LIST_CLOSERS = frozenset({".", ";", ":"})  # what ends a list where no verb has
LIST_BREAKING_POS = frozenset({"VERB", "AUX"})  # a list of names holds no verb
PLURAL_TAGS = frozenset({"NNS", "NNPS"})  # the kind a list's members are of: "restaurants"


def _listed_with_a_company(doc: Doc, layout: Layout, span: Span, rules: Rules) -> bool:
    """'Restaurants including Ah Seng Kopitiam and Lime Leaf Thai Kitchen', 'among them
    Ashgrove Academy and St Cuthbert's': a name in a list a member link opens, beside a name
    the model tags an organisation or whose last word is a company's, is an organisation too,
    whatever the model took it for; no person is listed with businesses so. Only where the
    list's kind (the plural before the link) names organisations, not people or products
    ('customers including Ann Lowe', 'tools including G-Suite'), and not of the responders to
    the attack ('firms such as X and Mandiant were brought in')."""
    sentence = layout.sentence_of(span.start).span
    links = rules.victims["membership_links"]
    opener = next(
        (
            index
            for index in range(span.start - 1, sentence.start - 1, -1)
            if doc[index].lower_ in links
            or doc[index].pos_ in LIST_BREAKING_POS
            or doc[index].text in LIST_CLOSERS
        ),
        None,
    )
    if opener is None or doc[opener].lower_ not in links:
        return False
    kind = next(
        (
            doc[index]
            for index in range(opener - 1, sentence.start - 1, -1)
            if doc[index].tag_ in PLURAL_TAGS
        ),
        None,
    )
    if kind is None or not _a_kind_of_organisation(kind, rules):
        return False  # "tools including G-Suite", "investors such as X": no businesses
    if any(cue.label == RESPONDER_LABEL for cue in layout.sentence_of(span.start).cues):
        return False  # "firms such as X and Mandiant were brought in": helpers, no victims
    end = span.end
    while (
        end < sentence.end
        and doc[end].pos_ not in LIST_BREAKING_POS
        and doc[end].text not in LIST_CLOSERS
    ):
        end += 1
    after = span.end + 1 if span.end < end and doc[span.end].text in POSSESSIVES else span.end
    if after < end and doc[after].lower_ not in LIST_JOINERS:
        return False  # "the Dunedin outdoor store": a name that describes the next one
    joined = any(
        doc[index].lower_ in LIST_JOINERS
        for index in (*range(opener + 1, span.start), *range(span.end, end))
    )
    suffixes = rules.cues.org_suffix_words
    return joined and any(
        (entity.label_ == "ORG" or (len(entity) > 1 and entity[-1].lower_ in suffixes))
        and (entity.end <= span.start or entity.start >= span.end)
        for entity in doc.ents
        if opener < entity.start and entity.end <= end
    )


RESPONDER_LABEL = "responder"


def _a_kind_of_organisation(kind: Token, rules: Rules) -> bool:
    """Whether a list's kind names organisations ('restaurants', 'schools', 'clients',
    'firms'), not people ('customers', 'investors') nor products ('tools')."""
    words = {kind.lower_, kind.lemma_.lower()}
    if words & rules.cues.end_users or kind.lower_ in rules.victims["product_frames_after"]:
        # "tools" ends a firm's name too ("Harlow Tools") but lists products; the plural as
        # written, as an email "client" is a product where "clients" are served
        return False
    kinds = (
        rules.victims["company_descriptors"]
        | rules.victims["business_kinds"]
        | rules.victims["premises_nouns"]
        | rules.cues.org_suffix_words
        | {head.split()[-1] for head in rules.cues.anaphora_heads}
    )
    return bool(words & kinds)


def looks_like_company(
    doc: Doc, layout: Layout, span: Span, rules: Rules, strict: bool = False
) -> bool:
    """'Pell Home said ... its website', 'Orchard Lane, the fashion chain', 'X, which'.
    Strict: only the name's own words, a descriptor before it or an apposition."""
    cues = rules.cues
    if span[-1].lower_ in cues.org_suffix_words and len(span) > 1:
        return True
    if len(span) > HYPHENED_WORD_TOKENS and _hyphened_name_word(span[-1], cues.org_suffix_words):
        return True  # "Willy Street Co-op": a name word before "Co", "-", "op"
    if span.start and doc[span.start - 1].lower_ in rules.victims["company_descriptors"]:
        return True  # "the pathology provider Synnovis"
    if has_frame_before(doc, span.start, rules.victims["clientele_frames_before"]):
        return True  # "passengers of Tasman Link": no person has passengers
    if has_frame_before(doc, span.start, rules.victims["owner_links"]):
        return True  # "who owns the Harbour Lane Deli": a business, no person or place
    if has_frame_after(doc, span.end, rules.victims["signature_frames_after"]):
        return True  # "A message from Dymocks to our customers", "The Dymocks team"
    if len(span) == 1 and _spelled_as_a_brand(span[0]) and not _modifies_a_noun(span):
        return True  # "quikDrop said": no person's name is written so ("the flySEA app": a product)
    sentence = layout.sentence_of(span.start).span
    after = doc[span.end : min(span.end + 6, sentence.end)]
    if len(after) >= 2 and after[0].text in POSSESSIVES and after[1].text == ",":
        after = doc[span.end + 1 : min(span.end + 7, sentence.end)]  # "Jimmy John's, the ..."
    # "the city" names a government as "the company" names a business
    heads = {head.split()[-1] for head in cues.anaphora_heads}
    heads |= rules.victims["place_government_words"]
    if len(after) >= 2 and after[0].text == ",":
        if after[1].lower_ == "which" or (after[1].lower_ == "whose" and not strict):
            return True  # "Corvane, whose cloud software runs ..."
        if _whose_software(doc, span, rules):
            # "Blue Yonder, whose software many retailers use,": no person is so described,
            # however the model took the name
            return True
        if any(token.lower_ in heads for token in after[1:]):
            return True
        if appositive_of_kind(doc, span.end, rules.victims["business_kinds"]):
            return True  # "Nimbora, a Dublin-based cloud provider", a name NER took for a person
    owned = after[1].lower_ if len(after) >= 2 and after[0].text in POSSESSIVES else None
    if owned in rules.victims["premises_nouns"]:
        return True  # "Wattlebrook's supermarkets": no person has those
    if (
        after
        and after[0].tag_ == "NNS"
        and after[0].lower_ in rules.victims["premises_nouns"]
        and _named_as_a_chain(doc, span)
    ):
        # "queues at Copper Kettle cafes", a name the story keeps coming back to; not
        # "German hospitals" or "Cornwall supermarkets", nor a name said in passing
        return True
    before = doc[max(sentence.start, span.start - 3) : span.start]
    if any(token.lower_ in rules.victims["person_titles"] for token in before):
        return False  # "chief executive Stuart Machin"
    if _acts_on_its_own(doc, span, cues.speech_verbs):
        return True  # "Ravensholt Sparebank shut its customer portal": no person has "its"
    if _listed_with_a_company(doc, layout, span, rules):
        return True
    if strict:
        return False
    if client_apposition(doc, span.end, rules) is not None and not _a_person_told(
        doc, span, sentence
    ):
        # "Glenesk, one of its customers, said": a name never introduced as a person, and no
        # "he" or "she" after it ("Dave, one of its customers, said he could not pay")
        return True
    if owned in rules.victims["things"]:
        return True  # "Pell's computer systems"
    if len(after) and after[0].pos_ in {"VERB", "AUX"}:
        # the next reference to it: "its" (here or in the next sentence) or "the grocer"
        following = layout.sentences[layout.sentence_of(span.start).index + 1 :]
        stop = following[0].span.end if following else sentence.end
        for token in doc[span.end : stop]:
            if token.lower_ in {"his", "her", "he", "she"}:
                return False
            if token.lower_ == "its" or (
                token.i < sentence.end
                and token.lower_ in heads
                and doc[token.i - 1].lower_ == "the"
            ):
                return True
    return False


PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})


PERSON_TELLING_REACH = 3  # "..., said he", "..., said she had"


def _a_person_told(doc: Doc, span: Span, sentence: Span) -> bool:
    """The name's own report told by 'he' or 'she' right after its aside ('Dave, one of its
    customers, said he could not pay'): a person. A pronoun further on is as often another
    person's ('said its owner had closed her cafe')."""
    after = past_apposition(doc, span.end, sentence.end)
    return any(
        token.lower_ in PERSONAL_PRONOUNS
        for token in doc[after : min(sentence.end, after + PERSON_TELLING_REACH)]
    )


CLIENT_APPOSITION_WORDS = 5  # "one of its largest customers", "another Payvane client"


def client_apposition(doc: Doc, end: int, rules: Rules) -> Span | None:
    """The words before the client noun of an apposition after a name that calls it someone's
    client ('one of its' in 'X, one of its customers,', 'another Payvane' in 'X, another
    Payvane client,'), or None."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    stop = min(len(doc), end + 1 + CLIENT_APPOSITION_WORDS)
    for index in range(end + 1, stop):
        token = doc[index]
        if token.text == "," or token.is_sent_start:
            return None
        if token.lower_ in rules.victims["client_nouns"]:
            return doc[end + 1 : index]
    return None


@dataclass(frozen=True)
class EntityIndex:
    """The model's entities by the token they start at and the token they end before."""

    starting: dict[int, Span]
    ending: dict[int, Span]

    @classmethod
    def of(cls, doc: Doc) -> EntityIndex:
        return cls({ent.start: ent for ent in doc.ents}, {ent.end: ent for ent in doc.ents})


def _listed_between_companies(
    doc: Doc, span: Span, trades: frozenset[str], entities: EntityIndex
) -> bool:
    """A name listed between two companies, joined to each by a comma or a conjunction
    ('Corvida Telecom, Hexmail and Bahnwerk Rail'), is one of them, whatever place the model
    took it for; a company is a name the model calls an organisation, or one ending on a
    trade word."""
    before, after = span.start - 1, span.end
    if not (
        before > 0
        and after + 1 < len(doc)
        and doc[before].lower_ in LIST_JOINERS
        and doc[after].lower_ in LIST_JOINERS
    ):
        return False
    ending = entities.ending.get(before)
    opening = entities.starting.get(after + 1)
    if (
        opening is not None
        and opening.label_ in PLACE_LABELS
        and opening.end < len(doc)
        and doc[opening.end].tag_ == "POS"  # "Hexmail and Germany's Bahnwerk Rail"
    ):
        opening = entities.starting.get(opening.end + 1)
    return all(
        ent is not None and (ent.label_ == "ORG" or ent[-1].lower_ in trades)
        for ent in (ending, opening)
    )


def _owns_what_it_tells(doc: Doc, span: Span) -> bool:
    """'Hanesbrands says its distribution network is moving again': a name the model calls a
    place that speaks of, or acts on, what it owns is an organisation; no person is in
    question (a place name is no one's name), so a speech verb counts too."""
    return _acts_on_its_own(doc, span, frozenset())


SOFTWARE_OWNED_WORDS = 4  # "whose cloud-based scheduling software", hyphens not counted
# a comma, "whose" and the software's noun phrase, with room for its hyphens
WHOSE_SOFTWARE_REACH = 2 + 2 * SOFTWARE_OWNED_WORDS


def _whose_software(doc: Doc, span: Span, rules: Rules) -> bool:
    """'Corvane, whose software runs scheduling for dental practices', "Blue Yonder, whose
    software many retailers use,": a name that a relative describes by its software is an
    organisation's (a council's or a company's), whatever the model took it for: no place or
    person has software. A possessive name's "'s" may stand before the comma."""
    end = span.end
    if end + 1 < len(doc) and doc[end].text in POSSESSIVES and doc[end + 1].text == ",":
        end += 1  # "Jimmy John's, whose ..."
    after = doc[end : min(end + WHOSE_SOFTWARE_REACH, len(doc))]
    return (
        len(after) > 2
        and after[0].text == ","
        and after[1].lower_ == "whose"
        and _software_owned(after[2:], rules)
    )


def _software_owned(words: Span, rules: Rules) -> bool:
    """The noun phrase after a relative 'whose' names software ('whose software', 'whose
    cloud platform'), a word of victims.json's product_phrase_heads."""
    heads = rules.victims["product_phrase_heads"]
    phrase = [token for token in words if token.text != "-"]  # "cloud - based": one word
    for index, token in enumerate(phrase[:SOFTWARE_OWNED_WORDS]):
        if token.lower_ in heads:
            # the software itself, not what it describes ("whose software startup")
            following = phrase[index + 1] if index + 1 < len(phrase) else None
            return following is None or following.pos_ not in {"NOUN", "PROPN"}
        hyphened = token.i > 0 and token.doc[token.i - 1].text == "-"  # "based" in "cloud-based"
        if token.pos_ not in {"ADJ", "NOUN", "PROPN"} and not hyphened:
            return False
    return False


def _acts_on_its_own(doc: Doc, span: Span, speech_verbs: frozenset[str]) -> bool:
    """The name is the subject of a verb, not one of speaking, whose object is its own:
    'X shut its portal', 'X has taken its systems offline', 'X expects its app to ...'. After
    a speech verb "its" may be the company a person speaks for ('Ann Lee said its ...')."""
    index = span.end
    while index < len(doc) and doc[index].pos_ == "AUX":
        index += 1
    if index >= len(doc) or doc[index].pos_ != "VERB":
        return False
    if doc[index].lemma_.lower() in speech_verbs:
        return False
    return index + 1 < len(doc) and doc[index + 1].lower_ == "its"


def _unknown_key(
    candidates: dict[str, OrgCandidate], normal: str, surface: str = "", sentence: int = -1
) -> str:
    """Group 'Fresh Mart' with 'Fresh Mart Supermarkets': one is a word prefix of the other;
    and "St Brendan's Health System" with "St Brendan's Regional Medical Center": units
    named after one owner are that owner's, unless a sentence names both (then they are two:
    "St Mary's Hospital and St Mary's School were both hit")."""
    words = normal.split()
    owner = re.match(r"^(.+?['’]s) ", surface)
    for key in candidates:
        if not key.startswith("?"):
            continue
        candidate = candidates[key]
        if (
            owner
            and candidate.name.startswith(owner.group(0))
            and all(m.sentence != sentence for m in candidate.mentions)
        ):
            return key
        other = key[1:].split()
        shorter_name, longer_name = sorted((surface, candidate.name), key=len)
        if _keeps_its_possessive(shorter_name) and shorter_name not in longer_name:
            continue  # "Jimmy John's" (the chain) is not "Jimmy John Liautaud" (its founder)
        shorter, longer = sorted((words, other), key=len)
        if shorter and longer[: len(shorter)] == shorter:
            return key
    return "?" + normal


def _singulars(word: str) -> list[str]:
    """What a name in the plural may be in the singular, by English plural endings: 'Food
    Lions', 'Screwfixes', 'Cherry Pantries'."""
    forms = [word[:-1]] if word.endswith("s") else []
    if word.endswith(("ses", "xes", "zes", "ches", "shes")):
        forms.append(word[:-2])
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    return forms


def _keeps_its_possessive(name: str) -> bool:
    return name.endswith(("'s", "’s"))


def _apart_from_its_possessive(word: str) -> list[str]:
    for ending in POSSESSIVES:
        if len(word) > len(ending) and word.endswith(ending):
            return [word[: -len(ending)], ending]
    return [word]


def extend_repeated_names(table: MentionTable) -> None:
    """Where NER found 'Cobalt Route' once, every other 'Cobalt Route (Logistics)' is it too;
    not the brand that opens a service's name ('Kelloway Rewards' of 'Kelloway Stores')."""
    doc = table.doc
    service_starts = {span.start for span in doc.spans[SERVICE_SPANS]}
    for key, candidate in list(table.candidates.items()):
        if candidate.entry is not None or candidate.role is not None or not key.startswith("?"):
            continue
        shortest = min((m.surface.split() for m in candidate.mentions), key=len)
        # a name that keeps its 's ("Jimmy John's") is two tokens where it recurs
        shortest = [part for word in shortest for part in _apart_from_its_possessive(word)]
        core = (
            shortest  # its 's is part of it: "Jimmy John's" is not "Jimmy John Liautaud"
            if shortest[-1] in POSSESSIVES
            else _core_words(shortest, key)  # "Michaels Stores" is also called "Michaels"
        )
        size = len(core)
        placed = bool(candidate.ner_labels) and candidate.ner_labels <= PLACE_LABELS
        for start in table.positions.get(core[0], []):
            if [t.text for t in doc[start : start + size]] != core:
                continue
            end = start + size
            # a place named on its own does not grow: "Atlanta Metro Ledger" is another name
            while not placed and end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
            if not table.free(start, end) or _place_modifier(
                doc, doc[start:end], table.rules.victims
            ):
                continue  # "the Munich-based retailer" places a business, it names none
            if start in service_starts:
                continue  # the brand opens a service's name: "Kelloway Rewards"
            span = doc[start:end]
            table.add(span, key, candidate.name, None)
            if len(span.text) > len(candidate.name):
                candidate.name = span.text


def add_shouted_names(table: MentionTable) -> None:
    """'GREGGS says card payments are working again': a tabloid sets a headline's or a lede's
    first words in capitals; spelled in capitals, an organisation named elsewhere in the
    text is still it. A name written in capitals throughout ('BBC', 'NHS') is left as it is."""
    doc = table.doc
    for candidate in list(table.candidates.values()):
        if candidate.ner_labels and candidate.ner_labels <= PLACE_LABELS:
            continue  # a wire story's dateline: "HAMBURG — Staff names were stolen ..."
        surfaces = {tuple(m.surface.split()) for m in candidate.mentions}
        for words in sorted(surfaces):
            shouted = [word.upper() for word in words]
            if list(words) == shouted:
                continue
            for start in table.positions.get(shouted[0], []):
                end = start + len(shouted)
                if [t.text for t in doc[start:end]] != shouted:
                    continue
                if end < len(doc) and doc[end].is_upper and doc[end].is_alpha:
                    continue  # part of a longer run of capitals: another name, or a headline
                if not table.free(start, end) and not table.release(start, end):
                    continue  # 'BAR' of 'PENROSE'S FISH BAR', read as a name of its own
                table.add(doc[start:end], candidate.key, candidate.name, candidate.entry)


def add_short_forms(table: MentionTable) -> None:
    """'Lakeshore Community Health Center ... Lakeshore said': the first word of an unknown
    organisation's name, standing alone as a proper noun, is its short name, unless another
    candidate starts with that word too or the word names a place on its own ('Boston' of
    'Boston Scientific'; a council's place name is the council), and never a paper's named
    for its town ('Fresno' of 'Fresno Valley Herald', where the model tags it a place)."""
    doc, words = table.doc, table.rules.victims
    by_first: dict[str, list[str]] = {}
    # a known organisation's first word is never an unknown one's short form ('Ahold' of
    # 'Ahold Delhaize' beside an unknown 'Ahold Pharmacy Connect'): add_known_short_forms
    # gives it to the known one, when only one known name begins with it
    known_first = {c.name.split()[0] for c in table.candidates.values() if c.entry is not None}
    for key, candidate in table.candidates.items():
        name_words = candidate.name.split()
        if candidate.entry is None and candidate.role is None and len(name_words) > 1:
            by_first.setdefault(name_words[0], []).append(key)
    for word, keys in by_first.items():
        if len(keys) != 1 or not word.istitle() or word.lower() in words["fragment_words"]:
            continue
        if word in known_first:
            continue
        candidate = table.candidates[keys[0]]
        governed = any(w in words["place_government_words"] for w in candidate.name.lower().split())
        # a paper named for its town is never called by the town's name alone
        paper = candidate.name.split()[-1].lower() in words["outlet_name_words"]
        for start in table.positions.get(word, []):
            token = doc[start]
            following = doc[start + 1] if start + 1 < len(doc) else None
            # a headline's words are often tagged common nouns: "Ravensmoor council: ..."
            headline = table.layout.sentence_of(start).is_title and token.pos_ == "NOUN"
            if (
                (token.pos_ != "PROPN" and not headline)
                or not table.free(start, start + 1)
                or (following is not None and following.pos_ == "PROPN" and following.is_title)
                or (
                    token.ent_type_ in PLACE_LABELS | {"NORP"}
                    and not governed
                    and (paper or not _short_form_tagged_a_place(table, start))
                )
                or (start > 0 and doc[start - 1].lower_.rstrip(".") in words["person_titles"])
            ):
                continue
            table.add(doc[start : start + 1], candidate.key, candidate.name, None)


def add_known_short_forms(table: MentionTable) -> None:
    """'Ahold Delhaize said ... Ahold Pharmacy Connect ... Ahold said': the first
    word of a known organisation's name, standing alone as a proper noun after the name,
    is its short form, when no other known name begins with it and it names no place."""
    doc, words = table.doc, table.rules.victims
    by_first: dict[str, list[OrgCandidate]] = {}
    for candidate in table.candidates.values():
        name_words = candidate.name.split()
        if candidate.entry is not None and len(name_words) > 1 and candidate.mentions:
            by_first.setdefault(name_words[0], []).append(candidate)
    for word, known in by_first.items():
        if len(known) != 1 or not word.istitle() or word.lower() in words["fragment_words"]:
            continue
        candidate = known[0]
        for start in table.positions.get(word, []):
            token = doc[start]
            following = doc[start + 1] if start + 1 < len(doc) else None
            if (
                start <= candidate.first_position
                or token.pos_ != "PROPN"
                or token.ent_type_ in PLACE_LABELS | {"NORP", "PERSON"}
                or not table.free(start, start + 1)
                or (following is not None and following.pos_ == "PROPN" and following.is_title)
            ):
                continue
            table.add(doc[start : start + 1], candidate.key, candidate.name, candidate.entry)


def _short_form_tagged_a_place(table: MentionTable, start: int) -> bool:
    """'Hatherton said', "Hatherton's staff": the model reads an unknown one-word name as a
    place where the article shortens a company's name; a word that locates nothing (no 'in'
    or 'from' before it) and acts or owns (a verb or a possessive after it) is that name.
    A place the model knows better ('Ireland said') stays one."""
    doc = table.doc
    if doc[start].text in table.rules.victims["large_places"]:
        return False
    if start and doc[start - 1].lower_ in LOCATING_WORDS:
        return False
    following = doc[start + 1] if start + 1 < len(doc) else None
    return following is not None and (
        following.text in POSSESSIVES or following.pos_ in {"VERB", "AUX"}
    )


def _core_words(words: list[str], key: str) -> list[str]:
    """The leading words of a name that its normalised key keeps ('Michaels Stores' ->
    'Michaels'); the whole name where normalising changed more than its tail."""
    kept = key.lstrip("?").split()
    lowered = [w.lower() for w in words]
    if kept and lowered[: len(kept)] == kept:
        return words[: len(kept)]
    return words


def merge_parenthetical_aliases(table: MentionTable) -> None:
    """'Fresh Mart Supermarkets (FMS)': every 'FMS' is the same organisation."""
    doc, candidates = table.doc, table.candidates
    aliases: dict[str, str] = {}
    for candidate in candidates.values():
        for mention in candidate.mentions:
            after = doc[mention.end : mention.end + 3]
            if len(after) == 3 and after[0].text == "(" and after[2].text == ")":
                alias = after[1].text
                if alias[:1].isupper() and alias not in aliases:
                    aliases[alias] = candidate.key
    for alias, key in aliases.items():
        separate = candidates.get("?" + normalize_org_name(alias))
        if separate is not None and separate.key != key and separate.entry is None:
            _move_mentions(candidates, separate.key, key)
    for alias, key in aliases.items():
        for index in table.positions.get(alias, []):
            if table.free(index, index + 1):
                table.add(doc[index : index + 1], key, candidates[key].name, None)


def merge_fragments(candidates: dict[str, OrgCandidate]) -> None:
    """'Marcus' beside 'Neiman Marcus', 'Group' beside 'Kestrel Group': an unknown name whose
    words all stand, in order, inside another candidate's name is that candidate."""
    for key in sorted(candidates, key=lambda k: len(candidates[k].name)):
        fragment = candidates[key]
        if fragment.entry is not None or fragment.role is not None:
            continue
        words = normalize_org_name(fragment.name).split()
        if not words:
            continue
        for other_key, other in candidates.items():
            if other_key == key:
                continue
            names = {m.surface for m in other.mentions} | {other.name}
            if _keeps_its_possessive(fragment.name) and not any(
                fragment.name in name for name in names
            ):
                continue  # "Jimmy John's" (the chain) is no part of "Jimmy John Liautaud"
            if any(
                len(other_words) > len(words) and _contains(other_words, words)
                for other_words in (normalize_org_name(name).split() for name in names)
            ):
                _move_mentions(candidates, key, other_key)
                break


COUNCIL_HEAD = "council"


def merge_council_short_forms(
    candidates: dict[str, OrgCandidate], grades: frozenset[str], doc: Doc
) -> None:
    """'Kilvrough council' in a headline beside 'Kilvrough District Council': a council named
    without the words that grade it is the one council whose name holds it with them; not
    one the story introduces as another authority ('Kilvrough Council, the unitary authority
    for the wider area, said ...')."""
    for key in sorted(candidates):
        short = candidates.get(key)
        if short is None or short.entry is not None or short.role is not None:
            continue
        words = normalize_org_name(short.name).split()
        if len(words) < 2 or words[-1] != COUNCIL_HEAD:
            continue
        if any(_introduced_apart(m, doc) for m in short.named_mentions):
            continue
        _join_the_only_fit(candidates, key, partial(_graded, short=words, grades=grades))


def _introduced_apart(mention: OrgMention, doc: Doc) -> bool:
    """A name set off by an apposition that describes it ('X, the unitary authority for the
    area, said'): the story introduces it as a body of its own."""
    end = mention.end
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "DET"


def _graded(name: list[str], short: list[str], grades: frozenset[str]) -> bool:
    """The name is the short name with grading words only put in: 'kilvrough district
    council' of 'kilvrough council'."""
    if len(name) <= len(short) or name[-1] != COUNCIL_HEAD:
        return False
    return [w for w in name if w not in grades or w in short] == short


def merge_unpunctuated_names(candidates: dict[str, OrgCandidate]) -> None:
    """'Macys.com' beside 'Macy's': an unknown name that spells another candidate's name
    without its apostrophe or punctuation (a web address cannot hold them) is that
    candidate."""
    for key in sorted(candidates):
        plain = candidates.get(key)
        if plain is None or plain.entry is not None:
            continue
        spelled = spelled_key(plain.name)
        matches = [
            other_key
            for other_key, other in candidates.items()
            if other_key != key
            and spelled_key(other.name) == spelled
            and _punctuated(other.name) > _punctuated(plain.name)
        ]
        if len(matches) == 1:
            _move_mentions(candidates, key, matches[0])


def _punctuated(name: str) -> int:
    """How many marks a name holds beyond its letters and its web suffix."""
    return len(name.removesuffix(".com")) - len(spelled_key(name))


NOT_INITIALLED = frozenset({"and", "&", "of", "the", "for"})


def expand_initialisms(table: MentionTable) -> None:
    """'P&D' beside 'Pelham and Drew' (which the model may read as two people, or as two
    names): capitalised words whose initials spell an initialism the text uses, joined by
    'and' or '&' before the last, are one organisation, and the initialism is its short name."""
    known = {
        candidate.name for candidate in table.candidates.values() if candidate.entry is not None
    }
    initialisms = sorted({t.text for t in table.doc if INITIALISM.match(t.text)} - known)
    for initialism in initialisms:
        letters = initialism.replace("&", "")
        if any(_initials(other.name) == letters for other in table.candidates.values()):
            continue
        spans = _spelled_out(table.doc, letters)
        if not spans:
            continue
        name = spans[0].text
        key = "?" + normalize_org_name(name)
        short = [table.doc[i : i + 1] for i in table.positions.get(initialism, [])]
        for span in [*spans, *short]:
            if table.free(span.start, span.end) or table.release(span.start, span.end):
                table.add(span, key, name, None, "ORG")


def _spelled_out(doc: Doc, letters: str) -> list[Span]:
    found = []
    for token in doc:
        index, matched = token.i, 0
        while matched < len(letters) and index < len(doc):
            if matched == len(letters) - 1 and matched and doc[index].lower_ in {"and", "&"}:
                index += 1
                continue
            word = doc[index]
            if not (word.is_title and len(word.text) > 1 and word.text[0] == letters[matched]):
                break
            matched, index = matched + 1, index + 1
        if matched == len(letters) and not (index < len(doc) and doc[index].is_title):
            span = doc[token.i : index]
            if not any(word.ent_type_ in PLACE_LABELS for word in span):  # "NZ", "New Zealand"
                found.append(span)
    return found


def merge_places_into_their_governments(
    candidates: dict[str, OrgCandidate], government_words: frozenset[str]
) -> None:
    """'the attack on Atlanta' beside 'the City of Atlanta': a place named on its own, where
    one body governs it among the candidates (its name the place's with words of government
    only: 'City of X', 'X City Council', 'X County'), is that body; not one of its
    institutions ('X Public Schools', 'Port of X')."""
    frame_words = government_words | {"of"}
    for key in sorted(candidates):
        place = candidates.get(key)
        if (
            place is None
            or place.entry is not None
            or place.role is not None
            or not place.ner_labels
            or not place.ner_labels <= PLACE_LABELS
        ):
            continue
        words = normalize_org_name(place.name).split()
        _join_the_only_fit(candidates, key, partial(_governs, place=words, frame_words=frame_words))


def _join_the_only_fit(
    candidates: dict[str, OrgCandidate], key: str, fits: Callable[[list[str]], bool]
) -> None:
    """Give a candidate's mentions to the one other candidate whose name's words fit; where
    none or several do, the name could stand for either and stays apart."""
    fitting = [
        other_key
        for other_key, other in candidates.items()
        if other_key != key and fits(normalize_org_name(other.name).split())
    ]
    if len(fitting) == 1:
        _move_mentions(candidates, key, fitting[0])


def _governs(body: list[str], place: list[str], frame_words: frozenset[str]) -> bool:
    size = len(place)
    return any(
        body[start : start + size] == place
        and set(body[:start] + body[start + size :]) <= frame_words
        and len(body) > size
        for start in range(len(body) - size + 1)
    )


def merge_initialisms(candidates: dict[str, OrgCandidate]) -> None:
    """'Kestle & Pryce ... K&P said': an unknown name written as the initials of exactly one
    other candidate's name is that candidate."""
    for key in list(candidates):
        short = candidates.get(key)
        if short is None or short.entry is not None or not INITIALISM.match(short.name):
            continue
        letters = short.name.replace("&", "")
        matches = [
            other_key
            for other_key, other in candidates.items()
            if other_key != key and _initials(other.name) == letters
        ]
        if len(matches) == 1:
            _move_mentions(candidates, key, matches[0])


def _initials(name: str) -> str:
    words = [w for w in name.split() if w.lower() not in NOT_INITIALLED]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def _contains(words: list[str], part: list[str]) -> bool:
    size = len(part)
    return any(words[i : i + size] == part for i in range(len(words) - size + 1))


def _move_mentions(candidates: dict[str, OrgCandidate], source: str, target: str) -> None:
    moved = candidates.pop(source)
    for mention in moved.mentions:
        mention.key = target
    candidates[target].mentions.extend(moved.mentions)
    candidates[target].ner_labels |= moved.ner_labels


def merge_listed_brands(table: MentionTable) -> None:
    """'Noordhaven Retail ... all three of its chains, Versland, BuurtBoer and Prijsplein',
    'Ashcombe Brands, owner of Linden & Co. and Foxley Home', 'X, Y and Z, all part of G',
    'X, known as Y outside Europe' (Y is X's other name),
    'G and its X and Y subsidiaries', 'The maker of X and Y said' (a definite owner named
    by what it owns stands for the organisation its possessive would): a group's brands
    named as such in the text are the group's aliases (as banners the gazetteer knows
    are)."""
    doc, candidates = table.doc, table.candidates
    frames = table.rules.victims["ownership_frames"]
    at = {
        i: mention.key
        for candidate in candidates.values()
        for mention in candidate.mentions
        if not mention.anaphor
        for i in range(mention.start, mention.end)
    }
    folds: dict[str, str] = {}
    alias_starts: set[int] = set()  # names right after an alias frame: no frame of their own
    words = table.rules.victims
    # the words any of the three kinds of frame can open on: a token that opens none, and is no
    # possessive, holds nothing to fold (most tokens; checked once, not thrice)
    openers = (
        _edge_words(frames)[0]
        | _edge_words(words["alias_frames"])[0]
        | _edge_words(words["owned_by_frames"])[0]
    )
    for sentence in table.layout.sentences:
        tokens = sentence.span
        for token in tokens:
            if token.lower_ not in openers and token.tag_ != "PRP$":
                continue
            size = frame_length(doc, token.i, frames)
            owner: str | None = None
            owned: list[str] = []
            if size:
                owner = _first_named(range(token.i - 1, tokens.start - 1, -1), at)
                if owner is None and token.i and doc[token.i - 1].lower_ == "the":
                    # "The maker of X, Y and Z cosmetics said": the story's company
                    owner = _possessive_owner(table, sentence, token.i, at)
                owned = _listed_names(doc, token.i + size, sentence.span.end, at)
            elif token.tag_ == "PRP$":
                # "Dollar Tree and its Family Dollar chain"
                owned = _names_before_owned_noun(doc, token.i + 1, tokens.end, at, words)
                owner = _possessive_owner(table, sentence, token.i, at) if owned else None
            for key in owned:
                if owner is not None and key != owner:
                    folds.setdefault(key, owner)
            alias = _alias_after(doc, token.i, tokens.end, at, words["alias_frames"])
            if alias is not None:
                key, owner_key, alias_start = alias
                folds.setdefault(key, owner_key)
                alias_starts.add(alias_start)
            size = frame_length(doc, token.i, words["owned_by_frames"])
            if not size:
                continue
            # "Lloyds, Halifax and Bank of Scotland, all part of Lloyds Banking Group"
            group = _first_named(range(token.i + size, min(token.i + size + 3, tokens.end)), at)
            listed, _ = _names_in_run(doc, range(token.i - 1, tokens.start - 1, -1), at)
            for key in listed:
                if group is not None and key != group:
                    folds.setdefault(key, group)
    resolved: dict[str, str] = {}
    for key, owner in folds.items():
        seen = {key}
        while owner in folds and owner not in seen:  # a brand's owner may be listed too
            seen.add(owner)
            owner = folds[owner]
        resolved[key] = owner
    for key, owner in story_names_first(resolved, candidates).items():
        if owner != key and key in candidates and owner in candidates:
            for mention in candidates[key].mentions:
                mention.key = owner
                mention.brand = True
                if mention.start in alias_starts:
                    # "known as MSD": the attackers' "known as" frame says nothing of it
                    mention.bystander = mention.bystander or ALIAS_MENTION
            candidates[owner].mentions.extend(candidates.pop(key).mentions)


def story_names_first(folds: dict[str, str], candidates: dict[str, OrgCandidate]) -> dict[str, str]:
    """Each brand and the group it joins; but a lone brand the story names before its group
    is the story's name, and the group, named in passing, joins it ('Kelvin Outdoor reset
    passwords ... Kelvin Outdoor, which is owned by Arden Brands Group, said')."""
    joined = Counter(folds.values())
    turned: dict[str, str] = {}
    for key, owner in folds.items():
        lone = joined[owner] == 1 and owner not in folds
        if (
            lone
            and key in candidates
            and owner in candidates
            and candidates[key].first_position < candidates[owner].first_position
        ):
            turned[owner] = key
        else:
            turned[key] = owner
    return turned


# words a list of brands may hold before the frame naming their owner: "X and Y, which are
# also part of G", "X, which like Y is owned by G", "X, Y and Z, all part of G"
BRAND_LIST_FILLERS = frozenset(
    {",", "and", "all", "which", "are", "is", "also", "both", "like", "now", "wholly", "were"}
)
NAME_JOINERS = frozenset({",", "and", "&"})  # "its NatWest and Ulster Bank subsidiaries"


def _alias_after(
    doc: Doc, index: int, end: int, at: dict[int, str], frames: frozenset[str]
) -> tuple[str, str, int] | None:
    """'Merck & Co., known as MSD outside the United States': the name after an alias frame
    that follows a name and a comma, the name it is another name for, and where it starts."""
    size = frame_length(doc, index, frames)
    if not size or index < 2 or doc[index - 1].text != ",":
        return None
    start = index + size
    named, other = at.get(index - 2), at.get(start) if start < end else None
    return (other, named, start) if named and other and other != named else None


def _first_named(indices: range, at: dict[int, str]) -> str | None:
    return next((at[i] for i in indices if i in at), None)


def _possessive_owner(
    table: MentionTable, sentence: Sentence, index: int, at: dict[int, str]
) -> str | None:
    """What a possessive stands for: its sentence's first organisation, or the first of the
    sentence before when its own names none before it."""
    owner = _first_named(range(sentence.span.start, index), at)
    if owner is None and sentence.index:
        earlier = table.layout.sentences[sentence.index - 1].span
        owner = _first_named(range(earlier.start, earlier.end), at)
    return owner


def _names_in_run(
    doc: Doc, indices: range, at: dict[int, str], fillers: frozenset[str] = BRAND_LIST_FILLERS
) -> tuple[list[str], int | None]:
    """The names met walking `indices` across `fillers`, and where the walk stopped (None
    at the end of the range)."""
    keys: list[str] = []
    for index in indices:
        if index in at:
            if at[index] not in keys:
                keys.append(at[index])
        elif doc[index].lower_ not in fillers:
            return keys, index
    return keys, None


def _names_before_owned_noun(
    doc: Doc, start: int, end: int, at: dict[int, str], words: VictimWords
) -> list[str]:
    """After a possessive, the names listed before a noun of what a group owns ('its
    NatWest and Ulster Bank subsidiaries'); none when no such noun closes the list."""
    keys, stop = _names_in_run(doc, range(start, end), at, NAME_JOINERS)
    return keys if stop is not None and doc[stop].lower_ in words["owned_nouns"] else []


# where the owned things stand ends a list of brands: "operates 112 sites in the Midlands"
# "which runs the main terminal at the Port of X": a name placed after them is where, no brand
LIST_ENDING_PLACES = frozenset({"in", "at", "across", "around", "throughout"})


def _listed_names(doc: Doc, start: int, end: int, at: dict[int, str]) -> list[str]:
    """The names listed right after a frame: 'Versland, BuurtBoer and Prijsplein', 'fashion
    chain Linden & Co. and homewares retailer Foxley Home', 'the 300-store Foxley chain'."""
    keys: list[str] = []
    named = False  # a name, known or not, stood in the list
    index = start
    while index < end:
        token = doc[index]
        if index in at:
            if at[index] not in keys:
                keys.append(at[index])
        elif (
            token.pos_ == "AUX"
            # "which operates 112 sites in the Midlands, and X": the owned things are placed
            # before any name is listed ("owns Benfield in Scotland and Orme in Wales" goes on)
            or (token.lower_ in LIST_ENDING_PLACES and not named)
            or (token.pos_ == "VERB" and doc[index - 1].text == ",")  # "..., said"
            # "which runs 120 shops supplied by X": the agent after a participle serves them;
            # "owns the recently acquired X chain" goes on
            or (
                token.tag_ == "VBN"
                and not named
                and index + 1 < end
                and doc[index + 1].lower_ == "by"
            )
            or (
                token.is_punct
                and token.text not in {",", ":"}
                and not _size_before_a_name(token, at)
            )
        ):
            # a descriptor the tagger calls a verb ("homewares retailer") does not end it
            break
        named = named or index in at or token.pos_ == "PROPN"
        index += 1
    return keys


def _size_before_a_name(token: Token, at: dict[int, str]) -> bool:
    """The hyphen of a size or kind right before a listed name ('the 420-site Northway
    network'), not one of a relation's words ('a long-time rival of X' ends the list)."""
    return word_hyphen(token) and token.i + 2 in at


# the model's labels a name listed beside an organisation's keeps its own kind by: a place, a
# people's adjective, a time or a number is listed with organisations too ("Tesco and Britain")
UNLISTABLE_LABELS = PLACE_LABELS | {
    "PERSON",
    "NORP",
    "DATE",
    "TIME",
    "MONEY",
    "CARDINAL",
    "ORDINAL",
    "PERCENT",
    "QUANTITY",
}


def add_coordinated_names(table: MentionTable) -> None:
    """'Barclays and Lloyds said their travel money services had been hit': a proper name the
    model saw no name in, listed beside an organisation's in a list of speakers that opens its
    clause, is another organisation's, as a list joins like with like. The list holds an
    organisation the gazetteer knows, or three names at least one of which the model calls an
    organisation: two names joined by 'and' are as often one name ('NHS Dumfries and
    Galloway'). Only a list that speaks counts: one of those worst hit names towns, products
    or people with companies ('Tesco, Kent and Surrey were worst affected'), and a list after
    a verb or a preposition names brands or places ('owns the Holiday Inn, Crowne Plaza and
    InterContinental brands', 'shops across Tayside, Fife and the Lothians'). A name the model
    took for a place, a person, a time or a number stays what it is."""
    doc = table.doc
    starting = {
        mention.start: (mention.end, candidate)
        for candidate in table.candidates.values()
        for mention in candidate.mentions
    }
    for sentence in table.layout.sentences:
        index = sentence.span.start
        while index < sentence.span.end:
            items, after = _name_list(doc, index, sentence.span.end, starting)
            if len(items) < 2:
                index += 1
                continue
            index = after
            if not _opens_a_clause(doc, items[0][0], sentence.span.start) or not _speak(
                doc, after, sentence.span.end, table.rules.cues.speech_verbs
            ):
                continue
            seeds = [starting[start][1] for start, _ in items if start in starting]
            known = any(candidate.entry is not None for candidate in seeds)
            named = any("ORG" in candidate.ner_labels for candidate in seeds)
            if not (known or (len(items) >= LIST_OF_NAMES and named)):
                continue
            for start, end in items:
                span = doc[start:end]
                if start in starting or not _listable(span) or not table.free(start, end):
                    continue
                normal = normalize_org_name(span.text)
                if not table.add_known(span, normal, None):
                    key = _unknown_key(table.candidates, normal, span.text, sentence.index)
                    table.add(span, key, span.text, None)


LIST_OF_NAMES = 3  # "X, Y and Z": three names make a list, where "X and Y" may be one name
NAME_SEPARATORS = frozenset({",", "and", "or"})  # not "&", which joins the words of one name


def _name_list(
    doc: Doc, index: int, stop: int, starting: dict[int, tuple[int, OrgCandidate]]
) -> tuple[list[tuple[int, int]], int]:
    """The names listed from `index` ('X, Y and Z'): each a mention or a run of proper
    nouns, joined by commas, 'and' or 'or'; and the index after the last."""
    items: list[tuple[int, int]] = []
    if index > 0 and doc[index - 1].text == "&":
        return items, index  # "Tilly & Fern": the second word of a name
    last_end = index
    while index < stop:
        if index in starting:
            end = starting[index][0]
        else:
            end = index
            while end < stop and _name_word(doc[end]):
                end += 1
        if end == index:
            break
        items.append((index, end))
        last_end = end
        joiner = end
        while joiner < stop and doc[joiner].lower_ in NAME_SEPARATORS:
            joiner += 1
        if joiner == end or joiner - end > 2:
            return items, end
        index = joiner
    return items, last_end


SPEAKING_REACH = 4  # "X and Y said", "X and Y have both confirmed", "were among those telling"


def _speak(doc: Doc, start: int, end: int, speech_verbs: frozenset[str]) -> bool:
    """The list's predicate is a verb of saying, near its start: organisations listed as
    speakers ('X and Lloyds said', 'were among those telling customers'), where a list of
    those worst hit may name towns, products or people with them ('Tesco, Kent and Surrey
    were worst affected')."""
    for token in doc[start : min(end, start + SPEAKING_REACH)]:
        if token.is_punct:
            return False  # "Tesco, Fenwick Street and Market Square, shopkeepers said, were"
        if token.lemma_.lower() in speech_verbs and token.pos_ == "VERB":
            return True
    return False


def _opens_a_clause(doc: Doc, start: int, sentence_start: int) -> bool:
    """The list stands first in its sentence, or after a comma or 'that'."""
    return start == sentence_start or doc[start - 1].lower_ in {",", "that", '"', "“"}


def _name_word(token: Token) -> bool:
    """A proper noun written as a name ('Barclays', 'NHS')."""
    return token.tag_ in {"NNP", "NNPS"} and (token.is_title or token.is_upper)


def _listable(span: Span) -> bool:
    """A listed name the model took for no place, person, time or number."""
    return not any(token.ent_type_ in UNLISTABLE_LABELS for token in span)


def find_mentions(table: MentionTable) -> dict[str, OrgCandidate]:
    """Every organisation candidate of the article, each with all its named mentions."""
    add_known(table)
    add_unknown(table)
    add_places(table)
    add_coordinated_names(table)
    extend_repeated_names(table)
    add_shouted_names(table)
    add_short_forms(table)
    add_known_short_forms(table)
    merge_parenthetical_aliases(table)
    expand_initialisms(table)
    merge_initialisms(table.candidates)
    merge_fragments(table.candidates)
    merge_council_short_forms(table.candidates, table.rules.victims["council_grades"], table.doc)
    merge_places_into_their_governments(
        table.candidates, table.rules.victims["place_government_words"]
    )
    merge_unpunctuated_names(table.candidates)
    merge_listed_brands(table)
    return table.candidates

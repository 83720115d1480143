"""Service spans the rulers cannot find alone: a modifier listed before a service phrase
shares its head ("card and contactless payments"), personal data owned by a business's
own people is employee data ("the names of some former drivers"), and data of no stated
kind or owner is marked as such ("some data from its network")."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from .taxonomy import DATA_SERVICES

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

SERVICE_SPANS = "ie_services"
# data mentions that name neither an owner nor a personal kind ("some data from its network")
UNOWNED_DATA_SPANS = "ie_unowned_data"
# those of them whose kind a quantifier withholds ("some data", "certain information")
WITHHELD_DATA_SPANS = "ie_withheld_data"
# people of the other kind listed with a data phrase's owners ("data belonging to its
# customers and employees", "the details of 200 employees and several thousand members"):
# their data shares the phrase's reading
JOINED_OWNER_SPANS = "ie_joined_owners"
# the group's attribute: [start, end, data phrase's start, data phrase's end] per joined span,
# lists so that a serialised doc keeps it
JOINED_TO = "joined_to"
CUSTOMER_DATA = "customer_data"
EMPLOYEE_DATA = "employee_data"
INTERNAL_SYSTEMS = "internal_systems"

COORDINATORS = frozenset({"and", "or", "&", ","})
# the tagger's possessives: "the grocer's", "its"; layout.POSSESSIVE_TAG is the same tag, not
# imported here as layout builds on this module's pipeline
POSSESSIVE_TAG = "POS"
POSSESSIVE_PRONOUN_TAG = "PRP$"
PHRASE_INNER_POS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ", "PART"})  # "its parts and"
POSSESSIVE_OPENER = "possessive"
OWNING_OPENERS = frozenset({POSSESSIVE_OPENER})
WITHHELD_REACH = 3  # "some of its data": the words before the data word
PARTITIVE_DETERMINERS = frozenset({"the", "its", "their", "our"})  # "some of its data"


class TradeDescriptions:
    """'a logistics firm', 'the pharmacy chain', 'a gift card processor', 'a card payments
    business': a service's words right before a noun of a business (`trade_heads`) name that
    business's trade, and tell no service of its own; after a possessive they name the
    owner's unit ('its parts and distribution business'), whose service they are, and so do
    they after 'the' before a unit head (`unit_heads`: 'the pharmacy business remained
    closed', 'the logistics business of X')."""

    def __init__(self, nlp: Language, name: str, heads: list[str], unit_heads: list[str]) -> None:
        self.name = name
        self.heads = frozenset(heads)
        self.unit_heads = frozenset(unit_heads)

    def __call__(self, doc: Doc) -> Doc:
        found = doc.spans[SERVICE_SPANS]
        kept = [
            span
            for span in found
            if not (
                span.end < len(doc)
                and doc[span.end].lower_ in self.heads
                and phrase_opener(doc, span.start) not in self._unit_openers(doc[span.end])
            )
        ]
        if len(kept) != len(found):
            doc.spans[SERVICE_SPANS] = kept
        return doc

    def _unit_openers(self, head: Token) -> frozenset[str]:
        """The openers that make the phrase the owner's unit: a possessive always, 'the'
        before a unit head."""
        return OWNING_OPENERS | ({"the"} if head.lower_ in self.unit_heads else frozenset())


def phrase_opener(doc: Doc, start: int) -> str:
    """What opens the noun phrase the words at `start` stand in: POSSESSIVE_OPENER ('its
    parts and distribution', "the grocer's own logistics"), else its determiner, lower-cased
    ('the', 'a'), else ''."""
    index = start - 1
    while index >= 0 and doc[index].pos_ in PHRASE_INNER_POS and doc[index].tag_ != POSSESSIVE_TAG:
        index -= 1
    if index < 0:
        return ""
    if doc[index].tag_ in {POSSESSIVE_TAG, POSSESSIVE_PRONOUN_TAG}:
        return POSSESSIVE_OPENER
    return doc[index].lower_ if doc[index].pos_ == "DET" else ""


class BrandSchemes:
    """'Kelloway Rewards', 'the Kelloway Perks scheme': a brand and a scheme word name a
    loyalty scheme when a scheme word follows ('scheme', 'members'), after a possessive
    ('their Spice Points'), or when the story names the brand elsewhere with no scheme word
    after it ('Kelloway Stores', 'Kelloway said');
    with no owner so named ('Brackenfold Points said ...') or before another noun ('Compass
    Points shopping centre', 'Brackenfold Points Holdings') the words are a business's or a
    place's name, unless the story tells them as a scheme elsewhere."""

    def __init__(
        self, nlp: Language, name: str, scheme_words: list[str], followers: list[str]
    ) -> None:
        self.name = name
        self.scheme_words = frozenset(scheme_words)
        self.followers = frozenset(followers)

    def __call__(self, doc: Doc) -> Doc:
        found = list(doc.spans[SERVICE_SPANS])
        named = [span for span in found if len(span) == 2 and span[1].text in self.scheme_words]
        # once told as a scheme anywhere, the name is one everywhere ("X restores Spice
        # Points weeks after ..." in a headline)
        schemes = {span.text for span in named if self._told_as_a_scheme(doc, span)}
        kept = [span for span in found if span not in named or span.text in schemes]
        if len(kept) != len(found):
            doc.spans[SERVICE_SPANS] = kept
        return doc

    def _told_as_a_scheme(self, doc: Doc, span: Span) -> bool:
        following = doc[span.end] if span.end < len(doc) else None
        if following is not None and following.lower_ in self.followers:
            return True
        if span.start > 0 and doc[span.start - 1].tag_ == POSSESSIVE_PRONOUN_TAG:
            return True  # "spend their Spice Points": what someone has
        if following is not None and following.pos_ in {"NOUN", "PROPN"}:
            return False
        brand = span[0].text
        return any(
            token.text == brand
            and token.i != span.start
            and (token.i + 1 >= len(doc) or doc[token.i + 1].text not in self.scheme_words)
            for token in doc
        )


class SharedHeads:
    """'card and contactless payments', 'debit and credit card payments': a modifier listed
    before a service phrase shares the phrase's head, so it names the service its own
    phrase names ('card payments'), as a span over the modifier."""

    def __init__(self, nlp: Language, name: str, phrases: dict[str, list[str]]) -> None:
        self.name = name
        self.phrases = phrases  # phrase -> [service, index of its lexicon entry]

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span

        found = list(doc.spans[SERVICE_SPANS])
        shared = []
        for span in found:
            if len(span) < 2:
                continue
            head = " ".join(token.lower_ for token in span[1:])
            index = span.start - 1
            while index >= 1 and doc[index].lower_ in COORDINATORS:
                modifier = doc[index - 1]
                if doc[index].is_sent_start or modifier.is_punct:
                    break
                entry = self.phrases.get(f"{modifier.lower_} {head}")
                if entry is None:
                    break
                label, entry_id = entry
                shared.append(Span(doc, modifier.i, modifier.i + 1, label=label, span_id=entry_id))
                index = modifier.i - 1
        shared += self._heads_past_another_modifier(doc, found)
        if shared:
            doc.spans[SERVICE_SPANS] = sorted(set(found).union(shared))
        return doc

    def _heads_past_another_modifier(self, doc: Doc, found: list[Span]) -> list[Span]:
        """'online and phone orders', 'debit or credit cards': a modifier whose head comes
        after a second modifier and the conjunction names the service its phrase with that
        head names ('online orders'), though the second modifier's own phrase names none.
        Not cards, which are as often the data a breach took ('7 percent of all debit and
        credit cards used at its stores may have been affected') as a way to pay."""
        from spacy.tokens import Span

        covered = {index for span in found for index in range(span.start, span.end)}
        shared = []
        for token in doc[: max(len(doc) - 3, 0)]:
            joiner, other, head = doc[token.i + 1], doc[token.i + 2], doc[token.i + 3]
            if (
                token.i in covered
                or joiner.lower_ not in PAIR_JOINERS
                or not (other.is_lower and other.pos_ in SECOND_MODIFIER_POS)
                or head.is_sent_start
                or other.is_sent_start
                or head.lower_ in HELD_THINGS
            ):
                continue
            entry = self.phrases.get(f"{token.lower_} {head.lower_}")
            if entry is not None:
                label, entry_id = entry
                shared.append(Span(doc, token.i, token.i + 1, label=label, span_id=entry_id))
        return shared


PAIR_JOINERS = frozenset({"and", "or"})
HELD_THINGS = frozenset({"card", "cards"})
SECOND_MODIFIER_POS = frozenset({"NOUN", "ADJ", "PROPN", "VERB"})  # "phone", "mobile", "booking"
DEFINITE_ARTICLE = "the"  # "a scheme" is another one; "its scheme" is named in full


class HeadReferences:
    """'its rewards scheme ... The scheme will stay paused': a service named again by "the"
    and its head noun alone is the service named before with that head, when only one
    service of the article so far ends in that noun ('the system' after both a payment
    system and a booking system names neither)."""

    def __init__(self, nlp: Language, name: str, unspecific: list[str]) -> None:
        import numpy

        self.name = name
        # "the system" may be a health system, "the line" a queue
        self.unspecific = frozenset(unspecific)
        self._numpy = numpy  # imported with spaCy, not when the CLI starts
        self._article = nlp.vocab.strings.add(DEFINITE_ARTICLE)

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span

        found = list(doc.spans[SERVICE_SPANS])
        if not found:
            return doc
        covered = {i for span in found for i in range(span.start, span.end)}
        first_by_head: dict[str, list[Span]] = {}
        for span in found:
            if (
                len(span) > 1
                and span[-1].tag_ in NOUN_TAGS
                and span[-1].lower_ not in self.unspecific
            ):
                first_by_head.setdefault(span[-1].lower_, []).append(span)
        if not first_by_head:
            return doc
        # the heads after "the", by hash: one vectorised look-up, not a Python call per token
        numpy = self._numpy
        lowers = doc.to_array("LOWER").astype("uint64")
        heads = numpy.array([doc.vocab.strings[h] for h in first_by_head], dtype="uint64")
        after_article = numpy.isin(lowers[1:], heads) & (lowers[:-1] == self._article)
        referred = []
        for index in (int(i) + 1 for i in numpy.flatnonzero(after_article)):
            token = doc[index]
            spans = first_by_head[token.lower_]
            if token.i in covered or (
                token.i + 1 < len(doc) and doc[token.i + 1].tag_ in NOUN_TAGS
            ):
                continue
            before = {(s.label_, s.id_) for s in spans if s.end <= token.i}
            if len(before) == 1:
                label, entry_id = before.pop()
                referred.append(Span(doc, token.i, token.i + 1, label=label, span_id=entry_id))
        if referred:
            doc.spans[SERVICE_SPANS] = sorted(set(found).union(referred))
        return doc


DATA_LABELS = frozenset(service.value for service in DATA_SERVICES)
NAME_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})  # "electronic patient record"
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


class NamedSystems:
    """A system named by what it does is the business's internal system: 'the electronic
    patient record system', 'the terminal operating system', 'its finance systems', 'its
    check-in systems'. Not one the lexicon already reads as a service ('payment systems'),
    or in another sense ('hackers in its systems'), and not a bare 'the system', 'its
    systems' or 'new systems', which name no use (the plural alone tells of the estate,
    whose claims have no service). The systems of a service the lexicon names ('its pharmacy
    systems', 'its email systems') are that service's."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        heads: list[str],
        entry_id: str,
        general_ids: list[str],
        internal_labels: list[str],
        naming_data_words: dict[str, list[str]],
    ) -> None:
        import numpy

        self.name = name
        self.entry_id = entry_id
        self._general_ids = frozenset(general_ids)
        self._internal_labels = frozenset(internal_labels)
        self._naming_data_words = {
            word: frozenset(heads) for word, heads in naming_data_words.items()
        }
        self._numpy = numpy  # imported with spaCy, not when the CLI starts
        # the heads by hash: one vectorised look-up per document, not a Python call per token
        self._keys = numpy.array(sorted(nlp.vocab.strings.add(h) for h in heads), dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span

        numpy = self._numpy
        hits = numpy.flatnonzero(numpy.isin(doc.to_array("LOWER").astype("uint64"), self._keys))
        if not hits.size:
            return doc
        found = list(doc.spans[SERVICE_SPANS])
        covered = {i for span in found for i in range(span.start, span.end)}
        # "systems" alone reads as the estate in general; a name before it says which ones
        bare_general = {
            span.start: span for span in found if len(span) == 1 and span.id_ in self._general_ids
        }
        # a data word keeps its own reading: "its customer data systems" hold the data; of
        # two services ending on one word, the longer names it ("online payment systems")
        ending_at: dict[int, Span] = {}
        # records or information before a system head name the system: "its patient records
        # system", "the student information system"
        naming_data: dict[int, Span] = {}
        for span in sorted(found, key=len):
            if span.label_ in DATA_LABELS:
                naming_data[span.end - 1] = span
            elif span.id_ not in self._general_ids:
                ending_at[span.end - 1] = span
        named = []
        for head in (int(i) for i in hits):
            general = bare_general.get(head)
            if head in covered and general is None:
                continue
            data = naming_data.get(head - 1)
            if data is not None and doc[head].lower_ in self._naming_data_words.get(
                doc[data.end - 1].lower_, ()
            ):
                found.remove(data)
                if general is not None:
                    found.remove(general)
                # "its Sollertia patient records system": the name before it is the system's
                start = _name_start(doc, data.start, covered)
                named.append(
                    Span(doc, start, head + 1, label=INTERNAL_SYSTEMS, span_id=self.entry_id)
                )
                continue
            service = ending_at.get(head - 1)
            if general is not None and service is not None:
                # "its pharmacy systems": the systems of that service; "its store systems":
                # an internal system named by where it works
                found.remove(general)
                found.remove(service)
                if service.label_ in self._internal_labels:
                    label, entry_id = INTERNAL_SYSTEMS, self.entry_id
                else:
                    label, entry_id = service.label_, service.id_
                named.append(Span(doc, service.start, head + 1, label=label, span_id=entry_id))
                continue
            start = _name_start(doc, head, covered)
            if any(t.tag_ in NOUN_TAGS for t in doc[start:head]):
                if general is not None:
                    found.remove(general)
                named.append(
                    Span(doc, start, head + 1, label=INTERNAL_SYSTEMS, span_id=self.entry_id)
                )
        if named:
            doc.spans[SERVICE_SPANS] = sorted(set(found).union(named))
        return doc


def _name_start(doc: Doc, start: int, covered: set[int]) -> int:
    """Where the words naming a system before `start` begin: nouns and names no service
    covers ('the terminal operating system'), and words hyphened together ('check-in')."""
    while start > 0 and not doc[start].is_sent_start:
        if doc[start - 1].tag_ in NAME_TAGS and start - 1 not in covered:
            start -= 1
        elif _hyphened_word_before(doc, start, covered):
            start -= 3  # "its check-in systems"
        else:
            break
    return start


def _hyphened_word_before(doc: Doc, start: int, covered: set[int]) -> bool:
    """'check-in' before 'systems': a word, a hyphen and a word written together."""
    if start < 3 or any(i in covered for i in range(start - 3, start)):
        return False
    return word_hyphen(doc[start - 2]) and doc[start - 3].is_alpha and doc[start - 1].is_alpha


SOURCE_REACH = 3  # words from a service to the 'from' of its source: "deliveries of clean linen"
SOURCE_DETERMINERS = frozenset({"the", "its", "their"})  # "deliveries from its supplier"


def source_named_after(doc: Doc, end: int, stop: int) -> int | None:
    """Where the source of a service mention ending at `end` is named, past 'from' and a
    determiner ('deliveries from Northfield', 'deliveries of clean linen from the X'), before
    `stop`; None when no 'from' follows within reach. One reading for who a service comes
    from, for the victim test and for assembly."""
    for index in range(end, min(end + SOURCE_REACH + 1, stop)):
        if doc[index].lower_ == "from":
            after = index + 1
            if after < stop and doc[after].lower_ in SOURCE_DETERMINERS:
                after += 1
            return after
    return None


def word_hyphen(token: Token) -> bool:
    """A hyphen inside one word ('check-in', 'T-Mobile', 'Rolls-Royce'), not a dash between
    words."""
    doc = token.doc
    return (
        token.text == "-"
        and 0 < token.i < len(doc) - 1
        and not doc[token.i - 1].whitespace_
        and not token.whitespace_
    )


OWNER_REACH = 12  # tokens from a data word to the people who own it, across a list
OWNER_CONJUNCTIONS = frozenset({"and", "or", "&"})
VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})
# forms of "be" and "have", by spelling, as this pipeline's lemmatizer leaves auxiliaries
# as they are: "staff was accessed", "staff were working"
AUXILIARY_FORMS = frozenset({"is", "are", "was", "were", "am", "'s", "'re", "has", "have", "had"})
OWNER_PHRASE_POS = frozenset({"NOUN", "ADJ", "PROPN", "CCONJ", "PUNCT"})  # a list of data words
OWNER_DETERMINERS = frozenset({"DET", "NUM", "ADJ", "CCONJ", "ADV", "PRON"})  # "of some former"
# the tagger reads these as prepositions before a number: "of about 1,200 staff"
APPROXIMATORS = frozenset({"about", "around", "over", "nearly", "almost", "roughly", "up", "to"})
COMPARATIVES = frozenset({"more", "fewer", "less"})  # "than" after them only, not "rather than"
SINGULAR_NOUN = "NN"
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
OWNER_PREPOSITIONS = frozenset({"of", "on", "about"})  # "data on 4,800 former employees"
# a list of owners also after "for" ("bank details for its tenants and its own repair
# workers"), where the phrase is read for its owners' kinds, not for whether it has owners
LISTED_OWNER_PREPOSITIONS = OWNER_PREPOSITIONS | {"for"}
OWNER_LINK_VERBS = frozenset({"belonging", "relating", "related"})  # "... belonging to staff"
PEOPLE_POSSESSIVES = frozenset({"their", "your", "his", "her"})  # "their data": people's
MEMBERS_OF_REACH = 4  # "members of the company's pension scheme": the workplace after "of"
RELATIVE_REACH = 8  # "people who had applied for a mortgage": the clause after an owner
POSSESSIVE_REACH = 2  # "their personal data", "their own data", "the stolen data"
DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})  # as determiners
DETERMINER_TAGS = frozenset({"DT", "PDT"})  # "that data", not the conjunction "that data was"
INTERROGATIVE_DETERMINERS = frozenset({"what", "which"})  # "what data was taken"
INTERROGATIVE_TAGS = frozenset({"WDT", "WP"})  # the tagger reads "what data" either way


def definite_determiner(token: Token) -> bool:
    """'the data', 'this information'; not the conjunction 'that' ('said that data was')."""
    return token.lower_ in DEFINITE and token.tag_ in DETERMINER_TAGS


def points_back(token: Token) -> bool:
    """A determiner that points to something told before: a definite one, or an
    interrogative one ('what data was taken')."""
    return definite_determiner(token) or (
        token.lower_ in INTERROGATIVE_DETERMINERS and token.tag_ in INTERROGATIVE_TAGS
    )


YEAR_RANGE = range(1900, 2100)  # "data on 2024 shipments": a year, no number of people


def names_a_year(token: Token) -> bool:
    """'data on 2024 shipments', 'in 2019 customers were ...': a year, no number of people."""
    return token.text.isdigit() and int(token.text) in YEAR_RANGE


EMPLOYMENT_HEAD_REACH = 2  # "salary details", "human resources file server"


class ListedOwners(NamedTuple):
    """The people a data phrase's owner list names: the span of the first staff noun and of
    the first noun of the people the business serves, each None when the list has none."""

    staff: tuple[int, int] | None
    customers: tuple[int, int] | None


class JoinedOwners(NamedTuple):
    """The first of the people of the other kind listed with a data phrase's owners, and the
    label of their data."""

    start: int
    end: int
    label: str


def _sentence_span(doc: Doc, span: Span) -> Span:
    """The sentence holding a span; the whole text where no sentences were set."""
    return span.sent if doc.has_annotation("SENT_START") else doc[:]


class DataOwners:
    """Personal data whose owners are the business's own people is employee data: 'the
    names, email addresses and payroll numbers of some current and former employees', 'staff
    names', 'employees' home addresses'."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        staff_nouns: list[str],
        other_owners: list[str],
        employee_entry_id: str,
        customer_entry_id: str,
        employment_words: list[str],
        employment_heads: list[str],
        generic_data_words: list[str],
        withholding_quantifiers: list[str],
        data_owner_nouns: list[str],
        data_item_phrases: list[str],
        workplace_words: list[str],
        unspecific_people: list[str],
        employment_lemmas: list[str],
    ) -> None:
        self.name = name
        self.staff_nouns = frozenset(staff_nouns)
        self.workplace_words = frozenset(workplace_words)
        self.unspecific_people = frozenset(unspecific_people)
        self.employment_lemmas = frozenset(employment_lemmas)
        self.other_owners = frozenset(other_owners)  # "customers and staff": not staff's alone
        self.entry_ids = {EMPLOYEE_DATA: employee_entry_id, CUSTOMER_DATA: customer_entry_id}
        self.employment_words = frozenset(employment_words)
        self.employment_heads = frozenset(employment_heads)
        self.item_phrases = frozenset(data_item_phrases)
        self.generic_data_words = frozenset(generic_data_words)
        self.withholding_quantifiers = frozenset(withholding_quantifiers)
        self.owner_nouns = frozenset(data_owner_nouns) | self.staff_nouns
        # people whose data is not the staff's: "customers and staff" are not staff's alone
        self.customers = (frozenset(data_owner_nouns) | self.other_owners) - self.staff_nouns

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span

        found = list(doc.spans[SERVICE_SPANS])
        kept, changed = [], False
        for span in found:
            owner_label = self._owners_label(doc, span)
            if owner_label is not None and owner_label != span.label_:
                kept.append(
                    Span(
                        doc,
                        span.start,
                        span.end,
                        label=owner_label,
                        span_id=self.entry_ids[owner_label],
                    )
                )
                changed = True
            else:
                kept.append(span)
        joined: list[Span] = []
        joined_to: list[list[int]] = []
        for span in list(kept):
            other_kind = self._others_joined(doc, span) or self._owners_listed_before(doc, span)
            if other_kind is None:
                continue
            start, end, label = other_kind
            if not any(other.start < end and start < other.end for other in kept + joined):
                joined.append(Span(doc, start, end, label=label, span_id=self.entry_ids[label]))
                joined_to.append([start, end, span.start, span.end])
        if joined:
            kept += joined
            changed = True
        doc.spans[JOINED_OWNER_SPANS] = joined
        doc.spans[JOINED_OWNER_SPANS].attrs[JOINED_TO] = joined_to
        if changed:
            doc.spans[SERVICE_SPANS] = sorted(set(kept))
        unowned = [
            span for span in kept if span.label_ == CUSTOMER_DATA and self._unowned(doc, span, kept)
        ]
        doc.spans[UNOWNED_DATA_SPANS] = unowned
        doc.spans[WITHHELD_DATA_SPANS] = [span for span in unowned if self._withheld(doc, span)]
        return doc

    def _withheld(self, doc: Doc, span: Span) -> bool:
        """A quantifier that withholds the kind stands right before the data or before 'of'
        and its determiner ('some data', 'certain information', 'some of its data', 'some of
        the information')."""
        before = [token.lower_ for token in doc[max(0, span.start - WITHHELD_REACH) : span.start]]
        if before and before[-1] in self.withholding_quantifiers:
            return True
        if before and before[-1] in PARTITIVE_DETERMINERS:
            before = before[:-1]
        return (
            len(before) >= 2 and before[-1] == "of" and before[-2] in self.withholding_quantifiers
        )

    def _unowned(self, doc: Doc, span: Span, services: list[Span]) -> bool:
        """'the hackers had taken some data from its network', 'certain information': a
        generic data word with no owner and no personal kind anywhere in its sentence, where
        people ('data on 12,000 customers', 'their data'), a number of them ('data on
        40,000') or another data mention ('some data, including email addresses') would
        make it personal. Definite data ('the data affected', 'this information') is data
        the story named before, whatever it was."""
        if span.text.lower() not in self.generic_data_words:
            return False
        sentence = _sentence_span(doc, span)
        if self._names_any(sentence, self.owner_nouns):
            return False
        before = doc[max(sentence.start, span.start - POSSESSIVE_REACH) : span.start]
        if any(token.lower_ in PEOPLE_POSSESSIVES for token in before):
            return False  # "their data"
        definite = any(definite_determiner(token) for token in before)
        if definite and any(self._personal(other) for other in services if other < span):
            return False  # "the data affected", "this information": the data told before
        following = doc[span.end + 1] if span.end + 1 < sentence.end else None
        if (
            following is not None
            and doc[span.end].lower_ in OWNER_PREPOSITIONS
            and following.like_num
            and not names_a_year(following)
        ):
            return False  # "data on 40,000", not "data on 2024 shipments"
        return not any(
            other != span and sentence.start <= other.start < sentence.end and self._personal(other)
            for other in services
        )

    def _personal(self, span: Span) -> bool:
        """A mention of personal data that says its kind ('email addresses', 'staff data')."""
        return (
            span.label_ in {CUSTOMER_DATA, EMPLOYEE_DATA}
            and span.text.lower() not in self.generic_data_words
        )

    @staticmethod
    def _names_any(sentence: Span, words: frozenset[str]) -> bool:
        """Whether the sentence holds one of the words, a two-word one included."""
        lowered = [token.lower_ for token in sentence]
        return any(word in words for word in lowered) or any(
            f"{first} {second}" in words for first, second in pairwise(lowered)
        )

    def _two_word_staff(self, doc: Doc, index: int) -> bool:
        """'members of staff' is three words; 'team members' two."""
        return index + 1 < len(doc) and f"{doc[index].lower_} {doc[index + 1].lower_}" in (
            self.staff_nouns
        )

    def _staff_at(self, doc: Doc, index: int) -> bool:
        if index >= len(doc):
            return False
        three = " ".join(t.lower_ for t in doc[index : index + 3])
        return (
            doc[index].lower_ in self.staff_nouns
            or self._two_word_staff(doc, index)
            or three in self.staff_nouns
            or self._members_of_staff_at(doc, index)
        )

    def _members_of_staff_at(self, doc: Doc, index: int) -> bool:
        """'members of its staff', 'members of its workforce', 'members of the company's
        pension scheme': members of the business's own people, or of its workplace pension
        (not 'members of the superannuation fund', a pension firm's customers)."""
        if doc[index].lemma_.lower() != "member" or index + 1 >= len(doc):
            return False
        if doc[index + 1].lower_ != "of":
            return False
        following = doc[index + 2 : index + 2 + MEMBERS_OF_REACH]
        return any(
            token.lower_ in self.workplace_words or token.lower_ in self.staff_nouns
            for token in following
        )

    @staticmethod
    def _subject_of_its_own(doc: Doc, verb: int, after_comma: bool) -> bool:
        """Staff before a verb open a clause of their own: any verb after a comma (', and
        staff were told'); otherwise 'be' or 'have' before a gerund or 'to' ('... and its
        staff were working to restore systems', 'had been working'). Not 'be' before a
        participle, an adjective or a place, which says what became of the data its owners
        end ('students and staff was accessed', 'tenants and staff was safe', 'were among the
        files stolen'), nor a participle that says which staff ('any pupil or teacher
        enrolled or employed at its schools')."""
        if doc[verb].tag_ not in VERB_TAGS:
            return False
        if after_comma:
            return True
        if doc[verb].lower_ not in AUXILIARY_FORMS:
            return False
        index = verb + 1
        while index < len(doc) and (doc[index].lower_ == "been" or doc[index].pos_ == "ADV"):
            index += 1
        return index < len(doc) and (doc[index].tag_ == "VBG" or doc[index].lower_ == "to")

    def _others_joined(self, doc: Doc, span: Span) -> JoinedOwners | None:
        """'personal data belonging to some of its customers and employees', 'the data of
        students and staff', 'data about residents and council staff', 'information on all
        of its staff and on some customers', 'the personal data of some 300 employees and
        several hundred clients': the people of the other kind listed with the owners a data
        phrase names own the data too; the first of them and the label of their data, or
        None. The list is read on from the phrase's own last word when the phrase holds its
        owners. Not staff that open a clause of their own ('... of 2,000 customers, and staff were
        told to reset their passwords', '..., staff said') nor after another word
        ('customers, but staff data was not affected'). The sentence's reading of the phrase
        is theirs (status._joined_owners_data)."""
        if span.label_ not in {CUSTOMER_DATA, EMPLOYEE_DATA}:
            return None
        sentence = _sentence_span(doc, span)
        last = span.end - 1
        if span[-1].lower_ in self.customers or self._staff_at(doc, last):
            # the phrase holds its owners: "data belonging to its customers", "data of staff"
            own: ListedOwners | None = self._listed_owners(
                doc, last, min(sentence.end, last + OWNER_REACH)
            )
        else:
            own = self._listed_owners_after(doc, span, sentence)
        if own is None or own.staff is None or own.customers is None:
            return None
        if span.label_ == CUSTOMER_DATA:
            return JoinedOwners(*own.staff, EMPLOYEE_DATA)
        return JoinedOwners(*own.customers, CUSTOMER_DATA)

    def _owners_listed_before(self, doc: Doc, span: Span) -> JoinedOwners | None:
        """'customer or employee personal data', 'no student or staff data', 'customer,
        supplier or employee data': owners of the other kind listed before a data phrase
        that opens on its owners share its data words; the list may hold others ('supplier')
        whose data is no service."""
        if span.label_ not in {CUSTOMER_DATA, EMPLOYEE_DATA}:
            return None
        if span[0].lower_ not in self.customers and not self._staff_at(doc, span.start):
            return None  # "personal data": no owner opens it
        index = span.start - 1
        while index >= 1 and doc[index].lower_ in COORDINATORS and not doc[index].is_sent_start:
            modifier = doc[index - 1]
            if index >= 2 and self._two_word_staff(doc, index - 2):
                label = EMPLOYEE_DATA  # "no staff member or customer data"
            elif self._staff_at(doc, modifier.i):
                label = EMPLOYEE_DATA
            elif modifier.lower_ in self.customers and modifier.tag_ == SINGULAR_NOUN:
                # a modifier is singular: "customer or staff data", not a verb's object
                # before "and" ("apologised to customers and employee records were stolen")
                label = CUSTOMER_DATA
            elif modifier.pos_ == "NOUN":
                index = modifier.i - 1  # "customer, supplier or employee data"
                continue
            else:
                return None
            if label == span.label_:
                index = modifier.i - 1
                continue
            return JoinedOwners(modifier.i, modifier.i + 1, label)
        return None

    def _owners_label(self, doc: Doc, span: Span) -> str | None:
        """The data label the owners a data phrase names make it, or None to keep its own:
        staff make customer data theirs ('the bank details of 4,000 retired members of its
        staff pension scheme'), and customers listed alone after a staff data phrase that
        names no staff of its own make it theirs ('the salary details of 25,000 people who
        had applied for a loan')."""
        if span.label_ == CUSTOMER_DATA and self._owned_by_staff(doc, span):
            return EMPLOYEE_DATA
        if span.label_ == EMPLOYEE_DATA and not any(
            self._staff_at(doc, index) for index in range(span.start, span.end)
        ):  # not "data belonging to employees of its clients": the phrase holds its owners
            sentence = _sentence_span(doc, span)
            owners = self._listed_owners_after(doc, span, sentence)
            if (
                owners is not None
                and owners.customers is not None
                and owners.staff is None
                and self._customers_for_sure(doc, owners.customers[0], sentence.end)
            ):
                return CUSTOMER_DATA
        return None

    def _customers_for_sure(self, doc: Doc, index: int, end: int) -> bool:
        """A customer noun, or unspecific people ('people', 'members') whose clause after
        them tells something other than work: 'people who had applied for a mortgage', not
        '2,000 people it employs' nor 'people' alone."""
        if doc[index].lower_ not in self.unspecific_people:
            return True
        clause = doc[index + 1 : min(end, index + 1 + RELATIVE_REACH)]
        verbs = [token for token in clause if token.pos_ in {"VERB", "AUX"}]
        return bool(verbs) and not any(
            token.lemma_.lower() in self.employment_lemmas for token in verbs
        )

    def _owned_by_staff(self, doc: Doc, span: Span) -> bool:
        return self._owned_in_phrase(doc, span) or self._only_staff_told(doc, span)

    def _only_staff_told(self, doc: Doc, span: Span) -> bool:
        """'The broadcaster told staff that their ID numbers and home addresses were exposed':
        data that names no owner of its own, in a sentence whose only people, named before
        it, are staff (not '... the bank details of 40,000 policyholders'), or that tells
        what only employment keeps ('names, salary details and bank account numbers')."""
        sentence = _sentence_span(doc, span)
        if self._names_owners_after(doc, span, sentence.end) or self._names_any(
            span, self.customers
        ):
            return False  # "... of 40,000 policyholders", after it or inside the mention
        staff = any(self._staff_at(doc, index) for index in range(sentence.start, span.start))
        # "the stolen files include names, salary details and bank account numbers"
        staff = staff or self._employment_data_told(sentence)
        return staff and not self._names_any(sentence, self.customers)

    def _employment_data_told(self, sentence: Span) -> bool:
        """An employment word naming data or the system that holds it ('salary details', 'a
        human resources server'), not one in another sense ('a wage freeze', 'the payroll
        run', 'payroll software firm')."""
        doc = sentence.doc
        lowered = [token.lower_ for token in sentence]
        for offset, word in enumerate(lowered):
            two = " ".join(lowered[offset : offset + 2])
            length = (
                2 if two in self.employment_words else 1 if word in self.employment_words else 0
            )
            if not length:
                continue
            after = doc[sentence.start + offset + length :][:EMPLOYMENT_HEAD_REACH]
            if any(token.lower_ in self.employment_heads for token in after):
                return True
        return False

    def _names_owners_after(self, doc: Doc, span: Span, sentence_end: int) -> bool:
        """'... of 40,000 policyholders': the data phrase names its owners after it."""
        return self._owner_list_start(doc, span, sentence_end, OWNER_PREPOSITIONS) is not None

    def _owner_list_start(
        self, doc: Doc, span: Span, sentence_end: int, prepositions: frozenset[str]
    ) -> int | None:
        """Where the owners a data phrase names after it begin: past the rest of its list of
        data words and the preposition ('of', 'on', 'about') or link ('belonging to',
        'relating to') that names them; None when it names none."""
        stop = min(sentence_end, span.end + OWNER_REACH)
        index = span.end
        while index < stop:
            if self._item_preposition(doc, index):
                index += 2
            elif doc[index].lower_ in prepositions:
                return index + 1
            elif self._owner_link_at(doc, index):
                return index + 2  # "belonging to": its "to" leads to the owners
            elif doc[index].pos_ in OWNER_PHRASE_POS and doc[index].text not in {".", ";", ":"}:
                index += 1
            else:
                return None
        return None

    def _item_preposition(self, doc: Doc, index: int) -> bool:
        """'dates of birth', 'proof of address': the preposition belongs to the item, not
        to the data's owners."""
        if index < 1 or index + 1 >= len(doc):
            return False
        words = (doc[index - 1].lower_, doc[index].lower_, doc[index + 1].lower_)
        return " ".join(words) in self.item_phrases

    @staticmethod
    def _owner_link_at(doc: Doc, index: int) -> bool:
        """'information belonging to current and former employees', 'data relating to staff'."""
        return (
            index + 1 < len(doc)
            and doc[index].lower_ in OWNER_LINK_VERBS
            and doc[index + 1].lower_ == "to"
        )

    def _owned_in_phrase(self, doc: Doc, span: Span) -> bool:
        sentence = _sentence_span(doc, span)
        # before the list: "staff names and addresses", "employees' home addresses"
        index = span.start - 1
        while index >= max(sentence.start, span.start - OWNER_REACH):
            if self._staff_at(doc, index):
                return True
            if doc[index].text not in POSSESSIVE_MARKS and (
                doc[index].pos_ not in OWNER_PHRASE_POS or doc[index].text in {".", ";", ":"}
            ):
                break
            index -= 1
        # after it: "the names and payroll numbers of some former employees", "data on staff"
        owners = self._listed_owners_after(doc, span, sentence)
        return owners is not None and owners.staff is not None and owners.customers is None

    def _listed_owners_after(self, doc: Doc, span: Span, sentence: Span) -> ListedOwners | None:
        """The kinds of owner a data phrase lists after it ('of', 'on', 'about', 'for',
        'belonging to', 'relating to'); None when it names none."""
        start = self._owner_list_start(doc, span, sentence.end, LISTED_OWNER_PREPOSITIONS)
        if start is None:
            return None
        return self._listed_owners(doc, start, min(sentence.end, start + OWNER_REACH))

    def _past_determiners(self, doc: Doc, index: int, stop: int) -> int:
        """Past the words before an owner noun: 'some of its', 'about 1,200', 'all of its'."""
        while index < stop and (
            doc[index].pos_ in OWNER_DETERMINERS
            or doc[index].lower_ in APPROXIMATORS
            or (doc[index].lower_ == "than" and doc[index - 1].lower_ in COMPARATIVES)
            or (doc[index].lower_ == "of" and doc[index - 1].pos_ in OWNER_DETERMINERS)
        ):
            index += 1
        return index

    def _listed_owners(self, doc: Doc, index: int, stop: int) -> ListedOwners:
        """The people listed as a data phrase's owners from `index`: 'some current and former
        caretakers and office staff', 'residents and council staff', 'patients, staff and
        the board's finances', 'all of its staff and on some customers' (a preposition
        repeated after the conjunction); 'customer staff' are the customers' people. The
        list ends where a staff noun opens a clause of its own after a comma ('..., and
        staff were told', 'customers, staff at X said': after a bare comma, staff are
        listed only when the list goes on after them), at a conjunction that is not one of
        joining ('customers, but staff data ...') and at any other word."""
        index = self._past_determiners(doc, index, stop)
        staff: tuple[int, int] | None = None
        customers: tuple[int, int] | None = None
        after_comma = bare_comma = False
        while index < stop and doc[index].pos_ in OWNER_PHRASE_POS and doc[index].text != ".":
            token = doc[index]
            if self._staff_at(doc, index) and doc[index - 1].lower_ not in self.customers:
                # before "members": "members of staff"; "customer staff" are the customers'
                end = index + (2 if self._two_word_staff(doc, index) else 1)
                following = doc[end] if end < len(doc) else None
                if following is not None and self._subject_of_its_own(doc, end, after_comma):
                    break  # ", and staff were told", "and its staff were working to ..."
                if bare_comma and not (
                    following is not None
                    and (following.lower_ in OWNER_CONJUNCTIONS or following.text == ",")
                ):
                    break  # "customers, staff at X said": listed only if the list goes on
                staff = staff or (index, end)
                index = end
                continue
            if token.lower_ in self.customers:
                customers = customers or (index, index + 1)
            if token.pos_ == "CCONJ" and token.lower_ not in OWNER_CONJUNCTIONS:
                break  # "customers, but staff data was not affected"
            after_comma = after_comma or token.text == ","
            if token.text == "," or token.lower_ in OWNER_CONJUNCTIONS:
                bare_comma = token.text == ","
            index += 1
            if token.lower_ in OWNER_CONJUNCTIONS or token.text == ",":
                if index < stop and doc[index].lower_ in LISTED_OWNER_PREPOSITIONS:
                    index += 1  # "on all of its staff and on some customers"
                index = self._past_determiners(doc, index, stop)
        return ListedOwners(staff, customers)

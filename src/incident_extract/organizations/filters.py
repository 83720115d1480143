"""The organisation-candidate filter: every candidate that is not an organisation able to be
hit gets a typed reason (person, outlet, product, attacker, vendor, place, fragment, term,
bystander). Reasons come from the name itself, from the gazetteer's role, and from the
frames around its mentions ("told Reuters", "the Qilin ransomware gang", "a flaw in X's
router"). Hard reasons (not an organisation at all) always hold; soft ones give way in
`victims` when the text puts the candidate on the receiving end of an attack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..layout import (
    COMPROMISED_LABEL,
    only_punctuation_before,
    phrase_shape,
    sentence_start_of,
)
from ..lexicon import Rules, VictimWords
from ..names import normalize_org_name
from ..nlp import CUE_SPANS
from .mentions import (
    ARTICLES,
    INITIALISM,
    PERSONAL_PRONOUNS,
    PLACE_MODIFIER_HEADS,
    a_bare_role,
    a_shared_role,
    appositive_of_kind,
    frame_before_length,
    frame_length,
    frame_words,
    has_frame_after,
    has_frame_before,
    written_as_a_brand,
)
from .model import (
    HARD_REJECTIONS,
    LIST_CONJUNCTIONS,
    POSSESSIVES,
    OrgCandidate,
    OrgMention,
    Rejection,
)
from .syntax import past_apposition, speaks_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

HARD_ROLES = {"threat_actor": Rejection.ATTACKER, "index": Rejection.BYSTANDER}
SOFT_ROLES = {
    "media": Rejection.OUTLET,
    "agency": Rejection.BYSTANDER,
    "security_firm": Rejection.BYSTANDER,
    "technology": Rejection.BYSTANDER,
    "trade_body": Rejection.BYSTANDER,
    "payment_network": Rejection.BYSTANDER,
}
PLACE_ONLY_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
LOCATIVES = frozenset({"in", "across", "throughout", "around", "near", "outside"})
LIST_JOINERS = frozenset({",", "-", "and", "or"})
# an honorific, a given name and a surname: "Dr Amanda Shore" (two words may be a shop's name)
PERSON_WITH_HONORIFIC = 3
LOCATED_LIST_REACH = 12  # tokens of other places listed before a name: "in Leeds, York and X"
FLAW_NAMING_REACH = 8  # tokens from the flaw to the frame naming it: "an issue in DNS servers,"


KIND_MODIFIER_REACH = 4  # "DIY and garden centre chain": the kind's noun after the modifier
KIND_PHRASE_POS = frozenset({"NOUN", "ADJ", "CCONJ"})
PHRASE_OPENING_TAGS = frozenset({"DT", "PRP$", "POS"})  # "the", "a", "its", "the chain's"
GERUND_TAG = "VBG"  # "online booking system": what the software does


def kinds_of_business(words: VictimWords) -> frozenset[str]:
    """The nouns that say what kind of business a name is: 'retailer', 'chain', 'haulier'."""
    return words["company_descriptors"] | words["business_kinds"]


def name_rejection(name: str, words: VictimWords) -> Rejection | None:
    """What the name alone says: a technology term ('MFA', 'FIDO2') or a bare generic word
    ('Group', 'Third-Party', 'Grocer')."""
    lowered = name.lower().strip()
    normal = normalize_org_name(name)
    if lowered in words["technology_terms"] or normal in words["technology_terms"]:
        return Rejection.TERM
    if any(pattern.match(lowered) for pattern in (*words.name_patterns, *words.term_patterns)):
        return Rejection.TERM
    spaced = normal.replace("-", " ")
    tokens = spaced.split()
    generic = words["fragment_words"] | words["company_descriptors"]
    # "Grocer", "Bank", "Haulier": a kind of business alone names none, wherever it stands
    # (a headline's first word, mostly); "Bakery chain" is left to the common-word test
    if spaced in generic | kinds_of_business(words) or all(t in generic for t in tokens):
        return Rejection.FRAGMENT
    if all(t in words["technology_terms"] for t in tokens):
        return Rejection.TERM
    if spaced in words["seat_names"]:
        return Rejection.LOCATION  # "staff at City Hall": where the council works
    return None


NAME_AFTER_TITLE = range(1, 4)  # "Manager R.J. Wrenbury": the words of a person's name


def _a_title_before_a_name(name_words: list[str], titles: frozenset[str]) -> bool:
    """A person's title inside the name, followed by no more than a person's name of
    capitalised words or initials ('City Manager R.J. Wrenbury', 'Mayor Ann Tolley'); not a
    body named with 'of' ('Guild of Chief Parish Clerks'), nor a title that opens the name
    before one word ('Dr Martens', 'Mr Price': shops, as the honorific rule has it)."""
    lowered = [word.lower() for word in name_words]
    if any(word in {"of", "for", "and", "&"} for word in lowered):
        return False
    last_title = max((i for i, word in enumerate(lowered) if word in titles), default=None)
    if last_title is None:
        return False
    rest = name_words[last_title + 1 :]
    if last_title == 0 and len(rest) < 2:
        return False
    return len(rest) in NAME_AFTER_TITLE and all(word[:1].isupper() for word in rest)


def _a_public_office_before_a_name(name_words: list[str], words: VictimWords) -> bool:
    """'Village Administrator Gwen Harlan', 'Town Clerk Ann Bede': an office a public body's
    word opens, then a person's name."""
    lowered = [word.lower() for word in name_words]
    offices = [
        i
        for i in range(1, len(lowered))
        if lowered[i] in words["public_office_titles"]
        and lowered[i - 1] in words["place_government_words"]
    ]
    return bool(offices) and _a_title_before_a_name(
        name_words[offices[-1] :], frozenset({lowered[offices[-1]]})
    )


def _is_person(candidate: OrgCandidate, doc: Doc, people: set[str], rules: Rules) -> bool:
    words = rules.victims
    name_words = candidate.name.split()
    if name_words[-1].lower() in rules.cues.org_suffix_words | words["fragment_words"]:
        return False  # "Frasers Group", "Harlow Foods"
    if len(name_words) == 1 and written_as_a_brand(name_words[0]):
        return False  # "password manager LastPass": people's names are not written so
    if _a_title_before_a_name(name_words, words["person_titles"]) or _a_public_office_before_a_name(
        name_words, words
    ):
        return True  # "City Manager R.J. Wrenbury": the model took the title into the name
    if len(name_words) == 1 and name_words[0] in people:
        # "Reeder" after "Ginger Reeder"; not a family firm named by its possessive alone
        # ("at Cairnie's after an attack", "Cairnie's, which was founded in 1932") or by
        # what it does ("cheese maker Hoekstra", then "Jan Hoekstra, its managing director"),
        # unless the sentence that does so speaks of a person ("grocer Patel said he ...")
        return not any(
            _owns_nothing_named(doc, m.end)
            or (
                m.start
                and doc[m.start - 1].lower_ in words["company_descriptors"]
                and not _speaks_of_a_person(doc, m)
            )
            for m in candidate.named_mentions
        )
    for mention in candidate.named_mentions:
        if mention.start and doc[mention.start - 1].lower_ in words["person_titles"]:
            return True
        roles = words["shared_role_titles"]
        if (
            mention.start
            and len(name_words) > 1
            and a_shared_role(doc, mention.start - 1, roles) is not None
            and (
                "PERSON" in candidate.ner_labels
                or a_bare_role(doc, mention.start - 1, roles, words["title_speech_lemmas"])
            )
            # "Its owner Hartley Marsh, the private equity firm,": told a company
            and not appositive_of_kind(doc, mention.end, words["company_descriptors"])
        ):
            return True  # "owner Tess Marlow"; not "its owner Frasers Group"
        if (
            len(name_words) >= PERSON_WITH_HONORIFIC
            and doc[mention.start].lower_.rstrip(".") in words["name_honorifics"]
        ):
            return True  # "Dr Amanda Shore"; not "Dr Martens" or "Mr Price", shops
        if mention.start and doc[mention.start - 1].text == "By":
            return True  # a byline
        if has_frame_after(doc, mention.end, words["person_frames_after"]):
            return True
        if _titled_in_apposition(doc, mention.end, words["apposition_titles"]):
            return True
        if _apposition_to_a_title(doc, mention, words["apposition_titles"]):
            return True
    return False


APPOSITION_REACH = 8  # ", the council's head of digital services,"
TITLE_COMPLEMENTS = frozenset({"of", "at", "for"})  # "head of IT", "director at the firm"
OWNING_DETERMINERS = frozenset({"its", "their", "our"})
OWNED_DETERMINERS = OWNING_DETERMINERS | {"the"}  # "the X portal": a thing someone has


def _apposition_head(doc: Doc, end: int, heads: frozenset[str]) -> Token | None:
    """The head of an apposition set off by a comma after a name, when it is one of `heads`:
    its last noun before the apposition closes or a complement opens ('X, the council's head
    of digital services,', 'X, its chief operating officer,'); None for a clause ('X, which
    its chief executive founded,') or another head ('X, the chain's head office,')."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    sentence_end = doc[end].sent.end
    for index in range(end + 1, min(end + 1 + APPOSITION_REACH, sentence_end)):
        token = doc[index]
        if token.is_punct or token.pos_ in {"VERB", "AUX"} or token.tag_ in {"WDT", "WP", "WP$"}:
            return None
        after = doc[index + 1] if index + 1 < sentence_end else None
        closes = after is None or after.is_punct or after.lower_ in TITLE_COMPLEMENTS
        if closes:
            return token if token.lower_ in heads else None
    return None


def _titled_in_apposition(doc: Doc, end: int, titles: frozenset[str]) -> bool:
    """'Amara Lindqvist, the council's head of digital services, said': a name set off by an
    apposition headed by a person's title is a person."""
    return _apposition_head(doc, end, titles) is not None


def _apposition_to_a_title(doc: Doc, mention: OrgMention, titles: frozenset[str]) -> bool:
    """'The trust's chair, Mervyn Ellis, said', '... said the trust's chief executive, Amanda
    Shore.': a name set off by commas, or closing its sentence, right after a person's title
    names the one who holds it."""
    return (
        mention.start >= 2
        and doc[mention.start - 1].text == ","
        and doc[mention.start - 2].lower_ in titles
        and (mention.end == len(doc) or doc[mention.end].text in {",", ".", "!", "?"})
    )


def _owned_thing_in_apposition(doc: Doc, end: int, things: frozenset[str]) -> bool:
    """'PowerSource, its online customer support portal,': a name set off by an apposition
    that calls it something its owner runs is a product; not 'X, a payments platform,', which
    describes a company."""
    head = _apposition_head(doc, end, things)
    return head is not None and any(
        token.lower_ in OWNING_DETERMINERS or token.tag_ == "POS" for token in doc[end + 1 : head.i]
    )


def _speaks_of_a_person(doc: Doc, mention: OrgMention) -> bool:
    sentence = doc[mention.start].sent
    return any(token.lower_ in PERSONAL_PRONOUNS for token in doc[mention.end : sentence.end])


NOUN_PHRASE_HEADS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def _owns_nothing_named(doc: Doc, end: int) -> bool:
    """A possessive that owns nothing after it inside its sentence: the name of a business
    ('at Cairnie's after an attack', "Cairnie's, which was founded in 1951"), not a person's
    thing told at the end ('an account believed to be Cairnie's.')."""
    return (
        end + 1 < len(doc)
        and doc[end].text in POSSESSIVES
        and doc[end + 1].pos_ not in NOUN_PHRASE_HEADS
        and not doc[end + 1].is_sent_end
    )


def _framed(
    candidate: OrgCandidate,
    doc: Doc,
    before: frozenset[str],
    after: frozenset[str],
    through_apposition: bool = False,
    unless_before: frozenset[str] = frozenset(),
) -> bool:
    """A mention with one of the frames before or after it; a frame before counts only
    where none of `unless_before` stands there ("by the X" frames an attacker, "operated by
    the X" an owner)."""
    return any(
        (
            has_frame_before(doc, m.start, before)
            and not has_frame_before(doc, m.start, unless_before)
        )
        or has_frame_after(doc, m.end, after, through_apposition)
        for m in candidate.named_mentions
    )


def _framed_as_an_outlet(candidate: OrgCandidate, doc: Doc, words: VictimWords) -> bool:
    """'told the ABC', 'X reported on Tuesday that ...': a publisher of the news; not a victim
    that reported the attack to someone ('has reported the attack to police')."""
    after = words["outlet_frames_after"]
    return any(
        (
            has_frame_before(doc, m.start, words["outlet_frames_before"])
            and not _taken_from(doc, m.start)
        )
        or (has_frame_after(doc, m.end, after) and not _reported_to_someone(doc, m.end, words))
        for m in candidate.named_mentions
    )


TAKING_REACH = 8  # "stole the personal data of 40,000 residents from": the theft to the name


def _taken_from(doc: Doc, start: int) -> bool:
    """'Hackers stole residents' data from X': data a theft took from the name, its victim,
    not figures a source published."""
    opening = sentence_start_of(doc, start)
    return any(
        span.label_ == COMPROMISED_LABEL
        and opening <= span.start
        and start - TAKING_REACH <= span.end <= start
        for span in doc.spans[CUE_SPANS]
    )


AUTHORITY_OPENERS = frozenset({"DET", "PROPN", "NOUN", "ADJ"})  # "to the regulator", "to police"


def _reported_to_someone(doc: Doc, end: int, words: VictimWords) -> bool:
    """'X has reported the attack to police', 'reported the breach to the regulator': a
    notice to an authority, which the victim gives and a newsroom does not."""
    size = frame_length(doc, end, words["outlet_frames_after"])
    if not size or doc[end + size - 1].lower_ not in words["reporting_forms"]:
        return False
    for token in doc[end + size : end + size + words.reach["notified"]]:
        if token.lower_ == "to":
            # "to police", "to the regulator"; not an infinitive ("wanted to sell the data",
            # "reported the attack to have begun on Friday")
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return following is not None and following.pos_ in AUTHORITY_OPENERS
        if token.is_punct or token.lower_ == "that":
            return False
    return False


def _a_source(candidate: OrgCandidate, doc: Doc, words: VictimWords) -> bool:
    """The publisher of a report, a survey or figures ('a report from insurer X', 'a survey
    by X'): the source of news about others."""
    frames = words["source_frames_before"]
    return any(
        (has_frame_before(doc, m.start, frames) and not _taken_from(doc, m.start))
        or (
            m.start > 0
            and doc[m.start - 1].lower_ in words["business_kinds"]
            and has_frame_before(doc, m.start - 1, frames)
        )
        for m in candidate.named_mentions
    )


SOURCE_GAP = 4  # "a survey published earlier this week by": the words between noun and "by"
SOURCE_GAP_TAGS = frozenset({"VBN", "RB", "RBR", "DT", "IN"})


def _published_by(doc: Doc, start: int, frames: frozenset[str]) -> bool:
    """'a survey published this week by the X', 'a report released on Monday by X': a
    source frame's noun and its 'by' or 'from' with a participle and its time between, a
    publisher the attackers' 'by the' frame would otherwise take for a doer."""
    index = start - 1
    if index >= 0 and doc[index].lower_ == "the":
        index -= 1
    if index < 1:
        return False
    joiner = doc[index].lower_
    nouns = {f.split()[0] for f in frames if f.split()[-1] == joiner}
    participle = False
    for back in range(index - 1, max(-1, index - 2 - SOURCE_GAP), -1):
        token = doc[back]
        if token.lower_ in nouns:
            return participle
        if not (token.tag_ in SOURCE_GAP_TAGS or token.ent_type_ in {"DATE", "TIME"}):
            return False
        participle = participle or token.tag_ == "VBN"
    return False


def _framed_everywhere(candidate: OrgCandidate, doc: Doc, after: frozenset[str]) -> bool:
    """Every mention by name is followed by one of the frames ('Medicare numbers')."""
    named = candidate.named_mentions
    return bool(named) and all(has_frame_after(doc, m.end, after) for m in named)


def _a_kind_everywhere(candidate: OrgCandidate, doc: Doc, kinds: frozenset[str]) -> bool:
    """Every mention by name modifies a noun of a kind of business ('GP practices', 'Irish
    DIY chain X', 'the DIY and garden centre chain', 'a DIY online shop')."""
    named = candidate.named_mentions
    return bool(named) and all(_modifies_a_kind(doc, m.start, m.end, kinds) for m in named)


def _modifies_a_kind(doc: Doc, start: int, end: int, kinds: frozenset[str]) -> bool:
    """The kind's noun comes right after the name, or past the words of a noun phrase when a
    determiner or a possessive opens it ('the DIY and garden centre chain'): a brand before
    its goods and premises with none ('at DLK furniture stores') is still a business."""
    opened = start > 0 and doc[start - 1].tag_ in PHRASE_OPENING_TAGS
    for token in doc[end : end + (KIND_MODIFIER_REACH if opened else 1)]:
        if token.lower_ in kinds or token.lemma_.lower() in kinds:
            return True
        if not (token.is_lower and token.pos_ in KIND_PHRASE_POS):
            return False
    return False


def _is_product(candidate: OrgCandidate, doc: Doc, rules: Rules) -> bool:
    """The model's product, unless the name ends on a trade ('Hexworth Foods'), or a name
    framed as a product everywhere ('the X app', 'the X virtual learning environment')."""
    labels = candidate.ner_labels
    if "PRODUCT" in labels and "ORG" not in labels and not _ends_on_a_trade(candidate, rules):
        return True
    return _framed_everywhere(
        candidate, doc, rules.victims["product_frames_after"]
    ) or _names_software_everywhere(candidate, doc, rules)


def _names_software_everywhere(candidate: OrgCandidate, doc: Doc, rules: Rules) -> bool:
    """Every mention by name modifies a kind of software past a word of what it does, in a
    phrase a determiner or a possessive opens ('lost access to the Moodle virtual learning
    environment', 'its Oracle finance system'): the software is named, not a maker that was
    hit. Not a name that ends on its trade ('the Marston Logistics systems': its own), nor
    one without the opening word ('Capita finance systems were hit') or the word of what the
    software does ('the Capita systems'), nor a phrase an attack verb takes as its object
    ('hackers breached the Capita software platform'): the maker's platform was hit."""
    named = candidate.named_mentions
    if not named or _ends_on_a_trade(candidate, rules):
        return False
    heads = rules.victims["product_phrase_heads"]
    attacks = rules.victims["patient_verbs"]
    return all(
        m.start > 1
        and doc[m.start - 1].tag_ in PHRASE_OPENING_TAGS
        and doc[m.start - 2].lemma_.lower() not in attacks
        and _heads_the_phrase(doc, m.end, heads)
        for m in named
    )


def _heads_the_phrase(doc: Doc, start: int, heads: frozenset[str]) -> bool:
    """One of the heads ends the lower-case words from `start`, at least one of them before
    it: nouns, adjectives and the gerunds that name what software does ('virtual learning
    environment', 'online booking system')."""
    for token in doc[start : start + KIND_MODIFIER_REACH]:
        if token.lower_ in heads:
            return token.i > start
        if not (token.is_lower and (token.pos_ in KIND_PHRASE_POS or token.tag_ == GERUND_TAG)):
            return False
    return False


def _owned_everywhere(candidate: OrgCandidate, doc: Doc) -> bool:
    """Every mention by name follows a determiner or a possessive: 'the X portal', 'its X
    app'."""
    named = candidate.named_mentions
    return bool(named) and all(
        m.start > 0 and doc[m.start - 1].lower_ in OWNED_DETERMINERS for m in named
    )


def rejection(
    candidate: OrgCandidate,
    doc: Doc,
    people: set[str],
    rules: Rules,
    possessor: Callable[[int], str | None] = lambda start: None,
) -> Rejection | None:
    """The first reason, hard ones first, why this candidate is not a victim; None if none."""
    words = rules.victims
    if candidate.entry is not None:
        # a known retailer or supplier, unless it names only its software ('the Oracle
        # finance system was taken offline': the system's owner was hit)
        software = _names_software_everywhere(candidate, doc, rules)
        return Rejection.PRODUCT if software else None
    if candidate.role in HARD_ROLES:
        return HARD_ROLES[candidate.role]
    found = name_rejection(candidate.name, words)
    if found is not None:
        return found
    if _is_person(candidate, doc, people, rules) or _titles_a_person(candidate, doc):
        return Rejection.PERSON
    if _framed(candidate, doc, frozenset(), words["event_frames_after"]):
        return Rejection.EVENT

    def owned_by_another(mention: OrgMention, frames: frozenset[str]) -> bool:
        return has_frame_before(doc, mention.start, frames) and possessor(mention.start) != (
            candidate.key
        )

    owned = any(owned_by_another(m, words["brand_frames_before"]) for m in candidate.mentions)
    # "disrupted their X deliveries": a possessive of people may be a loose "its", but the
    # name told so only there; "members said their X debit cards had been declined" beside
    # X named alone is the company they deal with
    named = candidate.named_mentions
    owned = owned or (
        bool(named) and all(owned_by_another(m, words["people_possessives"]) for m in named)
    )
    if owned and not _speaks(candidate, doc, rules.cues.speech_verbs):
        # "its Epic records system": a product of the organisation "its" stands for; not a
        # company that speaks for itself ("Quillon said"), nor one whose own name follows
        # its own "its" ("Calloway's said ... its Calloway's Cash rewards")
        return Rejection.BRAND
    if any(
        _owned_thing_in_apposition(doc, m.end, words["apposition_products"])
        for m in candidate.named_mentions
    ) and not _speaks(candidate, doc, rules.cues.speech_verbs):
        return Rejection.BRAND  # "PowerSource, its online customer support portal,"
    if _names_a_flaw(candidate, doc, words):
        return Rejection.TERM  # "a denial-of-service flaw known as KeyTrap"
    if _framed_everywhere(candidate, doc, words["identifier_frames_after"]):
        return Rejection.TERM  # "names and Medicare numbers were copied": an identifier
    if _framed_everywhere(candidate, doc, words["device_frames_after"]) and not (
        _ends_as_an_organisation(candidate, rules) or _governed_place(candidate, doc, words)
    ):
        return Rejection.TERM  # "knocked out Windows computers": a platform, not an owner
    premises = words["establishment_heads"] | words["premises_nouns"]
    kinds = premises | kinds_of_business(words)
    if INITIALISM.match(candidate.name) and _a_kind_everywhere(candidate, doc, kinds):
        # "GP surgeries", "its DIY stores", "the DIY and garden centre chain": a kind of
        # business
        return Rejection.TERM
    if _only_located(
        candidate, doc, rules.cues.kind_anaphora_heads, premises, rules.cues.org_suffix_words
    ):
        return Rejection.LOCATION  # "who runs a hardware shop in Tralee"
    if _a_kind_before_its_descriptor(candidate, doc, words["company_descriptors"]):
        return Rejection.COMMON_WORD  # "Hotel group Larkmoor Hotels said", "Hotel group's ..."
    if _written_as_a_place(candidate, doc, kinds_of_business(words)) and not _speaks(
        candidate, doc, rules.cues.speech_verbs
    ):
        return Rejection.LOCATION  # "the Athlone-based retailer", then "its centre in Athlone"
    if _common_word_opening_sentences(candidate, doc) or _written_in_lower_case(candidate, doc):
        return Rejection.COMMON_WORD
    if candidate.role in SOFT_ROLES:
        return SOFT_ROLES[candidate.role]
    sources = words["source_frames_before"]
    if any(_published_by(doc, m.start, sources) for m in candidate.named_mentions):
        return Rejection.BYSTANDER  # "a survey published this week by the X": no doer's "by the"
    if _framed(
        candidate,
        doc,
        words["attacker_frames_before"],
        words["attacker_frames_after"],
        unless_before=words["owner_frames_before"],
    ) or _framed(candidate, doc, frozenset(), words["attacker_predicates"], True):
        return Rejection.ATTACKER
    name_words = normalize_org_name(candidate.name).split()
    if name_words[-1] in words["outlet_name_words"] or _framed_as_an_outlet(candidate, doc, words):
        return Rejection.OUTLET
    if _is_product(candidate, doc, rules):
        return Rejection.PRODUCT
    if _framed(candidate, doc, words["vendor_frames_before"], words["vendor_frames_after"]):
        return Rejection.VENDOR
    if _framed(candidate, doc, words["bystander_frames_before"], frozenset()):
        return Rejection.BYSTANDER  # "security firm Hollowmere", "the watchdog"
    if _answers_anothers_incident(candidate, doc, words["responder_frames_after"]):
        return Rejection.BYSTANDER  # "the county police are assisting."
    if _a_source(candidate, doc, words):
        return Rejection.BYSTANDER  # "a report from insurer Halden Mutual"
    place_only = bool(candidate.ner_labels) and candidate.ner_labels <= PLACE_ONLY_LABELS
    if place_only and not (
        _governed_place(candidate, doc, words)
        or _described_as_company(candidate, doc, words)
        or _ends_on_a_trade(candidate, rules)  # "Tarnby Airport": its operator
    ):
        return Rejection.PLACE
    if any(word in rules.cues.non_victim_name_words for word in name_words):
        return Rejection.BYSTANDER
    return None


def _answers_anothers_incident(candidate: OrgCandidate, doc: Doc, frames: frozenset[str]) -> bool:
    """A predicate of one who answers another's incident right after a name: 'X are
    assisting.', 'X, which is leading the investigation,'."""
    longest = phrase_shape(frames)[1]
    return any(frame_length(doc, m.end, frames, longest) for m in candidate.named_mentions)


def _titles_a_person(candidate: OrgCandidate, doc: Doc) -> bool:
    """'County Administrator Ruth Calloway', 'Chief Executive Jo Hart': a title the person
    named right after it holds, wherever the name stands."""
    named = candidate.named_mentions
    return bool(named) and all(
        m.end < len(doc) and doc[m.end].ent_type_ == "PERSON" and doc[m.end].ent_iob_ == "B"
        for m in named
    )


def _ends_on_a_trade(candidate: OrgCandidate, rules: Rules) -> bool:
    """'Tarnby Airport', 'Hexworth Foods': a name whose last word is a business's or an
    operator's own; not a government's ('Wexmoor City', 'the Lake District'), which names its
    place as often."""
    last = normalize_org_name(candidate.name).split()[-1:]
    return bool(last) and last[0] in rules.cues.org_suffix_words


def _ends_as_an_organisation(candidate: OrgCandidate, rules: Rules) -> bool:
    """'Tarn Council', 'Harlow Foods': a name whose last word is an organisation's own, whose
    computers are its own: a trade's, or a government's."""
    last = normalize_org_name(candidate.name).split()[-1:]
    return _ends_on_a_trade(candidate, rules) or (
        bool(last) and last[0] in rules.victims["place_government_words"]
    )


def _names_a_flaw(candidate: OrgCandidate, doc: Doc, words: VictimWords) -> bool:
    """The name given to a flaw or a technique: 'an issue in DNS servers, known as KeyTrap',
    'a side-channel technique dubbed X'."""
    flaw_words = words["advisory_words"] | words["technique_nouns"]
    for mention in candidate.named_mentions:
        size = frame_before_length(doc, mention.start, words["naming_frames"])
        if not size:
            continue
        start = mention.start - size
        before = doc[max(0, start - FLAW_NAMING_REACH) : start]
        if any(token.lower_ in flaw_words for token in before):
            return True
    return False


def _only_located(
    candidate: OrgCandidate,
    doc: Doc,
    institutions: frozenset[str],
    establishments: frozenset[str],
    organisation_words: frozenset[str],
) -> bool:
    """Every mention is where something is: 'in X', 'across the Midlands and X', 'in
    Birmingham and X', with nothing of X's after it (not 'in X's systems', 'in X stores'), or
    a one-word name that only places a business ('an Inverness accountancy firm', 'the
    Kettering store'). An institution that holds its members is no place ('the schools in
    the X Trust')."""
    named = candidate.named_mentions
    if candidate.name.split()[-1].lower() in institutions:
        return False
    return bool(named) and all(
        (
            _after_a_locative(doc, m.start, m.end, organisation_words)
            and (m.end == len(doc) or doc[m.end].pos_ not in {"NOUN", "PROPN", "PART"})
        )
        or _places_an_establishment(doc, m.start, m.end, establishments)
        for m in named
    )


def _written_as_a_place(candidate: OrgCandidate, doc: Doc, kinds: frozenset[str]) -> bool:
    """A name the article also writes as where a business is ('an Athlone-based retailer')
    is a place in all its mentions ('whose constituency includes Athlone', 'its depot in
    Athlone'), whatever the model tagged them; the caller spares one that speaks ('Athlone
    said')."""
    words = candidate.name.split()
    return any(
        i >= len(words)
        and [t.text for t in doc[i - len(words) : i]] == words
        and _a_business_after(doc, i + 2, kinds)
        for i in _place_modifier_hyphens(doc)
    )


PLACE_MODIFIER_HYPHENS = "ie_place_modifier_hyphens"


def _place_modifier_hyphens(doc: Doc) -> list[int]:
    """Where the doc writes '-based' and the like after a word, found once per doc: every
    candidate asks."""
    found = doc.user_data.get(PLACE_MODIFIER_HYPHENS)
    if found is None:
        found = [
            token.i
            for token in doc[:-1]
            if token.text == "-" and doc[token.i + 1].lower_ in PLACE_MODIFIER_HEADS
        ]
        doc.user_data[PLACE_MODIFIER_HYPHENS] = found
    return list(found)


BUSINESS_HEAD_REACH = 4  # "an Athlone-based furniture and electrical retailer"


def _a_business_after(doc: Doc, start: int, kinds: frozenset[str]) -> bool:
    """A kind of business heads the words after '-based' ('furniture retailer', 'car
    dealer'): the name places a business; 'Corvane-based booking sites' are built on it."""
    for token in doc[start : start + BUSINESS_HEAD_REACH]:
        if token.lower_ in kinds:
            return True
        if token.pos_ not in {"NOUN", "ADJ", "CCONJ", "PROPN"}:
            return False
    return False


ESTABLISHMENT_REACH = 3  # words describing the business after its place: "accountancy firm"


def _places_an_establishment(
    doc: Doc, start: int, end: int, establishments: frozenset[str]
) -> bool:
    """A one-word name after an article, or opening a sentence, before a common noun phrase
    whose head is a place of business: 'an Inverness accountancy firm', 'the Kettering
    store', 'Geelong private hospital takes ...'. The name tells where the business is; a
    name before its own things ('the Tesco website', 'X staff') or a phrase headed by no
    place ('the Marrowgate pub chain') heads no establishment."""
    if end - start != 1:
        return False
    opens = doc[start].is_sent_start
    if not opens and doc[start - 1].lower_ not in ARTICLES:
        return False
    head = None
    for token in doc[end : min(end + ESTABLISHMENT_REACH + 1, len(doc))]:
        if token.pos_ not in {"NOUN", "ADJ"} or token.tag_ == "NNP":
            break
        head = token
    return head is not None and head.pos_ == "NOUN" and head.lower_ in establishments


def _common_word_opening_sentences(candidate: OrgCandidate, doc: Doc) -> bool:
    """Every mention is one word the tagger reads as a common noun, capitalised only because
    it opens its sentence ('Queues built up at ...', 'Shoppers were told ...')."""
    named = candidate.named_mentions
    if named and all(_common_phrase_opening_a_sentence(doc, m.start, m.end) for m in named):
        return True  # "Bakery chain's tills go down": a headline's common words
    # a plural the tagger calls a proper noun ('Motorists were left ...') when no entity
    # recogniser saw a name in it
    tags = {"NN", "NNS"} | (set() if candidate.ner_labels else {"NNPS"})
    if not named or any(
        m.end - m.start != 1 or not _opens_its_sentence(doc, m.start) for m in named
    ):
        return False
    if all(doc[m.start].tag_ in tags for m in named):
        # "Bramwells says its stores ...": a plural noun takes no singular verb
        return not any(_singular_verb_after(doc, m.start, m.end) for m in named)
    # 'Card processor X said ...' beside 'pay by card': a name is never written in lower case
    word = doc[named[0].start].text
    return word.istitle() and any(token.text == word.lower() for token in doc)


def _written_in_lower_case(candidate: OrgCandidate, doc: Doc) -> bool:
    """Every mention is a phrase of lower-case words ending on a common noun: 'a
    multi-academy trust has apologised' describes a victim whose name comes later; a name
    of several words is never written all in lower case."""
    named = candidate.named_mentions

    def described(mention: OrgMention) -> bool:
        words = [token for token in doc[mention.start : mention.end] if not token.is_punct]
        return (
            len(words) >= 2
            and all(token.is_lower and token.is_alpha for token in words)
            and words[-1].tag_ in {"NN", "NNS"}
        )

    return bool(named) and all(described(m) for m in named)


DESCRIPTION_WORDS = 3  # "homeware chain", "family-run grocer": lower-case words to the descriptor


def _a_kind_before_its_descriptor(
    candidate: OrgCandidate, doc: Doc, descriptors: frozenset[str]
) -> bool:
    """Every mention is one word that opens its sentence before a lower-case descriptor of
    a business ('Hotel group Larkmoor Hotels said', "Hotel group's online booking back"): a
    kind of business, capitalised only where it opens the sentence, whatever the tagger
    reads it as; or words that open it before a lower-case description and a name ('RED-FACED
    homeware chain Brindle Home')."""
    named = candidate.named_mentions

    def before_a_descriptor(mention: OrgMention) -> bool:
        if not _opens_its_sentence(doc, mention.start):
            return False
        if mention.end - mention.start == 1 and _descriptor_at(doc, mention.end, descriptors):
            return True
        # "RED-FACED homeware chain Brindle Home has said sorry": a word in capitals before
        # a description and the name it describes; not a name ("Dunmere Stores customer Jane
        # Hill said")
        if not all(token.is_upper or token.is_punct for token in doc[mention.start : mention.end]):
            return False
        for index in range(mention.end, min(mention.end + DESCRIPTION_WORDS, len(doc))):
            if not doc[index].is_lower:
                return False
            if _descriptor_at(doc, index, descriptors):
                return index + 1 < len(doc) and doc[index + 1].is_title
        return False

    return bool(named) and all(before_a_descriptor(m) for m in named)


def _descriptor_at(doc: Doc, index: int, descriptors: frozenset[str]) -> bool:
    return index < len(doc) and doc[index].is_lower and doc[index].lower_ in descriptors


def _opens_its_sentence(doc: Doc, index: int) -> bool:
    """'"Retailers make easy targets," she said': the word opens its sentence past a quote."""
    return only_punctuation_before(doc, sentence_start_of(doc, index), index)


def _common_phrase_opening_a_sentence(doc: Doc, start: int, end: int) -> bool:
    """Words capitalised only where they open a sentence, the first a common word and every
    word after it a lower-case common noun: 'Bakery chain', 'Retail giant' (a name's words
    are capitals); not a place before one ('Bristol airport', 'Leeds university')."""
    opening = doc[start]
    return (
        end - start >= 2
        and _opens_its_sentence(doc, start)
        and opening.tag_ in COMMON_OPENING_TAGS
        and opening.ent_type_ not in PLACE_ENTITIES
        and all(token.is_lower and token.tag_ in {"NN", "NNS"} for token in doc[start + 1 : end])
    )


COMMON_OPENING_TAGS = frozenset({"NN", "NNS", "JJ"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "NORP", "FAC"})


def _singular_verb_after(doc: Doc, start: int, end: int) -> bool:
    """A plural-looking word followed by a singular present verb, past an apposition:
    'Bramwells, a family firm, employs' is one business, not many of a thing."""
    if not doc[start].lower_.endswith("s"):
        return False
    index = past_apposition(doc, end, len(doc))
    return index < len(doc) and doc[index].tag_ == "VBZ"


def _after_a_locative(doc: Doc, start: int, end: int, organisation_words: frozenset[str]) -> bool:
    """A locative preposition before the name, across the other places listed with it ("in
    the Netherlands and X", "across the Midlands, the north-west and X", "in Leeds, X and
    Norwich"); common nouns count only inside such a list, so "In a statement X said" locates
    nothing."""
    index = start - 1
    if (
        index >= 0
        and doc[index].text == ","
        and not _inside_a_list_of_places(doc, start, end, organisation_words)
    ):
        return False  # "In February, X was hit", "In London, X said": an opening phrase
    in_list = False
    for _ in range(LOCATED_LIST_REACH):
        if index < 0:
            return False
        token = doc[index]
        if token.lower_ in LOCATIVES:
            return True
        if token.lower_ in LIST_JOINERS:
            in_list = True
        elif token.ent_type_ in {"DATE", "TIME"} or not (
            token.pos_ in {"PROPN", "DET"} or (in_list and token.pos_ in {"NOUN", "ADJ"})
        ):
            return False
        index -= 1
    return False


def _inside_a_list_of_places(
    doc: Doc, start: int, end: int, organisation_words: frozenset[str]
) -> bool:
    """'in Leeds, X and Norwich', 'in Leeds, X, York and Hull': after a comma that follows a
    place, the name is an item of a list of places that goes on to 'and' or 'or' and a place,
    or a name that, like this one, ends in no word of an organisation's; 'In London, X said',
    'In Wales, X Foods and Corran Bank were hit' and 'In the US, X, the country's largest
    utility, said' open a clause on X."""
    if start < 2 or doc[start - 2].ent_type_ not in PLACE_ENTITIES:
        return False
    index = end
    while index + 1 < len(doc) and doc[index].text == "," and doc[index + 1].pos_ == "PROPN":
        index += 1
        while index < len(doc) and doc[index].pos_ == "PROPN":
            index += 1
    if index + 1 >= len(doc) or doc[index].lower_ not in LIST_CONJUNCTIONS:
        return False
    # the list's last item is a place too, or a name that, like this one, ends in no word of
    # an organisation's: "In Wales, X Foods and Corran Bank were hit" lists organisations
    last_end = index + 1
    while last_end < len(doc) and doc[last_end].pos_ == "PROPN":
        last_end += 1
    if last_end == index + 1:
        return False
    if doc[index + 1].ent_type_ in PLACE_ENTITIES:
        return True
    return not {doc[end - 1].lower_, doc[last_end - 1].lower_} & organisation_words


def _governed_place(candidate: OrgCandidate, doc: Doc, words: VictimWords) -> bool:
    """A place that stands for its council or government ('City of Brookhaven',
    'Licking County', 'Atlanta officials', 'Oxley Green, a city of about 50,000')."""
    for mention in candidate.named_mentions:
        first = frame_words(doc, mention.start, mention.start + 2)
        if first in words["place_frames_before"]:
            return True
        before = frame_before_length(doc, mention.start, words["place_frames_before"])
        if before and doc[mention.start - before].is_title:
            return True  # "the City of" + "Bristol", where the model split the name
        if doc[mention.end - 1].lower_ in words["place_government_words"]:
            return True
        if has_frame_after(doc, mention.end, words["place_frames_after"]):
            return True
        if appositive_of_kind(doc, mention.end, words["municipality_nouns"]):
            return True  # "Kestrel Bay, a fishing town of 6,000 people,"
    return False


def _speaks(candidate: OrgCandidate, doc: Doc, speech_verbs: frozenset[str]) -> bool:
    """A mention right before a speech verb: 'Quillon said', 'Quillon Software says'."""
    return any(speaks_at(doc, m.end, speech_verbs) for m in candidate.named_mentions)


def _described_as_company(candidate: OrgCandidate, doc: Doc, words: VictimWords) -> bool:
    """'Patty Shack, the burger chain with 35 restaurants', 'who owns the Harbour Lane Deli':
    NER's place is a business."""
    descriptors = words["company_descriptors"]
    return any(
        appositive_of_kind(doc, m.end, descriptors)
        or has_frame_before(doc, m.start, words["owner_links"])
        for m in candidate.named_mentions
    )


def reject_candidates(
    candidates: dict[str, OrgCandidate], doc: Doc, rules: Rules, people: set[str]
) -> None:
    """Set each candidate's `rejection` (None for a possible victim)."""
    names = {tuple(normalize_org_name(c.name).split()) for c in candidates.values()}
    named = sorted((m.start, key) for key, c in candidates.items() for m in c.named_mentions)

    def possessor(start: int) -> str | None:
        """The organisation a possessive before `start` stands for: the nearest named before."""
        before = [key for position, key in named if position < start]
        return before[-1] if before else None

    for candidate in candidates.values():
        candidate.rejection = rejection(candidate, doc, people, rules, possessor)
        if candidate.rejection is Rejection.PRODUCT and _extends_a_name(candidate, names):
            # "Boots Advantage Card" beside Boots: the product of a named owner is its brand
            candidate.rejection = Rejection.BRAND
    a_possible_victim = any(c.rejection is None for c in candidates.values())
    for candidate in candidates.values():
        if (
            candidate.rejection is Rejection.PRODUCT
            and a_possible_victim
            and _owned_everywhere(candidate, doc)
        ):
            # "the MyKelby portal", "its KelbyGo app" beside a possible victim: a product named
            # only as a thing someone has is that one's brand (alone, "ransomware hit the X
            # portal", it may be the one hit)
            candidate.rejection = Rejection.BRAND
        candidate.hard = candidate.rejection in HARD_REJECTIONS or candidate.role in HARD_ROLES


def _extends_a_name(candidate: OrgCandidate, names: set[tuple[str, ...]]) -> bool:
    words = tuple(normalize_org_name(candidate.name).split())
    return any(len(name) < len(words) and words[: len(name)] == name for name in names if name)

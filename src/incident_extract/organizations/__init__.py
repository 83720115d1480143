"""Who was hit: mentions -> candidates -> filter -> victim test -> references -> victims.

Each step is a plain function over the candidates of one article:
`mentions` finds every organisation named (gazetteer, NER, proper names shown to be
companies, councils named by their place); `filters` gives each candidate that cannot be a
victim a typed reason; `victims` asks whether the text says this organisation was hit;
`references` resolves 'the retailer' and which organisation each sentence is about.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..layout import (
    FAILING_LABELS,
    FINITE_TAGS,
    MODAL_TAG,
    ROUTE_LABEL,
    VERB_POS,
    Layout,
    Sentence,
    sentence_start_of,
)
from ..lexicon import Cues, OrgEntry, Rules
from ..names import normalize_org_name
from ..nlp import SERVICE_SPANS
from .filters import reject_candidates
from .mentions import (
    PLURAL_TAGS,
    Gazetteer,
    MentionTable,
    client_apposition,
    find_mentions,
    frame_before_length,
    story_names_first,
)
from .model import (
    MEMBER_LINKS,
    POSSESSIVES,
    Organizations,
    OrgCandidate,
    OrgMention,
    Rejection,
    TieKind,
)
from .products import hand_products_to_makers
from .references import fill_owners, resolve_anaphora
from .routes import trouble_routes
from .speakers import tie_businesses_their_people_speak_for
from .syntax import aside_end, past_apposition
from .victims import (
    PASSIVE_FORMS,
    RELATIVE_POSSESSIVE,
    RELATIVE_PRONOUNS,
    TieFinder,
    choose_primary,
    is_vulnerability_news,
    places_a_noun,
    record_strong_ties,
    tells_of_an_unnamed_victim,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

TIE_CUES = ("incident", "disrupted", "suspended", "restored", "compromised")
PROVIDER_DESCRIPTION_REACH = 10  # tokens after a name searched for "a software provider"
# "invoicing for 300 practices", "meals to schools", "the banking behind fintech brands"
RECIPIENT_LINKS = frozenset({"for", "to", "behind"})
# words after which a plural the tagger reads as a noun is a verb: "and supplies card readers"
VERB_OPENERS = frozenset({"and", "which", "that", "who"})
PRODUCT_POINTERS = frozenset({"the", "its", "this"})  # "The scheduling tool, which is used by"
PRODUCT_SUBJECT_REACH = 8  # words from the sentence's start to "used"
# "The cloud booking platform, which is used by": what stands between the pointer and "used"
PRODUCT_SUBJECT_POS = frozenset({"NOUN", "ADJ", "AUX", "PUNCT"})
USER_LINKS = frozenset({"by"})  # "a booking system used by 400 restaurants"
LINK_REACH = 5  # "provides card terminals to": words from the verb to its link
RECIPIENT_REACH = 5  # words from the link to the plural noun naming whom it serves
SERVED_MODIFIER_REACH = 2  # "X's two largest clients": words between the possessive and noun
# "retail", "two", "most important", "Swedish": what may stand before "clients"
SERVED_MODIFIER_POS = frozenset({"ADJ", "NOUN", "NUM", "PROPN", "ADV"})
# what an apposition may hold before the word naming whom it serves: "the housebuilder and
# one of", "a long-standing", "two of its"
DESCRIPTION_POS = frozenset({"DET", "NUM", "ADJ", "ADV", "PRON", "NOUN", "CCONJ", "PART"})
TRADE_MODIFIER_POS = frozenset({"DET", "ADJ", "ADV", "PART"})  # "the world's largest"
RELIANCE_LINKS = frozenset({"on", "upon"})
NAME_MODIFIES = frozenset({"NOUN", "PROPN"})  # "uses X stations": X names whose stations
TIME_ENTITIES = frozenset({"DATE", "TIME"})  # "claims a year": no thing "it" stands for
# a day, a place or a person named between is nothing "it" stands for ("on its servers in
# Leeds on Monday", "chief executive Anna Reid said"); a name of no such kind may be
NOT_STOOD_FOR_ENTITIES = TIME_ENTITIES | {"GPE", "LOC", "PERSON", "NORP", "FAC"}
OWNED_PHRASE_POS = frozenset({"NUM", "ADJ", "NOUN", "ADV"})  # "its 300 large stores"
PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})  # "Y, which has used X since 2019"
RELIANT_REACH = 4  # "Y, which still relies on X": words back from the verb to the noun
NAMING_REACH = 4  # "customers, among them A": words from the noun to the first name
DESCRIPTION_REACH = 2  # "the fashion chain A": words of its kind after the determiner
KIND_POS = frozenset({"NOUN", "ADJ"})
# what may come before the head of a description: "a long-standing client", "one of its"
SERVED_HEAD_POS = frozenset({"DET", "NUM", "ADJ", "ADV", "PRON", "PUNCT"})
WHOSE_REACH = 5  # "whose card payment services X runs": words from "whose" to the name
WHOSE_THING_POS = frozenset({"NOUN", "ADJ", "PROPN", "NUM", "DET"})


def _named_as_a_service_provider(candidate: OrgCandidate, cues: Cues) -> bool:
    """A name that says the company runs a product for others ("X Software", "X IT
    Services"), matched as whole words, several-word ones too."""
    words = f" {candidate.name.lower()} "
    return any(f" {word} " in words for word in cues.service_provider_name_words)


def _is_provider(
    doc: Doc,
    candidate: OrgCandidate,
    rules: Rules,
    business_names: frozenset[int],
    by_name: bool = True,
) -> bool:
    """A supplier or software provider: by the gazetteer, its name (unless `by_name` is off),
    a descriptor before it, or an apposition ("Blue Yonder, a supply chain software
    provider", "X, which runs warehouse software", "X, the company that processes its card
    transactions": a provider word, or a provider's verb in any inflection; "X, which
    handles invoicing for 300 dental practices", "a booking system used by 400 restaurants":
    a service verb, or a product used, with businesses as its recipients), or by those it
    serves (`business_names`: the tokens of the names that may be theirs)."""
    cues = rules.cues
    provider_words = cues.provider_words
    provider_lemmas = provider_words | cues.provider_verbs
    serving_lemmas = provider_lemmas | cues.service_verbs | cues.running_verbs  # once, not per name
    if candidate.entry is not None:
        return candidate.entry.serves_businesses
    name_words = provider_words | rules.victims["supplier_name_words"]
    if by_name and any(word in name_words for word in candidate.name.lower().split()):
        return True
    if _served_by_others(doc, candidate, rules, business_names):
        return True
    for mention in candidate.named_mentions:
        if not doc[mention.start].is_sent_start:
            before = mention.start - (2 if doc[mention.start - 1].text == "," else 1)
            if before >= 0 and doc[before].lower_ in provider_words:
                return True  # "the supplier, Darnley Freight", "logistics provider Kestrel"
            if doc[mention.start - 1].text == "," and _a_clients_supplier(
                doc[max(0, before - CLIENT_CLAUSE_REACH) : before + 1], cues, at_end=True
            ):
                return True  # "the call centre company it uses, Voxhaven"
        following = doc[mention.end : mention.end + PROVIDER_DESCRIPTION_REACH]
        if not len(following):
            continue
        if following[0].text not in {",", "("}:
            if _serves_in_its_own_clause(doc, mention, following, cues, serving_lemmas):
                return True
            continue
        if _in_a_fronted_phrase(doc, mention.start, rules.victims["fronted_phrase_openers"]):
            continue  # "According to X, the thieves used a supplier's login"
        if _a_clients_supplier(following[1:], cues, at_end=False):
            return True  # "Paysmith, the payroll company it uses"
        if _a_user_itself(following) or _served_itself(following, cues):
            continue  # "X, which uses the same booking software", "X, a client of Y Logistics"
        if any(
            token.lower_ in provider_words or _one_of_a_trade(following, token, provider_words)
            for token in following
        ) or any(
            _finite_or_misread_verb(token)
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


def _finite_or_misread_verb(token: Token) -> bool:
    """A verb that is no past participle; also one the tagger reads as a plural noun after a
    relative or a joining 'and' ('which runs branches and supplies card terminals')."""
    if token.pos_ == "VERB":
        return token.tag_ != "VBN"
    return token.tag_ == "NNS" and token.nbor(-1).lower_ in VERB_OPENERS


def _serves_in_its_own_clause(
    doc: Doc, mention: OrgMention, following: Span, cues: Cues, serving_lemmas: frozenset[str]
) -> bool:
    """The name is the subject of a verb of service whose recipients are businesses, named
    before any other verb ('X ships some 50,000 orders a week for 1,200 trade customers', 'X
    also supplies tills to 400 shops'); not a name after a preposition ('an outage at X'),
    nor one inside a relative clause ('customers whose pensions X manages could not log in
    to their accounts', where the accounts are no one X serves)."""
    if mention.start > 0 and doc[mention.start - 1].pos_ == "ADP":
        return False
    opening = doc[max(0, mention.start - WHOSE_REACH) : mention.start]
    if any(token.lower_ == RELATIVE_POSSESSIVE for token in opening):
        return False
    verb = next((t for t in following[:2] if t.pos_ != "ADV"), None)
    # the tagger may read the verb after a name opening its sentence as a plural noun
    # ("Parcelink handles deliveries for 300 retailers"): its recipients still tell it
    misread = verb is not None and verb.tag_ in PLURAL_TAGS and doc[mention.start].is_sent_start
    if (
        verb is None
        or (verb.tag_ not in FINITE_TAGS - {MODAL_TAG} and not misread)
        or verb.lemma_.lower() not in serving_lemmas
    ):
        return False
    link = _recipient_link(following, verb.i, RECIPIENT_LINKS)
    if link is None:
        return _businesses_as_its_object(doc, verb, cues)
    return not any(
        t.tag_ in FINITE_TAGS or t.pos_ == "AUX" for t in doc[verb.i + 1 : link]
    ) and _business_recipient(following, verb.i, RECIPIENT_LINKS, cues)


SERVED_OBJECT_REACH = 6  # "supplies about 400 independent grocery stores": verb to the plural


def _businesses_as_its_object(doc: Doc, verb: Token, cues: Cues) -> bool:
    """'Norvale supplies about 400 independent grocery stores': a verb of service whose object,
    the first plural noun after it, is businesses by a trade word of theirs, not people ('serves
    95,000 homes') nor goods ('supplies card terminals')."""
    if verb.lemma_.lower() not in cues.service_verbs:
        return False
    for token in doc[
        verb.i + 1 : min(_sentence_end(doc, verb.i), verb.i + 1 + SERVED_OBJECT_REACH)
    ]:
        if token.tag_ in FINITE_TAGS or token.is_punct:
            return False
        if token.tag_ in PLURAL_TAGS:
            return token.lower_ in cues.org_suffix_words and token.lower_ not in cues.end_users
    return False


def _its_product_used_by_businesses(
    layout: Layout, owners: list[str | None], key: str, cues: Cues
) -> bool:
    """A sentence about the organisation opens on its product, used by businesses ('The
    scheduling tool, which is used by 300 surgeries, stopped loading', 'Its booking software
    is used by 250 practices'):
    it serves others. Not one whose subject used something ('The attackers had used a
    login ...'), nor a product used by people ('used by 2 million shoppers')."""
    for sentence in layout.sentences:
        if owners[sentence.index] != key or sentence.in_boilerplate:
            continue
        words = [t for t in sentence.span if not t.is_space]
        if len(words) < 4 or words[0].lower_ not in PRODUCT_POINTERS:
            continue
        for token in words[1:PRODUCT_SUBJECT_REACH]:
            if token.lemma_.lower() in cues.user_verbs and token.tag_ == "VBN":
                # "The platform, used by", "Its software is used by"; not "had used"
                passive = token.nbor(-1).text == "," or token.nbor(-1).lower_ in PASSIVE_FORMS
                return passive and _business_recipient(sentence.span, token.i, USER_LINKS, cues)
            if not (token.pos_ in PRODUCT_SUBJECT_POS or token.lower_ in RELATIVE_PRONOUNS):
                break
    return False


def _named_as_the_route(
    doc: Doc, layout: Layout, candidates: dict[str, OrgCandidate], victims: list[str]
) -> frozenset[str]:
    """The victims a route names as the one others were hit through, the object of its
    trouble's preposition ('in a ransomware attack on Wagefold, the payroll firm that runs its
    wages'): suppliers, not routed. Not a customer named inside a route of its own ('a cyber
    attack hit a Harlow Foods supplier's systems', 'one of Harlow Foods' suppliers')."""
    routes = [cue for sentence in layout.sentences for cue in sentence.cues_labelled(ROUTE_LABEL)]
    return frozenset(
        key
        for key in victims
        for mention in candidates[key].named_mentions
        if mention.start > 0
        and doc[mention.start - 1].pos_ == "ADP"
        and not (mention.end < len(doc) and doc[mention.end].text in POSSESSIVES)
        and any(cue.start < mention.start and mention.end <= cue.end for cue in routes)
    )


def _in_a_fronted_phrase(doc: Doc, start: int, openers: frozenset[str]) -> bool:
    """The name closes a phrase fronted before the main clause, its opener all the words
    before it in the sentence: 'According to X, ...', 'Unlike X, ...'."""
    length = frame_before_length(doc, start, openers)
    return length > 0 and start - length == sentence_start_of(doc, start)


def _one_of_a_trade(description: Span, token: Token, provider_words: frozenset[str]) -> bool:
    """'X, one of the world's largest providers of ...': a plural names the company's trade
    only as the head right after 'one of', where elsewhere it names others ('which
    represents the hauliers', 'one of several retailers that share suppliers')."""
    if token.tag_ not in PLURAL_TAGS or token.lemma_.lower() not in provider_words:
        return False
    doc = description.doc
    index = token.i - 1
    while index > description.start and (
        doc[index].pos_ in TRADE_MODIFIER_POS or doc[index + 1].text in POSSESSIVES
    ):
        index -= 1  # "the world's largest", "the biggest"
    if index <= description.start:
        return False
    return (doc[index - 1].lower_, doc[index].lower_) == ("one", "of")


def _served_by_others(
    doc: Doc, candidate: OrgCandidate, rules: Rules, business_names: frozenset[int]
) -> bool:
    """A provider told by those it serves: a business called its client, customer or partner
    ("Y, a client of X", "Y, one of the firm's largest customers", "X's retail customers, A
    and B", "X's clients include A"), or businesses that rely or depend on it ("pharmacies
    that rely on X", "Y, which depends heavily on X") or own what it runs ("the estate agents
    whose websites X hosts"). Not its people, who are no business
    named beside the word ("X's clients could not log in", "Jane Marsh, a client of X",
    "commuters who rely on X"). A reference counts as its name does ("the firm's")."""
    kinds = _business_and_premises_nouns(rules)
    running = rules.cues.running_verbs | rules.cues.service_verbs
    people = rules.cues.end_users | rules.victims["people_nouns"]
    return any(
        _possessor_of_served(doc, mention, rules.cues, business_names, kinds)
        or _served_of(doc, mention.start, rules.cues, business_names)
        or _relier(doc, mention.start, mention.end, rules.cues, kinds, business_names) is not None
        or _runs_theirs(doc, mention, running, people, business_names)
        for mention in candidate.mentions
    )


def _runs_theirs(
    doc: Doc,
    mention: OrgMention,
    running_verbs: frozenset[str],
    people: frozenset[str],
    names: frozenset[int],
) -> bool:
    """'the building societies whose card services X runs', 'Y, whose deliveries X handles': X
    runs what businesses own, named by a relative 'whose' and the thing it runs (any plural
    not of people: 'the estate agents whose websites X hosts'). Not the things of people
    ('customers whose pensions X manages')."""
    if mention.end >= len(doc):
        return False
    # the word that closes the relative is its verb, whatever the tagger reads ("handles")
    verb = doc[mention.end]
    if verb.pos_ not in {"VERB", "NOUN"} or verb.lemma_.lower() not in running_verbs:
        return False
    for index in range(mention.start - 1, max(0, mention.start - 1 - WHOSE_REACH), -1):
        token = doc[index]
        if token.lower_ == RELATIVE_POSSESSIVE:
            owner = index - 2 if doc[index - 1].text == "," else index - 1
            if owner < 0:
                return False
            noun = doc[owner]
            plural = noun.tag_ in PLURAL_TAGS and noun.pos_ == "NOUN"
            # "customers whose pensions X manages": people; "the estate agents whose
            # websites X hosts": any other plural that owns what X runs is a trade
            return (plural and noun.lower_ not in people) or owner in names
        if token.pos_ not in WHOSE_THING_POS:
            return False
    return False


def _business_and_premises_nouns(rules: Rules) -> frozenset[str]:
    """Nouns of businesses and their premises: 'lenders', 'pharmacies', 'chains'."""
    words = rules.victims
    return frozenset(words["company_descriptors"]) | frozenset(words["premises_nouns"])


def _possessor_of_served(
    doc: Doc, mention: OrgMention, cues: Cues, names: frozenset[int], kinds: frozenset[str]
) -> bool:
    """'Y, one of X's clients', 'X's retail customers, A and B', 'X's customers include A'."""
    if mention.end >= len(doc) or doc[mention.end].text not in POSSESSIVES:
        return False
    noun = _served_noun(doc, mention.end + 1, cues)
    return noun is not None and (
        _names_follow(doc, noun + 1, names, kinds) or _after_a_name(doc, mention.start, names)
    )


def _served_noun(doc: Doc, start: int, cues: Cues) -> int | None:
    """The index of 'clients' in 'clients', 'two largest clients', 'most important clients'."""
    for token in doc[start : start + 1 + SERVED_MODIFIER_REACH]:
        if token.lemma_.lower() in cues.served_parties:
            return token.i
        if token.pos_ not in SERVED_MODIFIER_POS:
            return None
    return None


def _served_of(doc: Doc, name_start: int, cues: Cues, names: frozenset[int]) -> bool:
    """'Y, a client of X', 'Y, a longtime customer of X', 'Y, partners of X'."""
    if name_start < 2 or doc[name_start - 1].lower_ != "of":
        return False
    noun = doc[name_start - 2]
    return noun.lemma_.lower() in cues.served_parties and _after_a_name(doc, noun.i, names)


def _after_a_name(doc: Doc, phrase_start: int, names: frozenset[int]) -> bool:
    """Whether the words before `phrase_start` open an apposition right after a business's
    name: back over its determiners, modifiers and 'one of' to a comma, and a name before
    it ('Greystone Homes, the housebuilder and one of the firm's clients')."""
    index = phrase_start - 1
    while index > 0 and (
        doc[index].pos_ in DESCRIPTION_POS or doc[index].lower_ == "of" or doc[index].text == "-"
    ):
        index -= 1
    return index > 0 and doc[index].text == "," and index - 1 in names


def _names_follow(doc: Doc, index: int, names: frozenset[int], kinds: frozenset[str]) -> bool:
    """Business names after a noun: its members in apposition ('customers, A and B') or
    listed ('customers include A', 'customers such as A', 'customers, among them A'), a
    determiner before a member's name too ('customers include the A chain'), and the kind
    of business it is after the determiner ('clients include the fashion chain A') or right
    after the comma ('clients, toy maker A and cookware brand B'; a business kind word read
    whatever the tagger makes of it)."""
    described = False
    for token in doc[index : index + NAMING_REACH + DESCRIPTION_REACH]:
        if token.pos_ == "PROPN":
            # right after the noun a proper noun is its own modifier, no member named
            return token.i > index and token.i in names
        if token.pos_ == "DET" or (
            doc[token.i - 1].text == "," and (token.pos_ in KIND_POS or token.lower_ in kinds)
        ):
            described = True
        elif not (
            token.text == ","
            or token.lemma_.lower() in MEMBER_LINKS
            or (described and (token.pos_ in KIND_POS or token.lower_ in kinds))
        ):
            return False
    return False


def _relier(
    doc: Doc,
    start: int,
    end: int,
    cues: Cues,
    business_kinds: frozenset[str],
    names: frozenset[int],
) -> Token | None:
    """The word naming the business that relies on what runs from `start` to `end` (a name,
    or a pronoun for one), or None: 'pharmacies that rely on X', 'Y, which depends heavily on
    X', 'lenders that depend upon X'; and those that use it, with no link word ('Y, which
    also uses X', 'Y, another dealer group that uses X'). The ones relying are businesses or
    a business named, not people ('commuters who rely on X', 'shoppers who use X'), a place
    ('Britain relies on X') or a person. The name must be what is used, not a modifier of it
    ('which uses X stations as pick-up points')."""
    link = start - 1
    if link < 1:
        return None
    if doc[link].lemma_.lower() in cues.user_verbs and doc[link].pos_ == "VERB":
        # "uses X stations": X names whose stations; after "its" a noun always follows
        if (
            end < len(doc)
            and doc[end].pos_ in NAME_MODIFIES
            and doc[start].lower_ not in cues.owning_pronouns
        ):
            return None
        verb = link  # "which uses X": the verb is the link
    elif doc[link].lower_ in RELIANCE_LINKS:
        verb = link - 1
        while verb > 0 and doc[verb].pos_ == "ADV":
            verb -= 1  # "depends heavily on"
        if doc[verb].lemma_.lower() not in cues.reliance_verbs:
            return None
    else:
        return None
    if doc[verb].tag_ == "VBN" and (verb == 0 or doc[verb - 1].lower_ not in PERFECT_AUXILIARIES):
        return None  # "a platform used by X": no one said to rely; "has used X" does
    for token in reversed(doc[max(0, verb - RELIANT_REACH) : verb]):
        if token.pos_ in {"ADV", "AUX"} or token.text == "," or token.lower_ in RELATIVE_PRONOUNS:
            continue  # "pharmacies that still rely", "Y, which relies", "which has used"
        if token.tag_ in PLURAL_TAGS and token.pos_ == "NOUN":
            kind = token.lemma_.lower() in business_kinds or token.lower_ in business_kinds
            return token if kind else None
        if token.tag_ == "NN" and token.lower_ in business_kinds:
            # "Y, another retailer that uses X"
            return token if _after_a_name(doc, token.i, names) else None
        return token if token.i in names else None
    return None


def _relied_on_by_pronoun(
    doc: Doc,
    layout: Layout,
    candidates: dict[str, OrgCandidate],
    key: str,
    rules: Rules,
    names: frozenset[int],
) -> bool:
    """Businesses that rely on the organisation, told by a pronoun in a sentence about it
    ('That cut off thousands of pharmacies that rely on it', 'the dealerships that depend on
    its software', 'restaurants that use its booking system'): it serves others, as when its
    name is written there. Not people who rely on it ('commuters who rely on it'), nor what
    is the relier's own ('retailers that rely on their own vans'). A pronoun may stand for a
    thing of the organisation as well, so the reliers must be others' businesses: not its
    own premises ('its 300 stores', 'the chain's 300 stores, which rely on it'), nor those
    that sell to it, whom a buyer's trouble reaches with no supplier between ('small
    suppliers that depend on it'), nor its customers, mostly people ('the customers who rely
    on it for groceries'). The pronoun must stand for the organisation (`_stands_for`): in a
    client's story it is as often the supplier or its product ('hit through a flaw in X's
    file-transfer tool, which hundreds of firms rely on'). This is no `references.antecedent`,
    which falls back on the story's subject: a pronoun counts only where the text shows whom
    it stands for."""
    cues = rules.cues
    kinds = _business_and_premises_nouns(rules)
    mentions = sorted(
        (m for candidate in candidates.values() for m in candidate.mentions),
        key=lambda m: m.start,
    )
    own_words = {head.lower() for head in cues.anaphora_heads}
    own_tokens = frozenset(
        index for m in candidates[key].mentions for index in range(m.start, m.end)
    )
    for sentence in layout.sentences:
        if sentence.in_boilerplate:
            continue
        for token in sentence.span:
            if token.lower_ not in cues.relied_pronouns or (
                token.i + 1 < len(doc) and doc[token.i + 1].lower_ in cues.own_markers
            ):
                continue
            # the reliers first: most pronouns have none, and whom one stands for costs more
            relier = _relier(doc, token.i, token.i + 1, cues, kinds, names)
            if (
                relier is not None
                and relier.lemma_.lower() not in cues.non_client_reliers
                and not _possessed_by_the_organisation(relier, cues, own_tokens, own_words)
                and _stands_for(layout, mentions, key, sentence.index, token.i)
            ):
                return True
    return False


CLIENT_OWNER_PRONOUNS = frozenset({"its"})


def _named_as_a_clients_provider(
    doc: Doc, candidates: dict[str, OrgCandidate], key: str, rules: Rules
) -> bool:
    """'Glenesk, one of its customers, said its tills had failed', 'Hoogland, one of Van
    Roon's largest customers, said': the text calls another organisation this one's client,
    by this one's name or by an 'its' that stands for the organisation named last before the
    client ('Harwell said its supplier Norbrook had been hit. Lyle's Cafe, one of its
    customers, ...' is Norbrook's client): it serves others."""
    own = {index for m in candidates[key].mentions for index in range(m.start, m.end)}
    # the organisations a story tells hit: a source or a commentator named in between
    # ("..., the National Cyber Security Centre said") is no one's supplier
    named = sorted((m.start, c.key) for c in candidates.values() if c.hit for m in c.mentions)
    for candidate in candidates.values():
        if candidate.key == key:
            continue
        for mention in candidate.mentions:
            owner = client_apposition(doc, mention.end, rules)
            if owner is None:
                continue
            if any(token.i in own for token in owner):
                return True
            before = [k for start, k in named if start < mention.start and k != candidate.key]
            if (
                before
                and before[-1] == key
                and any(token.lower_ in CLIENT_OWNER_PRONOUNS for token in owner)
            ):
                return True
    return False


def _stands_for(
    layout: Layout, mentions: list[OrgMention], key: str, sentence: int, pronoun: int
) -> bool:
    """Whether a pronoun stands for the organisation `key`: the last organisation named
    before it is that one, in its sentence ('X said pharmacies that rely on it') or, where
    its sentence names none, in a sentence before that opens on that one's name, past the
    name's apposition ('X, a unit of Y, detected hackers in its systems. That cut off
    thousands of pharmacies that rely on it.'); and no other name comes between ('X said ...
    through its payroll supplier, Paystream. Hundreds of companies rely on it', whether or
    not the model takes Paystream for an organisation), nor a thing in the pronoun's own
    sentence ('The supplier's software is widely used, and hundreds of companies rely on
    it')."""
    span = layout.sentences[sentence].span
    doc = span.doc
    before = [m for m in mentions if m.sentence == sentence and m.start < pronoun]
    if before:
        since = before[-1].end
    else:
        earlier = layout.sentences[sentence - 1].span if sentence else None
        before = [m for m in mentions if m.sentence == sentence - 1]
        if earlier is None or not before or before[0].start != earlier.start:
            return False
        told_past = past_apposition(doc, before[0].end, earlier.end)
        before = [before[0], *(m for m in before[1:] if m.start >= told_past)]
        since = told_past
    if any(m.key != key for m in before):
        return False
    return not any(
        (token.pos_ == "PROPN" and token.ent_type_ not in NOT_STOOD_FOR_ENTITIES)
        or (token.i >= span.start and token.tag_ == "NN" and token.ent_type_ not in TIME_ENTITIES)
        for token in doc[since:pronoun]
        if not any(m.start <= token.i < m.end for m in before)
    )


def _possessed_by_the_organisation(
    noun: Token, cues: Cues, own_tokens: frozenset[int], own_words: set[str]
) -> bool:
    """A possessive opens the noun's phrase and names the organisation: a possessive pronoun
    ('its 300 stores', 'our branches'), its name or a reference to it ('the chain's 300
    stores', 'X's branches')."""
    doc = noun.doc
    index = noun.i - 1
    while index >= 0 and doc[index].pos_ in OWNED_PHRASE_POS:
        index -= 1
    if index < 0:
        return False
    if doc[index].lower_ in cues.owning_pronouns:
        return True
    if doc[index].text not in POSSESSIVES or index == 0:
        return False
    possessor = doc[index - 1]
    return possessor.i in own_tokens or possessor.lower_ in own_words


def _business_recipient(description: Span, verb: int, links: frozenset[str], cues: Cues) -> bool:
    """Whether what the verb does is done for businesses: the first plural noun after 'for',
    'to', 'behind' (or 'by', for a product used) names them ('invoicing for 300 dental
    practices'), not people ('water to 90,000 households', 'an app used by 2 million
    people'). The noun may lie past the description's window, not past its sentence."""
    doc = description.doc
    link = _recipient_link(description, verb, links)
    if link is None:
        return False
    for token in doc[link + 1 : min(_sentence_end(doc, verb), link + 1 + RECIPIENT_REACH)]:
        if token.tag_ in PLURAL_TAGS:
            return token.lower_ not in cues.end_users or (
                doc[token.i - 1].lower_ in cues.business_modifiers
            )
    return False


def _recipient_link(description: Span, verb: int, links: frozenset[str]) -> int | None:
    """The first 'for', 'to' or 'by' after the verb, within the description or a few words
    of the verb ('provides card terminals to'), never past its sentence."""
    doc = description.doc
    end = min(_sentence_end(doc, verb), max(description.end, verb + 1 + LINK_REACH))
    return next((i for i in range(verb + 1, end) if doc[i].lower_ in links), None)


def _sentence_end(doc: Doc, index: int) -> int:
    return doc[index].sent.end if doc.has_annotation("SENT_START") else len(doc)


def _served_itself(description: Span, cues: Cues) -> bool:
    """'X, a client of Y Logistics', 'X, one of its customers': the description's head says
    X is served, whatever trade the provider it names has."""
    for token in description[1:]:
        lemma = token.lemma_.lower()
        if lemma in cues.served_parties:
            return True
        hyphened = token.nbor(-1).text == "-"  # "long-standing"
        if token.pos_ not in SERVED_HEAD_POS and token.lower_ != "of" and not hyphened:
            return False
    return False


CLIENT_CLAUSE_REACH = 4  # "company (that) it relies on": the noun to the clause's last word
CLIENT_PRONOUNS = frozenset({"it", "they", "we"})
CLAUSE_PARTICLES = frozenset({"on", "to", "with"})  # "the firm it relies on"


def _a_clients_supplier(words: Span, cues: Cues, at_end: bool) -> bool:
    """A supplier's noun with a contact clause of a client's use: 'the payroll company it
    uses', 'the firm (that) they rely on' (cues.json supplier_heads, client_use_verbs); not
    'the grocer it relies on for its revenue', a customer. At the end of `words` when the
    name follows, else opening them after its article."""
    for index, token in enumerate(words):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in cues.supplier_heads:
            continue
        clause = words[index + 1 : index + 1 + CLIENT_CLAUSE_REACH]
        if len(clause) and clause[0].lower_ in RELATIVE_PRONOUNS:
            clause = clause[1:]
        if len(clause) < 2 or clause[0].lower_ not in CLIENT_PRONOUNS:
            continue
        verb = clause[1]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues.client_use_verbs:
            continue
        last = verb.i + (
            1 if verb.i + 1 < words.end and words.doc[verb.i + 1].lower_ in CLAUSE_PARTICLES else 0
        )
        if not at_end or last == words.end - 1:
            return True
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


def _tied_sentences(doc: Doc, layout: Layout, cues: Cues) -> set[int]:
    """Sentences that can tie a name weakly: they hold an incident, status or service word,
    call those they name victims ('X and Y were among its other victims') or echo another's
    trouble ('Y did the same on Thursday')."""
    services = {layout.sentence_of(span.start).index for span in doc.spans[SERVICE_SPANS]}
    return {
        sentence.index
        for sentence in layout.sentences
        if sentence.has_cue(*TIE_CUES)
        or sentence.index in services
        or sentence.calls_victims(cues)
        or sentence.echoes(cues)
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
            own = [m for m in named if not m.brand] or named
            candidate.name = max((m.surface for m in own), key=len)
        usable[key] = candidate
    return usable


def _fold_banners(candidates: dict[str, OrgCandidate], gazetteer: Gazetteer) -> None:
    """'The parent company of Stop & Shop and Hannaford': banners join their named parent,
    or the parent a lone banner the story names first (`story_names_first`). A bank of the
    public's accounts stays its own organisation ('Tesco Bank' beside 'Tesco')."""
    ancestors: dict[str, str] = {}
    for key, candidate in candidates.items():
        if candidate.entry is None or candidate.entry.is_bank:
            continue
        ancestor, parent = None, candidate.entry.parent
        while parent is not None:
            if parent in candidates:
                ancestor = parent
            entry = gazetteer.by_name.get(parent)
            parent = entry.parent if isinstance(entry, OrgEntry) else None
        if ancestor is not None:
            ancestors[key] = ancestor
    for key, ancestor in story_names_first(ancestors, candidates).items():
        for mention in candidates[key].mentions:
            mention.key = ancestor
        candidates[ancestor].mentions.extend(candidates.pop(key).mentions)


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


def _tie_the_headlines_described_victim(
    candidates: dict[str, OrgCandidate], doc: Doc, layout: Layout, rules: Rules
) -> None:
    """'Fuel retailer hit by cyber attack' over 'Crestmoor Energy said card payments had been
    failing ...': a headline whose subject is one organisation of a kind, hit or down, and
    that names no organisation, tells of the only organisation the next sentence names, when
    that sentence names it first and tells a service down. Not a headline of several
    ('Hospitals rehearse a ransomware attack'), nor one whose subject does something else,
    nor a next sentence that names two (a supplier or a partner may speak of the victim)."""
    story = [s for s in layout.sentences if not s.in_boilerplate]
    if len(story) < 2 or not story[0].is_title:
        return
    title, lede = story[0], story[1]
    named = {
        key: [m for m in candidate.mentions if m.sentence in (title.index, lede.index)]
        for key, candidate in candidates.items()
        if candidate.rejection is None
    }
    if any(m.sentence == title.index for mentions in named.values() for m in mentions):
        return  # the headline names its victim
    in_lede = [key for key, mentions in named.items() if mentions]
    if len(in_lede) != 1 or not _tells_a_service_down(doc, lede):
        return
    if not _subject_is_one_of_a_kind_hit(title, rules):
        return
    mention = min(named[in_lede[0]], key=lambda m: m.start)
    verb = next((t.i for t in lede.span if t.pos_ in VERB_POS), lede.span.end)
    # the sentence's subject: a capitalised name right before its verb, an apposition or
    # its possessive ("Greyford University researchers said" is the researchers' saying)
    after = doc[mention.end] if mention.end < lede.span.end else None
    subject = after is not None and (after.i == verb or after.text in {",", *POSSESSIVES})
    # not a place ending the phrase that opens the subject: "A hospital in ... Lower Saxony says"
    subject = subject and not places_a_noun(doc, lede, mention, rules.victims)
    if mention.start < verb and doc[mention.start].is_title and subject:
        candidate = candidates[in_lede[0]]
        candidate.strong_ties.setdefault(title.index, TieKind.PATIENT)
        candidate.headline_tie = True


KIND_MODIFIER_POS = frozenset({"NOUN", "ADJ"})  # "burger chain", "regional airline"
KIND_REACH = 2  # "Coffee shop chain": the kind's modifier and its noun a word apart
HEADLINE_TROUBLE_LABELS = frozenset({"victim", "incident"})


def _tie_the_lede_victim_the_headline_describes(
    candidates: dict[str, OrgCandidate], layout: Layout, rules: Rules
) -> None:
    """'Room keys stop working at hotel group - then X and Y hit by app faults' over 'Guests
    at Larchmont Hotels were locked out ... after the hotel group's key card system failed':
    a headline that tells of an organisation by its kind (a modifier and a noun of a kind,
    no name) tells of the one organisation its lede names and describes by the same words;
    the names the headline gives are others'."""
    story = [s for s in layout.sentences if not s.in_boilerplate]
    lede = layout.lede()
    if lede is None or not story or not story[0].is_title:
        return
    title = story[0]
    doc = title.span.doc
    named = {
        i
        for candidate in candidates.values()
        for m in candidate.named_mentions
        if m.sentence == title.index
        for i in range(m.start, m.end)
    }
    heads = rules.victims["company_descriptors"] | rules.cues.kind_anaphora_heads
    # the kind told after the trouble: "Tills fail at burger chain", "Hackers hit toy retailer"
    trouble = min(
        (c.start for c in title.cues if c.label in FAILING_LABELS | HEADLINE_TROUBLE_LABELS),
        default=title.span.end,
    )
    kinds = {
        (doc[t.i - 1].lower_, t.lower_)
        for t in title.span
        if t.i > trouble
        and t.lower_ in heads
        and t.tag_ == "NN"
        and doc[t.i - 1].pos_ in KIND_MODIFIER_POS
        and not named.intersection({t.i - 1, t.i})
    }
    in_lede = [
        key
        for key, candidate in candidates.items()
        if candidate.rejection is None and any(m.sentence == lede.index for m in candidate.mentions)
    ]
    if len(in_lede) != 1:
        return
    candidate = candidates[in_lede[0]]
    if any(m.sentence == title.index for m in candidate.mentions):
        return
    named_in_lede = [m for m in candidate.named_mentions if m.sentence == lede.index]
    if any(_described_by_kind(doc, lede, m, kinds) for m in named_in_lede):
        candidate.strong_ties.setdefault(title.index, TieKind.PATIENT)
        candidate.headline_tie = True


def _described_by_kind(
    doc: Doc, lede: Sentence, mention: OrgMention, kinds: set[tuple[str, str]]
) -> bool:
    """The lede describes the name by the headline's kind: right before it ('Toy retailer
    Brightwick Toys') or as a definite reference after it ('the hotel group's key card
    system'); not an unnamed one of the kind ('A toy retailer ..., insurer X said')."""
    before = [
        t.lower_ for t in doc[max(lede.span.start, mention.start - 1 - KIND_REACH) : mention.start]
    ]
    for modifier, head in kinds:
        if before and before[-1] == head and modifier in before:
            return True
        for token in doc[mention.end : lede.span.end - 1]:
            if (
                token.lower_ == modifier
                and doc[token.i - 1].lower_ == "the"
                and head in [t.lower_ for t in doc[token.i + 1 : token.i + 1 + KIND_REACH]]
            ):
                return True
    return False


def _tells_a_service_down(doc: Doc, sentence: Sentence) -> bool:
    """A word of trouble and a service in the sentence: what it says of the organisation it
    names is the headline's news, not a quote about something else."""
    services = doc.spans[SERVICE_SPANS]
    return any(cue.label in FAILING_LABELS for cue in sentence.cues) and any(
        sentence.span.start <= span.start < sentence.span.end for span in services
    )


def _subject_is_one_of_a_kind_hit(title: Sentence, rules: Rules) -> bool:
    """'Fuel retailer hit by ...', 'Bank down for a second day': the words before the headline's
    first verb or cue end on a singular noun of a kind of organisation (one organisation,
    where 'Hospitals' are several), and a cue of being hit or down starts right after."""
    doc = title.span.doc
    in_cues = {i for cue in title.cues for i in range(cue.start, cue.end)}
    end = next((t.i for t in title.span if t.pos_ in VERB_POS or t.i in in_cues), None)
    if end is None or end == title.span.start:
        return False
    if not any(
        cue.start == end and (cue.label == "victim" or cue.label in FAILING_LABELS)
        for cue in title.cues
    ):
        return False
    subject = doc[title.span.start : end]
    kinds = rules.victims["company_descriptors"] | rules.cues.kind_anaphora_heads
    head = subject[-1]
    return (
        not any(t.pos_ == "PROPN" and t.i > subject.start for t in subject)
        and head.tag_ == "NN"
        and head.lower_ in kinds
    )


def _victim_named_after_its_description(
    candidates: dict[str, OrgCandidate], layout: Layout, rules: Rules, described: int
) -> str | None:
    """'A supermarket supplier that stocks X and Y has been hit by hackers.' over 'Z was hit
    on Wednesday evening.': the sentence after one whose first word opens an unnamed victim's
    description, opening on the only name it ties to the incident, names that victim. Not
    when the first sentence ties a name of its own, nor when it does not open on the
    unnamed one ('X paid three invoices into a bank account ...'). The key, or None."""
    opener = layout.sentences[described].first_word()
    if opener is None or opener.lower_ not in rules.victims["unnamed_referent_determiners"]:
        return None
    story = [s.index for s in layout.sentences if not s.in_boilerplate]
    position = story.index(described) if described in story else -1
    if position < 0 or position + 1 >= len(story):
        return None
    following = layout.sentences[story[position + 1]]
    possible = {k: c for k, c in candidates.items() if c.rejection is None}
    if any(described in c.strong_ties for c in possible.values()):
        return None
    tied = [k for k, c in possible.items() if following.index in c.strong_ties]
    subject = following.first_word()
    if len(tied) != 1 or subject is None:
        return None
    opens = any(
        m.sentence == following.index and m.start == subject.i
        for m in possible[tied[0]].named_mentions
    )
    return tied[0] if opens else None


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
    hand_products_to_makers(doc, layout, candidates, rules)
    finder = TieFinder(doc, layout, rules)
    patient_only = is_vulnerability_news(layout, rules.victims)
    record_strong_ties(candidates, finder, patient_only)
    spoken_for = tie_businesses_their_people_speak_for(candidates, doc, layout, rules)
    if not patient_only:
        _tie_the_headlines_described_victim(candidates, doc, layout, rules)
        _tie_the_lede_victim_the_headline_describes(candidates, layout, rules)

    sentences = layout.sentences
    tied = _tied_sentences(doc, layout, rules.cues) | spoken_for | finder.tied_by_reference
    ties = _weak_ties(candidates, tied)
    primary = choose_primary(candidates, layout, ties)
    owners, of_others = resolve_anaphora(doc, layout, rules, candidates, primary)
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
    unnamed = [
        i for i in sorted(opening) if tells_of_an_unnamed_victim(sentences[i], rules.victims)
    ]
    named_next = (
        _victim_named_after_its_description(candidates, layout, rules, unnamed[0])
        if unnamed
        else None
    )
    if named_next is not None:
        candidates[named_next].strong_ties.setdefault(unnamed[0], TieKind.PATIENT)
        candidates[named_next].described_tie = True
    primary = choose_primary(candidates if unnamed else told_early, layout, ties)

    victims: list[str] = []
    if primary is not None:
        fill_owners(owners, sentences, primary, of_others)
        ties[primary] = sorted(
            set(ties[primary])
            | {i for i, owner in enumerate(owners) if owner == primary and i in tied}
        )
        related = [k for k, c in candidates.items() if k != primary and c.hit and ties[k]]
        victims = [primary, *sorted(related, key=lambda k: candidates[k].first_position)]
    # the names a client of a provider may have: organisations, not people or places
    business_names = frozenset(
        index
        for candidate in candidates.values()
        if candidate.rejection not in {Rejection.PERSON, Rejection.PLACE, Rejection.LOCATION}
        for mention in candidate.named_mentions
        for index in range(mention.start, mention.end)
    )
    providers = frozenset(
        key for key in victims if _is_provider(doc, candidates[key], rules, business_names)
    )
    # a trade word of goods in a name ("Nordhavn Freight") does not make the story a
    # supplier's; one of a product others run ("Parkline Software") does
    serves_others = primary is not None and (
        _is_provider(doc, candidates[primary], rules, business_names, by_name=False)
        or _named_as_a_service_provider(candidates[primary], rules.cues)
        or _its_product_used_by_businesses(layout, owners, primary, rules.cues)
        or _relied_on_by_pronoun(doc, layout, candidates, primary, rules, business_names)
        or _named_as_a_clients_provider(doc, candidates, primary, rules)
    )
    if serves_others and primary is not None:
        providers |= {primary}  # one known by its name alone too ("Tillpoint Payments")
    providers |= _named_as_the_route(doc, layout, candidates, victims)
    victim_ties = {k: ties[k] for k in victims}
    routes = trouble_routes(doc, layout, candidates, victims, victim_ties, rules.cues)
    # the one whose trouble hit the others had its own incident: a provider among them; one
    # hit by another's trouble is not the provider of this story
    # the one a trouble that hit a victim was at had an incident of its own, whether or not
    # a sentence says so in incident words ('because of an outage at its supplier, X')
    victims += sorted(routes.struck - set(victims), key=lambda k: candidates[k].first_position)
    victim_ties = {k: ties[k] for k in victims}
    owners_of_trouble = (routes.causes & set(victims)) - routes.routed - providers
    providers = (providers - routes.routed) | owners_of_trouble
    return Organizations(
        candidates,
        owners,
        primary,
        victims,
        victim_ties,
        providers,
        primary_serves_others=serves_others,
        routed=routes.routed,
        trouble_owners=owners_of_trouble,
        told_apart=routes.apart,
        told_back=routes.told_back,
        passed_over=routes.passed_over,
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

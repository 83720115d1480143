"""What broke and what is back: service mentions and the status their clause gives them.

ConText style: a cue (disrupted, suspended, restored, unaffected, compromised)
modifies the service mentions of its clause; negation flips it, uncertainty
and hypotheticals void it, a limiting scope makes a restoration partial and a
future or intention makes it expected.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, NamedTuple

from .dates.words import number_written
from .layout import (
    ATTACK_KIND_LABELS,
    BETWEEN_SUBJECT_AND_VERB,
    CONTENTS_REACH,
    DEPRIVING_WORD,
    FAILING_LABELS,
    FINITE_TAGS,
    NOMINAL_POS,
    NOUN_NEGATIONS,
    NOUN_PHRASE_POS,
    OUTAGE_LABEL,
    PARTICIPLE_TAGS,
    PERSONAL_DATA_SPANS,
    POSSESSIVE_TAG,
    RELATIVE_TAGS,
    TROUBLE_LABELS,
    UNTOLD_EVENT_LABELS,
    VERB_NEGATIONS,
    WHEN_ENTITIES,
    Cue,
    Layout,
    Sentence,
    before_the_verb_group,
    blame_phrases,
    held_by_the_container,
    holds_any,
    names_a_container,
    names_the_rest,
    only_punctuation_before,
    opens_clause,
    outermost,
    phrase_shape,
    phrase_width_at,
)
from .lexicon import Cues, Rules, ServiceEntry
from .nlp import ORG_SPANS, SERVICE_SPANS
from .organizations.syntax import EXAMPLE_OPENERS, speaks_at
from .service_spans import (
    AUXILIARY_FORMS,
    COMPARATIVES,
    JOINED_OWNER_SPANS,
    JOINED_TO,
    POSSESSIVE_OPENER,
    UNOWNED_DATA_SPANS,
    WITHHELD_DATA_SPANS,
    definite_determiner,
    names_a_year,
    phrase_opener,
)
from .taxonomy import (
    CLAIM_STATUSES,
    DATA_SERVICES,
    DOWN_STATUSES,
    RETURN_STATUSES,
    STATUS_BY_CUE,
    Service,
    Status,
    Tense,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NEGATED = {
    Status.DISRUPTED: Status.UNAFFECTED,
    Status.SUSPENDED: Status.UNAFFECTED,
    Status.RESTORED: Status.DISRUPTED,
    Status.UNAFFECTED: Status.DISRUPTED,
    Status.COMPROMISED: None,
}
NEGATION_REACH = 3  # tokens between a negation and the cue it flips
# "without email after a server failure": a privation negates its own object, no cue past a
# preposition or subordinator after it (where "without any disruption" denies one)
PRIVATIVE_NEGATIONS = frozenset({"without"})
OBJECT_ENDERS = frozenset({"ADP", "SCONJ"})
# a denial of a belief denies a theft ("no reason to believe customer data was taken"); of a
# service's trouble it is a hope, not a state
BELIEF_DENIALS = frozenset({"no reason to believe", "no reason to think", "no reason to suspect"})
# "found no evidence that customer data had been accessed": the denial reaches a whole clause
EVIDENCE_NEGATIONS = frozenset(
    {
        "no evidence",
        "no reason to believe",
        "no reason to think",
        "no reason to suspect",
        "no sign",
        "no signs",
        "no indication",
        "no suggestion",
        "nothing to suggest",
        "nothing to indicate",
        "nothing to show",
        "not found evidence",
        "not found any evidence",
        "not aware of",  # "not aware of any evidence that customer or staff data was taken"
    }
)
EVIDENCE_REACH = 8
BELIEF_DENIAL = "belief_denial"  # "did not believe card details had been taken"
# after a denied belief, what makes the theft a fact: "did not suspect it until the bank
# called", "does not think more were taken than the 20,000 it has told"
FACT_MAKERS = frozenset({"until", "than"})
DATA_HEADS = frozenset({"data", "information", "details", "records"})  # what examples name
PLACING_REACH = 3  # "before the ransomware attack", "since the outage"
PLACING_WORDS = frozenset({"before", "after", "since", "following", "during", "amid", "until"})
AS = frozenset({"as"})  # "such as names"
EXAMPLE_REACH = 3  # words between "including" and the example: "including their bank details"
NOUN_PHRASE_REACH = 3  # modifiers between "no" and the noun it denies
NOUN_MODIFIERS = frozenset({"ADJ", "NOUN", "PROPN", "DET"})
POSSESSIVE_TAGS = frozenset({"PRP$"})  # "none of its stores or its website"
PARTITIVE_OF = "of"  # "none of our systems": the denial reaches past it
BEYOND_WORDS = frozenset({"other", "further", "additional"})  # "no other", "no further"
LIST_CLOSERS = frozenset({"or", "nor"})  # "its data, its website or its helpline"
LIST_REACH = 6  # words after a listed noun phrase read for the coordinator that closes it
# "no names, addresses or card details", "no pupil and teacher details"
NOUN_COORDINATORS = frozenset({"or", "nor", "and", ","})
# "and" joins under one "no" only mentions of data ("no pupil and teacher details"), not what
# the "no" of another verb's object leaves ("paid no ransom and its systems were restored")
MENTION_ONLY_COORDINATORS = frozenset({"and"})
RELATIVES = frozenset({"which", "who", "that", "whose"})
MODIFIER_REACH = 4  # tokens of a phrase between a mention and its relative clause
REDUCED_RELATIVE_REACH = 8  # "still closed since the attack on Monday" before the verb
PARTICIPLE_ASIDE_REACH = 12  # ", offline for most of the weekend, is": to the verb after it
RESTRICTIVE_RELATIVE_REACH = 12  # "that had been shut since the attack on Monday" + its verb
RESTRICTIVE_RELATIVES = frozenset({"that", "which"})
# the subject of a relative clause whose relative word is left out: "the stores it closed"
CONTACT_RELATIVE_SUBJECTS = frozenset({"it", "they", "we"})
# what may stand between a relative's finite verb and the next: "had been shut", "were not"
VERB_GROUP_POS = frozenset({"AUX", "PART", "ADV"})
VERB_GROUP_TAGS = frozenset({"VBN", "VBG"})
CLAUSE_PUNCTUATION = frozenset({",", ";", ":", "(", ")"})  # past it the subject's verb is not
# a service's name as a subject: its words (the tagger reads "collect" in "click and collect"
# as a verb; "in-store" has a hyphen), and what may stand before it ("Some of its stores")
SUBJECT_NAME_POS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ", "VERB"})
QUANTIFYING_POS = frozenset({"DET", "PRON", "NUM", "ADJ"})
QUANTIFYING_WORDS = frozenset({"of"})
PLACING_MODIFIER = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"})
RESTRICTION_REACH = 3  # tokens from "only" to a trouble it plays down: "only minor delays"
SCOPE_REACH = 4  # tokens between a partial scope and the return or service it limits
RETURN_ADVERBS = (("again",), ("once", "more"))  # a working state told again was regained
RETURN_ADVERB_REACH = 4  # tokens from a working state to its "again": "open as normal again"
PREDICATE_BREAK_POS = frozenset({"VERB", "AUX", "CCONJ", "PUNCT", "SCONJ"})  # another predicate
QUANTIFIED_PHRASE_REACH = 10  # "most of the grocery chain's 800 stores": the phrase's words
LOCATIVE = frozenset({"at", "in", "across", "to", "into", "throughout", "from", "for", "within"})
DETERMINERS = frozenset({"DET", "ADJ", "NUM", "PRON"})
# tags of a verb form a noun cannot take (a bare "app" is sometimes mistagged as a verb)
INFLECTED_VERB = frozenset({"VBZ", "VBD", "VBN", "VBG"})


PAST_MODALS = frozenset({"could", "would", "might"})  # "customers could not pay"
# "lost its phone lines", "lost access to the new system": the words a loss reaches its object past
LOSS_OBJECT_POS = frozenset({"DET", "PRON", "ADJ", "NUM"})
LIST_POS = frozenset({"CCONJ", "PUNCT"})  # "its phone lines, email and Wi-Fi"
INABILITY_WORDS = frozenset({"unable", "cannot", "can't", "couldn't"})
SUBJECT_WORDS = frozenset({"NOUN", "PROPN", "PRON"})
# "that" opening a clause (the small tagger gives it either tag), not the determiner "that data"
COMPLEMENTIZER_TAGS = frozenset({"IN", "WDT"})
DENIAL_THAT_REACH = 5  # tokens from "no evidence" to its "that": '"no evidence at this time" that'
STILL_DOWN_LABELS = frozenset({"disrupted", "suspended"})
# what a return told of the organisation itself has between them: "it expects to be back"
BETWEEN_SUBJECT_AND_RETURN = frozenset({"VERB", "AUX", "ADV"})
OBJECT_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "SYM", "DET"})
QUANTIFIER_TAGS = frozenset({"JJS", "PDT"})  # "recovered most of the money", "all the files"
OBJECT_REACH = 3  # words after a return read for its object: "restores international parcels"
# prepositions after a return that say to what state it returned: "back in business", not
# "back in profit"; "by", "until" and the like tell when, and are read elsewhere
STATE_PREPOSITIONS = frozenset({"in", "into", "on", "to", "with", "at"})
# prepositions after a whole activity that give it an object: "trading in its shares"
ACTIVITY_OBJECT_PREPOSITIONS = frozenset({"in", "of", "on", "with", "for"})
SPEECH_REACH = 6  # words back from "it" to its reporting verb: "said on Thursday that it"
TENSE_LOOKAHEAD = 4  # "Online orders, suspended in April, remain ..." : the verb after


@dataclass
class Observation:
    service: Service | None  # None: a general claim ("fixed the problem")
    entry: ServiceEntry | None
    mention: str
    start: int
    end: int
    sentence: Sentence
    status: Status | None
    negated_compromise: bool
    scope: str | None
    historical: bool
    tense: Tense = Tense.UNMARKED
    anchor: int = 0  # the token after the words that gave the status
    # data of no stated kind or owner taken: compromised data, but no service's state
    unowned: bool = False
    # of them, data whose kind is withheld ("some data"): no personal data said taken
    withheld: bool = False
    # the tokens of exceptions beside it in its sentence ("except for its loyalty scheme,
    # which will return on Monday"): what they date is the excepted service's, not this one's
    exceptions: tuple[range, ...] = ()
    sought: bool = False  # see Reading.sought
    channel: bool = False  # see Reading.channel


INCIDENT_LABEL = "incident"  # a word that tells an incident happened: "a ransomware attack"
# "tried to", "failed to", "unable to" before a theft
HOLDING_LABELS = frozenset({"effort", "prevented", "disrupted"})
HOLDING_REACH = 2  # adverbs between: "tried repeatedly to steal"
OWNER_MODIFIERS = frozenset({"DET", "NUM", "ADJ", "PRON", "PART", "ADV"})  # "of about 40,000"
MEMBERS_REACH = 6  # words from data to its scheme: "of members of its Kelloway Rewards scheme"
DATA_LIST_POS = frozenset({"CCONJ", "NOUN", "ADJ", "PUNCT"})  # "names, birthdays and ..."


def _verb_tense(token: Token, in_title: bool = False) -> Tense | None:
    if token.lower_ == "had":
        if token.tag_ == "VBN":
            return None  # "have had long queues": the participle; its auxiliary tells
        # "had been restored" is earlier than the story's past; "had the lines back by noon"
        # is that past
        return Tense.PLUPERFECT if _before_a_participle(token) else Tense.PAST
    if token.tag_ == "MD":
        return Tense.PAST if token.lower_ in PAST_MODALS else Tense.PRESENT
    if token.tag_ == "VBD":
        return Tense.PAST
    if token.tag_ in {"VBZ", "VBP"}:
        if in_title and token.pos_ != "AUX":
            # the headline's historic present reports an event ("Glitch knocks out tills");
            # an auxiliary states how things stand ("is offline", "has returned"), and so do
            # "remains" and "still", read as current before the verb is
            return Tense.PAST
        return Tense.PRESENT
    return None


def _before_a_participle(auxiliary: Token) -> bool:
    """A past participle follows, past adverbs and a negation: 'had been', 'had not yet
    reopened', 'had quickly restored'."""
    for token in auxiliary.doc[auxiliary.i + 1 :]:
        if token.tag_ == "VBN":
            return True
        if token.pos_ not in {"ADV", "PART"}:
            return False
    return False


CURRENT_LABEL = "current"
CURRENT_HIDERS = ("one_of_many", "generic")  # longer cues a word of now may stand inside


def clause_tense(sentence: Sentence, anchor: int) -> Tense:
    """The tense of the finite verb that governs the token before `anchor`: the nearest one
    before it in its clause ("has been restored", "were suspended", "had been paused"),
    else the first one just after it; a word that places the clause now ("still",
    "remains", "currently") makes it present whatever the verb."""
    doc = sentence.span.doc
    clause = sentence.clause_of(anchor - 1)
    # "the latest in a string of attacks" counts this incident among others: no word of now
    current = [
        cue
        for cue in outermost(sentence.cues_labelled(CURRENT_LABEL, *CURRENT_HIDERS))
        if cue.label == CURRENT_LABEL
    ]
    if any(sentence.clause_of(cue.start) == clause for cue in current):
        return Tense.PRESENT
    for token in reversed(doc[sentence.span.start : anchor]):
        if sentence.clause_of(token.i) != clause:
            break
        tense = _verb_tense(token, sentence.is_title)
        if tense is not None:
            return tense
    for token in doc[anchor : min(anchor + TENSE_LOOKAHEAD, sentence.span.end)]:
        if sentence.clause_of(token.i) != clause:
            break
        tense = _verb_tense(token, sentence.is_title)
        if tense is not None:
            return tense
    if clause:
        opener = sentence.clause_starts[clause - 1]
        if doc[opener].lower_ in {"and", "or"}:  # "was down on Monday and back on Tuesday"
            return clause_tense(sentence, opener)
    return Tense.UNMARKED


NO_STATUS_CUES = ("other_sense", "time_phrase")  # phrases inside which no status is read


def _status_cues(sentence: Sentence) -> list[Cue]:
    """The status words of a sentence, but none inside a phrase in another sense ('offline
    payments' are a way to pay, not a service down) or one that only says when ('payments
    taken during the outage')."""
    return [
        cue
        for cue in outermost(sentence.cues_labelled(*STATUS_BY_CUE, *NO_STATUS_CUES))
        if cue.label not in NO_STATUS_CUES
    ]


def _inside_a_phrase_of_no_status(sentence: Sentence, cue: Cue) -> bool:
    """'offline for most of Saturday': a share of a time says how long, not how much of a
    service is back."""
    return any(
        phrase.start <= cue.start and cue.end <= phrase.end
        for phrase in sentence.cues_labelled(*NO_STATUS_CUES)
    )


def _distance(cue: Cue, start: int, end: int) -> int:
    return max(cue.start - end, start - cue.end, 0)


def _encrypted_by_the_attack(
    sentence: Sentence, cue: Cue, target: Target, is_data: bool, cues: Cues
) -> bool:
    """Whether "encrypted" tells the target was locked by the attack: the object of the
    active verb ("the gang encrypted its file servers and email"), or the subject of the
    passive or what was found so ("files on its servers had been encrypted", "found their
    computers encrypted"), not a thing in another clause ("... and posted files on its leak
    site") nor another's ("the servers of a Leeds hospital"). Not data, which is locked, not
    taken; not a denial ("no servers were encrypted"), a claim ("the hackers claimed they had
    encrypted ...") or what was forestalled ("stopped before any servers were encrypted"),
    none of which says whether the systems work."""
    if is_data or _negated(sentence, cue, target):
        return False
    doc = sentence.span.doc
    clause = sentence.clause_of(cue.start)
    opening = [
        token
        for token in doc[sentence.span.start : cue.start]
        if sentence.clause_of(token.i) == clause
    ]
    if any(
        token.lemma_.lower() in cues.claim_lemmas or token.lower_ in cues.forestalling_words
        for token in opening
    ):
        return False
    if _active_encryption(doc, cue.start):
        between = doc[cue.end : target.start]
        return (
            cue.end <= target.start
            and all(
                token.pos_ in ENCRYPTED_OBJECT_POS
                or token.lower_ in OBJECT_LIST_LINKS
                # a participle describing the noun after it: "the booking servers"
                or (token.tag_ in {"VBG", "VBN"} and doc[token.i + 1].pos_ == "NOUN")
                for token in between
            )
            and not _owned_by_another(doc, target.end, sentence.span.end, cues)
        )
    between = doc[target.end : cue.start]
    return target.end <= cue.start and all(
        token.pos_ in ENCRYPTED_SUBJECT_POS and token.text != "," for token in between
    )


def _active_encryption(doc: Doc, index: int) -> bool:
    """'the gang encrypted ...', 'intruders had encrypted ...': the verb has its object after
    it, where the passive ('servers were encrypted') and 'found them encrypted' have it before."""
    if doc[index].tag_ == "VBD":
        return True
    before = index - 1
    while before >= 0 and doc[before].pos_ in {"ADV", "PART"}:
        before -= 1
    return before >= 0 and doc[before].lower_ in PERFECT_AUXILIARIES


def _owned_by_another(doc: Doc, index: int, end: int, cues: Cues) -> bool:
    """'the servers of a Leeds hospital': an owner named after the thing, by an indefinite
    article, is some other organisation."""
    return (
        index + 1 < end
        and doc[index].lower_ == "of"
        and doc[index + 1].lower_ in cues.other_owner_determiners
    )


OWNER_PHRASE_REACH = 4  # "of one of its building contractors": words after "of" to the noun


def _account_of_another(doc: Doc, target: Target, cues: Cues) -> bool:
    """An account whose owner is another business, a customer or a person in private: named
    after 'of' ('the email account of one of its building contractors', 'the email accounts
    of thousands of its customers'), in a possessive before it ('its builder's email
    account') or told as private ('the personal email account of its leader')."""
    start, end = target.start, target.end
    if start and doc[start - 1].lower_ in cues.private_account_words:
        return True
    if start >= 2 and doc[start - 1].tag_ == POSSESSIVE_TAG:
        # "its builder's email account", "a supplier's"; "the company's" is the business's own
        owner = doc[start - 2]
        pointed = owner.i > 0 and definite_determiner(doc[owner.i - 1])
        return owner.lower_ in cues.other_owner_nouns and not pointed
    if end >= len(doc) or doc[end].lower_ != "of":
        return False
    nominal = {"NOUN", "PROPN"}
    index = end + 1
    while index < min(end + 1 + OWNER_PHRASE_REACH, len(doc)):
        token = doc[index]
        if token.pos_ in nominal:
            head = token  # the phrase's head ends its run of nouns: "building contractors"
            while head.i + 1 < len(doc) and doc[head.i + 1].pos_ in nominal:
                head = doc[head.i + 1]
            following = head.i + 1
            counted = head.lower_ in cues.quantity_nouns
            if counted and following < len(doc) and doc[following].lower_ == "of":
                index = following + 1  # "thousands of its customers": the owners come after
                continue
            return head.lower_ in cues.other_owner_nouns
        index += 1
    return False


def _negated(sentence: Sentence, cue: Cue, target: Target) -> bool:
    """A negation just before the cue ("were not affected"), or the "no" of the mention
    itself, before the cue or after it as its object ("no customer data had been
    affected", "lost no customer data")."""
    is_data = target.entry is not None and target.entry.service in DATA_SERVICES
    if is_data and denies_the_theft(sentence, cue):
        return True
    for negation in sentence.cues_labelled("negation"):
        if negation.text.lower() in BELIEF_DENIALS and not is_data:
            continue  # "no reason to believe the website would be down for long": a hope
        if (
            negation.text.lower() in NOUN_NEGATIONS
            and _modifies(sentence, negation.end, target.start)
            and (target.end <= cue.start or cue.end <= negation.start)
        ):
            return True
        if negation.start >= cue.start and negation.end <= cue.end:
            continue  # the cue phrase already carries its negation ("not affected")
        if sentence.clause_of(negation.start) != sentence.clause_of(cue.start):
            continue
        if negation.text.lower() in EVIDENCE_NEGATIONS:
            if _denies_its_clause(sentence, negation) and cue.start >= negation.end:
                return True
            reach = EVIDENCE_REACH
        else:
            reach = NEGATION_REACH
        if negation.text.lower() in PRIVATIVE_NEGATIONS and any(
            token.pos_ in OBJECT_ENDERS for token in sentence.span.doc[negation.end : cue.start]
        ):
            continue
        if 0 <= cue.start - negation.end <= reach:
            return True
    return False


def denies_evidence_of(sentence: Sentence, cue: Cue) -> bool:
    """'has seen no sign that the intruders launched ransomware': a denial of evidence with
    its own "that" clause covers every cue in it, however many verbs stand between."""
    return any(
        negation.text.lower() in EVIDENCE_NEGATIONS
        and negation.end <= cue.start
        and sentence.clause_of(negation.start) == sentence.clause_of(cue.start)
        and _denies_its_clause(sentence, negation)
        for negation in sentence.cues_labelled("negation")
    )


def denies_the_theft(sentence: Sentence, cue: Cue) -> bool:
    """A denied belief or finding takes the theft the cue tells ('did not believe card
    details had been taken')."""
    return any(
        _denies_the_theft(sentence, denial, cue) for denial in sentence.cues_labelled(BELIEF_DENIAL)
    )


def _denies_the_theft(sentence: Sentence, denial: Cue, cue: Cue) -> bool:
    """'did not believe customers' card details had been taken', 'has not so far found any
    evidence that customer data was stolen': the theft is the predicate of the clause the
    denial takes. Not a theft that clause takes as given, in a relative clause ('do not
    believe the hackers who stole card details were based in the UK') or an adjective
    ('no sign that the stolen card details had been sold'), nor one a denial of time or of
    degree makes a fact ('did not suspect ... until the bank called', 'does not think more
    were taken than the 20,000 it has told')."""
    doc = sentence.span.doc
    if cue.start < denial.end or sentence.clause_of(denial.start) != sentence.clause_of(cue.start):
        return False
    if _describes_a_noun(doc, cue):
        return False  # "stolen card details": an attribute, no predicate
    between = doc[denial.end : cue.start]
    if any(t.tag_ in RELATIVE_TAGS and not _complementizer(t, denial) for t in between):
        return False
    # "until" or "than" in the theft's clause or one that depends on it, not in another
    # clause ("..., and its stores will stay shut until Thursday")
    statement = sentence.clause_with_dependents_of(cue.start)
    if any(
        _makes_a_fact(t, cue)
        for t in doc[denial.end : sentence.span.end]
        if sentence.clause_with_dependents_of(t.i) == statement
    ):
        return False
    return _denies_its_clause(sentence, denial) or cue.start - denial.end <= EVIDENCE_REACH


def _describes_a_noun(doc: Doc, cue: Cue) -> bool:
    """A participle before the noun it describes ('customers' stolen card details', 'the
    stolen data'), not a predicate ('were stolen this time', 'had been taken last week')."""
    before = doc[cue.start - 1] if cue.start else None
    after = doc[cue.end] if cue.end < len(doc) else None
    return (
        before is not None
        and after is not None
        and (before.pos_ in {"DET", "ADJ"} or before.tag_ in POSSESSIVE_TAGS | {POSSESSIVE_TAG})
        and after.pos_ in NOMINAL_POS | {"ADJ"}
    )


def _makes_a_fact(token: Token, cue: Cue) -> bool:
    """'until' ('did not suspect it until the bank called') and a comparison's 'than' ('does
    not think more were taken than the 20,000') make the denied theft a fact, and so does a
    bound on what was taken ('does not believe more than 2,000 card details were taken');
    not a quantity placing it after ('taken at any of its more than 300 stores')."""
    if token.lower_ not in FACT_MAKERS:
        return False
    doc = token.doc
    quantity = token.lower_ == "than" and token.i and doc[token.i - 1].lower_ in COMPARATIVES
    return not (quantity and token.i > cue.end)


def _complementizer(token: Token, denial: Cue) -> bool:
    """The 'that' opening the clause a denial takes: 'did not believe that ...'."""
    return token.i == denial.end and token.lower_ == "that"


def _denies_its_clause(sentence: Sentence, negation: Cue) -> bool:
    """'no evidence that information about members of the public was taken': a denial
    with its own "that" clause covers all of it, however long the subject, and so does
    '"no evidence at this time" that ...'."""
    doc = sentence.span.doc
    # '"no evidence at this time" that ...': a short adverbial or a closing quote between
    for token in doc[negation.end : min(negation.end + DENIAL_THAT_REACH, sentence.span.end)]:
        if token.lower_ == "that":
            return token.tag_ in COMPLEMENTIZER_TAGS  # not "no evidence of that data being ..."
        if token.pos_ in {"VERB", "AUX"}:
            return False
    return False


def _modifies(sentence: Sentence, end: int, start: int) -> bool:
    """Whether a determiner ending at `end` belongs to the noun phrase whose head starts at
    `start`: "no customer payment information" denies the information, "no customer or
    cardholder data", "no pupil and teacher details" and "no IT systems or store systems" both
    kinds of it, and "none of our internal systems" the systems (its own "of" and possessive
    between); "no other clients' data" denies only the rest's, not the data the story tells
    of. "and" joins only mentions ("paid no ransom and its systems were restored" denies no
    return). A possessive after a bare comma opens a new clause ("no warning, our website went
    offline"), where a list goes on ("no names, addresses or card details")."""
    doc = sentence.span.doc
    if start < end:
        return False
    index = end + 1 if end < start and doc[end].lower_ == PARTITIVE_OF else end
    if index < start and doc[index].lower_ in BEYOND_WORDS:
        return False  # "no other clients' data was affected": only the rest's is denied
    conjuncts: list[list[Token]] = [[]]
    joiners: list[str] = []
    for token in doc[index:start]:
        if token.lower_ in NOUN_COORDINATORS:
            conjuncts.append([])
            joiners.append(token.lower_)
        else:
            conjuncts[-1].append(token)
    if MENTION_ONLY_COORDINATORS.intersection(joiners):
        mentioned = {i for span in doc.spans[SERVICE_SPANS] for i in range(span.start, span.end)}
        if any(
            joiner in MENTION_ONLY_COORDINATORS
            and not (conjunct and all(token.i in mentioned for token in conjunct))
            for joiner, conjunct in zip(joiners, conjuncts, strict=False)
        ):
            return False
    # "no warning, our website went offline": a possessive after a bare comma opens a clause,
    # unless a word coordinator closes the list after it ("its data, its website or ...")
    closed_later = [
        any(later in LIST_CLOSERS for later in joiners[position + 1 :])
        for position in range(len(joiners))
    ]
    if any(
        joiner == "," and conjunct and conjunct[0].tag_ in POSSESSIVE_TAGS and not closed
        for joiner, conjunct, closed in zip(joiners, conjuncts[1:], closed_later, strict=True)
    ) and not _a_list_goes_on(doc, start, sentence.span.end):
        return False
    # an earlier conjunct holds its own head beside its modifiers: "the trust's website nor"
    heads = [1] * (len(conjuncts) - 1) + [0]
    return all(
        len(conjunct) <= NOUN_PHRASE_REACH + head
        and all(
            t.pos_ in NOUN_MODIFIERS or t.tag_ in POSSESSIVE_TAGS or t.tag_ == "POS"
            for t in conjunct
        )
        for conjunct, head in zip(conjuncts, heads, strict=True)
    )


def _a_list_goes_on(doc: Doc, start: int, end: int) -> bool:
    """Whether a word coordinator follows a noun phrase before any verb: 'its website or its
    helpline were affected'."""
    for token in doc[start : min(start + LIST_REACH, end)]:
        if token.pos_ in {"VERB", "AUX"}:
            return False
        if token.lower_ in LIST_CLOSERS:
            return True
    return False


def _opener_of_phrase(
    doc: Doc,
    start: int,
    floor: int,
    reach: int,
    openers: frozenset[str],
    passed: frozenset[str] = frozenset(),
) -> int | None:
    """Where one of `openers` stands before the noun phrase that ends at `start` ("including
    their card details", "before the ransomware attack"), within `reach` words and not
    before `floor`, past modifiers and the `passed` words; None when the words before are
    no noun phrase."""
    for index in range(start - 1, max(floor, start - reach) - 1, -1):
        token = doc[index]
        if token.lower_ in openers:
            return index
        if token.pos_ not in NOUN_MODIFIERS and token.lower_ not in passed:
            return None
    return None


def _an_example(sentence: Sentence, start: int) -> bool:
    """A mention that gives an example of the data named just before it ('no customer
    data, including payment details, was taken'): that data carries the status. An example
    of something else ('files, including delivery addresses') is data in its own right."""
    doc, first = sentence.span.doc, sentence.span.start
    opener = _opener_of_phrase(doc, start, first, EXAMPLE_REACH, EXAMPLE_OPENERS, AS)
    if opener is None:
        return False
    head = opener - 2 if doc[opener - 1].text == "," else opener - 1
    return head >= first and doc[head].lower_ in DATA_HEADS


def _past_tense(sentence: Sentence) -> bool:
    return any(token.tag_ in {"VBD", "VBN"} for token in sentence.span)


PRESENT_TENSES = frozenset({"VBZ", "VBP"})
CONDITIONS = frozenset({"until", "till", "unless", "once"})  # a return still to come
MODAL_TAG = "MD"
# "weeks before gift cards can be used again", "asking when they can be used again"
MODAL_AWAITERS = frozenset({"before", "when", "whether", "if"})
# "could be used again within days", "after the system is checked", "once it relaunches"
AWAITED_AFTER = frozenset({"within", "after", "once", "when", "until"})
DURING = frozenset({"while", "whilst"})  # what went on during something else the clause tells
# in the present tense, a return after these is to come too ("long after the website is
# fixed", "when the app is back"), except in a headline's present for the past
FUTURE_TIMES = frozenset({"after", "when"})
CONDITION_REACH = 6  # "unless the online gift card shop returns": from the word to the return


def _passive_use_told_of_another(sentence: Sentence, cue: Cue, span: Target) -> bool:
    """'Gift cards can be used again': a passive of use with a modal tells the return of its
    subject, the service before it; a service after it is where or how something else is
    used ('card numbers could be used again for online purchases', 'vouchers can be used
    again on the university's website'), 'by' after it names other users ('can be used
    again by criminals'), and a time or a condition after it tells a return still to come
    ('could be used again within days', 'once the scheme relaunches')."""
    doc = sentence.span.doc
    words = {token.lower_ for token in doc[cue.start : cue.end]}
    if doc[cue.start].tag_ != MODAL_TAG or "be" not in words or doc[cue.end - 1].lower_ != "again":
        return False
    if span.start >= cue.end:
        return True
    if cue.end < len(doc) and doc[cue.end].lower_ in AWAITED_AFTER:
        return True  # a day after it is read as any return's is ("from today", "next week")
    # "by criminals", not "by Friday"
    return (
        cue.end + 1 < len(doc)
        and doc[cue.end].lower_ == "by"
        and doc[cue.end + 1].ent_type_ not in WHEN_ENTITIES
    )


def _awaited_return(sentence: Sentence, clause: int, cue: Cue) -> bool:
    """A return in the present tense after 'once', 'unless', 'until' is what another thing
    waits for ("once the website returns", "until the tills work again"), and so is one
    after 'after' or 'when' outside a headline ("long after the website is fixed");
    "once systems were restored" told one."""
    doc = sentence.span.doc
    opening, _ = sentence.clause_bounds(clause)
    verb = next((t for t in doc[cue.start : cue.end] if t.pos_ in {"VERB", "AUX"}), None)
    if cue.start > opening:
        # "after the app is fixed", "when the app was available again", "once it was working
        # again": the finite verb stands before the cue
        before_cue = doc[cue.start - 1]
        participle = verb is not None and verb.tag_ == "VBN"
        verbless = (verb is None or verb.tag_ == "VBG") and before_cue.pos_ == "AUX"
        if participle or verbless:
            verb = before_cue
    before = doc[max(opening, cue.start - CONDITION_REACH) : cue.start]
    if verb is not None and verb.tag_ == "VBD":
        return _awaited_in_the_past(sentence, before)
    modal = verb is not None and verb.tag_ == MODAL_TAG  # "until gift cards can be used again"
    if verb is None or (verb.tag_ not in PRESENT_TENSES and not modal):
        return False
    if any(t.lower_ in CONDITIONS or (modal and t.lower_ in MODAL_AWAITERS) for t in before):
        return True
    # "long after the app is fixed", not "After a fix, the app works again": the return is
    # inside the clause 'after' opens, with no comma between
    return not sentence.is_title and any(
        t.lower_ in FUTURE_TIMES and not any(u.is_punct for u in doc[t.i + 1 : cue.start])
        for t in before
    )


TIME_CLAUSE_REACH = 10  # "while its warehouse management and ordering systems were brought back"


def _the_time_of_another_state(sentence: Sentence, cue: Cue, cues: Cues) -> bool:
    """A return in a clause that 'while' or 'as' opens after another clause tells how long
    that other state lasts, when it is told in the passive, the progressive or the present
    ("deliveries were delayed while its systems were brought back", "as systems are brought
    back", "opening hours are limited as its stores reopen") or the other state is still to
    come ("would post updates as stores reopened"): a return under way, not one done. A return
    told as an event past is done ("shoppers cheered as card payments came back"); nor after a
    comma ("The website is back, while the app is not": a contrast), nor 'as' with no subject of
    its own ("working as normal"), nor a verb joined to the main clause past the time clause
    ("... while it was checked and has since resumed")."""
    doc = sentence.span.doc
    before = doc[max(sentence.span.start, cue.start - TIME_CLAUSE_REACH) : cue.start]
    opener = next((t for t in reversed(before) if t.lower_ in cues.time_clause_openers), None)
    if opener is None or opener.tag_ != "IN" or opener.i == sentence.span.start:
        return False
    if doc[opener.i - 1].is_punct:
        return False
    between = doc[opener.i + 1 : cue.start]
    if any(t.is_punct or _joins_a_predicate(t) for t in between):
        return False  # "... while the tool was checked and has since resumed": its own verb
    if not any(t.pos_ in NOMINAL_POS or t.pos_ == "PRON" for t in between):
        return False
    told = doc[opener.i + 1 : cue.end]
    # "were brought back", "is being rebuilt", "as its stores reopen": not "came back"
    under_way = any(t.lower_ in COPULA_FORMS or t.tag_ in PRESENT_TENSES for t in told)
    # "would post updates as stores reopened": a state to come lasts till the return ends
    to_come = any(c.label == "expected" and c.start < opener.i for c in sentence.cues) or any(
        t.tag_ == "MD" for t in doc[sentence.span.start : opener.i]
    )
    return under_way or to_come


def _joins_a_predicate(token: Token) -> bool:
    """'and has since resumed', 'but is working again': a conjunction before an auxiliary, a
    finite verb or a subject joins another predicate, where 'warehouse and ordering systems'
    joins nouns and 'was checked and restored' two participles of one passive."""
    if token.pos_ != "CCONJ" or token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    if after.pos_ == "ADV" and token.i + 2 < len(token.doc):
        after = token.doc[token.i + 2]
    # "and has since resumed", "and it has since resumed"; not "was checked and restored",
    # whose participle shares the passive
    return after.pos_ in {"AUX", "PRON"} or after.tag_ in FINITE_TAGS


def _awaited_in_the_past(sentence: Sentence, before: Span) -> bool:
    """'said it would tell customers when the app was available again': told in the past, a
    return after 'when' or 'once' that a future in the past ('would') waits for is still to
    come; 'reopened when the fix was applied' told one."""
    doc = sentence.span.doc
    opener = next((t for t in reversed(before) if t.lower_ in CONDITIONS | FUTURE_TIMES), None)
    if opener is None or opener.i <= sentence.span.start:
        return False
    # the clause the time clause depends on, not a "would" told earlier in the sentence
    # ("had warned that orders would be late, and shoppers could order again once ..."),
    # and no day the return was told on ("... once the app was working again on Tuesday")
    start, _ = sentence.clause_bounds(sentence.clause_of(opener.i - 1))
    _, end = sentence.clause_bounds(sentence.clause_of(opener.i + 1))
    dated = any(t.ent_type_ in {"DATE", "TIME"} for t in doc[opener.i + 1 : end])
    return not dated and any(t.lower_ in FUTURE_IN_THE_PAST for t in doc[start : opener.i])


FUTURE_IN_THE_PAST = frozenset({"would", "'d"})


def _until_after(sentence: Sentence, cue: Cue) -> bool:
    """'until' after the return's verb, also inside its cue ("be back until")."""
    return any(
        token.lower_ in {"until", "till", "before"}
        for token in sentence.span.doc[cue.start + 1 : sentence.span.end]
    )


def _in_owner_name(token: Token) -> bool:
    """A word of the owner's name before its stores: 'in all Brindle & Co stores'."""
    return token.pos_ == "PROPN" or token.text == "&" or token.tag_ == "POS"


def _is_location(doc: Doc, span: Span, sentence: Sentence, speech_verbs: frozenset[str]) -> bool:
    """'at most stores', 'in all Brindle & Co stores', 'restock its stores', 'the store's
    sales': not the stores as a service."""
    if span.end < len(doc) and (doc[span.end].tag_ == "POS" or doc[span.end].pos_ == "NOUN"):
        return True  # "the store's sales", "store brand cards", "department store group"
    index = span.start - 1
    while index >= sentence.span.start and (
        doc[index].pos_ in DETERMINERS or _in_owner_name(doc[index])
    ):
        index -= 1
    if index < sentence.span.start:
        return False
    token = doc[index]
    if token.lower_ in LOCATIVE:
        # "continue shopping at its stores" speaks of the stores themselves
        return not (index > 0 and doc[index - 1].lemma_.lower() in {"shop", "visit"})
    status_tokens = {
        i for cue in sentence.cues_labelled(*STATUS_BY_CUE) for i in range(cue.start, cue.end)
    }
    # "restock its stores" is an object; "said its stores remain open" is a new clause's subject
    return (
        token.pos_ == "VERB"
        and token.i not in status_tokens
        and token.lemma_.lower() not in speech_verbs
    )


def _organization_names(doc: Doc) -> list[Span]:
    """The organisations' names the rules found and those the model tags as ORG."""
    return [*doc.spans[ORG_SPANS], *(e for e in doc.ents if e.label_ == "ORG")]


def _select_spans(doc: Doc) -> list[Span]:
    """Longest service mentions first; none that lies inside an organisation's name
    ("Stop & Shop"), though one may contain a name ("orders via the M&S.com website") or be
    all of one the model tags ("Kelloway Rewards", a scheme named by its brand)."""
    names = _organization_names(doc)
    spans = sorted(doc.spans[SERVICE_SPANS], key=lambda s: (-(s.end - s.start), s.start))
    taken: set[int] = set()
    kept = []
    for span in spans:
        if taken.intersection(range(span.start, span.end)) or any(
            name.start <= span.start and span.end <= name.end and len(name) > len(span)
            for name in names
        ):
            continue
        taken.update(range(span.start, span.end))
        kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def _applies(
    sentence: Sentence,
    cue: Cue,
    is_data: bool,
    target: Target,
    holds_accounts: bool,
    cues: Cues,
) -> bool:
    """Data is compromised ("stolen", "affected") or safe; only services are paused or back,
    and of them only accounts are compromised ("hackers accessed 12,000 customer accounts").
    Not data that cannot be used ("unable to exchange ordering data", "cannot be accessed"):
    an inability speaks of a service's use, not of a theft; nor data that attackers in
    general steal ("gangs often sell stolen data"), which tells of no one incident. A verb
    of loss over a service ("lost access to its systems") tells it down (_disabled); access
    to data lost ("staff lost access to customer data") tells no theft."""
    if not is_data:
        if cue.label == "unaffected" and _a_holding_kept_safe(sentence, cue, target, cues):
            return False
        return (
            cue.label != "compromised"
            or _disabled(sentence, cue, target, cues)
            or (
                holds_accounts
                and _reaches(sentence, cue, target)
                and not _habitual(sentence, cue, cues.speech_verbs)
                and not (
                    target.entry is not None
                    and target.entry.service is Service.INTERNAL_SYSTEMS
                    and _account_of_another(sentence.span.doc, target, cues)
                )
            )
        )
    if _kept_for_a_trade(sentence, cue, target, cues):
        return False
    if cue.label == "disrupted":
        first = sentence.span.doc[cue.start]
        return not (
            first.tag_ == "MD"
            or first.lower_ in INABILITY_WORDS
            # "left staff without access to customer records": the use of the data, not it
            or _the_use_of(sentence, target, cues) is not None
            or _acts_on_another(sentence, cue, target)
        )
    if cue.label == "compromised":
        return not (
            _habitual(sentence, cue, cues.speech_verbs) or _use_lost_by(sentence, cue, target, cues)
        )
    return cue.label == "unaffected"


INABILITY_OBJECT_REACH = 3  # "unable to take card payments": words from the cue to the object


def _unable_to_use_another(sentence: Sentence, cue: Cue, target: Target) -> bool:
    """'Pharmacies ... after an attack left them unable to take card payments': an inability
    after the mention whose verb takes another service as its object tells of that service,
    not of the mention before it."""
    doc = sentence.span.doc
    if cue.label != "disrupted" or cue.start < target.end:
        return False
    # "left shoppers without contactless payments": what is gone follows the word itself
    deprived = cue.text.lower() == DEPRIVING_WORD
    if not deprived and not any(t.lower_ in INABILITY_WORDS for t in doc[cue.start : cue.end]):
        return False
    own = target.entry.service.value if target.entry is not None else None
    first = cue.end if deprived else cue.end + 1
    return any(
        first <= other.start <= cue.end + INABILITY_OBJECT_REACH
        and other.end <= sentence.span.end
        and other.label_ not in {own, Service.STORES.value}  # "unable to reach stores": where
        for other in doc.spans[SERVICE_SPANS]
    )


def _a_holding_kept_safe(sentence: Sentence, cue: Cue, target: Target, cues: Cues) -> bool:
    """'Gift card balances are safe', 'every penny on your gift card is safe': the value
    people hold in a service said safe is kept, which tells nothing of the service working
    (a scheme paused stays paused). The holding is the head of the noun phrase the service's
    mention opens or is, or the noun it hangs from ('penny on your gift card'), and the
    cue's last word one of safety."""
    doc = sentence.span.doc
    if cue.start < target.end or doc[cue.end - 1].lower_ not in cues.safety_words:
        return False
    head = target.end - 1
    while head + 1 < cue.start and doc[head + 1].pos_ in NOMINAL_POS:
        head += 1
    if doc[head].lower_ in cues.holding_nouns:
        return True
    link = target.start - 1
    while link > sentence.span.start and doc[link].tag_ in HOLDER_MODIFIER_TAGS:
        link -= 1
    return (
        link > sentence.span.start
        and doc[link].lower_ in cues.holding_links
        and doc[link - 1].lower_ in cues.holding_nouns
    )


# between a holding's link and its service: "every penny on your new gift card"
HOLDER_MODIFIER_TAGS = frozenset({"DT", "PRP$", "JJ", "POS", "NN", "NNS"})


def _kept_for_a_trade(sentence: Sentence, cue: Cue, target: Target, cues: Cues) -> bool:
    """'A ransomware attack hit Harbor Cloud, which stores data for 200 law firms': data
    named in a relative clause that tells what the business does with it is its trade; a
    cue told before the clause opens reaches no data of it."""
    doc = sentence.span.doc
    start = max(sentence.span.start, target.start - TRADE_REACH)
    for index in range(target.start - 1, start, -1):
        token = doc[index]
        if token.lemma_.lower() in cues.trade_data_verbs and token.pos_ == "VERB":
            opener = doc[index - 1] if index > sentence.span.start else None
            return (
                opener is not None
                and opener.lower_ in TRADE_CLAUSE_OPENERS
                and cue.start < opener.i
                and _names_a_business(doc[opener.i - 1], cues)
            )
    return False


def _names_a_business(before: Token, cues: Cues) -> bool:
    """The clause's antecedent is an organisation ('Harbor Cloud, which ...', 'a payroll
    firm that ...'), not an IT thing whose data an intrusion reaches ('a database that
    stores customers' details')."""
    doc = before.doc
    business_words = cues.business_anaphora_heads | cues.anaphora_heads
    if before.text == "," and before.i > 0:
        # "Harbor Cloud, which ...", "the company, which ...", "Harbor Cloud (HC), which ..."
        head = doc[before.i - 1]
        return head.pos_ == "PROPN" or head.text == ")" or head.lower_ in business_words
    if before.pos_ == "PROPN":
        # "Harbor Cloud which stores data"; not "servers at Harlow Foods that hold customer
        # data", where the name places the servers
        return before.i + 1 < len(doc) and doc[before.i + 1].lower_ != "that"
    return before.lower_ in business_words


TRADE_REACH = 8  # "which handles the personal details of 2 million workers"
TRADE_CLAUSE_OPENERS = frozenset({"which", "that", "who"})


def _disabled(sentence: Sentence, cue: Cue, target: Target, cues: Cues) -> bool:
    """'lost access to its IT systems', 'lost its phone lines for two days', 'lost the use of
    its tills': a verb of loss whose object is a service that is no data made it unusable,
    where over data it tells a theft ('lost the personal details of 2 million customers').
    Only its object, or a list of services it opens ('lost its phone lines and email'):
    'lost $1.9m to an email scam', 'lost money to an email scam' and 'lost its chief
    executive and its website provider' lost no service; nor did the attackers lose
    one ('the gang later lost access to its servers'). The passive ('its phone lines were
    lost') is left unread."""
    doc = sentence.span.doc
    if (
        doc[cue.start].lemma_ not in cues.disabling_lemmas
        or cue.end > target.start
        or _subject_is_an_attacker(sentence, cue, cues)
    ):
        return False
    listed = False  # past the first noun of a list, where "to" or "of" no longer lead on
    for token in doc[cue.end : target.start]:
        if token.lower_ in cues.disabling_links and not listed:
            continue
        if token.pos_ in {"NOUN", "PROPN"}:
            if not listed and not _in_a_service(doc, token.i):
                return False  # "lost its chief executive and its website"
            listed = True
        elif not (token.pos_ in LOSS_OBJECT_POS or (listed and token.pos_ in LIST_POS)):
            return False
    return True


BEFORE_AN_OBJECT_POS = frozenset({"DET", "ADJ", "ADV", "NUM"})
QUOTE_TAGS = frozenset({"``", "''"})  # 'affecting "a very small number" of sessions'


def _acts_on_another(sentence: Sentence, cue: Cue, target: Target) -> bool:
    """A verb of trouble after the data with an object of its own ('other people's details,
    which it called a display fault affecting a very small number of sessions') tells what
    it hit, not the data; a time after it ('were affected last week') is no object."""
    doc = sentence.span.doc
    if cue.start < target.end or doc[cue.end - 1].pos_ != "VERB":
        return False
    for token in doc[cue.end : sentence.span.end]:
        if token.ent_type_ in WHEN_ENTITIES:
            return False
        if token.pos_ not in BEFORE_AN_OBJECT_POS and token.tag_ not in QUOTE_TAGS:
            return token.pos_ in SUBJECT_WORDS
    return False


def _the_use_of(sentence: Sentence, target: Target, cues: Cues) -> Token | None:
    """The noun of use whose object the data is ('access to its patient records', 'the use
    of its records'): a trouble over it ('left staff without access to patient records')
    puts the data out of use and takes none."""
    doc = sentence.span.doc
    index = target.start - 1
    while index > sentence.span.start and doc[index].pos_ in LOSS_OBJECT_POS:
        index -= 1
    if index <= sentence.span.start or doc[index].pos_ != "ADP":
        return None
    link, noun = doc[index], doc[index - 1]
    if {link.lower_, noun.lower_} <= cues.disabling_links and noun.pos_ == "NOUN":
        return noun
    return None


def _use_lost_by(sentence: Sentence, cue: Cue, target: Target, cues: Cues) -> bool:
    """The cue is the verb of loss before the data's noun of use: 'staff lost access to
    customer data for three days', 'lost the use of its records' lost the use, not the
    data; 'lost a laptop holding access codes and customer data' lost the data."""
    use = _the_use_of(sentence, target, cues)
    if use is None:
        return False
    doc = sentence.span.doc
    index = use.i - 1
    while index > sentence.span.start and doc[index].pos_ == "DET":
        index -= 1  # "lost the use of"
    return cue.start <= index < cue.end and doc[index].lemma_ in cues.disabling_lemmas


POSTMODIFIER_TAGS = frozenset({"VBN", "JJ"})  # "the hackers involved", "the attackers responsible"


def _subject_is_an_attacker(sentence: Sentence, cue: Cue, cues: Cues) -> bool:
    """The subject of the cue's verb, the noun right before its verb group, is an attacker:
    'the gang later lost access to its servers', 'the attackers had come back in its
    network': their loss or return is none of the business's. Not a noun another verb takes
    ('the weakness that let the attackers in had been fixed', 'the servers the attackers
    locked came back'), nor the agent of a participle ('encrypted by the hackers'); a
    pronoun or a name stands for someone else ('Hastings Group lost access')."""
    doc = sentence.span.doc
    index = before_the_verb_group(doc, cue.start, sentence.span.start)
    if index > sentence.span.start and doc[index].tag_ in POSTMODIFIER_TAGS:
        index -= 1  # "the hackers involved lost access"
    subject = doc[index]
    if subject.pos_ != "NOUN" or subject.lower_ not in cues.attacker_subjects:
        return False
    before = _word_before_the_phrase(subject)
    return before is None or before.lower_ != "by"


def _in_a_service(doc: Doc, index: int) -> bool:
    return any(span.start <= index < span.end for span in doc.spans[SERVICE_SPANS])


def _reaches(sentence: Sentence, cue: Cue, target: Target) -> bool:
    """The cue reaches the target itself: before it, with no noun between them but a count
    or an owner ('got into 20,000 online accounts', 'took over hundreds of member accounts',
    'signed in to 3,000 shoppers' accounts'); after it, when no preposition makes the
    target say whose data ('member accounts on its booking website were broken into'; not
    'the details of 40,000 customer accounts were stolen'). 'Stole data on 37 million
    customer accounts' reaches data: the accounts only count whose it was."""
    doc = sentence.span.doc
    if cue.end <= target.start:
        return not any(
            token.pos_ in {"NOUN", "PROPN"}
            and not doc.vocab[token.lemma_].like_num
            and doc[token.i + 1].tag_ != POSSESSIVE_TAG  # "3,000 shoppers' online accounts"
            for token in doc[cue.end : target.start]
        )
    before = target.start - 1
    while before > sentence.span.start and doc[before].pos_ in OWNER_MODIFIERS:
        before -= 1
    return doc[before].pos_ != "ADP"


def _spared_a_break_in(sentence: Sentence, cue: Cue, target: Target) -> bool:
    """'its own systems had not been hacked', 'nobody got into our systems': a denial that the
    systems were broken into says they were spared, told by a negated break-in or by a
    denial's participle after them; not 'the outage of its systems was not a cyber attack',
    which names the event. (A break-in itself gives a service no state: an intrusion is
    not an outage.)"""
    if target.entry is None or target.entry.service is not Service.INTERNAL_SYSTEMS:
        return False
    if cue.label == "compromised":
        return _negated(sentence, cue, target)
    return (
        cue.label == "type_attack_denied"
        and cue.start >= target.end
        and sentence.span.doc[cue.end - 1].tag_ == "VBN"
    )


def _habitual(sentence: Sentence, cue: Cue, speech_verbs: frozenset[str]) -> bool:
    """A theft told in the simple present of no one in particular, outside the headline, is
    what attackers do, not what happened here: "attackers increasingly steal data first",
    "gangs sell stolen data". A named subject or a "now" ("the Nightfang gang now publishes
    stolen data"), a present speech verb ("confirms data stolen") and an auxiliary ("have
    stolen") report."""
    if sentence.is_title:
        return False
    doc = sentence.span.doc
    clause = sentence.clause_of(cue.start)
    if any(sentence.clause_of(c.start) == clause for c in sentence.cues_labelled(CURRENT_LABEL)):
        return False
    for token in reversed(doc[sentence.span.start : cue.end]):
        if sentence.clause_of(token.i) != clause:
            return False
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        if token.i >= cue.start and token.tag_ in {"VBN", "VBG"}:
            continue  # the cue itself as a participle: look for the verb that governs it
        if token.tag_ not in {"VBP", "VBZ"} or token.pos_ != "VERB":
            return False
        start = sentence.clause_bounds(clause)[0]
        if clause and not any(t.pos_ in SUBJECT_WORDS for t in doc[start : token.i]):
            # "... and publishes stolen data": the verb shares the clause before's subject
            start = sentence.clause_bounds(sentence.clause_before(clause))[0]
        if any(start <= c.start < token.i for c in sentence.cues_labelled(CURRENT_LABEL)):
            return False  # "the gang now lists ... and publishes": this gang, now
        subject = doc[start : token.i]
        return token.lemma_.lower() not in speech_verbs and not any(
            t.pos_ == "PROPN" for t in subject
        )
    return False


# between a verb and its object: "its", "the five", "affected" (a participle)
OBJECT_MODIFIER_POS = frozenset({"DET", "ADJ", "NUM", "VERB", "PRON"})
QUESTION_WORDS = frozenset({"when", "whether", "how", "if"})


def _opens_with_question(sentence: Sentence, clause: int) -> bool:
    """A clause that opens with a question word is the subject of what is unclear about it:
    "When the website will be back remains unclear"."""
    start = sentence.clause_bounds(clause)[0]
    words = [t for t in sentence.span.doc[start : sentence.span.end] if not t.is_punct]
    return bool(words) and words[0].lower_ in QUESTION_WORDS


class Reading(NamedTuple):
    status: Status | None
    negated_compromise: bool = False
    scope: str | None = None
    anchor: int = 0  # the token after the words that gave the status (for its tense)
    # told down only by an effort to bring it back ("working to restore it"): a state that
    # yields to any other the article tells of the service
    sought: bool = False
    # a website or app named as where another service came back ("gift cards can be used
    # again on its website"): its own return only if the article told it down
    channel: bool = False


NO_READING = Reading(None)


def _stopped_by_a_failure(sentence: Sentence, cue: Cue, in_clause: list[Cue]) -> bool:
    """'A fault in its payment system stopped card payments', 'a power failure shut its
    stores': a shutdown whose subject is a failure is the failure's disruption, no pause
    anyone chose. The failure is the verb's subject: before it in its clause, with no finite
    verb, pronoun or comma between ('after a fault, it shut its stores' chose to), the
    verb's own auxiliaries and a participle's or relative's aside set off by two commas
    aside ('a faulty update to its app, released on Monday, had stopped the app from
    opening'); or the passive's agent ('deliveries halted by an IT outage')."""
    doc = sentence.span.doc
    verb = cue.start
    while verb > sentence.span.start and doc[verb - 1].pos_ == "AUX":
        verb -= 1
    failures = [c for c in in_clause if c.label == OUTAGE_LABEL]
    if any(_the_agent_after(doc, cue, failure) for failure in failures):
        return True  # "deliveries halted by an IT outage"
    return any(
        failure.end <= verb
        and not any(
            token.tag_ in FINITE_TAGS or token.tag_ == "PRP" for token in doc[failure.end : verb]
        )
        and _no_comma_but_an_aside(doc, failure.end, verb)
        for failure in failures
    )


def _disabled_by_an_attack(sentence: Sentence, cue: Cue, in_clause: list[Cue]) -> bool:
    """'A ransomware attack disabled its tills', 'its tills were disabled by the attack': the
    attack is the subject of the verb of disabling, right before its verb group, or the
    passive's agent; not an attack before the one who chose ('after the attack the retailer
    disabled its app'). ('A cyber attack took its website offline' stays a pause: news says
    so of the shutdowns a business makes in answer.)"""
    doc = sentence.span.doc
    verb = cue.start
    while verb > sentence.span.start and doc[verb - 1].pos_ in ("AUX", "ADV"):
        verb -= 1
    return any(
        c.label == INCIDENT_LABEL and (c.end == verb or _the_agent_after(doc, cue, c))
        for c in in_clause
    )


def _disables_another_thing(sentence: Sentence, cue: Cue, span: Target, cues: Cues) -> bool:
    """A verb of disabling that tells nothing of this service: the attackers' method ('the
    attackers disabled its security software'), or a disabling of something else (see
    _deactivates)."""
    if sentence.span.doc[cue.start].lemma_ not in cues.deactivating_lemmas:
        return False
    return _subject_is_an_attacker(sentence, cue, cues) or not _deactivates(sentence, cue, span)


def _deactivates(sentence: Sentence, cue: Cue, span: Target) -> bool:
    """A verb of disabling told done pauses what it takes: its object ('disabled online
    ordering', 'deactivated its customer support phone lines') or its passive subject ('its
    click and collect service has been deactivated'). Not a service after a preposition
    ('disabled the chat product across its websites', 'the malware was disabled in all its
    restaurants'), particular things of it ('the fraudulently bought gift cards', 'the online
    accounts of 200 customers'), nor a disabling to come or advised ('will deactivate its old
    loyalty cards', 'advised customers to disable one-click payments')."""
    doc = sentence.span.doc
    if doc[cue.start].tag_ == BARE_VERB_TAG:
        return False
    if span.start < cue.start:
        # the passive's subject, before its auxiliaries: "its app has been disabled"; not a
        # name before an active verb ("Harwood Stores has disabled its app")
        between = doc[span.end : cue.start]
        return (
            doc[cue.start].tag_ == "VBN"
            and bool(between)
            and all(token.pos_ in ("AUX", "ADV", "NOUN") for token in between)  # "service"
            and any(token.lower_ in COPULA_FORMS for token in between)
        )
    if span.end < sentence.span.end and (
        doc[span.end].lower_ == "of"
        or doc[span.end].tag_ in RELATIVE_TAGS
        or doc[span.end].tag_ == "VBN"
        or doc[span.end].lower_ == "that"
    ):
        return False  # "the accounts that were accessed", "the gift cards bought with ..."
    return not any(
        token.pos_ in ("ADP", "ADV", "VERB", "NUM") or token.tag_ == POSSESSIVE_TAG
        for token in doc[cue.end : span.start]
    )  # "deactivated 300 residents' online accounts", "affected members' cards": some only


def _bare_faults(sentence: Sentence, clause: int, cues: Cues) -> list[Cue]:
    """A bare fault told as one in the clause ('A fault at the processor stopped card
    payments'), read as the failure it names: no incident cue of its own, as 'at fault' and
    'not its fault' are no failures."""
    return [
        Cue(OUTAGE_LABEL, token.i, token.i + 1, token.text)
        for token in sentence.bare_faults_told_as_one(cues)
        if sentence.clause_of(token.i) == clause
    ]


ASIDE_OPENER_TAGS = frozenset({"VBN", "VBG", "WDT"})  # ", released on Monday,", ", which ..."


def _no_comma_but_an_aside(doc: Doc, start: int, end: int) -> bool:
    """No comma between the failure and its stop, or two that enclose a participle's or a
    relative's aside ('a faulty update, released on Monday, had stopped ...'); 'after a
    faulty update, on the advice of its bank, managers stopped ...' parts them."""
    commas = [token.i for token in doc[start:end] if token.text == ","]
    if not commas:
        return True
    return len(commas) == 2 and doc[commas[0] + 1].tag_ in ASIDE_OPENER_TAGS


AGENT_REACH = 3  # "halted by a sudden IT outage": words from "by" to the failure


def _the_agent_after(doc: Doc, cue: Cue, failure: Cue) -> bool:
    """The failure as the passive's agent, right after the stop's 'by'."""
    return (
        cue.end < len(doc)
        and doc[cue.end].lower_ == "by"
        and 0 < failure.start - cue.end <= AGENT_REACH
    )


STOP_LEMMA = "stop"  # "tills stopped taking card payments": a machine's stop


def _a_stop_chosen(sentence: Sentence, cue: Cue, in_clause: list[Cue]) -> bool:
    """'Its tills stopped taking card payments as a precaution': a machine's stop that a pause
    word of its clause says was chosen ('as a precaution') is a pause, no failure."""
    doc = sentence.span.doc
    if not any(doc[i].lemma_.lower() == STOP_LEMMA for i in range(cue.start, cue.end)):
        return False
    return any(
        other.label == "suspended" and not (cue.start <= other.start and other.end <= cue.end)
        for other in in_clause
    )


def _sought_by_an_effort(cue: Cue, in_clause: list[Cue]) -> bool:
    """'to contain the attack', 'working to restore it': an effort opens the return."""
    return any(
        c.label == "effort" and c.start < cue.start and c.governs(cue.start, cue.end)
        for c in in_clause
    )


def _named_as_sought(sentence: Sentence, span: Target, in_clause: list[Cue], cues: Cues) -> bool:
    """'working to restore its online shop', 'trying to get the tills back': the service is
    the object of a verb of return that an effort told as going on now seeks. Not a pronoun
    ('it had acted quickly to contain the incident': the company); not what is sought beside
    the service ('to restore confidence in its card payments', 'dividend payments', 'gift card
    balances', 'the accounts of 200 customers', 'its loyalty scheme later this year'); not an
    attempt told done or a past one ('tried to restore the website on Tuesday', 'a year ago
    it was struggling to restore it'), nor one under a modal ('customers may need to restart
    the app'), which do not say the service is down now (see _effort_told_now)."""
    doc = sentence.span.doc
    if doc[span.start].pos_ == "PRON" or sentence.outside_voice:
        return False
    if _owned_by_others(doc, span.start, sentence.span.start, cues):
        return False  # "companies are usually working to restore their websites"
    verb = _verb_taking(doc, span.start, sentence.span.start)
    if verb is None or verb.lemma_ not in cues.sought_return_verbs:
        return False
    if not _ends_its_object(doc, span, sentence.span.end):
        return False
    return any(
        c.label == "effort"
        and c.start < verb.i
        and c.governs(span.start, span.end)
        and _effort_told_now(sentence, c, cues)
        and not _subject_is_an_attacker(sentence, c, cues)  # "the gang was trying to restore"
        for c in in_clause
    )


SOUGHT_OBJECT_MODIFIER_POS = frozenset({"DET", "PRON", "NUM", "ADJ"})
NOW_AUXILIARIES = frozenset({"is", "are", "am", "'s", "'re"})
HAVING_AUXILIARIES = frozenset({"has", "have", "'s", "'ve"})
PAST_PROGRESSIVE_AUXILIARIES = frozenset({"was", "were"})
TIME_OPENERS = frozenset({"by", "within", "later"})


def _owned_by_others(doc: Doc, start: int, floor: int, cues: Cues) -> bool:
    """'their websites': a mention that opens on, or follows, a possessive of others."""
    return doc[start].lower_ in cues.others_possessives or (
        start > floor and doc[start - 1].lower_ in cues.others_possessives
    )


def _verb_taking(doc: Doc, start: int, floor: int) -> Token | None:
    """The verb whose object begins at `start`, past its determiners, adjectives and an
    owner ('restore the hospital's computer systems'); None when a noun, a preposition or a
    participle comes first ('confidence in its card payments', 'dividend payments', 'the
    fraudulently bought gift cards')."""
    index = start - 1
    while index > floor:
        token = doc[index]
        if token.tag_ == POSSESSIVE_TAG:
            index -= 1
            while index > floor and doc[index].pos_ in ("NOUN", "PROPN"):
                index -= 1
            continue
        if token.pos_ in SOUGHT_OBJECT_MODIFIER_POS and token.tag_ not in PARTICIPLE_TAGS:
            index -= 1
            continue
        break
    token = doc[index]
    return token if token.pos_ == "VERB" else None


def _ends_its_object(doc: Doc, span: Target, stop: int) -> bool:
    """The service mention ends the object: no noun after it that it only modifies ('gift
    card balances'), no 'of' that makes it some people's ('the accounts of 200 customers'),
    and no time it is set for ('later this year', 'by Friday')."""
    if span.end >= stop:
        return True
    after = doc[span.end]
    if after.tag_ == POSSESSIVE_TAG:
        return False  # "its mobile app's reputation"
    if after.lower_ in ("at", "for") and span.end + 1 < stop and doc[span.end + 1].pos_ == "PROPN":
        return False  # "working to restore the tills at Oven Fresh": a client's
    if after.text == "," and span.end + 1 < stop and doc[span.end + 1].tag_ in RELATIVE_TAGS:
        return False  # "online orders, which are now available again in some regions"
    return not (
        after.pos_ in ("NOUN", "PROPN")
        or after.lower_ == "of"
        or after.lower_ in TIME_OPENERS
        or after.ent_type_ in WHEN_ENTITIES
    )


def _effort_told_now(sentence: Sentence, effort: Cue, cues: Cues) -> bool:
    """An effort going on at the time of the story: in the present ('is working to', 'are
    still trying to', 'has been working to', 'work to get'), in a headline, or in a past
    progressive of reported speech ('said it was working to restore it') that tells no span
    ('were working to restore it for nine days'). Not a narrative past ('During its previous
    incident, engineers were racing to', 'a year ago it was struggling to'), a bare
    participle ('spent three weeks trying to'), a modal ('may need to'), nor an effort told of
    a kind or a habit ('companies are usually working to restore their websites')."""
    doc = sentence.span.doc
    index = effort.start - 1
    while index > sentence.span.start and doc[index].pos_ in ("ADV", "AUX", "PART"):
        if doc[index].tag_ == MODAL_TAG:
            return False  # "customers may need to restart the app"
        index -= 1
    if any(c.label in UNTOLD_EVENT_LABELS for c in sentence.cues):
        return False  # "companies are usually working to restore their websites"
    if sentence.is_title:
        return True
    head = doc[effort.start]
    if head.tag_ in ("VBZ", "VBP"):
        return True  # "as its IT team works to restore it"
    if head.tag_ != "VBG":
        return False
    index = effort.start - 1
    while index > sentence.span.start and doc[index].pos_ == "ADV":
        index -= 1  # "is still trying to"
    auxiliary = doc[index].lower_
    if auxiliary in NOW_AUXILIARIES:
        return True
    if auxiliary == "been":
        return index > sentence.span.start and doc[index - 1].lower_ in HAVING_AUXILIARIES
    if auxiliary in PAST_PROGRESSIVE_AUXILIARIES:
        # "said it was working to restore it": reported speech tells the effort going on;
        # a narrative past ("During its previous incident, engineers were racing to") and a
        # span it lasted ("were working to restore it for nine days") tell one over
        said = any(token.lemma_ in cues.speech_verbs for token in doc[sentence.span.start : index])
        return said and not _lasted_for_a_time(doc, effort.end, sentence.span.end)
    return False


def _lasted_for_a_time(doc: Doc, start: int, end: int) -> bool:
    """'for nine days', 'for a week': a span of time told after the effort."""
    return any(
        doc[i].lower_ == "for" and doc[i + 1].ent_type_ in WHEN_ENTITIES
        for i in range(start, end - 1)
    )


BARE_VERB_TAG = "VB"  # the infinitive without its "to": "and restore services"


def _an_effort_joined_to(sentence: Sentence, cue: Cue, cues: Cues) -> bool:
    """'working to isolate the attack and restore services', 'trying to clean the machines
    and get the tills working again': a return in an infinitive joined by "and" to one an
    effort governs is sought with it, though the "and" opens a clause of its own; a return
    with a subject of its own ('working to isolate it, and the app is back') is none."""
    doc = sentence.span.doc
    for index in range(cue.start - 1, sentence.span.start, -1):
        token = doc[index]
        if token.is_punct or token.tag_ in FINITE_TAGS:
            return False
        if token.lower_ in cues.effort_joiners:
            verb = doc[index + 1]
            return verb.tag_ == BARE_VERB_TAG and any(
                c.label == "effort" and c.end <= index and c.governs(verb.i, verb.i + 1)
                for c in sentence.cues
            )
    return False


def _workaround_beside(target: Target, status: Status | None) -> bool:
    """A means of working round systems that are down ('manual processes', 'pen and paper')
    told beside a return ('resumed shipments using manual processes', 'running again after two
    days on paper records') or a state of being spared ('did not need pen and paper', 'relied
    on paper records and was not affected'): what came back, or was spared, was something
    else."""
    return (
        target.entry is not None
        and target.entry.workaround
        and status in CLAIM_STATUSES | {Status.UNAFFECTED}
    )


def _classify(
    sentence: Sentence,
    entry: ServiceEntry | None,
    span: Target,
    cues: Cues,
    heard: Callable[[Cue], bool] | None = None,
) -> Reading:
    """The status of one mention from the cues of its clause (those `heard` lets through:
    an exception's words speak of the service it leaves out, not of the others)."""
    speech_verbs = cues.speech_verbs
    clause = sentence.clause_of(span.start)
    in_clause = [
        c
        for c in sentence.cues
        if sentence.clause_of(c.start) == clause and (heard is None or heard(c))
    ]
    if any(
        c.label in UNTOLD_EVENT_LABELS
        and (c.governs(span.start, span.end) or _opens_with_question(sentence, clause))
        for c in in_clause
    ):
        return NO_READING  # "unclear whether X is back", "when X will be back remains unclear"
    if any(c.label == "aside" and 0 <= span.start - c.end <= 2 for c in in_clause):
        return NO_READING  # "Beyond its website, in-store services were shut": not the website
    is_data = entry is not None and entry.service in DATA_SERVICES
    # "customer accounts" hold their members' data; "members of its loyalty scheme" only say
    # whose data was taken
    holds_accounts = (
        entry is not None and sentence.span.doc[span.end - 1].lemma_.lower() in entry.account_heads
    )
    if any(
        c.label == "type_attack_denied" and _spared_a_break_in(sentence, c, span) for c in in_clause
    ):
        return Reading(Status.UNAFFECTED, anchor=span.end)  # "our systems were not hacked"
    if is_data and _an_example(sentence, span.start):
        return NO_READING  # "no customer data, including payment details, was taken"
    if is_data and _possibly_held(sentence, span, cues):
        return NO_READING  # "files, some of which might hold staff details"
    if is_data and _under_a_present_condition(sentence, span, cues):
        return NO_READING  # "as firms must do when they suspect that data may have been lost"
    # "Online orders, which were suspended on Monday, account for a fifth of sales": an aside
    # about the service speaks of it when its own clause says nothing of its state
    aside = next(((o, r) for o, r in sentence.asides if o == span.end + 1), (0, 0))
    relative = _aside_after(sentence, span.end, speech_verbs)
    # "Gift cards that were bought before the attack cannot be used": the predicate after a
    # relative clause with no commas is the service's own, whichever clause the layout gives
    # it (after one set off by commas the layout's clauses already hold it: widening them
    # there cost a never-read set a wrong claim)
    clauses = {clause}
    restrictive = _restrictive_relative(sentence, span.end, speech_verbs)
    if restrictive and restrictive.stop < sentence.span.end:
        clauses.add(sentence.clause_of(restrictive.stop))
    candidates = [
        cue
        for cue in _status_cues(sentence)
        if (sentence.clause_of(cue.start) in clauses or aside[0] <= cue.start < aside[1])
        and (heard is None or heard(cue))
        and not (span.start <= cue.start and cue.end <= span.end)  # a cue inside the term
        # "had secured its systems": what a containment made safe came back from nothing
        and not (entry is not None and _secures_the_mention(sentence, cue, span, cues))
        # "customers who were charged twice will get their card payments back": handed back
        and not _handed_back_to_people(sentence, cue, cues)
        # "restoring systems has been the top priority": an aim named, no return
        and not _a_return_named_as_an_aim(sentence, cue, cues)
        # "the disruption was caused by a faulty upgrade to its core systems": the trouble's
        # cause, no state of what it names
        and not _in_the_cause(sentence, cue, span, cues)
        and (
            _applies(sentence, cue, is_data, span, holds_accounts, cues)
            or _spared_a_break_in(sentence, cue, span)
        )
        # "recording patient information on paper": a system down, no data taken
        and not (is_data and cue.label == "disrupted" and holds_any(cue, cues.workaround_words))
        # "had not needed to disable its online shop, which was working normally": a verb of
        # disabling tells only of what it pauses
        and not _disables_another_thing(sentence, cue, span, cues)
        and not _unable_to_use_another(sentence, cue, span)
    ]
    # "copying files off the impacted servers": a word of being hit before the mention only
    # says which ones; what the sentence tells of them is what a verb of their own says ("shut
    # down the affected servers"). Not in a sentence that tells a return ("the affected
    # systems had been secured"), where the word still reads as before: measured, dropping it
    # there lost a never-read set a general claim
    identifying = [
        c
        for c in candidates
        if c.text.lower() in cues.affected_words and _attributive(sentence, c, span, cues)
    ]
    if identifying and not sentence.has_cue("restored"):
        candidates = [
            c
            for c in candidates
            if c not in identifying
            and (_predicate_of(sentence, c, span, cues) or _object_of(sentence, c, span))
        ]
        if not candidates:
            return NO_READING
    if not candidates:
        return Reading(entry.implies if entry else None, anchor=span.end)
    if any(_predicate_of(sentence, c, span, cues) for c in candidates):
        # "the shut branches are due to reopen": a state word before the name tells
        # what the service was; the predicate after it tells what it is now
        candidates = [
            c for c in candidates if not _attributive(sentence, c, span, cues)
        ] or candidates
    later = [c for c in candidates if _a_later_return(sentence, c, span, cues)]
    if later and _past_tense(sentence):
        # "its phone lines were offline for three days before being restored": the return after
        # "before" is the latest of the states the sentence tells
        candidates = later
    outside = [c for c in candidates if not relative.start <= c.start < relative.stop]
    # "Click and collect, which was suspended in April, is not yet available": the service's
    # own predicate, not the recap inside the clause about it
    candidates = outside or candidates
    # "shut down a number of systems to contain the attack": a return sought after the mention
    # (the purpose of what was done to it) yields to what was done
    sought = [
        c
        for c in candidates
        if c.label == "restored" and c.start >= span.end and _sought_by_an_effort(c, in_clause)
    ]
    done = [c for c in candidates if c.label in FAILING_LABELS]
    if sought and done:
        candidates = [c for c in candidates if c not in sought]
    # a cue whose own words hold the mention ("the affected system had been secured") tells
    # of it before a word beside it does
    cue = min(
        candidates,
        key=lambda c: (_distance(c, span.start, span.end), not _holds(c, span), c.start),
    )
    if any(
        c.label in UNTOLD_EVENT_LABELS
        and span.end <= c.start < cue.start
        and c.governs(cue.start, cue.end)
        for c in in_clause
    ):
        return NO_READING  # "names and addresses, and ... fears that data had been stolen"
    if _denied_in_contrast(sentence, cue, span):
        return NO_READING  # "a failure at our provider, not a problem with our own systems"
    anchor = max(cue.end, span.end) if cue.start < span.end else cue.end
    status = STATUS_BY_CUE[cue.label]
    if (
        status is Status.SUSPENDED
        and sentence.span.doc[cue.start].lemma_ in cues.deactivating_lemmas
        and _disabled_by_an_attack(sentence, cue, in_clause)
    ):
        status = Status.DISRUPTED  # "a ransomware attack disabled its tills": no choice
    if status is Status.COMPROMISED and not is_data and _disabled(sentence, cue, span, cues):
        status = Status.DISRUPTED  # "lost access to its systems"
    if status is Status.UNAFFECTED and entry is None:
        status = Status.RESTORED  # "everything was working normally": the whole is back
    if status is Status.UNAFFECTED and _told_again(sentence, cue):
        status = Status.RESTORED  # "its stores are open again": not throughout, but back
    incomplete = [
        c
        for c in in_clause
        if c.label == "incomplete" and not _after_before(sentence, c.start, cues.later_openers)
    ]
    # "working to restore it", and "to remove the threat", whose "to" opens the return itself
    effort = _sought_by_an_effort(cue, in_clause) or _an_effort_joined_to(sentence, cue, cues)
    # "working to fully restore it": part is back; the return's own progressive ("while
    # engineers are restoring it") is still the effort's
    beside = [c for c in incomplete if not (c.start < cue.end and cue.start < c.end)]
    if status is Status.RESTORED and effort and not beside:
        # "working to restore it" is an effort, not a return ("working to fully restore" says
        # part is back, below): what is sought is not back, unless the article says more
        if is_data or not _named_as_sought(sentence, span, in_clause, cues):
            return NO_READING
        return Reading(Status.DISRUPTED, anchor=anchor, sought=True)
    if status is Status.RESTORED and _a_return_named_as_a_task(sentence, cue):
        return NO_READING
    holding = _held_back(sentence, cue, in_clause)
    if (
        status is Status.RESTORED
        and holding is not None
        and _an_inability(sentence, holding, cues)
        and not _until_after(sentence, cue)  # "unable to restore it until Thursday": it came back
    ):
        return Reading(Status.DISRUPTED, anchor=anchor)  # "many servers failed to restart"
    if status is Status.RESTORED and _passive_use_told_of_another(sentence, cue, span):
        return NO_READING  # "card numbers could be used again for online purchases"
    if status is Status.RESTORED and _awaited_return(sentence, clause, cue):
        return NO_READING  # "refunds will follow once the website returns": not yet back
    if status is Status.RESTORED and _subject_is_an_attacker(sentence, cue, cues):
        return NO_READING  # "the attackers had come back in its network": theirs
    if status is Status.RESTORED and _the_time_of_another_state(sentence, cue, cues):
        return NO_READING  # "delayed while its systems were brought back": under way
    if cue.text.lower() in cues.encrypted_forms and not _encrypted_by_the_attack(
        sentence, cue, span, is_data, cues
    ):
        return NO_READING
    if is_data and status is Status.DISRUPTED:
        if (
            entry is not None
            and sentence.span.doc[span.end - 1].lower_ in entry.store_heads
            and not _negated(sentence, cue, span)
            and not sentence.has_cue(*sorted(ATTACK_KIND_LABELS))
        ):
            # "a power cut knocked out its patient database": no data taken; "hackers hit the
            # patient database" took it
            return NO_READING
        status = Status.COMPROMISED
    if status is Status.SUSPENDED and _stopped_by_a_failure(
        sentence, cue, in_clause + _bare_faults(sentence, clause, cues)
    ):
        status = Status.DISRUPTED  # "a fault in its payment system stopped card payments"
    if status is Status.DISRUPTED and _a_stop_chosen(sentence, cue, in_clause):
        status = Status.SUSPENDED  # "its tills stopped taking cards as a precaution"
    if (
        status is Status.COMPROMISED
        and is_data
        and any(
            c.label == "hedge" and c.text.lower() in cues.rumour_hedges and c.start < span.start
            for c in in_clause
        )
    ):
        return NO_READING  # "one post claiming that card numbers had been stolen": a rumour
    if status is Status.COMPROMISED:
        if holding is not None and holding.label == "disrupted" and not is_data:
            # "customers were unable to access their accounts": the accounts failed them
            return Reading(Status.DISRUPTED, anchor=anchor)
        if holding is not None:
            # "tried to steal customer data", "failed to break into accounts": sought, not
            # taken; not "working to notify customers whose data was stolen", another verb's
            return NO_READING
    if _negated(sentence, cue, span):
        if status is Status.RESTORED and _until_after(sentence, cue):
            # "will not reopen until Saturday" is a promise; "wasn't back until Thursday" a return
            if sentence.has_cue("expected") or not _past_tense(sentence):
                return Reading(Status.RESTORATION_EXPECTED, anchor=anchor)
            return Reading(Status.RESTORED, anchor=anchor)
        if status is Status.COMPROMISED and not is_data:
            return Reading(Status.UNAFFECTED, anchor=anchor)  # "our systems were not hacked"
        flipped = NEGATED[status]
        kept = _state_the_relative_told(sentence, restrictive) or _state_the_relative_told(
            sentence, _participle_aside(sentence, span.end)
        )
        if status is Status.RESTORED and kept is not None:
            # "Card payments that were suspended on Saturday have not resumed", "Its online
            # shop, suspended since the attack, has not returned": no return leaves them as
            # the relative clause or the aside told them
            return Reading(kept, anchor=anchor)
        return Reading(
            flipped if not is_data else Status.UNAFFECTED,
            status is Status.COMPROMISED,
            anchor=anchor,
        )
    scope = None
    if status is Status.RESTORED:
        # the scope belongs to the return it stands beside: "its app has returned, and click
        # and collect is available again for some customers" limits click and collect only
        partial = incomplete + [
            c
            for c in in_clause
            if c.label == "partial"
            and not _excepts_a_time(sentence, c, cues)
            and not _inside_a_phrase_of_no_status(sentence, c)
            and not _among_named_organizations(sentence, c, cue)
            and not _quantifies_a_later_clause(sentence, c, cue, span)
            and (
                _distance(c, cue.start, cue.end) <= SCOPE_REACH
                or _distance(c, span.start, span.end) <= SCOPE_REACH
                or _quantifies(sentence, c, span)
                or _quantifies_the_subject(sentence, c, cue)
            )
        ]
        # "only" limits what came back only after the return: "Only the website is back"
        # says nothing of how much of the website is
        partial += [
            c
            for c in in_clause
            if _restricts(sentence, c)
            and c.start >= span.end
            and c.end > cue.end  # "is back for customers in the UK only": the cue takes "for"
            and _distance(c, cue.start, cue.end) <= SCOPE_REACH
        ]
        if partial:
            # a progressive beside the return ("are being brought back") says it is under
            # way; the words that limit it ("gradually", "in most stores") are its scope
            limits = [c for c in partial if not (c.start < cue.end and cue.start <= c.end)]
            scope = max(limits or partial, key=lambda c: c.end - c.start).text
        if _a_headlines_infinitive(sentence, cue) or any(
            c.label == "expected" and not _told_of_the_rest(sentence, cue, c, cues)
            for c in in_clause
        ):
            # "expected the website to return in stages": a promise, however partial
            status = Status.RESTORATION_EXPECTED
        elif partial:
            status = Status.PARTIALLY_RESTORED
    return Reading(status, scope=scope, anchor=anchor)


def _the_rest_expected(
    sentence: Sentence, target: Target, targets: list[Target], anchor: int, cues: Cues
) -> bool:
    """'... is working again for most schools, with the remainder expected to be reconnected
    by Monday': an expectation after the rest of the service, later in its sentence with no
    other service between, promises the rest; not the rest of something else ('the remaining
    costs are expected to be recovered'). A rest named by the places or people the service
    reaches must be told to come back, with a word of return after the expectation ('with
    the remaining schools expected to be reconnected'): 'with the remaining customers
    expected to be contacted by letter' promises them no return."""
    doc = sentence.span.doc
    for cue in sentence.cues:
        if cue.label != "expected" or cue.start < target.end:
            continue
        # another service after the return's words is the one the rest belongs to; one
        # before them ("its app, used for payments, is working again") is an aside
        told_from = max(target.end, anchor)
        if any(told_from <= other.start < cue.start for other in targets if other is not target):
            continue
        rest = next((t for t in doc[target.end : cue.start] if t.lower_ in cues.rest_words), None)
        if rest is None:
            continue
        following = doc[rest.i + 1 : min(rest.i + 1 + REST_SUBJECT_REACH, cue.start)]
        noun = next((t for t in following if t.pos_ in {"NOUN", "PROPN"}), None)
        if noun is None:
            return True
        if _in_another_service(noun, target):
            continue
        if _a_pro_form(noun) or noun.lemma_.lower() == doc[target.end - 1].lemma_.lower():
            return True
        if noun.lower_ in cues.reached_places and _told_to_come_back(sentence, cue.start, cues):
            return True
    return False


def _told_to_come_back(sentence: Sentence, start: int, cues: Cues) -> bool:
    """A word of return after the token, before the next comma or clause ('expected to be
    reconnected', 'to follow by Friday'; not 'expected to be contacted by letter, and refunds
    have resumed', another service's return)."""
    doc = sentence.span.doc
    stop = sentence.clause_end_after(start)
    stop = next((t.i for t in doc[start:stop] if t.text == ","), stop)
    return any(c.label == "restored" and start <= c.start < stop for c in sentence.cues) or any(
        _follows_alone(t, cues) for t in doc[start:stop]
    )


FOLLOWING_OBJECT_POS = OBJECT_POS | {"ADJ"}  # "follow similar checks"
FOLLOWING_IDIOMS = frozenset({"suit"})  # "the other 14 will follow suit": the same return


def _follows_alone(token: Token, cues: Cues) -> bool:
    """A verb of following with no object of its own ('should follow by Friday', 'should
    follow next week') or with the idiom's ('will follow suit'); not 'should follow the
    council's advice'."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in cues.remainder_return_lemmas:
        return False
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is None or after.ent_type_ in WHEN_ENTITIES or after.lower_ in FOLLOWING_IDIOMS:
        return True
    return after.pos_ not in FOLLOWING_OBJECT_POS


def _told_of_the_rest(sentence: Sentence, back: Cue, expectation: Cue, cues: Cues) -> bool:
    """'is working again for most customers, with the rest expected to be reconnected by
    Monday': an expectation after a remainder word that follows the return is the rest's."""
    doc = sentence.span.doc
    return back.end <= expectation.start and names_the_rest(
        doc, back.end, expectation.start, cues.rest_words
    )


CONTRAST_OPENERS = frozenset({",", "but"})  # "a failure at X, not a problem with Y"
NOT_ONLY = frozenset({"only", "just", "merely", "simply"})  # "not just its app": both


def _under_a_present_condition(sentence: Sentence, span: Target, cues: Cues) -> bool:
    """Data told of inside a condition in the present tense: a rule or a case still to come
    ('as firms must do when they think that customer details may have leaked', 'if customer
    data has been taken, we will write to those affected'); not a condition told in the
    past ('when hackers stole customer data in May'), nor data told in a clause of its own
    after one ('we do not know if they are still in our systems, but hackers stole customer
    data')."""
    doc = sentence.span.doc
    clause = sentence.clause_of(span.start)
    openers = [
        token.i
        for token in doc[sentence.span.start : span.start]
        if token.lower_ in cues.rule_conditions
        and sentence.clause_of(token.i) == clause
        # "Police are investigating when the data was stolen": a question, no condition
        and not (token.i > 0 and doc[token.i - 1].lemma_.lower() in cues.question_verbs)
    ]
    if not openers:
        return False
    # the condition's verb: before the data, or after it when the data is its subject ("when
    # their personal details are stolen")
    _, clause_end = sentence.clause_bounds(clause)
    verb = next(
        (token for token in doc[openers[-1] + 1 : clause_end] if token.tag_ in FINITE_TAGS),
        None,
    )
    return verb is not None and verb.tag_ in PRESENT_TENSES


LISTED_DATA_POS = frozenset({"DET", "ADJ", "NOUN", "PRON", "CCONJ", "PUNCT"})


def _possibly_held(sentence: Sentence, span: Target, cues: Cues) -> bool:
    """Data that what was taken only may hold: 'internal files, some of which might hold
    staff details', 'the stolen spreadsheets may include customer names and bank details'
    (every item of the list). A possible content tells of no data taken."""
    doc = sentence.span.doc
    index = span.start - 1
    while index > sentence.span.start and (
        doc[index].pos_ in LISTED_DATA_POS and doc[index].lower_ not in {".", ";", ":"}
    ):
        index -= 1  # "could contain the names, addresses and"
        if doc[index].lower_ == "of":
            index -= 1  # "could contain the personal details of"
    verb = doc[index]
    if verb.lemma_.lower() not in cues.holding_verbs or index - 1 < sentence.span.start:
        return False
    before = doc[index - 1]
    if before.pos_ == "ADV" and index - 2 >= sentence.span.start:
        before = doc[index - 2]  # "could also contain"
    return before.lower_ in cues.possibility_modals


def _denied_in_contrast(sentence: Sentence, cue: Cue, span: Target) -> bool:
    """'This was a failure at our payment provider, not a problem with our own systems': a
    mention after a contrasting 'not' (after a comma or 'but') that follows the status word,
    in the mention's clause with no verb between, is the side the contrast denies; the
    status word is the other side's. Not 'not just its app', which adds to it, nor a 'no'
    ('and there was no online ordering'), which tells the trouble."""
    doc = sentence.span.doc
    return any(
        cue.end <= negation.start
        and negation.end <= span.start
        and doc[negation.start].lower_ == "not"
        and negation.start > 0
        and doc[negation.start - 1].lower_ in CONTRAST_OPENERS
        and doc[negation.end].lower_ not in NOT_ONLY
        and sentence.clause_of(negation.start) == sentence.clause_of(span.start)
        and not any(t.pos_ in {"VERB", "AUX"} for t in doc[negation.end : span.start])
        for negation in sentence.cues_labelled("negation")
    )


def _in_span_group(group: str, sentence: Sentence, target: Target) -> bool:
    """Whether the target is one of the spans of the doc's span group `group` (the data
    mentions service_spans.DataOwners marks), matched by position."""
    return any(
        (span.start, span.end) == (target.start, target.end)
        for span in sentence.span.doc.spans.get(group, [])
    )


# what keeps a theft of data from being told as fact: a denial, a question, a risk, a hedge
UNTOLD_THEFT_LABELS = frozenset({"negation", "warning", "hedge", *UNTOLD_EVENT_LABELS})
PRESENT_AUXILIARIES = frozenset({"is", "are", "am"})  # "passwords are often stolen when ..."
DISCLOSURE_MODALS = frozenset({"may", "might"})  # "names may have been taken"


def tells_of_a_data_theft(sentence: Sentence) -> bool:
    """'X confirmed that customers' card details had been stolen': people's data told as
    taken reports an incident with no incident word. Not data denied ('no customer data was
    taken'), in question, at risk or only claimed ('unclear whether', 'could be stolen',
    'claims that'), a habit told in the present ('passwords are often stolen when people
    reuse them'), nor data of no stated kind ('some data was taken'). A company's own 'may
    have been taken' is how a theft is disclosed, and still tells it (_discloses). Only the
    outermost cues count, so an access 'without permission' denies nothing."""
    if not sentence.has_cue("compromised"):
        return False  # most sentences of a news archive: no need to read their services
    found = outermost(sentence.cues)
    doc = sentence.span.doc
    if any(_untold(sentence, cue) for cue in found):
        return False
    unowned = {(span.start, span.end) for span in doc.spans.get(UNOWNED_DATA_SPANS, [])}
    clauses = {
        sentence.clause_of(span.start)
        for span in _personal_data_spans(sentence)
        if (span.start, span.end) not in unowned
    }
    return any(
        cue.label == "compromised"
        and sentence.clause_of(cue.start) in clauses
        and not _in_the_present(doc, cue.start)
        for cue in found
    )


def _untold(sentence: Sentence, cue: Cue) -> bool:
    """A cue that leaves what it governs untold: denied, hedged, warned of or supposed
    ('no evidence that', 'claims that', 'could have been'), but not a company's own
    disclosure ('may have been taken')."""
    return cue.label in UNTOLD_THEFT_LABELS and not _discloses(sentence, cue)


def _personal_data_spans(sentence: Sentence) -> list[Span]:
    """The mentions of people's data in the sentence ('card details', 'staff records')."""
    doc, start, end = sentence.span.doc, sentence.span.start, sentence.span.end
    return [
        span
        for span in doc.spans[SERVICE_SPANS]
        if span.label_ in PERSONAL_DATA_SPANS and start <= span.start < end
    ]


def _discloses(sentence: Sentence, hedge: Cue) -> bool:
    """'Names may have been taken', told by the company rather than a researcher or the
    press: how a theft is disclosed, not a doubt about it. 'Could have been' says data lay
    open ('could have been copied by anyone who knew the address'), not that it was taken."""
    doc = sentence.span.doc
    return (
        hedge.label == "hedge"
        and doc[hedge.start].lower_ in DISCLOSURE_MODALS
        and not sentence.outside_voice
    )


def _in_the_present(doc: Doc, start: int) -> bool:
    """A passive in the present before the cue, adverbs allowed between."""
    index = start - 1
    while index >= 0 and doc[index].pos_ == "ADV":
        index -= 1
    return index >= 0 and doc[index].lower_ in PRESENT_AUXILIARIES


def _an_inability(sentence: Sentence, holding: Cue, cues: Cues) -> bool:
    """'failed to', 'were unable to', 'could not', 'cannot': what it holds back did not
    happen, where 'tried to' tells only that it was sought and 'the affected systems' what
    was hit."""
    phrase = sentence.span.doc[holding.start : holding.end]
    negated = any(
        negation.start < holding.end and holding.start < negation.end
        for negation in sentence.cues_labelled("negation")
    )
    return negated or any(token.lemma_.lower() in cues.inability_lemmas for token in phrase)


def _held_back(sentence: Sentence, cue: Cue, in_clause: list[Cue]) -> Cue | None:
    """An effort or an inability right before the cue, adverbs allowed between ('tried
    repeatedly to steal', 'failed to break into', 'were unable to access'): what it holds
    back was sought or could not be done."""
    doc = sentence.span.doc
    for other in in_clause:
        if other.label not in HOLDING_LABELS or not other.end <= cue.start:
            continue
        between = doc[other.end : cue.start]
        if len(between) <= HOLDING_REACH and all(t.pos_ in {"ADV", "PART"} for t in between):
            return other
    return None


def _told_again(sentence: Sentence, cue: Cue) -> bool:
    """'Its stores are open again', 'deliveries are running as usual once more': a return
    adverb just after a working state says the state was lost and regained; not one past
    another predicate ('open and taking cards again': the cards came back), nor after trouble
    denied ('were not affected again', 'unaffected again': not hit twice)."""
    doc = sentence.span.doc
    denied = any(
        c.start >= cue.start and c.end <= cue.end for c in sentence.cues_labelled("negation")
    )
    if denied or any(token.lower_.startswith("un") for token in doc[cue.start : cue.end]):
        return False
    stop = min(cue.end + RETURN_ADVERB_REACH, sentence.span.end)
    words = [token.lower_ for token in doc[cue.end : stop]]
    for i, token in enumerate(doc[cue.end : stop]):
        if any(tuple(words[i : i + len(adverb)]) == adverb for adverb in RETURN_ADVERBS):
            return True
        if token.pos_ in PREDICATE_BREAK_POS:
            return False
    return False


def _begun(sentence: Sentence, target: Target, cues: Cues) -> str | None:
    """'has started reopening its stores', 'begins gradually restoring online orders': a
    return told as begun is under way, so part is back; the words that say so, or None. Not
    'began to restore' (an effort) nor 'started working again' (a steady state: all back)."""
    doc = sentence.span.doc
    clause = sentence.clause_of(target.start)
    for cue in sentence.cues_labelled("restored"):
        gerund = doc[cue.start]
        if sentence.clause_of(cue.start) != clause or gerund.tag_ != "VBG":
            continue
        if gerund.lemma_.lower() in cues.steady_states:
            continue
        index = cue.start - 1
        while index > sentence.span.start and doc[index].pos_ == "ADV":
            index -= 1
        if doc[index].lemma_.lower() in cues.inceptive_verbs:
            return doc[index : cue.end].text
    return None


def _the_rest_to_follow(
    sentence: Sentence, target: Target, targets: list[Target], cues: Cues
) -> str | None:
    """'Online ordering is back for customers in Victoria, and will be switched on in other
    states over the weekend', '... has been restored in Scotland and will return in the rest
    of the country next week': a later clause of the sentence, the service's own next verb
    with no subject of its own and no other service, that tells the rest of the places or
    people it serves are still to come: the return is partial, that clause its scope. Not
    'and will offer other products' or 'will carry the rest of the catalogue' (the rest of
    something else, with no preposition before it), nor 'and will reopen its other stores'."""
    doc = sentence.span.doc
    rest_words = cues.rest_words
    own = _the_rest_joined_in_clause(sentence, target, cues)
    if own is not None:
        return own
    for clause in range(sentence.clause_of(target.start) + 1, len(sentence.clause_starts) + 1):
        start, end = sentence.clause_bounds(clause)
        if any(
            start <= other.start < end and _of_another_service(other, target, stores_too=True)
            for other in targets
        ):
            return None
        words = _past_a_conjunction([t for t in doc[start:end] if not (t.is_punct or t.is_space)])
        to_come = any(t.lower_ in cues.prospective_modals for t in words) or any(
            cue.label == "expected" and start <= cue.start < end for cue in sentence.cues
        )
        if not (words and to_come):
            continue
        # "..., and the rest are due to open by Friday": the rest as the clause's subject
        rest_subject = _rest_as_subject(words, target, cues)
        if rest_subject or (
            words[0].pos_ in CLAUSE_OPENING_VERB_POS
            and any(_placed_rest(t, rest_words, cues.reached_places) for t in words)
        ):
            return doc[words[0].i : words[-1].i + 1].text
    return None


REST_SUBJECT_REACH = 3  # "the remaining two", "the other 14": words before the clause's verb
REST_JOINERS = frozenset({"and", "while", "whereas"})  # "..., and the rest will follow"


def _the_rest_joined_in_clause(sentence: Sentence, target: Target, cues: Cues) -> str | None:
    """'Its shops in Kent reopened on Wednesday, and the remaining ones will follow next
    week': the rest joined after the return inside the clause the layout gives it, with a
    word of what is to come after it."""
    doc = sentence.span.doc
    _, end = sentence.clause_bounds(sentence.clause_of(target.start))
    for index in range(target.end, end):
        if doc[index].lower_ not in REST_JOINERS:
            continue
        words = [t for t in doc[index + 1 : end] if not (t.is_punct or t.is_space)]
        to_come = any(t.lower_ in cues.prospective_modals for t in words) or any(
            cue.label == "expected" and index < cue.start < end for cue in sentence.cues
        )
        if words and to_come and _rest_as_subject(words, target, cues):
            return doc[words[0].i : words[-1].i + 1].text
    return None


COUNTED_REACH = 4  # "Twelve of its shops", "Most of its stores": words before the returned service
PLACING_PREPOSITIONS = frozenset({"in", "at"})  # "Its shops in Kent": a part placed


def _rest_as_subject(words: list[Token], target: Target, cues: Cues) -> bool:
    """The clause opens on the rest of the service, before its verb: 'the remaining two',
    'the remaining ones', 'the other branches', or a bare 'the rest' after a part counted
    ('twelve of its shops have reopened, and the rest ...'); not the rest of something else
    ('the remaining problems', 'the remaining stores' after the online shop) nor a bare 'the
    others' after a whole ('the app is back, and the others should follow': other services)."""
    rest_words = cues.rest_words
    doc = words[0].doc
    for offset, token in enumerate(words[:REST_SUBJECT_REACH]):
        if token.lower_ in rest_words:  # first: the tagger may call "remaining" a verb
            following = words[offset + 1 : offset + 1 + REST_SUBJECT_REACH]
            noun = next((t for t in following if t.pos_ == "NOUN"), None)
            if noun is None:
                return any(t.like_num for t in following) or _counted_before(doc, target, cues)
            if _in_another_service(noun, target):
                return False
            return (
                _a_pro_form(noun)
                or noun.lower_ in cues.reached_places
                or noun.lemma_.lower() == doc[target.end - 1].lemma_.lower()
            )
        if token.pos_ in CLAUSE_OPENING_VERB_POS:
            return False
    return False


def _a_pro_form(token: Token) -> bool:
    """'the remaining ones', 'the remaining one': a word that stands for the same kind of
    thing (PRO_FORMS, and its singular)."""
    return token.lower_ in PRO_FORMS or f"{token.lower_}s" in PRO_FORMS


def _counted_before(doc: Doc, target: Target, cues: Cues) -> bool:
    """A part of the service counted or placed: a number or a partitive word just before it
    ('Twelve of its shops'), or a place named right after it ('Its shops in Kent')."""
    before = doc[max(target.start - COUNTED_REACH, 0) : target.start]
    if any(t.like_num or t.lower_ in cues.partitive_words for t in before):
        return True
    after = doc[target.end : min(target.end + 2, len(doc))]
    return len(after) == 2 and after[0].lower_ in PLACING_PREPOSITIONS and after[1].pos_ == "PROPN"


def _in_another_service(token: Token, target: Target) -> bool:
    """The word is inside a mention of another service: 'the remaining stores' after the
    online shop."""
    return any(
        span.start <= token.i < span.end and span.label_ != _service_label(target)
        for span in token.doc.spans.get(SERVICE_SPANS, [])
    )


def _service_label(target: Target) -> str | None:
    return target.entry.service.value if target.entry is not None else None


CLAUSE_OPENING_VERB_POS = frozenset({"AUX", "VERB"})  # a clause that opens on its verb


def _placed_rest(token: Token, rest_words: frozenset[str], reached: frozenset[str]) -> bool:
    """'in other regions', 'in the rest of the country', 'for the remaining customers': a
    rest word after a preposition, in a phrase whose noun is a place by its name or a place or
    people a service reaches (`reached`); not 'in other currencies'."""
    if token.lower_ not in rest_words:
        return False
    doc = token.doc
    before = token.i - 1
    while before >= 0 and doc[before].pos_ == "DET":
        before -= 1
    if before < 0 or doc[before].pos_ != "ADP":
        return False
    noun = next(
        (t for t in doc[token.i + 1 : token.i + 1 + REST_NOUN_REACH] if t.pos_ in NOMINAL_POS),
        None,
    )
    # a place by its name: "the rest of the UK"
    return noun is not None and (noun.pos_ == "PROPN" or noun.lower_ in reached)


REST_NOUN_REACH = 4  # "in the rest of the country": the noun past "of the"


def _past_a_conjunction(words: list[Token]) -> list[Token]:
    """A clause's words past the conjunction that joins it: 'and will return ...'."""
    return words[1:] if words and words[0].pos_ == "CCONJ" else words


def _quantifies(sentence: Sentence, partial: Cue, span: Target) -> bool:
    """'Most of Swedish grocery chain Coop's 800 stores have reopened': a quantifier opening
    the noun phrase whose head is the service limits it, however long the phrase."""
    doc = sentence.span.doc
    between = doc[partial.end : span.start]
    return (
        partial.end <= span.start
        and len(between) <= QUANTIFIED_PHRASE_REACH
        and all(token.pos_ in NOUN_PHRASE_POS for token in between)
    )


def _quantifies_the_subject(sentence: Sentence, partial: Cue, cue: Cue) -> bool:
    """'Most of the 30 practices hit by the outage had their systems back': a quantifier
    opening the clause limits the subject of its return, however long the subject, when no
    finite verb stands between them but the return's own auxiliaries ('were taking card
    payments again')."""
    doc = sentence.span.doc
    opening, _ = sentence.clause_bounds(sentence.clause_of(cue.start))
    verb_group = cue.start
    while verb_group > partial.end and doc[verb_group - 1].pos_ in {"AUX", "ADV", "PART"}:
        verb_group -= 1
    subject = doc[partial.end : verb_group]
    return (
        partial.start == opening
        and partial.end <= cue.start
        and not any(token.tag_ in FINITE_TAGS for token in subject)
    )


def _quantifies_a_later_clause(sentence: Sentence, partial: Cue, cue: Cue, span: Target) -> bool:
    """'Our operation is back to normal and most drivers have now been paid': a quantifier
    after "and" that opens the subject of a verb of its own limits that clause, not the
    return told before the conjunction; not when that clause tells part still down ('and
    some customers still cannot log in'), and 'is back in most stores and some regions' (no
    verb of its own) or 'but a number of customers were still offline' (a contrast) still
    limit the return."""
    doc = sentence.span.doc
    conjunction = partial.start - 1
    while conjunction > cue.end and doc[conjunction].pos_ == "DET":
        conjunction -= 1  # "and the vast majority of customers"
    if conjunction < max(cue.end, span.end) or doc[conjunction].lower_ != "and":
        return False
    has_a_verb = False
    for token in doc[partial.end : sentence.span.end]:
        if token.is_punct:
            break
        if token.tag_ in FINITE_TAGS:
            has_a_verb = True
            break
    still_down = any(
        STATUS_BY_CUE.get(other.label) in DOWN_STATUSES and other.start > conjunction
        for other in sentence.cues
    )
    return has_a_verb and not still_down


def _among_named_organizations(sentence: Sentence, partial: Cue, cue: Cue) -> bool:
    """'Some of the busiest websites, including X and Y, are working again': the quantifier
    picks among organisations named by example, each of them back in full ('Some stores,
    including those in Leeds, have reopened' is still a part)."""
    doc = sentence.span.doc
    if not partial.end <= cue.start:
        return False
    return any(
        token.lower_ in EXAMPLE_OPENERS
        and any(word.ent_type_ == "ORG" for word in doc[token.i + 1 : min(token.i + 3, cue.start)])
        for token in doc[partial.end : cue.start]
    )


def _limited_by_contrast(
    sentence: Sentence,
    target: Target,
    targets: list[Target],
    cue_words: Cues,
    current_words: frozenset[str],
) -> str | None:
    """The clause after a contrast word that says part of a returned service is still down
    now ('the website is back, although some online forms remain offline') or that the return
    fell short ('..., though not yet at full capacity', '..., but on a reduced range'); None
    when there is none, it tells of another service ('..., but the app remains offline') or
    of the past ('..., but the knock-on effects lasted into Monday')."""
    doc = sentence.span.doc
    for clause in range(sentence.clause_of(target.start) + 1, len(sentence.clause_starts) + 1):
        opener, end = sentence.clause_bounds(clause)
        if doc[opener].lower_ not in cue_words.contrast_words:
            continue
        cues = [cue for cue in outermost(sentence.cues) if opener <= cue.start < end]
        negated = any(cue.label == "negation" for cue in cues)  # "although no stores remain shut"
        restriction = next((cue for cue in cues if _restricts(sentence, cue)), None)
        limit = doc[opener + 1 : end].text.strip().strip(",;.")
        withheld = _withheld_from_a_place(doc, opener, end, targets, cue_words)
        if withheld is not None:
            return withheld  # "..., but not yet in Scotland", "..., though not for business users"
        # "..., but card payments on its website are still failing": the clause's subject is
        # the returned service itself; the services after it say which part of it (not
        # "..., but website visitors say the app is failing": the service only modifies)
        in_clause = sorted((t for t in targets if opener <= t.start < end), key=lambda t: t.start)
        itself = (
            bool(in_clause)
            and not _of_another_service(in_clause[0], target)
            and in_clause[0].end < end
            and doc[in_clause[0].end].pos_ not in NOMINAL_POS
        )
        others = [] if itself else targets
        # "..., but only in Wales"; a service after the "only" is what the return is limited
        # to ("..., though it takes only calls about refunds"), not another's state
        if (
            restriction
            and not negated
            and not any(
                opener <= other.start < restriction.start and _of_another_service(other, target)
                for other in others
            )
        ):
            return limit
        if any(
            opener <= other.start < end and _of_another_service(other, target) for other in others
        ):
            return None
        still = any(cue.label == CURRENT_LABEL for cue in cues) or any(
            token.lemma_ in current_words for token in doc[opener:end]
        )  # "remained offline": the lemma, as the phrase list holds "remain"
        still_down = still and any(cue.label in STILL_DOWN_LABELS for cue in cues)
        # "..., although some back-office systems will take longer": part of the same
        # service still has a time to pass
        pending = any(cue.label == "effort" for cue in cues) and any(
            opener <= other.start < end and other.start != target.start for other in targets
        )
        if (still_down or pending) and not negated:
            return limit
        if _falls_short(sentence, opener, end, targets, cue_words):
            return limit
        if not negated and not in_clause and _its_return_to_come(doc, opener, cues):
            # "..., while customers in Wales should see it return in the coming days": the
            # same service's return still to come for others
            return limit
    return None


def _its_return_to_come(doc: Doc, opener: int, found: list[Cue]) -> bool:
    """A return told with an expectation, of a pronoun that stands for the service: 'should
    see it return'; not 'staff are expected to return to the office'."""
    return any(c.label == "expected" for c in found) and any(
        c.label == "restored" and any(t.lower_ in OBJECT_PRONOUNS for t in doc[opener : c.start])
        for c in found
    )


def _falls_short(
    sentence: Sentence, opener: int, end: int, targets: list[Target], cue_words: Cues
) -> bool:
    """A clause after a return that says the return fell short: a fullness denied ('though
    not yet at full capacity', 'but not all features are available'), a limit told of the
    return itself ('but on a reduced range', 'though only partly') or trouble for the rest
    ('but customers elsewhere face delays', 'but not elsewhere'). Not one that denies trouble
    ('though not all stores were affected'), one that tells what may or will be ('but the
    schedule won't fully recover until Tuesday', 'although some items could take longer'),
    nor a denial or a limit told of something else with its own verb ('although online
    account services remain limited', 'but the investigation is not yet complete')."""
    doc = sentence.span.doc
    clause = doc[opener:end]
    if any(token.lower_ in cue_words.prospective_modals for token in clause):
        return False
    # every cue, not the outermost: the negation of "not yet" lies inside a longer cue
    cues = [cue for cue in sentence.cues if opener <= cue.start < end]
    troubles = [cue for cue in cues if cue.label in TROUBLE_LABELS]
    # "cannot pay" is trouble, not a denial
    negations = [
        cue
        for cue in cues
        if cue.label == "negation"
        and not any(t.start <= cue.start and cue.end <= t.end for t in troubles)
    ]
    words = {token.lower_ for token in clause}
    verbless = not any(token.tag_ in FINITE_TAGS for token in clause)
    remainder = bool(words & cue_words.remainder_words)
    if negations:
        if verbless and remainder:
            return True  # "..., but not elsewhere"
        if not verbless and _another_subject(
            doc, opener + 1, negations[0].start, targets, cue_words.partitive_words
        ):
            return False
        return not troubles and bool(words & cue_words.fullness_words)
    for cue in cues:
        if cue.label != "partial" or not (verbless or doc[cue.start].pos_ == "ADV"):
            continue
        if verbless or not _another_subject(
            doc, opener + 1, cue.start, targets, cue_words.partitive_words
        ):
            return True
    return remainder and any(cue.label in STILL_DOWN_LABELS for cue in cues)


WITHHELD_PLACE_HEAD_POS = frozenset({"DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ"})


def _withheld_from_a_place(
    doc: Doc, opener: int, end: int, targets: list[Target], cue_words: Cues
) -> str | None:
    """The words of a contrast that withholds a return from a place or from people, with no
    verb of its own: right after the contrast word, 'not' (and 'yet' or another adverb), one
    of the withheld_place_links and a noun phrase that is no time ('..., but not yet in
    Scotland', '..., though not for business customers, the bank said'); None for 'but not
    before two days of chaos', 'but not on Sundays', 'but not for long', 'but the app is not
    in use'; nor for another service ('but not for click and collect, which remains
    suspended') or another organisation ('but not at its sister chain Olive Oven')."""
    index = opener + 1
    if index >= end or doc[index].lower_ not in VERB_NEGATIONS:
        return None
    index += 1
    while index < end and doc[index].pos_ == "ADV":
        index += 1  # "not yet", "not currently"
    if index + 1 >= end or doc[index].lower_ not in cue_words.withheld_place_links:
        return None
    stop = index + 1
    while stop < end and not doc[stop].is_punct:
        if doc[stop].tag_ in FINITE_TAGS:
            return None  # "but not in the way it had hoped": a clause of its own
        stop += 1
    phrase = doc[index + 1 : stop]
    if not phrase or phrase[0].pos_ not in WITHHELD_PLACE_HEAD_POS:
        return None
    if any(token.ent_type_ in WHEN_ENTITIES or token.pos_ == "ADV" for token in phrase[:2]):
        return None
    if not _a_place_or_people(phrase, cue_words):
        return None  # "not in time for", "not to the satisfaction of", "not at the old number"
    if any(
        token.ent_type_ in OTHER_PARTY_ENTITIES
        or (token.pos_ == "PROPN" and token.lower_ in cue_words.org_suffix_words)
        for token in phrase
    ):
        return None  # "but not at Stanwick Airport, which is run by a different company"
    if any(
        phrase.start <= t.start < phrase.end
        and t.entry is not None
        and t.entry.service is not Service.STORES  # "not in its shops in Ireland": a place
        for t in targets
    ):
        return None
    return doc[opener + 1 : stop].text


OTHER_PARTY_ENTITIES = frozenset({"ORG", "PERSON"})


PLACE_ENTITIES = frozenset({"GPE", "LOC", "NORP", "FAC"})


def _a_place_or_people(phrase: Span, cue_words: Cues) -> bool:
    """The head of the phrase's first noun group is a place or people: a place's name
    ('Scotland', 'New South Wales'), one of the reached_places or whole_places ('its shops in
    Ireland', 'business customers', 'across its European network') or a word for people
    ('those abroad', 'everyone')."""
    head = None
    for token in phrase:
        if token.tag_ == POSSESSIVE_TAG:
            head = None  # "everyone's satisfaction": the owner is no head
            continue
        if token.pos_ not in WITHHELD_PLACE_HEAD_POS:
            break
        head = token
    if head is None:
        return False
    return (
        head.ent_type_ in PLACE_ENTITIES
        or head.pos_ == "PROPN"
        or head.lower_ in cue_words.reached_places
        or head.lower_ in cue_words.whole_places
        or head.lower_ in cue_words.withheld_people_words
    )


def _another_subject(
    doc: Doc, start: int, end: int, targets: list[Target], partitive_words: frozenset[str]
) -> bool:
    """Whether the words before a denial or a limit in its clause name something that is
    no service mention nor a part of one ('the investigation is not yet complete', 'its share
    price has only partly recovered'; not 'some orders are only partly filled'): the clause
    tells of it, not of the return."""
    words = doc[start:end]
    if any(token.lower_ in partitive_words for token in words):
        return False
    return any(
        token.pos_ in {"NOUN", "PROPN"} and not any(t.start <= token.i < t.end for t in targets)
        for token in words
    )


CHANNEL_SERVICES = frozenset({Service.WEBSITE, Service.MOBILE_APP})
CHANNEL_PREPOSITIONS = frozenset({"on", "via", "through"})
DETERMINER_POS = frozenset({"DET", "PRON"})


def _where_another_returned(sentence: Sentence, target: Target, targets: list[Target]) -> bool:
    """The website or app named as where another service came back ('gift cards can be used
    again in its stores and on its website', 'orders are being taken again through the app'):
    the return is the other service's, the channel was not said down."""
    if target.entry is None or target.entry.service not in CHANNEL_SERVICES:
        return False
    doc = sentence.span.doc
    before = target.start - 1
    while before > sentence.span.start and doc[before].pos_ in DETERMINER_POS:
        before -= 1
    if doc[before].lower_ not in CHANNEL_PREPOSITIONS:
        return False
    clause = sentence.clause_of(target.start)
    return any(
        other.start < target.start
        and sentence.clause_of(other.start) == clause
        and _of_another_service(other, target)
        for other in targets
    )


def _another_service_in_clause(sentence: Sentence, target: Target, targets: list[Target]) -> bool:
    """Whether the clause of a mention also names a service other than its own."""
    clause = sentence.clause_of(target.start)
    return any(
        sentence.clause_of(other.start) == clause and _of_another_service(other, target)
        for other in targets
    )


def _restricts(sentence: Sentence, cue: Cue) -> bool:
    """A restrictive 'only' limits what came back, unless it is a superlative ('the only good
    news') or plays trouble down ('with only minor delays')."""
    doc = sentence.span.doc
    if cue.label != "restriction":
        return False
    if cue.start > sentence.span.start and doc[cue.start - 1].lower_ == "the":
        return False
    return not any(
        trouble.label == "disrupted" and 0 <= trouble.start - cue.start <= RESTRICTION_REACH
        for trouble in sentence.cues
    )


def _of_another_service(other: Target, target: Target, stores_too: bool = False) -> bool:
    """Whether a mention beside a return names a service other than the one returned (stores
    are where a service is, not another service; with `stores_too` they are one: 'and will
    reopen its other stores' is news of its own beside a return)."""
    return (
        other.entry is not None
        and (stores_too or other.entry.service is not Service.STORES)
        and (target.entry is None or other.entry.service is not target.entry.service)
    )


def _relative_clause(sentence: Sentence, end: int) -> range:
    """The token range of ', which ... ,' right after a mention, or after the short phrase
    that places it ("card payments in shops, which were declined, ..."); empty when there
    is none."""
    doc = sentence.span.doc
    stop = sentence.span.end
    comma = end
    while comma < stop and comma - end < MODIFIER_REACH and doc[comma].pos_ in PLACING_MODIFIER:
        comma += 1
    end = comma
    if end + 1 >= stop or doc[end].text != "," or doc[end + 1].lower_ not in RELATIVES:
        return range(0)
    for index in range(end + 2, stop):
        if doc[index].text == ",":
            return range(end, index + 1)
    return range(0)


def _reduced_relative(sentence: Sentence, end: int) -> range:
    """'the shops still closed are expected to reopen tomorrow': a participle's phrase
    between the subject and its finite verb describes the subject; the predicate after the
    verb says where it stands now. Empty when the words after the mention are not such a
    phrase."""
    doc = sentence.span.doc
    stop = min(sentence.span.end, end + REDUCED_RELATIVE_REACH)
    index = end
    while index < stop and doc[index].pos_ == "ADV":
        index += 1
    # the tagger often calls such a participle a past tense: a finite verb after it says not
    if index >= stop or doc[index].tag_ not in PARTICIPLE_TAGS:
        return range(0)
    for position in range(index + 1, stop):
        token = doc[position]
        if token.tag_ in FINITE_TAGS:
            return range(end, position)
        if token.pos_ not in PLACING_MODIFIER | {"ADV"} or token.text == ",":
            return range(0)
    return range(0)


def _restrictive_relative(sentence: Sentence, end: int, speech_verbs: frozenset[str]) -> range:
    """'stores that closed on Saturday are expected to reopen on Monday': a relative clause
    with no comma, between the subject and its verb, says which of the service is meant; the
    verb after it says where it stands now. The relative word may be left out when the
    clause has a subject of its own ('the stores it closed on Monday have reopened'). Only
    for a service that is its clause's subject (not 'customers of the website that went
    down said ...'). The clause runs from 'that' to the first verb past its own verb group
    ('that had been shut ... reopened'); empty when no verb follows within reach, as when
    the service is an object ('reopened the stores that closed on Saturday')."""
    doc = sentence.span.doc
    stop = min(sentence.span.end, end + RESTRICTIVE_RELATIVE_REACH)
    while end < stop and doc[end].pos_ == "NOUN":
        end += 1  # the head the service's name modifies: "the click and collect service that"
    opener = doc[end] if end < stop else None
    if (
        opener is None
        or not (
            (opener.lower_ in RESTRICTIVE_RELATIVES and opener.tag_ in COMPLEMENTIZER_TAGS)
            or (opener.lower_ in CONTACT_RELATIVE_SUBJECTS and opener.tag_ == "PRP")
        )
        or not _opens_its_clause(sentence, end, speech_verbs)
    ):
        return range(0)
    index = end + 1
    while index < stop and doc[index].pos_ == "ADV":
        index += 1
    if index >= stop or doc[index].tag_ not in FINITE_TAGS:
        return range(0)
    auxiliary = doc[index].pos_ == "AUX"
    index += 1
    # the relative's own verb group: participles only after an auxiliary ("had been shut"),
    # as a participle straight after a past tense is the subject's verb, as the small tagger
    # often tags it ("that closed reopened on Monday")
    while index < stop and (
        doc[index].pos_ in VERB_GROUP_POS
        or (auxiliary and doc[index].tag_ in VERB_GROUP_TAGS | {"VBD"})
    ):
        auxiliary = auxiliary or doc[index].pos_ == "AUX"
        index += 1
    for position in range(index, stop):
        token = doc[position]
        if token.text in CLAUSE_PUNCTUATION:
            return range(0)
        if token.tag_ in FINITE_TAGS or (token.pos_ == "VERB" and token.tag_ in PARTICIPLE_TAGS):
            return range(end, position)
    return range(0)


def _state_the_relative_told(sentence: Sentence, relative: range) -> Status | None:
    """The down status a relative clause with no commas gives its service ('that were
    suspended on Saturday'), or None."""
    for cue in _status_cues(sentence):
        status = STATUS_BY_CUE[cue.label]
        if relative.start <= cue.start < relative.stop and status in DOWN_STATUSES:
            return status
    return None


def _opens_its_clause(sentence: Sentence, relative: int, speech_verbs: frozenset[str]) -> bool:
    """Whether the words before a relative pronoun, from its clause's start, are only the
    service's name, its determiners and quantifiers ('Some of the shops that'), no other
    noun the clause is about ('Customers of the website that'). A clause reported after a
    speech verb begins after it ('Officials said the email system they took offline ...')."""
    doc = sentence.span.doc
    # the clause of the word before the pronoun: the layout may open a clause at "that"
    start = sentence.clause_bounds(sentence.clause_of(max(relative - 1, sentence.span.start)))[0]
    head = relative
    while head > start and (doc[head - 1].pos_ in SUBJECT_NAME_POS or doc[head - 1].text == "-"):
        head -= 1  # back over the service's own words ("click and collect service")
    reported = [
        t.i for t in doc[start:head] if t.pos_ == "VERB" and t.lemma_.lower() in speech_verbs
    ]
    if reported:
        start = reported[-1] + 1
        if start < head and doc[start].lower_ == "that":
            start += 1
    return all(
        token.pos_ in QUANTIFYING_POS or token.lower_ in QUANTIFYING_WORDS
        for token in doc[start:head]
    )


INFINITIVE_MARKER = "to"


def _a_headlines_infinitive(sentence: Sentence, cue: Cue) -> bool:
    """'Ystrad Housing contact centre to reopen after cyber attack': a headline's return in the
    infinitive right after its subject tells what is to come, as 'will reopen' does; not
    after a verb ('plans to reopen', 'working to restore'), whose own words tell it."""
    doc = sentence.span.doc
    return (
        sentence.is_title
        and cue.start - 2 >= sentence.span.start
        and doc[cue.start - 1].lower_ == INFINITIVE_MARKER
        and doc[cue.start - 2].pos_ in NOMINAL_POS
    )


TASK_TENSE_TAGS = frozenset({"VBZ", "VBP", "MD"})  # "is a big job", "will take weeks"


def _a_return_named_as_a_task(sentence: Sentence, cue: Cue) -> bool:
    """'Restoring email safely is a big job', 'Reopening the stores will take weeks': a return
    in the gerund opening its clause, the subject of a verb of now or to come, names the work
    still to do, no return done; not one the perfect tells done ('Reopening its stores has
    brought shoppers back'), nor a phrase set off before another subject."""
    doc = sentence.span.doc
    gerund = doc[cue.start]
    if gerund.tag_ != "VBG":
        return False
    clause = sentence.clause_of(cue.start)
    opening = sentence.clause_bounds(clause)[0]
    if any(not (t.is_punct or t.is_space) for t in doc[opening : cue.start]):
        return False
    after = doc[cue.end : sentence.clause_end_after(cue.end)]
    verb = next((t for t in after if t.tag_ in FINITE_TAGS), None)
    if verb is None or verb.tag_ not in TASK_TENSE_TAGS:
        return False
    if any(t.text == "," for t in doc[cue.end : verb.i]):
        return False  # "Reopening its doors on Wednesday, the pharmacy is ...": a phrase of its own
    # "Reopening its stores has brought shoppers back": the perfect tells the return done
    return not (verb.lower_ in PERFECT_AUXILIARIES and verb.nbor(1).tag_ == "VBN")


def _participle_aside(sentence: Sentence, end: int) -> range:
    """'its click and collect service, paused for nine days, reopened on Monday': a
    participle's phrase set off by commas recaps the subject's past; the predicate after it
    says where it stands now. Empty when the words after the mention are not such an aside
    followed by its verb."""
    doc = sentence.span.doc
    stop = min(sentence.span.end, end + PARTICIPLE_ASIDE_REACH)
    while end < stop and doc[end].pos_ == "NOUN":
        end += 1  # the head the service's name modifies: "its click and collect service,"
    if end + 1 >= stop or doc[end].text != ",":
        return range(0)
    # "its app, down since Tuesday, is available again": a word of state recaps it as a
    # participle does
    recalled = doc[end + 1].tag_ not in FINITE_TAGS and any(
        cue.start == end + 1 for cue in _status_cues(sentence)
    )
    if doc[end + 1].tag_ not in PARTICIPLE_TAGS and not recalled:
        return range(0)
    for position in range(end + 2, stop - 1):
        if doc[position].text == ",":
            following = doc[position + 1 : min(sentence.span.end, position + 4)]
            if any(token.pos_ in {"VERB", "AUX"} for token in following):
                return range(end, position + 1)
            return range(0)
    return range(0)


@dataclass(frozen=True)
class Target:
    """What a status is read for: a service mention, or a word that stands for one."""

    start: int
    end: int
    text: str
    entry: ServiceEntry | None  # None: systems or the problem in general (claims only)


# between "encrypted" and what it locked: "encrypted its file servers, laptops and email",
# "encrypted a number of our servers"
ENCRYPTED_OBJECT_POS = frozenset(
    {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART", "CCONJ", "PUNCT", "ADP"}
)
PERFECT_AUXILIARIES = frozenset({"has", "had", "have"})
# what goes on a list of objects: "the booking servers, along with its payroll system"
OBJECT_LIST_LINKS = frozenset({"along", "as", "well", "plus", "together"})
# between what was locked and "encrypted": "files on its servers had been encrypted"
ENCRYPTED_SUBJECT_POS = frozenset(
    {"ADP", "DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM", "AUX", "PART", "ADV"}
)
REFERRING = frozenset({"it", "they", "these", "those", "this", "both"})
SINGULAR_REFERRING = frozenset({"it", "this"})
# words the tagger calls otherwise that still sit between a subject and its verb: "they
# have since resumed" ("since" as a preposition), "they have all reopened"
SUBJECT_VERB_FILLERS = frozenset({"since", "all", "both"})
PERSONAL_SUBJECTS = frozenset({"i", "we", "you", "he", "she"})
# between a pronoun and the status verb it is the subject of ("said both are now working",
# "they have since resumed"); not "both" itself, which is the pronoun
STATE_TIME_ADVERBS = frozenset({"now", "since"})


def _explicit_targets(doc: Doc, layout: Layout, rules: Rules) -> dict[int, list[Target]]:
    by_sentence: dict[int, list[Target]] = {}
    for span in _select_spans(doc):
        sentence = layout.sentence_of(span.start)
        entry = rules.services[int(span.id_)]
        if len(span) == 1 and span[0].tag_ in INFLECTED_VERB:
            continue  # "website returns": the verb, not the service it names
        if entry.service is Service.STORES and _is_location(
            doc, span, sentence, rules.cues.speech_verbs
        ):
            continue
        by_sentence.setdefault(sentence.index, []).append(
            Target(span.start, span.end, span.text, entry)
        )
    return by_sentence


def _referring_pronoun(sentence: Sentence) -> Token | None:
    """The pronoun a status sentence is about: its subject ("It wasn't back online until
    Thursday") or the pronoun that the status verb governs ("expects it to return", "said
    they are back"), with only auxiliaries, "to" and an opening quote between them."""
    words = [t for t in sentence.span if not (t.is_punct or t.is_space)]
    doc = sentence.span.doc
    # "It expects both to resume on Monday": a subject that expects a pronoun to return is
    # the company, and the pronoun after its verb is the services'
    expects = len(words) > 2 and any(
        c.start == words[1].i and doc[c.start].pos_ == "VERB" and words[2].lower_ in REFERRING
        for c in sentence.cues_labelled("expected")
    )
    if words and words[0].lower_ in REFERRING and not expects:
        pronoun = words[0]
        # "It's been a tough week and I can't thank them enough": the cue has its own subject
        if any(
            not any(t.lower_ in PERSONAL_SUBJECTS for t in doc[pronoun.i + 1 : cue.start])
            and not _reports_a_clause(doc[pronoun.i + 1 : cue.start])
            for cue in sentence.cues_labelled(*STATUS_BY_CUE)
        ):
            return pronoun
        return None
    # "the firm said it is expected to reopen soon": a passive expectation between the
    # pronoun and the return ("it expects to return" is the company expecting)
    expecting = {
        i
        for c in sentence.cues_labelled("expected")
        for i in range(c.start, c.end)
        if doc[i].tag_ in PASSIVE_OR_ADJECTIVE
    }
    for cue in sentence.cues_labelled(*STATUS_BY_CUE):
        index = cue.start - 1
        while index > sentence.span.start and (
            doc[index].pos_ in {"AUX", "PART"}
            or doc[index].lower_ in STATE_TIME_ADVERBS  # "said both are now working again"
            or doc[index].lower_ == "to"
            or doc[index].is_quote
            or index in expecting
        ):  # a quote may open after the pronoun: 'said it "should be back soon"'
            index -= 1
        if (index < cue.start - 1 and doc[index].lower_ in REFERRING) or _all_of_a_count(
            doc[index]
        ):
            return doc[index]
    return None


def _referred_count(pronoun: Token) -> int | None:
    """How many things a referring word counts: two for 'both', three for 'all three'."""
    if pronoun.lower_ in PAIR_OBJECTS:
        return 2
    if _all_of_a_count(pronoun):
        return number_written(pronoun.text)
    return None


def _all_of_a_count(token: Token) -> bool:
    """'all three were back': a count after 'all' with no noun of its own stands for the
    things named before."""
    return token.pos_ == "NUM" and token.i > 0 and token.doc[token.i - 1].lower_ == "all"


PASSIVE_OR_ADJECTIVE = frozenset({"VBN", "JJ"})
OBJECT_PRONOUNS = frozenset({"it", "them"})
# a pronoun right after a return verb that stands for services named before: "them" there may
# be things the same sentence named ("hoped to restart them"), "both" a pair of them
PAIR_OBJECTS = frozenset({"both"})
REFERRED_SENTENCE_REACH = 3  # sentences before the one before that "all three" reaches
COMPLEMENT_LINKS = frozenset({"of", "in", "at"})  # "returns of online purchases in stores"
PAIR_REACH = 6  # "both in shops and online": words from "both" to the "and" of its pair
PLURAL_OBJECT = "them"


def _object_of_a_return(
    sentence: Sentence, start: int, end: int, cues: Cues, referents: frozenset[str]
) -> Token | None:
    """The pronoun a return acts on: inside its phrase ("expects to bring it back", "have
    it back up") or made to run again ("hopes to get it running again"). Something back is a
    service named before, not the company that brings it back. Not one right after a return
    verb ("hoped to restart them"), nor one with another noun before it in its sentence
    ("dropped its own-brand cereal last year, but expects to bring it back") of its number,
    which may be what it stands for; the `referents`, nouns for the organisation and its
    people, are none."""
    doc = sentence.span.doc
    pronoun = _returned_pronoun(sentence, start, end, cues)
    if pronoun is None:
        return None
    plural = pronoun.lower_ == PLURAL_OBJECT
    rivals = [
        token
        for token in doc[sentence.span.start : pronoun.i]
        if token.pos_ == "NOUN"
        and (token.tag_ in PLURAL_NOUN) == plural  # "officials hope to get it running"
        and token.lower_ not in referents
        and token.ent_type_ not in WHEN_ENTITIES
        # the service's own words, its head after a word the lexicon reads ("email system")
        and not (_in_a_service(doc, token.i) or _in_a_service(doc, token.i - 1))
        and _object_of_a_deed(token, cues.speech_verbs)
    ]
    return None if rivals else pronoun


OBJECT_PHRASE_POS = frozenset({"DET", "PRON", "ADJ", "NOUN", "PROPN", "NUM", "PUNCT"})
DEED_OBJECT_REACH = 5  # "dropped its own-brand cereal": the verb past its object's modifiers


def _object_of_a_deed(noun: Token, speech_verbs: frozenset[str]) -> bool:
    """A noun a verb of doing takes as its object ('dropped its own-brand cereal'), which a
    pronoun after it may stand for; not the subject of a report ('said the investigation was
    continuing'), nor one after a preposition ('despite the attack')."""
    doc = noun.doc
    for index in range(noun.i - 1, max(noun.i - 1 - DEED_OBJECT_REACH, -1), -1):
        token = doc[index]
        if token.pos_ == "VERB":
            return token.lemma_.lower() not in speech_verbs
        if token.pos_ not in OBJECT_PHRASE_POS:
            return False
    return False


def _returned_pronoun(sentence: Sentence, start: int, end: int, cues: Cues) -> Token | None:
    doc = sentence.span.doc
    for cue in sentence.cues_labelled("restored"):
        if not start <= cue.start < end:
            continue
        inside = [t for t in doc[cue.start + 1 : cue.end] if t.lower_ in OBJECT_PRONOUNS]
        if inside:
            return inside[0]
        after = doc[cue.end] if cue.end < end else None
        if (
            after is not None
            and after.lower_ in PAIR_OBJECTS
            and not _opens_a_pair(after, min(end, after.i + PAIR_REACH))
        ):
            return after  # "hoped to restore both by Wednesday": two things, no people
        before = doc[cue.start - 1] if cue.start - 1 > start else None
        if (
            before is not None
            and before.lower_ in OBJECT_PRONOUNS
            and _verb_lemma(doc[before.i - 1]) in cues.causative_verbs
        ):
            return before
    return None


def _opens_a_pair(word: Token, end: int) -> bool:
    """'can again be used both in shops and online': 'both' that an 'and' closes names the
    pair after it, no things before."""
    for token in word.doc[word.i + 1 : end]:
        if token.is_punct:
            return False  # "restore both by Wednesday, and that its stores ...": no pair
        if token.lower_ == "and":
            return True
    return False


HAVE_FORMS = PERFECT_AUXILIARIES | {"having"}


def _verb_lemma(token: Token) -> str:
    """The token's lemma, "have" for its forms the tagger calls auxiliaries, which the
    pipeline leaves unlemmatised ("staff had them working again")."""
    return "have" if token.lower_ in HAVE_FORMS else token.lemma_.lower()


def _reports_a_clause(between: Span) -> bool:
    """'It believes both malware variants have been disabled': the pronoun's own verb, then
    the subject of the status verb; the pronoun stands for whoever believes, not a service."""
    verbs = [t.i for t in between if t.pos_ == "VERB"]
    return bool(verbs) and any(t.pos_ in {"NOUN", "PROPN"} and t.i > verbs[0] for t in between)


def _referred_targets(
    sentence: Sentence,
    previous: list[Target],
    cues: Cues,
    referents: frozenset[str],
    earlier: tuple[list[Target], ...] = (),
) -> list[Target]:
    """A status sentence that refers with a pronoun speaks of the services the sentence
    before named; not when a pronoun before it speaks ("it confirmed that it had been hit"):
    services do not talk, so the pronoun stands for the organisation ("They were back by
    Sunday, it said" still speaks of the services). A word that counts ("both", "all three")
    reaches further back, to the nearest of the `earlier` sentences that named as many
    services, past sentences that named none or others ("Customers had to pay in cash while
    engineers worked. By Thursday all three were back")."""
    if not (previous or any(earlier)) or not sentence.has_cue(*STATUS_BY_CUE):
        return []
    span = sentence.span
    pronoun = _referring_pronoun(sentence) or _object_of_a_return(
        sentence, span.start, span.end, cues, referents
    )
    if (
        pronoun is None
        or _pronoun_speaks(sentence, pronoun.i, cues.speech_verbs)
        or _pronoun_is_not_a_service(pronoun)
    ):
        return []
    counted = _referred_count(pronoun)
    reach = (previous, *earlier) if counted is not None else (previous,)
    for named in reach:
        referred = [
            t for t in named if t.entry is not None and t.entry.service not in DATA_SERVICES
        ]
        agreeing = _agreeing(pronoun, referred)
        if agreeing and counted is not None:
            between = pronoun.doc[max(t.end for t in agreeing) : pronoun.i]
            if _a_group_of(counted, between):
                return []  # "Two stations were evacuated. Both reopened within an hour"
        if agreeing:
            return [Target(pronoun.i, pronoun.i + 1, pronoun.text, t.entry) for t in agreeing]
    return []


COUNTED_NOUN_REACH = 3  # "Two senior IT managers": words from the count to its noun
PAIR_NOUN_REACH = 5  # "and its former chief information officer": words to the second noun


def _a_group_of(count: int, words: Span) -> bool:
    """A group of things counted as the referring word counts, told between the services and
    it: a count before a plural ('two stations', 'Two senior IT managers') or, for a pair,
    two nouns joined by 'and' outside any service's words ('Eastmoor General Hospital and
    Kelderby Community Hospital', 'the bank and its former chief information officer')."""
    doc = words.doc
    services = {i for s in doc.spans[SERVICE_SPANS] for i in range(s.start, s.end)}
    for token in words:
        if number_written(token.text) == count and any(
            t.tag_ in PLURAL_NOUN
            for t in doc[token.i + 1 : min(token.i + 1 + COUNTED_NOUN_REACH, words.end)]
        ):
            return True
        if (
            count == 2
            and token.lower_ == "and"
            and token.i not in services
            and token.i > words.start
            and doc[token.i - 1].pos_ in SUBJECT_WORDS
            and doc[token.i - 1].i not in services
            and any(
                t.pos_ in {"NOUN", "PROPN"} and t.i not in services
                for t in doc[token.i + 1 : min(token.i + 1 + PAIR_NOUN_REACH, words.end)]
            )
        ):
            return True
    return False


def _agreeing(pronoun: Token, referred: list[Target]) -> list[Target]:
    """The services a pronoun can stand for by number: "Its tills were restored by noon. It
    was shut on Sunday": "it" is not the tills; "hopes to get them working again" is not its
    one payroll system."""
    doc = pronoun.doc
    counted = _referred_count(pronoun)
    if counted is not None:
        # "both", "all three": as many services as the word counts, or it stands for
        # other things ("All four were back at work": the engineers); systems in general
        # beside two named services are not one of "both", nor are the stores where they
        # are, a thing that completes another's phrase ("returns of online purchases in
        # stores") or a word of a name
        named = [t for t in referred if not (t.entry is not None and t.entry.general)]
        heads = [
            t
            for t in named
            if not (t.entry is not None and t.entry.service is Service.STORES)
            and not (t.start > 0 and doc[t.start - 1].lower_ in COMPLEMENT_LINKS)
            # "Glenmorie Pharmacy": a word of a name
            and not (doc[t.start].ent_type_ == "ORG" or doc[t.start].tag_ == "NNP")
        ]
        return next((found for found in (heads, named, referred) if len(found) == counted), [])
    if pronoun.lower_ in SINGULAR_REFERRING:
        return [t for t in referred if doc[t.end - 1].tag_ not in PLURAL_NOUN]
    if pronoun.lower_ == PLURAL_OBJECT and len(referred) < 2:
        return [t for t in referred if doc[t.end - 1].tag_ in PLURAL_NOUN]
    return referred


PLURAL_NOUN = frozenset({"NNS", "NNPS"})
OBJECT_OPENERS = frozenset({"DET", "NUM", "NOUN", "PROPN"})
NOUN_MODIFIER_POS = frozenset({"NOUN", "NUM"})  # "business customers", "300 clients"
WHEN_OR_WHERE_ENTITIES = WHEN_ENTITIES | {"GPE", "LOC", "FAC"}
# the pipeline runs no lemmatizer, so the copula by its forms
COPULA_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s"})
NOUN_PHRASE_OPENERS = frozenset({"a", "an", "the", "another"})
LIST_JOINERS = frozenset({"and", ","})  # services joined before the aside about them


def _pronoun_is_not_a_service(pronoun: Token) -> bool:
    """A pronoun that a noun phrase names ("It is the second outage this year") stands for
    the event, and one that acts on an object ("It cancelled nine sailings") for the company:
    a service has a state ("it was back online"); it neither is an outage nor cancels
    sailings."""
    doc = pronoun.doc
    index = pronoun.i + 1
    while index < len(doc) and doc[index].pos_ == "ADV":
        index += 1
    if index >= len(doc):
        return False
    while doc[index].lower_ in PERFECT_AUXILIARIES and index + 1 < len(doc):
        index += 1  # "it has been the worst week": the copula after its auxiliary
    if doc[index].lower_ in COPULA_FORMS:
        index += 1
        while index < len(doc) and doc[index].pos_ in {"ADV", "PART"}:
            index += 1
        # "it was the second outage", not "it was all working again"
        return index < len(doc) and (
            doc[index].lower_ in NOUN_PHRASE_OPENERS or doc[index].tag_ == "PRP$"
        )
    while index < len(doc) and doc[index].pos_ == "AUX":
        index += 1
    if index + 1 >= len(doc) or doc[index].pos_ != "VERB" or doc[index].tag_ == "VBG":
        return False
    following = doc[index + 1]
    return (
        following.pos_ in OBJECT_OPENERS or following.tag_ == "PRP$"
    ) and following.ent_type_ not in WHEN_ENTITIES


def _pronoun_speaks(sentence: Sentence, before: int, speech_verbs: frozenset[str]) -> bool:
    """A pronoun before `before` that is a speech verb's subject ("it confirmed that it had
    been hit"): the pronoun it reports about is the same speaker."""
    doc = sentence.span.doc
    for token in doc[sentence.span.start : before]:
        if token.lower_ not in REFERRING:
            continue
        index = token.i + 1
        while index < before and doc[index].pos_ in BETWEEN_SUBJECT_AND_VERB:
            index += 1
        if doc[index].pos_ == "VERB" and speaks_at(doc, index, speech_verbs):
            return True
    return False


SPEAKER_REACH = 4  # "but the company said this ...": words of the speaker before its verb
COMPANY_PRONOUN = "it"  # after a speaker, the one speaking: "a spokeswoman said it ..."
SPEAKER_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ"})  # a named speaker, not "it said"


def _clause_pronoun(
    sentence: Sentence, start: int, end: int, speech_verbs: frozenset[str]
) -> Token | None:
    """A pronoun that stands for services as the subject of the clause [start, end) and of
    its status words ("...; it came back online on Tuesday"), also inside the words a
    speaker opens the clause with ("but the company said this should be back soon"). An
    object pronoun ("hoped to restore both") is left alone: measured, it more often stood
    for something else; the pronoun a return acts on is _object_of_a_return's."""
    doc = sentence.span.doc
    cues = [c for c in sentence.cues_labelled(*STATUS_BY_CUE) if start <= c.start < end]
    if not cues:
        return None
    words = _past_a_conjunction([t for t in doc[start:end] if not (t.is_punct or t.is_space)])
    for position, word in enumerate(words[: SPEAKER_REACH + 1]):
        if word.lemma_.lower() in speech_verbs and word.pos_ == "VERB":
            if position and all(w.pos_ in SPEAKER_POS for w in words[:position]):
                words = words[position + 1 :]
                if words and words[0].lower_ == "that" and len(words) > 1:
                    words = words[1:]
                if words and words[0].lower_ == COMPANY_PRONOUN:
                    return None  # "a spokeswoman said it remained open": "it" is the company
            break
    if words and words[0].lower_ in REFERRING:
        # its own predicate: "it came back online", "they were restored"; not "it said ..."
        index = words[0].i + 1
        cue_starts = {cue.start for cue in cues}
        while (
            index < end
            and index not in cue_starts  # "this should be back": the cue opens on its modal
            and (
                doc[index].pos_ in BETWEEN_SUBJECT_AND_VERB
                or doc[index].lower_ in SUBJECT_VERB_FILLERS
            )
        ):
            index += 1
        if index in cue_starts:
            return words[0]
    return None


def _expected_pronoun(
    sentence: Sentence, start: int, end: int, cues: Cues, people: frozenset[str]
) -> Token | None:
    """'..., and the bank expects it to return on Wednesday': the pronoun an expectation
    takes before the infinitive of a return, in the clause [start, end), when the one who
    expects is the organisation (a name, a word for it or its pronoun: not 'investors
    expect it to recover'), and no people the pronoun may stand for come before it ('Staff
    were sent home ..., and the bank expects them to return')."""
    doc = sentence.span.doc
    expecting = {
        c.end - 1
        for c in sentence.cues_labelled("expected")
        if start <= c.start < end and _expected_by_the_organization(_expecter(doc, c.start), cues)
    }
    for cue in sentence.cues_labelled("restored"):
        if not start <= cue.start < end:
            continue
        index = cue.start - 1
        while index > start and (doc[index].pos_ in {"AUX", "PART"} or doc[index].lower_ == "to"):
            index -= 1
        pronoun = doc[index]
        if (
            index < cue.start - 1
            and pronoun.lower_ in OBJECT_PRONOUNS
            and index - 1 in expecting
            # "them" may stand for people named before ("Staff were sent home ..."); "it" not
            and not (
                pronoun.lower_ == PLURAL_OBJECT
                and any(t.lower_ in people for t in doc[sentence.span.start : index])
            )
        ):
            return pronoun
    return None


def _expecter(doc: Doc, verb: int) -> Token:
    """The word before a verb of expecting, past its adverbs and auxiliaries ('the bank now
    expects', 'the bank is expecting')."""
    index = verb - 1
    while index > 0 and doc[index].pos_ in {"ADV", "AUX"}:
        index -= 1
    return doc[index]


def _expected_by_the_organization(expecter: Token, cues: Cues) -> bool:
    """The word before a verb of expecting is the organisation: its name ('Harlow Bank
    expects'), a word for it ('the bank expects') or its pronoun ('it expects'), or an
    'and' that shares the subject of a verb before ('the OHPD was rebuilding the system and
    expected it to be back')."""
    return (
        expecter.pos_ == "PROPN"
        or expecter.lower_ == SHARED_SUBJECT_LINK
        or expecter.lower_ in cues.organization_pronouns
        or expecter.lower_ in cues.anaphora_heads | cues.kind_anaphora_heads
    )


def _clause_referred_targets(
    sentence: Sentence,
    targets: list[Target],
    people: frozenset[str],
    cues: Cues,
    referents: frozenset[str],
) -> list[Target]:
    """A later clause of the sentence that names no service and refers with a pronoun speaks
    of the services its earlier clauses named."""
    referred: list[Target] = []
    for clause in range(1, len(sentence.clause_starts) + 1):
        start, end = sentence.clause_bounds(clause)
        if any(start <= t.start < end for t in targets):
            continue
        pronoun = (
            _clause_pronoun(sentence, start, end, cues.speech_verbs)
            or _object_of_a_return(sentence, start, end, cues, referents)
            or _expected_pronoun(sentence, start, end, cues, people)
        )
        if pronoun is None:
            continue
        # the services of the clause just before ("...and staff were sent home; they
        # returned" speaks of staff); "it" is the nearest one
        before = sentence.clause_bounds(sentence.clause_before(clause))[0]
        named = [
            t
            for t in targets
            if before <= t.start < start
            and t.entry is not None
            and t.entry.service not in DATA_SERVICES
        ]
        if pronoun.lower_ in SINGULAR_REFERRING:
            named = named[-1:]
        # "them" agrees in number; "this should be fixed" may still be the refunds
        if pronoun.lower_ == PLURAL_OBJECT:
            named = _agreeing(pronoun, named)
        doc = sentence.span.doc
        if named and any(token.lower_ in people for token in doc[named[-1].end : pronoun.i]):
            continue  # "card payments failed and staff were sent home; they returned"
        referred += [Target(pronoun.i, pronoun.i + 1, pronoun.text, t.entry) for t in named]
    return referred


def _remainder_targets(
    sentence: Sentence,
    targets: list[Target],
    previous: list[Target],
    partly_back: list[Target],
    cues: Cues,
) -> list[Target]:
    """'Twelve of its fifteen cafes had reopened, and the other three should reopen before the
    end of the month': the rest of a whole counted before ('the other three', 'the remaining
    ones', 'the rest'), with no noun of its own, stands for the service counted nearest before
    it, in its sentence or the one before, when a status word of its clause reaches it; so
    does the rest after a service the sentence before told partly back ('The app is working
    again for most customers. The remainder should be reconnected by Friday.')."""
    doc = sentence.span.doc
    found: list[Target] = []
    for token in sentence.span:
        if token.lower_ not in cues.remainder_heads or token.i == sentence.span.start:
            continue
        if doc[token.i - 1].lower_ != "the":
            continue
        end = token.i + 1
        while end < sentence.span.end and (doc[end].like_num or doc[end].lower_ in PRO_FORMS):
            end += 1  # "the other three", "the remaining ones"
        place = _places_reached(doc, end, sentence.span.end, cues.reached_places)
        if place is None and (
            end < sentence.span.end
            and (doc[end].pos_ in {"NOUN", "PROPN"} or doc[end].lower_ == "of")
        ):
            continue  # "the other stores", "the rest of its shops": a noun of its own
        end = place or end
        start, stop = sentence.clause_bounds(sentence.clause_of(token.i))
        if any(start <= t.start < stop for t in targets):
            continue
        wholes = [t for t in targets if t.end <= token.i] or previous
        plural = [
            t
            for t in wholes
            if t.entry is not None
            and t.entry.service not in DATA_SERVICES
            and doc[t.end - 1].tag_ in PLURAL_NOUN
        ]
        # the whole that was counted ("twelve of its fifteen cafes"), no other plural
        counted = [t for t in plural if _counted(doc, t, cues.partitive_words)]
        told_back = {t.entry.service for t in partly_back if t.entry is not None}
        if (
            partly_back
            and not any(t.end <= token.i for t in targets)
            and not any(t.entry is not None and t.entry.service in told_back for t in counted)
            and not _counts_before(sentence, token.i, cues.partitive_words)
        ):
            # what the sentence before told partly back, however it was told ("Card payments
            # were working again in 12 of its 26 shops. The other 14 ...", "It was back for
            # most customers. The rest ..."), over a count of the places it came back to; a
            # whole counted and told partly back itself keeps the rest ("Only 12 of its 26
            # shops had reopened, though online orders were back. The other 14 ..."), and a
            # count of something else in the rest's own sentence takes it ("About half of the
            # orders have been refunded, and the rest should follow")
            counted = partly_back
        if counted:
            whole = counted[-1]
            found.append(Target(token.i - 1, end, doc[token.i - 1 : end].text, whole.entry))
    return found


def _follows_on(sentence: Sentence, remainder: Target, cues: Cues) -> bool:
    """'The other three should follow by the end of next week': the rest of a service partly
    back, before a verb of following in its clause with a word of what is to come, will come
    back as the part did."""
    doc = sentence.span.doc
    stop = sentence.clause_end_after(remainder.start)
    words = doc[remainder.end : stop]
    return any(_follows_alone(t, cues) for t in words) and (
        any(t.lower_ in cues.prospective_modals for t in words)
        or any(c.label == "expected" and remainder.end <= c.start < stop for c in sentence.cues)
    )


def _places_reached(doc: Doc, start: int, stop: int, reached: frozenset[str]) -> int | None:
    """Where a remainder's phrase ends when its noun is of the places or people a service
    reaches ('the other 14 branches', 'the rest of the country', 'the remaining wards'),
    which keep the remainder the service's own."""
    index = start
    if index < stop and doc[index].lower_ == "of":
        index += 1
        while index < stop and (doc[index].pos_ == "DET" or doc[index].tag_ in POSSESSIVE_TAGS):
            index += 1  # "the rest of its shops"
    if index < stop and doc[index].lower_ in reached and doc[index].pos_ == "NOUN":
        return index + 1
    return None


def _counts_before(sentence: Sentence, index: int, partitives: frozenset[str]) -> bool:
    """A count of a whole ('About half of the affected orders', 'Twelve of its') before the
    token in its sentence."""
    doc = sentence.span.doc
    return any(
        (t.like_num or t.lower_ in partitives) and t.i + 1 < index and doc[t.i + 1].lower_ == "of"
        for t in doc[sentence.span.start : index]
    )


COUNT_REACH = 4  # "twelve of its fifteen", "most of the company's"
PRO_FORMS = frozenset({"ones"})  # "the remaining ones": no noun of their own


def _counted(doc: Doc, target: Target, partitives: frozenset[str]) -> bool:
    """The service is told as a count of a whole: 'twelve of its fifteen cafes', 'most of its
    stores', '75 stores'."""
    if target.start > 0 and doc[target.start - 1].like_num:
        return True
    before = doc[max(target.start - COUNT_REACH, 0) : target.start]
    of = next((t for t in reversed(before) if t.lower_ == "of"), None)
    if of is None or of.i == 0:
        return False
    count = doc[of.i - 1]
    return count.like_num or count.lower_ in partitives


def _recap(sentence: Sentence, start: int) -> bool:
    """A statement recalls the past when its own clause and those it depends on hold a word
    of the past and none of now: in "The faulty part had been replaced, and the app was
    working again" only the first clause is a recap."""
    statement = sentence.clause_with_dependents_of(start)
    labels = {
        cue.label
        for cue in sentence.cues
        if sentence.clause_with_dependents_of(cue.start) == statement
    }
    return "historical" in labels and CURRENT_LABEL not in labels


def _general_targets(sentence: Sentence, targets: list[Target], cues: Cues) -> list[Target]:
    """'It had since fixed the problem': a return with no service named is a general claim,
    and so is one whose subject is the problem ("the issue was fixed and all stores opened as
    normal"), when every service of its clause comes after it, or one that removes what the
    attack opened ("cut off the attackers' access"); not a return still waited for ("until
    the issue is resolved")."""
    found = []
    doc = sentence.span.doc
    for cue in sentence.cues_labelled("restored"):
        clause = sentence.clause_of(cue.start)
        opening, _ = sentence.clause_bounds(clause)
        conditioned = any(token.lower_ in CONDITIONS for token in doc[opening : cue.start])
        if conditioned and not _dated_in_the_past(sentence, cue):
            continue  # "postponed deliveries until the issue is resolved": a condition
        # "paused its portal while staff secured its network" tells why it paused; "while
        # the code was removed" still ends the attack
        during = any(token.lower_ in DURING for token in doc[opening : cue.start])
        ended = _problem_the_return_names(sentence, cue, cues)
        if ended is not None and not (during and ended.lower_ in cues.secured_things):
            found.append(Target(ended.i, ended.i + 1, ended.text, None))
            continue
        if during:
            continue
        general = [
            token
            for token in sentence.span
            if sentence.clause_of(token.i) == clause
            and token.lower_ in cues.general_claim_nouns
            and not _placing(token)
        ]
        if not general:
            itself = None if targets else _the_organization_itself(sentence, cue, cues)
            itself = itself or _pronoun_for_the_problem(sentence, cue, targets, cues)
            if itself is not None:
                found.append(Target(itself.i, itself.i + 1, itself.text, None))
            continue
        if _returns_something_else(sentence, cue, targets, cues):
            continue
        if _a_trouble_recurring(sentence, cue, general, cues):
            continue
        named = [
            t
            for t in targets
            if sentence.clause_of(t.start) == clause
            and not _told_after_the_problem(sentence, general[0], t)
        ]
        if not named:
            found.append(Target(general[0].i, general[0].i + 1, general[0].text, None))
            continue
        subjects = [token for token in general if token.i < cue.start]
        if subjects and all(t.start >= cue.end for t in named):
            subject = subjects[-1]
            found.append(Target(subject.i, subject.i + 1, subject.text, None))
    return found + _working_normally_again(sentence, targets, cues)


def _a_trouble_recurring(sentence: Sentence, cue: Cue, general: list[Token], cues: Cues) -> bool:
    """'The problem came back on Tuesday': a trouble heading the subject of what comes back
    recurred; 'it was a computer problem and to come back later' tells people when to
    return. No claim that the trouble is over, as one fixed or resolved is; not 'services
    disrupted by the attack have now returned', whose subject is the services."""
    doc = sentence.span.doc
    verb = next((t for t in doc[cue.start : cue.end] if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.lemma_.lower() not in cues.intransitive_return_lemmas:
        return False
    troubles = [t for t in general if t.i < cue.start and t.lower_ in cues.recurring_troubles]
    if not troubles:
        return False
    trouble = troubles[-1]
    between = doc[trouble.i + 1 : cue.start]
    # "a computer problem and to come back later": people told to return
    if all(t.pos_ in INSTRUCTION_LINK_POS for t in between) and any(
        t.lower_ == "to" for t in between
    ):
        return True
    # "a computer problem and they should come back later": people told to return
    if all(t.pos_ in INSTRUCTION_LINK_POS | {"PRON", "AUX"} for t in between) and any(
        t.lower_ in cues.people_pronouns for t in between
    ):
        return True
    # the trouble heads the subject of the return ("On Tuesday the problem came back", "the
    # glitch has returned"): only auxiliaries and adverbs after it, and no preposition
    # before its noun phrase ("services disrupted by the attack have returned")
    if not all(t.pos_ in {"AUX", "ADV", "PART"} for t in between):
        return False
    start = trouble.i
    while start > sentence.span.start and doc[start - 1].pos_ in {"DET", "ADJ", "NOUN"}:
        start -= 1
    return start == sentence.span.start or doc[start - 1].pos_ != "ADP"


INSTRUCTION_LINK_POS = frozenset({"CCONJ", "PART"})  # "a problem and to come back later"
SHARED_SUBJECT_LINK = "and"  # "... was rebuilding the system and expected it to be back"


def _told_after_the_problem(sentence: Sentence, problem: Token, target: Target) -> bool:
    """'had fixed the problem and all its systems were running normally': a service after
    the problem a return ends, past an "and" that opens its own subject and verb, is another
    statement's; the problem's return stands as a general claim beside it."""
    doc = sentence.span.doc
    return any(
        token.lower_ == "and" and opens_clause(sentence, token.i)
        for token in doc[problem.i + 1 : target.start]
    )


MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})


def _modified(noun: Token) -> bool:
    """'frontline services', 'emergency services': a modifier makes the noun some of them;
    a time before it ('By Friday everything ...') modifies nothing."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return (
        before is not None and before.pos_ in MODIFIER_POS and before.ent_type_ not in WHEN_ENTITIES
    )


def _denies_trouble(sentence: Sentence) -> bool:
    """A negation before a word of trouble in its clause ('its website had not been
    affected'): the sentence tells that something was never down."""
    return any(
        other.start >= negation.end
        and sentence.clause_of(other.start) == sentence.clause_of(negation.start)
        for negation in sentence.cues_labelled("negation")
        for other in sentence.cues_labelled(*TROUBLE_LABELS)
    )


def _working_normally_again(sentence: Sentence, targets: list[Target], cues: Cues) -> list[Target]:
    """'Harrowby Council said everything was working normally', 'its business was operating
    normally', 'the company is trading normally': the whole of a victim told in its normal
    state is back, a general claim (the victim was hit, so its normal state is a return);
    not a service named in the clause (that service's state), nor one told so throughout
    ('continued to trade normally', 'remained open as usual')."""
    if _denies_trouble(sentence):
        return []  # "had not been affected, and its operations were running normally"
    found = []
    doc = sentence.span.doc
    for cue in sentence.cues_labelled("unaffected"):
        if not any(doc[i].lower_ in cues.normal_words for i in range(cue.start, cue.end)):
            continue
        clause = sentence.clause_of(cue.start)
        start, end = sentence.clause_bounds(clause)
        # its own clause, or the one right after it that a steady word opens ("opened as
        # normal this week despite a cyber attack that ...")
        opener = min(end + 1, sentence.span.end)
        if any(t.lower_ in cues.steady_throughout_words for t in doc[start:opener]):
            continue
        if any(sentence.clause_of(t.start) == clause for t in targets):
            continue
        general = [
            t
            for t in doc[start : cue.start]
            if t.lower_ in cues.whole_business_nouns and not _modified(t)
        ]
        subject = general[-1] if general else _the_organization_itself(sentence, cue, cues)
        if subject is not None:
            found.append(Target(subject.i, subject.i + 1, subject.text, None))
    return found


PAST_FORMS = frozenset({"was", "were", "had"})


def _dated_in_the_past(sentence: Sentence, cue: Cue) -> bool:
    """'The code ran from May until it was found and contained on June 9': a return after
    'until' told in the past with its day happened; 'until the issue is resolved' and 'said it
    would stay shut until the fault was fixed' (no day) are still conditions."""
    doc = sentence.span.doc
    past = any(token.lower_ in PAST_FORMS for token in doc[cue.start : cue.end])
    clause = sentence.clause_of(cue.start)
    dated = any(
        token.ent_type_ == "DATE"
        for token in doc[cue.end - 1 : sentence.span.end]
        if sentence.clause_of(token.i) == clause
    )
    return past and dated


def _problem_the_return_names(sentence: Sentence, cue: Cue, cues: Cues) -> Token | None:
    """A return whose own words name the attack it ends ('contained the incident', 'the
    breach has been contained', 'removed malicious code', 'it had been contained by June 3',
    whose pronoun is the problem) or what it made safe ('had secured the affected server'):
    a general claim whatever services its clause names
    besides ('it had contained the incident, reset passwords and ...'). Not attacks of a
    kind warded off ('they blocked attacks'), nor the systems a return names ('most
    systems, including email, were back in operation'): those are the general path's, where
    a service named beside them is what came back."""
    doc = sentence.span.doc
    if doc[cue.start].lower_ in SINGULAR_REFERRING:
        return doc[cue.start]  # only a containment opens on its pronoun ("it had been contained")
    # "to get the booking system back": what comes back was down, not made safe; "staff
    # have access to email again", "have regained access": access given back, not cut off
    returned = any(
        token.lower_ in cues.returned_words or token.lemma_.lower() in cues.returned_words
        for token in doc[cue.start : cue.end]
    )
    return next(
        (
            token
            for token in doc[cue.start : cue.end]
            if (token.lower_ in cues.containment_objects and not returned)
            or (token.lower_ in cues.secured_things and not returned)
            or (token.lower_ in cues.attack_problems and not _of_a_kind(token))
        ),
        None,
    )


def _secures_the_mention(sentence: Sentence, cue: Cue, span: Target, cues: Cues) -> bool:
    """A containment whose own words hold a service's mention ('had secured its systems',
    'secured the affected accounts') made that service safe, as one that removed the problem
    from it did ('the skimming code had been removed from its servers'); it tells of no return,
    since nothing says the service was down (the containment itself is a general claim)."""
    return (
        cue.label == "restored"
        and (_holds(cue, span) or _removed_from_it(sentence, cue, span))
        and _problem_the_return_names(sentence, cue, cues) is not None
    )


REMOVED_FROM_REACH = 4  # "removed from all of its point-of-sale systems"
REMOVED_FROM_POS = frozenset({"DET", "PRON", "ADJ", "NOUN", "NUM", "ADP", "PUNCT"})


def _removed_from_it(sentence: Sentence, cue: Cue, span: Target) -> bool:
    """The mention is where the return's problem was taken from: 'removed from its systems'."""
    doc = sentence.span.doc
    # the cue may end on the "from" itself ("had been removed from" takes the word after it)
    opening = cue.end - 1 if doc[cue.end - 1].lower_ == "from" else cue.end
    between = doc[opening : span.start]
    return (
        0 < len(between) <= REMOVED_FROM_REACH
        and between[0].lower_ == "from"
        and all(token.pos_ in REMOVED_FROM_POS for token in between[1:])
    )


ATTRIBUTIVE_TAGS = frozenset({"JJ", "VBN", "VBD"})  # "closed", "suspended", "affected"


DOWN_CUE_LABELS = frozenset({"disrupted", "suspended"})
# the words of a cause's noun phrase, up to the place it names: "a faulty update to its core
# banking system", "a failed upgrade of the till software"
CAUSE_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON", "ADP", "PART"})
CAUSE_PHRASE_TAGS = frozenset({"VBN", "VBG", "HYPH"})  # "a failed upgrade", "a cyber-attack"


def _in_the_cause(sentence: Sentence, cue: Cue, span: Target, cues: Cues) -> bool:
    """A trouble told before the mention, the mention inside the noun phrase of its cause
    ('the outage was caused by a failed upgrade to its core banking system', 'tills stopped
    working after a fault in the payment system'): the mention is where the cause lay, and
    the trouble word tells no state of it; not a service listed after the cause ('suspended
    after the attack, as was its website')."""
    if cue.label not in DOWN_CUE_LABELS or cue.end > span.start:
        return False
    doc = sentence.span.doc
    links = blame_phrases(cues.blame_links, cues.cause_connectors)
    _, widest = phrase_shape(links)
    for link in range(span.start - 1, cue.end - 1, -1):
        token = doc[link]
        width = phrase_width_at(doc, link, span.start, links, widest)
        if width:
            return True
        if token.pos_ not in CAUSE_PHRASE_POS and token.tag_ not in CAUSE_PHRASE_TAGS:
            return False  # a comma, a conjunction or a verb of its own ends the phrase
    return False


def _object_of(sentence: Sentence, cue: Cue, span: Target) -> bool:
    """The cue ends on a verb (or its particle) whose object the mention is, with only a
    determiner and modifiers between them: 'isolated the affected systems', 'shut down the
    five affected servers'."""
    doc = sentence.span.doc
    last = doc[cue.end - 1]
    verb = last.pos_ == "VERB" or (last.pos_ == "ADP" and doc[cue.end - 2].pos_ == "VERB")
    return (
        verb
        and cue.end <= span.start
        and all(doc[i].pos_ in OBJECT_MODIFIER_POS for i in range(cue.end, span.start))
    )


def _attributive(sentence: Sentence, cue: Cue, span: Target, cues: Cues) -> bool:
    """The cue's words stand before the mention inside its noun phrase, after a determiner, a
    possessive, a word of part or a preposition: 'the closed branches', 'its suspended
    services', 'the five affected stores', 'most affected servers', '90 per cent of affected
    servers'."""
    doc = sentence.span.doc
    if cue.end != span.start or cue.start <= sentence.span.start:
        return False
    if not all(doc[i].tag_ in ATTRIBUTIVE_TAGS for i in range(cue.start, cue.end)):
        return False
    before = doc[cue.start - 1]
    return (
        before.pos_ in {"DET", "NUM", "ADP"}
        or before.tag_ in POSSESSIVE_TAGS | {"POS"}
        or before.lower_ in cues.partitive_words
    )


def _after_before(sentence: Sentence, start: int, openers: frozenset[str]) -> bool:
    """The words at start follow 'before' (`openers`), past a gerund 'being' and adverbs:
    'before being restored', 'before finally being fixed', 'before coming back online'
    (the gerund is no return under way)."""
    doc = sentence.span.doc
    index = start - 1
    while index > sentence.span.start and (
        doc[index].lower_ == "being" or doc[index].pos_ == "ADV"
    ):
        index -= 1
    return index >= sentence.span.start and doc[index].lower_ in openers


def _a_later_return(sentence: Sentence, cue: Cue, span: Target, cues: Cues) -> bool:
    """A return told after the mention and its trouble, opened by 'before' with no subject of
    its own: 'were offline for three days before being restored', 'failed for two hours before
    coming back online'."""
    return (
        cue.label == "restored"
        and cue.start >= span.end
        and _after_before(sentence, cue.start, cues.later_openers)
    )


def _predicate_of(sentence: Sentence, cue: Cue, span: Target, cues: Cues) -> bool:
    """The cue follows the mention with no break between, the mention no preposition's object
    but a part's ('90 per cent of affected servers were back'): 'the shut branches are due to
    reopen', not 'separate from the affected systems, and water services are operating
    normally'."""
    doc = sentence.span.doc
    if cue.start < span.end or any(
        doc[i].pos_ in {"PUNCT", "CCONJ"} for i in range(span.end, cue.start)
    ):
        return False
    opener = _word_before_the_phrase(doc[span.start])
    return opener is None or opener.pos_ != "ADP" or opener.lower_ in cues.open_subject_words


# "focus on", "committed to", "a date for": after a word of aim or plan only
AIM_PREPOSITIONS = frozenset({"on", "to", "towards", "toward", "for"})
AIM_COPULAS = (COPULA_FORMS - {"being", "'s"}) | {"remains", "remained"}  # "remains the priority"
AIM_REACH = 12  # "Restoring the payroll system at its depots has been the company's first priority"
AIM_COPULA_REACH = 6  # "has been the company's top priority"
AIM_SUBJECT_SKIPPED_POS = frozenset({"ADV", "AUX", "ADP", "DET"})  # "the priority for now is"


def _a_return_named_as_an_aim(sentence: Sentence, cue: Cue, cues: Cues) -> bool:
    """A return told as a gerund that names an aim: after a word of aim and its preposition
    ('its focus is on restoring the booking system', 'committed to reopening its stores', 'a
    date for reopening the depot'), after a word of aim and its copula ('its focus is
    restoring its tills'), or as the subject of a word of aim ('Restoring the payroll system
    is the first priority'); not one told done ('thanked staff for restoring the
    website', 'Restoring the website took three days', 'Reopening its stores on Wednesday, the
    chain apologised')."""
    doc = sentence.span.doc
    if doc[cue.start].tag_ != "VBG":
        return False
    index = cue.start - 1
    while index >= sentence.span.start and doc[index].pos_ == "ADV":
        index -= 1
    if index >= sentence.span.start and doc[index].lower_ in AIM_PREPOSITIONS:
        before = index - 1
        while before >= sentence.span.start and doc[before].pos_ in {"ADV", "AUX"}:
            before -= 1  # "its focus is on", "is firmly committed to"
        return before >= sentence.span.start and doc[before].lower_ in cues.aim_words
    if index > sentence.span.start and doc[index].lower_ in AIM_COPULAS:
        # "its focus is restoring its tills", "its focus has been restoring", "the priority
        # for now is restoring": the copula's subject is a word of aim; "every account was up
        # to date and all of its services were running normally" names none
        subject = index - 1
        while subject > sentence.span.start and doc[subject].pos_ in AIM_SUBJECT_SKIPPED_POS:
            subject -= 1
        return doc[subject].lower_ in cues.aim_words
    if not only_punctuation_before(doc, sentence.span.start, cue.start):
        return False
    after = doc[cue.end : min(cue.end + AIM_REACH, sentence.span.end)]
    return any(
        token.lower_ in cues.aim_words
        and any(
            word.lower_ in AIM_COPULAS
            for word in doc[max(cue.end, token.i - AIM_COPULA_REACH) : token.i]
        )
        for token in after
    )


RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT", "WP$"})  # "who", "that", "whose"


def _handed_back_to_people(sentence: Sentence, cue: Cue, cues: Cues) -> bool:
    """A thing people have or get back is handed back to them, no service's return:
    'customers who were charged twice will get their card payments back', 'shoppers should
    get their orders back within a week'. The subject is the first noun before the verb, past
    its verb group and a relative clause with no noun of its own."""
    doc = sentence.span.doc
    if doc[cue.start].lower_ not in cues.having_forms:
        return False
    for token in reversed(doc[sentence.span.start : cue.start]):
        if token.lower_ in cues.end_users:
            return True
        if token.pos_ in {"NOUN", "PROPN"} or (
            token.pos_ == "PRON" and token.tag_ not in RELATIVE_PRONOUN_TAGS
        ):
            return False
    return False


def _holds(cue: Cue, span: Target) -> bool:
    """The cue's own words hold the whole mention."""
    return cue.start <= span.start and span.end <= cue.end


def _of_a_kind(noun: Token) -> bool:
    """'say they blocked attacks': a bare plural tells of attacks in general, warded off,
    not of the one the story is about ('blocked the attacks', 'removed malicious code')."""
    before = noun.doc[noun.i - 1] if noun.i else None
    return noun.tag_ == "NNS" and not (
        before is not None and (before.pos_ in {"DET", "NUM"} or before.tag_ in POSSESSIVE_TAGS)
    )


def _returns_something_else(
    sentence: Sentence, cue: Cue, targets: list[Target], cues: Cues
) -> bool:
    """'The attack came in a busy week for the council, which fixed the potholes on the high
    street': a return whose object is a thing of its own, neither the problem nor a service,
    tells of that thing, not of the problem its clause names ('fixed the problem', 'restored
    its systems' and 'fixed it' are the problem's)."""
    doc = sentence.span.doc
    if doc[cue.end - 1].pos_ != "VERB":
        return False
    for token in doc[cue.end : min(cue.end + OBJECT_REACH, sentence.span.end)]:
        if _before_a_noun(token) or token.tag_ in QUANTIFIER_TAGS:
            continue
        return (
            token.pos_ == "NOUN"
            and token.lower_ not in cues.general_claim_nouns
            and not any(t.start <= token.i < t.end for t in targets)
        )
    return False


def _pronoun_for_the_problem(
    sentence: Sentence, cue: Cue, targets: list[Target], cues: Cues
) -> Token | None:
    """'X said the outage had been caused by a faulty router at its data centre, and that it
    had been fixed': the pronoun subject of a return stands for the problem when the nearest
    subject before it in its sentence, outside a clause of time or cause, is the problem, not
    a service ('the website crashed, and it was fixed by noon' is the website's return)."""
    doc = sentence.span.doc
    index = cue.start - 1
    while index >= sentence.span.start and doc[index].pos_ in {"AUX", "ADV", "PART"}:
        index -= 1
    if index < sentence.span.start or doc[index].lower_ not in SINGULAR_REFERRING:
        return None
    pronoun = doc[index]
    if any(t.start <= pronoun.i < t.end for t in targets):
        return None
    if pronoun.lower_ == "this" and _opens_its_sentence(sentence, pronoun):
        return pronoun if _last_word_before(sentence, cues.general_claim_nouns) else None
    service_ends = {t.end - 1 for t in targets}
    for token in reversed(doc[sentence.span.start : pronoun.i]):
        if not _a_subject(token) or _in_a_time_clause(token, cues):
            continue
        if token.i in service_ends:
            return None
        if token.lower_ in cues.general_claim_nouns and not _placing(token):
            return pronoun
    return None


def _opens_its_sentence(sentence: Sentence, token: Token) -> bool:
    return only_punctuation_before(sentence.span.doc, sentence.span.start, token.i)


def _last_word_before(sentence: Sentence, words: frozenset[str]) -> bool:
    """'... had caused the problem. "This was fixed by 1pm"': whether the sentence before
    ends on one of the words, the thing a demonstrative opening the next one points back to."""
    doc = sentence.span.doc
    index = sentence.span.start - 1
    while index >= 0 and (doc[index].is_punct or doc[index].is_space):
        index -= 1
    return index >= 0 and doc[index].lower_ in words


def _in_a_time_clause(subject: Token, cues: Cues) -> bool:
    """'It was among the first systems taken offline when the attack was detected, and it
    will not be switched back on until ...': the subject of a clause of time or cause is
    not the one a later pronoun goes on telling of."""
    before = _word_before_the_phrase(subject)
    return before is not None and before.lower_ in cues.subordinators


def _word_before_the_phrase(noun: Token, modifiers: frozenset[str] = frozenset()) -> Token | None:
    """The word before the noun phrase a noun heads: past determiners, adjectives and
    possessives, and words of the given parts of speech ('business' in 'business
    customers')."""
    index = noun.i - 1
    while index >= 0 and (_before_a_noun(noun.doc[index]) or noun.doc[index].pos_ in modifiers):
        index -= 1
    return noun.doc[index] if index >= 0 else None


def _a_subject(token: Token) -> bool:
    """A noun its finite verb follows, an adverb allowed between ('the outage had been
    caused', 'the website quickly crashed')."""
    doc = token.doc
    index = token.i + 1
    while index < len(doc) and doc[index].pos_ == "ADV":
        index += 1
    return token.pos_ in {"NOUN", "PROPN"} and index < len(doc) and doc[index].tag_ in FINITE_TAGS


def _the_organization_itself(sentence: Sentence, cue: Cue, cues: Cues) -> Token | None:
    """'It expects to be operating normally again by Friday', 'The company is back to normal',
    '"We are fully operational again"': a return whose subject is the organisation itself (a
    pronoun for it, an anaphora for it, its name), only verbs and adverbs between, tells of
    all of it, a general claim, as does the return of those it serves as its subject
    ('expects all affected clients back to normal', 'most of its customers were back
    online', not after a preposition nor in an outside voice); the subject, or None when the
    return is told of another.
    Not a return with an object ('expects to restore access by Friday', 'will switch the
    scheme back on', 'recovered £88,000', 'resumed hiring': the object is what comes back), a
    return to what is no service ('returned to profit', 'back in profit'), one in a clause of
    time or condition ('keep trading while it recovers'), one whose 'it' is in the words of
    someone else ('Analysts doubt it will be back to normal'), nor one in a sentence that
    names a service (that is what is back)."""
    doc = sentence.span.doc
    if doc[cue.start].pos_ == "NOUN" or _has_an_object(doc, cue, cues):
        return None  # "Colonial Pipeline restart: live updates": a noun names no return
    opening, _ = sentence.clause_bounds(sentence.clause_of(cue.start))
    if doc[opening].lower_ in cues.subordinators | cues.condition_openers:
        return None
    index = cue.start - 1
    while index >= opening and _between_subject_and_return(doc[index]):
        index -= 1
    if index < opening:
        return None
    subject = doc[index]
    if subject.lower_ in cues.served_groups:
        # "expects all affected clients back to normal by Friday"; not "customers could once
        # again buy ...", where what they do again is the return, nor an analyst's guess
        following = doc[cue.end] if cue.end < sentence.span.end else None
        acting = following is not None and following.pos_ == "VERB"
        in_a_phrase = _after_a_preposition(subject, cues)
        return None if acting or sentence.outside_voice or in_a_phrase else subject
    if subject.lower_ in cues.organization_pronouns:
        return subject if _told_by_the_organization(sentence, subject, cues) else None
    if index > opening and _the_story_organization(subject, cues):
        return subject
    return subject if any(name.end - 1 == index for name in _organization_names(doc)) else None


def _the_story_organization(token: Token, cues: Cues) -> bool:
    """'the retailer', 'the chain': an anaphora head after 'the' stands for the organisation
    the story is about."""
    return (
        token.lower_ in cues.anaphora_heads
        and token.i > 0
        and token.doc[token.i - 1].lower_ == "the"
    )


def _after_a_preposition(noun: Token, cues: Cues) -> bool:
    """'collections from business customers had resumed': a noun after a preposition is no
    subject ('most of its customers' is a part of them; 'said that its customers were back'
    and 'after its customers' open clauses, though the tagger reads them as prepositions)."""
    before = _word_before_the_phrase(noun, NOUN_MODIFIER_POS)
    still_a_subject = cues.open_subject_words | cues.subordinators
    return before is not None and before.pos_ == "ADP" and before.lower_ not in still_a_subject


def _told_by_the_organization(sentence: Sentence, pronoun: Token, cues: Cues) -> bool:
    """Whether a pronoun subject is the organisation in its own words: one opening the
    sentence or a clause joined by 'and' or 'but' ('"We are back to normal," it said'), or
    one its spokesperson reports ('The company said on Thursday that it was operating
    normally'); not one in an outside voice's report ('Analysts said it would take weeks') nor
    under a verb of doubt or denial ('It denied that it was back to normal')."""
    doc = sentence.span.doc
    if pronoun.lower_ != "it":
        return True  # "we" is the speaker's own organisation
    index = pronoun.i - 1
    while index >= sentence.span.start and doc[index].pos_ == "PUNCT":
        index -= 1
    if index < sentence.span.start or doc[index].pos_ == "CCONJ":
        return True
    for verb in reversed(doc[max(sentence.span.start, pronoun.i - SPEECH_REACH) : pronoun.i]):
        if verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() not in cues.speech_verbs:
            return False
        speaker = verb.i - 1
        while speaker >= sentence.span.start and doc[speaker].pos_ in {"ADV", "AUX", "PUNCT"}:
            speaker -= 1
        return speaker < sentence.span.start or doc[speaker].lower_ not in cues.outside_voices
    return False


def _between_subject_and_return(token: Token) -> bool:
    """'it expects to be', 'we are now': not a possessive ('Stop & Shop's was up')."""
    if token.pos_ == "PART":
        return token.lower_ in {"to", "not", "n't"}
    return token.pos_ in BETWEEN_SUBJECT_AND_RETURN


def _has_an_object(doc: Doc, cue: Cue, cues: Cues) -> bool:
    """Whether the words of a return, or the words right after them, name what it returns:
    'restore access', 'switch the scheme back on', 'recover £10m', 'resumed hiring' have
    one, as 'returned to profit' and 'back in profit' have; 'is back to normal', 'back in
    business', 'operating normally by Thursday' do not, nor does 'resume full production',
    whose object is all it does, unless that has an object of its own ('resumed trading in
    its shares')."""
    last = doc[cue.end - 1]
    if last.pos_ in {"ADP", "PART"} and cue.end < len(doc):
        return not _a_state(doc, cue.end, cues)  # "returned to profit"
    for token in doc[cue.start + 1 : min(cue.end + OBJECT_REACH, len(doc))]:
        if token.pos_ == "ADP" and token.lower_ in STATE_PREPOSITIONS:
            return not _a_state(doc, token.i + 1, cues)  # "back in profit"
        if token.pos_ in {"ADP", "CCONJ", "PUNCT"} or token.lower_ in cues.normal_states:
            return False
        if token.ent_type_ in WHEN_ENTITIES:
            return False  # "reopened the next day"
        if token.tag_ in QUANTIFIER_TAGS:
            return True
        if (
            token.pos_ == "NUM"
            and token.i + 1 < len(doc)
            and doc[token.i + 1].pos_ in {"ADP", "NOUN"}
        ):
            continue  # "reopened two of its three factories": the count before what it counts
        if token.pos_ == "DET" or token.tag_ in POSSESSIVE_TAGS:
            continue  # "resumed its business": the noun after says
        if token.pos_ in OBJECT_POS or (token.i >= cue.end and token.tag_ == "VBG"):
            return token.lower_ not in cues.whole_activity_nouns or _has_its_own_object(token)
        if token.i >= cue.end and token.pos_ != "ADJ":
            return False
    return False


def _a_state(doc: Doc, start: int, cues: Cues) -> bool:
    """Whether the words from start name a state a return is to, not an object: 'normal',
    'business', 'full capacity', or a time ('back on Thursday')."""
    for token in doc[start : start + OBJECT_REACH]:
        if token.ent_type_ in WHEN_ENTITIES or token.lower_ in cues.normal_states:
            return True
        if not _before_a_noun(token):
            return False
    return False


def _before_a_noun(token: Token) -> bool:
    """A determiner, an adjective or a possessive: 'its new', 'the full'."""
    return token.pos_ in {"DET", "ADJ"} or token.tag_ in POSSESSIVE_TAGS


def _has_its_own_object(activity: Token) -> bool:
    """'trading in its shares', 'production of its diesel engines': a whole activity with an
    object of its own is a part of what the organisation does; 'trading at its depots' or
    'production on Monday' says where or when."""
    doc = activity.doc
    after = activity.i + 1
    if after + 1 >= len(doc) or doc[after].lower_ not in ACTIVITY_OBJECT_PREPOSITIONS:
        return False
    following = doc[after + 1 : after + 1 + OBJECT_REACH]
    named = next((t for t in following if not _before_a_noun(t)), None)
    return named is not None and named.ent_type_ not in WHEN_OR_WHERE_ENTITIES


def _removes_what_was_planted(sentence: Sentence, cue: Cue, cues: Cues) -> bool:
    """A return that removes what the attack planted ('removed malicious code', 'the
    skimmer was removed'): the claim is about the attack, wherever it was removed from."""
    doc = sentence.span.doc
    return any(doc[i].lower_ in cues.containment_objects for i in range(cue.start, cue.end))


def _removed_from(sentence: Sentence, target: Target, cues: Cues) -> bool:
    """'removed malicious code from its online stores': the service after 'from' is where
    the attack was removed from, not a service that came back."""
    doc = sentence.span.doc
    for cue in sentence.cues_labelled("restored"):
        if cue.end > target.start or not _removes_what_was_planted(sentence, cue, cues):
            continue
        # a passive containment's pattern ends on the word after its verb ("eliminated from")
        after = cue.end - 1 if doc[cue.end - 1].lower_ == "from" else cue.end
        between = [t for t in doc[after : target.start] if t.pos_ not in {"DET", "PRON", "ADJ"}]
        if between and between[0].lower_ == "from" and len(between) <= REMOVED_FROM_REACH:
            return True
    return False


def _placing(token: Token) -> bool:
    """A problem word that only places something in time ('every order placed before the
    attack', 'restored its platform after the attack') is no subject of a return; one
    whose verb follows it opens a clause of its own ('after the problem was fixed')."""
    doc = token.doc
    opener = _opener_of_phrase(doc, token.i, 0, PLACING_REACH, PLACING_WORDS)
    if opener is None:
        return False
    verb_follows = token.i + 1 < len(doc) and doc[token.i + 1].tag_ in FINITE_TAGS
    opens_clause = doc[opener].is_sent_start or doc[opener - 1].text == ","
    return not (verb_follows and opens_clause)


COORDINATORS = frozenset({"and", "but", "then", "before"})
SHARED_SUBJECT_REACH = 3  # "and was later restored": tokens between the coordinator and the cue


def _shared_subject_targets(sentence: Sentence, targets: list[Target], cues: Cues) -> list[Target]:
    """'Contactless was suspended on 21 April and restored late on 24 April': a coordinated
    clause with a status verb and no subject of its own speaks of the services of the clause
    before it, so each verb gives its own (dated) observation. One whose subject is the
    problem ('..., and that the infection has since been removed') speaks of the problem."""
    problem_words = cues.general_claim_nouns
    doc = sentence.span.doc
    found: list[Target] = []
    by_clause: dict[int, list[Target]] = {}
    for target in targets:
        by_clause.setdefault(sentence.clause_of(target.start), []).append(target)
    for number, start in enumerate(sentence.clause_starts, start=1):
        if number in by_clause or doc[start].lower_ not in COORDINATORS:
            continue
        status_cues = [
            cue
            for cue in sentence.cues_labelled(*STATUS_BY_CUE)
            if sentence.clause_of(cue.start) == number
            and (
                cue.start - start <= SHARED_SUBJECT_REACH
                # "but have since been restored", "and is expected to return": a verb group
                # of any length
                or all(
                    t.pos_ in VERB_GROUP_POS
                    or t.tag_ in VERB_GROUP_TAGS
                    or t.lower_ in SUBJECT_VERB_FILLERS
                    for t in doc[start + 1 : cue.start]
                )
            )
        ]
        if not status_cues:
            continue
        if any(token.lower_ in problem_words for token in doc[start : status_cues[0].end]):
            continue
        if any(
            token.pos_ in SUBJECT_WORDS
            and token.lower_ not in REFERRING
            and token.ent_type_ not in WHEN_ENTITIES  # "and yesterday was restored"
            for token in doc[start + 1 : status_cues[0].start]
        ):
            continue  # "..., and that anyone affected would be told": a subject of its own
        before = by_clause.get(
            _subject_clause_before(sentence, number, by_clause, cues.subordinators), []
        )
        carried = [Target(start, start + 1, t.text, t.entry) for t in before if t.entry is not None]
        by_clause[number] = carried
        found.extend(carried)
    return found


def _a_subject_among(sentence: Sentence, clause: int, targets: list[Target]) -> bool:
    """Whether one of the clause's services stands before its first finite verb: its subject."""
    start, end = sentence.clause_bounds(clause)
    doc = sentence.span.doc
    verb = next((t.i for t in doc[start:end] if t.tag_ in FINITE_TAGS), end)
    return any(start <= target.start < verb for target in targets)


def _subject_clause_before(
    sentence: Sentence,
    number: int,
    by_clause: dict[int, list[Target]],
    subordinators: frozenset[str],
) -> int:
    """The clause whose subject a coordinated clause shares: the one before it, past a
    subordinate clause whose subject is no service ('The portal remains offline while the
    bank adds a check, and is expected to return on Wednesday', '... while engineers check
    the mobile app, and ...': the portal's clause, not the while clause's). A subordinate
    clause with a service as its subject ('..., while its website was down for a day and
    running again by Friday') is the one shared. Clause numbers may lead back to themselves
    at the sentence start, so each is visited once."""
    doc = sentence.span.doc
    earlier = sentence.clause_before(number)
    seen = {number}
    while (
        earlier not in seen
        and not _a_subject_among(sentence, earlier, by_clause.get(earlier, []))
        and doc[sentence.clause_bounds(earlier)[0]].lower_ in subordinators
    ):
        seen.add(earlier)
        earlier = sentence.clause_before(earlier)
    return earlier


EXCEPTION_REACH = 5  # "except for the online gift card shop": the words before the head
# tokens between an exception and the whole it limits or an additive word: "Everything is
# back to normal apart from", "apart from the website, every other service"
WHOLE_REACH = 8


class Excepted(NamedTuple):
    """A service an exception leaves out of what its sentence tells of the rest ('Everything
    is back apart from gift cards'): where the exception's words open, the service, and the
    end of the service's own relative clause ('..., which remains suspended'), else its end."""

    opening: int
    target: Target
    end: int

    def holds(self, cue: Cue) -> bool:
        return self.opening <= cue.start < self.end


def _excepts_a_time(sentence: Sentence, cue: Cue, cues: Cues) -> bool:
    """'working normally again, except overnight on Sundays': an exception of a time (past
    its prepositions) limits when a service works, not how much of it is back."""
    if cue.text.lower() not in cues.exception_words:
        return False
    for token in sentence.span.doc[cue.end : min(sentence.span.end, cue.end + EXCEPTION_REACH)]:
        if token.ent_type_ in ("DATE", "TIME"):
            return True
        if token.pos_ not in ("ADP", "DET"):
            return False
    return False


def _exception_opening(
    sentence: Sentence, target: Target, exceptions: frozenset[str]
) -> int | None:
    """Where the exception's words open that bring the service in: within reach before it,
    with no verb or punctuation between ('except for the online gift card shop'; not 'Other
    than that, the website is working'); None when there are none."""
    doc = sentence.span.doc
    start = max(sentence.span.start, target.start - EXCEPTION_REACH)
    for i in range(start, target.start):
        for j in range(target.start, i, -1):
            if " ".join(token.lower_ for token in doc[i:j]) in exceptions and not any(
                token.pos_ in ("VERB", "AUX")
                or (token.is_punct and not token.is_quote and token.tag_ != POSSESSIVE_TAG)
                for token in doc[j : target.start]
            ):
                return i
    return None


def _excepted_services(sentence: Sentence, targets: list[Target], cues: Cues) -> list[Excepted]:
    """The services exceptions leave out. An exception is one where it takes something out
    of a whole ('all', 'every', 'nothing', 'everything' in its sentence), or by words that
    only except ('except', 'other than', 'save for', 'but not'); 'apart from' and 'aside
    from' may add instead ('Apart from the website, the app was taken offline') and 'bar'
    may be a noun, so they except only from a whole; any exception adds when an additive
    word follows the service ('Other than the website, the app was also hit'). Stores after an
    exception are where a service works, not a service left out ('everywhere except two
    branches')."""
    doc = sentence.span.doc
    words = {token.lower_ for token in sentence.span}
    if not any(phrase.split()[0] in words for phrase in cues.exception_words):
        return []
    found: list[Excepted] = []
    for target in sorted(targets, key=lambda t: t.start):
        if target.entry is None or target.entry.service is Service.STORES:
            continue  # "cards work everywhere except two branches": where, not what
        listed = bool(found) and _listed_after(doc, found[-1].target, target)
        opening = found[-1].opening if listed else None
        if opening is None:
            opening = _exception_opening(sentence, target, cues.exception_words)
            if opening is None or _adds(sentence, opening, target, cues):
                continue
        relative = _own_relative_clause(sentence, target.end)
        found.append(Excepted(opening, target, relative.stop if relative else target.end))
    return found


def _listed_after(doc: Doc, excepted: Target, target: Target) -> bool:
    """'apart from gift cards, click and collect and home deliveries': a service joined to an
    excepted one by a comma or a conjunction only is excepted with it, unless a verb of its own
    follows it."""
    index = excepted.end
    while index < target.start and doc[index].pos_ in ("NOUN", "PROPN"):
        index += 1  # the rest of its phrase: "the online gift card shop and ..."
    joined = all(token.text == "," or token.pos_ == "CCONJ" for token in doc[index : target.start])
    # "except gift cards, and home delivery resumed on Monday": a clause of its own
    return joined and not _opens_a_verb_group(doc, target.end)


def _adds(sentence: Sentence, opening: int, target: Target, cues: Cues) -> bool:
    """An exception that adds its service to the rest instead ('Apart from its website, the
    app was also hit'), or one of 'apart from' or 'bar' with no whole beside it."""
    doc = sentence.span.doc
    after = doc[target.end : min(sentence.span.end, target.end + WHOLE_REACH)]
    if any(token.lower_ in cues.additive_words for token in after):
        return True
    if _exception_opening(sentence, target, cues.whole_bound_exception_words) != opening:
        return False
    before = doc[max(sentence.span.start, opening - WHOLE_REACH) : opening]
    return not any(token.lower_ in cues.universal_words for token in [*before, *after])


def _own_relative_clause(sentence: Sentence, end: int) -> range:
    """', which remains suspended', 'which will return next week,': a relative clause right
    after a mention, to its closing comma or the end of the sentence."""
    doc = sentence.span.doc
    stop = sentence.span.end
    opener = end + 1 if end < stop and doc[end].text == "," else end
    if opener >= stop or doc[opener].lower_ not in RELATIVES:
        return range(0)
    for index in range(opener + 1, stop):
        if doc[index].text == "," or doc[index].is_sent_end:
            return range(end, index)
    return range(end, stop)


# what an exception's service is when the rest is told so: the contrary state
CONTRARY = {
    Status.RESTORED: Status.DISRUPTED,
    Status.PARTIALLY_RESTORED: Status.DISRUPTED,
    Status.UNAFFECTED: Status.DISRUPTED,
    Status.DISRUPTED: Status.UNAFFECTED,
    Status.SUSPENDED: Status.UNAFFECTED,
    Status.COMPROMISED: Status.UNAFFECTED,
}


def _heard_beside(excepted: list[Excepted], target: Target) -> Callable[[Cue], bool] | None:
    """The cues another mention hears beside exceptions: none of an exception's own words
    ('which will return on Monday' is the excepted scheme's), except that the exception
    still makes a return of the whole partial ('all services are back except the app', 'all
    systems are back except the app': a mention of systems in general)."""
    if not excepted:
        return None

    def heard(cue: Cue) -> bool:
        inside = [e for e in excepted if e.holds(cue)]
        if not inside:
            return True
        of_the_whole = target.entry is None or target.entry.general or target.entry.whole
        return of_the_whole and cue.label == "partial" and cue.start == inside[0].opening

    return heard


def _excepted_reading(
    sentence: Sentence, excepted: Excepted, rest: list[Observation], cues: Cues
) -> Reading:
    """The excepted service's state: what its own relative clause tells ('except click and
    collect, which remains suspended'), else the contrary of what the sentence tells of the
    rest ('Everything is back apart from gift cards': down; 'Everything bar the website went
    down': working; 'no data other than names was taken': the names taken). The rest is
    the mention read nearest the exception ('no data', 'all of its systems'), else the
    statement whose clause the exception closes or opens ('... were all restored, but not
    the pharmacy')."""
    target = excepted.target
    if excepted.end > target.end:
        # "which has been offline since Monday and will return on Friday": the last state
        doc = sentence.span.doc
        joints = [
            t.i
            for t in doc[target.end : excepted.end]
            if t.pos_ == "CCONJ" and t.i > target.end and _opens_a_verb_group(doc, t.i + 1)
        ]
        if joints:
            last = range(joints[-1], excepted.end)
            # read from the conjunct, whose clause may be one of its own
            conjunct = Target(last.start, last.start + 1, doc[last.start].text, target.entry)
            latest = _classify(
                sentence, target.entry, conjunct, cues, heard=lambda cue: cue.start in last
            )
            if latest.status is not None:
                return latest
        own = _classify(
            sentence,
            target.entry,
            target,
            cues,
            heard=lambda cue: target.end <= cue.start < excepted.end,
        )
        if own.status is not None:
            return own
    of_the_rest = _reading_of_the_rest(sentence, excepted, rest, cues)
    is_data = target.entry is not None and target.entry.service in DATA_SERVICES
    if is_data and of_the_rest.negated_compromise:
        return Reading(Status.COMPROMISED, anchor=of_the_rest.anchor)
    status = of_the_rest.status
    contrary = CONTRARY.get(status) if status is not None else None
    if contrary is None or (is_data and contrary is Status.DISRUPTED):
        return NO_READING
    return Reading(contrary, anchor=of_the_rest.anchor)


ELIDED_AUXILIARIES = AUXILIARY_FORMS | {"do", "does", "did"}  # "but returns have not"


def _elided_denial(
    sentence: Sentence, target: Target, told: list[Observation], cues: Cues
) -> tuple[Status, int] | None:
    """'Deliveries have resumed, but returns have not', 'its website was hit but its app was
    not': a service right after a contrast word, with only an auxiliary and its negation
    (and 'yet') after it, denies it the state the clause before told of another service: the
    contrary of that state, and the token after the negation for its tense; None for any
    other shape ('but its app has not been updated')."""
    doc = sentence.span.doc
    clause = sentence.clause_of(target.start)
    opener, end = sentence.clause_bounds(clause)
    if doc[opener].lower_ not in cues.contrast_words or clause == 0:
        return None
    if any(token.pos_ not in DETERMINER_POS for token in doc[opener + 1 : target.start]):
        return None  # "but its app": only its determiner between
    index = target.end
    if index + 1 >= end or doc[index].lower_ not in ELIDED_AUXILIARIES:
        return None
    if doc[index + 1].lower_ not in VERB_NEGATIONS:
        return None
    after = index + 2
    while after < end and doc[after].pos_ == "ADV":
        after += 1  # "have not yet"
    if after < sentence.span.end and not doc[after].is_punct:
        return None
    if _owned_by_others(doc, target.start, sentence.span.start, cues):
        return None  # "its own systems were hit, but their websites were not": its clients'
    if doc[target.end - 1].lower_ in cues.elided_amount_heads:
        return None  # "but online sales have not": how much, not whether it works
    service = target.entry.service if target.entry else None
    before = [
        o
        for o in told
        if o.status in CONTRARY
        and sentence.clause_of(o.start) == clause - 1
        and o.service != service
    ]
    if not before or before[-1].status is None or before[-1].historical:
        return None  # "In 2019 an outage knocked out its tills but its website was not"
    if service in DATA_SERVICES and before[-1].status is not Status.COMPROMISED:
        return None  # "files were encrypted, but customer data was not": not a denial of theft
    return CONTRARY[before[-1].status], after


def _opens_a_verb_group(doc: Doc, index: int) -> bool:
    """'... and will return on Friday', '... but is now back': a conjunct with a finite verb of
    its own (not 'has not been fixed or restored', whose 'restored' shares the negation)."""
    return index < len(doc) and (doc[index].tag_ in FINITE_TAGS or doc[index].pos_ == "AUX")


def _reading_of_the_rest(
    sentence: Sentence, excepted: Excepted, rest: list[Observation], cues: Cues
) -> Reading:
    """What the sentence tells of what an exception leaves its service out of."""
    read = [o for o in rest if (o.status is not None and not o.sought) or o.negated_compromise]
    if read:
        nearest = min(
            read, key=lambda o: min(abs(o.start - excepted.opening), abs(o.end - excepted.opening))
        )
        return Reading(nearest.status, nearest.negated_compromise, anchor=nearest.anchor)
    doc = sentence.span.doc
    target = excepted.target
    before = excepted.opening - 1
    while before > sentence.span.start and doc[before].is_punct:
        before -= 1
    if before >= sentence.span.start and sentence.clause_of(before) != sentence.clause_of(
        target.start
    ):
        # "... were all restored by Friday, but not the pharmacy": the clause it closes
        target = Target(before, before + 1, doc[before].text, target.entry)
    told = _classify(
        sentence, target.entry, target, cues, heard=lambda cue: not excepted.holds(cue)
    )
    if told.sought:
        return NO_READING  # "working to restore all but email": nothing told of the email
    if told.status is not None and _a_denied_whole(sentence, excepted.opening, cues):
        # "No services other than email were affected": the rest is denied what is told
        return Reading(NEGATED.get(told.status), anchor=told.anchor)
    return told


def _a_denied_whole(sentence: Sentence, opening: int, cues: Cues) -> bool:
    """'No services other than', 'Nothing other than': a negative whole whose own noun phrase
    the exception closes (not 'no disruption to services other than', 'no evidence that data
    other than', nor a 'No' of another clause)."""
    doc = sentence.span.doc
    index = opening - 1
    while index > sentence.span.start and doc[index].pos_ in ("NOUN", "ADJ", "DET"):
        if doc[index].lower_ in cues.negative_universal_words:
            return True
        index -= 1
    return doc[index].lower_ in cues.negative_universal_words


def _left_out(sentence: Sentence, target: Target, exceptions: frozenset[str]) -> bool:
    """'Everything is back except the app': the service after an exception is the part the
    return leaves out, not a part that came back ('Apart from the website, the app was also
    taken offline' holds no return, and leaves out nothing)."""
    clause = sentence.clause_of(target.start)
    if not any(sentence.clause_of(c.start) == clause for c in sentence.cues_labelled("restored")):
        return False
    return _exception_opening(sentence, target, exceptions) is not None


def observe_services(doc: Doc, layout: Layout, rules: Rules) -> list[Observation]:
    explicit = _explicit_targets(doc, layout, rules)
    observations: list[Observation] = []
    previous: list[Target] = []
    partly_back: list[Target] = []  # what the sentence before told partly back
    taken_container: int | None = None  # the last sentence that told a data container taken
    current_words = frozenset(rules.cues.phrases[CURRENT_LABEL])
    referents = rules.pronoun_referents
    # a count of a victim's people told affected is a count of those whose data was taken,
    # where the story tells personal data taken (_people_counted_as_affected)
    stolen = _kinds_of_data_stolen(layout)
    data_entries = {
        entry.service: entry for entry in rules.services if entry.service in DATA_SERVICES
    }
    # people joined to a data phrase's owners: read with that phrase (_joined_owners_data)
    joined_group = doc.spans.get(JOINED_OWNER_SPANS)
    joined_spans = {
        (start, end): (data_start, data_end)
        for start, end, data_start, data_end in (
            joined_group.attrs.get(JOINED_TO, []) if joined_group is not None else []
        )
    }
    recent: list[list[Target]] = []  # the sentences' own services before `previous`
    for sentence in layout.sentences:
        if sentence.in_boilerplate:
            partly_back = []
            continue
        if sentence.asks():
            # "When will the app be back? It should return next week.": the answer's "it"
            # is the service the question asked about
            previous = explicit.get(sentence.index) or previous
            continue
        targets = explicit.get(sentence.index, [])
        # "Customers are asked to pay in cash, and it hopes to switch them back on": a phrase
        # that is a trouble itself names nothing a pronoun in another clause stands for (in
        # its own, "saying it is cash only", the pronoun is what it tells of); "said it hoped
        # to restore both by Wednesday, and that its stores were open": a pronoun before every
        # service its sentence names stands for those of the sentences before
        own_clauses = {sentence.clause_of(t.start) for t in targets}
        first_named = min(
            (t.start for t in targets if t.entry is None or t.entry.implies is None),
            default=sentence.span.end,
        )
        unnamed = first_named == sentence.span.end
        if unnamed or any(
            _referred_count(token) is not None for token in doc[sentence.span.start : first_named]
        ):
            targets = targets + [
                t
                for t in _referred_targets(sentence, previous, rules.cues, referents, tuple(recent))
                if sentence.clause_of(t.start) not in own_clauses
                and (
                    unnamed
                    # not "It is business as usual ..., and card payments are working": only a
                    # word that counts is sure to stand for services before those it names
                    or (t.start < first_named and _referred_count(doc[t.start]) is not None)
                )
            ]
        targets = targets + _shared_subject_targets(sentence, targets, rules.cues)
        targets = targets + _clause_referred_targets(
            sentence, targets, rules.victims["people_nouns"], rules.cues, referents
        )
        remainders = _remainder_targets(sentence, targets, previous, partly_back, rules.cues)
        targets = targets + remainders
        excepted = _excepted_services(sentence, targets, rules.cues)
        left_out = [e.target for e in excepted]
        targets = [
            t
            for t in targets
            if not (
                t in left_out
                or _removed_from(sentence, t, rules.cues)
                or _left_out(sentence, t, rules.cues.exception_words)
            )
        ]
        targets = targets + _general_targets(sentence, targets, rules.cues)
        recent = [previous, *recent][:REFERRED_SENTENCE_REACH]
        previous = explicit.get(sentence.index, [])
        told = len(observations)
        joined = [t for t in targets if (t.start, t.end) in joined_spans]
        for target in targets:
            if target in joined:
                continue  # read with the data phrase it is joined to (_joined_owners_data)
            if sentence.outside_voice and _a_kind_of_service(sentence, target, rules.cues):
                continue  # an outside voice's opinion of services in general
            historical = _recap(sentence, target.start)
            status, negated_compromise, scope, anchor, sought, _ = _classify(
                sentence, target.entry, target, rules.cues, _heard_beside(excepted, target)
            )
            if status is None and not negated_compromise:
                elided = _elided_denial(sentence, target, observations[told:], rules.cues)
                if elided is not None:
                    status, anchor = elided
            if _workaround_beside(target, status):
                continue
            trouble = (
                _trouble_in_aside(sentence, target, targets, rules.cues.speech_verbs)
                if status is Status.UNAFFECTED
                else None
            )
            if trouble is not None:
                # "its website, which crashed on Monday, was working normally": the aside tells
                # the service was down before the steady state its own predicate tells now
                observations.append(_observed(sentence, target, trouble, historical=True))
            to_follow = None
            if status is Status.RESTORED:
                limit = _limited_by_contrast(
                    sentence, target, targets, rules.cues, current_words
                ) or _begun(sentence, target, rules.cues)
                to_follow = (
                    None if limit else _the_rest_to_follow(sentence, target, targets, rules.cues)
                )
                if limit or to_follow:
                    status, scope = Status.PARTIALLY_RESTORED, limit or to_follow
            if target.entry is None and status not in CLAIM_STATUSES:
                continue
            if (
                target in remainders
                and status is None
                and _follows_on(sentence, target, rules.cues)
            ):
                status = Status.RESTORATION_EXPECTED
            if target in remainders and status not in CLAIM_STATUSES:
                continue  # "the other three remain closed": the whole stays partly back
            is_stores = target.entry is not None and target.entry.service is Service.STORES
            if is_stores and status is Status.DISRUPTED:
                status = None  # stores open, close or reopen; a "disruption" is another service's
            if (
                is_stores
                and status in RETURN_STATUSES
                and _another_service_in_clause(sentence, target, targets)
            ):
                status = None  # "tills in all its stores accept cards again": the cards return
            # "gift cards can be used again on its website": the cards' return, and the
            # website's only if the article told it down (assemble._channels_yield)
            channel = status in RETURN_STATUSES and _where_another_returned(
                sentence, target, targets
            )
            if status is None and not negated_compromise:
                continue
            observations.append(
                _observed(
                    sentence,
                    target,
                    Reading(status, negated_compromise, scope, anchor, sought, channel),
                    historical=historical,
                )
            )
            if status is Status.PARTIALLY_RESTORED and (
                to_follow is not None
                or _the_rest_expected(sentence, target, targets, anchor, rules.cues)
            ):
                # the rest of a service partly back, told to come: a promise of its own
                observations.append(
                    _observed(
                        sentence,
                        target,
                        # the part back's scope is not the rest's
                        Reading(Status.RESTORATION_EXPECTED, scope=to_follow, anchor=anchor),
                        historical=historical,
                    )
                )
        rest = observations[told:]
        for exception in excepted:
            reading = _excepted_reading(sentence, exception, rest, rules.cues)
            if reading.status is not None:
                historical = _recap(sentence, exception.target.start)
                observations.append(
                    _observed(sentence, exception.target, reading, historical=historical)
                )
        if excepted:
            observations[told:] = [
                replace(o, exceptions=tuple(range(e.opening, e.end) for e in excepted))
                for o in observations[told:]
            ]
        observations[told:] = _the_rest_told_as_scope(observations[told:])
        partly_back = [
            Target(o.start, o.end, o.mention, o.entry)
            for o in observations[told:]
            if o.status is Status.PARTIALLY_RESTORED and o.entry is not None
        ]
        observations[told:] = _reported_ends_of_failures(observations[told:], rules.cues)
        observations += _schemes_of_members_data(sentence, targets, observations[told:])
        if stolen:
            observations += _people_counted_as_affected(
                sentence, observations[told:], rules, data_entries, stolen
            )
        observations += _joined_owners_data(joined_spans, sentence, joined, observations[told:])
        if taken_container is not None and sentence.index - taken_container <= CONTENTS_REACH:
            it_is_a_container = sentence.index > 0 and names_a_container(
                layout.sentences[sentence.index - 1], rules.cues
            )
            observations += _contents_of_the_taken(
                sentence, targets, observations[told:], rules, it_is_a_container
            )
        if _takes_a_container(sentence, rules.cues):
            taken_container = sentence.index
            # "It listed the names of 800 tenants." told before the file's disclosure
            for earlier in layout.sentences[
                max(sentence.index - CONTENTS_REACH, 0) : sentence.index
            ]:
                observed = [o for o in observations if o.sentence is earlier]
                targets_before = explicit.get(earlier.index, [])
                it_is_a_container = earlier.index > 0 and names_a_container(
                    layout.sentences[earlier.index - 1], rules.cues
                )
                observations += _contents_of_the_taken(
                    earlier, targets_before, observed, rules, it_is_a_container
                )
    return observations


CONTAINER_OBJECT_REACH = 3  # words after a theft's verb to what it took: "stole a file"


def _takes_a_container(sentence: Sentence, cues: Cues) -> bool:
    """'A spreadsheet was emailed to a supplier by mistake', 'hackers stole a file from its
    HR server': a container of data told taken or disclosed (inside the words that tell it,
    or as their object), as fact."""
    if not sentence.has_cue("compromised"):
        return False
    found = outermost(sentence.cues)
    if any(cue.label in UNTOLD_THEFT_LABELS for cue in found):
        return False
    doc = sentence.span.doc
    return any(
        cue.label == "compromised"
        and any(
            doc[i].lower_ in cues.data_containers
            for i in range(cue.start, min(cue.end + CONTAINER_OBJECT_REACH, sentence.span.end))
        )
        for cue in found
    )


def _contents_of_the_taken(
    sentence: Sentence,
    targets: list[Target],
    observed: list[Observation],
    rules: Rules,
    it_is_a_container: bool,
) -> list[Observation]:
    """'The spreadsheet listed the names and needs of 412 pupils', 'It contained staff bank
    details': the personal data a container told taken just before held was taken with it,
    when the sentence's subject is the container (or 'it') and its verb says what it held."""
    cues = rules.cues
    told = {(o.start, o.end) for o in observed}
    found = []
    for target in targets:
        if target.entry is None or target.entry.service.value not in PERSONAL_DATA_SPANS:
            continue
        if (target.start, target.end) in told:
            continue
        if held_by_the_container(sentence, target.start, cues, it_is_a_container):
            reading = Reading(Status.COMPROMISED, anchor=target.end)
            found.append(_observed(sentence, target, reading, historical=False))
    return found


def _reported_ends_of_failures(observed: list[Observation], cues: Cues) -> list[Observation]:
    """'Card payments failed at several stores on Saturday, but the chain said they had been
    restored by lunchtime': a return reported past a contrast after a failure of the same
    service in its sentence ends that failure; the pluperfect its reporting gives it is no
    recap of a time before the failure. Not the end of an earlier failure recalled beside one
    told again ('failed again on Saturday, but they had been restored after the first
    outage')."""
    ended = []
    for observation in observed:
        if (
            observation.status in RETURN_STATUSES
            and observation.service is not None
            and observation.tense is Tense.PLUPERFECT
            and any(
                failure.service is observation.service
                and failure.status in DOWN_STATUSES
                and failure.start < observation.start
                and not _told_of_a_repeat(failure, cues)
                and _reported_past_a_contrast(failure, observation, cues)
                for failure in observed
            )
        ):
            observation = replace(observation, historical=False, tense=Tense.PAST)
        ended.append(observation)
    return ended


def _told_of_a_repeat(failure: Observation, cues: Cues) -> bool:
    """'Card payments failed again': a failure its clause tells as a repeat."""
    sentence = failure.sentence
    start, end = sentence.clause_bounds(sentence.clause_of(failure.start))
    return any(token.lower_ in cues.repeat_words for token in sentence.span.doc[start:end])


def _reported_past_a_contrast(failure: Observation, ending: Observation, cues: Cues) -> bool:
    """A contrast word between the failure and its end, and a verb of saying past it: '...,
    but the chain said they had been restored', '..., but they had been restored, it said'."""
    doc = failure.sentence.span.doc
    between = doc[failure.end : ending.start]
    contrast = next((t.i for t in between if t.lower_ in cues.contrast_words), None)
    # the saying before the return or after it: "..., but they had been restored, it said"
    return contrast is not None and any(
        doc[index].pos_ == "VERB" and speaks_at(doc, index, cues.speech_verbs)
        for index in range(contrast + 1, failure.sentence.span.end)
    )


def _inside_the_scope(rest: Observation, partial: Observation) -> bool:
    """The words that told the rest still down lie inside the partial return's scope: 'came
    back in its Dublin branches, but it remains down in stores outside the capital', where
    a pronoun, not the service's name, stands for the rest."""
    scope = partial.scope or ""
    sentence = partial.sentence
    at = sentence.span.text.find(scope)
    if not scope or rest.anchor <= sentence.span.start:
        return False
    told_down = sentence.span.doc[rest.anchor - 1].idx - sentence.span.start_char
    return at >= 0 and at <= told_down < at + len(scope)


# who an outside voice may tell of by name in the clause of a service: an organisation, a
# place standing for its council, or a name the model reads as a person's
OWNER_ENTITIES = frozenset({"ORG", "GPE", "PERSON"})
PAST_TAG = "VBD"  # an event told in the past: "the online shop crashed", not "it goes down"


def _a_kind_of_service(sentence: Sentence, target: Target, cues: Cues) -> bool:
    """A service an outside voice names as a kind, with no owner or determiner of a
    particular one ('"Payment terminals come back first because that is where the cash
    is," said a retail analyst', 'pharmacies have become dependent on networked systems'),
    is their opinion of services in general, no observation of the victim's. An owner in
    its phrase ('its systems', 'the grocer's app', 'whose systems'), a particular one ('this
    app'), an event told in its clause (a day, or a verb in the past: 'the online shop has
    been working again since Sunday'), or an owner named there (an organisation, a place or
    a name the model calls a person's: 'online orders at X are working again'; 'the chain'
    for the victim) makes it one told as fact; the speaker's own name and firm, past a verb
    of saying, own nothing. Data told taken or safe is some incident's fact,
    whoever tells it ('when the grocer lost the payment details of a million shoppers')."""
    if target.entry is None or target.entry.service in DATA_SERVICES:
        return False
    doc = sentence.span.doc
    opener = phrase_opener(doc, target.start)
    owned_inside = any(
        t.tag_ in POSSESSIVE_TAGS or t.tag_ == POSSESSIVE_TAG
        for t in doc[target.start : target.end]
    )  # the mention may hold its owner: "its systems"
    if owned_inside or opener == POSSESSIVE_OPENER or opener in cues.particular_openers:
        return False
    clause = sentence.clause_of(target.start)
    # the clause's words, its asides on either side included (clause_of, not clause_bounds)
    in_clause = [t for t in sentence.span if sentence.clause_of(t.i) == clause]
    if any(_tells_an_event(token, cues) for token in in_clause):
        return False  # "the online shop has been working again since Sunday", "crashed"
    if any(_the_story_organization(token, cues) for token in in_clause):
        return False  # "card payments are back across the chain"
    named = [*_organization_names(doc), *(e for e in doc.ents if e.label_ in OWNER_ENTITIES)]
    return not any(
        sentence.span.start <= name.start < sentence.span.end
        and sentence.clause_of(name.start) == clause
        and not (name.start < target.end and target.start < name.end)  # "Apps" as a name
        and not _said_between(doc, name, target, cues.speech_verbs)
        for name in named
    )


def _tells_an_event(token: Token, cues: Cues) -> bool:
    """A point in time, or a verb in the past other than the saying: the clause tells what
    happened, not how such things go ('When the checkout software goes, the whole store
    stops,' he said). 'Every day' is a habit and 'within two days', 'a day or two' or 'weeks'
    a length of time: neither tells when ('a week ago', 'last week', 'earlier this week' do)."""
    if token.ent_type_ not in WHEN_ENTITIES:
        return token.tag_ == PAST_TAG and token.lemma_.lower() not in cues.speech_verbs
    when = next(e for e in token.doc.ents if e.start <= token.i < e.end)
    if when[0].lower_ in cues.habitual_quantifiers:
        return False
    counted = when[0].like_num or when[0].lower_ in cues.length_openers or len(when) == 1
    return not (counted and when[-1].lower_ in cues.time_units)


def _said_between(doc: Doc, name: Span, target: Target, speech_verbs: frozenset[str]) -> bool:
    """A verb of saying between a name and the service: the name is the speaker's or their
    firm's ('Tom Lee, an analyst at X, said payment terminals ...', '"...," said Tom Lee')."""
    lower, upper = (
        (name.end, target.start) if name.start < target.start else (target.end, name.start)
    )
    return any(
        doc[index].pos_ == "VERB" and speaks_at(doc, index, speech_verbs)
        for index in range(lower, upper)
    )


def _the_rest_told_as_scope(observed: list[Observation]) -> list[Observation]:
    """'Card payments in its shops are working again, but card payments on its website are
    still failing': the part still down, named again after a partial return of the same
    service in one sentence, inside the words that limit the return, is that return's scope,
    not a state of its own; a failure told after a partial return ('was partly restored on
    Wednesday but failed again') is one."""
    partial = [
        o
        for o in observed
        if o.status is Status.PARTIALLY_RESTORED and o.scope and o.service is not None
    ]
    told_as_scope = set()
    for p in partial:
        rest = next(
            (
                index
                for index, o in enumerate(observed)
                if o.status in DOWN_STATUSES
                and o.service is p.service
                and o.start > p.start
                and (o.mention in (p.scope or "") or _inside_the_scope(o, p))
            ),
            None,
        )
        if rest is not None:
            told_as_scope.add(rest)  # the first only: a later failure is one of its own
    return [o for index, o in enumerate(observed) if index not in told_as_scope]


def _joined_owners_data(
    joined_to: dict[tuple[int, int], tuple[int, int]],
    sentence: Sentence,
    joined: list[Target],
    observed: list[Observation],
) -> list[Observation]:
    """People of the other kind listed with a data phrase's owners ('no personal data
    belonging to students and staff was accessed', 'stole data about residents and council
    staff', 'the details of 200 employees and several thousand members') share what the
    sentence tells of the data, denied or taken."""
    found = []
    for target in joined:
        start, end = joined_to[(target.start, target.end)]
        # the phrase as read: the longest of the data mentions over it
        data = max(
            (o for o in observed if o.service in DATA_SERVICES and o.start < end and start < o.end),
            key=lambda o: (o.end - o.start, -o.start),
            default=None,
        )
        if data is not None:
            reading = Reading(data.status, data.negated_compromise, data.scope, data.anchor)
            found.append(_observed(sentence, target, reading, historical=data.historical))
    return found


def _schemes_of_members_data(
    sentence: Sentence, targets: list[Target], observed: list[Observation]
) -> list[Observation]:
    """Data about a scheme's members taken is the scheme's compromise too: 'stole the
    personal data of members of its loyalty scheme', 'the names of Kelloway Rewards members'
    (the entry's `member_nouns`), as the scheme holds its members' data."""
    doc = sentence.span.doc
    taken = [
        o
        for o in observed
        if o.status is Status.COMPROMISED and o.service in DATA_SERVICES and not o.unowned
    ]
    found = []
    for target in targets:
        members = target.entry.member_nouns if target.entry is not None else frozenset()
        if not members:
            continue
        data = next((o for o in taken if _of_its_members(doc, o.end, target, members)), None)
        if data is not None:
            reading = Reading(Status.COMPROMISED, anchor=data.anchor)
            found.append(_observed(sentence, target, reading, historical=data.historical))
    return found


PEOPLE_COUNT_REACH = 6  # words back from the people to their count: "18,000 of its members"
# the words between a count and its people: "about 9,000 current and former employees", "of its"
COUNTED_PEOPLE_POS = frozenset({"ADJ", "NOUN", "CCONJ", "DET", "PRON", "PUNCT"})
PEOPLE_POSTMODIFIER_REACH = 6  # "employees in its staff pension scheme were affected"
COUNT_NEGATION_REACH = 3  # "none of its 2,000 customers": the denial before the count
RATIO_LINK = "in"  # "one in five customers": a share, not a count of people
OUT_OF = "out"  # "12 out of its 2,000 staff"
COMPARED_WITH = "than"  # "no fewer than 2,100"
AMONG = "among"  # "were among those affected"
CAUSE_AGENT = "by"  # "affected by the breach"
CAUSE_REACH = 3  # words after "by" to the cause's noun: "by the recent breach"
THEFT_LABELS = frozenset({"compromised", "type_data_breach"})
# a service's trouble or return, which tells the people affected by it: "affected when its
# website went down", "affected, and tills were working again by Sunday"
SERVICE_TROUBLE_LABELS = DOWN_CUE_LABELS | {"restored"}


def _kinds_of_data_stolen(layout: Layout) -> frozenset[Service]:
    """The kinds of personal data the story tells taken: those named in a sentence that tells
    a theft ('criminals stole employee records from X')."""
    kinds: set[str] = set()
    for sentence in layout.sentences:
        if sentence.in_boilerplate or not tells_of_a_data_theft(sentence):
            continue
        kinds.update(span.label_ for span in _personal_data_spans(sentence))
    return frozenset(service for service in DATA_SERVICES if service.value in kinds)


def _people_counted_as_affected(
    sentence: Sentence,
    observed: list[Observation],
    rules: Rules,
    entries: dict[Service, ServiceEntry],
    stolen: frozenset[Service],
) -> list[Observation]:
    """'Garden chain X said about 2,100 of its staff were affected', 'some 900 current and
    former employees were among those affected': read in a story that tells personal data
    taken (`stolen`; customers' data for customers), a count of a victim's own people told
    affected (`affected_words`) counts those whose data was taken: its staff's data
    (`staff_nouns`, or a people noun after one: 'crew members', 'pension scheme members') or
    its customers' (the data owners; people of no kind, 'about 4,700 people', only named by a
    noun before them: 'loyalty members'). Not a count denied ('none of its customers', 'were
    not affected'), claimed or only possible ('could have been affected'), a count in a
    sentence that denies the theft or tells a service's trouble ('affected when its website
    went down'), people affected by something else ('affected by the outage'), nor people of
    another organisation named with them ('2,100 staff at X')."""
    if _denies_a_theft_in(observed) or _tells_another_trouble(sentence, rules.cues):
        return []
    doc = sentence.span.doc
    found = []
    for noun in sentence.span:
        service = _whose_data(noun, rules)
        # the personal data items of no stated owner ("names and bank details") are read as
        # customers' data, and may be staff's: only customers need customers' data stolen
        if service is None or (service is Service.CUSTOMER_DATA and service not in stolen):
            continue
        count = _count_of(sentence, noun)
        affected = _told_affected(sentence, noun, rules)
        if count is None or affected is None or _told_as_untrue(sentence, affected):
            continue
        target = Target(count, noun.i + 1, doc[count : noun.i + 1].text, entries[service])
        reading = Reading(Status.COMPROMISED, anchor=affected + 1)
        found.append(_observed(sentence, target, reading, historical=_recap(sentence, count)))
    return found


def _whose_data(noun: Token, rules: Rules) -> Service | None:
    """The data a people noun heading its phrase owns: staff's ('2,100 of its staff', 'crew
    members') or customers' ('its customers', 'loyalty members'); none for a noun that
    modifies the next ('crew' in 'crew members') or people of no kind ('4,700 people')."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or (noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "NOUN"):
        return None
    before = doc[noun.i - 1] if noun.i > 0 else None
    word = noun.lower_
    if (
        word in rules.staff_nouns
        or (before is not None and before.lower_ in rules.staff_nouns)
        or _ends_a_staff_phrase(noun, rules.staff_nouns)
        or _members_of_the_workplace(noun, rules)
    ):
        return Service.EMPLOYEE_DATA
    if word in rules.unspecific_people and (before is None or before.pos_ != "NOUN"):
        return None
    return Service.CUSTOMER_DATA if word in rules.data_owner_nouns else None


STAFF_PHRASE_WIDTH = 3  # "pension scheme members"


def _ends_a_staff_phrase(noun: Token, staff_nouns: frozenset[str]) -> bool:
    """'1,300 of its pension scheme members': the words before the noun make a name of
    staff."""
    doc = noun.doc
    return any(
        doc[noun.i - width : noun.i + 1].text.lower() in staff_nouns
        for width in range(1, STAFF_PHRASE_WIDTH)
        if noun.i - width >= 0
    )


STAFF_SCHEME_REACH = 3  # "members of its staff pension scheme": words after "of" to "staff"


def _members_of_the_workplace(noun: Token, rules: Rules) -> bool:
    """'14,000 members of its staff pension scheme', 'members of its occupational pension
    scheme', 'members of staff': people of the staff's own scheme are staff (a staff word or
    one of the `staff_scheme_words` names it). Not 'members of its pension schemes' at a
    pension provider nor 'members of the company's gyms': customers."""
    doc = noun.doc
    if noun.lower_ not in rules.unspecific_people or noun.i + 1 >= len(doc):
        return False
    if doc[noun.i + 1].lower_ != PARTITIVE_OF:
        return False
    following = doc[noun.i + 2 : min(noun.i + 2 + STAFF_SCHEME_REACH, len(doc))]
    return any(
        token.lower_ in rules.staff_nouns or token.lower_ in rules.staff_scheme_words
        for token in following
    )


def _denies_a_theft_in(observed: list[Observation]) -> bool:
    """'..., but no customer data was taken': the sentence denies the theft it would count."""
    return any(
        o.negated_compromise or (o.service in DATA_SERVICES and o.status is Status.UNAFFECTED)
        for o in observed
    )


def _told_as_untrue(sentence: Sentence, affected: int) -> bool:
    """A count in question, claimed, hedged or possible in its clause ('claims that 2,000 of
    its staff were affected', 'could have been affected'), outside a company's own
    disclosure; a denial in another clause denies the count nothing ('2,100 staff had been
    affected, but customers were not')."""
    clause = sentence.clause_of(affected)
    doc = sentence.span.doc
    return any(
        _untold(sentence, cue)
        and sentence.clause_of(cue.start) == clause
        and not _bounds_a_count(doc[cue.start])
        for cue in outermost(sentence.cues)
    )


def _tells_another_trouble(sentence: Sentence, cues: Cues) -> bool:
    """'2,000 customers were affected when its website went down', 'were affected, and tills
    were working again by Sunday': the people a service's trouble reached, not a theft. The
    word 'affected' is itself a cue of trouble, and tells none here."""
    doc = sentence.span.doc
    return any(
        cue.label in SERVICE_TROUBLE_LABELS
        and doc[cue.start : cue.end].text.lower() not in cues.affected_words
        for cue in sentence.cues
    )


def _count_of(sentence: Sentence, noun: Token) -> int | None:
    """Where the count of the people starts: '2,100 of its staff', 'about 9,000 current and
    former employees', '12 of its 2,000 staff'; not a year before them ('in 2019 customers
    were ...'), a share ('one in five customers') nor a count denied ('none of its 2,000')."""
    doc = sentence.span.doc
    first = max(sentence.span.start, noun.i - PEOPLE_COUNT_REACH)
    count = next(
        (
            index
            for index in range(noun.i - 1, first - 1, -1)
            if doc[index].like_num
            or (doc[index].pos_ not in COUNTED_PEOPLE_POS and doc[index].lower_ != PARTITIVE_OF)
        ),
        None,
    )
    if count is None or not doc[count].like_num or names_a_year(doc[count]):
        return None
    count = _the_part_counted(sentence, count)
    if count > sentence.span.start and doc[count - 1].lower_ == RATIO_LINK:
        return None
    before = doc[max(sentence.span.start, count - COUNT_NEGATION_REACH) : count]
    if any(token.lower_ in NOUN_NEGATIONS and not _bounds_a_count(token) for token in before):
        return None  # "none of its 2,000"
    return count


WHOLE_OWNER_REACH = 3  # "of the firm's 2,000": words between "of" and the whole's count
PART_OF_WHOLE_POS = frozenset({"DET", "PRON", "PROPN", "NOUN", "PART"})


def _the_part_counted(sentence: Sentence, whole: int) -> int:
    """'12 of its 2,000 staff', '12 out of the firm's 2,000 staff': where a count of the
    part stands before the whole's, the count of the people affected is the part's."""
    doc = sentence.span.doc
    index = whole - 1
    while (
        index > sentence.span.start
        and whole - index <= WHOLE_OWNER_REACH
        and doc[index].pos_ in PART_OF_WHOLE_POS
        and doc[index].lower_ != PARTITIVE_OF
    ):
        index -= 1
    if index <= sentence.span.start or doc[index].lower_ != PARTITIVE_OF:
        return whole
    part = index - 2 if doc[index - 1].lower_ == OUT_OF else index - 1
    return part if part >= sentence.span.start and doc[part].like_num else whole


def _bounds_a_count(negation: Token) -> bool:
    """'no fewer than 2,100', 'no more than 40': a negation that bounds a count denies
    nothing ('no more staff' does)."""
    doc = negation.doc
    return (
        negation.i + 2 < len(doc)
        and doc[negation.i + 1].lower_ in COMPARATIVES
        and doc[negation.i + 2].lower_ == COMPARED_WITH
    )


def _told_affected(sentence: Sentence, noun: Token, rules: Rules) -> int | None:
    """The word that tells the people affected, in the predicate their noun is the subject
    of: 'were affected', 'had been affected', 'were among those affected'."""
    verb = _predicate_after(sentence, noun)
    if verb is None:
        return None
    doc = sentence.span.doc
    end = sentence.span.end
    index = verb
    while index < end and doc[index].pos_ in BETWEEN_SUBJECT_AND_VERB:
        if doc[index].lower_ in VERB_NEGATIONS:
            return None
        index += 1
    if index + 1 < end and doc[index].lower_ == AMONG and doc[index + 1].pos_ in {"DET", "PRON"}:
        index += 2
    if index >= end or doc[index].lower_ not in rules.cues.affected_words:
        return None
    return index if _affected_by_a_theft(sentence, index, rules.breach_nouns) else None


def _predicate_after(sentence: Sentence, noun: Token) -> int | None:
    """The auxiliary that opens the predicate of the people's phrase, past what describes
    them ('employees in its staff pension scheme were'); none past another organisation's
    name ('2,100 staff at Brackley Foods were': theirs)."""
    doc = sentence.span.doc
    end = min(sentence.span.end, noun.i + 1 + PEOPLE_POSTMODIFIER_REACH)
    for index in range(noun.i + 1, end):
        token = doc[index]
        if token.ent_type_ == "ORG":
            return None
        if token.pos_ == "AUX":
            return index
        if token.pos_ in {"VERB", "PUNCT"}:
            return None
    return None


def _affected_by_a_theft(sentence: Sentence, affected: int, breach_nouns: frozenset[str]) -> bool:
    """'affected by the breach', or affected with no cause told; not 'affected by the
    outage'."""
    doc = sentence.span.doc
    after = affected + 1
    if after < sentence.span.end and doc[after].lower_ == CAUSE_AGENT:
        named = doc[after + 1 : min(after + 1 + CAUSE_REACH, sentence.span.end)]
        return any(token.lower_ in breach_nouns for token in named) or any(
            cue.label in THEFT_LABELS and cue.start > after for cue in sentence.cues
        )
    return True


def _in_a_name(token: Token) -> bool:
    """A word of a name, whatever the tagger calls it: 'Pellcraig Plus', 'RTX'."""
    return token.pos_ == "PROPN" or token.is_title or token.is_upper


def _of_its_members(doc: Doc, data_end: int, scheme: Target, members: frozenset[str]) -> bool:
    """'(data) of members of its scheme', '(data) on the scheme's members', '(data) of
    scheme members': a preposition after the data, then the scheme's members."""
    listed = data_end  # "(the names) and birthdays of ...": past the rest of the data's list
    while listed < scheme.start and doc[listed].pos_ in DATA_LIST_POS:
        listed += 1
    between = doc[listed : scheme.start]
    if not 0 < len(between) <= MEMBERS_REACH or between[0].pos_ != "ADP":
        return False
    # the scheme's brand or owner may stand before it: "of Pellcraig Plus loyalty club
    # members", "of members of Kettlewhin Coffee's loyalty card scheme"
    words = [
        t
        for t in between[1:]
        if t.pos_ not in OWNER_MODIFIERS and not _in_a_name(t) and t.tag_ != POSSESSIVE_TAG
    ]
    if not words:  # "of Kelloway Rewards members", "(the data of members) of its scheme"
        return doc[data_end - 1].lower_ in members or (
            scheme.end < len(doc) and doc[scheme.end].lower_ in members
        )
    return (
        len(words) == 2 and words[0].lower_ in members and words[1].lower_ == "of"
    )  # "of members of its loyalty scheme"


def _observed(
    sentence: Sentence, target: Target, reading: Reading, historical: bool
) -> Observation:
    taken = reading.status is Status.COMPROMISED
    return Observation(
        service=target.entry.service if target.entry else None,
        entry=target.entry,
        mention=target.text,
        start=target.start,
        end=target.end,
        sentence=sentence,
        status=reading.status,
        negated_compromise=reading.negated_compromise,
        scope=reading.scope,
        historical=historical,
        tense=clause_tense(sentence, reading.anchor),
        anchor=reading.anchor,
        unowned=taken and _in_span_group(UNOWNED_DATA_SPANS, sentence, target),
        withheld=taken and _in_span_group(WITHHELD_DATA_SPANS, sentence, target),
        sought=reading.sought,
        channel=reading.channel,
    )


def _trouble_in_aside(
    sentence: Sentence, target: Target, targets: list[Target], speech_verbs: frozenset[str]
) -> Reading | None:
    """The failure a relative clause or a participle's aside tells of the service ("which
    crashed under the load", "struggling all week"), or of the services joined with it ("its
    website and app, which struggled, ..."), as a reading of its own, or None. Only the
    aside's own predicate counts: not a trouble word after a preposition ("built after the
    2019 outage", "designed to cope with outages"), nor an aside that says it was spared
    ("which were unaffected by the outage")."""
    end = target.end
    starts = {t.start: t.end for t in targets}
    doc = sentence.span.doc
    while end + 1 < sentence.span.end and doc[end].lower_ in LIST_JOINERS:
        following = end + 2 if doc[end + 1].lower_ == "and" else end + 1
        if following not in starts:
            break
        end = starts[following]
    aside = _aside_after(sentence, end, speech_verbs)
    finite = next((doc[i] for i in aside if doc[i].tag_ in FINITE_TAGS), None)
    if finite is not None and finite.tag_ != "VBD" and finite.lower_ not in PERFECT_AUXILIARIES:
        return None  # "its branches, which are closed on Sundays": a habit, not a failure
    inside = [c for c in _status_cues(sentence) if aside.start <= c.start < aside.stop]
    if any(STATUS_BY_CUE[c.label] is Status.UNAFFECTED for c in inside):
        return None
    for cue in inside:
        if (
            STATUS_BY_CUE[cue.label] in DOWN_STATUSES
            and doc[cue.start].pos_ != "NOUN"
            and doc[cue.start - 1].pos_ != "ADP"
            and not _negated(sentence, cue, target)
        ):
            return Reading(STATUS_BY_CUE[cue.label], anchor=cue.end)
    return None


def _aside_after(sentence: Sentence, end: int, speech_verbs: frozenset[str]) -> range:
    """The relative clause (set off by commas or not), reduced relative or participle aside
    right after a mention."""
    return (
        _relative_clause(sentence, end)
        or _reduced_relative(sentence, end)
        or _participle_aside(sentence, end)
        or _restrictive_relative(sentence, end, speech_verbs)
    )

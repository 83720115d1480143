"""The victim test: does the text say THIS organisation was hit?

A sentence ties an organisation strongly when the organisation stands, inside one clause,
on the receiving end of an incident or status word ("a ransomware attack on X", "hackers
breached X", "X's website was down", "X was hit") or reports or acts on its own incident
("X confirmed a data breach", "X shut down its systems"). Nothing under a modal or a
negation counts ("could allow attackers to take over X servers", "X was not affected"). A
mere co-occurrence in a sentence with an incident word (the weak tie) still decides which
sentences an organisation owns, but makes no one a victim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from ..layout import (
    ATTACK_DENIAL,
    ATTACK_KIND_LABELS,
    FINITE_TAGS,
    FRONTING_POS,
    INCIDENT_SIGNALS,
    NEGATING_WORDS,
    NOMINAL_POS,
    OUTAGE_LABEL,
    POSSESSIVE_TAG,
    RELATIVE_PRONOUNS,
    RELATIVE_TAGS,
    REPORT_LABEL,
    TROUBLE_LABELS,
    TYPE_CUES,
    VERB_NEGATIONS,
    WHEN_ENTITIES,
    Cue,
    Layout,
    Sentence,
    dated_to_an_earlier_period,
    lower_words,
    modifies_the_fronted_phrase,
    noun_phrase_end,
    outermost,
    phrase_shape,
    phrase_width_at,
    relative_on_a_noun,
)
from ..lexicon import Rules, VictimWords
from ..nlp import SERVICE_SPANS
from ..service_spans import source_named_after, word_hyphen
from ..taxonomy import CUE_BY_STATUS, DOWN_STATUSES, Status
from .mentions import (
    INDEFINITE_ARTICLES,
    PLACE_LABELS,
    frame_before_length,
    frame_length,
    has_frame_after,
    names_its_own_asset,
)
from .model import (
    LIST_JOINERS,
    LISTED_DETERMINERS,
    MAKE_MENTION,
    POSSESSIVES,
    OrgCandidate,
    OrgMention,
    Rejection,
    TieKind,
    another_named_before,
)
from .syntax import (
    RELATIVE_OPENERS,
    aside_opener,
    clause_subject,
    holds_an_incident,
    past_apposition,
    speaks_at,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Cue labels that, after the name, say the organisation was hit or is dealing with it.
AFTER_LABELS = frozenset({"victim", "disrupted", "suspended", "restored", "compromised"})
# Cue labels that, before the name and linked to it, put it on the receiving end.
BEFORE_LABELS = frozenset({"incident", "disrupted", "suspended", "compromised"})
UNAFFECTED_LABEL = "unaffected"
MODAL_TAG = "MD"
STOP_LABELS = frozenset({UNAFFECTED_LABEL, "clause_break"})
EMERGENCY_LABELS = frozenset({"victim", "disrupted"})  # cues.json's emergency_declared
TROUBLE_KIND_LABELS = ATTACK_KIND_LABELS | {OUTAGE_LABEL}  # trouble named by its kind alone
# sentences that tell no trouble as a fact of now: a condition, a guess, a trend, a habit
UNFACTUAL_LABELS = ("hypothetical", "uncertain", "generic", "habitual", "warning")
AWARE_FRAME = ("aware", "of")  # "it was aware of": the words after the subject and the verb
EVENT_PHRASE_WORDS = 5  # "this week's ransomware attack": words from the opener to the event
JUDGEMENT_WORDS = 6  # "should serve as a reminder": words from the event to the judgement
SOURCE_NAME_WORDS = 4  # words of the source's name and what follows it: "Y to other"
DETERMINER_TAGS = frozenset({"DT", "PRP$"})  # "the", "its" before an attributive participle
PARTICIPLE_TAGS = frozenset({"VBG", "VBN", "VBD"})  # "a botched update": the tagger's VBD too
EXPECTATION_LABEL = "expected"  # "expects", "hoped", "plans": a stance on what follows
HEAD_CONTINUING_POS = frozenset({"NOUN", "PROPN", "PART"})  # "extortion tactics", "attack's"
VICTIM_REPORT = REPORT_LABEL  # "confirmed", "disclosed": the victim telling its incident
CONTAINING_LINKS = frozenset({"in", "among"})  # "were among the files stolen from ..."
OWNER_REACH = 4  # "stolen from a rival high-street bank": words after "from" to its owner
TROUBLE_CUE_LABELS = frozenset({"incident", "disrupted", "suspended", "compromised", "victim"})
STANCE_CAUSE_REACH = 5  # "after the outage at its courier": words from "after" to the trouble
THING_OF_REACH = 4  # "broke into the payroll systems of Y": words from the intrusion to the name
# "forced X, one of the region's biggest hospital operators, to divert": the name, its
# apposition and "to"
FORCED_STEP_REACH = 14
STANCE_SERVICE_REACH = 8  # "hoped to resume taking online orders": words from the stance verb
HAVE_FORMS = frozenset({"has", "have", "had", "'ve"})
THING_RELATIVES = RELATIVE_OPENERS - {"who", "whose"}  # not an aside about a person
POSSESSED_PHRASE_POS = frozenset({"NOUN", "ADJ"})  # "whose biggest clients include"
POSSESSED_PHRASE_REACH = 3
SCAN_LABELS = AFTER_LABELS | STOP_LABELS | {"incident", "victim_report"}
LINK_WORDS = frozenset(
    {
        "on",
        "at",
        "against",
        "of",
        "affecting",
        "impacting",
        "include",
        "including",
        "includes",
        "included",
        "such",
        "like",
        "targeting",
        "hitting",
        "among",
        "across",
        "inside",
        "into",
        "within",
        "for",
        "with",
    }
)
INCLUDING_LINKS = frozenset({"include", "includes", "included"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
PLACING_PREPOSITIONS = frozenset({"in", "of"})  # "MedStar Health in Maryland"
YES_NO_QUESTION_WORDS = frozenset({"whether", "if"})  # "declined to say whether X was hit"
COMPOUND_REACH = 3  # a name, two common nouns and its people: "X department store customers"
CAUSE_REACH = 5  # tokens from a causal link to its cause: "after its data network went down"
VERB_REACH = 3  # tokens from a subject's end to its verb: "had since gone down"
# a link of time is a cause only for a failure told in the past ("grounded flights when
# their systems went down"), not for any time it may happen ("when their network goes down")
# nor for a time of other incidents ("when attacks on retailers rose")
TEMPORAL_LINKS = frozenset({"when"})
RELATIVE_POSSESSIVE = "whose"
OWN_RELATIVES = frozenset({"which", RELATIVE_POSSESSIVE})  # an aside about the name itself
BE_FORMS = frozenset({"is", "are", "was", "were", "been", "being", "be", "got", "get", "has"})
# a passive's subject of its own: a pronoun or a common noun ("a retailer was hit"); a proper
# name before it may be the list the name heads ("X, Y and Z were hit")
PASSIVE_SUBJECT_TAGS = frozenset({"PRP", "NN", "NNS"})
PASSIVE_FORMS = BE_FORMS - HAVE_FORMS  # "was attacked"; "has attacked" is active
CLAIM_LEMMAS = frozenset({"claim", "allege", "rumour", "rumor", "speculate", "suggest"})
AGENT_PHRASE_REACH = 5  # "attacked by the Marrowjack ransomware group": words after "by"
PASSIVE_AUXILIARIES = BE_FORMS | HAVE_FORMS  # "had been", "was": what stands before a participle
OWN = frozenset({"its", "our", "their"})
PARTNER_WORDS = frozenset({"partner"})  # "its delivery partner": a provider the client names
PROVIDER_DESCRIPTION_REACH = 3  # words of a provider's description: "Y, its IT services provider,"
OWN_ASSET_REACH = 5  # words between an owner's "its" and the cue: "its systems were encrypted"
UNCOUNTED_NEAR_AN_ASSET = 3  # at most so many of "own" and adverbs are passed over
PEOPLES_DATA_REACH = 4  # "customer details stolen", "the personal data of 4,000 members was taken"
SCENE_LINKS = frozenset({"on", "at", "against"})  # "the attack on Y", "a breach at Y"
SELF_REFERENCES = frozenset({"it", "its", "they", "their", "we", "our", "that"})
FINDERS = SELF_REFERENCES - {"that", "its", "their", "our"}  # not "a study that found ..."
LIST_DESCRIPTORS = frozenset({"DET", "ADJ", "NOUN"})
NEGATION_REACH = 3
DENIED_VERB_REACH = 3  # from the negation to the verb of reaching: "did not in fact affect"
DENIED_OWNER_REACH = 3  # from the verb to the owner: "did not involve any of its"
SPEAKERS_OWN = frozenset({"its", "our"})  # not "their": the people's, not the speaker's
DEMONSTRATION_REACH = 6  # tokens from the verb to its attack: "presented a new side-channel attack"
# a noun phrase's determiners, numbers, adjectives and the commas and conjunctions of its
# list do not lengthen it ("the names, email addresses and phone numbers of guests from X")
UNCOUNTED_IN_REACH = frozenset({"DET", "NUM", "ADJ", "CCONJ", "ADV", "PUNCT"})
NOUN_PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
PARTICLE_TAG = "RP"
# what goes with a cue before it: a verb's particle, what an inability was to do
CUE_COMPLEMENT_TAGS = frozenset({PARTICLE_TAG, "VB"})
RESTRICTIVE_CLAUSE_REACH = 12
# "a firm that stores pallets": the clause's verb, which the tagger may read as a noun
CLAUSE_VERB_POS = frozenset({"VERB", "NOUN"})
PLACING_PHRASE_REACH = 6  # "in the northern German state of Lower Saxony": words before the name
SUBJECT_OPENING_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "SPACE"})
POSTMODIFIER_PREPOSITIONS = frozenset({"behind", "for", "in", "at", "with"})
PLACING_LINKS = frozenset({"at", "on", "against"})  # "attacks at retailers", "on councils"
OTHERS_REACH = 6  # "cyber attacks and IT outages at retailers"
DESCRIPTION_POS = frozenset({"ADJ", "NOUN", "PROPN"})
AGENT_MARKERS = frozenset({"by", "to"})  # "published by a firm", "according to a firm"
INTRUSION_PARTICLE = "into"  # "broke into X", "got into X", "hacked into X"
UNNAMED_VICTIM_REACH = 4  # "one customer", "a Danish freight firm", "a small family-run business"
RELATIVE_REACH = 3  # "who exploited the flaw": from the relative pronoun to the flaw
SUBJECT_REACH = 4  # tokens before a verb searched for its subject: "the flaw affects X"
PEOPLE_PLACING_LINKS = frozenset({"at", "of"})  # "86 pupils at X", "600 members of X"
PERSONAL_DATA_LABELS = frozenset({"customer_data", "employee_data"})
OWN_VERB_REACH = 5  # from the name to its verb: "X said it would not pay", "X has refused"
CAUSED_TROUBLE_REACH = 6  # "blamed an IT outage at its distribution centre for"
# what a story of a ransom demanded after an IT or cyber incident tells somewhere: an
# incident word or a kind, not the ransom itself ("paid a ransom to free kidnapped engineers")
RANSOM_LABEL = "type_ransom"
IT_INCIDENT_LABELS = ("incident", *(label for label in TYPE_CUES if label != RANSOM_LABEL))
FOR_WHOM_REACH = 4  # "paid the ransom for the city of Oakmere": up to the name
BEHALF = "behalf"  # "paid a ransom on behalf of a client": another's
RANSOM_VERB_REACH = 6  # "refused to pay a ransom", "would not pay the ransom"
OTHER_OWNER_ENTITIES = frozenset({"ORG", "PERSON"})  # "the outage at Y", "Y's systems"
# a cause told by an incident word or by its kind: "a fault in its stock system"
CAUSE_LABELS = ("incident", *sorted(TROUBLE_KIND_LABELS))
TROUBLE_JOINER = "for"  # "blamed a cyber attack for the gaps": what the cause caused
CULPRIT_LINKS = frozenset({"to", "by"})  # "attributed the attacks to a group": a culprit
RIVAL_REACH = 3  # "Rival grocer X", "its competitor X"
CLAUSE_JOINERS = frozenset({"and", "but", "while", "although"})  # the clause after the incident
STEADY_CAUSE_REACH = 4  # from what kept going to its link: "remained open on Friday after"
NEW_INCIDENT_REACH = 3  # from the determiner to the incident: "a weekend ransomware attack"
# an incident told as a new one, or as the name's own: "a cyber attack", "its outage"
NEW_INCIDENT_DETERMINERS = INDEFINITE_ARTICLES | SPEAKERS_OWN
STEADY_OWNERS = SPEAKERS_OWN | {"it", "we"}  # "its shops remained open", "it was trading"


@dataclass
class _Scan:
    """Where a scan after a name stands, and what it has seen of the name's predicate."""

    index: int
    possessive: bool  # named as an owner: "X's systems", "X shoppers", "customers of X"
    only_list: bool = True  # nothing but other names and joiners so far: "X, Y and Z were"
    spoke: bool = False  # after "X said": what follows is X's news
    speech_verb: int | None = None  # where X's "said" stands
    report: int | None = None  # the "that" X's report opens with, past whom it told
    reported: bool = False  # past the "that" X's report opens with: the reach counts anew
    telling_relative: bool = False  # in a relative clause about those X told
    own_news: bool = False  # "X said it ...": X's news about itself
    # the contrast word X's report goes on past after telling what still works ("X said
    # orders could still be placed, but that deliveries were late"): its clause is X's too
    contrast: int | None = None


def places_a_noun(doc: Doc, sentence: Sentence, mention: OrgMention, words: VictimWords) -> bool:
    """'A managed IT provider in south-west England says ...', 'A hospital in the German
    state of Lower Saxony has stopped ...': a name that ends a phrase placing a common
    noun before it says where that noun is; the predicate after it is the noun's. Not a
    name that owns or qualifies the noun after it ('the tills in X's department stores',
    'queues in X stores'), nor one after a fronted phrase or a date ('After a ransomware
    attack in March X has restored ...'): the placed noun must open the sentence's
    subject."""
    after = doc[mention.end] if mention.end < sentence.span.end else None
    if after is not None and (after.tag_ == "POS" or after.pos_ in {"NOUN", "PROPN"}):
        return False
    index = mention.start - 1
    while (
        index > sentence.span.start
        and mention.start - index <= PLACING_PHRASE_REACH
        and doc[index].ent_type_ not in WHEN_ENTITIES  # "after an attack in March X has"
        and (
            doc[index].pos_ in {"DET", "ADJ", "PROPN"}
            or doc[index].text == "-"
            or doc[index].lower_ in words["placing_phrase_words"]
        )
    ):
        index -= 1
    if not (
        index > sentence.span.start
        and doc[index].lower_ in words["placing_prepositions"]
        and doc[index - 1].pos_ == "NOUN"
        and doc[index - 1].is_lower
    ):
        return False
    return all(  # "A managed IT provider in ...": only the subject's words before
        token.pos_ in SUBJECT_OPENING_POS or token.tag_ == "VBN" or token.text == "-"
        for token in doc[sentence.span.start : index - 1]
    )


class TieFinder:
    """Strong ties of mentions in one article: cues by position, and where other names are."""

    def __init__(self, doc: Doc, layout: Layout, rules: Rules) -> None:
        self.doc = doc
        self.layout = layout
        self.rules = rules
        self.words = rules.victims
        self.speech_verbs = rules.cues.speech_verbs
        self.owned_heads = self.words["asset_nouns"] | self.words["premises_nouns"]
        self.provider_words = rules.cues.provider_words | PARTNER_WORDS
        self.name_tokens: dict[int, OrgMention] = {}
        self.candidates: dict[str, OrgCandidate] = {}
        self.possible_victims: set[str] = set()
        self.attackers: set[str] = set()
        self._sentence_cues: dict[int, tuple[list[Cue], list[Cue], frozenset[Cue]]] = {}
        # sentences that tie with no incident word of their own, by what they refer back to
        # (the members of a plural told hit before them; 'one on X' for an attack told
        # before): they tie as if they held one
        self.tied_by_reference: set[int] = set()
        # a story that denies an attack may tell the rumour it denies in the passive ("posts
        # claimed the company had been hacked")
        self.denies_an_attack = any(s.has_cue(ATTACK_DENIAL) for s in layout.sentences)

    def index_names(self, candidates: dict[str, OrgCandidate]) -> None:
        """Where every named organisation stands, so a list 'X, Y and Z were hit' reads as one.
        A technology term that modifies a noun names no one ('their names and National
        Insurance numbers had been stolen'): it stands between no name and what the name's
        sentence tells, where one standing alone may be a body ('said NIST had been hit')."""
        self.name_tokens = {
            i: mention
            for candidate in candidates.values()
            for mention in candidate.mentions
            if not mention.anaphor
            and not (candidate.rejection is Rejection.TERM and self._modifies_a_noun(mention))
            for i in range(mention.start, mention.end)
        }
        self.candidates = candidates
        self.possible_victims = {k for k, c in candidates.items() if c.rejection is None}
        self.attackers = {k for k, c in candidates.items() if c.rejection is Rejection.ATTACKER}

    def _modifies_a_noun(self, mention: OrgMention) -> bool:
        """'National Insurance numbers', 'Windows computers': a name before the noun it
        describes."""
        return mention.end < len(self.doc) and self.doc[mention.end].pos_ == "NOUN"

    def tie(self, mention: OrgMention) -> TieKind | None:
        sentence = self.layout.sentences[mention.sentence]
        if sentence.in_boilerplate:
            return None
        if self._remarks_on_the_incident(sentence, mention):
            return None
        if self._in_question(sentence, mention):
            return None
        outer, opened, hidden = self._tie_cues(sentence)
        before = self._before(sentence, mention, outer)
        if before is not None:
            return before
        verb = self._own_verb(sentence, mention)
        if (
            verb is not None
            and not another_named_before(self.candidates, mention.key, mention.start)
            # "Law firm X, which represents Y, said it had received a ransom demand"
            and not any(t.ent_type_ in OTHER_OWNER_ENTITIES for t in self.doc[mention.end : verb.i])
            and (
                self._tells_the_cause_of_its_trouble(sentence, verb)
                or self._answers_a_ransom(sentence, verb)
            )
        ):
            return TieKind.PATIENT
        after = self._after(sentence, mention, opened, hidden=hidden)
        if after is None and self._inside_its_peoples_data_taken(mention, opened):
            return TieKind.PATIENT
        if after is None and self._own_relative_tells_an_incident(sentence, mention):
            # "X, which was hit by a ransomware attack last week, said its shops are open":
            # the aside about X tells what happened to it when its main predicate does not
            after = self._after(sentence, mention, opened, into_relative=True, hidden=hidden)
        return after

    def _own_verb(self, sentence: Sentence, mention: OrgMention) -> Token | None:
        """The verb X is the subject of, right after X and its aside, past auxiliaries,
        negations and a date ('X has refused', 'X on Friday blamed', 'X said it would not
        pay'), or None."""
        doc, end = self.doc, sentence.span.end
        index = past_apposition(doc, mention.end, end)
        for token in doc[index : min(index + OWN_VERB_REACH, end)]:
            if token.pos_ == "VERB":
                return token
            if not (
                token.pos_ in {"AUX", "PART", "ADV"}
                or token.ent_type_ in WHEN_ENTITIES
                or token.lower_ in {"on", "it", "that"}
            ):
                return None
        return None

    def _tells_the_cause_of_its_trouble(self, sentence: Sentence, verb: Token) -> bool:
        """'X blamed a cyber attack for empty shelves in its stores', 'X put the disruption
        down to a ransomware attack', 'X attributed the outage to a failure in its booking
        system': X tells an incident, one and new ('a', 'its'), as the cause of trouble
        (`cause_telling_verbs`; the cause after one of the `cause_joiners` or as the verb's
        object before 'for'). Not a culprit ('X blamed the attack on hackers', 'X attributed
        the attacks to a group it calls Y', 'X has blamed Y, a gang that rents its
        ransomware'), the story's incident named again ('blamed the cyber attack for a fall in
        sales'), a wave ('blamed ransomware attacks for a rise in claims'), an incident placed
        at another ('a cyber attack at a rival chain', 'on the port's customs system'), a gain
        (`gain_words`: 'for the extra demand'), figures (`figure_words`: 'a dip in its weekly
        footfall figures'), trouble not told as the teller's own or told of people ('blamed an
        IT failure for late pay to council workers', 'a fall in its members' takings'), nor an
        incident denied."""
        if verb.lemma_.lower() not in self.words["cause_telling_verbs"] or self._verb_negated(verb):
            return False
        doc = self.doc
        joiners = self.words["cause_joiners"]
        _, widest = phrase_shape(joiners)
        clause_end = sentence.clause_end_after(verb.i)
        told = doc[verb.i + 1 : clause_end]
        refused = self.words["gain_words"] | self.words["figure_words"] | self.words["people_nouns"]
        if any(t.ent_type_ in OTHER_OWNER_ENTITIES or t.lower_ in refused for t in told) or not any(
            t.lower_ in SPEAKERS_OWN for t in told
        ):
            # the trouble or its cause told as the teller's own ("for empty shelves in its
            # stores", "to a cyber attack on its ordering system"); a union or a regulator
            # blames a failure for others' trouble ("for late pay to council workers")
            return False
        for incident in sentence.cues_labelled(*CAUSE_LABELS):
            if not verb.i < incident.start < clause_end or self._negated(sentence, incident):
                continue
            opening = incident.start
            while opening > verb.i + 1 and doc[opening - 1].pos_ in {"DET", "ADJ"}:
                opening -= 1
            # the cause after its joiner: "put the disruption down to a ransomware attack"
            joined = any(
                phrase_width_at(doc, i, opening, joiners, widest) == opening - i
                for i in range(max(verb.i + 1, opening - widest), opening)
            )
            # the cause as the verb's object, what it caused after "for": "blamed a cyber
            # attack for the gaps"; not one inside an aside ("blamed Y, a gang that ...")
            blamed = all(t.pos_ in NOUN_PHRASE_TAGS for t in doc[verb.i + 1 : incident.start])
            ends = frozenset({TROUBLE_JOINER}) if blamed and not joined else frozenset()
            if (joined or blamed) and self._new_incident_at(sentence, opening, ends, CAUSE_LABELS):
                return True
        return False

    def _names_others(self, start: int, stop: int) -> bool:
        """Words from `start` that name others: 'a client', 'the city of Y', 'its members'."""
        words = self.words["people_nouns"] | self.rules.cues.other_owner_nouns
        named = self.doc[start : min(start + FOR_WHOM_REACH, stop)]
        return any(t.lower_ in words or t.pos_ == "PROPN" for t in named)

    def _verb_negated(self, verb: Token) -> bool:
        """'did not blame', 'never blamed': a negation just before the verb."""
        before = self.doc[max(0, verb.i - NEGATION_REACH) : verb.i]
        return any(t.lower_ in VERB_NEGATIONS for t in before)

    def _answers_a_ransom(self, sentence: Sentence, verb: Token) -> bool:
        """'X has refused to pay a ransom demanded by hackers', 'X said it would not pay the
        ransom', 'X received a ransom demand', 'X paid the ransom', in a story that tells a
        cyber incident: a ransom is demanded of one hit. Not advice or a policy ('X advises
        companies never to pay a ransom', 'X would never pay a ransom'): what X does with the
        ransom is its own act, with no one else between, and a ransom still to come or never
        paid is the one demanded ('the ransom'). Not a ransom under a condition ('would not pay
        the ransom if it were ever hit'), a word the ransom qualifies ('the ransom ban',
        'ransom payments from victims'), nor one a denial after it tells was no attack ('but
        said its systems had not been breached'), nor one in a story that tells no trouble of
        systems or services nor their return ('pirates demanded a ransom')."""
        doc, words = self.doc, self.words
        clause_end = sentence.clause_end_after(verb.i)
        ransom = next(
            (c for c in sentence.cues_labelled(RANSOM_LABEL) if verb.i < c.start < clause_end),
            None,
        )
        if ransom is None or ransom.start - verb.i > RANSOM_VERB_REACH:
            return False
        between = doc[verb.i : ransom.start]
        if not any(t.lemma_.lower() in words["ransom_verbs"] for t in between):
            return False
        if any(t.pos_ in {"NOUN", "PROPN"} for t in between):
            return False  # "advises companies never to pay"
        subject = self.doc[max(sentence.span.start, verb.i - OWN_VERB_REACH) : verb.i]
        if any(t.lower_ in words["authority_name_words"] for t in subject):
            return False  # "The Health Ministry said it would not pay the ransom"
        qualified = ransom.end < clause_end and doc[ransom.end].pos_ == "NOUN"
        after = doc[ransom.end : clause_end]
        # "on behalf of a client", "for the city of Oakmere", "demanded by hackers who hit Y"
        for_another = any(
            t.lower_ == BEHALF
            or t.ent_type_ in OTHER_OWNER_ENTITIES
            or (t.lower_ == "for" and self._names_others(t.i + 1, clause_end))
            for t in after
        )
        if (
            qualified
            or for_another  # "paid a ransom on behalf of a client"
            or any(sentence.cues_labelled(*UNFACTUAL_LABELS))
            or any(c.start > ransom.end for c in sentence.cues_labelled("negation"))
            or not any(
                not self._negated(s, c)
                for s in self.layout.sentences
                for c in s.cues_labelled(*IT_INCIDENT_LABELS)
            )
        ):
            return False
        refused_or_to_come = any(
            t.lower_ in VERB_NEGATIONS or t.lower_ in words["modal_words"] | words["future_words"]
            for t in doc[max(sentence.span.start, verb.i - OWN_VERB_REACH) : ransom.start]
        )
        told = doc[ransom.start - 1].lower_ not in INDEFINITE_ARTICLES or doc[
            ransom.end : ransom.end + 1
        ].text.lower() in {"demanded", "demand"}
        return told or not refused_or_to_come

    def _remarks_on_the_incident(self, sentence: Sentence, mention: OrgMention) -> bool:
        """'X said it was aware of the incident', 'X said the incident showed how dependent
        ...', 'X said this week's attack was a wake-up call': a remark on the story's incident,
        named by a definite word, tells nothing of X's own. Regulators, police forces and
        commentators make such remarks; a victim that does is told hit elsewhere ('The
        council's website has been offline'), so what makes it one is not lost."""
        # past the name's aside: "X, which owns 40 shops, said the attack showed ..."
        index = self._said_at(sentence, past_apposition(self.doc, mention.end, sentence.span.end))
        if index is None:
            return False
        words = self.words
        # the subject and its verb of being, then "aware of": "it was aware of"
        frame_end = index + 2 + len(AWARE_FRAME)
        told = [token.lower_ for token in self.doc[index:frame_end]]
        if told[:1] and told[0] in words["remark_subjects"] and told[2:] == list(AWARE_FRAME):
            return self._incident_named_at(sentence, frame_end) is not None
        after = self._incident_named_at(sentence, index)
        if after is None:
            return False
        judged = self.doc[after : min(after + JUDGEMENT_WORDS, sentence.span.end)]
        return any(t.lemma_.lower() in words["commentary_verbs"] for t in judged[:2]) or any(
            token.lower_ in words["commentary_nouns"]
            and self.doc[token.i - 1].lower_ in INDEFINITE_ARTICLES  # "a wake-up call"
            for token in judged
        )

    def _said_at(self, sentence: Sentence, end: int) -> int | None:
        """The index after a verb of saying right after the name and what may follow it
        ('said', 'confirmed on Tuesday that'), or None."""
        doc, stop = self.doc, sentence.span.end
        if end >= stop or doc[end].lemma_.lower() not in self.speech_verbs:
            return None
        index = end + 1
        if (
            index + 1 < stop
            and doc[index].lower_ == "on"
            and doc[index + 1].ent_type_ in WHEN_ENTITIES
        ):
            index += 2
        if index < stop and doc[index].lower_ == "that":
            index += 1
        return index

    def _incident_named_at(self, sentence: Sentence, start: int) -> int | None:
        """The index after the story's incident named from `start` by a definite word ('the
        incident', 'this week's attack', 'the ransomware attack'; not 'a cyber attack had
        exposed ...', which tells one), or None."""
        doc, stop = self.doc, sentence.span.end
        if start >= stop or doc[start].lower_ not in self.words["definite_openers"]:
            return None
        for index in range(start, min(start + EVENT_PHRASE_WORDS, stop)):
            if doc[index].lemma_.lower() in self.words["commented_events"]:
                return index + 1
            if doc[index].is_punct:
                return None
        return None

    def _inside_its_peoples_data_taken(self, mention: OrgMention, cues: list[Cue]) -> bool:
        """'The names of 86 pupils at X were published on a website by mistake': the words of
        a theft or disclosure hold the name, after the personal data of the people 'at' or
        'of' it."""
        doc = self.doc
        if mention.start == 0 or doc[mention.start - 1].lower_ not in PEOPLE_PLACING_LINKS:
            return False
        return any(
            cue.label == "compromised"
            and cue.start < mention.start
            and mention.end <= cue.end
            and any(
                span.label_ in PERSONAL_DATA_LABELS
                and cue.start <= span.start
                and span.end <= mention.start
                for span in doc.spans[SERVICE_SPANS]
            )
            for cue in cues
        )

    def _tie_cues(self, sentence: Sentence) -> tuple[list[Cue], list[Cue], frozenset[Cue]]:
        """A sentence's cues as a tie reads them, once per sentence: the outermost (a fault
        placed in a system, "the failure of its booking system", names the outage's kind, and
        the trouble word inside it still ties as it would alone); the same with no kind hiding
        the event inside it, for what X reports ("X confirmed the names of its customers were
        in the stolen data"; "a company that tracks hackers, stolen data and threats" names
        none stolen); and the cues only the second holds."""
        cached = self._sentence_cues.get(sentence.index)
        if cached is None:
            # the doer's label names no one hit: "the hacking crew X" hacked no X
            events = [
                c for c in sentence.event_cues() if not sentence.in_attacker_label(c.start, c.end)
            ] + self._troubles_named(sentence)
            placed = [c for c in sentence.cues if c.label == OUTAGE_LABEL]
            outer = outermost([c for c in events if c.label != OUTAGE_LABEL]) + placed
            kinds = [c for c in events if c.label in TYPE_CUES]
            opened = outermost([c for c in events if c.label not in TYPE_CUES])
            hidden = frozenset(c for c in opened if c not in outer)
            cached = (outer, opened + kinds, hidden)
            self._sentence_cues[sentence.index] = cached
        return cached

    def _troubles_named(self, sentence: Sentence) -> list[Cue]:
        """A service phrase that is itself a trouble ('gaps on shelves', 'shortages', 'out of
        stock') ties its owner as a trouble word would: 'X said some of its stores had gaps on
        shelves' tells X hit, with no other word of trouble in the sentence. Only a trouble
        told as a fact of now: not one that may come ('shortages were likely', 'warned of
        shortages if the outage continued'), a habit or a trend, one of a year named
        ('unlike during the shortages of 2021'), nor one put down to a cause that is no
        incident ('shortages of eggs were due to bird flu')."""
        troubles = self._trouble_phrases.get(sentence.index, [])
        if (
            not troubles
            or sentence.has_cue(*UNFACTUAL_LABELS)
            or self._put_down_to_another_cause(sentence)
        ):
            return []
        return [
            Cue(CUE_BY_STATUS[status], span.start, span.end, span.text)
            for span, status in troubles
            if self._told_as_fact(sentence, span)
        ]

    @cached_property
    def _trouble_phrases(self) -> dict[int, list[tuple[Span, Status]]]:
        """The service phrases that are troubles themselves, with the status each implies, by
        sentence (read once per article: every sentence a tie reads asks for its own)."""
        by_sentence: dict[int, list[tuple[Span, Status]]] = {}
        for span in self.doc.spans[SERVICE_SPANS]:
            entry = self.rules.services[int(span.id_)]
            # "pen and paper" ties whoever falls back on it through the verb that says so
            if entry.workaround or entry.implies not in DOWN_STATUSES:
                continue
            index = self.layout.sentence_of(span.start).index
            by_sentence.setdefault(index, []).append((span, entry.implies))
        return by_sentence

    def _told_as_fact(self, sentence: Sentence, span: Span) -> bool:
        """No word of possibility in the trouble's own clause ('shortages were likely'; not
        'and that it may take a week to restock'), and no year of its own."""
        clause = sentence.clause_of(span.start)
        return not self._of_a_year(span) and not any(
            token.lower_ in self.words["possibility_words"]
            and sentence.clause_of(token.i) == clause
            for token in sentence.span
        )

    def _declares_an_emergency(self, cue: Cue) -> bool:
        """'has declared a critical incident': the declarer suffers what it declares."""
        return cue.label in EMERGENCY_LABELS and cue.text.lower().split()[-1] in (
            self.rules.cues.emergency_nouns
        )

    def _put_down_to_another_cause(self, sentence: Sentence) -> bool:
        """'shortages of eggs were due to bird flu', 'because of a staff strike': a cause
        given in the sentence with no word of an incident, trouble or kind of IT trouble
        after it ('after its computer systems failed' names a failure by its kind alone); a
        kind inside another sense ('a stomach bug') is none."""
        doc = self.doc
        openers = self.rules.cues.cause_openers
        _, widest = phrase_shape(openers)
        end = sentence.span.end
        # "after its computer systems failed": a failure named only by its kind is trouble too
        senses = sentence.cues_labelled("other_sense")
        troubles = [
            c
            for c in sentence.event_cues()
            if c.label in BEFORE_LABELS | TROUBLE_KIND_LABELS
            and not any(o.start <= c.start and c.end <= o.end for o in senses)  # "stomach bug"
        ]
        for index in range(sentence.span.start, end):
            size = phrase_width_at(doc, index, end, openers, widest)
            if not size or self._a_time_opened(sentence, index, size):
                continue
            if not any(c.start >= index + size for c in troubles):
                return True
        return False

    def _a_time_opened(self, sentence: Sentence, index: int, size: int) -> bool:
        """'After the weekend, X said ...': an opener of the sentence, or one before a date,
        tells a time, no cause."""
        doc = self.doc
        following = index + size
        return index == sentence.span.start or (
            following < sentence.span.end and doc[following].ent_type_ in WHEN_ENTITIES
        )

    def _of_a_year(self, span: Span) -> bool:
        """'the shortages of 2021': a trouble dated to a year of its own, a year being a
        date the model found, not a count ('shortages of 1500 products')."""
        doc = self.doc
        return any(
            token.ent_type_ == "DATE" and token.like_num
            for token in doc[span.end : min(span.end + 2, len(doc))]
        )

    def _in_question(self, sentence: Sentence, mention: OrgMention) -> bool:
        """'He declined to say whether any X customers had been affected': a name inside an
        open question is not said to have been hit."""
        return any(
            cue.label == "uncertain"
            and self.doc[cue.end - 1].lower_ in YES_NO_QUESTION_WORDS
            and cue.end <= mention.start
            and cue.governs(mention.start, mention.end)
            for cue in sentence.cues
        )

    def _negated(self, sentence: Sentence, cue: Cue) -> bool:
        """A negation just before the cue, or one that takes a whole clause or phrase as its
        object ('no indication that its own platform had been compromised', 'not aware of any
        customer being attacked'), up to a comma."""
        doc = self.doc
        clause = sentence.clause_with_dependents_of(cue.start)
        for negation in sentence.cues_labelled("negation"):
            if sentence.clause_with_dependents_of(negation.start) != clause:
                continue
            if 0 <= cue.start - negation.end <= NEGATION_REACH:
                return True
            takes_object = doc[negation.end - 1].lower_ in {"of", "that"} or (
                negation.end < len(doc) and doc[negation.end].lower_ == "that"
            )
            if (
                negation.end - negation.start > 1  # "no indication that", "not aware of"
                and takes_object
                and negation.end <= cue.start
                and not any(t.text == "," for t in doc[negation.end : cue.start])
            ):
                return True
        return False

    def _modal_between(self, start: int, end: int, future: bool = False) -> bool:
        """A modal that makes the event possible, not reported ('could allow attackers to'),
        and with `future`, one that puts it still to come ('will be unavailable'). A modal
        perfect reports a past event with doubt ('may have been affected'): it counts, as
        does a negated ability ('could not take orders after a failure at X')."""
        doc = self.doc
        words = self.words["modal_words"] | (self.words["future_words"] if future else set())
        inability = self.words["inability_modals"]
        return any(
            token.lower_ in words
            and token.pos_ != "PROPN"  # the month in "said in May that hackers ...", no modal
            and not (token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "have")
            and not (token.lower_ in inability and self._limits_told(token.i))
            for token in doc[start:end]
        )

    def _limits_told(self, modal: int) -> bool:
        """'could not take orders', 'could only take cash': an inability or a restriction
        told as fact; not one guessed ('could only have got in through a supplier') nor one
        under a condition ('If hackers struck, X could only take cash')."""
        doc = self.doc
        after = doc[modal + 1 : modal + 3]
        if not after or after[0].lower_ not in VERB_NEGATIONS | self.words["restricting_adverbs"]:
            return False
        if after[0].lower_ in VERB_NEGATIONS:
            return True
        sentence = self.layout.sentence_of(modal)
        conditional = any(c.end <= modal for c in sentence.cues_labelled("hypothetical"))
        return not (conditional or (len(after) > 1 and after[1].lower_ == "have"))

    def _past_a_cause_opening(self, start: int, end: int, first: bool = False) -> int:
        """Where the words that tell the cause begin: past the last cause opener between
        ('X will start the school year two days late, after a ransomware attack knocked out
        its phones', 'following a ransomware attack that crippled its systems', 'thanks to a
        cyber attack'; `cause_openers` in cues.json), so a modal of the consequence ('will
        start') puts no cause still to come; with no opener, `start`. With `first`, past the
        first opener instead: where a cause told after a stance begins."""
        openers = self.rules.cues.cause_openers
        _, widest = phrase_shape(openers)
        opening = start
        for token in self.doc[start:end]:
            width = phrase_width_at(self.doc, token.i, end, openers, widest)
            if width:
                opening = token.i + width
                if first:
                    break
        return opening

    def _cause_told_after(self, sentence: Sentence, cue: Cue) -> bool:
        """A cause opener follows the cue in its sentence: the cause is told after the
        consequence, mostly in a clause of its own ('..., after a cyber attack took its
        systems offline'), so the search runs to the sentence's end, not the clause's."""
        return self._past_a_cause_opening(cue.end, sentence.span.end) != cue.end

    def _before(self, sentence: Sentence, mention: OrgMention, cues: list[Cue]) -> TieKind | None:
        """'a ransomware attack on X', 'hackers breached X', 'hit dealers including X, Y',
        'hit a plant operated by X'."""
        doc, words = self.doc, self.words
        ending: dict[int, set[str]] = {}
        for cue in cues:
            ending.setdefault(cue.end - 1, set()).add(cue.label)
        by_end = {cue.end - 1: cue for cue in cues}
        clause = sentence.clause_with_dependents_of(mention.start)
        # "..., the regulator said": a speaker after the words it reports is their source
        attributing = speaks_at(doc, mention.end, self.speech_verbs)
        linked, steps, index = False, 0, mention.start - 1
        a_member = False  # "including X": one of a plural named before, perhaps placed
        group: Token | None = None  # that plural: "Pharmacies including X"
        theft_only = False  # linked by a source, which only a theft takes
        owned = self._owned_asset_end(mention.start)
        if owned is not None:
            # "ransomware hit a treatment plant operated by X": what X runs was hit
            linked, index = True, owned
        while index >= sentence.span.start and steps <= words.reach["before"]:
            if sentence.clause_with_dependents_of(index) != clause:
                return None
            listed_before = self.name_tokens.get(index - 1)
            if (
                attributing
                and doc[index].text == ","
                and (listed_before is None or index + 1 == mention.start)
            ):
                # not a comma between listed names: "X, Y and Z said"; the speaker after a
                # comma is no last item of a list, which "and" opens ("Other victims include
                # Y, Ashby Police said")
                return None
            labels = ending.get(index, set())
            listing = doc[index].text == ";" and index not in sentence.independent_starts
            if labels & STOP_LABELS and not listing:  # a semicolon parting a list goes on
                return None  # "among those not affected was X": no verb of harm inside it
            if (
                doc[index].lemma_.lower() in words["patient_verbs"]
                and doc[index].pos_ == "VERB"
                and not sentence.in_attacker_label(index, index + 1)
            ):
                labels = labels | {"incident"}  # "ransomware crippled X", "targeted X"
            elif self._forced_by_an_incident(sentence, index, cues):
                labels = labels | {"incident"}  # "the attack forced X to divert ambulances"
            if labels & BEFORE_LABELS:
                cue = by_end.get(index, Cue("incident", index, index + 1, doc[index].text))
                # "hackers breached X"; "hackers broke into X": an intrusion verb and the
                # particle it enters by, not its agent ("hit by X"), a takedown ("police shut
                # down X") or watching ("investigators spied on the gang")
                verb = doc[index].tag_.startswith("VB") or (
                    doc[cue.start].tag_.startswith("VB")
                    and "compromised" in labels
                    and doc[index].lower_ == INTRUSION_PARTICLE
                )
                if not (linked or verb) or self._negated(sentence, cue):
                    return None
                if theft_only and "compromised" not in labels:
                    return None
                if verb and self._subject_attacks_no_one(sentence, cue.start):
                    return None  # "the flaw affects X routers", "researchers hacked X"
                if self._demonstrated(sentence, cue):
                    return None  # "researchers demonstrated an attack on X"
                if self._modal_between(sentence.span.start, cue.start):
                    return None
                return TieKind.PATIENT
            token = doc[index]
            other = self.name_tokens.get(index)
            if other is not None and other.key != mention.key:
                index = other.start - 1  # another listed name: "X, Y and Z"
                listed_owned = self._owned_asset_end(other.start)
                if listed_owned is not None:
                    linked, index = True, listed_owned  # "shops run by X, Y and Z"
                continue
            if (
                token.lower_ in words["incident_pro_forms"]
                and doc[index + 1].lower_ in SCENE_LINKS
                and self._stands_for_an_incident(sentence, index)
                and self._follows_in_a_sequence(sentence, index)
            ):
                self.tied_by_reference.add(sentence.index)
                return TieKind.PATIENT  # "the attack follows one on X", "another at X"
            if token.lower_ in INCLUDING_LINKS and self._hit_as_subject(sentence, index, cues):
                return TieKind.PATIENT  # "hospitals hit include X", "other victims include X"
            if token.lower_ in BE_FORMS and self._fronted_victims(sentence.span.start, index, cues):
                return TieKind.PATIENT  # "among its other victims were X and Y"
            if token.lower_ in LINK_WORDS:
                linked = True
                a_member = a_member or token.lower_ in words["membership_links"]
            elif placed := self._placed_in_list(index):
                index = placed  # "X in Los Angeles, Y in Wichita and Z"
                continue
            elif token.lower_ in words["theft_links"] and not linked:
                linked = theft_only = True
            elif not (
                token.lower_ in words["victim_links"]
                or token.pos_ in NOUN_PHRASE_TAGS
                # "hit councils in Kent, including X": a place phrase on the plural named
                or (a_member and token.lower_ in PLACING_PREPOSITIONS)
                or _approximates_a_number(token)
                # the doer between an attack and its target: "an attack by the X gang on Y"
                or (
                    token.lower_ in self.rules.cues.agent_links
                    and "incident" in ending.get(index - 1, set())
                )
                # a verb's particle goes with it: "knocked out the systems at X"; so does
                # what an inability was to do: "customers could not pay at X's restaurants"
                or (token.tag_ in CUE_COMPLEMENT_TAGS and index - 1 in ending)
                # a participle describing the noun after it: "scrambled passwords of users"
                or (token.tag_ == "VBN" and doc[index + 1].pos_ == "NOUN")
                # a place's possessive right before the name: "an attack on Britain's Royal
                # Mail" (not "one of France's largest DIY chains", an apposition's words)
                or (
                    token.tag_ == "POS"
                    and index + 1 == mention.start
                    and doc[index - 1].ent_type_ in PLACE_LABELS
                )
            ):
                return None
            # the tagger may read a plural opening the sentence as a name ("Garages")
            if a_member and group is None and token.pos_ in {"NOUN", "PROPN"}:
                group = token
            if token.pos_ not in UNCOUNTED_IN_REACH and token.ent_type_ not in PLACE_LABELS:
                # "the details of about 9.8 million current and former customers"; a place
                # only places a listed name ("the City of Newark, New Jersey; X")
                steps += 1
            index -= 1
        if (
            group is not None
            and index < sentence.span.start
            and self._told_hit_before(sentence, group)
        ):
            # "... has left hundreds of pharmacies unable to process prescriptions.
            # Pharmacies including X, Y and Z said ...": members of the plural told hit; the
            # sentence ties them with no incident word of its own
            self.tied_by_reference.add(sentence.index)
            return TieKind.PATIENT
        return None

    def _told_hit_before(self, sentence: Sentence, group: Token) -> bool:
        """The sentence before, in the same paragraph, tells trouble and names the plural
        whose members a sentence opens on."""
        if sentence.index == 0:
            return False
        before = self.layout.sentences[sentence.index - 1]
        if before.paragraph != sentence.paragraph or not any(
            cue.label in BEFORE_LABELS for cue in before.cues
        ):
            return False
        return any(
            t.lower_ == group.lower_ and t.tag_ in PLURAL_TAGS and t.lower_.endswith("s")
            for t in before.span
        )

    def _hit_as_subject(self, sentence: Sentence, include: int, cues: list[Cue]) -> bool:
        """'Hospitals hit include X', 'Dealers affected included X': the subject of a plural
        'include' names those hit by a participle of harm."""
        doc = self.doc
        clause = sentence.clause_with_dependents_of(include)
        start = include
        while (
            start > sentence.span.start and sentence.clause_with_dependents_of(start - 1) == clause
        ):
            start -= 1
        if self._modal_between(start, include + 1, future=True):
            return False  # "retailers hit could include X": none is reported hit
        if dated_to_an_earlier_period(doc, start, include, self.rules.cues):
            return False  # "companies hit by the gang last year include X": a campaign's past
        if self._victims_named(start, include):
            return True  # "other victims named in the indictment include X"
        return any(
            start <= cue.start
            and cue.end <= include
            and cue.label in BEFORE_LABELS
            and doc[cue.start].tag_ == "VBN"
            and not self._negated(sentence, cue)
            for cue in cues
        )

    def _stands_for_an_incident(self, sentence: Sentence, pro_form: int) -> bool:
        """A pro-form ('one', 'another') placed on a name stands for an incident word told
        before it, in its sentence or the one before ('The attack follows one on X')."""
        told = [c for c in sentence.cues_labelled("incident") if c.end <= pro_form]
        if not told and sentence.index:
            told = self.layout.sentences[sentence.index - 1].cues_labelled("incident")
        return bool(told)

    def _follows_in_a_sequence(self, sentence: Sentence, pro_form: int) -> bool:
        """The pro-form is the earlier incident the story's own follows ('follows one on X',
        'weeks after another on X', 'after similar ones at X'): a word of sequence before it,
        past its modifiers; not any 'one at X' ('two events, one at X's offices', 'another at
        X's distribution centre') nor one only threatened ('could launch another on X')."""
        doc = self.doc
        index = pro_form - 1
        while index > sentence.span.start and doc[index].pos_ in {"ADJ", "DET", "ADV"}:
            index -= 1  # "after similar ones", "after an almost identical one"
        return index >= sentence.span.start and doc[index].lower_ in self.words["sequence_links"]

    def _victims_named(self, start: int, end: int) -> bool:
        """The first noun phrase of the words between, past a phrase fronted before a comma
        ('Besides X, the gang's victims include'), is headed by a word that calls those it
        names victims ('other victims named in the indictment', 'other Lessingham victims',
        'previous ransomware victims in the county'), not one that might be ('potential
        victims') nor others ('lawyers representing the victims')."""
        doc, words = self.doc, self.words
        commas = [t.i for t in doc[start:end] if t.text == ","]
        index = commas[-1] + 1 if commas else start
        while index < end and doc[index].pos_ not in NOUN_PHRASE_TAGS:
            index += 1  # "But other victims": the phrase's opening
        head: Token | None = None
        while index < end and (
            doc[index].pos_ in NOUN_PHRASE_TAGS or doc[index].tag_ == POSSESSIVE_TAG
        ):
            if doc[index].lower_ in words["hypothetical_modifiers"]:
                return False
            if doc[index].pos_ in NOMINAL_POS:
                head = doc[index]
            index += 1
        return head is not None and head.lower_ in self.rules.cues.victim_nouns

    def _fronted_victims(self, sentence_start: int, verb: int, cues: list[Cue]) -> bool:
        """'Among its other victims were X and Y', 'One of its victims was X', 'Among those
        hit by the outage were X', 'Also hit by the gang in September were X': a phrase of
        membership among victims, or a participle of harm, opens the sentence, and its verb of
        being, past the phrase's modifiers (an agent, a time), names them. The victim cue is
        read whatever other cues end on its last word ('hit' also tells trouble)."""
        doc = self.doc
        for cue in cues:
            if cue.label != "victim" or cue.end > verb:
                continue
            if not all(t.pos_ in FRONTING_POS for t in doc[sentence_start : cue.start]):
                continue
            if not modifies_the_fronted_phrase(doc, cue.end, verb, self.rules.cues):
                continue  # "Among its victims, the gang said, were": no phrase of its own
            opening = doc[cue.start]
            if opening.lower_ in self.rules.cues.hit_participles:
                return True  # "Also hit by the gang were X"
            if opening.lower_ in self.rules.cues.victim_list_openers and (
                self._victims_named(opening.i + 1, cue.end)
                or self._those_harmed(opening.i + 1, cue.end)
            ):
                return True
        return False

    def _those_harmed(self, start: int, end: int) -> bool:
        """'those hit', 'those affected': a pronoun of those a participle of harm after it
        says were harmed, with nothing between (not 'those not affected')."""
        words = [token.lower_ for token in self.doc[start:end]]
        return (
            len(words) == 2
            and words[0] in self.words["harmed_pronouns"]
            and words[1] in self.rules.cues.hit_participles
        )

    def _placed_in_list(self, index: int) -> int:
        """Where a place phrase that follows a listed name begins, walking back over it ('X in
        Los Angeles, Y': from 'Los Angeles' to before 'in'), or 0 when the token ends none."""
        doc = self.doc
        start = index
        while start > 0 and doc[start].ent_type_ in PLACE_LABELS:
            start -= 1
        if start == index or doc[start].lower_ not in PLACING_PREPOSITIONS:
            return 0
        before = self.name_tokens.get(start - 1)
        return start - 1 if before is not None else 0

    def _owned_asset_end(self, start: int) -> int | None:
        """The last token of what the name runs, before 'operated by (the) X', when it is an
        asset or premises ('a treatment plant', 'a billing system'), not an attack ('a
        ransomware operation run by X') nor what attackers run ('a leak site run by X')."""
        doc, words = self.doc, self.words
        before = start - 1 if start and doc[start - 1].lower_ == "the" else start
        size = frame_before_length(doc, before, words["owner_frames_before"])
        if not size:
            return None
        owned = before - size - 1
        if owned < 0 or doc[owned].lower_ not in self.owned_heads:
            return None
        if frame_before_length(doc, owned + 1, words["attacker_own_nouns"]):
            return None
        return owned

    def _own_relative_tells_an_incident(self, sentence: Sentence, mention: OrgMention) -> bool:
        """A relative clause about X set off after its name ('X, which was hit by ...,',
        'X, whose systems were encrypted ...,') that holds an incident word."""
        doc, comma = self.doc, mention.end
        closing = past_apposition(doc, comma, sentence.span.end)
        return (
            closing != comma
            and doc[comma + 1].lower_ in OWN_RELATIVES
            and holds_an_incident(doc, comma + 1, closing)
        )

    def _suffered(self, index: int, starting: dict[int, list[Cue]]) -> bool:
        """A verb by which its subject undergoes: a passive ('was hit', 'were encrypted') or
        a verb of suffering ('suffered', 'fell victim'); not one of its own doing ('claimed
        the attack', 'investigated the attack on Y', 'recovered from an attack')."""
        # "was hit", not "has investigated": a perfect is the subject's own doing
        passive = index > 0 and self.doc[index - 1].lower_ in BE_FORMS - HAVE_FORMS
        suffering = any(
            cue.label == "victim" and self._self_report(cue)
            for start in range(index - 1, index + 1)
            for cue in starting.get(start, [])
        )
        return passive or suffering

    def _after(
        self,
        sentence: Sentence,
        mention: OrgMention,
        cues: list[Cue],
        into_relative: bool = False,
        hidden: frozenset[Cue] = frozenset(),
    ) -> TieKind | None:
        """'X was hit', 'X's website was down', 'X, Y and Z were affected', 'X confirmed a
        breach', 'X said it had shut down its systems'. The scan stops at another verb of X
        ('X hired Y to rebuild affected systems'), skipping an apposition ('X, a grocer,').
        The `hidden` cues, inside a kind, count only in what X reports."""
        start = self._subject_after(sentence, mention, into_relative)
        if not isinstance(start, _Scan):
            return start  # decided by what X owns, before any predicate
        scan, doc, end = start, self.doc, sentence.span.end
        starting: dict[int, list[Cue]] = {}
        for cue in cues:
            starting.setdefault(cue.start, []).append(cue)
        # "X, whose software many retailers use to plan and run warehouses, was hit": past an
        # aside that holds clauses of its own, the predicate's clause is where it starts
        clause = sentence.clause_with_dependents_of(
            scan.index if self._past_an_aside(sentence, mention, scan.index) else mention.start
        )
        denials = outermost(sentence.cues_labelled(ATTACK_DENIAL))
        steps = 0
        while scan.index < end and steps <= self.words.reach["report" if scan.spoke else "after"]:
            index = scan.index
            if scan.contrast is not None and index == scan.contrast + 1:
                clause = sentence.clause_with_dependents_of(index)
            if sentence.clause_with_dependents_of(index) != clause:
                return None
            telling = scan.report is not None and index < scan.report
            if telling and doc[index].tag_ in RELATIVE_TAGS:
                scan.telling_relative = True
            if telling and scan.telling_relative:
                # "told customers who were hit by the attack on Y that ...": what those X told
                # went through is not X's report
                scan.index += 1
                continue
            token = doc[index]
            if token.text == "," and index > mention.end:
                skipped = past_apposition(self.doc, index, end)
                if skipped != index:  # "its systems, which are hosted by Y, were down"
                    scan.index = skipped
                    continue
            denial = next((d for d in denials if d.start == index), None)
            if denial is not None:
                # "ruled out a cyber attack as the cause of the IT failure that ...": the denial
                # tells what the trouble was not; the trouble told after it still ties
                scan.index = denial.end
                continue
            other = self.name_tokens.get(index)
            if other is not None and other.key != mention.key:
                # "X said the Nightfang gang had claimed the attack": the attacker named in
                # X's report does not take the report from X
                if not (
                    scan.only_list
                    or scan.own_news
                    or other.key in self.attackers
                    or (
                        scan.speech_verb is not None
                        and self._places_own_thing(scan.speech_verb, other.start)
                    )
                    or (scan.spoke and self._a_services_source(other.start))
                    or (scan.spoke and self._names_an_owned_thing(other))
                ):
                    return None
                scan.index = other.end
                continue
            if into_relative and token.pos_ == "VERB" and not self._suffered(index, starting):
                return None  # "X, which investigated the attack on Y,": what X did
            for cue in starting.get(index, []):
                if cue in hidden and not scan.spoke:
                    continue
                decided, tie = self._cue_tie(scan, sentence, mention, cue, cues)
                if decided:
                    return tie
            if index == mention.end and token.lower_ in self.words["commentator_nouns"]:
                return None  # "X researchers found ..."
            # "X confirmed the names ... were in the stolen data": a confirmation that told
            # no incident right after it opens X's report as any verb of saying does
            saying = token.lemma_.lower() in self.speech_verbs
            relevant = any(
                c.label in SCAN_LABELS and not (saying and c.label == VICTIM_REPORT)
                for c in starting.get(index, [])
            )
            # "data belonging to its passengers was stolen": a participle after a noun
            # modifies it, the clause's own verb is still to come
            modifier = (
                (token.tag_ == "VBG" and doc[index - 1].pos_ == "NOUN")
                # "X said malicious code hidden on its website had copied ...": in X's
                # report a past participle right after a noun is a reduced relative on it
                or (scan.spoke and token.tag_ == "VBN" and doc[index - 1].pos_ == "NOUN")
                or (
                    # "a fault at its hosting provider", "a botched software update": a
                    # participle between a determiner and its noun describes the noun
                    token.tag_ in PARTICIPLE_TAGS
                    and doc[index - 1].tag_ in DETERMINER_TAGS
                    and index + 1 < end
                    and doc[index + 1].pos_ == "NOUN"
                )
                # "its pay-at-pump terminals": a word hyphened to the next is a modifier's
                or (index + 1 < end and word_hyphen(doc[index + 1]))
            )
            # "told its crew, in a message sent on Friday, that ...": the verbs of the telling
            # are not X's; "X said it hoped to resume orders": a hope or plan is X's stance
            # on what follows, its predicate the thing hoped for
            expecting = any(
                c.label == EXPECTATION_LABEL for c in starting.get(index, [])
            ) and self._own_stance(mention, index)
            # "X said the details of customers who had ordered online were in the stolen
            # data": a relative clause's verb describes a noun of the report, which goes on
            described = scan.spoke and self._relative_verb(index)
            if token.pos_ == "VERB" and not (
                relevant or modifier or telling or expecting or described
            ):
                spoke = scan.spoke
                decided, tie = self._verb_tie(scan, sentence, mention, index)
                if decided:
                    return tie
                if scan.spoke and not spoke:
                    steps = 0  # what X reports starts after its verb of saying
            if token.text not in LIST_JOINERS and not self._describes_next_listed(index):
                scan.only_list = False
            if scan.spoke and _complementizer_that(token) and not scan.reported:
                scan.reported = True
                steps = 0  # what X reports starts at its "that", however long the telling
            elif not telling and token.pos_ not in UNCOUNTED_IN_REACH:
                steps += 1  # a list's commas, "and" and modifiers lengthen no reach
            scan.index += 1
        return None

    def _past_an_aside(self, sentence: Sentence, mention: OrgMention, index: int) -> bool:
        """The predicate starts right after an aside set off by commas after the name."""
        end = sentence.span.end
        return index > mention.end and past_apposition(self.doc, mention.end, end) == index

    def _a_services_source(self, start: int) -> bool:
        """'deliveries from Y', 'deliveries of clean linen from Y': a name after 'from' a few
        words after a service's mention names where the service comes from; not deliveries
        to others ('deliveries from Y to other restaurants')."""
        doc = self.doc
        if any(
            token.lower_ == "to" and doc[token.i + 1].lower_ in self.words["other_recipients"]
            for token in doc[start : min(start + SOURCE_NAME_WORDS, len(doc) - 1)]
        ):
            return False
        return any(
            source_named_after(doc, span.end, len(doc)) == start
            for span in doc.spans[SERVICE_SPANS]
        )

    def _taken_from_another(self, cue: Cue) -> bool:
        """A theft whose owner is named right after it, not the speaker's own: 'data stolen
        from a rival bank' ('stolen from its servers', 'from a shared drive' are the
        speaker's)."""
        doc = self.doc
        after = cue.end
        if after + 1 >= len(doc) or doc[after].lower_ not in self.words["theft_links"]:
            return False
        # "its pupils' names were in the files stolen from its supplier": what was in them
        # is the speaker's, wherever they were taken from
        container = cue.start >= 3 and doc[cue.start - 3].lower_ in CONTAINING_LINKS
        # the owner is an organisation ("a rival bank", "Y"), not a place ("a shared drive",
        # "systems running the same software")
        owner = []
        for token in doc[after + 1 : after + 1 + OWNER_REACH]:
            if token.pos_ not in NOUN_PHRASE_TAGS:
                break  # the noun phrase after "from" ends: "from booking site\n\nX said"
            owner.append(token)
        another = any(
            t.pos_ == "PROPN" or t.lower_ in self.words["company_descriptors"] for t in owner
        )
        own = doc[after + 1].lower_ in OWN | SELF_REFERENCES | {"us"}  # "from its servers"
        return another and not (container or own)

    def _relative_verb(self, verb: int) -> bool:
        """The verb of a relative clause on a noun: 'customers who had ordered'."""
        return relative_on_a_noun(self.doc, verb, 0) is not None

    def _own_stance(self, mention: OrgMention, verb: int) -> bool:
        """'X hopes to resume', 'X said it expected to restore', 'X anticipates restoring':
        the stance is X's, taken towards a deed of its own (an infinitive or a gerund), not
        another's ('X said the authority expects to', 'X expects profits to fall')."""
        doc = self.doc
        if verb + 1 >= len(doc) or not (
            doc[verb + 1].lower_ == "to" or doc[verb + 1].tag_ == "VBG"
        ):
            return False
        subject = verb - 1
        while subject >= mention.end and doc[subject].pos_ in {"ADV", "AUX", "PART"}:
            subject -= 1  # "it still hopes", "it had expected", "it does not expect"
        own = subject == mention.end - 1 or doc[subject].lower_ in SELF_REFERENCES
        # what it hopes to bring back is a service ("its online orders"), not "its catalogue"
        service = any(
            verb < span.start <= verb + STANCE_SERVICE_REACH for span in doc.spans[SERVICE_SPANS]
        )
        return own and service and not self._another_cause_after(verb)

    def _another_cause_after(self, verb: int) -> bool:
        """'expects to reopen its store next month after a refit': a cause told after the
        stance that holds no trouble word is the return's own reason, not the story's trouble."""
        sentence = self.layout.sentence_of(verb)
        troubles = [c for c in sentence.cues if c.label in TROUBLE_CUE_LABELS]
        opening = self._past_a_cause_opening(verb + 1, sentence.span.end, first=True)
        if opening == verb + 1:
            return False
        reach = range(opening, opening + STANCE_CAUSE_REACH)
        return not any(c.start in reach for c in troubles)

    def _places_own_thing(self, speech_verb: int, name_start: int) -> bool:
        """'X said deliveries to its shops from Y's warehouse had stopped': once X speaks of
        its own things, a name in a phrase that places them (after a preposition) is no
        subject of X's news."""
        doc = self.doc
        before = name_start - 1
        if before > speech_verb and doc[before].lower_ == "the":
            before -= 1
        return doc[before].pos_ == "ADP" and any(
            token.lower_ in OWN for token in doc[speech_verb + 1 : before]
        )

    def _names_an_owned_thing(self, other: OrgMention) -> bool:
        """'X said its Exchange servers had been compromised': a name between a possessive
        and the noun it modifies names the make of the speaker's own thing, no subject of
        X's news."""
        doc = self.doc
        return (
            other.start > 0
            and doc[other.start - 1].lower_ in OWN
            and other.end < len(doc)
            and doc[other.end].pos_ == "NOUN"
        )

    def _subject_after(
        self, sentence: Sentence, mention: OrgMention, into_relative: bool = False
    ) -> _Scan | TieKind | None:
        """Where the predicate of X starts, past an apposition, 'whose' and the name's own 's,
        and whether X is named as an owner ('X's systems', 'X shoppers', 'customers of X');
        or the tie already, when what X owns bore an incident ('queues at X's stores after an
        IT outage')."""
        doc, words, end = self.doc, self.words, sentence.span.end
        if (
            self._named_in_passing(sentence, mention)
            or places_a_noun(self.doc, sentence, mention, self.words)
            or self._object_of_a_restrictive_clause(sentence, mention)
        ):
            return None
        index = mention.end if into_relative else past_apposition(self.doc, mention.end, end)
        if (
            index + 1 < end
            and doc[index].text == ","
            and doc[index + 1].lower_ == RELATIVE_POSSESSIVE
        ):
            index += 1  # "Synnovis, whose systems were crippled": as "Synnovis's systems"
        possessive = index < end and doc[index].text in POSSESSIVES | {RELATIVE_POSSESSIVE}
        if possessive and (index + 1 >= end or doc[index + 1].pos_ in {"PUNCT", "VERB", "AUX"}):
            possessive, index = False, index + 1  # the name's own 's: "Hartwell's, the grocer,"
            index = past_apposition(self.doc, index, end)
        if possessive:
            if not (
                self._asset_follows(index + 1, end)
                or self._incident_it_owns(sentence, mention, index + 1)
            ):
                return None  # "X's operators break in", "X's threat team said"
            if self._caused_by_incident(index, sentence):
                return TieKind.PATIENT  # "queues at X's stores ... after an IT outage"
        # "customers of X were unable to pay", "X shoppers were left ... after an outage":
        # what X's customers suffer, X suffers (not "Advantage Card accounts": a product's)
        if not possessive:
            index = self._compound_head(index, end)  # "X department store customers"
        compound = (
            not possessive
            and index < end
            and (
                doc[index].lower_ in words["people_and_premises"]
                or (
                    index == mention.end
                    and names_its_own_asset(
                        doc,
                        mention.start,
                        mention.end,
                        words["asset_nouns"],
                        self.rules.cues.org_suffix_words,
                    )
                )
            )
        )
        if compound and self._caused_by_incident(index, sentence):
            return TieKind.PATIENT
        if not (possessive or compound):
            index = self._past_restrictive_clause(index, end)
        return _Scan(index, possessive or compound or self._owner_of_asset(mention))

    def _past_restrictive_clause(self, index: int, end: int) -> int:
        """'The company that runs the county's buses has confirmed ...', 'The trust behind
        four care homes has said ...': X's predicate starts at the finite verb after a
        relative clause or a phrase that places X, with no commas, not at the clause's own
        verb nor at a name inside it."""
        doc = self.doc
        if index >= end:
            return index
        # the relative clause's own verb, past adverbs: "who usually pay by card"
        own_verb = index + 1
        while own_verb < end and doc[own_verb].pos_ == "ADV":
            own_verb += 1
        relative = (
            own_verb < end
            and doc[index].tag_ in RELATIVE_TAGS
            and doc[own_verb].tag_ in FINITE_TAGS
        )
        # "The trust behind four care homes in Dorset has said": a phrase that places it
        placed = doc[index].pos_ == "ADP" and doc[index].lower_ in POSTMODIFIER_PREPOSITIONS
        if not (relative or placed):
            return index
        first = own_verb + 1 if relative else index + 1  # past the relative clause's own verb
        # the reach runs from the clause's own verb, so adverbs before it shorten nothing
        reach_from = own_verb if relative else index
        for after in range(first, min(end, reach_from + RESTRICTIVE_CLAUSE_REACH)):
            if doc[after].text in {",", ";"}:
                break
            if doc[after].tag_ in FINITE_TAGS:
                return after
        return index

    def _compound_head(self, index: int, end: int) -> int:
        """The people or premises noun a name modifies past the common nouns before it
        ('X department store customers'); else where the predicate starts."""
        people_and_premises = self.words["people_and_premises"]
        for head in range(index, min(index + COMPOUND_REACH, end)):
            token = self.doc[head]
            if token.lower_ in people_and_premises:
                return head
            if token.pos_ != "NOUN" or not token.is_lower:
                break
        return index

    def _object_of_a_restrictive_clause(self, sentence: Sentence, mention: OrgMention) -> bool:
        """'A supplier that stocks X, Y and Z has been hit by hackers', 'a haulier that
        carries goods for X and Y has been held to ransom': names inside a relative clause on
        a noun of a thing or an organisation before them, with no comma to close it, do not
        own the predicate after the clause; that noun does. Not a clause on people ('customers
        who bank with X could not log in'): what they suffer, X suffers. The word right after
        the relative pronoun is the clause's verb, whatever the tagger took it for; after
        "whose", its noun comes first ('a bureau whose clients include X')."""
        doc = self.doc
        index = mention.start - 1
        floor = max(sentence.span.start, index - RESTRICTIVE_CLAUSE_REACH)
        while index > floor:
            relative = relative_on_a_noun(doc, index, sentence.span.start)
            verb_read = doc[index].pos_ in CLAUSE_VERB_POS
            if relative is None:
                relative = _possessive_relative(doc, index, sentence.span.start)
                verb_read = relative is not None
            if relative is not None:
                described = doc[relative - 1]
                return verb_read and described.lower_ not in self.words["people_nouns"]
            if doc[index].tag_ in FINITE_TAGS or (
                doc[index].pos_ == "VERB" and doc[index + 1].pos_ != "NOUN"
            ):
                # a verb of another clause ('firms that have spoken up include X'), not
                # a participle before its noun ('a firm that sells printed labels for X')
                return False
            listed = self.name_tokens.get(index)
            if listed is not None:
                index = listed.start - 1
            elif doc[index].text == "," and self.name_tokens.get(index - 1) is None:
                return False  # an aside or a clause of its own, not a list of names
            else:
                index -= 1
        return False

    def _named_in_passing(self, sentence: Sentence, mention: OrgMention) -> bool:
        """'X, which serves merchants in Y, said ...': a name inside a relative clause about a
        thing or an organisation does not own the verb after the clause. An aside about a
        person names whom they speak for ('Tom Reyes, a customer with Y, said', 'Jo Marsh,
        who runs the Y cafe, said')."""
        if mention.aside_end is None:
            return False
        opener = aside_opener(self.doc, mention.start, sentence.span.start)
        if opener is None:
            return False
        relative = self.doc[opener + 1].lower_
        # "The company, whose customers include X, said": "whose" on an organisation, with
        # the name past the clause's verb ("whose parent company X was hit" names X hit)
        return relative in THING_RELATIVES or (
            relative == RELATIVE_POSSESSIVE
            and opener > sentence.span.start
            and self._names_no_person(self.doc[opener - 1])
            and any(t.tag_ in FINITE_TAGS for t in self.doc[opener + 2 : mention.start])
        )

    def _names_no_person(self, token: Token) -> bool:
        """The word before an aside is no person's: no name the model tags as a person, no
        people noun ('the owner, whose shop is X, said')."""
        return token.ent_type_ != "PERSON" and token.lower_ not in self.words["people_nouns"]

    def _cue_tie(
        self, scan: _Scan, sentence: Sentence, mention: OrgMention, cue: Cue, cues: list[Cue]
    ) -> tuple[bool, TieKind | None]:
        """(decided, tie) for a cue met in X's predicate."""
        if (
            scan.contrast is not None
            and cue.start > scan.contrast
            and not self._own_service_in_trouble(scan.contrast, cue)
        ):
            return True, None  # "but that Brightwell Stores had been hit": another's
        if cue.label == UNAFFECTED_LABEL and self._kept_up_through_its_incident(
            sentence, mention, cue, scan
        ):
            return True, TieKind.PATIENT  # "X said its shops remained open after an attack"
        contrast = self._contrast_after(sentence, cue) if scan.spoke else None
        if (
            cue.label == UNAFFECTED_LABEL
            and contrast is not None
            and not self._anothers_thing_told(scan, cue)
        ):
            # "X said customers could still order online but that deliveries were delayed":
            # what X tells still works leaves the trouble it contrasts to be read
            scan.index = scan.contrast = contrast
            return False, None
        if cue.label in STOP_LABELS or self._negated(sentence, cue):
            return True, None
        told_from = max(self._past_a_cause_opening(mention.end, cue.start), scan.contrast or 0)
        if self._modal_between(told_from, cue.start, True):
            # "X will reopen its offices on Monday after a cyber attack took its systems
            # offline": the modal puts the consequence to come, the cause after it is told
            decided = not self._cause_told_after(sentence, cue)
            return decided, None
        if self._declares_an_emergency(cue) and self._put_down_to_another_cause(sentence):
            return True, None  # "declared critical incidents because of pressure on beds"
        if cue.label in AFTER_LABELS:
            if (
                cue.label in {"disrupted", "victim"}
                and self._causes(cue)
                # "X will resume operations following a ransomware attack that crippled its
                # systems": the attack told between them did it
                and not any(
                    c.label == "incident" and mention.end <= c.start and c.end <= cue.start
                    for c in cues
                )
                # "X said a fault at its provider knocked its website offline": in X's report
                # the damage to its own asset is X's, not to "its customers' tills"
                and not (scan.spoke and self._its_own_object(cue))
            ):
                # "X's update crashed its tills", "the gang has targeted schools": X did it
                return True, None
            if self._by_a_flaw(cue):
                return True, None  # "X's gateway is affected by CVE-...": a product's flaw
            if scan.spoke and cue.label == "compromised" and self._taken_from_another(cue):
                return True, None  # "X told customers that data stolen from a rival bank ..."
            if scan.spoke:
                # "X said hackers broke into its systems", "X said it had suffered a cyber
                # attack"; but "X said retailers were exposed" puts others on the receiving end
                own = self._own_asset_near(cue) or (
                    scan.own_news
                    and self._self_report(cue)
                    and self._incident_follows(sentence, cue, cues)  # not "responding to questions"
                )
                return True, TieKind.PATIENT if own else TieKind.AGENT
            return True, self._kind(mention, cue, scan.possessive)
        if (
            cue.label == "incident" and self._compound(mention.end, cue)
        ) or self._possessed_incident(mention, cue):
            return True, TieKind.PATIENT  # "X's cyber attack", "the X data breach"
        if (
            cue.label == "incident"
            and not (scan.spoke or self._a_report_it_denies(sentence, mention))
            and self._told_in_the_passive(mention, cue, PASSIVE_FORMS)
            and self._in_its_it_sense(sentence, cue)
        ):
            return True, TieKind.PATIENT  # "X was hacked on Friday", "X had been attacked"
        if cue.label == "incident" and scan.spoke:
            if self._reach_denied(sentence, mention, cue):
                return True, None  # "X said the incident did not involve its own systems"
            if self._speaks_of_trends(
                sentence, sentence.clause_with_dependents_of(mention.start), cue
            ):
                return True, None  # "X said email fraud overtook ransomware as the most ..."
            # "X said a cyber incident had ...": its own news; "X said criminals had accessed
            # its network": its own asset was hit
            own = self._own_asset_hit_after(sentence, cue, cues)
            if not own and self._at_others(sentence, cue):
                return True, None  # "X said cyber attacks at retailers had shown ...": many
            return True, TieKind.PATIENT if own else TieKind.AGENT
        if (
            cue.label == VICTIM_REPORT
            and self.doc[cue.start].lemma_.lower() in self.words["cause_telling_verbs"]
            and any(cue.start < c.start < cue.end for c in sentence.cues_labelled("incident"))
        ):
            # "X blamed a cyber attack for ...": the incident told as the cause ties X or not
            # (_tells_the_cause_of_its_trouble), never the report alone; "X has blamed a
            # faulty file for Tuesday's outage" tells its own trouble after the report
            return True, None
        if cue.label == "victim_report" and self._incident_follows(sentence, cue, cues):
            # "X confirmed that hackers broke into its network": its own asset was hit
            own = self._own_asset_hit_after(sentence, cue, cues, confessed=True)
            return True, TieKind.PATIENT if own else TieKind.AGENT
        return False, None

    def _kept_up_through_its_incident(
        self, sentence: Sentence, mention: OrgMention, cue: Cue, scan: _Scan
    ) -> bool:
        """'X said its shops remained open after a ransomware attack on Tuesday', 'X's branches
        stayed open despite a cyber attack', 'X kept taking orders for weeks after a cyber
        attack shut its warehouse': what of X's own (or X itself) kept going or came back,
        after or despite an incident told as a new one or as X's, tells X's incident. Not an
        incident placed at another or told doing harm to another ('after a cyber attack hit a
        competitor', 'despite a ransomware attack that crippled Y', 'at its supplier Y'), one
        the story told already ('after the attack on Y'), a wave of them ('amid a spate of
        attacks across the sector', 'a global IT outage'), a rival's ('Rival X said ...'), a
        steadiness denied, still to come, habitual or only possible ('would stay open',
        'always remain open after a cyber attack'), nor one with a denial after it ('..., and
        it had not been affected')."""
        doc, words = self.doc, self.words
        told = doc[mention.end : cue.start]
        subject = all(t.pos_ in {"AUX", "ADV", "PART"} for t in told)
        # "its members remained open": the people it serves, not its own things
        served = any(t.lower_ in words["people_nouns"] for t in told)
        owned = not served and (
            scan.possessive or subject or any(t.lower_ in STEADY_OWNERS for t in told)
        )
        if not owned or self._negated(sentence, cue) or self._a_rival(mention):
            return False
        if another_named_before(self.candidates, mention.key, mention.start):
            return False  # "a cyber attack" is most likely that one's
        if self._modal_between(mention.end, cue.start, future=True) or any(
            sentence.cues_labelled(*UNFACTUAL_LABELS)
        ):
            return False
        if self._denied_after(sentence, cue.end):
            return False
        links = self.rules.cues.cause_openers | words["steadiness_links"]
        _, widest = phrase_shape(links)
        stop = sentence.span.end
        for index in range(cue.end, min(cue.end + STEADY_CAUSE_REACH, stop)):
            width = phrase_width_at(doc, index, stop, links, widest)
            if width:
                return self._new_incident_at(sentence, index + width)
        return False

    def _denied_after(self, sentence: Sentence, start: int) -> bool:
        """'..., and that it had not been affected': a negated verb of reaching after `start`
        in the sentence (`reach_verbs`)."""
        doc, reach = self.doc, self.words["reach_verbs"]
        return any(
            token.lower_ in NEGATING_WORDS
            and any(
                t.lemma_.lower() in reach
                for t in doc[token.i + 1 : min(token.i + 1 + DENIED_VERB_REACH, sentence.span.end)]
            )
            for token in doc[start : sentence.span.end]
        )

    def _a_rival(self, mention: OrgMention) -> bool:
        """'Rival grocer X', 'competitor X': named as another's rival."""
        before = self.doc[max(0, mention.start - RIVAL_REACH) : mention.start]
        return any(t.lower_ in self.words["rival_words"] for t in before)

    def _new_incident_at(
        self,
        sentence: Sentence,
        start: int,
        ends: frozenset[str] = frozenset(),
        labels: tuple[str, ...] = ("incident",),
    ) -> bool:
        """An incident told as a new one or as the owner's own opens at `start` ('a ransomware
        attack on Tuesday', 'its outage', 'a cyber attack on its head office'), one, not a
        wave ('a spate of attacks', 'a global outage'), and nothing after it in its clause but
        when it was, where at the owner's own, or what it did to the owner's own ('... shut its
        warehouse'): not placed at another or told doing harm to another ('a cyber attack at
        its supplier Y', 'a ransomware attack that crippled Y', 'a cyber attack hit a
        competitor', 'an attack by hackers on a rival')."""
        doc, stop = self.doc, sentence.span.end
        if start >= stop or doc[start].lower_ not in NEW_INCIDENT_DETERMINERS:
            return False
        incident = next(
            (
                c
                for c in sentence.cues_labelled(*labels)
                if start < c.start <= start + NEW_INCIDENT_REACH
            ),
            None,
        )
        if incident is None or any(
            t.lower_ == "of" or t.lower_ in self.words["widespread_words"]
            for t in doc[start + 1 : incident.end]
        ):
            return False
        if doc[incident.end - 1].tag_ in PLURAL_TAGS:
            return False  # "amid ransomware attacks": many
        index = incident.end
        owned_phrase = False  # inside "its head office"
        while index < stop:
            token = doc[index]
            if token.is_punct or token.lower_ in CLAUSE_JOINERS | ends:
                return True
            if token.ent_type_ in WHEN_ENTITIES or (
                owned_phrase and token.pos_ in {"NOUN", "ADJ", "PROPN"}
            ):
                index += 1
                continue
            owned_phrase = False
            follows = doc[index + 1] if index + 1 < stop else None
            owned = follows is not None and follows.lower_ in SPEAKERS_OWN
            if token.lower_ in SCENE_LINKS | PLACING_PREPOSITIONS and follows is not None:
                if follows.ent_type_ in WHEN_ENTITIES | PLACE_LABELS:
                    index += 2  # "on Tuesday", "in Leeds"
                    continue
                if not owned or not self._names_its_own_thing(index + 2, stop):
                    return False
                index, owned_phrase = index + 2, True
                continue
            # "after a cyber attack shut its warehouse": what it did to the owner's own
            return token.pos_ == "VERB" and owned and not self._names_another_owner(index + 2, stop)
        return True

    def _names_its_own_thing(self, start: int, stop: int) -> bool:
        """The owned words from `start` name a thing of the owner's own ('its head office', 'its
        warehouse systems'), not a related party ('its landlord', 'its payments partner', 'its
        home airport', 'its joint venture')."""
        owned = self.doc[start : min(start + NEW_INCIDENT_REACH, stop)]
        heads = self.owned_heads
        return not self._names_another_owner(start, stop) and any(
            t.lower_ in heads or f"{t.lower_}s" in heads for t in owned
        )

    def _names_another_owner(self, start: int, stop: int) -> bool:
        """The owned thing from `start` is another's: 'its supplier Y', 'its biggest rival',
        'its payments partner'."""
        owned = self.doc[start : min(start + NEW_INCIDENT_REACH, stop)]
        others = (
            self.rules.cues.other_owner_nouns
            | self.words["rival_words"]
            | self.words["related_party_words"]
        )
        return any(t.pos_ == "PROPN" or t.lower_ in others for t in owned)

    def _reach_denied(self, sentence: Sentence, mention: OrgMention, cue: Cue) -> bool:
        """'X said the incident did not involve its own systems', '... had no impact on its
        network', '... had not spread to its own network', '... did not involve any X
        infrastructure': after the incident, in its clause, a negated verb of reaching
        (`reach_verbs`) or 'no' before one of its nouns, then the speaker's own ('its', 'our',
        its name): the speaker was spared. Not a limit ('had not spread beyond its office
        network', `reach_limits`), which tells where the attack did reach, nor a denial that
        a limiting clause after it takes back with the speaker's own trouble ('did not affect
        its shops but had encrypted its warehouse systems'; `denial_limits`)."""
        doc = self.doc
        stop = sentence.clause_end_after(cue.start)
        words = doc[cue.end : stop]
        reach = self.words["reach_verbs"]
        name = doc[mention.start].text
        for index, token in enumerate(words):
            if token.lower_ not in NEGATING_WORDS:  # "did not involve", "had no impact on"
                continue
            ahead = words[index + 1 : index + 1 + DENIED_VERB_REACH]
            verb = next((t for t in ahead if t.lemma_.lower() in reach), None)
            if verb is None or (
                verb.i + 1 < stop and doc[verb.i + 1].lower_ in self.words["reach_limits"]
            ):
                continue
            owned = doc[verb.i + 1 : min(verb.i + 1 + DENIED_OWNER_REACH, stop)]
            if any(t.lower_ in SPEAKERS_OWN or t.text == name for t in owned):
                return not self._taken_back(sentence, verb.i, cue)
        return False

    def _taken_back(self, sentence: Sentence, index: int, cue: Cue) -> bool:
        """After a denial, a limiting word ('but', 'although', 'except', 'only') opens a clause
        that tells trouble of the speaker's own ('but had encrypted its warehouse systems',
        'although its online orders were suspended'); not others' trouble ('although bookings
        at other practices had been disrupted') nor a clause with no trouble."""
        doc = self.doc
        limits = self.words["denial_limits"]
        for token in doc[index : sentence.span.end]:
            if token.lower_ not in limits:
                continue
            clause_end = sentence.clause_end_after(token.i + 1)
            troubled = any(
                c.label in TROUBLE_LABELS and token.i < c.start < clause_end for c in sentence.cues
            )
            if troubled and self._own_service_in_trouble(token.i, cue):
                return True
        return False

    def _own_service_in_trouble(self, contrast: int, cue: Cue) -> bool:
        """After a contrast in X's report, the trouble is X's own when its clause names a
        service of X's or opens on X's pronoun ('but that home deliveries were delayed',
        'but that it could not take card payments', 'but that it had been affected'), and
        names no one else ('but that Brightwell Stores had been hit', 'but other retailers
        had reported problems', 'but card payments were down at its rivals') and tells no
        mere possibility ('but that it might have to close some'; a negated modal, 'could
        not', tells a fact)."""
        doc = self.doc
        clause_end = next(
            (t.i for t in doc[contrast + 1 : doc[contrast].sent.end] if t.text in {";", "."}),
            doc[contrast].sent.end,
        )
        clause = range(contrast + 1, clause_end)
        opener = next((doc[i] for i in clause if doc[i].lower_ != "that"), None)
        cues = self.rules.cues
        own = any(i in self._service_tokens for i in clause) or (
            opener is not None and opener.lower_ in cues.organization_pronouns
        )
        possible = any(
            doc[i].tag_ == MODAL_TAG and not _negated_after(doc[i])
            for i in range(contrast + 1, min(cue.end, clause_end))
        )
        return (
            own
            and not possible
            and not any(i in self.name_tokens for i in clause)
            and not any(doc[i].lower_ in cues.other_party_words for i in clause)
        )

    @cached_property
    def _service_tokens(self) -> frozenset[int]:
        """The tokens inside a service mention of the article."""
        return frozenset(
            i for span in self.doc.spans[SERVICE_SPANS] for i in range(span.start, span.end)
        )

    def _anothers_thing_told(self, scan: _Scan, cue: Cue) -> bool:
        """A possessive between X's verb of saying and what it tells still works: the thing
        is another owner's ('X said the shopping centre's car park was open'), so the
        contrast after it may be that owner's too ('but its parking app ...')."""
        start = scan.speech_verb + 1 if scan.speech_verb is not None else cue.start
        return any(token.tag_ == "POS" for token in self.doc[start : cue.start])

    def _contrast_after(self, sentence: Sentence, cue: Cue) -> int | None:
        """The contrast word opening a clause after the cue, in its sentence ('..., but')."""
        contrasts = self.rules.cues.contrast_words
        return next(
            (
                token.i
                for token in self.doc[cue.end : sentence.span.end]
                if token.lower_ in contrasts
            ),
            None,
        )

    def _at_others(self, sentence: Sentence, cue: Cue) -> bool:
        """Incidents placed at many others ('cyber attacks and IT outages at retailers',
        'attacks on councils'): the speaker talks of others' incidents, not of its own."""
        doc = self.doc
        if doc[cue.end - 1].tag_ != "NNS":
            return False  # "the cyber attack on surgeries in the county": one incident
        stop = min(sentence.span.end, cue.end + OTHERS_REACH)
        for index in range(cue.end, stop - 1):
            if doc[index].lower_ in OWN or doc[index].text == ",":
                return False
            if doc[index].lower_ in PLACING_LINKS:
                following = doc[index + 1]
                return following.tag_ == "NNS" and following.lower_ not in self.words["things"]
        return False

    def _own_asset_hit_after(
        self, sentence: Sentence, cue: Cue, cues: list[Cue], confessed: bool = False
    ) -> bool:
        """An attack on what the speaker owns, near the attack's words; after a verb that
        confirms or admits, anywhere later in its clause too."""
        return any(
            other.start >= cue.end
            and other.label in {"incident", "compromised", "disrupted"}
            and sentence.clause_with_dependents_of(other.start)
            == sentence.clause_with_dependents_of(cue.start)
            and (
                self._own_asset_near(other)
                or (
                    confessed
                    and (
                        self._own_asset_later(sentence, other, cues)
                        or self._its_peoples_data_taken(cue, other)
                    )
                )
            )
            for other in cues
        )

    def _its_peoples_data_taken(self, confession: Cue, cue: Cue) -> bool:
        """'X confirms customer details stolen': what X confirms was taken about the people it
        serves or employs is its own loss, with or without 'its' (headlines drop it); not when
        another speaker tells of the loss in between ('As X reported, the company said
        customer data was accessed')."""
        if cue.label != "compromised":
            return False
        between = self.doc[confession.end : cue.start]
        if any(token.lemma_.lower() in self.speech_verbs for token in between):
            return False
        before = self.doc[max(0, cue.start - PEOPLES_DATA_REACH) : cue.start]
        return any(token.lower_ in self.words["people_nouns"] for token in before)

    def _own_asset_later(self, sentence: Sentence, cue: Cue, cues: list[Cue]) -> bool:
        """'X confirmed that an intruder had downloaded confidential information from its
        systems': what the attack reached, named later in its clause, before anything is
        said to have been spared ('..., though its stores were unaffected')."""
        doc, assets = self.doc, self.words["things"]
        clause = sentence.clause_with_dependents_of(cue.start)
        spared = {c.start for c in cues if c.label in STOP_LABELS or c.label == "negation"}
        for index in range(cue.end, sentence.span.end):
            if sentence.clause_with_dependents_of(index) != clause or index in spared:
                return False
            if doc[index].lower_ in OWN and any(
                t.lower_ in assets for t in doc[index + 1 : index + 4]
            ):
                return True
        return False

    def _verb_tie(
        self, scan: _Scan, sentence: Sentence, mention: OrgMention, index: int
    ) -> tuple[bool, TieKind | None]:
        """(decided, tie) for a verb of X's that is no cue: a speech verb opens X's own news
        ('X said ...'); another verb ends the scan, tying X only if it bore the incident's
        consequences ('X postponed exams after a cyber attack')."""
        doc, end = self.doc, sentence.span.end
        lemma = doc[index].lemma_.lower()
        if lemma in self.speech_verbs:
            following = doc[index + 1] if index + 1 < end else None
            scan.own_news = following is not None and following.lower_ in SELF_REFERENCES
            if not scan.own_news and self._speaks_of_another(mention, index, sentence):
                return True, None  # "X said the attack on Y ...": X speaks about another
            scan.spoke, scan.speech_verb = True, index
            scan.report = self._report_opener(sentence, index)
            return False, None
        if lemma in self.words["verbs_passed_over"]:
            return False, None
        if lemma in self.words["finding_verbs"] and self._finds_the_attack(
            sentence, mention, index
        ):
            scan.spoke = True  # "X found hackers in its network": X tells of its own attack
            return False, None
        # not "fined by X for failing to ... after hackers": X is an agent there
        caused = not self._agentive(mention) and self._caused_by_incident(index, sentence)
        return True, TieKind.PATIENT if caused else None

    def _finds_the_attack(self, sentence: Sentence, mention: OrgMention, verb: int) -> bool:
        """X, or a pronoun for it, finding the attack's own words ('X found hackers in its
        network', 'X said it had discovered ransomware on its servers'); not a finding about
        something else ('found that claimants recovered faster', 'found they could not log
        in'), nor someone else's ('said researchers had found malware in a rival's app')."""
        doc = self.doc
        subject = verb - 1
        while subject > mention.end - 1 and doc[subject].pos_ in {"AUX", "ADV", "PART"}:
            subject -= 1
        if subject != mention.end - 1 and doc[subject].lower_ not in FINDERS:
            return False
        for token in doc[verb + 1 : sentence.span.end]:
            if token.pos_ in {"DET", "ADJ"}:
                continue
            return any(
                cue.start == token.i and cue.label in INCIDENT_SIGNALS for cue in sentence.cues
            )
        return False

    def _report_opener(self, sentence: Sentence, speech_verb: int) -> int | None:
        """The 'that' opening what a verb of telling someone reports, past whom it told and
        how ('told savers who opened accounts through its app that ...', 'told its crew, in a
        message sent on Friday, that ...'); None for a verb that names no one told ('said')."""
        doc = self.doc
        if doc[speech_verb].lemma_.lower() not in self.words["addressee_verbs"]:
            return None  # "X said about 34,000 of its staff had been told that ...": no one told
        stop = min(sentence.span.end, speech_verb + self.words.reach["report"] + 1)
        for index in range(speech_verb + 2, stop):
            if _complementizer_that(doc[index]):
                return index
        return None

    def _active_perfect(self, index: int) -> bool:
        """A participle after a form of 'have' ('has hit schools', 'have targeted councils'):
        an active verb, as a past tense is."""
        doc, before = self.doc, index - 1
        while before > 0 and doc[before].pos_ == "ADV":
            before -= 1
        return doc[index].tag_ == "VBN" and before >= 0 and doc[before].lower_ in HAVE_FORMS

    def _causes(self, cue: Cue) -> bool:
        """A damaging verb in the active voice with an object: 'crashed its tills' (not a
        decision of the one hit: 'cancelled classes')."""
        doc = self.doc
        head = doc[cue.start]
        if cue.end - cue.start != 1 or head.lemma_.lower() not in self.words["patient_verbs"]:
            return False
        following = doc[cue.end] if cue.end < len(doc) else None
        if following is None:
            return False
        if self._active_perfect(head.i):
            # "the gang has hit schools", not "X has taken its checkout offline": its own;
            # nor "X's card system has crashed this morning": a time, no object
            return following.pos_ in {"DET", "NOUN", "PROPN"} and following.ent_type_ not in {
                "DATE",
                "TIME",
            }
        if head.tag_ not in {"VBD", "VBZ", "VBP"}:
            return False
        if head.i > 0 and doc[head.i - 1].lower_ in BE_FORMS:
            return False
        return following.pos_ in {"DET", "PRON", "NOUN", "PROPN"}

    def _own_asset_near(self, cue: Cue) -> bool:
        """'broke into its systems'; 'its systems were encrypted', 'our data was taken'. Its
        customers are not its assets: 'the disruption caused to our customers' is a vendor
        speaking of the outage its update caused elsewhere; but data about them taken is its
        own loss ('details of its customers were stolen')."""
        doc, words = self.doc, self.words
        # data about its own people is its own: "information on all of its staff was accessed"
        assets = words["asset_nouns"] if cue.label == "compromised" else words["things"]
        # "own" and adverbs add nothing to the reach: "its own email system had also been
        # encrypted"
        window = OWN_ASSET_REACH + UNCOUNTED_NEAR_AN_ASSET
        after = [t for t in doc[cue.end : cue.end + window] if not _uncounted_near(t)]
        before = [t for t in doc[max(0, cue.start - window) : cue.start] if not _uncounted_near(t)]
        return _names_its_own(after[:OWN_ASSET_REACH], assets) or _names_its_own(
            before[-OWN_ASSET_REACH:], assets
        )

    def _its_own_object(self, cue: Cue) -> bool:
        """The damaging verb's object is the speaker's own thing, right after it: 'knocked
        its website offline', not 'crashed its customers' tills'."""
        doc = self.doc
        owner, thing = cue.end, cue.end + 1
        return (
            thing < len(doc)
            and doc[owner].lower_ in OWN
            and doc[thing].lower_ not in self.words["people_nouns"]
            and _names_its_own(list(doc[owner : thing + 2]), self.words["things"])
        )

    def _not_after_a_preposition(self, mention: OrgMention) -> bool:
        """No object of a preposition ('working with X to restore its systems')."""
        before = mention.start - 1
        if before >= 0 and self.doc[before].pos_ == "DET":
            before -= 1
        return before < 0 or self.doc[before].pos_ != "ADP"

    def _own_service_back(self, cue: Cue) -> bool:
        """'X brought its website back', 'X plans to restore its online shop': a service of
        X's own comes back, inside the return's words or right after them, so X lost it (not
        'its Christmas catalogue', no service)."""
        doc = self.doc
        services = doc.spans[SERVICE_SPANS]
        if not any(cue.start <= span.start < cue.end + OWN_ASSET_REACH for span in services):
            return False
        return self._own_asset_near(cue) or _names_its_own(
            list(doc[cue.start : cue.end]), self.words["things"]
        )

    def _by_a_flaw(self, cue: Cue) -> bool:
        """'affected by CVE-2021-27731', 'impacted by a critical vulnerability'."""
        doc = self.doc
        following = doc[cue.end : cue.end + 4]
        if not len(following) or following[0].lower_ != "by":
            return False
        return any(
            token.lower_ in self.words["vulnerability_words"] or token.text.startswith("CVE-")
            for token in following[1:]
        )

    def _describes_next_listed(self, index: int) -> bool:
        """A descriptor of the next name in a list, after a joiner: 'the savings bank' in
        'X, the savings bank Y and Z were', a place's possessive in 'Y and Germany's Z were';
        not a name's own noun ('DIY retailer Y')."""
        doc = self.doc

        def describes(token: Token) -> bool:
            # a place's possessive too: "Y and Germany's Z were"
            placed = token.ent_type_ in PLACE_LABELS or (
                token.tag_ == "POS" and token.i > 0 and doc[token.i - 1].ent_type_ in PLACE_LABELS
            )
            # a proper name after the article, before the descriptor's noun: "the Dunedin
            # outdoor store Z", whatever the model took the place for
            titled = (
                token.pos_ == "PROPN"
                and token.i > 0
                and doc[token.i - 1].lower_ in LISTED_DETERMINERS
            )
            return token.pos_ in LIST_DESCRIPTORS or placed or titled

        if not describes(doc[index]):
            return False
        while index > 0 and describes(doc[index - 1]):
            index -= 1
        return index > 0 and doc[index - 1].text in LIST_JOINERS

    def _self_report(self, cue: Cue) -> bool:
        """A cue by which the one speaking says it was hit ('it was hit by', 'it had
        suffered', 'it is responding to'), not one it may use of others' incidents ('it
        detected attacks', 'it is investigating')."""
        words = self.words["self_report_cues"]
        return cue.text.lower() in words or self.doc[cue.start].lemma_.lower() in words

    def reports_its_own(self, mention: OrgMention) -> bool:
        """The verb right after the name reports the name's own incident ('X confirms ...',
        'X investigating breach'), not others' ('X warns ...')."""
        index = mention.end
        while index < len(self.doc) and self.doc[index].pos_ == "AUX":
            index += 1
        return index < len(self.doc) and (
            self.doc[index].lower_ in self.words["headline_self_reports"]
        )

    def headline_reports_own_theft(self, mention: OrgMention) -> bool:
        """'X confirms payroll data stolen through file-transfer flaw': in a headline, a
        name that reports a theft of data speaks of its own incident, even in a story about
        a flaw, where speaking of attacks ('X confirms flaw exploited') makes no victim."""
        sentence = self.layout.sentences[mention.sentence]
        if not sentence.is_title or not self.reports_its_own(mention):
            return False
        clause = sentence.clause_of(mention.start)
        return any(
            cue.label == "compromised"
            and cue.start >= mention.end
            and sentence.clause_of(cue.start) == clause
            for cue in sentence.cues
        )

    def _agentive(self, mention: OrgMention) -> bool:
        """'fined by the ICO', 'hosted by Cobalt Route'."""
        index = mention.start - 1
        if index >= 0 and self.doc[index].lower_ == "the":
            index -= 1
        return index >= 0 and self.doc[index].lower_ == "by"

    def _owner_of_asset(self, mention: OrgMention) -> bool:
        """'customers of X', 'the systems of X'."""
        start = mention.start
        return (
            start >= 2
            and self.doc[start - 1].lower_ == "of"
            and self.doc[start - 2].lower_ in self.words["asset_nouns"]
        )

    def _caused_by_incident(self, verb: int, sentence: Sentence) -> bool:
        """A causal link ('after', 'following', 'due to', a past 'when') right before an
        incident or a failure ('after its network went down'), later in the clause of the
        verb (or of an owned asset); after a verb of loss, 'in' or 'to' too ('lost £2m in a
        business email compromise', 'lost its files to ransomware')."""
        doc, words = self.doc, self.words
        links = words["causal_links"]
        if doc[verb].lemma_.lower() in words["loss_verbs"]:
            links = links | words["loss_links"]
        clause = sentence.clause_with_dependents_of(verb)
        stop = min(sentence.span.end, verb + words.reach["consequence"])
        incidents = {c.start for c in sentence.cues_labelled(*INCIDENT_SIGNALS) if c.start > verb}
        failures = {
            c.start for c in sentence.cues_labelled("disrupted", "suspended") if c.start > verb
        }
        for index in range(verb + 1, stop):
            if sentence.clause_with_dependents_of(index) != clause:
                return False
            size = frame_length(doc, index, links)
            if not size:
                continue
            cause = index + size
            following = range(cause, cause + CAUSE_REACH)
            # "since the insurer's online claims portal went down": a failure of an asset
            # is told by the verb right after the asset's noun phrase, however long it is,
            # unless a name owns it ("since Harwell Council's parking portal went down")
            phrase_end = noun_phrase_end(doc, cause, stop)
            failing = (
                following
                if _named_possessor(doc[cause:phrase_end])
                else range(cause, max(following.stop, phrase_end + VERB_REACH))
            )
            if any(
                t.lower_ in words["hearsay_words"] for t in doc[following.start : following.stop]
            ):
                continue  # "after learning of the attack": news of it, not the attack
            if doc[index].lower_ in TEMPORAL_LINKS:
                # "grounded flights when its systems went down": a failure told in the past;
                # not "when their connection goes down" (any time) nor "when attacks rose"
                failed = failures.intersection(failing)
                if (
                    failed
                    and doc[min(failed)].tag_ == "VBD"
                    and self._asset_named(index + size, min(failed))
                ):
                    return True
                continue
            if incidents.intersection(following):
                return True
            failed = failures.intersection(failing)
            if failed and self._asset_named(index + size, min(failed)):
                return True  # a failure of something: "after its network went down"
        return False

    def _asset_named(self, start: int, end: int) -> bool:
        return any(self._asset_at(index, end) for index in range(start, end))

    def _asset_at(self, index: int, end: int) -> bool:
        """An asset of one word or more starts at index: 'website', 'call centre'."""
        assets = self.words["asset_nouns"]
        _, widest = phrase_shape(assets)
        return bool(phrase_width_at(self.doc, index, end, assets, widest))

    def _incident_it_owns(self, sentence: Sentence, mention: OrgMention, index: int) -> bool:
        """An incident heads the noun phrase after X's possessive ('X's cyber attack', 'X's
        outage', 'X's botched migration'): what the phrase names happened to X, as 'the X
        data breach' does."""
        return any(
            cue.start >= index and self._possessed_incident(mention, cue) for cue in sentence.cues
        )

    def _possessed_incident(self, mention: OrgMention, cue: Cue) -> bool:
        """The cue heads the phrase after X's possessive and names trouble X had: an incident,
        or a fault of X's own systems. Not a fault in what X ships to others ('X's faulty
        software update', `shipped_troubles`), X's own act ('the team's attack', 'X's cyber
        attack on Y'), one still to come ('X's next outage'), nor a word modifying another
        noun ('the group's extortion tactics', 'X's bug bounty programme')."""
        doc, words = self.doc, self.words
        if cue.label not in {"incident", OUTAGE_LABEL}:
            return False
        last = doc[cue.end - 1].lower_
        following = doc[cue.end] if cue.end < len(doc) else None
        phrase = doc[mention.end : cue.end]
        return (
            self._compound(mention.end, cue)
            and any(token.text in POSSESSIVES for token in phrase)
            and last not in self.rules.cues.shipped_troubles
            and not (cue.end - cue.start == 1 and last in words["possessor_act_nouns"])
            and not any(token.lower_ in words["hypothetical_modifiers"] for token in phrase)
            and (
                following is None
                or not (following.pos_ in HEAD_CONTINUING_POS or self._acts_on_another(following))
            )
        )

    def _acts_on_another(self, link: Token) -> bool:
        """'X's cyber attack on the retailer': the possessed attack placed on another is X's
        act; not one placed in time or at X's own site ('X's outage on Christmas Eve', 'at its
        Hull depot')."""
        doc = self.doc
        if link.lower_ not in SCENE_LINKS or link.i + 1 >= len(doc):
            return False
        placed = doc[link.i + 1]
        if placed.pos_ == "DET" and placed.i + 1 < len(doc):
            placed = doc[placed.i + 1]  # "on a Friday in March"
        return placed.ent_type_ not in WHEN_ENTITIES and placed.lower_ not in OWN

    def _asset_follows(self, index: int, end: int) -> bool:
        """An asset noun in the noun phrase after a possessive: 'X's (main) computer systems',
        'X's call centre' (an asset of two words as well as of one)."""
        for token in self.doc[index : min(end, index + 4)]:
            if self._asset_at(token.i, end):
                return True
            if token.pos_ not in {"ADJ", "NOUN", "PROPN", "NUM"}:
                return False
        return False

    def _forced_by_an_incident(self, sentence: Sentence, verb: int, cues: list[Cue]) -> bool:
        """A verb of forcing whose subject holds an incident word, forcing a step of a business
        that lost its systems ('a ransomware attack forced X to divert ambulances', 'the outage
        forced X to pay its staff by hand'); not a forcing by anyone else ('regulators forced X
        to pay a fine') nor another's answer to the incident ('the attack forced the regulator
        to open an inquiry')."""
        doc = self.doc
        token = doc[verb]
        if token.pos_ != "VERB" or token.lemma_.lower() not in self.words["forcing_verbs"]:
            return False
        end = min(sentence.span.end, verb + 1 + FORCED_STEP_REACH)
        step = next(
            (t for t in doc[verb + 1 : end] if t.lower_ == "to" and t.i + 1 < sentence.span.end),
            None,
        )
        if step is None or doc[step.i + 1].lemma_.lower() not in self.words["forced_responses"]:
            return False
        subject = {t.i for t in clause_subject(sentence, verb)}
        return any(cue.label == "incident" and cue.start in subject for cue in cues)

    def _subject_attacks_no_one(self, sentence: Sentence, verb: int) -> bool:
        """The verb's subject is a flaw ('the flaw affects X routers', 'the vulnerability,
        tracked as CVE-..., affects the X app') or people showing one ('researchers hacked
        X at a contest'): no one was attacked. A purpose infinitive has the attacker as its
        subject ('hackers used a flaw to breach X')."""
        doc = self.doc
        infinitive = verb > sentence.span.start and doc[verb - 1].lower_ == "to"
        window = doc[max(sentence.span.start, verb - SUBJECT_REACH) : verb]
        failed = _failed_change_words(sentence, self.words["software_change_words"])
        if not infinitive and any(
            self._flaw_word(token.lower_)
            and token.i not in failed
            and not self._in_relative_clause(sentence, token.i)
            for token in window
        ):
            return True  # not "hackers who exploited CVE-... breached X"
        subject = clause_subject(sentence, verb)
        between = doc[subject[-1].i + 1 if subject else verb : verb]
        if any(token.lower_ in RELATIVE_PRONOUNS for token in between):
            return False  # "the flaw was used by hackers who breached X"
        return any(
            (self._flaw_word(token.lower_) and token.i not in failed)
            or token.lower_ in self.words["demonstrator_nouns"]
            for token in subject
        )

    def _in_relative_clause(self, sentence: Sentence, index: int) -> bool:
        """'hackers who exploited the flaw': a relative pronoun opens the clause the word is
        in, a few words before it."""
        first = max(sentence.span.start, index - RELATIVE_REACH)
        return any(token.lower_ in RELATIVE_PRONOUNS for token in self.doc[first:index])

    def _flaw_word(self, word: str) -> bool:
        """A flaw by its kind ('the vulnerability') or by its identifier ('CVE-2024-0001')."""
        return word in self.words["vulnerability_words"] or _identifier(
            word, self.words.name_patterns
        )

    def _demonstrated(self, sentence: Sentence, cue: Cue) -> bool:
        """An attack shown, presented or simulated ('demonstrated an attack on X', 'will
        present a new side-channel attack at X'): a demonstration, no one was hit."""
        doc = self.doc
        if doc[cue.end - 1].pos_ != "NOUN":
            return False  # "emails show hackers breached X": the verb's object is a clause
        start = max(sentence.span.start, cue.start - DEMONSTRATION_REACH)
        for verb in range(cue.start - 1, start - 1, -1):
            token = doc[verb]
            in_compound = doc[verb - 1].text == "-"  # "a cache-timing attack"
            if token.pos_ == "VERB" and not in_compound:
                return token.lemma_.lower() in self.words["demonstration_verbs"]
            if token.pos_ not in NOUN_PHRASE_TAGS and token.text != "-" and not in_compound:
                return False  # "published files stolen in a cyber attack on X"
        return False

    def _compound(self, name_end: int, cue: Cue) -> bool:
        """Only a possessive, determiners and modifiers between a name and its incident, and
        the incident word is the head: not 'the Royal ransomware operation' (an attacker) or
        'the Pwn2Own hacking contest' (an event), where it only modifies another noun."""
        doc = self.doc
        between = doc[name_end : cue.start]
        if cue.end < len(doc) and doc[cue.end].lower_ in self.words["incident_modified_heads"]:
            return False
        if doc[cue.end - 1].lower_ in self.words["tool_nouns"]:
            return False  # "the NightCrane malware", "WannaCry ransomware": the tool's name
        if len(between) and between[0].pos_ == "DET":
            return False  # "told the Daily Beacon the attack bore ...": a new noun phrase
        return len(between) <= self.words.reach["compound_incident"] and all(
            token.text in POSSESSIVES or token.pos_ in {"DET", "ADJ", "NOUN", "PROPN"}
            for token in between
        )

    def _speaks_of_another(self, mention: OrgMention, verb: int, sentence: Sentence) -> bool:
        """After 'X said', the clause is X's own news unless it names another organisation
        ('X said the attack crippled Y'); a cause given for X's trouble does not count ('X said
        its payments failed because its terminals rely on Y')."""
        clause = sentence.clause_with_dependents_of(verb)
        for index in range(verb + 1, sentence.span.end):
            if frame_length(self.doc, index, self.words["causal_links"]):
                return False
            other = self.name_tokens.get(index)
            if (
                other is not None
                and other.key != mention.key
                and other.bystander != MAKE_MENTION  # "its Y router": the make of X's thing
                and other.key in self.possible_victims
                and sentence.clause_with_dependents_of(index) == clause
                and not self._places_own_thing(verb, other.start)
                and not self._scene_of_own_trouble(sentence, verb, other.start)
                and not self._own_provider_in_trouble(sentence, other)
                # "X said deliveries from Y had been delayed": Y is where X's service
                # comes from, and what X tells of it is still X's
                and not self._a_services_source(other.start)
            ):
                return True
        return False

    def _own_provider_in_trouble(self, sentence: Sentence, other: OrgMention) -> bool:
        """'X said a ransomware attack on its delivery partner Y had halted home deliveries',
        '... on Y, its courier, had ...': the other is named as X's own provider, and the
        clause goes on to tell a trouble after it; the trouble reached X through it (where
        'an attack on its rival Y' names no provider of X's)."""
        doc = self.doc
        before = other.start - 1
        while before > sentence.span.start and doc[before].pos_ in DESCRIPTION_POS:
            before -= 1  # "its IT provider Y"
        own = doc[before].lower_ in OWN and self._names_a_provider(doc[before + 1 : other.start])
        after = other.end + 1  # "Y, its courier,"
        if not own and after + 1 < sentence.span.end and doc[other.end].text == ",":
            own = doc[after].lower_ in OWN and self._names_a_provider(
                doc[after + 1 : sentence.span.end]
            )
        clause = sentence.clause_with_dependents_of(other.start)
        return own and any(
            cue.start >= other.end and sentence.clause_with_dependents_of(cue.start) == clause
            for cue in sentence.cues_labelled("disrupted", "suspended")
        )

    def _names_a_provider(self, description: Span) -> bool:
        """A provider word among the first words of a description: 'delivery partner'."""
        words: list[str] = []
        for token in description:
            if token.pos_ not in DESCRIPTION_POS or len(words) == PROVIDER_DESCRIPTION_REACH:
                break
            words.append(token.lower_)
        return any(word in self.provider_words for word in words)

    def _scene_of_own_trouble(self, sentence: Sentence, verb: int, name_start: int) -> bool:
        """'X said personal data of its passengers was stolen in the cyber attack on Y', 'X
        said staff bank details had been stolen by hackers who broke into Y': the trouble
        comes first and the other is named only as where the attack happened, so the trouble
        is X's own (unlike 'X said the attack on Y crippled its tills', where the attack on Y
        is what X speaks about)."""
        doc = self.doc
        # "stolen by hackers who broke into Y", "into the systems of Y": an intrusion whose
        # words end at the name, or at what of the name's it entered
        entered = [
            cue
            for cue in sentence.cues_labelled("incident", "compromised")
            if cue.start > verb and self._reaches_the_name(cue.end, name_start)
        ]
        link = entered[0].start if entered else name_start - 1
        if not entered:
            if link <= verb or doc[link].lower_ not in SCENE_LINKS:
                return False
            if not any(cue.end in (link, link - 1) for cue in sentence.cues_labelled("incident")):
                return False
        return any(
            verb < cue.start < link - 1
            for cue in sentence.cues_labelled("compromised", "disrupted", "suspended")
        )

    def _reaches_the_name(self, end: int, name_start: int) -> bool:
        """The name right after, or after what of it the words name: 'the systems of'."""
        if end > name_start:
            return False  # words after the name reach nothing before them
        between = self.doc[end:name_start]
        return not len(between) or (
            len(between) <= THING_OF_REACH
            and between[-1].lower_ == "of"
            and all(t.pos_ in {"DET", "NOUN", "ADJ"} for t in between[:-1])
        )

    def _speaks_of_trends(self, sentence: Sentence, clause: int, cue: Cue) -> bool:
        """Figures and trends across many incidents: an insurer's or a survey's findings; up
        to a clause of its own after a comma, which is another matter ('..., as it reported
        a 4% fall in sales'), not a relative clause about the incidents ('attacks, which
        rose by 30%, ...')."""
        doc = self.doc
        later = [
            start
            for start in sentence.clause_starts
            if start > cue.end
            and doc[start - 1].text == ","
            and doc[start].lower_ not in RELATIVE_PRONOUNS
        ]
        until = later[0] if later else sentence.span.end
        tokens = [
            t
            for t in sentence.span
            if t.i < until and sentence.clause_with_dependents_of(t.i) == clause
        ]
        text = f" {' '.join(t.lower_ for t in tokens)} "
        return any(t.text == "%" for t in tokens) or any(
            f" {phrase} " in text for phrase in self.words["trend_words"]
        )

    def _incident_follows(self, sentence: Sentence, report: Cue, cues: list[Cue]) -> bool:
        clause = sentence.clause_with_dependents_of(report.start)
        return any(
            cue.start >= report.end
            and cue.label in {"incident", "compromised", "disrupted"}
            and sentence.clause_with_dependents_of(cue.start) == clause
            for cue in cues
        )

    def _passive_of_another(self, mention: OrgMention, participle: int) -> bool:
        """'X flaw as a firm confirms it was hit', 'filed with X that it had been hit': the
        word before the passive's auxiliaries is a subject of its own, not X."""
        doc = self.doc
        before = participle - 1
        while before >= mention.end and (
            doc[before].lower_ in PASSIVE_AUXILIARIES or doc[before].pos_ == "ADV"
        ):
            before -= 1
        return before >= mention.end and doc[before].tag_ in PASSIVE_SUBJECT_TAGS

    def _a_report_it_denies(self, sentence: Sentence, mention: OrgMention) -> bool:
        """'posts on social media claimed the company had been hacked', in a story that
        denies an attack: what others only claim of X may be the rumour the story denies,
        where 'police said X had been hacked' tells it."""
        return self.denies_an_attack and any(
            token.lemma_.lower() in CLAIM_LEMMAS
            for token in self.doc[sentence.span.start : mention.start]
        )

    def _in_its_it_sense(self, sentence: Sentence, cue: Cue) -> bool:
        """'hacked'; or 'attacked' by a doer named in IT words ('was attacked by hackers', 'by
        the X ransomware group'; not 'attacked by MPs for its response to the cyber attack
        on Y'), or with no doer in a clause that tells an IT or cyber incident in words of
        their own (not 'shop workers were attacked at the till')."""
        ambiguous = self.rules.cues.ambiguous_incident_words
        if cue.text.lower() not in ambiguous:
            return True
        doc, end = self.doc, sentence.span.end
        told = [
            c
            for c in sentence.cues
            if c.label in INCIDENT_SIGNALS and c.text.lower() not in ambiguous
        ]
        if cue.end < end and doc[cue.end].lower_ in self.rules.cues.agent_links:
            agent = range(cue.end + 1, min(end, cue.end + 1 + AGENT_PHRASE_REACH))
            return any(c.start in agent for c in told) or any(
                label.start in agent for label in sentence.attacker_labels
            )
        clause = sentence.clause_of(cue.start)
        return any(sentence.clause_of(c.start) == clause for c in told)

    def _told_in_the_passive(
        self, mention: OrgMention, cue: Cue, auxiliaries: frozenset[str] = BE_FORMS
    ) -> bool:
        """'X was breached', 'X had been hacked': the cue's participle after one of the
        `auxiliaries` of X's own (the main verb's participle may open the cue or follow the
        form of 'be' it holds: "was hit", "been hit", the last participle, not "been")."""
        doc = self.doc
        participle = next(
            (t for t in reversed(doc[cue.start : cue.end]) if t.tag_ == "VBN"), doc[cue.start]
        )
        window = doc[max(mention.end, participle.i - 2) : participle.i]
        return (
            participle.tag_ == "VBN"
            and any(t.lower_ in auxiliaries for t in window)
            and not self._passive_of_another(mention, participle.i)
        )

    def _kind(self, mention: OrgMention, cue: Cue, possessive: bool) -> TieKind:
        """Passive ('X was breached') or possessive ('X's systems were encrypted'): patient."""
        doc = self.doc
        if possessive or (
            cue.label == "restored"
            and self._not_after_a_preposition(mention)
            and self._own_service_back(cue)
        ):
            return TieKind.PATIENT
        head = doc[cue.start]
        if self._told_in_the_passive(mention, cue):
            return TieKind.PATIENT
        if head.tag_ == "VBN" and self.layout.sentences[mention.sentence].is_title:
            return TieKind.PATIENT  # a headline leaves out "was": "X hit through VPN flaw"
        if cue.text.lower().split()[-1] in {"by", "of"} or "victim" in cue.text.lower():
            return TieKind.PATIENT  # "hit by", "victim of", "fell victim"
        if any(token.lower_ == "among" for token in doc[mention.end : cue.start]):
            return TieKind.PATIENT  # "X and Y among clients hit": one of those it struck
        if self._declares_an_emergency(cue):
            return TieKind.PATIENT  # "X and Y have declared critical incidents": they suffer
        return TieKind.AGENT


def _failed_change_words(sentence: Sentence, changes: frozenset[str]) -> frozenset[int]:
    """The changes told as an IT failure ('a faulty update', 'a botched software upgrade'):
    such a change caused an outage, where 'the update' alone may be a flaw's remedy, and
    'a bug' a flaw however it is named."""
    return frozenset(
        index
        for cue in sentence.cues_labelled(OUTAGE_LABEL)
        for index in range(cue.start, cue.end)
        if sentence.span.doc[index].lower_ in changes
    )


def _negated_after(modal: Token) -> bool:
    """'could not', "couldn't": an inability told as a fact, no possibility."""
    following = modal.doc[modal.i + 1] if modal.i + 1 < len(modal.doc) else None
    return following is not None and following.lower_ in NEGATIONS_AFTER_MODAL


NEGATIONS_AFTER_MODAL = frozenset({"not", "n't", "never"})


def _named_possessor(phrase: Span) -> bool:
    """A proper name's possessive inside a noun phrase: 'Harwell Council's portal'."""
    return any(
        token.tag_ == POSSESSIVE_TAG and token.i > phrase.start and token.nbor(-1).pos_ == "PROPN"
        for token in phrase
    )


def _possessive_relative(doc: Doc, verb: int, floor: int) -> int | None:
    """'a provider whose clients include', 'whose biggest customers are': the "whose" opening
    a clause on the noun before it, past the possessed phrase before the clause's verb."""
    index = verb - 1
    while index > floor and verb - index <= POSSESSED_PHRASE_REACH:
        if doc[index].pos_ not in POSSESSED_PHRASE_POS:
            break
        index -= 1
    # after "whose" and its noun the clause's verb is finite ("whose biggest customers are
    # X"), never a noun or a participle: "whose Dutch-based parent X was hit" names X hit
    if (
        doc[verb].tag_ in FINITE_TAGS
        and index > floor
        and index < verb - 1
        and doc[index].lower_ == RELATIVE_POSSESSIVE
        and doc[index - 1].pos_ in NOMINAL_POS
    ):
        return index
    return None


def _names_its_own(tokens: list[Token], assets: frozenset[str]) -> bool:
    """An owner's 'its', 'our' or 'their' with one of the assets in the three words after it."""
    return any(
        token.lower_ in OWN and any(t.lower_ in assets for t in tokens[i + 1 : i + 4])
        for i, token in enumerate(tokens)
    )


def _uncounted_near(token: Token) -> bool:
    return token.lower_ == "own" or token.pos_ == "ADV"


def _complementizer_that(token: Token) -> bool:
    """The 'that' of 'told customers that ...', not a relative 'that' nor a determiner."""
    return token.lower_ == "that" and token.tag_ == "IN"


def _approximates_a_number(token: Token) -> bool:
    """'about 9.8 million', 'nearly 40,000': an adverb before a number, inside the phrase."""
    return token.pos_ == "ADV" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].like_num


def _identifier(word: str, patterns: tuple[re.Pattern[str], ...]) -> bool:
    """'cve-2024-3400', 'kb5034441': only words with a digit are tried against the patterns."""
    return any(ch.isdigit() for ch in word) and any(p.match(word) for p in patterns)


def is_vulnerability_news(layout: Layout, words: VictimWords) -> bool:
    """Vulnerability, patch and advisory news: a large share of its sentences speak of flaws
    and fixes. There vendors, researchers and agencies do the talking, so only being on the
    receiving end of an attack (a patient tie) makes a victim, not speaking of one."""
    flaw_words = words["advisory_words"]
    sentences = [s for s in layout.sentences if not s.in_boilerplate]
    if len(sentences) < words.vulnerability_news_fewest_sentences:
        return False
    lowered = lower_words(sentences[0].span.doc)
    about_flaws = sum(
        1
        for sentence in sentences
        if any(
            word in flaw_words or _identifier(word, words.name_patterns)
            for word in lowered[sentence.span.start : sentence.span.end]
        )
    )
    return 100 * about_flaws >= words.vulnerability_news_percent * len(sentences)


def tells_of_an_unnamed_victim(sentence: Sentence, words: VictimWords) -> bool:
    """An incident on an organisation the sentence leaves unnamed ('exploited the flaw at one
    customer', 'a freight firm confirmed it was hit'): the story names it later."""
    if not sentence.reports_incident(None):
        return False
    # "a ransomware group" is the attacker, not an unnamed victim
    incident_words = {
        i
        for cue in sentence.cues
        if cue.label in INCIDENT_SIGNALS
        for i in range(cue.start, cue.end)
    }
    tokens = list(sentence.span)
    for index, token in enumerate(tokens):
        if token.lower_ not in words["unnamed_referent_determiners"]:
            continue
        if index and tokens[index - 1].lower_ in AGENT_MARKERS:
            continue  # "a report published by a security firm": the source, not a victim
        for follower in tokens[index + 1 : index + 1 + UNNAMED_VICTIM_REACH]:
            if follower.i in incident_words or follower.pos_ not in DESCRIPTION_POS:
                break
            if follower.lemma_.lower() in words["company_descriptors"]:
                return True
    return False


def record_strong_ties(
    candidates: dict[str, OrgCandidate], finder: TieFinder, patient_only: bool = False
) -> None:
    """Fill each candidate's `strong_ties` (sentence -> its strongest tie) from its mentions;
    with `patient_only`, only ties that put it on the receiving end."""
    finder.index_names(candidates)
    for candidate in candidates.values():
        for mention in candidate.mentions:
            if mention.bystander is not None:
                continue
            kind = finder.tie(mention)
            if mention.addressee and kind is TieKind.AGENT:
                continue  # "said in a filing with X that it had found ...": the sayer acts
            if (
                kind is TieKind.PATIENT
                and candidate.rejection is Rejection.ATTACKER
                and _the_attackers_own(finder, candidate, mention)
            ):
                kind = TieKind.AGENT  # "Qilin's leak site", "19 Qilin intrusions": its work
            if kind is None or (
                patient_only
                and kind is not TieKind.PATIENT
                and not (
                    candidate.rejection is not Rejection.VENDOR
                    and finder.headline_reports_own_theft(mention)
                )
            ):
                continue
            if candidate.strong_ties.get(mention.sentence) is not TieKind.PATIENT:
                candidate.strong_ties[mention.sentence] = kind
            if finder.layout.sentences[mention.sentence].is_title and (
                kind is TieKind.PATIENT or finder.reports_its_own(mention)
            ):
                candidate.headline_tie = True


def _the_attackers_own(finder: TieFinder, candidate: OrgCandidate, mention: OrgMention) -> bool:
    """'Qilin's leak site', '19 Qilin intrusions': what an attacker owns or does; and 'the
    Petya attack' for a name the text also gives as malware ('a variant of the Petya
    ransomware'), not 'the Harlow Freight ransomware attack', where a victim's attack is
    named and nothing says the name is malware's; and the malware itself ('The malware, a
    variant of the Nightjar ransomware, encrypts ...'), whatever its sentence says it did."""
    doc = finder.doc
    if has_frame_after(doc, mention.end, finder.words["attacker_own_nouns"]):
        return True
    if _heads_malware(doc, mention.end, finder.words["malware_heads"]):
        return True
    return has_frame_after(doc, mention.end, finder.words["attacker_attack_nouns"]) and any(
        _heads_malware(doc, other.end, finder.words["malware_heads"])
        for other in candidate.mentions
    )


def _heads_malware(doc: Doc, end: int, heads: frozenset[str]) -> bool:
    """'the Petya ransomware encrypts ...': a malware word right after the name, heading its
    phrase (not 'ransomware attack')."""
    if end >= len(doc) or doc[end].lower_ not in heads:
        return False
    return end + 1 >= len(doc) or doc[end + 1].pos_ not in {"NOUN", "PROPN"}


SUBJECT_BONUS = 2
TITLE_WEIGHT = 2  # named in the headline, or told of there by its kind


def _opens(layout: Layout, mention: OrgMention, lede: int | None) -> bool:
    """The mention is the first words of the headline or of the lede (after a dateline)."""
    sentence = layout.sentences[mention.sentence]
    if not (sentence.is_title or sentence.index == lede):
        return False
    doc = sentence.span.doc
    first = sentence.span.start
    while first < mention.start and (
        doc[first].is_punct
        or doc[first].is_space
        or layout.in_dateline(doc[first].idx, doc[first].idx + len(doc[first])) is not None
        or doc[first].lower_ == "the"
    ):
        first += 1
    return first == mention.start


def choose_primary(
    candidates: dict[str, OrgCandidate], layout: Layout, ties: dict[str, list[int]]
) -> str | None:
    """The article's subject among the victims: strongly tied most often, named in the
    headline and the lede, then tied by co-occurrence, then named first."""
    opening = layout.lede()
    lede = opening.index if opening else None
    first_paragraph = opening.paragraph if opening else None
    best_key, best_score = None, (0, 0)
    for key, candidate in candidates.items():
        if not candidate.hit:
            continue
        score = len(ties[key]) + 2 * len(candidate.strong_ties)
        named_in = {m.sentence for m in candidate.named_mentions}
        told_by_kind = candidate.headline_tie or candidate.described_tie
        if told_by_kind and not any(layout.sentences[i].is_title for i in named_in):
            # "Fuel retailer hit by ...": the headline, or the opening, told of it by kind
            score += TITLE_WEIGHT
        for sentence_index in named_in:
            sentence = layout.sentences[sentence_index]
            if sentence.is_title:
                score += TITLE_WEIGHT
            elif sentence.index == lede:
                score += 3
            elif sentence.paragraph == first_paragraph:
                score += 1
        # the headline's and the lede's opening name is what they are about: "Kroger says
        # customers' data caught up in vendor hack", "Lakeshore Grocers pauses online orders"
        score += SUBJECT_BONUS * sum(1 for m in candidate.named_mentions if _opens(layout, m, lede))
        ranked = (score, -candidate.first_position)
        if best_key is None or ranked > best_score:
            best_key, best_score = key, ranked
    return best_key

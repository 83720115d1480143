"""Doc analysis -> incidents: attach services, claims, dates and types to each victim."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple, overload

from .dates import (
    FoundDate,
    ends_a_pause,
    first_trouble_day_as_start,
    period_end,
    sharpen_starts,
    start_dates,
)
from .dates.words import date_expressions
from .layout import (
    ATTACK_KIND_LABELS,
    DISGUISE_LABEL,
    FINITE_TAGS,
    NOMINAL_POS,
    OUTAGE_LABEL,
    POSSESSIVE_TAG,
    RELATIVE_TAGS,
    ROUTE_LABEL,
    THING_ROUTE_LABEL,
    TYPE_CUES,
    VICTIM_LABEL,
    Cue,
    Layout,
    Sentence,
    names_the_rest,
    outermost,
    phrase_shape,
    phrase_width_at,
)
from .lexicon import Cues, Rules, ServiceEntry
from .names import normalize_org_name
from .nlp import first_entry_of
from .organizations import Organizations, OrgCandidate
from .organizations.model import Rejection
from .organizations.routes import DEFINITE_POINTERS, OWNER_TAGS, opens_apart
from .record import (
    DateMention,
    Evidence,
    Incident,
    Organization,
    RestorationClaim,
    ServiceEvent,
    ServiceImpact,
)
from .service_spans import points_back, source_named_after
from .status import (
    INCIDENT_LABEL,
    PRESENT_TENSES,
    WHEN_ENTITIES,
    Observation,
    denies_evidence_of,
    denies_the_theft,
    tells_of_a_data_theft,
)
from .taxonomy import (
    CLAIM_STATUSES,
    DATA_SERVICES,
    DOWN_STATUSES,
    RETURN_STATUSES,
    STATUS_BY_CUE,
    DateRole,
    Granularity,
    IncidentType,
    Role,
    Service,
    Status,
    Tense,
    close_types,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SERVICE_ORDER = {service: index for index, service in enumerate(Service)}
TYPE_ORDER = {kind: index for index, kind in enumerate(IncidentType)}
RETAIL_HEADS = frozenset({"retailer", "supermarket", "grocer", "chain", "store", "department"})
CLAIMANT_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PART"})
CLAIMANT_LINKS = frozenset({"for", "of", "at", "&", "-"})
EVIDENCE_LIMIT = 3
TYPE_NEGATION_REACH = 6  # "had not been caused by a cyber attack"
DATA_BREACH_CUE = "type_data_breach"
RANSOMWARE_CUE = "type_ransomware"
CYBER_CUE = "type_cyber"  # an attack, of no stated kind
RANSOM_CUE = "type_ransom"  # extortion: ransomware only in an article that names ransomware
RANSOM_CUES = frozenset({RANSOMWARE_CUE, RANSOM_CUE})
# what an attack denial takes back
ATTACK_KINDS = ATTACK_KIND_LABELS | {RANSOM_CUE}
# what a guess still tells: that there was an attack, and the route in, not which kind
GUESSED_KINDS_KEPT = frozenset({CYBER_CUE, ROUTE_LABEL})
# what makes the article's incident an attack: the spec's social engineering implies one too,
# though a denial of a hack takes no trick back ('its own systems were not hacked')
ARTICLE_ATTACK_KINDS = ATTACK_KINDS | {"type_social_engineering"}
ATTRIBUTION_VERBS = frozenset(
    {
        "associate",
        "trigger",
        "cause",
        "result",
        "link",
        "relate",
        "involve",
        "believe",
        "appear",
        "seem",
        "suggest",
        "indicate",
        "consider",
        "attribute",
        "connect",
        "tie",
    }
)
SAYING_DATE_LINKS = frozenset({"on", "late", "early", "last"})
RELAPSE_WORDS = frozenset({"again", "anew"})
UNKNOWN_NOW = "9999-12-31"  # with no publication date, what holds now is after every date
# a source named after 'from' that supplies nothing: "deliveries from Leeds"
NOT_SUPPLIERS = frozenset({Rejection.PLACE, Rejection.LOCATION, Rejection.PERSON})
PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})


# (current state, later statement) pairs in which the later statement does not replace the state
STATE_KEPT = frozenset(
    {
        # an expectation never undoes a return
        (Status.RESTORED, Status.RESTORATION_EXPECTED),
        (Status.PARTIALLY_RESTORED, Status.RESTORATION_EXPECTED),
        # "names were taken, but card details were not affected": the breach stands
        (Status.COMPROMISED, Status.UNAFFECTED),
        # the impact of a deliberate shutdown does not undo it
        (Status.SUSPENDED, Status.DISRUPTED),
    }
)


# (the body's state, the headline's state) pairs in which the headline says no more
HEADLINE_SAYS_NO_MORE = frozenset(
    {(status, status) for status in Status} | {(Status.PARTIALLY_RESTORED, Status.RESTORED)}
)


MEASURED_LINKS = frozenset({"after", "before"})


def _story_order(
    observations: list[Observation],
    dates: list[FoundDate],
    now: str = UNKNOWN_NOW,
) -> list[Observation]:
    """Observations in the story's own time. A clause's resolved date places it; a clause
    in the present ("remains suspended", "has returned") speaks of now, the day of
    publication; a past clause without a date continues the time of the statement before
    it. At one time, a recap ("had been paused") comes before a past event, and a past
    event before what holds now, whatever their order in the text: news puts the state
    now first and recaps weeks ago below it. A headline's event ("Glitch knocks out tills")
    is where the story starts when it is a failure, so the body's return follows it, and
    the news now when it is a return. A liveblog's entries follow their clock times, newest
    first or last."""
    time = ""
    keyed = []
    for observation in sorted(observations, key=lambda o: (o.sentence.index, o.start)):
        tense = _spoken_tense(observation)
        own = _clause_date(observation, dates) or _saying_date(observation, dates)
        if own is not None and own.value:
            time = own.value
            resolved = own.resolved
            if observation.status is Status.RESTORATION_EXPECTED and resolved.value is not None:
                # "will return later this month": a period still running holds from when it
                # was said ("it said on 3 June"), else now
                ends = period_end(resolved.value, resolved.granularity).isoformat()
                said = _saying_date(observation, dates) or next(
                    (
                        d
                        for d in dates
                        if d.sentence is observation.sentence
                        and d is not own
                        and d.role is DateRole.DISCLOSURE
                    ),
                    None,
                )  # "will return later this month, it said on 3 June"
                if ends >= now and said is not None and said is not own and said.value:
                    time = max(time, said.value)
                elif ends >= now:
                    time, tense = max(time, now), Tense.PRESENT
        elif tense is Tense.PRESENT:
            time = now
        elif observation.sentence.is_title and observation.status not in DOWN_STATUSES:
            time = now  # a headline's event is the news: "Grocer resumes deliveries"
        elif observation.status is Status.RESTORATION_EXPECTED and tense is not Tense.PLUPERFECT:
            # "it said it expected to restore the scheme shortly": an expectation without
            # its own day is held now, whatever the tense of its saying; not one it "had
            # expected", which the story has overtaken
            time, tense = max(time, now), Tense.PRESENT
        # a liveblog's entries are in the order of their clock times, not of the page
        entry = observation.sentence.entry_minute or 0
        rank = (
            entry,
            not observation.historical,
            tense,
            observation.sentence.index,
            observation.start,
        )
        keyed.append(((time, *rank), observation))
    return [observation for _, observation in sorted(keyed, key=lambda item: item[0])]


def _returns(
    observations: list[Observation], dates: list[FoundDate], now: str, cues: Cues
) -> list[Observation]:
    """A service working after the story had it down came back: 'every store is open' after
    the stores were shut is a return, not a service the incident spared."""
    down: set[Service] = set()
    returned: dict[int, Observation] = {}
    for observation in _story_order(observations, dates, now):
        service = observation.service
        if service is None or service in DATA_SERVICES:
            continue
        if observation.status in DOWN_STATUSES:
            down.add(service)
        elif (
            observation.status is Status.UNAFFECTED
            and service in down
            and not _negated_clause(observation)  # "were not affected": never down
            and not _kept_up(observation, cues)  # "worked throughout": never down either
        ):
            returned[id(observation)] = replace(observation, status=Status.RESTORED)
    return [returned.get(id(o), o) for o in observations]


def _parts_back(
    observations: list[Observation], dates: list[FoundDate], now: str
) -> list[Observation]:
    """A part of a service told back after the whole of it was told down is a partial
    return: 'shut down its computer systems' ... 'staff email is working again' leaves the
    rest of the systems unsaid. The whole told back ('its systems are back online', 'all
    services have returned') makes its parts' returns whole again; a part told down and
    back ('its email system went down' ... 'email is working again') is a whole return."""
    if not any(
        o.entry is not None and (o.entry.general or o.entry.whole) and o.status in DOWN_STATUSES
        for o in observations
    ):
        return observations  # no whole told down: most stories, and no need to order them
    whole_down: set[Service] = set()
    partial: dict[int, Observation] = {}
    for observation in _story_order(observations, dates, now):
        entry = observation.entry
        if observation.status is Status.RESTORED and _universal_return(observation):
            whole_down.clear()
            continue
        if entry is None or observation.service in DATA_SERVICES:
            continue
        whole = entry.general or entry.whole
        if observation.status in DOWN_STATUSES and whole:
            whole_down.add(entry.service)
        elif observation.status is Status.RESTORED and whole:
            whole_down.discard(entry.service)
        elif observation.status is Status.RESTORED and entry.service in whole_down:
            partial[id(observation)] = replace(
                observation,
                status=Status.PARTIALLY_RESTORED,
            )
    return [partial.get(id(o), o) for o in observations]


def _future_returns_expected(
    observations: list[Observation], dates: list[FoundDate], now: str, rest_words: frozenset[str]
) -> list[Observation]:
    """A return its clause dates after the day of publication is one the story expects:
    'on track to resume online sales by 15 June'; so is a pause that ends on a day to come
    ('has been paused until Monday', 'will stay offline until next Tuesday'). Not a part
    back now whose day is the rest's ('is working again for most customers, with the rest
    expected by Monday')."""
    if now == UNKNOWN_NOW:
        return observations
    expected = []
    for observation in observations:
        own = _clause_date(observation, dates)
        if (
            own is not None
            and own.value is not None
            and own.value > now
            and (
                (
                    observation.status in RETURN_STATUSES
                    and not _dated_for_the_rest(observation, own, rest_words)
                )
                or (observation.status in DOWN_STATUSES and ends_a_pause(own.span))
            )
        ):
            observation = replace(observation, status=Status.RESTORATION_EXPECTED)
        expected.append(observation)
    return expected


def _dated_for_the_rest(
    observation: Observation, day: FoundDate, rest_words: frozenset[str]
) -> bool:
    """A partial return whose clause names the rest between it and the day."""
    doc = observation.sentence.span.doc
    return observation.status is Status.PARTIALLY_RESTORED and names_the_rest(
        doc, observation.end, day.span.start, rest_words
    )


# words that say a service carried on all along, not that it came back
CONTINUITY_WORDS = frozenset({"throughout", "uninterrupted", "still"})


def _kept_up(observation: Observation, cues: Cues) -> bool:
    """'card payments worked throughout', 'customers could still order', 'its website
    remained available', 'continued to work': a service said to have carried on all along
    (a continuity word, or one of the `steady_throughout_words` anywhere in its clause), which
    a return cannot be read from ('working as usual by Tuesday' may be one, so 'as usual'
    does not count). 'Throughout' before a place says where, not how long ('working
    throughout the chain' after a failure is a return)."""
    clause = _clause_tokens(observation)
    places = cues.reached_places | cues.whole_places
    steady = cues.steady_throughout_words - CONTINUITY_WORDS
    if any(token.lower_ in steady for token in clause):
        return True
    return any(
        token.lower_ in CONTINUITY_WORDS and not _throughout_a_place(token, clause.end, places)
        for token in clause
    )


def _throughout_a_place(token: Token, end: int, places: frozenset[str]) -> bool:
    """'throughout the chain', 'throughout its stores', 'throughout the UK': 'throughout'
    before a place, past determiners and adjectives; not a place that owns the head after it
    ('throughout the business's outage')."""
    if token.lower_ != "throughout":
        return False
    doc = token.doc
    index = token.i + 1
    while index < end and (doc[index].pos_ in {"DET", "ADJ"} or doc[index].tag_ == "PRP$"):
        index += 1
    if index + 1 < end and doc[index + 1].tag_ == POSSESSIVE_TAG:
        return False
    return index < end and (
        doc[index].lower_ in places or doc[index].ent_type_ in PLACE_ENTITY_LABELS
    )


def _clause_tokens(observation: Observation) -> Span:
    """The words of the observation's clause."""
    sentence = observation.sentence
    start, end = sentence.clause_bounds(sentence.clause_of(observation.start))
    return sentence.span.doc[start:end]


def _clause_holds(observation: Observation, words: frozenset[str]) -> bool:
    """One of the words stands in the observation's clause."""
    return any(token.lower_ in words for token in _clause_tokens(observation))


def _negated_clause(observation: Observation) -> bool:
    sentence = observation.sentence
    clause = sentence.clause_of(observation.start)
    return any(
        sentence.clause_of(cue.start) == clause for cue in sentence.cues_labelled("negation")
    )


def _unplaced_relapse(current: Observation, later: Observation, dates: list[FoundDate]) -> bool:
    """A failure told after a return undoes it only when the text places it after: its own
    later date, or a word of now or repetition ("still", "remains", "again"). Undated, it is
    background the story recalls (an earlier outage it compares, advice to the affected,
    how such attacks work), not a relapse."""
    if current.status not in RETURN_STATUSES or later.status not in DOWN_STATUSES:
        return False
    told = current.sentence
    if not any(
        told.clause_of(c.start) == told.clause_of(current.start)
        for c in told.cues_labelled("restored")
    ):
        return False  # "works" after "down" is read as a return, but claims none to hold
    sentence = later.sentence
    if sentence.is_title and later.tense is Tense.PRESENT:
        return False  # a headline that states how things stand is the news now
    if _told_as_now(later) or _told_again(later):
        return False
    own, returned = _clause_date(later, dates), _clause_date(current, dates)
    if _tells_the_onset(later) and not (
        own is not None and returned is not None and _after_the_period(own, returned)
    ):
        # "The problems began on Friday, when its app stopped working": the start, unless
        # its day comes after the return's ("restored on Monday ... Fresh problems began on
        # Thursday, when ...")
        return True
    if own is None or not own.value:
        return True
    returned_on = returned.value if returned is not None else None
    return returned_on is not None and own.value <= returned_on


def _tells_the_onset(observation: Observation) -> bool:
    """An observation in the clause an onset opens ('The problems began on Friday, when its
    app stopped working'): where the story's trouble began. Not a clause after it ('..., when
    its website crashed, and on Wednesday the app went down too')."""
    sentence = observation.sentence
    clause = sentence.clause_of(observation.start)
    return any(
        cue.end <= observation.start and sentence.clause_of(cue.end) == clause
        for cue in sentence.cues_labelled("onset")
    )


def _the_part_left_down(current: Observation, later: Observation, dates: list[FoundDate]) -> bool:
    """'Staff email is working again, but the planning system remains offline': a part of the
    service told still down, in the sentence that tells part of it back, is what leaves the
    return partial. A failure told as an event after the return is a relapse: one again
    ('has since gone down again', 'crashed again hours later'), one in the past, or one with
    a date of its own ('partly back on Monday, down again on Tuesday')."""
    if not (
        current.status is Status.PARTIALLY_RESTORED
        and later.status in DOWN_STATUSES
        and later.sentence.index == current.sentence.index
        and later.start > current.start
        and _clause_date(later, dates) is None
    ):
        return False
    if _told_again(later):
        return False
    return _told_as_now(later) or later.tense is Tense.PRESENT


def _the_rest_still_down(
    current: Observation,
    later: Observation,
    dates: list[FoundDate],
    now: str,
    services: ServiceWords,
) -> bool:
    """'Card payments are back at 38 of its 45 stores. Seven stores are still cash only':
    after a partial return, a part of the service told still down now, with no day of its
    own but today ('engineers are visiting them this afternoon'), is the rest that return
    left, not a relapse of the whole. The part is counted before the service in its clause
    ('seven stores', 'a small number of sites', 'some branches'); a failure again, or one
    told as an event, is a relapse."""
    own = _clause_date(later, dates)
    if not (
        current.status is Status.PARTIALLY_RESTORED
        and later.status in DOWN_STATUSES
        and later.sentence.index > current.sentence.index
        and (own is None or own.value == now)
        and (_told_as_now(later) and later.tense is Tense.PRESENT)
        and not _told_again(later)
    ):
        return False
    sentence = later.sentence
    start, _ = sentence.clause_bounds(sentence.clause_of(later.start))
    before = sentence.span.doc[start : later.start]
    return any(t.tag_ == "CD" or t.lower_ in services.part_words for t in before)


def _qualified_in_its_clause(current: Observation, later: Observation) -> bool:
    """'Pharmacies in most of its stores were filling prescriptions normally again': the
    clause tells one return of the service through two of its words (the words that give
    the status are the same), and the part its quantifier names ('most') limits the whole
    return, whichever word it stands by."""
    sentence = current.sentence
    clause = sentence.clause_of(current.start)
    return (
        current.status is Status.PARTIALLY_RESTORED
        and later.status is Status.RESTORED
        and later.sentence is sentence
        and later.anchor == current.anchor
        # the clause's own quantifier, not a part made partial beside its whole ("Email and
        # the computer systems were back on Wednesday")
        and any(
            sentence.clause_of(cue.start) == clause for cue in sentence.cues_labelled("partial")
        )
    )


def _told_as_now(observation: Observation) -> bool:
    """A word of now in the observation's clause: 'still', 'remains', 'not yet'."""
    sentence = observation.sentence
    clause = sentence.clause_of(observation.start)
    return any(sentence.clause_of(c.start) == clause for c in sentence.cues_labelled("current"))


def _told_again(observation: Observation) -> bool:
    """A word of repetition in the observation's clause: 'failed again'."""
    return _clause_holds(observation, RELAPSE_WORDS)


UNIVERSAL_WORDS = frozenset({"all", "every", "everything", "fully", "full"})
EXCEPTION_WORDS = frozenset({"else", "except", "apart", "besides", "other"})
UNIVERSAL_REACH = 3  # "all of our services": words from the quantifier to the noun
# "its systems", "all of its platforms": what runs every service (services.json's general
# entry also holds parts: "in-store services", "functions")
SYSTEMS_HEADS = frozenset({"system", "platform", "infrastructure"})
FOUNDING_REACH = 2  # "founded in 1998": words from the founding cue to its year


def _told_in_full(observation: Observation) -> bool:
    """A word of the whole in the observation's clause: 'stores fully reopened', 'All
    Marlbury Foods stores open again'."""
    return _clause_holds(observation, UNIVERSAL_WORDS)


def _universal_return(observation: Observation) -> bool:
    """A general return whose subject is every service: 'everything is working again', 'all
    of its systems are back online', 'its services have been fully restored' (not 'the
    problem was fixed'); so do the systems named whole ('all of its systems are back online',
    'systems were fully restored'), which run every service, but not a part of them ('its
    in-store services', 'its finance systems')."""
    if observation.service is not None and not _the_systems_whole(observation):
        return False
    doc = observation.sentence.span.doc
    first = max(observation.sentence.span.start, observation.start - UNIVERSAL_REACH)
    # "all of its systems are back", "its services had been fully restored"
    last = max(observation.end, observation.anchor)
    quantifiers = [t for t in doc[first:last] if t.lower_ in UNIVERSAL_WORDS]
    if not quantifiers:
        return False
    before = doc[quantifiers[0].i - 1] if quantifiers[0].i > 0 else None
    if before is not None and before.lower_ in {"not", "n't"}:
        return False  # "not all of its services were back"
    # "everything else ... apart from the app": the exception is still down
    return not any(t.lower_ in EXCEPTION_WORDS for t in observation.sentence.span)


def _supplies_businesses(candidate: OrgCandidate, rules: Rules) -> bool:
    """'Brannock Freight', 'Calder Port Holdings', 'Port of Nagoya': a name that ends on a
    trade of carrying or making goods for businesses (or a port's), past its company form,
    whose deliveries go to businesses ('Menzies Distribution'); not a known retailer ('BJ's
    Wholesale'), a carrier of parcels ('Royal Mail'), nor a shop that only holds such a word
    ('Harbour Freight Tools')."""
    if candidate.entry is not None and candidate.entry.is_retail:
        return False  # "BJ's Wholesale" sells to shoppers
    words = normalize_org_name(candidate.name).split()
    trades = rules.victims["supply_trade_words"]
    return bool(words) and (words[-1] in trades or words[:2] == ["port", "of"])


def _named_elsewhere(organisations: Organizations, key: str) -> frozenset[int]:
    """The tokens of every other organisation's names and references; not a place's or a
    person's ('deliveries from Leeds')."""
    return frozenset(
        index
        for other, candidate in organisations.candidates.items()
        if other != key
        and candidate.rejection not in NOT_SUPPLIERS
        and not (candidate.ner_labels and candidate.ner_labels <= PLACE_ENTITY_LABELS)
        for mention in candidate.mentions
        for index in range(mention.start, mention.end)
    )


def _inbound(observation: Observation, others: frozenset[int]) -> bool:
    """Deliveries another organisation makes to this one: 'deliveries from Northfield had
    been delayed', 'deliveries of fresh fish from Quarnby', 'scheduled Hallam deliveries
    failed to arrive'."""
    doc = observation.sentence.span.doc
    source = source_named_after(doc, observation.end, observation.sentence.span.end)
    return observation.start - 1 in others or source in others


def _as_supply(observation: Observation, supply: ServiceEntry, rules: Rules) -> Observation:
    """A supplier's deliveries are its stock and supply; 'home deliveries' and 'parcel
    deliveries' are still home delivery."""
    if observation.service is not Service.HOME_DELIVERY:
        return observation
    doc = observation.sentence.span.doc
    # the word before the mention and the two after it: "Parcel deliveries to homes"
    around = doc[max(observation.start - 1, 0) : observation.end + 2]
    if any(token.lower_ in rules.victims["doorstep_words"] for token in around):
        return observation
    return replace(observation, service=Service.STOCK_AND_SUPPLY, entry=supply)


def _the_systems_whole(observation: Observation) -> bool:
    """'its systems', 'all systems': the general systems with no word naming a part of them."""
    entry = observation.entry
    if entry is None or not entry.general:
        return False
    doc = observation.sentence.span.doc
    head = doc[observation.end - 1]
    before = doc[observation.start - 1] if observation.start else None
    named_part = before is not None and before.pos_ in NOMINAL_POS | {"ADJ"}
    # "Systems were fully restored": opening a paragraph, the tagger may read the plural as
    # a name and keep its lemma as written
    spellings = {head.lemma_.lower(), head.lower_.removesuffix("s")}
    return not spellings.isdisjoint(SYSTEMS_HEADS) and not named_part


def _spreads_to(
    observation: Observation, service: Service, observations: list[Observation]
) -> bool:
    """A full return of the systems reaches a service still down unless its own sentence
    tells that service apart after it, as it is now or will be ('..., though the app remains
    down'; 'and the stores will reopen on Tuesday'); told before it, or after it as the cause
    of the trouble ('after an outage left shops unable to pay'), the service is among what
    came back ('knocked out its websites for ten days, before all of its systems were
    working normally again')."""
    return not any(
        other.sentence is observation.sentence
        and other.service is service
        and other.start > observation.start
        # not the cause told after it: "fully restored after an outage left shops unable to
        # take card payments"
        and (other.tense >= Tense.PRESENT or other.status is Status.RESTORATION_EXPECTED)
        for other in observations
    )


def _recalls_an_earlier_year(observation: Observation, dates: list[FoundDate], now: str) -> bool:
    """The sentence dates itself to a year before the story's ('In March 2023 a similar fault
    grounded its planes, but all systems were back online within hours')."""
    year = now[:4] if now != UNKNOWN_NOW else None
    founding = observation.sentence.cues_labelled("date_founding")
    return year is not None and any(
        d.sentence is observation.sentence
        and _of_an_earlier_year(d, year)
        and not any(0 <= d.span.start - c.end <= FOUNDING_REACH for c in founding)
        for d in dates
    )


class ServiceWords(NamedTuple):
    """What `_states` reads of the rules: the kinds of a service (`covered`), the words that
    name its whole, and the words that open a contrast."""

    covered: Mapping[Service, frozenset[Service]]
    whole_words: frozenset[str]
    contrasts: frozenset[str]
    # the words that count a part of what a service runs on ("some", "the remaining", "a
    # small number of"): a part still down after a partial return is that return's rest
    part_words: frozenset[str] = frozenset()


def _states(
    observations: list[Observation], dates: list[FoundDate], now: str, services: ServiceWords
) -> dict[Service, list[Observation]]:
    """Each service's states in the story's time order; the last is its state now. A
    statement that does not replace the state before it (STATE_KEPT; the headline saying
    what the body already said) is not a new state. A service told wholly back by the words
    of its whole brings back the kinds of it (`services.covered`) that failed: 'card payments
    were fully restored' after 'contactless payments failed'."""
    states: dict[Service, list[Observation]] = {}
    for observation in _story_order(_continued_pauses(observations), dates, now):
        if observation.status is Status.RESTORED and _universal_return(observation):
            # "All services are back online": every service still down is back with them; a
            # return told of an earlier year only those told down in that year
            earlier = _recalls_an_earlier_year(observation, dates, now)
            for service, sequence in states.items():
                if (
                    service not in DATA_SERVICES
                    and service != observation.service
                    and sequence[-1].status in DOWN_STATUSES
                    and _spreads_to(observation, service, observations)
                    and not (earlier and not _recalls_an_earlier_year(sequence[-1], dates, now))
                ):
                    sequence.append(replace(observation, service=service))
            if observation.service is None:
                continue  # "all of its systems" are the systems' own state too
        if observation.status is None or observation.service is None:
            continue
        sequence = states.setdefault(observation.service, [])
        current = sequence[-1] if sequence else None
        if current is not None and (current.status, observation.status) in STATE_KEPT:
            continue
        if current is not None and _unplaced_relapse(current, observation, dates):
            continue
        if current is not None and _the_part_left_down(current, observation, dates):
            continue
        if current is not None and _the_rest_still_down(current, observation, dates, now, services):
            continue
        if current is not None and _qualified_in_its_clause(current, observation):
            continue
        if (
            current is not None
            and observation.sentence.is_title
            and not current.sentence.is_title
            and (current.status, observation.status) in HEADLINE_SAYS_NO_MORE
            and not (current.status is not observation.status and _told_in_full(observation))
        ):
            # the same state, or a return whose part the body's sentence qualifies ('Depots
            # shipping again' over 'most of its depots were shipping again'): the body's
            # sentence says more than the headline
            continue
        sequence.append(observation)
        for part in _covered_back(observation, services):
            down = states.get(part)
            if down and down[-1].status is Status.DISRUPTED:
                down.append(replace(observation, service=part))
    return states


def _covered_back(observation: Observation, services: ServiceWords) -> frozenset[Service]:
    """The kinds of a service its return brings back: told wholly back ('restored') by a
    word of the whole ('card payments', not 'chip-and-PIN payments' or 'tills'), with no
    contrast after it in its sentence ('restored, but customers still cannot pay by
    contactless'). A deliberate pause of a kind (suspended) waits for its own return."""
    if observation.status is not Status.RESTORED or observation.service is None:
        return frozenset()
    kinds = services.covered.get(observation.service, frozenset())
    if not kinds or not set(observation.mention.lower().split()) & services.whole_words:
        return frozenset()
    doc = observation.sentence.span.doc
    after = doc[observation.end : observation.sentence.span.end]
    if any(token.lower_ in services.contrasts for token in after):
        return frozenset()
    return kinds


def _sought_yield(observations: list[Observation]) -> list[Observation]:
    """A service told down only by the effort to bring it back ('working to restore its
    online shop') is down; any other state the article tells of it says more ('took the shop
    offline', 'expects it back on Friday', 'most stores are back'), and so does a return of
    everything ('the incident has been fully resolved', 'things were back to normal')."""
    if any(o.service is None and o.status is Status.RESTORED for o in observations):
        return [o for o in observations if not o.sought]
    told = {o.service for o in observations if o.status is not None and not o.sought}
    return [o for o in observations if not (o.sought and o.service in told)]


def _channels_yield(observations: list[Observation]) -> list[Observation]:
    """A website or app named as where another service came back ('online orders were being
    taken again on its website') came back itself only if the article told it down ('took
    its website offline on Friday'); else it was working all along and has no state from it."""
    down = {o.service for o in observations if o.status in DOWN_STATUSES and not o.channel}
    return [o for o in observations if not (o.channel and o.service not in down)]


def _continued_pauses(observations: list[Observation]) -> list[Observation]:
    """'Its email was taken offline as a precaution and remains down': a state told as
    continuing ('remains', 'still') after its sentence told the service paused is the pause
    going on, not a failure of its own; not when a return or a failure comes between ('...,
    but it crashed again after it was switched back on and is still down')."""
    first_pause: dict[tuple[int, Service], Observation] = {}
    for observation in observations:
        if observation.status is Status.SUSPENDED and observation.service is not None:
            key = (observation.sentence.index, observation.service)
            if key not in first_pause or observation.start < first_pause[key].start:
                first_pause[key] = observation
    return [
        replace(observation, status=Status.SUSPENDED)
        if _pause_going_on(observation, first_pause)
        else observation
        for observation in observations
    ]


def _pause_going_on(
    observation: Observation, first_pause: dict[tuple[int, Service], Observation]
) -> bool:
    if observation.status is not Status.DISRUPTED or observation.service is None:
        return False
    pause = first_pause.get((observation.sentence.index, observation.service))
    if pause is None or not pause.start < observation.start or not _told_as_now(observation):
        return False
    sentence = observation.sentence
    pausing = sentence.cues_labelled("suspended")
    return not any(
        cue.label in CHANGE_OF_STATE_LABELS
        and pause.start < cue.start < observation.start
        # "taken offline": the pause's own words hold a word of trouble
        and not any(p.start <= cue.start and cue.end <= p.end for p in pausing)
        for cue in sentence.cues
    )


# a return or a failure between a pause and a state told as going on ends the pause
CHANGE_OF_STATE_LABELS = frozenset({"restored", "disrupted"})


def _noun_phrase(doc: Doc, start: int, stop: int, step: int) -> str | None:
    """Grow a noun phrase from `start` towards `stop` over determiners, nouns and linking words."""
    index, taken = start, list[int]()
    while index != stop and len(taken) < 8:
        token = doc[index]
        if token.ent_type_ in WHEN_ENTITIES:
            break  # "Late on Tuesday the company said": the time is no part of the speaker
        if token.pos_ in CLAIMANT_TAGS or token.lower_ in CLAIMANT_LINKS:
            taken.append(index)
            index += step
        else:
            break
    while taken and (doc[taken[-1]].lower_ in CLAIMANT_LINKS or doc[taken[-1]].pos_ == "PART"):
        taken.pop()
    if not taken or not any(doc[i].pos_ in {"NOUN", "PROPN"} for i in taken):
        return None
    first, last = min(taken), max(taken)
    return doc[first : last + 1].text


def claimant(doc: Doc, sentence: Sentence, speech_verbs: frozenset[str]) -> str | None:
    """Who makes the statement: 'a spokesperson for the retailer said', 'the company added'."""
    span = sentence.span
    for token in span:
        if (
            token.lower_ == "according"
            and token.i + 2 < span.end
            and doc[token.i + 1].lower_ == "to"
        ):
            found = _noun_phrase(doc, token.i + 2, span.end, 1)
            if found:
                return found
    for token in span:
        if token.lemma_.lower() not in speech_verbs or token.pos_ not in {"VERB", "AUX"}:
            continue
        left = token.i - 1
        while left >= span.start and doc[left].pos_ == "AUX":
            left -= 1
        left = _before_apposition(doc, span, left)
        if left >= span.start:
            found = _noun_phrase(doc, left, span.start - 1, -1)
            if found:
                return found
        if token.i + 1 < span.end and _inverted(doc, span, token):
            found = _noun_phrase(doc, token.i + 1, span.end, 1)
            if found:
                return found
    return None


APPOSITION_REACH = 10  # "Amara Lindqvist, the council's head of digital services, said"


def _before_apposition(doc: Doc, span: Span, index: int) -> int:
    """Where the speaker ends when an apposition set off by commas stands between it and its
    verb ('Amara Lindqvist, the council's head of digital services, said'): before the
    apposition's opening comma; otherwise `index` itself."""
    if index < span.start or doc[index].text != ",":
        return index
    for opening in range(index - 1, max(span.start, index - APPOSITION_REACH) - 1, -1):
        if doc[opening].tag_ in FINITE_TAGS:
            return index  # a clause between commas, not an apposition
        if doc[opening].text == ",":
            return opening - 1
    return index


def _inverted(doc: Doc, span: Span, verb: Token) -> bool:
    """'"...," said a spokesperson': a speaker after the verb of saying only where the verb
    follows the quote or comma it attributes, or opens the sentence; otherwise the words after
    it are what was said or reported ('reported the breach to the regulator')."""
    return verb.i == span.start or doc[verb.i - 1].is_punct or doc[verb.i - 1].is_quote


def _history(states: list[Observation], dates: list[FoundDate]) -> list[ServiceEvent]:
    """A service's states in story order, each with its clause's date and tense."""
    return [
        ServiceEvent(
            o.status.value,
            o.mention,
            date_mention(_clause_date(o, dates)),
            _spoken_tense(o).name.lower(),
            o.sentence.evidence,
        )
        for o in states
        if o.status is not None
    ]


def _spoken_tense(observation: Observation) -> Tense:
    """The tense story order reads: a headline without a verb speaks of now."""
    if observation.tense is Tense.UNMARKED and observation.sentence.is_title:
        return Tense.PRESENT
    return observation.tense


def _clause_date(observation: Observation, dates: list[FoundDate]) -> FoundDate | None:
    """The resolved date of the observation's own clause nearest the words that gave its
    status ('suspended on 21 April and restored late on 24 April' dates each verb with its
    own day; 'which was paused on 7 May, resumed on 10 June' dates the return 10 June)."""
    sentence = observation.sentence
    in_sentence = [
        mention
        for mention in dates
        if mention.sentence.index == sentence.index
        and mention.value is not None
        and mention.role is not DateRole.PUBLISHED
        and not _dates_the_saying(sentence, mention, observation.start)
        and not any(
            mention.span.start in words and observation.start not in words
            for words in observation.exceptions
        )
    ]
    # the day of a saying after a past event dates the event only when nothing else does
    own = [m for m in in_sentence if not _attributes_a_past_event(observation, m)]
    return _nearest_in_clause(sentence, observation, own) or _nearest_in_clause(
        sentence, observation, in_sentence
    )


def _nearest_in_clause(
    sentence: Sentence, observation: Observation, in_sentence: list[FoundDate]
) -> FoundDate | None:
    # its own clause first, then the clause it depends on ("unable to pay on Saturday
    # after an update knocked out tills")
    for clause_of in (sentence.clause_of, sentence.clause_with_dependents_of):
        if clause_of == sentence.clause_with_dependents_of and _measured_back(
            sentence, observation.start
        ):
            return None
        clause = clause_of(observation.start)
        found = [
            (abs(mention.span.start - observation.anchor), mention)
            for mention in in_sentence
            if clause_of(mention.span.start) == clause
        ]
        if found:
            return min(found, key=lambda item: item[0])[1]
    return None


def _measured_back(sentence: Sentence, position: int) -> bool:
    """'available again from today, ten days after ransomware took the website down': a
    clause placed a stretch of time after or before another is not at that one's time."""
    doc = sentence.span.doc
    opener = sentence.clause_bounds(sentence.clause_of(position))[0]
    if doc[opener].lower_ not in MEASURED_LINKS or opener <= sentence.span.start:
        return False
    return doc[opener - 1].lemma_.lower() in date_expressions().words["duration_units"]


def _attributes_a_past_event(observation: Observation, mention: FoundDate) -> bool:
    """'shoppers could not pay on Saturday after an update to its terminals went wrong, the
    company said on Sunday': the day of a saying told after a past event is when it was told,
    not when it happened (a state told in the present holds on that day: 'cards work
    normally, the bank said on Monday')."""
    return (
        mention.role is DateRole.DISCLOSURE
        and mention.span.start > observation.start
        and observation.tense is not Tense.PRESENT
    )


def _saying_date(observation: Observation, dates: list[FoundDate]) -> FoundDate | None:
    """'X said on Monday that its helpline was back up and running': what a saying reports in
    the past, with no day of its own, held when it was said; a recap below it of the
    helpline 'switched off on 3 September' came before. Not what it reports as already past
    then ('said on Monday that the helpline had been switched off'), nor what holds now ('its
    full site remains offline')."""
    if observation.tense is not Tense.PAST:
        return None
    sentence = observation.sentence
    return next(
        (
            mention
            for mention in dates
            if mention.sentence.index == sentence.index
            and mention.value is not None
            and _dates_the_saying(sentence, mention, observation.start)
        ),
        None,
    )


def _dates_the_saying(sentence: Sentence, mention: FoundDate, position: int) -> bool:
    """'Tallis said Thursday that it shut its online store': a day told right after the
    verb of saying dates the statement, not what the statement reports after it. Told
    before the saying ('By Sunday morning, the airline said its app was back'), it dates
    both, and so it does what was told before the saying ('cards work normally, the bank
    said on Monday')."""
    if position < mention.span.end:
        return False
    doc = sentence.span.doc
    return any(
        cue.end <= mention.span.start
        and all(t.lower_ in SAYING_DATE_LINKS for t in doc[cue.end : mention.span.start])
        for cue in sentence.cues_labelled("date_disclosure")
    )


def _claim_date(sentence: Sentence, dates: list[FoundDate], position: int) -> FoundDate | None:
    """The date of return its sentence gives nearest the claim's words ('ran from May until
    it was found and contained on June 9' is June 9's)."""
    told = [
        mention
        for mention in dates
        if mention.sentence.index == sentence.index
        and mention.role in {DateRole.RESTORATION, DateRole.RESTORATION_EXPECTED}
    ]
    return min(told, key=lambda m: abs(m.span.start - position), default=None)


@overload
def date_mention(found: FoundDate) -> DateMention: ...
@overload
def date_mention(found: None) -> None: ...
def date_mention(found: FoundDate | None) -> DateMention | None:
    """The record's view of a date found in the text."""
    if found is None:
        return None
    return DateMention(
        text=found.span.text,
        value=found.value,
        granularity=found.resolved.granularity.value,
        approximate=found.resolved.approximate,
        relative=found.resolved.relative,
        role=found.role.value,
        evidence=found.sentence.evidence,
        start=found.span.start_char,
    )


@dataclass(frozen=True)
class ArticleKinds:
    """What the whole article says of the kind of trouble: whether it tells of an attack as
    fact, and whether it denies one ("not a cyber attack", "we weren't hacked"), which
    outweighs what rumours and claims say ("speculation that it had been hacked")."""

    cyber: bool
    attack_denied: bool
    # it tells ransomware or encryption as what happened, or names the attackers a ransomware
    # gang: a ransom told is ransomware's
    ransomware: bool = False

    @classmethod
    def of(cls, sentences: list[Sentence]) -> ArticleKinds:
        told = [(s, type_labels(s)) for s in sentences if not s.in_boilerplate]
        denied = any("type_attack_denied" in labels for _, labels in told)
        # "Were hackers to blame?": a yes/no question tells no kind
        cyber = any(
            labels & ARTICLE_ATTACK_KINDS
            for sentence, labels in told
            if not (denied and sentence.guesses()) and not sentence.asks_whether()
        )
        # a guess at the kind ("bore the hallmarks of ransomware") tells none, as in _types
        ransomware = any(
            (
                RANSOMWARE_CUE in labels
                and not (sentence.guesses() and RANSOMWARE_CUE in _guessed_kinds(sentence))
            )
            or (_names_a_ransomware_attacker(sentence) and not sentence.guesses())
            for sentence, labels in told
            if not sentence.outside_voice
        )
        return cls(cyber, denied, ransomware)


def _types(
    sentences: list[Sentence],
    is_provider: bool,
    data: bool | None,
    article: ArticleKinds,
    through_provider: bool,
    provider_types: set[str],
    campaign: frozenset[str],
) -> list[str]:
    labels: set[str] = set()
    kinds_told = [type_labels(sentence) for sentence in sentences]
    denied = _attack_denied(sentences, kinds_told)
    for sentence, found in zip(sentences, kinds_told, strict=True):
        if _tells_how_attacks_work(sentence) or sentence.asks_whether():
            # "Ransomware locks up a victim's files ...": how attacks work; "Were hackers to
            # blame?": a yes/no question
            continue
        if sentence.outside_voice or (article.attack_denied and sentence.guesses()):
            # another's voice says there was an attack, not which kind; and a guess none when
            # the article denies one ("speculation that it had been hacked")
            found &= set() if article.attack_denied else GUESSED_KINDS_KEPT
        elif sentence.guesses():
            # "bore hallmarks of ransomware": a guess says there was an attack, not which kind
            found -= _guessed_kinds(sentence) - GUESSED_KINDS_KEPT
        labels |= (found - ATTACK_KINDS) if denied else found
    # a breach told in the victim's own words is of no attack's kind; one a campaign's
    # theft tells is the attack's
    breach_told = DATA_BREACH_CUE in labels
    labels |= campaign
    if through_provider:
        labels.add("type_third_party")
    if RANSOM_CUE in labels:
        # a ransom demanded: an attack, whose kind the article's other words tell
        labels.add(RANSOMWARE_CUE if article.ransomware else CYBER_CUE)
    kinds: set[IncidentType] = set()
    if RANSOMWARE_CUE in labels:
        kinds.add(IncidentType.RANSOMWARE)
    if "type_social_engineering" in labels:
        kinds.add(IncidentType.SOCIAL_ENGINEERING)
    if "type_third_party" in labels and not is_provider:
        kinds.add(IncidentType.THIRD_PARTY)
        # hit through a supplier: the supplier's kind of attack is this incident's kind too
        kinds.update(IncidentType(t) for t in provider_types - {"third_party", "data_breach"})
    if DATA_BREACH_CUE in labels or data is True:
        kinds.add(IncidentType.DATA_BREACH)
    attack_in_article = article.cyber and not denied
    # data found taken with no kind of attack told for it ("attackers broke into 20,000 of
    # its rewards accounts") was taken in the article's attack, as a victim with no kind is hit
    data_alone = (
        kinds - {IncidentType.THIRD_PARTY} == {IncidentType.DATA_BREACH} and not breach_told
    )
    cyber = CYBER_CUE in labels or (attack_in_article and (not kinds or data_alone))
    if OUTAGE_LABEL in labels and not attack_in_article:
        kinds.add(IncidentType.TECHNICAL_OUTAGE)
    elif cyber:
        kinds.add(IncidentType.CYBER_ATTACK)
    if not kinds - {IncidentType.THIRD_PARTY}:  # the route told, not the kind of trouble
        kinds.add(IncidentType.CYBER_ATTACK if attack_in_article else IncidentType.TECHNICAL_OUTAGE)
    return _ordered_types(kinds)


def _ordered_types(kinds: set[IncidentType] | set[str]) -> list[str]:
    """The types with every type they imply, in the taxonomy's order."""
    return sorted(close_types(kinds), key=lambda v: TYPE_ORDER[IncidentType(v)])


NAMED_OR_DATED = frozenset({"ORG", "PERSON", "GPE", "DATE", "TIME", "FAC"})
OWNING_WORDS = frozenset({"its", "our", "we", "us", "they", "their"})  # "its tills", "they're"
# a verb of having before a past participle, or of being before either participle, tells
# of now: "has hit", "is spreading", "is encrypted by"
PERFECT_OR_PROGRESSIVE = {
    **dict.fromkeys(("has", "have", "'ve"), frozenset({"VBN"})),
    **dict.fromkeys(("is", "are", "am", "'s", "'re", "'m"), frozenset({"VBN", "VBG"})),
}


def _tells_how_attacks_work(sentence: Sentence) -> bool:
    """A sentence in the simple present that names no one, no time and no owner, and tells
    neither a state nor a saying, tells how attacks work, not what happened ('Ransomware
    locks up a victim's files and demands a fee for the key', 'Ransomware is a kind of
    malicious software that scrambles a victim's files'): its kinds are background. Not
    one that tells a state ('Card payments are unavailable after a ransomware attack') or
    reports a saying ('Engineers say ransomware encrypts the tills'), which are this
    story's, nor one whose verb of being or having stands right before a participle ('has
    hit', 'is spreading', 'is encrypted by ransomware', "they're using"), which tells of
    now; a definition in the perfect or the passive ('and charities have become targets',
    'until a ransom is paid') is left as told."""
    if sentence.is_title or sentence.has_cue(*STATUS_BY_CUE, "date_disclosure"):
        return False
    words = [t for t in sentence.span if not (t.is_punct or t.is_space)]
    finite = [t for t in words if t.tag_ in FINITE_TAGS]
    if not finite or any(t.tag_ not in PRESENT_TENSES for t in finite):
        return False
    end = sentence.span.end
    if any(
        t.i + 1 < end and t.doc[t.i + 1].tag_ in PERFECT_OR_PROGRESSIVE.get(t.lower_, ())
        for t in finite
    ):
        return False
    # "The malware, a strain of ransomware, locks up drives": this attack's malware
    if any(_definite(sentence, cue) for cue in sentence.cues_labelled("incident")):
        return False
    # the model may tag the kind of attack itself as a name ("Ransomware locks up files")
    kinds = {i for cue in sentence.cues_labelled(*TYPE_CUES) for i in range(cue.start, cue.end)}
    return not any(
        (t.ent_type_ in NAMED_OR_DATED and t.i not in kinds) or t.lower_ in OWNING_WORDS
        for t in words
    )


def _attack_denied(sentences: list[Sentence], kinds_told: list[set[str]]) -> bool:
    """Whether the victim denies it was attacked ('a fault, not a hack'): its denial then
    outweighs whatever else its sentences say of attacks (a comparison, an expert's fears,
    a rumour), unless it later confirms one ('ruled out a cyber attack on Monday ... on
    Thursday confirmed ransomware had encrypted its servers')."""
    denials = [i for i, found in enumerate(kinds_told) if "type_attack_denied" in found]
    if not denials:
        return False
    return not any(
        found & ATTACK_KINDS and sentences[i].has_cue("victim_report")
        for i, found in enumerate(kinds_told)
        if i > denials[-1]
    )


def _only_a_failure_told(sentences: list[Sentence]) -> bool:
    """The sentences tell an IT failure, and every incident word in them is the failure's."""
    failures = [c for s in sentences for c in s.cues_labelled(OUTAGE_LABEL)]
    return bool(failures) and all(
        any(f.start <= cue.start and cue.end <= f.end for f in failures)
        for s in sentences
        for cue in s.cues_labelled("incident")
    )


def _recalled(
    ties: list[int], layout: Layout, dates: list[FoundDate], markers: frozenset[str], now: str
) -> bool:
    """Every sentence tying the victim recalls an earlier, separate incident: a wave of
    attacks ('the latest in a string of attacks on X'), a recall marker ('follows an attack
    on X', 'hacked X earlier this year') or a year before the story's ('in 2021')."""
    this_year = None if now == UNKNOWN_NOW else now[:4]

    def recalls(index: int) -> bool:
        sentence = layout.sentences[index]
        if sentence.has_cue("generic", "one_of_many"):
            return True
        if any(cue.text.lower() in markers for cue in sentence.cues_labelled("historical")):
            return True
        return this_year is not None and any(
            found.sentence.index == index and _of_an_earlier_year(found, this_year)
            for found in dates
        )

    return bool(ties) and all(recalls(index) for index in ties)


def _of_an_earlier_year(found: FoundDate, this_year: str) -> bool:
    """A date in a year before the story's that tells of then ('in 2021'), not of a span
    running since ('a customer since 2019')."""
    if not found.value:
        return False
    return found.value[:4] < this_year and not _since(found)


def _campaign_lists(layout: Layout, cues: Cues) -> frozenset[int]:
    """The sentences that list a campaign's other victims and tell no kind of their own: a
    list of victims whose words, or the sentence's before it, say whose victims they are
    ('Other victims of the gang include X', 'named in the indictment'), where a supplier's
    'Other victims include X and Y' names its own customers."""
    found = set()
    for sentence in layout.sentences:
        if not sentence.calls_victims(cues) or type_labels(sentence):
            continue
        told = layout.sentences[max(sentence.index - 1, 0) : sentence.index + 1]
        if any(token.lower_ in cues.campaign_words for s in told for token in s.span):
            found.add(sentence.index)
    return frozenset(found)


def _first_told_apart(section: _Section, cues: Cues) -> bool:
    """'Separately, X said its own tills had crashed after a failed update': a victim first
    tied in a sentence that opens apart from the story had a trouble of its own, not the
    supplier's."""
    tying = [s for s in section.sentences if s.index in section.ties]
    return bool(tying) and opens_apart(tying[0].span.doc, tying[0], cues)


def _attacked_apart(organisations: Organizations, section: _Section, cues: Cues) -> bool:
    """Told hit by an attack of its own: an attack told in a sentence that ties it, not the
    story's ('the attack'), where no sentence tying it names the story's victim, points back
    at its trouble or tells it a client ('which uses the software'). Files encrypted are no
    attack of its own: a supplier's ransomware reaches its clients' files."""
    primary = organisations.primary
    named = {m.sentence for m in organisations.candidates[primary].mentions} if primary else set()
    tying = [s for s in section.sentences if s.index in section.ties]
    if any(s.index in named or s.index in organisations.told_back for s in tying):
        return False
    if _told_a_client(organisations, section, cues):
        return False
    return any(cue.label == CYBER_CUE and not _definite(s, cue) for s in tying for cue in s.cues)


def _told_a_client(organisations: Organizations, section: _Section, cues: Cues) -> bool:
    """'X, which uses the software', 'X, a grocer that has relied on it': a relative clause
    right after the victim's name, of using or relying, makes it a client (not 'hackers who
    used a stolen password broke into X')."""
    if not section.sentences:
        return False
    doc = section.sentences[0].span.doc
    for mention in organisations.candidates[section.key].named_mentions:
        if mention.sentence not in section.ties:
            continue
        index = mention.end
        end = min(len(doc), mention.end + CLIENT_CLAUSE_REACH)
        while index < end and doc[index].tag_ not in RELATIVE_TAGS:
            index += 1  # past ", a grocer"
        index += 1
        while index < end and doc[index].pos_ in {"AUX", "ADV"}:
            index += 1  # "that has long used"
        if index < end and doc[index].lemma_.lower() in cues.reliance_verbs | cues.user_verbs:
            return True
    return False


CLIENT_CLAUSE_REACH = 6  # "X, a grocer that has used": from the name to the verb


def _definite(sentence: Sentence, cue: Cue) -> bool:
    doc = sentence.span.doc
    return cue.start > 0 and doc[cue.start - 1].lower_ in DEFINITE_POINTERS


def _since(found: FoundDate) -> bool:
    doc = found.span.doc
    return found.span.start > 0 and doc[found.span.start - 1].lower_ == "since"


def _through_provider(organisations: Organizations, section: _Section, cues: Cues) -> bool:
    """A retailer hit beside a supplier was hit through it: the story is the supplier's own
    incident, or the retailer's incident sentences name the hit supplier. Not one whose
    incident the story only recalls ('the attack follows one on X in 2023'), nor the
    supplier the story is about, which was hit itself (it is among the providers). A
    provider of others hit beside the one the story is about was hit through it too ('the
    logistics firm X said its tracking system was down'), unless its own trouble hit the
    others. In a story of a victim hit through another's trouble, so were the rest, but one
    the routing sentence passed over ('..., while Z was hit by ransomware'). In a supplier's
    story, a victim told hit by an attack of its own, in sentences that never name the
    supplier ('It comes after other retailers, including X, were hit by cyber attacks'), is
    no customer of it; nor is one of a campaign's other victims a list names ('Other victims
    of the gang include X and Y Haulage'), whatever trade the names beside it tell."""
    key, ties = section.key, section.ties
    if section.recalled or section.listed:
        return False  # a campaign's other victims are no one's customers for that
    if organisations.primary_serves_others and key != organisations.primary:
        return (
            key not in organisations.trouble_owners
            and not _attacked_apart(organisations, section, cues)
            and not _first_told_apart(section, cues)
        )
    if key in organisations.providers:
        return False
    if key in organisations.routed:
        return True
    if organisations.primary in organisations.routed and key not in organisations.passed_over:
        return True  # the story is of a victim hit through another's trouble: so were the rest
    tied = set(ties)
    through_story = organisations.providers | organisations.routed
    if organisations.primary in through_story and tied & organisations.told_back:
        # the story is a provider's trouble, or one hit through another's: a victim that
        # points back at it was hit through it too ("deliveries had been delayed as a
        # result", "its pharmacies had also been unable to download prescriptions")
        return True
    for other in organisations.providers - organisations.trouble_owners:
        if other == key:
            continue
        if any(
            m.sentence in tied and (m.sentence, other) not in organisations.told_apart
            for m in organisations.candidates[other].mentions
        ) or _its_supplier_named_after(organisations.candidates[other], section, cues):
            return True
    return False


SUPPLIER_PHRASE_POS = frozenset({"NOUN", "ADJ", "PROPN"})  # "its IT supplier"


def _its_supplier_named_after(supplier: OrgCandidate, section: _Section, cues: Cues) -> bool:
    """A victim's trouble told at a supplier of its own left unnamed ('after an outage at the
    bakery chain's point-of-sale provider'), then the supplier named by the same word in a
    sentence not told apart ('The provider, Tillnet, blamed a faulty update'): the victim
    was hit through it."""
    doc = section.sentences[0].span.doc if section.sentences else None
    if doc is None:
        return False
    _, widest = phrase_shape(cues.apart_openers)
    named = [
        m.sentence
        for m in supplier.named_mentions
        if m.start >= 3
        and doc[m.start - 1].text == ","
        and doc[m.start - 2].lower_ in cues.supplier_heads
        and doc[m.start - 3].lower_ == "the"
        and not phrase_width_at(doc, doc[m.start].sent.start, m.start, cues.apart_openers, widest)
    ]
    return bool(named) and any(
        sentence.index < min(named) and _trouble_at_an_unnamed_supplier(sentence, cues)
        for sentence in section.sentences
    )


def _trouble_at_an_unnamed_supplier(sentence: Sentence, cues: Cues) -> bool:
    """'an outage at its IT supplier', "an attack on the company's payroll provider", with
    no name after the supplier's word."""
    doc, span = sentence.span.doc, sentence.span
    troubles = [cue.end for cue in sentence.cues_labelled(INCIDENT_LABEL, *SERVICE_DOWN_CUES)]
    for token in span:
        if token.lemma_.lower() not in cues.supplier_heads:
            continue
        following = doc[token.i + 1] if token.i + 1 < span.end else None
        if following is not None and (following.text == "," or following.pos_ == "PROPN"):
            continue  # "its supplier, X": named where it is told
        opening = _owned_phrase_opening(doc, span.start, token.i)
        if (
            opening is not None
            and opening > span.start
            and doc[opening - 1].lower_ in cues.cause_links
            and any(end <= opening - 1 for end in troubles)
        ):
            return True
    return False


def _owned_phrase_opening(doc: Doc, floor: int, head: int) -> int | None:
    """Where the owner's words open the noun phrase of `head` ('its IT supplier', "the
    bakery chain's point-of-sale provider"), or None when no owner's word does."""
    index = head - 1
    while index >= floor and (
        doc[index].pos_ in SUPPLIER_PHRASE_POS
        or doc[index].tag_ == "HYPH"
        or (0 < index < head and doc[index - 1].tag_ == "HYPH" and doc[index + 1].tag_ == "HYPH")
    ):
        index -= 1
    if index < floor or doc[index].tag_ not in OWNER_TAGS:
        return None
    if doc[index].tag_ != POSSESSIVE_TAG:
        return index  # "its"
    owner = index - 1  # "the bakery chain's": back over the owner's own noun phrase
    while owner > floor and doc[owner - 1].pos_ in SUPPLIER_PHRASE_POS | {"DET"}:
        owner -= 1
    return owner


SOCIAL_ENGINEERING_CUE = "type_social_engineering"
# words between a disguise, an informant or a responder and the supplier it names ("posing
# as its supplier", "alerted by a supplier", "brought in staff from a contractor")
NO_ROUTE_REACH = 1
NO_ROUTE_LABELS = (DISGUISE_LABEL, "informant", "responder")
TROUBLE_CUES = ("incident", "compromised", "suspended", "disrupted")
SERVICE_DOWN_CUES = ("suspended", "disrupted")
RISK_MODALS = frozenset({"may", "might", "could"})  # "phishing attempts may occur"


def type_labels(sentence: Sentence) -> set[str]:
    """The kinds of incident a sentence says happened: its type cues, minus those inside a
    longer one ("not the result of a cyber attack"), those a negation governs ("had not been
    caused by a cyber attack", "no files were encrypted"), those of an attempt that failed
    ("unable to deploy ransomware"), those of a risk readers are warned of ("be alert to
    phishing emails") and those of a clause about many incidents ("a wave of
    ransomware attacks on retailers"), unless the sentence makes this incident one of them
    ("the latest victim of a wave of ransomware attacks"); those inside a phrase in
    another sense ("encrypted account passwords" protect data, they are no ransomware); and
    the kind of attack that names its doer ("the ransomware gang X claimed it": an attack,
    not which kind). An attempt that failed is still an attack: its kind is no kind the
    incident had, but it tells of a cyber attack."""
    attempted = {
        CYBER_CUE
        for cue in sentence.cues_labelled(*ATTACK_TYPE_CUES)
        if _governed(sentence, cue, "prevented")
    }
    return attempted | {_kind_of(cue) for cue in _kind_cues(sentence)}


def _guessed_kinds(sentence: Sentence) -> set[str]:
    """The kinds a sentence tells only under a hedge or a doubt that governs them ('bore the
    hallmarks of ransomware', 'has not said whether ransomware was involved'): a kind told
    as fact before a doubt about something else is not among them."""
    cues = _kind_cues(sentence)
    told = {_kind_of(cue) for cue in cues if not sentence.guessed(cue)}
    return {_kind_of(cue) for cue in cues} - told


def _kind_of(cue: Cue) -> str:
    return ROUTE_LABEL if cue.label == THING_ROUTE_LABEL else cue.label


def _kind_cues(sentence: Sentence) -> list[Cue]:
    """The type cues `type_labels` reads as kinds that happened."""
    return [
        cue
        for cue in outermost(sentence.cues_labelled(*TYPE_CUES, "other_sense"))
        if cue.label != "other_sense"
        and not (cue.label == THING_ROUTE_LABEL and not _reached_by_trouble(sentence, cue))
        and not (
            _labels_the_attacker(sentence, cue)
            or _kind_denied(sentence, cue)
            or (cue.label == DATA_BREACH_CUE and denies_the_theft(sentence, cue))
            or _governed(sentence, cue, "warning", across_verbs=True)
            or _governed(sentence, cue, "habitual", across_verbs=True)
            or (_governed(sentence, cue, "generic") and not sentence.has_cue("one_of_many"))
            or (cue.label == SOCIAL_ENGINEERING_CUE and _modal_before(sentence, cue))
            or _names_no_route_in(sentence, cue)
        )
    ]


def _reached_by_trouble(sentence: Sentence, cue: Cue) -> bool:
    """A third-party thing is the route in only where its clause tells a trouble ('stole card
    details through a compromised third-party script'), not one only used ('sells most of
    its books on a third-party platform')."""
    return any(
        _a_trouble_of_its_clause(sentence, trouble, cue)
        for trouble in sentence.cues_labelled(*TROUBLE_CUES)
    )


def _a_trouble_of_its_clause(sentence: Sentence, trouble: Cue, cue: Cue) -> bool:
    """A trouble told in the cue's clause, before it, or after it ('a third-party platform
    used by its call centres was breached'), with no relative pronoun between them ('stole
    data from X, which sells on a third-party platform')."""
    if sentence.clause_of(trouble.start) != sentence.clause_of(cue.start):
        return False
    first, last = (trouble.end, cue.start) if trouble.end <= cue.start else (cue.end, trouble.start)
    return not any(token.tag_ in RELATIVE_TAGS for token in sentence.span.doc[first:last])


def _names_no_route_in(sentence: Sentence, cue: Cue) -> bool:
    """'an email posing as a supplier', 'alerted to it by its payment provider', 'brought in
    staff from an outside contractor': the supplier is what the trick wore, who told of the
    attack or who helped after it, not a supplier through which the victim was hit; nor is
    one said to run what the sentence only says carried on ('bin collections, run by a
    contractor, were not affected')."""
    if cue.label != ROUTE_LABEL:
        return False
    if any(
        other.start < cue.start and cue.start - other.end <= NO_ROUTE_REACH
        for other in sentence.cues_labelled(*NO_ROUTE_LABELS)
    ):
        return True
    spared = sentence.cues_labelled("unaffected")
    # only the supplier patterns that open on a participle name who runs a service ("run by a
    # contractor"); a route word ("through its vendor") says how the attack came in
    runs_it = sentence.span.doc[cue.start].tag_ == "VBN"
    return (
        runs_it
        and bool(spared)
        and not any(
            not any(s.start <= trouble.start and trouble.end <= s.end for s in spared)
            for trouble in sentence.cues_labelled(*TROUBLE_CUES)
        )
    )


# the kinds an attempt stopped before it worked ("unable to deploy ransomware") still attests
ATTACK_TYPE_CUES = (
    CYBER_CUE,
    "type_ransomware",
    RANSOM_CUE,
    "type_social_engineering",
    DATA_BREACH_CUE,
)


def _labels_the_attacker(sentence: Sentence, cue: Cue) -> bool:
    return cue.label in RANSOM_CUES and sentence.in_attacker_label(cue.start, cue.end)


def _campaign_kinds(
    layout: Layout, organisations: Organizations, key: str, cues: Cues
) -> frozenset[str]:
    """Where a sentence lists the victim among others ('Other victims include X, Y and Z',
    'Among its other victims were X'), the kinds of the campaign it, the sentence before it
    and the one after it in its paragraph tell: a ransomware gang's victims were hit by
    ransomware, victims of a gang that 'has stolen data from a dozen firms' lost data. A
    neighbour that names a victim outside the list may tell that victim's own trouble ('X
    said hackers had also stolen the payroll records of its staff'): of it only the gang's
    kind counts ('X is the latest victim of the Lessingham ransomware gang'). What the
    victim's own words deny or say was prevented ('..., which said the gang had been unable
    to deploy ransomware on its network') it does not take."""
    kinds: set[str] = set()
    ties = organisations.ties[key]
    for index in ties:
        sentence = layout.sentences[index]
        if not sentence.calls_victims(cues):
            continue
        listed = {k for k, tied in organisations.ties.items() if index in tied}
        outside = {
            mention.sentence
            for k in organisations.victims
            if k not in listed
            for mention in organisations.candidates[k].named_mentions
        }
        # the campaign is told just before the list, often in a paragraph of its own, or
        # just after it in the list's paragraph
        told = [sentence, *layout.sentences[max(index - 1, 0) : index]]
        if index + 1 < len(layout.sentences):
            following = layout.sentences[index + 1]
            if following.paragraph == sentence.paragraph:
                told.append(following)
        own_kind = bool(type_labels(sentence) & (ATTACK_KINDS | {SOCIAL_ENGINEERING_CUE}))
        for campaign in told:
            if campaign.index in outside:
                # another victim's sentence: only the gang it names, and only for a list
                # that tells no kind of its own ('Other victims of the phishing campaign')
                if not own_kind and _names_a_ransomware_attacker(campaign):
                    kinds.add(RANSOMWARE_CUE)
                continue
            if _names_a_ransomware_attacker(campaign):
                kinds.add(RANSOMWARE_CUE)
            kinds |= type_labels(campaign)
            if tells_of_a_data_theft(campaign):
                kinds.add(DATA_BREACH_CUE)
    own_denials = (
        cue.label
        for i in ties
        for cue in _kinds_denied(layout.sentences[i])
        if _denial_of(organisations, layout.sentences[i], cue) in {key, None}
    )
    return frozenset(kinds - set(own_denials))


def _denial_of(organisations: Organizations, sentence: Sentence, cue: Cue) -> str | None:
    """Whose the denial is: the listed victim a relative clause on it tells it of ('Y and Z,
    which said the gang had been unable to deploy ransomware'), else every victim the
    sentence ties (None: 'police said the gang had been unable to deploy ransomware at
    either firm')."""
    doc = sentence.span.doc
    named = [
        (mention.end, key)
        for key in organisations.victims
        for mention in organisations.candidates[key].named_mentions
        if mention.sentence == sentence.index and mention.end <= cue.start
    ]
    if not named:
        return None
    end, key = max(named)
    opens_its_clause = (
        end + 1 < cue.start and doc[end].text == "," and doc[end + 1].tag_ in RELATIVE_TAGS
    )
    return key if opens_its_clause else None


def _kinds_denied(sentence: Sentence) -> list[Cue]:
    """The kinds a sentence says did not happen or were prevented."""
    return [cue for cue in sentence.cues_labelled(*TYPE_CUES) if _kind_denied(sentence, cue)]


def _kind_denied(sentence: Sentence, cue: Cue) -> bool:
    """A kind told as not having happened ('no files were encrypted', 'no evidence that
    ransomware was deployed') or as prevented ('unable to deploy ransomware')."""
    return (
        _governed(sentence, cue, "negation", TYPE_NEGATION_REACH)
        or denies_evidence_of(sentence, cue)
        or _governed(sentence, cue, "prevented")
    )


def _kinds_read(section: _Section, article: ArticleKinds, present: ArticleKinds) -> ArticleKinds:
    """The article's kinds an incident's types are read beside: another organisation's
    earlier incident, recalled as a failure with no word of an attack, beside its own words
    alone ('Y's IT meltdown in 2022' in a story of ransomware was no attack; 'a similar
    attack on Y' was the story's kind), and so is a victim of a listed campaign of failures
    ('Victims of the outage include X'); the story's victim beside the present's."""
    if section.recalled and _only_a_failure_told(section.sentences):
        return ArticleKinds.of(section.sentences)
    if OUTAGE_LABEL in section.campaign and not section.campaign & ATTACK_KINDS:
        return ArticleKinds(cyber=False, attack_denied=False)
    return present if section.recalling else article


def _names_a_ransomware_attacker(sentence: Sentence) -> bool:
    """'the ransomware gang that hit the city': no type of this incident, but the attackers
    the story tells of use ransomware."""
    return any(
        _labels_the_attacker(sentence, cue) for cue in sentence.cues_labelled(RANSOMWARE_CUE)
    )


def _modal_before(sentence: Sentence, cue: Cue) -> bool:
    """A scam under a modal is a risk the breach leaves behind, not how it happened: 'the
    hackers could use this data for phishing attacks', 'phishing attempts may follow', 'staff
    will receive convincing phishing emails'."""
    clause = sentence.clause_of(cue.start)
    start, end = sentence.clause_bounds(clause)
    doc = sentence.span.doc
    if any(token.tag_ == "MD" for token in doc[start : cue.start]):
        return True
    # the scam as the subject: its verb is the first finite one after it
    verb = next((t for t in doc[cue.end : end] if t.tag_ in FINITE_TAGS), None)
    return verb is not None and verb.tag_ == "MD" and verb.lower_ in RISK_MODALS


def _governed(
    sentence: Sentence,
    cue: Cue,
    label: str,
    reach: int | None = None,
    across_verbs: bool = False,
) -> bool:
    """Whether a `label` cue of the clause governs `cue`: it holds the cue, or stands before
    it within `reach` tokens (the cue's own scope in cues.json unless given: "unable to
    deploy ransomware", "a wave of ransomware attacks") with no verb between them but one of
    attribution ("caused by", "linked to", "the result of"), or any verb `across_verbs`
    (advice governs its own verb's object: "never type your password into a fake page")."""
    clause = sentence.clause_of(cue.start)
    doc = sentence.span.doc
    for other in sentence.cues_labelled(label):
        if other.start <= cue.start and cue.end <= other.end:
            return True  # a pattern may span clauses: "shut them out before any were encrypted"
        if sentence.clause_of(other.start) != clause:
            continue
        if not other.governs(cue.start, cue.end):
            continue
        gap = doc[other.end : cue.start]
        limit = reach if reach is not None else other.scope.reach
        if (
            other.end <= cue.start
            and (limit is None or len(gap) <= limit)
            and (
                across_verbs
                or not any(
                    token.pos_ == "VERB" and token.lemma_.lower() not in ATTRIBUTION_VERBS
                    for token in gap
                )
            )
        ):
            return True
    return False


def _without_possessive(name: str) -> str:
    return re.sub(r"['’]s?$", "", name).strip()


def _organization(candidate: OrgCandidate, layout: Layout, ties: list[int]) -> Organization:
    spellings = {_without_possessive(m.surface) for m in candidate.names} - {""}
    # the name set in capitals ("GREGGS says ...") is the same name, not an alias; nor is the
    # name without the 's it keeps ("Jimmy John's"), which would be its founder's
    name = _without_possessive(candidate.name)
    aliases = sorted(
        s for s in spellings if s not in {name, candidate.name} and s != candidate.name.upper()
    )
    counted = [m for m in candidate.mentions if m.bystander is None]
    if candidate.entry is not None:
        sector = "retail" if candidate.entry.is_retail else None
    else:
        described = any(
            m.anaphor and m.surface.lower().split()[-1] in RETAIL_HEADS for m in candidate.mentions
        )
        sector = "retail" if described else None
    evidence = [layout.sentences[i].evidence for i in ties[:EVIDENCE_LIMIT]]
    return Organization(candidate.name, aliases, len(counted), sector, evidence)


def _confidence(candidate: OrgCandidate, role: Role, ties: int, services: int) -> float:
    score = 0.4 + min(ties, 4) * 0.08 + min(services, 3) * 0.04
    if candidate.entry is not None:
        score += 0.1
    if role is Role.PRIMARY:
        score += 0.1
    return round(min(score, 0.99), 2)


def build_incidents(
    doc: Doc,
    layout: Layout,
    rules: Rules,
    organisations: Organizations,
    observations: list[Observation],
    dates: list[FoundDate],
    published: date | None = None,
) -> list[Incident]:
    now = published.isoformat() if published else UNKNOWN_NOW
    # the sentences that tell an earlier incident by its year ("In 2022 X disclosed that
    # hackers had stolen ..."): beside a trouble of the story's own, they tell none of it
    recalling = _recalling_sentences(dates, now, rules.cues.earlier_incident_markers)
    article = ArticleKinds.of(layout.sentences)
    # the story's victim reads its kinds beside the earlier incidents it recalls; another
    # organisation's recalled incident is often why the story names it ("In 2018 Y
    # disclosed that hackers had stolen staff records"), so its kinds stand
    present = (
        ArticleKinds.of([s for s in layout.sentences if s.index not in recalling])
        if recalling
        else article
    )
    by_org: dict[str, list[Observation]] = {key: [] for key in organisations.victims}
    names = _named_spans(organisations)
    for observation in observations:
        if _inside_a_name(observation, names, rules.cues.speech_verbs):
            continue
        for owner in organisations.orgs_at(observation.sentence, observation.start):
            if owner in by_org:
                by_org[owner].append(observation)
    # a delivery's service is known only once its owner is: a supplier's deliveries, and
    # those another makes to it, are its stock and supply, not home delivery
    supply = rules.services[first_entry_of(rules, Service.STOCK_AND_SUPPLY)]
    for key in organisations.victims:
        others = _named_elsewhere(organisations, key)
        supplier = _supplies_businesses(organisations.candidates[key], rules)
        by_org[key] = [
            _as_supply(o, supply, rules) if supplier or _inbound(o, others) else o
            for o in by_org[key]
        ]
    echoes = _echo_troubles(layout, organisations, by_org, rules.cues)
    dates_by_org: dict[str, list[FoundDate]] = {k: [] for k in organisations.victims}
    for mention in dates:
        for owner in organisations.orgs_at(mention.sentence, mention.span.start):
            if owner in dates_by_org:
                dates_by_org[owner].append(mention)
    for key, echo in echoes.items():
        dates_by_org[key] = [_dated_by_the_echo(found, echo) for found in dates_by_org[key]]
    echoed = {key: echo.other for key, echo in echoes.items()}

    campaign_lists = _campaign_lists(layout, rules.cues)
    service_words = ServiceWords(
        rules.covered_services,
        rules.covering_words,
        rules.cues.contrast_words,
        rules.cues.partitive_words | rules.cues.remainder_words | rules.cues.part_count_nouns,
    )
    recalled = {
        key
        for key in organisations.victims
        if key != organisations.primary
        and _recalled(organisations.ties[key], layout, dates, rules.cues.recall_markers, now)
    }
    sections = {
        key: _Section.of(
            key,
            organisations,
            layout,
            by_org,
            dates_by_org,
            now,
            key in recalled,
            recalling if key == organisations.primary else frozenset(),
            rules.cues.rest_words,
            rules.cues,
            campaign_lists,
        )
        for key in organisations.victims
    }
    # A retailer hit through a supplier takes the supplier's kind of attack, whichever of
    # the two the article names first: the providers' own types are settled before anyone's.
    _share_stolen_data(organisations, sections, rules.cues)
    provider_types: set[str] = set()
    for key in organisations.victims:
        if key in organisations.providers:
            kinds = _kinds_read(sections[key], article, present)
            provider_types.update(sections[key].types(organisations, kinds, set(), rules.cues))
    _share_outage_start(organisations, sections, rules.cues)
    types = {
        key: sections[key].types(
            organisations, _kinds_read(sections[key], article, present), provider_types, rules.cues
        )
        for key in organisations.victims
    }
    _share_the_storys_kinds(organisations, sections, types, rules.cues)
    _share_the_echoed_kinds(echoed, types)
    incidents = []
    for key in organisations.victims:
        section = sections[key]
        candidate = organisations.candidates[key]
        role = Role.PRIMARY if key == organisations.primary else Role.RELATED
        # data of no stated kind taken compromises data, but no service ('some data')
        owned = [o for o in section.observations if not o.unowned]
        # a claim keeps what it says of its own part ('staff email is back'); the
        # service's state weighs the part against the whole told down
        states = _states(_parts_back(owned, section.dates, now), section.dates, now, service_words)
        services = [
            ServiceImpact(
                service.value,
                sequence[-1].mention,
                sequence[-1].status.value,
                sequence[-1].sentence.evidence,
                _history(sequence, section.dates),
            )
            for service, sequence in sorted(states.items(), key=lambda item: SERVICE_ORDER[item[0]])
            if sequence[-1].status is not None
        ]
        incidents.append(
            Incident(
                organization=_organization(candidate, layout, section.ties),
                role=role.value,
                incident_types=types[key],
                dates=[
                    date_mention(found)
                    for found in sharpen_starts(
                        sorted(section.dates, key=lambda f: f.span.start_char)
                    )
                ],
                services=services,
                restoration_claims=_claims(doc, rules, section.observations, section.dates),
                data_compromised=section.data,
                confidence=_confidence(candidate, role, len(section.ties), len(services)),
            )
        )
    return incidents


def _named_spans(organisations: Organizations) -> dict[int, list[tuple[int, int]]]:
    """The token spans that name an organisation, by sentence."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for candidate in organisations.candidates.values():
        for mention in candidate.mentions:
            if not mention.anaphor:
                spans.setdefault(mention.sentence, []).append((mention.start, mention.end))
    return spans


def _inside_a_name(
    observation: Observation,
    names: dict[int, list[tuple[int, int]]],
    speech_verbs: frozenset[str],
) -> bool:
    """A service word in a name ('Hollins Garden Supplies', 'Tarrow Pharmacy') tells no
    state of the service, whatever label the model gave the name; unless the name ends in
    it and is the subject of the words that gave the state ('Wexford Stores reopened on
    Monday', 'The Kelso Network, a broadband provider, was down'): then the name is the
    service's too. Being hit is the organisation's ('Tarrow Pharmacy was hit by ...')."""
    return observation.service is not None and any(
        start <= observation.start
        and observation.end <= end
        and end - start > observation.end - observation.start
        and not (observation.end == end and _subject_of_its_state(observation, start, speech_verbs))
        for start, end in names.get(observation.sentence.index, [])
    )


def _subject_of_its_state(
    observation: Observation, name_start: int, speech_verbs: frozenset[str]
) -> bool:
    """The name opens no phrase of another's ('Customers of X Network were left without
    ...') and is joined to the words of the state by auxiliaries, adverbs or an aside, which
    take no object of their own ('X Terminals has suspended operations' pauses the
    operations, not terminals), or says it of itself ('X Pharmacy said it hoped to reopen
    on Wednesday')."""
    sentence = observation.sentence
    doc = sentence.span.doc
    before = name_start - 1  # past a description: "of satellite broadcaster X Network"
    while before > sentence.span.start and doc[before].pos_ in DESCRIBING_POS:
        before -= 1
    if before >= sentence.span.start and doc[before].pos_ == "ADP":
        return False
    stated = [
        cue
        for cue in sentence.cues
        if cue.end == observation.anchor and cue.start >= observation.end
    ]
    if not stated or any(
        cue.label == VICTIM_LABEL and cue.start >= stated[0].start for cue in sentence.cues
    ):
        return False
    index = observation.end
    if index < len(doc) and doc[index].text == ",":  # an aside: "X, a broadband provider,"
        closing = next((t.i for t in doc[index + 1 : stated[0].start] if t.text == ","), None)
        index = closing + 1 if closing is not None else index
    if doc[stated[0].start].pos_ == "NOUN":
        return False  # "X Network outage": a compound, no state the name takes
    after = doc[stated[0].end] if stated[0].end < sentence.span.end else None
    if after is not None and after.pos_ in OBJECT_POS:
        return False
    between = list(doc[index : stated[0].start])
    if between and between[0].lemma_.lower() in speech_verbs:
        # "said it hoped to", "said that it expected to": the name's saying of itself
        said = [t for t in between[1:] if t.lower_ != "that"]
        if not said or said[0].lower_ not in SELF_PRONOUNS:
            return False
        between = said[1:]
    return all(
        t.pos_ in SUBJECT_LINK_POS or LINKING_LEMMAS & {t.lemma_.lower(), t.lower_} for t in between
    )


SUBJECT_LINK_POS = frozenset({"AUX", "ADV", "PART"})  # "is working again", "was down"
# "Tarrow Pharmacy remained closed", "said it hoped to reopen", "expects to reopen"
# and "hoped", which the model's lemmatizer reads as "hop"
LINKING_LEMMAS = frozenset({"remain", "stay", "hope", "hoped", "expect", "plan", "aim", "intend"})
SELF_PRONOUNS = frozenset({"it", "we"})
OBJECT_POS = frozenset({"DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"})  # what a verb takes
DESCRIBING_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "NUM"})


def _share_outage_start(
    organisations: Organizations, sections: dict[str, _Section], cues: Cues
) -> None:
    """One outage shared by a supplier and the retailers hit through it began on one day,
    told beside whichever of them the article names: the supplier's day, else a customer's
    ("shoppers at X were left digging for cash on Friday after an outage at processor Y"
    dates Y's outage too); not a provider's earlier incident the story recalls. A member
    with no start takes the earliest; a start it gives only as a period ("the second outage
    at a card processor this year") yields to that day when the day lies inside the period,
    and stays otherwise ("in May" beside a customer's June)."""
    # a provider's earlier incident the story only recalls ("The attack follows one on the
    # wholesaler Y earlier this year") is no outage it shares
    providers = [
        key for key in sections if key in organisations.providers and not sections[key].recalled
    ]
    sharing = [
        key
        for key, section in sections.items()
        if key in organisations.providers
        or _through_provider(organisations, section, cues)
        # "stolen after hackers broke into a platform run by one of its outside suppliers", the
        # contractor named only later: its own words tell the route in
        or (providers and not section.recalled and _tells_its_route(section))
    ]
    for key in providers:  # "its servers went down on Tuesday" dates the supplier's outage
        sections[key].dates = first_trouble_day_as_start(sections[key].dates)
    shared = (
        _starts(sections, providers, days_only=True)
        or _starts(sections, sharing, days_only=True)
        or _starts(sections, providers, days_only=False)
    )
    if not shared:
        return
    earliest = min(shared, key=lambda f: (f.value or "", f.span.start))
    for key in sharing:
        own = _starts(sections, [key], days_only=False)
        # a period a member gives itself yields only to a day inside it: "in May" stays when
        # the customer's day is a Friday in June
        day = earliest.resolved.granularity is Granularity.DAY
        if not own or (
            day
            and all(_within(earliest, period) for period in own)
            and not any(f.resolved.granularity is Granularity.DAY for f in own)
        ):
            sections[key].dates = [*sections[key].dates, earliest]


def _tells_its_route(section: _Section) -> bool:
    return any(ROUTE_LABEL in type_labels(sentence) for sentence in section.sentences)


def _share_stolen_data(
    organisations: Organizations, sections: dict[str, _Section], cues: Cues
) -> None:
    """A supplier broken into held the data its customers lost ("staff were told their bank
    details were stolen after hackers broke into payroll provider X"): data told stolen from
    a victim hit through the supplier, in a sentence that names the supplier, was stolen
    from the supplier's systems too, unless the supplier tells its own data apart ("no data
    was taken from its own systems"). A theft told apart from the supplier ("its customers'
    addresses were stolen", with X named elsewhere) may be the victim's own."""
    clients = [
        key
        for key, section in sections.items()
        if key not in organisations.providers and _through_provider(organisations, section, cues)
    ]
    for key in organisations.providers & sections.keys():
        section = sections[key]
        if section.data is not None or section.recalled:
            continue
        named_in = {m.sentence for m in organisations.candidates[key].named_mentions}
        stolen = [
            observation
            for client in clients
            for observation in sections[client].observations
            if observation.status is Status.COMPROMISED
            and observation.service in DATA_SERVICES
            and observation.sentence.index in named_in
        ]
        if stolen:
            section.observations = [*section.observations, *stolen]
            section.data = True


def _after_the_period(day: FoundDate, period: FoundDate) -> bool:
    """The day begins after the whole period has ended: the Easter weekend is not after
    'last month', Thursday is after Monday."""
    begins, value = period.resolved.value, day.resolved.value
    if begins is None or value is None:
        return False
    return value > period_end(begins, period.resolved.granularity)


def _within(day: FoundDate, period: FoundDate) -> bool:
    begins, value = period.resolved.value, day.resolved.value
    if begins is None or value is None:
        return False
    return begins <= value <= period_end(begins, period.resolved.granularity)


def _starts(sections: dict[str, _Section], keys: list[str], days_only: bool) -> list[FoundDate]:
    return [
        found
        for key in keys
        for found in start_dates(sections[key].dates)
        if not days_only or found.resolved.granularity is Granularity.DAY
    ]


@dataclass
class _Section:
    """What one victim owns in the article: its sentences, observations and dates."""

    key: str
    ties: list[int]
    sentences: list[Sentence]
    observations: list[Observation]
    dates: list[FoundDate]
    data: bool | None
    recalled: bool  # the story only recalls this victim's earlier incident
    # the sentences that tell an earlier incident by its year ("In 2022 X disclosed that
    # hackers had stolen ..."), beside a trouble of this one's own: their kinds are that
    # incident's
    recalling: frozenset[int] = frozenset()
    # the kinds of the campaign whose victims a sentence lists this one among
    campaign: frozenset[str] = frozenset()
    # named in a list of a campaign's victims that tells no kind of its own ('Other victims
    # named in the indictment include X, Y and Z'): hit as the story's victim was
    listed: bool = False

    @classmethod
    def of(
        cls,
        key: str,
        organisations: Organizations,
        layout: Layout,
        by_org: dict[str, list[Observation]],
        dates_by_org: dict[str, list[FoundDate]],
        now: str,
        recalled: bool,
        recalling: frozenset[int],
        rest_words: frozenset[str],
        cues: Cues,
        campaign_lists: frozenset[int],
    ) -> _Section:
        ties = organisations.ties[key]
        owned = sorted(
            set(ties) | {i for i, owner in enumerate(organisations.owners) if owner == key}
        )
        dates = dates_by_org[key]
        sentences = [layout.sentences[i] for i in owned]
        if not _tells_its_own([layout.sentences[i] for i in ties], recalling):
            # named with no trouble but the recalled one: the story is that incident's ("X
            # fined over its 2019 breach")
            recalling = frozenset()
        told = _channels_yield(
            _sought_yield(
                _recalled_states_dropped(
                    _recalled_thefts_dropped(
                        _denied_claims_dropped(by_org[key]),
                        dates,
                        now,
                        recalling,
                        cues.earlier_incident_markers,
                    ),
                    dates,
                    now if key == organisations.primary else UNKNOWN_NOW,
                    recalling,
                    cues,
                )
            )
        )
        own = _returns(_future_returns_expected(told, dates, now, rest_words), dates, now, cues)
        return cls(
            key,
            ties,
            sentences,
            own,
            # an earlier incident's day is no start of this one ("Uber has been here before:
            # in 2016, hackers stole data")
            [
                replace(found, role=DateRole.OTHER)
                if found.sentence.index in recalling and found.role is DateRole.INCIDENT_START
                else found
                for found in dates
            ],
            _data_compromised(own),
            recalled,
            recalling,
            _campaign_kinds(layout, organisations, key, cues),
            any(i in campaign_lists for i in ties),
        )

    def types(
        self,
        organisations: Organizations,
        article: ArticleKinds,
        provider_types: set[str],
        cues: Cues,
    ) -> list[str]:
        through = _through_provider(organisations, self, cues)
        # a provider in its own right hit by the same trouble as the story's other victims is
        # a client here ("Another courier, X, was hit by the same fault")
        shared = any(_shares_the_trouble(s, cues) for s in self.sentences)
        serving = self.key in organisations.providers and not (through and shared)
        # an earlier incident recalled beside this one tells none of this one's kinds
        sentences = [s for s in self.sentences if s.index not in self.recalling]
        return _types(
            sentences, serving, self.data, article, through, provider_types, self.campaign
        )


# kinds that tell no kind of attack or failure: an attack, data taken, a route in
UNSPECIFIC_KINDS = frozenset(
    {
        IncidentType.CYBER_ATTACK.value,
        IncidentType.DATA_BREACH.value,
        IncidentType.THIRD_PARTY.value,
    }
)


def _share_the_storys_kinds(
    organisations: Organizations,
    sections: dict[str, _Section],
    types: dict[str, list[str]],
    cues: Cues,
) -> None:
    """A victim hit by 'the same' trouble as the story's ('a small number of its stores had
    been hit by the same issue') had the primary's kind of trouble, and its route in; what
    data it lost is its own, and so is a route through the primary ('hit by the same outage'
    at the provider the story is about). A victim of a list that tells no kind ('Other
    victims named in the indictment include X') and has none of its own was hit by the
    story's kind of attack, through no route of the primary's."""
    primary = organisations.primary
    if primary not in types:
        return
    shared = [kind for kind in types[primary] if kind != IncidentType.DATA_BREACH.value]
    for key, section in sections.items():
        if key == primary or section.recalled:
            continue
        own = {IncidentType.DATA_BREACH.value, IncidentType.THIRD_PARTY.value} & set(types[key])
        if key not in organisations.providers and any(
            _shares_the_trouble(s, cues) for s in section.sentences
        ):
            kinds = {*shared, *own}
        elif section.listed and not set(types[key]) - UNSPECIFIC_KINDS:
            # the campaign's kind, not the story's victim's route in
            kinds = {*shared, *own} - ({IncidentType.THIRD_PARTY.value} - own)
        else:
            continue
        types[key] = _ordered_types(kinds)


ECHO_REACH = 1  # sentences back from an echo to the trouble it points at (as layout reads it)
ECHOED_STATUSES = DOWN_STATUSES | {Status.COMPROMISED}  # a trouble, not a return or a calm


class Echo(NamedTuple):
    other: str  # the victim whose trouble it points back at
    cue: Cue
    sentence: int


def _dated_by_the_echo(found: FoundDate, echo: Echo) -> FoundDate:
    """'Pennant Shoes followed suit on Wednesday': the day after an echo of a trouble is the
    day its victim's trouble began."""
    if found.sentence.index == echo.sentence and found.span.start >= echo.cue.end:
        return replace(found, role=DateRole.INCIDENT_START)
    return found


def _echo_troubles(
    layout: Layout,
    organisations: Organizations,
    by_org: dict[str, list[Observation]],
    cues: Cues,
) -> dict[str, Echo]:
    """'Harlow & Vane suspended online orders on Monday. Kestrel Home followed suit on
    Tuesday': a victim whose trouble is told only by pointing back at another's (a victim cue
    holding one of the 'echo_words': 'followed suit', 'did the same', 'had the same
    problem', 'was similarly affected'), its name before the echo and no service of its own
    told there, had the troubles the other's nearest sentence tells (the echo's own, before
    it, or the one before), dated and evidenced by the echo (layout._read_echoes keeps only
    echoes of a trouble just told). Returns each such victim's echo."""
    echoed: dict[str, Echo] = {}
    for key in organisations.victims:
        for index in organisations.ties[key]:
            sentence = layout.sentences[index]
            echo = _echo_of(sentence, organisations, key, cues)
            if echo is None or any(o.sentence.index == index for o in by_org[key]):
                continue
            # the echo's own sentence first ('X's tills failed on Monday, and Y had the same
            # problem'), then the one before it
            for back in range(index, max(index - 1 - ECHO_REACH, -1), -1):
                told = {
                    other: [
                        o
                        for o in observations
                        if o.sentence.index == back
                        and o.status in ECHOED_STATUSES
                        and o.start < echo.start
                    ]
                    for other, observations in by_org.items()
                    if other != key
                }
                told = {other: found for other, found in told.items() if found}
                if not told:
                    continue
                other = min(told, key=lambda k: min(o.start for o in told[k]))
                by_org[key].extend(
                    replace(o, sentence=sentence, start=echo.start, end=echo.end, exceptions=())
                    for o in told[other]
                )
                echoed[key] = Echo(other, echo, index)
                break
    return echoed


def _echo_of(sentence: Sentence, organisations: Organizations, key: str, cues: Cues) -> Cue | None:
    """The cue of `sentence` that echoes another's trouble right after `key`'s name: the
    name nearest before it past any aside set off by commas ('X cancelled its trains, and Y
    followed suit' and 'Y, a chain that also uses X, was in the same position' are Y's)."""
    echoes = sentence.echoes(cues)
    if not echoes:
        return None  # most of the sentences tying a victim
    ends = {
        m.end: k
        for k in organisations.victims
        for m in organisations.candidates[k].mentions
        if m.sentence == sentence.index
    }
    doc = sentence.span.doc
    for cue in echoes:
        index = cue.start
        while index > sentence.span.start and index not in ends:
            index -= 1
            if doc[index].text == ",":
                opening = next(
                    (t.i for t in reversed(doc[sentence.span.start : index]) if t.text == ","),
                    None,
                )
                if opening is None:
                    break  # a clause before the comma, no aside: "..., and Y followed suit"
                index = opening
        if ends.get(index) == key:
            return cue
    return None


def _share_the_echoed_kinds(echoed: dict[str, str], types: dict[str, list[str]]) -> None:
    """An echo's victim had the kind of trouble of the one it echoes, and its route in; the
    data it lost is its own."""
    for key, other in echoed.items():
        if key in types and other in types:
            kinds = set(types[other]) - {IncidentType.DATA_BREACH.value}
            types[key] = _ordered_types(kinds | set(types[key]))


SAME_TROUBLE = ("the", "same")  # "hit by the same fault": the trouble told of another
SHARED_TROUBLE_REACH = 2  # "the same software fault": words after "same" up to the trouble


def _shares_the_trouble(sentence: Sentence, cues: Cues) -> bool:
    """'was hit by the same fault', 'had the same problem': the trouble is the one told of
    another victim (`cause_failures`, `cause_attacks`), one the subject suffered (one of the
    `same_trouble_links` before it), not one it prepared for or escaped, nor the subject
    ('The same outage also closed a hospital')."""
    troubles = cues.cause_failures | cues.cause_attacks
    words = list(sentence.span)
    return any(
        (words[index - 1].lower_, word.lower_) == SAME_TROUBLE
        and index > 1
        and words[index - 2].lower_ in cues.same_trouble_links
        and any(t.lower_ in troubles for t in words[index + 1 : index + 1 + SHARED_TROUBLE_REACH])
        for index, word in enumerate(words)
        if index > 0
    )


def _claims(
    doc: Doc,
    rules: Rules,
    observations: list[Observation],
    dates: list[FoundDate],
) -> list[RestorationClaim]:
    claims: dict[tuple[str | None, str, Evidence], RestorationClaim] = {}
    for o in observations:
        if o.status not in CLAIM_STATUSES:
            continue
        service = None if o.entry is None or o.entry.general else o.entry.service.value
        key = (service, o.status.value, o.sentence.evidence)
        if key in claims:
            continue
        claims[key] = RestorationClaim(
            service=service,
            mention=o.mention,
            status=o.status.value,
            scope=o.scope,
            claimant=claimant(doc, o.sentence, rules.cues.speech_verbs),
            date=date_mention(_claim_date(o.sentence, dates, o.anchor)),
            hedged=o.sentence.has_cue("hedge"),
            evidence=o.sentence.evidence,
        )
    return sorted(
        claims.values(),
        key=lambda c: (c.evidence.start, c.service or "", c.status),
    )


def _denies_a_theft(observation: Observation) -> bool:
    """'no customer data was accessed', "customers' information is safe"."""
    return observation.negated_compromise or (
        observation.service in DATA_SERVICES and observation.status is Status.UNAFFECTED
    )


def _denied_claims_dropped(observations: list[Observation]) -> list[Observation]:
    """The victim's denial outweighs a theft only claimed or reported ('crooks boasted they
    had the details', 'reportedly stolen'): such a theft is no state of the data."""
    denied = {o.service for o in observations if _denies_a_theft(o)}
    return [
        o
        for o in observations
        if not (o.status is Status.COMPROMISED and o.service in denied and _hedged(o))
    ]


def _hedged(observation: Observation) -> bool:
    """A hedge in the clause that tells of the observation ('reports say passwords were
    taken'), not one elsewhere in its sentence ('hackers stole names, and unconfirmed reports
    say ...' leaves the names stolen)."""
    sentence = observation.sentence
    clause = sentence.clause_of(observation.start)
    return any(sentence.clause_of(h.start) == clause for h in sentence.cues_labelled("hedge"))


def _data_compromised(observations: list[Observation]) -> bool | None:
    """Whether customers' or staff's data was taken, as the spec asks. Data of no stated kind
    taken ('data was taken from its servers') is the organisation's data, which holds its
    customers' and staff's, so it counts. Data whose kind the teller withholds ('the intruder
    had obtained some data from its systems', 'certain data', 'some of its data') is how a
    filing says it does not know or will not say whose: not said either way; so is the same
    data told again, in a headline's bare words ('Trust says information accessed in cyber
    attack' above 'criminals had accessed certain information') or pointing back ('what
    data was taken', 'the data that was taken'), but not bare data the story's body tells
    besides ('had stolen 2TB of data ... Some data has been published'). Systems broken into
    ('the email accounts of two employees were compromised') tell no data taken by
    themselves."""
    taken = [
        o
        for o in observations
        if o.status is Status.COMPROMISED and o.service is not Service.INTERNAL_SYSTEMS
    ]
    if any(not o.unowned for o in taken):
        return True
    withheld = [o for o in taken if o.withheld]
    if withheld and all(o.withheld or o.sentence.is_title or _points_back(o) for o in taken):
        return None
    if taken:
        return True
    return False if any(_denies_a_theft(o) for o in observations) else None


def _points_back(observation: Observation) -> bool:
    """Data named with a definite or interrogative determiner ('the data', 'what data',
    'this information'): data told before."""
    doc = observation.sentence.span.doc
    return observation.start > 0 and points_back(doc[observation.start - 1])


CLAUSE_OPENING_MARKS = frozenset({":", ";"})


def _tells_its_own(sentences: list[Sentence], recalling: frozenset[int]) -> bool:
    """Beside the sentences that recall an earlier incident, the story tells a trouble of
    its own: a service down ('its website has been unavailable since Monday') or a kind of
    incident the recall does not tell; else the recalled incident is the story's ('X fined
    over a data breach ... In 2019, hackers stole card details')."""
    if not recalling:
        return False
    recalled = [s for s in sentences if s.index in recalling]
    recalled_kinds = set().union(*(type_labels(s) for s in recalled))
    if any(tells_of_a_data_theft(s) for s in recalled):
        recalled_kinds.add(DATA_BREACH_CUE)  # "hackers stole card details": a breach
    return any(
        sentence.cues_labelled(*SERVICE_DOWN_CUES) or type_labels(sentence) - recalled_kinds
        for sentence in sentences
        if sentence.index not in recalling
    )


def _recalled_thefts_dropped(
    observations: list[Observation],
    dates: list[FoundDate],
    now: str,
    recalling: frozenset[int],
    markers: frozenset[str],
) -> list[Observation]:
    """A theft told with an earlier incident named by its year ('revived memories of its
    2013 breach, when hackers stole card details'), or in a sentence that opens on the year
    ('In 2021 X disclosed that hackers had stolen ...', 'It is not the first time: in 2019,
    hackers stole ...'), a year or more before the news, is that incident recalled when the
    news denies a theft or tells a trouble of its own (`recalling`, the sentences that recall
    one beside it, whose every clause is the earlier incident's: 'In 2021, the council was
    hit by ransomware, and criminals published residents' details'): the new incident's
    data is as the rest of the story tells it. An onset years ago ('the attack, which began
    in December 2023') is still this incident."""
    if now == UNKNOWN_NOW or not (recalling or any(_denies_a_theft(o) for o in observations)):
        return observations
    kept = []
    for observation in observations:
        if observation.status is Status.COMPROMISED:
            if observation.sentence.index in recalling:
                continue
            own = _clause_date(observation, dates)
            if own is not None and _recalls_an_earlier_incident(own, now, markers):
                continue
        kept.append(observation)
    return kept


def _recalled_states_dropped(
    observations: list[Observation],
    dates: list[FoundDate],
    now: str,
    recalling: frozenset[int],
    cues: Cues,
) -> list[Observation]:
    """A service's state told of an earlier, separate incident is that incident's: it tells
    neither the service's state now nor that a later 'working normally' is a return. The
    state is dated a year or more before the news (the sentence recalls an incident by its
    year, `recalling`, or the state's own clause ends a year or more before: 'took its
    website offline for a fortnight in 2023'), and its incident is another: the story's own
    began within the year and after the state's time, or words tell it apart (`cues`:
    'It is not the first time: in 2021, it suspended click and collect', 'its previous
    attack, in 2021, forced it to shut its app') in the state's sentence.
    Follow-ups tell their own incident of a year ago with neither ('In January 2024 the
    council took its website offline', in a story of a court case), and a retrospective
    tells every state of it: both keep their states. A state only dated before the story's
    start is not enough: starts are often the day of detection, after the first pauses.
    Only the story's victim is read so (another is often named for the earlier incident it
    recalls), and data keeps its own rules (`_recalled_thefts_dropped`)."""
    if now == UNKNOWN_NOW:
        return observations
    states = [o for o in observations if o.service is not None and o.service not in DATA_SERVICES]
    earlier = [
        o
        for o in states
        # "Card payments, which failed ... last year, were not affected this time": now
        if o.status is not Status.UNAFFECTED
        and (o.sentence.index in recalling or _told_of_an_earlier_year(o, dates, now))
    ]
    recalled = recalling | {o.sentence.index for o in earlier}
    apart = [
        o
        for o in earlier
        if _begins_after(o, dates, now, recalled) or _told_apart(o.sentence, cues)
    ]
    if len(apart) == len(states):
        return observations  # the earlier year is the story's own: a retrospective
    return [o for o in observations if o not in apart]


def _begins_after(
    observation: Observation, dates: list[FoundDate], now: str, recalled: frozenset[int]
) -> bool:
    """The story's own incident began within the year before the news and after the period
    the state is dated to: a start told outside the sentences of earlier states ('detected
    on Saturday', 'down since Sunday'), not the same incident told by its year ('a
    ransomware attack last year' beside 'In January 2024, the attack encrypted its
    servers'; 'Two years ago, X was hit' beside 'In May 2023 criminals encrypted ...')."""
    own = _clause_date(observation, dates) or next(
        (d for d in dates if d.sentence is observation.sentence and d.resolved.value), None
    )
    if own is None or own.resolved.value is None:
        return False
    ends = period_end(own.resolved.value, own.resolved.granularity)
    a_year_before = _a_year_before(now)
    starts = [
        found.resolved.value
        for found in dates
        if found.role is DateRole.INCIDENT_START
        and found.resolved.value is not None
        and found.sentence is not observation.sentence
    ]
    # "the attackers first got in in November 2023": the story's own incident reaches back
    # to the state's time, whatever day it was found
    if any(start <= ends for start in starts):
        return False
    return any(
        found.role is DateRole.INCIDENT_START
        and found.resolved.value is not None
        and found.sentence.index not in recalled
        and found.resolved.value > max(ends, a_year_before)
        for found in dates
    )


def _end_of_its_past_date(observation: Observation, dates: list[FoundDate]) -> date | None:
    """The last day of the period its own clause dates a state told in the past to ('in
    2023': 31 December 2023); none for a span running since."""
    if observation.tense not in (Tense.PAST, Tense.PLUPERFECT):
        return None
    own = _clause_date(observation, dates)
    if own is None or own.resolved.value is None or _since(own):
        return None
    return period_end(own.resolved.value, own.resolved.granularity)


def _a_year_before(now: str) -> date:
    return date.fromisoformat(now) - timedelta(days=365)


def _told_apart(sentence: Sentence, cues: Cues) -> bool:
    """The sentence tells an incident apart from the story's: a word of
    `cues.earlier_incident_markers` just before an incident word ('its previous attack',
    'a similar outage'), or a phrase of `cues.earlier_incident_phrases` ('It is not the
    first time: in 2021, ...'); not the words of other things ('Before sentencing', 'a
    second hearing', 'earlier this month', 'last year's attack', 'Prior to the breach': only
    modifiers stand between the marker and the incident),
    nor another sentence's ('They are also suspected of another attack, on a Dutch firm.'
    before the story's own)."""
    words = " " + " ".join(t.lower_ for t in sentence.span) + " "
    if any(f" {phrase} " in words for phrase in cues.earlier_incident_phrases):
        return True
    doc = sentence.span.doc
    return any(
        token.lower_ in cues.earlier_incident_markers
        and any(
            0 < cue.start - token.i <= MARKED_INCIDENT_REACH
            and all(t.pos_ in INCIDENT_MODIFIER_POS for t in doc[token.i + 1 : cue.start])
            for cue in sentence.cues_labelled("incident")
        )
        for token in sentence.span
    )


MARKED_INCIDENT_REACH = 3  # "a similar ransomware attack", "its previous cyber attack"
# what may stand between a marker and its incident: "previous major cyber attack", not "Prior
# to the breach"
INCIDENT_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN"})


def _told_of_an_earlier_year(observation: Observation, dates: list[FoundDate], now: str) -> bool:
    """A past state whose own clause's date ends a year or more before the news ('in 2023';
    'last year' in a story of January ends in December, less than a year before)."""
    ends = _end_of_its_past_date(observation, dates)
    return ends is not None and ends <= _a_year_before(now)


def _recalling_sentences(
    dates: list[FoundDate], now: str, markers: frozenset[str]
) -> frozenset[int]:
    """The sentences whose every date recalls an earlier incident ('In 2021, the council was
    hit by ransomware, and criminals published ...'); not one that also holds a day of this
    story ('the attack on Monday was far larger than its 2019 data breach', 'In December
    2023 hackers broke in, but it only found out this month'), which ties the two."""
    by_sentence: dict[int, list[bool]] = {}
    for found in dates:
        if found.value is not None:
            recalls = _recalls_an_earlier_incident(found, now, markers)
            by_sentence.setdefault(found.sentence.index, []).append(recalls)
    return frozenset(index for index, recalls in by_sentence.items() if all(recalls))


def _recalls_an_earlier_incident(found: FoundDate, now: str, markers: frozenset[str]) -> bool:
    """A date a year or more before the news that names an incident ('its 2013 data
    breach', 'a separate attack in September 2022') or opens its sentence ('In 2021 X
    disclosed that ...'): what it dates is an earlier incident the story recalls."""
    if now == UNKNOWN_NOW or found.value is None:
        return False
    a_year_before = _a_year_before(now).isoformat()
    return found.value <= a_year_before and (
        _names_an_incident(found, markers) or _a_date_fronting_its_sentence(found)
    )


def _a_date_fronting_its_sentence(found: FoundDate) -> bool:
    """The date comes before any word but prepositions, determiners and adverbs, at the
    sentence's start or after a colon or semicolon ('In 2021 X disclosed ...', 'Back in 2018,
    ...', 'Not the first time: in 2019, ...'): it dates everything the sentence goes on to
    tell."""
    doc = found.span.doc
    for token in reversed(doc[found.sentence.span.start : found.span.start]):
        if token.text in CLAUSE_OPENING_MARKS:
            return True
        if token.pos_ not in {"ADP", "DET", "ADV"}:  # "Back in 2018,"
            return False
    return True


def _names_an_incident(found: FoundDate, markers: frozenset[str]) -> bool:
    """'its 2013 data breach', 'the 2019 attack': the date names an incident it modifies;
    set off after an incident told apart ('its previous attack, in 2021,', 'a separate
    attack in September 2022'), it dates that incident. Not after the story's own ('The
    attack, in early 2024, knocked out its billing system')."""
    after = found.span.end
    doc = found.span.doc
    return any(
        cue.label == "incident"
        and (
            after <= cue.start <= after + 1
            or (
                cue.start > 0
                and doc[cue.start - 1].lower_ in markers
                and _set_off_after(cue.end, found)
            )
        )
        for cue in found.sentence.cues
    )


# the words between an incident told apart and a date set off after it: "attack, in 2021",
# "breach, 2019", "attack in September 2022"
APPOSITION_OPENINGS = (",",), (",", "in"), ("in",)


def _set_off_after(end: int, found: FoundDate) -> bool:
    """The date follows the incident ending at `end` after one of APPOSITION_OPENINGS."""
    words = tuple(t.lower_ for t in found.span.doc[end : found.span.start])
    return words in APPOSITION_OPENINGS

"""Load and validate the rule data in `rules/` (gazetteers, service lexicon, cues).

Rules are data; this module is the only place that reads them, and it rejects
unknown keys, unknown taxonomy values and duplicate aliases at load time so a
typo in a data file fails loudly instead of silently matching nothing.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .matching import CONTEXT, split_context
from .taxonomy import Service, Status

if TYPE_CHECKING:
    from spacy.tokens import Token

RETAIL_FACING_SECTORS = frozenset({"supplier", "software", "logistics", "payments"})
RETAIL_SECTORS = frozenset(
    {
        "grocery",
        "fashion",
        "department_store",
        "diy",
        "pharmacy",
        "convenience",
        "ecommerce",
        "restaurant",
        "car_dealer",
        "electronics",
        "home",
        "sports",
        "beauty",
        "luxury",
        "general_merchandise",
    }
)
# neither a retailer nor a supplier to merchants: a bank of the public's accounts and cards,
# its own organisation beside the group that owns it
CONSUMER_BANKING_SECTORS = frozenset({"banking"})
NON_VICTIM_ROLES = frozenset(
    {
        "agency",
        "security_firm",
        "media",
        "index",
        "threat_actor",
        "trade_body",
        "technology",
        "payment_network",
    }
)
CUE_LABELS = frozenset(
    {
        "disrupted",
        "suspended",
        "restored",
        "partial",
        "restriction",  # a restrictive "only" after a return: "back, but only for members"
        "incomplete",
        "expected",
        "effort",
        "prevented",
        "warning",
        "generic",
        "one_of_many",
        "unaffected",
        "compromised",
        "negation",
        "belief_denial",  # "did not believe card details had been taken": denies a theft
        "uncertain",
        "hypothetical",
        "habitual",  # "typically steals data": what someone does as a rule, not what happened
        "aside",
        "victim",
        "victim_report",
        "other_sense",
        "time_phrase",  # a trouble word that says when: "during the outage"
        "attacker_label",  # "the ransomware gang X": the doer's label, no type of the incident
        "historical",
        "current",
        "hedge",
        "clause_break",
        "incident",
        "type_ransomware",
        "type_ransom",  # a ransom demanded: ransomware only where the article names ransomware
        "type_social_engineering",
        "type_third_party",
        "type_third_party_thing",  # "a third-party data centre": a route where trouble is told
        "type_technical_outage",
        "type_attack_denied",  # "not a cyber attack": an IT failure, and no attack
        "disguise",  # "posing as its supplier": whom a trick wore
        "informant",  # "alerted to it by its payment provider": who told of the attack
        "responder",  # "brought in staff from an outside contractor": who helped after it
        "type_cyber",
        "type_data_breach",
        "date_start",
        "date_disclosure",
        "date_published",
        "date_founding",  # when an organisation began: its date is no incident's
        "date_when",  # opens a clause that says what happened at the date before it
        "onset",  # "The problems began on Friday, when ...": the clause after tells the start
    }
)


# Word lists in cues.json beside the labelled cues.
CUE_WORD_LISTS = frozenset(
    {
        "speech_verbs",
        "commentator_titles",
        "outside_voices",
        "repeat_words",
        "habitual_quantifiers",
        "time_units",
        "length_openers",
        "particular_openers",
        "time_clause_openers",
        "effort_joiners",
        "credit_markers",
        "anaphora_heads",
        "kind_anaphora_heads",
        "non_victim_name_words",
        "boilerplate_markers",
        "furniture_markers",
        "provider_words",
        "provider_verbs",
        "service_verbs",
        "end_users",
        "business_modifiers",
        "affected_words",
        "served_parties",
        "reliance_verbs",
        "user_verbs",
        "non_client_reliers",
        "relied_pronouns",
        "owning_pronouns",
        "own_markers",
        "service_provider_name_words",
        "org_suffix_words",
        "general_claim_nouns",
        "whole_activity_nouns",
        "containment_objects",
        "fault_words",
        "planned_words",
        "ambiguous_incident_words",
        "business_anaphora_heads",
        "bare_faults",
        "failure_words",
        "workaround_words",
        "digital_services",
        "subordinators",
        "contrast_words",
        "fronted_clause_openers",
        "fullness_words",
        "remainder_words",
        "part_count_nouns",
        "group_exclusions",
        "deprivation_verbs",
        "deprived_use_words",
        "deprivation_enders",
        "reached_states",
        "reached_state_verbs",
        "unreached_adverbs",
        "reaching_time_links",
        "day_times",
        "echo_words",
        "echo_elaborations",
        "echo_own_causes",
        "denying_lemmas",
        "state_ending_links",
        "ungrouped_heads",
        "remainder_heads",
        "withheld_place_links",
        "withheld_people_words",
        "others_possessives",
        "elided_amount_heads",
        "exception_words",
        "whole_bound_exception_words",
        "additive_words",
        "universal_words",
        "negative_universal_words",
        "safety_words",
        "holding_nouns",
        "trade_data_verbs",
        "recurring_troubles",
        "other_party_words",
        "people_pronouns",
        "intransitive_return_lemmas",
        "whole_places",
        "remainder_return_lemmas",
        "holding_links",
        "recall_markers",
        "earlier_incident_markers",
        "earlier_incident_phrases",
        "inceptive_verbs",
        "steady_states",
        "organization_pronouns",
        "served_groups",
        "open_subject_words",
        "rumour_hedges",
        "disabling_lemmas",
        "disabling_links",
        "deactivating_lemmas",
        "sought_return_verbs",
        "rule_conditions",
        "holding_verbs",
        "listing_verbs",
        "possibility_modals",
        "later_openers",
        "question_verbs",
        "aim_words",
        "inability_lemmas",
        "whole_business_nouns",
        "normal_words",
        "steady_throughout_words",
        "normal_states",
        "condition_openers",
        "prospective_modals",
        "partitive_words",
        "cause_connectors",
        "cause_clause_openers",
        "recalled_time_words",
        "cause_openers",
        "cause_failures",
        "cause_attacks",
        "cause_links",
        "blame_links",
        "agent_links",
        "cause_verbs",
        "sequence_words",
        "deictic_time_words",
        "client_use_verbs",
        "supplier_heads",
        "sequence_verbs",
        "separate_markers",
        "result_phrases",
        "alike_words",
        "same_trouble_links",
        "campaign_words",
        "earlier_period_phrases",
        "period_limits",
        "apart_openers",
        "causative_verbs",
        "returned_words",
        "claim_lemmas",
        "forestalling_words",
        "other_owner_determiners",
        "other_owner_nouns",
        "private_account_words",
        "quantity_nouns",
        "reached_places",
    }
)


class RuleError(ValueError):
    """A rule file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class OrgEntry:
    name: str
    aliases: tuple[str, ...]
    sector: str
    parent: str | None
    ambiguous: frozenset[str]

    @property
    def is_retail(self) -> bool:
        return self.sector in RETAIL_SECTORS

    @property
    def serves_businesses(self) -> bool:
        return self.sector in RETAIL_FACING_SECTORS

    @property
    def is_bank(self) -> bool:
        return self.sector in CONSUMER_BANKING_SECTORS


@dataclass(frozen=True)
class NonVictimEntry:
    name: str
    aliases: tuple[str, ...]
    role: str


@dataclass(frozen=True)
class ServiceEntry:
    service: Service
    phrases: tuple[str, ...]
    patterns: tuple[tuple[dict[str, Any], ...], ...]
    implies: Status | None
    general: bool
    # the heads of mentions that name accounts holding people's data ("customer accounts"):
    # attackers who reach them compromise them, as they do data
    account_heads: frozenset[str] = frozenset()
    # the people a scheme's data is about ("members of its loyalty scheme"): their data
    # taken is the scheme's too
    member_nouns: frozenset[str] = frozenset()
    # a mention of the whole of the service's systems ("its computer systems", "the
    # network"), where the service's other mentions name a part ("staff email")
    whole: bool = False
    # a means of working round a system down ("pen and paper", "manual processes"): what
    # a fallback makes of it is internal systems down, never back nor spared
    workaround: bool = False
    # the heads of mentions that name a store of people's data ("the customer database"):
    # taken or spared, it tells of the data; down, of a system, with no data taken
    store_heads: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CueScope:
    """What a modifier cue governs: the words after it ("forward": "unclear whether the app
    is back"), before it ("backward") or either ("both"), within `reach` tokens or, with no
    reach, its whole clause; a forward scope ends at the first of its `stops` ("steps to
    investigate, the incident has been contained": the effort ends at the comma)."""

    direction: str = "both"
    reach: int | None = None
    stops: frozenset[str] = frozenset()

    def first_stop(self, after: Iterable[Token]) -> int | None:
        """The index of the first of the scope's stops among the tokens after its cue."""
        return next((token.i for token in after if token.text in self.stops), None)

    def governs(
        self, cue_start: int, cue_end: int, start: int, end: int, stop: int | None = None
    ) -> bool:
        """Whether a cue at [cue_start, cue_end) governs the words at [start, end): they
        begin inside it or within reach after it (and before its `stop` token, forward), end
        inside it or within reach before it (backward)."""
        ahead = cue_start <= start and (self.reach is None or start - cue_end <= self.reach)
        ahead = ahead and (stop is None or start < stop)
        behind = end <= cue_end and (self.reach is None or cue_start - end <= self.reach)
        if self.direction == "forward":
            return ahead
        if self.direction == "backward":
            return behind
        return ahead or behind


CUE_DIRECTIONS = frozenset({"forward", "backward", "both"})


@dataclass(frozen=True)
class Cues:
    phrases: dict[str, tuple[str, ...]]
    lemmas: dict[str, tuple[str, ...]]
    patterns: dict[str, tuple[tuple[dict[str, Any], ...], ...]]
    speech_verbs: frozenset[str]
    commentator_titles: frozenset[str]
    # people outside the story whose words are opinion, not the victim's news ("an analyst")
    outside_voices: frozenset[str]
    repeat_words: frozenset[str]  # "failed again": a failure told again
    habitual_quantifiers: frozenset[str]  # "every day": a habit, no event
    time_units: frozenset[str]  # "within two days": a length of time, no event
    length_openers: frozenset[str]  # "a day or two", "several weeks": a length of time
    particular_openers: frozenset[str]  # "this app", "whose systems": no kind of service
    time_clause_openers: frozenset[str]  # "delayed while its systems were brought back"
    effort_joiners: frozenset[str]  # "working to isolate it and restore services"
    credit_markers: tuple[str, ...]
    anaphora_heads: frozenset[str]
    kind_anaphora_heads: frozenset[str]  # refer only to one whose name or description has them
    non_victim_name_words: frozenset[str]
    boilerplate_markers: tuple[str, ...]  # open the page's tail: related stories, comments
    furniture_markers: tuple[str, ...]  # open a prompt line inside the story: "Read more:"
    provider_words: frozenset[str]
    service_provider_name_words: frozenset[str]
    provider_verbs: frozenset[str]  # read only as verbs: "which processes", not "the process"
    service_verbs: frozenset[str]  # "handles invoicing for 300 practices": with a recipient
    end_users: frozenset[str]  # "used by 2 million people": a consumer service, not a supplier
    # "for 2,000 business customers": end users that are businesses
    business_modifiers: frozenset[str]
    # "the affected servers": which ones, no state; "2,100 of its staff were affected": the
    # people a theft reached
    affected_words: frozenset[str]
    # lemmas of those a provider serves, beside a business's name: "Y, a client of X"
    served_parties: frozenset[str]
    reliance_verbs: frozenset[str]  # "pharmacies that rely on X": lemmas, before "on"
    user_verbs: frozenset[str]  # "Y, which also uses X": lemmas, right before the name
    # those relying on a business who are not its clients in business: those that sell to it
    # ("small suppliers that depend on it") and customers, mostly people (lemmas)
    non_client_reliers: frozenset[str]
    relied_pronouns: frozenset[str]  # "pharmacies that rely on it", "depend on its software"
    owning_pronouns: frozenset[str]  # "its 300 stores, which rely on it": the teller's own
    own_markers: frozenset[str]  # "rely on their own vans": the relier's, no one else's
    org_suffix_words: frozenset[str]
    general_claim_nouns: frozenset[str]
    # what an organisation's return may take as its object and still be told of all of it
    whole_activity_nouns: frozenset[str]
    containment_objects: frozenset[str]  # a general claim only inside its restoration cue
    attack_problems: frozenset[str]  # what a containment ends (a pattern_words set)
    secured_things: frozenset[str]  # what a containment makes safe (a pattern_words set)
    # a denial of a fault too, beside a word that the downtime was planned, is no trouble
    fault_words: frozenset[str]
    planned_words: frozenset[str]
    ambiguous_incident_words: frozenset[str]  # incident words also used in other senses
    bare_faults: frozenset[str]  # an incident only beside a service failing
    # a digital service told failing in these words is an IT failure with no incident word
    failure_words: frozenset[str]
    # "recorded on paper": a system down, told of data no theft
    workaround_words: frozenset[str]
    digital_services: frozenset[str]
    business_anaphora_heads: frozenset[str]  # "the company": never a public body
    subordinators: frozenset[str]  # open a clause when a subject and its verb follow
    contrast_words: frozenset[str]  # open a clause that limits what was said before it
    fronted_clause_openers: frozenset[str]  # "While X is back, Y ...": a clause of their own
    # after a contrast word, a fullness denied ("not yet at full capacity") or trouble for the
    # rest ("customers elsewhere face delays") says a return fell short
    fullness_words: frozenset[str]
    remainder_words: frozenset[str]
    part_count_nouns: frozenset[str]  # "a small number of sites", "a handful of stores"
    group_exclusions: frozenset[str]  # "two other chains": a group set apart from those named
    deprivation_verbs: frozenset[str]  # "left shoppers without", "have been without": a loss
    deprived_use_words: frozenset[str]  # "without access to", "without the use of"
    deprivation_enders: frozenset[str]  # "stayed without it until Thursday": a loss ended
    reached_states: frozenset[str]  # "By Friday the website was live": a state of working
    reached_state_verbs: frozenset[str]  # "was", "were", "is": the state's verb of being
    unreached_adverbs: frozenset[str]  # "was still working": no state reached
    reaching_time_links: frozenset[str]  # "by Friday", "as of Thursday": a time reached
    day_times: frozenset[str]  # "by lunchtime": a time of day the model tags no time
    # the victim phrases holding one of cues.json's echo_words ("followed suit", "did the
    # same": a trouble told of another), not the list pattern of "victims of the same gang
    # include"
    echo_phrases: frozenset[str]
    echo_elaborations: frozenset[str]  # "followed suit with a discount": an act of its own
    echo_own_causes: frozenset[str]  # "did the same after its own outage": a cause of its own
    denying_lemmas: frozenset[str]  # "denied reports that ...": what follows is not told
    state_ending_links: frozenset[str]  # "..., before the tills froze again": a state ended
    ungrouped_heads: frozenset[str]  # "both stores": a victim's own outlets, no group of victims
    # after "the", the rest of a whole told before: "the other three", "the remaining two"
    remainder_heads: frozenset[str]
    # "but not yet in Scotland", "though not for business customers": where a return is not
    withheld_place_links: frozenset[str]
    withheld_people_words: frozenset[str]  # "but not for those abroad": people, as a place
    others_possessives: frozenset[str]  # "but their websites were not": others' services
    elided_amount_heads: frozenset[str]  # "but online sales have not": an amount, no state
    exception_words: frozenset[str]  # the service after them is left out of a return
    # "apart from" (may add), "bar the" (may be a noun): exceptions only beside a whole
    whole_bound_exception_words: frozenset[str]
    additive_words: frozenset[str]  # "also", "too": the exception adds to the rest
    universal_words: frozenset[str]  # "all", "every", "nothing": the whole an exception limits
    negative_universal_words: frozenset[str]  # "no", "none", "nothing": a whole denied
    safety_words: frozenset[str]  # "safe", "secure": what is kept, not what works
    # "balances", "points", "money": the value people hold in a service
    holding_nouns: frozenset[str]
    holding_links: frozenset[str]  # "every penny on your gift card": the holding's service
    # "which stores data for 200 law firms": what a business does with data for others
    trade_data_verbs: frozenset[str]
    # "the problem came back": a trouble returning recurred, no claim that it is over
    recurring_troubles: frozenset[str]
    intransitive_return_lemmas: frozenset[str]
    whole_places: frozenset[str]  # "throughout the chain": where, not how long
    remainder_return_lemmas: frozenset[str]  # "the other three should follow"
    other_party_words: frozenset[str]  # "but other retailers had problems": not the speaker's
    people_pronouns: frozenset[str]  # "a computer problem and they should come back later"
    recall_markers: frozenset[str]  # historical cues recalling an earlier, separate incident
    # words that tell an incident apart from the story's ('a previous attack', 'not the first')
    earlier_incident_markers: frozenset[str]
    earlier_incident_phrases: frozenset[str]  # "It is not the first time": no incident word
    # a beginning told with a return's gerund is a partial return: "started reopening stores";
    # not one told with a state's: "started working again"
    inceptive_verbs: frozenset[str]
    steady_states: frozenset[str]
    # a return told of the organisation itself: its pronouns ("it expects to be back"), the
    # states it returns to that are no object ("back to normal", "back in business"), and the
    # words opening a clause of time or condition its return is no claim in ("while it recovers")
    organization_pronouns: frozenset[str]
    # those it serves, back in service: "all affected clients back to normal" is all of it
    served_groups: frozenset[str]
    # read as prepositions, yet the noun after them is a subject: "most of", "said that"
    open_subject_words: frozenset[str]
    rumour_hedges: frozenset[str]  # "claiming that", "rumours": a theft told as others' talk
    # "lost its phone lines", "lost access to its systems": a thing of the business made unusable
    disabling_lemmas: frozenset[str]
    disabling_links: frozenset[str]  # "lost access to", "lost the use of": the object after them
    # "disabled its app": a pause of the verb's object; done by attackers, their method
    deactivating_lemmas: frozenset[str]
    # lemmas: "working to restore its online shop", "trying to get the tills back"
    sought_return_verbs: frozenset[str]
    rule_conditions: frozenset[str]  # "when they suspect that data may have been lost": a rule
    holding_verbs: frozenset[str]  # "files that could contain staff data": what they may hold
    listing_verbs: frozenset[str]  # "the spreadsheet listed the names of ...": what it held
    data_containers: frozenset[str]  # "a spreadsheet", "the file": a pattern_words set too
    possibility_modals: frozenset[str]  # "could", "may": what may be, not what is
    later_openers: frozenset[str]  # "offline for three days before being restored": what came next
    question_verbs: frozenset[str]  # "investigating when the data was stolen": no condition
    aim_words: frozenset[str]  # "its focus is on restoring": a return named as an aim
    inability_lemmas: frozenset[str]  # "failed to restart": a return that did not happen
    whole_business_nouns: frozenset[str]  # "everything was working normally": all of it
    normal_words: frozenset[str]  # "working normally", "as usual": a cue of the normal state
    steady_throughout_words: frozenset[str]  # "continued to trade normally": never down
    normal_states: frozenset[str]
    condition_openers: frozenset[str]
    # what may or will be, not what is now: "not every product can be bought yet" is a
    # shortfall, "the backlog won't fully clear until May" is none
    prospective_modals: frozenset[str]
    # a part of what returned, told as a clause's subject: "although some orders are only
    # partly filled" limits the return, "though its share price has only partly recovered" not
    partitive_words: frozenset[str]
    # a victim hit by another's trouble: "its website went down after an outage at X", "the
    # failure at X knocked its app offline"; not one hit "days after the attack on X" (a
    # time, 'sequence_words') nor "after a similar attack on X" ('separate_markers')
    cause_connectors: frozenset[str]
    # the subordinators whose clause may open on a cause: "tills went down when a faulty
    # update issued by X crashed them"
    cause_clause_openers: frozenset[str]
    # the words of a time that recalls another trouble's: "last July, when ...", "in March, when"
    recalled_time_words: frozenset[str]
    # the prepositions that open a cause told as fact after its consequence: "X will reopen
    # on Monday after a cyber attack took its systems offline"
    cause_openers: frozenset[str]
    cause_failures: frozenset[str]  # a trouble its owner may be named before: "X's outage"
    cause_attacks: frozenset[str]  # one whose owner is named after it: "the attack on X"
    cause_links: frozenset[str]
    # the story's trouble put down to another: "The outage was linked to software firm X"
    blame_links: frozenset[str]
    # after a participle ("an update pushed by X" names its doer), and after an attack word,
    # where the doer stands between the attack and its target ("an attack by X on Y")
    agent_links: frozenset[str]
    cause_verbs: frozenset[str]
    sequence_words: frozenset[str]
    deictic_time_words: frozenset[str]  # "this week after ...": when, no interval
    client_use_verbs: frozenset[str]  # "the payroll company it uses": its supplier
    supplier_heads: frozenset[str]  # "the payroll company it uses", "the chain's provider"
    sequence_verbs: frozenset[str]  # "the report comes as ...", "follows reports that ..."
    separate_markers: frozenset[str]
    # a trouble its owner delivers to others, not one it has: "a faulty update from X" hit
    # X's customers, where "an outage at X" was X's own incident too
    shipped_troubles: frozenset[str]
    # "Other victims include X", "among its other victims were X": pattern_words sets, read in
    # code too
    victim_nouns: frozenset[str]
    # "declared a critical incident": the nouns of an emergency declared (a pattern_words set)
    emergency_nouns: frozenset[str]
    victim_list_openers: frozenset[str]
    hit_participles: frozenset[str]  # "among those hit was X": a pattern_words set, read in code
    # "accept", "fill": a service given; "orders", "prescriptions": what is given (pattern_words)
    availability_verbs: frozenset[str]
    carried_on_objects: frozenset[str]
    system_head_words: frozenset[str]  # "its email system": a service's own head noun
    having_forms: frozenset[str]  # "got the website back": a pattern_words set, read in code too
    encrypted_forms: frozenset[str]  # "attackers encrypted its servers": a pattern_words set too
    claim_lemmas: frozenset[str]  # "the hackers claimed they had encrypted ...": their word
    forestalling_words: frozenset[str]  # "stopped before any servers were encrypted"
    other_owner_determiners: frozenset[str]  # "the servers of a Leeds hospital": another's
    other_owner_nouns: frozenset[str]  # "the email account of one of its contractors"
    private_account_words: frozenset[str]  # "the personal email account of its leader"
    quantity_nouns: frozenset[str]  # "of thousands of its customers": a count, no owner
    # "the gang later lost access to its servers": the attackers as a verb's subject
    attacker_subjects: frozenset[str]
    causative_verbs: frozenset[str]  # lemmas: "hopes to get it running again"
    returned_words: frozenset[str]  # words and lemmas of a thing given back: "access again"
    reached_places: frozenset[str]  # "in other regions": where a service's rest is to come
    # "the banks whose card services X runs": a pattern_words set, read in code too
    running_verbs: frozenset[str]
    # a cause that points back at the story's trouble: "deliveries were delayed as a result"
    result_phrases: frozenset[str]
    alike_words: frozenset[str]  # "its orders had also been held up": the same trouble
    # the words before "the same" trouble that say a victim suffered it: "hit by the same fault"
    same_trouble_links: frozenset[str]
    # the words that say whose victims a list names: "Other victims of the gang include X"
    campaign_words: frozenset[str]
    # "last year", "in recent years": a campaign's past, as word sequences
    earlier_period_phrases: frozenset[tuple[str, ...]]
    # "before this year", "prior to 2024": a date the story's period follows, as word sequences
    period_limits: frozenset[tuple[str, ...]]
    apart_openers: frozenset[str]  # "Separately, X said ...": another trouble
    scopes: dict[str, CueScope] = field(default_factory=dict)  # label -> what it governs

    @property
    def rest_words(self) -> frozenset[str]:
        """'the rest', 'the remaining two', 'other regions': the words of a remainder."""
        return self.remainder_words | self.remainder_heads


# Word lists in victims.json: the organisation-candidate filter and the victim test.
VICTIM_WORD_LISTS = (
    "council_grades",
    "reach_verbs",
    "reach_limits",
    "denial_limits",
    "steadiness_links",
    "rival_words",
    "widespread_words",
    "ransom_verbs",
    "cause_telling_verbs",
    "cause_joiners",
    "gain_words",
    "authority_name_words",
    "figure_words",
    "related_party_words",
    "title_speech_lemmas",
    "shared_role_titles",
    "harmed_pronouns",
    "membership_links",
    "client_nouns",
    "owner_links",
    "member_company_nouns",
    "spokesperson_links",
    "reporting_forms",
    "person_titles",
    "apposition_titles",
    "name_honorifics",
    "apposition_products",
    "establishment_heads",
    "business_kinds",
    "source_frames_before",
    "fronted_phrase_openers",
    "clientele_frames_before",
    "signature_frames_after",
    "public_body_heads",
    "unnamed_referent_determiners",
    "headline_self_reports",
    "person_frames_after",
    "technology_terms",
    "fragment_words",
    "placing_phrase_words",
    "placing_prepositions",
    "outlet_name_words",
    "outlet_frames_before",
    "addressee_frames_before",
    "outlet_frames_after",
    "attacker_frames_before",
    "owner_frames_before",
    "attacker_frames_after",
    "attacker_predicates",
    "product_frames_after",
    "product_phrase_heads",
    "identifier_frames_after",
    "device_frames_after",
    "vendor_frames_before",
    "vendor_frames_after",
    "place_government_words",
    "place_institution_words",
    "attacker_own_nouns",
    "attacker_attack_nouns",
    "malware_heads",
    "place_frames_before",
    "place_frames_after",
    "municipality_nouns",
    "public_body_frames",
    "public_office_titles",
    "seat_names",
    "responder_frames_after",
    "large_places",
    "asset_nouns",
    "people_nouns",
    "premises_nouns",
    "victim_links",
    "theft_links",
    "commentator_nouns",
    "modal_words",
    "future_words",
    "inability_modals",
    "trend_words",
    "patient_verbs",
    "forcing_verbs",
    "forced_responses",
    "self_report_cues",
    "vulnerability_words",
    "software_change_words",
    "demonstrator_nouns",
    "incident_modified_heads",
    "possessor_act_nouns",
    "hypothetical_modifiers",
    "restricting_adverbs",
    "incident_pro_forms",
    "sequence_links",
    "tool_nouns",
    "verbs_passed_over",
    "finding_verbs",
    "addressee_verbs",
    "causal_links",
    "loss_verbs",
    "loss_links",
    "hearsay_words",
    "brand_frames_before",
    "people_possessives",
    "company_descriptors",
    "opening_descriptors",
    "plain_noun_descriptors",
    "nearness_openers",
    "ownership_frames",
    "owned_by_frames",
    "maker_lemmas",
    "made_product_heads",
    "alias_frames",
    "owned_nouns",
    "event_frames_after",
    "bystander_frames_before",
    "demonstration_verbs",
    "naming_frames",
    "technique_nouns",
    "advisory_words",
    "possessive_name_heads",
    "commented_events",
    "commentary_verbs",
    "commentary_nouns",
    "supply_trade_words",
    "doorstep_words",
    "possibility_words",
    "outlet_counts",
    "supplier_name_words",
    "remark_subjects",
    "definite_openers",
    "other_recipients",
)
VICTIM_REACHES = (
    "notified",
    "before",
    "after",
    "report",
    "compound_incident",
    "consequence",
    "opening_sentences",
)
VULNERABILITY_NEWS_KEYS = {"percent_of_sentences", "fewest_sentences"}


@dataclass(frozen=True)
class VictimWords:
    """Lower-cased words and frames (space-joined token sequences) from victims.json."""

    lists: dict[str, frozenset[str]]
    reach: dict[str, int]
    name_patterns: tuple[re.Pattern[str], ...]  # names that are identifiers: CVE-2024-1234
    # names that are measures, not organisations: clock times, time zones ("8.30pm", "AEST");
    # kept apart from identifiers, whose sentences speak of flaws
    term_patterns: tuple[re.Pattern[str], ...] = ()
    # an article is vulnerability news when at least this share (per cent) of its sentences,
    # and it has at least `fewest_sentences`, speak of flaws, patches and advisories
    vulnerability_news_percent: int = 35
    vulnerability_news_fewest_sentences: int = 8

    def __getitem__(self, name: str) -> frozenset[str]:
        return self.lists[name]

    @property
    def longest_frame(self) -> int:
        return max(len(frame.split()) for words in self.lists.values() for frame in words)


@dataclass(frozen=True)
class Rules:
    organizations: tuple[OrgEntry, ...]
    non_victims: tuple[NonVictimEntry, ...]
    services: tuple[ServiceEntry, ...]
    cues: Cues
    date_patterns: tuple[tuple[dict[str, Any], ...], ...]
    victims: VictimWords
    # phrases holding a service word in another sense: "the stock exchange", "share price"
    service_other_senses: tuple[str | list[dict[str, Any]], ...] = ()
    # a business's own people: personal data they own is employee data ("staff names")
    staff_nouns: frozenset[str] = frozenset()
    # the nouns a business names its own systems by: "the patient record system"
    system_heads: frozenset[str] = frozenset()
    # head nouns that alone name no one service again: "the system", "the line"
    unspecific_heads: frozenset[str] = frozenset()
    # what only employment keeps of a person ("salary details"): such data is the staff's
    employment_words: frozenset[str] = frozenset()
    # what an employment word names staff data by: "salary details", "a payroll server"
    employment_heads: frozenset[str] = frozenset()
    # data words that say nothing of whose or what kind ("some data", "certain information")
    generic_data_words: frozenset[str] = frozenset()
    # the words before a generic data word that withhold its kind ("some data", "certain
    # information"): such data taken is no personal data said taken
    withholding_quantifiers: frozenset[str] = frozenset()
    # people other than staff whom data can be about ("customers", "account holders")
    data_owner_nouns: frozenset[str] = frozenset()
    # data list items holding a preposition of their own ("dates of birth")
    data_item_phrases: frozenset[str] = frozenset()
    # services whose word before "systems" names an internal system: "its store systems"
    systems_named_internal: frozenset[Service] = frozenset()
    # the words a loyalty scheme's brand name ends in ("Kelloway Rewards"), and the words
    # after one that say it is a scheme ("the Kelloway Perks scheme")
    scheme_words: frozenset[str] = frozenset()
    scheme_followers: frozenset[str] = frozenset()
    # nouns of a business after a service's words, which then name its trade ("a logistics
    # firm", "the pharmacy chain")
    trade_heads: frozenset[str] = frozenset()
    # of them, the nouns that after "the" name the owner's unit: "the pharmacy business"
    trade_unit_heads: frozenset[str] = frozenset()
    # the last words of data phrases that before one of their system heads name the system,
    # not the data: "its patient records system", "the student information system"
    system_naming_data_words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # "members of the company's pension scheme": a workplace pension's members are staff
    workplace_words: frozenset[str] = frozenset()
    # owners who may be staff or customers: "people it employs", "people who bank with it"
    unspecific_people: frozenset[str] = frozenset()
    employment_lemmas: frozenset[str] = frozenset()  # "people it employs": staff after all
    breach_nouns: frozenset[str] = frozenset()  # "affected by the breach": a theft
    # "members of its occupational pension scheme": a scheme that is the staff's by its kind
    staff_scheme_words: frozenset[str] = frozenset()
    # services that are kinds of another: contactless payments are card payments, so the
    # card payments wholly back bring them back too
    covered_services: Mapping[Service, frozenset[Service]] = field(default_factory=dict)
    covering_words: frozenset[str] = frozenset()  # "card payments": the whole, not a kind

    @cached_property
    def pronoun_referents(self) -> frozenset[str]:
        """Nouns for the organisation and its people: no rival for what a pronoun stands for
        ("officials said they hope to get it running again")."""
        cues = self.cues
        return (
            cues.anaphora_heads
            | cues.kind_anaphora_heads
            | cues.end_users
            | cues.served_groups
            | self.victims["people_nouns"]
        )


def _read_text(name: str) -> str:
    return resources.files("incident_extract.rules").joinpath(name).read_text(encoding="utf-8")


def _check_keys(where: str, entry: dict[str, Any], required: set[str], optional: set[str]) -> None:
    missing = required - entry.keys()
    unknown = entry.keys() - required - optional
    if missing:
        raise RuleError(f"{where}: missing keys {sorted(missing)}")
    if unknown:
        raise RuleError(f"{where}: unknown keys {sorted(unknown)}")


def _read_jsonl(name: str) -> list[tuple[str, dict[str, Any]]]:
    rows = []
    for number, line in enumerate(_read_text(name).splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            rows.append((where, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise RuleError(f"{where}: {exc}") from exc
    return rows


def _claim_names(where: str, names: list[str], owner: str, claimed: dict[str, str]) -> None:
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise RuleError(f"{where}: empty alias")
        previous = claimed.get(name)
        if previous is not None and previous != owner:
            raise RuleError(f"{where}: alias {name!r} already belongs to {previous!r}")
        if previous == owner and name != owner:
            raise RuleError(f"{where}: alias {name!r} listed twice")
        claimed[name] = owner


def parse_organizations(rows: list[tuple[str, dict[str, Any]]]) -> tuple[OrgEntry, ...]:
    claimed: dict[str, str] = {}
    entries = []
    for where, row in rows:
        _check_keys(where, row, {"name", "aliases", "sector"}, {"parent", "ambiguous"})
        sector = row["sector"]
        if sector not in RETAIL_SECTORS | RETAIL_FACING_SECTORS | CONSUMER_BANKING_SECTORS:
            raise RuleError(f"{where}: unknown sector {sector!r}")
        names = [row["name"], *row["aliases"]]
        _claim_names(where, names, row["name"], claimed)
        ambiguous = frozenset(row.get("ambiguous", []))
        if not ambiguous <= set(names):
            raise RuleError(f"{where}: ambiguous names must be the name or an alias")
        entries.append(
            OrgEntry(row["name"], tuple(row["aliases"]), sector, row.get("parent"), ambiguous)
        )
    known = {entry.name for entry in entries}
    for entry in entries:
        if entry.parent is not None and entry.parent not in known:
            raise RuleError(
                f"organizations.jsonl: {entry.name!r} has unknown parent {entry.parent!r}"
            )
    return tuple(entries)


def parse_non_victims(
    rows: list[tuple[str, dict[str, Any]]], organizations: tuple[OrgEntry, ...]
) -> tuple[NonVictimEntry, ...]:
    claimed = {name: org.name for org in organizations for name in (org.name, *org.aliases)}
    entries = []
    for where, row in rows:
        _check_keys(where, row, {"name", "aliases", "role"}, set())
        if row["role"] not in NON_VICTIM_ROLES:
            raise RuleError(f"{where}: unknown role {row['role']!r}")
        _claim_names(where, [row["name"], *row["aliases"]], row["name"], claimed)
        entries.append(NonVictimEntry(row["name"], tuple(row["aliases"]), row["role"]))
    return tuple(entries)


def parse_services(data: dict[str, Any]) -> tuple[ServiceEntry, ...]:
    _check_keys(
        "services.json",
        data,
        {"entries"},
        {
            "_about",
            "other_senses",
            "staff_nouns",
            "employment_words",
            "employment_heads",
            "generic_data_words",
            "withholding_quantifiers",
            "data_owner_phrases",
            "data_item_phrases",
            "system_heads",
            "systems_named_internal",
            "system_naming_data_words",
            "unspecific_heads",
            "pattern_words",
            "pattern_fragments",
            "scheme_followers",
            "trade_heads",
            "trade_unit_heads",
            "workplace_words",
            "staff_scheme_words",
            "unspecific_people",
            "employment_lemmas",
            "covered_services",
            "covering_words",
        },
    )
    pattern_words = _service_pattern_words(data)
    fragments = data.get("pattern_fragments", {})
    entries = []
    seen_phrases: dict[str, str] = {}
    for index, row in enumerate(data["entries"]):
        where = f"services.json entry {index}"
        _check_keys(
            where,
            row,
            {"service"},
            {
                "phrases",
                "patterns",
                "implies",
                "general",
                "whole",
                "account_heads",
                "member_nouns",
                "workaround",
                "store_heads",
            },
        )
        try:
            service = Service(row["service"])
            implies = Status(row["implies"]) if "implies" in row else None
        except ValueError as exc:
            raise RuleError(f"{where}: {exc}") from exc
        phrases = tuple(row.get("phrases", []))
        for phrase in phrases:
            key = phrase.lower()
            if key in seen_phrases:
                raise RuleError(f"{where}: phrase {phrase!r} already maps to {seen_phrases[key]}")
            seen_phrases[key] = service.value
        patterns = _expanded(where, row.get("patterns", []), pattern_words, fragments)
        if not phrases and not patterns:
            raise RuleError(f"{where}: no phrases or patterns")
        entries.append(
            ServiceEntry(
                service,
                phrases,
                patterns,
                implies,
                bool(row.get("general")),
                frozenset(row.get("account_heads", [])),
                frozenset(row.get("member_nouns", [])),
                whole=bool(row.get("whole")),
                workaround=bool(row.get("workaround")),
                store_heads=frozenset(row.get("store_heads", [])),
            )
        )
    missing = set(Service) - {entry.service for entry in entries}
    if missing:
        raise RuleError(f"services.json: no entry for {sorted(missing)}")
    return tuple(entries)


def _pattern_words_read_in_code(data: dict[str, Any], name: str) -> frozenset[str]:
    """A services.json pattern word list the code reads as well: a rule error when it is
    missing, so that renaming it cannot silently empty what the code reads."""
    words = data.get("pattern_words", {})
    if name not in words:
        raise RuleError(f"services.json: pattern_words: no {name!r} list")
    return frozenset(words[name])


def _service_pattern_words(data: dict[str, Any]) -> dict[str, list[str]]:
    """services.json's pattern word lists; the staff nouns and the people of no kind are
    too ("@staff_nouns", "@unspecific_people"), written once at the top level."""
    return {
        **data.get("pattern_words", {}),
        "staff_nouns": data.get("staff_nouns", []),
        "unspecific_people": data.get("unspecific_people", []),
    }


def _other_senses(data: dict[str, Any]) -> tuple[str | list[dict[str, Any]], ...]:
    """Phrases as written, then token patterns with the lexicon's word sets and fragments."""
    senses = data.get("other_senses", [])
    phrases: list[str | list[dict[str, Any]]] = [s for s in senses if isinstance(s, str)]
    patterns = _expanded(
        "services.json other_senses",
        [sense for sense in senses if not isinstance(sense, str)],
        _service_pattern_words(data),
        data.get("pattern_fragments", {}),
    )
    return (*phrases, *(list(pattern) for pattern in patterns))


def _services_named(keys: list[str], where: str) -> frozenset[str]:
    unknown = set(keys) - {service.value for service in Service}
    if unknown:
        raise RuleError(f"cues.json: {where}: no such service {sorted(unknown)}")
    return frozenset(keys)


def parse_cues(data: dict[str, Any]) -> Cues:
    list_keys = CUE_WORD_LISTS
    _check_keys(
        "cues.json", data, {"cues", *list_keys}, {"_about", "shared_patterns", "pattern_words"}
    )
    pattern_words = data.get("pattern_words", {})
    phrases: dict[str, tuple[str, ...]] = {}
    lemmas: dict[str, tuple[str, ...]] = {}
    patterns: dict[str, tuple[tuple[dict[str, Any], ...], ...]] = {}
    scopes: dict[str, CueScope] = {}
    for label, body in data["cues"].items():
        if label not in CUE_LABELS:
            raise RuleError(f"cues.json: unknown cue label {label!r}")
        _check_keys(f"cues.json {label}", body, set(), {"phrases", "lemmas", "patterns", "scope"})
        if "scope" in body:
            scopes[label] = _parse_scope(label, body["scope"])
        phrases[label] = tuple(body.get("phrases", []))
        lemmas[label] = tuple(body.get("lemmas", []))
        patterns[label] = _expanded(f"cues.json {label}", body.get("patterns", []), pattern_words)
    for name, shared in data.get("shared_patterns", {}).items():
        # one grammar under several labels ("disclosed by mistake": an incident, a data
        # breach, the data compromised), written once
        where = f"cues.json shared_patterns {name}"
        _check_keys(where, shared, {"labels", "patterns"}, set())
        for label in shared["labels"]:
            if label not in phrases:
                raise RuleError(f"{where}: unknown cue label {label!r}")
            patterns[label] += _expanded(where, shared["patterns"], pattern_words)
    # a rumour is a kind of hedge: each must be a hedge phrase to be found at all
    stray = set(data["rumour_hedges"]) - set(phrases.get("hedge", ()))
    if stray:
        raise RuleError(f"cues.json rumour_hedges: not hedge phrases: {sorted(stray)}")
    missing = CUE_LABELS - phrases.keys()
    if missing:
        raise RuleError(f"cues.json: no cues for {sorted(missing)}")
    # the pattern word sets the code reads as well as the patterns
    _check_keys(
        "cues.json pattern_words",
        pattern_words,
        {
            "shipped_troubles",
            "having_forms",
            "running_verbs",
            "attacker_subjects",
            "data_containers",
            "victim_nouns",
            "victim_list_openers",
            "hit_participles",
            "emergency_nouns",
            "availability_verbs",
            "carried_on_objects",
            "system_head_words",
        },
        set(pattern_words),
    )
    return Cues(
        phrases=phrases,
        lemmas=lemmas,
        patterns=patterns,
        speech_verbs=frozenset(data["speech_verbs"]),
        commentator_titles=frozenset(data["commentator_titles"]),
        outside_voices=frozenset(data["outside_voices"]),
        repeat_words=frozenset(data["repeat_words"]),
        habitual_quantifiers=frozenset(data["habitual_quantifiers"]),
        time_units=frozenset(data["time_units"]),
        length_openers=frozenset(data["length_openers"]),
        particular_openers=frozenset(data["particular_openers"]),
        time_clause_openers=frozenset(data["time_clause_openers"]),
        effort_joiners=frozenset(data["effort_joiners"]),
        credit_markers=tuple(data["credit_markers"]),
        anaphora_heads=frozenset(data["anaphora_heads"]),
        kind_anaphora_heads=frozenset(data["kind_anaphora_heads"]),
        non_victim_name_words=frozenset(data["non_victim_name_words"]),
        boilerplate_markers=tuple(data["boilerplate_markers"]),
        furniture_markers=tuple(data["furniture_markers"]),
        provider_words=frozenset(data["provider_words"]),
        service_provider_name_words=frozenset(data["service_provider_name_words"]),
        provider_verbs=frozenset(data["provider_verbs"]),
        service_verbs=frozenset(data["service_verbs"]),
        end_users=frozenset(data["end_users"]),
        business_modifiers=frozenset(data["business_modifiers"]),
        affected_words=frozenset(data["affected_words"]),
        served_parties=frozenset(data["served_parties"]),
        reliance_verbs=frozenset(data["reliance_verbs"]),
        user_verbs=frozenset(data["user_verbs"]),
        non_client_reliers=frozenset(data["non_client_reliers"]),
        relied_pronouns=frozenset(data["relied_pronouns"]),
        owning_pronouns=frozenset(data["owning_pronouns"]),
        own_markers=frozenset(data["own_markers"]),
        org_suffix_words=frozenset(data["org_suffix_words"]),
        general_claim_nouns=frozenset(data["general_claim_nouns"]),
        whole_activity_nouns=frozenset(data["whole_activity_nouns"]),
        containment_objects=frozenset(data["containment_objects"]),
        attack_problems=frozenset(pattern_words.get("attack_problems", [])),
        secured_things=frozenset(pattern_words.get("secured_things", [])),
        fault_words=frozenset(data["fault_words"]),
        planned_words=frozenset(data["planned_words"]),
        ambiguous_incident_words=frozenset(data["ambiguous_incident_words"]),
        bare_faults=frozenset(data["bare_faults"]),
        failure_words=frozenset(data["failure_words"]),
        workaround_words=frozenset(data["workaround_words"]),
        digital_services=_services_named(data["digital_services"], "digital_services"),
        business_anaphora_heads=frozenset(data["business_anaphora_heads"]),
        subordinators=frozenset(data["subordinators"]),
        contrast_words=frozenset(data["contrast_words"]),
        fronted_clause_openers=frozenset(data["fronted_clause_openers"]),
        fullness_words=frozenset(data["fullness_words"]),
        remainder_words=frozenset(data["remainder_words"]),
        part_count_nouns=frozenset(data["part_count_nouns"]),
        group_exclusions=frozenset(data["group_exclusions"]),
        deprivation_verbs=frozenset(data["deprivation_verbs"]),
        deprived_use_words=frozenset(data["deprived_use_words"]),
        deprivation_enders=frozenset(data["deprivation_enders"]),
        reached_states=frozenset(data["reached_states"]),
        reached_state_verbs=frozenset(data["reached_state_verbs"]),
        unreached_adverbs=frozenset(data["unreached_adverbs"]),
        reaching_time_links=frozenset(data["reaching_time_links"]),
        day_times=frozenset(data["day_times"]),
        echo_phrases=frozenset(
            phrase
            for phrase in phrases.get("victim", ())
            if not set(phrase.split()).isdisjoint(data["echo_words"])
        ),
        echo_elaborations=frozenset(data["echo_elaborations"]),
        echo_own_causes=frozenset(data["echo_own_causes"]),
        denying_lemmas=frozenset(data["denying_lemmas"]),
        state_ending_links=frozenset(data["state_ending_links"]),
        ungrouped_heads=frozenset(data["ungrouped_heads"]),
        remainder_heads=frozenset(data["remainder_heads"]),
        withheld_place_links=frozenset(data["withheld_place_links"]),
        withheld_people_words=frozenset(data["withheld_people_words"]),
        others_possessives=frozenset(data["others_possessives"]),
        elided_amount_heads=frozenset(data["elided_amount_heads"]),
        exception_words=frozenset(data["exception_words"]),
        whole_bound_exception_words=frozenset(data["whole_bound_exception_words"]),
        additive_words=frozenset(data["additive_words"]),
        universal_words=frozenset(data["universal_words"]),
        negative_universal_words=frozenset(data["negative_universal_words"]),
        safety_words=frozenset(data["safety_words"]),
        holding_nouns=frozenset(data["holding_nouns"]),
        holding_links=frozenset(data["holding_links"]),
        trade_data_verbs=frozenset(data["trade_data_verbs"]),
        recurring_troubles=frozenset(data["recurring_troubles"]),
        intransitive_return_lemmas=frozenset(data["intransitive_return_lemmas"]),
        whole_places=frozenset(data["whole_places"]),
        remainder_return_lemmas=frozenset(data["remainder_return_lemmas"]),
        other_party_words=frozenset(data["other_party_words"]),
        people_pronouns=frozenset(data["people_pronouns"]),
        recall_markers=frozenset(data["recall_markers"]),
        earlier_incident_markers=frozenset(data["earlier_incident_markers"]),
        earlier_incident_phrases=frozenset(data["earlier_incident_phrases"]),
        inceptive_verbs=frozenset(data["inceptive_verbs"]),
        steady_states=frozenset(data["steady_states"]),
        organization_pronouns=frozenset(data["organization_pronouns"]),
        served_groups=frozenset(data["served_groups"]),
        open_subject_words=frozenset(data["open_subject_words"]),
        rumour_hedges=frozenset(data["rumour_hedges"]),
        disabling_lemmas=frozenset(data["disabling_lemmas"]),
        disabling_links=frozenset(data["disabling_links"]),
        deactivating_lemmas=frozenset(data["deactivating_lemmas"]),
        sought_return_verbs=frozenset(data["sought_return_verbs"]),
        rule_conditions=frozenset(data["rule_conditions"]),
        holding_verbs=frozenset(data["holding_verbs"]),
        listing_verbs=frozenset(data["listing_verbs"]),
        data_containers=frozenset(pattern_words["data_containers"]),
        possibility_modals=frozenset(data["possibility_modals"]),
        later_openers=frozenset(data["later_openers"]),
        question_verbs=frozenset(data["question_verbs"]),
        aim_words=frozenset(data["aim_words"]),
        inability_lemmas=frozenset(data["inability_lemmas"]),
        whole_business_nouns=frozenset(data["whole_business_nouns"]),
        normal_words=frozenset(data["normal_words"]),
        steady_throughout_words=frozenset(data["steady_throughout_words"]),
        normal_states=frozenset(data["normal_states"]),
        condition_openers=frozenset(data["condition_openers"]),
        prospective_modals=frozenset(data["prospective_modals"]),
        partitive_words=frozenset(data["partitive_words"]),
        cause_connectors=frozenset(data["cause_connectors"]),
        cause_clause_openers=frozenset(data["cause_clause_openers"]),
        recalled_time_words=frozenset(data["recalled_time_words"]),
        cause_openers=frozenset(data["cause_openers"]),
        cause_failures=frozenset(data["cause_failures"]),
        cause_attacks=frozenset(data["cause_attacks"]),
        cause_links=frozenset(data["cause_links"]),
        blame_links=frozenset(data["blame_links"]),
        agent_links=frozenset(data["agent_links"]),
        cause_verbs=frozenset(data["cause_verbs"]),
        sequence_words=frozenset(data["sequence_words"]),
        deictic_time_words=frozenset(data["deictic_time_words"]),
        client_use_verbs=frozenset(data["client_use_verbs"]),
        supplier_heads=frozenset(data["supplier_heads"]),
        sequence_verbs=frozenset(data["sequence_verbs"]),
        separate_markers=frozenset(data["separate_markers"]),
        shipped_troubles=frozenset(pattern_words["shipped_troubles"]),
        victim_nouns=frozenset(pattern_words["victim_nouns"]),
        emergency_nouns=frozenset(pattern_words["emergency_nouns"]),
        victim_list_openers=frozenset(pattern_words["victim_list_openers"]),
        hit_participles=frozenset(pattern_words["hit_participles"]),
        availability_verbs=frozenset(pattern_words["availability_verbs"]),
        carried_on_objects=frozenset(pattern_words["carried_on_objects"]),
        system_head_words=frozenset(pattern_words["system_head_words"]),
        having_forms=frozenset(pattern_words["having_forms"]),
        encrypted_forms=frozenset(pattern_words["encrypted_forms"]),
        claim_lemmas=frozenset(data["claim_lemmas"]),
        forestalling_words=frozenset(data["forestalling_words"]),
        other_owner_determiners=frozenset(data["other_owner_determiners"]),
        other_owner_nouns=frozenset(data["other_owner_nouns"]),
        private_account_words=frozenset(data["private_account_words"]),
        quantity_nouns=frozenset(data["quantity_nouns"]),
        running_verbs=frozenset(pattern_words["running_verbs"]),
        attacker_subjects=frozenset(pattern_words["attacker_subjects"]),
        causative_verbs=frozenset(data["causative_verbs"]),
        returned_words=frozenset(data["returned_words"]),
        reached_places=frozenset(data["reached_places"]),
        result_phrases=frozenset(data["result_phrases"]),
        alike_words=frozenset(data["alike_words"]),
        same_trouble_links=frozenset(data["same_trouble_links"]),
        campaign_words=frozenset(data["campaign_words"]),
        earlier_period_phrases=frozenset(
            tuple(phrase.split()) for phrase in data["earlier_period_phrases"]
        ),
        period_limits=frozenset(tuple(limit.split()) for limit in data["period_limits"]),
        apart_openers=frozenset(data["apart_openers"]),
        scopes=scopes,
    )


def _expanded(
    where: str,
    patterns: list[list[dict[str, Any]]],
    words: dict[str, list[str]],
    fragments: dict[str, list[list[dict[str, Any]]]] | None = None,
) -> tuple[tuple[dict[str, Any], ...], ...]:
    """Token patterns with each "@name" inside an IN or NOT_IN list replaced by the word set
    of that name, so a grammar's shared vocabulary (the problem an attack is, the verbs
    that end it) is written once for all its forms; and each {"FRAGMENT": name} token
    replaced by every alternative token sequence of that name (one pattern per
    alternative; all of them context when the token is), so a grammar's shared phrase (the
    channel an order is placed through: 'online', 'through its app') is written once for
    every pattern that ends in it."""

    def expand_values(values: list[Any]) -> list[Any]:
        out: list[Any] = []
        for value in values:
            if isinstance(value, str) and value.startswith("@"):
                if value[1:] not in words:
                    raise RuleError(f"{where}: no pattern_words entry {value[1:]!r}")
                out.extend(words[value[1:]])
            else:
                out.append(value)
        return out

    def expand(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                key: expand_values(value) if key in ("IN", "NOT_IN") else expand(value)
                for key, value in node.items()
            }
        if isinstance(node, str) and node.startswith("@"):
            raise RuleError(f"{where}: {node!r} names a word set outside an IN or NOT_IN list")
        return node

    def alternatives(
        pattern: list[dict[str, Any]], within: tuple[str, ...] = ()
    ) -> list[list[dict[str, Any]]]:
        variants: list[list[dict[str, Any]]] = [[]]
        for token in pattern:
            if "FRAGMENT" not in token:
                variants = [[*variant, token] for variant in variants]
                continue
            name = token["FRAGMENT"]
            if set(token) - {"FRAGMENT", CONTEXT} or not isinstance(name, str):
                raise RuleError(f"{where}: a FRAGMENT token holds only a name (and CONTEXT)")
            if fragments is None or name not in fragments:
                raise RuleError(f"{where}: no pattern_fragments entry {name!r}")
            if name in within:
                raise RuleError(f"{where}: fragment {name!r} holds itself")
            context = {CONTEXT: True} if token.get(CONTEXT) else {}
            parts = [
                [{**part_token, **context} for part_token in expanded_part]
                for part in fragments[name]
                for expanded_part in alternatives(part, (*within, name))
            ]
            variants = [variant + part for variant in variants for part in parts]
        return variants

    patterns = [variant for pattern in patterns for variant in alternatives(list(pattern))]
    expanded = tuple(tuple(expand(token) for token in pattern) for pattern in patterns)
    for index, pattern in enumerate(expanded):
        try:
            split_context(list(pattern))
        except ValueError as error:
            raise RuleError(f"{where}: pattern variant {index}: {error}") from None
    return expanded


def _parse_scope(label: str, scope: Any) -> CueScope:
    where = f"cues.json {label} scope"
    if not isinstance(scope, dict):
        raise RuleError(f"{where}: not an object")
    _check_keys(where, scope, set(), {"direction", "reach", "stops"})
    direction = scope.get("direction", "both")
    reach = scope.get("reach")
    if direction not in CUE_DIRECTIONS:
        raise RuleError(f"{where}: direction is one of {sorted(CUE_DIRECTIONS)}")
    if reach is not None and (not isinstance(reach, int) or reach < 0):
        raise RuleError(f"{where}: reach is a whole number of tokens")
    stops = scope.get("stops", [])
    if not isinstance(stops, list) or not all(isinstance(stop, str) for stop in stops):
        raise RuleError(f"{where}: stops is a list of tokens")
    if stops and direction != "forward":
        raise RuleError(f"{where}: only a forward scope has stops")
    return CueScope(direction, reach, frozenset(stops))


DATE_WORD_LISTS = (
    "weekdays",
    "weekday_ordinals",
    "final_ordinals",
    "cause_prepositions",
    "attribution_openers",
    "topic_prepositions",
    "working_verbs",
    "workaround_prepositions",
    "neutral_onsets",
    "continuing_words",
    "clock_suffixes",
    "weekday_abbreviations",
    "month_stems",
    "approximators",
    "approximate_markers",
    "leading_prepositions",
    "relative_openers",
    "weekday_qualifiers",
    "parts_of_day",
    "weekends",
    "easter",
    "recent_periods",
    "vague_periods",
    "date_nouns",
    "times_of_day",
    "duration_units",
    "dateline_openers",
    "dateline_fillers",
    "future_openers",
    "pause_ends",
    "limit_prepositions",
    "uncounted",
    "trimmed_prepositions",
    "duration_prepositions",
    "non_specific_day_determiners",
    "day_portions",
    "indefinite_articles",
    "prediction_words",
    "stretch_openers",
    "stretch_joiners",
)


@dataclass(frozen=True)
class DateWords:
    """The vocabulary of date expressions: word lists, number words, and the day or period
    offsets that relative phrases name ("yesterday" -1 day, "last month" -1 month)."""

    lists: dict[str, tuple[str, ...]]
    numbers: dict[str, int]
    days_from_reference: dict[str, int]
    period_offsets: dict[str, tuple[int, str]]
    # the named days of the year: "new year's eve" on 31 December, "thanksgiving" on the
    # fourth Thursday of November
    holidays: dict[str, Holiday] = field(default_factory=dict)

    def __getitem__(self, name: str) -> tuple[str, ...]:
        return self.lists[name]


LEAP_YEAR = 2024  # a year in which every day a holiday can name exists


@dataclass(frozen=True)
class Holiday:
    """A named day of the year: a fixed day of a month, or the nth weekday of a month (-1
    the last), then `days_after` it."""

    month: int
    day: int | None = None
    weekday: str | None = None
    nth: int = 1
    days_after: int = 0


def _parse_holiday(phrase: str, row: Any, weekdays: tuple[str, ...]) -> Holiday:
    where = f"date_patterns.json words holidays {phrase!r}"
    if not isinstance(row, dict) or set(row) - {"month", "day", "weekday", "nth", "days_after"}:
        raise RuleError(f"{where}: month with a day, or with a weekday, nth and days_after")
    if not isinstance(row.get("month"), int) or not 1 <= row["month"] <= 12:
        raise RuleError(f"{where}: month is 1 to 12")
    if ("day" in row) == ("weekday" in row):
        raise RuleError(f"{where}: either a day or a weekday")
    if "weekday" in row and row["weekday"] not in weekdays:
        raise RuleError(f"{where}: no such weekday {row['weekday']!r}")
    if "day" in row and not (
        isinstance(row["day"], int)
        and 1 <= row["day"] <= calendar.monthrange(LEAP_YEAR, row["month"])[1]
    ):
        raise RuleError(f"{where}: no such day of the month {row['day']!r}")
    # the first to fourth such weekday is in every month; -1 the last
    if row.get("nth", 1) not in {1, 2, 3, 4, -1} or not isinstance(row.get("days_after", 0), int):
        raise RuleError(f"{where}: nth is 1 to 4 or -1, days_after a whole number")
    return Holiday(
        row["month"],
        row.get("day"),
        row.get("weekday"),
        int(row.get("nth", 1)),
        int(row.get("days_after", 0)),
    )


def parse_date_words(data: dict[str, Any]) -> DateWords:
    maps = {"numbers", "days_from_reference", "period_offsets", "holidays"}
    _check_keys("date_patterns.json words", data, {*DATE_WORD_LISTS, *maps}, {"_about"})
    lists: dict[str, tuple[str, ...]] = {}
    for name in DATE_WORD_LISTS:
        words = data[name]
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise RuleError(f"date_patterns.json words {name}: not a list of non-empty strings")
        lists[name] = tuple(word.lower() for word in words)
    for name in ("numbers", "days_from_reference"):
        if not all(isinstance(v, int) for v in data[name].values()):
            raise RuleError(f"date_patterns.json words {name}: every value is a whole number")
    offsets: dict[str, tuple[int, str]] = {}
    for phrase, offset in data["period_offsets"].items():
        if (
            not isinstance(offset, list)
            or len(offset) != 2
            or not isinstance(offset[0], int)
            or offset[1] not in {"week", "month", "year"}
        ):
            raise RuleError(f"date_patterns.json words period_offsets {phrase!r}: [amount, unit]")
        offsets[phrase] = (offset[0], offset[1])
    holidays = {
        phrase.lower(): _parse_holiday(phrase, row, lists["weekdays"])
        for phrase, row in data["holidays"].items()
    }
    return DateWords(
        lists, dict(data["numbers"]), dict(data["days_from_reference"]), offsets, holidays
    )


@cache
def load_date_words() -> DateWords:
    """The date vocabulary, read once per process: date resolution needs no other rule."""
    return parse_date_words(json.loads(_read_text("date_patterns.json"))["words"])


def parse_date_patterns(data: dict[str, Any]) -> tuple[tuple[dict[str, Any], ...], ...]:
    _check_keys("date_patterns.json", data, {"patterns", "words"}, {"_about", "pattern_words"})
    patterns = data["patterns"]
    for index, pattern in enumerate(patterns):
        if not isinstance(pattern, list) or not all(isinstance(token, dict) for token in pattern):
            raise RuleError(f"date_patterns.json pattern {index}: not a list of token objects")
    # a pattern may name a list of the resolver's words too ("@weekdays")
    words = {name: value for name, value in data["words"].items() if isinstance(value, list)}
    return _expanded("date_patterns.json", patterns, {**words, **data.get("pattern_words", {})})


def parse_victim_words(data: dict[str, Any]) -> VictimWords:
    required = {
        *VICTIM_WORD_LISTS,
        "reach",
        "name_patterns",
        "term_patterns",
        "vulnerability_news",
    }
    _check_keys("victims.json", data, required, {"_about"})
    lists = {}
    for name in VICTIM_WORD_LISTS:
        words = data[name]
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise RuleError(f"victims.json {name}: not a list of non-empty strings")
        lists[name] = frozenset(word.lower() for word in words)
    # derived once here, not per mention: what an organisation owns that is not its people,
    # and the people and premises whose trouble is its trouble ("X shoppers", "X stores")
    lists["things"] = lists["asset_nouns"] - lists["people_nouns"]
    lists["people_and_premises"] = lists["people_nouns"] | lists["premises_nouns"]
    reach = data["reach"]
    _check_keys("victims.json reach", reach, set(VICTIM_REACHES), set())
    if not all(isinstance(reach[k], int) and reach[k] > 0 for k in VICTIM_REACHES):
        raise RuleError("victims.json reach: every reach is a positive whole number")
    patterns, terms = (_regexes(data, key) for key in ("name_patterns", "term_patterns"))
    news = data["vulnerability_news"]
    _check_keys("victims.json vulnerability_news", news, VULNERABILITY_NEWS_KEYS, set())
    if not all(isinstance(news[k], int) and news[k] > 0 for k in VULNERABILITY_NEWS_KEYS):
        raise RuleError("victims.json vulnerability_news: positive whole numbers")
    return VictimWords(
        lists,
        dict(reach),
        patterns,
        terms,
        news["percent_of_sentences"],
        news["fewest_sentences"],
    )


def _regexes(data: dict[str, Any], key: str) -> tuple[re.Pattern[str], ...]:
    try:
        return tuple(re.compile(pattern) for pattern in data[key])
    except (re.error, TypeError) as exc:
        raise RuleError(f"victims.json {key}: {exc}") from exc


@cache
def load_rules() -> Rules:
    """Read and validate every rule file once per process."""
    organizations = parse_organizations(_read_jsonl("organizations.jsonl"))
    non_victims = parse_non_victims(_read_jsonl("non_victims.jsonl"), organizations)
    service_data = json.loads(_read_text("services.json"))
    services = parse_services(service_data)
    cues = parse_cues(json.loads(_read_text("cues.json")))
    date_patterns = parse_date_patterns(json.loads(_read_text("date_patterns.json")))
    load_date_words()  # validated with the rest, though date resolution reads it on its own
    victims = parse_victim_words(json.loads(_read_text("victims.json")))
    other_senses = _other_senses(service_data)
    staff_nouns = frozenset(service_data.get("staff_nouns", []))
    system_heads = frozenset(service_data.get("system_heads", []))
    unspecific_heads = frozenset(service_data.get("unspecific_heads", []))
    employment_words = frozenset(service_data.get("employment_words", []))
    employment_heads = frozenset(service_data.get("employment_heads", []))
    generic_data_words = frozenset(service_data.get("generic_data_words", []))
    withholding_quantifiers = frozenset(service_data.get("withholding_quantifiers", []))
    data_owner_nouns = _pattern_words_read_in_code(service_data, "data_owners") | frozenset(
        service_data.get("data_owner_phrases", [])
    )
    data_item_phrases = frozenset(service_data.get("data_item_phrases", []))
    named_internal = service_data.get("systems_named_internal", [])
    unknown = set(named_internal) - {service.value for service in Service}
    if unknown:
        raise RuleError(f"services.json: systems_named_internal: no such service {sorted(unknown)}")
    systems_named_internal = frozenset(Service(key) for key in named_internal)
    covered = service_data.get("covered_services", {})
    named = set(covered) | {part for parts in covered.values() for part in parts}
    unknown = named - {service.value for service in Service}
    if unknown:
        raise RuleError(f"services.json: covered_services: no such service {sorted(unknown)}")
    covered_services = {
        Service(whole): frozenset(Service(part) for part in parts)
        for whole, parts in covered.items()
    }
    scheme_words = _pattern_words_read_in_code(service_data, "scheme_words")
    scheme_followers = frozenset(service_data.get("scheme_followers", []))
    trade_heads = frozenset(service_data.get("trade_heads", []))
    trade_unit_heads = frozenset(service_data.get("trade_unit_heads", []))
    return Rules(
        organizations,
        non_victims,
        services,
        cues,
        date_patterns,
        victims,
        other_senses,
        staff_nouns,
        system_heads,
        unspecific_heads,
        employment_words,
        employment_heads,
        generic_data_words,
        withholding_quantifiers,
        data_owner_nouns,
        data_item_phrases,
        systems_named_internal,
        scheme_words,
        scheme_followers,
        trade_heads,
        trade_unit_heads,
        {
            word: frozenset(heads)
            for word, heads in service_data.get("system_naming_data_words", {}).items()
        },
        frozenset(service_data.get("workplace_words", [])),
        frozenset(service_data.get("unspecific_people", [])),
        frozenset(service_data.get("employment_lemmas", [])),
        _pattern_words_read_in_code(service_data, "breach_nouns"),
        frozenset(service_data.get("staff_scheme_words", [])),
        MappingProxyType(covered_services),
        frozenset(service_data.get("covering_words", [])),
    )

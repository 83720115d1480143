"""Rule files are validated on load: typos fail loudly instead of matching nothing."""

from __future__ import annotations

import json
from importlib import resources

import pytest
import spacy

from incident_extract.lexicon import (
    CUE_WORD_LISTS,
    CueScope,
    RuleError,
    load_rules,
    parse_cues,
    parse_date_words,
    parse_organizations,
    parse_services,
)
from incident_extract.taxonomy import Service


def org(name: str, aliases: list[str], **extra: object) -> tuple[str, dict]:
    return ("test:1", {"name": name, "aliases": aliases, "sector": "grocery", **extra})


def test_shipped_rules_load_and_cover_the_taxonomy() -> None:
    rules = load_rules()
    assert {entry.service for entry in rules.services} == set(Service)
    surface_forms = sum(len(e.phrases) + len(e.patterns) for e in rules.services)
    assert surface_forms > 150
    names = {entry.name for entry in rules.organizations}
    assert {"Marks & Spencer", "Co-op", "Harrods", "Sainsbury's"} <= names


def test_unknown_key_is_rejected() -> None:
    with pytest.raises(RuleError, match="unknown keys"):
        parse_organizations([org("Fresh Mart", [], colour="green")])


def test_duplicate_alias_across_organisations_is_rejected() -> None:
    with pytest.raises(RuleError, match="already belongs"):
        parse_organizations([org("Fresh Mart", ["FM"]), org("Food Mile", ["FM"])])


def test_unknown_parent_is_rejected() -> None:
    with pytest.raises(RuleError, match="unknown parent"):
        parse_organizations([org("Fresh Mart", [], parent="Nobody Group")])


def test_service_entry_must_name_a_taxonomy_key() -> None:
    with pytest.raises(RuleError, match=r"services\.json entry 0"):
        parse_services({"entries": [{"service": "teleportation", "phrases": ["beam"]}]})


def test_same_phrase_for_two_services_is_rejected() -> None:
    entries = [{"service": s.value, "phrases": [s.value]} for s in Service]
    entries.append({"service": "website", "phrases": ["online_orders"]})
    with pytest.raises(RuleError, match="already maps"):
        parse_services({"entries": entries})


def test_unknown_cue_label_is_rejected() -> None:
    lists: dict[str, list[str]] = {key: [] for key in CUE_WORD_LISTS}
    with pytest.raises(RuleError, match="unknown cue label"):
        parse_cues({"cues": {"maybe_broken": {"phrases": ["hmm"]}}, **lists})


def _cues_with_pattern(pattern: list[dict], words: dict[str, list[str]]) -> dict:
    shipped = json.loads(
        resources.files("incident_extract.rules").joinpath("cues.json").read_text()
    )
    shipped["cues"]["restored"]["patterns"] = [pattern]
    shipped["pattern_words"] = {**shipped["pattern_words"], **words}
    return shipped


def test_a_pattern_names_a_word_set_once_for_all_its_forms() -> None:
    pattern = [{"LEMMA": {"IN": ["@verbs", "halt"]}}, {"LOWER": {"NOT_IN": ["@small"]}}]
    cues = parse_cues(_cues_with_pattern(pattern, {"verbs": ["stop", "block"], "small": ["a"]}))
    assert cues.patterns["restored"] == (
        ({"LEMMA": {"IN": ["stop", "block", "halt"]}}, {"LOWER": {"NOT_IN": ["a"]}}),
    )
    with pytest.raises(RuleError, match="no pattern_words entry 'missing'"):
        parse_cues(_cues_with_pattern([{"LOWER": {"IN": ["@missing"]}}], {}))


def _services_with_pattern(pattern: list[dict], fragments: dict[str, list[list[dict]]]) -> dict:
    entries: list[dict] = [{"service": s.value, "phrases": [s.value]} for s in Service]
    entries[0]["patterns"] = [pattern]
    return {
        "entries": entries,
        "pattern_words": {"links": ["via", "through"]},
        "pattern_fragments": fragments,
    }


def test_a_fragment_is_written_once_for_every_pattern_that_ends_in_it() -> None:
    channel = [[{"LOWER": "online"}], [{"LOWER": {"IN": ["@links"]}}, {"LOWER": "app"}]]
    entries = parse_services(
        _services_with_pattern([{"LOWER": "orders"}, {"FRAGMENT": "channel"}], {"channel": channel})
    )
    assert entries[0].patterns == (
        ({"LOWER": "orders"}, {"LOWER": "online"}),
        ({"LOWER": "orders"}, {"LOWER": {"IN": ["via", "through"]}}, {"LOWER": "app"}),
    )
    nested = {"named": [[{"LOWER": "app"}]], "channel": [[{"FRAGMENT": "named", "CONTEXT": True}]]}
    entries = parse_services(
        _services_with_pattern([{"LOWER": "orders"}, {"FRAGMENT": "channel"}], nested)
    )
    assert entries[0].patterns == (({"LOWER": "orders"}, {"LOWER": "app", "CONTEXT": True}),)
    looped = {"channel": [[{"FRAGMENT": "channel"}]]}
    with pytest.raises(RuleError, match="holds itself"):
        parse_services(_services_with_pattern([{"FRAGMENT": "channel"}], looped))
    with pytest.raises(RuleError, match="no pattern_fragments entry 'route'"):
        parse_services(_services_with_pattern([{"FRAGMENT": "route"}], {"channel": channel}))
    with pytest.raises(RuleError, match="only a name"):
        parse_services(
            _services_with_pattern([{"FRAGMENT": "channel", "OP": "?"}], {"channel": channel})
        )


def test_gazetteer_is_broad() -> None:
    rules = load_rules()
    assert len(rules.organizations) >= 300
    sectors = {entry.sector for entry in rules.organizations}
    assert {
        "grocery",
        "fashion",
        "pharmacy",
        "diy",
        "software",
        "logistics",
        "car_dealer",
    } <= sectors
    roles = {entry.role for entry in rules.non_victims}
    assert {"agency", "security_firm", "media", "index"} <= roles


def test_date_words_are_validated() -> None:
    words = json.loads(
        resources.files("incident_extract.rules").joinpath("date_patterns.json").read_text()
    )["words"]
    assert parse_date_words(words).period_offsets["last month"] == (-1, "month")
    with pytest.raises(RuleError, match="period_offsets"):
        parse_date_words({**words, "period_offsets": {"last fortnight": [-2, "fortnight"]}})
    with pytest.raises(RuleError, match="missing keys"):
        parse_date_words({k: v for k, v in words.items() if k != "weekdays"})


def test_a_cue_scope_governs_in_its_direction_and_reach() -> None:
    forward, backward, near = CueScope("forward"), CueScope("backward"), CueScope("both", 2)
    # a cue at tokens 5-6, words at 10-11 (after it) and at 1-2 (before it)
    assert forward.governs(5, 6, 10, 11) and not forward.governs(5, 6, 1, 2)
    assert backward.governs(5, 6, 1, 2) and not backward.governs(5, 6, 10, 11)
    assert near.governs(5, 6, 7, 8) and not near.governs(5, 6, 10, 11)
    assert load_rules().cues.scopes["uncertain"].direction == "forward"
    data = json.loads(resources.files("incident_extract.rules").joinpath("cues.json").read_text())
    data["cues"]["uncertain"]["scope"] = {"direction": "sideways"}
    with pytest.raises(RuleError, match="direction"):
        parse_cues(data)
    data["cues"]["uncertain"]["scope"] = {"direction": "forward", "stops": ","}
    with pytest.raises(RuleError, match="stops"):
        parse_cues(data)


def test_a_forward_scope_ends_at_its_first_stop() -> None:
    effort = load_rules().cues.scopes["effort"]
    doc = spacy.blank("en")("took steps to investigate , the incident has been contained")
    stop = effort.first_stop(doc[3:])  # after the cue "steps to"
    assert stop == 4
    # a return at "investigate" is the effort's aim, one at "contained" is not
    assert effort.governs(1, 3, 3, 4, stop)
    assert not effort.governs(1, 3, 9, 10, stop)
    data = json.loads(resources.files("incident_extract.rules").joinpath("cues.json").read_text())
    data["cues"]["uncertain"]["scope"] = {"direction": "backward", "stops": [","]}
    with pytest.raises(RuleError, match="forward"):
        parse_cues(data)

"""The rulers' speed-ups must not change what they find.

Token patterns are rewritten for the Matcher (a first token's short member list
split into one pattern per member, an optional first token into two patterns),
and single-lemma cues are found by array lookup instead. Both are checked here
against spaCy's own Matcher running the rule data as written, on text written
for the purpose.
"""

from __future__ import annotations

from typing import Any

import pytest

from incident_extract.lexicon import load_rules
from incident_extract.nlp import CUE_SPANS, _matcher_friendly, _split_for_matcher

TEXT = """Late on Monday the grocer said hackers had broken in. Its website is back online
again and card payments were restored on 3rd March, but click and collect remains
unavailable. Orders via the app.com site were paused between 4 and 6 May; stores
traded normally throughout. Staff could still use email, which was taken fully
offline last week before attackers could deploy ransomware. "We expect to resume
deliveries by Friday, March 14," a spokesperson told reporters this morning.
Earlier this month 2 million card numbers were stolen and the breach of contract
claim was dropped. The firm has been working normally since late on Tuesday."""


@pytest.fixture(scope="module")
def doc(extractor: Any) -> Any:
    return extractor.pipeline.nlp(TEXT)


def _all_token_patterns() -> list[list[dict[str, Any]]]:
    rules = load_rules()
    patterns = [list(p) for p in rules.date_patterns]
    for token_patterns in rules.cues.patterns.values():
        patterns.extend(list(p) for p in token_patterns)
    for entry in rules.services:
        patterns.extend(list(p) for p in entry.patterns)
    return patterns


def _matches(doc: Any, patterns: list[list[dict[str, Any]]]) -> set[tuple[int, int]]:
    from spacy.matcher import Matcher

    matcher = Matcher(doc.vocab)
    matcher.add("pattern", patterns)
    return {(start, end) for _, start, end in matcher(doc)}


def test_rewritten_patterns_match_exactly_what_the_originals_match(doc: Any) -> None:
    matched_somewhere = 0
    for pattern in _all_token_patterns():
        rewritten = _matcher_friendly(pattern)
        assert rewritten and all(rewritten), pattern
        original = _matches(doc, [pattern])
        assert _matches(doc, rewritten) == original, pattern
        matched_somewhere += bool(original)
    # The text exercises the patterns: an equality on no matches would prove little.
    assert matched_somewhere >= 8


def test_optional_first_token_and_member_list_are_expanded() -> None:
    pattern = [
        {"LOWER": {"IN": ["late", "early"]}, "OP": "?"},
        {"LOWER": {"IN": ["monday", "friday"]}},
    ]
    assert sorted(map(str, _matcher_friendly(pattern))) == sorted(
        map(
            str,
            [
                [{"LOWER": "monday"}],
                [{"LOWER": "friday"}],
                [{"LOWER": "late"}, {"LOWER": {"IN": ["monday", "friday"]}}],
                [{"LOWER": "early"}, {"LOWER": {"IN": ["monday", "friday"]}}],
            ],
        )
    )
    long_list = [{"LEMMA": {"IN": [f"word{i}" for i in range(40)]}}]
    assert _matcher_friendly(long_list) == [long_list]


def test_lemma_cues_are_exactly_the_tokens_a_lemma_matcher_finds(extractor: Any) -> None:
    from spacy.matcher import Matcher

    nlp = extractor.pipeline.nlp
    with nlp.select_pipes(disable=["ie_cue_ruler"]):
        only_lemmas = nlp(TEXT)
    matcher = Matcher(only_lemmas.vocab)
    for label, lemmas in load_rules().cues.lemmas.items():
        if lemmas:
            matcher.add(label, [[{"LEMMA": {"IN": list(lemmas)}}]])
    expected = {
        (only_lemmas.vocab.strings[key], start, end) for key, start, end in matcher(only_lemmas)
    }
    found = [(span.label_, span.start, span.end) for span in only_lemmas.spans[CUE_SPANS]]
    assert expected and sorted(found) == sorted(expected) and len(found) == len(set(found))


def test_cue_spans_are_sorted_and_unique(doc: Any) -> None:
    assert list(doc.spans[CUE_SPANS]) == sorted(set(doc.spans[CUE_SPANS]))


def test_rewriting_keeps_each_patterns_label_and_id() -> None:
    entries = [
        {"label": "restored", "id": "7", "pattern": [{"LOWER": {"IN": ["back", "up"]}}]},
        {"label": "DATE", "pattern": [{"LOWER": "late", "OP": "?"}, {"LOWER": "monday"}]},
        {"label": "restored", "pattern": "back online"},
    ]
    split = _split_for_matcher(entries)
    assert [(e["label"], e.get("id")) for e in split] == [
        ("restored", "7"),
        ("restored", "7"),
        ("DATE", None),
        ("DATE", None),
        ("restored", None),
    ]

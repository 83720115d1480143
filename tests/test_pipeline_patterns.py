"""The rulers' speed-ups must not change what they find.

Token patterns run only around their anchors (incident_extract.matching), and
single-lemma cues are found by array lookup. Both are checked here against
spaCy's own Matcher running the rule data as written, on text written for the
purpose.
"""

from __future__ import annotations

from typing import Any

import pytest

from incident_extract.lexicon import load_rules
from incident_extract.matching import (
    AnchoredMatcher,
    NeededWord,
    RuleSpans,
    find_anchor,
    split_context,
    token_reach,
)
from incident_extract.nlp import CUE_SPANS

TEXT = """Late on Monday the grocer said hackers had broken in. Its website is back online
again and card payments were restored on 3rd March, but click and collect remains
unavailable. Orders via the app.com site were paused between 4 and 6 May; stores
traded normally throughout. Staff could still use email, which was taken fully
offline last week before attackers could deploy ransomware. "We expect to resume
deliveries by Friday, March 14," a spokesperson told reporters this morning.
Earlier this month 2 million card numbers were stolen and the breach of contract
claim was dropped. The firm has been working normally since late on Tuesday.
Tills are now back, and the shop is once again able to take cash. Attackers tried
to encrypt files but the attempt was stopped; the ransomware was contained."""


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
    # the Matcher knows no context marker: a context token is a token like any other to it
    return [split_context(pattern)[1] for pattern in patterns]


def _matches(doc: Any, patterns: list[list[dict[str, Any]]]) -> set[tuple[int, int]]:
    from spacy.matcher import Matcher

    matcher = Matcher(doc.vocab)
    matcher.add("pattern", patterns)
    return {(start, end) for _, start, end in matcher(doc)}


def _anchored(doc: Any, patterns: list[list[dict[str, Any]]]) -> set[tuple[int, int]]:
    matcher = AnchoredMatcher(doc.vocab)
    for index, pattern in enumerate(patterns):
        matcher.add(f"pattern{index}", pattern)
    return {(start, end) for _, start, end in matcher(doc)}


def test_each_rule_pattern_matches_around_its_anchor_exactly_what_it_matches_anywhere(
    doc: Any,
) -> None:
    matched_somewhere = 0
    for pattern in _all_token_patterns():
        original = _matches(doc, [pattern])
        assert _anchored(doc, [pattern]) == original, pattern
        matched_somewhere += bool(original)
    # The text exercises the patterns: an equality on no matches would prove little.
    assert matched_somewhere >= 12


def test_all_rule_patterns_together_match_what_one_matcher_matches(doc: Any) -> None:
    from spacy.matcher import Matcher

    patterns = _all_token_patterns()
    plain, anchored = Matcher(doc.vocab), AnchoredMatcher(doc.vocab)
    for index, pattern in enumerate(patterns):
        plain.add(f"pattern{index}", [pattern])
        anchored.add(f"pattern{index}", pattern)
    assert anchored(doc) == set(plain(doc))


def test_anchor_is_the_required_token_with_fewest_values_and_reach_counts_operators() -> None:
    be_back = [
        {"LOWER": {"IN": ["is", "are", "was"]}},
        {"POS": "ADV", "OP": "?"},
        {"LOWER": "back"},
        {"IS_ALPHA": True, "OP": "{0,3}"},
        {"LEMMA": {"IN": ["online", "up"]}},
    ]
    anchor = find_anchor(be_back)
    assert anchor is not None
    assert (anchor.attribute, anchor.values, anchor.before, anchor.after) == (
        "LOWER",
        ("back",),
        2,
        4,
    )
    # An optional token is no anchor, TEXT is read as ORTH.
    optional_first = [{"LOWER": "late", "OP": "?"}, {"TEXT": "Monday"}]
    anchor = find_anchor(optional_first)
    assert anchor is not None
    assert (anchor.attribute, anchor.values, anchor.before, anchor.after) == (
        "ORTH",
        ("Monday",),
        1,
        0,
    )
    # A pattern that can grow without bound, or tests no word, runs over the whole Doc.
    assert find_anchor([{"LOWER": "down"}, {"IS_ALPHA": True, "OP": "+"}]) is None
    assert find_anchor([{"LIKE_NUM": True}, {"LOWER": {"REGEX": "^m"}}]) is None
    assert [token_reach({"OP": op}) for op in ("?", "!", "{2}", "{1,4}", "{,3}", "{2,}", "*")] == [
        1,
        1,
        2,
        4,
        3,
        None,
        None,
    ]


# "back" anchors it; the shops may lie one to three tokens before, a capital one or two after.
BACK_BY_A_DAY = [
    {"LOWER": {"IN": ["shops", "stores"]}},
    {"IS_ALPHA": True, "OP": "{0,2}"},
    {"LOWER": "back"},
    {"LOWER": "online", "OP": "?"},
    {"TEXT": {"REGEX": "^[A-Z]"}},
]


def test_an_anchor_knows_how_far_from_it_the_patterns_other_words_lie() -> None:
    anchor = find_anchor(BACK_BY_A_DAY)
    assert anchor is not None and anchor.values == ("back",)
    assert anchor.needed_words == (
        NeededWord(-3, -1, "LOWER", ("shops", "stores")),
        NeededWord(1, 2, "ORTH", regex="^[A-Z]"),
    )


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("Stores back Friday", 1),  # each needed word right beside the anchor
        ("stores were all back online Monday", 1),  # each at the far end of its reach
        ("shops were not yet back Monday", 0),  # the shops beyond reach
        ("back Monday and shops", 0),  # the shops would lie before the Doc's start
        ("the shops are back", 0),  # the capital word would lie past its end
        ("shops back online soon", 0),  # a word in reach that fails its test
    ],
)
def test_an_anchor_without_its_patterns_other_words_is_passed_over_exactly(
    extractor: Any, text: str, matches: int
) -> None:
    doc = extractor.pipeline.nlp.make_doc(text)
    assert _anchored(doc, [BACK_BY_A_DAY]) == _matches(doc, [BACK_BY_A_DAY])
    assert len(_anchored(doc, [BACK_BY_A_DAY])) == matches


def test_a_stop_word_anchors_a_pattern_only_when_it_has_no_content_word() -> None:
    stop_words = frozenset({"to", "the", "by", "in"})
    prevented = [
        {"LOWER": {"IN": ["failed", "unable"]}},
        {"LOWER": "to"},
        {"LEMMA": {"IN": ["deploy", "launch", "encrypt"]}},
    ]
    anchor = find_anchor(prevented, stop_words)
    assert anchor is not None and (anchor.values, anchor.before, anchor.after) == (
        ("failed", "unable"),
        0,
        2,
    )
    # Without a stop list the fewest values win, as before.
    assert find_anchor(prevented) == find_anchor(prevented, frozenset()) != anchor
    only_stop_words = [{"LOWER": {"IN": ["by", "in"]}}, {"LIKE_NUM": True}]
    anchor = find_anchor(only_stop_words, stop_words)
    assert anchor is not None and anchor.values == ("by", "in")


def test_anchored_matches_with_the_languages_stop_words_are_a_whole_doc_matchers(
    doc: Any,
) -> None:
    from spacy.lang.en.stop_words import STOP_WORDS
    from spacy.matcher import Matcher

    patterns = _all_token_patterns()
    plain = Matcher(doc.vocab)
    anchored = AnchoredMatcher(doc.vocab, stop_words=STOP_WORDS)
    for index, pattern in enumerate(patterns):
        plain.add(f"pattern{index}", [pattern])
        anchored.add(f"pattern{index}", pattern)
    assert anchored(doc) == set(plain(doc)) != set()


def test_context_words_must_match_but_stay_outside_the_span(extractor: Any) -> None:
    nlp = extractor.pipeline.nlp
    ruler = RuleSpans(nlp, "context_ruler", "context_spans", "LOWER")
    ruler.add_patterns(
        [
            {
                "label": "route",
                "pattern": [
                    {"LOWER": "outage", "CONTEXT": True},
                    {"LOWER": "at"},
                    {"LOWER": "its"},
                    {"LOWER": "processor"},
                ],
            }
        ]
    )
    doc = ruler(nlp.make_doc("an outage at its processor; staff at its processor"))
    assert [span.text for span in doc.spans["context_spans"]] == ["at its processor"]
    with pytest.raises(ValueError, match="open or close the pattern"):
        split_context([{"LOWER": "at"}, {"LOWER": "outage", "CONTEXT": True}, {"LOWER": "at"}])
    with pytest.raises(ValueError, match="opening context token takes no operator"):
        split_context([{"LOWER": "outage", "CONTEXT": True, "OP": "?"}, {"LOWER": "at"}])


def test_closing_context_may_vary_while_the_span_before_it_is_fixed(extractor: Any) -> None:
    nlp = extractor.pipeline.nlp
    ruler = RuleSpans(nlp, "closing_ruler", "closing_spans", "LOWER")
    placed_later = [
        {"LOWER": "orders"},
        {"LOWER": {"IN": ["can", "not", "still", "be"]}, "OP": "+", "CONTEXT": True},
        {"LOWER": "placed", "CONTEXT": True},
    ]
    ruler.add_patterns([{"label": "ordering", "pattern": placed_later}])
    doc = ruler(nlp.make_doc("orders can not be placed; orders can still be placed; orders"))
    assert [(span.start, span.text) for span in doc.spans["closing_spans"]] == [
        (0, "orders"),
        (6, "orders"),
    ]
    with pytest.raises(ValueError, match="its end is fixed"):
        split_context([{"LOWER": "orders", "OP": "+"}, {"LOWER": "placed", "CONTEXT": True}])


def test_every_rule_pattern_has_an_anchor(extractor: Any) -> None:
    """A pattern without one is tried at every token of every article: a run of optional
    words in the rules is bounded ('{,6}', '{,12}'), so that none needs the whole Doc."""
    stop_words = frozenset(extractor.pipeline.nlp.Defaults.stop_words)
    unanchored = [p for p in _all_token_patterns() if find_anchor(p, stop_words) is None]
    assert unanchored == []


def test_patterns_without_anchor_still_match(extractor: Any) -> None:
    doc = extractor.pipeline.nlp.make_doc("systems were down down down for days")
    unbounded = [{"LOWER": "down"}, {"LOWER": "down", "OP": "+"}]
    assert _anchored(doc, [unbounded]) == _matches(doc, [unbounded]) != set()


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


def test_rule_spans_keep_each_patterns_label_and_id(extractor: Any) -> None:
    nlp = extractor.pipeline.nlp
    ruler = RuleSpans(nlp, "test_ruler", "test_spans", "LOWER")
    ruler.add_patterns(
        [
            {"label": "restored", "id": "7", "pattern": [{"LOWER": {"IN": ["back", "up"]}}]},
            {"label": "DATE", "pattern": [{"LOWER": "late", "OP": "?"}, {"LOWER": "monday"}]},
            {"label": "restored", "pattern": "back online"},
        ]
    )
    doc = ruler(nlp.make_doc("Late Monday the site was back online"))
    assert [(s.text, s.label_, s.id_) for s in doc.spans["test_spans"]] == [
        ("Late Monday", "DATE", ""),
        ("Monday", "DATE", ""),
        ("back", "restored", "7"),
        ("back online", "restored", ""),
    ]


def test_words_already_in_their_base_form_keep_it(extractor: Any) -> None:
    # the tag map replaces the attribute ruler, so it must give the lemmatizer the features
    # of a base form, or the lemmatizer strips suffixes that are part of the word
    doc = extractor.pipeline.nlp(
        "They bring the news to the business, and we will bring access back to the bus."
    )
    lemmas = {token.text: token.lemma_ for token in doc}
    assert lemmas["bring"] == "bring"
    assert lemmas["news"] == "news"
    assert lemmas["business"] == "business"
    assert lemmas["access"] == "access"
    assert lemmas["bus"] == "bus"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staff names and addresses were copied.", {"names": "employee_data"}),
        ("The names of some former nurses were copied.", {"names": "employee_data"}),
        ("Data on 57 million riders and drivers was taken.", {"Data": "customer_data"}),
        ("The names of customers and staff were copied.", {"names": "customer_data"}),
        ("The names of 2,000 customers were copied.", {"names": "customer_data"}),
        ("Card and contactless payments failed.", {"Card": "card_payments"}),
        (
            "Personal information belonging to former drivers was taken.",
            {"Personal information": "employee_data"},
        ),
        ("Data relating to 900 customers was taken.", {"Data": "customer_data"}),
    ],
)
def test_service_spans_read_owners_and_shared_heads(
    extractor: Any, text: str, expected: dict[str, str]
) -> None:
    spans = _service_labels(extractor, text)
    assert {word: spans.get(word) for word in expected} == expected


def _service_labels(extractor: Any, text: str) -> dict[str, str]:
    """Each service span's text and its label, after every service component has run."""
    from incident_extract.nlp import SERVICE_SPANS

    doc = extractor.pipeline.nlp(text)
    return {span.text: span.label_ for span in doc.spans[SERVICE_SPANS]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The clinic's electronic patient record system went down overnight.",
            {"electronic patient record system": "internal_systems"},
        ),
        (
            "Its document management system remains offline.",
            {"document management system": "internal_systems"},
        ),
        ("The depot's payroll system was encrypted.", {"payroll system": "internal_systems"}),
        # the lexicon's own reading wins: a payment system is card payments
        ("The chain's payment system failed at lunchtime.", {"payment system": "card_payments"}),
        ("The online booking system was taken down.", {"online booking system": "online_orders"}),
    ],
)
def test_a_system_named_by_what_it_does_is_an_internal_system(
    extractor: Any, text: str, expected: dict[str, str]
) -> None:
    spans = _service_labels(extractor, text)
    assert {word: spans.get(word) for word in expected} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The system failed at lunchtime.",  # names no use
        "The firm bought new systems last year.",
        "Hackers gained access to its systems on Monday.",  # the scene of the attack
        "Staff used the store's tannoy system to call for help.",  # the building's
        "Shoppers with an older operating system on their phones must update the app.",
    ],
)
def test_a_system_that_names_no_use_is_no_named_system(extractor: Any, text: str) -> None:
    spans = _service_labels(extractor, text)
    assert not [
        words for words, label in spans.items() if label == "internal_systems" and " " in words
    ]

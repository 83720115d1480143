"""The phrase lookup skips tokens no phrase can open and reads lower-case words once per doc
(both for speed): it must find exactly what a slice-by-slice comparison finds, for phrases
that split into several tokens ("can't", "follow-up") as well as words, and the cached words
must be the tokens' own."""

from __future__ import annotations

from typing import Any

from incident_extract.layout import lower_words, phrase_shape, phrase_width_at

PHRASES = frozenset(
    {"because of", "following", "follow-up", "can't", "in the wake of", "due to", "after"}
)
TEXT = (
    "Following a follow-up audit, the shop can't take cards because of an outage. In the "
    "wake of the attack, and due to the fault, tills were down after lunch; Can't-miss deals "
    "were cancelled, following\nthe\n\nfailure."
)


def _slice_by_slice(doc: Any, index: int, end: int, widest: int) -> int:
    for width in range(widest, 0, -1):
        if index + width <= end and doc[index : index + width].text.lower() in PHRASES:
            return width
    return 0


def test_the_lookup_finds_what_a_slice_by_slice_comparison_finds(extractor: Any) -> None:
    doc = extractor.pipeline.nlp(TEXT)
    _, widest = phrase_shape(PHRASES)
    found = [phrase_width_at(doc, i, len(doc), PHRASES, widest) for i in range(len(doc))]
    expected = [_slice_by_slice(doc, i, len(doc), widest) for i in range(len(doc))]
    assert found == expected
    assert sum(1 for width in found if width) >= 7  # the phrases are there to be found


def test_a_phrase_is_not_found_past_the_end_it_is_given(extractor: Any) -> None:
    doc = extractor.pipeline.nlp("It failed because of an outage.")
    _, widest = phrase_shape(PHRASES)
    because = next(t.i for t in doc if t.lower_ == "because")
    assert phrase_width_at(doc, because, len(doc), PHRASES, widest) == 2
    assert phrase_width_at(doc, because, because + 1, PHRASES, widest) == 0
    assert phrase_width_at(doc, because, because, PHRASES, widest) == 0


def test_the_cached_lower_case_words_are_the_tokens_own(extractor: Any) -> None:
    doc = extractor.pipeline.nlp(TEXT)
    assert lower_words(doc) == [token.lower_ for token in doc]
    assert lower_words(doc) is lower_words(doc)  # read once

"""A name ends at a line break: the recogniser runs a name on from a headline or a masthead
into the next paragraph (a headline ending on the name its lede opens with), and each line's
part that reads as a name is a name of its own; a headline's words ('Queues at Pellow
Stores') and a dateline run into its lede ('INNSBRUCK – Hotels') are none. Articles and
words invented for these tests."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Span

from conftest import incident_of
from incident_extract.nlp import _mark_paragraph_breaks


def test_a_headline_ending_on_the_ledes_first_name(extract: Any) -> None:
    text = (
        "Ransomware hits till supplier Trewidden Systems\n\n"
        "Trewidden Systems, a company that supplies till software to 300 independent shops, "
        "said on Monday that a ransomware attack had taken its servers offline.\n\n"
        "Mousehole Books, one of its customers, said its tills had been down since Saturday."
    )
    record = extract(text, published="2025-06-02")
    assert incident_of(record, "Trewidden Systems")["role"] == "primary"


BLANK = spacy.blank("en")


def _entities_after_breaks(text: str) -> list[str]:
    doc = BLANK.make_doc(text)
    doc.ents = [Span(doc, 0, len(doc), label="ORG")]
    return [ent.text for ent in _mark_paragraph_breaks(doc).ents]


def test_each_lines_name_stands_alone() -> None:
    assert _entities_after_breaks("City Hall\n\nThe City of Fresno") == [
        "City Hall",
        "The City of Fresno",
    ]


def test_a_headlines_words_or_a_dateline_left_by_a_break_are_no_name() -> None:
    """Guard: the headline's last name stands alone; its words before it, and a dateline,
    name no one."""
    assert _entities_after_breaks("Alpstay\n\nINNSBRUCK – Hotels") == ["Alpstay"]
    assert _entities_after_breaks("Queues at Pellow Stores\n\nTessaro") == ["Tessaro"]


def test_a_hard_wrap_inside_a_name_keeps_it_whole() -> None:
    """Guard: a single line break after running prose may wrap a sentence; after a headline
    it ends the line's name."""
    wrapped = "the online furniture seller, Brembly Fine\nFoods"
    doc = BLANK.make_doc(wrapped)
    doc.ents = [Span(doc, len(doc) - 4, len(doc), label="ORG")]
    assert [ent.text for ent in _mark_paragraph_breaks(doc).ents] == ["Brembly Fine\nFoods"]
    assert _entities_after_breaks("Trewidden Systems\nTrewidden Systems") == [
        "Trewidden Systems",
        "Trewidden Systems",
    ]

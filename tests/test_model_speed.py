"""The speed settings of the model pass change its speed, never what it finds.

The pipeline's matrix products go through numpy instead of thinc's BLIS, with OpenBLAS
held to one thread while extraction runs (nlp.py); these tests read every fixture
article and a case set with both back ends and require the same sentences, tags,
lemmas and entities, and check that extraction runs on one thread and lifts the limit
when it ends. The lemmatizer's answers are remembered (nlp.RememberedLemmas): the
lemmas must be spaCy's lemmatizer's, also after a memory zone has dropped them from the
string store.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from incident_extract.inputs import Article
from incident_extract.nlp import use_numpy_matrix_products

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    paths = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    paths += sorted((ROOT / "tests" / "cases" / "kinds").glob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def _layers(nlp: Any) -> Iterator[Any]:
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            yield from model.walk()


def _readings(nlp: Any, texts: list[str]) -> list[Any]:
    model_components = [name for name in nlp.pipe_names if not name.startswith("ie_")]
    with nlp.select_pipes(enable=model_components):
        return [
            (
                [token.is_sent_start for token in doc],
                [token.tag_ for token in doc],
                [token.lemma_ for token in doc],
                [(ent.start, ent.end, ent.label_) for ent in doc.ents],
            )
            for doc in nlp.pipe(texts, batch_size=16)
        ]


def test_numpy_matrix_products_read_every_fixture_as_blis_does(extractor: Any) -> None:
    from thinc.api import NumpyOps

    nlp, texts = extractor.pipeline.nlp, _texts()
    assert len(texts) >= 30
    assert all(not layer.ops.use_blis for layer in _layers(nlp))
    fast = _readings(nlp, texts)
    blis = NumpyOps(use_blis=True)
    try:
        for layer in _layers(nlp):
            layer.ops = blis
        default = _readings(nlp, texts)
    finally:
        use_numpy_matrix_products(nlp)
    assert fast == default


def test_extraction_holds_openblas_to_one_thread_and_lifts_the_limit_after(
    extractor: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from threadpoolctl import threadpool_info, threadpool_limits

    def openblas_threads() -> list[int]:
        return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]

    if not openblas_threads():
        pytest.skip("numpy here is built without a BLAS that threadpoolctl can see")
    during_extraction: list[list[int]] = []
    record_from_doc = extractor.record_from_doc

    def recording(doc: Any, article: Article) -> Any:
        during_extraction.append(openblas_threads())
        return record_from_doc(doc, article)

    monkeypatch.setattr(extractor, "record_from_doc", recording)
    with threadpool_limits(limits=2, user_api="blas"):
        before = openblas_threads()
        extractor.extract(Article(text="The council said its website was down on Monday."))
        after = openblas_threads()
    assert before == after == [2] * len(before)
    assert during_extraction == [[1] * len(before)]


def test_remembered_lemmas_are_the_models_lemmatizers(extractor: Any) -> None:
    nlp, texts = extractor.pipeline.nlp, _texts()
    assert "lemmas" in nlp.pipe_names and "lemmatizer" in nlp.disabled
    texts.append("Hackers hit the shops; the shops' tills were hit again, and shopping stopped.")
    remembered = [[token.lemma_ for token in doc] for doc in nlp.pipe(texts)]
    with nlp.memory_zone():  # lemmas written inside a zone leave the string store after it
        list(nlp.pipe(["Rebuilding the grocer's zorblings took weeks of flurbitzed servers."]))
    again = [token.lemma_ for token in nlp("Rebuilding the zorblings took flurbitzed servers.")]
    nlp.enable_pipe("lemmatizer")
    try:
        with nlp.select_pipes(disable=["lemmas"]):
            spacys = [[token.lemma_ for token in doc] for doc in nlp.pipe(texts)]
            spacys_again = [
                token.lemma_ for token in nlp("Rebuilding the zorblings took flurbitzed servers.")
            ]
    finally:
        nlp.disable_pipe("lemmatizer")
    assert remembered == spacys
    assert again == spacys_again
    assert [again[i] for i in (0, 2, 3, 5)] == ["rebuild", "zorbling", "take", "server"]

"""The speed settings of the model pass change its speed, never what it finds.

The pipeline's matrix products go through numpy instead of thinc's BLIS, with OpenBLAS
held to one thread while extraction runs (nlp.py); these tests read every fixture
article and the unseen set with both back ends and require the same sentences, tags,
lemmas and entities, and check that the thread limit is lifted when extraction ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from incident_extract.inputs import Article
from incident_extract.nlp import one_blas_thread, use_numpy_matrix_products

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _texts() -> list[str]:
    paths = sorted((FIXTURES / "articles").glob("*.txt"))
    paths += sorted((FIXTURES / "unseen").glob("*.txt"))
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
    extractor: Any,
) -> None:
    from threadpoolctl import threadpool_info, threadpool_limits

    def openblas_threads() -> list[int]:
        return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]

    if not openblas_threads():
        pytest.skip("numpy here is built without a BLAS that threadpoolctl can see")
    seen_inside: list[list[int]] = []
    with threadpool_limits(limits=2, user_api="blas"):
        with one_blas_thread():
            seen_inside.append(openblas_threads())
        after_context = openblas_threads()
        extractor.extract(Article(text="The council said its website was down on Monday."))
        after_extraction = openblas_threads()
    assert seen_inside == [[1] * len(after_context)]
    assert after_context == after_extraction == [2] * len(after_context)

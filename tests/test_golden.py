"""Golden tests: every fixture article gives exactly its reviewed expected record,
and agrees with its hand-written gold annotation on who was hit."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from conftest import ARTICLES, EXPECTED, check_record, score_gold
from incident_extract.evaluate import load_gold_folder
from incident_extract.output import to_pretty_json

GOLD = {article.id: article for article in load_gold_folder(ARTICLES)}


@pytest.mark.parametrize("article_id", sorted(GOLD))
def test_fixture_matches_expected_record(article_id: str, extract, request) -> None:
    article = GOLD[article_id]
    text = article.text_path.read_text(encoding="utf-8")
    published = article.gold.get("published")
    record = extract(text, published)
    record["source"]["path"] = f"fixtures/articles/{article_id}.txt"
    expected_path = EXPECTED / f"{article_id}.json"
    if request.config.getoption("--update-golden"):
        expected_path.write_text(to_pretty_json(record) + "\n", encoding="utf-8")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    check_record(expected, text)
    actual_text, expected_text = to_pretty_json(record), to_pretty_json(expected)
    diff = difflib.unified_diff(
        expected_text.splitlines(), actual_text.splitlines(), "expected", "actual", lineterm=""
    )
    assert actual_text == expected_text, "\n".join(diff)


@pytest.mark.parametrize("article_id", sorted(GOLD))
def test_fixture_agrees_with_gold_on_organisations(article_id: str, extract) -> None:
    report = score_gold(extract, article_id, GOLD[article_id])
    organizations = report.sets["organizations"]
    assert organizations.fn == 0, report.details[article_id]
    assert organizations.fp == 0, report.details[article_id]
    assert report.primary.right == report.primary.total
    assert report.negatives.right == report.negatives.total


def test_every_fixture_has_an_expected_record() -> None:
    expected = {path.stem for path in Path(EXPECTED).glob("*.json")}
    assert expected == set(GOLD)

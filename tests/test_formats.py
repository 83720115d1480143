"""Real inputs: saved web pages, JSON / JSON Lines records, WARC archives, gzip."""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import FIXTURES, check_record, write_warc
from incident_extract.cli import ExitCode, cli
from incident_extract.inputs import detect_format, metadata_date

PAGE = FIXTURES / "inputs" / "saved-article-page.html"
FEED = FIXTURES / "inputs" / "mixed-fields.jsonl"


def run(*args: str) -> tuple[int, list[dict]]:
    result = CliRunner().invoke(cli, ["extract", *args, "-q"], catch_exceptions=False)
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, lines


def test_saved_page_gives_the_article_without_boilerplate() -> None:
    result = CliRunner().invoke(cli, ["extract", str(PAGE), "--emit-text"], catch_exceptions=False)
    record = check_record(json.loads(result.stdout))
    check_record(record, record["text"])  # evidence offsets refer to the extracted text
    source = record["source"]
    assert source["published"] == "2025-05-14" and source["published_from"] == "metadata"
    assert source["title"] == "Fernleigh Stores halts online orders after cyber attack"
    assert source["url"] == "https://herald.example/retail/fernleigh-stores-cyber-attack"
    assert [i["organization"]["name"] for i in record["incidents"]] == ["Fernleigh Stores"]
    for boilerplate in ("cookies", "Related stories", "Tesco", "Primark"):
        assert boilerplate not in record["text"]


def test_option_date_beats_page_metadata() -> None:
    _, records = run(str(PAGE), "--published", "2025-05-20", "--format", "jsonl")
    assert records[0]["source"]["published"] == "2025-05-20"
    assert records[0]["source"]["published_from"] == "option"


def test_json_lines_with_mixed_field_names() -> None:
    code, records = run(str(FEED))
    assert code == ExitCode.OK
    assert [r["source"]["line"] for r in records] == [1, 2, 3, 4, 5]
    assert [r["source"]["id"] for r in records] == ["n-101", "feed-7", "a3", "4", "n-105"]
    assert [r["source"]["published"] for r in records] == [
        "2025-02-03",
        "2025-03-10",
        "2025-06-16",
        "2025-01-20",
        "2025-04-01",
    ]
    assert all(r["source"]["published_from"] == "metadata" for r in records)
    names = [[i["organization"]["name"] for i in r["incidents"]] for r in records]
    assert names == [
        ["Hatherley Foods"],
        ["Coldridge Pharmacy"],
        ["Pellham Markets"],
        ["Wendover Home"],
        [],
    ]
    assert records[3]["source"]["title"] == "Wendover Home confirms cyber incident"
    for record in records:
        check_record(record)


def test_custom_text_field_and_bad_lines(tmp_path: Path) -> None:
    feed = tmp_path / "feed.ndjson"
    feed.write_text(
        json.dumps(
            {
                "story": "Ridley Foods said a cyber attack halted online orders.",
                "when": "2025-07-01",
            }
        )
        + "\nnot json\n"
        + json.dumps({"other": "no text here"})
        + "\n",
        encoding="utf-8",
    )
    code, records = run(str(feed), "--text-field", "story", "--date-field", "when")
    assert code == ExitCode.INPUT_FAILURES
    assert records[0]["source"]["published"] == "2025-07-01"
    assert records[0]["incidents"][0]["organization"]["name"] == "Ridley Foods"
    assert records[1]["error"]["type"] == "bad_json"
    assert records[2]["error"]["type"] == "no_text"


def test_json_array_and_news_api_envelope(tmp_path: Path) -> None:
    envelope = {
        "status": "ok",
        "articles": [
            {
                "title": "A",
                "content": "Ridley Foods said a cyber attack halted online orders.",
                "publishedAt": "2025-07-01T10:00:00Z",
            },
            {"title": "B", "description": "Sales rose at Tesco.", "publishedAt": "2025-07-02"},
        ],
    }
    path = tmp_path / "api.json"
    path.write_text(json.dumps(envelope), encoding="utf-8")
    _, records = run(str(path))
    assert [r["source"]["line"] for r in records] == [1, 2]
    assert [len(r["incidents"]) for r in records] == [1, 0]


def _page(title: str, body: str, published: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (
        f"<html><head><title>{title}</title>{meta}</head><body><nav>Home | Tesco | Asda</nav>"
        f"<article><h1>{title}</h1><p>{body}</p></article>"
        f"<footer>Related: Boots hit by cyber attack</footer></body></html>"
    ).encode()


def _warc(path: Path) -> None:
    responses = [
        (
            "https://news.example/one",
            "200 OK",
            "text/html; charset=utf-8",
            _page(
                "Ashgrove Retail hit by cyber attack",
                "Ashgrove Retail said a cyber attack had disrupted its online orders. "
                "Its stores remain open.",
                "2025-03-04",
            ),
        ),
        (
            "https://news.example/logo.png",
            "200 OK",
            "image/png",
            b"\x89PNG\r\n\x1a\n" + bytes(64),
        ),
        ("https://news.example/gone", "404 Not Found", "text/html", b"<html>Not found</html>"),
        (
            "https://news.example/two",
            "200 OK",
            "text/html",
            _page(
                "Bexley Bakeries restores card payments",
                "Bexley Bakeries said card payments were restored on Tuesday after an "
                "IT outage caused by a software update.",
            ),
        ),
    ]
    write_warc(path, responses, "2025-03-05")


def test_warc_archive_gives_one_record_per_html_response(tmp_path: Path) -> None:
    archive = tmp_path / "news.warc.gz"
    _warc(archive)
    result = CliRunner().invoke(cli, ["extract", str(archive)], catch_exceptions=False)
    assert result.exit_code == ExitCode.OK
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"]["url"] for r in records] == [
        "https://news.example/one",
        "https://news.example/two",
    ]
    assert [r["source"]["published"] for r in records] == ["2025-03-04", "2025-03-05"]
    assert [i["organization"]["name"] for r in records for i in r["incidents"]] == [
        "Ashgrove Retail",
        "Bexley Bakeries",
    ]
    assert all(r["source"]["id"].startswith("<urn:uuid:") for r in records)
    assert "2 archive records skipped" in result.stderr


def test_gzipped_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(FEED.read_bytes()))
    _, records = run(str(path))
    assert len(records) == 5


def test_page_with_no_article_is_an_error_record(tmp_path: Path) -> None:
    page = tmp_path / "index.html"
    page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    code, records = run(str(page), "--format", "jsonl")
    assert code == ExitCode.INPUT_FAILURES
    assert records[0]["error"]["type"] == "no_article"


@pytest.mark.parametrize(
    ("path", "head", "kind"),
    [
        ("a.html", b"", "html"),
        ("page", b"<!DOCTYPE html><html>", "html"),
        ("archive", b"WARC/1.0\r\n", "warc"),
        ("feed", b'{"a": 1}\n{"a": 2}\n{"a": 3}\n', "jsonl"),
        ("feed", b'[{"a": 1}]', "json"),
        ("story.txt", b"M&S was hit by a cyber attack.", "text"),
        ("feed.ndjson.gz", b"", "jsonl"),
    ],
)
def test_format_detection(path: str, head: bytes, kind: str) -> None:
    assert detect_format(path, head) == kind


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-05-14", date(2025, 5, 14)),
        ("2025-05-14T09:41:00Z", date(2025, 5, 14)),
        ("Wed, 14 May 2025 09:41:00 GMT", date(2025, 5, 14)),
        ("yesterday", None),
        (None, None),
    ],
)
def test_metadata_dates(value, expected) -> None:  # type: ignore[no-untyped-def]
    assert metadata_date(value) == expected


UPDATE_HEADLINE = (
    "[Update] Corran Foods restores card payments\n\n"
    "Corran Foods said card payments were back at its shops after an IT outage.\n"
)


@pytest.mark.parametrize(
    ("path", "head", "kind"),
    [
        ("story.txt", b"[Update] Shops reopen", "text"),
        ("story.txt.gz", b'{"text": "x"}', "text"),  # the name decides first
        ("-", b"[Update] Shops reopen", "text"),
        ("-", b"{Exclusive} Hackers hit", "text"),
        ("-", b'[{"text": "x"}]', "json"),
        ("-", b'{"text": "x"}\n{"text": "y"}\n', "jsonl"),
    ],
)
def test_the_name_decides_and_text_that_does_not_start_as_json_is_text(
    path: str, head: bytes, kind: str
) -> None:
    assert detect_format(path, head) == kind


@pytest.mark.parametrize("from_stdin", [False, True])
def test_a_bracketed_headline_is_an_article_not_an_error(tmp_path: Path, from_stdin: bool) -> None:
    article = tmp_path / "update.txt"
    article.write_text(UPDATE_HEADLINE, encoding="utf-8")
    runner = CliRunner()
    if from_stdin:
        result = runner.invoke(cli, ["extract", "-"], input=UPDATE_HEADLINE)
    else:
        result = runner.invoke(cli, ["extract", str(article)])
    assert result.exit_code == ExitCode.OK, result.output
    record = json.loads(result.stdout)
    assert [i["organization"]["name"] for i in record["incidents"]] == ["Corran Foods"]

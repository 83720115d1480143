"""Decoding raw bytes: encodings are detected, binary and empty inputs refused with a reason."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from incident_extract.inputs import Article, InputError, decode, expand_paths
from incident_extract.inputs.files import read_raw
from incident_extract.inputs.text import DecodedText
from incident_extract.taxonomy import PublishedFrom


def decoded(data: bytes) -> DecodedText | InputError:
    return decode("x.txt", data)


def test_utf8_with_bom_and_crlf() -> None:
    result = decoded("\ufeffLine one\r\nLine two".encode())
    assert isinstance(result, DecodedText)
    assert result.text == "Line one\nLine two" and not result.warnings


def test_utf16_with_bom() -> None:
    result = decoded("Tesco outage".encode("utf-16"))
    assert isinstance(result, DecodedText) and result.text == "Tesco outage"


def test_cp1252_is_decoded_with_a_warning() -> None:
    result = decoded("Shoppers’ café – closed".encode("cp1252"))
    assert isinstance(result, DecodedText)
    assert result.text == "Shoppers’ café – closed"
    assert "cp1252" in result.warnings[0]


@pytest.mark.parametrize(
    ("data", "kind"), [(b"", "empty"), (b" \n\t\n", "empty"), (b"%PDF-1.7\x00\x01\x02", "binary")]
)
def test_refused_inputs(data: bytes, kind: str) -> None:
    result = decoded(data)
    assert isinstance(result, InputError) and result.type == kind


def test_directory_and_missing_paths(tmp_path: Path) -> None:
    assert isinstance(read_raw(str(tmp_path), stdin=None), InputError)  # type: ignore[arg-type]
    missing = list(expand_paths([str(tmp_path / "nope.txt")], "*.txt"))
    assert isinstance(missing[0], InputError) and missing[0].type == "not_found"


def test_broken_symlink_in_a_folder_is_an_error_record(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    paths = [p for p in expand_paths([str(tmp_path)], "*.txt")]
    assert len(paths) == 1
    result = read_raw(str(paths[0]), stdin=None)  # type: ignore[arg-type]
    assert isinstance(result, InputError) and result.type == "not_found"


def test_bytes_in_hand_read_like_the_file_they_came_from(tmp_path: Path) -> None:
    """`read_bytes` (what a Spark executor calls on bytes it was handed) gives the articles
    `read_inputs` gives for the same file: same texts, digests, lines and metadata."""
    from incident_extract.inputs import ReadOptions, read_bytes, read_inputs

    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"title": "Ferry firm hit", "text": "The ferry operator said its booking site was '
        'down after a cyber attack on Monday.", "date": "2025-03-04"}\n'
        "not json\n"
        '{"headline": "Council systems", "body": "The council said phone lines were '
        'restored on Friday after the outage."}\n',
        encoding="utf-8",
    )
    options = ReadOptions()
    from_file = list(read_inputs([str(feed)], options, stdin=None))
    from_bytes = list(read_bytes(str(feed), feed.read_bytes(), options, []))
    assert from_file == from_bytes
    kinds = [type(item).__name__ for item in from_file]
    assert kinds == ["Article", "InputError", "Article"]
    first = from_file[0]
    assert isinstance(first, Article) and first.published_from == PublishedFrom.METADATA


def test_a_publication_date_given_overrides_the_inputs_own(tmp_path: Path) -> None:
    from incident_extract.inputs import ReadOptions, read_bytes

    data = (
        b'{"text": "Stores were unable to take card payments after the attack.", '
        b'"date": "2025-03-04"}'
    )
    reading = ReadOptions(published=date(2025, 3, 9))
    (article,) = read_bytes("one.json", data, reading, [])
    assert isinstance(article, Article)
    assert (article.published, article.published_from) == (date(2025, 3, 9), PublishedFrom.OPTION)


def test_standard_input_where_there_is_none_is_an_error_not_a_crash() -> None:
    from incident_extract.inputs import ReadOptions, read_path

    (item,) = read_path("-", ReadOptions(), None, [])
    assert isinstance(item, InputError) and item.type == "unreadable"


def test_a_parser_failing_in_a_way_nobody_foresaw_is_an_error_record(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What an input gave before its parser broke stays; the break is an error, not a crash
    of the batch (or a failed Spark job)."""
    from incident_extract.inputs import ReadOptions, read_bytes, reader

    def breaking(name: str, *_: object) -> Iterator[Article]:
        yield Article(text="Cardew Mills said its website was down after an outage.", path=name)
        raise RuntimeError("a parser bug")

    monkeypatch.setattr(reader, "articles_in", breaking)
    first, second = read_bytes("feed.jsonl", b"{}", ReadOptions(), [])
    assert isinstance(first, Article)
    assert isinstance(second, InputError) and second.type == "read_error"


def test_bytes_in_hand_keep_the_size_limit_a_file_has_except_for_archives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from incident_extract.inputs import ReadOptions, read_bytes, reader

    monkeypatch.setattr(reader, "MAX_BYTES", 1_000)
    big = b"Hollins said its website was down. " * 40
    (refused,) = read_bytes("big.txt", big, ReadOptions(), [])
    assert isinstance(refused, InputError) and refused.type == "too_large"
    archive = list(read_bytes("big.warc", big, ReadOptions(), []))
    assert all(getattr(item, "type", None) != "too_large" for item in archive)

"""Decoding raw bytes: encodings are detected, binary and empty inputs refused with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_extract.inputs import (
    DecodedText,
    InputError,
    RawInput,
    decode,
    expand_paths,
    read_raw,
)


def decoded(data: bytes) -> DecodedText | InputError:
    return decode(RawInput("x.txt", data))


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

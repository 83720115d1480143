"""Bytes -> text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 with a warning;
binary files refused, line ends normalised."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..article import InputError

BINARY_SNIFF = 4096
FALLBACK_ENCODINGS = ("cp1252", "latin-1")


@dataclass(frozen=True)
class DecodedText:
    path: str
    sha256: str
    text: str
    warnings: tuple[str, ...]


BINARY_MAGIC = (b"\x89PNG", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF")


def _looks_binary(data: bytes) -> bool:
    head = data[:BINARY_SNIFF]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a byte order mark has NULs but is text
    if head.startswith(BINARY_MAGIC):
        return True
    control = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return bool(head) and control / len(head) > 0.1


def decode(path: str, data: bytes) -> DecodedText | InputError:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 with a warning."""
    digest = hashlib.sha256(data).hexdigest()
    if _looks_binary(data):
        return InputError(path, digest, "binary", "the file looks binary, not text")
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return InputError(path, digest, "decode_error", "invalid UTF-16 text")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            for encoding in FALLBACK_ENCODINGS:
                try:
                    text = data.decode(encoding)
                except UnicodeDecodeError:
                    continue
                warnings.append(f"input is not valid UTF-8; decoded as {encoding}")
                break
            else:  # pragma: no cover - latin-1 decodes every byte string
                return InputError(path, digest, "decode_error", "cannot decode the text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append("NUL characters removed from the text")
    if not text.strip():
        return InputError(path, digest, "empty", "the input has no text")
    return DecodedText(path, digest, text, tuple(warnings))

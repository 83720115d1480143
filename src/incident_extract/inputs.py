"""Files, folders and stdin -> decoded article inputs, or an error describing why not.

Reading never raises for bad input: every path yields either an `ArticleInput`
or an `InputError`, so one unreadable file never stops a batch.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

MAX_BYTES = 50 * 1024 * 1024
BINARY_SNIFF = 4096
FALLBACK_ENCODINGS = ("cp1252", "latin-1")


@dataclass(frozen=True)
class RawInput:
    path: str
    data: bytes


@dataclass(frozen=True)
class InputError:
    path: str
    sha256: str | None
    type: str
    message: str

    def source(self) -> dict[str, object]:
        return {"path": self.path, "sha256": self.sha256}


@dataclass(frozen=True)
class DecodedText:
    path: str
    sha256: str
    text: str
    warnings: tuple[str, ...]


def expand_paths(paths: list[str], glob: str) -> Iterator[str | InputError]:
    """Each given path, with folders expanded recursively (sorted, so output order is stable).

    Symbolic links to folders are not followed (a link loop cannot trap the walk); links
    to files are listed, and a broken one becomes an error record when it is read.
    """
    for given in paths:
        if given == "-":
            yield given
            continue
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, glob)
        elif path.exists() or path.is_symlink():
            yield given
        else:
            yield InputError(given, None, "not_found", f"no such file or directory: {given}")


def _walk(folder: Path, glob: str) -> Iterator[str]:
    found: list[str] = []
    for root, directories, files in os.walk(folder, followlinks=False):
        directories.sort()
        found.extend(os.path.join(root, name) for name in files if fnmatch.fnmatch(name, glob))
    yield from sorted(found)


def read_raw(path: str, stdin: IO[bytes]) -> RawInput | InputError:
    if path == "-":
        return RawInput("-", stdin.read())
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            return InputError(
                path, None, "too_large", f"{size} bytes is over the {MAX_BYTES} byte limit"
            )
        with open(path, "rb") as handle:
            return RawInput(path, handle.read())
    except IsADirectoryError:
        return InputError(path, None, "is_directory", f"{path} is a directory")
    except FileNotFoundError:
        return InputError(path, None, "not_found", f"no such file (or a broken link): {path}")
    except PermissionError:
        return InputError(path, None, "unreadable", f"permission denied: {path}")
    except OSError as exc:
        return InputError(path, None, "unreadable", f"cannot read {path}: {exc.strerror or exc}")


BINARY_MAGIC = (b"\x89PNG", b"%PDF", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF")


def _looks_binary(data: bytes) -> bool:
    head = data[:BINARY_SNIFF]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with a byte order mark has NULs but is text
    if head.startswith(BINARY_MAGIC):
        return True
    control = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return bool(head) and control / len(head) > 0.1


def decode(raw: RawInput) -> DecodedText | InputError:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252 with a warning."""
    digest = hashlib.sha256(raw.data).hexdigest()
    if _looks_binary(raw.data):
        return InputError(raw.path, digest, "binary", "the file looks binary, not text")
    warnings: list[str] = []
    if raw.data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.data.decode("utf-16")
        except UnicodeDecodeError:
            return InputError(raw.path, digest, "decode_error", "invalid UTF-16 text")
    else:
        try:
            text = raw.data.decode("utf-8-sig")
        except UnicodeDecodeError:
            for encoding in FALLBACK_ENCODINGS:
                try:
                    text = raw.data.decode(encoding)
                except UnicodeDecodeError:
                    continue
                warnings.append(f"input is not valid UTF-8; decoded as {encoding}")
                break
            else:  # pragma: no cover - latin-1 decodes every byte string
                return InputError(raw.path, digest, "decode_error", "cannot decode the text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append("NUL characters removed from the text")
    if not text.strip():
        return InputError(raw.path, digest, "empty", "the input has no text")
    return DecodedText(raw.path, digest, text, tuple(warnings))

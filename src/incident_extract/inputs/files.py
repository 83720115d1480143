"""Files, folders and stdin -> bytes, or an error describing why not.

Reading never raises for bad input: every path gives either its bytes or an
`InputError`, so one unreadable file never stops a batch.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ..article import InputError

MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class RawInput:
    path: str
    data: bytes


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


def read_raw(path: str, stdin: IO[bytes] | None) -> RawInput | InputError:
    """A file's bytes ("-": standard input's, where there is one)."""
    if path == "-":
        if stdin is None:
            return InputError(path, None, "unreadable", "no standard input to read here")
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

"""Reading: files, folders, stdin or an input's bytes -> articles, or errors that say why not.

One read path for the CLI, the batch scheduler and the Spark job: `read_inputs` for paths,
`read_path` for one file, `read_bytes` for bytes already in hand. Nothing here loads the
model.
"""

from ..article import (
    MAX_TEXT_CHARS,
    Article,
    InputError,
    UnprocessableTextError,
    check_processable,
)
from .files import MAX_BYTES, expand_paths
from .formats import FORMATS, FieldMap, detect_format, metadata_date
from .reader import (
    ReadOptions,
    holds_one_article,
    may_hold_many,
    read_bytes,
    read_inputs,
    read_path,
)
from .text import decode

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "MAX_TEXT_CHARS",
    "Article",
    "FieldMap",
    "InputError",
    "ReadOptions",
    "UnprocessableTextError",
    "check_processable",
    "decode",
    "detect_format",
    "expand_paths",
    "holds_one_article",
    "may_hold_many",
    "metadata_date",
    "read_bytes",
    "read_inputs",
    "read_path",
]

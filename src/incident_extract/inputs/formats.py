"""Input formats: plain text, saved web pages, JSON / JSON Lines records, WARC archives, gzip.

Every format turns into `Article`s: a text plus what its container knows about it
(title, URL, publication date, id, line). Web pages go through trafilatura (main
text, metadata); archives through warcio. Nothing here parses HTML or WARC by hand.
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import io
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..article import Article, InputError
from .files import MAX_BYTES
from .text import DecodedText, decode

FORMATS = ("auto", "text", "html", "json", "jsonl", "warc")
MIN_ARTICLE_WORDS = 15  # less than this from a page is navigation, not an article
TEXT_FIELDS = (
    "text",
    "content",
    "body",
    "article",
    "full_text",
    "fulltext",
    "maintext",
    "article_text",
    "description",
)
TITLE_FIELDS = ("title", "headline", "name")
DATE_FIELDS = (
    "published",
    "date",
    "publishedAt",
    "published_at",
    "pubDate",
    "datePublished",
    "date_publish",
    "publication_date",
    "created_at",
)
URL_FIELDS = ("url", "link", "source_url", "canonical_url", "uri")
ID_FIELDS = ("id", "guid", "uuid", "_id", "article_id")
LIST_FIELDS = ("articles", "items", "results", "data", "entries", "documents")
EXTENSIONS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".arc": "warc",  # warcio reads the older ARC format too
    ".txt": "text",
    ".text": "text",
}


@dataclass(frozen=True)
class FieldMap:
    """Which JSON keys hold what; a given name is tried before the common ones."""

    text: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    id: str | None = None


def detect_format(path: str, head: bytes) -> str:
    """The name decides first (a .txt is text whatever its first character, inside .gz
    too); only where no name tells are the first bytes read, and text that does not start
    as JSON does ("[Update] Shops reopen") is text."""
    name = path[:-3] if path.endswith(".gz") else path
    by_extension = EXTENSIONS.get(Path(name).suffix.lower())
    if by_extension:
        return by_extension
    start = head.lstrip()[:200].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in start:
        return "html"
    if _starts_as_json(start):
        return "jsonl" if _looks_like_json_lines(head) else "json"
    return "text"


def _starts_as_json(start: bytes) -> bool:
    """An object opens with a key or closes; an array opens with a value or closes."""
    if not start.startswith((b"{", b"[")):
        return False
    following = start[1:].lstrip()[:1]
    if start.startswith(b"{"):
        return following in {b'"', b"}"}
    return following in {b"{", b"[", b'"', b"]", b"-", b"t", b"f", b"n"} or following.isdigit()


def _looks_like_json_lines(head: bytes) -> bool:
    lines = [line for line in head.splitlines()[:3] if line.strip()]
    if len(lines) < 2:
        return False
    try:
        return all(isinstance(json.loads(line), dict) for line in lines[:-1])
    except (ValueError, RecursionError):
        return False


def metadata_date(value: Any) -> date | None:
    """ISO dates ('2025-05-14', '2025-05-14T09:41:00Z') and RSS dates ('Wed, 14 May 2025 …')."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def html_article(path: str, data: bytes, url: str | None = None) -> Article | InputError:
    """Main text and metadata of a web page, through trafilatura."""
    import trafilatura

    digest = _digest(data)
    try:
        extracted = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
    except Exception as exc:  # trafilatura raises assorted parser errors on broken pages
        return InputError(path, digest, "html_error", f"cannot read the page: {exc}")
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or len(text.split()) < MIN_ARTICLE_WORDS:
        return InputError(path, digest, "no_article", "the page has no article text")
    return Article(
        path=path,
        sha256=digest,
        text=text,
        title=getattr(extracted, "title", None) or None,
        url=getattr(extracted, "url", None) or url,
        published=metadata_date(getattr(extracted, "date", None)),
    )


def _pick(record: dict[str, Any], preferred: str | None, names: tuple[str, ...]) -> Any:
    for name in (preferred, *names) if preferred else names:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def json_article(
    path: str, record: Any, raw: bytes, fields: FieldMap, line: int | None
) -> Article | InputError:
    digest = _digest(raw)
    where = f"{path}:{line}" if line is not None else path
    if not isinstance(record, dict):
        return InputError(path, digest, "bad_record", f"{where}: not a JSON object")
    text = _pick(record, fields.text, TEXT_FIELDS)
    if not isinstance(text, str) or not text.strip():
        keys = ", ".join(sorted(record)[:12])
        return InputError(
            path, digest, "no_text", f"{where}: no article text (keys: {keys}); use --text-field"
        )
    url = _pick(record, fields.url, URL_FIELDS)
    url = url if isinstance(url, str) else None
    title = _pick(record, fields.title, TITLE_FIELDS)
    item_id = _pick(record, fields.id, ID_FIELDS)
    article = Article(
        path=path,
        sha256=digest,
        text=text,
        title=title if isinstance(title, str) else None,
        url=url,
        published=metadata_date(_pick(record, fields.date, DATE_FIELDS)),
        item_id=str(item_id) if item_id is not None else None,
        line=line,
    )
    if text.lstrip().startswith("<") and re.search(r"</(?:p|div|article|body)>", text, re.I):
        page = html_article(path, text.encode("utf-8"), url)
        if isinstance(page, Article):
            article.text = page.text
            article.published = article.published or page.published
            article.title = article.title or page.title
    return article


def _json_articles(path: str, data: bytes, fields: FieldMap) -> Iterator[Article | InputError]:
    decoded = decode(path, data)
    if isinstance(decoded, InputError):
        yield decoded
        return
    try:
        value = json.loads(decoded.text)
    except (ValueError, RecursionError) as exc:  # RecursionError: nesting deeper than Python
        yield InputError(path, decoded.sha256, "bad_json", f"invalid JSON: {exc}")
        return
    if isinstance(value, dict):
        listed = next((value[k] for k in LIST_FIELDS if isinstance(value.get(k), list)), None)
        if listed is None:
            yield json_article(path, value, data, fields, None)
            return
        value = listed
    if not isinstance(value, list):
        yield InputError(path, decoded.sha256, "bad_json", "expected an object or a list")
        return
    for index, item in enumerate(value, start=1):
        raw = json.dumps(item, sort_keys=True, ensure_ascii=False).encode("utf-8")
        yield json_article(path, item, raw, fields, index)


def _json_lines(path: str, data: bytes, fields: FieldMap) -> Iterator[Article | InputError]:
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield InputError(path, _digest(line), "bad_json", f"{path}:{number}: {exc}")
            continue
        yield json_article(path, record, line, fields, number)


def warc_articles(
    path: str, stream: io.BufferedIOBase, not_articles: list[str]
) -> Iterator[Article | InputError]:
    """Each HTML response in a WARC archive (gzipped or not) as a web page; other records
    (requests, metadata, images, failed responses) are skipped and listed in `not_articles`."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            status = record.http_headers.get_statuscode() if record.http_headers else None
            content_type = (
                (record.http_headers.get_header("Content-Type") or "")
                if record.http_headers
                else ""
            )
            if status != "200" or "html" not in content_type.lower():
                not_articles.append(f"{url} ({status or 'no status'}, {content_type or 'no type'})")
                continue
            payload = record.content_stream().read()
            page = html_article(path, payload, url)
            if isinstance(page, Article):
                page.url = page.url or url
                page.item_id = record.rec_headers.get_header("WARC-Record-ID")
                if page.published is None:
                    page.published = metadata_date(record.rec_headers.get_header("WARC-Date"))
            yield page
    except ArchiveLoadFailed as exc:
        yield InputError(path, None, "bad_warc", f"cannot read the archive: {exc}")


def articles_in(
    path: str, data: bytes, fmt: str, fields: FieldMap, not_articles: list[str]
) -> Iterator[Article | InputError]:
    """The articles in one input's bytes, whatever its format; `path` names the input."""
    if data[:2] == b"\x1f\x8b":
        kind = fmt if fmt != "auto" else detect_format(path, b"")
        if kind == "warc":
            yield from warc_articles(path, io.BytesIO(data), not_articles)
            return
        try:
            unpacked = _gunzip(data)
        except (OSError, EOFError, ValueError, zlib.error) as exc:
            yield InputError(path, _digest(data), "bad_gzip", f"cannot decompress: {exc}")
            return
        data = unpacked
    kind = fmt if fmt != "auto" else detect_format(path, data[:4096])
    if kind == "warc":
        yield from warc_articles(path, io.BytesIO(data), not_articles)
    elif kind == "html":
        yield html_article(path, data)
    elif kind == "json":
        yield from _json_articles(path, data, fields)
    elif kind == "jsonl":
        yield from _json_lines(path, data, fields)
    else:
        decoded = decode(path, data)
        yield decoded if isinstance(decoded, InputError) else _text_article(decoded)


def _text_article(decoded: DecodedText) -> Article:
    return Article(
        text=decoded.text,
        path=decoded.path,
        sha256=decoded.sha256,
        warnings=list(decoded.warnings),
    )


def _gunzip(data: bytes) -> bytes:
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
        out = handle.read(MAX_BYTES + 1)
    if len(out) > MAX_BYTES:
        raise ValueError(f"more than {MAX_BYTES} bytes once decompressed")
    return out

